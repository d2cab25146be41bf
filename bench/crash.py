"""Kill -9 `build_index.py` at random moments: the served index (CURRENT) must always load as a whole version.

Builds alternate between two variants of the bundled document, so every build that completes writes
a new version. `python bench/crash.py [--builds 20] [--seed N]`.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.support.crash import build_command, crash_builds, variants  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--builds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="docqa-crash-") as tmp:
        folder = Path(tmp)
        documents = variants(folder)
        index_dir = folder / "index"
        subprocess.run(build_command(documents[1], index_dir), check=True, capture_output=True)
        started = time.monotonic()  # the builds below are incremental, like this one: time it
        subprocess.run(build_command(documents[0], index_dir), check=True, capture_output=True)
        full = time.monotonic() - started
        # Half the kills anywhere in a build (mostly imports), half in its last 40%, where it embeds
        # and writes; both windows reach a little past the end so that some builds finish.
        windows = [(0.05, full * 1.1), (full * 0.6, full * 1.05)]
        print(f"an uninterrupted build takes {full:.1f}s; killing at random in "
              + " or ".join(f"[{a:.1f}, {b:.1f}]s" for a, b in windows))
        crashes = crash_builds(index_dir, (documents[1], documents[0]), args.builds, windows, rng)
        for n, c in enumerate(crashes, start=1):
            print(f"build {n:2d}: kill at {c.after:4.1f}s {'(already done)' if c.finished else '':15s} "
                  f"CURRENT={c.served}{' (new)' if c.published else '      '} "
                  f"{'whole' if c.whole else 'BROKEN: ' + c.problem}")
        broken = sum(not c.whole for c in crashes)
        print(f"{len(crashes)} builds: {sum(c.finished for c in crashes)} finished before the kill, "
              f"{sum(c.published for c in crashes)} published a new version, {broken} left a broken index")
        return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
