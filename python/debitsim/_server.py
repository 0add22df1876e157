"""`Server`: runs the debitsim binary on a free port for a test suite, and `World`: one API key's
world on it, with the simulator's controls (the clock, the audit) and a Stripe client.

The fresh-state convention is debitsim's own: every `sk_test_...` key is a world of its own,
made from the fixtures on first use (about half a millisecond), so a test that wants a clean
slate takes a new key rather than restarting anything.
"""

from __future__ import annotations

import collections
import difflib
import json
import os
import secrets
import shutil
import subprocess
import sys
import sysconfig
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Deque, Dict, List, Mapping, Optional

# Every flag of `debitsim serve`, by its Python name (the flag without `--`, `-` as `_`).
# `True` marks a flag that takes no value. The package's tests compare this table with the
# binary's `--help`, so a flag added to the binary without a row here fails them.
OPTIONS: Dict[str, bool] = {
    "host": False,
    "port": False,
    "fixtures": False,
    "log": True,
    "state": False,
    "snapshot_every": False,
    "start_time": False,
    "rate_limit": False,
    "forward_to": False,
    "forward_connect_to": False,
    "webhook_secret": False,
    "webhook_concurrency": False,
    "webhook_timeout": False,
    "webhook_ca": False,
    "webhook_allow_host": False,
    "onboarding": False,
}

# Options of the Python side only: which binary, and how long it may take to start (a large
# --state directory is replayed before the server listens).
_OWN_OPTIONS = ("binary", "startup_timeout")

_READY = "listening on "
_SECRET = "Ready! Your webhook signing secret is '"


class ServerError(RuntimeError):
    """The server could not be started (its own message, when it printed one, is in the
    exception's text) or is not running."""


class DebitsimError(Exception):
    """The server answered a control call with an error: `status` is the HTTP status and
    `error` Stripe's error object (`message`, `type`, `param`, ...)."""

    def __init__(self, status: int, error: Dict[str, Any]):
        self.status = status
        self.error = error
        super().__init__(f"{status}: {error.get('message', error)}")


def find_binary() -> str:
    """The path of the debitsim binary: `$DEBITSIM_BIN` if set, else the one this package's
    wheel installed into the environment's scripts folder, else `debitsim` on the PATH."""
    explicit = os.environ.get("DEBITSIM_BIN")
    if explicit:
        return explicit
    name = "debitsim.exe" if os.name == "nt" else "debitsim"
    schemes = [None, f"{os.name}_user"]
    for scheme in schemes:
        try:
            folder = sysconfig.get_path("scripts", scheme) if scheme else sysconfig.get_path("scripts")
        except KeyError:
            continue
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(name)
    if found:
        return found
    raise ServerError(
        "the debitsim binary was not found: it is installed by 'pip install debitsim' into the "
        "environment's scripts folder; or set DEBITSIM_BIN to its path"
    )


def _check_options(options: Mapping[str, Any]) -> None:
    known = list(OPTIONS) + list(_OWN_OPTIONS)
    for name in options:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(
                f"debitsim.Server() got an unknown option {name!r}{hint} "
                f"The options are: {', '.join(known)}"
            )


def _flags(options: Mapping[str, Any]) -> List[str]:
    flags: List[str] = []
    for name, takes_no_value in OPTIONS.items():
        value = options.get(name)
        if value is None or value is False and takes_no_value:
            continue
        flag = "--" + name.replace("_", "-")
        if takes_no_value:
            flags.append(flag)
            continue
        # A repeatable flag (webhook_allow_host) takes a list or tuple: the flag once per element.
        for one in value if isinstance(value, (list, tuple)) else [value]:
            flags += [flag, os.fspath(one) if isinstance(one, os.PathLike) else str(one)]
    return flags


class Server:
    """A debitsim process on a free loopback port, for as long as the `with` block (or until
    `stop()`).

    Options are the binary's flags by their Python names (`start_time=`, `fixtures=`,
    `state=`, `forward_to=`, `webhook_secret=`, `onboarding=`, `log=True`, ...; see `OPTIONS`),
    plus `binary=` (default: `find_binary()`) and `startup_timeout=` (seconds, default 30).
    `port` defaults to 0, a free port. The process gets no `DEBITSIM_*` variable from this
    environment, so what it runs with is exactly what was given here.
    """

    def __init__(self, **options: Any):
        _check_options(options)
        self.options = dict(options)
        self.options.setdefault("port", 0)
        self._startup_timeout = float(options.get("startup_timeout") or 30)
        self._process: Optional[subprocess.Popen] = None
        self._stderr: Deque[str] = collections.deque(maxlen=200)
        self._said = threading.Event()
        self._readers: List[threading.Thread] = []
        self.url: Optional[str] = None
        self.webhook_secret: Optional[str] = options.get("webhook_secret")

    # --- the process ---

    def start(self) -> "Server":
        """Starts the binary and waits for its `listening on` line. Raises `ServerError`
        with the server's own message if it stops first (a port in use, a bad flag value, an
        unreadable --fixtures or --state) or does not say it listens in time."""
        if self._process is not None:
            raise ServerError("this debitsim Server was already started")
        binary = self.options.get("binary") or find_binary()
        command = [os.fspath(binary), "serve", *_flags(self.options)]
        env = {k: v for k, v in os.environ.items() if not k.startswith("DEBITSIM_")}
        try:
            self._process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
            )
        except OSError as e:
            raise ServerError(f"cannot run {binary}: {e}") from e
        for target, pipe in ((self._read_stdout, self._process.stdout), (self._read_stderr, self._process.stderr)):
            reader = threading.Thread(target=target, args=(pipe,), name="debitsim-output", daemon=True)
            reader.start()
            self._readers.append(reader)
        self._said.wait(self._startup_timeout)
        if self.url is None:
            code = self._process.poll()
            if code is None:
                self.stop()
                raise ServerError(
                    f"debitsim did not say it was listening within {self._startup_timeout:g} s"
                    f"{self._said_on_stderr()}"
                )
            self._readers[1].join(2)
            raise ServerError(f"debitsim stopped with exit status {code}{self._said_on_stderr()}")
        return self

    def _said_on_stderr(self) -> str:
        said = "".join(self._stderr).strip()
        return f": {said}" if said else ""

    def _read_stdout(self, pipe: Any) -> None:
        secret_seen = False
        for raw in iter(pipe.readline, b""):
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if line.startswith(_READY) and self.url is None:
                self.url = line[len(_READY) :].strip()
            elif line.startswith(_SECRET):
                self.webhook_secret = line[len(_SECRET) :].rstrip("'")
                secret_seen = True
            # When forwarding, the secret's line follows the address's: wait for both.
            if self.url is not None and (secret_seen or not self.options.get("forward_to")):
                self._said.set()
        self._said.set()

    def _read_stderr(self, pipe: Any) -> None:
        # Always drained, so a server logging every request (log=True) never blocks on a
        # full pipe; echoed when the log was asked for.
        for raw in iter(pipe.readline, b""):
            line = raw.decode("utf-8", "replace")
            self._stderr.append(line)
            if self.options.get("log"):
                sys.stderr.write(line)
        self._said.set()

    def stop(self, timeout: float = 15) -> None:
        """Stops the server gracefully (SIGTERM: with --state it writes its last snapshot),
        killing it if it has not stopped within `timeout` seconds. Idempotent."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        # Its output is read to the end, so that everything it said has been passed on.
        for reader in self._readers:
            reader.join(5)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def port(self) -> int:
        return int(self._need_url().rsplit(":", 1)[1])

    @property
    def pid(self) -> int:
        if self._process is None:
            raise ServerError("this debitsim Server has not been started")
        return self._process.pid

    def __enter__(self) -> "Server":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def _need_url(self) -> str:
        if self.url is None:
            raise ServerError("this debitsim Server has not been started (use it in a with block, or call start())")
        return self.url

    # --- worlds ---

    @staticmethod
    def new_key() -> str:
        """A fresh secret key, `sk_test_` and 24 random hex digits: a world nobody has used."""
        return "sk_test_" + secrets.token_hex(12)

    def world(self, key: Optional[str] = None) -> "World":
        """The world of `key`, by default of a fresh key."""
        return World(self, key or self.new_key())

    def request(
        self,
        method: str,
        path: str,
        key: str,
        data: Optional[Mapping[str, Any]] = None,
        account: Optional[str] = None,
    ) -> Dict[str, Any]:
        """One call with `key` (form-encoded `data`, `Stripe-Account: account`); the JSON
        answer, or `DebitsimError` with Stripe's error."""
        url = self._need_url() + path
        body = None
        if data:
            fields = {k: str(v).lower() if isinstance(v, bool) else v for k, v in data.items() if v is not None}
            body = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Authorization", f"Bearer {key}")
        if account:
            request.add_header("Stripe-Account", account)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                error = json.loads(raw).get("error", {})
            except ValueError:
                error = {"message": raw.decode("utf-8", "replace")}
            raise DebitsimError(e.code, error) from None

    def advance(
        self,
        seconds: Optional[int] = None,
        days: Optional[int] = None,
        to: Optional[int] = None,
        next: Optional[str] = None,
        *,
        key: str,
    ) -> Dict[str, Any]:
        """Moves `key`'s world's clock forward (`POST /_sim/clock/advance`): by `seconds`
        and/or `days`, `to` a Unix time, or to the `next` moment (`"payout_run"`,
        `"payout_arrival"`, `"funds_available"`). Returns the clock and the events the move
        made."""
        return self.request(
            "POST", "/_sim/clock/advance", key, {"seconds": seconds, "days": days, "to": to, "next": next}
        )

    def audit(self, key: str) -> Dict[str, Any]:
        """`GET /_sim/audit` of `key`'s world: every invariant re-derived; `ok` and the first
        `problem` found."""
        return self.request("GET", "/_sim/audit", key)


class World:
    """One API key's world on a running `Server`: `api_key`, the server's `url`, the clock
    and the audit, and an official Stripe client pointed at it."""

    def __init__(self, server: Server, api_key: str):
        self.server = server
        self.api_key = api_key

    @property
    def url(self) -> str:
        return self.server._need_url()

    @property
    def restricted_key(self) -> str:
        """The read-only `rk_test_` key of the same world."""
        return "rk_" + self.api_key[3:]

    def request(self, method: str, path: str, data: Optional[Mapping[str, Any]] = None, account: Optional[str] = None) -> Dict[str, Any]:
        return self.server.request(method, path, self.api_key, data, account)

    def advance(self, seconds: Optional[int] = None, days: Optional[int] = None, to: Optional[int] = None, next: Optional[str] = None) -> Dict[str, Any]:
        return self.server.advance(seconds, days, to, next, key=self.api_key)

    def audit(self) -> Dict[str, Any]:
        return self.server.audit(self.api_key)

    def reset(self) -> Dict[str, Any]:
        """The world back to its fixtures (`POST /_sim/reset`)."""
        return self.request("POST", "/_sim/reset")

    def stripe_client(self, **options: Any) -> Any:
        """A `stripe.StripeClient` on this world (the `stripe` package must be installed);
        `options` go to its constructor."""
        try:
            import stripe
        except ImportError as e:
            raise ImportError("World.stripe_client() needs the stripe package: pip install stripe") from e
        options.setdefault("base_addresses", {"api": self.url, "connect": self.url, "files": self.url})
        return stripe.StripeClient(self.api_key, **options)

    def __repr__(self) -> str:
        return f"<debitsim.World {self.api_key[:8]}...{self.api_key[-4:]} on {self.server.url}>"

