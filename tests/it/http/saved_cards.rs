//! Saved cards, publishable keys and ephemeral keys over HTTP (docs/behaviour.md §19, §20):
//! what each key may call, the client_secret a publishable key needs, an ephemeral key's
//! customer, hour and deletion, card numbers only from a publishable key's client, a
//! SetupIntent's decline as Stripe's card error, card sources, and all of it across a
//! restart.

use super::binary::Running;
use super::persistence::{StateDir, get, post};
use super::*;

/// A client of the same world with another key (`pk_test_…`, `ek_test_…`).
fn with_key(client: &Client, key: &str) -> Client {
    Client {
        key: key.to_owned(),
        ..client.clone()
    }
}

/// The world's publishable key.
fn publishable(client: &Client) -> Client {
    with_key(client, &client.key.replacen("sk_test_", "pk_test_", 1))
}

fn customer(client: &Client) -> String {
    client.post("/v1/customers", "email=jenny@example.com").ok()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// An ephemeral key's secret for `customer`, made as the mobile SDKs ask for one.
fn ephemeral_key(client: &Client, customer: &str) -> Value {
    client
        .header("Stripe-Version", "2024-04-10")
        .post("/v1/ephemeral_keys", &format!("customer={customer}"))
        .ok()
}

const CARD_NUMBER: &str =
    "type=card&card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2034&card[cvc]=123";

#[test]
fn a_publishable_key_does_only_what_stripe_lets_it() {
    let platform = Client::fresh("pk_scope");
    let browser = publishable(&platform);
    let pi = platform.post("/v1/payment_intents", "amount=2500&currency=usd").ok();
    let (id, secret) = (pi["id"].as_str().unwrap(), pi["client_secret"].as_str().unwrap());
    let si = platform.post("/v1/setup_intents", "payment_method_types[]=card").ok();
    let (seti, seti_secret) = (si["id"].as_str().unwrap(), si["client_secret"].as_str().unwrap());
    // Refused with Stripe's 401 everywhere a secret key is needed, before anything else.
    for (method, path) in [
        ("GET", "/v1/balance".to_owned()),
        ("GET", "/v1/charges".to_owned()),
        ("POST", "/v1/charges".to_owned()),
        ("POST", "/v1/payment_intents".to_owned()),
        ("GET", "/v1/payment_intents".to_owned()),
        ("POST", format!("/v1/payment_intents/{id}")),
        ("POST", format!("/v1/payment_intents/{id}/cancel")),
        ("POST", format!("/v1/payment_intents/{id}/capture")),
        ("POST", "/v1/setup_intents".to_owned()),
        ("POST", format!("/v1/setup_intents/{seti}/cancel")),
        ("GET", "/v1/customers".to_owned()),
        ("GET", "/v1/payment_methods".to_owned()),
        ("POST", "/v1/ephemeral_keys".to_owned()),
        ("GET", "/v1/accounts".to_owned()),
        ("POST", "/_sim/reset".to_owned()),
    ] {
        let reply = match method {
            "GET" => browser.get(&path),
            _ => browser.post(&path, "amount=100&currency=usd"),
        };
        check_error(&reply, 401, "invalid_request_error", None, None);
        assert!(
            reply.json["error"]["message"]
                .as_str()
                .unwrap()
                .contains("publishable API key"),
            "{method} {path}: {}",
            reply.json
        );
    }
    // An intent is read and confirmed with its client_secret, and only with it.
    check_error(
        &browser.get(&format!("/v1/payment_intents/{id}")),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("client_secret"),
    );
    check_error(
        &browser.get(&format!("/v1/payment_intents/{id}?client_secret={seti_secret}")),
        400,
        "invalid_request_error",
        None,
        Some("client_secret"),
    );
    let seen = browser
        .get(&format!("/v1/payment_intents/{id}?client_secret={secret}"))
        .ok();
    assert_eq!(seen["status"], "requires_payment_method");
    let pm = browser.post("/v1/payment_methods", CARD_NUMBER).ok();
    assert_eq!(
        (pm["card"]["last4"].as_str(), pm["customer"].is_null()),
        (Some("4242"), true)
    );
    check_error(
        &browser.post(
            &format!("/v1/payment_intents/{id}/confirm"),
            &format!("payment_method={}", pm["id"].as_str().unwrap()),
        ),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("client_secret"),
    );
    let (p0, pending0, _) = platform.balance("usd");
    let done = browser
        .post(
            &format!("/v1/payment_intents/{id}/confirm"),
            &format!("client_secret={secret}&payment_method={}", pm["id"].as_str().unwrap()),
        )
        .ok();
    assert_eq!(done["status"], "succeeded");
    let (p1, pending1, _) = platform.balance("usd");
    assert_eq!(
        (p1 - p0, pending1 - pending0),
        (0, 2500 - 103),
        "the payment's net is pending"
    );
    // A SetupIntent likewise, and the payment method the browser made is the secret key's.
    let saved = browser
        .post(
            &format!("/v1/setup_intents/{seti}/confirm"),
            &format!("client_secret={seti_secret}&payment_method=pm_card_mastercard"),
        )
        .ok();
    assert_eq!(saved["status"], "succeeded");
    assert_eq!(
        platform
            .get(&format!("/v1/payment_methods/{}", pm["id"].as_str().unwrap()))
            .ok()["id"],
        pm["id"]
    );
    // A live publishable key is no key of debitsim's.
    let live = with_key(&platform, "pk_live_abcdef1234");
    check_error(&live.get("/v1/balance"), 401, "invalid_request_error", None, None);
}

#[test]
fn a_publishable_key_confirms_a_connected_accounts_payment_as_that_account() {
    let platform = Client::fresh("pk_direct");
    let express = platform.acting_as(EXPRESS_US);
    let pi = express.post("/v1/payment_intents", "amount=3000&currency=usd").ok();
    let (id, secret) = (pi["id"].as_str().unwrap(), pi["client_secret"].as_str().unwrap());
    let browser = publishable(&platform);
    // Without Stripe-Account the platform has no such PaymentIntent.
    check_error(
        &browser.post(
            &format!("/v1/payment_intents/{id}/confirm"),
            &format!("client_secret={secret}&payment_method=pm_card_visa"),
        ),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    let done = browser
        .acting_as(EXPRESS_US)
        .post(
            &format!("/v1/payment_intents/{id}/confirm"),
            &format!("client_secret={secret}&payment_method=pm_card_visa"),
        )
        .ok();
    assert_eq!(done["status"], "succeeded");
}

#[test]
fn card_numbers_come_only_from_a_publishable_keys_client() {
    let platform = Client::fresh("raw_numbers");
    let reply = platform.post("/v1/payment_methods", CARD_NUMBER);
    check_error(&reply, 400, "invalid_request_error", None, None);
    assert!(reply.json["error"]["message"].as_str().unwrap().contains("unsafe"));
    let pi = platform.post("/v1/payment_intents", "amount=1000&currency=usd").ok();
    let data = "payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242\
                &payment_method_data[card][exp_month]=12&payment_method_data[card][exp_year]=2034";
    check_error(
        &platform.post(
            &format!("/v1/payment_intents/{}/confirm", pi["id"].as_str().unwrap()),
            data,
        ),
        400,
        "invalid_request_error",
        None,
        None,
    );
    // A publishable key's client sends them; one that is no test card is Stripe's card error.
    let browser = publishable(&platform);
    check_error(
        &browser.post(
            "/v1/payment_methods",
            "type=card&card[number]=4242424242424241&card[exp_month]=12&card[exp_year]=2034",
        ),
        402,
        "card_error",
        Some("incorrect_number"),
        Some("number"),
    );
    check_error(
        &browser.post(
            "/v1/payment_methods",
            "type=card&card[number]=4242424242424242&card[exp_month]=13&card[exp_year]=2034",
        ),
        402,
        "card_error",
        Some("invalid_expiry_month"),
        Some("exp_month"),
    );
    let confirmed = browser
        .post(
            &format!("/v1/payment_intents/{}/confirm", pi["id"].as_str().unwrap()),
            &format!("{data}&client_secret={}", pi["client_secret"].as_str().unwrap()),
        )
        .ok();
    assert_eq!(confirmed["status"], "succeeded");
    // Nothing refused left anything behind: one payment method, the confirmation's.
    let all = platform.get("/v1/payment_methods").ok();
    assert_eq!(all["data"].as_array().unwrap().len(), 1, "{all}");
}

#[test]
fn an_ephemeral_key_needs_stripe_version_and_acts_for_its_customer_an_hour() {
    let platform = Client::pinned("ephemeral");
    let cus = customer(&platform);
    let other = customer(&platform);
    check_error(
        &platform.post("/v1/ephemeral_keys", &format!("customer={cus}")),
        400,
        "invalid_request_error",
        None,
        None,
    );
    check_error(
        &platform
            .header("Stripe-Version", "2024-04-10")
            .post("/v1/ephemeral_keys", "issuing_card=ic_1Nope"),
        400,
        "invalid_request_error",
        None,
        Some("issuing_card"),
    );
    let key = ephemeral_key(&platform, &cus);
    assert_eq!(
        (
            key["object"].as_str(),
            key["associated_objects"][0]["id"].as_str(),
            key["expires"].as_i64().unwrap() - key["created"].as_i64().unwrap()
        ),
        (Some("ephemeral_key"), Some(cus.as_str()), 3_600)
    );
    let secret = key["secret"].as_str().unwrap();
    assert!(secret.starts_with("ek_test_"), "{secret}");
    let app = with_key(&platform, secret);
    let attached = app
        .post("/v1/payment_methods/pm_card_visa/attach", &format!("customer={cus}"))
        .ok();
    assert_eq!(attached["customer"], cus.as_str());
    let listed = app.get(&format!("/v1/payment_methods?customer={cus}&type=card")).ok();
    assert_eq!(listed["data"][0]["id"], attached["id"]);
    assert_eq!(
        app.get(&format!("/v1/customers/{cus}/payment_methods")).ok()["data"][0]["id"],
        attached["id"]
    );
    assert_eq!(app.get(&format!("/v1/customers/{cus}")).ok()["id"], cus.as_str());
    // Its own customer's cards only: another customer is 403, a list must name the
    // customer, and anything else is the key's 401.
    for reply in [
        app.get(&format!("/v1/customers/{other}")),
        app.post("/v1/payment_methods/pm_card_visa/attach", &format!("customer={other}")),
        app.get(&format!("/v1/payment_methods?customer={other}")),
    ] {
        check_error(&reply, 403, "invalid_request_error", None, None);
    }
    check_error(
        &app.get("/v1/payment_methods"),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("customer"),
    );
    for reply in [
        app.get("/v1/charges"),
        app.post("/v1/payment_intents", "amount=100&currency=usd"),
        app.post("/v1/payment_methods", CARD_NUMBER),
        app.post("/v1/customers", "email=x@example.com"),
    ] {
        check_error(&reply, 401, "invalid_request_error", None, None);
    }
    // Made by the platform, it does not act as a connected account.
    check_error(
        &app.acting_as(EXPRESS_US).get(&format!("/v1/customers/{cus}")),
        403,
        "invalid_request_error",
        Some("account_invalid"),
        None,
    );
    // A token changed, or a world that does not exist, is an invalid key.
    let mut forged = secret.to_owned();
    let last = forged.pop().unwrap();
    forged.push(if last == 'a' { 'b' } else { 'a' });
    check_error(
        &with_key(&platform, &forged).get(&format!("/v1/customers/{cus}")),
        401,
        "invalid_request_error",
        None,
        None,
    );
    let elsewhere = secret.replacen("ek_test_", "ek_test_nosuchworld", 1);
    check_error(
        &with_key(&platform, &elsewhere).get(&format!("/v1/customers/{cus}")),
        401,
        "invalid_request_error",
        None,
        None,
    );
    // An hour of the world's clock later, it works no more.
    platform.post("/_sim/clock/advance", "seconds=3599").ok();
    assert_eq!(app.get(&format!("/v1/customers/{cus}")).status, 200);
    platform.post("/_sim/clock/advance", "seconds=1").ok();
    check_error(
        &app.get(&format!("/v1/customers/{cus}")),
        401,
        "invalid_request_error",
        None,
        None,
    );
    // A deleted one at once; deleting it again finds nothing.
    let second = ephemeral_key(&platform, &cus);
    let id = second["id"].as_str().unwrap();
    let deleted = platform.delete(&format!("/v1/ephemeral_keys/{id}")).ok();
    assert!(deleted.get("secret").is_none(), "{deleted}");
    check_error(
        &with_key(&platform, second["secret"].as_str().unwrap()).get(&format!("/v1/customers/{cus}")),
        401,
        "invalid_request_error",
        None,
        None,
    );
    check_error(
        &platform.delete(&format!("/v1/ephemeral_keys/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

#[test]
fn a_setup_intents_decline_is_a_card_error_carrying_it_and_replays_as_it_was() {
    let platform = Client::fresh("setup_decline");
    let cus = customer(&platform);
    let body = format!("customer={cus}&payment_method=pm_card_chargeDeclinedExpiredCard&confirm=true");
    let first = platform.idempotent("save-1").post("/v1/setup_intents", &body);
    check_error(&first, 402, "card_error", Some("expired_card"), Some("exp_month"));
    let error = &first.json["error"];
    assert_eq!(error["decline_code"], "expired_card");
    assert_eq!(error["setup_intent"]["status"], "requires_payment_method");
    assert_eq!(error["setup_intent"]["last_setup_error"]["code"], "expired_card");
    assert_eq!(error["payment_method"]["card"]["last4"], "0069");
    assert!(
        error.get("payment_intent").is_none() && error.get("charge").is_none(),
        "{error}"
    );
    let again = platform.idempotent("save-1").post("/v1/setup_intents", &body);
    assert_eq!(
        (again.status, again.header("idempotent-replayed"), &again.json),
        (402, Some("true"), &first.json)
    );
    let listed = platform.get(&format!("/v1/setup_intents?customer={cus}")).ok();
    assert_eq!(listed["data"].as_array().unwrap().len(), 1, "{listed}");
    assert_eq!(
        types(&platform, 2),
        ["setup_intent.created", "setup_intent.setup_failed"]
    );
}

#[test]
fn card_sources_are_a_customers_cards() {
    let platform = Client::fresh("sources");
    let cus = customer(&platform);
    let other = customer(&platform);
    let card = platform
        .post(
            &format!("/v1/customers/{cus}/sources"),
            "source=tok_visa&metadata[kind]=work",
        )
        .ok();
    let id = card["id"].as_str().unwrap();
    assert!(id.starts_with("card_"), "{card}");
    assert_eq!(
        (
            card["object"].as_str(),
            card["brand"].as_str(),
            card["customer"].as_str()
        ),
        (Some("card"), Some("Visa"), Some(cus.as_str()))
    );
    let customer = platform
        .get(&format!("/v1/customers/{cus}?expand[]=default_source"))
        .ok();
    assert_eq!(customer["default_source"]["id"], id);
    assert_eq!(
        platform.get(&format!("/v1/customers/{cus}/sources?object=card")).ok()["data"][0]["id"],
        id
    );
    assert!(
        platform
            .get(&format!("/v1/customers/{cus}/sources?object=bank_account"))
            .ok()["data"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let updated = platform
        .post(
            &format!("/v1/customers/{cus}/sources/{id}"),
            "name=Jenny+Rosen&address_zip=94103&exp_year=2031",
        )
        .ok();
    assert_eq!(
        (
            updated["name"].as_str(),
            updated["address_zip"].as_str(),
            updated["exp_year"].as_i64()
        ),
        (Some("Jenny Rosen"), Some("94103"), Some(2031))
    );
    check_error(
        &platform.get(&format!("/v1/customers/{other}/sources/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    check_error(
        &platform.post(&format!("/v1/customers/{cus}/sources"), "source=btok_us"),
        400,
        "invalid_request_error",
        None,
        Some("source"),
    );
    assert_eq!(
        types(&platform, 3),
        ["customer.source.created", "customer.updated", "customer.source.updated"]
    );
}

/// The last `n` event types of the client's world, oldest first.
fn types(client: &Client, n: usize) -> Vec<String> {
    let events = client.get(&format!("/v1/events?limit={n}")).ok();
    let mut kinds: Vec<String> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect();
    kinds.reverse();
    kinds
}

#[test]
fn saved_cards_and_ephemeral_keys_survive_a_kill() {
    let state = StateDir::new("saved-cards");
    let args = ["--port", "0", "--state", state.path(), "--start-time", "1795186800"];
    let running = Running::start(&args);
    let (key, pk) = ("sk_test_saved_restart", "pk_test_saved_restart");
    let base = running.base.clone();
    let cus = post(&base, key, None, "/v1/customers", "email=a@example.com")
        .unwrap()
        .json["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Made by a publishable key from a card number: the journal replays what it accepted.
    let pm = post(&base, pk, None, "/v1/payment_methods", CARD_NUMBER).unwrap().json;
    let pm = pm["id"].as_str().unwrap().to_owned();
    let attached = post(
        &base,
        key,
        None,
        &format!("/v1/payment_methods/{pm}/attach"),
        &format!("customer={cus}"),
    );
    assert_eq!(attached.unwrap().status, 200);
    let ek = reqwest::blocking::Client::new()
        .post(format!("{base}/v1/ephemeral_keys"))
        .bearer_auth(key)
        .header("Stripe-Version", "2024-04-10")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("customer={cus}"))
        .send()
        .unwrap();
    let secret = reply(ek).json["secret"].as_str().unwrap().to_owned();
    let before = get(&base, &secret, None, &format!("/v1/customers/{cus}/payment_methods")).json;
    assert_eq!(before["data"][0]["id"], pm.as_str());
    running.kill();

    let running = Running::start(&args);
    let after = get(
        &running.base,
        &secret,
        None,
        &format!("/v1/customers/{cus}/payment_methods"),
    )
    .json;
    assert_eq!(after, before, "the same card, and the same ephemeral key works");
    assert_eq!(get(&running.base, key, None, "/_sim/audit").json["ok"], true);
    assert!(running.terminate().success());
}

#[test]
fn a_card_token_comes_from_a_publishable_key_and_is_used_once() {
    let platform = Client::fresh("tokens");
    let browser = publishable(&platform);
    let card = "card[number]=4000056655665556&card[exp_month]=7&card[exp_year]=2031&card[cvc]=123&card[name]=Jenny+Rosen&card[address_zip]=94103";
    let reply = platform.post("/v1/tokens", card);
    check_error(&reply, 400, "invalid_request_error", None, None);
    assert!(reply.json["error"]["message"].as_str().unwrap().contains("unsafe"));
    check_error(
        &browser.post("/v1/tokens", "bank_account[country]=US"),
        400,
        "invalid_request_error",
        None,
        Some("bank_account[country]"),
    );
    let token = browser.post("/v1/tokens", card).ok();
    let id = token["id"].as_str().unwrap();
    assert!(id.starts_with("tok_"), "{token}");
    assert_eq!(
        (
            token["type"].as_str(),
            token["used"].as_bool(),
            token["card"]["funding"].as_str(),
            token["card"]["name"].as_str(),
            token["card"]["address_zip"].as_str(),
            token["card"]["exp_year"].as_i64()
        ),
        (
            Some("card"),
            Some(false),
            Some("debit"),
            Some("Jenny Rosen"),
            Some("94103"),
            Some(2031)
        )
    );
    // The server charges it once; a publishable key cannot read it back.
    check_error(
        &browser.get(&format!("/v1/tokens/{id}")),
        401,
        "invalid_request_error",
        None,
        None,
    );
    let charge = platform
        .post("/v1/charges", &format!("amount=1500&currency=usd&source={id}"))
        .ok();
    assert_eq!(
        (charge["paid"].as_bool(), charge["source"]["last4"].as_str()),
        (Some(true), Some("5556"))
    );
    check_error(
        &platform.post("/v1/charges", &format!("amount=1500&currency=usd&source={id}")),
        400,
        "invalid_request_error",
        None,
        Some("source"),
    );
    assert_eq!(platform.get(&format!("/v1/tokens/{id}")).ok()["used"], true);
    check_error(
        &platform.acting_as(EXPRESS_US).get(&format!("/v1/tokens/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}
