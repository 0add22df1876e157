//! SetupIntents (`seti_…`).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::payment_intents::{Automatic, NextAction, application};
use super::wire::{Expandable, MetadataView, View, Wire};
use crate::ledger::{AsOf, Kind, Obj, SetupError, SetupIntent, SetupIntentId, SetupStatus};
use crate::server::error::ApiError;
use crate::server::expand::{Expand, NONE, Shape};

impl Wire for SetupIntent {
    type Id = SetupIntentId;
    const SHAPE: Shape = Shape {
        object: "setup_intent",
        noun: "setup_intent",
        expands: &[
            ("application", None),
            ("customer", Some(Kind::Customer)),
            ("latest_attempt", None),
            ("mandate", None),
            ("on_behalf_of", Some(Kind::Account)),
            ("payment_method", Some(Kind::PaymentMethod)),
            ("single_use_mandate", None),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: SetupIntentId) -> Result<S::Ok, S::Error> {
        setup_intent(s, view.at, id, view.expand)
    }
}

pub fn setup_intent<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: SetupIntentId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let i = ledger.setup_intent(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::SetupIntent(id)).as_str())?;
    m.serialize_entry("object", "setup_intent")?;
    // Newer than 2024-04-10, shown in every version like the other additions: every
    // SetupIntent here is for cards, with no list of its own.
    m.serialize_entry("allowed_payment_method_types", &None::<()>)?;
    m.serialize_entry("application", &application(ledger, i.account).as_deref())?;
    m.serialize_entry("attach_to_self", &false)?;
    m.serialize_entry("automatic_payment_methods", &Automatic::of(i.automatic_payment_methods))?;
    m.serialize_entry("cancellation_reason", &i.cancellation_reason.map(|r| r.as_str()))?;
    m.serialize_entry("client_secret", &ledger.ledger().setup_client_secret(id))?;
    m.serialize_entry("created", &i.created)?;
    m.serialize_entry("customer", &field(i.customer.map(Obj::Customer), "customer"))?;
    m.serialize_entry("description", &i.description.as_deref())?;
    m.serialize_entry("excluded_payment_method_types", &None::<()>)?;
    m.serialize_entry("flow_directions", &None::<()>)?;
    m.serialize_entry(
        "last_setup_error",
        &i.last_setup_error.map(|error| LastSetupError(ledger, error)),
    )?;
    m.serialize_entry("latest_attempt", &None::<()>)?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("mandate", &None::<()>)?;
    m.serialize_entry("metadata", &MetadataView(&i.metadata))?;
    m.serialize_entry(
        "next_action",
        &(i.status == SetupStatus::RequiresAction).then_some(NextAction),
    )?;
    m.serialize_entry("on_behalf_of", &field(i.on_behalf_of.map(Obj::Account), "on_behalf_of"))?;
    m.serialize_entry(
        "payment_method",
        &field(i.payment_method.map(Obj::PaymentMethod), "payment_method"),
    )?;
    m.serialize_entry("payment_method_configuration_details", &None::<()>)?;
    m.serialize_entry("payment_method_options", &CardOptions)?;
    m.serialize_entry("payment_method_types", &["card"])?;
    m.serialize_entry("single_use_mandate", &None::<()>)?;
    m.serialize_entry("status", i.status.as_str())?;
    m.serialize_entry("usage", i.usage.as_str())?;
    m.end()
}

/// `payment_method_options`: a card's, with Stripe's default 3D Secure request.
struct CardOptions;

impl Serialize for CardOptions {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Card;
        impl Serialize for Card {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(3))?;
                m.serialize_entry("mandate_options", &None::<()>)?;
                m.serialize_entry("network", &None::<()>)?;
                m.serialize_entry("request_three_d_secure", "automatic")?;
                m.end()
            }
        }
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("card", &Card)?;
        m.end()
    }
}

/// `last_setup_error`: the decline as the API answered it (the same error object), with the
/// declined payment method.
struct LastSetupError<'a>(AsOf<'a>, SetupError);

impl Serialize for LastSetupError<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let LastSetupError(ledger, error) = *self;
        let api = ApiError::card_declined(error.decline, None);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", &api.code)?;
        m.serialize_entry("decline_code", &api.card.as_deref().map(|c| c.decline_code))?;
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
