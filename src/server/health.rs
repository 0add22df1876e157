//! `GET /_sim/health`: whether this process is serving, for a container's health check, a
//! proxy's or an orchestrator's probe, and `debitsim health`. It needs no key (a probe has
//! none, and a key would make a world) and says nothing of any world, so it tells an
//! unauthenticated caller no more than that a debitsim of this version is listening.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderName, Method};
use axum::response::Response;

use super::error::ApiError;
use super::pipeline::error_response;
use super::state::AppState;

/// The path, public so that `debitsim health` asks exactly what is served.
pub const PATH: &str = "/_sim/health";

/// The body of a healthy answer. Fixed but for the version, so a probe can compare it.
fn body() -> String {
    format!(
        "{{\"object\":\"simulator.health\",\"status\":\"ok\",\"version\":\"{}\"}}",
        env!("CARGO_PKG_VERSION")
    )
}

/// Answers 200 to GET and HEAD; any other method gets Stripe's 405 JSON, as every path does.
pub async fn health(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let request_id = state.request_id().to_string();
    let method = request.method();
    if method != Method::GET && method != Method::HEAD {
        return error_response(
            ApiError::method_not_allowed(method.as_str(), PATH),
            &request_id,
            request.headers(),
        );
    }
    let mut response = Response::new(Body::from(body()));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, no-store"));
    if let Ok(id) = HeaderValue::from_str(&request_id) {
        headers.insert(HeaderName::from_static("request-id"), id);
    }
    response
}
