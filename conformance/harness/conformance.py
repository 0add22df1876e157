"""Runs the conformance suite: schema self-test, simulator, one recording proxy per client,
the three clients, the check of every body they received, and the report.

Called by conformance/run (which installs the SDKs and builds the binaries first):

    python3 conformance/harness/conformance.py --deps conformance/.deps --server target/release/debitsim

With DEBITSIM_URL set, no server is started and that one is used. Exit status 0 only if
the self-test holds, every client passed every flow, every body validated and every
protocol check held. The last line is "conformance: N passed, N failed".
"""

import argparse
import ctypes
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # conformance/
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "schema"))
sys.path.insert(0, os.path.join(ROOT, "cli"))

from openapi_check import Checker, Spec  # noqa: E402
from proxy import RecordingProxy  # noqa: E402
import selftest  # noqa: E402
import triggers  # noqa: E402

# Stripe's schemas, vendored in the repository (vendor/stripe-openapi/SOURCE.md says whence).
SUBSET = os.path.join(os.path.dirname(ROOT), "vendor", "stripe-openapi", "subset.json")
CLIENT_TIMEOUT = 240  # seconds per client; the flows take a few seconds against a healthy server


def die_with_parent():
    """In the server's child process: SIGTERM it if this harness dies, even by SIGKILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class Server:
    """The simulator, started on port 0; its first stdout line says where it listens."""

    def __init__(self, binary, log_path):
        self.log = open(log_path, "w")
        self.proc = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE,
                                     stderr=self.log, text=True, preexec_fn=die_with_parent)
        first = {}
        reader = threading.Thread(target=lambda: first.setdefault("line", self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(30)
        line = first.get("line", "")
        m = re.match(r"listening on http://([\d.]+):(\d+)\s*$", line)
        if not m:
            self.stop()
            raise RuntimeError(f"the simulator did not print 'listening on http://127.0.0.1:PORT' within 30 s "
                               f"(got {line!r}, exit status {self.proc.poll()}); its stderr is in {log_path}")
        self.host, self.port = m.group(1), int(m.group(2))
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        for line in self.proc.stdout:
            self.log.write(line)
            self.log.flush()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def client_commands(deps):
    node_env = {"NODE_PATH": os.path.join(deps, "node", "node_modules")}
    return {
        "python": ([os.path.join(deps, "venv", "bin", "python"), os.path.join(ROOT, "python", "flows.py")], {}),
        "node": (["node", os.path.join(ROOT, "node", "flows.js")], node_env),
        "rust": ([os.path.join(deps, "rust-target", "debug", "debitsim-conformance-rust")], {}),
    }


def expected_flow_names(client):
    """The flows `client` must report: every flow, but one that names its `clients` (API v2's,
    which async-stripe 1.0.0-rc.10 does not have) only for those."""
    with open(os.path.join(ROOT, "cases", "flows.json")) as f:
        flows = [x["name"] for x in json.load(f)["flows"] if client in x.get("clients", [client])]
    with open(os.path.join(ROOT, "cases", "errors.json")) as f:
        rows = [f"error:{x['id']}" for x in json.load(f)["cases"]]
    i = flows.index("error_table")
    return flows[:i] + rows + flows[i:]


def run_client(name, cmd, extra_env, upstream, work, drop):
    proxy = RecordingProxy(*upstream, label=name, drop=drop).start()
    results_path = os.path.join(work, f"{name}-results.json")
    if os.path.exists(results_path):
        os.remove(results_path)
    env = dict(os.environ, DEBITSIM_URL=proxy.url, CONFORMANCE_RESULTS=results_path,
               CONFORMANCE_RUN_ID=secrets.token_hex(6), **extra_env)
    print(f"\n--- {name}: {' '.join(os.path.relpath(c) if os.path.exists(c) else c for c in cmd)}", flush=True)
    started = time.monotonic()
    outcome = None
    try:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        timer = threading.Timer(CLIENT_TIMEOUT, proc.kill)
        timer.start()
        for line in proc.stdout:
            print(f"[{name}] {line}", end="", flush=True)
        proc.wait()
        timer.cancel()
        if proc.returncode < 0:
            outcome = f"killed after {CLIENT_TIMEOUT} s or by signal {-proc.returncode}"
    except OSError as e:
        outcome = f"could not start: {e}"
    finally:
        proxy.stop()
    results = None
    if os.path.exists(results_path):
        with open(results_path) as f:
            results = json.load(f)
    return {"name": name, "results": results, "outcome": outcome, "records": proxy.records,
            "seconds": round(time.monotonic() - started, 1)}


def run_cli(deps, upstream, drop):
    """The official Stripe CLI's `stripe trigger`, one row of cli/triggers.json at a time,
    through a recording proxy so that every body the simulator answers it is checked too."""
    proxy = RecordingProxy(*upstream, label="cli", drop=drop).start()
    print("\n--- cli: stripe trigger (conformance/cli/triggers.json)", flush=True)
    started = time.monotonic()
    results, outcome = None, None
    try:
        results = triggers.run(os.path.join(deps, "cli", "node_modules", ".bin", "stripe"), proxy.url)
    except (OSError, subprocess.SubprocessError) as e:
        outcome = f"could not run the Stripe CLI: {e}"
    finally:
        proxy.stop()
    return {"name": "cli", "results": results, "outcome": outcome, "records": proxy.records,
            "seconds": round(time.monotonic() - started, 1)}


def judge_flows(run, expected):
    """Every expected flow must be reported, and reported ok."""
    reported = {r["name"]: r for r in (run["results"] or {}).get("flows", [])}
    flows = []
    for name in expected:
        r = reported.get(name)
        if r is None:
            why = run["outcome"] or ("the client wrote no results" if run["results"] is None else "not reported")
            flows.append({"name": name, "ok": False, "detail": f"not run: {why}"})
        else:
            flows.append(r)
    for name, r in reported.items():
        if name not in expected:
            flows.append({"name": name, "ok": False, "detail": "reported but not in cases/*.json"})
    return flows


V2_TYPES_DIR = os.path.join(os.path.dirname(ROOT), "vendor", "stripe-v2-types")
V2_OBJECTS = {"v2.core.account": "Account", "v2.core.event_destination": "EventDestination"}


def load_v2_types():
    from v2_types import Types
    names = ["shared.d.ts", "Accounts.d.ts", "EventDestinations.d.ts", "Events.d.ts"]
    return Types([open(os.path.join(V2_TYPES_DIR, n)).read() for n in names])


def check_v2_body(types, checker, body, rec):
    """Failures of one /v2 body: an error as every Stripe error; a list's envelope and items; an
    object by its `object`, against stripe-node's own type for it."""
    if rec["status"] >= 400:
        return [str(f) for f in checker.check_body(body, "GET", "/v1/balance", rec["status"]).failures], "error"
    if rec["method"] == "DELETE":
        ok = set(body) == {"id", "object"} and isinstance(body.get("id"), str)
        return ([] if ok else [f"a v2 deletion answers {{id, object}}: {body}"]), "v2 deleted"
    if "data" in body and "next_page_url" in body:
        failures = [f"$.{k}: a v2 list has data, next_page_url and previous_page_url"
                    for k in set(body) ^ {"data", "next_page_url", "previous_page_url"}]
        for n, item in enumerate(body["data"]):
            failures += [f.replace("$", f"$.data[{n}]", 1) for f in check_v2_object(types, item)]
        return failures, "v2 list"
    return check_v2_object(types, body), body.get("object")


def check_v2_object(types, body):
    obj = body.get("object") if isinstance(body, dict) else None
    if obj == "v2.core.event":
        name = types.event_type(body.get("type"))
        return types.check(body, name) if name else [f"$.type: {body.get('type')!r} is no thin event type"]
    if obj in V2_OBJECTS:
        return types.check(body, V2_OBJECTS[obj])
    return [f"$.object: {obj!r} is no v2 object the vendored types describe"]


def check_bodies(checker, runs):
    """Validate every /v1 and /v2 body each client received. Returns per-object counts and failures."""
    per_top, per_object, failures, samples = {}, {}, [], {}
    types = load_v2_types()
    for run in runs:
        for rec in run["records"]:
            if rec["path"].startswith("/v2/") and not rec["proxy_error"]:
                where = f"[{run['name']}] {rec['method']} {urllib.parse.urlsplit(rec['path']).path} -> {rec['status']}"
                try:
                    body = json.loads(rec["body"])
                except ValueError:
                    failures.append(f"{where}: body is not JSON: {rec['body'][:80]!r}")
                    continue
                found, top = check_v2_body(types, checker, body, rec)
                counts = per_top.setdefault(top or "?", [0, 0])
                counts[0 if not found else 1] += 1
                failures.extend(f"{where}: {f}" for f in found)
                continue
            if not rec["path"].startswith("/v1/"):
                continue  # /_sim/... controls are not Stripe's API
            where = f"[{run['name']}] {rec['method']} {urllib.parse.urlsplit(rec['path']).path} -> {rec['status']}"
            if rec["proxy_error"]:
                failures.append(f"{where}: no answer from the simulator ({rec['proxy_error']})")
                continue
            try:
                body = json.loads(rec["body"])
            except ValueError:
                failures.append(f"{where}: body is not JSON: {rec['body'][:80]!r}")
                per_top.setdefault("(not JSON)", [0, 0])[1] += 1
                continue
            report = checker.check_body(body, rec["method"], rec["path"], rec["status"])
            counts = per_top.setdefault(report.top or "?", [0, 0])
            counts[0 if report.ok else 1] += 1
            for obj, n in report.objects.items():
                per_object[obj] = per_object.get(obj, 0) + n
            for f in report.failures:
                failures.append(f"{where}: {f}")
            if report.ok:
                sample_body = body
                if body.get("object") == "list" and body.get("data"):
                    sample_body = body["data"][0]
                key = "error" if report.top == "error" else sample_body.get("object")
                samples.setdefault(key, (sample_body, rec))
        # Webhook deliveries the client's receiver got: each body is an event, as
        # GET /v1/events/{id} declares it.
        for n, raw in enumerate((run["results"] or {}).get("webhook_bodies", [])):
            where = f"[{run['name']}] webhook delivery {n + 1}"
            try:
                body = json.loads(raw)
            except ValueError:
                failures.append(f"{where}: body is not JSON: {raw[:80]!r}")
                continue
            if body.get("object") == "v2.core.event":
                # A thin event delivered to an event destination.
                found = check_v2_object(types, body)
                counts = per_top.setdefault("v2.core.event (delivery)", [0, 0])
                counts[0 if not found else 1] += 1
                failures.extend(f"{where}: {f}" for f in found)
                continue
            report = checker.check_body(body, "GET", "/v1/events/evt_delivered", 200)
            counts = per_top.setdefault("event (webhook)", [0, 0])
            counts[0 if report.ok else 1] += 1
            for f in report.failures:
                failures.append(f"{where}: {f}")
    return per_top, per_object, failures, samples


def check_protocol(runs):
    """Headers the contract promises (debit-rules section 9), and idempotent replays."""
    failures, checked = [], 0
    for run in runs:
        by_key = {}
        for rec in run["records"]:
            if not rec["path"].startswith("/v1/") or rec["proxy_error"]:
                continue
            checked += 1
            where = f"[{run['name']}] {rec['method']} {urllib.parse.urlsplit(rec['path']).path} -> {rec['status']}"
            rid = rec["response_headers"].get("request-id", "")
            if not rid.startswith("req_"):
                failures.append(f"{where}: Request-Id header missing or not req_...: {rid!r}")
            sent = rec["request_headers"].get("stripe-version")
            if sent and rec["response_headers"].get("stripe-version") != sent:
                failures.append(f"{where}: Stripe-Version {sent!r} not echoed "
                                f"(got {rec['response_headers'].get('stripe-version')!r})")
            if "application/json" not in rec["response_headers"].get("content-type", ""):
                failures.append(f"{where}: Content-Type {rec['response_headers'].get('content-type')!r}")
            key = rec["request_headers"].get("idempotency-key")
            if rec["method"] == "POST" and key:
                by_key.setdefault((key, rec["path"]), []).append(rec)
        for (key, path), recs in by_key.items():
            first = recs[0]
            for later in recs[1:]:
                if later["request_body"] != first["request_body"] or first["status"] >= 500:
                    continue  # other parameters: the flows check the IdempotencyError themselves
                where = f"[{run['name']}] replay of POST {path} (Idempotency-Key {key})"
                if later["response_headers"].get("idempotent-replayed") != "true":
                    failures.append(f"{where}: no 'Idempotent-Replayed: true'")
                if (later["status"], later["body"]) != (first["status"], first["body"]):
                    failures.append(f"{where}: status or body differs from the first response")
    return checked, failures


def live_mutations(spec, checker, samples):
    """Break one real body of each object type in every way the self-test does: all must be caught."""
    tally = selftest.Tally()
    for obj, (body, rec) in sorted(samples.items()):
        if obj == "error":
            selftest.fixture_mutations(spec, checker, f"{obj} ({rec['client']})", body, tally,
                                       root=spec.schemas["error"], status=rec["status"])
        else:
            selftest.fixture_mutations(spec, checker, f"{obj} ({rec['client']})", body, tally)
    return tally


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deps", required=True, help="conformance/.deps (SDKs, venv, rust target)")
    ap.add_argument("--server", help="the debitsim binary (ignored when DEBITSIM_URL is set)")
    ap.add_argument("--clients", default="python,node,rust,cli")
    args = ap.parse_args(argv[1:])

    def on_signal(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    for s in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, on_signal)

    work = os.path.join(args.deps, "last-run")
    os.makedirs(work, exist_ok=True)
    spec = Spec(SUBSET)
    checker = Checker(spec)
    passed = failed = 0

    print("=== schema self-test", flush=True)
    selftest_ok = selftest.main(["selftest", SUBSET]) == 0
    passed, failed = passed + selftest_ok, failed + (not selftest_ok)

    server = None
    try:
        url = os.environ.get("DEBITSIM_URL")
        if url:
            parts = urllib.parse.urlsplit(url)
            upstream = (parts.hostname, parts.port or 80)
            print(f"=== simulator: {url} (DEBITSIM_URL, not started here)", flush=True)
        else:
            try:
                server = Server(args.server, os.path.join(work, "server.log"))
            except (RuntimeError, OSError) as e:
                print(f"cannot start the simulator: {e}\n\nconformance: {passed} passed, {failed + 1} failed")
                return 1
            upstream = (server.host, server.port)
            print(f"=== simulator: {args.server} listening on {server.host}:{server.port}", flush=True)
        try:
            socket.create_connection(upstream, timeout=5).close()
            reachable = None
        except OSError as e:
            reachable = f"simulator unreachable at {upstream[0]}:{upstream[1]}: {e}"
            print(f"cannot connect: {reachable}; no client is run", flush=True)

        drop = os.environ.get("CONFORMANCE_DROP_FIELD")
        if drop:
            print(f"=== CONFORMANCE_DROP_FIELD={drop}: the proxy deletes it from every response", flush=True)
        commands = client_commands(args.deps)
        if reachable:
            runs = [{"name": n, "results": None, "outcome": reachable, "records": [], "seconds": 0}
                    for n in args.clients.split(",")]
        else:
            runs = [run_cli(args.deps, upstream, drop) if n == "cli" else run_client(n, *commands[n], upstream, work, drop)
                    for n in args.clients.split(",")]
    finally:
        if server is not None:
            server.stop()

    per_top, per_object, body_failures, samples = check_bodies(checker, runs)
    protocol_checked, protocol_failures = check_protocol(runs)
    mutations = live_mutations(spec, checker, samples)

    # ------------------------------------------------------------------ report
    print("\n=== conformance report", flush=True)
    print(f"schema self-test: {'ok' if selftest_ok else 'FAILED'}")
    print(f"\n{'client':8} {'sdk':36} {'flows passed':>12} {'failed':>7} {'bodies':>7} {'seconds':>8}")
    flow_failures = []
    for run in runs:
        names = triggers.expected_names() if run["name"] == "cli" else expected_flow_names(run["name"])
        flows = judge_flows(run, names)
        ok = sum(f["ok"] for f in flows)
        passed, failed = passed + ok, failed + len(flows) - ok
        sdk = (run["results"] or {}).get("sdk", "?")
        bodies = sum(1 for r in run["records"] if r["path"].startswith("/v1/"))
        print(f"{run['name']:8} {sdk:36} {ok:>12} {len(flows) - ok:>7} {bodies:>7} {run['seconds']:>8}")
        flow_failures += [f"[{run['name']}] {f['name']}: {f['detail']}" for f in flows if not f["ok"]]
    if flow_failures:
        print(f"\nfailed flows ({len(flow_failures)}):")
        for line in flow_failures[:200]:
            print("  " + line.replace("\n", "\n    "))

    print(f"\n{'bodies by object':34} {'valid':>6} {'invalid':>8}")
    for top, (good, bad) in sorted(per_top.items()):
        print(f"  {top:32} {good:>6} {bad:>8}")
        passed, failed = passed + good, failed + bad
    if per_object:
        print("objects checked at any depth: " + ", ".join(f"{k} {v}" for k, v in sorted(per_object.items())))
    if body_failures:
        print(f"\nschema failures ({len(body_failures)}):")
        for line in body_failures[:100]:
            print("  " + line)
        if len(body_failures) > 100:
            print(f"  ... {len(body_failures) - 100} more in {work}/report.json")

    print(f"\nprotocol: {protocol_checked} responses checked for Request-Id, Stripe-Version, Content-Type and replays; "
          f"{len(protocol_failures)} problems")
    for line in protocol_failures[:50]:
        print("  " + line)
    protocol_ok = protocol_checked > 0 and not protocol_failures
    passed, failed = passed + protocol_ok, failed + (not protocol_ok)
    bodies_seen = sum(good + bad for good, bad in per_top.values())
    if bodies_seen == 0:
        print("no body was received, so none was validated: that is a failure too")
        failed += 1

    mutation_ok = bool(samples) and not mutations.problems
    if not samples:
        print("live mutation check: FAILED, no valid body of this run to break")
    else:
        summary = ", ".join(f"{n} {k}" for k, n in mutations.counts.items())
        verdict = "every break caught" if mutation_ok else "NOT CAUGHT: " + "; ".join(mutations.problems[:10])
        print(f"live mutation check on one real body of each of {len(samples)} object types: {verdict} ({summary})")
    passed, failed = passed + mutation_ok, failed + (not mutation_ok)

    with open(os.path.join(work, "report.json"), "w") as f:
        json.dump({"runs": [{k: v for k, v in r.items() if k != "records"} for r in runs],
                   "bodies": per_top, "objects": per_object, "schema_failures": body_failures,
                   "protocol_failures": protocol_failures, "flow_failures": flow_failures}, f, indent=1)
    with open(os.path.join(work, "records.jsonl"), "w") as f:
        for run in runs:
            for rec in run["records"]:
                f.write(json.dumps(rec) + "\n")
    print(f"(every exchange is in {os.path.relpath(work)}/records.jsonl)")
    print(f"\nconformance: {passed} passed, {failed} failed", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except KeyboardInterrupt as e:
        print(f"interrupted ({e}); the simulator was stopped", file=sys.stderr)
        sys.exit(130)
