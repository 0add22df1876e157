//! Random operation sequences over random worlds (both liability types, several countries
//! and currencies, with and without bank accounts, clock advances between), checked after
//! every step against a small independent model of the balances:
//!
//! - each account's available and pending equal the model's, which moves money from the
//!   operation's own parameters (and its own fee arithmetic);
//! - `connect_reserved` equals the liability the model computes (§6), and the platform's
//!   available is what it would be without reserves, less them;
//! - conservation: every bucket of every account sums to the money that entered from outside;
//! - no balance went negative where the rules forbid it, and a refused debit was one the
//!   rules forbid;
//! - each balance equals the sum of its balance transactions (`Ledger::audit`);
//! - a refused operation left the ledger exactly as it was;
//! - the same seed and operations give the same ledger.
//!
//! Money in is modelled the same way (docs/behaviour.md §10–§14): PaymentIntents captured
//! at once or authorised and captured later (in part), the Charges API's authorisations,
//! application fees on direct and destination payments and their refunds (by the API, with a
//! charge refund, with a reversal), and disputes — chargebacks withdrawn, won (reinstated
//! with the fee), lost, closed at their deadline, and inquiries closed or escalated — with
//! the dispute outcomes applied by the model's own clock.
//!
//! Saved cards too (docs/behaviour.md §19): cards saved by SetupIntents or with a new
//! customer — the model knows which cards a saved card's check refuses and which stop for 3D
//! Secure, and counts the cards saved — and saved cards charged off-session, where a card
//! that asks for 3D Secure is declined and any other pays as a PaymentIntent does.
//!
//! Money across currencies too: a transfer, destination charge or PaymentIntent to an account
//! that settles in another currency lands converted at the model's own copy of debitsim's
//! table of rates, reversals and fee refunds go back converted step by step, and
//! conservation counts what crosses from one currency into another.

use std::collections::BTreeMap;

use debitsim::ledger::strategies::{CurrencyPick, Operation, operations, world};
use debitsim::ledger::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, RngAlgorithm, RngSeed};

const DAY: i64 = 86_400;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Buckets {
    available: i128,
    pending: i128,
}

#[derive(Clone, Debug)]
struct ModelCharge {
    account: AccountId,
    amount: i128,
    refunded: i128,
    /// When its funds become available (None if already, or a payment).
    pending_until: Option<Timestamp>,
    destination: Option<(TransferId, i128)>,
    refundable: bool,
    /// What was captured (the whole amount for a charge captured when made).
    captured: i128,
    /// Authorised and not yet captured or released.
    authorised: bool,
    /// For an authorisation: where its transfer goes, and the application fee asked.
    target: Option<AccountId>,
    fee_asked: Option<i128>,
    /// The model's index of its application fee, once taken.
    fee: Option<usize>,
    card: Option<Card>,
}

#[derive(Clone, Debug)]
struct ModelTransfer {
    from: AccountId,
    to: AccountId,
    amount: i128,
    reversed: i128,
    /// A destination charge's transfer: the fee its payment paid.
    fee: Option<usize>,
    /// Converted on arrival: the destination's currency and the rate, in millionths.
    settled: Option<(Currency, i128)>,
}

/// An application fee: who paid it, how much, how much came back.
#[derive(Clone, Debug)]
struct ModelFee {
    payer: AccountId,
    amount: i128,
    refunded: i128,
    /// Paid from a converted payment: the payer's currency and the rate, in millionths.
    settled: Option<(Currency, i128)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Outcome {
    Win,
    Lose,
    Escalate,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum DisputeState {
    /// Waiting for evidence until `due`.
    Waiting,
    /// Evidence submitted at `at`; the clock applies `outcome` then (none: it stays).
    Review {
        outcome: Option<Outcome>,
        at: Timestamp,
    },
    Closed,
}

#[derive(Clone, Debug)]
struct ModelDispute {
    account: AccountId,
    currency: Currency,
    amount: i128,
    /// The platform pays the account's dispute fees (`controller.fees.payer = application`).
    platform_pays: bool,
    inquiry: bool,
    state: DisputeState,
    due: Timestamp,
}

/// What the model knows of a PaymentIntent.
#[derive(Clone, Debug)]
struct ModelIntent {
    /// Its charge (the authorised one, while it waits to be captured).
    charge: Option<usize>,
    authorised: bool,
}

/// Stripe's dispute fee: 1,500 minor units in every currency (§14).
const DISPUTE_FEE: i128 = 1_500;

/// The end of the seventh day after `t`: a dispute opened at `t` waits for evidence until then.
fn due_by(t: Timestamp) -> Timestamp {
    t.div_euclid(DAY) * DAY + 8 * DAY - 1
}

/// `part / whole` of `amount`, half-up (independent of the ledger's decimal arithmetic).
fn proportion(amount: i128, part: i128, whole: i128) -> i128 {
    (2 * amount * part + whole) / (2 * whole)
}

/// Units per US dollar, in millionths: the model's own copy of debitsim's table for the
/// currencies its worlds use (docs/behaviour.md, "Money across currencies").
fn per_usd(currency: Currency) -> i128 {
    match currency.as_str() {
        "usd" => 1_000_000,
        "eur" => 920_000,
        "gbp" => 800_000,
        "cad" => 1_350_000,
        "jpy" => 150_000_000,
        "sgd" => 1_350_000,
        other => panic!("the model has no rate for {other}"),
    }
}

/// `n / d` for a positive `d`, rounded to the nearest integer, a half away from zero.
fn round_div(n: i128, d: i128) -> i128 {
    let q = (2 * n.abs() + d) / (2 * d);
    if n < 0 { -q } else { q }
}

/// The rate from one currency to another, in millionths, to six decimal places.
fn rate(from: Currency, to: Currency) -> i128 {
    round_div(per_usd(to) * 1_000_000, per_usd(from))
}

/// `amount` of `from` (minor units) in `to` at `rate` (millionths), to the nearest minor unit.
fn convert(amount: i128, from: Currency, to: Currency, rate: i128) -> i128 {
    let minor = |c: Currency| if c.is_zero_decimal() { 1 } else { 100 };
    round_div(amount * rate * minor(to), 1_000_000 * minor(from))
}

/// Where funds in `currency` sent to `to` settle: `None` when it keeps them (its default
/// currency, or one it has a bank account or debit card in), else its default currency and
/// the rate.
fn settlement(ledger: &Ledger, to: AccountId, currency: Currency) -> Option<(Currency, i128)> {
    let default = ledger.account(to).default_currency;
    (currency != default && !ledger.has_external_account_in(to, currency)).then(|| (default, rate(currency, default)))
}

/// Stripe's Instant Payout fee as debitsim takes it: 1.5 %, half-up, at least 50.
fn instant_fee(amount: i128) -> i128 {
    ((amount * 15 + 500) / 1000).max(50)
}

/// What the balances should be, computed from the operations alone. The platform's
/// `available` here excludes reserve movements: the ledger's equals it less what is reserved.
#[derive(Default)]
struct Model {
    balances: BTreeMap<(AccountId, Currency), Buckets>,
    /// Funds that become available later: (when, account, currency, net).
    pending: Vec<(Timestamp, AccountId, Currency, i128)>,
    /// Stripe-managed accounts: the unrecovered negative that debits made (§6).
    debit_shortfall: BTreeMap<(AccountId, Currency), i128>,
    external: BTreeMap<Currency, i128>,
    charges: Vec<ModelCharge>,
    transfers: Vec<ModelTransfer>,
    fees: Vec<ModelFee>,
    disputes: Vec<ModelDispute>,
    intents: Vec<ModelIntent>,
    /// How many cards are saved to customers.
    saved: usize,
}

/// 2.9 % + 30, half-up, in integers (independent of the ledger's decimal arithmetic).
fn fee(amount: i128) -> i128 {
    (amount * 29 + 500) / 1000 + 30
}

fn card_fee(amount: i128) -> i128 {
    fee(amount)
}

fn currency_of(ledger: &Ledger, account: AccountId, pick: CurrencyPick) -> Option<Currency> {
    match pick {
        CurrencyPick::Default => Some(ledger.account(account).default_currency),
        CurrencyPick::Code(code) => Currency::parse(code),
    }
}

/// The model resolves an operation's targets as the operation does (which account, which
/// transfer); what it then computes of the money is its own.
fn connected(ledger: &Ledger) -> Vec<AccountId> {
    ledger.connected_account_ids().collect()
}

fn pick<T: Copy>(candidates: &[T], p: strategies::Pick) -> Option<T> {
    p.of(candidates)
}

/// The (year, month, day) of a day count since 1970-01-01, by walking the calendar.
fn date(mut days: i64) -> (i64, u32, i64, i64) {
    let mut year = 1970;
    let leap = |y: i64| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    loop {
        let len = if leap(year) { 366 } else { 365 };
        if days < len {
            break;
        }
        days -= len;
        year += 1;
    }
    let lengths = [
        31,
        if leap(year) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let mut month = 0;
    while days >= lengths[month] {
        days -= lengths[month];
        month += 1;
    }
    (year, month as u32 + 1, days + 1, lengths[month])
}

impl Model {
    fn bucket(&mut self, account: AccountId, currency: Currency) -> &mut Buckets {
        self.balances.entry((account, currency)).or_default()
    }

    fn add(&mut self, account: AccountId, currency: Currency, available: i128, pending: i128) {
        let b = self.bucket(account, currency);
        b.available += available;
        b.pending += pending;
    }

    fn liability(&self, ledger: &Ledger, account: AccountId, currency: Currency) -> i128 {
        let available = self.balances.get(&(account, currency)).map_or(0, |b| b.available);
        let shortfall = (-available).max(0);
        match ledger.account(account).liability() {
            Some(Liability::Application) => shortfall,
            Some(Liability::Stripe) => self
                .debit_shortfall
                .get(&(account, currency))
                .copied()
                .unwrap_or(0)
                .min(shortfall),
            None => 0,
        }
    }

    fn reserved(&self, ledger: &Ledger, currency: Currency) -> i128 {
        self.balances
            .keys()
            .filter(|(a, c)| *c == currency && !a.is_platform())
            .map(|(a, c)| self.liability(ledger, *a, *c))
            .sum()
    }

    /// The platform's available balance as the ledger shows it (after reserves).
    fn platform_available(&self, ledger: &Ledger, currency: Currency) -> i128 {
        self.balances
            .get(&(AccountId::PLATFORM, currency))
            .map_or(0, |b| b.available)
            - self.reserved(ledger, currency)
    }

    /// Recovery lowers what a Stripe-managed account's debits are still liable for.
    fn settle_shortfalls(&mut self) {
        for ((account, currency), cap) in self.debit_shortfall.iter_mut() {
            let available = self.balances.get(&(*account, *currency)).map_or(0, |b| b.available);
            *cap = (*cap).min((-available).max(0));
        }
    }

    fn debit(&mut self, ledger: &Ledger, account: AccountId, currency: Currency, amount: i128) {
        let before = self.balances.get(&(account, currency)).map_or(0, |b| b.available);
        self.add(account, currency, -amount, 0);
        self.add(AccountId::PLATFORM, currency, amount, 0);
        if ledger.account(account).liability() == Some(Liability::Stripe) {
            let made = (amount - before).max(0) - (-before).max(0);
            *self.debit_shortfall.entry((account, currency)).or_default() += made;
        }
    }

    /// Whether §6 lets a debit take `account` below zero.
    fn may_go_negative(ledger: &Ledger, account: AccountId, currency: Currency) -> bool {
        match ledger.account(account).liability() {
            Some(Liability::Stripe) => true,
            Some(Liability::Application) => {
                matches!(
                    ledger.platform().role,
                    Role::Platform {
                        connect_reserves_enabled: true
                    }
                ) && ledger.has_bank_account_in(account, currency)
            }
            None => false,
        }
    }

    fn available(&self, account: AccountId, currency: Currency) -> i128 {
        self.balances.get(&(account, currency)).map_or(0, |b| b.available)
    }

    /// `amount` of `currency` arriving at `to` by the last transfer the ledger made: in
    /// `to`'s settlement currency, converted if need be (conservation counts what crossed);
    /// pending until `until` when given.
    fn arrive(&mut self, before: &Ledger, to: AccountId, currency: Currency, amount: i128, until: Option<Timestamp>) {
        let settled = settlement(before, to, currency);
        self.transfers.last_mut().expect("the transfer that arrives").settled = settled;
        let (landed, received) = match settled {
            None => (currency, amount),
            Some((to_currency, rate)) => {
                let converted = convert(amount, currency, to_currency, rate);
                *self.external.entry(currency).or_default() -= amount;
                *self.external.entry(to_currency).or_default() += converted;
                (to_currency, converted)
            }
        };
        self.credit(to, landed, received, until);
    }

    /// Reverses `amount` of model transfer `index`: the sender gets it back, the destination
    /// gives up its converted share (the step the total reversed adds).
    fn reverse(&mut self, index: usize, currency: Currency, amount: i128) {
        let t = &mut self.transfers[index];
        let before = t.reversed;
        t.reversed += amount;
        let (from, to, settled) = (t.from, t.to, t.settled);
        self.add(from, currency, amount, 0);
        match settled {
            None => self.add(to, currency, -amount, 0),
            Some((to_currency, rate)) => {
                let step = convert(before + amount, currency, to_currency, rate)
                    - convert(before, currency, to_currency, rate);
                self.add(to, to_currency, -step, 0);
                *self.external.entry(currency).or_default() += amount;
                *self.external.entry(to_currency).or_default() -= step;
            }
        }
    }

    /// Records the charges and transfers the ledger created in the last step.
    fn learn(&mut self, ledger: &Ledger) {
        for id in ledger.all::<Transfer>().skip(self.transfers.len()) {
            let t = ledger.transfer(id);
            self.transfers.push(ModelTransfer {
                from: t.from,
                to: t.to,
                amount: i128::from(t.amount.minor_units()),
                reversed: 0,
                fee: None,
                settled: None,
            });
        }
        for id in ledger.all::<Charge>().skip(self.charges.len()) {
            let c = ledger.charge(id);
            let pending_until = c
                .balance_transaction
                .map(|t| ledger.balance_transaction(t))
                .filter(|t| t.status == TxnStatus::Pending)
                .map(|t| t.available_on);
            // Card funds wait the capturing account's settlement delay, from the midnight
            // before their capture (a payment's follow its transfer's charge).
            if let (Some(until), ChargeSource::Card(_)) = (pending_until, c.source) {
                let txn = ledger.balance_transaction(c.balance_transaction.unwrap());
                let delay = i64::from(ledger.account(c.account).payouts.schedule.delay_days);
                assert_eq!(
                    until,
                    txn.created.div_euclid(DAY) * DAY + delay * DAY,
                    "a card charge's funds wait its account's settlement delay"
                );
            }
            self.charges.push(ModelCharge {
                account: c.account,
                amount: i128::from(c.amount.minor_units()),
                refunded: 0,
                pending_until,
                destination: c
                    .destination
                    .and_then(|d| d.transfer)
                    .map(|t| (t, i128::from(ledger.transfer(t).amount.minor_units()))),
                refundable: !c.is_payment() && c.status == ChargeStatus::Succeeded,
                captured: i128::from(c.amount.minor_units()),
                authorised: false,
                target: None,
                fee_asked: None,
                fee: None,
                card: match c.source {
                    ChargeSource::Card(card) => Some(card),
                    ChargeSource::Account { .. } => None,
                },
            });
        }
    }

    /// Moves time to `to` as the contract says: funds mature at available_on, and at each
    /// midnight the payout run debits banks for negative balances and pays out scheduled ones.
    fn advance(&mut self, ledger: &Ledger, from: Timestamp, to: Timestamp) {
        let mut midnight = (from.div_euclid(DAY) + 1) * DAY;
        loop {
            let until = if midnight <= to { midnight } else { to };
            // Dispute steps fall between midnights (evidence submitted before `from`,
            // deadlines at 23:59:59), so before the funds maturing at `until`.
            self.step_disputes(ledger, until);
            self.mature(ledger, until);
            if midnight > to {
                break;
            }
            self.payout_run(ledger, midnight);
            midnight += DAY;
        }
    }

    /// Whether every balance the ledger would show in `currency` fits in an `i64`; the ledger
    /// skips (and retries later) what time would do otherwise.
    fn fits(&self, ledger: &Ledger, currency: Currency) -> bool {
        let fit = |v: i128| i64::try_from(v).is_ok();
        self.balances
            .iter()
            .filter(|((_, c), _)| *c == currency)
            .all(|((a, _), b)| fit(b.pending) && fit(-b.available.min(0)) && (a.is_platform() || fit(b.available)))
            && fit(self.platform_available(ledger, currency))
            && fit(self.reserved(ledger, currency))
    }

    /// Funds due by `until` become available, one balance at a time as the ledger settles
    /// them; a balance that would overflow waits until the next midnight.
    fn mature(&mut self, ledger: &Ledger, until: Timestamp) {
        let (due, later): (Vec<_>, Vec<_>) = self.pending.iter().partition(|(at, ..)| *at <= until);
        self.pending = later;
        let mut balances: Vec<(AccountId, Currency)> = due.iter().map(|(_, a, c, _)| (*a, *c)).collect();
        balances.sort();
        balances.dedup();
        for (account, currency) in balances {
            let mine: Vec<_> = due
                .iter()
                .filter(|(_, a, c, _)| (*a, *c) == (account, currency))
                .copied()
                .collect();
            let saved = (self.balances.clone(), self.debit_shortfall.clone());
            for (_, _, currency, net) in &mine {
                self.add(account, *currency, *net, -net);
            }
            self.settle_shortfalls();
            if !mine.iter().all(|(_, _, c, _)| self.fits(ledger, *c)) {
                (self.balances, self.debit_shortfall) = saved;
                let next = (until.div_euclid(DAY) + 1) * DAY;
                self.pending
                    .extend(mine.into_iter().map(|(_, a, c, n)| (next, a, c, n)));
            }
        }
    }

    fn payout_run(&mut self, ledger: &Ledger, at: Timestamp) {
        let keys: Vec<_> = self.balances.keys().copied().collect();
        for (account, currency) in keys {
            let a = ledger.account(account);
            if !a
                .bank_accounts
                .iter()
                .any(|b| ledger.bank_account(*b).currency == currency)
            {
                continue;
            }
            let available = if account.is_platform() {
                self.platform_available(ledger, currency)
            } else {
                self.available(account, currency)
            };
            let days = at.div_euclid(DAY);
            let (_, _, day, month_length) = date(days);
            // A schedule is a set of weekdays (bit 0 Monday) or of days of the month (bit 0
            // the 1st; a day past the month's end pays on its last day).
            let due = match a.payouts.schedule.interval {
                PayoutInterval::Manual => false,
                PayoutInterval::Daily => true,
                PayoutInterval::Weekly(days_set) => (days_set >> (days + 3).rem_euclid(7)) & 1 == 1,
                PayoutInterval::Monthly(days_set) => {
                    (1..=31i64).any(|d| (days_set >> (d - 1)) & 1 == 1 && d.min(month_length) == day)
                }
            };
            // An automatic payout leaves the account's minimum balance behind.
            let minimum = a
                .payouts
                .minimum_balances
                .iter()
                .find(|(c, _)| *c == currency)
                .map_or(0, |(_, m)| i128::from(m.minor_units()));
            // A negative balance is debited from the default external account only when that
            // is a bank account, never a debit card.
            let to_bank = ledger
                .default_bank_account(account, currency)
                .is_some_and(|b| ledger.bank_account(b).is_bank());
            let debit = available < 0
                && to_bank
                && a.payouts.debit_negative_balances
                && a.country.auto_debits_negative_balances();
            let paid = if debit { available } else { available - minimum };
            if debit || (paid > 0 && due) {
                let saved = (self.balances.clone(), self.debit_shortfall.clone());
                self.add(account, currency, -paid, 0);
                self.settle_shortfalls();
                if self.fits(ledger, currency) {
                    *self.external.entry(currency).or_default() -= paid;
                } else {
                    (self.balances, self.debit_shortfall) = saved;
                }
            }
        }
    }

    /// Applies the money movements of an accepted operation.
    fn accepted(&mut self, ledger: &Ledger, before: &Ledger, op: &Operation) {
        let accounts = connected(before);
        match *op {
            Operation::CardCharge {
                account,
                token,
                amount,
                currency,
                destination,
            } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let currency = currency_of(before, actor, currency).unwrap();
                let card = tokens::card_for_token(token).unwrap();
                if card.decline.is_some() {
                    return;
                }
                let (amount, net) = (i128::from(amount), i128::from(amount) - fee(i128::from(amount)));
                *self.external.entry(currency).or_default() += net;
                let destination = destination
                    .and_then(|p| pick(&accounts, p))
                    .filter(|_| actor.is_platform());
                if card.bypass_pending {
                    self.add(actor, currency, net, 0);
                    if let Some(to) = destination {
                        self.add(actor, currency, -amount, 0);
                        self.arrive(before, to, currency, amount, None);
                    }
                } else {
                    // Available at midnight UTC the account's settlement delay (two days
                    // unless its balance settings say more) after the charge's day.
                    let delay = i64::from(before.account(actor).payouts.schedule.delay_days);
                    let at = (before.now().div_euclid(DAY) + delay) * DAY;
                    self.add(actor, currency, 0, net);
                    self.pending.push((at, actor, currency, net));
                    if let Some(to) = destination {
                        self.add(actor, currency, 0, -amount);
                        self.pending.push((at, actor, currency, -amount));
                        self.arrive(before, to, currency, amount, Some(at));
                    }
                }
            }
            Operation::DebitByCharge {
                account,
                amount,
                currency,
            }
            | Operation::DebitByTransfer {
                account,
                amount,
                currency,
                ..
            } => {
                let account = pick(&accounts, account).unwrap();
                let currency = currency_of(before, account, currency).unwrap();
                let amount = i128::from(amount);
                // No balance below zero unless §6 allows it.
                assert!(
                    self.available(account, currency) >= amount || Self::may_go_negative(before, account, currency),
                    "a debit took {} below zero where §6 forbids it",
                    before.account(account).id
                );
                self.debit(before, account, currency, amount);
            }
            Operation::Transfer {
                account,
                amount,
                currency,
                source_transaction,
            } => {
                let to = pick(&accounts, account).unwrap();
                let currency = currency_of(before, AccountId::PLATFORM, currency).unwrap();
                let amount = i128::from(amount);
                let source = ledger
                    .transfer(ledger.all::<Transfer>().last().unwrap())
                    .source_transaction;
                assert!(source.is_none() || source_transaction.is_some());
                match source.and_then(|c| self.charges[c.index()].pending_until.filter(|at| *at > before.now())) {
                    Some(at) => {
                        self.add(AccountId::PLATFORM, currency, 0, -amount);
                        self.pending.push((at, AccountId::PLATFORM, currency, -amount));
                        self.arrive(before, to, currency, amount, Some(at));
                    }
                    None => {
                        if source.is_none() {
                            assert!(
                                self.platform_available(before, currency) >= amount,
                                "a transfer took the platform below zero"
                            );
                        }
                        self.add(AccountId::PLATFORM, currency, -amount, 0);
                        self.arrive(before, to, currency, amount, None);
                    }
                }
            }
            Operation::Reverse { transfer, amount } => {
                let ids: Vec<TransferId> = before.all::<Transfer>().collect();
                let Some(id) = pick(&ids, transfer) else {
                    return;
                };
                let t = &self.transfers[id.index()];
                let amount = amount.map_or(t.amount - t.reversed, i128::from);
                let currency = before.transfer(id).currency;
                self.reverse(id.index(), currency, amount);
            }
            Operation::Refund {
                charge,
                amount,
                reverse_transfer,
            } => self.refund(before, charge, amount, reverse_transfer, false),
            Operation::Payout {
                account,
                amount,
                currency,
            } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let currency = currency_of(before, actor, currency).unwrap();
                let amount = i128::from(amount);
                let available = if actor.is_platform() {
                    self.platform_available(before, currency)
                } else {
                    self.available(actor, currency)
                };
                assert!(available >= amount, "a payout took a balance below zero");
                self.add(actor, currency, -amount, 0);
                *self.external.entry(currency).or_default() -= amount;
            }
            // Bank accounts move no money; the next debit's §6 check reads them from the
            // ledger as it then is, so a debit that may no longer go negative is caught.
            Operation::UpdateAccount { .. }
            | Operation::BalanceSettings { .. }
            | Operation::AddBankAccount { .. }
            | Operation::AddDebitCard { .. }
            | Operation::DeleteBankAccount { .. } => {}
            // An Instant Payout takes its amount and its fee, both leaving the world, only
            // from what is available.
            Operation::InstantPayout { account, amount } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let usd = Currency::USD;
                let total = i128::from(amount) + instant_fee(i128::from(amount));
                let available = if actor.is_platform() {
                    self.platform_available(before, usd)
                } else {
                    self.available(actor, usd)
                };
                assert!(available >= total, "an Instant Payout took a balance below zero");
                self.add(actor, usd, -total, 0);
                *self.external.entry(usd).or_default() -= total;
            }
            Operation::AdvanceClock { .. } => self.advance(before, before.now(), ledger.now()),
            // A clock moves no money itself; advancing one is the world's clock advancing to
            // wherever it went (nowhere, for a clock behind the world).
            Operation::CreateTestClock { .. } => {}
            Operation::AdvanceTestClock { .. } if before.live_test_clocks().next().is_some() => {
                self.advance(before, before.now(), ledger.now())
            }
            Operation::AdvanceTestClock { .. } => {}
            _ => self.accepted_money_in(ledger, before, op),
        }
        self.settle_shortfalls();
    }

    /// A refused debit must be one the rules refuse; for balance reasons, only §6. A card
    /// refused when saved must be one whose check fails.
    fn refused(&self, before: &Ledger, op: &Operation, rejection: &Rejection) {
        if let (Operation::SaveCard { method, .. }, Rejection::CardDeclinedOnSave { decline }) = (op, rejection) {
            let card = tokens::card_for_token(method).unwrap();
            assert_eq!(
                card.setup_decline(),
                Some(*decline),
                "{method} was refused as a saved card"
            );
        }
        if let (
            Operation::DebitByCharge { account, amount, .. } | Operation::DebitByTransfer { account, amount, .. },
            Rejection::BalanceInsufficient { currency, .. },
        ) = (op, rejection)
        {
            let account = pick(&connected(before), *account).unwrap();
            assert!(
                self.available(account, *currency) < i128::from(*amount),
                "a debit the balance covers was refused"
            );
            assert!(
                !Self::may_go_negative(before, account, *currency),
                "a debit §6 allows below zero was refused"
            );
        }
    }

    /// A refund of `charge` as the contract says (§10): an authorisation is released, whole,
    /// with no money; otherwise the card holder gets `amount` back, and with
    /// `reverse_transfer` the destination returns its share of what was captured, and with
    /// `with_fee` the fee goes back in proportion (all that is left when nothing of the
    /// charge is left).
    fn refund(
        &mut self,
        before: &Ledger,
        charge: strategies::Pick,
        amount: Option<i64>,
        reverse: bool,
        with_fee: bool,
    ) {
        let ids: Vec<ChargeId> = before.all::<Charge>().collect();
        let Some(id) = pick(&ids, charge) else {
            return;
        };
        let c = &mut self.charges[id.index()];
        assert!(c.refundable, "a charge that cannot be refunded was");
        let refundable = c.amount - c.refunded;
        let amount = amount.map_or(refundable, i128::from);
        c.refunded += amount;
        if c.authorised {
            assert_eq!(amount, refundable, "an authorisation was released in part");
            c.authorised = false;
            return;
        }
        let (account, captured, destination, fee) = (c.account, c.captured, c.destination, c.fee);
        let currency = before.charge(id).currency;
        self.add(account, currency, -amount, 0);
        *self.external.entry(currency).or_default() -= amount;
        if let (true, Some((transfer, _))) = (reverse, destination) {
            let t = &self.transfers[transfer.index()];
            let share = proportion(t.amount, amount, captured).min(t.amount - t.reversed);
            self.reverse(transfer.index(), currency, share);
        }
        if let (true, Some(fee)) = (with_fee, fee) {
            self.refund_fee(fee, currency, amount == refundable, amount, captured);
        }
    }

    /// Returns `part / whole` of fee `fee` (all that is left when `in_full`) to its payer.
    fn refund_fee(&mut self, fee: usize, currency: Currency, in_full: bool, part: i128, whole: i128) {
        let f = &mut self.fees[fee];
        let left = f.amount - f.refunded;
        let amount = if in_full {
            left
        } else {
            proportion(f.amount, part, whole).min(left)
        };
        let before = f.refunded;
        f.refunded += amount;
        let (payer, settled) = (f.payer, f.settled);
        self.add(AccountId::PLATFORM, currency, -amount, 0);
        match settled {
            None => self.add(payer, currency, amount, 0),
            Some((to_currency, rate)) => {
                let step = convert(before + amount, currency, to_currency, rate)
                    - convert(before, currency, to_currency, rate);
                self.add(payer, to_currency, step, 0);
                *self.external.entry(currency).or_default() -= amount;
                *self.external.entry(to_currency).or_default() += step;
            }
        }
    }

    /// Money moves as `pending` or `available` funds of `account`, as a card charge's do.
    fn credit(&mut self, account: AccountId, currency: Currency, amount: i128, until: Option<Timestamp>) {
        match until {
            None => self.add(account, currency, amount, 0),
            Some(at) => {
                self.add(account, currency, 0, amount);
                self.pending.push((at, account, currency, amount));
            }
        }
    }

    /// Captures `amount` of model charge `index` at `now` (§10–§11, §14): the charge's net,
    /// a destination's transfer less the application fee, the platform's fee, a dispute
    /// card's withdrawal.
    fn capture(&mut self, ledger: &Ledger, before: &Ledger, index: usize, amount: i128, fee: Option<i128>) {
        let now = before.now();
        let c = self.charges[index].clone();
        let id = ledger.all::<Charge>().nth(index).unwrap();
        let currency = ledger.charge(id).currency;
        let card = c.card.expect("a card charge");
        let delay = i64::from(before.account(c.account).payouts.schedule.delay_days);
        let until = (!card.bypass_pending).then(|| (now.div_euclid(DAY) + delay) * DAY);
        let stripe_fee = card_fee(amount);
        *self.external.entry(currency).or_default() += amount - stripe_fee;
        let fee = fee.map(|f| f.min(amount)).filter(|f| *f > 0);
        self.credit(c.account, currency, amount - stripe_fee, until);
        let mut transfer = None;
        let mut fee_settled = None;
        let payer = match c.target {
            Some(to) => {
                // The whole captured amount goes; the destination pays the fee out of it. The
                // capture made the first transfer of this operation.
                self.credit(c.account, currency, -amount, until);
                let made = ledger.all::<Transfer>().nth(before.count(Kind::Transfer)).unwrap();
                let settled = settlement(before, to, currency);
                self.transfers[made.index()].settled = settled;
                let paid = fee.unwrap_or(0);
                match settled {
                    None => self.credit(to, currency, amount - paid, until),
                    Some((to_currency, rate)) => {
                        // Converted, the payment and its fee are in the destination's
                        // currency; the platform receives the fee in the charge's.
                        let received =
                            convert(amount, currency, to_currency, rate) - convert(paid, currency, to_currency, rate);
                        self.credit(to, to_currency, received, until);
                        *self.external.entry(currency).or_default() -= amount - paid;
                        *self.external.entry(to_currency).or_default() += received;
                        fee_settled = settled;
                    }
                }
                self.charges[index].destination = Some((made, amount));
                transfer = Some(made.index());
                to
            }
            None => {
                if let Some(f) = fee {
                    self.credit(c.account, currency, -f, until);
                }
                c.account
            }
        };
        {
            let c = &mut self.charges[index];
            c.refunded += c.amount - amount;
            c.captured = amount;
            c.authorised = false;
            c.pending_until = until;
        }
        if let Some(f) = fee {
            self.credit(AccountId::PLATFORM, currency, f, until);
            self.charges[index].fee = Some(self.fees.len());
            if let Some(transfer) = transfer {
                self.transfers[transfer].fee = Some(self.fees.len());
            }
            self.fees.push(ModelFee {
                payer,
                amount: f,
                refunded: 0,
                settled: fee_settled,
            });
        }
        if let Some(kind) = card.dispute {
            let platform_pays = matches!(
                before.account(c.account).role,
                Role::Connected { controller, .. } if controller.fees_payer == FeePayer::Application
            );
            let mut dispute = ModelDispute {
                account: self.charges[index].account,
                currency,
                amount,
                platform_pays,
                inquiry: kind == CardDispute::Inquiry,
                state: DisputeState::Waiting,
                due: due_by(now),
            };
            if !dispute.inquiry {
                self.withdraw(&dispute, -1);
            }
            dispute.state = DisputeState::Waiting;
            self.disputes.push(dispute);
        }
    }

    /// A chargeback's withdrawal (`sign` −1) or reinstatement (+1) of its amount and fee,
    /// all at once from (to) available funds.
    fn withdraw(&mut self, d: &ModelDispute, sign: i128) {
        let fee_payer = if d.platform_pays {
            AccountId::PLATFORM
        } else {
            d.account
        };
        self.add(d.account, d.currency, sign * d.amount, 0);
        self.add(fee_payer, d.currency, sign * DISPUTE_FEE, 0);
        *self.external.entry(d.currency).or_default() += sign * (d.amount + DISPUTE_FEE);
    }

    /// When the clock next acts on dispute `d`, if it does.
    fn next_step(d: &ModelDispute) -> Option<Timestamp> {
        match d.state {
            DisputeState::Waiting => Some(d.due),
            DisputeState::Review { outcome: Some(_), at } => Some(at),
            _ => None,
        }
    }

    /// Applies every dispute step due by `until`, earliest first: outcomes of submitted
    /// evidence, and deadlines that passed without it. Money that would not fit waits for
    /// the next midnight, as the ledger retries it.
    fn step_disputes(&mut self, ledger: &Ledger, until: Timestamp) {
        loop {
            let due = (0..self.disputes.len())
                .filter_map(|i| Self::next_step(&self.disputes[i]).map(|at| (at, i)))
                .filter(|(at, _)| *at <= until)
                .min();
            let Some((at, i)) = due else {
                return;
            };
            let d = self.disputes[i].clone();
            let (state, inquiry, moves) = match d.state {
                DisputeState::Review {
                    outcome: Some(Outcome::Win),
                    ..
                } if !d.inquiry => (DisputeState::Closed, false, 1),
                DisputeState::Review {
                    outcome: Some(Outcome::Escalate),
                    ..
                } if d.inquiry => (DisputeState::Waiting, false, -1),
                _ => (DisputeState::Closed, d.inquiry, 0),
            };
            let saved = (
                self.balances.clone(),
                self.debit_shortfall.clone(),
                self.external.clone(),
            );
            if moves != 0 {
                self.withdraw(&d, moves);
                self.settle_shortfalls();
                if !self.fits(ledger, d.currency) {
                    (self.balances, self.debit_shortfall, self.external) = saved;
                    let retry = (at.div_euclid(DAY) + 1) * DAY;
                    self.disputes[i].state = DisputeState::Review {
                        outcome: match d.state {
                            DisputeState::Review { outcome, .. } => outcome,
                            _ => None,
                        },
                        at: retry,
                    };
                    continue;
                }
            }
            let d = &mut self.disputes[i];
            d.state = state;
            d.inquiry = inquiry;
            if moves < 0 {
                d.due = due_by(at);
            }
        }
    }

    /// The money-in operations the ledger accepted.
    fn accepted_money_in(&mut self, ledger: &Ledger, before: &Ledger, op: &Operation) {
        let accounts = connected(before);
        let new_charge = before.count(Kind::Charge);
        match *op {
            Operation::PaymentIntent {
                account,
                method,
                amount,
                destination,
                fee,
                manual,
            } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let card = tokens::card_for_token(method).unwrap();
                if card.authentication_required {
                    self.intents.push(ModelIntent {
                        charge: None,
                        authorised: false,
                    });
                    return;
                }
                self.intents.push(ModelIntent {
                    charge: Some(new_charge),
                    authorised: card.decline.is_none() && manual,
                });
                if card.decline.is_some() {
                    return;
                }
                let target = destination
                    .and_then(|p| pick(&accounts, p))
                    .filter(|_| actor.is_platform());
                self.authorise(new_charge, target, fee.map(i128::from));
                if !manual {
                    self.capture(ledger, before, new_charge, i128::from(amount), fee.map(i128::from));
                }
            }
            Operation::CaptureIntent { intent, amount, fee } => {
                let ids: Vec<PaymentIntentId> = before.all::<PaymentIntent>().collect();
                let Some(id) = pick(&ids, intent) else {
                    return;
                };
                let i = &mut self.intents[id.index()];
                assert!(i.authorised, "a capture of an intent that was not authorised");
                i.authorised = false;
                let charge = i.charge.unwrap();
                let c = &self.charges[charge];
                let amount = amount.map_or(c.amount, i128::from);
                let fee = fee.map_or(c.fee_asked, |f| Some(i128::from(f)));
                self.capture(ledger, before, charge, amount, fee);
            }
            Operation::SaveCard {
                account,
                customer,
                method,
            } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let card = tokens::card_for_token(method).unwrap();
                let by_setup_intent = customer
                    .and_then(|p| pick(&strategies::live_customers(before, actor), p))
                    .is_some();
                // A SetupIntent stops for 3D Secure and fails on a check that declines; a
                // card attached with a new customer is refused on such a check (and is not
                // accepted then), and not asked for 3D Secure.
                let saved = card.setup_decline().is_none() && !(by_setup_intent && card.authentication_required);
                assert!(by_setup_intent || saved, "{method} was saved with a new customer");
                self.saved += usize::from(saved);
            }
            Operation::ChargeSaved {
                card,
                amount,
                destination,
                fee,
            } => {
                let Some(id) = pick(&strategies::saved_cards(before), card) else {
                    return;
                };
                let method = before.payment_method(id);
                let actor = method.account;
                // Off-session, nobody is there for 3D Secure: such a card is declined.
                let declined = method.card.decline.is_some() || method.card.authentication_required;
                self.intents.push(ModelIntent {
                    charge: Some(new_charge),
                    authorised: false,
                });
                if declined {
                    return;
                }
                let target = destination
                    .and_then(|p| pick(&accounts, p))
                    .filter(|_| actor.is_platform());
                self.authorise(new_charge, target, fee.map(i128::from));
                self.capture(ledger, before, new_charge, i128::from(amount), fee.map(i128::from));
            }
            Operation::CancelIntent { intent } => {
                let ids: Vec<PaymentIntentId> = before.all::<PaymentIntent>().collect();
                let Some(id) = pick(&ids, intent) else {
                    return;
                };
                let i = &mut self.intents[id.index()];
                if std::mem::take(&mut i.authorised) {
                    // Released: nothing had been taken.
                    let c = &mut self.charges[i.charge.unwrap()];
                    c.refunded = c.amount;
                    c.authorised = false;
                }
            }
            Operation::AuthoriseCharge {
                account,
                token,
                destination,
                fee,
                ..
            } => {
                let actor = account.and_then(|p| pick(&accounts, p)).unwrap_or(AccountId::PLATFORM);
                let card = tokens::card_for_token(token).unwrap();
                if card.decline.is_none() {
                    let target = destination
                        .and_then(|p| pick(&accounts, p))
                        .filter(|_| actor.is_platform());
                    self.authorise(new_charge, target, fee.map(i128::from));
                }
            }
            Operation::CaptureCharge { charge, amount } => {
                let authorised: Vec<ChargeId> = before
                    .all::<Charge>()
                    .filter(|c| self.charges[c.index()].authorised)
                    .collect();
                let ids: Vec<ChargeId> = if authorised.is_empty() {
                    before.all::<Charge>().collect()
                } else {
                    authorised
                };
                let Some(id) = pick(&ids, charge) else {
                    return;
                };
                let c = &self.charges[id.index()];
                assert!(c.authorised, "a capture of a charge that was not authorised");
                let amount = amount.map_or(c.amount, i128::from);
                self.capture(ledger, before, id.index(), amount, c.fee_asked);
            }
            Operation::RefundWithFee {
                charge,
                amount,
                reverse_transfer,
            } => self.refund(before, charge, amount, reverse_transfer, true),
            Operation::ReverseWithFee { transfer, amount } => {
                let ids: Vec<TransferId> = before.all::<Transfer>().collect();
                let Some(id) = pick(&ids, transfer) else {
                    return;
                };
                let t = &self.transfers[id.index()];
                let left = t.amount - t.reversed;
                let amount = amount.map_or(left, i128::from);
                let (whole, fee) = (t.amount, t.fee);
                let currency = before.transfer(id).currency;
                self.reverse(id.index(), currency, amount);
                if let Some(fee) = fee {
                    self.refund_fee(fee, currency, amount == left, amount, whole);
                }
            }
            Operation::RefundFee { fee, amount } => {
                let ids: Vec<ApplicationFeeId> = before.all::<ApplicationFee>().collect();
                let Some(id) = pick(&ids, fee) else {
                    return;
                };
                let currency = before.application_fee(id).currency;
                let f = &self.fees[id.index()];
                let (left, whole) = (f.amount - f.refunded, f.amount);
                // A refund of a given amount returns exactly it (`amount / whole` of the fee).
                let amount = amount.map_or(left, i128::from);
                self.refund_fee(id.index(), currency, amount == left, amount, whole);
            }
            Operation::DisputeEvidence { dispute, text, submit } => {
                let ids: Vec<DisputeId> = before.all::<Dispute>().collect();
                let Some(id) = pick(&ids, dispute) else {
                    return;
                };
                let d = &mut self.disputes[id.index()];
                assert_eq!(
                    d.state,
                    DisputeState::Waiting,
                    "evidence for a dispute not waiting for it"
                );
                if submit {
                    let outcome = match strategies::DISPUTE_TEXTS[text % strategies::DISPUTE_TEXTS.len()] {
                        "winning_evidence" => Some(Outcome::Win),
                        "losing_evidence" => Some(Outcome::Lose),
                        "escalate_inquiry_evidence" if d.inquiry => Some(Outcome::Escalate),
                        _ => None,
                    };
                    d.state = DisputeState::Review {
                        outcome,
                        at: before.now(),
                    };
                }
            }
            Operation::CloseDispute { dispute } => {
                let ids: Vec<DisputeId> = before.all::<Dispute>().collect();
                let Some(id) = pick(&ids, dispute) else {
                    return;
                };
                let d = &mut self.disputes[id.index()];
                assert_eq!(d.state, DisputeState::Waiting, "a dispute closed while not waiting");
                d.state = DisputeState::Closed;
            }
            _ => unreachable!("not a money-in operation: {op:?}"),
        }
    }

    /// Marks the new card charge `index` authorised, with where its money will go.
    fn authorise(&mut self, index: usize, target: Option<AccountId>, fee: Option<i128>) {
        let c = &mut self.charges[index];
        c.authorised = true;
        c.captured = 0;
        c.pending_until = None;
        c.target = target;
        c.fee_asked = fee.filter(|f| *f > 0);
    }

    fn check(&self, ledger: &Ledger) {
        ledger.audit().unwrap();
        // The model made the same fees, disputes and PaymentIntents as the ledger.
        assert_eq!(self.fees.len(), ledger.count(Kind::ApplicationFee), "application fees");
        assert_eq!(self.disputes.len(), ledger.count(Kind::Dispute), "disputes");
        assert_eq!(self.intents.len(), ledger.count(Kind::PaymentIntent), "PaymentIntents");
        assert_eq!(
            self.saved,
            strategies::saved_cards(ledger).len(),
            "cards saved to customers"
        );
        for (index, f) in self.fees.iter().enumerate() {
            let fee = ledger.application_fee(ledger.all::<ApplicationFee>().nth(index).unwrap());
            assert_eq!(
                (
                    i128::from(fee.amount.minor_units()),
                    i128::from(fee.amount_refunded.minor_units())
                ),
                (f.amount, f.refunded),
                "application fee #{index}"
            );
        }
        for (index, d) in self.disputes.iter().enumerate() {
            let dispute = ledger.dispute(ledger.all::<Dispute>().nth(index).unwrap());
            let closed = d.state == DisputeState::Closed;
            assert_eq!(
                dispute.status.is_closed(),
                closed,
                "dispute #{index}: {dispute:?} vs {d:?}"
            );
            assert_eq!(dispute.status.is_inquiry(), d.inquiry, "dispute #{index}");
        }
        let currencies: Vec<Currency> = {
            let mut c: Vec<_> = self.balances.keys().map(|(_, c)| *c).collect();
            c.sort();
            c.dedup();
            c
        };
        for (&(account, currency), model) in &self.balances {
            let actual = ledger.books(account).balance(currency).map_or((0, 0), |b| {
                (
                    i128::from(b.available.minor_units()),
                    i128::from(b.pending.minor_units()),
                )
            });
            let expected = if account.is_platform() {
                (self.platform_available(ledger, currency), model.pending)
            } else {
                (model.available, model.pending)
            };
            assert_eq!(
                actual,
                expected,
                "(available, pending) of {} in {currency}",
                ledger.account(account).id
            );
        }
        for currency in currencies {
            let reserved = ledger
                .books(AccountId::PLATFORM)
                .balance(currency)
                .map_or(0, |b| i128::from(b.connect_reserved.minor_units()));
            assert_eq!(
                reserved,
                self.reserved(ledger, currency),
                "connect_reserved in {currency}"
            );
            let total: i128 = ledger
                .account_ids()
                .filter_map(|a| ledger.books(a).balance(currency))
                .map(|b| {
                    i128::from(b.available.minor_units())
                        + i128::from(b.pending.minor_units())
                        + i128::from(b.connect_reserved.minor_units())
                })
                .sum();
            assert_eq!(
                total,
                self.external.get(&currency).copied().unwrap_or(0),
                "conservation in {currency}"
            );
        }
    }
}

fn config() -> Config {
    // A fixed seed keeps CI reproducible; PROPTEST_RNG_SEED explores other sequences.
    let seed = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x0de6_1751);
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1000),
        rng_seed: RngSeed::Fixed(seed),
        // XorShift rather than proptest's default ChaCha: the same thousand cases' worth of
        // random operations in half the time (unoptimised, ChaCha cost more than the ledger
        // work it drove). Persisted failures (`cc` seeds) still replay with ChaCha.
        rng_algorithm: RngAlgorithm::XorShift,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..Config::default()
    }
}

fn replay(spec: &strategies::WorldSpec, ops: &[Operation]) -> Ledger {
    let mut ledger = spec.build();
    for op in ops {
        let _ = op.apply(&mut ledger);
    }
    ledger
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_operations_keep_every_invariant(spec in world(), ops in operations(50..80)) {
        let mut ledger = spec.build();
        let mut model = Model::default();
        model.learn(&ledger);
        let funds = spec.platform_funds as i128;
        let currency = ledger.platform().default_currency;
        model.add(AccountId::PLATFORM, currency, funds - fee(funds), 0);
        model.external.insert(currency, funds - fee(funds));
        model.check(&ledger);

        for op in &ops {
            let before = ledger.clone();
            match op.apply(&mut ledger) {
                Ok(_) => {
                    model.learn(&ledger);
                    model.accepted(&ledger, &before, op);
                }
                Err(rejection) => {
                    prop_assert!(ledger == before, "refused {op:?} ({rejection:?}) but the ledger changed");
                    model.refused(&before, op, &rejection);
                }
            }
            model.check(&ledger);
        }
        prop_assert!(replay(&spec, &ops) == ledger, "the same seed and operations gave another ledger");
    }
}
