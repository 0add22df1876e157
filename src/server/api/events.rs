//! `/v1/events`: what happened on the acting account, newest first.

use super::{Endpoint, Prepared, not_found, object, page_of, prepare_get, prepare_list, take_ignored_bool};
use crate::ledger::Event;
use crate::ledger::Kind;
use crate::ledger::{EventType, Noun, page};
use crate::server::error::ApiError;
use crate::server::form::Params;
use crate::server::render::Obj;

/// `/v1/events`.
pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint::get("/v1/events", |p, _| list(p)),
    Endpoint::get("/v1/events/{id}", |p, mut ids| get(p, ids.take())),
];

pub fn get(p: Params, id: String) -> Result<Prepared, ApiError> {
    prepare_get(p, Kind::Event, move |cx, expand| {
        let event = cx
            .ledger()
            .find::<Event>(cx.actor, &id)
            .ok_or_else(|| not_found(Noun::Object(Kind::Event), &id))?;
        Ok(object(cx.ledger(), Obj::Event(event), &expand))
    })
}

/// Whether `pattern` (`charge.succeeded`, or a wildcard like `charge.*`) matches `kind`.
fn matches(pattern: &str, kind: EventType) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => kind.as_str().starts_with(prefix),
        None => kind.as_str() == pattern,
    }
}

pub fn list(p: Params) -> Result<Prepared, ApiError> {
    prepare_list(
        p,
        Kind::Event,
        |p| {
            let mut patterns: Vec<String> = p.take_str("type")?.into_iter().collect();
            patterns.extend(p.take_list("types")?.unwrap_or_default());
            // Every event is delivered at once here (no webhook endpoints), so the filter
            // changes nothing.
            take_ignored_bool(p, "delivery_success")?;
            Ok(patterns)
        },
        |cx, list, patterns| {
            let ledger = cx.ledger();
            let ids = &ledger.books(cx.actor).indexes.events;
            let query = list.query(
                |id| ledger.find::<Event>(cx.actor, id).map(|e| e.index() as u32),
                Noun::Object(Kind::Event),
            )?;
            let found = page(
                ids,
                &query,
                |e| e.index() as u32,
                |e| ledger.event(e).created,
                |e| patterns.is_empty() || patterns.iter().any(|p| matches(p, ledger.event(e).kind)),
            );
            Ok(page_of(ledger, "/v1/events", found, Obj::Event, &list.expand))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_patterns() {
        assert!(matches("charge.*", EventType::ChargeSucceeded));
        assert!(matches("charge.succeeded", EventType::ChargeSucceeded));
        assert!(!matches("charge.succeeded", EventType::ChargeFailed));
        assert!(!matches("transfer.*", EventType::ChargeSucceeded));
        assert!(matches("*", EventType::PayoutPaid));
    }
}
