//! Fixture sets: the platform, connected accounts and starting balances every new world
//! begins with, read from JSON (`fixtures/default.json` is compiled in).
//!
//! Starting balances are not typed in: the `setup` list runs real operations (card charges,
//! transfers, payouts) through the ledger, so every starting balance is built from real
//! balance transactions and obeys every invariant. The format is documented in docs/fixtures.md.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::ledger::{
    AccountParams, BankAccountParams, ChargeParams, ControllerParams, Currency, Input, Ledger, MetadataUpdate,
    PayoutParams, Rate, Rejection, ScheduleParams, Timestamp, TransferParams,
};

/// The fixtures compiled into the binary.
pub const DEFAULT_FIXTURES: &str = include_str!("../fixtures/default.json");

/// A parsed and validated fixture set.
#[derive(Clone, Debug)]
pub struct Fixtures {
    file: FixtureFile,
    /// FNV-1a of the JSON text (and of the onboarding setting when `--onboarding` overrides
    /// the file's): a state directory records which fixtures built its worlds, since the
    /// same journal replayed under another setting would build other worlds.
    hash: u64,
    /// Whether accounts created through the API start with requirements due.
    onboarding_required: bool,
    /// The fixtures' `exchange_rates`, parsed.
    exchange_rates: Vec<(Currency, Rate)>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FixtureFile {
    platform: AccountSpec,
    #[serde(default)]
    accounts: Vec<AccountSpec>,
    #[serde(default)]
    setup: Vec<SetupStep>,
    /// How accounts created through the API start: `instant` (verified at once, the
    /// default) or `required` (requirements due until onboarding completes). The fixture
    /// accounts themselves are always onboarded.
    onboarding: Option<String>,
    /// Units of each currency one US dollar buys, over debitsim's own table, for transfers
    /// to accounts that settle in another currency (`{"eur": 0.92}` or `{"eur": "0.92"}`).
    #[serde(default)]
    exchange_rates: BTreeMap<String, serde_json::Value>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountSpec {
    id: String,
    #[serde(rename = "type")]
    account_type: Option<String>,
    country: String,
    default_currency: Option<String>,
    email: Option<String>,
    business_name: Option<String>,
    #[serde(default)]
    controller: ControllerSpec,
    /// Capabilities to activate; `card_payments` and `transfers` when absent.
    #[serde(default)]
    capabilities: Vec<String>,
    /// Bank tokens (`"btok_us"`) or objects.
    #[serde(default)]
    external_accounts: Vec<BankSpec>,
    #[serde(default)]
    settings: SettingsSpec,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    /// The platform only.
    connect_reserves_enabled: Option<bool>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ControllerSpec {
    losses: Option<LossesSpec>,
    requirement_collection: Option<String>,
    fees: Option<FeesSpec>,
    stripe_dashboard: Option<DashboardSpec>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LossesSpec {
    payments: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FeesSpec {
    payer: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DashboardSpec {
    #[serde(rename = "type")]
    kind: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
enum BankSpec {
    Token(String),
    Details(BankDetails),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BankDetails {
    country: String,
    currency: String,
    account_number: Option<String>,
    routing_number: Option<String>,
    account_holder_name: Option<String>,
    status: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SettingsSpec {
    #[serde(default)]
    payouts: PayoutsSpec,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayoutsSpec {
    debit_negative_balances: Option<bool>,
    #[serde(default)]
    schedule: ScheduleSpec,
    statement_descriptor: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScheduleSpec {
    interval: Option<String>,
    delay_days: Option<u32>,
    weekly_anchor: Option<String>,
    monthly_anchor: Option<u8>,
}

/// One operation of the `setup` list; `account` is the account it acts as (the platform
/// when absent), as the `Stripe-Account` header would say.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum SetupStep {
    Charge(ChargeStep),
    Transfer(TransferStep),
    Payout(PayoutStep),
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChargeStep {
    account: Option<String>,
    amount: i64,
    currency: String,
    source: String,
    description: Option<String>,
    transfer_destination: Option<String>,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TransferStep {
    account: Option<String>,
    amount: i64,
    currency: String,
    destination: String,
    description: Option<String>,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayoutStep {
    account: Option<String>,
    amount: i64,
    currency: String,
    description: Option<String>,
}

/// Why a fixture set cannot be used.
#[derive(Debug)]
pub enum FixtureError {
    Json(serde_json::Error),
    /// A setting that is not one of its values.
    Setting {
        name: &'static str,
        value: String,
    },
    /// The ledger refused a fixture account or setup step.
    Refused {
        what: String,
        rejection: Rejection,
    },
}

fn metadata(map: &BTreeMap<String, String>) -> Option<MetadataUpdate> {
    (!map.is_empty()).then(|| MetadataUpdate::Set(map.iter().map(|(k, v)| (k.clone(), Some(v.clone()))).collect()))
}

impl AccountSpec {
    fn params(&self) -> AccountParams {
        AccountParams {
            id: Some(self.id.clone()),
            account_type: self.account_type.clone(),
            country: Some(self.country.clone()),
            default_currency: self.default_currency.clone(),
            email: self.email.clone(),
            business_profile: self
                .business_name
                .iter()
                .map(|n| ("name".to_owned(), n.clone()))
                .collect(),
            controller: ControllerParams {
                losses_payments: self.controller.losses.as_ref().map(|l| l.payments.clone()),
                requirement_collection: self.controller.requirement_collection.clone(),
                fees_payer: self.controller.fees.as_ref().map(|f| f.payer.clone()),
                dashboard: self.controller.stripe_dashboard.as_ref().map(|d| d.kind.clone()),
                fees_collector: None,
            },
            capabilities: self.capabilities.iter().map(|c| (c.clone(), true)).collect(),
            external_accounts: self
                .external_accounts
                .iter()
                .map(|bank| match bank {
                    BankSpec::Token(token) => BankAccountParams::Token(token.clone()),
                    BankSpec::Details(d) => BankAccountParams::Details {
                        country: Some(d.country.clone()),
                        currency: Some(d.currency.clone()),
                        account_number: d.account_number.clone(),
                        routing_number: d.routing_number.clone(),
                        account_holder_name: d.account_holder_name.clone(),
                        status: d.status.clone(),
                    },
                })
                .collect(),
            debit_negative_balances: self.settings.payouts.debit_negative_balances,
            schedule: ScheduleParams {
                interval: self.settings.payouts.schedule.interval.clone(),
                delay_days: self.settings.payouts.schedule.delay_days.map(|d| d.to_string()),
                weekly_anchor: self.settings.payouts.schedule.weekly_anchor.clone(),
                monthly_anchor: self.settings.payouts.schedule.monthly_anchor.map(|d| d.to_string()),
            },
            statement_descriptor: self.settings.payouts.statement_descriptor.clone(),
            metadata: metadata(&self.metadata),
            connect_reserves_enabled: self.connect_reserves_enabled,
            ..AccountParams::default()
        }
    }
}

impl Fixtures {
    /// Parses a fixture set and checks it by building a world from it.
    pub fn parse(json: &str) -> Result<Fixtures, FixtureError> {
        let file: FixtureFile = serde_json::from_str(json).map_err(FixtureError::Json)?;
        let hash = crate::ledger::data::ids::fnv1a(json.bytes());
        let onboarding_required = match file.onboarding.as_deref() {
            None | Some("instant") => false,
            Some("required") => true,
            Some(other) => {
                return Err(FixtureError::Setting {
                    name: "onboarding",
                    value: other.to_owned(),
                });
            }
        };
        let exchange_rates = file
            .exchange_rates
            .iter()
            .map(|(code, value)| {
                let text = match value {
                    serde_json::Value::String(text) => text.clone(),
                    other => other.to_string(),
                };
                match (Currency::parse(code), Rate::parse(&text)) {
                    (Some(currency), Some(rate)) => Ok((currency, rate)),
                    _ => Err(FixtureError::Setting {
                        name: "exchange_rates",
                        value: format!("{code}: {text}"),
                    }),
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        let fixtures = Fixtures {
            file,
            hash,
            onboarding_required,
            exchange_rates,
        };
        fixtures.build(0, 0)?;
        Ok(fixtures)
    }

    /// The fixtures compiled into the binary.
    pub fn builtin() -> Fixtures {
        // The built-in set is checked by the test suite, so this cannot fail in a release.
        Fixtures::parse(DEFAULT_FIXTURES).unwrap_or_else(|e| panic!("fixtures/default.json is invalid: {e:?}"))
    }

    /// Identifies the fixture text (for `--state`, which must be restored with the same).
    pub fn hash(&self) -> u64 {
        self.hash
    }

    /// These fixtures with accounts made through the API starting as `--onboarding` says.
    pub fn with_onboarding(mut self, required: bool) -> Fixtures {
        if required != self.onboarding_required {
            let mode: &[u8] = if required {
                b"\0onboarding=required"
            } else {
                b"\0onboarding=instant"
            };
            let mut bytes = self.hash.to_le_bytes().to_vec();
            bytes.extend_from_slice(mode);
            self.hash = crate::ledger::data::ids::fnv1a(bytes);
            self.onboarding_required = required;
        }
        self
    }

    /// Whether accounts created through the API start with requirements due.
    pub fn onboarding_required(&self) -> bool {
        self.onboarding_required
    }

    pub fn platform_id(&self) -> &str {
        &self.file.platform.id
    }

    /// A new world from these fixtures, at simulated time `now`, with ids from `seed`.
    pub fn build(&self, seed: u64, now: Timestamp) -> Result<Ledger, FixtureError> {
        let refused = |what: String| move |rejection| FixtureError::Refused { what, rejection };
        let mut ledger = Ledger::new(seed, now, self.file.platform.params()).map_err(refused("platform".into()))?;
        ledger.set_exchange_rates(&self.exchange_rates);
        for spec in &self.file.accounts {
            ledger
                .create_account(spec.params())
                .map_err(refused(format!("account {}", spec.id)))?;
        }
        for (n, step) in self.file.setup.iter().enumerate() {
            let what = format!("setup step {n}");
            let actor_id = match step {
                SetupStep::Charge(s) => s.account.as_deref(),
                SetupStep::Transfer(s) => s.account.as_deref(),
                SetupStep::Payout(s) => s.account.as_deref(),
            };
            let actor = ledger.acting_as(actor_id).map_err(refused(what.clone()))?;
            let result = match step {
                SetupStep::Charge(s) => ledger
                    .create_charge(
                        actor,
                        ChargeParams {
                            amount: Input::Given(s.amount),
                            currency: Some(s.currency.clone()),
                            source: Some(s.source.clone()),
                            description: s.description.clone(),
                            metadata: metadata(&s.metadata),
                            transfer_data: s
                                .transfer_destination
                                .as_ref()
                                .map(|d| crate::ledger::TransferDataParams {
                                    destination: Some(d.clone()),
                                    amount: Input::Missing,
                                }),
                            ..ChargeParams::default()
                        },
                    )
                    .map(|_| ()),
                SetupStep::Transfer(s) => ledger
                    .create_transfer(
                        actor,
                        TransferParams {
                            amount: Input::Given(s.amount),
                            currency: Some(s.currency.clone()),
                            destination: Some(s.destination.clone()),
                            description: s.description.clone(),
                            metadata: metadata(&s.metadata),
                            ..TransferParams::default()
                        },
                    )
                    .map(|_| ()),
                SetupStep::Payout(s) => ledger
                    .create_payout(
                        actor,
                        PayoutParams {
                            amount: Input::Given(s.amount),
                            currency: Some(s.currency.clone()),
                            description: s.description.clone(),
                            ..PayoutParams::default()
                        },
                    )
                    .map(|_| ()),
            };
            result.map_err(refused(what))?;
        }
        // The fixture accounts are the world's ready sellers; only accounts created after
        // them follow the onboarding setting.
        ledger.set_onboarding_required(self.onboarding_required);
        Ok(ledger)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_fixtures_build_a_sound_world() {
        let fixtures = Fixtures::builtin();
        let ledger = fixtures.build(7, 1_700_000_000).unwrap();
        ledger.audit().unwrap();
        assert_eq!(ledger.platform().id.as_ref(), fixtures.platform_id());
        assert!(ledger.accounts().len() >= 7);
    }
}
