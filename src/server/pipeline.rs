//! Every request goes through [`handle`]: find the endpoint, check the key, read the
//! parameters, then — holding the key's world for one synchronous step — check the acting
//! account, settle idempotency, run the call, and answer with Stripe's headers.
//!
//! Nothing here can fail with a 500 on input: every refusal is an [`ApiError`] with Stripe's
//! JSON, and the `Request-Id` header is on every response.

use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;

use super::api::{Ctx, Reply, Route};
use super::auth;
use super::error::ApiError;
use super::form::{FormLimits, Params};
use super::idempotency::{self, Stored, Verdict};
use super::render::API_VERSION;
use super::state::AppState;

/// The largest request body accepted (Stripe's requests are a few KiB at most).
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Stripe's limit on `Idempotency-Key`.
pub const MAX_IDEMPOTENCY_KEY: usize = 255;

/// What a request came to.
struct Served {
    status: StatusCode,
    body: Vec<u8>,
    replayed: bool,
    should_retry: Option<bool>,
    /// The masked key, for the request log.
    who: Option<String>,
}

impl Served {
    fn error(error: ApiError, who: Option<String>) -> Served {
        Served {
            status: error.status,
            should_retry: error.should_retry,
            body: error.to_json().into_bytes(),
            replayed: false,
            who,
        }
    }

    fn reply(reply: Reply, who: Option<String>) -> Served {
        Served {
            status: reply.status,
            body: reply.body,
            replayed: false,
            should_retry: None,
            who,
        }
    }
}

/// The one handler: every path and method of the server.
pub async fn handle(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let started = Instant::now();
    let request_id = state.request_id();
    let (parts, body) = request.into_parts();
    let served = serve(&state, &parts, body).await;
    if state.log_requests {
        eprintln!(
            "{} {} {} -> {} {} ({} µs)",
            request_id,
            parts.method,
            parts.uri.path(),
            served.status.as_u16(),
            served.who.as_deref().unwrap_or("-"),
            started.elapsed().as_micros()
        );
    }
    respond(served, &request_id, &parts.headers)
}

async fn serve(state: &AppState, parts: &Parts, body: Body) -> Served {
    let Some(route) = Route::find(&parts.method, parts.uri.path()) else {
        return Served::error(
            ApiError::unrecognized_url(parts.method.as_str(), parts.uri.path()),
            None,
        );
    };
    let key = match auth::authenticate(&parts.headers) {
        Ok(key) => key,
        Err(error) => return Served::error(error, None),
    };
    let who = Some(key.masked());
    let account = match auth::stripe_account(&parts.headers, &key) {
        Ok(account) => account,
        Err(error) => return Served::error(error, who),
    };
    let body = match read_body(parts, body).await {
        Ok(body) => body,
        Err(error) => return Served::error(error, who),
    };
    // Unknown and malformed parameters are reported after the acting account is checked
    // (debit-rules §7: row 2 before row 3), so the outcome is kept, not returned, here.
    let prepared = parse_params(parts, &body).and_then(|params| route.clone().prepare(params));
    let idempotency_key = match idempotency_key(parts, &route) {
        Ok(key) => key,
        Err(error) => return Served::error(error, who),
    };
    let world = match state.world(key.world_key()) {
        Ok(world) => world,
        Err(_) => return Served::error(ApiError::api_error(), who),
    };
    let wall = state.wall();

    let mut world = world.lock();
    world.catch_up(wall);
    let actor = match world.ledger.acting_as(account.as_deref()) {
        Ok(actor) => actor,
        Err(_) => {
            let account = account.as_deref().unwrap_or_default();
            return Served::error(ApiError::account_invalid(&key.masked(), account), who);
        }
    };
    if key.is_read_only() && route.writes() {
        return Served::error(ApiError::permission_denied_restricted(&key.masked()), who);
    }
    let fingerprint = idempotency::fingerprint(&[
        parts.method.as_str().as_bytes(),
        parts.uri.path().as_bytes(),
        account.as_deref().unwrap_or_default().as_bytes(),
        parts.uri.query().unwrap_or_default().as_bytes(),
        &body,
    ]);
    if let Some(key) = idempotency_key.as_deref() {
        let now = world.ledger.now();
        match world.idempotency.begin(account.as_deref(), key, fingerprint, now) {
            Verdict::Run => {}
            Verdict::Replay(stored) => {
                return Served {
                    status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
                    body: stored.body,
                    replayed: true,
                    should_retry: None,
                    who,
                };
            }
            Verdict::Mismatch => return Served::error(ApiError::idempotency_mismatch(key), who),
            Verdict::InFlight => return Served::error(ApiError::idempotency_key_in_use(key), who),
        }
    }
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(error) => {
            if let Some(key) = idempotency_key.as_deref() {
                world.idempotency.abandon(account.as_deref(), key);
            }
            return Served::error(error, who);
        }
    };
    let mut cx = Ctx {
        world: &mut world,
        actor,
        state,
        world_key: key.world_key(),
        wall,
    };
    let (served, stored) = match prepared(&mut cx) {
        Ok(reply) => (Served::reply(reply, who), true),
        Err(refusal) => (Served::error(refusal.error, who), refusal.stored),
    };
    if let Some(key) = idempotency_key.as_deref() {
        if stored {
            let response = Stored {
                status: served.status.as_u16(),
                body: served.body.clone(),
            };
            world.idempotency.finish(account.as_deref(), key, response);
        } else {
            world.idempotency.abandon(account.as_deref(), key);
        }
    }
    served
}

/// Reads the body, refusing one over [`MAX_BODY_BYTES`] or in another encoding than a form.
async fn read_body(parts: &Parts, body: Body) -> Result<Vec<u8>, ApiError> {
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(ApiError::body_too_large(MAX_BODY_BYTES));
    }
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| ApiError::body_too_large(MAX_BODY_BYTES))?;
    if !bytes.is_empty()
        && let Some(content_type) = parts.headers.get(header::CONTENT_TYPE)
    {
        let text = String::from_utf8_lossy(content_type.as_bytes());
        let essence = text.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
        if essence != "application/x-www-form-urlencoded" {
            return Err(ApiError::unsupported_content_type(&text));
        }
    }
    Ok(bytes.to_vec())
}

/// The parameters: the query string, and for writes the body after it.
fn parse_params(parts: &Parts, body: &[u8]) -> Result<Params, ApiError> {
    let query = parts.uri.query().unwrap_or_default().as_bytes();
    let limits = FormLimits::default();
    if parts.method == Method::GET || body.is_empty() {
        return Params::parse(query, &limits);
    }
    if query.is_empty() {
        return Params::parse(body, &limits);
    }
    let mut both = Vec::with_capacity(query.len() + 1 + body.len());
    both.extend_from_slice(query);
    both.push(b'&');
    both.extend_from_slice(body);
    Params::parse(&both, &limits)
}

/// The `Idempotency-Key` of a write (ignored on reads, as Stripe does).
fn idempotency_key(parts: &Parts, route: &Route) -> Result<Option<String>, ApiError> {
    let Some(value) = parts.headers.get("idempotency-key") else {
        return Ok(None);
    };
    if !route.writes() {
        return Ok(None);
    }
    let key = value
        .to_str()
        .ok()
        .filter(|k| !k.is_empty() && k.len() <= MAX_IDEMPOTENCY_KEY);
    match key {
        Some(key) => Ok(Some(key.to_owned())),
        None => Err(ApiError::invalid_request(
            StatusCode::BAD_REQUEST,
            None,
            None,
            format!("Idempotency-Key must be 1 to {MAX_IDEMPOTENCY_KEY} visible ASCII characters."),
        )),
    }
}

fn respond(served: Served, request_id: &str, request_headers: &HeaderMap) -> Response {
    let mut response = Response::new(Body::from(served.body));
    *response.status_mut() = served.status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, no-store"));
    if let Ok(id) = HeaderValue::from_str(request_id) {
        headers.insert(HeaderName::from_static("request-id"), id);
    }
    // Echo the version the client pinned, as Stripe does; otherwise the schemas' version.
    let version = request_headers
        .get("stripe-version")
        .filter(|v| v.len() <= 64 && v.to_str().is_ok_and(|s| s.bytes().all(|b| b.is_ascii_graphic())))
        .cloned()
        .unwrap_or(HeaderValue::from_static(API_VERSION));
    headers.insert(HeaderName::from_static("stripe-version"), version);
    for echoed in ["stripe-account", "idempotency-key"] {
        if let Some(value) = request_headers.get(echoed).filter(|v| v.len() <= 255) {
            headers.insert(HeaderName::from_static(echoed), value.clone());
        }
    }
    if served.replayed {
        headers.insert(
            HeaderName::from_static("idempotent-replayed"),
            HeaderValue::from_static("true"),
        );
    }
    if let Some(retry) = served.should_retry {
        let value = HeaderValue::from_static(if retry { "true" } else { "false" });
        headers.insert(HeaderName::from_static("stripe-should-retry"), value);
    }
    response
}
