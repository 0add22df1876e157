//! The balance charts' samples (`GET /_sim/balance_history`), kept up to date a little at a
//! time so that drawing a chart does not hold the world's lock for a pass over every balance
//! transaction (a platform that took a million debits has two million of them: 25 ms).
//!
//! For each account and currency charted, [`Charts`] keeps what it has read of the account's
//! balance transactions, which only grow and whose amounts, times and kinds do not change:
//! running totals by the moment each was made (what landed in `available`, in `pending`, and
//! in the platform's `connect_reserved`), and, for those that were pending when made, their
//! net by the moment they become available. A chart reads only the transactions made since
//! the last one; each of its samples is then a binary search and a step along the maturity
//! times (midnights: a few per simulated day).
//!
//! The tallies are checked against the account's balance at every draw: if their totals and
//! the balance ever disagree, the chart is drawn from every transaction instead ([`full`]).
//! They can only disagree after a maturity was postponed because it would have overflowed a
//! balance (`Ledger`'s clock moves such a transaction's `available_on` to the next midnight).
//! Kept per world and not persisted: a restarted server or a reset world starts over.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::ledger::{AccountId, Currency, Ledger, Timestamp, TxnStatus, TxnType};

/// One sample: the balance at `at`.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Point {
    pub at: Timestamp,
    pub available: i64,
    pub pending: i64,
    /// On the platform only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connect_reserved: Option<i64>,
}

/// An account's history in one currency, sampled.
#[derive(Debug, PartialEq, Eq)]
pub struct Samples {
    /// The span sampled: from the account's first balance transaction in the currency (or its
    /// creation) to the world's now.
    pub from: Timestamp,
    pub to: Timestamp,
    /// How many balance transactions the samples add up.
    pub transactions: usize,
    /// Evenly spaced over the span; the last is now.
    pub points: Vec<Point>,
}

/// The tallies of every account and currency charted in one world.
#[derive(Debug, Default)]
pub struct Charts {
    tallies: HashMap<(AccountId, Currency), Tally>,
    /// How many draws the tallies disagreed with the balance, and were made from every
    /// transaction instead.
    recounts: u64,
}

/// What has been read of one account's balance transactions in one currency.
#[derive(Debug, Default)]
struct Tally {
    /// How many of the account's balance transactions (every currency) have been read.
    read: usize,
    /// When the first in this currency was made.
    first: Option<Timestamp>,
    transactions: usize,
    /// Running totals, one entry per moment at which a transaction was made.
    landed: Vec<Landed>,
    /// The net of those pending when made, by the moment they become available.
    maturing: BTreeMap<Timestamp, i64>,
}

/// The running totals of what landed up to and including `at`.
#[derive(Clone, Copy, Debug, Default)]
struct Landed {
    at: Timestamp,
    available: i64,
    pending: i64,
    connect_reserved: i64,
}

impl Charts {
    /// `points` (at least 2) evenly spaced samples of `owner`'s balance in `currency`, from
    /// its first balance transaction in it (or its creation) to now.
    pub fn sample(&mut self, ledger: &Ledger, owner: AccountId, currency: Currency, points: usize) -> Samples {
        let tally = self.tallies.entry((owner, currency)).or_default();
        tally.read_new(ledger, owner, currency);
        let samples = tally.sample(ledger, owner, points);
        if agrees(ledger, owner, currency, &samples) {
            return samples;
        }
        self.tallies.remove(&(owner, currency));
        self.recounts += 1;
        full(ledger, owner, currency, points)
    }

    /// How many draws were made from every transaction because the tallies disagreed with
    /// the balance (only after a postponed maturity; see the module docs).
    pub fn recounts(&self) -> u64 {
        self.recounts
    }
}

impl Tally {
    fn read_new(&mut self, ledger: &Ledger, owner: AccountId, currency: Currency) {
        let ids = &ledger.books(owner).indexes.balance_transactions;
        for id in &ids[self.read.min(ids.len())..] {
            let txn = ledger.balance_transaction(*id);
            if txn.currency != currency {
                continue;
            }
            self.transactions += 1;
            self.first.get_or_insert(txn.created);
            let net = txn.net().minor_units();
            // Made at the moment of the last entry (the clock never goes back): that entry
            // grows; otherwise a new one starts from its totals.
            let mut landed = match self.landed.last() {
                Some(last) if last.at >= txn.created => self.landed.pop().unwrap_or_default(),
                Some(last) => Landed {
                    at: txn.created,
                    ..*last
                },
                None => Landed {
                    at: txn.created,
                    ..Landed::default()
                },
            };
            if txn.available_on > txn.created {
                landed.pending = landed.pending.saturating_add(net);
                let at = self.maturing.entry(txn.available_on).or_default();
                *at = at.saturating_add(net);
            } else {
                landed.available = landed.available.saturating_add(net);
            }
            if txn.kind == TxnType::ReserveTransaction {
                // The platform's available gives what connect_reserved takes.
                landed.connect_reserved = landed.connect_reserved.saturating_sub(net);
            }
            self.landed.push(landed);
        }
        self.read = ids.len();
    }

    fn sample(&self, ledger: &Ledger, owner: AccountId, points: usize) -> Samples {
        let (from, to) = span(ledger, owner, self.first);
        let platform = owner.is_platform();
        let mut maturing = self.maturing.range(..=to).peekable();
        let mut matured = 0i64;
        let points = moments(from, to, points)
            .map(|at| {
                while let Some((_, net)) = maturing.next_if(|(on, _)| **on <= at) {
                    matured = matured.saturating_add(*net);
                }
                let landed = match self.landed.partition_point(|l| l.at <= at) {
                    0 => Landed::default(),
                    n => self.landed[n - 1],
                };
                Point {
                    at,
                    available: landed.available.saturating_add(matured),
                    pending: landed.pending.saturating_sub(matured),
                    connect_reserved: platform.then_some(landed.connect_reserved),
                }
            })
            .collect();
        Samples {
            from,
            to,
            transactions: self.transactions,
            points,
        }
    }
}

/// From the first transaction in the currency (or the account's creation) to now.
fn span(ledger: &Ledger, owner: AccountId, first: Option<Timestamp>) -> (Timestamp, Timestamp) {
    let to = ledger.now();
    let first = first.unwrap_or(ledger.account(owner).created);
    (first.min(to), to)
}

/// `points` moments from `from` to `to`, evenly spaced (rounded down), the last `to`.
fn moments(from: Timestamp, to: Timestamp, points: usize) -> impl Iterator<Item = Timestamp> {
    let span = i128::from(to - from);
    let last = (points.max(2) - 1) as i128;
    (0..points as i128).map(move |k| {
        if span == 0 {
            to
        } else {
            from + (span * k / last) as Timestamp
        }
    })
}

/// Whether the last sample is the account's balance now.
fn agrees(ledger: &Ledger, owner: AccountId, currency: Currency, samples: &Samples) -> bool {
    let Some(now) = samples.points.last() else {
        return true;
    };
    let balance = ledger.books(owner).balance(currency);
    let (available, pending, reserved) = balance.map_or((0, 0, 0), |b| {
        (
            b.available.minor_units(),
            b.pending.minor_units(),
            b.connect_reserved.minor_units(),
        )
    });
    now.available == available && now.pending == pending && now.connect_reserved.is_none_or(|r| r == reserved)
}

/// The samples from every balance transaction of the account, in one pass: each is added to
/// the first sample at or after the moment it was made (and a matured one's move from
/// pending to available at its `available_on`), then running sums.
pub fn full(ledger: &Ledger, owner: AccountId, currency: Currency, points: usize) -> Samples {
    let ids = &ledger.books(owner).indexes.balance_transactions;
    let first = ids
        .iter()
        .map(|t| ledger.balance_transaction(*t))
        .find(|t| t.currency == currency)
        .map(|t| t.created);
    let (from, to) = span(ledger, owner, first);
    let span = i128::from(to - from);
    let last = points - 1;
    // The first sample at or after `at`: samples are `from + span * k / last`.
    let slot = |at: Timestamp| -> usize {
        if span == 0 || at <= from {
            return 0;
        }
        let k = (i128::from(at - from) * last as i128 + span - 1) / span;
        (k.max(0) as usize).min(last)
    };
    let mut available = vec![0i64; points];
    let mut pending = vec![0i64; points];
    let mut reserved = vec![0i64; points];
    let mut transactions = 0;
    for id in ids {
        let txn = ledger.balance_transaction(*id);
        if txn.currency != currency {
            continue;
        }
        transactions += 1;
        let net = txn.net().minor_units();
        let made = slot(txn.created);
        let pending_at_first = txn.available_on > txn.created;
        match (pending_at_first, txn.status) {
            (false, _) => available[made] = available[made].saturating_add(net),
            (true, TxnStatus::Pending) => pending[made] = pending[made].saturating_add(net),
            (true, TxnStatus::Available) => {
                pending[made] = pending[made].saturating_add(net);
                let matured = slot(txn.available_on.min(to));
                pending[matured] = pending[matured].saturating_sub(net);
                available[matured] = available[matured].saturating_add(net);
            }
        }
        if txn.kind == TxnType::ReserveTransaction {
            reserved[made] = reserved[made].saturating_sub(net);
        }
    }
    let platform = owner.is_platform();
    let mut sums = (0i64, 0i64, 0i64);
    let points = moments(from, to, points)
        .enumerate()
        .map(|(k, at)| {
            sums.0 = sums.0.saturating_add(available[k]);
            sums.1 = sums.1.saturating_add(pending[k]);
            sums.2 = sums.2.saturating_add(reserved[k]);
            Point {
                at,
                available: sums.0,
                pending: sums.1,
                connect_reserved: platform.then_some(sums.2),
            }
        })
        .collect();
    Samples {
        from,
        to,
        transactions,
        points,
    }
}
