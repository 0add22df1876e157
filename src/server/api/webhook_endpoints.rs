//! `/v1/webhook_endpoints`: where a world's events are delivered. The endpoints belong to the
//! world (isolated per key, kept by `--state`, dropped by `/_sim/reset`); delivery is
//! `server::webhooks`'.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply};
use crate::ledger::validate::metadata_after;
use crate::ledger::{AccountId, Metadata, Prefix};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::list::ListParams;
use crate::server::render::json;
use crate::server::render::webhook_endpoints::{Deleted, EndpointList, EndpointView};
use crate::server::spec;
use crate::server::version::is_api_version;
use crate::server::webhooks::{self, MAX_ENDPOINTS, UrlProblem, WebhookEndpoint};

/// `/v1/webhook_endpoints`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/webhook_endpoints", |p, _| list(p)),
    Endpoint::post("/v1/webhook_endpoints", |p, _| create(p)),
    Endpoint::get("/v1/webhook_endpoints/{webhook_endpoint}", |p, mut ids| {
        get(p, ids.take())
    }),
    Endpoint::post("/v1/webhook_endpoints/{webhook_endpoint}", |p, mut ids| {
        update(p, ids.take())
    }),
    Endpoint::delete("/v1/webhook_endpoints/{webhook_endpoint}", |p, mut ids| {
        delete(p, ids.take())
    }),
];

/// A receiver's URL, refused in Stripe's manner (or, for `https`, in words that say debitsim
/// cannot deliver there).
fn check_url(url: &str) -> Result<(), ApiError> {
    webhooks::check_url(url).map_err(|problem| match problem {
        UrlProblem::Invalid => ApiError::webhook_url_invalid(url),
        UrlProblem::Https => ApiError::webhook_url_https(url),
    })
}

/// `enabled_events[]`: at least one, each an event type Stripe has, or `*`.
fn take_events(p: &mut Params) -> Result<Option<Vec<Box<str>>>, ApiError> {
    let Some(events) = p.take_list("enabled_events")? else {
        return Ok(None);
    };
    if events.is_empty() {
        return Err(ApiError::webhook_events_empty());
    }
    for (i, name) in events.iter().enumerate() {
        if !spec::is_event_type(name) {
            return Err(ApiError::webhook_event_unknown(format!("enabled_events[{i}]"), name));
        }
    }
    let mut events: Vec<Box<str>> = events.into_iter().map(String::into_boxed_str).collect();
    events.dedup();
    Ok(Some(events))
}

/// The endpoint's id.
pub(super) fn id_of(cx: &Ctx<'_>, index: u32) -> String {
    cx.ledger().codec().format(Prefix::We, index)
}

/// The number of the live endpoint `id` names, if any.
pub(super) fn live_index(cx: &Ctx<'_>, id: &str) -> Option<u32> {
    cx.ledger()
        .codec()
        .parse(id)
        .filter(|(prefix, _)| *prefix == Prefix::We)
        .map(|(_, index)| index)
        .filter(|index| cx.world.webhooks.endpoint(*index).is_some())
}

/// The live endpoint `id` names, as the platform (the only account with endpoints).
fn find(cx: &Ctx<'_>, id: &str) -> Result<u32, Refusal> {
    platform_only(cx)?;
    live_index(cx, id).ok_or_else(|| ApiError::no_such_webhook_endpoint(id).into())
}

fn platform_only(cx: &Ctx<'_>) -> Result<(), Refusal> {
    if cx.actor == AccountId::PLATFORM {
        Ok(())
    } else {
        Err(ApiError::webhook_endpoints_platform_only().into())
    }
}

fn render(cx: &Ctx<'_>, index: u32, with_secret: bool) -> Reply {
    let id = id_of(cx, index);
    match cx.world.webhooks.endpoint(index) {
        Some(endpoint) => Reply::ok(json(&EndpointView::new(&id, endpoint, with_secret))),
        None => Reply::ok(json(&Deleted {
            id: &id,
            object: "webhook_endpoint",
            deleted: true,
        })),
    }
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let url = p.take_str("url")?.ok_or_else(|| ApiError::parameter_missing("url"))?;
    check_url(&url)?;
    let enabled_events = take_events(&mut p)?.ok_or_else(|| ApiError::parameter_missing("enabled_events"))?;
    let connect = p.take_bool("connect")?.unwrap_or(false);
    let api_version = p.take_str("api_version")?.filter(|v| !v.is_empty());
    if let Some(version) = &api_version
        && !is_api_version(version.as_bytes())
    {
        return Err(ApiError::invalid_api_version(version));
    }
    let description = p.take_str("description")?.filter(|d| !d.is_empty());
    let metadata = p.take_metadata()?;
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        if cx.world.webhooks.live_endpoints() >= MAX_ENDPOINTS {
            return Err(ApiError::too_many_webhook_endpoints(MAX_ENDPOINTS).into());
        }
        let index = cx.world.webhooks.next_index();
        let endpoint = WebhookEndpoint {
            url: url.into(),
            enabled_events,
            connect,
            api_version: api_version.map(Into::into),
            description: description.map(Into::into),
            disabled: false,
            metadata: metadata_after(&Metadata::default(), metadata.as_ref())?.unwrap_or_default(),
            secret: webhooks::secret(cx.ledger().codec(), index).into(),
            created: cx.ledger().now(),
            deleted: false,
        };
        let index = cx.world.webhooks.add(endpoint);
        Ok(render(cx, index, true))
    }))
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let index = find(cx, &id)?;
        Ok(render(cx, index, false))
    }))
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let url = p.take_str("url")?;
    if let Some(url) = &url {
        check_url(url)?;
    }
    let enabled_events = take_events(&mut p)?;
    let description = p.take_str("description")?;
    let disabled = p.take_bool("disabled")?;
    let metadata = p.take_metadata()?;
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let index = find(cx, &id)?;
        let metadata = match cx.world.webhooks.endpoint(index) {
            Some(endpoint) => metadata_after(&endpoint.metadata, metadata.as_ref())?,
            None => None,
        };
        cx.world.webhooks.update(index, |endpoint| {
            if let Some(url) = url {
                endpoint.url = url.into();
            }
            if let Some(events) = enabled_events {
                endpoint.enabled_events = events;
            }
            if let Some(description) = description {
                endpoint.description = (!description.is_empty()).then(|| description.into());
            }
            if let Some(disabled) = disabled {
                endpoint.disabled = disabled;
            }
            if let Some(metadata) = metadata {
                endpoint.metadata = metadata;
            }
        });
        Ok(render(cx, index, false))
    }))
}

pub fn delete(p: Params, id: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let index = find(cx, &id)?;
        cx.world.webhooks.delete(index);
        Ok(render(cx, index, false))
    }))
}

pub fn list(mut p: Params) -> Result<Prepared, ApiError> {
    let list = ListParams::take_plain(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        let live: Vec<u32> = (0..cx.world.webhooks.next_index())
            .filter(|i| cx.world.webhooks.endpoint(*i).is_some())
            .collect();
        let query = list.query(|id| find(cx, id).ok(), crate::ledger::Noun::WebhookEndpoint)?;
        let webhooks = &cx.world.webhooks;
        let page = crate::ledger::page(
            &live,
            &query,
            |i| i,
            |i| webhooks.endpoint(i).map_or(0, |e| e.created),
            |_| true,
        );
        let ids: Vec<String> = page.items.iter().map(|i| id_of(cx, *i)).collect();
        let data = page
            .items
            .iter()
            .zip(&ids)
            .filter_map(|(i, id)| Some(EndpointView::new(id, webhooks.endpoint(*i)?, false)))
            .collect();
        Ok(Reply::ok(json(&EndpointList {
            object: "list",
            data,
            has_more: page.has_more,
            url: "/v1/webhook_endpoints",
        })))
    }))
}
