//! A small world for scenario tests, and the `check…` helpers they read through.

use debitsim::ledger::*;

/// 2026-11-22 10:00:00 UTC: mid-day, so two days later is before the third midnight.
pub const T0: Timestamp = 1_795_341_600;

/// The accounts of the test world.
pub struct World {
    pub ledger: Ledger,
    pub platform_id: String,
    /// Express, US, usd bank account, debit_negative_balances: platform-managed, debitable
    /// below zero.
    pub express: AccountId,
    /// Custom, US, no bank account: platform-managed, never below zero by a debit.
    pub custom: AccountId,
    /// Standard, US, usd bank account: Stripe-managed risk.
    pub standard: AccountId,
    /// Express, GB, gbp: another region than the platform.
    pub gb: AccountId,
    /// Custom, JP, jpy, bank account: another region; no auto debit there.
    pub jp: AccountId,
}

impl World {
    pub fn id(&self, account: AccountId) -> String {
        self.ledger.account(account).id.to_string()
    }

    /// Sends `amount` usd from the platform to `account`.
    pub fn fund(&mut self, account: AccountId, amount: i64) {
        let id = self.id(account);
        self.ledger
            .create_transfer(AccountId::PLATFORM, transfer_to(&id, amount, "usd"))
            .unwrap();
    }
}

pub fn platform_params(reserves: bool) -> AccountParams {
    AccountParams {
        id: Some("acct_1TestPlatform0001".into()),
        country: Some("US".into()),
        connect_reserves_enabled: Some(reserves),
        external_accounts: vec![BankAccountParams::Token("btok_us".into())],
        schedule: ScheduleParams {
            interval: Some("manual".into()),
            ..ScheduleParams::default()
        },
        ..AccountParams::default()
    }
}

pub fn account_params(kind: &str, country: &str, bank: Option<&str>) -> AccountParams {
    AccountParams {
        account_type: Some(kind.into()),
        country: Some(country.into()),
        external_accounts: bank.map(|b| BankAccountParams::Token(b.into())).into_iter().collect(),
        schedule: ScheduleParams {
            interval: Some("manual".into()),
            ..ScheduleParams::default()
        },
        ..AccountParams::default()
    }
}

/// A world with reserves enabled (or not), the platform holding `PLATFORM_START` usd.
pub fn world_with(reserves: bool) -> World {
    let mut ledger = Ledger::new(42, T0, platform_params(reserves)).unwrap();
    let mut add = |params: AccountParams| ledger.create_account(params).unwrap().value;
    let express = add(AccountParams {
        debit_negative_balances: Some(true),
        ..account_params("express", "US", Some("btok_us"))
    });
    let custom = add(account_params("custom", "US", None));
    let standard = add(account_params("standard", "US", Some("btok_us")));
    let gb = add(account_params("express", "GB", Some("btok_gb")));
    let jp = add(account_params("custom", "JP", Some("btok_jp")));
    ledger
        .create_charge(AccountId::PLATFORM, card("tok_bypassPending", 1_030_000, "usd"))
        .unwrap();
    let platform_id = ledger.platform().id.to_string();
    World {
        ledger,
        platform_id,
        express,
        custom,
        standard,
        gb,
        jp,
    }
}

pub fn world() -> World {
    world_with(true)
}

/// What the platform holds after `world()`: 1,030,000 less 2.9 % + 30.
pub const PLATFORM_START: i64 = 1_030_000 - 29_900;

pub fn card(token: &str, amount: i64, currency: &str) -> ChargeParams {
    ChargeParams {
        amount: Input::Given(amount),
        currency: Some(currency.into()),
        source: Some(token.into()),
        ..ChargeParams::default()
    }
}

/// Flow A: the platform charges the connected account.
pub fn debit_by_charge(account: &str, amount: i64, currency: &str) -> ChargeParams {
    card(account, amount, currency)
}

/// Flow B: the connected account transfers to `destination` (its platform).
pub fn debit_by_transfer(destination: &str, amount: i64, currency: &str) -> TransferParams {
    TransferParams {
        amount: Input::Given(amount),
        currency: Some(currency.into()),
        destination: Some(destination.into()),
        ..TransferParams::default()
    }
}

pub fn transfer_to(destination: &str, amount: i64, currency: &str) -> TransferParams {
    debit_by_transfer(destination, amount, currency)
}

pub fn reference(kind: &str, id: &str) -> ReferenceParams {
    ReferenceParams {
        kind: Some(kind.into()),
        charge: (kind == "charge").then(|| id.to_owned()),
        payout: (kind == "payout").then(|| id.to_owned()),
    }
}

/// (available, pending) of `account` in `currency`.
pub fn balance(ledger: &Ledger, account: AccountId, currency: &str) -> (i64, i64) {
    let currency = Currency::parse(currency).unwrap();
    ledger
        .books(account)
        .balance(currency)
        .map_or((0, 0), |b| (b.available.minor_units(), b.pending.minor_units()))
}

#[track_caller]
pub fn check(ledger: &Ledger, account: AccountId, currency: &str, available: i64, pending: i64) {
    assert_eq!(
        balance(ledger, account, currency),
        (available, pending),
        "(available, pending) of {} in {currency}",
        ledger.account(account).id
    );
    ledger.audit().unwrap();
}

#[track_caller]
pub fn check_reserved(ledger: &Ledger, currency: &str, amount: i64) {
    let currency = Currency::parse(currency).unwrap();
    let reserved = ledger
        .books(AccountId::PLATFORM)
        .balance(currency)
        .map_or(0, |b| b.connect_reserved.minor_units());
    assert_eq!(reserved, amount, "platform connect_reserved in {currency}");
    ledger.audit().unwrap();
}

/// The balance transactions of `account`, oldest first, as (type, amount, fee, status).
pub fn txns(ledger: &Ledger, account: AccountId) -> Vec<(TxnType, i64, i64, TxnStatus)> {
    ledger
        .books(account)
        .indexes
        .balance_transactions
        .iter()
        .map(|id| {
            let t = ledger.balance_transaction(*id);
            (t.kind, t.amount.minor_units(), t.fee.minor_units(), t.status)
        })
        .collect()
}

/// The types of the events `ids` name.
pub fn event_types(ledger: &Ledger, ids: &[EventId]) -> Vec<&'static str> {
    ids.iter().map(|id| ledger.event(*id).kind.as_str()).collect()
}

/// Runs `op` expecting a rejection, and checks it changed nothing at all.
#[track_caller]
pub fn refused<T: std::fmt::Debug>(
    ledger: &mut Ledger,
    op: impl FnOnce(&mut Ledger) -> Result<T, Rejection>,
) -> Rejection {
    let before = ledger.clone();
    let rejection = op(ledger).expect_err("the operation should be refused");
    assert!(
        *ledger == before,
        "a refused operation changed the ledger ({rejection:?})"
    );
    rejection
}

/// One row of a table: its number, what the refusal must be, and its parameter.
pub struct Row {
    pub row: u8,
    pub is: fn(&Rejection) -> bool,
    pub param: Option<&'static str>,
}

/// Runs `attempt(n - 1)` (a request with rows 1..n fixed and the rest broken) for each row
/// `n`, expecting row `n`'s refusal and no change.
#[track_caller]
pub fn table<T: std::fmt::Debug>(
    name: &str,
    ledger: &mut Ledger,
    rows: &[Row],
    mut attempt: impl FnMut(&mut Ledger, u8) -> Result<T, Rejection>,
) {
    for row in rows {
        let before = ledger.clone();
        let result = attempt(ledger, row.row - 1);
        let rejection = match result {
            Ok(value) => panic!("{name} row {}: accepted ({value:?})", row.row),
            Err(rejection) => rejection,
        };
        assert!((row.is)(&rejection), "{name} row {}: {rejection:?}", row.row);
        assert_eq!(
            debitsim::server::refusals::refusal(&rejection).param.as_deref(),
            row.param,
            "{name} row {}: {rejection:?}",
            row.row
        );
        assert!(
            *ledger == before,
            "{name} row {}: the refusal changed the ledger",
            row.row
        );
    }
}

/// Metadata with one key more than Stripe allows.
pub fn too_much_metadata() -> Option<MetadataUpdate> {
    Some(MetadataUpdate::Set(
        (0..=METADATA_MAX_KEYS)
            .map(|i| (format!("k{i}"), Some("v".to_owned())))
            .collect(),
    ))
}
