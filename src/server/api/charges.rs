//! `/v1/charges`: card charges (authorised with `capture=false` and captured later),
//! destination charges, and account debits by charge (`source=acct_…`, debit-rules §4
//! flow A).

use super::endpoint::{
    Endpoint, Prepared, Refusal, Unsupported, not_found, object, page_of, prepare_get, prepare_list, take_expand,
    take_shipping, take_transfer_amount, take_transfer_data,
};
use crate::ledger::Charge;
use crate::ledger::Kind;
use crate::ledger::{CaptureParams, ChargeOutcome, ChargeParams, ChargeUpdate, Feature, Noun, PaymentIntent, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/charges`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/charges", |p, _| list(p)),
    Endpoint::post("/v1/charges", |p, _| create(p)),
    Endpoint::get("/v1/charges/{charge}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/charges/{charge}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/charges/{charge}/capture", |p, mut ids| capture(p, ids.take())),
];

/// Real charge parameters the simulator does not model.
const UNSUPPORTED: &[(&str, Feature)] = &[
    ("destination", Feature::LegacyDestinationCharges),
    ("payment_method", Feature::PaymentMethods),
    ("radar_options", Feature::Radar),
];

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let amount = p.take_amount("amount")?;
    let transfer_data = take_transfer_data(&mut p)?;
    let params = ChargeParams {
        amount,
        currency: p.take_str("currency")?,
        source: p.take_str("source")?,
        description: p.take_str("description")?,
        statement_descriptor: p.take_str("statement_descriptor")?,
        statement_descriptor_suffix: p.take_str("statement_descriptor_suffix")?,
        receipt_email: p.take_str("receipt_email")?,
        metadata: p.take_metadata()?,
        transfer_group: p.take_str("transfer_group")?,
        transfer_data,
        capture: p.take_bool("capture")?,
        customer: p.take_str("customer")?,
        on_behalf_of: p.take_str("on_behalf_of")?,
        application_fee_amount: p.take_amount("application_fee_amount")?,
        shipping: take_shipping(&mut p)?,
    };
    let unsupported = Unsupported::take(&mut p, UNSUPPORTED);
    let expand = take_expand(&mut p, Kind::Charge)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_charge(actor, params))
        }?;
        let ledger = cx.ledger();
        match applied.value {
            ChargeOutcome::Succeeded(id) => Ok(object(ledger, Obj::Charge(id), &expand)),
            // The failed charge exists; the answer is a card error naming it (kept for retries).
            ChargeOutcome::Declined(id, decline) => Err(Refusal {
                error: ApiError::card_declined(decline, Some(ledger.id_of(Obj::Charge(id)).to_string())),
                stored: true,
            }),
        }
    }))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Charge, move |cx, expand| {
        let charge = cx
            .ledger()
            .find::<Charge>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Charge), &id))?;
        Ok(object(cx.ledger(), Obj::Charge(charge), &expand))
    })
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let update = ChargeUpdate {
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
        receipt_email: p.take_str("receipt_email")?,
        transfer_group: p.take_str("transfer_group")?,
        customer: p.take_str("customer")?,
        shipping: take_shipping(&mut p)?,
    };
    let unsupported = Unsupported::take(&mut p, &[("fraud_details", Feature::FraudReports)]);
    let expand = take_expand(&mut p, Kind::Charge)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let charge = cx
            .ledger()
            .find::<Charge>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Charge), &id))?;
        cx.apply(|ledger| ledger.update_charge(charge, update))?;
        Ok(object(cx.ledger(), Obj::Charge(charge), &expand))
    }))
}

/// `POST /v1/charges/{id}/capture`: takes (part of) an authorised charge's funds.
pub fn capture(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let transfer_amount = take_transfer_amount(&mut p)?;
    let params = CaptureParams {
        amount: p.take_amount("amount")?,
        application_fee_amount: p.take_amount("application_fee_amount")?,
        receipt_email: p.take_str("receipt_email")?,
        statement_descriptor: p.take_str("statement_descriptor")?,
        statement_descriptor_suffix: p.take_str("statement_descriptor_suffix")?,
        transfer_amount,
        transfer_group: p.take_str("transfer_group")?,
        metadata: None,
    };
    let expand = take_expand(&mut p, Kind::Charge)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let charge = cx
            .ledger()
            .find::<Charge>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Charge), &id))?;
        cx.apply(|ledger| ledger.capture_charge(charge, params))?;
        Ok(object(cx.ledger(), Obj::Charge(charge), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Charge,
        |p| {
            let group = p.take_str("transfer_group")?;
            let customer = p.take_str("customer")?;
            let intent = p.take_str("payment_intent")?;
            Ok((group, customer, intent))
        },
        |cx, list, (group, customer, intent)| {
            let ledger = cx.ledger();
            // An id that names nothing here matches nothing.
            let customer = customer.map(|c| ledger.find_customer(cx.actor, &c));
            let intent = intent.map(|i| ledger.find::<PaymentIntent>(cx.actor, &i));
            let ids = &ledger.books(cx.actor).indexes.charges;
            let query = list.query(
                |id| ledger.find::<Charge>(cx.actor, id).map(|c| c.index() as u32),
                Noun::Object(Kind::Charge),
            )?;
            let found = page(
                ids,
                &query,
                |c| c.index() as u32,
                |c| ledger.charge(c).created,
                |c| {
                    let charge = ledger.charge(c);
                    group
                        .as_deref()
                        .is_none_or(|g| charge.transfer_group.as_deref() == Some(g))
                        && customer.is_none_or(|cus| cus.is_some() && charge.links.customer == cus)
                        && intent.is_none_or(|pi| pi.is_some() && charge.links.payment_intent == pi)
                },
            );
            Ok(page_of(ledger, "/v1/charges", found, Obj::Charge, &list.expand))
        },
    )
}
