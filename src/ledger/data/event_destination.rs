//! An event destination (`ed_test_…`, API v2): a webhook URL the platform's thin events, or
//! its snapshot (v1) events, are delivered to. Webhook endpoints are its v1 sibling; which
//! deliveries each is owed is the server's (`server::webhooks`).

use super::kinds::{Obj, Refers};
use super::metadata::Metadata;
use super::time::Timestamp;
use super::wire::wire_enum;
use crate::ledger::codec::image_struct;

/// Stripe's limit on a world's event destinations, as on webhook endpoints (in test mode).
pub const MAX_EVENT_DESTINATIONS: usize = 16;

wire_enum! {
    /// What a destination is sent (`event_payload`).
    pub enum EventPayload {
        /// Thin events of API v2: a reference to the object, no snapshot of it.
        Thin: "thin" = 83,
        /// v1 events, with their object as it was.
        Snapshot: "snapshot" = 84,
    }
}

/// An event destination of the platform. Only `type: webhook_endpoint` exists here (Amazon
/// EventBridge and Azure Event Grid are refused, naming debitsim).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDestination {
    pub name: Box<str>,
    pub description: Box<str>,
    /// Event types it wants (each Stripe's, of its payload's kind).
    pub enabled_events: Vec<Box<str>>,
    pub payload: EventPayload,
    /// `events_from` has `@self`: the platform's own events.
    pub from_self: bool,
    /// `events_from` has `@accounts`: its connected accounts' events.
    pub from_accounts: bool,
    /// `snapshot_api_version`, for snapshot destinations.
    pub snapshot_api_version: Option<Box<str>>,
    /// `webhook_endpoint.url`.
    pub url: Box<str>,
    pub disabled: bool,
    pub metadata: Metadata,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// Deleted destinations keep their place, so ids are never reused.
    pub deleted: bool,
}

impl EventDestination {
    /// Whether it wants an event of type `kind` (thin or not) on the platform (`connected`
    /// false) or on a connected account.
    pub fn wants(&self, kind: &str, thin: bool, connected: bool) -> bool {
        let payload = if thin {
            EventPayload::Thin
        } else {
            EventPayload::Snapshot
        };
        !self.deleted
            && !self.disabled
            && self.payload == payload
            && (if connected { self.from_accounts } else { self.from_self })
            && self.enabled_events.iter().any(|e| &**e == kind)
    }
}

image_struct!(EventDestination {
    name,
    description,
    enabled_events,
    payload,
    from_self,
    from_accounts,
    snapshot_api_version,
    url,
    disabled,
    metadata,
    created,
    updated,
    deleted
});

/// A destination names no other object.
impl Refers for EventDestination {
    fn refers(&self, _: &mut dyn FnMut(Obj)) {}
}
