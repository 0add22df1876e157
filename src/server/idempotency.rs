//! Idempotency keys, with Stripe's semantics (debit-rules §9).
//!
//! The first request with a key stores its status and body once the endpoint starts
//! executing; a retry with the same parameters gets that response again, with
//! `Idempotent-Replayed: true`; the same key with other parameters is a 400
//! `idempotency_error`; a retry while the first is still running is a 409. Requests refused
//! before execution (authentication, unknown or malformed parameters) store nothing.
//!
//! Bookkeeping is bounded: a key expires 24 hours of simulated time after its answer was
//! kept (a call that moves the clock, a test clock's advance, does not outlive its own key),
//! and a world keeps at most [`MAX_KEYS`] keys, forgetting the oldest first.

use std::collections::{HashMap, VecDeque};

use crate::ledger::Timestamp;
use crate::ledger::codec::{Image, ImageError, List, Reader, Writer};

/// How long a key is remembered, in simulated seconds (Stripe prunes keys after 24 hours).
pub const RETENTION: Timestamp = 24 * 60 * 60;

/// The most keys one world remembers at once.
pub const MAX_KEYS: usize = 100_000;

/// What the request's parameters were: method, path, acting account and body, hashed.
pub type Fingerprint = u64;

/// A response to replay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub status: u16,
    pub body: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum State {
    InFlight,
    Done(Stored),
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    fingerprint: Fingerprint,
    /// When it was claimed, or, once its answer is kept, when that was: the moment it expires
    /// from.
    first_used: Timestamp,
    state: State,
}

/// What to do with a request that carries a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// First use: run it (the key is now in flight).
    Run,
    Replay(Stored),
    /// Used before with other parameters.
    Mismatch,
    /// The first request with this key is still running.
    InFlight,
}

/// A key, scoped to the account the request acts as (`None`: the platform itself).
type Scoped = (Option<Box<str>>, Box<str>);

/// The keys of one world.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Idempotency {
    entries: HashMap<Scoped, Entry>,
    /// Keys in order of first use, for expiry and the cap.
    order: VecDeque<(Scoped, Timestamp)>,
}

impl Idempotency {
    /// Looks `key` up for a request with `fingerprint` at simulated time `now`, claiming it
    /// (in flight) on first use.
    pub fn begin(&mut self, account: Option<&str>, key: &str, fingerprint: Fingerprint, now: Timestamp) -> Verdict {
        self.expire(now);
        let id = (account.map(Into::into), key.into());
        if let Some(entry) = self.entries.get(&id) {
            return if entry.fingerprint != fingerprint {
                Verdict::Mismatch
            } else {
                match &entry.state {
                    State::InFlight => Verdict::InFlight,
                    State::Done(stored) => Verdict::Replay(stored.clone()),
                }
            };
        }
        if self.entries.len() >= MAX_KEYS {
            self.forget_oldest();
        }
        self.order.push_back((id.clone(), now));
        self.entries.insert(
            id,
            Entry {
                fingerprint,
                first_used: now,
                state: State::InFlight,
            },
        );
        Verdict::Run
    }

    /// Stores the response of a claimed key, at simulated time `now` (after the call, which
    /// may have moved the clock): the key lasts a day from then.
    pub fn finish(&mut self, account: Option<&str>, key: &str, stored: Stored, now: Timestamp) {
        let id: Scoped = (account.map(Into::into), key.into());
        if let Some(entry) = self.entries.get_mut(&id) {
            entry.state = State::Done(stored);
            if now > entry.first_used {
                // Time never goes back, so the queue stays in order; the key's older place in
                // it no longer stands for it.
                entry.first_used = now;
                self.order.push_back((id, now));
            }
        }
    }

    /// Releases a claimed key without storing anything: the request was refused before the
    /// endpoint started, so a retry should run afresh.
    pub fn abandon(&mut self, account: Option<&str>, key: &str) {
        let id: Scoped = (account.map(Into::into), key.into());
        if matches!(
            self.entries.get(&id),
            Some(Entry {
                state: State::InFlight,
                ..
            })
        ) {
            self.entries.remove(&id);
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Forgets the keys kept a day (of simulated time) or more before `now`.
    pub fn expire(&mut self, now: Timestamp) {
        self.trim_stale();
        while let Some((_, since)) = self.order.front() {
            if now - *since < RETENTION {
                break;
            }
            self.forget_oldest();
        }
    }

    /// Forgets the key the queue has held longest.
    fn forget_oldest(&mut self) {
        self.trim_stale();
        if let Some((id, _)) = self.order.pop_front() {
            self.entries.remove(&id);
        }
        self.trim_stale();
    }

    /// Drops the places at the front of the queue that no longer stand for their key: it was
    /// abandoned (and perhaps claimed again since), or its answer was kept later than it was
    /// claimed, which gave it a later place.
    fn trim_stale(&mut self) {
        while let Some((id, since)) = self.order.front() {
            if self.entries.get(id).is_some_and(|e| e.first_used == *since) {
                break;
            }
            self.order.pop_front();
        }
    }
}

/// The image keeps the keys whose response is stored, sorted (so a world's image is the same
/// bytes whatever the hash map's order); a key still in flight is not kept, since its request
/// has not finished and would run again from the journal.
impl Image for Idempotency {
    fn write(&self, w: &mut Writer) {
        // Only the places in the queue of keys that are kept: a key claimed and then
        // abandoned left a place that stands for nothing.
        let order: Vec<(Scoped, Timestamp)> = self
            .order
            .iter()
            .filter(|(key, first_used)| {
                self.entries
                    .get(key)
                    .is_some_and(|e| e.first_used == *first_used && matches!(e.state, State::Done(_)))
            })
            .cloned()
            .collect();
        List::write(&order, w);
        let mut done: Vec<(&Scoped, &Entry)> = self
            .entries
            .iter()
            .filter(|(_, e)| matches!(e.state, State::Done(_)))
            .collect();
        done.sort_by(|a, b| a.0.cmp(b.0));
        w.put(&(done.len() as u64));
        for (key, entry) in done {
            w.put(key);
            w.put(&entry.fingerprint);
            w.put(&entry.first_used);
            if let State::Done(stored) = &entry.state {
                w.put(&stored.status);
                w.put(&stored.body);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Idempotency, ImageError> {
        let order: Vec<(Scoped, Timestamp)> = List::read(r)?;
        let count: u64 = r.take()?;
        let mut entries = HashMap::new();
        for _ in 0..count {
            let key: Scoped = r.take()?;
            let entry = Entry {
                fingerprint: r.take()?,
                first_used: r.take()?,
                state: State::Done(Stored {
                    status: r.take()?,
                    body: r.take()?,
                }),
            };
            entries.insert(key, entry);
        }
        Ok(Idempotency {
            entries,
            order: order.into(),
        })
    }
}

/// FNV-1a over the parts that make two requests "the same parameters", each part closed by a
/// byte no UTF-8 text contains, so parts cannot run into each other.
pub fn fingerprint(parts: &[&[u8]]) -> Fingerprint {
    crate::ledger::data::ids::fnv1a(parts.iter().flat_map(|part| part.iter().copied().chain([0xff])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(body: &str) -> Stored {
        Stored {
            status: 200,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn first_use_runs_then_replays_or_refuses() {
        let mut keys = Idempotency::default();
        assert_eq!(keys.begin(None, "k", 1, 0), Verdict::Run);
        assert_eq!(keys.begin(None, "k", 1, 1), Verdict::InFlight);
        keys.finish(None, "k", stored("{}"), 1);
        assert_eq!(keys.begin(None, "k", 1, 2), Verdict::Replay(stored("{}")));
        assert_eq!(keys.begin(None, "k", 2, 3), Verdict::Mismatch);
        // Scoped to the acting account.
        assert_eq!(keys.begin(Some("acct_1"), "k", 2, 3), Verdict::Run);
    }

    #[test]
    fn abandoned_keys_run_again() {
        let mut keys = Idempotency::default();
        assert_eq!(keys.begin(None, "k", 1, 0), Verdict::Run);
        keys.abandon(None, "k");
        assert_eq!(keys.begin(None, "k", 2, 0), Verdict::Run);
    }

    #[test]
    fn keys_expire_after_a_day_of_simulated_time() {
        let mut keys = Idempotency::default();
        assert_eq!(keys.begin(None, "k", 1, 0), Verdict::Run);
        keys.finish(None, "k", stored("{}"), 0);
        assert!(matches!(keys.begin(None, "k", 1, RETENTION - 1), Verdict::Replay(_)));
        assert_eq!(keys.begin(None, "k", 2, RETENTION), Verdict::Run);
        assert_eq!(keys.len(), 1);
    }

    #[test]
    fn a_call_that_moves_the_clock_keeps_its_key_a_day_from_its_answer() {
        let mut keys = Idempotency::default();
        assert_eq!(keys.begin(None, "early", 1, 0), Verdict::Run);
        keys.finish(None, "early", stored("{}"), 0);
        // A test clock's advance, claimed at 0, answered three days later.
        assert_eq!(keys.begin(None, "advance", 1, 0), Verdict::Run);
        keys.finish(None, "advance", stored("{\"advanced\":1}"), 3 * RETENTION);
        assert_eq!(
            keys.begin(None, "advance", 1, 3 * RETENTION),
            Verdict::Replay(stored("{\"advanced\":1}"))
        );
        assert_eq!(
            keys.begin(None, "early", 2, 3 * RETENTION),
            Verdict::Run,
            "the other key expired"
        );
        assert_eq!(
            keys.begin(None, "advance", 2, 4 * RETENTION),
            Verdict::Run,
            "a day after its answer"
        );
        assert_eq!(keys.len(), 1, "only the new claim: the others expired");
    }

    #[test]
    fn the_cap_counts_keys_not_places_in_the_queue() {
        let mut keys = Idempotency::default();
        // One key kept later than claimed has two places in the queue, one stale.
        assert_eq!(keys.begin(None, "moved", 1, 0), Verdict::Run);
        keys.finish(None, "moved", stored("{}"), 5);
        for n in 0..MAX_KEYS - 1 {
            assert_eq!(keys.begin(None, &n.to_string(), 1, 5), Verdict::Run);
        }
        assert_eq!(keys.len(), MAX_KEYS);
        assert_eq!(keys.begin(None, "one more", 1, 5), Verdict::Run);
        assert_eq!(
            keys.len(),
            MAX_KEYS,
            "a stale place forgot nothing, the oldest key went"
        );
        assert!(matches!(
            keys.begin(None, "0", 1, 5),
            Verdict::Replay(_) | Verdict::InFlight
        ));
    }

    #[test]
    fn the_number_of_keys_is_capped() {
        let mut keys = Idempotency::default();
        for n in 0..MAX_KEYS + 10 {
            assert_eq!(keys.begin(None, &n.to_string(), 1, 0), Verdict::Run);
        }
        assert_eq!(keys.len(), MAX_KEYS);
        assert_eq!(
            keys.begin(None, "0", 2, 0),
            Verdict::Run,
            "the oldest key was forgotten"
        );
    }

    #[test]
    fn fingerprints_separate_their_parts() {
        assert_ne!(fingerprint(&[b"ab", b"c"]), fingerprint(&[b"a", b"bc"]));
        assert_eq!(fingerprint(&[b"a", b"b"]), fingerprint(&[b"a", b"b"]));
    }
}
