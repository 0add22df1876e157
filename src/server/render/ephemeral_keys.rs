//! Ephemeral keys (`ephkey_…`); the `secret` shows only in the answer to its creation, as on
//! Stripe.

use serde::Serializer;
use serde::ser::SerializeMap;

use super::wire::{View, Wire};
use crate::ledger::{AsOf, EphemeralKey, EphemeralKeyId, Obj};
use crate::server::expand::Shape;

impl Wire for EphemeralKey {
    type Id = EphemeralKeyId;
    const SHAPE: Shape = Shape {
        object: "ephemeral_key",
        noun: "ephemeral key",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: EphemeralKeyId) -> Result<S::Ok, S::Error> {
        ephemeral_key(s, view.at, id, None)
    }
}

/// A key, with its `secret` when given (the answer to its creation), and the customer it is
/// for as `associated_objects`.
pub fn ephemeral_key<S: Serializer>(
    s: S,
    at: AsOf<'_>,
    id: EphemeralKeyId,
    secret: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let key = at.ephemeral_key(id);
    let customer = at.id_of(Obj::Customer(key.customer));
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", at.id_of(Obj::EphemeralKey(id)).as_str())?;
    m.serialize_entry("object", "ephemeral_key")?;
    m.serialize_entry("associated_objects", &[Associated(customer.as_str())])?;
    m.serialize_entry("created", &key.created)?;
    m.serialize_entry("expires", &key.expires)?;
    m.serialize_entry("livemode", &false)?;
    if let Some(secret) = secret {
        m.serialize_entry("secret", secret)?;
    }
    m.end()
}

/// One of `associated_objects`: the customer the key is for.
struct Associated<'a>(&'a str);

impl serde::Serialize for Associated<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", self.0)?;
        m.serialize_entry("type", "customer")?;
        m.end()
    }
}

/// A just-created key, with its secret.
pub struct Created<'a> {
    pub at: AsOf<'a>,
    pub id: EphemeralKeyId,
    pub secret: &'a str,
}

impl serde::Serialize for Created<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ephemeral_key(s, self.at, self.id, Some(self.secret))
    }
}
