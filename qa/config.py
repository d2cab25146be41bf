"""All settings in one place: defaults, overridden by DOCQA_* environment variables, then by callers."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DOCUMENT = ROOT / "data" / "ketamine-assisted-psychotherapy.txt"


@dataclass(frozen=True)
class Settings:
    """Every knob of docqa; each field `name` is read from the variable DOCQA_<NAME>."""

    index_dir: Path = ROOT / "instance" / "index"
    model: str = "all-MiniLM-L6-v2"
    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = 16
    torch_threads: int = 2
    # "onnx": questions go through the ONNX export the build leaves in the index (no torch in the
    # server, a third of the time per question); "torch": always sentence-transformers.
    query_backend: str = "onnx"
    # Passage size in the model's wordpieces; the model reads at most 256.
    max_passage_tokens: int = 200
    min_passage_tokens: int = 48
    max_body_bytes: int = 64 * 1024
    max_question_chars: int = 2000
    max_top_k: int = 10
    default_top_k: int = 3
    reload_interval: float = 0.5
    # Conversations: how many are kept (least recently used dropped), for how long, how many turns.
    conversations: int = 5_000
    conversation_ttl: float = 3600.0
    conversation_turns: int = 10
    redis_url: str = ""
    log_questions: bool = False
    log_level: str = "INFO"
    # Per-client rate limit such as "60/minute"; empty means off.
    rate_limit: str = ""
    # How many reverse proxies in front may set X-Forwarded-For; 0 trusts none.
    trusted_proxies: int = 0
    # Comma-separated origins allowed to call the API from a browser; empty means CORS off.
    cors_origins: str = ""
    # Seconds a stopping server waits for requests in flight.
    shutdown_timeout: float = 30.0
    # The folder of documents `docqa serve` indexes at start and PUT/DELETE /api/documents/<name> change;
    # created holding the bundled document when missing.
    documents_dir: Path = ROOT / "instance" / "documents"
    # Bearer token that allows changing documents over HTTP; empty means read-only. Never printed.
    admin_token: str = field(default="", repr=False)
    # Largest document accepted, by the API and by build_index.py (bytes).
    max_document_bytes: int = 20 * 1024 * 1024

    @classmethod
    def from_env(cls, overrides: Mapping[str, Any] | None = None,
                 environ: Mapping[str, str] | None = None) -> Settings:
        """Defaults, then DOCQA_* variables, then `overrides` (keys are field names)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"DOCQA_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _parse(raw, type(getattr(cls(), f.name)), f.name)
        values.update(overrides or {})
        settings = replace(cls(), **values)
        return replace(settings, index_dir=Path(settings.index_dir), documents_dir=Path(settings.documents_dir))


def _parse(raw: str, kind: type, name: str) -> Any:
    if kind is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"DOCQA_{name.upper()} must be true or false, not {raw!r}")
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"DOCQA_{name.upper()} must be a {kind.__name__}, not {raw!r}") from None
