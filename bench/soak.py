"""Soak a real `docqa serve`: concurrent clients mixing questions, follow-ups, bad requests and new conversations.

Passes when no response is a 5xx, no connection fails, and the server's resident memory grows by
less than 10% between the end of the warm-up and the end. `python bench/soak.py [--duration 600]
[--clients 16] [--warmup 120] [--index-dir DIR]`.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.config import ROOT  # noqa: E402
from bench.support import DOCQA, PYTHON, free_port, wait_healthy  # noqa: E402

MAX_GROWTH = 0.10

QUESTIONS = [
    "What is ketamine-assisted psychotherapy?", "How fast does ketamine work for depression?",
    "What brand name does esketamine have?", "Who first made ketamine?", "What are the side effects of ketamine?",
    "How is ketamine given?", "What conditions can it treat?", "Is ketamine addictive?",
    "What is the capital of France?", "How many people have depression worldwide?",
]
FOLLOW_UPS = ["When was it approved?", "What about side effects?", "And for PTSD?", "How long does it last?",
              "Why?", "Who discovered it?", "Is it safe?", "How much does it cost?"]
# (method, path, body bytes, content type): what careless or hostile clients send.
BAD_REQUESTS = [
    ("POST", "/api/ask", b"{", "application/json"),
    ("POST", "/api/ask", b'{"question": ""}', "application/json"),
    ("POST", "/api/ask", b'{"question": 42}', "application/json"),
    ("POST", "/api/ask", b'{"question": "ok", "top_k": 0}', "application/json"),
    ("POST", "/api/ask", b'{"question": "ok", "conversation_id": null}', "application/json"),
    ("POST", "/api/ask", b'{"question": "' + b"a" * 2001 + b'"}', "application/json"),
    ("POST", "/api/ask", b'{"question": "' + b"a" * 70_000 + b'"}', "application/json"),
    ("POST", "/api/ask", b"question=hello", "application/x-www-form-urlencoded"),
    ("GET", "/api/ask", b"", ""),
    ("GET", "/api/search?q=%20&k=99", b"", ""),
    ("GET", "/api/nowhere", b"", ""),
]


def rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += rss_bytes(int(child))
    except (FileNotFoundError, ProcessLookupError):
        pass
    return total


@dataclass
class Tally:
    """What the clients saw, shared by their threads."""

    statuses: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # connection-level errors, by type
    latencies: list[float] = field(default_factory=list)  # seconds, valid questions only
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int | str, seconds: float | None = None) -> None:
        with self.lock:
            if isinstance(status, int):
                self.statuses[status] += 1
            else:
                self.failures[status] += 1
            if seconds is not None:
                self.latencies.append(seconds)


def send(url: str, method: str, path: str, body: bytes = b"", content_type: str = "") -> tuple[int | str, bytes]:
    """One request on a fresh connection: (status, body), or (error type, b"") when the connection failed."""
    headers = {"Content-Type": content_type} if content_type else {}
    request = urllib.request.Request(url + path, data=body or None, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError as exc:
        return type(exc).__name__, b""


def client(url: str, until: float, tally: Tally, rng: random.Random, abandon: float) -> None:
    """One user: asks, follows up, sometimes errs, starts over; the page ends the old conversation, other
    clients leave a share `abandon` of theirs to expire."""
    conversation: str | None = None
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.15:
            method, path, body, kind = rng.choice(BAD_REQUESTS)
            tally.record(send(url, method, path, body, kind)[0])
        elif roll < 0.25:
            if conversation and rng.random() >= abandon:
                tally.record(send(url, "DELETE", f"/api/conversations/{conversation}")[0])
            conversation = None
        elif roll < 0.35:
            query = urllib.parse.quote(rng.choice(QUESTIONS))
            started = time.monotonic()
            status, _ = send(url, "GET", f"/api/search?q={query}&k={rng.randint(1, 10)}")
            tally.record(status, time.monotonic() - started)
        else:
            follow_up = conversation is not None and rng.random() < 0.6
            payload: dict[str, object] = {"question": rng.choice(FOLLOW_UPS if follow_up else QUESTIONS)}
            if conversation:
                payload["conversation_id"] = conversation
            started = time.monotonic()
            status, body = send(url, "POST", "/api/ask", json.dumps(payload).encode(), "application/json")
            tally.record(status, time.monotonic() - started)
            if status == 200:
                conversation = json.loads(body)["conversation_id"]


def ensure_index(index_dir: Path | None, scratch: Path) -> Path:
    """The given index folder, or a fresh index of the bundled document."""
    if index_dir is not None:
        return index_dir
    index_dir = scratch / "index"
    subprocess.run([PYTHON, str(ROOT / "build_index.py"), "--index-dir", str(index_dir)], check=True,
                   capture_output=True)
    return index_dir


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600, help="seconds of load (default 600)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--warmup", type=float, default=None,
                        help="seconds before the memory baseline (default 120, or a fifth of a shorter run)")
    parser.add_argument("--index-dir", type=Path, default=None, help="an existing index (default: build one)")
    parser.add_argument("--abandon", type=float, default=0.3,
                        help="share of conversations left to expire instead of ended (default 0.3)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else min(120.0, args.duration / 5)
    with tempfile.TemporaryDirectory(prefix="docqa-soak-") as tmp:
        scratch = Path(tmp)
        index_dir = ensure_index(args.index_dir, scratch)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log_path = scratch / "serve.log"
        with log_path.open("w") as log:
            server = subprocess.Popen([DOCQA, "serve", "--index-dir", str(index_dir), "--port", str(port)],
                                      cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(url, server)
            tally = Tally()
            started = time.monotonic()
            until = started + args.duration
            threads = [threading.Thread(target=client,
                                        args=(url, until, tally, random.Random(args.seed + n), args.abandon))
                       for n in range(args.clients)]
            for thread in threads:
                thread.start()
            samples: list[tuple[float, int]] = []
            while any(t.is_alive() for t in threads):
                samples.append((time.monotonic() - started, rss_bytes(server.pid)))
                time.sleep(5)
            samples.append((time.monotonic() - started, rss_bytes(server.pid)))
        finally:
            server.terminate()
            server.wait(timeout=60)
        tail = log_path.read_text().splitlines()[-3:]
    return report(tally, samples, warmup, args, server.returncode, tail)


def report(tally: Tally, samples: list[tuple[float, int]], warmup: float, args: argparse.Namespace,
           exit_status: int, tail: list[str]) -> int:
    """Print the figures; 0 when the soak passed."""
    baseline = next(rss for t, rss in samples if t >= warmup)
    final = samples[-1][1]
    growth = final / baseline - 1
    total = sum(tally.statuses.values()) + sum(tally.failures.values())
    server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    mib = 1024 * 1024
    print(f"{args.duration:.0f}s, {args.clients} clients: {total} requests ({total / args.duration:.1f}/s)")
    print("statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(tally.statuses.items())))
    print(f"connection failures: {dict(tally.failures) or 0}; 5xx: {server_errors}")
    if tally.latencies:
        q = statistics.quantiles(tally.latencies, n=100)
        print(f"questions and searches: p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, "
              f"max {max(tally.latencies) * 1000:.0f} ms")
    print("RSS (MiB) every minute: " + ", ".join(f"{t / 60:.0f}m {rss / mib:.0f}" for t, rss in samples[::12]))
    print(f"RSS at {warmup:.0f}s {baseline / mib:.1f} MiB, at the end {final / mib:.1f} MiB: growth {growth:+.1%} "
          f"(limit {MAX_GROWTH:.0%})")
    print(f"server exit status after SIGTERM: {exit_status}; last log line: {tail[-1] if tail else ''}")
    return 0 if server_errors == 0 and not tally.failures and growth < MAX_GROWTH and exit_status == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
