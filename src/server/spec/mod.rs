//! Stripe's own list of every parameter of every endpoint, from the vendored OpenAPI spec
//! (`params.tsv`, derived and kept in step by `tests/it/spec.rs`): which names are real
//! Stripe parameters, and how long each string may be.
//!
//! The form decoder asks it two things. Is a string over Stripe's `maxLength`? Then the
//! request is refused naming the parameter, before anything reads it. Is a parameter the
//! handler left untaken one that Stripe has? Then it is refused as something debitsim does
//! not simulate, not as `parameter_unknown`, so a user knows which side the limit is on.

use std::sync::{LazyLock, OnceLock};

/// The table, one `METHOD\tPATH\tPARAM\tMAXLENGTH` line per parameter path (`a[b]`,
/// `expand[]` for an array's elements, `metadata[*]` for a hash's values).
const TABLE: &str = include_str!("params.tsv");

/// One level of a parameter: its children, and its longest string if it is one.
#[derive(Debug, Default)]
pub struct Node {
    /// Named children, sorted by name (a request's parameters are looked up in them by
    /// binary search); `*` stands for any key of a hash, the empty name for the elements of
    /// an array.
    children: Vec<(&'static str, Node)>,
    /// Stripe's `maxLength`, or 0 when the string is unlimited (or not a string).
    max_length: u32,
}

impl Node {
    /// The child a key of a request names: the name itself, else any key of a hash, else
    /// (for `[]` and numeric keys) an element of an array.
    pub fn child(&self, key: &str) -> Option<&Node> {
        let find = |name: &str| {
            self.children
                .binary_search_by(|(n, _)| (*n).cmp(name))
                .ok()
                .map(|i| &self.children[i].1)
        };
        find(key).or_else(|| find("*")).or_else(|| {
            (key.is_empty() || key.bytes().all(|b| b.is_ascii_digit()))
                .then(|| find(""))
                .flatten()
        })
    }

    /// The most characters a string here may have, if Stripe limits it.
    pub fn max_length(&self) -> Option<usize> {
        (self.max_length > 0).then_some(self.max_length as usize)
    }

    /// Gives the parameters named in `limits`, wherever they are, the limit Stripe documents
    /// for them where the spec states none.
    fn limit_unbounded(&mut self, limits: &[(&str, u32)]) {
        for (name, child) in &mut self.children {
            if let Some((_, max)) = limits.iter().find(|(n, _)| n == name)
                && child.max_length == 0
                && child.children.is_empty()
            {
                child.max_length = *max;
            }
            child.limit_unbounded(limits);
        }
    }

    fn insert(&mut self, path: &[&'static str], max_length: u32) {
        let Some((first, rest)) = path.split_first() else {
            self.max_length = self.max_length.max(max_length);
            return;
        };
        let index = match self.children.binary_search_by(|(n, _)| (*n).cmp(first)) {
            Ok(index) => index,
            Err(index) => {
                self.children.insert(index, (first, Node::default()));
                index
            }
        };
        self.children[index].1.insert(rest, max_length);
    }
}

/// Strings Stripe limits to 5,000 characters (its documented limit for a string parameter)
/// although the spec gives them no `maxLength`: a PaymentIntent's or charge's
/// `transfer_group` and `receipt_email`, an account's, person's or customer's `email`, and a
/// person's `phone`.
const DOCUMENTED_LIMITS: &[(&str, u32)] = &[
    ("transfer_group", 5000),
    ("receipt_email", 5000),
    ("email", 5000),
    ("phone", 5000),
];

/// Splits `a[b][]` into `["a", "b", ""]`.
fn segments(param: &'static str) -> Vec<&'static str> {
    let (head, mut rest) = param.split_once('[').map_or((param, ""), |(h, r)| (h, r));
    let mut out = vec![head];
    while let Some((inside, after)) = rest.split_once(']') {
        out.push(inside);
        rest = after.strip_prefix('[').unwrap_or(after);
    }
    out
}

/// One endpoint's lines of the table, and its tree once it is first needed (parsing all
/// of them up front would cost every start-up a millisecond).
struct Endpoint {
    method: &'static str,
    path: &'static str,
    lines: Vec<&'static str>,
    tree: OnceLock<Node>,
}

/// Every endpoint of the table, sorted by method and path as the table is.
static ENDPOINTS: LazyLock<Vec<Endpoint>> = LazyLock::new(|| {
    let mut endpoints: Vec<Endpoint> = Vec::new();
    for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
        let mut fields = line.splitn(3, '\t');
        let (Some(method), Some(path), Some(rest)) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        match endpoints.last_mut() {
            Some(last) if last.method == method && last.path == path => last.lines.push(rest),
            _ => endpoints.push(Endpoint {
                method,
                path,
                lines: vec![rest],
                tree: OnceLock::new(),
            }),
        }
    }
    endpoints.sort_by(|a, b| (a.method, a.path).cmp(&(b.method, b.path)));
    endpoints
});

/// The parameters of `method path` (`"POST"`, `"/v1/charges/{charge}"`), if the spec has
/// that endpoint.
pub fn endpoint(method: &str, path: &str) -> Option<&'static Node> {
    let endpoints: &'static [Endpoint] = &ENDPOINTS;
    let index = endpoints
        .binary_search_by(|e| (e.method, e.path).cmp(&(method, path)))
        .ok()?;
    let Endpoint { lines, tree, .. } = &endpoints[index];
    Some(tree.get_or_init(|| {
        let mut root = Node::default();
        for line in lines {
            let (param, max) = line.split_once('\t').unwrap_or((line, "0"));
            root.insert(&segments(param), max.parse().unwrap_or(0));
        }
        root.limit_unbounded(DOCUMENTED_LIMITS);
        root
    }))
}

/// Every event type a webhook endpoint may enable, `*` included (`event_types.txt`, from the
/// spec's `enabled_events` enum, kept in step by `tests/it/spec.rs`), sorted.
const EVENT_TYPES: &str = include_str!("event_types.txt");

/// Whether `name` is an event type Stripe has (or `*`, for all of them).
pub fn is_event_type(name: &str) -> bool {
    static TYPES: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| EVENT_TYPES.lines().filter(|l| !l.starts_with('#')).collect());
    TYPES.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_and_their_limits() {
        let charges = endpoint("POST", "/v1/charges").unwrap();
        assert_eq!(charges.child("description").unwrap().max_length(), Some(40_000));
        assert_eq!(charges.child("statement_descriptor").unwrap().max_length(), Some(22));
        assert!(charges.child("card").unwrap().child("number").is_some());
        assert!(charges.child("metadata").unwrap().child("anything").is_some());
        assert!(charges.child("expand").unwrap().child("0").is_some());
        assert!(charges.child("expand").unwrap().child("").is_some());
        assert!(charges.child("nonsense").is_none());
        let transfers = endpoint("POST", "/v1/transfers").unwrap();
        assert_eq!(transfers.child("description").unwrap().max_length(), Some(5_000));
        assert!(endpoint("POST", "/v1/nowhere").is_none());
        assert_eq!(segments("a[b][]"), vec!["a", "b", ""]);
        assert_eq!(segments("metadata[*]"), vec!["metadata", "*"]);
        assert_eq!(segments("amount"), vec!["amount"]);
    }
}
