//! `/v1/refunds`: refunds of card charges.

use super::{
    Endpoint, Prepared, Unsupported, not_found, object, page_of, prepare_get, prepare_list, take_expand,
    take_ignored_bool,
};
use crate::ledger::Kind;
use crate::ledger::{Charge, Feature, Refund};
use crate::ledger::{Input, Noun, RefundParams, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/refunds`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/refunds", |p, _| list(p)),
    Endpoint::post("/v1/refunds", |p, _| create(p)),
    Endpoint::get("/v1/refunds/{refund}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/refunds/{refund}", |p, mut ids| update(p, ids.take())),
];

/// `POST /v1/refunds/{id}`: metadata.
pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::Refund)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let refund = cx
            .ledger()
            .find::<Refund>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Refund), &id))?;
        let applied = cx.world.ledger.update_refund(refund, metadata)?;
        Ok(object(cx.ledger(), Obj::Refund(applied.value), &expand))
    }))
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = RefundParams {
        charge: p.take_str("charge")?,
        amount: match p.take_str("amount")? {
            None => Input::Missing,
            Some(text) => Input::parse_integer(Some(&text)),
        },
        reason: p.take_str("reason")?,
        metadata: p.take_metadata()?,
        reverse_transfer: p.take_bool("reverse_transfer")?,
    };
    // No application fees exist here, so there is never one to refund.
    take_ignored_bool(&mut p, "refund_application_fee")?;
    let unsupported = Unsupported::take(
        &mut p,
        &[
            ("payment_intent", Feature::PaymentIntents),
            ("customer", Feature::Customers),
            ("origin", Feature::CustomerBalanceRefunds),
            ("instructions_email", Feature::RefundInstructions),
            ("currency", Feature::CustomerBalanceRefunds),
        ],
    );
    let expand = take_expand(&mut p, Kind::Refund)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let applied = cx.world.ledger.create_refund(cx.actor, params)?;
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
        |p| {
            let unsupported = Unsupported::take(p, &[("payment_intent", Feature::PaymentIntents)]);
            Ok((p.take_str("charge")?, unsupported))
        },
        |cx, list, (charge, unsupported)| {
            unsupported.check()?;
            let ledger = cx.ledger();
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
                |r| charge.is_none_or(|c| c == Some(ledger.refund(r).charge)),
            );
            Ok(page_of(ledger, "/v1/refunds", found, Obj::Refund, &list.expand))
        },
    )
}
