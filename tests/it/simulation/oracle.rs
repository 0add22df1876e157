//! The simulation's oracle: a small model of each world's money and objects, written from
//! `docs/behaviour.md` and apart from the ledger — it calls none of debitsim's code to work
//! out what to expect. It learns the fixtures' accounts from the fixture file, follows the
//! requests the simulation sends and the answers they get (an answer says whether a call
//! was accepted and names what it made; the money it moved the model works out itself), and
//! says, from its own reading of the rules, whether a debit, a payout, a refund or a capture
//! should have been accepted at all.
//!
//! What it knows of a world is compared with what the server shows through the API: every
//! account's balances (`available` and `pending` in each currency, and the platform's
//! `connect_reserved`), and the objects the workload makes (card charges, PaymentIntents,
//! disputes, transfers, application fees, payouts and accounts) with their statuses and
//! amounts.

use std::collections::BTreeMap;

use serde_json::Value;

const DAY: i64 = 86_400;

/// Stripe's dispute fee (§14): the same 1,500 minor units in every currency.
const DISPUTE_FEE: i128 = 1_500;

/// The smallest charge in usd (50 cents), below which a capture is refused.
const MIN_CHARGE: i128 = 50;

/// What the model knows of an account, from the fixtures (or its creation).
#[derive(Clone, Debug)]
struct Facts {
    /// Its losses are the platform's (`controller.losses.payments = application`, Express and
    /// Custom); otherwise Stripe's.
    platform_managed: bool,
    country: String,
    default_currency: String,
    /// The currencies it has a bank account in.
    banks: Vec<String>,
    /// `settings.payouts.debit_negative_balances` (true unless set, or Custom: false).
    debit_negative: bool,
    /// `controller.fees.payer = application`: the platform pays its dispute fees.
    platform_pays_fees: bool,
}

/// The countries of the European Economic Area (§2, §6).
const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

impl Facts {
    /// §6: whether Stripe debits this account's bank for a negative balance.
    fn auto_debits(&self) -> bool {
        let country = self.country.as_str();
        matches!(country, "US" | "CA" | "AU" | "NZ" | "GB") || EEA.contains(&country)
    }

    /// §2: the region debits stay within.
    fn region(&self) -> Option<&str> {
        match self.country.as_str() {
            c @ ("AU" | "CA" | "HK" | "JP" | "NZ" | "US") => Some(c),
            "GB" | "CH" => Some("Europe"),
            c if EEA.contains(&c) => Some("Europe"),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Buckets {
    available: i128,
    pending: i128,
}

/// A test card, as its token's name says (§3, §10, §14).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Card {
    Plain { bypass: bool },
    Declined,
    Dispute { inquiry: bool },
}

fn card(token: &str) -> Card {
    let name = token.trim_start_matches("tok_").trim_start_matches("pm_card_");
    match name {
        "chargeDeclined" => Card::Declined,
        "createDispute" => Card::Dispute { inquiry: false },
        "createDisputeInquiry" => Card::Dispute { inquiry: true },
        "bypassPending" => Card::Plain { bypass: true },
        _ => Card::Plain { bypass: false },
    }
}

/// §3: 2.9 % (half up) plus 30, in integers.
fn card_fee(amount: i128) -> i128 {
    (amount * 29 + 500) / 1000 + 30
}

/// `part / whole` of `amount`, half up (§10's proportional reversals).
fn proportion(amount: i128, part: i128, whole: i128) -> i128 {
    (2 * amount * part + whole) / (2 * whole)
}

/// Units per US dollar, in millionths: the oracle's own copy of debitsim's table of rates
/// (docs/behaviour.md §22).
fn per_usd(currency: &str) -> i128 {
    match currency {
        "aud" => 1_500_000,
        "brl" => 5_000_000,
        "cad" => 1_350_000,
        "chf" => 900_000,
        "czk" => 23_000_000,
        "dkk" => 6_900_000,
        "eur" => 920_000,
        "gbp" => 800_000,
        "hkd" => 7_800_000,
        "huf" => 360_000_000,
        "inr" => 83_000_000,
        "jpy" => 150_000_000,
        "mxn" => 17_000_000,
        "nok" => 10_500_000,
        "nzd" => 1_650_000,
        "pln" => 4_000_000,
        "ron" => 4_600_000,
        "sek" => 10_500_000,
        "sgd" => 1_350_000,
        "usd" => 1_000_000,
        other => panic!("the oracle has no rate for {other}"),
    }
}

/// `n / d` for a positive `d`, to the nearest integer, a half away from zero.
fn round_div(n: i128, d: i128) -> i128 {
    let q = (2 * n.abs() + d) / (2 * d);
    if n < 0 { -q } else { q }
}

/// `amount` of `from` (minor units) in `to`, at the table's rate rounded to six places,
/// to the nearest minor unit (§22).
fn convert(amount: i128, from: &str, to: &str) -> i128 {
    let rate = round_div(per_usd(to) * 1_000_000, per_usd(from));
    let minor = |c: &str| {
        if matches!(c, "jpy" | "krw" | "vnd" | "clp") {
            1
        } else {
            100
        }
    };
    round_div(amount * rate * minor(to), 1_000_000 * minor(from))
}

/// The end of the seventh day after `t`: evidence is due then (§14).
fn due_by(t: i64) -> i64 {
    t.div_euclid(DAY) * DAY + 8 * DAY - 1
}

#[derive(Clone, Debug)]
struct Charge {
    account: String,
    currency: String,
    amount: i128,
    captured: i128,
    refunded: i128,
    failed: bool,
    /// A destination charge's transfer.
    transfer: Option<String>,
    /// A chargeback that is open or lost stops refunds.
    dispute: Option<usize>,
}

#[derive(Clone, Debug)]
struct Transfer {
    from: String,
    to: String,
    currency: String,
    amount: i128,
    reversed: i128,
    /// The currency it was converted into on arrival, when its destination settles in
    /// another (§22).
    settled: Option<String>,
}

#[derive(Clone, Debug)]
struct Intent {
    /// The account it belongs to (a direct PaymentIntent's connected account, or the
    /// platform).
    owner: String,
    status: &'static str,
    amount: i128,
    fee: Option<i128>,
    destination: Option<String>,
    card: Card,
    charge: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Win,
    Lose,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stage {
    Waiting,
    /// Evidence submitted at `at`; the clock applies the outcome (if any) once it moves past.
    Review {
        outcome: Option<Outcome>,
        at: i64,
    },
    Closed {
        won: bool,
    },
}

#[derive(Clone, Debug)]
struct Dispute {
    /// Where the money is withdrawn from, and who pays the fee.
    bearer: String,
    fee_payer: String,
    currency: String,
    amount: i128,
    inquiry: bool,
    stage: Stage,
    due: i64,
    charge: String,
}

impl Dispute {
    fn status(&self) -> &'static str {
        match (self.inquiry, self.stage) {
            (false, Stage::Waiting) => "needs_response",
            (false, Stage::Review { .. }) => "under_review",
            (false, Stage::Closed { won: true }) => "won",
            (false, Stage::Closed { won: false }) => "lost",
            (true, Stage::Waiting) => "warning_needs_response",
            (true, Stage::Review { .. }) => "warning_under_review",
            (true, Stage::Closed { .. }) => "warning_closed",
        }
    }

    /// An open or lost chargeback stops a refund of its charge (§10).
    fn stops_refunds(&self) -> bool {
        !self.inquiry && !matches!(self.stage, Stage::Closed { won: true })
    }
}

/// A request as the simulation sent it.
pub struct Sent<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub body: &'a str,
    pub account: Option<&'a str>,
}

impl Sent<'_> {
    fn param(&self, name: &str) -> Option<&str> {
        self.body
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }

    fn amount(&self, name: &str) -> Option<i128> {
        self.param(name).and_then(|v| v.parse().ok())
    }
}

/// One world as the model sees it.
pub struct World {
    platform: String,
    /// Every account's facts, the platform's included.
    facts: BTreeMap<String, Facts>,
    /// Every account in the order it was created, the platform first.
    created: Vec<String>,
    /// The fixtures' connected accounts, in order (the ones the workload acts on).
    pub fixture_accounts: Vec<String>,
    /// The world's simulated time, and what `/_sim/clock/advance` has added to the wall clock.
    now: i64,
    offset: i64,
    /// Test clocks, by id: the frozen time each was created at or last advanced to.
    test_clocks: BTreeMap<String, i64>,
    /// Each account's buckets; the platform's `available` here leaves reserves out (the
    /// server's is this less `connect_reserved`).
    balances: BTreeMap<(String, String), Buckets>,
    /// Funds that become available later: (when, account, currency, amount).
    maturing: Vec<(i64, String, String, i128)>,
    /// A Stripe-managed account's negative balance its debits made, still owed (§6).
    shortfall: BTreeMap<(String, String), i128>,
    charges: BTreeMap<String, Charge>,
    /// Card charges on each account, the fixtures' included (they have no id here).
    card_charges: BTreeMap<String, usize>,
    transfers: BTreeMap<String, Transfer>,
    /// Transfers each account sent, the fixtures' included.
    transfers_sent: BTreeMap<String, usize>,
    intents: BTreeMap<String, Intent>,
    disputes: Vec<Dispute>,
    /// Dispute ids the simulation learned, with the model's dispute.
    dispute_ids: BTreeMap<String, usize>,
    /// Application fees: (amount, refunded), in the order taken.
    fees: Vec<(i128, i128)>,
    payouts: BTreeMap<String, usize>,
    connected: usize,
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

/// The currency of a bank token (`btok_us`).
fn bank_currency(token: &str) -> String {
    match token.trim_start_matches("btok_") {
        "us" => "usd",
        "gb" => "gbp",
        "jp" => "jpy",
        "ca" => "cad",
        "au" => "aud",
        other => panic!("the model does not know bank token btok_{other}"),
    }
    .to_owned()
}

impl World {
    /// A world as `fixtures` (the fixture file's JSON) make it, created at `now`.
    pub fn new(fixtures: &Value, now: i64) -> World {
        let platform = &fixtures["platform"];
        let platform_id = text(&platform["id"]);
        let mut world = World {
            platform: platform_id.clone(),
            facts: BTreeMap::new(),
            created: vec![platform_id.clone()],
            fixture_accounts: Vec::new(),
            now,
            offset: 0,
            test_clocks: BTreeMap::new(),
            balances: BTreeMap::new(),
            maturing: Vec::new(),
            shortfall: BTreeMap::new(),
            charges: BTreeMap::new(),
            card_charges: BTreeMap::new(),
            transfers: BTreeMap::new(),
            transfers_sent: BTreeMap::new(),
            intents: BTreeMap::new(),
            disputes: Vec::new(),
            dispute_ids: BTreeMap::new(),
            fees: Vec::new(),
            payouts: BTreeMap::new(),
            connected: 0,
        };
        assert_eq!(
            platform["connect_reserves_enabled"], true,
            "the model assumes Connect reserves"
        );
        let banks = |account: &Value| -> Vec<String> {
            account["external_accounts"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|bank| match bank {
                    Value::String(token) => bank_currency(token),
                    bank => text(&bank["currency"]),
                })
                .collect()
        };
        world.facts.insert(
            platform_id,
            Facts {
                platform_managed: false,
                country: text(&platform["country"]),
                default_currency: text(&platform["default_currency"]),
                banks: banks(platform),
                debit_negative: platform["settings"]["payouts"]["debit_negative_balances"]
                    .as_bool()
                    .unwrap_or(true),
                platform_pays_fees: false,
            },
        );
        for account in fixtures["accounts"].as_array().unwrap() {
            let kind = account["type"].as_str().unwrap();
            let id = text(&account["id"]);
            world.facts.insert(
                id.clone(),
                Facts {
                    platform_managed: kind != "standard",
                    country: text(&account["country"]),
                    default_currency: text(&account["default_currency"]),
                    banks: banks(account),
                    debit_negative: account["settings"]["payouts"]["debit_negative_balances"]
                        .as_bool()
                        .unwrap_or(kind != "custom"),
                    // Express pays as `application_express`, Custom as `application_custom`.
                    platform_pays_fees: false,
                },
            );
            world.fixture_accounts.push(id.clone());
            world.created.push(id);
            world.connected += 1;
        }
        // The fixtures' setup, as the model understands each operation.
        for step in fixtures["setup"].as_array().unwrap() {
            if let Some(c) = step.get("charge") {
                let account = c["account"].as_str().map_or(world.platform.clone(), str::to_owned);
                let amount = c["amount"].as_i64().unwrap() as i128;
                let currency = text(&c["currency"]);
                let bypass = card(c["source"].as_str().unwrap()) == (Card::Plain { bypass: true });
                let until = world.card_until(bypass);
                world.credit(&account, &currency, amount - card_fee(amount), until);
                *world.card_charges.entry(account.clone()).or_default() += 1;
                if let Some(to) = c["transfer_destination"].as_str() {
                    world.credit(&account, &currency, -amount, until);
                    world.arrive(to, &currency, amount, 0, until);
                    *world.transfers_sent.entry(account).or_default() += 1;
                }
            } else if let Some(t) = step.get("transfer") {
                let amount = t["amount"].as_i64().unwrap() as i128;
                let (from, to) = (world.platform.clone(), text(&t["destination"]));
                let currency = text(&t["currency"]);
                world.add(&from, &currency, -amount, 0);
                world.arrive(&to, &currency, amount, 0, None);
                *world.transfers_sent.entry(from).or_default() += 1;
            } else if let Some(p) = step.get("payout") {
                let account = text(&p["account"]);
                world.add(
                    &account,
                    &text(&p["currency"]),
                    -(p["amount"].as_i64().unwrap() as i128),
                    0,
                );
                *world.payouts.entry(account).or_default() += 1;
            } else {
                panic!("the model does not know the fixtures' setup step {step}");
            }
        }
        world
    }

    fn facts(&self, account: &str) -> &Facts {
        self.facts
            .get(account)
            .unwrap_or_else(|| panic!("the model does not know {account}"))
    }

    fn add(&mut self, account: &str, currency: &str, available: i128, pending: i128) {
        let b = self
            .balances
            .entry((account.to_owned(), currency.to_owned()))
            .or_default();
        b.available += available;
        b.pending += pending;
        // Money coming back repays what Stripe carries first (§6): whatever raised the
        // balance, the shortfall the account's debits made is at most what it is now short.
        let negative = (-b.available).max(0);
        if let Some(owed) = self.shortfall.get_mut(&(account.to_owned(), currency.to_owned())) {
            *owed = (*owed).min(negative);
        }
    }

    fn available(&self, account: &str, currency: &str) -> i128 {
        self.balances
            .get(&(account.to_owned(), currency.to_owned()))
            .map_or(0, |b| b.available)
    }

    /// Money moving from `from`'s available to `to`'s.
    fn shift(&mut self, from: &str, to: &str, currency: &str, amount: i128) {
        self.add(from, currency, -amount, 0);
        self.add(to, currency, amount, 0);
    }

    /// The currency funds in `currency` sent to `to` are converted into, if they are: its
    /// default currency, unless it is that or one it has a bank account in (§22).
    fn settles_in(&self, to: &str, currency: &str) -> Option<String> {
        let facts = self.facts(to);
        (currency != facts.default_currency && !facts.banks.iter().any(|b| b == currency))
            .then(|| facts.default_currency.clone())
    }

    /// `amount` (less `fee`, which the platform takes) of `currency` arriving at `to` by a
    /// transfer, converted into the currency it settles in; pending until `until` when given.
    /// The currency it was converted into, if it was.
    fn arrive(&mut self, to: &str, currency: &str, amount: i128, fee: i128, until: Option<i64>) -> Option<String> {
        let settled = self.settles_in(to, currency);
        match &settled {
            None => self.credit(to, currency, amount - fee, until),
            Some(into) => {
                let received = convert(amount, currency, into) - convert(fee, currency, into);
                self.credit(to, into, received, until);
            }
        }
        settled
    }

    /// A reversal of `amount` of transfer `t`: the sender gets it back; the destination gives
    /// up its share of what arrived, converted step by step (§22).
    fn take_back(&mut self, t: &Transfer, amount: i128) {
        self.add(&t.from, &t.currency, amount, 0);
        match &t.settled {
            None => self.add(&t.to, &t.currency, -amount, 0),
            Some(into) => {
                let step = convert(t.reversed + amount, &t.currency, into) - convert(t.reversed, &t.currency, into);
                self.add(&t.to, into, -step, 0);
            }
        }
    }

    /// When a card charge made now becomes available: at once with `tok_bypassPending`,
    /// otherwise at the midnight two days after today (§3).
    fn card_until(&self, bypass: bool) -> Option<i64> {
        (!bypass).then(|| (self.now.div_euclid(DAY) + 2) * DAY)
    }

    /// `amount` credited to `account`, available now or pending until `until`.
    fn credit(&mut self, account: &str, currency: &str, amount: i128, until: Option<i64>) {
        match until {
            None => self.add(account, currency, amount, 0),
            Some(at) => {
                self.add(account, currency, 0, amount);
                self.maturing
                    .push((at, account.to_owned(), currency.to_owned(), amount));
            }
        }
    }

    /// What the platform is liable for on `account` in `currency` (§6).
    fn liability(&self, account: &str, currency: &str) -> i128 {
        let negative = (-self.available(account, currency)).max(0);
        if account == self.platform {
            0
        } else if self.facts(account).platform_managed {
            negative
        } else {
            self.shortfall
                .get(&(account.to_owned(), currency.to_owned()))
                .copied()
                .unwrap_or(0)
                .min(negative)
        }
    }

    fn reserved(&self, currency: &str) -> i128 {
        self.balances
            .keys()
            .filter(|(a, c)| c == currency && *a != self.platform)
            .map(|(a, c)| self.liability(a, c))
            .sum()
    }

    /// The available balance the server shows: the platform's is less what it reserves.
    fn shown_available(&self, account: &str, currency: &str) -> i128 {
        let own = self.available(account, currency);
        if account == self.platform {
            own - self.reserved(currency)
        } else {
            own
        }
    }

    /// §6: whether a debit may take `account` below zero in `currency`.
    fn may_go_negative(&self, account: &str, currency: &str) -> bool {
        let facts = self.facts(account);
        !facts.platform_managed || facts.banks.iter().any(|b| b == currency)
    }

    /// A debit of `amount` (either flow): from the account to the platform, no fee, at once.
    fn debit(&mut self, account: &str, currency: &str, amount: i128) {
        let before = self.available(account, currency);
        let platform = self.platform.clone();
        self.shift(account, &platform, currency, amount);
        if !self.facts(account).platform_managed {
            let made = (amount - before).max(0) - (-before).max(0);
            *self
                .shortfall
                .entry((account.to_owned(), currency.to_owned()))
                .or_default() += made;
        }
    }

    /// Whether §7 accepts a debit of `account`; `None` when it does, else the rule broken.
    fn debit_refusal(
        &self,
        account: &str,
        currency: &str,
        amount: i128,
        flow_a: bool,
        referenced: bool,
    ) -> Option<&'static str> {
        let facts = self.facts(account);
        let platform = self.facts(&self.platform);
        if flow_a && !facts.platform_managed {
            return Some("flow A on a Stripe-managed account (row 9)");
        }
        if !facts.platform_managed && !referenced {
            return Some("no reference_transaction (row 10)");
        }
        if facts.region().is_none() || facts.region() != platform.region() {
            return Some("another region (row 13)");
        }
        if currency != facts.default_currency {
            return Some("not the account's currency (row 14)");
        }
        if self.available(account, currency) < amount && !self.may_go_negative(account, currency) {
            return Some("the balance does not cover it (row 15)");
        }
        None
    }

    /// Moves the world's clock to `to`, as §3, §6 and §14 say time acts: funds mature, and at
    /// each midnight the payout run debits banks for negative balances; disputes' outcomes
    /// and deadlines fall where they are due.
    fn advance(&mut self, to: i64) {
        if to <= self.now {
            return;
        }
        let mut midnight = (self.now.div_euclid(DAY) + 1) * DAY;
        loop {
            let until = midnight.min(to);
            self.step_disputes(until);
            self.mature(until);
            if midnight > to {
                break;
            }
            self.payout_run();
            midnight += DAY;
        }
        self.now = to;
    }

    fn mature(&mut self, until: i64) {
        let (due, later): (Vec<_>, Vec<_>) = std::mem::take(&mut self.maturing)
            .into_iter()
            .partition(|(at, ..)| *at <= until);
        self.maturing = later;
        for (_, account, currency, amount) in due {
            self.add(&account, &currency, amount, -amount);
        }
    }

    /// §6's daily payout run. Accounts are taken in the order they were created, the
    /// platform first (the order matters when the platform's own balance is negative only
    /// because of a reserve that a connected account's bank debit later in the run releases).
    fn payout_run(&mut self) {
        let balances: Vec<(String, String)> = self
            .created
            .iter()
            .flat_map(|account| self.balances.keys().filter(move |(a, _)| a == account).cloned())
            .collect();
        for (account, currency) in balances {
            let facts = self.facts(&account).clone();
            if !facts.banks.contains(&currency) {
                continue;
            }
            // Every fixture account pays out manually, and the accounts the workload creates
            // hold nothing: only bank debits of negative balances happen.
            let available = self.shown_available(&account, &currency);
            if available < 0 && facts.debit_negative && facts.auto_debits() {
                self.add(&account, &currency, -available, 0);
                *self.payouts.entry(account).or_default() += 1;
            }
        }
    }

    fn step_disputes(&mut self, until: i64) {
        loop {
            let due = self
                .disputes
                .iter()
                .enumerate()
                .filter_map(|(i, d)| match d.stage {
                    Stage::Waiting => Some((d.due, i)),
                    Stage::Review { outcome: Some(_), at } => Some((at, i)),
                    _ => None,
                })
                .filter(|(at, _)| *at <= until)
                .min();
            let Some((_, i)) = due else { return };
            let d = self.disputes[i].clone();
            let won = matches!(
                d.stage,
                Stage::Review {
                    outcome: Some(Outcome::Win),
                    ..
                }
            );
            if won && !d.inquiry {
                self.withdraw(&d, 1);
            }
            self.disputes[i].stage = Stage::Closed { won };
        }
    }

    /// A chargeback's withdrawal (`sign` −1) or reinstatement (+1), from (to) available.
    fn withdraw(&mut self, d: &Dispute, sign: i128) {
        self.add(&d.bearer, &d.currency, sign * d.amount, 0);
        self.add(&d.fee_payer, &d.currency, sign * DISPUTE_FEE, 0);
    }

    /// Takes the world to the time a call arriving when the wall clock reads `wall` runs at.
    pub fn at(&mut self, wall: i64) {
        self.advance(wall + self.offset);
    }

    /// Follows one call and its answer (a replayed or refused one changes nothing); an error
    /// when the answer is not what the rules allow.
    pub fn follow(&mut self, call: &Sent<'_>, status: u16, body: &Value) -> Result<(), String> {
        let acting = call.account.map_or(self.platform.clone(), str::to_owned);
        let ok = status == 200;
        let path = call.path.split('?').next().unwrap_or_default();
        let path: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        match (call.method, path.as_slice()) {
            ("POST", ["_sim", "clock", "advance"]) if ok => {
                let seconds =
                    call.amount("seconds").unwrap_or(0) as i64 + call.amount("days").unwrap_or(0) as i64 * DAY;
                self.offset += seconds;
                let to = self.now + seconds;
                self.advance(to);
            }
            ("POST", ["v1", "test_helpers", "test_clocks"]) if ok => {
                let frozen = call.amount("frozen_time").unwrap_or_default() as i64;
                let id = body["id"].as_str().unwrap_or_default().to_owned();
                self.test_clocks.insert(id, frozen);
            }
            // A clock moves only forward; the world's clock goes with it when the world is
            // behind it, and a world on the wall clock carries on from there (§21).
            ("POST", ["v1", "test_helpers", "test_clocks", clock, "advance"]) => {
                let target = call.amount("frozen_time").unwrap_or_default() as i64;
                let frozen = self.test_clocks.get(*clock).copied();
                let refusal = match frozen {
                    None => Some("no such test clock"),
                    Some(frozen) if target <= frozen => Some("a test clock never goes back"),
                    Some(frozen) if target > frozen + 2 * 365 * DAY => Some("at most two years at once"),
                    Some(_) => None,
                };
                expect(call, status, body, refusal)?;
                if ok {
                    self.test_clocks.insert((*clock).to_owned(), target);
                    if target > self.now {
                        self.offset += target - self.now;
                        self.advance(target);
                    } else {
                        // A clock behind the world moves the world to where it is: what is
                        // due now happens, as on any move of the clock (a dispute's outcome).
                        self.step_disputes(self.now);
                        self.mature(self.now);
                    }
                }
            }
            ("POST", ["v1", "charges"]) => {
                let source = call.param("source").unwrap_or_default();
                let amount = call.amount("amount").unwrap_or_default();
                let currency = call.param("currency").unwrap_or_default().to_owned();
                if source.starts_with("acct_") {
                    let refusal = self.debit_refusal(source, &currency, amount, true, false);
                    expect(call, status, body, refusal)?;
                    if ok {
                        self.debit(source, &currency, amount);
                        *self.transfers_sent.entry(source.to_owned()).or_default() += 1;
                    }
                } else {
                    self.card_charge(call, &acting, status, body, &currency, amount)?;
                }
            }
            ("POST", ["v1", "transfers"]) => {
                let amount = call.amount("amount").unwrap_or_default();
                let currency = call.param("currency").unwrap_or_default().to_owned();
                let to = call.param("destination").unwrap_or_default().to_owned();
                if to == self.platform && acting != self.platform {
                    let referenced = call.param("reference_transaction[type]").is_some();
                    let refusal = self.debit_refusal(&acting, &currency, amount, false, referenced);
                    expect(call, status, body, refusal)?;
                    if ok {
                        self.debit(&acting, &currency, amount);
                    }
                } else if ok {
                    let covered = self.shown_available(&acting, &currency) >= amount;
                    if !covered {
                        return Err(format!(
                            "a transfer of {amount} was accepted beyond the platform's balance"
                        ));
                    }
                    self.add(&acting, &currency, -amount, 0);
                } else if code(body) == "balance_insufficient" && self.shown_available(&acting, &currency) >= amount {
                    return Err(format!("a transfer of {amount} the platform covers was refused"));
                }
                if ok {
                    // A debit's transfer lands on the platform as it is; the platform's own
                    // transfer lands converted where its destination settles otherwise.
                    let settled = if to == self.platform {
                        None
                    } else {
                        self.arrive(&to, &currency, amount, 0, None)
                    };
                    *self.transfers_sent.entry(acting.clone()).or_default() += 1;
                    self.transfers.insert(
                        text(&body["id"]),
                        Transfer {
                            from: acting,
                            to,
                            currency,
                            amount,
                            reversed: 0,
                            settled,
                        },
                    );
                }
            }
            ("POST", ["v1", "transfers", id, "reversals"]) => {
                let Some(t) = self.transfers.get(*id).cloned() else {
                    return Ok(());
                };
                let left = t.amount - t.reversed;
                let amount = call.amount("amount").unwrap_or(left);
                if ok && (left == 0 || amount > left) {
                    return Err(format!(
                        "a reversal of {amount} was accepted with {left} left to reverse"
                    ));
                }
                if ok {
                    self.take_back(&t, amount);
                    self.transfers.get_mut(*id).unwrap().reversed += amount;
                }
            }
            ("POST", ["v1", "refunds"]) => self.refund(call, status, body)?,
            ("POST", ["v1", "payouts"]) => {
                let amount = call.amount("amount").unwrap_or_default();
                let currency = call.param("currency").unwrap_or_default().to_owned();
                let covered = self.shown_available(&acting, &currency) >= amount;
                expect(
                    call,
                    status,
                    body,
                    (!covered).then_some("the balance does not cover it"),
                )?;
                if ok {
                    self.add(&acting, &currency, -amount, 0);
                    *self.payouts.entry(acting).or_default() += 1;
                }
            }
            ("POST", ["v1", "accounts"]) if ok => {
                let id = text(&body["id"]);
                let kind = call.param("type").unwrap_or_default();
                self.created.push(id.clone());
                self.facts.insert(
                    id,
                    Facts {
                        platform_managed: kind != "standard",
                        country: call.param("country").unwrap_or_default().to_owned(),
                        default_currency: "usd".into(),
                        banks: vec![bank_currency(call.param("external_account").unwrap_or("btok_us"))],
                        debit_negative: kind != "custom",
                        platform_pays_fees: false,
                    },
                );
                self.connected += 1;
            }
            ("POST", ["v1", "payment_intents"]) => self.payment_intent(call, &acting, status, body)?,
            ("POST", ["v1", "payment_intents", id, "capture"]) => {
                let Some(intent) = self.intents.get(*id).cloned() else {
                    return Ok(());
                };
                let amount = call.amount("amount_to_capture").unwrap_or(intent.amount);
                let capturable = intent.status == "requires_capture" && (MIN_CHARGE..=intent.amount).contains(&amount);
                expect(
                    call,
                    status,
                    body,
                    (!capturable).then_some("not an authorisation, or not that much of one"),
                )?;
                if ok {
                    self.capture(id, amount);
                }
            }
            ("POST", ["v1", "disputes", id]) if ok => {
                let Some(&index) = self.dispute_ids.get(*id) else {
                    return Err(format!("evidence for {id}, a dispute the model does not know"));
                };
                let d = &mut self.disputes[index];
                if d.stage != Stage::Waiting {
                    return Err(format!("evidence accepted for {id}, which was not waiting for it"));
                }
                if call.param("submit") == Some("true") {
                    let outcome = match call.param("evidence[uncategorized_text]") {
                        Some("winning_evidence") => Some(Outcome::Win),
                        Some("losing_evidence") => Some(Outcome::Lose),
                        _ => None,
                    };
                    d.stage = Stage::Review { outcome, at: self.now };
                }
            }
            ("GET", ["v1", "disputes"]) if ok => {
                // Learn the disputes' ids: each belongs to the charge it names.
                for listed in body["data"].as_array().into_iter().flatten() {
                    let charge = text(&listed["charge"]);
                    match self.disputes.iter().position(|d| d.charge == charge) {
                        Some(index) => {
                            self.dispute_ids.insert(text(&listed["id"]), index);
                        }
                        None => return Err(format!("a dispute of {charge}, which the model has none of")),
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// `POST /v1/charges` with a card (§3, §10, §11).
    fn card_charge(
        &mut self,
        call: &Sent<'_>,
        acting: &str,
        status: u16,
        body: &Value,
        currency: &str,
        amount: i128,
    ) -> Result<(), String> {
        let card = card(call.param("source").unwrap_or_default());
        if status == 402 {
            if card != Card::Declined {
                return Err(format!("{card:?} was declined"));
            }
            // The failed charge is kept (§10).
            *self.card_charges.entry(acting.to_owned()).or_default() += 1;
            return Ok(());
        }
        if status != 200 {
            return Ok(());
        }
        if card == Card::Declined {
            return Err("a declining card was charged".into());
        }
        let until = self.card_until(card == Card::Plain { bypass: true });
        self.credit(acting, currency, amount - card_fee(amount), until);
        *self.card_charges.entry(acting.to_owned()).or_default() += 1;
        let mut transfer = None;
        if let Some(to) = call.param("transfer_data[destination]") {
            self.credit(acting, currency, -amount, until);
            let settled = self.arrive(to, currency, amount, 0, until);
            *self.transfers_sent.entry(acting.to_owned()).or_default() += 1;
            let id = text(&body["transfer"]);
            self.transfers.insert(
                id.clone(),
                Transfer {
                    from: acting.to_owned(),
                    to: to.to_owned(),
                    currency: currency.to_owned(),
                    amount,
                    reversed: 0,
                    settled,
                },
            );
            transfer = Some(id);
        }
        self.charges.insert(
            text(&body["id"]),
            Charge {
                account: acting.to_owned(),
                currency: currency.to_owned(),
                amount,
                captured: amount,
                refunded: 0,
                failed: false,
                transfer,
                dispute: None,
            },
        );
        Ok(())
    }

    /// `POST /v1/refunds` (§10): from available, and with `reverse_transfer` the
    /// destination's share back.
    fn refund(&mut self, call: &Sent<'_>, status: u16, body: &Value) -> Result<(), String> {
        let Some(c) = call.param("charge").and_then(|id| self.charges.get(id)).cloned() else {
            return Ok(());
        };
        let left = c.captured - c.refunded;
        let amount = call.amount("amount").unwrap_or(left);
        let reverse = call.param("reverse_transfer") == Some("true");
        let refusal = if c.failed {
            Some("the charge failed")
        } else if c.dispute.is_some_and(|d| self.disputes[d].stops_refunds()) {
            Some("the charge is disputed")
        } else if left == 0 {
            Some("nothing is left to refund")
        } else if amount > left {
            Some("more than is left")
        } else if reverse && c.transfer.is_none() {
            Some("reverse_transfer on a charge without a transfer")
        } else {
            None
        };
        expect(call, status, body, refusal)?;
        if status != 200 {
            return Ok(());
        }
        let id = call.param("charge").unwrap();
        self.charges.get_mut(id).unwrap().refunded += amount;
        self.add(&c.account, &c.currency, -amount, 0);
        if let (true, Some(transfer)) = (reverse, &c.transfer) {
            let t = self.transfers[transfer].clone();
            let share = proportion(t.amount, amount, c.captured).min(t.amount - t.reversed);
            self.take_back(&t, share);
            self.transfers.get_mut(transfer).unwrap().reversed += share;
        }
        Ok(())
    }

    /// `POST /v1/payment_intents` with `confirm=true` (§12).
    fn payment_intent(&mut self, call: &Sent<'_>, acting: &str, status: u16, body: &Value) -> Result<(), String> {
        let intent = if status == 402 {
            &body["error"]["payment_intent"]
        } else {
            body
        };
        if status != 200 && status != 402 {
            return Err(format!(
                "a PaymentIntent §12 accepts was refused: {status} {}",
                body["error"]
            ));
        }
        let card = card(call.param("payment_method").unwrap_or_default());
        let id = text(&intent["id"]);
        let manual = call.param("capture_method") == Some("manual");
        let expected = match (card, manual) {
            (Card::Declined, _) => "requires_payment_method",
            (_, true) => "requires_capture",
            (_, false) => "succeeded",
        };
        if (status == 402) != (card == Card::Declined) {
            return Err(format!("{card:?} answered {status}"));
        }
        let owner = acting.to_owned();
        let destination = call.param("transfer_data[destination]").map(str::to_owned);
        let charge = text(&intent["latest_charge"]);
        *self.card_charges.entry(owner.clone()).or_default() += 1;
        self.intents.insert(
            id.clone(),
            Intent {
                owner: owner.clone(),
                status: expected,
                amount: call.amount("amount").unwrap_or_default(),
                fee: call.amount("application_fee_amount").filter(|f| *f > 0),
                destination,
                card,
                charge: Some(charge.clone()),
            },
        );
        self.charges.insert(
            charge,
            Charge {
                account: owner,
                currency: call.param("currency").unwrap_or_default().to_owned(),
                amount: call.amount("amount").unwrap_or_default(),
                captured: 0,
                refunded: 0,
                failed: card == Card::Declined,
                transfer: None,
                dispute: None,
            },
        );
        if expected == "succeeded" {
            let amount = self.intents[&id].amount;
            self.capture(&id, amount);
        }
        Ok(())
    }

    /// Captures `amount` of PaymentIntent `id` (§10–§12, §14): the charge's net to its
    /// account, a destination's transfer less the application fee, the platform's fee, a
    /// dispute card's withdrawal.
    fn capture(&mut self, id: &str, amount: i128) {
        let intent = self.intents[id].clone();
        let charge = intent.charge.clone().unwrap();
        let (account, currency) = {
            let c = &self.charges[&charge];
            (c.account.clone(), c.currency.clone())
        };
        let until = self.card_until(intent.card == Card::Plain { bypass: true });
        let fee = intent.fee.map(|f| f.min(amount)).filter(|f| *f > 0);
        self.credit(&account, &currency, amount - card_fee(amount), until);
        let platform = self.platform.clone();
        match &intent.destination {
            Some(to) => {
                self.credit(&account, &currency, -amount, until);
                self.arrive(to, &currency, amount, fee.unwrap_or(0), until);
                *self.transfers_sent.entry(account.clone()).or_default() += 1;
            }
            None => {
                if let Some(f) = fee {
                    self.credit(&account, &currency, -f, until);
                }
            }
        }
        if let Some(f) = fee {
            self.credit(&platform, &currency, f, until);
            self.fees.push((f, 0));
        }
        {
            let c = self.charges.get_mut(&charge).unwrap();
            c.captured = amount;
            c.refunded = c.amount - amount;
        }
        self.intents.get_mut(id).unwrap().status = "succeeded";
        if let Card::Dispute { inquiry } = intent.card {
            // §14: a destination charge's dispute is the platform's; a direct one the
            // account's, whose fee the platform pays only when it pays the account's fees.
            let direct = account != platform && intent.destination.is_none();
            let fee_payer = if direct && !self.facts(&account).platform_pays_fees {
                account.clone()
            } else {
                platform.clone()
            };
            let dispute = Dispute {
                bearer: if direct { account } else { platform },
                fee_payer,
                currency,
                amount,
                inquiry,
                stage: Stage::Waiting,
                due: due_by(self.now),
                charge: charge.clone(),
            };
            if !inquiry {
                self.withdraw(&dispute, -1);
            }
            self.charges.get_mut(&charge).unwrap().dispute = Some(self.disputes.len());
            self.disputes.push(dispute);
        }
    }

    /// Every (account, currency) the model has a balance for, and the three figures the
    /// server should show: available, pending, and (the platform's) connect_reserved.
    pub fn expected_balances(&self) -> BTreeMap<String, BTreeMap<String, (i128, i128, i128)>> {
        let mut out: BTreeMap<String, BTreeMap<String, (i128, i128, i128)>> = BTreeMap::new();
        for ((account, currency), b) in &self.balances {
            let reserved = if *account == self.platform {
                self.reserved(currency)
            } else {
                0
            };
            out.entry(account.clone()).or_default().insert(
                currency.clone(),
                (self.shown_available(account, currency), b.pending, reserved),
            );
        }
        out
    }

    /// The accounts whose balances the workload can change: the platform and the fixtures'.
    pub fn watched_accounts(&self) -> Vec<String> {
        let mut accounts = vec![self.platform.clone()];
        accounts.extend(self.fixture_accounts.iter().cloned());
        accounts
    }

    pub fn platform(&self) -> &str {
        &self.platform
    }

    /// What the census should find: per account, its card charges, transfers sent and
    /// payouts; the platform's application fees; each known PaymentIntent's and dispute's
    /// status; each known transfer's amount reversed; each known card charge's amount
    /// refunded; and how many connected accounts there are.
    pub fn census(&self) -> Census {
        let mut census = Census {
            connected: self.connected,
            ..Census::default()
        };
        for account in self.watched_accounts() {
            census
                .card_charges
                .insert(account.clone(), self.card_charges.get(&account).copied().unwrap_or(0));
            census
                .transfers_sent
                .insert(account.clone(), self.transfers_sent.get(&account).copied().unwrap_or(0));
            census
                .payouts
                .insert(account.clone(), self.payouts.get(&account).copied().unwrap_or(0));
        }
        census.fees = self.fees.clone();
        for (id, intent) in &self.intents {
            census
                .intents
                .insert(id.clone(), (intent.owner.clone(), intent.status.to_owned()));
        }
        for (index, d) in self.disputes.iter().enumerate() {
            census
                .disputes
                .insert(d.charge.clone(), (d.bearer.clone(), d.status().to_owned(), index));
        }
        for (id, t) in &self.transfers {
            census.reversed.insert(id.clone(), (t.from.clone(), t.reversed));
        }
        for (id, c) in &self.charges {
            census
                .refunded
                .insert(id.clone(), (c.account.clone(), c.captured, c.refunded, c.failed));
        }
        census
    }
}

/// What a world should hold, object by object (see [`World::census`]).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Census {
    pub card_charges: BTreeMap<String, usize>,
    pub transfers_sent: BTreeMap<String, usize>,
    pub payouts: BTreeMap<String, usize>,
    /// (amount, amount_refunded) of each application fee, oldest first.
    pub fees: Vec<(i128, i128)>,
    /// PaymentIntent id: (owner, status).
    pub intents: BTreeMap<String, (String, String)>,
    /// Disputed charge: (the account whose dispute it is, status, the model's index).
    pub disputes: BTreeMap<String, (String, String, usize)>,
    /// Transfer id: (its sender, amount reversed).
    pub reversed: BTreeMap<String, (String, i128)>,
    /// Card charge id: (its account, amount captured, amount refunded, failed).
    pub refunded: BTreeMap<String, (String, i128, i128, bool)>,
    pub connected: usize,
}

/// The error code of an answer, if it is an error.
fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_default()
}

/// Whether the answer agrees with the model's verdict (`refusal`: why it should be refused).
fn expect(call: &Sent<'_>, status: u16, body: &Value, refusal: Option<&str>) -> Result<(), String> {
    match (status, refusal) {
        (200, None) => Ok(()),
        (200, Some(why)) => Err(format!(
            "{} {} {} was accepted, but the rules refuse it: {why}",
            call.method, call.path, call.body
        )),
        (400 | 402, Some(_)) => Ok(()),
        (_, None) => Err(format!(
            "{} {} {} was refused ({status} {}), but the rules accept it",
            call.method, call.path, call.body, body["error"]
        )),
        (_, Some(_)) => Ok(()),
    }
}
