//! `/v1/setup_intents` (create, retrieve, update, confirm, cancel, list): cards saved for
//! later payments. A publishable key retrieves and confirms one with its `client_secret`.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, not_found, object, page_of, prepare_list, take_expand};
use super::payment_intents::{declined, take_automatic};
use super::payment_methods::{check_card_numbers, take_method_data};
use crate::ledger::{
    Kind, Noun, Rejection, SetupConfirm, SetupIntent, SetupIntentId, SetupOutcome, SetupParams, SetupUpdate, page,
};
use crate::server::api::endpoint::take_ignored_bool;
use crate::server::error::ApiError;
use crate::server::expand::Expand;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/setup_intents`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/setup_intents", |p, _| list(p)),
    Endpoint::post("/v1/setup_intents", |p, _| create(p)),
    Endpoint::get("/v1/setup_intents/{intent}", |p, mut ids| get(p, ids.take())).publishable(),
    Endpoint::post("/v1/setup_intents/{intent}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/setup_intents/{intent}/confirm", |p, mut ids| {
        confirm(p, ids.take())
    })
    .publishable(),
    Endpoint::post("/v1/setup_intents/{intent}/cancel", |p, mut ids| cancel(p, ids.take())),
];

/// What every confirmation also accepts and has no use for here: nothing redirects (3D
/// Secure stops at `requires_action`) and Stripe.js's own flag changes nothing.
fn take_ignored(p: &mut Params) -> Result<(), ApiError> {
    p.take_str("return_url")?;
    take_ignored_bool(p, "use_stripe_sdk")
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let automatic_payment_methods = take_automatic(&mut p)?;
    let params = SetupParams {
        customer: p.take_str("customer")?,
        payment_method: p.take_str("payment_method")?,
        payment_method_data: take_method_data(&mut p)?,
        payment_method_types: p.take_list("payment_method_types")?,
        automatic_payment_methods,
        usage: p.take_str("usage")?,
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
        on_behalf_of: p.take_str("on_behalf_of")?,
        confirm: p.take_bool("confirm")?,
    };
    take_ignored(&mut p)?;
    let expand = take_expand(&mut p, Kind::SetupIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        check_card_numbers(cx, params.payment_method_data.as_ref())?;
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_setup_intent(actor, params))
        }?;
        answer(cx, applied.value, &expand)
    }))
}

/// The SetupIntent, or for a card that failed the check Stripe's 402 carrying the
/// SetupIntent and the declined payment method (kept for idempotent retries).
fn answer(cx: &Ctx<'_>, outcome: SetupOutcome, expand: &Expand) -> super::endpoint::Applied {
    let ledger = cx.ledger();
    match outcome {
        SetupOutcome::Done(id) => Ok(object(ledger, Obj::SetupIntent(id), expand)),
        SetupOutcome::Declined { intent, decline } => {
            let method = ledger.setup_intent(intent).last_setup_error.map(|e| e.payment_method);
            let error = ApiError::card_declined(decline, None);
            Err(declined(ledger, error, Obj::SetupIntent(intent), method))
        }
    }
}

/// The SetupIntent `id` names, if the acting account made it.
fn own_intent(cx: &Ctx<'_>, id: &str) -> Result<SetupIntentId, Refusal> {
    cx.ledger()
        .find::<SetupIntent>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::SetupIntent), id))
}

/// Checks the `client_secret` a request sent (required of a publishable key) against the
/// SetupIntent's.
fn check_secret(cx: &Ctx<'_>, intent: SetupIntentId, secret: Option<&str>) -> Result<(), Refusal> {
    cx.needs_client_secret(secret)?;
    match secret {
        Some(secret) if secret != cx.ledger().setup_client_secret(intent) => {
            Err(Rejection::SetupClientSecretMismatch {
                intent: cx.ledger().id_of(Obj::SetupIntent(intent)).to_string(),
            }
            .into())
        }
        _ => Ok(()),
    }
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let secret = p.take_str("client_secret")?;
    let expand = take_expand(&mut p, Kind::SetupIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        check_secret(cx, intent, secret.as_deref())?;
        Ok(object(cx.ledger(), Obj::SetupIntent(intent), &expand))
    }))
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let update = SetupUpdate {
        customer: p.take_str("customer")?,
        payment_method: p.take_str("payment_method")?,
        payment_method_data: take_method_data(&mut p)?,
        payment_method_types: p.take_list("payment_method_types")?,
        description: p.take_str("description")?,
        metadata: p.take_metadata()?,
    };
    let expand = take_expand(&mut p, Kind::SetupIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        check_card_numbers(cx, update.payment_method_data.as_ref())?;
        cx.apply(|ledger| ledger.update_setup_intent(intent, update))?;
        Ok(object(cx.ledger(), Obj::SetupIntent(intent), &expand))
    }))
}

pub fn confirm(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let params = SetupConfirm {
        payment_method: p.take_str("payment_method")?,
        payment_method_data: take_method_data(&mut p)?,
    };
    let secret = p.take_str("client_secret")?;
    take_ignored(&mut p)?;
    let expand = take_expand(&mut p, Kind::SetupIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        check_secret(cx, intent, secret.as_deref())?;
        check_card_numbers(cx, params.payment_method_data.as_ref())?;
        let applied = cx.apply(|ledger| ledger.confirm_setup_intent(intent, params))?;
        answer(cx, applied.value, &expand)
    }))
}

pub fn cancel(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let reason = p.take_str("cancellation_reason")?;
    let expand = take_expand(&mut p, Kind::SetupIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        cx.apply(|ledger| ledger.cancel_setup_intent(intent, reason))?;
        Ok(object(cx.ledger(), Obj::SetupIntent(intent), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::SetupIntent,
        |p| Ok((p.take_str("customer")?, p.take_str("payment_method")?)),
        |cx, list, (customer, method)| {
            let ledger = cx.ledger();
            let query = list.query(
                |id| ledger.find::<SetupIntent>(cx.actor, id).map(|i| i.index() as u32),
                Noun::Object(Kind::SetupIntent),
            )?;
            // A customer or payment method this account does not have matches nothing.
            let customer = customer.map(|c| ledger.find_customer(cx.actor, &c));
            let method = method.map(|m| ledger.find::<crate::ledger::PaymentMethod>(cx.actor, &m));
            let found = page(
                &ledger.books(cx.actor).indexes.setup_intents,
                &query,
                |i| i.index() as u32,
                |i| ledger.setup_intent(i).created,
                |i| {
                    let intent = ledger.setup_intent(i);
                    customer.is_none_or(|c| c.is_some() && intent.customer == c)
                        && method.is_none_or(|m| m.is_some() && intent.payment_method == m)
                },
            );
            Ok(page_of(
                ledger,
                "/v1/setup_intents",
                found,
                Obj::SetupIntent,
                &list.expand,
            ))
        },
    )
}
