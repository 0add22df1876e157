//! The hosted pages behind the links debitsim hands out: the onboarding form an account
//! link opens (Stripe's hosted onboarding, as a plain HTML form pre-filled with Stripe's test
//! data), and the page a login link opens.
//!
//! The page knows nothing but its link's token. The token decodes only in the world that
//! minted it, and names the one account the link was made for: the form has no field that
//! could name another. Submitting it goes through the API pipeline as
//! `POST /_sim/account_links/{token}/complete` with the world's key, so what it changes is
//! journaled, committed and evented like any call. Every page is served with a strict
//! Content-Security-Policy: no scripts, styles, images or frames, and forms may go only to
//! this server and to the link's own return and refresh URLs.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;

use super::api::account_links::public_url;
use super::state::AppState;
use crate::ledger::{Country, LinkKind, LinkState, Role};

/// The largest form the page accepts (it sends about 1 KiB).
const MAX_FORM: usize = 64 * 1024;

/// What a token names: the world's key, the link, and what the page needs of them.
struct Found {
    world_key: Box<str>,
    kind: LinkKind,
    state: LinkState,
    account_id: String,
    country: Country,
    business_type: Option<String>,
    has_bank: bool,
    express: bool,
    refresh_url: String,
    return_url: String,
}

/// The world and link a token names (it decodes in the world that minted it only).
fn find(state: &AppState, token: &str) -> Option<Found> {
    let wall = state.wall();
    for key in state.world_keys() {
        let Ok(world) = state.world(&key) else { continue };
        let world = world.lock();
        let ledger = world.ledger();
        let Some(link) = ledger.find_link(token) else { continue };
        let stored = ledger.link(link);
        let account = ledger.account(stored.account);
        return Some(Found {
            world_key: key,
            kind: stored.kind,
            state: ledger.link_state_at(link, world.now(wall)),
            account_id: account.id.to_string(),
            country: account.country,
            business_type: account.business_type.as_deref().map(str::to_owned),
            has_bank: !account.bank_accounts.is_empty(),
            express: matches!(account.role, Role::Connected { controller, .. }
                if controller.dashboard == crate::ledger::Dashboard::Express),
            refresh_url: stored.refresh_url.to_string(),
            return_url: stored.return_url.to_string(),
        });
    }
    None
}

/// `scheme://host[:port]` of a URL the ledger checked (`onboarding::check_url`).
fn origin(url: &str) -> Option<&str> {
    let scheme = url.find("://")? + 3;
    let end = url[scheme..].find(['/', '?', '#']).map_or(url.len(), |i| scheme + i);
    Some(&url[..end])
}

/// The policy of a page: nothing may load, and a form may go only to `targets`.
fn policy(targets: &[&str]) -> String {
    let mut form_action = String::from("'self'");
    for target in targets.iter().filter_map(|t| origin(t)) {
        form_action.push(' ');
        form_action.push_str(target);
    }
    format!("default-src 'none'; form-action {form_action}; frame-ancestors 'none'; base-uri 'none'")
}

fn html(status: StatusCode, body: String, csp: &str) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if let Ok(value) = HeaderValue::from_str(csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

fn redirect(status: StatusCode, to: &str) -> Response {
    let mut response = html(status, String::new(), &policy(&[]));
    if let Ok(value) = HeaderValue::from_str(to) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Text made safe for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn message_page(status: StatusCode, title: &str, text: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title></head>\
         <body><h1>{t}</h1><p>{x}</p></body></html>",
        t = escape(title),
        x = escape(text)
    );
    html(status, body, &policy(&[]))
}

fn not_found() -> Response {
    message_page(
        StatusCode::NOT_FOUND,
        "Link not found",
        "This link is not one debitsim handed out, or its world is gone.",
    )
}

/// Stripe's test data, as its test-mode onboarding offers to fill in.
fn fields(found: &Found) -> Vec<(&'static str, &'static str, String)> {
    let us = found.country == Country::US;
    let mut fields = vec![
        ("First name", "person[first_name]", "Jenny".to_owned()),
        ("Last name", "person[last_name]", "Rosen".to_owned()),
        ("Email", "person[email]", "jenny.rosen@example.com".to_owned()),
        ("Phone", "person[phone]", "0000000000".to_owned()),
        ("Day of birth", "person[dob][day]", "1".to_owned()),
        ("Month of birth", "person[dob][month]", "1".to_owned()),
        ("Year of birth", "person[dob][year]", "1901".to_owned()),
        ("Address", "person[address][line1]", "address_full_match".to_owned()),
        (
            "City",
            "person[address][city]",
            if us { "South San Francisco" } else { "London" }.to_owned(),
        ),
        (
            "Postal code",
            "person[address][postal_code]",
            if us { "94080" } else { "EC1A 1BB" }.to_owned(),
        ),
    ];
    if matches!(found.country.as_str(), "US" | "CA" | "AU") {
        fields.push((
            "State",
            "person[address][state]",
            if us { "CA" } else { "ON" }.to_owned(),
        ));
    }
    if us {
        fields.push(("Last 4 of SSN", "person[ssn_last_4]", "0000".to_owned()));
    } else {
        fields.push(("ID number", "person[id_number]", "000000000".to_owned()));
    }
    fields.extend([
        ("Company name (companies)", "company[name]", "Rocket Rides".to_owned()),
        ("Company tax ID (companies)", "company[tax_id]", "000000000".to_owned()),
        ("Company phone (companies)", "company[phone]", "0000000000".to_owned()),
        (
            "Company address (companies)",
            "company[address][line1]",
            "address_full_match".to_owned(),
        ),
        (
            "Company city (companies)",
            "company[address][city]",
            if us { "South San Francisco" } else { "London" }.to_owned(),
        ),
        (
            "Company postal code (companies)",
            "company[address][postal_code]",
            if us { "94080" } else { "EC1A 1BB" }.to_owned(),
        ),
    ]);
    if matches!(found.country.as_str(), "US" | "CA" | "AU") {
        fields.push((
            "Company state (companies)",
            "company[address][state]",
            if us { "CA" } else { "ON" }.to_owned(),
        ));
    }
    fields.extend([
        (
            "Business website",
            "business_profile[url]",
            "https://accessible.stripe.com".to_owned(),
        ),
        ("Industry (MCC)", "business_profile[mcc]", "5734".to_owned()),
    ]);
    if !found.has_bank {
        if us {
            fields.push(("Routing number", "routing_number", "110000000".to_owned()));
        }
        fields.push(("Account number", "account_number", "000123456789".to_owned()));
    }
    fields
}

/// `GET /_sim/onboarding/{token}`: the form, or — for a link that expired or was used —
/// a redirect to its `refresh_url`, as Stripe's links do.
pub async fn page(State(state): State<Arc<AppState>>, Path(token): Path<String>) -> Response {
    let Some(found) = find(&state, &token).filter(|f| f.kind != LinkKind::Login) else {
        return not_found();
    };
    if found.state != LinkState::Usable {
        return redirect(StatusCode::FOUND, &found.refresh_url);
    }
    let business_type = found.business_type.clone().unwrap_or_else(|| "individual".to_owned());
    let mut form = String::new();
    for (label, name, value) in fields(&found) {
        form.push_str(&format!(
            "<p><label>{} <input name=\"{}\" value=\"{}\"></label></p>\n",
            escape(label),
            escape(name),
            escape(&value)
        ));
    }
    let option = |value: &str| {
        let selected = if value == business_type { " selected" } else { "" };
        format!("<option value=\"{value}\"{selected}>{value}</option>")
    };
    let body = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Onboarding {account}</title></head><body>\n\
         <h1>Set up payouts for {account}</h1>\n\
         <p>debitsim's stand-in for Stripe's hosted onboarding, filled in with Stripe's test data. \
         Submitting it completes onboarding of {account} and returns you to the platform.</p>\n\
         <form method=\"post\" action=\"{action}\">\n\
         <p><label>Business type <select name=\"business_type\">{individual}{company}</select></label></p>\n\
         {form}<p><label><input type=\"checkbox\" name=\"tos_accepted\" value=\"true\" checked> \
         I accept the Stripe Services Agreement</label></p>\n\
         <p><button type=\"submit\">Submit</button></p>\n</form></body></html>\n",
        account = escape(&found.account_id),
        action = escape(&format!("{}/_sim/onboarding/{}", public_url(&state), token)),
        individual = option("individual"),
        company = option("company"),
    );
    html(
        StatusCode::OK,
        body,
        &policy(&[&found.return_url, &found.refresh_url, public_url(&state)]),
    )
}

/// `POST /_sim/onboarding/{token}`: completes onboarding with what the form sent, through
/// the API pipeline, then sends the browser to the link's `return_url` (or, if the link can
/// no longer be used, to its `refresh_url`).
pub async fn submit(State(state): State<Arc<AppState>>, Path(token): Path<String>, request: Request) -> Response {
    let Some(found) = find(&state, &token).filter(|f| f.kind != LinkKind::Login) else {
        return not_found();
    };
    if found.state != LinkState::Usable {
        return redirect(StatusCode::SEE_OTHER, &found.refresh_url);
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_FORM).await else {
        return message_page(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Form too large",
            "The form sent is too large.",
        );
    };
    let internal = Request::builder()
        .method("POST")
        .uri(format!("/_sim/account_links/{token}/complete"))
        .header(header::AUTHORIZATION, format!("Bearer sk_test_{}", found.world_key))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body));
    let Ok(internal) = internal else {
        return not_found();
    };
    let answer = super::pipeline::handle(State(state.clone()), internal).await;
    if answer.status() == StatusCode::OK {
        return redirect(StatusCode::SEE_OTHER, &found.return_url);
    }
    let status = answer.status();
    let bytes = axum::body::to_bytes(answer.into_body(), MAX_FORM)
        .await
        .unwrap_or_default();
    let message = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .and_then(|v| v["error"]["message"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "The form could not be submitted.".to_owned());
    message_page(
        if status.is_client_error() {
            StatusCode::BAD_REQUEST
        } else {
            status
        },
        "Onboarding not completed",
        &message,
    )
}

/// `GET /_sim/login/{token}`: what a login link opens. debitsim does not simulate the
/// Express Dashboard; the page says whose it would be, until the link expires.
pub async fn login(State(state): State<Arc<AppState>>, Path(token): Path<String>) -> Response {
    let Some(found) = find(&state, &token).filter(|f| f.kind == LinkKind::Login) else {
        return not_found();
    };
    if !matches!(found.state, LinkState::Usable) || !found.express {
        return message_page(StatusCode::GONE, "Link expired", "This login link has expired.");
    }
    let mut message =
        "debitsim does not simulate the Express Dashboard; this page stands where it would open.".to_owned();
    if !found.return_url.is_empty() {
        // The link's `redirect_url` (API versions before 2022-08-01): where logging out goes.
        message.push_str(&format!(" Logging out returns to {}.", found.return_url));
    }
    message_page(
        StatusCode::OK,
        &format!("Express Dashboard of {}", found.account_id),
        &message,
    )
}
