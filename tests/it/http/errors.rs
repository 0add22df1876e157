//! Every row of debit-rules §7 over HTTP: the exact status, type, code and param, and that a
//! refused request changed nothing.

use super::*;

/// A request: `(acting account, method, path, body)`.
type Request<'a> = (Option<&'a str>, &'a str, String, String);

/// A row: its name, the request, and the expected (status, type, code, param).
type Row<'a> = (&'a str, Request<'a>, u16, &'a str, Option<&'a str>, Option<&'a str>);

fn run(client: &Client, (account, method, path, body): &Request<'_>) -> Reply {
    let client = match account {
        Some(account) => client.acting_as(account),
        None => client.clone(),
    };
    match *method {
        "GET" => client.get(path),
        _ => client.post(path, body),
    }
}

/// Everything a refused request must leave alone.
fn snapshot(client: &Client) -> Vec<Value> {
    let mut views = vec![client.get("/v1/balance").ok()];
    for account in [EXPRESS_US, CUSTOM_US_NO_BANK, STANDARD_US, EXPRESS_GB] {
        views.push(client.acting_as(account).get("/v1/balance").ok());
        views.push(client.acting_as(account).get("/v1/transfers?limit=100").ok());
    }
    views.push(client.get("/v1/charges?limit=100").ok());
    views.push(client.get("/v1/balance_transactions?limit=100").ok());
    views
}

#[test]
fn each_row_answers_stripes_error_and_changes_nothing() {
    let client = Client::fresh("rows");
    let standard_charge = client.acting_as(STANDARD_US).get("/v1/charges?limit=1").ok()["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let debit = |body: &str| format!("currency=usd&destination={PLATFORM}&{body}");
    let post = |account: Option<&'static str>, path: &str, body: String| -> Request<'static> {
        (account, "POST", path.to_owned(), body)
    };
    let before = snapshot(&client);

    #[rustfmt::skip]
    let cases: Vec<Row> = vec![
        ("row 3: unknown parameter", post(None, "/v1/charges", format!("amount=100&currency=usd&source={EXPRESS_US}&colour=red")), 400, "invalid_request_error", Some("parameter_unknown"), Some("colour")),
        ("row 3: unknown nested parameter", post(Some(STANDARD_US), "/v1/transfers", debit(&format!("amount=1&reference_transaction[type]=charge&reference_transaction[charge]={standard_charge}&reference_transaction[extra]=1"))), 400, "invalid_request_error", Some("parameter_unknown"), Some("reference_transaction[extra]")),
        ("row 4: amount missing", post(Some(EXPRESS_US), "/v1/transfers", debit("")), 400, "invalid_request_error", Some("parameter_missing"), Some("amount")),
        ("row 4: currency missing", post(None, "/v1/charges", format!("amount=100&source={EXPRESS_US}")), 400, "invalid_request_error", Some("parameter_missing"), Some("currency")),
        ("row 4: destination missing", post(Some(EXPRESS_US), "/v1/transfers", "amount=100&currency=usd".into()), 400, "invalid_request_error", Some("parameter_missing"), Some("destination")),
        ("row 4: source missing", post(None, "/v1/charges", "amount=100&currency=usd".into()), 400, "invalid_request_error", Some("parameter_missing"), Some("source")),
        ("row 5: amount not an integer", post(Some(EXPRESS_US), "/v1/transfers", debit("amount=15.00")), 400, "invalid_request_error", Some("parameter_invalid_integer"), Some("amount")),
        ("row 5: amount negative", post(None, "/v1/charges", format!("amount=-5&currency=usd&source={EXPRESS_US}")), 400, "invalid_request_error", Some("parameter_invalid_integer"), Some("amount")),
        ("row 5: amount zero", post(Some(EXPRESS_US), "/v1/transfers", debit("amount=0")), 400, "invalid_request_error", Some("parameter_invalid_integer"), Some("amount")),
        ("row 6: currency unsupported", post(None, "/v1/charges", format!("amount=100&currency=xyz&source={EXPRESS_US}")), 400, "invalid_request_error", None, Some("currency")),
        ("row 7: source account unknown", post(None, "/v1/charges", "amount=100&currency=usd&source=acct_1Nobody00000000".into()), 400, "invalid_request_error", Some("resource_missing"), Some("source")),
        ("row 7: destination unknown", post(Some(EXPRESS_US), "/v1/transfers", "amount=100&currency=usd&destination=acct_1Nobody00000000".into()), 400, "invalid_request_error", Some("resource_missing"), Some("destination")),
        ("row 8: destination not the platform", post(Some(EXPRESS_US), "/v1/transfers", format!("amount=100&currency=usd&destination={CUSTOM_US_NO_BANK}")), 400, "invalid_request_error", Some("transfers_not_allowed"), Some("destination")),
        ("row 9: flow A on Stripe-managed risk", post(None, "/v1/charges", format!("amount=100&currency=usd&source={STANDARD_US}")), 400, "invalid_request_error", Some("transfers_not_allowed"), Some("source")),
        ("row 10: reference missing", post(Some(STANDARD_US), "/v1/transfers", debit("amount=100")), 400, "invalid_request_error", Some("parameter_missing"), Some("reference_transaction")),
        ("row 11: reference type invalid", post(Some(STANDARD_US), "/v1/transfers", debit("amount=100&reference_transaction[type]=refund")), 400, "invalid_request_error", Some("parameter_invalid_string"), Some("reference_transaction[type]")),
        ("row 11: reference id missing", post(Some(STANDARD_US), "/v1/transfers", debit("amount=100&reference_transaction[type]=charge")), 400, "invalid_request_error", Some("parameter_missing"), Some("reference_transaction[charge]")),
        ("row 12: reference not on this account", post(Some(STANDARD_US), "/v1/transfers", debit("amount=100&reference_transaction[type]=payout&reference_transaction[payout]=po_1Nothing")), 400, "invalid_request_error", Some("resource_missing"), Some("reference_transaction[payout]")),
        ("row 13: other region", post(None, "/v1/charges", format!("amount=100&currency=gbp&source={EXPRESS_GB}")), 400, "invalid_request_error", Some("transfers_not_allowed"), None),
        ("row 14: currency not the default", post(None, "/v1/charges", format!("amount=100&currency=eur&source={EXPRESS_US}")), 400, "invalid_request_error", None, Some("currency")),
        ("row 15: would go negative without a bank account", post(None, "/v1/charges", format!("amount=99999999&currency=usd&source={CUSTOM_US_NO_BANK}")), 400, "invalid_request_error", Some("balance_insufficient"), None),
        ("404: unknown id in the path", (None, "GET", "/v1/transfers/tr_1NoSuchTransfer".into(), String::new()), 404, "invalid_request_error", Some("resource_missing"), Some("id")),
        ("404: another account's object", (Some(EXPRESS_US), "GET", format!("/v1/charges/{standard_charge}"), String::new()), 404, "invalid_request_error", Some("resource_missing"), Some("id")),
        ("402: card declined", post(None, "/v1/charges", "amount=2000&currency=usd&source=tok_chargeDeclined".into()), 402, "card_error", Some("card_declined"), None),
    ];
    for (name, request, status, kind, code, param) in &cases {
        let reply = run(&client, request);
        assert_eq!(
            (
                reply.status,
                reply.json["error"]["type"].as_str(),
                reply.json["error"]["code"].as_str(),
                reply.json["error"]["param"].as_str()
            ),
            (*status, Some(*kind), *code, *param),
            "{name}: {}",
            reply.json
        );
    }
    // A declined charge records a failed charge (as Stripe does) but moves no money: compare
    // everything except that one charge list.
    let after = snapshot(&client);
    assert_eq!(before.len(), after.len());
    for (i, (b, a)) in before.iter().zip(&after).enumerate() {
        if i != before.len() - 2 {
            assert_eq!(b, a, "view {i} changed");
        }
    }
}

#[test]
fn declines_carry_the_decline_code_and_the_failed_charge() {
    let client = Client::fresh("declines");
    for (token, decline) in [
        ("tok_chargeDeclined", "generic_decline"),
        ("tok_chargeDeclinedInsufficientFunds", "insufficient_funds"),
    ] {
        let reply = client.post("/v1/charges", &format!("amount=2000&currency=usd&source={token}"));
        check_error(&reply, 402, "card_error", Some("card_declined"), None);
        assert_eq!(reply.json["error"]["decline_code"], decline);
        let charge = reply.json["error"]["charge"].as_str().unwrap();
        let failed = client.get(&format!("/v1/charges/{charge}")).ok();
        assert_eq!(
            (failed["status"].as_str(), failed["paid"].as_bool()),
            (Some("failed"), Some(false))
        );
    }
}

#[test]
fn row_1_keys() {
    let path = format!("{}/v1/balance", base());
    let http = reqwest::blocking::Client::new();
    let cases: Vec<(&str, Option<String>)> = vec![
        ("no key", None),
        ("live key", Some("Bearer sk_live_abc123".into())),
        ("publishable key", Some("Bearer pk_test_abc123".into())),
        ("not a key", Some("Bearer hello".into())),
        ("empty bearer", Some("Bearer ".into())),
        ("garbage scheme", Some("Token sk_test_abc".into())),
    ];
    for (name, header) in cases {
        let mut request = http.get(&path);
        if let Some(header) = header {
            request = request.header("Authorization", header);
        }
        let reply = reply(request.send().unwrap());
        assert_eq!(reply.status, 401, "{name}: {}", reply.json);
        assert_eq!(reply.json["error"]["type"], "invalid_request_error", "{name}");
        let message = reply.json["error"]["message"].as_str().unwrap();
        assert!(!message.contains("abc123"), "{name}: the key is masked: {message}");
    }
    // HTTP Basic with the key as the user name, as curl -u sends it.
    let basic = reply(
        http.get(&path)
            .basic_auth("sk_test_basic_auth", Some(""))
            .send()
            .unwrap(),
    );
    assert_eq!(basic.status, 200, "{}", basic.json);
}

#[test]
fn row_2_stripe_account_of_another_platform_is_403_before_anything_else() {
    let client = Client::fresh("row2");
    // The account exists in every world, but only connected to this key's platform: an
    // account another key created is unknown here.
    let other = Client::fresh("row2_other");
    let foreign = other.post("/v1/accounts", "type=express&country=US").ok()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for account in [foreign.as_str(), "acct_1NotConnected00", "not-an-account"] {
        // An unknown parameter in the same request: row 2 wins.
        let reply = client.acting_as(account).post(
            "/v1/transfers",
            &format!("amount=1&currency=usd&destination={PLATFORM}&colour=red"),
        );
        check_error(&reply, 403, "invalid_request_error", Some("account_invalid"), None);
    }
}

#[test]
fn restricted_keys_read_but_do_not_write() {
    let secret = Client::fresh("restricted");
    let restricted = Client::with_key(&secret.key.replacen("sk_test_", "rk_test_", 1));
    assert_eq!(restricted.get("/v1/balance").ok(), secret.get("/v1/balance").ok());
    let reply = restricted.post("/v1/charges", "amount=1000&currency=usd&source=tok_visa");
    assert_eq!(reply.status, 403, "{}", reply.json);
}
