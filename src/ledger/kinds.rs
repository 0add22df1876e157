//! The object table: every kind of object a world holds, declared once.
//!
//! One row of [`objects!`] per stored kind says where its objects are kept (the arena on the
//! [`Ledger`]), how it is read (the accessor), the id prefixes it is minted under, which
//! prefix an object shows, and which account owns it (the account whose key — with
//! `Stripe-Account` — may see it). From the table come [`Kind`], [`Obj`], the accessors on
//! the ledger and on [`AsOf`], and finding an object by id. The HTTP layer keeps the other
//! half of each row beside its renderer: the object's JSON name, the noun errors use, and
//! its expandable fields (`server::render`).
//!
//! Accounts and balances are kinds too, outside the table: an account's id is chosen (by
//! fixtures) or minted as Stripe's are, and a balance is a view of an account.

use super::Ledger;
use super::ids::{IdBuf, Prefix};
use super::money_in::{ApplicationFee, Customer, Dispute, FeeRefund, PaymentIntent, PaymentMethod};
use super::objects::*;
use super::persons::Person;
use super::store::{Arena, AsOf};

/// An object's id as the API shows it: an account's stored id, or one minted from the
/// object's index (on the stack, as rendering needs it).
pub enum IdText<'a> {
    Stored(&'a str),
    Minted(IdBuf),
}

impl IdText<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            IdText::Stored(s) => s,
            IdText::Minted(buf) => buf.as_str(),
        }
    }
}

impl std::fmt::Display for IdText<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What every stored kind provides; [`objects!`] implements it from the table.
pub trait Stored: Clone + Sized {
    const KIND: Kind;
    type Id: Copy;
    fn arena(ledger: &Ledger) -> &Arena<Self>;
    fn obj(id: Self::Id) -> Obj;
    fn index(id: Self::Id) -> u32;
    fn from_index(index: u32) -> Self::Id;
    /// The prefix this object's id shows.
    fn prefix(&self) -> Prefix;
    /// The account that owns it.
    fn owner(&self, ledger: &Ledger) -> AccountId;
}

/// Mutable access to a kind's arena, for the ledger's own operations only.
pub(crate) trait Storage: Stored {
    fn arena_mut(ledger: &mut Ledger) -> &mut Arena<Self>;
}

macro_rules! objects {
    ($(
        $(#[$doc:meta])*
        $kind:ident($id:ident) $accessor:ident in $arena:ident,
        prefixes [$($prefix:ident),+],
        shows |$item:ident| $shows:expr,
        owned by |$owned:ident, $ledger:ident| $owner:expr;
    )+) => {
        /// Every kind of object a world holds.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            Account,
            /// An account's balance: `GET /v1/balance`.
            Balance,
            $($(#[$doc])* $kind,)+
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[Kind::Account, Kind::Balance, $(Kind::$kind,)+];
        }

        /// One object of the world: its kind and where it is stored.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Obj {
            Account(AccountId),
            Balance(AccountId),
            $($kind($id),)+
        }

        impl Obj {
            pub fn kind(self) -> Kind {
                match self {
                    Obj::Account(_) => Kind::Account,
                    Obj::Balance(_) => Kind::Balance,
                    $(Obj::$kind(_) => Kind::$kind,)+
                }
            }

            /// Where it is stored in its kind's arena (for an account or a balance, the
            /// account's).
            pub fn index(self) -> u32 {
                match self {
                    Obj::Account(id) | Obj::Balance(id) => id.0,
                    $(Obj::$kind(id) => id.0,)+
                }
            }
        }

        $(
            impl Stored for $kind {
                const KIND: Kind = Kind::$kind;
                type Id = $id;

                fn arena(ledger: &Ledger) -> &Arena<Self> {
                    &ledger.$arena
                }

                fn obj(id: $id) -> Obj {
                    Obj::$kind(id)
                }

                fn index(id: $id) -> u32 {
                    id.0
                }

                fn from_index(index: u32) -> $id {
                    $id(index)
                }

                fn prefix(&self) -> Prefix {
                    let $item = self;
                    $shows
                }

                fn owner(&self, ledger: &Ledger) -> AccountId {
                    let ($owned, $ledger) = (self, ledger);
                    $owner
                }
            }

            impl Storage for $kind {
                fn arena_mut(ledger: &mut Ledger) -> &mut Arena<Self> {
                    &mut ledger.$arena
                }
            }

            impl From<$id> for Obj {
                fn from(id: $id) -> Obj {
                    Obj::$kind(id)
                }
            }
        )+

        impl Ledger {
            $(
                pub fn $accessor(&self, id: $id) -> &$kind {
                    &self.$arena[id.0]
                }
            )+

            /// The object `id` names, whoever owns it; `None` for an id this world never
            /// minted (accounts and balances are found by [`Ledger::find_account`]).
            pub fn locate(&self, id: &str) -> Option<Obj> {
                let (prefix, index) = self.codec.parse(id)?;
                match prefix {
                    $($(Prefix::$prefix)|+ => {
                        let item = self.$arena.get(index)?;
                        (item.prefix() == prefix).then_some(Obj::$kind($id(index)))
                    })+
                    Prefix::Card | Prefix::Req | Prefix::We | Prefix::Link | Prefix::Application => None,
                }
            }

            /// The account that owns `obj`.
            pub fn owner(&self, obj: Obj) -> AccountId {
                match obj {
                    Obj::Account(id) | Obj::Balance(id) => id,
                    $(Obj::$kind(id) => self.$arena[id.0].owner(self),)+
                }
            }

            /// The id of `obj` as the API shows it.
            pub fn id_of(&self, obj: Obj) -> IdText<'_> {
                match obj {
                    Obj::Account(id) | Obj::Balance(id) => IdText::Stored(&self.accounts[id.0].id),
                    $(Obj::$kind(id) => {
                        IdText::Minted(self.codec.encode(self.$arena[id.0].prefix(), id.0))
                    })+
                }
            }
        }

        impl<'a> AsOf<'a> {
            $(
                /// As it was at this view's version.
                pub fn $accessor(&self, id: $id) -> &'a $kind {
                    match self.version {
                        None => &self.ledger.$arena[id.0],
                        Some(version) => self.ledger.$arena.at(id.0, version),
                    }
                }
            )+
        }
    };
}

objects! {
    /// A bank account (`ba_…`) of an account: where payouts go and debits come from.
    BankAccount(BankAccountId) bank_account in bank_accounts,
        prefixes [Ba],
        shows |_b| Prefix::Ba,
        owned by |bank, _l| bank.account;
    /// A charge (`ch_…`), or a payment (`py_…`): what a transfer creates on its destination.
    Charge(ChargeId) charge in charges,
        prefixes [Ch, Py],
        shows |charge| if charge.is_payment() { Prefix::Py } else { Prefix::Ch },
        owned by |charge, _l| charge.account;
    Transfer(TransferId) transfer in transfers,
        prefixes [Tr],
        shows |_t| Prefix::Tr,
        owned by |transfer, _l| transfer.from;
    /// A transfer reversal, owned with its transfer by the sender.
    Reversal(ReversalId) reversal in reversals,
        prefixes [Trr],
        shows |_r| Prefix::Trr,
        owned by |reversal, ledger| ledger.transfers[reversal.transfer.0].from;
    Payout(PayoutId) payout in payouts,
        prefixes [Po],
        shows |_p| Prefix::Po,
        owned by |payout, _l| payout.account;
    /// A refund, owned with its charge.
    Refund(RefundId) refund in refunds,
        prefixes [Re],
        shows |_r| Prefix::Re,
        owned by |refund, ledger| ledger.charges[refund.charge.0].account;
    BalanceTransaction(TxnId) balance_transaction in txns,
        prefixes [Txn],
        shows |_t| Prefix::Txn,
        owned by |txn, _l| txn.account;
    Event(EventId) event in events,
        prefixes [Evt],
        shows |_e| Prefix::Evt,
        owned by |event, _l| event.account;
    /// A person (`person_…`) of an account.
    Person(PersonId) person in persons,
        prefixes [Person],
        shows |_p| Prefix::Person,
        owned by |person, _l| person.account;
    /// A PaymentIntent, owned by the account that created it.
    PaymentIntent(PaymentIntentId) payment_intent in payment_intents,
        prefixes [PaymentIntent],
        shows |_p| Prefix::PaymentIntent,
        owned by |intent, _l| intent.account;
    PaymentMethod(PaymentMethodId) payment_method in payment_methods,
        prefixes [PaymentMethod],
        shows |_p| Prefix::PaymentMethod,
        owned by |method, _l| method.account;
    Customer(CustomerId) customer in customers,
        prefixes [Customer],
        shows |_c| Prefix::Customer,
        owned by |customer, _l| customer.account;
    /// An application fee: always the platform's, whichever account paid it.
    ApplicationFee(ApplicationFeeId) application_fee in application_fees,
        prefixes [ApplicationFee],
        shows |_f| Prefix::ApplicationFee,
        owned by |_f, _l| AccountId::PLATFORM;
    /// A refund of an application fee, the platform's with its fee.
    FeeRefund(FeeRefundId) fee_refund in fee_refunds,
        prefixes [FeeRefund],
        shows |_f| Prefix::FeeRefund,
        owned by |_f, _l| AccountId::PLATFORM;
    /// A dispute, owned by the account that bears it (the disputed charge's).
    Dispute(DisputeId) dispute in disputes,
        prefixes [Dispute],
        shows |_d| Prefix::Dispute,
        owned by |dispute, _l| dispute.account;
}

impl From<AccountId> for Obj {
    fn from(id: AccountId) -> Obj {
        Obj::Account(id)
    }
}

impl Ledger {
    /// The object of kind `T` that `id` names, if `owner` owns it.
    pub fn find<T: Stored>(&self, owner: AccountId, id: &str) -> Option<T::Id> {
        let obj = self.locate(id)?;
        if obj.kind() != T::KIND {
            return None;
        }
        let index = obj.index();
        let item = T::arena(self).get(index)?;
        (item.owner(self) == owner).then_some(T::from_index(index))
    }

    /// Every object of kind `T`, oldest first.
    pub fn all<T: Stored + 'static>(&self) -> impl DoubleEndedIterator<Item = T::Id> + ExactSizeIterator + '_ {
        (0..T::arena(self).len() as u32).map(T::from_index)
    }

    /// Stores a new object at the next version; its id.
    pub(crate) fn store<T: Storage>(&mut self, item: T) -> T::Id {
        let version = self.next_version();
        T::from_index(T::arena_mut(self).push(item, version))
    }

    /// Changes a stored object at the next version, keeping its previous state.
    pub(crate) fn change<T: Storage, R>(&mut self, id: T::Id, change: impl FnOnce(&mut T) -> R) -> R {
        let version = self.next_version();
        T::arena_mut(self).modify(T::index(id), version, change)
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

    /// The id of `obj` (ids never change).
    pub fn id_of(&self, obj: Obj) -> IdText<'a> {
        self.ledger.id_of(obj)
    }
}
