//! Application fees: what the platform takes from a direct charge on a connected account or
//! from a destination charge's payment, and their refunds — by
//! `POST /v1/application_fees/{id}/refunds`, or with a charge refund
//! (`refund_application_fee`) or a transfer reversal, in proportion.
//!
//! A fee moves money between two balances of the world: the paying account's transaction
//! carries it in its `fee` (as Stripe shows it, beside Stripe's own fee), and the platform
//! receives it as an `application_fee` transaction with the same status and availability. A
//! refund moves it back with two `application_fee_refund` transactions, available at once.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/application_fees/{id}/refunds`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FeeRefundParams {
    /// Missing means all that is left.
    pub amount: Input<i64>,
    pub metadata: Option<MetadataUpdate>,
}

/// A fee about to be created with a charge's capture, its platform transaction in a plan.
pub(crate) struct PlannedFee {
    pub id: ApplicationFeeId,
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub txn: TxnId,
}

/// A fee refund whose transactions are in a plan, waiting to be stored.
pub(crate) struct PlannedFeeRefund {
    id: FeeRefundId,
    fee: ApplicationFeeId,
    amount: Amount,
    platform_txn: TxnId,
    account_txn: TxnId,
}

/// `part / whole` of `amount`, rounded half-up to a minor unit: the share of a fee a partial
/// refund or reversal returns, computed exactly.
pub(crate) fn proportion(amount: Amount, part: Amount, whole: Amount) -> Amount {
    if !whole.is_positive() {
        return Amount::ZERO;
    }
    let share =
        Decimal::from(amount.minor_units()) * Decimal::from(part.minor_units()) / Decimal::from(whole.minor_units());
    let share = share.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    // A share of `amount` by a fraction of at most one fits wherever `amount` does.
    debug_assert!(part <= whole, "a share of more than the whole: {part} of {whole}");
    Amount::new(i64::try_from(share.mantissa()).expect("a share of an amount fits an amount"))
}

impl Ledger {
    /// Adds the platform's `application_fee` transaction for a fee of `amount` paid by
    /// `account` to `plan`, with the status and availability of the transaction it is taken
    /// from. The payer's side is that transaction's `fee`; `conversion` says whether it was
    /// paid from a payment converted into another currency.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn plan_fee(
        &self,
        plan: &mut Plan,
        account: AccountId,
        amount: Amount,
        currency: Currency,
        status: TxnStatus,
        available_on: Timestamp,
        conversion: Conversion,
    ) -> PlannedFee {
        let id = ApplicationFeeId(self.application_fees.next_index());
        let txn = plan.record(
            self,
            NewTxn {
                account: AccountId::PLATFORM,
                currency,
                kind: TxnType::ApplicationFee,
                amount,
                fee: Amount::ZERO,
                status,
                available_on,
                source: TxnSource::Object(Obj::ApplicationFee(id)),
                is_debit: false,
                application_fee: Amount::ZERO,
                conversion,
            },
        );
        PlannedFee {
            id,
            account,
            amount,
            currency,
            txn,
        }
    }

    /// Stores a planned fee taken from `charge` (for a destination charge, its payment, with
    /// the platform's charge as `originating`); call before committing its settlement.
    pub(crate) fn store_fee(&mut self, planned: PlannedFee, charge: ChargeId, originating: Option<ChargeId>) {
        self.store_as(
            planned.id,
            ApplicationFee {
                account: planned.account,
                amount: planned.amount,
                amount_refunded: Amount::ZERO,
                currency: planned.currency,
                created: self.now,
                charge,
                originating_transaction: originating,
                balance_transaction: planned.txn,
                refunds: Vec::new(),
            },
        );
        self.books[0].indexes.application_fees.push(planned.id);
    }

    /// `POST /v1/application_fees/{id}/refunds`: returns (part of) a fee to the account that
    /// paid it. Preconditions, in order (docs/behaviour.md §13): something is left to refund;
    /// `amount` a positive integer; no more than is left; metadata.
    pub fn refund_application_fee(
        &mut self,
        fee: ApplicationFeeId,
        params: FeeRefundParams,
    ) -> Result<Applied<FeeRefundId>, Rejection> {
        let stored = &self.application_fees[fee.0];
        let refundable = stored.refundable();
        if refundable == Amount::ZERO {
            return Err(Rejection::ApplicationFeeAlreadyRefunded {
                fee: self.id_of(Obj::ApplicationFee(fee)).to_string(),
            });
        }
        let amount = positive_amount("amount", &params.amount)?.unwrap_or(refundable);
        if amount > refundable {
            return Err(Rejection::FeeRefundTooLarge {
                fee: self.id_of(Obj::ApplicationFee(fee)).to_string(),
                amount,
                refundable,
            });
        }
        let metadata = new_metadata(params.metadata.as_ref())?;
        let mut plan = Plan::default();
        let planned = self.plan_fee_refund(&mut plan, fee, amount, 0);
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let id = self.store_fee_refund(planned, metadata);
        self.commit(settlement);
        self.emit_fee_refunded(id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/application_fees/{fee}/refunds/{id}`: metadata.
    pub fn update_fee_refund(
        &mut self,
        refund: FeeRefundId,
        metadata: Option<MetadataUpdate>,
    ) -> Result<Applied<FeeRefundId>, Rejection> {
        let metadata = metadata_after(&self.fee_refunds[refund.0].metadata, metadata.as_ref())?;
        let first_event = self.events.len();
        let before = self.version;
        self.change::<FeeRefund, _>(refund, |stored| {
            if let Some(metadata) = metadata {
                stored.metadata = metadata;
            }
        });
        self.emit_updated(
            EventType::ApplicationFeeRefundUpdated,
            AccountId::PLATFORM,
            refund,
            before,
        );
        Ok(Applied {
            value: refund,
            events: self.emitted_since(first_event),
        })
    }

    /// Adds a refund of `amount` (already checked refundable) of `fee` to `plan`: out of the
    /// platform's available balance, into the paying account's. `earlier` counts fee refunds
    /// planned before this one in the same operation.
    pub(crate) fn plan_fee_refund(
        &self,
        plan: &mut Plan,
        fee: ApplicationFeeId,
        amount: Amount,
        earlier: u32,
    ) -> PlannedFeeRefund {
        let id = FeeRefundId(self.fee_refunds.next_index() + earlier);
        let stored = &self.application_fees[fee.0];
        // A fee paid from a converted payment goes back converted, at the payment's rate,
        // each refund the step its total refunded adds (so refunding all of it returns
        // exactly what was paid).
        let (account_currency, account_amount, platform_side, account_side) =
            match self.payment_conversion(stored.charge) {
                Some((to, rate)) => (
                    to,
                    convert_step(
                        stored.amount_refunded,
                        stored.amount_refunded.plus(amount),
                        stored.currency,
                        to,
                        rate,
                    )
                    .expect("a share of a converted fee converts"),
                    Conversion::Crossed,
                    Conversion::Converted(rate),
                ),
                None => (stored.currency, amount, Conversion::None, Conversion::None),
            };
        let mut leg = |account, currency, amount, conversion| {
            plan.record(
                self,
                NewTxn::at_once(
                    self.now,
                    account,
                    currency,
                    TxnType::ApplicationFeeRefund,
                    amount,
                    TxnSource::Object(Obj::FeeRefund(id)),
                )
                .converting(conversion),
            )
        };
        let platform_txn = leg(AccountId::PLATFORM, stored.currency, amount.negated(), platform_side);
        let account_txn = leg(stored.account, account_currency, account_amount, account_side);
        PlannedFeeRefund {
            id,
            fee,
            amount,
            platform_txn,
            account_txn,
        }
    }

    /// The proportional fee refund that goes with refunding or reversing `part` of `whole`:
    /// Stripe's rule for `refund_application_fee` — in proportion, or all that is left when
    /// the charge (or transfer) is returned in full. `None` when there is no fee or nothing
    /// to return.
    pub(crate) fn plan_proportional_fee_refund(
        &self,
        plan: &mut Plan,
        fee: Option<ApplicationFeeId>,
        part: Amount,
        whole: Amount,
        in_full: bool,
    ) -> Option<PlannedFeeRefund> {
        let fee = fee?;
        let stored = &self.application_fees[fee.0];
        let refundable = stored.refundable();
        let amount = if in_full {
            refundable
        } else {
            proportion(stored.amount, part, whole).min(refundable)
        };
        amount.is_positive().then(|| self.plan_fee_refund(plan, fee, amount, 0))
    }

    /// Stores a planned fee refund; call before committing its settlement.
    pub(crate) fn store_fee_refund(&mut self, planned: PlannedFeeRefund, metadata: Metadata) -> FeeRefundId {
        let PlannedFeeRefund {
            id,
            fee,
            amount,
            platform_txn,
            account_txn,
        } = planned;
        let currency = self.change::<ApplicationFee, _>(fee, |stored| {
            stored.amount_refunded = stored.amount_refunded.plus(amount);
            stored.refunds.push(id);
            stored.currency
        });
        self.store_as(
            id,
            FeeRefund {
                fee,
                amount,
                currency,
                created: self.now,
                balance_transaction: platform_txn,
                account_balance_transaction: account_txn,
                metadata,
            },
        );
        id
    }

    /// `application_fee.refunded`, on the platform, showing the fee after `refund`.
    pub(crate) fn emit_fee_refunded(&mut self, refund: FeeRefundId) {
        let fee = self.fee_refunds[refund.0].fee;
        self.emit(EventType::ApplicationFeeRefunded, AccountId::PLATFORM, fee);
    }
}
