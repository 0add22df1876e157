//! API v2 over real HTTP: `/v2/core/accounts` as accounts of the world (read by v1, debited
//! by v1), its request path (JSON bodies, errors, paging, idempotency), and thin events
//! delivered to event destinations.

use std::time::Duration;

use serde_json::{Value, json};

use super::receiver::{Answer, Receiver};
use super::{Client, EXPRESS_US, PLATFORM, STANDARD_US, check_error};

/// An Express-like account created through v2: the platform bears its losses and collects
/// its fees, it has the Express Dashboard, and it takes payments and receives transfers.
fn express_like() -> Value {
    json!({
        "display_name": "Seller",
        "contact_email": "seller@example.com",
        "dashboard": "express",
        "identity": {"country": "US", "entity_type": "individual"},
        "defaults": {
            "currency": "usd",
            "responsibilities": {"losses_collector": "application", "fees_collector": "application_express"}
        },
        "configuration": {
            "merchant": {"capabilities": {"card_payments": {"requested": true}}},
            "recipient": {"capabilities": {"stripe_balance": {"stripe_transfers": {"requested": true}}}}
        },
        "include": ["defaults", "configuration.merchant", "configuration.recipient"]
    })
}

/// Every account the platform sees through v2, walking `next_page_url` to the end.
fn all_accounts(client: &Client, limit: usize) -> Vec<String> {
    let mut ids = Vec::new();
    let mut url = format!("/v2/core/accounts?limit={limit}");
    loop {
        let page = client.get(&url).ok();
        let data = page["data"].as_array().unwrap();
        assert!(data.len() <= limit, "{page}");
        ids.extend(data.iter().map(|a| a["id"].as_str().unwrap().to_owned()));
        match page["next_page_url"].as_str() {
            Some(next) => url = next.to_owned(),
            None => return ids,
        }
    }
}

#[test]
fn a_v2_account_is_an_account_of_the_world() {
    let platform = Client::fresh("v2_same");
    let created = platform.post_json("/v2/core/accounts", &express_like()).ok();
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("acct_"), "{created}");
    assert_eq!(created["object"], "v2.core.account");
    assert_eq!(created["applied_configurations"], json!(["merchant", "recipient"]));
    assert_eq!(
        created["defaults"]["responsibilities"]["losses_collector"],
        "application"
    );
    assert_eq!(
        created["defaults"]["responsibilities"]["requirements_collector"],
        "stripe"
    );
    assert_eq!(
        created["configuration"]["merchant"]["capabilities"]["card_payments"]["status"],
        "active"
    );
    let created_at = created["created"].as_str().unwrap();
    assert!(
        created_at.ends_with(".000Z") && created_at.len() == 24,
        "RFC 3339: {created_at}"
    );
    // Not included, not shown.
    assert_eq!(created["identity"], Value::Null);
    assert_eq!(created["configuration"]["customer"], Value::Null);

    // v1 reads the same account: v2's responsibilities are its controller.
    let v1 = platform.get(&format!("/v1/accounts/{id}")).ok();
    assert_eq!(v1["controller"]["losses"]["payments"], "application");
    assert_eq!(v1["controller"]["fees"]["payer"], "application_express");
    assert_eq!(v1["controller"]["stripe_dashboard"]["type"], "express");
    assert_eq!(
        v1["capabilities"],
        json!({"card_payments": "active", "transfers": "active"})
    );
    assert_eq!(v1["email"], "seller@example.com");
    assert_eq!(v1["settings"]["payouts"]["debit_negative_balances"], true);

    // v2 reads the fixtures' accounts, which v1 made.
    let fixture = platform
        .get(&format!(
            "/v2/core/accounts/{EXPRESS_US}?include[0]=defaults&include[1]=identity"
        ))
        .ok();
    assert_eq!(
        fixture["defaults"]["responsibilities"]["losses_collector"],
        "application"
    );
    assert_eq!(fixture["identity"]["country"], "US");
    assert_eq!(fixture["applied_configurations"], json!(["merchant", "recipient"]));
    let standard = platform
        .get(&format!("/v2/core/accounts/{STANDARD_US}?include[0]=defaults"))
        .ok();
    assert_eq!(standard["defaults"]["responsibilities"]["losses_collector"], "stripe");
    assert_eq!(standard["defaults"]["responsibilities"]["fees_collector"], "stripe");

    // A v1 update shows through v2, and a v2 update through v1.
    platform.post(&format!("/v1/accounts/{id}"), "metadata[team]=a").ok();
    let updated = platform
        .post_json(
            &format!("/v2/core/accounts/{id}"),
            &json!({"display_name": "Renamed", "metadata": {"team": null, "tier": "gold"}}),
        )
        .ok();
    assert_eq!(updated["display_name"], "Renamed");
    assert_eq!(updated["metadata"], json!({"tier": "gold"}));
    assert_eq!(
        platform.get(&format!("/v1/accounts/{id}")).ok()["metadata"],
        json!({"tier": "gold"})
    );

    // Paging by URL walks every account once, newest first, and back again.
    let all = all_accounts(&platform, 2);
    assert_eq!(all.len(), 7, "six fixture accounts and the new one: {all:?}");
    assert_eq!(all[0], id);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len());
    let second = platform.get("/v2/core/accounts?limit=2").ok()["next_page_url"]
        .as_str()
        .unwrap()
        .to_owned();
    let page = platform.get(&second).ok();
    let back = platform.get(page["previous_page_url"].as_str().unwrap()).ok();
    let ids = |page: &Value| -> Vec<String> {
        page["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&back), all[..2].to_vec());
    assert_eq!(back["previous_page_url"], Value::Null);
    let merchants = platform
        .get("/v2/core/accounts?limit=100&applied_configurations[0]=merchant")
        .ok();
    assert_eq!(merchants["data"].as_array().unwrap().len(), 7);
}

#[test]
fn a_v2_express_like_account_is_debited_both_documented_ways() {
    // Stripe collects an Express account's requirements, its bank account among them, so the
    // seller gives one on the hosted onboarding page (a platform cannot add it).
    let platform = Client::onboarding("v2_debits");
    let id = platform.post_json("/v2/core/accounts", &express_like()).id();
    let link = platform
        .post(
            "/v1/account_links",
            &format!(
                "account={id}&type=account_onboarding&refresh_url=https://example.com/refresh&return_url=https://example.com/return"
            ),
        )
        .ok();
    let url = link["url"].as_str().unwrap().to_owned();
    let http = super::lifecycle::no_redirects();
    let mut form = super::lifecycle::form_of(&http.get(&url).send().unwrap().text().unwrap());
    form.push(("tos_accepted".into(), "true".into()));
    assert_eq!(http.post(&url).form(&form).send().unwrap().status().as_u16(), 303);
    let account = platform.get(&format!("/v1/accounts/{id}")).ok();
    assert_eq!(account["payouts_enabled"], true, "{}", account["requirements"]);
    assert_eq!(account["external_accounts"]["data"][0]["currency"], "usd", "{account}");
    platform
        .post("/v1/transfers", &format!("amount=5000&currency=usd&destination={id}"))
        .ok();
    let seller = platform.acting_as(&id);
    assert_eq!(seller.balance("usd"), (5000, 0, 0));
    let (platform_available, _, reserved_before) = platform.balance("usd");

    // By charge: the platform charges the account.
    platform
        .post("/v1/charges", &format!("amount=1500&currency=usd&source={id}"))
        .ok();
    // By transfer: acting as the account, to the platform.
    seller
        .post(
            "/v1/transfers",
            &format!("amount=2000&currency=usd&destination={PLATFORM}"),
        )
        .ok();
    assert_eq!(seller.balance("usd"), (1500, 0, 0));
    // Below zero: the platform, which bears this account's losses, holds the difference.
    seller
        .post(
            "/v1/transfers",
            &format!("amount=2250&currency=usd&destination={PLATFORM}"),
        )
        .ok();
    assert_eq!(seller.balance("usd"), (-750, 0, 0));
    let (available, _, reserved) = platform.balance("usd");
    assert_eq!(available, platform_available + 1500 + 2000 + 2250 - 750);
    assert_eq!(reserved, reserved_before + 750);
    let audit = platform.get("/_sim/audit").ok();
    assert_eq!(audit["ok"], true, "{audit}");
}

#[test]
fn bad_v2_input_is_refused_and_changes_nothing() {
    let platform = Client::fresh("v2_bad");
    let before = all_accounts(&platform, 100);
    let account = |body: &str, content_type: &str| {
        let http = reqwest::blocking::Client::new();
        super::reply(
            http.post(format!("{}/v2/core/accounts", platform.base()))
                .bearer_auth(&platform.key)
                .header("Content-Type", content_type)
                .body(body.to_owned())
                .send()
                .unwrap(),
        )
    };
    // A form body on a v2 path.
    let form = account("display_name=x", "application/x-www-form-urlencoded");
    check_error(&form, 400, "invalid_request_error", None, None);
    assert!(form.json["error"]["message"].as_str().unwrap().contains("JSON"));
    // JSON that is not an object, or not JSON.
    check_error(
        &account("[1]", "application/json"),
        400,
        "invalid_request_error",
        None,
        None,
    );
    check_error(
        &account("{\"a\":", "application/json"),
        400,
        "invalid_request_error",
        None,
        None,
    );
    // Unknown include values, in a body and in a query.
    let include = platform.post_json("/v2/core/accounts", &json!({"include": ["identity", "nope"]}));
    check_error(&include, 400, "invalid_request_error", None, Some("include[1]"));
    let query = platform.get(&format!("/v2/core/accounts/{EXPRESS_US}?include[0]=expand"));
    check_error(&query, 400, "invalid_request_error", None, Some("include[0]"));
    // Fields of the wrong type, unknown fields, values Stripe does not take.
    let wrong = platform.post_json("/v2/core/accounts", &json!({"display_name": 7}));
    check_error(&wrong, 400, "invalid_request_error", None, Some("display_name"));
    let unknown = platform.post_json(
        "/v2/core/accounts",
        &json!({"configuration": {"merchant": {"branding": {"icon": "x"}}}}),
    );
    check_error(
        &unknown,
        400,
        "invalid_request_error",
        Some("parameter_unknown"),
        Some("configuration.merchant.branding"),
    );
    let losses = platform.post_json(
        "/v2/core/accounts",
        &json!({"defaults": {"responsibilities": {"losses_collector": "nobody", "fees_collector": "stripe"}}}),
    );
    check_error(
        &losses,
        400,
        "invalid_request_error",
        None,
        Some("defaults.responsibilities.losses_collector"),
    );
    // Restricted keys cannot call v2 at all, not even to read.
    let restricted = Client::with_key(&platform.key.replacen("sk_", "rk_", 1)).get("/v2/core/accounts");
    check_error(&restricted, 403, "invalid_request_error", None, None);
    // Closing with the wrong configurations, or one the platform is not: refused.
    let close = platform.post_json(
        &format!("/v2/core/accounts/{EXPRESS_US}/close"),
        &json!({"applied_configurations": ["merchant"]}),
    );
    check_error(
        &close,
        400,
        "invalid_request_error",
        None,
        Some("applied_configurations"),
    );
    assert_eq!(all_accounts(&platform, 100), before, "nothing changed");
    let events = platform.get("/v2/core/events?limit=100").ok();
    assert_eq!(
        events["data"].as_array().unwrap().len(),
        6,
        "only the fixture accounts' creation: {events}"
    );
}

#[test]
fn a_v2_idempotency_key_replays_a_success_and_reruns_a_failure() {
    let platform = Client::fresh("v2_idem");
    let keyed = platform.idempotent("k-1");
    let first = keyed.post_json("/v2/core/accounts", &express_like());
    let again = keyed.post_json("/v2/core/accounts", &express_like());
    assert_eq!(first.id(), again.id());
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    let other = keyed.post_json("/v2/core/accounts", &json!({"display_name": "other"}));
    check_error(&other, 400, "idempotency_error", None, None);
    // A refusal is not kept: the same request runs again (and is refused again).
    let failing = platform.idempotent("k-2");
    let body = json!({"identity": {"country": "ZZ"}});
    let refused = failing.post_json("/v2/core/accounts", &body);
    assert_eq!(refused.status, 400, "{}", refused.json);
    let rerun = failing.post_json("/v2/core/accounts", &body);
    assert_eq!(rerun.status, 400);
    assert_eq!(rerun.header("idempotent-replayed"), None);
    assert_eq!(all_accounts(&platform, 100).len(), 7, "one account made, once");
}

#[test]
fn closing_an_account_keeps_it_readable_through_v2() {
    let platform = Client::fresh("v2_close");
    let id = platform.post_json("/v2/core/accounts", &express_like()).id();
    let closed = platform
        .post_json(
            &format!("/v2/core/accounts/{id}/close"),
            &json!({"applied_configurations": ["recipient", "merchant"]}),
        )
        .ok();
    assert_eq!(closed["closed"], true);
    assert_eq!(platform.get(&format!("/v2/core/accounts/{id}")).ok()["closed"], true);
    assert_eq!(platform.get(&format!("/v1/accounts/{id}")).status, 404);
    assert!(!all_accounts(&platform, 100).contains(&id));
    let listed = platform.get("/v2/core/accounts?closed=true").ok();
    assert_eq!(listed["data"][0]["id"], id.as_str());
    let again = platform.post_json(&format!("/v2/core/accounts/{id}"), &json!({"display_name": "x"}));
    check_error(&again, 400, "invalid_request_error", None, None);
}

/// A destination of `events` at `url`; its id and signing secret.
fn destination(client: &Client, url: &str, events: &[&str]) -> (String, String) {
    let created = client
        .post_json(
            "/v2/core/event_destinations",
            &json!({
                "name": "thin", "type": "webhook_endpoint", "event_payload": "thin",
                "enabled_events": events, "webhook_endpoint": {"url": url},
                "include": ["webhook_endpoint.signing_secret", "webhook_endpoint.url"]
            }),
        )
        .ok();
    assert_eq!(created["webhook_endpoint"]["url"], url);
    (
        created["id"].as_str().unwrap().to_owned(),
        created["webhook_endpoint"]["signing_secret"]
            .as_str()
            .unwrap()
            .to_owned(),
    )
}

#[test]
fn event_destinations_receive_signed_thin_events() {
    let receiver = Receiver::start(Answer::Status(200));
    let platform = Client::fresh("v2_thin");
    let (ed, secret) = destination(
        &platform,
        &receiver.url,
        &["v2.core.account.created", "v2.core.account.updated"],
    );
    assert!(ed.starts_with("ed_test_"), "{ed}");
    // The URL and secret show only when asked for.
    let read = platform.get(&format!("/v2/core/event_destinations/{ed}")).ok();
    assert_eq!(read["webhook_endpoint"], json!({"signing_secret": null, "url": null}));

    let id = platform
        .idempotent("make-1")
        .post_json("/v2/core/accounts", &express_like())
        .id();
    let created = receiver.wait_for_kind("v2.core.account.created");
    assert!(created.signed_with(&secret));
    assert_eq!(created.json["object"], "v2.core.event");
    assert_eq!(
        created.json["related_object"],
        json!({"id": id, "type": "v2.core.account", "url": format!("/v2/core/accounts/{id}")})
    );
    assert_eq!(created.json["reason"]["request"]["idempotency_key"], "make-1");
    let event = created.id().to_owned();
    assert!(event.starts_with("evt_test_"), "{event}");
    let fetched = platform.get(&format!("/v2/core/events/{event}")).ok();
    assert_eq!(fetched["type"], "v2.core.account.created");
    // A thin event is not a v1 event.
    assert_eq!(platform.get(&format!("/v1/events/{event}")).status, 404);
    let v1 = platform.get("/v1/events?limit=100").ok();
    assert!(v1["data"].as_array().unwrap().iter().all(|e| e["object"] == "event"));

    // A v1 update of the account is a thin `v2.core.account.updated` too.
    platform.post(&format!("/v1/accounts/{id}"), "metadata[a]=1").ok();
    receiver.wait_for_kind("v2.core.account.updated");

    // Ping: sent to this destination, whatever it subscribes to.
    let ping = platform
        .post_json(&format!("/v2/core/event_destinations/{ed}/ping"), &json!({}))
        .ok();
    assert_eq!(ping["type"], "v2.core.event_destination.ping");
    assert_eq!(ping["related_object"]["type"], "v2.core.event_destination");
    receiver.wait_for_kind("v2.core.event_destination.ping");

    // Disabled, it is sent nothing; enabled again, it is.
    let disabled = platform
        .post_json(&format!("/v2/core/event_destinations/{ed}/disable"), &json!({}))
        .ok();
    assert_eq!(disabled["status"], "disabled");
    let seen = receiver.deliveries().len();
    platform.post_json("/v2/core/accounts", &express_like()).ok();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(receiver.deliveries().len(), seen);
    platform
        .post_json(&format!("/v2/core/event_destinations/{ed}/enable"), &json!({}))
        .ok();
    platform.post_json("/v2/core/accounts", &express_like()).ok();
    receiver.wait_for(seen + 1);

    // Listed, updated, deleted.
    let list = platform.get("/v2/core/event_destinations").ok();
    assert_eq!(list["data"][0]["id"], ed.as_str());
    let renamed = platform
        .post_json(
            &format!("/v2/core/event_destinations/{ed}"),
            &json!({"name": "renamed"}),
        )
        .ok();
    assert_eq!(renamed["name"], "renamed");
    let deleted = platform.delete(&format!("/v2/core/event_destinations/{ed}")).ok();
    assert_eq!(deleted, json!({"id": ed, "object": "v2.core.event_destination"}));
    assert_eq!(platform.get(&format!("/v2/core/event_destinations/{ed}")).status, 404);
}

#[test]
fn thin_events_are_retried_on_the_worlds_clock() {
    let receiver = Receiver::start(Answer::Status(500));
    let platform = Client::pinned("v2_retry");
    destination(&platform, &receiver.url, &["v2.core.account.created"]);
    platform.post_json("/v2/core/accounts", &express_like()).ok();
    receiver.wait_for(1);
    std::thread::sleep(Duration::from_millis(200));
    receiver.answer(Answer::Status(200));
    platform.post("/_sim/clock/advance", "seconds=299").ok();
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(receiver.deliveries().len(), 1, "not before the retry is due");
    platform.post("/_sim/clock/advance", "seconds=1").ok();
    let deliveries = receiver.wait_for(2);
    assert_eq!(deliveries[0].id(), deliveries[1].id());
    // The success is settled as soon as the sender hears it.
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let owed = platform.get("/_sim/webhooks/owed").ok();
        if owed["data"].as_array().unwrap().is_empty() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "still owed: {owed}");
        std::thread::sleep(Duration::from_millis(20));
    }
}
