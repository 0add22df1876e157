//! Customers, as far as payments need them (create, update, delete; `customer=` on
//! charges and PaymentIntents), with the cards saved to them as their defaults.

use super::payment_methods::MethodChoice;
use super::requirements::{AddressParams, apply_address};
use super::shipping::{ShippingInput, shipping_after};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The parameters of `POST /v1/customers`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CustomerParams {
    pub email: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub phone: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    /// `address[...]`; `Some(None)` for `address=`, which clears it.
    pub address: Option<Option<AddressParams>>,
    pub shipping: Option<ShippingInput>,
    /// `preferred_locales[]`, replacing the list.
    pub preferred_locales: Option<Vec<String>>,
    /// `invoice_settings[default_payment_method]`: one of its attached payment methods (an
    /// empty string clears it).
    pub default_payment_method: Option<String>,
    /// `default_source`: one of its card sources.
    pub default_source: Option<String>,
    /// `payment_method` (on creation only): a payment method to attach to the new customer.
    pub payment_method: Option<String>,
    /// `test_clock`: the platform's clock to create the customer on (creation only).
    pub test_clock: Option<String>,
    pub tax_exempt: Option<String>,
    pub invoice_prefix: Option<String>,
}

/// `tax_exempt` and `invoice_prefix`, checked as Stripe checks them: one of its three tax
/// statuses; 3 to 12 uppercase letters or digits.
fn check_tax_and_prefix(params: &CustomerParams) -> Result<(), Rejection> {
    if let Some(value) = params.tax_exempt.as_deref().filter(|v| !v.is_empty())
        && !["none", "exempt", "reverse"].contains(&value)
    {
        return Err(Rejection::InvalidChoice {
            param: "tax_exempt".into(),
            value: value.to_owned(),
            choices: &["none", "exempt", "reverse"],
        });
    }
    if let Some(value) = params.invoice_prefix.as_deref().filter(|v| !v.is_empty())
        && !((3..=12).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
    {
        return Err(Rejection::InvalidInvoicePrefix {
            value: value.to_owned(),
        });
    }
    Ok(())
}

/// The parameters of `POST /v1/customers/{id}`: each given field replaces the stored one
/// (an empty string clears it).
pub type CustomerUpdate = CustomerParams;

impl Ledger {
    /// `POST /v1/customers`, acting as `actor`.
    ///
    /// Preconditions, in order (docs/behaviour.md §13, §19): metadata; the `payment_method` to
    /// attach exists, was not detached and is attached to nobody, and passes the check of a
    /// saved card; `invoice_settings[default_payment_method]` is that payment method;
    /// `default_source` is not given (a new customer has no sources).
    pub fn create_customer(
        &mut self,
        actor: AccountId,
        params: CustomerParams,
    ) -> Result<Applied<CustomerId>, Rejection> {
        let metadata = new_metadata(params.metadata.as_ref())?;
        check_email("email", params.email.as_deref())?;
        check_tax_and_prefix(&params)?;
        let shipping = shipping_after(None, params.shipping.as_ref())?;
        let method = match params.payment_method.as_deref().filter(|m| !m.is_empty()) {
            None => None,
            Some(text) => {
                let choice = self.choose_payment_method(actor, text, "payment_method")?;
                if let MethodChoice::Existing(existing) = choice
                    && self.payment_methods[existing.0].customer.is_some()
                {
                    return Err(Rejection::PaymentMethodAttached {
                        method: text.to_owned(),
                    });
                }
                if let Some(decline) = self.card_of(&choice).setup_decline() {
                    return Err(Rejection::CardDeclinedOnSave { decline });
                }
                Some((text, choice))
            }
        };
        // A new customer's only payment method is the one it is made with.
        let default = match params.default_payment_method.as_deref().filter(|d| !d.is_empty()) {
            None => false,
            Some(text) if method.as_ref().is_some_and(|(m, _)| *m == text) => true,
            Some(text) => {
                return Err(Rejection::NotTheCustomers {
                    method: text.to_owned(),
                    customer: None,
                    param: "invoice_settings[default_payment_method]",
                });
            }
        };
        if let Some(source) = params.default_source.as_deref().filter(|s| !s.is_empty()) {
            return Err(Rejection::NotTheCustomers {
                method: source.to_owned(),
                customer: None,
                param: "default_source",
            });
        }
        let test_clock = match params.test_clock.as_deref() {
            None => None,
            Some(id) => Some(
                self.find::<TestClock>(actor, id)
                    .filter(|c| !self.test_clock(*c).deleted)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::TestClock),
                        id: id.to_owned(),
                        param: "test_clock",
                    })?,
            ),
        };
        let first_event = self.events.len();
        let id = self.store(Customer {
            account: actor,
            created: self.now,
            email: non_empty(params.email),
            name: non_empty(params.name),
            description: non_empty(params.description),
            phone: non_empty(params.phone),
            metadata,
            deleted: false,
            address: address_after(None, params.address.as_ref()),
            shipping,
            preferred_locales: locales(params.preferred_locales).unwrap_or_default(),
            tax_exempt: non_empty(params.tax_exempt),
            invoice_prefix: non_empty(params.invoice_prefix),
            default_payment_method: None,
            default_source: None,
            test_clock,
        });
        self.books[actor.index()].indexes.customers.push(id);
        self.emit(EventType::CustomerCreated, actor, id);
        if let Some((_, choice)) = method {
            let method = self.store_payment_method(choice);
            self.attach_to(method, id);
            if default {
                // Part of the creation: the customer is made with it, as Stripe shows it.
                self.change::<Customer, _>(id, |c| c.default_payment_method = Some(method));
            }
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/customers/{id}` (the customer must not be deleted: the caller finds it).
    ///
    /// Preconditions, in order (docs/behaviour.md §13, §19): `payment_method` is for creation
    /// only; metadata; `invoice_settings[default_payment_method]` one of its attached payment
    /// methods; `default_source` one of its card sources.
    pub fn update_customer(
        &mut self,
        id: CustomerId,
        update: CustomerUpdate,
    ) -> Result<Applied<CustomerId>, Rejection> {
        if update.payment_method.is_some() {
            return Err(Rejection::UnknownParameter {
                param: "payment_method".into(),
            });
        }
        let metadata = metadata_after(&self.customers[id.0].metadata, update.metadata.as_ref())?;
        check_email("email", update.email.as_deref())?;
        check_tax_and_prefix(&update)?;
        let shipping = shipping_after(self.customers[id.0].shipping.as_ref(), update.shipping.as_ref())?;
        let default_payment_method = self.customers_own(
            id,
            update.default_payment_method.as_deref(),
            false,
            "invoice_settings[default_payment_method]",
        )?;
        let default_source = self.customers_own(id, update.default_source.as_deref(), true, "default_source")?;
        let first_event = self.events.len();
        let before = self.version;
        let account = self.change::<Customer, _>(id, |customer| {
            customer.address = address_after(customer.address.as_ref(), update.address.as_ref());
            customer.shipping = shipping;
            if let Some(locales) = locales(update.preferred_locales) {
                customer.preferred_locales = locales;
            }
            replace_text(&mut customer.email, update.email.as_deref());
            replace_text(&mut customer.name, update.name.as_deref());
            replace_text(&mut customer.description, update.description.as_deref());
            replace_text(&mut customer.phone, update.phone.as_deref());
            replace_text(&mut customer.tax_exempt, update.tax_exempt.as_deref());
            replace_text(&mut customer.invoice_prefix, update.invoice_prefix.as_deref());
            if let Some(metadata) = metadata {
                customer.metadata = metadata;
            }
            if let Some(method) = default_payment_method {
                customer.default_payment_method = method;
            }
            if let Some(source) = default_source {
                customer.default_source = source;
            }
            customer.account
        });
        self.emit_updated(EventType::CustomerUpdated, account, id, before);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `DELETE /v1/customers/{id}`: the customer is kept, marked deleted, so what names it
    /// still renders; it can no longer be used or changed.
    pub fn delete_customer(&mut self, id: CustomerId) -> Result<Applied<CustomerId>, Rejection> {
        let first_event = self.events.len();
        let account = self.change::<Customer, _>(id, |customer| {
            customer.deleted = true;
            customer.account
        });
        self.emit(EventType::CustomerDeleted, account, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// What a customer's default payment method (`source` false) or default source may be
    /// set to: `None` when not given, `Some(None)` to clear it, else one of its own that is
    /// attached to it.
    fn customers_own(
        &self,
        customer: CustomerId,
        text: Option<&str>,
        source: bool,
        param: &'static str,
    ) -> Result<Option<Option<PaymentMethodId>>, Rejection> {
        let Some(text) = text else {
            return Ok(None);
        };
        if text.is_empty() {
            return Ok(Some(None));
        }
        let account = self.customers[customer.0].account;
        self.find::<PaymentMethod>(account, text)
            .filter(|m| {
                let method = &self.payment_methods[m.0];
                method.customer == Some(customer) && method.source == source
            })
            .map(|m| Some(Some(m)))
            .ok_or_else(|| Rejection::NotTheCustomers {
                method: text.to_owned(),
                customer: Some(self.id_of(Obj::Customer(customer)).to_string()),
                param,
            })
    }

    /// The customer `id` names for `actor`, deleted or not (retrieving a deleted customer
    /// shows it as deleted).
    pub fn find_customer(&self, actor: AccountId, id: &str) -> Option<CustomerId> {
        self.find::<Customer>(actor, id)
    }
}

/// A customer's `address` after a request: kept, cleared (`address=`), or updated field by
/// field.
fn address_after(current: Option<&Address>, given: Option<&Option<AddressParams>>) -> Option<Address> {
    match given {
        None => current.cloned(),
        Some(None) => None,
        Some(Some(params)) => {
            let mut address = current.cloned().unwrap_or_default();
            apply_address(&mut address, params);
            Some(address)
        }
    }
}

/// `preferred_locales[]` as stored.
fn locales(given: Option<Vec<String>>) -> Option<Vec<Box<str>>> {
    given.map(|list| {
        list.into_iter()
            .filter(|l| !l.is_empty())
            .map(String::into_boxed_str)
            .collect()
    })
}
