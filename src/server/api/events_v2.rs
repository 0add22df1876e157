//! `/v2/core/events`: thin events, each as a reference to its object with the request that
//! caused it (the receiver of a delivery fetches it here, as the SDKs' `fetch_event` does).

use super::endpoint::{Ctx, Endpoint, Prepared, Reply, V2Request, not_found};
use crate::ledger::{Event, EventId, Kind, Noun, page};
use crate::server::error::ApiError;
use crate::server::list::{V2Paging, url_pair};
use crate::server::render::v2::V2List;
use crate::server::render::{View, json};

/// `/v2/core/events`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::v2_get("/v2/core/events", |r, _| list(r)),
    Endpoint::v2_get("/v2/core/events/{id}", |r, mut ids| get(r, ids.take())),
];

/// The thin event as the API and its deliveries show it.
pub fn render(cx: &Ctx<'_>, event: EventId) -> Reply {
    Reply::ok(View::event(cx.ledger(), &*cx.world, event, &crate::server::expand::NONE).to_json())
}

pub fn get(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    request.finish()?;
    Ok(Box::new(move |cx| {
        let event = cx
            .ledger()
            .find::<Event>(cx.actor, &id)
            .filter(|e| cx.ledger().event(*e).kind.is_thin())
            .ok_or_else(|| not_found(Noun::Object(Kind::Event), &id))?;
        Ok(render(cx, event))
    }))
}

/// Thin events newest first, of an object (`object_id`) or of given `types`.
pub fn list(request: V2Request) -> Result<Prepared, ApiError> {
    let V2Request { mut query, body } = request;
    let paging = V2Paging::take(&mut query)?;
    let object_id = query.take_str("object_id")?.filter(|o| !o.is_empty());
    let types = query.take_list("types")?.unwrap_or_default();
    V2Request { query, body }.finish()?;
    let mut carried = Vec::new();
    if let Some(object) = &object_id {
        carried.push(url_pair("object_id", object));
    }
    for (i, kind) in types.iter().enumerate() {
        carried.push(url_pair(&format!("types[{i}]"), kind));
    }
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let all: Vec<EventId> = if cx.actor.is_platform() {
            ledger.all::<Event>().collect()
        } else {
            Vec::new()
        };
        let found = page(
            &all,
            &paging.query(),
            |e| e.index() as u32,
            |e| ledger.event(e).created,
            |e| {
                let event = ledger.event(e);
                event.kind.is_thin()
                    && object_id
                        .as_deref()
                        .is_none_or(|o| ledger.id_of(event.object).as_str() == o)
                    && (types.is_empty() || types.iter().any(|t| t == event.kind.as_str()))
            },
        );
        let index = |e: Option<&EventId>| e.map(|e| e.index() as u32);
        let (next, previous) = paging.urls(
            "/v2/core/events",
            &carried,
            index(found.items.first()),
            index(found.items.last()),
            found.has_more,
        );
        let data: Vec<View<'_>> = found
            .items
            .iter()
            .map(|e| View::event(ledger, &*cx.world, *e, &crate::server::expand::NONE))
            .collect();
        Ok(Reply::ok(json(&V2List {
            data: &data,
            next_page_url: next,
            previous_page_url: previous,
        })))
    }))
}
