"""Runs the official Stripe CLI's `stripe trigger` against the simulator, one fresh world per
trigger, and checks that each trigger succeeded and produced the events it must
(conformance/cli/triggers.json: one row per trigger, so more families merge in as rows).

    python3 conformance/cli/triggers.py --cli conformance/.deps/cli/node_modules/.bin/stripe \
        --base http://127.0.0.1:12111 [TRIGGER ...]

The CLI is kept on loopback: its only requests besides the simulator's are a check for a
newer release (on GitHub) and telemetry. Telemetry is switched off, and the release check
is sent to a proxy on a loopback port nothing listens on, so it fails at once without
leaving the machine (Go's HTTP client never proxies loopback, so the simulator is reached
directly). Its configuration lives in a temporary directory, not the user's.

Exit status 0 only if every row held: a row expected to work triggered and produced every
event it names; a row marked `not_simulated` did not (if it started to work, its row must
be updated, so that is a failure too). The last line is "cli triggers: N passed, N failed".
"""

import argparse
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
TRIGGER_TIMEOUT = 60  # seconds; a trigger takes well under one against a healthy server


def closed_loopback_port():
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cli_env(home):
    proxy = f"http://127.0.0.1:{closed_loopback_port()}"
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update({
        "STRIPE_CLI_TELEMETRY_OPTOUT": "1",
        "DO_NOT_TRACK": "1",
        "HTTPS_PROXY": proxy, "HTTP_PROXY": proxy, "https_proxy": proxy, "http_proxy": proxy,
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
        "HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
    })
    return env


def get(base, key, path, account=None):
    req = urllib.request.Request(base + path)
    req.add_header("Authorization", f"Bearer {key}")
    if account:
        req.add_header("Stripe-Account", account)
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def world_events(base, key):
    """Every event of the key's world, platform's and connected accounts', by id: {id: type}."""
    events = {}
    accounts = [None] + [a["id"] for a in get(base, key, "/v1/accounts?limit=100")["data"]]
    for account in accounts:
        path = "/v1/events?limit=100"
        while True:
            page = get(base, key, path, account)
            for e in page["data"]:
                events[e["id"]] = e["type"]
            if not page["has_more"]:
                break
            path = f"/v1/events?limit=100&starting_after={page['data'][-1]['id']}"
    return events


def run_row(cli, base, row, env):
    key = f"sk_test_cli_{secrets.token_hex(6)}"
    before = world_events(base, key)
    started = time.monotonic()
    try:
        proc = subprocess.run([cli, "trigger", row["trigger"], "--api-base", base, "--api-key", key],
                              env=env, capture_output=True, text=True, timeout=TRIGGER_TIMEOUT)
        output = proc.stdout + proc.stderr
        succeeded = proc.returncode == 0 and "Trigger succeeded" in output
    except subprocess.TimeoutExpired:
        output, succeeded = f"no answer in {TRIGGER_TIMEOUT} s", False
    seconds = time.monotonic() - started
    after = world_events(base, key)
    made = [t for i, t in after.items() if i not in before]
    missing = [t for t in row["events"] if t not in made]
    failure = next((line.strip() for line in output.splitlines() if "failed" in line.lower()), output.strip()[-300:])
    return {"trigger": row["trigger"], "succeeded": succeeded, "missing": missing, "made": sorted(set(made)),
            "seconds": seconds, "failure": failure}


def rows():
    with open(os.path.join(HERE, "triggers.json")) as f:
        return json.load(f)["triggers"]


def expected_names():
    """The rows as the conformance report names them."""
    return [f"trigger:{row['trigger']}" for row in rows()]


def run(cli, base, only=()):
    """Runs every row (or those named in `only`) against `base`; prints a line per row and
    returns {"sdk": the CLI's version, "flows": [{name, ok, detail}], "seconds": total}."""
    selected = [r for r in rows() if not only or r["trigger"] in only]
    results = []
    with tempfile.TemporaryDirectory(prefix="debitsim-cli-") as home:
        env = cli_env(home)
        version = subprocess.run([cli, "version"], env=env, capture_output=True, text=True, timeout=60).stdout
        version = version.splitlines()[0] if version else "stripe ?"
        print(f"=== stripe trigger --api-base {base} ({version})", flush=True)
        total = time.monotonic()
        for row in selected:
            r = run_row(cli, base, row, env)
            expected_failure = row.get("not_simulated")
            if expected_failure:
                # It must not work: the trigger fails, or does not make its events.
                ok = not r["succeeded"] or bool(r["missing"])
                verdict = (f"not simulated, as listed ({expected_failure})" if ok
                           else "WORKS though listed as not simulated: update its row in triggers.json")
            elif not r["succeeded"]:
                ok, verdict = False, f"FAILED: {r['failure']}"
            elif r["missing"]:
                ok, verdict = False, f"FAILED: no {', '.join(r['missing'])} event (made: {', '.join(r['made'])})"
            else:
                ok, verdict = True, "ok: " + ", ".join(row["events"])
            results.append({"name": f"trigger:{row['trigger']}", "ok": ok, "detail": verdict})
            print(f"  {r['trigger']:44} {r['seconds']:5.2f} s  {verdict}", flush=True)
        seconds = time.monotonic() - total
        print(f"  ({len(selected)} triggers in {seconds:.1f} s)", flush=True)
    return {"sdk": version, "flows": results, "seconds": seconds}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", required=True, help="the stripe binary (or npm's shim for it)")
    ap.add_argument("--base", required=True, help="the simulator, http://127.0.0.1:PORT")
    ap.add_argument("triggers", nargs="*", help="only these rows")
    args = ap.parse_args(argv[1:])
    flows = run(args.cli, args.base, args.triggers)["flows"]
    passed = sum(f["ok"] for f in flows)
    print(f"cli triggers: {passed} passed, {len(flows) - passed} failed", flush=True)
    return 0 if passed == len(flows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
