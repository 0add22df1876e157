//! PaymentIntents (`pi_…`).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{Expandable, MetadataView, ShippingView, View, Wire, application_id};
use crate::ledger::{
    AsOf, AutomaticPaymentMethods, IntentStatus, Kind, Obj, PaymentError, PaymentIntent, PaymentIntentId,
};
use crate::server::error::ApiError;
use crate::server::expand::Shape;
use crate::server::expand::{Expand, NONE};
use crate::server::version::{ApiVersion, rendering};

impl Wire for PaymentIntent {
    type Id = PaymentIntentId;
    const SHAPE: Shape = Shape {
        object: "payment_intent",
        noun: "payment_intent",
        expands: &[
            ("application", None),
            ("customer", Some(Kind::Customer)),
            ("invoice", None),
            ("latest_charge", Some(Kind::Charge)),
            ("on_behalf_of", Some(Kind::Account)),
            ("payment_method", Some(Kind::PaymentMethod)),
            ("review", None),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: PaymentIntentId) -> Result<S::Ok, S::Error> {
        payment_intent(s, view.at, id, view.expand)
    }
}

pub fn payment_intent<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: PaymentIntentId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let p = ledger.payment_intent(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::PaymentIntent(id)).as_str())?;
    m.serialize_entry("object", "payment_intent")?;
    m.serialize_entry("amount", &p.amount.minor_units())?;
    m.serialize_entry("amount_capturable", &ledger.amount_capturable(id).minor_units())?;
    m.serialize_entry("amount_details", &Tip)?;
    m.serialize_entry("amount_received", &ledger.amount_received(id).minor_units())?;
    m.serialize_entry("application", &application(ledger, p.account).as_deref())?;
    m.serialize_entry(
        "application_fee_amount",
        &p.application_fee_amount.map(|a| a.minor_units()),
    )?;
    m.serialize_entry("automatic_payment_methods", &Automatic::of(p.automatic_payment_methods))?;
    m.serialize_entry("canceled_at", &p.canceled_at)?;
    m.serialize_entry("cancellation_reason", &p.cancellation_reason.map(|r| r.as_str()))?;
    m.serialize_entry("capture_method", p.capture_method.as_str())?;
    m.serialize_entry("client_secret", &ledger.ledger().client_secret(id))?;
    m.serialize_entry("confirmation_method", p.confirmation_method.as_str())?;
    m.serialize_entry("created", &p.created)?;
    m.serialize_entry("currency", p.currency.as_str())?;
    m.serialize_entry("customer", &field(p.customer.map(Obj::Customer), "customer"))?;
    m.serialize_entry("description", &p.description.as_deref())?;
    if !rendering().at_least(ApiVersion::INVOICE_REMOVED) {
        m.serialize_entry("invoice", &None::<()>)?;
    }
    m.serialize_entry(
        "last_payment_error",
        &p.last_payment_error.map(|error| LastError(ledger, error)),
    )?;
    m.serialize_entry(
        "latest_charge",
        &field(p.latest_charge.map(Obj::Charge), "latest_charge"),
    )?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&p.metadata))?;
    m.serialize_entry(
        "next_action",
        &(p.status == IntentStatus::RequiresAction).then_some(NextAction),
    )?;
    m.serialize_entry("on_behalf_of", &field(p.on_behalf_of.map(Obj::Account), "on_behalf_of"))?;
    m.serialize_entry(
        "payment_method",
        &field(p.payment_method.map(Obj::PaymentMethod), "payment_method"),
    )?;
    m.serialize_entry("payment_method_configuration_details", &None::<()>)?;
    m.serialize_entry("payment_method_options", &serde_json::Map::new())?;
    m.serialize_entry("payment_method_types", &["card"])?;
    m.serialize_entry("processing", &None::<()>)?;
    m.serialize_entry("receipt_email", &p.receipt_email.as_deref())?;
    m.serialize_entry("review", &None::<()>)?;
    m.serialize_entry("setup_future_usage", &p.setup_future_usage.map(|u| u.as_str()))?;
    m.serialize_entry("shipping", &ShippingView(p.shipping.as_ref()))?;
    m.serialize_entry("source", &None::<()>)?;
    m.serialize_entry("statement_descriptor", &p.statement_descriptor.as_deref())?;
    m.serialize_entry("statement_descriptor_suffix", &p.statement_descriptor_suffix.as_deref())?;
    m.serialize_entry("status", p.status.as_str())?;
    m.serialize_entry(
        "transfer_data",
        &p.transfer_data
            .map(|t| TransferData(ledger, t.amount.map(|a| a.minor_units()), t.destination)),
    )?;
    m.serialize_entry("transfer_group", &p.transfer_group.as_deref())?;
    m.end()
}

/// `amount_details`: no tip.
struct Tip;

impl Serialize for Tip {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("tip", &serde_json::Map::new())?;
        m.end()
    }
}

/// The `application` of an intent made on `account`: a direct one (on a connected account)
/// was made by the platform's application (a SetupIntent's is the same).
pub(super) fn application(ledger: AsOf<'_>, account: crate::ledger::AccountId) -> Option<String> {
    (!account.is_platform()).then(|| application_id(ledger))
}

/// `automatic_payment_methods` when enabled (a SetupIntent shows it the same way).
pub(super) struct Automatic(&'static str);

impl Automatic {
    pub(super) fn of(given: AutomaticPaymentMethods) -> Option<Automatic> {
        match given {
            AutomaticPaymentMethods::Disabled => None,
            AutomaticPaymentMethods::Enabled => Some(Automatic("always")),
            AutomaticPaymentMethods::EnabledWithoutRedirects => Some(Automatic("never")),
        }
    }
}

impl Serialize for Automatic {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("allow_redirects", self.0)?;
        m.serialize_entry("enabled", &true)?;
        m.end()
    }
}

/// `next_action` of an intent waiting for 3D Secure (a PaymentIntent's or a SetupIntent's):
/// Stripe.js completes it on the client.
pub(super) struct NextAction;

impl Serialize for NextAction {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("type", "use_stripe_sdk")?;
        m.serialize_entry("use_stripe_sdk", &UseStripeSdk)?;
        m.end()
    }
}

struct UseStripeSdk;

impl Serialize for UseStripeSdk {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("type", "three_d_secure_redirect")?;
        m.end()
    }
}

struct TransferData<'a>(AsOf<'a>, Option<i64>, crate::ledger::AccountId);

impl Serialize for TransferData<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        if let Some(amount) = self.1 {
            m.serialize_entry("amount", &amount)?;
        }
        m.serialize_entry("destination", self.0.id_of(Obj::Account(self.2)).as_str())?;
        m.end()
    }
}

/// `last_payment_error`: the decline as the API answered it (the same error object), with
/// the declined payment method.
struct LastError<'a>(AsOf<'a>, PaymentError);

impl Serialize for LastError<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let LastError(ledger, error) = *self;
        let charge = ledger.id_of(Obj::Charge(error.charge)).to_string();
        let api = ApiError::card_declined(error.decline, Some(charge));
        let mut m = s.serialize_map(None)?;
        let card = api.card.as_deref();
        m.serialize_entry("charge", &card.and_then(|c| c.charge.as_deref()))?;
        m.serialize_entry("code", &api.code)?;
        m.serialize_entry("decline_code", &card.map(|c| c.decline_code))?;
        m.serialize_entry("doc_url", &api.doc_url())?;
        m.serialize_entry("message", &api.message)?;
        if let Some(param) = &api.param {
            m.serialize_entry("param", param)?;
        }
        m.serialize_entry(
            "payment_method",
            &View {
                at: ledger,
                obj: Obj::PaymentMethod(error.payment_method),
                expand: &NONE,
                facts: None,
            },
        )?;
        m.serialize_entry("type", api.error_type.as_str())?;
        m.end()
    }
}
