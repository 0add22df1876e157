//! The end and the start of an account's life: `POST /v1/account_links` (hosted onboarding),
//! `POST /v1/accounts/{id}/login_links`, `POST /v1/accounts/{id}/reject`,
//! `DELETE /v1/accounts/{id}`, and `POST /_sim/account_links/{token}/complete`, which the
//! hosted onboarding page (`server::onboarding`) submits to, so that what it does goes through
//! the pipeline like any call: journaled, idempotent, with its events committed.

use super::accounts::{platform_only, take_identity, visible_account};
use super::endpoint::{Endpoint, Prepared, Reply, not_found, object, take_address, take_expand};
use crate::ledger::{AccountLinkParams, CompanyParams, HostedForm, IdentityParams, Kind, LinkId, Noun};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{Obj, lifecycle};
use crate::server::state::AppState;

/// Links, rejection and deletion.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::post("/v1/account_links", |p, _| create_link(p)),
    Endpoint::post("/v1/accounts/{account}/login_links", |p, mut ids| {
        login_link(p, ids.take())
    }),
    Endpoint::post("/v1/accounts/{account}/reject", |p, mut ids| reject(p, ids.take())),
    Endpoint::delete("/v1/accounts/{account}", |p, mut ids| delete(p, ids.take())),
    Endpoint::post("/_sim/account_links/{token}/complete", |p, mut ids| {
        complete(p, ids.take())
    }),
];

/// Where the server can be reached, for the links it hands out.
pub fn public_url(state: &AppState) -> &str {
    state.public_url.get().map_or("http://127.0.0.1:12111", String::as_str)
}

/// The URL of a link: its hosted page on this server.
pub fn link_url(state: &AppState, ledger: &crate::ledger::Ledger, link: LinkId) -> String {
    let page = match ledger.link(link).kind {
        crate::ledger::LinkKind::Login => "login",
        _ => "onboarding",
    };
    format!("{}/_sim/{page}/{}", public_url(state), ledger.link_token(link))
}

pub fn create_link(mut p: Params) -> Result<Prepared, ApiError> {
    let params = AccountLinkParams {
        account: p.take_str("account")?,
        kind: p.take_str("type")?,
        refresh_url: p.take_str("refresh_url")?,
        return_url: p.take_str("return_url")?,
        collect: p.take_str("collect")?,
    };
    take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.create_account_link(params))?;
        let ledger = cx.ledger();
        let link = ledger.link(applied.value);
        let url = link_url(cx.state, ledger, applied.value);
        Ok(Reply::ok(lifecycle::link(
            "account_link",
            link.created,
            Some(link.expires_at),
            &url,
        )))
    }))
}

pub fn login_link(mut p: Params, account: String) -> Result<Prepared, ApiError> {
    // Stripe removed `redirect_url` in 2022-08-01; apps pinned before that still send it.
    let redirect_url = p.take_removed("/v1/accounts/{account}/login_links", "redirect_url")?;
    take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.create_login_link(id, redirect_url.as_deref()))?;
        let ledger = cx.ledger();
        let url = link_url(cx.state, ledger, applied.value);
        Ok(Reply::ok(lifecycle::link(
            "login_link",
            ledger.link(applied.value).created,
            None,
            &url,
        )))
    }))
}

pub fn reject(mut p: Params, account: String) -> Result<Prepared, ApiError> {
    let reason = p.take_str("reason")?;
    let expand = take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.reject_account(id, reason.as_deref()))?;
        Ok(object(cx.ledger(), Obj::Account(applied.value), &expand))
    }))
}

pub fn delete(p: Params, account: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let id = visible_account(cx, &account)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.delete_account(id))?;
        let shown = cx.ledger().account(applied.value).id.to_string();
        Ok(Reply::ok(lifecycle::deleted(Kind::Account, &shown, None)))
    }))
}

/// Reads what the hosted page submits: the fields its form has, and no other (in
/// particular no account: the link decides which account is onboarded).
pub fn hosted_form(p: &mut Params) -> Result<HostedForm, ApiError> {
    let mut business_profile = Vec::new();
    if let Some(mut given) = super::endpoint::hash(p, "business_profile")? {
        for field in ["url", "mcc", "product_description"] {
            if let Some(value) = given.take_str(field)? {
                business_profile.push((field.to_owned(), value));
            }
        }
        given.finish()?;
    }
    let person = match super::endpoint::hash(p, "person")? {
        Some(mut given) => {
            let identity = take_identity(&mut given)?;
            given.finish()?;
            identity
        }
        None => IdentityParams::default(),
    };
    Ok(HostedForm {
        business_type: p.take_str("business_type")?,
        person,
        company: take_company(p)?,
        business_profile,
        routing_number: p.take_str("routing_number")?,
        account_number: p.take_str("account_number")?,
        tos_accepted: p.take_bool("tos_accepted")?.unwrap_or(false),
    })
}

fn take_company(p: &mut Params) -> Result<CompanyParams, ApiError> {
    let Some(mut given) = super::endpoint::hash(p, "company")? else {
        return Ok(CompanyParams::default());
    };
    let company = CompanyParams {
        name: given.take_str("name")?,
        phone: given.take_str("phone")?,
        tax_id: given.take_str("tax_id")?,
        address: take_address(&mut given, "address")?,
    };
    given.finish()?;
    Ok(company)
}

pub fn complete(mut p: Params, token: String) -> Result<Prepared, ApiError> {
    let form = hosted_form(&mut p)?;
    let expand = take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        let link = cx
            .ledger()
            .find_link(&token)
            .ok_or_else(|| not_found(Noun::Object(Kind::Account), &token))?;
        let applied = cx.apply(|ledger| ledger.complete_account_link(link, form))?;
        Ok(object(cx.ledger(), Obj::Account(applied.value), &expand))
    }))
}
