//! Webhook endpoints (`we_…`); the `secret` shows only in the answer to its creation, as on
//! Stripe.

use serde::Serializer;
use serde::ser::SerializeMap;

use super::wire::{MetadataView, View, Wire};
use crate::ledger::{AsOf, Obj, WebhookEndpoint, WebhookEndpointId};
use crate::server::expand::Shape;

impl Wire for WebhookEndpoint {
    type Id = WebhookEndpointId;
    const SHAPE: Shape = Shape {
        object: "webhook_endpoint",
        noun: "webhook endpoint",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: WebhookEndpointId) -> Result<S::Ok, S::Error> {
        webhook_endpoint(s, view.at, id, None)
    }
}

/// An endpoint, with its `secret` when given (the answer to its creation); one deleted since
/// shows, now, as Stripe's `{id, object, deleted: true}`.
pub fn webhook_endpoint<S: Serializer>(
    s: S,
    at: AsOf<'_>,
    id: WebhookEndpointId,
    secret: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let endpoint = at.webhook_endpoint(id);
    let text = at.id_of(Obj::WebhookEndpoint(id));
    if endpoint.deleted && at.is_now() {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("id", text.as_str())?;
        m.serialize_entry("object", "webhook_endpoint")?;
        m.serialize_entry("deleted", &true)?;
        return m.end();
    }
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", text.as_str())?;
    m.serialize_entry("object", "webhook_endpoint")?;
    m.serialize_entry("api_version", &endpoint.api_version.as_deref())?;
    m.serialize_entry("application", &None::<()>)?;
    m.serialize_entry("created", &endpoint.created)?;
    m.serialize_entry("description", &endpoint.description.as_deref())?;
    m.serialize_entry("enabled_events", &endpoint.enabled_events)?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&endpoint.metadata))?;
    if let Some(secret) = secret {
        m.serialize_entry("secret", secret)?;
    }
    m.serialize_entry("status", if endpoint.disabled { "disabled" } else { "enabled" })?;
    m.serialize_entry("url", &*endpoint.url)?;
    m.end()
}

/// A just-created endpoint, with its secret.
pub struct Created<'a> {
    pub at: AsOf<'a>,
    pub id: WebhookEndpointId,
    pub secret: &'a str,
}

impl serde::Serialize for Created<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        webhook_endpoint(s, self.at, self.id, Some(self.secret))
    }
}
