//! `/_sim/webhooks/…`: the world's webhook deliveries, for tests and the dashboard — every
//! recent attempt (time, status, latency, error), and what is still owed with when its next
//! attempt is due.

use serde::Serialize;

use super::endpoint::{Ctx, Endpoint, Prepared, Reply};
use crate::ledger::{Event, EventId, Timestamp, WebhookEndpointId};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{Obj, json};
use crate::server::webhooks::{FORWARD, FORWARD_CONNECT, Target, as_destination};

pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/_sim/webhooks/attempts", |p, _| attempts(p)),
    Endpoint::get("/_sim/webhooks/owed", |p, _| owed(p)),
];

/// How a target is named: an endpoint's `we_…`, an event destination's `ed_test_…`, or the
/// forwarding flag it comes from.
pub(super) fn target_name(cx: &Ctx<'_>, target: Target) -> String {
    match target {
        FORWARD => "forward_to".to_owned(),
        FORWARD_CONNECT => "forward_connect_to".to_owned(),
        target if as_destination(target).is_some() => as_destination(target)
            .map(|d| cx.ledger().id_of(Obj::EventDestination(d)).to_string())
            .unwrap_or_default(),
        index => cx
            .ledger()
            .id_of(Obj::WebhookEndpoint(WebhookEndpointId(index)))
            .to_string(),
    }
}

/// Reads the optional `event=` and `webhook_endpoint=` filters.
fn filters(p: &mut Params) -> Result<(Option<String>, Option<String>), ApiError> {
    Ok((p.take_str("event")?, p.take_str("webhook_endpoint")?))
}

/// Whether an entry passes the filters; `event` is the `event=` filter already found (an
/// id that names no event of the account matches nothing).
fn wanted(
    cx: &Ctx<'_>,
    by_event: Option<Option<EventId>>,
    by_target: Option<&str>,
    event: EventId,
    target: Target,
) -> bool {
    by_event.is_none_or(|found| found == Some(event)) && by_target.is_none_or(|name| target_name(cx, target) == name)
}

/// The `event=` filter, found once for the whole list.
fn find_event(cx: &Ctx<'_>, filter: &(Option<String>, Option<String>)) -> Option<Option<EventId>> {
    filter.0.as_deref().map(|id| cx.ledger().find::<Event>(cx.actor, id))
}

#[derive(Serialize)]
struct AttemptView {
    object: &'static str,
    event: String,
    #[serde(rename = "type")]
    kind: &'static str,
    webhook_endpoint: String,
    /// When the attempt was made, in the world's time (simulated when its clock is).
    created: Timestamp,
    /// The receiver's status, if it answered.
    status: Option<u16>,
    latency_ms: u64,
    error: Option<String>,
    manual: bool,
}

#[derive(Serialize)]
struct Listed<T> {
    object: &'static str,
    data: Vec<T>,
}

/// `GET /_sim/webhooks/attempts`: the latest attempts (up to a thousand), newest first.
pub fn attempts(mut p: Params) -> Result<Prepared, ApiError> {
    let filter = filters(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let by_event = find_event(cx, &filter);
        let data = cx
            .world
            .webhooks
            .attempts()
            .rev()
            .filter(|a| {
                ledger.owner(Obj::Event(a.event)) == cx.actor
                    && wanted(cx, by_event, filter.1.as_deref(), a.event, a.target)
            })
            .map(|a| AttemptView {
                object: "simulator.webhook_attempt",
                event: ledger.id_of(Obj::Event(a.event)).to_string(),
                kind: ledger.event(a.event).kind.as_str(),
                webhook_endpoint: target_name(cx, a.target),
                created: a.at,
                status: a.status,
                latency_ms: a.latency_ms,
                error: a.error.clone(),
                manual: a.manual,
            })
            .collect();
        Ok(Reply::ok(json(&Listed { object: "list", data })))
    }))
}

#[derive(Serialize)]
struct OwedView {
    object: &'static str,
    event: String,
    #[serde(rename = "type")]
    kind: &'static str,
    webhook_endpoint: String,
    attempts: u32,
    /// When the next attempt is due, in the world's simulated time.
    next_attempt: Timestamp,
    /// Whether an attempt is under way now.
    attempting: bool,
}

/// `GET /_sim/webhooks/owed`: every delivery not yet successful nor given up, oldest event
/// first.
pub fn owed(mut p: Params) -> Result<Prepared, ApiError> {
    let filter = filters(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let by_event = find_event(cx, &filter);
        let data = cx
            .world
            .webhooks
            .all_owed()
            .filter(|(target, event, _)| {
                ledger.owner(Obj::Event(*event)) == cx.actor
                    && wanted(cx, by_event, filter.1.as_deref(), *event, *target)
            })
            .map(|(target, event, owed)| OwedView {
                object: "simulator.webhook_delivery",
                event: ledger.id_of(Obj::Event(event)).to_string(),
                kind: ledger.event(event).kind.as_str(),
                webhook_endpoint: target_name(cx, target),
                attempts: owed.attempts,
                next_attempt: owed.due,
                attempting: cx.world.webhooks.attempting(target, event),
            })
            .collect();
        Ok(Reply::ok(json(&Listed { object: "list", data })))
    }))
}
