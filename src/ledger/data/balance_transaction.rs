//! A balance transaction: one movement of one balance. Every balance is the sum of its
//! balance transactions.

use crate::ledger::codec::image_struct;
use crate::ledger::codec::{Image, ImageError, Reader, Writer};

use super::exchange::Conversion;
use super::kinds::{AccountId, Obj, Refers};
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// Stripe's balance transaction `type`s that the simulator produces.
    pub enum TxnType {
        /// A card charge.
        Charge: "charge" = 0,
        /// Funds received from another account: a transfer's or a debit's payment.
        Payment: "payment" = 1,
        /// A transfer sent (negative).
        Transfer: "transfer" = 2,
        /// A transfer reversal, on the sender (positive).
        TransferRefund: "transfer_refund" = 3,
        /// A transfer reversal, on the destination (negative).
        PaymentRefund: "payment_refund" = 4,
        Refund: "refund" = 5,
        Payout: "payout" = 6,
        PayoutFailure: "payout_failure" = 7,
        /// Funds moved between the platform's available balance and `connect_reserved`.
        ReserveTransaction: "reserve_transaction" = 8,
        /// A canceled payout's funds, back in the balance.
        PayoutCancel: "payout_cancel" = 9,
        /// An application fee, on the platform (positive).
        ApplicationFee: "application_fee" = 20,
        /// An application fee returned: negative on the platform, positive on the account
        /// that paid it.
        ApplicationFeeRefund: "application_fee_refund" = 21,
        /// A dispute's withdrawal (negative, with the dispute fee) or reinstatement (positive).
        Adjustment: "adjustment" = 22,
    }
}

impl TxnType {
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

wire_enum! {
    pub enum TxnStatus {
        Pending: "pending" = 0,
        Available: "available" = 1,
    }
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
    /// Whether the money moved between currencies, and at what rate (Stripe's
    /// `exchange_rate`).
    pub conversion: Conversion,
}

/// What a transaction brings into its currency from outside it, if it crosses that
/// currency's bounds: money from cards and banks (its net, plus any application fee, which
/// stays inside with the platform), or money converted from or into another currency (its
/// whole net, the application fee included, since the platform receives that in its own
/// currency). Conservation, per currency, counts these (docs/behaviour.md §3).
pub fn external_part(
    kind: TxnType,
    conversion: Conversion,
    amount: Amount,
    fee: Amount,
    application_fee: Amount,
) -> Option<i128> {
    if conversion.crosses() {
        Some(amount.wide() - fee.wide())
    } else if kind.is_external() {
        Some(amount.wide() - fee.wide() + application_fee.wide())
    } else {
        None
    }
}

impl BalanceTransaction {
    /// `amount - fee`: what the transaction adds to its balance. It always fits, because the
    /// ledger checks it before recording the transaction.
    pub fn net(&self) -> Amount {
        self.amount.minus(self.fee)
    }

    /// Stripe's fee alone: `fee` less any application fee.
    pub fn stripe_fee(&self) -> Amount {
        self.fee.minus(self.application_fee)
    }

    /// What the transaction brings into its currency from outside, if it crosses that
    /// currency's bounds ([`external_part`]).
    pub fn external_net(&self) -> Option<i128> {
        external_part(self.kind, self.conversion, self.amount, self.fee, self.application_fee)
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
    application_fee,
    conversion
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
