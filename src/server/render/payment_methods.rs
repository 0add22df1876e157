//! Payment methods (`pm_…`) and customers' card sources (`card_…`, shown as Stripe's `card`
//! object).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::cards::{CARD_CHECKS, CardObject, fingerprint};
use super::wire::AddressView;
use super::wire::{Expandable, MetadataView, View, Wire};
use crate::ledger::{AsOf, BillingDetails, Kind, Obj, PaymentMethod, PaymentMethodId};
use crate::server::expand::{Expand, Shape};

impl Wire for PaymentMethod {
    type Id = PaymentMethodId;
    const SHAPE: Shape = Shape {
        object: "payment_method",
        noun: "PaymentMethod",
        expands: &[("customer", Some(Kind::Customer))],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: PaymentMethodId) -> Result<S::Ok, S::Error> {
        payment_method(s, view.at, id, view.expand)
    }
}

/// A payment method, or — a customer's card source — the `card` it is.
pub fn payment_method<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: PaymentMethodId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let p = ledger.payment_method(id);
    let text = ledger.id_of(Obj::PaymentMethod(id));
    let customer = Expandable::new(ledger, p.customer.map(Obj::Customer), "customer", expand);
    if p.source {
        return CardObject {
            card: p.card,
            id: text.as_str(),
            customer: Some(customer),
            expiry: p.expiry,
            holder: Some(&p.billing_details),
            metadata: Some(&p.metadata),
        }
        .serialize(s);
    }
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", text.as_str())?;
    m.serialize_entry("object", "payment_method")?;
    m.serialize_entry("allow_redisplay", p.allow_redisplay.as_str())?;
    m.serialize_entry("billing_details", &Billing(&p.billing_details))?;
    m.serialize_entry("card", &CardMethod(p))?;
    m.serialize_entry("created", &p.created)?;
    m.serialize_entry("customer", &customer)?;
    // An Accounts v2 customer (`acct_…` with a customer configuration): customers here are
    // v1 customers.
    m.serialize_entry("customer_account", &None::<()>)?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&p.metadata))?;
    m.serialize_entry("type", "card")?;
    m.end()
}

/// `billing_details`, as kept.
struct Billing<'a>(&'a BillingDetails);

impl Serialize for Billing<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("address", &AddressView(&b.address))?;
        m.serialize_entry("email", &b.email.as_deref())?;
        m.serialize_entry("name", &b.name.as_deref())?;
        m.serialize_entry("phone", &b.phone.as_deref())?;
        // Newer than 2024-04-10, shown in every version like the other additions; tax ids
        // are not simulated.
        m.serialize_entry("tax_id", &None::<()>)?;
        m.end()
    }
}

/// `card` of a payment method.
struct CardMethod<'a>(&'a PaymentMethod);

impl Serialize for CardMethod<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let card = self.0.card;
        let brand = card.brand.as_str();
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("brand", brand)?;
        m.serialize_entry("checks", &CARD_CHECKS)?;
        m.serialize_entry("country", card.country)?;
        m.serialize_entry("display_brand", brand)?;
        m.serialize_entry("exp_month", &self.0.expiry.month)?;
        m.serialize_entry("exp_year", &self.0.expiry.year)?;
        m.serialize_entry("fingerprint", fingerprint(card.last4, brand).as_str())?;
        m.serialize_entry("funding", card.funding)?;
        m.serialize_entry("generated_from", &None::<()>)?;
        m.serialize_entry("last4", card.last4)?;
        m.serialize_entry("networks", &Networks(brand))?;
        m.serialize_entry("regulated_status", &None::<()>)?;
        m.serialize_entry("three_d_secure_usage", &ThreeDSecure)?;
        m.serialize_entry("wallet", &None::<()>)?;
        m.end()
    }
}

struct Networks(&'static str);

impl Serialize for Networks {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("available", &[self.0])?;
        m.serialize_entry("preferred", &None::<()>)?;
        m.end()
    }
}

struct ThreeDSecure;

impl Serialize for ThreeDSecure {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("supported", &true)?;
        m.end()
    }
}
