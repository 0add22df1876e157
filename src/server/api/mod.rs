//! The endpoints: which paths exist, how each reads its parameters, and what it does.
//!
//! A request is handled in two steps. [`Route::prepare`] reads and checks every parameter
//! (outside any lock: it needs nothing of the world) and returns a [`Prepared`] call. The
//! pipeline then locks the key's world, checks the acting account, handles idempotency, and
//! runs the call against the world. So the order of debit-rules §7 holds — the
//! `Stripe-Account` (row 2) before unknown parameters (row 3) before the ledger's rows — and
//! the lock is held only for the ledger operation and the rendering of its result.

pub mod account_links;
mod accounts;
mod accounts_v2;
mod application_fees;
mod balance;
mod balance_settings;
mod capabilities;
mod charges;
mod customers;
mod dashboard;
mod deliveries;
mod disputes;
pub mod endpoint;
mod ephemeral_keys;
mod event_destinations;
mod events;
mod events_v2;
mod external_accounts;
mod payment_intents;
mod payment_methods;
mod payouts;
mod persons;
mod refunds;
pub mod router;
mod setup_intents;
mod sim;
mod tokens;
mod transfers;
mod webhook_endpoints;

use endpoint::Endpoint;

/// Every endpoint, by resource.
pub static ENDPOINTS: &[&[Endpoint]] = &[
    accounts::ENDPOINTS,
    balance::ENDPOINTS,
    balance_settings::ENDPOINTS,
    charges::ENDPOINTS,
    events::ENDPOINTS,
    payouts::ENDPOINTS,
    refunds::ENDPOINTS,
    transfers::ENDPOINTS,
    webhook_endpoints::ENDPOINTS,
    sim::ENDPOINTS,
    deliveries::ENDPOINTS,
    external_accounts::ENDPOINTS,
    capabilities::ENDPOINTS,
    account_links::ENDPOINTS,
    persons::ENDPOINTS,
    payment_intents::ENDPOINTS,
    customers::ENDPOINTS,
    application_fees::ENDPOINTS,
    disputes::ENDPOINTS,
    dashboard::ENDPOINTS,
    accounts_v2::ENDPOINTS,
    event_destinations::ENDPOINTS,
    events_v2::ENDPOINTS,
    payment_methods::ENDPOINTS,
    setup_intents::ENDPOINTS,
    ephemeral_keys::ENDPOINTS,
    tokens::ENDPOINTS,
];
