//! A bank account (`ba_…`) of an account: where payouts go and debits come from.

use crate::ledger::codec::{image_enum, image_struct};

use super::country::Country;
use super::debit_card::DebitCard;
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
    /// A debit card's payout that failed (`tok_visa_debit_us_transferFail`).
    CouldNotProcess,
}

impl PayoutFailure {
    pub fn code(self) -> &'static str {
        match self {
            PayoutFailure::NoAccount => "no_account",
            PayoutFailure::AccountClosed => "account_closed",
            PayoutFailure::InsufficientFunds => "insufficient_funds",
            PayoutFailure::DebitNotAuthorized => "debit_not_authorized",
            PayoutFailure::CouldNotProcess => "could_not_process",
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
            PayoutFailure::CouldNotProcess => "The bank could not process this payout.",
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
    /// A debit card rather than a bank account (`card_…`): payouts, Instant Payouts
    /// included, go to it; a negative balance is never debited from it.
    pub card: Option<DebitCard>,
}

impl BankAccount {
    /// Whether this external account is a bank account (not a debit card).
    pub fn is_bank(&self) -> bool {
        self.card.is_none()
    }
}

image_enum!(PayoutFailure {
    NoAccount = 0,
    AccountClosed = 1,
    InsufficientFunds = 2,
    DebitNotAuthorized = 3,
    CouldNotProcess = 70
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
    deleted,
    card
});

impl Refers for BankAccount {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
