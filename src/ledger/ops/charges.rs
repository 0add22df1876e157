//! Charges: card charges (on the platform, direct on a connected account, or with
//! `transfer_data[destination]`), and flow A of account debits — a charge whose `source` is a
//! connected account (debit-rules §4).

use super::card_payments::CardPayment;
use super::shipping::{ShippingInput, shipping_after};
use super::transfers::{TransferDraft, TransferSides};
use crate::ledger::data::*;
use crate::ledger::posting::Plan;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `transfer_data[...]` of a destination charge.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransferDataParams {
    pub destination: Option<String>,
    /// Missing means the whole charge amount.
    pub amount: Input<i64>,
}

/// The parameters of `POST /v1/charges`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChargeParams {
    pub amount: Input<i64>,
    pub currency: Option<String>,
    /// A test card token (`tok_visa`, `pm_card_visa`, `tok_bypassPending`, …), or a connected
    /// account id (`acct_…`) for an account debit.
    pub source: Option<String>,
    pub description: Option<String>,
    pub statement_descriptor: Option<String>,
    pub statement_descriptor_suffix: Option<String>,
    pub receipt_email: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub transfer_group: Option<String>,
    pub transfer_data: Option<TransferDataParams>,
    /// `capture=false`: authorise only, and capture with `POST /v1/charges/{id}/capture`.
    pub capture: Option<bool>,
    pub customer: Option<String>,
    pub on_behalf_of: Option<String>,
    pub application_fee_amount: Input<i64>,
    pub shipping: Option<ShippingInput>,
}

/// The parameters of `POST /v1/charges/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChargeUpdate {
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub receipt_email: Option<String>,
    pub transfer_group: Option<String>,
    /// Only on a charge without one, as on Stripe.
    pub customer: Option<String>,
    pub shipping: Option<ShippingInput>,
}

/// How a charge request ended, when the ledger accepted it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChargeOutcome {
    Succeeded(ChargeId),
    /// The test card declines: Stripe records the failed charge (no money moves) and the
    /// API answers 402 naming it.
    Declined(ChargeId, Decline),
}

impl ChargeOutcome {
    pub fn charge(self) -> ChargeId {
        match self {
            ChargeOutcome::Succeeded(id) | ChargeOutcome::Declined(id, _) => id,
        }
    }
}

impl Ledger {
    /// An account takes card payments of its own only once onboarded and not rejected (the
    /// platform always may): the Charges API and PaymentIntents alike.
    pub(crate) fn check_charges_enabled(&self, account: AccountId) -> Result<(), Rejection> {
        let charging = &self.accounts[account.0];
        if charging.is_platform() || (charging.onboarding.details_submitted && charging.onboarding.rejected.is_none()) {
            Ok(())
        } else {
            Err(Rejection::ChargesNotEnabled {
                account: charging.id.to_string(),
            })
        }
    }

    /// `POST /v1/charges`, acting as `actor`.
    pub fn create_charge(
        &mut self,
        actor: AccountId,
        params: ChargeParams,
    ) -> Result<Applied<ChargeOutcome>, Rejection> {
        let (amount, currency, source) = money_params(
            &params.amount,
            params.currency.as_deref(),
            Some(("source", params.source.as_deref())),
        )?;

        if source.starts_with("acct_") {
            return self.debit_by_charge(actor, amount, currency, params);
        }
        // A test token, or one the account's publishable key made (used up by this charge).
        let tokenized = self.tokenized(actor, source, "source")?;
        let (card, token) = tokenized
            .map(|t| (t.card, t.token))
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: if source.starts_with("tok_") || source.starts_with("pm_") {
                    Noun::Token
                } else {
                    Noun::Source
                },
                id: source.to_owned(),
                param: "source",
            })?;
        if amount < currency.minimum_charge() {
            return Err(Rejection::AmountTooSmall {
                param: "amount",
                minimum: currency.minimum_charge(),
                currency,
            });
        }
        if amount > MAXIMUM_CHARGE {
            return Err(Rejection::AmountTooLarge {
                param: "amount",
                amount,
            });
        }
        self.check_charges_enabled(actor)?;
        let customer = self.check_customer(actor, params.customer.as_deref())?;
        let destination = match &params.transfer_data {
            None => None,
            Some(data) => Some(self.check_transfer_data(actor, amount, currency, data)?),
        };
        let on_behalf_of = self.check_on_behalf_of(actor, params.on_behalf_of.as_deref(), destination.map(|d| d.0))?;
        let application_fee_amount =
            self.check_application_fee(actor, &params.application_fee_amount, amount, destination)?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        let shipping = shipping_after(None, params.shipping.as_ref())?;
        check_email("receipt_email", params.receipt_email.as_deref())?;
        // The Charges API cannot stop for 3D Secure: such a card is declined.
        let decline = card
            .decline
            .or(card.authentication_required.then_some(Decline::AuthenticationRequired));
        let payment = CardPayment {
            account: actor,
            amount,
            currency,
            card,
            decline,
            capture: params.capture != Some(false),
            destination,
            links: PaymentLinks {
                customer,
                on_behalf_of,
                application_fee_amount,
                ..PaymentLinks::default()
            },
            description: non_empty(params.description),
            statement_descriptor: non_empty(params.statement_descriptor),
            statement_descriptor_suffix: non_empty(params.statement_descriptor_suffix),
            receipt_email: non_empty(params.receipt_email),
            metadata,
            transfer_group: non_empty(params.transfer_group),
            shipping,
        };
        let mut plan = Plan::default();
        let planned = self.plan_card_payment(&mut plan, payment)?;
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let (id, captured) = self.store_card_payment(planned);
        self.use_token(token);
        self.commit(settlement);
        self.emit_payment_events(id, captured);
        if let Some(dispute) = captured.dispute {
            self.emit_dispute_opened(dispute);
        }
        Ok(Applied {
            value: match decline {
                Some(decline) => ChargeOutcome::Declined(id, decline),
                None => ChargeOutcome::Succeeded(id),
            },
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/charges/{id}`: description, metadata, receipt e-mail, transfer group.
    pub fn update_charge(&mut self, id: ChargeId, update: ChargeUpdate) -> Result<Applied<ChargeId>, Rejection> {
        let charge = &self.charges[id.0];
        let customer = self.check_customer(charge.account, update.customer.as_deref())?;
        if customer.is_some() && charge.links.customer.is_some_and(|c| Some(c) != customer) {
            return Err(Rejection::ChargeCustomerSet {
                charge: self.id_of(Obj::Charge(id)).to_string(),
            });
        }
        let metadata = metadata_after(&self.charges[id.0].metadata, update.metadata.as_ref())?;
        let shipping = shipping_after(self.charges[id.0].shipping.as_ref(), update.shipping.as_ref())?;
        check_email("receipt_email", update.receipt_email.as_deref())?;
        let first_event = self.events.len();
        let before = self.version;
        let account = self.change::<Charge, _>(id, |charge| {
            replace_text(&mut charge.description, update.description.as_deref());
            replace_text(&mut charge.receipt_email, update.receipt_email.as_deref());
            replace_text(&mut charge.transfer_group, update.transfer_group.as_deref());
            if let Some(metadata) = metadata {
                charge.metadata = metadata;
            }
            if customer.is_some() {
                charge.links.customer = customer;
            }
            charge.shipping = shipping;
            charge.account
        });
        self.emit_updated(EventType::ChargeUpdated, account, id, before);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Validates `transfer_data` of a destination charge: the destination and what it gets.
    pub(crate) fn check_transfer_data(
        &self,
        actor: AccountId,
        amount: Amount,
        currency: Currency,
        data: &TransferDataParams,
    ) -> Result<(AccountId, Option<Amount>), Rejection> {
        let Some(id) = data.destination.as_deref() else {
            return Err(Rejection::ParameterMissing {
                param: "transfer_data[destination]",
            });
        };
        let destination =
            self.find_account(id)
                .filter(|_| actor.is_platform())
                .ok_or_else(|| Rejection::NoSuchObject {
                    noun: Noun::Destination,
                    id: id.to_owned(),
                    param: "transfer_data[destination]",
                })?;
        if destination.is_platform() {
            return Err(Rejection::TransferToSelf {
                param: "transfer_data[destination]",
                account: id.to_owned(),
            });
        }
        self.check_can_receive_transfers(destination)?;
        self.check_settles(destination, currency)?;
        let share = positive_amount("transfer_data[amount]", &data.amount)?;
        if share.is_some_and(|share| share > amount) {
            return Err(Rejection::TransferDataExceedsCharge {
                share: share.unwrap_or(amount),
                amount,
            });
        }
        Ok((destination, share))
    }

    /// Flow A (§4): the platform charges a connected account's balance. Creates a transfer on
    /// the connected account and a payment (`py_…`) on the platform, and returns the payment.
    fn debit_by_charge(
        &mut self,
        actor: AccountId,
        amount: Amount,
        currency: Currency,
        params: ChargeParams,
    ) -> Result<Applied<ChargeOutcome>, Rejection> {
        let source = params.source.as_deref().unwrap_or_default();
        // Row 7: only the platform has connected accounts to charge.
        let account = self
            .find_account(source)
            .filter(|_| actor.is_platform())
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Source,
                id: source.to_owned(),
                param: "source",
            })?;
        if account.is_platform() {
            return Err(Rejection::TransferToSelf {
                param: "source",
                account: source.to_owned(),
            });
        }
        if params.transfer_data.is_some() {
            return Err(Rejection::TransferDataWithAccountSource);
        }
        // What only a card payment has does not apply to a debit.
        let card_only = [
            ("capture", params.capture.is_some()),
            ("customer", params.customer.is_some()),
            ("on_behalf_of", params.on_behalf_of.is_some()),
            ("application_fee_amount", !params.application_fee_amount.is_missing()),
        ];
        if let Some((param, _)) = card_only.iter().find(|(_, given)| *given) {
            return Err(Rejection::NotForAccountDebits { param });
        }
        // Row 9: accounts on Stripe-managed risk are debited by transfer with a reference.
        if self.accounts[account.0].liability() == Some(Liability::Stripe) {
            return Err(Rejection::ChargeDebitOnStripeManagedAccount {
                account: source.to_owned(),
            });
        }
        let metadata = new_metadata(params.metadata.as_ref())?;
        // Rows 13–15.
        let draft = self.debit_draft(account, amount, currency, DebitFlow::Charge, None)?;
        let draft = TransferDraft {
            transfer_group: non_empty(params.transfer_group),
            payment_description: non_empty(params.description),
            payment_metadata: metadata,
            ..draft
        };
        let ids = self.next_transfer_ids(0);
        let mut plan = Plan::default();
        let txns = self.plan_transfer(&mut plan, &draft, ids);
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let sides = TransferSides::of(&draft);
        self.store_transfer(draft, ids, txns);
        self.commit(settlement);
        self.emit_transfer_created(sides, ids);
        Ok(Applied {
            value: ChargeOutcome::Succeeded(ids.payment),
            events: self.emitted_since(first_event),
        })
    }
}
