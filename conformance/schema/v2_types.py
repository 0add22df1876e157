"""API v2's response shapes, read from stripe-node's own TypeScript definitions.

Stripe's public OpenAPI description vendored here (2024-04-10) has no /v2 paths, so v2
bodies are checked against the types the official Node SDK ships for them
(vendor/stripe-v2-types/, verbatim from the npm package; see vendor/stripe-openapi/SOURCE.md).
The declaration files are generated from Stripe's spec and regular: `interface X { f?: T; }`
inside nested `namespace`s, string-literal unions, `Array<T>`, index signatures. This reads
that subset of TypeScript into a schema and checks JSON against it:

- `f: T` is required and not null; `f?: T` may be absent or null (v2 renders fields it does
  not include as null);
- `'a' | 'b' | OtherString` accepts any string; without `OtherString` only the literals;
- a name is resolved in the namespaces around its use, innermost first, then at the top
  level, then in shared.d.ts;
- `unknown` and index signatures accept anything of their value type.

Anything the reader does not understand is an error at load time, never a silent pass.
"""

import re

_TOKEN = re.compile(r"\s*(?:(/\*.*?\*/)|(//[^\n]*)|('(?:[^'\\]|\\.)*')|([A-Za-z_$][\w$]*)|(\S))", re.S)


def _tokens(text):
    out = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        comment, line, literal, word, punct = m.groups()
        if comment or line:
            continue
        out.append(literal or word or punct)
    return out


class Types:
    """Every interface and type alias of some declaration files, by qualified name."""

    def __init__(self, texts):
        self.defs = {}
        for text in texts:
            self._read(_tokens(text))

    # ------------------------------------------------------------------ reading
    def _read(self, toks):
        self.toks, self.i = toks, 0
        scope = []
        depth_marks = []
        while self.i < len(toks):
            t = toks[self.i]
            if t in ("export", "declare"):
                self.i += 1
            elif t == "namespace":
                scope.append(toks[self.i + 1])
                self.i += 2
                self._expect("{")
                depth_marks.append("ns")
            elif t == "interface":
                name = toks[self.i + 1]
                self.i += 2
                bases = []
                if toks[self.i] == "extends":  # `extends EventBase` (an `Omit<…>` is skipped)
                    self.i += 1
                    while toks[self.i] != "{":
                        if toks[self.i] == "<":
                            self._skip_angles()
                            continue
                        if toks[self.i] not in (",", "Omit"):
                            bases.append(toks[self.i])
                        self.i += 1
                self.i += 1
                body = self._members()
                body["bases"] = bases
                self.defs[".".join(scope + [name])] = ("object", body, tuple(scope))
            elif t == "type":
                name = toks[self.i + 1]
                self.i += 2
                if toks[self.i] == "<":
                    self._skip_angles()
                self._expect("=")
                self.defs[".".join(scope + [name])] = ("alias", self._type(), tuple(scope))
                if self.i < len(toks) and toks[self.i] == ";":
                    self.i += 1
            elif t == "}":
                self.i += 1
                if depth_marks:
                    depth_marks.pop()
                    scope.pop()
            else:
                # Imports, classes, functions: skip the statement (a class body whole).
                self._skip_statement()

    def _expect(self, tok):
        if self.toks[self.i] != tok:
            raise ValueError(f"expected {tok!r} at token {self.i}: {self.toks[self.i - 3:self.i + 3]}")
        self.i += 1

    def _skip_angles(self):
        depth = 0
        while True:
            t = self.toks[self.i]
            self.i += 1
            depth += {"<": 1, ">": -1}.get(t, 0)
            if depth == 0:
                return

    def _skip_statement(self):
        depth = 0
        while self.i < len(self.toks):
            t = self.toks[self.i]
            self.i += 1
            if t == "{":
                depth += 1
            elif t == "}":
                depth -= 1
                if depth == 0:
                    return
            elif t == ";" and depth == 0:
                return

    def _members(self):
        members = {}
        index = None
        while self.toks[self.i] != "}":
            if self.toks[self.i] == "[":  # [key: string]: T;
                while self.toks[self.i] != "]":
                    self.i += 1
                self.i += 2  # ] :
                index = self._type()
            else:
                name = self.toks[self.i]
                self.i += 1
                optional = self.toks[self.i] == "?"
                if optional:
                    self.i += 1
                if self.toks[self.i] == "(":  # a method
                    self._skip_statement()
                    continue
                self._expect(":")
                if self.toks[self.i] == "(":  # a function-typed member: not data
                    self._skip_statement()
                    continue
                members[name] = (optional, self._type())
            if self.toks[self.i] == ";":
                self.i += 1
        self.i += 1
        return {"members": members, "index": index}

    def _type(self):
        branches = [self._primary()]
        while self.i < len(self.toks) and self.toks[self.i] == "|":
            self.i += 1
            branches.append(self._primary())
        return branches[0] if len(branches) == 1 else ("union", branches)

    def _primary(self):
        t = self.toks[self.i]
        self.i += 1
        if t.startswith("'"):
            return ("literal", t[1:-1])
        if t == "{":
            self.i -= 1
            self.i += 1
            return ("inline", self._members())
        if t == "Array":
            self._expect("<")
            item = self._type()
            self._expect(">")
            return ("array", item)
        name = t
        while self.i < len(self.toks) and self.toks[self.i] == ".":
            name += "." + self.toks[self.i + 1]
            self.i += 2
        if self.i < len(self.toks) and self.toks[self.i] == "<":
            self._skip_angles()
        if self.i < len(self.toks) and self.toks[self.i] == "[":  # T[]
            self.i += 2
            return ("array", ("ref", name))
        return ("ref", name)

    def event_type(self, kind):
        """The interface of the thin event of type `kind` (`V2CoreAccountCreatedEvent`)."""
        for name, (what, body, _) in self.defs.items():
            if what == "object" and name.endswith("Event") and body["members"].get("type") == (False, ("literal", kind)):
                return name
        return None

    # ------------------------------------------------------------------ checking
    def resolve(self, name, scope):
        scope = list(scope)
        while True:
            key = ".".join(scope + [name])
            if key in self.defs:
                return self.defs[key]
            if not scope:
                raise KeyError(name)
            scope.pop()

    def check(self, value, type_name, path="$"):
        """Failures (strings) of `value` against the interface or alias `type_name`."""
        failures = []
        self._check(value, ("ref", type_name), (), path, failures)
        return failures

    def _check(self, value, t, scope, path, out):
        kind = t[0]
        if kind == "ref":
            name = t[1]
            simple = {"string": str, "boolean": bool, "number": (int, float), "bigint": (int, str)}
            if name in simple:
                ok = isinstance(value, simple[name]) and not (name == "number" and isinstance(value, bool))
                if not ok:
                    out.append(f"{path}: expected {name}, got {value!r}")
                return
            if name in ("unknown", "any", "OtherString") or name == "Decimal":
                if name == "OtherString" and not isinstance(value, str):
                    out.append(f"{path}: expected a string, got {value!r}")
                return
            if name == "null":
                if value is not None:
                    out.append(f"{path}: expected null, got {value!r}")
                return
            try:
                definition = self.resolve(name, scope)
            except KeyError:
                out.append(f"{path}: the type {name} is not in the vendored definitions")
                return
            what, body, def_scope = definition
            inner_scope = def_scope + (name.split(".")[-1],) if what == "object" else def_scope
            # Names inside an interface resolve from its namespace and its own (`X.Y` for X).
            if what == "object":
                self._check_object(value, body, def_scope, name, path, out)
            else:
                self._check(value, body, def_scope, path, out)
            del inner_scope
        elif kind == "literal":
            if value != t[1]:
                out.append(f"{path}: expected {t[1]!r}, got {value!r}")
        elif kind == "array":
            if not isinstance(value, list):
                out.append(f"{path}: expected an array, got {value!r}")
                return
            for n, item in enumerate(value):
                self._check(item, t[1], scope, f"{path}[{n}]", out)
        elif kind == "inline":
            self._check_object(value, t[1], scope, None, path, out)
        elif kind == "union":
            branches = t[1]
            if any(b == ("ref", "OtherString") for b in branches) and isinstance(value, str):
                return
            for branch in branches:
                trial = []
                self._check(value, branch, scope, path, trial)
                if not trial:
                    return
            out.append(f"{path}: {value!r} matches none of {[b[1] if b[0] != 'union' else '…' for b in branches]}")

    def _check_object(self, value, body, scope, name, path, out):
        if not isinstance(value, dict):
            out.append(f"{path}: expected an object, got {value!r}")
            return
        # A member's type names resolve in the interface's namespace, then the namespace
        # named after the interface (`Account.Configuration` is written `Configuration`
        # inside `namespace Account`).
        own = tuple(scope) + ((name.split(".")[-1],) if name else ())
        members = dict(body["members"])
        for base in body.get("bases", []):
            members = {**self.resolve(base, scope)[1]["members"], **members}
        body = {"members": members, "index": body["index"]}
        for field, (optional, ftype) in body["members"].items():
            if field not in value:
                if not optional:
                    out.append(f"{path}.{field}: required, missing")
                continue
            if value[field] is None:
                if not optional:
                    out.append(f"{path}.{field}: required, null")
                continue
            self._check_member(value[field], ftype, own, scope, f"{path}.{field}", out)
        for field, v in value.items():
            if field in body["members"]:
                continue
            if body["index"] is None:
                out.append(f"{path}.{field}: not in the definition")
            elif v is not None:
                self._check_member(v, body["index"], own, scope, f"{path}.{field}", out)

    def _check_member(self, value, ftype, own, scope, path, out):
        # Try the interface's own namespace first, then its enclosing one.
        trial = []
        self._check(value, ftype, own, path, trial)
        if trial and any("is not in the vendored definitions" in f for f in trial):
            retry = []
            self._check(value, ftype, scope, path, retry)
            trial = retry
        out.extend(trial)
