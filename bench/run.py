"""`make bench`: every benchmark in turn, each in its own process, each printing its own table.

`--large` adds the large-document benchmark (the Python 3.11 documentation, Debian's python3.11-doc);
`--soak SECONDS` sets the soak length (default 120; the issue's figure is 600).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", action="store_true", help="also index the Python 3.11 documentation")
    parser.add_argument("--soak", type=float, default=120, help="seconds of soak (default 120)")
    args = parser.parse_args()
    runs = [
        ["quality.py"],
        ["dialogs.py"],
        ["unstated.py"],
        ["perf.py"],
        ["rebuild.py"],
        ["crash.py", "--builds", "20"],
        ["soak.py", "--duration", str(args.soak)],
    ]
    if args.large:
        runs.append(["large.py"])
    failed = 0
    for script, *rest in runs:
        print(f"\n## bench/{script} {' '.join(rest)}".rstrip(), flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *rest])
        print(f"(exit {code}, {time.perf_counter() - started:.0f} s)", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
