"""build_index.py as users run it: JSON report, bad documents, incremental and atomic rebuilds."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest

from index import Embedder, build_index, current_version, load_version, read_documents
from index._build import PARTIAL, embed_units, unembedded
from index._splitting import make_passages
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT, ROOT
from bench.support import PYTHON


def run_build(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "build_index.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_cli_json_report_and_no_op_rebuild(tmp_path: Path) -> None:
    first = run_build("--index-dir", str(tmp_path), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert set(report) == {"documents", "units", "embedded", "reused", "seconds", "index_version"}
    assert report["documents"] == 1 and report["embedded"] == report["units"] > 0
    again = json.loads(run_build("--index-dir", str(tmp_path), "--json").stdout)
    assert again["embedded"] == 0 and again["reused"] == report["units"]
    assert again["index_version"] == report["index_version"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"  \n\n", "empty document"),
        ("binary.txt", b"text\x00\x01\x02", "binary file (NUL byte at offset 4)"),
        ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "not UTF-8 (byte 0xe9 at offset 3, line 1)"),
        ("notes.pdf", b"%PDF", "truncated PDF"),
        ("notes.exe", b"MZ", "unsupported file type"),
    ],
)
def test_bad_documents_exit_2_and_leave_the_index(index_dir: Path, tmp_path: Path, name: str,
                                                  content: bytes | None, message: str) -> None:
    before = current_version(index_dir)
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run_build(str(path), "--index-dir", str(index_dir), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert current_version(index_dir) == before
    load_version(index_dir)


def test_several_documents_make_one_index_and_name_their_passages(tmp_path: Path, embedder: Embedder) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Dosing\nEsketamine is sprayed into the nose twice a week.\n")
    build_index(read_documents([BUNDLED_DOCUMENT, notes]), tmp_path / "idx", embedder)
    version = load_version(tmp_path / "idx")
    assert [d.name for d in version.documents] == ["ketamine-assisted-psychotherapy.txt", "notes.md"]
    assert any(p.document == "notes.md" and p.heading == "Dosing" for p in version.passages)


def test_editing_one_paragraph_embeds_only_what_changed(index_dir: Path, tmp_path: Path, embedder: Embedder) -> None:
    text = BUNDLED_DOCUMENT.read_text()
    edited = tmp_path / BUNDLED_DOCUMENT.name
    edited.write_text(text.replace("230 million people", "231 million people")
                      + "Esketamine nasal spray is given under supervision in certified clinics.\n")
    report = build_index(read_documents([edited]), index_dir, embedder)
    assert 0 < report.embedded <= 0.25 * report.units
    assert report.embedded + report.reused == report.units


def test_a_deferred_build_serves_zero_vectors_until_the_units_are_embedded(index_dir: Path, tmp_path: Path,
                                                                          embedder: Embedder) -> None:
    notes = tmp_path / "notes.txt"
    sentences = ["The Zorblax ward opened in 2031.", "It has nine beds.", "Its first director was Ingrid Kvalheim."]
    notes.write_text(" ".join(sentences) + "\n")
    documents = read_documents([BUNDLED_DOCUMENT, notes])
    deferred = build_index(documents, index_dir, embedder, defer_over=1)
    assert deferred.embedded == 0 and deferred.pending == 4 and deferred.reused == deferred.units - 4
    assert deferred.index_version.endswith(PARTIAL)
    version = load_version(index_dir)
    assert version.pending == 4 and current_version(index_dir) == deferred.index_version
    waiting = unembedded(index_dir, embedder.identity)
    assert sorted(waiting.values()) == sorted([" ".join(sentences), *sentences])  # one passage, three sentences
    answer = Assistant(Settings.from_env({"index_dir": index_dir}), embedder).ask("Who was the first director of the Zorblax ward?")
    assert answer.found and "Kvalheim" in answer.answer  # by keywords alone

    # Zero vectors are never reused as if embedded: a build without `vectors` embeds them.
    whole = build_index(documents, tmp_path / "copy", embedder)
    again = build_index(documents, index_dir, embedder, vectors=embed_units(index_dir, embedder, waiting))
    assert (again.embedded, again.pending, again.index_version) == (0, 0, whole.index_version)
    assert not load_version(index_dir).pending and not unembedded(index_dir, embedder.identity)
    np.testing.assert_allclose(load_version(index_dir).sentence_vectors, load_version(tmp_path / "copy").sentence_vectors,
                               atol=2e-3)


def test_old_versions_are_pruned_to_two(index_dir: Path, tmp_path: Path, embedder: Embedder) -> None:
    doc = tmp_path / "d.txt"
    versions = []
    for n in range(4):
        doc.write_text(f"Ketamine fact number {n} is stated here. Another sentence follows it.\n")
        versions.append(build_index(read_documents([doc]), index_dir, embedder).index_version)
    kept = sorted(p.name for p in (index_dir / "versions").iterdir())
    assert kept == sorted(versions[-2:])
    assert current_version(index_dir) == versions[-1]


def test_a_served_version_maps_its_sentence_vectors_and_outlives_pruning(index_dir: Path, tmp_path: Path,
                                                                         embedder: Embedder) -> None:
    # Mapped rows stay readable after the version's folder is pruned (the mapping keeps the file alive).
    served = load_version(index_dir)
    assert isinstance(served.sentence_vectors.base, np.memmap) and not served.sentence_vectors.flags.owndata
    expected = np.array(served.sentence_vectors[:5])
    doc = tmp_path / "d.txt"
    for n in range(3):
        doc.write_text(f"Ketamine fact number {n} is stated here.\n")
        build_index(read_documents([doc]), index_dir, embedder)
    assert not (index_dir / "versions" / served.version).exists()
    assert np.array_equal(served.sentence_vectors[:5], expected)


def test_an_unchanged_document_keeps_its_passages_without_splitting_again(tmp_path: Path, embedder: Embedder,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import index._build as build

    notes = tmp_path / "notes.txt"
    notes.write_text("Ketamine notes. The first fact is stated here.\n")
    build_index(read_documents([BUNDLED_DOCUMENT, notes]), tmp_path / "idx", embedder)
    split = []
    monkeypatch.setattr(build, "make_passages", lambda doc, *a: split.append(doc.name) or make_passages(doc, *a))
    notes.write_text("Ketamine notes. The second fact is stated here.\n")
    build_index(read_documents([BUNDLED_DOCUMENT, notes]), tmp_path / "idx", embedder)
    assert split == ["notes.txt"]
    # The same passages as a build that split everything.
    build_index(read_documents([BUNDLED_DOCUMENT, notes]), tmp_path / "cold", embedder)
    assert load_version(tmp_path / "idx").passages == load_version(tmp_path / "cold").passages
    assert split == ["notes.txt", BUNDLED_DOCUMENT.name, "notes.txt"]
