//! Payment methods and customers' card sources: made from Stripe's test payment methods
//! (`pm_card_visa`), test tokens (`tok_visa`) and test card numbers, attached to customers
//! (saved) and detached, updated, and chosen by the payments and SetupIntents that use them
//! (docs/behaviour.md §19).
//!
//! A payment method named by a request is a [`MethodChoice`]: one the account has, or a new
//! one that is stored only once the operation can no longer be refused. Saving a card checks
//! it as Stripe does ([`Card::setup_decline`]); no money moves here.

use super::tokens::{BillingDetailsParams, apply_billing_details};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// Where a new card's details come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardParams {
    /// `card[token]`: one of Stripe's test tokens (`tok_visa`).
    Token(String),
    /// `card[number]` with its expiry: one of Stripe's test card numbers. Only a publishable
    /// key's client sends these (the server checks that); the CVC is not kept.
    Number {
        number: String,
        exp_month: Input<i64>,
        exp_year: Input<i64>,
    },
}

/// The parameters of `POST /v1/payment_methods`, and of `payment_method_data` on a payment
/// or a SetupIntent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentMethodParams {
    /// `type`: only `card` is simulated.
    pub kind: Option<String>,
    pub card: Option<CardParams>,
    pub billing_details: Option<BillingDetailsParams>,
    pub metadata: Option<MetadataUpdate>,
    pub allow_redisplay: Option<String>,
}

/// The parameters of `POST /v1/payment_methods/{id}`, and of a card source's update.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentMethodUpdate {
    pub billing_details: Option<BillingDetailsParams>,
    pub metadata: Option<MetadataUpdate>,
    pub allow_redisplay: Option<String>,
    /// `card[exp_month]` (a card source's `exp_month`).
    pub exp_month: Input<i64>,
    pub exp_year: Input<i64>,
}

/// The parameters of `POST /v1/customers/{id}/sources`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardSourceParams {
    /// A test token (`tok_visa`).
    pub source: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// The payment method a request names: one the account has, or a new one (from a test
/// payment method, or `payment_method_data`) to be stored once nothing can refuse, with the
/// token it was made from (used up then).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MethodChoice {
    New(Box<PaymentMethod>, Option<TokenId>),
    Existing(PaymentMethodId),
}

impl Ledger {
    /// The payment method `text` names for `actor` (as `param`): a test payment method
    /// (`pm_card_visa` and its kin), made new, or a payment method or card source of the
    /// account that was not detached.
    pub(crate) fn choose_payment_method(
        &self,
        actor: AccountId,
        text: &str,
        param: &'static str,
    ) -> Result<MethodChoice, Rejection> {
        if let Some(card) = card_for_token(text).filter(|_| text.starts_with("pm_card_")) {
            return Ok(MethodChoice::New(
                Box::new(PaymentMethod::new(actor, card, self.now)),
                None,
            ));
        }
        let id = self
            .find::<PaymentMethod>(actor, text)
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(Kind::PaymentMethod),
                id: text.to_owned(),
                param,
            })?;
        if self.payment_methods[id.0].detached {
            return Err(Rejection::PaymentMethodDetached {
                method: text.to_owned(),
                param,
            });
        }
        Ok(MethodChoice::Existing(id))
    }

    /// The payment method a request gives by id (`payment_method`) or describes
    /// (`payment_method_data`), if either; never both.
    pub(crate) fn choose_method(
        &self,
        actor: AccountId,
        text: Option<&str>,
        data: Option<&PaymentMethodParams>,
    ) -> Result<Option<MethodChoice>, Rejection> {
        match (text.filter(|t| !t.is_empty()), data) {
            (Some(_), Some(_)) => Err(Rejection::PaymentMethodAndData),
            (Some(text), None) => self.choose_payment_method(actor, text, "payment_method").map(Some),
            (None, Some(data)) => self
                .new_payment_method(actor, data, "payment_method_data")
                .map(|(m, token)| Some(MethodChoice::New(Box::new(m), token))),
            (None, None) => Ok(None),
        }
    }

    /// [`Ledger::choose_method`] for a payment or SetupIntent of `customer`: a payment method
    /// attached to a customer pays for that customer only.
    pub(crate) fn choose_method_for(
        &self,
        actor: AccountId,
        text: Option<&str>,
        data: Option<&PaymentMethodParams>,
        customer: Option<CustomerId>,
    ) -> Result<Option<MethodChoice>, Rejection> {
        let method = self.choose_method(actor, text, data)?;
        if let Some(method) = &method {
            self.check_method_customer(method, customer, "payment_method")?;
        }
        Ok(method)
    }

    /// A payment method of `actor` described by `params` (`prefix` names them in errors),
    /// checked and not yet stored, with the token it is made from.
    fn new_payment_method(
        &self,
        actor: AccountId,
        params: &PaymentMethodParams,
        prefix: &'static str,
    ) -> Result<(PaymentMethod, Option<TokenId>), Rejection> {
        let type_param = if prefix.is_empty() {
            "type"
        } else {
            "payment_method_data[type]"
        };
        match params.kind.as_deref() {
            None => return Err(Rejection::ParameterMissing { param: type_param }),
            Some("card") => {}
            Some(_) => {
                return Err(Rejection::Unsimulated {
                    param: type_param,
                    feature: Feature::PaymentMethodTypes,
                });
            }
        }
        let card_param = if prefix.is_empty() {
            "card"
        } else {
            "payment_method_data[card]"
        };
        let token_param = if prefix.is_empty() {
            "card[token]"
        } else {
            "payment_method_data[card][token]"
        };
        let (card, expiry, holder, token) = match &params.card {
            None => return Err(Rejection::ParameterMissing { param: card_param }),
            Some(CardParams::Token(token)) => {
                let tokenized = match token.starts_with("tok_") {
                    true => self.tokenized(actor, token, token_param)?,
                    false => None,
                };
                let t = tokenized.ok_or_else(|| Rejection::NoSuchObject {
                    noun: Noun::Token,
                    id: token.clone(),
                    param: token_param,
                })?;
                (t.card, t.expiry, t.holder, t.token)
            }
            Some(CardParams::Number {
                number,
                exp_month,
                exp_year,
            }) => {
                let card = card_for_number(number).ok_or(Rejection::IncorrectCardNumber)?;
                if exp_month.is_missing() {
                    return Err(Rejection::ParameterMissing {
                        param: if prefix.is_empty() {
                            "card[exp_month]"
                        } else {
                            "payment_method_data[card][exp_month]"
                        },
                    });
                }
                if exp_year.is_missing() {
                    return Err(Rejection::ParameterMissing {
                        param: if prefix.is_empty() {
                            "card[exp_year]"
                        } else {
                            "payment_method_data[card][exp_year]"
                        },
                    });
                }
                let expiry = self.check_expiry(exp_month, exp_year, TEST_CARD_EXPIRY)?;
                (card, expiry, BillingDetails::default(), None)
            }
        };
        let allow_redisplay = parse_choice::<AllowRedisplay>(
            if prefix.is_empty() {
                "allow_redisplay"
            } else {
                "payment_method_data[allow_redisplay]"
            },
            params.allow_redisplay.as_deref(),
        )?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        let mut method = PaymentMethod::new(actor, card, self.now);
        method.expiry = expiry;
        method.metadata = metadata;
        method.allow_redisplay = allow_redisplay.unwrap_or(AllowRedisplay::Unspecified);
        // A token's holder is the card's, unless the request says otherwise.
        method.billing_details = holder;
        if let Some(details) = &params.billing_details {
            apply_billing_details(&mut method.billing_details, details);
        }
        Ok((method, token))
    }

    /// A payment method attached to a customer pays only for that customer: `customer` is
    /// the payment's (or SetupIntent's).
    pub(crate) fn check_method_customer(
        &self,
        choice: &MethodChoice,
        customer: Option<CustomerId>,
        param: &'static str,
    ) -> Result<(), Rejection> {
        let MethodChoice::Existing(id) = choice else {
            return Ok(());
        };
        match self.payment_methods[id.0].customer {
            Some(owner) if Some(owner) != customer => Err(Rejection::PaymentMethodOfAnotherCustomer {
                method: self.id_of(Obj::PaymentMethod(*id)).to_string(),
                customer: customer.map(|c| self.id_of(Obj::Customer(c)).to_string()),
                param,
            }),
            _ => Ok(()),
        }
    }

    /// The card a chosen payment method is.
    pub(crate) fn card_of(&self, choice: &MethodChoice) -> Card {
        match choice {
            MethodChoice::New(method, _) => method.card,
            MethodChoice::Existing(id) => self.payment_methods[id.0].card,
        }
    }

    /// Stores a chosen new payment method, using up its token (once the operation can no
    /// longer be refused); an existing one is returned as it is.
    pub(crate) fn store_payment_method(&mut self, choice: MethodChoice) -> PaymentMethodId {
        match choice {
            MethodChoice::Existing(id) => id,
            MethodChoice::New(method, token) => {
                let account = method.account;
                let id = self.store(*method);
                self.books[account.index()].indexes.payment_methods.push(id);
                self.use_token(token);
                id
            }
        }
    }

    /// Saves payment method `id` to `customer`, with `payment_method.attached`.
    pub(crate) fn attach_to(&mut self, id: PaymentMethodId, customer: CustomerId) {
        let account = self.change::<PaymentMethod, _>(id, |method| {
            debug_assert!(method.customer.is_none() && !method.detached);
            method.customer = Some(customer);
            method.account
        });
        self.emit(EventType::PaymentMethodAttached, account, id);
    }

    /// `POST /v1/payment_methods`, acting as `actor`.
    ///
    /// Preconditions, in order (docs/behaviour.md §19): `type` given and `card`; the card's
    /// details (a test token, or a test number with its expiry); `allow_redisplay`; metadata.
    pub fn create_payment_method(
        &mut self,
        actor: AccountId,
        params: PaymentMethodParams,
    ) -> Result<Applied<PaymentMethodId>, Rejection> {
        let (method, token) = self.new_payment_method(actor, &params, "")?;
        let id = self.store_payment_method(MethodChoice::New(Box::new(method), token));
        // Stripe records no event for a new payment method.
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/payment_methods/{id}` (a payment method, or a card source through its
    /// customer's sources).
    ///
    /// Preconditions, in order: it was not detached; it is saved to a customer; the expiry;
    /// `allow_redisplay`; metadata.
    pub fn update_payment_method(
        &mut self,
        id: PaymentMethodId,
        update: PaymentMethodUpdate,
    ) -> Result<Applied<PaymentMethodId>, Rejection> {
        let method = &self.payment_methods[id.0];
        let text = self.id_of(Obj::PaymentMethod(id)).to_string();
        if method.detached {
            return Err(Rejection::PaymentMethodDetached {
                method: text,
                param: "payment_method",
            });
        }
        if method.customer.is_none() {
            return Err(Rejection::PaymentMethodNotSaved { method: text });
        }
        let expiry = self.check_expiry(&update.exp_month, &update.exp_year, method.expiry)?;
        let allow_redisplay = parse_choice::<AllowRedisplay>("allow_redisplay", update.allow_redisplay.as_deref())?;
        let metadata = metadata_after(&method.metadata, update.metadata.as_ref())?;
        let first_event = self.events.len();
        let before = self.version;
        let (account, source) = self.change::<PaymentMethod, _>(id, |method| {
            method.expiry = expiry;
            if let Some(allow) = allow_redisplay {
                method.allow_redisplay = allow;
            }
            if let Some(metadata) = metadata {
                method.metadata = metadata;
            }
            if let Some(details) = &update.billing_details {
                apply_billing_details(&mut method.billing_details, details);
            }
            (method.account, method.source)
        });
        let kind = if source {
            EventType::CustomerSourceUpdated
        } else {
            EventType::PaymentMethodUpdated
        };
        self.emit_updated(kind, account, id, before);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payment_methods/{id}/attach`, acting as `actor`: `id` is a payment method of
    /// the account or a test payment method (`pm_card_visa`, made new).
    ///
    /// Preconditions, in order (docs/behaviour.md §19): the payment method exists (404); it
    /// was not detached; `customer` given and one of the account's; the payment method is
    /// attached to nobody; the card passes the check Stripe makes when saving one (402).
    pub fn attach_payment_method(
        &mut self,
        actor: AccountId,
        id: &str,
        customer: Option<&str>,
    ) -> Result<Applied<PaymentMethodId>, Rejection> {
        let choice = self
            .choose_payment_method(actor, id, "payment_method")
            .map_err(|r| match r {
                Rejection::NoSuchObject { noun, id, .. } => Rejection::NotFound { noun, id },
                other => other,
            })?;
        let customer = self
            .check_customer(
                actor,
                Some(customer.ok_or(Rejection::ParameterMissing { param: "customer" })?),
            )?
            .ok_or(Rejection::ParameterMissing { param: "customer" })?;
        if let MethodChoice::Existing(existing) = choice
            && self.payment_methods[existing.0].customer.is_some()
        {
            return Err(Rejection::PaymentMethodAttached { method: id.to_owned() });
        }
        if let Some(decline) = self.card_of(&choice).setup_decline() {
            return Err(Rejection::CardDeclinedOnSave { decline });
        }
        let first_event = self.events.len();
        let method = self.store_payment_method(choice);
        self.attach_to(method, customer);
        Ok(Applied {
            value: method,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payment_methods/{id}/detach`: it is saved no more, and can be neither used
    /// nor attached again. A customer whose default it was has none after it.
    ///
    /// Preconditions: it is attached to a customer.
    pub fn detach_payment_method(&mut self, id: PaymentMethodId) -> Result<Applied<PaymentMethodId>, Rejection> {
        let Some(customer) = self.payment_methods[id.0].customer else {
            return Err(Rejection::PaymentMethodNotAttached {
                method: self.id_of(Obj::PaymentMethod(id)).to_string(),
            });
        };
        let first_event = self.events.len();
        let account = self.change::<PaymentMethod, _>(id, |method| {
            method.customer = None;
            method.detached = true;
            method.account
        });
        self.emit(EventType::PaymentMethodDetached, account, id);
        let held = self.customers[customer.0].default_payment_method == Some(id)
            || self.customers[customer.0].default_source == Some(id);
        if held {
            let before = self.version;
            self.change::<Customer, _>(customer, |c| {
                if c.default_payment_method == Some(id) {
                    c.default_payment_method = None;
                }
                if c.default_source == Some(id) {
                    c.default_source = None;
                }
            });
            self.emit_updated(EventType::CustomerUpdated, account, customer, before);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/customers/{id}/sources`: a card, from a test token, saved to `customer` as
    /// a source (`card_…`); the customer's first becomes its `default_source`.
    ///
    /// Preconditions, in order (docs/behaviour.md §19): `source` given; a test card token
    /// (bank account tokens are not simulated); metadata; the card passes the check Stripe
    /// makes when saving one (402).
    pub fn create_card_source(
        &mut self,
        customer: CustomerId,
        params: CardSourceParams,
    ) -> Result<Applied<PaymentMethodId>, Rejection> {
        let token = params.source.ok_or(Rejection::ParameterMissing { param: "source" })?;
        if token.starts_with("btok_") {
            return Err(Rejection::Unsimulated {
                param: "source",
                feature: Feature::BankAccountSources,
            });
        }
        let account = self.customers[customer.0].account;
        let tokenized = match token.starts_with("tok_") {
            true => self.tokenized(account, &token, "source")?,
            false => None,
        };
        let t = tokenized.ok_or_else(|| Rejection::NoSuchObject {
            noun: Noun::Source,
            id: token.clone(),
            param: "source",
        })?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        if let Some(decline) = t.card.setup_decline() {
            return Err(Rejection::CardDeclinedOnSave { decline });
        }
        let first_event = self.events.len();
        let mut source = PaymentMethod::new(account, t.card, self.now);
        source.customer = Some(customer);
        source.metadata = metadata;
        source.source = true;
        source.expiry = t.expiry;
        source.billing_details = t.holder;
        let id = self.store_payment_method(MethodChoice::New(Box::new(source), t.token));
        self.emit(EventType::CustomerSourceCreated, account, id);
        if self.customers[customer.0].default_source.is_none() {
            let before = self.version;
            self.change::<Customer, _>(customer, |c| c.default_source = Some(id));
            self.emit_updated(EventType::CustomerUpdated, account, customer, before);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }
}
