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

use super::requirements::{CompanyParams, IdentityParams, currently_due, settle_capabilities};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

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
            self.emit_account_updated(id, before);
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
        self.emit_account_updated(id, before);
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
        let first_event = self.events.len();
        self.change_account(id, |account| account.deleted = true);
        self.emit_thin(EventType::V2AccountClosed, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
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
                noun: Noun::Object(Kind::Account),
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
    /// Dashboard, once onboarded (checked in that order). `redirect_url` (accepted from
    /// requests pinning an API version before 2022-08-01) is where its page's log-out goes.
    pub fn create_login_link(
        &mut self,
        account: AccountId,
        redirect_url: Option<&str>,
    ) -> Result<Applied<LinkId>, Rejection> {
        let stored = &self.accounts[account.0];
        let express = matches!(
            stored.role,
            Role::Connected { controller, .. } if controller.dashboard == Dashboard::Express
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
            return_url: redirect_url.unwrap_or_default().into(),
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
            (Some(number), true) => Some(super::accounts::BankAccountParams::Details {
                country: Some(stored.country.as_str().to_owned()),
                currency: Some(stored.default_currency.as_str().to_owned()),
                account_number: Some(number.clone()),
                routing_number: form.routing_number.clone(),
                account_holder_name: None,
                status: None,
            }),
            _ => None,
        };
        let update = super::accounts::AccountUpdate {
            business_type: Some(business_type),
            business_profile: form.business_profile.clone(),
            tos_acceptance: if form.tos_accepted {
                super::accounts::TosParams {
                    date: Some(self.now.to_string()),
                    ip: Some("127.0.0.1".to_owned()),
                    user_agent: Some("debitsim hosted onboarding".to_owned()),
                }
            } else {
                super::accounts::TosParams::default()
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
            ..super::accounts::AccountUpdate::default()
        };
        let representative = company.then(|| super::persons::PersonParams {
            identity: form.person.clone(),
            relationship: super::persons::RelationshipParams {
                representative: Some(true),
                title: Some("Representative".to_owned()),
                ..Default::default()
            },
            metadata: None,
            details: Default::default(),
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
