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
mod bank_accounts;
mod charges;
mod clock;
pub mod country;
pub mod ids;
pub mod image;
pub mod kinds;
mod list;
pub mod money;
pub mod objects;
pub mod onboarding;
mod payout_changes;
mod payouts;
pub mod persons;
mod posting;
mod refunds;
mod rejection;
pub mod store;
#[cfg(feature = "strategies")]
pub mod strategies;
pub mod tokens;
mod transfers;
mod updates;
// Money in: PaymentIntents, captures, customers, application fees, disputes.
mod card_payments;
mod customers;
mod disputes;
mod fees;
pub mod money_in;
mod payment_intents;

use std::collections::{BTreeMap, BTreeSet};

pub use accounts::{
    AccountParams, AccountUpdate, BankAccountParams, CAPABILITIES, ControllerParams, ScheduleParams, TosParams,
    WEEKDAYS,
};
pub use bank_accounts::{BankAccountCreate, BankAccountUpdate};
pub use card_payments::CaptureParams;
pub use charges::{ChargeOutcome, ChargeParams, ChargeUpdate, TransferDataParams};
pub use country::{Country, Region};
pub use customers::{CustomerParams, CustomerUpdate};
pub use disputes::{DISPUTE_FEE, DisputeUpdate, EVIDENCE_FILE_PARAMS};
pub use fees::FeeRefundParams;
pub use ids::{IdCodec, Prefix};
pub use kinds::{IdText, Kind, Obj, Stored};
pub use list::{Cursor, ListQuery, Page, TimeRange, page, page_by, page_oldest_first};
pub use money::{Amount, Currency};
pub use money_in::*;
pub use objects::*;
pub use onboarding::{
    AccountLinkParams, AddressParams, CompanyParams, HostedForm, IdentityParams, Link, LinkId, LinkKind, LinkState,
    RejectReason,
};
pub use payment_intents::{ConfirmParams, IntentCaptureParams, IntentOutcome, IntentParams, IntentUpdate};
pub use payouts::PayoutParams;
pub use persons::{Person, PersonParams, RelationshipParams};
pub use refunds::RefundParams;
pub use rejection::{Feature, Input, IntentAction, Noun, Rejection, Spending};
pub use store::{Arena, AsOf};
pub use transfers::{ReferenceParams, ReversalParams, TransferParams, TransferUpdate};

/// What a successful operation created, and the events it caused (ids into
/// [`Ledger::event`], in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied<T> {
    pub value: T,
    pub events: Vec<EventId>,
}

/// A world: one platform, its connected accounts, and everything they did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger {
    codec: IdCodec,
    now: Timestamp,
    /// Counts every change to a stored object: an object changed at version `v` shows as it
    /// was before through [`Ledger::as_of`] any earlier version.
    version: u64,
    /// `accounts[0]` is the platform; the rest are its connected accounts in creation order.
    accounts: Arena<Account>,
    /// Each account's balances and indexes, by account.
    books: Vec<Books>,
    account_ids: BTreeMap<Box<str>, AccountId>,
    bank_accounts: Arena<BankAccount>,
    charges: Arena<Charge>,
    transfers: Arena<Transfer>,
    reversals: Arena<Reversal>,
    payouts: Arena<Payout>,
    refunds: Arena<Refund>,
    txns: Arena<BalanceTransaction>,
    events: Arena<Event>,
    /// The balances a `balance.available` event shows, by event: a balance changes with
    /// every movement, so rather than keep its every state, each such event keeps its own.
    balance_snapshots: BTreeMap<u32, Vec<CurrencyBalance>>,
    /// Pending balance transactions by the time their funds become available.
    maturing: BTreeSet<(Timestamp, TxnId)>,
    /// Payouts by the time they arrive at the bank (and are paid, or fail).
    arriving: BTreeSet<(Timestamp, PayoutId)>,
    /// The next midnight (UTC) at which payout schedules and auto debits run.
    next_payout_run: Timestamp,
    /// Per currency, the net money that entered from outside (see `external_total`).
    external: Vec<(Currency, i128)>,
    persons: Arena<Person>,
    /// Account links and login links, by the index their token carries.
    links: Vec<Link>,
    /// Whether accounts created from now on start with requirements due (`--onboarding
    /// required`) rather than verified at once.
    onboarding_required: bool,
    payment_intents: Arena<PaymentIntent>,
    payment_methods: Arena<PaymentMethod>,
    customers: Arena<Customer>,
    application_fees: Arena<ApplicationFee>,
    fee_refunds: Arena<FeeRefund>,
    disputes: Arena<Dispute>,
    /// Open disputes by the time the clock next acts on them ([`Dispute::next_step`]).
    dispute_steps: BTreeSet<(Timestamp, DisputeId)>,
}

impl Ledger {
    /// A new world whose platform `platform` describes, at simulated time `now`, minting ids
    /// from `seed`.
    pub fn new(seed: u64, now: Timestamp, platform: AccountParams) -> Result<Ledger, Rejection> {
        let mut ledger = Ledger {
            codec: IdCodec::new(seed),
            now,
            version: 0,
            accounts: Arena::default(),
            books: Vec::new(),
            account_ids: BTreeMap::new(),
            bank_accounts: Arena::default(),
            charges: Arena::default(),
            transfers: Arena::default(),
            reversals: Arena::default(),
            payouts: Arena::default(),
            refunds: Arena::default(),
            txns: Arena::default(),
            events: Arena::default(),
            balance_snapshots: BTreeMap::new(),
            maturing: BTreeSet::new(),
            arriving: BTreeSet::new(),
            next_payout_run: clock::next_midnight(now),
            external: Vec::new(),
            persons: Arena::default(),
            links: Vec::new(),
            onboarding_required: false,
            payment_intents: Arena::default(),
            payment_methods: Arena::default(),
            customers: Arena::default(),
            application_fees: Arena::default(),
            fee_refunds: Arena::default(),
            disputes: Arena::default(),
            dispute_steps: BTreeSet::new(),
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

    /// The world's version: how many changes to stored objects it has seen.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The next version, for a change about to be made.
    fn next_version(&mut self) -> u64 {
        self.version += 1;
        self.version
    }

    pub fn platform(&self) -> &Account {
        &self.accounts[0]
    }

    pub fn account(&self, id: AccountId) -> &Account {
        &self.accounts[id.0]
    }

    /// An account's balances and the indexes of what it owns.
    pub fn books(&self, id: AccountId) -> &Books {
        &self.books[id.index()]
    }

    /// Every account, the platform first.
    pub fn accounts(&self) -> impl ExactSizeIterator<Item = &Account> + '_ {
        self.accounts.iter()
    }

    /// How many accounts the world has, the platform included.
    pub fn account_count(&self) -> usize {
        self.accounts.len()
    }

    /// Every account's id, the platform first.
    pub fn account_ids(&self) -> impl Iterator<Item = AccountId> + '_ {
        (0..self.accounts.len() as u32).map(AccountId)
    }

    /// The platform's connected accounts, oldest first.
    pub fn connected_account_ids(&self) -> impl Iterator<Item = AccountId> + '_ {
        (1..self.accounts.len() as u32).map(AccountId)
    }

    /// How many of each kind the world holds.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Account | Kind::Balance => self.accounts.len(),
            Kind::BankAccount => self.bank_accounts.len(),
            Kind::Charge => self.charges.len(),
            Kind::Transfer => self.transfers.len(),
            Kind::Reversal => self.reversals.len(),
            Kind::Payout => self.payouts.len(),
            Kind::Refund => self.refunds.len(),
            Kind::BalanceTransaction => self.txns.len(),
            Kind::Event => self.events.len(),
            Kind::Person => self.persons.len(),
            Kind::PaymentIntent => self.payment_intents.len(),
            Kind::PaymentMethod => self.payment_methods.len(),
            Kind::Customer => self.customers.len(),
            Kind::ApplicationFee => self.application_fees.len(),
            Kind::FeeRefund => self.fee_refunds.len(),
            Kind::Dispute => self.disputes.len(),
        }
    }

    /// Every object of `kind`, oldest first.
    pub fn ids(&self, kind: Kind) -> impl Iterator<Item = Obj> + '_ {
        let n = self.count(kind) as u32;
        (0..n).map(move |i| match kind {
            Kind::Account => Obj::Account(AccountId(i)),
            Kind::Balance => Obj::Balance(AccountId(i)),
            Kind::BankAccount => Obj::BankAccount(BankAccountId(i)),
            Kind::Charge => Obj::Charge(ChargeId(i)),
            Kind::Transfer => Obj::Transfer(TransferId(i)),
            Kind::Reversal => Obj::Reversal(ReversalId(i)),
            Kind::Payout => Obj::Payout(PayoutId(i)),
            Kind::Refund => Obj::Refund(RefundId(i)),
            Kind::BalanceTransaction => Obj::BalanceTransaction(TxnId(i)),
            Kind::Event => Obj::Event(EventId(i)),
            Kind::Person => Obj::Person(PersonId(i)),
            Kind::PaymentIntent => Obj::PaymentIntent(PaymentIntentId(i)),
            Kind::PaymentMethod => Obj::PaymentMethod(PaymentMethodId(i)),
            Kind::Customer => Obj::Customer(CustomerId(i)),
            Kind::ApplicationFee => Obj::ApplicationFee(ApplicationFeeId(i)),
            Kind::FeeRefund => Obj::FeeRefund(FeeRefundId(i)),
            Kind::Dispute => Obj::Dispute(DisputeId(i)),
        })
    }

    /// How many objects the world holds, for sizing and benchmarks.
    pub fn object_count(&self) -> usize {
        [
            Kind::Charge,
            Kind::Transfer,
            Kind::Reversal,
            Kind::Payout,
            Kind::Refund,
            Kind::BalanceTransaction,
            Kind::Event,
            Kind::PaymentIntent,
            Kind::PaymentMethod,
            Kind::Customer,
            Kind::ApplicationFee,
            Kind::FeeRefund,
            Kind::Dispute,
        ]
        .into_iter()
        .map(|k| self.count(k))
        .sum()
    }

    /// The balances a `balance.available` event showed when it happened.
    pub fn balance_snapshot(&self, event: EventId) -> Option<&[CurrencyBalance]> {
        self.balance_snapshots.get(&event.0).map(Vec::as_slice)
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

    /// The account `id` names; a deleted account is found no more.
    pub fn find_account(&self, id: &str) -> Option<AccountId> {
        self.account_ids
            .get(id)
            .copied()
            .filter(|a| !self.accounts[a.0].deleted)
    }

    /// Records an event about `object`, as it is now, on `account`'s side.
    fn emit(&mut self, kind: EventType, account: AccountId, object: impl Into<Obj>) -> EventId {
        self.record_event(kind, account, object.into(), None)
    }

    /// Records a `*.updated` event about `object`, whose state before the change was the
    /// one at version `before`.
    fn emit_updated(&mut self, kind: EventType, account: AccountId, object: impl Into<Obj>, before: u64) -> EventId {
        self.record_event(kind, account, object.into(), Some(before))
    }

    fn record_event(&mut self, kind: EventType, account: AccountId, object: Obj, previous: Option<u64>) -> EventId {
        let at = self.next_version();
        let event = Event {
            kind,
            account,
            object,
            created: self.now,
            at,
            previous,
            automatic: false,
        };
        let id = EventId(self.events.push(event, at));
        self.books[account.index()].indexes.events.push(id);
        id
    }

    fn emitted_since(&self, first: usize) -> Vec<EventId> {
        (first as u32..self.events.len() as u32).map(EventId).collect()
    }

    /// Re-derives every invariant from scratch; `Err` is the first one broken.
    ///
    /// - each balance bucket equals the sum of its balance transactions;
    /// - `connect_reserved` equals the platform's liability, per currency (§6);
    /// - conservation: all buckets of all accounts sum to the money that entered from outside;
    /// - a balance transaction is queued to mature exactly while it is pending.
    pub fn audit(&self) -> Result<(), AuditError> {
        let mut sums: BTreeMap<(AccountId, Currency), Buckets> = BTreeMap::new();
        let mut external: BTreeMap<Currency, i128> = BTreeMap::new();
        for txn in self.txns.iter() {
            let entry = sums.entry((txn.account, txn.currency)).or_default();
            let net = i128::from(txn.amount.minor_units()) - i128::from(txn.fee.minor_units());
            match txn.status {
                TxnStatus::Available => entry.available += net,
                TxnStatus::Pending => entry.pending += net,
            }
            if txn.kind == TxnType::ReserveTransaction {
                entry.connect_reserved -= net;
            }
            if txn.kind.is_external() {
                *external.entry(txn.currency).or_default() += txn.external_net();
            }
        }
        let mut liability: BTreeMap<Currency, i128> = BTreeMap::new();
        let mut totals: BTreeMap<Currency, i128> = BTreeMap::new();
        for (index, account) in self.accounts.iter().enumerate() {
            let id = AccountId(index as u32);
            for balance in &self.books[index].balances {
                let currency = balance.currency;
                let transactions = sums.get(&(id, currency)).copied().unwrap_or_default();
                let actual = Buckets {
                    available: i128::from(balance.available.minor_units()),
                    pending: i128::from(balance.pending.minor_units()),
                    connect_reserved: i128::from(balance.connect_reserved.minor_units()),
                };
                if actual != transactions {
                    return Err(AuditError::BalanceNotItsTransactions {
                        account: id,
                        currency,
                        balance: actual,
                        transactions,
                    });
                }
                *totals.entry(currency).or_default() += actual.available + actual.pending + actual.connect_reserved;
                if let Some(kind) = account.liability() {
                    let shortfall = i128::from(balance.available.minor_units()).min(0).abs();
                    let owed = match kind {
                        Liability::Application => shortfall,
                        Liability::Stripe => i128::from(balance.debit_shortfall.minor_units()).min(shortfall),
                    };
                    if i128::from(balance.reserve_held.minor_units()) != owed {
                        return Err(AuditError::ReserveNotLiability {
                            account: id,
                            currency,
                            held: balance.reserve_held,
                            liable: owed,
                        });
                    }
                    *liability.entry(currency).or_default() += owed;
                }
            }
        }
        for (currency, owed) in &liability {
            let reserved = self.books[0]
                .balance(*currency)
                .map_or(0, |b| i128::from(b.connect_reserved.minor_units()));
            if reserved != *owed {
                return Err(AuditError::ConnectReservedNotLiabilities {
                    currency: *currency,
                    reserved,
                    liabilities: *owed,
                });
            }
        }
        for (currency, total) in &totals {
            let entered = external.get(currency).copied().unwrap_or_default();
            let tracked = self.external_total(*currency);
            if *total != entered || entered != tracked {
                return Err(AuditError::MoneyNotConserved {
                    currency: *currency,
                    balances: *total,
                    entered,
                    tracked,
                });
            }
        }
        for (index, txn) in self.txns.iter().enumerate() {
            let queued = self.maturing.contains(&(txn.available_on, TxnId(index as u32)));
            if queued != (txn.status == TxnStatus::Pending) {
                return Err(AuditError::MaturingQueue {
                    txn: TxnId(index as u32),
                    pending: txn.status == TxnStatus::Pending,
                    queued,
                });
            }
        }
        self.audit_money_in().map_err(AuditError::MoneyIn)
    }
}

/// The three buckets of one balance, summed exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Buckets {
    pub available: i128,
    pub pending: i128,
    pub connect_reserved: i128,
}

/// An invariant [`Ledger::audit`] found broken: a bug in the ledger, described by its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditError {
    /// A balance is not the sum of its balance transactions.
    BalanceNotItsTransactions {
        account: AccountId,
        currency: Currency,
        balance: Buckets,
        transactions: Buckets,
    },
    /// What the platform holds in reserve for a balance is not what it is liable for (§6).
    ReserveNotLiability {
        account: AccountId,
        currency: Currency,
        held: Amount,
        liable: i128,
    },
    /// The platform's `connect_reserved` is not the sum of its liabilities.
    ConnectReservedNotLiabilities {
        currency: Currency,
        reserved: i128,
        liabilities: i128,
    },
    /// All balances do not add up to the money that entered from outside.
    MoneyNotConserved {
        currency: Currency,
        balances: i128,
        entered: i128,
        tracked: i128,
    },
    /// A balance transaction is queued to mature while available, or pending and not queued.
    MaturingQueue { txn: TxnId, pending: bool, queued: bool },
    /// A captured charge, an application fee or a dispute disagrees with its money.
    MoneyIn(MoneyInAudit),
}
