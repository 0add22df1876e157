//! Races over real sockets: many debits at once against one connected account (exactly as
//! many succeed as its balance covers, or, where it may go negative, all of them and the
//! platform reserves the shortfall), many copies of one idempotent request (one object), and
//! many worlds working side by side (each sees exactly its own work). After every race money
//! is conserved across the world and `connect_reserved` equals the platform's liability.

use std::collections::BTreeMap;
use std::sync::Barrier;

use super::*;

/// Debits raced at one account per test: both flows, half each.
const RACED: usize = 240;

/// Threads sending at once: many more than the server's two workers, so requests pile up at
/// the world's lock and interleave there.
const THREADS: usize = 24;

/// Copies of one idempotent request sent at once.
const DUPLICATES: usize = 50;

/// Worlds working at the same time.
const WORLDS: usize = 24;

/// The two ways a platform debits a connected account (debit-rules §4).
#[derive(Clone, Copy, Debug)]
enum Flow {
    /// `POST /v1/charges source=acct_…` as the platform.
    Charge,
    /// `POST /v1/transfers destination=<platform>` as the connected account.
    Transfer,
}

impl Flow {
    fn alternating(n: usize) -> Vec<Flow> {
        (0..n)
            .map(|i| if i % 2 == 0 { Flow::Charge } else { Flow::Transfer })
            .collect()
    }
}

/// Debits `amount` usd from `account` by `flow`.
fn debit(platform: &Client, flow: Flow, account: &str, amount: i64) -> Reply {
    match flow {
        Flow::Charge => platform.post("/v1/charges", &format!("amount={amount}&currency=usd&source={account}")),
        Flow::Transfer => platform.acting_as(account).post(
            "/v1/transfers",
            &format!("amount={amount}&currency=usd&destination={PLATFORM}"),
        ),
    }
}

/// Runs `work` on every job from `threads` threads released together by a barrier, and
/// returns the results in the order of the jobs.
fn race<J: Sync, R: Send>(jobs: &[J], threads: usize, work: impl Fn(&J) -> R + Sync) -> Vec<R> {
    let barrier = Barrier::new(threads);
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(jobs.len()).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (barrier, work) = (&barrier, &work);
                scope.spawn(move || {
                    barrier.wait();
                    let mine = jobs.iter().enumerate().skip(t).step_by(threads);
                    mine.map(|(i, job)| (i, work(job))).collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (i, result) in handle.join().expect("a racing thread") {
                results[i] = Some(result);
            }
        }
    });
    results.into_iter().map(|r| r.expect("every job ran")).collect()
}

/// Every item of a list endpoint, following `starting_after` (`path` has no query string).
fn list_all(client: &Client, path: &str) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = client.get(&format!("{path}?limit=100{cursor}")).ok();
        let data = page["data"].as_array().expect("a list").clone();
        let more = page["has_more"].as_bool().expect("has_more");
        if let Some(last) = data.last() {
            cursor = format!("&starting_after={}", last["id"].as_str().expect("an id"));
        }
        items.extend(data);
        if !more {
            return items;
        }
    }
}

/// How many items of a list have this amount.
fn count_with_amount(items: &[Value], amount: i64) -> usize {
    items.iter().filter(|i| i["amount"].as_i64() == Some(amount)).count()
}

/// One account's balance: per currency, (available, pending, connect_reserved).
fn buckets(client: &Client) -> BTreeMap<String, (i64, i64, i64)> {
    let balance = client.get("/v1/balance").ok();
    let mut out: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for (bucket, slot) in [("available", 0), ("pending", 1), ("connect_reserved", 2)] {
        for entry in balance[bucket].as_array().into_iter().flatten() {
            let currency = entry["currency"].as_str().expect("a currency").to_owned();
            let amount = entry["amount"].as_i64().expect("an amount");
            let row = out.entry(currency).or_default();
            match slot {
                0 => row.0 += amount,
                1 => row.1 += amount,
                _ => row.2 += amount,
            }
        }
    }
    out
}

/// The world's connected accounts: (id, whether the platform bears its losses).
fn connected_accounts(platform: &Client) -> Vec<(String, bool)> {
    list_all(platform, "/v1/accounts")
        .iter()
        .map(|a| {
            let id = a["id"].as_str().expect("an account id").to_owned();
            (id, a["controller"]["losses"]["payments"] == "application")
        })
        .collect()
}

/// All the money in a world, per currency: every bucket of the platform and of every
/// connected account. Debits only move money inside the world, so they leave this unchanged.
fn world_money(platform: &Client) -> BTreeMap<String, i64> {
    let mut total = BTreeMap::new();
    let accounts = connected_accounts(platform);
    let views = std::iter::once(platform.clone()).chain(accounts.iter().map(|(id, _)| platform.acting_as(id)));
    for view in views {
        for (currency, (available, pending, reserved)) in buckets(&view) {
            *total.entry(currency).or_insert(0) += available + pending + reserved;
        }
    }
    total
}

/// Checks the reserve invariant (debit-rules §6): the platform's `connect_reserved` in each
/// currency is what it is liable for, all of each platform-managed account's negative
/// balance. (No Stripe-managed account is debited here; it is checked to be non-negative,
/// so that its share is zero.)
#[track_caller]
fn check_reserve(platform: &Client) {
    let mut liability: BTreeMap<String, i64> = BTreeMap::new();
    for (id, platform_managed) in connected_accounts(platform) {
        for (currency, (available, _, _)) in buckets(&platform.acting_as(&id)) {
            if platform_managed {
                *liability.entry(currency).or_insert(0) += (-available).max(0);
            } else {
                assert!(available >= 0, "{id} went negative in {currency}");
            }
        }
    }
    for (currency, (_, _, reserved)) in buckets(platform) {
        let owed = liability.get(&currency).copied().unwrap_or(0);
        assert_eq!(
            reserved, owed,
            "connect_reserved in {currency} is the platform's liability"
        );
    }
}

/// Checks the server's own audit of the world (`GET /_sim/audit`): every balance is the sum
/// of its balance transactions, reserves equal liabilities, money is conserved.
#[track_caller]
fn check_audit(platform: &Client) {
    let audit = platform.get("/_sim/audit").ok();
    assert_eq!(audit["ok"], true, "{audit}");
}

/// The platform's usd available, and a connected account's, as a pair.
fn available(platform: &Client, account: &str) -> (i64, i64) {
    (platform.balance("usd").0, platform.acting_as(account).balance("usd").0)
}

#[test]
fn racing_debits_at_an_account_that_cannot_go_negative_succeed_exactly_as_far_as_its_balance_goes() {
    let platform = Client::fresh("race_no_bank");
    let (platform_start, start) = available(&platform, CUSTOM_US_NO_BANK);
    assert_eq!(start, 200_000, "the fixture's balance");
    let money = world_money(&platform);
    let amount = 1_500;

    let replies = race(&Flow::alternating(RACED), THREADS, |flow| {
        debit(&platform, *flow, CUSTOM_US_NO_BANK, amount)
    });

    let succeeded = replies.iter().filter(|r| r.status == 200).count() as i64;
    for refused in replies.iter().filter(|r| r.status != 200) {
        check_error(
            refused,
            400,
            "invalid_request_error",
            Some("balance_insufficient"),
            None,
        );
    }
    assert_eq!(succeeded, start / amount, "floor(balance / amount) debits succeed");
    let (platform_end, end) = available(&platform, CUSTOM_US_NO_BANK);
    assert_eq!(end, start - succeeded * amount);
    assert_eq!(platform_end - platform_start, succeeded * amount);
    // One transfer on the account and one payment on the platform per success, no more.
    let transfers = list_all(&platform.acting_as(CUSTOM_US_NO_BANK), "/v1/transfers");
    assert_eq!(count_with_amount(&transfers, amount) as i64, succeeded);
    let payments = list_all(&platform, "/v1/charges");
    assert_eq!(count_with_amount(&payments, amount) as i64, succeeded);
    assert_eq!(world_money(&platform), money, "debits neither create nor destroy money");
    check_reserve(&platform);
    check_audit(&platform);
    eprintln!("race (no bank): {RACED} debits on {THREADS} threads, {succeeded} succeeded");
}

#[test]
fn racing_debits_at_an_account_that_may_go_negative_all_succeed_and_the_shortfall_is_reserved() {
    let platform = Client::fresh("race_negative");
    let (platform_start, start) = available(&platform, EXPRESS_US);
    assert_eq!(platform.balance("usd").2, 0, "nothing is reserved at first");
    let money = world_money(&platform);
    let amount = 3_000;
    let total = amount * RACED as i64;
    assert!(total > start, "the race takes the account below zero");

    let replies = race(&Flow::alternating(RACED), THREADS, |flow| {
        debit(&platform, *flow, EXPRESS_US, amount)
    });

    for reply in &replies {
        assert_eq!(reply.status, 200, "{}", reply.json);
    }
    let shortfall = total - start;
    let (platform_end, end) = available(&platform, EXPRESS_US);
    assert_eq!(end, -shortfall);
    assert_eq!(
        platform.balance("usd").2,
        shortfall,
        "connect_reserved is the shortfall"
    );
    assert_eq!(
        platform_end - platform_start,
        total - shortfall,
        "the platform received every debit and reserved the shortfall out of it"
    );
    let transfers = list_all(&platform.acting_as(EXPRESS_US), "/v1/transfers");
    assert_eq!(count_with_amount(&transfers, amount), RACED);
    assert_eq!(world_money(&platform), money);
    check_reserve(&platform);
    check_audit(&platform);
}

/// What one copy of an idempotent request came to.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// The one that ran.
    Original,
    /// A replay of the original, identical to it.
    Replayed,
    /// 409 `idempotency_key_in_use`: the original was still running.
    InUse,
}

/// Checks the copies of one idempotent request: exactly one ran, every other replayed it
/// exactly or was told it is in use. Returns the id the original created.
#[track_caller]
fn check_one_ran(replies: &[Reply]) -> (String, Vec<Outcome>) {
    let originals: Vec<&Reply> = replies
        .iter()
        .filter(|r| r.status == 200 && r.header("idempotent-replayed").is_none())
        .collect();
    assert_eq!(originals.len(), 1, "exactly one copy ran");
    let original = originals[0];
    let copies = replies
        .iter()
        .map(|reply| match (reply.status, reply.header("idempotent-replayed")) {
            (200, None) => Outcome::Original,
            (200, Some("true")) => {
                assert_eq!(reply.json, original.json, "a replay is the original response");
                Outcome::Replayed
            }
            _ => {
                check_error(
                    reply,
                    409,
                    "invalid_request_error",
                    Some("idempotency_key_in_use"),
                    None,
                );
                Outcome::InUse
            }
        })
        .collect();
    (original.id(), copies)
}

#[test]
fn many_copies_of_one_idempotent_debit_create_one_object() {
    // With a delay, the copy that runs holds its key while the others arrive, so most of
    // them meet 409; without, most replay. Either way one object exists.
    let rounds = [
        (Flow::Transfer, None),
        (Flow::Charge, None),
        (Flow::Transfer, Some(400)),
        (Flow::Charge, Some(400)),
    ];
    let amount = 700;
    for (round, (flow, delay_ms)) in rounds.into_iter().enumerate() {
        let platform = Client::fresh("idempotency_race");
        if let Some(ms) = delay_ms {
            platform
                .post("/_sim/faults", &format!("delay_ms={ms}&method=POST&path=/v1/"))
                .ok();
        }
        let (platform_start, start) = available(&platform, EXPRESS_US);
        let copy = platform.idempotent(&format!("race-{round}"));

        let replies = race(&[(); DUPLICATES], DUPLICATES, |()| {
            debit(&copy, flow, EXPRESS_US, amount)
        });

        let (id, copies) = check_one_ran(&replies);
        let transfers = list_all(&platform.acting_as(EXPRESS_US), "/v1/transfers");
        assert_eq!(count_with_amount(&transfers, amount), 1, "{flow:?}: one transfer");
        let payments = list_all(&platform, "/v1/charges");
        assert_eq!(count_with_amount(&payments, amount), 1, "{flow:?}: one payment");
        let created = match flow {
            Flow::Charge => &payments,
            Flow::Transfer => &transfers,
        };
        assert!(created.iter().any(|o| o["id"] == id.as_str()), "{id} is listed");
        assert_eq!(
            available(&platform, EXPRESS_US),
            (platform_start + amount, start - amount),
            "{flow:?}: the money moved once"
        );
        check_audit(&platform);
        let replayed = copies.iter().filter(|c| **c == Outcome::Replayed).count();
        let in_use = copies.iter().filter(|c| **c == Outcome::InUse).count();
        eprintln!(
            "idempotency race ({flow:?}, delay {delay_ms:?}): {DUPLICATES} copies, 1 ran, \
             {replayed} replayed, {in_use} in use"
        );
    }
}

/// The work one world does in the many-worlds test, its amounts distinct per world so that
/// money leaking between worlds would show.
struct Work {
    debits: usize,
    debit: i64,
    transfers: usize,
    transfer: i64,
    charges: usize,
    charge: i64,
    payout: i64,
}

impl Work {
    fn of(world: usize) -> Work {
        let i = world as i64;
        Work {
            debits: 2 + world % 4,
            debit: 100 + i,
            transfers: 1 + world % 3,
            transfer: 1_000 + i,
            charges: 1 + world % 2,
            charge: 2_000 + 10 * i,
            payout: 500 + i,
        }
    }
}

/// Stripe's card fee, 2.9 % + 30 rounded half-up (debit-rules §3).
fn card_fee(amount: i64) -> i64 {
    (amount * 29 + 500) / 1000 + 30
}

/// A world's usd available: (platform, express, custom); and its money.
fn world_view(platform: &Client) -> ((i64, i64, i64), BTreeMap<String, i64>) {
    let available = (
        platform.balance("usd").0,
        platform.acting_as(EXPRESS_US).balance("usd").0,
        platform.acting_as(CUSTOM_US_NO_BANK).balance("usd").0,
    );
    (available, world_money(platform))
}

#[test]
fn many_worlds_at_once_each_see_exactly_their_own_work() {
    let worlds: Vec<Client> = (0..WORLDS).map(|_| Client::fresh("many_worlds")).collect();
    let before: Vec<_> = worlds.iter().map(world_view).collect();
    let jobs: Vec<usize> = (0..WORLDS).collect();

    let first_debits = race(&jobs, WORLDS, |&w| {
        let (platform, work) = (&worlds[w], Work::of(w));
        let mut first = None;
        // Odd worlds start with the transfer flow, so both kinds of first debit are looked for.
        let mut flows = Flow::alternating(work.debits + w % 2).into_iter().skip(w % 2);
        let rounds = work.debits.max(work.transfers).max(work.charges);
        for n in 0..rounds {
            if let Some(flow) = flows.next() {
                let reply = debit(platform, flow, EXPRESS_US, work.debit);
                assert_eq!(reply.status, 200, "{}", reply.json);
                first.get_or_insert(reply.id());
            }
            if n < work.transfers {
                let body = format!("amount={}&currency=usd&destination={CUSTOM_US_NO_BANK}", work.transfer);
                platform.post("/v1/transfers", &body).ok();
            }
            if n < work.charges {
                let body = format!("amount={}&currency=usd&source=tok_bypassPending", work.charge);
                platform.post("/v1/charges", &body).ok();
            }
        }
        let body = format!("amount={}&currency=usd", work.payout);
        platform.post("/v1/payouts", &body).ok();
        first.expect("a first debit")
    });

    for (w, platform) in worlds.iter().enumerate() {
        let work = Work::of(w);
        let ((p0, e0, c0), money0) = &before[w];
        let ((p1, e1, c1), money1) = world_view(platform);
        let debited = work.debits as i64 * work.debit;
        let transferred = work.transfers as i64 * work.transfer;
        let charged = work.charges as i64 * (work.charge - card_fee(work.charge));
        assert_eq!(e1 - e0, -debited, "world {w}: express");
        assert_eq!(c1 - c0, transferred, "world {w}: custom");
        assert_eq!(
            p1 - p0,
            debited - transferred + charged - work.payout,
            "world {w}: platform"
        );
        // Money entered through card charges (net of fees) and left through the payout.
        let mut expected = money0.clone();
        *expected.get_mut("usd").expect("usd") += charged - work.payout;
        assert_eq!(money1, expected, "world {w}: money");
        let transfers = list_all(&platform.acting_as(EXPRESS_US), "/v1/transfers");
        assert_eq!(count_with_amount(&transfers, work.debit), work.debits, "world {w}");
        check_reserve(platform);
        check_audit(platform);
        // The next world cannot see this one's debit.
        let neighbour = &worlds[(w + 1) % WORLDS];
        let id = &first_debits[w];
        let path = if id.starts_with("py_") {
            format!("/v1/charges/{id}")
        } else {
            format!("/v1/transfers/{id}")
        };
        let seen = if id.starts_with("py_") {
            neighbour.get(&path)
        } else {
            neighbour.acting_as(EXPRESS_US).get(&path)
        };
        check_error(
            &seen,
            404,
            "invalid_request_error",
            Some("resource_missing"),
            Some("id"),
        );
    }
}
