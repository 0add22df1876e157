//! Balances, balance transactions and payouts.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{Expandable, MetadataView, View, Wire};
use crate::ledger::{
    AccountId, AsOf, BalanceTransaction, Books, CurrencyBalance, Kind, Ledger, Obj, Payout, PayoutId, PayoutStatus,
    TxnId, TxnSource, TxnType,
};
use crate::server::expand::Expand;
use crate::server::expand::Shape;

impl Wire for Books {
    type Id = AccountId;
    const SHAPE: Shape = Shape {
        object: "balance",
        noun: "balance",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: AccountId) -> Result<S::Ok, S::Error> {
        balance(s, view.at.ledger(), id, &view.at.ledger().books(id).balances)
    }
}

impl Wire for BalanceTransaction {
    type Id = TxnId;
    const SHAPE: Shape = Shape {
        object: "balance_transaction",
        noun: "balance transaction",
        expands: &[("source", None)],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: TxnId) -> Result<S::Ok, S::Error> {
        balance_transaction(s, view.at, id, view.expand)
    }
}

impl Wire for Payout {
    type Id = PayoutId;
    const SHAPE: Shape = Shape {
        object: "payout",
        noun: "payout",
        expands: &[
            ("application_fee", None),
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("destination", Some(Kind::BankAccount)),
            ("failure_balance_transaction", Some(Kind::BalanceTransaction)),
            ("original_payout", Some(Kind::Payout)),
            ("reversed_by", Some(Kind::Payout)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: PayoutId) -> Result<S::Ok, S::Error> {
        payout(s, view.at, id, view.expand)
    }
}

/// The balance of account `id` as `balances` give it (its books now, or what an event kept).
pub fn balance<S: Serializer>(
    s: S,
    ledger: &Ledger,
    id: AccountId,
    balances: &[CurrencyBalance],
) -> Result<S::Ok, S::Error> {
    let account = ledger.account(id);
    let amounts = |bucket| Amounts {
        default: account.default_currency,
        balances,
        bucket,
    };
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("object", "balance")?;
    m.serialize_entry("available", &amounts(Bucket::Available))?;
    if account.is_platform() {
        m.serialize_entry("connect_reserved", &amounts(Bucket::ConnectReserved))?;
    }
    // What an Instant Payout could take now, in each currency the account has a debit card
    // for that takes them: its available balance, when positive *(choice: no daily limit)*.
    let instant: Vec<BalanceAmount> = balances
        .iter()
        .filter(|b| {
            account.bank_accounts.iter().any(|e| {
                let external = ledger.bank_account(*e);
                external.currency == b.currency && external.card.as_ref().is_some_and(|c| c.instant)
            })
        })
        .map(|b| {
            let amount = b.available.minor_units().max(0);
            BalanceAmount {
                amount,
                currency: b.currency.as_str().to_owned(),
                source_types: Some(SourceTypes { card: amount }),
            }
        })
        .collect();
    if !instant.is_empty() {
        m.serialize_entry("instant_available", &instant)?;
    }
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("pending", &amounts(Bucket::Pending))?;
    m.end()
}

#[derive(Clone, Copy, PartialEq)]
enum Bucket {
    Available,
    Pending,
    ConnectReserved,
}

/// One entry per currency the account holds, its default currency first.
struct Amounts<'a> {
    default: crate::ledger::Currency,
    balances: &'a [CurrencyBalance],
    bucket: Bucket,
}

impl Serialize for Amounts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let default = self.default;
        let mut entries: Vec<(crate::ledger::Currency, i64)> = self
            .balances
            .iter()
            .map(|b| {
                let amount = match self.bucket {
                    Bucket::Available => b.available,
                    Bucket::Pending => b.pending,
                    Bucket::ConnectReserved => b.connect_reserved,
                };
                (b.currency, amount.minor_units())
            })
            .collect();
        if !entries.iter().any(|(c, _)| *c == default) {
            entries.push((default, 0));
        }
        entries.sort_by_key(|(c, _)| (*c != default, *c));
        s.collect_seq(entries.into_iter().map(|(currency, amount)| BalanceAmount {
            amount,
            currency: currency.as_str().to_owned(),
            source_types: (self.bucket != Bucket::ConnectReserved).then_some(SourceTypes { card: amount }),
        }))
    }
}

#[derive(Serialize)]
struct BalanceAmount {
    amount: i64,
    currency: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source_types: Option<SourceTypes>,
}

#[derive(Serialize)]
struct SourceTypes {
    card: i64,
}

#[derive(Serialize)]
struct FeeDetail<'a> {
    amount: i64,
    application: Option<&'a str>,
    currency: &'a str,
    description: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
}

pub fn balance_transaction<S: Serializer>(
    s: S,
    ledger: AsOf<'_>,
    id: TxnId,
    expand: &Expand,
) -> Result<S::Ok, S::Error> {
    let t = ledger.balance_transaction(id);
    let source = match t.source {
        TxnSource::Object(obj) => Some(obj),
        TxnSource::Reserve(_) => None,
    };
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::BalanceTransaction(id)).as_str())?;
    m.serialize_entry("object", "balance_transaction")?;
    m.serialize_entry("amount", &t.amount.minor_units())?;
    m.serialize_entry("available_on", &t.available_on)?;
    m.serialize_entry("balance_type", "payments")?;
    m.serialize_entry("created", &t.created)?;
    m.serialize_entry("currency", t.currency.as_str())?;
    m.serialize_entry("description", &description(ledger, id))?;
    // A converted transaction's rate, as the decimal number Stripe writes (`0.92`).
    let rate = t
        .conversion
        .exchange_rate()
        .map(|rate| serde_json::value::RawValue::from_string(rate.to_string()).expect("a rate is a JSON number"));
    m.serialize_entry("exchange_rate", &rate)?;
    m.serialize_entry("fee", &t.fee.minor_units())?;
    // The fee split as Stripe details it: an application fee the platform took, then
    // Stripe's own (processing, or a dispute's fee, negative when it is returned).
    let application = (t.application_fee != crate::ledger::Amount::ZERO).then(|| super::wire::application_id(ledger));
    let mut fees: Vec<FeeDetail> = Vec::new();
    if let Some(application) = &application {
        fees.push(FeeDetail {
            amount: t.application_fee.minor_units(),
            application: Some(application),
            currency: t.currency.as_str(),
            description: "Application fee",
            kind: "application_fee",
        });
    }
    if t.stripe_fee() != crate::ledger::Amount::ZERO {
        fees.push(FeeDetail {
            amount: t.stripe_fee().minor_units(),
            application: None,
            currency: t.currency.as_str(),
            description: match t.kind {
                TxnType::Adjustment => "Dispute fee",
                TxnType::Payout => "Instant Payout fee",
                _ => "Stripe processing fees",
            },
            kind: "stripe_fee",
        });
    }
    m.serialize_entry("fee_details", &fees)?;
    m.serialize_entry("net", &t.net().minor_units())?;
    m.serialize_entry("reporting_category", t.reporting_category())?;
    m.serialize_entry("source", &Expandable::new(ledger, source, "source", expand))?;
    m.serialize_entry("status", t.status.as_str())?;
    m.serialize_entry("type", t.kind.as_str())?;
    m.end()
}

/// What the Dashboard would say about a balance transaction.
fn description(ledger: AsOf<'_>, id: TxnId) -> Option<String> {
    let t = ledger.balance_transaction(id);
    let text = |s: &Option<Box<str>>| s.as_deref().map(str::to_owned);
    match t.source {
        TxnSource::Object(Obj::Charge(c)) => {
            let charge = ledger.charge(c);
            match (t.kind, charge.source) {
                (TxnType::Payment, crate::ledger::ChargeSource::Account { from, transfer }) => {
                    let transfer = ledger.transfer(transfer);
                    Some(match transfer.debit {
                        Some(_) => format!("Account debit from {}", ledger.account(from).id),
                        None => format!("Transfer from {}", ledger.account(from).id),
                    })
                }
                _ => text(&charge.description),
            }
        }
        TxnSource::Object(Obj::Transfer(tr)) => text(&ledger.transfer(tr).description),
        TxnSource::Object(Obj::Reversal(r)) => text(&ledger.reversal(r).description),
        TxnSource::Object(Obj::Payout(p)) => text(&ledger.payout(p).description),
        TxnSource::Object(Obj::Refund(r)) => {
            let charge = ledger.charge(ledger.refund(r).charge);
            Some(match &charge.description {
                Some(d) => format!("REFUND FOR CHARGE ({d})"),
                None => "REFUND FOR CHARGE".to_owned(),
            })
        }
        TxnSource::Object(Obj::ApplicationFee(f)) => {
            let fee = ledger.application_fee(f);
            Some(format!(
                "Application fee from {}",
                ledger.id_of(Obj::Charge(fee.originating_transaction.unwrap_or(fee.charge)))
            ))
        }
        TxnSource::Object(Obj::FeeRefund(r)) => Some(format!(
            "Application fee refund for {}",
            ledger.id_of(Obj::ApplicationFee(ledger.fee_refund(r).fee))
        )),
        TxnSource::Object(Obj::Dispute(d)) => {
            let dispute = ledger.dispute(d);
            let charge = ledger.id_of(Obj::Charge(dispute.charge));
            Some(match (t.net().is_positive(), t.account == dispute.account) {
                (false, true) => format!("Chargeback withdrawal for {charge}"),
                (true, true) => format!("Chargeback reversal for {charge}"),
                (false, false) => format!("Dispute fee for {charge}"),
                (true, false) => format!("Dispute fee returned for {charge}"),
            })
        }
        TxnSource::Reserve(account) => Some(if t.amount.is_negative() {
            format!(
                "Connect reserve held for the negative balance of {}",
                ledger.account(account).id
            )
        } else {
            format!("Connect reserve released for {}", ledger.account(account).id)
        }),
        TxnSource::Object(_) => None,
    }
}

pub fn payout<S: Serializer>(s: S, ledger: AsOf<'_>, id: PayoutId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let p = ledger.payout(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Payout(id)).as_str())?;
    m.serialize_entry("object", "payout")?;
    m.serialize_entry("amount", &p.amount.minor_units())?;
    m.serialize_entry("application_fee", &None::<()>)?;
    m.serialize_entry("application_fee_amount", &None::<()>)?;
    m.serialize_entry("arrival_date", &p.arrival_date)?;
    m.serialize_entry("automatic", &p.automatic)?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            Some(Obj::BalanceTransaction(p.balance_transaction)),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("created", &p.created)?;
    m.serialize_entry("currency", p.currency.as_str())?;
    m.serialize_entry("description", &p.description.as_deref())?;
    m.serialize_entry(
        "destination",
        &field(Some(Obj::BankAccount(p.destination)), "destination"),
    )?;
    m.serialize_entry(
        "failure_balance_transaction",
        &field(
            p.failure_balance_transaction.map(Obj::BalanceTransaction),
            "failure_balance_transaction",
        ),
    )?;
    m.serialize_entry("failure_code", &p.failure.map(|f| f.code()))?;
    m.serialize_entry("failure_message", &p.failure.map(|f| f.message()))?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&p.metadata))?;
    m.serialize_entry("method", p.method.as_str())?;
    m.serialize_entry(
        "original_payout",
        &field(p.original_payout.map(Obj::Payout), "original_payout"),
    )?;
    m.serialize_entry("payout_method", &None::<()>)?;
    let reconciliation = match (p.automatic, p.status) {
        (false, _) => "not_applicable",
        (true, PayoutStatus::Paid) => "completed",
        (true, _) => "in_progress",
    };
    m.serialize_entry("reconciliation_status", reconciliation)?;
    m.serialize_entry("reversed_by", &field(p.reversed_by.map(Obj::Payout), "reversed_by"))?;
    m.serialize_entry("source_type", "card")?;
    m.serialize_entry("statement_descriptor", &p.statement_descriptor.as_deref())?;
    m.serialize_entry("status", p.status.as_str())?;
    m.serialize_entry("trace_id", &TraceId(p.status))?;
    let to_card = ledger.bank_account(p.destination).card.is_some();
    m.serialize_entry("type", if to_card { "card" } else { "bank_account" })?;
    m.end()
}

struct TraceId(PayoutStatus);

impl Serialize for TraceId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry(
            "status",
            if self.0 == PayoutStatus::Paid {
                "unsupported"
            } else {
                "pending"
            },
        )?;
        m.serialize_entry("value", &None::<()>)?;
        m.end()
    }
}
