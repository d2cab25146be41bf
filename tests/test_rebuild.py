"""Rebuilding after edits: incremental, atomic, and picked up by a running server without a failed request."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from bench.support.rebuild import (CORRECTED, EATING, MODE, NAME, NEW, TEXT, Clients, Server, cited, edited, healthz,
                           run_build)
from index import Document, Embedder, IndexVersion, build_index, current_version, load_version, read_documents
from index._build import DeferredModel
from index._splitting import make_passages
from index._store import write_version
from qa import Assistant, Settings
from bench.support import post
from web import create_app


@pytest.mark.slow
def test_cli_rebuild_embeds_only_what_changed_and_a_no_op_changes_nothing(index_dir: Path, tmp_path: Path) -> None:
    doc = tmp_path / NAME
    doc.write_text(CORRECTED)
    result = run_build(str(doc), "--index-dir", str(index_dir), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert 0 < report["embedded"] <= 0.25 * report["units"]
    assert report["embedded"] + report["reused"] == report["units"]
    assert current_version(index_dir) == report["index_version"]
    folders = sorted(p.name for p in (index_dir / "versions").iterdir())

    again = run_build(str(doc), "--index-dir", str(index_dir), "--json")
    noop = json.loads(again.stdout)
    assert (noop["embedded"], noop["reused"], noop["index_version"]) == (0, report["units"], report["index_version"])
    assert "loaded on" not in again.stderr  # nothing to embed: the model's weights were never loaded
    assert sorted(p.name for p in (index_dir / "versions").iterdir()) == folders


@pytest.mark.slow
def test_changed_splitting_settings_rebuild_everything_and_say_so_in_one_line(tmp_path: Path,
                                                                               embedder: Embedder) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("# Dosing\nEsketamine is sprayed into the nose. Patients stay for two hours afterwards.\n")
    build_index(read_documents([doc]), tmp_path / "idx", embedder)
    result = run_build(str(doc), "--index-dir", str(tmp_path / "idx"), "--json",
                       env={**os.environ, "DOCQA_MAX_PASSAGE_TOKENS": "150"})
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["embedded"] == report["units"] and report["reused"] == 0
    lines = [line for line in result.stderr.splitlines() if "full rebuild" in line]
    assert len(lines) == 1 and "max_tokens 200 -> 150" in lines[0], result.stderr


def test_deferred_model_counts_tokens_as_the_model_does(embedder: Embedder) -> None:
    texts = [TEXT[s:e] for p in make_passages(Document(NAME, TEXT), embedder.count_tokens, 200, 48)
             for s, e in p.sentences] + ["naïve “quotes” 2–4", "x" * 3000]
    assert DeferredModel("all-MiniLM-L6-v2").count_tokens(texts) == embedder.count_tokens(texts)


def _raw(version: IndexVersion) -> tuple:
    """What `write_version` takes, taken from a loaded version."""
    vectors = version.passage_vectors.reconstruct_n(0, version.passage_vectors.ntotal)
    return (version.version, version.model, version.split, version.documents, version.passages,
            vectors, version.sentence_vectors)


def test_readers_never_see_a_broken_index_while_versions_are_written_and_pruned(
        index_dir: Path, embedder: Embedder) -> None:
    versions = [load_version(index_dir)]
    for text in (edited(remove=EATING), edited(insert=NEW)):
        report = build_index([Document(NAME, text)], index_dir, embedder)
        versions.append(load_version(index_dir, report.index_version))
    texts = {v.version: v.documents[0].text for v in versions}
    stop = threading.Event()
    loaded: list[str] = []
    errors: list[BaseException] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                version = load_version(index_dir)
                assert version.documents[0].text == texts[version.version]  # never parts of two versions
                loaded.append(version.version)
            except Exception as exc:  # any failure is what this test looks for
                errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        # Bare writes, much faster than builds: a version is often pruned while a reader is loading it.
        for n in range(60):
            write_version(index_dir, *_raw(versions[n % 3]))
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors, errors[:3]
    assert len(set(loaded)) == 3
    assert len(list((index_dir / "versions").iterdir())) == 2


def test_passage_ids_stay_when_text_before_them_grows_or_shrinks(index_dir: Path, embedder: Embedder) -> None:
    original = {p.id: p for p in load_version(index_dir).passages}
    build_index([Document(NAME, edited(before=MODE, insert=NEW))], index_dir, embedder)
    grown = {p.id: p for p in load_version(index_dir).passages}
    assert set(original) < set(grown)
    moved = [p for p in original.values() if p.start > TEXT.index(MODE)]
    assert moved and all(grown[p.id].start == p.start + len(NEW) for p in moved)

    build_index([Document(NAME, edited(remove=EATING))], index_dir, embedder)
    shrunk = {p.id: p for p in load_version(index_dir).passages}
    gone = {pid for pid, p in original.items() if TEXT[p.start:p.end] in EATING}
    assert gone and set(shrunk) == set(original) - gone


def test_deleted_text_is_never_cited_and_its_conversation_carries_on(index_dir: Path, embedder: Embedder) -> None:
    settings = {"index_dir": index_dir, "reload_interval": 0}
    assistant = Assistant(Settings.from_env(settings), embedder)
    client: FlaskClient = create_app(settings, assistant).test_client()
    first = client.post("/api/ask", json={"question": "Is ketamine a treatment for anorexia nervosa?"}).get_json()
    assert "anorexia nervosa" in cited(first)

    build_index([Document(NAME, edited(remove=EATING))], index_dir, embedder)
    assert assistant.refresh()
    follow = client.post("/api/ask", json={"question": "And how safe is it?",
                                           "conversation_id": first["conversation_id"]})
    assert follow.status_code == 200
    assert follow.get_json()["index_version"] == assistant.index_version != first["index_version"]
    for question in ("Is ketamine a treatment for anorexia nervosa?", "eating disorders remission"):
        body = client.post("/api/ask", json={"question": question, "top_k": 10}).get_json()
        searched = client.get("/api/search", query_string={"q": question, "k": 10}).get_json()
        assert all(c["text"] not in EATING for c in body["citations"] + searched["citations"])


@pytest.mark.slow
def test_running_server_switches_version_without_failing_a_request(index_dir: Path, tmp_path: Path) -> None:
    texts = {current_version(index_dir): TEXT}
    doc = tmp_path / NAME
    doc.write_text(edited(remove=EATING, insert=NEW))
    server = Server(index_dir)
    try:
        status, first = post(f"{server.url}/api/ask", {"question": "Is ketamine a treatment for anorexia nervosa?"})
        assert status == 200 and "anorexia nervosa" in cited(first)
        with Clients(server.url, 3, numbered=False) as asking:  # cheap requests: the test is about the swap
            build = run_build(str(doc), "--index-dir", str(index_dir), "--json")
            built = time.monotonic()
            assert build.returncode == 0, build.stderr
            new = json.loads(build.stdout)["index_version"]
            texts[new] = doc.read_text()
            version, seen = server.wait_for_version(first["index_version"], timeout=10)
            assert version == new and seen - built <= 2.0

            status, follow = post(f"{server.url}/api/ask", {"question": "What about the risks?",
                                                             "conversation_id": first["conversation_id"]})
            assert status == 200 and follow["index_version"] == new and "anorexia" not in cited(follow)
            status, fresh = post(f"{server.url}/api/ask", {"question": "Where are the Harbour clinics?"})
            assert status == 200 and "Tallinn" in cited(fresh)

            (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not text")
            assert run_build(str(tmp_path / "bad.txt"), "--index-dir", str(index_dir)).returncode == 2
            time.sleep(1.0)  # two reload polls
            assert healthz(server.url) == new
    finally:
        server.stop()
    assert server.process.returncode == 0
    answers = [(status, body) for _, _, status, body in asking.answers]
    assert answers and all(status == 200 for status, _ in answers), [a for a in answers if a[0] != 200][:3]
    assert {body["index_version"] for _, body in answers} == set(texts)
    for _, body in answers:  # each answer is consistent with exactly the version it names
        text = texts[body["index_version"]]
        assert all(text[c["start"]:c["end"]] == c["text"] for c in body["citations"])
        assert body["index_version"] != new or all(c["text"] not in EATING for c in body["citations"])


@pytest.mark.slow
def test_watch_rebuilds_once_after_an_edit_and_survives_a_bad_one(index_dir: Path, tmp_path: Path) -> None:
    doc = tmp_path / NAME
    doc.write_text(TEXT)
    server = Server(index_dir, "--watch", str(doc))
    try:
        server.wait_for_log("index built", timeout=15)  # the start-up sync, before the edit begins
        before = healthz(server.url)
        with doc.open("a") as fh:  # an editor saving in several writes
            for start in range(0, len(NEW), 100):
                fh.write(NEW[start:start + 100])
                fh.flush()
                time.sleep(0.3)
        after, _ = server.wait_for_version(before, timeout=15)
        status, body = post(f"{server.url}/api/ask", {"question": "Where are the Harbour clinics?"})
        assert status == 200 and body["index_version"] == after and "Tallinn" in cited(body)

        doc.write_bytes(b"\xff\xfe not text")
        failed = server.wait_for_log("rebuild failed", timeout=15)
        assert healthz(server.url) == after
        assert post(f"{server.url}/api/ask", {"question": "Who first made ketamine?"})[0] == 200
    finally:
        server.stop()
    assert sum("index built" in line for line in server.lines) == 2, server.log  # sync, then one for the writes
    assert sum("rebuild failed" in line for line in server.lines) == 1
    assert "not UTF-8" in failed and f"still serving index version {after}" in failed
