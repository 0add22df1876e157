//! The life of a connected account over HTTP (issue 13): bank accounts and what the debit
//! rules see of them, capabilities, rejecting, deleting, login links, both onboarding flows
//! (Custom through the API, Express through the hosted page of an account link), payout
//! cancel and reverse, and metadata updates of payouts, refunds and reversals.

use serde_json::Value;

use super::*;

fn new_custom(platform: &Client) -> String {
    platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&capabilities[transfers][requested]=true",
        )
        .ok()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_bank_account_is_added_read_changed_and_deleted_with_its_events() {
    let platform = Client::fresh("lc_bank");
    let path = format!("/v1/accounts/{CUSTOM_US_NO_BANK}/external_accounts");
    let first = platform.post(&path, "external_account=btok_us&metadata[team]=a").ok();
    let first_id = first["id"].as_str().unwrap().to_owned();
    assert!(first_id.starts_with("ba_"), "{first}");
    assert_eq!(
        (
            first["object"].as_str(),
            first["account"].as_str(),
            first["currency"].as_str(),
            first["default_for_currency"].as_bool(),
            first["metadata"]["team"].as_str(),
            first["status"].as_str(),
        ),
        (
            Some("bank_account"),
            Some(CUSTOM_US_NO_BANK),
            Some("usd"),
            Some(true),
            Some("a"),
            Some("verified")
        )
    );
    let second = platform
        .post(
            &path,
            "external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd\
             &external_account[account_number]=000222222227&external_account[routing_number]=110000000",
        )
        .ok();
    let second_id = second["id"].as_str().unwrap().to_owned();
    assert_eq!(
        second["default_for_currency"], false,
        "the first in usd stays the default"
    );
    assert_eq!(second["last4"], "2227");

    let got = platform.get(&format!("{path}/{first_id}")).ok();
    assert_eq!(got, first);
    let listed = platform.get(&path).ok();
    assert_eq!(listed["data"].as_array().unwrap().len(), 2);

    // The default of its currency cannot go while another usd bank account exists.
    let refused = platform.delete(&format!("{path}/{first_id}"));
    check_error(&refused, 400, "invalid_request_error", None, None);
    // Turning the default off is refused too: another is made the default instead.
    let refused = platform.post(&format!("{path}/{first_id}"), "default_for_currency=false");
    check_error(
        &refused,
        400,
        "invalid_request_error",
        None,
        Some("default_for_currency"),
    );

    let changed = platform
        .post(
            &format!("{path}/{second_id}"),
            "default_for_currency=true&account_holder_name=Jenny%20Rosen&metadata[k]=v",
        )
        .ok();
    assert_eq!(
        (
            changed["default_for_currency"].as_bool(),
            changed["account_holder_name"].as_str(),
            changed["metadata"]["k"].as_str()
        ),
        (Some(true), Some("Jenny Rosen"), Some("v"))
    );
    assert_eq!(
        platform.get(&format!("{path}/{first_id}")).ok()["default_for_currency"],
        false
    );

    let deleted = platform.delete(&format!("{path}/{first_id}")).ok();
    assert_eq!(
        deleted,
        serde_json::json!({"id": first_id, "object": "bank_account", "currency": "usd", "deleted": true})
    );
    let gone = platform.get(&format!("{path}/{first_id}"));
    check_error(
        &gone,
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    assert_eq!(platform.get(&path).ok()["data"].as_array().unwrap().len(), 1);

    let types = event_types(&platform.acting_as(CUSTOM_US_NO_BANK));
    for expected in [
        "account.external_account.created",
        "account.external_account.updated",
        "account.external_account.deleted",
    ] {
        assert!(types.iter().any(|t| t == expected), "{expected} in {types:?}");
    }
}

/// debit-rules §6: a platform-managed debit may go below zero only with a bank account in
/// its currency — added and removed through the API, the rule follows.
#[test]
fn the_debit_rules_follow_bank_accounts_added_and_removed() {
    let platform = Client::fresh("lc_debit_bank");
    let account = platform.acting_as(CUSTOM_US_NO_BANK);
    let (available, _, _) = account.balance("usd");
    let beyond = format!("amount={}&currency=usd&source={CUSTOM_US_NO_BANK}", available + 500);
    let refused = platform.post("/v1/charges", &beyond);
    check_error(
        &refused,
        400,
        "invalid_request_error",
        Some("balance_insufficient"),
        None,
    );

    let path = format!("/v1/accounts/{CUSTOM_US_NO_BANK}/external_accounts");
    let bank = platform.post(&path, "external_account=btok_us").ok();
    platform.post("/v1/charges", &beyond).ok();
    assert_eq!(account.balance("usd").0, -500, "now it may go below zero");
    assert_eq!(platform.balance("usd").2, 500, "the platform holds the reserve");

    // Stripe never lets the default bank account of the account's own currency go, so the
    // rule that allowed the debit stays.
    let refused = platform.delete(&format!("{path}/{}", bank["id"].as_str().unwrap()));
    check_error(&refused, 400, "invalid_request_error", None, None);
    assert!(
        refused.json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("default currency")
    );
    platform
        .post(
            "/v1/charges",
            &format!("amount=100&currency=usd&source={CUSTOM_US_NO_BANK}"),
        )
        .ok();
    assert_eq!(account.balance("usd").0, -600);
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn replacing_the_bank_account_on_an_account_update_deletes_the_old_default() {
    let platform = Client::fresh("lc_replace");
    let account = platform.get(&format!("/v1/accounts/{EXPRESS_US}")).ok();
    let old = account["external_accounts"]["data"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let updated = platform
        .post(&format!("/v1/accounts/{EXPRESS_US}"), "external_account=btok_us")
        .ok();
    let banks = updated["external_accounts"]["data"].as_array().unwrap();
    assert_eq!(banks.len(), 1, "{updated}");
    assert_ne!(banks[0]["id"].as_str(), Some(old.as_str()));
    assert_eq!(banks[0]["default_for_currency"], true);
    let gone = platform.get(&format!("/v1/accounts/{EXPRESS_US}/external_accounts/{old}"));
    check_error(
        &gone,
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

#[test]
fn capabilities_are_listed_read_and_requested() {
    let platform = Client::fresh("lc_caps");
    let list = platform.get(&format!("/v1/accounts/{EXPRESS_US}/capabilities")).ok();
    assert_eq!(list["object"], "list");
    let transfers = platform
        .get(&format!("/v1/accounts/{EXPRESS_US}/capabilities/transfers"))
        .ok();
    assert_eq!(
        (
            transfers["id"].as_str(),
            transfers["object"].as_str(),
            transfers["account"].as_str(),
            transfers["requested"].as_bool(),
            transfers["status"].as_str()
        ),
        (
            Some("transfers"),
            Some("capability"),
            Some(EXPRESS_US),
            Some(true),
            Some("active")
        )
    );
    let unrequested = platform
        .get(&format!("/v1/accounts/{EXPRESS_US}/capabilities/klarna_payments"))
        .ok();
    assert_eq!(
        (unrequested["requested"].as_bool(), unrequested["status"].as_str()),
        (Some(false), Some("unrequested"))
    );
    let requested = platform
        .post(
            &format!("/v1/accounts/{EXPRESS_US}/capabilities/klarna_payments"),
            "requested=true",
        )
        .ok();
    assert_eq!(requested["status"], "active", "an onboarded account gets it at once");
    let off = platform
        .post(
            &format!("/v1/accounts/{EXPRESS_US}/capabilities/transfers"),
            "requested=false",
        )
        .ok();
    assert_eq!(off["status"], "unrequested");
    // Without an active transfers capability, a transfer to the account is Stripe's error.
    let refused = platform.post(
        "/v1/transfers",
        &format!("amount=100&currency=usd&destination={EXPRESS_US}"),
    );
    check_error(
        &refused,
        400,
        "invalid_request_error",
        Some("insufficient_capabilities_for_transfer"),
        Some("destination"),
    );
    let unknown = platform.get(&format!("/v1/accounts/{EXPRESS_US}/capabilities/teleportation"));
    check_error(
        &unknown,
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
}

#[test]
fn rejecting_an_account_disables_it_in_order_of_its_preconditions() {
    let platform = Client::fresh("lc_reject");
    let path = format!("/v1/accounts/{EXPRESS_US}/reject");
    check_error(
        &platform.post(&path, ""),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("reason"),
    );
    check_error(
        &platform.post(&path, "reason=boredom"),
        400,
        "invalid_request_error",
        None,
        Some("reason"),
    );
    check_error(
        &platform.post(&format!("/v1/accounts/{STANDARD_US}/reject"), "reason=fraud"),
        400,
        "invalid_request_error",
        None,
        None,
    );
    let rejected = platform.post(&path, "reason=fraud").ok();
    assert_eq!(
        (
            rejected["charges_enabled"].as_bool(),
            rejected["payouts_enabled"].as_bool(),
            rejected["requirements"]["disabled_reason"].as_str(),
            rejected["capabilities"]["transfers"].as_str()
        ),
        (Some(false), Some(false), Some("rejected.fraud"), Some("inactive"))
    );
    check_error(
        &platform.post(&path, "reason=fraud"),
        400,
        "invalid_request_error",
        None,
        None,
    );
    let refused = platform.post(
        "/v1/transfers",
        &format!("amount=100&currency=usd&destination={EXPRESS_US}"),
    );
    check_error(
        &refused,
        400,
        "invalid_request_error",
        Some("insufficient_capabilities_for_transfer"),
        Some("destination"),
    );
    let capability = platform
        .get(&format!("/v1/accounts/{EXPRESS_US}/capabilities/transfers"))
        .ok();
    assert_eq!(capability["status"], "disabled");
    // The platform can still take back what the account owes it.
    platform
        .acting_as(EXPRESS_US)
        .post(
            "/v1/transfers",
            &format!("amount=100&currency=usd&destination={PLATFORM}"),
        )
        .ok();
}

#[test]
fn deleting_an_account_needs_a_zero_balance_and_then_it_is_gone() {
    let platform = Client::fresh("lc_delete");
    let refused = platform.delete(&format!("/v1/accounts/{EXPRESS_US}"));
    check_error(&refused, 400, "invalid_request_error", None, None);
    check_error(
        &platform.delete(&format!("/v1/accounts/{PLATFORM}")),
        400,
        "invalid_request_error",
        None,
        None,
    );
    let id = new_custom(&platform);
    let deleted = platform.delete(&format!("/v1/accounts/{id}")).ok();
    assert_eq!(
        deleted,
        serde_json::json!({"id": id, "object": "account", "deleted": true})
    );
    check_error(
        &platform.get(&format!("/v1/accounts/{id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    let as_it = platform.acting_as(&id).get("/v1/balance");
    check_error(&as_it, 403, "invalid_request_error", Some("account_invalid"), None);
    let transfer = platform.post("/v1/transfers", &format!("amount=100&currency=usd&destination={id}"));
    check_error(
        &transfer,
        400,
        "invalid_request_error",
        Some("resource_missing"),
        Some("destination"),
    );
    let listed = platform.get("/v1/accounts?limit=100").ok();
    assert!(
        !listed["data"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id.as_str())
    );
}

#[test]
fn login_links_are_for_the_express_dashboard() {
    let platform = Client::fresh("lc_login");
    let link = platform
        .post(&format!("/v1/accounts/{EXPRESS_US}/login_links"), "")
        .ok();
    assert_eq!(link["object"], "login_link");
    assert!(link["created"].is_i64());
    let url = link["url"].as_str().unwrap();
    let page = reqwest::blocking::get(url).unwrap();
    assert_eq!(page.status().as_u16(), 200);
    assert!(
        page.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    let custom = platform.post(&format!("/v1/accounts/{CUSTOM_US_NO_BANK}/login_links"), "");
    check_error(&custom, 400, "invalid_request_error", None, None);
    let as_connected = platform
        .acting_as(EXPRESS_US)
        .post(&format!("/v1/accounts/{EXPRESS_US}/login_links"), "");
    check_error(&as_connected, 400, "invalid_request_error", None, None);
}

#[test]
fn a_pending_payout_is_canceled_and_its_funds_return() {
    let platform = Client::fresh("lc_cancel");
    let account = platform.acting_as(EXPRESS_US);
    let before = account.balance("usd").0;
    let payout = account.post("/v1/payouts", "amount=500&currency=usd").ok();
    let id = payout["id"].as_str().unwrap();
    assert_eq!(account.balance("usd").0, before - 500);
    let canceled = account.post(&format!("/v1/payouts/{id}/cancel"), "").ok();
    assert_eq!(canceled["status"], "canceled");
    assert_eq!(account.balance("usd").0, before, "the funds are available again");
    let txns = account.get("/v1/balance_transactions?type=payout_cancel").ok();
    assert_eq!(txns["data"][0]["amount"], 500);
    assert_eq!(txns["data"][0]["source"], id);
    check_error(
        &account.post(&format!("/v1/payouts/{id}/cancel"), ""),
        400,
        "invalid_request_error",
        None,
        None,
    );
    assert!(event_types(&account).iter().any(|t| t == "payout.canceled"));
    let listed = account.get("/v1/payouts?status=canceled").ok();
    assert_eq!(listed["data"][0]["id"], id);
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn a_paid_payout_to_a_us_bank_is_reversed_by_a_bank_debit() {
    let platform = Client::pinned("lc_reverse");
    let account = platform.acting_as(EXPRESS_US);
    let payout = account.post("/v1/payouts", "amount=700&currency=usd").ok();
    let id = payout["id"].as_str().unwrap().to_owned();
    // Pending: it is canceled, not reversed.
    check_error(
        &account.post(&format!("/v1/payouts/{id}/reverse"), ""),
        400,
        "invalid_request_error",
        None,
        None,
    );
    platform.post("/_sim/clock/advance", "days=5").ok();
    assert_eq!(account.get(&format!("/v1/payouts/{id}")).ok()["status"], "paid");
    let before = account.balance("usd").0;
    let reversal = account
        .post(&format!("/v1/payouts/{id}/reverse"), "metadata[why]=mistake")
        .ok();
    assert_eq!(
        (
            reversal["amount"].as_i64(),
            reversal["original_payout"].as_str(),
            reversal["metadata"]["why"].as_str(),
            reversal["status"].as_str()
        ),
        (Some(-700), Some(id.as_str()), Some("mistake"), Some("pending"))
    );
    assert_eq!(account.balance("usd").0, before + 700);
    let original = account.get(&format!("/v1/payouts/{id}")).ok();
    assert_eq!(original["reversed_by"], reversal["id"]);
    check_error(
        &account.post(&format!("/v1/payouts/{id}/reverse"), ""),
        400,
        "invalid_request_error",
        None,
        None,
    );
    assert_eq!(platform.get("/_sim/audit").ok()["ok"], true);
}

#[test]
fn payouts_refunds_and_reversals_take_metadata_updates() {
    let platform = Client::fresh("lc_metadata");
    let account = platform.acting_as(EXPRESS_US);
    let payout = account.post("/v1/payouts", "amount=100&currency=usd").ok();
    let updated = account
        .post(
            &format!("/v1/payouts/{}", payout["id"].as_str().unwrap()),
            "metadata[a]=1",
        )
        .ok();
    assert_eq!(updated["metadata"], serde_json::json!({"a": "1"}));

    let charge = platform
        .post("/v1/charges", "amount=2000&currency=usd&source=tok_bypassPending")
        .ok();
    let refund = platform
        .post(
            "/v1/refunds",
            &format!("charge={}&amount=500", charge["id"].as_str().unwrap()),
        )
        .ok();
    let refund = platform
        .post(
            &format!("/v1/refunds/{}", refund["id"].as_str().unwrap()),
            "metadata[b]=2",
        )
        .ok();
    assert_eq!(refund["metadata"], serde_json::json!({"b": "2"}));

    let transfer = platform
        .post(
            "/v1/transfers",
            &format!("amount=300&currency=usd&destination={EXPRESS_US}"),
        )
        .ok();
    let tr = transfer["id"].as_str().unwrap();
    let reversal = platform
        .post(&format!("/v1/transfers/{tr}/reversals"), "amount=100")
        .ok();
    let reversal = platform
        .post(
            &format!("/v1/transfers/{tr}/reversals/{}", reversal["id"].as_str().unwrap()),
            "metadata[c]=3",
        )
        .ok();
    assert_eq!(reversal["metadata"], serde_json::json!({"c": "3"}));
    let types = event_types(&platform);
    assert!(types.iter().any(|t| t == "refund.updated"), "{types:?}");
    assert!(event_types(&account).iter().any(|t| t == "payout.updated"));
}

/// `--onboarding required`: a Custom account starts with requirements due and finishes
/// onboarding through the API.
#[test]
fn a_custom_account_completes_onboarding_through_the_api() {
    let platform = Client::onboarding("lc_custom");
    let account = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&capabilities[transfers][requested]=true&capabilities[card_payments][requested]=true",
        )
        .ok();
    let id = account["id"].as_str().unwrap().to_owned();
    assert_eq!(
        (
            account["details_submitted"].as_bool(),
            account["charges_enabled"].as_bool(),
            account["payouts_enabled"].as_bool(),
            account["capabilities"]["transfers"].as_str(),
            account["requirements"]["disabled_reason"].as_str()
        ),
        (
            Some(false),
            Some(false),
            Some(false),
            Some("inactive"),
            Some("requirements.past_due")
        )
    );
    let due: Vec<&str> = account["requirements"]["currently_due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(
        due,
        [
            "business_profile.mcc",
            "business_profile.url",
            "business_type",
            "external_account",
            "tos_acceptance.date",
            "tos_acceptance.ip"
        ]
    );
    // A transfer to it waits for onboarding.
    let refused = platform.post("/v1/transfers", &format!("amount=100&currency=usd&destination={id}"));
    check_error(
        &refused,
        400,
        "invalid_request_error",
        Some("insufficient_capabilities_for_transfer"),
        Some("destination"),
    );

    let partial = platform
        .post(
            &format!("/v1/accounts/{id}"),
            "business_type=individual&individual[first_name]=Jenny",
        )
        .ok();
    let due = partial["requirements"]["currently_due"].as_array().unwrap();
    assert!(due.iter().any(|d| d == "individual.last_name"), "{due:?}");
    assert!(!due.iter().any(|d| d == "individual.first_name"), "{due:?}");

    let done = platform
        .post(
            &format!("/v1/accounts/{id}"),
            "individual[last_name]=Rosen&individual[email]=jenny@example.com&individual[phone]=0000000000\
             &individual[dob][day]=1&individual[dob][month]=1&individual[dob][year]=1901\
             &individual[address][line1]=address_full_match&individual[address][city]=Springfield\
             &individual[address][state]=CA&individual[address][postal_code]=94080&individual[ssn_last_4]=0000\
             &business_profile[mcc]=5734&business_profile[url]=https://example.com\
             &tos_acceptance[date]=1795186800&tos_acceptance[ip]=127.0.0.1&external_account=btok_us",
        )
        .ok();
    assert_eq!(
        (
            done["details_submitted"].as_bool(),
            done["charges_enabled"].as_bool(),
            done["payouts_enabled"].as_bool(),
            done["capabilities"]["transfers"].as_str(),
            done["requirements"]["disabled_reason"].as_str(),
            done["requirements"]["currently_due"].as_array().map(Vec::len)
        ),
        (Some(true), Some(true), Some(true), Some("active"), None, Some(0))
    );
    platform
        .post("/v1/transfers", &format!("amount=100&currency=usd&destination={id}"))
        .ok();
    let updates = platform.acting_as(&id).get("/v1/events?type=account.updated").ok();
    assert_eq!(updates["data"][0]["data"]["object"]["details_submitted"], true);
    assert_eq!(
        updates["data"].as_array().unwrap().last().unwrap()["data"]["object"]["details_submitted"],
        false,
        "the first update shows the account as it was then"
    );
}

#[test]
fn a_company_needs_a_representative_person() {
    let platform = Client::onboarding("lc_company");
    let id = new_custom(&platform);
    let account = platform
        .post(
            &format!("/v1/accounts/{id}"),
            "business_type=company&company[name]=Rocket&company[tax_id]=000000000&company[phone]=0000000000\
             &company[address][line1]=1 Main&company[address][city]=Springfield&company[address][state]=CA\
             &company[address][postal_code]=94080&business_profile[mcc]=5734&business_profile[url]=https://example.com\
             &tos_acceptance[date]=1795186800&tos_acceptance[ip]=127.0.0.1&external_account=btok_us",
        )
        .ok();
    let due = account["requirements"]["currently_due"].as_array().unwrap();
    assert!(
        due.iter().all(|d| d.as_str().unwrap().starts_with("representative.")),
        "{due:?}"
    );
    let person = platform
        .post(
            &format!("/v1/accounts/{id}/persons"),
            "first_name=Jenny&last_name=Rosen&relationship[representative]=true&relationship[title]=CEO",
        )
        .ok();
    let person_id = person["id"].as_str().unwrap().to_owned();
    assert!(person_id.starts_with("person_"), "{person}");
    assert_eq!(person["object"], "person");
    assert_eq!(person["account"], id.as_str());
    let due = platform.get(&format!("/v1/accounts/{id}")).ok()["requirements"]["currently_due"].clone();
    assert!(
        due.as_array()
            .unwrap()
            .iter()
            .any(|d| d == &Value::from(format!("{person_id}.email"))),
        "{due}"
    );
    let person = platform
        .post(
            &format!("/v1/accounts/{id}/persons/{person_id}"),
            "email=j@example.com&phone=0000000000&dob[day]=1&dob[month]=1&dob[year]=1901\
             &address[line1]=1 Main&address[city]=Springfield&address[state]=CA&address[postal_code]=94080\
             &ssn_last_4=0000&metadata[role]=boss",
        )
        .ok();
    assert_eq!(person["requirements"]["currently_due"], serde_json::json!([]));
    assert_eq!(person["ssn_last_4_provided"], true);
    let account = platform.get(&format!("/v1/accounts/{id}")).ok();
    assert_eq!(account["details_submitted"], true, "{}", account["requirements"]);
    let listed = platform
        .get(&format!("/v1/accounts/{id}/persons?relationship[representative]=true"))
        .ok();
    assert_eq!(listed["data"][0]["id"], person_id.as_str());
    let deleted = platform.delete(&format!("/v1/accounts/{id}/persons/{person_id}")).ok();
    assert_eq!(
        deleted,
        serde_json::json!({"id": person_id, "object": "person", "deleted": true})
    );
    check_error(
        &platform.get(&format!("/v1/accounts/{id}/persons/{person_id}")),
        404,
        "invalid_request_error",
        Some("resource_missing"),
        Some("id"),
    );
    check_error(
        &platform.post(
            &format!("/v1/accounts/{id}/persons"),
            "dob[day]=40&dob[month]=1&dob[year]=1901",
        ),
        400,
        "invalid_request_error",
        None,
        Some("person[dob][day]"),
    );
}

pub(super) fn no_redirects() -> reqwest::blocking::Client {
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The form fields of a hosted page, as a browser would send them back.
pub(super) fn form_of(page: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for input in page.split("<input ").skip(1) {
        let attr = |name: &str| {
            input
                .split(&format!("{name}=\""))
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(|v| v.replace("&amp;", "&"))
        };
        if let (Some(name), Some(value)) = (attr("name"), attr("value")) {
            fields.push((name, value));
        }
    }
    fields.push(("business_type".into(), "individual".into()));
    fields
}

/// An Express account onboards through the hosted page an account link opens: fetched and
/// submitted here with a plain HTTP client, as a browser would.
#[test]
fn an_express_account_completes_onboarding_on_the_hosted_page() {
    let platform = Client::onboarding("lc_express");
    let account = platform.post("/v1/accounts", "type=express&country=US").ok();
    let id = account["id"].as_str().unwrap().to_owned();
    assert_eq!(account["details_submitted"], false);
    check_error(
        &platform.post("/v1/account_links", &format!("account={id}&type=account_onboarding")),
        400,
        "invalid_request_error",
        Some("parameter_missing"),
        Some("refresh_url"),
    );
    check_error(
        &platform.post(
            "/v1/account_links",
            &format!(
                "account={id}&type=account_onboarding&refresh_url=javascript:alert(1)&return_url=https://example.com/r"
            ),
        ),
        400,
        "invalid_request_error",
        Some("url_invalid"),
        Some("refresh_url"),
    );
    let link = platform
        .post(
            "/v1/account_links",
            &format!(
                "account={id}&type=account_onboarding&refresh_url=https://example.com/refresh&return_url=https://example.com/return"
            ),
        )
        .ok();
    assert_eq!(link["object"], "account_link");
    assert_eq!(
        link["expires_at"].as_i64().unwrap() - link["created"].as_i64().unwrap(),
        300
    );
    let url = link["url"].as_str().unwrap().to_owned();
    assert!(url.starts_with(platform.base()), "{url}");

    let http = no_redirects();
    let page = http.get(&url).send().unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let csp = page.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.starts_with("default-src 'none'; form-action 'self'"), "{csp}");
    assert!(csp.contains("https://example.com"), "{csp}");
    let html = page.text().unwrap();
    assert!(html.contains(&id), "the page names its account");
    assert!(!html.contains("<script"), "no scripts");
    let fields = form_of(&html);
    assert!(
        fields.iter().any(|(n, v)| n == "person[ssn_last_4]" && v == "0000"),
        "{fields:?}"
    );

    // A field naming another account is refused and changes nothing.
    let mut hostile = fields.clone();
    hostile.push(("account".into(), EXPRESS_US.into()));
    let refused = http.post(&url).form(&hostile).send().unwrap();
    assert_eq!(refused.status().as_u16(), 400);
    assert_eq!(
        platform.get(&format!("/v1/accounts/{id}")).ok()["details_submitted"],
        false
    );

    let mut submitted = fields.clone();
    submitted.push(("tos_accepted".into(), "true".into()));
    let done = http.post(&url).form(&submitted).send().unwrap();
    assert_eq!(done.status().as_u16(), 303);
    assert_eq!(done.headers()["location"], "https://example.com/return");
    let account = platform.get(&format!("/v1/accounts/{id}")).ok();
    assert_eq!(
        (
            account["details_submitted"].as_bool(),
            account["charges_enabled"].as_bool(),
            account["payouts_enabled"].as_bool()
        ),
        (Some(true), Some(true), Some(true)),
        "{}",
        account["requirements"]
    );
    assert_eq!(
        platform.get(&format!("/v1/accounts/{EXPRESS_US}")).ok()["business_type"],
        Value::Null
    );

    // Used: the link now sends the browser to its refresh_url.
    let again = http.get(&url).send().unwrap();
    assert_eq!(again.status().as_u16(), 302);
    assert_eq!(again.headers()["location"], "https://example.com/refresh");
}

#[test]
fn an_account_link_expires_after_five_minutes_of_simulated_time() {
    let platform = Client::onboarding("lc_expiry");
    let account = platform.post("/v1/accounts", "type=express&country=US").ok();
    let link = platform
        .post(
            "/v1/account_links",
            &format!(
                "account={}&type=account_onboarding&refresh_url=https://example.com/refresh&return_url=https://example.com/return",
                account["id"].as_str().unwrap()
            ),
        )
        .ok();
    let url = link["url"].as_str().unwrap();
    let http = no_redirects();
    assert_eq!(http.get(url).send().unwrap().status().as_u16(), 200);
    platform.post("/_sim/clock/advance", "seconds=300").ok();
    let expired = http.get(url).send().unwrap();
    assert_eq!(expired.status().as_u16(), 302);
    assert_eq!(expired.headers()["location"], "https://example.com/refresh");
    let unknown = http
        .get(format!("{}/_sim/onboarding/link_nothing", platform.base()))
        .send()
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);
    // account_update links need an onboarded account.
    check_error(
        &platform.post(
            "/v1/account_links",
            &format!(
                "account={}&type=account_update&refresh_url=https://example.com/a&return_url=https://example.com/b",
                account["id"].as_str().unwrap()
            ),
        ),
        400,
        "invalid_request_error",
        None,
        None,
    );
}
