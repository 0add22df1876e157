//! `/v1/transfers` and their reversals: platform transfers, account debits by transfer
//! (debit-rules §4 flow B) and Stripe-managed debits with `reference_transaction` (§5).

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, hash, not_found, object, page_of, prepare_get, prepare_list, take_expand,
    take_source_type,
};
use crate::ledger::Kind;
use crate::ledger::{Noun, ReferenceParams, ReversalParams, TransferId, TransferParams, TransferUpdate, page};
use crate::ledger::{Reversal, ReversalId, Transfer};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/transfers` and their reversals.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/transfers", |p, _| list(p)),
    Endpoint::post("/v1/transfers", |p, _| create(p)),
    Endpoint::get("/v1/transfers/{transfer}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/transfers/{transfer}", |p, mut ids| update(p, ids.take())),
    Endpoint::get("/v1/transfers/{id}/reversals", |p, mut ids| {
        list_reversals(p, ids.take())
    }),
    Endpoint::post("/v1/transfers/{id}/reversals", |p, mut ids| reverse(p, ids.take())),
    Endpoint::get("/v1/transfers/{transfer}/reversals/{id}", |p, mut ids| {
        let transfer = ids.take();
        get_reversal(p, transfer, ids.take())
    }),
    Endpoint::post("/v1/transfers/{transfer}/reversals/{id}", |p, mut ids| {
        let transfer = ids.take();
        update_reversal(p, transfer, ids.take())
    }),
];

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let amount = p.take_amount("amount")?;
    let reference_transaction = match hash(&mut p, "reference_transaction")? {
        None => None,
        Some(mut reference) => {
            let parsed = ReferenceParams {
                kind: reference.take_str("type")?,
                charge: reference.take_str("charge")?,
                payout: reference.take_str("payout")?,
            };
            reference.finish()?;
            Some(parsed)
        }
    };
    let params = TransferParams {
        amount,
        currency: p.take_str("currency")?,
        destination: p.take_str("destination")?,
        source_transaction: p.take_str("source_transaction")?,
        transfer_group: p.take_str("transfer_group")?,
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
        reference_transaction,
    };
    let source_type = take_source_type(&mut p)?;
    let expand = take_expand(&mut p, Kind::Transfer)?;
    p.finish()?;
    source_type.check()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_transfer(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::Transfer(applied.value), &expand))
    }))
}

/// The transfer `id` names, if the acting account sent it.
fn own_transfer(cx: &Ctx<'_>, id: &str) -> Result<TransferId, Refusal> {
    cx.ledger()
        .find::<Transfer>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::Transfer), id))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Transfer, move |cx, expand| {
        let transfer = own_transfer(cx, &id)?;
        Ok(object(cx.ledger(), Obj::Transfer(transfer), &expand))
    })
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let update = TransferUpdate {
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
    };
    let expand = take_expand(&mut p, Kind::Transfer)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let transfer = own_transfer(cx, &id)?;
        cx.apply(|ledger| ledger.update_transfer(transfer, update))?;
        Ok(object(cx.ledger(), Obj::Transfer(transfer), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Transfer,
        |p| Ok((p.take_str("destination")?, p.take_str("transfer_group")?)),
        |cx, list, (destination, group)| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.transfers;
            let query = list.query(
                |id| ledger.find::<Transfer>(cx.actor, id).map(|t| t.index() as u32),
                Noun::Object(Kind::Transfer),
            )?;
            let destination = destination.map(|d| ledger.find_account(&d));
            let found = page(
                ids,
                &query,
                |t| t.index() as u32,
                |t| ledger.transfer(t).created,
                |t| {
                    let transfer = ledger.transfer(t);
                    destination.is_none_or(|d| d == Some(transfer.to))
                        && group
                            .as_deref()
                            .is_none_or(|g| transfer.transfer_group.as_deref() == Some(g))
                },
            );
            Ok(page_of(ledger, "/v1/transfers", found, Obj::Transfer, &list.expand))
        },
    )
}

pub fn reverse(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let params = ReversalParams {
        amount: p.take_amount("amount")?,
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
        refund_application_fee: p.take_bool("refund_application_fee")?,
    };
    let expand = take_expand(&mut p, Kind::Reversal)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let transfer = own_transfer(cx, &id)?;
        let applied = cx.apply(|ledger| ledger.reverse_transfer(transfer, params))?;
        Ok(object(cx.ledger(), Obj::Reversal(applied.value), &expand))
    }))
}

pub fn list_reversals(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Reversal,
        |_| Ok(()),
        move |cx, list, ()| {
            let transfer = own_transfer(cx, &id)?;
            let ledger = cx.ledger();
            let ids = &ledger.transfer(transfer).reversals;
            let query = list.query(
                |r| {
                    ledger
                        .find::<Reversal>(cx.actor, r)
                        .filter(|r| ledger.reversal(*r).transfer == transfer)
                        .map(|r| r.index() as u32)
                },
                Noun::Object(Kind::Reversal),
            )?;
            let found = page(
                ids,
                &query,
                |r| r.index() as u32,
                |r| ledger.reversal(r).created,
                |_| true,
            );
            let url = format!("/v1/transfers/{id}/reversals");
            Ok(page_of(ledger, &url, found, Obj::Reversal, &list.expand))
        },
    )
}

/// The reversal `reversal` of transfer `id`, both named in the path.
fn own_reversal(cx: &Ctx<'_>, id: &str, reversal: &str) -> Result<ReversalId, Refusal> {
    let transfer = own_transfer(cx, id)?;
    cx.ledger()
        .find::<Reversal>(cx.actor, reversal)
        .filter(|r| cx.ledger().reversal(*r).transfer == transfer)
        .ok_or_else(|| not_found(Noun::Object(Kind::Reversal), reversal))
}

pub fn get_reversal(p: Params, id: String, reversal: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Reversal, move |cx, expand| {
        let found = own_reversal(cx, &id, &reversal)?;
        Ok(object(cx.ledger(), Obj::Reversal(found), &expand))
    })
}

/// `POST /v1/transfers/{id}/reversals/{id}`: metadata.
pub fn update_reversal(mut p: Params, id: String, reversal: String) -> Result<Prepared, ApiError> {
    let metadata = p.take_metadata()?;
    let expand = take_expand(&mut p, Kind::Reversal)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let found = own_reversal(cx, &id, &reversal)?;
        let applied = cx.apply(|ledger| ledger.update_reversal(found, metadata))?;
        Ok(object(cx.ledger(), Obj::Reversal(applied.value), &expand))
    }))
}
