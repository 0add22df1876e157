//! Payouts: manual ones from the available balance, automatic ones on the account's
//! schedule, and bank debits that cover a negative balance (debit-rules §6).

use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// A payout reaches the bank (and is paid, or fails) this many business days after the day
/// it is created, at midnight UTC: never on a Saturday or Sunday.
pub const PAYOUT_TRANSIT_BUSINESS_DAYS: u32 = 2;

/// The parameters of `POST /v1/payouts`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PayoutParams {
    pub amount: Input<i64>,
    pub currency: Option<String>,
    /// A bank account (`ba_…`) of the account; its default for the currency otherwise.
    pub destination: Option<String>,
    /// `standard`, or `instant` (to a debit card, for a fee).
    pub method: Option<String>,
    pub description: Option<String>,
    pub statement_descriptor: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// A payout about to be made, checked.
struct PayoutDraft {
    account: AccountId,
    amount: Amount,
    currency: Currency,
    destination: BankAccountId,
    automatic: bool,
    covers_since: Option<Timestamp>,
    description: Option<Box<str>>,
    statement_descriptor: Option<Box<str>>,
    metadata: Metadata,
    method: PayoutMethod,
}

impl Ledger {
    /// `POST /v1/payouts`, acting as `actor`: pays out part of its available balance.
    pub fn create_payout(&mut self, actor: AccountId, params: PayoutParams) -> Result<Applied<PayoutId>, Rejection> {
        let (amount, currency, _) = money_params(&params.amount, params.currency.as_deref(), None)?;
        let method = parse_enum(
            "method",
            params.method.as_deref(),
            PayoutMethod::parse,
            &["standard", "instant"],
        )?
        .unwrap_or(PayoutMethod::Standard);
        let destination = match params.destination.as_deref() {
            Some(id) => {
                let bank = self
                    .find::<BankAccount>(actor, id)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::ExternalAccount,
                        id: id.to_owned(),
                        param: "destination",
                    })?;
                if self.bank_account(bank).currency != currency {
                    return Err(Rejection::BankAccountCurrency {
                        bank: id.to_owned(),
                        bank_currency: self.bank_account(bank).currency,
                        currency,
                    });
                }
                bank
            }
            None => self
                .default_bank_account(actor, currency)
                .ok_or(Rejection::NoExternalAccount { currency })?,
        };
        let account = &self.accounts[actor.0];
        let books = &self.books[actor.index()];
        if !super::requirements::payouts_enabled(account) {
            return Err(Rejection::PayoutsNotEnabled {
                account: account.id.to_string(),
            });
        }
        // Instant Payouts go to a debit card that takes them, whatever the schedule (as on
        // Stripe); a standard payout asked for needs the manual schedule.
        let fee = match method {
            PayoutMethod::Instant => {
                let card = &self.bank_accounts[destination.0];
                if !card.card.as_ref().is_some_and(|c| c.instant) {
                    return Err(Rejection::InstantPayoutsUnsupported {
                        destination: self.id_of(Obj::BankAccount(destination)).to_string(),
                    });
                }
                instant_payout_fee(amount).ok_or(Rejection::AmountTooLarge {
                    param: "amount",
                    amount,
                })?
            }
            PayoutMethod::Standard => {
                if account.payouts.schedule.interval != PayoutInterval::Manual {
                    return Err(Rejection::AutomaticPayoutsEnabled {
                        account: account.id.to_string(),
                    });
                }
                Amount::ZERO
            }
        };
        let total = amount.checked_add(fee).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        if books.available(currency) < total {
            return Err(self.balance_insufficient(actor, currency, total, Spending::Payout));
        }
        let draft = PayoutDraft {
            account: actor,
            amount,
            currency,
            destination,
            automatic: false,
            covers_since: None,
            description: non_empty(params.description),
            statement_descriptor: non_empty(params.statement_descriptor),
            metadata: new_metadata(params.metadata.as_ref())?,
            method,
        };
        let first_event = self.events.len();
        let id = self.make_payout(draft).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// For an automatic payout, which balance transactions it paid out: its own, and those
    /// of its account and currency that became available after the previous automatic payout
    /// and by this one. `None` for a manual payout, which pays out an amount, not transactions.
    pub fn paid_out_by(&self, payout: PayoutId) -> Option<impl Fn(TxnId) -> bool + '_> {
        let payout_ = &self.payouts[payout.0];
        let since = payout_.covers_since?;
        let (until, currency) = (payout_.created, payout_.currency);
        Some(move |txn: TxnId| {
            let txn = &self.txns[txn.0];
            txn.source == TxnSource::Object(Obj::Payout(payout))
                || (txn.currency == currency
                    && txn.status == TxnStatus::Available
                    && txn.available_on > since
                    && txn.available_on <= until
                    && txn.created <= until
                    && !matches!(txn.source, TxnSource::Object(Obj::Payout(_))))
        })
    }

    /// Records a checked payout; `None` (nothing changed) if a balance would overflow.
    fn make_payout(&mut self, draft: PayoutDraft) -> Option<PayoutId> {
        let id = PayoutId(self.payouts.next_index());
        // An Instant Payout's fee is on its balance transaction, Stripe's, leaving the world.
        let fee = match draft.method {
            PayoutMethod::Instant => instant_payout_fee(draft.amount)?,
            PayoutMethod::Standard => Amount::ZERO,
        };
        let mut plan = Plan::default();
        let txn = plan.record(
            self,
            NewTxn {
                fee,
                ..NewTxn::at_once(
                    self.now,
                    draft.account,
                    draft.currency,
                    TxnType::Payout,
                    draft.amount.checked_neg()?,
                    TxnSource::Object(Obj::Payout(id)),
                )
            },
        );
        let settlement = self.settle(plan)?;
        // *(choice)* An Instant Payout arrives the moment it is made (Stripe: within 30
        // minutes): it is paid the next time the clock moves.
        let arrival_date = match draft.method {
            PayoutMethod::Instant => self.now,
            PayoutMethod::Standard => business_days_after(self.now, PAYOUT_TRANSIT_BUSINESS_DAYS),
        };
        self.store_as(
            id,
            Payout {
                account: draft.account,
                amount: draft.amount,
                currency: draft.currency,
                created: self.now,
                arrival_date,
                automatic: draft.automatic,
                status: PayoutStatus::Pending,
                destination: draft.destination,
                balance_transaction: txn,
                failure_balance_transaction: None,
                failure: None,
                covers_since: draft.covers_since,
                description: draft.description,
                statement_descriptor: draft.statement_descriptor,
                metadata: draft.metadata,
                reversed_by: None,
                original_payout: None,
                method: draft.method,
            },
        );
        self.books[draft.account.index()].indexes.payouts.push(id);
        self.arriving.insert((arrival_date, id));
        self.commit(settlement);
        self.emit(EventType::PayoutCreated, draft.account, Obj::Payout(id));
        Some(id)
    }

    /// A payout reaches the bank: paid, or — for Stripe's failing test account numbers, and
    /// only for payouts out of the balance — failed, with the funds returned. `false` (and
    /// nothing changed) if returning the funds would overflow a balance.
    pub(crate) fn arrive(&mut self, id: PayoutId) -> bool {
        let payout = &self.payouts[id.0];
        let failure = self.bank_accounts[payout.destination.0].payout_failure;
        let account = payout.account;
        match failure {
            Some(failure) if payout.amount.is_positive() => {
                // What left comes back whole: the amount, and an Instant Payout's fee (as a
                // negative fee, so the transaction nets both).
                let fee = self.txns[payout.balance_transaction.0].fee;
                let mut plan = Plan::default();
                let txn = plan.record(
                    self,
                    NewTxn {
                        fee: fee.negated(),
                        ..NewTxn::at_once(
                            self.now,
                            account,
                            payout.currency,
                            TxnType::PayoutFailure,
                            payout.amount,
                            TxnSource::Object(Obj::Payout(id)),
                        )
                    },
                );
                let Some(settlement) = self.settle(plan) else {
                    return false;
                };
                self.commit(settlement);
                self.change::<Payout, _>(id, |payout| {
                    payout.set_status(PayoutStatus::Failed);
                    payout.failure = Some(failure);
                    payout.failure_balance_transaction = Some(txn);
                });
                self.emit(EventType::PayoutFailed, account, Obj::Payout(id));
            }
            _ => {
                self.change::<Payout, _>(id, |payout| payout.set_status(PayoutStatus::Paid));
                self.emit(EventType::PayoutPaid, account, Obj::Payout(id));
            }
        }
        true
    }

    /// The payout run at midnight `at`: for each account and currency, a bank debit that
    /// brings a negative balance back to zero where §6 allows it, or an automatic payout of
    /// the available balance beyond its minimum balance when the schedule says today.
    pub(crate) fn run_payouts(&mut self, at: Timestamp) {
        for index in 0..self.accounts.len() {
            let account = AccountId(index as u32);
            if self.accounts[index as u32].deleted {
                continue;
            }
            // Negative balances are still recovered from the bank; only payouts of funds
            // wait for onboarding (and stop for a rejected account).
            let pays_out = super::requirements::payouts_enabled(&self.accounts[index as u32]);
            let currencies: Vec<(Currency, Amount)> = self.books[index]
                .balances
                .iter()
                .map(|b| (b.currency, b.available))
                .collect();
            for (currency, available) in currencies {
                let Some(bank) = self.default_bank_account(account, currency) else {
                    continue;
                };
                let settings = &self.accounts[account.0].payouts;
                let draft = if available.is_negative() {
                    // A negative balance is debited from a bank account, never a debit card.
                    let debits = settings.debit_negative_balances
                        && self.bank_accounts[bank.0].is_bank()
                        && self.accounts[account.0].country.auto_debits_negative_balances();
                    if !debits {
                        continue;
                    }
                    // A payout with a negative amount: the bank pays the balance back to zero.
                    PayoutDraft {
                        account,
                        amount: available,
                        currency,
                        destination: bank,
                        automatic: true,
                        covers_since: None,
                        description: Some("STRIPE DEBIT OF NEGATIVE BALANCE".into()),
                        statement_descriptor: None,
                        metadata: Metadata::default(),
                        method: PayoutMethod::Standard,
                    }
                } else if pays_out
                    && available > settings.minimum_balance(currency)
                    && is_payout_day(settings.schedule.interval, at)
                {
                    let since = self.books[index]
                        .indexes
                        .payouts
                        .iter()
                        .rev()
                        .map(|p| &self.payouts[p.0])
                        .find(|p| p.automatic && p.currency == currency && p.amount.is_positive())
                        .map_or(0, |p| p.created);
                    // What exceeds the minimum balance is paid out; the minimum stays.
                    let Some(amount) = available.checked_sub(settings.minimum_balance(currency)) else {
                        continue;
                    };
                    PayoutDraft {
                        account,
                        amount,
                        currency,
                        destination: bank,
                        automatic: true,
                        covers_since: Some(since),
                        description: Some("STRIPE PAYOUT".into()),
                        statement_descriptor: None,
                        metadata: Metadata::default(),
                        method: PayoutMethod::Standard,
                    }
                } else {
                    continue;
                };
                // An automatic payout of a balance cannot overflow it; skip if it would.
                let _ = self.make_payout(draft);
            }
        }
    }
}

/// Whether a schedule pays out at midnight `at` (UTC).
fn is_payout_day(interval: PayoutInterval, at: Timestamp) -> bool {
    let days = at.div_euclid(DAY);
    match interval {
        PayoutInterval::Manual => false,
        PayoutInterval::Daily => true,
        // 1970-01-01 was a Thursday (weekday 3, Monday = 0).
        PayoutInterval::Weekly(weekdays) => weekdays & (1 << (days + 3).rem_euclid(7)) != 0,
        PayoutInterval::Monthly(month_days) => {
            let (year, month, day) = civil_from_days(days);
            let last = days_in_month(year, month);
            PayoutInterval::month_days(month_days).any(|d| d.min(last) == day)
        }
    }
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payout_days() {
        // 2026-11-22 is a Sunday; 2026-11-30 the last day of November.
        let sunday = 20_779 * DAY;
        assert!(is_payout_day(PayoutInterval::Daily, sunday));
        assert!(is_payout_day(PayoutInterval::Weekly(1 << 6), sunday));
        assert!(!is_payout_day(PayoutInterval::Weekly(1), sunday));
        assert!(is_payout_day(PayoutInterval::Weekly(0b100_0001), sunday + DAY));
        assert!(!is_payout_day(PayoutInterval::Manual, sunday));
        assert!(is_payout_day(PayoutInterval::Monthly(1 << 21), sunday));
        assert!(is_payout_day(PayoutInterval::Monthly(1 << 30), sunday + 8 * DAY));
        assert!(!is_payout_day(PayoutInterval::Monthly(1 << 30), sunday + 7 * DAY));
        // The 5th and the 20th: both pay out, the 6th does not.
        let fifth_and_twentieth = (1 << 4) | (1 << 19);
        assert!(is_payout_day(
            PayoutInterval::Monthly(fifth_and_twentieth),
            sunday + 13 * DAY
        ));
        assert!(is_payout_day(
            PayoutInterval::Monthly(fifth_and_twentieth),
            sunday + 28 * DAY
        ));
        assert!(!is_payout_day(
            PayoutInterval::Monthly(fifth_and_twentieth),
            sunday + 14 * DAY
        ));
    }
}
