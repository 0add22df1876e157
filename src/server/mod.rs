//! The HTTP layer: Stripe's wire protocol over the ledger.
pub mod auth;
pub mod error;
pub mod form;
