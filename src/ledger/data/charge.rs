//! A charge object: a card charge (`ch_…`) or a payment (`py_…`), the charge a transfer
//! creates on its destination.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};
use crate::ledger::codec::{image_enum, image_struct};

use super::card::Card;
use super::kinds::{
    AccountId, ApplicationFeeId, CustomerId, DisputeId, Obj, PaymentIntentId, PaymentMethodId, Refers, RefundId,
    TransferId, TxnId,
};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::shipping::Shipping;
use super::time::Timestamp;

/// What paid for a charge object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeSource {
    /// A card charge (`ch_…`).
    Card(Card),
    /// A payment (`py_…`): funds another account sent with a transfer, including account
    /// debits, where the connected account pays its platform.
    Account { from: AccountId, transfer: TransferId },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeStatus {
    Succeeded,
    Failed,
}

/// `transfer_data` of a destination charge, and the transfer it made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DestinationTransfer {
    pub destination: AccountId,
    /// `transfer_data[amount]`, when the platform keeps part of the charge.
    pub amount: Option<Amount>,
    /// `None` until an authorised (uncaptured) charge is captured: the transfer is made then.
    pub transfer: Option<TransferId>,
}

/// What a card charge carries beyond its money: who paid, for whom, through which
/// PaymentIntent, what the platform took and whether it was disputed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentLinks {
    pub customer: Option<CustomerId>,
    pub payment_intent: Option<PaymentIntentId>,
    /// The `pm_…` a PaymentIntent paid with (charges made with a token have none).
    pub payment_method: Option<PaymentMethodId>,
    pub on_behalf_of: Option<AccountId>,
    /// `application_fee_amount` as asked; the fee is taken when the charge is captured.
    pub application_fee_amount: Option<Amount>,
    pub application_fee: Option<ApplicationFeeId>,
    pub dispute: Option<DisputeId>,
}

/// A charge object: a card charge or a payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Charge {
    /// The account whose balance the charge credits.
    pub account: AccountId,
    pub source: ChargeSource,
    pub amount: Amount,
    pub amount_refunded: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub status: ChargeStatus,
    /// `None` for a failed charge, which moves no money.
    pub balance_transaction: Option<TxnId>,
    pub description: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub statement_descriptor_suffix: Option<Box<str>>,
    pub receipt_email: Option<Box<str>>,
    pub metadata: Metadata,
    pub transfer_group: Option<Box<str>>,
    pub destination: Option<DestinationTransfer>,
    pub refunds: Vec<RefundId>,
    /// Transfers that named this charge as `source_transaction`, for the amount left.
    pub transferred: Amount,
    /// How much was captured; what a partial capture did not take counts as refunded.
    pub amount_captured: Amount,
    pub links: PaymentLinks,
    /// `shipping`: stored and shown (a PaymentIntent's charge has the intent's).
    pub shipping: Option<Shipping>,
}

impl Charge {
    /// Whether the funds were taken: a captured charge (and every payment) has its balance
    /// transaction; an authorisation (`capture=false`, or a PaymentIntent with
    /// `capture_method=manual`) holds the funds without one until it is captured or released.
    pub fn captured(&self) -> bool {
        self.balance_transaction.is_some()
    }

    pub fn is_payment(&self) -> bool {
        matches!(self.source, ChargeSource::Account { .. })
    }

    pub fn refunded(&self) -> bool {
        self.status == ChargeStatus::Succeeded && self.amount_refunded == self.amount
    }

    /// A card charge that succeeded and still holds its funds uncaptured.
    pub fn is_authorisation(&self) -> bool {
        self.status == ChargeStatus::Succeeded && !self.captured() && self.amount_refunded < self.amount
    }
}

image_enum!(ChargeStatus {
    Succeeded = 0,
    Failed = 1
});

impl Image for ChargeSource {
    fn write(&self, w: &mut Writer) {
        match self {
            ChargeSource::Card(card) => {
                w.put(&0u8);
                w.put(card);
            }
            ChargeSource::Account { from, transfer } => {
                w.put(&1u8);
                w.put(from);
                w.put(transfer);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<ChargeSource, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(ChargeSource::Card(r.take()?)),
            1 => Ok(ChargeSource::Account {
                from: r.take()?,
                transfer: r.take()?,
            }),
            _ => Err(r.invalid("charge source")),
        }
    }
}

image_struct!(DestinationTransfer {
    destination,
    amount,
    transfer
});

image_struct!(PaymentLinks {
    customer,
    payment_intent,
    payment_method,
    on_behalf_of,
    application_fee_amount,
    application_fee,
    dispute
});

image_struct!(Charge {
    account,
    source,
    amount,
    amount_refunded,
    currency,
    created,
    status,
    balance_transaction,
    description,
    statement_descriptor,
    statement_descriptor_suffix,
    receipt_email,
    metadata,
    transfer_group,
    destination,
    refunds,
    transferred,
    amount_captured,
    links,
    shipping
});

impl Refers for Charge {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        if let ChargeSource::Account { from, transfer } = self.source {
            to(Obj::Account(from));
            to(Obj::Transfer(transfer));
        }
        if let Some(txn) = self.balance_transaction {
            to(Obj::BalanceTransaction(txn));
        }
        if let Some(destination) = &self.destination {
            to(Obj::Account(destination.destination));
            if let Some(transfer) = destination.transfer {
                to(Obj::Transfer(transfer));
            }
        }
        for refund in &self.refunds {
            to(Obj::Refund(*refund));
        }
        let links = &self.links;
        links.customer.into_iter().map(Obj::Customer).for_each(&mut *to);
        links
            .payment_intent
            .into_iter()
            .map(Obj::PaymentIntent)
            .for_each(&mut *to);
        links
            .payment_method
            .into_iter()
            .map(Obj::PaymentMethod)
            .for_each(&mut *to);
        links.on_behalf_of.into_iter().map(Obj::Account).for_each(&mut *to);
        links
            .application_fee
            .into_iter()
            .map(Obj::ApplicationFee)
            .for_each(&mut *to);
        links.dispute.into_iter().map(Obj::Dispute).for_each(&mut *to);
    }
}
