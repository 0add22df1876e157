//! Debit cards as external accounts and Instant Payouts to them (docs/behaviour.md §23):
//! Stripe's test tokens make `card_…` external accounts; `method=instant` pays out at once to
//! an eligible card, on any payout schedule, for Stripe's fee; `instant_available` shows what
//! could go; refusals change nothing; a failing card returns the amount and the fee.

use serde_json::json;

use super::*;

/// A Custom US account with a usd bank account, on the daily schedule, with `amount` usd
/// available (a transfer from the funded platform).
fn seller(platform: &Client, amount: i64) -> String {
    platform
        .post("/v1/charges", "amount=500000&currency=usd&source=tok_bypassPending")
        .ok();
    let id = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&capabilities[transfers][requested]=true&external_account=btok_us\
             &settings[payouts][schedule][interval]=daily",
        )
        .id();
    platform
        .post(
            "/v1/transfers",
            &format!("amount={amount}&currency=usd&destination={id}"),
        )
        .ok();
    id
}

fn add_card(platform: &Client, account: &str, token: &str) -> Value {
    platform
        .post(
            &format!("/v1/accounts/{account}/external_accounts"),
            &format!("external_account={token}"),
        )
        .ok()
}

#[test]
fn a_debit_card_is_an_external_account_that_takes_instant_payouts() {
    let platform = Client::pinned("instant_ok");
    let account = seller(&platform, 10_000);
    let card = add_card(&platform, &account, "tok_visa_debit");
    let card_id = card["id"].as_str().unwrap();
    assert!(card_id.starts_with("card_"), "{card}");
    assert_eq!(
        (
            &card["object"],
            &card["funding"],
            &card["brand"],
            &card["last4"],
            &card["currency"]
        ),
        (
            &json!("card"),
            &json!("debit"),
            &json!("Visa"),
            &json!("5556"),
            &json!("usd")
        )
    );
    assert_eq!(card["available_payout_methods"], json!(["standard", "instant"]));
    assert_eq!(
        card["default_for_currency"], false,
        "the bank account stays the default"
    );
    let listed = platform
        .get(&format!("/v1/accounts/{account}/external_accounts?object=card"))
        .ok();
    assert_eq!(listed["data"].as_array().unwrap().len(), 1);
    assert_eq!(listed["data"][0]["id"], card_id);
    let seller = platform.acting_as(&account);
    let balance = seller.get("/v1/balance").ok();
    assert_eq!(balance["instant_available"][0]["amount"], 10_000, "{balance}");

    // On the daily schedule, an Instant Payout may still be asked for: $50.00, fee $0.75.
    let payout = seller
        .post(
            "/v1/payouts",
            &format!("amount=5000&currency=usd&method=instant&destination={card_id}"),
        )
        .ok();
    assert_eq!(
        (
            &payout["method"],
            &payout["type"],
            &payout["destination"],
            &payout["status"]
        ),
        (&json!("instant"), &json!("card"), &json!(card_id), &json!("pending"))
    );
    assert_eq!(payout["arrival_date"], payout["created"]);
    let txn = seller
        .get(&format!(
            "/v1/balance_transactions/{}",
            payout["balance_transaction"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (&txn["amount"], &txn["fee"], &txn["net"]),
        (&json!(-5000), &json!(75), &json!(-5075))
    );
    assert_eq!(txn["fee_details"][0]["description"], "Instant Payout fee");
    assert_eq!(seller.balance("usd").0, 10_000 - 5_075);
    // A standard payout still needs the manual schedule.
    let standard = seller.post("/v1/payouts", "amount=100&currency=usd");
    assert_eq!(standard.status, 400, "{}", standard.json);
    // The clock's next move pays it; it is final.
    platform.post("/_sim/clock/advance", "seconds=60").ok();
    let paid = seller
        .get(&format!("/v1/payouts/{}", payout["id"].as_str().unwrap()))
        .ok();
    assert_eq!(paid["status"], "paid");
    let reverse = seller.post(&format!("/v1/payouts/{}/reverse", payout["id"].as_str().unwrap()), "");
    check_error(&reverse, 400, "invalid_request_error", None, None);
    platform.get("/_sim/audit").ok();
}

#[test]
fn instant_payouts_are_refused_where_stripe_refuses_them_and_change_nothing() {
    let platform = Client::pinned("instant_refused");
    let account = seller(&platform, 10_000);
    let bank = platform
        .get(&format!("/v1/accounts/{account}/external_accounts?object=bank_account"))
        .ok()["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let unsupported = add_card(&platform, &account, "tok_visa_debit_us_instantPayoutUnsupported");
    assert_eq!(unsupported["available_payout_methods"], json!(["standard"]));
    let card = add_card(&platform, &account, "tok_mastercard_debit");
    let seller = platform.acting_as(&account);
    let before = seller.balance("usd");
    for destination in [bank.as_str(), unsupported["id"].as_str().unwrap()] {
        let refused = seller.post(
            "/v1/payouts",
            &format!("amount=1000&currency=usd&method=instant&destination={destination}"),
        );
        check_error(
            &refused,
            400,
            "invalid_request_error",
            Some("instant_payouts_unsupported"),
            Some("destination"),
        );
    }
    // The default usd external account is the bank account: not eligible either.
    let default = seller.post("/v1/payouts", "amount=1000&currency=usd&method=instant");
    assert_eq!(default.json["error"]["code"], "instant_payouts_unsupported");
    // The amount and its fee must both be available: 9,900 + 149 > 10,000.
    let too_much = seller.post(
        "/v1/payouts",
        &format!(
            "amount=9900&currency=usd&method=instant&destination={}",
            card["id"].as_str().unwrap()
        ),
    );
    check_error(
        &too_much,
        400,
        "invalid_request_error",
        Some("balance_insufficient"),
        None,
    );
    let bad_method = seller.post("/v1/payouts", "amount=100&currency=usd&method=faster");
    check_error(&bad_method, 400, "invalid_request_error", None, Some("method"));
    assert_eq!(seller.balance("usd"), before);
    assert_eq!(seller.get("/v1/payouts").ok()["data"], json!([]));
}

#[test]
fn a_failing_card_returns_the_amount_and_the_fee() {
    let platform = Client::pinned("instant_fails");
    let account = seller(&platform, 10_000);
    let card = add_card(&platform, &account, "tok_visa_debit_us_transferFail");
    let seller = platform.acting_as(&account);
    let payout = seller
        .post(
            "/v1/payouts",
            &format!(
                "amount=2000&currency=usd&method=instant&destination={}",
                card["id"].as_str().unwrap()
            ),
        )
        .ok();
    let cancel = seller.post(&format!("/v1/payouts/{}/cancel", payout["id"].as_str().unwrap()), "");
    check_error(&cancel, 400, "invalid_request_error", None, None);
    assert_eq!(seller.balance("usd").0, 10_000 - 2_050);
    platform.post("/_sim/clock/advance", "seconds=60").ok();
    let failed = seller
        .get(&format!("/v1/payouts/{}", payout["id"].as_str().unwrap()))
        .ok();
    assert_eq!(
        (&failed["status"], &failed["failure_code"]),
        (&json!("failed"), &json!("could_not_process"))
    );
    assert_eq!(seller.balance("usd").0, 10_000);
    platform.get("/_sim/audit").ok();
}
