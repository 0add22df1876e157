//! Money across currencies over HTTP (docs/behaviour.md, "Money across currencies"): a
//! transfer, a destination charge or PaymentIntent to an account that settles in another
//! currency lands converted at debitsim's table, with `exchange_rate` on the converted balance
//! transactions; reversals and fee refunds go back converted; account debits stay refused
//! across currencies; a pair the table lacks is refused, changing nothing.

use super::*;

/// The balance transaction `id` names, as the account that owns it sees it.
fn txn(client: &Client, id: &str) -> Value {
    client.get(&format!("/v1/balance_transactions/{id}")).ok()
}

/// A Custom account of `country`, onboarded, with a bank account of its own currency.
fn custom(platform: &Client, country: &str) -> String {
    platform
        .post(
            "/v1/accounts",
            &format!(
                "type=custom&country={country}&capabilities[transfers][requested]=true&external_account=btok_{}",
                country.to_lowercase()
            ),
        )
        .ok()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_usd_transfer_to_a_gbp_account_lands_in_gbp_and_reverses_exactly() {
    let platform = Client::fresh("fx_transfer");
    platform
        .post("/v1/charges", "amount=100000&currency=usd&source=tok_bypassPending")
        .ok();
    let gb = platform.acting_as(EXPRESS_GB);
    let (usd_before, gbp_before) = (platform.balance("usd"), gb.balance("gbp"));
    let transfer = platform
        .post(
            "/v1/transfers",
            &format!("amount=1001&currency=usd&destination={EXPRESS_GB}"),
        )
        .ok();
    // The transfer is in the currency it was sent in, and shows no rate on the platform.
    assert_eq!(
        (transfer["amount"].as_i64(), transfer["currency"].as_str()),
        (Some(1001), Some("usd"))
    );
    let sent = txn(&platform, transfer["balance_transaction"].as_str().unwrap());
    assert_eq!(sent["amount"], -1001);
    assert!(sent["exchange_rate"].is_null());
    // The payment is what arrived: $10.01 × 0.8 = £8.008, to the penny £8.01.
    let payment = gb
        .get(&format!(
            "/v1/charges/{}",
            transfer["destination_payment"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (payment["amount"].as_i64(), payment["currency"].as_str()),
        (Some(801), Some("gbp"))
    );
    let received = txn(&gb, payment["balance_transaction"].as_str().unwrap());
    assert_eq!(
        (&received["amount"], &received["currency"], &received["exchange_rate"]),
        (&Value::from(801), &Value::from("gbp"), &serde_json::json!(0.8))
    );
    assert_eq!(platform.balance("usd").0, usd_before.0 - 1001);
    assert_eq!(gb.balance("gbp").0, gbp_before.0 + 801);
    assert_eq!(gb.balance("usd"), (0, 0, 0), "nothing is kept in usd");
    // Reversed in two parts, the steps add up to what arrived: 4.00 → £3.20, then the
    // rest, 6.01 → £4.81 (8.01 − 3.20), and every cent is back where it was.
    let path = format!("/v1/transfers/{}/reversals", transfer["id"].as_str().unwrap());
    let first = platform.post(&path, "amount=400").ok();
    let taken = gb.get("/v1/balance_transactions?type=payment_refund&limit=1").ok();
    assert_eq!(taken["data"][0]["amount"], -320);
    assert_eq!(taken["data"][0]["exchange_rate"], serde_json::json!(0.8));
    assert_eq!(first["amount"], 400);
    platform.post(&path, "").ok();
    assert_eq!(platform.balance("usd"), usd_before);
    assert_eq!(gb.balance("gbp"), gbp_before);
    let payment = gb
        .get(&format!(
            "/v1/charges/{}",
            transfer["destination_payment"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(payment["amount_refunded"], 801);
    platform.get("/_sim/audit").ok();
}

#[test]
fn a_usd_ride_paid_to_a_german_driver_converts_the_payment_and_its_fee() {
    let platform = Client::fresh("fx_ride");
    let driver = custom(&platform, "DE");
    let de = platform.acting_as(&driver);
    // A $25.00 ride, the platform keeping $5.00.
    let intent = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=2500&currency=usd&payment_method=pm_card_bypassPending&confirm=true&application_fee_amount=500&transfer_data[destination]={driver}"
            ),
        )
        .ok();
    assert_eq!(intent["status"], "succeeded");
    let charge = platform
        .get(&format!(
            "/v1/charges/{}?expand[]=transfer",
            intent["latest_charge"].as_str().unwrap()
        ))
        .ok();
    let transfer = &charge["transfer"];
    assert_eq!(
        (transfer["amount"].as_i64(), transfer["currency"].as_str()),
        (Some(2500), Some("usd"))
    );
    // €23.00 arrives (2500 × 0.92), less the fee converted (500 × 0.92 = €4.60): €18.40.
    let payment = de
        .get(&format!(
            "/v1/charges/{}",
            transfer["destination_payment"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (payment["amount"].as_i64(), payment["currency"].as_str()),
        (Some(2300), Some("eur"))
    );
    let received = txn(&de, payment["balance_transaction"].as_str().unwrap());
    assert_eq!(
        (&received["amount"], &received["fee"], &received["net"]),
        (&Value::from(2300), &Value::from(460), &Value::from(1840))
    );
    assert_eq!(received["exchange_rate"], serde_json::json!(0.92));
    assert_eq!(de.balance("eur").0, 1840);
    // The platform: the charge's net (2500 − 103), the transfer out, the fee in, all in usd.
    let fee = platform
        .get(&format!(
            "/v1/application_fees/{}",
            charge["application_fee"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(
        (fee["amount"].as_i64(), fee["currency"].as_str()),
        (Some(500), Some("usd"))
    );
    // A full refund that reverses the transfer and returns the fee leaves the driver at zero.
    platform
        .post(
            "/v1/refunds",
            &format!(
                "payment_intent={}&reverse_transfer=true&refund_application_fee=true",
                intent["id"].as_str().unwrap()
            ),
        )
        .ok();
    assert_eq!(de.balance("eur"), (0, 0, 0));
    platform.get("/_sim/audit").ok();
}

#[test]
fn zero_decimal_currencies_convert_by_their_own_minor_unit() {
    let platform = Client::fresh("fx_jpy");
    platform
        .post("/v1/charges", "amount=100000&currency=usd&source=tok_bypassPending")
        .ok();
    let jp = custom(&platform, "JP");
    // $12.34 × 150 = ¥1,851.
    platform
        .post("/v1/transfers", &format!("amount=1234&currency=usd&destination={jp}"))
        .ok();
    assert_eq!(platform.acting_as(&jp).balance("jpy").0, 1851);
}

#[test]
fn a_destination_that_holds_the_currency_keeps_it_and_debits_stay_in_the_default_currency() {
    let platform = Client::fresh("fx_keep");
    platform
        .post("/v1/charges", "amount=100000&currency=usd&source=tok_bypassPending")
        .ok();
    // Custom accounts take bank accounts from the platform; this one gets a usd one.
    let custom_gb = custom(&platform, "GB");
    platform
        .post(
            &format!("/v1/accounts/{custom_gb}/external_accounts"),
            "external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd&external_account[account_number]=000123456789&external_account[routing_number]=110000000",
        )
        .ok();
    platform
        .post(
            "/v1/transfers",
            &format!("amount=700&currency=usd&destination={custom_gb}"),
        )
        .ok();
    assert_eq!(platform.acting_as(&custom_gb).balance("usd").0, 700);
    // The seed's rule (§7 row 14): a debit is in the debited account's default currency,
    // never converted.
    let reply = platform.acting_as(EXPRESS_US).post(
        "/v1/transfers",
        &format!("amount=100&currency=eur&destination={PLATFORM}"),
    );
    check_error(&reply, 400, "invalid_request_error", None, Some("currency"));
}

#[test]
fn a_pair_the_table_lacks_is_refused_naming_debitsim_and_changes_nothing() {
    let platform = Client::fresh("fx_missing");
    platform
        .post("/v1/charges", "amount=100000&currency=usd&source=tok_bypassPending")
        .ok();
    // Thailand's baht is not in debitsim's table.
    let th = custom(&platform, "TH");
    let before = platform.balance("usd");
    for (path, body) in [
        ("/v1/transfers", format!("amount=1000&currency=usd&destination={th}")),
        (
            "/v1/charges",
            format!("amount=1000&currency=usd&source=tok_visa&transfer_data[destination]={th}"),
        ),
    ] {
        let reply = platform.post(path, &body);
        check_error(&reply, 400, "invalid_request_error", None, Some("currency"));
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("debitsim has no exchange rate from usd to thb"),
            "{message}"
        );
    }
    assert_eq!(platform.balance("usd"), before);
    assert_eq!(platform.acting_as(&th).balance("thb"), (0, 0, 0));
}
