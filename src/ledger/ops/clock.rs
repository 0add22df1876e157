//! Simulated time: funds becoming available, payouts arriving, and the daily payout run
//! with its automatic payouts and bank debits of negative balances (debit-rules §3, §6).

use std::collections::BTreeMap;

use crate::ledger::data::*;
use crate::ledger::posting::Plan;
use crate::ledger::state::Ledger;

/// The furthest the world's clock moves in one step (`/_sim/clock/advance`, a test clock's
/// advance): ten years.
pub const MAX_CLOCK_ADVANCE: Timestamp = 3650 * DAY;

impl Ledger {
    /// `balance.available` on `account`, showing its balances as they are now.
    pub(crate) fn emit_balance_available(&mut self, account: AccountId) {
        let event = self.emit(EventType::BalanceAvailable, account, Obj::Balance(account));
        let balances = self.books[account.index()].balances.clone();
        self.balance_snapshots.insert(event.0, balances);
    }

    /// Moves the world's clock forward to `to`, running everything due on the way in time
    /// order: pending funds become available at their `available_on` (with a
    /// `balance.available` event per account), payouts arrive, and at each midnight the payout
    /// run makes scheduled payouts and debits banks for negative balances. Returns the events
    /// caused. Time never goes back: an earlier `to` changes nothing.
    pub fn advance_clock(&mut self, to: Timestamp) -> Vec<EventId> {
        let first_event = self.events.len();
        while let Some(at) = self.next_due().filter(|at| *at <= to) {
            self.now = self.now.max(at);
            self.mature_funds();
            self.arrive_payouts();
            self.step_disputes();
            if self.next_payout_run <= self.now {
                let run = self.next_payout_run;
                self.next_payout_run = next_midnight(run);
                self.run_payouts(run);
            }
        }
        self.now = self.now.max(to);
        // Time caused these, not a request.
        for event in first_event as u32..self.events.next_index() {
            self.events.modify_unversioned(event, |e| e.automatic = true);
        }
        self.emitted_since(first_event)
    }

    /// The next midnight (UTC) at which the payout run makes scheduled payouts and bank
    /// debits.
    pub fn next_payout_run(&self) -> Timestamp {
        self.next_payout_run
    }

    /// When the world's earliest payout in transit arrives, if one is in transit.
    pub fn next_payout_arrival(&self) -> Option<Timestamp> {
        self.arriving.first().map(|(at, _)| *at)
    }

    /// When the world's earliest pending funds become available, if any are pending.
    pub fn next_funds_available(&self) -> Option<Timestamp> {
        self.maturing.first().map(|(at, _)| *at)
    }

    /// When something is next due, if anything is.
    pub fn next_due(&self) -> Option<Timestamp> {
        let maturing = self.maturing.first().map(|(at, _)| *at);
        let arriving = self.arriving.first().map(|(at, _)| *at);
        let disputes = self.dispute_steps.first().map(|(at, _)| *at);
        [maturing, arriving, disputes, Some(self.next_payout_run)]
            .into_iter()
            .flatten()
            .min()
    }

    /// Makes every pending balance transaction due by now available, one settlement per
    /// account and currency, so each balance (and the reserve for it) settles on its own.
    fn mature_funds(&mut self) {
        let mut due: BTreeMap<(AccountId, Currency), Vec<_>> = BTreeMap::new();
        for (at, txn) in &self.maturing {
            if *at > self.now {
                break;
            }
            let txn_ = &self.txns[txn.0];
            due.entry((txn_.account, txn_.currency)).or_default().push(*txn);
        }
        let mut announced = Vec::new();
        for ((account, _), txns) in due {
            let mut plan = Plan::default();
            for txn in &txns {
                plan.mature(*txn);
            }
            // Moving funds from pending to available cannot overflow a balance whose
            // buckets both fit; if it ever would, they stay pending and are retried.
            if self.post(plan).is_some() {
                if !announced.contains(&account) {
                    announced.push(account);
                    self.emit_balance_available(account);
                }
            } else {
                for txn in txns {
                    let available_on = self.txns[txn.0].available_on;
                    self.maturing.remove(&(available_on, txn));
                    let retry = next_midnight(self.now);
                    self.txns.modify_unversioned(txn.0, |t| t.available_on = retry);
                    self.maturing.insert((next_midnight(self.now), txn));
                }
            }
        }
    }

    fn arrive_payouts(&mut self) {
        while let Some(&(at, payout)) = self.arriving.first() {
            if at > self.now {
                break;
            }
            self.arriving.remove(&(at, payout));
            // A payout whose arrival could not settle is retried at the next midnight.
            if !self.arrive(payout) {
                self.arriving.insert((next_midnight(self.now), payout));
            }
        }
    }
}
