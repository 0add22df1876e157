//! Stripe's protocol around the flows: idempotency, isolation between keys, paging, expand,
//! headers, faults on demand, and bad input answered with Stripe-shaped 4xx.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use super::*;

fn debit_body(amount: i64) -> String {
    format!("amount={amount}&currency=usd&destination={PLATFORM}")
}

#[test]
fn idempotent_retries_replay_and_other_parameters_are_refused() {
    let client = Client::fresh("idempotency");
    let express = client.acting_as(EXPRESS_US).idempotent("debit-1");
    let before = express.balance("usd").0;

    let first = express.post("/v1/transfers", &debit_body(700));
    assert_eq!(first.status, 200);
    assert_eq!(first.header("idempotent-replayed"), None);
    let again = express.post("/v1/transfers", &debit_body(700));
    assert_eq!((again.status, again.header("idempotent-replayed")), (200, Some("true")));
    assert_eq!(again.json, first.json);
    assert_eq!(before - express.balance("usd").0, 700, "the retry moved no money");

    let other = express.post("/v1/transfers", &debit_body(701));
    check_error(&other, 400, "idempotency_error", None, None);

    // Keys are scoped to the acting account, and refused-before-running requests keep none.
    let platform = client.idempotent("debit-1");
    assert_eq!(
        platform
            .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa")
            .status,
        200
    );
    let bad = client
        .idempotent("k2")
        .post("/v1/charges", "amount=oops&currency=usd&source=tok_visa");
    check_error(
        &bad,
        400,
        "invalid_request_error",
        Some("parameter_invalid_integer"),
        Some("amount"),
    );
    let fixed = client
        .idempotent("k2")
        .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa");
    assert_eq!((fixed.status, fixed.header("idempotent-replayed")), (200, None));
    // A business refusal is kept: the retry replays it.
    let refused = client
        .acting_as(CUSTOM_US_NO_BANK)
        .idempotent("k3")
        .post("/v1/transfers", &debit_body(99_999_999));
    check_error(
        &refused,
        400,
        "invalid_request_error",
        Some("balance_insufficient"),
        None,
    );
    let replayed = client
        .acting_as(CUSTOM_US_NO_BANK)
        .idempotent("k3")
        .post("/v1/transfers", &debit_body(99_999_999));
    assert_eq!(
        (replayed.status, replayed.header("idempotent-replayed")),
        (400, Some("true"))
    );
}

#[test]
fn a_concurrent_duplicate_gets_409_and_one_object_exists() {
    let client = Client::fresh("concurrent");
    // Hold the next transfer for 1.5 s after it has claimed its idempotency key.
    client
        .post("/_sim/faults", "delay_ms=1500&method=POST&path=/v1/transfers")
        .ok();
    let express = client.acting_as(EXPRESS_US).idempotent("same-key");
    let first = {
        let express = express.clone();
        std::thread::spawn(move || express.post("/v1/transfers", &debit_body(300)))
    };
    std::thread::sleep(Duration::from_millis(300));
    let duplicate = express.post("/v1/transfers", &debit_body(300));
    check_error(
        &duplicate,
        409,
        "invalid_request_error",
        Some("idempotency_key_in_use"),
        None,
    );
    let first = first.join().unwrap();
    assert_eq!(first.status, 200, "{}", first.json);
    let replay = express.post("/v1/transfers", &debit_body(300));
    assert_eq!(
        (replay.header("idempotent-replayed"), replay.id()),
        (Some("true"), first.id())
    );
    let transfers = client.acting_as(EXPRESS_US).get("/v1/transfers?limit=100").ok();
    let created = transfers["data"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["id"] == first.json["id"])
        .count();
    assert_eq!(created, 1);
}

#[test]
fn two_keys_never_see_each_others_objects() {
    let (a, b) = (Client::fresh("isolation_a"), Client::fresh("isolation_b"));
    let charge = a
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_bypassPending")
        .ok();
    let id = charge["id"].as_str().unwrap();
    check_error(
        &b.get(&format!("/v1/charges/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    assert!(
        b.get("/v1/charges?limit=100").ok()["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["id"] != id)
    );
    assert_ne!(a.balance("usd"), b.balance("usd"));
    // An account another key created is not connected to this platform.
    let account = a.post("/v1/accounts", "type=express&country=US").ok()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    check_error(
        &b.get(&format!("/v1/accounts/{account}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    check_error(
        &b.acting_as(&account).get("/v1/balance"),
        403,
        "invalid_request_error",
        Some("account_invalid"),
        None,
    );
}

#[test]
fn lists_page_newest_first_with_cursors_and_created_filters() {
    let client = Client::fresh("paging");
    let express = client.acting_as(EXPRESS_US);
    let mut created = Vec::new();
    for amount in 1..=25 {
        created.push(express.post("/v1/transfers", &debit_body(amount)).id());
    }
    created.reverse(); // newest first
    // Walk forward with starting_after.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = express.get(&format!("/v1/transfers?limit=10{cursor}")).ok();
        let data = page["data"].as_array().unwrap().clone();
        seen.extend(data.iter().map(|t| t["id"].as_str().unwrap().to_owned()));
        assert_eq!(page["url"], "/v1/transfers");
        if !page["has_more"].as_bool().unwrap() {
            break;
        }
        cursor = format!("&starting_after={}", data.last().unwrap()["id"].as_str().unwrap());
    }
    assert_eq!(seen, created, "every transfer once, newest first");
    // ending_before pages back towards the newest.
    let page = express
        .get(&format!("/v1/transfers?limit=3&ending_before={}", created[10]))
        .ok();
    let ids: Vec<&str> = page["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, created[7..10].iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(page["has_more"], true);
    // created filters.
    let newest = express.get(&format!("/v1/transfers/{}", created[0])).ok()["created"]
        .as_i64()
        .unwrap();
    let none = express.get(&format!("/v1/transfers?created[gt]={newest}")).ok();
    assert_eq!(none["data"].as_array().unwrap().len(), 0);
    let all = express
        .get(&format!("/v1/transfers?limit=100&created[lte]={newest}"))
        .ok();
    assert!(all["data"].as_array().unwrap().len() >= 25);
    // Bad paging parameters.
    check_error(
        &express.get("/v1/transfers?limit=101"),
        400,
        "invalid_request_error",
        Some("parameter_invalid_integer"),
        Some("limit"),
    );
    check_error(
        &express.get("/v1/transfers?limit=0"),
        400,
        "invalid_request_error",
        Some("parameter_invalid_integer"),
        Some("limit"),
    );
    check_error(
        &express.get("/v1/transfers?starting_after=tr_1Nope"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("starting_after"),
    );
}

#[test]
fn expand_renders_objects_in_place_of_ids() {
    let client = Client::fresh("expand");
    let express = client.acting_as(EXPRESS_US);
    let transfer = express
        .post(
            "/v1/transfers",
            &format!(
                "{}&expand[]=destination&expand[]=destination_payment.balance_transaction",
                debit_body(400)
            ),
        )
        .ok();
    assert_eq!(transfer["destination"]["object"], "account");
    assert_eq!(transfer["destination_payment"]["object"], "charge");
    assert_eq!(
        transfer["destination_payment"]["balance_transaction"]["object"],
        "balance_transaction"
    );
    assert!(transfer["balance_transaction"].is_string());
    // Indexed arrays, as the SDKs send them, and data.* on lists.
    let list = express
        .get("/v1/transfers?limit=1&expand[0]=data.balance_transaction")
        .ok();
    assert_eq!(list["data"][0]["balance_transaction"]["object"], "balance_transaction");
    let txns = client.get("/v1/balance_transactions?limit=1&expand[]=data.source").ok();
    assert!(txns["data"][0]["source"].is_object() || txns["data"][0]["source"].is_null());
    check_error(
        &express.get("/v1/transfers?expand[]=amount"),
        400,
        "invalid_request_error",
        None,
        Some("expand"),
    );
    check_error(
        &express.get(&format!(
            "/v1/transfers/{}?expand[]=a.b.c.d.e",
            transfer["id"].as_str().unwrap()
        )),
        400,
        "invalid_request_error",
        None,
        Some("expand"),
    );
}

#[test]
fn every_response_carries_request_id_and_the_version() {
    let client = Client::fresh("headers").header("Stripe-Version", "2026-07-29.dahlia");
    for reply in [
        client.get("/v1/balance"),
        client.get("/v1/nope"),
        client.post("/v1/charges", "bad=1"),
        Client::with_key("sk_live_nope").get("/v1/balance"),
    ] {
        assert!(
            reply
                .header("request-id")
                .is_some_and(|id| id.starts_with("req_") && id.len() == 18)
        );
        assert_eq!(reply.header("content-type"), Some("application/json"));
    }
    assert_eq!(
        client.get("/v1/balance").header("stripe-version"),
        Some("2026-07-29.dahlia")
    );
    let unknown = client.get("/v1/nope");
    check_error(&unknown, 404, "invalid_request_error", None, None);
    let wrong_method = client.post("/v1/balance", "");
    check_error(&wrong_method, 404, "invalid_request_error", None, None);
}

#[test]
fn faults_fail_the_next_matching_requests_like_stripe() {
    let client = Client::fresh("faults");
    let armed = client.post("/_sim/faults", "status=429&count=2&path=/v1/charges").ok();
    assert_eq!(
        (armed["remaining"].as_i64(), armed["status"].as_i64()),
        (Some(2), Some(429))
    );
    let before = client.balance("usd");
    for _ in 0..2 {
        let reply = client.post("/v1/charges", "amount=1000&currency=usd&source=tok_visa");
        check_error(&reply, 429, "invalid_request_error", Some("rate_limit"), None);
        assert_eq!(reply.header("stripe-should-retry"), Some("true"));
    }
    assert_eq!(client.balance("usd"), before, "a failed request changes nothing");
    assert_eq!(
        client
            .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa")
            .status,
        200
    );

    client.post("/_sim/faults", "status=500&should_retry=false").ok();
    let reply = client.get("/v1/balance");
    check_error(&reply, 500, "api_error", None, None);
    assert_eq!(reply.header("stripe-should-retry"), Some("false"));
    assert_eq!(client.get("/_sim/faults").ok()["data"].as_array().unwrap().len(), 0);
    client.post("/_sim/faults", "status=503&count=5").ok();
    assert_eq!(
        client.post("/_sim/faults/clear", "").ok()["data"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    assert_eq!(client.get("/v1/balance").status, 200);
    check_error(
        &client.post("/_sim/faults", "status=418"),
        400,
        "invalid_request_error",
        None,
        Some("status"),
    );
}

/// Sends raw bytes and returns the status line and body of the answer.
fn raw(request: &[u8]) -> (u16, Value) {
    let address = base().trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response);
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or_default();
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// A form POST to /v1/charges with `body` as its raw bytes.
fn post_raw(key: &str, body: &str) -> String {
    format!(
        "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
}

#[test]
fn bad_bodies_and_headers_get_stripe_shaped_4xx() {
    let client = Client::fresh("malformed");
    let key = client.key.clone();
    let before = client.balance("usd");
    let cases: Vec<(String, u16)> = vec![
        // Not form-encoded.
        (post_raw(&key, r#"{"amount":1}"#).replacen("Content-Length", "Content-Type: application/json\r\nContent-Length", 1), 400),
        // A stray percent sign, and invalid UTF-8 after decoding.
        (post_raw(&key, "amount=%Z"), 400),
        (post_raw(&key, "amount=%FF"), 400),
        // Brackets nested past the limit.
        (post_raw(&key, &format!("a{}=1", "[b]".repeat(50))), 400),
        // A body larger than the limit.
        (
            format!("POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n"),
            413,
        ),
        // Garbage in the Authorization and Stripe-Account headers.
        // (Bytes HTTP itself forbids, such as control characters, are refused by the HTTP
        // parser with a bare 400 before any of this runs; obs-text is valid HTTP.)
        (String::from_utf8_lossy(b"GET /v1/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \xc3\xbfjunk\r\nConnection: close\r\n\r\n").into_owned(), 401),
        (
            format!("GET /v1/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nStripe-Account: ../../etc\r\nConnection: close\r\n\r\n"),
            403,
        ),
        // Too many headers, and too many header bytes: 431 in Stripe's JSON.
        (
            format!(
                "GET /v1/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n{}Connection: close\r\n\r\n",
                (0..120).map(|i| format!("X-Junk-{i}: v\r\n")).collect::<String>()
            ),
            431,
        ),
        (
            format!(
                "GET /v1/balance HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
                "a".repeat(40_000)
            ),
            431,
        ),
        // An Idempotency-Key over 255 characters.
        (
            format!(
                "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nIdempotency-Key: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                "k".repeat(300)
            ),
            400,
        ),
    ];
    for (request, expected) in cases {
        let (status, body) = raw(request.as_bytes());
        assert_eq!(status, expected, "{request:.120}: {body}");
        assert!(body["error"]["type"].is_string(), "{request:.120}: {body}");
        assert!(body["error"]["message"].is_string(), "{request:.120}: {body}");
    }
    assert_eq!(client.balance("usd"), before);
}

#[test]
fn a_half_sent_request_blocks_nobody() {
    let address = base().trim_start_matches("http://").to_owned();
    let mut stalled = TcpStream::connect(&address).unwrap();
    stalled
        .write_all(b"POST /v1/charges HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\namount=")
        .unwrap();
    // Meanwhile everyone else is served.
    let client = Client::fresh("half_sent");
    for _ in 0..5 {
        assert_eq!(client.get("/v1/balance").status, 200);
    }
    drop(stalled);
}

/// Regression, found by the hostile-input tests (issue 6): a body whose HTTP framing the
/// client broke — a chunk size that is not hex, a chunk longer than its size, a connection
/// closed before the declared length — was answered 413 "larger than this simulator's limit",
/// sending the user after the wrong problem. It is a 400 that says the body could not be read.
#[test]
fn regression_a_body_with_broken_framing_is_400_not_413() {
    let client = Client::fresh("broken_framing");
    let key = &client.key;
    let before = client.balance("usd");
    let head = |framing: &str| {
        format!(
            "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n{framing}Connection: close\r\n\r\n"
        )
    };
    let chunked = head("Transfer-Encoding: chunked\r\n");
    let cases = [
        (
            "a chunk size that is not hex",
            format!("{chunked}zz\r\namount=100\r\n0\r\n\r\n"),
            true,
        ),
        (
            "a chunk longer than its size",
            format!("{chunked}3\r\namount=100\r\n0\r\n\r\n"),
            true,
        ),
        (
            "a body cut short",
            format!("{}amount=1", head("Content-Length: 100\r\n")),
            false,
        ),
    ];
    for (name, request, complete) in cases {
        let address = base().trim_start_matches("http://");
        let mut stream = TcpStream::connect(address).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream.write_all(request.as_bytes()).unwrap();
        if !complete {
            stream.shutdown(std::net::Shutdown::Write).unwrap();
        }
        let mut response = Vec::new();
        let _ = stream.read_to_end(&mut response);
        let text = String::from_utf8_lossy(&response);
        let status = text.split(' ').nth(1).and_then(|s| s.parse::<u16>().ok());
        let body: Value =
            serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap_or_default()).unwrap_or(Value::Null);
        assert_eq!(status, Some(400), "{name}: {text}");
        let message = body["error"]["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with("The request body could not be read: "),
            "{name}: {message}"
        );
    }
    // Over the limit is still 413, declared or chunked.
    let (status, _) = raw(format!("{chunked}{:x}\r\n{}\r\n0\r\n\r\n", 2 << 20, "a".repeat(2 << 20)).as_bytes());
    assert_eq!(status, 413);
    assert_eq!(client.balance("usd"), before);
}

#[test]
fn a_body_that_stalls_is_answered_408_in_stripes_shape() {
    // A server of its own that waits one second for a body, not the default ten.
    let base = serve_with(|state| {
        state.timeouts.body_read = Duration::from_secs(1);
    });
    let address = base.trim_start_matches("http://").to_owned();
    let key = Client::on(base, "stalled_body").key;
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = format!(
        "POST /v1/charges HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\nContent-Length: 100\r\n\r\namount="
    );
    stream.write_all(head.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    let body: Value = serde_json::from_str(text.split("\r\n\r\n").nth(1).unwrap_or_default()).unwrap();
    assert_eq!(body["error"]["type"], "invalid_request_error");
    assert!(
        body["error"]["message"].as_str().unwrap().contains("within 1 seconds"),
        "the server's own timeout: {body}"
    );
}

#[test]
fn balance_transactions_filter_by_automatic_payout() {
    let client = Client::fresh("payout_filter");
    let account = client
        .post(
            "/v1/accounts",
            "type=express&country=US&external_account=btok_us&settings[payouts][schedule][interval]=daily",
        )
        .ok()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    client
        .post(
            "/v1/transfers",
            &format!("amount=2500&currency=usd&destination={account}"),
        )
        .ok();
    client.post("/_sim/clock/advance", "days=1").ok();
    let connected = client.acting_as(&account);
    let payout = connected.get("/v1/payouts").ok()["data"][0].clone();
    assert_eq!(
        (payout["automatic"].as_bool(), payout["amount"].as_i64()),
        (Some(true), Some(2500))
    );
    let paid = connected
        .get(&format!(
            "/v1/balance_transactions?payout={}",
            payout["id"].as_str().unwrap()
        ))
        .ok();
    let types: Vec<&str> = paid["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["payout", "payment"]);
    // A manual payout's id cannot filter.
    let manual = client.acting_as(STANDARD_US).get("/v1/payouts?limit=1").ok()["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    check_error(
        &client
            .acting_as(STANDARD_US)
            .get(&format!("/v1/balance_transactions?payout={manual}")),
        400,
        "invalid_request_error",
        None,
        Some("payout"),
    );
}
