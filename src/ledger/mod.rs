//! The ledger: the money model of Connect account debits, as a pure library.
//!
//! One [`Ledger`] is one *world*: a platform, its connected accounts, their balances and every
//! object created in it (debit-rules §1). Operations take the request's parameters as Stripe
//! names them, check the contract's preconditions in order, and either refuse with a
//! [`Rejection`] having changed nothing, or apply and return what they created together with
//! the events they caused.
//!
//! # Guarantees
//!
//! - Money is `i64` minor units ([`Amount`]) with checked arithmetic; an operation that would
//!   overflow is refused.
//! - Every balance (available, pending, `connect_reserved`) is the sum of its balance
//!   transactions; nothing else moves money (`posting`).
//! - `platform.connect_reserved[c] == Σ liability(account, c)` after every operation (§6).
//! - Deterministic: no clock, no randomness, no I/O. Time is the world's simulated clock,
//!   which only [`Ledger::advance_clock`] moves; ids come from the seed. The same seed and
//!   operations give an identical ledger (`==`, and the same `Debug` text).
//! - [`Ledger::audit`] re-derives every invariant from scratch, for tests.
//!
//! The ledger knows nothing of HTTP, JSON, locks or async.
//!
//! # Floors
//!
//! Each module imports only from the floors below it (ARCHITECTURE.md; a tidy test holds it):
//!
//! 1. `codec`, `store`, `list`: bytes, arenas and paging, knowing nothing of Connect.
//! 2. `data`: every kind's struct and the values they are made of, and the object table.
//! 3. `validate`: reading a request's amounts, currencies, choices, text and metadata.
//! 4. `state`, then `table`: the world's struct, and the only ways to store and change it.
//! 5. `posting`: the only code that changes balances.
//! 6. `ops`: the operations, one file per resource.
//! 7. `image`, `audit`, `strategies`: the world written out, checked, generated.
//! 8. this facade.

pub mod audit;
pub mod codec;
pub mod data;
pub mod image;
mod list;
pub mod ops;
mod posting;
pub mod state;
pub mod store;
#[cfg(feature = "strategies")]
pub mod strategies;
pub mod table;
pub mod validate;

pub use data::tokens;

pub use audit::{AuditError, Buckets, MoneyInAudit};
pub use data::*;
pub use list::{Cursor, ListQuery, Page, TimeRange, page, page_by, page_oldest_first};
pub use ops::accounts::{
    AccountParams, AccountUpdate, AccountV2Update, BankAccountParams, BrandingParams, CAPABILITIES, ControllerParams,
    ScheduleParams, TosParams, WEEKDAYS,
};
pub use ops::accounts_v2::{AccountV2Fields, AccountV2Params};
pub use ops::balance_settings::{BalanceSettingsUpdate, MinimumBalances};
pub use ops::bank_accounts::{BankAccountCreate, BankAccountUpdate};
pub use ops::card_payments::CaptureParams;
pub use ops::charges::{ChargeOutcome, ChargeParams, ChargeUpdate, TransferDataParams};
pub use ops::clock::MAX_CLOCK_ADVANCE;
pub use ops::customers::{CustomerParams, CustomerUpdate};
pub use ops::disputes::{DISPUTE_FEE, DisputeUpdate, EVIDENCE_FILE_PARAMS};
pub use ops::ephemeral_keys::EphemeralKeyParams;
pub use ops::event_destinations::{EventDestinationParams, EventDestinationUpdate, Switch};
pub use ops::fees::FeeRefundParams;
pub use ops::onboarding::{AccountLinkParams, HostedForm, LinkState};
pub use ops::payment_intents::{ConfirmParams, IntentCaptureParams, IntentOutcome, IntentParams, IntentUpdate};
pub use ops::payment_methods::{CardParams, CardSourceParams, PaymentMethodParams, PaymentMethodUpdate};
pub use ops::payouts::PayoutParams;
pub use ops::persons::{PersonDetailsParams, PersonParams, RelationshipParams};
pub use ops::refunds::RefundParams;
pub use ops::requirements::{AddressParams, CompanyParams, IdentityParams};
pub use ops::setup_intents::{SetupConfirm, SetupOutcome, SetupParams, SetupUpdate};
pub use ops::shipping::{ShippingInput, ShippingParams};
pub use ops::test_clocks::TestClockParams;
pub use ops::tokens::{BillingDetailsParams, TokenParams};
pub use ops::transfers::{ReferenceParams, ReversalParams, TransferParams, TransferUpdate};
pub use ops::webhook_endpoints::{WebhookEndpointParams, WebhookEndpointUpdate};
pub use state::{Applied, AsOf, Ledger};
pub use store::Arena;
pub use table::Stored;
