//! `/v1/disputes`: list, retrieve, update (evidence, metadata) and close.

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, hash, not_found, object, page_of, prepare_get, prepare_list, take_expand,
};
use crate::ledger::{Dispute, DisputeId, DisputeUpdate, EVIDENCE_FIELDS, EVIDENCE_FILE_PARAMS, Kind, Noun, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/disputes`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/disputes", |p, _| list(p)),
    Endpoint::get("/v1/disputes/{dispute}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/disputes/{dispute}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/disputes/{dispute}/close", |p, mut ids| close(p, ids.take())),
];

/// The dispute `id` names, if the acting account bears it.
fn own_dispute(cx: &Ctx<'_>, id: &str) -> Result<DisputeId, Refusal> {
    cx.ledger()
        .find::<Dispute>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::Dispute), id))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Dispute, move |cx, expand| {
        let dispute = own_dispute(cx, &id)?;
        Ok(object(cx.ledger(), Obj::Dispute(dispute), &expand))
    })
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let mut update = DisputeUpdate::default();
    if let Some(mut evidence) = hash(&mut p, "evidence")? {
        for field in EVIDENCE_FIELDS {
            if let Some(text) = evidence.take_str(field)? {
                update.evidence.push((field.to_owned(), text));
            }
        }
        for (field, _) in EVIDENCE_FILE_PARAMS {
            if evidence.take_str(field)?.is_some() {
                update.evidence_files.push(field.to_owned());
            }
        }
        evidence.finish()?;
    }
    update.metadata = p.take_metadata()?;
    update.submit = p.take_bool("submit")?;
    let expand = take_expand(&mut p, Kind::Dispute)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let dispute = own_dispute(cx, &id)?;
        cx.apply(|ledger| ledger.update_dispute(dispute, update))?;
        Ok(object(cx.ledger(), Obj::Dispute(dispute), &expand))
    }))
}

pub fn close(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::Dispute)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let dispute = own_dispute(cx, &id)?;
        cx.apply(|ledger| ledger.close_dispute(dispute))?;
        Ok(object(cx.ledger(), Obj::Dispute(dispute), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Dispute,
        |p| Ok((p.take_str("charge")?, p.take_str("payment_intent")?)),
        |cx, list, (charge, intent)| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.disputes;
            let query = list.query(
                |id| ledger.find::<Dispute>(cx.actor, id).map(|d| d.index() as u32),
                Noun::Object(Kind::Dispute),
            )?;
            // An id that names nothing here matches nothing.
            let charge = charge.map(|c| ledger.find::<crate::ledger::Charge>(cx.actor, &c));
            let intent = intent.map(|i| ledger.find::<crate::ledger::PaymentIntent>(cx.actor, &i));
            let found = page(
                ids,
                &query,
                |d| d.index() as u32,
                |d| ledger.dispute(d).created,
                |d| {
                    let dispute = ledger.dispute(d);
                    let links = &ledger.charge(dispute.charge).links;
                    charge.is_none_or(|c| c == Some(dispute.charge))
                        && intent.is_none_or(|i| i.is_some() && links.payment_intent == i)
                },
            );
            Ok(page_of(ledger, "/v1/disputes", found, Obj::Dispute, &list.expand))
        },
    )
}
