//! Sending webhooks: outside every world's lock, a few at a time per endpoint, signed afresh
//! at every attempt.
//!
//! Each (world, target) with deliveries due gets one task. It takes a batch of due deliveries
//! from its world (one at a time by default, in the order their events happened), renders
//! them under the world's lock, signs and POSTs them outside it, and settles the outcomes in
//! the world, journaling each so a restart knows what was delivered. A slow or dead receiver
//! holds only its own task; requests never wait for a delivery.
//!
//! Success is any 2xx within [`Dispatcher::timeout`]; a redirect, another status, a refused
//! connection, a TLS failure or a timeout is a failure, retried on the world's clock. At most
//! [`MAX_RESPONSE`] of a response is read: an endless one is cut off.
//!
//! `https://` receivers are reached over TLS (rustls, Mozilla's roots and any `--webhook-ca`
//! certificates). A delivery goes only to a loopback address, or to a host the operator
//! allowed (`--webhook-allow-host`); any other is recorded as a failed attempt with that
//! reason, and no connection is made.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use parking_lot::Mutex;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
// Tokio's clock rather than the OS's, so that a simulation on paused time settles the same
// deliveries together every run.
use tokio::time::Instant;

use super::webhooks::{
    Attempt, FORWARD, FORWARD_CONNECT, Forwarding, Outcome, Target, as_destination, delivery_allowed, signature,
    url_host,
};
use crate::ledger::{EventId, Obj, Timestamp, WebhookEndpointId};
use crate::server::persist::Journal;
use crate::server::persist::{Delivery, Record};
use crate::server::render::View;
use crate::server::version::{self, ApiVersion};
use crate::server::world::{Mode, World};

/// How many deliveries to one endpoint are attempted at once, by default: one, so a receiver
/// that answers 2xx sees its events in the order they happened (`--webhook-concurrency`
/// allows more, and then order only of when attempts start).
pub const PER_ENDPOINT: usize = 1;

/// The most deliveries to one endpoint taken from its world at once (rendered under one
/// lock, then sent `per_endpoint` at a time).
const BATCH: usize = 32;

/// How often finished attempts are settled in their world while a batch is being sent.
const SETTLE_EVERY: Duration = Duration::from_millis(10);

/// The most of a receiver's response that is read.
pub const MAX_RESPONSE: usize = 64 * 1024;

/// How long a receiver has to answer, by default (the Stripe CLI's forwarding allows 30 s;
/// a test's receiver answers in milliseconds or not at all).
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// `--forward-to` and `--forward-connect-to`: where every world's events also go, signed
/// with one secret (as `stripe listen` does).
#[derive(Clone, Debug)]
pub struct Forward {
    pub url: String,
    pub connect_url: Option<String>,
    pub secret: String,
}

impl Forward {
    /// What a world needs to know of it.
    pub fn forwarding(forward: Option<&Forward>) -> Forwarding {
        Forwarding {
            forward: forward.is_some(),
            connect: forward.is_some_and(|f| f.connect_url.is_some()),
        }
    }
}

/// Where deliveries may go and which certificates they trust, beyond the defaults.
#[derive(Clone, Debug, Default)]
pub struct Reach {
    /// Hosts besides loopback that deliveries may go to (`--webhook-allow-host`).
    pub allow_hosts: Vec<String>,
    /// Certificates to trust besides Mozilla's roots (`--webhook-ca`), for local receivers
    /// with a certificate of their own.
    pub extra_roots: Vec<CertificateDer<'static>>,
}

impl Reach {
    /// The certificates of a PEM file (`--webhook-ca`); `Err` says why it cannot be used.
    pub fn read_ca(path: &std::path::Path) -> Result<Vec<CertificateDer<'static>>, String> {
        let certs = CertificateDer::pem_file_iter(path)
            .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        if certs.is_empty() {
            return Err(format!("{}: no PEM certificate in it", path.display()));
        }
        Ok(certs)
    }
}

/// A receiver in-process: the status it answers a delivery (its URL and payload) with.
pub type Answerer = Arc<dyn Fn(&str, &[u8]) -> u16 + Send + Sync>;

/// How deliveries reach their receivers.
pub enum Transport {
    /// HTTP, to the endpoint's URL.
    Http(Client<HttpsConnector<HttpConnector>, Full<Bytes>>),
    /// A function that answers each delivery (its URL and payload) with a status at once,
    /// in-process: for a deterministic simulation, where a real connection's timing would
    /// decide what happens.
    Local(Answerer),
}

/// The server's webhook sender.
pub struct Dispatcher {
    transport: Transport,
    /// How long a receiver has to answer (and to accept the connection).
    pub timeout: Duration,
    /// How many deliveries to one endpoint are attempted at once.
    pub per_endpoint: usize,
    pub forward: Option<Forward>,
    /// Hosts besides loopback that deliveries may go to: the operator's, and `--forward-to`'s.
    allow_hosts: Vec<String>,
    /// The (world, target) pairs with a task running.
    running: Mutex<HashSet<(Arc<str>, Target)>>,
}

impl Default for Dispatcher {
    fn default() -> Dispatcher {
        Dispatcher::new(TIMEOUT, PER_ENDPOINT, None)
    }
}

impl Dispatcher {
    pub fn new(timeout: Duration, per_endpoint: usize, forward: Option<Forward>) -> Dispatcher {
        Dispatcher::reaching(timeout, per_endpoint, forward, Reach::default())
    }

    /// A sender that may also reach `reach`'s hosts and trusts its certificates.
    pub fn reaching(timeout: Duration, per_endpoint: usize, forward: Option<Forward>, reach: Reach) -> Dispatcher {
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        connector.set_connect_timeout(Some(timeout));
        // The TLS layer takes http:// URLs through as they are.
        connector.enforce_http(false);
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for cert in reach.extra_roots {
            // A certificate rustls cannot use as a root is left out; the deliveries it was
            // meant for then fail, each with the TLS error saying why.
            let _ = roots.add(cert);
        }
        // ring rather than aws-lc-rs (which needs cmake to build); rustls marks ring's
        // provider deprecated only for lacking post-quantum key exchange, which deliveries to
        // a test receiver do not need.
        #[allow(deprecated)]
        let provider = rustls::crypto::ring::default_provider();
        let tls = rustls::ClientConfig::builder_with_provider(Arc::new(provider))
            .with_safe_default_protocol_versions()
            .expect("ring supports rustls's default protocol versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1()
            .wrap_connector(connector);
        // `--forward-to` and `--forward-connect-to` are the operator's own choices.
        let mut allow_hosts = reach.allow_hosts;
        if let Some(forward) = &forward {
            allow_hosts.extend(url_host(&forward.url));
            allow_hosts.extend(forward.connect_url.as_deref().and_then(url_host));
        }
        Dispatcher {
            transport: Transport::Http(
                Client::builder(TokioExecutor::new())
                    .pool_idle_timeout(Duration::from_secs(30))
                    // Headers go out as Stripe spells them (`Stripe-Signature`), for receivers
                    // that read a raw header map as some serverless runtimes hand it over.
                    .http1_title_case_headers(true)
                    .build(https),
            ),
            timeout,
            per_endpoint: per_endpoint.max(1),
            forward,
            allow_hosts,
            running: Mutex::new(HashSet::new()),
        }
    }

    /// The same sender, delivering through `transport`.
    pub fn with_transport(self, transport: Transport) -> Dispatcher {
        Dispatcher { transport, ..self }
    }

    /// Whether no delivery task is running.
    pub fn idle(&self) -> bool {
        self.running.lock().is_empty()
    }
}

/// One delivery, ready to send: everything taken from the world under its lock.
struct Job {
    event: EventId,
    /// The world's time when the delivery was taken to be sent: what the attempt's log
    /// shows, in the world's (perhaps simulated) time, as every other time the API shows.
    at: Timestamp,
    url: Arc<str>,
    secret: Arc<str>,
    payload: Vec<u8>,
}

/// The event's JSON as delivered to `target`: with its history, its request and its
/// pending deliveries, rendered for the endpoint's `api_version` (the world's default for
/// an endpoint without one, and for `--forward-to`).
pub fn payload(world: &World, target: Target, event: EventId) -> Vec<u8> {
    let ledger = world.ledger();
    let endpoint = WebhookEndpointId(target);
    let version = (target != FORWARD && target != FORWARD_CONNECT && ledger.holds(Obj::WebhookEndpoint(endpoint)))
        .then(|| ledger.webhook_endpoint(endpoint).api_version.as_deref())
        .flatten()
        .and_then(|v| ApiVersion::parse(v.as_bytes()))
        .unwrap_or(ApiVersion::DEFAULT);
    version::render_as(version, || {
        View::event(ledger, world, event, &crate::server::expand::NONE).to_json()
    })
}

/// What the sender needs of the server it sends for: its worlds, where news goes, the
/// journal, the time, and its own settings. The server's state is one; the sender names no
/// more of it than this, so it sits below the state that holds it.
pub trait Host: Send + Sync + 'static {
    /// The sender's settings.
    fn sender(&self) -> &Dispatcher;
    /// The world of `key`, if it exists (a delivery never creates one).
    fn existing_world(&self, key: &str) -> Option<Arc<Mutex<World>>>;
    /// Every key with a world.
    fn world_keys(&self) -> Vec<Box<str>>;
    /// Tells listeners that a world committed `events`, or changed all the same.
    fn publish(&self, key: &str, events: &[EventId], changed: bool);
    /// The journal, with `--state`.
    fn journal(&self) -> Option<&Journal>;
    /// The time worlds follow (the wall clock, or `--start-time`).
    fn wall(&self) -> Timestamp;
    /// The machine's clock: when an attempt is made, as `Stripe-Signature`'s `t` says.
    fn signing_time(&self) -> Timestamp;
}

/// Where `target` receives and the secret it verifies with, if it exists; for automatic
/// deliveries (`manual` false) only if it is enabled.
fn address(sender: &Dispatcher, world: &World, target: Target, manual: bool) -> Option<(Arc<str>, Arc<str>)> {
    let forward = sender.forward.as_ref();
    match target {
        FORWARD => forward.map(|f| (f.url.as_str().into(), f.secret.as_str().into())),
        FORWARD_CONNECT => forward.and_then(|f| Some((f.connect_url.as_deref()?.into(), f.secret.as_str().into()))),
        target if as_destination(target).is_some() => {
            let ledger = world.ledger();
            let id = as_destination(target)?;
            let destination = (ledger.holds(Obj::EventDestination(id))).then(|| ledger.event_destination(id))?;
            (!destination.deleted && (manual || !destination.disabled))
                .then(|| ((*destination.url).into(), ledger.event_destination_secret(id).into()))
        }
        index => {
            let ledger = world.ledger();
            let id = WebhookEndpointId(index);
            let endpoint = (ledger.holds(Obj::WebhookEndpoint(id))).then(|| ledger.webhook_endpoint(id))?;
            (!endpoint.deleted && (manual || !endpoint.disabled))
                .then(|| ((*endpoint.url).into(), ledger.webhook_secret(id).into()))
        }
    }
}

/// Hands on what a world just committed live: its events to whoever listens, and what
/// it owes by now to the sender. Called with the world locked, after every live change.
pub fn announce<H: Host>(host: &Arc<H>, world_key: &str, world: &mut World) {
    let changed = world.take_change();
    host.publish(world_key, world.news(), changed);
    world.clear_news();
    for (target, event) in world.webhooks.take_resends() {
        resend(host, world_key, world, event, target);
    }
    let due = world.webhooks.due_targets(world.ledger().now());
    if !due.is_empty() {
        dispatch(host, world_key, due);
    }
}

/// Starts sending what `world_key`'s world owes `targets`, unless already under way.
fn dispatch<H: Host>(host: &Arc<H>, world_key: &str, targets: Vec<Target>) {
    for target in targets {
        let key: Arc<str> = world_key.into();
        if host.sender().running.lock().insert((key.clone(), target)) {
            let host = host.clone();
            tokio::spawn(async move { deliver(host, key, target).await });
        }
    }
}

/// Lets every world with somewhere to deliver catch up with the wall clock and sends
/// what it owes by now: retries come due on a world's clock, which moves without any
/// request. The server calls this every second.
pub fn tick<H: Host>(host: &Arc<H>) {
    for key in host.world_keys() {
        let Some(world) = host.existing_world(&key) else {
            continue;
        };
        let mut world = world.lock();
        if world.webhooks.has_targets(world.ledger()) {
            world.catch_up(host.wall(), Mode::Live);
            announce(host, &key, &mut world);
        }
    }
}

/// Journals an attempt's outcome (with `--state`) and settles it in the world.
fn settle<H: Host>(host: &H, key: &str, world: &mut World, target: Target, event: EventId, outcome: Outcome) {
    let now = world.ledger().now();
    world.webhooks.settle(target, event, outcome, now);
    if let Some(journal) = host.journal() {
        world.seq += 1;
        // Not waited for: a delivery whose record is lost is delivered again, which
        // at-least-once allows.
        let _ = journal.append(&Record::Delivery(Delivery {
            key: key.to_owned(),
            seq: world.seq,
            target,
            event: event.index() as u32,
            outcome,
            now,
            version: world.ledger().version(),
        }));
    }
}

/// Sends what one world owes one target until nothing is due: a batch of due deliveries
/// taken under one lock, sent `per_endpoint` at a time in order, their outcomes settled
/// under one lock every few milliseconds (at once after a failure, so a slow receiver's
/// attempts show as they end).
async fn deliver<H: Host>(host: Arc<H>, key: Arc<str>, target: Target) {
    while let Some(world) = host.existing_world(&key) {
        let (jobs, generation) = {
            let mut world = world.lock();
            let now = world.ledger().now();
            let at = world.now(host.wall());
            let events = world.webhooks.take_due(target, now, BATCH);
            let jobs: Vec<Job> = match address(host.sender(), &world, target, false) {
                Some((url, secret)) => events
                    .into_iter()
                    .map(|event| Job {
                        event,
                        at,
                        url: url.clone(),
                        secret: secret.clone(),
                        payload: payload(&world, target, event),
                    })
                    .collect(),
                None => {
                    // Disabled when the attempt came due: no more retries, as on Stripe.
                    let given_up = !events.is_empty();
                    for event in events {
                        settle(&*host, &key, &mut world, target, event, Outcome::GivenUp);
                    }
                    if given_up {
                        host.publish(&key, &[], true);
                        continue;
                    }
                    Vec::new()
                }
            };
            if jobs.is_empty() {
                // Nothing due: stop, unless something became due while this task was
                // deciding (a request that saw it running started no other).
                host.sender().running.lock().remove(&(key.clone(), target));
                let due = world.webhooks.due_targets(now).contains(&target);
                if due && host.sender().running.lock().insert((key.clone(), target)) {
                    continue;
                }
                break;
            }
            (jobs, world.generation)
        };
        let mut done: Vec<Attempt> = Vec::with_capacity(jobs.len());
        let mut settled_at = Instant::now();
        let mut jobs = jobs.into_iter().peekable();
        while jobs.peek().is_some() {
            let wave: Vec<Job> = jobs.by_ref().take(host.sender().per_endpoint).collect();
            if let [_] = wave.as_slice() {
                let job = wave.into_iter().next().expect("a wave of one");
                done.push(attempt(&*host, job, target, false).await);
            } else {
                let mut attempts = tokio::task::JoinSet::new();
                for job in wave {
                    let host = host.clone();
                    attempts.spawn(async move { attempt(&*host, job, target, false).await });
                }
                while let Some(attempt) = attempts.join_next().await {
                    done.extend(attempt.ok());
                }
            }
            let failed = done.iter().any(|a| a.error.is_some());
            if failed || jobs.peek().is_none() || settled_at.elapsed() >= SETTLE_EVERY {
                settle_all(&*host, &key, &world, generation, target, std::mem::take(&mut done));
                settled_at = Instant::now();
            }
        }
    }
}

/// Settles finished attempts in the world (unless it was reset since they were taken:
/// then they belong to no one), logs them, and tells listeners the world changed (a
/// dashboard shows each event's deliveries).
fn settle_all<H: Host>(host: &H, key: &str, world: &Mutex<World>, generation: u64, target: Target, done: Vec<Attempt>) {
    let mut world = world.lock();
    if world.generation != generation || done.is_empty() {
        return;
    }
    for attempt in done {
        let outcome = if attempt.error.is_none() {
            Outcome::Succeeded
        } else {
            Outcome::Failed
        };
        settle(host, key, &mut world, target, attempt.event, outcome);
        world.webhooks.log(attempt);
    }
    host.publish(key, &[], true);
}

/// One attempt at delivering `job` to `target`.
async fn attempt<H: Host>(host: &H, job: Job, target: Target, manual: bool) -> Attempt {
    // Signed with the wall clock's time, whatever the world's: receivers check `t` against
    // their own clock.
    let signed_at: Timestamp = host.signing_time();
    let started = Instant::now();
    let sender = host.sender();
    // A host the operator did not allow is never contacted, however deliveries are sent: the
    // attempt fails at once.
    if let Err(reason) = delivery_allowed(&job.url, &sender.allow_hosts) {
        return Attempt {
            event: job.event,
            target,
            at: job.at,
            status: None,
            latency_ms: 0,
            error: Some(reason),
            manual,
        };
    }
    let outcome = match &sender.transport {
        Transport::Local(answer) => {
            hyper::StatusCode::from_u16(answer(&job.url, &job.payload)).map_err(|e| e.to_string())
        }
        Transport::Http(client) => {
            let signature = signature::header(&job.secret, signed_at, &job.payload);
            let request = hyper::Request::post(&*job.url)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                .header("Stripe-Signature", signature)
                .body(Full::new(Bytes::from(job.payload)));
            match request {
                Err(e) => Err(format!("the endpoint's url cannot be requested: {e}")),
                Ok(request) => {
                    let exchange = async {
                        let response = client.request(request).await.map_err(describe)?;
                        let status = response.status();
                        // Read (and drop) a bounded part of the answer, so the connection
                        // can be reused; an endless answer is cut off by the limit or the
                        // timeout.
                        let _ = Limited::new(response.into_body(), MAX_RESPONSE).collect().await;
                        Ok::<_, String>(status)
                    };
                    match tokio::time::timeout(sender.timeout, exchange).await {
                        Err(_) => Err(format!("no answer within {} s", sender.timeout.as_secs_f64())),
                        Ok(result) => result,
                    }
                }
            }
        }
    };
    let latency_ms = started.elapsed().as_millis() as u64;
    let (status, error) = match outcome {
        Ok(status) if status.is_success() => (Some(status.as_u16()), None),
        Ok(status) if status.is_redirection() => (
            Some(status.as_u16()),
            Some(format!("a redirect ({}) counts as a failure", status.as_u16())),
        ),
        Ok(status) => (
            Some(status.as_u16()),
            Some(format!("the endpoint answered {}", status.as_u16())),
        ),
        Err(error) => (None, Some(error)),
    };
    Attempt {
        event: job.event,
        target,
        at: job.at,
        status,
        latency_ms,
        error,
        manual,
    }
}

/// `POST /v1/events/{id}/retry`: one more attempt at once, outside the automatic
/// schedule, which it does not change even if it succeeds (as on Stripe). Logged with
/// the world's attempts.
fn resend<H: Host>(host: &Arc<H>, world_key: &str, world: &World, event: EventId, target: Target) {
    let Some((url, secret)) = address(host.sender(), world, target, true) else {
        return;
    };
    let job = Job {
        event,
        at: world.now(host.wall()),
        url,
        secret,
        payload: payload(world, target, event),
    };
    let host = host.clone();
    let key: Arc<str> = world_key.into();
    tokio::spawn(async move {
        let attempt = attempt(&*host, job, target, true).await;
        if let Some(world) = host.existing_world(&key) {
            world.lock().webhooks.log(attempt);
            host.publish(&key, &[], true);
        }
    });
}

/// Why a request to a receiver failed, in a few words.
fn describe(error: hyper_util::client::legacy::Error) -> String {
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
