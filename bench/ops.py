"""Operating figures against a real `docqa serve` (and Debian's nginx and redis-server), all on 127.0.0.1.

    python bench/ops.py bodies   # 5 MB and 50 MB bodies by urllib, requests, curl (+/- Expect), direct and via nginx
    python bench/ops.py flood    # 300 idle and 100 slow-header sockets for 60 s against a normal client
    python bench/ops.py outage   # Redis stopped, then hung, 30 s each, under 8 clients
    python bench/ops.py all

`--index-dir` reuses a built index (default: build the bundled document into a temporary folder).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import selectors
import signal
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import scratch  # noqa: E402
from bench.perf import questions  # noqa: E402
from bench.support import index_or_built  # noqa: E402
from bench.support.ops import CLIENTS, MB, big_body, docqa, is_json_413, nginx, post_body, start_redis  # noqa: E402


def bodies(url: str, tries: int) -> dict[str, object]:
    """Every client and size `tries` times in all (rotating); plus `tries` mid-size bodies (64 KB to 1 MB)."""
    results: Counter[str] = Counter()
    for n in range(tries):
        client, size = CLIENTS[n % len(CLIENTS)], (5 * MB, 50 * MB)[(n // len(CLIENTS)) % 2]
        result = post_body(client, url, big_body(size))
        results["json 413" if is_json_413(result) else f"{client} {size // MB} MB: {result[0]}"] += 1
    mid: Counter[str] = Counter()
    rng = random.Random(13)
    for n in range(tries):
        result = post_body(("urllib", "requests")[n % 2], url, big_body(rng.randint(64 * 1024 + 100, MB)))
        mid["json 413" if is_json_413(result) else str(result[0])] += 1
    return {"5 and 50 MB": dict(results), "64 KB to 1 MB": dict(mid)}


# --- idle and slow-header connections ------------------------------------------------------------------


@dataclass
class Flood:
    """Holds `idle` silent sockets and `slow` sockets that drip a header byte every `drip` seconds,
    reconnecting any the server closes, until stopped."""

    port: int
    idle: int
    slow: int
    drip: float = 2.0
    reconnects: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def _open(self, selector: selectors.BaseSelector, slow: bool) -> None:
        while not self.stop.is_set():
            try:
                sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
                break
            except OSError:
                time.sleep(0.05)  # the backlog is full; try again
        else:
            return
        sock.setblocking(False)
        if slow:
            try:
                sock.send(b"GET /api/documents HTTP/1.1\r\n")
            except OSError:
                pass
        selector.register(sock, selectors.EVENT_READ, slow)

    def run(self) -> None:
        selector = selectors.DefaultSelector()
        for n in range(self.idle + self.slow):
            self._open(selector, n >= self.idle)
        next_drip = time.monotonic() + self.drip
        while not self.stop.is_set():
            for key, _ in selector.select(timeout=0.2):
                try:
                    gone = key.fileobj.recv(4096) == b""  # type: ignore[union-attr]
                except OSError:
                    gone = True
                if gone:
                    selector.unregister(key.fileobj)
                    key.fileobj.close()  # type: ignore[union-attr]
                    self.reconnects += 1
                    self._open(selector, key.data)
            if time.monotonic() >= next_drip:
                next_drip += self.drip
                for key in list(selector.get_map().values()):
                    if key.data:
                        try:
                            key.fileobj.send(b"X")  # type: ignore[union-attr]
                        except OSError:
                            pass
        for key in list(selector.get_map().values()):
            key.fileobj.close()  # type: ignore[union-attr]


def ask(url: str, question: str, conversation: str | None = None,
        timeout: float = 10) -> tuple[int | str, dict | None, float, dict[str, str]]:
    """(status or error, JSON body, seconds, headers) of one POST /api/ask."""
    body = {"question": question, **({"conversation_id": conversation} if conversation else {})}
    request = urllib.request.Request(f"{url}/api/ask", json.dumps(body).encode(), {"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, json.loads(r.read()), time.perf_counter() - started, dict(r.headers)
    except urllib.error.HTTPError as exc:
        try:
            data = json.loads(exc.read())
        except ValueError:
            data = None
        return exc.code, data, time.perf_counter() - started, dict(exc.headers)
    except OSError as exc:
        return repr(exc), None, time.perf_counter() - started, {}


def flood(url: str, seconds: float, idle: int = 300, slow: int = 100) -> dict[str, object]:
    """A normal client asking new questions, one after another, while the flood holds its sockets."""
    attack = Flood(int(url.rsplit(":", 1)[1]), idle, slow)
    thread = threading.Thread(target=attack.run, daemon=True)
    thread.start()
    time.sleep(2)  # the flood is in place
    qs = questions()
    times, failures = [], Counter()
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        status, _, elapsed, _ = ask(url, f"{qs[n % len(qs)]} ({n} {random.random()})", timeout=5)
        n += 1
        if status == 200:
            times.append(elapsed)
        else:
            failures[str(status)] += 1
        time.sleep(0.1)
    attack.stop.set()
    thread.join()
    times.sort()
    return {"asked": n, "answered": len(times), "answered share": round(len(times) / max(n, 1), 4),
            "slowest s": round(times[-1], 3) if times else None, "over 1 s": sum(t > 1 for t in times),
            "p50 ms": round(times[len(times) // 2] * 1000, 1) if times else None,
            "failures": dict(failures), "flood reconnects": attack.reconnects}


# --- Redis outages -------------------------------------------------------------------------------------


def readiness(url: str, stop: threading.Event, record: list[tuple[float, int]]) -> None:
    while not stop.is_set():
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=5) as r:
                record.append((time.monotonic(), r.status))
        except urllib.error.HTTPError as exc:
            record.append((time.monotonic(), exc.code))
        except OSError:
            record.append((time.monotonic(), 0))
        time.sleep(0.1)


def first_after(record: list[tuple[float, int]], since: float, status: int) -> float | None:
    """Seconds from `since` to the first /readyz answer with `status`."""
    return next((round(t - since, 2) for t, s in record if t >= since and s == status), None)


def outage(index_dir: Path, seconds: float, clients: int = 8) -> dict[str, object]:
    """Redis stopped for `seconds`, back, hung (SIGSTOP) for `seconds`, back; 8 clients ask throughout,
    half of them following up in a conversation."""
    folder = scratch("docqa-redis-")
    redis, port = start_redis(folder)
    env = {"DOCQA_REDIS_URL": f"redis://127.0.0.1:{port}/0", "DOCQA_RATE_LIMIT": "100000/minute"}
    stop = threading.Event()
    results: list[tuple[float, int | str, dict | None, float, dict[str, str]]] = []
    record: list[tuple[float, int]] = []
    qs = questions()

    def client(n: int) -> None:
        conversation, k = None, 0
        while not stop.is_set():
            k += 1
            status, body, elapsed, headers = ask(f"{url}", f"{qs[(n + k) % len(qs)]} ({n}-{k})",
                                                 conversation if n % 2 else None)
            results.append((time.monotonic(), status, body, elapsed, headers))
            if status == 200 and body:
                conversation = body["conversation_id"]

    with docqa(index_dir, env) as (_, url):
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        threads.append(threading.Thread(target=readiness, args=(url, stop, record)))
        for thread in threads:
            thread.start()
        time.sleep(5)
        marks = {}
        redis.terminate()
        redis.wait()
        marks["stopped"] = time.monotonic()
        time.sleep(seconds)
        redis, _ = start_redis(folder, port)
        marks["restarted"] = time.monotonic()
        time.sleep(5)
        redis.send_signal(signal.SIGSTOP)
        marks["hung"] = time.monotonic()
        time.sleep(seconds)
        redis.send_signal(signal.SIGCONT)
        marks["resumed"] = time.monotonic()
        time.sleep(5)
        stop.set()
        for thread in threads:
            thread.join()
    redis.terminate()
    redis.wait()
    during = [r for r in results if marks["stopped"] <= r[0] <= marks["restarted"]
              or marks["hung"] <= r[0] <= marks["resumed"] + 1]
    non_200 = [r for r in results if r[1] != 200]
    bad = [r for r in non_200 if not (r[1] == 503 and r[2] and r[2]["error"]["code"] == "conversation_store_unavailable"
                                      and "Retry-After" in r[4])]
    return {
        "requests": len(results), "during outages": len(during),
        "status 500": sum(r[1] == 500 for r in results),
        "statuses during outages": dict(Counter(str(r[1]) for r in during)),
        "answered without a conversation": sum(r[1] == 200 and bool(r[2]) and r[2]["conversation_id"] is None
                                               for r in results),
        "non-200 that are not a 503 JSON with Retry-After": len(bad),
        "slowest non-200 s": round(max((r[3] for r in non_200), default=0), 3),
        "slowest 200 during outages s": round(max((r[3] for r in during if r[1] == 200), default=0), 3),
        "/readyz 503 after stop s": first_after(record, marks["stopped"], 503),
        "/readyz 200 after restart s": first_after(record, marks["restarted"], 200),
        "/readyz 503 after hang s": first_after(record, marks["hung"], 503),
        "/readyz 200 after resume s": first_after(record, marks["resumed"], 200),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("bodies", "flood", "outage", "all"))
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--seconds", type=float, default=None, help="flood: 60, outage: 30 (each)")
    parser.add_argument("--tries", type=int, default=200)
    args = parser.parse_args()
    index_dir = index_or_built(args.index_dir, "docqa-ops-")
    report: dict[str, object] = {}
    if args.what in ("bodies", "all"):
        with docqa(index_dir) as (_, url):
            report["bodies, direct"] = bodies(url, args.tries)
            with nginx(int(url.rsplit(":", 1)[1])) as proxied:
                report["bodies, through the README's nginx"] = bodies(proxied, args.tries)
    if args.what in ("flood", "all"):
        with docqa(index_dir) as (_, url):
            report["flood: 300 idle + 100 slow-header sockets"] = flood(url, args.seconds or 60)
    if args.what in ("outage", "all"):
        report["Redis stopped, then hung, under 8 clients"] = outage(index_dir, args.seconds or 30)
    print(json.dumps(report, indent=2))
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
