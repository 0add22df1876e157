//! A PaymentMethod (`pm_…`): a test card a customer or a PaymentIntent pays with.

use crate::ledger::codec::image_struct;

use super::card::Card;
use super::kinds::{AccountId, CustomerId, Obj, Refers};
use super::time::Timestamp;

/// A payment method (`pm_…`): one of Stripe's test cards, made when a PaymentIntent is given
/// `pm_card_visa` and its kin, and reusable by its id on the same account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentMethod {
    pub account: AccountId,
    pub card: Card,
    pub created: Timestamp,
    /// The customer it was used for, when the PaymentIntent had one.
    pub customer: Option<CustomerId>,
}

image_struct!(PaymentMethod {
    account,
    card,
    created,
    customer
});

impl Refers for PaymentMethod {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        self.customer.into_iter().map(Obj::Customer).for_each(&mut *to);
    }
}
