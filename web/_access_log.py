"""One log line per request: method, path, status, sizes and time; the question only when DOCQA_LOG_QUESTIONS allows."""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, current_app, g, request

log = logging.getLogger("docqa.access")


def note_question(text: str) -> None:
    """Hand a validated question to the access log, which writes it only when questions may be logged."""
    g.question = text


def log_request(method: str, path: str, status: int, sent: int, received: int, elapsed_ms: float,
                question: str | None = None) -> None:
    """The access-log line of one response, the server's own refusals included (control characters escaped)."""
    log.info("%s %s %d %dB in=%dB %.1fms%s", method, path, status, sent, received, elapsed_ms,
             f" question={question[:200]!r}" if question else "")


def init_app(app: Flask) -> None:
    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def _log(response: Response) -> Response:
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        question = g.get("question") if current_app.config["DOCQA"].log_questions else None
        # request.path carries no query string, so /api/search?q=... stays out too.
        log_request(request.method, request.path, response.status_code, response.calculate_content_length() or 0,
                    request.content_length or 0, elapsed, question)
        return response
