//! Money in over HTTP (docs/behaviour.md §10–§14): docs/examples.md's paths as curl sends them —
//! a destination PaymentIntent with a fee, a direct one, a manual capture, a refund with
//! `reverse_transfer` and `refund_application_fee`, disputes won and lost — with the
//! balances they move and Stripe's errors for what is refused.

use serde_json::Value;

use super::*;

/// 2.9 % + 30, half-up (§3).
fn fee(amount: i64) -> i64 {
    (amount * 29 + 500) / 1000 + 30
}

fn ids(list: &Value) -> Vec<String> {
    list["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_destination_payment_intent_with_a_fee() {
    let platform = Client::pinned("money_destination");
    let express = platform.acting_as(EXPRESS_US);
    let (p0, e0) = (platform.balance("usd"), express.balance("usd"));
    let pi = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=10000&currency=usd&payment_method=pm_card_visa&confirm=true\
                 &transfer_data[destination]={EXPRESS_US}&application_fee_amount=1230&expand[]=latest_charge"
            ),
        )
        .ok();
    assert!(pi["id"].as_str().unwrap().starts_with("pi_"), "{pi}");
    assert_eq!(
        (pi["status"].as_str(), pi["amount_received"].as_i64()),
        (Some("succeeded"), Some(10_000))
    );
    assert_eq!(pi["capture_method"], "automatic_async");
    assert!(
        pi["client_secret"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{}_secret_", pi["id"].as_str().unwrap()))
    );
    assert!(pi["payment_method"].as_str().unwrap().starts_with("pm_"));
    let charge = &pi["latest_charge"];
    assert_eq!(charge["payment_intent"], pi["id"]);
    assert_eq!(charge["application_fee_amount"], 1230);
    let fee_id = charge["application_fee"].as_str().unwrap();
    assert!(fee_id.starts_with("fee_"));
    let (p1, e1) = (platform.balance("usd"), express.balance("usd"));
    assert_eq!(p1.1 - p0.1, 10_000 - fee(10_000) - 10_000 + 1230);
    assert_eq!(e1.1 - e0.1, 10_000 - 1230);

    let app_fee = platform
        .get(&format!("/v1/application_fees/{fee_id}?expand[]=balance_transaction"))
        .ok();
    assert_eq!(
        (app_fee["account"].as_str(), app_fee["amount"].as_i64()),
        (Some(EXPRESS_US), Some(1230))
    );
    assert_eq!(app_fee["originating_transaction"], charge["id"]);
    assert!(app_fee["application"].as_str().unwrap().starts_with("ca_"));
    assert_eq!(app_fee["balance_transaction"]["type"], "application_fee");
    assert_eq!(app_fee["balance_transaction"]["reporting_category"], "platform_earning");
    // The connected account does not see the platform's fees.
    check_error(
        &express.get(&format!("/v1/application_fees/{fee_id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    // The destination's payment carries the fee as its fee.
    let payment = app_fee["charge"].as_str().unwrap();
    let payment = express
        .get(&format!("/v1/charges/{payment}?expand[]=balance_transaction"))
        .ok();
    let txn = &payment["balance_transaction"];
    assert_eq!(
        (txn["amount"].as_i64(), txn["fee"].as_i64()),
        (Some(10_000), Some(1230))
    );
    assert_eq!(txn["fee_details"][0]["type"], "application_fee");
    assert_eq!(
        &recent_event_types(&platform, 5),
        &[
            "payment_intent.created",
            "charge.succeeded",
            "transfer.created",
            "application_fee.created",
            "payment_intent.succeeded"
        ]
    );
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn a_direct_payment_intent_with_a_fee() {
    let platform = Client::pinned("money_direct");
    let express = platform.acting_as(EXPRESS_US);
    let (p0, e0) = (platform.balance("usd"), express.balance("usd"));
    let pi = express
        .post(
            "/v1/payment_intents",
            "amount=5000&currency=usd&payment_method=pm_card_bypassPending&confirm=true&application_fee_amount=400",
        )
        .ok();
    assert!(pi["application"].as_str().unwrap().starts_with("ca_"));
    assert_eq!(express.balance("usd").0 - e0.0, 5000 - fee(5000) - 400);
    assert_eq!(platform.balance("usd").0 - p0.0, 400);
    // The PaymentIntent is the connected account's: the platform's key alone finds none.
    let id = pi["id"].as_str().unwrap();
    check_error(
        &platform.get(&format!("/v1/payment_intents/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    let charge = express
        .get(&format!(
            "/v1/charges/{}?expand[]=balance_transaction",
            pi["latest_charge"].as_str().unwrap()
        ))
        .ok();
    let details: Vec<(String, i64)> = charge["balance_transaction"]["fee_details"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["type"].as_str().unwrap().to_owned(), d["amount"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        details,
        [
            ("application_fee".to_owned(), 400),
            ("stripe_fee".to_owned(), fee(5000))
        ]
    );
    // A fee on the platform's own payment, with no destination, is refused.
    check_error(
        &platform.post(
            "/v1/payment_intents",
            "amount=5000&currency=usd&payment_method=pm_card_visa&application_fee_amount=10",
        ),
        400,
        "invalid_request_error",
        None,
        Some("application_fee_amount"),
    );
}

#[test]
fn a_manual_capture_in_part() {
    let platform = Client::pinned("money_manual");
    let p0 = platform.balance("usd");
    let pi = platform
        .post(
            "/v1/payment_intents",
            "amount=6000&currency=usd&payment_method=pm_card_bypassPending&confirm=true&capture_method=manual",
        )
        .ok();
    assert_eq!(
        (pi["status"].as_str(), pi["amount_capturable"].as_i64()),
        (Some("requires_capture"), Some(6000))
    );
    assert_eq!(platform.balance("usd"), p0, "an authorisation moves nothing");
    let id = pi["id"].as_str().unwrap();
    check_error(
        &platform.post(&format!("/v1/payment_intents/{id}/capture"), "amount_to_capture=6001"),
        400,
        "invalid_request_error",
        Some("amount_too_large"),
        Some("amount_to_capture"),
    );
    let captured = platform
        .post(
            &format!("/v1/payment_intents/{id}/capture"),
            "amount_to_capture=4000&expand[]=latest_charge",
        )
        .ok();
    assert_eq!(
        (captured["status"].as_str(), captured["amount_received"].as_i64()),
        (Some("succeeded"), Some(4000))
    );
    let charge = &captured["latest_charge"];
    assert_eq!(
        (
            charge["captured"].as_bool(),
            charge["amount_captured"].as_i64(),
            charge["amount_refunded"].as_i64()
        ),
        (Some(true), Some(4000), Some(2000))
    );
    assert_eq!(platform.balance("usd").0 - p0.0, 4000 - fee(4000));
    check_error(
        &platform.post(&format!("/v1/payment_intents/{id}/capture"), ""),
        400,
        "invalid_request_error",
        Some("payment_intent_unexpected_state"),
        None,
    );
}

#[test]
fn a_refund_with_reverse_transfer_and_refund_application_fee() {
    let platform = Client::pinned("money_refund");
    let express = platform.acting_as(EXPRESS_US);
    let pi = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=10000&currency=usd&payment_method=pm_card_bypassPending&confirm=true\
                 &transfer_data[destination]={EXPRESS_US}&application_fee_amount=1000"
            ),
        )
        .ok();
    let (p0, e0) = (platform.balance("usd"), express.balance("usd"));
    let refund = platform
        .post(
            "/v1/refunds",
            &format!(
                "payment_intent={}&amount=4000&reverse_transfer=true&refund_application_fee=true",
                pi["id"].as_str().unwrap()
            ),
        )
        .ok();
    assert_eq!(refund["payment_intent"], pi["id"]);
    assert!(refund["transfer_reversal"].as_str().unwrap().starts_with("trr_"));
    // The card holder gets 4,000; the destination returns 4,000 of its transfer and gets
    // back 400 of the fee it paid.
    assert_eq!(platform.balance("usd").0 - p0.0, -4000 + 4000 - 400);
    assert_eq!(express.balance("usd").0 - e0.0, -4000 + 400);
    let charge = platform
        .get(&format!("/v1/charges/{}", pi["latest_charge"].as_str().unwrap()))
        .ok();
    let fee_id = charge["application_fee"].as_str().unwrap();
    let app_fee = platform.get(&format!("/v1/application_fees/{fee_id}")).ok();
    assert_eq!(
        (app_fee["amount_refunded"].as_i64(), app_fee["refunded"].as_bool()),
        (Some(400), Some(false))
    );
    assert_eq!(app_fee["refunds"]["data"][0]["amount"], 400);
    assert_eq!(app_fee["refunds"]["data"][0]["object"], "fee_refund");

    // The rest of the fee, by the API; then nothing is left.
    let fee_refund = platform
        .post(
            &format!("/v1/application_fees/{fee_id}/refunds"),
            "metadata[why]=goodwill",
        )
        .ok();
    assert_eq!(
        (fee_refund["amount"].as_i64(), fee_refund["fee"].as_str()),
        (Some(600), Some(fee_id))
    );
    check_error(
        &platform.post(&format!("/v1/application_fees/{fee_id}/refunds"), "amount=1"),
        400,
        "invalid_request_error",
        None,
        None,
    );
    let refunds = platform.get(&format!("/v1/application_fees/{fee_id}/refunds")).ok();
    assert_eq!(ids(&refunds).len(), 2);
    let updated = platform
        .post(
            &format!(
                "/v1/application_fees/{fee_id}/refunds/{}",
                fee_refund["id"].as_str().unwrap()
            ),
            "metadata[case]=7",
        )
        .ok();
    assert_eq!(updated["metadata"]["case"], "7");
    assert_eq!(recent_event_types(&platform, 1), ["application_fee.refund.updated"]);
    let listed = platform
        .get(&format!(
            "/v1/application_fees?charge={}",
            pi["latest_charge"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(ids(&listed), [fee_id]);
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn a_dispute_won_and_a_dispute_lost() {
    let platform = Client::pinned("money_disputes");
    let express = platform.acting_as(EXPRESS_US);
    let p0 = platform.balance("usd");
    // Won: a destination charge's dispute is the platform's.
    let won = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=5000&currency=usd&payment_method=pm_card_createDispute&confirm=true\
                 &transfer_data[destination]={EXPRESS_US}&expand[]=latest_charge"
            ),
        )
        .ok();
    assert_eq!(won["latest_charge"]["disputed"], true);
    assert_eq!(platform.balance("usd").0 - p0.0, -6500);
    let disputes = platform
        .get(&format!("/v1/disputes?payment_intent={}", won["id"].as_str().unwrap()))
        .ok();
    let dispute = &disputes["data"][0];
    assert_eq!(
        (
            dispute["status"].as_str(),
            dispute["amount"].as_i64(),
            dispute["reason"].as_str()
        ),
        (Some("needs_response"), Some(5000), Some("fraudulent"))
    );
    let withdrawal = &dispute["balance_transactions"][0];
    assert_eq!(
        (
            withdrawal["type"].as_str(),
            withdrawal["amount"].as_i64(),
            withdrawal["fee"].as_i64()
        ),
        (Some("adjustment"), Some(-5000), Some(1500))
    );
    let id = dispute["id"].as_str().unwrap();
    let submitted = platform
        .post(
            &format!("/v1/disputes/{id}"),
            "evidence[uncategorized_text]=winning_evidence&evidence[customer_name]=Jenny&metadata[ticket]=9",
        )
        .ok();
    assert_eq!(submitted["status"], "under_review");
    assert_eq!(submitted["evidence"]["customer_name"], "Jenny");
    assert_eq!(submitted["evidence_details"]["submission_count"], 1);
    // The outcome is applied the next time the clock moves.
    let advanced = platform.post("/_sim/clock/advance", "seconds=1").ok();
    assert_eq!(advanced["events"].as_array().unwrap().len(), 2, "{advanced}");
    let dispute = platform.get(&format!("/v1/disputes/{id}")).ok();
    assert_eq!(dispute["status"], "won");
    assert_eq!(
        dispute["balance_transactions"][1]["reporting_category"],
        "dispute_reversal"
    );
    assert_eq!(platform.balance("usd").0, p0.0);

    // Lost: a direct charge on a platform-managed account, closed; its balance goes below
    // zero and the platform's reserve holds the shortfall.
    let e0 = express.balance("usd");
    express
        .post(
            "/v1/payment_intents",
            &format!(
                "amount={}&currency=usd&payment_method=pm_card_createDispute&confirm=true",
                e0.0 + 1000
            ),
        )
        .ok();
    assert_eq!(express.balance("usd").0, -2500);
    assert_eq!(platform.balance("usd").2, 2500);
    let dispute = express.get("/v1/disputes?limit=1").ok()["data"][0].clone();
    let closed = express
        .post(&format!("/v1/disputes/{}/close", dispute["id"].as_str().unwrap()), "")
        .ok();
    assert_eq!(closed["status"], "lost");
    check_error(
        &express.post(
            &format!("/v1/disputes/{}", dispute["id"].as_str().unwrap()),
            "evidence[uncategorized_text]=winning_evidence",
        ),
        400,
        "invalid_request_error",
        None,
        None,
    );
    check_error(
        &express.post(
            "/v1/refunds",
            &format!("charge={}", dispute["charge"].as_str().unwrap()),
        ),
        400,
        "invalid_request_error",
        Some("charge_disputed"),
        Some("charge"),
    );
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn a_decline_is_a_card_error_carrying_the_payment_intent() {
    let platform = Client::pinned("money_decline");
    let reply = platform.post(
        "/v1/payment_intents",
        "amount=2000&currency=usd&payment_method=pm_card_chargeDeclinedIncorrectCvc&confirm=true",
    );
    check_error(&reply, 402, "card_error", Some("incorrect_cvc"), Some("cvc"));
    let error = &reply.json["error"];
    assert_eq!(error["decline_code"], "incorrect_cvc");
    assert!(error["charge"].as_str().unwrap().starts_with("ch_"));
    let intent = &error["payment_intent"];
    assert_eq!(intent["status"], "requires_payment_method");
    assert_eq!(intent["last_payment_error"]["code"], "incorrect_cvc");
    assert_eq!(error["payment_method"]["card"]["last4"], "0127");
    // The same decline with the same key again replays the stored answer.
    let retried = platform.idempotent("decline-1");
    let first = retried.post(
        "/v1/payment_intents",
        "amount=2000&currency=usd&payment_method=pm_card_chargeDeclined&confirm=true",
    );
    let again = retried.post(
        "/v1/payment_intents",
        "amount=2000&currency=usd&payment_method=pm_card_chargeDeclined&confirm=true",
    );
    assert_eq!((first.status, again.status), (402, 402));
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(first.json, again.json);
    // Confirmed again with a good card, it succeeds.
    let id = intent["id"].as_str().unwrap();
    let done = platform
        .post(
            &format!("/v1/payment_intents/{id}/confirm"),
            "payment_method=pm_card_visa",
        )
        .ok();
    assert_eq!(
        (done["status"].as_str(), done["last_payment_error"].is_null()),
        (Some("succeeded"), true)
    );
}

#[test]
fn a_client_secret_must_be_the_intents_and_3d_secure_stops_at_requires_action() {
    let platform = Client::pinned("money_secret");
    let pi = platform
        .post(
            "/v1/payment_intents",
            "amount=2000&currency=usd&payment_method=pm_card_authenticationRequired&confirm=true&return_url=https://example.com/back",
        )
        .ok();
    assert_eq!(pi["status"], "requires_action");
    assert_eq!(pi["next_action"]["type"], "use_stripe_sdk");
    let id = pi["id"].as_str().unwrap();
    let secret = pi["client_secret"].as_str().unwrap();
    platform
        .get(&format!("/v1/payment_intents/{id}?client_secret={secret}"))
        .ok();
    check_error(
        &platform.get(&format!("/v1/payment_intents/{id}?client_secret={id}_secret_wrong")),
        400,
        "invalid_request_error",
        None,
        Some("client_secret"),
    );
    let canceled = platform
        .post(
            &format!("/v1/payment_intents/{id}/cancel"),
            "cancellation_reason=abandoned",
        )
        .ok();
    assert_eq!(
        (canceled["status"].as_str(), canceled["cancellation_reason"].as_str()),
        (Some("canceled"), Some("abandoned"))
    );
    // Parameters Stripe has but debitsim does not model are refused, not dropped.
    let reply = platform.post(
        "/v1/payment_intents",
        "amount=2000&currency=usd&payment_method_configuration=pmc_1Nope",
    );
    check_error(
        &reply,
        400,
        "invalid_request_error",
        None,
        Some("payment_method_configuration"),
    );
    assert!(reply.json["error"]["message"].as_str().unwrap().contains("debitsim"));
}

#[test]
fn customers_are_created_listed_used_and_deleted() {
    let platform = Client::pinned("money_customers");
    let customer = platform
        .post(
            "/v1/customers",
            "email=jenny@example.com&name=Jenny%20Rosen&metadata[plan]=pro",
        )
        .ok();
    let id = customer["id"].as_str().unwrap();
    assert!(id.starts_with("cus_"));
    let updated = platform
        .post(&format!("/v1/customers/{id}"), "phone=%2B15555550100")
        .ok();
    assert_eq!(
        (updated["phone"].as_str(), updated["name"].as_str()),
        (Some("+15555550100"), Some("Jenny Rosen"))
    );
    let charge = platform
        .post(
            "/v1/charges",
            &format!("amount=1500&currency=usd&source=tok_visa&customer={id}"),
        )
        .ok();
    assert_eq!(charge["customer"], id);
    let pi = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=1500&currency=usd&customer={id}&payment_method=pm_card_visa&confirm=true&expand[]=customer"
            ),
        )
        .ok();
    assert_eq!(pi["customer"]["email"], "jenny@example.com");
    assert_eq!(
        ids(&platform.get(&format!("/v1/payment_intents?customer={id}")).ok()),
        [pi["id"].as_str().unwrap()]
    );
    assert_eq!(ids(&platform.get(&format!("/v1/charges?customer={id}")).ok()).len(), 2);
    assert_eq!(ids(&platform.get("/v1/customers?email=jenny@example.com").ok()), [id]);
    let deleted = platform.delete(&format!("/v1/customers/{id}")).ok();
    assert_eq!(
        deleted,
        serde_json::json!({"id": id, "object": "customer", "deleted": true})
    );
    assert_eq!(platform.get(&format!("/v1/customers/{id}")).ok()["deleted"], true);
    assert!(ids(&platform.get("/v1/customers").ok()).is_empty());
    check_error(
        &platform.post(
            "/v1/charges",
            &format!("amount=1500&currency=usd&source=tok_visa&customer={id}"),
        ),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("customer"),
    );
    check_error(
        &platform.delete(&format!("/v1/customers/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    assert_eq!(recent_event_types(&platform, 1), ["customer.deleted"]);
}

#[test]
fn the_charges_api_authorises_and_captures() {
    let platform = Client::pinned("money_capture");
    let express = platform.acting_as(EXPRESS_US);
    let e0 = express.balance("usd");
    let charge = platform
        .post(
            "/v1/charges",
            &format!(
                "amount=3000&currency=usd&source=tok_bypassPending&capture=false\
                 &transfer_data[destination]={EXPRESS_US}&application_fee_amount=300&on_behalf_of={EXPRESS_US}"
            ),
        )
        .ok();
    assert_eq!(
        (charge["captured"].as_bool(), charge["balance_transaction"].is_null()),
        (Some(false), true)
    );
    assert_eq!(charge["on_behalf_of"], EXPRESS_US);
    assert!(charge.get("transfer").is_none(), "no transfer before the capture");
    let id = charge["id"].as_str().unwrap();
    let captured = platform.post(&format!("/v1/charges/{id}/capture"), "amount=2000").ok();
    assert_eq!(
        (
            captured["amount_captured"].as_i64(),
            captured["amount_refunded"].as_i64()
        ),
        (Some(2000), Some(1000))
    );
    assert!(captured["transfer"].as_str().unwrap().starts_with("tr_"));
    assert_eq!(express.balance("usd").0 - e0.0, 2000 - 300);
    check_error(
        &platform.post(&format!("/v1/charges/{id}/capture"), ""),
        400,
        "invalid_request_error",
        Some("charge_already_captured"),
        None,
    );
    // Card-only parameters do not go with a debit.
    check_error(
        &platform.post(
            "/v1/charges",
            &format!("amount=3000&currency=usd&source={EXPRESS_US}&capture=false"),
        ),
        400,
        "invalid_request_error",
        None,
        Some("capture"),
    );
    // The other decline cards, as tokens.
    let declined = platform.post(
        "/v1/charges",
        "amount=3000&currency=usd&source=tok_chargeDeclinedExpiredCard",
    );
    check_error(&declined, 402, "card_error", Some("expired_card"), Some("exp_month"));
    let failed = platform
        .get(&format!(
            "/v1/charges/{}",
            declined.json["error"]["charge"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (failed["failure_code"].as_str(), failed["failure_message"].as_str()),
        (Some("expired_card"), Some("Your card has expired."))
    );
}
