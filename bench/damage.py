"""Damage an index twenty ways: `docqa serve` must exit 2 with one line (no traceback), and
`build_index.py` must recover each by building afresh. `python bench/damage.py [--index-dir DIR]`.

Some damages keep the checksums right (a manifest of the wrong shape, vectors of the wrong type with
their checksum updated), so only the schema and shape checks on load can catch them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench._common import scratch  # noqa: E402
from bench.support import BIN, free_port, index_or_built  # noqa: E402
from index import load_version  # noqa: E402
from qa.config import ROOT  # noqa: E402
from bench.support.damage import DAMAGES  # noqa: E402




def serve_result(index_dir: Path) -> tuple[int, list[str]]:
    """Exit status and output lines of `docqa serve` on a damaged index (it must stop before listening)."""
    result = subprocess.run([str(BIN / "docqa"), "serve", "--index-dir", str(index_dir), "--port", str(free_port())],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    return result.returncode, (result.stdout + result.stderr).strip().splitlines()


def rebuild(index_dir: Path) -> tuple[int, str]:
    result = subprocess.run([str(BIN / "python"), "build_index.py", "--index-dir", str(index_dir)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout + result.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-dir", type=Path, help="a built index to copy (default: build one)")
    args = parser.parse_args()
    source = index_or_built(args.index_dir, "docqa-damage-")
    failures = 0
    for name, damage in DAMAGES.items():
        index_dir = scratch("docqa-damaged-") / "index"
        shutil.copytree(source, index_dir)
        damage(index_dir)
        status, lines = serve_result(index_dir)
        started = time.perf_counter()
        built, output = rebuild(index_dir)
        seconds = time.perf_counter() - started
        traceback = any("Traceback" in line for line in lines) or "Traceback" in output
        try:
            load_version(index_dir)
            recovered = built == 0
        except Exception:
            recovered = False
        ok = status == 2 and len(lines) == 1 and not traceback and recovered
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name}: serve exit {status}, {len(lines)} line(s); "
              f"build_index.py exit {built} in {seconds:.1f} s, loads: {recovered}"
              + ("" if ok else f"\n     {lines}\n     {output[-500:]}"))
        shutil.rmtree(index_dir.parent, ignore_errors=True)
    print(f"{len(DAMAGES)} damages: {len(DAMAGES) - failures} handled, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
