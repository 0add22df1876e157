//! Disputes (`dp_…`), with the balance transactions that withdrew and reinstated their
//! funds.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::{Expandable, MetadataView, View, Wire};
use crate::ledger::{
    AsOf, Card, ChargeSource, Dispute, DisputeId, DisputeReason, DisputeStatus, EVIDENCE_FIELDS, Evidence, Kind, Obj,
};
use crate::server::expand::Shape;
use crate::server::expand::{Expand, NONE};

impl Wire for Dispute {
    type Id = DisputeId;
    const SHAPE: Shape = Shape {
        object: "dispute",
        noun: "dispute",
        expands: &[
            ("charge", Some(Kind::Charge)),
            ("payment_intent", Some(Kind::PaymentIntent)),
        ],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: DisputeId) -> Result<S::Ok, S::Error> {
        dispute(s, view.at, id, view.expand)
    }
}

/// The file fields of `evidence`: always null here (uploads are not simulated).
const EVIDENCE_FILES: [&str; 9] = [
    "cancellation_policy",
    "customer_communication",
    "customer_signature",
    "duplicate_charge_documentation",
    "receipt",
    "refund_policy",
    "service_documentation",
    "shipping_documentation",
    "uncategorized_file",
];

pub fn dispute<S: Serializer>(s: S, ledger: AsOf<'_>, id: DisputeId, expand: &Expand) -> Result<S::Ok, S::Error> {
    let d = ledger.dispute(id);
    let charge = ledger.charge(d.charge);
    let field = |target: Option<Obj>, name: &str| Expandable::new(ledger, target, name, expand);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Dispute(id)).as_str())?;
    m.serialize_entry("object", "dispute")?;
    m.serialize_entry("amount", &d.amount.minor_units())?;
    // The withdrawal and reinstatement on the disputed account, as objects.
    let own: Vec<Obj> = d
        .funds
        .iter()
        .flat_map(|f| std::iter::once(f.withdrawal).chain(f.reinstatement))
        .map(Obj::BalanceTransaction)
        .collect();
    m.serialize_entry("balance_transactions", &Objects(ledger, &own))?;
    m.serialize_entry("charge", &field(Some(Obj::Charge(d.charge)), "charge"))?;
    m.serialize_entry("created", &d.created)?;
    m.serialize_entry("currency", d.currency.as_str())?;
    m.serialize_entry("enhanced_eligibility_types", &[] as &[&str])?;
    m.serialize_entry("evidence", &EvidenceView(&d.evidence))?;
    m.serialize_entry(
        "evidence_details",
        &EvidenceDetails {
            due_by: d.due_by,
            enhanced_eligibility: serde_json::Map::new(),
            has_evidence: !d.evidence.is_empty(),
            past_due: d.past_due,
            submission_count: d.submission_count,
            // Evidence here is given through the API: submitted by hand, never by Smart
            // Disputes.
            submission_method: if d.submission_count > 0 {
                "manual"
            } else {
                "not_submitted"
            },
        },
    )?;
    m.serialize_entry("intended_submission_method", &None::<()>)?;
    // As the view shows it (an event's dispute as it was then): an inquiry or a won
    // chargeback leaves the charge refundable (docs/behaviour.md §14).
    let refundable = d.status.is_inquiry() || d.status == DisputeStatus::Won;
    m.serialize_entry("is_charge_refundable", &refundable)?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("metadata", &MetadataView(&d.metadata))?;
    m.serialize_entry(
        "payment_intent",
        &field(charge.links.payment_intent.map(Obj::PaymentIntent), "payment_intent"),
    )?;
    let card = match charge.source {
        ChargeSource::Card(card) => Some(card),
        ChargeSource::Account { .. } => None,
    };
    m.serialize_entry(
        "payment_method_details",
        &MethodDetails(card, d.reason, d.status.is_inquiry()),
    )?;
    m.serialize_entry("reason", d.reason.as_str())?;
    m.serialize_entry("status", d.status.as_str())?;
    m.end()
}

struct Objects<'a>(AsOf<'a>, &'a [Obj]);

impl Serialize for Objects<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|obj| View {
            at: self.0,
            obj: *obj,
            expand: &NONE,
            facts: None,
        }))
    }
}

/// Every evidence field: the text given, or null.
struct EvidenceView<'a>(&'a Evidence);

impl Serialize for EvidenceView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // `enhanced_evidence` (an object) is listed as `None` and written in its place, so
        // the keys stay in alphabetical order, as Stripe writes them.
        let mut fields: Vec<(&str, Option<Option<&str>>)> = EVIDENCE_FIELDS
            .iter()
            .map(|f| (*f, Some(self.0.get(f))))
            .chain(EVIDENCE_FILES.iter().map(|f| (*f, Some(None))))
            .chain(std::iter::once(("enhanced_evidence", None)))
            .chain(std::iter::once(("appeal", Some(None))))
            .collect();
        fields.sort_by_key(|(name, _)| *name);
        let mut m = s.serialize_map(Some(fields.len()))?;
        for (name, value) in fields {
            match value {
                Some(text) => m.serialize_entry(name, &text)?,
                None => m.serialize_entry(name, &serde_json::Map::new())?,
            }
        }
        m.end()
    }
}

#[derive(Serialize)]
struct EvidenceDetails {
    due_by: i64,
    /// Visa Compelling Evidence 3.0 and the like: never here. Newer API versions (and the
    /// typed SDKs built from them) expect the object.
    enhanced_eligibility: serde_json::Map<String, serde_json::Value>,
    has_evidence: bool,
    past_due: bool,
    submission_count: u32,
    submission_method: &'static str,
}

/// `payment_method_details`: the card, whether this is a chargeback or an inquiry, and the
/// Visa reason code of the reason.
struct MethodDetails(Option<Card>, DisputeReason, bool);

impl Serialize for MethodDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("card", &CardDetails(self.0, self.1, self.2))?;
        m.serialize_entry("type", "card")?;
        m.end()
    }
}

struct CardDetails(Option<Card>, DisputeReason, bool);

impl Serialize for CardDetails {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let brand = self.0.map_or("visa", |c| c.brand.as_str());
        let reason_code = match self.1 {
            DisputeReason::Fraudulent => Some("10.4"),
            DisputeReason::ProductNotReceived => Some("13.1"),
            DisputeReason::General => None,
        };
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("brand", brand)?;
        m.serialize_entry("case_type", if self.2 { "inquiry" } else { "chargeback" })?;
        m.serialize_entry("network", brand)?;
        m.serialize_entry("network_reason_code", &reason_code)?;
        m.end()
    }
}
