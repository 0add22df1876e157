//! An account: the platform or one of its connected accounts, with its controller
//! properties (who is liable for its losses, who collects its requirements, who pays its fees:
//! debit-rules §1), capabilities and payout settings.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};
use crate::ledger::codec::{image_enum, image_struct};

use super::country::Country;
use super::kinds::{BankAccountId, Obj, PersonId, Refers};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

/// The legacy account type; `None` for accounts created with `controller` properties only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountType {
    Standard,
    Express,
    Custom,
    None,
}

impl AccountType {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::Standard => "standard",
            AccountType::Express => "express",
            AccountType::Custom => "custom",
            AccountType::None => "none",
        }
    }

    pub fn parse(text: &str) -> Option<AccountType> {
        Some(match text {
            "standard" => AccountType::Standard,
            "express" => AccountType::Express,
            "custom" => AccountType::Custom,
            _ => return None,
        })
    }
}

wire_enum! {
    /// Who is liable for the account's negative balances (`controller.losses.payments`).
    pub enum Liability {
        /// Platform-managed risk: the platform is liable.
        Application: "application" = 0,
        /// Stripe-managed risk: Stripe is liable (except for what account debits made; §6).
        Stripe: "stripe" = 1,
    }
}

wire_enum! {
    /// Who collects the account's requirements (`controller.requirement_collection`).
    pub enum RequirementCollector {
        Application: "application" = 0,
        Stripe: "stripe" = 1,
    }
}

wire_enum! {
    /// Who pays Stripe's fees (`controller.fees.payer`).
    pub enum FeePayer {
        Account: "account" = 0,
        Application: "application" = 1,
        ApplicationCustom: "application_custom" = 2,
        ApplicationExpress: "application_express" = 3,
    }
}

wire_enum! {
    /// The Stripe Dashboard the account can use (`controller.stripe_dashboard.type`).
    pub enum Dashboard {
        Express: "express" = 0,
        Full: "full" = 1,
        None: "none" = 2,
    }
}

/// The controller properties of a connected account (debit-rules §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Controller {
    pub losses: Liability,
    pub requirement_collection: RequirementCollector,
    pub fees_payer: FeePayer,
    pub dashboard: Dashboard,
}

impl Controller {
    /// The defaults each legacy type maps to (debit-rules §1).
    pub fn for_type(account_type: AccountType) -> Controller {
        match account_type {
            AccountType::Standard | AccountType::None => Controller {
                losses: Liability::Stripe,
                requirement_collection: RequirementCollector::Stripe,
                fees_payer: FeePayer::Account,
                dashboard: Dashboard::Full,
            },
            AccountType::Express => Controller {
                losses: Liability::Application,
                requirement_collection: RequirementCollector::Stripe,
                fees_payer: FeePayer::ApplicationExpress,
                dashboard: Dashboard::Express,
            },
            AccountType::Custom => Controller {
                losses: Liability::Application,
                requirement_collection: RequirementCollector::Application,
                fees_payer: FeePayer::ApplicationCustom,
                dashboard: Dashboard::None,
            },
        }
    }
}

/// What an account is within its world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    /// The platform: the account the world's API key belongs to.
    Platform {
        /// Whether Connect reserves are enabled; without them a platform-managed account
        /// may not be debited below zero (§6). On by default.
        connect_reserves_enabled: bool,
    },
    Connected {
        account_type: AccountType,
        controller: Controller,
    },
}

wire_enum! {
    pub enum CapabilityStatus {
        Active: "active" = 0,
        Inactive: "inactive" = 1,
        Pending: "pending" = 2,
        /// Asked for with `requested=false`: the account does not have it.
        Unrequested: "unrequested" = 3,
        /// Taken away: the account was rejected.
        Disabled: "disabled" = 4,
    }
}

/// How often automatic payouts run (`settings.payouts.schedule.interval`, and balance
/// settings' `payments.payouts.schedule`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayoutInterval {
    Manual,
    Daily,
    /// On the weekdays whose bits are set: bit 0 Monday … bit 6 Sunday (never none).
    Weekly(u8),
    /// On the days of the month whose bits are set: bit 0 the 1st … bit 30 the 31st (a day
    /// past the month's end pays out on its last day; never none).
    Monthly(u32),
}

impl PayoutInterval {
    /// The weekdays of a weekly schedule, Monday (0) first.
    pub fn weekdays(mask: u8) -> impl Iterator<Item = u8> {
        (0..7).filter(move |d| mask & (1 << d) != 0)
    }

    /// The days of the month of a monthly schedule, the 1st first.
    pub fn month_days(mask: u32) -> impl Iterator<Item = u32> {
        (1..=31).filter(move |d| mask & (1 << (d - 1)) != 0)
    }
}

/// The shortest settlement delay, in days (`delay_days=minimum`): card funds become available
/// at midnight UTC this many days after the day they were captured, in every country
/// (debit-rules §3).
pub const MINIMUM_DELAY_DAYS: u32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PayoutSchedule {
    pub interval: PayoutInterval,
    /// How many days card funds captured on this account stay pending
    /// (`settlement_timing.delay_days`): they become available at midnight UTC this many days
    /// after the day of capture. [`MINIMUM_DELAY_DAYS`] unless the platform set more.
    pub delay_days: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayoutSettings {
    /// Whether Stripe may debit the account's bank to cover a negative balance (§6).
    pub debit_negative_balances: bool,
    pub schedule: PayoutSchedule,
    pub statement_descriptor: Option<Box<str>>,
    /// What an automatic payout leaves behind in each currency
    /// (`payments.payouts.minimum_balance_by_currency`), sorted by currency; none by default.
    pub minimum_balances: Vec<(Currency, Amount)>,
}

impl PayoutSettings {
    /// What an automatic payout in `currency` leaves in the available balance.
    pub fn minimum_balance(&self, currency: Currency) -> Amount {
        self.minimum_balances
            .iter()
            .find(|(c, _)| *c == currency)
            .map_or(Amount::ZERO, |(_, amount)| *amount)
    }
}

/// When and from where the account accepted Stripe's terms.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TosAcceptance {
    pub date: Option<Timestamp>,
    pub ip: Option<Box<str>>,
    pub user_agent: Option<Box<str>>,
}

wire_enum! {
    /// A configuration of Accounts v2 (`applied_configurations`): what the account does for
    /// the platform. The same account is seen by v1 through its capabilities.
    pub enum Configuration {
        /// Pays the platform (v2's customer-facing flows).
        Customer: "customer" = 80,
        /// Takes payments of its own: v1's `card_payments`.
        Merchant: "merchant" = 81,
        /// Receives funds: v1's `transfers`.
        Recipient: "recipient" = 82,
    }
}

crate::ledger::codec::list_of!(Configuration);

/// What only Accounts v2 says of an account. Everything v1 also has (country, currency,
/// email, controller, capabilities, identity) is the account's own field, whichever API set
/// it: a v2 account is an account of the world like any other.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountV2 {
    /// The configurations applied through v2, sorted (v1's capabilities add merchant and
    /// recipient on their own: see [`Account::applied_configurations`]).
    pub configurations: Vec<Configuration>,
    /// `display_name` (v1's `settings.dashboard.display_name`).
    pub display_name: Option<Box<str>>,
    /// `contact_phone`.
    pub contact_phone: Option<Box<str>>,
    /// `defaults.locales`, in order of preference.
    pub locales: Vec<Box<str>>,
}

/// The `business_profile[...]` fields the simulator keeps and shows; a field of a nested
/// hash is named `outer.inner` (`support_address[city]` is `support_address.city`).
pub const BUSINESS_PROFILE_FIELDS: [&str; 19] = [
    "name",
    "url",
    "mcc",
    "product_description",
    "support_email",
    "support_phone",
    "support_url",
    // Kept and shown only (docs/behaviour.md §17).
    "estimated_worker_count",
    "support_address.line1",
    "support_address.line2",
    "support_address.city",
    "support_address.state",
    "support_address.postal_code",
    "support_address.country",
    "annual_revenue.amount",
    "annual_revenue.currency",
    "annual_revenue.fiscal_year_end",
    "monthly_estimated_revenue.amount",
    "monthly_estimated_revenue.currency",
];

/// A Stripe account: the platform or one of its connected accounts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: Box<str>,
    pub role: Role,
    pub country: Country,
    pub default_currency: Currency,
    pub email: Option<Box<str>>,
    /// `individual`, `company`, `non_profit` or `government_entity`.
    pub business_type: Option<Box<str>>,
    /// `business_profile[...]` fields that were given, by name (`name`, `url`, `mcc`, …).
    pub business_profile: Vec<(&'static str, Box<str>)>,
    /// `tos_acceptance[date|ip|user_agent]`, when given.
    pub tos_acceptance: TosAcceptance,
    pub created: Timestamp,
    /// Capability name → status, sorted by name.
    pub capabilities: Vec<(Box<str>, CapabilityStatus)>,
    pub bank_accounts: Vec<BankAccountId>,
    pub payouts: PayoutSettings,
    pub metadata: Metadata,
    /// What onboarding has collected, whether it is done, and whether the platform
    /// rejected the account (`super::onboarding`).
    pub onboarding: super::onboarding::Onboarding,
    /// Its persons (representative, owners, …), oldest first; deleted ones are removed.
    pub persons: Vec<PersonId>,
    /// `DELETE /v1/accounts/{id}`: the account is gone from the world; its objects stay
    /// in the arenas for the objects of others that refer to them.
    pub deleted: bool,
    /// What Accounts v2 adds.
    pub v2: AccountV2,
    /// `settings[branding]`'s colors: stored and shown (docs/behaviour.md §17).
    pub branding: Branding,
}

/// An account's brand colors (`settings[branding][primary_color|secondary_color]`), CSS hex
/// colors; its icon and logo are file uploads, which are not simulated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Branding {
    pub primary_color: Option<Box<str>>,
    pub secondary_color: Option<Box<str>>,
}

impl Account {
    /// `business_profile[name]`.
    pub fn business_name(&self) -> Option<&str> {
        self.business_profile("name")
    }

    pub fn business_profile(&self, field: &str) -> Option<&str> {
        self.business_profile
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| &**v)
    }

    /// A nested `business_profile` field, `outer.inner`, if given (found without building
    /// its dotted name: accounts are rendered on hot paths, a debit charge's `source`).
    pub fn business_profile_nested(&self, outer: &str, inner: &str) -> Option<&str> {
        self.business_profile
            .iter()
            .find(|(f, _)| f.strip_prefix(outer).and_then(|rest| rest.strip_prefix('.')) == Some(inner))
            .map(|(_, v)| &**v)
    }

    pub fn is_platform(&self) -> bool {
        matches!(self.role, Role::Platform { .. })
    }

    /// `controller.losses.payments` for a connected account; `None` for the platform.
    pub fn liability(&self) -> Option<Liability> {
        match self.role {
            Role::Connected { controller, .. } => Some(controller.losses),
            Role::Platform { .. } => None,
        }
    }

    /// `applied_configurations`: those applied through v2, and those its capabilities make
    /// (`card_payments` a merchant, `transfers` a recipient) however they were requested.
    pub fn applied_configurations(&self) -> Vec<Configuration> {
        let requested = |name: &str| {
            self.capability(name)
                .is_some_and(|status| status != CapabilityStatus::Unrequested)
        };
        Configuration::ALL
            .iter()
            .copied()
            .filter(|c| {
                self.v2.configurations.contains(c)
                    || (*c == Configuration::Merchant && requested("card_payments"))
                    || (*c == Configuration::Recipient && requested("transfers"))
            })
            .collect()
    }

    pub fn capability(&self, name: &str) -> Option<CapabilityStatus> {
        self.capabilities
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, status)| *status)
    }
}

image_enum!(AccountType {
    Standard = 0,
    Express = 1,
    Custom = 2,
    None = 3
});

impl Image for Controller {
    fn write(&self, w: &mut Writer) {
        let Controller {
            losses,
            requirement_collection,
            fees_payer,
            dashboard,
        } = self;
        w.put(losses);
        w.put(requirement_collection);
        w.put(fees_payer);
        w.put(dashboard);
    }

    fn read(r: &mut Reader<'_>) -> Result<Controller, ImageError> {
        Ok(Controller {
            losses: r.take()?,
            requirement_collection: r.take()?,
            fees_payer: r.take()?,
            dashboard: r.take()?,
        })
    }
}

impl Image for Role {
    fn write(&self, w: &mut Writer) {
        match self {
            Role::Platform {
                connect_reserves_enabled,
            } => {
                w.put(&0u8);
                w.put(connect_reserves_enabled);
            }
            Role::Connected {
                account_type,
                controller,
            } => {
                w.put(&1u8);
                w.put(account_type);
                w.put(controller);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Role, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(Role::Platform {
                connect_reserves_enabled: r.take()?,
            }),
            1 => Ok(Role::Connected {
                account_type: r.take()?,
                controller: r.take()?,
            }),
            _ => Err(r.invalid("account role")),
        }
    }
}

impl Image for PayoutInterval {
    fn write(&self, w: &mut Writer) {
        match self {
            PayoutInterval::Manual => w.put(&0u8),
            PayoutInterval::Daily => w.put(&1u8),
            PayoutInterval::Weekly(day) => {
                w.put(&2u8);
                w.put(day);
            }
            PayoutInterval::Monthly(day) => {
                w.put(&3u8);
                w.put(day);
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<PayoutInterval, ImageError> {
        match r.take::<u8>()? {
            0 => Ok(PayoutInterval::Manual),
            1 => Ok(PayoutInterval::Daily),
            2 => Ok(PayoutInterval::Weekly(r.take()?)),
            3 => Ok(PayoutInterval::Monthly(r.take()?)),
            _ => Err(r.invalid("payout interval")),
        }
        .and_then(|interval| match interval {
            PayoutInterval::Weekly(0) | PayoutInterval::Monthly(0) => Err(r.invalid("payout days")),
            PayoutInterval::Weekly(days) if days >= 1 << 7 => Err(r.invalid("payout days")),
            PayoutInterval::Monthly(days) if days >= 1 << 31 => Err(r.invalid("payout days")),
            interval => Ok(interval),
        })
    }
}

image_struct!(TosAcceptance { date, ip, user_agent });

image_struct!(PayoutSchedule { interval, delay_days });

image_struct!(PayoutSettings {
    debit_negative_balances,
    schedule,
    statement_descriptor,
    minimum_balances
});

image_struct!(Account {
    id,
    role,
    country,
    default_currency,
    email,
    business_type,
    business_profile,
    tos_acceptance,
    created,
    capabilities,
    bank_accounts,
    payouts,
    metadata,
    onboarding,
    persons,
    deleted,
    v2,
    branding
});

image_struct!(Branding {
    primary_color,
    secondary_color
});

image_struct!(AccountV2 {
    configurations,
    display_name,
    contact_phone,
    locales
});

/// `business_profile` field names are written as text and read back as the known names.
struct ProfileField(&'static str);

impl Image for ProfileField {
    fn write(&self, w: &mut Writer) {
        w.bytes(self.0.as_bytes());
    }

    fn read(r: &mut Reader<'_>) -> Result<ProfileField, ImageError> {
        let name = String::read(r)?;
        BUSINESS_PROFILE_FIELDS
            .iter()
            .find(|known| **known == name)
            .map(|known| ProfileField(known))
            .ok_or_else(|| r.invalid("business_profile field"))
    }
}

impl Image for Vec<(&'static str, Box<str>)> {
    fn write(&self, w: &mut Writer) {
        w.varint(self.len() as u64);
        for (field, value) in self {
            ProfileField(field).write(w);
            value.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Self, ImageError> {
        let len = r.length()?;
        let mut fields = Vec::with_capacity(len);
        for _ in 0..len {
            let ProfileField(field) = ProfileField::read(r)?;
            fields.push((field, Box::<str>::read(r)?));
        }
        Ok(fields)
    }
}

impl Refers for Account {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        for bank in &self.bank_accounts {
            to(Obj::BankAccount(*bank));
        }
        for person in &self.persons {
            to(Obj::Person(*person));
        }
    }
}
