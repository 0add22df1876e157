//! Events: what happened, with the object it happened to.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{Obj, View, id_of};
use crate::ledger::{EventId, Ledger, ObjectRef};
use crate::server::expand::NONE;

/// The API version events are rendered in: the schemas' version.
pub const API_VERSION: &str = "2024-04-10";

pub fn event<S: Serializer>(s: S, ledger: &Ledger, id: EventId) -> Result<S::Ok, S::Error> {
    let e = ledger.event(id);
    let object = match e.object {
        ObjectRef::Account(a) => Obj::Account(a),
        ObjectRef::BankAccount(b) => Obj::BankAccount(b),
        ObjectRef::Balance(a) => Obj::Balance(a),
        ObjectRef::Charge(c) => Obj::Charge(c),
        ObjectRef::Transfer(t) => Obj::Transfer(t),
        ObjectRef::Reversal(r) => Obj::Reversal(r),
        ObjectRef::Payout(p) => Obj::Payout(p),
        ObjectRef::Refund(r) => Obj::Refund(r),
    };
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", &id_of(ledger, Obj::Event(id)))?;
    m.serialize_entry("object", "event")?;
    if !e.account.is_platform() {
        // Connect events name the connected account they happened on.
        m.serialize_entry("account", &*ledger.account(e.account).id)?;
    }
    m.serialize_entry("api_version", API_VERSION)?;
    m.serialize_entry("created", &e.created)?;
    m.serialize_entry("data", &Data(View::new(ledger, object, &NONE)))?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("pending_webhooks", &0)?;
    m.serialize_entry("request", &Request)?;
    m.serialize_entry("type", e.kind.as_str())?;
    m.end()
}

struct Data<'a>(View<'a>);

impl Serialize for Data<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry("object", &self.0)?;
        m.end()
    }
}

struct Request;

impl Serialize for Request {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("id", &None::<()>)?;
        m.serialize_entry("idempotency_key", &None::<()>)?;
        m.end()
    }
}
