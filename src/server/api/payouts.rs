//! `/v1/payouts`: manual payouts, and the automatic ones the payout schedule makes.

use crate::ledger::{BankAccount, Payout};

use super::endpoint::{
    Endpoint, Prepared, not_found, object, page_of, prepare_get, prepare_list, take_expand, take_source_type,
};
use crate::ledger::Kind;
use crate::ledger::{Noun, PayoutParams, PayoutStatus, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/payouts`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/payouts", |p, _| list(p)),
    Endpoint::post("/v1/payouts", |p, _| create(p)),
    Endpoint::get("/v1/payouts/{payout}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/payouts/{payout}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/payouts/{payout}/cancel", |p, mut ids| cancel(p, ids.take())),
    Endpoint::post("/v1/payouts/{payout}/reverse", |p, mut ids| reverse(p, ids.take())),
];

/// The payout `id` names, if the acting account owns it.
fn visible(cx: &super::endpoint::Ctx<'_>, id: &str) -> Result<crate::ledger::PayoutId, super::endpoint::Refusal> {
    cx.ledger()
        .find::<Payout>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::Payout), id))
}

/// `POST /v1/payouts/{id}`: metadata.
pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::Payout)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let payout = visible(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.update_payout(payout, metadata))?;
        Ok(object(cx.ledger(), Obj::Payout(applied.value), &expand))
    }))
}

/// `POST /v1/payouts/{id}/cancel`.
pub fn cancel(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::Payout)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let payout = visible(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.cancel_payout(payout))?;
        Ok(object(cx.ledger(), Obj::Payout(applied.value), &expand))
    }))
}

/// `POST /v1/payouts/{id}/reverse`: answers with the new payout, the reversal.
pub fn reverse(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::Payout)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let payout = visible(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.reverse_payout(payout, metadata))?;
        Ok(object(cx.ledger(), Obj::Payout(applied.value), &expand))
    }))
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = PayoutParams {
        amount: p.take_amount("amount")?,
        currency: p.take_str("currency")?,
        destination: p.take_str("destination")?,
        method: p.take_str("method")?,
        description: p.take_str("description")?,
        statement_descriptor: p.take_str("statement_descriptor")?,
        metadata: p.take_metadata()?,
    };
    let source_type = take_source_type(&mut p)?;
    let expand = take_expand(&mut p, Kind::Payout)?;
    p.finish()?;
    source_type.check()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_payout(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::Payout(applied.value), &expand))
    }))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Payout, move |cx, expand| {
        let payout = cx
            .ledger()
            .find::<Payout>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Payout), &id))?;
        Ok(object(cx.ledger(), Obj::Payout(payout), &expand))
    })
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Payout,
        |p| {
            // In transit and pending are one state here.
            let status = match p.take_str("status")?.as_deref() {
                None => None,
                Some("pending") | Some("in_transit") => Some(Some(PayoutStatus::Pending)),
                Some("paid") => Some(Some(PayoutStatus::Paid)),
                Some("failed") => Some(Some(PayoutStatus::Failed)),
                Some("canceled") => Some(Some(PayoutStatus::Canceled)),
                Some(other) => {
                    return Err(ApiError::invalid_choice(
                        "status",
                        other,
                        &["pending", "in_transit", "paid", "failed", "canceled"],
                    ));
                }
            };
            Ok((status, p.take_str("destination")?))
        },
        |cx, list, (status, destination)| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.payouts;
            let query = list.query(
                |id| ledger.find::<Payout>(cx.actor, id).map(|p| p.index() as u32),
                Noun::Object(Kind::Payout),
            )?;
            let destination = destination.map(|d| ledger.find::<BankAccount>(cx.actor, &d));
            let found = page(
                ids,
                &query,
                |p| p.index() as u32,
                |p| ledger.payout(p).created,
                |p| {
                    let payout = ledger.payout(p);
                    status.is_none_or(|s| s == Some(payout.status))
                        && destination.is_none_or(|d| d == Some(payout.destination))
                },
            );
            Ok(page_of(ledger, "/v1/payouts", found, Obj::Payout, &list.expand))
        },
    )
}
