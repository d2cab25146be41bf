"""`docqa serve`: the app under waitress, a production WSGI server, with an optional document watcher.

Waitress has no graceful stop of its own, so `run` drives its event loop: on SIGTERM or SIGINT the
listeners close (new connections are refused), requests in flight finish and their responses are
sent, idle keep-alive connections are closed, and the process exits 0.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
import time
from pathlib import Path
from types import FrameType
from typing import Any

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from qa.config import BUNDLED_DOCUMENT, Settings
from web import create_app
from web._documents import DOCUMENTS_PATH
from web._errors import error_document
from web._watch import start_watcher

log = logging.getLogger(__name__)

# How often the event loop looks at connections while draining (it also wakes on every response).
DRAIN_POLL = 0.05
# While stopping, a connection with nothing to do for this long is closed: a client that connected just
# before the stop has this long for its request to arrive, a keep-alive client to send its next one.
IDLE_GRACE = 0.5


class _JsonErrorTask(ErrorTask):
    """Waitress's own refusals (a body over the limit, a malformed request) in the API's JSON error shape."""

    def execute(self) -> None:
        error = self.request.error
        body = json.dumps(error_document(error.code, f"{error.reason}: {error.body}")).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _RouteLimits:
    """Waitress's settings with the body limit of one request's route."""

    def __init__(self, adj: Any, limit: int) -> None:
        self._adj, self.max_request_body_size = adj, limit

    def __getattr__(self, name: str) -> Any:
        return getattr(self._adj, name)


class _Parser(HTTPRequestParser):
    """Bodies up to DOCQA_MAX_DOCUMENT_BYTES for document uploads, DOCQA_MAX_BODY_BYTES for every other route,
    refused as soon as the headers say so."""

    json_limit = 0  # set by `run`

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        if not self.path.startswith(DOCUMENTS_PATH):
            self.adj = _RouteLimits(self.adj, self.json_limit)


class _Channel(HTTPChannel):
    error_task_class = _JsonErrorTask
    parser_class = _Parser


def _idle(channel: HTTPChannel) -> bool:
    """No request being received, served or answered on this connection."""
    return channel.request is None and not channel.requests and not channel.total_outbufs_len


def _accept_queued(listener: BaseWSGIServer, socket_map: dict[int, Any]) -> None:
    """Take the connections still queued on a listener: their clients connected before the stop."""
    while True:
        connections = len(socket_map)
        listener.handle_accept()
        if len(socket_map) == connections:
            return


def _drain(socket_map: dict[int, Any], deadline: float) -> int:
    """Run the event loop until every connection is closed, each after IDLE_GRACE with nothing to do, or the
    deadline passes; returns how many connections were still busy."""
    while True:
        channels = [c for c in list(socket_map.values()) if isinstance(c, HTTPChannel)]
        for channel in channels:
            if _idle(channel) and time.time() - channel.last_activity > IDLE_GRACE:
                channel.handle_close()
        remaining = [c for c in channels if c.connected]
        if not remaining or time.monotonic() >= deadline:
            return sum(not _idle(c) for c in remaining)
        wasyncore.loop(timeout=DRAIN_POLL, map=socket_map, count=1)


def run(settings: Settings, watch: bool = False, documents: list[Path] | None = None) -> int:
    """Serve until SIGTERM or SIGINT; requests in flight finish before the process exits 0."""
    app = create_app({"index_dir": settings.index_dir, "host": settings.host, "port": settings.port})
    socket_map: dict[int, Any] = {}
    server = create_server(
        app, map=socket_map, host=settings.host, port=settings.port, threads=settings.threads,
        max_request_body_size=max(settings.max_body_bytes, settings.max_document_bytes), ident="docqa",
        # Behind trusted proxies werkzeug's ProxyFix reads X-Forwarded-For, so waitress must leave it.
        clear_untrusted_proxy_headers=settings.trusted_proxies == 0,
    )
    _Parser.json_limit = settings.max_body_bytes
    listeners = [s for s in socket_map.values() if isinstance(s, BaseWSGIServer)]
    for listener in listeners:
        listener.channel_class = _Channel
    if watch:
        start_watcher(app.extensions["docqa"], documents or [BUNDLED_DOCUMENT], settings)

    stopping = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:
        if not stopping.is_set():  # a second signal changes nothing (the wake-up pipe may be closed by then)
            stopping.set()
            listeners[0].pull_trigger()  # wake the event loop now rather than at its next timeout

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("serving on %s (index version %s)",
             ", ".join(f"http://{s.effective_host}:{s.effective_port}/" for s in listeners),
             app.extensions["docqa"].index_version)
    while not stopping.is_set():
        wasyncore.loop(timeout=server.adj.asyncore_loop_timeout, map=socket_map, count=1)

    for listener in listeners:
        _accept_queued(listener, socket_map)
        wasyncore.dispatcher.close(listener)  # only the listening socket: the wake-up trigger stays
    deadline = time.monotonic() + settings.shutdown_timeout
    log.info("stopping: no new connections, finishing requests in flight")
    left = _drain(socket_map, deadline)
    server.task_dispatcher.shutdown(cancel_pending=False, timeout=max(0.0, deadline - time.monotonic()))
    wasyncore.close_all(socket_map)
    if left:
        log.warning("stopped with %d requests unfinished after %.0fs", left, settings.shutdown_timeout)
    else:
        log.info("stopped")
    return 0
