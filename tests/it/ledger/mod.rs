//! Tests of the ledger as a library: scenario tables for every flow of debit-rules §4–§6,
//! every precondition of §7, and random operation sequences checked against a model.

mod flows;
mod lifecycle;
mod money_in;
mod money_in_preconditions;
mod preconditions;
mod properties;
mod saved_cards;
pub mod world;
