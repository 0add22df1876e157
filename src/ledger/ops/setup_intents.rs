//! SetupIntents: create, update, confirm, cancel — a card saved for later payments, made
//! without moving money (docs/behaviour.md §19).
//!
//! Confirmation checks the card as Stripe does when one is saved: a card that declines that
//! check sends the SetupIntent back to `requires_payment_method` with `last_setup_error`; a
//! card that asks for 3D Secure stops at `requires_action`; any other succeeds, and the card
//! is attached to the SetupIntent's customer (if it has one), ready for payments made while
//! the customer is away (`off_session=true`).

use super::payment_intents::{automatic_methods, cards_only};
use super::payment_methods::{MethodChoice, PaymentMethodParams};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/setup_intents`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetupParams {
    pub customer: Option<String>,
    pub payment_method: Option<String>,
    pub payment_method_data: Option<PaymentMethodParams>,
    pub payment_method_types: Option<Vec<String>>,
    /// `automatic_payment_methods[enabled]` and `[allow_redirects]`.
    pub automatic_payment_methods: Option<(bool, Option<String>)>,
    pub usage: Option<String>,
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub on_behalf_of: Option<String>,
    /// `confirm=true`: create and confirm in one call.
    pub confirm: Option<bool>,
}

/// The parameters of `POST /v1/setup_intents/{id}/confirm`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetupConfirm {
    pub payment_method: Option<String>,
    pub payment_method_data: Option<PaymentMethodParams>,
}

/// The parameters of `POST /v1/setup_intents/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SetupUpdate {
    pub customer: Option<String>,
    pub payment_method: Option<String>,
    pub payment_method_data: Option<PaymentMethodParams>,
    pub payment_method_types: Option<Vec<String>>,
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// How a call that confirms a SetupIntent ended, when the ledger accepted it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupOutcome {
    /// Succeeded, waiting for an action, or not confirmed at all.
    Done(SetupIntentId),
    /// The card declined the check: the SetupIntent is back to `requires_payment_method`,
    /// and the API answers 402 naming it and the card.
    Declined { intent: SetupIntentId, decline: Decline },
}

impl SetupOutcome {
    pub fn intent(self) -> SetupIntentId {
        match self {
            SetupOutcome::Done(id) | SetupOutcome::Declined { intent: id, .. } => id,
        }
    }
}

impl Ledger {
    /// `POST /v1/setup_intents`, acting as `actor`; with `confirm=true` it is confirmed in
    /// the same call, and a refusal of either leaves nothing behind.
    ///
    /// Preconditions, in order (docs/behaviour.md §19): `usage`, `payment_method_types`,
    /// `automatic_payment_methods`; the customer; the payment method (or
    /// `payment_method_data`, never both; one attached to a customer is that customer's);
    /// `on_behalf_of`; metadata; then, with `confirm=true`, a payment method to confirm with.
    pub fn create_setup_intent(
        &mut self,
        actor: AccountId,
        params: SetupParams,
    ) -> Result<Applied<SetupOutcome>, Rejection> {
        let usage = parse_choice::<SetupUsage>("usage", params.usage.as_deref())?.unwrap_or(SetupUsage::OffSession);
        cards_only(params.payment_method_types.as_ref())?;
        let automatic_payment_methods = automatic_methods(params.automatic_payment_methods.as_ref())?;
        let customer = self.check_customer(actor, params.customer.as_deref())?;
        let method = self.choose_method_for(
            actor,
            params.payment_method.as_deref(),
            params.payment_method_data.as_ref(),
            customer,
        )?;
        let on_behalf_of = self.check_on_behalf_of(actor, params.on_behalf_of.as_deref(), None)?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        let intent = SetupIntent {
            account: actor,
            created: self.now,
            status: if method.is_some() {
                SetupStatus::RequiresConfirmation
            } else {
                SetupStatus::RequiresPaymentMethod
            },
            usage,
            customer,
            payment_method: None,
            description: non_empty(params.description),
            metadata,
            on_behalf_of,
            automatic_payment_methods,
            last_setup_error: None,
            cancellation_reason: None,
        };
        if params.confirm == Some(true) {
            let method = method.ok_or(Rejection::ParameterMissing {
                param: "payment_method",
            })?;
            return Ok(self.run_setup(None, intent, method));
        }
        let first_event = self.events.len();
        let method = method.map(|m| self.store_payment_method(m));
        let id = self.store(SetupIntent {
            payment_method: method,
            ..intent
        });
        self.books[actor.index()].indexes.setup_intents.push(id);
        self.emit(EventType::SetupIntentCreated, actor, id);
        Ok(Applied {
            value: SetupOutcome::Done(id),
            events: self.emitted_since(first_event),
        })
    }

    fn check_setup_status(&self, id: SetupIntentId, action: IntentAction) -> Result<(), Rejection> {
        let status = self.setup_intents[id.0].status;
        if status.is_open() {
            Ok(())
        } else {
            Err(Rejection::SetupIntentUnexpectedState {
                intent: self.id_of(Obj::SetupIntent(id)).to_string(),
                status,
                action,
            })
        }
    }

    /// `POST /v1/setup_intents/{id}/confirm`.
    ///
    /// Preconditions, in order (docs/behaviour.md §19): the SetupIntent can be confirmed
    /// (its status is `requires_payment_method`, `requires_confirmation` or
    /// `requires_action`); the payment method given (or `payment_method_data`, never both)
    /// exists; there is a payment method, and one attached to a customer is the
    /// SetupIntent's customer's.
    pub fn confirm_setup_intent(
        &mut self,
        id: SetupIntentId,
        params: SetupConfirm,
    ) -> Result<Applied<SetupOutcome>, Rejection> {
        self.check_setup_status(id, IntentAction::Confirm)?;
        let intent = &self.setup_intents[id.0];
        let method = self
            .choose_method(
                intent.account,
                params.payment_method.as_deref(),
                params.payment_method_data.as_ref(),
            )?
            .or(intent.payment_method.map(MethodChoice::Existing))
            .ok_or(Rejection::ParameterMissing {
                param: "payment_method",
            })?;
        self.check_method_customer(&method, intent.customer, "payment_method")?;
        let intent = intent.clone();
        Ok(self.run_setup(Some(id), intent, method))
    }

    /// Runs a checked confirmation of `intent` (stored as `id`, or new) with `method`: it
    /// can no longer be refused.
    fn run_setup(
        &mut self,
        id: Option<SetupIntentId>,
        intent: SetupIntent,
        method: MethodChoice,
    ) -> Applied<SetupOutcome> {
        let card = self.card_of(&method);
        let first_event = self.events.len();
        let account = intent.account;
        let customer = intent.customer;
        let id = match id {
            Some(id) => id,
            None => {
                let id = self.store(intent);
                self.books[account.index()].indexes.setup_intents.push(id);
                self.emit(EventType::SetupIntentCreated, account, id);
                id
            }
        };
        let method = self.store_payment_method(method);
        let decline = card.setup_decline();
        let status = match decline {
            Some(_) => SetupStatus::RequiresPaymentMethod,
            None if card.authentication_required => SetupStatus::RequiresAction,
            None => SetupStatus::Succeeded,
        };
        if status == SetupStatus::Succeeded
            && let Some(customer) = customer
            && self.payment_methods[method.0].customer.is_none()
        {
            self.attach_to(method, customer);
        }
        self.change::<SetupIntent, _>(id, |intent| {
            intent.status = status;
            match decline {
                Some(decline) => {
                    intent.payment_method = None;
                    intent.last_setup_error = Some(SetupError {
                        decline,
                        payment_method: method,
                    });
                }
                None => {
                    intent.payment_method = Some(method);
                    intent.last_setup_error = None;
                }
            }
        });
        let kind = match status {
            SetupStatus::RequiresPaymentMethod => EventType::SetupIntentSetupFailed,
            SetupStatus::RequiresAction => EventType::SetupIntentRequiresAction,
            _ => EventType::SetupIntentSucceeded,
        };
        self.emit(kind, account, id);
        Applied {
            value: match decline {
                Some(decline) => SetupOutcome::Declined { intent: id, decline },
                None => SetupOutcome::Done(id),
            },
            events: self.emitted_since(first_event),
        }
    }

    /// `POST /v1/setup_intents/{id}`.
    ///
    /// Preconditions, in order (docs/behaviour.md §19): the customer, the payment method and
    /// its types change only while the SetupIntent can be confirmed; the customer; the
    /// payment method (or `payment_method_data`), the customer's if it is attached to one;
    /// `payment_method_types`; metadata. Description and metadata change in any status; a
    /// payment method given sends it to `requires_confirmation`. Stripe has no
    /// `setup_intent.updated` event.
    pub fn update_setup_intent(
        &mut self,
        id: SetupIntentId,
        update: SetupUpdate,
    ) -> Result<Applied<SetupIntentId>, Rejection> {
        let terms = update.customer.is_some()
            || update.payment_method.is_some()
            || update.payment_method_data.is_some()
            || update.payment_method_types.is_some();
        if terms {
            self.check_setup_status(id, IntentAction::Update)?;
        }
        let intent = &self.setup_intents[id.0];
        let customer = match update.customer.as_deref() {
            None => intent.customer,
            Some(text) => self.check_customer(intent.account, Some(text))?,
        };
        let method = self.choose_method(
            intent.account,
            update.payment_method.as_deref(),
            update.payment_method_data.as_ref(),
        )?;
        let kept = intent.payment_method.map(MethodChoice::Existing);
        if let Some(method) = method.as_ref().or(kept.as_ref()) {
            self.check_method_customer(method, customer, "payment_method")?;
        }
        cards_only(update.payment_method_types.as_ref())?;
        let metadata = metadata_after(&intent.metadata, update.metadata.as_ref())?;
        let method = method.map(|m| self.store_payment_method(m));
        self.change::<SetupIntent, _>(id, |intent| {
            intent.customer = customer;
            if let Some(method) = method {
                intent.payment_method = Some(method);
                intent.status = SetupStatus::RequiresConfirmation;
            }
            replace_text(&mut intent.description, update.description.as_deref());
            if let Some(metadata) = metadata {
                intent.metadata = metadata;
            }
            intent.last_setup_error = None;
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/setup_intents/{id}/cancel`. Preconditions, in order: it can still be
    /// confirmed (neither succeeded nor canceled); `cancellation_reason` one of Stripe's.
    pub fn cancel_setup_intent(
        &mut self,
        id: SetupIntentId,
        reason: Option<String>,
    ) -> Result<Applied<SetupIntentId>, Rejection> {
        self.check_setup_status(id, IntentAction::Cancel)?;
        let reason = parse_choice::<SetupCancellationReason>("cancellation_reason", reason.as_deref())?;
        let first_event = self.events.len();
        let account = self.change::<SetupIntent, _>(id, |intent| {
            intent.status = SetupStatus::Canceled;
            intent.cancellation_reason = reason;
            intent.account
        });
        self.emit(EventType::SetupIntentCanceled, account, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// The SetupIntent's `client_secret` (see [`Ledger::client_secret`]).
    pub fn setup_client_secret(&self, id: SetupIntentId) -> String {
        self.secret_of(Obj::SetupIntent(id))
    }
}
