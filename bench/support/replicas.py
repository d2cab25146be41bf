"""What `bench/replicas.py` and its tests share: two replicas behind the README's haproxy configuration, and what
is asked of them.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench._common import scratch
from bench.support.crash import variants
from bench.support.ops import docqa, readme_block, start_redis, wait_port
from bench.support import BIN, free_port
from index import current_version
from qa.config import BUNDLED_DOCUMENT, ROOT


# First questions of conversations and a follow-up that only makes sense with its context.
OPENERS = ("What is esketamine?", "What is ketamine?", "What is ketamine-assisted psychotherapy?",
           "What is treatment-resistant depression?", "What is dissociation?")
FOLLOW_UP = "How is it given?"


@dataclass
class Cluster:
    """Where everything listens, the replicas' processes, logs and settings, and the Redis they share."""

    balancer: str
    replicas: list[str]
    processes: list[subprocess.Popen]
    logs: list[Path]
    index_dir: Path
    documents: Path
    env: dict[str, str]
    redis: subprocess.Popen
    stack: ExitStack


def readme_settings() -> dict[str, str]:
    """The variables the README's replicas export."""
    block = readme_block("sh", "DOCQA_REDIS_URL").replace("\\\n", " ")
    export = re.search(r"^export (.*)$", block, re.M)
    assert export, "the README's replicas export their settings"
    return dict(pair.split("=", 1) for pair in export.group(1).split())


def haproxy_config(folder: Path, listen: int, ports: list[int]) -> Path:
    """The README's haproxy configuration with this run's ports."""
    config = readme_block("haproxy").replace("127.0.0.1:8080", f"127.0.0.1:{listen}")
    for default, port in zip((8001, 8002), ports):
        config = config.replace(f"127.0.0.1:{default}", f"127.0.0.1:{port}")
    path = folder / "haproxy.cfg"
    path.write_text(config)
    return path


@contextmanager
def cluster(index_dir: Path, rate_limit: str = "1000/minute") -> Iterator[Cluster]:
    """Redis, two replicas with the README's settings and haproxy in front; all stopped on exit.

    The documents folder holds the bundled document, which `index_dir` is an index of."""
    folder = scratch("docqa-replicas-")
    documents = folder / "documents"
    documents.mkdir()
    shutil.copy(BUNDLED_DOCUMENT, documents)
    redis, redis_port = start_redis(folder)
    ours = {"DOCQA_DOCUMENTS_DIR": str(documents), "DOCQA_INDEX_DIR": str(index_dir),
            "DOCQA_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0", "DOCQA_RATE_LIMIT": rate_limit}
    readme = readme_settings()
    assert ours.keys() <= readme.keys(), f"the README's replicas set {sorted(readme)}"
    env = {**readme, **ours}
    try:
        with ExitStack() as stack:
            ports = [free_port(), free_port()]
            logs = [folder / f"replica-{n}.log" for n in range(2)]
            started = [stack.enter_context(docqa(index_dir, env, port, log)) for port, log in zip(ports, logs)]
            listen = free_port()
            balancer = subprocess.Popen(["haproxy", "-f", str(haproxy_config(folder, listen, ports))],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
            stack.callback(balancer.wait, 10)
            stack.callback(balancer.terminate)
            url = f"http://127.0.0.1:{listen}"
            wait_port(listen, 10)
            time.sleep(2.5)  # both replicas pass their health checks (rise 2, inter 1 s)
            yield Cluster(url, [u for _, u in started], [p for p, _ in started], logs, index_dir, documents, env, redis,
                          stack)
    finally:
        redis.terminate()
        redis.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def post(url: str, body: dict, source: str = "127.0.0.1", timeout: float = 30) -> tuple[int, dict, dict[str, str]]:
    """(status, JSON body, lower-case headers) of POST /api/ask from a chosen loopback address (a client of its own)."""
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout, source_address=(source, 0))
    try:
        conn.request("POST", "/api/ask", json.dumps(body), {"Content-Type": "application/json"})
        response = conn.getresponse()
        # haproxy writes header names in lower case, and its own refusals in HTML.
        headers = {k.lower(): v for k, v in response.getheaders()}
        text = response.read()
        data = json.loads(text) if "json" in headers.get("content-type", "") else {"body": text[:100].decode()}
        return response.status, data, headers
    finally:
        conn.close()


def served_by(c: Cluster) -> list[int]:
    """POST /api/ask lines in each replica's access log so far."""
    return [log.read_text().count("POST /api/ask") for log in c.logs]


def alternating_conversations(c: Cluster, n: int) -> dict[str, int]:
    """`n` conversations of an opener and a follow-up, one request at a time: round robin sends the
    follow-up to the other replica. A lost context shows as a new conversation id or an unresolved question."""
    lost = 0
    before = served_by(c)
    for k in range(n):
        status, first, _ = post(c.balancer, {"question": f"{OPENERS[k % len(OPENERS)]}"})
        status2, second, _ = post(c.balancer, {"question": FOLLOW_UP, "conversation_id": first["conversation_id"]})
        kept = status == status2 == 200 and second["conversation_id"] == first["conversation_id"] \
            and second["query"] != FOLLOW_UP
        lost += not kept
    after = served_by(c)
    return {"conversations": n, "lost contexts": lost,
            "asks served by each replica": [a - b for a, b in zip(after, before)]}


def version_of(url: str) -> str:
    with urllib.request.urlopen(f"{url}/healthz", timeout=5) as r:
        return json.loads(r.read())["index_version"]


def rebuilds(c: Cluster, n: int) -> list[float]:
    """Seconds from each new CURRENT to both replicas serving it, over `n` builds, as the README's recipe makes them:
    the documents folder's document edited (two variants in turn), then `build_index.py` with the replicas' settings."""
    documents = variants(scratch("docqa-variants-"))
    seconds = []
    for k in range(n):
        before = current_version(c.index_dir)
        shutil.copy(documents[(k + 1) % 2], c.documents / BUNDLED_DOCUMENT.name)
        subprocess.run([str(BIN / "python"), "build_index.py"], cwd=ROOT, env={**os.environ, **c.env}, check=True,
                       capture_output=True)
        published = time.monotonic()  # CURRENT moved at most a moment before the build exited
        version = current_version(c.index_dir)
        assert version != before, "the build made no new version"
        while any(version_of(url) != version for url in c.replicas):
            if time.monotonic() - published > 30:
                break
            time.sleep(0.02)
        seconds.append(round(time.monotonic() - published, 2))
    return seconds


def shared_limit(c: Cluster) -> list[int]:
    """X-RateLimit-Remaining of six requests in a row from one client: they alternate between the
    replicas, so a budget shared through Redis counts down by one each time."""
    return [int(post(c.balancer, {"question": "What is ketamine?"}, source="127.0.0.2")[2]["x-ratelimit-remaining"])
            for _ in range(6)]


def sigterm_under_load(c: Cluster, clients: int = 8, seconds: float = 8.0) -> dict[str, object]:
    """`clients` threads ask new questions through the balancer; one replica gets SIGTERM halfway."""
    stop = threading.Event()
    outcomes: list[int | str] = []

    def client(n: int) -> None:
        k = 0
        while not stop.is_set():
            k += 1
            try:
                # Each client from its own loopback address: its own rate-limit budget.
                outcomes.append(post(c.balancer, {"question": f"{OPENERS[k % len(OPENERS)]} ({n}-{k})"},
                                     source=f"127.0.1.{n + 1}")[0])
            except Exception as exc:  # noqa: BLE001 (every failure counts, whatever its kind)
                outcomes.append(repr(exc))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(seconds / 2)
    victim = c.processes[1]
    victim.send_signal(signal.SIGTERM)
    at = len(outcomes)
    victim.wait(60)
    time.sleep(seconds / 2)
    stop.set()
    for thread in threads:
        thread.join()
    failed = [o for o in outcomes if o != 200]
    return {"requests": len(outcomes), "after the SIGTERM": len(outcomes) - at, "failed": len(failed),
            "failures": sorted(set(map(str, failed)))[:5], "stopped replica's exit status": victim.returncode}


def restart(c: Cluster, replica: int = 1) -> dict[str, str | None]:
    """Start a stopped replica again as it was started: it indexes its documents folder first, which must leave the
    version the others serve as it was."""
    before = current_version(c.index_dir)
    port = int(c.replicas[replica].rsplit(":", 1)[1])
    log = c.logs[replica].with_suffix(".restarted.log")
    process, url = c.stack.enter_context(docqa(c.index_dir, c.env, port, log))
    c.processes[replica], c.logs[replica] = process, log
    return {"version before": before, "after the restart": current_version(c.index_dir),
            "served by the restarted replica": version_of(url)}


def redis_outage(c: Cluster) -> dict[str, list[object]]:
    """Stop the Redis the replicas share: [status, code] of a new question and of a follow-up through the balancer."""
    _, first, _ = post(c.balancer, {"question": OPENERS[0]})
    c.redis.terminate()
    c.redis.wait(10)
    time.sleep(3)  # every replica has failed /readyz twice (fall 2, inter 1 s)
    status, new, _ = post(c.balancer, {"question": OPENERS[1]})
    status2, follow_up, _ = post(c.balancer, {"question": FOLLOW_UP, "conversation_id": first["conversation_id"]})
    return {"new question": [status, new.get("warning", {}).get("code") or new.get("body")],
            "follow-up": [status2, follow_up.get("error", {}).get("code") or follow_up.get("body")]}
