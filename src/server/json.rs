//! The JSON bodies of Stripe's v2 API, read as handlers read a form: a handler takes the
//! fields it knows out of a [`Fields`], and whatever is left is refused by name.
//!
//! API v2 sends `application/json` bodies (docs.stripe.com/api-v2-overview), so a field has
//! a type of its own: a string is `"…"`, a boolean `true`, an integer a JSON number. A
//! field sent with the wrong type is refused naming it with its full dotted path
//! (`configuration.merchant.capabilities`), as v2 names fields. `null` is "not given",
//! except in `metadata`, where it removes a key (v2's rule for metadata).
//!
//! Leftovers are reported in the order of their names (the body is a JSON object, whose
//! members have no order a client can rely on). A body's size is the pipeline's limit, and
//! `serde_json` refuses nesting deeper than 128 levels before anything here looks at it.

use serde_json::{Map, Value};

use super::error::ApiError;
use crate::ledger::{METADATA_MAX_KEY_CHARS, METADATA_MAX_KEYS, METADATA_MAX_VALUE_CHARS, MetadataUpdate};

/// The members of one JSON object of a request, with the dotted path that leads to it.
#[derive(Debug, Default)]
pub struct Fields {
    /// `configuration.merchant`; empty at the top level.
    path: String,
    map: Map<String, Value>,
}

/// What a field holds, for the error that says it holds the wrong thing.
fn shape(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl Fields {
    /// Reads a request body: nothing at all is the empty object; anything else must be one
    /// JSON object.
    pub fn parse(body: &[u8]) -> Result<Fields, ApiError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Fields::default());
        }
        let value: Value = serde_json::from_slice(body).map_err(|e| ApiError::v2_invalid_json(&e.to_string()))?;
        match value {
            Value::Object(map) => Ok(Fields {
                path: String::new(),
                map,
            }),
            other => Err(ApiError::v2_body_not_object(shape(&other))),
        }
    }

    /// The full dotted path of the member `name`.
    pub fn child(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    /// Whether nothing is left.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Whether `name` was sent (with any value, `null` included).
    pub fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    /// Takes `name` out, `null` as absent.
    fn take(&mut self, name: &str) -> Option<Value> {
        self.map.remove(name).filter(|v| !v.is_null())
    }

    fn wrong(&self, name: &str, want: &str, got: &Value) -> ApiError {
        ApiError::v2_wrong_type(self.child(name), want, shape(got))
    }

    /// Takes a string.
    pub fn take_str(&mut self, name: &str) -> Result<Option<String>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.wrong(name, "a string", &other)),
        }
    }

    /// Takes a boolean: JSON's `true` or `false`, never the text.
    pub fn take_bool(&mut self, name: &str) -> Result<Option<bool>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(b)),
            Some(other) => Err(self.wrong(name, "a boolean", &other)),
        }
    }

    /// Takes an integer: a JSON number without a fraction that fits an `i64`.
    pub fn take_integer(&mut self, name: &str) -> Result<Option<i64>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Number(n)) if n.as_i64().is_some() => Ok(n.as_i64()),
            Some(other) => Err(self.wrong(name, "an integer", &other)),
        }
    }

    /// Takes a list of strings.
    pub fn take_str_list(&mut self, name: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    match item {
                        Value::String(s) => out.push(s),
                        other => {
                            let element = format!("{}[{i}]", self.child(name));
                            return Err(ApiError::v2_wrong_type(element, "a string", shape(&other)));
                        }
                    }
                }
                Ok(Some(out))
            }
            Some(other) => Err(self.wrong(name, "an array", &other)),
        }
    }

    /// Takes an object as its own `Fields`, whose errors and leftovers are named under this
    /// one's path.
    pub fn take_object(&mut self, name: &str) -> Result<Option<Fields>, ApiError> {
        match self.take(name) {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(Fields {
                path: self.child(name),
                map,
            })),
            Some(other) => Err(self.wrong(name, "an object", &other)),
        }
    }

    /// Takes `metadata`: an object of strings, where `null` removes a key (v2's rule, where
    /// v1 uses the empty string), within Stripe's limits on keys and values.
    pub fn take_metadata(&mut self) -> Result<Option<MetadataUpdate>, ApiError> {
        const NAME: &str = "metadata";
        let path = self.child(NAME);
        let map = match self.map.remove(NAME) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::Object(map)) => map,
            Some(other) => return Err(ApiError::v2_wrong_type(path, "an object", shape(&other))),
        };
        let mut changes = Vec::with_capacity(map.len());
        let mut set = 0;
        for (key, value) in map {
            let param = format!("{path}.{key}");
            let value = match value {
                Value::Null => None,
                Value::String(s) => Some(s),
                other => return Err(ApiError::v2_wrong_type(param, "a string or null", shape(&other))),
            };
            if key.is_empty() || key.chars().count() > METADATA_MAX_KEY_CHARS {
                return Err(ApiError::metadata_key_too_long(param, METADATA_MAX_KEY_CHARS, &key));
            }
            if let Some(value) = &value {
                if value.chars().count() > METADATA_MAX_VALUE_CHARS {
                    return Err(ApiError::metadata_value_too_long(
                        param,
                        METADATA_MAX_VALUE_CHARS,
                        value,
                    ));
                }
                set += 1;
            }
            changes.push((key, value));
        }
        if set > METADATA_MAX_KEYS {
            return Err(ApiError::metadata_too_many_keys(path, METADATA_MAX_KEYS, set));
        }
        Ok(Some(MetadataUpdate::Set(changes)))
    }

    /// Takes a string that must be one of `choices`.
    pub fn take_choice(&mut self, name: &str, choices: &[&'static str]) -> Result<Option<&'static str>, ApiError> {
        let Some(value) = self.take_str(name)? else {
            return Ok(None);
        };
        choices
            .iter()
            .copied()
            .find(|c| *c == value)
            .map(Some)
            .ok_or_else(|| ApiError::invalid_choice(self.child(name), &value, choices))
    }

    /// Ends a handler's reading: anything left is a field debitsim does not read, named by
    /// its full path (the first, by name).
    pub fn finish(self) -> Result<(), ApiError> {
        match self.map.keys().next() {
            None => Ok(()),
            Some(first) => Err(ApiError::v2_unknown_field(self.child(first))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::StatusCode;

    fn parse(body: &str) -> Fields {
        Fields::parse(body.as_bytes()).unwrap()
    }

    #[track_caller]
    fn check_refused(got: Result<impl std::fmt::Debug, ApiError>, param: Option<&str>, phrase: &str) {
        let error = got.expect_err("refused");
        assert_eq!(error.status, StatusCode::BAD_REQUEST, "{error}");
        assert_eq!(error.param.as_deref(), param, "{error}");
        assert!(error.message.contains(phrase), "{phrase:?} not in {error}");
    }

    #[test]
    fn fields_are_taken_with_their_types() {
        let mut f = parse(
            r#"{"a":"x","b":true,"c":["p","q"],"d":{"e":"y","f":null},"g":null,"metadata":{"k":"v","gone":null}}"#,
        );
        assert_eq!(f.take_str("a").unwrap().as_deref(), Some("x"));
        assert_eq!(f.take_bool("b").unwrap(), Some(true));
        assert_eq!(
            f.take_str_list("c").unwrap(),
            Some(vec!["p".to_owned(), "q".to_owned()])
        );
        let mut d = f.take_object("d").unwrap().unwrap();
        assert_eq!(d.child("e"), "d.e");
        assert_eq!(d.take_str("e").unwrap().as_deref(), Some("y"));
        assert_eq!(d.take_str("f").unwrap(), None, "null is not given");
        d.finish().unwrap();
        assert_eq!(f.take_str("g").unwrap(), None);
        assert_eq!(
            f.take_metadata().unwrap(),
            Some(MetadataUpdate::Set(vec![
                ("gone".into(), None),
                ("k".into(), Some("v".into()))
            ]))
        );
        assert_eq!(f.take_str("absent").unwrap(), None);
        f.finish().unwrap();
        assert!(parse("").is_empty());
        assert!(parse(" \n").is_empty());
    }

    #[test]
    fn wrong_bodies_and_fields_are_refused_by_name() {
        check_refused(Fields::parse(b"display_name=x"), None, "JSON");
        check_refused(Fields::parse(b"{\"a\":"), None, "JSON");
        check_refused(Fields::parse(b"[1]"), None, "an array");
        check_refused(parse(r#"{"a":1}"#).take_str("a"), Some("a"), "a number");
        check_refused(parse(r#"{"a":"true"}"#).take_bool("a"), Some("a"), "a string");
        check_refused(parse(r#"{"a":[1]}"#).take_str_list("a"), Some("a[0]"), "a number");
        check_refused(parse(r#"{"a":"x"}"#).take_object("a"), Some("a"), "a string");
        check_refused(
            parse(r#"{"metadata":{"k":1}}"#).take_metadata(),
            Some("metadata.k"),
            "a number",
        );
        check_refused(parse(r#"{"a":"z"}"#).take_choice("a", &["x", "y"]), Some("a"), "x or y");
        let mut nested = parse(r#"{"d":{"zz":1,"e":"y"}}"#);
        let mut d = nested.take_object("d").unwrap().unwrap();
        d.take_str("e").unwrap();
        check_refused(d.finish(), Some("d.zz"), "d.zz");
        check_refused(parse(r#"{"b":1,"a":2}"#).finish(), Some("a"), "a");
    }
}
