//! Customers, as far as payments need them (create, update, delete; `customer=` on
//! charges and PaymentIntents), and the payment methods PaymentIntents pay with.

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

/// The payment method a request names: one of Stripe's test payment methods, to be made
/// into a `pm_…` of the account, or one the account already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MethodChoice {
    New(Card),
    Existing(PaymentMethodId),
}

impl Ledger {
    /// `POST /v1/customers`, acting as `actor`.
    pub fn create_customer(
        &mut self,
        actor: AccountId,
        params: CustomerParams,
    ) -> Result<Applied<CustomerId>, Rejection> {
        let metadata = new_metadata(params.metadata.as_ref())?;
        check_email("email", params.email.as_deref())?;
        check_tax_and_prefix(&params)?;
        let shipping = shipping_after(None, params.shipping.as_ref())?;
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
        });
        self.books[actor.index()].indexes.customers.push(id);
        self.emit(EventType::CustomerCreated, actor, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/customers/{id}` (the customer must not be deleted: the caller finds it).
    pub fn update_customer(
        &mut self,
        id: CustomerId,
        update: CustomerUpdate,
    ) -> Result<Applied<CustomerId>, Rejection> {
        let metadata = metadata_after(&self.customers[id.0].metadata, update.metadata.as_ref())?;
        check_email("email", update.email.as_deref())?;
        check_tax_and_prefix(&update)?;
        let shipping = shipping_after(self.customers[id.0].shipping.as_ref(), update.shipping.as_ref())?;
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

    /// The customer `id` names for `actor`, deleted or not (retrieving a deleted customer
    /// shows it as deleted).
    pub fn find_customer(&self, actor: AccountId, id: &str) -> Option<CustomerId> {
        self.find::<Customer>(actor, id)
    }

    /// The payment method `text` names for `actor`: a test payment method (`pm_card_visa`
    /// and its kin), or a `pm_…` the account has.
    pub(crate) fn choose_payment_method(&self, actor: AccountId, text: &str) -> Result<MethodChoice, Rejection> {
        if let Some(card) = card_for_token(text).filter(|_| text.starts_with("pm_card_")) {
            return Ok(MethodChoice::New(card));
        }
        self.find::<PaymentMethod>(actor, text)
            .map(MethodChoice::Existing)
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(Kind::PaymentMethod),
                id: text.to_owned(),
                param: "payment_method",
            })
    }

    /// The card a chosen payment method is.
    pub(crate) fn card_of(&self, choice: MethodChoice) -> Card {
        match choice {
            MethodChoice::New(card) => card,
            MethodChoice::Existing(id) => self.payment_methods[id.0].card,
        }
    }

    /// Makes a chosen test payment method into a `pm_…` of `actor` (once the operation can
    /// no longer be refused); an existing one is returned as it is.
    pub(crate) fn store_payment_method(
        &mut self,
        actor: AccountId,
        choice: MethodChoice,
        customer: Option<CustomerId>,
    ) -> PaymentMethodId {
        match choice {
            MethodChoice::Existing(id) => id,
            MethodChoice::New(card) => self.store(PaymentMethod {
                account: actor,
                card,
                created: self.now,
                customer,
            }),
        }
    }

    /// The id the next payment method will have (for ids an operation predicts).
    pub(crate) fn next_payment_method(&self) -> PaymentMethodId {
        PaymentMethodId(self.payment_methods.next_index())
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
