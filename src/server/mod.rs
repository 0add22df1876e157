//! The HTTP layer: Stripe's wire protocol over the ledger.
//!
//! - [`pipeline`]: every request — endpoint, key, parameters, world, idempotency, headers.
//! - [`api`]: the endpoints, each reading its parameters and calling the ledger.
//! - [`render`]: Stripe's JSON for each object; [`expand`]: `expand[]`; [`list`]: paging.
//! - [`form`], [`json`], [`auth`]: form bodies (v1), JSON bodies (v2) and keys; [`error`]: Stripe's error JSON and every
//!   word, status and code the server answers with, ledger rejections included.
//! - [`persist`]: `--state`, the journal and snapshots that keep worlds across restarts.
//! - [`state`]: a world per key; [`world`]: one world and its commit point; [`clock`]: time,
//!   injected; [`idempotency`]: Idempotency-Key records; [`faults`]: failures and delays on
//!   demand, and the optional rate limit; [`health`]: the keyless `GET /_sim/health`.
//!
//! This is the only part of the crate that knows HTTP, JSON, status codes or headers.

pub mod api;
pub mod auth;
pub mod charts;
pub mod clock;
pub mod dashboard;
pub mod dispatch;
pub mod error;
pub mod expand;
pub mod faults;
pub mod form;
pub mod health;
pub mod idempotency;
pub mod json;
pub mod list;
pub mod onboarding;
pub mod persist;
pub mod pipeline;
pub mod refusals;
pub mod render;
pub mod spec;
pub mod state;
pub mod version;
pub mod webhooks;
pub mod world;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

pub use clock::{HEADER_READ_TIMEOUT, SHUTDOWN_GRACE, Timeouts};
pub use state::AppState;

/// hyper's own cap on header count, above the pipeline's ([`pipeline::MAX_HEADERS`]) so that
/// the pipeline, not hyper, answers the usual excess, with Stripe's JSON. hyper fills this
/// many header slots on every request, so it stays close: at 1,000 the slots alone were 16 %
/// of the server's user-space instructions per request.
const TRANSPORT_MAX_HEADERS: usize = 128;

/// The router: the dashboard's page and live feed ([`dashboard`]), the hosted onboarding
/// pages ([`onboarding`]) and the keyless health check ([`health`]); every other request
/// goes to the pipeline, which finds the endpoint itself so that even unknown paths and
/// methods get Stripe's JSON.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new()
        .merge(dashboard::routes())
        .route(
            "/_sim/onboarding/{token}",
            axum::routing::get(onboarding::page).post(onboarding::submit),
        )
        .route("/_sim/login/{token}", axum::routing::get(onboarding::login))
        .route(health::PATH, axum::routing::any(health::health))
        .fallback(pipeline::handle)
        .with_state(state)
}

/// How often worlds with somewhere to deliver webhooks catch up with the wall clock, so
/// retries come due without a request.
pub const TICK: Duration = Duration::from_secs(1);

async fn tick(state: Arc<AppState>) {
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        state.tick();
    }
}

/// Serves `state` on `listener` (HTTP/1.1) until `shutdown` completes, then ends the
/// dashboard's live feeds and lets the requests in flight finish, for at most its
/// [`Timeouts::shutdown_grace`]. Stops early, with the error, if the `--state` journal can no longer
/// be written.
pub async fn run(
    listener: TcpListener,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), persist::PersistError> {
    if let Ok(address) = listener.local_addr() {
        // Links must name an address a client can open: an unspecified bind address is
        // reached through loopback.
        let host = if address.ip().is_unspecified() {
            "127.0.0.1".to_owned()
        } else if address.is_ipv6() {
            format!("[{}]", address.ip())
        } else {
            address.ip().to_string()
        };
        let _ = state.public_url.set(format!("http://{host}:{}", address.port()));
    }
    let app = app(state.clone());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(state.timeouts.header_read)
        .max_headers(TRANSPORT_MAX_HEADERS);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    let failed = state.failed();
    tokio::pin!(failed);
    let ticker = tokio::spawn(tick(state.clone()));
    let mut failure = None;
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of descriptors or a connection reset before accept: wait a moment
                // rather than spin, and keep serving.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
            error = &mut failed => {
                failure = Some(error);
                break;
            }
        };
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    ticker.abort();
    // Responses that never end by themselves (the dashboard's live feeds) end now.
    state.begin_shutdown();
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(state.timeouts.shutdown_grace) => {}
    }
    match failure {
        None => Ok(()),
        Some(error) => Err(error),
    }
}
