//! Accounts as API v2 shows them (`v2.core.account`): the same account as v1's `account`,
//! in v2's terms. Fields outside the set always returned show only when `include[]` asks for
//! them (`null` otherwise): each configuration, `defaults`, `identity`, `requirements` and
//! `future_requirements`.
//!
//! v1's capabilities appear under their configuration: `card_payments` as
//! `configuration.merchant.capabilities.card_payments`, `transfers` as
//! `configuration.recipient.capabilities.stripe_balance.stripe_transfers`, each with v2's
//! status (`active`; `restricted` while requirements are due; `rejected` once the platform
//! rejected the account; `pending` while Stripe decides).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::v2::Time;
use super::wire::{AddressView, MetadataView};
use crate::ledger::{
    Account, AccountId, Address, AsOf, CapabilityStatus, Configuration, FeePayer, Liability, RequirementCollector, Role,
};

/// What `include[]` asks a v2 account to show beyond its always-returned fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Include {
    pub customer: bool,
    pub merchant: bool,
    pub recipient: bool,
    pub defaults: bool,
    pub identity: bool,
    pub requirements: bool,
    pub future_requirements: bool,
}

impl Include {
    /// Every value `include[]` takes, as Stripe spells them.
    pub const CHOICES: &'static [&'static str] = &[
        "configuration.customer",
        "configuration.merchant",
        "configuration.recipient",
        "defaults",
        "future_requirements",
        "identity",
        "requirements",
    ];

    /// Adds `value`; `false` for a value `include[]` does not take.
    pub fn add(&mut self, value: &str) -> bool {
        let field = match value {
            "configuration.customer" => &mut self.customer,
            "configuration.merchant" => &mut self.merchant,
            "configuration.recipient" => &mut self.recipient,
            "defaults" => &mut self.defaults,
            "future_requirements" => &mut self.future_requirements,
            "identity" => &mut self.identity,
            "requirements" => &mut self.requirements,
            _ => return false,
        };
        *field = true;
        true
    }

    fn configuration(&self) -> bool {
        self.customer || self.merchant || self.recipient
    }
}

/// An account as v2 shows it, with what `include` asks for.
pub struct AccountV2View<'a> {
    pub at: AsOf<'a>,
    pub id: AccountId,
    pub include: Include,
}

impl Serialize for AccountV2View<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.at.account(self.id);
        let include = self.include;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &*account.id)?;
        m.serialize_entry("object", "v2.core.account")?;
        let applied: Vec<&str> = account.applied_configurations().iter().map(|c| c.as_str()).collect();
        m.serialize_entry("applied_configurations", &applied)?;
        m.serialize_entry("closed", &account.deleted)?;
        let configuration = include
            .configuration()
            .then_some(ConfigurationView { account, include });
        m.serialize_entry("configuration", &configuration)?;
        m.serialize_entry("contact_email", &account.email.as_deref())?;
        m.serialize_entry("contact_phone", &account.v2.contact_phone.as_deref())?;
        m.serialize_entry("created", &Time(account.created))?;
        m.serialize_entry("dashboard", &controller(account).map(|c| c.dashboard.as_str()))?;
        m.serialize_entry("defaults", &include.defaults.then_some(Defaults(account)))?;
        m.serialize_entry("display_name", &account.v2.display_name.as_deref())?;
        let future = include.future_requirements.then_some(FutureRequirements);
        m.serialize_entry("future_requirements", &future)?;
        m.serialize_entry("identity", &include.identity.then_some(IdentityView(account)))?;
        m.serialize_entry("livemode", &false)?;
        m.serialize_entry("metadata", &MetadataView(&account.metadata))?;
        let requirements = include.requirements.then(|| RequirementsView {
            due: self.at.currently_due(self.id),
            account,
        });
        m.serialize_entry("requirements", &requirements)?;
        m.end()
    }
}

fn controller(account: &Account) -> Option<crate::ledger::Controller> {
    match account.role {
        Role::Connected { controller, .. } => Some(controller),
        Role::Platform { .. } => None,
    }
}

/// A v1 capability's status in v2's words, with its `status_details`.
fn status(account: &Account, status: CapabilityStatus) -> (&'static str, Option<(&'static str, &'static str)>) {
    match status {
        CapabilityStatus::Active => ("active", None),
        CapabilityStatus::Pending => ("pending", Some(("determining_status", "no_resolution"))),
        CapabilityStatus::Disabled if account.onboarding.rejected.is_some() => {
            ("rejected", Some(("rejected_platform_other", "contact_stripe")))
        }
        CapabilityStatus::Disabled => ("restricted", Some(("restricted_other", "contact_stripe"))),
        CapabilityStatus::Inactive | CapabilityStatus::Unrequested => {
            ("restricted", Some(("requirements_past_due", "provide_info")))
        }
    }
}

/// One capability: `{status, status_details}`.
struct Capability<'a>(&'a Account, CapabilityStatus);

impl Serialize for Capability<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Detail {
            code: &'static str,
            resolution: &'static str,
        }
        let (status, detail) = status(self.0, self.1);
        let details: Vec<Detail> = detail
            .map(|(code, resolution)| Detail { code, resolution })
            .into_iter()
            .collect();
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("status", status)?;
        m.serialize_entry("status_details", &details)?;
        m.end()
    }
}

/// The requested status of v1 capability `name`, if requested.
fn requested(account: &Account, name: &str) -> Option<CapabilityStatus> {
    account
        .capability(name)
        .filter(|status| *status != CapabilityStatus::Unrequested)
}

struct ConfigurationView<'a> {
    account: &'a Account,
    include: Include,
}

impl Serialize for ConfigurationView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.account;
        let applied = account.applied_configurations();
        let mut m = s.serialize_map(Some(3))?;
        let customer = self.include.customer.then(|| Applied {
            applied: applied.contains(&Configuration::Customer),
            capabilities: None,
        });
        m.serialize_entry("customer", &customer)?;
        let merchant = self.include.merchant.then(|| Applied {
            applied: applied.contains(&Configuration::Merchant),
            capabilities: Some(Capabilities::Merchant(account)),
        });
        m.serialize_entry("merchant", &merchant)?;
        let recipient = self.include.recipient.then(|| Applied {
            applied: applied.contains(&Configuration::Recipient),
            capabilities: Some(Capabilities::Recipient(account)),
        });
        m.serialize_entry("recipient", &recipient)?;
        m.end()
    }
}

/// A configuration: whether it is applied, and its capabilities.
struct Applied<'a> {
    applied: bool,
    capabilities: Option<Capabilities<'a>>,
}

impl Serialize for Applied<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("applied", &self.applied)?;
        m.serialize_entry("capabilities", &self.capabilities)?;
        m.end()
    }
}

enum Capabilities<'a> {
    Merchant(&'a Account),
    Recipient(&'a Account),
}

impl Serialize for Capabilities<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        match *self {
            Capabilities::Merchant(account) => {
                if let Some(status) = requested(account, "card_payments") {
                    m.serialize_entry("card_payments", &Capability(account, status))?;
                }
            }
            Capabilities::Recipient(account) => {
                if let Some(status) = requested(account, "transfers") {
                    m.serialize_entry("stripe_balance", &StripeBalance(account, status))?;
                }
            }
        }
        m.end()
    }
}

struct StripeBalance<'a>(&'a Account, CapabilityStatus);

impl Serialize for StripeBalance<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("stripe_transfers", &Capability(self.0, self.1))?;
        m.end()
    }
}

/// `defaults`: currency, locales, profile, and who bears what (the controller in v2's words).
struct Defaults<'a>(&'a Account);

impl Serialize for Defaults<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("currency", account.default_currency.as_str())?;
        m.serialize_entry("locales", &account.v2.locales)?;
        m.serialize_entry("profile", &Profile(account))?;
        m.serialize_entry("responsibilities", &Responsibilities(account))?;
        m.end()
    }
}

struct Profile<'a>(&'a Account);

impl Serialize for Profile<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("business_url", &account.business_profile("url"))?;
        m.serialize_entry("doing_business_as", &account.business_profile("name"))?;
        m.serialize_entry("product_description", &account.business_profile("product_description"))?;
        m.end()
    }
}

struct Responsibilities<'a>(&'a Account);

impl Serialize for Responsibilities<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        // The platform bears nothing for itself: Stripe's defaults.
        let (fees, losses, requirements) = match controller(self.0) {
            Some(c) => (c.fees_payer, c.losses, c.requirement_collection),
            None => (FeePayer::Account, Liability::Stripe, RequirementCollector::Stripe),
        };
        let fees = match fees {
            FeePayer::Account => "stripe",
            other => other.as_str(),
        };
        m.serialize_entry("fees_collector", fees)?;
        m.serialize_entry("losses_collector", losses.as_str())?;
        m.serialize_entry("requirements_collector", requirements.as_str())?;
        m.end()
    }
}

/// `identity`: country, entity type and the business's details (an individual's are a
/// person of v2, which debitsim does not render: `null`).
struct IdentityView<'a>(&'a Account);

impl Serialize for IdentityView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("attestations", &None::<()>)?;
        let company = &account.onboarding.company;
        let business = (account.business_type.as_deref().is_some_and(|t| t != "individual")).then_some(Business {
            name: company.name.as_deref(),
            phone: company.phone.as_deref(),
            address: &company.address,
        });
        m.serialize_entry("business_details", &business)?;
        m.serialize_entry("country", account.country.as_str())?;
        m.serialize_entry("entity_type", &account.business_type.as_deref())?;
        m.serialize_entry("individual", &None::<()>)?;
        m.end()
    }
}

struct Business<'a> {
    name: Option<&'a str>,
    phone: Option<&'a str>,
    address: &'a Address,
}

impl Serialize for Business<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("address", &AddressView(self.address))?;
        m.serialize_entry("phone", &self.phone)?;
        m.serialize_entry("registered_name", &self.name)?;
        m.end()
    }
}

/// `requirements`: one entry per requirement due (named as v1 names it), each restricting
/// the capabilities the account requested.
struct RequirementsView<'a> {
    due: Vec<String>,
    account: &'a Account,
}

impl Serialize for RequirementsView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let restricted: Vec<(&str, &str)> = [("card_payments", "merchant"), ("transfers", "recipient")]
            .into_iter()
            .filter(|(name, _)| requested(self.account, name).is_some())
            .map(|(name, configuration)| {
                let capability = if name == "transfers" {
                    "stripe_balance.stripe_transfers"
                } else {
                    name
                };
                (capability, configuration)
            })
            .collect();
        let entries: Vec<Entry<'_>> = self
            .due
            .iter()
            .map(|description| Entry {
                description,
                restricted: &restricted,
            })
            .collect();
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("entries", &entries)?;
        let summary = (!self.due.is_empty()).then_some(CurrentlyDue);
        m.serialize_entry("summary", &Summary(summary))?;
        m.end()
    }
}

struct Entry<'a> {
    description: &'a str,
    restricted: &'a [(&'a str, &'a str)],
}

impl Serialize for Entry<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Restricts<'a> {
            capability: &'a str,
            configuration: &'a str,
            deadline: CurrentlyDue,
        }
        #[derive(Serialize)]
        struct Impact<'a> {
            restricts_capabilities: Vec<Restricts<'a>>,
        }
        #[derive(Serialize)]
        struct Reason {
            code: &'static str,
        }
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("awaiting_action_from", "user")?;
        m.serialize_entry("description", self.description)?;
        m.serialize_entry("errors", &[(); 0])?;
        let restricts = self
            .restricted
            .iter()
            .map(|(capability, configuration)| Restricts {
                capability,
                configuration,
                deadline: CurrentlyDue,
            })
            .collect();
        m.serialize_entry(
            "impact",
            &Impact {
                restricts_capabilities: restricts,
            },
        )?;
        m.serialize_entry("minimum_deadline", &CurrentlyDue)?;
        m.serialize_entry(
            "requested_reasons",
            &[Reason {
                code: "routine_onboarding",
            }],
        )?;
        m.end()
    }
}

/// `{"status": "currently_due"}`: the only deadline debitsim sets (it keeps no dates).
#[derive(Clone, Copy)]
struct CurrentlyDue;

impl Serialize for CurrentlyDue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("status", "currently_due")?;
        m.end()
    }
}

struct Summary(Option<CurrentlyDue>);

impl Serialize for Summary {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("minimum_deadline", &self.0)?;
        m.end()
    }
}

/// `future_requirements`: nothing will be due that is not due now.
struct FutureRequirements;

impl Serialize for FutureRequirements {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("entries", &[(); 0])?;
        m.serialize_entry("summary", &Summary(None))?;
        m.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_takes_stripes_values_only() {
        let mut include = Include::default();
        for value in Include::CHOICES {
            assert!(include.add(value), "{value}");
        }
        assert!(include.configuration() && include.defaults && include.requirements);
        assert!(!include.add("configuration"));
        assert!(!include.add("expand"));
    }
}
