//! The audit: every invariant of a world re-derived from scratch, for tests, `/_sim/audit` and
//! every image read back.

use std::collections::BTreeMap;

use super::data::*;
use super::ops::disputes::DISPUTE_FEE;
use super::state::Ledger;

impl Ledger {
    /// Re-derives every invariant from scratch; `Err` is the first one broken.
    ///
    /// - each balance bucket equals the sum of its balance transactions;
    /// - `connect_reserved` equals the platform's liability, per currency (§6);
    /// - conservation: all buckets of all accounts sum to the money that entered from outside;
    /// - a balance transaction is queued to mature exactly while it is pending.
    pub fn audit(&self) -> Result<(), AuditError> {
        let mut sums: BTreeMap<(AccountId, Currency), Buckets> = BTreeMap::new();
        let mut external: BTreeMap<Currency, i128> = BTreeMap::new();
        for txn in self.txns.iter() {
            let entry = sums.entry((txn.account, txn.currency)).or_default();
            let net = txn.amount.wide() - txn.fee.wide();
            match txn.status {
                TxnStatus::Available => entry.available += net,
                TxnStatus::Pending => entry.pending += net,
            }
            if txn.kind == TxnType::ReserveTransaction {
                entry.connect_reserved -= net;
            }
            if let Some(part) = txn.external_net() {
                *external.entry(txn.currency).or_default() += part;
            }
        }
        let mut liability: BTreeMap<Currency, i128> = BTreeMap::new();
        let mut totals: BTreeMap<Currency, i128> = BTreeMap::new();
        for (index, account) in self.accounts.iter().enumerate() {
            let id = AccountId(index as u32);
            for balance in &self.books[index].balances {
                let currency = balance.currency;
                let transactions = sums.get(&(id, currency)).copied().unwrap_or_default();
                let actual = Buckets {
                    available: balance.available.wide(),
                    pending: balance.pending.wide(),
                    connect_reserved: balance.connect_reserved.wide(),
                };
                if actual != transactions {
                    return Err(AuditError::BalanceNotItsTransactions {
                        account: id,
                        currency,
                        balance: actual,
                        transactions,
                    });
                }
                *totals.entry(currency).or_default() += actual.available + actual.pending + actual.connect_reserved;
                if let Some(kind) = account.liability() {
                    let shortfall = balance.available.wide().min(0).abs();
                    let owed = match kind {
                        Liability::Application => shortfall,
                        Liability::Stripe => balance.debit_shortfall.wide().min(shortfall),
                    };
                    if balance.reserve_held.wide() != owed {
                        return Err(AuditError::ReserveNotLiability {
                            account: id,
                            currency,
                            held: balance.reserve_held,
                            liable: owed,
                        });
                    }
                    *liability.entry(currency).or_default() += owed;
                }
            }
        }
        for (currency, owed) in &liability {
            let reserved = self.books[0]
                .balance(*currency)
                .map_or(0, |b| b.connect_reserved.wide());
            if reserved != *owed {
                return Err(AuditError::ConnectReservedNotLiabilities {
                    currency: *currency,
                    reserved,
                    liabilities: *owed,
                });
            }
        }
        for (currency, total) in &totals {
            let entered = external.get(currency).copied().unwrap_or_default();
            let tracked = self.external_total(*currency);
            if *total != entered || entered != tracked {
                return Err(AuditError::MoneyNotConserved {
                    currency: *currency,
                    balances: *total,
                    entered,
                    tracked,
                });
            }
        }
        for (index, txn) in self.txns.iter().enumerate() {
            let queued = self.maturing.contains(&(txn.available_on, TxnId(index as u32)));
            if queued != (txn.status == TxnStatus::Pending) {
                return Err(AuditError::MaturingQueue {
                    txn: TxnId(index as u32),
                    pending: txn.status == TxnStatus::Pending,
                    queued,
                });
            }
        }
        self.audit_money_in().map_err(AuditError::MoneyIn)
    }

    /// Re-derives the money-in invariants: captured charges hold exactly their
    /// transaction, fees equal their refunds and transactions, disputes their withdrawals and
    /// schedule, PaymentIntents their charges.
    pub(crate) fn audit_money_in(&self) -> Result<(), MoneyInAudit> {
        for (index, charge) in self.charges.iter().enumerate() {
            let id = ChargeId(index as u32);
            let ChargeSource::Card(_) = charge.source else {
                continue;
            };
            let holds = match (charge.status, charge.balance_transaction) {
                (ChargeStatus::Failed | ChargeStatus::Succeeded, None) => charge.amount_captured == Amount::ZERO,
                (ChargeStatus::Succeeded, Some(txn)) => {
                    let txn = &self.txns[txn.0];
                    txn.amount == charge.amount_captured
                        && txn.kind == TxnType::Charge
                        && txn.account == charge.account
                        && charge.amount_captured <= charge.amount
                        && charge.amount_refunded <= charge.amount
                        && charge
                            .amount
                            .checked_sub(charge.amount_captured)
                            .is_some_and(|released| released <= charge.amount_refunded)
                }
                _ => false,
            };
            if !holds {
                return Err(MoneyInAudit::ChargeCapture { charge: id });
            }
        }
        self.audit_fees()?;
        self.audit_disputes()?;
        self.audit_intents()
    }

    /// The fees' half of the money-in audit: each fee's `amount_refunded` is its refunds',
    /// and each fee and refund's balance transactions carry its amount.
    pub(crate) fn audit_fees(&self) -> Result<(), MoneyInAudit> {
        use MoneyInAudit as Broken;
        for (index, fee) in self.application_fees.iter().enumerate() {
            let id = ApplicationFeeId(index as u32);
            let refunds: i128 = fee.refunds.iter().map(|r| self.fee_refunds[r.0].amount.wide()).sum();
            if refunds != fee.amount_refunded.wide() || fee.amount_refunded > fee.amount {
                return Err(Broken::FeeNotItsRefunds {
                    fee: id,
                    amount: fee.amount,
                    amount_refunded: fee.amount_refunded,
                    refunds,
                });
            }
            let txn = &self.txns[fee.balance_transaction.0];
            let holds = txn.account.is_platform()
                && txn.kind == TxnType::ApplicationFee
                && txn.amount == fee.amount
                && txn.source == TxnSource::Object(Obj::ApplicationFee(id));
            if !holds {
                return Err(Broken::FeeTransaction { fee: id });
            }
            // A fee paid from a converted payment goes back converted, each refund the step
            // its total refunded adds.
            let mut refunded = Amount::ZERO;
            for refund in &fee.refunds {
                let r = &self.fee_refunds[refund.0];
                let platform = &self.txns[r.balance_transaction.0];
                let payer = &self.txns[r.account_balance_transaction.0];
                let returned = match payer.conversion.exchange_rate() {
                    None => Some(r.amount),
                    Some(rate) => convert_step(refunded, refunded.plus(r.amount), fee.currency, payer.currency, rate),
                };
                refunded = refunded.plus(r.amount);
                let holds = platform.account.is_platform()
                    && platform.amount.checked_neg() == Some(r.amount)
                    && payer.account == fee.account
                    && Some(payer.amount) == returned
                    && r.fee == id;
                if !holds {
                    return Err(Broken::FeeTransaction { fee: id });
                }
            }
        }
        Ok(())
    }

    /// The disputes' part of the money-in audit: each chargeback's withdrawal and
    /// reinstatement are its amount and fee, on the right accounts, present exactly when its
    /// status says; and the clock holds each open dispute once, at its next step.
    pub(crate) fn audit_disputes(&self) -> Result<(), MoneyInAudit> {
        let mut scheduled = vec![0u32; self.disputes.len()];
        for (_, id) in &self.dispute_steps {
            match scheduled.get_mut(id.index()) {
                Some(count) => *count += 1,
                None => return Err(MoneyInAudit::DisputeSchedule { dispute: *id }),
            }
        }
        for (index, dispute) in self.disputes.iter().enumerate() {
            let id = DisputeId(index as u32);
            let broken = MoneyInAudit::DisputeFunds { dispute: id };
            let platform_pays = self.platform_pays_fees(dispute.account);
            // Each movement as (amount, fee) widened, so that negating them cannot overflow.
            let txn_is = |txn: TxnId, account: AccountId, amount: i128, fee: i128| {
                let t = &self.txns[txn.0];
                t.account == account
                    && t.kind == TxnType::Adjustment
                    && t.amount.wide() == amount
                    && t.fee.wide() == fee
                    && t.source == TxnSource::Object(Obj::Dispute(id))
            };
            let (amount, fee) = (dispute.amount.wide(), DISPUTE_FEE.wide());
            let own_fee = if platform_pays { 0 } else { fee };
            let won = dispute.status == DisputeStatus::Won;
            let holds = match &dispute.funds {
                None => dispute.status.is_inquiry(),
                Some(funds) => {
                    !dispute.status.is_inquiry()
                        && txn_is(funds.withdrawal, dispute.account, -amount, own_fee)
                        && funds.platform_fee.is_some() == platform_pays
                        && funds
                            .platform_fee
                            .is_none_or(|t| txn_is(t, AccountId::PLATFORM, 0, fee))
                        && funds.reinstatement.is_some() == won
                        && funds
                            .reinstatement
                            .is_none_or(|t| txn_is(t, dispute.account, amount, -own_fee))
                        && funds.platform_fee_reinstatement.is_some() == (platform_pays && won)
                        && funds
                            .platform_fee_reinstatement
                            .is_none_or(|t| txn_is(t, AccountId::PLATFORM, 0, -fee))
                }
            };
            let charge = &self.charges[dispute.charge.0];
            if !holds || charge.links.dispute != Some(id) || charge.account != dispute.account {
                return Err(broken);
            }
            // Each open dispute is scheduled once (at its next step, or — when its money
            // could not settle — at a later midnight); a closed one not at all.
            if scheduled[index] != u32::from(dispute.next_step().is_some()) {
                return Err(MoneyInAudit::DisputeSchedule { dispute: id });
            }
        }
        Ok(())
    }

    /// The PaymentIntents' part of the money-in audit: each one's latest charge is its own and
    /// in the state its status says (what it has received or holds is derived from it).
    pub(crate) fn audit_intents(&self) -> Result<(), MoneyInAudit> {
        for (index, intent) in self.payment_intents.iter().enumerate() {
            let id = PaymentIntentId(index as u32);
            let charge = intent.latest_charge.map(|c| &self.charges[c.0]);
            let belongs = charge.is_none_or(|c| c.links.payment_intent == Some(id) && c.account == intent.account);
            let holds = belongs
                && match intent.status {
                    IntentStatus::Succeeded => charge.is_some_and(|c| c.captured()),
                    IntentStatus::RequiresCapture => {
                        charge.is_some_and(|c| c.is_authorisation() && c.amount == intent.amount)
                    }
                    IntentStatus::Canceled => charge.is_none_or(|c| !c.is_authorisation()),
                    _ => charge.is_none_or(|c| c.status == ChargeStatus::Failed),
                };
            if !holds {
                return Err(MoneyInAudit::IntentState { intent: id });
            }
        }
        self.audit_saved_cards()
    }

    /// Re-derives what saved cards promise (docs/behaviour.md §19): a detached card is saved
    /// to nobody, a card source always to a customer of its account, and a customer's
    /// defaults are its own cards (a source for `default_source`, not for the other).
    fn audit_saved_cards(&self) -> Result<(), MoneyInAudit> {
        for (index, method) in self.payment_methods.iter().enumerate() {
            let customer = method.customer.map(|c| &self.customers[c.0]);
            let holds = !(method.detached && method.customer.is_some())
                && (!method.source || customer.is_some())
                && customer.is_none_or(|c| c.account == method.account);
            if !holds {
                return Err(MoneyInAudit::SavedCard {
                    method: PaymentMethodId(index as u32),
                });
            }
        }
        for (index, customer) in self.customers.iter().enumerate() {
            let owner = CustomerId(index as u32);
            let defaults = [
                (customer.default_payment_method, false),
                (customer.default_source, true),
            ];
            for (method, source) in defaults {
                if let Some(method) = method {
                    let m = &self.payment_methods[method.0];
                    if m.customer != Some(owner) || m.source != source {
                        return Err(MoneyInAudit::SavedCard { method });
                    }
                }
            }
        }
        Ok(())
    }
}

/// The three buckets of one balance, summed exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Buckets {
    pub available: i128,
    pub pending: i128,
    pub connect_reserved: i128,
}

/// An invariant [`Ledger::audit`] found broken: a bug in the ledger, described by its values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditError {
    /// A balance is not the sum of its balance transactions.
    BalanceNotItsTransactions {
        account: AccountId,
        currency: Currency,
        balance: Buckets,
        transactions: Buckets,
    },
    /// What the platform holds in reserve for a balance is not what it is liable for (§6).
    ReserveNotLiability {
        account: AccountId,
        currency: Currency,
        held: Amount,
        liable: i128,
    },
    /// The platform's `connect_reserved` is not the sum of its liabilities.
    ConnectReservedNotLiabilities {
        currency: Currency,
        reserved: i128,
        liabilities: i128,
    },
    /// All balances do not add up to the money that entered from outside.
    MoneyNotConserved {
        currency: Currency,
        balances: i128,
        entered: i128,
        tracked: i128,
    },
    /// A balance transaction is queued to mature while available, or pending and not queued.
    MaturingQueue { txn: TxnId, pending: bool, queued: bool },
    /// A captured charge, an application fee or a dispute disagrees with its money.
    MoneyIn(MoneyInAudit),
}

/// A money-in invariant broken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoneyInAudit {
    /// A fee's `amount_refunded` is not the sum of its refunds (or exceeds the fee).
    FeeNotItsRefunds {
        fee: ApplicationFeeId,
        amount: Amount,
        amount_refunded: Amount,
        refunds: i128,
    },
    /// A fee's or a fee refund's balance transactions do not carry its amount.
    FeeTransaction { fee: ApplicationFeeId },
    /// A captured charge's balance transaction is missing or not what was captured, or an
    /// uncaptured one has one.
    ChargeCapture { charge: ChargeId },
    /// A dispute's withdrawal and reinstatement are not its amount and fee, or disagree with
    /// its status.
    DisputeFunds { dispute: DisputeId },
    /// A dispute is not scheduled exactly when the clock should next act on it.
    DisputeSchedule { dispute: DisputeId },
    /// A PaymentIntent's amounts or latest charge disagree with its status.
    IntentState { intent: PaymentIntentId },
    /// A saved card disagrees with its customer: detached yet saved, a source saved to
    /// nobody or another account's customer, or a customer's default that is not its own.
    SavedCard { method: PaymentMethodId },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::ops::accounts::AccountParams;
    use crate::ledger::ops::customers::CustomerParams;

    /// The saved-card invariant catches a card saved while detached and a default that is
    /// another customer's (changes no operation makes, made here by hand).
    #[test]
    fn a_broken_saved_card_is_found() {
        let platform = AccountParams {
            id: Some("acct_1AuditPlatform01".into()),
            country: Some("US".into()),
            ..AccountParams::default()
        };
        let mut ledger = Ledger::new(7, 1_800_000_000, platform).unwrap();
        let saved = CustomerParams {
            payment_method: Some("pm_card_visa".into()),
            default_payment_method: Some("pm_card_visa".into()),
            ..CustomerParams::default()
        };
        let first = ledger.create_customer(AccountId::PLATFORM, saved).unwrap().value;
        let second = ledger
            .create_customer(AccountId::PLATFORM, CustomerParams::default())
            .unwrap()
            .value;
        let method = ledger.customer(first).default_payment_method.unwrap();
        assert_eq!(ledger.audit(), Ok(()));
        let mut detached = ledger.clone();
        detached.change::<PaymentMethod, _>(method, |m| m.detached = true);
        assert_eq!(
            detached.audit(),
            Err(AuditError::MoneyIn(MoneyInAudit::SavedCard { method }))
        );
        let mut borrowed = ledger.clone();
        borrowed.change::<Customer, _>(second, |c| c.default_payment_method = Some(method));
        assert_eq!(
            borrowed.audit(),
            Err(AuditError::MoneyIn(MoneyInAudit::SavedCard { method }))
        );
    }
}
