//! The whole server under a seeded random workload, in the spirit of TigerBeetle's
//! simulator: random API sequences on a few worlds — idempotent retries, injected faults,
//! concurrent requests on one world, crashes with journal replay at random points — on
//! simulated time, checked after every step.
//!
//! Worlds have webhook endpoints too, delivering to a receiver that answers 200 or 500: what
//! each endpoint is owed must survive every crash exactly (the journal keeps each outcome).
//!
//! After every step the books of every world audit. A refused request changes nothing (its
//! world's image is byte for byte what it was). A retried idempotent request answers the
//! first response byte for byte. At a crash, whatever was acknowledged is on disk: the
//! worlds rebuilt from the state directory (snapshot plus journal, replayed) are byte for
//! byte the worlds that were live.
//!
//! `DEBITSIM_SIM_SEED=N` runs one seed (to reproduce a failure: the panic names its seed);
//! `DEBITSIM_SIM_SEEDS` and `DEBITSIM_SIM_STEPS` run more of them, longer.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::State;
use axum::http::Request;
use debitsim::fixtures::Fixtures;
use debitsim::server::clock::ManualClock;
use debitsim::server::persist;
use debitsim::server::pipeline;
use debitsim::server::state::AppState;
use http_body_util::BodyExt;
use serde_json::Value;

/// A seeded source of choices (SplitMix64).
struct Rng(u64);

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
    /// Where this run's webhook receiver listens.
    receiver: String,
    /// Webhook endpoints made (`we_…`).
    endpoints: Vec<String>,
    /// Test clocks made (`clock_…`), with the frozen time each was last advanced to.
    clocks: Vec<(String, i64)>,
    /// Idempotent writes whose response was kept, with that status and body and the world's
    /// time then (keys expire after a day of it).
    idempotent: Vec<(Call, u16, Vec<u8>, i64)>,
}

/// The server: its state directory, its clock, and its shared state.
struct Server {
    dir: std::path::PathBuf,
    clock: Arc<ManualClock>,
    state: Arc<AppState>,
}

impl Server {
    fn start(dir: &std::path::Path, clock: Arc<ManualClock>) -> Server {
        let mut state = AppState::with_clock(Fixtures::builtin(), clock.clone());
        let recovered = persist::recover(dir, state.fixtures.hash()).expect("the state directory is readable");
        pipeline::restore(&state, recovered).expect("the journal replays");
        // Snapshots are taken by the simulation itself, at random points.
        state.journal = Some(persist::Journal::open(dir, u64::MAX).unwrap());
        Server {
            dir: dir.to_owned(),
            clock,
            state: Arc::new(state),
        }
    }

    async fn send(&self, key: &str, call: &Call) -> (u16, Vec<u8>) {
        let (status, body, _) = self.send_full(key, call).await;
        (status, body)
    }

    /// The status and body, and whether it was an idempotent replay.
    async fn send_full(&self, key: &str, call: &Call) -> (u16, Vec<u8>, bool) {
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
        let response = pipeline::handle(State(self.state.clone()), request).await;
        let status = response.status().as_u16();
        let replayed = response.headers().contains_key("idempotent-replayed");
        let body = response.into_body().collect().await.unwrap().to_bytes().to_vec();
        if std::env::var_os("DEBITSIM_SIM_TRACE").is_some() {
            eprintln!("{key} {} {} {} -> {status}", call.method, call.path, call.body);
        }
        (status, body, replayed)
    }

    /// Every world's image, caught up to the same moment first, once no webhook delivery is
    /// under way and every outcome is on disk.
    async fn images(&self, keys: &[String]) -> Vec<(String, Vec<u8>)> {
        for key in keys {
            let (status, _) = self.send(key, &Call::get("/_sim/clock")).await;
            assert_eq!(status, 200);
        }
        self.quiesce().await;
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
                if let Some(journal) = &self.state.journal {
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
        let (_, body) = self.send(key, &Call::get("/_sim/clock")).await;
        json(&body)["now"].as_i64().unwrap_or_default()
    }

    /// The image of `key`'s ledger (its money and objects), caught up to now first; empty if
    /// it has no world yet.
    async fn image_of(&self, key: &str) -> Vec<u8> {
        let world_key = key.strip_prefix("sk_test_").unwrap();
        if self.state.existing_world(world_key).is_none() {
            return Vec::new();
        }
        assert_eq!(self.send(key, &Call::get("/_sim/clock")).await.0, 200);
        let world = self.state.existing_world(world_key).unwrap();
        let mut w = debitsim::ledger::codec::Writer::new();
        w.put(world.lock().ledger());
        w.into_bytes()
    }
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
                match owner {
                    Some(owner) => call.acting_as(owner),
                    None => call,
                }
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
            match owner {
                Some(owner) => call.acting_as(&owner),
                None => call,
            }
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
                match owner {
                    Some(owner) => call.acting_as(owner),
                    None => call,
                }
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
                match owner {
                    Some(owner) => call.acting_as(owner),
                    None => call,
                }
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
            format!("url={}&enabled_events[]=*&connect={}", seen.receiver, rng.chance(50)),
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
                match owner {
                    Some(owner) => call.acting_as(owner),
                    None => call,
                }
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

async fn audit(server: &Server, key: &str, seed: u64, step: usize) {
    let (status, body) = server.send(key, &Call::get("/_sim/audit")).await;
    let report = json(&body);
    assert!(
        status == 200 && report["ok"] == true,
        "seed {seed} step {step}: the books of {key} do not audit: {report}"
    );
}

/// One seeded run of `steps` steps.
async fn run(seed: u64, steps: usize) {
    let mut rng = Rng(seed);
    let dir = std::env::temp_dir().join(format!("debitsim-sim-{}-{seed}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let clock = Arc::new(ManualClock::new(START));
    let mut server = Server::start(&dir, clock.clone());
    let keys: Vec<String> = (0..3).map(|i| format!("sk_test_sim_{seed}_{i}")).collect();
    let receiver = receiver().await;
    let mut seen: Vec<Seen> = keys
        .iter()
        .map(|_| Seen {
            receiver: receiver.clone(),
            ..Seen::default()
        })
        .collect();
    let mut crashes = 0;

    for step in 0..steps {
        let w = rng.below(keys.len());
        let key = keys[w].clone();
        // Time passes between requests, as it does for a real server.
        if rng.chance(20) {
            clock.advance(Duration::from_secs(rng.below(7_200) as u64));
        }
        match rng.below(100) {
            // A crash: the process dies with nothing but what it acknowledged on disk, and
            // a new one rebuilds every world from the state directory.
            0..=3 => {
                let before = server.images(&keys).await;
                drop(server);
                server = Server::start(&dir, clock.clone());
                crashes += 1;
                let after = server.images(&keys).await;
                assert!(
                    before == after,
                    "seed {seed} step {step}: the worlds rebuilt after a crash differ from the live ones: {}",
                    difference(&before, &after)
                );
            }
            // A snapshot, compacting the journal, at a random point.
            4..=6 => server.state.snapshot().expect("a snapshot is written"),
            // An injected failure: refused in Stripe's shape, nothing changed.
            7..=10 => {
                let call = random_call(&mut rng, &seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    continue;
                }
                let status = [500, 503, 429][rng.below(3)];
                let arm = Call::post(
                    "/_sim/faults",
                    format!("method=POST&path={}&status={status}", call.path),
                );
                assert_eq!(server.send(&key, &arm).await.0, 200);
                let before = server.image_of(&key).await;
                let (got, body) = server.send(&key, &call).await;
                assert_eq!(
                    got,
                    status,
                    "seed {seed} step {step}: {}",
                    String::from_utf8_lossy(&body)
                );
                assert!(
                    server.image_of(&key).await == before,
                    "seed {seed} step {step}: a fault changed the world"
                );
            }
            // An idempotent write, retried: the same answer, byte for byte, once applied.
            11..=25 => {
                let mut call = random_call(&mut rng, &seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    continue;
                }
                call.idempotency_key = Some(format!("sim-{seed}-{step}"));
                let (status, body) = server.send(&key, &call).await;
                if status == 200 {
                    learn(&mut seen[w], &call, &body);
                }
                let (again, replayed, kept) = server.send_full(&key, &call).await;
                // Stripe keeps the answer once the endpoint ran (declines and refusals of the
                // ledger included), not a refusal of the request's form.
                let must_keep = status == 200
                    || status == 402
                    || (status == 400 && json(&body)["error"]["code"] != "parameter_unknown" && kept);
                if must_keep {
                    assert!(
                        kept && (again, &replayed) == (status, &body),
                        "seed {seed} step {step}: a retry of {call:?} differs: {again} {}",
                        String::from_utf8_lossy(&replayed)
                    );
                    let now = server.now(&key).await;
                    seen[w].idempotent.push((call, status, body, now));
                }
            }
            // A retry of an earlier idempotent write, maybe after a crash: still the answer.
            26..=30 => {
                if let Some((call, status, body, first)) = rng.pick(&seen[w].idempotent).cloned() {
                    // A key is kept for a day of simulated time.
                    let stored = server.now(&key).await - first < 86_400;
                    let (again, replayed) = server.send(&key, &call).await;
                    if stored {
                        assert!(
                            (again, &replayed) == (status, &body),
                            "seed {seed} step {step}: a later retry of {call:?} differs: {again} {}",
                            String::from_utf8_lossy(&replayed)
                        );
                    }
                    // The same key with other parameters is Stripe's idempotency error.
                    let mut other = call.clone();
                    other.body.push_str("&metadata[other]=1");
                    let (status, body) = server.send(&key, &other).await;
                    if stored {
                        assert_eq!(
                            status,
                            400,
                            "seed {seed} step {step}: {}",
                            String::from_utf8_lossy(&body)
                        );
                        assert_eq!(json(&body)["error"]["type"], "idempotency_error");
                    }
                }
            }
            // Requests at once on one world: each applies whole or not at all.
            31..=40 => {
                let calls: Vec<Call> = (0..2 + rng.below(3)).map(|_| random_call(&mut rng, &seen[w])).collect();
                let answers = futures_join(&server, &key, &calls).await;
                for (call, (status, body)) in calls.iter().zip(answers) {
                    if status == 200 {
                        learn(&mut seen[w], call, &body);
                    }
                    assert!(
                        status < 500,
                        "seed {seed} step {step}: {status} {}",
                        String::from_utf8_lossy(&body)
                    );
                }
            }
            // A delayed write and a copy of it sent meanwhile: the copy waits its turn (409)
            // or replays, and only one applies.
            41..=44 => {
                let mut call = random_call(&mut rng, &seen[w]);
                if call.method != "POST" || !call.path.starts_with("/v1/") {
                    continue;
                }
                call.idempotency_key = Some(format!("sim-delay-{seed}-{step}"));
                let arm = Call::post("/_sim/faults", format!("method=POST&path={}&delay_ms=30", call.path));
                assert_eq!(server.send(&key, &arm).await.0, 200);
                let (first, second) = tokio::join!(server.send(&key, &call), async {
                    tokio::time::sleep(Duration::from_millis(5)).await;
                    server.send(&key, &call).await
                });
                if first.0 == 200 {
                    learn(&mut seen[w], &call, &first.1);
                }
                assert!(
                    second.0 == 409 || second == first,
                    "seed {seed} step {step}: a concurrent copy got {} {}",
                    second.0,
                    String::from_utf8_lossy(&second.1)
                );
            }
            // A plain request; a refusal changes nothing.
            _ => {
                let call = random_call(&mut rng, &seen[w]);
                let before = server.image_of(&key).await;
                let time_moves = call.path.starts_with("/_sim/clock");
                let (status, body) = server.send(&key, &call).await;
                assert!(
                    status < 500,
                    "seed {seed} step {step}: {status} {}",
                    String::from_utf8_lossy(&body)
                );
                if status == 200 {
                    learn(&mut seen[w], &call, &body);
                } else if status != 402 && !time_moves && !before.is_empty() {
                    assert!(
                        server.image_of(&key).await == before,
                        "seed {seed} step {step}: refused {call:?} ({}) but the world changed",
                        String::from_utf8_lossy(&body)
                    );
                }
            }
        }
        audit(&server, &key, seed, step).await;
    }
    // The last word: a crash at the end loses nothing either.
    let before = server.images(&keys).await;
    drop(server);
    let server = Server::start(&dir, clock);
    assert!(
        before == server.images(&keys).await,
        "seed {seed}: the final crash lost something"
    );
    assert!(crashes > 0 || steps < 50, "seed {seed}: no crash was simulated");
    let _ = std::fs::remove_dir_all(&server.dir);
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
                "the ledger (version {} live, {} rebuilt; now {} / {})",
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
                found.push(format!("event #{i}: {x:?} live, {y:?} rebuilt"));
                break;
            }
        }
        return format!(
            "world {key}: {}",
            if found.is_empty() {
                "the event records or idempotency responses".to_owned()
            } else {
                found.join(", ")
            }
        );
    }
    "nothing".into()
}

/// A webhook receiver on a port-0 listener, in this runtime: every third delivery it
/// answers 500, the others 200. Its URL.
async fn receiver() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let count = Arc::new(AtomicU64::new(0));
    let app = axum::Router::new().fallback(move || {
        let n = count.fetch_add(1, Ordering::Relaxed);
        async move {
            if n % 3 == 2 {
                axum::http::StatusCode::INTERNAL_SERVER_ERROR
            } else {
                axum::http::StatusCode::OK
            }
        }
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

/// Sends every call at once on one world.
async fn futures_join(server: &Server, key: &str, calls: &[Call]) -> Vec<(u16, Vec<u8>)> {
    let mut handles = Vec::new();
    for call in calls {
        let state = server.state.clone();
        let (key, call) = (key.to_owned(), call.clone());
        let clock = server.clock.clone();
        let dir = server.dir.clone();
        handles.push(tokio::spawn(async move {
            let server = Server { dir, clock, state };
            server.send(&key, &call).await
        }));
    }
    let mut answers = Vec::new();
    for handle in handles {
        answers.push(handle.await.unwrap());
    }
    answers
}

fn env(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[test]
fn the_server_survives_random_workloads_faults_and_crashes() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let steps = env("DEBITSIM_SIM_STEPS").unwrap_or(250) as usize;
    let seeds: Vec<u64> = match env("DEBITSIM_SIM_SEED") {
        Some(seed) => vec![seed],
        None => (1..=env("DEBITSIM_SIM_SEEDS").unwrap_or(4)).collect(),
    };
    for seed in seeds {
        runtime.block_on(run(seed, steps));
    }
}
