//! An application fee: what the platform takes from a charge, and its refunds.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, ApplicationFeeId, ChargeId, FeeRefundId, Obj, Refers, TxnId};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;

/// An application fee (`fee_…`): what the platform took from a charge on, or a destination
/// payment to, a connected account. Always the platform's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationFee {
    /// The account the fee was taken from.
    pub account: AccountId,
    pub amount: Amount,
    pub amount_refunded: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The charge the fee was taken from: the direct charge, or the destination payment.
    pub charge: ChargeId,
    /// For a destination charge, the platform's charge that made the payment.
    pub originating_transaction: Option<ChargeId>,
    /// The platform's `application_fee` balance transaction.
    pub balance_transaction: TxnId,
    pub refunds: Vec<FeeRefundId>,
}

impl ApplicationFee {
    /// What is left to refund.
    pub fn refundable(&self) -> Amount {
        self.amount.minus(self.amount_refunded)
    }

    pub fn refunded(&self) -> bool {
        self.amount_refunded == self.amount
    }
}

/// A (partial) refund of an application fee (`fr_…`): from the platform back to the account
/// that paid it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeRefund {
    pub fee: ApplicationFeeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The platform's `application_fee_refund` balance transaction (negative).
    pub balance_transaction: TxnId,
    /// The paying account's `application_fee_refund` balance transaction (positive).
    pub account_balance_transaction: TxnId,
    pub metadata: Metadata,
}

image_struct!(ApplicationFee {
    account,
    amount,
    amount_refunded,
    currency,
    created,
    charge,
    originating_transaction,
    balance_transaction,
    refunds
});

image_struct!(FeeRefund {
    fee,
    amount,
    currency,
    created,
    balance_transaction,
    account_balance_transaction,
    metadata
});

impl Refers for ApplicationFee {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        to(Obj::Charge(self.charge));
        to(Obj::BalanceTransaction(self.balance_transaction));
        self.originating_transaction
            .into_iter()
            .map(Obj::Charge)
            .for_each(&mut *to);
        for refund in &self.refunds {
            to(Obj::FeeRefund(*refund));
        }
    }
}

impl Refers for FeeRefund {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::ApplicationFee(self.fee));
        to(Obj::BalanceTransaction(self.balance_transaction));
        to(Obj::BalanceTransaction(self.account_balance_transaction));
    }
}
