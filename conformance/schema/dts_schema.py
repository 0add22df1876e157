"""Stripe's newest object shapes, read from the official Node SDK's own type definitions.

Stripe publishes its OpenAPI description on GitHub, not on a package registry; the newest
machine-readable description a registry carries is the `.d.ts` files of the `stripe` npm
package, generated from that same OpenAPI description. vendor/stripe-node-types/ keeps the
files of the resources debitsim serves, verbatim (SOURCE.md there names the release and
checksums). This module turns their interfaces into the OpenAPI-like document that
openapi_check.Spec reads, so a body rendered for a new API version is checked exactly like
one rendered for 2024-04-10:

  * `name: T` is a required field, `name?: T` one that may be absent (the generator writes
    `?` where the OpenAPI schema does not list the field as required);
  * `T | null` is nullable; a union of string literals is an enum (`OtherString`, the SDK's
    escape hatch for values added later, is dropped); `string | Charge` is Stripe's
    expandable field (an id or the object);
  * `Array<T>` is an array; `{ [key: string]: T }` and `Metadata` are maps;
  * a name the vendored files do not define (a resource debitsim does not serve, such as
    `Review`) accepts any value: the check is of what is served, not of what is referred to;
  * `interface A extends B` has B's fields, A's own replacing B's of the same name (each event
    type extends `EventBase`, its `data` naming the object it carries);
  * a file under a folder of `resources/` (`TestHelpers/TestClocks.d.ts`) is also read as that
    folder's namespace (`TestHelpers.TestClock`), as the package's `index.d.ts` re-exports it;
  * the union `Event` becomes the `event` resource: one branch per event type, chosen by the
    body's `type` (an OpenAPI `discriminator`), so an event's `data.object` is checked as the
    resource its type carries.

Only the subset of TypeScript those generated files use is read; anything else is an error
naming the file, so a new SDK release that writes types differently fails loudly.
"""

import os
import re

_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
_DECL = re.compile(
    r"(?:export\s+)?(?:declare\s+)?(interface|namespace|type|class|module)\s+"
    r"('[^']*'|[A-Za-z_][\w]*)\s*(?:<[^>{=]*>)?\s*(?:extends\s+([^{]+))?")


class DtsError(Exception):
    pass


def _block(text, start):
    """The index just past the `}` matching the `{` at text[start]."""
    depth = 0
    for i in range(start, len(text)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    raise DtsError("unbalanced braces")


def _split_top(text, seps):
    """Splits `text` on any of `seps` outside brackets of any kind."""
    parts, depth, cur = [], 0, []
    for c in text:
        if c in "{<([":
            depth += 1
        elif c in "}>)]":
            depth -= 1
        if depth == 0 and c in seps:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


class Types:
    """Every interface and type alias of a set of .d.ts files, by qualified name."""

    def __init__(self):
        self.interfaces = {}  # "PaymentIntent.NextAction" -> [(name, optional, type text)]
        self.aliases = {}  # "PaymentIntent.Status" -> type text
        self.scopes = {}  # qualified name -> the namespace it was declared in
        self.bases = {}  # qualified interface name -> the type texts it extends

    def read_file(self, path, namespace=None):
        """Reads one file; with `namespace`, its top-level declarations are also that
        namespace's (`TestHelpers.TestClock` for `TestClock` of `TestHelpers/TestClocks.d.ts`)."""
        with open(path) as f:
            text = _COMMENT.sub("", f.read())
        before = set(self.interfaces) | set(self.aliases)
        try:
            self._read(text, "")
        except DtsError as e:
            raise DtsError(f"{path}: {e}") from None
        if namespace:
            for name in sorted((set(self.interfaces) | set(self.aliases)) - before):
                if "." not in name and f"{namespace}.{name}" not in self.aliases:
                    self.aliases[f"{namespace}.{name}"] = name
                    self.scopes[f"{namespace}.{name}"] = ""

    def _read(self, text, scope):
        pos = 0
        while True:
            m = _DECL.search(text, pos)
            if not m:
                return
            kind, name = m.group(1), m.group(2)
            end = m.end()
            if kind == "type":
                eq = text.index("=", end)
                semi = eq + 1
                depth = 0
                while True:
                    c = text[semi]
                    if c in "{<(":
                        depth += 1
                    elif c in "}>)":
                        depth -= 1
                    elif c == ";" and depth == 0:
                        break
                    semi += 1
                qualified = f"{scope}.{name}" if scope else name
                self.aliases[qualified] = text[eq + 1:semi].strip()
                self.scopes[qualified] = scope
                pos = semi + 1
                continue
            brace = text.index("{", end)
            close = _block(text, brace)
            body = text[brace + 1:close - 1]
            if kind == "module" or (kind == "namespace" and name == "Stripe" and not scope):
                self._read(body, scope)  # `declare module 'stripe' { namespace Stripe {`: the top
            elif kind == "namespace":
                self._read(body, f"{scope}.{name}" if scope else name)
            elif kind == "interface":
                qualified = f"{scope}.{name}" if scope else name
                self.interfaces[qualified] = self._members(body)
                self.scopes[qualified] = scope
                if m.group(3):
                    self.bases[qualified] = _split_top(m.group(3), ",")
            pos = close

    @staticmethod
    def _members(body):
        members = []
        for item in _split_top(body, ";"):
            m = re.match(r"^(readonly\s+)?('[^']+'|[\w$]+)(\?)?\s*:\s*(.*)$", item, re.S)
            if not m:
                if item.startswith("["):
                    members.append(("[key]", True, item.split("]", 1)[1].lstrip(" :").strip()))
                    continue
                if "(" in item:
                    continue  # a method
                raise DtsError(f"cannot read member {item[:60]!r}")
            members.append((m.group(2).strip("'"), bool(m.group(3)), m.group(4).strip()))
        return members

    def members(self, qualified):
        """An interface's members with those of the interfaces it extends, its own last (so
        they replace a base's of the same name)."""
        merged = {}
        for base in self.bases.get(qualified, []):
            found = self.lookup(re.sub(r"<.*>$", "", base.strip()), self.scopes[qualified])
            if found in self.interfaces:
                for member in self.members(found):
                    merged[member[0]] = member
        for member in self.interfaces[qualified]:
            merged[member[0]] = member
        return list(merged.values())

    def lookup(self, name, scope):
        """The qualified name `name` means inside namespace `scope`, as TypeScript resolves it."""
        name = name.removeprefix("Stripe.")
        parts = scope.split(".") if scope else []
        while True:
            candidate = ".".join(parts + [name])
            if candidate in self.interfaces or candidate in self.aliases:
                return candidate
            if not parts:
                return None
            parts.pop()


class Converter:
    """Types to OpenAPI-like schemas; each interface becomes one component schema."""

    SCALARS = {
        "string": {"type": "string"},
        "number": {"type": "number"},
        "boolean": {"type": "boolean"},
        "Decimal": {"type": "string"},
        "Metadata": {"type": "object", "additionalProperties": {"type": "string"}},
        "any": {},
        "unknown": {},
        "OtherString": None,
    }

    def __init__(self, types):
        self.types = types
        self.schemas = {}

    def ref(self, qualified):
        if qualified not in self.schemas:
            self.schemas[qualified] = {}  # placeholder against recursion
            self.schemas[qualified] = self._interface(qualified)
        return {"$ref": f"#/components/schemas/{qualified}"}

    def _interface(self, qualified):
        scope = self.types.scopes[qualified]
        props, required, extra = {}, [], None
        for name, optional, text in self.types.members(qualified):
            schema = self.type(text, scope)
            if name == "[key]":
                extra = schema
                continue
            props[name] = schema
            if not optional:
                required.append(name)
        out = {"type": "object", "properties": props, "required": required}
        if extra is not None:
            out["additionalProperties"] = extra
        obj = props.get("object", {}).get("enum")
        if obj and len(obj) == 1 and "." not in qualified and not qualified.startswith("Deleted"):
            out["x-resourceId"] = obj[0]
        return out

    def type(self, text, scope):
        text = text.strip()
        branches = _split_top(text, "|")
        if len(branches) > 1:
            schemas = [self.type(b, scope) for b in branches]
            nullable = any(s is not None and s.get("_null") for s in schemas)
            schemas = [s for s in schemas if s is not None and not s.get("_null")]
            enums = [s for s in schemas if set(s) == {"type", "enum"}]
            if enums and len(enums) == len(schemas) and len({s["type"] for s in enums}) == 1:
                merged = {"type": enums[0]["type"], "enum": [v for s in enums for v in s["enum"]]}
            elif any(s == {} for s in schemas):
                merged = {}
            elif len(schemas) == 1:
                merged = dict(schemas[0])
            else:
                merged = {"anyOf": schemas}
            if nullable:
                merged = {"anyOf": [merged], "nullable": True} if "$ref" in merged else dict(merged, nullable=True)
            return merged
        if text == "null":
            return {"_null": True}
        if text.startswith("(") and text.endswith(")"):
            return self.type(text[1:-1], scope)
        if text.startswith("'") and text.endswith("'"):
            return {"type": "string", "enum": [text[1:-1]]}
        if text in ("true", "false"):
            return {"type": "boolean", "enum": [text == "true"]}
        if re.fullmatch(r"-?\d+", text):
            return {"type": "number", "enum": [int(text)]}
        if text.endswith("[]"):
            return {"type": "array", "items": self.type(text[:-2], scope)}
        m = re.fullmatch(r"(?:Stripe\.)?(Array|ApiList|Emptyable|Partial)<(.*)>", text, re.S)
        if m:
            inner = self.type(m.group(2), scope)
            if m.group(1) == "Array":
                return {"type": "array", "items": inner}
            if m.group(1) == "Emptyable":
                return inner
            if m.group(1) == "Partial":
                return {"type": "object"}  # some fields of a resource (previous_attributes)
            return {"type": "object", "required": ["object", "data", "has_more", "url"], "properties": {
                "object": {"type": "string", "enum": ["list"]}, "data": {"type": "array", "items": inner},
                "has_more": {"type": "boolean"}, "url": {"type": "string"}}}
        if text.startswith("{") and text.endswith("}"):
            members = Types._members(text[1:-1])
            if len(members) == 1 and members[0][0] == "[key]":
                return {"type": "object", "additionalProperties": self.type(members[0][2], scope)}
            props = {n: self.type(t, scope) for n, _, t in members}
            return {"type": "object", "properties": props, "required": [n for n, o, _ in members if not o]}
        bare = text.removeprefix("Stripe.")
        if bare in self.SCALARS:
            scalar = self.SCALARS[bare]
            return None if scalar is None else dict(scalar)
        if not re.fullmatch(r"[A-Za-z_][\w.]*", bare):
            raise DtsError(f"cannot read type {text[:80]!r} in {scope}")
        qualified = self.types.lookup(bare, scope)
        if qualified is None:
            return {}  # a type the vendored files do not define: anything goes
        if qualified in self.types.aliases:
            return self.type(self.types.aliases[qualified], self.types.scopes[qualified])
        return self.ref(qualified)


def load(directory):
    """The OpenAPI-like document (components only, no paths) of every .d.ts under `directory`."""
    types = Types()
    resources = os.path.join(directory, "resources")
    for root, _dirs, files in sorted(os.walk(directory)):
        folder = os.path.relpath(root, resources)
        namespace = folder if not folder.startswith(".") and os.sep not in folder else None
        for name in sorted(files):
            if name.endswith(".d.ts"):
                types.read_file(os.path.join(root, name), namespace)
    converter = Converter(types)
    for qualified in list(types.interfaces):
        converter.ref(qualified)
    schemas = {}
    for name, schema in converter.schemas.items():
        schemas[name] = _clean(schema)
    if "Event" in types.aliases:
        schemas["Event"] = _event_union(types, schemas)
    # Stripe's error body, which no resource file declares.
    schemas.setdefault("error", {"type": "object", "required": ["error"], "properties": {
        "error": {"type": "object", "required": ["type"], "properties": {
            "type": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"},
            "param": {"type": "string"}}}}})
    return {"components": {"schemas": schemas}, "paths": {}}


def _event_union(types, schemas):
    """The `event` resource: `type Event = AccountUpdatedEvent | …` as one branch per event
    type, chosen by the body's `type`. Added last, so `event` bodies are found through it."""
    branches, mapping = [], {}
    for name in _split_top(types.aliases["Event"], "|"):
        schema = schemas.get(name)
        event_type = ((schema or {}).get("properties", {}).get("type") or {}).get("enum")
        if not event_type or len(event_type) != 1:
            raise DtsError(f"Event branch {name} names no single event type")
        ref = f"#/components/schemas/{name}"
        branches.append({"$ref": ref})
        mapping[event_type[0]] = ref
    return {"anyOf": branches, "discriminator": {"propertyName": "type", "mapping": mapping},
            "properties": {"object": {"type": "string", "enum": ["event"]}}, "x-resourceId": "event"}


def _clean(schema):
    if isinstance(schema, dict):
        return {k: _clean(v) for k, v in schema.items() if k != "_null"}
    if isinstance(schema, list):
        return [_clean(v) for v in schema]
    return schema


def fields(doc, name, prefix=""):
    """Every field path of a component schema with (required, nullable, enum): for diffing."""
    out = {}
    schemas = doc["components"]["schemas"]

    def walk(schema, path, seen):
        while "$ref" in schema:
            ref = schema["$ref"].rsplit("/", 1)[-1]
            if ref in seen or ref not in schemas or (seen and "x-resourceId" in schemas[ref]):
                return
            seen = seen | {ref}
            schema = schemas[ref]
        if "anyOf" in schema:
            for branch in schema["anyOf"]:
                if "$ref" in branch or branch.get("type") == "object":
                    walk(branch, path, seen)
            return
        if schema.get("type") == "array" and "items" in schema:
            walk(schema["items"], path + "[]", seen)
            return
        for key, sub in (schema.get("properties") or {}).items():
            target = sub
            while "$ref" in target and target["$ref"].rsplit("/", 1)[-1] not in seen:
                target = schemas[target["$ref"].rsplit("/", 1)[-1]]
            out[f"{path}.{key}".lstrip(".")] = (key in schema.get("required", []), bool(sub.get("nullable")),
                                                 tuple(sorted(map(str, target.get("enum", [])))))
            if "x-resourceId" not in target:
                walk(sub, f"{path}.{key}", seen)

    walk({"$ref": f"#/components/schemas/{name}"}, prefix, frozenset())
    return out
