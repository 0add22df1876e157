//! The ledger: the money model of Connect account debits, as a pure library.
//!
//! One [`Ledger`] is one *world*: a platform, its connected accounts, their balances and every
//! object created in it (debit-rules §1). Operations take the request's parameters as Stripe
//! names them, check the contract's preconditions in order, and either refuse with a
//! [`Rejection`] having changed nothing, or apply and return what they created together with
//! the events they caused.
//!
//! # Guarantees
//!
//! - Money is `i64` minor units ([`Amount`]) with checked arithmetic; an operation that would
//!   overflow is refused.
//! - Every balance (available, pending, `connect_reserved`) is the sum of its balance
//!   transactions; nothing else moves money ([`posting`]).
//! - `platform.connect_reserved[c] == Σ liability(account, c)` after every operation (§6).
//! - Deterministic: no clock, no randomness, no I/O. Time is the world's simulated clock,
//!   which only [`Ledger::advance_clock`] moves; ids come from the seed. The same seed and
//!   operations give an identical ledger (`==`, and the same `Debug` text).
//! - [`Ledger::audit`] re-derives every invariant from scratch, for tests.
//!
//! The ledger knows nothing of HTTP, JSON, locks or async.

mod accounts;
mod charges;
mod clock;
pub mod country;
pub mod ids;
mod list;
pub mod money;
pub mod objects;
mod payouts;
mod posting;
mod refunds;
mod rejection;
#[cfg(feature = "strategies")]
pub mod strategies;
pub mod tokens;
mod transfers;

use std::collections::{BTreeMap, BTreeSet};

pub use accounts::{
    AccountParams, AccountUpdate, BankAccountParams, CAPABILITIES, ControllerParams, ScheduleParams, TosParams,
    WEEKDAYS,
};
pub use charges::{ChargeOutcome, ChargeParams, ChargeUpdate, TransferDataParams};
pub use country::{Country, Region};
pub use ids::{IdCodec, Prefix};
pub use list::{Cursor, ListQuery, Page, TimeRange, page};
pub use money::{Amount, Currency};
pub use objects::*;
pub use payouts::PayoutParams;
pub use refunds::RefundParams;
pub use rejection::{Input, Noun, Rejection, Spending};
pub use transfers::{ReferenceParams, ReversalParams, TransferParams, TransferUpdate};

/// What a successful operation created, and the events it caused (ids into
/// [`Ledger::event`], in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied<T> {
    pub value: T,
    pub events: Vec<EventId>,
}

/// A world: one platform, its connected accounts, and everything they did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ledger {
    codec: IdCodec,
    now: Timestamp,
    /// `accounts[0]` is the platform; the rest are its connected accounts in creation order.
    accounts: Vec<Account>,
    account_ids: BTreeMap<Box<str>, AccountId>,
    bank_accounts: Vec<BankAccount>,
    charges: Vec<Charge>,
    transfers: Vec<Transfer>,
    reversals: Vec<Reversal>,
    payouts: Vec<Payout>,
    refunds: Vec<Refund>,
    txns: Vec<BalanceTransaction>,
    events: Vec<Event>,
    /// Pending balance transactions by the time their funds become available.
    maturing: BTreeSet<(Timestamp, TxnId)>,
    /// Payouts by the time they arrive at the bank (and are paid, or fail).
    arriving: BTreeSet<(Timestamp, PayoutId)>,
    /// The next midnight (UTC) at which payout schedules and auto debits run.
    next_payout_run: Timestamp,
    /// Per currency, the net money that entered from outside (see `external_total`).
    external: Vec<(Currency, i128)>,
}

impl Ledger {
    /// A new world whose platform `platform` describes, at simulated time `now`, minting ids
    /// from `seed`.
    pub fn new(seed: u64, now: Timestamp, platform: AccountParams) -> Result<Ledger, Rejection> {
        let mut ledger = Ledger {
            codec: IdCodec::new(seed),
            now,
            accounts: Vec::new(),
            account_ids: BTreeMap::new(),
            bank_accounts: Vec::new(),
            charges: Vec::new(),
            transfers: Vec::new(),
            reversals: Vec::new(),
            payouts: Vec::new(),
            refunds: Vec::new(),
            txns: Vec::new(),
            events: Vec::new(),
            maturing: BTreeSet::new(),
            arriving: BTreeSet::new(),
            next_payout_run: clock::next_midnight(now),
            external: Vec::new(),
        };
        ledger.create_platform(platform)?;
        Ok(ledger)
    }

    pub fn now(&self) -> Timestamp {
        self.now
    }

    pub fn seed(&self) -> u64 {
        self.codec.seed()
    }

    pub fn codec(&self) -> &IdCodec {
        &self.codec
    }

    pub fn platform(&self) -> &Account {
        &self.accounts[0]
    }

    pub fn account(&self, id: AccountId) -> &Account {
        &self.accounts[id.index()]
    }

    /// Every account, the platform first.
    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }

    /// The platform's connected accounts, oldest first.
    pub fn connected_account_ids(&self) -> impl Iterator<Item = AccountId> + '_ {
        (1..self.accounts.len() as u32).map(AccountId)
    }

    pub fn bank_account(&self, id: BankAccountId) -> &BankAccount {
        &self.bank_accounts[id.index()]
    }

    pub fn charge(&self, id: ChargeId) -> &Charge {
        &self.charges[id.index()]
    }

    pub fn transfer(&self, id: TransferId) -> &Transfer {
        &self.transfers[id.index()]
    }

    pub fn reversal(&self, id: ReversalId) -> &Reversal {
        &self.reversals[id.index()]
    }

    pub fn payout(&self, id: PayoutId) -> &Payout {
        &self.payouts[id.index()]
    }

    pub fn refund(&self, id: RefundId) -> &Refund {
        &self.refunds[id.index()]
    }

    pub fn balance_transaction(&self, id: TxnId) -> &BalanceTransaction {
        &self.txns[id.index()]
    }

    pub fn event(&self, id: EventId) -> &Event {
        &self.events[id.index()]
    }

    /// Every transfer's id, oldest first.
    pub fn transfer_ids(&self) -> impl Iterator<Item = TransferId> + '_ {
        (0..self.transfers.len() as u32).map(TransferId)
    }

    /// Every charge's and payment's id, oldest first.
    pub fn charge_ids(&self) -> impl Iterator<Item = ChargeId> + '_ {
        (0..self.charges.len() as u32).map(ChargeId)
    }

    /// Every payout's id, oldest first.
    pub fn payout_ids(&self) -> impl Iterator<Item = PayoutId> + '_ {
        (0..self.payouts.len() as u32).map(PayoutId)
    }

    /// Every refund's id, oldest first.
    pub fn refund_ids(&self) -> impl Iterator<Item = RefundId> + '_ {
        (0..self.refunds.len() as u32).map(RefundId)
    }

    /// Every transfer reversal's id, oldest first.
    pub fn reversal_ids(&self) -> impl Iterator<Item = ReversalId> + '_ {
        (0..self.reversals.len() as u32).map(ReversalId)
    }

    /// How many objects of each kind the world holds, for sizing and benchmarks.
    pub fn object_count(&self) -> usize {
        self.charges.len()
            + self.transfers.len()
            + self.reversals.len()
            + self.payouts.len()
            + self.refunds.len()
            + self.txns.len()
            + self.events.len()
    }

    /// The account a request acts as: the platform, or the connected account its
    /// `Stripe-Account` names (§7 row 2).
    pub fn acting_as(&self, stripe_account: Option<&str>) -> Result<AccountId, Rejection> {
        match stripe_account {
            None => Ok(AccountId::PLATFORM),
            // The platform's own id in the header is acting as oneself, which is allowed.
            Some(id) => self
                .find_account(id)
                .ok_or_else(|| Rejection::AccountInvalid { account: id.to_owned() }),
        }
    }

    pub fn find_account(&self, id: &str) -> Option<AccountId> {
        self.account_ids.get(id).copied()
    }

    fn decode(&self, id: &str, prefixes: &[Prefix]) -> Option<(Prefix, usize)> {
        let (prefix, index) = self.codec.parse(id)?;
        prefixes.contains(&prefix).then_some((prefix, index as usize))
    }

    /// The charge or payment `id` names, if `owner` owns it.
    pub fn find_charge(&self, owner: AccountId, id: &str) -> Option<ChargeId> {
        let (prefix, index) = self.decode(id, &[Prefix::Ch, Prefix::Py])?;
        let charge = self.charges.get(index)?;
        let expected = if charge.is_payment() { Prefix::Py } else { Prefix::Ch };
        (charge.account == owner && prefix == expected).then_some(ChargeId(index as u32))
    }

    pub fn find_transfer(&self, owner: AccountId, id: &str) -> Option<TransferId> {
        let (_, index) = self.decode(id, &[Prefix::Tr])?;
        (self.transfers.get(index)?.from == owner).then_some(TransferId(index as u32))
    }

    pub fn find_reversal(&self, owner: AccountId, id: &str) -> Option<ReversalId> {
        let (_, index) = self.decode(id, &[Prefix::Trr])?;
        let reversal = self.reversals.get(index)?;
        (self.transfers[reversal.transfer.index()].from == owner).then_some(ReversalId(index as u32))
    }

    pub fn find_payout(&self, owner: AccountId, id: &str) -> Option<PayoutId> {
        let (_, index) = self.decode(id, &[Prefix::Po])?;
        (self.payouts.get(index)?.account == owner).then_some(PayoutId(index as u32))
    }

    pub fn find_refund(&self, owner: AccountId, id: &str) -> Option<RefundId> {
        let (_, index) = self.decode(id, &[Prefix::Re])?;
        let refund = self.refunds.get(index)?;
        (self.charges[refund.charge.index()].account == owner).then_some(RefundId(index as u32))
    }

    pub fn find_balance_transaction(&self, owner: AccountId, id: &str) -> Option<TxnId> {
        let (_, index) = self.decode(id, &[Prefix::Txn])?;
        (self.txns.get(index)?.account == owner).then_some(TxnId(index as u32))
    }

    pub fn find_event(&self, owner: AccountId, id: &str) -> Option<EventId> {
        let (_, index) = self.decode(id, &[Prefix::Evt])?;
        (self.events.get(index)?.account == owner).then_some(EventId(index as u32))
    }

    pub fn find_bank_account(&self, owner: AccountId, id: &str) -> Option<BankAccountId> {
        let (_, index) = self.decode(id, &[Prefix::Ba])?;
        (self.bank_accounts.get(index)?.account == owner).then_some(BankAccountId(index as u32))
    }

    /// The object `id` names, whichever account owns it (for filters such as
    /// `balance_transactions?source=`); accounts, balance transactions and events excluded.
    pub fn locate(&self, id: &str) -> Option<ObjectRef> {
        let (prefix, index) = self.codec.parse(id)?;
        let i = index as usize;
        let found = match prefix {
            Prefix::Ch | Prefix::Py => {
                let charge = self.charges.get(i)?;
                let expected = if charge.is_payment() { Prefix::Py } else { Prefix::Ch };
                (prefix == expected).then_some(ObjectRef::Charge(ChargeId(index)))?
            }
            Prefix::Tr => (i < self.transfers.len()).then_some(ObjectRef::Transfer(TransferId(index)))?,
            Prefix::Trr => (i < self.reversals.len()).then_some(ObjectRef::Reversal(ReversalId(index)))?,
            Prefix::Po => (i < self.payouts.len()).then_some(ObjectRef::Payout(PayoutId(index)))?,
            Prefix::Re => (i < self.refunds.len()).then_some(ObjectRef::Refund(RefundId(index)))?,
            Prefix::Ba => (i < self.bank_accounts.len()).then_some(ObjectRef::BankAccount(BankAccountId(index)))?,
            Prefix::Txn | Prefix::Evt | Prefix::Card | Prefix::Req => return None,
        };
        Some(found)
    }

    /// The id string of an object, as the API shows it.
    pub fn charge_id(&self, id: ChargeId) -> String {
        let prefix = if self.charges[id.index()].is_payment() {
            Prefix::Py
        } else {
            Prefix::Ch
        };
        self.codec.format(prefix, id.0)
    }

    pub fn transfer_id(&self, id: TransferId) -> String {
        self.codec.format(Prefix::Tr, id.0)
    }

    pub fn reversal_id(&self, id: ReversalId) -> String {
        self.codec.format(Prefix::Trr, id.0)
    }

    pub fn payout_id(&self, id: PayoutId) -> String {
        self.codec.format(Prefix::Po, id.0)
    }

    pub fn refund_id(&self, id: RefundId) -> String {
        self.codec.format(Prefix::Re, id.0)
    }

    pub fn balance_transaction_id(&self, id: TxnId) -> String {
        self.codec.format(Prefix::Txn, id.0)
    }

    pub fn event_id(&self, id: EventId) -> String {
        self.codec.format(Prefix::Evt, id.0)
    }

    fn emit(&mut self, kind: EventType, account: AccountId, object: ObjectRef) -> EventId {
        let id = EventId(self.events.len() as u32);
        self.events.push(Event {
            kind,
            account,
            object,
            created: self.now,
        });
        self.accounts[account.index()].indexes.events.push(id);
        id
    }

    fn emitted_since(&self, first: usize) -> Vec<EventId> {
        (first as u32..self.events.len() as u32).map(EventId).collect()
    }

    /// Re-derives every invariant from scratch; `Err` describes the first one broken.
    ///
    /// - each balance bucket equals the sum of its balance transactions;
    /// - `connect_reserved` equals the platform's liability, per currency (§6);
    /// - conservation: all buckets of all accounts sum to the money that entered from outside.
    pub fn audit(&self) -> Result<(), String> {
        let mut sums: BTreeMap<(AccountId, Currency), (i128, i128, i128)> = BTreeMap::new();
        let mut external: BTreeMap<Currency, i128> = BTreeMap::new();
        for txn in &self.txns {
            let entry = sums.entry((txn.account, txn.currency)).or_default();
            let net = i128::from(txn.amount.minor_units()) - i128::from(txn.fee.minor_units());
            match txn.status {
                TxnStatus::Available => entry.0 += net,
                TxnStatus::Pending => entry.1 += net,
            }
            if txn.kind == TxnType::ReserveTransaction {
                entry.2 -= net;
            }
            if txn.kind.is_external() {
                *external.entry(txn.currency).or_default() += net;
            }
        }
        let mut liability: BTreeMap<Currency, i128> = BTreeMap::new();
        let mut totals: BTreeMap<Currency, i128> = BTreeMap::new();
        for (index, account) in self.accounts.iter().enumerate() {
            let id = AccountId(index as u32);
            for balance in &account.balances {
                let (available, pending, reserved) = sums.get(&(id, balance.currency)).copied().unwrap_or_default();
                let actual = (
                    i128::from(balance.available.minor_units()),
                    i128::from(balance.pending.minor_units()),
                    i128::from(balance.connect_reserved.minor_units()),
                );
                if actual != (available, pending, reserved) {
                    return Err(format!(
                        "{} {}: balance (available, pending, connect_reserved) = {actual:?} but its balance transactions sum to {:?}",
                        account.id,
                        balance.currency,
                        (available, pending, reserved)
                    ));
                }
                *totals.entry(balance.currency).or_default() += actual.0 + actual.1 + actual.2;
                if let Some(kind) = account.liability() {
                    let shortfall = i128::from(balance.available.minor_units()).min(0).abs();
                    let owed = match kind {
                        Liability::Application => shortfall,
                        Liability::Stripe => i128::from(balance.debit_shortfall.minor_units()).min(shortfall),
                    };
                    if i128::from(balance.reserve_held.minor_units()) != owed {
                        return Err(format!(
                            "{} {}: the platform holds {} in reserve but is liable for {owed}",
                            account.id, balance.currency, balance.reserve_held
                        ));
                    }
                    *liability.entry(balance.currency).or_default() += owed;
                }
            }
        }
        for (currency, owed) in &liability {
            let reserved = self
                .platform()
                .balance(*currency)
                .map_or(0, |b| i128::from(b.connect_reserved.minor_units()));
            if reserved != *owed {
                return Err(format!(
                    "platform connect_reserved {currency} = {reserved} but liabilities sum to {owed}"
                ));
            }
        }
        for (currency, total) in &totals {
            let entered = external.get(currency).copied().unwrap_or_default();
            let tracked = self.external_total(*currency);
            if *total != entered || entered != tracked {
                return Err(format!(
                    "conservation broken in {currency}: balances sum to {total}, money entered from outside {entered} (tracked {tracked})"
                ));
            }
        }
        for (index, txn) in self.txns.iter().enumerate() {
            let matures = self.maturing.contains(&(txn.available_on, TxnId(index as u32)));
            if matures != (txn.status == TxnStatus::Pending) {
                return Err(format!(
                    "balance transaction {index} is {:?} but maturing = {matures}",
                    txn.status
                ));
            }
        }
        Ok(())
    }
}
