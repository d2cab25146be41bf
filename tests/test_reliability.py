"""Reliability and security with real processes: corrupted indexes, killed builds, SIGTERM, limits, CORS, privacy."""

from __future__ import annotations

import json
import logging
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask, request
from flask.testing import FlaskClient

from bench.support.crash import crash_builds, variants
from bench.support.ops import start_redis
from index import Embedder, current_version
from qa import Assistant, Settings
from qa.config import ROOT
from bench.support import DOCQA, free_port, server_log, start_server, stop_server
from web import create_app


def http(url: str, body: object = None, headers: dict[str, str] | None = None,
         timeout: float = 60) -> tuple[int, dict[str, str], dict]:
    """(status, headers, JSON body) of a GET, or of a POST when `body` is given; HTTP errors included."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read())


# --- a damaged index -------------------------------------------------------------------------------


def _truncate_faiss(folder: Path) -> None:
    path = folder / "passages.faiss"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garble_manifest(folder: Path) -> None:
    path = folder / "manifest.json"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\x00\xff garbage \x00" + data[len(data) // 2 + 16 :])


def _remove_vectors(folder: Path) -> None:
    (folder / "sentences.npy").unlink()


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    "truncated passages.faiss": _truncate_faiss,
    "garbled manifest.json": _garble_manifest,
    "missing sentences.npy": _remove_vectors,
}


def version_folder(index_dir: Path, version: str | None = None) -> Path:
    return index_dir / "versions" / (version or current_version(index_dir) or "")


def clone_version(source: Path, index_dir: Path, name: str) -> Path:
    """A copy of a version folder under a new version name, whole until a test damages it."""
    target = index_dir / "versions" / name
    shutil.copytree(source, target)
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    (target / "manifest.json").write_text(json.dumps({**manifest, "version": name}), encoding="utf-8")
    return target


def point_current(index_dir: Path, version: str) -> None:
    """Publish a version the way a build does: one atomic rename of CURRENT."""
    (index_dir / "CURRENT.tmp").write_text(version + "\n")
    os.replace(index_dir / "CURRENT.tmp", index_dir / "CURRENT")


@pytest.mark.slow
@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_serve_refuses_a_corrupted_index_with_one_line(index_dir: Path, corruption: str) -> None:
    CORRUPTIONS[corruption](version_folder(index_dir))
    result = subprocess.run([DOCQA, "serve", "--index-dir", str(index_dir), "--port", str(free_port())],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = (result.stdout + result.stderr).strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("docqa: ") and "python build_index.py" in lines[0]


@pytest.mark.slow
def test_running_server_keeps_its_last_good_version(index_dir: Path, bundled_index: Path) -> None:
    good = current_version(index_dir)
    pristine = version_folder(bundled_index, good)
    process, url = start_server(index_dir, env={"DOCQA_RELOAD_INTERVAL": "0.1"})
    try:
        # A new version that is damaged: CURRENT points at it, the server keeps answering from the old one.
        for n, corrupt in enumerate(CORRUPTIONS.values()):
            corrupt(clone_version(pristine, index_dir, f"bad{n}"))
            point_current(index_dir, f"bad{n}")
            time.sleep(0.6)  # several reload intervals
            status, _, body = http(f"{url}/api/ask", {"question": "What brand name does esketamine have?"})
            assert status == 200 and body["found"] and body["index_version"] == good
        # The version in memory is damaged on disk: nothing reads it again, answers go on.
        for corrupt in CORRUPTIONS.values():
            corrupt(version_folder(index_dir, good))
        status, _, body = http(f"{url}/api/search?q=nasal+spray")
        assert status == 200 and body["index_version"] == good
        # A whole new version is still picked up: the reloader was alive all along.
        clone_version(pristine, index_dir, "fresh")
        point_current(index_dir, "fresh")
        deadline = time.monotonic() + 10
        while http(f"{url}/healthz")[2]["index_version"] != "fresh" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert http(f"{url}/api/ask", {"question": "What is ketamine?"})[2]["index_version"] == "fresh"
    finally:
        log = stop_server(process)
    assert process.returncode == 0
    errors = [line for line in log.splitlines() if " ERROR " in line]
    assert all(any(f"bad{n}" in line for line in errors) for n in range(len(CORRUPTIONS)))  # each was tried


@pytest.mark.slow
def test_killed_builds_leave_a_whole_index(index_dir: Path, tmp_path: Path) -> None:
    """A few builds killed at random (bench/crash.py runs twenty): CURRENT always loads."""
    documents = variants(tmp_path)  # the first is the bundled document, already in index_dir
    crashes = crash_builds(index_dir, (documents[1], documents[0]), 4, [(0.5, 7.0)], random.Random())
    assert all(c.whole for c in crashes), crashes


# --- stopping ---------------------------------------------------------------------------------------


def refused(port: int) -> bool:
    """Whether the listener is gone: a connection queued as it closed is reset rather than refused."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    except (ConnectionRefusedError, ConnectionResetError):
        return True
    return False


@pytest.mark.slow
def test_sigterm_finishes_requests_in_flight_then_exits_0(bundled_index: Path) -> None:
    process, url = start_server(bundled_index)
    port = int(url.rsplit(":", 1)[1])
    results: list[tuple[int | str, float]] = []
    # Slow requests: each replays ten earlier questions, all new to the server (no cache hits), and
    # there are far more of them than worker threads.
    def ask(client: int) -> None:
        body = {"question": "How fast does it work?",
                "history": [{"question": f"What is ketamine {client}-{n}?"} for n in range(10)]}
        try:
            results.append((http(f"{url}/api/ask", body)[0], time.monotonic()))
        except OSError as exc:
            results.append((repr(exc), time.monotonic()))

    clients = [threading.Thread(target=ask, args=(n,)) for n in range(48)]
    for client in clients:
        client.start()
    time.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    stopped_at = time.monotonic()
    # The listener closes first; with 48 requests on two cores that took more than 0.1 s once (a full suite run).
    while not refused(port):
        assert time.monotonic() < stopped_at + 5, "still accepting connections 5 s after SIGTERM"
        time.sleep(0.05)
    assert process.poll() is None  # still finishing the requests in flight
    for client in clients:
        client.join()
    process.wait(timeout=30)  # the one SIGTERM above is all it gets
    log = server_log(process)
    assert process.returncode == 0, log
    assert [status for status, _ in results] == [200] * len(clients)
    assert max(done for _, done in results) > stopped_at
    assert "stopped" in log.splitlines()[-1]


# --- limits, proxies, CORS ---------------------------------------------------------------------------


def limited_app(bundled_index: Path, assistant: Assistant, **config: object) -> Flask:
    return create_app({"index_dir": bundled_index, "reload_interval": 0, "rate_limit": "3/minute", **config},
                      assistant)


def raw_request(url: str, data: bytes) -> tuple[int, dict]:
    """Send bytes as they are on a new connection; (status, JSON body) of the answer."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(data)
        reply = b""
        try:
            while chunk := conn.recv(65536):
                reply += chunk
        except ConnectionResetError:
            pass  # the server closed right after answering, with some of what was sent still unread
    head, _, body = reply.partition(b"\r\n\r\n")
    assert b"Content-Type: application/json" in head, head
    return int(head.split()[1]), json.loads(body)


@pytest.mark.slow
def test_limits_on_a_real_server(bundled_index: Path) -> None:
    """Waitress refuses big bodies unread, as JSON; the rate limit counts each client behind a trusted proxy."""
    process, url = start_server(bundled_index, env={"DOCQA_RATE_LIMIT": "3/minute", "DOCQA_TRUSTED_PROXIES": "1"})
    try:
        status, _, body = http(f"{url}/api/ask", {"question": "a" * 70_000})
        assert status == 413 and body["error"]["code"] == "payload_too_large"
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (70_000, b"x" * 70_000)
        status, body = raw_request(url, b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                        b"Transfer-Encoding: chunked\r\n\r\n" + chunked)
        assert status == 413 and body["error"]["code"] == "payload_too_large"
        assert raw_request(url, b"GET /api/documents HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n")[0] == 400
        alice = {"X-Forwarded-For": "198.51.100.1, 203.0.113.7"}  # the proxy appends the address it saw
        assert [http(f"{url}/api/documents", headers=alice)[0] for _ in range(3)] == [200] * 3
        status, headers, body = http(f"{url}/api/documents", headers=alice)
        assert status == 429 and body["error"]["code"] == "rate_limited"
        assert 0 < int(headers["Retry-After"]) <= 60
        # Someone else behind the same proxy, or the proxy's own health checks, are not held back.
        assert http(f"{url}/api/documents", headers={"X-Forwarded-For": "203.0.113.8"})[0] == 200
        assert http(f"{url}/healthz")[0] == 200
    finally:
        stop_server(process)


def test_forwarded_for_is_ignored_without_trusted_proxies(bundled_index: Path, assistant: Assistant) -> None:
    client = limited_app(bundled_index, assistant).test_client()
    statuses = [client.get("/api/documents", headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code
                for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert client.get("/").status_code == 200  # the page and its files are not limited


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A private redis-server on a free loopback port."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    process, port = start_redis(tmp_path)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(timeout=10)


def test_rate_limit_is_shared_through_redis(bundled_index: Path, embedder: Embedder, redis_url: str) -> None:
    """Two processes (here two apps) behind one Redis share each client's budget."""
    settings = Settings.from_env({"index_dir": bundled_index, "redis_url": redis_url})
    one, two = (limited_app(bundled_index, Assistant(settings, embedder), redis_url=redis_url).test_client()
                for _ in range(2))
    assert [c.get("/api/documents").status_code for c in (one, two, one, two)] == [200, 200, 200, 429]


def test_cors_is_off_by_default(client: FlaskClient) -> None:
    response = client.get("/api/documents", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in response.headers
    preflight = client.options("/api/ask", headers={"Origin": "https://elsewhere.example",
                                                    "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 403 and "Access-Control-Allow-Origin" not in preflight.headers


def test_cors_allow_list(bundled_index: Path, assistant: Assistant) -> None:
    app = create_app({"index_dir": bundled_index, "reload_interval": 0,
                      "cors_origins": "https://good.example, https://also.example/"}, assistant)
    client = app.test_client()
    for origin in ("https://good.example", "https://also.example"):
        response = client.get("/api/documents", headers={"Origin": origin})
        assert response.headers["Access-Control-Allow-Origin"] == origin and "Origin" in response.headers["Vary"]
        preflight = client.options("/api/ask", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 204
        assert preflight.headers["Access-Control-Allow-Origin"] == origin
        assert preflight.headers["Access-Control-Allow-Methods"] == "POST"
        assert "Content-Type" in preflight.headers["Access-Control-Allow-Headers"]
    evil = {"Origin": "https://evil.example"}
    assert "Access-Control-Allow-Origin" not in client.get("/api/documents", headers=evil).headers
    preflight = client.options("/api/ask", headers={**evil, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 403 and preflight.json["error"]["code"] == "origin_not_allowed"


# --- pages, errors, logs ------------------------------------------------------------------------------


def test_page_needs_no_inline_script_or_outside_origin(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    assert not re.search(r"\son[a-z]+\s*=|\sstyle\s*=|javascript:", page, re.I)
    for path in re.findall(r'(?:src|href)="([^"#]+)"', page):
        assert path.startswith("/"), path  # same origin only: the CSP would block anything else anyway
    for script in (ROOT / "web" / "static").glob("*.js"):
        assert not re.search(r"https?://|eval\(|new Function", script.read_text()), script.name


def failing_app(bundled_index: Path, assistant: Assistant, **config: object) -> Flask:
    """An app with one extra route that fails the way a bug would, quoting the question in its message."""
    app = create_app({"index_dir": bundled_index, "reload_interval": 0, **config}, assistant)

    @app.post("/api/fail")
    def fail() -> None:
        raise ValueError(f"cannot handle {request.get_json()['question']!r}")

    return app


SECRET = "Is my ketamine dose of 42 mg safe during my pregnancy?"


@pytest.mark.parametrize("log_questions", [False, True])
def test_no_question_in_logs_or_traceback_in_responses(bundled_index: Path, assistant: Assistant,
                                                       caplog: pytest.LogCaptureFixture, log_questions: bool) -> None:
    client = failing_app(bundled_index, assistant, log_questions=log_questions).test_client()
    caplog.set_level(logging.INFO)
    assert client.post("/api/ask", json={"question": SECRET}).status_code == 200
    assert client.get("/api/search", query_string={"q": SECRET}).status_code == 200
    failed = client.post("/api/fail", json={"question": SECRET})
    assert failed.status_code == 500 and failed.json["error"]["code"] == "internal"
    assert "Traceback" not in failed.get_data(as_text=True) and SECRET not in failed.get_data(as_text=True)
    assert "ValueError" in caplog.text and "in fail" in caplog.text  # the error is still diagnosable
    assert (SECRET in caplog.text) is log_questions
    assert caplog.text.count(f"question={SECRET!r}") == (2 if log_questions else 0)


def test_debug_mode_stays_off(bundled_index: Path, assistant: Assistant, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASK_DEBUG", "1")
    assert create_app({"index_dir": bundled_index, "reload_interval": 0}, assistant).debug is False
