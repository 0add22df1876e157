//! Webhooks through HTTP with a real receiver: endpoints through Stripe's API, events as
//! history, Connect routing, signatures, retries on the world's clock, manual resends, a
//! receiver that hangs, and `--forward-to`.

use std::time::Duration;

use serde_json::{Value, json};

use super::receiver::{Answer, Receiver};
use super::*;
use debitsim::server::dispatch::{Dispatcher, Forward};

/// Registers an endpoint for `events` (comma-separated) at `url`; its id and secret.
fn endpoint(client: &Client, url: &str, events: &[&str], connect: bool) -> (String, String) {
    let mut body = format!("url={url}&connect={connect}");
    for event in events {
        body.push_str(&format!("&enabled_events[]={event}"));
    }
    let created = client.post("/v1/webhook_endpoints", &body).ok();
    (
        created["id"].as_str().unwrap().to_owned(),
        created["secret"].as_str().unwrap().to_owned(),
    )
}

/// The world's owed deliveries.
fn owed(client: &Client) -> Vec<Value> {
    client.get("/_sim/webhooks/owed").ok()["data"]
        .as_array()
        .unwrap()
        .clone()
}

/// Waits until no delivery is being attempted or waiting for its first attempt (at most
/// 20 s): what is still owed waits for a retry.
#[track_caller]
fn settled(client: &Client) {
    for _ in 0..2000 {
        if owed(client)
            .iter()
            .all(|o| o["attempting"] == false && o["attempts"].as_u64() > Some(0))
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("deliveries did not settle: {:?}", owed(client));
}

#[test]
fn endpoints_are_managed_through_stripes_api() {
    let platform = Client::fresh("we_crud");
    let created = platform
        .post(
            "/v1/webhook_endpoints",
            "url=http://127.0.0.1:9/hook&enabled_events[]=charge.succeeded&enabled_events[]=payout.paid\
             &description=books&metadata[team]=ledger&api_version=2024-04-10",
        )
        .ok();
    let id = created["id"].as_str().unwrap();
    assert!(id.starts_with("we_"), "{created}");
    assert!(created["secret"].as_str().unwrap().starts_with("whsec_"), "{created}");
    assert_eq!(created["object"], "webhook_endpoint");
    assert_eq!(created["status"], "enabled");
    assert_eq!(created["enabled_events"], json!(["charge.succeeded", "payout.paid"]));
    assert_eq!(created["metadata"], json!({"team": "ledger"}));
    assert_eq!(created["api_version"], "2024-04-10");
    assert_eq!(created["application"], Value::Null);
    assert_eq!(created["livemode"], false);

    // The secret is shown at creation only.
    let fetched = platform.get(&format!("/v1/webhook_endpoints/{id}")).ok();
    assert!(fetched.get("secret").is_none(), "{fetched}");
    assert_eq!(fetched["url"], "http://127.0.0.1:9/hook");

    let updated = platform
        .post(
            &format!("/v1/webhook_endpoints/{id}"),
            "disabled=true&enabled_events[]=*&description=&metadata[team]=",
        )
        .ok();
    assert_eq!(updated["status"], "disabled");
    assert_eq!(updated["enabled_events"], json!(["*"]));
    assert_eq!(updated["description"], Value::Null);
    assert_eq!(updated["metadata"], json!({}));

    let second = endpoint(&platform, "http://127.0.0.1:9/other", &["*"], true).0;
    let list = platform.get("/v1/webhook_endpoints?limit=1").ok();
    assert_eq!(list["object"], "list");
    assert_eq!(list["has_more"], true);
    assert_eq!(list["data"][0]["id"], second.as_str(), "newest first");
    let rest = platform
        .get(&format!("/v1/webhook_endpoints?starting_after={second}"))
        .ok();
    assert_eq!(rest["data"][0]["id"], id);

    let deleted = platform.delete(&format!("/v1/webhook_endpoints/{id}")).ok();
    assert_eq!(
        deleted,
        json!({"id": id, "object": "webhook_endpoint", "deleted": true})
    );
    let gone = platform.get(&format!("/v1/webhook_endpoints/{id}"));
    check_error(
        &gone,
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    assert!(
        gone.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("No such webhook endpoint")
    );

    // Endpoints are the world's: another key does not see them.
    let other = Client::fresh("we_crud_other");
    check_error(
        &other.get(&format!("/v1/webhook_endpoints/{second}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    // A restricted key reads them but cannot manage them.
    let restricted = Client::with_key(&platform.key.replace("sk_test_", "rk_test_"));
    restricted.get(&format!("/v1/webhook_endpoints/{second}")).ok();
    assert_eq!(
        restricted
            .post("/v1/webhook_endpoints", "url=http://127.0.0.1:9/x&enabled_events[]=*")
            .status,
        403
    );
    // /_sim/reset drops them with the rest of the world.
    platform.post("/_sim/reset", "").ok();
    assert_eq!(platform.get("/v1/webhook_endpoints").ok()["data"], json!([]));
}

#[test]
fn bad_endpoints_are_refused_and_change_nothing() {
    let platform = Client::fresh("we_bad");
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("enabled_events[]=*", Some("parameter_missing"), Some("url")),
        (
            "url=http://127.0.0.1:9/x",
            Some("parameter_missing"),
            Some("enabled_events"),
        ),
        (
            "url=ftp://127.0.0.1/x&enabled_events[]=*",
            Some("url_invalid"),
            Some("url"),
        ),
        ("url=not a url&enabled_events[]=*", Some("url_invalid"), Some("url")),
        ("url=/relative&enabled_events[]=*", Some("url_invalid"), Some("url")),
        ("url=https:///x&enabled_events[]=*", Some("url_invalid"), Some("url")),
        (
            "url=http://127.0.0.1:9/x&enabled_events[]=charge.succeded",
            None,
            Some("enabled_events[0]"),
        ),
        ("url=http://127.0.0.1:9/x&enabled_events=", None, Some("enabled_events")),
        (
            "url=http://127.0.0.1:9/x&enabled_events[]=*&connect=maybe",
            None,
            Some("connect"),
        ),
        (
            "url=http://127.0.0.1:9/x&enabled_events[]=*&expand[]=secret",
            None,
            Some("expand"),
        ),
    ];
    for (body, code, param) in cases {
        let refused = platform.post("/v1/webhook_endpoints", body);
        assert_eq!(refused.status, 400, "{body}: {}", refused.json);
        assert_eq!(
            refused.json["error"]["code"].as_str(),
            *code,
            "{body}: {}",
            refused.json
        );
        assert_eq!(
            refused.json["error"]["param"].as_str(),
            *param,
            "{body}: {}",
            refused.json
        );
    }
    // Acting as a connected account: refused in words that name debitsim.
    let refused = platform
        .acting_as(EXPRESS_US)
        .post("/v1/webhook_endpoints", "url=http://127.0.0.1:9/x&enabled_events[]=*");
    assert_eq!(refused.status, 400);
    assert!(refused.json["error"]["message"].as_str().unwrap().contains("debitsim"));
    assert_eq!(platform.get("/v1/webhook_endpoints").ok()["data"], json!([]));
    // Sixteen at most.
    for n in 0..16 {
        platform
            .post(
                "/v1/webhook_endpoints",
                &format!("url=http://127.0.0.1:9/{n}&enabled_events[]=*"),
            )
            .ok();
    }
    let seventeenth = platform.post("/v1/webhook_endpoints", "url=http://127.0.0.1:9/x&enabled_events[]=*");
    assert_eq!(seventeenth.status, 400, "{}", seventeenth.json);
    assert_eq!(
        platform.get("/v1/webhook_endpoints?limit=100").ok()["data"]
            .as_array()
            .unwrap()
            .len(),
        16
    );
}

/// The issue's own case: two partial refunds of 1,000 are two `charge.refunded` events
/// showing 1,000 and then 2,000 refunded, delivered signed, each naming its request.
#[test]
fn events_are_delivered_signed_as_they_were_when_they_happened() {
    let receiver = Receiver::start(Answer::Status(200));
    let platform = Client::fresh("we_history");
    let (_, secret) = endpoint(
        &platform,
        &receiver.url,
        &["charge.refunded", "charge.succeeded"],
        false,
    );
    let charge = platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    let id = charge["id"].as_str().unwrap();
    let first = platform
        .idempotent("refund-1")
        .post("/v1/refunds", &format!("charge={id}&amount=1000"));
    let second = platform.post("/v1/refunds", &format!("charge={id}&amount=1000"));
    let deliveries = receiver.wait_for(3);
    let kinds: Vec<&str> = deliveries.iter().map(|d| d.kind()).collect();
    assert_eq!(
        kinds,
        ["charge.succeeded", "charge.refunded", "charge.refunded"],
        "in order"
    );
    for delivery in &deliveries {
        assert!(delivery.signed_with(&secret), "{}", delivery.signature);
        assert!(!delivery.signed_with("whsec_wrong"));
        assert_eq!(delivery.content_type, "application/json; charset=utf-8");
        assert_eq!(delivery.json["object"], "event");
        assert!(
            delivery.json.get("account").is_none(),
            "a platform event has no account"
        );
        assert_eq!(delivery.json["api_version"], "2024-04-10");
        assert!(
            delivery.json["pending_webhooks"].as_u64() >= Some(1),
            "{}",
            delivery.json
        );
    }
    assert_eq!(deliveries[1].json["data"]["object"]["amount_refunded"], 1000);
    assert_eq!(deliveries[2].json["data"]["object"]["amount_refunded"], 2000);
    assert_eq!(deliveries[1].json["request"]["id"].as_str(), first.header("request-id"));
    assert_eq!(deliveries[1].json["request"]["idempotency_key"], "refund-1");
    assert_eq!(
        deliveries[2].json["request"]["id"].as_str(),
        second.header("request-id")
    );
    assert_eq!(deliveries[2].json["request"]["idempotency_key"], Value::Null);
    // The events keep their history through the API too, and once delivered owe nothing.
    settled(&platform);
    let events = platform.get("/v1/events?type=charge.refunded").ok();
    let refunded: Vec<i64> = events["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["data"]["object"]["amount_refunded"].as_i64().unwrap())
        .collect();
    assert_eq!(refunded, [2000, 1000], "newest first");
    assert!(
        events["data"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["pending_webhooks"] == 0)
    );
    let delivered = platform
        .get("/v1/events?delivery_success=true&type=charge.refunded")
        .ok();
    assert_eq!(delivered["data"].as_array().unwrap().len(), 2);
}

#[test]
fn updated_events_carry_previous_attributes() {
    let receiver = Receiver::start(Answer::Status(200));
    let platform = Client::fresh("we_previous");
    endpoint(&platform, &receiver.url, &["charge.updated"], false);
    let charge = platform
        .post(
            "/v1/charges",
            "amount=5000&currency=usd&source=tok_visa&metadata[order]=1",
        )
        .ok();
    let id = charge["id"].as_str().unwrap();
    platform
        .post(&format!("/v1/charges/{id}"), "metadata[order]=2&description=second")
        .ok();
    let updated = receiver.wait_for_kind("charge.updated");
    assert_eq!(
        updated.json["data"]["previous_attributes"],
        json!({"metadata": {"order": "1"}, "description": null})
    );
    assert_eq!(updated.json["data"]["object"]["metadata"], json!({"order": "2"}));
}

/// Connect routing: a `connect=true` endpoint gets connected accounts' events (with
/// `account`), the other the platform's; an account debit shows on both sides.
#[test]
fn connect_endpoints_get_connected_accounts_events() {
    let platform_receiver = Receiver::start(Answer::Status(200));
    let connect_receiver = Receiver::start(Answer::Status(200));
    let platform = Client::fresh("we_connect");
    endpoint(&platform, &platform_receiver.url, &["*"], false);
    endpoint(&platform, &connect_receiver.url, &["*"], true);
    let payment = platform
        .post("/v1/charges", &format!("amount=1500&currency=usd&source={EXPRESS_US}"))
        .ok();
    let on_connected = connect_receiver.wait_for_kind("transfer.created");
    assert_eq!(on_connected.json["account"], EXPRESS_US);
    assert_eq!(
        on_connected.json["data"]["object"]["destination_payment"],
        payment["id"]
    );
    let on_platform = platform_receiver.wait_for_kind("charge.succeeded");
    assert!(on_platform.json.get("account").is_none());
    assert_eq!(on_platform.json["data"]["object"]["id"], payment["id"]);
    settled(&platform);
    assert!(
        platform_receiver
            .deliveries()
            .iter()
            .all(|d| d.json.get("account").is_none())
    );
    assert!(
        connect_receiver
            .deliveries()
            .iter()
            .all(|d| d.json["account"].is_string())
    );
    // A connected account's own change reaches only the Connect endpoint.
    platform
        .post(&format!("/v1/accounts/{EXPRESS_US}"), "metadata[tier]=gold")
        .ok();
    let updated = connect_receiver.wait_for_kind("account.updated");
    assert_eq!(
        updated.json["data"]["previous_attributes"]["metadata"],
        json!({"tier": null})
    );
}

/// Failures are retried on the world's clock: advancing it fires a due retry at once; after
/// the last, the delivery is given up and the event counts as not delivered.
#[test]
fn failed_deliveries_are_retried_on_the_simulated_clock_then_given_up() {
    let receiver = Receiver::start(Answer::Status(500));
    let platform = Client::pinned("we_retry");
    let (we, _) = endpoint(&platform, &receiver.url, &["charge.succeeded"], false);
    let charge = platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    receiver.wait_for(1);
    settled(&platform);
    let now = platform.get("/_sim/clock").ok()["now"].as_i64().unwrap();
    let pending = owed(&platform);
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["webhook_endpoint"], we.as_str());
    assert_eq!(
        (pending[0]["attempts"].as_i64(), pending[0]["next_attempt"].as_i64()),
        (Some(1), Some(now + 300))
    );
    let event = pending[0]["event"].as_str().unwrap().to_owned();
    assert_eq!(platform.get(&format!("/v1/events/{event}")).ok()["pending_webhooks"], 1);
    let undelivered = platform.get("/v1/events?delivery_success=false").ok();
    assert_eq!(undelivered["data"][0]["id"], event.as_str());

    // Not before it is due...
    platform.post("/_sim/clock/advance", "seconds=299").ok();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(receiver.deliveries().len(), 1);
    // ...and at once when it is; then 30 min, 2 h, 6 h.
    let mut expected = 1;
    for wait in [1, 1800, 7200, 21600] {
        platform.post("/_sim/clock/advance", &format!("seconds={wait}")).ok();
        expected += 1;
        receiver.wait_for(expected);
        settled(&platform);
    }
    let deliveries = receiver.deliveries();
    assert_eq!(deliveries.len(), 5, "the first attempt and four retries");
    assert!(deliveries.iter().all(|d| d.id() == event));
    assert!(owed(&platform).is_empty(), "given up after the last retry");
    let event_now = platform.get(&format!("/v1/events/{event}")).ok();
    assert_eq!(event_now["pending_webhooks"], 0);
    let undelivered = platform.get("/v1/events?delivery_success=false").ok();
    assert_eq!(undelivered["data"][0]["id"], event.as_str());
    // Every attempt is in the log, newest first, with its status and error.
    let attempts = platform.get(&format!("/_sim/webhooks/attempts?event={event}")).ok();
    let attempts = attempts["data"].as_array().unwrap();
    assert_eq!(attempts.len(), 5);
    assert!(attempts.iter().all(|a| a["status"] == 500 && a["error"].is_string()));
    assert!(charge["id"].is_string());
}

#[test]
fn a_retry_succeeds_once_the_receiver_recovers() {
    let receiver = Receiver::start(Answer::Redirect);
    let platform = Client::pinned("we_recover");
    endpoint(&platform, &receiver.url, &["charge.succeeded"], false);
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    receiver.wait_for(1);
    settled(&platform);
    let attempts = platform.get("/_sim/webhooks/attempts").ok();
    assert_eq!(attempts["data"][0]["status"], 302);
    assert!(attempts["data"][0]["error"].as_str().unwrap().contains("redirect"));
    receiver.answer(Answer::Status(204));
    platform.post("/_sim/clock/advance", "seconds=300").ok();
    let event = receiver.wait_for(2)[1].id().to_owned();
    settled(&platform);
    assert!(owed(&platform).is_empty());
    let delivered = platform
        .get("/v1/events?delivery_success=true&type=charge.succeeded&limit=1")
        .ok();
    assert_eq!(delivered["data"][0]["id"], event.as_str());
}

/// `POST /v1/events/{id}/retry` (what `stripe events resend` calls) delivers again at once,
/// outside the schedule, which it leaves as it was.
#[test]
fn an_event_is_resent_on_demand() {
    let receiver = Receiver::start(Answer::Status(200));
    let platform = Client::pinned("we_resend");
    let (we, secret) = endpoint(&platform, &receiver.url, &["charge.succeeded"], false);
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    let first = receiver.wait_for(1)[0].clone();
    let resent = platform
        .post(
            &format!("/v1/events/{}/retry", first.id()),
            &format!("webhook_endpoint={we}"),
        )
        .ok();
    assert_eq!(resent["id"], first.id());
    let again = receiver.wait_for(2)[1].clone();
    assert_eq!(again.id(), first.id());
    assert!(again.signed_with(&secret));
    settled(&platform);
    let attempts = platform.get("/_sim/webhooks/attempts").ok();
    assert_eq!(attempts["data"][0]["manual"], true);
    assert_eq!(attempts["data"][1]["manual"], false);
    // Refusals: no destination, an unknown endpoint, the wrong scope, an unknown event.
    let event = first.id();
    let none = platform.post(&format!("/v1/events/{event}/retry"), "");
    assert_eq!(
        (none.status, none.json["error"]["param"].as_str()),
        (400, Some("webhook_endpoint"))
    );
    let unknown = platform.post(&format!("/v1/events/{event}/retry"), "webhook_endpoint=we_nope");
    check_error(
        &unknown,
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("webhook_endpoint"),
    );
    let (connect_we, _) = endpoint(&platform, &receiver.url, &["*"], true);
    let scope = platform.post(
        &format!("/v1/events/{event}/retry"),
        &format!("webhook_endpoint={connect_we}"),
    );
    assert_eq!(scope.status, 400, "{}", scope.json);
    let no_forwarding = platform.post(&format!("/v1/events/{event}/retry"), "for_stripecli=true");
    assert!(
        no_forwarding.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--forward-to")
    );
    let missing = platform.post("/v1/events/evt_nope/retry", &format!("webhook_endpoint={we}"));
    assert_eq!(missing.status, 404);
    assert_eq!(receiver.deliveries().len(), 2);
}

/// A receiver that never answers holds only its own deliveries: requests go on, and the
/// attempt fails at the timeout.
#[test]
fn a_hanging_receiver_slows_no_request() {
    let base = serve_with(|state| state.webhooks = Dispatcher::new(Duration::from_secs(1), 1, None));
    let receiver = Receiver::start(Answer::Hang);
    let platform = Client::on(base, "we_hang");
    endpoint(&platform, &receiver.url, &["*"], false);
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    receiver.wait_for(1);
    // The receiver holds the first delivery; requests are not waiting for it.
    for _ in 0..20 {
        platform
            .post("/v1/charges", "amount=100&currency=usd&source=tok_visa")
            .ok();
    }
    assert_eq!(receiver.holding(), 1, "one delivery at a time per endpoint, still held");
    // The held attempt times out and counts as failed.
    for _ in 0..300 {
        let attempts = platform.get("/_sim/webhooks/attempts").ok();
        if let Some(first) = attempts["data"].as_array().unwrap().last() {
            assert!(first["error"].as_str().unwrap().contains("no answer within"), "{first}");
            assert_eq!(first["status"], Value::Null);
            receiver.release();
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the hanging attempt never timed out");
}

#[test]
fn an_endless_answer_is_cut_off() {
    let base = serve_with(|state| state.webhooks = Dispatcher::new(Duration::from_secs(1), 1, None));
    let receiver = Receiver::start(Answer::Endless);
    let platform = Client::on(base, "we_endless");
    endpoint(&platform, &receiver.url, &["charge.succeeded"], false);
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    receiver.wait_for(1);
    for _ in 0..300 {
        let attempts = platform.get("/_sim/webhooks/attempts").ok();
        if let Some(attempt) = attempts["data"].as_array().unwrap().first() {
            // The status came at once; the body was read up to the limit and dropped.
            assert_eq!(attempt["status"], 200, "{attempt}");
            assert_eq!(platform.get("/_sim/clock").status, 200, "the server is well");
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("the attempt never ended");
}

/// `--forward-to`: every world's events, platform and Connect, signed with one secret, with
/// no API call; `for_stripecli=true` resends there.
#[test]
fn forward_to_delivers_every_worlds_events() {
    let receiver = Receiver::start(Answer::Status(200));
    let connect_receiver = Receiver::start(Answer::Status(200));
    let (url, connect_url) = (receiver.url.clone(), connect_receiver.url.clone());
    let base = serve_with(move |state| {
        state.webhooks = Dispatcher::new(
            Duration::from_secs(5),
            1,
            Some(Forward {
                url,
                connect_url: Some(connect_url),
                secret: "whsec_forwarded".into(),
            }),
        );
    });
    let platform = Client::on(base.clone(), "fwd_a");
    let other = Client::on(base, "fwd_b");
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_visa")
        .ok();
    other
        .post("/v1/charges", &format!("amount=700&currency=usd&source={EXPRESS_US}"))
        .ok();
    let succeeded = receiver.wait_for(2);
    assert!(
        succeeded
            .iter()
            .all(|d| d.kind() == "charge.succeeded" && d.signed_with("whsec_forwarded"))
    );
    let transfer = connect_receiver.wait_for_kind("transfer.created");
    assert_eq!(transfer.json["account"], EXPRESS_US);
    assert!(transfer.signed_with("whsec_forwarded"));
    let event = succeeded[0].id().to_owned();
    let owner = if platform.get(&format!("/v1/events/{event}")).status == 200 {
        &platform
    } else {
        &other
    };
    owner
        .post(&format!("/v1/events/{event}/retry"), "for_stripecli=true")
        .ok();
    receiver.wait_for(3);
    assert_eq!(receiver.deliveries()[2].id(), event);
}

/// At-least-once across `kill -9`: a delivery in flight when the server dies is made after it
/// restarts, a failed one keeps its retry schedule, and a delivered one is not made again.
#[test]
fn deliveries_survive_kill_9_and_delivered_ones_are_not_repeated() {
    use super::binary::Running;
    use super::persistence::{StateDir, get, post};
    let receiver = Receiver::start(Answer::Status(500));
    let state = StateDir::new("webhooks");
    let pinned = PINNED.to_string();
    let args = ["--port", "0", "--state", state.path(), "--start-time", &pinned];
    let key = "sk_test_webhook_survivor";
    let server = Running::start(&args);
    let base = server.base.clone();
    let call = |path: &str, body: &str| post(&base, key, None, path, body).expect("the server answers");
    let owed = |base: &str| {
        get(base, key, None, "/_sim/webhooks/owed").json["data"]
            .as_array()
            .unwrap()
            .clone()
    };
    let settle = |base: &str| {
        for _ in 0..2000 {
            if owed(base)
                .iter()
                .all(|o| o["attempting"] == false && o["attempts"].as_u64() > Some(0))
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("deliveries did not settle");
    };
    let we = call(
        "/v1/webhook_endpoints",
        &format!("url={}&enabled_events[]=charge.succeeded", receiver.url),
    )
    .json["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A: failed once, to be retried. B: delivered. C: in flight at the kill.
    call("/v1/charges", "amount=1000&currency=usd&source=tok_visa");
    let a = receiver.wait_for(1)[0].id().to_owned();
    settle(&base);
    receiver.answer(Answer::Status(200));
    call("/v1/charges", "amount=2000&currency=usd&source=tok_visa");
    let b = receiver.wait_for(2)[1].id().to_owned();
    settle(&base);
    receiver.answer(Answer::Hang);
    call("/v1/charges", "amount=3000&currency=usd&source=tok_visa");
    let c = receiver.wait_for(3)[2].id().to_owned();
    // A journaled write: once it is acknowledged, every record before it is written.
    call(&format!("/v1/webhook_endpoints/{we}"), "description=flushed");
    server.kill();
    receiver.answer(Answer::Status(200));
    receiver.release();

    let server = Running::start(&args);
    let base = server.base.clone();
    // C is delivered again without any request; A still waits for its retry.
    let again = receiver.wait_for(4)[3].clone();
    assert_eq!(again.id(), c);
    settle(&base);
    let pending = owed(&base);
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(
        (pending[0]["event"].as_str(), pending[0]["attempts"].as_u64()),
        (Some(a.as_str()), Some(1))
    );
    post(&base, key, None, "/_sim/clock/advance", "seconds=300").unwrap();
    assert_eq!(receiver.wait_for(5)[4].id(), a);
    settle(&base);
    assert!(owed(&base).is_empty());
    let times = |id: &str| receiver.deliveries().iter().filter(|d| d.id() == id).count();
    assert_eq!((times(&a), times(&b), times(&c)), (2, 1, 2));
    assert!(server.terminate().success());
}

/// The binary's flags: `--forward-to` prints its secret as `stripe listen` does, and
/// `--webhook-secret` fixes it.
#[test]
fn the_forward_to_flag_prints_its_secret_and_delivers() {
    use super::binary::Running;
    let receiver = Receiver::start(Answer::Status(200));
    let url = receiver.url.trim_start_matches("http://").to_owned();
    let server = Running::start(&[
        "--port",
        "0",
        "--forward-to",
        &url,
        "--webhook-secret",
        "whsec_from_the_suite",
    ]);
    let key = "sk_test_forward_flag";
    super::persistence::post(
        &server.base,
        key,
        None,
        "/v1/charges",
        "amount=5000&currency=usd&source=tok_visa",
    )
    .unwrap();
    let delivered = receiver.wait_for_kind("charge.succeeded");
    assert!(delivered.signed_with("whsec_from_the_suite"));
    let exited = server.terminate();
    assert!(exited.success(), "{}", exited.stderr);
    assert!(
        !exited.stderr.contains("whsec_"),
        "secrets never appear in the log: {}",
        exited.stderr
    );
}

/// One clock: with `--start-time` and `--forward-to` a dead port, every time the webhook
/// inspection endpoints show is the world's simulated time — an attempt's `created` as much
/// as its next attempt — never the wall clock's (which only signs the request).
#[test]
fn webhook_inspection_shows_the_worlds_simulated_time() {
    use super::binary::Running;
    use super::persistence::{get, post};
    // A port nothing listens on (bound, then released): every attempt is refused at once.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("127.0.0.1:{}/hooks", dead.local_addr().unwrap().port());
    drop(dead);
    const START: i64 = 1_767_225_600;
    let start = START.to_string();
    let server = Running::start(&["--port", "0", "--start-time", &start, "--forward-to", &url]);
    let base = server.base.clone();
    let key = "sk_test_one_clock";
    let charge = post(
        &base,
        key,
        None,
        "/v1/charges",
        "amount=5000&currency=usd&source=tok_visa",
    )
    .unwrap();
    assert_eq!(charge.json["created"], START);
    let event = get(&base, key, None, "/v1/events?type=charge.succeeded&limit=1").json["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let attempts_of = |event: &str| {
        get(&base, key, None, &format!("/_sim/webhooks/attempts?event={event}")).json["data"]
            .as_array()
            .unwrap()
            .clone()
    };
    let wait_for = |count: usize| {
        for _ in 0..2000 {
            let attempts = attempts_of(&event);
            let owed = get(&base, key, None, &format!("/_sim/webhooks/owed?event={event}")).json["data"].clone();
            if attempts.len() >= count && owed[0]["attempting"] == false {
                return (attempts, owed);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the attempt at {event} did not end");
    };

    let (attempts, owed) = wait_for(1);
    assert_eq!(attempts[0]["webhook_endpoint"], "forward_to");
    assert!(attempts[0]["error"].is_string(), "{attempts:?}");
    assert_eq!(attempts[0]["created"], START, "the attempt, on the world's clock");
    assert_eq!(owed[0]["next_attempt"], START + 300);
    let deliveries = get(&base, key, None, &format!("/_sim/event_deliveries?events[]={event}")).json;
    let delivery = &deliveries["data"][0];
    assert_eq!(
        (
            &delivery["status"],
            &delivery["last_attempt"]["created"],
            &delivery["next_attempt"]
        ),
        (&json!("pending"), &json!(START), &json!(START + 300))
    );
    // Every attempt of the world so far (its other events' too) was made at the pinned time.
    let all = get(&base, key, None, "/_sim/webhooks/attempts").json["data"]
        .as_array()
        .unwrap()
        .clone();
    assert!(all.iter().all(|a| a["created"] == START), "{all:?}");

    // The retry, five simulated minutes later, is made (and shown) at that simulated time.
    post(&base, key, None, "/_sim/clock/advance", "seconds=300").unwrap();
    let (attempts, owed) = wait_for(2);
    assert_eq!(
        attempts
            .iter()
            .map(|a| a["created"].as_i64().unwrap())
            .collect::<Vec<_>>(),
        vec![START + 300, START],
        "newest first"
    );
    assert_eq!(owed[0]["next_attempt"], START + 300 + 1800);
    let deliveries = get(&base, key, None, &format!("/_sim/event_deliveries?events[]={event}")).json;
    assert_eq!(deliveries["data"][0]["last_attempt"]["created"], START + 300);
    assert!(server.terminate().success());
}
