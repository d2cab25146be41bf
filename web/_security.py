"""Response headers that make every page safe by construction (strict CSP, no sniffing, no framing) and CORS."""

from __future__ import annotations

from flask import Flask, Response, request

from qa import Settings
from web._errors import error_response

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


# On every response, the server's own refusals included (web/_server.py adds them there).
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


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
        for name, value in SECURITY_HEADERS.items():
            # A page may set its own policy or caching; the rest is the same everywhere.
            if name in ("Content-Security-Policy", "Cache-Control"):
                response.headers.setdefault(name, value)
            else:
                response.headers[name] = value
        if allowed and request.path.startswith("/api/"):
            response.vary.add("Origin")
            if request.headers.get("Origin") in allowed:
                response.headers["Access-Control-Allow-Origin"] = request.headers["Origin"]
                response.headers["Access-Control-Expose-Headers"] = "Retry-After"
        return response
