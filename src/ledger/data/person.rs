//! A person (`person_…`) of an account: its representative, owners, directors.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, Obj, Refers};
use super::metadata::Metadata;
use super::onboarding::{Address, Identity};
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

/// What Stripe only keeps and shows of a person (docs/behaviour.md §17): names in other
/// scripts, gender, nationality, a registered address, political exposure, a share of the
/// company, other names. Onboarding asks for none of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PersonDetails {
    pub first_name_kana: Option<Box<str>>,
    pub first_name_kanji: Option<Box<str>>,
    pub last_name_kana: Option<Box<str>>,
    pub last_name_kanji: Option<Box<str>>,
    pub maiden_name: Option<Box<str>>,
    /// `male` or `female`, the values Stripe takes.
    pub gender: Option<Box<str>>,
    /// A two-letter country code, uppercase.
    pub nationality: Option<Box<str>>,
    /// `existing` or `none`.
    pub political_exposure: Option<Box<str>>,
    pub registered_address: Option<Address>,
    /// `relationship[percent_ownership]`: a decimal from 0 to 100, as given (normalised).
    pub percent_ownership: Option<Box<str>>,
    pub full_name_aliases: Vec<Box<str>>,
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
    pub details: PersonDetails,
}

image_struct!(Relationship {
    representative,
    owner,
    director,
    executive,
    title
});

image_struct!(PersonDetails {
    first_name_kana,
    first_name_kanji,
    last_name_kana,
    last_name_kanji,
    maiden_name,
    gender,
    nationality,
    political_exposure,
    registered_address,
    percent_ownership,
    full_name_aliases
});

image_struct!(Person {
    account,
    created,
    identity,
    relationship,
    metadata,
    deleted,
    details
});

impl Refers for Person {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
