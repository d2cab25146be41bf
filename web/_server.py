"""`docqa serve`: the app under waitress, a production WSGI server, with an optional document watcher."""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from types import FrameType

from waitress.server import create_server

from qa.config import BUNDLED_DOCUMENT, Settings
from web import create_app
from web._watch import start_watcher

log = logging.getLogger(__name__)


def run(settings: Settings, watch: bool = False, documents: list[Path] | None = None) -> int:
    """Serve until SIGTERM or SIGINT; requests in flight finish before the process exits."""
    app = create_app({"index_dir": settings.index_dir, "host": settings.host, "port": settings.port})
    server = create_server(
        app, host=settings.host, port=settings.port, threads=settings.threads,
        max_request_body_size=settings.max_body_bytes, clear_untrusted_proxy_headers=True, ident="docqa",
    )
    if watch:
        start_watcher(app.extensions["docqa"], documents or [BUNDLED_DOCUMENT], settings)

    def stop(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: closing the listener, finishing requests in flight", signum)
        server.close()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("serving on http://%s:%s/ (index version %s)", settings.host, server.effective_port,
             app.extensions["docqa"].index_version)
    try:
        server.run()
    except OSError:
        pass  # select() on the closed listener after stop()
    server.task_dispatcher.shutdown(cancel_pending=False, timeout=settings.shutdown_timeout)
    return 0
