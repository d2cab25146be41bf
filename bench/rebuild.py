"""Rebuilds after edits: incremental vs cold build time, and hot swaps under load against a real server.

`python bench/rebuild.py [--runs 3] [--rebuilds 5] [--clients 3]` prints three tables and exits 1 when a
target is missed:

- an edited paragraph plus a new one embeds at most 25% of the units, and `build_index.py` (process
  start to exit) takes at most 60% of a cold build's time; an unchanged document embeds nothing and
  keeps its index version;
- with `--clients` clients asking continuously, `--rebuilds` builds in a row fail no request, every
  answer quotes the text of the version it names, deleted text is never cited again, and each new
  version is served within 2 s of its build's exit;
- `docqa serve --watch` rebuilding every passage in-process: request latency before and during it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import table  # noqa: E402
from index import current_version  # noqa: E402
from bench.support.rebuild import (CORRECTED, EATING, NAME, TEXT, Clients, Server, edited, healthz,  # noqa: E402
                                   run_build)


PICKUP_LIMIT = 2.0


def timed_build(document: Path, index_dir: Path) -> tuple[float, dict]:
    """Wall time of one `build_index.py --json` process, start to exit, and its report."""
    started = time.perf_counter()
    result = run_build(str(document), "--index-dir", str(index_dir), "--json")
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return elapsed, json.loads(result.stdout)


def build_times(runs: int, folder: Path) -> tuple[list[tuple], bool]:
    """Cold builds and incremental builds after the issue's edit, alternated so that noise hits both alike."""
    original, changed = folder / "original" / NAME, folder / "changed" / NAME
    for path, text in ((original, TEXT), (changed, CORRECTED)):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    base = folder / "base"
    timed_build(original, base)
    cold, edit = [], []
    for n in range(runs):
        cold.append(timed_build(original, folder / f"cold-{n}")[0])
        shutil.copytree(base, folder / f"edit-{n}")
        seconds, report = timed_build(changed, folder / f"edit-{n}")
        edit.append(seconds)
    noop_seconds, noop = timed_build(original, base)
    ratio = statistics.median(edit) / statistics.median(cold)
    share = report["embedded"] / report["units"]
    ok = share <= 0.25 and ratio <= 0.6 and noop["embedded"] == 0 and noop["index_version"] == current_version(base)
    rows = [
        ("cold build", f"{statistics.median(cold):.2f}", " ".join(f"{s:.2f}" for s in cold), "", ""),
        ("edit 1 paragraph + add 1", f"{statistics.median(edit):.2f}", " ".join(f"{s:.2f}" for s in edit),
         f"{report['embedded']}/{report['units']} ({share:.0%}, target <= 25%)",
         f"{ratio:.0%} of cold (target <= 60%)"),
        ("unchanged document", f"{noop_seconds:.2f}", "", f"{noop['embedded']}/{noop['units']}",
         "version kept" if noop["index_version"] == current_version(base) else "VERSION CHANGED"),
    ]
    return rows, ok


def hot_swaps(rebuilds: int, clients: int, folder: Path) -> tuple[list[tuple], bool]:
    """Builds in a row, alternating two edits, while clients ask a real server continuously."""
    index_dir, document = folder / "swap-index", folder / "swap" / NAME
    document.parent.mkdir()
    document.write_text(TEXT, encoding="utf-8")
    timed_build(document, index_dir)
    texts = {current_version(index_dir): TEXT}
    edits = [("correct a figure, add a paragraph", CORRECTED), ("delete a paragraph", edited(remove=EATING))]
    server = Server(index_dir)
    rows, swaps = [], []
    try:
        with Clients(server.url, clients) as asking:
            time.sleep(1.0)
            for n in range(rebuilds):
                label, text = edits[n % 2]
                document.write_text(text, encoding="utf-8")
                before, started = healthz(server.url), time.monotonic()
                seconds, report = timed_build(document, index_dir)
                exited = time.monotonic()
                texts[report["index_version"]] = text
                version, seen = server.wait_for_version(before, timeout=10)
                swaps.append((report["index_version"], started, exited))
                rows.append((n + 1, label, report["index_version"], f"{seconds:.2f}", report["embedded"],
                             f"{seen - exited:.2f}"))
                time.sleep(1.0)  # answers on this version before the next build
    finally:
        server.stop()
    answers = asking.answers
    failed = [a for a in answers if a[2] != 200]
    mixed = [b for *_, s, b in answers
             if s == 200 and any(texts[b["index_version"]][c["start"]:c["end"]] != c["text"] for c in b["citations"])]
    deleted = [b for *_, s, b in answers if s == 200 and EATING not in texts[b["index_version"]]
               and any(c["text"] in EATING for c in b["citations"])]
    for n, (version, started, exited) in enumerate(swaps):  # the first answer naming the new version
        first = min((got for _, got, s, b in answers if s == 200 and b["index_version"] == version and got > started),
                    default=None)
        rows[n] += (f"{first - exited:.2f}" if first else "-",)
    pickups = [float(r[5]) for r in rows]
    ok = not failed and not mixed and not deleted and max(pickups) <= PICKUP_LIMIT
    rows.append(("all", f"{len(answers)} answers from {clients} clients", f"{len(failed)} failed",
                 f"{len(mixed)} inconsistent", f"{len(deleted)} cite deleted text",
                 f"max {max(pickups):.2f} (target <= {PICKUP_LIMIT})", ""))
    return rows, ok


def watch_latency(clients: int, folder: Path) -> list[tuple]:
    """Request latency while `docqa serve --watch` embeds a whole new revision in-process, and before."""
    index_dir, document = folder / "watch-index", folder / "watch" / NAME
    document.parent.mkdir()
    document.write_text(TEXT, encoding="utf-8")
    timed_build(document, index_dir)
    server = Server(index_dir, "--watch", str(document))
    try:
        server.wait_for_log("index built", timeout=30)  # the start-up sync
        before = healthz(server.url)
        with Clients(server.url, clients) as asking:
            time.sleep(1.0)  # warm-up
            calm = time.monotonic()
            time.sleep(3.0)
            document.write_text(TEXT.upper(), encoding="utf-8")  # every passage changes: all embedded again
            _, swapped = server.wait_for_version(before, timeout=60)
            time.sleep(1.0)
    finally:
        server.stop()
    built = [line for line in server.lines if "index built" in line][-1]
    seconds = float(built.split("index built in ")[1].split(" s")[0])
    rows = []
    windows = (("3 s before the edit", calm, calm + 3.0), ("during the build", swapped - seconds, swapped))
    for label, start, end in windows:
        took = sorted(got - sent for sent, got, status, _ in asking.answers if start <= sent < end and status == 200)
        rows.append((label, len(took), f"{1000 * statistics.median(took):.0f}",
                     f"{1000 * took[int(0.95 * (len(took) - 1))]:.0f}", f"{1000 * took[-1]:.0f}"))
    rows.append(("server log", built.split(": ", 1)[-1].strip(), "", "", ""))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="cold and incremental builds timed (medians)")
    parser.add_argument("--rebuilds", type=int, default=5, help="builds in a row under load")
    parser.add_argument("--clients", type=int, default=3, help="clients asking continuously")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docqa-rebuild-") as tmp:
        folder = Path(tmp)
        rows, builds_ok = build_times(args.runs, folder)
        print(table(rows, ("build_index.py", "median s", "runs s", "embedded/units", "")))
        print()
        rows, swaps_ok = hot_swaps(args.rebuilds, args.clients, folder)
        # Pickups count from the build process's exit; the server may switch before it (negative).
        print(table(rows, ("rebuild", "edit", "version", "build s", "embedded", "healthz pickup s",
                           "first answer s")))
        print()
        rows = watch_latency(args.clients, folder)
        print(table(rows, ("--watch, request latency", "answers", "p50 ms", "p95 ms", "max ms")))
    return 0 if builds_ok and swaps_ok else 1


if __name__ == "__main__":
    sys.exit(main())
