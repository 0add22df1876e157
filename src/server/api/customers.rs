//! `/v1/customers`: create, retrieve, update, delete, list — as far as payments need them,
//! with the cards saved to them as their defaults. An ephemeral key reads and updates its
//! own customer.

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, hash, not_found, object, page_of, prepare_get, prepare_list, take_address,
    take_expand, take_shipping,
};
use crate::ledger::{Customer, CustomerId, CustomerParams, Kind, Noun, Rejection, TestClock, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/customers`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/customers", |p, _| list(p)),
    Endpoint::post("/v1/customers", |p, _| create(p)),
    Endpoint::get("/v1/customers/{customer}", |p, mut ids| get(p, ids.take())).ephemeral(),
    Endpoint::post("/v1/customers/{customer}", |p, mut ids| update(p, ids.take())).ephemeral(),
    Endpoint::delete("/v1/customers/{customer}", |p, mut ids| delete(p, ids.take())),
];

fn take_fields(p: &mut Params) -> Result<CustomerParams, ApiError> {
    let default_payment_method = match hash(p, "invoice_settings")? {
        None => None,
        Some(mut settings) => {
            let method = settings.take_str("default_payment_method")?;
            settings.finish()?;
            method
        }
    };
    Ok(CustomerParams {
        email: p.take_str("email")?,
        name: p.take_str("name")?,
        description: p.take_str("description")?,
        phone: p.take_str("phone")?,
        metadata: p.take_metadata()?,
        address: match p.get("address").map(|v| v.as_str() == Some("")) {
            None => None,
            Some(true) => {
                p.take_hash("address")?;
                Some(None)
            }
            Some(false) => Some(Some(take_address(p, "address")?)),
        },
        shipping: take_shipping(p)?,
        preferred_locales: p.take_list("preferred_locales")?,
        tax_exempt: p.take_str("tax_exempt")?,
        invoice_prefix: p.take_str("invoice_prefix")?,
        default_payment_method,
        default_source: p.take_str("default_source")?,
        payment_method: None,
        test_clock: None,
    })
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let mut params = take_fields(&mut p)?;
    params.payment_method = p.take_str("payment_method")?;
    params.test_clock = p.take_str("test_clock")?;
    let expand = take_expand(&mut p, Kind::Customer)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_customer(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::Customer(applied.value), &expand))
    }))
}

/// The customer `id` names on the acting account; with `live`, only one not deleted (a
/// deleted customer can be retrieved, and nothing else).
fn own_customer(cx: &Ctx<'_>, id: &str, live: bool) -> Result<CustomerId, Refusal> {
    let customer = cx
        .ledger()
        .find_customer(cx.actor, id)
        .filter(|c| !live || !cx.ledger().customer(*c).deleted)
        .ok_or_else(|| not_found(Noun::Object(Kind::Customer), id))?;
    cx.may_act_for(customer)?;
    Ok(customer)
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Customer, move |cx, expand| {
        let customer = own_customer(cx, &id, false)?;
        Ok(object(cx.ledger(), Obj::Customer(customer), &expand))
    })
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let update = take_fields(&mut p)?;
    let expand = take_expand(&mut p, Kind::Customer)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let customer = own_customer(cx, &id, true)?;
        cx.apply(|ledger| ledger.update_customer(customer, update))?;
        Ok(object(cx.ledger(), Obj::Customer(customer), &expand))
    }))
}

pub fn delete(p: Params, id: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let customer = own_customer(cx, &id, true)?;
        cx.apply(|ledger| ledger.delete_customer(customer))?;
        // Rendered now, a deleted customer is Stripe's `{id, object, deleted: true}`.
        Ok(object(
            cx.ledger(),
            Obj::Customer(customer),
            &crate::server::expand::NONE,
        ))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Customer,
        |p| Ok((p.take_str("email")?, p.take_str("test_clock")?)),
        |cx, list, (email, test_clock)| {
            let ledger = cx.ledger();
            // Customers on a test clock are listed only when their clock is asked for, as
            // on Stripe.
            let clock = match test_clock.as_deref() {
                None => None,
                Some(id) => Some(ledger.find::<TestClock>(cx.actor, id).ok_or_else(|| {
                    Refusal::from(Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::TestClock),
                        id: id.to_owned(),
                        param: "test_clock",
                    })
                })?),
            };
            let ids = &ledger.books(cx.actor).indexes.customers;
            let query = list.query(
                |id| {
                    ledger
                        .find::<Customer>(cx.actor, id)
                        .filter(|c| !ledger.customer(*c).deleted)
                        .map(|c| c.index() as u32)
                },
                Noun::Object(Kind::Customer),
            )?;
            let found = page(
                ids,
                &query,
                |c| c.index() as u32,
                |c| ledger.customer(c).created,
                |c| {
                    let customer = ledger.customer(c);
                    !customer.deleted
                        && customer.test_clock == clock
                        && email.as_deref().is_none_or(|e| customer.email.as_deref() == Some(e))
                },
            );
            Ok(page_of(ledger, "/v1/customers", found, Obj::Customer, &list.expand))
        },
    )
}
