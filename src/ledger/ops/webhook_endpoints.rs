//! Webhook endpoints: created, changed and deleted by the platform, at most
//! [`MAX_WEBHOOK_ENDPOINTS`] live at once. Each signs with a secret the world derives from the
//! endpoint's id, so a world rebuilt from its journal signs as it did.
//!
//! The endpoint's URL, event types and API version are checked by the HTTP layer, which
//! knows what Stripe accepts; this keeps them.

use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::{metadata_after, new_metadata};

/// The parameters of `POST /v1/webhook_endpoints`, checked for form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookEndpointParams {
    pub url: String,
    pub enabled_events: Vec<Box<str>>,
    pub connect: bool,
    pub api_version: Option<String>,
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// The parameters of `POST /v1/webhook_endpoints/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WebhookEndpointUpdate {
    pub url: Option<String>,
    pub enabled_events: Option<Vec<Box<str>>>,
    pub description: Option<String>,
    pub disabled: Option<bool>,
    pub metadata: Option<MetadataUpdate>,
}

impl Ledger {
    /// The platform's live (not deleted) endpoints, oldest first.
    pub fn live_webhook_endpoints(&self) -> impl Iterator<Item = WebhookEndpointId> + '_ {
        self.all::<WebhookEndpoint>()
            .filter(|id| !self.webhook_endpoint(*id).deleted)
    }

    /// The live endpoints `actor` sees: the platform's, or for a connected account a refusal
    /// (it has none).
    pub fn webhook_endpoints_of(&self, actor: AccountId) -> Result<Vec<WebhookEndpointId>, Rejection> {
        platform_only(actor)?;
        Ok(self.live_webhook_endpoints().collect())
    }

    /// The live endpoint `id` names, if `actor` (which must be the platform) can see it.
    pub fn find_webhook_endpoint(&self, actor: AccountId, id: &str) -> Result<WebhookEndpointId, Rejection> {
        platform_only(actor)?;
        self.find::<WebhookEndpoint>(actor, id)
            .filter(|e| !self.webhook_endpoint(*e).deleted)
            .ok_or_else(|| Rejection::NotFound {
                noun: Noun::Object(Kind::WebhookEndpoint),
                id: id.to_owned(),
            })
    }

    /// The `whsec_…` secret endpoint `id` signs with: derived from the world's seed and the
    /// endpoint's place, never stored.
    pub fn webhook_secret(&self, id: WebhookEndpointId) -> String {
        format!("whsec_{}", self.codec.secret(id.0))
    }

    /// `POST /v1/webhook_endpoints`.
    pub fn create_webhook_endpoint(
        &mut self,
        actor: AccountId,
        params: WebhookEndpointParams,
    ) -> Result<Applied<WebhookEndpointId>, Rejection> {
        platform_only(actor)?;
        if self.live_webhook_endpoints().count() >= MAX_WEBHOOK_ENDPOINTS {
            return Err(Rejection::TooManyWebhookEndpoints {
                max: MAX_WEBHOOK_ENDPOINTS,
            });
        }
        let metadata = new_metadata(params.metadata.as_ref())?;
        let id = self.store(WebhookEndpoint {
            url: params.url.into(),
            enabled_events: params.enabled_events,
            connect: params.connect,
            api_version: params.api_version.filter(|v| !v.is_empty()).map(Into::into),
            description: params.description.filter(|d| !d.is_empty()).map(Into::into),
            disabled: false,
            metadata,
            created: self.now,
            deleted: false,
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/webhook_endpoints/{id}`.
    pub fn update_webhook_endpoint(
        &mut self,
        id: WebhookEndpointId,
        update: WebhookEndpointUpdate,
    ) -> Result<Applied<WebhookEndpointId>, Rejection> {
        let metadata = metadata_after(&self.webhook_endpoint(id).metadata, update.metadata.as_ref())?;
        self.change::<WebhookEndpoint, _>(id, |endpoint| {
            if let Some(url) = update.url {
                endpoint.url = url.into();
            }
            if let Some(events) = update.enabled_events {
                endpoint.enabled_events = events;
            }
            if let Some(description) = update.description {
                endpoint.description = (!description.is_empty()).then(|| description.into());
            }
            if let Some(disabled) = update.disabled {
                endpoint.disabled = disabled;
            }
            if let Some(metadata) = metadata {
                endpoint.metadata = metadata;
            }
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `DELETE /v1/webhook_endpoints/{id}`: it keeps its place, so its id is never reused.
    pub fn delete_webhook_endpoint(&mut self, id: WebhookEndpointId) -> Applied<WebhookEndpointId> {
        self.change::<WebhookEndpoint, _>(id, |endpoint| endpoint.deleted = true);
        Applied {
            value: id,
            events: Vec::new(),
        }
    }
}

/// Endpoints are the platform's: a connected account (through `Stripe-Account`) has none.
fn platform_only(actor: AccountId) -> Result<(), Rejection> {
    if actor.is_platform() {
        Ok(())
    } else {
        Err(Rejection::WebhookEndpointsPlatformOnly)
    }
}
