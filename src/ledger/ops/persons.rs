//! Persons (`/v1/accounts/{id}/persons`): the representative, owners, directors and
//! executives of an account, as far as onboarding a company needs them.

use super::requirements::{AddressParams, IdentityParams, apply_address, updated_identity};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `relationship[...]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RelationshipParams {
    pub representative: Option<bool>,
    pub owner: Option<bool>,
    pub director: Option<bool>,
    pub executive: Option<bool>,
    pub title: Option<String>,
}

/// The parameters of `POST /v1/accounts/{id}/persons` and of its update.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonParams {
    pub identity: IdentityParams,
    pub relationship: RelationshipParams,
    pub metadata: Option<MetadataUpdate>,
    pub details: PersonDetailsParams,
}

/// What Stripe only keeps and shows of a person (§17); each given field replaces the stored
/// one, an empty one clears it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonDetailsParams {
    pub first_name_kana: Option<String>,
    pub first_name_kanji: Option<String>,
    pub last_name_kana: Option<String>,
    pub last_name_kanji: Option<String>,
    pub maiden_name: Option<String>,
    pub gender: Option<String>,
    pub nationality: Option<String>,
    pub political_exposure: Option<String>,
    /// `registered_address[...]`; `Some(None)` for `registered_address=`, which clears it.
    pub registered_address: Option<Option<AddressParams>>,
    /// `relationship[percent_ownership]`.
    pub percent_ownership: Option<String>,
    /// `full_name_aliases[]`, replacing the list (`full_name_aliases=` empties it).
    pub full_name_aliases: Option<Vec<String>>,
}

/// A person's details after `given`, checked as Stripe checks them.
fn updated_details(current: &PersonDetails, given: &PersonDetailsParams) -> Result<PersonDetails, Rejection> {
    let choice = |param: &'static str, value: &Option<String>, choices: &'static [&'static str]| match value.as_deref()
    {
        Some(v) if !v.is_empty() && !choices.contains(&v) => Err(Rejection::InvalidChoice {
            param: param.into(),
            value: v.to_owned(),
            choices,
        }),
        _ => Ok(()),
    };
    choice("gender", &given.gender, &["female", "male"])?;
    choice("political_exposure", &given.political_exposure, &["existing", "none"])?;
    let nationality = match given.nationality.as_deref() {
        Some(code) if !code.is_empty() => {
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(Rejection::InvalidCountry {
                    param: "nationality",
                    value: code.to_owned(),
                });
            }
            Some(code.to_ascii_uppercase())
        }
        other => other.map(str::to_owned),
    };
    let percent = match given.percent_ownership.as_deref() {
        Some(text) if !text.is_empty() => {
            let value = text
                .parse::<rust_decimal::Decimal>()
                .ok()
                .filter(|v| *v >= rust_decimal::Decimal::ZERO && *v <= rust_decimal::Decimal::ONE_HUNDRED)
                .ok_or_else(|| Rejection::OutOfRange {
                    param: "relationship[percent_ownership]",
                    value: text.to_owned(),
                    min: 0,
                    max: 100,
                    also: None,
                })?;
            Some(value.normalize().to_string())
        }
        other => other.map(str::to_owned),
    };
    let mut details = current.clone();
    let texts = [
        (&mut details.first_name_kana, &given.first_name_kana),
        (&mut details.first_name_kanji, &given.first_name_kanji),
        (&mut details.last_name_kana, &given.last_name_kana),
        (&mut details.last_name_kanji, &given.last_name_kanji),
        (&mut details.maiden_name, &given.maiden_name),
        (&mut details.gender, &given.gender),
        (&mut details.political_exposure, &given.political_exposure),
        (&mut details.nationality, &nationality),
        (&mut details.percent_ownership, &percent),
    ];
    for (field, value) in texts {
        replace_text(field, value.as_deref());
    }
    match &given.registered_address {
        None => {}
        Some(None) => details.registered_address = None,
        Some(Some(address)) => apply_address(details.registered_address.get_or_insert_with(Address::default), address),
    }
    if let Some(aliases) = &given.full_name_aliases {
        details.full_name_aliases = aliases
            .iter()
            .filter(|a| !a.is_empty())
            .map(|a| a.as_str().into())
            .collect();
    }
    Ok(details)
}

/// Checks a person's parameters against its current identity; the identity after them.
pub(crate) fn check_person(params: &PersonParams, current: &Identity) -> Result<Identity, Rejection> {
    updated_identity(current, &params.identity, "person")
}

fn updated_relationship(current: &Relationship, given: &RelationshipParams) -> Relationship {
    let mut relationship = current.clone();
    let flags = [
        (&mut relationship.representative, given.representative),
        (&mut relationship.owner, given.owner),
        (&mut relationship.director, given.director),
        (&mut relationship.executive, given.executive),
    ];
    for (field, value) in flags {
        if let Some(value) = value {
            *field = value;
        }
    }
    replace_text(&mut relationship.title, given.title.as_deref());
    relationship
}

impl Ledger {
    /// `POST /v1/accounts/{id}/persons`. An account has one representative: a new one
    /// takes the role from the old, as on Stripe.
    pub fn create_person(&mut self, account: AccountId, params: PersonParams) -> Result<Applied<PersonId>, Rejection> {
        if self.accounts[account.0].is_platform() {
            return Err(Rejection::PlatformNotUpdatable);
        }
        let identity = check_person(&params, &Identity::default())?;
        let details = updated_details(&PersonDetails::default(), &params.details)?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        let relationship = updated_relationship(&Relationship::default(), &params.relationship);
        let first_event = self.events.len();
        if relationship.representative {
            self.demote_representatives(account, None);
        }
        let id = self.store(Person {
            account,
            created: self.now,
            identity,
            relationship,
            metadata,
            deleted: false,
            details,
        });
        self.change_account(account, |a| a.persons.push(id));
        self.emit(EventType::PersonCreated, account, Obj::Person(id));
        self.recheck_onboarding(account);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/accounts/{id}/persons/{person}`.
    pub fn update_person(&mut self, person: PersonId, params: PersonParams) -> Result<Applied<PersonId>, Rejection> {
        let stored = &self.persons[person.0];
        let identity = check_person(&params, &stored.identity)?;
        let details = updated_details(&stored.details, &params.details)?;
        let metadata =
            metadata_after(&stored.metadata, params.metadata.as_ref())?.unwrap_or_else(|| stored.metadata.clone());
        let relationship = updated_relationship(&stored.relationship, &params.relationship);
        let account = stored.account;
        let first_event = self.events.len();
        if relationship.representative && !stored.relationship.representative {
            self.demote_representatives(account, Some(person));
        }
        let before = self.version;
        self.change::<Person, _>(person, |p| {
            p.identity = identity;
            p.relationship = relationship;
            p.metadata = metadata;
            p.details = details;
        });
        self.emit_updated(EventType::PersonUpdated, account, Obj::Person(person), before);
        self.recheck_onboarding(account);
        Ok(Applied {
            value: person,
            events: self.emitted_since(first_event),
        })
    }

    /// `DELETE /v1/accounts/{id}/persons/{person}`.
    pub fn delete_person(&mut self, person: PersonId) -> Result<Applied<PersonId>, Rejection> {
        let account = self.persons[person.0].account;
        let first_event = self.events.len();
        self.change::<Person, _>(person, |p| p.deleted = true);
        self.change_account(account, |a| a.persons.retain(|p| *p != person));
        self.emit(EventType::PersonDeleted, account, Obj::Person(person));
        Ok(Applied {
            value: person,
            events: self.emitted_since(first_event),
        })
    }

    /// Takes the representative role from the account's persons other than `except`.
    fn demote_representatives(&mut self, account: AccountId, except: Option<PersonId>) {
        let others: Vec<PersonId> = self.accounts[account.0]
            .persons
            .iter()
            .copied()
            .filter(|p| Some(*p) != except && self.persons[p.0].relationship.representative)
            .collect();
        for other in others {
            let before = self.version;
            self.change::<Person, _>(other, |p| p.relationship.representative = false);
            self.emit_updated(EventType::PersonUpdated, account, Obj::Person(other), before);
        }
    }
}
