//! What outside testers found when they tried the simulator as new users (a fuzzer driven by
//! Stripe's OpenAPI spec, stripe-python's own suite, hand-written suites): each defect as a
//! test of the behaviour that replaced it.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::*;

/// A debit by transfer of `amount` from the express account, as the platform sees it.
fn debit_body(amount: i64) -> String {
    format!("amount={amount}&currency=usd&destination={PLATFORM}")
}

#[test]
fn strings_longer_than_stripes_schemas_allow_are_refused_naming_the_parameter() {
    let platform = Client::fresh("lengths");
    let express = platform.acting_as(EXPRESS_US);
    let before = platform.balance("usd");
    let cases: Vec<(&Client, &str, String, &str, usize)> = vec![
        (
            &express,
            "/v1/transfers",
            format!("{}&description={}", debit_body(100), "d".repeat(5_001)),
            "description",
            5_000,
        ),
        (
            &platform,
            "/v1/charges",
            format!(
                "amount=500&currency=usd&source=tok_visa&description={}",
                "d".repeat(40_001)
            ),
            "description",
            40_000,
        ),
        (
            &platform,
            "/v1/charges",
            format!(
                "amount=500&currency=usd&source=tok_visa&statement_descriptor={}",
                "S".repeat(23)
            ),
            "statement_descriptor",
            22,
        ),
        (
            &platform,
            "/v1/charges",
            format!(
                "amount=500&currency=usd&source=tok_visa&statement_descriptor_suffix={}",
                "S".repeat(23)
            ),
            "statement_descriptor_suffix",
            22,
        ),
        (
            &express,
            "/v1/payouts",
            format!("amount=1&currency=usd&statement_descriptor={}", "S".repeat(23)),
            "statement_descriptor",
            22,
        ),
        (
            &platform,
            "/v1/charges",
            format!("amount=500&currency=usd&source=tok_visa&expand[]={}", "e".repeat(5_001)),
            "expand[]",
            5_000,
        ),
    ];
    for (client, path, body, param, max) in cases {
        let reply = client.post(path, &body);
        check_error(&reply, 400, "invalid_request_error", None, Some(param));
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(message.contains(&format!("at most {max} characters")), "{message}");
        assert!(message.len() < 200, "the value is not echoed whole: {message}");
    }
    assert_eq!(platform.balance("usd"), before, "nothing moved");

    // At the limit, the string is kept whole.
    let description = "d".repeat(40_000);
    let charge = platform
        .post(
            "/v1/charges",
            &format!("amount=500&currency=usd&source=tok_bypassPending&description={description}"),
        )
        .ok();
    assert_eq!(charge["description"].as_str().map(str::len), Some(40_000));
}

#[test]
fn ids_in_the_path_are_percent_decoded_and_cut_short_when_echoed() {
    let platform = Client::fresh("path_ids");
    let charge = platform
        .post("/v1/charges", "amount=500&currency=usd&source=tok_visa")
        .ok();
    let id = charge["id"].as_str().unwrap();
    let encoded = id.replacen('_', "%5F", 1);
    assert_eq!(platform.get(&format!("/v1/charges/{encoded}")).ok()["id"], id);

    let long = format!("ch_{}", "x".repeat(4_000));
    let reply = platform.get(&format!("/v1/charges/{long}"));
    check_error(
        &reply,
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    assert!(
        reply.json["error"]["message"].as_str().unwrap().len() < 200,
        "{}",
        reply.json
    );
}

#[test]
fn real_stripe_parameters_we_do_not_model_are_named_as_not_simulated() {
    let platform = Client::fresh("not_simulated");
    let cases = [
        (
            "/v1/accounts",
            "type=express&country=US&settings[card_payments][statement_descriptor_prefix]=SHOP",
            "settings[card_payments][statement_descriptor_prefix]",
        ),
        (
            "/v1/accounts",
            "type=express&country=US&settings[card_payments][decline_on][cvc_failure]=true",
            "settings[card_payments][decline_on][cvc_failure]",
        ),
        (
            "/v1/accounts",
            "type=custom&country=US&account_token=ct_123",
            "account_token",
        ),
        (
            "/v1/charges",
            "amount=500&currency=usd&card[number]=4242424242424242",
            "card[number]",
        ),
        (
            "/v1/transfers",
            "amount=5&currency=usd&destination=acct_1&source_type=card&x=1",
            "x",
        ),
    ];
    for (path, body, param) in cases {
        let reply = platform.post(path, body);
        let error = &reply.json["error"];
        assert_eq!(reply.status, 400, "{path} {body}: {}", reply.json);
        assert_eq!(error["param"], param, "{}", reply.json);
        let message = error["message"].as_str().unwrap();
        if param == "x" {
            // Not a Stripe parameter at all: Stripe's own error.
            assert_eq!(error["code"], "parameter_unknown", "{}", reply.json);
        } else {
            assert_ne!(error["code"], "parameter_unknown", "{}", reply.json);
            assert!(message.contains("debitsim does not simulate"), "{message}");
        }
    }
    // Every capability Stripe offers can be requested, the newest too.
    let account = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&capabilities[twint_payments][requested]=true&capabilities[transfers][requested]=true",
        )
        .ok();
    assert_eq!(account["capabilities"]["twint_payments"], "active");
}

#[test]
fn stripe_endpoints_we_do_not_serve_say_so_and_unknown_paths_get_stripes_404() {
    let platform = Client::fresh("unserved");
    for (method, path) in [
        ("POST", "/v1/issuing/cards"),
        ("GET", "/v1/charges/search"),
        ("GET", "/v1/charges/search?query=amount>1"),
        ("GET", "/v1/subscriptions"),
    ] {
        let reply = match method {
            "POST" => platform.post(path, ""),
            _ => platform.get(path),
        };
        check_error(&reply, 404, "invalid_request_error", None, None);
        let message = reply.json["error"]["message"].as_str().unwrap();
        let pattern = path.split('?').next().unwrap();
        assert!(
            message.contains(&format!("debitsim does not simulate {method} {pattern}")),
            "{message}"
        );
    }
    let reply = platform.get("/v1/no_such_thing");
    check_error(&reply, 404, "invalid_request_error", None, None);
    assert!(
        reply.json["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Unrecognized request URL")
    );
}

#[test]
fn stripe_version_must_be_an_api_version() {
    let platform = Client::fresh("versions");
    for good in ["2024-04-10", "2026-10-28.endive", "2026-07-29.dahlia"] {
        let reply = platform.header("Stripe-Version", good).get("/v1/balance");
        assert_eq!(reply.status, 200, "{good}: {}", reply.json);
        assert_eq!(reply.header("stripe-version"), Some(good));
    }
    for bad in [
        "garbage",
        "2024-13-01",
        "2024-04-10.",
        "2024-04-10.Endive",
        "24-04-10",
        "2024-04-10-x",
    ] {
        let reply = platform.header("Stripe-Version", bad).get("/v1/balance");
        check_error(&reply, 400, "invalid_request_error", None, None);
        assert_eq!(
            reply.json["error"]["message"].as_str(),
            Some(format!("Invalid Stripe API version: {bad}").as_str())
        );
    }
}

/// Sends `head` and then `body` in pieces while reading the answer, as a client that does
/// not wait for the server would; the status, or what went wrong.
fn send_while_reading(head: String, body: Vec<u8>) -> Result<u16, String> {
    let address = base().trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    stream.write_all(head.as_bytes()).map_err(|e| e.to_string())?;
    let mut writer = stream.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        for chunk in body.chunks(64 * 1024) {
            if writer.write_all(chunk).is_err() {
                return false;
            }
        }
        true
    });
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                answer.extend_from_slice(&buf[..n]);
                if answer.windows(4).any(|w| w == b"\r\n\r\n") && answer.ends_with(b"}}") {
                    break;
                }
            }
            Err(e) => return Err(format!("{e} after {} bytes", answer.len())),
        }
    }
    let sent_all = sender.join().unwrap();
    let text = String::from_utf8_lossy(&answer);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("no status in {text:?}"))?;
    if !sent_all {
        return Err(format!("the body could not be sent whole (status {status})"));
    }
    Ok(status)
}

#[test]
fn an_oversized_body_gets_its_413_while_the_client_is_still_sending() {
    let key = Client::fresh("oversized").key;
    let size = 3 << 20;
    let mut body = b"amount=100&currency=usd&source=tok_visa&description=".to_vec();
    body.resize(size, b'x');
    for _ in 0..3 {
        let head = format!(
            "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {size}\r\n\r\n"
        );
        assert_eq!(send_while_reading(head, body.clone()), Ok(413));
    }
    // Chunked, with no declared length.
    let mut chunked = Vec::new();
    for chunk in body.chunks(100_000) {
        chunked.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        chunked.extend_from_slice(chunk);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let head = format!(
        "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    assert_eq!(send_while_reading(head, chunked), Ok(413));
}

#[test]
fn refusals_say_what_applies() {
    let platform = Client::fresh("wording");
    // The platform's own transfer: no remedy about reserves and bank accounts.
    let reply = platform.post(
        "/v1/transfers",
        &format!("amount=999999999&currency=usd&destination={EXPRESS_US}"),
    );
    check_error(&reply, 400, "invalid_request_error", Some("balance_insufficient"), None);
    let message = reply.json["error"]["message"].as_str().unwrap();
    assert!(message.contains("for this transfer"), "{message}");
    assert!(!message.contains("reserves"), "{message}");
    // A debit by charge is a debit, and the remedy does apply.
    let reply = platform.post(
        "/v1/charges",
        &format!("amount=99999999&currency=usd&source={CUSTOM_US_NO_BANK}"),
    );
    check_error(&reply, 400, "invalid_request_error", Some("balance_insufficient"), None);
    let message = reply.json["error"]["message"].as_str().unwrap();
    assert!(message.contains("for this debit"), "{message}");
    assert!(!message.contains("transfer"), "{message}");
    assert!(message.contains("Connect reserves"), "{message}");
    // An injected fault is not a bug.
    platform
        .post("/_sim/faults", "method=GET&path=/v1/balance&status=500")
        .ok();
    let reply = platform.get("/v1/balance");
    assert_eq!(reply.status, 500);
    let message = reply.json["error"]["message"].as_str().unwrap();
    assert!(!message.contains("bug"), "{message}");
    assert!(message.contains("/_sim/faults"), "{message}");
    // A clock error names the parameter that was given.
    for (body, param) in [("days=-1", "days"), ("seconds=-1", "seconds"), ("days=4000", "days")] {
        let reply = platform.post("/_sim/clock/advance", body);
        check_error(&reply, 400, "invalid_request_error", None, Some(param));
    }
}

#[test]
fn a_pinned_start_time_makes_worlds_repeatable_and_the_clock_goes_where_asked() {
    let (one, two) = (Client::pinned("pinned_a"), Client::pinned("pinned_b"));
    let clock = one.get("/_sim/clock").ok();
    assert_eq!(clock["now"], PINNED);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(two.get("/_sim/clock").ok()["now"], PINNED, "the clock stands still");
    let charge = |client: &Client| {
        client
            .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa")
            .ok()
    };
    let (a, b) = (charge(&one), charge(&two));
    assert_eq!((a["id"] != b["id"], a["created"] == b["created"]), (true, true));
    assert_eq!(a["created"], PINNED);

    // `to=`: an absolute time, never before now.
    let later = PINNED + 3_600;
    assert_eq!(
        one.post("/_sim/clock/advance", &format!("to={later}")).ok()["now"],
        later
    );
    let reply = one.post("/_sim/clock/advance", &format!("to={PINNED}"));
    check_error(&reply, 400, "invalid_request_error", None, Some("to"));
    // `next=payout_run`: to the next midnight, where the payout run happens.
    let clock = one.get("/_sim/clock").ok();
    let run = clock["next_payout_run"].as_i64().unwrap();
    assert_eq!(run % 86_400, 0);
    assert_eq!(run, PINNED - PINNED % 86_400 + 86_400);
    assert_eq!(one.post("/_sim/clock/advance", "next=payout_run").ok()["now"], run);
    let reply = one.post("/_sim/clock/advance", "next=tomorrow");
    check_error(&reply, 400, "invalid_request_error", None, Some("next"));

    // A reset world starts again at the pinned time.
    assert_eq!(one.post("/_sim/reset", "").ok()["now"], PINNED);
}

#[test]
fn card_funds_become_available_at_midnight_and_payouts_arrive_on_business_days() {
    let platform = Client::pinned("business_days");
    let friday_midnight = PINNED - PINNED % 86_400;
    let charge = platform
        .post(
            "/v1/charges",
            "amount=1000&currency=usd&source=tok_visa&expand[]=balance_transaction",
        )
        .ok();
    assert_eq!(
        charge["balance_transaction"]["available_on"],
        friday_midnight + 2 * 86_400,
        "Sunday 00:00 UTC"
    );
    // A payout made on Friday arrives on Tuesday, not on the weekend.
    let standard = platform.acting_as(STANDARD_US);
    let payout = standard.post("/v1/payouts", "amount=100&currency=usd").ok();
    assert_eq!(
        payout["arrival_date"],
        friday_midnight + 4 * 86_400,
        "Tuesday 00:00 UTC"
    );
    let paid = |client: &Client, id: &str| client.get(&format!("/v1/payouts/{id}")).ok()["status"].clone();
    let id = payout["id"].as_str().unwrap();
    platform
        .post(
            "/_sim/clock/advance",
            &format!("to={}", friday_midnight + 4 * 86_400 - 1),
        )
        .ok();
    assert_eq!(paid(&standard, id), "pending");
    platform.post("/_sim/clock/advance", "seconds=1").ok();
    assert_eq!(paid(&standard, id), "paid");
}

/// A suite that advances a fixed number of days passes or fails by weekday, since payouts
/// arrive on business days: `next=payout_arrival` and `next=funds_available` reach the moment
/// itself, and where there is no such moment they are refused, naming debitsim, with the
/// clock left where it was.
#[test]
fn the_clock_reaches_a_payouts_arrival_and_pending_funds_whatever_the_weekday() {
    let platform = Client::pinned("moments");
    let standard = platform.acting_as(STANDARD_US);
    let friday_midnight = PINNED - PINNED % 86_400;
    // The fixtures' card money is pending until Sunday, and their payout arrives on Tuesday.
    let clock = platform.get("/_sim/clock").ok();
    assert_eq!(clock["next_funds_available"], friday_midnight + 2 * 86_400);
    assert_eq!(clock["next_payout_arrival"], friday_midnight + 4 * 86_400);
    let charge = platform
        .post(
            "/v1/charges",
            "amount=1000&currency=usd&source=tok_visa&expand[]=balance_transaction",
        )
        .ok();
    let txn = charge["balance_transaction"]["id"].as_str().unwrap().to_owned();

    let moved = platform.post("/_sim/clock/advance", "next=funds_available").ok();
    assert_eq!(moved["now"], friday_midnight + 2 * 86_400, "Sunday 00:00 UTC");
    assert!(!moved["events"].as_array().unwrap().is_empty(), "balance.available");
    let txn = platform.get(&format!("/v1/balance_transactions/{txn}")).ok();
    assert_eq!(txn["status"], "available");
    assert_eq!(platform.get("/_sim/clock").ok()["next_funds_available"], Value::Null);

    // A payout made on Sunday: it arrives on Tuesday, with the fixtures' one.
    let payout = standard.post("/v1/payouts", "amount=100&currency=usd").ok();
    let arrival = payout["arrival_date"].as_i64().unwrap();
    assert_eq!(arrival, friday_midnight + 4 * 86_400);
    let moved = platform.post("/_sim/clock/advance", "next=payout_arrival").ok();
    assert_eq!(moved["now"], arrival);
    let paid = standard
        .get(&format!("/v1/payouts/{}", payout["id"].as_str().unwrap()))
        .ok();
    assert_eq!(paid["status"], "paid");

    // Nothing in transit, nothing pending: refused, and nothing changes.
    let events = platform.get("/v1/events?limit=100").ok()["data"]
        .as_array()
        .unwrap()
        .len();
    let before = platform.get("/_sim/clock").ok();
    assert_eq!(
        (&before["next_payout_arrival"], &before["next_funds_available"]),
        (&Value::Null, &Value::Null)
    );
    for next in ["payout_arrival", "funds_available"] {
        let reply = platform.post("/_sim/clock/advance", &format!("next={next}"));
        check_error(&reply, 400, "invalid_request_error", None, Some("next"));
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("debitsim") && message.contains(&format!("next={next}")),
            "{message}"
        );
        assert_eq!(platform.get("/_sim/clock").ok(), before, "the clock did not move");
    }
    assert_eq!(
        platform.get("/v1/events?limit=100").ok()["data"]
            .as_array()
            .unwrap()
            .len(),
        events
    );
    // The choices, named when another is asked for.
    let reply = platform.post("/_sim/clock/advance", "next=arrival");
    check_error(&reply, 400, "invalid_request_error", None, Some("next"));
    let message = reply.json["error"]["message"].as_str().unwrap();
    assert!(
        ["payout_run", "payout_arrival", "funds_available"]
            .iter()
            .all(|choice| message.contains(choice)),
        "{message}"
    );
}

/// `POST /_sim/reset onboarding=required`: the reset world's new accounts start with
/// requirements due, whatever the server's `--onboarding`; the fixtures' stay onboarded.
#[test]
fn a_reset_can_make_new_accounts_start_with_requirements_due() {
    let platform = Client::pinned("reset_onboarding");
    let instant = platform.post("/v1/accounts", "type=express&country=US").ok();
    assert_eq!(instant["details_submitted"], true, "the server's default");
    platform.post("/_sim/reset", "onboarding=required").ok();
    let fresh = platform.post("/v1/accounts", "type=express&country=US").ok();
    assert_eq!(
        (&fresh["details_submitted"], &fresh["charges_enabled"]),
        (&Value::Bool(false), &Value::Bool(false))
    );
    assert!(!fresh["requirements"]["currently_due"].as_array().unwrap().is_empty());
    let fixture = platform.get(&format!("/v1/accounts/{EXPRESS_US}")).ok();
    assert_eq!(fixture["charges_enabled"], true);
    // A plain reset goes back to the server's setting; a wrong value changes nothing.
    let reply = platform.post("/_sim/reset", "onboarding=sometimes");
    check_error(&reply, 400, "invalid_request_error", None, Some("onboarding"));
    assert!(
        platform
            .get(&format!("/v1/accounts/{}", fresh["id"].as_str().unwrap()))
            .status
            == 200
    );
    platform.post("/_sim/reset", "").ok();
    let again = platform.post("/v1/accounts", "type=express&country=US").ok();
    assert_eq!(again["details_submitted"], true);
}
