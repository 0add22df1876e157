"""The pytest plugin, registered through the `pytest11` entry point, so it is active as soon as
the package is installed:

- `debitsim_server` (session scope): one debitsim process for the whole run.
- `debitsim` (function scope): a `debitsim.World` on a fresh `sk_test_` key, so each test
  starts from the fixtures and sees no other test's objects: `.url`, `.api_key`,
  `.advance(...)`, `.audit()`, `.stripe_client()`.
- `debitsim_options` (session scope): the server's options, from the command line
  (`--debitsim-start-time=...`) or the ini file (`debitsim_start_time = ...`); override this
  fixture in a conftest.py to set them in code.

Nothing starts until a test asks for one of the fixtures.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator

import pytest

from ._server import OPTIONS, Server, World


def _option(name: str) -> str:
    return "--debitsim-" + name.replace("_", "-")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("debitsim", "debitsim, the Stripe Connect simulator")
    for name, takes_no_value in OPTIONS.items():
        flag = "--" + name.replace("_", "-")
        if takes_no_value:
            group.addoption(_option(name), action="store_true", default=None, dest=f"debitsim_{name}",
                            help=f"start debitsim with {flag}")
            parser.addini(f"debitsim_{name}", f"start debitsim with {flag}", type="bool", default=False)
        else:
            group.addoption(_option(name), default=None, dest=f"debitsim_{name}", metavar="VALUE",
                            help=f"debitsim's {flag}")
            parser.addini(f"debitsim_{name}", f"debitsim's {flag}", default="")
    group.addoption("--debitsim-binary", default=None, dest="debitsim_binary", metavar="PATH",
                    help="the debitsim binary to run (default: the one installed with this package)")
    parser.addini("debitsim_binary", "the debitsim binary to run", default="")


def options_from(config: pytest.Config) -> Dict[str, Any]:
    """The server's options as given on the command line, else in the ini file."""
    options: Dict[str, Any] = {}
    for name in [*OPTIONS, "binary"]:
        value = config.getoption(f"debitsim_{name}")
        if value is None:
            value = config.getini(f"debitsim_{name}")
        if value not in (None, "", False):
            options[name] = value
    return options


@pytest.fixture(scope="session")
def debitsim_options(pytestconfig: pytest.Config) -> Dict[str, Any]:
    """debitsim's options for this run (override in a conftest.py to set them in code)."""
    return options_from(pytestconfig)


@pytest.fixture(scope="session")
def debitsim_server(debitsim_options: Dict[str, Any]) -> Iterator[Server]:
    """One debitsim process for the session, on a free port."""
    with Server(**debitsim_options) as server:
        yield server


@pytest.fixture
def debitsim(debitsim_server: Server) -> World:
    """A fresh world for this test: a new `sk_test_` key on the session's server."""
    return debitsim_server.world()
