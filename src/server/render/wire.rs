//! The wire floor of rendering: what every renderer shares (a [`View`] of an object, its
//! expandable fields, lists, metadata, fixed fragments) and the dispatch from an object to its
//! renderer, which the object table generates.
//!
//! Each kind renders through its [`Wire`] impl, declared beside its renderer in a file of its
//! own; [`View`] finds it by the object's kind, so this floor names no renderer and a new kind
//! adds no line here.

use std::sync::LazyLock;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::ledger::data::with_kinds;
use crate::ledger::*;
use crate::server::expand::{Expand, NONE, Shape};
use crate::server::version::{self, ApiVersion};

/// How a kind renders: its wire shape, and its JSON written straight into the response.
pub trait Wire {
    type Id: Copy;
    /// The kind's JSON `object` name, error noun and expandable fields.
    const SHAPE: Shape;
    /// Writes the object `id` as `view` asks (as of its version, with its expansions).
    fn render<S: Serializer>(s: S, view: &View<'_>, id: Self::Id) -> Result<S::Ok, S::Error>;
}

macro_rules! dispatch {
    ($(
        $(#[$doc:meta])*
        [$kind:ident($id:ident) $accessor:ident in $arena:ident,
            prefixes ($($prefix:ident: $ptext:literal = $pcode:literal),+), code $code:literal,
            index [$($index:ident)?],
            shows |$si:ident| $shows:tt, owned by |$oi:ident, $ol:ident| $owner:tt]
    )+) => {
        /// The wire shape of each kind.
        pub fn shape(kind: Kind) -> &'static Shape {
            match kind {
                Kind::Account => &<Account as Wire>::SHAPE,
                Kind::Balance => &<Books as Wire>::SHAPE,
                $(Kind::$kind => &<$kind as Wire>::SHAPE,)+
            }
        }

        impl Serialize for View<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self.obj {
                    Obj::Account(id) => <Account as Wire>::render(s, self, id),
                    Obj::Balance(id) => <Books as Wire>::render(s, self, id),
                    $(Obj::$kind(id) => <$kind as Wire>::render(s, self, id),)+
                }
            }
        }
    };
}

with_kinds!(dispatch);

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

    /// The API version the object is rendered for: the request's (or, for a webhook
    /// delivery, its endpoint's), which the pipeline and the dispatcher set around rendering
    /// (`version::render_as`). A renderer asks it only where a field differs by version.
    pub fn version(&self) -> ApiVersion {
        version::rendering()
    }
}

/// Serializes to JSON bytes. Rendering our own objects cannot fail: every map key is a
/// string and no value refuses to serialize.
pub fn json(value: &impl Serialize) -> Vec<u8> {
    // Room for a charge with its paying account (about 3.3 KiB) without growing the buffer
    // twice on the way; the buffer lives only until the response is written.
    let mut out = Vec::with_capacity(4096);
    // serde_json only fails on non-string map keys or a failing Serialize impl; ours have
    // neither, so an error is a bug in a renderer: it stops here, named, rather than answer
    // an empty 200.
    serde_json::to_writer(&mut out, value).expect("our renderers write only string keys and never fail");
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
        s.serialize_str(std::str::from_utf8(&buf[..len]).expect("whole str parts, end to end"))
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

/// The platform's Connect application (`ca_…`), which earns its application fees.
/// The platform's Connect application (`ca_…`): what earns its application fees and makes
/// its direct charges. One per world.
pub fn application_id(ledger: AsOf<'_>) -> String {
    ledger.ledger().codec().format(Prefix::Application, 0)
}

/// A postal address, every field shown (null when not given).
pub struct AddressView<'a>(pub &'a Address);

impl Serialize for AddressView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.0;
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("city", &a.city.as_deref())?;
        m.serialize_entry("country", &a.country.as_deref())?;
        m.serialize_entry("line1", &a.line1.as_deref())?;
        m.serialize_entry("line2", &a.line2.as_deref())?;
        m.serialize_entry("postal_code", &a.postal_code.as_deref())?;
        m.serialize_entry("state", &a.state.as_deref())?;
        m.end()
    }
}

/// `shipping`, or null.
pub struct ShippingView<'a>(pub Option<&'a Shipping>);

impl Serialize for ShippingView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Some(shipping) = self.0 else {
            return s.serialize_none();
        };
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("address", &AddressView(&shipping.address))?;
        m.serialize_entry("carrier", &shipping.carrier.as_deref())?;
        m.serialize_entry("name", &*shipping.name)?;
        m.serialize_entry("phone", &shipping.phone.as_deref())?;
        m.serialize_entry("tracking_number", &shipping.tracking_number.as_deref())?;
        m.end()
    }
}
