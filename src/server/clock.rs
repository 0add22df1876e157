//! Where the server's time comes from, injected so that tests run on simulated time.
//!
//! Worlds follow [`Clock::wall`] (unless `--start-time` pins them), rate limits follow
//! [`Clock::monotonic`]. The server reads time nowhere else, except to log how long a request
//! took and to bound how long it waits on a client.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::ledger::Timestamp;

/// How long a client may take to send its request head before the connection is closed, so
/// a slow or stalled client holds nothing but its own connection.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a request body may take to arrive once its head has.
pub const BODY_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// While an oversized body is drained, how long to wait for more of it before answering.
pub const DRAIN_IDLE: Duration = Duration::from_secs(1);

/// How long shutdown waits for requests in flight.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// How long the server waits on slow clients and on itself (the server state's `timeouts`):
/// the defaults are for real clients; a test of what happens when a client stalls sets shorter
/// ones instead of waiting out these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// How long a client may take to send its request head ([`HEADER_READ_TIMEOUT`]).
    pub header_read: Duration,
    /// How long a request body may take to arrive once its head has
    /// ([`BODY_READ_TIMEOUT`]).
    pub body_read: Duration,
    /// While an oversized body is drained, how long to wait for more of it before answering
    /// ([`DRAIN_IDLE`]).
    pub drain_idle: Duration,
    /// How long shutdown waits for requests in flight ([`SHUTDOWN_GRACE`]).
    pub shutdown_grace: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            header_read: HEADER_READ_TIMEOUT,
            body_read: BODY_READ_TIMEOUT,
            drain_idle: DRAIN_IDLE,
            shutdown_grace: SHUTDOWN_GRACE,
        }
    }
}

pub trait Clock: Send + Sync + 'static {
    /// Seconds since the Unix epoch.
    fn wall(&self) -> Timestamp;
    /// Time since the clock started, never going back.
    fn monotonic(&self) -> Duration;
}

/// The machine's clocks.
pub struct SystemClock {
    started: Instant,
}

impl SystemClock {
    pub fn new() -> SystemClock {
        SystemClock {
            started: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> SystemClock {
        SystemClock::new()
    }
}

impl Clock for SystemClock {
    fn wall(&self) -> Timestamp {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as Timestamp)
    }

    fn monotonic(&self) -> Duration {
        self.started.elapsed()
    }
}

/// A clock that moves only when told to: for tests that must not depend on when they run.
pub struct ManualClock {
    wall: AtomicI64,
    nanos: AtomicU64,
}

impl ManualClock {
    pub fn new(wall: Timestamp) -> ManualClock {
        ManualClock {
            wall: AtomicI64::new(wall),
            nanos: AtomicU64::new(0),
        }
    }

    /// Moves both readings forward by `by`.
    pub fn advance(&self, by: Duration) {
        let total = self.nanos.fetch_add(by.as_nanos() as u64, Ordering::SeqCst) + by.as_nanos() as u64;
        let before = (total - by.as_nanos() as u64) / 1_000_000_000;
        self.wall
            .fetch_add((total / 1_000_000_000 - before) as i64, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn wall(&self) -> Timestamp {
        self.wall.load(Ordering::SeqCst)
    }

    fn monotonic(&self) -> Duration {
        Duration::from_nanos(self.nanos.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(1_000);
        assert_eq!((clock.wall(), clock.monotonic()), (1_000, Duration::ZERO));
        clock.advance(Duration::from_millis(1_500));
        assert_eq!((clock.wall(), clock.monotonic()), (1_001, Duration::from_millis(1_500)));
        clock.advance(Duration::from_millis(600));
        assert_eq!(clock.wall(), 1_002);
    }
}
