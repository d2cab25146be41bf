"""What tests and benchmarks share: real `docqa serve` processes on free loopback ports, and a JSON client.

Tests and benchmarks both import this module, never each other's files.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench._common import scratch
from qa.config import BUNDLED_DOCUMENT, ROOT

PYTHON = sys.executable
DOCQA = str(Path(sys.executable).parent / "docqa")


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
    folder = scratch("docqa-documents-")
    shutil.copy(BUNDLED_DOCUMENT, folder)
    return folder


def index_or_built(index_dir: Path | None, prefix: str) -> Path:
    """The given index folder, or a new one that `build_index.py` fills with the bundled document."""
    if index_dir is not None:
        return index_dir
    built = scratch(prefix) / "index"
    subprocess.run([PYTHON, "build_index.py", "--index-dir", str(built)], cwd=ROOT, check=True, capture_output=True)
    return built


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


def post(url: str, body: object) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())
