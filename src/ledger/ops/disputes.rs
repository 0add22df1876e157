//! Disputes: what a dispute test card opens once its charge is captured, and how it ends.
//!
//! A chargeback withdraws the disputed amount and Stripe's dispute fee, as one `adjustment`,
//! from whoever bears it: the connected account on a direct charge (the platform pays the fee
//! when it pays the account's fees, `controller.fees.payer = application`), the platform on
//! its own and destination charges. The withdrawal comes out of `available` and may take it
//! below zero; the posting engine then moves the platform's reserve as for any negative
//! balance (debit-rules §6). An inquiry withdraws nothing.
//!
//! Evidence is staged or submitted with `POST /v1/disputes/{id}`; Stripe's test-mode text
//! `evidence[uncategorized_text]` decides the outcome, which the clock applies the next time
//! it moves (docs/behaviour.md §14). A dispute left without evidence is closed by the clock
//! at its deadline: a chargeback lost, an inquiry `warning_closed`.

use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::metadata_after;

/// Stripe's dispute fee, in minor units of the charge's currency: $15.00 in usd, and
/// (docs/behaviour.md §14) the same 1,500 minor units in every other currency.
pub const DISPUTE_FEE: Amount = Amount::new(1_500);

/// How long evidence may take: until the end of the seventh day after the dispute opened.
const RESPONSE_DAYS: i64 = 7;

/// The parameters of `POST /v1/disputes/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DisputeUpdate {
    /// `evidence[field]=text`, for the text fields the simulator keeps ([`EVIDENCE_FIELDS`]);
    /// an empty text removes the field.
    pub evidence: Vec<(String, String)>,
    /// File fields given (`evidence[receipt]=file_…`): uploads are not simulated.
    pub evidence_files: Vec<String>,
    pub metadata: Option<MetadataUpdate>,
    /// Missing means `true` when evidence is given.
    pub submit: Option<bool>,
}

/// A dispute whose withdrawal (if any) is in a plan, waiting to be stored.
pub(crate) struct PlannedDispute {
    pub id: DisputeId,
    account: AccountId,
    charge: ChargeId,
    amount: Amount,
    currency: Currency,
    reason: DisputeReason,
    status: DisputeStatus,
    funds: Option<DisputeFunds>,
}

impl Ledger {
    /// Whether the platform pays `account`'s dispute fees (`controller.fees.payer`).
    pub(crate) fn platform_pays_fees(&self, account: AccountId) -> bool {
        matches!(
            self.accounts[account.0].role,
            Role::Connected { controller, .. } if controller.fees_payer == FeePayer::Application
        )
    }

    /// Adds a chargeback's withdrawal of `amount` from `account` to `plan`, the dispute
    /// fee with it (or on the platform, when it pays the account's fees).
    fn plan_withdrawal(
        &self,
        plan: &mut Plan,
        dispute: DisputeId,
        account: AccountId,
        amount: Amount,
        currency: Currency,
        reinstate: bool,
    ) -> (TxnId, Option<TxnId>) {
        let sign = |a: Amount| if reinstate { a } else { a.negated() };
        let platform_pays = self.platform_pays_fees(account);
        let mut adjustment = |account, amount, fee| {
            plan.record(
                self,
                NewTxn {
                    fee,
                    ..NewTxn::at_once(
                        self.now,
                        account,
                        currency,
                        TxnType::Adjustment,
                        amount,
                        TxnSource::Object(Obj::Dispute(dispute)),
                    )
                },
            )
        };
        // A withdrawal's fee is positive; a reinstatement returns it as a negative fee.
        let fee = sign(DISPUTE_FEE).negated();
        let own = adjustment(account, sign(amount), if platform_pays { Amount::ZERO } else { fee });
        let platform = platform_pays.then(|| adjustment(AccountId::PLATFORM, Amount::ZERO, fee));
        (own, platform)
    }

    /// Plans the dispute a dispute test card opens on `charge` (captured for `amount`), on
    /// the account that bears it.
    pub(crate) fn plan_dispute(
        &self,
        plan: &mut Plan,
        account: AccountId,
        charge: ChargeId,
        amount: Amount,
        currency: Currency,
        kind: CardDispute,
    ) -> PlannedDispute {
        let id = DisputeId(self.disputes.next_index());
        let (reason, status, funds) = match kind {
            CardDispute::Inquiry => (DisputeReason::General, DisputeStatus::WarningNeedsResponse, None),
            CardDispute::Fraudulent | CardDispute::ProductNotReceived => {
                let (withdrawal, platform_fee) = self.plan_withdrawal(plan, id, account, amount, currency, false);
                let reason = if kind == CardDispute::Fraudulent {
                    DisputeReason::Fraudulent
                } else {
                    DisputeReason::ProductNotReceived
                };
                let funds = DisputeFunds {
                    withdrawal,
                    platform_fee,
                    reinstatement: None,
                    platform_fee_reinstatement: None,
                };
                (reason, DisputeStatus::NeedsResponse, Some(funds))
            }
        };
        PlannedDispute {
            id,
            account,
            charge,
            amount,
            currency,
            reason,
            status,
            funds,
        }
    }

    /// The deadline for evidence of a dispute opened (or escalated) now.
    fn due_by(&self) -> i64 {
        start_of_day(self.now) + (RESPONSE_DAYS + 1) * DAY - 1
    }

    /// Stores a planned dispute and schedules its deadline; call before committing its
    /// settlement (the charge's `links.dispute` is set with its capture).
    pub(crate) fn store_dispute(&mut self, planned: PlannedDispute) -> DisputeId {
        let dispute = Dispute {
            account: planned.account,
            charge: planned.charge,
            amount: planned.amount,
            currency: planned.currency,
            created: self.now,
            reason: planned.reason,
            status: planned.status,
            funds: planned.funds,
            evidence: Evidence::default(),
            due_by: self.due_by(),
            submission_count: 0,
            submitted_at: None,
            past_due: false,
            outcome: None,
            metadata: Default::default(),
        };
        let step = dispute.next_step();
        let id = self.store_as(planned.id, dispute);
        if let Some(at) = step {
            self.dispute_steps.insert((at, id));
        }
        self.books[planned.account.index()].indexes.disputes.push(id);
        id
    }

    /// `charge.dispute.created`, and `charge.dispute.funds_withdrawn` for a chargeback.
    pub(crate) fn emit_dispute_opened(&mut self, id: DisputeId) {
        let dispute = &self.disputes[id.0];
        let (account, withdrawn) = (dispute.account, dispute.funds.is_some());
        self.emit(EventType::ChargeDisputeCreated, account, id);
        if withdrawn {
            self.emit(EventType::ChargeDisputeFundsWithdrawn, account, id);
        }
    }

    /// `POST /v1/disputes/{id}`: evidence (staged, or submitted) and metadata.
    ///
    /// Preconditions, in order (docs/behaviour.md §14): evidence files are not simulated;
    /// evidence is given or submitted only while the dispute waits for it; metadata.
    pub fn update_dispute(&mut self, id: DisputeId, update: DisputeUpdate) -> Result<Applied<DisputeId>, Rejection> {
        if let Some(file) = update.evidence_files.first() {
            return Err(Rejection::Unsimulated {
                param: EVIDENCE_FILE_PARAMS
                    .iter()
                    .find(|(name, _)| *name == file.as_str())
                    .map_or("evidence", |(_, param)| param),
                feature: Feature::FileUploads,
            });
        }
        let dispute = &self.disputes[id.0];
        let changes: Vec<(&'static str, String)> = update
            .evidence
            .iter()
            .map(|(name, value)| {
                EVIDENCE_FIELDS
                    .iter()
                    .find(|known| *known == name)
                    .map(|known| (*known, value.clone()))
                    .ok_or_else(|| Rejection::UnknownParameter {
                        param: format!("evidence[{name}]"),
                    })
            })
            .collect::<Result<_, _>>()?;
        let submit = match update.submit {
            Some(submit) => submit,
            None => !changes.is_empty(),
        };
        let touches_evidence = !changes.is_empty() || update.submit.is_some();
        if touches_evidence && !dispute.status.needs_response() {
            return Err(Rejection::DisputeNotOpen {
                dispute: self.id_of(Obj::Dispute(id)).to_string(),
                status: dispute.status,
            });
        }
        let metadata = metadata_after(&dispute.metadata, update.metadata.as_ref())?;
        let evidence = dispute.evidence.updated(&changes);
        let step_before = dispute.next_step();
        let first_event = self.events.len();
        let before = self.version;
        let now = self.now;
        let (account, step_after) = self.change::<Dispute, _>(id, |dispute| {
            dispute.evidence = evidence;
            if let Some(metadata) = metadata {
                dispute.metadata = metadata;
            }
            if submit && dispute.status.needs_response() {
                dispute.submission_count += 1;
                dispute.submitted_at = Some(now);
                dispute.past_due = now > dispute.due_by;
                let inquiry = dispute.status.is_inquiry();
                dispute.set_status(if inquiry {
                    DisputeStatus::WarningUnderReview
                } else {
                    DisputeStatus::UnderReview
                });
                // Only an inquiry can be escalated; on a chargeback the text decides nothing.
                dispute.outcome = dispute
                    .evidence
                    .get("uncategorized_text")
                    .and_then(DisputeOutcome::from_evidence)
                    .filter(|o| inquiry || *o != DisputeOutcome::Escalate);
            }
            (dispute.account, dispute.next_step())
        });
        self.reschedule(id, step_before, step_after);
        self.emit_updated(EventType::ChargeDisputeUpdated, account, id, before);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/disputes/{id}/close`: accepting the dispute. A chargeback is lost (its
    /// funds stay withdrawn), an inquiry closes as `warning_closed`. Only a dispute still
    /// waiting for evidence can be closed.
    pub fn close_dispute(&mut self, id: DisputeId) -> Result<Applied<DisputeId>, Rejection> {
        let dispute = &self.disputes[id.0];
        if !dispute.status.needs_response() {
            return Err(Rejection::DisputeNotOpen {
                dispute: self.id_of(Obj::Dispute(id)).to_string(),
                status: dispute.status,
            });
        }
        let step_before = dispute.next_step();
        let first_event = self.events.len();
        let account = self.change::<Dispute, _>(id, |dispute| {
            dispute.set_status(if dispute.status.is_inquiry() {
                DisputeStatus::WarningClosed
            } else {
                DisputeStatus::Lost
            });
            dispute.account
        });
        self.reschedule(id, step_before, None);
        self.emit(EventType::ChargeDisputeClosed, account, id);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    fn reschedule(&mut self, id: DisputeId, before: Option<i64>, after: Option<i64>) {
        if before != after {
            if let Some(at) = before {
                self.dispute_steps.remove(&(at, id));
            }
            if let Some(at) = after {
                self.dispute_steps.insert((at, id));
            }
        }
    }

    /// The clock's part: every dispute due by now is decided (the outcome its evidence
    /// named) or, past its deadline without evidence, closed.
    pub(crate) fn step_disputes(&mut self) {
        while let Some(&(at, id)) = self.dispute_steps.first() {
            if at > self.now {
                break;
            }
            self.dispute_steps.remove(&(at, id));
            if !self.step_dispute(id) {
                // Money that would overflow a balance waits for the next midnight.
                self.dispute_steps.insert((next_midnight(self.now), id));
            }
        }
    }

    /// Applies what is due for one dispute; `false` if its money could not settle.
    fn step_dispute(&mut self, id: DisputeId) -> bool {
        let dispute = &self.disputes[id.0];
        let (account, amount, currency) = (dispute.account, dispute.amount, dispute.currency);
        let decided = if dispute.status.needs_response() {
            // The deadline passed without evidence.
            None
        } else {
            dispute.outcome
        };
        let inquiry = dispute.status.is_inquiry();
        match (inquiry, decided) {
            (false, Some(DisputeOutcome::Win)) => {
                let mut plan = Plan::default();
                let (own, platform) = self.plan_withdrawal(&mut plan, id, account, amount, currency, true);
                let Some(settlement) = self.settle(plan) else {
                    return false;
                };
                self.change::<Dispute, _>(id, |d| {
                    d.set_status(DisputeStatus::Won);
                    if let Some(funds) = &mut d.funds {
                        funds.reinstatement = Some(own);
                        funds.platform_fee_reinstatement = platform;
                    }
                });
                self.commit(settlement);
                self.emit(EventType::ChargeDisputeClosed, account, id);
                self.emit(EventType::ChargeDisputeFundsReinstated, account, id);
            }
            (true, Some(DisputeOutcome::Escalate)) => {
                let mut plan = Plan::default();
                let (withdrawal, platform_fee) = self.plan_withdrawal(&mut plan, id, account, amount, currency, false);
                let Some(settlement) = self.settle(plan) else {
                    return false;
                };
                let before = self.version;
                let due_by = self.due_by();
                let step = self.change::<Dispute, _>(id, |d| {
                    d.set_status(DisputeStatus::NeedsResponse);
                    d.outcome = None;
                    d.due_by = due_by;
                    d.funds = Some(DisputeFunds {
                        withdrawal,
                        platform_fee,
                        reinstatement: None,
                        platform_fee_reinstatement: None,
                    });
                    d.next_step()
                });
                if let Some(at) = step {
                    self.dispute_steps.insert((at, id));
                }
                self.commit(settlement);
                self.emit_updated(EventType::ChargeDisputeUpdated, account, id, before);
                self.emit(EventType::ChargeDisputeFundsWithdrawn, account, id);
            }
            _ => {
                // Lost, or an inquiry closed (won, lost, or its deadline passed).
                self.change::<Dispute, _>(id, |d| {
                    d.set_status(if inquiry {
                        DisputeStatus::WarningClosed
                    } else {
                        DisputeStatus::Lost
                    });
                });
                self.emit(EventType::ChargeDisputeClosed, account, id);
            }
        }
        true
    }

    /// Whether `charge` can still be refunded despite a dispute: an inquiry, or a dispute
    /// won, leaves it refundable; an open or lost chargeback does not (Stripe's
    /// `is_charge_refundable`).
    pub fn dispute_allows_refund(&self, charge: &Charge) -> bool {
        charge.links.dispute.is_none_or(|d| {
            let status = self.disputes[d.0].status;
            status.is_inquiry() || status == DisputeStatus::Won
        })
    }
}

/// The evidence fields that name file uploads, with their parameter names.
pub const EVIDENCE_FILE_PARAMS: [(&str, &str); 9] = [
    ("cancellation_policy", "evidence[cancellation_policy]"),
    ("customer_communication", "evidence[customer_communication]"),
    ("customer_signature", "evidence[customer_signature]"),
    (
        "duplicate_charge_documentation",
        "evidence[duplicate_charge_documentation]",
    ),
    ("receipt", "evidence[receipt]"),
    ("refund_policy", "evidence[refund_policy]"),
    ("service_documentation", "evidence[service_documentation]"),
    ("shipping_documentation", "evidence[shipping_documentation]"),
    ("uncategorized_file", "evidence[uncategorized_file]"),
];
