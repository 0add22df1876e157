//! What onboarding asks of an account and its persons: the requirements due, whether charges
//! and payouts are enabled, capabilities that follow from them, and how a request's identity,
//! address, company and date of birth update what an account or person holds.
//!
//! What is due is derived from what the account holds, so a view of the account as of an
//! event's version shows the requirements as they were then.

use crate::ledger::data::*;
use crate::ledger::state::AsOf;
use crate::ledger::validate::{check_email, replace_text};

/// `address[...]` as given; an empty value removes a field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AddressParams {
    pub line1: Option<String>,
    pub line2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
}

/// `individual[...]` of an account, or a person's own parameters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdentityParams {
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub dob_day: Option<String>,
    pub dob_month: Option<String>,
    pub dob_year: Option<String>,
    pub address: AddressParams,
    pub id_number: Option<String>,
    pub ssn_last_4: Option<String>,
}

/// `company[...]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompanyParams {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub tax_id: Option<String>,
    pub address: AddressParams,
}

fn text(value: &Option<Box<str>>) -> bool {
    value.as_deref().is_some_and(|v| !v.is_empty())
}

/// Where Stripe asks for a state or province in an address.
fn asks_state(country: Country) -> bool {
    matches!(country.as_str(), "US" | "CA" | "AU")
}

/// What is missing of an identity, as `prefix.field` names, in Stripe's spelling.
fn identity_due(prefix: &str, identity: &Identity, country: Country, title: Option<bool>, due: &mut Vec<String>) {
    let mut need = |missing: bool, field: &str| {
        if missing {
            due.push(format!("{prefix}.{field}"));
        }
    };
    let a = &identity.address;
    need(!text(&a.city), "address.city");
    need(!text(&a.line1), "address.line1");
    need(!text(&a.postal_code), "address.postal_code");
    need(asks_state(country) && !text(&a.state), "address.state");
    need(identity.dob.is_none(), "dob.day");
    need(identity.dob.is_none(), "dob.month");
    need(identity.dob.is_none(), "dob.year");
    need(!text(&identity.email), "email");
    need(!text(&identity.first_name), "first_name");
    need(!text(&identity.last_name), "last_name");
    need(!text(&identity.phone), "phone");
    need(title == Some(false), "relationship.title");
    let id_given = identity.ssn_last_4_provided || identity.id_number_provided;
    need(country == Country::US && !id_given, "ssn_last_4");
}

/// What Stripe would still ask of `account`, sorted; empty once it is onboarded.
/// `persons` are its persons with their ids, as the view shows them.
pub fn currently_due<'a>(account: &Account, persons: impl Iterator<Item = (IdText<'a>, &'a Person)>) -> Vec<String> {
    if account.onboarding.details_submitted || account.is_platform() {
        return Vec::new();
    }
    let mut due = Vec::new();
    if account.business_profile("mcc").is_none() {
        due.push("business_profile.mcc".to_owned());
    }
    if account.business_profile("url").is_none() && account.business_profile("product_description").is_none() {
        due.push("business_profile.url".to_owned());
    }
    if account.bank_accounts.is_empty() {
        due.push("external_account".to_owned());
    }
    let tos = &account.tos_acceptance;
    if tos.date.is_none() {
        due.push("tos_acceptance.date".to_owned());
    }
    if tos.ip.is_none() {
        due.push("tos_acceptance.ip".to_owned());
    }
    match account.business_type.as_deref() {
        None => due.push("business_type".to_owned()),
        Some("individual") => identity_due(
            "individual",
            &account.onboarding.individual,
            account.country,
            None,
            &mut due,
        ),
        Some(_) => {
            let company = &account.onboarding.company;
            let a = &company.address;
            let mut need = |missing: bool, field: &str| {
                if missing {
                    due.push(format!("company.{field}"));
                }
            };
            need(!text(&a.city), "address.city");
            need(!text(&a.line1), "address.line1");
            need(!text(&a.postal_code), "address.postal_code");
            need(asks_state(account.country) && !text(&a.state), "address.state");
            need(!text(&company.name), "name");
            need(!text(&company.phone), "phone");
            need(!company.tax_id_provided, "tax_id");
            let representative = persons
                .filter(|(_, p)| p.relationship.representative)
                .last()
                .map(|(id, p)| (id.to_string(), p));
            match representative {
                None => identity_due(
                    "representative",
                    &Identity::default(),
                    account.country,
                    Some(false),
                    &mut due,
                ),
                Some((id, person)) => identity_due(
                    &id,
                    &person.identity,
                    account.country,
                    Some(text(&person.relationship.title)),
                    &mut due,
                ),
            }
        }
    }
    due.sort();
    due.dedup();
    due
}

/// Whether `account` may take card payments: onboarded, not rejected, `card_payments`
/// active (the platform always may).
pub fn charges_enabled(account: &Account) -> bool {
    account.is_platform() || account.capability("card_payments") == Some(CapabilityStatus::Active)
}

/// Whether `account` may be paid out: onboarded, not rejected, with a bank account.
pub fn payouts_enabled(account: &Account) -> bool {
    !account.bank_accounts.is_empty()
        && (account.is_platform() || (account.onboarding.details_submitted && account.onboarding.rejected.is_none()))
}

impl<'a> AsOf<'a> {
    /// What is due of `account` as this view shows it.
    pub fn currently_due(&self, id: AccountId) -> Vec<String> {
        let account = self.account(id);
        let persons = account
            .persons
            .iter()
            .map(|p| (self.id_of(Obj::Person(*p)), self.person(*p)));
        currently_due(account, persons)
    }
}

/// Sets each requested capability's status from the account's state: active once onboarded,
/// inactive while requirements are due, disabled once rejected.
pub(crate) fn settle_capabilities(account: &mut Account) {
    let status = match (&account.onboarding.rejected, account.onboarding.details_submitted) {
        (Some(_), _) => CapabilityStatus::Disabled,
        (None, true) => CapabilityStatus::Active,
        (None, false) => CapabilityStatus::Inactive,
    };
    for (_, current) in &mut account.capabilities {
        if *current != CapabilityStatus::Unrequested {
            *current = status;
        }
    }
}

/// The requirement names of a person, for rendering its own `requirements`.
pub fn person_due(person: &Person, country: Country) -> Vec<String> {
    let mut due = Vec::new();
    identity_due(
        "",
        &person.identity,
        country,
        person
            .relationship
            .representative
            .then_some(text(&person.relationship.title)),
        &mut due,
    );
    due.into_iter().map(|d| d.trim_start_matches('.').to_owned()).collect()
}

/// Bounds of a person's `dob`.
pub(crate) fn parse_dob(params: &IdentityParams, current: Option<Dob>, prefix: &str) -> Result<Option<Dob>, Rejection> {
    let field = |value: &Option<String>, name: &'static str, min: i64, max: i64| -> Result<Option<i64>, Rejection> {
        match value.as_deref() {
            None | Some("") => Ok(None),
            Some(text) => text
                .parse::<i64>()
                .ok()
                .filter(|v| (min..=max).contains(v))
                .map(Some)
                .ok_or_else(|| Rejection::InvalidDob {
                    param: format!("{prefix}[dob][{name}]"),
                    value: text.to_owned(),
                }),
        }
    };
    let day = field(&params.dob_day, "day", 1, 31)?;
    let month = field(&params.dob_month, "month", 1, 12)?;
    let year = field(&params.dob_year, "year", 1900, 2100)?;
    Ok(match (day, month, year) {
        (None, None, None) => current,
        (Some(day), Some(month), Some(year)) => Some(Dob {
            day: day as u8,
            month: month as u8,
            year: year as u16,
        }),
        _ => {
            let missing = if day.is_none() {
                "day"
            } else if month.is_none() {
                "month"
            } else {
                "year"
            };
            return Err(Rejection::InvalidDob {
                param: format!("{prefix}[dob][{missing}]"),
                value: String::new(),
            });
        }
    })
}

pub(crate) fn apply_address(address: &mut Address, given: &AddressParams) {
    replace_text(&mut address.line1, given.line1.as_deref());
    replace_text(&mut address.line2, given.line2.as_deref());
    replace_text(&mut address.city, given.city.as_deref());
    replace_text(&mut address.state, given.state.as_deref());
    replace_text(&mut address.postal_code, given.postal_code.as_deref());
    replace_text(&mut address.country, given.country.as_deref());
}

/// An identity after `given`, checked (`prefix` names the hash in errors: `individual`).
pub(crate) fn updated_identity(
    current: &Identity,
    given: &IdentityParams,
    prefix: &str,
) -> Result<Identity, Rejection> {
    let mut identity = current.clone();
    // A person's own parameters are top-level; an individual's are in `individual[...]`.
    let email_param = if prefix == "person" {
        "email".to_owned()
    } else {
        format!("{prefix}[email]")
    };
    check_email(&email_param, given.email.as_deref())?;
    identity.dob = parse_dob(given, current.dob, prefix)?;
    if let Some(ssn) = given.ssn_last_4.as_deref() {
        if ssn.len() != 4 || !ssn.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Rejection::InvalidSsnLast4 {
                param: format!("{prefix}[ssn_last_4]"),
            });
        }
        identity.ssn_last_4_provided = true;
    }
    if let Some(number) = given.id_number.as_deref() {
        identity.id_number_provided = !number.is_empty();
        if number.len() == 9 && number.bytes().all(|b| b.is_ascii_digit()) {
            identity.ssn_last_4_provided = true;
        }
    }
    replace_text(&mut identity.first_name, given.first_name.as_deref());
    replace_text(&mut identity.last_name, given.last_name.as_deref());
    replace_text(&mut identity.email, given.email.as_deref());
    replace_text(&mut identity.phone, given.phone.as_deref());
    apply_address(&mut identity.address, &given.address);
    Ok(identity)
}

pub(crate) fn updated_company(current: &Company, given: &CompanyParams) -> Company {
    let mut company = current.clone();
    replace_text(&mut company.name, given.name.as_deref());
    replace_text(&mut company.phone, given.phone.as_deref());
    if let Some(tax_id) = &given.tax_id {
        company.tax_id_provided = !tax_id.is_empty();
    }
    apply_address(&mut company.address, &given.address);
    company
}
