"""The Python package as installed from the wheel into a fresh virtual environment
(tests/packaging/run): the binary on the PATH, `Server`'s options against the binary's own
flags, its failures carrying the server's own words, and the pytest plugin's options."""

import os
import re
import shutil
import socket
import subprocess
import sys
import sysconfig
import textwrap
import urllib.request

import pytest

import debitsim
from debitsim import OPTIONS, DebitsimError, Server, ServerError

PINNED = 1_795_186_800
EXPRESS = "acct_1SimExpressUS001"


def test_the_wheel_put_the_binary_in_the_environment():
    found = debitsim.find_binary()
    assert os.path.dirname(found) == sysconfig.get_path("scripts"), found
    out = subprocess.run([found, "--version"], capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"debitsim {debitsim.__version__}"
    assert shutil.which("debitsim", path=sysconfig.get_path("scripts")) == found
    # `python -m debitsim` runs the same binary.
    out = subprocess.run([sys.executable, "-m", "debitsim", "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"debitsim {debitsim.__version__}"


def test_the_options_are_the_binarys_flags():
    help_text = subprocess.run(
        [debitsim.find_binary(), "serve", "--help"], capture_output=True, text=True, check=True
    ).stdout
    flags = {}
    for line in help_text.splitlines():
        found = re.match(r"\s+(?:-\w, )?--([a-z-]+)( <)?", line)
        if found and found.group(1) not in ("help", "version"):
            flags[found.group(1).replace("-", "_")] = found.group(2) is None
    assert len(flags) > 10, help_text
    assert flags == OPTIONS


def test_a_repeatable_flag_takes_a_list():
    from debitsim._server import _flags

    assert _flags({"webhook_allow_host": ["a.test", "b.test"], "port": 0}) == [
        "--port", "0", "--webhook-allow-host", "a.test", "--webhook-allow-host", "b.test",
    ]
    assert _flags({"webhook_allow_host": "a.test"}) == ["--webhook-allow-host", "a.test"]


def test_an_unknown_option_is_refused_before_anything_starts():
    with pytest.raises(TypeError, match=r"unknown option 'start_tme'; did you mean 'start_time'\?"):
        Server(start_tme=PINNED)


def test_a_port_in_use_raises_the_servers_own_message():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ServerError) as raised:
            Server(port=port).start()
    message = str(raised.value)
    assert f"cannot listen on 127.0.0.1:{port}" in message, message
    assert "in use" in message, message


def test_a_bad_value_raises_the_servers_own_message():
    with pytest.raises(ServerError, match=r"invalid value 'never' for '--onboarding <MODE>'"):
        Server(onboarding="never").start()


def test_a_missing_binary_says_so():
    with pytest.raises(ServerError, match="cannot run /nonexistent/debitsim"):
        Server(binary="/nonexistent/debitsim").start()


def test_the_callers_environment_does_not_reach_the_server(monkeypatch):
    # A value the binary would refuse: were it passed on, the server would not start.
    monkeypatch.setenv("DEBITSIM_ONBOARDING", "never")
    with Server(start_time=PINNED) as server:
        assert server.world().request("GET", "/_sim/clock")["now"] == PINNED


def test_a_world_per_key_with_its_clock_and_audit():
    with Server(start_time=PINNED) as server:
        assert server.url.startswith("http://127.0.0.1:") and server.port > 0
        one, two = server.world(), server.world()
        assert one.api_key != two.api_key and one.api_key.startswith("sk_test_")
        one.request("POST", "/v1/charges", {"amount": 1500, "currency": "usd", "source": EXPRESS})
        clock = one.advance(days=1)
        assert clock["now"] == PINNED + 86_400
        assert two.request("GET", "/_sim/clock")["now"] == PINNED  # two's clock did not move
        assert server.advance(seconds=5, key=one.api_key)["now"] == PINNED + 86_405
        assert one.audit()["ok"] is True and server.audit(two.api_key)["ok"] is True
        with pytest.raises(DebitsimError) as refused:
            one.advance(days=-1)
        assert refused.value.status == 400 and "only moves forward" in refused.value.error["message"]
        with pytest.raises(DebitsimError) as read_only:
            server.world(one.restricted_key).advance(days=1)
        assert read_only.value.status == 401 or read_only.value.status == 403
    assert not server.running
    server.stop()  # idempotent


def test_a_server_that_logs_every_request_never_blocks(capfd):
    with Server(log=True) as server:
        world = server.world()
        for _ in range(600):  # far more than a pipe holds, were stderr not drained
            world.request("GET", "/v1/balance")
    assert capfd.readouterr().err.count("GET /v1/balance") == 600


def test_forwarding_gives_the_webhook_secret():
    with Server(forward_to="localhost:9/hook", webhook_secret="whsec_fixed") as server:
        assert server.webhook_secret == "whsec_fixed"
    with Server(forward_to="localhost:9/hook") as server:
        assert server.webhook_secret.startswith("whsec_")


def test_state_keeps_worlds_across_servers(tmp_path):
    with Server(state=tmp_path) as first:
        world = first.world()
        payment = world.request("POST", "/v1/charges", {"amount": 800, "currency": "usd", "source": EXPRESS})
    with Server(state=tmp_path) as second:
        assert second.request("GET", f"/v1/charges/{payment['id']}", world.api_key)["amount"] == 800


def test_the_plugin_takes_its_options_from_the_command_line_and_the_ini_file(pytester):
    pytester.makeini(
        """
        [pytest]
        debitsim_onboarding = required
        """
    )
    pytester.makepyfile(
        textwrap.dedent(
            f"""
            def test_options(debitsim):
                assert debitsim.request("GET", "/_sim/clock")["now"] == {PINNED}
                account = debitsim.request("POST", "/v1/accounts", {{"type": "custom", "country": "US"}})
                assert account["details_submitted"] is False

            def test_a_fresh_key_per_test(debitsim, debitsim_server):
                assert debitsim.server is debitsim_server
                assert debitsim.api_key.startswith("sk_test_")
            """
        )
    )
    result = pytester.runpytest_subprocess(f"--debitsim-start-time={PINNED}")
    result.assert_outcomes(passed=2)
    shown = pytester.runpytest_subprocess("--help")
    shown.stdout.fnmatch_lines(["*--debitsim-start-time=VALUE*"])


def test_a_conftest_can_set_the_options_in_code(pytester):
    pytester.makeconftest(
        f"""
        import pytest

        @pytest.fixture(scope="session")
        def debitsim_options():
            return {{"start_time": {PINNED + 60}}}
        """
    )
    pytester.makepyfile(
        f"""
        def test_clock(debitsim):
            assert debitsim.request("GET", "/_sim/clock")["now"] == {PINNED + 60}
        """
    )
    pytester.runpytest_subprocess().assert_outcomes(passed=1)


def test_the_health_check_answers_without_a_key():
    with Server() as server:
        with urllib.request.urlopen(server.url + "/_sim/health") as response:
            assert response.status == 200
        healthy = subprocess.run(
            [debitsim.find_binary(), "health", "--port", str(server.port)], capture_output=True, text=True
        )
        assert healthy.returncode == 0, healthy.stderr
