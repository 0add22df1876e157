//! `/v1/tokens`: card tokens made by a publishable key's client from a test card number,
//! and read by the server.

use super::endpoint::{Endpoint, Prepared, hash, not_found, object, take_expand};
use super::payment_methods::take_card_holder;
use crate::ledger::{Kind, Noun, Obj, Token, TokenParams};
use crate::server::error::ApiError;
use crate::server::form::Params;

/// `/v1/tokens`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::post("/v1/tokens", |p, _| create(p)).publishable(),
    Endpoint::get("/v1/tokens/{token}", |p, mut ids| get(p, ids.take())),
];

/// `card[...]`: the number, its expiry, the CVC (not kept) and the holder's name and address.
fn take_card(p: &mut Params) -> Result<Option<TokenParams>, ApiError> {
    let Some(mut card) = hash(p, "card")? else {
        return Ok(None);
    };
    let params = TokenParams {
        number: card.take_str("number")?,
        exp_month: card.take_amount("exp_month")?,
        exp_year: card.take_amount("exp_year")?,
        holder: take_card_holder(&mut card)?,
    };
    card.take_str("cvc")?;
    card.finish()?;
    Ok(Some(params))
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = take_card(&mut p)?;
    let expand = take_expand(&mut p, Kind::Token)?;
    // Other kinds of token (bank accounts, PII, accounts, persons) are Stripe's parameters
    // debitsim does not simulate, and said so before a card is asked for.
    p.finish()?;
    let params = params.ok_or_else(|| ApiError::parameter_missing("card"))?;
    Ok(Box::new(move |cx| {
        // Card numbers come from a publishable key's client only, as for payment methods.
        if !cx.may_send_card_numbers() {
            return Err(ApiError::raw_card_data().into());
        }
        let applied = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_token(actor, params))
        }?;
        Ok(object(cx.ledger(), Obj::Token(applied.value), &expand))
    }))
}

pub fn get(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let expand = take_expand(&mut p, Kind::Token)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let token = cx
            .ledger()
            .find::<Token>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Token), &id))?;
        Ok(object(cx.ledger(), Obj::Token(token), &expand))
    }))
}
