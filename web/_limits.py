"""Limits on /api: body sizes per route, a request rate per client (flask-limiter), the client behind trusted proxies."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many
from redis.backoff import NoBackoff
from redis.retry import Retry
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from index import DocqaError
from qa import Settings


# app.config key: endpoint -> the largest body it takes, for routes that take more than DOCQA_MAX_BODY_BYTES.
BODY_LIMITS = "DOCQA_BODY_LIMITS"


def body_limit(app: Flask) -> Callable[[str, str], int]:
    """The largest body a request to (method, path) may send: its route's entry in BODY_LIMITS, else
    DOCQA_MAX_BODY_BYTES. The server refuses a longer Content-Length before reading the body."""
    default: int = app.config["DOCQA"].max_body_bytes
    routes = app.url_map.bind("localhost")

    def limit(method: str, path: str) -> int:
        try:
            endpoint, _ = routes.match(path, method)
        except HTTPException:  # no such route (404, 405, a redirect): nothing beyond the default is read
            return default
        return app.config[BODY_LIMITS].get(endpoint, default)

    return limit


def largest_body(app: Flask) -> int:
    """What the server reads at most for any route (chunked bodies have no length to check beforehand)."""
    return max([app.config["DOCQA"].max_body_bytes, *app.config[BODY_LIMITS].values()])


def init_app(app: Flask) -> None:
    """Per-route body limits; believe X-Forwarded-For from `trusted_proxies` hops; `rate_limit` per client."""
    settings: Settings = app.config["DOCQA"]
    app.config.setdefault(BODY_LIMITS, {})

    @app.before_request
    def _body_limit() -> None:
        request.max_content_length = app.config[BODY_LIMITS].get(request.endpoint, settings.max_body_bytes)

    if settings.trusted_proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.trusted_proxies)  # type: ignore[method-assign]
    if not settings.rate_limit:
        return
    try:
        parse_many(settings.rate_limit)
    except ValueError:
        raise DocqaError(f"DOCQA_RATE_LIMIT must look like 60/minute, not {settings.rate_limit!r}") from None
    limiter = Limiter(
        get_remote_address, app=app,
        # One budget per client across every /api route, shared by processes when Redis is configured.
        application_limits=[settings.rate_limit], storage_uri=settings.redis_url or "memory://",
        # A hung Redis costs each request at most redis_timeout before the in-memory fallback counts it.
        storage_options={"socket_timeout": settings.redis_timeout, "socket_connect_timeout": settings.redis_timeout,
                         "retry": Retry(NoBackoff(), 0)} if settings.redis_url else {},
        key_prefix="docqa", headers_enabled=True,
        # A Redis outage falls back to per-process counting rather than failing requests.
        in_memory_fallback_enabled=True, swallow_errors=True,
    )
    limiter.request_filter(lambda: not request.path.startswith("/api/"))
