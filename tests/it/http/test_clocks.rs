//! `/v1/test_helpers/test_clocks`: Stripe's test clocks as a front for the world's clock
//! (docs/behaviour.md §21) — advancing one moves the world, settlement and payouts included;
//! a clock never goes back; customers created on a clock are deleted with it — and
//! `POST /v1/test_helpers/refunds/{id}/expire`.

use super::*;

const CLOCKS: &str = "/v1/test_helpers/test_clocks";

/// The world's time, from `/_sim/clock`.
fn now(client: &Client) -> i64 {
    client.get("/_sim/clock").ok()["now"].as_i64().unwrap()
}

/// A clock of `client`'s world frozen at `frozen_time`; its id.
fn clock_at(client: &Client, frozen_time: i64) -> String {
    client.post(CLOCKS, &format!("frozen_time={frozen_time}")).id()
}

#[test]
fn a_clock_is_created_listed_retrieved_and_deleted() {
    let platform = Client::pinned("tc_life");
    let created = platform
        .post(CLOCKS, &format!("frozen_time={}&name=Renewals", PINNED - 86_400))
        .ok();
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("clock_"), "{id}");
    assert_eq!(created["object"], "test_helpers.test_clock");
    assert_eq!(created["frozen_time"], PINNED - 86_400);
    assert_eq!(created["created"], PINNED);
    assert_eq!(created["deletes_after"], PINNED + 7 * 86_400);
    assert_eq!(created["name"], "Renewals");
    assert_eq!(created["status"], "ready");
    assert_eq!(created["status_details"], serde_json::json!({}));
    assert_eq!(created["livemode"], false);
    assert_eq!(platform.get(&format!("{CLOCKS}/{id}")).ok(), created);
    let second = clock_at(&platform, PINNED);
    let list = platform.get(&format!("{CLOCKS}?limit=1")).ok();
    assert_eq!(list["data"][0]["id"], second.as_str(), "newest first");
    assert_eq!(list["has_more"], true);
    assert_eq!(list["url"], CLOCKS);
    let rest = platform.get(&format!("{CLOCKS}?starting_after={second}")).ok();
    assert_eq!(rest["data"][0]["id"], id.as_str());
    // Creating a clock leaves the world's time alone.
    assert_eq!(now(&platform), PINNED);

    let deleted = platform.delete(&format!("{CLOCKS}/{id}")).ok();
    assert_eq!(
        deleted,
        serde_json::json!({"id": id, "object": "test_helpers.test_clock", "deleted": true})
    );
    check_error(
        &platform.get(&format!("{CLOCKS}/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    let listed = platform.get(CLOCKS).ok();
    assert_eq!(listed["data"].as_array().unwrap().len(), 1);
    let clock_events: Vec<String> = event_types(&platform)
        .into_iter()
        .filter(|t| t.starts_with("test_helpers."))
        .collect();
    assert_eq!(
        clock_events,
        [
            "test_helpers.test_clock.created",
            "test_helpers.test_clock.created",
            "test_helpers.test_clock.deleted"
        ]
    );
}

#[test]
fn advancing_a_clock_advances_the_world_settlement_and_payouts_included() {
    let platform = Client::pinned("tc_advance");
    let express = platform.acting_as(EXPRESS_US);
    // An available balance on Express, which a daily payout schedule pays out, and pending
    // card funds on the platform.
    platform
        .post("/v1/charges", "amount=5000&currency=usd&source=tok_bypassPending")
        .ok();
    platform
        .post(
            "/v1/transfers",
            &format!("amount=2500&currency=usd&destination={EXPRESS_US}"),
        )
        .ok();
    express
        .post("/v1/balance_settings", "payments[payouts][schedule][interval]=daily")
        .ok();
    platform
        .post("/v1/charges", "amount=10000&currency=usd&source=tok_visa")
        .ok();
    let (available, pending, _) = platform.balance("usd");
    assert!(pending > 0);
    let clock = clock_at(&platform, PINNED);
    let target = PINNED + 3 * 86_400;

    let answer = platform
        .post(&format!("{CLOCKS}/{clock}/advance"), &format!("frozen_time={target}"))
        .ok();
    // Answered as Stripe answers: advancing, from the old frozen time towards the target.
    assert_eq!(answer["status"], "advancing");
    assert_eq!(answer["frozen_time"], PINNED);
    assert_eq!(answer["status_details"]["advancing"]["target_frozen_time"], target);
    // Every later request sees it ready, at its new frozen time, and the world there too.
    let after = platform.get(&format!("{CLOCKS}/{clock}")).ok();
    assert_eq!(
        (after["status"].as_str(), after["frozen_time"].as_i64()),
        (Some("ready"), Some(target))
    );
    assert_eq!(after["status_details"], serde_json::json!({}));
    assert_eq!(now(&platform), target);
    // Settlement: the card funds became available.
    let (available_after, pending_after, _) = platform.balance("usd");
    assert_eq!(pending_after, 0);
    assert_eq!(available_after, available + pending);
    // Payouts: Express was paid out by a daily run on the way.
    let payouts = express.get("/v1/payouts").ok();
    assert!(
        payouts["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["automatic"] == true),
        "{payouts}"
    );

    // The clock's events frame what the world's clock caused, and only `advancing`
    // answers the request.
    let events = platform.get("/v1/events?limit=100").ok();
    let events: Vec<&Value> = events["data"].as_array().unwrap().iter().rev().collect();
    let at = |kind: &str| events.iter().rposition(|e| e["type"] == kind).unwrap();
    let (advancing, ready, available_event) = (
        at("test_helpers.test_clock.advancing"),
        at("test_helpers.test_clock.ready"),
        at("balance.available"),
    );
    // Express's payout was made by the clock's advance, not by a request.
    let payout_event = &express.get("/v1/events?type=payout.created").ok()["data"][0];
    assert!(payout_event["request"]["id"].is_null(), "{payout_event}");
    assert!(payout_event["created"].as_i64().unwrap() > PINNED);
    assert!(advancing < available_event && available_event < ready);
    assert_eq!(ready, events.len() - 1);
    assert!(events[advancing]["request"]["id"].is_string());
    assert!(events[ready]["request"]["id"].is_null());
    assert_eq!(events[advancing]["data"]["object"]["status"], "advancing");
    assert_eq!(events[ready]["data"]["object"]["status"], "ready");
    assert_eq!(events[ready]["data"]["object"]["frozen_time"], target);
}

#[test]
fn a_clock_never_goes_back_and_a_refused_advance_changes_nothing() {
    let platform = Client::pinned("tc_back");
    let clock = clock_at(&platform, PINNED + 86_400);
    let path = format!("{CLOCKS}/{clock}/advance");
    let before = platform.get(&format!("{CLOCKS}/{clock}")).ok();
    let events = event_types(&platform);
    let cases = [
        (format!("frozen_time={}", PINNED), 400, None, Some("frozen_time")),
        (
            format!("frozen_time={}", PINNED + 86_400),
            400,
            None,
            Some("frozen_time"),
        ),
        (
            format!("frozen_time={}", PINNED + 86_400 + 2 * 365 * 86_400 + 1),
            400,
            None,
            Some("frozen_time"),
        ),
        (String::new(), 400, Some("parameter_missing"), Some("frozen_time")),
        (
            "frozen_time=soon".to_owned(),
            400,
            Some("parameter_invalid_integer"),
            Some("frozen_time"),
        ),
        (
            format!("frozen_time={}&name=x", PINNED + 2 * 86_400),
            400,
            Some("parameter_unknown"),
            Some("name"),
        ),
    ];
    for (body, status, code, param) in cases {
        let reply = platform.post(&path, &body);
        check_error(&reply, status, "invalid_request_error", code, param);
    }
    let backwards = platform.post(&path, &format!("frozen_time={PINNED}"));
    let message = backwards.json["error"]["message"].as_str().unwrap();
    assert!(message.contains("must be after"), "{message}");
    // Nothing moved: the clock, the world's time, the events.
    assert_eq!(platform.get(&format!("{CLOCKS}/{clock}")).ok(), before);
    assert_eq!(now(&platform), PINNED);
    assert_eq!(event_types(&platform), events);
    // An unknown clock is a 404; a deleted one too.
    check_error(
        &platform.post(&format!("{CLOCKS}/clock_nope/advance"), "frozen_time=1"),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

#[test]
fn a_clock_behind_the_world_moves_alone_and_the_world_never_goes_back() {
    let platform = Client::pinned("tc_behind");
    platform.post("/_sim/clock/advance", "days=10").ok();
    let clock = clock_at(&platform, PINNED);
    let answer = platform
        .post(
            &format!("{CLOCKS}/{clock}/advance"),
            &format!("frozen_time={}", PINNED + 86_400),
        )
        .ok();
    assert_eq!(answer["status"], "advancing");
    assert_eq!(
        platform.get(&format!("{CLOCKS}/{clock}")).ok()["frozen_time"],
        PINNED + 86_400
    );
    assert_eq!(now(&platform), PINNED + 10 * 86_400, "the world stays where it was");
    // Past the world's time, the world follows the clock.
    platform
        .post(
            &format!("{CLOCKS}/{clock}/advance"),
            &format!("frozen_time={}", PINNED + 12 * 86_400),
        )
        .ok();
    assert_eq!(now(&platform), PINNED + 12 * 86_400);
}

#[test]
fn a_world_on_the_wall_clock_follows_it_from_where_a_clock_took_it() {
    let platform = Client::fresh("tc_wall");
    let start = now(&platform);
    let clock = clock_at(&platform, start);
    platform
        .post(
            &format!("{CLOCKS}/{clock}/advance"),
            &format!("frozen_time={}", start + 5 * 86_400),
        )
        .ok();
    let clock_view = platform.get("/_sim/clock").ok();
    // The world moved five days ahead of the wall clock and stays ahead of it.
    let offset = clock_view["offset"].as_i64().unwrap();
    assert!((5 * 86_400 - 60..=5 * 86_400).contains(&offset), "{clock_view}");
    assert!(clock_view["now"].as_i64().unwrap() >= start + 5 * 86_400);
}

#[test]
fn test_clocks_refuse_connected_accounts_as_stripe_does() {
    let platform = Client::pinned("tc_connect");
    let clock = clock_at(&platform, PINNED);
    let express = platform.acting_as(EXPRESS_US);
    let calls = [
        express.post(CLOCKS, &format!("frozen_time={PINNED}")),
        express.get(CLOCKS),
        express.get(&format!("{CLOCKS}/{clock}")),
        express.post(
            &format!("{CLOCKS}/{clock}/advance"),
            &format!("frozen_time={}", PINNED + 60),
        ),
        express.delete(&format!("{CLOCKS}/{clock}")),
    ];
    for reply in calls {
        check_error(&reply, 400, "invalid_request_error", None, None);
        assert_eq!(
            reply.json["error"]["message"],
            "Connected account impersonation is not allowed on this endpoint."
        );
    }
    assert_eq!(platform.get(CLOCKS).ok()["data"].as_array().unwrap().len(), 1);
    assert_eq!(now(&platform), PINNED);
    // A connected account's customer cannot be put on the platform's clock either.
    check_error(
        &express.post("/v1/customers", &format!("test_clock={clock}")),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("test_clock"),
    );
}

#[test]
fn customers_on_a_clock_are_listed_by_it_and_deleted_with_it() {
    let platform = Client::pinned("tc_customers");
    let clock = clock_at(&platform, PINNED);
    let on_clock = platform
        .post("/v1/customers", &format!("email=a@example.com&test_clock={clock}"))
        .ok();
    assert_eq!(on_clock["test_clock"], clock.as_str());
    let expanded = platform
        .get(&format!(
            "/v1/customers/{}?expand[]=test_clock",
            on_clock["id"].as_str().unwrap()
        ))
        .ok();
    assert_eq!(expanded["test_clock"]["object"], "test_helpers.test_clock");
    let plain = platform.post("/v1/customers", "email=a@example.com").ok();
    assert!(plain["test_clock"].is_null());
    let ids = |reply: Value| -> Vec<String> {
        reply["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // Stripe's lists leave a clock's customers out unless asked for the clock.
    assert_eq!(ids(platform.get("/v1/customers").ok()), [plain.id_of()]);
    assert_eq!(
        ids(platform.get(&format!("/v1/customers?test_clock={clock}")).ok()),
        [on_clock.id_of()]
    );
    check_error(
        &platform.get("/v1/customers?test_clock=clock_nope"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("test_clock"),
    );
    check_error(
        &platform.post("/v1/customers", "test_clock=clock_nope"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("test_clock"),
    );
    // An existing customer attached at a clock's creation; only once.
    let attached = platform
        .post(CLOCKS, &format!("frozen_time={PINNED}&customer={}", plain.id_of()))
        .ok();
    let customer = platform.get(&format!("/v1/customers/{}", plain.id_of())).ok();
    assert_eq!(customer["test_clock"], attached["id"]);
    check_error(
        &platform.post(CLOCKS, &format!("frozen_time={PINNED}&customer={}", plain.id_of())),
        400,
        "invalid_request_error",
        None,
        Some("customer"),
    );

    platform.delete(&format!("{CLOCKS}/{clock}")).ok();
    let gone = platform.get(&format!("/v1/customers/{}", on_clock.id_of())).ok();
    assert_eq!(gone["deleted"], true);
    let types = event_types(&platform);
    let tail = &types[types.len() - 2..];
    assert_eq!(tail, ["customer.deleted", "test_helpers.test_clock.deleted"]);
    // The other clock's customer is untouched.
    assert!(
        platform
            .get(&format!("/v1/customers/{}", plain.id_of()))
            .ok()
            .get("deleted")
            .is_none()
    );
}

#[test]
fn a_clocks_parameters_are_checked_as_stripes_are() {
    let platform = Client::pinned("tc_params");
    let long = "n".repeat(301);
    let cases = [
        (String::new(), Some("parameter_missing"), Some("frozen_time")),
        (
            "frozen_time=1.5".to_owned(),
            Some("parameter_invalid_integer"),
            Some("frozen_time"),
        ),
        ("frozen_time=-1".to_owned(), None, Some("frozen_time")),
        (format!("frozen_time={PINNED}&name={long}"), None, Some("name")),
        (
            format!("frozen_time={PINNED}&color=red"),
            Some("parameter_unknown"),
            Some("color"),
        ),
        (
            format!("frozen_time={PINNED}&customer=cus_nope"),
            Some("resource_missing"),
            Some("customer"),
        ),
    ];
    for (body, code, param) in cases {
        check_error(&platform.post(CLOCKS, &body), 400, "invalid_request_error", code, param);
    }
    assert_eq!(platform.get(CLOCKS).ok()["data"], serde_json::json!([]));
}

#[test]
fn a_refund_cannot_be_expired_because_card_refunds_succeed_at_once() {
    let platform = Client::pinned("tc_expire");
    let charge = platform
        .post("/v1/charges", "amount=2000&currency=usd&source=tok_bypassPending")
        .id();
    let refund = platform
        .post("/v1/refunds", &format!("charge={charge}&amount=500"))
        .ok();
    let path = format!("/v1/test_helpers/refunds/{}/expire", refund.id_of());
    let reply = platform.post(&path, "");
    check_error(&reply, 400, "invalid_request_error", None, None);
    assert!(
        reply.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("requires_action")
    );
    let events = event_types(&platform);
    assert_eq!(platform.get(&format!("/v1/refunds/{}", refund.id_of())).ok(), refund);
    assert_eq!(event_types(&platform), events);
    check_error(
        &platform.post("/v1/test_helpers/refunds/re_nope/expire", ""),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

/// The `id` of a JSON object.
trait IdOf {
    fn id_of(&self) -> String;
}

impl IdOf for Value {
    fn id_of(&self) -> String {
        self["id"].as_str().unwrap_or_default().to_owned()
    }
}

#[test]
fn the_world_moves_at_most_ten_years_in_one_call_however_it_is_asked() {
    let platform = Client::pinned("tc_far");
    const YEAR: i64 = 365 * 86_400;
    // A clock frozen nine years ahead of the world: two more years would move the world
    // eleven years in one call.
    let clock = clock_at(&platform, PINNED + 9 * YEAR);
    let reply = platform.post(
        &format!("{CLOCKS}/{clock}/advance"),
        &format!("frozen_time={}", PINNED + 11 * YEAR),
    );
    check_error(&reply, 400, "invalid_request_error", None, Some("frozen_time"));
    let message = reply.json["error"]["message"].as_str().unwrap();
    assert!(message.contains("debitsim"), "{message}");
    assert_eq!(now(&platform), PINNED);
    assert_eq!(
        platform.get(&format!("{CLOCKS}/{clock}")).ok()["frozen_time"],
        PINNED + 9 * YEAR
    );
    // Within ten years it goes, and the world with it.
    platform
        .post(
            &format!("{CLOCKS}/{clock}/advance"),
            &format!("frozen_time={}", PINNED + 9 * YEAR + 86_400),
        )
        .ok();
    assert_eq!(now(&platform), PINNED + 9 * YEAR + 86_400);
}
