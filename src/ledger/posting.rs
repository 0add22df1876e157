//! Posting: the only code that changes balances.
//!
//! An operation describes its money movements as a [`Plan`]. [`Ledger::settle`] works out,
//! without touching the ledger, every balance the plan leaves behind, with checked
//! arithmetic, and adds the platform's `reserve_transaction`s that keep
//! `connect_reserved == Σ liability` (debit-rules §6). Only if all of that fits does the
//! operation [`Ledger::commit`] it. So validation and application cannot disagree, a refused
//! operation changes nothing, and every balance is the sum of its balance transactions.

use super::data::*;
use super::state::Ledger;

/// A balance transaction an operation wants to record.
#[derive(Clone, Debug)]
pub(crate) struct NewTxn {
    pub account: AccountId,
    pub currency: Currency,
    pub kind: TxnType,
    pub amount: Amount,
    pub fee: Amount,
    pub status: TxnStatus,
    pub available_on: Timestamp,
    pub source: TxnSource,
    /// An account debit: on a Stripe-managed account, the negative balance it makes is the
    /// platform's liability (§6).
    pub is_debit: bool,
    /// The part of `fee` that is an application fee, paid to the platform rather than to
    /// Stripe (zero for all but charges and payments that carry one).
    pub application_fee: Amount,
    /// Whether the money moves between currencies (a converted transfer's sides).
    pub conversion: Conversion,
}

impl NewTxn {
    /// A movement without fees that settles at once (`now`): a payout, a refund, a reversal,
    /// a reserve movement.
    pub fn at_once(
        now: Timestamp,
        account: AccountId,
        currency: Currency,
        kind: TxnType,
        amount: Amount,
        source: TxnSource,
    ) -> NewTxn {
        NewTxn {
            account,
            currency,
            kind,
            amount,
            fee: Amount::ZERO,
            status: TxnStatus::Available,
            available_on: now,
            source,
            is_debit: false,
            application_fee: Amount::ZERO,
            conversion: Conversion::None,
        }
    }

    /// This transaction, as one side of a currency conversion.
    pub fn converting(self, conversion: Conversion) -> NewTxn {
        NewTxn { conversion, ..self }
    }
}

#[derive(Clone, Debug)]
enum Movement {
    Record(NewTxn),
    /// A pending balance transaction whose funds become available.
    Mature(TxnId),
}

/// The money movements of one operation, in order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Plan {
    movements: Vec<Movement>,
    records: u32,
    /// Where the plan's balance transactions start: the world's count of them when the first
    /// was recorded. The commit asserts it still is.
    first: Option<u32>,
}

impl Plan {
    /// Adds a balance transaction and returns the id it will have once committed.
    pub fn record(&mut self, ledger: &Ledger, txn: NewTxn) -> TxnId {
        let first = *self.first.get_or_insert(ledger.txns.next_index());
        assert_eq!(
            first,
            ledger.txns.next_index(),
            "the world changed while a plan was made"
        );
        let id = TxnId(first + self.records);
        self.records += 1;
        self.movements.push(Movement::Record(txn));
        id
    }

    pub fn mature(&mut self, txn: TxnId) {
        self.movements.push(Movement::Mature(txn));
    }
}

/// A plan whose every resulting value has been computed and fits.
#[derive(Debug)]
pub(crate) struct Settlement {
    /// Where the plan's balance transactions were given their ids (see [`Plan::record`]).
    first: Option<u32>,
    /// How many the plan recorded (the reserve movements settling adds come after them).
    records: u32,
    txns: Vec<NewTxn>,
    matured: Vec<TxnId>,
    balances: Vec<(AccountId, CurrencyBalance)>,
    external: Vec<(Currency, i128)>,
}

impl Ledger {
    /// Computes what `plan` would leave behind; `None` if any balance would overflow.
    pub(crate) fn settle(&self, plan: Plan) -> Option<Settlement> {
        let (first, records) = (plan.first, plan.records);
        let mut balances: Vec<(AccountId, CurrencyBalance)> = Vec::new();
        let mut external: Vec<(Currency, i128)> = Vec::new();
        let mut txns = Vec::with_capacity(plan.movements.len() + 2);
        let mut matured = Vec::new();

        for movement in plan.movements {
            match movement {
                Movement::Record(txn) => {
                    let net = txn.amount.checked_sub(txn.fee)?;
                    let liability = self.account(txn.account).liability();
                    let balance = self.slot(&mut balances, txn.account, txn.currency);
                    match txn.status {
                        TxnStatus::Available => {
                            let before = balance.available;
                            balance.available = before.checked_add(net)?;
                            if txn.is_debit && liability == Some(Liability::Stripe) {
                                let made = balance.available.shortfall()?.checked_sub(before.shortfall()?)?;
                                balance.debit_shortfall = balance.debit_shortfall.checked_add(made)?;
                            }
                        }
                        TxnStatus::Pending => balance.pending = balance.pending.checked_add(net)?,
                    }
                    if let Some(part) =
                        external_part(txn.kind, txn.conversion, txn.amount, txn.fee, txn.application_fee)
                    {
                        let total = match external.iter_mut().find(|(c, _)| *c == txn.currency) {
                            Some((_, total)) => total,
                            None => {
                                external.push((txn.currency, self.external_total(txn.currency)));
                                &mut external.last_mut()?.1
                            }
                        };
                        *total += part;
                    }
                    txns.push(txn);
                }
                Movement::Mature(id) => {
                    let txn = self.balance_transaction(id);
                    let net = txn.net();
                    let balance = self.slot(&mut balances, txn.account, txn.currency);
                    balance.pending = balance.pending.checked_sub(net)?;
                    balance.available = balance.available.checked_add(net)?;
                    matured.push(id);
                }
            }
        }

        // Reserves follow liabilities (§6). Only connected balances carry a liability; the
        // platform slots this loop adds are skipped by the role check.
        let mut i = 0;
        while i < balances.len() {
            let (account, currency) = (balances[i].0, balances[i].1.currency);
            i += 1;
            let Some(liability) = self.account(account).liability() else {
                continue;
            };
            let balance = &mut balances[i - 1].1;
            let shortfall = balance.available.shortfall()?;
            balance.debit_shortfall = balance.debit_shortfall.min(shortfall);
            let held = match liability {
                Liability::Application => shortfall,
                Liability::Stripe => balance.debit_shortfall,
            };
            let delta = held.checked_sub(balance.reserve_held)?;
            if delta == Amount::ZERO {
                continue;
            }
            balance.reserve_held = held;
            let platform = self.slot(&mut balances, AccountId::PLATFORM, currency);
            platform.available = platform.available.checked_sub(delta)?;
            platform.connect_reserved = platform.connect_reserved.checked_add(delta)?;
            txns.push(NewTxn::at_once(
                self.now,
                AccountId::PLATFORM,
                currency,
                TxnType::ReserveTransaction,
                delta.checked_neg()?,
                TxnSource::Reserve(account),
            ));
        }

        for (account, balance) in &balances {
            // What reserves follow (§6): never negative, and a Stripe-managed account's debit
            // shortfall is at most what it is short.
            assert!(
                balance.reserve_held >= Amount::ZERO && balance.connect_reserved >= Amount::ZERO,
                "a reserve below zero for {account:?}: {balance:?}"
            );
            assert!(
                balance.debit_shortfall >= Amount::ZERO
                    && Some(balance.debit_shortfall) <= balance.available.shortfall(),
                "a debit shortfall beyond what {account:?} is short: {balance:?}"
            );
        }
        Some(Settlement {
            first,
            records,
            txns,
            matured,
            balances,
            external,
        })
    }

    /// Applies a settlement; returns the ids of the recorded balance transactions in order.
    pub(crate) fn commit(&mut self, settlement: Settlement) -> std::ops::Range<u32> {
        let first = self.txns.next_index();
        // The ids the plan handed out are the ids its transactions get: nothing recorded one
        // in between.
        if let Some(planned) = settlement.first {
            assert_eq!(
                planned, first,
                "a plan's balance transactions would not get the ids it gave them"
            );
        }
        assert!(settlement.txns.len() >= settlement.records as usize);
        for txn in settlement.txns {
            let version = self.next_version();
            let id = TxnId(self.txns.next_index());
            if txn.status == TxnStatus::Pending {
                self.maturing.insert((txn.available_on, id));
            }
            self.books[txn.account.index()].indexes.balance_transactions.push(id);
            self.txns.push(
                BalanceTransaction {
                    account: txn.account,
                    currency: txn.currency,
                    kind: txn.kind,
                    amount: txn.amount,
                    fee: txn.fee,
                    status: txn.status,
                    available_on: txn.available_on,
                    created: self.now,
                    source: txn.source,
                    application_fee: txn.application_fee,
                    conversion: txn.conversion,
                },
                version,
            );
        }
        for id in settlement.matured {
            let available_on = self.txns[id.0].available_on;
            self.maturing.remove(&(available_on, id));
            self.txns
                .modify_unversioned(id.0, |txn| txn.status = TxnStatus::Available);
        }
        for (account, balance) in settlement.balances {
            let balances = &mut self.books[account.index()].balances;
            match balances.iter_mut().find(|b| b.currency == balance.currency) {
                Some(slot) => *slot = balance,
                None => balances.push(balance),
            }
        }
        for (currency, total) in settlement.external {
            match self.external.iter_mut().find(|(c, _)| *c == currency) {
                Some((_, slot)) => *slot = total,
                None => self.external.push((currency, total)),
            }
        }
        first..self.txns.next_index()
    }

    /// Settles and commits in one step; `None` (and nothing changed) if it would overflow.
    pub(crate) fn post(&mut self, plan: Plan) -> Option<std::ops::Range<u32>> {
        let settlement = self.settle(plan)?;
        Some(self.commit(settlement))
    }

    fn slot<'a>(
        &self,
        balances: &'a mut Vec<(AccountId, CurrencyBalance)>,
        account: AccountId,
        currency: Currency,
    ) -> &'a mut CurrencyBalance {
        let position = balances
            .iter()
            .position(|(a, b)| *a == account && b.currency == currency);
        let index = match position {
            Some(index) => index,
            None => {
                let current = self.books[account.index()]
                    .balance(currency)
                    .cloned()
                    .unwrap_or_else(|| CurrencyBalance::new(currency));
                balances.push((account, current));
                balances.len() - 1
            }
        };
        &mut balances[index].1
    }
}
