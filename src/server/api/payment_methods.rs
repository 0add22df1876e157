//! `/v1/payment_methods` (create, retrieve, update, list, attach, detach), a customer's
//! payment methods (`/v1/customers/{id}/payment_methods`) and card sources
//! (`/v1/customers/{id}/sources`): saved test cards. A publishable key may create payment
//! methods; an ephemeral key may list, attach and detach its own customer's.

use super::endpoint::take_address;
use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, hash, not_found, object, page_of, prepare_list, take_expand};
use crate::ledger::{
    AddressParams, BillingDetailsParams, CardParams, CardSourceParams, CustomerId, Input, Kind, Noun, Obj,
    PaymentMethod, PaymentMethodId, PaymentMethodParams, PaymentMethodUpdate, page,
};
use crate::server::api::endpoint::take_ignored_bool;
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::list::ListParams;

/// `/v1/payment_methods` and a customer's payment methods and sources.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/payment_methods", |p, _| list(p)).ephemeral(),
    Endpoint::post("/v1/payment_methods", |p, _| create(p)).publishable(),
    Endpoint::get("/v1/payment_methods/{payment_method}", |p, mut ids| get(p, ids.take())).ephemeral(),
    Endpoint::post("/v1/payment_methods/{payment_method}", |p, mut ids| {
        update(p, ids.take())
    }),
    Endpoint::post("/v1/payment_methods/{payment_method}/attach", |p, mut ids| {
        attach(p, ids.take())
    })
    .ephemeral(),
    Endpoint::post("/v1/payment_methods/{payment_method}/detach", |p, mut ids| {
        detach(p, ids.take())
    })
    .ephemeral(),
    Endpoint::get("/v1/customers/{customer}/payment_methods", |p, mut ids| {
        customer_list(p, ids.take())
    })
    .ephemeral(),
    Endpoint::get(
        "/v1/customers/{customer}/payment_methods/{payment_method}",
        |p, mut ids| {
            let customer = ids.take();
            customer_get(p, customer, ids.take())
        },
    )
    .ephemeral(),
    Endpoint::post("/v1/customers/{customer}/sources", |p, mut ids| {
        create_source(p, ids.take())
    })
    .ephemeral(),
    Endpoint::get("/v1/customers/{customer}/sources", |p, mut ids| {
        list_sources(p, ids.take())
    })
    .ephemeral(),
    Endpoint::get("/v1/customers/{customer}/sources/{id}", |p, mut ids| {
        let customer = ids.take();
        get_source(p, customer, ids.take())
    })
    .ephemeral(),
    Endpoint::post("/v1/customers/{customer}/sources/{id}", |p, mut ids| {
        let customer = ids.take();
        update_source(p, customer, ids.take())
    })
    .ephemeral(),
];

/// `card[...]` of a new payment method: a test token, or a test number with its expiry (and
/// a CVC, which is not kept).
fn take_card(p: &mut Params) -> Result<Option<CardParams>, ApiError> {
    let Some(mut card) = hash(p, "card")? else {
        return Ok(None);
    };
    let token = card.take_str("token")?;
    let number = card.take_str("number")?;
    let exp_month = card.take_amount("exp_month")?;
    let exp_year = card.take_amount("exp_year")?;
    card.take_str("cvc")?;
    let parsed = match (token, number) {
        (Some(token), None) => CardParams::Token(token),
        (None, Some(number)) => CardParams::Number {
            number,
            exp_month,
            exp_year,
        },
        (None, None) => return Err(ApiError::parameter_missing(format!("{}[number]", card.path()))),
        (Some(_), Some(_)) => return Err(ApiError::parameter_unknown(format!("{}[token]", card.path()))),
    };
    card.finish()?;
    Ok(Some(parsed))
}

/// `billing_details[...]`, kept as data.
pub fn take_billing_details(p: &mut Params) -> Result<Option<BillingDetailsParams>, ApiError> {
    let Some(mut details) = hash(p, "billing_details")? else {
        return Ok(None);
    };
    let address = match details.get("address").map(|v| v.as_str() == Some("")) {
        None => None,
        Some(true) => {
            details.take_hash("address")?;
            Some(None)
        }
        Some(false) => Some(Some(take_address(&mut details, "address")?)),
    };
    let parsed = BillingDetailsParams {
        name: details.take_str("name")?,
        email: details.take_str("email")?,
        phone: details.take_str("phone")?,
        address,
    };
    details.finish()?;
    Ok(Some(parsed))
}

/// A new payment method's parameters, at the top level (`POST /v1/payment_methods`) or in
/// a `payment_method_data[...]` hash.
fn take_method(p: &mut Params) -> Result<PaymentMethodParams, ApiError> {
    Ok(PaymentMethodParams {
        kind: p.take_str("type")?,
        card: take_card(p)?,
        billing_details: take_billing_details(p)?,
        metadata: p.take_metadata()?,
        allow_redisplay: p.take_str("allow_redisplay")?,
    })
}

/// `payment_method_data[...]` of a payment or a SetupIntent.
pub fn take_method_data(p: &mut Params) -> Result<Option<PaymentMethodParams>, ApiError> {
    let Some(mut data) = hash(p, "payment_method_data")? else {
        return Ok(None);
    };
    let parsed = take_method(&mut data)?;
    data.finish()?;
    Ok(Some(parsed))
}

/// Raw card numbers come only from a publishable key's client, as on Stripe.
pub fn check_card_numbers(cx: &Ctx<'_>, params: Option<&PaymentMethodParams>) -> Result<(), Refusal> {
    match params.and_then(|p| p.card.as_ref()) {
        Some(CardParams::Number { .. }) if !cx.may_send_card_numbers() => Err(ApiError::raw_card_data().into()),
        _ => Ok(()),
    }
}

/// The payment method `id` names on the acting account (404 otherwise), as an ephemeral key
/// may see it: one of its customer's.
fn own_method(cx: &Ctx<'_>, id: &str) -> Result<PaymentMethodId, Refusal> {
    let method = cx
        .ledger()
        .find::<PaymentMethod>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::PaymentMethod), id))?;
    if let Some(customer) = cx.key_customer() {
        let owner = cx.ledger().payment_method(method).customer;
        cx.may_act_for(owner.unwrap_or(customer))?;
        if owner.is_none() {
            return Err(not_found(Noun::Object(Kind::PaymentMethod), id));
        }
    }
    Ok(method)
}

/// The customer `id` names on the acting account, not deleted (404 otherwise), if the key
/// may act for it.
fn own_customer(cx: &Ctx<'_>, id: &str) -> Result<CustomerId, Refusal> {
    let customer = cx
        .ledger()
        .find_customer(cx.actor, id)
        .filter(|c| !cx.ledger().customer(*c).deleted)
        .ok_or_else(|| not_found(Noun::Object(Kind::Customer), id))?;
    cx.may_act_for(customer)?;
    Ok(customer)
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = take_method(&mut p)?;
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        check_card_numbers(cx, Some(&params))?;
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_payment_method(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(applied.value), &expand))
    }))
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let method = own_method(cx, &id)?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(method), &expand))
    }))
}

/// `card[exp_month]` and `card[exp_year]`: the only card details that change.
fn take_expiry(p: &mut Params) -> Result<(Input<i64>, Input<i64>), ApiError> {
    let Some(mut card) = hash(p, "card")? else {
        return Ok((Input::Missing, Input::Missing));
    };
    let expiry = (card.take_amount("exp_month")?, card.take_amount("exp_year")?);
    card.finish()?;
    Ok(expiry)
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let (exp_month, exp_year) = take_expiry(&mut p)?;
    let update = PaymentMethodUpdate {
        billing_details: take_billing_details(&mut p)?,
        metadata: p.take_metadata()?,
        allow_redisplay: p.take_str("allow_redisplay")?,
        exp_month,
        exp_year,
    };
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let method = own_method(cx, &id)?;
        cx.apply(|ledger| ledger.update_payment_method(method, update))?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(method), &expand))
    }))
}

pub fn attach(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let customer = p.take_str("customer")?;
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        if let Some(text) = customer.as_deref() {
            own_customer(cx, text)?;
        }
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.attach_payment_method(actor, &id, customer.as_deref()))
        }?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(applied.value), &expand))
    }))
}

pub fn detach(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let method = own_method(cx, &id)?;
        cx.apply(|ledger| ledger.detach_payment_method(method))?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(method), &expand))
    }))
}

/// A page of the acting account's payment methods (not its customers' card sources) that
/// `keep` keeps, newest first.
fn methods_page(
    cx: &Ctx<'_>,
    list: &ListParams,
    url: &str,
    keep: impl Fn(&PaymentMethod) -> bool,
) -> super::endpoint::Applied {
    let ledger = cx.ledger();
    let listed = |m: PaymentMethodId| {
        let method = ledger.payment_method(m);
        !method.source && keep(method)
    };
    let query = list.query(
        |id| {
            ledger
                .find::<PaymentMethod>(cx.actor, id)
                .filter(|m| listed(*m))
                .map(|m| m.index() as u32)
        },
        Noun::Object(Kind::PaymentMethod),
    )?;
    let found = page(
        &ledger.books(cx.actor).indexes.payment_methods,
        &query,
        |m| m.index() as u32,
        |m| ledger.payment_method(m).created,
        listed,
    );
    Ok(page_of(ledger, url, found, Obj::PaymentMethod, &list.expand))
}

/// Only cards are simulated: `type=card` lists them all, any other type none.
fn of_type(kind: Option<&str>) -> bool {
    kind.is_none_or(|k| k == "card")
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::PaymentMethod,
        |p| Ok((p.take_str("customer")?, p.take_str("type")?)),
        |cx, list, (customer, kind)| {
            // An ephemeral key lists its own customer's, and must say so.
            let customer = match (customer, cx.key_customer()) {
                (Some(text), _) => Some(own_customer(cx, &text)?),
                (None, Some(_)) => return Err(ApiError::parameter_missing("customer").into()),
                (None, None) => None,
            };
            methods_page(cx, &list, "/v1/payment_methods", |m| {
                of_type(kind.as_deref()) && customer.is_none_or(|c| m.customer == Some(c))
            })
        },
    )
}

pub fn customer_list(p: Params, customer: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::PaymentMethod,
        |p| {
            let kind = p.take_str("type")?;
            p.take_str("allow_redisplay")?;
            Ok(kind)
        },
        move |cx, list, kind| {
            let id = own_customer(cx, &customer)?;
            let url = format!("/v1/customers/{customer}/payment_methods");
            methods_page(cx, &list, &url, |m| of_type(kind.as_deref()) && m.customer == Some(id))
        },
    )
}

pub fn customer_get(mut p: Params, customer: String, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let owner = own_customer(cx, &customer)?;
        let method = cx
            .ledger()
            .find::<PaymentMethod>(cx.actor, &id)
            .filter(|m| cx.ledger().payment_method(*m).customer == Some(owner))
            .ok_or_else(|| not_found(Noun::Object(Kind::PaymentMethod), &id))?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(method), &expand))
    }))
}

pub fn create_source(mut p: Params, customer: String) -> Result<Prepared, ApiError> {
    let params = CardSourceParams {
        source: p.take_str("source")?,
        metadata: p.take_metadata()?,
    };
    take_ignored_bool(&mut p, "validate")?;
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let customer = own_customer(cx, &customer)?;
        let applied = cx.apply(|ledger| ledger.create_card_source(customer, params))?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(applied.value), &expand))
    }))
}

/// The card source `id` of `customer` (404 otherwise).
fn own_source(cx: &Ctx<'_>, customer: CustomerId, id: &str) -> Result<PaymentMethodId, Refusal> {
    cx.ledger()
        .find::<PaymentMethod>(cx.actor, id)
        .filter(|m| {
            let method = cx.ledger().payment_method(*m);
            method.source && method.customer == Some(customer)
        })
        .ok_or_else(|| not_found(Noun::Source, id))
}

pub fn list_sources(p: Params, customer: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::PaymentMethod,
        |p| p.take_str("object"),
        move |cx, list, kind| {
            let id = own_customer(cx, &customer)?;
            let ledger = cx.ledger();
            // Only cards are simulated: `object=card` lists them all, any other none.
            let cards = kind.as_deref().is_none_or(|k| k == "card");
            let listed = |m: PaymentMethodId| {
                let method = ledger.payment_method(m);
                cards && method.source && method.customer == Some(id)
            };
            let query = list.query(
                |text| own_source(cx, id, text).ok().map(|m| m.index() as u32),
                Noun::Source,
            )?;
            let found = page(
                &ledger.books(cx.actor).indexes.payment_methods,
                &query,
                |m| m.index() as u32,
                |m| ledger.payment_method(m).created,
                listed,
            );
            let url = format!("/v1/customers/{customer}/sources");
            Ok(page_of(ledger, &url, found, Obj::PaymentMethod, &list.expand))
        },
    )
}

pub fn get_source(mut p: Params, customer: String, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let customer = own_customer(cx, &customer)?;
        let source = own_source(cx, customer, &id)?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(source), &expand))
    }))
}

/// A card's holder as a card object spells it (a card source's update, a token's card):
/// `name`, and the address field by field (`address_line1`, …, `address_zip`).
pub fn take_card_holder(p: &mut Params) -> Result<BillingDetailsParams, ApiError> {
    let address = AddressParams {
        line1: p.take_str("address_line1")?,
        line2: p.take_str("address_line2")?,
        city: p.take_str("address_city")?,
        state: p.take_str("address_state")?,
        postal_code: p.take_str("address_zip")?,
        country: p.take_str("address_country")?,
    };
    Ok(BillingDetailsParams {
        name: p.take_str("name")?,
        address: (address != AddressParams::default()).then_some(Some(address)),
        ..BillingDetailsParams::default()
    })
}

pub fn update_source(mut p: Params, customer: String, id: String) -> Result<Prepared, ApiError> {
    let update = PaymentMethodUpdate {
        billing_details: Some(take_card_holder(&mut p)?),
        metadata: p.take_metadata()?,
        allow_redisplay: None,
        exp_month: p.take_amount("exp_month")?,
        exp_year: p.take_amount("exp_year")?,
    };
    let expand = take_expand(&mut p, Kind::PaymentMethod)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let customer = own_customer(cx, &customer)?;
        let source = own_source(cx, customer, &id)?;
        cx.apply(|ledger| ledger.update_payment_method(source, update))?;
        Ok(object(cx.ledger(), Obj::PaymentMethod(source), &expand))
    }))
}
