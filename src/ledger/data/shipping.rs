//! Shipping details (`shipping` on PaymentIntents, charges and customers): who receives a
//! payment's goods, and where. Stripe only stores and shows them, and so does debitsim.

use crate::ledger::codec::image_struct;

use super::onboarding::Address;

/// `shipping`: a recipient's name and address, and optionally how it was sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shipping {
    /// Required by Stripe whenever `shipping` is given.
    pub name: Box<str>,
    pub address: Address,
    pub carrier: Option<Box<str>>,
    pub phone: Option<Box<str>>,
    pub tracking_number: Option<Box<str>>,
}

image_struct!(Shipping {
    name,
    address,
    carrier,
    phone,
    tracking_number
});
