//! A SetupIntent (`seti_…`): a card saved for later payments, through its states.

use crate::ledger::codec::image_struct;

use super::card::Decline;
use super::kinds::{AccountId, CustomerId, Obj, PaymentMethodId, Refers};
use super::metadata::Metadata;
use super::payment_intent::AutomaticPaymentMethods;
use super::payment_method::SetupUsage;
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// A SetupIntent's `status`.
    pub enum SetupStatus {
        RequiresPaymentMethod: "requires_payment_method" = 0,
        RequiresConfirmation: "requires_confirmation" = 1,
        RequiresAction: "requires_action" = 2,
        /// Stripe's status for bank debits being verified; cards never reach it here.
        Processing: "processing" = 3,
        Canceled: "canceled" = 4,
        Succeeded: "succeeded" = 5,
    }
}

impl SetupStatus {
    /// Whether it can still be confirmed, updated or canceled.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            SetupStatus::RequiresPaymentMethod | SetupStatus::RequiresConfirmation | SetupStatus::RequiresAction
        )
    }
}

wire_enum! {
    /// A SetupIntent's `cancellation_reason`.
    pub enum SetupCancellationReason {
        Abandoned: "abandoned" = 0,
        RequestedByCustomer: "requested_by_customer" = 1,
        Duplicate: "duplicate" = 2,
    }
}

/// What a SetupIntent's refused confirmation left: `last_setup_error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetupError {
    pub decline: Decline,
    /// The card that was declined (made, and not attached).
    pub payment_method: PaymentMethodId,
}

/// A SetupIntent (`seti_…`), on the account that created it. Saving a card moves no money:
/// a confirmed SetupIntent leaves its payment method attached to its customer (if it has
/// one), ready for payments made without the customer (`off_session=true`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupIntent {
    pub account: AccountId,
    pub created: Timestamp,
    pub status: SetupStatus,
    pub usage: SetupUsage,
    pub customer: Option<CustomerId>,
    pub payment_method: Option<PaymentMethodId>,
    pub description: Option<Box<str>>,
    pub metadata: Metadata,
    pub on_behalf_of: Option<AccountId>,
    pub automatic_payment_methods: AutomaticPaymentMethods,
    pub last_setup_error: Option<SetupError>,
    pub cancellation_reason: Option<SetupCancellationReason>,
}

image_struct!(SetupError {
    decline,
    payment_method
});

image_struct!(SetupIntent {
    account,
    created,
    status,
    usage,
    customer,
    payment_method,
    description,
    metadata,
    on_behalf_of,
    automatic_payment_methods,
    last_setup_error,
    cancellation_reason
});

impl Refers for SetupIntent {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        self.customer.into_iter().map(Obj::Customer).for_each(&mut *to);
        self.payment_method
            .into_iter()
            .chain(self.last_setup_error.map(|e| e.payment_method))
            .map(Obj::PaymentMethod)
            .for_each(&mut *to);
        self.on_behalf_of.into_iter().map(Obj::Account).for_each(&mut *to);
    }
}
