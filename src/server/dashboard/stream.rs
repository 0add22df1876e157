//! `GET /_sim/stream`: the dashboard's live feed of the key's world, as server-sent events
//! on one streaming response. Browsers' `EventSource` cannot send an `Authorization`
//! header, so the page reads it with `fetch()` and a `ReadableStream`; curl works too.
//!
//! Messages, by their `event:` name:
//! - `hello`, once, first: `{now, next_payout_run, events, objects, accounts}`; then the
//!   world's last [`BACKLOG`] events.
//! - `stripe_event` (with `id: evt_…`): one event of the world, rendered as `/v1/events`
//!   renders it (a connected account's event names its `account`).
//! - `skipped`: `{count}` events came faster than the feed sends them one by one (at most
//!   [`PER_MESSAGE`] a message); the newest follow, and the page reloads what it shows.
//! - `changed`: the world changed (an event, the clock, a webhook delivery), with the
//!   `hello` fields; the page reloads its figures.
//! - `reset`: the world was replaced (`POST /_sim/reset`); the new world's backlog follows.
//!
//! A feed does not poll. It waits for the server's news of its world
//! ([`AppState::subscribe`], which the commit point feeds), then looks at the world once,
//! under its lock for a moment (never across an `.await`), and sends what is new. The world
//! is the truth and the news only says when to look, so a feed that falls behind the news
//! (a lagging receiver) loses nothing: its next look finds what it missed, sent as `skipped`
//! and the newest events. Looks are at least [`GAP`] apart, so a world taking thousands of
//! debits a second costs an open dashboard a few looks a second.
//!
//! A comment line every [`KEEP_ALIVE`] when nothing happens lets a closed connection be
//! noticed. A feed ends when its client goes away, or as soon as the server begins to shut
//! down (it would otherwise hold the shutdown for its whole grace period).

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::http::header::{self, HeaderValue};
use axum::response::Response;
use hyper::body::Frame;
use parking_lot::Mutex;
use serde::Serialize;
use tokio::sync::broadcast::error::{RecvError, TryRecvError};
use tokio::sync::{broadcast, mpsc};

use crate::ledger::{Event, EventId, Kind, Ledger, Obj, Timestamp};
use crate::server::auth;
use crate::server::error::ApiError;
use crate::server::expand::NONE;
use crate::server::form::{FormLimits, Params};
use crate::server::pipeline::error_response;
use crate::server::render::{View, json};
use crate::server::state::{AppState, News};
use crate::server::world::World;

/// How long a feed stays silent before a keep-alive comment.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Events sent when a feed opens (or its world is reset): enough to fill the page's list.
const BACKLOG: usize = 30;

/// The most events sent one by one per look: a world taking thousands of debits a second
/// must not have its lock held to render them all, nor the page flooded.
const PER_MESSAGE: usize = 20;

/// The least time between two looks at a world: news arriving sooner gathers and is seen
/// by one look.
const GAP: Duration = Duration::from_millis(100);

/// Open feeds per server, at most: each holds a connection and a task.
pub const MAX_FEEDS: usize = 64;

/// Open feeds per world (a key and its restricted twin), at most *(choice)*: a dashboard
/// needs one, a few tabs a few; so one world can never take every place and make another
/// key's feed wait.
pub const MAX_FEEDS_PER_WORLD: usize = 8;

/// One of the server's [`MAX_FEEDS`] places and of its world's [`MAX_FEEDS_PER_WORLD`],
/// given back when its feed ends.
struct Slot(Arc<AppState>, Box<str>);

impl Slot {
    fn claim(state: &Arc<AppState>, world: &str) -> Option<Slot> {
        // The world's share first, under its lock, so two feeds of one world cannot both
        // take its last place.
        let mut by_world = state.feeds_by_world.lock();
        let mine = by_world.get(world).copied().unwrap_or(0);
        if mine >= MAX_FEEDS_PER_WORLD {
            return None;
        }
        state
            .feeds
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < MAX_FEEDS).then_some(n + 1)
            })
            .ok()?;
        by_world.insert(world.into(), mine + 1);
        Some(Slot(state.clone(), world.into()))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut by_world = self.0.feeds_by_world.lock();
        match by_world.get(&self.1).copied() {
            Some(n) if n > 1 => {
                by_world.insert(self.1.clone(), n - 1);
            }
            _ => {
                by_world.remove(&self.1);
            }
        }
        self.0.feeds.fetch_sub(1, Ordering::AcqRel);
    }
}

/// The handler: Stripe's JSON errors like the API's, else the feed.
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
        headers.insert("request-id", id);
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
    let slot = Slot::claim(state, key.world_key()).ok_or_else(|| ApiError::rate_limited().with_should_retry(true))?;
    let world = state.world(key.world_key()).map_err(|_| ApiError::api_error())?;
    // Subscribed before the first look, so nothing that happens after it goes unnoticed.
    let news = state.subscribe();
    let (sender, receiver) = mpsc::channel(4);
    tokio::spawn(feed(key.world_key().into(), world, news, sender, slot));
    let mut response = Response::new(Body::new(Feed(receiver)));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    Ok(response)
}

/// The response body: whatever the feed task sends, as it comes; it ends when the task does.
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

/// Follows the world until the client goes away or the server begins to shut down.
async fn feed(
    world_key: Arc<str>,
    world: Arc<Mutex<World>>,
    mut news: broadcast::Receiver<News>,
    sender: mpsc::Sender<Bytes>,
    slot: Slot,
) {
    let state = slot.0.clone();
    tokio::select! {
        () = state.shutting_down() => {}
        () = sender.closed() => {}
        () = follow(&world_key, &world, &mut news, &sender) => {}
    }
}

/// Says hello, then looks at the world each time there is news of it, sending what is new.
/// Returns when the client stops listening or no more news can come.
async fn follow(
    world_key: &str,
    world: &Mutex<World>,
    news: &mut broadcast::Receiver<News>,
    sender: &mpsc::Sender<Bytes>,
) {
    let mut watch = Watch::default();
    // The guard lives for this statement only, here and at every look below: never across
    // an `.await`.
    let hello = watch.look(&world.lock());
    if sender.send(Bytes::from(hello)).await.is_err() {
        return;
    }
    let mut looked = tokio::time::Instant::now();
    loop {
        match tokio::time::timeout(KEEP_ALIVE, news_of(world_key, news)).await {
            Err(_quiet) => {
                if sender.send(Bytes::from_static(b": keep-alive\n\n")).await.is_err() {
                    return;
                }
                continue;
            }
            Ok(false) => return,
            Ok(true) => {}
        }
        tokio::time::sleep_until(looked + GAP).await;
        // Whatever news gathered meanwhile is seen by this one look.
        while !matches!(news.try_recv(), Err(TryRecvError::Empty | TryRecvError::Closed)) {}
        let chunk = watch.look(&world.lock());
        looked = tokio::time::Instant::now();
        if sender.send(Bytes::from(chunk)).await.is_err() {
            return;
        }
    }
}

/// Waits for news of the world `world_key`: `true` when there may be some, `false` when no
/// more can come.
async fn news_of(world_key: &str, news: &mut broadcast::Receiver<News>) -> bool {
    loop {
        match news.recv().await {
            Ok(item) if *item.world == *world_key => return true,
            Ok(_) => {}
            // Fell behind the server's news: some of what was missed may be this world's,
            // and the next look finds it in the world.
            Err(RecvError::Lagged(_)) => return true,
            Err(RecvError::Closed) => return false,
        }
    }
}

/// What a feed has told its client so far.
#[derive(Default)]
struct Watch {
    /// The life of the world (`World::generation`) the client was last shown; `None` before
    /// the first look.
    generation: Option<u64>,
    /// How many of that life's events the client has been given (or told it skipped).
    sent: usize,
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
    /// The messages for what is new since the last look: the first says hello; a world
    /// replaced since is announced as `reset`; either is followed by the world's latest
    /// events. Otherwise the events since, and `changed`.
    fn look(&mut self, world: &World) -> Vec<u8> {
        let ledger = world.ledger();
        let count = ledger.count(Kind::Event);
        let summary = json(&Summary {
            now: ledger.now(),
            next_payout_run: ledger.next_payout_run(),
            events: count,
            objects: ledger.object_count(),
            accounts: ledger.account_count() - 1,
        });
        let mut out = Vec::new();
        // A world's events only grow within one life, so fewer than were sent means another.
        let fresh = self.generation != Some(world.generation) || count < self.sent;
        let most = if fresh {
            match self.generation {
                None => message(&mut out, "hello", None, &summary),
                Some(_) => message(&mut out, "reset", None, b"{}"),
            }
            self.sent = count.saturating_sub(BACKLOG);
            BACKLOG
        } else {
            PER_MESSAGE
        };
        let new = count - self.sent;
        if new > most {
            message(&mut out, "skipped", None, &json(&Skipped { count: new - most }));
        }
        for id in latest_events(ledger, new.min(most)) {
            let body = View::event(ledger, world, id, &NONE).to_json();
            message(
                &mut out,
                "stripe_event",
                Some(ledger.id_of(Obj::Event(id)).as_str()),
                &body,
            );
        }
        self.generation = Some(world.generation);
        self.sent = count;
        if !fresh {
            message(&mut out, "changed", None, &summary);
        }
        out
    }
}

/// The world's last `n` events, oldest first.
fn latest_events(ledger: &Ledger, n: usize) -> Vec<EventId> {
    let mut latest: Vec<EventId> = ledger.all::<Event>().rev().take(n).collect();
    latest.reverse();
    latest
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

    /// The messages of a chunk: each one's name and data.
    fn messages(chunk: &[u8]) -> Vec<(String, serde_json::Value)> {
        let text = String::from_utf8_lossy(chunk);
        let mut out = Vec::new();
        let mut name = String::new();
        for line in text.lines() {
            if let Some(n) = line.strip_prefix("event: ") {
                name = n.to_owned();
            } else if let Some(data) = line.strip_prefix("data: ") {
                out.push((name.clone(), serde_json::from_str(data).unwrap()));
            }
        }
        out
    }

    fn names(chunk: &[u8]) -> Vec<String> {
        messages(chunk).into_iter().map(|(name, _)| name).collect()
    }

    /// A card charge on `world`, through its commit point as time would make it.
    fn charge(world: &mut World) {
        let params = ChargeParams {
            amount: Input::Given(1000),
            currency: Some("usd".into()),
            source: Some("tok_visa".into()),
            ..ChargeParams::default()
        };
        let cause = crate::server::world::Cause::Clock;
        let mode = crate::server::world::Mode::Live;
        world
            .apply(cause, mode, |ledger| ledger.create_charge(AccountId::PLATFORM, params))
            .unwrap();
    }

    /// The next chunk the feed sends, within a second.
    async fn next_chunk(chunks: &mut mpsc::Receiver<Bytes>) -> Vec<u8> {
        let chunk = tokio::time::timeout(Duration::from_secs(1), chunks.recv()).await;
        chunk
            .expect("the feed sends within a second")
            .expect("the feed is open")
            .to_vec()
    }

    /// A change to the world `key` made live: committed and announced, as the pipeline does.
    fn live_charge(state: &Arc<AppState>, key: &str) {
        let world = state.world(key).unwrap();
        let mut world = world.lock();
        charge(&mut world);
        state.announce(key, &mut world);
    }

    /// A feed wakes for news of its own world only, and sends that world's new events; when
    /// it falls behind the server's news it still finds what it missed in the world.
    #[tokio::test]
    async fn a_feed_follows_its_worlds_news() {
        let state = Arc::new(AppState::new(Fixtures::builtin()));
        let world = state.world("mine").unwrap();
        let mut news = state.subscribe();
        let (sender, mut chunks) = mpsc::channel(4);
        let followed = world.clone();
        tokio::spawn(async move { follow("mine", &followed, &mut news, &sender).await });
        assert_eq!(names(&next_chunk(&mut chunks).await)[0], "hello");

        live_charge(&state, "other");
        let quiet = tokio::time::timeout(GAP * 3, chunks.recv()).await;
        assert!(quiet.is_err(), "another world's news woke the feed");

        live_charge(&state, "mine");
        let sent = messages(&next_chunk(&mut chunks).await);
        assert!(
            sent.iter()
                .any(|m| m.0 == "stripe_event" && m.1["type"] == "charge.succeeded"),
            "{sent:?}"
        );
        assert_eq!(sent.last().unwrap().0, "changed");

        // The feed's task waits here, so its receiver falls behind: more news than the
        // server keeps, none of it this world's, while this world took a charge unannounced.
        charge(&mut world.lock());
        for _ in 0..5_000 {
            state.publish("other", &[], true);
        }
        let caught_up = messages(&next_chunk(&mut chunks).await);
        assert!(
            caught_up
                .iter()
                .any(|m| m.0 == "stripe_event" && m.1["type"] == "charge.succeeded"),
            "{caught_up:?}"
        );
    }

    /// The first look says hello with the latest events; later looks send the events since
    /// (each rendered as `/v1/events` renders it) and `changed`; more than a message holds
    /// are counted as skipped and the newest sent; a reset world is announced with its own
    /// latest events.
    #[test]
    fn looks_send_what_is_new() {
        let state = AppState::new(Fixtures::builtin());
        let mut world = state.new_world("stream", 1_800_000_000).unwrap();
        let mut watch = Watch::default();
        let count = world.ledger().count(Kind::Event);
        let first = messages(&watch.look(&world));
        assert_eq!(first[0].0, "hello");
        assert_eq!(first[0].1["events"], count);
        let backlog: Vec<&serde_json::Value> = first.iter().filter(|m| m.0 == "stripe_event").map(|m| &m.1).collect();
        assert_eq!(backlog.len(), count.min(BACKLOG));
        let newest = world
            .ledger()
            .id_of(Obj::Event(latest_events(world.ledger(), 1)[0]))
            .to_string();
        assert_eq!(backlog.last().unwrap()["id"], newest.as_str());
        assert_eq!(names(&watch.look(&world)), ["changed"], "nothing new: only the summary");

        charge(&mut world);
        let next = messages(&watch.look(&world));
        let sent: Vec<&str> = next
            .iter()
            .filter(|m| m.0 == "stripe_event")
            .map(|m| m.1["type"].as_str().unwrap())
            .collect();
        assert_eq!(sent.len(), world.ledger().count(Kind::Event) - count);
        assert!(sent.contains(&"charge.succeeded"), "{sent:?}");
        assert_eq!(next.last().unwrap().0, "changed");
        for (_, event) in next.iter().filter(|m| m.0 == "stripe_event") {
            // As `/v1/events` renders it, with what the server knows of its deliveries.
            assert_eq!(
                (event["object"].as_str(), event["pending_webhooks"].as_u64()),
                (Some("event"), Some(0))
            );
        }

        let before = world.ledger().count(Kind::Event);
        for _ in 0..PER_MESSAGE + 5 {
            charge(&mut world);
        }
        let burst = messages(&watch.look(&world));
        let new = world.ledger().count(Kind::Event) - before;
        assert_eq!(burst[0].0, "skipped");
        assert_eq!(burst[0].1["count"], new - PER_MESSAGE);
        assert_eq!(burst.iter().filter(|m| m.0 == "stripe_event").count(), PER_MESSAGE);

        let mut fresh = state.new_world("stream", 1_800_000_000).unwrap();
        fresh.generation = world.generation + 1;
        let after_reset = names(&watch.look(&fresh));
        assert_eq!(after_reset[0], "reset", "{after_reset:?}");
        assert_eq!(
            after_reset.iter().filter(|n| *n == "stripe_event").count(),
            count.min(BACKLOG)
        );
        assert!(!after_reset.contains(&"changed".to_owned()));
    }
}
