//! `/v1/accounts`, `/v1/accounts/{id}`, `/v1/account` and external accounts.

use crate::ledger::{BankAccount, BankAccountId};

use super::endpoint::{
    Applied, Ctx, Endpoint, Prepared, hash, not_found, object, page_of, prepare_get, prepare_list, take_address,
    take_expand,
};
use crate::ledger::Kind;
use crate::ledger::{
    AccountId, AccountParams, AccountUpdate, BUSINESS_PROFILE_FIELDS, BankAccountParams, BrandingParams, CompanyParams,
    ControllerParams, IdentityParams, MetadataUpdate, Noun, ScheduleParams, TosParams, page,
};
use crate::server::error::ApiError;
use crate::server::form::{Params, Value};
use crate::server::render::Obj;

/// `/v1/accounts`, `/v1/account` and a connected account's bank accounts.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/accounts", |p, _| list(p)),
    Endpoint::post("/v1/accounts", |p, _| create(p)),
    Endpoint::get("/v1/accounts/{account}", |p, mut ids| get(p, ids.take())),
    Endpoint::post("/v1/accounts/{account}", |p, mut ids| update(p, ids.take())),
    Endpoint::get("/v1/account", |p, _| own(p)),
    Endpoint::get("/v1/accounts/{account}/external_accounts", |p, mut ids| {
        external_accounts(p, ids.take())
    }),
];

/// Reads `sub[field]` of a nested hash and checks nothing else was given in it.
fn single(params: &mut Params, name: &str, field: &str) -> Result<Option<String>, ApiError> {
    let Some(mut nested) = hash(params, name)? else {
        return Ok(None);
    };
    let value = nested.take_str(field)?;
    nested.finish()?;
    Ok(value)
}

/// The fields creation and update share.
struct Common {
    email: Option<String>,
    default_currency: Option<String>,
    business_type: Option<String>,
    business_profile: Vec<(String, String)>,
    tos_acceptance: TosParams,
    capabilities: Vec<(String, bool)>,
    external_account: Option<BankAccountParams>,
    debit_negative_balances: Option<bool>,
    schedule: ScheduleParams,
    statement_descriptor: Option<String>,
    metadata: Option<MetadataUpdate>,
    individual: IdentityParams,
    company: CompanyParams,
    branding: BrandingParams,
}

/// Who a person is, from the parameters of a person or of `individual[...]`.
pub fn take_identity(p: &mut Params) -> Result<IdentityParams, ApiError> {
    let (mut day, mut month, mut year) = (None, None, None);
    if let Some(mut dob) = hash(p, "dob")? {
        day = dob.take_str("day")?;
        month = dob.take_str("month")?;
        year = dob.take_str("year")?;
        dob.finish()?;
    }
    Ok(IdentityParams {
        first_name: p.take_str("first_name")?,
        last_name: p.take_str("last_name")?,
        email: p.take_str("email")?,
        phone: p.take_str("phone")?,
        dob_day: day,
        dob_month: month,
        dob_year: year,
        address: take_address(p, "address")?,
        id_number: p.take_str("id_number")?,
        ssn_last_4: p.take_str("ssn_last_4")?,
    })
}

fn take_common(p: &mut Params) -> Result<Common, ApiError> {
    let email = p.take_str("email")?;
    let default_currency = p.take_str("default_currency")?;
    let business_type = p.take_str("business_type")?;
    let mut business_profile = Vec::new();
    if let Some(mut profile) = hash(p, "business_profile")? {
        for field in BUSINESS_PROFILE_FIELDS.iter().filter(|f| !f.contains('.')) {
            if let Some(value) = profile.take_str(field)? {
                business_profile.push(((*field).to_owned(), value));
            }
        }
        // The nested hashes Stripe only keeps and shows, field by field.
        for outer in ["support_address", "annual_revenue", "monthly_estimated_revenue"] {
            let Some(mut nested) = hash(&mut profile, outer)? else {
                continue;
            };
            for field in BUSINESS_PROFILE_FIELDS {
                if let Some(inner) = field.strip_prefix(outer).and_then(|f| f.strip_prefix('.'))
                    && let Some(value) = nested.take_str(inner)?
                {
                    business_profile.push((field.to_owned(), value));
                }
            }
            nested.finish()?;
        }
        profile.finish()?;
    }
    let mut tos_acceptance = TosParams::default();
    if let Some(mut tos) = hash(p, "tos_acceptance")? {
        tos_acceptance = TosParams {
            date: tos.take_str("date")?,
            ip: tos.take_str("ip")?,
            user_agent: tos.take_str("user_agent")?,
        };
        // Which agreement was accepted changes nothing the simulator shows.
        tos.take_str("service_agreement")?;
        tos.finish()?;
    }
    let mut capabilities = Vec::new();
    if let Some(mut requested) = hash(p, "capabilities")? {
        let names: Vec<String> = requested
            .iter()
            .filter_map(|(key, _)| match key {
                crate::server::form::Key::Name(name) => Some(name.clone()),
                crate::server::form::Key::Append(_) => None,
            })
            .collect();
        for name in names {
            let Some(mut capability) = hash(&mut requested, &name)? else {
                continue;
            };
            let wanted = capability.take_bool("requested")?.unwrap_or(true);
            capability.finish()?;
            capabilities.push((name, wanted));
        }
        requested.finish()?;
    }
    let external_account = take_external_account(p)?;
    let mut debit_negative_balances = None;
    let mut schedule = ScheduleParams::default();
    let mut statement_descriptor = None;
    let mut branding = BrandingParams::default();
    if let Some(mut settings) = hash(p, "settings")? {
        // The brand colors are kept and shown; the icon and logo are file uploads, which
        // are not simulated (left for the spec check to refuse).
        if let Some(mut given) = hash(&mut settings, "branding")? {
            branding = BrandingParams {
                primary_color: given.take_str("primary_color")?,
                secondary_color: given.take_str("secondary_color")?,
            };
            given.finish()?;
        }
        if let Some(mut payouts) = hash(&mut settings, "payouts")? {
            debit_negative_balances = payouts.take_bool("debit_negative_balances")?;
            statement_descriptor = payouts.take_str("statement_descriptor")?;
            if let Some(mut given) = hash(&mut payouts, "schedule")? {
                schedule = ScheduleParams {
                    interval: given.take_str("interval")?,
                    delay_days: given.take_str("delay_days")?,
                    weekly_anchor: given.take_str("weekly_anchor")?,
                    monthly_anchor: given.take_str("monthly_anchor")?,
                };
                given.finish()?;
            }
            payouts.finish()?;
        }
        settings.finish()?;
    }
    let metadata = p.take_metadata()?;
    // What onboarding asks for is kept; the rest of the identity details (documents,
    // kana and kanji names, verification files, …) is accepted and set aside, since
    // test mode verifies whoever gives what is due (see docs/behaviour.md §15).
    let mut individual = IdentityParams::default();
    if let Some(mut given) = hash(p, "individual")? {
        individual = take_identity(&mut given)?;
    }
    let mut company = CompanyParams::default();
    if let Some(mut given) = hash(p, "company")? {
        company = CompanyParams {
            name: given.take_str("name")?,
            phone: given.take_str("phone")?,
            tax_id: given.take_str("tax_id")?,
            address: take_address(&mut given, "address")?,
        };
    }
    p.take("documents");
    Ok(Common {
        email,
        default_currency,
        business_type,
        business_profile,
        tos_acceptance,
        capabilities,
        external_account,
        debit_negative_balances,
        schedule,
        statement_descriptor,
        metadata,
        individual,
        company,
        branding,
    })
}

/// `external_account`: a bank token (`btok_us`) or a bank account's details.
pub fn take_external_account(p: &mut Params) -> Result<Option<BankAccountParams>, ApiError> {
    take_bank(p, "external_account")
}

/// A bank account given as `name`: a token, or `name[object]=bank_account` and details.
pub fn take_bank(p: &mut Params, name: &str) -> Result<Option<BankAccountParams>, ApiError> {
    match p.get(name) {
        None => Ok(None),
        Some(Value::Str(_)) => Ok(p.take_str(name)?.map(BankAccountParams::Token)),
        Some(Value::Map(_)) => {
            let Some(mut details) = hash(p, name)? else {
                return Ok(None);
            };
            if let Some(object) = details.take_str("object")?
                && object != "bank_account"
            {
                return Err(ApiError::invalid_choice(
                    format!("{name}[object]"),
                    &object,
                    &["bank_account"],
                ));
            }
            let account = BankAccountParams::Details {
                country: details.take_str("country")?,
                currency: details.take_str("currency")?,
                account_number: details.take_str("account_number")?,
                routing_number: details.take_str("routing_number")?,
                account_holder_name: details.take_str("account_holder_name")?,
                status: None,
            };
            details.take_str("account_holder_type")?;
            details.take_str("account_type")?;
            details.finish()?;
            Ok(Some(account))
        }
    }
}

pub fn create(mut p: Params) -> Result<Prepared, ApiError> {
    let account_type = p.take_str("type")?;
    let country = p.take_str("country")?;
    let mut controller = ControllerParams::default();
    if let Some(mut given) = hash(&mut p, "controller")? {
        controller = ControllerParams {
            losses_payments: single(&mut given, "losses", "payments")?,
            requirement_collection: given.take_str("requirement_collection")?,
            fees_payer: single(&mut given, "fees", "payer")?,
            dashboard: single(&mut given, "stripe_dashboard", "type")?,
            fees_collector: None,
        };
        given.finish()?;
    }
    let common = take_common(&mut p)?;
    let expand = take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    let params = AccountParams {
        account_type,
        country,
        default_currency: common.default_currency,
        email: common.email,
        business_type: common.business_type,
        business_profile: common.business_profile,
        tos_acceptance: common.tos_acceptance,
        controller,
        capabilities: common.capabilities,
        external_accounts: common.external_account.into_iter().collect(),
        debit_negative_balances: common.debit_negative_balances,
        schedule: common.schedule,
        statement_descriptor: common.statement_descriptor,
        metadata: common.metadata,
        individual: common.individual,
        company: common.company,
        branding: common.branding,
        ..AccountParams::default()
    };
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.create_account(params))?;
        Ok(object(cx.ledger(), Obj::Account(applied.value), &expand))
    }))
}

pub fn update(mut p: Params, id: String) -> Result<Prepared, ApiError> {
    let common = take_common(&mut p)?;
    let expand = take_expand(&mut p, Kind::Account)?;
    p.finish()?;
    let update = AccountUpdate {
        email: common.email,
        business_type: common.business_type,
        business_profile: common.business_profile,
        tos_acceptance: common.tos_acceptance,
        default_currency: common.default_currency,
        capabilities: common.capabilities,
        external_account: common.external_account,
        debit_negative_balances: common.debit_negative_balances,
        schedule: common.schedule,
        statement_descriptor: common.statement_descriptor,
        metadata: common.metadata,
        individual: common.individual,
        company: common.company,
        branding: common.branding,
        v2: Default::default(),
    };
    Ok(Box::new(move |cx| {
        let account = visible_account(cx, &id)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.update_account(account, update))?;
        Ok(object(cx.ledger(), Obj::Account(applied.value), &expand))
    }))
}

/// Creating and updating connected accounts is the platform's business.
pub fn platform_only(cx: &Ctx<'_>) -> Result<(), super::endpoint::Refusal> {
    if cx.actor.is_platform() {
        Ok(())
    } else {
        Err(ApiError::platform_only_endpoint().into())
    }
}

/// The account `id` names, if the acting account may see it: the platform sees itself and
/// its connected accounts, a connected account only itself.
pub fn visible_account(cx: &Ctx<'_>, id: &str) -> Result<AccountId, super::endpoint::Refusal> {
    cx.ledger()
        .find_account(id)
        .filter(|account| cx.actor.is_platform() || *account == cx.actor)
        .ok_or_else(|| not_found(Noun::Object(Kind::Account), id))
}

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Account, move |cx, expand| {
        let account = visible_account(cx, &id)?;
        Ok(object(cx.ledger(), Obj::Account(account), &expand))
    })
}

/// `GET /v1/account`: the platform, or the account `Stripe-Account` names (debit-rules §8).
pub fn own(p: Params) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Account, move |cx, expand| {
        Ok(object(cx.ledger(), Obj::Account(cx.actor), &expand))
    })
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Account,
        |_| Ok(()),
        |cx, list, ()| -> Applied {
            let ledger = cx.ledger();
            // The platform's connected accounts; a connected account has none.
            let ids: Vec<AccountId> = if cx.actor.is_platform() {
                ledger
                    .connected_account_ids()
                    .filter(|a| !ledger.account(*a).deleted)
                    .collect()
            } else {
                Vec::new()
            };
            let query = list.query(
                |id| {
                    ledger
                        .find_account(id)
                        .filter(|a| !a.is_platform())
                        .map(|a| a.index() as u32)
                },
                Noun::Object(Kind::Account),
            )?;
            let found = page(
                &ids,
                &query,
                |a| a.index() as u32,
                |a| ledger.account(a).created,
                |_| true,
            );
            Ok(page_of(ledger, "/v1/accounts", found, Obj::Account, &list.expand))
        },
    )
}

pub fn external_accounts(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::BankAccount,
        |p| {
            let object = p.take_str("object")?;
            if let Some(object) = object.as_deref().filter(|o| !["bank_account", "card"].contains(o)) {
                return Err(ApiError::invalid_choice("object", object, &["bank_account", "card"]));
            }
            Ok(object)
        },
        move |cx, list, object| {
            let account = visible_account(cx, &id)?;
            let ledger = cx.ledger();
            // `object=card` lists the debit cards, `object=bank_account` the bank accounts.
            let wanted = |b: &BankAccountId| match object.as_deref() {
                Some("card") => ledger.bank_account(*b).card.is_some(),
                Some(_) => ledger.bank_account(*b).card.is_none(),
                None => true,
            };
            let banks: Vec<BankAccountId> = ledger
                .account(account)
                .bank_accounts
                .iter()
                .copied()
                .filter(wanted)
                .collect();
            let query = list.query(
                |b| ledger.find::<BankAccount>(account, b).map(|b| b.index() as u32),
                Noun::Object(Kind::BankAccount),
            )?;
            let found = page(&banks, &query, |b| b.index() as u32, |_| 0, |_| true);
            let url = format!("/v1/accounts/{}/external_accounts", ledger.account(account).id);
            Ok(page_of(ledger, &url, found, Obj::BankAccount, &list.expand))
        },
    )
}
