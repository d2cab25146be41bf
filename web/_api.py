"""The JSON API: /api/ask, /api/search, /api/document(s), /api/openapi.json and /healthz."""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, Flask, Response, current_app, jsonify, request

from index import Document, IndexVersion, document_title
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT, BUNDLED_TITLE
from web._access_log import note_question
from web._errors import ApiError
from web._openapi import openapi_document, with_document_names
from web._validation import ask_request, document_names, json_body, query_int, question_text

api = Blueprint("api", __name__)


def assistant() -> Assistant:
    return current_app.extensions["docqa"]


def settings() -> Settings:
    return current_app.config["DOCQA"]


def title(doc: Document, version: IndexVersion) -> str | None:
    """The name a person would use for `doc`: its own heading, else the configured or bundled title."""
    if own := document_title(doc.name, doc.text):
        return own
    if settings().title and len(version.documents) == 1:
        return settings().title
    return BUNDLED_TITLE if doc.name == BUNDLED_DOCUMENT.name else None


@api.post("/api/ask")
def ask() -> Response:
    req = ask_request(json_body(request), settings(), document_names_served())
    note_question(req.question)
    result = assistant().converse(req.question, req.top_k, req.conversation_id, req.history, req.documents)
    return jsonify(result.to_dict())


def document_names_served() -> set[str]:
    return {d.name for d in assistant().loaded.version.documents}


def document_facts(doc: Document) -> dict[str, object]:
    """What the documents panel shows besides the name: pages (null without pages), source bytes, when indexed."""
    return {"pages": len(doc.pages) if doc.pages is not None else None, "size": doc.size, "indexed": doc.indexed}


@api.get("/api/search")
def search() -> Response:
    query = question_text(request.args.get("q"), settings(), "q")
    note_question(query)
    k = query_int(request.args.get("k"), "k", settings().default_search_k, settings().max_top_k)
    names = request.args.getlist("documents")
    citations, version = assistant().search(query, k, document_names(names, document_names_served()) if names else None)
    return jsonify(query=query, citations=[asdict(c) for c in citations], index_version=version)


@api.get("/api/documents")
def documents() -> Response:
    version = assistant().loaded.version
    return jsonify(
        documents=[{"name": d.name, "title": title(d, version), "characters": len(d.text), **document_facts(d)}
                   for d in version.documents],
        index_version=version.version,
        pending=version.pending,
    )


@api.get("/api/document")
def document() -> Response:
    version = assistant().loaded.version
    name = request.args.get("name")
    try:
        doc = version.document(name) if name else version.documents[0]
    except KeyError:
        raise ApiError(404, "not_found", f"no document named {name!r} in the index") from None
    return jsonify(name=doc.name, title=title(doc, version), text=doc.text, version=version.version,
                   pages=list(doc.pages) if doc.pages is not None else None)


@api.get("/api/openapi.json")
def openapi() -> Response:
    return jsonify(with_document_names(openapi_document(settings()), sorted(document_names_served())))


@api.get("/healthz")
def healthz() -> Response:
    return jsonify(status="ok", index_version=assistant().index_version)


def init_app(app: Flask) -> None:
    app.register_blueprint(api)
