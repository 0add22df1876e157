"""Self-test of openapi_check: Stripe's own fixtures pass, and every way of breaking them fails.

1. Every object in fixtures-subset.json whose `object` has a schema in subset.json passes.
2. Mutations of those fixtures, each of which must be reported at the exact JSON path:
   every required field dropped (at every depth the schema reaches), every integer
   replaced by a string and by a float, every non-nullable value replaced by null,
   every enum value replaced by an unknown one.
3. Hand-written cases for the rules the fixtures do not reach (lists, endpoint/object
   mismatch, events, errors, expandable fields, booleans posing as integers).
4. The newest shapes (the Node SDK's definitions, read by dts_schema): an event checked as
   the resource its type carries, inherited fields, namespaced resources, deleted stubs.

Run: python3 conformance/schema/selftest.py [subset.json] [fixtures-subset.json]
(by default the vendored copies in vendor/stripe-openapi/).
Exit status 0 only if every check holds; prints one summary line either way.
"""

import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from openapi_check import Checker, Spec  # noqa: E402
import dts_schema  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# The vendored copies of Stripe's schemas and fixtures (vendor/stripe-openapi/SOURCE.md).
VENDOR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "vendor", "stripe-openapi")
# The Node SDK's type definitions of the newest API version (the same SOURCE.md).
NODE_TYPES = os.path.join(os.path.dirname(VENDOR), "stripe-node-types")


def walk(spec, value, schema, path, nullable=False):
    """Yield (path, value, resolved schema) for every value the schema describes.

    A nullable anyOf around a single object schema passes its nullability down."""
    schema = spec.resolve(schema)
    if nullable:
        schema = dict(schema, nullable=True)
    if "anyOf" in schema and "discriminator" in schema and isinstance(value, dict):
        ref = schema["discriminator"].get("mapping", {}).get(value.get(schema["discriminator"]["propertyName"]))
        if ref is not None:
            yield from walk(spec, value, {"$ref": ref}, path, schema.get("nullable", False))
        return
    if "anyOf" in schema:
        branch = None
        for b in (spec.resolve(b) for b in schema["anyOf"]):
            enum = b.get("properties", {}).get("object", {}).get("enum", [])
            if isinstance(value, dict) and value.get("object") in enum:
                branch = b
        objects = [b for b in map(spec.resolve, schema["anyOf"]) if b.get("type") == "object"]
        if branch is None and isinstance(value, dict) and len(objects) == 1:
            branch = objects[0]
        if branch is not None:
            yield from walk(spec, value, branch, path, schema.get("nullable", False))
        return
    yield path, value, schema
    if isinstance(value, dict):
        props = schema.get("properties")
        if props is None and schema.get("additionalProperties") is None:
            target = spec.resource_schema(value.get("object")) if isinstance(value.get("object"), str) else None
            if target is not None:
                # A free position (an event's data.object in the 2024 spec; a resource of a
                # type the Node SDK's vendored files do not name) is checked as the resource
                # its `object` names, so its contents can be broken detectably, but not what
                # makes it that resource: being there, and its `object`, unless the schema
                # itself constrains them.
                free = not any(k in schema for k in ("type", "anyOf", "enum", "properties"))
                yield from walk(spec, value, dict(target, **{"x-free": True}) if free else target, path)
            return
        for k, v in value.items():
            if k in (props or {}):
                child = props[k]
                if k == "object" and schema.get("x-free"):
                    child = dict(spec.resolve(child), **{"x-free": True})
                yield from walk(spec, v, child, path + [k])
    elif isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            yield from walk(spec, v, schema["items"], path + [i])


def show(path):
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


def mutate(body, path, fn):
    body = copy.deepcopy(body)
    parent = body
    for p in path[:-1]:
        parent = parent[p]
    fn(parent, path[-1])
    return body


class Tally:
    def __init__(self):
        self.counts = {}
        self.problems = []

    def expect(self, kind, ok, what):
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if not ok:
            self.problems.append(f"{kind}: {what}")


def fails_at(checker, body, at, words, **where):
    """Did checking `body` report `words` at JSON path `at`?"""
    report = checker.check_body(body, **where)
    return any(f.path == at and words in f.message for f in report.failures), report


def fixture_mutations(spec, checker, name, body, tally, root=None, **where):
    """Break `body` in every way listed in the module doc; each break must be reported."""
    for path, value, schema in list(walk(spec, body, root or {"type": "object"}, [])):
        free = schema.get("x-free", False)
        if isinstance(value, dict) and "properties" in schema:
            for req in schema.get("required", []):
                if req in value and not (free and req == "object"):
                    bad = mutate(body, path + [req], lambda d, k: d.pop(k))
                    ok, _ = fails_at(checker, bad, show(path + [req]), "required field missing", **where)
                    tally.expect("required field dropped", ok, f"{name}: {show(path + [req])}")
        if not path:
            continue
        kind = schema.get("type")
        if kind == "integer" and isinstance(value, int):
            for wrong in ("42", 4.5):
                bad = mutate(body, path, lambda d, k: d.__setitem__(k, wrong))
                ok, _ = fails_at(checker, bad, show(path), "integer expected", **where)
                tally.expect("integer replaced", ok, f"{name}: {show(path)} = {wrong!r}")
        if value is not None and kind is not None and not schema.get("nullable") and not free:
            bad = mutate(body, path, lambda d, k: d.__setitem__(k, None))
            # An event's data.object.object: free-form in the 2024 spec (any resource, so a
            # string is expected), a typed resource in the Node SDK's (not nullable).
            ok, _ = fails_at(checker, bad, show(path), "not nullable", **where)
            if not ok and path[-2:] == ["object", "object"]:
                ok, _ = fails_at(checker, bad, show(path), "string expected", **where)
            tally.expect("non-nullable set to null", ok, f"{name}: {show(path)}")
        # An event may hold any resource: renaming data.object's `object` makes it another
        # resource (one outside the subset), not an invalid body.
        if "enum" in schema and value is not None and path[-2:] != ["object", "object"] and not free:
            bad = mutate(body, path, lambda d, k: d.__setitem__(k, "zz_not_in_enum"))
            ok, _ = fails_at(checker, bad, show(path), "not in enum", **where)
            tally.expect("enum value replaced", ok, f"{name}: {show(path)}")


def hand_cases(spec, checker, fx, tally):
    bt, charge, transfer = fx["balance_transaction"], fx["charge"], fx["transfer"]
    ok_cases = {
        "expandable field as an id": (dict(charge, balance_transaction="txn_123"), {}),
        "expandable field expanded": (dict(charge, balance_transaction=bt), {}),
        "nullable expandable field null": (dict(charge, balance_transaction=None), {}),
        "number field holding an integer": (dict(bt, exchange_rate=1), {}),
        "list from its endpoint": ({"object": "list", "data": [bt, bt], "has_more": False,
                                    "url": "/v1/balance_transactions"},
                                   {"method": "GET", "path": "/v1/balance_transactions?limit=2"}),
        "error body": ({"error": {"type": "invalid_request_error", "code": "parameter_missing",
                                  "param": "amount", "message": "Missing required param: amount."}},
                       {"status": 400}),
        "charge from POST /v1/charges": (charge, {"method": "POST", "path": "/v1/charges"}),
    }
    for what, (body, where) in ok_cases.items():
        report = checker.check_body(body, **where)
        tally.expect("valid hand case", report.ok, f"{what}: {[str(f) for f in report.failures]}")

    no_fee = {k: v for k, v in bt.items() if k != "fee"}
    event = {"object": "event", "id": "evt_1", "created": 1, "livemode": False, "pending_webhooks": 0,
             "type": "charge.succeeded", "api_version": None, "request": {"id": None, "idempotency_key": None},
             "data": {"object": {k: v for k, v in charge.items() if k != "amount"}}}
    bad_cases = [
        ("expanded field missing a required field", dict(charge, balance_transaction=no_fee), {},
         "balance_transaction.fee", "required field missing"),
        ("boolean as integer", dict(charge, amount=True), {}, "amount", "integer expected"),
        ("null amount", dict(charge, amount=None), {}, "amount", "not nullable"),
        ("metadata value not a string", dict(charge, metadata={"k": 1}), {}, "metadata.k", "string expected"),
        ("list element missing a field, known endpoint",
         {"object": "list", "data": [bt, no_fee], "has_more": False, "url": "/v1/balance_transactions"},
         {"method": "GET", "path": "/v1/balance_transactions"}, "data[1].fee", "required field missing"),
        ("list element missing a field, unknown endpoint",
         {"object": "list", "data": [bt, no_fee], "has_more": False, "url": "/v1/x"},
         {"method": "GET", "path": "/v1/x"}, "data[1].fee", "required field missing"),
        ("list without has_more", {"object": "list", "data": [], "url": "/v1/x"},
         {"method": "GET", "path": "/v1/x"}, "has_more", "required field missing"),
        ("a transfer from POST /v1/charges", transfer, {"method": "POST", "path": "/v1/charges"},
         "object", "not in enum"),
        ("event whose data.object lacks a field", event, {}, "data.object.amount", "required field missing"),
        ("event whose data.object does not name its resource", dict(event, data={"object": {"id": "ch_1"}}), {},
         "data.object.object", "required field missing"),
        ("polymorphic list element without object",
         dict(fx["account"], external_accounts={"object": "list", "has_more": False, "url": "/v1/accounts/a/external_accounts",
                                                "data": [{k: v for k, v in fx["bank_account"].items() if k != "object"}]}),
         {}, "external_accounts.data[0].object", "required field missing"),
        ("error without a type", {"error": {"message": "m"}}, {"status": 400}, "error.type", "required field missing"),
        ("error with an unknown type", {"error": {"type": "bogus_error"}}, {"status": 402}, "error.type", "not in enum"),
        ("unknown object", {"object": "wat", "id": "x"}, {}, "object", "not in enum"),
        ("error body with status 200", {"error": {"type": "api_error"}}, {"status": 200}, "", "error body"),
    ]
    for what, body, where, path, words in bad_cases:
        ok, report = fails_at(checker, body, path, words, **where)
        tally.expect("invalid hand case", ok, f"{what}: wanted '{words}' at {path!r}, got {[str(f) for f in report.failures]}")

    # A literal path segment wins over a parameter whatever order the spec lists the paths
    # in: the search endpoint answers a search_result, and /v1/charges/{charge} a charge.
    search = {"object": "search_result", "data": [charge], "has_more": False, "url": "/v1/charges/search",
              "next_page": None}
    for order, ordered in (("as listed", spec), ("paths reversed", reversed_paths(spec))):
        routed = Checker(ordered)
        for what, body, where, path, words in [
            ("search result from its endpoint", search, "/v1/charges/search", None, None),
            ("charge from GET /v1/charges/{charge}", charge, "/v1/charges/ch_123", None, None),
            ("a charge from the search endpoint", charge, "/v1/charges/search", "object", "not in enum"),
        ]:
            if words is None:
                report = routed.check_body(body, method="GET", path=where)
                tally.expect("path routing", report.ok, f"{what} ({order}): {[str(f) for f in report.failures]}")
            else:
                ok, report = fails_at(routed, body, path, words, method="GET", path=where)
                tally.expect("path routing", ok, f"{what} ({order}): got {[str(f) for f in report.failures]}")


def newest_cases(tally):
    """The Node SDK's definitions read as schemas (dts_schema): an event is checked as the
    resource its type carries, a base interface's fields are inherited, a resource of a folder
    is found by its namespace, and a deleted stub has a schema of its own."""
    spec = Spec(dts_schema.load(NODE_TYPES))
    checker = Checker(spec)
    clock = {"id": "clock_1", "object": "test_helpers.test_clock", "created": 1, "deletes_after": 2,
             "frozen_time": 1, "livemode": False, "name": None, "status": "ready", "status_details": {}}
    event = {"id": "evt_1", "object": "event", "api_version": "2026-11-18.endive", "created": 1,
             "data": {"object": clock}, "livemode": False, "pending_webhooks": 0,
             "request": {"id": None, "idempotency_key": None}, "type": "test_helpers.test_clock.ready"}
    cases = [
        ("a test clock", clock, None),
        ("an event holding its clock", event, None),
        ("a deleted clock", {"id": "clock_1", "object": "test_helpers.test_clock", "deleted": True}, None),
        ("an event without what EventBase requires", {k: v for k, v in event.items() if k != "created"}, "created"),
        ("an event whose object is not what its type carries",
         dict(event, data={"object": dict(clock, status="frozen")}), "data.object.status"),
        ("an event of a type Stripe does not have", dict(event, type="test_helpers.test_clock.paused"), "type"),
        ("a clock without status_details", {k: v for k, v in clock.items() if k != "status_details"},
         "status_details"),
    ]
    for what, body, at in cases:
        report = checker.check_body(body)
        if at is None:
            tally.expect("newest valid case", report.ok, f"{what}: {[str(f) for f in report.failures]}")
        else:
            tally.expect("newest invalid case", any(f.path == at for f in report.failures),
                         f"{what}: expected a failure at {at}, got {[str(f) for f in report.failures]}")


def reversed_paths(spec):
    """The same spec with its paths listed in the opposite order."""
    return Spec({"components": {"schemas": spec.schemas},
                 "paths": dict(reversed(list(spec.doc["paths"].items())))})


def main(argv):
    subset = argv[1] if len(argv) > 1 else os.path.join(VENDOR, "subset.json")
    fixtures = argv[2] if len(argv) > 2 else os.path.join(VENDOR, "fixtures-subset.json")
    spec = Spec(subset)
    checker = Checker(spec)
    with open(fixtures) as f:
        fx = json.load(f)["resources"]
    tally = Tally()
    for name, body in fx.items():
        if spec.resource_schema(body.get("object")) is None:
            continue  # capability, token: not in the subset, nothing to check against
        report = checker.check_body(body)
        tally.expect("fixture valid", report.ok, f"{name}: {[str(f) for f in report.failures]}")
        fixture_mutations(spec, checker, name, body, tally)
    hand_cases(spec, checker, fx, tally)
    newest_cases(tally)

    summary = ", ".join(f"{n} {k}" for k, n in tally.counts.items())
    for p in tally.problems[:40]:
        print(f"  NOT DETECTED / WRONG: {p}")
    if len(tally.problems) > 40:
        print(f"  ... and {len(tally.problems) - 40} more")
    status = "ok" if not tally.problems else f"FAILED ({len(tally.problems)} checks)"
    print(f"schema self-test {status}: {summary}")
    return 0 if not tally.problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
