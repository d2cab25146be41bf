"""What `bench/rebuild.py` and its tests share: the bundled document and edits of it, builds in a subprocess, a
served index and clients asking it during rebuilds.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from qa.config import BUNDLED_DOCUMENT, ROOT
from bench.support import DOCQA, PYTHON, free_port, post, wait_healthy


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
