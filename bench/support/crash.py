"""What `bench/crash.py` and its tests share: `build_index.py` killed at random moments, and the two document
versions it alternates between.
"""

from __future__ import annotations

import random
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from index import IndexUnavailable, current_version, load_version
from qa.config import BUNDLED_DOCUMENT, ROOT


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
