//! `/v1/webhook_endpoints`: where a world's events are delivered. The endpoints belong to the
//! world (isolated per key, kept by `--state`, dropped by `/_sim/reset`); what each is owed is
//! `server::webhooks`', and delivering it `server::dispatch`'s.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, object, page_of};
use crate::ledger::{Kind, Noun, Obj, WebhookEndpointId, WebhookEndpointParams, WebhookEndpointUpdate, page};
use crate::server::error::ApiError;
use crate::server::expand::NONE;
use crate::server::form::Params;
use crate::server::list::ListParams;
use crate::server::render::json;
use crate::server::render::webhook_endpoints::Created;
use crate::server::spec;
use crate::server::version::is_api_version;
use crate::server::webhooks::{self, UrlProblem};

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

/// A receiver's URL, refused in Stripe's manner.
fn check_url(url: &str) -> Result<(), ApiError> {
    webhooks::check_url(url).map_err(|UrlProblem::Invalid| ApiError::webhook_url_invalid(url))
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

/// The live endpoint `id` names, as the platform (the only account with endpoints).
fn find(cx: &Ctx<'_>, id: &str) -> Result<WebhookEndpointId, Refusal> {
    Ok(cx.ledger().find_webhook_endpoint(cx.actor, id)?)
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
    let params = WebhookEndpointParams {
        url,
        enabled_events,
        connect,
        api_version,
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
    };
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_webhook_endpoint(actor, params))
        }?
        .value;
        let secret = cx.ledger().webhook_secret(id);
        let created = Created {
            at: cx.ledger().now_view(),
            id,
            secret: &secret,
        };
        Ok(super::endpoint::Reply::ok(json(&created)))
    }))
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let endpoint = find(cx, &id)?;
        Ok(object(cx.ledger(), Obj::WebhookEndpoint(endpoint), &NONE))
    }))
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let url = p.take_str("url")?;
    if let Some(url) = &url {
        check_url(url)?;
    }
    let update = WebhookEndpointUpdate {
        url,
        enabled_events: take_events(&mut p)?,
        description: p.take_str("description")?,
        disabled: p.take_bool("disabled")?,
        metadata: p.take_metadata()?,
    };
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let endpoint = find(cx, &id)?;
        cx.apply(|ledger| ledger.update_webhook_endpoint(endpoint, update))?;
        Ok(object(cx.ledger(), Obj::WebhookEndpoint(endpoint), &NONE))
    }))
}

pub fn delete(p: Params, id: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let endpoint = find(cx, &id)?;
        cx.apply(|ledger| ledger.delete_webhook_endpoint(endpoint));
        cx.world.webhooks.drop_endpoint(endpoint);
        Ok(object(cx.ledger(), Obj::WebhookEndpoint(endpoint), &NONE))
    }))
}

pub fn list(mut p: Params) -> Result<Prepared, ApiError> {
    let list = ListParams::take_plain(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let live = ledger.webhook_endpoints_of(cx.actor)?;
        let query = list.query(
            |id| find(cx, id).ok().map(|e| e.index() as u32),
            Noun::Object(Kind::WebhookEndpoint),
        )?;
        let found = page(
            &live,
            &query,
            |e| e.index() as u32,
            |e| ledger.webhook_endpoint(e).created,
            |_| true,
        );
        Ok(page_of(
            ledger,
            "/v1/webhook_endpoints",
            found,
            Obj::WebhookEndpoint,
            &NONE,
        ))
    }))
}
