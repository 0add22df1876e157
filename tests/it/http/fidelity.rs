//! What the clients users already run need of the simulator (issue 19): data kept as data,
//! accounts made without a type, Stripe's documented rules on external accounts, webhook
//! deliveries and limits — each as the behaviour Stripe documents.

use super::*;

const SHIPPING: &str = "shipping[name]=Jenny%20Rosen&shipping[address][line1]=510%20Townsend%20St\
&shipping[address][city]=San%20Francisco&shipping[address][state]=CA&shipping[address][postal_code]=94103\
&shipping[address][country]=US&shipping[carrier]=UPS&shipping[tracking_number]=1Z999";

#[track_caller]
fn check_shipping(object: &Value, name: &str) {
    let shipping = &object["shipping"];
    assert_eq!(shipping["name"], name, "{object}");
    assert_eq!(shipping["address"]["line1"], "510 Townsend St", "{object}");
    assert_eq!(shipping["address"]["line2"], Value::Null, "{object}");
    assert_eq!(shipping["address"]["country"], "US", "{object}");
    assert_eq!(shipping["carrier"], "UPS", "{object}");
    assert_eq!(shipping["phone"], Value::Null, "{object}");
    assert_eq!(shipping["tracking_number"], "1Z999", "{object}");
}

#[test]
fn an_account_created_without_type_or_controller_is_standard() {
    let platform = Client::fresh("untyped");
    let account = platform.post("/v1/accounts", "").ok();
    assert_eq!(account["type"], "standard", "{account}");
    assert_eq!(account["controller"]["losses"]["payments"], "stripe");
    assert_eq!(account["controller"]["requirement_collection"], "stripe");
    assert_eq!(account["controller"]["stripe_dashboard"]["type"], "full");
    assert_eq!(account["country"], "US");
    // The Stripe CLI's transfer triggers pay such an account at once.
    let id = account["id"].as_str().unwrap();
    let transfer = platform.post("/v1/transfers", &format!("amount=1000&currency=usd&destination={id}"));
    assert_eq!(transfer.ok()["destination"], id);
    // `controller[...]` alone still makes an account without a type.
    let controlled = platform
        .post(
            "/v1/accounts",
            "controller[losses][payments]=application&controller[fees][payer]=application",
        )
        .ok();
    assert_eq!(controlled["type"], "none", "{controlled}");
    assert_eq!(controlled["controller"]["losses"]["payments"], "application");
}

#[test]
fn shipping_is_stored_and_shown_on_payment_intents_and_their_charges() {
    let platform = Client::fresh("shipping_pi");
    let intent = platform
        .post(
            "/v1/payment_intents",
            &format!("amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true&{SHIPPING}"),
        )
        .ok();
    assert_eq!(intent["status"], "succeeded");
    check_shipping(&intent, "Jenny Rosen");
    let charge = platform
        .get(&format!("/v1/charges/{}", intent["latest_charge"].as_str().unwrap()))
        .ok();
    check_shipping(&charge, "Jenny Rosen");

    // Given on update, and cleared with `shipping=`.
    let open = platform.post("/v1/payment_intents", "amount=500&currency=usd").ok();
    let path = format!("/v1/payment_intents/{}", open["id"].as_str().unwrap());
    assert_eq!(open["shipping"], Value::Null);
    let updated = platform.post(&path, &SHIPPING.replace("Jenny%20Rosen", "Ada")).ok();
    check_shipping(&updated, "Ada");
    let confirmed = platform
        .post(
            &format!("{path}/confirm"),
            &format!("payment_method=pm_card_visa&{SHIPPING}"),
        )
        .ok();
    check_shipping(&confirmed, "Jenny Rosen");
    let charge = platform
        .get(&format!("/v1/charges/{}", confirmed["latest_charge"].as_str().unwrap()))
        .ok();
    check_shipping(&charge, "Jenny Rosen");
    let cleared = platform.post(&path, "shipping=").ok();
    assert_eq!(cleared["shipping"], Value::Null);
}

#[test]
fn shipping_needs_a_name_and_an_address_and_a_refusal_changes_nothing() {
    let platform = Client::fresh("shipping_refused");
    let before = platform.get("/v1/payment_intents").ok();
    let cases = [
        ("shipping[address][line1]=x", "shipping[name]"),
        ("shipping[name]=Jenny", "shipping[address]"),
        ("shipping[name]=&shipping[address][line1]=x", "shipping[name]"),
    ];
    for (body, param) in cases {
        let reply = platform.post(
            "/v1/payment_intents",
            &format!("amount=2000&currency=usd&payment_method=pm_card_visa&confirm=true&{body}"),
        );
        check_error(
            &reply,
            400,
            "invalid_request_error",
            Some("parameter_missing"),
            Some(param),
        );
        let reply = platform.post(
            "/v1/charges",
            &format!("amount=2000&currency=usd&source=tok_visa&{body}"),
        );
        check_error(
            &reply,
            400,
            "invalid_request_error",
            Some("parameter_missing"),
            Some(param),
        );
    }
    // An unknown key inside `shipping` is Stripe's parameter_unknown, not "not simulated".
    let reply = platform.post(
        "/v1/payment_intents",
        &format!("amount=2000&currency=usd&{SHIPPING}&shipping[colour]=red"),
    );
    check_error(
        &reply,
        400,
        "invalid_request_error",
        Some("parameter_unknown"),
        Some("shipping[colour]"),
    );
    assert_eq!(platform.get("/v1/payment_intents").ok(), before);
    assert_eq!(
        platform.get("/v1/charges?limit=1").ok()["data"][0]["shipping"],
        Value::Null
    );
}

#[test]
fn shipping_is_stored_on_charges_and_changed_by_their_update() {
    let platform = Client::fresh("shipping_charge");
    let charge = platform
        .post(
            "/v1/charges",
            &format!("amount=2000&currency=usd&source=tok_visa&{SHIPPING}"),
        )
        .ok();
    check_shipping(&charge, "Jenny Rosen");
    let path = format!("/v1/charges/{}", charge["id"].as_str().unwrap());
    let updated = platform.post(&path, &SHIPPING.replace("Jenny%20Rosen", "Grace")).ok();
    check_shipping(&updated, "Grace");
    let events = platform.get("/v1/events?type=charge.updated").ok();
    assert_eq!(
        events["data"][0]["data"]["previous_attributes"]["shipping"]["name"],
        "Jenny Rosen"
    );
}

#[test]
fn customers_keep_their_address_shipping_and_locales() {
    let platform = Client::fresh("customer_data");
    let customer = platform
        .post(
            "/v1/customers",
            &format!(
                "name=Jenny&address[line1]=1%20Main&address[country]=DE&preferred_locales[]=de&preferred_locales[]=en&{}",
                SHIPPING.replace("shipping[carrier]=UPS&shipping[tracking_number]=1Z999", "shipping[phone]=555")
            ),
        )
        .ok();
    assert_eq!(customer["address"]["line1"], "1 Main", "{customer}");
    assert_eq!(customer["address"]["country"], "DE");
    assert_eq!(customer["address"]["city"], Value::Null);
    assert_eq!(customer["preferred_locales"], serde_json::json!(["de", "en"]));
    assert_eq!(customer["shipping"]["name"], "Jenny Rosen");
    assert_eq!(customer["shipping"]["phone"], "555");
    let path = format!("/v1/customers/{}", customer["id"].as_str().unwrap());
    let updated = platform.post(&path, "address[city]=Berlin").ok();
    assert_eq!(updated["address"]["line1"], "1 Main", "a field not given is kept");
    assert_eq!(updated["address"]["city"], "Berlin");
    let cleared = platform.post(&path, "address=&shipping=").ok();
    assert_eq!(cleared["address"], Value::Null);
    assert_eq!(cleared["shipping"], Value::Null);
    assert_eq!(cleared["preferred_locales"], serde_json::json!(["de", "en"]));
}

#[test]
fn a_platform_manages_external_accounts_only_where_it_collects_requirements() {
    let platform = Client::fresh("ext_managed");
    // Express: Stripe collects its requirements, so its bank accounts are its own business.
    let path = format!("/v1/accounts/{EXPRESS_US}/external_accounts");
    let before = platform.get(&path).ok();
    let bank = before["data"][0]["id"].as_str().unwrap().to_owned();
    for reply in [
        platform.post(&path, "external_account=btok_us"),
        platform.post(&format!("{path}/{bank}"), "metadata[k]=v"),
        platform.delete(&format!("{path}/{bank}")),
    ] {
        check_error(&reply, 400, "invalid_request_error", None, None);
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(message.contains("requirement_collection"), "{message}");
    }
    assert_eq!(platform.get(&path).ok(), before, "nothing changed");
    // Custom: the platform collects them, and manages its bank accounts.
    let custom = format!("/v1/accounts/{CUSTOM_US_NO_BANK}/external_accounts");
    platform.post(&custom, "external_account=btok_us").ok();
}

/// A receiver that reads one request's raw bytes (header names as sent) and answers 200.
fn raw_receiver() -> (String, std::sync::mpsc::Receiver<String>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream
            .set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        let mut raw = Vec::new();
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&raw).contains("\r\n\r\n") {
            let n = stream.read(&mut buf).unwrap_or(0);
            if n == 0 {
                break;
            }
            raw.extend_from_slice(&buf[..n]);
        }
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        let _ = tx.send(String::from_utf8_lossy(&raw).into_owned());
    });
    (url, rx)
}

#[test]
fn webhook_deliveries_spell_their_headers_as_stripe_does() {
    let platform = Client::fresh("header_case");
    let (url, received) = raw_receiver();
    platform
        .post(
            "/v1/webhook_endpoints",
            &format!("url={url}&enabled_events[]=customer.created"),
        )
        .ok();
    platform.post("/v1/customers", "name=Jenny").ok();
    let head = received
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("a delivery");
    for name in [
        "Stripe-Signature: t=",
        "Content-Type: application/json",
        "User-Agent: Stripe/1.0",
    ] {
        assert!(head.contains(&format!("\r\n{name}")), "{name} in {head:?}");
    }
}

#[test]
fn free_text_stripe_limits_to_5000_characters_is_refused_beyond_it() {
    let platform = Client::fresh("limits_5000");
    let long = "a".repeat(5_001);
    let email = format!("{}@example.com", "a".repeat(4_990));
    let cases: Vec<(String, String, &str)> = vec![
        (
            "/v1/payment_intents".into(),
            format!("amount=500&currency=usd&transfer_group={long}"),
            "transfer_group",
        ),
        (
            "/v1/payment_intents".into(),
            format!("amount=500&currency=usd&receipt_email={email}"),
            "receipt_email",
        ),
        (
            "/v1/charges".into(),
            format!("amount=500&currency=usd&source=tok_visa&transfer_group={long}"),
            "transfer_group",
        ),
        ("/v1/accounts".into(), format!("type=custom&email={email}"), "email"),
        (
            format!("/v1/accounts/{CUSTOM_US_NO_BANK}/persons"),
            format!("phone={long}"),
            "phone",
        ),
        (
            format!("/v1/accounts/{CUSTOM_US_NO_BANK}/persons"),
            format!("email={email}"),
            "email",
        ),
    ];
    let before = platform.get("/v1/payment_intents").ok();
    for (path, body, param) in cases {
        let reply = platform.post(&path, &body);
        check_error(&reply, 400, "invalid_request_error", None, Some(param));
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(message.contains("at most 5000 characters"), "{message}");
    }
    assert_eq!(platform.get("/v1/payment_intents").ok(), before);
    // At the limit it is kept whole.
    let at = "g".repeat(5_000);
    let intent = platform
        .post(
            "/v1/payment_intents",
            &format!("amount=500&currency=usd&transfer_group={at}"),
        )
        .ok();
    assert_eq!(intent["transfer_group"], at.as_str());
}

#[test]
fn e_mail_addresses_are_checked_for_form_and_a_refusal_changes_nothing() {
    let platform = Client::fresh("emails");
    let before = platform.get("/v1/customers").ok();
    for bad in [
        "jenny",
        "jenny@",
        "@example.com",
        "jenny@example",
        "jenny rosen@example.com",
        "a@b@example.com",
    ] {
        let encoded = bad.replace(' ', "%20");
        let cases: Vec<(String, String, &str)> = vec![
            ("/v1/customers".into(), format!("email={encoded}"), "email"),
            (
                "/v1/payment_intents".into(),
                format!("amount=500&currency=usd&receipt_email={encoded}"),
                "receipt_email",
            ),
            (
                "/v1/charges".into(),
                format!("amount=500&currency=usd&source=tok_visa&receipt_email={encoded}"),
                "receipt_email",
            ),
            ("/v1/accounts".into(), format!("type=custom&email={encoded}"), "email"),
            (
                format!("/v1/accounts/{CUSTOM_US_NO_BANK}/persons"),
                format!("email={encoded}"),
                "email",
            ),
            (
                format!("/v1/accounts/{CUSTOM_US_NO_BANK}"),
                format!("individual[email]={encoded}"),
                "individual[email]",
            ),
        ];
        for (path, body, param) in cases {
            let reply = platform.post(&path, &body);
            check_error(&reply, 400, "invalid_request_error", Some("email_invalid"), Some(param));
        }
    }
    assert_eq!(platform.get("/v1/customers").ok(), before);
    assert_eq!(
        platform.get("/v1/charges?limit=1").ok()["data"][0]["receipt_email"],
        Value::Null
    );
    let kept = platform
        .post("/v1/customers", "email=jenny.rosen%2Bx@example.co.uk")
        .ok();
    assert_eq!(kept["email"], "jenny.rosen+x@example.co.uk");
    platform.post("/v1/customers", "email=").ok();
}
