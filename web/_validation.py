"""Checking request bodies and parameters; every failure is an ApiError with a precise message."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from flask import Request

from qa import Settings
from web._errors import ApiError

MAX_HISTORY = 10


@dataclass(frozen=True)
class AskRequest:
    question: str
    top_k: int
    conversation_id: str | None
    history: list[str]


def _bad(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object; 415 for another content type, 400 for anything but an object."""
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "send the body as application/json")
    try:
        body = json.loads(request.get_data())
    except ValueError:  # also covers bytes that are not UTF-8
        raise ApiError(400, "invalid_json", "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _bad("the body must be a JSON object")
    return body


def question_text(value: Any, settings: Settings, field: str = "question") -> str:
    """A question: a string of 1 to max_question_chars characters once stripped."""
    if value is None:
        raise _bad(f"`{field}` is required")
    if not isinstance(value, str):
        raise _bad(f"`{field}` must be a string")
    text = value.strip()
    if not text:
        raise _bad(f"`{field}` must not be empty")
    if len(text) > settings.max_question_chars:
        raise _bad(f"`{field}` is longer than {settings.max_question_chars} characters")
    return text


def bounded_int(value: Any, field: str, default: int, high: int) -> int:
    """An integer in [1, high]; booleans and integral floats like 3.0 are refused as not integers."""
    if value is None:
        return default
    if isinstance(value, str):
        try:
            value = int(value)
        except ValueError:
            raise _bad(f"`{field}` must be an integer") from None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(f"`{field}` must be an integer")
    if not 1 <= value <= high:
        raise _bad(f"`{field}` must be between 1 and {high}")
    return value


def ask_request(body: dict[str, Any], settings: Settings) -> AskRequest:
    """Validate a `POST /api/ask` body."""
    question = question_text(body.get("question"), settings)
    if "top_k" in body and isinstance(body["top_k"], str):
        raise _bad("`top_k` must be an integer")
    top_k = bounded_int(body.get("top_k"), "top_k", settings.default_top_k, settings.max_top_k)
    conversation_id = body.get("conversation_id")
    if conversation_id is not None and not isinstance(conversation_id, str):
        raise _bad("`conversation_id` must be a string")
    history_raw = body.get("history", [])
    if not isinstance(history_raw, list) or len(history_raw) > MAX_HISTORY:
        raise _bad(f"`history` must be a list of at most {MAX_HISTORY} earlier questions")
    history = []
    for turn in history_raw:
        if not isinstance(turn, dict):
            raise _bad("each `history` item must be an object with a `question`")
        history.append(question_text(turn.get("question"), settings, "history[].question"))
    return AskRequest(question, top_k, conversation_id or None, history)
