//! A balance transaction: one movement of one balance. Every balance is the sum of its
//! balance transactions.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};
use crate::{image_enum, image_struct};

use super::kinds::{AccountId, Obj, Refers};
use super::money::{Amount, Currency};
use super::time::Timestamp;

/// Stripe's balance transaction `type`s that the simulator produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnType {
    /// A card charge.
    Charge,
    /// Funds received from another account: a transfer's or a debit's payment.
    Payment,
    /// A transfer sent (negative).
    Transfer,
    /// A transfer reversal, on the sender (positive).
    TransferRefund,
    /// A transfer reversal, on the destination (negative).
    PaymentRefund,
    Refund,
    Payout,
    PayoutFailure,
    /// Funds moved between the platform's available balance and `connect_reserved`.
    ReserveTransaction,
    /// A canceled payout's funds, back in the balance.
    PayoutCancel,
    /// An application fee, on the platform (positive).
    ApplicationFee,
    /// An application fee returned: negative on the platform, positive on the account
    /// that paid it.
    ApplicationFeeRefund,
    /// A dispute's withdrawal (negative, with the dispute fee) or reinstatement (positive).
    Adjustment,
}

impl TxnType {
    pub fn as_str(self) -> &'static str {
        match self {
            TxnType::Charge => "charge",
            TxnType::Payment => "payment",
            TxnType::Transfer => "transfer",
            TxnType::TransferRefund => "transfer_refund",
            TxnType::PaymentRefund => "payment_refund",
            TxnType::Refund => "refund",
            TxnType::Payout => "payout",
            TxnType::PayoutFailure => "payout_failure",
            TxnType::ReserveTransaction => "reserve_transaction",
            TxnType::PayoutCancel => "payout_cancel",
            TxnType::ApplicationFee => "application_fee",
            TxnType::ApplicationFeeRefund => "application_fee_refund",
            TxnType::Adjustment => "adjustment",
        }
    }

    pub fn parse(text: &str) -> Option<TxnType> {
        [
            TxnType::Charge,
            TxnType::Payment,
            TxnType::Transfer,
            TxnType::TransferRefund,
            TxnType::PaymentRefund,
            TxnType::Refund,
            TxnType::Payout,
            TxnType::PayoutFailure,
            TxnType::ReserveTransaction,
            TxnType::PayoutCancel,
            TxnType::ApplicationFee,
            TxnType::ApplicationFeeRefund,
            TxnType::Adjustment,
        ]
        .into_iter()
        .find(|t| t.as_str() == text)
    }

    /// Stripe's `reporting_category` for this type.
    pub fn reporting_category(self) -> &'static str {
        match self {
            TxnType::Charge | TxnType::Payment => "charge",
            TxnType::Transfer => "transfer",
            TxnType::TransferRefund => "transfer_reversal",
            TxnType::PaymentRefund | TxnType::Refund => "refund",
            TxnType::Payout => "payout",
            TxnType::PayoutFailure | TxnType::PayoutCancel => "payout_reversal",
            TxnType::ReserveTransaction => "connect_reserved_funds",
            TxnType::ApplicationFee => "platform_earning",
            TxnType::ApplicationFeeRefund => "platform_earning_refund",
            // A reinstatement is `dispute_reversal`: see `BalanceTransaction::reporting_category`.
            TxnType::Adjustment => "dispute",
        }
    }

    /// Whether money crosses the world's boundary (cards, banks) rather than moving
    /// between its balances; conservation counts these.
    pub fn is_external(self) -> bool {
        matches!(
            self,
            TxnType::Charge
                | TxnType::Refund
                | TxnType::Payout
                | TxnType::PayoutFailure
                | TxnType::PayoutCancel
                | TxnType::Adjustment
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnStatus {
    Pending,
    Available,
}

/// What caused a balance transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxnSource {
    /// The object that moved the money: its `source`.
    Object(Obj),
    /// A reserve movement on the platform for this connected account's balance; Stripe
    /// reports no source object for it.
    Reserve(AccountId),
}

/// One movement of one balance. Every balance is the sum of its balance transactions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BalanceTransaction {
    pub account: AccountId,
    pub currency: Currency,
    pub kind: TxnType,
    pub amount: Amount,
    /// The fees taken: Stripe's (2.9 % + 30 on card charges, a dispute's fee) and any
    /// application fee the platform took from this transaction.
    pub fee: Amount,
    pub status: TxnStatus,
    pub available_on: Timestamp,
    pub created: Timestamp,
    pub source: TxnSource,
    /// The part of `fee` that is an application fee: it goes to the platform (as its own
    /// `application_fee` transaction) rather than out of the world to Stripe.
    pub application_fee: Amount,
}

impl BalanceTransaction {
    /// `amount - fee`: what the transaction adds to its balance. It always fits, because the
    /// ledger checks it before recording the transaction.
    pub fn net(&self) -> Amount {
        self.amount.checked_sub(self.fee).unwrap_or(self.amount)
    }

    /// Stripe's fee alone: `fee` less any application fee.
    pub fn stripe_fee(&self) -> Amount {
        self.fee.checked_sub(self.application_fee).unwrap_or(self.fee)
    }

    /// What the transaction brings into the world from outside (for those that cross its
    /// boundary): its net, plus the application fee, which stays inside with the platform.
    pub fn external_net(&self) -> i128 {
        i128::from(self.amount.minor_units()) - i128::from(self.stripe_fee().minor_units())
    }

    /// Stripe's `reporting_category`: the type's, except that a dispute's reinstatement (a
    /// positive adjustment) is `dispute_reversal`.
    pub fn reporting_category(&self) -> &'static str {
        match self.kind {
            TxnType::Adjustment if self.amount.is_positive() => "dispute_reversal",
            kind => kind.reporting_category(),
        }
    }
}

image_enum!(TxnType {
    Charge = 0,
    Payment = 1,
    Transfer = 2,
    TransferRefund = 3,
    PaymentRefund = 4,
    Refund = 5,
    Payout = 6,
    PayoutFailure = 7,
    ReserveTransaction = 8,
    PayoutCancel = 9,
    // Money in takes 20 on, leaving 9–19 to other work on the same table.
    ApplicationFee = 20,
    ApplicationFeeRefund = 21,
    Adjustment = 22
});

image_enum!(TxnStatus {
    Pending = 0,
    Available = 1
});

impl Image for TxnSource {
    fn write(&self, w: &mut Writer) {
        match self {
            TxnSource::Object(obj) => {
                w.put(&0u8);
                w.put(obj);
            }
            TxnSource::Reserve(account) => {
                w.put(&1u8);
                w.put(account);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<TxnSource, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(TxnSource::Object(r.take()?)),
            1 => Ok(TxnSource::Reserve(r.take()?)),
            _ => Err(r.invalid("balance transaction source")),
        }
    }
}

image_struct!(BalanceTransaction {
    account,
    currency,
    kind,
    amount,
    fee,
    status,
    available_on,
    created,
    source,
    application_fee
});

impl Refers for BalanceTransaction {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        match self.source {
            TxnSource::Object(obj) => to(obj),
            TxnSource::Reserve(account) => to(Obj::Account(account)),
        }
    }
}
