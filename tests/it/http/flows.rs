//! The two documented flows and the Stripe-managed debit, with the source pages' curl bodies
//! verbatim (placeholders filled in), and the balances they move.

use super::*;

#[test]
fn seed_001_charging_a_connected_account() {
    // curl https://api.stripe.com/v1/charges -u "sk_test_…:" -d amount=1500 -d currency=usd
    //   -d source={{CONNECTED_ACCOUNT_ID}}
    let platform = Client::fresh("seed_charge");
    let connected = platform.acting_as(EXPRESS_US);
    let (platform_before, connected_before) = (platform.balance("usd"), connected.balance("usd"));

    let payment = platform
        .post("/v1/charges", &format!("amount=1500&currency=usd&source={EXPRESS_US}"))
        .ok();

    // "returns the Payment created on the platform account (note: it does not return a Charge)"
    assert!(payment["id"].as_str().unwrap().starts_with("py_"), "{payment}");
    assert_eq!(payment["object"], "charge");
    assert_eq!(payment["source"]["object"], "account");
    assert_eq!(payment["source"]["id"], EXPRESS_US);
    assert_eq!(payment["payment_method_details"]["type"], "stripe_account");
    assert_eq!(
        payment["payment_method_details"]["stripe_account"],
        serde_json::json!({})
    );
    assert_eq!(
        (payment["status"].as_str(), payment["paid"].as_bool()),
        (Some("succeeded"), Some(true))
    );
    let transfer = payment["source_transfer"].as_str().unwrap();
    assert!(transfer.starts_with("tr_"));

    assert_eq!(platform.balance("usd").0 - platform_before.0, 1500);
    assert_eq!(connected_before.0 - connected.balance("usd").0, 1500);
    // The transfer lives on the connected account, pointing back at the payment.
    let transfer = connected.get(&format!("/v1/transfers/{transfer}")).ok();
    assert_eq!(
        (transfer["destination"].as_str(), transfer["amount"].as_i64()),
        (Some(PLATFORM), Some(1500))
    );
    assert_eq!(transfer["destination_payment"], payment["id"]);
    // The platform's balance transaction: a payment, no fee, available at once.
    let txn = platform
        .get(&format!(
            "/v1/balance_transactions/{}",
            payment["balance_transaction"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (
            txn["type"].as_str(),
            txn["amount"].as_i64(),
            txn["fee"].as_i64(),
            txn["status"].as_str()
        ),
        (Some("payment"), Some(1500), Some(0), Some("available"))
    );
}

#[test]
fn seed_001_transferring_from_a_connected_account() {
    // curl https://api.stripe.com/v1/transfers -u "sk_test_…:" -H "Stripe-Account: {{CONNECTED_ACCOUNT_ID}}"
    //   -d amount=1500 -d currency=usd -d destination={{PLATFORM_STRIPE_ACCOUNT_ID}}
    let platform = Client::fresh("seed_transfer");
    let connected = platform.acting_as(EXPRESS_US);
    let (platform_before, connected_before) = (platform.balance("usd"), connected.balance("usd"));

    let transfer = connected
        .post(
            "/v1/transfers",
            &format!("amount=1500&currency=usd&destination={PLATFORM}"),
        )
        .ok();

    // "This API call returns the Transfer created on the connected account."
    assert!(transfer["id"].as_str().unwrap().starts_with("tr_"));
    assert_eq!(transfer["destination"], PLATFORM);
    let payment = transfer["destination_payment"].as_str().unwrap();
    assert!(payment.starts_with("py_"));
    assert_eq!(
        platform.get(&format!("/v1/charges/{payment}")).ok()["source_transfer"],
        transfer["id"]
    );
    assert_eq!(platform.balance("usd").0 - platform_before.0, 1500);
    assert_eq!(connected_before.0 - connected.balance("usd").0, 1500);
    let txn = connected
        .get(&format!(
            "/v1/balance_transactions/{}",
            transfer["balance_transaction"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (txn["type"].as_str(), txn["amount"].as_i64()),
        (Some("transfer"), Some(-1500))
    );
}

#[test]
fn seed_retrieving_the_platform_account() {
    // curl https://api.stripe.com/v1/accounts/{{CONNECTED_ACCOUNT_ID}} -u "sk_test_…:"
    let platform = Client::fresh("seed_account");
    let account = platform.get(&format!("/v1/accounts/{EXPRESS_US}")).ok();
    assert_eq!(
        (account["id"].as_str(), account["object"].as_str()),
        (Some(EXPRESS_US), Some("account"))
    );
    assert_eq!(account["controller"]["losses"]["payments"], "application");
    // The platform's own id, as a client finds it for flow B (debit-rules §8).
    assert_eq!(platform.get("/v1/account").ok()["id"], PLATFORM);
    assert_eq!(platform.get(&format!("/v1/accounts/{PLATFORM}")).ok()["id"], PLATFORM);
    assert_eq!(platform.acting_as(EXPRESS_US).get("/v1/account").ok()["id"], EXPRESS_US);
}

/// The standard account's own charge and payout, the objects a managed-risk debit references.
fn standard_references(platform: &Client) -> (String, String) {
    let standard = platform.acting_as(STANDARD_US);
    let charge = standard.get("/v1/charges?limit=1").ok()["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let payout = standard.get("/v1/payouts?limit=1").ok()["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        charge.starts_with("ch_") && payout.starts_with("po_"),
        "{charge} {payout}"
    );
    (charge, payout)
}

#[test]
fn seed_000_stripe_managed_debits_with_the_pages_curl_bodies() {
    // curl https://api.stripe.com/v1/transfers -u "sk_test_…:" -d amount=500 -d currency=usd
    //   -d destination={{PLATFORM_STRIPE_ACCOUNT_ID}} -d "reference_transaction[type]"=charge
    //   -d "reference_transaction[charge]"={{REFERENCE_TRANSACTION_ID}}
    // (The page's curl has no Stripe-Account header: the reference names the debited account.)
    let platform = Client::fresh("seed_managed");
    let standard = platform.acting_as(STANDARD_US);
    let (charge, payout) = standard_references(&platform);
    let before = standard.balance("usd").0;

    for (kind, id) in [("charge", &charge), ("payout", &payout)] {
        let body = format!(
            "amount=500&currency=usd&destination={PLATFORM}&reference_transaction[type]={kind}&reference_transaction[{kind}]={id}"
        );
        let transfer = platform.post("/v1/transfers", &body).ok();
        assert!(transfer["id"].as_str().unwrap().starts_with("tr_"));
        assert_eq!(transfer["destination"], PLATFORM);
        assert!(transfer["destination_payment"].as_str().unwrap().starts_with("py_"));
        // "Both … return the Transfer created on the connected account."
        assert_eq!(
            standard
                .get(&format!("/v1/transfers/{}", transfer["id"].as_str().unwrap()))
                .ok()["id"],
            transfer["id"]
        );
    }
    assert_eq!(before - standard.balance("usd").0, 1000);

    // With the header, as the page's text says, the same request works too; percent-encoded
    // brackets are the same parameter.
    let body = format!(
        "amount=500&currency=usd&destination={PLATFORM}&reference_transaction%5Btype%5D=charge&reference_transaction%5Bcharge%5D={charge}"
    );
    standard.post("/v1/transfers", &body).ok();
    assert_eq!(before - standard.balance("usd").0, 1500);
}

#[test]
fn a_debit_below_zero_moves_the_platform_reserve() {
    let platform = Client::fresh("reserve");
    let express = platform.acting_as(EXPRESS_US);
    let available = express.balance("usd").0;
    let (_, _, reserved_before) = platform.balance("usd");
    platform
        .post(
            "/v1/charges",
            &format!("amount={}&currency=usd&source={EXPRESS_US}", available + 700),
        )
        .ok();
    assert_eq!(express.balance("usd").0, -700);
    assert_eq!(platform.balance("usd").2 - reserved_before, 700);
    let newest = platform.get("/v1/balance_transactions?limit=1").ok();
    assert_eq!(newest["data"][0]["type"], "reserve_transaction");
    assert_eq!(newest["data"][0]["amount"], -700);
    assert!(newest["data"][0]["source"].is_null());
}

#[test]
fn the_clock_makes_funds_available_and_reset_restores_the_fixtures() {
    let platform = Client::fresh("clock");
    let before = platform.balance("usd");
    let charge = platform
        .post("/v1/charges", "amount=10000&currency=usd&source=tok_visa")
        .ok();
    let net = 10_000 - 320;
    assert_eq!(platform.balance("usd").1 - before.1, net);
    let clock = platform.get("/_sim/clock").ok();
    let now = clock["now"].as_i64().unwrap();

    let advanced = platform.post("/_sim/clock/advance", "days=2").ok();
    assert!(advanced["now"].as_i64().unwrap() >= now + 2 * 86_400);
    assert_eq!(platform.balance("usd").0 - before.0, net + before.1);
    let events = platform.get("/v1/events?type=balance.available").ok();
    assert!(!events["data"].as_array().unwrap().is_empty(), "{events}");
    let txn = platform
        .get(&format!(
            "/v1/balance_transactions/{}",
            charge["balance_transaction"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(txn["status"], "available");

    platform.post("/_sim/reset", "").ok();
    assert_eq!(platform.balance("usd"), before);
    super::check_error(
        &platform.get(&format!("/v1/charges/{}", charge["id"].as_str().unwrap())),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

#[test]
fn accounts_created_over_the_api_can_be_funded_and_debited() {
    let platform = Client::fresh("create_account");
    let account = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&capabilities[transfers][requested]=true&capabilities[card_payments][requested]=true\
             &external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd\
             &external_account[account_number]=000123456789&external_account[routing_number]=110000000\
             &settings[payouts][debit_negative_balances]=true&metadata[team]=billing&business_type=individual\
             &individual[first_name]=Jenny&tos_acceptance[date]=1700000000&tos_acceptance[ip]=127.0.0.1",
        )
        .ok();
    let id = account["id"].as_str().unwrap();
    assert_eq!(account["type"], "custom");
    assert_eq!(account["controller"]["requirement_collection"], "application");
    assert_eq!(account["settings"]["payouts"]["debit_negative_balances"], true);
    assert_eq!(account["metadata"]["team"], "billing");
    assert_eq!(account["external_accounts"]["data"][0]["last4"], "6789");
    assert_eq!(account["tos_acceptance"]["ip"], "127.0.0.1");

    platform
        .post("/v1/transfers", &format!("amount=2000&currency=usd&destination={id}"))
        .ok();
    let connected = platform.acting_as(id);
    assert_eq!(connected.balance("usd").0, 2000);
    connected
        .post(
            "/v1/transfers",
            &format!("amount=2500&currency=usd&destination={PLATFORM}"),
        )
        .ok();
    assert_eq!(connected.balance("usd").0, -500);
    let listed = platform.get("/v1/accounts?limit=1").ok();
    assert_eq!(listed["data"][0]["id"], id);
}
