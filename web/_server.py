"""`docqa serve`: the app under waitress, with an optional document watcher.

This module is the one place that reaches into waitress's private parts (`WAITRESS_INTERNALS` lists
them; tests/test_operations.py fails loudly when an upgrade changes them, and pyproject.toml pins the
range they were checked against). What they add to waitress:

- a graceful stop: on SIGTERM or SIGINT the listeners close, requests in flight finish and their
  responses are sent, idle keep-alive connections are closed, and the process exits 0;
- refusals before the body: a Content-Length over its route's limit gets the JSON 413 at once (no
  `100 Continue`), then a lingering close, as nginx does: what the client still sends is read and
  discarded for a bounded time and size, so that it reads the 413 instead of a connection reset;
- waitress's own refusals (413, 431, 400) in the API's JSON shape, with the security headers and an
  access-log line;
- a header timeout: a client that starts a request must finish its headers within DOCQA_HEADER_TIMEOUT.
"""

from __future__ import annotations

import json
import logging
import resource
import signal
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from flask import Flask
from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask
from waitress.utilities import RequestEntityTooLarge

from qa.config import BUNDLED_DOCUMENT, Settings
from web import create_app
from web._access_log import log_request
from web._errors import error_document
from web._limits import body_limit, largest_body
from web._security import SECURITY_HEADERS
from web._watch import start_watcher

log = logging.getLogger(__name__)

# The private names of waitress this module relies on, by object; checked by a test on every upgrade.
WAITRESS_INTERNALS: dict[str, tuple[str, ...]] = {
    "waitress.channel.HTTPChannel": (
        "received", "handle_close", "readable", "writable", "request", "requests", "total_outbufs_len",
        "last_activity", "will_close", "close_when_flushed", "error_task_class", "parser_class", "connected",
        "socket", "send_continue", "outbuf_lock",
    ),
    "waitress.parser.HTTPRequestParser": (
        "received", "headers_finished", "expect_continue", "error", "completed", "content_length", "command",
        "path",
    ),
    "waitress.task.ErrorTask": ("execute", "set_close_on_finish", "write", "response_headers", "start_time"),
    "waitress.server.BaseWSGIServer": (
        "channel_class", "handle_accept", "pull_trigger", "effective_host", "effective_port", "task_dispatcher",
        "adj", "maintenance",
    ),
    "waitress.wasyncore": ("loop", "dispatcher", "close_all"),
}

# How often the event loop looks at connections while draining (it also wakes on every response).
DRAIN_POLL = 0.05
# While stopping, a connection with nothing to do for this long is closed: a client that connected just
# before the stop has this long for its request to arrive, a keep-alive client to send its next one.
IDLE_GRACE = 0.5
# A lingering close reads and discards for at most this long in all, this long without data, and this much.
LINGER_SECONDS = 30.0
LINGER_IDLE = 5.0
LINGER_BYTES = 256 * 1024 * 1024


class _JsonErrorTask(ErrorTask):
    """Waitress's own refusals (a body over the limit, a malformed request) in the API's JSON error shape."""

    def execute(self) -> None:
        error = self.request.error
        # waitress's own wording names its internal limit (one byte over the largest route's).
        message = "the body is larger than this route accepts" if error.code == 413 else f"{error.reason}: {error.body}"
        body = json.dumps(error_document(error.code, message)).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.response_headers.extend(SECURITY_HEADERS.items())
        self.set_close_on_finish()
        self.channel.linger = True  # the client may still be sending what was refused
        self.content_length = len(body)
        self.write(body)
        # A request line that did not parse leaves no method or path behind.
        log_request(getattr(self.request, "command", None) or "-", getattr(self.request, "path", None) or "-",
                    error.code, len(body), self.request.content_length or 0, (time.time() - self.start_time) * 1000)


class _Parser(HTTPRequestParser):
    """Refuses a Content-Length over its route's limit as soon as the headers are in (a chunked body as
    soon as it passes it), and never says `100 Continue` to a request it refuses."""

    route_limit: Callable[[str, str], int] = staticmethod(lambda method, path: 0)

    def received(self, data: bytes) -> int:
        consumed = super().received(data)
        # A chunked body has no length up front: it is refused once what arrived passes the limit.
        size = max(self.content_length or 0, self.body_bytes_received)
        if self.headers_finished and self.error is None and size:
            limit = self.route_limit(self.command or "", self.path or "")
            if size > limit:
                self.error = RequestEntityTooLarge(f"over {limit} bytes")
                self.completed = True
        if self.error is not None:
            self.expect_continue = False
        return consumed


class _Channel(HTTPChannel):
    error_task_class = _JsonErrorTask
    parser_class = _Parser
    header_timeout = 10.0
    linger = False  # set when a refusal was answered: close by lingering
    lingering_since = 0.0  # when the lingering close began; 0 while the connection is in use
    discarded = 0
    request_started = 0.0

    def received(self, data: bytes) -> bool:
        if self.lingering_since:
            self.discarded += len(data)
            self.last_activity = time.time()
            if self.discarded > LINGER_BYTES:
                self._close_now()
            return True
        if self.request is None:
            self.request_started = time.monotonic()
        return super().received(data)

    def readable(self) -> bool:
        if self.lingering_since:
            now = time.monotonic()
            if now - self.lingering_since > LINGER_SECONDS or time.time() - self.last_activity > LINGER_IDLE:
                self._close_now()
                return False
            return True
        if self.request is not None and not self.request.headers_finished and \
                time.monotonic() - self.request_started > self.header_timeout:
            log.info("closed a connection that took over %.0f s to send its headers", self.header_timeout)
            self._close_now()
            return False
        return super().readable()

    def writable(self) -> bool:
        if self.lingering_since:
            return False
        # A task's thread sends what it writes (waitress's `send_bytes` is 1) while holding the output lock. The
        # loop's own attempt then failed on that lock, and the socket, writable, woke the loop again at once: about
        # 80 rounds a request under 16 clients, holding the GIL. Output the task leaves unsent pulls the trigger.
        if self.requests and not self.will_close and not self.close_when_flushed:
            if not self.outbuf_lock.acquire(False):
                return False
            self.outbuf_lock.release()
        return super().writable()

    def handle_close(self) -> None:
        """After a refusal, stop sending but keep reading (and discarding) until the client is done."""
        if self.linger and not self.lingering_since and self.connected and not self.total_outbufs_len:
            try:
                self.socket.shutdown(socket.SHUT_WR)
            except OSError:
                self._close_now()
                return
            self.lingering_since = time.monotonic()
            self.last_activity = time.time()
            self.will_close = self.close_when_flushed = False
            return
        self._close_now()

    def _close_now(self) -> None:
        self.lingering_since = 0.0
        self.linger = False
        super().handle_close()


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
        wasyncore.loop(timeout=DRAIN_POLL, map=socket_map, count=1, use_poll=True)


def _enough_descriptors(connections: int) -> None:
    """Raise the soft limit on open files so that `connections` sockets fit (up to the hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = connections + 256  # the model, the index and the logs hold files too
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def make_server(app: Flask, settings: Settings, socket_map: dict[int, Any]) -> BaseWSGIServer:
    """A waitress server for `app` with docqa's limits, not yet running; its listeners are in `socket_map`."""
    _enough_descriptors(settings.connection_limit)
    server = create_server(
        app, map=socket_map, host=settings.host, port=settings.port, threads=settings.threads, ident="docqa",
        max_request_body_size=largest_body(app) + 1,  # waitress refuses at the limit itself, not past it
        connection_limit=settings.connection_limit, channel_timeout=settings.idle_timeout,
        cleanup_interval=max(1, min(30, int(settings.idle_timeout / 2))),
        asyncore_use_poll=True,  # select() cannot watch more than 1,024 sockets
        # Behind trusted proxies werkzeug's ProxyFix reads X-Forwarded-For, so waitress must leave it.
        clear_untrusted_proxy_headers=settings.trusted_proxies == 0,
    )
    parser = type("_RouteParser", (_Parser,), {"route_limit": staticmethod(body_limit(app))})
    channel = type("_DocqaChannel", (_Channel,), {"parser_class": parser, "header_timeout": settings.header_timeout})
    for listener in socket_map.values():
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
    return server


def run(settings: Settings, watch: bool = False, documents: list[Path] | None = None) -> int:
    """Serve until SIGTERM or SIGINT; requests in flight finish before the process exits 0."""
    app = create_app(settings)
    socket_map: dict[int, Any] = {}
    server = make_server(app, settings, socket_map)
    listeners = [s for s in socket_map.values() if isinstance(s, BaseWSGIServer)]
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
        wasyncore.loop(timeout=server.adj.asyncore_loop_timeout, map=socket_map, count=1, use_poll=True)

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
