//! Refunds of card charges, full and partial; over-refunds are refused. A refund may take a
//! connected balance negative, and the platform's reserve follows (debit-rules §6).

use super::fees::proportion;
use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/refunds`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefundParams {
    pub charge: Option<String>,
    /// Instead of `charge`: the PaymentIntent whose (latest) charge to refund.
    pub payment_intent: Option<String>,
    /// Missing means whatever is left to refund.
    pub amount: Input<i64>,
    pub reason: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    /// On a destination charge: also reverse the transfer, in proportion.
    pub reverse_transfer: Option<bool>,
    /// On a charge with an application fee: also refund the fee, in proportion.
    pub refund_application_fee: Option<bool>,
}

impl Ledger {
    /// The charge a refund names: `charge`, or the latest charge of `payment_intent`.
    fn refunded_charge(&self, actor: AccountId, params: &RefundParams) -> Result<(ChargeId, String), Rejection> {
        match (params.charge.as_deref(), params.payment_intent.as_deref()) {
            (Some(_), Some(_)) => Err(Rejection::RefundChargeAndIntent),
            (None, None) => Err(Rejection::ParameterMissing { param: "charge" }),
            (Some(charge_ref), None) => self
                .find::<Charge>(actor, charge_ref)
                .map(|id| (id, charge_ref.to_owned()))
                .ok_or_else(|| Rejection::NoSuchObject {
                    noun: Noun::Object(Kind::Charge),
                    id: charge_ref.to_owned(),
                    param: "charge",
                }),
            (None, Some(intent_ref)) => {
                let intent = self
                    .find::<PaymentIntent>(actor, intent_ref)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::PaymentIntent),
                        id: intent_ref.to_owned(),
                        param: "payment_intent",
                    })?;
                let intent = self.payment_intent(intent);
                match intent
                    .latest_charge
                    .filter(|_| intent.status == IntentStatus::Succeeded)
                {
                    Some(charge) => Ok((charge, self.id_of(Obj::Charge(charge)).to_string())),
                    None => Err(Rejection::IntentNotRefundable {
                        intent: intent_ref.to_owned(),
                        status: intent.status,
                    }),
                }
            }
        }
    }

    /// `POST /v1/refunds`, acting as `actor` (the account the charge is on).
    ///
    /// Preconditions, in order (debit-rules and docs/behaviour.md §10): the charge (or the
    /// PaymentIntent's); not a payment made by a transfer; succeeded; not disputed by an
    /// open or lost chargeback; something left to refund; `amount` a positive integer, no
    /// more than is left (and all of it, for an authorisation); `reason`; metadata;
    /// `reverse_transfer` only on a destination charge.
    pub fn create_refund(&mut self, actor: AccountId, params: RefundParams) -> Result<Applied<RefundId>, Rejection> {
        let (charge_id, charge_ref) = self.refunded_charge(actor, &params)?;
        let charge_ref = charge_ref.as_str();
        let charge = &self.charges[charge_id.0];
        if let ChargeSource::Account { transfer, .. } = charge.source {
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
        if !self.dispute_allows_refund(charge) {
            return Err(Rejection::ChargeDisputed {
                charge: charge_ref.to_owned(),
            });
        }
        let refundable = charge.amount.minus(charge.amount_refunded);
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
        // Refunding an authorisation releases it, whole: nothing was taken to give back.
        let release = !charge.captured();
        if release && amount != refundable {
            return Err(Rejection::PartialRelease {
                charge: charge_ref.to_owned(),
                amount,
                authorised: refundable,
            });
        }
        if let (true, Some(intent)) = (release, charge.links.payment_intent) {
            return Err(Rejection::ChargeOfPaymentIntent {
                charge: charge_ref.to_owned(),
                intent: self.id_of(Obj::PaymentIntent(intent)).to_string(),
            });
        }
        let reason = parse_choice::<RefundReason>("reason", params.reason.as_deref())?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        // With reverse_transfer, the destination returns the same share of the refund as it
        // received of what was captured, rounded half-up to a minor unit.
        let reversal = match (params.reverse_transfer, charge.destination) {
            (Some(true), None) => {
                return Err(Rejection::ReverseTransferWithoutDestination);
            }
            (Some(true), Some(destination)) => {
                self.check_not_deleted(destination.destination)?;
                destination.transfer.and_then(|transfer_id| {
                    let transfer = &self.transfers[transfer_id.0];
                    let share = proportion(transfer.amount, amount, charge.amount_captured).min(transfer.reversible());
                    (share > Amount::ZERO).then_some((transfer_id, share))
                })
            }
            _ => None,
        };

        let id = RefundId(self.refunds.next_index());
        let currency = charge.currency;
        let mut plan = Plan::default();
        let txn = (!release).then(|| {
            plan.record(
                self,
                NewTxn::at_once(
                    self.now,
                    actor,
                    currency,
                    TxnType::Refund,
                    amount.negated(),
                    TxnSource::Object(Obj::Refund(id)),
                ),
            )
        });
        let planned = reversal.map(|(transfer, share)| self.plan_reversal(&mut plan, transfer, share));
        // refund_application_fee returns the fee in proportion to what was captured, and
        // all that is left of it when the charge is refunded in full.
        let fee_refund = match params.refund_application_fee {
            Some(true) if !release => self.plan_proportional_fee_refund(
                &mut plan,
                charge.links.application_fee,
                amount,
                charge.amount_captured,
                amount == refundable,
            ),
            _ => None,
        };
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let reversal = planned.as_ref().map(|planned| (planned.id, planned.transfer));
        let fee_refund_id = fee_refund
            .as_ref()
            .map(|_| FeeRefundId(self.count(Kind::FeeRefund) as u32));
        self.store_as(
            id,
            Refund {
                charge: charge_id,
                amount,
                currency,
                created: self.now,
                balance_transaction: txn,
                reason,
                metadata,
                transfer_reversal: reversal.map(|(id, _)| id),
                fee_refund: fee_refund_id,
            },
        );
        if let Some(planned) = planned {
            self.store_reversal(planned, Some(id), None, Default::default());
        }
        if let Some(planned) = fee_refund {
            self.store_fee_refund(planned, Metadata::default());
        }
        self.books[actor.index()].indexes.refunds.push(id);
        self.change::<Charge, _>(charge_id, |charge| {
            charge.amount_refunded = charge.amount_refunded.plus(amount);
            charge.refunds.push(id);
        });
        self.commit(settlement);
        self.emit(EventType::ChargeRefunded, actor, Obj::Charge(charge_id));
        self.emit(EventType::RefundCreated, actor, Obj::Refund(id));
        if let Some((_, transfer)) = reversal {
            self.emit(EventType::TransferReversed, actor, Obj::Transfer(transfer));
        }
        if let Some(refund) = fee_refund_id {
            self.emit_fee_refunded(refund);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/test_helpers/refunds/{id}/expire`: expires a refund that waits on the
    /// customer (`requires_action`). Every refund here is of a card and succeeds at once, so
    /// none waits: each is refused as Stripe refuses a succeeded refund, changing nothing.
    pub fn expire_refund(&self, id: RefundId) -> Result<Applied<RefundId>, Rejection> {
        Err(Rejection::RefundNotExpirable {
            refund: self.id_of(Obj::Refund(id)).to_string(),
            status: "succeeded",
        })
    }
}
