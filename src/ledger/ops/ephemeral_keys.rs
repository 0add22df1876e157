//! Ephemeral keys: made by a server for one of its customers (`POST /v1/ephemeral_keys`),
//! valid for an hour or until deleted, and found again by the token their secret carries
//! (docs/behaviour.md §20).
//!
//! The secret's token is the key's id digits and digits derived from the world's seed and
//! the key's place, so a world rebuilt from its journal issues and accepts the same secrets,
//! and a key is found from its token without a search.

use crate::ledger::data::ids::{fnv1a, splitmix64, write_base62};
use crate::ledger::data::*;
use crate::ledger::state::{Applied, Ledger};

/// The parameters of `POST /v1/ephemeral_keys` (whose `Stripe-Version` the server
/// requires and does not keep: debitsim renders one shape for every version).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EphemeralKeyParams {
    pub customer: Option<String>,
    pub issuing_card: Option<String>,
    pub nonce: Option<String>,
    pub verification_session: Option<String>,
}

/// How many digits of a token follow the key's id digits.
const SECRET_DIGITS: usize = 22;

impl Ledger {
    /// `POST /v1/ephemeral_keys`, acting as `actor`.
    ///
    /// Preconditions, in order (docs/behaviour.md §20): Issuing cards and identity
    /// verification sessions are not simulated; `customer` given and one of the account's.
    pub fn create_ephemeral_key(
        &mut self,
        actor: AccountId,
        params: EphemeralKeyParams,
    ) -> Result<Applied<EphemeralKeyId>, Rejection> {
        if params.issuing_card.is_some() || params.nonce.is_some() {
            let param = if params.issuing_card.is_some() {
                "issuing_card"
            } else {
                "nonce"
            };
            return Err(Rejection::Unsimulated {
                param,
                feature: Feature::IssuingCards,
            });
        }
        if params.verification_session.is_some() {
            return Err(Rejection::Unsimulated {
                param: "verification_session",
                feature: Feature::IdentityVerification,
            });
        }
        let customer = self
            .check_customer(actor, params.customer.as_deref())?
            .ok_or(Rejection::ParameterMissing { param: "customer" })?;
        let id = self.store(EphemeralKey {
            account: actor,
            customer,
            created: self.now,
            expires: self.now + EPHEMERAL_KEY_LIFETIME,
            deleted: false,
        });
        // Stripe records no event for an ephemeral key.
        Ok(Applied {
            value: id,
            events: Vec::new(),
        })
    }

    /// `DELETE /v1/ephemeral_keys/{id}`: its secret works no more.
    pub fn delete_ephemeral_key(&mut self, id: EphemeralKeyId) -> Applied<EphemeralKeyId> {
        let now = self.now;
        self.change::<EphemeralKey, _>(id, |key| {
            key.deleted = true;
            // Stripe shows a deleted key as expiring when it was deleted.
            key.expires = key.expires.min(now);
        });
        Applied {
            value: id,
            events: Vec::new(),
        }
    }

    /// The token of key `id`'s secret (the server puts it after `ek_test_` and the world's
    /// name): its id's digits, then digits derived from the seed and its place.
    pub fn ephemeral_token(&self, id: EphemeralKeyId) -> String {
        let text = self.id_of(Obj::EphemeralKey(id));
        let digits = &text.as_str()[Prefix::EphemeralKey.as_str().len()..];
        let mut state = fnv1a(
            self.seed()
                .to_le_bytes()
                .into_iter()
                .chain(*b"ephemeral key")
                .chain(id.0.to_le_bytes()),
        );
        let block = (u128::from(splitmix64(&mut state)) << 64) | u128::from(splitmix64(&mut state));
        let mut secret = [0u8; SECRET_DIGITS];
        write_base62(block, &mut secret);
        format!("{digits}{}", std::str::from_utf8(&secret).unwrap_or_default())
    }

    /// The key whose secret carries `token`, if it is one of this world's and still works
    /// at the world's time.
    pub fn live_ephemeral_key(&self, token: &str) -> Option<EphemeralKeyId> {
        let digits = token.get(..token.len().checked_sub(SECRET_DIGITS)?)?;
        let (prefix, index) = self
            .codec
            .parse(&format!("{}{digits}", Prefix::EphemeralKey.as_str()))?;
        if prefix != Prefix::EphemeralKey {
            return None;
        }
        let id = EphemeralKeyId(index);
        let key = self.ephemeral_keys.get(index)?;
        (key.is_live(self.now) && self.ephemeral_token(id) == token).then_some(id)
    }
}
