//! `/v2/core/accounts`: the world's accounts through API v2 — created, read, listed,
//! updated and closed in v2's terms, with `include[]` for what is not returned by default.
//! A v2 account is an account of the world: `/v1/accounts/{id}` shows it, `Stripe-Account`
//! acts as it and v1's money moves to and from it; a v1 or fixture account shows here too.

use super::accounts::platform_only;
use super::endpoint::{Ctx, Endpoint, Prepared, Refusal, Reply, V2Request, not_found};
use crate::ledger::{
    AccountId, AccountV2Fields, AccountV2Params, AddressParams, CompanyParams, Configuration, IdentityParams, Kind,
    Noun, page,
};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::json::Fields;
use crate::server::list::{V2Paging, url_pair};
use crate::server::render::accounts_v2::{AccountV2View, Include};
use crate::server::render::json;
use crate::server::render::v2::V2List;

/// `/v2/core/accounts`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::v2_post("/v2/core/accounts", |r, _| create(r)),
    Endpoint::v2_get("/v2/core/accounts", |r, _| list(r)),
    Endpoint::v2_get("/v2/core/accounts/{id}", |r, mut ids| get(r, ids.take())),
    Endpoint::v2_post("/v2/core/accounts/{id}", |r, mut ids| update(r, ids.take())),
    Endpoint::v2_post("/v2/core/accounts/{id}/close", |r, mut ids| close(r, ids.take())),
];

/// `include[]` from the query string (reads) or the body (writes); a value Stripe does not
/// take is refused naming it.
fn include_of(values: Option<Vec<String>>) -> Result<Include, ApiError> {
    let mut include = Include::default();
    for (i, value) in values.unwrap_or_default().iter().enumerate() {
        if !include.add(value) {
            return Err(ApiError::invalid_choice(
                format!("include[{i}]"),
                value,
                Include::CHOICES,
            ));
        }
    }
    Ok(include)
}

fn query_include(query: &mut Params) -> Result<Include, ApiError> {
    include_of(query.take_list("include")?)
}

/// The account `id` names, closed ones included, if the platform asks (v2 acts for the
/// platform; a connected account sees only itself).
fn find(cx: &Ctx<'_>, id: &str) -> Result<AccountId, Refusal> {
    cx.ledger()
        .find_account_ever(id)
        .filter(|a| cx.actor.is_platform() || *a == cx.actor)
        .ok_or_else(|| not_found(Noun::Object(Kind::Account), id))
}

fn render(cx: &Ctx<'_>, id: AccountId, include: Include) -> Reply {
    Reply::ok(json(&AccountV2View {
        at: cx.ledger().now_view(),
        id,
        include,
    }))
}

/// An address of a v2 body.
fn take_address(f: &mut Fields, name: &str) -> Result<AddressParams, ApiError> {
    let Some(mut a) = f.take_object(name)? else {
        return Ok(AddressParams::default());
    };
    let address = AddressParams {
        line1: a.take_str("line1")?,
        line2: a.take_str("line2")?,
        city: a.take_str("city")?,
        state: a.take_str("state")?,
        postal_code: a.take_str("postal_code")?,
        country: a.take_str("country")?,
    };
    a.finish()?;
    Ok(address)
}

/// `identity.individual`: who the account is, in v1's terms.
fn take_individual(f: &mut Fields) -> Result<IdentityParams, ApiError> {
    let Some(mut i) = f.take_object("individual")? else {
        return Ok(IdentityParams::default());
    };
    let (mut day, mut month, mut year) = (None, None, None);
    if let Some(mut dob) = i.take_object("date_of_birth")? {
        day = dob.take_integer("day")?.map(|n| n.to_string());
        month = dob.take_integer("month")?.map(|n| n.to_string());
        year = dob.take_integer("year")?.map(|n| n.to_string());
        dob.finish()?;
    }
    let identity = IdentityParams {
        first_name: i.take_str("given_name")?,
        last_name: i.take_str("surname")?,
        email: i.take_str("email")?,
        phone: i.take_str("phone")?,
        dob_day: day,
        dob_month: month,
        dob_year: year,
        address: take_address(&mut i, "address")?,
        ..IdentityParams::default()
    };
    i.finish()?;
    Ok(identity)
}

/// `identity.business_details`.
fn take_business(f: &mut Fields) -> Result<CompanyParams, ApiError> {
    let Some(mut b) = f.take_object("business_details")? else {
        return Ok(CompanyParams::default());
    };
    let company = CompanyParams {
        name: b.take_str("registered_name")?,
        phone: b.take_str("phone")?,
        address: take_address(&mut b, "address")?,
        ..CompanyParams::default()
    };
    b.finish()?;
    Ok(company)
}

/// `{requested: bool}` of one capability.
fn take_requested(f: &mut Fields, name: &str) -> Result<Option<bool>, ApiError> {
    let Some(mut capability) = f.take_object(name)? else {
        return Ok(None);
    };
    let requested = capability
        .take_bool("requested")?
        .ok_or_else(|| ApiError::v2_field_missing(capability.child("requested")))?;
    capability.finish()?;
    Ok(Some(requested))
}

/// What creation and update both read. `create` marks the fields only creation takes
/// (`identity.country`, `dashboard`, `defaults.responsibilities`), read by the caller.
struct Read {
    fields: AccountV2Fields,
    include: Include,
    country: Option<String>,
    dashboard: Option<String>,
    losses_collector: Option<String>,
    fees_collector: Option<String>,
}

fn read(mut body: Fields, create: bool) -> Result<Read, ApiError> {
    let mut fields = AccountV2Fields {
        contact_email: body.take_str("contact_email")?,
        contact_phone: body.take_str("contact_phone")?,
        display_name: body.take_str("display_name")?,
        metadata: body.take_metadata()?,
        ..AccountV2Fields::default()
    };
    let include = include_of(body.take_str_list("include")?)?;
    let dashboard = if create {
        body.take_choice("dashboard", &["express", "full", "none"])?
            .map(str::to_owned)
    } else {
        None
    };
    let mut country = None;
    if let Some(mut identity) = body.take_object("identity")? {
        if create {
            country = identity.take_str("country")?;
        }
        fields.entity_type = identity
            .take_choice(
                "entity_type",
                &["company", "government_entity", "individual", "non_profit"],
            )?
            .map(str::to_owned);
        fields.individual = take_individual(&mut identity)?;
        fields.company = take_business(&mut identity)?;
        identity.finish()?;
    }
    let (mut losses_collector, mut fees_collector) = (None, None);
    if let Some(mut defaults) = body.take_object("defaults")? {
        fields.currency = defaults.take_str("currency")?;
        fields.locales = defaults.take_str_list("locales")?;
        if let Some(mut profile) = defaults.take_object("profile")? {
            for (v2, v1) in [
                ("business_url", "url"),
                ("doing_business_as", "name"),
                ("product_description", "product_description"),
            ] {
                if let Some(value) = profile.take_str(v2)? {
                    fields.profile.push((v1.to_owned(), value));
                }
            }
            profile.finish()?;
        }
        if create && let Some(mut responsibilities) = defaults.take_object("responsibilities")? {
            losses_collector = Some(
                responsibilities
                    .take_choice("losses_collector", &["application", "stripe"])?
                    .ok_or_else(|| ApiError::v2_field_missing(responsibilities.child("losses_collector")))?
                    .to_owned(),
            );
            fees_collector = Some(
                responsibilities
                    .take_choice(
                        "fees_collector",
                        &["application", "application_custom", "application_express", "stripe"],
                    )?
                    .ok_or_else(|| ApiError::v2_field_missing(responsibilities.child("fees_collector")))?
                    .to_owned(),
            );
            responsibilities.finish()?;
        }
        defaults.finish()?;
    }
    if let Some(mut configuration) = body.take_object("configuration")? {
        if let Some(customer) = configuration.take_object("customer")? {
            customer.finish()?;
            fields.configurations.push(Configuration::Customer);
        }
        if let Some(mut merchant) = configuration.take_object("merchant")? {
            if let Some(mcc) = merchant.take_str("mcc")? {
                fields.profile.push(("mcc".to_owned(), mcc));
            }
            if let Some(mut capabilities) = merchant.take_object("capabilities")? {
                if let Some(requested) = take_requested(&mut capabilities, "card_payments")? {
                    fields.capabilities.push(("card_payments".to_owned(), requested));
                }
                capabilities.finish()?;
            }
            merchant.finish()?;
            fields.configurations.push(Configuration::Merchant);
        }
        if let Some(mut recipient) = configuration.take_object("recipient")? {
            if let Some(mut capabilities) = recipient.take_object("capabilities")? {
                if let Some(mut balance) = capabilities.take_object("stripe_balance")? {
                    if let Some(requested) = take_requested(&mut balance, "stripe_transfers")? {
                        fields.capabilities.push(("transfers".to_owned(), requested));
                    }
                    balance.finish()?;
                }
                capabilities.finish()?;
            }
            recipient.finish()?;
            fields.configurations.push(Configuration::Recipient);
        }
        configuration.finish()?;
    }
    body.finish()?;
    Ok(Read {
        fields,
        include,
        country,
        dashboard,
        losses_collector,
        fees_collector,
    })
}

pub fn create(request: V2Request) -> Result<Prepared, ApiError> {
    let V2Request { query, body } = request;
    query.finish()?;
    let read = read(body, true)?;
    let include = read.include;
    let params = AccountV2Params {
        fields: read.fields,
        country: read.country,
        dashboard: read.dashboard,
        losses_collector: read.losses_collector,
        fees_collector: read.fees_collector,
    };
    Ok(Box::new(move |cx| {
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.create_account_v2(params))?;
        Ok(render(cx, applied.value, include))
    }))
}

pub fn get(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    let V2Request { mut query, body } = request;
    let include = query_include(&mut query)?;
    V2Request { query, body }.finish()?;
    Ok(Box::new(move |cx| {
        let account = find(cx, &id)?;
        Ok(render(cx, account, include))
    }))
}

pub fn update(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    let V2Request { query, body } = request;
    query.finish()?;
    let read = read(body, false)?;
    let include = read.include;
    let fields = read.fields;
    Ok(Box::new(move |cx| {
        let account = find(cx, &id)?;
        platform_only(cx)?;
        if cx.ledger().account(account).deleted {
            return Err(ApiError::v2_account_closed(&id).into());
        }
        cx.apply(|ledger| ledger.update_account_v2(account, fields))?;
        Ok(render(cx, account, include))
    }))
}

pub fn close(request: V2Request, id: String) -> Result<Prepared, ApiError> {
    let V2Request { query, mut body } = request;
    query.finish()?;
    let configurations = match body.take_str_list("applied_configurations")? {
        None => None,
        Some(names) => Some(
            names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    Configuration::parse(name).ok_or_else(|| {
                        ApiError::invalid_choice(
                            format!("applied_configurations[{i}]"),
                            name,
                            &["customer", "merchant", "recipient"],
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    body.finish()?;
    Ok(Box::new(move |cx| {
        let account = find(cx, &id)?;
        platform_only(cx)?;
        if cx.ledger().account(account).deleted {
            return Err(ApiError::v2_account_closed(&id).into());
        }
        cx.apply(|ledger| ledger.close_account(account, configurations))?;
        Ok(render(cx, account, Include::default()))
    }))
}

pub fn list(request: V2Request) -> Result<Prepared, ApiError> {
    let V2Request { mut query, body } = request;
    let paging = V2Paging::take(&mut query)?;
    let mut wanted = Vec::new();
    for (i, name) in query
        .take_list("applied_configurations")?
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let configuration = Configuration::parse(name).ok_or_else(|| {
            ApiError::invalid_choice(
                format!("applied_configurations[{i}]"),
                name,
                &["customer", "merchant", "recipient"],
            )
        })?;
        wanted.push(configuration);
    }
    let closed = query.take_bool("closed")?.unwrap_or(false);
    V2Request { query, body }.finish()?;
    let mut carried: Vec<String> = wanted
        .iter()
        .enumerate()
        .map(|(i, c)| url_pair(&format!("applied_configurations[{i}]"), c.as_str()))
        .collect();
    if closed {
        carried.push(url_pair("closed", "true"));
    }
    Ok(Box::new(move |cx| {
        let ledger = cx.ledger();
        // The platform's connected accounts; a connected account has none.
        let ids: Vec<AccountId> = if cx.actor.is_platform() {
            ledger.connected_account_ids().collect()
        } else {
            Vec::new()
        };
        let found = page(
            &ids,
            &paging.query(),
            |a| a.index() as u32,
            |a| ledger.account(a).created,
            |a| {
                let account = ledger.account(a);
                let applied = account.applied_configurations();
                account.deleted == closed && wanted.iter().all(|c| applied.contains(c))
            },
        );
        let (first, last) = (found.items.first(), found.items.last());
        let index = |a: Option<&AccountId>| a.map(|a| a.index() as u32);
        let (next, previous) = paging.urls("/v2/core/accounts", &carried, index(first), index(last), found.has_more);
        let at = ledger.now_view();
        let data: Vec<AccountV2View<'_>> = found
            .items
            .iter()
            .map(|id| AccountV2View {
                at,
                id: *id,
                include: Include::default(),
            })
            .collect();
        Ok(Reply::ok(json(&V2List {
            data: &data,
            next_page_url: next,
            previous_page_url: previous,
        })))
    }))
}
