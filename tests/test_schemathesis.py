"""Schemathesis against a real `docqa serve`: no 5xx, responses as documented, invalid input refused, valid accepted."""

from __future__ import annotations

import subprocess
from pathlib import Path

import jsonschema_rs
import pytest
from flask.testing import FlaskClient

from bench.support import start_server, stop_server
from tests.contract import BUDGET, HOOKS_ENV, SCHEMATHESIS
from web._openapi import openapi_document



@pytest.mark.slow
def test_openapi_document_holds_under_schemathesis(bundled_index: Path, tmp_path: Path) -> None:
    # Thousands of requests: access lines would fill the server's output pipe, which nobody reads meanwhile.
    process, url = start_server(bundled_index, env={"DOCQA_LOG_LEVEL": "WARNING"})
    try:
        result = subprocess.run(
            [SCHEMATHESIS, "--no-color", "run", f"{url}/api/openapi.json", "--checks", "all",
             "--max-time", str(BUDGET), "--generation-database", "none", "--report-dir", str(tmp_path)],
            cwd=tmp_path, capture_output=True, text=True, timeout=BUDGET + 120, env=HOOKS_ENV,
        )
    finally:
        log = stop_server(process)
    assert result.returncode == 0, result.stdout[-20_000:] + log[-5_000:]


@pytest.mark.parametrize("question", ["\x1f", "\x85", "\u200b", "\xa0", "\ufeff", "\u2028", " \t\n", " a\u3000"])
def test_blank_question_means_what_the_schema_pattern_means(client: FlaskClient, question: str) -> None:
    """`pattern: \\S` is an ECMA-262 regex: the API's idea of white space is that one, not Python's."""
    schema = openapi_document()["components"]["schemas"]["AskRequest"]
    valid = jsonschema_rs.validator_for(schema).is_valid({"question": question})
    assert client.post("/api/ask", json={"question": question}).status_code == (200 if valid else 400)
