"""JSON errors for everything under /api: one shape, `{"error": {"code", "message"}}`, never HTML or a traceback."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from index import IndexUnavailable
from qa import StoreUnavailable

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error a client can act on, with its HTTP status and a stable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


# Seconds a client is asked to wait after a dependency failed (Redis is retried by every request anyway).
RETRY_AFTER = 2

# Stable codes for the HTTP errors werkzeug, flask-limiter and waitress raise on their own.
_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    431: "headers_too_large",
    500: "internal",
}


def error_document(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The body of every error response; `code` defaults to the stable code of `status`."""
    return {"error": {"code": code or _CODES.get(status, "http_error"), "message": message}}


def error_response(status: int, code: str, message: str) -> Response:
    response = jsonify(error_document(status, message, code))
    response.status_code = status
    return response


def _wants_json() -> bool:
    return request.path.startswith("/api") or request.path in ("/healthz", "/readyz")


def _log_unexpected(exc: Exception) -> None:
    """Log an unhandled error; its message may quote the question, so it is left out unless questions may be logged."""
    where = f"{request.method} {request.path}"
    if current_app.config["DOCQA"].log_questions:
        log.error("unhandled error on %s", where, exc_info=exc)
    else:
        frames = "".join(traceback.format_tb(exc.__traceback__))
        # The frames (source lines, no values) go in the format: the escaping of fields would fold them.
        log.error("unhandled %s on %s (message withheld; DOCQA_LOG_QUESTIONS=true shows it)\n"
                  + frames.rstrip().replace("%", "%%"), type(exc).__name__, where)


def init_app(app: Flask) -> None:
    """Register the handlers that turn every error under /api into the JSON shape."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(IndexUnavailable)
    def _unavailable(exc: IndexUnavailable) -> Response:
        return error_response(503, "index_unavailable", str(exc))

    @app.errorhandler(StoreUnavailable)
    def _store(exc: StoreUnavailable) -> Response:
        log.warning("%s %s: %s", request.method, request.path, exc)
        response = error_response(503, "conversation_store_unavailable",
                                  "the conversation store is unavailable; try again shortly")
        response.headers["Retry-After"] = str(RETRY_AFTER)
        return response

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response | HTTPException:
        if not _wants_json():
            return exc
        status = exc.code or 500
        response = error_response(status, _CODES.get(status, "http_error"), exc.description or "")
        if status == 405 and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        _log_unexpected(exc)
        return error_response(500, "internal", "internal error; the server log has details")
