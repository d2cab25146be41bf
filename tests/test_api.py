"""The JSON API through Flask's test client: shapes, every error case, and the OpenAPI document."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from openapi_spec_validator import validate

from index import Embedder, build_index, read_documents
from qa import Assistant, Settings
from web import create_app
from web._openapi import openapi_document
from tests.contract import check


def ask(client: FlaskClient, body: Any = None, **kwargs: Any) -> Any:
    return client.post("/api/ask", json=body, **kwargs) if body is not None else client.post("/api/ask", **kwargs)


def test_openapi_document_is_valid_and_lists_every_api_route(app: Flask) -> None:
    spec = openapi_document()
    validate(spec)
    routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule), method.lower())
        for rule in app.url_map.iter_rules() if rule.rule.startswith("/api") or rule.rule in ("/healthz", "/readyz")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, ops in spec["paths"].items() for method in ops}
    assert routes == documented


def test_ask_returns_a_cited_answer(client: FlaskClient) -> None:
    body = check(ask(client, {"question": "  What brand name does esketamine have?  "}), "/api/ask", "post")
    assert body["found"] is True
    assert "Spravato" in body["answer"]
    assert re.search(r"\[1\]", body["answer"])
    assert body["query"] == "What brand name does esketamine have?"
    assert len(body["citations"]) == 3
    document = client.get("/api/document").json["text"]
    for c in body["citations"]:
        assert document[c["start"] : c["end"]] == c["text"]
    # Exactly the passages whose [n] the answer carries are marked cited; the rest are related.
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert {c["id"] for c in body["citations"] if c["cited"]} == markers
    assert body["continues"] is None


def test_a_message_asking_two_questions_gets_one_cited_answer(client: FlaskClient) -> None:
    body = check(ask(client, {"question": "When was esketamine approved and how is it given?"}), "/api/ask", "post")
    assert body["found"] is True and "2019" in body["answer"] and "nasal spray" in body["answer"]
    assert [c["id"] for c in body["citations"]] == list(range(1, len(body["citations"]) + 1))
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert {c["id"] for c in body["citations"] if c["cited"]} == markers
    assert body["query"].startswith("When was esketamine approved? How is it given?")


def test_a_follow_up_names_the_question_it_continues(client: FlaskClient) -> None:
    first = check(ask(client, {"question": "Where was ketamine discovered?"}), "/api/ask", "post")
    follow = check(ask(client, {"question": "What was it first used for?",
                                "conversation_id": first["conversation_id"]}), "/api/ask", "post")
    assert follow["continues"] == "Where was ketamine discovered?"
    fresh = check(ask(client, {"question": "What are the side effects of ketamine?",
                               "conversation_id": first["conversation_id"]}), "/api/ask", "post")
    assert fresh["continues"] is None


def test_top_k_and_conversation_id_are_honoured(client: FlaskClient) -> None:
    first = check(ask(client, {"question": "What is ketamine?", "top_k": 5}), "/api/ask", "post")
    assert len(first["citations"]) == 5
    again = check(ask(client, {"question": "What is esketamine?", "conversation_id": first["conversation_id"]}),
                  "/api/ask", "post")
    assert again["conversation_id"] == first["conversation_id"]


def test_unknown_conversation_id_starts_a_new_one(client: FlaskClient) -> None:
    body = check(ask(client, {"question": "What is ketamine?", "conversation_id": "nope"}), "/api/ask", "post")
    assert body["conversation_id"] != "nope"


def test_not_found_lists_nearest_passages(client: FlaskClient) -> None:
    body = check(ask(client, {"question": "What is the capital of France?"}), "/api/ask", "post")
    assert body["found"] is False
    assert "does not" in body["answer"]
    assert body["citations"] and not any(c["cited"] for c in body["citations"])


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"{", "invalid_json"),
        (b"\xff\xfe", "invalid_json"),
        (b"[1, 2]", "bad_request"),
        (b"null", "bad_request"),
        (b'"question"', "bad_request"),
        (b"{}", "bad_request"),
        (b'{"question": ""}', "bad_request"),
        (b'{"question": "   \\n "}', "bad_request"),
        (b'{"question": 42}', "bad_request"),
        (b'{"question": null}', "bad_request"),
        (b'{"question": ["a"]}', "bad_request"),
        (b'{"question": "' + b"a" * 2001 + b'"}', "bad_request"),
        (b'{"question": "ok", "top_k": 0}', "bad_request"),
        (b'{"question": "ok", "top_k": 11}', "bad_request"),
        (b'{"question": "ok", "top_k": 2.5}', "bad_request"),
        (b'{"question": "ok", "top_k": "3"}', "bad_request"),
        (b'{"question": "ok", "top_k": true}', "bad_request"),
        (b'{"question": "ok", "conversation_id": 7}', "bad_request"),
        (b'{"question": "ok", "history": "x"}', "bad_request"),
        (b'{"question": "ok", "history": [{"q": "x"}]}', "bad_request"),
    ],
)
def test_bad_bodies_are_400_json(client: FlaskClient, data: bytes, code: str) -> None:
    body = check(client.post("/api/ask", data=data, content_type="application/json"), "/api/ask", "post")
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_question_of_exactly_the_limit_is_accepted(client: FlaskClient) -> None:
    assert ask(client, {"question": ("ketamine " * 250)[:2000]}).status_code == 200


def test_body_over_64_kb_is_413(client: FlaskClient) -> None:
    response = client.post("/api/ask", data=b'{"question": "' + b"a" * 70_000 + b'"}',
                           content_type="application/json")
    assert check(response, "/api/ask", "post")["error"]["code"] == "payload_too_large"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_non_json_content_type_is_415(client: FlaskClient, content_type: str | None) -> None:
    response = client.post("/api/ask", data=b'{"question": "x"}', content_type=content_type)
    assert check(response, "/api/ask", "post")["error"]["code"] == "unsupported_media_type"


def test_404_and_405_are_json(client: FlaskClient) -> None:
    response = client.get("/api/nowhere")
    assert response.status_code == 404 and response.json["error"]["code"] == "not_found"
    response = client.get("/api/ask")
    assert check(response, "/api/ask", "post")["error"]["code"] == "method_not_allowed"
    assert "POST" in response.headers["Allow"]


def test_search_returns_citation_objects(client: FlaskClient) -> None:
    body = check(client.get("/api/search?q=esketamine nasal spray&k=4"), "/api/search", "get")
    assert len(body["citations"]) == 4
    assert all(c["highlights"] == [] for c in body["citations"])


@pytest.mark.parametrize("query", ["", "?q=", "?q=%20%20", "?q=x&k=0", "?q=x&k=11", "?q=x&k=two", "?q=" + "a" * 2001])
def test_search_rejects_bad_parameters(client: FlaskClient, query: str) -> None:
    assert check(client.get(f"/api/search{query}"), "/api/search", "get")["error"]["code"] == "bad_request"


def test_documents_and_document(client: FlaskClient) -> None:
    listing = check(client.get("/api/documents"), "/api/documents", "get")
    name = listing["documents"][0]["name"]
    assert name == "ketamine-assisted-psychotherapy.txt"
    assert listing["documents"][0]["title"] == "Ketamine-assisted psychotherapy — Wikipedia, CC BY-SA 4.0"
    doc = check(client.get(f"/api/document?name={name}"), "/api/document", "get")
    assert doc["title"] == listing["documents"][0]["title"]
    assert doc["text"].startswith("Part of a series on |")
    assert doc["version"] == listing["index_version"]
    assert check(client.get("/api/document?name=missing.txt"), "/api/document", "get")["error"]["code"] == "not_found"


def client_over(tmp_path: Path, embedder: Embedder, files: dict[str, str], **config: object) -> FlaskClient:
    """A test client of an app serving an index of `files` (name: text), with `config` on top."""
    folder = tmp_path / "docs"
    folder.mkdir(parents=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    build_index(read_documents([folder]), tmp_path / "index", embedder)
    settings = {"index_dir": tmp_path / "index", "reload_interval": 0, **config}
    return create_app(settings, Assistant(Settings.from_env(settings), embedder)).test_client()


def titles(tmp_path: Path, embedder: Embedder, files: dict[str, str], title: str) -> dict[str, str | None]:
    """Document name → title from GET /api/documents over an index of `files`, with DOCQA_TITLE = `title`."""
    client = client_over(tmp_path, embedder, files, title=title)
    listing = check(client.get("/api/documents"), "/api/documents", "get")
    return {d["name"]: d["title"] for d in listing["documents"]}


PROSE = "Ketamine was first synthesised in 1962 and approved for use as an anaesthetic in 1970.\n"


def test_documents_are_titled_by_their_heading_or_the_setting(tmp_path: Path, embedder: Embedder) -> None:
    # DOCQA_TITLE names a lone plain-text document only: with several, it would not say which.
    assert titles(tmp_path / "two", embedder, {"guide.md": f"# Dosing guide\n\n{PROSE}", "notes.txt": PROSE},
                  "My notes") == {"guide.md": "Dosing guide", "notes.txt": None}
    assert titles(tmp_path / "one", embedder, {"notes.txt": PROSE}, "My notes") == {"notes.txt": "My notes"}


def test_the_pages_example_questions_and_notice_fit_the_documents_served(client: FlaskClient, tmp_path: Path,
                                                                          embedder: Embedder) -> None:
    bundled = client.get("/").get_data(as_text=True)
    assert "What is this document about?" in bundled and "Where was ketamine discovered?" in bundled
    assert "not medical advice" in bundled
    other = client_over(tmp_path, embedder, {"notes.txt": PROSE}).get("/").get_data(as_text=True)
    assert "What is this document about?" in other and "Where was ketamine discovered?" not in other
    assert "medical" not in other and "quotations from the documents" in other


def test_healthz(client: FlaskClient) -> None:
    body = client.get("/healthz").json
    assert body["status"] == "ok" and body["index_version"]


def test_security_headers_on_pages_and_api(client: FlaskClient) -> None:
    for path in ("/", "/api/documents"):
        headers = client.get(path).headers
        csp = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


def test_delete_conversation(client: FlaskClient) -> None:
    cid = ask(client, {"question": "What is ketamine?"}).json["conversation_id"]
    assert check(client.delete(f"/api/conversations/{cid}"), "/api/conversations/{conversation_id}", "delete") == {}
    again = client.delete(f"/api/conversations/{cid}")
    assert check(again, "/api/conversations/{conversation_id}", "delete")["error"]["code"] == "not_found"
