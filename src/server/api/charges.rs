//! `/v1/charges`: card charges, destination charges, and account debits by charge
//! (`source=acct_…`, debit-rules §4 flow A).

use super::{
    Endpoint, Prepared, Refusal, Unsupported, hash, not_found, object, page_of, prepare_get, prepare_list, take_expand,
};
use crate::ledger::Charge;
use crate::ledger::Kind;
use crate::ledger::{ChargeOutcome, ChargeParams, ChargeUpdate, Feature, Input, Noun, TransferDataParams, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/charges`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/charges", |p, _| list(p)),
    Endpoint::post("/v1/charges", |p, _| create(p)),
    Endpoint::get("/v1/charges/{charge}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/charges/{charge}", |p, mut ids| update(p, ids.take())),
];

/// Real charge parameters the simulator does not model.
const UNSUPPORTED: &[(&str, Feature)] = &[
    ("application_fee", Feature::ApplicationFees),
    ("application_fee_amount", Feature::ApplicationFees),
    ("customer", Feature::Customers),
    ("destination", Feature::LegacyDestinationCharges),
    ("on_behalf_of", Feature::OnBehalfOf),
    ("payment_method", Feature::PaymentMethods),
    ("radar_options", Feature::Radar),
    ("shipping", Feature::Shipping),
];

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let amount = Input::parse_integer(p.take_str("amount")?.as_deref());
    let transfer_data = match hash(&mut p, "transfer_data")? {
        None => None,
        Some(mut data) => {
            let parsed = TransferDataParams {
                destination: data.take_str("destination")?,
                amount: match data.take_str("amount")? {
                    None => Input::Missing,
                    Some(text) => Input::parse_integer(Some(&text)),
                },
            };
            data.finish()?;
            Some(parsed)
        }
    };
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
    };
    let unsupported = Unsupported::take(&mut p, UNSUPPORTED);
    let expand = take_expand(&mut p, Kind::Charge)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let applied = cx.world.ledger.create_charge(cx.actor, params)?;
        let ledger = cx.ledger();
        match applied.value {
            ChargeOutcome::Succeeded(id) => Ok(object(ledger, Obj::Charge(id), &expand)),
            // The failed charge exists; the answer is a card error naming it (kept for retries).
            ChargeOutcome::Declined(id, decline) => Err(Refusal {
                error: ApiError::card_declined(decline.decline_code(), Some(ledger.id_of(Obj::Charge(id)).to_string())),
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
    };
    let unsupported = Unsupported::take(
        &mut p,
        &[
            ("fraud_details", Feature::FraudReports),
            ("shipping", Feature::Shipping),
            ("customer", Feature::Customers),
        ],
    );
    let expand = take_expand(&mut p, Kind::Charge)?;
    p.finish()?;
    unsupported.check()?;
    Ok(Box::new(move |cx| {
        let charge = cx
            .ledger()
            .find::<Charge>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Charge), &id))?;
        cx.world.ledger.update_charge(charge, update)?;
        Ok(object(cx.ledger(), Obj::Charge(charge), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Charge,
        |p| {
            let unsupported = Unsupported::take(
                p,
                &[
                    ("customer", Feature::Customers),
                    ("payment_intent", Feature::PaymentIntents),
                ],
            );
            let group = p.take_str("transfer_group")?;
            Ok((group, unsupported))
        },
        |cx, list, (group, unsupported)| {
            unsupported.check()?;
            let ledger = cx.ledger();
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
                    group
                        .as_deref()
                        .is_none_or(|g| ledger.charge(c).transfer_group.as_deref() == Some(g))
                },
            );
            Ok(page_of(ledger, "/v1/charges", found, Obj::Charge, &list.expand))
        },
    )
}
