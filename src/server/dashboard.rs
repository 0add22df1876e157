//! The dashboard at `/dashboard`: one HTML page, its JavaScript as ES modules (`main.js` and
//! the modules it imports, one concern each), one stylesheet and an icon, all compiled into the
//! binary, served on the API's own listener; and the live feed the page reads ([`stream`],
//! `GET /_sim/stream`).
//!
//! The page needs no network beyond this server: no CDN, no web fonts, no build step (the
//! modules are served as they are written). It asks for an API key (kept in the browser's
//! session storage) and talks only to this server's API with it, so it shows that key's world
//! and nothing else. The assets are public (they hold no data), hence no key is needed to load
//! them; every figure they show comes from an authenticated API call.

pub mod stream;

use std::sync::{Arc, LazyLock};
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::Response;
use axum::routing::any;

use super::error::ApiError;
use super::pipeline::error_response;
use super::state::AppState;

/// Only this server's own assets and API; no inline script or style, no frames, no forms
/// posting elsewhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// One embedded file and the paths it answers.
struct Asset {
    paths: &'static [&'static str],
    content_type: &'static str,
    body: &'static [u8],
}

/// One of the page's ES modules, `/dashboard/NAME` from `dashboard/NAME`.
macro_rules! module {
    ($name:literal) => {
        Asset {
            paths: &[concat!("/dashboard/", $name)],
            content_type: "text/javascript; charset=utf-8",
            body: include_bytes!(concat!("dashboard/", $name)),
        }
    };
}

/// The page first, then what it loads. The modules are every one `main.js` imports, directly
/// or not, and no other: a tidy test (`tests/it/tidy.rs`) holds this list to the imports.
const ASSETS: &[Asset] = &[
    Asset {
        paths: &["/dashboard", "/dashboard/", "/dashboard/index.html"],
        content_type: "text/html; charset=utf-8",
        body: include_bytes!("dashboard/index.html"),
    },
    Asset {
        paths: &["/dashboard/dashboard.css"],
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("dashboard/dashboard.css"),
    },
    Asset {
        paths: &["/dashboard/favicon.svg"],
        content_type: "image/svg+xml",
        body: include_bytes!("dashboard/favicon.svg"),
    },
    module!("main.js"),
    module!("accounts.js"),
    module!("act.js"),
    module!("api.js"),
    module!("chart.js"),
    module!("clock.js"),
    module!("demo.js"),
    module!("dom.js"),
    module!("events.js"),
    module!("format.js"),
    module!("forms.js"),
    module!("movements.js"),
    module!("onboarding.js"),
    module!("refresh.js"),
    module!("state.js"),
];

/// Every path the dashboard's assets are served at (the page's, then each asset's).
pub fn served_paths() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().flat_map(|a| a.paths.iter().copied())
}

/// An asset as served: its bytes and their hash (its entity tag).
struct Ready {
    body: Vec<u8>,
    etag: String,
}

/// The assets as served, and the one version they share (a hash of them all). The page names
/// each asset with that version (`/dashboard/main.js?v=…`), and each module names the modules
/// it imports with it (`from './api.js?v=…'`), so a browser keeps them for good and asks
/// again only for the page, which it revalidates (`no-cache`, answered 304 while the binary is
/// the same). One version for all keeps every import of a module at one URL, so the browser
/// runs each module once.
static READY: LazyLock<(Vec<Ready>, String)> = LazyLock::new(|| {
    let hash = |body: &[u8]| format!("{:016x}", crate::ledger::data::ids::fnv1a(body.iter().copied()));
    let version = hash(&ASSETS.iter().flat_map(|a| a.body.iter().copied()).collect::<Vec<u8>>());
    let versioned = |text: String, quote: char, prefix: &str| {
        ASSETS.iter().skip(1).fold(text, |text, asset| {
            let path = asset.paths[0];
            let named = format!("{prefix}{}", path.trim_start_matches("/dashboard/"));
            text.replace(
                &format!("{quote}{named}{quote}"),
                &format!("{quote}{named}?v={version}{quote}"),
            )
        })
    };
    let ready = ASSETS
        .iter()
        .enumerate()
        .map(|(i, asset)| {
            let body = if i == 0 {
                versioned(String::from_utf8_lossy(asset.body).into_owned(), '"', "/dashboard/").into_bytes()
            } else if asset.content_type.starts_with("text/javascript") {
                versioned(String::from_utf8_lossy(asset.body).into_owned(), '\'', "./").into_bytes()
            } else {
                asset.body.to_vec()
            };
            Ready {
                etag: format!("\"{}\"", hash(&body)),
                body,
            }
        })
        .collect();
    (ready, version)
});

/// The dashboard's routes, merged into the server's router ahead of the API pipeline.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/dashboard", any(asset))
        .route("/dashboard/", any(asset))
        .route("/dashboard/{*file}", any(asset))
        .route("/_sim/stream", any(stream::stream))
}

/// Serves an embedded file: GET and HEAD only, with a 304 when the browser's copy is current.
async fn asset(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let started = Instant::now();
    let request_id = state.request_id().to_string();
    let path = request.uri().path();
    let method = request.method();
    let found = ASSETS.iter().position(|a| a.paths.contains(&path));
    let refused = |error| error_response(error, &request_id, request.headers());
    let response = match found {
        _ if method != Method::GET && method != Method::HEAD => {
            refused(ApiError::method_not_allowed(method.as_str(), path))
        }
        None => refused(ApiError::unrecognized_url(method.as_str(), path)),
        Some(i) => {
            let (ready, version) = &*READY;
            let served = &ready[i];
            let etag = &served.etag;
            let current = request
                .headers()
                .get(header::IF_NONE_MATCH)
                .is_some_and(|v| v.as_bytes() == etag.as_bytes());
            let mut response = if current {
                let mut response = Response::new(Body::empty());
                *response.status_mut() = StatusCode::NOT_MODIFIED;
                response
            } else {
                let mut response = Response::new(Body::from(served.body.clone()));
                response
                    .headers_mut()
                    .insert(header::CONTENT_TYPE, HeaderValue::from_static(ASSETS[i].content_type));
                response
            };
            // A versioned asset never changes under its URL; anything else is revalidated.
            let versioned = i > 0 && request.uri().query() == Some(&format!("v={version}"));
            let cache = if versioned {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            let headers = response.headers_mut();
            if let Ok(value) = HeaderValue::from_str(etag) {
                headers.insert(header::ETAG, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            response
        }
    };
    let response = with_page_headers(response, &request_id);
    log(&state, &request_id, &request, response.status(), started);
    response
}

/// Headers every dashboard response carries, errors included.
fn with_page_headers(mut response: Response, request_id: &str) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, no-store"));
    }
    if let Ok(id) = HeaderValue::from_str(request_id) {
        headers.insert(HeaderName::from_static("request-id"), id);
    }
    response
}

/// The `--log` line, in the pipeline's format (no key: loading the page needs none).
fn log(state: &AppState, request_id: &str, request: &Request, status: StatusCode, started: Instant) {
    if state.log_requests {
        eprintln!(
            "{} {} {} -> {} - ({} µs)",
            request_id,
            request.method(),
            request.uri().path(),
            status.as_u16(),
            started.elapsed().as_micros()
        );
    }
}
