//! A payout from an account's available balance to its bank, or a debit of its bank.

use crate::ledger::codec::image_struct;

use super::bank_account::PayoutFailure;
use super::kinds::{AccountId, BankAccountId, Obj, PayoutId, Refers, TxnId};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    pub enum PayoutStatus {
        Pending: "pending" = 0,
        Paid: "paid" = 1,
        Failed: "failed" = 2,
        /// `POST /v1/payouts/{id}/cancel` before it arrived: its funds went back.
        Canceled: "canceled" = 3,
    }
}

wire_enum! {
    /// How fast a payout travels: `standard` (business days) or `instant` (to a debit card,
    /// at once, for a fee).
    pub enum PayoutMethod {
        Standard: "standard" = 70,
        Instant: "instant" = 71,
    }
}

/// A payout from an account's available balance to its bank, or (negative amount) a debit of
/// its bank to cover a negative balance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payout {
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub arrival_date: Timestamp,
    pub automatic: bool,
    pub status: PayoutStatus,
    pub destination: BankAccountId,
    pub balance_transaction: TxnId,
    /// The `payout_failure` balance transaction that returned the funds, if it failed.
    pub failure_balance_transaction: Option<TxnId>,
    pub failure: Option<PayoutFailure>,
    /// For an automatic payout, the time after which the balance transactions it paid out
    /// became available (the previous automatic payout's creation); `None` for manual ones.
    pub covers_since: Option<Timestamp>,
    pub description: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub metadata: Metadata,
    /// The payout that reversed this one (`POST /v1/payouts/{id}/reverse`).
    pub reversed_by: Option<PayoutId>,
    /// For a reversal, the payout it reversed.
    pub original_payout: Option<PayoutId>,
    pub method: PayoutMethod,
}

impl PayoutStatus {
    /// Whether a payout may go from this status to `next`: only a pending one changes, to
    /// paid, failed or canceled.
    pub fn allows(self, next: PayoutStatus) -> bool {
        self == PayoutStatus::Pending && next != PayoutStatus::Pending
    }
}

impl Payout {
    /// Moves the payout to `next`, which its status must allow: anything else is a bug.
    #[track_caller]
    pub fn set_status(&mut self, next: PayoutStatus) {
        assert!(
            self.status.allows(next),
            "a payout cannot go from {:?} to {next:?}",
            self.status
        );
        self.status = next;
    }
}

image_struct!(Payout {
    account,
    amount,
    currency,
    created,
    arrival_date,
    automatic,
    status,
    destination,
    balance_transaction,
    failure_balance_transaction,
    failure,
    covers_since,
    description,
    statement_descriptor,
    metadata,
    reversed_by,
    original_payout,
    method
});

impl Refers for Payout {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        to(Obj::BankAccount(self.destination));
        to(Obj::BalanceTransaction(self.balance_transaction));
        self.failure_balance_transaction
            .into_iter()
            .map(Obj::BalanceTransaction)
            .for_each(&mut *to);
        self.reversed_by.into_iter().map(Obj::Payout).for_each(&mut *to);
        self.original_payout.into_iter().map(Obj::Payout).for_each(&mut *to);
    }
}
