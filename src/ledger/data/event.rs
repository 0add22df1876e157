//! An event: something that happened, for the server to list and deliver.

use crate::{image_enum, image_struct};

use super::kinds::{AccountId, Obj, Refers};
use super::time::Timestamp;

/// The events the simulator emits, with Stripe's names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventType {
    AccountUpdated,
    AccountExternalAccountCreated,
    ChargeUpdated,
    BalanceAvailable,
    ChargeSucceeded,
    ChargeFailed,
    ChargeRefunded,
    RefundCreated,
    TransferCreated,
    TransferReversed,
    TransferUpdated,
    PayoutCreated,
    PayoutPaid,
    PayoutFailed,
    AccountExternalAccountUpdated,
    AccountExternalAccountDeleted,
    PayoutCanceled,
    PayoutUpdated,
    RefundUpdated,
    PersonCreated,
    PersonUpdated,
    PersonDeleted,
    PaymentIntentCreated,
    PaymentIntentSucceeded,
    PaymentIntentPaymentFailed,
    PaymentIntentRequiresAction,
    PaymentIntentAmountCapturableUpdated,
    PaymentIntentCanceled,
    ChargeCaptured,
    ApplicationFeeCreated,
    ApplicationFeeRefunded,
    ApplicationFeeRefundUpdated,
    ChargeDisputeCreated,
    ChargeDisputeUpdated,
    ChargeDisputeClosed,
    ChargeDisputeFundsWithdrawn,
    ChargeDisputeFundsReinstated,
    CustomerCreated,
    CustomerUpdated,
    CustomerDeleted,
}

impl EventType {
    pub const ALL: [EventType; 40] = [
        EventType::AccountUpdated,
        EventType::AccountExternalAccountCreated,
        EventType::ChargeUpdated,
        EventType::BalanceAvailable,
        EventType::ChargeSucceeded,
        EventType::ChargeFailed,
        EventType::ChargeRefunded,
        EventType::RefundCreated,
        EventType::TransferCreated,
        EventType::TransferReversed,
        EventType::TransferUpdated,
        EventType::PayoutCreated,
        EventType::PayoutPaid,
        EventType::PayoutFailed,
        EventType::AccountExternalAccountUpdated,
        EventType::AccountExternalAccountDeleted,
        EventType::PayoutCanceled,
        EventType::PayoutUpdated,
        EventType::RefundUpdated,
        EventType::PersonCreated,
        EventType::PersonUpdated,
        EventType::PersonDeleted,
        EventType::PaymentIntentCreated,
        EventType::PaymentIntentSucceeded,
        EventType::PaymentIntentPaymentFailed,
        EventType::PaymentIntentRequiresAction,
        EventType::PaymentIntentAmountCapturableUpdated,
        EventType::PaymentIntentCanceled,
        EventType::ChargeCaptured,
        EventType::ApplicationFeeCreated,
        EventType::ApplicationFeeRefunded,
        EventType::ApplicationFeeRefundUpdated,
        EventType::ChargeDisputeCreated,
        EventType::ChargeDisputeUpdated,
        EventType::ChargeDisputeClosed,
        EventType::ChargeDisputeFundsWithdrawn,
        EventType::ChargeDisputeFundsReinstated,
        EventType::CustomerCreated,
        EventType::CustomerUpdated,
        EventType::CustomerDeleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::AccountUpdated => "account.updated",
            EventType::AccountExternalAccountCreated => "account.external_account.created",
            EventType::ChargeUpdated => "charge.updated",
            EventType::BalanceAvailable => "balance.available",
            EventType::ChargeSucceeded => "charge.succeeded",
            EventType::ChargeFailed => "charge.failed",
            EventType::ChargeRefunded => "charge.refunded",
            EventType::RefundCreated => "refund.created",
            EventType::TransferCreated => "transfer.created",
            EventType::TransferReversed => "transfer.reversed",
            EventType::TransferUpdated => "transfer.updated",
            EventType::PayoutCreated => "payout.created",
            EventType::PayoutPaid => "payout.paid",
            EventType::PayoutFailed => "payout.failed",
            EventType::AccountExternalAccountUpdated => "account.external_account.updated",
            EventType::AccountExternalAccountDeleted => "account.external_account.deleted",
            EventType::PayoutCanceled => "payout.canceled",
            EventType::PayoutUpdated => "payout.updated",
            EventType::RefundUpdated => "refund.updated",
            EventType::PersonCreated => "person.created",
            EventType::PersonUpdated => "person.updated",
            EventType::PersonDeleted => "person.deleted",
            EventType::PaymentIntentCreated => "payment_intent.created",
            EventType::PaymentIntentSucceeded => "payment_intent.succeeded",
            EventType::PaymentIntentPaymentFailed => "payment_intent.payment_failed",
            EventType::PaymentIntentRequiresAction => "payment_intent.requires_action",
            EventType::PaymentIntentAmountCapturableUpdated => "payment_intent.amount_capturable_updated",
            EventType::PaymentIntentCanceled => "payment_intent.canceled",
            EventType::ChargeCaptured => "charge.captured",
            EventType::ApplicationFeeCreated => "application_fee.created",
            EventType::ApplicationFeeRefunded => "application_fee.refunded",
            EventType::ApplicationFeeRefundUpdated => "application_fee.refund.updated",
            EventType::ChargeDisputeCreated => "charge.dispute.created",
            EventType::ChargeDisputeUpdated => "charge.dispute.updated",
            EventType::ChargeDisputeClosed => "charge.dispute.closed",
            EventType::ChargeDisputeFundsWithdrawn => "charge.dispute.funds_withdrawn",
            EventType::ChargeDisputeFundsReinstated => "charge.dispute.funds_reinstated",
            EventType::CustomerCreated => "customer.created",
            EventType::CustomerUpdated => "customer.updated",
            EventType::CustomerDeleted => "customer.deleted",
        }
    }
}

/// Something that happened, for the server to list and deliver.
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

image_enum!(EventType {
    AccountUpdated = 0,
    AccountExternalAccountCreated = 1,
    ChargeUpdated = 2,
    BalanceAvailable = 3,
    ChargeSucceeded = 4,
    ChargeFailed = 5,
    ChargeRefunded = 6,
    RefundCreated = 7,
    TransferCreated = 8,
    TransferReversed = 9,
    TransferUpdated = 10,
    PayoutCreated = 11,
    PayoutPaid = 12,
    PayoutFailed = 13,
    AccountExternalAccountUpdated = 200,
    AccountExternalAccountDeleted = 201,
    PayoutCanceled = 202,
    PayoutUpdated = 203,
    RefundUpdated = 204,
    PersonCreated = 205,
    PersonUpdated = 206,
    PersonDeleted = 207,
    PaymentIntentCreated = 100,
    PaymentIntentSucceeded = 101,
    PaymentIntentPaymentFailed = 102,
    PaymentIntentRequiresAction = 103,
    PaymentIntentAmountCapturableUpdated = 104,
    PaymentIntentCanceled = 105,
    ChargeCaptured = 106,
    ApplicationFeeCreated = 107,
    ApplicationFeeRefunded = 108,
    ApplicationFeeRefundUpdated = 109,
    ChargeDisputeCreated = 110,
    ChargeDisputeUpdated = 111,
    ChargeDisputeClosed = 112,
    ChargeDisputeFundsWithdrawn = 113,
    ChargeDisputeFundsReinstated = 114,
    CustomerCreated = 115,
    CustomerUpdated = 116,
    CustomerDeleted = 117
});

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
