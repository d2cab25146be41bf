"""Shared fixtures: the real model once per session, a built index of the bundled document, apps and servers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from index import Embedder, build_index, read_documents, shared_embedder
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT, ROOT
from web import create_app

PYTHON = sys.executable
DOCQA = str(Path(sys.executable).parent / "docqa")


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    return shared_embedder()


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Path:
    """An index of the bundled document, built once; tests copy it before changing anything."""
    index_dir = tmp_path_factory.mktemp("bundled-index")
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder)
    return index_dir


@pytest.fixture
def index_dir(bundled_index: Path, tmp_path: Path) -> Path:
    """A private copy of the bundled index for a test that may rebuild or damage it."""
    target = tmp_path / "index"
    shutil.copytree(bundled_index, target)
    return target


@pytest.fixture(scope="session")
def assistant(bundled_index: Path, embedder: Embedder) -> Assistant:
    return Assistant(Settings.from_env({"index_dir": bundled_index}), embedder)


@pytest.fixture
def app(bundled_index: Path, embedder: Embedder) -> Flask:
    """A fresh app (and conversation store) per test over the shared read-only index."""
    settings = {"index_dir": bundled_index, "reload_interval": 0}
    return create_app(settings, Assistant(Settings.from_env(settings), embedder))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} not healthy after {timeout}s")


def bundled_documents_folder() -> Path:
    """A fresh folder holding a copy of the bundled document."""
    folder = Path(tempfile.mkdtemp(prefix="docqa-documents-"))
    shutil.copy(BUNDLED_DOCUMENT, folder)
    return folder


def start_server(index_dir: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`docqa serve` as a real process on a free loopback port; returns (process, base URL)."""
    port = free_port()
    # `docqa serve` indexes its documents folder at start: by default one holding the bundled document alone.
    env = {"DOCQA_DOCUMENTS_DIR": str(bundled_documents_folder()), **(env or {})}
    # The log goes to a file: an unread pipe would fill up and block a busy server.
    log = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen(
        [DOCQA, "serve", "--index-dir", str(index_dir), "--host", "127.0.0.1", "--port", str(port), *extra],
        cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    process.log = log  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
    except Exception:
        process.kill()
        print(server_log(process))
        raise
    return process, url


def server_log(process: subprocess.Popen) -> str:
    """Everything the server wrote so far."""
    process.log.seek(0)  # type: ignore[attr-defined]
    return process.log.read()  # type: ignore[attr-defined]


def stop_server(process: subprocess.Popen) -> str:
    """SIGTERM, wait, and return the server's log."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return server_log(process)


@pytest.fixture(scope="session")
def server(bundled_index: Path) -> Iterator[str]:
    """One real `docqa serve` over the bundled index for the end-to-end tests."""
    process, url = start_server(bundled_index)
    yield url
    stop_server(process)
