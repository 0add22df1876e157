//! The server's table of Stripe's parameters (`src/server/spec/params.tsv`) is derived from
//! the vendored OpenAPI spec, and this test derives it again: the two never drift apart.
//!
//! `DEBITSIM_UPDATE_SPEC=1 cargo test --test it spec::` rewrites the table from the spec.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

/// How deep a form parameter can nest (the form decoder's limit is 8 levels).
const MAX_DEPTH: usize = 8;

struct Walker<'a> {
    schemas: &'a serde_json::Map<String, Value>,
    /// Parameter path → the largest `maxLength` any alternative gives it (0 for none).
    found: BTreeMap<String, u32>,
}

impl Walker<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.rsplit('/').next().unwrap();
                &self.schemas[name]
            }
            None => schema,
        }
    }

    fn walk(&mut self, schema: &Value, path: &str, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let schema = self.resolve(schema).clone();
        let max = schema.get("maxLength").and_then(Value::as_u64).unwrap_or(0) as u32;
        let entry = self.found.entry(path.to_owned()).or_insert(0);
        *entry = (*entry).max(max);
        for key in ["anyOf", "oneOf", "allOf"] {
            for alternative in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                self.walk(alternative, path, depth);
            }
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                self.walk(property, &format!("{path}[{name}]"), depth + 1);
            }
        }
        if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
            self.walk(values, &format!("{path}[*]"), depth + 1);
        }
        if let Some(items) = schema.get("items") {
            self.walk(items, &format!("{path}[]"), depth + 1);
        }
    }
}

/// The table as the spec gives it: `METHOD\tPATH\tPARAM\tMAXLENGTH` (0 when unlimited), one
/// line per parameter path of every operation in the spec, sorted.
fn derive(spec: &Value) -> String {
    let schemas = spec["components"]["schemas"].as_object().unwrap();
    let mut lines = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let mut walker = Walker {
                schemas,
                found: BTreeMap::new(),
            };
            for parameter in operation["parameters"].as_array().into_iter().flatten() {
                if parameter["in"] == "query" {
                    let name = parameter["name"].as_str().unwrap();
                    walker.walk(&parameter["schema"], name, 1);
                }
            }
            let body = &operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"];
            if let Some(properties) = body.get("properties").and_then(Value::as_object) {
                for (name, property) in properties {
                    walker.walk(property, name, 1);
                }
            }
            for (param, max) in walker.found {
                lines.push(format!("{}\t{path}\t{param}\t{max}", method.to_uppercase()));
            }
        }
    }
    lines.sort();
    let mut table =
        String::from("# Derived from vendor/stripe-openapi/subset.json by tests/it/spec.rs; do not edit.\n");
    for line in lines {
        table.push_str(&line);
        table.push('\n');
    }
    table
}

#[test]
fn the_parameter_table_is_the_one_the_vendored_spec_gives() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("vendor/stripe-openapi/subset.json")).unwrap())
            .unwrap();
    let expected = derive(&spec);
    let table = root.join("src/server/spec/params.tsv");
    if std::env::var_os("DEBITSIM_UPDATE_SPEC").is_some() {
        std::fs::write(&table, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&table).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is not what the vendored spec gives; regenerate it with \
         DEBITSIM_UPDATE_SPEC=1 cargo test --test it spec::",
        table.display()
    );
}

/// The event types a webhook endpoint may enable, as the spec's `enabled_events` enum lists
/// them, sorted.
fn derive_event_types(spec: &Value) -> String {
    let enabled = &spec["paths"]["/v1/webhook_endpoints"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
        ["schema"]["properties"]["enabled_events"]["items"]["enum"];
    let mut types: Vec<&str> = enabled
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    types.sort_unstable();
    let mut list = String::from("# Derived from vendor/stripe-openapi/subset.json by tests/it/spec.rs; do not edit.\n");
    for name in types {
        list.push_str(name);
        list.push('\n');
    }
    list
}

#[test]
fn the_event_type_list_is_the_one_the_vendored_spec_gives() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("vendor/stripe-openapi/subset.json")).unwrap())
            .unwrap();
    let expected = derive_event_types(&spec);
    let list = root.join("src/server/spec/event_types.txt");
    if std::env::var_os("DEBITSIM_UPDATE_SPEC").is_some() {
        std::fs::write(&list, &expected).unwrap();
    }
    assert!(
        std::fs::read_to_string(&list).unwrap_or_default() == expected,
        "{} is not what the vendored spec gives; regenerate it with \
         DEBITSIM_UPDATE_SPEC=1 cargo test --test it spec::",
        list.display()
    );
    // Every v1 event debitsim emits is one an endpoint can enable (thin events of API v2
    // are event destinations', which check them against Stripe's thin types).
    for kind in debitsim::ledger::EventType::ALL.iter().filter(|k| !k.is_thin()) {
        assert!(
            debitsim::server::spec::is_event_type(kind.as_str()),
            "{}",
            kind.as_str()
        );
    }
    assert!(debitsim::server::spec::is_event_type("*"));
    assert!(!debitsim::server::spec::is_event_type("charge.succeded"));
}

/// Every capability Stripe's spec knows is one an account may request here.
#[test]
fn every_capability_of_the_spec_is_known() {
    let table = include_str!("../../src/server/spec/params.tsv");
    let mut found = 0;
    for line in table
        .lines()
        .filter(|l| l.starts_with("POST\t/v1/accounts\tcapabilities["))
    {
        let param = line.split('\t').nth(2).unwrap();
        let name = &param["capabilities[".len()..param.find(']').unwrap()];
        assert!(debitsim::ledger::CAPABILITIES.contains(&name), "{name}");
        found += 1;
    }
    assert!(found > 40, "{found}");
    assert!(debitsim::ledger::CAPABILITIES.windows(2).all(|w| w[0] < w[1]));
}
