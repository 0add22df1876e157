//! `/v2/core/event_destinations`: where a world's thin events (or its v1 events, for a
//! `snapshot` destination) are delivered, signed, with the retries of webhook endpoints (the
//! delivery machinery is theirs: `server::webhooks`, `server::dispatch`). Only `type:
//! webhook_endpoint` is simulated.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply, V2Request};
use crate::ledger::{
    EventDestinationId, EventDestinationParams, EventDestinationUpdate, EventPayload, Obj, Switch, page,
};
use crate::server::error::ApiError;
use crate::server::json::Fields;
use crate::server::list::{V2Paging, url_pair};
use crate::server::render::event_destinations::{Reveal, Revealed};
use crate::server::render::json;
use crate::server::render::v2::V2List;
use crate::server::spec;
use crate::server::version::is_api_version;
use crate::server::webhooks::{self, UrlProblem};

/// `/v2/core/event_destinations`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::v2_post("/v2/core/event_destinations", |r, _| create(r)),
    Endpoint::v2_get("/v2/core/event_destinations", |r, _| list(r)),
    Endpoint::v2_get("/v2/core/event_destinations/{id}", |r, mut ids| get(r, ids.take())),
    Endpoint::v2_post("/v2/core/event_destinations/{id}", |r, mut ids| update(r, ids.take())),
    Endpoint::v2_delete("/v2/core/event_destinations/{id}", |r, mut ids| delete(r, ids.take())),
    Endpoint::v2_post("/v2/core/event_destinations/{id}/enable", |r, mut ids| {
        switch(r, ids.take(), Switch::Enable)
    }),
    Endpoint::v2_post("/v2/core/event_destinations/{id}/disable", |r, mut ids| {
        switch(r, ids.take(), Switch::Disable)
    }),
    Endpoint::v2_post("/v2/core/event_destinations/{id}/ping", |r, mut ids| {
        ping(r, ids.take())
    }),
];

/// Every thin event type Stripe has (stripe-python 16.1.0's event classes), which a thin
/// destination may subscribe to; debitsim sends those it simulates
/// (`v2.core.account.created`, `.updated`, `.closed` and the destination's own ping).
pub const THIN_EVENT_TYPES: &[&str] = &[
    "v2.core.account.closed",
    "v2.core.account.created",
    "v2.core.account.updated",
    "v2.core.account[configuration.customer].capability_status_updated",
    "v2.core.account[configuration.customer].updated",
    "v2.core.account[configuration.merchant].capability_status_updated",
    "v2.core.account[configuration.merchant].updated",
    "v2.core.account[configuration.recipient].capability_status_updated",
    "v2.core.account[configuration.recipient].updated",
    "v2.core.account[defaults].updated",
    "v2.core.account[future_requirements].updated",
    "v2.core.account[identity].updated",
    "v2.core.account[requirements].updated",
    "v2.core.account_link.returned",
    "v2.core.account_person.created",
    "v2.core.account_person.deleted",
    "v2.core.account_person.updated",
    "v2.core.event_destination.ping",
];

/// A receiver's URL, refused in Stripe's manner.
fn check_url(url: &str) -> Result<(), ApiError> {
    webhooks::check_url(url).map_err(|UrlProblem::Invalid| ApiError::webhook_url_invalid(url))
}

/// `enabled_events`: at least one, each an event type Stripe has for the payload.
fn check_events(events: Vec<String>, payload: EventPayload) -> Result<Vec<Box<str>>, ApiError> {
    if events.is_empty() {
        return Err(ApiError::webhook_events_empty());
    }
    for (i, name) in events.iter().enumerate() {
        let known = match payload {
            EventPayload::Thin => THIN_EVENT_TYPES.contains(&name.as_str()),
            EventPayload::Snapshot => name != "*" && spec::is_event_type(name),
        };
        if !known {
            return Err(ApiError::webhook_event_unknown(format!("enabled_events[{i}]"), name));
        }
    }
    let mut events: Vec<Box<str>> = events.into_iter().map(String::into_boxed_str).collect();
    events.sort();
    events.dedup();
    Ok(events)
}

/// `include[]` of a destination's response: `webhook_endpoint.url`, and at its creation
/// `webhook_endpoint.signing_secret`.
fn include_of(values: Option<Vec<String>>, creating: bool) -> Result<(bool, bool), ApiError> {
    let choices: &[&str] = if creating {
        &["webhook_endpoint.signing_secret", "webhook_endpoint.url"]
    } else {
        &["webhook_endpoint.url"]
    };
    let (mut url, mut secret) = (false, false);
    for (i, value) in values.unwrap_or_default().iter().enumerate() {
        match value.as_str() {
            "webhook_endpoint.url" => url = true,
            "webhook_endpoint.signing_secret" if creating => secret = true,
            _ => return Err(ApiError::invalid_choice(format!("include[{i}]"), value, choices)),
        }
    }
    Ok((url, secret))
}

/// `webhook_endpoint.url` of a body.
fn take_url(body: &mut Fields) -> Result<Option<String>, ApiError> {
    let Some(mut endpoint) = body.take_object("webhook_endpoint")? else {
        return Ok(None);
    };
    let url = endpoint
        .take_str("url")?
        .ok_or_else(|| ApiError::v2_field_missing(endpoint.child("url")))?;
    endpoint.finish()?;
    check_url(&url)?;
    Ok(Some(url))
}

/// The live destination `id` names, as the platform.
fn find(cx: &Ctx<'_>, id: &str) -> Result<EventDestinationId, Refusal> {
    Ok(cx.ledger().find_event_destination(cx.actor, id)?)
}

fn render(cx: &Ctx<'_>, id: EventDestinationId, reveal: Reveal<'_>) -> Reply {
    Reply::ok(json(&Revealed {
        at: cx.ledger().now_view(),
        id,
        reveal,
    }))
}

pub fn create(request: V2Request) -> Result<Prepared, ApiError> {
    let V2Request { query, mut body } = request;
    query.finish()?;
    let name = body
        .take_str("name")?
        .ok_or_else(|| ApiError::v2_field_missing("name"))?;
    let kind = body
        .take_choice("type", &["amazon_eventbridge", "azure_event_grid", "webhook_endpoint"])?
        .ok_or_else(|| ApiError::v2_field_missing("type"))?;
    if kind != "webhook_endpoint" {
        return Err(ApiError::v2_destination_type_not_simulated(kind));
    }
    let payload = match body.take_choice("event_payload", &["snapshot", "thin"])? {
        Some("snapshot") => EventPayload::Snapshot,
        Some(_) => EventPayload::Thin,
        None => return Err(ApiError::v2_field_missing("event_payload")),
    };
    let events = body
        .take_str_list("enabled_events")?
        .ok_or_else(|| ApiError::v2_field_missing("enabled_events"))?;
    let enabled_events = check_events(events, payload)?;
    let (mut from_self, mut from_accounts) = (false, false);
    match body.take_str_list("events_from")? {
        // Stripe's default: the account's own events.
        None => from_self = true,
        Some(scopes) => {
            for (i, scope) in scopes.iter().enumerate() {
                match scope.as_str() {
                    "@self" => from_self = true,
                    "@accounts" => from_accounts = true,
                    other => {
                        return Err(ApiError::invalid_choice(
                            format!("events_from[{i}]"),
                            other,
                            &["@self", "@accounts"],
                        ));
                    }
                }
            }
        }
    }
    let snapshot_api_version = body.take_str("snapshot_api_version")?;
    match (&snapshot_api_version, payload) {
        (Some(version), EventPayload::Snapshot) if !is_api_version(version.as_bytes()) => {
            return Err(ApiError::invalid_api_version(version));
        }
        (Some(_), EventPayload::Thin) => return Err(ApiError::v2_snapshot_version_on_thin()),
        _ => {}
    }
    let url = take_url(&mut body)?.ok_or_else(|| ApiError::v2_field_missing("webhook_endpoint.url"))?;
    let (reveal_url, reveal_secret) = include_of(body.take_str_list("include")?, true)?;
    let params = EventDestinationParams {
        name,
        description: body.take_str("description")?,
        enabled_events,
        payload,
        from_self,
        from_accounts,
        snapshot_api_version,
        url,
        metadata: body.take_metadata()?,
    };
    body.finish()?;
    Ok(Box::new(move |cx| {
        let actor = cx.actor;
        let id = cx.apply(|ledger| ledger.create_event_destination(actor, params))?.value;
        let secret = cx.ledger().event_destination_secret(id);
        Ok(render(
            cx,
            id,
            Reveal {
                url: reveal_url,
                secret: reveal_secret.then_some(secret.as_str()),
            },
        ))
    }))
}

pub fn get(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    let V2Request { mut query, body } = request;
    let (url, _) = include_of(query.take_list("include")?, false)?;
    V2Request { query, body }.finish()?;
    Ok(Box::new(move |cx| {
        let destination = find(cx, &id)?;
        Ok(render(cx, destination, Reveal { url, secret: None }))
    }))
}

pub fn update(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    let V2Request { query, mut body } = request;
    query.finish()?;
    let events = body.take_str_list("enabled_events")?;
    let update = EventDestinationUpdate {
        name: body.take_str("name")?,
        description: body.take_str("description")?,
        enabled_events: None,
        url: take_url(&mut body)?,
        metadata: body.take_metadata()?,
    };
    let (url, _) = include_of(body.take_str_list("include")?, false)?;
    body.finish()?;
    Ok(Box::new(move |cx| {
        let destination = find(cx, &id)?;
        let payload = cx.ledger().event_destination(destination).payload;
        let enabled_events = events.map(|e| check_events(e, payload)).transpose()?;
        let update = EventDestinationUpdate {
            enabled_events,
            ..update
        };
        cx.apply(|ledger| ledger.update_event_destination(destination, update))?;
        Ok(render(cx, destination, Reveal { url, secret: None }))
    }))
}

pub fn switch(request: V2Request, id: String, switch: Switch) -> Result<Prepared, ApiError> {
    request.finish()?;
    Ok(Box::new(move |cx| {
        let destination = find(cx, &id)?;
        cx.apply(|ledger| ledger.switch_event_destination(destination, switch));
        Ok(render(cx, destination, Reveal::default()))
    }))
}

pub fn delete(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    request.finish()?;
    Ok(Box::new(move |cx| {
        let destination = find(cx, &id)?;
        cx.apply(|ledger| ledger.delete_event_destination(destination));
        cx.world.webhooks.drop_destination(destination);
        #[derive(serde::Serialize)]
        struct Deleted<'a> {
            id: &'a str,
            object: &'static str,
        }
        let text = cx.ledger().id_of(Obj::EventDestination(destination)).to_string();
        Ok(Reply::ok(json(&Deleted {
            id: &text,
            object: "v2.core.event_destination",
        })))
    }))
}

/// `POST …/ping`: a `v2.core.event_destination.ping` thin event, sent to this destination
/// alone (whatever it subscribes to, enabled or not being what decides delivery), returned.
pub fn ping(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    request.finish()?;
    Ok(Box::new(move |cx| {
        let destination = find(cx, &id)?;
        let event = cx.apply(|ledger| ledger.ping_event_destination(destination)).value;
        Ok(super::events_v2::render(cx, event))
    }))
}

pub fn list(request: V2Request) -> Result<Prepared, ApiError> {
    let V2Request { mut query, body } = request;
    let paging = V2Paging::take(&mut query)?;
    let (url, _) = include_of(query.take_list("include")?, false)?;
    V2Request { query, body }.finish()?;
    let carried: Vec<String> = if url {
        vec![url_pair("include[0]", "webhook_endpoint.url")]
    } else {
        Vec::new()
    };
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let live = ledger.event_destinations_of(cx.actor)?;
        let found = page(
            &live,
            &paging.query(),
            |d| d.index() as u32,
            |d| ledger.event_destination(d).created,
            |_| true,
        );
        let index = |d: Option<&EventDestinationId>| d.map(|d| d.index() as u32);
        let (next, previous) = paging.urls(
            "/v2/core/event_destinations",
            &carried,
            index(found.items.first()),
            index(found.items.last()),
            found.has_more,
        );
        let at = ledger.now_view();
        let data: Vec<Revealed<'_>> = found
            .items
            .iter()
            .map(|id| Revealed {
                at,
                id: *id,
                reveal: Reveal { url, secret: None },
            })
            .collect();
        Ok(Reply::ok(json(&V2List {
            data: &data,
            next_page_url: next,
            previous_page_url: previous,
        })))
    }))
}
