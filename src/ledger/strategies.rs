//! proptest strategies for worlds and operations (cargo feature `strategies`), so users can
//! write property tests of their own ledger logic over random Connect workloads.
//!
//! ```
//! use debitsim::ledger::strategies::{operations, world};
//! use proptest::test_runner::{Config, TestRunner};
//!
//! let mut runner = TestRunner::new(Config::with_cases(16));
//! runner
//!     .run(&(world(), operations(20..40)), |(spec, ops)| {
//!         let mut ledger = spec.build();
//!         for op in &ops {
//!             let _ = op.apply(&mut ledger); // refused operations are part of the workload
//!             assert_eq!(ledger.audit(), Ok(()));
//!         }
//!         Ok(())
//!     })
//!     .unwrap();
//! ```
//!
//! Operations name accounts, charges and transfers by [`Pick`]: an index taken modulo what
//! exists when the operation runs, so any sequence applies to any world.

use proptest::collection::vec;
use proptest::prelude::*;

use super::data::{
    AccountId, ApplicationFee, ApplicationFeeId, Charge, ChargeId, CustomerId, DAY, Dispute, DisputeId, EventId, Input,
    Obj, PaymentIntent, PaymentIntentId, PaymentMethod, PaymentMethodId, Rejection, TestClockId, Timestamp, Transfer,
    TransferId,
};
use super::ops::accounts::{AccountParams, AccountUpdate, BankAccountParams, ScheduleParams};
use super::ops::balance_settings::{BalanceSettingsUpdate, MinimumBalances};
use super::ops::bank_accounts::BankAccountCreate;
use super::ops::card_payments::CaptureParams;
use super::ops::charges::{ChargeParams, TransferDataParams};
use super::ops::customers::CustomerParams;
use super::ops::disputes::DisputeUpdate;
use super::ops::fees::FeeRefundParams;
use super::ops::payment_intents::{ConfirmParams, IntentCaptureParams, IntentParams};
use super::ops::payouts::PayoutParams;
use super::ops::refunds::RefundParams;
use super::ops::setup_intents::SetupParams;
use super::ops::test_clocks::TestClockParams;
use super::ops::transfers::{ReferenceParams, ReversalParams, TransferParams};
use super::state::Ledger;

/// An index resolved modulo the candidates that exist when an operation runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick(pub usize);

impl Pick {
    /// The candidate this pick names, if there are any.
    pub fn of<T: Copy>(self, candidates: &[T]) -> Option<T> {
        (!candidates.is_empty()).then(|| candidates[self.0 % candidates.len()])
    }
}

/// The currency an operation asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyPick {
    /// The default currency of the account the operation concerns.
    Default,
    /// A fixed code, supported (`eur`) or not (`xyz`).
    Code(&'static str),
}

/// A world to build: a platform and its connected accounts, at a time, with a seed.
#[derive(Clone, Debug)]
pub struct WorldSpec {
    pub seed: u64,
    pub start: Timestamp,
    pub platform: AccountParams,
    pub accounts: Vec<AccountParams>,
    /// Funds the platform starts with, from a `tok_bypassPending` charge in its currency.
    pub platform_funds: i64,
}

impl WorldSpec {
    /// The world, with its accounts created and the platform funded.
    pub fn build(&self) -> Ledger {
        let mut ledger = Ledger::new(self.seed, self.start, self.platform.clone())
            .unwrap_or_else(|r| panic!("a generated platform is valid: {r:?}"));
        for account in &self.accounts {
            ledger
                .create_account(account.clone())
                .unwrap_or_else(|r| panic!("a generated account is valid: {r:?}"));
        }
        let currency = ledger.platform().default_currency.to_string();
        ledger
            .create_charge(
                AccountId::PLATFORM,
                ChargeParams {
                    amount: Input::Given(self.platform_funds),
                    currency: Some(currency),
                    source: Some("tok_bypassPending".into()),
                    ..ChargeParams::default()
                },
            )
            .unwrap_or_else(|r| panic!("the platform's funding charge is valid: {r:?}"));
        ledger
    }
}

/// One request to the ledger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Operation {
    /// A card charge by the platform (`account` = None) or direct on a connected account,
    /// optionally a destination charge.
    CardCharge {
        account: Option<Pick>,
        token: &'static str,
        amount: i64,
        currency: CurrencyPick,
        destination: Option<Pick>,
    },
    /// Flow A: the platform charges a connected account.
    DebitByCharge {
        account: Pick,
        amount: i64,
        currency: CurrencyPick,
    },
    /// Flow B / §5: a connected account transfers to its platform, with a reference to one
    /// of its charges (`Some(true)`) or payouts (`Some(false)`).
    DebitByTransfer {
        account: Pick,
        amount: i64,
        currency: CurrencyPick,
        reference: Option<(bool, Pick)>,
    },
    /// The platform transfers to a connected account, optionally from one of its charges.
    Transfer {
        account: Pick,
        amount: i64,
        currency: CurrencyPick,
        source_transaction: Option<Pick>,
    },
    Reverse {
        transfer: Pick,
        amount: Option<i64>,
    },
    Refund {
        charge: Pick,
        amount: Option<i64>,
        reverse_transfer: bool,
    },
    Payout {
        account: Option<Pick>,
        amount: i64,
        currency: CurrencyPick,
    },
    UpdateAccount {
        account: Pick,
        debit_negative_balances: Option<bool>,
        add_bank: bool,
        schedule: Option<&'static str>,
    },
    /// `POST /v1/balance_settings` as a connected account (or the platform, when the pick
    /// finds none): a minimum balance in its default currency, a settlement delay, payout
    /// weekdays.
    BalanceSettings {
        account: Pick,
        minimum: Option<i64>,
        delay_days: Option<u32>,
        weekdays: Option<Vec<&'static str>>,
    },
    AdvanceClock {
        seconds: i64,
    },
    /// A bank account added beside the others (`POST /v1/accounts/{id}/external_accounts`),
    /// in the account's country and the picked currency.
    AddBankAccount {
        account: Pick,
        currency: CurrencyPick,
    },
    /// One of an account's bank accounts deleted; refused for the default of a currency
    /// that has others.
    DeleteBankAccount {
        account: Pick,
        bank: Pick,
    },
    /// A debit card added as an external account (`tok_visa_debit`, or with `instant`
    /// false the test card that takes no Instant Payouts).
    AddDebitCard {
        account: Pick,
        instant: bool,
    },
    /// An Instant Payout in usd (the platform's, when the pick finds no account) to the
    /// account's first debit card, or to its default external account when it has none.
    InstantPayout {
        account: Option<Pick>,
        amount: i64,
    },
    /// A PaymentIntent confirmed on creation: the platform's (to a destination when given)
    /// or direct on a connected account, with an application fee when given, captured at
    /// once or (`manual`) only authorised.
    PaymentIntent {
        account: Option<Pick>,
        method: &'static str,
        amount: i64,
        destination: Option<Pick>,
        fee: Option<i64>,
        manual: bool,
    },
    /// Captures an authorised PaymentIntent, in part when `amount` is given, with a new fee
    /// when `fee` is.
    CaptureIntent {
        intent: Pick,
        amount: Option<i64>,
        fee: Option<i64>,
    },
    CancelIntent {
        intent: Pick,
    },
    /// A charge with `capture=false`: the Charges API's authorisation.
    AuthoriseCharge {
        account: Option<Pick>,
        token: &'static str,
        amount: i64,
        destination: Option<Pick>,
        fee: Option<i64>,
    },
    /// `POST /v1/charges/{id}/capture`.
    CaptureCharge {
        charge: Pick,
        amount: Option<i64>,
    },
    /// A refund with `refund_application_fee=true`.
    RefundWithFee {
        charge: Pick,
        amount: Option<i64>,
        reverse_transfer: bool,
    },
    /// A transfer reversal with `refund_application_fee=true`.
    ReverseWithFee {
        transfer: Pick,
        amount: Option<i64>,
    },
    /// `POST /v1/application_fees/{id}/refunds`.
    RefundFee {
        fee: Pick,
        amount: Option<i64>,
    },
    /// Evidence for a dispute, submitted or staged; `text` picks from
    /// [`DISPUTE_TEXTS`].
    DisputeEvidence {
        dispute: Pick,
        text: usize,
        submit: bool,
    },
    CloseDispute {
        dispute: Pick,
    },
    /// A card saved for later payments, on the platform (`account` None) or a connected
    /// account: with `customer` picking one of the account's customers, by a SetupIntent
    /// confirmed for it; otherwise by a new customer made with the card attached.
    SaveCard {
        account: Option<Pick>,
        customer: Option<Pick>,
        method: &'static str,
    },
    /// A saved card charged while its customer is away (`off_session=true`), on the account
    /// it is saved on, for its customer; on the platform to a destination when given, with
    /// an application fee when given.
    ChargeSaved {
        card: Pick,
        amount: i64,
        destination: Option<Pick>,
        fee: Option<i64>,
    },
    /// A test clock of the platform, frozen `behind` seconds before the world's time (a clock
    /// may lag the world).
    CreateTestClock {
        behind: i64,
    },
    /// One of the platform's test clocks advanced by `seconds` from its frozen time:
    /// refused when that is not forward, else the world's clock moves with it where the world
    /// is not there yet.
    AdvanceTestClock {
        clock: Pick,
        seconds: i64,
    },
}

/// The cards [`Operation::ChargeSaved`] picks from: every payment method saved to a
/// customer, oldest first.
pub fn saved_cards(ledger: &Ledger) -> Vec<PaymentMethodId> {
    ledger
        .all::<PaymentMethod>()
        .filter(|m| ledger.payment_method(*m).customer.is_some())
        .collect()
}

/// The customers [`Operation::SaveCard`] picks from on `account`: those not deleted, oldest
/// first.
pub fn live_customers(ledger: &Ledger, account: AccountId) -> Vec<CustomerId> {
    ledger
        .books(account)
        .indexes
        .customers
        .iter()
        .copied()
        .filter(|c| !ledger.customer(*c).deleted)
        .collect()
}

/// What [`Operation::DisputeEvidence`] writes in `evidence[uncategorized_text]`.
pub const DISPUTE_TEXTS: [&str; 4] = [
    "winning_evidence",
    "losing_evidence",
    "escalate_inquiry_evidence",
    "the customer signed for it",
];

fn currency_of(ledger: &Ledger, account: AccountId, pick: CurrencyPick) -> String {
    match pick {
        CurrencyPick::Default => ledger.account(account).default_currency.to_string(),
        CurrencyPick::Code(code) => code.to_owned(),
    }
}

fn input(amount: i64) -> Input<i64> {
    Input::Given(amount)
}

impl Operation {
    /// Runs the operation; `Ok` with the events it caused, or the ledger's rejection.
    /// Operations with nothing to act on (no transfer to reverse yet) do nothing.
    pub fn apply(&self, ledger: &mut Ledger) -> Result<Vec<EventId>, Rejection> {
        let accounts: Vec<AccountId> = ledger.connected_account_ids().collect();
        match *self {
            Operation::CardCharge {
                account,
                token,
                amount,
                currency,
                destination,
            } => {
                let actor = account.and_then(|p| p.of(&accounts)).unwrap_or(AccountId::PLATFORM);
                let transfer_data = destination.and_then(|p| p.of(&accounts)).map(|d| TransferDataParams {
                    destination: Some(ledger.account(d).id.to_string()),
                    amount: Input::Missing,
                });
                let params = ChargeParams {
                    amount: input(amount),
                    currency: Some(currency_of(ledger, actor, currency)),
                    source: Some(token.into()),
                    transfer_data: transfer_data.filter(|_| actor.is_platform()),
                    ..ChargeParams::default()
                };
                ledger.create_charge(actor, params).map(|a| a.events)
            }
            Operation::DebitByCharge {
                account,
                amount,
                currency,
            } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let params = ChargeParams {
                    amount: input(amount),
                    currency: Some(currency_of(ledger, account, currency)),
                    source: Some(ledger.account(account).id.to_string()),
                    ..ChargeParams::default()
                };
                ledger.create_charge(AccountId::PLATFORM, params).map(|a| a.events)
            }
            Operation::DebitByTransfer {
                account,
                amount,
                currency,
                reference,
            } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let reference = reference.map(|(charge, pick)| {
                    let indexes = &ledger.books(account).indexes;
                    if charge {
                        let id = pick.of(&indexes.charges).map_or_else(
                            || "ch_1Missing".to_owned(),
                            |c| ledger.id_of(Obj::Charge(c)).to_string(),
                        );
                        ReferenceParams {
                            kind: Some("charge".into()),
                            charge: Some(id),
                            payout: None,
                        }
                    } else {
                        let id = pick.of(&indexes.payouts).map_or_else(
                            || "po_1Missing".to_owned(),
                            |p| ledger.id_of(Obj::Payout(p)).to_string(),
                        );
                        ReferenceParams {
                            kind: Some("payout".into()),
                            charge: None,
                            payout: Some(id),
                        }
                    }
                });
                let params = TransferParams {
                    amount: input(amount),
                    currency: Some(currency_of(ledger, account, currency)),
                    destination: Some(ledger.platform().id.to_string()),
                    reference_transaction: reference,
                    ..TransferParams::default()
                };
                ledger.create_transfer(account, params).map(|a| a.events)
            }
            Operation::Transfer {
                account,
                amount,
                currency,
                source_transaction,
            } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let charges: Vec<ChargeId> = ledger
                    .books(AccountId::PLATFORM)
                    .indexes
                    .charges
                    .iter()
                    .copied()
                    .filter(|c| !ledger.charge(*c).is_payment())
                    .collect();
                let params = TransferParams {
                    amount: input(amount),
                    currency: Some(currency_of(ledger, AccountId::PLATFORM, currency)),
                    destination: Some(ledger.account(account).id.to_string()),
                    source_transaction: source_transaction
                        .and_then(|p| p.of(&charges))
                        .map(|c| ledger.id_of(Obj::Charge(c)).to_string()),
                    ..TransferParams::default()
                };
                ledger.create_transfer(AccountId::PLATFORM, params).map(|a| a.events)
            }
            Operation::Reverse { transfer, amount } => {
                let transfers: Vec<TransferId> = ledger.all::<Transfer>().collect();
                let Some(transfer) = transfer.of(&transfers) else {
                    return Ok(Vec::new());
                };
                let params = ReversalParams {
                    amount: amount.map_or(Input::Missing, Input::Given),
                    ..ReversalParams::default()
                };
                ledger.reverse_transfer(transfer, params).map(|a| a.events)
            }
            Operation::Refund {
                charge,
                amount,
                reverse_transfer,
            } => {
                let charges: Vec<ChargeId> = ledger.all::<Charge>().collect();
                let Some(charge) = charge.of(&charges) else {
                    return Ok(Vec::new());
                };
                let owner = ledger.charge(charge).account;
                let params = RefundParams {
                    charge: Some(ledger.id_of(Obj::Charge(charge)).to_string()),
                    amount: amount.map_or(Input::Missing, Input::Given),
                    reverse_transfer: reverse_transfer.then_some(true),
                    ..RefundParams::default()
                };
                ledger.create_refund(owner, params).map(|a| a.events)
            }
            Operation::Payout {
                account,
                amount,
                currency,
            } => {
                let actor = account.and_then(|p| p.of(&accounts)).unwrap_or(AccountId::PLATFORM);
                let params = PayoutParams {
                    amount: input(amount),
                    currency: Some(currency_of(ledger, actor, currency)),
                    ..PayoutParams::default()
                };
                ledger.create_payout(actor, params).map(|a| a.events)
            }
            Operation::UpdateAccount {
                account,
                debit_negative_balances,
                add_bank,
                schedule,
            } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let country = ledger.account(account).country;
                let update = AccountUpdate {
                    debit_negative_balances,
                    external_account: add_bank
                        .then(|| BankAccountParams::Token(format!("btok_{}", country.as_str().to_lowercase()))),
                    schedule: ScheduleParams {
                        interval: schedule.map(Into::into),
                        ..ScheduleParams::default()
                    },
                    ..AccountUpdate::default()
                };
                ledger.update_account(account, update).map(|a| a.events)
            }
            Operation::BalanceSettings {
                account,
                minimum,
                delay_days,
                ref weekdays,
            } => {
                let account = account.of(&accounts).unwrap_or(AccountId::PLATFORM);
                let currency = ledger.account(account).default_currency.as_str().to_owned();
                let update = BalanceSettingsUpdate {
                    interval: weekdays.as_ref().map(|_| "weekly".to_owned()),
                    weekly_payout_days: weekdays
                        .as_ref()
                        .map(|days| days.iter().map(|d| (*d).to_owned()).collect()),
                    minimum_balances: minimum.map(|m| MinimumBalances::Set(vec![(currency, Some(m.to_string()))])),
                    delay_days_override: delay_days.map(|d| Some(d.to_string())),
                    ..BalanceSettingsUpdate::default()
                };
                ledger.update_balance_settings(account, update).map(|a| a.events)
            }
            Operation::AdvanceClock { seconds } => {
                let to = ledger.now().saturating_add(seconds);
                Ok(ledger.advance_clock(to))
            }
            Operation::CreateTestClock { behind } => {
                let params = TestClockParams {
                    frozen_time: Input::Given(ledger.now() - behind),
                    ..TestClockParams::default()
                };
                ledger.create_test_clock(AccountId::PLATFORM, params).map(|a| a.events)
            }
            Operation::AdvanceTestClock { clock, seconds } => {
                let clocks: Vec<TestClockId> = ledger.live_test_clocks().collect();
                let Some(clock) = clock.of(&clocks) else {
                    return Ok(Vec::new());
                };
                let to = ledger.test_clock(clock).frozen_time.saturating_add(seconds);
                ledger.advance_test_clock(clock, &Input::Given(to)).map(|a| a.events)
            }
            Operation::AddBankAccount { account, currency } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let params = BankAccountCreate {
                    external_account: Some(BankAccountParams::Details {
                        country: Some(ledger.account(account).country.as_str().to_owned()),
                        currency: Some(currency_of(ledger, account, currency)),
                        account_number: None,
                        routing_number: None,
                        account_holder_name: None,
                        status: None,
                    }),
                    default_for_currency: None,
                    metadata: None,
                };
                ledger.create_bank_account(account, params).map(|a| a.events)
            }
            Operation::DeleteBankAccount { account, bank } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let banks = ledger.account(account).bank_accounts.clone();
                let Some(bank) = bank.of(&banks) else {
                    return Ok(Vec::new());
                };
                ledger.delete_bank_account(bank).map(|a| a.events)
            }
            Operation::AddDebitCard { account, instant } => {
                let Some(account) = account.of(&accounts) else {
                    return Ok(Vec::new());
                };
                let token = if instant {
                    "tok_visa_debit"
                } else {
                    "tok_visa_debit_us_instantPayoutUnsupported"
                };
                let params = BankAccountCreate {
                    external_account: Some(BankAccountParams::Token(token.into())),
                    default_for_currency: None,
                    metadata: None,
                };
                ledger.create_bank_account(account, params).map(|a| a.events)
            }
            Operation::InstantPayout { account, amount } => {
                let actor = account.and_then(|p| p.of(&accounts)).unwrap_or(AccountId::PLATFORM);
                let card = ledger
                    .account(actor)
                    .bank_accounts
                    .iter()
                    .copied()
                    .find(|b| ledger.bank_account(*b).card.is_some());
                let params = PayoutParams {
                    amount: input(amount),
                    currency: Some("usd".into()),
                    method: Some("instant".into()),
                    destination: card.map(|c| ledger.id_of(Obj::BankAccount(c)).to_string()),
                    ..PayoutParams::default()
                };
                ledger.create_payout(actor, params).map(|a| a.events)
            }
            _ => self.apply_money_in(ledger, &accounts),
        }
    }

    /// The money-in operations.
    fn apply_money_in(&self, ledger: &mut Ledger, accounts: &[AccountId]) -> Result<Vec<EventId>, Rejection> {
        let destination_of = |ledger: &Ledger, actor: AccountId, destination: Option<Pick>| {
            destination
                .and_then(|p| p.of(accounts))
                .filter(|_| actor.is_platform())
                .map(|d| TransferDataParams {
                    destination: Some(ledger.account(d).id.to_string()),
                    amount: Input::Missing,
                })
        };
        let fee_of = |fee: Option<i64>| fee.map_or(Input::Missing, Input::Given);
        match *self {
            Operation::PaymentIntent {
                account,
                method,
                amount,
                destination,
                fee,
                manual,
            } => {
                let actor = account.and_then(|p| p.of(accounts)).unwrap_or(AccountId::PLATFORM);
                let params = IntentParams {
                    amount: input(amount),
                    currency: Some(ledger.account(actor).default_currency.to_string()),
                    payment_method: Some(method.into()),
                    capture_method: manual.then(|| "manual".into()),
                    confirm: Some(true),
                    transfer_data: destination_of(ledger, actor, destination),
                    application_fee_amount: fee_of(fee),
                    ..IntentParams::default()
                };
                ledger.create_payment_intent(actor, params).map(|a| a.events)
            }
            Operation::CaptureIntent { intent, amount, fee } => {
                let intents: Vec<PaymentIntentId> = ledger.all::<PaymentIntent>().collect();
                let Some(intent) = intent.of(&intents) else {
                    return Ok(Vec::new());
                };
                let params = IntentCaptureParams {
                    amount_to_capture: amount.map_or(Input::Missing, Input::Given),
                    application_fee_amount: fee_of(fee),
                    ..IntentCaptureParams::default()
                };
                ledger.capture_payment_intent(intent, params).map(|a| a.events)
            }
            Operation::CancelIntent { intent } => {
                let intents: Vec<PaymentIntentId> = ledger.all::<PaymentIntent>().collect();
                let Some(intent) = intent.of(&intents) else {
                    return Ok(Vec::new());
                };
                ledger.cancel_payment_intent(intent, None).map(|a| a.events)
            }
            Operation::AuthoriseCharge {
                account,
                token,
                amount,
                destination,
                fee,
            } => {
                let actor = account.and_then(|p| p.of(accounts)).unwrap_or(AccountId::PLATFORM);
                let params = ChargeParams {
                    amount: input(amount),
                    currency: Some(ledger.account(actor).default_currency.to_string()),
                    source: Some(token.into()),
                    capture: Some(false),
                    transfer_data: destination_of(ledger, actor, destination),
                    application_fee_amount: fee_of(fee),
                    ..ChargeParams::default()
                };
                ledger.create_charge(actor, params).map(|a| a.events)
            }
            Operation::CaptureCharge { charge, amount } => {
                // An authorisation when there is one (capturing anything else is refused).
                let authorised: Vec<ChargeId> = ledger
                    .all::<Charge>()
                    .filter(|c| ledger.charge(*c).is_authorisation())
                    .collect();
                let charges: Vec<ChargeId> = if authorised.is_empty() {
                    ledger.all::<Charge>().collect()
                } else {
                    authorised
                };
                let Some(charge) = charge.of(&charges) else {
                    return Ok(Vec::new());
                };
                let params = CaptureParams {
                    amount: amount.map_or(Input::Missing, Input::Given),
                    ..CaptureParams::default()
                };
                ledger.capture_charge(charge, params).map(|a| a.events)
            }
            Operation::RefundWithFee {
                charge,
                amount,
                reverse_transfer,
            } => {
                let charges: Vec<ChargeId> = ledger.all::<Charge>().collect();
                let Some(charge) = charge.of(&charges) else {
                    return Ok(Vec::new());
                };
                let owner = ledger.charge(charge).account;
                let params = RefundParams {
                    charge: Some(ledger.id_of(Obj::Charge(charge)).to_string()),
                    amount: amount.map_or(Input::Missing, Input::Given),
                    reverse_transfer: reverse_transfer.then_some(true),
                    refund_application_fee: Some(true),
                    ..RefundParams::default()
                };
                ledger.create_refund(owner, params).map(|a| a.events)
            }
            Operation::ReverseWithFee { transfer, amount } => {
                let transfers: Vec<TransferId> = ledger.all::<Transfer>().collect();
                let Some(transfer) = transfer.of(&transfers) else {
                    return Ok(Vec::new());
                };
                let params = ReversalParams {
                    amount: amount.map_or(Input::Missing, Input::Given),
                    refund_application_fee: Some(true),
                    ..ReversalParams::default()
                };
                ledger.reverse_transfer(transfer, params).map(|a| a.events)
            }
            Operation::RefundFee { fee, amount } => {
                let fees: Vec<ApplicationFeeId> = ledger.all::<ApplicationFee>().collect();
                let Some(fee) = fee.of(&fees) else {
                    return Ok(Vec::new());
                };
                let params = FeeRefundParams {
                    amount: amount.map_or(Input::Missing, Input::Given),
                    ..FeeRefundParams::default()
                };
                ledger.refund_application_fee(fee, params).map(|a| a.events)
            }
            Operation::DisputeEvidence { dispute, text, submit } => {
                let disputes: Vec<DisputeId> = ledger.all::<Dispute>().collect();
                let Some(dispute) = dispute.of(&disputes) else {
                    return Ok(Vec::new());
                };
                let update = DisputeUpdate {
                    evidence: vec![(
                        "uncategorized_text".into(),
                        DISPUTE_TEXTS[text % DISPUTE_TEXTS.len()].into(),
                    )],
                    submit: Some(submit),
                    ..DisputeUpdate::default()
                };
                ledger.update_dispute(dispute, update).map(|a| a.events)
            }
            Operation::CloseDispute { dispute } => {
                let disputes: Vec<DisputeId> = ledger.all::<Dispute>().collect();
                let Some(dispute) = dispute.of(&disputes) else {
                    return Ok(Vec::new());
                };
                ledger.close_dispute(dispute).map(|a| a.events)
            }
            Operation::SaveCard {
                account,
                customer,
                method,
            } => {
                let actor = account.and_then(|p| p.of(accounts)).unwrap_or(AccountId::PLATFORM);
                match customer.and_then(|p| p.of(&live_customers(ledger, actor))) {
                    Some(customer) => {
                        let params = SetupParams {
                            customer: Some(ledger.id_of(Obj::Customer(customer)).to_string()),
                            payment_method: Some(method.into()),
                            confirm: Some(true),
                            ..SetupParams::default()
                        };
                        ledger.create_setup_intent(actor, params).map(|a| a.events)
                    }
                    None => {
                        let params = CustomerParams {
                            payment_method: Some(method.into()),
                            ..CustomerParams::default()
                        };
                        ledger.create_customer(actor, params).map(|a| a.events)
                    }
                }
            }
            Operation::ChargeSaved {
                card,
                amount,
                destination,
                fee,
            } => {
                let Some(card) = card.of(&saved_cards(ledger)) else {
                    return Ok(Vec::new());
                };
                let method = ledger.payment_method(card);
                let (actor, customer) = (method.account, method.customer);
                let params = IntentParams {
                    amount: input(amount),
                    currency: Some(ledger.account(actor).default_currency.to_string()),
                    customer: customer.map(|c| ledger.id_of(Obj::Customer(c)).to_string()),
                    payment_method: Some(ledger.id_of(Obj::PaymentMethod(card)).to_string()),
                    confirm: Some(true),
                    confirmation: ConfirmParams {
                        off_session: Some(true),
                        ..ConfirmParams::default()
                    },
                    transfer_data: destination_of(ledger, actor, destination),
                    application_fee_amount: fee_of(fee),
                    ..IntentParams::default()
                };
                ledger.create_payment_intent(actor, params).map(|a| a.events)
            }
            // The operations before money in are `apply`'s.
            _ => Ok(Vec::new()),
        }
    }
}

/// Amounts: mostly ordinary, sometimes at the edges (zero, negative, near `i64::MAX`).
pub fn amount() -> impl Strategy<Value = i64> {
    prop_oneof![
        60 => 1i64..20_000,
        20 => 20_000i64..2_000_000,
        2 => Just(0i64),
        2 => Just(-100i64),
        1 => Just(i64::MAX),
        1 => Just(i64::MAX / 2),
        1 => Just(100_000_000i64),
    ]
}

fn currency_pick() -> impl Strategy<Value = CurrencyPick> {
    prop_oneof![
        12 => Just(CurrencyPick::Default),
        1 => Just(CurrencyPick::Code("usd")),
        1 => Just(CurrencyPick::Code("eur")),
        1 => Just(CurrencyPick::Code("xyz")),
    ]
}

fn pick() -> impl Strategy<Value = Pick> {
    (0usize..64).prop_map(Pick)
}

/// The payment methods PaymentIntents pay with: successes, a decline, disputes, 3D Secure.
pub const METHODS: [&str; 8] = [
    "pm_card_visa",
    "pm_card_bypassPending",
    "pm_card_chargeDeclined",
    "pm_card_createDispute",
    "pm_card_createDisputeProductNotReceived",
    "pm_card_createDisputeInquiry",
    "pm_card_authenticationRequired",
    "pm_card_visa",
];

/// The cards saved for later payments: successes, the card that saves and then declines,
/// decline cards (refused when saved), and cards that ask for 3D Secure (which a SetupIntent
/// stops for, and an off-session payment is declined for).
pub const SAVED: [&str; 8] = [
    "pm_card_visa",
    "pm_card_bypassPending",
    "pm_card_chargeCustomerFail",
    "pm_card_chargeDeclined",
    "pm_card_chargeDeclinedInsufficientFunds",
    "pm_card_authenticationRequired",
    "pm_card_createDispute",
    "pm_card_mastercard",
];

/// The tokens authorisations are made with.
const AUTHORISING: [&str; 4] = [
    "tok_visa",
    "tok_bypassPending",
    "tok_createDispute",
    "tok_chargeDeclined",
];

/// Application fees: mostly small, sometimes beyond the amount or not an amount at all.
fn fee() -> impl Strategy<Value = i64> {
    prop_oneof![8 => 0i64..2_000, 2 => 2_000i64..200_000, 1 => Just(-1i64), 1 => Just(i64::MAX)]
}

const TOKENS: [&str; 5] = [
    "tok_visa",
    "pm_card_visa",
    "tok_bypassPending",
    "tok_mastercard",
    "tok_chargeDeclined",
];

/// One random operation.
pub fn operation() -> impl Strategy<Value = Operation> {
    prop_oneof![
        6 => (proptest::option::of(pick()), proptest::sample::select(&TOKENS[..]), amount(), currency_pick(), proptest::option::weighted(0.2, pick()))
            .prop_map(|(account, token, amount, currency, destination)| Operation::CardCharge { account, token, amount, currency, destination }),
        5 => (pick(), amount(), currency_pick())
            .prop_map(|(account, amount, currency)| Operation::DebitByCharge { account, amount, currency }),
        5 => (pick(), amount(), currency_pick(), proptest::option::of((any::<bool>(), pick())))
            .prop_map(|(account, amount, currency, reference)| Operation::DebitByTransfer { account, amount, currency, reference }),
        5 => (pick(), amount(), currency_pick(), proptest::option::weighted(0.2, pick()))
            .prop_map(|(account, amount, currency, source_transaction)| Operation::Transfer { account, amount, currency, source_transaction }),
        3 => (pick(), proptest::option::of(amount()))
            .prop_map(|(transfer, amount)| Operation::Reverse { transfer, amount }),
        3 => (pick(), proptest::option::of(amount()), any::<bool>())
            .prop_map(|(charge, amount, reverse_transfer)| Operation::Refund { charge, amount, reverse_transfer }),
        2 => (proptest::option::of(pick()), amount(), currency_pick())
            .prop_map(|(account, amount, currency)| Operation::Payout { account, amount, currency }),
        1 => (pick(), proptest::option::of(any::<bool>()), proptest::bool::weighted(0.3), proptest::option::weighted(0.3, proptest::sample::select(vec!["manual", "daily", "weekly", "monthly"])))
            .prop_map(|(account, debit_negative_balances, add_bank, schedule)| Operation::UpdateAccount { account, debit_negative_balances, add_bank, schedule }),
        1 => (pick(), proptest::option::weighted(0.6, prop_oneof![0i64..2_000, Just(100_000)]), proptest::option::weighted(0.4, 1u32..8), proptest::option::weighted(0.3, proptest::sample::subsequence(vec!["monday", "tuesday", "wednesday", "thursday", "friday"], 0..3)))
            .prop_map(|(account, minimum, delay_days, weekdays)| Operation::BalanceSettings { account, minimum, delay_days, weekdays }),
        3 => prop_oneof![0i64..3_600, 3_600i64..DAY, DAY..4 * DAY, Just(31 * DAY)]
            .prop_map(|seconds| Operation::AdvanceClock { seconds }),
        1 => (pick(), currency_pick())
            .prop_map(|(account, currency)| Operation::AddBankAccount { account, currency }),
        1 => (pick(), pick())
            .prop_map(|(account, bank)| Operation::DeleteBankAccount { account, bank }),
        2 => (pick(), proptest::bool::weighted(0.8))
            .prop_map(|(account, instant)| Operation::AddDebitCard { account, instant }),
        3 => (proptest::option::weighted(0.9, pick()), prop_oneof![8 => 1i64..5_000, 1 => amount()])
            .prop_map(|(account, amount)| Operation::InstantPayout { account, amount }),
        6 => (proptest::option::weighted(0.4, pick()), proptest::sample::select(&METHODS[..]), amount(), proptest::option::weighted(0.5, pick()), proptest::option::weighted(0.6, fee()), proptest::bool::weighted(0.3))
            .prop_map(|(account, method, amount, destination, fee, manual)| Operation::PaymentIntent { account, method, amount, destination, fee, manual }),
        3 => (pick(), proptest::option::weighted(0.5, amount()), proptest::option::weighted(0.3, fee()))
            .prop_map(|(intent, amount, fee)| Operation::CaptureIntent { intent, amount, fee }),
        1 => pick().prop_map(|intent| Operation::CancelIntent { intent }),
        2 => (proptest::option::weighted(0.4, pick()), proptest::sample::select(&AUTHORISING[..]), amount(), proptest::option::weighted(0.5, pick()), proptest::option::weighted(0.5, fee()))
            .prop_map(|(account, token, amount, destination, fee)| Operation::AuthoriseCharge { account, token, amount, destination, fee }),
        2 => (pick(), proptest::option::weighted(0.5, amount()))
            .prop_map(|(charge, amount)| Operation::CaptureCharge { charge, amount }),
        2 => (pick(), proptest::option::of(amount()), any::<bool>())
            .prop_map(|(charge, amount, reverse_transfer)| Operation::RefundWithFee { charge, amount, reverse_transfer }),
        1 => (pick(), proptest::option::of(amount()))
            .prop_map(|(transfer, amount)| Operation::ReverseWithFee { transfer, amount }),
        2 => (pick(), proptest::option::of(fee()))
            .prop_map(|(fee, amount)| Operation::RefundFee { fee, amount }),
        3 => (pick(), 0usize..4, proptest::bool::weighted(0.8))
            .prop_map(|(dispute, text, submit)| Operation::DisputeEvidence { dispute, text, submit }),
        1 => pick().prop_map(|dispute| Operation::CloseDispute { dispute }),
        2 => (proptest::option::weighted(0.3, pick()), proptest::option::weighted(0.5, pick()), proptest::sample::select(&SAVED[..]))
            .prop_map(|(account, customer, method)| Operation::SaveCard { account, customer, method }),
        3 => (pick(), amount(), proptest::option::weighted(0.4, pick()), proptest::option::weighted(0.4, fee()))
            .prop_map(|(card, amount, destination, fee)| Operation::ChargeSaved { card, amount, destination, fee }),
        1 => prop_oneof![Just(0i64), 0i64..4 * DAY].prop_map(|behind| Operation::CreateTestClock { behind }),
        2 => (pick(), prop_oneof![1 => -DAY..=0i64, 6 => 1i64..4 * DAY, 1 => Just(31 * DAY)])
            .prop_map(|(clock, seconds)| Operation::AdvanceTestClock { clock, seconds }),
    ]
}

/// A sequence of operations of a length in `len`.
pub fn operations(len: std::ops::Range<usize>) -> impl Strategy<Value = Vec<Operation>> {
    vec(operation(), len)
}

fn account_params() -> impl Strategy<Value = AccountParams> {
    let countries = proptest::sample::select(vec!["US", "US", "US", "CA", "GB", "DE", "JP", "SG"]);
    (
        proptest::sample::select(vec!["standard", "express", "custom"]),
        countries,
        proptest::bool::weighted(0.7),
        proptest::option::of(any::<bool>()),
        proptest::sample::select(vec!["manual", "manual", "manual", "daily", "weekly", "monthly"]),
    )
        .prop_map(
            |(kind, country, bank, debit_negative_balances, interval)| AccountParams {
                account_type: Some(kind.into()),
                country: Some(country.into()),
                external_accounts: if bank {
                    vec![BankAccountParams::Token(format!("btok_{}", country.to_lowercase()))]
                } else {
                    Vec::new()
                },
                debit_negative_balances,
                schedule: ScheduleParams {
                    interval: Some(interval.into()),
                    ..ScheduleParams::default()
                },
                ..AccountParams::default()
            },
        )
}

/// A random world: a US (mostly), GB or JP platform, reserves on (mostly), and 2–6
/// connected accounts of every type in several countries, with and without bank accounts.
pub fn world() -> impl Strategy<Value = WorldSpec> {
    (
        any::<u64>(),
        1_700_000_000i64..1_900_000_000,
        proptest::sample::select(vec!["US", "US", "US", "GB", "JP"]),
        proptest::bool::weighted(0.8),
        vec(account_params(), 2..=6),
        100_000i64..50_000_000,
    )
        .prop_map(|(seed, start, country, reserves, accounts, platform_funds)| WorldSpec {
            seed,
            start,
            platform: AccountParams {
                id: Some("acct_1GeneratedPlatform".into()),
                country: Some(country.into()),
                connect_reserves_enabled: Some(reserves),
                external_accounts: vec![BankAccountParams::Token(format!("btok_{}", country.to_lowercase()))],
                schedule: ScheduleParams {
                    interval: Some("manual".into()),
                    ..ScheduleParams::default()
                },
                ..AccountParams::default()
            },
            accounts,
            platform_funds,
        })
}
