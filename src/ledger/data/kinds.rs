//! The object table: one row per stored kind of object ([`with_kinds!`]), and what it makes at
//! the data floor.
//!
//! Everything kept per kind comes from the table: the [`Kind`] and [`Obj`] enums, the typed
//! ids, the id prefixes and their pinned codes ([`Prefix`]), the image codes of object
//! references, the per-account indexes ([`AccountIndexes`](super::AccountIndexes)), the
//! ledger's arenas, accessors and lookups (`ledger::state`, `ledger::table`), the world's image
//! (`ledger::image`) and the server's render and expand dispatch (`server::render`). A floor
//! that needs a list of kinds asks the table for it (`with_kinds!(its_macro)`) rather than
//! keeping one by hand.
//!
//! Each row reads: the kind and its typed id; the ledger's accessor and arena; its id
//! prefixes, spelled, with their codes (pinned by value: ids already minted carry them); its
//! image code (pinned by value: images already written carry it); the field of the account
//! indexes that lists it per account, if any; which prefix an object shows; and which account
//! owns it (the account whose key — with `Stripe-Account` — may see it).
//!
//! Accounts and balances are kinds outside the table: an account's id is chosen (by
//! fixtures) or minted as Stripe's are, and a balance is a view of an account's books.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};

/// An account of the world; `AccountId(0)` is always the platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AccountId(pub(crate) u32);

impl AccountId {
    pub const PLATFORM: AccountId = AccountId(0);

    pub fn is_platform(self) -> bool {
        self == AccountId::PLATFORM
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

crate::ledger::codec::list_of!(AccountId);

impl Image for AccountId {
    fn write(&self, w: &mut Writer) {
        w.put(&self.0);
    }

    fn read(r: &mut Reader<'_>) -> Result<AccountId, ImageError> {
        Ok(AccountId(r.take()?))
    }
}

/// The object table: calls `$then!` with one row per stored kind (see the module docs).
macro_rules! with_kinds {
    ($then:ident) => {
        $then! {
            /// An external account of an account: a bank account (`ba_…`), where payouts go
            /// and debits come from, or a debit card (`card_…`), which takes payouts only.
            [BankAccount(BankAccountId) bank_account in bank_accounts, prefixes (Ba: "ba_" = 8, CardExt: "card_" = 70), code 2, index [],
                shows |b| (if b.card.is_some() { Prefix::CardExt } else { Prefix::Ba }), owned by |bank, _l| (bank.account)]
            /// A charge (`ch_…`), or a payment (`py_…`): what a transfer creates on its
            /// destination.
            [Charge(ChargeId) charge in charges, prefixes (Ch: "ch_" = 1, Py: "py_" = 2), code 3, index [charges],
                shows |charge| (if charge.is_payment() { Prefix::Py } else { Prefix::Ch }),
                owned by |charge, _l| (charge.account)]
            [Transfer(TransferId) transfer in transfers, prefixes (Tr: "tr_" = 3), code 4, index [transfers],
                shows |_t| (Prefix::Tr), owned by |transfer, _l| (transfer.from)]
            /// A transfer reversal, owned with its transfer by the sender.
            [Reversal(ReversalId) reversal in reversals, prefixes (Trr: "trr_" = 4), code 5, index [],
                shows |_r| (Prefix::Trr), owned by |reversal, ledger| (ledger.transfer(reversal.transfer).from)]
            [Payout(PayoutId) payout in payouts, prefixes (Po: "po_" = 6), code 6, index [payouts],
                shows |_p| (Prefix::Po), owned by |payout, _l| (payout.account)]
            /// A refund, owned with its charge.
            [Refund(RefundId) refund in refunds, prefixes (Re: "re_" = 7), code 7, index [refunds],
                shows |_r| (Prefix::Re), owned by |refund, ledger| (ledger.charge(refund.charge).account)]
            [BalanceTransaction(TxnId) balance_transaction in txns, prefixes (Txn: "txn_" = 5), code 8,
                index [balance_transactions],
                shows |_t| (Prefix::Txn), owned by |txn, _l| (txn.account)]
            /// An event: v1's (`evt_…`), or a thin event of API v2 (`evt_test_…`, as Stripe's
            /// sandboxes spell them), always the platform's.
            [Event(EventId) event in events, prefixes (Evt: "evt_" = 9, ThinEvt: "evt_test_" = 80), code 9,
                index [events],
                shows |event| (if event.kind.is_thin() { Prefix::ThinEvt } else { Prefix::Evt }),
                owned by |event, _l| (event.account)]
            /// A person (`person_…`) of an account.
            [Person(PersonId) person in persons, prefixes (Person: "person_" = 40), code 40, index [],
                shows |_p| (Prefix::Person), owned by |person, _l| (person.account)]
            /// A PaymentIntent, owned by the account that created it.
            [PaymentIntent(PaymentIntentId) payment_intent in payment_intents, prefixes (PaymentIntent: "pi_" = 20),
                code 20, index [payment_intents],
                shows |_p| (Prefix::PaymentIntent), owned by |intent, _l| (intent.account)]
            /// A payment method (`pm_…`), or a customer's card source (`card_…`, which Stripe
            /// also takes wherever a payment method goes).
            [PaymentMethod(PaymentMethodId) payment_method in payment_methods,
                prefixes (PaymentMethod: "pm_" = 21, CardSource: "card_" = 60),
                code 21, index [payment_methods],
                shows |method| (if method.source { Prefix::CardSource } else { Prefix::PaymentMethod }),
                owned by |method, _l| (method.account)]
            [Customer(CustomerId) customer in customers, prefixes (Customer: "cus_" = 22), code 22, index [customers],
                shows |_c| (Prefix::Customer), owned by |customer, _l| (customer.account)]
            /// An application fee: always the platform's, whichever account paid it.
            [ApplicationFee(ApplicationFeeId) application_fee in application_fees, prefixes (ApplicationFee: "fee_" = 23),
                code 23, index [application_fees],
                shows |_f| (Prefix::ApplicationFee), owned by |_f, _l| (AccountId::PLATFORM)]
            /// A refund of an application fee, the platform's with its fee.
            [FeeRefund(FeeRefundId) fee_refund in fee_refunds, prefixes (FeeRefund: "fr_" = 24), code 24, index [],
                shows |_f| (Prefix::FeeRefund), owned by |_f, _l| (AccountId::PLATFORM)]
            /// A dispute, owned by the account that bears it (the disputed charge's).
            [Dispute(DisputeId) dispute in disputes, prefixes (Dispute: "dp_" = 25), code 25, index [disputes],
                shows |_d| (Prefix::Dispute), owned by |dispute, _l| (dispute.account)]
            /// A SetupIntent, owned by the account that created it.
            [SetupIntent(SetupIntentId) setup_intent in setup_intents, prefixes (SetupIntent: "seti_" = 61),
                code 61, index [setup_intents],
                shows |_s| (Prefix::SetupIntent), owned by |intent, _l| (intent.account)]
            /// An ephemeral key: a customer's short-lived key for a mobile client, owned by the
            /// account that made it.
            [EphemeralKey(EphemeralKeyId) ephemeral_key in ephemeral_keys, prefixes (EphemeralKey: "ephkey_" = 62),
                code 62, index [],
                shows |_k| (Prefix::EphemeralKey), owned by |key, _l| (key.account)]
            /// A card token, owned by the account whose key made it.
            [Token(TokenId) token in tokens, prefixes (Token: "tok_" = 63), code 63, index [],
                shows |_t| (Prefix::Token), owned by |token, _l| (token.account)]
            /// A webhook endpoint: always the platform's.
            [WebhookEndpoint(WebhookEndpointId) webhook_endpoint in webhook_endpoints, prefixes (We: "we_" = 12),
                code 26, index [],
                shows |_w| (Prefix::We), owned by |_w, _l| (AccountId::PLATFORM)]
            /// An event destination (API v2): always the platform's.
            [EventDestination(EventDestinationId) event_destination in event_destinations,
                prefixes (Ed: "ed_test_" = 81), code 80, index [],
                shows |_d| (Prefix::Ed), owned by |_d, _l| (AccountId::PLATFORM)]
            /// A test clock (`clock_…`): always the platform's, a front for the world's clock.
            [TestClock(TestClockId) test_clock in test_clocks, prefixes (Clock: "clock_" = 90),
                code 90, index [],
                shows |_c| (Prefix::Clock), owned by |_c, _l| (AccountId::PLATFORM)]
        }
    };
}
pub(crate) use with_kinds;

macro_rules! define_kinds {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal, index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        $(
            #[doc = concat!("Where a ", stringify!($kind), " is stored: its index in its kind's arena.")]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
            pub struct $id(pub(crate) u32);

            impl $id {
                pub fn index(self) -> usize {
                    self.0 as usize
                }
            }

            impl Image for $id {
                fn write(&self, w: &mut Writer) {
                    w.put(&self.0);
                }

                fn read(r: &mut Reader<'_>) -> Result<$id, ImageError> {
                    Ok($id(r.take()?))
                }
            }

            crate::ledger::codec::list_of!($id);

            impl From<$id> for Obj {
                fn from(id: $id) -> Obj {
                    Obj::$kind(id)
                }
            }
        )+

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

            /// The object of `kind` stored at `index` (for an account or a balance, the
            /// account's index).
            pub fn of(kind: Kind, index: u32) -> Obj {
                match kind {
                    Kind::Account => Obj::Account(AccountId(index)),
                    Kind::Balance => Obj::Balance(AccountId(index)),
                    $(Kind::$kind => Obj::$kind($id(index)),)+
                }
            }

            /// Its kind's image code, pinned by value.
            const fn code(self) -> u8 {
                match self {
                    Obj::Account(_) => 0,
                    Obj::Balance(_) => 1,
                    $(Obj::$kind(_) => $code,)+
                }
            }

            fn from_code(code: u8, index: u32) -> Option<Obj> {
                Some(match code {
                    0 => Obj::Account(AccountId(index)),
                    1 => Obj::Balance(AccountId(index)),
                    $($code => Obj::$kind($id(index)),)+
                    _ => return None,
                })
            }
        }

        /// The kinds of id the ledger mints; each is one Stripe prefix.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Prefix {
            $($($prefix,)+)+
            /// The card a card charge was paid with (`payment_method`).
            Card,
            /// Request ids, minted for the HTTP layer so they are deterministic per world too.
            Req,
            /// The token of an account link or login link (never shown as an object id).
            Link,
            /// The platform's Connect application (`ca_…`), which earns its application fees.
            Application,
        }

        impl Prefix {
            pub(crate) const ALL: &'static [Prefix] = &[
                $($(Prefix::$prefix,)+)+
                Prefix::Card,
                Prefix::Req,
                Prefix::Link,
                Prefix::Application,
            ];

            /// The number each id of this prefix carries inside it. Ids already minted (in
            /// clients' databases, in `--state` journals) hold these numbers, so each is pinned
            /// by value: a new prefix takes a new number, and none ever changes.
            pub(crate) const fn code(self) -> u64 {
                match self {
                    $($(Prefix::$prefix => $pcode,)+)+
                    Prefix::Card => 10,
                    Prefix::Req => 11,
                    Prefix::Link => 41,
                    Prefix::Application => 26,
                }
            }

            pub const fn as_str(self) -> &'static str {
                match self {
                    $($(Prefix::$prefix => $ptext,)+)+
                    Prefix::Card => "card_",
                    Prefix::Req => "req_",
                    Prefix::Link => "link_",
                    Prefix::Application => "ca_",
                }
            }

            /// The kind whose objects show this prefix; `None` for ids of what is not stored
            /// as an object (cards, requests, links, the application).
            pub fn kind(self) -> Option<Kind> {
                match self {
                    $($(Prefix::$prefix)|+ => Some(Kind::$kind),)+
                    Prefix::Card | Prefix::Req | Prefix::Link | Prefix::Application => None,
                }
            }
        }
    };
}

with_kinds!(define_kinds);

impl Prefix {
    /// Splits `id` into its prefix's spelling and the rest: the longest spelling it starts
    /// with, so `evt_test_1…` is a thin event's and `evt_1…` a v1 event's. A spelling ends
    /// with an underscore, so `trr_…` is never read as `tr_` + `r_…`.
    pub fn split(id: &str) -> Option<(&'static str, &str)> {
        Prefix::ALL
            .iter()
            .map(|p| p.as_str())
            .filter(|spelling| id.starts_with(spelling))
            .max_by_key(|spelling| spelling.len())
            .map(|spelling| (spelling, &id[spelling.len()..]))
    }

    /// The prefix spelled `head` whose ids carry `code`: two prefixes may be spelled alike
    /// (a customer's card source and a charge's card are both `card_`).
    pub fn spelled(head: &str, code: u64) -> Option<Prefix> {
        Prefix::ALL
            .iter()
            .find(|p| p.as_str() == head && p.code() == code)
            .copied()
    }
}

/// What an object refers to: every other object whose id it holds. A world read back from an
/// image is checked with it (every reference names an object of the world), and the audit
/// with it that no reference dangles.
pub trait Refers {
    /// Calls `to` with each object this one refers to.
    fn refers(&self, to: &mut dyn FnMut(Obj));
}

impl From<AccountId> for Obj {
    fn from(id: AccountId) -> Obj {
        Obj::Account(id)
    }
}

/// An object reference: its kind's code, pinned by value, then its index.
impl Image for Obj {
    fn write(&self, w: &mut Writer) {
        w.put(&self.code());
        w.put(&self.index());
    }

    fn read(r: &mut Reader<'_>) -> Result<Obj, ImageError> {
        let code = r.take::<u8>()?;
        let index = r.take::<u32>()?;
        Obj::from_code(code, index).ok_or_else(|| r.invalid("object kind"))
    }
}
