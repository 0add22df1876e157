//! Refunds of card charges, full and partial; over-refunds are refused. A refund may take a
//! connected balance negative, and the platform's reserve follows (debit-rules §6).

use super::objects::Charge;
use rust_decimal::{Decimal, RoundingStrategy};

use super::kinds::{Kind, Obj};
use super::money::Amount;
use super::objects::{
    AccountId, ChargeStatus, EventType, MetadataUpdate, Refund, RefundId, RefundReason, TxnSource, TxnStatus, TxnType,
};
use super::posting::{NewTxn, Plan};
use super::rejection::{Input, Noun, Rejection};
use super::transfers::{new_metadata, positive_amount};
use super::{Applied, Ledger};

/// The parameters of `POST /v1/refunds`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefundParams {
    pub charge: Option<String>,
    /// Missing means whatever is left to refund.
    pub amount: Input<i64>,
    pub reason: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    /// On a destination charge: also reverse the transfer, in proportion.
    pub reverse_transfer: Option<bool>,
}

impl Ledger {
    /// `POST /v1/refunds`, acting as `actor` (the account the charge is on).
    pub fn create_refund(&mut self, actor: AccountId, params: RefundParams) -> Result<Applied<RefundId>, Rejection> {
        let Some(charge_ref) = params.charge.as_deref() else {
            return Err(Rejection::ParameterMissing { param: "charge" });
        };
        let charge_id = self
            .find::<Charge>(actor, charge_ref)
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(Kind::Charge),
                id: charge_ref.to_owned(),
                param: "charge",
            })?;
        let charge = &self.charges[charge_id.0];
        if let super::ChargeSource::Account { transfer, .. } = charge.source {
            return Err(Rejection::PaymentNotRefundable {
                charge: charge_ref.to_owned(),
                transfer: self.id_of(Obj::Transfer(transfer)).to_string(),
            });
        }
        if charge.status != ChargeStatus::Succeeded {
            return Err(Rejection::ChargeNotRefundable {
                charge: charge_ref.to_owned(),
            });
        }
        let refundable = Amount::new(charge.amount.minor_units() - charge.amount_refunded.minor_units());
        if refundable == Amount::ZERO {
            return Err(Rejection::ChargeAlreadyRefunded {
                charge: charge_ref.to_owned(),
            });
        }
        let amount = positive_amount("amount", &params.amount)?.unwrap_or(refundable);
        if amount > refundable {
            return Err(Rejection::RefundTooLarge {
                charge: charge_ref.to_owned(),
                amount,
                refundable,
            });
        }
        let reason = match params.reason.as_deref() {
            None => None,
            Some(text) => Some(RefundReason::parse(text).ok_or_else(|| Rejection::InvalidChoice {
                param: "reason".into(),
                value: text.to_owned(),
                choices: &["duplicate", "fraudulent", "requested_by_customer"],
            })?),
        };
        let metadata = new_metadata(params.metadata.as_ref())?;
        // With reverse_transfer, the destination returns the same share of the refund as it
        // received of the charge, rounded half-up to a minor unit.
        let reversal = match (params.reverse_transfer, charge.destination) {
            (Some(true), None) => {
                return Err(Rejection::ReverseTransferWithoutDestination);
            }
            (Some(true), Some(destination)) => {
                self.check_not_deleted(destination.destination)?;
                let transfer = &self.transfers[destination.transfer.0];
                let share = Decimal::from(amount.minor_units()) * Decimal::from(transfer.amount.minor_units())
                    / Decimal::from(charge.amount.minor_units());
                let share = share
                    .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                    .mantissa();
                let share = Amount::new(i64::try_from(share).unwrap_or(i64::MAX)).min(transfer.reversible());
                (share > Amount::ZERO).then_some((destination.transfer, share))
            }
            _ => None,
        };

        let id = RefundId(self.refunds.next_index());
        let currency = charge.currency;
        let mut plan = Plan::default();
        let txn = plan.record(
            self,
            NewTxn {
                account: actor,
                currency,
                kind: TxnType::Refund,
                amount: Amount::new(-amount.minor_units()),
                fee: Amount::ZERO,
                status: TxnStatus::Available,
                available_on: self.now,
                source: TxnSource::Object(Obj::Refund(id)),
                is_debit: false,
            },
        );
        let planned = reversal.map(|(transfer, share)| self.plan_reversal(&mut plan, transfer, share));
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let reversal = planned.as_ref().map(|planned| (planned.id, planned.transfer));
        self.store(Refund {
            charge: charge_id,
            amount,
            currency,
            created: self.now,
            balance_transaction: txn,
            reason,
            metadata,
            transfer_reversal: reversal.map(|(id, _)| id),
        });
        if let Some(planned) = planned {
            self.store_reversal(planned, Some(id), None, Default::default());
        }
        self.books[actor.index()].indexes.refunds.push(id);
        self.change::<Charge, _>(charge_id, |charge| {
            charge.amount_refunded = Amount::new(charge.amount_refunded.minor_units() + amount.minor_units());
            charge.refunds.push(id);
        });
        self.commit(settlement);
        self.emit(EventType::ChargeRefunded, actor, Obj::Charge(charge_id));
        self.emit(EventType::RefundCreated, actor, Obj::Refund(id));
        if let Some((_, transfer)) = reversal {
            self.emit(EventType::TransferReversed, actor, Obj::Transfer(transfer));
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }
}
