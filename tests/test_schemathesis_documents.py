"""Schemathesis on PUT and DELETE /api/documents/<name>, without and with the admin token: 0 failures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bench.support import start_server, stop_server
from tests.contract import BUDGET, HOOKS_ENV, SCHEMATHESIS

TOKEN = "schemathesis-token"
# Whether bytes are a readable document is not something a schema of "binary" can say: for an upload the
# documented 415 (type) and 422 (content) are what schema-valid bytes may get.
CONFIG = """
[[operations]]
include-path = "/api/documents/{name}"
include-method = "PUT"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "409", "413", "415", "422"]
"""


@pytest.mark.slow
@pytest.mark.parametrize("with_token", [False, True], ids=["no-token", "token"])
def test_document_routes_hold_under_schemathesis(bundled_index: Path, tmp_path: Path, with_token: bool) -> None:
    index_dir = tmp_path / "index"
    shutil.copytree(bundled_index, index_dir)
    process, url = start_server(index_dir, env={"DOCQA_LOG_LEVEL": "WARNING", "DOCQA_ADMIN_TOKEN": TOKEN,
                                                "DOCQA_MAX_DOCUMENT_BYTES": str(1 << 20)})
    header = ["-H", f"Authorization: Bearer {TOKEN}"] if with_token else []
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    try:
        result = subprocess.run(
            [SCHEMATHESIS, "--no-color", "--config-file", str(config), "run", f"{url}/api/openapi.json", "--checks", "all", *header,
             "--include-path-regex", "^/api/documents/", "--max-time", str(BUDGET // 2),
             "--generation-database", "none", "--report-dir", str(tmp_path)],
            cwd=tmp_path, capture_output=True, text=True, timeout=BUDGET + 240, env=HOOKS_ENV,
        )
    finally:
        log = stop_server(process)
    assert result.returncode == 0, result.stdout[-20_000:] + log[-5_000:]
    assert TOKEN not in log
