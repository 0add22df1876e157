//! Transfers between balances: platform → connected account, account debits (connected
//! account → platform, debit-rules §4–§5), and their reversals.

use crate::ledger::data::*;
use crate::ledger::posting::{NewTxn, Plan};
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `reference_transaction[...]`: the object a Stripe-managed-risk debit is for (§5).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReferenceParams {
    /// `charge` or `payout`.
    pub kind: Option<String>,
    pub charge: Option<String>,
    pub payout: Option<String>,
}

/// The parameters of `POST /v1/transfers`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransferParams {
    pub amount: Input<i64>,
    pub currency: Option<String>,
    pub destination: Option<String>,
    pub source_transaction: Option<String>,
    pub transfer_group: Option<String>,
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub reference_transaction: Option<ReferenceParams>,
}

/// The parameters of `POST /v1/transfers/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TransferUpdate {
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

/// The parameters of `POST /v1/transfers/{id}/reversals`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReversalParams {
    /// Missing means the whole amount left.
    pub amount: Input<i64>,
    pub description: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    /// On a destination charge's transfer: also refund its application fee, in proportion.
    pub refund_application_fee: Option<bool>,
}

/// Everything that makes one transfer and the payment it creates.
pub(crate) struct TransferDraft {
    pub from: AccountId,
    pub to: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    /// Where the funds come from and arrive: `Pending` until `available_on` when the
    /// transfer is funded by a pending charge.
    pub status: TxnStatus,
    pub available_on: Timestamp,
    pub source_transaction: Option<ChargeId>,
    pub debit: Option<Debit>,
    pub transfer_group: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
    /// What the payment on the destination shows (flow A puts the charge's here).
    pub payment_description: Option<Box<str>>,
    pub payment_metadata: Metadata,
    /// The application fee a destination charge takes from the payment, and its amount.
    pub payment_fee: Option<(ApplicationFeeId, Amount)>,
    /// How the payment is converted, when the destination settles `currency` in another
    /// currency ([`Ledger::conversion_for`]); `None` when it keeps the currency.
    pub settled: Option<Settled>,
}

/// A transfer's payment converted into the currency its destination settles in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Settled {
    pub currency: Currency,
    /// The transfer's amount, converted.
    pub amount: Amount,
    /// The payment's application fee, converted.
    pub fee: Amount,
    pub rate: Rate,
}

/// Who a transfer is between, and whether it is an account debit: what its events need.
#[derive(Clone, Copy)]
pub(crate) struct TransferSides {
    from: AccountId,
    to: AccountId,
    debit: bool,
}

impl TransferSides {
    pub fn of(draft: &TransferDraft) -> TransferSides {
        TransferSides {
            from: draft.from,
            to: draft.to,
            debit: draft.debit.is_some(),
        }
    }
}

impl Ledger {
    /// The events of a new transfer: `transfer.created` for its sender (with `account` when
    /// that is a connected account), and for an account debit `charge.succeeded` for the
    /// payment (`py_…`) the platform receives — Stripe does not document a debit's events;
    /// this is debitsim's choice (docs/behaviour.md).
    pub(crate) fn emit_transfer_created(&mut self, sides: TransferSides, ids: TransferIds) {
        self.emit(EventType::TransferCreated, sides.from, Obj::Transfer(ids.transfer));
        if sides.debit {
            self.emit(EventType::ChargeSucceeded, sides.to, Obj::Charge(ids.payment));
        }
    }
}

/// A reversal whose balance transactions are in a plan, waiting to be stored.
pub(crate) struct PlannedReversal {
    pub id: ReversalId,
    pub transfer: TransferId,
    pub amount: Amount,
    /// What leaves the destination: `amount`, or its share of the converted payment.
    taken_amount: Amount,
    taken: TxnId,
    returned: TxnId,
}

/// The ids a drafted transfer will have, predicted so a plan can name them.
#[derive(Clone, Copy)]
pub(crate) struct TransferIds {
    pub transfer: TransferId,
    pub payment: ChargeId,
}

impl Ledger {
    /// `POST /v1/transfers`, acting as `actor`: a transfer from the platform to a connected
    /// account, or — acting as a connected account — an account debit to its platform.
    pub fn create_transfer(
        &mut self,
        actor: AccountId,
        params: TransferParams,
    ) -> Result<Applied<TransferId>, Rejection> {
        let (amount, currency, destination) = money_params(
            &params.amount,
            params.currency.as_deref(),
            Some(("destination", params.destination.as_deref())),
        )?;
        // Row 7: the destination must be an account of this platform.
        let destination = self.find_account(destination).ok_or_else(|| Rejection::NoSuchObject {
            noun: Noun::Destination,
            id: destination.to_owned(),
            param: "destination",
        })?;
        // The managed-risk page's curl examples send the platform's key without the
        // Stripe-Account header its text asks for; such a request names its debited account
        // through the reference, so it debits the account that owns the referenced object.
        let actor = match (
            &params.reference_transaction,
            actor.is_platform() && destination == actor,
        ) {
            (Some(reference), true) => self.owner_of_reference(reference).unwrap_or(actor),
            _ => actor,
        };
        if destination == actor {
            return Err(Rejection::TransferToSelf {
                param: "destination",
                account: self.accounts[actor.0].id.to_string(),
            });
        }
        if actor.is_platform() {
            self.create_platform_transfer(destination, amount, currency, params)
        } else {
            // Row 8: a connected account can only pay its platform.
            if !destination.is_platform() {
                return Err(Rejection::DestinationNotPlatform {
                    destination: self.accounts[destination.0].id.to_string(),
                    platform: self.platform().id.to_string(),
                });
            }
            if params.source_transaction.is_some() {
                return Err(Rejection::SourceTransactionOnDebit);
            }
            let reference = self.check_reference(actor, params.reference_transaction.as_ref())?;
            let metadata = new_metadata(params.metadata.as_ref())?;
            let draft = self.debit_draft(actor, amount, currency, DebitFlow::Transfer, reference)?;
            let draft = TransferDraft {
                transfer_group: non_empty(params.transfer_group),
                description: non_empty(params.description),
                metadata,
                ..draft
            };
            let ids = self.next_transfer_ids(0);
            self.apply_transfer(draft, ids, amount)
        }
    }

    fn create_platform_transfer(
        &mut self,
        destination: AccountId,
        amount: Amount,
        currency: Currency,
        params: TransferParams,
    ) -> Result<Applied<TransferId>, Rejection> {
        if params.reference_transaction.is_some() {
            return Err(Rejection::ReferenceOutsideDebit);
        }
        self.check_can_receive_transfers(destination)?;
        let settled = self.conversion_for(destination, currency, amount, Amount::ZERO)?;
        let metadata = new_metadata(params.metadata.as_ref())?;
        let platform = AccountId::PLATFORM;
        let (status, available_on, source_transaction) = match params.source_transaction.as_deref() {
            None => {
                let available = self.books[0].available(currency);
                if available < amount {
                    return Err(self.balance_insufficient(platform, currency, amount, Spending::Transfer));
                }
                (TxnStatus::Available, self.now, None)
            }
            Some(id) => {
                let charge = self
                    .find::<Charge>(platform, id)
                    .filter(|c| !self.charges[c.0].is_payment())
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::Charge),
                        id: id.to_owned(),
                        param: "source_transaction",
                    })?;
                let (status, available_on) = self.funds_of(charge, currency)?;
                (status, available_on, Some(charge))
            }
        };
        let draft = TransferDraft {
            from: platform,
            to: destination,
            amount,
            currency,
            status,
            available_on,
            source_transaction,
            debit: None,
            transfer_group: non_empty(params.transfer_group),
            description: non_empty(params.description),
            metadata,
            payment_description: None,
            payment_metadata: Metadata::default(),
            payment_fee: None,
            settled,
        };
        let ids = self.next_transfer_ids(0);
        self.apply_transfer(draft, ids, amount)
    }

    /// The status and availability of the funds a transfer with `source_transaction` takes,
    /// after checking the charge can fund `amount` more.
    fn funds_of(&self, charge_id: ChargeId, currency: Currency) -> Result<(TxnStatus, Timestamp), Rejection> {
        let charge = &self.charges[charge_id.0];
        let txn = match (charge.status, charge.balance_transaction) {
            (ChargeStatus::Succeeded, Some(txn)) => &self.txns[txn.0],
            _ => {
                return Err(Rejection::SourceTransactionFailed {
                    charge: self.id_of(Obj::Charge(charge_id)).to_string(),
                });
            }
        };
        if charge.currency != currency {
            return Err(Rejection::SourceTransactionCurrency {
                currency: charge.currency,
            });
        }
        Ok((txn.status, txn.available_on))
    }

    /// Money cannot be taken back from an account that was deleted.
    pub(crate) fn check_not_deleted(&self, account: AccountId) -> Result<(), Rejection> {
        let stored = &self.accounts[account.0];
        if stored.deleted {
            Err(Rejection::AccountDeleted {
                account: stored.id.to_string(),
            })
        } else {
            Ok(())
        }
    }

    pub(crate) fn check_can_receive_transfers(&self, destination: AccountId) -> Result<(), Rejection> {
        let account = &self.accounts[destination.0];
        let can = ["transfers", "crypto_transfers", "legacy_payments"]
            .iter()
            .any(|name| account.capability(name) == Some(CapabilityStatus::Active));
        if can {
            Ok(())
        } else {
            Err(Rejection::InsufficientCapabilities {
                account: account.id.to_string(),
            })
        }
    }

    /// The currency and rate funds in `currency` sent to `destination` convert at, or `None`
    /// when they stay in `currency`. A connected account keeps funds in a currency if it is
    /// its default currency or it has a bank account in it (Stripe's settlement currencies);
    /// Stripe converts anything else into its default currency, here at the world's table
    /// of rates. A pair the table lacks is refused, naming debitsim.
    pub(crate) fn settlement_rate(
        &self,
        destination: AccountId,
        currency: Currency,
    ) -> Result<Option<(Currency, Rate)>, Rejection> {
        let account = &self.accounts[destination.0];
        if currency == account.default_currency || self.has_external_account_in(destination, currency) {
            return Ok(None);
        }
        match self.exchange_rates.rate(currency, account.default_currency) {
            Some(rate) => Ok(Some((account.default_currency, rate))),
            None => Err(Rejection::CurrencyConversion {
                account: account.id.to_string(),
                currency,
                default_currency: account.default_currency,
            }),
        }
    }

    /// Sets the world's exchange rates (units per US dollar) over debitsim's table: the
    /// fixtures' `exchange_rates`, set before anything happens in the world.
    pub fn set_exchange_rates(&mut self, changes: &[(Currency, Rate)]) {
        self.exchange_rates = ExchangeRates::default().with(changes);
    }

    /// Whether funds in `currency` can reach `destination`, converted or not.
    pub(crate) fn check_settles(&self, destination: AccountId, currency: Currency) -> Result<(), Rejection> {
        self.settlement_rate(destination, currency).map(|_| ())
    }

    /// How a transfer of `amount` (whose payment pays `fee` to the platform) converts on its
    /// way to `destination`, if it does.
    pub(crate) fn conversion_for(
        &self,
        destination: AccountId,
        currency: Currency,
        amount: Amount,
        fee: Amount,
    ) -> Result<Option<Settled>, Rejection> {
        let Some((to, rate)) = self.settlement_rate(destination, currency)? else {
            return Ok(None);
        };
        let too_large = || Rejection::AmountTooLarge {
            param: "amount",
            amount,
        };
        Ok(Some(Settled {
            currency: to,
            amount: convert_amount(amount, currency, to, rate).ok_or_else(too_large)?,
            fee: convert_amount(fee, currency, to, rate).ok_or_else(too_large)?,
            rate,
        }))
    }

    /// The currency and rate a transfer's payment (`py_…`) was converted into, if it was.
    pub(crate) fn payment_conversion(&self, payment: ChargeId) -> Option<(Currency, Rate)> {
        let txn = &self.txns[self.charges[payment.0].balance_transaction?.0];
        txn.conversion.exchange_rate().map(|rate| (txn.currency, rate))
    }

    pub(crate) fn balance_insufficient(
        &self,
        account: AccountId,
        currency: Currency,
        amount: Amount,
        spending: Spending,
    ) -> Rejection {
        Rejection::BalanceInsufficient {
            account: self.accounts[account.0].id.to_string(),
            currency,
            available: self.books[account.index()].available(currency),
            amount,
            spending,
        }
    }

    /// The connected account that owns the object a reference names, if any.
    fn owner_of_reference(&self, reference: &ReferenceParams) -> Option<AccountId> {
        let owner = match (
            reference.kind.as_deref(),
            reference.charge.as_deref(),
            reference.payout.as_deref(),
        ) {
            (Some("charge"), Some(id), _) => match self.locate(id)? {
                Obj::Charge(charge) => self.charges[charge.0].account,
                _ => return None,
            },
            (Some("payout"), _, Some(id)) => match self.locate(id)? {
                Obj::Payout(payout) => self.payouts[payout.0].account,
                _ => return None,
            },
            _ => return None,
        };
        (!owner.is_platform()).then_some(owner)
    }

    /// §7 rows 10–12 for a debit by `account`: the reference a Stripe-managed account must
    /// give, validated whenever present.
    fn check_reference(
        &self,
        account: AccountId,
        params: Option<&ReferenceParams>,
    ) -> Result<Option<Reference>, Rejection> {
        let Some(params) = params else {
            if self.accounts[account.0].liability() == Some(Liability::Stripe) {
                return Err(Rejection::ParameterMissing {
                    param: "reference_transaction",
                });
            }
            return Ok(None);
        };
        let kind = params.kind.as_deref().ok_or(Rejection::ParameterMissing {
            param: "reference_transaction[type]",
        })?;
        let reference = match kind {
            "charge" => {
                let id = params.charge.as_deref().ok_or(Rejection::ParameterMissing {
                    param: "reference_transaction[charge]",
                })?;
                let charge = self
                    .find::<Charge>(account, id)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::Charge),
                        id: id.to_owned(),
                        param: "reference_transaction[charge]",
                    })?;
                Reference::Charge(charge)
            }
            "payout" => {
                let id = params.payout.as_deref().ok_or(Rejection::ParameterMissing {
                    param: "reference_transaction[payout]",
                })?;
                let payout = self
                    .find::<Payout>(account, id)
                    .ok_or_else(|| Rejection::NoSuchObject {
                        noun: Noun::Object(Kind::Payout),
                        id: id.to_owned(),
                        param: "reference_transaction[payout]",
                    })?;
                Reference::Payout(payout)
            }
            other => {
                return Err(Rejection::InvalidReferenceType {
                    value: other.to_owned(),
                });
            }
        };
        let stray = match reference {
            Reference::Charge(_) => params.payout.is_some().then_some("reference_transaction[payout]"),
            Reference::Payout(_) => params.charge.is_some().then_some("reference_transaction[charge]"),
        };
        if let Some(param) = stray {
            return Err(Rejection::ReferenceMismatch {
                param,
                kind: if matches!(reference, Reference::Charge(_)) {
                    "charge"
                } else {
                    "payout"
                },
            });
        }
        Ok(Some(reference))
    }

    /// §7 rows 13–15 for a debit of `account`, and the draft of its transfer.
    pub(crate) fn debit_draft(
        &self,
        account: AccountId,
        amount: Amount,
        currency: Currency,
        flow: DebitFlow,
        reference: Option<Reference>,
    ) -> Result<TransferDraft, Rejection> {
        let platform = self.platform();
        let debited = &self.accounts[account.0];
        let books = &self.books[account.index()];
        // Row 13.
        if !platform.country.shares_debit_region_with(debited.country) {
            return Err(Rejection::CrossRegion {
                platform: platform.id.to_string(),
                platform_country: platform.country,
                account: debited.id.to_string(),
                account_country: debited.country,
            });
        }
        // Row 14.
        if currency != debited.default_currency {
            return Err(Rejection::CurrencyNotDefault {
                currency,
                account: debited.id.to_string(),
                default_currency: debited.default_currency,
            });
        }
        // Row 15.
        if books.available(currency) < amount && !self.may_go_negative(account, currency) {
            return Err(self.balance_insufficient(account, currency, amount, Spending::Debit(flow)));
        }
        Ok(TransferDraft {
            from: account,
            to: AccountId::PLATFORM,
            amount,
            currency,
            status: TxnStatus::Available,
            available_on: self.now,
            source_transaction: None,
            debit: Some(Debit { flow, reference }),
            transfer_group: None,
            description: None,
            metadata: Metadata::default(),
            payment_description: None,
            payment_metadata: Metadata::default(),
            payment_fee: None,
            // The seed's rule (§7 row 14): a debit is in the debited account's default
            // currency, and the platform receives it as it is.
            settled: None,
        })
    }

    /// §6: whether a debit may take `account`'s available balance below zero.
    pub fn may_go_negative(&self, account: AccountId, currency: Currency) -> bool {
        let debited = &self.accounts[account.0];
        match debited.liability() {
            Some(Liability::Stripe) => true,
            Some(Liability::Application) => {
                let reserves = matches!(
                    self.platform().role,
                    Role::Platform {
                        connect_reserves_enabled: true
                    }
                );
                reserves && self.has_bank_account_in(account, currency)
            }
            None => false,
        }
    }

    /// Whether `account` has a bank account (not a debit card) in `currency`: what a
    /// negative balance may be debited from (§6).
    pub fn has_bank_account_in(&self, account: AccountId, currency: Currency) -> bool {
        self.accounts[account.0].bank_accounts.iter().any(|b| {
            let bank = &self.bank_accounts[b.0];
            bank.currency == currency && bank.is_bank() && !bank.deleted
        })
    }

    /// Whether `account` has an external account (a bank account or a debit card) in
    /// `currency`: a currency it settles in (§22).
    pub fn has_external_account_in(&self, account: AccountId, currency: Currency) -> bool {
        self.accounts[account.0].bank_accounts.iter().any(|b| {
            let bank = &self.bank_accounts[b.0];
            bank.currency == currency && !bank.deleted
        })
    }

    /// The ids the next transfer will get, when `charges_before` charges are created first
    /// in the same operation.
    pub(crate) fn next_transfer_ids(&self, charges_before: u32) -> TransferIds {
        TransferIds {
            transfer: TransferId(self.transfers.next_index()),
            payment: ChargeId(self.charges.next_index() + charges_before),
        }
    }

    /// Adds the two balance transactions of a drafted transfer to `plan`.
    pub(crate) fn plan_transfer(&self, plan: &mut Plan, draft: &TransferDraft, ids: TransferIds) -> (TxnId, TxnId) {
        let sent_side = match draft.settled {
            Some(_) => Conversion::Crossed,
            None => Conversion::None,
        };
        let sent = plan.record(
            self,
            NewTxn {
                account: draft.from,
                currency: draft.currency,
                kind: TxnType::Transfer,
                amount: draft.amount.negated(),
                fee: Amount::ZERO,
                status: draft.status,
                available_on: draft.available_on,
                source: TxnSource::Object(Obj::Transfer(ids.transfer)),
                is_debit: draft.debit.is_some(),
                application_fee: Amount::ZERO,
                conversion: sent_side,
            },
        );
        // A destination charge's application fee comes out of the payment (as Stripe shows
        // it: the payment's fee), and goes to the platform as its own transaction.
        // Converted, the payment is in the destination's currency, and so is the fee it pays.
        let (currency, amount, fee, conversion) = match draft.settled {
            Some(s) => (s.currency, s.amount, s.fee, Conversion::Converted(s.rate)),
            None => (
                draft.currency,
                draft.amount,
                draft.payment_fee.map_or(Amount::ZERO, |(_, fee)| fee),
                Conversion::None,
            ),
        };
        let received = plan.record(
            self,
            NewTxn {
                account: draft.to,
                currency,
                kind: TxnType::Payment,
                amount,
                fee,
                status: draft.status,
                available_on: draft.available_on,
                source: TxnSource::Object(Obj::Charge(ids.payment)),
                is_debit: false,
                application_fee: fee,
                conversion,
            },
        );
        (sent, received)
    }

    /// Stores a drafted transfer and its payment, whose ids `ids` predicted.
    pub(crate) fn store_transfer(&mut self, draft: TransferDraft, ids: TransferIds, txns: (TxnId, TxnId)) {
        // The payment is what the destination received: converted, in its own currency.
        let (payment_currency, payment_amount, payment_fee) = match draft.settled {
            Some(s) => (s.currency, s.amount, draft.payment_fee.map(|(id, _)| (id, s.fee))),
            None => (draft.currency, draft.amount, draft.payment_fee),
        };
        self.store_as(
            ids.payment,
            Charge {
                account: draft.to,
                source: ChargeSource::Account {
                    from: draft.from,
                    transfer: ids.transfer,
                },
                amount: payment_amount,
                amount_refunded: Amount::ZERO,
                currency: payment_currency,
                created: self.now,
                status: ChargeStatus::Succeeded,
                balance_transaction: Some(txns.1),
                description: draft.payment_description,
                statement_descriptor: None,
                statement_descriptor_suffix: None,
                receipt_email: None,
                metadata: draft.payment_metadata,
                transfer_group: draft.transfer_group.clone(),
                destination: None,
                refunds: Vec::new(),
                transferred: Amount::ZERO,
                amount_captured: payment_amount,
                links: PaymentLinks {
                    application_fee_amount: payment_fee.map(|(_, fee)| fee),
                    application_fee: payment_fee.map(|(id, _)| id),
                    ..PaymentLinks::default()
                },
                shipping: None,
            },
        );
        self.books[draft.to.index()].indexes.charges.push(ids.payment);
        if let Some(charge) = draft.source_transaction {
            self.change::<Charge, _>(charge, |charge| {
                charge.transferred = charge.transferred.plus(draft.amount);
            });
        }
        self.store_as(
            ids.transfer,
            Transfer {
                from: draft.from,
                to: draft.to,
                amount: draft.amount,
                amount_reversed: Amount::ZERO,
                currency: draft.currency,
                created: self.now,
                balance_transaction: txns.0,
                destination_payment: ids.payment,
                source_transaction: draft.source_transaction,
                transfer_group: draft.transfer_group,
                description: draft.description,
                metadata: draft.metadata,
                reversals: Vec::new(),
                debit: draft.debit,
            },
        );
        self.books[draft.from.index()].indexes.transfers.push(ids.transfer);
    }

    /// Plans, settles and stores a lone transfer (a platform transfer or a debit by transfer).
    fn apply_transfer(
        &mut self,
        draft: TransferDraft,
        ids: TransferIds,
        amount: Amount,
    ) -> Result<Applied<TransferId>, Rejection> {
        if let Some(source) = draft.source_transaction {
            let charge = &self.charges[source.0];
            let remaining = charge.amount.minus(charge.amount_refunded).minus(charge.transferred);
            if amount > remaining {
                return Err(Rejection::SourceTransactionInsufficient {
                    charge: self.id_of(Obj::Charge(source)).to_string(),
                    amount,
                    remaining,
                });
            }
        }
        let mut plan = Plan::default();
        let txns = self.plan_transfer(&mut plan, &draft, ids);
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let sides = TransferSides::of(&draft);
        self.store_transfer(draft, ids, txns);
        self.commit(settlement);
        self.emit_transfer_created(sides, ids);
        Ok(Applied {
            value: ids.transfer,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/transfers/{id}`: description and metadata.
    pub fn update_transfer(
        &mut self,
        transfer: TransferId,
        update: TransferUpdate,
    ) -> Result<Applied<TransferId>, Rejection> {
        let metadata = metadata_after(&self.transfers[transfer.0].metadata, update.metadata.as_ref())?;
        let first_event = self.events.len();
        let before = self.version;
        let owner = self.change::<Transfer, _>(transfer, |stored| {
            replace_text(&mut stored.description, update.description.as_deref());
            if let Some(metadata) = metadata {
                stored.metadata = metadata;
            }
            stored.from
        });
        self.emit_updated(EventType::TransferUpdated, owner, transfer, before);
        Ok(Applied {
            value: transfer,
            events: self.emitted_since(first_event),
        })
    }

    /// `POST /v1/transfers/{id}/reversals`: returns (part of) a transfer to its sender.
    ///
    /// The destination's balance may go negative; the platform's reserve follows (§6).
    pub fn reverse_transfer(
        &mut self,
        transfer: TransferId,
        params: ReversalParams,
    ) -> Result<Applied<ReversalId>, Rejection> {
        let stored = &self.transfers[transfer.0];
        self.check_not_deleted(stored.to)?;
        let reversible = stored.reversible();
        if reversible == Amount::ZERO {
            return Err(Rejection::TransferAlreadyReversed {
                transfer: self.id_of(Obj::Transfer(transfer)).to_string(),
            });
        }
        let amount = positive_amount("amount", &params.amount)?.unwrap_or(reversible);
        if amount > reversible {
            return Err(Rejection::ReversalTooLarge {
                transfer: self.id_of(Obj::Transfer(transfer)).to_string(),
                amount,
                reversible,
            });
        }
        let metadata = new_metadata(params.metadata.as_ref())?;
        let mut plan = Plan::default();
        let planned = self.plan_reversal(&mut plan, transfer, amount);
        // With refund_application_fee, the fee the destination paid on this transfer's
        // payment goes back in proportion (all that is left when the whole is reversed).
        let fee_refund = match params.refund_application_fee {
            Some(true) => self.plan_proportional_fee_refund(
                &mut plan,
                self.charges[stored.destination_payment.0].links.application_fee,
                amount,
                stored.amount,
                amount == reversible,
            ),
            _ => None,
        };
        let settlement = self.settle(plan).ok_or(Rejection::AmountTooLarge {
            param: "amount",
            amount,
        })?;
        let first_event = self.events.len();
        let id = planned.id;
        let sender = self.transfers[transfer.0].from;
        self.store_reversal(planned, None, non_empty(params.description), metadata);
        let fee_refund = fee_refund.map(|planned| self.store_fee_refund(planned, Metadata::default()));
        self.commit(settlement);
        self.emit(EventType::TransferReversed, sender, Obj::Transfer(transfer));
        if let Some(refund) = fee_refund {
            self.emit_fee_refunded(refund);
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Adds the two balance transactions of a reversal of `amount` (already checked
    /// reversible) to `plan`; returns the reversal's id and the sender's and destination's
    /// balance transactions, for [`Ledger::store_reversal`].
    pub(crate) fn plan_reversal(&self, plan: &mut Plan, transfer: TransferId, amount: Amount) -> PlannedReversal {
        let id = ReversalId(self.reversals.next_index());
        let stored = &self.transfers[transfer.0];
        // A converted payment is taken back in its own currency at the rate it came in at,
        // each reversal the step its total reversed adds, so that reversing all of it
        // returns exactly what was received.
        let conversion = self.payment_conversion(stored.destination_payment);
        let (taken_currency, taken_amount, taken_side, returned_side) = match conversion {
            Some((to, rate)) => (
                to,
                convert_step(
                    stored.amount_reversed,
                    stored.amount_reversed.plus(amount),
                    stored.currency,
                    to,
                    rate,
                )
                .expect("a share of a converted payment converts"),
                Conversion::Converted(rate),
                Conversion::Crossed,
            ),
            None => (stored.currency, amount, Conversion::None, Conversion::None),
        };
        let mut leg = |account, currency, kind, amount: Amount, conversion| {
            plan.record(
                self,
                NewTxn::at_once(
                    self.now,
                    account,
                    currency,
                    kind,
                    amount,
                    TxnSource::Object(Obj::Reversal(id)),
                )
                .converting(conversion),
            )
        };
        let taken = leg(
            stored.to,
            taken_currency,
            TxnType::PaymentRefund,
            taken_amount.negated(),
            taken_side,
        );
        let returned = leg(
            stored.from,
            stored.currency,
            TxnType::TransferRefund,
            amount,
            returned_side,
        );
        PlannedReversal {
            id,
            transfer,
            amount,
            taken_amount,
            taken,
            returned,
        }
    }

    /// Stores a planned reversal; call before committing its settlement.
    pub(crate) fn store_reversal(
        &mut self,
        planned: PlannedReversal,
        source_refund: Option<RefundId>,
        description: Option<Box<str>>,
        metadata: Metadata,
    ) {
        let PlannedReversal {
            id,
            transfer,
            amount,
            taken_amount,
            taken,
            returned,
        } = planned;
        let (currency, payment) = self.change::<Transfer, _>(transfer, |stored| {
            stored.amount_reversed = stored.amount_reversed.plus(amount);
            stored.reversals.push(id);
            (stored.currency, stored.destination_payment)
        });
        self.store_as(
            id,
            Reversal {
                transfer,
                amount,
                currency,
                created: self.now,
                balance_transaction: returned,
                destination_balance_transaction: taken,
                source_refund,
                description,
                metadata,
            },
        );
        self.change::<Charge, _>(payment, |payment| {
            payment.amount_refunded = payment.amount_refunded.plus(taken_amount);
        });
    }
}
