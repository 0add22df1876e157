//! `/v1/balance_settings`: the acting account's payout settings, the same values as its
//! `settings.payouts`, wired to the money: payout runs leave the minimum balance behind, and
//! card funds wait the settlement delay.

use super::*;

const PATH: &str = "/v1/balance_settings";

#[test]
fn balance_settings_show_the_accounts_payout_settings_and_their_defaults() {
    let platform = Client::pinned("bs_defaults");
    let cases = [(EXPRESS_US, true), (CUSTOM_US_NO_BANK, false), (STANDARD_US, true)];
    for (account, debit) in cases {
        let settings = platform.acting_as(account).get(PATH).ok();
        assert_eq!(settings["object"], "balance_settings");
        let payments = &settings["payments"];
        assert_eq!(payments["debit_negative_balances"], debit, "{account}");
        assert_eq!(payments["settlement_timing"]["delay_days"], 2);
        assert!(payments["payouts"]["minimum_balance_by_currency"].is_null());
        let account_view = platform.get(&format!("/v1/accounts/{account}")).ok();
        let payouts = &account_view["settings"]["payouts"];
        assert_eq!(payouts["debit_negative_balances"], debit);
        assert_eq!(
            payouts["schedule"]["interval"],
            payments["payouts"]["schedule"]["interval"]
        );
    }
    // Without Stripe-Account: the platform's own.
    let own = platform.get(PATH).ok();
    assert_eq!(own["payments"]["payouts"]["status"], "enabled");
}

#[test]
fn a_change_shows_on_the_account_and_emits_account_updated() {
    let platform = Client::pinned("bs_change");
    let express = platform.acting_as(EXPRESS_US);
    let settings = express
        .post(
            PATH,
            "payments[debit_negative_balances]=false&payments[payouts][schedule][interval]=monthly\
             &payments[payouts][schedule][monthly_payout_days][]=5&payments[payouts][schedule][monthly_payout_days][]=20\
             &payments[payouts][statement_descriptor]=RIDES&payments[settlement_timing][delay_days_override]=7",
        )
        .ok();
    let payments = &settings["payments"];
    assert_eq!(payments["debit_negative_balances"], false);
    assert_eq!(
        payments["payouts"]["schedule"]["monthly_payout_days"],
        serde_json::json!([5, 20])
    );
    assert_eq!(payments["payouts"]["statement_descriptor"], "RIDES");
    assert_eq!(payments["settlement_timing"]["delay_days"], 7);
    assert_eq!(payments["settlement_timing"]["delay_days_override"], 7);
    let account = platform.get(&format!("/v1/accounts/{EXPRESS_US}")).ok();
    let payouts = &account["settings"]["payouts"];
    assert_eq!(payouts["debit_negative_balances"], false);
    assert_eq!(payouts["schedule"]["interval"], "monthly");
    assert_eq!(payouts["schedule"]["monthly_anchor"], 5);
    assert_eq!(payouts["schedule"]["delay_days"], 7);
    assert_eq!(payouts["statement_descriptor"], "RIDES");
    let events = express.get("/v1/events?type=account.updated").ok();
    let event = &events["data"][0];
    assert_eq!(
        event["data"]["previous_attributes"]["settings"]["payouts"]["debit_negative_balances"], true,
        "{event}"
    );
    // Back to the minimum delay: the override goes.
    let reset = express
        .post(PATH, "payments[settlement_timing][delay_days_override]=")
        .ok();
    assert_eq!(reset["payments"]["settlement_timing"]["delay_days"], 2);
    assert!(
        reset["payments"]["settlement_timing"]
            .get("delay_days_override")
            .is_none()
    );
}

#[test]
fn a_payout_run_leaves_the_minimum_balance_behind() {
    let platform = Client::pinned("bs_minimum");
    let express = platform.acting_as(EXPRESS_US);
    let (available, _, _) = express.balance("usd");
    assert!(available > 1_500, "the fixture funds it: {available}");
    express
        .post(
            PATH,
            "payments[payouts][schedule][interval]=daily&payments[payouts][minimum_balance_by_currency][usd]=1500",
        )
        .ok();
    platform.post("/_sim/clock/advance", "next=payout_run").ok();
    assert_eq!(express.balance("usd").0, 1_500);
    let payouts = express.get("/v1/payouts").ok();
    let payout = &payouts["data"][0];
    assert_eq!(payout["automatic"], true);
    assert_eq!(payout["amount"], available - 1_500);
    // Every later run (funds maturing meanwhile) still leaves the minimum.
    platform.post("/_sim/clock/advance", "next=payout_run").ok();
    assert_eq!(express.balance("usd").0, 1_500);
    // Clearing the minimums pays out the rest at the next run.
    express
        .post(PATH, "payments[payouts][minimum_balance_by_currency]=")
        .ok();
    platform.post("/_sim/clock/advance", "next=payout_run").ok();
    assert_eq!(express.balance("usd").0, 0);
}

#[test]
fn card_funds_wait_the_settlement_delay() {
    let platform = Client::pinned("bs_delay");
    let express = platform.acting_as(EXPRESS_US);
    express
        .post(PATH, "payments[settlement_timing][delay_days_override]=5")
        .ok();
    let charge = express
        .post("/v1/charges", "amount=10000&currency=usd&source=tok_visa")
        .ok();
    let txn = express
        .get(&format!(
            "/v1/balance_transactions/{}",
            charge["balance_transaction"].as_str().unwrap()
        ))
        .ok();
    let midnight = PINNED.div_euclid(86_400) * 86_400;
    assert_eq!(txn["available_on"], midnight + 5 * 86_400);
    let txn_path = format!("/v1/balance_transactions/{}", txn["id"].as_str().unwrap());
    platform
        .post("/_sim/clock/advance", &format!("to={}", midnight + 5 * 86_400 - 1))
        .ok();
    assert_eq!(
        express.get(&txn_path).ok()["status"],
        "pending",
        "pending until its fifth midnight"
    );
    platform.post("/_sim/clock/advance", "seconds=1").ok();
    assert_eq!(express.get(&txn_path).ok()["status"], "available");
}

#[test]
fn refused_changes_change_nothing() {
    let platform = Client::pinned("bs_refused");
    let before = platform.acting_as(EXPRESS_US).get(PATH).ok();
    let cases: [(&str, &str, u16, Option<&str>); 9] = [
        (STANDARD_US, "payments[debit_negative_balances]=false", 400, None),
        (
            EXPRESS_US,
            "payments[payouts][schedule][interval]=hourly",
            400,
            Some("payments[payouts][schedule][interval]"),
        ),
        (
            EXPRESS_US,
            "payments[payouts][schedule][interval]=weekly",
            400,
            Some("payments[payouts][schedule][weekly_payout_days]"),
        ),
        (
            EXPRESS_US,
            "payments[payouts][schedule][interval]=weekly&payments[payouts][schedule][weekly_payout_days][]=saturday",
            400,
            Some("payments[payouts][schedule][weekly_payout_days]"),
        ),
        (
            EXPRESS_US,
            "payments[payouts][schedule][interval]=daily&payments[payouts][schedule][monthly_payout_days][]=3",
            400,
            Some("payments[payouts][schedule][monthly_payout_days]"),
        ),
        (
            EXPRESS_US,
            "payments[settlement_timing][delay_days_override]=1",
            400,
            Some("payments[settlement_timing][delay_days_override]"),
        ),
        (
            EXPRESS_US,
            "payments[settlement_timing][delay_days_override]=32",
            400,
            Some("payments[settlement_timing][delay_days_override]"),
        ),
        (
            EXPRESS_US,
            "payments[payouts][minimum_balance_by_currency][usd]=-5",
            400,
            Some("payments[payouts][minimum_balance_by_currency]"),
        ),
        (
            EXPRESS_US,
            "payments[payouts][statement_descriptor]=ABCDEFGHIJKLMNOPQRSTUVW",
            400,
            Some("payments[payouts][statement_descriptor]"),
        ),
    ];
    for (account, body, status, param) in cases {
        let reply = platform.acting_as(account).post(PATH, body);
        assert_eq!(reply.status, status, "{body}: {}", reply.json);
        assert_eq!(reply.json["error"]["type"], "invalid_request_error", "{body}");
        assert_eq!(reply.json["error"]["param"].as_str(), param, "{body}: {}", reply.json);
    }
    let unknown = platform.acting_as(EXPRESS_US).post(PATH, "payments[nope]=1");
    check_error(
        &unknown,
        400,
        "invalid_request_error",
        Some("parameter_unknown"),
        Some("payments[nope]"),
    );
    assert_eq!(platform.acting_as(EXPRESS_US).get(PATH).ok(), before);
    let standard = platform.acting_as(STANDARD_US).get(PATH).ok();
    assert_eq!(standard["payments"]["debit_negative_balances"], true);
    let read_only = Client::with_key(&platform.key.replacen("sk_", "rk_", 1)).acting_as(EXPRESS_US);
    assert_eq!(
        read_only.post(PATH, "payments[debit_negative_balances]=false").status,
        403
    );
}
