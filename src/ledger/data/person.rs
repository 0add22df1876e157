//! A person (`person_…`) of an account: its representative, owners, directors.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, Obj, Refers};
use super::metadata::Metadata;
use super::onboarding::Identity;
use super::time::Timestamp;

/// What a person is to its account.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Relationship {
    pub representative: bool,
    pub owner: bool,
    pub director: bool,
    pub executive: bool,
    pub title: Option<Box<str>>,
}

/// A person of an account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub account: AccountId,
    pub created: Timestamp,
    pub identity: Identity,
    pub relationship: Relationship,
    pub metadata: Metadata,
    pub deleted: bool,
}

image_struct!(Relationship {
    representative,
    owner,
    director,
    executive,
    title
});

image_struct!(Person {
    account,
    created,
    identity,
    relationship,
    metadata,
    deleted
});

impl Refers for Person {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
