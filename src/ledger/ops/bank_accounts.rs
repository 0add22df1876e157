//! An account's bank accounts (`/v1/accounts/{id}/external_accounts`): adding, changing and
//! deleting them. Which bank accounts an account has decides where payouts go and whether a
//! debit may take it below zero (debit-rules §6), so each change is seen by the next debit.

use super::accounts::BankAccountParams;
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `POST /v1/accounts/{id}/external_accounts`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankAccountCreate {
    /// `external_account`: a bank token or details; `None` when absent.
    pub external_account: Option<BankAccountParams>,
    pub default_for_currency: Option<bool>,
    pub metadata: Option<MetadataUpdate>,
}

/// `POST /v1/accounts/{id}/external_accounts/{bank}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BankAccountUpdate {
    pub default_for_currency: Option<bool>,
    pub account_holder_name: Option<String>,
    pub metadata: Option<MetadataUpdate>,
}

impl Ledger {
    /// A platform manages the external accounts of an account only where it collects its
    /// requirements (`controller.requirement_collection=application`); the platform's own
    /// are its to manage.
    fn check_manages_external_accounts(&self, account: AccountId) -> Result<(), Rejection> {
        match self.accounts[account.0].role {
            Role::Connected { controller, .. }
                if controller.requirement_collection != RequirementCollector::Application =>
            {
                Err(Rejection::ExternalAccountsNotManaged {
                    account: self.accounts[account.0].id.to_string(),
                })
            }
            _ => Ok(()),
        }
    }

    /// The bank account `id` names on `account`, unless deleted.
    pub fn find_bank_account(&self, account: AccountId, id: &str) -> Option<BankAccountId> {
        self.find::<BankAccount>(account, id)
            .filter(|b| !self.bank_accounts[b.0].deleted)
    }

    /// Adds a bank account. The first in its currency is the default for it; with
    /// `default_for_currency=true` it becomes the default instead of the one before.
    ///
    /// Checked in order: `external_account` given; the bank account; the metadata.
    pub fn create_bank_account(
        &mut self,
        account: AccountId,
        params: BankAccountCreate,
    ) -> Result<Applied<BankAccountId>, Rejection> {
        self.check_manages_external_accounts(account)?;
        let Some(given) = &params.external_account else {
            return Err(Rejection::ParameterMissing {
                param: "external_account",
            });
        };
        let mut bank = self.parse_bank_account(account, given)?;
        bank.metadata = new_metadata(params.metadata.as_ref())?;
        let first_event = self.events.len();
        let mut stored = self.accounts[account.0].clone();
        let id = self.attach_bank_account(&mut stored, bank);
        self.change_account(account, |a| *a = stored);
        if params.default_for_currency == Some(true) && !self.bank_accounts[id.0].default_for_currency {
            self.make_default(account, id);
        }
        self.emit(EventType::AccountExternalAccountCreated, account, Obj::BankAccount(id));
        self.recheck_onboarding(account);
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Changes a bank account: its holder's name, its metadata, or makes it the default for
    /// its currency. `default_for_currency=false` is refused on the default: another bank
    /// account is made the default instead, as on Stripe.
    pub fn update_bank_account(
        &mut self,
        bank: BankAccountId,
        update: BankAccountUpdate,
    ) -> Result<Applied<BankAccountId>, Rejection> {
        let stored = &self.bank_accounts[bank.0];
        self.check_manages_external_accounts(stored.account)?;
        if update.default_for_currency == Some(false) && stored.default_for_currency {
            return Err(Rejection::DefaultBankAccountRequired {
                bank: self.id_of(Obj::BankAccount(bank)).to_string(),
                currency: stored.currency,
            });
        }
        let metadata = metadata_after(&stored.metadata, update.metadata.as_ref())?;
        let account = stored.account;
        let first_event = self.events.len();
        if update.default_for_currency == Some(true) && !stored.default_for_currency {
            self.make_default(account, bank);
        }
        let before = self.version;
        self.change::<BankAccount, _>(bank, |b| {
            replace_text(&mut b.account_holder_name, update.account_holder_name.as_deref());
            if let Some(metadata) = metadata {
                b.metadata = metadata;
            }
        });
        self.emit_updated(
            EventType::AccountExternalAccountUpdated,
            account,
            Obj::BankAccount(bank),
            before,
        );
        Ok(Applied {
            value: bank,
            events: self.emitted_since(first_event),
        })
    }

    /// Deletes a bank account, as Stripe allows: never the default of the account's own
    /// default currency; the default of another currency only when it is the last in that
    /// currency (make another the default first). Checked in order: the platform manages the
    /// account's external accounts; the default currency's default; another currency's.
    pub fn delete_bank_account(&mut self, bank: BankAccountId) -> Result<Applied<BankAccountId>, Rejection> {
        let stored = &self.bank_accounts[bank.0];
        let account = stored.account;
        self.check_manages_external_accounts(account)?;
        if stored.default_for_currency && stored.currency == self.accounts[account.0].default_currency {
            return Err(Rejection::DefaultCurrencyBankAccountNotDeletable {
                bank: self.id_of(Obj::BankAccount(bank)).to_string(),
                currency: stored.currency,
            });
        }
        let others = self.accounts[account.0]
            .bank_accounts
            .iter()
            .any(|b| *b != bank && self.bank_accounts[b.0].currency == stored.currency);
        if stored.default_for_currency && others {
            return Err(Rejection::DefaultBankAccountNotDeletable {
                bank: self.id_of(Obj::BankAccount(bank)).to_string(),
                currency: stored.currency,
            });
        }
        let first_event = self.events.len();
        self.detach_bank_account(account, bank);
        Ok(Applied {
            value: bank,
            events: self.emitted_since(first_event),
        })
    }

    /// Removes a bank account from its account and marks it deleted, with its event.
    pub(crate) fn detach_bank_account(&mut self, account: AccountId, bank: BankAccountId) {
        self.change::<BankAccount, _>(bank, |b| {
            b.deleted = true;
            b.default_for_currency = false;
        });
        self.change_account(account, |a| a.bank_accounts.retain(|b| *b != bank));
        self.emit(
            EventType::AccountExternalAccountDeleted,
            account,
            Obj::BankAccount(bank),
        );
    }

    /// Makes `bank` the default for its currency, and the one before it not.
    fn make_default(&mut self, account: AccountId, bank: BankAccountId) {
        let currency = self.bank_accounts[bank.0].currency;
        if let Some(old) = self.default_bank_account(account, currency)
            && old != bank
        {
            let before = self.version;
            self.change::<BankAccount, _>(old, |b| b.default_for_currency = false);
            self.emit_updated(
                EventType::AccountExternalAccountUpdated,
                account,
                Obj::BankAccount(old),
                before,
            );
        }
        self.change::<BankAccount, _>(bank, |b| b.default_for_currency = true);
    }
}
