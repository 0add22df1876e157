//! What a world holds: the [`Ledger`] struct, its arenas (one per kind of the object table),
//! its books and clock, and the views renderers read ([`AsOf`]).
//!
//! The fields are the ledger's own: operations (`ledger::ops`) change them only through the
//! primitives of `ledger::table` (store, change, fill, post, emit), so every object's history
//! is complete and every movement of money is a balance transaction.

use std::collections::{BTreeMap, BTreeSet};

use super::data::*;
use super::store::Arena;

/// What a successful operation created, and the events it caused (ids into
/// [`Ledger::event`], in order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Applied<T> {
    pub value: T,
    pub events: Vec<EventId>,
}

macro_rules! ledger_struct {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal,
            index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        /// A world: one platform, its connected accounts, and everything they did.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct Ledger {
            pub(crate) codec: IdCodec,
            pub(crate) now: Timestamp,
            /// Counts every change to a stored object: an object changed at version `v` shows
            /// as it was before through [`Ledger::as_of`] any earlier version.
            pub(crate) version: u64,
            /// `accounts[0]` is the platform; the rest are its connected accounts in creation
            /// order.
            pub(crate) accounts: Arena<Account>,
            /// Each account's balances and indexes, by account.
            pub(crate) books: Vec<Books>,
            pub(crate) account_ids: BTreeMap<Box<str>, AccountId>,
            /// The balances a `balance.available` event shows, by event: a balance changes
            /// with every movement, so rather than keep its every state, each such event keeps
            /// its own.
            pub(crate) balance_snapshots: BTreeMap<u32, Vec<CurrencyBalance>>,
            /// Pending balance transactions by the time their funds become available.
            pub(crate) maturing: BTreeSet<(Timestamp, TxnId)>,
            /// Payouts by the time they arrive at the bank (and are paid, or fail).
            pub(crate) arriving: BTreeSet<(Timestamp, PayoutId)>,
            /// The next midnight (UTC) at which payout schedules and auto debits run.
            pub(crate) next_payout_run: Timestamp,
            /// Per currency, the net money that entered from outside (see `external_total`).
            pub(crate) external: Vec<(Currency, i128)>,
            /// Account links and login links, by the index their token carries.
            pub(crate) links: Vec<Link>,
            /// Whether accounts created from now on start with requirements due
            /// (`--onboarding required`) rather than verified at once.
            pub(crate) onboarding_required: bool,
            /// Open disputes by the time the clock next acts on them
            /// ([`Dispute::next_step`]).
            pub(crate) dispute_steps: BTreeSet<(Timestamp, DisputeId)>,
            /// The rates transfers to accounts that settle in another currency convert at
            /// (the fixtures' `exchange_rates` over debitsim's table).
            pub(crate) exchange_rates: ExchangeRates,
            $(
                #[doc = concat!("Every ", stringify!($kind), " of the world, by index, with its history.")]
                pub(crate) $arena: Arena<$kind>,
            )+
        }

        impl Ledger {
            /// A world with nothing in it yet (not even its platform), at `now`.
            pub(crate) fn blank(seed: u64, now: Timestamp) -> Ledger {
                Ledger {
                    codec: IdCodec::new(seed),
                    now,
                    version: 0,
                    accounts: Arena::default(),
                    books: Vec::new(),
                    account_ids: BTreeMap::new(),
                    balance_snapshots: BTreeMap::new(),
                    maturing: BTreeSet::new(),
                    arriving: BTreeSet::new(),
                    next_payout_run: next_midnight(now),
                    external: Vec::new(),
                    links: Vec::new(),
                    onboarding_required: false,
                    dispute_steps: BTreeSet::new(),
                    exchange_rates: ExchangeRates::default(),
                    $($arena: Arena::default(),)+
                }
            }
        }
    };
}

super::data::with_kinds!(ledger_struct);

impl Ledger {
    pub fn now(&self) -> Timestamp {
        self.now
    }

    pub fn seed(&self) -> u64 {
        self.codec.seed()
    }

    /// The rates this world converts at.
    pub fn exchange_rates(&self) -> &ExchangeRates {
        &self.exchange_rates
    }

    pub fn codec(&self) -> &IdCodec {
        &self.codec
    }

    /// The world's version: how many changes to stored objects it has seen.
    pub fn version(&self) -> u64 {
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

    /// The account `id` names, closed (deleted) ones included: API v2 still shows an account
    /// it closed.
    pub fn find_account_ever(&self, id: &str) -> Option<AccountId> {
        self.account_ids.get(id).copied()
    }

    /// The account `id` names; a deleted account is found no more.
    pub fn find_account(&self, id: &str) -> Option<AccountId> {
        self.account_ids
            .get(id)
            .copied()
            .filter(|a| !self.accounts[a.0].deleted)
    }

    /// Net money that has entered the world from outside in `currency`: card charges net of
    /// fees, less refunds and payouts, plus bank debits. Conservation: the sum of every
    /// balance bucket of every account equals this. (An `i128`: a sum of balances that each
    /// fit in an `i64` need not.)
    pub fn external_total(&self, currency: Currency) -> i128 {
        self.external
            .iter()
            .find(|(c, _)| *c == currency)
            .map_or(0, |(_, total)| *total)
    }

    /// The world as it is now, for rendering.
    pub fn now_view(&self) -> AsOf<'_> {
        AsOf {
            ledger: self,
            version: None,
        }
    }

    /// The world as it was at `version` (an event's), for rendering.
    pub fn as_of(&self, version: u64) -> AsOf<'_> {
        AsOf {
            ledger: self,
            version: Some(version),
        }
    }
}

/// A view of the world as it was at one version, or as it is now: what renderers read.
///
/// Objects that can change are read through it, so rendering an event shows its object as
/// it was; objects that never change (balance transactions, events) are read from the
/// ledger as they are.
#[derive(Clone, Copy, Debug)]
pub struct AsOf<'a> {
    pub(crate) ledger: &'a Ledger,
    /// `None`: as it is now.
    pub(crate) version: Option<u64>,
}

impl<'a> AsOf<'a> {
    pub fn ledger(&self) -> &'a Ledger {
        self.ledger
    }

    /// Whether this view shows the world as it is now.
    pub fn is_now(&self) -> bool {
        self.version.is_none()
    }

    /// The account as it was at this view's version.
    pub fn account(&self, id: AccountId) -> &'a Account {
        match self.version {
            None => &self.ledger.accounts[id.0],
            Some(version) => self.ledger.accounts.at(id.0, version),
        }
    }
}
