//! Creating and updating accounts, and their external bank accounts (debit-rules §1).

use super::requirements::{CompanyParams, IdentityParams, updated_company, updated_identity};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};
use crate::ledger::validate::*;

/// `controller[...]` at account creation; each overrides the type's default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ControllerParams {
    /// `controller[losses][payments]`: `application` or `stripe`.
    pub losses_payments: Option<String>,
    /// `controller[requirement_collection]`: `application` or `stripe`.
    pub requirement_collection: Option<String>,
    /// `controller[fees][payer]`.
    pub fees_payer: Option<String>,
    /// `controller[stripe_dashboard][type]`.
    pub dashboard: Option<String>,
    /// Accounts v2's `defaults.responsibilities.fees_collector` (`stripe`, `application`,
    /// `application_custom`, `application_express`): who pays the fees, in v2's spelling,
    /// which names the Express and Custom payers v1 derives from the type.
    pub fees_collector: Option<String>,
}

impl ControllerParams {
    fn is_empty(&self) -> bool {
        *self == ControllerParams::default()
    }
}

/// `settings[payouts][schedule][...]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScheduleParams {
    pub interval: Option<String>,
    /// An integer, or `minimum`.
    pub delay_days: Option<String>,
    pub weekly_anchor: Option<String>,
    pub monthly_anchor: Option<String>,
}

/// An external bank account, as `external_account` gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankAccountParams {
    /// A test bank token: `btok_us`, `btok_gb`, … (a verified account of that country, in
    /// its default currency).
    Token(String),
    Details {
        country: Option<String>,
        currency: Option<String>,
        account_number: Option<String>,
        routing_number: Option<String>,
        account_holder_name: Option<String>,
        /// Fixtures may set the verification status; the API derives it from the number.
        status: Option<String>,
    },
}

/// `tos_acceptance[...]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TosParams {
    pub date: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
}

/// The parameters of `POST /v1/accounts` (and of the platform, for a new world).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountParams {
    /// Fixtures only: the id the account should have (`acct_…`); generated otherwise.
    pub id: Option<String>,
    /// `type`: `standard`, `express` or `custom`.
    pub account_type: Option<String>,
    pub country: Option<String>,
    pub default_currency: Option<String>,
    pub email: Option<String>,
    /// `business_type`: `individual`, `company`, `non_profit` or `government_entity`.
    pub business_type: Option<String>,
    /// `business_profile[...]`, by field name (see [`BUSINESS_PROFILE_FIELDS`]).
    pub business_profile: Vec<(String, String)>,
    pub tos_acceptance: TosParams,
    pub controller: ControllerParams,
    /// `capabilities[name][requested]`.
    pub capabilities: Vec<(String, bool)>,
    pub external_accounts: Vec<BankAccountParams>,
    pub debit_negative_balances: Option<bool>,
    pub schedule: ScheduleParams,
    pub statement_descriptor: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    /// The platform only: Connect reserves (§6); on unless `false`.
    pub connect_reserves_enabled: Option<bool>,
    /// `individual[...]`.
    pub individual: IdentityParams,
    /// `company[...]`.
    pub company: CompanyParams,
    /// What an Accounts v2 creation adds; `Some` for an account created through v2, which
    /// gets only the capabilities it asks for.
    pub v2: Option<AccountV2>,
    /// `settings[branding][primary_color|secondary_color]`.
    pub branding: BrandingParams,
}

/// `settings[branding][...]`'s colors; an empty one clears it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BrandingParams {
    pub primary_color: Option<String>,
    pub secondary_color: Option<String>,
}

/// The brand colors after `given`, each a CSS hex color (`#0a2540` or `#fff`) as Stripe
/// requires.
fn branding_after(current: &Branding, given: &BrandingParams) -> Result<Branding, Rejection> {
    let mut branding = current.clone();
    for (field, value, param) in [
        (
            &mut branding.primary_color,
            &given.primary_color,
            "settings[branding][primary_color]",
        ),
        (
            &mut branding.secondary_color,
            &given.secondary_color,
            "settings[branding][secondary_color]",
        ),
    ] {
        if let Some(color) = value.as_deref().filter(|c| !c.is_empty()) {
            let hex = color.strip_prefix('#').unwrap_or("");
            if !(matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())) {
                return Err(Rejection::InvalidChoice {
                    param: param.into(),
                    value: color.to_owned(),
                    choices: &["#RRGGBB", "#RGB"],
                });
            }
        }
        replace_text(field, value.as_deref());
    }
    Ok(branding)
}

/// The parameters of `POST /v1/accounts/{id}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountUpdate {
    pub email: Option<String>,
    pub business_type: Option<String>,
    pub business_profile: Vec<(String, String)>,
    pub tos_acceptance: TosParams,
    pub default_currency: Option<String>,
    pub capabilities: Vec<(String, bool)>,
    pub external_account: Option<BankAccountParams>,
    pub debit_negative_balances: Option<bool>,
    pub schedule: ScheduleParams,
    pub statement_descriptor: Option<String>,
    pub metadata: Option<MetadataUpdate>,
    pub individual: IdentityParams,
    pub company: CompanyParams,
    pub branding: BrandingParams,
    /// What an Accounts v2 update changes of v2's own fields.
    pub v2: AccountV2Update,
}

/// An Accounts v2 update of v2's own fields; `None` leaves a field as it was.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountV2Update {
    /// Configurations to apply (applied ones stay applied).
    pub configurations: Vec<Configuration>,
    pub display_name: Option<String>,
    pub contact_phone: Option<String>,
    pub locales: Option<Vec<String>>,
}

/// Every capability Stripe offers (the `capabilities[...]` of account creation in Stripe's
/// API as of version 2026-10-28.endive), sorted; an account may request any of them.
pub const CAPABILITIES: &[&str] = &[
    "acss_debit_payments",
    "affirm_payments",
    "afterpay_clearpay_payments",
    "alma_payments",
    "amazon_pay_payments",
    "app_distribution",
    "au_becs_debit_payments",
    "bacs_debit_payments",
    "bancontact_payments",
    "bank_transfer_payments",
    "billie_payments",
    "bizum_payments",
    "blik_payments",
    "blik_recurring_payments",
    "boleto_payments",
    "card_issuing",
    "card_payments",
    "cartes_bancaires_payments",
    "cashapp_payments",
    "crypto_payments",
    "eps_payments",
    "fpx_payments",
    "gb_bank_transfer_payments",
    "giropay_payments",
    "grabpay_payments",
    "ideal_payments",
    "india_international_payments",
    "jcb_payments",
    "jp_bank_transfer_payments",
    "kakao_pay_payments",
    "klarna_payments",
    "konbini_payments",
    "kr_card_payments",
    "legacy_payments",
    "link_payments",
    "mb_way_payments",
    "mobilepay_payments",
    "multibanco_payments",
    "mx_bank_transfer_payments",
    "naver_pay_payments",
    "nz_bank_account_becs_debit_payments",
    "oxxo_payments",
    "p24_payments",
    "pay_by_bank_payments",
    "payco_payments",
    "paynow_payments",
    "paypay_payments",
    "payto_payments",
    "pix_payments",
    "promptpay_payments",
    "revolut_pay_payments",
    "samsung_pay_payments",
    "satispay_payments",
    "scalapay_payments",
    "sepa_bank_transfer_payments",
    "sepa_debit_payments",
    "sequra_payments",
    "sofort_payments",
    "sunbit_payments",
    "swish_payments",
    "tax_reporting_us_1099_k",
    "tax_reporting_us_1099_misc",
    "transfers",
    "treasury",
    "twint_payments",
    "upi_payments",
    "us_bank_account_ach_payments",
    "us_bank_transfer_payments",
    "wero_payments",
    "zip_payments",
];

fn parse_country(param: &'static str, value: &str) -> Result<Country, Rejection> {
    Country::parse(value).ok_or_else(|| Rejection::InvalidCountry {
        param,
        value: value.to_owned(),
    })
}

fn parse_currency(param: &'static str, value: &str) -> Result<Currency, Rejection> {
    Currency::parse(value).ok_or_else(|| Rejection::UnsupportedCurrency {
        param,
        value: value.to_owned(),
    })
}

impl Ledger {
    /// A new world whose platform `platform` describes, at simulated time `now`, minting ids
    /// from `seed`.
    pub fn new(seed: u64, now: Timestamp, platform: AccountParams) -> Result<Ledger, Rejection> {
        let mut ledger = Ledger::blank(seed, now);
        ledger.create_platform(platform)?;
        Ok(ledger)
    }

    pub(crate) fn create_platform(&mut self, params: AccountParams) -> Result<AccountId, Rejection> {
        let country = match params.country.as_deref() {
            Some(code) => parse_country("country", code)?,
            None => return Err(Rejection::ParameterMissing { param: "country" }),
        };
        let role = Role::Platform {
            connect_reserves_enabled: params.connect_reserves_enabled.unwrap_or(true),
        };
        let id = self.insert_account(params, role, country)?;
        Ok(id)
    }

    /// `POST /v1/accounts`: a new connected account of the platform.
    pub fn create_account(&mut self, params: AccountParams) -> Result<Applied<AccountId>, Rejection> {
        let account_type = parse_enum(
            "type",
            params.account_type.as_deref(),
            AccountType::parse,
            &["standard", "express", "custom"],
        )?;
        // Neither `type` nor `controller[...]`: Stripe makes a Standard account, which is
        // what the Stripe CLI's transfer triggers rely on.
        let account_type = match account_type {
            Some(t) => t,
            None if !params.controller.is_empty() => AccountType::None,
            None => AccountType::Standard,
        };
        let controller = controller_for(account_type, &params.controller)?;
        let country = match params.country.as_deref() {
            Some(code) => parse_country("country", code)?,
            None => self.platform().country,
        };
        if params.connect_reserves_enabled.is_some() {
            return Err(Rejection::PlatformOnlySetting {
                param: "connect_reserves_enabled",
            });
        }
        let first_event = self.events.len();
        let role = Role::Connected {
            account_type,
            controller,
        };
        let id = self.insert_account(params, role, country)?;
        self.emit_thin(EventType::V2AccountCreated, id);
        for bank in self.accounts[id.0].bank_accounts.clone() {
            self.emit(EventType::AccountExternalAccountCreated, id, Obj::BankAccount(bank));
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Validates `params` completely, then inserts the account and its bank accounts.
    fn insert_account(&mut self, params: AccountParams, role: Role, country: Country) -> Result<AccountId, Rejection> {
        let default_currency = match params.default_currency.as_deref() {
            Some(code) => parse_currency("default_currency", code)?,
            None => country.default_currency(),
        };
        let id = match params.id {
            Some(id) => {
                let well_formed = id.len() > "acct_".len()
                    && id.len() <= 64
                    && id.starts_with("acct_")
                    && id["acct_".len()..].bytes().all(|b| b.is_ascii_alphanumeric());
                if !well_formed {
                    return Err(Rejection::InvalidAccountId { id });
                }
                if self.account_ids.contains_key(id.as_str()) {
                    return Err(Rejection::DuplicateAccountId { id });
                }
                id
            }
            None => {
                let n = self.accounts.len() as u32;
                (0..)
                    .map(|salt| self.codec.account_id(n, salt))
                    .find(|candidate| !self.account_ids.contains_key(candidate.as_str()))
                    .unwrap_or_default()
            }
        };
        let requirement_collection = match role {
            Role::Connected { controller, .. } => Some(controller.requirement_collection),
            Role::Platform { .. } => None,
        };
        // A v2 account has only what its configurations request.
        let capabilities = capabilities_for(&params.capabilities, &[], params.v2.is_none())?;
        let business_type = business_type(params.business_type.as_deref())?;
        let business_profile = business_profile(&[], &params.business_profile)?;
        let tos_acceptance = tos_acceptance(&TosAcceptance::default(), &params.tos_acceptance)?;
        let account_id = AccountId(self.accounts.len() as u32);
        let banks = params
            .external_accounts
            .iter()
            .map(|bank| self.parse_bank_account(account_id, bank))
            .collect::<Result<Vec<_>, _>>()?;
        let payouts = PayoutSettings {
            // Stripe's default: off where the platform collects requirements (Custom).
            debit_negative_balances: params
                .debit_negative_balances
                .unwrap_or(requirement_collection != Some(RequirementCollector::Application)),
            schedule: schedule_for(&params.schedule, None)?,
            statement_descriptor: params.statement_descriptor.as_deref().map(Into::into),
            minimum_balances: Vec::new(),
        };
        let metadata = new_metadata(params.metadata.as_ref())?;
        let onboarding = Onboarding {
            // Instant onboarding (the default): verified the moment it exists.
            details_submitted: !self.onboarding_required,
            rejected: None,
            individual: {
                check_email("email", params.email.as_deref())?;
                updated_identity(&Default::default(), &params.individual, "individual")?
            },
            company: updated_company(&Default::default(), &params.company),
        };

        let branding = branding_after(&Branding::default(), &params.branding)?;
        // Everything is valid: apply.
        let mut account = Account {
            id: id.as_str().into(),
            role,
            country,
            default_currency,
            email: params.email.as_deref().filter(|e| !e.is_empty()).map(Into::into),
            business_type,
            business_profile,
            tos_acceptance,
            created: self.now,
            capabilities,
            bank_accounts: Vec::new(),
            payouts,
            metadata,
            onboarding,
            persons: Vec::new(),
            deleted: false,
            branding,
            v2: params.v2.unwrap_or_default(),
        };
        for bank in banks {
            self.attach_bank_account(&mut account, bank);
        }
        self.settle_onboarding(&mut account);
        self.account_ids.insert(id.into_boxed_str(), account_id);
        let version = self.next_version();
        self.accounts.push(account, version);
        self.books.push(Books::default());
        Ok(account_id)
    }

    /// Checks everything [`Ledger::update_account`] would refuse, changing nothing.
    pub(crate) fn check_account_update(&self, id: AccountId, update: &AccountUpdate) -> Result<(), Rejection> {
        self.updated_account(id, update).map(|_| ())
    }

    /// The account after `update`, and the bank account it adds, checked.
    fn updated_account(
        &self,
        id: AccountId,
        update: &AccountUpdate,
    ) -> Result<(Account, Option<BankAccount>), Rejection> {
        let current = &self.accounts[id.0];
        if current.is_platform() {
            return Err(Rejection::PlatformNotUpdatable);
        }
        let default_currency = match update.default_currency.as_deref() {
            Some(code) => Some(parse_currency("default_currency", code)?),
            None => None,
        };
        let capabilities = capabilities_for(&update.capabilities, &current.capabilities, false)?;
        let business_type = business_type(update.business_type.as_deref())?;
        let profile = business_profile(&current.business_profile, &update.business_profile)?;
        let tos = tos_acceptance(&current.tos_acceptance, &update.tos_acceptance)?;
        check_email("email", update.email.as_deref())?;
        let individual = updated_identity(&current.onboarding.individual, &update.individual, "individual")?;
        let company = updated_company(&current.onboarding.company, &update.company);
        let bank = match &update.external_account {
            Some(bank) => Some(self.parse_bank_account(id, bank)?),
            None => None,
        };
        let schedule = schedule_for(&update.schedule, Some(current.payouts.schedule))?;
        let metadata = metadata_after(&current.metadata, update.metadata.as_ref())?;
        let branding = branding_after(&current.branding, &update.branding)?;
        let mut account = current.clone();
        account.branding = branding;
        replace_text(&mut account.email, update.email.as_deref());
        if let Some(kind) = business_type {
            account.business_type = Some(kind);
        }
        account.business_profile = profile;
        account.tos_acceptance = tos;
        account.onboarding.individual = individual;
        account.onboarding.company = company;
        if let Some(currency) = default_currency {
            account.default_currency = currency;
        }
        account.capabilities = capabilities;
        if let Some(value) = update.debit_negative_balances {
            account.payouts.debit_negative_balances = value;
        }
        account.payouts.schedule = schedule;
        replace_text(
            &mut account.payouts.statement_descriptor,
            update.statement_descriptor.as_deref(),
        );
        if let Some(metadata) = metadata {
            account.metadata = metadata;
        }
        let v2 = &update.v2;
        for configuration in &v2.configurations {
            if !account.v2.configurations.contains(configuration) {
                account.v2.configurations.push(*configuration);
            }
        }
        account.v2.configurations.sort();
        replace_text(&mut account.v2.display_name, v2.display_name.as_deref());
        replace_text(&mut account.v2.contact_phone, v2.contact_phone.as_deref());
        if let Some(locales) = &v2.locales {
            account.v2.locales = locales.iter().map(|l| l.as_str().into()).collect();
        }
        Ok((account, bank))
    }

    /// `POST /v1/accounts/{id}` by the platform.
    ///
    /// An `external_account` becomes the default for its currency and replaces the default
    /// before it, which is deleted, as Stripe does on an account update (adding one beside
    /// the others is `POST /v1/accounts/{id}/external_accounts`).
    pub fn update_account(&mut self, id: AccountId, update: AccountUpdate) -> Result<Applied<AccountId>, Rejection> {
        let (mut account, bank) = self.updated_account(id, &update)?;
        let first_event = self.events.len();
        let before = self.version;
        let replaced = bank.as_ref().and_then(|b| self.default_bank_account(id, b.currency));
        if let Some(old) = replaced {
            account.bank_accounts.retain(|b| *b != old);
        }
        let new_bank = bank.map(|mut bank| {
            // The replacement, or the first bank account in its currency, is its default.
            bank.default_for_currency = replaced.is_some()
                || !account
                    .bank_accounts
                    .iter()
                    .any(|b| self.bank_accounts[b.0].currency == bank.currency);
            let version = self.next_version();
            let bank_id = BankAccountId(self.bank_accounts.push(bank, version));
            account.bank_accounts.push(bank_id);
            bank_id
        });
        self.settle_onboarding(&mut account);
        let version = self.next_version();
        self.accounts.modify(id.0, version, |stored| *stored = account);
        self.emit_account_updated(id, before);
        if let Some(bank) = new_bank {
            self.emit(EventType::AccountExternalAccountCreated, id, Obj::BankAccount(bank));
        }
        if let Some(old) = replaced {
            self.change::<BankAccount, _>(old, |b| {
                b.deleted = true;
                b.default_for_currency = false;
            });
            self.emit(EventType::AccountExternalAccountDeleted, id, Obj::BankAccount(old));
        }
        Ok(Applied {
            value: id,
            events: self.emitted_since(first_event),
        })
    }

    /// Records that account `id` changed since version `before`: v1's `account.updated`
    /// and its thin twin `v2.core.account.updated`, whichever API changed it.
    pub(crate) fn emit_account_updated(&mut self, id: AccountId, before: u64) {
        self.emit_updated(EventType::AccountUpdated, id, id, before);
        self.emit_thin(EventType::V2AccountUpdated, id);
    }

    pub(crate) fn parse_bank_account(
        &self,
        account: AccountId,
        params: &BankAccountParams,
    ) -> Result<BankAccount, Rejection> {
        let bank = match params {
            // Stripe's debit-card tokens (`tok_visa_debit`, …): a US debit card in usd.
            BankAccountParams::Token(token) if debit_card_token(token).is_some() => {
                let card = debit_card_token(token).expect("a debit-card token");
                BankAccount {
                    account,
                    country: Country::US,
                    currency: Currency::USD,
                    status: BankAccountStatus::New,
                    default_for_currency: false,
                    last4: card.last4.into(),
                    routing_number: None,
                    bank_name: None,
                    account_holder_name: None,
                    payout_failure: card.fails.then_some(PayoutFailure::CouldNotProcess),
                    metadata: Metadata::default(),
                    deleted: false,
                    card: Some(DebitCard {
                        brand: card.brand,
                        // Stripe's test cards take any future date; debitsim gives them one.
                        exp_month: 12,
                        exp_year: 2034,
                        instant: card.instant,
                    }),
                }
            }
            BankAccountParams::Token(token) => {
                let country = country_for_bank_token(token).ok_or_else(|| Rejection::NoSuchObject {
                    noun: Noun::Token,
                    id: token.clone(),
                    param: "external_account",
                })?;
                BankAccount {
                    account,
                    country,
                    currency: country.default_currency(),
                    status: BankAccountStatus::Verified,
                    default_for_currency: false,
                    last4: "6789".into(),
                    routing_number: (country == Country::US).then(|| "110000000".into()),
                    bank_name: Some("STRIPE TEST BANK".into()),
                    account_holder_name: None,
                    payout_failure: None,
                    metadata: Metadata::default(),
                    deleted: false,
                    card: None,
                }
            }
            BankAccountParams::Details {
                country,
                currency,
                account_number,
                routing_number,
                account_holder_name,
                status,
            } => {
                let country = match country.as_deref() {
                    Some(code) => parse_country("external_account[country]", code)?,
                    None => {
                        return Err(Rejection::ParameterMissing {
                            param: "external_account[country]",
                        });
                    }
                };
                let currency = match currency.as_deref() {
                    Some(code) => parse_currency("external_account[currency]", code)?,
                    None => {
                        return Err(Rejection::ParameterMissing {
                            param: "external_account[currency]",
                        });
                    }
                };
                let number = account_number.as_deref().unwrap_or("000123456789");
                if number.len() < 4 || !number.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    return Err(Rejection::InvalidAccountNumber {
                        param: "external_account[account_number]",
                        value: number.to_owned(),
                    });
                }
                let test = bank_for_account_number(number);
                let status = parse_enum(
                    "external_account[status]",
                    status.as_deref(),
                    BankAccountStatus::parse,
                    &["new", "validated", "verified", "verification_failed", "errored"],
                )?
                .unwrap_or(test.status);
                BankAccount {
                    account,
                    country,
                    currency,
                    status,
                    default_for_currency: false,
                    last4: number[number.len() - 4..].into(),
                    routing_number: routing_number.as_deref().map(Into::into),
                    bank_name: Some("STRIPE TEST BANK".into()),
                    account_holder_name: account_holder_name.as_deref().map(Into::into),
                    payout_failure: test.payout_failure,
                    metadata: Metadata::default(),
                    deleted: false,
                    card: None,
                }
            }
        };
        Ok(bank)
    }

    /// Stores a bank account; the first in its currency becomes the default for it.
    pub(crate) fn attach_bank_account(&mut self, account: &mut Account, mut bank: BankAccount) -> BankAccountId {
        bank.default_for_currency = !account
            .bank_accounts
            .iter()
            .any(|b| self.bank_accounts[b.0].currency == bank.currency);
        let version = self.next_version();
        let id = BankAccountId(self.bank_accounts.push(bank, version));
        account.bank_accounts.push(id);
        id
    }

    /// The bank account payouts in `currency` go to by default.
    pub fn default_bank_account(&self, account: AccountId, currency: Currency) -> Option<BankAccountId> {
        self.accounts[account.0].bank_accounts.iter().copied().find(|b| {
            let bank = &self.bank_accounts[b.0];
            bank.currency == currency && bank.default_for_currency
        })
    }
}

fn business_type(value: Option<&str>) -> Result<Option<Box<str>>, Rejection> {
    parse_enum(
        "business_type",
        value,
        |t| {
            ["individual", "company", "non_profit", "government_entity"]
                .contains(&t)
                .then(|| t.into())
        },
        &["individual", "company", "non_profit", "government_entity"],
    )
}

/// `business_profile` after `given` (an empty value removes a field).
fn business_profile(
    current: &[(&'static str, Box<str>)],
    given: &[(String, String)],
) -> Result<Vec<(&'static str, Box<str>)>, Rejection> {
    let mut profile = current.to_vec();
    for (field, value) in given {
        let Some(field) = BUSINESS_PROFILE_FIELDS.iter().copied().find(|f| f == field) else {
            return Err(Rejection::UnknownParameter {
                param: format!("business_profile[{field}]"),
            });
        };
        profile.retain(|(f, _)| *f != field);
        if !value.is_empty() {
            let value = check_profile_value(field, value)?;
            profile.push((field, value.into()));
        }
    }
    profile.sort_by_key(|(f, _)| BUSINESS_PROFILE_FIELDS.iter().position(|x| x == f));
    Ok(profile)
}

/// A `business_profile` value Stripe checks, as stored: counts and amounts are
/// non-negative integers, currencies supported ones (lowercase), a fiscal year's end a
/// `MM-DD` date.
fn check_profile_value(field: &'static str, value: &str) -> Result<String, Rejection> {
    let param = match field {
        "estimated_worker_count" => "business_profile[estimated_worker_count]",
        "annual_revenue.amount" => "business_profile[annual_revenue][amount]",
        "monthly_estimated_revenue.amount" => "business_profile[monthly_estimated_revenue][amount]",
        "annual_revenue.currency" | "monthly_estimated_revenue.currency" => {
            let param = if field.starts_with("annual") {
                "business_profile[annual_revenue][currency]"
            } else {
                "business_profile[monthly_estimated_revenue][currency]"
            };
            return parse_currency(param, value).map(|c| c.as_str().to_owned());
        }
        "annual_revenue.fiscal_year_end" => {
            let valid = value.len() == 5
                && value.as_bytes()[2] == b'-'
                && matches!(value[..2].parse::<u8>(), Ok(1..=12))
                && matches!(value[3..].parse::<u8>(), Ok(1..=31));
            if !valid {
                return Err(Rejection::InvalidChoice {
                    param: "business_profile[annual_revenue][fiscal_year_end]".into(),
                    value: value.to_owned(),
                    choices: &["MM-DD"],
                });
            }
            return Ok(value.to_owned());
        }
        _ => return Ok(value.to_owned()),
    };
    match value.parse::<u64>() {
        Ok(n) if i64::try_from(n).is_ok() => Ok(n.to_string()),
        _ => Err(Rejection::InvalidInteger {
            param,
            value: value.to_owned(),
        }),
    }
}

fn tos_acceptance(current: &TosAcceptance, given: &TosParams) -> Result<TosAcceptance, Rejection> {
    let mut tos = current.clone();
    if let Some(date) = given.date.as_deref() {
        tos.date = Some(date.parse::<i64>().map_err(|_| Rejection::InvalidInteger {
            param: "tos_acceptance[date]",
            value: date.to_owned(),
        })?);
    }
    replace_text(&mut tos.ip, given.ip.as_deref());
    replace_text(&mut tos.user_agent, given.user_agent.as_deref());
    Ok(tos)
}

fn controller_for(account_type: AccountType, params: &ControllerParams) -> Result<Controller, Rejection> {
    let mut controller = Controller::for_type(account_type);
    if let Some(losses) = parse_choice("controller[losses][payments]", params.losses_payments.as_deref())? {
        controller.losses = losses;
    }
    if let Some(collector) = parse_choice(
        "controller[requirement_collection]",
        params.requirement_collection.as_deref(),
    )? {
        controller.requirement_collection = collector;
    }
    // Only these two are given; the Express and Custom payers follow from the account type.
    const PAYERS: [FeePayer; 2] = [FeePayer::Account, FeePayer::Application];
    const GIVEN: &[&str] = &[PAYERS[0].as_str(), PAYERS[1].as_str()];
    let payer = |t: &str| FeePayer::parse(t).filter(|p| PAYERS.contains(p));
    if let Some(payer) = parse_enum("controller[fees][payer]", params.fees_payer.as_deref(), payer, GIVEN)? {
        controller.fees_payer = payer;
    }
    if let Some(dashboard) = parse_choice("controller[stripe_dashboard][type]", params.dashboard.as_deref())? {
        controller.dashboard = dashboard;
    }
    let collector = |t: &str| match t {
        "stripe" => Some(FeePayer::Account),
        "account" => None,
        other => FeePayer::parse(other),
    };
    const COLLECTORS: &[&str] = &["application", "application_custom", "application_express", "stripe"];
    let param = "defaults.responsibilities.fees_collector";
    if let Some(payer) = parse_enum(param, params.fees_collector.as_deref(), collector, COLLECTORS)? {
        controller.fees_payer = payer;
    }
    Ok(controller)
}

/// The capabilities after a request: requested ones become active (the account's onboarding
/// then settles each status: `super::onboarding::settle_capabilities`), `requested=false`
/// makes one unrequested. With nothing requested and nothing before, a v1 account gets
/// (`defaults`) `card_payments` and `transfers`, so it can be charged and paid.
fn capabilities_for(
    requested: &[(String, bool)],
    current: &[(Box<str>, CapabilityStatus)],
    defaults: bool,
) -> Result<Vec<(Box<str>, CapabilityStatus)>, Rejection> {
    let mut capabilities = current.to_vec();
    if defaults && requested.is_empty() && capabilities.is_empty() {
        capabilities = vec![
            ("card_payments".into(), CapabilityStatus::Active),
            ("transfers".into(), CapabilityStatus::Active),
        ];
    }
    for (name, wanted) in requested {
        if !CAPABILITIES.contains(&name.as_str()) {
            return Err(Rejection::UnknownCapability {
                param: format!("capabilities[{name}]"),
                name: name.clone(),
            });
        }
        let status = if *wanted {
            CapabilityStatus::Active
        } else {
            CapabilityStatus::Unrequested
        };
        match capabilities.binary_search_by(|(n, _)| (**n).cmp(name.as_str())) {
            Ok(i) => capabilities[i].1 = status,
            Err(i) => capabilities.insert(i, (name.as_str().into(), status)),
        }
    }
    capabilities.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(capabilities)
}

fn schedule_for(params: &ScheduleParams, current: Option<PayoutSchedule>) -> Result<PayoutSchedule, Rejection> {
    let mut schedule = current.unwrap_or(PayoutSchedule {
        interval: PayoutInterval::Daily,
        delay_days: MINIMUM_DELAY_DAYS,
    });
    if let Some(days) = params.delay_days.as_deref() {
        // The delay is the account's settlement delay: no shorter than the minimum.
        schedule.delay_days = match days {
            "minimum" => MINIMUM_DELAY_DAYS,
            _ => days
                .parse::<u32>()
                .ok()
                .filter(|d| (MINIMUM_DELAY_DAYS..=365).contains(d))
                .ok_or_else(|| Rejection::OutOfRange {
                    param: "settings[payouts][schedule][delay_days]",
                    value: days.to_owned(),
                    min: i64::from(MINIMUM_DELAY_DAYS),
                    max: 365,
                    also: Some("minimum"),
                })?,
        };
    }
    let weekly = params.weekly_anchor.as_deref().map(|day| {
        WEEKDAYS
            .iter()
            .position(|d| *d == day)
            .map(|i| i as u8)
            .ok_or_else(|| Rejection::InvalidChoice {
                param: "settings[payouts][schedule][weekly_anchor]".into(),
                value: day.to_owned(),
                choices: &WEEKDAYS,
            })
    });
    let monthly = params.monthly_anchor.as_deref().map(|day| {
        day.parse::<u8>()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .ok_or_else(|| Rejection::OutOfRange {
                param: "settings[payouts][schedule][monthly_anchor]",
                value: day.to_owned(),
                min: 1,
                max: 31,
                also: None,
            })
    });
    let weekly = weekly.transpose()?;
    let monthly = monthly.transpose()?;
    if let Some(interval) = params.interval.as_deref() {
        schedule.interval = match interval {
            "manual" => PayoutInterval::Manual,
            "daily" => PayoutInterval::Daily,
            "weekly" => PayoutInterval::Weekly(1 << weekly.unwrap_or(0)),
            "monthly" => PayoutInterval::Monthly(1 << (monthly.unwrap_or(1) - 1)),
            other => {
                return Err(Rejection::InvalidChoice {
                    param: "settings[payouts][schedule][interval]".into(),
                    value: other.to_owned(),
                    choices: &["manual", "daily", "weekly", "monthly"],
                });
            }
        };
    } else {
        match (&mut schedule.interval, weekly, monthly) {
            (PayoutInterval::Weekly(days), Some(anchor), _) => *days = 1 << anchor,
            (PayoutInterval::Monthly(days), _, Some(anchor)) => *days = 1 << (anchor - 1),
            _ => {}
        }
    }
    Ok(schedule)
}

/// Weekday names, Monday first, as Stripe spells `weekly_anchor`.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
