//! `/v1/application_fees` and their refunds: the platform's fees, listed and retrieved, and
//! returned (in part, repeatedly, never beyond what is left) to the accounts that paid them.

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, not_found, object, page_of, prepare_get, prepare_list, take_expand,
};
use crate::ledger::{ApplicationFee, ApplicationFeeId, FeeRefund, FeeRefundId, FeeRefundParams, Kind, Noun, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/application_fees`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/application_fees", |p, _| list(p)),
    Endpoint::get("/v1/application_fees/{id}", |p, mut ids| get(p, ids.take())),
    Endpoint::get("/v1/application_fees/{id}/refunds", |p, mut ids| {
        list_refunds(p, ids.take())
    }),
    Endpoint::post("/v1/application_fees/{id}/refunds", |p, mut ids| refund(p, ids.take())),
    Endpoint::get("/v1/application_fees/{fee}/refunds/{id}", |p, mut ids| {
        let fee = ids.take();
        get_refund(p, fee, ids.take())
    }),
    Endpoint::post("/v1/application_fees/{fee}/refunds/{id}", |p, mut ids| {
        let fee = ids.take();
        update_refund(p, fee, ids.take())
    }),
];

/// The fee `id` names: fees are the platform's, so only the platform sees them.
fn own_fee(cx: &Ctx<'_>, id: &str) -> Result<ApplicationFeeId, Refusal> {
    cx.ledger()
        .find::<ApplicationFee>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::ApplicationFee), id))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::ApplicationFee, move |cx, expand| {
        let fee = own_fee(cx, &id)?;
        Ok(object(cx.ledger(), Obj::ApplicationFee(fee), &expand))
    })
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::ApplicationFee,
        |p| p.take_str("charge"),
        |cx, list, charge| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.application_fees;
            let query = list.query(
                |id| ledger.find::<ApplicationFee>(cx.actor, id).map(|f| f.index() as u32),
                Noun::Object(Kind::ApplicationFee),
            )?;
            // `charge` matches the charge the fee was taken from or, for a destination
            // charge, the platform's charge it came with; any account's charge may be named.
            let charge = charge.map(|c| match ledger.locate(&c) {
                Some(Obj::Charge(id)) => Some(id),
                _ => None,
            });
            let found = page(
                ids,
                &query,
                |f| f.index() as u32,
                |f| ledger.application_fee(f).created,
                |f| {
                    let fee = ledger.application_fee(f);
                    charge.is_none_or(|c| c.is_some() && (c == Some(fee.charge) || c == fee.originating_transaction))
                },
            );
            Ok(page_of(
                ledger,
                "/v1/application_fees",
                found,
                Obj::ApplicationFee,
                &list.expand,
            ))
        },
    )
}

pub fn refund(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let params = FeeRefundParams {
        amount: p.take_amount("amount")?,
        metadata: p.take_metadata()?,
    };
    let expand = take_expand(&mut p, Kind::FeeRefund)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let fee = own_fee(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.refund_application_fee(fee, params))?;
        Ok(object(cx.ledger(), Obj::FeeRefund(applied.value), &expand))
    }))
}

pub fn list_refunds(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::FeeRefund,
        |_| Ok(()),
        move |cx, list, ()| {
            let fee = own_fee(cx, &id)?;
            let ledger = cx.ledger();
            let ids = &ledger.application_fee(fee).refunds;
            let query = list.query(
                |r| {
                    ledger
                        .find::<FeeRefund>(cx.actor, r)
                        .filter(|r| ledger.fee_refund(*r).fee == fee)
                        .map(|r| r.index() as u32)
                },
                Noun::Object(Kind::FeeRefund),
            )?;
            let found = page(
                ids,
                &query,
                |r| r.index() as u32,
                |r| ledger.fee_refund(r).created,
                |_| true,
            );
            let url = format!("/v1/application_fees/{id}/refunds");
            Ok(page_of(ledger, &url, found, Obj::FeeRefund, &list.expand))
        },
    )
}

/// The refund `refund` of fee `fee`, both named in the path.
fn own_refund(cx: &Ctx<'_>, fee: &str, refund: &str) -> Result<FeeRefundId, Refusal> {
    let fee = own_fee(cx, fee)?;
    cx.ledger()
        .find::<FeeRefund>(cx.actor, refund)
        .filter(|r| cx.ledger().fee_refund(*r).fee == fee)
        .ok_or_else(|| not_found(Noun::Object(Kind::FeeRefund), refund))
}

pub fn get_refund(p: Params, fee: String, refund: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::FeeRefund, move |cx, expand| {
        let found = own_refund(cx, &fee, &refund)?;
        Ok(object(cx.ledger(), Obj::FeeRefund(found), &expand))
    })
}

pub fn update_refund(mut p: Params, fee: String, refund: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::FeeRefund)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let found = own_refund(cx, &fee, &refund)?;
        cx.apply(|ledger| ledger.update_fee_refund(found, metadata))?;
        Ok(object(cx.ledger(), Obj::FeeRefund(found), &expand))
    }))
}
