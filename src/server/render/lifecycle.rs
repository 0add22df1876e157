//! The wire shapes of an account's life beyond money: its requirements, its capabilities,
//! its persons, account and login links, and the `deleted` objects a `DELETE` answers with.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{AddressView, MetadataView, View, Wire};
use crate::ledger::ops::requirements as onboarding;
use crate::ledger::{Account, AccountId, AsOf, CapabilityStatus, Dob, Kind, Obj, Person, PersonId};
use crate::server::expand::Shape;
use crate::server::version::{ApiVersion, rendering};

impl Wire for Person {
    type Id = PersonId;
    const SHAPE: Shape = Shape {
        object: "person",
        noun: "person",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: PersonId) -> Result<S::Ok, S::Error> {
        person(s, view.at, id)
    }
}

/// `requirements` (of an account, a capability or a person): what is due, and why charges
/// or payouts are off.
pub struct Requirements<'a> {
    pub due: &'a [String],
    pub disabled_reason: Option<String>,
    /// A person's: Stripe's person requirements have neither `current_deadline` nor
    /// `disabled_reason`.
    pub person: bool,
}

/// An account's `requirements` when nothing is due and nothing is off: most accounts, most
/// of the time, so written once.
static NOTHING_DUE: super::wire::Fragment = super::wire::Fragment::new(|| {
    super::wire::raw(
        r#"{"alternatives":[],"current_deadline":null,"currently_due":[],"disabled_reason":null,"errors":[],"eventually_due":[],"past_due":[],"pending_verification":[]}"#,
    )
});

impl Serialize for Requirements<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.due.is_empty() && self.disabled_reason.is_none() && !self.person {
            return NOTHING_DUE.serialize(s);
        }
        self.write(s)
    }
}

impl Requirements<'_> {
    /// Every field, written out.
    fn write<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let none: [&str; 0] = [];
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("alternatives", &none)?;
        if !self.person {
            m.serialize_entry("current_deadline", &None::<()>)?;
        }
        m.serialize_entry("currently_due", self.due)?;
        if !self.person {
            m.serialize_entry("disabled_reason", &self.disabled_reason)?;
        }
        m.serialize_entry("errors", &none)?;
        // Nothing is due later that is not due now, and nothing is waiting on Stripe: what
        // is due is past due, as on a new Stripe account whose capabilities wait for it.
        m.serialize_entry("eventually_due", self.due)?;
        m.serialize_entry("past_due", self.due)?;
        m.serialize_entry("pending_verification", &none)?;
        m.end()
    }
}

/// An account's `requirements`, as the view shows it.
pub fn account_requirements(at: AsOf<'_>, id: AccountId) -> (Vec<String>, Option<String>) {
    let due = at.currently_due(id);
    let reason = disabled_reason(at.account(id), &due);
    (due, reason)
}

/// Why the account cannot take charges or payouts, as Stripe's `disabled_reason` says it.
fn disabled_reason(account: &Account, due: &[String]) -> Option<String> {
    match account.onboarding.rejected {
        Some(reason) => Some(format!("rejected.{}", reason.as_str())),
        None if !due.is_empty() => Some("requirements.past_due".to_owned()),
        None => None,
    }
}

/// `capabilities` of an account: what the account object shows of each (its enum has no
/// `unrequested` or `disabled`; both read as `inactive` there).
pub struct CapabilityMap<'a>(pub &'a [(Box<str>, CapabilityStatus)]);

impl Serialize for CapabilityMap<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(name, status)| {
            let shown = match status {
                CapabilityStatus::Unrequested | CapabilityStatus::Disabled => "inactive",
                other => other.as_str(),
            };
            (&**name, shown)
        }))
    }
}

/// A capability object of `account`: `name`'s status, or `unrequested`.
pub struct Capability<'a> {
    pub at: AsOf<'a>,
    pub account: AccountId,
    pub name: &'a str,
}

impl Serialize for Capability<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account: &Account = self.at.account(self.account);
        let status = account.capability(self.name).unwrap_or(CapabilityStatus::Unrequested);
        let requested = status != CapabilityStatus::Unrequested;
        let (due, reason) = account_requirements(self.at, self.account);
        let (due, reason) = if status == CapabilityStatus::Active {
            (Vec::new(), None)
        } else {
            (due, reason)
        };
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", self.name)?;
        m.serialize_entry("object", "capability")?;
        m.serialize_entry("account", &*account.id)?;
        m.serialize_entry(
            "future_requirements",
            &Requirements {
                due: &[],
                disabled_reason: None,
                person: false,
            },
        )?;
        m.serialize_entry("requested", &requested)?;
        m.serialize_entry("requested_at", &requested.then_some(account.created))?;
        m.serialize_entry(
            "requirements",
            &Requirements {
                due: &due,
                disabled_reason: reason,
                person: false,
            },
        )?;
        // Since 2025-07-30.basil a capability taken away shows `inactive`.
        let shown = match status {
            CapabilityStatus::Disabled if rendering().at_least(ApiVersion::CAPABILITY_DISABLED_REMOVED) => {
                CapabilityStatus::Inactive
            }
            other => other,
        };
        m.serialize_entry("status", shown.as_str())?;
        m.end()
    }
}

/// A list of an account's capabilities, as `GET /v1/accounts/{id}/capabilities` answers.
pub fn capability_list(at: AsOf<'_>, account: AccountId, url: &str) -> Vec<u8> {
    struct List<'a>(AsOf<'a>, AccountId, &'a str);
    impl Serialize for List<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let names: Vec<&str> = self.0.account(self.1).capabilities.iter().map(|(n, _)| &**n).collect();
            let mut m = s.serialize_map(Some(4))?;
            m.serialize_entry("object", "list")?;
            m.serialize_entry(
                "data",
                &names
                    .iter()
                    .map(|name| Capability {
                        at: self.0,
                        account: self.1,
                        name,
                    })
                    .collect::<Vec<_>>(),
            )?;
            m.serialize_entry("has_more", &false)?;
            m.serialize_entry("url", self.2)?;
            m.end()
        }
    }
    super::wire::json(&List(at, account, url))
}

struct DobView(Option<Dob>);

impl Serialize for DobView {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("day", &self.0.map(|d| d.day))?;
        m.serialize_entry("month", &self.0.map(|d| d.month))?;
        m.serialize_entry("year", &self.0.map(|d| d.year))?;
        m.end()
    }
}

/// A person: who they are (never their government ids, only whether they were given), what
/// they are to the account, and what is still due of them.
pub fn person<S: Serializer>(s: S, at: AsOf<'_>, id: PersonId) -> Result<S::Ok, S::Error> {
    let p = at.person(id);
    let account = at.account(p.account);
    let i = &p.identity;
    let r = &p.relationship;
    let due = onboarding::person_due(p, account.country);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", at.id_of(Obj::Person(id)).as_str())?;
    m.serialize_entry("object", "person")?;
    m.serialize_entry("account", &*account.id)?;
    m.serialize_entry("address", &AddressView(&i.address))?;
    m.serialize_entry("created", &p.created)?;
    m.serialize_entry("dob", &DobView(i.dob))?;
    let d = &p.details;
    m.serialize_entry("email", &i.email.as_deref())?;
    m.serialize_entry("first_name", &i.first_name.as_deref())?;
    m.serialize_entry("first_name_kana", &d.first_name_kana.as_deref())?;
    m.serialize_entry("first_name_kanji", &d.first_name_kanji.as_deref())?;
    m.serialize_entry("full_name_aliases", &d.full_name_aliases)?;
    m.serialize_entry(
        "future_requirements",
        &Requirements {
            due: &[],
            disabled_reason: None,
            person: true,
        },
    )?;
    m.serialize_entry("gender", &d.gender.as_deref())?;
    m.serialize_entry("id_number_provided", &i.id_number_provided)?;
    m.serialize_entry("last_name", &i.last_name.as_deref())?;
    m.serialize_entry("last_name_kana", &d.last_name_kana.as_deref())?;
    m.serialize_entry("last_name_kanji", &d.last_name_kanji.as_deref())?;
    m.serialize_entry("maiden_name", &d.maiden_name.as_deref())?;
    m.serialize_entry("metadata", &MetadataView(&p.metadata))?;
    m.serialize_entry("nationality", &d.nationality.as_deref())?;
    m.serialize_entry("phone", &i.phone.as_deref())?;
    // Optional and not nullable in Stripe's schema: absent until given.
    if let Some(exposure) = d.political_exposure.as_deref() {
        m.serialize_entry("political_exposure", exposure)?;
    }
    if let Some(address) = &d.registered_address {
        m.serialize_entry("registered_address", &AddressView(address))?;
    }
    m.serialize_entry("relationship", &RelationshipView(r, d.percent_ownership.as_deref()))?;
    m.serialize_entry(
        "requirements",
        &Requirements {
            due: &due,
            disabled_reason: None,
            person: true,
        },
    )?;
    m.serialize_entry("ssn_last_4_provided", &i.ssn_last_4_provided)?;
    m.serialize_entry("verification", &Verification(due.is_empty()))?;
    m.end()
}

/// A person's `relationship`, with its `percent_ownership` (a decimal number as given).
struct RelationshipView<'a>(&'a crate::ledger::Relationship, Option<&'a str>);

impl Serialize for RelationshipView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        let percent = self
            .1
            .map(|p| serde_json::value::RawValue::from_string(p.to_owned()).expect("a stored percentage is a number"));
        let mut m = s.serialize_map(Some(8))?;
        m.serialize_entry("authorizer", &None::<()>)?;
        m.serialize_entry("director", &r.director)?;
        m.serialize_entry("executive", &r.executive)?;
        m.serialize_entry("legal_guardian", &false)?;
        m.serialize_entry("owner", &r.owner)?;
        m.serialize_entry("percent_ownership", &percent)?;
        m.serialize_entry("representative", &r.representative)?;
        m.serialize_entry("title", &r.title.as_deref())?;
        m.end()
    }
}

/// A person's `verification`: test mode verifies whoever has given everything due.
struct Verification(bool);

impl Serialize for Verification {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("additional_document", &None::<()>)?;
        m.serialize_entry("details", &None::<()>)?;
        m.serialize_entry("details_code", &None::<()>)?;
        m.serialize_entry("document", &Document)?;
        m.serialize_entry("status", if self.0 { "verified" } else { "unverified" })?;
        m.end()
    }
}

struct Document;

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("back", &None::<()>)?;
        m.serialize_entry("details", &None::<()>)?;
        m.serialize_entry("details_code", &None::<()>)?;
        m.serialize_entry("front", &None::<()>)?;
        m.end()
    }
}

/// An account link or a login link: `{object, created, expires_at?, url}`.
pub fn link(object: &str, created: i64, expires_at: Option<i64>, url: &str) -> Vec<u8> {
    let mut value = serde_json::Map::new();
    value.insert("object".into(), object.into());
    value.insert("created".into(), created.into());
    if let Some(expires_at) = expires_at {
        value.insert("expires_at".into(), expires_at.into());
    }
    value.insert("url".into(), url.into());
    super::wire::json(&value)
}

/// What a `DELETE` answers: `{id, object, deleted: true}`, and the currency of a bank
/// account.
pub fn deleted(kind: Kind, id: &str, currency: Option<&str>) -> Vec<u8> {
    let mut value = serde_json::Map::new();
    value.insert("id".into(), id.into());
    value.insert("object".into(), super::wire::shape(kind).object.into());
    if kind == Kind::BankAccount {
        value.insert("currency".into(), currency.into());
    }
    value.insert("deleted".into(), true.into());
    super::wire::json(&value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The constant an account with nothing due shows is what writing every field gives.
    #[test]
    fn nothing_due_is_every_field_with_nothing_in_it() {
        struct Written<'a>(&'a Requirements<'a>);
        impl Serialize for Written<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.write(s)
            }
        }
        let empty = Requirements {
            due: &[],
            disabled_reason: None,
            person: false,
        };
        assert_eq!(
            serde_json::to_string(&empty).unwrap(),
            serde_json::to_string(&Written(&empty)).unwrap()
        );
    }
}
