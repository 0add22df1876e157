//! An event: something that happened, for the server to list and deliver.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, Obj, Refers};
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// The events the simulator emits, with Stripe's names.
    pub enum EventType {
        AccountUpdated: "account.updated" = 0,
        AccountExternalAccountCreated: "account.external_account.created" = 1,
        ChargeUpdated: "charge.updated" = 2,
        BalanceAvailable: "balance.available" = 3,
        ChargeSucceeded: "charge.succeeded" = 4,
        ChargeFailed: "charge.failed" = 5,
        ChargeRefunded: "charge.refunded" = 6,
        RefundCreated: "refund.created" = 7,
        TransferCreated: "transfer.created" = 8,
        TransferReversed: "transfer.reversed" = 9,
        TransferUpdated: "transfer.updated" = 10,
        PayoutCreated: "payout.created" = 11,
        PayoutPaid: "payout.paid" = 12,
        PayoutFailed: "payout.failed" = 13,
        AccountExternalAccountUpdated: "account.external_account.updated" = 200,
        AccountExternalAccountDeleted: "account.external_account.deleted" = 201,
        PayoutCanceled: "payout.canceled" = 202,
        PayoutUpdated: "payout.updated" = 203,
        RefundUpdated: "refund.updated" = 204,
        PersonCreated: "person.created" = 205,
        PersonUpdated: "person.updated" = 206,
        PersonDeleted: "person.deleted" = 207,
        PaymentIntentCreated: "payment_intent.created" = 100,
        PaymentIntentSucceeded: "payment_intent.succeeded" = 101,
        PaymentIntentPaymentFailed: "payment_intent.payment_failed" = 102,
        PaymentIntentRequiresAction: "payment_intent.requires_action" = 103,
        PaymentIntentAmountCapturableUpdated: "payment_intent.amount_capturable_updated" = 104,
        PaymentIntentCanceled: "payment_intent.canceled" = 105,
        ChargeCaptured: "charge.captured" = 106,
        ApplicationFeeCreated: "application_fee.created" = 107,
        ApplicationFeeRefunded: "application_fee.refunded" = 108,
        ApplicationFeeRefundUpdated: "application_fee.refund.updated" = 109,
        ChargeDisputeCreated: "charge.dispute.created" = 110,
        ChargeDisputeUpdated: "charge.dispute.updated" = 111,
        ChargeDisputeClosed: "charge.dispute.closed" = 112,
        ChargeDisputeFundsWithdrawn: "charge.dispute.funds_withdrawn" = 113,
        ChargeDisputeFundsReinstated: "charge.dispute.funds_reinstated" = 114,
        CustomerCreated: "customer.created" = 115,
        CustomerUpdated: "customer.updated" = 116,
        CustomerDeleted: "customer.deleted" = 117,
        /// Stripe's older name for `refund.updated`, which it still sends beside it.
        ChargeRefundUpdated: "charge.refund.updated" = 330,
        /// A thin event of API v2 (see [`EventType::is_thin`]): an account was created, by
        /// either API.
        V2AccountCreated: "v2.core.account.created" = 360,
        /// An account changed, by either API (v1's `account.updated` has this thin twin).
        V2AccountUpdated: "v2.core.account.updated" = 361,
        /// An account was closed (v2) or deleted (v1).
        V2AccountClosed: "v2.core.account.closed" = 362,
        /// `POST /v2/core/event_destinations/{id}/ping`.
        V2EventDestinationPing: "v2.core.event_destination.ping" = 363,
        PaymentMethodAttached: "payment_method.attached" = 300,
        PaymentMethodDetached: "payment_method.detached" = 301,
        PaymentMethodUpdated: "payment_method.updated" = 302,
        SetupIntentCreated: "setup_intent.created" = 303,
        SetupIntentSucceeded: "setup_intent.succeeded" = 304,
        SetupIntentSetupFailed: "setup_intent.setup_failed" = 305,
        SetupIntentRequiresAction: "setup_intent.requires_action" = 306,
        SetupIntentCanceled: "setup_intent.canceled" = 307,
        CustomerSourceCreated: "customer.source.created" = 308,
        CustomerSourceUpdated: "customer.source.updated" = 309,
    }
}

impl EventType {
    /// Whether this is a thin event of API v2: delivered to event destinations only, read
    /// through `/v2/core/events`, never listed by `/v1/events` nor sent to v1 webhook
    /// endpoints.
    pub fn is_thin(self) -> bool {
        self.as_str().starts_with("v2.")
    }
}

/// Something that happened, for the server to list and deliver: a v1 event (a snapshot of
/// its object as it was) or a thin event of API v2 (a reference to its object, on the
/// platform's side, outside every account's index of events).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: EventType,
    /// The account the event happened on (the platform, or a connected account).
    pub account: AccountId,
    /// What it is about: its `data.object`, shown as it was at version `at`.
    pub object: Obj,
    pub created: Timestamp,
    /// The world version when it happened: `data.object` is the object as of this version.
    pub at: u64,
    /// For `*.updated` events, the version before the change: `previous_attributes` is
    /// what differs between the object then and at `at`.
    pub previous: Option<u64>,
    /// Whether time caused it (funds maturing, payouts arriving, the payout run) rather
    /// than a request: Stripe's `request.id` is then null.
    pub automatic: bool,
}

image_struct!(Event {
    kind,
    account,
    object,
    created,
    at,
    previous,
    automatic
});

impl Refers for Event {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        to(self.object);
    }
}
