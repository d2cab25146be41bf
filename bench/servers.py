"""waitress (`docqa serve`) against gunicorn's threaded worker, side by side in one run.

    python bench/servers.py [--index-dir DIR] [--flood-seconds 20] [--baseline CHECKOUT] [--speed-only]

Both run the same app in one process with 16 threads (so questions arriving together share one
encode batch). For each: one-client p50 and wrk throughput with new questions (bench/perf.py, as ratios
to the floor measured in this run), resident memory, a normal client's answers under 300 idle and 100
slow-header sockets (bench/ops.py), and SIGTERM under 8 clients: requests that had started and failed,
exit status and seconds to exit.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ops import ask, flood  # noqa: E402
from bench.support.ops import wait_port  # noqa: E402
from bench.perf import floor_ms, one_client, questions, rss_mb, wrk  # noqa: E402
from bench.support import BIN, free_port, index_or_built  # noqa: E402
from qa.config import ROOT  # noqa: E402


def command(server: str, port: int, index_dir: Path) -> list[str]:
    if server == "waitress":
        return [str(BIN / "docqa"), "serve", "--index-dir", str(index_dir), "--port", str(port)]
    return [str(BIN / "gunicorn"), "--worker-class", "gthread", "--workers", "1", "--threads", "16",
            "--bind", f"127.0.0.1:{port}", "--graceful-timeout", "30", "web:create_app()"]


@contextmanager
def serving(server: str, index_dir: Path, code: Path = ROOT) -> Iterator[tuple[subprocess.Popen, str]]:
    """The server running the docqa code in `code` (this checkout, or another one to compare with)."""
    port = free_port()
    process = subprocess.Popen(command(server, port, index_dir), cwd=code,
                               env={**os.environ, "DOCQA_INDEX_DIR": str(index_dir), "PYTHONPATH": str(code)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_port(port, 120)
        yield process, f"http://127.0.0.1:{port}"
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(60)


def sigterm(process: subprocess.Popen, url: str, clients: int = 8) -> dict[str, object]:
    """8 clients ask new questions; SIGTERM after 2 s. Requests that started before it must all succeed."""
    signalled = threading.Event()
    results: list[tuple[bool, int | str]] = []
    qs = questions()

    def client(n: int) -> None:
        k = 0
        while not signalled.is_set():
            k += 1
            before = not signalled.is_set()
            status = ask(url, f"{qs[k % len(qs)]} ({n}-{k} stop)", timeout=30)[0]
            results.append((before, status))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    signalled.set()
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    for thread in threads:
        thread.join()
    process.wait(60)
    return {"started before SIGTERM": sum(b for b, _ in results),
            "of those failed": sum(b and s != 200 for b, s in results),
            "exit status": process.returncode, "seconds to exit": round(time.monotonic() - started, 2)}


def speed(server: str, index_dir: Path, floor: float, code: Path = ROOT) -> dict[str, object]:
    with serving(server, index_dir, code) as (process, url):
        one_client(url, 20)
        p50 = statistics.median(one_client(url, 200)) * 1000
        rate, failed = wrk(url, unique=True)
        memory = rss_mb(process.pid)
    return {"p50 ms": round(p50, 2), "p50 / floor": round(p50 / floor, 2),
            "wrk 16 conns, new questions, req/s": round(rate), "x floor rate": round(rate * floor / 1000, 2),
            "wrk failed": failed, "RSS MB": round(memory)}


def measure(server: str, index_dir: Path, floor: float, flood_seconds: float) -> dict[str, object]:
    figures = speed(server, index_dir, floor)
    with serving(server, index_dir) as (_, url):
        flooded = flood(url, flood_seconds)
    with serving(server, index_dir) as (process, url):
        stop = sigterm(process, url)
    return {**figures, "flood": flooded, "SIGTERM under 8 clients": stop}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index-dir", type=Path)
    parser.add_argument("--flood-seconds", type=float, default=20)
    parser.add_argument("--baseline", type=Path,
                        help="another checkout (e.g. `git archive` of main) whose `docqa serve` speed is measured first")
    parser.add_argument("--speed-only", action="store_true", help="p50, throughput and memory only")
    args = parser.parse_args()
    index_dir = index_or_built(args.index_dir, "docqa-servers-")
    floor = floor_ms(index_dir)
    report: dict[str, object] = {"floor ms": round(floor, 2)}
    if args.baseline:
        report[f"waitress, {args.baseline}"] = speed("waitress", index_dir, floor, args.baseline)
    for server in ("waitress", "gunicorn"):
        report[server] = speed(server, index_dir, floor) if args.speed_only else \
            measure(server, index_dir, floor, args.flood_seconds)
    print(json.dumps(report, indent=2))
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
