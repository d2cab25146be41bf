"""Documents managed over HTTP: PUT and DELETE /api/documents/<name>, the token, refusals, the `documents` filter."""

from __future__ import annotations

import json
import logging
import shutil
import time
import urllib.request
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from index import DocumentFolder, Embedder, current_version
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT
from bench.support import make_docx, make_pdf, malformed_documents, start_server, stop_server
from tests.contract import check
from web import create_app

TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PDF_FACT = [["The Zorblax clinic in Tromsø opened its ketamine ward in 2031.",
             "Its first director was Ingrid Kvalheim, a psychiatrist from Bergen."]]


@pytest.fixture
def documents_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    shutil.copy(BUNDLED_DOCUMENT, folder)
    return folder


def make_client(index_dir: Path, documents_dir: Path, embedder: Embedder, **extra: object) -> FlaskClient:
    config = {"index_dir": index_dir, "documents_dir": documents_dir, "reload_interval": 0,
              "admin_token": TOKEN, "max_document_bytes": 1 << 20, **extra}
    return create_app(config, Assistant(Settings.from_env(config), embedder)).test_client()


@pytest.fixture
def manager(index_dir: Path, documents_dir: Path, embedder: Embedder) -> FlaskClient:
    return make_client(index_dir, documents_dir, embedder)


def test_upload_ask_filter_and_delete_a_pdf(manager: FlaskClient, documents_dir: Path, index_dir: Path) -> None:
    before = manager.get("/healthz").json["index_version"]
    made = make_pdf(PDF_FACT * 3 + [["Closing words of this short report on a clinic."]] * 60)
    response = manager.put("/api/documents/clinic.pdf", data=made.data, headers=AUTH)
    body = check(response, "/api/documents/{name}", "put")
    assert response.status_code == 201
    assert body["name"] == "clinic.pdf" and body["pages"] == made.pages and body["embedded"] > 0
    assert body["index_version"] != before
    assert manager.get("/healthz").json["index_version"] == body["index_version"] == current_version(index_dir)
    assert (documents_dir / "clinic.pdf").read_bytes() == made.data

    answer = check(manager.post("/api/ask", json={"question": "Who was the first director of the Zorblax clinic?"}),
                   "/api/ask", "post")
    assert answer["found"] and "Kvalheim" in answer["answer"]
    cited = answer["citations"][0]
    assert cited["document"] == "clinic.pdf" and cited["page"] == 1
    document = manager.get("/api/document?name=clinic.pdf").json
    assert document["text"][cited["start"]:cited["end"]] == cited["text"] and len(document["pages"]) == made.pages
    listed = {d["name"]: d for d in manager.get("/api/documents").json["documents"]}
    assert listed["clinic.pdf"]["pages"] == made.pages and listed["clinic.pdf"]["size"] == len(made.data)
    assert listed["ketamine-assisted-psychotherapy.txt"]["pages"] is None and listed["clinic.pdf"]["indexed"]

    only_text = manager.post("/api/ask", json={"question": "Who was the first director of the Zorblax clinic?",
                                                "documents": ["ketamine-assisted-psychotherapy.txt"]}).json
    assert all(c["document"] == "ketamine-assisted-psychotherapy.txt" for c in only_text["citations"])
    searched = manager.get("/api/search?q=Zorblax+clinic&documents=clinic.pdf").json
    assert searched["citations"] and all(c["document"] == "clinic.pdf" for c in searched["citations"])
    for bad in (manager.post("/api/ask", json={"question": "q?", "documents": ["nope.pdf"]}),
                manager.post("/api/ask", json={"question": "q?", "documents": []}),
                manager.get("/api/search?q=clinic&documents=nope.pdf")):
        assert bad.status_code == 400 and "documents" in bad.json["error"]["message"]

    again = manager.put("/api/documents/clinic.pdf", data=made.data, headers=AUTH)
    assert again.status_code == 200 and again.json["embedded"] == 0
    gone = check(manager.delete("/api/documents/clinic.pdf", headers=AUTH), "/api/documents/{name}", "delete")
    assert gone["index_version"] == before and not (documents_dir / "clinic.pdf").exists()
    answer = manager.post("/api/ask", json={"question": "Who was the first director of the Zorblax clinic?"}).json
    assert not answer["found"]


def test_a_large_upload_is_served_by_keywords_then_embedded(index_dir: Path, documents_dir: Path,
                                                            embedder: Embedder) -> None:
    manager = make_client(index_dir, documents_dir, embedder, defer_embedding_over=5)
    facts = [f"Ward {n} of the Zorblax clinic has {n + 3} beds." for n in range(12)]
    facts.insert(5, "The first director of the Zorblax clinic was Ingrid Kvalheim.")
    body = check(manager.put("/api/documents/wards.txt", data=" ".join(facts).encode(), headers=AUTH),
                 "/api/documents/{name}", "put")
    assert body["embedded"] == 0 and body["pending"] > 5 and body["index_version"].endswith("-partial")
    # Served by keywords from the start (its vectors may have arrived already: the search holds either way).
    searched = manager.get("/api/search?q=Kvalheim&documents=wards.txt").json
    assert searched["citations"] and "Kvalheim" in searched["citations"][0]["text"]

    deadline = time.monotonic() + 60
    while (listed := manager.get("/api/documents").json)["pending"] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert listed["pending"] == 0 and listed["index_version"] == body["index_version"].removesuffix("-partial")
    assert current_version(index_dir) == listed["index_version"]
    answer = manager.post("/api/ask", json={"question": "Who was the first director of the Zorblax clinic?"}).json
    assert answer["found"] and "Kvalheim" in answer["answer"] and answer["index_version"] == listed["index_version"]


def test_word_upload_and_the_last_document_stays(manager: FlaskClient) -> None:
    data = make_docx([("Heading 1", "Zorblax dosing"), ("Normal", "The Zorblax protocol gives ketamine on Tuesdays.")])
    assert manager.put("/api/documents/protocol.docx", data=data, headers=AUTH).json["pages"] is None
    assert manager.delete("/api/documents/protocol.docx", headers=AUTH).status_code == 200
    assert manager.delete("/api/documents/protocol.docx", headers=AUTH).status_code == 404
    last = manager.delete("/api/documents/ketamine-assisted-psychotherapy.txt", headers=AUTH)
    assert last.status_code == 409


@pytest.mark.parametrize(("headers", "status"), [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                                 ({"Authorization": f"Basic {TOKEN}"}, 401)])
def test_token_required_and_never_logged(manager: FlaskClient, headers: dict, status: int,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert manager.put("/api/documents/a.txt", data=b"Some text.", headers=headers).status_code == status
    assert manager.delete("/api/documents/a.txt", headers=headers).status_code == status
    manager.put("/api/documents/a.txt", data=b"Some text about ketamine.", headers=AUTH)
    assert TOKEN not in caplog.text


def test_management_is_off_without_a_token(index_dir: Path, documents_dir: Path, embedder: Embedder) -> None:
    client = make_client(index_dir, documents_dir, embedder, admin_token="")
    assert client.put("/api/documents/a.txt", data=b"Text.", headers=AUTH).status_code == 403


@pytest.mark.parametrize("name", [".hidden.txt", "a%5Cb.txt", "x" * 201 + ".txt", "a%01b.txt"])
def test_names_are_plain_file_names(manager: FlaskClient, name: str) -> None:
    assert manager.put(f"/api/documents/{name}", data=b"Text.", headers=AUTH).status_code == 400


def test_malformed_uploads_change_nothing(manager: FlaskClient, documents_dir: Path, index_dir: Path) -> None:
    good = {".txt": b"Zorblax notes: the clinic opens at nine.", ".md": b"# Zorblax\nThe clinic has a garden.",
            ".pdf": make_pdf(PDF_FACT).data, ".docx": make_docx([("Normal", "Zorblax has twelve beds.")])}
    for suffix, data in good.items():
        assert manager.put(f"/api/documents/notes{suffix}", data=data, headers=AUTH).status_code == 201
    version, stored = current_version(index_dir), sorted(p.name for p in documents_dir.iterdir())
    for name, data in malformed_documents(1 << 20):
        response = manager.put(f"/api/documents/{name}", data=data, headers=AUTH)
        assert response.status_code in (413, 415, 422), (name, response.status_code)
        assert response.json["error"]["message"]
        replaced = "notes" + Path(name).suffix  # a good document replaced by a bad one stays as it was
        if Path(name).suffix in good:
            assert manager.put(f"/api/documents/{replaced}", data=data, headers=AUTH).status_code in (413, 415, 422)
    assert current_version(index_dir) == version == manager.get("/healthz").json["index_version"]
    assert sorted(p.name for p in documents_dir.iterdir()) == stored
    for suffix, data in good.items():
        assert (documents_dir / f"notes{suffix}").read_bytes() == data


def test_upload_into_a_missing_folder_creates_it(index_dir: Path, tmp_path: Path, embedder: Embedder) -> None:
    client = make_client(index_dir, tmp_path / "new" / "documents", embedder)
    response = client.put("/api/documents/notes.txt", data=b"Zorblax notes: the clinic opens at nine.", headers=AUTH)
    assert response.status_code == 201, response.json
    assert (tmp_path / "new" / "documents" / "notes.txt").exists()


@pytest.mark.slow
def test_serve_indexes_the_documents_folder_at_start(index_dir: Path, documents_dir: Path, embedder: Embedder) -> None:
    # Left served by keywords only, as by a server stopped before it embedded an upload.
    folder = DocumentFolder(documents_dir, index_dir, 200, 48, defer_over=1)
    notes = b"# Zorblax\nThe Zorblax clinic has a garden with twelve benches. Each bench faces the fjord.\n"
    assert folder.put("notes.md", notes, embedder).report.pending
    process, url = start_server(index_dir, env={"DOCQA_DOCUMENTS_DIR": str(documents_dir)})
    try:
        with urllib.request.urlopen(f"{url}/api/documents") as response:
            listed = json.load(response)
    finally:
        stop_server(process)
    assert [d["name"] for d in listed["documents"]] == ["ketamine-assisted-psychotherapy.txt", "notes.md"]
    assert listed["pending"] == 0 and not listed["index_version"].endswith("-partial")
