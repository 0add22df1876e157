//! The data floor: every kind of object a world stores, as plain values, and the values they
//! are made of (money, countries, ids, metadata, time, refusals).
//!
//! Nothing here changes a world or knows HTTP: operations (`ledger::ops`) build and change
//! these values, and the server renders them. Each kind's struct has one home, a file of
//! its own, with its image (what `--state` writes of it) beside it.
//!
//! The object table, one row per stored kind, is [`kinds::with_kinds!`](kinds).

pub mod account;
pub mod application_fee;
pub mod balance_transaction;
pub mod bank_account;
pub mod books;
pub mod card;
pub mod charge;
pub mod country;
pub mod customer;
pub mod debit_card;
pub mod dispute;
pub mod ephemeral_key;
pub mod event;
pub mod event_destination;
pub mod exchange;
pub mod ids;
pub mod kinds;

pub(crate) use kinds::with_kinds;
pub mod metadata;
pub mod money;
pub mod onboarding;
pub mod payment_intent;
pub mod payment_method;
pub mod payout;
pub mod person;
pub mod refund;
pub mod rejection;
pub mod setup_intent;
pub mod shipping;
pub mod test_clock;
pub mod time;
pub mod token;
pub mod tokens;
pub mod transfer;
pub mod webhook_endpoint;
pub mod wire;

pub use account::*;
pub use application_fee::*;
pub use balance_transaction::*;
pub use bank_account::*;
pub use books::*;
pub use card::*;
pub use charge::*;
pub use country::*;
pub use customer::*;
pub use debit_card::*;
pub use dispute::*;
pub use ephemeral_key::*;
pub use event::*;
pub use event_destination::*;
pub use exchange::*;
pub use ids::*;
pub use kinds::*;
pub use metadata::*;
pub use money::*;
pub use onboarding::*;
pub use payment_intent::*;
pub use payment_method::*;
pub use payout::*;
pub use person::*;
pub use refund::*;
pub use rejection::*;
pub use setup_intent::*;
pub use shipping::*;
pub use test_clock::*;
pub use time::*;
pub use token::*;
pub use tokens::*;
pub use transfer::*;
pub use webhook_endpoint::*;
