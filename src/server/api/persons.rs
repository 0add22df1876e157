//! `/v1/accounts/{id}/persons`: an account's persons, as far as onboarding a company needs
//! them (who they are, what they are to the account, metadata).

use super::accounts::{platform_only, take_identity, visible_account};
use super::endpoint::{
    Endpoint, Prepared, Refusal, Reply, not_found, object, page_of, prepare_get, prepare_list, take_address,
    take_expand,
};
use crate::ledger::{
    AccountId, Kind, Noun, Person, PersonDetailsParams, PersonId, PersonParams, RelationshipParams, page,
};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::{Obj, lifecycle};

/// An account's persons.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/accounts/{account}/persons", |p, mut ids| list(p, ids.take())),
    Endpoint::post("/v1/accounts/{account}/persons", |p, mut ids| create(p, ids.take())),
    Endpoint::get("/v1/accounts/{account}/persons/{person}", |p, mut ids| {
        let account = ids.take();
        get(p, account, ids.take())
    }),
    Endpoint::post("/v1/accounts/{account}/persons/{person}", |p, mut ids| {
        let account = ids.take();
        update(p, account, ids.take())
    }),
    Endpoint::delete("/v1/accounts/{account}/persons/{person}", |p, mut ids| {
        let account = ids.take();
        delete(p, account, ids.take())
    }),
];

fn visible_person(
    cx: &super::endpoint::Ctx<'_>,
    account: &str,
    person: &str,
) -> Result<(AccountId, PersonId), Refusal> {
    let account = visible_account(cx, account)?;
    let ledger = cx.ledger();
    let id = ledger
        .find::<Person>(account, person)
        .filter(|p| !ledger.person(*p).deleted)
        .ok_or_else(|| not_found(Noun::Object(Kind::Person), person))?;
    Ok((account, id))
}

fn take_person(p: &mut Params) -> Result<PersonParams, ApiError> {
    let identity = take_identity(p)?;
    let mut relationship = RelationshipParams::default();
    let mut percent_ownership = None;
    if let Some(mut given) = super::endpoint::hash(p, "relationship")? {
        relationship = RelationshipParams {
            representative: given.take_bool("representative")?,
            owner: given.take_bool("owner")?,
            director: given.take_bool("director")?,
            executive: given.take_bool("executive")?,
            title: given.take_str("title")?,
        };
        percent_ownership = given.take_str("percent_ownership")?;
        given.finish()?;
    }
    // Details Stripe only keeps and shows (docs/behaviour.md §17).
    let registered_address = match p.get("registered_address").map(|v| v.as_str() == Some("")) {
        None => None,
        Some(true) => {
            p.take_hash("registered_address")?;
            Some(None)
        }
        Some(false) => Some(Some(take_address(p, "registered_address")?)),
    };
    let details = PersonDetailsParams {
        first_name_kana: p.take_str("first_name_kana")?,
        first_name_kanji: p.take_str("first_name_kanji")?,
        last_name_kana: p.take_str("last_name_kana")?,
        last_name_kanji: p.take_str("last_name_kanji")?,
        maiden_name: p.take_str("maiden_name")?,
        gender: p.take_str("gender")?,
        nationality: p.take_str("nationality")?,
        political_exposure: p.take_str("political_exposure")?,
        registered_address,
        percent_ownership,
        full_name_aliases: p.take_list("full_name_aliases")?,
    };
    // Identity documents are accepted and set aside: test mode verifies whoever has
    // given what is due.
    p.take("verification");
    p.take("documents");
    Ok(PersonParams {
        identity,
        relationship,
        metadata: p.take_metadata()?,
        details,
    })
}

pub fn create(mut p: Params, account: String) -> Result<Prepared, ApiError> {
    let params = take_person(&mut p)?;
    let expand = take_expand(&mut p, Kind::Person)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let account = visible_account(cx, &account)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.create_person(account, params))?;
        Ok(object(cx.ledger(), Obj::Person(applied.value), &expand))
    }))
}

pub fn get(p: Params, account: String, person: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Person, move |cx, expand| {
        let (_, person) = visible_person(cx, &account, &person)?;
        Ok(object(cx.ledger(), Obj::Person(person), &expand))
    })
}

pub fn update(mut p: Params, account: String, person: String) -> Result<Prepared, ApiError> {
    let params = take_person(&mut p)?;
    let expand = take_expand(&mut p, Kind::Person)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let (_, person) = visible_person(cx, &account, &person)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.update_person(person, params))?;
        Ok(object(cx.ledger(), Obj::Person(applied.value), &expand))
    }))
}

pub fn delete(p: Params, account: String, person: String) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(move |cx| {
        let (_, person) = visible_person(cx, &account, &person)?;
        platform_only(cx)?;
        let applied = cx.apply(|ledger| ledger.delete_person(person))?;
        let id = cx.ledger().id_of(Obj::Person(applied.value)).to_string();
        Ok(Reply::ok(lifecycle::deleted(Kind::Person, &id, None)))
    }))
}

pub fn list(p: Params, account: String) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Person,
        |p| {
            let mut wanted = RelationshipParams::default();
            if let Some(mut given) = super::endpoint::hash(p, "relationship")? {
                wanted = RelationshipParams {
                    representative: given.take_bool("representative")?,
                    owner: given.take_bool("owner")?,
                    director: given.take_bool("director")?,
                    executive: given.take_bool("executive")?,
                    title: None,
                };
                given.take_bool("legal_guardian")?;
                given.finish()?;
            }
            Ok(wanted)
        },
        move |cx, list, wanted| {
            let account = visible_account(cx, &account)?;
            let ledger = cx.ledger();
            let ids = ledger.account(account).persons.clone();
            let query = list.query(
                |id| ledger.find::<Person>(account, id).map(|p| p.index() as u32),
                Noun::Object(Kind::Person),
            )?;
            let found = page(
                &ids,
                &query,
                |p| p.index() as u32,
                |p| ledger.person(p).created,
                |p| {
                    let r = &ledger.person(p).relationship;
                    let is = |want: Option<bool>, has: bool| want.is_none_or(|w| w == has);
                    is(wanted.representative, r.representative)
                        && is(wanted.owner, r.owner)
                        && is(wanted.director, r.director)
                        && is(wanted.executive, r.executive)
                },
            );
            let url = format!("/v1/accounts/{}/persons", ledger.account(account).id);
            Ok(page_of(ledger, &url, found, Obj::Person, &list.expand))
        },
    )
}
