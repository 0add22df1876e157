//! `/v1/test_helpers/test_clocks`: Stripe's test clocks, each a front for the world's clock
//! (docs/behaviour.md §21). Advancing one moves the world's clock with it, settlement and
//! payouts included; the answer shows the clock `advancing`, as Stripe's does, and it is
//! `ready` for every later request.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply, object, page_of};
use crate::ledger::{Kind, Noun, Obj, TestClockId, TestClockParams, page};
use crate::server::error::ApiError;
use crate::server::expand::NONE;
use crate::server::form::Params;
use crate::server::list::ListParams;
use crate::server::render::View;

/// `/v1/test_helpers/test_clocks`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/test_helpers/test_clocks", |p, _| list(p)),
    Endpoint::post("/v1/test_helpers/test_clocks", |p, _| create(p)),
    Endpoint::get("/v1/test_helpers/test_clocks/{test_clock}", |p, mut ids| {
        get(p, ids.take())
    }),
    Endpoint::delete("/v1/test_helpers/test_clocks/{test_clock}", |p, mut ids| {
        delete(p, ids.take())
    }),
    Endpoint::post("/v1/test_helpers/test_clocks/{test_clock}/advance", |p, mut ids| {
        advance(p, ids.take())
    }),
];

/// The live clock `id` names, as the platform (the only account with clocks).
fn find(cx: &Ctx<'_>, id: &str) -> Result<TestClockId, Refusal> {
    Ok(cx.ledger().find_test_clock(cx.actor, id)?)
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = TestClockParams {
        frozen_time: p.take_amount("frozen_time")?,
        name: p.take_str("name")?,
        customer: p.take_str("customer")?,
    };
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_test_clock(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::TestClock(applied.value), &NONE))
    }))
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let clock = find(cx, &id)?;
        Ok(object(cx.ledger(), Obj::TestClock(clock), &NONE))
    }))
}

/// Advances the clock and, when the world has not reached its new frozen time, the world's
/// clock with it; the world then follows the wall clock from there, as after
/// `/_sim/clock/advance`.
pub fn advance(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let frozen_time = p.take_amount("frozen_time")?;
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let clock = find(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.advance_test_clock(clock, &frozen_time))?;
        // The world's clock stays where the advance took it, then goes on with the wall clock.
        let to = cx.ledger().test_clock(clock).frozen_time;
        cx.world.clock_offset = cx.world.clock_offset.max(to.saturating_sub(cx.wall));
        // Answered as the clock was when its advance began: `advancing`, as its event shows.
        let began = applied.events[0];
        let ledger = cx.ledger();
        let view = View {
            at: ledger.as_of(ledger.event(began).at),
            obj: Obj::TestClock(clock),
            expand: &NONE,
            facts: None,
        };
        Ok(Reply::ok(view.to_json()))
    }))
}

pub fn delete(p: Params, id: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let clock = find(cx, &id)?;
        cx.apply(|ledger| ledger.delete_test_clock(clock))?;
        // Rendered now, a deleted clock is Stripe's `{id, object, deleted: true}`.
        Ok(object(cx.ledger(), Obj::TestClock(clock), &NONE))
    }))
}

pub fn list(mut p: Params) -> Result<Prepared, ApiError> {
    let list = ListParams::take_plain(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        let live = ledger.test_clocks_of(cx.actor)?;
        let query = list.query(
            |id| find(cx, id).ok().map(|c| c.index() as u32),
            Noun::Object(Kind::TestClock),
        )?;
        let found = page(
            &live,
            &query,
            |c| c.index() as u32,
            |c| ledger.test_clock(c).created,
            |_| true,
        );
        Ok(page_of(
            ledger,
            "/v1/test_helpers/test_clocks",
            found,
            Obj::TestClock,
            &NONE,
        ))
    }))
}
