"""One log line per request: method, path, status, size and time; question text only when allowed."""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, current_app, g, request

log = logging.getLogger("docqa.access")


def init_app(app: Flask) -> None:
    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def _log(response: Response) -> Response:
        elapsed = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        extra = ""
        if current_app.config["DOCQA"].log_questions and request.is_json:
            body = request.get_json(silent=True)
            if isinstance(body, dict):
                extra = f" question={str(body.get('question'))[:200]!r}"
        log.info("%s %s %d %dB in=%dB %.1fms%s", request.method, request.path, response.status_code,
                 response.calculate_content_length() or 0, request.content_length or 0, elapsed, extra)
        return response
