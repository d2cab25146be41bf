"""The OpenAPI 3 description of every /api route; tests check the app against it."""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from index import MAX_DOCUMENT_NAME
from qa import MAX_ANSWER_CHARS, Settings
from web._validation import MAX_DOCUMENTS, MAX_HISTORY


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict[str, Any]:
    return _json(_ref("Error"), description)


def _retry_later(description: str) -> dict[str, Any]:
    return {**_error(description),
            "headers": {"Retry-After": {"description": "Seconds until the client may try again.",
                                        "schema": {"type": "integer", "minimum": 0}}}}


_RATE_LIMITED = _retry_later("Rate limit reached (only when DOCQA_RATE_LIMIT is set).")

_SPAN = {
    "type": "object",
    "required": ["start", "end"],
    "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}},
    "additionalProperties": False,
}

_TITLE = {"type": "string", "nullable": True,
          "description": "The name a person would use (own heading or configured title); null when none."}

_CITATION = {
    "type": "object",
    "description": "A cited passage; `text` equals the document text at [start, end).",
    "required": ["id", "passage_id", "document", "text", "start", "end", "highlights", "score", "cited", "page"],
    "properties": {
        "id": {"type": "integer", "minimum": 1, "description": "The n of the answer's [n] markers."},
        "passage_id": {"type": "string", "description": "Stable across rebuilds while the passage text is unchanged."},
        "document": {"type": "string"},
        "text": {"type": "string"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "highlights": {"type": "array", "items": _ref("Span"),
                       "description": "Answer sentences inside this passage, offsets relative to `text`."},
        "score": {"type": "number"},
        "cited": {"type": "boolean", "description": "Whether the answer quotes this passage; else it is related."},
        "page": {"type": "integer", "minimum": 1, "nullable": True,
                 "description": "Page where the passage starts (1-based); null for formats without pages."},
    },
    "additionalProperties": False,
}

_NAME = {"type": "string", "minLength": 1, "maxLength": MAX_DOCUMENT_NAME, "pattern": r"^[^./\\\x00-\x1f\x7f][^/\\\x00-\x1f\x7f]*$",
         "description": "A plain file name: no separators, no leading dot."}

_DOCUMENTS_FILTER = {"type": "array", "minItems": 1, "maxItems": MAX_DOCUMENTS, "items": {"type": "string"},
                     "description": "Names of indexed documents to search within (all when absent); unknown names: 400."}

_PENDING = {"type": "integer", "minimum": 0,
            "description": "Passages and sentences served by keywords only until the background embedding ends."}

_CHANGE = {
    "type": "object",
    "required": ["name", "characters", "pages", "index_version", "embedded", "reused", "pending"],
    "properties": {
        "name": {"type": "string"},
        "characters": {"type": "integer", "minimum": 0},
        "pages": {"type": "integer", "minimum": 0, "nullable": True, "description": "Null for formats without pages."},
        "index_version": {"type": "string", "description": "The version served from now on."},
        "embedded": {"type": "integer", "minimum": 0},
        "reused": {"type": "integer", "minimum": 0},
        "pending": _PENDING,
    },
    "additionalProperties": False,
}


def _question(settings: Settings) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": settings.max_question_chars, "pattern": r"\S",
            "description": f"1 to {settings.max_question_chars:,} characters, not all white space."}


def _ask_request(settings: Settings) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["question"],
        "example": {"question": "How fast does ketamine work?", "top_k": 3},
        "properties": {
            "question": _question(settings),
            "conversation_id": {"type": "string", "nullable": True,
                                "description": "From an earlier answer; an unknown or expired id, or null, starts a new one."},
            "top_k": {"type": "integer", "minimum": 1, "maximum": settings.max_top_k,
                      "default": settings.default_top_k},
            "history": {
                "type": "array", "maxItems": MAX_HISTORY,
                "description": "Earlier questions, oldest first, for clients that keep no conversation_id.",
                "items": {"type": "object", "required": ["question"], "properties": {"question": _question(settings)}},
            },
            "documents": _DOCUMENTS_FILTER,
        },
    }


_ANSWER = {
    "type": "object",
    "required": ["answer", "found", "citations", "conversation_id", "query", "continues", "index_version"],
    "properties": {
        "answer": {"type": "string", "maxLength": MAX_ANSWER_CHARS,
                   "description": "Sentences of the document, each followed by its citation marker [n] (at most 600 "
                                  "characters for each question a message asks, at most three); for a message that "
                                  "only greets, thanks or takes leave, a short reply citing nothing."},
        "found": {"type": "boolean",
                  "description": "False when the document does not answer the question (of a message asking several, "
                                 "none of them), or the message asks none."},
        "citations": {"type": "array", "items": _ref("Citation")},
        "conversation_id": {"type": "string", "nullable": True,
                            "description": "null when the answer was given without a conversation (see warning)."},
        "warning": {"type": "object", "required": ["code", "message"],
                    "description": "Present when the answer is complete but something around it failed.",
                    "properties": {"code": {"type": "string", "enum": ["conversation_store_unavailable"]},
                                   "message": {"type": "string"}}},
        "query": {"type": "string", "description": "The question as understood and searched."},
        "continues": {"type": "string", "nullable": True,
                      "description": "For a follow-up, the earlier question whose context it was read with."},
        "index_version": {"type": "string"},
    },
    "additionalProperties": False,
}

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
    "additionalProperties": False,
}

_STORE_UNAVAILABLE = _retry_later("The conversation store (Redis) is unavailable; only with DOCQA_REDIS_URL.")

# Any /api route may answer these.
_COMMON_ERRORS = {"404": _error("Not found."), "405": _error("Method not allowed."), "429": _RATE_LIMITED}

# /healthz and /readyz sit outside /api, so no rate limit applies to them.
_HEALTHZ = {"type": "object", "required": ["status", "index_version"],
            "properties": {"status": {"type": "string", "enum": ["ok"]}, "index_version": {"type": "string"}},
            "additionalProperties": False}
_READYZ = {"type": "object", "required": ["status", "checks"],
           "properties": {"status": {"type": "string", "enum": ["ok", "unavailable"]},
                          "checks": {"type": "object", "additionalProperties": {"type": "string"},
                                     "description": "Each dependency (the index, the conversation store where one "
                                                    "is configured): \"ok\", or what is wrong."}},
           "additionalProperties": False}


_DOCUMENT_FACTS = {
    "pages": {"type": "integer", "minimum": 0, "nullable": True, "description": "Null for formats without pages."},
    "size": {"type": "integer", "minimum": 0, "nullable": True, "description": "Bytes of the source file."},
    "indexed": {"type": "string", "nullable": True, "description": "When this content was first indexed (UTC)."},
}


def _document_routes(settings: Settings) -> dict[str, Any]:
    name = [{"name": "name", "in": "path", "required": True, "schema": _NAME, "example": "notes.pdf"}]
    auth = {"401": _error("No bearer token."),
            "403": _error("Wrong token, or document management is off (DOCQA_ADMIN_TOKEN unset)."),
            "400": _error("Not a plain file name.")}
    done = _json(_ref("DocumentChange"), "Built and served.")
    unserved = {"503": _error("Built, but the server could not load the new version.")}
    return {
        "put": {
            "summary": "Add or replace a document (.txt, .md, .html, .pdf, .docx; the type is judged from the bytes).",
            "description": "Answered once the new version is served. A change bringing more new passages and "
                           "sentences than DOCQA_DEFER_EMBEDDING_OVER is served by keywords first (`pending` > 0, "
                           "the version id ends in `-partial`) and embedded in the background.",
            "security": [{"adminToken": []}], "parameters": name,
            "requestBody": {"required": True, "content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}},
            "responses": {
                "200": {**done, "description": "Replaced, built and served."},
                "201": {**done, "description": "Added, built and served."},
                **auth, **_COMMON_ERRORS, **unserved,
                "413": _error(f"Over {settings.max_document_bytes:,} bytes."),
                "415": _error("Unsupported type, or the bytes are not what the name says."),
                "422": _error("Unreadable: empty, truncated, encrypted, without a text layer, a zip bomb..."),
            },
        },
        "delete": {
            "summary": "Remove a document.",
            "security": [{"adminToken": []}], "parameters": name,
            "responses": {"200": {**done, "description": "Removed; the figures are the removed document's."},
                          **auth, **_COMMON_ERRORS, **unserved,
                          "404": _error("No document of that name."),
                          "409": _error("The only document cannot be removed.")},
        },
    }


def with_document_names(document: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The document as served: a `documents` filter may name only the documents indexed now."""
    document = copy.deepcopy(document)
    search = next(p for p in document["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "documents")
    for schema in (document["components"]["schemas"]["AskRequest"]["properties"]["documents"], search["schema"]):
        schema["items"] = {**schema["items"], "enum": names}
    return document


_DEFAULTS = Settings()


@lru_cache(maxsize=4)
def openapi_document(settings: Settings = _DEFAULTS) -> dict[str, Any]:
    """The document served at /api/openapi.json, with the limits `settings` sets."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "docqa", "version": "1.0.0",
                 "description": "Cited answers to questions about a document, without a language model."},
        "paths": {
            "/api/ask": {"post": {
                "operationId": "ask",
                "summary": "Answer a question with cited sentences of the document.",
                "requestBody": {"required": True,
                                "content": {"application/json": {"schema": _ref("AskRequest")}}},
                "responses": {
                    "200": {**_json(_ref("Answer"), "The answer."), "links": {
                        "FollowUp": {"operationId": "ask",
                                     "requestBody": {"question": "And what about its side effects?",
                                                     "conversation_id": "$response.body#/conversation_id"}},
                        "EndConversation": {"operationId": "endConversation",
                                            "parameters": {"conversation_id": "$response.body#/conversation_id"}},
                    }},
                    "400": _error("Malformed JSON or an invalid field."),
                    "413": _error(f"Body over {settings.max_body_bytes:,} bytes."),
                    "415": _error("Content type is not application/json."),
                    "503": _STORE_UNAVAILABLE,
                    **_COMMON_ERRORS,
                },
            }},
            "/api/search": {"get": {
                "summary": "The most relevant passages alone.",
                "parameters": [
                    {"name": "q", "in": "query", "required": True, "schema": _question(settings),
                     "example": "esketamine nasal spray"},
                    {"name": "k", "in": "query", "required": False,
                     "schema": {"type": "integer", "minimum": 1, "maximum": settings.max_top_k,
                                "default": settings.default_search_k}},
                    {"name": "documents", "in": "query", "required": False, "style": "form", "explode": True,
                     "schema": _DOCUMENTS_FILTER},
                ],
                "responses": {
                    "200": _json({"type": "object", "required": ["query", "citations", "index_version"],
                                  "properties": {"query": {"type": "string"},
                                                 "citations": {"type": "array", "items": _ref("Citation")},
                                                 "index_version": {"type": "string"}},
                                  "additionalProperties": False}, "Passages, best first."),
                    "400": _error("Missing, empty or over-long q; k not an integer in range; an unknown document."),
                    **_COMMON_ERRORS,
                },
            }},
            "/api/document": {"get": {
                "summary": "The full text of one indexed document (the first when no name is given).",
                "parameters": [{"name": "name", "in": "query", "required": False, "schema": {"type": "string"}}],
                "responses": {
                    "200": _json({"type": "object", "required": ["name", "title", "text", "version", "pages"],
                                  "properties": {"name": {"type": "string"}, "title": _TITLE,
                                                 "text": {"type": "string"}, "version": {"type": "string"},
                                                 "pages": {"type": "array", "nullable": True,
                                                           "items": {"type": "integer", "minimum": 0},
                                                           "description": "Offset where each page starts; null "
                                                                          "for formats without pages."}},
                                  "additionalProperties": False}, "The document."),
                    **_COMMON_ERRORS,
                    "404": _error("No document of that name."),
                },
            }},
            "/api/documents": {"get": {
                "summary": "The indexed documents.",
                "responses": {
                    "200": _json({"type": "object", "required": ["documents", "index_version", "pending"],
                                  "properties": {"documents": {"type": "array", "items": {
                                      "type": "object",
                                      "required": ["name", "title", "characters", "pages", "size", "indexed"],
                                      "properties": {"name": {"type": "string"}, "title": _TITLE,
                                                     "characters": {"type": "integer", "minimum": 0},
                                                     **_DOCUMENT_FACTS}}},
                                      "index_version": {"type": "string"}, "pending": _PENDING},
                                  "additionalProperties": False}, "Documents."),
                    **_COMMON_ERRORS,
                },
            }},
            "/api/documents/{name}": _document_routes(settings),
            "/api/conversations/{conversation_id}": {"delete": {
                "operationId": "endConversation",
                "summary": "End a conversation.",
                "parameters": [{"name": "conversation_id", "in": "path", "required": True,
                                "description": "As `POST /api/ask` returned it.",
                                "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,128}$"}}],
                "responses": {
                    "204": {"description": "Ended."},
                    **_COMMON_ERRORS,
                    "404": _error("No such conversation (it may have expired)."),
                    "503": _STORE_UNAVAILABLE,
                },
            }},
            "/healthz": {"get": {
                "summary": "Liveness: the process runs.",
                "responses": {"200": _json(_HEALTHZ, "Alive, serving this index version."),
                              "405": _error("Method not allowed.")},
            }},
            "/readyz": {"get": {
                "summary": "Readiness: the index is loaded and every configured dependency answers.",
                "responses": {"200": _json(_READYZ, "Ready."),
                              "503": _json(_READYZ, "Not ready: the checks say what is down."),
                              "405": _error("Method not allowed.")},
            }},
            "/api/openapi.json": {"get": {
                "summary": "This document.",
                "responses": {"200": {"description": "OpenAPI 3 document.",
                                      "content": {"application/json": {"schema": {"type": "object"}}}},
                              **_COMMON_ERRORS},
            }},
        },
        "components": {"schemas": {
            "AskRequest": _ask_request(settings), "Answer": _ANSWER, "Citation": _CITATION, "Span": _SPAN,
            "Error": _ERROR, "DocumentChange": _CHANGE,
        }, "securitySchemes": {"adminToken": {"type": "http", "scheme": "bearer",
                                              "description": "DOCQA_ADMIN_TOKEN; without it documents are read-only."}}},
    }
