"""debitsim for Python: the simulator's binary (installed on the PATH by the wheel), a
`Server` that runs it for a test suite, and a pytest plugin giving each test a fresh world.

    from debitsim import Server

    with Server(start_time=1_795_186_800) as server:
        world = server.world()            # a fresh sk_test_ key: a world of its own
        world.advance(days=2)
        assert world.audit()["ok"]

The pytest plugin (`debitsim.pytest_plugin`) is active once the package is installed: see
the `debitsim_server` and `debitsim` fixtures there.
"""

from ._server import OPTIONS, DebitsimError, Server, ServerError, World, find_binary

try:
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("debitsim")
    except PackageNotFoundError:  # run from a source tree, not installed
        __version__ = "0+unknown"
except ImportError:  # pragma: no cover - Python < 3.8 is not supported anyway
    __version__ = "0+unknown"

__all__ = [
    "OPTIONS",
    "DebitsimError",
    "Server",
    "ServerError",
    "World",
    "find_binary",
    "__version__",
]
