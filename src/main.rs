//! The `debitsim` binary: parses flags, binds, and serves until SIGINT or SIGTERM.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use debitsim::fixtures::{DEFAULT_FIXTURES, Fixtures};
use debitsim::server::{self, AppState, persist, pipeline};

/// A local simulator of Stripe Connect account debits, speaking Stripe's HTTP API.
///
/// Every `sk_test_…` key gets its own world (a platform and its connected accounts, from the
/// fixtures) on first use; point an official Stripe SDK or curl at http://HOST:PORT.
#[derive(Parser, Debug)]
#[command(name = "debitsim", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the API (what plain `debitsim` does).
    Serve(ServeArgs),
}

#[derive(clap::Args, Debug, Clone)]
struct ServeArgs {
    /// The address to listen on. Loopback by default; use 0.0.0.0 to accept other hosts.
    #[arg(long, env = "DEBITSIM_HOST", default_value = "127.0.0.1")]
    host: String,
    /// The port to listen on (stripe-mock's, so its setups work unchanged); 0 picks a free
    /// one, printed on the `listening on` line.
    #[arg(long, env = "DEBITSIM_PORT", default_value_t = 12111)]
    port: u16,
    /// A fixture file (JSON) to build every new world from, instead of the built-in one.
    #[arg(long, env = "DEBITSIM_FIXTURES")]
    fixtures: Option<PathBuf>,
    /// Log one line per request to stderr (keys masked).
    #[arg(long, env = "DEBITSIM_LOG")]
    log: bool,
    /// Keep every world in this directory across restarts: a journal written before each
    /// response (it survives kill -9), compacted into snapshots. Without it, all state is in
    /// memory only.
    #[arg(long, env = "DEBITSIM_STATE", value_name = "DIR")]
    state: Option<PathBuf>,
    /// With --state: write a snapshot (and drop the journal it covers) every N journaled writes.
    #[arg(long, env = "DEBITSIM_SNAPSHOT_EVERY", value_name = "N", default_value_t = persist::SNAPSHOT_EVERY)]
    snapshot_every: u64,
    /// Start every world's clock at this Unix time and keep it there until advanced
    /// (POST /_sim/clock/advance), so runs are repeatable; without it, worlds follow the
    /// wall clock.
    #[arg(long, env = "DEBITSIM_START_TIME", value_name = "UNIX", value_parser = clap::value_parser!(i64).range(0..=253_402_300_799))]
    start_time: Option<i64>,
    /// Answer 429 rate_limit, as Stripe does, beyond N requests a second per key.
    #[arg(long, env = "DEBITSIM_RATE_LIMIT", value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    rate_limit: Option<u32>,
    /// How connected accounts created through the API start: `instant` (verified at once)
    /// or `required` (requirements due until onboarded by the API or an account link).
    /// Overrides the fixtures' `onboarding`; `instant` unless either says otherwise.
    #[arg(long, env = "DEBITSIM_ONBOARDING", value_name = "MODE", value_parser = ["instant", "required"])]
    onboarding: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let args = match cli.command {
        Some(Command::Serve(args)) => args,
        None => cli.serve,
    };
    let fixtures = match &args.fixtures {
        None => Fixtures::parse(DEFAULT_FIXTURES),
        Some(path) => match std::fs::read_to_string(path) {
            Ok(json) => Fixtures::parse(&json),
            Err(e) => {
                eprintln!("debitsim: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
    };
    let fixtures = match fixtures {
        Ok(fixtures) => match args.onboarding.as_deref() {
            Some(mode) => fixtures.with_onboarding(mode == "required"),
            None => fixtures,
        },
        Err(e) => {
            eprintln!("debitsim: invalid fixtures: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("debitsim: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(serve(args, fixtures))
}

async fn serve(args: ServeArgs, fixtures: Fixtures) -> ExitCode {
    let address = format!("{}:{}", args.host, args.port);
    let listener = match tokio::net::TcpListener::bind(&address).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("debitsim: cannot listen on {address}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let bound: SocketAddr = match listener.local_addr() {
        Ok(address) => address,
        Err(e) => {
            eprintln!("debitsim: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut state = AppState::new(fixtures);
    state.log_requests = args.log;
    state.rate_limit = args.rate_limit;
    state.start_time = args.start_time;
    if let Some(dir) = &args.state
        && let Err(e) = restore(&mut state, dir, args.snapshot_every)
    {
        eprintln!("debitsim: --state {}: {e}", dir.display());
        return ExitCode::from(EXIT_STATE);
    }
    let state = Arc::new(state);
    println!("listening on http://{bound}");
    let _ = std::io::stdout().flush();
    let served = server::run(listener, state.clone(), shutdown_signal()).await;
    if let Err(e) = served {
        // The journal can no longer be written: stop without a snapshot of what it lost.
        eprintln!("debitsim: {e}; stopping so that no unrecorded change is acknowledged");
        return ExitCode::from(EXIT_STATE);
    }
    // A last snapshot, so the next start has nothing to replay.
    if let Err(e) = state.snapshot() {
        eprintln!("debitsim: final snapshot failed ({e}); the journal still holds everything");
    }
    ExitCode::SUCCESS
}

/// The exit status when `--state` cannot be used or kept (EX_IOERR).
const EXIT_STATE: u8 = 74;

/// Rebuilds the worlds `dir` holds, then journals into it from here on.
fn restore(state: &mut AppState, dir: &std::path::Path, snapshot_every: u64) -> Result<(), persist::PersistError> {
    let recovered = persist::recover(dir, state.fixtures.hash())?;
    if let Some(damage) = &recovered.damage {
        eprintln!("debitsim: --state {}: {damage}", dir.display());
    }
    let worlds = recovered.worlds.len();
    let replayed = pipeline::restore(state, recovered)?;
    state.journal = Some(persist::Journal::open(dir, snapshot_every)?);
    if replayed > 0 {
        state.snapshot()?;
    }
    if worlds + replayed > 0 {
        eprintln!(
            "debitsim: --state {}: restored {worlds} worlds from the snapshot and replayed {replayed} journaled calls",
            dir.display()
        );
    }
    Ok(())
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
