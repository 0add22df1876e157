//! The dashboard over real HTTP: its page and assets (headers, no outside resources), its
//! reads under `/_sim/` checked against Stripe's own endpoints, and the live feed.

use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::receiver::{Answer, Receiver};
use super::*;

const CSP: &str = "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// A GET without a key, as a browser loads the page.
fn fetch(path: &str, headers: &[(&str, &str)]) -> reqwest::blocking::Response {
    let mut request = reqwest::blocking::Client::new().get(format!("{}{path}", base()));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().expect("the request reaches the server")
}

/// The page's ES modules as served, from its entry module through every import: each one's
/// versioned path and text. Imports name the others with the page's version.
fn modules() -> Vec<(String, String)> {
    let html = fetch("/dashboard", &[]).text().unwrap();
    let entry = html
        .split("<script type=\"module\" src=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page loads a module")
        .to_owned();
    let version = entry
        .split("?v=")
        .nth(1)
        .expect("the entry module is versioned")
        .to_owned();
    let mut queue = vec![entry];
    let mut found: Vec<(String, String)> = Vec::new();
    while let Some(path) = queue.pop() {
        if found.iter().any(|(p, _)| *p == path) {
            continue;
        }
        let response = fetch(&path, &[]);
        assert_eq!(response.status(), 200, "{path}");
        let text = response.text().unwrap();
        for piece in text.split("from './").skip(1) {
            let name = piece.split('\'').next().unwrap_or_default();
            assert!(
                name.ends_with(&format!(".js?v={version}")),
                "{path} imports {name} without the page's version"
            );
            queue.push(format!("/dashboard/{name}"));
        }
        found.push((path, text));
    }
    found
}

/// Every module's text, one after the other.
fn script() -> String {
    modules()
        .into_iter()
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The `/dashboard/…` paths the page names in `src=` and `href=`.
fn asset_paths(html: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for attribute in ["src=\"", "href=\""] {
        for piece in html.split(attribute).skip(1) {
            let path = piece.split('"').next().unwrap_or_default();
            if path.starts_with("/dashboard/") && !paths.iter().any(|p| p == path) {
                paths.push(path.to_owned());
            }
        }
    }
    paths
}

#[test]
fn the_page_and_its_assets_come_from_the_binary_with_their_headers() {
    let page = fetch("/dashboard", &[]);
    assert_eq!(page.status(), 200);
    let header = |r: &reqwest::blocking::Response, name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header(&page, "content-type"), "text/html; charset=utf-8");
    assert_eq!(header(&page, "content-security-policy"), CSP);
    assert_eq!(debitsim::server::dashboard::CONTENT_SECURITY_POLICY, CSP);
    assert_eq!(header(&page, "x-content-type-options"), "nosniff");
    assert_eq!(header(&page, "cache-control"), "no-cache");
    assert!(header(&page, "request-id").starts_with("req_"));
    let html = page.text().unwrap();
    // The key never travels in a form field: the key input has no name to submit it by.
    assert!(html.contains("data-testid=\"key-input\""));
    assert!(!html.contains("name=\"key"), "the key input must have no name");

    let assets = asset_paths(&html);
    let expected = [
        ("/dashboard/main.js", "text/javascript; charset=utf-8"),
        ("/dashboard/dashboard.css", "text/css; charset=utf-8"),
        ("/dashboard/favicon.svg", "image/svg+xml"),
    ];
    for (path, content_type) in expected {
        // The page names each asset with its version, which lets the browser keep it.
        let versioned = assets
            .iter()
            .find(|a| a.split('?').next() == Some(path))
            .unwrap_or_else(|| panic!("{path} is not referenced by the page: {assets:?}"));
        assert!(versioned.starts_with(&format!("{path}?v=")), "{versioned}");
        let kept = fetch(versioned, &[]);
        assert_eq!(kept.status(), 200, "{versioned}");
        assert_eq!(header(&kept, "cache-control"), "public, max-age=31536000, immutable");
        let response = fetch(path, &[]);
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(
            header(&response, "cache-control"),
            "no-cache",
            "{path} without its version"
        );
        assert_eq!(header(&response, "content-type"), content_type, "{path}");
        assert_eq!(header(&response, "content-security-policy"), CSP, "{path}");
        let etag = header(&response, "etag");
        assert!(etag.starts_with('"') && etag.len() > 2, "{path}: etag {etag:?}");
        let body = response.text().unwrap();
        // Nothing is fetched from anywhere else: the only absolute URL in any asset is the
        // SVG namespace, which names and never loads.
        let outside = body.replace("http://www.w3.org/2000/svg", "");
        assert!(
            !outside.contains("http://") && !outside.contains("https://") && !outside.contains("url("),
            "{path} refers to another host"
        );
        let again = fetch(path, &[("If-None-Match", &etag)]);
        assert_eq!(again.status(), 304, "{path} revalidates");
        assert!(again.text().unwrap().is_empty());
    }
    assert!(!html.replace("http://www.w3.org/2000/svg", "").contains("http"));
    // The modules the page imports, each at its versioned path: kept for good, and as plain
    // of other hosts as the page.
    let modules = modules();
    assert!(
        modules.len() > 5,
        "{:?}",
        modules.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    for (path, text) in &modules {
        let kept = fetch(path, &[]);
        assert_eq!(
            header(&kept, "content-type"),
            "text/javascript; charset=utf-8",
            "{path}"
        );
        assert_eq!(
            header(&kept, "cache-control"),
            "public, max-age=31536000, immutable",
            "{path}"
        );
        let outside = text.replace("http://www.w3.org/2000/svg", "");
        assert!(
            !outside.contains("http://") && !outside.contains("https://"),
            "{path} refers to another host"
        );
    }
    // The same page at /dashboard/ (with its slash), revalidated by its own tag.
    let page = fetch("/dashboard/", &[]);
    let etag = header(&page, "etag");
    assert_eq!(page.text().unwrap(), html);
    assert_eq!(fetch("/dashboard", &[("If-None-Match", &etag)]).status(), 304);
}

#[test]
fn dashboard_paths_answer_stripes_errors_for_anything_else() {
    let missing = reply(fetch("/dashboard/nothing.js", &[]));
    check_error(&missing, 404, "invalid_request_error", None, None);
    let client = Client::fresh("dash_methods");
    let post = client.post("/dashboard", "");
    check_error(&post, 405, "invalid_request_error", None, None);
    let post = client.post("/_sim/stream", "");
    check_error(&post, 405, "invalid_request_error", None, None);
}

/// (available, pending, connect_reserved) of `currency` in an overview's or account
/// summary's `balances`.
fn figures(balances: &Value, currency: &str) -> (i64, i64, i64) {
    let entry = balances
        .as_array()
        .and_then(|a| a.iter().find(|b| b["currency"] == currency))
        .cloned()
        .unwrap_or(Value::Null);
    let get = |field: &str| entry[field].as_i64().unwrap_or(0);
    (get("available"), get("pending"), get("connect_reserved"))
}

#[test]
fn the_overview_is_the_platforms_balance_liability_and_clock() {
    let platform = Client::fresh("dash_overview");
    let overview = platform.get("/_sim/overview").ok();
    assert_eq!(overview["object"], "simulator.overview");
    assert_eq!(overview["platform"]["id"], PLATFORM);
    assert_eq!(figures(&overview["balances"], "usd"), platform.balance("usd"));
    assert_eq!(overview["accounts_count"], 6);
    assert_eq!(overview["liability"]["accounts"], serde_json::json!([]));
    let clock = platform.get("/_sim/clock").ok();
    assert_eq!(overview["clock"]["now"], clock["now"]);
    assert_eq!(overview["clock"]["next_payout_run"], clock["next_payout_run"]);
    assert_eq!(overview["clock"]["next_payout_arrival"], clock["next_payout_arrival"]);
    assert_eq!(overview["clock"]["next_funds_available"], clock["next_funds_available"]);
    assert!(
        clock["next_payout_arrival"].is_i64(),
        "the fixtures' payout is in transit"
    );
    assert_eq!(
        overview["webhooks"],
        serde_json::json!({"endpoints": 0, "delivering": false})
    );

    // A debit beyond the balance: the platform is liable for the shortfall, which is what
    // connect_reserved holds.
    let (available, _, _) = platform.acting_as(EXPRESS_US).balance("usd");
    platform
        .post(
            "/v1/charges",
            &format!("amount={}&currency=usd&source={EXPRESS_US}", available + 12_345),
        )
        .ok();
    let overview = platform.get("/_sim/overview").ok();
    let liable = &overview["liability"]["accounts"][0];
    assert_eq!(
        (
            liable["account"].as_str(),
            liable["amount"].as_i64(),
            liable["losses"].as_str()
        ),
        (Some(EXPRESS_US), Some(12_345), Some("application"))
    );
    assert_eq!(overview["liability"]["total"][0]["amount"], 12_345);
    assert_eq!(figures(&overview["balances"], "usd"), platform.balance("usd"));
    assert_eq!(figures(&overview["balances"], "usd").2, 12_345);
}

/// An account with requirements due shows on the dashboard's page of accounts as the API
/// shows it (what is due, charges and payouts disabled), with where its latest account link
/// stands: none, usable until it expires, expired on the world's clock, used.
#[test]
fn accounts_show_their_onboarding_and_their_latest_link() {
    use super::lifecycle::{form_of, no_redirects};
    let platform = Client::onboarding("dash_onboarding");
    let created = platform.post("/v1/accounts", "type=express&country=US").ok();
    let id = created["id"].as_str().unwrap().to_owned();
    let onboarding = |client: &Client| {
        let page = client.get("/_sim/accounts?limit=100").ok();
        let found = page["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id.as_str())
            .cloned();
        found.expect("the new account is listed")["onboarding"].clone()
    };
    let shown = onboarding(&platform);
    assert_eq!(shown["currently_due"], created["requirements"]["currently_due"]);
    assert!(!shown["currently_due"].as_array().unwrap().is_empty());
    assert_eq!(
        (
            &shown["details_submitted"],
            &shown["charges_enabled"],
            &shown["payouts_enabled"]
        ),
        (&json!(false), &json!(false), &json!(false))
    );
    assert_eq!(shown["disabled_reason"], "requirements.past_due");
    assert_eq!(shown["link"], Value::Null, "no link yet");
    // The fixtures' accounts are onboarded, with nothing due.
    let fixture = platform.get("/_sim/accounts?limit=1").ok()["data"][0]["onboarding"].clone();
    assert_eq!(
        (
            &fixture["details_submitted"],
            &fixture["currently_due"],
            &fixture["link"]
        ),
        (&json!(true), &json!([]), &Value::Null)
    );

    let link_body = format!(
        "account={id}&type=account_onboarding&refresh_url=https://example.com/refresh&return_url=https://example.com/return"
    );
    let link = platform.post("/v1/account_links", &link_body).ok();
    let shown = onboarding(&platform);
    assert_eq!(
        (
            &shown["link"]["state"],
            &shown["link"]["created"],
            &shown["link"]["expires_at"]
        ),
        (&json!("usable"), &link["created"], &link["expires_at"])
    );
    platform.post("/_sim/clock/advance", "seconds=300").ok();
    assert_eq!(onboarding(&platform)["link"]["state"], "expired");

    // A new link, used: the latest is the one shown, and the account is onboarded.
    let url = platform.post("/v1/account_links", &link_body).ok()["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let http = no_redirects();
    let mut form = form_of(&http.get(&url).send().unwrap().text().unwrap());
    form.push(("tos_accepted".into(), "true".into()));
    assert_eq!(http.post(&url).form(&form).send().unwrap().status().as_u16(), 303);
    let shown = onboarding(&platform);
    assert_eq!(shown["link"]["state"], "used");
    assert_eq!(
        (
            &shown["details_submitted"],
            &shown["charges_enabled"],
            &shown["currently_due"]
        ),
        (&json!(true), &json!(true), &json!([]))
    );
    assert_eq!(shown["disabled_reason"], Value::Null);
}

#[test]
fn accounts_page_oldest_first_with_what_the_dashboard_shows() {
    let platform = Client::fresh("dash_accounts");
    let first = platform.get("/_sim/accounts?limit=4").ok();
    assert_eq!(
        (first["has_more"].as_bool(), first["total_count"].as_i64()),
        (Some(true), Some(6))
    );
    let last_id = first["data"][3]["id"].as_str().unwrap().to_owned();
    let rest = platform
        .get(&format!("/_sim/accounts?limit=4&starting_after={last_id}"))
        .ok();
    assert_eq!(rest["has_more"], false);
    let ids: Vec<String> = first["data"]
        .as_array()
        .unwrap()
        .iter()
        .chain(rest["data"].as_array().unwrap())
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect();
    // The same accounts as Stripe's list, in creation order (Stripe's is newest first).
    let mut stripes: Vec<String> = platform.get("/v1/accounts?limit=100").ok()["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_owned())
        .collect();
    stripes.reverse();
    assert_eq!(ids, stripes);
    assert_eq!(ids[0], EXPRESS_US);
    let back = platform
        .get(&format!("/_sim/accounts?limit=2&ending_before={}", ids[2]))
        .ok();
    let back_ids: Vec<&str> = back["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(back_ids, [ids[0].as_str(), ids[1].as_str()]);

    let all = platform.get("/_sim/accounts?limit=100").ok();
    for account in all["data"].as_array().unwrap() {
        let id = account["id"].as_str().unwrap();
        let currency = account["default_currency"].as_str().unwrap();
        let (available, pending, _) = platform.acting_as(id).balance(currency);
        let (a, p, _) = figures(&account["balances"], currency);
        assert_eq!((a, p), (available, pending), "{id}");
        let stripe = platform.get(&format!("/v1/accounts/{id}")).ok();
        assert_eq!(account["type"], stripe["type"], "{id}");
        assert_eq!(account["losses"], stripe["controller"]["losses"]["payments"], "{id}");
        assert_eq!(account["country"], stripe["country"], "{id}");
        assert_eq!(
            account["bank_accounts"].as_array().unwrap().len(),
            stripe["external_accounts"]["data"].as_array().unwrap().len(),
            "{id}"
        );
    }
    let by_id = |id: &str| {
        all["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_id(STANDARD_US)["losses"], "stripe");
    assert_eq!(by_id(EXPRESS_US)["region"], "United States");
    assert_eq!(by_id(EXPRESS_US)["same_region_as_platform"], true);
    assert_eq!(by_id(EXPRESS_GB)["same_region_as_platform"], false);
    assert_eq!(by_id(CUSTOM_US_NO_BANK)["bank_accounts"], serde_json::json!([]));
    assert_eq!(by_id(EXPRESS_US)["bank_accounts"][0]["last4"], "6789");
}

#[test]
fn dashboard_reads_refuse_what_stripes_lists_refuse() {
    let platform = Client::fresh("dash_refusals");
    check_error(
        &platform.get("/_sim/accounts?limit=0"),
        400,
        "invalid_request_error",
        Some("parameter_invalid_integer"),
        Some("limit"),
    );
    check_error(
        &platform.get("/_sim/accounts?starting_after=acct_1Nothing"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("starting_after"),
    );
    // The platform is not one of its connected accounts.
    check_error(
        &platform.get(&format!("/_sim/accounts?starting_after={PLATFORM}")),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("starting_after"),
    );
    check_error(
        &platform.get("/_sim/overview?expand[]=platform"),
        400,
        "invalid_request_error",
        Some("parameter_unknown"),
        Some("expand[]"),
    );
    check_error(
        &platform.get("/_sim/movements?starting_after=txn_1Nothing"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("starting_after"),
    );
    check_error(
        &platform.get("/_sim/movements?account=acct_1Nothing"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("account"),
    );
    check_error(
        &platform.get("/_sim/balance_history?points=1"),
        400,
        "invalid_request_error",
        Some("parameter_invalid_integer"),
        Some("points"),
    );
    check_error(
        &platform.get("/_sim/balance_history?currency=xyz"),
        400,
        "invalid_request_error",
        None,
        Some("currency"),
    );
    for path in [
        "/_sim/overview",
        "/_sim/accounts",
        "/_sim/movements",
        "/_sim/balance_history",
    ] {
        let anonymous = reply(fetch(path, &[]));
        check_error(&anonymous, 401, "invalid_request_error", None, None);
    }
    // A restricted key reads its world.
    let restricted = Client::with_key(&platform.key.replacen("sk_", "rk_", 1));
    assert_eq!(restricted.get("/_sim/overview").ok()["platform"]["id"], PLATFORM);
}

#[test]
fn another_worlds_accounts_are_nowhere_in_this_one() {
    let one = Client::fresh("dash_world_one");
    let two = Client::fresh("dash_world_two");
    let created = one.post("/v1/accounts", "type=express&country=US").ok();
    let id = created["id"].as_str().unwrap();
    assert_eq!(one.get("/_sim/accounts").ok()["total_count"], 7);
    assert_eq!(two.get("/_sim/accounts").ok()["total_count"], 6);
    check_error(
        &two.get(&format!("/_sim/movements?account={id}")),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("account"),
    );
    check_error(
        &two.get(&format!("/_sim/balance_history?account={id}")),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("account"),
    );
}

fn movements(client: &Client, query: &str) -> Vec<Value> {
    client.get(&format!("/_sim/movements?{query}")).ok()["data"]
        .as_array()
        .unwrap()
        .clone()
}

fn party(movement: &Value, side: &str) -> (String, String) {
    let p = &movement[side];
    (
        p["type"].as_str().unwrap_or_default().to_owned(),
        p["account"].as_str().unwrap_or_default().to_owned(),
    )
}

#[test]
fn movements_show_each_debit_from_the_account_to_the_platform() {
    let platform = Client::fresh("dash_debits");
    let payment = platform
        .post("/v1/charges", &format!("amount=1500&currency=usd&source={EXPRESS_US}"))
        .ok();
    let transfer = platform
        .acting_as(EXPRESS_US)
        .post(
            "/v1/transfers",
            &format!("amount=700&currency=usd&destination={PLATFORM}"),
        )
        .ok();
    let account = (String::from("account"), String::from(EXPRESS_US));
    let to_platform = (String::from("account"), String::from(PLATFORM));

    let world = movements(&platform, "limit=2");
    assert_eq!(world[0]["kind"], "debit");
    assert_eq!(
        (world[0]["amount"].as_i64(), world[0]["debit"]["flow"].as_str()),
        (Some(700), Some("transfer"))
    );
    assert_eq!(world[0]["source"], transfer["id"]);
    assert_eq!(world[1]["kind"], "debit");
    assert_eq!(
        (world[1]["amount"].as_i64(), world[1]["debit"]["flow"].as_str()),
        (Some(1500), Some("charge"))
    );
    assert_eq!(world[1]["source"], payment["source_transfer"]);
    for m in &world {
        assert_eq!(
            (party(m, "from"), party(m, "to")),
            (account.clone(), to_platform.clone()),
            "{m}"
        );
        assert_eq!(m["debit"]["reference"], Value::Null);
    }
    // The platform's own side of the same money: its payments.
    let received = movements(&platform, &format!("limit=2&account={PLATFORM}"));
    assert_eq!(received[1]["source"], payment["id"]);
    for m in &received {
        assert_eq!(
            (party(m, "from"), party(m, "to")),
            (account.clone(), to_platform.clone()),
            "{m}"
        );
        assert_eq!(m["account"], PLATFORM);
    }

    // Paging the whole world: every balance transaction once, except the receiving side of
    // transfers (the same money as the sender's).
    let mut seen: Vec<String> = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = platform
            .get(&format!("/_sim/movements?limit=7&starting_after={cursor}"))
            .ok();
        for m in page["data"].as_array().unwrap() {
            seen.push(m["id"].as_str().unwrap().to_owned());
        }
        if page["has_more"] != true {
            break;
        }
        cursor = seen.last().unwrap().clone();
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "a movement was listed twice");
    let mut expected = 0;
    let accounts = platform.get("/v1/accounts?limit=100").ok();
    let ids = std::iter::once(PLATFORM.to_owned()).chain(
        accounts["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned()),
    );
    for id in ids {
        let as_account = if id == PLATFORM {
            platform.clone()
        } else {
            platform.acting_as(&id)
        };
        let txns = as_account.get("/v1/balance_transactions?limit=100").ok();
        for txn in txns["data"].as_array().unwrap() {
            let kind = txn["type"].as_str().unwrap();
            if kind != "payment" && kind != "payment_refund" {
                expected += 1;
                assert!(seen.iter().any(|s| txn["id"] == s.as_str()), "{txn}");
            }
        }
    }
    assert_eq!(seen.len(), expected);
}

#[test]
fn movements_show_reserves_refunds_reversals_fees_and_payouts() {
    let platform = Client::fresh("dash_kinds");
    let seller = platform.acting_as(EXPRESS_US);
    // A destination charge to the seller, paid out, then refunded with its transfer reversed:
    // the seller goes below zero and the platform holds a reserve for it.
    let sale = platform
        .post(
            "/v1/charges",
            &format!("amount=10000&currency=usd&source=tok_bypassPending&transfer_data[destination]={EXPRESS_US}"),
        )
        .ok();
    let (available, _, _) = seller.balance("usd");
    seller
        .post("/v1/payouts", &format!("amount={available}&currency=usd"))
        .ok();
    platform
        .post(
            "/v1/refunds",
            &format!("charge={}&reverse_transfer=true", sale["id"].as_str().unwrap()),
        )
        .ok();
    let kinds: Vec<(String, Value)> = movements(&platform, "limit=20")
        .into_iter()
        .map(|m| (m["kind"].as_str().unwrap().to_owned(), m))
        .collect();
    let find = |kind: &str| {
        kinds
            .iter()
            .find(|(k, _)| k == kind)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| panic!("no {kind} movement in {kinds:?}"))
    };
    let reserve = find("reserve_held");
    assert_eq!(
        (party(&reserve, "from"), party(&reserve, "to")),
        (
            (String::from("account"), String::from(PLATFORM)),
            (String::from("connect_reserved"), String::from(EXPRESS_US))
        )
    );
    assert_eq!(reserve["amount"], 10000);
    let reversal = find("reversal");
    assert_eq!(
        (
            party(&reversal, "from").1,
            party(&reversal, "to").1,
            reversal["amount"].as_i64()
        ),
        (String::from(EXPRESS_US), String::from(PLATFORM), Some(10000))
    );
    let refund = find("refund");
    assert_eq!(
        (party(&refund, "from").1, party(&refund, "to").0),
        (String::from(PLATFORM), String::from("cardholder"))
    );
    let payout = find("payout");
    assert_eq!(
        (
            party(&payout, "from").1,
            party(&payout, "to").0,
            payout["to"]["last4"].as_str()
        ),
        (String::from(EXPRESS_US), String::from("bank"), Some("6789"))
    );
    assert_eq!(payout["amount"], available);
    let charge = find("charge");
    assert_eq!(charge["source"], sale["id"]);
    assert_eq!(
        (charge["from"]["type"].as_str(), charge["to"]["account"].as_str()),
        (Some("cardholder"), Some(PLATFORM))
    );
    assert_eq!(charge["fee"]["to"]["type"], "stripe");
    assert_eq!(charge["fee"]["amount"], 320);

    // Paid back: the reserve is released.
    platform
        .post(
            "/v1/transfers",
            &format!("amount=10000&currency=usd&destination={EXPRESS_US}"),
        )
        .ok();
    let released = &movements(&platform, &format!("limit=3&account={PLATFORM}"))[0];
    assert_eq!(
        (released["kind"].as_str(), released["amount"].as_i64()),
        (Some("reserve_released"), Some(10000))
    );
    assert_eq!(platform.balance("usd").2, 0);
}

/// The signed sum of an account's movements (into its balance positive, out negative), fees
/// and application fees included: what its balance holds when it began at zero.
fn signed_total(movements: &[Value], account: &str) -> i64 {
    let sign = |from: &Value, to: &Value| {
        let of = |p: &Value| p["type"] == "account" && p["account"] == account;
        i64::from(of(to)) - i64::from(of(from))
    };
    movements
        .iter()
        .flat_map(|m| [m, &m["fee"], &m["application_fee"]])
        .filter(|m| !m.is_null())
        .map(|m| sign(&m["from"], &m["to"]) * m["amount"].as_i64().unwrap())
        .sum()
}

/// Finds the one movement of `kind` in `list`.
#[track_caller]
fn only(list: &[Value], kind: &str) -> Value {
    let found: Vec<&Value> = list.iter().filter(|m| m["kind"] == kind).collect();
    assert_eq!(found.len(), 1, "one {kind} movement in {list:?}");
    found[0].clone()
}

#[track_caller]
fn parties(m: &Value) -> [(String, String); 2] {
    [party(m, "from"), party(m, "to")]
}

fn of(kind: &str, account: &str) -> (String, String) {
    (kind.to_owned(), account.to_owned())
}

/// Money in, as movements: a destination PaymentIntent with an application fee, disputed by
/// Stripe's test card, the dispute won, and the transfer reversed with its fee refunded.
/// Each shows as money from one party to another, once in the whole world's list, and a new
/// account's movements add up to its balance.
#[test]
fn movements_show_application_fees_disputes_and_payment_intents() {
    let platform = Client::pinned("dash_money_in");
    let created = platform
        .post("/v1/accounts", "type=custom&country=US&external_account=btok_us")
        .ok();
    let seller_id = created["id"].as_str().unwrap();
    let seller = platform.acting_as(seller_id);
    let intent = platform
        .post(
            "/v1/payment_intents",
            &format!(
                "amount=25000&currency=usd&payment_method=pm_card_createDispute&confirm=true\
                 &transfer_data[destination]={seller_id}&application_fee_amount=2500&expand[]=latest_charge"
            ),
        )
        .ok();
    let charge = &intent["latest_charge"];
    let dispute = platform.get("/v1/disputes?limit=1").ok()["data"][0].clone();
    assert_eq!(dispute["charge"], charge["id"]);

    // The four movements of the sale, the newest in the world.
    let world = movements(&platform, "limit=4");
    let sale = only(&world, "charge");
    assert_eq!(
        (sale["payment_intent"].as_str(), sale["source"].as_str()),
        (intent["id"].as_str(), charge["id"].as_str())
    );
    assert_eq!(sale["fee"]["kind"], "stripe_fee");
    let fee = only(&world, "application_fee");
    assert_eq!(parties(&fee), [of("account", seller_id), of("account", PLATFORM)]);
    assert_eq!(
        (fee["amount"].as_i64(), fee["source"].as_str()),
        (Some(2500), charge["application_fee"].as_str())
    );
    // On a destination charge the dispute is the platform's: the amount back to the
    // cardholder, and Stripe's dispute fee.
    let withdrawn = only(&world, "dispute");
    assert_eq!(parties(&withdrawn), [of("account", PLATFORM), of("cardholder", "")]);
    assert_eq!(
        (withdrawn["amount"].as_i64(), withdrawn["source"].as_str()),
        (Some(25000), dispute["id"].as_str())
    );
    assert_eq!(
        (
            withdrawn["fee"]["kind"].as_str(),
            withdrawn["fee"]["amount"].as_i64(),
            withdrawn["fee"]["to"]["type"].as_str()
        ),
        (Some("dispute_fee"), Some(1500), Some("stripe"))
    );
    // The whole world shows the application fee once: as the platform's.
    assert!(world.iter().all(|m| m["application_fee"].is_null()), "{world:?}");
    // The seller's own list shows it on the payment it came out of.
    let own = movements(&platform, &format!("account={seller_id}"));
    let paid = only(&own, "transfer");
    assert_eq!(parties(&paid), [of("account", PLATFORM), of("account", seller_id)]);
    assert_eq!(
        (
            paid["application_fee"]["amount"].as_i64(),
            party(&paid["application_fee"], "to")
        ),
        (Some(2500), of("account", PLATFORM))
    );

    // Won: the amount and the fee come back once the clock moves.
    platform
        .post(
            &format!("/v1/disputes/{}", dispute["id"].as_str().unwrap()),
            "evidence[uncategorized_text]=winning_evidence",
        )
        .ok();
    platform.post("/_sim/clock/advance", "seconds=60").ok();
    let world = movements(&platform, "limit=10");
    let won = only(&world, "dispute_reinstated");
    assert_eq!(parties(&won), [of("cardholder", ""), of("account", PLATFORM)]);
    assert_eq!(won["amount"], 25000);
    assert_eq!(
        (
            party(&won["fee"], "from").0,
            party(&won["fee"], "to").1,
            won["fee"]["amount"].as_i64()
        ),
        (String::from("stripe"), String::from(PLATFORM), Some(1500))
    );

    // The platform takes the money back from the seller and returns the fee with it: the
    // fee's refund shows once in the world, from the platform to the seller.
    let transfer = charge["transfer"].as_str().unwrap();
    platform
        .post(
            &format!("/v1/transfers/{transfer}/reversals"),
            "amount=25000&refund_application_fee=true",
        )
        .ok();
    let world = movements(&platform, "limit=10");
    let returned = only(&world, "application_fee_refund");
    assert_eq!(parties(&returned), [of("account", PLATFORM), of("account", seller_id)]);
    assert_eq!(returned["amount"], 2500);
    let own = movements(&platform, &format!("account={seller_id}"));
    assert_eq!(
        parties(&only(&own, "application_fee_refund")),
        [of("account", PLATFORM), of("account", seller_id)]
    );
    // Every cent of the seller's balance is accounted for by its movements.
    let (available, pending, _) = seller.balance("usd");
    assert_eq!(signed_total(&own, seller_id), available + pending);
    // Its payment (less the fee) still pending, the reversal (less the fee back) out of its
    // available balance.
    assert_eq!((available, pending), (-22_500, 22_500));

    // The balance chart draws the same money: the platform's and the seller's histories end
    // at their balances.
    for (account, client) in [(PLATFORM, &platform), (seller_id, &seller)] {
        let drawn = history(&platform, &format!("account={account}&points=5"));
        let last = drawn["points"].as_array().unwrap().last().unwrap().clone();
        let (available, pending, _) = client.balance("usd");
        assert_eq!(
            (last["available"].as_i64(), last["pending"].as_i64()),
            (Some(available), Some(pending)),
            "{account}"
        );
    }
}

/// A direct charge on an account whose fees the platform pays: the account's dispute takes
/// the amount alone, the platform pays the dispute fee as a movement of its own, and the
/// application fee shows on the account's charge.
#[test]
fn a_dispute_fee_the_platform_pays_is_a_movement_of_its_own() {
    let platform = Client::pinned("dash_dispute_fee");
    let created = platform
        .post(
            "/v1/accounts",
            "country=US&controller[fees][payer]=application&controller[losses][payments]=application\
             &controller[stripe_dashboard][type]=none&controller[requirement_collection]=application\
             &external_account=btok_us",
        )
        .ok();
    let id = created["id"].as_str().unwrap();
    let account = platform.acting_as(id);
    account
        .post(
            "/v1/payment_intents",
            "amount=10000&currency=usd&payment_method=pm_card_createDispute&confirm=true&application_fee_amount=1000",
        )
        .ok();
    let own = movements(&platform, &format!("account={id}"));
    let withdrawn = only(&own, "dispute");
    assert_eq!(parties(&withdrawn), [of("account", id), of("cardholder", "")]);
    assert_eq!(
        (withdrawn["amount"].as_i64(), &withdrawn["fee"]),
        (Some(10000), &Value::Null)
    );
    let sale = only(&own, "charge");
    assert_eq!(
        (
            sale["application_fee"]["amount"].as_i64(),
            party(&sale["application_fee"], "from"),
            party(&sale["application_fee"], "to")
        ),
        (Some(1000), of("account", id), of("account", PLATFORM))
    );
    assert_eq!(sale["fee"]["amount"], 320);
    let (available, pending, _) = account.balance("usd");
    assert_eq!(signed_total(&own, id), available + pending);

    let paid = only(
        &movements(&platform, &format!("account={PLATFORM}&limit=5")),
        "dispute_fee",
    );
    assert_eq!(parties(&paid), [of("account", PLATFORM), of("stripe", "")]);
    assert_eq!(paid["amount"], 1500);
}

/// An account's life beyond money shows too: a canceled payout's funds come back from the
/// bank, a reversed payout is a bank debit of its own kind, a deleted bank account and a
/// deleted account are gone.
#[test]
fn canceled_and_reversed_payouts_and_deleted_accounts() {
    let platform = Client::pinned("dash_lifecycle");
    let seller = platform.acting_as(EXPRESS_US);
    let canceled = seller.post("/v1/payouts", "amount=500&currency=usd").ok();
    let canceled = canceled["id"].as_str().unwrap();
    seller.post(&format!("/v1/payouts/{canceled}/cancel"), "").ok();
    let paid = seller.post("/v1/payouts", "amount=700&currency=usd").ok();
    let paid = paid["id"].as_str().unwrap();
    platform.post("/_sim/clock/advance", "days=5").ok();
    let reversal = seller.post(&format!("/v1/payouts/{paid}/reverse"), "").ok();

    let seen = movements(&platform, &format!("limit=20&account={EXPRESS_US}"));
    let of = |kind: &str, source: &str| {
        seen.iter()
            .find(|m| m["kind"] == kind && m["source"] == source)
            .unwrap_or_else(|| panic!("no {kind} of {source} in {seen:?}"))
            .clone()
    };
    let back = of("payout_cancel", canceled);
    assert_eq!(
        (party(&back, "from").0, party(&back, "to").1, back["amount"].as_i64()),
        (String::from("bank"), String::from(EXPRESS_US), Some(500))
    );
    let reversed = of("payout_reversal", reversal["id"].as_str().unwrap());
    assert_eq!(
        (
            party(&reversed, "from").0,
            party(&reversed, "to").1,
            reversed["amount"].as_i64()
        ),
        (String::from("bank"), String::from(EXPRESS_US), Some(700))
    );
    assert_eq!(of("payout", paid)["to"]["type"], "bank");

    // A bank account and an account deleted are gone from the accounts the dashboard lists.
    let created = platform
        .post("/v1/accounts", "type=custom&country=US&external_account=btok_us")
        .ok();
    let id = created["id"].as_str().unwrap();
    let bank = platform
        .post(
            &format!("/v1/accounts/{id}/external_accounts"),
            "external_account=btok_us",
        )
        .ok();
    platform
        .delete(&format!(
            "/v1/accounts/{id}/external_accounts/{}",
            bank["id"].as_str().unwrap()
        ))
        .ok();
    let all = platform.get("/_sim/accounts?limit=100").ok();
    assert_eq!(all["total_count"], 7);
    let summary = all["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id)
        .unwrap()
        .clone();
    assert_eq!(summary["bank_accounts"].as_array().unwrap().len(), 1, "{summary}");
    platform.delete(&format!("/v1/accounts/{id}")).ok();
    let all = platform.get("/_sim/accounts?limit=100").ok();
    assert_eq!(all["total_count"], 6);
    assert!(all["data"].as_array().unwrap().iter().all(|a| a["id"] != id));
    assert_eq!(platform.get("/_sim/overview").ok()["accounts_count"], 6);
}

fn history(client: &Client, query: &str) -> Value {
    client.get(&format!("/_sim/balance_history?{query}")).ok()
}

#[test]
fn a_balance_history_ends_at_the_balance_now() {
    let platform = Client::pinned("dash_history");
    // Pending card money, two days, then a debit that takes an account below zero.
    platform
        .post("/v1/charges", "amount=50000&currency=usd&source=tok_visa")
        .ok();
    platform.post("/_sim/clock/advance", "days=3").ok();
    let (available, _, _) = platform.acting_as(EXPRESS_US).balance("usd");
    platform
        .post(
            "/v1/charges",
            &format!("amount={}&currency=usd&source={EXPRESS_US}", available + 500),
        )
        .ok();

    let whole = history(&platform, "points=50");
    assert_eq!(whole["object"], "simulator.balance_history");
    assert_eq!(
        (whole["account"].as_str(), whole["currency"].as_str()),
        (Some(PLATFORM), Some("usd"))
    );
    let points = whole["points"].as_array().unwrap();
    assert_eq!(points.len(), 50);
    assert_eq!(points[0]["at"], whole["from"]);
    let last = points.last().unwrap();
    assert_eq!(last["at"], whole["to"]);
    assert_eq!(whole["to"], platform.get("/_sim/clock").ok()["now"]);
    let (available, pending, reserved) = platform.balance("usd");
    assert_eq!(
        (
            last["available"].as_i64(),
            last["pending"].as_i64(),
            last["connect_reserved"].as_i64()
        ),
        (Some(available), Some(pending), Some(reserved))
    );
    assert_eq!(reserved, 500);
    // The card money was pending at first and available at the end.
    assert!(points[0]["pending"].as_i64().unwrap() > 0, "{}", points[0]);
    assert_eq!(pending, 0);
    // Times are evenly spaced and only go forward.
    let times: Vec<i64> = points.iter().map(|p| p["at"].as_i64().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]));

    let seller = history(&platform, &format!("account={EXPRESS_US}&points=2"));
    let now = seller["points"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(now["available"], -500);
    assert_eq!(
        now.get("connect_reserved"),
        None,
        "only the platform has connect_reserved"
    );
    assert_eq!(seller["currency"], "usd");

    // An account's other currency, and one it never held.
    let gb = history(&platform, &format!("account={EXPRESS_GB}"));
    assert_eq!(gb["currency"], "gbp");
    let (gb_available, _, _) = platform.acting_as(EXPRESS_GB).balance("gbp");
    assert_eq!(
        gb["points"].as_array().unwrap().last().unwrap()["available"],
        gb_available
    );
    let none = history(&platform, &format!("account={EXPRESS_GB}&currency=eur&points=3"));
    assert_eq!(none["transactions"], 0);
    assert!(none["points"].as_array().unwrap().iter().all(|p| p["available"] == 0));
}

/// Reads server-sent events from a stream until `until` accepts one (name, data) or the
/// deadline passes; what was read, in order.
fn read_until(
    lines: &mut impl BufRead,
    deadline: Instant,
    until: impl Fn(&str, &Value) -> bool,
) -> Vec<(String, Value)> {
    let mut seen = Vec::new();
    let mut name = String::new();
    while Instant::now() < deadline {
        let mut line = String::new();
        if lines.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        let line = line.trim_end();
        if let Some(event) = line.strip_prefix("event: ") {
            name = event.to_owned();
        } else if let Some(data) = line.strip_prefix("data: ") {
            let value: Value = serde_json::from_str(data).unwrap_or(Value::Null);
            let done = until(&name, &value);
            seen.push((name.clone(), value));
            if done {
                return seen;
            }
        }
    }
    panic!("the stream did not send what was expected in time; it sent {seen:?}");
}

/// A webhook delivery settled is news too: an open feed says `changed` when the receiver
/// answers, though nothing else happened (the world's clock stands still).
#[test]
fn the_stream_says_when_a_delivery_settles() {
    let receiver = Receiver::start(Answer::Hang);
    let platform = Client::pinned("dash_stream_delivery");
    platform
        .post(
            "/v1/webhook_endpoints",
            &format!("url={}&enabled_events[]=charge.succeeded", receiver.url),
        )
        .ok();
    let mut lines = BufReader::new(open_feed(pinned_base(), &platform.key));
    let deadline = Instant::now() + Duration::from_secs(20);
    read_until(&mut lines, deadline, |name, _| name == "hello");
    platform
        .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa")
        .ok();
    let charged = read_until(&mut lines, deadline, |name, _| name == "changed");
    // The last: the backlog sent after `hello` has the fixtures' charges.
    let event = charged
        .iter()
        .rev()
        .find(|(name, e)| name == "stripe_event" && e["type"] == "charge.succeeded")
        .map(|(_, e)| e.clone())
        .unwrap_or_else(|| panic!("no charge.succeeded in {charged:?}"));
    assert_eq!(event["pending_webhooks"], 1, "{event}");
    // The receiver holds the delivery until released; then it settles, and the feed says so.
    while receiver.holding() == 0 {
        assert!(Instant::now() < deadline, "the delivery never arrived");
        std::thread::sleep(Duration::from_millis(10));
    }
    receiver.release();
    let settled = read_until(&mut lines, deadline, |name, _| name == "changed");
    assert!(
        settled.iter().all(|(name, _)| name == "changed"),
        "only the change: {settled:?}"
    );
    let id = event["id"].as_str().unwrap();
    assert_eq!(deliveries(&platform, &[id])[0]["status"], "succeeded");
}

/// Opens the live feed of `key`'s world on the server at `base`.
fn open_feed(base: &str, key: &str) -> reqwest::blocking::Response {
    reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
        .get(format!("{base}/_sim/stream"))
        .bearer_auth(key)
        .send()
        .unwrap()
}

#[test]
fn the_stream_sends_events_and_changes_as_they_happen() {
    let platform = Client::fresh("dash_stream");
    let response = open_feed(base(), &platform.key);
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"].to_str().unwrap(),
        "text/event-stream; charset=utf-8"
    );
    let mut lines = BufReader::new(response);
    let deadline = Instant::now() + Duration::from_secs(20);
    let hello = read_until(&mut lines, deadline, |name, _| name == "hello");
    assert_eq!(hello[0].1["events"].as_u64().map(|n| n > 0), Some(true));

    let transfer = platform
        .acting_as(EXPRESS_US)
        .post(
            "/v1/transfers",
            &format!("amount=900&currency=usd&destination={PLATFORM}"),
        )
        .ok();
    let sent = read_until(&mut lines, deadline, |name, _| name == "changed");
    let created = sent
        .iter()
        .find(|(name, event)| name == "stripe_event" && event["data"]["object"]["id"] == transfer["id"])
        .unwrap_or_else(|| panic!("no event for {} in {sent:?}", transfer["id"]));
    assert_eq!(created.1["type"], "transfer.created");
    assert_eq!(created.1["account"], EXPRESS_US);

    platform.post("/_sim/reset", "").ok();
    read_until(&mut lines, deadline, |name, _| name == "reset");

    // Refused like any endpoint: without a key, or with a parameter it does not take.
    check_error(
        &reply(fetch("/_sim/stream", &[])),
        401,
        "invalid_request_error",
        None,
        None,
    );
    check_error(
        &platform.get("/_sim/stream?since=evt_1"),
        400,
        "invalid_request_error",
        Some("parameter_unknown"),
        Some("since"),
    );
}

/// A server with a dashboard's feed open stops as soon as it is told to, not after its
/// shutdown grace: the feed ends, and so does its response.
#[test]
fn an_open_feed_does_not_hold_the_servers_shutdown() {
    let (address, bound) = std::sync::mpsc::channel();
    let (stop, stopping) = tokio::sync::oneshot::channel::<()>();
    let (stopped, done) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime for the server");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind port 0");
            address.send(listener.local_addr().expect("bound address")).unwrap();
            let state = std::sync::Arc::new(debitsim::server::AppState::new(debitsim::fixtures::Fixtures::builtin()));
            let shutdown = async move {
                let _ = stopping.await;
            };
            let served = debitsim::server::run(listener, state, shutdown).await;
            stopped.send(served.is_ok()).unwrap();
        });
    });
    let base = format!("http://{}", bound.recv().unwrap());
    let client = Client::on(base.clone(), "dash_shutdown");
    let response = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
        .get(format!("{base}/_sim/stream"))
        .bearer_auth(&client.key)
        .send()
        .unwrap();
    let mut lines = BufReader::new(response);
    read_until(&mut lines, Instant::now() + Duration::from_secs(10), |name, _| {
        name == "hello"
    });

    let asked = Instant::now();
    stop.send(()).unwrap();
    let clean = done
        .recv_timeout(debitsim::server::SHUTDOWN_GRACE / 2)
        .expect("the server stops well within its shutdown grace");
    assert!(clean, "the server stopped with an error");
    // The feed's response ended, rather than being cut off mid-message.
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut lines, &mut rest).expect("the feed ends cleanly");
    assert!(asked.elapsed() < debitsim::server::SHUTDOWN_GRACE / 2);
}

/// The delivery status of each event named, in the order named.
fn deliveries(client: &Client, events: &[&str]) -> Vec<Value> {
    let query: Vec<String> = events.iter().map(|e| format!("events[]={e}")).collect();
    client.get(&format!("/_sim/event_deliveries?{}", query.join("&"))).ok()["data"]
        .as_array()
        .unwrap()
        .clone()
}

/// Waits (at most 20 s) until `event`'s delivery status satisfies `until`; the status.
#[track_caller]
fn delivery_once(client: &Client, event: &str, until: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = deliveries(client, &[event]).remove(0);
        if until(&status) {
            return status;
        }
        assert!(Instant::now() < deadline, "{event}'s deliveries stayed {status}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The newest event of `kind` the client can see.
fn newest_event(client: &Client, kind: &str) -> String {
    let events = client.get(&format!("/v1/events?type={kind}&limit=1")).ok();
    events["data"][0]["id"].as_str().unwrap().to_owned()
}

/// Each event's webhook deliveries as the world knows them, whoever's event it is: none
/// before there is an endpoint, pending with the next attempt while a receiver fails,
/// succeeded once it answers, failed once the last retry is given up.
#[test]
fn event_deliveries_follow_each_events_webhooks() {
    let receiver = Receiver::start(Answer::Status(500));
    let platform = Client::pinned("dash_deliveries");
    let seller = platform.acting_as(EXPRESS_US);
    platform
        .post("/v1/charges", "amount=1000&currency=usd&source=tok_visa")
        .ok();
    let unsent = newest_event(&platform, "charge.succeeded");
    let before = deliveries(&platform, &[&unsent]).remove(0);
    assert_eq!(
        (
            before["status"].as_str(),
            before["pending"].as_u64(),
            &before["last_attempt"]
        ),
        (Some("none"), Some(0), &Value::Null)
    );

    for (events, connect) in [("charge.succeeded", false), ("payout.created", true)] {
        platform
            .post(
                "/v1/webhook_endpoints",
                &format!("url={}&enabled_events[]={events}&connect={connect}", receiver.url),
            )
            .ok();
    }
    let overview = platform.get("/_sim/overview").ok();
    assert_eq!(
        overview["webhooks"],
        serde_json::json!({"endpoints": 2, "delivering": true})
    );
    platform
        .post("/v1/charges", "amount=2000&currency=usd&source=tok_visa")
        .ok();
    let charged = newest_event(&platform, "charge.succeeded");
    seller.post("/v1/payouts", "amount=100&currency=usd").ok();
    // A connected account's event, listed by the platform's key with the world's.
    let paid_out = newest_event(&seller, "payout.created");
    let now = platform.get("/_sim/clock").ok()["now"].as_i64().unwrap();
    for event in [&charged, &paid_out] {
        let pending = delivery_once(&platform, event, |d| d["attempts"] == 1 && d["attempting"] == false);
        assert_eq!(
            (
                pending["status"].as_str(),
                pending["pending"].as_u64(),
                pending["next_attempt"].as_i64(),
                pending["last_attempt"]["status"].as_u64()
            ),
            (Some("pending"), Some(1), Some(now + 300), Some(500)),
            "{pending}"
        );
    }
    let both = deliveries(&platform, &[&paid_out, &charged, &unsent]);
    let order: Vec<&str> = both.iter().map(|d| d["event"].as_str().unwrap()).collect();
    assert_eq!(order, [paid_out.as_str(), charged.as_str(), unsent.as_str()]);

    // The receiver recovers: the retries succeed.
    receiver.answer(Answer::Status(200));
    platform.post("/_sim/clock/advance", "seconds=300").ok();
    for event in [&charged, &paid_out] {
        let done = delivery_once(&platform, event, |d| d["status"] == "succeeded");
        assert_eq!(
            (done["pending"].as_u64(), done["last_attempt"]["status"].as_u64()),
            (Some(0), Some(200)),
            "{done}"
        );
    }

    // It fails for good: after the last retry the delivery is given up.
    receiver.answer(Answer::Status(500));
    platform
        .post("/v1/charges", "amount=3000&currency=usd&source=tok_visa")
        .ok();
    let failing = newest_event(&platform, "charge.succeeded");
    for (attempt, wait) in [(1u64, 0), (2, 300), (3, 1800), (4, 7200)] {
        if wait > 0 {
            platform.post("/_sim/clock/advance", &format!("seconds={wait}")).ok();
        }
        delivery_once(&platform, &failing, |d| {
            d["attempts"].as_u64() == Some(attempt) && d["attempting"] == false
        });
    }
    platform.post("/_sim/clock/advance", "seconds=21600").ok();
    let failed = delivery_once(&platform, &failing, |d| d["status"] == "failed");
    assert_eq!(
        (failed["pending"].as_u64(), failed["last_attempt"]["status"].as_u64()),
        (Some(0), Some(500))
    );

    // Refused like Stripe's lists refuse: no events, an unknown one, too many.
    check_error(
        &platform.get("/_sim/event_deliveries"),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("events"),
    );
    check_error(
        &platform.get("/_sim/event_deliveries?events[]=evt_1Nothing"),
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("events"),
    );
    let many: Vec<String> = (0..101).map(|_| format!("events[]={charged}")).collect();
    check_error(
        &platform.get(&format!("/_sim/event_deliveries?{}", many.join("&"))),
        400,
        "invalid_request_error",
        None,
        Some("events"),
    );
}

/// The script formats amounts with the ledger's own list of zero-decimal currencies.
#[test]
fn the_page_knows_the_zero_decimal_currencies_the_ledger_knows() {
    let script = script();
    let list = script
        .split("const ZERO_DECIMAL = new Set([")
        .nth(1)
        .and_then(|rest| rest.split("])").next())
        .expect("format.js lists ZERO_DECIMAL");
    let mut page: Vec<String> = list
        .split(',')
        .map(|c| c.trim().trim_matches('\'').to_owned())
        .filter(|c| !c.is_empty())
        .collect();
    page.sort();
    let letters = b'a'..=b'z';
    let mut ledger = Vec::new();
    for a in letters.clone() {
        for b in letters.clone() {
            for c in letters.clone() {
                let code = String::from_utf8(vec![a, b, c]).unwrap();
                if debitsim::ledger::Currency::parse(&code).is_some_and(|c| c.is_zero_decimal()) {
                    ledger.push(code);
                }
            }
        }
    }
    assert!(ledger.contains(&"jpy".to_owned()));
    assert_eq!(page, ledger);
}

/// Every test hook the page has is documented in docs/dashboard.md (the README's dashboard
/// section points there), and every documented pattern is one the script builds.
#[test]
fn the_dashboard_guide_documents_every_test_hook() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/dashboard.md")).unwrap();
    let html = fetch("/dashboard", &[]).text().unwrap();
    let script = script();
    let mut hooks: Vec<String> = Vec::new();
    for piece in html.split("data-testid=\"").skip(1) {
        hooks.push(piece.split('"').next().unwrap_or_default().to_owned());
    }
    for piece in script.split("'data-testid': '").skip(1) {
        hooks.push(piece.split('\'').next().unwrap_or_default().to_owned());
    }
    // The hooks built from ids and currencies, as docs/dashboard.md writes them and the script
    // spells them.
    let built = [
        ("platform-available-<cur>", "`platform-available-${"),
        ("platform-pending-<cur>", "`platform-pending-${"),
        ("platform-connect-reserved-<cur>", "`platform-connect-reserved-${"),
        ("liability-row-<acct_id>", "`liability-row-${"),
        ("liability-<acct_id>-<cur>", "`liability-${l.account}-${"),
        ("liability-total-<cur>", "`liability-total-${"),
        ("account-row-<acct_id>", "`account-row-${"),
        (
            "account-<acct_id>-available-<cur>",
            "perCurrency('available', 'available')",
        ),
        ("account-<acct_id>-pending-<cur>", "perCurrency('pending', 'pending')"),
        ("account-<acct_id>-liability-<cur>", "-liability-${"),
        ("account-<acct_id>-losses", "-losses`"),
        ("account-<acct_id>-about", "-about`"),
        ("account-<acct_id>-show", "-show`"),
        ("account-<acct_id>-debit", "-debit`"),
        ("account-<acct_id>-onboarding", "-onboarding`"),
        ("account-<acct_id>-due", "-due`"),
        ("account-<acct_id>-link", "-link`"),
        ("account-<acct_id>-onboard", "-onboard`"),
        ("chart-now-available", "`chart-now-${"),
    ];
    for (documented, code) in built {
        assert!(
            script.contains(code),
            "the dashboard's modules no longer build {documented} ({code})"
        );
        hooks.push(documented.to_owned());
    }
    assert!(hooks.len() > 60, "found only {} hooks", hooks.len());
    let missing: Vec<&String> = hooks
        .iter()
        .filter(|hook| !guide.contains(&format!("`{hook}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "test hooks missing from docs/dashboard.md: {missing:?}"
    );
}
