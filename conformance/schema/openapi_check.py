"""Checks Stripe JSON bodies against the OpenAPI 3.0 schemas in vendor/stripe-openapi/subset.json.

Why our own validator (about 250 lines, stdlib only) and not a PyPI package such as
openapi-schema-validator: the questions this suite asks are narrow (required, type with
integer != number != boolean, OpenAPI 3.0 `nullable`, enum, anyOf, $ref, items,
additionalProperties, maxLength, pattern), and the answers must name the JSON path of
each failure in words a server author can act on ("data[3].fee: integer expected, got
string '33'"). Generic JSON-Schema validators report a failed `anyOf` over an expandable
field (string | 18 object schemas) as one opaque line, and OpenAPI 3.0's `nullable`
beside `anyOf` is exactly where their OAS 3.0 dialects have differed between releases.
Here each rule is a few visible lines and the self-test (selftest.py) pins them.

Which schema a body is checked against:
  * an error status (>= 400), or a body shaped `{"error": {...}}`: `error`;
  * otherwise the response schema that subset.json's `paths` declare for the method and
    path (so POST /v1/charges must return a `charge`, GET /v1/transfers a list of
    `transfer`); for a path the subset does not declare, the component schema that the
    body's `object` names (its deleted stub's, when it says `deleted: true`).
An `anyOf` with a `discriminator` (dts_schema's `event`) is checked against the one branch
the discriminating property names.
Inside a body, an object whose schema gives no properties (an event's `data.object`)
or a field the 2024 schema does not know (a charge's `source` in newer API versions)
is checked against the component schema its own `object` names, when it has one.
"""

import json
import re
from dataclasses import dataclass, field

# Fields whose content is a partial object by design: never dispatch them by `object`.
PARTIAL_OBJECT_FIELDS = {"previous_attributes"}


@dataclass
class Failure:
    path: str  # JSON path inside the body, e.g. "data[2].fee_details[0].amount"
    message: str

    def __str__(self):
        return f"{self.path or '<body>'}: {self.message}"


@dataclass
class Report:
    failures: list = field(default_factory=list)
    # How many objects of each `object` type were checked against their resource schema,
    # at any depth (a list of 10 balance transactions counts 10).
    objects: dict = field(default_factory=dict)
    # The `object` of the top-level body ("list" bodies are named "list(<item object>)").
    top: str = ""

    @property
    def ok(self):
        return not self.failures


class Spec:
    """The schemas of subset.json, with lookups by `$ref`, by `object` name and by path."""

    def __init__(self, source):
        """`source`: the path of an OpenAPI JSON file, or the document already parsed."""
        if isinstance(source, dict):
            doc = source
        else:
            with open(source) as f:
                doc = json.load(f)
        self.doc = doc
        self.schemas = doc["components"]["schemas"]
        # object name -> component schema name, from each schema's `object` enum.
        self.by_object = {}
        # object name -> the schema of its deleted stub ({id, object, deleted: true}).
        self.deleted_by_object = {}
        for name, schema in self.schemas.items():
            values = schema.get("properties", {}).get("object", {}).get("enum", [])
            # deleted_account also says "account": the live resource wins.
            if len(values) == 1 and name.startswith(("deleted_", "Deleted")) and "." not in name:
                self.deleted_by_object[values[0]] = name
            elif len(values) == 1 and "x-resourceId" in schema:
                self.by_object[values[0]] = name
        # (METHOD, compiled path regex, path template, response schema)
        self.operations = []
        for template, item in doc.get("paths", {}).items():
            regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                ok = op["responses"].get("200", {}).get("content", {})
                schema = ok.get("application/json", {}).get("schema")
                if schema is not None:
                    self.operations.append((method.upper(), regex, template, schema))
        # A literal segment wins over a parameter, as in Stripe's router: GET /v1/charges/search
        # is the search, not the charge with id "search". Fewer parameters first; the sort is
        # stable, so the spec's own order decides the rest.
        self.operations.sort(key=lambda op: op[2].count("{"))

    def resolve(self, schema):
        while "$ref" in schema:  # OpenAPI 3.0: siblings of $ref are ignored
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def response_schema(self, method, path):
        """The declared 200 schema for METHOD path (query string ignored), or None."""
        path = path.split("?", 1)[0]
        for m, regex, _template, schema in self.operations:
            if m == method.upper() and regex.match(path):
                return schema
        return None

    def resource_schema(self, obj, deleted=False):
        """The schema of resource `obj` (of its deleted stub with `deleted`, when the spec has
        one)."""
        name = (deleted and self.deleted_by_object.get(obj)) or self.by_object.get(obj)
        return self.schemas[name] if name else None


def _describe(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {json.dumps(value)}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    if isinstance(value, list):
        return f"array of {len(value)}"
    return "object" + (f" {value.get('object')!r}" if isinstance(value.get("object"), str) else "")


_TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class Checker:
    def __init__(self, spec):
        self.spec = spec

    def check_body(self, body, method="GET", path="", status=200):
        """Check one response body; returns a Report with failures and object counts."""
        report = Report()
        if not isinstance(body, dict):
            report.failures.append(Failure("", f"a JSON object expected, got {_describe(body)}"))
            return report
        if status >= 400 or ("error" in body and "object" not in body):
            report.top = "error"
            if status < 400:
                report.failures.append(Failure("", f"an error body with HTTP status {status}"))
            self._check(body, self.spec.schemas["error"], "", report)
            report.objects["error"] = report.objects.get("error", 0) + 1
            return report
        obj = body.get("object")
        report.top = obj if obj != "list" else "list(" + self._item_object(body) + ")"
        if obj is None:
            why = "required field missing" if "object" not in body else "null, but the schema is not nullable"
            report.failures.append(Failure("object", why + " (no schema can be chosen without it)"))
            return report
        declared = self.spec.response_schema(method, path) if path else None
        if declared is not None:
            self._check(body, declared, "", report)
        elif obj == "list":
            self._check_list_envelope(body, report)
        elif isinstance(obj, str) and self.spec.resource_schema(obj) is not None:
            self._check(body, self.spec.resource_schema(obj, deleted=body.get("deleted") is True), "", report)
        else:
            report.failures.append(
                Failure("object", f"{_describe(obj)} not in enum of the objects subset.json describes"))
        return report

    @staticmethod
    def _item_object(body):
        data = body.get("data")
        kinds = sorted({d.get("object") for d in data if isinstance(d, dict)} - {None}) \
            if isinstance(data, list) else []
        return "|".join(kinds) or "empty"

    def _check_list_envelope(self, body, report):
        for name, kind in (("object", "string"), ("data", "array"),
                           ("has_more", "boolean"), ("url", "string")):
            if name not in body:
                report.failures.append(Failure(name, "required field missing"))
            elif not _TYPE_CHECKS[kind](body[name]):
                report.failures.append(Failure(name, f"{kind} expected, got {_describe(body[name])}"))
        for i, item in enumerate(body.get("data") or []):
            self._check_by_object(item, f"data[{i}]", report)

    def _check_by_object(self, value, path, report):
        obj = value.get("object") if isinstance(value, dict) else None
        schema = self.spec.resource_schema(obj) if isinstance(obj, str) else None
        if schema is None:
            report.failures.append(Failure(path, f"no schema in subset.json for {_describe(value)}"))
        else:
            self._check(value, schema, path, report)

    def _check(self, value, schema, path, report):
        """Append to report.failures every way `value` breaks `schema`; return True if none."""
        before = len(report.failures)
        schema = self.spec.resolve(schema)

        if value is None:
            constrained = any(k in schema for k in ("type", "anyOf", "enum", "properties"))
            if constrained and not schema.get("nullable", False):
                report.failures.append(Failure(path, "null, but the schema is not nullable"))
            return len(report.failures) == before

        if "anyOf" in schema and "discriminator" in schema and isinstance(value, dict):
            # OpenAPI's discriminator: the branch is the one the property's value maps to.
            prop = schema["discriminator"]["propertyName"]
            ref = schema["discriminator"].get("mapping", {}).get(value.get(prop))
            at = f"{path}.{prop}" if path else prop
            if prop not in value:
                report.failures.append(Failure(at, "required field missing (it chooses the schema)"))
            elif value[prop] is None:
                report.failures.append(Failure(at, "null, but the schema is not nullable"))
            elif ref is None:
                report.failures.append(Failure(at, f"{_describe(value[prop])} not in enum of the "
                                                    f"discriminator's mapping (no schema for it)"))
            else:
                self._check(value, {"$ref": ref}, path, report)
            return len(report.failures) == before

        if "anyOf" in schema:
            self._check_any_of(value, schema["anyOf"], path, report)
            return len(report.failures) == before

        kind = schema.get("type")
        if kind is not None and not _TYPE_CHECKS[kind](value):
            report.failures.append(Failure(path, f"{kind} expected, got {_describe(value)}"))
            return False

        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(json.dumps(v) for v in schema["enum"][:12])
            more = ", ..." if len(schema["enum"]) > 12 else ""
            report.failures.append(Failure(path, f"{_describe(value)} not in enum [{allowed}{more}]"))
        if isinstance(value, str):
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                report.failures.append(Failure(path, f"longer than maxLength {schema['maxLength']}"))
            if "pattern" in schema and not re.search(schema["pattern"], value):
                report.failures.append(Failure(path, f"does not match pattern {schema['pattern']!r}"))
        elif isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                self._check(item, schema["items"], f"{path}[{i}]", report)
        elif isinstance(value, dict):
            self._check_object(value, schema, path, report)
        return len(report.failures) == before

    def _check_object(self, value, schema, path, report):
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        if props is None and extra is None:
            # A free-form object (an event's data.object): check it as the resource it says it is.
            leaf = path.rsplit(".", 1)[-1]
            obj = value.get("object")
            if leaf in PARTIAL_OBJECT_FIELDS:
                return
            if isinstance(obj, str) and self.spec.resource_schema(obj) is not None:
                self._check(value, self.spec.resource_schema(obj), path, report)
            elif leaf == "object":  # event.data.object must say which resource it holds
                at = f"{path}.object"
                if "object" not in value:
                    report.failures.append(Failure(at, "required field missing (data.object must name its resource)"))
                elif not isinstance(obj, str):
                    report.failures.append(Failure(at, f"string expected, got {_describe(obj)}"))
                # else: a resource outside the subset (Stripe's fixture event holds a `plan`): nothing to check
            return
        props = props or {}
        join = (lambda k: f"{path}.{k}") if path else (lambda k: k)
        for name in schema.get("required", []):
            if name not in value:
                report.failures.append(Failure(join(name), "required field missing"))
        for name, item in value.items():
            if name in props:
                self._check(item, props[name], join(name), report)
            elif isinstance(extra, dict):
                self._check(item, extra, join(name), report)
            elif extra is False:
                report.failures.append(Failure(join(name), "field not allowed here"))
            elif isinstance(item, dict) and isinstance(item.get("object"), str) \
                    and self.spec.resource_schema(item["object"]) is not None:
                # A field newer than the 2024 schema that holds a resource (charge.source).
                self._check(item, self.spec.resource_schema(item["object"]), join(name), report)
        if "x-resourceId" in schema and isinstance(value.get("object"), str):
            report.objects[value["object"]] = report.objects.get(value["object"], 0) + 1

    def _check_any_of(self, value, branches, path, report):
        # Try every branch on a scratch report; keep the counts of the one that passes.
        attempts = []
        for branch in branches:
            scratch = Report()
            if self._check(value, branch, path, scratch):
                for k, n in scratch.objects.items():
                    report.objects[k] = report.objects.get(k, 0) + n
                return
            attempts.append((self.spec.resolve(branch), scratch))
        # No branch fits: explain through the branch the value was meant for.
        names = [self._branch_name(b) for b, _ in attempts]
        meant = None
        if isinstance(value, dict):
            meant = next((s for b, s in attempts
                          if value.get("object") in b.get("properties", {}).get("object", {}).get("enum", [])), None)
            objects = [s for b, s in attempts if b.get("type") == "object"]
            if meant is None and objects:
                # No `object` to go by: explain through the object branch it comes closest to.
                meant = min(objects, key=lambda s: len(s.failures))
        else:
            meant = next((s for b, s in attempts if b.get("type") != "object"), None)
        if meant is not None:
            report.failures.extend(meant.failures)
        else:
            report.failures.append(Failure(path, f"{_describe(value)} matches none of: {', '.join(names)}"))

    @staticmethod
    def _branch_name(schema):
        enum = schema.get("properties", {}).get("object", {}).get("enum")
        if enum:
            return enum[0]
        return schema.get("title") or schema.get("type") or "schema"
