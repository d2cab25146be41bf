"""Response headers that make every page safe by construction (strict CSP, no sniffing, no framing) and CORS."""

from __future__ import annotations

from flask import Flask, Response, request

from qa import Settings
from web._errors import error_response

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def cors_origins(settings: Settings) -> frozenset[str]:
    """The origins allowed to call the API from a browser; empty when CORS is off."""
    return frozenset(o.strip().rstrip("/") for o in settings.cors_origins.split(",") if o.strip())


def init_app(app: Flask) -> None:
    allowed = cors_origins(app.config["DOCQA"])

    @app.before_request
    def _preflight() -> Response | None:
        """Answer a CORS preflight under /api: the route's methods for an allowed origin, 403 for any other."""
        if (request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers
                or not request.path.startswith("/api/") or request.url_rule is None):
            return None
        if request.headers.get("Origin") not in allowed:
            return error_response(403, "origin_not_allowed", "this origin may not call the API")
        response = Response(status=204)
        response.headers["Access-Control-Allow-Methods"] = ", ".join(
            sorted((request.url_rule.methods or set()) - {"HEAD", "OPTIONS"}))
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Max-Age"] = "600"
        return response

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        if allowed and request.path.startswith("/api/"):
            response.vary.add("Origin")
            if request.headers.get("Origin") in allowed:
                response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
                response.headers["Access-Control-Expose-Headers"] = "Retry-After"
        return response
