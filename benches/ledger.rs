//! Benchmarks of the ledger's operations at 1k, 100k and 1M stored objects: debit by
//! charge (flow A), debit by transfer (flow B), a Stripe-managed debit with
//! `reference_transaction`, a card charge, and a page of 100 from a list — plus the JSON the
//! server renders for a debit and for a page, since every request pays for both.
//!
//! `cargo bench --bench ledger` (all), or with a filter: `cargo bench --bench ledger -- list`.
//!
//! # How a world stays the size it is measured at
//!
//! An operation adds objects, so a world measured for long enough would not be "1k objects"
//! any more. Each measurement therefore runs in chunks: clone the world of the size asked
//! for, run a few untimed operations (the first push into each cloned `Vec` reallocates,
//! since a clone has no spare capacity: a cost of cloning, not of the operation), then time a
//! chunk small enough to add at most ~10 % to the world. Cloning and dropping are not timed.

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use debitsim::fixtures::Fixtures;
use debitsim::ledger::{
    AccountId, AccountParams, BankAccountParams, ChargeParams, Cursor, Input, Ledger, ListQuery, ReferenceParams,
    ScheduleParams, TransferParams, page,
};
use debitsim::server::expand::NONE;
use debitsim::server::render::{ListView, Obj, View};

/// World sizes, in stored objects (`Ledger::object_count`), and list lengths for paging.
const SIZES: [usize; 3] = [1_000, 100_000, 1_000_000];

/// Connected accounts the debits rotate over (the server benchmark uses 50; fewer here keeps
/// the untimed warm-up of a chunk — one debit per account — small next to a 1k world).
const ACCOUNTS: usize = 10;

/// Objects one debit stores: the transfer, the payment, three balance transactions (the
/// account's, the platform's, and the platform's reserve movement), events and index entries.
const OBJECTS_PER_DEBIT: usize = 8;

/// A world and the names the operations need.
#[derive(Clone)]
struct Bench {
    ledger: Ledger,
    platform_id: String,
    /// Express US accounts with a usd bank account: platform-managed, debitable below zero.
    express: Vec<(AccountId, String)>,
    /// A standard (Stripe-managed) account and a card charge on it, for reference debits.
    standard: AccountId,
    standard_charge: String,
}

fn base() -> Bench {
    let mut ledger = Fixtures::builtin()
        .build(7, 1_800_000_000)
        .expect("the built-in fixtures build");
    let account = |kind: &str| AccountParams {
        account_type: Some(kind.into()),
        country: Some("US".into()),
        external_accounts: vec![BankAccountParams::Token("btok_us".into())],
        schedule: ScheduleParams {
            interval: Some("manual".into()),
            ..ScheduleParams::default()
        },
        ..AccountParams::default()
    };
    let express = (0..ACCOUNTS)
        .map(|_| {
            let id = ledger
                .create_account(account("express"))
                .expect("an express account")
                .value;
            (id, ledger.account(id).id.to_string())
        })
        .collect();
    let standard = ledger
        .create_account(account("standard"))
        .expect("a standard account")
        .value;
    let charge = ledger
        .create_charge(standard, card(1_000_000))
        .expect("a card charge on the standard account")
        .value
        .charge();
    let standard_charge = ledger.id_of(Obj::Charge(charge)).to_string();
    let platform_id = ledger.platform().id.to_string();
    Bench {
        ledger,
        platform_id,
        express,
        standard,
        standard_charge,
    }
}

fn card(amount: i64) -> ChargeParams {
    ChargeParams {
        amount: Input::Given(amount),
        currency: Some("usd".into()),
        source: Some("tok_visa".into()),
        ..ChargeParams::default()
    }
}

impl Bench {
    /// Flow B: the `n`th connected account pays its platform 1.00 by transfer.
    fn debit_by_transfer(&mut self, n: usize) -> Obj {
        let (account, _) = self.express[n % self.express.len()];
        let params = TransferParams {
            amount: Input::Given(100),
            currency: Some("usd".into()),
            destination: Some(self.platform_id.clone()),
            ..TransferParams::default()
        };
        let applied = self
            .ledger
            .create_transfer(account, params)
            .expect("a debit by transfer");
        Obj::Transfer(applied.value)
    }

    /// Flow A: the platform charges the `n`th connected account 1.00.
    fn debit_by_charge(&mut self, n: usize) -> Obj {
        let (_, id) = &self.express[n % self.express.len()];
        let params = ChargeParams {
            amount: Input::Given(100),
            currency: Some("usd".into()),
            source: Some(id.clone()),
            ..ChargeParams::default()
        };
        let applied = self
            .ledger
            .create_charge(AccountId::PLATFORM, params)
            .expect("a debit by charge");
        Obj::Charge(applied.value.charge())
    }

    /// The standard account pays its platform 1.00, naming its card charge (§5).
    fn reference_debit(&mut self) -> Obj {
        let params = TransferParams {
            amount: Input::Given(100),
            currency: Some("usd".into()),
            destination: Some(self.platform_id.clone()),
            reference_transaction: Some(ReferenceParams {
                kind: Some("charge".into()),
                charge: Some(self.standard_charge.clone()),
                payout: None,
            }),
            ..TransferParams::default()
        };
        let applied = self
            .ledger
            .create_transfer(self.standard, params)
            .expect("a reference debit");
        Obj::Transfer(applied.value)
    }

    /// The platform charges a test card 10.00.
    fn card_charge(&mut self) -> Obj {
        let applied = self
            .ledger
            .create_charge(AccountId::PLATFORM, card(1000))
            .expect("a card charge");
        Obj::Charge(applied.value.charge())
    }

    /// Debits until the world holds `size` objects, or the platform's balance transactions
    /// number `list` — whichever is asked.
    fn grow(&mut self, done: impl Fn(&Ledger) -> bool) {
        let mut n = 0;
        while !done(&self.ledger) {
            self.debit_by_transfer(n);
            n += 1;
        }
    }
}

/// The world of each size, built once per run (a 1M-object world takes about a second).
fn world(size: usize) -> &'static Bench {
    static WORLDS: [OnceLock<Bench>; SIZES.len()] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|s| *s == size).expect("one of SIZES");
    WORLDS[slot].get_or_init(|| {
        let mut bench = base();
        bench.grow(|l| l.object_count() >= size);
        bench
    })
}

/// A world whose platform lists `length` balance transactions (two per debit, so it holds
/// about four times as many objects in all).
fn listed(length: usize) -> &'static Bench {
    static WORLDS: [OnceLock<Bench>; SIZES.len()] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = SIZES.iter().position(|s| *s == length).expect("one of SIZES");
    WORLDS[slot].get_or_init(|| {
        let mut bench = base();
        bench.grow(|l| l.books(AccountId::PLATFORM).indexes.balance_transactions.len() >= length);
        bench
    })
}

/// Times `iters` runs of `op` on copies of `world`, in chunks that keep it near its size.
fn chunked(world: &Bench, iters: u64, mut op: impl FnMut(&mut Bench, usize) -> Obj) -> Duration {
    let chunk = (world.ledger.object_count() / 10 / OBJECTS_PER_DEBIT).max(16) as u64;
    let mut total = Duration::ZERO;
    let mut done = 0;
    while done < iters {
        let n = chunk.min(iters - done);
        let mut copy = world.clone();
        for warm in 0..ACCOUNTS {
            op(&mut copy, warm);
        }
        let start = Instant::now();
        for i in 0..n {
            black_box(op(&mut copy, i as usize));
        }
        total += start.elapsed();
        drop(copy);
        done += n;
    }
    total
}

fn operations(c: &mut Criterion) {
    type Op = fn(&mut Bench, usize) -> Obj;
    let ops: [(&str, Op); 4] = [
        ("debit_by_transfer", |b, n| b.debit_by_transfer(n)),
        ("debit_by_charge", |b, n| b.debit_by_charge(n)),
        ("reference_debit", |b, _| b.reference_debit()),
        ("card_charge", |b, _| b.card_charge()),
    ];
    for (name, op) in ops {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Elements(1));
        for size in SIZES {
            let bench = world(size);
            group.bench_with_input(BenchmarkId::from_parameter(size), bench, |b, bench| {
                b.iter_custom(|iters| chunked(bench, iters, op));
            });
        }
        group.finish();
    }
}

/// A debit and the JSON the server answers with: what one request holds the world's lock for.
fn rendered(c: &mut Criterion) {
    let mut group = c.benchmark_group("debit_by_transfer_rendered");
    group.throughput(Throughput::Elements(1));
    for size in SIZES {
        group.bench_with_input(BenchmarkId::from_parameter(size), world(size), |b, bench| {
            b.iter_custom(|iters| {
                chunked(bench, iters, |b, n| {
                    let obj = b.debit_by_transfer(n);
                    black_box(View::new(&b.ledger, obj, &NONE).to_json());
                    obj
                })
            });
        });
    }
    group.finish();
}

/// A page of 100 of the platform's balance transactions, newest first and from a cursor in
/// the middle: the index lookup alone, and with the JSON of the page.
fn list_page(c: &mut Criterion) {
    let mut group = c.benchmark_group("list_page");
    for length in SIZES {
        let bench = listed(length);
        let ids = &bench.ledger.books(AccountId::PLATFORM).indexes.balance_transactions;
        let middle = ids[ids.len() / 2].index() as u32;
        for (cursor, name) in [(Cursor::Newest, "newest"), (Cursor::StartingAfter(middle), "middle")] {
            let query = ListQuery {
                limit: 100,
                cursor,
                ..ListQuery::default()
            };
            let ledger = &bench.ledger;
            let select = || {
                page(
                    ids,
                    &query,
                    |t| t.index() as u32,
                    |t| ledger.balance_transaction(t).created,
                    |_| true,
                )
            };
            group.bench_function(BenchmarkId::new(format!("index_{name}"), length), |b| {
                b.iter(|| black_box(select()))
            });
            group.bench_function(BenchmarkId::new(format!("rendered_{name}"), length), |b| {
                b.iter(|| {
                    let found = select();
                    let items: Vec<Obj> = found.items.into_iter().map(Obj::BalanceTransaction).collect();
                    let list = ListView {
                        at: ledger.now_view(),
                        facts: None,
                        url: "/v1/balance_transactions",
                        items: &items,
                        has_more: found.has_more,
                        expand: &NONE,
                    };
                    black_box(list.to_json())
                })
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    // Short runs: the figures are stable to a few percent on two cores, and the whole suite
    // (15 worlds' worth of operations) stays within a few minutes.
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = operations, rendered, list_page
}
criterion_main!(benches);
