//! PaymentIntents: create, update, confirm, capture, cancel — card payments the way a
//! Connect platform takes them, on the platform (optionally with `transfer_data`,
//! `on_behalf_of` and an application fee) or directly on a connected account.
//!
//! Confirmation attempts a card payment with the intent's test payment method: a decline
//! records a failed charge and sends the intent back to `requires_payment_method` with
//! `last_payment_error`; a card that asks for 3D Secure stops at `requires_action`; a success
//! captures at once (`automatic`, `automatic_async`) or authorises (`manual`, captured later
//! in full or in part). The money itself is [`card_payments`](super::card_payments)'.

use super::card_payments::{Capture, CardPayment, capture_share};
use super::charges::TransferDataParams;
use super::payment_methods::{MethodChoice, PaymentMethodParams};
use super::shipping::{ShippingInput, shipping_after};
use crate::ledger::data::*;
use crate::ledger::posting::Plan;
use crate::ledger::state::{Applied, AsOf, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/payment_intents`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntentParams {
    pub amount: Input<i64>,
    pub currency: Option<String>,
    pub payment_method: Option<String>,
    pub customer: Option<String>,
    pub capture_method: Option<String>,
    pub confirmation_method: Option<String>,
    /// `automatic_payment_methods[enabled]` and `[allow_redirects]`.
    pub automatic_payment_methods: Option<(bool, Option<String>)>,
    pub payment_method_types: Option<Vec<String>>,
    /// A new payment method described in place of `payment_method`.
    pub payment_method_data: Option<PaymentMethodParams>,
    /// `on_session` or `off_session`: save the card to the customer once the payment
    /// succeeds.
    pub setup_future_usage: Option<String>,
    pub description: Option<String>,
    pub receipt_email: Option<String>,
    pub statement_descriptor: Option<String>,
    pub statement_descriptor_suffix: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub transfer_group: Option<String>,
    /// `transfer_data[...]`: the same as a destination charge's.
    pub transfer_data: Option<TransferDataParams>,
    pub application_fee_amount: Input<i64>,
    pub on_behalf_of: Option<String>,
    /// `confirm=true`: create and confirm in one call.
    pub confirm: Option<bool>,
    /// What `confirm=true` uses (`off_session`, `error_on_requires_action`).
    pub confirmation: ConfirmParams,
    pub shipping: Option<ShippingInput>,
}

/// The parameters of `POST /v1/payment_intents/{id}/confirm` (and of `confirm=true`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConfirmParams {
    pub payment_method: Option<String>,
    pub payment_method_data: Option<PaymentMethodParams>,
    /// Replaces the intent's `setup_future_usage` (an empty string unsets it).
    pub setup_future_usage: Option<String>,
    pub capture_method: Option<String>,
    pub receipt_email: Option<String>,
    /// The customer is not present: a card that needs authentication is declined
    /// (`authentication_required`) rather than asking for it.
    pub off_session: Option<bool>,
    /// Fail rather than stop at `requires_action`.
    pub error_on_requires_action: Option<bool>,
    /// Replaces the intent's shipping details.
    pub shipping: Option<ShippingInput>,
}

/// The parameters of `POST /v1/payment_intents/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntentUpdate {
    pub amount: Input<i64>,
    pub currency: Option<String>,
    pub payment_method: Option<String>,
    /// An empty string unsets it.
    pub setup_future_usage: Option<String>,
    pub customer: Option<String>,
    pub capture_method: Option<String>,
    pub application_fee_amount: Input<i64>,
    /// `transfer_data[amount]`.
    pub transfer_amount: Input<i64>,
    pub statement_descriptor: Option<String>,
    pub statement_descriptor_suffix: Option<String>,
    pub description: Option<String>,
    pub receipt_email: Option<String>,
    pub transfer_group: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub shipping: Option<ShippingInput>,
}

/// The parameters of `POST /v1/payment_intents/{id}/capture`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntentCaptureParams {
    /// Missing means all that is capturable.
    pub amount_to_capture: Input<i64>,
    pub application_fee_amount: Input<i64>,
    pub final_capture: Option<bool>,
    pub statement_descriptor: Option<String>,
    pub statement_descriptor_suffix: Option<String>,
    /// `transfer_data[amount]`.
    pub transfer_amount: Input<i64>,
    pub metadata: Option<MetadataUpdate>,
}

/// How a call that confirms a PaymentIntent ended, when the ledger accepted it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntentOutcome {
    /// Succeeded, authorised, waiting for an action, or not confirmed at all.
    Done(PaymentIntentId),
    /// The card declined: the failed charge exists, the intent is back to
    /// `requires_payment_method`, and the API answers 402 naming both.
    Declined {
        intent: PaymentIntentId,
        charge: ChargeId,
        decline: Decline,
    },
}

impl IntentOutcome {
    pub fn intent(self) -> PaymentIntentId {
        match self {
            IntentOutcome::Done(id) | IntentOutcome::Declined { intent: id, .. } => id,
        }
    }
}

/// A confirmation checked against an intent, ready to run.
struct Attempt {
    method: MethodChoice,
    capture_method: CaptureMethod,
    setup_future_usage: Option<SetupUsage>,
    receipt_email: Option<Option<Box<str>>>,
    /// Shipping details the confirmation gives (`Some(None)` clears them).
    shipping: Option<Option<Shipping>>,
    /// The card needs 3D Secure and the customer is there to give it.
    requires_action: bool,
    decline: Option<Decline>,
}

/// `setup_future_usage` as given: `None` when not given, `Some(None)` to unset it.
fn future_usage(text: Option<&str>) -> Result<Option<Option<SetupUsage>>, Rejection> {
    match text {
        None => Ok(None),
        Some("") => Ok(Some(None)),
        Some(text) => parse_choice::<SetupUsage>("setup_future_usage", Some(text)).map(Some),
    }
}

/// Only cards are simulated: `payment_method_types` (a PaymentIntent's or a SetupIntent's)
/// may name nothing else.
pub(crate) fn cards_only(types: Option<&Vec<String>>) -> Result<(), Rejection> {
    match types {
        Some(types) if types.iter().any(|t| t != "card") => Err(Rejection::Unsimulated {
            param: "payment_method_types",
            feature: Feature::PaymentMethodTypes,
        }),
        _ => Ok(()),
    }
}

/// `automatic_payment_methods[enabled]` and `[allow_redirects]` of a PaymentIntent or a
/// SetupIntent: `allow_redirects` only with `enabled=true`, and `always` or `never`.
pub(crate) fn automatic_methods(given: Option<&(bool, Option<String>)>) -> Result<AutomaticPaymentMethods, Rejection> {
    Ok(match given {
        None | Some((false, None)) => AutomaticPaymentMethods::Disabled,
        Some((false, Some(_))) => {
            return Err(Rejection::ParameterMissing {
                param: "automatic_payment_methods[enabled]",
            });
        }
        Some((true, None)) => AutomaticPaymentMethods::Enabled,
        Some((true, Some(redirects))) => match redirects.as_str() {
            "always" => AutomaticPaymentMethods::Enabled,
            "never" => AutomaticPaymentMethods::EnabledWithoutRedirects,
            other => {
                return Err(Rejection::InvalidChoice {
                    param: "automatic_payment_methods[allow_redirects]".into(),
                    value: other.to_owned(),
                    choices: &["always", "never"],
                });
            }
        },
    })
}

/// A PaymentIntent's amount: at least the currency's minimum charge, at most Stripe's
/// maximum.
fn check_amount(amount: Amount, currency: Currency) -> Result<(), Rejection> {
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
    Ok(())
}

impl Ledger {
    /// `POST /v1/payment_intents`, acting as `actor`; with `confirm=true` it is confirmed in
    /// the same call, and a refusal of either leaves nothing behind.
    ///
    /// Preconditions, in order (docs/behaviour.md §12): `amount` and `currency` present, a
    /// positive integer and a supported currency; the amount within Stripe's minimum and
    /// maximum; `capture_method`, `confirmation_method`, `setup_future_usage`,
    /// `payment_method_types`, `automatic_payment_methods`; the customer; the payment method
    /// (or `payment_method_data`, never both; one attached to a customer pays for that
    /// customer only); `transfer_data`; `on_behalf_of`; the application fee; metadata; then,
    /// with `confirm=true`, the confirmation's own.
    pub fn create_payment_intent(
        &mut self,
        actor: AccountId,
        params: IntentParams,
    ) -> Result<Applied<IntentOutcome>, Rejection> {
        let (amount, currency, _) = money_params(&params.amount, params.currency.as_deref(), None)?;
        check_amount(amount, currency)?;
        let capture_method = parse_enum(
            "capture_method",
            params.capture_method.as_deref(),
            CaptureMethod::parse,
            CaptureMethod::NAMES,
        )?
        .unwrap_or(CaptureMethod::AutomaticAsync);
        let confirmation_method = parse_enum(
            "confirmation_method",
            params.confirmation_method.as_deref(),
            ConfirmationMethod::parse,
            ConfirmationMethod::NAMES,
        )?
        .unwrap_or(ConfirmationMethod::Automatic);
        let setup_future_usage = future_usage(params.setup_future_usage.as_deref())?.flatten();
        cards_only(params.payment_method_types.as_ref())?;
        let automatic_payment_methods = automatic_methods(params.automatic_payment_methods.as_ref())?;
        let customer = self.check_customer(actor, params.customer.as_deref())?;
        let method = self.choose_method_for(
            actor,
            params.payment_method.as_deref(),
            params.payment_method_data.as_ref(),
            customer,
        )?;
        let destination = match &params.transfer_data {
            None => None,
            Some(data) => Some(self.check_transfer_data(actor, amount, currency, data)?),
        };
        let on_behalf_of = self.check_on_behalf_of(actor, params.on_behalf_of.as_deref(), destination.map(|d| d.0))?;
        let application_fee_amount =
            self.check_application_fee(actor, &params.application_fee_amount, amount, destination)?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        check_email("receipt_email", params.receipt_email.as_deref())?;
        let shipping = shipping_after(None, params.shipping.as_ref())?;

        let id = PaymentIntentId(self.payment_intents.next_index());
        let intent = PaymentIntent {
            account: actor,
            amount,
            currency,
            created: self.now,
            status: if method.is_some() {
                IntentStatus::RequiresConfirmation
            } else {
                IntentStatus::RequiresPaymentMethod
            },
            capture_method,
            confirmation_method,
            automatic_payment_methods,
            payment_method: None,
            customer,
            setup_future_usage,
            description: non_empty(params.description),
            receipt_email: non_empty(params.receipt_email),
            statement_descriptor: non_empty(params.statement_descriptor),
            statement_descriptor_suffix: non_empty(params.statement_descriptor_suffix),
            metadata,
            transfer_group: non_empty(params.transfer_group),
            transfer_data: destination.map(|(destination, amount)| IntentTransfer { destination, amount }),
            application_fee_amount,
            on_behalf_of,
            latest_charge: None,
            last_payment_error: None,
            canceled_at: None,
            cancellation_reason: None,
            shipping,
        };
        if params.confirm == Some(true) {
            return self.confirm(id, Some(intent), method, params.confirmation);
        }
        let first_event = self.events.len();
        let method = method.map(|m| self.store_payment_method(m));
        let id = self.store_as(
            id,
            PaymentIntent {
                payment_method: method,
                ..intent
            },
        );
        self.books[actor.index()].indexes.payment_intents.push(id);
        self.emit(EventType::PaymentIntentCreated, actor, id);
        Ok(Applied {
            value: IntentOutcome::Done(id),
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payment_intents/{id}/confirm`.
    ///
    /// Preconditions, in order (docs/behaviour.md §12): the intent can be confirmed (its
    /// status is `requires_payment_method`, `requires_confirmation` or `requires_action`); the
    /// payment method given (or `payment_method_data`) exists; there is a payment method, and
    /// one attached to a customer is the intent's customer's; `capture_method`,
    /// `setup_future_usage`; a destination can still receive transfers.
    pub fn confirm_payment_intent(
        &mut self,
        id: PaymentIntentId,
        params: ConfirmParams,
    ) -> Result<Applied<IntentOutcome>, Rejection> {
        let intent = &self.payment_intents[id.0];
        self.check_status(id, intent.status, IntentAction::Confirm)?;
        let method = self.choose_method(
            intent.account,
            params.payment_method.as_deref(),
            params.payment_method_data.as_ref(),
        )?;
        self.confirm(id, None, method, params)
    }

    fn check_status(&self, id: PaymentIntentId, status: IntentStatus, action: IntentAction) -> Result<(), Rejection> {
        let allowed = match action {
            IntentAction::Confirm | IntentAction::Update => status.is_open(),
            IntentAction::Capture => status == IntentStatus::RequiresCapture,
            IntentAction::Cancel => !matches!(status, IntentStatus::Succeeded | IntentStatus::Canceled),
        };
        if allowed {
            Ok(())
        } else {
            Err(Rejection::IntentUnexpectedState {
                intent: self.id_of(Obj::PaymentIntent(id)).to_string(),
                status,
                action,
            })
        }
    }

    /// Checks a confirmation of `intent` (stored as `id`, or — `new` — about to be) and runs
    /// it: everything is checked and settled before anything is stored.
    fn confirm(
        &mut self,
        id: PaymentIntentId,
        new: Option<PaymentIntent>,
        method: Option<MethodChoice>,
        params: ConfirmParams,
    ) -> Result<Applied<IntentOutcome>, Rejection> {
        let intent = new.as_ref().unwrap_or_else(|| &self.payment_intents[id.0]);
        let method =
            method
                .or(intent.payment_method.map(MethodChoice::Existing))
                .ok_or(Rejection::ParameterMissing {
                    param: "payment_method",
                })?;
        self.check_method_customer(&method, intent.customer, "payment_method")?;
        let capture_method = parse_enum(
            "capture_method",
            params.capture_method.as_deref(),
            CaptureMethod::parse,
            CaptureMethod::NAMES,
        )?
        .unwrap_or(intent.capture_method);
        let setup_future_usage =
            future_usage(params.setup_future_usage.as_deref())?.unwrap_or(intent.setup_future_usage);
        self.check_charges_enabled(intent.account)?;
        if let Some(transfer) = intent.transfer_data {
            self.check_can_receive_transfers(transfer.destination)?;
        }
        check_email("receipt_email", params.receipt_email.as_deref())?;
        let shipping = match &params.shipping {
            None => None,
            given => Some(shipping_after(None, given.as_ref())?),
        };
        let card = self.card_of(&method);
        let unattended = params.off_session == Some(true) || params.error_on_requires_action == Some(true);
        let attempt = Attempt {
            method,
            capture_method,
            setup_future_usage,
            receipt_email: params.receipt_email.map(|e| non_empty(Some(e))),
            shipping,
            requires_action: card.authentication_required && !unattended && card.decline.is_none(),
            decline: card
                .decline
                .or((card.authentication_required && unattended).then_some(Decline::AuthenticationRequired)),
        };
        self.attempt(id, new, attempt)
    }

    /// Runs a checked confirmation.
    fn attempt(
        &mut self,
        id: PaymentIntentId,
        new: Option<PaymentIntent>,
        attempt: Attempt,
    ) -> Result<Applied<IntentOutcome>, Rejection> {
        let intent = new.as_ref().unwrap_or_else(|| &self.payment_intents[id.0]).clone();
        let actor = intent.account;
        // A new payment method's id is known once it is stored, after every check: the
        // charge learns it then.
        let known_method = match attempt.method {
            MethodChoice::Existing(existing) => Some(existing),
            MethodChoice::New(..) => None,
        };
        let receipt_email = attempt.receipt_email.clone().unwrap_or(intent.receipt_email.clone());
        let shipping = attempt.shipping.clone().unwrap_or(intent.shipping.clone());
        let mut plan = Plan::default();
        let payment = (!attempt.requires_action)
            .then(|| {
                self.plan_card_payment(
                    &mut plan,
                    CardPayment {
                        account: actor,
                        amount: intent.amount,
                        currency: intent.currency,
                        card: self.card_of(&attempt.method),
                        decline: attempt.decline,
                        capture: attempt.capture_method != CaptureMethod::Manual,
                        destination: intent.transfer_data.map(|t| (t.destination, t.amount)),
                        links: PaymentLinks {
                            customer: intent.customer,
                            payment_intent: Some(id),
                            payment_method: known_method,
                            on_behalf_of: intent.on_behalf_of,
                            application_fee_amount: intent.application_fee_amount,
                            application_fee: None,
                            dispute: None,
                        },
                        description: intent.description.clone(),
                        statement_descriptor: intent.statement_descriptor.clone(),
                        statement_descriptor_suffix: intent.statement_descriptor_suffix.clone(),
                        receipt_email: receipt_email.clone(),
                        metadata: intent.metadata.clone(),
                        transfer_group: intent.transfer_group.clone(),
                        shipping: shipping.clone(),
                    },
                )
            })
            .transpose()?;
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount: intent.amount,
        })?;

        let first_event = self.events.len();
        if let Some(intent) = new {
            self.store_as(id, intent);
            self.books[actor.index()].indexes.payment_intents.push(id);
            self.emit(EventType::PaymentIntentCreated, actor, id);
        }
        let method = self.store_payment_method(attempt.method);
        let stored = payment.map(|planned| self.store_card_payment(planned.paid_with(method)));
        let capture_method = attempt.capture_method;
        let setup_future_usage = attempt.setup_future_usage;
        let outcome = self.change::<PaymentIntent, _>(id, |intent| {
            intent.capture_method = capture_method;
            intent.setup_future_usage = setup_future_usage;
            intent.receipt_email = receipt_email;
            intent.shipping = shipping;
            intent.last_payment_error = None;
            match stored {
                None => {
                    intent.set_status(IntentStatus::RequiresAction);
                    intent.payment_method = Some(method);
                    IntentOutcome::Done(id)
                }
                Some((charge, _)) => {
                    intent.latest_charge = Some(charge);
                    match attempt.decline {
                        Some(decline) => {
                            intent.set_status(IntentStatus::RequiresPaymentMethod);
                            intent.payment_method = None;
                            intent.last_payment_error = Some(PaymentError {
                                decline,
                                charge,
                                payment_method: method,
                            });
                            IntentOutcome::Declined {
                                intent: id,
                                charge,
                                decline,
                            }
                        }
                        None => {
                            intent.payment_method = Some(method);
                            if capture_method == CaptureMethod::Manual {
                                intent.set_status(IntentStatus::RequiresCapture);
                            } else {
                                intent.set_status(IntentStatus::Succeeded);
                            }
                            IntentOutcome::Done(id)
                        }
                    }
                }
            }
        });
        self.commit(settlement);
        match stored {
            None => {
                self.emit(EventType::PaymentIntentRequiresAction, actor, id);
            }
            Some((charge, captured)) => {
                self.emit_payment_events(charge, captured);
                // A card paid with to be used again is saved to the customer once it pays.
                if let (None, Some(_), Some(customer)) = (attempt.decline, setup_future_usage, intent.customer)
                    && self.payment_methods[method.0].customer.is_none()
                {
                    self.attach_to(method, customer);
                }
                let kind = match (attempt.decline, capture_method) {
                    (Some(_), _) => EventType::PaymentIntentPaymentFailed,
                    (None, CaptureMethod::Manual) => EventType::PaymentIntentAmountCapturableUpdated,
                    (None, _) => EventType::PaymentIntentSucceeded,
                };
                self.emit(kind, actor, id);
                if let Some(dispute) = captured.dispute {
                    self.emit_dispute_opened(dispute);
                }
            }
        }
        Ok(Applied {
            value: outcome,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payment_intents/{id}`.
    ///
    /// Preconditions, in order (docs/behaviour.md §12): the payment's terms (amount,
    /// currency, payment method, customer, capture method, application fee,
    /// `transfer_data[amount]`, statement descriptors) change only while it can be
    /// confirmed; the amount a positive integer within Stripe's limits and the currency
    /// supported; the payment method; the customer (and a payment method attached to a
    /// customer is that customer's); `capture_method`, `setup_future_usage`; the application
    /// fee's rules; `transfer_data[amount]` on a destination intent and at most the amount;
    /// metadata. Description, receipt e-mail, transfer group and metadata change in any
    /// status. The payment method given sends the intent to `requires_confirmation`.
    pub fn update_payment_intent(
        &mut self,
        id: PaymentIntentId,
        update: IntentUpdate,
    ) -> Result<Applied<PaymentIntentId>, Rejection> {
        let intent = &self.payment_intents[id.0];
        let terms = !update.amount.is_missing()
            || update.currency.is_some()
            || update.payment_method.is_some()
            || update.customer.is_some()
            || update.capture_method.is_some()
            || update.setup_future_usage.is_some()
            || !update.application_fee_amount.is_missing()
            || !update.transfer_amount.is_missing()
            || update.statement_descriptor.is_some()
            || update.statement_descriptor_suffix.is_some();
        if terms {
            self.check_status(id, intent.status, IntentAction::Update)?;
        }
        let amount = positive_amount("amount", &update.amount)?.unwrap_or(intent.amount);
        let currency = match update.currency.as_deref() {
            None => intent.currency,
            Some(text) => parse_currency("currency", text)?,
        };
        check_amount(amount, currency)?;
        let method = match update.payment_method.as_deref().filter(|m| !m.is_empty()) {
            None => None,
            Some(text) => Some(self.choose_payment_method(intent.account, text, "payment_method")?),
        };
        let customer = match update.customer.as_deref() {
            None => intent.customer,
            Some(text) => self.check_customer(intent.account, Some(text))?,
        };
        let kept_method = intent.payment_method.map(MethodChoice::Existing);
        if let Some(method) = method.as_ref().or(kept_method.as_ref()) {
            self.check_method_customer(method, customer, "payment_method")?;
        }
        let capture_method = parse_enum(
            "capture_method",
            update.capture_method.as_deref(),
            CaptureMethod::parse,
            CaptureMethod::NAMES,
        )?
        .unwrap_or(intent.capture_method);
        let setup_future_usage =
            future_usage(update.setup_future_usage.as_deref())?.unwrap_or(intent.setup_future_usage);
        let share = positive_amount("transfer_data[amount]", &update.transfer_amount)?;
        let transfer_data = match (intent.transfer_data, share) {
            (transfer, None) => transfer,
            (None, Some(_)) => return Err(Rejection::TransferDataWithoutDestination),
            (Some(transfer), Some(share)) => Some(IntentTransfer {
                amount: Some(share),
                ..transfer
            }),
        };
        if let Some(share) = transfer_data.and_then(|t| t.amount).filter(|share| *share > amount) {
            return Err(Rejection::TransferDataExceedsCharge { share, amount });
        }
        let destination = transfer_data.map(|t| (t.destination, t.amount));
        let application_fee_amount = match update.application_fee_amount {
            Input::Missing => {
                // A fee already set must still fit the (new) terms.
                let kept = intent
                    .application_fee_amount
                    .map_or(Input::Missing, |f| Input::Given(f.minor_units()));
                self.check_application_fee(intent.account, &kept, amount, destination)?
            }
            ref given => self.check_application_fee(intent.account, given, amount, destination)?,
        };
        let metadata = metadata_after(&intent.metadata, update.metadata.as_ref())?;
        check_email("receipt_email", update.receipt_email.as_deref())?;
        let shipping = shipping_after(intent.shipping.as_ref(), update.shipping.as_ref())?;
        let method = method.map(|m| self.store_payment_method(m));
        self.change::<PaymentIntent, _>(id, |intent| {
            if terms {
                intent.amount = amount;
                intent.currency = currency;
                intent.customer = customer;
                intent.capture_method = capture_method;
                intent.setup_future_usage = setup_future_usage;
                intent.transfer_data = transfer_data;
                intent.application_fee_amount = application_fee_amount;
            }
            if let Some(method) = method {
                intent.payment_method = Some(method);
                intent.set_status(IntentStatus::RequiresConfirmation);
            }
            replace_text(&mut intent.statement_descriptor, update.statement_descriptor.as_deref());
            replace_text(
                &mut intent.statement_descriptor_suffix,
                update.statement_descriptor_suffix.as_deref(),
            );
            replace_text(&mut intent.description, update.description.as_deref());
            replace_text(&mut intent.receipt_email, update.receipt_email.as_deref());
            replace_text(&mut intent.transfer_group, update.transfer_group.as_deref());
            if let Some(metadata) = metadata {
                intent.metadata = metadata;
            }
            intent.shipping = shipping;
            // Stripe clears the last error whenever the intent is updated.
            intent.last_payment_error = None;
        });
        // Stripe has no `payment_intent.updated` event.
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/payment_intents/{id}/capture`.
    ///
    /// Preconditions, in order (docs/behaviour.md §12): the intent is `requires_capture`;
    /// `final_capture=false` (multicapture) is not simulated; `amount_to_capture` a positive
    /// integer, at least the minimum charge and at most `amount_capturable`; the application
    /// fee's rules; `transfer_data[amount]` on a destination intent and at most what is
    /// captured; metadata.
    pub fn capture_payment_intent(
        &mut self,
        id: PaymentIntentId,
        params: IntentCaptureParams,
    ) -> Result<Applied<PaymentIntentId>, Rejection> {
        let intent = &self.payment_intents[id.0];
        self.check_status(id, intent.status, IntentAction::Capture)?;
        if params.final_capture == Some(false) {
            return Err(Rejection::Unsimulated {
                param: "final_capture",
                feature: Feature::MultipleCaptures,
            });
        }
        let Some(charge_id) = intent.latest_charge else {
            return Err(Rejection::IntentUnexpectedState {
                intent: self.id_of(Obj::PaymentIntent(id)).to_string(),
                status: intent.status,
                action: IntentAction::Capture,
            });
        };
        let charge = &self.charges[charge_id.0];
        let amount = self.capture_amount(
            charge,
            "amount_to_capture",
            &params.amount_to_capture,
            self.now_view().amount_capturable(id),
        )?;
        let destination = intent.transfer_data.map(|t| (t.destination, None));
        let explicit_fee = match params.application_fee_amount {
            Input::Missing => None,
            ref given => Some(self.check_application_fee(intent.account, given, amount, destination)?),
        };
        let fee = explicit_fee.unwrap_or(intent.application_fee_amount);
        let transfer_amount = capture_share(&params.transfer_amount, intent.transfer_data.is_some(), amount)?;
        let metadata = metadata_after(&intent.metadata, params.metadata.as_ref())?;
        let first_event = self.events.len();
        let capture = Capture {
            amount,
            fee,
            transfer_amount,
            param: "amount_to_capture",
        };
        let captured = self.capture(charge_id, capture, |_| {})?;
        self.change::<PaymentIntent, _>(id, |intent| {
            intent.set_status(IntentStatus::Succeeded);
            if let Some(fee) = explicit_fee {
                intent.application_fee_amount = fee;
            }
            if let Some(metadata) = metadata {
                intent.metadata = metadata;
            }
            replace_text(&mut intent.statement_descriptor, params.statement_descriptor.as_deref());
            replace_text(
                &mut intent.statement_descriptor_suffix,
                params.statement_descriptor_suffix.as_deref(),
            );
        });
        let account = self.payment_intents[id.0].account;
        self.emit(EventType::PaymentIntentSucceeded, account, id);
        if let Some(dispute) = captured.dispute {
            self.emit_dispute_opened(dispute);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payment_intents/{id}/cancel`. Preconditions, in order: the intent is
    /// neither succeeded nor canceled; `cancellation_reason` one of Stripe's. An authorised
    /// intent's charge is released (nothing had been taken).
    pub fn cancel_payment_intent(
        &mut self,
        id: PaymentIntentId,
        reason: Option<String>,
    ) -> Result<Applied<PaymentIntentId>, Rejection> {
        let intent = &self.payment_intents[id.0];
        self.check_status(id, intent.status, IntentAction::Cancel)?;
        let reason = parse_enum(
            "cancellation_reason",
            reason.as_deref(),
            CancellationReason::parse,
            CancellationReason::NAMES,
        )?;
        let release = intent
            .latest_charge
            .filter(|_| intent.status == IntentStatus::RequiresCapture);
        let account = intent.account;
        let first_event = self.events.len();
        if let Some(charge) = release {
            self.release_authorisation(charge);
        }
        let now = self.now;
        self.change::<PaymentIntent, _>(id, |intent| {
            intent.set_status(IntentStatus::Canceled);
            intent.canceled_at = Some(now);
            intent.cancellation_reason = reason;
        });
        self.emit(EventType::PaymentIntentCanceled, account, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// The intent's `client_secret`: its id, `_secret_`, and digits derived from the world's
    /// seed and the id, so it is stable and not guessable from the id alone.
    pub fn client_secret(&self, id: PaymentIntentId) -> String {
        self.secret_of(Obj::PaymentIntent(id))
    }

    /// The `client_secret` of an intent (a PaymentIntent or a SetupIntent): its id,
    /// `_secret_`, and digits derived from the world's seed and the id.
    pub(crate) fn secret_of(&self, obj: Obj) -> String {
        let intent = self.id_of(obj);
        let seed = self.seed().to_le_bytes();
        let high = fnv1a(seed.iter().copied().chain(intent.as_str().bytes()));
        let low = fnv1a(intent.as_str().bytes().chain(seed.iter().copied()));
        let mut digits = [0u8; 22];
        write_base62((u128::from(high) << 64) | u128::from(low), &mut digits);
        format!(
            "{intent}_secret_{}",
            std::str::from_utf8(&digits).expect("base-62 digits are ASCII")
        )
    }
}

impl AsOf<'_> {
    /// `amount_capturable`: while a PaymentIntent waits for its capture, what its latest
    /// charge authorised; otherwise nothing. Derived from the charge, never stored.
    pub fn amount_capturable(&self, id: PaymentIntentId) -> Amount {
        let intent = self.payment_intent(id);
        match (intent.status, intent.latest_charge) {
            (IntentStatus::RequiresCapture, Some(charge)) => self.charge(charge).amount,
            _ => Amount::ZERO,
        }
    }

    /// `amount_received`: once a PaymentIntent succeeded, what its latest charge captured;
    /// before, nothing. Derived from the charge, never stored.
    pub fn amount_received(&self, id: PaymentIntentId) -> Amount {
        let intent = self.payment_intent(id);
        match (intent.status, intent.latest_charge) {
            (IntentStatus::Succeeded, Some(charge)) => self.charge(charge).amount_captured,
            _ => Amount::ZERO,
        }
    }
}
