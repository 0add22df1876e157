//! Webhook endpoints (`we_…`): the world's, not the ledger's, so rendered from the endpoint
//! itself.

use serde::Serialize;

use super::wire::MetadataView;
use crate::server::webhooks::WebhookEndpoint;

/// A webhook endpoint; `secret` only in the answer to its creation, as on Stripe.
#[derive(Serialize)]
pub struct EndpointView<'a> {
    pub id: &'a str,
    object: &'static str,
    api_version: Option<&'a str>,
    application: Option<&'a str>,
    created: i64,
    description: Option<&'a str>,
    enabled_events: &'a [Box<str>],
    livemode: bool,
    metadata: MetadataView<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    secret: Option<&'a str>,
    status: &'static str,
    url: &'a str,
}

impl<'a> EndpointView<'a> {
    pub fn new(id: &'a str, endpoint: &'a WebhookEndpoint, with_secret: bool) -> EndpointView<'a> {
        EndpointView {
            id,
            object: "webhook_endpoint",
            api_version: endpoint.api_version.as_deref(),
            application: None,
            created: endpoint.created,
            description: endpoint.description.as_deref(),
            enabled_events: &endpoint.enabled_events,
            livemode: false,
            metadata: MetadataView(&endpoint.metadata),
            secret: with_secret.then_some(&*endpoint.secret),
            status: if endpoint.disabled { "disabled" } else { "enabled" },
            url: &endpoint.url,
        }
    }
}

/// What `DELETE /v1/webhook_endpoints/{id}` answers.
#[derive(Serialize)]
pub struct Deleted<'a> {
    pub id: &'a str,
    pub object: &'static str,
    pub deleted: bool,
}

/// A page of webhook endpoints.
#[derive(Serialize)]
pub struct EndpointList<'a> {
    pub object: &'static str,
    pub data: Vec<EndpointView<'a>>,
    pub has_more: bool,
    pub url: &'static str,
}
