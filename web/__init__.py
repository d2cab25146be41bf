"""The HTTP layer: a Flask app serving the JSON API and the chat page."""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

from flask import Flask

from qa import Assistant, Settings
from qa.logs import configure_logging
from web import _access_log, _api, _conversations, _documents, _errors, _limits, _pages, _ready, _security

__all__ = ["create_app"]

log = logging.getLogger(__name__)


def create_app(test_config: Settings | Mapping[str, Any] | None = None, assistant: Assistant | None = None) -> Flask:
    """Build the app with the given Settings, or settings from defaults, then DOCQA_* variables, then `test_config`."""
    settings = test_config if isinstance(test_config, Settings) else Settings.from_env(test_config)
    configure_logging(settings)
    app = Flask(__name__)
    # Never debug mode, whatever FLASK_DEBUG says: no debugger, no traceback in a response.
    app.config.update(DOCQA=settings, DEBUG=False, MAX_CONTENT_LENGTH=settings.max_body_bytes)
    app.json.sort_keys = False
    for module in (_access_log, _errors, _security, _limits, _api, _documents, _conversations, _ready, _pages):
        module.init_app(app)
    app.extensions["docqa"] = assistant or Assistant(settings)  # after the settings are checked: it loads the model
    if settings.reload_interval > 0:
        _start_reloader(app.extensions["docqa"], settings.reload_interval)
    return app


def _start_reloader(assistant: Assistant, interval: float) -> None:
    """Poll the index's CURRENT pointer; a new version is loaded off the request path and swapped in."""

    def loop() -> None:
        while True:
            threading.Event().wait(interval)
            try:
                assistant.refresh()
            except Exception:  # the reloader must outlive any single bad version
                log.exception("index reload failed")

    threading.Thread(target=loop, name="docqa-reloader", daemon=True).start()
