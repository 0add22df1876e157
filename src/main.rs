//! The `debitsim` binary: parses flags, binds, and serves until SIGINT or SIGTERM; or, as
//! `debitsim health`, asks a running server whether it is serving.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{CommandFactory, Parser, Subcommand};
use debitsim::fixtures::{DEFAULT_FIXTURES, Fixtures};
use debitsim::server::dispatch::{Dispatcher, Forward, Reach};
use debitsim::server::webhooks::{self, UrlProblem};
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

// Parsed once at start: the size of the serve variant costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the API (what plain `debitsim` does).
    Serve(ServeArgs),
    /// Ask the server at --host and --port whether it is serving (GET /_sim/health); exit 0
    /// if it is, 1 if not. A container's health check: the image has no shell and no curl.
    Health(HealthArgs),
}

#[derive(clap::Args, Debug, Clone)]
struct HealthArgs {
    /// The server's address, as it was given to it: 0.0.0.0 (or ::) is asked over loopback.
    #[arg(long, env = "DEBITSIM_HOST", default_value = "127.0.0.1")]
    host: String,
    /// The server's port.
    #[arg(long, env = "DEBITSIM_PORT", default_value_t = 12111)]
    port: u16,
    /// How long to wait for the answer.
    #[arg(long, value_name = "SECONDS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=60))]
    timeout: u64,
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
    /// Deliver every world's events (the platform's and its connected accounts') to this URL,
    /// signed, as `stripe listen --forward-to` does; `localhost:4242/webhook` means
    /// `http://localhost:4242/webhook`.
    #[arg(long, env = "DEBITSIM_FORWARD_TO", value_name = "URL")]
    forward_to: Option<String>,
    /// With --forward-to: deliver connected accounts' events here instead.
    #[arg(
        long,
        env = "DEBITSIM_FORWARD_CONNECT_TO",
        value_name = "URL",
        requires = "forward_to"
    )]
    forward_connect_to: Option<String>,
    /// The secret --forward-to signs with (`whsec_…`), so a test suite can configure it once;
    /// without it, a new one is made at every start and printed.
    #[arg(long, env = "DEBITSIM_WEBHOOK_SECRET", value_name = "WHSEC", requires = "forward_to")]
    webhook_secret: Option<String>,
    /// How many deliveries to one webhook endpoint are attempted at once. With 1 (the
    /// default) a receiver that answers 2xx gets each endpoint's events in the order they
    /// happened.
    #[arg(long, env = "DEBITSIM_WEBHOOK_CONCURRENCY", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    webhook_concurrency: u16,
    /// How long a webhook receiver has to answer, in seconds, before the attempt counts as
    /// failed.
    #[arg(long, env = "DEBITSIM_WEBHOOK_TIMEOUT", value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u16).range(1..=300))]
    webhook_timeout: u16,
    /// A PEM file of certificates to trust, besides Mozilla's roots, when delivering to
    /// https:// receivers: for a local receiver with a certificate of its own.
    #[arg(long, env = "DEBITSIM_WEBHOOK_CA", value_name = "FILE")]
    webhook_ca: Option<std::path::PathBuf>,
    /// A host, besides this machine's loopback addresses, that webhooks may be delivered to
    /// (repeatable; comma-separated in the variable). Deliveries to any other host are
    /// recorded as failed and never attempted.
    #[arg(
        long = "webhook-allow-host",
        env = "DEBITSIM_WEBHOOK_ALLOW_HOST",
        value_delimiter = ',',
        value_name = "HOST"
    )]
    webhook_allow_hosts: Vec<String>,
    /// How connected accounts created through the API start: `instant` (verified at once)
    /// or `required` (requirements due until onboarded by the API or an account link).
    /// Overrides the fixtures' `onboarding`; `instant` unless either says otherwise.
    #[arg(long, env = "DEBITSIM_ONBOARDING", value_name = "MODE", value_parser = ["instant", "required"])]
    onboarding: Option<String>,
}

fn main() -> ExitCode {
    let cli = parse();
    let args = match cli.command {
        Some(Command::Serve(args)) => args,
        Some(Command::Health(args)) => return health(&args),
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
            eprintln!(
                "debitsim: invalid fixtures: {}",
                debitsim::server::refusals::fixture_problem(&e)
            );
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
    let forward = match forwarding(&args) {
        Ok(forward) => forward,
        Err(e) => {
            eprintln!("debitsim: {e}");
            return ExitCode::FAILURE;
        }
    };
    let extra_roots = match args.webhook_ca.as_deref().map(Reach::read_ca).transpose() {
        Ok(roots) => roots.unwrap_or_default(),
        Err(e) => {
            eprintln!("debitsim: --webhook-ca {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut state = AppState::new(fixtures);
    state.webhooks = Dispatcher::reaching(
        Duration::from_secs(u64::from(args.webhook_timeout)),
        usize::from(args.webhook_concurrency),
        forward.clone(),
        Reach {
            allow_hosts: args.webhook_allow_hosts.clone(),
            extra_roots,
        },
    );
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
    // One write, errors ignored: whoever started the server may stop reading after the
    // first line.
    let mut banner = format!("listening on http://{bound}\n");
    if let Some(forward) = &forward {
        // As `stripe listen` says it, so the line reads as a user is used to.
        banner.push_str(&format!("Ready! Your webhook signing secret is '{}'\n", forward.secret));
        match &forward.connect_url {
            None => banner.push_str(&format!("forwarding every event to {}\n", forward.url)),
            Some(connect) => banner.push_str(&format!(
                "forwarding the platform's events to {} and connected accounts' to {connect}\n",
                forward.url
            )),
        }
    }
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(banner.as_bytes()).and_then(|()| stdout.flush());
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

/// `--forward-to`, `--forward-connect-to` and `--webhook-secret`, checked.
fn forwarding(args: &ServeArgs) -> Result<Option<Forward>, String> {
    let Some(url) = &args.forward_to else {
        return Ok(None);
    };
    let url = with_scheme(url, "--forward-to")?;
    let connect_url = args
        .forward_connect_to
        .as_deref()
        .map(|u| with_scheme(u, "--forward-connect-to"))
        .transpose()?;
    let secret = match &args.webhook_secret {
        Some(secret) if secret.is_empty() || secret.len() > 255 || secret.chars().any(char::is_whitespace) => {
            return Err("--webhook-secret must be 1 to 255 characters without spaces (whsec_…)".into());
        }
        Some(secret) => secret.clone(),
        None => webhooks::new_secret(),
    };
    Ok(Some(Forward {
        url,
        connect_url,
        secret,
    }))
}

/// A forwarding URL as `stripe listen` takes it: `localhost:4242/hook` is
/// `http://localhost:4242/hook`.
fn with_scheme(url: &str, flag: &str) -> Result<String, String> {
    let url = if url.contains("://") {
        url.to_owned()
    } else {
        format!("http://{url}")
    };
    match webhooks::check_url(&url) {
        Ok(()) => Ok(url),
        Err(UrlProblem::Invalid) => Err(format!("{flag} {url}: not an http:// or https:// URL with a host")),
    }
}

/// Parses the command line and the environment. A bad value that came from a `DEBITSIM_*`
/// variable rather than a flag is named as such: a container or a CI service is configured
/// by its environment alone, and clap's message names only the flag.
fn parse() -> Cli {
    Cli::try_parse().unwrap_or_else(|e| {
        let _ = e.print();
        if let Some(variable) = from_environment(&e) {
            eprintln!("debitsim: that value came from the environment variable {variable}");
        }
        std::process::exit(e.exit_code())
    })
}

/// The variable a refused value came from, if it came from one: the refused flag's variable
/// is set and the flag itself is not on the command line.
fn from_environment(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if !matches!(e.kind(), ErrorKind::InvalidValue | ErrorKind::ValueValidation) {
        return None;
    }
    let Some(ContextValue::String(flag)) = e.get(ContextKind::InvalidArg) else {
        return None;
    };
    let long = flag.split([' ', '=']).next()?.strip_prefix("--")?;
    let command = Cli::command();
    let arg = std::iter::once(&command)
        .chain(command.get_subcommands())
        .flat_map(|c| c.get_arguments())
        .find(|a| a.get_long() == Some(long))?;
    let variable = arg.get_env()?.to_str()?.to_owned();
    let given = std::env::args().skip(1).any(|a| {
        a.strip_prefix("--")
            .and_then(|a| a.strip_prefix(long))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('='))
    });
    (!given && std::env::var_os(&variable).is_some()).then_some(variable)
}

/// `debitsim health`: one GET of `/_sim/health`, healthy only if a debitsim answers it with
/// 200, so that another program on the port does not pass.
fn health(args: &HealthArgs) -> ExitCode {
    let host = match args.host.trim_matches(['[', ']']) {
        "0.0.0.0" | "" => "127.0.0.1".to_owned(),
        "::" => "[::1]".to_owned(),
        host if host.contains(':') => format!("[{host}]"),
        host => host.to_owned(),
    };
    let url = format!("http://{host}:{}{}", args.port, server::health::PATH);
    let asked = async {
        let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .build_http::<http_body_util::Empty<hyper::body::Bytes>>();
        let uri = url
            .parse::<hyper::Uri>()
            .map_err(|e| format!("{url} is not a URL: {e}"))?;
        let response = client.get(uri).await.map_err(|e| format!("{url}: {}", causes(&e)))?;
        let status = response.status();
        let body = http_body_util::BodyExt::collect(response.into_body())
            .await
            .map_err(|e| format!("{url}: {e}"))?
            .to_bytes();
        let answer: Option<serde_json::Value> = serde_json::from_slice(&body).ok();
        let object = answer.as_ref().and_then(|a| a["object"].as_str());
        if status != hyper::StatusCode::OK || object != Some("simulator.health") {
            return Err(format!("{url} answered {status}, not debitsim's health"));
        }
        let version = answer.as_ref().and_then(|a| a["version"].as_str()).unwrap_or("?");
        Ok(format!("{url}: debitsim {version} is serving"))
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("debitsim health: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let timeout = Duration::from_secs(args.timeout);
    match runtime.block_on(async { tokio::time::timeout(timeout, asked).await }) {
        Ok(Ok(said)) => {
            println!("{said}");
            ExitCode::SUCCESS
        }
        Ok(Err(e)) => {
            eprintln!("debitsim health: {e}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("debitsim health: {url} did not answer within {}s", args.timeout);
            ExitCode::FAILURE
        }
    }
}

/// An error and its causes, one after the other: hyper's own words ("client error
/// (Connect)") do not say that the connection was refused.
fn causes(error: &dyn std::error::Error) -> String {
    let mut said = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        said.push_str(&format!(": {e}"));
        cause = e.source();
    }
    said
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
