//! What API v2's objects share on the wire: RFC 3339 times, lists paged by URL, and thin
//! events (`v2.core.event`), which reference their object rather than carry it.
//!
//! v2 objects give every field their schema declares, with `null` where a field is not set
//! or not included (`include[]`), as Stripe's v2 examples show.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::wire::EventFacts;
use crate::ledger::{EventId, Ledger, Obj, Timestamp, civil_from_days};

/// A time as v2 writes it: RFC 3339, UTC, to the millisecond (`2026-10-28T00:00:00.000Z`).
pub fn rfc3339(t: Timestamp) -> String {
    let days = t.div_euclid(86_400);
    let seconds = t.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.000Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// A timestamp that serializes as [`rfc3339`].
#[derive(Clone, Copy, Debug)]
pub struct Time(pub Timestamp);

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&rfc3339(self.0))
    }
}

/// One page of a v2 list: `{data, next_page_url, previous_page_url}` (v2 lists carry no
/// `object`).
pub struct V2List<'a, T> {
    pub data: &'a [T],
    pub next_page_url: Option<String>,
    pub previous_page_url: Option<String>,
}

impl<T: Serialize> Serialize for V2List<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("data", self.data)?;
        m.serialize_entry("next_page_url", &self.next_page_url)?;
        m.serialize_entry("previous_page_url", &self.previous_page_url)?;
        m.end()
    }
}

/// The v2 `type` and path of an object a thin event refers to.
fn related(ledger: &Ledger, obj: Obj) -> Option<(&'static str, String)> {
    let id = ledger.id_of(obj);
    match obj {
        Obj::Account(_) => Some(("v2.core.account", format!("/v2/core/accounts/{id}"))),
        Obj::EventDestination(_) => Some(("v2.core.event_destination", format!("/v2/core/event_destinations/{id}"))),
        _ => None,
    }
}

/// A thin event (`v2.core.event`), as `/v2/core/events/{id}` shows it and as it is delivered
/// to event destinations: its type, when, why (the request that caused it) and a reference
/// to its object, which the receiver fetches.
pub fn thin_event<S: Serializer>(
    s: S,
    ledger: &Ledger,
    id: EventId,
    facts: Option<&dyn EventFacts>,
) -> Result<S::Ok, S::Error> {
    let e = ledger.event(id);
    debug_assert!(e.kind.is_thin(), "{:?} is not a thin event", e.kind);
    let mut m = s.serialize_map(None)?;
    m.serialize_entry("id", ledger.id_of(Obj::Event(id)).as_str())?;
    m.serialize_entry("object", "v2.core.event")?;
    m.serialize_entry("changes", &None::<()>)?;
    // The platform's own events carry no context; a connected account's name it.
    let context = (!e.account.is_platform()).then(|| &*ledger.account(e.account).id);
    m.serialize_entry("context", &context)?;
    m.serialize_entry("created", &Time(e.created))?;
    m.serialize_entry("livemode", &false)?;
    let reason = facts.and_then(|f| f.request(id)).map(|(request, key)| Reason {
        kind: "request",
        request: ReasonRequest {
            id: request,
            // The SDKs read the key as a string; a request sent without one shows "".
            idempotency_key: key.unwrap_or_default().to_owned(),
        },
    });
    m.serialize_entry("reason", &reason)?;
    if let Some((kind, url)) = related(ledger, e.object) {
        m.serialize_entry(
            "related_object",
            &RelatedObject {
                id: ledger.id_of(e.object).as_str(),
                kind,
                url: &url,
            },
        )?;
    }
    m.serialize_entry("snapshot_event", &None::<()>)?;
    m.serialize_entry("type", e.kind.as_str())?;
    m.end()
}

#[derive(Serialize)]
struct Reason {
    #[serde(rename = "type")]
    kind: &'static str,
    request: ReasonRequest,
}

#[derive(Serialize)]
struct ReasonRequest {
    id: String,
    idempotency_key: String,
}

#[derive(Serialize)]
struct RelatedObject<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    url: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc_3339_to_the_millisecond() {
        let cases = [
            (0, "1970-01-01T00:00:00.000Z"),
            (951_782_400, "2000-02-29T00:00:00.000Z"),
            (1_800_000_000, "2027-01-15T08:00:00.000Z"),
            (4_107_542_399, "2100-02-28T23:59:59.000Z"),
            (-1, "1969-12-31T23:59:59.000Z"),
            (1_709_251_199, "2024-02-29T23:59:59.000Z"),
        ];
        for (t, text) in cases {
            assert_eq!(rfc3339(t), text, "{t}");
        }
    }
}
