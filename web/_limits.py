"""Per-client limits on /api: a request rate (flask-limiter) and the client address behind trusted proxies."""

from __future__ import annotations

from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many
from werkzeug.middleware.proxy_fix import ProxyFix

from index import DocqaError
from qa import Settings


def init_app(app: Flask) -> None:
    """Believe X-Forwarded-For from `trusted_proxies` hops; limit each client to `rate_limit` when it is set."""
    settings: Settings = app.config["DOCQA"]
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
        storage_options={"socket_timeout": settings.redis_timeout,
                         "socket_connect_timeout": settings.redis_timeout} if settings.redis_url else {},
        key_prefix="docqa", headers_enabled=True,
        # A Redis outage falls back to per-process counting rather than failing requests.
        in_memory_fallback_enabled=True, swallow_errors=True,
    )
    limiter.request_filter(lambda: not request.path.startswith("/api/"))
