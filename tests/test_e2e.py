"""End to end with real processes: build_index.py, then `docqa serve` and `docqa ask`, over HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from qa.config import ROOT
from bench.support import DOCQA, PYTHON, post, start_server, stop_server

pytestmark = pytest.mark.slow


def test_build_then_serve_then_ask(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    build = subprocess.run([PYTHON, "build_index.py", "--index-dir", str(index_dir), "--json"],
                           cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    version = json.loads(build.stdout)["index_version"]
    process, url = start_server(index_dir)
    try:
        status, body = post(f"{url}/api/ask", {"question": "Who first made ketamine?"})
        assert status == 200
        assert body["found"] and body["index_version"] == version
        assert "Calvin Lee Stevens" in body["answer"] or "Parke-Davis" in body["answer"]
        document = json.loads(urllib.request.urlopen(f"{url}/api/document").read())["text"]
        assert all(document[c["start"] : c["end"]] == c["text"] for c in body["citations"])
        status, body = post(f"{url}/api/ask", {"question": ""})
        assert status == 400 and body["error"]["code"] == "bad_request"
        with urllib.request.urlopen(f"{url}/") as page:
            assert "Content-Security-Policy" in page.headers
    finally:
        log = stop_server(process)
    assert process.returncode == 0
    assert "Who first made ketamine" not in log  # questions stay out of the logs by default


def test_docqa_ask_prints_answer_and_citations(bundled_index: Path) -> None:
    result = subprocess.run([DOCQA, "ask", "--index-dir", str(bundled_index), "What brand name does esketamine have?"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Spravato" in result.stdout
    assert "[1] ketamine-assisted-psychotherapy.txt characters" in result.stdout


def test_serve_indexes_the_documents_it_is_given_and_serves_them(tmp_path: Path) -> None:
    doc = tmp_path / "engine.txt"
    doc.write_text("The Zorblat engine was invented by Mira Tenn in 1987.\n\nIt runs on seawater and makes no smoke.\n")
    process, url = start_server(tmp_path / "index", str(doc))  # no index yet, and no --watch
    try:
        status, body = post(f"{url}/api/ask", {"question": "Who invented the Zorblat engine?"})
    finally:
        stop_server(process)
    assert status == 200 and body["found"] and "Mira Tenn" in body["answer"]
    assert {c["document"] for c in body["citations"]} == {"engine.txt"}
    result = subprocess.run([DOCQA, "serve", "--index-dir", str(tmp_path / "none"), "--port", "0",
                             str(tmp_path / "missing.txt")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "missing.txt" in result.stderr.strip().splitlines()[-1]


def test_serve_without_an_index_or_readable_documents_refuses_to_start(tmp_path: Path) -> None:
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "bad.pdf").write_bytes(b"%PDF")
    result = subprocess.run([DOCQA, "serve", "--index-dir", str(tmp_path / "none"), "--port", "0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "DOCQA_DOCUMENTS_DIR": str(tmp_path / "documents")})
    assert result.returncode == 2
    assert "bad.pdf: truncated PDF" in result.stderr.strip().splitlines()[-1]
