//! A PaymentIntent: a card payment as a Connect platform takes it, through its states.

use crate::ledger::codec::{image_enum, image_struct};

use super::card::Decline;
use super::kinds::{AccountId, ChargeId, CustomerId, Obj, PaymentMethodId, Refers};
use super::metadata::Metadata;
use super::money::{Amount, Currency};
use super::payment_method::SetupUsage;
use super::shipping::Shipping;
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// `capture_method`: when an authorised payment's funds are taken.
    pub enum CaptureMethod {
        Automatic: "automatic" = 0,
        /// Stripe's default since API version 2024-04-10. The simulator captures it at once,
        /// like `automatic` (docs/behaviour.md §12).
        AutomaticAsync: "automatic_async" = 1,
        /// Authorised at confirmation, captured by `POST /v1/payment_intents/{id}/capture`.
        Manual: "manual" = 2,
    }
}

impl CaptureMethod {
    pub const NAMES: &'static [&'static str] = &["automatic", "automatic_async", "manual"];
}

wire_enum! {
    /// `confirmation_method`: kept and shown; every confirmation here is a server-side call.
    pub enum ConfirmationMethod {
        Automatic: "automatic" = 0,
        Manual: "manual" = 1,
    }
}

impl ConfirmationMethod {
    pub const NAMES: &'static [&'static str] = &["automatic", "manual"];
}

wire_enum! {
    /// A PaymentIntent's `status`.
    pub enum IntentStatus {
        RequiresPaymentMethod: "requires_payment_method" = 0,
        RequiresConfirmation: "requires_confirmation" = 1,
        RequiresAction: "requires_action" = 2,
        RequiresCapture: "requires_capture" = 3,
        Canceled: "canceled" = 4,
        Succeeded: "succeeded" = 5,
    }
}

impl IntentStatus {
    /// Whether a PaymentIntent may go from this status to `next`: from an open status to any
    /// (a decline returns it to `requires_payment_method`), from `requires_capture` to
    /// `succeeded` or `canceled`, and from `succeeded` or `canceled` nowhere.
    pub fn allows(self, next: IntentStatus) -> bool {
        match self {
            _ if self.is_open() => true,
            IntentStatus::RequiresCapture => matches!(next, IntentStatus::Succeeded | IntentStatus::Canceled),
            _ => false,
        }
    }

    /// Whether a payment can still be attempted: the statuses confirmation and updates of
    /// the payment's terms are allowed in.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            IntentStatus::RequiresPaymentMethod | IntentStatus::RequiresConfirmation | IntentStatus::RequiresAction
        )
    }
}

wire_enum! {
    /// `cancellation_reason`.
    pub enum CancellationReason {
        Duplicate: "duplicate" = 0,
        Fraudulent: "fraudulent" = 1,
        RequestedByCustomer: "requested_by_customer" = 2,
        Abandoned: "abandoned" = 3,
    }
}

impl CancellationReason {
    /// The reasons a request may give.
    pub const NAMES: &'static [&'static str] = &["duplicate", "fraudulent", "requested_by_customer", "abandoned"];
}

/// `automatic_payment_methods`: whether it was enabled, and whether redirects are allowed.
/// Only cards are simulated, so it changes nothing but what the object shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutomaticPaymentMethods {
    Disabled,
    Enabled,
    /// `allow_redirects=never`.
    EnabledWithoutRedirects,
}

/// `transfer_data` of a destination PaymentIntent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntentTransfer {
    pub destination: AccountId,
    /// `transfer_data[amount]`: the platform keeps the rest.
    pub amount: Option<Amount>,
}

/// The last failed payment attempt: what `last_payment_error` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PaymentError {
    pub decline: Decline,
    /// The failed charge.
    pub charge: ChargeId,
    pub payment_method: PaymentMethodId,
}

/// A PaymentIntent (`pi_…`), on the account that created it (the platform, or with
/// `Stripe-Account` a connected account: a direct PaymentIntent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentIntent {
    pub account: AccountId,
    pub amount: Amount,
    pub currency: Currency,
    pub created: Timestamp,
    pub status: IntentStatus,
    pub capture_method: CaptureMethod,
    pub confirmation_method: ConfirmationMethod,
    pub automatic_payment_methods: AutomaticPaymentMethods,
    pub payment_method: Option<PaymentMethodId>,
    pub customer: Option<CustomerId>,
    /// Save the card to the customer once the payment succeeds, for use on or off session.
    pub setup_future_usage: Option<SetupUsage>,
    pub description: Option<Box<str>>,
    pub receipt_email: Option<Box<str>>,
    pub statement_descriptor: Option<Box<str>>,
    pub statement_descriptor_suffix: Option<Box<str>>,
    pub metadata: Metadata,
    pub transfer_group: Option<Box<str>>,
    pub transfer_data: Option<IntentTransfer>,
    pub application_fee_amount: Option<Amount>,
    pub on_behalf_of: Option<AccountId>,
    /// The charge of the latest payment attempt.
    pub latest_charge: Option<ChargeId>,
    pub last_payment_error: Option<PaymentError>,
    pub canceled_at: Option<Timestamp>,
    pub cancellation_reason: Option<CancellationReason>,
    /// `shipping`: stored and shown, and copied to the intent's charges.
    pub shipping: Option<Shipping>,
}

impl PaymentIntent {
    /// Moves the PaymentIntent to `next`, which its status must allow: anything else is a bug.
    #[track_caller]
    pub fn set_status(&mut self, next: IntentStatus) {
        assert!(
            self.status.allows(next),
            "a PaymentIntent cannot go from {:?} to {next:?}",
            self.status
        );
        self.status = next;
    }
}

image_enum!(AutomaticPaymentMethods {
    Disabled = 0,
    Enabled = 1,
    EnabledWithoutRedirects = 2
});

image_struct!(IntentTransfer { destination, amount });

image_struct!(PaymentError {
    decline,
    charge,
    payment_method
});

image_struct!(PaymentIntent {
    account,
    amount,
    currency,
    created,
    status,
    capture_method,
    confirmation_method,
    automatic_payment_methods,
    payment_method,
    customer,
    setup_future_usage,
    description,
    receipt_email,
    statement_descriptor,
    statement_descriptor_suffix,
    metadata,
    transfer_group,
    transfer_data,
    application_fee_amount,
    on_behalf_of,
    latest_charge,
    last_payment_error,
    canceled_at,
    cancellation_reason,
    shipping
});

impl Refers for PaymentIntent {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        self.payment_method
            .into_iter()
            .map(Obj::PaymentMethod)
            .for_each(&mut *to);
        self.customer.into_iter().map(Obj::Customer).for_each(&mut *to);
        if let Some(transfer) = self.transfer_data {
            to(Obj::Account(transfer.destination));
        }
        self.on_behalf_of.into_iter().map(Obj::Account).for_each(&mut *to);
        self.latest_charge.into_iter().map(Obj::Charge).for_each(&mut *to);
        if let Some(error) = &self.last_payment_error {
            to(Obj::Charge(error.charge));
            to(Obj::PaymentMethod(error.payment_method));
        }
    }
}
