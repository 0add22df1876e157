//! Balance settings (`balance_settings`): an account's payout settings as
//! `/v1/balance_settings` shows them — the same values as the account's `settings.payouts`.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::accounts::ScheduleView;
use crate::ledger::ops::requirements::payouts_enabled;
use crate::ledger::{AccountId, AsOf, MINIMUM_DELAY_DAYS};

/// The balance settings of `account`, as the world is now.
pub struct BalanceSettingsView<'a> {
    pub at: AsOf<'a>,
    pub account: AccountId,
}

impl Serialize for BalanceSettingsView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("object", "balance_settings")?;
        m.serialize_entry("payments", &Payments(self))?;
        m.end()
    }
}

struct Payments<'a>(&'a BalanceSettingsView<'a>);

impl Serialize for Payments<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0.at.account(self.0.account);
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("debit_negative_balances", &account.payouts.debit_negative_balances)?;
        m.serialize_entry("payouts", &Payouts(self.0))?;
        m.serialize_entry(
            "settlement_timing",
            &SettlementTiming(account.payouts.schedule.delay_days),
        )?;
        m.end()
    }
}

struct Payouts<'a>(&'a BalanceSettingsView<'a>);

impl Serialize for Payouts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let account = self.0.at.account(self.0.account);
        let payouts = &account.payouts;
        let mut m = s.serialize_map(Some(5))?;
        // Transfers to a Treasury financial account are not simulated: no rules, an empty
        // map (stripe-python reads this field as a map and fails on null, so Stripe's own
        // answers must carry one).
        m.serialize_entry("automatic_transfer_rules_by_currency", &serde_json::Map::new())?;
        let minimums = (!payouts.minimum_balances.is_empty()).then(|| {
            payouts
                .minimum_balances
                .iter()
                .map(|(currency, amount)| (currency.as_str().to_owned(), amount.minor_units().into()))
                .collect::<serde_json::Map<String, serde_json::Value>>()
        });
        m.serialize_entry("minimum_balance_by_currency", &minimums)?;
        m.serialize_entry(
            "schedule",
            &ScheduleView {
                schedule: payouts.schedule,
                on_account: false,
            },
        )?;
        m.serialize_entry("statement_descriptor", &payouts.statement_descriptor.as_deref())?;
        m.serialize_entry(
            "status",
            if payouts_enabled(account) {
                "enabled"
            } else {
                "disabled"
            },
        )?;
        m.end()
    }
}

struct SettlementTiming(u32);

impl Serialize for SettlementTiming {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("delay_days", &self.0)?;
        // Shown only when the platform set a longer delay than the account's minimum.
        if self.0 != MINIMUM_DELAY_DAYS {
            m.serialize_entry("delay_days_override", &self.0)?;
        }
        m.serialize_entry("start_of_day", &None::<()>)?;
        m.end()
    }
}
