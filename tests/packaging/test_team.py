"""The team instance (deploy/team): Debian's nginx, with the shipped routing and proxy files,
in front of three debitsim shards on loopback, each with its own --state. Every form of a key
reaches one shard, the dashboard and its live feed work through the proxy, and a killed shard
loses only its own keys, until it restarts with its state.

Needs $NGINX (default /usr/sbin/nginx) and $DEBITSIM_NGINX_CONF, the folder of the shipped
files (tests/packaging/run sets both)."""

import base64
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from debitsim import Server

NGINX = os.environ.get("NGINX", "/usr/sbin/nginx")
CONF = os.environ.get("DEBITSIM_NGINX_CONF", "")
EXPRESS = "acct_1SimExpressUS001"
KEYS = [f"team_{i}" for i in range(45)]  # world names: sk_test_team_0, ...


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Team:
    def __init__(self, root):
        self.root = root
        self.shards = []
        self.dirs = []
        for name in "abc":
            state = root / f"shard-{name}"
            state.mkdir()
            self.dirs.append(state)
            self.shards.append(Server(state=state).start())
        self.port = free_port()
        upstreams = "\n".join(f"        server 127.0.0.1:{s.port} max_fails=0;" for s in self.shards)
        (root / "nginx.conf").write_text(
            f"""
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{}}
http {{
    access_log off;
    client_body_temp_path {root}/client_body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    include {CONF}/debitsim-routing.conf;
    upstream debitsim {{
        hash $debitsim_world consistent;
{upstreams}
        keepalive 8;
    }}
    server {{
        listen 127.0.0.1:{self.port};
        include {CONF}/debitsim-proxy.conf;
    }}
}}
"""
        )
        self.nginx = subprocess.Popen(
            [NGINX, "-p", str(root), "-c", str(root / "nginx.conf"), "-g", "daemon off;"],
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if self.nginx.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {self.nginx.stderr.read().decode()}")
                time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def shard_of(self, address):
        return next(i for i, s in enumerate(self.shards) if address == f"127.0.0.1:{s.port}")

    def stop(self):
        self.nginx.terminate()
        self.nginx.wait(10)
        for shard in self.shards:
            shard.stop()


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    assert os.path.isfile(os.path.join(CONF, "debitsim-routing.conf")), f"no shipped nginx files in {CONF!r}"
    assert os.access(NGINX, os.X_OK), f"no nginx at {NGINX}: tests/packaging/run installs Debian's"
    team = Team(tmp_path_factory.mktemp("team"))
    yield team
    team.stop()


def call(url, method, path, authorization=None, data=None, account=None):
    """(status, JSON body, the shard nginx named) of one request."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url + path, data=body, method=method)
    if authorization:
        request.add_header("Authorization", authorization)
    if account:
        request.add_header("Stripe-Account", account)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null"), response.headers.get("X-Debitsim-Shard")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null"), e.headers.get("X-Debitsim-Shard")


def bearer(key):
    return f"Bearer {key}"


def basic(key, password=""):
    return "Basic " + base64.b64encode(f"{key}:{password}".encode()).decode()


def charge(url, world, amount):
    status, body, shard = call(
        url, "POST", "/v1/charges", bearer(f"sk_test_{world}"), {"amount": amount, "currency": "usd", "source": EXPRESS}
    )
    assert status == 200, body
    return body["id"], shard


def test_every_form_of_a_key_reaches_the_one_shard_holding_its_world(team):
    owners = {}
    for n, world in enumerate(KEYS):
        payment, shard = charge(team.url, world, 100 + n)
        forms = [
            bearer(f"sk_test_{world}"),
            bearer(f"rk_test_{world}"),
            f"bearer \t sk_test_{world}",
            basic(f"sk_test_{world}"),
            basic(f"rk_test_{world}", "any password"),
        ]
        for authorization in forms:
            status, body, served_by = call(team.url, "GET", f"/v1/charges/{payment}", authorization)
            assert (status, body["amount"], served_by) == (200, 100 + n, shard), authorization
        owners[world] = team.shard_of(shard)
    # The worlds spread over all three shards...
    assert sorted(set(owners.values())) == [0, 1, 2], owners
    # ...and each lives on its shard only: asked directly, the other shards have a fresh
    # world under that key, without the payment.
    for world in KEYS[:6]:
        status, body, _ = call(team.url, "GET", "/v1/charges?limit=100", bearer(f"sk_test_{world}"))
        mine = [c["id"] for c in body["data"] if c["amount"] == 100 + KEYS.index(world)]
        assert status == 200 and len(mine) == 1
        for i, shard in enumerate(team.shards):
            status, _, _ = call(shard.url, "GET", f"/v1/charges/{mine[0]}", bearer(f"sk_test_{world}"))
            assert status == (200 if i == owners[world] else 404), (world, i)
    # Requests without a usable key hash nothing: nginx spreads them round-robin, and any
    # shard answers them as debitsim does.
    keyless = {call(team.url, "GET", "/_sim/health")[2] for _ in range(6)}
    assert len(keyless) == 3
    status, body, _ = call(team.url, "GET", "/v1/balance", "Bearer not_a_key")
    assert status == 401 and "Invalid API Key" in body["error"]["message"]


def read_event(stream, deadline):
    """The next server-sent event (name, data) from a streaming response, or None at deadline."""
    name, data = None, []
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            return None
        line = line.decode().rstrip("\r\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif line == "" and name:
            return name, "\n".join(data)
    return None


def test_the_dashboard_and_its_live_feed_work_through_the_proxy(team):
    with urllib.request.urlopen(team.url + "/dashboard", timeout=10) as page:
        html = page.read().decode()
        assert page.status == 200 and "text/html" in page.headers["Content-Type"]
    script = re.search(r'<script[^>]* src="([^"]+)"', html).group(1)
    assert script.startswith("/dashboard/"), script
    with urllib.request.urlopen(team.url + script, timeout=10) as asset:
        assert asset.status == 200 and "javascript" in asset.headers["Content-Type"]

    # The feed, opened as the page opens it (fetch with the key), through the proxy.
    world = KEYS[7]
    connection = http.client.HTTPConnection("127.0.0.1", team.port, timeout=10)
    connection.request("GET", "/_sim/stream", headers={"Authorization": bearer(f"sk_test_{world}")})
    response = connection.getresponse()
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/event-stream")
    deadline = time.monotonic() + 10
    assert read_event(response, deadline)[0] == "hello"
    # A change made through the proxy arrives live on the feed.
    payment, _ = charge(team.url, world, 4242)
    seen = []
    while True:
        event = read_event(response, deadline)
        assert event is not None, f"no stripe_event for {payment} within 10 s; saw {seen}"
        seen.append(event[0])
        if event[0] == "stripe_event" and payment in event[1]:
            break
    connection.close()


def test_a_killed_shard_loses_only_its_own_keys_until_it_restarts_with_its_state(team):
    payments = {}
    for n, world in enumerate(KEYS):
        payment, shard = charge(team.url, world, 5000 + n)
        payments[world] = (payment, team.shard_of(shard))
    victim = payments[KEYS[0]][1]
    port = team.shards[victim].port
    os.kill(team.shards[victim].pid, signal.SIGKILL)
    team.shards[victim]._process.wait(10)

    for world, (payment, owner) in payments.items():
        status, body, shard = call(team.url, "GET", f"/v1/charges/{payment}", bearer(f"sk_test_{world}"))
        if owner == victim:
            # Its keys wait for it, with Stripe's error shape, and are not moved elsewhere.
            assert status == 502 and "not answering" in body["error"]["message"], body
            assert shard == f"127.0.0.1:{port}"
        else:
            assert (status, body["amount"]) == (200, 5000 + KEYS.index(world))

    # Restarted on its port with its state, the shard has every acknowledged write back.
    team.shards[victim] = Server(state=team.dirs[victim], port=port).start()
    for world, (payment, owner) in payments.items():
        status, body, shard = call(team.url, "GET", f"/v1/charges/{payment}", bearer(f"sk_test_{world}"))
        assert (status, body["amount"], team.shard_of(shard)) == (200, 5000 + KEYS.index(world), owner)
