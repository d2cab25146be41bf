"""All settings in one place: defaults, overridden by DOCQA_* environment variables, then by callers."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from index.errors import SettingsError

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DOCUMENT = ROOT / "data" / "ketamine-assisted-psychotherapy.txt"
# What `make train` learns from (never the development files beside it).
TRAIN_FILE = ROOT.parent / "shared" / "eval" / "squad2-train-10-articles.json"
BUNDLED_TITLE = "Ketamine-assisted psychotherapy — Wikipedia, CC BY-SA 4.0"


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
    # Whether the reader (a cross-encoder the build exports, data/reader/) rereads close candidate
    # sentences. Off: measured on the development material it does not pay yet (README, "The reader").
    reader: bool = False
    # Passage size in the model's wordpieces; the model reads at most 256.
    max_passage_tokens: int = 200
    min_passage_tokens: int = 48
    max_body_bytes: int = 64 * 1024
    max_question_chars: int = 2000
    max_top_k: int = 10
    default_top_k: int = 3
    # Passages /api/search returns when `k` is not given.
    default_search_k: int = 5
    reload_interval: float = 0.5
    # Conversations: how many are kept (least recently used dropped), for how long, how many turns.
    conversations: int = 5_000
    conversation_ttl: float = 3600.0
    conversation_turns: int = 10
    redis_url: str = ""
    # Seconds Redis may take to connect or answer before the request goes on without it (503 or no conversation).
    redis_timeout: float = 0.25
    log_questions: bool = False
    log_level: str = "INFO"
    # Per-client rate limit such as "60/minute"; empty means off.
    rate_limit: str = ""
    # How many reverse proxies in front may set X-Forwarded-For; 0 trusts none.
    trusted_proxies: int = 0
    # Comma-separated origins allowed to call the API from a browser; empty means CORS off.
    cors_origins: str = ""
    # Title of the only indexed document when it has no heading of its own (plain text); Markdown and
    # HTML documents are titled by their own heading, the bundled article by BUNDLED_TITLE.
    title: str = ""
    # Seconds a stopping server waits for requests in flight.
    shutdown_timeout: float = 30.0
    # Open connections the server holds at most (idle ones included); past it, new ones wait in the backlog.
    connection_limit: int = 1000
    # Seconds a keep-alive connection may sit idle before the server closes it.
    idle_timeout: float = 60.0
    # Seconds a client has to send a request's headers once it starts; slower ones are cut off.
    header_timeout: float = 10.0
    # Where `make train` writes the fitted "found" decision, read at start.
    trained_dir: Path = ROOT / "data" / "trained"
    # The folder of documents `docqa serve` indexes at start and PUT/DELETE /api/documents/<name> change;
    # created holding the bundled document when missing.
    documents_dir: Path = ROOT / "instance" / "documents"
    # Bearer token that allows changing documents over HTTP; empty means read-only. Never printed.
    admin_token: str = field(default="", repr=False)
    # Largest document accepted, by the API and by build_index.py (bytes).
    max_document_bytes: int = 20 * 1024 * 1024
    # A change over HTTP bringing more new passages and sentences than this is served by keywords at once
    # and embedded in the background (about 90 a second on 2 cores); 0: always embedded before it is served.
    defer_embedding_over: int = 500

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise SettingsError(problems[0])

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
        paths = {name: Path(values[name]) for name in ("index_dir", "trained_dir", "documents_dir") if name in values}
        return replace(cls(), **{**values, **paths})


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
_KIND_NAMES = {int: "a whole number", float: "a number"}  # what a setting that failed to parse asks for
_BACKENDS = ("onnx", "torch")


def _problems(s: Settings) -> list[str]:
    """What is wrong with the settings, each as one line naming the variable."""
    checks = [
        ("port", 0 <= s.port < 65536, "a port number (0-65535; 0: any free port)"),
        ("threads", s.threads >= 1, "at least 1"),
        ("torch_threads", s.torch_threads >= 1, "at least 1"),
        ("query_backend", s.query_backend in _BACKENDS, f"one of {', '.join(_BACKENDS)}"),
        ("min_passage_tokens", 1 <= s.min_passage_tokens <= s.max_passage_tokens, "between 1 and the maximum"),
        ("max_passage_tokens", s.max_passage_tokens <= 512, "at most 512"),
        ("max_body_bytes", s.max_body_bytes >= 1024, "at least 1024"),
        ("max_question_chars", s.max_question_chars >= 1, "at least 1"),
        ("max_top_k", s.max_top_k >= 1, "at least 1"),
        ("default_top_k", 1 <= s.default_top_k <= s.max_top_k, "between 1 and DOCQA_MAX_TOP_K"),
        ("default_search_k", 1 <= s.default_search_k <= s.max_top_k, "between 1 and DOCQA_MAX_TOP_K"),
        ("reload_interval", s.reload_interval >= 0, "0 (off) or more seconds"),
        ("conversations", s.conversations >= 1, "at least 1"),
        ("conversation_ttl", s.conversation_ttl > 0, "more than 0 seconds"),
        ("conversation_turns", s.conversation_turns >= 1, "at least 1"),
        ("log_level", s.log_level.upper() in _LOG_LEVELS, f"one of {', '.join(_LOG_LEVELS)}"),
        ("trusted_proxies", s.trusted_proxies >= 0, "0 or more"),
        ("shutdown_timeout", s.shutdown_timeout >= 0, "0 or more seconds"),
        ("max_document_bytes", s.max_document_bytes >= 1, "at least 1"),
        ("defer_embedding_over", s.defer_embedding_over >= 0, "0 (never defer) or more"),
    ]
    return [f"DOCQA_{name.upper()} must be {rule}, not {getattr(s, name)!r}" for name, ok, rule in checks if not ok]


def _parse(raw: str, kind: type, name: str) -> Any:
    if kind is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"DOCQA_{name.upper()} must be true or false, not {raw!r}")
    try:
        return kind(raw)
    except ValueError:
        wanted = _KIND_NAMES.get(kind, kind.__name__)
        raise SettingsError(f"DOCQA_{name.upper()} must be {wanted}, not {raw!r}") from None
