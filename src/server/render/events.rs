//! Events: what happened, with the object it happened to as it was at that moment, what
//! changed (for `*.updated` events), the request that caused it, and its deliveries owed.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::{Map, Value};

use super::balances;
use super::wire::{EventFacts, View, Wire};
use crate::ledger::{AccountId, CurrencyBalance, Event, EventId, Ledger, Obj};
use crate::server::expand::NONE;
use crate::server::expand::Shape;
use crate::server::version::rendering;

/// The API version a response names when its request pins none: the schemas' version.
pub const API_VERSION: &str = "2024-04-10";

impl Wire for Event {
    type Id = EventId;
    const SHAPE: Shape = Shape {
        object: "event",
        noun: "event",
        expands: &[],
    };

    fn render<S: Serializer>(s: S, view: &View<'_>, id: EventId) -> Result<S::Ok, S::Error> {
        event(s, view.at.ledger(), id, view.facts)
    }
}

pub fn event<S: Serializer>(
    s: S,
    ledger: &Ledger,
    id: EventId,
    facts: Option<&dyn EventFacts>,
) -> Result<S::Ok, S::Error> {
    let e = ledger.event(id);
    if e.kind.is_thin() {
        return super::v2::thin_event(s, ledger, id, facts);
    }
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Event(id)).as_str())?;
    m.serialize_entry("object", "event")?;
    if !e.account.is_platform() {
        // Connect events name the connected account they happened on.
        m.serialize_entry("account", &*ledger.account(e.account).id)?;
    }
    // The version its body is rendered for: the request's, or the receiving endpoint's.
    m.serialize_entry("api_version", &rendering())?;
    m.serialize_entry("created", &e.created)?;
    m.serialize_entry("data", &Data { ledger, id })?;
    m.serialize_entry("livemode", &false)?;
    m.serialize_entry("pending_webhooks", &facts.map_or(0, |f| f.pending_webhooks(id)))?;
    let request = facts.and_then(|f| f.request(id));
    m.serialize_entry(
        "request",
        &Request {
            id: request.as_ref().map(|(id, _)| id.as_str()),
            idempotency_key: request.as_ref().and_then(|(_, key)| *key),
        },
    )?;
    m.serialize_entry("type", e.kind.as_str())?;
    m.end()
}

/// `data`: the object as it was when the event happened, and for `*.updated` events what it
/// was before.
struct Data<'a> {
    ledger: &'a Ledger,
    id: EventId,
}

impl Data<'_> {
    fn object_at(&self, version: u64) -> View<'_> {
        View {
            at: self.ledger.as_of(version),
            obj: self.ledger.event(self.id).object,
            expand: &NONE,
            facts: None,
        }
    }
}

impl Serialize for Data<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.ledger.event(self.id);
        let mut m = s.serialize_map(None)?;
        match (e.object, self.ledger.balance_snapshot(self.id)) {
            (Obj::Balance(account), Some(balances)) => {
                m.serialize_entry("object", &BalanceAt(self.ledger, account, balances))?
            }
            _ => m.serialize_entry("object", &self.object_at(e.at))?,
        }
        if let Some(before) = e.previous {
            let value = |view: View<'_>| serde_json::to_value(view).unwrap_or(Value::Null);
            let previous = changed(&value(self.object_at(before)), &value(self.object_at(e.at)));
            m.serialize_entry(
                "previous_attributes",
                &previous.unwrap_or_else(|| Value::Object(Map::new())),
            )?;
        }
        m.end()
    }
}

/// Stripe's `previous_attributes`: of what differs between `before` and `after`, the values
/// it had before — whole arrays when an element changed, hashes by key, `null` for what did
/// not exist yet. `None` when nothing differs.
pub fn changed(before: &Value, after: &Value) -> Option<Value> {
    let (Value::Object(before), Value::Object(after)) = (before, after) else {
        return (before != after).then(|| before.clone());
    };
    let mut out = Map::new();
    for (key, now) in after {
        match before.get(key) {
            None => {
                out.insert(key.clone(), Value::Null);
            }
            Some(then) if then == now => {}
            Some(then @ Value::Object(_)) if now.is_object() => {
                if let Some(inner) = changed(then, now) {
                    out.insert(key.clone(), inner);
                }
            }
            Some(then) => {
                out.insert(key.clone(), then.clone());
            }
        }
    }
    for (key, then) in before {
        if !after.contains_key(key) {
            out.insert(key.clone(), then.clone());
        }
    }
    (!out.is_empty()).then_some(Value::Object(out))
}

struct BalanceAt<'a>(&'a Ledger, AccountId, &'a [CurrencyBalance]);

impl Serialize for BalanceAt<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        balances::balance(s, self.0, self.1, self.2)
    }
}

#[derive(Serialize)]
struct Request<'a> {
    id: Option<&'a str>,
    idempotency_key: Option<&'a str>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn previous_attributes_name_what_changed_as_it_was() {
        let cases = [
            (json!({"a": 1, "b": 2}), json!({"a": 1, "b": 3}), Some(json!({"b": 2}))),
            (
                json!({"metadata": {"k": "old", "same": "x"}}),
                json!({"metadata": {"k": "new", "same": "x", "added": "y"}}),
                Some(json!({"metadata": {"k": "old", "added": null}})),
            ),
            (
                json!({"list": [1, 2]}),
                json!({"list": [1, 3]}),
                Some(json!({"list": [1, 2]})),
            ),
            (json!({"gone": 1}), json!({}), Some(json!({"gone": 1}))),
            (json!({"a": 1}), json!({"a": 1}), None),
        ];
        for (before, after, expected) in cases {
            assert_eq!(changed(&before, &after), expected, "{before} -> {after}");
        }
    }
}
