//! Worlds by API key, and the simulated clock of each.
//!
//! Each distinct key (`sk_test_X`, and `rk_test_X` read-only on the same world) owns one
//! [`World`] behind its own mutex, created from the fixtures on first use (debit-rules §1).
//! A request holds its world's lock for one synchronous apply and render, never across an
//! `.await`, so requests to different worlds never wait on each other.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use parking_lot::{Mutex, RwLock};

use super::faults::{Faults, RateLimit};
use super::idempotency::Idempotency;
use super::persist::{Journal, Record, WorldImage};
use crate::fixtures::{FixtureError, Fixtures};
use crate::ledger::{Ledger, Timestamp};

/// One key's world: its ledger, where its clock stands relative to the wall clock, and its
/// idempotency records.
pub struct World {
    pub ledger: Ledger,
    /// Seconds `/_sim/clock/advance` has added on top of the wall clock.
    pub clock_offset: i64,
    pub idempotency: Idempotency,
    /// Faults armed through `/_sim/faults`.
    pub faults: Faults,
    /// The key's request budget, with `--rate-limit`.
    pub rate_limit: Option<RateLimit>,
    /// How many journal records this world has written (with `--state`).
    pub seq: u64,
}

impl World {
    /// The world's time now: the wall clock plus what it has been advanced, never earlier than
    /// the ledger's clock.
    pub fn now(&self, wall: Timestamp) -> Timestamp {
        wall.saturating_add(self.clock_offset).max(self.ledger.now())
    }

    /// Lets simulated time catch up with the wall clock (funds maturing, payouts arriving).
    pub fn catch_up(&mut self, wall: Timestamp) {
        let now = self.now(wall);
        if now > self.ledger.now() {
            self.ledger.advance_clock(now);
        }
    }
}

/// Where the current time comes from: the system clock, or a fixed function in tests.
pub type WallClock = fn() -> Timestamp;

pub fn system_time() -> Timestamp {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as Timestamp)
}

/// Everything the server shares between requests.
pub struct AppState {
    pub fixtures: Fixtures,
    worlds: RwLock<HashMap<Box<str>, Arc<Mutex<World>>>>,
    pub wall_clock: WallClock,
    request_counter: AtomicU64,
    /// Makes request ids differ between server runs.
    request_salt: u64,
    pub log_requests: bool,
    /// Requests per second allowed per key (`--rate-limit`); unlimited if `None`.
    pub rate_limit: Option<u32>,
    /// The journal, with `--state`.
    pub journal: Option<Journal>,
    /// `--start-time`: every world's clock starts here and stands still until advanced,
    /// instead of following the wall clock.
    pub start_time: Option<Timestamp>,
}

impl AppState {
    pub fn new(fixtures: Fixtures) -> AppState {
        AppState {
            fixtures,
            worlds: RwLock::new(HashMap::new()),
            wall_clock: system_time,
            request_counter: AtomicU64::new(0),
            request_salt: system_time() as u64 ^ u64::from(std::process::id()) << 32,
            log_requests: false,
            rate_limit: None,
            journal: None,
            start_time: None,
        }
    }

    /// The time worlds follow: the wall clock, or with `--start-time` that moment, always.
    pub fn wall(&self) -> Timestamp {
        self.start_time.unwrap_or_else(|| (self.wall_clock)())
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
        let world = Arc::new(Mutex::new(self.new_world(world_key, created)?));
        if let Some(journal) = &self.journal {
            let record = Record::World {
                key: world_key.to_owned(),
                created,
                fixtures: self.fixtures.hash(),
            };
            if let Err(e) = journal.append(&record) {
                journal_failed(&e);
            }
        }
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
        Ok(World {
            ledger: self.fixtures.build(world_seed(world_key), now)?,
            clock_offset: 0,
            idempotency: Idempotency::default(),
            faults: Faults::default(),
            rate_limit: self.rate_limit.map(RateLimit::new),
            seq: 0,
        })
    }

    /// Puts a restored world in place.
    pub fn restore_world(&self, image: WorldImage) {
        let world = World {
            ledger: image.ledger,
            clock_offset: image.clock_offset,
            idempotency: image.idempotency,
            faults: Faults::default(),
            rate_limit: self.rate_limit.map(RateLimit::new),
            seq: image.seq,
        };
        self.worlds
            .write()
            .insert(image.key.into(), Arc::new(Mutex::new(world)));
    }

    /// Creates `world_key`'s world as a journal record says it was created, unless it exists.
    pub fn replay_creation(&self, world_key: &str, created: Timestamp) -> Result<(), FixtureError> {
        let mut worlds = self.worlds.write();
        if !worlds.contains_key(world_key) {
            let world = self.new_world(world_key, created)?;
            worlds.insert(world_key.into(), Arc::new(Mutex::new(world)));
        }
        Ok(())
    }

    /// Each world serialized for a snapshot, each under its own lock in turn.
    pub fn world_images(&self) -> Vec<Vec<u8>> {
        let worlds: Vec<(Box<str>, Arc<Mutex<World>>)> =
            self.worlds.read().iter().map(|(k, w)| (k.clone(), w.clone())).collect();
        worlds
            .into_iter()
            .filter_map(|(key, world)| {
                let world = world.lock();
                super::persist::image(&key, &world).ok()
            })
            .collect()
    }

    /// Writes a snapshot and drops the journal it covers (with `--state`).
    pub fn snapshot(&self) -> std::io::Result<()> {
        match &self.journal {
            None => Ok(()),
            Some(journal) => journal.snapshot(self.fixtures.hash(), || self.world_images()),
        }
    }

    /// A fresh request id, `req_` and 14 base-62 digits.
    pub fn request_id(&self) -> String {
        let n = self.request_counter.fetch_add(1, Ordering::Relaxed);
        let mut state = n ^ self.request_salt;
        // 14 base-62 digits need more than 64 bits.
        let high = crate::ledger::ids::splitmix64(&mut state);
        let value = (u128::from(high) << 64) | u128::from(crate::ledger::ids::splitmix64(&mut state));
        let mut digits = [0u8; 14];
        crate::ledger::ids::write_base62(value, &mut digits);
        let mut id = String::with_capacity(18);
        id.push_str("req_");
        id.push_str(std::str::from_utf8(&digits).unwrap_or_default());
        id
    }
}

/// The seed of a key's world: FNV-1a of the key, so a key's ids are the same every time its
/// world is created (after a restart, or `/_sim/reset`).
pub fn world_seed(world_key: &str) -> u64 {
    crate::ledger::ids::fnv1a(world_key.bytes())
}

/// A journal write failed: the request cannot be acknowledged, and going on would let the
/// worlds on disk and in memory drift apart. Stop, so a restart recovers what was written.
pub fn journal_failed(error: &std::io::Error) -> ! {
    eprintln!(
        "debitsim: cannot write the --state journal ({error}); stopping so that no unrecorded write is acknowledged"
    );
    std::process::exit(74)
}
