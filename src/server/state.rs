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
        }
    }

    pub fn wall(&self) -> Timestamp {
        (self.wall_clock)()
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
        let world = Arc::new(Mutex::new(self.new_world(world_key)?));
        worlds.insert(world_key.into(), world.clone());
        Ok(world)
    }

    /// A fresh world for `world_key`, as on first use (and after `/_sim/reset`).
    pub fn new_world(&self, world_key: &str) -> Result<World, FixtureError> {
        Ok(World {
            ledger: self.fixtures.build(world_seed(world_key), self.wall())?,
            clock_offset: 0,
            idempotency: Idempotency::default(),
            faults: Faults::default(),
            rate_limit: self.rate_limit.map(RateLimit::new),
        })
    }

    /// How many worlds exist (for the benchmark's memory figures).
    pub fn world_count(&self) -> usize {
        self.worlds.read().len()
    }

    /// A fresh request id, `req_` and 14 base-62 digits.
    pub fn request_id(&self) -> String {
        let n = self.request_counter.fetch_add(1, Ordering::Relaxed);
        let mut state = n ^ self.request_salt;
        // 14 base-62 digits need more than 64 bits.
        let high = crate::ledger::ids::splitmix64(&mut state);
        let mut value = (u128::from(high) << 64) | u128::from(crate::ledger::ids::splitmix64(&mut state));
        let mut id = String::with_capacity(18);
        id.push_str("req_");
        for _ in 0..14 {
            id.push(char::from(BASE62[(value % 62) as usize]));
            value /= 62;
        }
        id
    }
}

const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The seed of a key's world: FNV-1a of the key, so a key's ids are the same every time its
/// world is created (after a restart, or `/_sim/reset`).
pub fn world_seed(world_key: &str) -> u64 {
    world_key.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
