//! The HTTP layer: Stripe's wire protocol over the ledger.
//!
//! - [`pipeline`]: every request — endpoint, key, parameters, world, idempotency, headers.
//! - [`api`]: the endpoints, each reading its parameters and calling the ledger.
//! - [`render`]: Stripe's JSON for each object; [`expand`]: `expand[]`; [`list`]: paging.
//! - [`form`], [`auth`], [`error`], [`rejection`]: form bodies, keys, Stripe's error JSON, and
//!   the one mapping from ledger rejections to it.
//! - [`persist`]: `--state`, the journal and snapshots that keep worlds across restarts.
//! - [`state`]: a world per key; [`idempotency`]: Idempotency-Key records; [`faults`]:
//!   failures and delays on demand, and the optional rate limit.
//!
//! This is the only part of the crate that knows HTTP, JSON, status codes or headers.

pub mod api;
pub mod auth;
pub mod dashboard;
pub mod error;
pub mod expand;
pub mod faults;
pub mod form;
pub mod idempotency;
pub mod list;
pub mod persist;
pub mod pipeline;
pub mod rejection;
pub mod render;
pub mod spec;
pub mod state;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

pub use state::AppState;

/// How long a client may take to send its request head before the connection is closed, so
/// a slow or stalled client holds nothing but its own connection.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long shutdown waits for requests in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// hyper's own cap on header count, above the pipeline's ([`pipeline::MAX_HEADERS`]) so that
/// the pipeline, not hyper, answers the usual excess, with Stripe's JSON. hyper fills this
/// many header slots on every request, so it stays close: at 1,000 the slots alone were 16 %
/// of the server's user-space instructions per request.
const TRANSPORT_MAX_HEADERS: usize = 128;

/// The router: the dashboard's page and live feed ([`dashboard`]); every other request goes
/// to the pipeline, which finds the endpoint itself so that even unknown paths and methods
/// get Stripe's JSON.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new()
        .merge(dashboard::routes())
        .fallback(pipeline::handle)
        .with_state(state)
}

/// Serves `state` on `listener` (HTTP/1.1) until `shutdown` completes, then lets the requests
/// in flight finish, for at most [`SHUTDOWN_GRACE`].
pub async fn run(
    listener: TcpListener,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = app(state);
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_headers(TRANSPORT_MAX_HEADERS);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
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
        };
        let _ = stream.set_nodelay(true);
        let connection = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {}
    }
    Ok(())
}
