//! A webhook endpoint (`we_…`): where the platform's events, or its connected accounts', are
//! delivered. Which deliveries are owed to it is the server's (`server::webhooks`); the
//! endpoint itself is the world's, like any object.

use super::kinds::{Obj, Refers};
use super::metadata::Metadata;
use super::time::Timestamp;
use crate::ledger::codec::image_struct;

/// Stripe's limit on a world's endpoints (in test mode).
pub const MAX_WEBHOOK_ENDPOINTS: usize = 16;

/// A webhook endpoint of the platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebhookEndpoint {
    pub url: Box<str>,
    /// Event types, or `*` for all.
    pub enabled_events: Vec<Box<str>>,
    /// Whether it receives connected accounts' events (`true`) or the platform's own.
    pub connect: bool,
    pub api_version: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub disabled: bool,
    pub metadata: Metadata,
    pub created: Timestamp,
    /// Deleted endpoints keep their place, so ids are never reused.
    pub deleted: bool,
}

impl WebhookEndpoint {
    /// Whether it wants `kind` events on accounts of its scope.
    pub fn wants(&self, kind: &str, connected: bool) -> bool {
        !self.deleted
            && !self.disabled
            && self.connect == connected
            && self.enabled_events.iter().any(|e| &**e == "*" || &**e == kind)
    }
}

image_struct!(WebhookEndpoint {
    url,
    enabled_events,
    connect,
    api_version,
    description,
    disabled,
    metadata,
    created,
    deleted
});

/// An endpoint names no other object.
impl Refers for WebhookEndpoint {
    fn refers(&self, _: &mut dyn FnMut(Obj)) {}
}
