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
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import table  # noqa: E402
from index import current_version  # noqa: E402
from qa.config import BUNDLED_DOCUMENT, ROOT  # noqa: E402
from bench.support import DOCQA, PYTHON, free_port, post, wait_healthy  # noqa: E402

NAME = BUNDLED_DOCUMENT.name
TEXT = BUNDLED_DOCUMENT.read_text(encoding="utf-8")
PARAGRAPHS = TEXT.splitlines(keepends=True)
EATING = next(p for p in PARAGRAPHS if p.startswith("Eating disorders"))
MODE = next(p for p in PARAGRAPHS if p.startswith("The mode of ketamine administration"))
# Long enough (over min_passage_tokens) to be a passage of its own rather than join a neighbour.
NEW = ("Harbour clinics in Tallinn have offered ketamine-assisted psychotherapy since 2031, on the ninth floor "
       "of the old port building. Each session is supervised by two nurses and a psychiatrist, who stay with "
       "the patient for the whole afternoon and call a relative to take the patient home.\n")
QUESTIONS = ["How fast does ketamine work?", "Who first made ketamine?", "What are the side effects of esketamine?",
             "How many people have depression?", "Is ketamine a treatment for anorexia nervosa?",
             "Where are the Harbour clinics?"]
PICKUP_LIMIT = 2.0


def edited(remove: str = "", before: str = "", insert: str = "") -> str:
    """The bundled text without `remove`, with `insert` placed before `before` (appended without it)."""
    text = TEXT.replace(remove, "") if remove else TEXT
    return text.replace(before, insert + before) if before else text + insert


# The edit: a figure corrected in one paragraph, and one paragraph added.
CORRECTED = edited(insert=NEW).replace("230 million people", "231 million people")


def run_build(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`python build_index.py ARGS` as users run it."""
    return subprocess.run([PYTHON, "build_index.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env=env)


def timed_build(document: Path, index_dir: Path) -> tuple[float, dict]:
    """Wall time of one `build_index.py --json` process, start to exit, and its report."""
    started = time.perf_counter()
    result = run_build(str(document), "--index-dir", str(index_dir), "--json")
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return elapsed, json.loads(result.stdout)


def healthz(url: str) -> str:
    with urllib.request.urlopen(f"{url}/healthz", timeout=10) as response:
        return json.loads(response.read())["index_version"]


def cited(body: dict) -> str:
    return "\n".join(c["text"] for c in body.get("citations", []))


class Server:
    """`docqa serve` as a real process whose log is read as it comes, so a busy server never blocks on a full pipe."""

    def __init__(self, index_dir: Path, *extra: str) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [DOCQA, "serve", "--index-dir", str(index_dir), "--host", "127.0.0.1", "--port", str(port), *extra],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=lambda: self.lines.extend(self.process.stdout or []), daemon=True)
        self._reader.start()
        try:
            wait_healthy(self.url, self.process)
        except Exception:
            self.stop()
            raise

    def wait_for_version(self, old: str, timeout: float) -> tuple[str, float]:
        """Poll /healthz until it names a version other than `old`; that version and when (monotonic) it was seen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            version = healthz(self.url)
            if version != old:
                return version, time.monotonic()
            time.sleep(0.02)
        raise TimeoutError(f"still serving {old} after {timeout} s:\n{self.log}")

    def wait_for_log(self, text: str, timeout: float) -> str:
        """The first log line containing `text`, waiting for it to be written."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = next((line for line in self.lines if text in line), None)
            if found:
                return found
            time.sleep(0.05)
        raise TimeoutError(f"no {text!r} in the log after {timeout} s:\n{self.log}")

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self._reader.join(timeout=10)


@dataclass
class Clients:
    """Clients asking QUESTIONS continuously; each answer kept with when it was asked and received."""

    url: str
    count: int
    # Numbered questions miss the server's cache of recent questions, so each one costs a model call.
    numbered: bool = True
    answers: list[tuple[float, float, int, dict]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def _ask(self, n: int) -> None:
        while not self._stop.is_set():
            sent = time.monotonic()
            try:
                question = QUESTIONS[n % len(QUESTIONS)] + (f" ({n})" if self.numbered else "")
                status, body = post(f"{self.url}/api/ask", {"question": question})
            except OSError as exc:  # a refused or dropped connection is a failed request too
                status, body = 0, {"error": repr(exc)}
            self.answers.append((sent, time.monotonic(), status, body))
            n += 1

    def __enter__(self) -> Clients:
        self._threads = [threading.Thread(target=self._ask, args=(n,)) for n in range(self.count)]
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join()


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
