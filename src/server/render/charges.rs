//! Charges (`ch_…`), payments (`py_…`: what a transfer or an account debit creates on the
//! account that receives it) and refunds.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::cards::{BILLING_DETAILS, CARD_CHECKS, CardObject, EXP_MONTH, EXP_YEAR, fingerprint};
use super::wire::application_id;
use super::wire::{Expandable, MetadataView, ShippingView, View, Wire, embedded_list};
use crate::ledger::{
    AsOf, Card, Charge, ChargeId, ChargeSource, ChargeStatus, Decline, Kind, Obj, Prefix, Refund, RefundId,
    TEST_CARD_EXPIRY,
};
use crate::server::error::decline_message;
use crate::server::expand::Shape;
use crate::server::expand::{Expand, NONE};
use crate::server::version::{ApiVersion, rendering};

impl Wire for Charge {
    type Id = ChargeId;
    const SHAPE: Shape = Shape {
        object: "charge",
        noun: "charge",
        expands: &[
            ("application", None),
            ("application_fee", Some(Kind::ApplicationFee)),
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("customer", Some(Kind::Customer)),
            ("failure_balance_transaction", Some(Kind::BalanceTransaction)),
            ("invoice", None),
            ("on_behalf_of", Some(Kind::Account)),
            ("payment_intent", Some(Kind::PaymentIntent)),
            ("refunds", None),
            ("review", None),
            ("source_transfer", Some(Kind::Transfer)),
            ("transfer", Some(Kind::Transfer)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: ChargeId) -> Result<S::Ok, S::Error> {
        charge(s, view.at, id, view.expand)
    }
}

impl Wire for Refund {
    type Id = RefundId;
    const SHAPE: Shape = Shape {
        object: "refund",
        noun: "refund",
        expands: &[
            ("balance_transaction", Some(Kind::BalanceTransaction)),
            ("charge", Some(Kind::Charge)),
            ("failure_balance_transaction", Some(Kind::BalanceTransaction)),
            ("payment_intent", Some(Kind::PaymentIntent)),
            ("source_transfer_reversal", Some(Kind::Reversal)),
            ("transfer_reversal", Some(Kind::Reversal)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: RefundId) -> Result<S::Ok, S::Error> {
        refund(s, view.at, id, view.expand)
    }
}

pub fn charge<S: Serializer>(s: S, ledger: AsOf<'_>, id: ChargeId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let c = ledger.charge(id);
    let succeeded = c.status == ChargeStatus::Succeeded;
    let card = match c.source {
        ChargeSource::Card(card) => Some(card),
        ChargeSource::Account { .. } => None,
    };
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Charge(id)).as_str())?;
    m.serialize_entry("object", "charge")?;
    m.serialize_entry("amount", &c.amount.minor_units())?;
    m.serialize_entry("amount_captured", &c.amount_captured.minor_units())?;
    m.serialize_entry("amount_refunded", &c.amount_refunded.minor_units())?;
    // A card charge on a connected account was made by the platform's Connect application.
    let application = card
        .filter(|_| !c.account.is_platform())
        .map(|_| application_id(ledger));
    m.serialize_entry("application", &application.as_deref())?;
    m.serialize_entry(
        "application_fee",
        &field(c.links.application_fee.map(Obj::ApplicationFee), "application_fee"),
    )?;
    m.serialize_entry(
        "application_fee_amount",
        &c.links.application_fee_amount.map(|a| a.minor_units()),
    )?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            c.balance_transaction.map(Obj::BalanceTransaction),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("billing_details", &BILLING_DETAILS)?;
    m.serialize_entry(
        "calculated_statement_descriptor",
        &card.map(|_| statement_descriptor(ledger, id)),
    )?;
    m.serialize_entry("captured", &c.captured())?;
    m.serialize_entry("created", &c.created)?;
    m.serialize_entry("currency", c.currency.as_str())?;
    m.serialize_entry("customer", &field(c.links.customer.map(Obj::Customer), "customer"))?;
    m.serialize_entry("description", &c.description.as_deref())?;
    m.serialize_entry("disputed", &c.links.dispute.is_some())?;
    m.serialize_entry("failure_balance_transaction", &None::<()>)?;
    let decline = card.filter(|_| !succeeded).map(failure_of);
    m.serialize_entry("failure_code", &decline.map(Decline::code))?;
    m.serialize_entry("failure_message", &decline.map(decline_message))?;
    m.serialize_entry("fraud_details", &serde_json::Map::new())?;
    if !rendering().at_least(ApiVersion::INVOICE_REMOVED) {
        m.serialize_entry("invoice", &None::<()>)?;
    }
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&c.metadata))?;
    m.serialize_entry(
        "on_behalf_of",
        &field(c.links.on_behalf_of.map(Obj::Account), "on_behalf_of"),
    )?;
    m.serialize_entry("outcome", &card.map(|_| Outcome(decline)))?;
    m.serialize_entry("paid", &succeeded)?;
    m.serialize_entry(
        "payment_intent",
        &field(c.links.payment_intent.map(Obj::PaymentIntent), "payment_intent"),
    )?;
    // A PaymentIntent's charge names its payment method (`pm_…`) and has no source; a
    // charge made with a token names the card it made.
    let card_id = card
        .filter(|_| c.links.payment_method.is_none())
        .map(|_| ledger.ledger().codec().encode(Prefix::Card, id.index() as u32));
    match c.links.payment_method {
        Some(method) => m.serialize_entry("payment_method", ledger.id_of(Obj::PaymentMethod(method)).as_str())?,
        None => m.serialize_entry("payment_method", &card_id.as_ref().map(|c| c.as_str()))?,
    }
    m.serialize_entry("payment_method_details", &PaymentMethodDetails(card))?;
    m.serialize_entry("receipt_email", &c.receipt_email.as_deref())?;
    m.serialize_entry("receipt_number", &None::<()>)?;
    m.serialize_entry("receipt_url", &None::<()>)?;
    m.serialize_entry("refunded", &c.refunded())?;
    if expand.get("refunds").is_some() {
        let charge_id = ledger.id_of(Obj::Charge(id));
        embedded_list(
            &mut m,
            "refunds",
            ledger,
            &["/v1/charges/", charge_id.as_str(), "/refunds"],
            c.refunds.iter().rev().map(|r| Obj::Refund(*r)),
        )?;
    }
    m.serialize_entry("review", &None::<()>)?;
    m.serialize_entry("shipping", &ShippingView(c.shipping.as_ref()))?;
    match (c.source, card_id) {
        (ChargeSource::Card(card), Some(card_id)) => m.serialize_entry(
            "source",
            &CardObject {
                card,
                id: card_id.as_str(),
                customer: None,
                expiry: TEST_CARD_EXPIRY,
                holder: None,
                metadata: None,
            },
        )?,
        // A payment's source is the account that paid it (debit-rules §4).
        (ChargeSource::Account { from, .. }, _) => {
            let paying = View {
                at: ledger,
                obj: Obj::Account(from),
                expand: &NONE,
                facts: None,
            };
            m.serialize_entry("source", &paying)?
        }
        (ChargeSource::Card(_), None) => m.serialize_entry("source", &None::<()>)?,
    }
    let source_transfer = match c.source {
        ChargeSource::Account { transfer, .. } => Some(Obj::Transfer(transfer)),
        ChargeSource::Card(_) => None,
    };
    m.serialize_entry("source_transfer", &field(source_transfer, "source_transfer"))?;
    m.serialize_entry("statement_descriptor", &c.statement_descriptor.as_deref())?;
    m.serialize_entry("statement_descriptor_suffix", &c.statement_descriptor_suffix.as_deref())?;
    m.serialize_entry("status", if succeeded { "succeeded" } else { "failed" })?;
    if let Some(destination) = c.destination {
        // Only captured destination charges have `transfer`; it is absent, not null,
        // otherwise.
        if let Some(transfer) = destination.transfer {
            m.serialize_entry("transfer", &field(Some(Obj::Transfer(transfer)), "transfer"))?;
        }
        m.serialize_entry(
            "transfer_data",
            &TransferData(
                ledger,
                destination.amount.map(|a| a.minor_units()),
                Obj::Account(destination.destination),
            ),
        )?;
    } else {
        m.serialize_entry("transfer_data", &None::<()>)?;
    }
    m.serialize_entry("transfer_group", &c.transfer_group.as_deref())?;
    m.end()
}

fn statement_descriptor(ledger: AsOf<'_>, id: ChargeId) -> String {
    let c = ledger.charge(id);
    let account = ledger.account(c.account);
    let text = c
        .statement_descriptor
        .as_deref()
        .or(account.business_name())
        .unwrap_or("DEBITSIM");
    text.chars().take(22).collect::<String>().to_uppercase()
}

/// Why a failed card charge failed: its card's decline, or (a card that asks for 3D Secure,
/// charged where nobody could give it) `authentication_required`.
fn failure_of(card: Card) -> Decline {
    card.decline.unwrap_or(Decline::AuthenticationRequired)
}

struct Outcome(Option<Decline>);

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("advice_code", &None::<()>)?;
        m.serialize_entry("network_advice_code", &None::<()>)?;
        m.serialize_entry("network_decline_code", &None::<()>)?;
        match self.0 {
            None => {
                m.serialize_entry("network_status", "approved_by_network")?;
                m.serialize_entry("reason", &None::<()>)?;
                m.serialize_entry("risk_level", "normal")?;
                m.serialize_entry("risk_score", &32)?;
                m.serialize_entry("seller_message", "Payment complete.")?;
                m.serialize_entry("type", "authorized")?;
            }
            Some(decline) => {
                m.serialize_entry("network_status", "declined_by_network")?;
                m.serialize_entry("reason", decline.decline_code())?;
                m.serialize_entry("risk_level", "normal")?;
                m.serialize_entry("risk_score", &32)?;
                let message = match decline {
                    Decline::Generic => "The bank did not return any further details with this decline.",
                    Decline::InsufficientFunds => "The bank returned the decline code `insufficient_funds`.",
                    Decline::LostCard => "The bank returned the decline code `lost_card`.",
                    Decline::StolenCard => "The bank returned the decline code `stolen_card`.",
                    Decline::ExpiredCard => "The bank returned the decline code `expired_card`.",
                    Decline::IncorrectCvc => "The bank returned the decline code `incorrect_cvc`.",
                    Decline::ProcessingError => "The bank returned the decline code `processing_error`.",
                    Decline::AuthenticationRequired => "The bank returned the decline code `authentication_required`.",
                };
                m.serialize_entry("seller_message", message)?;
                m.serialize_entry("type", "issuer_declined")?;
            }
        }
        m.end()
    }
}

struct PaymentMethodDetails(Option<Card>);

impl Serialize for PaymentMethodDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        match self.0 {
            Some(card) => {
                m.serialize_entry("card", &CardDetails(card))?;
                m.serialize_entry("type", "card")?;
            }
            None => {
                m.serialize_entry("stripe_account", &serde_json::Map::new())?;
                m.serialize_entry("type", "stripe_account")?;
            }
        }
        m.end()
    }
}

struct CardDetails(Card);

impl Serialize for CardDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let card = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("amount_authorized", &None::<()>)?;
        m.serialize_entry("brand", card.brand.as_str())?;
        m.serialize_entry("checks", &CARD_CHECKS)?;
        m.serialize_entry("country", card.country)?;
        m.serialize_entry("exp_month", &EXP_MONTH)?;
        m.serialize_entry("exp_year", &EXP_YEAR)?;
        m.serialize_entry("fingerprint", fingerprint(card.last4, card.brand.as_str()).as_str())?;
        m.serialize_entry("funding", card.funding)?;
        m.serialize_entry("installments", &None::<()>)?;
        m.serialize_entry("last4", card.last4)?;
        m.serialize_entry("mandate", &None::<()>)?;
        m.serialize_entry("network", card.brand.as_str())?;
        m.serialize_entry("three_d_secure", &None::<()>)?;
        m.serialize_entry("wallet", &None::<()>)?;
        m.end()
    }
}

/// The card object of a charge made with a token, as `source` shows it.
struct TransferData<'a>(AsOf<'a>, Option<i64>, Obj);

impl Serialize for TransferData<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("amount", &self.1)?;
        m.serialize_entry("destination", &self.0.id_of(self.2).as_str())?;
        m.end()
    }
}

pub fn refund<S: Serializer>(s: S, ledger: AsOf<'_>, id: RefundId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let r = ledger.refund(id);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Refund(id)).as_str())?;
    m.serialize_entry("object", "refund")?;
    m.serialize_entry("amount", &r.amount.minor_units())?;
    m.serialize_entry(
        "balance_transaction",
        &field(
            r.balance_transaction.map(Obj::BalanceTransaction),
            "balance_transaction",
        ),
    )?;
    m.serialize_entry("charge", &field(Some(Obj::Charge(r.charge)), "charge"))?;
    m.serialize_entry("created", &r.created)?;
    m.serialize_entry("currency", r.currency.as_str())?;
    m.serialize_entry("metadata", &MetadataView(&r.metadata))?;
    let intent = ledger.charge(r.charge).links.payment_intent;
    m.serialize_entry(
        "payment_intent",
        &field(intent.map(Obj::PaymentIntent), "payment_intent"),
    )?;
    m.serialize_entry("reason", &r.reason.map(|reason| reason.as_str()))?;
    m.serialize_entry("receipt_number", &None::<()>)?;
    m.serialize_entry("source_transfer_reversal", &None::<()>)?;
    m.serialize_entry("status", "succeeded")?;
    m.serialize_entry(
        "transfer_reversal",
        &field(r.transfer_reversal.map(Obj::Reversal), "transfer_reversal"),
    )?;
    m.end()
}
