"""JSON errors for everything under /api: one shape, `{"error": {"code", "message"}}`, never HTML."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from index import IndexUnavailable

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error a client can act on, with its HTTP status and a stable code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


# Stable codes for the HTTP errors werkzeug raises on its own.
_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
}


def error_response(status: int, code: str, message: str) -> Response:
    response = jsonify(error={"code": code, "message": message})
    response.status_code = status
    return response


def _wants_json() -> bool:
    return request.path.startswith("/api") or request.path == "/healthz"


def init_app(app: Flask) -> None:
    """Register the handlers that turn every error under /api into the JSON shape."""

    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return error_response(exc.status, exc.code, exc.message)

    @app.errorhandler(IndexUnavailable)
    def _unavailable(exc: IndexUnavailable) -> Response:
        return error_response(503, "index_unavailable", str(exc))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response | HTTPException:
        if not _wants_json():
            return exc
        response = error_response(exc.code or 500, _CODES.get(exc.code or 500, "http_error"), exc.description or "")
        if exc.code == 405 and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        for name in ("Retry-After",):
            if exc.get_headers() and dict(exc.get_headers()).get(name):
                response.headers[name] = dict(exc.get_headers())[name]
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal", "internal error; the server log has details")
