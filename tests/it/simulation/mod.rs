//! The whole server under a seeded random workload, in the spirit of TigerBeetle's
//! simulator: random API sequences on a few worlds — idempotent retries, injected faults,
//! concurrent requests on one world, crashes at random points, clean ones and ones that tear
//! a journal record or a snapshot part-way through writing it — checked after every step.
//!
//! **One seed is one run.** Requests run on a current-thread runtime with paused time; when
//! several are in flight on a world, a seeded scheduler ([`scheduler`]) chooses which moves
//! next; the journal is written on the caller's thread and webhooks are answered in-process
//! by a function of the payload (every third or so fails), so nothing outside the seed
//! decides anything. A test holds this: the same seed twice gives the same trace (every
//! response, and the worlds' images at the end), and another seed another trace.
//!
//! **Checked after every step:** the books of the world audit; an independent model of its
//! money and objects ([`oracle`]) agrees with what the server shows; a refused request
//! changed nothing (its world's image is byte for byte what it was); a retried idempotent
//! request answers the first response byte for byte.
//!
//! **Crashes.** A clean crash drops the server once everything is on disk: the worlds rebuilt
//! from the state directory (snapshot plus journal, replayed and each record's digest
//! checked) are byte for byte the worlds that were live. A torn crash makes the process die
//! after a seeded number more bytes written to the state directory, part-way through a
//! journal record, a new segment's header, or a snapshot: every request whose record did not
//! make it is answered as not persisted, and the worlds rebuilt afterwards hold every
//! acknowledged write and nothing else — the model agrees with them, and where the step that
//! died acknowledged nothing, they are byte for byte the worlds before it.
//!
//! `DEBITSIM_SIM_SEED=N` runs one seed (to reproduce a failure: the panic names its seed and
//! step); `DEBITSIM_SIM_SEEDS` and `DEBITSIM_SIM_STEPS` run more of them, longer;
//! `DEBITSIM_SIM_TRACE` prints every request.

mod builds;
mod oracle;
mod scheduler;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::Request;
use debitsim::fixtures::{DEFAULT_FIXTURES, Fixtures};
use debitsim::server::clock::{Clock, ManualClock};
use debitsim::server::dispatch::{Dispatcher, Transport};
use debitsim::server::persist::{self, Crash, Writing};
use debitsim::server::pipeline;
use debitsim::server::state::AppState;
use http_body_util::BodyExt;
use serde_json::Value;

/// A seeded source of choices (SplitMix64).
pub struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const PLATFORM: &str = "acct_1SimPlatform00US";
const CONNECTED: &[&str] = &[
    "acct_1SimExpressUS001",
    "acct_1SimCustomUSNoBk",
    "acct_1SimStandardUS01",
    "acct_1SimExpressGB001",
];
const START: i64 = 1_795_186_800;

/// Where the worlds' webhook endpoints point: a loopback address, as every delivery must be,
/// where nothing is contacted: the simulation's transport answers instead ([`receiver`]).
const RECEIVER: &str = "http://127.0.0.1:9/sim-receiver";

/// One request to send.
#[derive(Clone, Debug)]
struct Call {
    method: &'static str,
    path: String,
    body: String,
    account: Option<String>,
    idempotency_key: Option<String>,
}

impl Call {
    fn post(path: &str, body: String) -> Call {
        Call {
            method: "POST",
            path: path.to_owned(),
            body,
            account: None,
            idempotency_key: None,
        }
    }

    fn get(path: &str) -> Call {
        Call {
            method: "GET",
            ..Call::post(path, String::new())
        }
    }

    fn acting_as(mut self, account: &str) -> Call {
        self.account = Some(account.to_owned());
        self
    }

    /// Acting as `owner`, if there is one (the platform otherwise).
    fn by(self, owner: Option<&str>) -> Call {
        match owner {
            Some(owner) => self.acting_as(owner),
            None => self,
        }
    }

    /// As the model reads it.
    fn sent(&self) -> oracle::Sent<'_> {
        oracle::Sent {
            method: self.method,
            path: &self.path,
            body: &self.body,
            account: self.account.as_deref(),
        }
    }
}

/// What a world has made so far, for choosing what to act on next.
#[derive(Default)]
struct Seen {
    charges: Vec<(String, Option<String>)>,
    transfers: Vec<(String, Option<String>)>,
    accounts: Vec<String>,
    /// PaymentIntents made, and disputes seen, with the account that owns them.
    intents: Vec<(String, Option<String>)>,
    disputes: Vec<(String, Option<String>)>,
    /// Webhook endpoints made (`we_…`).
    endpoints: Vec<String>,
    /// Test clocks made (`clock_…`), with the frozen time each was last advanced to.
    clocks: Vec<(String, i64)>,
    /// Idempotent writes whose response was kept, with that status and body and the world's
    /// time then (keys expire after a day of it).
    idempotent: Vec<(Call, u16, Vec<u8>, i64)>,
}

/// How the simulated receiver answers a delivery: a function of the payload alone, so the
/// same deliveries meet the same answers whatever their order (about a third fail).
fn receiver(_url: &str, payload: &[u8]) -> u16 {
    let mut hasher = DefaultHasher::new();
    payload.hash(&mut hasher);
    if hasher.finish() % 3 == 0 { 500 } else { 200 }
}

/// An answer: status, body, and whether it was an idempotent replay.
#[derive(Clone, Debug)]
struct Answer {
    status: u16,
    body: Vec<u8>,
    replayed: bool,
}

impl Answer {
    fn json(&self) -> Value {
        json(&self.body)
    }
}

/// A page of a list, as the census reads it.
#[derive(serde::Deserialize)]
struct Page {
    object: String,
    data: Vec<Listed>,
    has_more: bool,
}

/// What the census reads of a listed object; the rest of its JSON is skipped unread.
#[derive(serde::Deserialize)]
struct Listed {
    id: String,
    status: Option<String>,
    amount: Option<i64>,
    amount_captured: Option<i64>,
    amount_refunded: Option<i64>,
    amount_reversed: Option<i64>,
    charge: Option<String>,
}

/// The server: its shared state, and the crash it may die of.
struct Server {
    state: Arc<AppState>,
    crash: Arc<Crash>,
    /// What recovery found damaged at this start.
    damage: Option<String>,
}

impl Server {
    /// A server on `dir` as a restarted process would be: the worlds recovered from it (each
    /// record's digest checked), then a journal of its own, written inline, stamped with
    /// `build` (this build's unless given; a later start replays it as another build's),
    /// that can be made to crash. `life` numbers the process, so request ids differ between
    /// lives and not between runs.
    fn start(dir: &Path, clock: Arc<ManualClock>, life: u64, build: Option<String>) -> Server {
        let mut state = AppState::with_clock(Fixtures::builtin(), clock.clone());
        state.request_salt = 0x5eed_0000_0000 ^ life;
        state.webhooks = Dispatcher::default().with_transport(Transport::Local(Arc::new(receiver)));
        let recovered = persist::recover(dir, state.fixtures.hash()).expect("the state directory is readable");
        let damage = recovered.damage.clone();
        pipeline::restore(&state, recovered).expect("the journal replays");
        let crash = Crash::never();
        // Snapshots are taken by the simulation itself, at random points.
        let writing = Writing {
            inline: true,
            crash: Some(crash.clone()),
            build,
        };
        state.journal = Some(persist::Journal::open_with(dir, u64::MAX, writing).unwrap());
        Server {
            state: Arc::new(state),
            crash,
            damage,
        }
    }

    async fn send(&self, key: &str, call: &Call) -> Answer {
        let mut request = Request::builder()
            .method(call.method)
            .uri(&call.path)
            .header("authorization", format!("Bearer {key}"))
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(account) = &call.account {
            request = request.header("stripe-account", account);
        }
        if let Some(idempotency_key) = &call.idempotency_key {
            request = request.header("idempotency-key", idempotency_key);
        }
        let request = request.body(Body::from(call.body.clone())).unwrap();
        let dead = self.crash.happened();
        let response = pipeline::handle(State(self.state.clone()), request).await;
        let status = response.status().as_u16();
        let replayed = response.headers().contains_key("idempotent-replayed");
        let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        if std::env::var_os("DEBITSIM_SIM_TRACE").is_some() {
            let made = serde_json::from_slice::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| v["id"].as_str().map(str::to_owned))
                .unwrap_or_default();
            let on = call.account.as_deref().unwrap_or("");
            eprintln!(
                "{key} {on} {} {} {} -> {status} {made}",
                call.method, call.path, call.body
            );
        }
        // Once the process has died, no change is acknowledged: not a new one, and not one
        // whose record was lost, replayed to a retry.
        assert!(
            !(dead && status == 200 && call.method == "POST" && call.path.starts_with("/v1/")),
            "{} {} was acknowledged after the journal died: {}",
            call.method,
            call.path,
            String::from_utf8_lossy(&body)
        );
        Answer { status, body, replayed }
    }

    /// Every world's image, caught up to the same moment first, once no webhook delivery is
    /// under way and every outcome is on disk.
    async fn images(&self, keys: &[String]) -> Vec<(String, Vec<u8>)> {
        for key in keys {
            assert_eq!(self.send(key, &Call::get("/_sim/clock")).await.status, 200);
        }
        self.quiesce().await;
        self.state.world_images()
    }

    /// The images of the worlds that exist, each caught up to now first (no world is made).
    async fn existing_images(&self, keys: &[String]) -> Vec<(String, Vec<u8>)> {
        for key in keys {
            if self.state.existing_world(world_key(key)).is_some() {
                assert_eq!(self.send(key, &Call::get("/_sim/clock")).await.status, 200);
            }
        }
        self.state.world_images()
    }

    /// Waits until no delivery is being sent or due (on the manual clock, retries wait for
    /// it to move), then until the journal holds every outcome.
    async fn quiesce(&self) {
        for _ in 0..2_000 {
            let quiet = self.state.webhooks.idle()
                && self.state.world_keys().iter().all(|key| {
                    let world = self.state.existing_world(key).unwrap();
                    let world = world.lock();
                    world.webhooks.quiet(world.ledger().now())
                });
            if quiet {
                if let Some(journal) = &self.state.journal
                    && !self.crash.happened()
                {
                    journal.barrier().written().await.expect("the journal is written");
                }
                return;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        panic!("webhook deliveries never settled");
    }

    /// The world's simulated time now.
    async fn now(&self, key: &str) -> i64 {
        json(&self.send(key, &Call::get("/_sim/clock")).await.body)["now"]
            .as_i64()
            .unwrap_or_default()
    }

    /// The image of `key`'s ledger (its money and objects), caught up to now first; empty if
    /// it has no world yet.
    async fn image_of(&self, key: &str) -> Vec<u8> {
        if self.state.existing_world(world_key(key)).is_none() {
            return Vec::new();
        }
        assert_eq!(self.send(key, &Call::get("/_sim/clock")).await.status, 200);
        let world = self.state.existing_world(world_key(key)).unwrap();
        let mut w = debitsim::ledger::codec::Writer::new();
        w.put(world.lock().ledger());
        w.into_bytes()
    }
}

/// The part of an API key that names its world.
fn world_key(key: &str) -> &str {
    key.strip_prefix("sk_test_").unwrap()
}

fn json(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap_or(Value::Null)
}

/// A random call on a world that moves money or changes it, or reads it.
fn random_call(rng: &mut Rng, seen: &Seen) -> Call {
    let account = |rng: &mut Rng| (*rng.pick(CONNECTED).unwrap()).to_owned();
    let amount = |rng: &mut Rng| [1, 50, 999, 1_500, 20_000, 250_000, 99_999_999][rng.below(7)];
    match rng.below(19) {
        // Money in: PaymentIntents (destination with a fee, direct with a fee, manual
        // capture), their captures, disputes' evidence, fee refunds.
        15 | 16 => {
            let method = *rng
                .pick(&[
                    "pm_card_visa",
                    "pm_card_bypassPending",
                    "pm_card_chargeDeclined",
                    "pm_card_createDispute",
                    "pm_card_createDisputeInquiry",
                ])
                .unwrap();
            let manual = if rng.chance(30) { "&capture_method=manual" } else { "" };
            let body = format!(
                "amount={}&currency=usd&payment_method={method}&confirm=true{manual}",
                amount(rng).max(50)
            );
            if rng.chance(50) {
                Call::post(
                    "/v1/payment_intents",
                    format!(
                        "{body}&transfer_data[destination]={}&application_fee_amount={}",
                        CONNECTED[0],
                        rng.below(40)
                    ),
                )
            } else {
                Call::post(
                    "/v1/payment_intents",
                    format!("{body}&application_fee_amount={}", rng.below(40)),
                )
                .acting_as(CONNECTED[0])
            }
        }
        17 => match rng.pick(&seen.intents) {
            Some((intent, owner)) => {
                let body = if rng.chance(50) {
                    format!("amount_to_capture={}", amount(rng))
                } else {
                    String::new()
                };
                let call = Call::post(&format!("/v1/payment_intents/{intent}/capture"), body);
                call.by(owner.as_deref())
            }
            None => Call::get("/v1/payment_intents"),
        },
        18 if !seen.disputes.is_empty() && rng.chance(50) => {
            let (dispute, owner) = rng.pick(&seen.disputes).unwrap().clone();
            let text = *rng.pick(&["winning_evidence", "losing_evidence", "anything"]).unwrap();
            let call = Call::post(
                &format!("/v1/disputes/{dispute}"),
                format!("evidence[uncategorized_text]={text}&submit={}", rng.chance(70)),
            );
            call.by(owner.as_deref())
        }
        18 => {
            if rng.chance(50) {
                Call::get("/v1/disputes?limit=3").acting_as(CONNECTED[0])
            } else {
                Call::get("/v1/application_fees?limit=3")
            }
        }
        0 | 1 => Call::post(
            "/v1/charges",
            format!("amount={}&currency=usd&source={}", amount(rng), account(rng)),
        ),
        2 | 3 => {
            let from = account(rng);
            let currency = if from.contains("GB") { "gbp" } else { "usd" };
            let reference = if from.contains("Standard") {
                match seen
                    .charges
                    .iter()
                    .find(|(_, owner)| owner.as_deref() == Some(from.as_str()))
                {
                    Some((charge, _)) => {
                        format!("&reference_transaction[type]=charge&reference_transaction[charge]={charge}")
                    }
                    None => String::new(),
                }
            } else {
                String::new()
            };
            Call::post(
                "/v1/transfers",
                format!(
                    "amount={}&currency={currency}&destination={PLATFORM}{reference}",
                    amount(rng)
                ),
            )
            .acting_as(&from)
        }
        4 | 5 => {
            let token = *rng
                .pick(&["tok_visa", "tok_bypassPending", "tok_chargeDeclined", "tok_mastercard"])
                .unwrap();
            let destination = if rng.chance(30) {
                format!("&transfer_data[destination]={}", CONNECTED[0])
            } else {
                String::new()
            };
            let call = Call::post(
                "/v1/charges",
                format!(
                    "amount={}&currency=usd&source={token}{destination}",
                    amount(rng).max(50)
                ),
            );
            if rng.chance(25) {
                call.acting_as(CONNECTED[2])
            } else {
                call
            }
        }
        6 => Call::post(
            "/v1/transfers",
            format!("amount={}&currency=usd&destination={}", amount(rng), account(rng)),
        ),
        7 => match rng.pick(&seen.transfers) {
            Some((transfer, owner)) => {
                let body = if rng.chance(50) {
                    format!("amount={}", amount(rng))
                } else {
                    String::new()
                };
                let call = Call::post(&format!("/v1/transfers/{transfer}/reversals"), body);
                call.by(owner.as_deref())
            }
            None => Call::get("/v1/balance"),
        },
        8 => match rng.pick(&seen.charges) {
            Some((charge, owner)) => {
                let mut body = format!("charge={charge}");
                if rng.chance(50) {
                    body.push_str(&format!("&amount={}", amount(rng)));
                }
                if rng.chance(30) {
                    body.push_str("&reverse_transfer=true");
                }
                let call = Call::post("/v1/refunds", body);
                call.by(owner.as_deref())
            }
            None => Call::get("/v1/charges"),
        },
        9 => Call::post("/v1/payouts", format!("amount={}&currency=usd", amount(rng))).acting_as(CONNECTED[2]),
        // Time through a test clock: a clock of the world, advanced (now and then to a
        // moment it is already past, which is refused and changes nothing).
        10 if rng.chance(40) => match rng.pick(&seen.clocks) {
            None => Call::post("/v1/test_helpers/test_clocks", format!("frozen_time={START}")),
            Some((clock, frozen)) => {
                let step = if rng.chance(10) {
                    -60
                } else {
                    1 + rng.below(3 * 86_400) as i64
                };
                Call::post(
                    &format!("/v1/test_helpers/test_clocks/{clock}/advance"),
                    format!("frozen_time={}", frozen + step),
                )
            }
        },
        10 => {
            let body = if rng.chance(50) {
                format!("seconds={}", rng.below(3 * 86_400))
            } else {
                format!("days={}", 1 + rng.below(3))
            };
            Call::post("/_sim/clock/advance", body)
        }
        11 => Call::post(
            "/v1/accounts",
            format!(
                "type={}&country=US&external_account=btok_us&metadata[n]={}",
                ["express", "custom", "standard"][rng.below(3)],
                rng.below(1000)
            ),
        ),
        13 if seen.endpoints.len() < 3 => Call::post(
            "/v1/webhook_endpoints",
            format!("url={}&enabled_events[]=*&connect={}", RECEIVER, rng.chance(50)),
        ),
        13 => {
            let endpoint = rng.pick(&seen.endpoints).unwrap().clone();
            if rng.chance(20) {
                Call {
                    method: "DELETE",
                    ..Call::post(&format!("/v1/webhook_endpoints/{endpoint}"), String::new())
                }
            } else {
                Call::post(
                    &format!("/v1/webhook_endpoints/{endpoint}"),
                    format!("disabled={}", rng.chance(30)),
                )
            }
        }
        12 => match rng.pick(&seen.charges) {
            Some((charge, owner)) => {
                let call = Call::post(
                    &format!("/v1/charges/{charge}"),
                    format!("metadata[k]={}", rng.below(100)),
                );
                call.by(owner.as_deref())
            }
            None => Call::get("/v1/events"),
        },
        _ => {
            let path = *rng
                .pick(&[
                    "/v1/balance",
                    "/v1/balance_transactions?limit=5",
                    "/v1/events?limit=3",
                    "/v1/transfers",
                ])
                .unwrap();
            let call = Call::get(path);
            if rng.chance(50) {
                call.acting_as(&account(rng))
            } else {
                call
            }
        }
    }
}

/// Records what a successful call made.
fn learn(seen: &mut Seen, call: &Call, body: &[u8]) {
    let value = json(body);
    let id = value["id"].as_str().unwrap_or_default().to_owned();
    match (call.method, call.path.as_str(), value["object"].as_str()) {
        ("POST", "/v1/charges", Some("charge")) if id.starts_with("ch_") => {
            seen.charges.push((id, call.account.clone()))
        }
        ("POST", "/v1/transfers", Some("transfer")) => seen.transfers.push((id, call.account.clone())),
        ("POST", "/v1/accounts", Some("account")) => seen.accounts.push(id),
        ("POST", "/v1/payment_intents", Some("payment_intent")) => seen.intents.push((id, call.account.clone())),
        ("GET", path, Some("list")) if path.starts_with("/v1/disputes") => {
            for dispute in value["data"].as_array().into_iter().flatten() {
                if let Some(id) = dispute["id"].as_str() {
                    seen.disputes.push((id.to_owned(), call.account.clone()));
                }
            }
        }
        ("POST", "/v1/webhook_endpoints", Some("webhook_endpoint")) => seen.endpoints.push(id),
        ("POST", "/v1/test_helpers/test_clocks", Some("test_helpers.test_clock")) => seen
            .clocks
            .push((id, value["frozen_time"].as_i64().unwrap_or_default())),
        ("POST", path, Some("test_helpers.test_clock")) if path.ends_with("/advance") => {
            let target = value["status_details"]["advancing"]["target_frozen_time"].as_i64();
            if let (Some(clock), Some(target)) = (seen.clocks.iter_mut().find(|(c, _)| *c == id), target) {
                clock.1 = target;
            }
        }
        ("DELETE", path, _) if path.starts_with("/v1/webhook_endpoints/") => seen.endpoints.retain(|e| *e != id),
        _ => {}
    }
}

/// Whether a call ran at all: not turned away by an injected fault, an idempotency key in
/// use or reused, and not lost with a process that died (not persisted).
fn ran(answer: &Answer) -> bool {
    !answer.replayed
        && !matches!(answer.status, 409 | 429 | 500 | 503)
        && answer.json()["error"]["type"] != "idempotency_error"
}

/// What a run did, for its report.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub steps: usize,
    pub requests: usize,
    pub clean_crashes: usize,
    /// Crashes part-way through a write, and how many of them recovery reported damage for
    /// (a torn record or segment header, cut off).
    pub torn_crashes: usize,
    pub torn_reported: usize,
    /// Of the torn crashes, those in a snapshot, and those after which the worlds were
    /// compared byte for byte with the worlds before the step.
    pub torn_in_snapshot: usize,
    pub exact_after_tear: usize,
    /// Restarts whose journal was stamped as another build's (replayed under the digest
    /// check as a tail from another build).
    pub other_builds: usize,
    /// Model comparisons of balances, and of every object (a census).
    pub balance_checks: usize,
    pub censuses: usize,
    pub concurrent_batches: usize,
}

/// How often the model counts every object of the world a step acted on (and at every crash
/// and at the end); balances are compared after every step.
const CENSUS_EVERY: usize = 25;

/// One seeded run: its server, its worlds and the model of each, and the trace of what
/// the server answered.
struct Sim {
    seed: u64,
    rng: Rng,
    dir: PathBuf,
    clock: Arc<ManualClock>,
    server: Server,
    keys: Vec<String>,
    seen: Vec<Seen>,
    models: Vec<Option<oracle::World>>,
    fixtures: Value,
    trace: DefaultHasher,
    lives: u64,
    step: usize,
    stats: Stats,
}

impl Sim {
    fn new(seed: u64) -> Sim {
        let dir = std::env::temp_dir().join(format!("debitsim-sim-{}-{seed}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let clock = Arc::new(ManualClock::new(START));
        let server = Server::start(&dir, clock.clone(), 0, None);
        let keys: Vec<String> = (0..3).map(|i| format!("sk_test_sim_{seed}_{i}")).collect();
        Sim {
            seed,
            rng: Rng(seed),
            dir,
            clock,
            server,
            seen: keys.iter().map(|_| Seen::default()).collect(),
            models: keys.iter().map(|_| None).collect(),
            keys,
            fixtures: serde_json::from_str(DEFAULT_FIXTURES).unwrap(),
            trace: DefaultHasher::new(),
            lives: 0,
            step: 0,
            stats: Stats::default(),
        }
    }

    /// Where a failure happened, for its message.
    fn at(&self) -> String {
        format!("seed {} step {}", self.seed, self.step)
    }

    /// Takes note of an answer to a call of the workload on world `w`: the trace, what the
    /// world made, and the model, which follows every call that ran.
    fn observe(&mut self, w: usize, call: &Call, answer: &Answer) {
        self.stats.requests += 1;
        (&self.keys[w], call.method, &call.path, &call.body, &call.account).hash(&mut self.trace);
        (answer.status, &answer.body).hash(&mut self.trace);
        if answer.status == 200 {
            learn(&mut self.seen[w], call, &answer.body);
        }
        self.adopt();
        if !ran(answer) {
            return;
        }
        let wall = self.clock.wall();
        let at = self.at();
        if let Some(model) = &mut self.models[w] {
            model.at(wall);
            if let Err(why) = model.follow(&call.sent(), answer.status, &answer.json()) {
                panic!(
                    "{at}: the model disagrees with {} {} {}: {why}\nanswer: {} {}",
                    call.method,
                    call.path,
                    call.body,
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                );
            }
        }
    }

    /// Gives each world the server made since the last look a model, made as the world was:
    /// now, from the fixtures.
    fn adopt(&mut self) {
        for (key, model) in self.keys.iter().zip(&mut self.models) {
            if model.is_none() && self.server.state.existing_world(world_key(key)).is_some() {
                *model = Some(oracle::World::new(&self.fixtures, self.clock.wall()));
            }
        }
    }

    async fn send(&mut self, w: usize, call: &Call) -> Answer {
        let answer = self.server.send(&self.keys[w], call).await;
        self.observe(w, call, &answer);
        answer
    }

    /// The books of world `w` audit, and its balances are the model's.
    async fn check(&mut self, w: usize) {
        let key = self.keys[w].clone();
        if self.server.state.existing_world(world_key(&key)).is_none() {
            return;
        }
        let answer = self.server.send(&key, &Call::get("/_sim/audit")).await;
        let report = answer.json();
        assert!(
            answer.status == 200 && report["ok"] == true,
            "{}: the books of {key} do not audit: {report}",
            self.at()
        );
        self.check_balances(w).await;
    }

    /// Every watched account's balances, as `GET /v1/balance` shows them, against the model.
    async fn check_balances(&mut self, w: usize) {
        let Some(model) = &mut self.models[w] else {
            return;
        };
        model.at(self.clock.wall());
        let expected = model.expected_balances();
        let (accounts, platform) = (model.watched_accounts(), model.platform().to_owned());
        let key = &self.keys[w];
        for account in accounts {
            let mut call = Call::get("/v1/balance");
            if account != platform {
                call = call.acting_as(&account);
            }
            let shown = self.server.send(key, &call).await.json();
            let mut got: std::collections::BTreeMap<String, (i128, i128, i128)> = Default::default();
            for (field, slot) in [("available", 0), ("pending", 1), ("connect_reserved", 2)] {
                for entry in shown[field].as_array().into_iter().flatten() {
                    let figures = got.entry(entry["currency"].as_str().unwrap().to_owned()).or_default();
                    let amount = i128::from(entry["amount"].as_i64().unwrap());
                    match slot {
                        0 => figures.0 = amount,
                        1 => figures.1 = amount,
                        _ => figures.2 = amount,
                    }
                }
            }
            let mut want = expected.get(&account).cloned().unwrap_or_default();
            // A currency shown with nothing in it is the same as one not shown.
            got.retain(|_, figures| *figures != (0, 0, 0));
            want.retain(|_, figures| *figures != (0, 0, 0));
            assert_eq!(
                got,
                want,
                "{}: the balances of {account} in world {key} (currency: (available, pending, connect_reserved)), \
                 shown vs the model's",
                self.at()
            );
        }
        self.stats.balance_checks += 1;
    }

    /// Every object of world `w` the model counts, listed through the API, against the model.
    async fn census(&mut self, w: usize) {
        let Some(model) = &self.models[w] else {
            return;
        };
        let expected = model.census();
        let (accounts, platform) = (model.watched_accounts(), model.platform().to_owned());
        let key = self.keys[w].clone();
        let mut got = oracle::Census::default();
        for account in &accounts {
            let acting = (*account != platform).then_some(account.as_str());
            let owned = |items: Vec<Listed>| items.into_iter().map(move |item| (account.clone(), item));
            let charges = self.list_all(&key, "/v1/charges", acting).await;
            let cards = charges.iter().filter(|c| c.id.starts_with("ch_")).count();
            got.card_charges.insert(account.clone(), cards);
            let transfers = self.list_all(&key, "/v1/transfers", acting).await;
            got.transfers_sent.insert(account.clone(), transfers.len());
            let payouts = self.list_all(&key, "/v1/payouts", acting).await;
            got.payouts.insert(account.clone(), payouts.len());
            // The objects the model knows by id, as listed.
            for (owner, intent) in owned(self.list_all(&key, "/v1/payment_intents", acting).await) {
                if expected.intents.contains_key(&intent.id) {
                    got.intents
                        .insert(intent.id, (owner, intent.status.unwrap_or_default()));
                }
            }
            for (owner, dispute) in owned(self.list_all(&key, "/v1/disputes", acting).await) {
                let charge = dispute.charge.unwrap_or_default();
                let index = expected.disputes.get(&charge).map_or(usize::MAX, |d| d.2);
                got.disputes
                    .insert(charge, (owner, dispute.status.unwrap_or_default(), index));
            }
            for (sender, transfer) in owned(transfers) {
                if expected.reversed.contains_key(&transfer.id) {
                    got.reversed.insert(
                        transfer.id,
                        (sender, i128::from(transfer.amount_reversed.unwrap_or(-1))),
                    );
                }
            }
            for (owner, charge) in owned(charges) {
                if expected.refunded.contains_key(&charge.id) {
                    let failed = charge.status.as_deref() == Some("failed");
                    let figures = (
                        i128::from(charge.amount_captured.unwrap_or(-1)),
                        i128::from(charge.amount_refunded.unwrap_or(-1)),
                    );
                    got.refunded.insert(charge.id, (owner, figures.0, figures.1, failed));
                }
            }
        }
        let mut fees = self.list_all(&key, "/v1/application_fees", None).await;
        fees.reverse();
        got.fees = fees
            .iter()
            .map(|f| {
                (
                    i128::from(f.amount.unwrap_or(-1)),
                    i128::from(f.amount_refunded.unwrap_or(-1)),
                )
            })
            .collect();
        got.connected = self.list_all(&key, "/v1/accounts", None).await.len();
        assert_eq!(
            got,
            expected,
            "{}: the objects of world {key}, listed vs the model's",
            self.at()
        );
        self.stats.censuses += 1;
    }

    /// Every item of a list, page by page.
    async fn list_all(&self, key: &str, path: &str, account: Option<&str>) -> Vec<Listed> {
        let mut items: Vec<Listed> = Vec::new();
        loop {
            let mut url = format!("{path}?limit=100");
            if let Some(last) = items.last() {
                url.push_str(&format!("&starting_after={}", last.id));
            }
            let mut call = Call::get(&url);
            if let Some(account) = account {
                call = call.acting_as(account);
            }
            let answer = self.server.send(key, &call).await;
            let page: Page = serde_json::from_slice(&answer.body)
                .unwrap_or_else(|e| panic!("{}: {path}: {e}: {}", self.at(), String::from_utf8_lossy(&answer.body)));
            assert_eq!(page.object, "list", "{}: {path}", self.at());
            items.extend(page.data);
            if !page.has_more {
                return items;
            }
        }
    }

    /// The process dies (if it has not already) and a new one starts from the state
    /// directory, its journal stamped now and then as another build's.
    fn restart(&mut self) {
        // Whatever the old process still had going writes nothing now.
        self.server.crash.arm(0);
        self.lives += 1;
        let build = self.rng.chance(30).then(|| format!("0.0.0-sim+life{}", self.lives));
        self.stats.other_builds += usize::from(build.is_some());
        self.server = Server::start(&self.dir, self.clock.clone(), self.lives, build);
    }

    /// A clean crash: everything acknowledged is on disk, and the worlds rebuilt from it are
    /// byte for byte the live ones. False if an armed crash came first, while the last
    /// deliveries were settled: then it was a torn one.
    async fn clean_crash(&mut self) -> bool {
        let before = self.server.images(&self.keys).await;
        self.adopt();
        if self.server.crash.happened() {
            self.torn_crash(None, false).await;
            return false;
        }
        self.restart();
        self.stats.clean_crashes += 1;
        let after = self.server.images(&self.keys).await;
        assert!(
            before == after,
            "{}: the worlds rebuilt after a crash differ from the live ones: {}",
            self.at(),
            difference(&before, &after)
        );
        for w in 0..self.keys.len() {
            self.check(w).await;
            self.census(w).await;
        }
        true
    }

    /// After the process died part-way through a write: a new one recovers without a panic,
    /// and its worlds hold what was acknowledged and nothing else. `before` is each world's
    /// image before the step that died, when that step acknowledged no write (so the worlds
    /// must be exactly those).
    async fn torn_crash(&mut self, before: Option<Vec<(String, Vec<u8>)>>, in_snapshot: bool) {
        self.restart();
        self.stats.torn_crashes += 1;
        self.stats.torn_in_snapshot += usize::from(in_snapshot);
        self.stats.torn_reported += usize::from(self.server.damage.is_some());
        for w in 0..self.keys.len() {
            if self.server.state.existing_world(world_key(&self.keys[w])).is_none() {
                // Its creation was the unacknowledged tail: it never was.
                self.models[w] = None;
                self.seen[w] = Seen::default();
            }
        }
        if let Some(before) = before {
            let after = self.server.existing_images(&self.keys).await;
            let after: Vec<_> = after
                .into_iter()
                .filter(|(key, _)| before.iter().any(|(k, _)| k == key))
                .collect();
            assert!(
                before == after,
                "{}: the worlds rebuilt after a torn write differ from the worlds before the step: {} (recovery: {:?})",
                self.at(),
                difference(&before, &after),
                self.server.damage
            );
            self.stats.exact_after_tear += 1;
        }
        for w in 0..self.keys.len() {
            self.check(w).await;
            self.census(w).await;
        }
    }

    /// One step; whether it acknowledged a write that made it to the journal (so the worlds
    /// before it are no longer what must survive).
    async fn step(&mut self, w: usize) -> StepEnd {
        let key = self.keys[w].clone();
        let (seed, step) = (self.seed, self.step);
        match self.rng.below(100) {
            // A clean crash: the process dies with nothing but what it acknowledged on disk,
            // and a new one rebuilds every world from the state directory.
            0..=2 => {
                self.clean_crash().await;
                StepEnd::Restarted
            }
            // The process will die part-way through writing, a seeded number of bytes on.
            3..=5 => {
                let units = self.rng.below(2_500) as u64;
                self.server.crash.arm(units);
                StepEnd::Quiet
            }
            // A snapshot, compacting the journal, at a random point; now and then the process
            // dies writing it (its new segment's header, the snapshot, the renames).
            6..=8 => {
                let mut before = None;
                if self.rng.chance(30) {
                    before = Some(self.server.existing_images(&self.keys).await);
                    let size: usize = self.server.state.world_images().iter().map(|(_, i)| i.len()).sum();
                    let units = if self.rng.chance(20) {
                        // Past the bytes, into the rename and the removals.
                        (size + 64 + self.rng.below(6)) as u64
                    } else {
                        self.rng.below(size + 64) as u64
                    };
                    self.server.crash.arm(units);
                }
                match self.server.state.snapshot() {
                    Ok(()) => StepEnd::Quiet,
                    Err(e) => {
                        assert!(self.server.crash.happened(), "{}: a snapshot failed: {e}", self.at());
                        StepEnd::Snapshot(before)
                    }
                }
            }
            // An injected failure: refused in Stripe's shape, nothing changed.
            9..=12 => {
                let call = random_call(&mut self.rng, &self.seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    return StepEnd::Quiet;
                }
                let status = [500, 503, 429][self.rng.below(3)];
                let arm = Call::post(
                    "/_sim/faults",
                    format!("method=POST&path={}&status={status}", call.path),
                );
                assert_eq!(self.server.send(&key, &arm).await.status, 200);
                let before = self.server.image_of(&key).await;
                let answer = self.send(w, &call).await;
                assert_eq!(
                    answer.status,
                    status,
                    "seed {seed} step {step}: {}",
                    String::from_utf8_lossy(&answer.body)
                );
                assert!(
                    self.server.image_of(&key).await == before,
                    "seed {seed} step {step}: a fault changed the world"
                );
                StepEnd::Quiet
            }
            // An idempotent write, retried: the same answer, byte for byte, once applied.
            13..=26 => {
                let mut call = random_call(&mut self.rng, &self.seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    return StepEnd::Quiet;
                }
                call.idempotency_key = Some(format!("sim-{seed}-{step}"));
                let first = self.send(w, &call).await;
                // Retried even when the process died writing it: the retry must not be told
                // that it succeeded.
                let again = self.send(w, &call).await;
                if self.server.crash.happened() {
                    return StepEnd::Quiet;
                }
                // Stripe keeps the answer once the endpoint ran (declines and refusals of the
                // ledger included), not a refusal of the request's form.
                let must_keep = first.status == 200
                    || first.status == 402
                    || (first.status == 400 && first.json()["error"]["code"] != "parameter_unknown" && again.replayed);
                if must_keep {
                    assert!(
                        again.replayed && (again.status, &again.body) == (first.status, &first.body),
                        "seed {seed} step {step}: a retry of {call:?} differs: {} {}",
                        again.status,
                        String::from_utf8_lossy(&again.body)
                    );
                    let now = self.server.now(&key).await;
                    self.seen[w].idempotent.push((call, first.status, first.body, now));
                }
                StepEnd::Quiet
            }
            // A retry of an earlier idempotent write, maybe after a crash: still the answer.
            27..=31 => {
                if let Some((call, status, body, first)) = self.rng.pick(&self.seen[w].idempotent).cloned() {
                    // A key is kept for a day of simulated time.
                    let stored = self.server.now(&key).await - first < 86_400;
                    let again = self.send(w, &call).await;
                    if stored {
                        assert!(
                            (again.status, &again.body) == (status, &body),
                            "seed {seed} step {step}: a later retry of {call:?} differs: {} {}",
                            again.status,
                            String::from_utf8_lossy(&again.body)
                        );
                    }
                    if self.server.crash.happened() {
                        return StepEnd::Quiet;
                    }
                    // The same key with other parameters is Stripe's idempotency error.
                    let mut other = call.clone();
                    other.body.push_str("&metadata[other]=1");
                    let answer = self.send(w, &other).await;
                    if stored {
                        assert_eq!(
                            answer.status,
                            400,
                            "seed {seed} step {step}: {}",
                            String::from_utf8_lossy(&answer.body)
                        );
                        assert_eq!(answer.json()["error"]["type"], "idempotency_error");
                    }
                }
                StepEnd::Quiet
            }
            // Requests at once on one world, interleaved as the seed says (one of them now and
            // then held by an injected delay, so the others overtake it): each applies whole or
            // not at all.
            32..=41 => {
                let calls: Vec<Call> = (0..2 + self.rng.below(3))
                    .map(|_| random_call(&mut self.rng, &self.seen[w]))
                    .collect();
                let held = &calls[self.rng.below(calls.len())];
                if held.method == "POST" && held.path.starts_with("/v1/") && self.rng.chance(50) {
                    let delay = 1 + self.rng.below(40);
                    let arm = Call::post(
                        "/_sim/faults",
                        format!("method=POST&path={}&delay_ms={delay}", held.path),
                    );
                    assert_eq!(self.server.send(&key, &arm).await.status, 200);
                }
                let server = &self.server;
                let tasks: Vec<scheduler::Task<'_, Answer>> = calls
                    .iter()
                    .map(|call| Box::pin(server.send(&key, call)) as _)
                    .collect();
                let (answers, ended) = scheduler::interleave(&mut self.rng, tasks).await;
                self.stats.concurrent_batches += 1;
                // The model follows them in the order they ran.
                for i in ended {
                    self.observe(w, &calls[i], &answers[i]);
                    assert!(
                        answers[i].status < 500 || self.server.crash.happened(),
                        "seed {seed} step {step}: {} {}",
                        answers[i].status,
                        String::from_utf8_lossy(&answers[i].body)
                    );
                }
                StepEnd::Several
            }
            // A delayed write and a copy of it sent meanwhile: the copy waits its turn (409)
            // or replays, and only one applies.
            42..=45 => {
                let mut call = random_call(&mut self.rng, &self.seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    return StepEnd::Quiet;
                }
                call.idempotency_key = Some(format!("sim-delay-{seed}-{step}"));
                let arm = Call::post("/_sim/faults", format!("method=POST&path={}&delay_ms=30", call.path));
                assert_eq!(self.server.send(&key, &arm).await.status, 200);
                let server = &self.server;
                let (first, second) = tokio::join!(server.send(&key, &call), async {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    server.send(&key, &call).await
                });
                self.observe(w, &call, &first);
                self.observe(w, &call, &second);
                if !self.server.crash.happened() {
                    assert!(
                        second.status == 409 || (second.status, &second.body) == (first.status, &first.body),
                        "seed {seed} step {step}: a concurrent copy got {} {}",
                        second.status,
                        String::from_utf8_lossy(&second.body)
                    );
                }
                StepEnd::Several
            }
            // A plain request; a refusal changes nothing.
            _ => {
                let call = random_call(&mut self.rng, &self.seen[w]);
                let before = self.server.image_of(&key).await;
                let time_moves = call.path.starts_with("/_sim/clock");
                let answer = self.send(w, &call).await;
                assert!(
                    answer.status < 500 || self.server.crash.happened(),
                    "seed {seed} step {step}: {} {}",
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                );
                if answer.status != 200 && answer.status != 402 && !time_moves && !before.is_empty() && ran(&answer) {
                    assert!(
                        self.server.image_of(&key).await == before,
                        "seed {seed} step {step}: refused {call:?} ({}) but the world changed",
                        String::from_utf8_lossy(&answer.body)
                    );
                }
                StepEnd::Quiet
            }
        }
    }

    /// The run: `steps` steps, then a last crash.
    async fn run(mut self, steps: usize) -> (u64, Stats) {
        for step in 0..steps {
            self.step = step;
            let w = self.rng.below(self.keys.len());
            // Time passes between requests, as it does for a real server.
            if self.rng.chance(20) {
                self.clock.advance(Duration::from_secs(self.rng.below(7_200) as u64));
            }
            // While a crash is armed, the worlds before each step are what must survive if the
            // step dies acknowledging nothing.
            let armed = self.server.crash.armed();
            let before = if armed {
                Some(self.server.existing_images(&self.keys).await)
            } else {
                None
            };
            let end = self.step(w).await;
            self.stats.steps += 1;
            if self.server.crash.happened() {
                let in_snapshot = matches!(end, StepEnd::Snapshot(_));
                let exact = match end {
                    StepEnd::Quiet => before,
                    StepEnd::Snapshot(before) => before,
                    StepEnd::Several | StepEnd::Restarted => None,
                };
                self.torn_crash(exact, in_snapshot).await;
                continue;
            }
            self.check(w).await;
            if step % CENSUS_EVERY == 0 {
                self.census(w).await;
            }
        }
        // The last word: a crash at the end loses nothing either (once any crash still armed
        // has come).
        self.step = steps;
        if !self.clean_crash().await {
            assert!(self.clean_crash().await, "a new server has no crash armed");
        }
        let after = self.server.images(&self.keys).await;
        assert!(
            self.stats.clean_crashes + self.stats.torn_crashes > 0 || steps < 50,
            "seed {}: no crash was simulated",
            self.seed
        );
        after.hash(&mut self.trace);
        let _ = std::fs::remove_dir_all(&self.dir);
        (self.trace.finish(), self.stats)
    }
}

/// How a step ended, for what must hold if the process died during it.
enum StepEnd {
    /// At most one write, which died unacknowledged if the process died: the worlds must be
    /// those before the step.
    Quiet,
    /// A snapshot, which changes no world: the worlds before it, if the process was to die.
    Snapshot(Option<Vec<(String, Vec<u8>)>>),
    /// Several requests, some of which may have been acknowledged first: the model decides.
    Several,
    /// A clean crash and restart happened.
    Restarted,
}

/// Where two sets of world images differ, in words.
fn difference(before: &[(String, Vec<u8>)], after: &[(String, Vec<u8>)]) -> String {
    use debitsim::ledger::codec::Reader;
    use debitsim::server::world::World;
    if before.len() != after.len() {
        return format!("{} worlds before, {} after", before.len(), after.len());
    }
    for ((key, a), (_, b)) in before.iter().zip(after) {
        if a == b {
            continue;
        }
        let read = |bytes: &[u8]| World::read_image(&mut Reader::new(bytes), None).unwrap();
        let (a, b) = (read(a), read(b));
        let mut found = Vec::new();
        if a.ledger() != b.ledger() {
            found.push(format!(
                "the ledger (version {} before, {} rebuilt; now {} / {})",
                a.ledger().version(),
                b.ledger().version(),
                a.ledger().now(),
                b.ledger().now()
            ));
        }
        if a.clock_offset != b.clock_offset {
            found.push(format!("the clock offset ({} / {})", a.clock_offset, b.clock_offset));
        }
        if a.seq != b.seq {
            found.push(format!("the journal sequence ({} / {})", a.seq, b.seq));
        }
        if a.idempotency != b.idempotency {
            found.push(format!("idempotency keys ({:?} / {:?})", a.idempotency, b.idempotency));
        }
        for (i, (x, y)) in a.event_metas().iter().zip(b.event_metas()).enumerate() {
            if x != y {
                found.push(format!("event #{i}: {x:?} before, {y:?} rebuilt"));
                break;
            }
        }
        let (x, y) = (format!("{:?}", a.webhooks), format!("{:?}", b.webhooks));
        if x != y {
            let at = x.bytes().zip(y.bytes()).take_while(|(p, q)| p == q).count();
            let from = at.saturating_sub(150);
            found.push(format!(
                "webhooks, from byte {at}: …{}… before, …{}… rebuilt",
                &x[from..(at + 150).min(x.len())],
                &y[from..(at + 150).min(y.len())]
            ));
        }
        return format!(
            "world {key}: {}",
            if found.is_empty() {
                "the event records, webhooks or idempotency responses".to_owned()
            } else {
                found.join(", ")
            }
        );
    }
    "nothing".into()
}

fn env(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

/// The runtime a run needs: one thread, and tokio's clock paused (it moves only when every
/// task waits on it).
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
}

/// One seeded run of `steps` steps: the hash of its trace, and what it did.
pub fn run(seed: u64, steps: usize) -> (u64, Stats) {
    runtime().block_on(Sim::new(seed).run(steps))
}

#[test]
fn the_server_survives_random_workloads_faults_and_crashes() {
    let steps = env("DEBITSIM_SIM_STEPS").unwrap_or(200) as usize;
    let seeds: Vec<u64> = match env("DEBITSIM_SIM_SEED") {
        Some(seed) => vec![seed],
        None => (1..=env("DEBITSIM_SIM_SEEDS").unwrap_or(3)).collect(),
    };
    let mut total = Stats::default();
    for seed in &seeds {
        let (_, stats) = run(*seed, steps);
        total.add(&stats);
    }
    eprintln!("simulation: {} seeds x {steps} steps: {total:?}", seeds.len());
}

/// One seed is one run: the same seed twice answers every request the same and leaves the
/// same worlds; another seed does not.
#[test]
fn one_seed_is_one_interleaving() {
    let (first, _) = run(11, 60);
    let (again, _) = run(11, 60);
    let (other, _) = run(12, 60);
    assert_eq!(first, again, "the same seed gave two different runs");
    assert_ne!(first, other, "two seeds gave the same run");
}

impl Stats {
    fn add(&mut self, other: &Stats) {
        self.steps += other.steps;
        self.requests += other.requests;
        self.clean_crashes += other.clean_crashes;
        self.torn_crashes += other.torn_crashes;
        self.torn_reported += other.torn_reported;
        self.torn_in_snapshot += other.torn_in_snapshot;
        self.exact_after_tear += other.exact_after_tear;
        self.other_builds += other.other_builds;
        self.balance_checks += other.balance_checks;
        self.censuses += other.censuses;
        self.concurrent_batches += other.concurrent_batches;
    }
}
