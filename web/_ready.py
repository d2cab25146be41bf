"""GET /readyz: 200 when this process can answer (index loaded, every configured dependency up), else 503.

/healthz stays liveness (the process runs); a balancer or orchestrator sends traffic by /readyz.
"""

from __future__ import annotations

from flask import Blueprint, Flask, Response, current_app, jsonify

from qa import StoreUnavailable

ready = Blueprint("ready", __name__)


def _checks() -> dict[str, str]:
    assistant = current_app.extensions["docqa"]
    checks = {"index": f"ok (version {assistant.index_version})"}
    ping = getattr(assistant.store, "ping", None)  # stores in other processes (Redis) can be down
    if ping is not None:
        try:
            ping()
            checks["conversation_store"] = "ok"
        except StoreUnavailable as exc:
            checks["conversation_store"] = str(exc)
    return checks


@ready.get("/readyz")
def readyz() -> Response:
    checks = _checks()
    up = all(value.startswith("ok") for value in checks.values())
    response = jsonify(status="ok" if up else "unavailable", checks=checks)
    response.status_code = 200 if up else 503
    return response


def init_app(app: Flask) -> None:
    app.register_blueprint(ready)
