//! The HTTP layer: Stripe's wire protocol over the ledger.
//!
//! - [`pipeline`]: every request — endpoint, key, parameters, world, idempotency, headers.
//! - [`api`]: the endpoints, each reading its parameters and calling the ledger.
//! - [`render`]: Stripe's JSON for each object; [`expand`]: `expand[]`; [`list`]: paging.
//! - [`form`], [`auth`], [`error`], [`rejection`]: form bodies, keys, Stripe's error JSON, and
//!   the one mapping from ledger rejections to it.
//! - [`state`]: a world per key; [`idempotency`]: Idempotency-Key records; [`faults`]:
//!   failures and delays on demand, and the optional rate limit.
//!
//! This is the only part of the crate that knows HTTP, JSON, status codes or headers.

pub mod api;
pub mod auth;
pub mod error;
pub mod expand;
pub mod faults;
pub mod form;
pub mod idempotency;
pub mod list;
pub mod pipeline;
pub mod rejection;
pub mod render;
pub mod state;

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;

pub use state::AppState;

/// The router: every request goes to the pipeline, which finds the endpoint itself so that
/// even unknown paths and methods get Stripe's JSON.
pub fn app(state: Arc<AppState>) -> Router {
    Router::new().fallback(pipeline::handle).with_state(state)
}

/// Serves `state` on `listener` until `shutdown` completes, then finishes the requests in
/// flight.
pub async fn run(
    listener: TcpListener,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state)).with_graceful_shutdown(shutdown).await
}
