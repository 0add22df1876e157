//! Customers (`cus_…`): the fields payments need, and Stripe's stub for a deleted one.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{AddressView, Expandable, MetadataView, ShippingView, View, Wire};
use crate::ledger::{AsOf, Customer, CustomerId, Kind, Obj};
use crate::server::expand::{Expand, NONE, Shape};

impl Wire for Customer {
    type Id = CustomerId;
    const SHAPE: Shape = Shape {
        object: "customer",
        noun: "customer",
        expands: &[
            ("cash_balance", None),
            ("default_source", Some(Kind::PaymentMethod)),
            ("invoice_credit_balance", None),
            ("invoice_settings", None),
            ("sources", None),
            ("subscriptions", None),
            ("tax", None),
            ("tax_ids", None),
            ("test_clock", Some(Kind::TestClock)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: CustomerId) -> Result<S::Ok, S::Error> {
        customer(s, view.at, id, view.expand)
    }
}

/// A customer; one deleted since shows, now, as Stripe's `{id, object, deleted: true}`
/// (an event still shows it as it was when the event happened).
pub fn customer<S: Serializer>(s: S, ledger: AsOf<'_>, id: CustomerId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let c = ledger.customer(id);
    let customer_id = ledger.id_of(Obj::Customer(id));
    if c.deleted && ledger.is_now() {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("id", customer_id.as_str())?;
        m.serialize_entry("object", "customer")?;
        m.serialize_entry("deleted", &true)?;
        return m.end();
    }
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", customer_id.as_str())?;
    m.serialize_entry("object", "customer")?;
    m.serialize_entry("address", &c.address.as_ref().map(AddressView))?;
    m.serialize_entry("balance", &0)?;
    m.serialize_entry("created", &c.created)?;
    m.serialize_entry("currency", &None::<()>)?;
    m.serialize_entry(
        "default_source",
        &Expandable::new(
            ledger,
            c.default_source.map(Obj::PaymentMethod),
            "default_source",
            expand,
        ),
    )?;
    m.serialize_entry("delinquent", &false)?;
    m.serialize_entry("description", &c.description.as_deref())?;
    m.serialize_entry("discount", &None::<()>)?;
    m.serialize_entry("email", &c.email.as_deref())?;
    m.serialize_entry("invoice_prefix", &c.invoice_prefix.as_deref())?;
    m.serialize_entry(
        "invoice_settings",
        &InvoiceSettings(Expandable::new(
            ledger,
            c.default_payment_method.map(Obj::PaymentMethod),
            "default_payment_method",
            expand.get("invoice_settings").unwrap_or(&NONE),
        )),
    )?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&c.metadata))?;
    m.serialize_entry("name", &c.name.as_deref())?;
    m.serialize_entry("phone", &c.phone.as_deref())?;
    m.serialize_entry("preferred_locales", &c.preferred_locales)?;
    m.serialize_entry("shipping", &ShippingView(c.shipping.as_ref()))?;
    m.serialize_entry("tax_exempt", c.tax_exempt.as_deref().unwrap_or("none"))?;
    let clock = c.test_clock.map(Obj::TestClock);
    m.serialize_entry("test_clock", &Expandable::new(ledger, clock, "test_clock", expand))?;
    m.end()
}

/// `invoice_settings`: Billing is not simulated, so all of it is empty but the default
/// payment method (expandable as `invoice_settings.default_payment_method`).
struct InvoiceSettings<'a>(Expandable<'a>);

impl Serialize for InvoiceSettings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("custom_fields", &None::<()>)?;
        m.serialize_entry("default_payment_method", &self.0)?;
        m.serialize_entry("footer", &None::<()>)?;
        m.serialize_entry("rendering_options", &None::<()>)?;
        m.end()
    }
}
