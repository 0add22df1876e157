//! The conformance flows through async-stripe (1.0 line), unpatched.
//!
//! Typed requests (`CreateCharge`, `CreateTransfer`, `ListBalanceTransaction`, ...) wherever
//! the typed API can say what a flow sends, each with a typed response; the per-request
//! `Stripe-Account` through `customize().account_id(..)`. What the typed API cannot say
//! goes through async-stripe's own generic request, `RequestBuilder::form(..)` with a
//! typed response (`customize::<Transfer>()`): `reference_transaction`, a bank account
//! given field by field, and the deliberately wrong parameters of the error table.
//! Because async-stripe's deserializer refuses a body that lacks a field its types
//! require, every typed response here is also a strict schema check of its own.
//!
//! Flows and order: cases/flows.json; error rows: cases/errors.json (shared with the
//! Python and Node clients). Environment: DEBITSIM_URL, CONFORMANCE_RESULTS, CONFORMANCE_RUN_ID.

use std::collections::HashMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use futures_util::TryStreamExt;
use serde_json::{Value, json};
use stripe::{Client, ClientBuilder, StripeError};
use stripe_client_core::{IdempotencyKey, RequestBuilder, RequestStrategy, StripeMethod, StripeRequest};
use stripe_connect::account::{
    CreateAccount, CreateAccountCapabilities, CreateAccountCapabilitiesTransfers, CreateAccountSettings,
    CreateAccountSettingsPayouts, CreateAccountSettingsPayoutsSchedule, CreateAccountSettingsPayoutsScheduleInterval,
    CreateAccountType, RetrieveAccount, RetrieveForMyAccountAccount,
};
use stripe_connect::application_fee::RetrieveApplicationFee;
use stripe_connect::external_account::CreateAccountExternalAccount;
use stripe_connect::application_fee_refund::{CreateIdApplicationFeeRefund, ListIdApplicationFeeRefund};
use stripe_connect::transfer::{CreateTransfer, RetrieveTransfer};
use stripe_connect::transfer_reversal::CreateIdTransferReversal;
use stripe_core::balance::RetrieveForMyAccountBalance;
use stripe_core::balance_transaction::{ListBalanceTransaction, RetrieveBalanceTransaction};
use stripe_core::charge::CaptureCharge;
use stripe_core::charge::{CreateCharge, CreateChargeTransferData, RetrieveCharge};
use stripe_core::customer::{CreateCustomer, DeleteCustomer, ListCustomer, RetrieveCustomer};
use stripe_core::dispute::{CloseDispute, ListDispute, RetrieveDispute, UpdateDispute, UpdateDisputeEvidence};
use stripe_core::event::{ListEvent, RetrieveEvent};
use stripe_core::payment_intent::{CapturePaymentIntent, CreatePaymentIntent, CreatePaymentIntentTransferData};
use stripe_core::payout::{CreatePayout, CreatePayoutMethod};
use stripe_core::refund::CreateRefund;
use stripe_misc::ephemeral_key::{CreateEphemeralKey, DeleteEphemeralKey};
use stripe_misc::WebhookEndpoint;
use stripe_misc::webhook_endpoint::{
    CreateWebhookEndpoint, CreateWebhookEndpointEnabledEvents, DeleteWebhookEndpoint, ListWebhookEndpoint,
    RetrieveWebhookEndpoint, UpdateWebhookEndpoint,
};
use stripe_shared::{
    Account, AccountId, ApiErrorsType, BalanceTransaction, Card, Charge, Customer, PaymentIntent, PaymentMethod,
    PaymentSource, SetupIntent, Token, Transfer,
};
use stripe_types::{Currency, Expandable, List};
use stripe_webhook::{EventObject, Webhook};

const PLATFORM: &str = "acct_1SimPlatform00US";
const DAY: i64 = 86400;
const SDK: &str = "async-stripe 1.0.0-rc.10 (crates.io)";

/// Why a flow did not pass.
enum Fail {
    Check(String),
    Skip(String),
    Stripe(StripeError),
}

impl From<StripeError> for Fail {
    fn from(e: StripeError) -> Self {
        Fail::Stripe(e)
    }
}

impl Fail {
    fn describe(&self) -> String {
        match self {
            Fail::Check(s) => s.clone(),
            Fail::Skip(s) => format!("skipped: {s}"),
            Fail::Stripe(StripeError::Stripe(e, status)) => format!(
                "Stripe error {status} {}: {}",
                e.type_.as_str(),
                e.message.as_deref().unwrap_or("")
            ),
            Fail::Stripe(e) => format!("{e}"),
        }
    }
}

type Res<T> = Result<T, Fail>;

fn check(cond: bool, what: impl Into<String>) -> Res<()> {
    if cond { Ok(()) } else { Err(Fail::Check(what.into())) }
}

fn eq<T: PartialEq + Debug>(actual: T, expected: T, what: &str) -> Res<()> {
    if actual == expected {
        Ok(())
    } else {
        Err(Fail::Check(format!("{what}: expected {expected:?}, got {actual:?}")))
    }
}

fn starts(value: &str, prefix: &str, what: &str) -> Res<()> {
    check(
        value.starts_with(prefix),
        format!("{what}: expected an id starting {prefix:?}, got {value:?}"),
    )
}

/// An expandable field as an id, whether the server sent the id or the object.
fn id_of<T: stripe_types::Object>(e: &Option<Expandable<T>>) -> String
where
    T::Id: AsRef<str>,
{
    e.as_ref().map(|x| x.id().as_ref().to_string()).unwrap_or_default()
}

/// Stripe's card fee in the simulator: 2.9 % rounded half-up, plus 30 minor units.
fn fee(amount: i64) -> i64 {
    (amount * 29 + 500) / 1000 + 30
}

fn usd() -> Currency {
    Currency::USD
}

#[derive(Debug, PartialEq, Clone, Copy)]
struct Buckets {
    available: i64,
    pending: i64,
    reserved: i64,
}

struct Ctx {
    base: String,
    run_id: String,
    suffix: String,
    key: String,
    sk: Client,
    values: HashMap<String, Value>,
    /// Every webhook body the flows' receivers got, for the harness's schema check.
    webhook_bodies: Vec<String>,
}

fn client(base: &str, key: &str, account: Option<&str>) -> Client {
    let mut b = ClientBuilder::new(key).url(format!("{base}/"));
    if let Some(a) = account {
        b = b.account_id(AccountId::from(a));
    }
    b.build().expect("a valid client configuration")
}

impl Ctx {
    fn new(base: String, run_id: String) -> Self {
        let suffix = format!("conf_rs_{run_id}");
        let key = format!("sk_test_{suffix}");
        let sk = client(&base, &key, None);
        let mut values = HashMap::new();
        for (k, v) in [
            ("$platform", PLATFORM),
            ("$nobank", "acct_1SimCustomUSNoBk"),
            ("$gb", "acct_1SimExpressGB001"),
            ("$jp", "acct_1SimCustomJP0001"),
            ("$ca", "acct_1SimCustomCA0001"),
        ] {
            values.insert(k.to_string(), json!(v));
        }
        Ctx {
            base,
            run_id,
            suffix,
            key,
            sk,
            values,
            webhook_bodies: Vec::new(),
        }
    }

    fn get(&self, name: &str) -> Res<String> {
        match self.values.get(name) {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(v) => Ok(v.to_string()),
            None => Err(Fail::Skip(format!(
                "needs {name}, which an earlier flow did not produce"
            ))),
        }
    }

    fn set(&mut self, name: &str, value: impl Into<Value>) {
        self.values.insert(name.to_string(), value.into());
    }

    /// A client whose default Stripe-Account is `name` (for the SDK's paginators).
    fn as_account(&self, name: &str) -> Res<Client> {
        Ok(client(&self.base, &self.key, Some(&self.get(name)?)))
    }

    /// The usd buckets of the platform (None) or of a connected account.
    async fn balance(&self, account: Option<&str>) -> Res<Buckets> {
        let mut req = RetrieveForMyAccountBalance::new().customize();
        if let Some(a) = account {
            req = req.account_id(AccountId::from(self.get(a)?));
        }
        let b = req.send(&self.sk).await?;
        let sum = |v: &[stripe_core::BalanceAmount]| -> i64 {
            v.iter().filter(|e| e.currency == usd()).map(|e| e.amount).sum()
        };
        Ok(Buckets {
            available: sum(&b.available),
            pending: sum(&b.pending),
            reserved: sum(b.connect_reserved.as_deref().unwrap_or(&[])),
        })
    }

    async fn bt_count(&self, account: Option<&str>) -> Res<usize> {
        let c = match account {
            Some(a) => self.as_account(a)?,
            None => self.sk.clone(),
        };
        let all: Vec<BalanceTransaction> = ListBalanceTransaction::new()
            .limit(100)
            .paginate()
            .stream(&c)
            .try_collect()
            .await?;
        Ok(all.len())
    }

    /// Simulator control: not Stripe's API, so a plain HTTP/1.1 POST rather than the SDK.
    async fn sim(&self, path: &str, form: &str) -> Res<()> {
        self.sim_json(path, form).await.map(|_| ())
    }

    /// A simulator control's answer, as JSON.
    async fn sim_json(&self, path: &str, form: &str) -> Res<Value> {
        let (status, body) = self.plain("POST", path, form, "").await?;
        check(status == "200", format!("{path} answered {status}"))?;
        serde_json::from_str(&body).map_err(|e| Fail::Check(format!("{path}: {e}")))
    }

    /// One plain HTTP/1.1 request with the key (and `headers`, each ending in CRLF): its
    /// status and body.
    async fn plain(&self, method: &str, path: &str, form: &str, headers: &str) -> Res<(String, String)> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let host = self
            .base
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let mut s = tokio::net::TcpStream::connect(&host)
            .await
            .map_err(|e| Fail::Check(format!("{path}: {e}")))?;
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\n{headers}\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{form}",
            self.key,
            form.len()
        );
        s.write_all(req.as_bytes())
            .await
            .map_err(|e| Fail::Check(format!("{path}: {e}")))?;
        let mut out = String::new();
        s.read_to_string(&mut out)
            .await
            .map_err(|e| Fail::Check(format!("{path}: {e}")))?;
        let status = out.split_whitespace().nth(1).unwrap_or("").to_string();
        let body = out.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("").to_string();
        Ok((status, body))
    }
}

/// async-stripe's generic request: form parameters of our choosing, a typed response.
async fn form<T: miniserde::Deserialize>(
    c: &Client,
    method: StripeMethod,
    path: &str,
    params: &Value,
    account: Option<String>,
) -> Result<T, StripeError> {
    let mut req = RequestBuilder::new(method, path);
    let empty = params.as_object().is_some_and(|m| m.is_empty());
    req = match method {
        StripeMethod::Post => req.form(params),
        _ if empty => req, // no bare '?' on the URL
        _ => req.query(params),
    };
    let mut req = req.customize::<T>();
    if let Some(a) = account {
        req = req.account_id(AccountId::from(a));
    }
    req.send(c).await
}

fn on(ctx: &Ctx, account: &str) -> Res<AccountId> {
    Ok(AccountId::from(ctx.get(account)?))
}

// ----------------------------------------------------------------------------------- flows

async fn platform_account(ctx: &mut Ctx) -> Res<()> {
    let acct = RetrieveForMyAccountAccount::new().send(&ctx.sk).await?;
    eq(acct.id.as_str(), PLATFORM, "platform id")?;
    eq(acct.country.as_deref(), Some("US"), "platform country")?;
    eq(acct.default_currency, Some(usd()), "platform default_currency")?;
    let same = RetrieveAccount::new(PLATFORM).send(&ctx.sk).await?;
    eq(same.id.as_str(), PLATFORM, "GET /v1/accounts/{platform} id")
}

/// debit-rules section 1: type -> (losses.payments, requirement_collection, fees.payer, dashboard)
fn controller_of(kind: &str) -> (&'static str, &'static str, &'static str, &'static str) {
    match kind {
        "standard" => ("stripe", "stripe", "account", "full"),
        "express" => ("application", "stripe", "application_express", "express"),
        _ => ("application", "application", "application_custom", "none"),
    }
}

fn controller_tuple(a: &Account) -> (String, String, String, String) {
    let c = a.controller.as_ref();
    (
        c.and_then(|c| c.losses.as_ref())
            .map(|l| l.payments.as_str().to_string())
            .unwrap_or_default(),
        c.and_then(|c| c.requirement_collection.as_ref())
            .map(|r| r.as_str().to_string())
            .unwrap_or_default(),
        c.and_then(|c| c.fees.as_ref())
            .map(|f| f.payer.as_str().to_string())
            .unwrap_or_default(),
        c.and_then(|c| c.stripe_dashboard.as_ref())
            .map(|d| d.type_.as_str().to_string())
            .unwrap_or_default(),
    )
}

fn check_account(a: &Account, kind: &str, what: &str) -> Res<()> {
    starts(a.id.as_str(), "acct_", &format!("{what} id"))?;
    eq(
        a.type_.as_ref().map(|t| t.as_str().to_string()),
        Some(kind.to_string()),
        &format!("{what} type"),
    )?;
    eq(a.country.as_deref(), Some("US"), &format!("{what} country"))?;
    eq(
        a.default_currency.clone(),
        Some(usd()),
        &format!("{what} default_currency"),
    )?;
    let (l, r, f, d) = controller_of(kind);
    eq(
        controller_tuple(a),
        (l.into(), r.into(), f.into(), d.into()),
        &format!("{what} controller (losses.payments, requirement_collection, fees.payer, stripe_dashboard.type)"),
    )?;
    let banks: Vec<(String, String)> = a
        .external_accounts
        .as_ref()
        .map(|l| l.data.iter())
        .into_iter()
        .flatten()
        .filter_map(|x| match x {
            stripe_shared::ExternalAccount::BankAccount(b) => Some((b.country.clone(), b.currency.to_string())),
            _ => None,
        })
        .collect();
    check(
        banks.contains(&("US".to_string(), "usd".to_string())),
        format!("{what}: no US usd bank_account in external_accounts: {banks:?}"),
    )
}

async fn create_accounts(ctx: &mut Ctx) -> Res<()> {
    let run = ctx.run_id.clone();
    let mut caps = CreateAccountCapabilities::new();
    caps.transfers = Some(CreateAccountCapabilitiesTransfers { requested: Some(true) });
    let mut schedule = CreateAccountSettingsPayoutsSchedule::new();
    schedule.interval = Some(CreateAccountSettingsPayoutsScheduleInterval::Manual);
    let mut payouts = CreateAccountSettingsPayouts::new();
    payouts.schedule = Some(schedule);
    let mut settings = CreateAccountSettings::new();
    settings.payouts = Some(payouts);
    let express = CreateAccount::new()
        .type_(CreateAccountType::Express)
        .country("US")
        .default_currency(usd())
        .email(format!("express-{run}@example.com"))
        .capabilities(caps)
        .external_account("btok_us")
        .settings(settings)
        .metadata(HashMap::from([("conformance".to_string(), "rust".to_string())]))
        .send(&ctx.sk)
        .await?;
    check_account(&express, "express", "express")?;
    eq(
        express
            .metadata
            .as_ref()
            .and_then(|m| m.get("conformance"))
            .map(String::as_str),
        Some("rust"),
        "express metadata",
    )?;
    eq(
        express
            .settings
            .as_ref()
            .and_then(|s| s.payouts.as_ref())
            .map(|p| p.schedule.interval.as_str()),
        Some("manual"),
        "express payout schedule",
    )?;
    ctx.set("$express", express.id.as_str());

    // The typed external_account is a token string; a bank account given field by field
    // goes through the generic request.
    let custom: Account = form(
        &ctx.sk,
        StripeMethod::Post,
        "/accounts",
        &json!({
            "type": "custom", "country": "US", "default_currency": "usd",
            "capabilities": {"transfers": {"requested": true}},
            "settings": {"payouts": {"debit_negative_balances": true, "schedule": {"interval": "manual"}}},
            "external_account": {"object": "bank_account", "country": "US", "currency": "usd",
                                 "account_number": "000123456789", "routing_number": "110000000"}
        }),
        None,
    )
    .await?;
    check_account(&custom, "custom", "custom")?;
    eq(
        custom
            .settings
            .as_ref()
            .and_then(|s| s.payouts.as_ref())
            .map(|p| p.debit_negative_balances),
        Some(true),
        "custom debit_negative_balances",
    )?;
    ctx.set("$custom", custom.id.as_str());

    // The flows pay out from the standard account by API, which needs a manual schedule.
    let mut standard_schedule = CreateAccountSettingsPayoutsSchedule::new();
    standard_schedule.interval = Some(CreateAccountSettingsPayoutsScheduleInterval::Manual);
    let mut standard_payouts = CreateAccountSettingsPayouts::new();
    standard_payouts.schedule = Some(standard_schedule);
    let mut standard_settings = CreateAccountSettings::new();
    standard_settings.payouts = Some(standard_payouts);
    let standard = CreateAccount::new()
        .type_(CreateAccountType::Standard)
        .country("US")
        .default_currency(usd())
        .email(format!("standard-{run}@example.com"))
        .external_account("btok_us")
        .settings(standard_settings)
        .send(&ctx.sk)
        .await?;
    check_account(&standard, "standard", "standard")?;
    ctx.set("$standard", standard.id.as_str());

    let managed: Account = form(
        &ctx.sk,
        StripeMethod::Post,
        "/accounts",
        &json!({
            "country": "US", "default_currency": "usd", "external_account": "btok_us",
            "controller": {"losses": {"payments": "stripe"}, "fees": {"payer": "account"},
                           "stripe_dashboard": {"type": "full"}, "requirement_collection": "stripe"}
        }),
        None,
    )
    .await?;
    let (losses, _, payer, _) = controller_tuple(&managed);
    eq(
        (losses.as_str(), payer.as_str()),
        ("stripe", "account"),
        "controller-only account: losses.payments, fees.payer",
    )?;
    ctx.set("$managed", managed.id.as_str());

    // An account in another world: unknown to this key's platform (debit-rules section 1).
    let other_key = format!("sk_test_conf_rs2_{run}");
    let other = CreateAccount::new()
        .type_(CreateAccountType::Express)
        .country("US")
        .default_currency(usd())
        .send(&client(&ctx.base, &other_key, None))
        .await?;
    starts(other.id.as_str(), "acct_", "other-world account id")?;
    ctx.set("$other_world", other.id.as_str());
    let mut ids: Vec<String> = ["$express", "$custom", "$standard", "$managed", "$other_world"]
        .iter()
        .map(|k| ctx.get(k))
        .collect::<Res<_>>()?;
    ids.sort();
    ids.dedup();
    eq(ids.len(), 5, "new account ids are distinct")
}

async fn fund_accounts(ctx: &mut Ctx) -> Res<()> {
    let p0 = ctx.balance(None).await?;
    let ch = CreateCharge::new()
        .amount(100000)
        .currency(usd())
        .source("tok_bypassPending")
        .description("conformance platform funding")
        .send(&ctx.sk)
        .await?;
    starts(ch.id.as_str(), "ch_", "platform charge id")?;
    eq(
        (ch.status.as_str(), ch.paid, ch.captured, ch.amount, ch.currency),
        ("succeeded", true, true, 100000, usd()),
        "platform charge status, paid, captured, amount, currency",
    )?;
    let bt = RetrieveBalanceTransaction::new(id_of(&ch.balance_transaction))
        .send(&ctx.sk)
        .await?;
    eq(
        (bt.type_.as_str(), bt.amount, bt.fee, bt.net, bt.status.as_str()),
        ("charge", 100000, fee(100000), 100000 - fee(100000), "available"),
        "tok_bypassPending balance transaction (type, amount, fee, net, status)",
    )?;
    let fees: Vec<(String, i64)> = bt.fee_details.iter().map(|f| (f.type_.clone(), f.amount)).collect();
    eq(fees, vec![("stripe_fee".to_string(), fee(100000))], "fee_details")?;
    let p1 = ctx.balance(None).await?;
    eq(
        p1.available - p0.available,
        100000 - fee(100000),
        "platform available after the charge",
    )?;
    eq(
        p1.pending,
        p0.pending,
        "platform pending after a tok_bypassPending charge",
    )?;
    ctx.set("$platform_charge", ch.id.as_str());

    for (name, amount) in [("$express", 20000), ("$custom", 10000)] {
        let tr = CreateTransfer::new(usd(), ctx.get(name)?)
            .amount(amount)
            .send(&ctx.sk)
            .await?;
        starts(tr.id.as_str(), "tr_", &format!("transfer to {name}"))?;
        eq(
            id_of(&tr.destination),
            ctx.get(name)?,
            &format!("transfer to {name}: destination"),
        )?;
        starts(
            &id_of(&tr.destination_payment),
            "py_",
            &format!("transfer to {name}: destination_payment"),
        )?;
        eq(
            ctx.balance(Some(name)).await?.available,
            amount,
            &format!("{name} available after its funding transfer"),
        )?;
        ctx.set(&format!("{name}_funding"), tr.id.as_str());
    }
    let p2 = ctx.balance(None).await?;
    eq(
        p1.available - p2.available,
        30000,
        "platform available after funding two accounts",
    )?;

    // Direct charges: the Stripe-Account header makes the charge on the connected account.
    for (name, amount, key) in [("$standard", 10000, "$std_charge"), ("$custom", 3000, "$custom_charge")] {
        let before = ctx.balance(Some(name)).await?.available;
        let dc = CreateCharge::new()
            .amount(amount)
            .currency(usd())
            .source("tok_bypassPending")
            .customize()
            .account_id(on(ctx, name)?)
            .send(&ctx.sk)
            .await?;
        starts(dc.id.as_str(), "ch_", &format!("direct charge on {name}"))?;
        let after = ctx.balance(Some(name)).await?.available;
        eq(
            after - before,
            amount - fee(amount),
            &format!("{name} available after a direct charge"),
        )?;
        ctx.set(key, dc.id.as_str());
    }
    eq(
        ctx.balance(None).await?,
        p2,
        "platform balance after direct charges on connected accounts",
    )?;

    let before = ctx.balance(Some("$standard")).await?.available;
    let po = CreatePayout::new(1000, usd())
        .customize()
        .account_id(on(ctx, "$standard")?)
        .send(&ctx.sk)
        .await?;
    starts(po.id.as_str(), "po_", "payout on standard")?;
    eq((po.amount, po.currency), (1000, usd()), "payout amount, currency")?;
    eq(
        before - ctx.balance(Some("$standard")).await?.available,
        1000,
        "standard available after its payout",
    )?;
    ctx.set("$std_payout", po.id.as_str());
    Ok(())
}

async fn pending_funds_clock(ctx: &mut Ctx) -> Res<()> {
    let p0 = ctx.balance(None).await?;
    let ch = CreateCharge::new()
        .amount(2000)
        .currency(usd())
        .source("tok_visa")
        .send(&ctx.sk)
        .await?;
    let bt = RetrieveBalanceTransaction::new(id_of(&ch.balance_transaction))
        .send(&ctx.sk)
        .await?;
    eq(bt.status.as_str(), "pending", "tok_visa balance transaction status")?;
    eq(
        bt.available_on,
        bt.created - bt.created % DAY + 2 * DAY,
        "tok_visa available_on: midnight UTC two days after the charge's day",
    )?;
    let p1 = ctx.balance(None).await?;
    eq(
        p1.pending - p0.pending,
        2000 - fee(2000),
        "platform pending after a tok_visa charge",
    )?;
    eq(p1.available, p0.available, "platform available after a tok_visa charge")?;
    ctx.sim("/_sim/clock/advance", "days=2").await?;
    let bt2 = RetrieveBalanceTransaction::new(bt.id.clone()).send(&ctx.sk).await?;
    eq(bt2.status.as_str(), "available", "status after 2 simulated days")?;
    let p2 = ctx.balance(None).await?;
    let moved = p2.available - p1.available;
    eq(
        moved,
        p1.pending - p2.pending,
        "what left pending is what reached available",
    )?;
    check(
        moved >= 2000 - fee(2000),
        format!("at least the charge's net became available (moved {moved})"),
    )
}

async fn debit_by_charge(ctx: &mut Ctx) -> Res<()> {
    let express = ctx.get("$express")?;
    let (p0, e0) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    let py = CreateCharge::new()
        .amount(1500)
        .currency(usd())
        .source(express.clone())
        .send(&ctx.sk)
        .await?;
    starts(py.id.as_str(), "py_", "flow A result id")?;
    eq(
        (py.status.as_str(), py.paid, py.amount, py.currency),
        ("succeeded", true, 1500, usd()),
        "flow A status, paid, amount, currency",
    )?;
    match &py.source {
        Some(PaymentSource::Account(a)) => eq(a.id.as_str(), express.as_str(), "flow A source.id")?,
        other => {
            return Err(Fail::Check(format!("flow A source is not an account: {other:?}")));
        }
    }
    let pmd = py.payment_method_details.as_ref();
    eq(
        pmd.map(|p| p.type_.as_str()),
        Some("stripe_account"),
        "payment_method_details.type",
    )?;
    check(
        pmd.map(|p| p.stripe_account.is_some()).unwrap_or(false),
        "payment_method_details.stripe_account present",
    )?;
    let tr_id = id_of(&py.source_transfer);
    starts(&tr_id, "tr_", "flow A source_transfer")?;
    let bt = RetrieveBalanceTransaction::new(id_of(&py.balance_transaction))
        .send(&ctx.sk)
        .await?;
    eq(
        (bt.type_.as_str(), bt.amount, bt.fee, bt.net, bt.status.as_str()),
        ("payment", 1500, 0, 1500, "available"),
        "platform balance transaction of the Payment",
    )?;
    let (p1, e1) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(p1.available - p0.available, 1500, "platform available after flow A")?;
    eq(e0.available - e1.available, 1500, "express available after flow A")?;
    let newest = ListBalanceTransaction::new()
        .limit(1)
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    let n = newest
        .data
        .first()
        .ok_or_else(|| Fail::Check("express has no balance transaction".into()))?;
    let source = n
        .source
        .as_ref()
        .map(|s| s.id().as_str().to_string())
        .unwrap_or_default();
    eq(
        (n.type_.as_str(), n.amount, source.as_str()),
        ("transfer", -1500, tr_id.as_str()),
        "express's newest balance transaction (type, amount, source)",
    )?;
    let tr = RetrieveTransfer::new(tr_id.as_str())
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    eq(
        (id_of(&tr.destination), id_of(&tr.destination_payment)),
        (PLATFORM.to_string(), py.id.as_str().to_string()),
        "the connected account's transfer: destination and destination_payment",
    )
}

async fn debit_by_transfer(ctx: &mut Ctx) -> Res<()> {
    let (p0, c0) = (ctx.balance(None).await?, ctx.balance(Some("$custom")).await?);
    let tr = CreateTransfer::new(usd(), PLATFORM)
        .amount(1200)
        .customize()
        .account_id(on(ctx, "$custom")?)
        .send(&ctx.sk)
        .await?;
    starts(tr.id.as_str(), "tr_", "flow B transfer id")?;
    eq(
        (tr.amount, tr.currency, id_of(&tr.destination)),
        (1200, usd(), PLATFORM.to_string()),
        "flow B amount, currency, destination",
    )?;
    let py_id = id_of(&tr.destination_payment);
    starts(&py_id, "py_", "flow B destination_payment")?;
    let py = RetrieveCharge::new(py_id.as_str()).send(&ctx.sk).await?;
    eq(
        (py.amount, id_of(&py.source_transfer)),
        (1200, tr.id.as_str().to_string()),
        "the Payment: amount, source_transfer",
    )?;
    let bt = RetrieveBalanceTransaction::new(id_of(&py.balance_transaction))
        .send(&ctx.sk)
        .await?;
    eq(
        (bt.type_.as_str(), bt.amount, bt.fee, bt.status.as_str()),
        ("payment", 1200, 0, "available"),
        "the Payment's balance transaction",
    )?;
    let (p1, c1) = (ctx.balance(None).await?, ctx.balance(Some("$custom")).await?);
    eq(p1.available - p0.available, 1200, "platform available after flow B")?;
    eq(c0.available - c1.available, 1200, "custom available after flow B")
}

async fn managed_debit(ctx: &Ctx, reference: Value, amount: i64) -> Res<Transfer> {
    let params =
        json!({"amount": amount, "currency": "usd", "destination": PLATFORM, "reference_transaction": reference});
    Ok(form(
        &ctx.sk,
        StripeMethod::Post,
        "/transfers",
        &params,
        Some(ctx.get("$standard")?),
    )
    .await?)
}

async fn managed_debit_charge_ref(ctx: &mut Ctx) -> Res<()> {
    let (p0, s0) = (ctx.balance(None).await?, ctx.balance(Some("$standard")).await?);
    let tr = managed_debit(ctx, json!({"type": "charge", "charge": ctx.get("$std_charge")?}), 500).await?;
    starts(tr.id.as_str(), "tr_", "Stripe-managed debit id")?;
    eq(
        id_of(&tr.destination),
        PLATFORM.to_string(),
        "Stripe-managed debit destination",
    )?;
    starts(
        &id_of(&tr.destination_payment),
        "py_",
        "Stripe-managed debit destination_payment",
    )?;
    let (p1, s1) = (ctx.balance(None).await?, ctx.balance(Some("$standard")).await?);
    eq(p1.available - p0.available, 500, "platform available after the debit")?;
    eq(s0.available - s1.available, 500, "standard available after the debit")?;
    eq(
        p1.reserved,
        p0.reserved,
        "platform connect_reserved (standard stayed positive)",
    )
}

async fn managed_debit_payout_ref(ctx: &mut Ctx) -> Res<()> {
    let (p0, s0) = (ctx.balance(None).await?, ctx.balance(Some("$standard")).await?);
    check(
        s0.available > 0,
        format!("standard should still be positive here, has {}", s0.available),
    )?;
    let amount = s0.available + 400;
    let tr = managed_debit(
        ctx,
        json!({"type": "payout", "payout": ctx.get("$std_payout")?}),
        amount,
    )
    .await?;
    starts(tr.id.as_str(), "tr_", "Stripe-managed debit (payout reference) id")?;
    starts(&id_of(&tr.destination_payment), "py_", "destination_payment")?;
    let (p1, s1) = (ctx.balance(None).await?, ctx.balance(Some("$standard")).await?);
    eq(s1.available, -400, "standard available after debiting 400 beyond it")?;
    eq(
        p1.reserved - p0.reserved,
        400,
        "platform connect_reserved grows by the shortfall",
    )?;
    eq(
        p1.available - p0.available,
        amount - 400,
        "platform available: the payment less the reserve",
    )?;
    let recent = ListBalanceTransaction::new().limit(5).send(&ctx.sk).await?;
    let seen: Vec<(String, i64)> = recent
        .data
        .iter()
        .map(|b| (b.type_.as_str().to_string(), b.amount))
        .collect();
    check(
        seen.contains(&("reserve_transaction".to_string(), -400)),
        format!("a reserve_transaction of -400 among the platform's newest: {seen:?}"),
    )
}

async fn negative_balance_reserve(ctx: &mut Ctx) -> Res<()> {
    let (p0, c0) = (ctx.balance(None).await?, ctx.balance(Some("$custom")).await?);
    let amount = c0.available + 250;
    let py = CreateCharge::new()
        .amount(amount)
        .currency(usd())
        .source(ctx.get("$custom")?)
        .send(&ctx.sk)
        .await?;
    starts(py.id.as_str(), "py_", "flow A beyond the balance")?;
    let (p1, c1) = (ctx.balance(None).await?, ctx.balance(Some("$custom")).await?);
    eq(c1.available, -250, "custom available after debiting 250 beyond it")?;
    eq(
        p1.reserved - p0.reserved,
        250,
        "platform connect_reserved grows by custom's negative balance",
    )?;
    eq(
        p1.available - p0.available,
        amount - 250,
        "platform available: the payment less the reserve",
    )
}

async fn refund_and_reversal(ctx: &mut Ctx) -> Res<()> {
    let charge = ctx.get("$platform_charge")?;
    let p0 = ctx.balance(None).await?;
    let re = CreateRefund::new()
        .charge(charge.clone())
        .amount(500)
        .send(&ctx.sk)
        .await?;
    starts(re.id.as_str(), "re_", "refund id")?;
    eq(
        (
            re.amount,
            id_of(&re.charge),
            re.status.as_ref().map(|s| s.as_str().to_string()),
        ),
        (500, charge.clone(), Some("succeeded".to_string())),
        "refund amount, charge, status",
    )?;
    eq(
        RetrieveCharge::new(charge.as_str())
            .send(&ctx.sk)
            .await?
            .amount_refunded,
        500,
        "charge amount_refunded",
    )?;
    let (p1, e0) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(p0.available - p1.available, 500, "platform available after the refund")?;

    let funding = ctx.get("$express_funding")?;
    let trr = CreateIdTransferReversal::new(funding.as_str())
        .amount(1000)
        .send(&ctx.sk)
        .await?;
    starts(trr.id.as_str(), "trr_", "reversal id")?;
    eq(
        (trr.amount, trr.transfer.id().as_str().to_string()),
        (1000, funding.clone()),
        "reversal amount, transfer",
    )?;
    let tr = RetrieveTransfer::new(funding.as_str()).send(&ctx.sk).await?;
    eq(
        (tr.amount_reversed, tr.reversed),
        (1000, false),
        "transfer amount_reversed, reversed",
    )?;
    let (p2, e1) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(
        p2.available - p1.available,
        1000,
        "platform available after the reversal",
    )?;
    eq(
        e0.available - e1.available,
        1000,
        "express available after the reversal",
    )
}

async fn retrieve_accounts(ctx: &mut Ctx) -> Res<()> {
    let express = ctx.get("$express")?;
    let a = RetrieveAccount::new(express.as_str()).send(&ctx.sk).await?;
    eq(
        (a.id.as_str(), a.type_.as_ref().map(|t| t.as_str())),
        (express.as_str(), Some("express")),
        "GET /v1/accounts/{express}",
    )?;
    eq(
        RetrieveAccount::new(PLATFORM).send(&ctx.sk).await?.id.as_str(),
        PLATFORM,
        "GET /v1/accounts/{platform}",
    )?;
    let cur = RetrieveForMyAccountAccount::new()
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    eq(cur.id.as_str(), express.as_str(), "GET /v1/account with Stripe-Account")?;
    let rk = client(&ctx.base, &format!("rk_test_{}", ctx.suffix), None);
    let by_rk: Value = form(&rk, StripeMethod::Get, "/balance", &json!({}), None)
        .await
        .map(to_json)?;
    let by_sk: Value = form(&ctx.sk, StripeMethod::Get, "/balance", &json!({}), None)
        .await
        .map(to_json)?;
    eq(by_rk, by_sk, "balance read with the rk_test_ key")
}

fn to_json(v: miniserde::json::Value) -> Value {
    serde_json::from_str(&miniserde::json::to_string(&v)).unwrap_or(Value::Null)
}

async fn balance_and_paging(ctx: &mut Ctx) -> Res<()> {
    let b = RetrieveForMyAccountBalance::new().send(&ctx.sk).await?;
    check(
        b.available.iter().any(|e| e.currency == usd()),
        "platform balance has a usd available entry",
    )?;
    for (account, limit) in [(Some("$express"), 2i64), (None, 10)] {
        let who = account.unwrap_or("platform");
        let c = match account {
            Some(a) => ctx.as_account(a)?,
            None => ctx.sk.clone(),
        };
        let mut by_hand: Vec<BalanceTransaction> = Vec::new();
        let mut page: List<BalanceTransaction> = ListBalanceTransaction::new().limit(limit).send(&c).await?;
        loop {
            check(
                page.data.len() as i64 <= limit,
                format!("page of {} with limit={limit}", page.data.len()),
            )?;
            let more = page.has_more;
            by_hand.extend(page.data);
            if !more || by_hand.len() > 2000 {
                break;
            }
            let last = by_hand.last().map(|b| b.id.as_str().to_string()).unwrap_or_default();
            page = ListBalanceTransaction::new()
                .limit(limit)
                .starting_after(last)
                .send(&c)
                .await?;
        }
        let ids: Vec<String> = by_hand.iter().map(|b| b.id.as_str().to_string()).collect();
        check(
            ids.len() as i64 > limit,
            format!(
                "{who}: {} balance transactions, not enough to page with limit={limit}",
                ids.len()
            ),
        )?;
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        eq(
            unique.len(),
            ids.len(),
            &format!("{who}: duplicate ids while paging by hand"),
        )?;
        let created: Vec<i64> = by_hand.iter().map(|b| b.created).collect();
        let mut sorted = created.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        eq(&created, &sorted, &format!("{who}: newest first"))?;
        let auto: Vec<BalanceTransaction> = ListBalanceTransaction::new()
            .limit(limit)
            .paginate()
            .stream(&c)
            .try_collect()
            .await?;
        let auto: Vec<String> = auto.iter().map(|b| b.id.as_str().to_string()).collect();
        eq(&auto, &ids, &format!("{who}: paginate().stream() vs paging by hand"))?;
        let back = ListBalanceTransaction::new()
            .limit(2)
            .ending_before(ids[ids.len() - 1].clone())
            .send(&c)
            .await?;
        let back: Vec<String> = back.data.iter().map(|b| b.id.as_str().to_string()).collect();
        eq(
            &back[..],
            &ids[ids.len() - 3..ids.len() - 1],
            &format!("{who}: ending_before the oldest"),
        )?;
        if account == Some("$express") {
            let bal = ctx.balance(account).await?;
            for (status, bucket) in [("available", bal.available), ("pending", bal.pending)] {
                let total: i64 = by_hand
                    .iter()
                    .filter(|b| b.status == status && b.currency == usd())
                    .map(|b| b.net)
                    .sum();
                eq(
                    total,
                    bucket,
                    &format!("express {status} = the sum of its {status} balance transactions"),
                )?;
            }
        }
    }
    Ok(())
}

async fn events(ctx: &mut Ctx) -> Res<()> {
    let mut seen = Vec::new();
    let mut stream = ListEvent::new().limit(5).paginate().stream(&ctx.sk);
    while let Some(ev) = stream.try_next().await? {
        seen.push(ev);
        if seen.len() >= 300 {
            break;
        }
    }
    check(!seen.is_empty(), "GET /v1/events returned no event")?;
    let mut ids: Vec<String> = seen.iter().map(|e| e.id.as_str().to_string()).collect();
    for e in &seen {
        starts(e.id.as_str(), "evt_", "event id")?;
        let obj = to_json(e.data.object.clone());
        check(
            obj.get("object").map(Value::is_string).unwrap_or(false),
            format!(
                "{} ({}): data.object is not a resource",
                e.id.as_str(),
                e.type_.as_str()
            ),
        )?;
    }
    let types: Vec<&str> = seen.iter().map(|e| e.type_.as_str()).collect();
    check(
        types.contains(&"balance.available"),
        format!("no balance.available event after the clock moved funds; types: {types:?}"),
    )?;
    let first = RetrieveEvent::new(ids[0].as_str()).send(&ctx.sk).await?;
    eq(
        (first.id.as_str(), first.type_.as_str()),
        (ids[0].as_str(), seen[0].type_.as_str()),
        "GET /v1/events/{id}",
    )?;
    let n = ids.len();
    ids.sort();
    ids.dedup();
    eq(ids.len(), n, "event ids unique across pages")
}

fn resolve(v: &Value, ctx: &Ctx) -> Res<Value> {
    Ok(match v {
        Value::String(s) if s.starts_with('$') => ctx
            .values
            .get(s)
            .cloned()
            .ok_or_else(|| Fail::Skip(format!("needs {s}, which an earlier flow did not produce")))?,
        Value::Object(m) => {
            let mut out = serde_json::Map::new();
            for (k, x) in m {
                out.insert(k.clone(), resolve(x, ctx)?);
            }
            Value::Object(out)
        }
        other => other.clone(),
    })
}

/// One error row through async-stripe's generic request; the answer must be its typed error.
async fn error_row(ctx: &Ctx, row: &Value) -> Res<()> {
    let want = &row["expect"];
    let c = match row.get("key").and_then(Value::as_str) {
        Some(k) => client(&ctx.base, k, None),
        None => ctx.sk.clone(),
    };
    let account = match row.get("stripe_account") {
        Some(a) => Some(resolve(a, ctx)?.as_str().unwrap_or_default().to_string()),
        None => None,
    };
    let mut params = resolve(&row["params"], ctx)?;
    let op = row["op"].as_str().unwrap_or_default();
    let (method, path) = match op {
        "charges.create" => (StripeMethod::Post, "/charges".to_string()),
        "transfers.create" => (StripeMethod::Post, "/transfers".to_string()),
        "balance.retrieve" => (StripeMethod::Get, "/balance".to_string()),
        _ => {
            let id = params.as_object_mut().and_then(|m| m.remove("id")).unwrap_or_default();
            let collection = op.trim_end_matches(".retrieve");
            (
                StripeMethod::Get,
                format!("/{collection}/{}", id.as_str().unwrap_or_default()),
            )
        }
    };
    let outcome: Result<miniserde::json::Value, StripeError> = form(&c, method, &path, &params, account).await;
    let (e, status) = match outcome {
        Err(StripeError::Stripe(e, status)) => (e, status),
        Err(other) => return Err(Fail::Check(format!("not a typed Stripe error: {other}"))),
        Ok(v) => {
            let v = to_json(v);
            return Err(Fail::Check(format!(
                "expected {} {}, but the request succeeded ({} {})",
                want["status"], want["code"], v["object"], v["id"]
            )));
        }
    };
    let kind = match (status, &e.type_) {
        (401, _) => "authentication",
        (403, _) => "permission",
        (402, ApiErrorsType::CardError) => "card",
        (400, ApiErrorsType::IdempotencyError) => "idempotency",
        (400 | 404, ApiErrorsType::InvalidRequestError) => "invalid_request",
        _ => "other",
    };
    eq(
        kind,
        want["error"].as_str().unwrap_or_default(),
        "kind of error (from status and type)",
    )?;
    let as_json = |o: Option<&str>| o.map(|s| Value::String(s.to_string())).unwrap_or(Value::Null);
    eq(
        (
            json!(status),
            json!(e.type_.as_str()),
            as_json(e.code.as_ref().map(|c| c.as_str())),
            as_json(e.param.as_deref()),
        ),
        (
            want["status"].clone(),
            want["type"].clone(),
            want["code"].clone(),
            want["param"].clone(),
        ),
        "status, type, code, param",
    )?;
    if let Some(d) = want.get("decline_code") {
        eq(as_json(e.decline_code.as_deref()), d.clone(), "decline_code")?;
    }
    check(
        e.message.as_deref().map(|m| !m.is_empty()).unwrap_or(false),
        "error message is a non-empty sentence",
    )
}

async fn snapshot(ctx: &Ctx) -> Res<Vec<(String, Buckets, usize)>> {
    let mut out = Vec::new();
    for n in [None, Some("$express"), Some("$custom"), Some("$standard")] {
        out.push((
            n.unwrap_or("platform").to_string(),
            ctx.balance(n).await?,
            ctx.bt_count(n).await?,
        ));
    }
    Ok(out)
}

async fn idempotency(ctx: &mut Ctx) -> Res<()> {
    let key = format!("conf-rs-idem-{}", ctx.run_id);
    let idem = || RequestStrategy::Idempotent(IdempotencyKey::new(&key).expect("a valid idempotency key"));
    let p0 = ctx.balance(None).await?;
    let create = |amount: i64| {
        CreateCharge::new()
            .amount(amount)
            .currency(usd())
            .source("tok_bypassPending")
    };
    let first: Charge = create(700).customize().request_strategy(idem()).send(&ctx.sk).await?;
    let again: Charge = create(700).customize().request_strategy(idem()).send(&ctx.sk).await?;
    eq(again.id.as_str(), first.id.as_str(), "replayed charge id")?;
    eq(
        ctx.balance(None).await?.available - p0.available,
        700 - fee(700),
        "platform available moved once",
    )?;
    match create(701).customize().request_strategy(idem()).send(&ctx.sk).await {
        Err(StripeError::Stripe(e, status)) => eq(
            (status, e.type_.as_str()),
            (400, "idempotency_error"),
            "status and type of a reused key",
        ),
        Err(other) => Err(Fail::Check(format!("not a typed Stripe error: {other}"))),
        Ok(c) => Err(Fail::Check(format!(
            "the same Idempotency-Key with other parameters succeeded ({})",
            c.id
        ))),
    }
}

/// A local webhook receiver: a minimal HTTP/1.1 server that records each delivery's body and
/// Stripe-Signature and answers 200, keeping the connection open.
struct Hook {
    url: String,
    got: Arc<Mutex<Vec<(String, String)>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Hook {
    async fn start() -> Res<Hook> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| Fail::Check(format!("the receiver cannot listen: {e}")))?;
        let url = format!(
            "http://{}/webhooks",
            listener.local_addr().map_err(|e| Fail::Check(e.to_string()))?
        );
        let got = Arc::new(Mutex::new(Vec::new()));
        let shared = got.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(receive(stream, shared.clone()));
            }
        });
        Ok(Hook { url, got, task })
    }

    /// The first delivery whose body satisfies `wanted`, waiting up to 20 s for it.
    async fn wait_for(&self, what: &str, wanted: impl Fn(&Value) -> bool) -> Res<(String, String)> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let found = self
                .got
                .lock()
                .unwrap()
                .iter()
                .find(|(body, _)| serde_json::from_str::<Value>(body).is_ok_and(|v| wanted(&v)))
                .cloned();
            if let Some(found) = found {
                return Ok(found);
            }
            check(
                std::time::Instant::now() < deadline,
                format!("no delivery of {what} within 20 s"),
            )?;
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    fn count(&self, wanted: impl Fn(&Value) -> bool) -> usize {
        self.got
            .lock()
            .unwrap()
            .iter()
            .filter(|(body, _)| serde_json::from_str::<Value>(body).is_ok_and(|v| wanted(&v)))
            .count()
    }
}

/// Serves one connection of the receiver: request after request until the client closes.
async fn receive(mut stream: tokio::net::TcpStream, got: Arc<Mutex<Vec<(String, String)>>>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut buf: Vec<u8> = Vec::new();
    loop {
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
        let (mut length, mut signature) = (0usize, String::new());
        for line in head.lines() {
            if let Some((name, value)) = line.split_once(':') {
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-length" => length = value.trim().parse().unwrap_or(0),
                    "stripe-signature" => signature = value.trim().to_string(),
                    _ => {}
                }
            }
        }
        while buf.len() < head_end + length {
            let mut chunk = [0u8; 8192];
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = String::from_utf8_lossy(&buf[head_end..head_end + length]).to_string();
        buf.drain(..head_end + length);
        got.lock().unwrap().push((body, signature));
        if stream
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
            .await
            .is_err()
        {
            return;
        }
    }
}

async fn webhooks(ctx: &mut Ctx) -> Res<()> {
    let platform_hook = Hook::start().await?;
    let connect_hook = Hook::start().await?;
    let outcome = webhook_flow(ctx, &platform_hook, &connect_hook).await;
    for hook in [&platform_hook, &connect_hook] {
        ctx.webhook_bodies
            .extend(hook.got.lock().unwrap().iter().map(|(body, _)| body.clone()));
        hook.task.abort();
    }
    outcome
}

async fn webhook_flow(ctx: &Ctx, platform_hook: &Hook, connect_hook: &Hook) -> Res<()> {
    use CreateWebhookEndpointEnabledEvents as Enabled;
    let we = CreateWebhookEndpoint::new(
        vec![Enabled::ChargeSucceeded, Enabled::ChargeRefunded],
        platform_hook.url.clone(),
    )
    .description("conformance")
    .send(&ctx.sk)
    .await?;
    starts(we.id.as_str(), "we_", "webhook endpoint id")?;
    let secret = we.secret.clone().unwrap_or_default();
    starts(&secret, "whsec_", "secret, returned at creation")?;
    eq(
        (we.status.as_str(), we.enabled_events.clone()),
        (
            "enabled",
            vec!["charge.succeeded".to_string(), "charge.refunded".to_string()],
        ),
        "status and enabled_events",
    )?;
    let cw = CreateWebhookEndpoint::new(vec![Enabled::All], connect_hook.url.clone())
        .connect(true)
        .send(&ctx.sk)
        .await?;
    let connect_secret = cw.secret.clone().unwrap_or_default();
    let got = RetrieveWebhookEndpoint::new(we.id.clone()).send(&ctx.sk).await?;
    eq(got.secret, None, "the secret is not shown after creation")?;
    let updated = UpdateWebhookEndpoint::new(we.id.clone())
        .metadata(HashMap::from([("team".to_string(), "conformance".to_string())]))
        .send(&ctx.sk)
        .await?;
    eq(
        updated.metadata.get("team").map(String::as_str),
        Some("conformance"),
        "metadata after update",
    )?;
    let listed: Vec<WebhookEndpoint> = ListWebhookEndpoint::new()
        .limit(1)
        .paginate()
        .stream(&ctx.sk)
        .try_collect()
        .await?;
    let ids: Vec<&str> = listed.iter().map(|e| e.id.as_str()).collect();
    check(
        ids.contains(&we.id.as_str()) && ids.contains(&cw.id.as_str()),
        format!("both endpoints listed by auto-pagination: {ids:?}"),
    )?;

    // Two deliveries, verified and parsed by async-stripe's Webhook::construct_event.
    let charge = CreateCharge::new()
        .amount(2500)
        .currency(usd())
        .source("tok_visa")
        .send(&ctx.sk)
        .await?;
    CreateRefund::new()
        .charge(charge.id.as_str().to_string())
        .amount(1000)
        .send(&ctx.sk)
        .await?;
    let of_charge = |kind: &'static str| {
        let id = charge.id.as_str().to_string();
        move |e: &Value| e["type"] == kind && e["data"]["object"]["id"] == id.as_str()
    };
    let (body, sig) = platform_hook
        .wait_for("charge.succeeded", of_charge("charge.succeeded"))
        .await?;
    let succeeded =
        Webhook::construct_event(&body, &sig, &secret).map_err(|e| Fail::Check(format!("charge.succeeded: {e}")))?;
    eq(succeeded.account, None, "a platform event has no account")?;
    let (body, sig) = platform_hook
        .wait_for("charge.refunded", of_charge("charge.refunded"))
        .await?;
    let refunded =
        Webhook::construct_event(&body, &sig, &secret).map_err(|e| Fail::Check(format!("charge.refunded: {e}")))?;
    match &refunded.data.object {
        EventObject::ChargeRefunded(c) => eq(c.amount_refunded, 1000, "charge.refunded shows the refund")?,
        other => return Err(Fail::Check(format!("charge.refunded parsed as {other:?}"))),
    }
    check(
        Webhook::construct_event(&body, &sig, "whsec_not_the_secret").is_err(),
        "a delivery verified with the wrong secret",
    )?;

    // An account debit reaches the Connect endpoint as the connected account's transfer.
    let express = ctx.get("$express")?;
    let payment = CreateCharge::new()
        .amount(300)
        .currency(usd())
        .source(express.clone())
        .send(&ctx.sk)
        .await?;
    let payment_id = payment.id.as_str().to_string();
    let (body, sig) = connect_hook
        .wait_for("transfer.created", |e| {
            e["type"] == "transfer.created" && e["data"]["object"]["destination_payment"] == payment_id.as_str()
        })
        .await?;
    let transfer = Webhook::construct_event(&body, &sig, &connect_secret)
        .map_err(|e| Fail::Check(format!("transfer.created: {e}")))?;
    eq(
        transfer.account.as_deref(),
        Some(express.as_str()),
        "a connected account's event names it",
    )?;

    // A resend delivers the event again.
    let event_id = succeeded.id.as_str().to_string();
    let resent: stripe_shared::Event = form(
        &ctx.sk,
        StripeMethod::Post,
        &format!("/events/{event_id}/retry"),
        &json!({"webhook_endpoint": we.id.as_str()}),
        None,
    )
    .await?;
    eq(resent.id.as_str(), event_id.as_str(), "the resent event")?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while platform_hook.count(|e| e["id"] == event_id.as_str()) < 2 {
        check(std::time::Instant::now() < deadline, "the resent event did not arrive")?;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }

    for endpoint in [&we, &cw] {
        let deleted = DeleteWebhookEndpoint::new(endpoint.id.clone()).send(&ctx.sk).await?;
        eq(deleted.id.as_str(), endpoint.id.as_str(), "deleted endpoint")?;
    }
    Ok(())
}

// ------------------------------------------------------------ money in (behaviour 10-14)

async fn customers(ctx: &mut Ctx) -> Res<()> {
    let email = format!("jenny-{}@example.com", ctx.run_id);
    let cus = CreateCustomer::new()
        .email(email.clone())
        .name("Jenny Rosen")
        .metadata(HashMap::from([("plan".to_string(), "pro".to_string())]))
        .send(&ctx.sk)
        .await?;
    starts(cus.id.as_str(), "cus_", "customer id")?;
    eq(
        (cus.email.as_deref(), cus.name.as_deref()),
        (Some(email.as_str()), Some("Jenny Rosen")),
        "customer email, name",
    )?;
    // `phone` through the generic request: the typed update is checked by its response.
    let updated: Customer = form(
        &ctx.sk,
        StripeMethod::Post,
        &format!("/customers/{}", cus.id),
        &json!({"phone": "+15555550100"}),
        None,
    )
    .await?;
    eq(updated.phone.as_deref(), Some("+15555550100"), "customer after update")?;
    let found = ListCustomer::new().email(email).send(&ctx.sk).await?;
    eq(
        found.data.iter().map(|c| c.id.to_string()).collect::<Vec<_>>(),
        vec![cus.id.to_string()],
        "GET /v1/customers?email=",
    )?;
    ctx.set("$customer", cus.id.as_str());
    Ok(())
}

async fn pi_destination_fee(ctx: &mut Ctx) -> Res<()> {
    let (p0, e0) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    let pi = CreatePaymentIntent::new(10000, usd())
        .payment_method("pm_card_bypassPending")
        .confirm(true)
        .customer(ctx.get("$customer")?)
        .transfer_data(CreatePaymentIntentTransferData::new(ctx.get("$express")?))
        .application_fee_amount(1230)
        .send(&ctx.sk)
        .await?;
    starts(pi.id.as_str(), "pi_", "PaymentIntent id")?;
    eq(
        (
            pi.status.as_str(),
            pi.amount_received,
            pi.application_fee_amount,
            id_of(&pi.customer),
        ),
        ("succeeded", 10000, Some(1230), ctx.get("$customer")?),
        "status, amount_received, application_fee_amount, customer",
    )?;
    let charge = RetrieveCharge::new(id_of(&pi.latest_charge)).send(&ctx.sk).await?;
    eq(
        id_of(&charge.payment_intent),
        pi.id.to_string(),
        "the charge's payment_intent",
    )?;
    let fee_id = id_of(&charge.application_fee);
    starts(&fee_id, "fee_", "the charge's application_fee")?;
    let fee_obj = RetrieveApplicationFee::new(fee_id.clone()).send(&ctx.sk).await?;
    eq(
        (
            fee_obj.account.id().to_string(),
            fee_obj.amount,
            id_of(&fee_obj.originating_transaction),
        ),
        (ctx.get("$express")?, 1230, charge.id.to_string()),
        "the fee's account, amount, originating_transaction",
    )?;
    starts(fee_obj.application.id().as_str(), "ca_", "the fee's application")?;
    let bt = RetrieveBalanceTransaction::new(id_of(&fee_obj.balance_transaction))
        .send(&ctx.sk)
        .await?;
    eq(
        (bt.type_.as_str(), bt.amount, bt.reporting_category.as_str()),
        ("application_fee", 1230, "platform_earning"),
        "the fee's balance transaction",
    )?;
    let (p1, e1) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(
        p1.available - p0.available,
        1230 - fee(10000),
        "platform available: the fee less Stripe's fee",
    )?;
    eq(
        e1.available - e0.available,
        10000 - 1230,
        "express available: the whole amount less the fee",
    )?;
    ctx.set("$dest_pi", pi.id.as_str());
    ctx.set("$dest_fee", fee_id);
    Ok(())
}

async fn pi_direct_fee(ctx: &mut Ctx) -> Res<()> {
    let (p0, e0) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    let pi = CreatePaymentIntent::new(5000, usd())
        .payment_method("pm_card_bypassPending")
        .confirm(true)
        .application_fee_amount(400)
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    eq(pi.status.as_str(), "succeeded", "direct PaymentIntent status")?;
    starts(&id_of(&pi.application), "ca_", "direct PaymentIntent application")?;
    let charge = RetrieveCharge::new(id_of(&pi.latest_charge))
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    let bt = RetrieveBalanceTransaction::new(id_of(&charge.balance_transaction))
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await?;
    eq(
        bt.fee_details
            .iter()
            .map(|d| (d.type_.clone(), d.amount))
            .collect::<Vec<_>>(),
        vec![
            ("application_fee".to_string(), 400),
            ("stripe_fee".to_string(), fee(5000)),
        ],
        "the direct charge's fee_details",
    )?;
    let (p1, e1) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(
        e1.available - e0.available,
        5000 - fee(5000) - 400,
        "express available after its direct charge",
    )?;
    eq(
        p1.available - p0.available,
        400,
        "platform available: the application fee",
    )
}

async fn pi_manual_capture(ctx: &mut Ctx) -> Res<()> {
    let p0 = ctx.balance(None).await?;
    let pi = CreatePaymentIntent::new(6000, usd())
        .payment_method("pm_card_bypassPending")
        .confirm(true)
        .capture_method(stripe_shared::PaymentIntentCaptureMethod::Manual)
        .send(&ctx.sk)
        .await?;
    eq(
        (pi.status.as_str(), pi.amount_capturable, pi.capture_method.as_str()),
        ("requires_capture", 6000, "manual"),
        "authorised PaymentIntent",
    )?;
    eq(ctx.balance(None).await?, p0, "platform balance after an authorisation")?;
    let done = CapturePaymentIntent::new(pi.id.clone())
        .amount_to_capture(4000)
        .send(&ctx.sk)
        .await?;
    eq(
        (done.status.as_str(), done.amount_received, done.amount_capturable),
        ("succeeded", 4000, 0),
        "captured PaymentIntent",
    )?;
    let charge = RetrieveCharge::new(id_of(&done.latest_charge)).send(&ctx.sk).await?;
    eq(
        (charge.captured, charge.amount_captured, charge.amount_refunded),
        (true, 4000, 2000),
        "the charge after a partial capture",
    )?;
    eq(
        ctx.balance(None).await?.available - p0.available,
        4000 - fee(4000),
        "platform available after the capture",
    )
}

async fn pi_decline_and_retry(ctx: &mut Ctx) -> Res<()> {
    let declined = CreatePaymentIntent::new(2000, usd())
        .payment_method("pm_card_chargeDeclined")
        .confirm(true)
        .send(&ctx.sk)
        .await;
    let pi = match declined {
        Err(StripeError::Stripe(e, status)) => {
            eq(
                (
                    status,
                    e.type_,
                    e.code.as_ref().map(|c| c.as_str()),
                    e.decline_code.as_deref(),
                ),
                (
                    402,
                    ApiErrorsType::CardError,
                    Some("card_declined"),
                    Some("generic_decline"),
                ),
                "status, type, code, decline_code",
            )?;
            let pi = e
                .payment_intent
                .ok_or_else(|| Fail::Check("the card error carries no PaymentIntent".into()))?;
            eq(
                pi.status.as_str(),
                "requires_payment_method",
                "the PaymentIntent in the error",
            )?;
            starts(
                e.payment_method.map(|m| m.id.to_string()).unwrap_or_default().as_str(),
                "pm_",
                "the declined payment method",
            )?;
            pi
        }
        Err(other) => return Err(Fail::Check(format!("not a typed Stripe error: {other}"))),
        Ok(pi) => return Err(Fail::Check(format!("pm_card_chargeDeclined succeeded ({})", pi.id))),
    };
    let done: PaymentIntent = form(
        &ctx.sk,
        StripeMethod::Post,
        &format!("/payment_intents/{}/confirm", pi.id),
        &json!({"payment_method": "pm_card_visa"}),
        None,
    )
    .await?;
    eq(
        (done.status.as_str(), done.last_payment_error.is_none()),
        ("succeeded", true),
        "confirmed again with pm_card_visa",
    )
}

async fn charge_capture(ctx: &mut Ctx) -> Res<()> {
    let ch = CreateCharge::new()
        .amount(3000)
        .currency(usd())
        .source("tok_bypassPending")
        .capture(false)
        .send(&ctx.sk)
        .await?;
    eq(
        (ch.captured, ch.amount_captured, ch.balance_transaction.is_none()),
        (false, 0, true),
        "an authorised charge",
    )?;
    let done = CaptureCharge::new(ch.id.clone()).amount(2000).send(&ctx.sk).await?;
    eq(
        (done.captured, done.amount_captured, done.amount_refunded),
        (true, 2000, 1000),
        "the charge after capture",
    )?;
    starts(
        &id_of(&done.balance_transaction),
        "txn_",
        "the captured charge's balance transaction",
    )
}

async fn refund_with_fee(ctx: &mut Ctx) -> Res<()> {
    let (p0, e0) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    let re = CreateRefund::new()
        .payment_intent(ctx.get("$dest_pi")?)
        .amount(4000)
        .reverse_transfer(true)
        .refund_application_fee(true)
        .send(&ctx.sk)
        .await?;
    eq(
        (re.amount, id_of(&re.payment_intent)),
        (4000, ctx.get("$dest_pi")?),
        "refund amount, payment_intent",
    )?;
    starts(&id_of(&re.transfer_reversal), "trr_", "refund transfer_reversal")?;
    let (p1, e1) = (ctx.balance(None).await?, ctx.balance(Some("$express")).await?);
    eq(
        p1.available - p0.available,
        -492,
        "platform available: -4000 + 4000 reversed - 492 of the fee",
    )?;
    eq(
        e1.available - e0.available,
        -4000 + 492,
        "express available: -4000 reversed + 492 of the fee",
    )?;
    let fee_id = ctx.get("$dest_fee")?;
    let fee_obj = RetrieveApplicationFee::new(fee_id.clone()).send(&ctx.sk).await?;
    eq(fee_obj.amount_refunded, 492, "the fee's amount_refunded")?;
    let fr = CreateIdApplicationFeeRefund::new(fee_id.clone())
        .amount(100)
        .send(&ctx.sk)
        .await?;
    starts(fr.id.as_str(), "fr_", "fee refund id")?;
    eq(
        (fr.amount, fr.fee.id().to_string()),
        (100, fee_id.clone()),
        "fee refund amount, fee",
    )?;
    let listed = ListIdApplicationFeeRefund::new(fee_id).send(&ctx.sk).await?;
    eq(listed.data.len(), 2, "the fee's refunds")
}

async fn dispute_won(ctx: &mut Ctx) -> Res<()> {
    let p0 = ctx.balance(None).await?;
    let pi = CreatePaymentIntent::new(5000, usd())
        .payment_method("pm_card_createDispute")
        .confirm(true)
        .transfer_data(CreatePaymentIntentTransferData::new(ctx.get("$express")?))
        .send(&ctx.sk)
        .await?;
    let found = ListDispute::new()
        .payment_intent(pi.id.to_string())
        .send(&ctx.sk)
        .await?;
    eq(found.data.len(), 1, "disputes of the PaymentIntent")?;
    let dp = &found.data[0];
    starts(dp.id.as_str(), "dp_", "dispute id")?;
    eq(
        (dp.status.as_str(), dp.amount, dp.reason.as_str()),
        ("needs_response", 5000, "fraudulent"),
        "dispute status, amount, reason",
    )?;
    eq(
        dp.balance_transactions
            .iter()
            .map(|t| (t.type_.as_str().to_string(), t.amount, t.fee))
            .collect::<Vec<_>>(),
        vec![("adjustment".to_string(), -5000, 1500)],
        "the dispute's withdrawal",
    )?;
    eq(
        ctx.balance(None).await?.available - p0.available,
        -6500,
        "platform available after the withdrawal",
    )?;
    let mut evidence = UpdateDisputeEvidence::new();
    evidence.uncategorized_text = Some("winning_evidence".into());
    evidence.customer_name = Some("Jenny Rosen".into());
    let up = UpdateDispute::new(dp.id.clone())
        .evidence(evidence)
        .send(&ctx.sk)
        .await?;
    eq(
        (up.status.as_str(), up.evidence.customer_name.as_deref()),
        ("under_review", Some("Jenny Rosen")),
        "dispute after evidence",
    )?;
    ctx.sim("/_sim/clock/advance", "seconds=1").await?;
    let won = RetrieveDispute::new(dp.id.clone()).send(&ctx.sk).await?;
    eq(won.status.as_str(), "won", "dispute after the clock moved")?;
    eq(
        ctx.balance(None).await?.available - p0.available,
        0,
        "platform available after the reinstatement",
    )
}

async fn dispute_lost(ctx: &mut Ctx) -> Res<()> {
    let (p0, c0) = (ctx.balance(None).await?, ctx.balance(Some("$custom")).await?);
    let amount = c0.available.max(0) + 1000;
    let custom = on(ctx, "$custom")?;
    let pi = CreatePaymentIntent::new(amount, usd())
        .payment_method("pm_card_createDispute")
        .confirm(true)
        .customize()
        .account_id(custom.clone())
        .send(&ctx.sk)
        .await?;
    let c1 = ctx.balance(Some("$custom")).await?;
    eq(
        c1.available,
        c0.available - amount - 1500,
        "custom available after the withdrawal",
    )?;
    let shortfall = |b: &Buckets| (-b.available).max(0);
    eq(
        ctx.balance(None).await?.reserved - p0.reserved,
        shortfall(&c1) - shortfall(&c0),
        "the platform's connect_reserved follows custom's negative balance",
    )?;
    let found = ListDispute::new()
        .payment_intent(pi.id.to_string())
        .customize()
        .account_id(custom.clone())
        .send(&ctx.sk)
        .await?;
    let dp = found
        .data
        .first()
        .ok_or_else(|| Fail::Check("no dispute on custom".into()))?;
    let closed = CloseDispute::new(dp.id.clone())
        .customize()
        .account_id(custom.clone())
        .send(&ctx.sk)
        .await?;
    eq(closed.status.as_str(), "lost", "dispute after close")?;
    match CreateRefund::new()
        .charge(dp.charge.id().to_string())
        .customize()
        .account_id(custom)
        .send(&ctx.sk)
        .await
    {
        Err(StripeError::Stripe(e, status)) => eq(
            (status, e.code.as_ref().map(|c| c.as_str())),
            (400, Some("charge_disputed")),
            "refund of a charged-back charge",
        ),
        Err(other) => Err(Fail::Check(format!("not a typed Stripe error: {other}"))),
        Ok(r) => Err(Fail::Check(format!("a charged-back charge was refunded ({})", r.id))),
    }
}

async fn money_in_events(ctx: &mut Ctx) -> Res<()> {
    let wanted = [
        "payment_intent.created",
        "payment_intent.succeeded",
        "payment_intent.payment_failed",
        "payment_intent.amount_capturable_updated",
        "charge.captured",
        "application_fee.created",
        "application_fee.refunded",
        "charge.dispute.created",
        "charge.dispute.funds_withdrawn",
        "charge.dispute.closed",
        "charge.dispute.funds_reinstated",
        "customer.created",
    ];
    // The raw JSON: async-stripe's typed events would reject an event type this SDK
    // version does not list, which would say nothing about the simulator.
    let all: Vec<stripe_shared::Event> = ListEvent::new()
        .limit(100)
        .paginate()
        .stream(&ctx.sk)
        .try_collect()
        .await?;
    let seen: Vec<String> = all.iter().map(|e| e.type_.as_str().to_string()).collect();
    let missing: Vec<&str> = wanted
        .iter()
        .copied()
        .filter(|w| !seen.iter().any(|s| s == w))
        .collect();
    eq(missing, Vec::<&str>::new(), "events not found")
}

/// An account's available balance in one currency.
async fn available_in(ctx: &Ctx, currency: Currency, account: Option<&str>) -> Res<i64> {
    let mut req = RetrieveForMyAccountBalance::new().customize();
    if let Some(a) = account {
        req = req.account_id(AccountId::from(ctx.get(a)?));
    }
    let b = req.send(&ctx.sk).await?;
    Ok(b.available.iter().filter(|e| e.currency == currency).map(|e| e.amount).sum())
}

/// The converted payment a destination charge's transfer made on `account`, and its balance
/// transaction as (amount, fee, net, currency, exchange_rate).
async fn converted_payment(
    ctx: &Ctx,
    charge: &Charge,
    account: &str,
) -> Res<(Transfer, Charge, (i64, i64, i64, Currency, Option<f64>))> {
    let transfer = RetrieveTransfer::new(id_of(&charge.transfer)).send(&ctx.sk).await?;
    let payment = RetrieveCharge::new(id_of(&transfer.destination_payment))
        .customize()
        .account_id(on(ctx, account)?)
        .send(&ctx.sk)
        .await?;
    let bt = RetrieveBalanceTransaction::new(id_of(&payment.balance_transaction))
        .customize()
        .account_id(on(ctx, account)?)
        .send(&ctx.sk)
        .await?;
    Ok((transfer, payment, (bt.amount, bt.fee, bt.net, bt.currency, bt.exchange_rate)))
}

/// A USD ride paid to a German and to a Canadian driver (docs/behaviour.md section 21).
async fn cross_currency_rides(ctx: &mut Ctx) -> Res<()> {
    let mut caps = CreateAccountCapabilities::new();
    caps.transfers = Some(CreateAccountCapabilitiesTransfers { requested: Some(true) });
    let de = CreateAccount::new()
        .type_(CreateAccountType::Custom)
        .country("DE")
        .capabilities(caps)
        .external_account("btok_de")
        .send(&ctx.sk)
        .await?;
    eq(de.default_currency, Some(Currency::EUR), "the German driver's default_currency")?;
    ctx.set("$de", de.id.as_str());
    let p0 = available_in(ctx, usd(), None).await?;
    let pi = CreatePaymentIntent::new(2500, usd())
        .payment_method("pm_card_bypassPending")
        .confirm(true)
        .application_fee_amount(500)
        .transfer_data(CreatePaymentIntentTransferData::new(de.id.as_str()))
        .send(&ctx.sk)
        .await?;
    eq(pi.status.as_str(), "succeeded", "the ride's PaymentIntent")?;
    let charge = RetrieveCharge::new(id_of(&pi.latest_charge)).send(&ctx.sk).await?;
    let (transfer, payment, bt) = converted_payment(ctx, &charge, "$de").await?;
    eq((transfer.amount, transfer.currency), (2500, usd()), "the transfer stays in usd")?;
    eq((payment.amount, payment.currency), (2300, Currency::EUR), "the driver's payment, converted")?;
    eq(bt, (2300, 460, 1840, Currency::EUR, Some(0.92)), "the driver's balance transaction")?;
    eq(available_in(ctx, Currency::EUR, Some("$de")).await?, 1840, "the German driver's eur available")?;
    eq(available_in(ctx, usd(), Some("$de")).await?, 0, "nothing kept in usd")?;
    eq(
        available_in(ctx, usd(), None).await? - p0,
        500 - fee(2500),
        "platform usd: the fee less Stripe's fee",
    )?;
    // The Canadian fixture driver, by a destination charge: 2500 x 1.35 = 3375, fee 675.
    let c0 = available_in(ctx, Currency::CAD, Some("$ca")).await?;
    let ch = CreateCharge::new()
        .amount(2500)
        .currency(usd())
        .source("tok_bypassPending")
        .application_fee_amount(500)
        .transfer_data(CreateChargeTransferData::new(ctx.get("$ca")?))
        .send(&ctx.sk)
        .await?;
    let (_, _, bt) = converted_payment(ctx, &ch, "$ca").await?;
    eq(bt, (3375, 675, 2700, Currency::CAD, Some(1.35)), "the Canadian driver's balance transaction")?;
    eq(
        available_in(ctx, Currency::CAD, Some("$ca")).await? - c0,
        2700,
        "the Canadian driver's cad available",
    )
}

/// A debit card as an external account and an Instant Payout to it (docs/behaviour.md
/// section 22).
async fn instant_payout(ctx: &mut Ctx) -> Res<()> {
    let account: Account = form(
        &ctx.sk,
        StripeMethod::Post,
        "/accounts",
        &json!({"type": "custom", "country": "US", "external_account": "btok_us",
            "capabilities": {"transfers": {"requested": "true"}},
            "settings": {"payouts": {"schedule": {"interval": "daily"}}}}),
        None,
    )
    .await?;
    ctx.set("$driver", account.id.as_str());
    let card = match CreateAccountExternalAccount::new(account.id.clone(), "tok_visa_debit")
        .send(&ctx.sk)
        .await?
    {
        stripe_shared::ExternalAccount::Card(card) => card,
        other => return Err(Fail::Check(format!("a debit card external account gave {other:?}"))),
    };
    starts(card.id.as_str(), "card_", "debit card id")?;
    let methods: Vec<String> = card
        .available_payout_methods
        .iter()
        .flatten()
        .map(|m| m.as_str().to_string())
        .collect();
    eq(
        (card.funding.as_str(), card.last4.as_str(), methods),
        ("debit", "5556", vec!["standard".to_string(), "instant".to_string()]),
        "the debit card",
    )?;
    CreateCharge::new()
        .amount(20000)
        .currency(usd())
        .source("tok_bypassPending")
        .send(&ctx.sk)
        .await?;
    CreateTransfer::new(usd(), account.id.as_str())
        .amount(10000)
        .send(&ctx.sk)
        .await?;
    let balance = RetrieveForMyAccountBalance::new()
        .customize()
        .account_id(on(ctx, "$driver")?)
        .send(&ctx.sk)
        .await?;
    let instant: Vec<(i64, Currency)> = balance
        .instant_available
        .iter()
        .flatten()
        .map(|b| (b.amount, b.currency.clone()))
        .collect();
    eq(instant, vec![(10000, usd())], "instant_available")?;
    let payout = CreatePayout::new(5000, usd())
        .method(CreatePayoutMethod::Instant)
        .destination(card.id.as_str())
        .customize()
        .account_id(on(ctx, "$driver")?)
        .send(&ctx.sk)
        .await?;
    let destination = payout.destination.as_ref().map(|d| d.id().to_string()).unwrap_or_default();
    eq(
        (payout.method.as_str(), payout.type_.as_str(), destination, payout.status.as_str()),
        ("instant", "card", card.id.to_string(), "pending"),
        "the Instant Payout",
    )?;
    let bt = RetrieveBalanceTransaction::new(id_of(&payout.balance_transaction))
        .customize()
        .account_id(on(ctx, "$driver")?)
        .send(&ctx.sk)
        .await?;
    eq(
        (bt.type_.as_str(), bt.amount, bt.fee, bt.net),
        ("payout", -5000, 75, -5075),
        "its balance transaction",
    )?;
    eq(
        available_in(ctx, usd(), Some("$driver")).await?,
        10000 - 5075,
        "the driver's usd available",
    )
}

async fn customer_delete(ctx: &mut Ctx) -> Res<()> {
    let id = ctx.get("$customer")?;
    // async-stripe's DeletedCustomer keeps `deleted` private: its type says it.
    let gone = DeleteCustomer::new(id.clone()).send(&ctx.sk).await?;
    eq(gone.id.to_string(), id.clone(), "DELETE /v1/customers/{id}")?;
    match RetrieveCustomer::new(id.clone()).send(&ctx.sk).await? {
        stripe_core::customer::RetrieveCustomerReturned::DeletedCustomer(d) => {
            eq(d.id.to_string(), id, "GET of a deleted customer")
        }
        stripe_core::customer::RetrieveCustomerReturned::Customer(c) => Err(Fail::Check(format!(
            "GET of a deleted customer gave a customer ({})",
            c.id
        ))),
    }
}

/// Issue 20: /v1/balance_settings through async-stripe's own requests, for a connected
/// account the platform manages and one it does not.
async fn balance_settings(ctx: &mut Ctx) -> Res<()> {
    use stripe_core::balance_settings::{
        RetrieveForMyAccountBalanceSettings, UpdateBalanceSettings, UpdateBalanceSettingsPayments,
        UpdateBalanceSettingsPaymentsPayouts, UpdateBalanceSettingsPaymentsPayoutsSchedule,
        UpdateBalanceSettingsPaymentsPayoutsScheduleInterval as Interval,
        UpdateBalanceSettingsPaymentsPayoutsScheduleWeeklyPayoutDays as Day,
        UpdateBalanceSettingsPaymentsSettlementTiming,
    };
    let own = RetrieveForMyAccountBalanceSettings::new().send(&ctx.sk).await?;
    check(own.payments.payouts.is_some(), "the platform's balance settings have payouts")?;
    let express = on(ctx, "$express")?;
    let before = RetrieveForMyAccountBalanceSettings::new()
        .customize()
        .account_id(express.clone())
        .send(&ctx.sk)
        .await?;
    eq(
        before.payments.debit_negative_balances,
        Some(true),
        "Express debits negative balances by default",
    )?;
    let mut payouts = UpdateBalanceSettingsPaymentsPayouts::new();
    payouts.schedule = Some(UpdateBalanceSettingsPaymentsPayoutsSchedule {
        interval: Some(Interval::Weekly),
        monthly_payout_days: None,
        weekly_payout_days: Some(vec![Day::Monday, Day::Thursday]),
    });
    payouts.minimum_balance_by_currency = Some(HashMap::from([("usd".to_string(), 1500)]));
    payouts.statement_descriptor = Some("CONFORMANCE".into());
    let mut timing = UpdateBalanceSettingsPaymentsSettlementTiming::new();
    timing.delay_days_override = Some(5);
    let mut payments = UpdateBalanceSettingsPayments::new();
    payments.debit_negative_balances = Some(false);
    payments.payouts = Some(payouts);
    payments.settlement_timing = Some(timing);
    let changed = UpdateBalanceSettings::new()
        .payments(payments)
        .customize()
        .account_id(express.clone())
        .send(&ctx.sk)
        .await?;
    let p = &changed.payments;
    let schedule = p.payouts.as_ref().and_then(|o| o.schedule.as_ref());
    eq(
        (
            p.debit_negative_balances,
            schedule.and_then(|s| s.interval.as_ref()).map(|i| i.as_str().to_string()),
            schedule
                .and_then(|s| s.weekly_payout_days.as_ref())
                .map(|d| d.iter().map(|d| d.as_str().to_string()).collect::<Vec<_>>()),
            p.payouts.as_ref().and_then(|o| o.minimum_balance_by_currency.clone()),
            p.settlement_timing.delay_days,
        ),
        (
            Some(false),
            Some("weekly".to_string()),
            Some(vec!["monday".to_string(), "thursday".to_string()]),
            Some(HashMap::from([("usd".to_string(), 1500)])),
            5,
        ),
        "balance settings after the update",
    )?;
    let account = RetrieveAccount::new(express.clone()).send(&ctx.sk).await?;
    let account_payouts = account.settings.as_ref().and_then(|s| s.payouts.as_ref());
    eq(
        account_payouts.map(|p| (p.debit_negative_balances, p.schedule.delay_days)),
        Some((false, 5)),
        "the account's settings.payouts shows the same values",
    )?;
    // A Standard account manages its own payouts: Stripe's error, and nothing changes.
    let standard = on(ctx, "$standard")?;
    let unchanged = call(ctx, StripeMethod::Get, "/balance_settings", json!({}), Some(ctx.get("$standard")?)).await?;
    let mut payments = UpdateBalanceSettingsPayments::new();
    payments.debit_negative_balances = Some(false);
    let outcome = UpdateBalanceSettings::new()
        .payments(payments)
        .customize()
        .account_id(standard.clone())
        .send(&ctx.sk)
        .await;
    let (status, error) = refused(outcome, "balance settings of a Standard account")?;
    eq(
        (status, error.type_.as_str()),
        (400, "invalid_request_error"),
        "balance settings of a Standard account",
    )?;
    let after = call(ctx, StripeMethod::Get, "/balance_settings", json!({}), Some(ctx.get("$standard")?)).await?;
    eq(after, unchanged, "a refused update changed nothing")?;
    // Back as it was: clearing a minimum and a delay takes the empty string, which the typed
    // request cannot send, so async-stripe's generic request does it.
    let restored: stripe_core::BalanceSettings = form(
        &ctx.sk,
        StripeMethod::Post,
        "/balance_settings",
        &json!({"payments": {"debit_negative_balances": "true",
                "payouts": {"schedule": {"interval": "manual"}, "minimum_balance_by_currency": ""},
                "settlement_timing": {"delay_days_override": ""}}}),
        Some(ctx.get("$express")?),
    )
    .await?;
    eq(
        restored.payments.settlement_timing.delay_days,
        2,
        "Express restored",
    )
}

/// Issue 20: test clocks through async-stripe's own requests, as a front for the world's
/// clock.
async fn test_clocks(ctx: &mut Ctx) -> Res<()> {
    use stripe_billing::test_helpers_test_clock::{
        AdvanceTestHelpersTestClock, CreateTestHelpersTestClock, DeleteTestHelpersTestClock, ListTestHelpersTestClock,
        RetrieveTestHelpersTestClock,
    };
    let world_now = |v: Value| v["now"].as_i64().unwrap_or_default();
    let now = world_now(ctx.sim_json("/_sim/clock/advance", "seconds=0").await?);
    let clock = CreateTestHelpersTestClock::new(now)
        .name("conformance")
        .send(&ctx.sk)
        .await?;
    let id = clock.id.clone();
    starts(id.as_str(), "clock_", "test clock id")?;
    eq(
        (clock.status.as_str(), clock.frozen_time, clock.name.as_deref()),
        ("ready", now, Some("conformance")),
        "a new clock",
    )?;
    eq(
        RetrieveTestHelpersTestClock::new(id.clone()).send(&ctx.sk).await?.id,
        id.clone(),
        "GET /v1/test_helpers/test_clocks/{id}",
    )?;
    let listed = ListTestHelpersTestClock::new().limit(100).send(&ctx.sk).await?;
    check(listed.data.iter().any(|c| c.id == id), "the clock is listed")?;
    let customer = CreateCustomer::new()
        .email(format!("clocked-{}@example.com", ctx.run_id))
        .test_clock(id.as_str())
        .send(&ctx.sk)
        .await?;
    eq(id_of(&customer.test_clock), id.to_string(), "a customer created on the clock")?;
    let of_clock = ListCustomer::new().test_clock(id.as_str()).send(&ctx.sk).await?;
    eq(
        of_clock.data.iter().map(|c| c.id.to_string()).collect::<Vec<_>>(),
        vec![customer.id.to_string()],
        "customers of the clock",
    )?;
    let plain = ListCustomer::new().limit(100).send(&ctx.sk).await?;
    check(
        !plain.data.iter().any(|c| c.id == customer.id),
        "a clock's customers are left out of the plain list",
    )?;
    // Pending card funds, which the clock's advance makes available.
    CreateCharge::new()
        .amount(3000)
        .currency(usd())
        .source("tok_visa")
        .send(&ctx.sk)
        .await?;
    let p0 = ctx.balance(None).await?;
    check(p0.pending > 0, "pending funds before the advance")?;
    let target = now + 3 * DAY;
    let advancing = AdvanceTestHelpersTestClock::new(id.clone(), target).send(&ctx.sk).await?;
    eq(
        (
            advancing.status.as_str(),
            advancing.frozen_time,
            advancing.status_details.advancing.as_ref().map(|a| a.target_frozen_time),
        ),
        ("advancing", now, Some(target)),
        "the advance's answer",
    )?;
    let ready = RetrieveTestHelpersTestClock::new(id.clone()).send(&ctx.sk).await?;
    eq(
        (ready.status.as_str(), ready.frozen_time),
        ("ready", target),
        "the clock after its advance",
    )?;
    // The world's clock then runs on with the wall clock: a second may pass before the read.
    let moved = world_now(ctx.sim_json("/_sim/clock/advance", "seconds=0").await?);
    check(
        (target..target + 60).contains(&moved),
        &format!("the world's clock moved with it: {moved}, target {target}"),
    )?;
    let p1 = ctx.balance(None).await?;
    eq(p1.pending, 0, "no funds left pending after three days")?;
    check(
        p1.available - p0.available >= p0.pending,
        "what was pending became available on the way",
    )?;
    // A clock moved backwards: Stripe's error, and nothing changes.
    let outcome = AdvanceTestHelpersTestClock::new(id.clone(), now + DAY).send(&ctx.sk).await;
    let (status, error) = refused(outcome, "a clock moved backwards")?;
    eq(
        (status, error.param.as_deref()),
        (400, Some("frozen_time")),
        "a clock moved backwards",
    )?;
    eq(
        RetrieveTestHelpersTestClock::new(id.clone()).send(&ctx.sk).await?.frozen_time,
        target,
        "a refused advance left the clock where it was",
    )?;
    let world = world_now(ctx.sim_json("/_sim/clock/advance", "seconds=0").await?);
    check(
        (target..target + 60).contains(&world),
        format!("a refused advance left the world's clock where it was (now {world})"),
    )?;
    // Clocks are the platform's.
    let outcome = CreateTestHelpersTestClock::new(now)
        .customize()
        .account_id(on(ctx, "$express")?)
        .send(&ctx.sk)
        .await;
    eq(
        refused(outcome, "a clock created as a connected account")?.0,
        400,
        "a clock created as a connected account",
    )?;
    let gone = DeleteTestHelpersTestClock::new(id.clone()).send(&ctx.sk).await?;
    eq(gone.id, id, "DELETE /v1/test_helpers/test_clocks/{id}")?;
    check(
        matches!(
            RetrieveCustomer::new(customer.id.to_string()).send(&ctx.sk).await?,
            stripe_core::customer::RetrieveCustomerReturned::DeletedCustomer(_)
        ),
        "the clock's customer went with it",
    )?;
    let events = call(ctx, StripeMethod::Get, "/events", json!({"limit": "100"}), None).await?;
    let types: Vec<String> = events["data"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["type"].as_str().map(String::from))
        .collect();
    for kind in ["created", "advancing", "ready", "deleted"] {
        let name = format!("test_helpers.test_clock.{kind}");
        check(types.contains(&name), format!("{name} event"))?;
    }
    Ok(())
}

async fn refund_expire(ctx: &mut Ctx) -> Res<()> {
    use stripe_core::refund::{ExpireRefund, RetrieveRefund};
    let charge = CreateCharge::new()
        .amount(1500)
        .currency(usd())
        .source("tok_bypassPending")
        .send(&ctx.sk)
        .await?;
    let refund = CreateRefund::new()
        .charge(charge.id.as_str())
        .amount(500)
        .send(&ctx.sk)
        .await?;
    let outcome = ExpireRefund::new(refund.id.as_str()).send(&ctx.sk).await;
    let (status, error) = refused(outcome, "expiring a succeeded refund")?;
    eq(
        (status, error.type_.as_str()),
        (400, "invalid_request_error"),
        "expiring a succeeded refund",
    )?;
    eq(
        RetrieveRefund::new(refund.id.as_str()).send(&ctx.sk).await?.status,
        Some("succeeded".to_string()),
        "the refund is unchanged",
    )
}

/// A request pinning 2024-04-10 gets that version's shape (`invoice` on a PaymentIntent), the
/// SDK's own version (endive) the newest; the harness checks each body against the schemas of
/// its version. async-stripe pins its API version when it is compiled and takes no other per
/// request, so the old-version request is made by hand (through the same recording proxy).
async fn api_versions(ctx: &mut Ctx) -> Res<()> {
    let intent = CreatePaymentIntent::new(1200, usd())
        .payment_method("pm_card_visa")
        .confirm(true)
        .send(&ctx.sk)
        .await?;
    let path = format!("/v1/payment_intents/{}", intent.id);
    let (status, body) = ctx.plain("GET", &path, "", "Stripe-Version: 2024-04-10\r\n").await?;
    let old: Value = serde_json::from_str(&body).map_err(|e| Fail::Check(format!("{path}: {e}")))?;
    eq(status.as_str(), "200", "GET pinning 2024-04-10")?;
    check(
        old.get("invoice").is_some(),
        "a PaymentIntent rendered for 2024-04-10 has invoice",
    )?;
    let current = call(ctx, StripeMethod::Get, &format!("/payment_intents/{}", intent.id), json!({}), None).await?;
    check(
        current.get("invoice").is_none() && current.get("customer_account").is_some(),
        "a PaymentIntent rendered for endive",
    )?;
    let refund = CreateRefund::new()
        .payment_intent(intent.id.as_str())
        .amount(200)
        .send(&ctx.sk)
        .await?;
    eq(
        id_of(&refund.payment_method),
        current["payment_method"].as_str().unwrap_or_default().to_string(),
        "a refund names its payment method",
    )
}

// ---------------------------------------------------------------------------------- runner

struct Results(Vec<Value>);

impl Results {
    fn record(&mut self, name: &str, outcome: Res<()>) {
        let detail = outcome.as_ref().err().map(Fail::describe);
        match &detail {
            None => println!("  ok   {name}"),
            Some(d) => println!("  FAIL {name}: {d}"),
        }
        self.0
            .push(json!({"name": name, "ok": detail.is_none(), "detail": detail}));
    }
}

/// A generic call whose answer is read as JSON (the new resources' types are in crates
/// this client does not compile; the typed ones it has are used where they exist).
async fn call(ctx: &Ctx, method: StripeMethod, path: &str, params: Value, account: Option<String>) -> Res<Value> {
    let v: miniserde::json::Value = form(&ctx.sk, method, path, &params, account).await?;
    Ok(to_json(v))
}

/// Issue 13: bank accounts, capabilities, persons, account and login links, reject and
/// delete; payout metadata and cancel; refund and reversal metadata.
async fn account_lifecycle(ctx: &mut Ctx) -> Res<()> {
    use StripeMethod::{Delete, Get, Post};
    let created: Account = form(
        &ctx.sk,
        Post,
        "/accounts",
        &json!({"type": "custom", "country": "US", "capabilities": {"transfers": {"requested": "true"}}}),
        None,
    )
    .await?;
    let a = created.id.as_str().to_string();
    let banks = format!("/accounts/{a}/external_accounts");
    let ba = call(
        ctx,
        Post,
        &banks,
        json!({"external_account": "btok_us", "metadata": {"k": "v"}}),
        None,
    )
    .await?;
    let ba_id = ba["id"].as_str().unwrap_or_default().to_string();
    starts(&ba_id, "ba_", "bank account id")?;
    eq(
        (
            ba["object"].clone(),
            ba["default_for_currency"].clone(),
            ba["metadata"]["k"].clone(),
        ),
        (json!("bank_account"), json!(true), json!("v")),
        "bank account object, default, metadata",
    )?;
    let got = call(ctx, Get, &format!("{banks}/{ba_id}"), json!({}), None).await?;
    eq(got["id"].clone(), json!(ba_id), "bank account retrieved")?;
    let up = call(
        ctx,
        Post,
        &format!("{banks}/{ba_id}"),
        json!({"metadata": {"k": "w"}}),
        None,
    )
    .await?;
    eq(up["metadata"]["k"].clone(), json!("w"), "bank account metadata")?;
    let second = call(ctx, Post, &banks, json!({"external_account": "btok_us"}), None).await?;
    eq(
        second["default_for_currency"].clone(),
        json!(false),
        "a second usd bank account is not the default",
    )?;
    let second_id = second["id"].as_str().unwrap_or_default().to_string();

    let caps = call(ctx, Get, &format!("/accounts/{a}/capabilities"), json!({}), None).await?;
    eq(caps["data"][0]["id"].clone(), json!("transfers"), "capabilities listed")?;
    let cap = call(
        ctx,
        Get,
        &format!("/accounts/{a}/capabilities/transfers"),
        json!({}),
        None,
    )
    .await?;
    eq(
        (cap["object"].clone(), cap["status"].clone()),
        (json!("capability"), json!("active")),
        "capability",
    )?;
    let cap = call(
        ctx,
        Post,
        &format!("/accounts/{a}/capabilities/card_payments"),
        json!({"requested": "true"}),
        None,
    )
    .await?;
    eq(cap["status"].clone(), json!("active"), "capability requested")?;

    let persons = format!("/accounts/{a}/persons");
    let person = call(
        ctx,
        Post,
        &persons,
        json!({"first_name": "Jenny", "relationship": {"representative": "true", "title": "CEO"}}),
        None,
    )
    .await?;
    let person_id = person["id"].as_str().unwrap_or_default().to_string();
    starts(&person_id, "person_", "person id")?;
    let up = call(
        ctx,
        Post,
        &format!("{persons}/{person_id}"),
        json!({"email": "j@example.com"}),
        None,
    )
    .await?;
    eq(up["email"].clone(), json!("j@example.com"), "person updated")?;
    let listed = call(ctx, Get, &persons, json!({}), None).await?;
    eq(listed["data"][0]["id"].clone(), json!(person_id), "persons listed")?;
    let gone = call(ctx, Delete, &format!("{persons}/{person_id}"), json!({}), None).await?;
    eq(gone["deleted"].clone(), json!(true), "person deleted")?;

    let link = call(
        ctx,
        Post,
        "/account_links",
        json!({"account": a, "type": "account_onboarding",
               "refresh_url": "https://example.com/refresh", "return_url": "https://example.com/return"}),
        None,
    )
    .await?;
    eq(link["object"].clone(), json!("account_link"), "account link object")?;
    let express = ctx.get("$express")?;
    let login = call(ctx, Post, &format!("/accounts/{express}/login_links"), json!({}), None).await?;
    eq(login["object"].clone(), json!("login_link"), "login link object")?;

    // The default bank account of the account's currency stays (Stripe never deletes it);
    // the second one goes.
    let gone = call(ctx, Delete, &format!("{banks}/{second_id}"), json!({}), None).await?;
    eq(gone["deleted"].clone(), json!(true), "bank account deleted")?;
    let rejected: Account = form(
        &ctx.sk,
        Post,
        &format!("/accounts/{a}/reject"),
        &json!({"reason": "fraud"}),
        None,
    )
    .await?;
    eq(
        (rejected.charges_enabled, rejected.payouts_enabled),
        (Some(false), Some(false)),
        "rejected account",
    )?;
    let gone = call(ctx, Delete, &format!("/accounts/{a}"), json!({}), None).await?;
    eq(
        (gone["id"].clone(), gone["deleted"].clone()),
        (json!(a), json!(true)),
        "account deleted",
    )?;

    let po: stripe_shared::Payout = form(
        &ctx.sk,
        Post,
        "/payouts",
        &json!({"amount": "100", "currency": "usd"}),
        Some(express.clone()),
    )
    .await?;
    let po_id = po.id.as_str().to_string();
    let up: stripe_shared::Payout = form(
        &ctx.sk,
        Post,
        &format!("/payouts/{po_id}"),
        &json!({"metadata": {"a": "1"}}),
        Some(express.clone()),
    )
    .await?;
    eq(
        up.metadata.as_ref().and_then(|m| m.get("a").cloned()),
        Some("1".to_string()),
        "payout metadata",
    )?;
    let canceled: stripe_shared::Payout = form(
        &ctx.sk,
        Post,
        &format!("/payouts/{po_id}/cancel"),
        &json!({}),
        Some(express.clone()),
    )
    .await?;
    eq(canceled.status.as_str(), "canceled", "payout canceled")?;

    let ch: Charge = form(
        &ctx.sk,
        Post,
        "/charges",
        &json!({"amount": "1000", "currency": "usd", "source": "tok_bypassPending"}),
        None,
    )
    .await?;
    let re: stripe_shared::Refund = form(
        &ctx.sk,
        Post,
        "/refunds",
        &json!({"charge": ch.id.as_str(), "amount": "100"}),
        None,
    )
    .await?;
    let re: stripe_shared::Refund = form(
        &ctx.sk,
        Post,
        &format!("/refunds/{}", re.id.as_str()),
        &json!({"metadata": {"b": "2"}}),
        None,
    )
    .await?;
    eq(
        re.metadata.as_ref().and_then(|m| m.get("b").cloned()),
        Some("2".to_string()),
        "refund metadata",
    )?;
    let tr: Transfer = form(
        &ctx.sk,
        Post,
        "/transfers",
        &json!({"amount": "300", "currency": "usd", "destination": express}),
        None,
    )
    .await?;
    let tr_id = tr.id.as_str().to_string();
    let trr: stripe_shared::TransferReversal = form(
        &ctx.sk,
        Post,
        &format!("/transfers/{tr_id}/reversals"),
        &json!({"amount": "100"}),
        None,
    )
    .await?;
    let trr: stripe_shared::TransferReversal = form(
        &ctx.sk,
        Post,
        &format!("/transfers/{tr_id}/reversals/{}", trr.id.as_str()),
        &json!({"metadata": {"c": "3"}}),
        None,
    )
    .await?;
    eq(
        trr.metadata.as_ref().and_then(|m| m.get("c").cloned()),
        Some("3".to_string()),
        "reversal metadata",
    )
}

// ------------------------------------------------------------ saved cards (behaviour 19, 20)

/// The error a call that must fail answered: its status and Stripe's error object.
fn refused<T: Debug>(outcome: Result<T, StripeError>, what: &str) -> Res<(u16, stripe_shared::ApiErrors)> {
    match outcome {
        Err(StripeError::Stripe(e, status)) => Ok((status, *e)),
        Err(other) => Err(Fail::Check(format!("{what}: not a typed Stripe error: {other}"))),
        Ok(value) => Err(Fail::Check(format!("{what}: it succeeded ({value:?})"))),
    }
}

/// The payment methods of a list, as ids.
fn method_ids(list: &List<PaymentMethod>) -> Vec<String> {
    list.data.iter().map(|m| m.id.to_string()).collect()
}

async fn saved_cards(ctx: &mut Ctx) -> Res<()> {
    use StripeMethod::{Get, Post};
    let sk = &ctx.sk;
    let cus = CreateCustomer::new()
        .email(format!("saver-{}@example.com", ctx.run_id))
        .send(sk)
        .await?;
    let pm: PaymentMethod = form(
        sk,
        Post,
        "/payment_methods",
        &json!({"type": "card", "card": {"token": "tok_visa"},
                "billing_details": {"name": "Jenny Rosen", "address": {"country": "US", "postal_code": "94103"}}}),
        None,
    )
    .await?;
    starts(pm.id.as_str(), "pm_", "payment method id")?;
    eq(
        (
            pm.card.as_ref().map(|c| c.last4.as_str()),
            pm.billing_details.name.as_deref(),
            pm.billing_details.address.as_ref().and_then(|a| a.postal_code.as_deref()),
            pm.customer.is_none(),
        ),
        (Some("4242"), Some("Jenny Rosen"), Some("94103"), true),
        "last4, billing details kept as data, no customer",
    )?;
    let attached: PaymentMethod = form(
        sk,
        Post,
        &format!("/payment_methods/{}/attach", pm.id),
        &json!({"customer": cus.id.as_str()}),
        None,
    )
    .await?;
    eq(id_of(&attached.customer), cus.id.to_string(), "attached to the customer")?;
    let second: PaymentMethod = form(
        sk,
        Post,
        "/payment_methods/pm_card_mastercard/attach",
        &json!({"customer": cus.id.as_str()}),
        None,
    )
    .await?;
    starts(second.id.as_str(), "pm_", "a test payment method attached is a new pm_")?;
    let listed: List<PaymentMethod> = form(
        sk,
        Get,
        &format!("/customers/{}/payment_methods", cus.id),
        &json!({"type": "card"}),
        None,
    )
    .await?;
    eq(
        method_ids(&listed),
        vec![second.id.to_string(), pm.id.to_string()],
        "the customer's payment methods, newest first",
    )?;
    let by_customer: List<PaymentMethod> = form(
        sk,
        Get,
        "/payment_methods",
        &json!({"customer": cus.id.as_str(), "type": "card"}),
        None,
    )
    .await?;
    eq(method_ids(&by_customer), method_ids(&listed), "GET /v1/payment_methods?customer=&type=card")?;
    let up: PaymentMethod = form(
        sk,
        Post,
        &format!("/payment_methods/{}", pm.id),
        &json!({"metadata": {"nickname": "work"}}),
        None,
    )
    .await?;
    eq(
        up.metadata.as_ref().and_then(|m| m.get("nickname")).map(String::as_str),
        Some("work"),
        "payment method metadata",
    )?;
    let with_default: Customer = form(
        sk,
        Post,
        &format!("/customers/{}", cus.id),
        &json!({"invoice_settings": {"default_payment_method": pm.id.as_str()}}),
        None,
    )
    .await?;
    eq(
        id_of(
            &with_default
                .invoice_settings
                .as_ref()
                .and_then(|s| s.default_payment_method.clone()),
        ),
        pm.id.to_string(),
        "invoice_settings.default_payment_method",
    )?;
    let gone: PaymentMethod = form(
        sk,
        Post,
        &format!("/payment_methods/{}/detach", second.id),
        &json!({}),
        None,
    )
    .await?;
    eq(gone.customer.is_none(), true, "a detached payment method has no customer")?;
    let again: Result<PaymentMethod, _> = form(
        sk,
        Post,
        &format!("/payment_methods/{}/attach", second.id),
        &json!({"customer": cus.id.as_str()}),
        None,
    )
    .await;
    eq(refused(again, "attaching a detached payment method")?.0, 400, "attaching a detached payment method")?;
    // SetupIntents: 3D Secure stops, a decline card fails the check, and one is canceled.
    let action: SetupIntent = form(
        sk,
        Post,
        "/setup_intents",
        &json!({"customer": cus.id.as_str(), "payment_method": "pm_card_authenticationRequired", "confirm": true}),
        None,
    )
    .await?;
    starts(action.id.as_str(), "seti_", "SetupIntent id")?;
    eq(
        (
            action.status.as_str(),
            action.next_action.as_ref().map(|a| a.type_.as_str()),
            action.usage.as_str(),
        ),
        ("requires_action", Some("use_stripe_sdk"), "off_session"),
        "a 3D Secure card's SetupIntent",
    )?;
    let declined: Result<SetupIntent, _> = form(
        sk,
        Post,
        "/setup_intents",
        &json!({"customer": cus.id.as_str(), "payment_method": "pm_card_chargeDeclined", "confirm": true}),
        None,
    )
    .await;
    let (status, error) = refused(declined, "a decline card's SetupIntent")?;
    eq(
        (
            status,
            error.type_,
            error.code.as_ref().map(|c| c.as_str().to_string()),
        ),
        (402, ApiErrorsType::CardError, Some("card_declined".to_string())),
        "a decline card's SetupIntent",
    )?;
    let failed = error
        .setup_intent
        .ok_or_else(|| Fail::Check("the card error carries no SetupIntent".into()))?;
    eq(failed.status.as_str(), "requires_payment_method", "the SetupIntent in the error")?;
    let waiting: SetupIntent = form(
        sk,
        Post,
        "/setup_intents",
        &json!({"customer": cus.id.as_str(), "payment_method_types": ["card"]}),
        None,
    )
    .await?;
    let canceled: SetupIntent = form(
        sk,
        Post,
        &format!("/setup_intents/{}/cancel", waiting.id),
        &json!({"cancellation_reason": "requested_by_customer"}),
        None,
    )
    .await?;
    eq(
        (
            canceled.status.as_str(),
            canceled.cancellation_reason.as_ref().map(|r| r.as_str()),
        ),
        ("canceled", Some("requested_by_customer")),
        "canceled SetupIntent",
    )?;
    // A card source, the older way, becomes the customer's default source.
    let card: Card = form(
        sk,
        Post,
        &format!("/customers/{}/sources", cus.id),
        &json!({"source": "tok_visa"}),
        None,
    )
    .await?;
    starts(card.id.as_str(), "card_", "card source id")?;
    eq(card.last4.as_str(), "4242", "the card source's last4")?;
    let holder: Customer = form(sk, Get, &format!("/customers/{}", cus.id), &json!({}), None).await?;
    eq(id_of(&holder.default_source), card.id.to_string(), "the customer's default_source")?;
    // setup_future_usage saves the card it pays with to the customer.
    let p0 = ctx.balance(None).await?;
    let pi: PaymentIntent = form(
        sk,
        Post,
        "/payment_intents",
        &json!({"amount": 1800, "currency": "usd", "customer": cus.id.as_str(),
                "payment_method": "pm_card_bypassPending", "setup_future_usage": "off_session", "confirm": true}),
        None,
    )
    .await?;
    eq(
        (
            pi.status.as_str(),
            pi.setup_future_usage.as_ref().map(|u| u.as_str()),
        ),
        ("succeeded", Some("off_session")),
        "a PaymentIntent that saves its card",
    )?;
    let saved: PaymentMethod = form(
        sk,
        Get,
        &format!("/payment_methods/{}", id_of(&pi.payment_method)),
        &json!({}),
        None,
    )
    .await?;
    eq(id_of(&saved.customer), cus.id.to_string(), "the card it paid with is saved to the customer")?;
    eq(
        ctx.balance(None).await?.available - p0.available,
        1800 - fee(1800),
        "platform available after the payment",
    )?;
    let kinds: Vec<String> = ListEvent::new()
        .limit(100)
        .send(sk)
        .await?
        .data
        .iter()
        .map(|e| e.type_.as_str().to_string())
        .collect();
    let missing: Vec<&str> = [
        "payment_method.attached",
        "payment_method.detached",
        "payment_method.updated",
        "setup_intent.created",
        "setup_intent.requires_action",
        "setup_intent.setup_failed",
        "setup_intent.canceled",
        "customer.source.created",
    ]
    .into_iter()
    .filter(|t| !kinds.iter().any(|k| k == t))
    .collect();
    eq(missing, Vec::<&str>::new(), "events not found")
}

/// A mobile app's saved card: the server makes a customer, an ephemeral key and a
/// SetupIntent; the app (publishable key) confirms it with the card the customer typed, and
/// (ephemeral key) lists the customer's cards; the server later charges it off-session.
async fn mobile_saved_card_off_session(ctx: &mut Ctx) -> Res<()> {
    use StripeMethod::{Get, Post};
    let sk = &ctx.sk;
    let cus = CreateCustomer::new()
        .email(format!("rider-{}@example.com", ctx.run_id))
        .send(sk)
        .await?;
    // async-stripe sends its own Stripe-Version with every request, as the key needs.
    let ek = CreateEphemeralKey::new().customer(cus.id.as_str()).send(sk).await?;
    starts(ek.id.as_str(), "ephkey_", "ephemeral key id")?;
    let secret = ek.secret.clone().unwrap_or_default();
    starts(&secret, "ek_test_", "ephemeral key secret")?;
    eq(ek.expires - ek.created, 3600, "an ephemeral key lives an hour")?;
    let si: SetupIntent = form(
        sk,
        Post,
        "/setup_intents",
        &json!({"customer": cus.id.as_str(), "usage": "off_session", "payment_method_types": ["card"]}),
        None,
    )
    .await?;
    let client_secret = si.client_secret.clone().unwrap_or_default();
    starts(&client_secret, &format!("{}_secret_", si.id), "the SetupIntent's client_secret")?;
    let app = client(&ctx.base, &format!("pk_test_{}", ctx.suffix), None);
    let confirmed: SetupIntent = form(
        &app,
        Post,
        &format!("/setup_intents/{}/confirm", si.id),
        &json!({"client_secret": client_secret,
                "payment_method_data": {"type": "card", "card": {"number": "4242424242424242",
                                        "exp_month": 12, "exp_year": 2034, "cvc": "123"}}}),
        None,
    )
    .await?;
    eq(
        confirmed.status.as_str(),
        "succeeded",
        "the app confirmed the SetupIntent with its publishable key",
    )?;
    let card = id_of(&confirmed.payment_method);
    starts(&card, "pm_", "the saved card")?;
    let wallet = client(&ctx.base, &secret, None);
    let mine: List<PaymentMethod> = form(
        &wallet,
        Get,
        "/payment_methods",
        &json!({"customer": cus.id.as_str(), "type": "card"}),
        None,
    )
    .await?;
    eq(method_ids(&mine), vec![card.clone()], "the app lists its customer's cards")?;
    let outside: Result<List<Charge>, _> = form(&wallet, Get, "/charges", &json!({}), None).await;
    eq(
        refused(outside, "an ephemeral key outside its customer's cards")?.0,
        401,
        "an ephemeral key outside its customer's cards",
    )?;
    let p0 = ctx.balance(None).await?;
    let pi: PaymentIntent = form(
        sk,
        Post,
        "/payment_intents",
        &json!({"amount": 4200, "currency": "usd", "customer": cus.id.as_str(), "payment_method": card,
                "off_session": true, "confirm": true}),
        None,
    )
    .await?;
    eq(
        (pi.status.as_str(), pi.amount_received, id_of(&pi.payment_method)),
        ("succeeded", 4200, card.clone()),
        "the off-session charge of the saved card",
    )?;
    eq(
        ctx.balance(None).await?.pending - p0.pending,
        4200 - fee(4200),
        "platform pending after the charge",
    )?;
    DeleteEphemeralKey::new(ek.id.clone()).send(sk).await?;
    let deleted: Result<List<PaymentMethod>, _> = form(
        &wallet,
        Get,
        "/payment_methods",
        &json!({"customer": cus.id.as_str(), "type": "card"}),
        None,
    )
    .await;
    eq(refused(deleted, "a deleted ephemeral key")?.0, 401, "a deleted ephemeral key")
}

/// Stripe.js style: the server makes a PaymentIntent; the browser, with the publishable key
/// and the client_secret, reads it, makes a payment method from the card typed in, and
/// confirms it.
async fn publishable_key_confirm(ctx: &mut Ctx) -> Res<()> {
    use StripeMethod::{Get, Post};
    let sk = &ctx.sk;
    let pi: PaymentIntent = form(
        sk,
        Post,
        "/payment_intents",
        &json!({"amount": 2500, "currency": "usd",
                "automatic_payment_methods": {"enabled": true, "allow_redirects": "never"}}),
        None,
    )
    .await?;
    let client_secret = pi.client_secret.clone().unwrap_or_default();
    let browser = client(&ctx.base, &format!("pk_test_{}", ctx.suffix), None);
    let seen: PaymentIntent = form(
        &browser,
        Get,
        &format!("/payment_intents/{}", pi.id),
        &json!({"client_secret": client_secret}),
        None,
    )
    .await?;
    eq(
        (seen.id.to_string(), seen.status.as_str()),
        (pi.id.to_string(), "requires_payment_method"),
        "the PaymentIntent read with the client_secret",
    )?;
    let bare: Result<PaymentIntent, _> =
        form(&browser, Get, &format!("/payment_intents/{}", pi.id), &json!({}), None).await;
    let (status, error) = refused(bare, "a publishable key without the client_secret")?;
    eq(
        (status, error.param.as_deref()),
        (400, Some("client_secret")),
        "a publishable key without the client_secret",
    )?;
    let pm: PaymentMethod = form(
        &browser,
        Post,
        "/payment_methods",
        &json!({"type": "card", "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034,
                "cvc": "314"}, "billing_details": {"name": "Jenny Rosen"}}),
        None,
    )
    .await?;
    eq(
        (
            pm.card.as_ref().map(|c| (c.last4.clone(), c.exp_year)),
            pm.billing_details.name.as_deref(),
        ),
        (Some(("4242".to_string(), 2034)), Some("Jenny Rosen")),
        "the card the browser typed",
    )?;
    let p0 = ctx.balance(None).await?;
    let done: PaymentIntent = form(
        &browser,
        Post,
        &format!("/payment_intents/{}/confirm", pi.id),
        &json!({"client_secret": client_secret, "payment_method": pm.id.as_str()}),
        None,
    )
    .await?;
    eq(
        (done.status.as_str(), done.amount_received),
        ("succeeded", 2500),
        "confirmed with the publishable key",
    )?;
    eq(
        ctx.balance(None).await?.pending - p0.pending,
        2500 - fee(2500),
        "platform pending after the payment",
    )?;
    // A card token, the older way: made by the browser, charged once by the server.
    let tok: Token = form(
        &browser,
        Post,
        "/tokens",
        &json!({"card": {"number": "5555555555554444", "exp_month": "12", "exp_year": "2034", "cvc": "314"}}),
        None,
    )
    .await?;
    starts(tok.id.as_str(), "tok_", "token id")?;
    eq(
        (
            tok.type_.as_str(),
            tok.used,
            tok.card.as_ref().map(|c| c.last4.as_str()),
        ),
        ("card", false, Some("4444")),
        "the token",
    )?;
    let charge: Charge = form(
        sk,
        Post,
        "/charges",
        &json!({"amount": 900, "currency": "usd", "source": tok.id.as_str()}),
        None,
    )
    .await?;
    eq(charge.paid, true, "a charge of the token")?;
    let twice: Result<Charge, _> = form(
        sk,
        Post,
        "/charges",
        &json!({"amount": 900, "currency": "usd", "source": tok.id.as_str()}),
        None,
    )
    .await;
    let (status, error) = refused(twice, "a token used twice")?;
    eq((status, error.param.as_deref()), (400, Some("source")), "a token used twice")?;
    let secret_only: Result<List<Charge>, _> = form(&browser, Get, "/charges", &json!({}), None).await;
    let (status, error) = refused(secret_only, "a publishable key on a secret key's endpoint")?;
    check(
        status == 401 && error.message.as_deref().unwrap_or("").contains("publishable"),
        format!(
            "a publishable key on a secret key's endpoint: {status} {:?}",
            error.message
        ),
    )?;
    let raw: Result<PaymentMethod, _> = form(
        sk,
        Post,
        "/payment_methods",
        &json!({"type": "card", "card": {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034}}),
        None,
    )
    .await;
    eq(refused(raw, "card numbers sent with a secret key")?.0, 400, "card numbers sent with a secret key")
}

macro_rules! flow {
    ($results:expr, $ctx:expr, $f:ident) => {
        let outcome = $f(&mut $ctx).await;
        $results.record(stringify!($f), outcome);
    };
}

const FLOW_NAMES: [&str; 38] = [
    "platform_account",
    "create_accounts",
    "fund_accounts",
    "pending_funds_clock",
    "debit_by_charge",
    "debit_by_transfer",
    "managed_debit_charge_ref",
    "managed_debit_payout_ref",
    "negative_balance_reserve",
    "refund_and_reversal",
    "retrieve_accounts",
    "balance_and_paging",
    "events",
    "error_table",
    "errors_change_nothing",
    "idempotency",
    "webhooks",
    "account_lifecycle",
    "customers",
    "pi_destination_fee",
    "pi_direct_fee",
    "pi_manual_capture",
    "pi_decline_and_retry",
    "charge_capture",
    "refund_with_fee",
    "dispute_won",
    "dispute_lost",
    "money_in_events",
    "customer_delete",
    "saved_cards",
    "mobile_saved_card_off_session",
    "publishable_key_confirm",
    "balance_settings",
    "test_clocks",
    "refund_expire",
    "api_versions",
    "cross_currency_rides",
    "instant_payout",
];

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::var("DEBITSIM_URL").unwrap_or_else(|_| "http://127.0.0.1:12111".into());
    let base = base.trim_end_matches('/').to_string();
    let run_id = std::env::var("CONFORMANCE_RUN_ID").unwrap_or_else(|_| {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        format!("{:012x}", nanos % (1u128 << 48))
    });
    let mut ctx = Ctx::new(base.clone(), run_id);
    let mut results = Results(Vec::new());
    println!(
        "rust {SDK} (API {}) against {base}, key {}",
        stripe_shared::version::VERSION,
        ctx.key
    );

    if let Err(StripeError::ClientError(e)) = RetrieveForMyAccountBalance::new().send(&ctx.sk).await {
        eprintln!(
            "cannot reach the simulator at {base}: {e}\nstart it with `target/release/debitsim serve --port 0` \
             and set DEBITSIM_URL, or run conformance/run"
        );
        for name in FLOW_NAMES {
            results.record(name, Err(Fail::Skip("simulator unreachable".into())));
        }
        finish(results, &[]);
        std::process::exit(2);
    }

    flow!(results, ctx, platform_account);
    flow!(results, ctx, create_accounts);
    flow!(results, ctx, fund_accounts);
    flow!(results, ctx, pending_funds_clock);
    flow!(results, ctx, debit_by_charge);
    flow!(results, ctx, debit_by_transfer);
    flow!(results, ctx, managed_debit_charge_ref);
    flow!(results, ctx, managed_debit_payout_ref);
    flow!(results, ctx, negative_balance_reserve);
    flow!(results, ctx, refund_and_reversal);
    flow!(results, ctx, retrieve_accounts);
    flow!(results, ctx, balance_and_paging);
    flow!(results, ctx, events);

    // The error table: one result per row, then the flow itself.
    let before = async {
        let nobank = ctx.balance(Some("$nobank")).await?.available;
        ctx.set("$nobank_over", nobank + 100);
        snapshot(&ctx).await
    }
    .await;
    let table: Res<()> = match &before {
        Ok(_) => {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../cases/errors.json");
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("cases/errors.json"))
                .expect("cases/errors.json is JSON");
            for row in doc["cases"].as_array().into_iter().flatten() {
                let outcome = error_row(&ctx, row).await;
                results.record(&format!("error:{}", row["id"].as_str().unwrap_or("?")), outcome);
            }
            Ok(())
        }
        Err(e) => Err(Fail::Check(format!(
            "could not take the snapshot before the table: {}",
            e.describe()
        ))),
    };
    results.record("error_table", table);
    let unchanged: Res<()> = match before {
        Ok(before) => match snapshot(&ctx).await {
            Ok(after) => eq(
                after,
                before,
                "(usd balance, balance transaction count) after the error table",
            ),
            Err(e) => Err(e),
        },
        Err(_) => Err(Fail::Skip("needs the snapshot taken before the error table".into())),
    };
    results.record("errors_change_nothing", unchanged);
    flow!(results, ctx, idempotency);
    flow!(results, ctx, webhooks);
    flow!(results, ctx, account_lifecycle);
    flow!(results, ctx, customers);
    flow!(results, ctx, pi_destination_fee);
    flow!(results, ctx, pi_direct_fee);
    flow!(results, ctx, pi_manual_capture);
    flow!(results, ctx, pi_decline_and_retry);
    flow!(results, ctx, charge_capture);
    flow!(results, ctx, refund_with_fee);
    flow!(results, ctx, dispute_won);
    flow!(results, ctx, dispute_lost);
    flow!(results, ctx, money_in_events);
    flow!(results, ctx, customer_delete);
    flow!(results, ctx, saved_cards);
    flow!(results, ctx, mobile_saved_card_off_session);
    flow!(results, ctx, publishable_key_confirm);
    flow!(results, ctx, balance_settings);
    flow!(results, ctx, test_clocks);
    flow!(results, ctx, refund_expire);
    flow!(results, ctx, api_versions);
    flow!(results, ctx, cross_currency_rides);
    flow!(results, ctx, instant_payout);

    let code = finish(results, &ctx.webhook_bodies);
    std::process::exit(code);
}

fn finish(results: Results, webhook_bodies: &[String]) -> i32 {
    let passed = results.0.iter().filter(|r| r["ok"] == json!(true)).count();
    let failed = results.0.len() - passed;
    if let Ok(path) = std::env::var("CONFORMANCE_RESULTS") {
        let doc = json!({"client": "rust", "sdk": SDK, "flows": results.0, "webhook_bodies": webhook_bodies});
        std::fs::write(path, serde_json::to_string_pretty(&doc).unwrap_or_default()).expect("write results");
    }
    println!("rust: {passed} passed, {failed} failed");
    if failed == 0 { 0 } else { 1 }
}
