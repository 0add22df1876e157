//! `/v1/payment_intents` (create, retrieve, update, confirm, capture, cancel, list): card
//! payments with Stripe's test payment methods and saved cards. A publishable key retrieves
//! and confirms one with its `client_secret`.

use super::endpoint::{
    Ctx, Endpoint, Prepared, Refusal, hash, not_found, object, page_of, prepare_get, prepare_list, take_expand,
    take_shipping, take_transfer_amount, take_transfer_data,
};
use super::payment_methods::{check_card_numbers, take_method_data};
use crate::ledger::{
    ConfirmParams, IntentCaptureParams, IntentOutcome, IntentParams, IntentUpdate, Kind, Ledger, Noun, PaymentIntent,
    PaymentIntentId, PaymentMethodId, Rejection, page,
};
use crate::server::api::endpoint::take_ignored_bool;
use crate::server::error::ApiError;
use crate::server::expand::{Expand, NONE};
use crate::server::form::Params;
use crate::server::render::{Obj, View};

/// `/v1/payment_intents`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/payment_intents", |p, _| list(p)),
    Endpoint::post("/v1/payment_intents", |p, _| create(p)),
    Endpoint::get("/v1/payment_intents/{intent}", |p, mut ids| get(p, ids.take())).publishable(),
    Endpoint::post("/v1/payment_intents/{intent}", |p, mut ids| update(p, ids.take())),
    Endpoint::post("/v1/payment_intents/{intent}/confirm", |p, mut ids| {
        confirm(p, ids.take())
    })
    .publishable(),
    Endpoint::post("/v1/payment_intents/{intent}/capture", |p, mut ids| {
        capture(p, ids.take())
    }),
    Endpoint::post("/v1/payment_intents/{intent}/cancel", |p, mut ids| {
        cancel(p, ids.take())
    }),
];

/// `off_session`: `true`/`false`, or Stripe's `one_off`/`recurring` (both mean off-session).
fn off_session(p: &mut Params) -> Result<Option<bool>, ApiError> {
    match p.take_str("off_session")?.as_deref() {
        None => Ok(None),
        Some("true" | "one_off" | "recurring") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(other) => Err(crate::server::refusals::api_error(&Rejection::InvalidChoice {
            param: "off_session".into(),
            value: other.to_owned(),
            choices: &["true", "false", "one_off", "recurring"],
        })),
    }
}

/// What a confirmation reads, on create (`confirm=true`) and on `/confirm`.
fn take_confirmation(p: &mut Params) -> Result<ConfirmParams, ApiError> {
    let confirmation = ConfirmParams {
        payment_method: None,
        payment_method_data: None,
        setup_future_usage: None,
        capture_method: None,
        receipt_email: None,
        off_session: off_session(p)?,
        error_on_requires_action: p.take_bool("error_on_requires_action")?,
        shipping: None,
    };
    // Nothing redirects here (3D Secure stops at requires_action), so a return URL has
    // nothing to do; it is accepted because Stripe's clients send it with confirm=true, as
    // Stripe.js sends `use_stripe_sdk`.
    p.take_str("return_url")?;
    take_ignored_bool(p, "use_stripe_sdk")?;
    Ok(confirmation)
}

/// `automatic_payment_methods[enabled|allow_redirects]` of a PaymentIntent or a SetupIntent.
pub fn take_automatic(p: &mut Params) -> Result<Option<(bool, Option<String>)>, ApiError> {
    let Some(mut automatic) = hash(p, "automatic_payment_methods")? else {
        return Ok(None);
    };
    let enabled = automatic.take_bool("enabled")?;
    let redirects = automatic.take_str("allow_redirects")?;
    automatic.finish()?;
    Ok(Some((enabled.unwrap_or(false), redirects)))
}

/// Stripe's 402 for a declined card, carrying the intent it concerns (a PaymentIntent or a
/// SetupIntent) and the declined payment method; kept for idempotent retries, like a
/// declined charge.
pub fn declined(ledger: &Ledger, error: ApiError, intent: Obj, method: Option<PaymentMethodId>) -> Refusal {
    let intent_json = View::new(ledger, intent, &NONE).to_json();
    let method_json = method.map_or_else(Vec::new, |m| View::new(ledger, Obj::PaymentMethod(m), &NONE).to_json());
    let error = match intent {
        Obj::SetupIntent(_) => error.with_setup_intent(intent_json, method_json),
        _ => error.with_payment_intent(intent_json, method_json),
    };
    Refusal { error, stored: true }
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let amount = p.take_amount("amount")?;
    let transfer_data = take_transfer_data(&mut p)?;
    let automatic_payment_methods = take_automatic(&mut p)?;
    let confirmation = take_confirmation(&mut p)?;
    let params = IntentParams {
        amount,
        currency: p.take_str("currency")?,
        payment_method: p.take_str("payment_method")?,
        customer: p.take_str("customer")?,
        capture_method: p.take_str("capture_method")?,
        confirmation_method: p.take_str("confirmation_method")?,
        automatic_payment_methods,
        payment_method_types: p.take_list("payment_method_types")?,
        payment_method_data: take_method_data(&mut p)?,
        setup_future_usage: p.take_str("setup_future_usage")?,
        description: p.take_str("description")?,
        receipt_email: p.take_str("receipt_email")?,
        statement_descriptor: p.take_str("statement_descriptor")?,
        statement_descriptor_suffix: p.take_str("statement_descriptor_suffix")?,
        metadata: p.take_metadata()?,
        transfer_group: p.take_str("transfer_group")?,
        transfer_data,
        application_fee_amount: p.take_amount("application_fee_amount")?,
        on_behalf_of: p.take_str("on_behalf_of")?,
        confirm: p.take_bool("confirm")?,
        confirmation,
        shipping: take_shipping(&mut p)?,
    };
    let expand = take_expand(&mut p, Kind::PaymentIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        check_card_numbers(cx, params.payment_method_data.as_ref())?;
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_payment_intent(actor, params))
        }?;
        answer(cx, applied.value, &expand)
    }))
}

/// The intent, or for a decline Stripe's 402 carrying the intent and the declined payment
/// method (kept for idempotent retries, like a declined charge).
fn answer(cx: &Ctx<'_>, outcome: IntentOutcome, expand: &Expand) -> super::endpoint::Applied {
    let ledger = cx.ledger();
    match outcome {
        IntentOutcome::Done(id) => Ok(object(ledger, Obj::PaymentIntent(id), expand)),
        IntentOutcome::Declined {
            intent,
            charge,
            decline,
        } => {
            let method = ledger
                .payment_intent(intent)
                .last_payment_error
                .map(|e| e.payment_method);
            let charge = ledger.id_of(Obj::Charge(charge)).to_string();
            let error = ApiError::card_declined(decline, Some(charge));
            Err(declined(ledger, error, Obj::PaymentIntent(intent), method))
        }
    }
}

/// The PaymentIntent `id` names, if the acting account made it.
fn own_intent(cx: &Ctx<'_>, id: &str) -> Result<PaymentIntentId, Refusal> {
    cx.ledger()
        .find::<PaymentIntent>(cx.actor, id)
        .ok_or_else(|| not_found(Noun::Object(Kind::PaymentIntent), id))
}

/// Checks a `client_secret` sent with a request (required of a publishable key) against the
/// intent's.
fn check_secret(cx: &Ctx<'_>, intent: PaymentIntentId, secret: Option<&str>) -> Result<(), Refusal> {
    cx.needs_client_secret(secret)?;
    match secret {
        Some(secret) if secret != cx.ledger().client_secret(intent) => Err(Rejection::ClientSecretMismatch {
            intent: cx.ledger().id_of(Obj::PaymentIntent(intent)).to_string(),
        }
        .into()),
        _ => Ok(()),
    }
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let secret = p.take_str("client_secret")?;
    prepare_get(p, Kind::PaymentIntent, move |cx, expand| {
        let intent = own_intent(cx, &id)?;
        check_secret(cx, intent, secret.as_deref())?;
        Ok(object(cx.ledger(), Obj::PaymentIntent(intent), &expand))
    })
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let transfer_amount = take_transfer_amount(&mut p)?;
    let update = IntentUpdate {
        amount: p.take_amount("amount")?,
        currency: p.take_str("currency")?,
        payment_method: p.take_str("payment_method")?,
        setup_future_usage: p.take_str("setup_future_usage")?,
        customer: p.take_str("customer")?,
        capture_method: p.take_str("capture_method")?,
        application_fee_amount: p.take_amount("application_fee_amount")?,
        transfer_amount,
        statement_descriptor: p.take_str("statement_descriptor")?,
        statement_descriptor_suffix: p.take_str("statement_descriptor_suffix")?,
        description: p.take_str("description")?,
        receipt_email: p.take_str("receipt_email")?,
        transfer_group: p.take_str("transfer_group")?,
        metadata: p.take_metadata()?,
        shipping: take_shipping(&mut p)?,
    };
    let expand = take_expand(&mut p, Kind::PaymentIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        cx.apply(|ledger| ledger.update_payment_intent(intent, update))?;
        Ok(object(cx.ledger(), Obj::PaymentIntent(intent), &expand))
    }))
}

pub fn confirm(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let mut params = take_confirmation(&mut p)?;
    params.payment_method = p.take_str("payment_method")?;
    params.payment_method_data = take_method_data(&mut p)?;
    params.setup_future_usage = p.take_str("setup_future_usage")?;
    params.capture_method = p.take_str("capture_method")?;
    params.receipt_email = p.take_str("receipt_email")?;
    params.shipping = take_shipping(&mut p)?;
    let secret = p.take_str("client_secret")?;
    let expand = take_expand(&mut p, Kind::PaymentIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        check_secret(cx, intent, secret.as_deref())?;
        check_card_numbers(cx, params.payment_method_data.as_ref())?;
        let applied = cx.apply(|ledger| ledger.confirm_payment_intent(intent, params))?;
        answer(cx, applied.value, &expand)
    }))
}

pub fn capture(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let transfer_amount = take_transfer_amount(&mut p)?;
    let params = IntentCaptureParams {
        amount_to_capture: p.take_amount("amount_to_capture")?,
        application_fee_amount: p.take_amount("application_fee_amount")?,
        final_capture: p.take_bool("final_capture")?,
        statement_descriptor: p.take_str("statement_descriptor")?,
        statement_descriptor_suffix: p.take_str("statement_descriptor_suffix")?,
        transfer_amount,
        metadata: p.take_metadata()?,
    };
    let expand = take_expand(&mut p, Kind::PaymentIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        cx.apply(|ledger| ledger.capture_payment_intent(intent, params))?;
        Ok(object(cx.ledger(), Obj::PaymentIntent(intent), &expand))
    }))
}

pub fn cancel(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let reason = p.take_str("cancellation_reason")?;
    let expand = take_expand(&mut p, Kind::PaymentIntent)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let intent = own_intent(cx, &id)?;
        cx.apply(|ledger| ledger.cancel_payment_intent(intent, reason))?;
        Ok(object(cx.ledger(), Obj::PaymentIntent(intent), &expand))
    }))
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::PaymentIntent,
        |p| p.take_str("customer"),
        |cx, list, customer| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.payment_intents;
            let query = list.query(
                |id| ledger.find::<PaymentIntent>(cx.actor, id).map(|i| i.index() as u32),
                Noun::Object(Kind::PaymentIntent),
            )?;
            // A customer this account does not have matches nothing.
            let customer = customer.map(|c| ledger.find_customer(cx.actor, &c));
            let found = page(
                ids,
                &query,
                |i| i.index() as u32,
                |i| ledger.payment_intent(i).created,
                |i| customer.is_none_or(|c| c.is_some() && ledger.payment_intent(i).customer == c),
            );
            Ok(page_of(
                ledger,
                "/v1/payment_intents",
                found,
                Obj::PaymentIntent,
                &list.expand,
            ))
        },
    )
}
