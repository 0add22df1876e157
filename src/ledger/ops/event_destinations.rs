//! Event destinations (API v2): created, changed, enabled, disabled and deleted by the
//! platform, at most [`MAX_EVENT_DESTINATIONS`] live at once, and pinged. Each signs with a
//! secret the world derives from the destination's place, so a world rebuilt from its journal
//! signs as it did.
//!
//! The URL, the event types and the API version are checked by the HTTP layer, which knows
//! what Stripe accepts; this keeps them.

use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::{metadata_after, new_metadata};

/// The parameters of `POST /v2/core/event_destinations`, checked for form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDestinationParams {
    pub name: String,
    pub description: Option<String>,
    pub enabled_events: Vec<Box<str>>,
    pub payload: EventPayload,
    pub from_self: bool,
    pub from_accounts: bool,
    pub snapshot_api_version: Option<String>,
    pub url: String,
    pub metadata: Option<MetadataUpdate>,
}

/// The parameters of `POST /v2/core/event_destinations/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventDestinationUpdate {
    pub name: Option<String>,
    pub description: Option<String>,
    pub enabled_events: Option<Vec<Box<str>>>,
    pub url: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// What becomes of a destination's deliveries from now on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    Enable,
    Disable,
}

/// The salt that keeps a destination's secret apart from a webhook endpoint's at the same
/// place.
const SECRET_SALT: u32 = 1 << 30;

impl Ledger {
    /// The platform's live (not deleted) event destinations, oldest first.
    pub fn live_event_destinations(&self) -> impl Iterator<Item = EventDestinationId> + '_ {
        self.all::<EventDestination>()
            .filter(|id| !self.event_destination(*id).deleted)
    }

    /// The live destinations `actor` sees: the platform's, or for a connected account a
    /// refusal (it has none).
    pub fn event_destinations_of(&self, actor: AccountId) -> Result<Vec<EventDestinationId>, Rejection> {
        platform_only(actor)?;
        Ok(self.live_event_destinations().collect())
    }

    /// The live destination `id` names, if `actor` (which must be the platform) can see it.
    pub fn find_event_destination(&self, actor: AccountId, id: &str) -> Result<EventDestinationId, Rejection> {
        platform_only(actor)?;
        self.find::<EventDestination>(actor, id)
            .filter(|d| !self.event_destination(*d).deleted)
            .ok_or_else(|| Rejection::NotFound {
                noun: Noun::Object(Kind::EventDestination),
                id: id.to_owned(),
            })
    }

    /// The `whsec_…` secret destination `id` signs with: derived from the world's seed and the
    /// destination's place, never stored.
    pub fn event_destination_secret(&self, id: EventDestinationId) -> String {
        format!("whsec_{}", self.codec.secret(id.0 | SECRET_SALT))
    }

    /// `POST /v2/core/event_destinations`.
    pub fn create_event_destination(
        &mut self,
        actor: AccountId,
        params: EventDestinationParams,
    ) -> Result<Applied<EventDestinationId>, Rejection> {
        platform_only(actor)?;
        if self.live_event_destinations().count() >= MAX_EVENT_DESTINATIONS {
            return Err(Rejection::TooManyEventDestinations {
                max: MAX_EVENT_DESTINATIONS,
            });
        }
        let metadata = new_metadata(params.metadata.as_ref())?;
        let id = self.store(EventDestination {
            name: params.name.into(),
            description: params.description.unwrap_or_default().into(),
            enabled_events: params.enabled_events,
            payload: params.payload,
            from_self: params.from_self,
            from_accounts: params.from_accounts,
            snapshot_api_version: params.snapshot_api_version.map(Into::into),
            url: params.url.into(),
            disabled: false,
            metadata,
            created: self.now,
            updated: self.now,
            deleted: false,
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v2/core/event_destinations/{id}`.
    pub fn update_event_destination(
        &mut self,
        id: EventDestinationId,
        update: EventDestinationUpdate,
    ) -> Result<Applied<EventDestinationId>, Rejection> {
        let metadata = metadata_after(&self.event_destination(id).metadata, update.metadata.as_ref())?;
        let now = self.now;
        self.change::<EventDestination, _>(id, |destination| {
            if let Some(name) = update.name {
                destination.name = name.into();
            }
            if let Some(description) = update.description {
                destination.description = description.into();
            }
            if let Some(events) = update.enabled_events {
                destination.enabled_events = events;
            }
            if let Some(url) = update.url {
                destination.url = url.into();
            }
            if let Some(metadata) = metadata {
                destination.metadata = metadata;
            }
            destination.updated = now;
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v2/core/event_destinations/{id}/enable` and `…/disable`.
    pub fn switch_event_destination(&mut self, id: EventDestinationId, switch: Switch) -> Applied<EventDestinationId> {
        let now = self.now;
        self.change::<EventDestination, _>(id, |destination| {
            destination.disabled = switch == Switch::Disable;
            destination.updated = now;
        });
        Applied {
            value: id,
            events: Vec::new(),
        }
    }

    /// `DELETE /v2/core/event_destinations/{id}`: it keeps its place, so its id is never
    /// reused.
    pub fn delete_event_destination(&mut self, id: EventDestinationId) -> Applied<EventDestinationId> {
        self.change::<EventDestination, _>(id, |destination| destination.deleted = true);
        Applied {
            value: id,
            events: Vec::new(),
        }
    }

    /// `POST /v2/core/event_destinations/{id}/ping`: a `v2.core.event_destination.ping` thin
    /// event about the destination, which only it is sent (whatever it subscribes to).
    pub fn ping_event_destination(&mut self, id: EventDestinationId) -> Applied<EventId> {
        let event = self.emit_thin(EventType::V2EventDestinationPing, id);
        Applied {
            value: event,
            events: vec![event],
        }
    }
}

/// Destinations are the platform's: a connected account (through `Stripe-Account`) has none.
fn platform_only(actor: AccountId) -> Result<(), Rejection> {
    if actor.is_platform() {
        Ok(())
    } else {
        Err(Rejection::EventDestinationsPlatformOnly)
    }
}
