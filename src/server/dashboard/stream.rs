//! `GET /_sim/stream`: the dashboard's live feed of the key's world, as server-sent events
//! on one streaming response. Browsers' `EventSource` cannot send an `Authorization`
//! header, so the page reads it with `fetch()` and a `ReadableStream`; curl works too.
//!
//! Messages, by their `event:` name:
//! - `hello`, once, first: `{now, next_payout_run, events, objects, accounts}`; then the
//!   world's last [`BACKLOG`] events.
//! - `stripe_event` (with `id: evt_…`): one event of the world, rendered as `/v1/events`
//!   renders it (a connected account's event names its `account`).
//! - `skipped`: `{count}` events came faster than they are sent one by one; the newest follow.
//! - `changed`: the world changed (balances, clock, objects), with the `hello` fields; the
//!   page reloads its figures.
//! - `reset`: the world was replaced (`POST /_sim/reset`); the new world's backlog follows.
//!
//! A comment line every [`KEEP_ALIVE`] when nothing happens lets a closed connection be
//! noticed and its task end.
//!
//! This first version polls: each open stream looks at its world every [`POLL`], under the
//! world's lock for a moment (never across an `.await`). [`Watch::poll`] is the one piece to
//! replace once the server's single commit point announces each change: wait for that
//! announcement instead of the interval.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::response::Response;
use hyper::body::Frame;
use parking_lot::Mutex;
use serde::Serialize;
use tokio::sync::mpsc;

use crate::ledger::{Event, EventId, Kind, Obj, Timestamp};
use crate::server::auth;
use crate::server::error::ApiError;
use crate::server::expand::NONE;
use crate::server::form::{FormLimits, Params};
use crate::server::pipeline::error_response;
use crate::server::render::{View, json};
use crate::server::state::AppState;
use crate::server::world::World;

/// How often an open stream looks at its world.
const POLL: Duration = Duration::from_millis(200);

/// How long a stream stays silent before a keep-alive comment.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Events sent when a stream opens (or its world is reset): enough to fill the page's list.
const BACKLOG: usize = 30;

/// The most events sent one by one per look: a world taking thousands of debits a second
/// must not have its lock held to render them all, nor the page flooded.
const PER_POLL: usize = 20;

/// Open streams across the server, at most: each costs a task that wakes every [`POLL`].
const MAX_STREAMS: usize = 64;

static OPEN: AtomicUsize = AtomicUsize::new(0);

/// One of the [`MAX_STREAMS`] places, given back when its stream ends.
struct Slot;

impl Slot {
    fn claim() -> Option<Slot> {
        OPEN.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
            (n < MAX_STREAMS).then_some(n + 1)
        })
        .ok()
        .map(|_| Slot)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        OPEN.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The handler: Stripe's JSON errors like the API's, else the stream.
pub async fn stream(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let started = Instant::now();
    let request_id = state.request_id().to_string();
    let mut response = match open(&state, &request) {
        Ok(response) => response,
        Err(error) => error_response(error, &request_id, request.headers()),
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache, no-store"));
    if let Ok(id) = HeaderValue::from_str(&request_id) {
        headers.insert(HeaderName::from_static("request-id"), id);
    }
    if state.log_requests {
        let who = auth::authenticate(request.headers()).map(|k| k.masked()).ok();
        eprintln!(
            "{} {} {} -> {} {} ({} µs to open)",
            request_id,
            request.method(),
            request.uri().path(),
            response.status().as_u16(),
            who.as_deref().unwrap_or("-"),
            started.elapsed().as_micros()
        );
    }
    response
}

fn open(state: &Arc<AppState>, request: &Request) -> Result<Response, ApiError> {
    if request.method() != Method::GET {
        return Err(ApiError::method_not_allowed(
            request.method().as_str(),
            request.uri().path(),
        ));
    }
    let key = auth::authenticate(request.headers())?;
    // It takes no parameters: anything given is unknown, as on every endpoint.
    let query = request.uri().query().unwrap_or_default();
    Params::parse(query.as_bytes(), &FormLimits::default())?.finish()?;
    let slot = Slot::claim().ok_or_else(|| ApiError::rate_limited().with_should_retry(true))?;
    let world = state.world(key.world_key()).map_err(|_| ApiError::api_error())?;
    let (sender, receiver) = mpsc::channel(4);
    tokio::spawn(feed(world, sender, slot));
    let mut response = Response::new(Body::new(Feed(receiver)));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(response)
}

/// The response body: whatever the feed task sends, as it comes.
struct Feed(mpsc::Receiver<Bytes>);

impl hyper::body::Body for Feed {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0
            .poll_recv(cx)
            .map(|chunk| chunk.map(|bytes| Ok(Frame::data(bytes))))
    }
}

/// Looks at the world every [`POLL`] and sends what changed, until the client goes away.
async fn feed(world: Arc<Mutex<World>>, sender: mpsc::Sender<Bytes>, _slot: Slot) {
    let mut watch = Watch::default();
    let mut ticks = tokio::time::interval(POLL);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut quiet = Duration::ZERO;
    loop {
        ticks.tick().await;
        // The guard lives for this statement only: never across the sends below.
        let mut chunk = watch.poll(&world.lock());
        if chunk.is_empty() {
            quiet += POLL;
            if quiet < KEEP_ALIVE {
                if sender.is_closed() {
                    break;
                }
                continue;
            }
            chunk = b": keep-alive\n\n".to_vec();
        }
        quiet = Duration::ZERO;
        if sender.send(Bytes::from(chunk)).await.is_err() {
            break;
        }
    }
}

/// What a stream has told its client so far.
#[derive(Default)]
struct Watch {
    /// The world's (now, objects, accounts) at the last look; `None` before the first.
    version: Option<(Timestamp, usize, usize)>,
    /// How many of the world's events the client has been given (or told it skipped), and
    /// the last of them, to notice the world being replaced under the stream.
    sent: usize,
    last: Option<Event>,
}

#[derive(Serialize)]
struct Summary {
    now: Timestamp,
    next_payout_run: Timestamp,
    events: usize,
    objects: usize,
    accounts: usize,
}

#[derive(Serialize)]
struct Skipped {
    count: usize,
}

impl Watch {
    /// The messages for what changed since the last look (empty when nothing did).
    fn poll(&mut self, world: &World) -> Vec<u8> {
        let ledger = &world.ledger;
        let version = (ledger.now(), ledger.object_count(), ledger.account_count());
        if self.version == Some(version) {
            return Vec::new();
        }
        let count = ledger.count(Kind::Event);
        let mut out = Vec::new();
        let summary = json(&Summary {
            now: ledger.now(),
            next_payout_run: ledger.next_payout_run(),
            events: count,
            objects: ledger.object_count(),
            accounts: ledger.account_count() - 1,
        });
        let replaced = match self.version {
            None => {
                message(&mut out, "hello", None, &summary);
                true
            }
            Some((now, ..)) => {
                let gone = count < self.sent
                    || ledger.now() < now
                    || self.sent.checked_sub(1).map(|i| ledger.event(event_id(i))) != self.last.as_ref();
                if gone {
                    message(&mut out, "reset", None, b"{}");
                }
                gone
            }
        };
        let cap = if replaced {
            self.sent = count.saturating_sub(BACKLOG);
            BACKLOG
        } else {
            PER_POLL
        };
        if count - self.sent > cap {
            message(
                &mut out,
                "skipped",
                None,
                &json(&Skipped {
                    count: count - self.sent - cap,
                }),
            );
            self.sent = count - cap;
        }
        for i in self.sent..count {
            let id = event_id(i);
            let body = View::new(ledger, Obj::Event(id), &NONE).to_json();
            message(
                &mut out,
                "stripe_event",
                Some(ledger.id_of(Obj::Event(id)).as_str()),
                &body,
            );
        }
        self.sent = count;
        self.last = count.checked_sub(1).map(|i| ledger.event(event_id(i)).clone());
        if self.version.is_some() {
            message(&mut out, "changed", None, &summary);
        }
        self.version = Some(version);
        out
    }
}

/// The world's `i`th event: events are numbered in the order they happened, which is what
/// their ids encode (the ledger lists them per account only).
fn event_id(i: usize) -> EventId {
    EventId(i as u32)
}

/// Appends one server-sent event. `data` is compact JSON, so it is one line.
fn message(out: &mut Vec<u8>, event: &str, id: Option<&str>, data: &[u8]) {
    if let Some(id) = id {
        out.extend_from_slice(b"id: ");
        out.extend_from_slice(id.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(b"event: ");
    out.extend_from_slice(event.as_bytes());
    out.extend_from_slice(b"\ndata: ");
    out.extend_from_slice(data);
    out.extend_from_slice(b"\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::Fixtures;
    use crate::ledger::{AccountId, ChargeParams, Input};
    use crate::server::state::AppState;

    fn names(chunk: &[u8]) -> Vec<String> {
        String::from_utf8_lossy(chunk)
            .lines()
            .filter_map(|l| l.strip_prefix("event: ").map(str::to_owned))
            .collect()
    }

    /// A first look says hello with the backlog; nothing new, nothing sent; a new event is
    /// sent with `changed`; a reset world is noticed.
    #[test]
    fn polls_send_what_changed() {
        let state = AppState::new(Fixtures::builtin());
        let mut world = state.new_world("stream", 1_800_000_000).unwrap();
        let mut watch = Watch::default();
        let first = names(&watch.poll(&world));
        assert_eq!(first[0], "hello");
        let backlog = world.ledger.count(Kind::Event).min(BACKLOG);
        assert_eq!(first.iter().filter(|n| *n == "stripe_event").count(), backlog);
        assert!(watch.poll(&world).is_empty());

        world
            .ledger
            .create_charge(
                AccountId::PLATFORM,
                ChargeParams {
                    amount: Input::Given(1000),
                    currency: Some("usd".into()),
                    source: Some("tok_visa".into()),
                    ..ChargeParams::default()
                },
            )
            .unwrap();
        let next = names(&watch.poll(&world));
        assert_eq!(next.last().map(String::as_str), Some("changed"));
        assert!(next.iter().any(|n| n == "stripe_event"), "{next:?}");

        let fresh = state.new_world("stream", 1_800_000_000).unwrap();
        let after_reset = names(&watch.poll(&fresh));
        assert_eq!(after_reset[0], "reset", "{after_reset:?}");
    }
}
