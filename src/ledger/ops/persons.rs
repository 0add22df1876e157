//! Persons (`/v1/accounts/{id}/persons`): the representative, owners, directors and
//! executives of an account, as far as onboarding a company needs them.

use super::requirements::{IdentityParams, updated_identity};
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
