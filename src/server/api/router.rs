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
use std::collections::HashMap;
use std::sync::LazyLock;

use axum::http::Method;

use super::{ENDPOINTS, Endpoint, PathIds, Verb};

/// Every method and path of Stripe's API (API version 2024-04-10), whether served or not.
const STRIPE_ENDPOINTS: &str = include_str!("../../../vendor/stripe-openapi/endpoints.tsv");

/// What a request's method and path name.
#[derive(Debug)]
pub enum Found {
    /// One of our endpoints, with the ids its path carries, in order.
    Served(&'static Endpoint, PathIds),
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
    Ours(&'static Endpoint),
    Stripes { method: &'static str, path: &'static str },
}

fn split(pattern: &'static str) -> Vec<Option<&'static str>> {
    pattern
        .trim_start_matches('/')
        .split('/')
        .map(|s| (!s.starts_with('{')).then_some(s))
        .collect()
}

/// The patterns by (verb, segment count), each list sorted so that the first match is the
/// most literal one.
static PATTERNS: LazyLock<HashMap<(Verb, usize), Vec<Pattern>>> = LazyLock::new(|| {
    let mut table: HashMap<(Verb, usize), Vec<Pattern>> = HashMap::new();
    let ours = ENDPOINTS.iter().flat_map(|group| group.iter());
    for endpoint in ours {
        let segments = split(endpoint.path);
        table.entry((endpoint.verb, segments.len())).or_default().push(Pattern {
            segments,
            target: Target::Ours(endpoint),
        });
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
        if served {
            continue;
        }
        let segments = split(path);
        table.entry((verb, segments.len())).or_default().push(Pattern {
            segments,
            target: Target::Stripes { method, path },
        });
    }
    for patterns in table.values_mut() {
        // Literals before parameters, segment by segment: `[true, true, false]` first.
        patterns.sort_by(|a, b| {
            let literal = |p: &Pattern| p.segments.iter().map(|s| s.is_some()).collect::<Vec<_>>();
            literal(b).cmp(&literal(a))
        });
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
    let Some(patterns) = PATTERNS.get(&(verb, segments.len())) else {
        return Found::Unknown;
    };
    let matched = patterns.iter().find(|pattern| {
        pattern
            .segments
            .iter()
            .zip(&segments)
            .all(|(want, have)| want.is_none_or(|literal| literal == have))
    });
    match matched.map(|p| (&p.target, &p.segments)) {
        None => Found::Unknown,
        Some((Target::Stripes { method, path }, _)) => Found::Unserved { method, path },
        Some((Target::Ours(endpoint), pattern)) => {
            let ids = pattern
                .iter()
                .zip(segments)
                .filter(|(want, _)| want.is_none())
                .map(|(_, have)| have.into_owned())
                .collect();
            Found::Served(endpoint, PathIds(ids))
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
            (Method::DELETE, "/v1/customers/cus_1", "/v1/customers/{customer}"),
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
    /// tables agree on what is served; the one exception is the resend the Stripe CLI calls,
    /// which Stripe's public list leaves out.
    #[test]
    fn our_stripe_paths_are_stripes() {
        const CLI_ONLY: &[&str] = &["/v1/events/{id}/retry"];
        for endpoint in ENDPOINTS.iter().flat_map(|group| group.iter()) {
            if endpoint.path.starts_with("/v1/") && !CLI_ONLY.contains(&endpoint.path) {
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
