//! The integration tests, as one binary: the ledger's scenarios, preconditions and
//! properties, and (in `http`) the server driven over real HTTP.

mod charts;
mod floors;
mod http;
mod ledger;
mod simulation;
mod spec;
mod tidy;
