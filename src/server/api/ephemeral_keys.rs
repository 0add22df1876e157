//! `/v1/ephemeral_keys`: a customer's short-lived key for its mobile client, made and
//! deleted by the server's secret key. Creating one needs `Stripe-Version` (the mobile SDK's
//! API version), as on Stripe; the pipeline holds requests to that.

use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply, not_found};
use crate::ledger::{EphemeralKey, EphemeralKeyId, EphemeralKeyParams, Kind, Noun, Obj};
use crate::server::error::ApiError;
use crate::server::expand::NONE;
use crate::server::form::Params;
use crate::server::list::ListParams;
use crate::server::render::ephemeral_keys::Created;
use crate::server::render::{View, json};

/// `/v1/ephemeral_keys`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::post("/v1/ephemeral_keys", |p, _| create(p)).requires_version(),
    Endpoint::delete("/v1/ephemeral_keys/{key}", |p, mut ids| delete(p, ids.take())),
];

/// The secret of key `id`: `ek_test_`, the world's name, and the key's token (so a request
/// with it finds its world and its key).
pub fn secret(cx: &Ctx<'_>, id: EphemeralKeyId) -> String {
    format!("ek_test_{}_{}", cx.world_key, cx.ledger().ephemeral_token(id))
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let params = EphemeralKeyParams {
        customer: p.take_str("customer")?,
        issuing_card: p.take_str("issuing_card")?,
        nonce: p.take_str("nonce")?,
        verification_session: p.take_str("verification_session")?,
    };
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = {
            let actor = cx.actor;
            cx.apply(|ledger| ledger.create_ephemeral_key(actor, params))
        }?
        .value;
        let secret = secret(cx, id);
        let created = Created {
            at: cx.ledger().now_view(),
            id,
            secret: &secret,
        };
        Ok(Reply::ok(json(&created)))
    }))
}

/// The key `id` names, if the acting account made it and it was not deleted.
fn own_key(cx: &Ctx<'_>, id: &str) -> Result<EphemeralKeyId, Refusal> {
    cx.ledger()
        .find::<EphemeralKey>(cx.actor, id)
        .filter(|k| !cx.ledger().ephemeral_key(*k).deleted)
        .ok_or_else(|| not_found(Noun::Object(Kind::EphemeralKey), id))
}

pub fn delete(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    ListParams::take_no_expand(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let key = own_key(cx, &id)?;
        cx.apply(|ledger| ledger.delete_ephemeral_key(key));
        Ok(Reply::ok(
            View::new(cx.ledger(), Obj::EphemeralKey(key), &NONE).to_json(),
        ))
    }))
}
