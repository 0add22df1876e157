//! A PaymentMethod (`pm_…`): a test card a customer saves or a payment pays with; and a
//! customer's card source (`card_…`), the older way of saving a card, kept as the same kind
//! because Stripe takes one wherever the other goes.

use crate::ledger::codec::image_struct;

use super::card::Card;
use super::kinds::{AccountId, CustomerId, Obj, Refers};
use super::metadata::Metadata;
use super::onboarding::Address;
use super::time::Timestamp;
use super::wire::wire_enum;

wire_enum! {
    /// `allow_redisplay`: whether a saved card may be shown to its customer again. Kept and
    /// shown; nothing here redisplays anything.
    pub enum AllowRedisplay {
        Unspecified: "unspecified" = 0,
        Limited: "limited" = 1,
        Always: "always" = 2,
    }
}

wire_enum! {
    /// How a saved card will be used (a SetupIntent's `usage`, a payment's
    /// `setup_future_usage`). `off_session` (Stripe's default) is for payments made while the
    /// customer is away.
    pub enum SetupUsage {
        OffSession: "off_session" = 0,
        OnSession: "on_session" = 1,
    }
}

/// `billing_details`: data the payment method carries and shows, nothing more.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BillingDetails {
    pub name: Option<Box<str>>,
    pub email: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub address: Address,
}

/// A card's expiry, as updated through `card[exp_month]` and `card[exp_year]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Expiry {
    pub month: u8,
    pub year: u16,
}

/// Test cards expire well after any simulated date a test is likely to reach.
pub const TEST_CARD_EXPIRY: Expiry = Expiry { month: 12, year: 2034 };

/// A payment method (`pm_…`) or a card source (`card_…`) of an account: one of Stripe's test
/// cards, made from a test payment method (`pm_card_visa`), a test token (`tok_visa`) or a
/// test card number, and reusable by its id on the same account.
///
/// Guarantees: `detached` implies `customer` is `None`; a card source always has a customer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentMethod {
    pub account: AccountId,
    pub card: Card,
    pub created: Timestamp,
    /// The customer it is attached to (saved for later payments).
    pub customer: Option<CustomerId>,
    pub billing_details: BillingDetails,
    pub metadata: Metadata,
    pub allow_redisplay: AllowRedisplay,
    pub expiry: Expiry,
    /// A customer's card source (`POST /v1/customers/{id}/sources`), shown as a `card`.
    pub source: bool,
    /// Detached from its customer: Stripe lets it be neither used nor attached again.
    pub detached: bool,
}

impl PaymentMethod {
    /// A new payment method of `account` for `card`, attached to nobody.
    pub fn new(account: AccountId, card: Card, created: Timestamp) -> PaymentMethod {
        PaymentMethod {
            account,
            card,
            created,
            customer: None,
            billing_details: BillingDetails::default(),
            metadata: Metadata::default(),
            allow_redisplay: AllowRedisplay::Unspecified,
            expiry: TEST_CARD_EXPIRY,
            source: false,
            detached: false,
        }
    }
}

image_struct!(BillingDetails {
    name,
    email,
    phone,
    address
});

image_struct!(Expiry { month, year });

image_struct!(PaymentMethod {
    account,
    card,
    created,
    customer,
    billing_details,
    metadata,
    allow_redisplay,
    expiry,
    source,
    detached
});

impl Refers for PaymentMethod {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        self.customer.into_iter().map(Obj::Customer).for_each(&mut *to);
    }
}
