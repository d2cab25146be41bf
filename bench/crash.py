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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from index import IndexUnavailable, current_version, load_version  # noqa: E402
from qa.config import BUNDLED_DOCUMENT, ROOT  # noqa: E402


@dataclass(frozen=True)
class Crash:
    after: float  # seconds from the start of the build to the kill
    finished: bool  # the build exited before the kill came
    published: bool  # CURRENT moved to a new version
    served: str  # the version CURRENT names afterwards
    whole: bool  # that version loads and verifies
    problem: str = ""


def variants(folder: Path) -> tuple[Path, Path]:
    """Two versions of the bundled document under one name: as shipped, and with a paragraph added."""
    text = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
    paths = []
    for n, extra in enumerate(("", "\n\nA paragraph added so that this variant makes a different index version.\n")):
        path = folder / f"variant-{n}" / BUNDLED_DOCUMENT.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + extra, encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def build_command(document: Path, index_dir: Path) -> list[str]:
    return [sys.executable, str(ROOT / "build_index.py"), str(document), "--index-dir", str(index_dir)]


def crash_once(document: Path, index_dir: Path, after: float) -> Crash:
    """Start a build, SIGKILL it `after` seconds later (unless it already exited), then check CURRENT."""
    before = current_version(index_dir)
    process = subprocess.Popen(build_command(document, index_dir), cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=after)
        finished = True
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        finished = False
    served = current_version(index_dir) or ""
    try:
        load_version(index_dir)
        return Crash(after, finished, served != before, served, True)
    except IndexUnavailable as exc:
        return Crash(after, finished, served != before, served, False, str(exc))


def crash_builds(index_dir: Path, documents: tuple[Path, Path], builds: int,
                 windows: list[tuple[float, float]], rng: random.Random) -> list[Crash]:
    """`builds` builds, each killed at a random moment of a randomly chosen window; each builds the document
    not being served (the first of `documents` to begin with), so that each build that finishes publishes."""
    crashes, target = [], 0
    for _ in range(builds):
        crashes.append(crash_once(documents[target], index_dir, rng.uniform(*rng.choice(windows))))
        target = 1 - target if crashes[-1].published else target
    return crashes


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
