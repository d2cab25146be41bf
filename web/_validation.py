"""Checking request bodies and parameters against the OpenAPI document; every failure is an ApiError."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from flask import Request

from qa import Settings
from web._errors import ApiError

MAX_HISTORY = 10
MAX_DOCUMENTS = 100
_QUERY_INT = re.compile(r"-?[0-9]+")
# The OpenAPI document's `pattern: \S` is an ECMA-262 regex, whose white space is not Python's
# (U+001F and U+0085 are text there, U+FEFF is space): questions are stripped of exactly that set.
ECMA_SPACE = "".join(map(chr, range(0x2000, 0x200B))) + "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff"


@dataclass(frozen=True)
class AskRequest:
    question: str
    top_k: int
    conversation_id: str | None
    history: list[str]
    documents: list[str] | None = None


def _bad(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: with a repeated key, which value counts is anyone's guess."""
    body = dict(pairs)
    if len(body) != len(pairs):
        keys = [k for k, _ in pairs]
        raise _DuplicateKey(next(k for k in keys if keys.count(k) > 1))
    return body


def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object; 415 for another content type, 400 for anything but an object."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    try:
        # NaN and Infinity are Python's extensions, not JSON.
        body = json.loads(request.get_data(), parse_constant=_no_constant, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise ApiError(400, "invalid_json", f"the key {str(exc)[:100]!r} appears more than once in an object") from None
    except RecursionError:  # the decoder recurses once per level: 20,000 levels fit in 64 KB
        raise ApiError(400, "invalid_json", "the body is nested too deeply") from None
    except ValueError:  # also covers bytes that are not UTF-8
        raise ApiError(400, "invalid_json", "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _bad("the body must be a JSON object")
    return body


def text(value: Any, field: str) -> str:
    """A string that is valid Unicode (JSON's \\u escapes can smuggle in lone surrogates)."""
    if not isinstance(value, str):
        raise _bad(f"`{field}` must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _bad(f"`{field}` is not valid Unicode text") from None
    return value


def question_text(value: Any, settings: Settings, field: str = "question") -> str:
    """A question: 1 to max_question_chars characters, not all white space; returned stripped."""
    if value is None:
        raise _bad(f"`{field}` is required")
    value = text(value, field)
    if len(value) > settings.max_question_chars:
        raise _bad(f"`{field}` is longer than {settings.max_question_chars} characters")
    stripped = value.strip(ECMA_SPACE)
    if not stripped:
        raise _bad(f"`{field}` must not be empty")
    return stripped


def _in_range(value: int, field: str, high: int) -> int:
    if not 1 <= value <= high:
        raise _bad(f"`{field}` must be between 1 and {high}")
    return value


def query_int(value: str | None, field: str, default: int, high: int) -> int:
    """A query parameter holding an integer in [1, high]; plain decimal digits only (no `3.0`, `+3`, `1_0`)."""
    if value is None:
        return default
    if not _QUERY_INT.fullmatch(value):
        raise _bad(f"`{field}` must be an integer")
    return _in_range(int(value), field, high)


def body_int(body: dict[str, Any], field: str, default: int, high: int) -> int:
    """A body field holding an integer in [1, high]; null, booleans and floats like 3.0 are not integers."""
    value = body.get(field, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"`{field}` must be an integer")
    return _in_range(value, field, high)


def ask_request(body: dict[str, Any], settings: Settings, known: Collection[str] = ()) -> AskRequest:
    """Validate a `POST /api/ask` body; `known` are the names a `documents` filter may use."""
    question = question_text(body.get("question"), settings)
    top_k = body_int(body, "top_k", settings.default_top_k, settings.max_top_k)
    # null is what an answer given without a conversation returned: echoing it back starts a new one.
    raw_id = body.get("conversation_id")
    conversation_id = None if raw_id is None else text(raw_id, "conversation_id")
    history_raw = body.get("history", [])
    if not isinstance(history_raw, list) or len(history_raw) > MAX_HISTORY:
        raise _bad(f"`history` must be a list of at most {MAX_HISTORY} earlier questions")
    history = []
    for turn in history_raw:
        if not isinstance(turn, dict):
            raise _bad("each `history` item must be an object with a `question`")
        history.append(question_text(turn.get("question"), settings, "history[].question"))
    documents = document_names(body["documents"], known) if "documents" in body else None
    return AskRequest(question, top_k, conversation_id or None, history, documents)


def document_names(value: Any, known: Collection[str]) -> list[str]:
    """A `documents` filter: a list of 1 to MAX_DOCUMENTS names, each of an indexed document."""
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_DOCUMENTS:
        raise _bad(f"`documents` must be a list of 1 to {MAX_DOCUMENTS} document names")
    for name in value:
        if text(name, "documents[]") not in known:
            raise _bad(f"`documents` names {name!r}, which is not an indexed document")
    return list(dict.fromkeys(value))
