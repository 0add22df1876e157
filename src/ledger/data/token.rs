//! A card token (`tok_…`): a card a publishable key's client turned into a token, for the
//! server to use once (a charge's `source`, a payment method's `card[token]`, a customer's
//! source).

use crate::ledger::codec::image_struct;

use super::card::Card;
use super::kinds::{AccountId, Obj, Refers};
use super::payment_method::{BillingDetails, Expiry};
use super::time::Timestamp;

/// A card token of an account, made from one of Stripe's test card numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub account: AccountId,
    pub card: Card,
    pub expiry: Expiry,
    /// The card holder's name and address, as given (`card[name]`, `card[address_…]`).
    pub holder: BillingDetails,
    pub created: Timestamp,
    /// Used once already: Stripe refuses a token the second time.
    pub used: bool,
}

image_struct!(Token {
    account,
    card,
    expiry,
    holder,
    created,
    used
});

impl Refers for Token {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
    }
}
