//! A bank account (`ba_…`) of an account: where payouts go and debits come from.

use crate::ledger::codec::{image_enum, image_struct};

use super::country::Country;
use super::kinds::{AccountId, Obj, Refers};
use super::metadata::Metadata;
use super::money::Currency;
use super::wire::wire_enum;

wire_enum! {
    pub enum BankAccountStatus {
        New: "new" = 0,
        Validated: "validated" = 1,
        Verified: "verified" = 2,
        VerificationFailed: "verification_failed" = 3,
        Errored: "errored" = 4,
    }
}

/// Why a payout to a bank account fails, from Stripe's test account numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutFailure {
    NoAccount,
    AccountClosed,
    InsufficientFunds,
    DebitNotAuthorized,
}

impl PayoutFailure {
    pub fn code(self) -> &'static str {
        match self {
            PayoutFailure::NoAccount => "no_account",
            PayoutFailure::AccountClosed => "account_closed",
            PayoutFailure::InsufficientFunds => "insufficient_funds",
            PayoutFailure::DebitNotAuthorized => "debit_not_authorized",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            PayoutFailure::NoAccount => {
                "The bank account details on file are probably incorrect. No bank account could be located with those details."
            }
            PayoutFailure::AccountClosed => "The bank account has been closed.",
            PayoutFailure::InsufficientFunds => {
                "Your bank notified us that the bank account holder tried to debit an account with insufficient funds."
            }
            PayoutFailure::DebitNotAuthorized => "Debits have not been authorized on this bank account.",
        }
    }
}

/// An external bank account of a connected account (or of the platform).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankAccount {
    pub account: AccountId,
    pub country: Country,
    pub currency: Currency,
    pub status: BankAccountStatus,
    pub default_for_currency: bool,
    pub last4: Box<str>,
    pub routing_number: Option<Box<str>>,
    pub bank_name: Option<Box<str>>,
    pub account_holder_name: Option<Box<str>>,
    /// Set for Stripe's failing test account numbers: payouts to it fail on arrival.
    pub payout_failure: Option<PayoutFailure>,
    pub metadata: Metadata,
    /// Deleted from its account: no longer listed, found or paid out to.
    pub deleted: bool,
}

image_enum!(PayoutFailure {
    NoAccount = 0,
    AccountClosed = 1,
    InsufficientFunds = 2,
    DebitNotAuthorized = 3
});

image_struct!(BankAccount {
    account,
    country,
    currency,
    status,
    default_for_currency,
    last4,
    routing_number,
    bank_name,
    account_holder_name,
    payout_failure,
    metadata,
    deleted
});

impl Refers for BankAccount {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
