//! One key's world as the server keeps it: the ledger, the simulated clock's offset,
//! idempotency records, what the server knows of each event, and the one point every
//! change to the world passes through ([`World::commit`]).
//!
//! The commit point sees the events each change caused, in order, and records for each the
//! request it came from. The ledger keeps every object's history, so an event always shows
//! its object as it was when it happened. In live mode the commit point also hands the new
//! events to whoever waits for them (webhook delivery, the dashboard's live feed); replay
//! of the journal goes through the same point in replay mode, which records exactly what
//! live mode recorded and notifies no one.

use std::fmt;

use super::charts::{Charts, Samples};
use super::faults::{Faults, RateLimit};
use super::idempotency::Idempotency;
use super::render::EventFacts;
use super::webhooks::Webhooks;
use crate::ledger::codec::image_struct;
use crate::ledger::codec::{Image, ImageError, List, Reader, Writer};
use crate::ledger::{AccountId, Currency, EventId, Ledger, Timestamp};

/// Whether a change is happening now or being replayed from the journal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A request (or time) changes the world now: the change is journaled and announced.
    Live,
    /// The journal is being replayed at start-up: the world is rebuilt exactly, and nothing
    /// outside it (a delivery, a notification, the journal) is touched.
    Replay,
}

/// A request id (`req_…`): 14 base-62 digits of a 128-bit value, kept as the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestId(pub u128);

impl RequestId {
    /// The number of base-62 digits after `req_`.
    const DIGITS: usize = 14;

    /// The id's text (`req_…`), written into `buf`: no allocation, for every response's
    /// `Request-Id`.
    pub fn text<'b>(&self, buf: &'b mut [u8; 4 + RequestId::DIGITS]) -> &'b str {
        buf[..4].copy_from_slice(b"req_");
        crate::ledger::data::ids::write_base62(self.0, &mut buf[4..]);
        std::str::from_utf8(buf).expect("req_ and base-62 digits are ASCII")
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text(&mut [0; 4 + RequestId::DIGITS]))
    }
}

/// Why the world changed.
#[derive(Clone, Copy, Debug)]
pub enum Cause<'a> {
    /// A request, with its idempotency key.
    Request {
        id: RequestId,
        idempotency_key: Option<&'a str>,
    },
    /// Simulated time passing on its own (the catch-up before a request).
    Clock,
}

/// What the server knows of an event beyond the ledger's record of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventMeta {
    /// The request that caused it (`request.id`, `request.idempotency_key`); `None` when
    /// time did.
    pub request: Option<RequestRef>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestRef {
    pub id: RequestId,
    pub idempotency_key: Option<Box<str>>,
}

/// One key's world.
pub struct World {
    /// Changed only through [`World::apply`] (and the clock, [`World::advance_to`]), so every
    /// change passes the commit point.
    ledger: Ledger,
    /// Seconds `/_sim/clock/advance` has added on top of the wall clock (or of
    /// `--start-time`).
    pub clock_offset: i64,
    pub idempotency: Idempotency,
    /// Faults armed through `/_sim/faults` (not kept across restarts).
    pub faults: Faults,
    /// The key's request budget, with `--rate-limit` (not kept across restarts).
    pub rate_limit: Option<RateLimit>,
    /// How many journal records this world has written (with `--state`).
    pub seq: u64,
    /// Per event of the ledger, in the same order: what the server knows of it.
    events: Vec<EventMeta>,
    /// Webhook endpoints, and the deliveries owed to them.
    pub webhooks: Webhooks,
    /// Events committed live and not yet handed on (see [`World::news`]).
    news: Vec<EventId>,
    /// Which life of the world this is: a reset starts a new one, so a delivery taken in an
    /// earlier life is not settled in this one (not kept).
    pub generation: u64,
    /// How the world looked when its news was last handed on (not kept): a live change that
    /// caused no event (the clock moving, a reset) is news too.
    announced: Option<Pulse>,
    /// What the dashboard's balance charts have read of the books so far (not kept).
    pub charts: Charts,
}

/// Enough of a world to tell that it changed: its life, its objects' version, its clock, and
/// its links (which are not versioned objects, yet the dashboard shows an account's latest).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Pulse {
    generation: u64,
    version: u64,
    now: Timestamp,
    links: usize,
}

impl World {
    pub fn new(ledger: Ledger, rate_limit: Option<RateLimit>) -> World {
        let events = vec![EventMeta { request: None }; ledger.count(crate::ledger::Kind::Event)];
        World {
            ledger,
            clock_offset: 0,
            idempotency: Idempotency::default(),
            faults: Faults::default(),
            rate_limit,
            seq: 0,
            events,
            webhooks: Webhooks::default(),
            news: Vec::new(),
            generation: 0,
            announced: None,
            charts: Charts::default(),
        }
    }

    /// The world's time now: the wall clock plus what it has been advanced, never earlier than
    /// the ledger's clock.
    pub fn now(&self, wall: Timestamp) -> Timestamp {
        wall.saturating_add(self.clock_offset).max(self.ledger.now())
    }

    /// The world's ledger, to read.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// The only way to change the world's ledger: runs `change` on it, then commits what it
    /// caused (its events, with `cause`) before returning, so no change can skip the commit
    /// point.
    pub fn apply<T>(&mut self, cause: Cause<'_>, mode: Mode, change: impl FnOnce(&mut Ledger) -> T) -> T {
        let result = change(&mut self.ledger);
        self.commit(cause, mode);
        result
    }

    /// The balance history of `owner` in `currency` as `points` samples, read from the charts'
    /// tallies (which catch up with the ledger first).
    pub fn chart(&mut self, owner: AccountId, currency: Currency, points: usize) -> Samples {
        self.charts.sample(&self.ledger, owner, currency, points)
    }

    /// The one point after every change: records, for each event the change caused (every
    /// event not yet committed), the request it came from, and in live mode queues them to be
    /// handed on.
    fn commit(&mut self, cause: Cause<'_>, mode: Mode) {
        let total = self.ledger.count(crate::ledger::Kind::Event);
        for index in self.events.len()..total {
            let event = EventId(index as u32);
            let request = match cause {
                Cause::Request { id, idempotency_key } if !self.ledger.event(event).automatic => Some(RequestRef {
                    id,
                    idempotency_key: idempotency_key.map(Into::into),
                }),
                _ => None,
            };
            self.events.push(EventMeta { request });
            // Owed in both modes: replay rebuilds what is owed; only live mode sends.
            self.webhooks.owe(&self.ledger, event);
            if mode == Mode::Live {
                self.news.push(event);
            }
        }
    }

    /// Lets simulated time catch up with the wall clock (funds maturing, payouts arriving),
    /// through the commit point.
    pub fn catch_up(&mut self, wall: Timestamp, mode: Mode) {
        let now = self.now(wall);
        self.advance_to(now, mode);
    }

    /// Moves simulated time to `to` (never back), through the commit point.
    pub fn advance_to(&mut self, to: Timestamp, mode: Mode) {
        if to > self.ledger.now() {
            self.ledger.advance_clock(to);
            self.commit(Cause::Clock, mode);
        }
    }

    /// What the server knows of every event, oldest first.
    pub fn event_metas(&self) -> &[EventMeta] {
        &self.events
    }

    /// The events committed live and not yet handed on, oldest first.
    pub fn news(&self) -> &[EventId] {
        &self.news
    }

    /// Forgets the news once handed on (keeping the buffer for the next change).
    pub fn clear_news(&mut self) {
        self.news.clear();
    }

    /// Whether the world changed in any way (an object, its clock, a reset) since the last
    /// call; the first call says it did.
    pub fn take_change(&mut self) -> bool {
        let pulse = Pulse {
            generation: self.generation,
            version: self.ledger.version(),
            now: self.ledger.now(),
            links: self.ledger.link_count(),
        };
        self.announced.replace(pulse) != Some(pulse)
    }

    /// The world's image (without its key and format version, which the snapshot adds).
    pub fn write_image(&self, w: &mut Writer) {
        let World {
            ledger,
            clock_offset,
            idempotency,
            // Armed faults, rate budgets, undelivered news and the charts' tallies are not
            // kept.
            faults: _,
            rate_limit: _,
            seq,
            events,
            webhooks,
            news: _,
            generation: _,
            announced: _,
            charts: _,
        } = self;
        w.put(ledger);
        w.put(clock_offset);
        w.put(idempotency);
        w.put(seq);
        List::write(events, w);
        w.put(webhooks);
    }

    /// A world from its image.
    pub fn read_image(r: &mut Reader<'_>, rate_limit: Option<RateLimit>) -> Result<World, ImageError> {
        let ledger: Ledger = r.take()?;
        let clock_offset = r.take()?;
        let idempotency = r.take()?;
        let seq = r.take()?;
        let events: Vec<EventMeta> = List::read(r)?;
        if events.len() != ledger.count(crate::ledger::Kind::Event) {
            return Err(r.invalid("world (events and their records disagree)"));
        }
        let webhooks: Webhooks = r.take()?;
        let endpoints = ledger.count(crate::ledger::Kind::WebhookEndpoint);
        let destinations = ledger.count(crate::ledger::Kind::EventDestination);
        if !webhooks.within(events.len(), endpoints, destinations) {
            return Err(r.invalid("webhooks (a delivery of an event or to an endpoint that does not exist)"));
        }
        Ok(World {
            ledger,
            clock_offset,
            idempotency,
            faults: Faults::default(),
            rate_limit,
            seq,
            events,
            webhooks,
            news: Vec::new(),
            generation: 0,
            announced: None,
            charts: Charts::default(),
        })
    }
}

impl EventFacts for World {
    fn request(&self, event: EventId) -> Option<(String, Option<&str>)> {
        let request = self.events.get(event.index())?.request.as_ref()?;
        Some((request.id.to_string(), request.idempotency_key.as_deref()))
    }

    fn pending_webhooks(&self, event: EventId) -> u32 {
        self.webhooks.pending(event)
    }
}

impl Image for RequestId {
    fn write(&self, w: &mut Writer) {
        w.put(&self.0);
    }

    fn read(r: &mut Reader<'_>) -> Result<RequestId, ImageError> {
        Ok(RequestId(r.take()?))
    }
}

image_struct!(RequestRef { id, idempotency_key });
image_struct!(EventMeta { request });

#[cfg(test)]
mod tests {
    use super::*;

    /// A world written to its image and read back is the same world, byte for byte, with
    /// its history: events still show their objects as they were.
    #[test]
    fn a_world_round_trips_through_its_image() {
        use crate::fixtures::Fixtures;
        use crate::ledger::{AccountId, ChargeParams, Input, RefundParams};
        let ledger = Fixtures::builtin().build(7, 1_800_000_000).unwrap();
        let mut world = World::new(ledger, None);
        let cause = Cause::Request {
            id: RequestId(42),
            idempotency_key: Some("k"),
        };
        world.apply(cause, Mode::Live, |ledger| {
            let params = ChargeParams {
                amount: Input::Given(5_000),
                currency: Some("usd".into()),
                source: Some("tok_visa".into()),
                ..ChargeParams::default()
            };
            let charge = ledger
                .create_charge(AccountId::PLATFORM, params)
                .unwrap()
                .value
                .charge();
            let id = ledger.id_of(crate::ledger::Obj::Charge(charge)).to_string();
            for _ in 0..2 {
                let refund = RefundParams {
                    charge: Some(id.clone()),
                    amount: Input::Given(1_000),
                    ..RefundParams::default()
                };
                ledger.create_refund(AccountId::PLATFORM, refund).unwrap();
            }
        });
        world.advance_to(1_800_000_000 + 5 * 86_400, Mode::Live);
        world.idempotency.begin(None, "k", 7, world.ledger.now());

        let mut w = Writer::new();
        world.write_image(&mut w);
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        let read = World::read_image(&mut r, None).unwrap();
        r.finish().unwrap();
        assert!(read.ledger == world.ledger);
        assert_eq!(read.events, world.events);
        let mut again = Writer::new();
        read.write_image(&mut again);
        assert_eq!(again.into_bytes(), bytes);
        read.ledger.audit().unwrap();
        // Damage anywhere is refused, never a panic.
        for cut in (0..bytes.len()).step_by(97) {
            let mut r = Reader::new(&bytes[..cut]);
            assert!(
                World::read_image(&mut r, None).and_then(|_| r.finish()).is_err(),
                "{cut}"
            );
        }
    }

    /// A change that caused no event is still news: the clock moving, the world replaced.
    #[test]
    fn a_world_says_whether_it_changed_since_it_was_last_asked() {
        let ledger = crate::fixtures::Fixtures::builtin().build(7, 1_800_000_000).unwrap();
        let mut world = World::new(ledger, None);
        assert!(world.take_change(), "the first time, it did");
        assert!(!world.take_change());
        world.advance_to(1_800_000_060, Mode::Live);
        assert_eq!(world.news(), [], "a quiet minute causes no event");
        assert!(world.take_change());
        assert!(!world.take_change());
        world.generation += 1;
        assert!(world.take_change());
    }

    #[test]
    fn request_ids_look_like_stripes() {
        let id = RequestId(123_456_789).to_string();
        assert!(id.starts_with("req_"), "{id}");
        assert_eq!(id.len(), 18);
    }
}
