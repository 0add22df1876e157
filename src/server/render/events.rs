//! Events: what happened, with the object it happened to as it was at that moment.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::{Shape, View, balances};
use crate::ledger::{EventId, Ledger, Obj};
use crate::server::expand::NONE;

/// The API version events are rendered in: the schemas' version.
pub const API_VERSION: &str = "2024-04-10";

pub const EVENT: Shape = Shape {
    object: "event",
    noun: "event",
    expands: &[],
};

pub fn event<S: Serializer>(s: S, ledger: &Ledger, id: EventId) -> Result<S::Ok, S::Error> {
    let e = ledger.event(id);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Event(id)).as_str())?;
    m.serialize_entry("object", "event")?;
    if !e.account.is_platform() {
        // Connect events name the connected account they happened on.
        m.serialize_entry("account", &*ledger.account(e.account).id)?;
    }
    m.serialize_entry("api_version", API_VERSION)?;
    m.serialize_entry("created", &e.created)?;
    m.serialize_entry("data", &Data { ledger, id })?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("pending_webhooks", &0)?;
    m.serialize_entry("request", &Request)?;
    m.serialize_entry("type", e.kind.as_str())?;
    m.end()
}

/// `data`: the object as it was when the event happened.
struct Data<'a> {
    ledger: &'a Ledger,
    id: EventId,
}

impl Serialize for Data<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.ledger.event(self.id);
        let mut m = s.serialize_map(Some(1))?;
        match (e.object, self.ledger.balance_snapshot(self.id)) {
            (Obj::Balance(account), Some(balances)) => {
                m.serialize_entry("object", &BalanceAt(self.ledger, account, balances))?
            }
            (object, _) => m.serialize_entry(
                "object",
                &View {
                    at: self.ledger.as_of(e.at),
                    obj: object,
                    expand: &NONE,
                },
            )?,
        }
        m.end()
    }
}

struct BalanceAt<'a>(
    &'a Ledger,
    crate::ledger::AccountId,
    &'a [crate::ledger::CurrencyBalance],
);

impl Serialize for BalanceAt<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        balances::balance(s, self.0, self.1, self.2)
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
