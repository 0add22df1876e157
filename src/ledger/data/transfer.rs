//! A transfer between the balances of two accounts of the world (an account debit, when a
//! connected account pays its platform: debit-rules §4–§5), and its reversals.

use crate::ledger::codec::image_struct;
use crate::ledger::codec::{Image, ImageError, Reader, Writer};

use super::kinds::{AccountId, ChargeId, Obj, PayoutId, Refers, RefundId, ReversalId, TransferId, TxnId};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

/// The object an account debit with `reference_transaction` names (§5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    Charge(ChargeId),
    Payout(PayoutId),
}

wire_enum! {
    /// How a debit was requested (§4).
    pub enum DebitFlow {
        /// Flow A: the platform created a charge with `source=acct_…`.
        Charge: "charge" = 0,
        /// Flow B (and §5): the connected account created a transfer to its platform.
        Transfer: "transfer" = 1,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Debit {
    pub flow: DebitFlow,
    pub reference: Option<Reference>,
}

/// A transfer between the balances of two accounts of the world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The account that sends the funds and owns the transfer.
    pub from: AccountId,
    pub to: AccountId,
    pub amount: Amount,
    pub amount_reversed: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The sender's `transfer` balance transaction.
    pub balance_transaction: TxnId,
    /// The payment (`py_…`) it created on the destination.
    pub destination_payment: ChargeId,
    pub source_transaction: Option<ChargeId>,
    pub transfer_group: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
    pub reversals: Vec<ReversalId>,
    /// Set when the transfer is an account debit: a connected account paying its platform.
    pub debit: Option<Debit>,
}

impl Transfer {
    /// Whether the whole amount has been reversed.
    pub fn reversed(&self) -> bool {
        self.amount_reversed == self.amount
    }

    pub fn reversible(&self) -> Amount {
        // amount_reversed never exceeds amount, so this cannot underflow.
        self.amount.minus(self.amount_reversed)
    }
}

/// A (partial) reversal of a transfer: funds going back from the destination to the sender.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reversal {
    pub transfer: TransferId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    /// The sender's `transfer_refund` balance transaction.
    pub balance_transaction: TxnId,
    /// The destination's `payment_refund` balance transaction.
    pub destination_balance_transaction: TxnId,
    /// The refund of a destination charge that made this reversal, if any.
    pub source_refund: Option<RefundId>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
}

impl Image for Reference {
    fn write(&self, w: &mut Writer) {
        match self {
            Reference::Charge(id) => {
                w.put(&0u8);
                w.put(id);
            }
            Reference::Payout(id) => {
                w.put(&1u8);
                w.put(id);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Reference, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Reference::Charge(r.take()?)),
            1 => Ok(Reference::Payout(r.take()?)),
            _ => Err(r.invalid("reference")),
        }
    }
}

image_struct!(Debit { flow, reference });

image_struct!(Transfer {
    from,
    to,
    amount,
    amount_reversed,
    currency,
    created,
    balance_transaction,
    destination_payment,
    source_transaction,
    transfer_group,
    description,
    metadata,
    reversals,
    debit
});

image_struct!(Reversal {
    transfer,
    amount,
    currency,
    created,
    balance_transaction,
    destination_balance_transaction,
    source_refund,
    description,
    metadata
});

impl Refers for Transfer {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.from));
        to(Obj::Account(self.to));
        to(Obj::BalanceTransaction(self.balance_transaction));
        to(Obj::Charge(self.destination_payment));
        self.source_transaction.into_iter().map(Obj::Charge).for_each(&mut *to);
        for reversal in &self.reversals {
            to(Obj::Reversal(*reversal));
        }
        match self.debit.and_then(|d| d.reference) {
            Some(Reference::Charge(c)) => to(Obj::Charge(c)),
            Some(Reference::Payout(p)) => to(Obj::Payout(p)),
            None => {}
        }
    }
}

impl Refers for Reversal {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Transfer(self.transfer));
        to(Obj::BalanceTransaction(self.balance_transaction));
        to(Obj::BalanceTransaction(self.destination_balance_transaction));
        self.source_refund.into_iter().map(Obj::Refund).for_each(&mut *to);
    }
}
