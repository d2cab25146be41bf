"""Managing documents over HTTP: `PUT` and `DELETE /api/documents/<name>`, behind a bearer token.

Off unless DOCQA_ADMIN_TOKEN is set. A change is built through the same `DocumentFolder` (and so the
same `build_index`) as `build_index.py`, and answered once the new version is the one served. A large
one is served by keywords first (`pending` in the answer) and embedded by a background thread.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time

from flask import Blueprint, Flask, Response, current_app, jsonify, request

from index import (BadDocumentName, BuildReport, DeferredModel, Document, DocumentChange, DocumentError, DocumentFolder,
                   DocumentNotFound, Embedder, LastDocument, UnsupportedType, check_name)
from qa import Assistant, Settings
from web._errors import ApiError
from web._limits import BODY_LIMITS
from web._watch import release_memory

log = logging.getLogger(__name__)

documents = Blueprint("documents", __name__)

# Routes under this prefix take documents as bodies (the server's body limit depends on it).
DOCUMENTS_PATH = "/api/documents/"
# How long an answer waits for the server to load the version it built.
SERVE_TIMEOUT = 60.0


def _settings() -> Settings:
    return current_app.config["DOCQA"]


def _authorise() -> None:
    """401 without a bearer token; 403 with a wrong one (compared in constant time) or when management is off."""
    expected = _settings().admin_token
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "unauthorized", "send the admin token as `Authorization: Bearer <token>`")
    if not expected:
        raise ApiError(403, "forbidden", "document management is off; the server sets DOCQA_ADMIN_TOKEN to allow it")
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "forbidden", "wrong admin token")


def _name(name: str) -> str:
    try:
        return check_name(name)
    except BadDocumentName as exc:
        raise ApiError(400, "bad_request", str(exc)) from None


_MODEL_LOCK = threading.Lock()


def _model() -> DeferredModel:
    """The build's model, made once per app, sharing the server's own weights when it runs on torch."""
    extensions = current_app.extensions
    with _MODEL_LOCK:
        if "docqa_build_model" not in extensions:
            assistant: Assistant = extensions["docqa"]
            loaded = assistant.embedder if isinstance(assistant.embedder, Embedder) else None
            extensions["docqa_build_model"] = DeferredModel(_settings().model, loaded)
        return extensions["docqa_build_model"]


def _served(change: DocumentChange) -> Response:
    """Wait until the server answers from the version the change built, then describe it."""
    assistant: Assistant = current_app.extensions["docqa"]
    deadline = time.monotonic() + SERVE_TIMEOUT
    while assistant.index_version != change.report.index_version:
        if assistant.refresh():
            continue
        if time.monotonic() > deadline:
            raise ApiError(503, "not_served", f"index version {change.report.index_version} was built but "
                           f"the server still serves {assistant.index_version}; the log says why")
        time.sleep(0.05)
    release_memory()
    if change.report.pending:
        current_app.extensions["docqa_completer"].wake()
    return jsonify(summary(change.document, change.report))


def summary(document: Document, report: BuildReport) -> dict[str, object]:
    """The body of a successful change."""
    return {"name": document.name, "characters": len(document.text),
            "pages": len(document.pages) if document.pages is not None else None,
            "index_version": report.index_version, "embedded": report.embedded, "reused": report.reused,
            "pending": report.pending}


class Completer:
    """One background thread that embeds what changes left to keywords, then serves the whole version."""

    def __init__(self, app: Flask) -> None:
        self._app, self._wake, self._started = app, threading.Event(), threading.Lock()
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        with self._started:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="docqa-completer", daemon=True)
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while self._wake.wait():
            self._wake.clear()  # before looking: a change made from now on wakes it again
            with self._app.app_context():
                try:
                    report = _folder().complete(_model())
                except Exception as exc:  # the keyword-first version stays served; a restart embeds it
                    log.error("embedding the new text failed, serving it by keywords: %r", exc)
                    continue
                if report is not None:
                    log.info("new text embedded: version %s, %d embedded", report.index_version, report.embedded)
                    current_app.extensions["docqa"].refresh()
                    release_memory()


def _folder() -> DocumentFolder:
    return current_app.extensions["docqa_folder"]


@documents.put(f"{DOCUMENTS_PATH}<name>")
def put_document(name: str) -> Response:
    _authorise()
    name = _name(name)
    raw = request.get_data(cache=False)
    try:
        change = _folder().put(name, raw, _model())
    except UnsupportedType as exc:
        raise ApiError(415, "unsupported_media_type", str(exc)) from None
    except DocumentError as exc:
        raise ApiError(422, "unreadable_document", str(exc)) from None
    response = _served(change)
    response.status_code = 201 if change.created else 200
    return response


@documents.delete(f"{DOCUMENTS_PATH}<name>")
def delete_document(name: str) -> Response:
    _authorise()
    name = _name(name)
    try:
        change = _folder().delete(name, _model())
    except DocumentNotFound as exc:
        raise ApiError(404, "not_found", str(exc)) from None
    except LastDocument as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    return _served(change)


def init_app(app: Flask) -> None:
    settings: Settings = app.config["DOCQA"]
    app.extensions["docqa_folder"] = DocumentFolder(settings.documents_dir, settings.index_dir,
                                                    settings.max_passage_tokens, settings.min_passage_tokens,
                                                    settings.max_document_bytes, settings.defer_embedding_over,
                                                    reader=settings.reader)
    app.extensions["docqa_completer"] = Completer(app)
    # This route alone takes documents: its body limit is the document limit (web/_limits.py applies it).
    app.config[BODY_LIMITS]["documents.put_document"] = settings.max_document_bytes
    app.register_blueprint(documents)
