"""`docqa serve`: the app under waitress, a production WSGI server, with an optional document watcher."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path
from types import FrameType

from waitress.server import create_server

from index import build_index, read_documents
from qa.config import BUNDLED_DOCUMENT, Settings
from web import create_app

log = logging.getLogger(__name__)


def run(settings: Settings, watch: bool = False, documents: list[Path] | None = None) -> int:
    """Serve until SIGTERM or SIGINT; requests in flight finish before the process exits."""
    app = create_app({"index_dir": settings.index_dir, "host": settings.host, "port": settings.port})
    server = create_server(
        app, host=settings.host, port=settings.port, threads=settings.threads,
        max_request_body_size=settings.max_body_bytes, clear_untrusted_proxy_headers=True, ident="docqa",
    )
    if watch:
        _watch(app.extensions["docqa"], documents or [BUNDLED_DOCUMENT], settings)

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
    server.task_dispatcher.shutdown(cancel_pending=False, timeout=30)
    return 0


def _watch(assistant, documents: list[Path], settings: Settings, debounce: float = 1.0) -> None:
    """Rebuild after the documents change and stay unchanged for `debounce` seconds."""

    def stamp() -> tuple:
        out = []
        for path in documents:
            try:
                st = path.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def loop() -> None:
        built = stamp()
        while True:
            threading.Event().wait(settings.reload_interval)
            seen = stamp()
            if seen == built:
                continue
            threading.Event().wait(debounce)
            if stamp() != seen:
                continue  # still being written
            built = seen
            try:
                report = build_index(read_documents(documents), settings.index_dir, assistant.embedder,
                                     settings.max_passage_tokens, settings.min_passage_tokens, progress=False)
                log.info("rebuilt after an edit: version %s, %d embedded, %d reused",
                         report.index_version, report.embedded, report.reused)
                assistant.refresh()
            except Exception as exc:  # a bad edit must not take the server down
                log.error("rebuild failed, still serving %s: %s", assistant.index_version, exc)

    threading.Thread(target=loop, name="docqa-watcher", daemon=True).start()
