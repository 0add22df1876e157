//! `/v1/accounts/{id}/external_accounts`: adding, reading, changing and deleting an
//! account's bank accounts (the list is in `accounts.rs`, where it always was).

use super::accounts::{take_bank, take_external_account, visible_account};
use super::endpoint::{Endpoint, Prepared, Refusal, Reply, not_found, object, prepare_get, take_expand};
use crate::ledger::debit_card_token;
use crate::ledger::{AccountId, BankAccountCreate, BankAccountId, BankAccountParams, BankAccountUpdate, Kind, Noun};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{Obj, lifecycle};

/// A connected account's bank accounts, one by one.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::post("/v1/accounts/{account}/external_accounts", |p, mut ids| {
        create(p, ids.take())
    }),
    Endpoint::get("/v1/accounts/{account}/external_accounts/{id}", |p, mut ids| {
        let account = ids.take();
        get(p, account, ids.take())
    }),
    Endpoint::post("/v1/accounts/{account}/external_accounts/{id}", |p, mut ids| {
        let account = ids.take();
        update(p, account, ids.take())
    }),
    Endpoint::delete("/v1/accounts/{account}/external_accounts/{id}", |p, mut ids| {
        let account = ids.take();
        delete(p, account, ids.take())
    }),
];

/// The account and the bank account a path names, as the acting account may see them.
fn visible_bank(
    cx: &super::endpoint::Ctx<'_>,
    account: &str,
    bank: &str,
) -> Result<(AccountId, BankAccountId), Refusal> {
    let account = visible_account(cx, account)?;
    let bank_id = cx
        .ledger()
        .find_bank_account(account, bank)
        .ok_or_else(|| not_found(Noun::ExternalAccount, bank))?;
    Ok((account, bank_id))
}

pub fn create(mut p: Params, account: String) -> Result<Prepared, ApiError> {
    // `bank_account[...]` is the older spelling of `external_account[...]`.
    let external_account = match take_external_account(&mut p)? {
        Some(given) => Some(given),
        None => take_bank(&mut p, "bank_account")?,
    };
    let params = BankAccountCreate {
        external_account,
        default_for_currency: p.take_bool("default_for_currency")?,
        metadata: p.take_metadata()?,
    };
    let expand = take_expand(&mut p, Kind::BankAccount)?;
    p.finish()?;
    // Card tokens other than Stripe's debit-card ones (`tok_visa_debit`, …) are not simulated.
    if let Some(BankAccountParams::Token(token)) = &params.external_account
        && token.starts_with("tok_")
        && debit_card_token(token).is_none()
    {
        return Err(ApiError::not_simulated_parameter("external_account"));
    }
    Ok(Box::new(move |cx| {
        let account = visible_account(cx, &account)?;
        let applied = cx.apply(|ledger| ledger.create_bank_account(account, params))?;
        Ok(object(cx.ledger(), Obj::BankAccount(applied.value), &expand))
    }))
}

pub fn get(p: Params, account: String, bank: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::BankAccount, move |cx, expand| {
        let (_, bank) = visible_bank(cx, &account, &bank)?;
        Ok(object(cx.ledger(), Obj::BankAccount(bank), &expand))
    })
}

pub fn update(mut p: Params, account: String, bank: String) -> Result<Prepared, ApiError> {
    let update = BankAccountUpdate {
        default_for_currency: p.take_bool("default_for_currency")?,
        account_holder_name: p.take_str("account_holder_name")?,
        metadata: p.take_metadata()?,
    };
    // The holder's type says nothing the simulator shows; accepted as Stripe takes it.
    if let Some(kind) = p.take_str("account_holder_type")?
        && !["individual", "company"].contains(&kind.as_str())
    {
        return Err(ApiError::invalid_choice(
            "account_holder_type",
            &kind,
            &["individual", "company"],
        ));
    }
    let expand = take_expand(&mut p, Kind::BankAccount)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let (_, bank) = visible_bank(cx, &account, &bank)?;
        let applied = cx.apply(|ledger| ledger.update_bank_account(bank, update))?;
        Ok(object(cx.ledger(), Obj::BankAccount(applied.value), &expand))
    }))
}

pub fn delete(p: Params, account: String, bank: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let (_, bank) = visible_bank(cx, &account, &bank)?;
        let applied = cx.apply(|ledger| ledger.delete_bank_account(bank))?;
        let ledger = cx.ledger();
        let id = ledger.id_of(Obj::BankAccount(applied.value)).to_string();
        let currency = ledger.bank_account(applied.value).currency;
        Ok(Reply::ok(lifecycle::deleted(
            Kind::BankAccount,
            &id,
            Some(currency.as_str()),
        )))
    }))
}
