"""Runs the official Stripe CLI's `stripe trigger` against the simulator (`--api-base`) for
every trigger listed in conformance/cli/triggers/*.json, and checks that each succeeds and
produces its events, in order, and that every body the CLI and the check received matches
Stripe's schemas.

Called by conformance/run (which installs the CLI from npm into conformance/.deps/cli):

    python3 conformance/cli/triggers.py --deps conformance/.deps --server target/release/debitsim

With DEBITSIM_URL set, no server is started and that one is used. Each trigger runs under a
fresh key (a world of its own). A list's entry is {"trigger", "events"}; one with a "gap" is
a trigger known not to work yet, for the reason given: it is reported as such, and the run
fails if it starts to work, so the list is corrected.

The CLI only ever talks to the simulator: it runs with telemetry off, a home of its own, and
every proxy variable pointing at a sink on loopback that refuses what it is asked for (the
CLI's check for new versions asks GitHub); the report lists what the sink refused. The last
line is "cli triggers: N passed, N failed, N known gaps".
"""

import argparse
import glob
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)  # conformance/
sys.path.insert(0, os.path.join(ROOT, "harness"))
sys.path.insert(0, os.path.join(ROOT, "schema"))

import conformance as harness  # noqa: E402
from openapi_check import Checker, Spec  # noqa: E402
from proxy import RecordingProxy  # noqa: E402

TRIGGER_TIMEOUT = 90  # seconds; a trigger makes a few requests


class Sink:
    """A loopback listener every proxy variable of the CLI points at: it reads what it is
    asked (a CONNECT line), records it, and closes, so nothing leaves the machine."""

    def __init__(self):
        self.refused = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.5)
        self.running = True
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    line = conn.recv(512).split(b"\r\n", 1)[0].decode("latin-1")
                except OSError:
                    line = "(nothing read)"
                self.refused.append(line)

    def stop(self):
        self.running = False
        self.sock.close()


def load_triggers():
    lists = []
    for path in sorted(glob.glob(os.path.join(HERE, "triggers", "*.json"))):
        with open(path) as f:
            doc = json.load(f)
        for entry in doc["triggers"]:
            lists.append(dict(entry, file=os.path.relpath(path, ROOT)))
    return lists


def event_ids_and_types(base, key):
    """Every event of the key's world, oldest first, as (id, type)."""
    found, after = [], None
    while True:
        query = {"limit": "100"}
        if after:
            query["starting_after"] = after
        request = urllib.request.Request(f"{base}/v1/events?{urllib.parse.urlencode(query)}",
                                         headers={"Authorization": f"Bearer {key}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            page = json.load(response)
        found += [(e["id"], e["type"]) for e in page["data"]]
        if not page["has_more"] or not page["data"]:
            break
        after = page["data"][-1]["id"]
    return list(reversed(found))


def is_subsequence(wanted, seen):
    it = iter(seen)
    return all(any(w == s for s in it) for w in wanted)


def run_trigger(cli, env, base, entry, key):
    before = {i for i, _ in event_ids_and_types(base, key)}
    started = time.monotonic()
    try:
        proc = subprocess.run([cli, "trigger", entry["trigger"], "--api-base", base, "--api-key", key],
                              env=env, capture_output=True, text=True, timeout=TRIGGER_TIMEOUT)
        output, code = proc.stdout + proc.stderr, proc.returncode
    except subprocess.TimeoutExpired as e:
        output, code = f"timed out after {TRIGGER_TIMEOUT} s: {e.stdout or ''}", None
    new = [t for i, t in event_ids_and_types(base, key) if i not in before]
    problems = []
    if code != 0 or "Trigger succeeded" not in output:
        last = [line for line in output.strip().splitlines() if line.strip()][-1:] or ["(no output)"]
        problems.append(f"the CLI failed (exit status {code}): {last[0]}")
    if not is_subsequence(entry["events"], new):
        problems.append(f"events {new} do not include {entry['events']} in that order")
    return {"name": entry["trigger"], "ok": not problems, "detail": "; ".join(problems), "events": new,
            "seconds": round(time.monotonic() - started, 1)}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--deps", required=True, help="conformance/.deps (the CLI is in cli/)")
    ap.add_argument("--server", help="the debitsim binary (ignored when DEBITSIM_URL is set)")
    args = ap.parse_args(argv[1:])

    cli = os.path.join(args.deps, "cli", "node_modules", ".bin", "stripe")
    if not os.path.exists(cli):
        print(f"cli triggers: the Stripe CLI is not installed at {cli}: run conformance/run --install-only")
        return 1
    work = os.path.join(args.deps, "last-run")
    os.makedirs(work, exist_ok=True)
    home = tempfile.mkdtemp(prefix="debitsim-stripe-cli-")
    sink = Sink()
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               STRIPE_CLI_TELEMETRY_OPTOUT="1", DO_NOT_TRACK="1",
               HTTPS_PROXY=sink.url, HTTP_PROXY=sink.url, ALL_PROXY=sink.url,
               https_proxy=sink.url, http_proxy=sink.url, all_proxy=sink.url,
               NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    version = subprocess.run([cli, "--version"], env=env, capture_output=True, text=True).stdout.strip()

    server = None
    url = os.environ.get("DEBITSIM_URL")
    if url:
        parts = urllib.parse.urlsplit(url)
        upstream = (parts.hostname, parts.port or 80)
    else:
        server = harness.Server(args.server, os.path.join(work, "cli-server.log"))
        upstream = (server.host, server.port)
    proxy = RecordingProxy(*upstream, label="cli").start()
    print(f"=== {version} against {upstream[0]}:{upstream[1]} through {proxy.url}", flush=True)
    results = []
    try:
        run_id = secrets.token_hex(4)
        for n, entry in enumerate(load_triggers()):
            key = f"sk_test_cli_{run_id}_{n}"
            result = run_trigger(cli, env, proxy.url, entry, key)
            result["gap"] = entry.get("gap")
            results.append(result)
            mark = "ok" if result["ok"] else "FAILED"
            if result["gap"]:
                mark = "WORKS NOW (remove its gap)" if result["ok"] else "known gap"
            print(f"  {entry['trigger']:40} {mark:12} {result['seconds']:>5} s  {' '.join(result['events'])}",
                  flush=True)
    finally:
        proxy.stop()
        sink.stop()
        if server is not None:
            server.stop()

    checker = Checker(Spec(harness.SUBSET))
    run = {"name": "cli", "records": proxy.records, "results": None}
    per_top, _, body_failures, _ = harness.check_bodies(checker, [run])
    bodies = sum(good + bad for good, bad in per_top.values())

    passed = sum(1 for r in results if r["ok"] and not r["gap"])
    gaps = [r for r in results if r["gap"] and not r["ok"]]
    failed = [r for r in results if (not r["ok"] and not r["gap"]) or (r["ok"] and r["gap"])]
    print("\n=== cli trigger report")
    for r in failed:
        why = r["detail"] or "it is listed as a known gap but works: remove the gap from its list"
        print(f"  FAILED {r['name']}: {why}")
    for r in gaps:
        print(f"  known gap {r['name']}: {r['gap']} ({r['detail']})")
    print(f"bodies the CLI and the check received: {bodies}, {len(body_failures)} not matching Stripe's schemas")
    for line in body_failures[:50]:
        print("  " + line)
    refused = sorted(set(sink.refused))
    print(f"outbound requests refused on loopback: {len(sink.refused)} ({', '.join(refused) or 'none'})")
    with open(os.path.join(work, "cli-results.json"), "w") as f:
        json.dump({"sdk": version, "flows": results, "schema_failures": body_failures,
                   "refused": sink.refused}, f, indent=1)
    ok = not failed and not body_failures and bodies > 0
    print(f"\ncli triggers: {passed} passed, {len(failed) + len(body_failures) + (bodies == 0)} failed, "
          f"{len(gaps)} known gaps", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
