//! debitsim: a local simulator of Stripe Connect account debits.
pub mod fixtures;
pub mod ledger;
pub mod server;
