"""What `bench/ops.py` and its tests share: Debian's nginx and redis-server on loopback ports, `docqa serve`
processes, and large bodies sent by several HTTP clients.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench._common import scratch
from bench.support import BIN, free_port
from qa.config import ROOT


MB = 1_000_000


# --- processes ---------------------------------------------------------------------------------------


def wait_port(port: int, timeout: float = 60, path: str = "/healthz") -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


@contextmanager
def docqa(index_dir: Path, env: dict[str, str] | None = None, port: int | None = None,
          log: Path | None = None) -> Iterator[tuple[subprocess.Popen, str]]:
    """`docqa serve` on a free port; yields (process, base URL) and stops it with SIGTERM."""
    port = port or free_port()
    out = log.open("w") if log else subprocess.DEVNULL
    process = subprocess.Popen([str(BIN / "docqa"), "serve", "--index-dir", str(index_dir), "--port", str(port)],
                               cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_port(port, 120)
        yield process, f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_redis(folder: Path, port: int | None = None) -> tuple[subprocess.Popen, int]:
    """A private redis-server on 127.0.0.1 (on `port` to restart one where it was)."""
    port = port or free_port()
    process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no", "--dir", str(folder)], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, port
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def readme_block(language: str, containing: str = "") -> str:
    """The first fenced block of that language in the README (that contains `containing`)."""
    blocks = re.findall(rf"```{language}\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return next(b for b in blocks if containing in b)


def nginx_config(folder: Path, listen: int, upstream: int) -> Path:
    """The README's nginx server block, listening on 127.0.0.1:`listen` in plain HTTP, in a private nginx."""
    server = readme_block("nginx").replace("listen 443 ssl;", f"listen 127.0.0.1:{listen};")
    server = server.replace("127.0.0.1:8000", f"127.0.0.1:{upstream}")
    temp = "\n".join(f"    {kind}_temp_path {folder}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                             "scgi"))
    config = folder / "nginx.conf"
    config.write_text(f"""daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
{temp}
{server}
}}
""")
    return config


@contextmanager
def nginx(upstream: int) -> Iterator[str]:
    """Debian's nginx with the README's configuration in front of 127.0.0.1:`upstream`; yields its URL."""
    folder = scratch("docqa-nginx-")
    os.chmod(folder, 0o755)
    port = free_port()
    config = nginx_config(folder, port, upstream)
    process = subprocess.Popen(["nginx", "-c", str(config), "-e", str(folder / "error.log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_port(port, 10)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


# --- bodies ------------------------------------------------------------------------------------------


CLIENTS = ("urllib", "requests", "curl", "curl-expect")


def big_body(size: int) -> bytes:
    return b'{"question": "' + b"a" * (size - 16) + b'"}'


def post_body(client: str, url: str, body: bytes) -> tuple[int | str, dict | None]:
    """(status or error, JSON body or None) of POSTing `body` to /api/ask with one kind of client."""
    headers = {"Content-Type": "application/json"}
    try:
        if client == "urllib":
            try:
                with urllib.request.urlopen(urllib.request.Request(f"{url}/api/ask", body, headers), timeout=60) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as exc:
                return exc.code, json.loads(exc.read())
        if client == "requests":
            import requests

            response = requests.post(f"{url}/api/ask", data=body, headers=headers, timeout=60)
            return response.status_code, response.json()
        with tempfile.NamedTemporaryFile() as fh:
            fh.write(body)
            fh.flush()
            expect = "Expect: 100-continue" if client == "curl-expect" else "Expect:"
            out = subprocess.run(["curl", "-s", "-S", "-o", "-", "-w", "\n%{http_code}", "-H", "Content-Type: application/json",
                                  "-H", expect, "--data-binary", f"@{fh.name}", f"{url}/api/ask"],
                                 capture_output=True, timeout=60)
        text, _, status = out.stdout.decode().rpartition("\n")
        if out.returncode:
            return f"curl exit {out.returncode}: {out.stderr.decode().strip()}", None
        return int(status), json.loads(text)
    except (OSError, ValueError) as exc:
        return repr(exc), None


def is_json_413(result: tuple[int | str, dict | None]) -> bool:
    status, body = result
    return status == 413 and body is not None and body.get("error", {}).get("code") == "payload_too_large"
