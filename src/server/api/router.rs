//! Which endpoint a request names: ours, one of Stripe's that debitsim does not serve, or
//! none at all.
//!
//! Paths are matched segment by segment after percent-decoding each segment
//! (`/v1/charges/ch%5F1` names `ch_1`). Among the patterns that match, the one with a
//! literal earliest wins, as Stripe's own routing reads `/v1/charges/search` as the search
//! endpoint and never as a charge called `search`. Stripe's list of every endpoint
//! (`vendor/stripe-openapi/endpoints.tsv`) is matched beside ours, so a real Stripe endpoint
//! the simulator does not serve is named as such rather than called an unrecognized URL.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use axum::http::Method;

use super::ENDPOINTS;
use super::endpoint::{Endpoint, Parsed, PathIds, Prepared, Verb};
use crate::server::error::ApiError;
use crate::server::spec;

/// Every method and path of Stripe's API (API version 2024-04-10), whether served or not.
const STRIPE_ENDPOINTS: &str = include_str!("../../../vendor/stripe-openapi/endpoints.tsv");

/// One of our endpoints as the router holds it: the endpoint, and Stripe's parameters for
/// it, looked up in the spec's table on its first request rather than on every one.
#[derive(Debug)]
pub struct Route {
    endpoint: &'static Endpoint,
    spec: OnceLock<Option<&'static spec::Node>>,
}

impl std::ops::Deref for Route {
    type Target = Endpoint;

    fn deref(&self) -> &Endpoint {
        self.endpoint
    }
}

impl Route {
    /// Reads the call's parameters against Stripe's (see [`Endpoint::prepare_with`]).
    pub fn prepare(&self, input: Parsed, ids: PathIds) -> Result<Prepared, ApiError> {
        let spec = *self
            .spec
            .get_or_init(|| spec::endpoint(self.endpoint.verb.as_str(), self.endpoint.path));
        self.endpoint.prepare_with(spec, input, ids)
    }
}

/// What a request's method and path name.
#[derive(Debug)]
pub enum Found {
    /// One of our endpoints, with the ids its path carries, in order.
    Served(&'static Route, PathIds),
    /// A Stripe endpoint debitsim does not simulate (its method and path pattern).
    Unserved { method: &'static str, path: &'static str },
    /// Nothing Stripe or debitsim has at that path.
    Unknown,
}

/// A path pattern split into segments: a literal, or `{name}` (any one segment).
struct Pattern {
    segments: Vec<Option<&'static str>>,
    target: Target,
}

enum Target {
    Ours(Route),
    Stripes { method: &'static str, path: &'static str },
}

fn split(pattern: &'static str) -> Vec<Option<&'static str>> {
    pattern
        .trim_start_matches('/')
        .split('/')
        .map(|s| (!s.starts_with('{')).then_some(s))
        .collect()
}

/// The patterns of one verb and segment count: by their second segment when it is literal
/// (`transfers` in `/v1/transfers/{id}`), which narrows a lookup to the few patterns of one
/// resource; the rest (a parameter there) are tried after those.
#[derive(Default)]
struct Bucket {
    /// Sorted by resource, for a binary search.
    by_resource: Vec<(&'static str, Vec<Pattern>)>,
    other: Vec<Pattern>,
}

impl Bucket {
    fn add(&mut self, pattern: Pattern) {
        let Some(Some(resource)) = pattern.segments.get(1).copied() else {
            self.other.push(pattern);
            return;
        };
        match self.by_resource.binary_search_by(|(r, _)| (*r).cmp(resource)) {
            Ok(i) => self.by_resource[i].1.push(pattern),
            Err(i) => self.by_resource.insert(i, (resource, vec![pattern])),
        }
    }

    /// The patterns a path with `resource` as its second segment may match, in order.
    fn candidates<'a>(&'a self, resource: Option<&str>) -> impl Iterator<Item = &'a Pattern> {
        resource
            .and_then(|r| self.by_resource.binary_search_by(|(have, _)| (*have).cmp(r)).ok())
            .map(|i| &self.by_resource[i].1)
            .into_iter()
            .flatten()
            .chain(&self.other)
    }
}

/// The most segments a path may have and still be one of ours or Stripe's.
const MAX_SEGMENTS: usize = 8;

/// Where a verb's patterns of `len` segments are kept in [`PATTERNS`].
fn slot(verb: Verb, len: usize) -> Option<usize> {
    let verb = match verb {
        Verb::Get => 0,
        Verb::Post => 1,
        Verb::Delete => 2,
    };
    (len <= MAX_SEGMENTS).then_some(verb * (MAX_SEGMENTS + 1) + len)
}

/// The patterns by verb and segment count, each list sorted so that the first match is the
/// most literal one.
static PATTERNS: LazyLock<Vec<Bucket>> = LazyLock::new(|| {
    let mut table: Vec<Bucket> = (0..3 * (MAX_SEGMENTS + 1)).map(|_| Bucket::default()).collect();
    let mut add = |verb: Verb, pattern: Pattern| {
        if let Some(slot) = slot(verb, pattern.segments.len()) {
            table[slot].add(pattern);
        }
    };
    for endpoint in ENDPOINTS.iter().flat_map(|group| group.iter()) {
        let pattern = Pattern {
            segments: split(endpoint.path),
            target: Target::Ours(Route {
                endpoint,
                spec: OnceLock::new(),
            }),
        };
        add(endpoint.verb, pattern);
    }
    for line in STRIPE_ENDPOINTS.lines().skip(1) {
        let mut fields = line.split('\t');
        let (Some(method), Some(path)) = (fields.next(), fields.next()) else {
            continue;
        };
        let Some(verb) = Verb::parse(method) else {
            continue;
        };
        let served = ENDPOINTS
            .iter()
            .flat_map(|group| group.iter())
            .any(|e| e.verb == verb && e.path == path);
        if !served {
            let pattern = Pattern {
                segments: split(path),
                target: Target::Stripes { method, path },
            };
            add(verb, pattern);
        }
    }
    let literal = |p: &Pattern| p.segments.iter().map(|s| s.is_some()).collect::<Vec<_>>();
    for bucket in &mut table {
        // Literals before parameters, segment by segment: `[true, true, false]` first.
        for (_, patterns) in &mut bucket.by_resource {
            patterns.sort_by_key(|p| std::cmp::Reverse(literal(p)));
        }
        bucket.other.sort_by_key(|p| std::cmp::Reverse(literal(p)));
    }
    table
});

/// Decodes `%XX` escapes in one path segment (`+` stays a plus: this is a path, not a
/// form). `None` for a bad escape or bytes that are not UTF-8.
fn decode_segment(raw: &str) -> Option<Cow<'_, str>> {
    if !raw.contains('%') {
        return Some(Cow::Borrowed(raw));
    }
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().map(Cow::Owned)
}

/// The endpoint `method` and `path` name.
pub fn find(method: &Method, path: &str) -> Found {
    let Some(verb) = Verb::of(method) else {
        return Found::Unknown;
    };
    let Some(rest) = path.strip_prefix('/') else {
        return Found::Unknown;
    };
    let mut segments = Vec::with_capacity(4);
    for raw in rest.split('/') {
        match decode_segment(raw) {
            Some(segment) if !segment.is_empty() => segments.push(segment),
            _ => return Found::Unknown,
        }
    }
    let Some(bucket) = slot(verb, segments.len()).map(|slot| &PATTERNS[slot]) else {
        return Found::Unknown;
    };
    let candidates = bucket.candidates(segments.get(1).map(|s| s.as_ref()));
    let matched = candidates.into_iter().find(|pattern| {
        pattern
            .segments
            .iter()
            .zip(&segments)
            .all(|(want, have)| want.is_none_or(|literal| literal == have))
    });
    match matched.map(|p| (&p.target, &p.segments)) {
        None => Found::Unknown,
        Some((Target::Stripes { method, path }, _)) => Found::Unserved { method, path },
        Some((Target::Ours(route), pattern)) => {
            let ids = pattern
                .iter()
                .zip(segments)
                .filter(|(want, _)| want.is_none())
                .map(|(_, have)| have.into_owned())
                .collect();
            Found::Served(route, PathIds(ids))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(method: Method, path: &str) -> Option<(&'static str, Vec<String>)> {
        match find(&method, path) {
            Found::Served(endpoint, ids) => Some((endpoint.path, ids.0)),
            _ => None,
        }
    }

    #[test]
    fn ours() {
        let cases: &[(Method, &str, &str, &[&str])] = &[
            (Method::POST, "/v1/charges", "/v1/charges", &[]),
            (Method::GET, "/v1/charges/ch_1", "/v1/charges/{charge}", &["ch_1"]),
            (Method::GET, "/v1/charges/ch%5F1", "/v1/charges/{charge}", &["ch_1"]),
            (
                Method::POST,
                "/v1/transfers/tr_1/reversals",
                "/v1/transfers/{id}/reversals",
                &["tr_1"],
            ),
            (
                Method::GET,
                "/v1/transfers/tr_1/reversals/trr_2",
                "/v1/transfers/{transfer}/reversals/{id}",
                &["tr_1", "trr_2"],
            ),
            (Method::GET, "/v1/account", "/v1/account", &[]),
            (Method::POST, "/_sim/clock/advance", "/_sim/clock/advance", &[]),
        ];
        for (method, path, pattern, ids) in cases {
            let ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
            assert_eq!(served(method.clone(), path), Some((*pattern, ids)), "{method} {path}");
        }
    }

    #[test]
    fn stripes_that_we_do_not_serve() {
        let cases: &[(Method, &str, &str)] = &[
            (Method::GET, "/v1/charges/search", "/v1/charges/search"),
            (Method::GET, "/v1/charges/%73earch", "/v1/charges/search"),
            (Method::POST, "/v1/issuing/cards", "/v1/issuing/cards"),
            (Method::DELETE, "/v1/products/prod_1", "/v1/products/{id}"),
        ];
        for (method, path, pattern) in cases {
            match find(method, path) {
                Found::Unserved { path: found, .. } => assert_eq!(found, *pattern, "{method} {path}"),
                other => panic!("{method} {path}: {other:?}"),
            }
        }
    }

    #[test]
    fn nothing_at_all() {
        let cases: &[(Method, &str)] = &[
            (Method::DELETE, "/v1/charges"),
            (Method::GET, "/v1/charges/"),
            (Method::GET, "/v1//charges"),
            (Method::GET, "/v2/charges"),
            (Method::GET, ""),
            (Method::PUT, "/v1/balance"),
            (Method::GET, "/v1/charges/%zz"),
            (Method::GET, "/v1/charges/%FF"),
            (Method::GET, "/v1/nothing"),
        ];
        for (method, path) in cases {
            assert!(matches!(find(method, path), Found::Unknown), "{method} {path}");
        }
    }

    /// Every Stripe endpoint we serve is spelled as Stripe's list spells it, so the two
    /// tables agree on what is served; the exceptions are the resend the Stripe CLI calls,
    /// which Stripe's public list leaves out, and endpoints newer than the list's 2024-04-10
    /// (balance settings: 2025-09-30.clover, defined in `vendor/stripe-node-types/`).
    #[test]
    fn our_stripe_paths_are_stripes() {
        const CLI_ONLY: &[&str] = &["/v1/events/{id}/retry"];
        const NEWER: &[&str] = &["/v1/balance_settings"];
        for endpoint in ENDPOINTS.iter().flat_map(|group| group.iter()) {
            if endpoint.path.starts_with("/v1/")
                && !CLI_ONLY.contains(&endpoint.path)
                && !NEWER.contains(&endpoint.path)
            {
                let line = format!("{}\t{}\t", endpoint.verb.as_str(), endpoint.path);
                assert!(
                    STRIPE_ENDPOINTS.lines().any(|l| format!("{l}\t").starts_with(&line)),
                    "{} {} is not in endpoints.tsv",
                    endpoint.verb.as_str(),
                    endpoint.path
                );
            }
        }
    }
}
