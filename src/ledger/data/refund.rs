//! A (partial) refund of a card charge to the cardholder.

use crate::ledger::codec::image_struct;

use super::kinds::{ChargeId, FeeRefundId, Obj, Refers, ReversalId, TxnId};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    pub enum RefundReason {
        Duplicate: "duplicate" = 0,
        Fraudulent: "fraudulent" = 1,
        RequestedByCustomer: "requested_by_customer" = 2,
    }
}

/// A (partial) refund of a card charge to the cardholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refund {
    pub charge: ChargeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// `None` when the refund released an authorisation: no money had moved.
    pub balance_transaction: Option<TxnId>,
    pub reason: Option<RefundReason>,
    pub metadata: Metadata,
    /// The reversal of the destination charge's transfer, with `reverse_transfer=true`.
    pub transfer_reversal: Option<ReversalId>,
    /// The part of the charge's application fee returned with `refund_application_fee=true`.
    pub fee_refund: Option<FeeRefundId>,
}

image_struct!(Refund {
    charge,
    amount,
    currency,
    created,
    balance_transaction,
    reason,
    metadata,
    transfer_reversal,
    fee_refund
});

impl Refers for Refund {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Charge(self.charge));
        self.balance_transaction
            .into_iter()
            .map(Obj::BalanceTransaction)
            .for_each(&mut *to);
        self.transfer_reversal.into_iter().map(Obj::Reversal).for_each(&mut *to);
        self.fee_refund.into_iter().map(Obj::FeeRefund).for_each(&mut *to);
    }
}
