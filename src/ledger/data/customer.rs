//! A customer (`cus_…`), as far as payments need one.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, Obj, PaymentMethodId, Refers, TestClockId};
use super::metadata::Metadata;
use super::onboarding::Address;
use super::shipping::Shipping;
use super::time::Timestamp;

/// A customer (`cus_…`), as far as payments need one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Customer {
    pub account: AccountId,
    pub created: Timestamp,
    pub email: Option<Box<str>>,
    pub name: Option<Box<str>>,
    pub description: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub metadata: Metadata,
    /// Deleted customers are kept (events and payments name them) but cannot be used.
    pub deleted: bool,
    /// `address`, `shipping` and `preferred_locales`: stored and shown.
    pub address: Option<Address>,
    pub shipping: Option<Shipping>,
    pub preferred_locales: Vec<Box<str>>,
    /// `tax_exempt` (`none`, `exempt`, `reverse`) and `invoice_prefix`: stored and shown
    /// (tax and invoices are not simulated).
    pub tax_exempt: Option<Box<str>>,
    pub invoice_prefix: Option<Box<str>>,
    /// `invoice_settings.default_payment_method`: one of its attached payment methods.
    pub default_payment_method: Option<PaymentMethodId>,
    /// `default_source`: one of its card sources (the first added, until changed).
    pub default_source: Option<PaymentMethodId>,
    /// The test clock it was created on (`test_clock`), if any: it is deleted with its
    /// clock, and lists of customers leave it out unless asked for its clock.
    pub test_clock: Option<TestClockId>,
}

image_struct!(Customer {
    account,
    created,
    email,
    name,
    description,
    phone,
    metadata,
    deleted,
    address,
    shipping,
    preferred_locales,
    default_payment_method,
    default_source,
    test_clock,
    tax_exempt,
    invoice_prefix
});

impl Refers for Customer {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        self.default_payment_method
            .into_iter()
            .chain(self.default_source)
            .map(Obj::PaymentMethod)
            .for_each(&mut *to);
        self.test_clock.into_iter().map(Obj::TestClock).for_each(to);
    }
}
