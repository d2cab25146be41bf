"""Operating it: hostile clients, Redis outages, damaged indexes, the README's nginx, the waitress adapter."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import create_server
from waitress.task import ErrorTask
from waitress.utilities import RequestEntityTooLarge

from bench.support.damage import DAMAGES
from bench.support.ops import CLIENTS, MB, big_body, is_json_413, nginx, post_body, start_redis
from index import Embedder, IndexUnavailable, build_index, load_version, read_documents
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT, ROOT
from bench.support import DOCQA, server_log, start_server, stop_server
from web import create_app
from web._server import WAITRESS_INTERNALS, _Channel
from web._validation import MAX_HISTORY

# --- the waitress adapter ------------------------------------------------------------------------------


def test_waitress_internals_the_adapter_uses_are_there() -> None:
    """web/_server.py reaches into these private names; an upgrade that moves one must fail here, loudly."""
    assert version("waitress").startswith("3.0."), f"waitress {version('waitress')}: check web/_server.py, then the pin"
    socket_map: dict = {}
    server = create_server(lambda environ, start_response: [], map=socket_map, host="127.0.0.1", port=0)
    ours, theirs = socket.socketpair()
    try:
        channel = HTTPChannel(server, ours, ("127.0.0.1", 0), server.adj, map=socket_map)
        parser = HTTPRequestParser(server.adj)
        parser.received(b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n")
        assert (parser.command, parser.path, parser.content_length, parser.headers_finished) == ("POST", "/api/ask", 3, True)
        parser.error = RequestEntityTooLarge("x")
        instances = {"waitress.channel.HTTPChannel": channel, "waitress.parser.HTTPRequestParser": parser,
                     "waitress.task.ErrorTask": ErrorTask(channel, parser), "waitress.server.BaseWSGIServer": server,
                     "waitress.wasyncore": wasyncore}
        assert set(instances) == set(WAITRESS_INTERNALS)
        for dotted, names in WAITRESS_INTERNALS.items():
            missing = [name for name in names if not hasattr(instances[dotted], name)]
            assert not missing, f"{dotted} no longer has {missing}: web/_server.py must change with waitress"
    finally:
        theirs.close()
        wasyncore.close_all(socket_map)



def test_the_event_loop_leaves_the_socket_to_a_task_that_is_sending() -> None:
    """While a task's thread holds the output lock (it is sending), the loop does not watch its socket for
    writing (it went round about 80 times a request under 16 clients); what the task leaves unsent still
    arrives: a body 32 times the high watermark, to a slow reader."""
    socket_map: dict = {}
    watermark = 1024 * 1024
    chunks = [bytes([65 + n % 26]) * (watermark // 2) for n in range(64)]  # more than the sockets hold

    def app(environ: dict, start_response: Callable) -> list[bytes]:
        start_response("200 OK", [("Content-Length", str(sum(map(len, chunks))))])
        return chunks

    server = create_server(app, map=socket_map, host="127.0.0.1", port=0, threads=2,
                           outbuf_high_watermark=watermark)
    server.channel_class = _Channel
    stop = threading.Event()
    loop = threading.Thread(target=lambda: [wasyncore.loop(timeout=0.05, map=socket_map, count=1, use_poll=True)
                                            for _ in iter(stop.is_set, True)])
    loop.start()
    try:
        with socket.socket() as client:
            client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            client.settimeout(10)
            client.connect(("127.0.0.1", int(server.effective_port)))
            client.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            time.sleep(0.5)
            channel = next(c for c in socket_map.values() if isinstance(c, _Channel))
            # The task waits past the watermark, its lock released: the loop sends.
            assert channel.requests and channel.total_outbufs_len > watermark and channel.writable()
            received = b"".join(iter(lambda: client.recv(65536), b""))
        assert received.endswith(b"".join(chunks))
        channel.requests, channel.total_outbufs_len, channel.will_close, channel.close_when_flushed = [1], 100, 0, 0
        held, done = threading.Event(), threading.Event()

        def sending() -> None:
            with channel.outbuf_lock:
                held.set()
                done.wait(10)

        task = threading.Thread(target=sending)
        task.start()
        held.wait(10)
        assert not channel.writable()
        done.set()
        task.join()
        assert channel.writable()
    finally:
        stop.set()
        loop.join()
        server.task_dispatcher.shutdown()
        wasyncore.close_all(socket_map)


# --- bodies and JSON ------------------------------------------------------------------------------------


def test_nested_and_duplicate_key_json_are_refused(client: FlaskClient) -> None:
    deep = b"[" * 20_000 + b"]" * 20_000  # 40 KB, under the body limit
    response = client.post("/api/ask", data=b'{"question": "what", "history": ' + deep + b"}",
                           content_type="application/json")
    assert response.status_code == 400 and response.json["error"]["code"] == "invalid_json"
    response = client.post("/api/ask", data=b'{"question": "What is ketamine?", "question": "x"}',
                           content_type="application/json")
    assert response.status_code == 400 and "question" in response.json["error"]["message"]
    nested_duplicate = json.dumps({"question": "a", "history": [{"question": "b"}] * MAX_HISTORY})
    assert client.post("/api/ask", data=nested_duplicate.replace('"b"}', '"b", "question": "c"}', 1),
                       content_type="application/json").status_code == 400


def test_null_conversation_id_starts_a_new_conversation(client: FlaskClient) -> None:
    """An answer given without a conversation says `"conversation_id": null`; a client may send it back."""
    response = client.post("/api/ask", json={"question": "What is ketamine?", "conversation_id": None})
    assert response.status_code == 200 and response.json["conversation_id"]


def test_cli_refuses_what_the_api_refuses(bundled_index: Path) -> None:
    for args in (["--top-k", "0", "What is ketamine?"], ["--top-k", "-5", "x"], ["--top-k", "1000", "x"], ["  "]):
        result = subprocess.run([DOCQA, "ask", "--index-dir", str(bundled_index), *args], cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        lines = (result.stdout + result.stderr).strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith("docqa: "), (args, lines)


# --- Redis outages --------------------------------------------------------------------------------------


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[dict]:
    """A private redis-server the test may stop, restart (same port) or hang."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    process, port = start_redis(tmp_path)
    state = {"process": process, "port": port, "url": f"redis://127.0.0.1:{port}/0", "folder": tmp_path}
    yield state
    state["process"].send_signal(signal.SIGCONT)
    state["process"].terminate()
    state["process"].wait(10)


def _ask(client: FlaskClient, question: str, conversation: str | None = None) -> tuple[int, dict, float, dict]:
    started = time.perf_counter()
    body = {"question": question, **({"conversation_id": conversation} if conversation else {})}
    response = client.post("/api/ask", json=body)
    return response.status_code, response.json, time.perf_counter() - started, dict(response.headers)


def test_redis_outage_answers_or_503_never_500(bundled_index: Path, embedder: Embedder, redis_server: dict) -> None:
    config = {"index_dir": bundled_index, "reload_interval": 0, "redis_url": redis_server["url"],
              "rate_limit": "1000/minute"}
    client = create_app(config, Assistant(Settings.from_env(config), embedder)).test_client()
    status, first, _, _ = _ask(client, "What is esketamine?")
    assert status == 200 and first["conversation_id"] and "warning" not in first
    assert client.get("/readyz").json == {"status": "ok", "checks": {
        "index": f"ok (version {first['index_version']})", "conversation_store": "ok"}}

    for outage in ("stopped", "hung"):
        if outage == "stopped":
            redis_server["process"].terminate()
            redis_server["process"].wait(10)
        else:
            redis_server["process"].send_signal(signal.SIGSTOP)
        time.sleep(1.1)  # past the store's pause after a failure, so that each request below waits on Redis
        status, body, seconds, _ = _ask(client, "How is it given?")
        # A hung Redis would hold the request for good; the store's and the limiter's timeouts (0.25 s each) bound
        # it. 3 s leaves room for the answer itself on a busy runner (1.5 s seen with six processes on two cores).
        assert status == 200 and body["conversation_id"] is None and seconds < 3, (outage, status, seconds)
        assert body["warning"]["code"] == "conversation_store_unavailable" and body["found"]
        status, body, seconds, headers = _ask(client, "And its side effects?", first["conversation_id"])
        assert status == 503 and body["error"]["code"] == "conversation_store_unavailable", (outage, body)
        assert int(headers["Retry-After"]) > 0 and seconds < 3
        deleted = client.delete(f"/api/conversations/{first['conversation_id']}")
        assert deleted.status_code == 503 and deleted.json["error"]["code"] == "conversation_store_unavailable"
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json["status"] == "unavailable"
        assert ready.json["checks"]["conversation_store"].startswith("conversation store unavailable")
        assert client.get("/healthz").status_code == 200  # liveness: the process itself is fine
        if outage == "stopped":
            redis_server["process"], _ = start_redis(redis_server["folder"], redis_server["port"])
        else:
            redis_server["process"].send_signal(signal.SIGCONT)
        time.sleep(1.1)  # the store's pause after a failure
        assert client.get("/readyz").status_code == 200
        if outage == "stopped":
            status, first, _, _ = _ask(client, "What is esketamine?")  # the restarted Redis is empty
        status, body, _, _ = _ask(client, "And its side effects?", first["conversation_id"])
        assert status == 200 and body["conversation_id"] == first["conversation_id"], (outage, body)


# --- damaged indexes ------------------------------------------------------------------------------------


def test_every_damage_is_index_unavailable(index_dir: Path, tmp_path: Path) -> None:
    """The twenty damages of bench/damage.py, loaded in process: each one is IndexUnavailable, in one line."""
    for n, (name, damage) in enumerate(DAMAGES.items()):
        copy = tmp_path / f"damaged-{n}"
        shutil.copytree(index_dir, copy)
        damage(copy)
        with pytest.raises(IndexUnavailable) as caught:
            load_version(copy)
        assert "\n" not in str(caught.value), name


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["manifest is a list", "files is a list", "numeric passage id",
                                    "deeply nested manifest", "CURRENT is binary garbage"])
def test_damaged_index_stops_serve_with_one_line_and_a_build_recovers(index_dir: Path, embedder: Embedder,
                                                                      damage: str) -> None:
    DAMAGES[damage](index_dir)
    result = subprocess.run([DOCQA, "serve", "--index-dir", str(index_dir), "--port", "1"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "python build_index.py" in lines[0], lines
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder)  # what build_index.py runs
    assert load_version(index_dir).passages


# --- hostile clients on a real server ------------------------------------------------------------------


def _raw(port: int, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes, read until the server closes (or resets after answering)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(data)
        reply = b""
        try:
            while chunk := conn.recv(65536):
                reply += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    return reply


@pytest.mark.slow
def test_hostile_clients(bundled_index: Path) -> None:
    process, url = start_server(bundled_index, env={"DOCQA_HEADER_TIMEOUT": "1", "DOCQA_IDLE_TIMEOUT": "60"})
    port = int(url.rsplit(":", 1)[1])
    try:
        # Oversize bodies: every kind of client reads the JSON 413, refused before the body is read.
        for client in CLIENTS:
            assert is_json_413(post_body(client, url, big_body(5 * MB))), client
        head = _raw(port, b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          b"Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 413") and b"100 Continue" not in head, head[:200]
        # Waitress's own refusals carry the security headers and are logged.
        reply = _raw(port, b"GET /api/documents HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 300_000 + b"\r\n\r\n")
        assert reply.split(b" ", 2)[1] == b"431" and b"X-Content-Type-Options: nosniff" in reply
        assert b"Content-Security-Policy: default-src 'none'" in reply and b'"code": "headers_too_large"' in reply
        reply = _raw(port, b"garbage\r\n\r\n")  # no method, no path: still answered, logged and closed
        assert reply.split(b" ", 2)[1] == b"400" and b'"code": "bad_request"' in reply
        # Control characters in a path cannot forge a log line.
        _raw(port, b"GET /x%0a2026-01-01%20INFO%20forged%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        # A client slower than DOCQA_HEADER_TIMEOUT with its headers is cut off.
        slow = socket.create_connection(("127.0.0.1", port), timeout=10)
        slow.sendall(b"GET /healthz HTTP/1.1\r\n")
        started = time.monotonic()
        assert slow.recv(100) == b"" and time.monotonic() - started < 5
        slow.close()
        # More idle connections than waitress's default limit (100) do not lock anyone out.
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(250)]
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            assert conn.recv(100).startswith(b"HTTP/1.1 200")
        assert time.monotonic() - started < 1
        for sock in idle:
            sock.close()
    finally:
        log = stop_server(process)
    access = [line for line in log.splitlines() if "docqa.access" in line]
    assert any("POST /api/ask 413" in line for line in access)
    assert any(" 431 " in line for line in access) and any("docqa.access: - - 400 " in line for line in access)
    assert not any(line.startswith("2026-01-01") for line in log.splitlines())
    assert "/x\\x0a2026-01-01 INFO forged\\x00 404" in log and "\x00" not in log


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")
def test_readme_nginx_configuration(bundled_index: Path) -> None:
    """The README's nginx block, run by Debian's nginx: 413 as JSON for every client and size, never a 502."""
    process, url = start_server(bundled_index)
    try:
        with nginx(int(url.rsplit(":", 1)[1])) as proxied:
            for size in (5 * MB, 50 * MB):
                for client in CLIENTS:
                    result = post_body(client, proxied, big_body(size))
                    assert is_json_413(result), (client, size, result)
            for n in range(20):  # between DOCQA_MAX_BODY_BYTES and 1 MB: docqa refuses while nginx still sends
                result = post_body(("urllib", "requests")[n % 2], proxied, big_body(65 * 1024 + n * 50_000))
                assert is_json_413(result), result
            status, body = post_body("urllib", proxied, json.dumps({"question": "What is ketamine?"}).encode())
            assert status == 200 and body and body["found"]
    finally:
        assert "Traceback" not in stop_server(process)
    assert server_log(process).count(" 413 ") >= 24
