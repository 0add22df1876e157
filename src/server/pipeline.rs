//! Every request goes through [`handle`]: find the endpoint, check the key, read the
//! parameters, then — holding the key's world for one synchronous step — check the acting
//! account, settle idempotency, run the call, and answer with Stripe's headers.
//!
//! Nothing here can fail with a 500 on input: every refusal is an [`ApiError`] with Stripe's
//! JSON, and the `Request-Id` header is on every response.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use http_body_util::BodyExt;

use super::api::account_links::public_url;
use super::api::endpoint::{Access, Api, Ctx, Endpoint, Prepared, Reply};
use super::api::router::{self, Found, Route};
use super::auth::{self, ApiKey, IDEMPOTENCY_KEY, KeyKind, STRIPE_ACCOUNT, STRIPE_VERSION};
use super::clock::Timeouts;
use super::error::ApiError;
use super::faults::Effect;
use super::idempotency::{self, Stored, Verdict};
use super::persist::{BUILD, Call, Divergence, Durable, Journal, PersistError, Produced, Record, Recovered, Segment};
use super::render::API_VERSION;
use super::state::AppState;
use super::version::{self, ApiVersion, is_api_version};
use super::world::{Cause, Mode, RequestId, World};
use crate::ledger::{AccountId, EventId};

/// The response headers Stripe adds, parsed once.
const REQUEST_ID: HeaderName = HeaderName::from_static("request-id");
const IDEMPOTENT_REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");
const STRIPE_SHOULD_RETRY: HeaderName = HeaderName::from_static("stripe-should-retry");

/// The largest request body accepted (Stripe's requests are a few KiB at most).
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// The most of an oversized body read (and thrown away) so that its 413 reaches the
/// client; beyond this the connection is closed.
pub const MAX_DRAINED_BYTES: u64 = 64 << 20;

/// The most of a body's buffer set aside before its bytes arrive.
const PREALLOCATED_BODY: u64 = 16 * 1024;

/// The most request headers, and header bytes, the server reads.
pub const MAX_HEADERS: usize = 100;
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

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
    let served = serve(&state, &parts, body, request_id).await;
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
    respond(served, request_id.text(&mut [0; 18]), &parts.headers)
}

async fn serve(state: &Arc<AppState>, parts: &Parts, body: Body, request_id: RequestId) -> Served {
    let header_bytes: usize = parts.headers.iter().map(|(n, v)| n.as_str().len() + v.len()).sum();
    if parts.headers.len() > MAX_HEADERS || header_bytes > MAX_HEADER_BYTES {
        return Served::error(ApiError::headers_too_large(MAX_HEADERS, MAX_HEADER_BYTES), None);
    }
    let (route, ids) = match router::find(&parts.method, parts.uri.path()) {
        Found::Served(endpoint, ids) => (endpoint, ids),
        Found::Unserved { method, path } => {
            return Served::error(ApiError::not_simulated_endpoint(method, path), None);
        }
        Found::Unknown => {
            return Served::error(
                ApiError::unrecognized_url(parts.method.as_str(), parts.uri.path()),
                None,
            );
        }
    };
    let key = match auth::authenticate(&parts.headers) {
        Ok(key) => key,
        Err(error) => return Served::error(error, None),
    };
    let who = Some(key.masked());
    // A publishable or ephemeral key may call only what Stripe lets it.
    let allowed = match key.kind() {
        KeyKind::Secret | KeyKind::Restricted => Ok(()),
        KeyKind::Publishable if route.keys.publishable => Ok(()),
        KeyKind::Publishable => Err(ApiError::publishable_key_not_allowed()),
        KeyKind::Ephemeral if route.keys.ephemeral => Ok(()),
        KeyKind::Ephemeral => Err(ApiError::ephemeral_key_not_allowed()),
    };
    if let Err(error) = allowed {
        return Served::error(error, who);
    }
    let account = match auth::stripe_account(&parts.headers, &key) {
        Ok(account) => account,
        Err(error) => return Served::error(error, who),
    };
    let body = match read_body(parts, body, &state.timeouts).await {
        Ok(body) => body,
        Err(error) => return Served::error(error, who),
    };
    if let Err(error) = check_content_type(parts, route.api(), &body) {
        return Served::error(error, who);
    }
    // Unknown and malformed parameters are reported after the acting account is checked
    // (debit-rules §7: row 2 before row 3), so the outcome is kept, not returned, here.
    // A bad Stripe-Version is reported with the parameters: after the acting account.
    let version = check_version(parts, route);
    let prepared = version
        .clone()
        .and_then(|version| {
            let query = parts.uri.query().unwrap_or_default().as_bytes();
            route
                .parse(&parts.method, query, &body)
                .map(|input| input.pinning(version))
        })
        .and_then(|input| route.prepare(input, ids));
    let version = version.unwrap_or(ApiVersion::DEFAULT);
    let idempotency_key = match idempotency_key(parts, route) {
        Ok(key) => key,
        Err(error) => return Served::error(error, who),
    };
    // An ephemeral key names a world that issued it, so it never makes one.
    let shared = match key.kind() {
        KeyKind::Ephemeral => match state.existing_world(key.world_key()) {
            Some(world) => world,
            None => return Served::error(ApiError::invalid_api_key(&key.masked()), who),
        },
        _ => match state.world(key.world_key()) {
            Ok(world) => world,
            Err(_) => return Served::error(ApiError::api_error(), who),
        },
    };
    let request = Incoming {
        route,
        parts,
        key: &key,
        account: account.as_deref(),
        idempotency_key: idempotency_key.as_deref(),
        body: &body,
    };

    // First locked step; the guard is gone before any wait.
    let begun = begin(&mut shared.lock(), state, &request);
    let (actor, access, delay) = match begun {
        Ok((Begun::Run(actor, access), delay)) => (actor, access, delay),
        Ok((Begun::Replay(stored), _)) => {
            // The first request's record was handed to the journal before this one looked
            // its key up; a replay acknowledges that write too, so it waits for it to be on
            // disk (and, if the journal failed, it was never acknowledged).
            if let Some(journal) = &state.journal
                && let Err(error) = journal.barrier().written().await
            {
                eprintln!("debitsim: {error}");
                return Served::error(ApiError::not_persisted(), who);
            }
            return Served {
                status: StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK),
                body: stored.body,
                replayed: true,
                should_retry: None,
                who,
            };
        }
        Err(error) => return Served::error(error, who),
    };
    if let Some(duration) = delay {
        // Hold the request with its world unlocked and its idempotency key claimed.
        tokio::time::sleep(duration).await;
    }

    // Second locked step: run the call, keep its result for idempotent retries, and hand it
    // to the journal (with --state). The response waits for the journal with the world
    // unlocked.
    let call = Call {
        key: key.world_key().to_owned(),
        seq: 0,
        request_id: request_id.0,
        now: 0,
        wall: state.wall(),
        method: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().unwrap_or_default().to_owned(),
        account: account.clone(),
        idempotency_key: idempotency_key.clone(),
        body: if state.journal.is_some() { body } else { Vec::new() },
        version: pinned(parts).map(|v| v.to_string()),
        produced: Produced::default(),
    };
    let (mut served, durable) = {
        let mut world = shared.lock();
        let executed = execute(
            &mut world,
            state,
            Mode::Live,
            route,
            (actor, access),
            prepared,
            call,
            version,
        );
        state.announce(key.world_key(), &mut world);
        executed
    };
    served.who = who;
    if let Some(durable) = durable {
        if let Err(error) = durable.written().await {
            eprintln!("debitsim: {error}");
            return Served::error(ApiError::not_persisted(), served.who);
        }
        if state.journal.as_ref().is_some_and(Journal::claim_snapshot) {
            spawn_snapshot(state.clone());
        }
    }
    served
}

/// The second locked step, which journal replay repeats: simulated time catches up, the
/// call runs for its API `version` (what it renders, and so what idempotent retries get
/// back) and its changes go through the world's commit point, its result is kept for
/// idempotent retries, and — live, with `--state` — a call that changed the world is handed
/// to the journal (what to wait for is returned).
#[allow(clippy::too_many_arguments)]
fn execute(
    world: &mut World,
    state: &AppState,
    mode: Mode,
    route: &Endpoint,
    (actor, access): (AccountId, Access),
    prepared: Result<Prepared, ApiError>,
    mut call: Call,
    api_version: ApiVersion,
) -> (Served, Option<Durable>) {
    world.catch_up(call.wall, mode);
    call.now = world.ledger().now();
    // Keys expire with simulated time, whichever request notices first; doing it here, for
    // every call, makes it happen at the same moments when the journal is replayed.
    world.idempotency.expire(call.now);
    let version = world.ledger().version();
    let cause = Cause::Request {
        id: RequestId(call.request_id),
        idempotency_key: call.idempotency_key.as_deref(),
    };
    let (served, stored) = match prepared {
        Ok(prepared) => {
            let mut cx = Ctx {
                world,
                actor,
                access,
                state,
                world_key: &call.key,
                wall: call.wall,
                cause,
                mode,
                version: api_version,
            };
            match version::render_as(api_version, || prepared(&mut cx)) {
                Ok(reply) => (Served::reply(reply, None), true),
                // A v2 key keeps only what succeeded: a retry of a refused call runs again
                // ("the API retries any failed requests", docs.stripe.com/api-v2-overview).
                Err(refusal) => (
                    Served::error(refusal.error, None),
                    refusal.stored && route.api() == Api::V1,
                ),
            }
        }
        Err(error) => (Served::error(error, None), false),
    };
    if let Some(key) = call.idempotency_key.as_deref() {
        if stored {
            let response = Stored {
                status: served.status.as_u16(),
                body: served.body.clone(),
            };
            world.idempotency.finish(call.account.as_deref(), key, response);
        } else {
            world.idempotency.abandon(call.account.as_deref(), key);
        }
    }
    // Reads change nothing worth keeping (time catches up again on replay), nor does a
    // refusal that left the ledger as it was, unless its idempotency key must remember it;
    // replay does not journal what it replays.
    let kept = route.kept
        && mode == Mode::Live
        && stored
        && call.method != "GET"
        && (served.status.is_success() || call.idempotency_key.is_some() || world.ledger().version() != version);
    let durable = match (&state.journal, mode) {
        (Some(journal), Mode::Live) if kept => {
            world.seq += 1;
            call.seq = world.seq;
            call.produced = produced(state, world, &served);
            Some(journal.append(&Record::Call(call)))
        }
        _ => None,
    };
    (served, durable)
}

/// Writes a snapshot in the background (the journal claimed it).
fn spawn_snapshot(state: Arc<AppState>) {
    tokio::task::spawn_blocking(move || {
        if let Err(e) = state.snapshot() {
            eprintln!("debitsim: snapshot failed ({e}); the journal keeps everything, retrying later");
        }
    });
}

/// Rebuilds the worlds from what `--state` recovered: snapshot images, then every journal
/// record after them, run through the same endpoint code at the recorded times, in replay
/// mode, each checked against what it produced when it was written. Only then is the damage
/// recovery found cut off: a directory refused here is left as it was. Returns how many
/// calls were replayed.
///
/// # Panics
///
/// When a record written by this very build produces something else: replay is not exact,
/// which is a bug (a record of another build is refused instead, naming both builds).
pub fn restore(state: &AppState, recovered: Recovered) -> Result<usize, PersistError> {
    let Recovered {
        worlds,
        segments,
        damage: _,
        repairs,
    } = recovered;
    for (key, image) in &worlds {
        state.restore_world(key, image).map_err(|e| PersistError::Damaged {
            path: "snapshot".into(),
            why: format!("the world of {}: {e}", masked(key)),
        })?;
    }
    let mut replayed = 0;
    for segment in &segments {
        for record in &segment.records {
            replayed += replay(state, segment, record)?;
        }
    }
    repairs.apply()?;
    Ok(replayed)
}

/// A world's key as messages show it.
fn masked(world_key: &str) -> String {
    super::auth::mask_key(&format!("sk_test_{world_key}"))
}

/// Replays one journal record of `segment`; how many calls it replayed (none or one).
fn replay(state: &AppState, segment: &Segment, record: &Record) -> Result<usize, PersistError> {
    match record {
        Record::World {
            key, created, produced, ..
        } => {
            let made = state.replay_creation(key, *created).map_err(|e| PersistError::Replay {
                seq: 0,
                why: super::refusals::fixture_problem(&e),
            })?;
            match made {
                Some(made) if made != *produced => Err(diverged(
                    segment,
                    key,
                    0,
                    "the world the fixtures make is not the one it made".into(),
                )),
                _ => Ok(0),
            }
        }
        Record::Call(call) => {
            let seq = call.seq;
            let failed = |why: String| PersistError::Replay { seq, why };
            let shared = state
                .existing_world(&call.key)
                .ok_or_else(|| failed("the journal names a world it never created".into()))?;
            let mut world = shared.lock();
            if call.seq <= world.seq {
                return Ok(0); // already in the snapshot
            }
            let method = Method::from_bytes(call.method.as_bytes()).map_err(|e| failed(e.to_string()))?;
            let Found::Served(route, ids) = router::find(&method, &call.path) else {
                return Err(failed(format!("a call to an unknown endpoint: {}", call.path)));
            };
            let version = match call.version.as_deref() {
                None => ApiVersion::DEFAULT,
                Some(text) => ApiVersion::parse(text.as_bytes())
                    .ok_or_else(|| failed(format!("a call pinning an unreadable API version {text:?}")))?,
            };
            let prepared = route
                .parse(&method, call.query.as_bytes(), &call.body)
                .and_then(|input| route.prepare(input.pinning(version), ids));
            world.advance_to(call.now, Mode::Replay);
            let actor = world
                .ledger()
                .acting_as(call.account.as_deref())
                .map_err(|e| failed(format!("{e:?}")))?;
            if let Some(key) = call.idempotency_key.as_deref() {
                let fingerprint = fingerprint_of(&method, &call.path, call.account.as_deref(), &call.query, &call.body);
                let now = world.ledger().now();
                world.idempotency.begin(call.account.as_deref(), key, fingerprint, now);
            }
            // What the key allowed was settled live; the journal keeps only what it accepted,
            // which a secret key may replay.
            let (served, _) = execute(
                &mut world,
                state,
                Mode::Replay,
                route,
                (actor, Access::Secret),
                prepared,
                call.clone(),
                version,
            );
            world.seq = seq;
            let now = produced(state, &world, &served);
            let what = if now.version != call.produced.version {
                format!(
                    "{} {} leaves the world at version {}, not {}",
                    call.method, call.path, now.version, call.produced.version
                )
            } else if now.digest != call.produced.digest {
                format!(
                    "{} {} answers {} with another body than it did",
                    call.method,
                    call.path,
                    served.status.as_u16()
                )
            } else {
                return Ok(1);
            };
            Err(diverged(segment, &call.key, seq, what))
        }
        Record::Delivery(delivery) => {
            let seq = delivery.seq;
            let shared = state
                .existing_world(&delivery.key)
                .ok_or_else(|| PersistError::Replay {
                    seq,
                    why: "the journal names a world it never created".into(),
                })?;
            let mut world = shared.lock();
            if seq <= world.seq {
                return Ok(0); // already in the snapshot
            }
            // Time as it was when the outcome was settled: the same clock events, the
            // same retry due.
            world.advance_to(delivery.now, Mode::Replay);
            let event = EventId(delivery.event);
            world
                .webhooks
                .settle(delivery.target, event, delivery.outcome, delivery.now);
            world.seq = seq;
            let version = world.ledger().version();
            if version != delivery.version {
                return Err(diverged(
                    segment,
                    &delivery.key,
                    seq,
                    format!(
                        "a webhook delivery's outcome leaves the world at version {version}, not {}",
                        delivery.version
                    ),
                ));
            }
            Ok(0)
        }
    }
}

/// The refusal of a record that replays to something else than it produced: a directory
/// another build wrote is refused; under the build that wrote it, replay is not exact, and
/// that is a bug.
fn diverged(segment: &Segment, world_key: &str, seq: u64, what: String) -> PersistError {
    let divergence = Divergence {
        path: segment.path.clone(),
        wrote: segment.build.clone(),
        world: masked(world_key),
        seq,
        what,
    };
    assert!(
        divergence.wrote != BUILD,
        "{divergence}: this build wrote the record, so its replay is not exact (a bug in debitsim); \
         nothing in the --state directory was changed"
    );
    PersistError::OtherBuild(divergence)
}

/// What a call produced, as its journal record keeps it: the world's version after it, and a
/// checksum of its status and body. The server's own address in the links it hands out
/// (`{address}/_sim/…`, account and login links) is left out: it may differ from one run of
/// the server to the next.
fn produced(state: &AppState, world: &World, served: &Served) -> Produced {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(&served.status.as_u16().to_le_bytes());
    let body = served.body.as_slice();
    let address = public_url(state).as_bytes();
    let mut from = 0;
    for at in memchr::memmem::find_iter(body, address) {
        let end = at + address.len();
        // Only the server's own links: not a longer port, or a receiver's URL, that begins
        // with the same characters.
        if body[end..].starts_with(b"/_sim/") {
            hasher.update(&body[from..at]);
            from = end;
        }
    }
    hasher.update(&body[from..]);
    Produced {
        version: world.ledger().version(),
        digest: hasher.finalize(),
    }
}

/// What the first locked step needs to know of the request.
struct Incoming<'a> {
    route: &'static Route,
    parts: &'a Parts,
    key: &'a ApiKey,
    account: Option<&'a str>,
    idempotency_key: Option<&'a str>,
    body: &'a [u8],
}

/// How the first locked step ended when the request goes on.
enum Begun {
    /// Run it, acting as this account, with what its key may do.
    Run(AccountId, Access),
    Replay(Stored),
}

/// The first locked step: the rate limit and armed faults (Stripe's paths only), simulated
/// time catching up, the acting account (debit-rules §7 row 2), restricted keys, and the
/// idempotency key. Returns the account the call acts as and how long to hold it, if at all.
fn begin(
    world: &mut World,
    state: &Arc<AppState>,
    request: &Incoming<'_>,
) -> Result<(Begun, Option<Duration>), ApiError> {
    let parts = request.parts;
    let mut delay = None;
    if request.route.is_stripe() {
        if let Some(limit) = world.rate_limit.as_mut()
            && !limit.admit(state.clock.monotonic())
        {
            return Err(ApiError::rate_limited().with_should_retry(true));
        }
        match world.faults.take(&parts.method, parts.uri.path()) {
            None => {}
            Some(Effect::Delay(duration)) => delay = Some(duration),
            Some(Effect::Fail { status, should_retry }) => return Err(injected(status).with_should_retry(should_retry)),
        }
    }
    world.catch_up(state.wall(), Mode::Live);
    state.announce(request.key.world_key(), world);
    // An ephemeral key works while its world's key with that token lives (an hour of the
    // world's time, or until deleted).
    let ephemeral = match request.key.ephemeral_token() {
        None => None,
        Some(token) => Some(
            world
                .ledger()
                .live_ephemeral_key(token)
                .ok_or_else(|| ApiError::invalid_api_key(&request.key.masked()))?,
        ),
    };
    let actor = world
        .ledger()
        .acting_as(request.account)
        .map_err(|_| ApiError::account_invalid(&request.key.masked(), request.account.unwrap_or_default()))?;
    if request.key.is_read_only() && request.route.api() == Api::V2 {
        return Err(ApiError::v2_secret_key_only(&request.key.masked()));
    }
    if request.key.is_read_only() && request.route.writes() {
        return Err(ApiError::permission_denied_restricted(&request.key.masked()));
    }
    let access = match (request.key.kind(), ephemeral) {
        (_, Some(key)) => {
            let key = world.ledger().ephemeral_key(key);
            // A key made by one account does not act as another.
            if key.account != actor {
                return Err(ApiError::account_invalid(
                    &request.key.masked(),
                    request.account.unwrap_or(world.ledger().platform().id.as_ref()),
                ));
            }
            Access::Customer(key.customer)
        }
        (KeyKind::Publishable, None) => Access::Publishable,
        _ => Access::Secret,
    };
    if let Some(key) = request.idempotency_key {
        let fingerprint = fingerprint_of(
            &parts.method,
            parts.uri.path(),
            request.account,
            parts.uri.query().unwrap_or_default(),
            request.body,
        );
        let now = world.ledger().now();
        match world.idempotency.begin(request.account, key, fingerprint, now) {
            Verdict::Run => {}
            Verdict::Replay(stored) => return Ok((Begun::Replay(stored), None)),
            Verdict::Mismatch => return Err(ApiError::idempotency_mismatch(key)),
            Verdict::InFlight => return Err(ApiError::idempotency_key_in_use(key)),
        }
    }
    Ok((Begun::Run(actor, access), delay))
}

/// Stripe's error for an injected failure of `status`.
fn injected(status: StatusCode) -> ApiError {
    if status == StatusCode::TOO_MANY_REQUESTS {
        return ApiError::rate_limited();
    }
    ApiError::injected_fault(status)
}

/// The API version a request pins with `Stripe-Version` (the world's default without one),
/// refusing a header that is not an API version, or none where the endpoint requires one.
fn check_version(parts: &Parts, route: &Endpoint) -> Result<ApiVersion, ApiError> {
    match parts.headers.get(&STRIPE_VERSION) {
        None if route.version_required => Err(ApiError::ephemeral_key_version_missing()),
        None => Ok(ApiVersion::DEFAULT),
        Some(value) => ApiVersion::parse(value.as_bytes())
            .ok_or_else(|| ApiError::invalid_api_version(&String::from_utf8_lossy(value.as_bytes()))),
    }
}

/// The version a request pins, if it pins a valid one (what the journal keeps of it).
fn pinned(parts: &Parts) -> Option<ApiVersion> {
    parts
        .headers
        .get(&STRIPE_VERSION)
        .and_then(|v| ApiVersion::parse(v.as_bytes()))
}

/// Reads the body, refusing one over [`MAX_BODY_BYTES`].
///
/// An oversized body is still read to its end (up to [`MAX_DRAINED_BYTES`]) and thrown away
/// before the 413 goes out: a client that is still sending when the server answers and
/// closes would otherwise see its connection reset instead of the answer.
async fn read_body(parts: &Parts, body: Body, timeouts: &Timeouts) -> Result<Vec<u8>, ApiError> {
    let declared = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    let oversized = declared.is_some_and(|length| length > MAX_BODY_BYTES as u64);
    // A client that waits for `100 Continue` sends nothing until told to: answer at once.
    let waits = parts
        .headers
        .get(header::EXPECT)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"100-continue"));
    if declared.is_some_and(|length| length > MAX_DRAINED_BYTES) || (oversized && waits) {
        return Err(ApiError::body_too_large(MAX_BODY_BYTES));
    }
    let mut body = body;
    // Room for what the client says it sends, up to a size no ordinary request exceeds (a
    // claim is not yet bytes: a client announcing a megabyte and sending nothing is held to
    // this much).
    let mut bytes = Vec::with_capacity(declared.map_or(0, |length| length.min(PREALLOCATED_BODY) as usize));
    let mut seen: u64 = 0;
    let read = async {
        loop {
            // Past the limit, only a client that keeps sending is waited for.
            let frame = if oversized || seen > MAX_BODY_BYTES as u64 {
                match tokio::time::timeout(timeouts.drain_idle, body.frame()).await {
                    Ok(frame) => frame,
                    Err(_) => break,
                }
            } else {
                body.frame().await
            };
            let Some(frame) = frame else { break };
            let Ok(data) = frame.map_err(|e| unreadable_body(&e))?.into_data() else {
                continue;
            };
            seen += data.len() as u64;
            if seen > MAX_DRAINED_BYTES {
                break;
            }
            if seen <= MAX_BODY_BYTES as u64 {
                bytes.extend_from_slice(&data);
            }
        }
        Ok::<(), ApiError>(())
    };
    // A client that sends its head and then stalls mid-body holds only its own connection,
    // and not for long.
    tokio::time::timeout(timeouts.body_read, read)
        .await
        .map_err(|_| ApiError::body_timeout(timeouts.body_read.as_secs()))??;
    if seen > MAX_BODY_BYTES as u64 || declared.is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(ApiError::body_too_large(MAX_BODY_BYTES));
    }
    Ok(bytes)
}

/// Refuses a body in another encoding than its API's: a form for v1 (a body without a
/// `Content-Type` is read as one, as curl sends it), JSON for v2.
fn check_content_type(parts: &Parts, api: Api, body: &[u8]) -> Result<(), ApiError> {
    if body.is_empty() {
        return Ok(());
    }
    let given = parts.headers.get(header::CONTENT_TYPE).map(HeaderValue::as_bytes);
    // The media type before any parameter (`; charset=utf-8`), compared without copying.
    let essence = given
        .and_then(|bytes| bytes.split(|&b| b == b';').next())
        .unwrap_or_default()
        .trim_ascii();
    let shown = || String::from_utf8_lossy(given.unwrap_or_default()).into_owned();
    match api {
        Api::V1 if given.is_some() && !essence.eq_ignore_ascii_case(b"application/x-www-form-urlencoded") => {
            Err(ApiError::unsupported_content_type(&shown()))
        }
        // A v2 read's body is not read at all.
        Api::V2 if parts.method != Method::GET && !essence.eq_ignore_ascii_case(b"application/json") => {
            Err(ApiError::v2_not_json(&shown()))
        }
        _ => Ok(()),
    }
}

/// Why a body could not be read: hyper's own error when the client broke the framing (a
/// chunk size that is not hex, a connection closed mid-body), which is a 400; otherwise it
/// was over [`MAX_BODY_BYTES`].
fn unreadable_body(error: &axum::Error) -> ApiError {
    let chain = std::iter::successors(Some(error as &(dyn std::error::Error + 'static)), |e| e.source());
    let mut chain = chain.skip_while(|e| !e.is::<hyper::Error>()).peekable();
    if chain.peek().is_none() {
        return ApiError::body_too_large(MAX_BODY_BYTES);
    }
    let reason: Vec<String> = chain.map(ToString::to_string).collect();
    ApiError::malformed_body(&reason.join(": "))
}

/// What makes two requests with one idempotency key "the same parameters".
fn fingerprint_of(
    method: &Method,
    path: &str,
    account: Option<&str>,
    query: &str,
    body: &[u8],
) -> idempotency::Fingerprint {
    idempotency::fingerprint(&[
        method.as_str().as_bytes(),
        path.as_bytes(),
        account.unwrap_or_default().as_bytes(),
        query.as_bytes(),
        body,
    ])
}

/// The `Idempotency-Key` of a write (ignored on reads, as Stripe does).
fn idempotency_key(parts: &Parts, route: &Endpoint) -> Result<Option<String>, ApiError> {
    let Some(value) = parts.headers.get(&IDEMPOTENCY_KEY) else {
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
        None => Err(ApiError::idempotency_key_invalid(MAX_IDEMPOTENCY_KEY)),
    }
}

/// Stripe's error response for a request served outside the pipeline (the dashboard's page
/// and live feed), with the same headers as every other.
pub fn error_response(error: ApiError, request_id: &str, request_headers: &HeaderMap) -> Response {
    respond(Served::error(error, None), request_id, request_headers)
}

fn respond(served: Served, request_id: &str, request_headers: &HeaderMap) -> Response {
    let mut response = Response::new(Body::from(served.body));
    *response.status_mut() = served.status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, no-store"));
    if let Ok(id) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID, id);
    }
    // Echo the version the client pinned, as Stripe does; otherwise the schemas' version.
    let version = request_headers
        .get(&STRIPE_VERSION)
        .filter(|v| is_api_version(v.as_bytes()))
        .cloned()
        .unwrap_or(HeaderValue::from_static(API_VERSION));
    headers.insert(STRIPE_VERSION, version);
    for echoed in [STRIPE_ACCOUNT, IDEMPOTENCY_KEY] {
        if let Some(value) = request_headers.get(&echoed).filter(|v| v.len() <= 255) {
            headers.insert(echoed, value.clone());
        }
    }
    if served.replayed {
        headers.insert(IDEMPOTENT_REPLAYED, HeaderValue::from_static("true"));
    }
    if let Some(retry) = served.should_retry {
        let value = HeaderValue::from_static(if retry { "true" } else { "false" });
        headers.insert(STRIPE_SHOULD_RETRY, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a journaled call produced does not depend on where the server listened: its own
    /// links are left out of the digest, and nothing else is.
    #[test]
    fn a_calls_digest_leaves_out_only_the_servers_own_links() {
        let world = World::new(
            crate::fixtures::Fixtures::builtin().build(7, 1_800_000_000).unwrap(),
            None,
        );
        let here = AppState::new(crate::fixtures::Fixtures::builtin());
        let _ = here.public_url.set("http://127.0.0.1:1234".into());
        let elsewhere = AppState::new(crate::fixtures::Fixtures::builtin());
        let digest = |state: &AppState, body: &str| {
            let served = Served::reply(Reply::ok(body.as_bytes().to_vec()), None);
            produced(state, &world, &served).digest
        };
        let link = |address: &str| format!(r#"{{"url":"{address}/_sim/onboarding/tok_1"}}"#);
        assert_eq!(
            digest(&here, &link("http://127.0.0.1:1234")),
            digest(&elsewhere, &link(public_url(&elsewhere)))
        );
        // A receiver's URL that begins like this server's address is part of the answer.
        let endpoint = r#"{"url":"http://127.0.0.1:12345/hook"}"#;
        assert_eq!(digest(&here, endpoint), digest(&elsewhere, endpoint));
        assert_ne!(
            digest(&here, endpoint),
            digest(&here, r#"{"url":"http://127.0.0.1:12346/hook"}"#)
        );
        assert_ne!(
            digest(&here, &link("http://127.0.0.1:1234")),
            digest(&here, &link("http://127.0.0.1:1234").replace("tok_1", "tok_2")),
            "the rest of a link counts"
        );
    }

    /// Every response, errors included, is written here: status, JSON, request id, and the
    /// retry hint when the error carries one.
    #[test]
    fn an_error_response_carries_its_status_content_type_and_retry_hint() {
        let cases = [
            (ApiError::rate_limited(), None),
            (ApiError::api_error().with_should_retry(true), Some("true")),
            (
                ApiError::idempotency_key_in_use("k").with_should_retry(false),
                Some("false"),
            ),
        ];
        for (error, retry) in cases {
            let status = error.status;
            let response = respond(Served::error(error, None), "req_1", &HeaderMap::new());
            assert_eq!(response.status(), status);
            assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
            assert_eq!(response.headers()["request-id"], "req_1");
            let got = response
                .headers()
                .get("stripe-should-retry")
                .map(|v| v.to_str().unwrap());
            assert_eq!(got, retry);
        }
    }
}
