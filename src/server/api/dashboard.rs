//! The dashboard's own reads (`/_sim/overview`, `/_sim/accounts`, `/_sim/movements`,
//! `/_sim/balance_history`, `/_sim/event_deliveries`): the figures the page at `/dashboard`
//! shows, each read from the key's world in one locked step like any API call.
//!
//! They are simulator endpoints (under `/_sim/`, authenticated with the key, acting on its
//! world only) because Stripe has no call that answers these questions in one request: who
//! the platform is liable for, every account's balances on one page, money moving between
//! parties rather than one balance's transactions, and a balance over time. Each is bounded
//! by its page, so a world of 10,000 accounts and millions of balance transactions answers
//! as fast as a small one; only the history reads all of one account's transactions.

use std::collections::HashMap;

use serde::Serialize;

use super::deliveries::target_name;
use super::endpoint::{Ctx, Endpoint, Prepared, Reply};
use crate::ledger::ops::requirements as onboarding;
use crate::ledger::{
    Account, AccountId, Amount, ChargeSource, Currency, CurrencyBalance, EventId, Kind, Ledger, Liability, LinkState,
    Noun, Obj, PayoutInterval, Reference, Region, Rejection, Role, Timestamp, Transfer, TxnId, TxnSource, TxnType,
    page, page_by, page_oldest_first,
};
use crate::server::charts::Point;
use crate::server::error::{ApiError, ECHO_MAX_CHARS, echo};
use crate::server::form::Params;
use crate::server::list::ListParams;
use crate::server::refusals as rejections;
use crate::server::render::json;
use crate::server::render::lifecycle::account_requirements;
use crate::server::webhooks::{Attempt, Owed, Target};

/// The dashboard's reads.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/_sim/overview", |p, _| overview(p)),
    Endpoint::get("/_sim/accounts", |p, _| accounts(p)),
    Endpoint::get("/_sim/movements", |p, _| movements(p)),
    Endpoint::get("/_sim/balance_history", |p, _| balance_history(p)),
    Endpoint::get("/_sim/event_deliveries", |p, _| event_deliveries(p)),
];

/// How many accounts the overview names in the platform's liability (the largest first);
/// the totals always cover them all.
const LIABILITY_LISTED: usize = 100;

/// Samples in a balance history unless `points=` says otherwise, and the fewest and most it
/// may ask (a line needs two ends).
const DEFAULT_POINTS: usize = 120;
const MIN_POINTS: usize = 2;
const MAX_POINTS: usize = 1000;

/// The account an `account=` parameter names (the platform or a connected account).
fn find_account(ledger: &Ledger, id: &str) -> Result<AccountId, ApiError> {
    ledger.find_account(id).ok_or_else(|| {
        rejections::api_error(&Rejection::NoSuchObject {
            noun: Noun::Object(Kind::Account),
            id: echo(id, ECHO_MAX_CHARS),
            param: "account",
        })
    })
}

/// The platform's connected accounts that are not deleted, oldest first (as `/v1/accounts`
/// lists them, the other way round).
fn connected_accounts(ledger: &Ledger) -> impl Iterator<Item = AccountId> + '_ {
    ledger.connected_account_ids().filter(|a| !ledger.account(*a).deleted)
}

/// The id of an object as the API shows it.
fn id_of(ledger: &Ledger, obj: impl Into<Obj>) -> String {
    ledger.id_of(obj.into()).to_string()
}

/// A person's name for an account: its business name, else its email, else its id.
fn name_of(account: &Account) -> &str {
    account
        .business_name()
        .or(account.email.as_deref())
        .unwrap_or(&account.id)
}

fn losses_of(account: &Account) -> Option<&'static str> {
    account.liability().map(Liability::as_str)
}

fn region_of(region: Option<Region>) -> Option<&'static str> {
    region.map(|r| match r {
        Region::Australia => "Australia",
        Region::Canada => "Canada",
        Region::Europe => "Europe",
        Region::HongKong => "Hong Kong",
        Region::Japan => "Japan",
        Region::NewZealand => "New Zealand",
        Region::UnitedStates => "United States",
    })
}

/// One account's balances, its default currency first, then by currency code.
fn balances_of(ledger: &Ledger, id: AccountId) -> Vec<&CurrencyBalance> {
    let account = ledger.account(id);
    let mut balances: Vec<_> = ledger.books(id).balances.iter().collect();
    balances.sort_by_key(|b| (b.currency != account.default_currency, b.currency));
    balances
}

// ---- GET /_sim/overview ----

#[derive(Serialize)]
struct Overview<'a> {
    object: &'static str,
    platform: PlatformView<'a>,
    /// Per currency, the default first.
    balances: Vec<PlatformBalance<'a>>,
    liability: LiabilityView<'a>,
    clock: ClockView,
    /// How many connected accounts the world has.
    accounts_count: usize,
    /// Where the world's events are delivered, so the page shows delivery status only where
    /// there is some.
    webhooks: WebhooksView,
}

#[derive(Serialize)]
struct PlatformView<'a> {
    id: &'a str,
    name: &'a str,
    country: &'a str,
    default_currency: &'a str,
    connect_reserves_enabled: bool,
}

#[derive(Serialize)]
struct PlatformBalance<'a> {
    currency: &'a str,
    available: i64,
    pending: i64,
    connect_reserved: i64,
}

#[derive(Serialize)]
struct LiabilityView<'a> {
    /// Per currency: what the platform is liable for in all, which `connect_reserved` holds.
    total: Vec<CurrencyAmount<'a>>,
    /// The accounts it is liable for, the largest first (at most [`LIABILITY_LISTED`]).
    accounts: Vec<LiableFor<'a>>,
    has_more: bool,
}

#[derive(Serialize)]
struct CurrencyAmount<'a> {
    currency: &'a str,
    amount: i64,
}

#[derive(Serialize)]
struct LiableFor<'a> {
    account: &'a str,
    name: &'a str,
    losses: Option<&'static str>,
    currency: &'a str,
    amount: i64,
}

#[derive(Serialize)]
struct ClockView {
    now: Timestamp,
    offset: i64,
    next_payout_run: Timestamp,
    /// When the earliest payout in transit arrives, and the earliest pending funds become
    /// available (what `next=payout_arrival` and `next=funds_available` reach), if ever.
    next_payout_arrival: Option<Timestamp>,
    next_funds_available: Option<Timestamp>,
}

#[derive(Serialize)]
struct WebhooksView {
    /// The world's webhook endpoints (enabled or not).
    endpoints: usize,
    /// Whether its events go anywhere now: an enabled endpoint, or the server's
    /// `--forward-to`.
    delivering: bool,
}

/// `GET /_sim/overview`: the platform's balances per currency, what it is liable for account
/// by account, the clock, and how many connected accounts there are.
pub fn overview(p: Params) -> Result<Prepared, ApiError> {
    p.finish()?;
    Ok(Box::new(|cx: &mut Ctx<'_>| {
        let ledger = cx.ledger();
        let platform = ledger.platform();
        let platform_balances = balances_of(ledger, AccountId::PLATFORM);
        // What the platform is liable for is what the ledger holds for it in connect_reserved
        // (the audit holds the two equal), per currency, default first.
        let total = platform_balances
            .iter()
            .filter(|b| b.connect_reserved != Amount::ZERO)
            .map(|b| CurrencyAmount {
                currency: b.currency.as_str(),
                amount: b.connect_reserved.minor_units(),
            })
            .collect();
        let balances = platform_balances
            .iter()
            .map(|b| PlatformBalance {
                currency: b.currency.as_str(),
                available: b.available.minor_units(),
                pending: b.pending.minor_units(),
                connect_reserved: b.connect_reserved.minor_units(),
            })
            .collect();
        let mut liable: Vec<LiableFor<'_>> = Vec::new();
        for id in connected_accounts(ledger) {
            let account = ledger.account(id);
            for b in ledger
                .books(id)
                .balances
                .iter()
                .filter(|b| b.reserve_held != Amount::ZERO)
            {
                let held = b.reserve_held.minor_units();
                liable.push(LiableFor {
                    account: &account.id,
                    name: name_of(account),
                    losses: losses_of(account),
                    currency: b.currency.as_str(),
                    amount: held,
                });
            }
        }
        liable.sort_by(|a, b| b.amount.cmp(&a.amount).then(a.account.cmp(b.account)));
        let has_more = liable.len() > LIABILITY_LISTED;
        liable.truncate(LIABILITY_LISTED);
        let overview = Overview {
            object: "simulator.overview",
            platform: PlatformView {
                id: &platform.id,
                name: name_of(platform),
                country: platform.country.as_str(),
                default_currency: platform.default_currency.as_str(),
                connect_reserves_enabled: matches!(
                    platform.role,
                    Role::Platform {
                        connect_reserves_enabled: true
                    }
                ),
            },
            balances,
            liability: LiabilityView {
                total,
                accounts: liable,
                has_more,
            },
            clock: ClockView {
                now: ledger.now(),
                offset: cx.world.clock_offset,
                next_payout_run: ledger.next_payout_run(),
                next_payout_arrival: ledger.next_payout_arrival(),
                next_funds_available: ledger.next_funds_available(),
            },
            accounts_count: connected_accounts(ledger).count(),
            webhooks: WebhooksView {
                endpoints: ledger.live_webhook_endpoints().count(),
                delivering: cx.world.webhooks.has_targets(ledger),
            },
        };
        Ok(Reply::ok(json(&overview)))
    }))
}

// ---- GET /_sim/accounts ----

#[derive(Serialize)]
struct AccountList<'a> {
    object: &'static str,
    data: Vec<AccountSummary<'a>>,
    has_more: bool,
    url: &'static str,
    /// Every connected account of the world, for "26–50 of 10,006".
    total_count: usize,
}

#[derive(Serialize)]
struct AccountSummary<'a> {
    object: &'static str,
    id: &'a str,
    name: &'a str,
    email: Option<&'a str>,
    #[serde(rename = "type")]
    account_type: &'static str,
    /// `controller.losses.payments`: `application` (the platform carries losses) or `stripe`.
    losses: Option<&'static str>,
    country: &'a str,
    /// The debit region (`None` for countries in none), and whether it is the platform's:
    /// a platform can only debit accounts in its own region.
    region: Option<&'static str>,
    same_region_as_platform: bool,
    default_currency: &'a str,
    created: Timestamp,
    bank_accounts: Vec<BankSummary<'a>>,
    /// `settings.payouts.debit_negative_balances`, and whether the country lets Stripe debit
    /// a bank for a negative balance at all.
    debit_negative_balances: bool,
    country_auto_debits: bool,
    payout_interval: &'static str,
    /// Per currency, the default first; `liability` is what the platform holds in reserve
    /// for this balance.
    balances: Vec<AccountBalance<'a>>,
    /// Where its onboarding stands, as the account object and its latest account link say.
    onboarding: OnboardingView,
}

#[derive(Serialize)]
struct OnboardingView {
    details_submitted: bool,
    charges_enabled: bool,
    payouts_enabled: bool,
    /// `requirements.currently_due`: what Stripe still asks of the account.
    currently_due: Vec<String>,
    /// `requirements.disabled_reason`.
    disabled_reason: Option<String>,
    /// Its latest account link (onboarding or update), if it was given one.
    link: Option<LinkView>,
}

#[derive(Serialize)]
struct LinkView {
    /// `usable`, `expired` (its five minutes of simulated time are over) or `used`.
    state: &'static str,
    created: Timestamp,
    expires_at: Timestamp,
}

#[derive(Serialize)]
struct BankSummary<'a> {
    id: String,
    country: &'a str,
    currency: &'a str,
    last4: &'a str,
    bank_name: Option<&'a str>,
    status: &'static str,
    default_for_currency: bool,
}

#[derive(Serialize)]
struct AccountBalance<'a> {
    currency: &'a str,
    available: i64,
    pending: i64,
    liability: i64,
}

/// Where `id`'s onboarding stands at `now` (the world's time, which a link's expiry follows).
fn onboarding_of(ledger: &Ledger, id: AccountId, now: Timestamp) -> OnboardingView {
    let account = ledger.account(id);
    let (currently_due, disabled_reason) = account_requirements(ledger.now_view(), id);
    let link = ledger.latest_account_link(id).map(|link| {
        let stored = ledger.link(link);
        LinkView {
            state: match ledger.link_state_at(link, now) {
                LinkState::Usable => "usable",
                LinkState::Expired => "expired",
                // A deleted account is not listed, so its links are never shown.
                LinkState::Used | LinkState::Gone => "used",
            },
            created: stored.created,
            expires_at: stored.expires_at,
        }
    });
    OnboardingView {
        details_submitted: account.onboarding.details_submitted,
        charges_enabled: onboarding::charges_enabled(account),
        payouts_enabled: onboarding::payouts_enabled(account),
        currently_due,
        disabled_reason,
        link,
    }
}

fn summary<'a>(ledger: &'a Ledger, id: AccountId, now: Timestamp) -> AccountSummary<'a> {
    let account = ledger.account(id);
    let platform = ledger.platform();
    let account_type = match account.role {
        Role::Connected { account_type, .. } => account_type.as_str(),
        Role::Platform { .. } => "platform",
    };
    let mut balances: Vec<AccountBalance<'a>> = balances_of(ledger, id)
        .into_iter()
        .map(|b| AccountBalance {
            currency: b.currency.as_str(),
            available: b.available.minor_units(),
            pending: b.pending.minor_units(),
            liability: b.reserve_held.minor_units(),
        })
        .collect();
    // An account that never held its default currency still shows it, at zero, as
    // `/v1/balance` does.
    if ledger.books(id).balance(account.default_currency).is_none() {
        balances.insert(
            0,
            AccountBalance {
                currency: account.default_currency.as_str(),
                available: 0,
                pending: 0,
                liability: 0,
            },
        );
    }
    AccountSummary {
        object: "simulator.account",
        id: &account.id,
        name: name_of(account),
        email: account.email.as_deref(),
        account_type,
        losses: losses_of(account),
        country: account.country.as_str(),
        region: region_of(account.country.region()),
        same_region_as_platform: account.country.shares_debit_region_with(platform.country),
        default_currency: account.default_currency.as_str(),
        created: account.created,
        bank_accounts: account
            .bank_accounts
            .iter()
            .map(|b| (*b, ledger.bank_account(*b)))
            .filter(|(_, bank)| !bank.deleted)
            .map(|(b, bank)| BankSummary {
                id: id_of(ledger, b),
                country: bank.country.as_str(),
                currency: bank.currency.as_str(),
                last4: &bank.last4,
                bank_name: bank.bank_name.as_deref(),
                status: bank.status.as_str(),
                default_for_currency: bank.default_for_currency,
            })
            .collect(),
        debit_negative_balances: account.payouts.debit_negative_balances,
        country_auto_debits: account.country.auto_debits_negative_balances(),
        payout_interval: match account.payouts.schedule.interval {
            PayoutInterval::Manual => "manual",
            PayoutInterval::Daily => "daily",
            PayoutInterval::Weekly(_) => "weekly",
            PayoutInterval::Monthly(_) => "monthly",
        },
        balances,
        onboarding: onboarding_of(ledger, id, now),
    }
}

/// `GET /_sim/accounts`: a page of connected accounts, each with what the dashboard shows of
/// it (type, who carries losses, region, bank accounts, balances and the platform's liability
/// for them). Oldest first, unlike `/v1/accounts`: a world reads in the order it was made,
/// its fixtures as their file lists them, and new accounts join at the end.
pub fn accounts(mut p: Params) -> Result<Prepared, ApiError> {
    let list = ListParams::take_paging(&mut p)?;
    p.finish()?;
    Ok(Box::new(move |cx: &mut Ctx<'_>| {
        let ledger = cx.ledger();
        let query = list.query(
            |id| {
                ledger
                    .find_account(id)
                    .filter(|a| !a.is_platform())
                    .map(|a| a.index() as u32)
            },
            Noun::Object(Kind::Account),
        )?;
        let ids: Vec<AccountId> = connected_accounts(ledger).collect();
        let found = page_oldest_first(&ids, query.cursor, query.limit, |a| a.index() as u32);
        let now = cx.world.now(cx.wall);
        let data = found.items.iter().map(|id| summary(ledger, *id, now)).collect();
        Ok(Reply::ok(json(&AccountList {
            object: "list",
            data,
            has_more: found.has_more,
            url: "/_sim/accounts",
            total_count: ids.len(),
        })))
    }))
}

// ---- GET /_sim/movements ----

/// One side of a movement of money.
#[derive(Serialize)]
struct Party<'a> {
    /// `account` (the platform or a connected account), `cardholder` (a card, outside the
    /// world), `bank` (an account's bank account), `stripe` (fees), or `connect_reserved`
    /// (the platform's funds held for the account named).
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    account: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last4: Option<&'a str>,
}

impl<'a> Party<'a> {
    fn bare(kind: &'static str) -> Party<'a> {
        Party {
            kind,
            account: None,
            name: None,
            last4: None,
        }
    }

    fn account(ledger: &'a Ledger, id: AccountId) -> Party<'a> {
        let account = ledger.account(id);
        Party {
            account: Some(&account.id),
            name: Some(name_of(account)),
            ..Party::bare("account")
        }
    }
}

#[derive(Serialize)]
struct Movement<'a> {
    object: &'static str,
    /// The balance transaction it is read from.
    id: String,
    /// `charge`, `debit`, `transfer`, `reversal`, `refund`, `payout`, `bank_debit`,
    /// `payout_failure`, `payout_cancel`, `payout_reversal`, `reserve_held`,
    /// `reserve_released`, `application_fee`, `application_fee_refund`, `dispute` (a
    /// chargeback's withdrawal), `dispute_reinstated` (a won chargeback's funds back),
    /// `dispute_fee` (the fee alone, when the platform pays a connected account's), or
    /// `other` (a source this dashboard does not name).
    kind: &'static str,
    from: Party<'a>,
    to: Party<'a>,
    /// What moved, in minor units (never negative: `from` and `to` give the direction).
    amount: i64,
    currency: &'a str,
    /// Stripe's fee taken with it (a card charge's, a dispute's), or given back (a won
    /// dispute's).
    fee: Option<FeeView<'a>>,
    /// The application fee the platform took from it (a direct charge, a destination
    /// charge's payment), on the paying account's movements only: the whole world's list
    /// shows the same money once, as the platform's `application_fee` movement.
    application_fee: Option<FeeView<'a>>,
    /// For account debits: how the platform asked for it.
    debit: Option<DebitView>,
    /// The PaymentIntent behind a card charge, if it came from one.
    payment_intent: Option<String>,
    /// Whose balance transaction it is.
    account: &'a str,
    status: &'static str,
    created: Timestamp,
    available_on: Timestamp,
    /// The object that moved the money (`ch_`, `py_`, `tr_`, `trr_`, `re_`, `po_`, `fee_`,
    /// `fr_`, `dp_`), if any.
    source: Option<String>,
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct FeeView<'a> {
    /// `stripe_fee`, `dispute_fee` or `application_fee`.
    kind: &'static str,
    amount: i64,
    from: Party<'a>,
    to: Party<'a>,
}

#[derive(Serialize)]
struct DebitView {
    /// `charge` (a charge with `source=acct_…`) or `transfer` (a transfer made as the account).
    flow: &'static str,
    /// A Stripe-managed debit's `reference_transaction`.
    reference: Option<String>,
}

/// A fee of `amount` (positive: taken from `payer`; negative: given back to it) paid to or
/// returned by `payee`.
fn fee_view<'a>(kind: &'static str, amount: Amount, payer: Party<'a>, payee: Party<'a>) -> Option<FeeView<'a>> {
    let minor = amount.minor_units();
    let (from, to) = if minor < 0 { (payee, payer) } else { (payer, payee) };
    (minor != 0).then(|| FeeView {
        kind,
        amount: minor.saturating_abs(),
        from,
        to,
    })
}

/// The balance transaction `id` as a movement between two parties; `whole_world` when it is
/// listed among every account's (so an application fee shows once, as the platform's).
fn movement(ledger: &Ledger, id: TxnId, whole_world: bool) -> Movement<'_> {
    let txn = ledger.balance_transaction(id);
    let owner = Party::account(ledger, txn.account);
    let mut debit = None;
    let mut description = None;
    let mut payment_intent = None;
    // What moved to or from the owner's balance: the amount, but for a fee that moves alone.
    let mut moved = txn.amount;
    // Stripe's part of the fee goes out of the world; an application fee to the platform.
    let mut fee = fee_view(
        "stripe_fee",
        txn.stripe_fee(),
        Party::account(ledger, txn.account),
        Party::bare("stripe"),
    );
    let application_fee = fee_view(
        "application_fee",
        txn.application_fee,
        Party::account(ledger, txn.account),
        Party::account(ledger, AccountId::PLATFORM),
    )
    .filter(|_| !whole_world);
    let (kind, counterparty, source) = match (txn.kind, txn.source) {
        (_, TxnSource::Object(Obj::Charge(c))) => {
            let charge = ledger.charge(c);
            description = charge.description.as_deref();
            payment_intent = charge.links.payment_intent.map(|pi| id_of(ledger, pi));
            match charge.source {
                ChargeSource::Card(_) => ("charge", Party::bare("cardholder"), Some(id_of(ledger, c))),
                ChargeSource::Account { from, transfer } => {
                    let t = ledger.transfer(transfer);
                    debit = debit_of(ledger, t);
                    let kind = if debit.is_some() { "debit" } else { "transfer" };
                    (kind, Party::account(ledger, from), Some(id_of(ledger, c)))
                }
            }
        }
        (_, TxnSource::Object(Obj::Transfer(t))) => {
            let transfer = ledger.transfer(t);
            description = transfer.description.as_deref();
            debit = debit_of(ledger, transfer);
            let kind = if debit.is_some() { "debit" } else { "transfer" };
            (kind, Party::account(ledger, transfer.to), Some(id_of(ledger, t)))
        }
        (kind, TxnSource::Object(Obj::Reversal(r))) => {
            let reversal = ledger.reversal(r);
            let transfer = ledger.transfer(reversal.transfer);
            description = reversal.description.as_deref();
            // The sender's side (`transfer_refund`) faces the destination, and the other way.
            let other = if kind == TxnType::PaymentRefund {
                transfer.from
            } else {
                transfer.to
            };
            ("reversal", Party::account(ledger, other), Some(id_of(ledger, r)))
        }
        (_, TxnSource::Object(Obj::Refund(r))) => ("refund", Party::bare("cardholder"), Some(id_of(ledger, r))),
        (kind, TxnSource::Object(Obj::Payout(p))) => {
            let payout = ledger.payout(p);
            description = payout.description.as_deref();
            let bank = ledger.bank_account(payout.destination);
            let party = Party {
                account: Some(&ledger.account(payout.account).id),
                name: bank.bank_name.as_deref(),
                last4: Some(&bank.last4),
                ..Party::bare("bank")
            };
            let kind = match kind {
                TxnType::PayoutFailure => "payout_failure",
                TxnType::PayoutCancel => "payout_cancel",
                _ if payout.original_payout.is_some() => "payout_reversal",
                _ if payout.amount.is_negative() => "bank_debit",
                _ => "payout",
            };
            (kind, party, Some(id_of(ledger, p)))
        }
        (_, TxnSource::Reserve(a)) => {
            let account = ledger.account(a);
            let party = Party {
                account: Some(&account.id),
                name: Some(name_of(account)),
                ..Party::bare("connect_reserved")
            };
            let kind = if txn.amount.is_negative() {
                "reserve_held"
            } else {
                "reserve_released"
            };
            (kind, party, None)
        }
        // The platform's side of a fee: from the account that paid it.
        (_, TxnSource::Object(Obj::ApplicationFee(f))) => {
            let paid_by = ledger.application_fee(f).account;
            (
                "application_fee",
                Party::account(ledger, paid_by),
                Some(id_of(ledger, f)),
            )
        }
        // A fee given back: the platform's side faces the account that paid it, and the
        // other way.
        (_, TxnSource::Object(Obj::FeeRefund(r))) => {
            let paid_by = ledger.application_fee(ledger.fee_refund(r).fee).account;
            let other = if txn.account.is_platform() {
                paid_by
            } else {
                AccountId::PLATFORM
            };
            (
                "application_fee_refund",
                Party::account(ledger, other),
                Some(id_of(ledger, r)),
            )
        }
        // A chargeback's withdrawal goes back to the cardholder, with Stripe's dispute fee;
        // a won one comes back with the fee. The platform's own adjustment, when it pays the
        // account's fees, moves the fee alone: to Stripe, or back from it.
        (_, TxnSource::Object(Obj::Dispute(d))) => {
            let source = Some(id_of(ledger, d));
            if txn.amount == Amount::ZERO {
                fee = None;
                moved = Amount::new(txn.fee.minor_units().saturating_neg());
                ("dispute_fee", Party::bare("stripe"), source)
            } else {
                fee = fee_view(
                    "dispute_fee",
                    txn.fee,
                    Party::account(ledger, txn.account),
                    Party::bare("stripe"),
                );
                let kind = if txn.amount.is_negative() {
                    "dispute"
                } else {
                    "dispute_reinstated"
                };
                (kind, Party::bare("cardholder"), source)
            }
        }
        // A source this page does not name yet (a kind the ledger gained later) is still
        // shown: as money to or from Stripe, with its object.
        (_, TxnSource::Object(other)) => ("other", Party::bare("stripe"), Some(id_of(ledger, other))),
    };
    // Money flows into the owner's balance when the amount is positive, out of it otherwise.
    let (from, to) = if moved.is_negative() {
        (owner, counterparty)
    } else {
        (counterparty, owner)
    };
    Movement {
        kind,
        from,
        to,
        amount: moved.minor_units().saturating_abs(),
        fee,
        application_fee,
        debit,
        payment_intent,
        description,
        ..bare_movement(ledger, id, source)
    }
}

/// What every movement of `id` says whatever its kind: its amount, account, status and
/// times; the parties as the owner and Stripe until the caller names them.
fn bare_movement(ledger: &Ledger, id: TxnId, source: Option<String>) -> Movement<'_> {
    let txn = ledger.balance_transaction(id);
    Movement {
        object: "simulator.movement",
        id: id_of(ledger, id),
        kind: "other",
        from: Party::account(ledger, txn.account),
        to: Party::bare("stripe"),
        amount: txn.amount.minor_units().saturating_abs(),
        currency: txn.currency.as_str(),
        fee: None,
        application_fee: None,
        debit: None,
        payment_intent: None,
        account: &ledger.account(txn.account).id,
        status: txn.status.as_str(),
        created: txn.created,
        available_on: txn.available_on,
        source,
        description: None,
    }
}

fn debit_of(ledger: &Ledger, transfer: &Transfer) -> Option<DebitView> {
    transfer.debit.map(|d| DebitView {
        flow: d.flow.as_str(),
        reference: d.reference.map(|r| match r {
            Reference::Charge(c) => id_of(ledger, c),
            Reference::Payout(p) => id_of(ledger, p),
        }),
    })
}

#[derive(Serialize)]
struct MovementList<'a> {
    object: &'static str,
    data: Vec<Movement<'a>>,
    has_more: bool,
    url: &'static str,
}

/// `GET /_sim/movements`: money moving between parties, newest first, read from balance
/// transactions. With `account=`, every movement of that account's balance; without, the
/// whole world's, each transfer once (from its sender's side: the receiver's `payment` and
/// `payment_refund` are the same money seen from the other end) and each application fee
/// once (from the platform's side: the payer's is part of its charge's or payment's fee, and
/// a fee refund's other half).
pub fn movements(mut p: Params) -> Result<Prepared, ApiError> {
    let list = ListParams::take_paging(&mut p)?;
    let account = p.take_str("account")?.filter(|a| !a.is_empty());
    p.finish()?;
    Ok(Box::new(move |cx: &mut Ctx<'_>| {
        let ledger = cx.ledger();
        let owner = account.as_deref().map(|a| find_account(ledger, a)).transpose()?;
        // A cursor is one of this world's balance transactions (of the account, with
        // `account=`); its index is its position in creation order.
        let query = list.query(
            |id| match ledger.locate(id)? {
                Obj::BalanceTransaction(txn) => owner
                    .is_none_or(|o| ledger.balance_transaction(txn).account == o)
                    .then_some(txn.index() as u32),
                _ => None,
            },
            Noun::Object(Kind::BalanceTransaction),
        )?;
        let found = match owner {
            Some(owner) => page(
                &ledger.books(owner).indexes.balance_transactions,
                &query,
                |t| t.index() as u32,
                |t| ledger.balance_transaction(t).created,
                |_| true,
            ),
            None => page_by(
                ledger.count(Kind::BalanceTransaction),
                |i| TxnId(i as u32),
                &query,
                |t| t.index() as u32,
                |t| ledger.balance_transaction(t).created,
                |t| {
                    let txn = ledger.balance_transaction(t);
                    match txn.kind {
                        TxnType::Payment | TxnType::PaymentRefund => false,
                        TxnType::ApplicationFeeRefund => txn.account.is_platform(),
                        _ => true,
                    }
                },
            ),
        };
        let (ids, has_more) = (found.items, found.has_more);
        Ok(Reply::ok(json(&MovementList {
            object: "list",
            data: ids
                .into_iter()
                .map(|id| movement(ledger, id, owner.is_none()))
                .collect(),
            has_more,
            url: "/_sim/movements",
        })))
    }))
}

// ---- GET /_sim/balance_history ----

#[derive(Serialize)]
struct History<'a> {
    object: &'static str,
    account: &'a str,
    currency: &'a str,
    /// The span sampled: from the account's first balance transaction in this currency (or
    /// its creation) to the world's now.
    from: Timestamp,
    to: Timestamp,
    /// How many balance transactions the history was computed from.
    transactions: usize,
    /// Evenly spaced over the span, each the balance at that moment; the last is now.
    points: Vec<Point>,
}

/// `GET /_sim/balance_history`: at most `points` samples (default 120, at most 1,000) of an
/// account's available and pending balance in one currency over simulated time, and on the
/// platform its `connect_reserved`. `account` defaults to the platform and `currency` to the
/// account's default.
///
/// The world's [`Charts`](crate::server::charts::Charts) keep running totals of
/// what they have read, so a chart reads only the balance transactions made since the last
/// one: drawing it does not hold the world for a pass over millions of them.
pub fn balance_history(mut p: Params) -> Result<Prepared, ApiError> {
    let account = p.take_str("account")?.filter(|a| !a.is_empty());
    let currency = p.take_str("currency")?;
    let points = p.take_i64("points")?;
    p.finish()?;
    let currency = match currency {
        None => None,
        Some(code) => Some(Currency::parse(&code).ok_or_else(|| ApiError::invalid_currency_filter(&code))?),
    };
    let points = match points {
        None => DEFAULT_POINTS,
        Some(n) if (MIN_POINTS as i64..=MAX_POINTS as i64).contains(&n) => n as usize,
        Some(other) => return Err(ApiError::history_points_out_of_range(other, MIN_POINTS, MAX_POINTS)),
    };
    Ok(Box::new(move |cx: &mut Ctx<'_>| {
        let world = &mut *cx.world;
        let owner = match account.as_deref() {
            Some(id) => find_account(world.ledger(), id)?,
            None => AccountId::PLATFORM,
        };
        let account = world.ledger().account(owner);
        let currency = currency.unwrap_or(account.default_currency);
        let samples = world.chart(owner, currency, points);
        Ok(Reply::ok(json(&History {
            object: "simulator.balance_history",
            account: &world.ledger().account(owner).id,
            currency: currency.as_str(),
            from: samples.from,
            to: samples.to,
            transactions: samples.transactions,
            points: samples.points,
        })))
    }))
}

// ---- GET /_sim/event_deliveries ----

/// The most events one call asks about: the page lists at most this many.
const MAX_DELIVERY_EVENTS: usize = 100;

#[derive(Serialize)]
struct EventDelivery {
    object: &'static str,
    event: String,
    /// `pending` (a delivery is still owed), `failed` (one was given up), `succeeded` (an
    /// automatic attempt succeeded and nothing is owed), or `none` (no delivery the server
    /// remembers: it keeps its last attempts, not every one, and none across restarts).
    status: &'static str,
    /// Deliveries still owed: the event's `pending_webhooks`.
    pending: u32,
    /// Of those owed, the most attempts made so far, when the next is due (simulated time)
    /// and whether one is under way now.
    attempts: u32,
    next_attempt: Option<Timestamp>,
    attempting: bool,
    /// The latest attempt the server remembers.
    last_attempt: Option<LastAttempt>,
}

#[derive(Serialize)]
struct LastAttempt {
    webhook_endpoint: String,
    /// When the attempt was made, in the world's time (simulated when its clock is).
    created: Timestamp,
    /// The receiver's status, if it answered.
    status: Option<u16>,
    error: Option<String>,
    manual: bool,
}

#[derive(Serialize)]
struct DeliveryList {
    object: &'static str,
    data: Vec<EventDelivery>,
}

/// `GET /_sim/event_deliveries?events[]=evt_…`: the webhook deliveries of each event named
/// (any of the world's, at most [`MAX_DELIVERY_EVENTS`]), in the order named: what
/// `/_sim/webhooks/owed` and `/_sim/webhooks/attempts` say of it, for the whole world at
/// once rather than one account's events at a time.
pub fn event_deliveries(mut p: Params) -> Result<Prepared, ApiError> {
    let ids = p
        .take_list("events")?
        .ok_or_else(|| ApiError::parameter_missing("events"))?;
    p.finish()?;
    if ids.len() > MAX_DELIVERY_EVENTS {
        return Err(ApiError::too_many_elements("events", MAX_DELIVERY_EVENTS, ids.len()));
    }
    Ok(Box::new(move |cx: &mut Ctx<'_>| {
        let ledger = cx.ledger();
        let events: Vec<EventId> = ids
            .iter()
            .map(|id| match ledger.locate(id) {
                Some(Obj::Event(event)) => Ok(event),
                _ => Err(ApiError::resource_missing("event", id, "events")),
            })
            .collect::<Result<_, _>>()?;
        // One pass over the remembered attempts: each asked-for event's latest, and whether
        // an automatic one succeeded.
        let mut seen: HashMap<EventId, (&Attempt, bool)> = HashMap::new();
        let webhooks = &cx.world.webhooks;
        for attempt in webhooks.attempts().filter(|a| events.contains(&a.event)) {
            let succeeded = !attempt.manual && attempt.error.is_none();
            let entry = seen.entry(attempt.event).or_insert((attempt, false));
            *entry = (attempt, entry.1 || succeeded);
        }
        let data = events
            .iter()
            .map(|&event| {
                let owed: Vec<(Target, Owed)> = webhooks
                    .owed_to(event)
                    .filter_map(|target| Some((target, webhooks.owed(target, event)?)))
                    .collect();
                let (last, succeeded) = seen.get(&event).copied().unzip();
                let status = if !owed.is_empty() {
                    "pending"
                } else if webhooks.given_up(event) {
                    "failed"
                } else if succeeded == Some(true) {
                    "succeeded"
                } else {
                    "none"
                };
                EventDelivery {
                    object: "simulator.event_delivery",
                    event: id_of(ledger, event),
                    status,
                    pending: owed.len() as u32,
                    attempts: owed.iter().map(|(_, o)| o.attempts).max().unwrap_or(0),
                    next_attempt: owed.iter().map(|(_, o)| o.due).min(),
                    attempting: owed.iter().any(|(target, _)| webhooks.attempting(*target, event)),
                    last_attempt: last.map(|a| LastAttempt {
                        webhook_endpoint: target_name(cx, a.target),
                        created: a.at,
                        status: a.status,
                        error: a.error.clone(),
                        manual: a.manual,
                    }),
                }
            })
            .collect();
        Ok(Reply::ok(json(&DeliveryList { object: "list", data })))
    }))
}
