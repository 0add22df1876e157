//! A dispute of a card charge: its reason, status, evidence and the funds it moved.

use crate::ledger::codec::{Image, ImageError, Reader, Writer};
use crate::ledger::codec::{image_enum, image_struct};

use super::kinds::{AccountId, ChargeId, Obj, Refers, TxnId};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// Why a card's holder disputed a charge (`reason`).
    pub enum DisputeReason {
        Fraudulent: "fraudulent" = 0,
        ProductNotReceived: "product_not_received" = 1,
        General: "general" = 2,
    }
}

wire_enum! {
    /// A dispute's `status`.
    pub enum DisputeStatus {
        /// An inquiry, waiting for evidence: nothing has been withdrawn.
        WarningNeedsResponse: "warning_needs_response" = 0,
        WarningUnderReview: "warning_under_review" = 1,
        WarningClosed: "warning_closed" = 2,
        /// A chargeback, waiting for evidence: the amount and the fee have been withdrawn.
        NeedsResponse: "needs_response" = 3,
        UnderReview: "under_review" = 4,
        Won: "won" = 5,
        Lost: "lost" = 6,
    }
}

impl DisputeStatus {
    /// Still waiting for the merchant's evidence.
    pub fn needs_response(self) -> bool {
        matches!(self, DisputeStatus::NeedsResponse | DisputeStatus::WarningNeedsResponse)
    }

    pub fn is_closed(self) -> bool {
        matches!(
            self,
            DisputeStatus::WarningClosed | DisputeStatus::Won | DisputeStatus::Lost
        )
    }

    /// Whether a dispute may go from this status to `next`: a closed one never changes; an
    /// inquiry may be escalated into a chargeback, never the reverse.
    pub fn allows(self, next: DisputeStatus) -> bool {
        !self.is_closed() && (self.is_inquiry() || !next.is_inquiry())
    }

    /// An inquiry (a `warning_…` status) rather than a chargeback.
    pub fn is_inquiry(self) -> bool {
        matches!(
            self,
            DisputeStatus::WarningNeedsResponse | DisputeStatus::WarningUnderReview | DisputeStatus::WarningClosed
        )
    }
}

/// What the test-mode evidence `evidence[uncategorized_text]` decides once submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisputeOutcome {
    /// `winning_evidence`.
    Win,
    /// `losing_evidence`.
    Lose,
    /// `escalate_inquiry_evidence`: an inquiry becomes a chargeback.
    Escalate,
}

impl DisputeOutcome {
    /// The outcome Stripe's magic evidence text names, if it is one.
    pub fn from_evidence(text: &str) -> Option<DisputeOutcome> {
        Some(match text {
            "winning_evidence" => DisputeOutcome::Win,
            "losing_evidence" => DisputeOutcome::Lose,
            "escalate_inquiry_evidence" => DisputeOutcome::Escalate,
            _ => return None,
        })
    }
}

/// The money a chargeback moved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisputeFunds {
    /// The disputed account's `adjustment`: the amount, and the dispute fee when it pays it.
    pub withdrawal: TxnId,
    /// The platform's `adjustment` for the dispute fee, when the platform pays the
    /// connected account's fees (`controller.fees.payer = application`).
    pub platform_fee: Option<TxnId>,
    /// The disputed account's `adjustment` returning the amount and fee, once won.
    pub reinstatement: Option<TxnId>,
    /// The platform's `adjustment` returning the fee it paid, once won.
    pub platform_fee_reinstatement: Option<TxnId>,
}

/// The text fields of `evidence[...]` the simulator keeps. File fields (receipts,
/// documentation) name uploads, which are not simulated.
pub const EVIDENCE_FIELDS: [&str; 18] = [
    "access_activity_log",
    "billing_address",
    "cancellation_policy_disclosure",
    "cancellation_rebuttal",
    "customer_email_address",
    "customer_name",
    "customer_purchase_ip",
    "duplicate_charge_explanation",
    "duplicate_charge_id",
    "product_description",
    "refund_policy_disclosure",
    "refund_refusal_explanation",
    "service_date",
    "shipping_address",
    "shipping_carrier",
    "shipping_date",
    "shipping_tracking_number",
    "uncategorized_text",
];

/// The evidence given so far, by field name, in [`EVIDENCE_FIELDS`] order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence(pub Vec<(&'static str, Box<str>)>);

impl Evidence {
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, v)| &**v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The evidence with `changes` applied (an empty value removes a field).
    pub fn updated(&self, changes: &[(&'static str, String)]) -> Evidence {
        let mut fields = self.0.clone();
        for (field, value) in changes {
            fields.retain(|(f, _)| f != field);
            if !value.is_empty() {
                fields.push((field, value.as_str().into()));
            }
        }
        let rank = |f: &str| EVIDENCE_FIELDS.iter().position(|known| *known == f);
        fields.sort_by_key(|(f, _)| rank(f));
        Evidence(fields)
    }
}

/// A dispute (`dp_…`) of a charge, owned with the charge by the account that bears it: the
/// connected account for a direct charge, the platform for its own and destination charges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dispute {
    pub account: AccountId,
    pub charge: ChargeId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub reason: DisputeReason,
    pub status: DisputeStatus,
    /// `None` while nothing was withdrawn (an inquiry).
    pub funds: Option<DisputeFunds>,
    pub evidence: Evidence,
    /// The end of the day (23:59:59 UTC) by which evidence is due; the clock closes the
    /// dispute then if none was submitted.
    pub due_by: Timestamp,
    pub submission_count: u32,
    /// When evidence was last submitted (`submit=true`).
    pub submitted_at: Option<Timestamp>,
    /// Whether the last submission came after `due_by` (Stripe's `past_due`).
    pub past_due: bool,
    /// What the submitted evidence decides; the clock applies it.
    pub outcome: Option<DisputeOutcome>,
    pub metadata: Metadata,
}

impl Dispute {
    /// Moves the dispute to `next`, which its status must allow: anything else is a bug.
    #[track_caller]
    pub fn set_status(&mut self, next: DisputeStatus) {
        assert!(
            self.status.allows(next),
            "a dispute cannot go from {:?} to {next:?}",
            self.status
        );
        self.status = next;
    }

    /// When the clock next acts on this dispute, if it will: the moment evidence with a
    /// decision was submitted, or the deadline of one still waiting for evidence.
    pub fn next_step(&self) -> Option<Timestamp> {
        if self.status.is_closed() {
            None
        } else if self.status.needs_response() {
            Some(self.due_by)
        } else {
            self.outcome.and(self.submitted_at)
        }
    }
}

image_enum!(DisputeOutcome {
    Win = 0,
    Lose = 1,
    Escalate = 2
});

image_struct!(DisputeFunds {
    withdrawal,
    platform_fee,
    reinstatement,
    platform_fee_reinstatement
});

/// Evidence is written as (field, text) pairs; a field name is read back as one of
/// [`EVIDENCE_FIELDS`], in their order.
impl Image for Evidence {
    fn write(&self, w: &mut Writer) {
        w.varint(self.0.len() as u64);
        for (field, value) in &self.0 {
            w.bytes(field.as_bytes());
            value.write(w);
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Evidence, ImageError> {
        let len = r.length()?;
        let mut fields = Vec::with_capacity(len);
        for _ in 0..len {
            let name = String::read(r)?;
            let field = EVIDENCE_FIELDS
                .iter()
                .find(|known| **known == name)
                .ok_or_else(|| r.invalid("evidence field"))?;
            fields.push((*field, Box::<str>::read(r)?));
        }
        Ok(Evidence(fields))
    }
}

image_struct!(Dispute {
    account,
    charge,
    amount,
    currency,
    created,
    reason,
    status,
    funds,
    evidence,
    due_by,
    submission_count,
    submitted_at,
    past_due,
    outcome,
    metadata
});

impl Refers for Dispute {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        to(Obj::Charge(self.charge));
        if let Some(funds) = &self.funds {
            to(Obj::BalanceTransaction(funds.withdrawal));
            funds
                .platform_fee
                .into_iter()
                .map(Obj::BalanceTransaction)
                .for_each(&mut *to);
            funds
                .reinstatement
                .into_iter()
                .map(Obj::BalanceTransaction)
                .for_each(&mut *to);
            funds
                .platform_fee_reinstatement
                .into_iter()
                .map(Obj::BalanceTransaction)
                .for_each(&mut *to);
        }
    }
}
