//! API versions: a request's `Stripe-Version` decides the shape of what it gets back where
//! Stripe's breaking changes made a field differ, and which removed parameters it may still
//! send; a request pinning none gets the 2024-04-10 shape.

use super::*;

const ENDIVE: &str = "2026-10-28.endive";

/// A confirmed destination PaymentIntent of a fresh world, and its charge.
fn paid_intent(platform: &Client) -> (String, String) {
    let intent = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true&transfer_data[destination]={EXPRESS_US}"
            ),
        )
        .ok();
    (
        intent["id"].as_str().unwrap().to_owned(),
        intent["latest_charge"].as_str().unwrap().to_owned(),
    )
}

#[test]
fn invoice_is_gone_from_charges_and_payment_intents_since_basil() {
    let platform = Client::fresh("ver_invoice");
    let (intent, charge) = paid_intent(&platform);
    let cases = [
        (None, true),
        (Some("2024-04-10"), true),
        (Some("2025-02-24.acacia"), true),
        (Some("2025-03-31.basil"), false),
        (Some(ENDIVE), false),
    ];
    for (version, has_invoice) in cases {
        let client = match version {
            Some(v) => platform.header("Stripe-Version", v),
            None => platform.header("X-Nothing", "1"),
        };
        for path in [format!("/v1/payment_intents/{intent}"), format!("/v1/charges/{charge}")] {
            let reply = client.get(&path);
            assert_eq!(reply.header("stripe-version"), Some(version.unwrap_or("2024-04-10")));
            let body = reply.ok();
            assert_eq!(
                body.get("invoice").is_some(),
                has_invoice,
                "{path} at {version:?}: {body}"
            );
            if has_invoice {
                assert!(body["invoice"].is_null());
            }
        }
        // Objects inside the answer are rendered for the same version.
        let expanded = client
            .get(&format!("/v1/charges/{charge}?expand[]=payment_intent"))
            .ok();
        assert_eq!(expanded["payment_intent"].get("invoice").is_some(), has_invoice);
    }
}

#[test]
fn events_name_and_follow_the_version_they_are_read_in() {
    let platform = Client::fresh("ver_events");
    paid_intent(&platform);
    let old = platform.get("/v1/events?type=payment_intent.succeeded").ok();
    let event = &old["data"][0];
    assert_eq!(event["api_version"], "2024-04-10");
    assert!(event["data"]["object"].get("invoice").is_some());
    let new = platform
        .header("Stripe-Version", ENDIVE)
        .get(&format!("/v1/events/{}", event["id"].as_str().unwrap()))
        .ok();
    assert_eq!(new["api_version"], ENDIVE);
    assert!(new["data"]["object"].get("invoice").is_none(), "{new}");
}

#[test]
fn a_rejected_accounts_capabilities_show_inactive_since_they_lost_disabled() {
    let platform = Client::fresh("ver_capability");
    platform
        .post(&format!("/v1/accounts/{EXPRESS_US}/reject"), "reason=fraud")
        .ok();
    let path = format!("/v1/accounts/{EXPRESS_US}/capabilities/transfers");
    assert_eq!(platform.get(&path).ok()["status"], "disabled");
    let new = platform.header("Stripe-Version", ENDIVE).get(&path).ok();
    assert_eq!(new["status"], "inactive");
    let just_before = platform.header("Stripe-Version", "2025-06-30.basil").get(&path).ok();
    assert_eq!(just_before["status"], "disabled");
}

#[test]
fn login_links_take_redirect_url_only_from_versions_before_its_removal() {
    let platform = Client::fresh("ver_login");
    let path = format!("/v1/accounts/{EXPRESS_US}/login_links");
    let body = "redirect_url=https%3A%2F%2Fapp.example%2Fback";
    for refused in [None, Some("2022-08-01"), Some(ENDIVE)] {
        let client = match refused {
            Some(v) => platform.header("Stripe-Version", v),
            None => platform.header("X-Nothing", "1"),
        };
        let reply = client.post(&path, body);
        check_error(
            &reply,
            400,
            "invalid_request_error",
            Some("parameter_unknown"),
            Some("redirect_url"),
        );
    }
    let link = platform.header("Stripe-Version", "2022-01-19").post(&path, body).ok();
    assert_eq!(link["object"], "login_link");
    let page = reqwest::blocking::get(link["url"].as_str().unwrap())
        .unwrap()
        .text()
        .unwrap();
    assert!(page.contains("https://app.example/back"), "{page}");
    // Its form is still checked: a hash where a string belongs is refused.
    let nested = platform
        .header("Stripe-Version", "2022-01-19")
        .post(&path, "redirect_url[a]=b");
    check_error(
        &nested,
        400,
        "invalid_request_error",
        Some("parameter_invalid_string"),
        Some("redirect_url"),
    );
}

#[test]
fn a_bad_version_is_refused_and_changes_nothing() {
    let platform = Client::fresh("ver_bad");
    for bad in ["2024-04-10.", "yesterday", "2024-13-01", "2026-10-28.Endive"] {
        let reply = platform
            .header("Stripe-Version", bad)
            .post("/v1/customers", "email=a%40b.example");
        assert_eq!(reply.status, 400, "{bad}: {}", reply.json);
    }
    let customers = platform.get("/v1/customers").ok();
    assert_eq!(customers["data"].as_array().unwrap().len(), 0);
}
