//! Onboarding and the end of an account's life: what an account has told Stripe, what is
//! still due, the links of hosted onboarding and of the Express Dashboard, rejecting and
//! deleting an account.
//!
//! An account is *onboarded* (`details_submitted`) once nothing is due. In a world whose
//! onboarding is `instant` (the default) every account is onboarded when it is created, as
//! debitsim always did; with `required`, an account created through the API starts with
//! requirements due, its capabilities inactive and charges and payouts disabled, and becomes
//! onboarded when the API (`individual[...]`, `business_profile[...]`, `tos_acceptance[...]`,
//! `external_account`, persons) or the hosted page of an account link has supplied what is
//! due. What is due is derived from what the account holds, so a view of the account as of an
//! event's version shows the requirements as they were then.

use super::kinds::{IdText, Obj};
use super::money::Amount;
use super::objects::{Account, AccountId, CapabilityStatus, EventType, Liability, PayoutStatus, Role, Timestamp};
use super::persons::Person;
use super::rejection::{Noun, Rejection};
use super::store::AsOf;
use super::transfers::{parse_enum, replace_text};
use super::{Applied, Ledger};
use crate::ledger::country::Country;
use crate::ledger::ids::Prefix;

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

/// Where a link stands when it is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkState {
    Usable,
    Expired,
    Used,
    /// Its account was deleted since.
    Gone,
}

/// `POST /v1/account_links`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountLinkParams {
    pub account: Option<String>,
    pub kind: Option<String>,
    pub refresh_url: Option<String>,
    pub return_url: Option<String>,
    /// `collect`: `currently_due` or `eventually_due`; both mean everything due here.
    pub collect: Option<String>,
}

/// What the hosted onboarding page submits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostedForm {
    pub business_type: Option<String>,
    /// The individual, or a company's representative.
    pub person: IdentityParams,
    pub company: CompanyParams,
    pub business_profile: Vec<(String, String)>,
    /// The bank account to add, when the account has none.
    pub routing_number: Option<String>,
    pub account_number: Option<String>,
    pub tos_accepted: bool,
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

/// Checks a URL given for a link: absolute `http(s)`, without characters that could not
/// stand in a `Location` or `Content-Security-Policy` header.
fn check_url(param: &'static str, value: &str) -> Result<Box<str>, Rejection> {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or_default());
    let clean = value.len() <= 2048
        && value
            .bytes()
            .all(|b| b.is_ascii_graphic() && !b"\"'<>\\`;,".contains(&b));
    match host {
        Some(host)
            if clean
                && !host.is_empty()
                && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b)) =>
        {
            Ok(value.into())
        }
        _ => Err(Rejection::InvalidUrl {
            param,
            value: value.to_owned(),
        }),
    }
}

impl Ledger {
    /// Changes an account at the next version, keeping its previous state (accounts are
    /// not in the object table, so [`Ledger::change`] does not reach them).
    pub(crate) fn change_account<R>(&mut self, id: AccountId, change: impl FnOnce(&mut Account) -> R) -> R {
        let version = self.next_version();
        self.accounts.modify(id.0, version, change)
    }

    /// Whether accounts created from now on start with requirements due.
    pub fn onboarding_required(&self) -> bool {
        self.onboarding_required
    }

    /// Sets how accounts created from now on start (`--onboarding`): fixtures build their
    /// accounts onboarded, then the world takes the server's setting.
    pub fn set_onboarding_required(&mut self, required: bool) {
        self.onboarding_required = required;
    }

    /// Onboards `account` if nothing is due any more, and sets its capabilities to match.
    pub(crate) fn settle_onboarding(&self, account: &mut Account) {
        if !account.onboarding.details_submitted {
            let persons = account
                .persons
                .iter()
                .map(|p| (self.id_of(Obj::Person(*p)), &self.persons[p.0]));
            if currently_due(account, persons).is_empty() {
                account.onboarding.details_submitted = true;
            }
        }
        settle_capabilities(account);
    }

    /// After something the account's requirements read changed (a person, a bank account):
    /// onboards it if that was the last thing due, with `account.updated`.
    pub(crate) fn recheck_onboarding(&mut self, id: AccountId) {
        let mut account = self.accounts[id.0].clone();
        self.settle_onboarding(&mut account);
        if account != self.accounts[id.0] {
            let before = self.version;
            self.change_account(id, |stored| *stored = account);
            self.emit_updated(EventType::AccountUpdated, id, id, before);
        }
    }

    /// `POST /v1/accounts/{id}/reject`: the platform stops an account it is liable for.
    ///
    /// Checked in order: `reason` given and one of Stripe's; not the platform; the platform
    /// is liable for the account's losses (Stripe rejects only those); not already
    /// rejected.
    pub fn reject_account(&mut self, id: AccountId, reason: Option<&str>) -> Result<Applied<AccountId>, Rejection> {
        let reason = parse_enum("reason", reason, RejectReason::parse, RejectReason::CHOICES)?
            .ok_or(Rejection::ParameterMissing { param: "reason" })?;
        let account = &self.accounts[id.0];
        if account.is_platform() {
            return Err(Rejection::PlatformNotUpdatable);
        }
        if account.liability() != Some(Liability::Application) {
            return Err(Rejection::RejectStripeManaged {
                account: account.id.to_string(),
            });
        }
        if account.onboarding.rejected.is_some() {
            return Err(Rejection::AccountAlreadyRejected {
                account: account.id.to_string(),
            });
        }
        let first_event = self.events.len();
        let before = self.version;
        self.change_account(id, |account| {
            account.onboarding.rejected = Some(reason);
            settle_capabilities(account);
        });
        self.emit_updated(EventType::AccountUpdated, id, id, before);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `DELETE /v1/accounts/{id}`: the account leaves the world.
    ///
    /// Checked in order: not the platform; every balance of the account is zero (available
    /// and pending, in every currency); no payout of it is still on its way. Its id is then
    /// found no more (so `Stripe-Account` with it is refused, and a transfer to it names no
    /// destination); its objects stay where the platform's own objects point to them.
    pub fn delete_account(&mut self, id: AccountId) -> Result<Applied<AccountId>, Rejection> {
        let account = &self.accounts[id.0];
        if account.is_platform() {
            return Err(Rejection::PlatformNotDeletable);
        }
        let books = &self.books[id.index()];
        if let Some(balance) = books
            .balances
            .iter()
            .find(|b| b.available != Amount::ZERO || b.pending != Amount::ZERO)
        {
            return Err(Rejection::AccountBalanceNotZero {
                account: account.id.to_string(),
                currency: balance.currency,
                available: balance.available,
                pending: balance.pending,
            });
        }
        if let Some(payout) = books
            .indexes
            .payouts
            .iter()
            .find(|p| self.payouts[p.0].status == PayoutStatus::Pending)
        {
            return Err(Rejection::AccountPayoutInTransit {
                account: account.id.to_string(),
                payout: self.id_of(Obj::Payout(*payout)).to_string(),
            });
        }
        self.change_account(id, |account| account.deleted = true);
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/account_links`.
    ///
    /// Checked in order: `account` given and one of the platform's connected accounts;
    /// `type` given and `account_onboarding` or `account_update`; `refresh_url` and
    /// `return_url` given and absolute http(s) URLs; `collect` one of Stripe's; for
    /// `account_update`, the account is onboarded.
    pub fn create_account_link(&mut self, params: AccountLinkParams) -> Result<Applied<LinkId>, Rejection> {
        let Some(account_id) = params.account.as_deref() else {
            return Err(Rejection::ParameterMissing { param: "account" });
        };
        let account = self
            .find_account(account_id)
            .filter(|a| !a.is_platform())
            .ok_or_else(|| Rejection::NoSuchObject {
                noun: Noun::Object(super::Kind::Account),
                id: account_id.to_owned(),
                param: "account",
            })?;
        let kind = match params.kind.as_deref() {
            None => return Err(Rejection::ParameterMissing { param: "type" }),
            Some("account_onboarding") => LinkKind::Onboarding,
            Some("account_update") => LinkKind::Update,
            Some(other) => {
                return Err(Rejection::InvalidChoice {
                    param: "type".into(),
                    value: other.to_owned(),
                    choices: &["account_onboarding", "account_update"],
                });
            }
        };
        let refresh_url = match params.refresh_url.as_deref() {
            None => return Err(Rejection::ParameterMissing { param: "refresh_url" }),
            Some(url) => check_url("refresh_url", url)?,
        };
        let return_url = match params.return_url.as_deref() {
            None => return Err(Rejection::ParameterMissing { param: "return_url" }),
            Some(url) => check_url("return_url", url)?,
        };
        if let Some(collect) = params.collect.as_deref()
            && !["currently_due", "eventually_due"].contains(&collect)
        {
            return Err(Rejection::InvalidChoice {
                param: "collect".into(),
                value: collect.to_owned(),
                choices: &["currently_due", "eventually_due"],
            });
        }
        if kind == LinkKind::Update && !self.accounts[account.0].onboarding.details_submitted {
            return Err(Rejection::AccountNotOnboarded {
                account: account_id.to_owned(),
            });
        }
        let id = LinkId(self.links.len() as u32);
        self.links.push(Link {
            account,
            kind,
            created: self.now,
            expires_at: self.now + ACCOUNT_LINK_TTL,
            refresh_url,
            return_url,
            used: false,
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `POST /v1/accounts/{id}/login_links`: only for accounts that use the Express
    /// Dashboard, once onboarded (checked in that order).
    pub fn create_login_link(&mut self, account: AccountId) -> Result<Applied<LinkId>, Rejection> {
        let stored = &self.accounts[account.0];
        let express = matches!(
            stored.role,
            Role::Connected { controller, .. } if controller.dashboard == super::objects::Dashboard::Express
        );
        if !express {
            return Err(Rejection::NotExpressDashboard {
                account: stored.id.to_string(),
            });
        }
        if !stored.onboarding.details_submitted {
            return Err(Rejection::AccountNotOnboarded {
                account: stored.id.to_string(),
            });
        }
        let id = LinkId(self.links.len() as u32);
        self.links.push(Link {
            account,
            kind: LinkKind::Login,
            created: self.now,
            expires_at: self.now + LOGIN_LINK_TTL,
            refresh_url: "".into(),
            return_url: "".into(),
            used: false,
        });
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    pub fn link(&self, id: LinkId) -> &Link {
        &self.links[id.index()]
    }

    /// The token a link's URL carries.
    pub fn link_token(&self, id: LinkId) -> String {
        self.codec.format(Prefix::Link, id.0)
    }

    /// The link a token names, if this world minted it.
    pub fn find_link(&self, token: &str) -> Option<LinkId> {
        match self.codec.parse(token)? {
            (Prefix::Link, index) if (index as usize) < self.links.len() => Some(LinkId(index)),
            _ => None,
        }
    }

    /// How many links (account and login links) the world has handed out.
    pub fn link_count(&self) -> usize {
        self.links.len()
    }

    /// The account's latest account link (for onboarding or an update; not a login link),
    /// if it was given one.
    pub fn latest_account_link(&self, account: AccountId) -> Option<LinkId> {
        self.links
            .iter()
            .rposition(|l| l.account == account && l.kind != LinkKind::Login)
            .map(|i| LinkId(i as u32))
    }

    /// Where a link stands now.
    pub fn link_state(&self, id: LinkId) -> LinkState {
        self.link_state_at(id, self.now)
    }

    /// Where a link stands at `now` (the world's clock, which may be ahead of the ledger's
    /// until the next call catches it up).
    pub fn link_state_at(&self, id: LinkId, now: Timestamp) -> LinkState {
        let link = &self.links[id.index()];
        if self.accounts[link.account.0].deleted {
            LinkState::Gone
        } else if link.used {
            LinkState::Used
        } else if now >= link.expires_at {
            LinkState::Expired
        } else {
            LinkState::Usable
        }
    }

    /// The hosted onboarding page was submitted: what it collected is applied to the
    /// link's account — and to no other — and the link is used up.
    ///
    /// Checked in order: the link is an account link that can still be used; then the form,
    /// as the API checks the same fields. Nothing changes if any check fails.
    pub fn complete_account_link(&mut self, id: LinkId, form: HostedForm) -> Result<Applied<AccountId>, Rejection> {
        let link = &self.links[id.index()];
        if link.kind == LinkKind::Login {
            return Err(Rejection::LinkNotUsable { expired: false });
        }
        match self.link_state(id) {
            LinkState::Usable => {}
            LinkState::Expired => return Err(Rejection::LinkNotUsable { expired: true }),
            LinkState::Used | LinkState::Gone => return Err(Rejection::LinkNotUsable { expired: false }),
        }
        let account = link.account;
        let stored = &self.accounts[account.0];
        let business_type = form
            .business_type
            .clone()
            .or_else(|| stored.business_type.as_deref().map(str::to_owned))
            .unwrap_or_else(|| "individual".to_owned());
        let company = business_type != "individual";
        let bank = match (&form.account_number, stored.bank_accounts.is_empty()) {
            (Some(number), true) => Some(super::BankAccountParams::Details {
                country: Some(stored.country.as_str().to_owned()),
                currency: Some(stored.default_currency.as_str().to_owned()),
                account_number: Some(number.clone()),
                routing_number: form.routing_number.clone(),
                account_holder_name: None,
                status: None,
            }),
            _ => None,
        };
        let update = super::AccountUpdate {
            business_type: Some(business_type),
            business_profile: form.business_profile.clone(),
            tos_acceptance: if form.tos_accepted {
                super::TosParams {
                    date: Some(self.now.to_string()),
                    ip: Some("127.0.0.1".to_owned()),
                    user_agent: Some("debitsim hosted onboarding".to_owned()),
                }
            } else {
                super::TosParams::default()
            },
            individual: if company {
                IdentityParams::default()
            } else {
                form.person.clone()
            },
            company: if company {
                form.company.clone()
            } else {
                CompanyParams::default()
            },
            external_account: bank,
            ..super::AccountUpdate::default()
        };
        let representative = company.then(|| super::persons::PersonParams {
            identity: form.person.clone(),
            relationship: super::persons::RelationshipParams {
                representative: Some(true),
                title: Some("Representative".to_owned()),
                ..Default::default()
            },
            metadata: None,
        });
        // Everything the two operations below would refuse is checked first, so that
        // neither applies unless both can.
        self.check_account_update(account, &update)?;
        if let Some(person) = &representative {
            super::persons::check_person(person, &Identity::default())?;
        }
        let first_event = self.events.len();
        self.update_account(account, update)?;
        if let Some(person) = representative {
            self.create_person(account, person)?;
        }
        self.links[id.index()].used = true;
        Ok(Applied {
            value: account,
            events: self.emitted_since(first_event),
        })
    }
}

/// An account link or login link of the world.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LinkId(pub(crate) u32);

impl LinkId {
    pub fn index(self) -> usize {
        self.0 as usize
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
