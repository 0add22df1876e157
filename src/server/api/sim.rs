//! The simulator's own controls, under `/_sim/` so they never collide with Stripe's paths:
//! the world's clock, and resetting the world to its fixtures.
//!
//! They answer JSON objects of their own (`object: "simulator.clock"`), which no Stripe SDK
//! parses.

use axum::http::StatusCode;
use serde::Serialize;

use super::{Ctx, Prepared, Reply};
use crate::ledger::{DAY, EventId, Timestamp};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{Obj, json};

/// The furthest one call may move the clock: ten years.
const MAX_ADVANCE: i64 = 3650 * DAY;

#[derive(Serialize)]
struct Clock<'a> {
    object: &'static str,
    now: Timestamp,
    /// How far the world's clock is ahead of the wall clock, in seconds.
    offset: i64,
    /// The events the advance caused (payouts, funds becoming available), oldest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    events: Option<Vec<String>>,
    platform: &'a str,
}

fn clock_reply(cx: &Ctx<'_>, events: Option<&[EventId]>) -> Reply {
    let ledger = cx.ledger();
    Reply::ok(json(&Clock {
        object: "simulator.clock",
        now: ledger.now(),
        offset: cx.world.clock_offset,
        events: events.map(|ids| {
            ids.iter()
                .map(|e| super::super::render::id_of(ledger, Obj::Event(*e)).as_str().to_owned())
                .collect()
        }),
        platform: &ledger.platform().id,
    }))
}

pub fn clock(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| Ok(clock_reply(cx, None))))
}

fn invalid(param: &str, message: String) -> ApiError {
    ApiError::invalid_request(StatusCode::BAD_REQUEST, None, Some(param.to_owned()), message)
}

/// `POST /_sim/clock/advance` with `seconds=` or `days=` (or both, added together).
pub fn advance(mut p: Params) -> Result<Prepared, ApiError> {
    let seconds = p.take_i64("seconds")?;
    let days = p.take_i64("days")?;
    p.finish()?;
    let total = match (seconds, days) {
        (None, None) => return Err(ApiError::parameter_missing("seconds")),
        (seconds, days) => days
            .unwrap_or(0)
            .checked_mul(DAY)
            .and_then(|d| d.checked_add(seconds.unwrap_or(0)))
            .ok_or_else(|| invalid("seconds", "The clock can move at most ten years at a time.".into()))?,
    };
    if total < 0 {
        return Err(invalid(
            "seconds",
            format!("The clock only moves forward (asked to move {total} seconds)."),
        ));
    }
    if total > MAX_ADVANCE {
        return Err(invalid(
            "seconds",
            format!("The clock can move at most ten years ({MAX_ADVANCE} seconds) at a time."),
        ));
    }
    Ok(Box::new(move |cx| {
        cx.world.clock_offset = cx.world.clock_offset.saturating_add(total);
        let to = cx.world.now(cx.wall);
        let events = cx.world.ledger.advance_clock(to);
        Ok(clock_reply(cx, Some(&events)))
    }))
}

/// `POST /_sim/reset`: the world as the fixtures make it, at the wall clock's time.
pub fn reset(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| {
        let fresh = cx.state.new_world(cx.world_key).map_err(|_| ApiError::api_error())?;
        *cx.world = fresh;
        Ok(clock_reply(cx, None))
    }))
}
