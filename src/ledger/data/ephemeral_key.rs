//! An ephemeral key (`ephkey_…`): a short-lived key a server makes for one customer, so its
//! mobile client can read and save that customer's cards itself.

use crate::ledger::codec::image_struct;

use super::kinds::{AccountId, CustomerId, Obj, Refers};
use super::time::Timestamp;

/// How long an ephemeral key lives: an hour, as Stripe's do.
pub const EPHEMERAL_KEY_LIFETIME: Timestamp = 3_600;

/// An ephemeral key of an account, for one of its customers. Its secret (`ek_test_…`) is
/// derived from the world's seed and the key's place, never stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EphemeralKey {
    pub account: AccountId,
    pub customer: CustomerId,
    pub created: Timestamp,
    pub expires: Timestamp,
    /// Deleted (`DELETE /v1/ephemeral_keys/{id}`): the secret works no more.
    pub deleted: bool,
}

impl EphemeralKey {
    /// Whether its secret is still accepted at `now`.
    pub fn is_live(&self, now: Timestamp) -> bool {
        !self.deleted && now < self.expires
    }
}

image_struct!(EphemeralKey {
    account,
    customer,
    created,
    expires,
    deleted
});

impl Refers for EphemeralKey {
    fn refers(&self, to: &mut dyn FnMut(Obj)) {
        to(Obj::Account(self.account));
        to(Obj::Customer(self.customer));
    }
}
