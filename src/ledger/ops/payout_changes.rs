//! What can happen to a payout after it is made: its metadata changes, it is canceled
//! before it arrives, or — paid to a US bank account — it is reversed by a new payout that
//! debits the bank.

use super::payouts::PAYOUT_TRANSIT_BUSINESS_DAYS;
use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

impl Ledger {
    /// `POST /v1/payouts/{id}`: its metadata, with `payout.updated`.
    pub fn update_payout(
        &mut self,
        payout: PayoutId,
        metadata: Option<MetadataUpdate>,
    ) -> Result<Applied<PayoutId>, Rejection> {
        let stored = &self.payouts[payout.0];
        let metadata = metadata_after(&stored.metadata, metadata.as_ref())?;
        let account = stored.account;
        let first_event = self.events.len();
        let before = self.version;
        self.change::<Payout, _>(payout, |p| {
            if let Some(metadata) = metadata {
                p.metadata = metadata;
            }
        });
        self.emit_updated(EventType::PayoutUpdated, account, Obj::Payout(payout), before);
        Ok(Applied {
            value: payout,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payouts/{id}/cancel`: a manual payout still on its way is stopped, and its
    /// funds return to the available balance as a `payout_cancel` balance transaction.
    ///
    /// Checked in order: the payout is pending; it is not automatic (Stripe does not let
    /// its own payouts be canceled); it is not a reversal (a bank debit, which is not taken
    /// back).
    pub fn cancel_payout(&mut self, payout: PayoutId) -> Result<Applied<PayoutId>, Rejection> {
        let stored = &self.payouts[payout.0];
        let id = self.id_of(Obj::Payout(payout)).to_string();
        if stored.status != PayoutStatus::Pending {
            return Err(Rejection::PayoutNotCancelable {
                payout: id,
                status: stored.status,
            });
        }
        if stored.automatic {
            return Err(Rejection::AutomaticPayoutNotCancelable { payout: id });
        }
        if self.bank_accounts[stored.destination.0].card.is_some() {
            return Err(Rejection::CardPayoutFinal { payout: id });
        }
        if stored.original_payout.is_some() {
            return Err(Rejection::PayoutIsADebit { payout: id });
        }
        let (account, amount, currency, arrival) =
            (stored.account, stored.amount, stored.currency, stored.arrival_date);
        let mut plan = Plan::default();
        plan.record(
            self,
            NewTxn::at_once(
                self.now,
                account,
                currency,
                TxnType::PayoutCancel,
                amount,
                TxnSource::Object(Obj::Payout(payout)),
            ),
        );
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        self.commit(settlement);
        self.arriving.remove(&(arrival, payout));
        self.change::<Payout, _>(payout, |p| p.set_status(PayoutStatus::Canceled));
        self.emit(EventType::PayoutCanceled, account, Obj::Payout(payout));
        Ok(Applied {
            value: payout,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/payouts/{id}/reverse`: a paid payout of a connected account to a US bank
    /// account is reversed by a new payout of the opposite amount, which debits the bank
    /// and returns the funds to the available balance at once (as debitsim's other bank
    /// debits do). The two point at each other (`reversed_by`, `original_payout`).
    ///
    /// Checked in order: a pending manual payout is to be canceled instead; the payout is
    /// paid; it paid money out (not a bank debit or a reversal itself); it is not reversed
    /// already; it is a connected account's; its bank account is in the US; the metadata.
    pub fn reverse_payout(
        &mut self,
        payout: PayoutId,
        metadata: Option<MetadataUpdate>,
    ) -> Result<Applied<PayoutId>, Rejection> {
        let stored = &self.payouts[payout.0];
        let id = self.id_of(Obj::Payout(payout)).to_string();
        if stored.status == PayoutStatus::Pending && !stored.automatic {
            return Err(Rejection::PayoutCancelInstead { payout: id });
        }
        if stored.status != PayoutStatus::Paid {
            return Err(Rejection::PayoutNotReversible {
                payout: id,
                status: stored.status,
            });
        }
        if !stored.amount.is_positive() || stored.original_payout.is_some() {
            return Err(Rejection::PayoutIsADebit { payout: id });
        }
        if let Some(by) = stored.reversed_by {
            return Err(Rejection::PayoutAlreadyReversed {
                payout: id,
                reversed_by: self.id_of(Obj::Payout(by)).to_string(),
            });
        }
        if stored.account.is_platform() {
            return Err(Rejection::PayoutReversePlatform { payout: id });
        }
        let bank = &self.bank_accounts[stored.destination.0];
        if bank.card.is_some() {
            return Err(Rejection::CardPayoutFinal { payout: id });
        }
        if bank.country != Country::US {
            return Err(Rejection::PayoutReverseNotUs {
                payout: id,
                country: bank.country,
            });
        }
        let metadata = new_metadata(metadata.as_ref())?;
        let (account, amount, currency, destination) =
            (stored.account, stored.amount, stored.currency, stored.destination);
        let reversal = PayoutId(self.payouts.next_index());
        let mut plan = Plan::default();
        let txn = plan.record(
            self,
            NewTxn::at_once(
                self.now,
                account,
                currency,
                TxnType::Payout,
                amount,
                TxnSource::Object(Obj::Payout(reversal)),
            ),
        );
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let arrival_date = business_days_after(self.now, PAYOUT_TRANSIT_BUSINESS_DAYS);
        let negative = amount.negated();
        self.store_as(
            reversal,
            Payout {
                account,
                amount: negative,
                currency,
                created: self.now,
                arrival_date,
                automatic: false,
                status: PayoutStatus::Pending,
                destination,
                balance_transaction: txn,
                failure_balance_transaction: None,
                failure: None,
                covers_since: None,
                description: None,
                statement_descriptor: None,
                metadata,
                reversed_by: None,
                original_payout: Some(payout),
                method: PayoutMethod::Standard,
            },
        );
        self.books[account.index()].indexes.payouts.push(reversal);
        self.arriving.insert((arrival_date, reversal));
        self.commit(settlement);
        let before = self.version;
        self.change::<Payout, _>(payout, |p| p.reversed_by = Some(reversal));
        self.emit(EventType::PayoutCreated, account, Obj::Payout(reversal));
        self.emit_updated(EventType::PayoutUpdated, account, Obj::Payout(payout), before);
        Ok(Applied {
            value: reversal,
            events: self.emitted_since(first_event),
        })
    }
}
