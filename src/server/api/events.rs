//! `/v1/events`: what happened on the acting account, newest first, each with its object as
//! it was then, the request that caused it and its deliveries owed; and `POST
//! /v1/events/{id}/retry`, the resend the Stripe CLI's `stripe events resend` makes.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply, not_found, prepare_get, prepare_list};
use crate::ledger::{AccountId, Event, EventId, EventType, Kind, Noun, page};
use crate::server::error::ApiError;
use crate::server::expand::Expand;
use crate::server::form::Params;
use crate::server::render::{ListView, Obj, View};
use crate::server::webhooks::{FORWARD, FORWARD_CONNECT, Target};

/// `/v1/events`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/events", |p, _| list(p)),
    Endpoint::get("/v1/events/{id}", |p, mut ids| get(p, ids.take())),
    // Changes nothing that is kept: the attempt is logged, the schedule stays as it was.
    Endpoint::post_unkept("/v1/events/{id}/retry", |p, mut ids| retry(p, ids.take())),
];

/// The v1 event `id` of `account` (a thin event of API v2 is `/v2/core/events`').
fn find(cx: &Ctx<'_>, account: AccountId, id: &str) -> Result<EventId, Refusal> {
    cx.ledger()
        .find::<Event>(account, id)
        .filter(|e| !cx.ledger().event(*e).kind.is_thin())
        .ok_or_else(|| not_found(Noun::Object(Kind::Event), id))
}

/// An event as the API shows it: with what the world knows of its request and deliveries.
fn render(cx: &Ctx<'_>, event: EventId, expand: &Expand) -> Reply {
    Reply::ok(View::event(cx.ledger(), &*cx.world, event, expand).to_json())
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Event, move |cx, expand| {
        let event = find(cx, cx.actor, &id)?;
        Ok(render(cx, event, &expand))
    })
}

/// Where a resend goes: an endpoint (`webhook_endpoint=we_…`) or the server's forwarding
/// (`for_stripecli=true`, what `stripe events resend` sends without an endpoint).
enum Destination {
    Endpoint(String),
    Forwarding,
}

/// `POST /v1/events/{id}/retry`: one more delivery of the event at once, signed afresh;
/// the automatic schedule is not changed, even by a success (as on Stripe).
pub fn retry(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let endpoint = p.take_str("webhook_endpoint")?.filter(|e| !e.is_empty());
    let for_cli = p.take_bool("for_stripecli")?.unwrap_or(false);
    let account = p.take_str("account")?.filter(|a| !a.is_empty());
    let expand = super::endpoint::take_expand(&mut p, Kind::Event)?;
    p.finish()?;
    let destination = match (endpoint, for_cli) {
        (Some(endpoint), _) => Destination::Endpoint(endpoint),
        (None, true) => Destination::Forwarding,
        (None, false) => return Err(ApiError::event_retry_needs_destination()),
    };
    Ok(Box::new(move |cx| {
        let owner = match &account {
            None => cx.actor,
            Some(account) => cx
                .ledger()
                .find_account(account)
                .filter(|_| cx.actor == AccountId::PLATFORM)
                .ok_or_else(|| ApiError::resource_missing("account", account, "account"))?,
        };
        let event = find(cx, owner, &id)?;
        let connected = !cx.ledger().event(event).account.is_platform();
        let target: Target = match &destination {
            Destination::Endpoint(we) => {
                let endpoint = cx
                    .ledger()
                    .find_webhook_endpoint(AccountId::PLATFORM, we)
                    .map_err(|_| ApiError::no_such_webhook_endpoint_param(we))?;
                if cx.ledger().webhook_endpoint(endpoint).connect != connected {
                    return Err(ApiError::event_retry_wrong_scope(we).into());
                }
                endpoint.index() as Target
            }
            Destination::Forwarding => match cx.state.webhooks.forward.as_ref() {
                None => return Err(ApiError::event_retry_no_forwarding().into()),
                Some(forward) if connected && forward.connect_url.is_some() => FORWARD_CONNECT,
                Some(_) => FORWARD,
            },
        };
        cx.world.webhooks.resend(target, event);
        Ok(render(cx, event, &expand))
    }))
}

/// Whether `pattern` (`charge.succeeded`, or a wildcard like `charge.*`) matches `kind`.
fn matches(pattern: &str, kind: EventType) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => kind.as_str().starts_with(prefix),
        None => kind.as_str() == pattern,
    }
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Event,
        |p| {
            let mut patterns: Vec<String> = p.take_str("type")?.into_iter().collect();
            patterns.extend(p.take_list("types")?.unwrap_or_default());
            let delivered = p.take_bool("delivery_success")?;
            Ok((patterns, delivered))
        },
        |cx, list, (patterns, delivered)| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.events;
            let query = list.query(
                |id| ledger.find::<Event>(cx.actor, id).map(|e| e.index() as u32),
                Noun::Object(Kind::Event),
            )?;
            let found = page(
                ids,
                &query,
                |e| e.index() as u32,
                |e| ledger.event(e).created,
                |e| {
                    (patterns.is_empty() || patterns.iter().any(|p| matches(p, ledger.event(e).kind)))
                        && delivered.is_none_or(|d| cx.world.webhooks.delivered(e) == d)
                },
            );
            let items: Vec<Obj> = found.items.into_iter().map(Obj::Event).collect();
            Ok(Reply::ok(
                ListView {
                    at: ledger.now_view(),
                    facts: Some(&*cx.world),
                    url: "/v1/events",
                    items: &items,
                    has_more: found.has_more,
                    expand: &list.expand,
                }
                .to_json(),
            ))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_patterns() {
        assert!(matches("charge.*", EventType::ChargeSucceeded));
        assert!(matches("charge.succeeded", EventType::ChargeSucceeded));
        assert!(!matches("charge.succeeded", EventType::ChargeFailed));
        assert!(!matches("transfer.*", EventType::ChargeSucceeded));
        assert!(matches("*", EventType::PayoutPaid));
    }
}
