"""The container image as a user runs it (tests/packaging/run): loaded from the OCI archive that
scripts/package wrote, run with podman, asked over its published port, configured by DEBITSIM_*
variables alone, health-checked without a shell, its state in a volume, and a bad variable
stopping it with the variable named. Also: the wheel, the npm package and the image hold the
very same binary.

Needs $DEBITSIM_DIST (the dist/ folder) and podman (tests/packaging/run installs it)."""

import hashlib
import io
import json
import os
import socket
import subprocess
import tarfile
import time
import urllib.parse
import urllib.request
import uuid
import zipfile
from pathlib import Path

import pytest

DIST = Path(os.environ.get("DEBITSIM_DIST", "dist"))
PINNED = 1_795_186_800
# runc, and limits lower than podman's defaults: what works in the containers CI runs in, and
# harmless elsewhere.
PODMAN = ["podman", "--runtime", "runc"]
LIMITS = ["--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096"]


def podman(*args, check=True):
    done = subprocess.run([*PODMAN, *args], capture_output=True, text=True, timeout=120)
    if check and done.returncode != 0:
        raise AssertionError(f"podman {' '.join(args)} failed ({done.returncode}): {done.stderr}")
    return done


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def image():
    """The image as loaded from dist/debitsim-image.tar (not as scripts/package left it)."""
    archive = DIST / "debitsim-image.tar"
    assert archive.is_file(), f"{archive} is missing: run scripts/package"
    loaded = podman("load", "-q", "-i", str(archive)).stdout
    name = loaded.strip().rsplit(" ", 1)[-1]  # "Loaded image: localhost/debitsim:0.1.0"
    assert name.startswith("localhost/debitsim:"), loaded
    return name


class Container:
    def __init__(self, image, *options):
        self.name = f"debitsim-test-{uuid.uuid4().hex[:12]}"
        self.port = free_port()
        podman(
            "run", "-d", "--name", self.name, *LIMITS, "-p", f"127.0.0.1:{self.port}:12111",
            "--health-cmd", '["/debitsim", "health"]', "--health-interval", "disable",
            *options, image,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(self.url + "/_sim/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            if time.monotonic() > deadline:
                logs = podman("logs", self.name, check=False)
                raise AssertionError(f"the container did not answer on {self.url}: {logs.stdout}{logs.stderr}")
            time.sleep(0.1)

    def call(self, method, path, key, data=None):
        body = urllib.parse.urlencode(data).encode() if data else None
        request = urllib.request.Request(self.url + path, data=body, method=method)
        request.add_header("Authorization", f"Bearer {key}")
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def stop(self):
        podman("stop", "-t", "15", self.name)
        code = podman("inspect", self.name, "--format", "{{.State.ExitCode}}").stdout.strip()
        podman("rm", self.name)
        return int(code)


def test_the_image_is_the_binary_from_scratch(image):
    config = json.loads(podman("image", "inspect", image).stdout)[0]["Config"]
    assert config["Entrypoint"] == ["/debitsim"] and config["Cmd"] == ["serve"]
    assert "DEBITSIM_HOST=0.0.0.0" in config["Env"] and "DEBITSIM_PORT=12111" in config["Env"]
    assert "12111/tcp" in config["ExposedPorts"]
    assert config["User"] == "65534:65534"
    # One layer per COPY, and nothing else: the binary and the empty state folder.
    layers = json.loads(podman("image", "inspect", image).stdout)[0]["RootFS"]["Layers"]
    assert len(layers) == 2, layers


def test_the_wheel_the_npm_package_and_the_image_hold_one_binary(image):
    wheel = next(DIST.glob("debitsim-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(".data/scripts/debitsim"))
        in_wheel = z.read(name)
    npm = next(DIST.glob("debitsim-linux-x64-*.tgz"))
    with tarfile.open(npm) as t:
        member = t.getmember("package/bin/debitsim")
        assert member.mode & 0o111, "the npm binary is not executable"
        in_npm = t.extractfile(member).read()
    container = podman("create", image).stdout.strip()
    try:
        copied = subprocess.run([*PODMAN, "cp", f"{container}:/debitsim", "-"], capture_output=True, timeout=60, check=True)
    finally:
        podman("rm", container)
    with tarfile.open(fileobj=io.BytesIO(copied.stdout)) as t:
        in_image = t.extractfile(t.getmembers()[0]).read()
    digests = {hashlib.sha256(b).hexdigest() for b in (in_wheel, in_npm, in_image)}
    assert len(digests) == 1, "the packages hold different binaries"


def test_it_serves_on_its_published_port_and_its_health_check_needs_no_shell(image):
    container = Container(image)
    try:
        payment = container.call(
            "POST", "/v1/charges", "sk_test_image", {"amount": 1500, "currency": "usd", "source": "acct_1SimExpressUS001"}
        )
        assert payment["id"].startswith("py_")
        assert container.call("GET", "/_sim/audit", "sk_test_image")["ok"] is True
        checked = podman("healthcheck", "run", container.name, check=False)
        assert checked.returncode == 0, checked.stderr
    finally:
        # SIGTERM to the server as PID 1: it stops gracefully, exit status 0.
        assert container.stop() == 0


def test_it_is_configured_by_environment_alone(image):
    container = Container(image, "-e", f"DEBITSIM_START_TIME={PINNED}", "-e", "DEBITSIM_ONBOARDING=required")
    try:
        assert container.call("GET", "/_sim/clock", "sk_test_env")["now"] == PINNED
        account = container.call("POST", "/v1/accounts", "sk_test_env", {"type": "custom", "country": "US"})
        assert account["details_submitted"] is False
    finally:
        container.stop()


def test_its_state_lives_in_a_volume(image):
    volume = f"debitsim-test-{uuid.uuid4().hex[:12]}"
    podman("volume", "create", volume)
    try:
        first = Container(image, "-v", f"{volume}:/state", "-e", "DEBITSIM_STATE=/state")
        payment = first.call(
            "POST", "/v1/charges", "sk_test_vol", {"amount": 700, "currency": "usd", "source": "acct_1SimExpressUS001"}
        )
        assert first.stop() == 0
        second = Container(image, "-v", f"{volume}:/state", "-e", "DEBITSIM_STATE=/state")
        try:
            assert second.call("GET", f"/v1/charges/{payment['id']}", "sk_test_vol")["amount"] == 700
        finally:
            second.stop()
    finally:
        podman("volume", "rm", "-f", volume)


@pytest.mark.parametrize(
    "variable, value",
    [("DEBITSIM_PORT", "abc"), ("DEBITSIM_ONBOARDING", "never"), ("DEBITSIM_START_TIME", "yesterday")],
)
def test_a_bad_variable_stops_it_naming_the_variable(image, variable, value):
    done = podman("run", "--rm", *LIMITS, "-e", f"{variable}={value}", image, check=False)
    assert done.returncode == 2, done
    said = done.stdout + done.stderr
    assert f"invalid value '{value}'" in said and f"environment variable {variable}" in said, said
