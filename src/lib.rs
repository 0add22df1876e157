//! debitsim: a local simulator of Stripe Connect account debits.
//!
//! # Layout
//!
//! - [`ledger`]: the money model, a pure library — worlds, balances, balance transactions,
//!   both debit flows, Stripe-managed debits, reserves, refunds, reversals, payouts and the
//!   simulated clock, with every precondition of the contract as a typed [`ledger::Rejection`].
//! - [`server`]: Stripe's HTTP API over the ledger — form bodies, keys, idempotency, JSON,
//!   lists, expand, errors; one world per API key.
//! - [`fixtures`]: the JSON fixture sets new worlds start from.
//!
//! The ledger knows nothing of HTTP or JSON; the server is the only place that does.
//!
//! # Example
//!
//! ```
//! use debitsim::ledger::*;
//!
//! let platform = AccountParams {
//!     id: Some("acct_1MyPlatform".into()),
//!     country: Some("US".into()),
//!     ..AccountParams::default()
//! };
//! let mut ledger = Ledger::new(42, 1_800_000_000, platform).unwrap();
//! let account = ledger
//!     .create_account(AccountParams {
//!         account_type: Some("express".into()),
//!         external_accounts: vec![BankAccountParams::Token("btok_us".into())],
//!         ..AccountParams::default()
//!     })
//!     .unwrap()
//!     .value;
//! let id = ledger.account(account).id.to_string();
//! let debit = ledger
//!     .create_charge(AccountId::PLATFORM, ChargeParams {
//!         amount: Input::Given(1500),
//!         currency: Some("usd".into()),
//!         source: Some(id),
//!         ..ChargeParams::default()
//!     })
//!     .unwrap();
//! // transfer.created on the connected account, charge.succeeded (the py_) on the platform
//! assert_eq!(debit.events.len(), 2);
//! // The account went to -1,500; the platform holds that in connect_reserved.
//! assert_eq!(ledger.books(AccountId::PLATFORM).balance(Currency::USD).unwrap().connect_reserved, Amount::new(1500));
//! assert!(ledger.audit().is_ok());
//! ```

pub mod fixtures;
pub mod ledger;
pub mod server;
