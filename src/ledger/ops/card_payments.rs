//! Card payments: a card charge's authorisation and capture, shared by the Charges API
//! (`POST /v1/charges`, `capture=false`, `POST /v1/charges/{id}/capture`) and PaymentIntents.
//!
//! Capturing is where money moves, all in one plan: the charge's own transaction (less
//! Stripe's fee, and on a direct charge the application fee), a destination charge's
//! transfer (its payment less the application fee), the platform's `application_fee`, and —
//! for a dispute test card — the dispute's withdrawal. Settling that one plan keeps reserves
//! and conservation with the posting engine, and a refusal changes nothing.

use super::disputes::PlannedDispute;
use super::fees::PlannedFee;
use super::transfers::{TransferDraft, TransferIds};
use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/charges/{id}/capture`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaptureParams {
    /// Missing means the whole amount.
    pub amount: Input<i64>,
    /// Replaces the fee asked for at creation.
    pub application_fee_amount: Input<i64>,
    pub receipt_email: Option<String>,
    pub statement_descriptor: Option<String>,
    pub statement_descriptor_suffix: Option<String>,
    /// `transfer_data[amount]` of a destination charge: what the destination gets.
    pub transfer_amount: Input<i64>,
    pub transfer_group: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// A card charge about to be made.
pub(crate) struct CardPayment {
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub card: Card,
    /// Why the attempt fails, if it does: the card's own decline, or (a card that needs 3D
    /// Secure, paid where nobody can authenticate) `authentication_required`.
    pub decline: Option<Decline>,
    /// Whether to take the funds now, or only authorise them.
    pub capture: bool,
    pub destination: Option<(AccountId, Option<Amount>)>,
    pub links: PaymentLinks,
    pub description: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub statement_descriptor_suffix: Option<Box<str>>,
    pub receipt_email: Option<Box<str>>,
    pub metadata: Metadata,
    pub transfer_group: Option<Box<str>>,
    pub shipping: Option<Shipping>,
}

/// A card charge whose money (if it is captured now) is in a plan, waiting to be stored.
pub(crate) struct PlannedPayment {
    pub id: ChargeId,
    charge: Charge,
    capture: Option<PlannedCapture>,
}

impl PlannedPayment {
    /// The same payment, paid with payment method `method` (known once it is stored: a new
    /// payment method is stored only after every check).
    pub(crate) fn paid_with(mut self, method: PaymentMethodId) -> PlannedPayment {
        self.charge.links.payment_method = Some(method);
        self
    }
}

/// A capture whose money is in a plan.
pub(crate) struct PlannedCapture {
    charge: ChargeId,
    amount: Amount,
    txn: TxnId,
    transfer: Option<(TransferDraft, TransferIds, (TxnId, TxnId))>,
    fee: Option<PlannedFee>,
    dispute: Option<PlannedDispute>,
}

/// What a stored capture created, for its events.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Captured {
    pub transfer: Option<TransferId>,
    pub fee: Option<ApplicationFeeId>,
    pub dispute: Option<DisputeId>,
}

impl Ledger {
    /// The rules of `application_fee_amount` (docs/behaviour.md §11), for a payment of
    /// `amount` by `actor`: a non-negative integer (0 takes no fee); only on a direct
    /// payment (a connected account's) or a destination one; not together with
    /// `transfer_data[amount]`; at most the amount.
    pub(crate) fn check_application_fee(
        &self,
        actor: AccountId,
        input: &Input<i64>,
        amount: Amount,
        destination: Option<(AccountId, Option<Amount>)>,
    ) -> Result<Option<Amount>, Rejection> {
        let fee = match input {
            Input::Missing => return Ok(None),
            Input::Given(value) if *value >= 0 => Amount::new(*value),
            Input::Given(value) => {
                return Err(Rejection::InvalidInteger {
                    param: "application_fee_amount",
                    value: value.to_string(),
                });
            }
            Input::Malformed(text) => {
                return Err(Rejection::InvalidInteger {
                    param: "application_fee_amount",
                    value: text.clone(),
                });
            }
        };
        if actor.is_platform() && destination.is_none() {
            return Err(Rejection::ApplicationFeeNotAllowed);
        }
        if destination.is_some_and(|(_, share)| share.is_some()) {
            return Err(Rejection::ApplicationFeeWithTransferAmount);
        }
        if fee > amount {
            return Err(Rejection::ApplicationFeeTooLarge { fee, amount });
        }
        Ok(fee.is_positive().then_some(fee))
    }

    /// `on_behalf_of`: a connected account of this platform, named by the platform, and on a
    /// destination payment the destination itself.
    pub(crate) fn check_on_behalf_of(
        &self,
        actor: AccountId,
        text: Option<&str>,
        destination: Option<AccountId>,
    ) -> Result<Option<AccountId>, Rejection> {
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        let account = self
            .find_account(text)
            .filter(|a| actor.is_platform() && !a.is_platform())
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(Kind::Account),
                id: text.to_owned(),
                param: "on_behalf_of",
            })?;
        if let Some(destination) = destination.filter(|d| *d != account) {
            return Err(Rejection::OnBehalfOfNotDestination {
                on_behalf_of: text.to_owned(),
                destination: self.accounts[destination.0].id.to_string(),
            });
        }
        Ok(Some(account))
    }

    /// `customer`: one of `actor`'s customers that is not deleted.
    pub(crate) fn check_customer(&self, actor: AccountId, text: Option<&str>) -> Result<Option<CustomerId>, Rejection> {
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            return Ok(None);
        };
        self.find::<Customer>(actor, text)
            .filter(|c| !self.customers[c.0].deleted)
            .map(Some)
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(Kind::Customer),
                id: text.to_owned(),
                param: "customer",
            })
    }

    /// Plans a card charge: a failed one moves nothing; an authorised one moves nothing yet;
    /// a captured one's money goes into `plan`.
    pub(crate) fn plan_card_payment(&self, plan: &mut Plan, payment: CardPayment) -> Result<PlannedPayment, Rejection> {
        let id = ChargeId(self.charges.next_index());
        let charge = Charge {
            account: payment.account,
            source: ChargeSource::Card(payment.card),
            amount: payment.amount,
            amount_refunded: Amount::ZERO,
            currency: payment.currency,
            created: self.now,
            status: if payment.decline.is_some() {
                ChargeStatus::Failed
            } else {
                ChargeStatus::Succeeded
            },
            balance_transaction: None,
            description: payment.description,
            statement_descriptor: payment.statement_descriptor,
            statement_descriptor_suffix: payment.statement_descriptor_suffix,
            receipt_email: payment.receipt_email,
            metadata: payment.metadata,
            transfer_group: payment.transfer_group,
            destination: payment.destination.map(|(destination, amount)| DestinationTransfer {
                destination,
                amount,
                transfer: None,
            }),
            refunds: Vec::new(),
            transferred: Amount::ZERO,
            amount_captured: Amount::ZERO,
            links: payment.links,
            shipping: payment.shipping,
        };
        let capture = if payment.decline.is_none() && payment.capture {
            let fee = charge.links.application_fee_amount;
            // The charge itself is stored before the destination's payment.
            Some(self.plan_capture(plan, &charge, id, payment.amount, fee, None, 1)?)
        } else {
            None
        };
        Ok(PlannedPayment { id, charge, capture })
    }

    /// Plans capturing `amount` of `charge` (stored as `id`, or about to be): its
    /// transaction, a destination charge's transfer of `transfer_amount` (or all of the
    /// share asked at creation, at most what is captured), the application fee `fee` (at most
    /// what is captured), and a dispute test card's dispute. `charges_before` counts charges
    /// the operation stores before the transfer's payment.
    #[allow(clippy::too_many_arguments)]
    fn plan_capture(
        &self,
        plan: &mut Plan,
        charge: &Charge,
        id: ChargeId,
        amount: Amount,
        fee: Option<Amount>,
        transfer_amount: Option<Amount>,
        charges_before: u32,
    ) -> Result<PlannedCapture, Rejection> {
        let ChargeSource::Card(card) = charge.source else {
            return Err(Rejection::ChargeAlreadyCaptured {
                charge: self.id_of(Obj::Charge(id)).to_string(),
            });
        };
        let too_large = Rejection::AmountTooLarge {
            param: "amount",
            amount,
        };
        let stripe_fee = card_fee(amount).ok_or_else(|| too_large.clone())?;
        let (status, available_on) = if card.bypass_pending {
            (TxnStatus::Available, self.now)
        } else {
            // The capturing account's settlement delay (`settlement_timing.delay_days`).
            let delay = self.accounts[charge.account.0].payouts.schedule.delay_days;
            (TxnStatus::Pending, start_of_day(self.now) + i64::from(delay) * DAY)
        };
        let fee = fee.map(|f| f.min(amount)).filter(|f| f.is_positive());
        let direct_fee = fee.filter(|_| !charge.account.is_platform());
        let txn = plan.record(
            self,
            NewTxn {
                account: charge.account,
                currency: charge.currency,
                kind: TxnType::Charge,
                amount,
                fee: stripe_fee
                    .checked_add(direct_fee.unwrap_or(Amount::ZERO))
                    .ok_or_else(|| too_large.clone())?,
                status,
                available_on,
                source: TxnSource::Object(Obj::Charge(id)),
                is_debit: false,
                application_fee: direct_fee.unwrap_or(Amount::ZERO),
                conversion: Conversion::None,
            },
        );
        let fee_id = ApplicationFeeId(self.application_fees.next_index());
        // A destination charge transfers (its share of) what was captured, pending or not
        // like the charge; its application fee comes out of the destination's payment.
        let transfer = match charge.destination {
            None => None,
            Some(destination) => {
                let share = transfer_amount.or(destination.amount).unwrap_or(amount).min(amount);
                let payment_fee = fee.map(|f| (fee_id, f.min(share)));
                // A destination that settles in another currency receives the payment
                // converted (docs/behaviour.md, "Money across currencies").
                let settled = self.conversion_for(
                    destination.destination,
                    charge.currency,
                    share,
                    payment_fee.map_or(Amount::ZERO, |(_, f)| f),
                )?;
                let ids = self.next_transfer_ids(charges_before);
                let draft = TransferDraft {
                    from: charge.account,
                    to: destination.destination,
                    amount: share,
                    currency: charge.currency,
                    status,
                    available_on,
                    source_transaction: Some(id),
                    debit: None,
                    transfer_group: charge.transfer_group.clone(),
                    description: None,
                    metadata: Metadata::default(),
                    payment_description: None,
                    payment_metadata: Metadata::default(),
                    payment_fee,
                    settled,
                };
                let txns = self.plan_transfer(plan, &draft, ids);
                Some((draft, ids, txns))
            }
        };
        let fee = match (&transfer, fee) {
            (_, None) => None,
            (Some((draft, _, _)), Some(_)) => {
                // The platform receives a converted payment's fee in the charge's currency:
                // that side of the conversion crosses back.
                let conversion = match draft.settled {
                    Some(_) => Conversion::Crossed,
                    None => Conversion::None,
                };
                draft
                    .payment_fee
                    .filter(|(_, f)| f.is_positive())
                    .map(|(_, f)| self.plan_fee(plan, draft.to, f, charge.currency, status, available_on, conversion))
            }
            (None, Some(f)) => Some(self.plan_fee(
                plan,
                charge.account,
                f,
                charge.currency,
                status,
                available_on,
                Conversion::None,
            )),
        };
        let dispute = card
            .dispute
            .map(|kind| self.plan_dispute(plan, charge.account, id, amount, charge.currency, kind));
        Ok(PlannedCapture {
            charge: id,
            amount,
            txn,
            transfer,
            fee,
            dispute,
        })
    }

    /// Stores a planned card payment (and what its capture created); call before committing
    /// its settlement.
    pub(crate) fn store_card_payment(&mut self, planned: PlannedPayment) -> (ChargeId, Captured) {
        let PlannedPayment {
            id,
            mut charge,
            capture,
        } = planned;
        let account = charge.account;
        if let Some(capture) = &capture {
            apply_capture(&mut charge, capture);
        }
        self.store_as(id, charge);
        self.books[account.index()].indexes.charges.push(id);
        let captured = capture.map(|c| self.store_capture_parts(c)).unwrap_or_default();
        (id, captured)
    }

    /// Stores what a capture created besides the charge's own fields.
    fn store_capture_parts(&mut self, capture: PlannedCapture) -> Captured {
        let PlannedCapture {
            charge,
            transfer,
            fee,
            dispute,
            ..
        } = capture;
        let transfer = transfer.map(|(draft, ids, txns)| {
            self.store_transfer(draft, ids, txns);
            ids
        });
        let fee = fee.map(|fee| {
            let id = fee.id;
            match transfer {
                // Taken from the destination's payment, on behalf of the platform's charge.
                Some(ids) => self.store_fee(fee, ids.payment, Some(charge)),
                None => self.store_fee(fee, charge, None),
            }
            id
        });
        let dispute = dispute.map(|d| self.store_dispute(d));
        Captured {
            transfer: transfer.map(|ids| ids.transfer),
            fee,
            dispute,
        }
    }

    /// The events of a charge just made: `charge.succeeded` (or `charge.failed`), then what
    /// its capture created. Dispute events come separately ([`Ledger::emit_dispute_opened`]),
    /// after the PaymentIntent's own.
    pub(crate) fn emit_payment_events(&mut self, charge: ChargeId, captured: Captured) {
        let account = self.charges[charge.0].account;
        let kind = match self.charges[charge.0].status {
            ChargeStatus::Succeeded => EventType::ChargeSucceeded,
            ChargeStatus::Failed => EventType::ChargeFailed,
        };
        self.emit(kind, account, charge);
        // Funds available at once (`tok_bypassPending`) are announced as maturing ones are.
        let txn = self.charges[charge.0].balance_transaction;
        if txn.is_some_and(|t| self.txns[t.0].status == TxnStatus::Available) {
            self.emit_balance_available(account);
        }
        self.emit_capture_parts(account, captured);
    }

    fn emit_capture_parts(&mut self, account: AccountId, captured: Captured) {
        if let Some(transfer) = captured.transfer {
            self.emit(EventType::TransferCreated, account, transfer);
        }
        if let Some(fee) = captured.fee {
            self.emit(EventType::ApplicationFeeCreated, AccountId::PLATFORM, fee);
        }
    }

    /// `POST /v1/charges/{id}/capture`: takes (part of) an authorised charge's funds.
    ///
    /// Preconditions, in order (docs/behaviour.md §10): the charge is not a PaymentIntent's;
    /// it is not captured already; it succeeded and was not released; `amount` a positive
    /// integer, at least the currency's minimum and at most the charge; the application fee's
    /// rules; `transfer_data[amount]` only on a destination charge and at most what is
    /// captured; metadata.
    pub fn capture_charge(&mut self, id: ChargeId, params: CaptureParams) -> Result<Applied<ChargeId>, Rejection> {
        let charge = &self.charges[id.0];
        let name = || self.id_of(Obj::Charge(id)).to_string();
        if let Some(intent) = charge.links.payment_intent {
            return Err(Rejection::ChargeOfPaymentIntent {
                charge: name(),
                intent: self.id_of(Obj::PaymentIntent(intent)).to_string(),
            });
        }
        if charge.captured() {
            return Err(Rejection::ChargeAlreadyCaptured { charge: name() });
        }
        if !charge.is_authorisation() {
            return Err(Rejection::ChargeNotCapturable { charge: name() });
        }
        let amount = self.capture_amount(charge, "amount", &params.amount, charge.amount)?;
        let fee = match params.application_fee_amount {
            Input::Missing => charge.links.application_fee_amount,
            ref given => {
                let destination = charge.destination.map(|d| (d.destination, None));
                self.check_application_fee(charge.account, given, amount, destination)?
            }
        };
        let transfer_amount = capture_share(&params.transfer_amount, charge.destination.is_some(), amount)?;
        let metadata = metadata_after(&charge.metadata, params.metadata.as_ref())?;
        let first_event = self.events.len();
        let capture = Capture {
            amount,
            fee,
            transfer_amount,
            param: "amount",
        };
        let captured = self.capture(id, capture, |charge| {
            replace_text(&mut charge.receipt_email, params.receipt_email.as_deref());
            replace_text(&mut charge.statement_descriptor, params.statement_descriptor.as_deref());
            replace_text(
                &mut charge.statement_descriptor_suffix,
                params.statement_descriptor_suffix.as_deref(),
            );
            replace_text(&mut charge.transfer_group, params.transfer_group.as_deref());
            if let Some(metadata) = metadata {
                charge.metadata = metadata;
            }
        })?;
        if let Some(dispute) = captured.dispute {
            self.emit_dispute_opened(dispute);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// The amount a capture takes: `input` (a positive integer, at least the currency's
    /// minimum charge, at most `capturable`), or all of `capturable`.
    pub(crate) fn capture_amount(
        &self,
        charge: &Charge,
        param: &'static str,
        input: &Input<i64>,
        capturable: Amount,
    ) -> Result<Amount, Rejection> {
        let amount = positive_amount(param, input)?.unwrap_or(capturable);
        if amount < charge.currency.minimum_charge() {
            return Err(Rejection::AmountTooSmall {
                param,
                minimum: charge.currency.minimum_charge(),
                currency: charge.currency,
            });
        }
        if amount > capturable {
            return Err(Rejection::CaptureTooLarge {
                param,
                amount,
                capturable,
            });
        }
        Ok(amount)
    }

    /// Captures an authorised charge, as the Charges API and PaymentIntents both do: plans the
    /// capture (its balance transaction, a destination charge's transfer, the application fee,
    /// a dispute card's dispute) and settles it, then sets the charge captured (with `also`'s
    /// changes of its own fields), stores what the capture created, commits the money and
    /// emits `charge.captured` with its transfer's and fee's events. The caller emits what
    /// follows (a PaymentIntent's `succeeded`, the dispute's opening).
    pub(crate) fn capture(
        &mut self,
        id: ChargeId,
        capture: Capture,
        also: impl FnOnce(&mut Charge),
    ) -> Result<Captured, Rejection> {
        let Capture {
            amount,
            fee,
            transfer_amount,
            param,
        } = capture;
        let charge = &self.charges[id.0];
        let account = charge.account;
        let mut plan = Plan::default();
        let planned = self.plan_capture(&mut plan, charge, id, amount, fee, transfer_amount, 0)?;
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge { param, amount })?;
        self.change::<Charge, _>(id, |charge| {
            apply_capture(charge, &planned);
            also(charge);
        });
        let captured = self.store_capture_parts(planned);
        self.commit(settlement);
        self.emit(EventType::ChargeCaptured, account, id);
        self.emit_capture_parts(account, captured);
        Ok(captured)
    }

    /// Releases an authorisation: nothing was taken, so nothing moves; the whole amount
    /// counts as refunded, as Stripe shows a released charge. Emits `charge.refunded`.
    pub(crate) fn release_authorisation(&mut self, id: ChargeId) {
        let account = self.change::<Charge, _>(id, |charge| {
            charge.amount_refunded = charge.amount;
            charge.account
        });
        self.emit(EventType::ChargeRefunded, account, id);
    }
}

/// What a capture takes: its amount, the application fee and the destination's share (both
/// already checked), and the parameter an overflow is refused under.
pub(crate) struct Capture {
    pub amount: Amount,
    pub fee: Option<Amount>,
    pub transfer_amount: Option<Amount>,
    pub param: &'static str,
}

/// Sets a charge's captured state from its planned capture.
fn apply_capture(charge: &mut Charge, capture: &PlannedCapture) {
    assert!(!charge.captured(), "a charge is captured once");
    charge.amount_captured = capture.amount;
    // What a partial capture does not take is released, and shows as refunded.
    charge.amount_refunded = charge.amount_refunded.plus(charge.amount.minus(capture.amount));
    charge.balance_transaction = Some(capture.txn);
    if let (Some(destination), Some((_, ids, _))) = (&mut charge.destination, &capture.transfer) {
        destination.transfer = Some(ids.transfer);
    }
    charge.links.application_fee_amount = capture.fee.as_ref().map(|f| f.amount);
    charge.links.application_fee = capture.fee.as_ref().map(|f| f.id);
    if let Some(dispute) = &capture.dispute {
        charge.links.dispute = Some(dispute.id);
    }
}

/// A capture's `transfer_data[amount]`: positive, only where the money has a destination,
/// and no more than what is captured.
pub(crate) fn capture_share(
    given: &Input<i64>,
    has_destination: bool,
    captured: Amount,
) -> Result<Option<Amount>, Rejection> {
    let share = positive_amount("transfer_data[amount]", given)?;
    if let Some(share) = share {
        if !has_destination {
            return Err(Rejection::TransferDataWithoutDestination);
        }
        if share > captured {
            return Err(Rejection::TransferDataExceedsCharge {
                share,
                amount: captured,
            });
        }
    }
    Ok(share)
}
