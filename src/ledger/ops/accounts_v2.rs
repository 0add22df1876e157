//! Accounts v2 (`/v2/core/accounts`): the same accounts as v1's, created, updated and closed
//! in v2's terms. Each operation translates v2's fields into the account's own (controller,
//! capabilities, identity, profile) and goes through the v1 operation, so every rule —
//! debits, reserves, regions, onboarding — holds whichever API made the account.
//!
//! The translation (docs/behaviour.md, "Accounts v2"):
//! - `defaults.responsibilities.losses_collector` is `controller.losses.payments`;
//!   `fees_collector` is `controller.fees.payer` (`stripe` is v1's `account`); `dashboard` is
//!   `controller.stripe_dashboard.type`; requirements are collected by the application when
//!   it bears losses and the account has no Stripe Dashboard (`dashboard: none`), by Stripe
//!   otherwise.
//! - `configuration.merchant.capabilities.card_payments` is v1's `card_payments`;
//!   `configuration.recipient.capabilities.stripe_balance.stripe_transfers` is `transfers`.
//! - `identity.country`, `identity.entity_type`, `defaults.currency`, `contact_email` and
//!   `defaults.profile` are `country`, `business_type`, `default_currency`, `email` and
//!   `business_profile`; `identity.individual` and `identity.business_details` are
//!   `individual` and `company`.
//! - Closing is v1's deletion (the same preconditions), after checking the configurations
//!   named are all the account has.

use super::accounts::{AccountParams, AccountUpdate, AccountV2Update, ControllerParams};
use super::requirements::{CompanyParams, IdentityParams};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};

/// What v2's creation and update both give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountV2Fields {
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    pub display_name: Option<String>,
    /// `identity.entity_type`.
    pub entity_type: Option<String>,
    /// `identity.individual`.
    pub individual: IdentityParams,
    /// `identity.business_details`.
    pub company: CompanyParams,
    /// `defaults.currency`.
    pub currency: Option<String>,
    /// `defaults.locales`.
    pub locales: Option<Vec<String>>,
    /// `defaults.profile` and `configuration.merchant.mcc`, as v1's `business_profile`
    /// fields.
    pub profile: Vec<(String, String)>,
    /// The configurations given (each applies it).
    pub configurations: Vec<Configuration>,
    /// Capabilities requested through the configurations, by v1's names.
    pub capabilities: Vec<(String, bool)>,
    pub metadata: Option<MetadataUpdate>,
}

/// The parameters of `POST /v2/core/accounts`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountV2Params {
    pub fields: AccountV2Fields,
    /// `identity.country`.
    pub country: Option<String>,
    /// `dashboard`: `express`, `full` or `none`.
    pub dashboard: Option<String>,
    /// `defaults.responsibilities.losses_collector`.
    pub losses_collector: Option<String>,
    /// `defaults.responsibilities.fees_collector`.
    pub fees_collector: Option<String>,
}

impl Ledger {
    /// `POST /v2/core/accounts`: a new connected account of the platform.
    pub fn create_account_v2(&mut self, params: AccountV2Params) -> Result<Applied<AccountId>, Rejection> {
        // Stripe's defaults where v2 says nothing: Stripe bears losses and collects fees, and
        // the account has the full Stripe Dashboard (a Standard account, as on v1).
        let losses = params.losses_collector.unwrap_or_else(|| "stripe".into());
        let dashboard = params.dashboard.unwrap_or_else(|| "full".into());
        let requirement_collection = if losses == "application" && dashboard == "none" {
            "application"
        } else {
            "stripe"
        };
        let f = params.fields;
        let account = AccountParams {
            country: params.country,
            default_currency: f.currency,
            email: f.contact_email,
            business_type: f.entity_type,
            business_profile: f.profile,
            controller: ControllerParams {
                losses_payments: Some(losses),
                requirement_collection: Some(requirement_collection.into()),
                fees_payer: None,
                dashboard: Some(dashboard),
                fees_collector: Some(params.fees_collector.unwrap_or_else(|| "stripe".into())),
            },
            capabilities: f.capabilities,
            metadata: f.metadata,
            individual: f.individual,
            company: f.company,
            v2: Some(AccountV2 {
                configurations: sorted(f.configurations),
                display_name: f.display_name.filter(|n| !n.is_empty()).map(Into::into),
                contact_phone: f.contact_phone.filter(|p| !p.is_empty()).map(Into::into),
                locales: f.locales.unwrap_or_default().into_iter().map(Into::into).collect(),
            }),
            ..AccountParams::default()
        };
        self.create_account(account)
    }

    /// `POST /v2/core/accounts/{id}`.
    pub fn update_account_v2(
        &mut self,
        id: AccountId,
        fields: AccountV2Fields,
    ) -> Result<Applied<AccountId>, Rejection> {
        let update = AccountUpdate {
            email: fields.contact_email,
            business_type: fields.entity_type,
            business_profile: fields.profile,
            default_currency: fields.currency,
            capabilities: fields.capabilities,
            metadata: fields.metadata,
            individual: fields.individual,
            company: fields.company,
            v2: AccountV2Update {
                configurations: fields.configurations,
                display_name: fields.display_name,
                contact_phone: fields.contact_phone,
                locales: fields.locales,
            },
            ..AccountUpdate::default()
        };
        self.update_account(id, update)
    }

    /// `POST /v2/core/accounts/{id}/close`: `configurations`, when given, must be every
    /// configuration the account has; then the account is closed as v1 deletes one.
    pub fn close_account(
        &mut self,
        id: AccountId,
        configurations: Option<Vec<Configuration>>,
    ) -> Result<Applied<AccountId>, Rejection> {
        let account = &self.accounts[id.0];
        if account.is_platform() {
            return Err(Rejection::PlatformNotDeletable);
        }
        let applied = account.applied_configurations();
        if let Some(named) = configurations
            && sorted(named) != applied
        {
            return Err(Rejection::CloseConfigurations {
                account: account.id.to_string(),
                applied,
            });
        }
        self.delete_account(id)
    }
}

fn sorted(mut configurations: Vec<Configuration>) -> Vec<Configuration> {
    configurations.sort();
    configurations.dedup();
    configurations
}
