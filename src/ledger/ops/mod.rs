//! The operations: one file per resource, each taking the request's parameters as Stripe
//! names them, checking the contract's preconditions in order, and either refusing with a
//! [`Rejection`](super::data::Rejection) having changed nothing, or storing and changing
//! objects through the object table's primitives, posting money through `posting`, and
//! returning what it made with the events it caused.
//!
//! Files lower in this list may be used by those above them, never the reverse:
//! `requirements` and `clock` by the account's life; `transfers` (and reversals), `fees` and
//! `disputes` by `card_payments`, the card charge and its capture, which `charges` and
//! `payment_intents` share; `payment_methods` by `customers`, `payment_intents` and
//! `setup_intents`, which save and pay with cards; `tokens` by `payment_methods` and
//! `charges`.

pub mod accounts;
pub mod accounts_v2;
pub mod balance_settings;
pub mod bank_accounts;
pub mod card_payments;
pub mod charges;
pub mod clock;
pub mod customers;
pub mod disputes;
pub mod ephemeral_keys;
pub mod event_destinations;
pub mod fees;
pub mod onboarding;
pub mod payment_intents;
pub mod payment_methods;
pub mod payout_changes;
pub mod payouts;
pub mod persons;
pub mod refunds;
pub mod requirements;
pub mod setup_intents;
pub mod shipping;
pub mod tokens;
pub mod transfers;
pub mod updates;
pub mod webhook_endpoints;
