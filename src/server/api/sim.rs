//! The simulator's own controls, under `/_sim/` so they never collide with Stripe's paths:
//! the world's clock, resetting the world to its fixtures, and faults on demand.
//!
//! They answer JSON objects of their own (`object: "simulator.clock"`), which no Stripe SDK
//! parses.

use std::time::Duration;

use axum::http::{Method, StatusCode};
use serde::Serialize;

use super::endpoint::{Ctx, Endpoint, Prepared, Reply};
use crate::ledger::{DAY, EventId, Ledger, MAX_CLOCK_ADVANCE, Timestamp};
use crate::server::error::ApiError;
use crate::server::faults::{Effect, Fault, MAX_DELAY};
use crate::server::form::Params;
use crate::server::render::{Obj, json};

/// The simulator's controls.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/_sim/clock", |p, _| clock(p)),
    Endpoint::post("/_sim/clock/advance", |p, _| advance(p)),
    Endpoint::post("/_sim/reset", |p, _| reset(p)),
    Endpoint::get("/_sim/audit", |p, _| audit(p)),
    Endpoint::get("/_sim/faults", |p, _| list_faults(p)),
    Endpoint::post_unkept("/_sim/faults", |p, _| arm_fault(p)),
    Endpoint::post_unkept("/_sim/faults/clear", |p, _| clear_faults(p)),
];

/// The furthest one call may move the clock: ten years.
const MAX_ADVANCE: i64 = MAX_CLOCK_ADVANCE;

#[derive(Serialize)]
struct Clock<'a> {
    object: &'static str,
    now: Timestamp,
    /// How far the world's clock is ahead of the wall clock (or of `--start-time`), in
    /// seconds.
    offset: i64,
    /// The next midnight (UTC) at which scheduled payouts and bank debits run.
    next_payout_run: Timestamp,
    /// When the world's earliest payout in transit arrives, if one is in transit.
    next_payout_arrival: Option<Timestamp>,
    /// When the world's earliest pending funds become available, if any are pending.
    next_funds_available: Option<Timestamp>,
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
        next_payout_run: ledger.next_payout_run(),
        next_payout_arrival: ledger.next_payout_arrival(),
        next_funds_available: ledger.next_funds_available(),
        events: events.map(|ids| ids.iter().map(|e| ledger.id_of(Obj::Event(*e)).to_string()).collect()),
        platform: &ledger.platform().id,
    }))
}

pub fn clock(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| Ok(clock_reply(cx, None))))
}

/// Where an advance goes.
enum Target {
    /// `seconds=` and/or `days=`: this far ahead (named by the parameter given, for errors).
    By(i64, &'static str),
    /// `to=`: this moment.
    To(Timestamp),
    /// `next=`: the next moment something happens.
    Next(Moment),
}

/// The moments `next=` reaches.
#[derive(Clone, Copy)]
enum Moment {
    /// `payout_run`: the next midnight's payout run.
    PayoutRun,
    /// `payout_arrival`: when the world's earliest payout in transit arrives.
    PayoutArrival,
    /// `funds_available`: when the world's earliest pending funds become available.
    FundsAvailable,
}

impl Moment {
    const CHOICES: &[&str] = &["payout_run", "payout_arrival", "funds_available"];

    fn parse(text: &str) -> Option<Moment> {
        match text {
            "payout_run" => Some(Moment::PayoutRun),
            "payout_arrival" => Some(Moment::PayoutArrival),
            "funds_available" => Some(Moment::FundsAvailable),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            Moment::PayoutRun => "payout_run",
            Moment::PayoutArrival => "payout_arrival",
            Moment::FundsAvailable => "funds_available",
        }
    }

    /// When it comes in `ledger`'s world, if it does: there is always a next payout run, but
    /// not always a payout in transit or pending funds.
    fn at(self, ledger: &Ledger) -> Option<Timestamp> {
        match self {
            Moment::PayoutRun => Some(ledger.next_payout_run()),
            Moment::PayoutArrival => ledger.next_payout_arrival(),
            Moment::FundsAvailable => ledger.next_funds_available(),
        }
    }
}

/// `POST /_sim/clock/advance` with `seconds=` and/or `days=` (added together), or `to=` (a
/// Unix time, not before now), or `next=payout_run|payout_arrival|funds_available`.
pub fn advance(mut p: Params) -> Result<Prepared, ApiError> {
    let seconds = p.take_i64("seconds")?;
    let days = p.take_i64("days")?;
    let to = p.take_i64("to")?;
    let next = p.take_str("next")?;
    p.finish()?;
    let target = match (seconds, days, to, next.as_deref()) {
        (None, None, None, None) => return Err(ApiError::parameter_missing("seconds")),
        (seconds, days, None, None) => {
            // Errors name the parameter that was given (days when only days was).
            let param = if seconds.is_none() { "days" } else { "seconds" };
            let total = days
                .unwrap_or(0)
                .checked_mul(DAY)
                .and_then(|d| d.checked_add(seconds.unwrap_or(0)))
                .ok_or_else(|| ApiError::clock_too_far(param, MAX_ADVANCE))?;
            if total < 0 {
                return Err(ApiError::clock_backwards(
                    param,
                    format!("asked to move {total} seconds"),
                ));
            }
            if total > MAX_ADVANCE {
                return Err(ApiError::clock_too_far(param, MAX_ADVANCE));
            }
            Target::By(total, param)
        }
        (None, None, Some(to), None) => Target::To(to),
        (None, None, None, Some(next)) => {
            Target::Next(Moment::parse(next).ok_or_else(|| ApiError::invalid_choice("next", next, Moment::CHOICES))?)
        }
        _ => {
            return Err(ApiError::clock_one_target());
        }
    };
    Ok(Box::new(move |cx| {
        let now = cx.ledger().now();
        let (by, param) = match target {
            Target::By(by, param) => (by, param),
            Target::To(to) => (to.saturating_sub(now), "to"),
            Target::Next(moment) => {
                // Nothing to reach: refused, and the clock stays where it is.
                let at = moment
                    .at(cx.ledger())
                    .ok_or_else(|| ApiError::clock_no_next(moment.as_str()))?;
                (at.saturating_sub(now).max(0), "next")
            }
        };
        if by < 0 {
            return Err(
                ApiError::clock_backwards(param, format!("it is already {now}, after the time asked for")).into(),
            );
        }
        if by > MAX_ADVANCE {
            return Err(ApiError::clock_too_far(param, MAX_ADVANCE).into());
        }
        let to = now + by;
        cx.world.clock_offset = cx.world.clock_offset.saturating_add(to - cx.world.now(cx.wall));
        let events = cx.apply(|ledger| ledger.advance_clock(to));
        Ok(clock_reply(cx, Some(&events)))
    }))
}

/// `POST /_sim/reset`: the world as the fixtures make it, at the wall clock's time. With
/// `onboarding=instant|required`, accounts the reset world's API creates start as that says,
/// whatever the server's `--onboarding` (the dashboard's guided demo onboards a new seller).
pub fn reset(mut p: Params) -> Result<Prepared, ApiError> {
    let onboarding = p.take_str("onboarding")?;
    p.finish()?;
    let required = match onboarding.as_deref() {
        None => None,
        Some("instant") => Some(false),
        Some("required") => Some(true),
        Some(other) => return Err(ApiError::invalid_choice("onboarding", other, &["instant", "required"])),
    };
    Ok(Box::new(move |cx| {
        let mut fresh = cx
            .state
            .new_world(cx.world_key, cx.wall)
            .map_err(|_| ApiError::api_error())?;
        if let Some(required) = required {
            fresh.apply(cx.cause, cx.mode, |ledger| ledger.set_onboarding_required(required));
        }
        // The journal's count of this world's records goes on across a reset; deliveries
        // taken from the old world are not settled in the new one.
        fresh.seq = cx.world.seq;
        fresh.generation = cx.world.generation + 1;
        *cx.world = fresh;
        Ok(clock_reply(cx, None))
    }))
}

#[derive(Serialize)]
struct Audit<'a> {
    object: &'static str,
    /// Whether every invariant holds: each balance is the sum of its balance transactions,
    /// `connect_reserved` equals the platform's liability, money is conserved.
    ok: bool,
    problem: Option<String>,
    objects: usize,
    platform: &'a str,
}

/// `GET /_sim/audit`: re-derives every invariant of the key's world from scratch.
pub fn audit(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| {
        let ledger = cx.ledger();
        let problem = ledger.audit().err().map(|e| crate::server::error::audit_problem(&e));
        Ok(Reply::ok(json(&Audit {
            object: "simulator.audit",
            ok: problem.is_none(),
            problem,
            objects: ledger.object_count(),
            platform: &ledger.platform().id,
        })))
    }))
}

#[derive(Serialize)]
struct FaultView<'a> {
    object: &'static str,
    id: u32,
    remaining: u32,
    method: Option<&'a str>,
    path: Option<&'a str>,
    status: Option<u16>,
    should_retry: Option<bool>,
    delay_ms: Option<u128>,
}

impl<'a> From<&'a Fault> for FaultView<'a> {
    fn from(fault: &'a Fault) -> Self {
        let (status, should_retry, delay_ms) = match &fault.effect {
            Effect::Fail { status, should_retry } => (Some(status.as_u16()), Some(*should_retry), None),
            Effect::Delay(duration) => (None, None, Some(duration.as_millis())),
        };
        FaultView {
            object: "simulator.fault",
            id: fault.id,
            remaining: fault.remaining,
            method: fault.method.as_ref().map(Method::as_str),
            path: fault.path.as_deref(),
            status,
            should_retry,
            delay_ms,
        }
    }
}

#[derive(Serialize)]
struct FaultList<'a> {
    object: &'static str,
    data: Vec<FaultView<'a>>,
}

fn fault_list(cx: &Ctx<'_>) -> Reply {
    Reply::ok(json(&FaultList {
        object: "list",
        data: cx.world.faults.list().iter().map(FaultView::from).collect(),
    }))
}

pub fn list_faults(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| Ok(fault_list(cx))))
}

pub fn clear_faults(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx| {
        cx.world.faults.clear();
        Ok(fault_list(cx))
    }))
}

/// `POST /_sim/faults`: `status=429|500|502|503|504` (with `should_retry`, default true) or
/// `delay_ms=`, for the next `count` (default 1) requests matching `method` and `path`.
pub fn arm_fault(mut p: Params) -> Result<Prepared, ApiError> {
    let count = p.take_i64("count")?.unwrap_or(1);
    let method = p.take_str("method")?;
    let path = p.take_str("path")?;
    let status = p.take_i64("status")?;
    let delay_ms = p.take_i64("delay_ms")?;
    let should_retry = p.take_bool("should_retry")?;
    p.finish()?;
    if !(1..=10_000).contains(&count) {
        return Err(ApiError::fault_invalid(
            "count",
            "between 1 and 10000",
            &count.to_string(),
        ));
    }
    let method = match method.as_deref().map(str::to_ascii_uppercase).as_deref() {
        None => None,
        Some("GET") => Some(Method::GET),
        Some("POST") => Some(Method::POST),
        Some(other) => {
            return Err(ApiError::fault_invalid("method", "GET or POST", other));
        }
    };
    if let Some(path) = path.as_deref().filter(|p| !p.starts_with("/v1/")) {
        return Err(ApiError::fault_invalid("path", "a path starting with /v1/", path));
    }
    let effect = match (status, delay_ms) {
        (Some(status), None) => {
            let status = [429, 500, 502, 503, 504]
                .contains(&status)
                .then(|| StatusCode::from_u16(status as u16).ok())
                .flatten()
                .ok_or_else(|| {
                    ApiError::fault_invalid("status", "one of 429, 500, 502, 503 or 504", &status.to_string())
                })?;
            Effect::Fail {
                status,
                should_retry: should_retry.unwrap_or(true),
            }
        }
        (None, Some(ms)) => {
            let duration = u64::try_from(ms)
                .ok()
                .map(Duration::from_millis)
                .filter(|d| *d <= MAX_DELAY)
                .ok_or_else(|| {
                    let rule = format!("between 0 and {}", MAX_DELAY.as_millis());
                    ApiError::fault_invalid("delay_ms", &rule, &ms.to_string())
                })?;
            Effect::Delay(duration)
        }
        _ => return Err(ApiError::fault_one_effect()),
    };
    let fault = Fault {
        id: 0,
        remaining: count as u32,
        method,
        path,
        effect,
    };
    Ok(Box::new(move |cx| {
        let armed = cx
            .world
            .faults
            .arm(fault)
            .ok_or_else(|| ApiError::too_many_faults(crate::server::faults::MAX_FAULTS))?;
        Ok(Reply::ok(json(&FaultView::from(&armed))))
    }))
}
