//! `/v1/balance_settings`: the acting account's payout settings — the platform's, or with
//! `Stripe-Account` a connected account's — read and changed.

use super::endpoint::{Endpoint, Prepared, Reply, hash, take_expand};
use crate::ledger::{BalanceSettingsUpdate, Kind, MinimumBalances};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::balance_settings::BalanceSettingsView;
use crate::server::render::json;

/// `/v1/balance_settings`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/balance_settings", |p, _| get(p)),
    Endpoint::post("/v1/balance_settings", |p, _| update(p)),
];

/// The longest payout statement descriptor Stripe takes.
const MAX_DESCRIPTOR_CHARS: usize = 22;

/// The acting account's balance settings, as they are now.
fn reply(cx: &super::endpoint::Ctx<'_>) -> Reply {
    Reply::ok(json(&BalanceSettingsView {
        at: cx.ledger().now_view(),
        account: cx.actor,
    }))
}

pub fn get(mut p: Params) -> Result<Prepared, ApiError> {
    // Balance settings have no expandable field: any path is refused.
    take_expand(&mut p, Kind::Balance)?;
    p.finish()?;
    Ok(Box::new(|cx| Ok(reply(cx))))
}

pub fn update(mut p: Params) -> Result<Prepared, ApiError> {
    let update = match hash(&mut p, "payments")? {
        Some(payments) => read_payments(payments)?,
        None => BalanceSettingsUpdate::default(),
    };
    take_expand(&mut p, Kind::Balance)?;
    p.finish()?;
    Ok(Box::new(move |cx| {
        let account = cx.actor;
        cx.apply(|ledger| ledger.update_balance_settings(account, update))?;
        Ok(reply(cx))
    }))
}

/// `payments[...]`.
fn read_payments(mut payments: Params) -> Result<BalanceSettingsUpdate, ApiError> {
    let mut update = BalanceSettingsUpdate {
        debit_negative_balances: payments.take_bool("debit_negative_balances")?,
        ..BalanceSettingsUpdate::default()
    };
    if let Some(mut payouts) = hash(&mut payments, "payouts")? {
        if let Some(mut schedule) = hash(&mut payouts, "schedule")? {
            update.interval = schedule.take_str("interval")?;
            update.weekly_payout_days = schedule.take_list("weekly_payout_days")?;
            update.monthly_payout_days = schedule.take_list("monthly_payout_days")?;
            schedule.finish()?;
        }
        update.minimum_balances =
            payouts
                .take_string_map("minimum_balance_by_currency")?
                .map(|entries| match entries {
                    None => MinimumBalances::Clear,
                    Some(entries) => MinimumBalances::Set(
                        entries
                            .into_iter()
                            .map(|(currency, amount)| (currency, (!amount.is_empty()).then_some(amount)))
                            .collect(),
                    ),
                });
        if let Some(descriptor) = payouts.take_str("statement_descriptor")? {
            if descriptor.chars().count() > MAX_DESCRIPTOR_CHARS {
                return Err(ApiError::string_too_long(
                    "payments[payouts][statement_descriptor]",
                    MAX_DESCRIPTOR_CHARS,
                    &descriptor,
                ));
            }
            update.statement_descriptor = Some(descriptor);
        }
        payouts.finish()?;
    }
    if let Some(mut timing) = hash(&mut payments, "settlement_timing")? {
        update.delay_days_override = timing
            .take_str("delay_days_override")?
            .map(|days| (!days.is_empty()).then_some(days));
        if timing.take("start_of_day").is_some() {
            return Err(ApiError::not_simulated_parameter(
                "payments[settlement_timing][start_of_day]",
            ));
        }
        timing.finish()?;
    }
    payments.finish()?;
    Ok(update)
}
