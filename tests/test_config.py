"""Settings: defaults, DOCQA_* variables, overrides, and values docqa cannot use refused in one line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from index.errors import SettingsError
from qa import Settings
from qa.config import ROOT
from bench.support import DOCQA, PYTHON


def test_variables_override_defaults_and_overrides_win() -> None:
    settings = Settings.from_env({"port": 9001}, environ={"DOCQA_PORT": "9000", "DOCQA_DEFAULT_TOP_K": "4"})
    assert settings.port == 9001 and settings.default_top_k == 4 and settings.threads == Settings().threads
    assert isinstance(Settings.from_env({"index_dir": "x"}).index_dir, Path)


@pytest.mark.parametrize("variable, value, says", [
    ("DOCQA_QUERY_BACKEND", "onx", "DOCQA_QUERY_BACKEND must be one of onnx, torch, not 'onx'"),
    ("DOCQA_PORT", "70000", "DOCQA_PORT must be a port number"),
    ("DOCQA_DEFAULT_TOP_K", "11", "DOCQA_DEFAULT_TOP_K must be between 1 and DOCQA_MAX_TOP_K"),
    ("DOCQA_THREADS", "0", "DOCQA_THREADS must be at least 1"),
    ("DOCQA_LOG_LEVEL", "LOUD", "DOCQA_LOG_LEVEL must be one of"),
    ("DOCQA_LOG_QUESTIONS", "maybe", "DOCQA_LOG_QUESTIONS must be true or false"),
    ("DOCQA_CONVERSATION_TTL", "soon", "DOCQA_CONVERSATION_TTL must be a number, not 'soon'"),
    ("DOCQA_MAX_BODY_BYTES", "abc", "DOCQA_MAX_BODY_BYTES must be a whole number, not 'abc'"),
])
def test_bad_values_are_refused_naming_the_variable(variable: str, value: str, says: str) -> None:
    with pytest.raises(SettingsError, match=says.replace("(", r"\(")):
        Settings.from_env(environ={variable: value})


@pytest.mark.parametrize("command, says", [([DOCQA, "ask"], "docqa"), ([PYTHON, "build_index.py"], "build_index")])
def test_the_commands_refuse_a_bad_setting_in_one_line(tmp_path: Path, command: list[str], says: str) -> None:
    question = ["Why?"] if says == "docqa" else []
    result = subprocess.run([*command, "--index-dir", str(tmp_path), *question], cwd=ROOT, text=True,
                            capture_output=True, env={"PATH": "/usr/bin:/bin", "DOCQA_QUERY_BACKEND": "onx"},
                            timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"{says}: DOCQA_QUERY_BACKEND must be one of onnx, torch, not 'onx'"]


@pytest.mark.parametrize("name", ["found.json", "runners_up.json"])
@pytest.mark.parametrize("content", [None, "{not json", '{"features": ["dense"], "weights": [1], "bias": 0, "threshold": 0.5}'])
def test_a_missing_or_damaged_fitted_file_stops_with_one_line(bundled_index: Path, tmp_path: Path, name: str,
                                                              content: str | None) -> None:
    for other in {"found.json", "runners_up.json"} - {name}:
        shutil.copy(Settings().trained_dir / other, tmp_path / other)
    if content is not None:
        (tmp_path / name).write_text(content)
    result = subprocess.run([DOCQA, "ask", "--index-dir", str(bundled_index), "Why?"], cwd=ROOT, text=True,
                            capture_output=True, env={"PATH": "/usr/bin:/bin", "DOCQA_TRAINED_DIR": str(tmp_path)},
                            timeout=120)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("docqa: ") and name in line and "make train" in line
