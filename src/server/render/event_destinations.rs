//! Event destinations (`v2.core.event_destination`). The webhook URL shows only when asked
//! for (`include: ["webhook_endpoint.url"]`), and the signing secret only in the answer to
//! the destination's creation, when asked for there, as on Stripe.

use serde::Serializer;
use serde::ser::SerializeMap;

use super::v2::Time;
use super::wire::{MetadataView, View, Wire};
use crate::ledger::{AsOf, EventDestination, EventDestinationId, Obj};
use crate::server::expand::Shape;

impl Wire for EventDestination {
    type Id = EventDestinationId;
    const SHAPE: Shape = Shape {
        object: "v2.core.event_destination",
        noun: "event destination",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: EventDestinationId) -> Result<S::Ok, S::Error> {
        event_destination(s, view.at, id, Reveal::default())
    }
}

/// What of a destination's webhook endpoint a response shows beyond what it always does.
#[derive(Clone, Copy, Debug, Default)]
pub struct Reveal<'a> {
    /// `include: ["webhook_endpoint.url"]`.
    pub url: bool,
    /// The signing secret, in the answer to a creation that asked for it.
    pub secret: Option<&'a str>,
}

/// A destination as v2 shows it.
pub fn event_destination<S: Serializer>(
    s: S,
    at: AsOf<'_>,
    id: EventDestinationId,
    reveal: Reveal<'_>,
) -> Result<S::Ok, S::Error> {
    let d = at.event_destination(id);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", at.id_of(Obj::EventDestination(id)).as_str())?;
    m.serialize_entry("object", "v2.core.event_destination")?;
    m.serialize_entry("amazon_eventbridge", &None::<()>)?;
    m.serialize_entry("azure_event_grid", &None::<()>)?;
    m.serialize_entry("created", &Time(d.created))?;
    m.serialize_entry("description", &*d.description)?;
    m.serialize_entry("enabled_events", &d.enabled_events)?;
    m.serialize_entry("event_payload", d.payload.as_str())?;
    let mut from = Vec::with_capacity(2);
    if d.from_self {
        from.push("@self");
    }
    if d.from_accounts {
        from.push("@accounts");
    }
    m.serialize_entry("events_from", &from)?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&d.metadata))?;
    m.serialize_entry("name", &*d.name)?;
    m.serialize_entry("snapshot_api_version", &d.snapshot_api_version.as_deref())?;
    m.serialize_entry("status", if d.disabled { "disabled" } else { "enabled" })?;
    let details = d.disabled.then_some(StatusDetails);
    m.serialize_entry("status_details", &details)?;
    m.serialize_entry("type", "webhook_endpoint")?;
    m.serialize_entry("updated", &Time(d.updated))?;
    m.serialize_entry(
        "webhook_endpoint",
        &Endpoint {
            url: reveal.url.then_some(&*d.url),
            secret: reveal.secret,
        },
    )?;
    m.end()
}

/// `status_details` of a disabled destination: disabled by the platform (`user`).
struct StatusDetails;

impl serde::Serialize for StatusDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("disabled", &Disabled)?;
        m.end()
    }
}

struct Disabled;

impl serde::Serialize for Disabled {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("reason", "user")?;
        m.end()
    }
}

struct Endpoint<'a> {
    url: Option<&'a str>,
    secret: Option<&'a str>,
}

impl serde::Serialize for Endpoint<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("signing_secret", &self.secret)?;
        m.serialize_entry("url", &self.url)?;
        m.end()
    }
}

/// A destination rendered with what its response reveals.
pub struct Revealed<'a> {
    pub at: AsOf<'a>,
    pub id: EventDestinationId,
    pub reveal: Reveal<'a>,
}

impl serde::Serialize for Revealed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        event_destination(s, self.at, self.id, self.reveal)
    }
}
