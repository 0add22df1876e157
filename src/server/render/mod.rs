//! Stripe's JSON for ledger objects: the only place that knows what a charge, a transfer or a
//! balance transaction looks like on the wire.
//!
//! Each object renders straight into the response buffer through serde's `Serializer`
//! (no intermediate `serde_json::Value`), with every field the schema marks required, `null`
//! for absent nullable ones, and expandable fields as an id or — when `expand[]` asks — the
//! object itself.

mod accounts;
mod balances;
mod charges;
mod customers;
mod disputes;
mod events;
mod fees;
pub mod lifecycle;
mod payment_intents;
mod transfers;
pub mod webhook_endpoints;

pub use events::API_VERSION;
pub use payment_intents::application_id;

use std::sync::LazyLock;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use super::expand::{Expand, NONE};
pub use crate::ledger::Obj;
use crate::ledger::{AsOf, EventId, Kind, Ledger, Metadata};

/// The wire half of the object table (`ledger::kinds` holds the other): for each kind, its
/// JSON `object` name, the noun errors use for it ("No such charge"), and the fields a
/// request may expand with the kind each holds (`None`: one of several, or always null).
pub struct Shape {
    pub object: &'static str,
    pub noun: &'static str,
    pub expands: &'static [(&'static str, Option<Kind>)],
}

/// The shape of each kind, declared beside its renderer.
pub fn shape(kind: Kind) -> &'static Shape {
    match kind {
        Kind::Account => &accounts::ACCOUNT,
        Kind::BankAccount => &accounts::BANK_ACCOUNT,
        Kind::Balance => &balances::BALANCE,
        Kind::BalanceTransaction => &balances::BALANCE_TRANSACTION,
        Kind::Payout => &balances::PAYOUT,
        Kind::Charge => &charges::CHARGE,
        Kind::Refund => &charges::REFUND,
        Kind::Transfer => &transfers::TRANSFER,
        Kind::Reversal => &transfers::REVERSAL,
        Kind::Event => &events::EVENT,
        Kind::Person => &lifecycle::PERSON,
        Kind::PaymentIntent => &payment_intents::PAYMENT_INTENT,
        Kind::PaymentMethod => &payment_intents::PAYMENT_METHOD,
        Kind::Customer => &customers::CUSTOMER,
        Kind::ApplicationFee => &fees::APPLICATION_FEE,
        Kind::FeeRefund => &fees::FEE_REFUND,
        Kind::Dispute => &disputes::DISPUTE,
    }
}

/// An object rendered with the expansions asked of it, as the world shows it (now, or as of
/// an event's version).
#[derive(Clone, Copy)]
pub struct View<'a> {
    pub at: AsOf<'a>,
    pub obj: Obj,
    pub expand: &'a Expand,
    /// What the server knows of events beyond the ledger (their request, their deliveries),
    /// when the object is an event.
    pub facts: Option<&'a dyn EventFacts>,
}

/// What an event shows beyond the ledger's record of it.
pub trait EventFacts {
    /// `request.id` and `request.idempotency_key`, if a request caused it.
    fn request(&self, event: EventId) -> Option<(String, Option<&str>)>;
    /// `pending_webhooks`: deliveries of it still owed.
    fn pending_webhooks(&self, event: EventId) -> u32;
}

impl<'a> View<'a> {
    /// `obj` as it is now.
    pub fn new(ledger: &'a Ledger, obj: Obj, expand: &'a Expand) -> View<'a> {
        View {
            at: ledger.now_view(),
            obj,
            expand,
            facts: None,
        }
    }

    /// An event as the API, its webhook deliveries and the dashboard's feed all show it: its
    /// object as of then, with what the server knows of its request and deliveries.
    pub fn event(ledger: &'a Ledger, facts: &'a dyn EventFacts, event: EventId, expand: &'a Expand) -> View<'a> {
        View {
            facts: Some(facts),
            ..View::new(ledger, Obj::Event(event), expand)
        }
    }

    /// The JSON of the object.
    pub fn to_json(&self) -> Vec<u8> {
        json(self)
    }
}

impl Serialize for View<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (at, expand) = (self.at, self.expand);
        match self.obj {
            Obj::Account(id) => accounts::account(s, at, id),
            Obj::BankAccount(id) => accounts::bank_account(s, at, id, expand),
            Obj::Balance(id) => balances::balance(s, at.ledger(), id, &at.ledger().books(id).balances),
            Obj::BalanceTransaction(id) => balances::balance_transaction(s, at, id, expand),
            Obj::Charge(id) => charges::charge(s, at, id, expand),
            Obj::Refund(id) => charges::refund(s, at, id, expand),
            Obj::Transfer(id) => transfers::transfer(s, at, id, expand),
            Obj::Reversal(id) => transfers::reversal(s, at, id, expand),
            Obj::Payout(id) => balances::payout(s, at, id, expand),
            Obj::Event(id) => events::event(s, at.ledger(), id, self.facts),
            Obj::Person(id) => lifecycle::person(s, at, id),
            Obj::PaymentIntent(id) => payment_intents::payment_intent(s, at, id, expand),
            Obj::PaymentMethod(id) => payment_intents::payment_method(s, at, id, expand),
            Obj::Customer(id) => customers::customer(s, at, id),
            Obj::ApplicationFee(id) => fees::application_fee(s, at, id, expand),
            Obj::FeeRefund(id) => fees::fee_refund(s, at, id, expand),
            Obj::Dispute(id) => disputes::dispute(s, at, id, expand),
        }
    }
}

/// Serializes to JSON bytes. Rendering our own objects cannot fail: every map key is a
/// string and no value refuses to serialize.
pub fn json(value: &impl Serialize) -> Vec<u8> {
    // Room for a charge with its paying account (about 3.3 KiB) without growing the buffer
    // twice on the way; the buffer lives only until the response is written.
    let mut out = Vec::with_capacity(4096);
    // serde_json only fails on non-string map keys or a failing Serialize impl; ours have
    // neither, so an error here would be a bug worth an empty body rather than a panic.
    if serde_json::to_writer(&mut out, value).is_err() {
        out.clear();
    }
    out
}

/// An expandable field: `null`, the target's id, or the target itself when expanded (as
/// the view shows it).
pub struct Expandable<'a> {
    at: AsOf<'a>,
    target: Option<Obj>,
    expand: Option<&'a Expand>,
}

impl<'a> Expandable<'a> {
    pub fn new(at: AsOf<'a>, target: Option<Obj>, field: &str, expand: &'a Expand) -> Expandable<'a> {
        Expandable {
            at,
            target,
            expand: expand.get(field),
        }
    }
}

impl Serialize for Expandable<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self.target, self.expand) {
            (None, _) => s.serialize_none(),
            (Some(obj), Some(expand)) => View {
                at: self.at,
                obj,
                expand,
                facts: None,
            }
            .serialize(s),
            (Some(obj), None) => s.serialize_str(self.at.id_of(obj).as_str()),
        }
    }
}

/// A list: `{object: "list", data, has_more, url}`.
pub struct ListView<'a> {
    pub at: AsOf<'a>,
    /// For a list of events: what the server knows of them.
    pub facts: Option<&'a dyn EventFacts>,
    pub url: &'a str,
    pub items: &'a [Obj],
    pub has_more: bool,
    /// The expansions of each element (the `data.` paths).
    pub expand: &'a Expand,
}

impl ListView<'_> {
    pub fn to_json(&self) -> Vec<u8> {
        json(self)
    }
}

struct Items<'a>(&'a ListView<'a>);

impl Serialize for Items<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.items.iter().map(|obj| View {
            at: self.0.at,
            obj: *obj,
            expand: self.0.expand,
            facts: self.0.facts,
        }))
    }
}

impl Serialize for ListView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        list(s, self, &self.url)
    }
}

fn list<S: Serializer>(s: S, view: &ListView<'_>, url: &impl Serialize) -> Result<S::Ok, S::Error> {
    let mut m = s.serialize_map(Some(4))?;
    m.serialize_entry("object", "list")?;
    m.serialize_entry("data", &Items(view))?;
    m.serialize_entry("has_more", &view.has_more)?;
    m.serialize_entry("url", url)?;
    m.end()
}

/// An embedded list of up to ten objects, newest first (`reversals` on a transfer), whose
/// `url` is `url`'s parts joined.
pub fn embedded_list<M: SerializeMap>(
    m: &mut M,
    key: &str,
    at: AsOf<'_>,
    url: &[&str],
    newest_first: impl Iterator<Item = Obj>,
) -> Result<(), M::Error> {
    let mut items: Vec<Obj> = newest_first.take(11).collect();
    let has_more = items.len() > 10;
    items.truncate(10);
    let view = ListView {
        at,
        facts: None,
        url: "",
        items: &items,
        has_more,
        expand: &NONE,
    };
    m.serialize_entry(key, &Embedded(&view, Joined(url)))
}

struct Embedded<'a>(&'a ListView<'a>, Joined<'a>);

impl Serialize for Embedded<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        list(s, self.0, &self.1)
    }
}

/// A string made of parts, joined on the stack when it is short (a list's `url` is an id
/// between two path segments): a `format!` per embedded list was an allocation per request.
pub struct Joined<'a>(pub &'a [&'a str]);

impl Serialize for Joined<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0u8; 128];
        let mut len = 0;
        for part in self.0 {
            let Some(slot) = buf.get_mut(len..len + part.len()) else {
                return s.serialize_str(&self.0.concat());
            };
            slot.copy_from_slice(part.as_bytes());
            len += part.len();
        }
        // Whole `str`s end to end are valid UTF-8.
        s.serialize_str(std::str::from_utf8(&buf[..len]).unwrap_or_default())
    }
}

/// A JSON object with one entry whose key and value are fixed strings
/// (`controller.fees`: `{"payer": "application"}`).
pub struct Single(pub &'static str, pub &'static str);

impl Serialize for Single {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.0, self.1)?;
        m.end()
    }
}

pub struct MetadataView<'a>(pub &'a Metadata);

impl Serialize for MetadataView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter())
    }
}

/// A fixed JSON fragment, parsed once.
pub struct Fragment(LazyLock<Box<RawValue>>);

impl Fragment {
    pub const fn new(init: fn() -> Box<RawValue>) -> Fragment {
        Fragment(LazyLock::new(init))
    }
}

impl Serialize for Fragment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self.0).serialize(s)
    }
}

/// Parses a JSON constant of this module (a bug if it is not JSON; the tests render them all).
pub fn raw(json: &'static str) -> Box<RawValue> {
    RawValue::from_string(json.to_owned()).expect("a JSON constant of the render module")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::Fixtures;

    /// Every object of the built-in world renders to valid JSON with its `object` field.
    #[test]
    fn every_fixture_object_renders() {
        let ledger = Fixtures::builtin().build(1, 1_800_000_000).unwrap();
        for &kind in Kind::ALL {
            let mut rendered = 0;
            for obj in ledger.ids(kind) {
                let body = View::new(&ledger, obj, &NONE).to_json();
                let value: serde_json::Value = serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{obj:?}: {e}"));
                assert_eq!(value["object"], shape(kind).object, "{obj:?}: {value}");
                rendered += 1;
            }
            // The built-in fixtures make no refunds, reversals or money-in objects.
            let made_by_fixtures = !matches!(
                kind,
                Kind::Reversal
                    | Kind::Refund
                    | Kind::PaymentIntent
                    | Kind::PaymentMethod
                    | Kind::Customer
                    | Kind::ApplicationFee
                    | Kind::FeeRefund
                    | Kind::Dispute
                    | Kind::Person
            );
            assert!(rendered > 0 || !made_by_fixtures, "{kind:?}");
        }
    }
}
