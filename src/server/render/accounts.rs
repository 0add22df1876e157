//! Accounts (the platform and its connected accounts) and their bank accounts.

use serde::ser::{SerializeMap, Serializer};

use super::cards::fingerprint;
use super::wire::{Expandable, Fragment, MetadataView, Single, View, Wire, embedded_list, raw};
use crate::ledger::ops::requirements as onboarding;
use crate::ledger::{
    Account, AccountId, AsOf, BankAccount, BankAccountId, Kind, Obj, PayoutInterval, Role, TosAcceptance,
};
use crate::server::expand::Expand;
use crate::server::expand::Shape;
use crate::server::version::{ApiVersion, rendering};

impl Wire for Account {
    type Id = AccountId;
    const SHAPE: Shape = Shape {
        object: "account",
        noun: "account",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: AccountId) -> Result<S::Ok, S::Error> {
        account(s, view.at, id)
    }
}

impl Wire for BankAccount {
    type Id = BankAccountId;
    const SHAPE: Shape = Shape {
        object: "bank_account",
        noun: "bank account",
        expands: &[("account", Some(Kind::Account)), ("customer", None)],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: BankAccountId) -> Result<S::Ok, S::Error> {
        bank_account(s, view.at, id, view.expand)
    }
}

/// Nothing is due in the future: what onboarding asks for is due now.
static FUTURE_REQUIREMENTS: Fragment = Fragment::new(|| {
    raw(
        r#"{"alternatives":[],"current_deadline":null,"currently_due":[],"disabled_reason":null,"errors":[],"eventually_due":[],"past_due":[],"pending_verification":[]}"#,
    )
});

/// `settings.branding`: the colors kept; icon and logo are file uploads (not simulated).
struct BrandingView<'a>(&'a crate::ledger::Branding);

/// Branding as most accounts have it: nothing given (written once; accounts are rendered on
/// hot paths, a debit charge's `source`).
static NO_BRANDING: Fragment =
    Fragment::new(|| raw(r#"{"icon":null,"logo":null,"primary_color":null,"secondary_color":null}"#));

impl serde::Serialize for BrandingView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.primary_color.is_none() && self.0.secondary_color.is_none() {
            return NO_BRANDING.serialize(s);
        }
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("icon", &None::<()>)?;
        m.serialize_entry("logo", &None::<()>)?;
        m.serialize_entry("primary_color", &self.0.primary_color.as_deref())?;
        m.serialize_entry("secondary_color", &self.0.secondary_color.as_deref())?;
        m.end()
    }
}

static CARD_PAYMENTS_SETTINGS: Fragment = Fragment::new(|| {
    raw(
        r#"{"decline_on":{"avs_failure":false,"cvc_failure":false},"statement_descriptor_prefix":null,"statement_descriptor_prefix_kana":null,"statement_descriptor_prefix_kanji":null}"#,
    )
});

pub fn account<S: Serializer>(s: S, ledger: AsOf<'_>, id: AccountId) -> Result<S::Ok, S::Error> {
    let account = ledger.account(id);
    let (due, disabled_reason) = super::lifecycle::account_requirements(ledger, id);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", &*account.id)?;
    m.serialize_entry("object", "account")?;
    m.serialize_entry("business_profile", &BusinessProfile(account))?;
    m.serialize_entry("business_type", &account.business_type.as_deref())?;
    m.serialize_entry("capabilities", &super::lifecycle::CapabilityMap(&account.capabilities))?;
    m.serialize_entry("charges_enabled", &onboarding::charges_enabled(account))?;
    m.serialize_entry("controller", &ControllerView(&account.role))?;
    m.serialize_entry("country", account.country.as_str())?;
    m.serialize_entry("created", &account.created)?;
    m.serialize_entry("default_currency", account.default_currency.as_str())?;
    m.serialize_entry(
        "details_submitted",
        &(account.is_platform() || account.onboarding.details_submitted),
    )?;
    m.serialize_entry("email", &account.email.as_deref())?;
    embedded_list(
        &mut m,
        "external_accounts",
        ledger,
        &["/v1/accounts/", &account.id, "/external_accounts"],
        account.bank_accounts.iter().map(|b| Obj::BankAccount(*b)),
    )?;
    m.serialize_entry("future_requirements", &FUTURE_REQUIREMENTS)?;
    m.serialize_entry("metadata", &MetadataView(&account.metadata))?;
    m.serialize_entry("payouts_enabled", &onboarding::payouts_enabled(account))?;
    m.serialize_entry(
        "requirements",
        &super::lifecycle::Requirements {
            due: &due,
            disabled_reason,
            person: false,
        },
    )?;
    m.serialize_entry("settings", &Settings(ledger, id))?;
    m.serialize_entry("tos_acceptance", &TosAcceptanceView(&account.tos_acceptance))?;
    let account_type = match account.role {
        Role::Platform { .. } => "standard",
        Role::Connected { account_type, .. } => account_type.as_str(),
    };
    m.serialize_entry("type", account_type)?;
    m.end()
}

struct BusinessProfile<'a>(&'a Account);

impl serde::Serialize for BusinessProfile<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let field = |name| self.0.business_profile(name);
        // A stored count or amount is digits only (checked when given).
        let number = |name| field(name).and_then(|v| v.parse::<i64>().ok());
        // A nested hash shows when any of its fields was given, all its fields then.
        let nested = |outer: &'static str, inner: &'static [&'static str]| {
            inner
                .iter()
                .any(|f| self.0.business_profile_nested(outer, f).is_some())
                .then_some(NestedProfile(self.0, outer, inner))
        };
        let mut m = s.serialize_map(None)?;
        m.serialize_entry(
            "annual_revenue",
            &nested("annual_revenue", &["amount", "currency", "fiscal_year_end"]),
        )?;
        m.serialize_entry("estimated_worker_count", &number("estimated_worker_count"))?;
        m.serialize_entry("mcc", &field("mcc"))?;
        m.serialize_entry("minority_owned_business_designation", &None::<()>)?;
        // Optional and not nullable in Stripe's schema: absent until given.
        if let Some(revenue) = nested("monthly_estimated_revenue", &["amount", "currency"]) {
            m.serialize_entry("monthly_estimated_revenue", &revenue)?;
        }
        m.serialize_entry("name", &field("name"))?;
        m.serialize_entry("product_description", &field("product_description"))?;
        m.serialize_entry("specified_commercial_transactions_act_url", &None::<()>)?;
        m.serialize_entry(
            "support_address",
            &nested(
                "support_address",
                &["city", "country", "line1", "line2", "postal_code", "state"],
            ),
        )?;
        m.serialize_entry("support_email", &field("support_email"))?;
        m.serialize_entry("support_phone", &field("support_phone"))?;
        m.serialize_entry("support_url", &field("support_url"))?;
        m.serialize_entry("url", &field("url"))?;
        m.end()
    }
}

/// A nested `business_profile` hash (`support_address`, `annual_revenue`, …): each of its
/// fields, `null` when not given; amounts as numbers.
struct NestedProfile<'a>(&'a Account, &'static str, &'static [&'static str]);

impl serde::Serialize for NestedProfile<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let NestedProfile(account, outer, fields) = *self;
        let mut m = s.serialize_map(Some(fields.len()))?;
        for inner in fields {
            let value = account.business_profile_nested(outer, inner);
            if *inner == "amount" {
                m.serialize_entry(inner, &value.and_then(|v| v.parse::<i64>().ok()))?;
            } else {
                m.serialize_entry(inner, &value)?;
            }
        }
        m.end()
    }
}

struct ControllerView<'a>(&'a Role);

impl serde::Serialize for ControllerView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        match self.0 {
            Role::Platform { .. } => m.serialize_entry("type", "account")?,
            Role::Connected { controller, .. } => {
                m.serialize_entry("fees", &Single("payer", controller.fees_payer.as_str()))?;
                m.serialize_entry("is_controller", &true)?;
                m.serialize_entry("losses", &Single("payments", controller.losses.as_str()))?;
                m.serialize_entry("requirement_collection", controller.requirement_collection.as_str())?;
                m.serialize_entry("stripe_dashboard", &Single("type", controller.dashboard.as_str()))?;
                m.serialize_entry("type", "application")?;
            }
        }
        m.end()
    }
}

struct Settings<'a>(AsOf<'a>, AccountId);

impl serde::Serialize for Settings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0.account(self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("branding", &BrandingView(&account.branding))?;
        m.serialize_entry("card_payments", &CARD_PAYMENTS_SETTINGS)?;
        m.serialize_entry("dashboard", &DashboardSettings(account.business_name()))?;
        m.serialize_entry("payments", &Payments(account.payouts.statement_descriptor.as_deref()))?;
        m.serialize_entry("payouts", &PayoutSettingsView(self.0, self.1))?;
        m.end()
    }
}

struct DashboardSettings<'a>(Option<&'a str>);

impl serde::Serialize for DashboardSettings<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("display_name", &self.0)?;
        m.serialize_entry("timezone", "Etc/UTC")?;
        m.end()
    }
}

struct Payments<'a>(Option<&'a str>);

/// `settings.payments` with no statement descriptor, written once.
static NO_PAYMENT_DESCRIPTORS: Fragment = Fragment::new(|| {
    raw(
        r#"{"statement_descriptor":null,"statement_descriptor_kana":null,"statement_descriptor_kanji":null,"statement_descriptor_prefix_kana":null,"statement_descriptor_prefix_kanji":null}"#,
    )
});

impl serde::Serialize for Payments<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_none() {
            return NO_PAYMENT_DESCRIPTORS.serialize(s);
        }
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("statement_descriptor", &self.0)?;
        m.serialize_entry("statement_descriptor_kana", &None::<()>)?;
        m.serialize_entry("statement_descriptor_kanji", &None::<()>)?;
        m.serialize_entry("statement_descriptor_prefix_kana", &None::<()>)?;
        m.serialize_entry("statement_descriptor_prefix_kanji", &None::<()>)?;
        m.end()
    }
}

struct PayoutSettingsView<'a>(AsOf<'a>, AccountId);

impl serde::Serialize for PayoutSettingsView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let payouts = &self.0.account(self.1).payouts;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("debit_negative_balances", &payouts.debit_negative_balances)?;
        m.serialize_entry(
            "schedule",
            &ScheduleView {
                schedule: payouts.schedule,
                on_account: true,
            },
        )?;
        m.serialize_entry("statement_descriptor", &payouts.statement_descriptor.as_deref())?;
        m.end()
    }
}

/// A payout schedule: on an account (`settings.payouts.schedule`, with its `delay_days` and
/// the anchors of API versions before multi-day schedules), or in balance settings
/// (`payments.payouts.schedule`, days only).
pub(super) struct ScheduleView {
    pub schedule: crate::ledger::PayoutSchedule,
    pub on_account: bool,
}

impl serde::Serialize for ScheduleView {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        if self.on_account {
            m.serialize_entry("delay_days", &self.schedule.delay_days)?;
        }
        match self.schedule.interval {
            PayoutInterval::Manual => m.serialize_entry("interval", "manual")?,
            PayoutInterval::Daily => m.serialize_entry("interval", "daily")?,
            PayoutInterval::Monthly(days) => {
                m.serialize_entry("interval", "monthly")?;
                if self.on_account {
                    m.serialize_entry("monthly_anchor", &PayoutInterval::month_days(days).next())?;
                }
                m.serialize_collection("monthly_payout_days", PayoutInterval::month_days(days))?;
            }
            PayoutInterval::Weekly(days) => {
                m.serialize_entry("interval", "weekly")?;
                let name = |d: u8| crate::ledger::WEEKDAYS[usize::from(d)];
                if self.on_account {
                    m.serialize_entry("weekly_anchor", &PayoutInterval::weekdays(days).next().map(name))?;
                }
                // Since 2025-09-30.clover payout days are Monday to Friday only.
                let weekdays_only = rendering().at_least(ApiVersion::WEEKEND_PAYOUT_DAYS_REMOVED);
                let shown = PayoutInterval::weekdays(days)
                    .filter(|d| !weekdays_only || *d < 5)
                    .map(name);
                m.serialize_collection("weekly_payout_days", shown)?;
            }
        }
        m.end()
    }
}

/// Serializes an entry whose value is a JSON array of `items`.
trait SerializeCollection: SerializeMap {
    fn serialize_collection<T: serde::Serialize>(
        &mut self,
        key: &str,
        items: impl Iterator<Item = T>,
    ) -> Result<(), Self::Error> {
        self.serialize_entry(key, &items.collect::<Vec<T>>())
    }
}

impl<M: SerializeMap> SerializeCollection for M {}

struct TosAcceptanceView<'a>(&'a TosAcceptance);

impl serde::Serialize for TosAcceptanceView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("date", &self.0.date)?;
        m.serialize_entry("ip", &self.0.ip.as_deref())?;
        m.serialize_entry("user_agent", &self.0.user_agent.as_deref())?;
        m.end()
    }
}

pub fn bank_account<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: BankAccountId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let bank = ledger.bank_account(id);
    if let Some(card) = &bank.card {
        return debit_card(s, ledger, id, bank, card, expand);
    }
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::BankAccount(id)).as_str())?;
    m.serialize_entry("object", "bank_account")?;
    m.serialize_entry(
        "account",
        &Expandable::new(ledger, Some(Obj::Account(bank.account)), "account", expand),
    )?;
    m.serialize_entry("account_holder_name", &bank.account_holder_name.as_deref())?;
    m.serialize_entry("account_holder_type", &None::<()>)?;
    m.serialize_entry("account_type", &None::<()>)?;
    m.serialize_entry("available_payout_methods", &["standard"])?;
    m.serialize_entry("bank_name", &bank.bank_name.as_deref())?;
    m.serialize_entry("country", bank.country.as_str())?;
    m.serialize_entry("currency", bank.currency.as_str())?;
    m.serialize_entry("default_for_currency", &bank.default_for_currency)?;
    m.serialize_entry("fingerprint", fingerprint(&bank.last4, bank.country.as_str()).as_str())?;
    m.serialize_entry("last4", &*bank.last4)?;
    m.serialize_entry("metadata", &MetadataView(&bank.metadata))?;
    m.serialize_entry("routing_number", &bank.routing_number.as_deref())?;
    m.serialize_entry("status", bank.status.as_str())?;
    m.end()
}

/// A debit card external account: Stripe's `card` object (docs/behaviour.md §23).
fn debit_card<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: BankAccountId,
    bank: &crate::ledger::BankAccount,
    card: &crate::ledger::DebitCard,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::BankAccount(id)).as_str())?;
    m.serialize_entry("object", "card")?;
    m.serialize_entry(
        "account",
        &Expandable::new(ledger, Some(Obj::Account(bank.account)), "account", expand),
    )?;
    for field in [
        "address_city",
        "address_country",
        "address_line1",
        "address_line1_check",
        "address_line2",
        "address_state",
        "address_zip",
        "address_zip_check",
    ] {
        m.serialize_entry(field, &None::<()>)?;
    }
    let methods: &[&str] = if card.instant {
        &["standard", "instant"]
    } else {
        &["standard"]
    };
    m.serialize_entry("available_payout_methods", methods)?;
    m.serialize_entry("brand", card.brand.as_str())?;
    m.serialize_entry("country", bank.country.as_str())?;
    m.serialize_entry("currency", bank.currency.as_str())?;
    m.serialize_entry("cvc_check", &None::<()>)?;
    m.serialize_entry("default_for_currency", &bank.default_for_currency)?;
    m.serialize_entry("dynamic_last4", &None::<()>)?;
    m.serialize_entry("exp_month", &card.exp_month)?;
    m.serialize_entry("exp_year", &card.exp_year)?;
    m.serialize_entry("fingerprint", fingerprint(&bank.last4, "card").as_str())?;
    m.serialize_entry("funding", "debit")?;
    m.serialize_entry("last4", &*bank.last4)?;
    m.serialize_entry("metadata", &MetadataView(&bank.metadata))?;
    m.serialize_entry("name", &bank.account_holder_name.as_deref())?;
    m.serialize_entry("regulated_status", &None::<()>)?;
    m.serialize_entry("status", &None::<()>)?;
    m.serialize_entry("tokenization_method", &None::<()>)?;
    m.end()
}
