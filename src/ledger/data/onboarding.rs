//! What onboarding collects of an account, and the account and login links that lead to it.

use crate::ledger::codec::{image_enum, image_struct};

use super::kinds::{AccountId, Obj, Refers};
use super::time::Timestamp;

/// How long an account link can be opened: Stripe's links expire "after a few minutes"; a
/// link here expires five minutes of the world's simulated time after it was made.
pub const ACCOUNT_LINK_TTL: Timestamp = 300;

/// How long a login link to the Express Dashboard lasts.
pub const LOGIN_LINK_TTL: Timestamp = 300;

/// Why the platform rejected an account (`POST /v1/accounts/{id}/reject`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RejectReason {
    Fraud,
    TermsOfService,
    Other,
}

impl RejectReason {
    pub const CHOICES: &'static [&'static str] = &["fraud", "terms_of_service", "other"];

    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Fraud => "fraud",
            RejectReason::TermsOfService => "terms_of_service",
            RejectReason::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<RejectReason> {
        Some(match text {
            "fraud" => RejectReason::Fraud,
            "terms_of_service" => RejectReason::TermsOfService,
            "other" => RejectReason::Other,
            _ => return None,
        })
    }
}

/// A postal address, as far as onboarding asks for one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub line1: Option<Box<str>>,
    pub line2: Option<Box<str>>,
    pub city: Option<Box<str>>,
    pub state: Option<Box<str>>,
    pub postal_code: Option<Box<str>>,
    pub country: Option<Box<str>>,
}

/// A date of birth.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dob {
    pub day: u8,
    pub month: u8,
    pub year: u16,
}

/// Who a person is: the individual of an individual account, or a person of a company.
/// Government ids are never kept, only whether one was given, as Stripe shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Identity {
    pub first_name: Option<Box<str>>,
    pub last_name: Option<Box<str>>,
    pub email: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub dob: Option<Dob>,
    pub address: Address,
    pub id_number_provided: bool,
    pub ssn_last_4_provided: bool,
}

/// What a company account has told about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Company {
    pub name: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub tax_id_provided: bool,
    pub address: Address,
}

/// An account's onboarding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Onboarding {
    /// Nothing was due at some point: the account is onboarded, and stays so.
    pub details_submitted: bool,
    pub rejected: Option<RejectReason>,
    pub individual: Identity,
    pub company: Company,
}

/// What a link is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// `account_onboarding`.
    Onboarding,
    /// `account_update`.
    Update,
    /// A login link to the Express Dashboard.
    Login,
}

/// An account link or a login link: a single-use, expiring URL that acts on one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub account: AccountId,
    pub kind: LinkKind,
    pub created: Timestamp,
    pub expires_at: Timestamp,
    pub refresh_url: Box<str>,
    pub return_url: Box<str>,
    pub used: bool,
}

/// An account link or login link of the world.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LinkId(pub(crate) u32);

impl LinkId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

image_enum!(RejectReason {
    Fraud = 0,
    TermsOfService = 1,
    Other = 2
});

image_enum!(LinkKind {
    Onboarding = 0,
    Update = 1,
    Login = 2
});

image_struct!(Address {
    line1,
    line2,
    city,
    state,
    postal_code,
    country
});

image_struct!(Dob { day, month, year });

image_struct!(Identity {
    first_name,
    last_name,
    email,
    phone,
    dob,
    address,
    id_number_provided,
    ssn_last_4_provided
});

image_struct!(Company {
    name,
    phone,
    tax_id_provided,
    address
});

image_struct!(Onboarding {
    details_submitted,
    rejected,
    individual,
    company
});

image_struct!(Link {
    account,
    kind,
    created,
    expires_at,
    refresh_url,
    return_url,
    used
});

impl Refers for Link {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
