//! Stripe's form encoding, decoded: a body or query string becomes an ordered tree of
//! parameters that handlers take out one by one, so whatever is left is unknown.
//!
//! Stripe's v1 API reads `application/x-www-form-urlencoded` pairs with Rack's bracket
//! nesting: `transfer_data[destination]=acct_1`, `expand[]=x` (curl in the docs) or
//! `expand[0]=x` (what stripe-node and stripe-python send), `items[0][price]=p` for
//! arrays of hashes. Brackets may arrive raw or percent-encoded (`%5B`, `%5D`): both are
//! structure, because clients send both. `+` is a space.
//!
//! The tree keeps the order in which each name first appeared, so "the first unknown
//! parameter" is the first one in the request, as Stripe reports it. Whether `a[...]` is
//! a hash or an array is not decided while parsing but when a handler takes it: Stripe
//! reads `metadata[0]=x` as the metadata key `0`, and `expand[0]=x` as a list.
//!
//! Rules where Rack or Stripe leave room, and what is done here:
//! - A repeated plain name keeps the last value, in the place of the first (`a=1&a=2`
//!   is `a=2`), as Rack does.
//! - A name sent both plain and with brackets (`a=1&a[b]=2`) is refused, in either
//!   order: Rack refuses one order and silently overwrites in the other, which would
//!   hide a client bug.
//! - A key with unbalanced or stray brackets (`a[b`, `a]`, `[a]`, `a[b]c`, `a[b[c]]`) is
//!   kept whole as a literal top-level name, so it is reported as an unknown parameter.
//! - A pair with an empty name (`=x`) is skipped, as Rack skips it; a pair with no `=`
//!   has the empty value.
//! - A `%` not followed by two hex digits is refused, as Rack refuses it; percent-decoded
//!   bytes that are not UTF-8 are refused, never replaced.
//!
//! Everything a client controls is bounded by [`FormLimits`], and a hostile body costs
//! little more than a friendly one of the same size: depth is counted in one scan before
//! anything else looks at a name, nothing recurses over the input, and each level is an
//! insertion-ordered hash map (`indexmap`) under a keyed hash, so a thousand names cost a
//! thousand lookups rather than a million comparisons, and names that collide on purpose
//! cannot be chosen.

use std::borrow::Cow;
use std::fmt;

use foldhash::fast::RandomState;
use indexmap::IndexMap;

use super::error::{ApiError, NotAString};
use super::spec;
use super::version::{self, ApiVersion};
use crate::ledger::{Input, METADATA_MAX_KEY_CHARS, METADATA_MAX_KEYS, METADATA_MAX_VALUE_CHARS, MetadataUpdate};

/// Bounds on what a form may contain. They guard against hostile input, so they are
/// generous for real clients; the size of the whole body is the router's limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormLimits {
    /// Most `name=value` pairs. Default 1,000: a create call sends under 30, and 50
    /// metadata keys plus `expand` entries still fit many times over.
    pub max_pairs: usize,
    /// Most levels in one name, counting the name itself: `a[b][c]` is 3. Default 8; the
    /// deepest real parameter, `settings[payouts][schedule][interval]`, is 4.
    pub max_depth: usize,
    /// Most bytes in one name as sent, before decoding. Default 1 KiB: room for a
    /// 40-character metadata key of 4-byte characters, percent-encoded.
    pub max_key_bytes: usize,
    /// Most bytes in one value as sent, before decoding. Default 64 KiB: a 500-character
    /// metadata value of 4-byte characters, percent-encoded, is 6 KB.
    pub max_value_bytes: usize,
}

impl Default for FormLimits {
    fn default() -> FormLimits {
        FormLimits {
            max_pairs: 1_000,
            max_depth: 8,
            max_key_bytes: 1024,
            max_value_bytes: 64 * 1024,
        }
    }
}

/// One bracket level of a name.
#[derive(Clone, PartialEq, Eq)]
pub enum Key {
    /// `[name]` (or the top-level name itself).
    Name(String),
    /// `[]`: the next element of an array; the number tells the elements apart (the first
    /// `[]` of a map is 0, the next 1, …).
    Append(u32),
}

/// What a name holds.
#[derive(Clone, PartialEq, Eq)]
pub enum Value {
    /// `name=value`: one string, possibly empty.
    Str(String),
    /// `name[...]=...`: the bracketed children, in first-seen order. Never empty.
    Map(Map),
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            Value::Map(_) => None,
        }
    }
}

/// Up to this many children, a map keeps them in a vector and finds a name by comparing it
/// with each: cheaper than hashing it, and most requests send a handful of parameters.
const SEARCHED_IN_ORDER: usize = 8;

/// The children of a bracketed name, in the order they first appeared.
#[derive(Clone, Default)]
pub struct Map {
    entries: Entries,
    /// How many `[]` elements it holds (the next one's number).
    appended: u32,
}

/// A map's children, in order: a vector while there are few, then an insertion-ordered hash
/// map whose names are hashed with a key random per map, so nobody can send names that
/// collide on purpose (foldhash: a keyed hash at a tenth of SipHash's cost on names this
/// short). Either way a thousand names cost a thousand lookups, not a million comparisons.
#[derive(Clone)]
enum Entries {
    Few(Vec<(Key, Value)>),
    Many(IndexMap<Key, Value, RandomState>),
}

impl Default for Entries {
    fn default() -> Entries {
        Entries::Few(Vec::new())
    }
}

impl Entries {
    fn len(&self) -> usize {
        match self {
            Entries::Few(few) => few.len(),
            Entries::Many(many) => many.len(),
        }
    }

    /// The `i`-th child.
    fn get_index(&self, i: usize) -> Option<(&Key, &Value)> {
        match self {
            Entries::Few(few) => few.get(i).map(|(k, v)| (k, v)),
            Entries::Many(many) => many.get_index(i),
        }
    }

    fn get_index_mut(&mut self, i: usize) -> Option<&mut Value> {
        match self {
            Entries::Few(few) => few.get_mut(i).map(|(_, v)| v),
            Entries::Many(many) => many.get_index_mut(i).map(|(_, v)| v),
        }
    }

    fn iter(&self) -> impl Iterator<Item = (&Key, &Value)> {
        (0..self.len()).map_while(|i| self.get_index(i))
    }

    fn keys(&self) -> impl Iterator<Item = &Key> {
        self.iter().map(|(key, _)| key)
    }

    /// Where the child called `name` is.
    fn position(&self, name: &str) -> Option<usize> {
        match self {
            Entries::Few(few) => few.iter().position(|(key, _)| matches!(key, Key::Name(n) if n == name)),
            Entries::Many(many) => many.get_index_of(&Name(name)),
        }
    }

    /// Removes the `i`-th child, keeping the others in order.
    fn shift_remove_index(&mut self, i: usize) -> Option<(Key, Value)> {
        match self {
            Entries::Few(few) => (i < few.len()).then(|| few.remove(i)),
            Entries::Many(many) => many.shift_remove_index(i),
        }
    }

    /// The child under `key`, added last with `value` if there is none yet.
    fn get_or_insert(&mut self, key: Key, value: Value) -> &mut Value {
        let found = match &key {
            Key::Name(name) => self.position(name),
            // Each `[]` has a number of its own.
            Key::Append(_) => None,
        };
        let i = match found {
            Some(i) => i,
            None => self.push(key, value),
        };
        self.get_index_mut(i).expect("a child just found or added")
    }

    /// Sets the child under `key` to `value`, in its place if there is one.
    fn insert(&mut self, key: Key, value: Value) {
        *self.get_or_insert(key, Value::Str(String::new())) = value;
    }

    /// Adds a new child last; its position.
    fn push(&mut self, key: Key, value: Value) -> usize {
        if let Entries::Few(few) = self
            && few.len() == SEARCHED_IN_ORDER
        {
            let mut many = IndexMap::with_capacity_and_hasher(2 * SEARCHED_IN_ORDER, RandomState::default());
            many.extend(few.drain(..));
            *self = Entries::Many(many);
        }
        match self {
            Entries::Few(few) => {
                few.push((key, value));
                few.len() - 1
            }
            Entries::Many(many) => many.insert_full(key, value).0,
        }
    }

    fn last(&self) -> Option<(&Key, &Value)> {
        self.len().checked_sub(1).and_then(|i| self.get_index(i))
    }

    fn last_mut(&mut self) -> Option<&mut Value> {
        self.len().checked_sub(1).and_then(|i| self.get_index_mut(i))
    }
}

impl IntoIterator for Entries {
    type Item = (Key, Value);
    type IntoIter = std::vec::IntoIter<(Key, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        match self {
            Entries::Few(few) => few.into_iter(),
            Entries::Many(many) => many.into_iter().collect::<Vec<_>>().into_iter(),
        }
    }
}

impl Map {
    /// The number of children.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none (never, for a map the parser made).
    pub fn is_empty(&self) -> bool {
        self.entries.len() == 0
    }

    /// The children, in first-seen order.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Value)> {
        self.entries.iter()
    }

    /// The child called `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.entries
            .position(name)
            .and_then(|i| self.entries.get_index(i))
            .map(|(_, value)| value)
    }

    /// Takes the child called `name` out, keeping the others in order.
    fn take(&mut self, name: &str) -> Option<Value> {
        let i = self.entries.position(name)?;
        self.entries.shift_remove_index(i).map(|(_, value)| value)
    }

    /// Adds the next `[]` element.
    fn append(&mut self, value: Value) -> &mut Value {
        let key = Key::Append(self.appended);
        self.appended += 1;
        self.entries.get_or_insert(key, value)
    }

    fn has_append(&self) -> bool {
        self.appended > 0
    }

    /// Whether the names `rest` already lead to something here. This is Rack's test for
    /// `a[][b]`: the pair joins the last element of `a` unless that element already has
    /// `b` (then it starts a new element), so `a[][b]=1&a[][c]=2` is one hash.
    fn has_path(&self, rest: &[Option<&str>]) -> bool {
        let mut map = self;
        for (i, name) in rest.iter().enumerate() {
            let Some(name) = name else { return false };
            match map.get(name) {
                None => return false,
                Some(_) if i + 1 == rest.len() => return true,
                Some(Value::Map(inner)) => map = inner,
                Some(Value::Str(_)) => return false,
            }
        }
        false
    }

    /// What to call this map in "must be a string" errors.
    fn shape(&self) -> NotAString {
        let listy = self.entries.keys().all(|key| match key {
            Key::Append(_) => true,
            Key::Name(n) => index_of(n).is_some(),
        });
        if listy { NotAString::Array } else { NotAString::Hash }
    }

    /// The first child, if any.
    fn first(&self) -> Option<(&Key, &Value)> {
        self.entries.get_index(0)
    }
}

/// A name hashes as its text, so that a [`Name`] finds it.
impl std::hash::Hash for Key {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            Key::Name(name) => name.as_str().hash(state),
            Key::Append(n) => n.hash(state),
        }
    }
}

/// A name to look a child up by without allocating: hashes and compares as `Key::Name`.
struct Name<'a>(&'a str);

impl std::hash::Hash for Name<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl indexmap::Equivalent<Key> for Name<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(key, Key::Name(n) if n == self.0)
    }
}

impl PartialEq for Map {
    fn eq(&self, other: &Map) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Map {}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Name(n) => write!(f, "{n:?}"),
            Key::Append(_) => f.write_str("[]"),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Map(m) => m.fmt(f),
        }
    }
}

impl fmt::Debug for Map {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

/// A hash parameter as sent: `transfer_data[destination]=…` sets it, `transfer_data=`
/// (the empty string, which is how the SDKs send `null`) unsets it.
#[derive(Debug)]
pub enum HashParam {
    /// `name=`: remove the whole hash.
    Unset,
    /// `name[key]=value…`: the hash, to take parameters out of.
    Set(Params),
}

impl HashParam {
    /// Whether this is `name=`.
    pub fn is_unset(&self) -> bool {
        matches!(self, HashParam::Unset)
    }
}

/// The parameters of one request, or of one hash inside it, in the order they first
/// appeared. Handlers `take_*` what they know; [`Params::finish`] reports the rest. A
/// `take_*` that fails has still removed its parameter: the request is refused anyway.
pub struct Params {
    /// The bracket path of this hash (`transfer_data`, `items[0]`), empty at the top
    /// level: errors and leftovers are named with it.
    path: String,
    map: Map,
    /// What Stripe's spec says of the parameters at this level, once the endpoint is known:
    /// what [`Params::finish`] calls a real Stripe parameter rather than an unknown one.
    spec: Option<&'static spec::Node>,
    /// The API version the request pins: a parameter Stripe removed later is still read
    /// from a request pinning a version before the removal ([`Params::take_removed`]).
    version: ApiVersion,
}

/// A hash of strings as sent: its keys and values in order.
pub type StringMap = Vec<(String, String)>;

impl fmt::Debug for Params {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Params")
            .field("path", &self.path)
            .field("map", &self.map)
            .finish()
    }
}

impl Params {
    /// Decodes a form body or query string. See the module docs for the rules.
    pub fn parse(input: &[u8], limits: &FormLimits) -> Result<Params, ApiError> {
        let mut params = Params {
            path: String::new(),
            map: Map::default(),
            spec: None,
            version: ApiVersion::DEFAULT,
        };
        let mut pairs = 0;
        for pair in input.split(|&b| b == b'&').filter(|pair| !pair.is_empty()) {
            pairs += 1;
            if pairs > limits.max_pairs {
                return Err(ApiError::too_many_parameters(limits.max_pairs));
            }
            let (raw_key, raw_value) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &b""[..]),
            };
            if raw_key.len() > limits.max_key_bytes {
                return Err(ApiError::name_too_long(
                    &String::from_utf8_lossy(raw_key),
                    raw_key.len(),
                    limits.max_key_bytes,
                ));
            }
            let Some(key) = percent_decode(raw_key) else {
                return Err(ApiError::bad_percent_encoding(None, &String::from_utf8_lossy(raw_key)));
            };
            let Ok(key) = std::str::from_utf8(&key) else {
                let shown = String::from_utf8_lossy(&key).into_owned();
                return Err(ApiError::invalid_string(shown, NotAString::InvalidUtf8Name));
            };
            if key.is_empty() {
                continue;
            }
            if raw_value.len() > limits.max_value_bytes {
                return Err(ApiError::value_too_long(key, raw_value.len(), limits.max_value_bytes));
            }
            let value = match percent_decode(raw_value) {
                None => return Err(ApiError::bad_percent_encoding(Some(key), key)),
                Some(Cow::Borrowed(bytes)) => std::str::from_utf8(bytes).map(str::to_owned).ok(),
                Some(Cow::Owned(bytes)) => String::from_utf8(bytes).ok(),
            };
            let Some(value) = value else {
                return Err(ApiError::invalid_string(key, NotAString::InvalidUtf8Value));
            };
            params.insert(key, value, limits.max_depth)?;
        }
        Ok(params)
    }

    /// Puts one decoded pair into the tree.
    fn insert(&mut self, key: &str, value: String, max_depth: usize) -> Result<(), ApiError> {
        // Checked before anything else looks at the brackets, so a name nested 100,000
        // deep costs one scan.
        let depth = 1 + key.bytes().filter(|&b| b == b'[').count();
        if depth > max_depth {
            return Err(ApiError::nested_too_deep(key, depth, max_depth));
        }
        let Some(path) = split_key(key) else {
            // Not a bracket path: a literal name, which no handler knows. A repeated one
            // keeps the last value in the place of the first.
            self.map.entries.insert(Key::Name(key.to_owned()), Value::Str(value));
            return Ok(());
        };
        let mut map = &mut self.map;
        for (level, part) in path.iter().enumerate() {
            let last = level + 1 == path.len();
            let conflict = || ApiError::plain_and_bracketed(render_path(&path[..=level]));
            let child = match part {
                Some(name) => match map.entries.position(name) {
                    Some(i) => {
                        let child = map.entries.get_index_mut(i).expect("an index just found");
                        match child {
                            Value::Str(old) if last => {
                                *old = value;
                                return Ok(());
                            }
                            _ if last => return Err(conflict()),
                            child => child,
                        }
                    }
                    None if last => {
                        map.entries.insert(Key::Name((*name).to_owned()), Value::Str(value));
                        return Ok(());
                    }
                    None => map
                        .entries
                        .get_or_insert(Key::Name((*name).to_owned()), Value::Map(Map::default())),
                },
                None if last => {
                    map.append(Value::Str(value));
                    return Ok(());
                }
                None => {
                    let join_last = matches!(
                        map.entries.last(),
                        Some((Key::Append(_), Value::Map(m))) if !m.has_path(&path[level + 1..])
                    );
                    if join_last {
                        map.entries.last_mut().expect("the last element, just seen")
                    } else {
                        map.append(Value::Map(Map::default()))
                    }
                }
            };
            map = match child {
                Value::Map(inner) => inner,
                Value::Str(_) => return Err(conflict()),
            };
        }
        Ok(())
    }

    /// The bracket path of this hash: empty at the top level.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// How many names are left at this level.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// The names left at this level and what they hold, in first-seen order.
    pub fn iter(&self) -> impl Iterator<Item = (&Key, &Value)> {
        self.map.iter()
    }

    /// What `name` holds, without taking it.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(name)
    }

    /// Takes `name` out, whatever it holds.
    pub fn take(&mut self, name: &str) -> Option<Value> {
        self.map.take(name)
    }

    /// Takes a string. A hash or array instead is `parameter_invalid_string`, named with
    /// its full path (`transfer_data[destination]`).
    pub fn take_str(&mut self, name: &str) -> Result<Option<String>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(Value::Map(m)) => Err(ApiError::invalid_string(self.child(name), m.shape())),
        }
    }

    /// Takes a hash as its own `Params`, whose errors and leftovers are named under this
    /// one's path (`transfer_data[foo]`). `name=` is [`HashParam::Unset`]; any other
    /// string, or an array (`name[]=x`), is an invalid hash. Numeric keys are kept as
    /// names: `metadata[0]=x` is the key `0`.
    pub fn take_hash(&mut self, name: &str) -> Result<Option<HashParam>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Str(s)) if s.is_empty() => Ok(Some(HashParam::Unset)),
            Some(Value::Str(_)) => Err(ApiError::invalid_hash(self.child(name))),
            Some(Value::Map(m)) => {
                let path = self.child(name);
                if m.has_append() {
                    return Err(ApiError::invalid_hash(path));
                }
                Ok(Some(HashParam::Set(Params {
                    path,
                    map: m,
                    spec: self.spec.and_then(|spec| spec.child(name)),
                    version: self.version,
                })))
            }
        }
    }

    /// Takes a list of strings, sent as `name[]=a&name[]=b`, `name[0]=a&name[1]=b`, or a
    /// single `name=a`; `name=` is the empty list. Indexed elements come back in index
    /// order with gaps closed up (`name[0]=a&name[5]=b` is `[a, b]`). Mixing `[]` with
    /// indices, or any non-numeric key, is an invalid array; an element that is itself a
    /// hash or array is an invalid string named `name[i]`.
    pub fn take_list(&mut self, name: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Str(s)) if s.is_empty() => Ok(Some(Vec::new())),
            Some(Value::Str(s)) => Ok(Some(vec![s])),
            Some(Value::Map(m)) => {
                let path = self.child(name);
                let elements = elements(m, &path)?;
                let mut out = Vec::with_capacity(elements.len());
                for (i, (key, value)) in elements.into_iter().enumerate() {
                    match value {
                        Value::Str(s) => out.push(s),
                        Value::Map(inner) => {
                            let param = element_path(&path, i, &key);
                            return Err(ApiError::invalid_string(param, inner.shape()));
                        }
                    }
                }
                Ok(Some(out))
            }
        }
    }

    /// Takes a list of hashes (`items[0][price]=p&items[1][price]=q`, or `items[][price]`
    /// with Rack's grouping), each its own `Params` named `items[0]`, `items[1]`, … The
    /// list rules are those of [`Params::take_list`].
    pub fn take_hash_list(&mut self, name: &str) -> Result<Option<Vec<Params>>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Str(s)) if s.is_empty() => Ok(Some(Vec::new())),
            Some(Value::Str(_)) => Err(ApiError::invalid_array(self.child(name))),
            Some(Value::Map(m)) => {
                let path = self.child(name);
                let elements = elements(m, &path)?;
                let mut out = Vec::with_capacity(elements.len());
                for (i, (key, value)) in elements.into_iter().enumerate() {
                    let element = element_path(&path, i, &key);
                    match value {
                        Value::Map(map) if !map.has_append() => {
                            out.push(Params {
                                path: element,
                                map,
                                spec: self.spec.and_then(|spec| spec.child(name)).and_then(|s| s.child("")),
                                version: self.version,
                            });
                        }
                        _ => return Err(ApiError::invalid_hash(element)),
                    }
                }
                Ok(Some(out))
            }
        }
    }

    /// Takes a boolean: exactly `true` or `false`, as Stripe accepts.
    pub fn take_bool(&mut self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.take_str(name)? {
            None => Ok(None),
            Some(s) if s == "true" => Ok(Some(true)),
            Some(s) if s == "false" => Ok(Some(false)),
            Some(s) => Err(ApiError::invalid_boolean(self.child(name), &s)),
        }
    }

    /// Takes an amount of money for the ledger to judge: absent, an integer, or text that is
    /// not one, which the ledger refuses in its own order of preconditions (debit-rules §7)
    /// rather than here.
    pub fn take_amount(&mut self, name: &str) -> Result<Input<i64>, ApiError> {
        Ok(Input::parse_integer(self.take_str(name)?.as_deref()))
    }

    /// Takes an integer that is not money (`limit`, `created`): an optional `-` and
    /// base-10 digits that fit an `i64`. Nothing else (`+1`, ` 1`, `1.0`, `1e3`, the
    /// empty string) is an integer. Range checks are the caller's.
    pub fn take_i64(&mut self, name: &str) -> Result<Option<i64>, ApiError> {
        let Some(s) = self.take_str(name)? else {
            return Ok(None);
        };
        let digits = s.strip_prefix('-').unwrap_or(&s);
        let plain = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        match s.parse::<i64>() {
            Ok(n) if plain => Ok(Some(n)),
            _ => Err(ApiError::invalid_integer(self.child(name), &s)),
        }
    }

    /// Takes a hash of strings keyed by names the caller checks (`minimum_balance_by_currency[usd]=1500`):
    /// `None` if absent, `Some(None)` if sent empty (`name=`, to clear it), otherwise its
    /// entries in the order sent. A value that is itself a hash is refused.
    pub fn take_string_map(&mut self, name: &str) -> Result<Option<Option<StringMap>>, ApiError> {
        let path = self.child(name);
        let map = match self.take(name) {
            None => return Ok(None),
            Some(Value::Str(s)) if s.is_empty() => return Ok(Some(None)),
            Some(Value::Str(_)) => return Err(ApiError::invalid_hash(path)),
            Some(Value::Map(map)) => map,
        };
        let mut entries = Vec::with_capacity(map.len());
        for (key, value) in map.entries {
            let Key::Name(key) = key else {
                return Err(ApiError::invalid_hash(path));
            };
            match value {
                Value::Str(value) => entries.push((key, value)),
                Value::Map(inner) => return Err(ApiError::invalid_string(format!("{path}[{key}]"), inner.shape())),
            }
        }
        Ok(Some(Some(entries)))
    }

    /// Takes `metadata` whole, checking Stripe's limits on what was sent: at most 50 keys
    /// set, keys of at most 40 characters, values of at most 500. A bracket in a key
    /// (`metadata[a[b]=c`) is refused here by name, rather than later as an unknown
    /// parameter. `metadata=` clears every key; `metadata[k]=` deletes `k`; other keys stay
    /// (Stripe merges). The ledger checks the merged result against the 50-key limit.
    pub fn take_metadata(&mut self) -> Result<Option<MetadataUpdate>, ApiError> {
        const NAME: &str = "metadata";
        let literal = self.map.entries.keys().find_map(|key| match key {
            Key::Name(n) if n.starts_with("metadata[") => Some(n),
            _ => None,
        });
        if let Some(literal) = literal {
            return Err(ApiError::metadata_key_invalid(self.child(literal)));
        }
        let path = self.child(NAME);
        let map = match self.take(NAME) {
            None => return Ok(None),
            Some(Value::Str(s)) if s.is_empty() => return Ok(Some(MetadataUpdate::Clear)),
            Some(Value::Str(_)) => return Err(ApiError::invalid_hash(path)),
            Some(Value::Map(map)) => map,
        };
        let mut changes = Vec::with_capacity(map.len());
        let mut set = 0;
        for (key, value) in map.entries {
            let Key::Name(key) = key else {
                return Err(ApiError::invalid_hash(path));
            };
            let param = || format!("{path}[{key}]");
            let value = match value {
                Value::Str(value) => value,
                Value::Map(inner) => return Err(ApiError::invalid_string(param(), inner.shape())),
            };
            if key.chars().count() > METADATA_MAX_KEY_CHARS {
                return Err(ApiError::metadata_key_too_long(param(), METADATA_MAX_KEY_CHARS, &key));
            }
            if value.chars().count() > METADATA_MAX_VALUE_CHARS {
                let max = METADATA_MAX_VALUE_CHARS;
                return Err(ApiError::metadata_value_too_long(param(), max, &value));
            }
            if value.is_empty() {
                changes.push((key, None));
            } else {
                set += 1;
                changes.push((key, Some(value)));
            }
        }
        if set > METADATA_MAX_KEYS {
            return Err(ApiError::metadata_too_many_keys(path, METADATA_MAX_KEYS, set));
        }
        Ok(Some(MetadataUpdate::Set(changes)))
    }

    /// The full bracket path of the first thing left, in request order
    /// (`transfer_data[foo]`, `expand[]`), or `None` when everything was taken.
    pub fn first_leftover(&self) -> Option<String> {
        let (key, mut value) = self.map.first()?;
        let mut path = self.child_key(key);
        while let Value::Map(map) = value {
            let Some((key, inner)) = map.first() else {
                break;
            };
            push_key(&mut path, key);
            value = inner;
        }
        Some(path)
    }

    /// Ends a handler's reading: anything left is Stripe's `parameter_unknown`, naming the
    /// first leftover with its full path, unless Stripe's spec has that parameter, which
    /// makes it one debitsim does not simulate.
    pub fn finish(self) -> Result<(), ApiError> {
        let Some(param) = self.first_leftover() else {
            return Ok(());
        };
        if let Some((key, value)) = self.map.first()
            && self.spec.is_some_and(|spec| resolves(spec, key, value))
        {
            return Err(ApiError::not_simulated_parameter(param));
        }
        Err(ApiError::parameter_unknown(param))
    }

    /// These parameters as a request pinning `version` sent them.
    pub fn pinning(mut self, version: ApiVersion) -> Params {
        self.version = version;
        self
    }

    /// Takes `name`, a parameter Stripe removed from the endpoint at `path` in a later API
    /// version, when the request pins a version before its removal; otherwise leaves it, so
    /// that a request pinning a later version has it refused as unknown, as Stripe does.
    pub fn take_removed(&mut self, path: &str, name: &str) -> Result<Option<String>, ApiError> {
        if version::still_accepted(path, name, self.version) {
            self.take_str(name)
        } else {
            Ok(None)
        }
    }

    /// Holds the parameters to Stripe's spec for their endpoint: every string within its
    /// `maxLength` (refused naming the first that is not), and leftovers that Stripe has
    /// reported as not simulated rather than unknown.
    pub fn check_against(&mut self, spec: &'static spec::Node) -> Result<(), ApiError> {
        self.spec = Some(spec);
        check_lengths(&self.map, spec, &self.path)
    }

    /// The full path of the child `name`.
    fn child(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}[{name}]", self.path)
        }
    }

    fn child_key(&self, key: &Key) -> String {
        let mut path = self.path.clone();
        push_key(&mut path, key);
        path
    }
}

/// Whether the first path through `key` and `value` (as [`Params::first_leftover`] walks
/// it) is a parameter the spec has.
fn resolves(spec: &spec::Node, key: &Key, value: &Value) -> bool {
    let name = match key {
        Key::Name(name) => name.as_str(),
        Key::Append(_) => "",
    };
    match (spec.child(name), value) {
        (None, _) => false,
        (Some(_), Value::Str(_)) => true,
        (Some(child), Value::Map(map)) => match map.first() {
            None => true,
            Some((key, value)) => resolves(child, key, value),
        },
    }
}

/// The first string under `map` longer than the spec allows, as an error naming it. The
/// keys walked are a chain on the stack, written out as a bracket path only for the error.
fn check_lengths(map: &Map, spec: &spec::Node, path: &str) -> Result<(), ApiError> {
    /// The keys from the top down to here: this one, and the one above.
    struct Trail<'a> {
        key: &'a Key,
        above: Option<&'a Trail<'a>>,
    }

    fn written(path: &str, trail: &Trail<'_>) -> String {
        let mut keys = vec![trail.key];
        let mut above = trail.above;
        while let Some(t) = above {
            keys.push(t.key);
            above = t.above;
        }
        let mut here = path.to_owned();
        for key in keys.into_iter().rev() {
            push_key(&mut here, key);
        }
        here
    }

    fn walk(map: &Map, spec: &spec::Node, path: &str, above: Option<&Trail<'_>>) -> Result<(), ApiError> {
        for (key, value) in map.iter() {
            let name = match key {
                Key::Name(name) => name.as_str(),
                Key::Append(_) => "",
            };
            let Some(child) = spec.child(name) else {
                continue;
            };
            let trail = Trail { key, above };
            match value {
                Value::Str(text) => {
                    if let Some(max) = child.max_length()
                        && text.len() > max
                        && text.chars().nth(max).is_some()
                    {
                        return Err(ApiError::string_too_long(written(path, &trail), max, text));
                    }
                }
                Value::Map(inner) => walk(inner, child, path, Some(&trail))?,
            }
        }
        Ok(())
    }
    walk(map, spec, path, None)
}

/// Appends one level to a bracket path.
fn push_key(path: &mut String, key: &Key) {
    match key {
        Key::Name(name) if path.is_empty() => path.push_str(name),
        Key::Name(name) => {
            path.push('[');
            path.push_str(name);
            path.push(']');
        }
        Key::Append(_) => path.push_str("[]"),
    }
}

/// The elements of an array in order: `[]` entries as sent, or numeric keys by index.
fn elements(map: Map, path: &str) -> Result<Vec<(Key, Value)>, ApiError> {
    let mut indexed = Vec::with_capacity(map.entries.len());
    let appended = map.has_append();
    for (key, value) in map.entries {
        let index = match &key {
            Key::Append(_) => 0,
            Key::Name(_) if appended => return Err(ApiError::invalid_array(path)),
            Key::Name(name) => index_of(name).ok_or_else(|| ApiError::invalid_array(path))?,
        };
        indexed.push((index, key, value));
    }
    // Stable, so `[]` entries (all index 0) keep their order.
    indexed.sort_by_key(|(index, _, _)| *index);
    Ok(indexed.into_iter().map(|(_, key, value)| (key, value)).collect())
}

/// How an element is named in errors: `items[3]` as sent, or `items[i]` for `items[]`.
fn element_path(path: &str, position: usize, key: &Key) -> String {
    match key {
        Key::Name(name) => format!("{path}[{name}]"),
        Key::Append(_) => format!("{path}[{position}]"),
    }
}

/// An array index: 1 to 9 decimal digits (`0`, `17`; `007` is 7).
fn index_of(name: &str) -> Option<u32> {
    let digits = (1..=9).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_digit());
    if digits { name.parse().ok() } else { None }
}

/// Splits `a[b][][c]` into `[Some("a"), Some("b"), None, Some("c")]` (`None` for `[]`).
/// `None` when the brackets are not a path: `a[b`, `a]`, `[a]`, `a[b]c`, `a[b[c]]`.
fn split_key(key: &str) -> Option<Vec<Option<&str>>> {
    let Some(open) = key.find('[') else {
        return if key.contains(']') { None } else { Some(vec![Some(key)]) };
    };
    let name = &key[..open];
    if name.is_empty() || name.contains(']') {
        return None;
    }
    let mut path = vec![Some(name)];
    let mut rest = &key[open..];
    while let Some(inner) = rest.strip_prefix('[') {
        let close = inner.find(']')?;
        let part = &inner[..close];
        if part.contains('[') {
            return None;
        }
        path.push(if part.is_empty() { None } else { Some(part) });
        rest = &inner[close + 1..];
    }
    // Anything after the last `]` that does not open another level.
    if rest.is_empty() { Some(path) } else { None }
}

/// Renders a path from [`split_key`] back to brackets, for errors.
fn render_path(path: &[Option<&str>]) -> String {
    let mut out = String::new();
    for (level, part) in path.iter().enumerate() {
        match part {
            Some(name) if level == 0 => out.push_str(name),
            Some(name) => {
                out.push('[');
                out.push_str(name);
                out.push(']');
            }
            None => out.push_str("[]"),
        }
    }
    out
}

/// Percent-decodes one name or value: `+` is a space, `%XX` a byte. `None` for a `%`
/// that is not followed by two hex digits. Borrows when there is nothing to decode,
/// which is most names.
fn percent_decode(raw: &[u8]) -> Option<Cow<'_, [u8]>> {
    if !raw.iter().any(|&b| b == b'%' || b == b'+') {
        return Some(Cow::Borrowed(raw));
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter();
    while let Some(&b) = bytes.next() {
        out.push(match b {
            b'+' => b' ',
            b'%' => {
                let hi = bytes.next().and_then(|&h| hex_digit(h))?;
                let lo = bytes.next().and_then(|&l| hex_digit(l))?;
                hi << 4 | lo
            }
            b => b,
        });
    }
    Some(Cow::Owned(out))
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;
    use proptest::prelude::*;

    /// A tree in a compact form for tables: `{a:"1",b:{c:"2"},e:{[]:"x"}}`.
    fn render(params: &Params) -> String {
        let mut out = String::new();
        render_map(&params.map, &mut out);
        out
    }

    fn render_map(map: &Map, out: &mut String) {
        out.push('{');
        for (i, (key, value)) in map.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            match key {
                Key::Name(name) => out.push_str(name),
                Key::Append(_) => out.push_str("[]"),
            }
            out.push(':');
            match value {
                Value::Str(s) => out.push_str(&format!("{s:?}")),
                Value::Map(m) => render_map(m, out),
            }
        }
        out.push('}');
    }

    fn parse(input: &str) -> Result<Params, ApiError> {
        Params::parse(input.as_bytes(), &FormLimits::default())
    }

    /// Names in order, each with its value (a nested map shown by its own names).
    fn shown(map: &Map) -> Vec<String> {
        map.iter()
            .map(|(key, value)| match value {
                Value::Str(v) => format!("{key:?}={v}"),
                Value::Map(inner) => format!("{key:?}{:?}", shown(inner)),
            })
            .collect()
    }

    /// A map of a few names keeps them in a vector and one of more in a hash map; across the
    /// change, and on either side of it, a repeated name keeps its first place with its last
    /// value, lookups find every name, and taking one keeps the others in order.
    #[test]
    fn maps_keep_order_and_last_values_on_both_sides_of_the_vector_to_hash_change() {
        for n in [
            SEARCHED_IN_ORDER - 1,
            SEARCHED_IN_ORDER,
            SEARCHED_IN_ORDER + 1,
            3 * SEARCHED_IN_ORDER,
        ] {
            let mut form: Vec<String> = (0..n).map(|i| format!("p{i}={i}")).collect();
            form.extend((0..n).map(|i| format!("h[k{i}]={i}")));
            form.push("p0=last".to_owned());
            form.push("h[k0]=last".to_owned());
            let mut params = parse(&form.join("&")).unwrap();
            let mut want: Vec<String> = (0..n).map(|i| format!("\"p{i}\"={i}")).collect();
            want[0] = "\"p0\"=last".to_owned();
            let mut inner: Vec<String> = (0..n).map(|i| format!("\"k{i}\"={i}")).collect();
            inner[0] = "\"k0\"=last".to_owned();
            want.push(format!("\"h\"{inner:?}"));
            assert_eq!(shown(&params.map), want, "{n} names");
            for i in (0..n).rev().step_by(2) {
                let expected = if i == 0 { "last".to_owned() } else { i.to_string() };
                assert_eq!(
                    params.map.get(&format!("p{i}")).and_then(Value::as_str),
                    Some(&*expected)
                );
                assert_eq!(params.take_str(&format!("p{i}")).unwrap(), Some(expected), "{n} names");
            }
            let left: Vec<String> = (0..n)
                .rev()
                .skip(1)
                .step_by(2)
                .rev()
                .map(|i| {
                    if i == 0 {
                        "\"p0\"=last".to_owned()
                    } else {
                        format!("\"p{i}\"={i}")
                    }
                })
                .collect();
            assert_eq!(shown(&params.map)[..left.len()], left[..], "{n} names, after taking");
        }
    }

    fn limits(pairs: usize, depth: usize, key: usize, value: usize) -> FormLimits {
        FormLimits {
            max_pairs: pairs,
            max_depth: depth,
            max_key_bytes: key,
            max_value_bytes: value,
        }
    }

    /// What a 400 must carry: its code, its param, and a phrase of its message.
    type Refusal<'a> = (Option<&'static str>, Option<&'a str>, &'a str);

    const INVALID_STRING: Option<&str> = Some("parameter_invalid_string");
    const UNKNOWN: Option<&str> = Some("parameter_unknown");

    #[track_caller]
    fn check_refusal(got: ApiError, (code, param, phrase): Refusal<'_>) {
        assert_eq!(got.status, StatusCode::BAD_REQUEST, "{got}");
        assert_eq!(got.code, code, "{got}");
        assert_eq!(got.param.as_deref(), param, "{got}");
        assert!(got.message.contains(phrase), "{phrase:?} not in {got}");
    }

    #[test]
    fn bodies_parse_to_trees() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("", "{}"),
            ("a=1", r#"{a:"1"}"#),
            ("b=2&a=1", r#"{b:"2",a:"1"}"#),
            // The last value wins, in the place of the first.
            ("a=1&b=2&a=3", r#"{a:"3",b:"2"}"#),
            ("t[d]=1&t[d]=2", r#"{t:{d:"2"}}"#),
            // Empty values, missing `=`, empty pairs, empty names.
            ("a", r#"{a:""}"#),
            ("a=", r#"{a:""}"#),
            ("a=b=c", r#"{a:"b=c"}"#),
            ("&&a=1&&", r#"{a:"1"}"#),
            ("=x&=", "{}"),
            // Decoding.
            ("a+b=c+d", r#"{a b:"c d"}"#),
            ("a%20b=%41%42%2b", r#"{a b:"AB+"}"#),
            ("a=caf%C3%A9%20%E2%82%AC", r#"{a:"café €"}"#),
            ("m[%C3%A9]=x", r#"{m:{é:"x"}}"#),
            // Brackets raw, encoded in either case, or mixed.
            ("t[d]=acct_1&t[a]=5", r#"{t:{d:"acct_1",a:"5"}}"#),
            ("t%5Bd%5D=acct_1", r#"{t:{d:"acct_1"}}"#),
            ("t%5bd%5d=acct_1", r#"{t:{d:"acct_1"}}"#),
            ("t[d%5D=acct_1", r#"{t:{d:"acct_1"}}"#),
            ("s[p][s][i]=daily", r#"{s:{p:{s:{i:"daily"}}}}"#),
            // Arrays: appended, or indexed (kept as sent; ordered when taken).
            ("expand[]=a&expand[]=b", r#"{expand:{[]:"a",[]:"b"}}"#),
            ("expand%5B%5D=a", r#"{expand:{[]:"a"}}"#),
            ("expand[0]=a&expand[1]=b", r#"{expand:{0:"a",1:"b"}}"#),
            ("expand[1]=b&expand[0]=a", r#"{expand:{1:"b",0:"a"}}"#),
            // Arrays of hashes, indexed and with Rack's grouping of `[]`.
            ("a[0][b]=1&a[0][c]=2&a[1][b]=3", r#"{a:{0:{b:"1",c:"2"},1:{b:"3"}}}"#),
            ("a[][b]=1&a[][c]=2&a[][b]=3", r#"{a:{[]:{b:"1",c:"2"},[]:{b:"3"}}}"#),
            ("a[][b][c]=1&a[][b][d]=2", r#"{a:{[]:{b:{c:"1",d:"2"}}}}"#),
            ("a[][b][c]=1&a[][b][c]=2", r#"{a:{[]:{b:{c:"1"}},[]:{b:{c:"2"}}}}"#),
            ("a[]=1&a[][b]=2", r#"{a:{[]:"1",[]:{b:"2"}}}"#),
            ("a[][]=1&a[][]=2", r#"{a:{[]:{[]:"1",[]:"2"}}}"#),
            // Unbalanced or stray brackets: a literal top-level name.
            ("a[b=1", r#"{a[b:"1"}"#),
            ("a]=1", r#"{a]:"1"}"#),
            ("[a]=1", r#"{[a]:"1"}"#),
            ("[]=1", r#"{[]:"1"}"#),
            ("a[b]c=1", r#"{a[b]c:"1"}"#),
            ("a[b][=1", r#"{a[b][:"1"}"#),
            ("a[b[c]]=1", r#"{a[b[c]]:"1"}"#),
            ("a%5Bb=1&a%5Bb=2", r#"{a[b:"2"}"#),
        ];
        for (input, want) in cases {
            match parse(input) {
                Ok(params) => assert_eq!(render(&params), *want, "{input:?}"),
                Err(e) => panic!("{input:?}: {e}"),
            }
        }
    }

    #[test]
    fn bad_bodies_are_refused() {
        let all = FormLimits::default();
        #[rustfmt::skip]
        let cases: &[(&[u8], FormLimits, Refusal<'_>)] = &[
            // A name both plain and bracketed, in either order.
            (b"a=1&a[b]=2", all, (None, Some("a"), "both as a single value and with brackets")),
            (b"a[b]=2&a=1", all, (None, Some("a"), "both as a single value and with brackets")),
            (b"a[b]=1&a[b][c]=2", all, (None, Some("a[b]"), "both")),
            (b"a[b][c]=1&a[b]=2", all, (None, Some("a[b]"), "both")),
            (b"a[][b]=1&a[][b][c]=2", all, (None, Some("a[][b]"), "both")),
            // Stray percent signs.
            (b"a=%zz", all, (None, Some("a"), "percent-encoding in 'a'")),
            (b"a=100%", all, (None, Some("a"), "%25")),
            (b"a=%4", all, (None, Some("a"), "two hexadecimal digits")),
            (b"a%=1", all, (None, None, "percent-encoding in 'a%'")),
            // Not UTF-8 once decoded, in a value or a name: refused, never replaced.
            (b"a=%FF", all, (INVALID_STRING, Some("a"), "value of a is not valid UTF-8")),
            (b"a=\xff", all, (INVALID_STRING, Some("a"), "not valid UTF-8")),
            (b"t[d]=%C3", all, (INVALID_STRING, Some("t[d]"), "not valid UTF-8")),
            (b"%FF=1", all, (INVALID_STRING, Some("\u{fffd}"), "parameter name")),
            (b"a\xff=1", all, (INVALID_STRING, Some("a\u{fffd}"), "parameter name")),
            // Each limit, just over.
            (b"a=1&b=2&c=3", limits(2, 8, 9, 9), (None, None, "more than 2 parameters")),
            (b"a[b][c]=1", limits(9, 2, 9, 9), (None, None, "nested 3 levels deep")),
            (b"a[[[=1", limits(9, 3, 9, 9), (None, None, "nested 4 levels deep")),
            (b"abcd=1", limits(9, 8, 3, 9), (None, None, "at most 3 bytes in a name")),
            (b"a=abcd", limits(9, 8, 3, 3), (None, Some("a"), "at most 3 bytes in a value")),
            // Sizes are measured as sent: `%41%41` is 6 bytes, not 2.
            (b"a=%41%41", limits(9, 8, 3, 3), (None, Some("a"), "is 6 bytes long")),
        ];
        for (input, limits, refusal) in cases {
            match Params::parse(input, limits) {
                Ok(params) => panic!("{:?}: {}", String::from_utf8_lossy(input), render(&params)),
                Err(e) => check_refusal(e, *refusal),
            }
        }
    }

    #[test]
    fn limits_are_inclusive() {
        let limits = limits(3, 3, 8, 3);
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("a=1&b=2&c=3", r#"{a:"1",b:"2",c:"3"}"#),
            ("a=1&&&b=2&&c=3&", r#"{a:"1",b:"2",c:"3"}"#), // empty pairs do not count
            ("a[b][c]=abc", r#"{a:{b:{c:"abc"}}}"#),
            ("a%5Bb%5D=1", r#"{a:{b:"1"}}"#),
        ];
        for (input, want) in cases {
            let params = Params::parse(input.as_bytes(), &limits).unwrap();
            assert_eq!(render(&params), *want, "{input:?}");
        }
        let defaults = FormLimits::default();
        assert_eq!(defaults, self::limits(1_000, 8, 1024, 65_536));
        let params = parse("settings[payouts][schedule][interval]=daily").unwrap();
        assert_eq!(render(&params), r#"{settings:{payouts:{schedule:{interval:"daily"}}}}"#);
    }

    /// Hostile nesting is refused after one scan of the name, whatever its shape; with
    /// the name limit lifted, the depth limit still refuses it.
    #[test]
    fn nesting_100_000_deep_is_refused() {
        let deep = [
            format!("a{}=1", "[b]".repeat(100_000)),
            format!("a{}=1", "[".repeat(100_000)),
            format!("a{}1{}=1", "[".repeat(100_000), "]".repeat(100_000)),
            format!("a{}=1", "%5Bb%5D".repeat(100_000)),
            format!("a{}=1", "[]".repeat(100_000)),
        ];
        let long_names = FormLimits {
            max_key_bytes: usize::MAX,
            ..FormLimits::default()
        };
        for body in &deep {
            let by_length = parse(body).unwrap_err();
            assert!(by_length.message.contains("bytes in a name"), "{by_length}");
            let by_depth = Params::parse(body.as_bytes(), &long_names).unwrap_err();
            assert!(by_depth.message.contains("levels deep"), "{by_depth}");
        }
    }

    /// Many pairs with long names that differ only at the end, the worst case for
    /// finding a name: all are kept, each under its own name.
    #[test]
    fn many_similar_names_are_all_kept() {
        let prefix = "x".repeat(1000);
        let body: Vec<String> = (0..1000).map(|i| format!("{prefix}{i:03}=1")).collect();
        let params = parse(&body.join("&")).unwrap();
        assert_eq!(params.len(), 1000);
        assert!(params.get(&format!("{prefix}999")).is_some());
    }

    #[test]
    fn strings_booleans_and_integers_are_taken_out() {
        let mut p = parse(
            "amount=1500&currency=usd&transfer_data[destination]=acct_1&expand[0]=x\
             &capture=true&refund=false&limit=10&neg=-5&big=9223372036854775807\
             &e=&items[0][p]=a",
        )
        .unwrap();
        assert_eq!(p.take_str("amount").unwrap().as_deref(), Some("1500"));
        assert_eq!(p.take_str("amount").unwrap(), None); // already taken
        assert_eq!(p.take_str("nothing").unwrap(), None);
        assert_eq!(p.take_str("e").unwrap().as_deref(), Some(""));
        assert_eq!(p.take_bool("capture").unwrap(), Some(true));
        assert_eq!(p.take_bool("refund").unwrap(), Some(false));
        assert_eq!(p.take_i64("limit").unwrap(), Some(10));
        assert_eq!(p.take_i64("neg").unwrap(), Some(-5));
        assert_eq!(p.take_i64("big").unwrap(), Some(i64::MAX));
        assert_eq!(p.get("currency").and_then(Value::as_str), Some("usd"));
        assert_eq!(p.first_leftover().as_deref(), Some("currency"));
        #[rustfmt::skip]
        let not_strings: [(&str, Refusal<'_>); 3] = [
            ("transfer_data", (INVALID_STRING, Some("transfer_data"), "but a hash was given")),
            ("expand", (INVALID_STRING, Some("expand"), "but an array was given")),
            ("items", (INVALID_STRING, Some("items"), "but an array was given")),
        ];
        for (name, refusal) in not_strings {
            check_refusal(p.take_str(name).unwrap_err(), refusal);
        }
        assert_eq!(p.take_str("currency").unwrap().as_deref(), Some("usd"));
        assert!(p.is_empty());
        assert!(p.finish().is_ok());
    }

    #[test]
    fn scalars_that_do_not_parse() {
        for value in ["yes", "TRUE", "1", ""] {
            let mut p = parse(&format!("x={value}")).unwrap();
            let want = format!("Invalid boolean: {value}");
            check_refusal(p.take_bool("x").unwrap_err(), (None, Some("x"), &want));
        }
        let integers = [
            "",
            "-",
            "+1",
            " 1",
            "1 ",
            "1.0",
            "55.00",
            "1e3",
            "0x10",
            "١",
            "--1",
            "9223372036854775808",
            "-9223372036854775809",
        ];
        for value in integers {
            let encoded = value.replace('+', "%2B").replace(' ', "+");
            let mut p = parse(&format!("x={encoded}")).unwrap();
            let want = format!("Invalid integer: {value}");
            let refusal = (Some("parameter_invalid_integer"), Some("x"), want.as_str());
            check_refusal(p.take_i64("x").unwrap_err(), refusal);
        }
        for (value, want) in [("007", 7), ("-0", 0), ("-9223372036854775808", i64::MIN)] {
            let mut p = parse(&format!("x={value}")).unwrap();
            assert_eq!(p.take_i64("x").unwrap(), Some(want), "{value}");
        }
    }

    #[test]
    fn hashes_name_their_errors_and_leftovers_with_their_path() {
        let mut p = parse(
            "reference_transaction[type]=charge&reference_transaction[charge]=ch_1\
             &reference_transaction[foo]=1&transfer_data=&t2[d][x]=1",
        )
        .unwrap();
        let Some(HashParam::Set(mut rt)) = p.take_hash("reference_transaction").unwrap() else {
            panic!("reference_transaction is a hash");
        };
        assert_eq!(rt.path(), "reference_transaction");
        assert_eq!(rt.take_str("type").unwrap().as_deref(), Some("charge"));
        assert_eq!(rt.take_str("charge").unwrap().as_deref(), Some("ch_1"));
        let leftover = rt.finish().unwrap_err();
        let param = "reference_transaction[foo]";
        check_refusal(leftover, (UNKNOWN, Some(param), "Received unknown parameter: "));
        assert!(p.take_hash("transfer_data").unwrap().unwrap().is_unset());
        let Some(HashParam::Set(mut t2)) = p.take_hash("t2").unwrap() else {
            panic!("t2 is a hash");
        };
        let Some(HashParam::Set(d)) = t2.take_hash("d").unwrap() else {
            panic!("t2[d] is a hash");
        };
        check_refusal(d.finish().unwrap_err(), (UNKNOWN, Some("t2[d][x]"), "t2[d][x]"));
        assert!(p.finish().is_ok());

        #[rustfmt::skip]
        let not_hashes: &[(&str, Refusal<'_>)] = &[
            ("h=acct_1", (None, Some("h"), "Invalid hash: h must be a hash")),
            ("h[]=a", (None, Some("h"), "Invalid hash")),
            ("h[a]=1&h[]=2", (None, Some("h"), "Invalid hash")),
        ];
        for (body, refusal) in not_hashes {
            check_refusal(parse(body).unwrap().take_hash("h").unwrap_err(), *refusal);
        }
        // Numeric keys are names in a hash.
        let Some(HashParam::Set(mut h)) = parse("h[0]=a").unwrap().take_hash("h").unwrap() else {
            panic!("h is a hash");
        };
        assert_eq!(h.take_str("0").unwrap().as_deref(), Some("a"));
    }

    #[test]
    fn lists_in_every_form() {
        #[rustfmt::skip]
        let cases: &[(&str, Result<&[&str], Refusal<'_>>)] = &[
            ("x[]=a&x[]=b", Ok(&["a", "b"])),
            ("x%5B%5D=a&x%5B%5D=b", Ok(&["a", "b"])),
            ("x[0]=a&x[1]=b", Ok(&["a", "b"])),
            ("x[1]=b&x[0]=a", Ok(&["a", "b"])),
            ("x[10]=c&x[9]=b&x[2]=a", Ok(&["a", "b", "c"])), // by number, not by text
            ("x[0]=a&x[5]=b", Ok(&["a", "b"])),              // sparse: gaps closed up
            ("x[0]=a&x[0]=b", Ok(&["b"])),                   // the last wins
            ("x=a", Ok(&["a"])),
            ("x=", Ok(&[])),
            ("x[]=", Ok(&[""])),
            ("x[]=a&x[0]=b", Err((None, Some("x"), "Invalid array"))),
            ("x[a]=1", Err((None, Some("x"), "Invalid array"))),
            ("x[0]=1&x[-1]=2", Err((None, Some("x"), "Invalid array"))),
            ("x[0]=1&x[1234567890]=2", Err((None, Some("x"), "Invalid array"))),
            ("x[0][a]=1", Err((INVALID_STRING, Some("x[0]"), "a hash"))),
            ("x[][a]=1", Err((INVALID_STRING, Some("x[0]"), "a hash"))),
            ("x[]=1&x[][]=2", Err((INVALID_STRING, Some("x[1]"), "an array"))),
        ];
        for (body, want) in cases {
            match (parse(body).unwrap().take_list("x"), want) {
                (Ok(Some(list)), Ok(want)) => assert_eq!(list, *want, "{body}"),
                (Err(e), Err(refusal)) => check_refusal(e, *refusal),
                (got, want) => panic!("{body}: wanted {want:?}, got {got:?}"),
            }
        }
        assert_eq!(parse("y=1").unwrap().take_list("x").unwrap(), None);
    }

    #[test]
    fn lists_of_hashes() {
        let bodies = [
            "items[0][price]=p&items[0][quantity]=2&items[1][price]=q",
            "items[1][price]=q&items[0][price]=p&items[0][quantity]=2",
            "items[][price]=p&items[][quantity]=2&items[][price]=q",
        ];
        for body in bodies {
            let mut p = parse(body).unwrap();
            let items = p.take_hash_list("items").unwrap().unwrap();
            let got: Vec<String> = items.iter().map(render).collect();
            assert_eq!(got, [r#"{price:"p",quantity:"2"}"#, r#"{price:"q"}"#], "{body}");
            assert_eq!(items[1].path(), "items[1]");
            assert!(p.finish().is_ok());
        }
        let mut p = parse("items[0][price]=p&items[0][bad]=1").unwrap();
        let mut items = p.take_hash_list("items").unwrap().unwrap();
        assert_eq!(items[0].take_str("price").unwrap().as_deref(), Some("p"));
        let leftover = items.remove(0).finish().unwrap_err();
        check_refusal(leftover, (UNKNOWN, Some("items[0][bad]"), "items[0][bad]"));
        #[rustfmt::skip]
        let cases: &[(&str, Refusal<'_>)] = &[
            ("items=p", (None, Some("items"), "Invalid array")),
            ("items[0]=p", (None, Some("items[0]"), "Invalid hash")),
            ("items[0][]=p", (None, Some("items[0]"), "Invalid hash")),
            ("items[a][b]=p", (None, Some("items"), "Invalid array")),
        ];
        for (body, refusal) in cases {
            check_refusal(parse(body).unwrap().take_hash_list("items").unwrap_err(), *refusal);
        }
        assert_eq!(
            parse("items=").unwrap().take_hash_list("items").unwrap().unwrap().len(),
            0
        );
    }

    #[test]
    fn metadata_updates_and_limits() {
        use MetadataUpdate::{Clear, Set};
        let merge = |pairs: &[(&str, Option<&str>)]| {
            let owned = pairs.iter().map(|(k, v)| ((*k).to_owned(), v.map(str::to_owned)));
            Some(Set(owned.collect()))
        };
        let k40 = "k".repeat(40);
        let k41 = format!("metadata[{k40}k]");
        let v500 = "é".repeat(500);
        let fifty: String = (0..50).map(|i| format!("metadata[k{i}]=v&")).collect();
        let fifty_and_a_deletion = {
            let mut all: Vec<_> = (0..50).map(|i| (format!("k{i}"), Some("v".to_owned()))).collect();
            all.push(("gone".to_owned(), None));
            Some(Set(all))
        };
        #[rustfmt::skip]
        let cases: Vec<(String, Result<Option<MetadataUpdate>, Refusal<'_>>)> = vec![
            ("amount=1".into(), Ok(None)),
            ("metadata=".into(), Ok(Some(Clear))),
            ("metadata[a]=1&metadata[b]=&metadata[0]=z".into(),
                Ok(merge(&[("a", Some("1")), ("b", None), ("0", Some("z"))]))),
            ("metadata[a]=1&metadata[a]=2".into(), Ok(merge(&[("a", Some("2"))]))),
            ("metadata%5Border_id%5D=6735".into(), Ok(merge(&[("order_id", Some("6735"))]))),
            (format!("metadata[{k40}]=x"), Ok(merge(&[(&k40, Some("x"))]))),
            (format!("metadata[k]={v500}"), Ok(merge(&[("k", Some(&v500))]))),
            // Deletions do not count towards the fifty.
            (format!("{fifty}metadata[gone]="), Ok(fifty_and_a_deletion)),
            (format!("{fifty}metadata[k50]=v"), Err((None, Some("metadata"),
                "Metadata can have up to 50 keys, but you've set 51."))),
            (format!("metadata[{k40}k]=x"), Err((None, Some(&k41),
                "Metadata keys can have up to 40 characters, but you passed in a key that is \
                 41 characters. Invalid key: kkkk"))),
            (format!("metadata[k]={v500}é"), Err((None, Some("metadata[k]"),
                "Metadata values can have up to 500 characters, but you passed in a value that \
                 is 501 characters. Invalid value: éé"))),
            ("metadata=x".into(), Err((None, Some("metadata"), "Invalid hash"))),
            ("metadata[]=x".into(), Err((None, Some("metadata"), "Invalid hash"))),
            ("metadata[a][b]=x".into(), Err((INVALID_STRING, Some("metadata[a]"), "a hash"))),
            ("metadata[a[b]=x".into(), Err((None, Some("metadata[a[b]"),
                "Metadata keys cannot contain '[' or ']'"))),
            ("metadata%5Ba%5Bb%5D=x".into(), Err((None, Some("metadata[a[b]"), "cannot contain"))),
        ];
        for (body, want) in cases {
            match (parse(&body).unwrap().take_metadata(), want) {
                (Ok(got), Ok(want)) => assert_eq!(got, want, "{body}"),
                (Err(e), Err(refusal)) => check_refusal(e, refusal),
                (got, want) => panic!("{body}: wanted {want:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn the_first_leftover_is_the_first_in_the_request() {
        #[rustfmt::skip]
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            // body, names taken, first leftover
            ("amount=1", &["amount"], None),
            ("amount=1&foo=2&bar=3", &["amount"], Some("foo")),
            ("foo[x][y]=1&amount=2", &["amount"], Some("foo[x][y]")),
            ("amount=1&foo[]=2", &["amount"], Some("foo[]")),
            ("amount=1&foo[0][a]=2", &["amount"], Some("foo[0][a]")),
            ("b[y]=1&a=2&b[x]=3", &["a"], Some("b[y]")),
            ("amount=1&a[b=2", &["amount"], Some("a[b")),
            ("amount=1&a]=2", &["amount"], Some("a]")),
            ("metadata[k]=v&zz=1", &["metadata"], Some("zz")),
        ];
        for (body, taken, want) in cases {
            let mut p = parse(body).unwrap();
            for name in *taken {
                if *name == "metadata" {
                    p.take_metadata().unwrap();
                } else {
                    p.take(name).unwrap();
                }
            }
            assert_eq!(p.first_leftover().as_deref(), *want, "{body}");
            assert_eq!(p.is_empty(), want.is_none());
            match (p.finish(), want) {
                (Ok(()), None) => {}
                (Err(e), Some(param)) => {
                    let message = format!("Received unknown parameter: {param}");
                    check_refusal(e, (UNKNOWN, Some(param), &message));
                }
                (got, want) => panic!("{body}: wanted {want:?}, got {got:?}"),
            }
        }
    }

    /// A parameter set as a client builds it: strings, hashes and lists, nested.
    #[derive(Clone, Debug)]
    enum Model {
        Str(String),
        Hash(Vec<(String, Model)>),
        List(Vec<Model>),
    }

    fn model() -> impl Strategy<Value = Model> {
        // Hash keys have no digits, so they can never be read as indices.
        let leaf = any::<String>().prop_map(Model::Str);
        leaf.prop_recursive(3, 24, 3, |inner| {
            prop_oneof![
                prop::collection::btree_map("[a-z_]{1,6}", inner.clone(), 1..4)
                    .prop_map(|m| Model::Hash(m.into_iter().collect())),
                prop::collection::vec(inner, 1..4).prop_map(Model::List),
            ]
        })
    }

    fn top_level() -> impl Strategy<Value = Vec<(String, Model)>> {
        prop::collection::btree_map("[a-z_]{1,8}", model(), 0..5).prop_map(|m| m.into_iter().collect())
    }

    /// The pairs of a model, `(name, value)`, in the order a client sends them.
    fn flatten(prefix: String, model: &Model, out: &mut Vec<(String, String)>) {
        match model {
            Model::Str(s) => out.push((prefix, s.clone())),
            Model::Hash(entries) => {
                for (k, v) in entries {
                    flatten(format!("{prefix}[{k}]"), v, out);
                }
            }
            Model::List(items) => {
                for (i, v) in items.iter().enumerate() {
                    flatten(format!("{prefix}[{i}]"), v, out);
                }
            }
        }
    }

    /// How a client encodes one name or value.
    #[derive(Clone, Copy)]
    struct Encoding {
        space_as_plus: bool,
        raw_brackets: bool,
        lower_hex: bool,
    }

    /// stripe-node: `qs` with RFC 3986 escapes, then brackets put back raw.
    const STRIPE_NODE: Encoding = Encoding {
        space_as_plus: false,
        raw_brackets: true,
        lower_hex: false,
    };

    /// Percent-encodes everything but RFC 3986's unreserved characters, as `qs` does.
    fn encode(text: &str, how: Encoding) -> String {
        let mut out = String::new();
        for &b in text.as_bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
                b'[' | b']' if how.raw_brackets => out.push(b as char),
                b' ' if how.space_as_plus => out.push('+'),
                _ if how.lower_hex => out.push_str(&format!("%{b:02x}")),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
        out
    }

    fn encode_pairs(pairs: &[(String, String)], how: Encoding) -> String {
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    encode(k, how),
                    encode(
                        v,
                        Encoding {
                            raw_brackets: false,
                            ..how
                        }
                    )
                )
            })
            .collect();
        encoded.join("&")
    }

    /// The tree [`render`] shows for a model: a list is a map keyed by index, as sent.
    fn render_model(entries: &[(String, Model)]) -> String {
        fn value(model: &Model, out: &mut String) {
            match model {
                Model::Str(s) => out.push_str(&format!("{s:?}")),
                Model::Hash(entries) => map(entries.iter().map(|(k, v)| (k.clone(), v)), out),
                Model::List(items) => map(items.iter().enumerate().map(|(i, v)| (i.to_string(), v)), out),
            }
        }
        fn map<'a>(entries: impl Iterator<Item = (String, &'a Model)>, out: &mut String) {
            out.push('{');
            for (i, (k, v)) in entries.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&k);
                out.push(':');
                value(v, out);
            }
            out.push('}');
        }
        let mut out = String::new();
        map(entries.iter().map(|(k, v)| (k.clone(), v)), &mut out);
        out
    }

    /// Bodies that look like forms: names, brackets raw and encoded, stray `%`, bad UTF-8.
    fn formish() -> impl Strategy<Value = Vec<u8>> {
        let part = prop::sample::select(vec![
            &b"["[..],
            b"]",
            b"[]",
            b"%5B",
            b"%5D",
            b"=",
            b"&",
            b"%",
            b"%FF",
            b"+",
            b"a",
            b"0",
            b"metadata",
            b"\xc3",
        ]);
        prop::collection::vec(part, 0..64).prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn parse_never_panics(
            bytes in prop_oneof![prop::collection::vec(any::<u8>(), 0..512), formish()]
        ) {
            let limits = FormLimits { max_depth: 4, ..FormLimits::default() };
            if let Ok(mut params) = Params::parse(&bytes, &limits) {
                // Taking things out, in every way, must not panic either.
                let _ = params.take_metadata();
                for name in ["a", "a]", "0", "[]", "metadata"] {
                    let _ = params.take_list(name);
                    let _ = params.take_hash_list(name);
                    let _ = params.take_hash(name);
                    let _ = params.take_i64(name);
                    let _ = params.take_bool(name);
                }
                let _ = params.first_leftover();
                let _ = params.finish();
            }
        }

        #[test]
        fn what_clients_send_parses_back(
            entries in top_level(),
            space_as_plus in any::<bool>(),
            lower_hex in any::<bool>(),
        ) {
            let mut pairs = Vec::new();
            for (name, value) in &entries {
                flatten(name.clone(), value, &mut pairs);
            }
            let want = render_model(&entries);
            let as_stripe_node = encode_pairs(&pairs, STRIPE_NODE);
            let parsed = Params::parse(as_stripe_node.as_bytes(), &FormLimits::default());
            prop_assert_eq!(render(&parsed.unwrap()), want.clone());
            // Everything encoded, brackets included, `+` or not, either case of hex.
            let how = Encoding { space_as_plus, raw_brackets: false, lower_hex };
            let parsed = Params::parse(encode_pairs(&pairs, how).as_bytes(), &FormLimits::default());
            prop_assert_eq!(render(&parsed.unwrap()), want);
        }

        #[test]
        fn lists_come_back_in_order(
            items in prop::collection::vec(any::<String>(), 1..12),
            indexed in any::<bool>(),
        ) {
            let how = Encoding { space_as_plus: true, raw_brackets: false, lower_hex: false };
            let body: Vec<String> = items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let name = if indexed { format!("x[{i}]") } else { "x[]".to_owned() };
                    format!("{name}={}", encode(v, how))
                })
                .collect();
            let parsed = Params::parse(body.join("&").as_bytes(), &FormLimits::default());
            let mut params = parsed.unwrap();
            prop_assert_eq!(params.take_list("x").unwrap().unwrap(), items);
            prop_assert!(params.finish().is_ok());
        }
    }
}
