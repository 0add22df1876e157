//! The data floor: every kind of object a world stores, as plain values, and the values they
//! are made of (money, countries, ids, metadata, time, refusals).
//!
//! Nothing here changes a world or knows HTTP: operations (`ledger::ops`) build and change
//! these values, and the server renders them. Each kind's struct has one home, a file of
//! its own, with its image (what `--state` writes of it) beside it.
//!
//! # The object table
//!
//! [`with_kinds!`] is the one row per stored kind that everything kept per kind comes from:
//! the [`Kind`] and [`Obj`] enums, the typed ids, the id prefixes and their pinned codes
//! ([`Prefix`]), the image codes of object references, the per-account indexes
//! ([`AccountIndexes`]), the ledger's arenas, accessors and lookups (`ledger::state`,
//! `ledger::table`), the world's image (`ledger::image`) and the server's render and expand
//! dispatch (`server::render`). A floor that needs a list of kinds asks the table for it
//! (`with_kinds!(its_macro)`) rather than keeping one by hand.
//!
//! Each row reads: the kind and its typed id; the ledger's accessor and arena; its id
//! prefixes, spelled, with their codes (pinned by value: ids already minted carry them); its image code
//! (pinned by value: images already written carry it); the field of [`AccountIndexes`] that
//! lists it per account, if any; which prefix an object shows; and which account owns it
//! (the account whose key — with `Stripe-Account` — may see it).
//!
//! Accounts and balances are kinds outside the table: an account's id is chosen (by
//! fixtures) or minted as Stripe's are, and a balance is a view of an account's books.

/// The object table: calls `$then!` with one row per stored kind (see the module docs).
macro_rules! with_kinds {
    ($then:ident) => {
        $then! {
            /// A bank account (`ba_…`) of an account: where payouts go and debits come from.
            [BankAccount(BankAccountId) bank_account in bank_accounts, prefixes (Ba: "ba_" = 8), code 2, index [],
                shows |_b| (Prefix::Ba), owned by |bank, _l| (bank.account)]
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
            [Event(EventId) event in events, prefixes (Evt: "evt_" = 9), code 9, index [events],
                shows |_e| (Prefix::Evt), owned by |event, _l| (event.account)]
            /// A person (`person_…`) of an account.
            [Person(PersonId) person in persons, prefixes (Person: "person_" = 40), code 40, index [],
                shows |_p| (Prefix::Person), owned by |person, _l| (person.account)]
            /// A PaymentIntent, owned by the account that created it.
            [PaymentIntent(PaymentIntentId) payment_intent in payment_intents, prefixes (PaymentIntent: "pi_" = 20),
                code 20, index [payment_intents],
                shows |_p| (Prefix::PaymentIntent), owned by |intent, _l| (intent.account)]
            [PaymentMethod(PaymentMethodId) payment_method in payment_methods, prefixes (PaymentMethod: "pm_" = 21),
                code 21, index [],
                shows |_p| (Prefix::PaymentMethod), owned by |method, _l| (method.account)]
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
        }
    };
}
pub(crate) use with_kinds;

pub mod account;
pub mod application_fee;
pub mod balance_transaction;
pub mod bank_account;
pub mod books;
pub mod card;
pub mod charge;
pub mod country;
pub mod customer;
pub mod dispute;
pub mod event;
pub mod ids;
pub mod kinds;
pub mod metadata;
pub mod money;
pub mod onboarding;
pub mod payment_intent;
pub mod payment_method;
pub mod payout;
pub mod person;
pub mod refund;
pub mod rejection;
pub mod time;
pub mod tokens;
pub mod transfer;

pub use account::*;
pub use application_fee::*;
pub use balance_transaction::*;
pub use bank_account::*;
pub use books::*;
pub use card::*;
pub use charge::*;
pub use country::*;
pub use customer::*;
pub use dispute::*;
pub use event::*;
pub use ids::*;
pub use kinds::*;
pub use metadata::*;
pub use money::*;
pub use onboarding::*;
pub use payment_intent::*;
pub use payment_method::*;
pub use payout::*;
pub use person::*;
pub use refund::*;
pub use rejection::*;
pub use time::*;
pub use tokens::*;
pub use transfer::*;
