"""`python -m debitsim ...` runs the bundled binary with the same arguments, for a machine
whose PATH does not include the environment's scripts folder."""

import os
import subprocess
import sys

from ._server import ServerError, find_binary


def main() -> int:
    try:
        binary = find_binary()
    except ServerError as e:
        print(f"debitsim: {e}", file=sys.stderr)
        return 1
    if os.name == "posix":
        os.execv(binary, [binary, *sys.argv[1:]])
    return subprocess.call([binary, *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
