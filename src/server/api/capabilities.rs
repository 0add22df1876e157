//! `/v1/accounts/{id}/capabilities`: what an account may do, and asking for more. Each
//! capability's status follows the account's onboarding (`ledger::onboarding`).

use super::accounts::visible_account;
use super::endpoint::{Endpoint, Prepared, Reply, not_found, take_expand};
use crate::ledger::{AccountUpdate, CAPABILITIES, Kind, Noun};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{json, lifecycle};

/// An account's capabilities.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/accounts/{account}/capabilities", |p, mut ids| list(p, ids.take())),
    Endpoint::get("/v1/accounts/{account}/capabilities/{capability}", |p, mut ids| {
        let account = ids.take();
        get(p, account, ids.take())
    }),
    Endpoint::post("/v1/accounts/{account}/capabilities/{capability}", |p, mut ids| {
        let account = ids.take();
        update(p, account, ids.take())
    }),
];

/// A capability name Stripe offers, else 404 as Stripe answers an unknown one.
fn known(name: &str) -> Result<&'static str, super::endpoint::Refusal> {
    CAPABILITIES
        .iter()
        .copied()
        .find(|c| *c == name)
        .ok_or_else(|| not_found(Noun::Capability, name))
}

pub fn list(mut p: Params, account: String) -> Result<Prepared, ApiError> {
    // The list is every capability the account has, never paged (as on Stripe).
    take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        let ledger = cx.ledger();
        let url = format!("/v1/accounts/{}/capabilities", ledger.account(id).id);
        Ok(Reply::ok(lifecycle::capability_list(ledger.now_view(), id, &url)))
    }))
}

pub fn get(mut p: Params, account: String, name: String) -> Result<Prepared, ApiError> {
    take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        let name = known(&name)?;
        let ledger = cx.ledger();
        Ok(Reply::ok(json(&lifecycle::Capability {
            at: ledger.now_view(),
            account: id,
            name,
        })))
    }))
}

pub fn update(mut p: Params, account: String, name: String) -> Result<Prepared, ApiError> {
    let requested = p.take_bool("requested")?;
    take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        super::accounts::platform_only(cx)?;
        let name = known(&name)?;
        if let Some(requested) = requested {
            let update = AccountUpdate {
                capabilities: vec![(name.to_owned(), requested)],
                ..AccountUpdate::default()
            };
            cx.apply(|ledger| ledger.update_account(id, update))?;
        }
        let ledger = cx.ledger();
        Ok(Reply::ok(json(&lifecycle::Capability {
            at: ledger.now_view(),
            account: id,
            name,
        })))
    }))
}
