//! Balance settings (`/v1/balance_settings`): the modern home of an account's payout
//! settings — whether its bank is debited for a negative balance, its payout schedule, the
//! minimum balance each automatic payout leaves behind, and how long card funds stay
//! pending. They are the account's own payout settings (`settings.payouts` shows the same
//! values); this checks and applies a change to them.

use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// The longest settlement delay balance settings may set, in days (Stripe's limit on
/// `delay_days_override`).
pub const MAX_DELAY_DAYS_OVERRIDE: u32 = 31;

/// Weekday names a balance-settings schedule takes, Monday first: Stripe pays out on
/// weekdays only.
pub const PAYOUT_WEEKDAYS: [&str; 5] = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/// A change to the minimum balances (`payments[payouts][minimum_balance_by_currency]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MinimumBalances {
    /// `minimum_balance_by_currency=`: none any more.
    Clear,
    /// Currency → amount in minor units, or `None` (`…[usd]=`) to remove that currency's.
    Set(Vec<(String, Option<String>)>),
}

/// The parameters of `POST /v1/balance_settings` (`payments[...]`), checked for form only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BalanceSettingsUpdate {
    pub debit_negative_balances: Option<bool>,
    /// `payouts[schedule][interval]`.
    pub interval: Option<String>,
    /// `payouts[schedule][weekly_payout_days][]`.
    pub weekly_payout_days: Option<Vec<String>>,
    /// `payouts[schedule][monthly_payout_days][]`.
    pub monthly_payout_days: Option<Vec<String>>,
    pub minimum_balances: Option<MinimumBalances>,
    pub statement_descriptor: Option<String>,
    /// `settlement_timing[delay_days_override]`: `Some(None)` (sent empty) returns to the
    /// minimum.
    pub delay_days_override: Option<Option<String>>,
}

impl Ledger {
    /// `POST /v1/balance_settings`, by the platform for its own settings or, with
    /// `Stripe-Account`, for a connected account's. A connected account with the full Stripe
    /// Dashboard (a Standard account) manages its own payouts: the platform cannot change
    /// them. Emits `account.updated` when anything changed.
    pub fn update_balance_settings(
        &mut self,
        account: AccountId,
        update: BalanceSettingsUpdate,
    ) -> Result<Applied<AccountId>, Rejection> {
        let current = &self.accounts[account.0];
        if let Role::Connected { controller, .. } = current.role
            && controller.dashboard == Dashboard::Full
        {
            return Err(Rejection::BalanceSettingsNotManaged {
                account: current.id.to_string(),
            });
        }
        let payouts = updated_payouts(&current.payouts, &update)?;
        if payouts == current.payouts {
            return Ok(Applied {
                value: account,
                events: Vec::new(),
            });
        }
        let first_event = self.events.len();
        let before = self.version;
        let version = self.next_version();
        self.accounts
            .modify(account.0, version, |stored| stored.payouts = payouts);
        self.emit_updated(EventType::AccountUpdated, account, account, before);
        Ok(Applied {
            value: account,
            events: self.emitted_since(first_event),
        })
    }
}

/// The payout settings after `update`, every part checked before any is applied.
fn updated_payouts(current: &PayoutSettings, update: &BalanceSettingsUpdate) -> Result<PayoutSettings, Rejection> {
    let mut payouts = current.clone();
    if let Some(debit) = update.debit_negative_balances {
        payouts.debit_negative_balances = debit;
    }
    let weekly = match &update.weekly_payout_days {
        Some(days) => Some(weekdays(days)?),
        None => None,
    };
    let monthly = match &update.monthly_payout_days {
        Some(days) => Some(month_days(days)?),
        None => None,
    };
    payouts.schedule.interval = interval_after(current.schedule.interval, update.interval.as_deref(), weekly, monthly)?;
    if let Some(minimums) = &update.minimum_balances {
        payouts.minimum_balances = minimum_balances(&current.minimum_balances, minimums)?;
    }
    if let Some(descriptor) = &update.statement_descriptor {
        // Its length is the HTTP layer's to check, as for every string parameter.
        replace_text(&mut payouts.statement_descriptor, Some(descriptor));
    }
    if let Some(delay) = &update.delay_days_override {
        payouts.schedule.delay_days = match delay.as_deref() {
            None => MINIMUM_DELAY_DAYS,
            Some(days) => days
                .parse::<u32>()
                .ok()
                .filter(|d| (MINIMUM_DELAY_DAYS..=MAX_DELAY_DAYS_OVERRIDE).contains(d))
                .ok_or_else(|| Rejection::OutOfRange {
                    param: "payments[settlement_timing][delay_days_override]",
                    value: days.to_owned(),
                    min: i64::from(MINIMUM_DELAY_DAYS),
                    max: i64::from(MAX_DELAY_DAYS_OVERRIDE),
                    also: None,
                })?,
        };
    }
    Ok(payouts)
}

/// The schedule's interval after a change: the interval given (or kept), with its days —
/// those given, or those it had. Days belong to their interval only: weekly ones to a weekly
/// schedule, monthly ones to a monthly one, and a schedule changed to either needs them.
fn interval_after(
    current: PayoutInterval,
    interval: Option<&str>,
    weekly: Option<u8>,
    monthly: Option<u32>,
) -> Result<PayoutInterval, Rejection> {
    const WEEKLY: &str = "payments[payouts][schedule][weekly_payout_days]";
    const MONTHLY: &str = "payments[payouts][schedule][monthly_payout_days]";
    let name: &'static str = match interval {
        Some("manual") => "manual",
        Some("daily") => "daily",
        Some("weekly") => "weekly",
        Some("monthly") => "monthly",
        Some(other) => {
            return Err(Rejection::InvalidChoice {
                param: "payments[payouts][schedule][interval]".into(),
                value: other.to_owned(),
                choices: &["daily", "manual", "monthly", "weekly"],
            });
        }
        None => match current {
            PayoutInterval::Manual => "manual",
            PayoutInterval::Daily => "daily",
            PayoutInterval::Weekly(_) => "weekly",
            PayoutInterval::Monthly(_) => "monthly",
        },
    };
    let misplaced = |param| Rejection::PayoutDaysNotApplicable { param, interval: name };
    match name {
        "weekly" if monthly.is_some() => Err(misplaced(MONTHLY)),
        "monthly" if weekly.is_some() => Err(misplaced(WEEKLY)),
        "manual" | "daily" if weekly.is_some() => Err(misplaced(WEEKLY)),
        "manual" | "daily" if monthly.is_some() => Err(misplaced(MONTHLY)),
        "manual" => Ok(PayoutInterval::Manual),
        "daily" => Ok(PayoutInterval::Daily),
        "weekly" => match (weekly, current) {
            (Some(days), _) | (None, PayoutInterval::Weekly(days)) => Ok(PayoutInterval::Weekly(days)),
            (None, _) => Err(Rejection::ParameterMissing { param: WEEKLY }),
        },
        _ => match (monthly, current) {
            (Some(days), _) | (None, PayoutInterval::Monthly(days)) => Ok(PayoutInterval::Monthly(days)),
            (None, _) => Err(Rejection::ParameterMissing { param: MONTHLY }),
        },
    }
}

/// `weekly_payout_days[]`: at least one of Monday to Friday, as a set.
fn weekdays(days: &[String]) -> Result<u8, Rejection> {
    const PARAM: &str = "payments[payouts][schedule][weekly_payout_days]";
    let mut mask = 0u8;
    for day in days {
        let index = PAYOUT_WEEKDAYS
            .iter()
            .position(|d| d == day)
            .ok_or_else(|| Rejection::InvalidChoice {
                param: PARAM.into(),
                value: day.clone(),
                choices: &PAYOUT_WEEKDAYS,
            })?;
        mask |= 1 << index;
    }
    if mask == 0 {
        return Err(Rejection::ParameterMissing { param: PARAM });
    }
    Ok(mask)
}

/// `monthly_payout_days[]`: at least one day from 1 to 31, as a set.
fn month_days(days: &[String]) -> Result<u32, Rejection> {
    const PARAM: &str = "payments[payouts][schedule][monthly_payout_days]";
    let mut mask = 0u32;
    for day in days {
        let n = day
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| Rejection::OutOfRange {
                param: PARAM,
                value: day.clone(),
                min: 1,
                max: 31,
                also: None,
            })?;
        mask |= 1 << (n - 1);
    }
    if mask == 0 {
        return Err(Rejection::ParameterMissing { param: PARAM });
    }
    Ok(mask)
}

/// The minimum balances after a change, sorted by currency; a zero minimum is none.
fn minimum_balances(
    current: &[(Currency, Amount)],
    change: &MinimumBalances,
) -> Result<Vec<(Currency, Amount)>, Rejection> {
    const PARAM: &str = "payments[payouts][minimum_balance_by_currency]";
    let MinimumBalances::Set(entries) = change else {
        return Ok(Vec::new());
    };
    let mut minimums = current.to_vec();
    for (code, amount) in entries {
        let currency = parse_currency(PARAM, code)?;
        minimums.retain(|(c, _)| *c != currency);
        let Some(amount) = amount else { continue };
        let minor = amount
            .parse::<i64>()
            .ok()
            .filter(|a| *a >= 0)
            .ok_or_else(|| Rejection::InvalidInteger {
                param: PARAM,
                value: amount.clone(),
            })?;
        if minor > 0 {
            minimums.push((currency, Amount::new(minor)));
        }
    }
    minimums.sort_by_key(|(c, _)| *c);
    Ok(minimums)
}
