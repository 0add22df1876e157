"""A recording reverse proxy: sits between one client and the simulator and keeps every exchange.

The SDKs stay unpatched: each is simply pointed at this proxy's port. For every
request it forwards (HTTP/1.1, keep-alive on both sides, one upstream connection per
client connection) it records method, path, status, a few headers and the response body
exactly as the client received it. The run then checks every recorded body.

CONFORMANCE_DROP_FIELD=object.field (e.g. charge.paid) makes the proxy delete that field
from every object of that type before the client sees it: a way to watch the suite go
red when the simulator drops a required field.
"""

import http.client
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection", "upgrade", "te"}
KEPT_REQUEST_HEADERS = ("stripe-account", "idempotency-key", "stripe-version", "content-type")


def drop_field(value, obj, name):
    """Delete `name` from every dict whose `object` is `obj`, at any depth. Returns the count."""
    count = 0
    if isinstance(value, dict):
        if value.get("object") == obj and name in value:
            del value[name]
            count += 1
        for v in value.values():
            count += drop_field(v, obj, name)
    elif isinstance(value, list):
        for v in value:
            count += drop_field(v, obj, name)
    return count


class RecordingProxy:
    def __init__(self, upstream_host, upstream_port, label, drop=None):
        self.upstream = (upstream_host, upstream_port)
        self.label = label
        self.drop = tuple(drop.split(".", 1)) if drop else None
        self.records = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet: the report tells what matters
                pass

            def do_GET(self):
                proxy.forward(self)

            do_POST = do_DELETE = do_PUT = do_PATCH = do_GET

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name=f"proxy-{label}", daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def _read_request_body(self, h):
        if h.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while h.rfile.readline().strip():
                        pass  # trailers
                    return body
                body += h.rfile.read(size)
                h.rfile.readline()
        length = int(h.headers.get("Content-Length") or 0)
        return h.rfile.read(length) if length else b""

    def forward(self, h):
        started = time.monotonic()
        body = self._read_request_body(h)
        headers = {k: v for k, v in h.headers.items() if k.lower() not in HOP_BY_HOP and k.lower() != "host"}
        headers["Host"] = "%s:%d" % self.upstream
        if body or h.command in ("POST", "PUT", "PATCH"):
            headers["Content-Length"] = str(len(body))
        conn = getattr(h, "_upstream", None)
        status, reason, resp_headers, data, error = None, "", [], b"", None
        for attempt in (1, 2):  # a kept-alive upstream connection may have been closed meanwhile
            if conn is None:
                conn = http.client.HTTPConnection(*self.upstream, timeout=60)
                h._upstream = conn
            try:
                conn.request(h.command, h.path, body=body, headers=headers)
                resp = conn.getresponse()
                status, reason, resp_headers, data = resp.status, resp.reason, resp.getheaders(), resp.read()
                error = None
                break
            except (http.client.HTTPException, ConnectionError, OSError) as e:
                conn.close()
                conn, h._upstream, error = None, None, e
        if error is not None:
            status, reason = 502, "Bad Gateway"
            data = json.dumps({"error": {"type": "api_error", "message":
                                         f"conformance proxy: the simulator at {self.upstream[0]}:{self.upstream[1]} "
                                         f"did not answer: {error}"}}).encode()
            resp_headers = [("Content-Type", "application/json")]

        dropped = 0
        if self.drop and data[:1] == b"{":
            try:
                doc = json.loads(data)
                dropped = drop_field(doc, *self.drop)
                if dropped:
                    data = json.dumps(doc).encode()
            except ValueError:
                pass

        h.send_response_only(status, reason)
        for k, v in resp_headers:
            if k.lower() not in HOP_BY_HOP:
                h.send_header(k, v)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(data)
        h.wfile.flush()

        record = {
            "client": self.label,
            "method": h.command,
            "path": h.path,
            "status": status,
            "request_headers": {k.lower(): v for k, v in h.headers.items() if k.lower() in KEPT_REQUEST_HEADERS},
            "request_body": body.decode("utf-8", "replace"),
            "response_headers": {k.lower(): v for k, v in resp_headers},
            "body": data.decode("utf-8", "replace"),
            "proxy_error": None if error is None else str(error),
            "dropped": dropped,
            "ms": round((time.monotonic() - started) * 1000, 1),
        }
        with self.lock:
            record["seq"] = len(self.records)
            self.records.append(record)
