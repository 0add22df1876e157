//! Everything the server shares between requests: the worlds by API key, the clock, and
//! (with `--state`) the journal.
//!
//! Each distinct key (`sk_test_X`, and `rk_test_X` read-only on the same world) owns one
//! [`World`] behind its own mutex, created from the fixtures on first use (debit-rules §1).
//! A request holds its world's lock for one synchronous apply and render, never across an
//! `.await`, so requests to different worlds never wait on each other.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use parking_lot::{Mutex, RwLock};

use super::clock::{Clock, SystemClock, Timeouts};
use super::dispatch::{self, Dispatcher, Forward, Host};
use super::faults::RateLimit;
use super::persist::{self, Journal, PersistError, Produced, Record};
use super::webhooks::Forwarding;
use super::world::{RequestId, World};
use crate::fixtures::{FixtureError, Fixtures};
use crate::ledger::codec::{ImageError, Reader, Writer};
use crate::ledger::{EventId, Timestamp};

/// Everything the server shares between requests.
pub struct AppState {
    pub fixtures: Fixtures,
    worlds: RwLock<HashMap<Box<str>, Arc<Mutex<World>>>>,
    /// Where time comes from: the machine's clock, or a test's.
    pub clock: Arc<dyn Clock>,
    request_counter: AtomicU64,
    /// Makes request ids differ between server runs (a simulation fixes it, so that a run is
    /// the same every time).
    pub request_salt: u64,
    pub log_requests: bool,
    /// Requests per second allowed per key (`--rate-limit`); unlimited if `None`.
    pub rate_limit: Option<u32>,
    /// The journal, with `--state`.
    pub journal: Option<Journal>,
    /// How long it waits on slow clients.
    pub timeouts: Timeouts,
    /// `--start-time`: every world's clock starts here and stands still until advanced,
    /// instead of following the wall clock.
    pub start_time: Option<Timestamp>,
    /// Events as they are committed live, for whoever listens (never those of a replay).
    news: tokio::sync::broadcast::Sender<News>,
    /// The webhook sender, with `--forward-to` and its other settings.
    pub webhooks: Dispatcher,
    /// Becomes `true` when the server begins to shut down, so that responses that would
    /// otherwise never end (the dashboard's live feeds) end and let it stop at once.
    shutdown: tokio::sync::watch::Sender<bool>,
    /// The dashboard's live feeds open now (each bounded, and counted against its limit).
    pub feeds: AtomicUsize,
    /// The live feeds open now, by world: one world may hold only its share.
    pub feeds_by_world: parking_lot::Mutex<HashMap<Box<str>, usize>>,
    /// Where clients reach this server (`http://HOST:PORT`), for the links it hands out.
    pub public_url: std::sync::OnceLock<String>,
}

/// What just happened live in a world: an event committed, or (`event: None`) a change that
/// caused none — its clock moved, it was reset, a webhook delivery was attempted.
#[derive(Clone, Debug)]
pub struct News {
    pub world: Arc<str>,
    pub event: Option<EventId>,
}

/// How many announced events a slow listener may fall behind before it misses some.
const NEWS_BACKLOG: usize = 4096;

impl AppState {
    pub fn new(fixtures: Fixtures) -> AppState {
        AppState::with_clock(fixtures, Arc::new(SystemClock::new()))
    }

    /// A server state that reads time from `clock`.
    pub fn with_clock(fixtures: Fixtures, clock: Arc<dyn Clock>) -> AppState {
        let salt = (clock.wall() as u64) ^ (u64::from(std::process::id()) << 32) ^ clock.monotonic().as_nanos() as u64;
        AppState {
            fixtures,
            worlds: RwLock::new(HashMap::new()),
            clock,
            request_counter: AtomicU64::new(0),
            request_salt: salt,
            log_requests: false,
            rate_limit: None,
            journal: None,
            timeouts: Timeouts::default(),
            start_time: None,
            news: tokio::sync::broadcast::channel(NEWS_BACKLOG).0,
            webhooks: Dispatcher::default(),
            shutdown: tokio::sync::watch::channel(false).0,
            feeds: AtomicUsize::new(0),
            feeds_by_world: parking_lot::Mutex::new(HashMap::new()),
            public_url: std::sync::OnceLock::new(),
        }
    }

    /// Announces what a world did live: the events it committed, or, when it committed none
    /// but `changed` anyway, that it changed.
    pub fn publish(&self, world_key: &str, events: &[EventId], changed: bool) {
        if (events.is_empty() && !changed) || self.news.receiver_count() == 0 {
            return;
        }
        let world: Arc<str> = world_key.into();
        if events.is_empty() {
            let _ = self.news.send(News { world, event: None });
            return;
        }
        for event in events {
            let _ = self.news.send(News {
                world: world.clone(),
                event: Some(*event),
            });
        }
    }

    /// Everything that happens live from now on: every event committed, and every change
    /// that caused none.
    pub fn subscribe(&self) -> tokio::sync::broadcast::Receiver<News> {
        self.news.subscribe()
    }

    /// Tells whoever waits on [`AppState::shutting_down`] that the server is stopping.
    pub fn begin_shutdown(&self) {
        self.shutdown.send_replace(true);
    }

    /// Resolves once the server begins to shut down (at once if it has).
    pub async fn shutting_down(&self) {
        let mut shutdown = self.shutdown.subscribe();
        // The sender lives as long as `self`, so this ends only by the flag being set.
        let _ = shutdown.wait_for(|stopping| *stopping).await;
    }

    /// The time worlds follow: the wall clock, or with `--start-time` that moment, always.
    pub fn wall(&self) -> Timestamp {
        self.start_time.unwrap_or_else(|| self.clock.wall())
    }

    /// Where this server forwards every world's events.
    fn forwarding(&self) -> Forwarding {
        Forward::forwarding(self.webhooks.forward.as_ref())
    }

    fn new_rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit.map(|rate| RateLimit::new(rate, self.clock.monotonic()))
    }

    /// The world of `world_key` (the part of the API key after `sk_test_`), created from the
    /// fixtures on first use.
    pub fn world(&self, world_key: &str) -> Result<Arc<Mutex<World>>, FixtureError> {
        if let Some(world) = self.worlds.read().get(world_key) {
            return Ok(world.clone());
        }
        let mut worlds = self.worlds.write();
        if let Some(world) = worlds.get(world_key) {
            return Ok(world.clone());
        }
        let created = self.wall();
        let world = self.new_world(world_key, created)?;
        if let Some(journal) = &self.journal {
            // Written before any call of the world, which the call's own record waits for.
            journal.append_quietly(&Record::World {
                key: world_key.to_owned(),
                created,
                fixtures: self.fixtures.hash(),
                produced: creation(&world),
            });
        }
        let world = Arc::new(Mutex::new(world));
        worlds.insert(world_key.into(), world.clone());
        Ok(world)
    }

    /// The world of `world_key` if it exists (replay uses this: it never creates one
    /// outside a journal record).
    pub fn existing_world(&self, world_key: &str) -> Option<Arc<Mutex<World>>> {
        self.worlds.read().get(world_key).cloned()
    }

    /// A fresh world for `world_key` at time `now`, as on first use (and after `/_sim/reset`).
    pub fn new_world(&self, world_key: &str, now: Timestamp) -> Result<World, FixtureError> {
        let ledger = self.fixtures.build(world_seed(world_key), now)?;
        let mut world = World::new(ledger, self.new_rate_limit());
        world.webhooks.set_forwarding(self.forwarding());
        Ok(world)
    }

    /// Creates `world_key`'s world as a journal record says it was created, unless it exists;
    /// what the creation produced, if it happened.
    pub fn replay_creation(&self, world_key: &str, created: Timestamp) -> Result<Option<Produced>, FixtureError> {
        let mut worlds = self.worlds.write();
        if worlds.contains_key(world_key) {
            return Ok(None);
        }
        let world = self.new_world(world_key, created)?;
        let produced = creation(&world);
        worlds.insert(world_key.into(), Arc::new(Mutex::new(world)));
        Ok(Some(produced))
    }

    /// Puts a world read from its image in place.
    pub fn restore_world(&self, key: &str, image: &[u8]) -> Result<(), ImageError> {
        let mut r = Reader::new(image);
        let mut world = World::read_image(&mut r, self.new_rate_limit())?;
        r.finish()?;
        world.webhooks.set_forwarding(self.forwarding());
        self.worlds.write().insert(key.into(), Arc::new(Mutex::new(world)));
        Ok(())
    }

    /// Every key with a world, sorted.
    pub fn world_keys(&self) -> Vec<Box<str>> {
        let mut keys: Vec<Box<str>> = self.worlds.read().keys().cloned().collect();
        keys.sort();
        keys
    }

    /// Each world's image, each taken under its own lock in turn, sorted by key.
    pub fn world_images(&self) -> Vec<(String, Vec<u8>)> {
        let mut worlds: Vec<(Box<str>, Arc<Mutex<World>>)> =
            self.worlds.read().iter().map(|(k, w)| (k.clone(), w.clone())).collect();
        worlds.sort_by(|a, b| a.0.cmp(&b.0));
        worlds
            .into_iter()
            .map(|(key, world)| {
                let mut w = Writer::new();
                world.lock().write_image(&mut w);
                (key.into_string(), w.into_bytes())
            })
            .collect()
    }

    /// Writes a snapshot and drops the journal it covers (with `--state`).
    pub fn snapshot(&self) -> Result<(), PersistError> {
        match &self.journal {
            None => Ok(()),
            Some(journal) => journal.snapshot(self.fixtures.hash(), || self.world_images()),
        }
    }

    /// Resolves if the journal stops on a failed write: the server must then stop, since it
    /// can no longer keep what it acknowledges.
    pub async fn failed(&self) -> PersistError {
        match &self.journal {
            None => std::future::pending().await,
            Some(journal) => loop {
                if let Some(why) = journal.failure() {
                    return PersistError::Stopped { why };
                }
                journal.failed.notified().await;
            },
        }
    }

    /// A fresh request id.
    pub fn request_id(&self) -> RequestId {
        let n = self.request_counter.fetch_add(1, Ordering::Relaxed);
        let mut state = n ^ self.request_salt;
        // 14 base-62 digits need more than 64 bits.
        let high = crate::ledger::data::ids::splitmix64(&mut state);
        RequestId((u128::from(high) << 64) | u128::from(crate::ledger::data::ids::splitmix64(&mut state)))
    }
}

/// The sender's handle on the server: the worlds, news, journal and clocks it needs.
impl Host for AppState {
    fn sender(&self) -> &Dispatcher {
        &self.webhooks
    }

    fn existing_world(&self, key: &str) -> Option<Arc<Mutex<World>>> {
        AppState::existing_world(self, key)
    }

    fn world_keys(&self) -> Vec<Box<str>> {
        AppState::world_keys(self)
    }

    fn publish(&self, key: &str, events: &[EventId], changed: bool) {
        AppState::publish(self, key, events, changed);
    }

    fn journal(&self) -> Option<&Journal> {
        self.journal.as_ref()
    }

    fn wall(&self) -> Timestamp {
        AppState::wall(self)
    }

    fn signing_time(&self) -> Timestamp {
        self.clock.wall()
    }
}

impl AppState {
    /// Hands on what a world just committed live: its events to whoever listens, and what
    /// it owes by now to the webhook sender. Called with the world locked, after every live
    /// change.
    pub fn announce(self: &Arc<Self>, world_key: &str, world: &mut World) {
        dispatch::announce(self, world_key, world);
    }

    /// Lets every world with somewhere to deliver catch up with the wall clock and sends
    /// what it owes by now (the server calls this every second).
    pub fn tick(self: &Arc<Self>) {
        dispatch::tick(self);
    }
}

/// What creating `world` produced, as its journal record keeps it: its version and a
/// checksum of its image (so a build that makes another world from the same fixtures is told
/// apart).
fn creation(world: &World) -> Produced {
    let mut w = Writer::new();
    world.write_image(&mut w);
    Produced {
        version: world.ledger().version(),
        digest: persist::digest(&w.into_bytes()),
    }
}

/// The seed of a key's world: FNV-1a of the key, so a key's ids are the same every time its
/// world is created (after a restart, or `/_sim/reset`).
pub fn world_seed(world_key: &str) -> u64 {
    crate::ledger::data::ids::fnv1a(world_key.bytes())
}
