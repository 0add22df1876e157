//! Webhook endpoints, and the deliveries a world owes them.
//!
//! This is the world's side of webhooks: which endpoints exist, and for every event, which
//! deliveries are still owed, how many attempts each has had and when the next is due on the
//! world's simulated clock. It changes only through the world: an event committed (live or
//! replayed) owes a delivery to every endpoint that wants it; an attempt's outcome, journaled,
//! settles or reschedules it. So a world rebuilt from its journal owes exactly what it owed,
//! and an event not yet delivered when the process died is delivered after it restarts.
//! Sending is [`dispatch`]'s business, outside any world's lock.
//!
//! Retries follow the world's clock, at [`RETRY_AFTER`] after each failed attempt, so
//! `/_sim/clock/advance` fires due retries at once; after the last, the delivery is given up
//! and the event counts as not delivered.

pub mod signature;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::ledger::codec::{Image, ImageError, Reader, Writer};
use crate::ledger::{
    AccountId, EventDestination, EventDestinationId, EventId, EventType, Ledger, Obj, Timestamp, WebhookEndpoint,
    WebhookEndpointId,
};

/// How long after each failed attempt the next is made, in simulated seconds: four retries
/// over a little more than eight hours (Stripe retries test-mode events "three times over a
/// few hours" without publishing when; this schedule is debitsim's).
pub const RETRY_AFTER: [Timestamp; 4] = [5 * 60, 30 * 60, 2 * 3600, 6 * 3600];

/// The most deliveries one endpoint may owe; beyond it the oldest is given up, so a dead
/// receiver cannot grow a world without bound.
pub const MAX_PENDING: usize = 100_000;

/// How many attempts a world remembers for inspection (`/_sim/webhooks/attempts`).
pub const ATTEMPT_LOG: usize = 1_000;

/// Where a delivery goes: an endpoint of the world (its index), or where `--forward-to` (and
/// `--forward-connect-to`) say.
pub type Target = u32;
/// `--forward-to`: the world's events (and its connected accounts', unless
/// `--forward-connect-to` takes those).
pub const FORWARD: Target = u32::MAX;
/// `--forward-connect-to`: the connected accounts' events.
pub const FORWARD_CONNECT: Target = u32::MAX - 1;
/// Event destinations (API v2) are targets from here up: this plus the destination's index.
pub const DESTINATION: Target = 1 << 30;

/// The target that is event destination `id`.
pub fn destination_target(id: EventDestinationId) -> Target {
    DESTINATION + id.index() as Target
}

/// The event destination `target` is, if it is one.
pub fn as_destination(target: Target) -> Option<EventDestinationId> {
    (DESTINATION..FORWARD_CONNECT)
        .contains(&target)
        .then(|| EventDestinationId(target - DESTINATION))
}

/// Why a receiver's URL cannot be an endpoint's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlProblem {
    /// Not an absolute http or https URL with a host.
    Invalid,
}

/// The longest receiver URL accepted.
pub const MAX_URL: usize = 2048;

/// Checks a receiver's URL as Stripe checks an endpoint's: absolute, `http` or `https`, with
/// a host. Whether debitsim may deliver there is decided at delivery ([`delivery_allowed`]).
pub fn check_url(url: &str) -> Result<(), UrlProblem> {
    let uri = (url.len() <= MAX_URL)
        .then(|| url.parse::<axum::http::Uri>().ok())
        .flatten()
        .filter(|u| u.host().is_some_and(|h| !h.is_empty()))
        .ok_or(UrlProblem::Invalid)?;
    match uri.scheme_str() {
        Some("http" | "https") => Ok(()),
        _ => Err(UrlProblem::Invalid),
    }
}

/// The host a receiver's URL names, lowercase, without an IPv6 address's brackets.
pub fn url_host(url: &str) -> Option<String> {
    let uri = url.parse::<axum::http::Uri>().ok()?;
    let host = uri.host()?;
    let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    Some(host.to_ascii_lowercase())
}

/// Whether debitsim may deliver to `url`: *(choice)* only to this machine's loopback
/// addresses (`127.0.0.0/8`, `::1`, `localhost`) unless the operator allowed the host
/// (`--webhook-allow-host`), so that a shared instance, where anyone may register
/// `https://example.com/hook`, never becomes a way to reach other hosts. `Err` is the reason,
/// which the failed attempt records.
pub fn delivery_allowed(url: &str, allowed: &[String]) -> Result<(), String> {
    let Some(host) = url_host(url) else {
        return Err("the endpoint's url has no host".into());
    };
    let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if loopback || allowed.iter().any(|a| a.eq_ignore_ascii_case(&host)) {
        Ok(())
    } else {
        Err(format!(
            "not attempted: debitsim delivers only to loopback addresses, and {host} is not one              (start debitsim with --webhook-allow-host {host} to allow it)"
        ))
    }
}

/// A fresh `whsec_…` secret for `--forward-to`, different at every start: the process id and
/// the clock, mixed.
pub fn new_secret() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let codec = crate::ledger::IdCodec::new(nanos ^ (u64::from(std::process::id()) << 40));
    format!("whsec_{}", codec.secret(0))
}

/// One delivery still owed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Owed {
    /// Attempts made so far.
    pub attempts: u32,
    /// When the next attempt is due, in simulated time.
    pub due: Timestamp,
}

/// An attempt, for inspection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attempt {
    pub event: EventId,
    pub target: Target,
    /// When the attempt was made, in the world's time (simulated when its clock is; the
    /// `t` of its `Stripe-Signature` is the wall clock's, which receivers check).
    pub at: Timestamp,
    /// The receiver's status, if it answered.
    pub status: Option<u16>,
    pub latency_ms: u64,
    /// Why it failed, if it did.
    pub error: Option<String>,
    /// Whether it was a manual resend (`POST /v1/events/{id}/retry`).
    pub manual: bool,
}

/// Where `--forward-to` points, as a world needs to know it: which forwarding targets exist.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Forwarding {
    pub forward: bool,
    pub connect: bool,
}

/// How an attempt ended, as the world keeps it (and the journal records it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The receiver answered 2xx in time: the delivery is settled.
    Succeeded,
    /// Anything else: retried after the next wait of [`RETRY_AFTER`], or given up after the
    /// last.
    Failed,
    /// Not attempted: the endpoint was disabled when the attempt came due, which ends its
    /// retries (as on Stripe).
    GivenUp,
}

/// The deliveries a world owes its webhook endpoints (the ledger's) and the server's
/// forwarding.
#[derive(Debug, Default)]
pub struct Webhooks {
    /// Owed deliveries by target and event.
    owed: BTreeMap<(Target, u32), Owed>,
    /// Per target, the owed deliveries not being attempted, by when they are due, then in
    /// the order their events happened. An owed delivery missing here is being attempted.
    /// (Derived: rebuilt from `owed` when an image is read.)
    queue: BTreeMap<Target, BTreeSet<(Timestamp, u32)>>,
    /// Events a delivery of which was given up.
    failed: BTreeSet<u32>,
    /// The latest attempts, newest last (not kept).
    attempts: VecDeque<Attempt>,
    /// Manual resends asked for and not yet handed to the sender (not kept).
    resends: Vec<(Target, EventId)>,
    /// The server's forwarding (not kept: it is the flags of the running server).
    forwarding: Forwarding,
}

impl Webhooks {
    /// Whether any event of this world goes anywhere: an endpoint is enabled, or the server
    /// forwards.
    pub fn has_targets(&self, ledger: &Ledger) -> bool {
        self.forwarding.forward
            || self.forwarding.connect
            || ledger
                .live_webhook_endpoints()
                .any(|e| !ledger.webhook_endpoint(e).disabled)
            || ledger
                .live_event_destinations()
                .any(|d| !ledger.event_destination(d).disabled)
    }

    /// Forgets what a deleted event destination was owed.
    pub fn drop_destination(&mut self, destination: EventDestinationId) {
        self.drop_target(destination_target(destination));
    }

    /// Forgets what a deleted endpoint was owed (Stripe stops retrying for a deleted
    /// endpoint).
    pub fn drop_endpoint(&mut self, endpoint: WebhookEndpointId) {
        self.drop_target(endpoint.index() as Target);
    }

    fn drop_target(&mut self, target: Target) {
        self.owed.retain(|(t, _), _| *t != target);
        self.queue.remove(&target);
    }

    /// Sets where the running server forwards. What was owed to a forwarding target the
    /// server no longer has (it restarted without the flag) is dropped.
    pub fn set_forwarding(&mut self, forwarding: Forwarding) {
        self.forwarding = forwarding;
        if !forwarding.forward {
            self.drop_target(FORWARD);
        }
        if !forwarding.connect {
            self.drop_target(FORWARD_CONNECT);
        }
    }

    /// Every target that wants event `id` of `ledger`: a v1 event goes to webhook
    /// endpoints, the forwarding and snapshot destinations; a thin event only to thin
    /// destinations.
    fn targets(&self, ledger: &Ledger, id: EventId) -> impl Iterator<Item = Target> {
        let event = ledger.event(id);
        let connected = event.account != AccountId::PLATFORM;
        let thin = event.kind.is_thin();
        let kind = event.kind.as_str();
        let forward = match (self.forwarding, connected) {
            _ if thin => None,
            (Forwarding { connect: true, .. }, true) => Some(FORWARD_CONNECT),
            (Forwarding { forward: true, .. }, _) => Some(FORWARD),
            _ => None,
        };
        let endpoints = ledger
            .all::<WebhookEndpoint>()
            .filter(|e| !thin && ledger.webhook_endpoint(*e).wants(kind, connected))
            .map(|e| e.index() as Target);
        // A ping goes to the destination pinged alone, whatever it subscribes to.
        let pinged = match (event.kind, event.object) {
            (EventType::V2EventDestinationPing, Obj::EventDestination(d)) => Some(d),
            _ => None,
        };
        let destinations = ledger
            .all::<EventDestination>()
            .filter(|d| match pinged {
                Some(pinged) => *d == pinged && !ledger.event_destination(*d).deleted,
                None => ledger.event_destination(*d).wants(kind, thin, connected),
            })
            .map(destination_target);
        let all: Vec<Target> = endpoints.chain(destinations).collect();
        all.into_iter().chain(forward)
    }

    /// Owes event `id` to every target that wants it, due at once. Called by the world's
    /// commit point for every event, live or replayed, so it must depend on nothing but the
    /// world.
    pub fn owe(&mut self, ledger: &Ledger, id: EventId) {
        if !self.has_targets(ledger) {
            return;
        }
        let due = ledger.event(id).created;
        let event = id.index() as u32;
        for target in self.targets(ledger, id).collect::<Vec<_>>() {
            let queue = self.queue.entry(target).or_default();
            if queue.len() >= MAX_PENDING
                && let Some((_, oldest)) = queue.pop_first()
            {
                // The most overdue delivery is given up to make room.
                self.owed.remove(&(target, oldest));
                self.failed.insert(oldest);
            }
            queue.insert((due, event));
            self.owed.insert((target, event), Owed { attempts: 0, due });
        }
    }

    /// The targets event `id` is owed to: where a just-committed event must be sent.
    pub fn owed_to(&self, id: EventId) -> impl Iterator<Item = Target> + '_ {
        let event = id.index() as u32;
        self.queue
            .keys()
            .copied()
            .filter(move |target| self.owed.contains_key(&(*target, event)))
    }

    /// Takes up to `limit` deliveries to `target` due by `now` that are not being attempted,
    /// earliest due first (first attempts in the order their events happened), and marks them
    /// as being attempted.
    pub fn take_due(&mut self, target: Target, now: Timestamp, limit: usize) -> Vec<EventId> {
        let Some(queue) = self.queue.get_mut(&target) else {
            return Vec::new();
        };
        let mut taken = Vec::new();
        while taken.len() < limit
            && let Some(&(due, event)) = queue.first()
            && due <= now
        {
            queue.pop_first();
            taken.push(EventId(event));
        }
        taken
    }

    /// Every target with a delivery due by `now` that is not being attempted.
    pub fn due_targets(&self, now: Timestamp) -> Vec<Target> {
        self.queue
            .iter()
            .filter(|(_, queue)| queue.first().is_some_and(|(due, _)| *due <= now))
            .map(|(target, _)| *target)
            .collect()
    }

    /// Whether nothing is being attempted and nothing is due by `now`: what the world owes
    /// waits for a later time.
    pub fn quiet(&self, now: Timestamp) -> bool {
        let waiting: usize = self.queue.values().map(BTreeSet::len).sum();
        waiting == self.owed.len() && self.due_targets(now).is_empty()
    }

    /// An attempt's outcome at simulated time `now`: a success settles the delivery, a
    /// failure schedules the next attempt or, after the last, gives it up. The same call
    /// replays a journaled outcome.
    pub fn settle(&mut self, target: Target, event: EventId, outcome: Outcome, now: Timestamp) {
        let key = (target, event.index() as u32);
        let Some(owed) = self.owed.get_mut(&key) else {
            return;
        };
        let queue = self.queue.entry(target).or_default();
        // Replayed, it was never taken.
        queue.remove(&(owed.due, key.1));
        let retry_after = match outcome {
            Outcome::Succeeded => {
                self.owed.remove(&key);
                return;
            }
            Outcome::Failed => {
                owed.attempts += 1;
                RETRY_AFTER.get(owed.attempts as usize - 1)
            }
            Outcome::GivenUp => None,
        };
        match retry_after {
            Some(wait) => {
                owed.due = now.saturating_add(*wait);
                queue.insert((owed.due, key.1));
            }
            None => {
                self.owed.remove(&key);
                self.failed.insert(key.1);
            }
        }
    }

    /// `pending_webhooks`: how many deliveries of `event` are still owed.
    pub fn pending(&self, event: EventId) -> u32 {
        self.owed_to(event).count() as u32
    }

    /// Whether every owed delivery is of an event below `events`, to one of `endpoints`, of
    /// `destinations` or a forwarding target (an image's check).
    pub fn within(&self, events: usize, endpoints: usize, destinations: usize) -> bool {
        let target_ok = |t: Target| {
            (t as usize) < endpoints
                || t == FORWARD
                || t == FORWARD_CONNECT
                || as_destination(t).is_some_and(|d| d.index() < destinations)
        };
        self.owed.keys().all(|(t, e)| target_ok(*t) && (*e as usize) < events)
            && self.failed.iter().all(|e| (*e as usize) < events)
    }

    /// Whether a delivery of `event` was given up (after its last retry, or to make room).
    pub fn given_up(&self, event: EventId) -> bool {
        self.failed.contains(&(event.index() as u32))
    }

    /// Whether every delivery of `event` succeeded (none owed, none given up).
    pub fn delivered(&self, event: EventId) -> bool {
        self.pending(event) == 0 && !self.failed.contains(&(event.index() as u32))
    }

    /// The owed delivery of `event` to `target`, if any.
    pub fn owed(&self, target: Target, event: EventId) -> Option<Owed> {
        self.owed.get(&(target, event.index() as u32)).copied()
    }

    /// Asks for one more attempt at delivering `event` to `target` at once, outside the
    /// schedule (`POST /v1/events/{id}/retry`); the sender takes it when the request ends.
    pub fn resend(&mut self, target: Target, event: EventId) {
        self.resends.push((target, event));
    }

    /// The resends asked for since the last call.
    pub fn take_resends(&mut self) -> Vec<(Target, EventId)> {
        std::mem::take(&mut self.resends)
    }

    /// Whether the owed delivery of `event` to `target` is being attempted now.
    pub fn attempting(&self, target: Target, event: EventId) -> bool {
        let event = event.index() as u32;
        self.owed.get(&(target, event)).is_some_and(|owed| {
            !self
                .queue
                .get(&target)
                .is_some_and(|queue| queue.contains(&(owed.due, event)))
        })
    }

    /// Every owed delivery, oldest event first.
    pub fn all_owed(&self) -> impl Iterator<Item = (Target, EventId, Owed)> + '_ {
        let mut all: Vec<(Target, EventId, Owed)> = self
            .owed
            .iter()
            .map(|(&(target, event), owed)| (target, EventId(event), *owed))
            .collect();
        all.sort_by_key(|(target, event, _)| (event.index(), *target));
        all.into_iter()
    }

    /// Records an attempt for inspection.
    pub fn log(&mut self, attempt: Attempt) {
        if self.attempts.len() == ATTEMPT_LOG {
            self.attempts.pop_front();
        }
        self.attempts.push_back(attempt);
    }

    /// The latest attempts, oldest first.
    pub fn attempts(&self) -> impl DoubleEndedIterator<Item = &Attempt> {
        self.attempts.iter()
    }
}

impl Image for Owed {
    fn write(&self, w: &mut Writer) {
        w.put(&self.attempts);
        w.put(&self.due);
    }

    fn read(r: &mut Reader<'_>) -> Result<Owed, ImageError> {
        Ok(Owed {
            attempts: r.take()?,
            due: r.take()?,
        })
    }
}

impl Image for Webhooks {
    fn write(&self, w: &mut Writer) {
        let Webhooks {
            owed,
            failed,
            // Not kept: the queue is derived from what is owed (after a restart nothing is
            // being attempted), the log is for inspection, and forwarding is the running
            // server's flags.
            queue: _,
            attempts: _,
            resends: _,
            forwarding: _,
        } = self;
        w.put(owed);
        w.put(failed);
    }

    fn read(r: &mut Reader<'_>) -> Result<Webhooks, ImageError> {
        let owed: BTreeMap<(Target, u32), Owed> = r.take()?;
        let mut queue: BTreeMap<Target, BTreeSet<(Timestamp, u32)>> = BTreeMap::new();
        for (&(target, event), owed) in &owed {
            queue.entry(target).or_default().insert((owed.due, event));
        }
        Ok(Webhooks {
            owed,
            queue,
            failed: r.take()?,
            ..Webhooks::default()
        })
    }
}

impl Image for Outcome {
    fn write(&self, w: &mut Writer) {
        let code: u8 = match self {
            Outcome::Succeeded => 0,
            Outcome::Failed => 1,
            Outcome::GivenUp => 2,
        };
        w.put(&code);
    }

    fn read(r: &mut Reader<'_>) -> Result<Outcome, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Outcome::Succeeded),
            1 => Ok(Outcome::Failed),
            2 => Ok(Outcome::GivenUp),
            _ => Err(r.invalid("delivery outcome")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deliveries_go_to_loopback_or_to_hosts_the_operator_allowed() {
        let none: &[String] = &[];
        for url in [
            "http://127.0.0.1:9/hook",
            "https://127.8.9.10/hook",
            "http://localhost:4242/hook",
            "https://LOCALHOST/hook",
            "http://[::1]:8080/hook",
        ] {
            assert_eq!(delivery_allowed(url, none), Ok(()), "{url}");
        }
        for url in [
            "https://example.com/hook",
            "http://10.0.0.1/hook",
            "http://192.168.1.1/hook",
            "http://[::2]/hook",
            "http://localhost.example.com/hook",
            "http://127.0.0.1.nip.io/hook",
        ] {
            let reason = delivery_allowed(url, none).unwrap_err();
            assert!(reason.contains("--webhook-allow-host"), "{url}: {reason}");
        }
        let allowed = vec!["Hooks.Example.com".to_owned()];
        assert_eq!(delivery_allowed("https://hooks.example.com/x", &allowed), Ok(()));
        assert!(delivery_allowed("https://other.example.com/x", &allowed).is_err());
    }

    #[test]
    fn endpoint_urls_are_absolute_http_or_https_with_a_host() {
        for url in [
            "http://127.0.0.1:9/hook",
            "https://example.com/hook",
            "https://example.com",
        ] {
            assert_eq!(check_url(url), Ok(()), "{url}");
        }
        for url in [
            "example.com/hook",
            "ftp://example.com/x",
            "https:///x",
            "/hook",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(check_url(url), Err(UrlProblem::Invalid), "{url}");
        }
    }
    use crate::fixtures::Fixtures;

    fn endpoint(ledger: &mut Ledger, events: &[&str], connect: bool) -> Target {
        let params = crate::ledger::WebhookEndpointParams {
            url: "http://127.0.0.1:1/hook".into(),
            enabled_events: events.iter().map(|e| (*e).into()).collect(),
            connect,
            ..Default::default()
        };
        let id = ledger
            .create_webhook_endpoint(AccountId::PLATFORM, params)
            .unwrap()
            .value;
        id.index() as Target
    }

    #[test]
    fn deliveries_are_owed_retried_on_the_clock_and_given_up() {
        let mut ledger = Fixtures::builtin().build(3, 1_800_000_000).unwrap();
        let mut hooks = Webhooks::default();
        let all = endpoint(&mut ledger, &["*"], false);
        let connect = endpoint(&mut ledger, &["*"], true);
        // The fixtures' events: on the platform and on connected accounts.
        let events: Vec<EventId> = ledger.all::<crate::ledger::Event>().collect();
        for id in &events {
            hooks.owe(&ledger, *id);
        }
        let platform_event = events
            .iter()
            .copied()
            .find(|e| ledger.event(*e).account.is_platform() && !ledger.event(*e).kind.is_thin())
            .unwrap();
        assert_eq!(hooks.pending(platform_event), 1);
        // Thin events (the accounts' `v2.core.account.created`) go to no v1 endpoint, even a
        // catch-all one.
        let thin = events
            .iter()
            .copied()
            .find(|e| ledger.event(*e).kind.is_thin())
            .unwrap();
        assert_eq!(hooks.pending(thin), 0);
        let now = ledger.now();
        let due = hooks.take_due(all, now, 10);
        assert!(due.contains(&platform_event));
        assert!(
            hooks.take_due(all, now, 10).is_empty(),
            "taken ones are being attempted"
        );
        // Fail it every time: four retries, each due after its wait, then given up.
        let mut at = now;
        hooks.settle(all, platform_event, Outcome::Failed, at);
        for wait in RETRY_AFTER {
            assert!(!hooks.take_due(all, at + wait - 1, 10).contains(&platform_event));
            at += wait;
            assert!(hooks.take_due(all, at, 10).contains(&platform_event));
            hooks.settle(all, platform_event, Outcome::Failed, at);
        }
        assert_eq!(hooks.pending(platform_event), 0);
        assert!(!hooks.delivered(platform_event));
        // A success settles it.
        let connected_event = events
            .iter()
            .copied()
            .find(|e| !ledger.event(*e).account.is_platform())
            .unwrap();
        let taken = hooks.take_due(connect, now, 100);
        assert!(taken.contains(&connected_event));
        assert!(
            !taken.contains(&platform_event),
            "a connect endpoint gets connected accounts' events"
        );
        hooks.settle(connect, connected_event, Outcome::Succeeded, now);
        assert!(hooks.delivered(connected_event));
    }
}
