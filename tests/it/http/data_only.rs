//! Data that Stripe only keeps and shows (docs/behaviour.md §17, issue 19): a person's names
//! in other scripts, gender, nationality, registered address, political exposure and share
//! of the company; a customer's tax status and invoice prefix; an account's support address,
//! revenue and worker count. Each is accepted, checked as Stripe checks it, stored, shown,
//! cleared by an empty value; bad values are refused and change nothing.

use serde_json::json;

use super::*;

/// A Custom account of the platform's, to hang persons on.
fn custom(platform: &Client) -> String {
    platform.post("/v1/accounts", "type=custom&country=JP").id()
}

#[test]
fn a_persons_kept_details_are_stored_shown_and_cleared() {
    let platform = Client::fresh("data_person");
    let account = custom(&platform);
    let path = format!("/v1/accounts/{account}/persons");
    let person = platform
        .post(
            &path,
            "first_name=Jenny&first_name_kana=%E3%82%B8%E3%82%A7%E3%83%8B%E3%83%BC&last_name_kanji=%E7%94%B0%E4%B8%AD\
             &gender=female&nationality=jp&political_exposure=none&maiden_name=Rosen\
             &registered_address[line1]=1-1&registered_address[city]=Tokyo&registered_address[country]=JP\
             &relationship[owner]=true&relationship[percent_ownership]=25.50\
             &full_name_aliases[]=J.%20Rosen&full_name_aliases[]=Jen",
        )
        .ok();
    assert_eq!(
        (
            &person["first_name_kana"],
            &person["last_name_kanji"],
            &person["gender"],
            &person["nationality"]
        ),
        (&json!("ジェニー"), &json!("田中"), &json!("female"), &json!("JP"))
    );
    assert_eq!(
        (&person["political_exposure"], &person["maiden_name"]),
        (&json!("none"), &json!("Rosen"))
    );
    assert_eq!(
        person["registered_address"],
        json!({"city": "Tokyo", "country": "JP", "line1": "1-1", "line2": null, "postal_code": null, "state": null})
    );
    assert_eq!(person["relationship"]["percent_ownership"], json!(25.5));
    assert_eq!(person["full_name_aliases"], json!(["J. Rosen", "Jen"]));
    let id = person["id"].as_str().unwrap();
    let read = platform.get(&format!("{path}/{id}")).ok();
    assert_eq!(read["gender"], "female");
    // An update changes what it names, an empty value clears.
    let updated = platform
        .post(&format!("{path}/{id}"), "gender=&registered_address=&nationality=US")
        .ok();
    assert_eq!(
        (
            &updated["gender"],
            &updated["registered_address"],
            &updated["nationality"]
        ),
        (&Value::Null, &Value::Null, &json!("US"))
    );
    assert_eq!(updated["first_name_kana"], "ジェニー", "untouched");
    // Refused as Stripe refuses them, changing nothing.
    for (body, param) in [
        ("gender=other", "gender"),
        ("political_exposure=some", "political_exposure"),
        ("nationality=Japan", "nationality"),
        ("relationship[percent_ownership]=101", "relationship[percent_ownership]"),
        (
            "relationship[percent_ownership]=half",
            "relationship[percent_ownership]",
        ),
    ] {
        let refused = platform.post(&format!("{path}/{id}"), body);
        check_error(&refused, 400, "invalid_request_error", None, Some(param));
    }
    assert_eq!(platform.get(&format!("{path}/{id}")).ok(), updated);
}

#[test]
fn a_customers_tax_status_and_invoice_prefix_are_kept() {
    let platform = Client::fresh("data_customer");
    let customer = platform
        .post("/v1/customers", "name=Jenny&tax_exempt=reverse&invoice_prefix=JENNY01")
        .ok();
    assert_eq!(
        (&customer["tax_exempt"], &customer["invoice_prefix"]),
        (&json!("reverse"), &json!("JENNY01"))
    );
    let id = customer["id"].as_str().unwrap();
    let updated = platform.post(&format!("/v1/customers/{id}"), "tax_exempt=exempt").ok();
    assert_eq!(
        (&updated["tax_exempt"], &updated["invoice_prefix"]),
        (&json!("exempt"), &json!("JENNY01"))
    );
    let plain = platform.post("/v1/customers", "name=Plain").ok();
    assert_eq!(
        (&plain["tax_exempt"], &plain["invoice_prefix"]),
        (&json!("none"), &Value::Null)
    );
    for (body, param) in [
        ("tax_exempt=sometimes", "tax_exempt"),
        ("invoice_prefix=ab", "invoice_prefix"),
        ("invoice_prefix=lowercase", "invoice_prefix"),
        ("invoice_prefix=THIRTEENCHARS", "invoice_prefix"),
    ] {
        let refused = platform.post(&format!("/v1/customers/{id}"), body);
        check_error(&refused, 400, "invalid_request_error", None, Some(param));
    }
    assert_eq!(platform.get(&format!("/v1/customers/{id}")).ok(), updated);
}

#[test]
fn an_accounts_support_address_revenue_and_workers_are_kept() {
    let platform = Client::fresh("data_account");
    let account = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&business_profile[support_address][line1]=510%20Townsend%20St\
             &business_profile[support_address][city]=San%20Francisco&business_profile[support_address][country]=US\
             &business_profile[annual_revenue][amount]=1000000&business_profile[annual_revenue][currency]=USD\
             &business_profile[annual_revenue][fiscal_year_end]=12-31&business_profile[estimated_worker_count]=12\
             &business_profile[monthly_estimated_revenue][amount]=80000&business_profile[monthly_estimated_revenue][currency]=usd",
        )
        .ok();
    let profile = &account["business_profile"];
    assert_eq!(
        profile["support_address"],
        json!({"city": "San Francisco", "country": "US", "line1": "510 Townsend St", "line2": null, "postal_code": null, "state": null})
    );
    assert_eq!(
        profile["annual_revenue"],
        json!({"amount": 1000000, "currency": "usd", "fiscal_year_end": "12-31"})
    );
    assert_eq!(
        profile["monthly_estimated_revenue"],
        json!({"amount": 80000, "currency": "usd"})
    );
    assert_eq!(profile["estimated_worker_count"], 12);
    let id = account["id"].as_str().unwrap();
    let integer = Some("parameter_invalid_integer");
    for (body, code, param) in [
        (
            "business_profile[estimated_worker_count]=-1",
            integer,
            "business_profile[estimated_worker_count]",
        ),
        (
            "business_profile[annual_revenue][amount]=lots",
            integer,
            "business_profile[annual_revenue][amount]",
        ),
        (
            "business_profile[annual_revenue][currency]=xyz",
            None,
            "business_profile[annual_revenue][currency]",
        ),
        (
            "business_profile[annual_revenue][fiscal_year_end]=31-12",
            None,
            "business_profile[annual_revenue][fiscal_year_end]",
        ),
    ] {
        let refused = platform.post(&format!("/v1/accounts/{id}"), body);
        check_error(&refused, 400, "invalid_request_error", code, Some(param));
    }
    assert_eq!(
        platform.get(&format!("/v1/accounts/{id}")).ok()["business_profile"],
        *profile
    );
    let cleared = platform
        .post(
            &format!("/v1/accounts/{id}"),
            "business_profile[support_address][city]=",
        )
        .ok();
    assert_eq!(cleared["business_profile"]["support_address"]["city"], Value::Null);
    assert_eq!(
        cleared["business_profile"]["support_address"]["line1"],
        "510 Townsend St"
    );
}

#[test]
fn an_accounts_brand_colors_are_kept_and_its_files_stay_refused() {
    let platform = Client::fresh("data_branding");
    let account = platform
        .post(
            "/v1/accounts",
            "type=custom&country=US&settings[branding][primary_color]=%230a2540&settings[branding][secondary_color]=%23fff",
        )
        .ok();
    assert_eq!(
        account["settings"]["branding"],
        json!({"icon": null, "logo": null, "primary_color": "#0a2540", "secondary_color": "#fff"})
    );
    let id = account["id"].as_str().unwrap();
    let refused = platform.post(&format!("/v1/accounts/{id}"), "settings[branding][primary_color]=blue");
    check_error(
        &refused,
        400,
        "invalid_request_error",
        None,
        Some("settings[branding][primary_color]"),
    );
    // A logo is a file upload, which debitsim does not simulate.
    let logo = platform.post(&format!("/v1/accounts/{id}"), "settings[branding][logo]=file_123");
    assert_eq!(logo.status, 400);
    assert!(
        logo.json["error"]["message"].as_str().unwrap().contains("debitsim"),
        "{}",
        logo.json
    );
    let cleared = platform
        .post(&format!("/v1/accounts/{id}"), "settings[branding][secondary_color]=")
        .ok();
    assert_eq!(cleared["settings"]["branding"]["secondary_color"], Value::Null);
    assert_eq!(cleared["settings"]["branding"]["primary_color"], "#0a2540");
}
