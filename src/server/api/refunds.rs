//! `/v1/refunds`: refunds of card charges.

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, Unsupported, not_found, object, page_of, prepare_get, prepare_list, take_expand,
};
use crate::ledger::Kind;
use crate::ledger::{Charge, Feature, PaymentIntent, Refund, RefundId};
use crate::ledger::{Noun, RefundParams, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/refunds`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/refunds", |p, _| list(p)),
    Endpoint::post("/v1/refunds", |p, _| create(p)),
    Endpoint::get("/v1/refunds/{refund}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/refunds/{refund}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/test_helpers/refunds/{refund}/expire", |p, mut ids| {
        expire(p, ids.take())
    }),
];

/// The refund `id` names on the acting account, or a 404.
fn own_refund(cx: &Ctx<'_>, id: &str) -> Result<RefundId, Refusal> {
    cx.ledger()
        .find::<Refund>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::Refund), id))
}

/// `POST /v1/test_helpers/refunds/{id}/expire`: Stripe's test helper for a refund waiting on
/// the customer; refunds here never wait, so it answers Stripe's refusal for the refund's
/// status (a refund it cannot find is a 404).
pub fn expire(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::Refund)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let refund = own_refund(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.expire_refund(refund))?;
        Ok(object(cx.ledger(), Obj::Refund(applied.value), &expand))
    }))
}

/// `POST /v1/refunds/{id}`: metadata.
pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::Refund)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let refund = own_refund(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.update_refund(refund, metadata))?;
        Ok(object(cx.ledger(), Obj::Refund(applied.value), &expand))
    }))
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = RefundParams {
        charge: p.take_str("charge")?,
        amount: p.take_amount("amount")?,
        reason: p.take_str("reason")?,
        metadata: p.take_metadata()?,
        reverse_transfer: p.take_bool("reverse_transfer")?,
        payment_intent: p.take_str("payment_intent")?,
        refund_application_fee: p.take_bool("refund_application_fee")?,
    };
    let unsupported = Unsupported::take(
        &mut p,
        &[
            ("customer", Feature::CustomerBalanceRefunds),
            ("origin", Feature::CustomerBalanceRefunds),
            ("instructions_email", Feature::RefundInstructions),
            ("currency", Feature::CustomerBalanceRefunds),
        ],
    );
    let expand = take_expand(&mut p, Kind::Refund)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_refund(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::Refund(applied.value), &expand))
    }))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Refund, move |cx, expand| {
        let refund = cx
            .ledger()
            .find::<Refund>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Refund), &id))?;
        Ok(object(cx.ledger(), Obj::Refund(refund), &expand))
    })
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Refund,
        |p| Ok((p.take_str("charge")?, p.take_str("payment_intent")?)),
        |cx, list, (charge, intent)| {
            let ledger = cx.ledger();
            let intent = intent.map(|i| ledger.find::<PaymentIntent>(cx.actor, &i));
            let ids = &ledger.books(cx.actor).indexes.refunds;
            let query = list.query(
                |id| ledger.find::<Refund>(cx.actor, id).map(|r| r.index() as u32),
                Noun::Object(Kind::Refund),
            )?;
            let charge = charge.map(|c| ledger.find::<Charge>(cx.actor, &c));
            let found = page(
                ids,
                &query,
                |r| r.index() as u32,
                |r| ledger.refund(r).created,
                |r| {
                    let refunded = ledger.refund(r).charge;
                    charge.is_none_or(|c| c == Some(refunded))
                        && intent.is_none_or(|i| i.is_some() && ledger.charge(refunded).links.payment_intent == i)
                },
            );
            Ok(page_of(ledger, "/v1/refunds", found, Obj::Refund, &list.expand))
        },
    )
}
