"""The reader: a cross-encoder that rereads the hand scorer's close candidates, served by ONNX Runtime."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index import Embedder, build_index, read_documents
from index._reader import DELTA_DIR, OnnxReader, delta_digest, export_reader, pair_tokenizer, reader_dir
from qa import Assistant, Settings
from qa._reader import Combination, Reader, combine, contested, load_reader
from qa._reader_training import check_metrics
from qa._retrieval import Query
from qa.config import BUNDLED_DOCUMENT
from web._watch import index_before_serving


@pytest.fixture(scope="module")
def reader(bundled_index: Path, embedder: Embedder) -> Reader:
    export_reader(bundled_index, embedder.identity)  # what a build with DOCQA_READER=true does
    loaded = load_reader(bundled_index, embedder.identity)
    assert loaded is not None, "the build exports the shipped reader"
    return loaded


HAND_MADE = {
    "When did the bridge open to traffic?": "The bridge opened to traffic in May 1937 after four years of work.",
    "Who designed the new library?": "The new library was designed by the architect Maria Lopez.",
    "How many people live in the town?": "About 12,000 people live in the town, most of them farmers.",
}
DISTRACTORS = (
    "The bridge is painted a colour its architect chose to suit the hills. Traffic on the bridge is heavy "
    "during the morning rush hour. The library holds over two million books and maps. Designing a library "
    "requires space for future collections. The town lies on the river, between two low hills. People in "
    "the town live in stone houses built a century ago."
)


def test_the_answering_sentence_outranks_distractors(tmp_path: Path, embedder: Embedder, reader: Reader) -> None:
    """Hand score and reader together (as served, and with the reader reading every candidate)."""
    document = tmp_path / "town.txt"
    document.write_text(" ".join(HAND_MADE.values()) + " " + DISTRACTORS + "\n")
    build_index(read_documents([document]), tmp_path / "index", embedder, reader=True)
    assistant = Assistant(Settings.from_env({"index_dir": tmp_path / "index", "reader": True}), embedder)
    always = Reader(reader.model, replace(reader.combination, candidates=20, margin=1e9))
    for question, answer in HAND_MADE.items():
        hits = assistant.loaded.searcher.search(Query.alone(question, assistant.embed([question])[0]), 3)
        for scorer in (reader, always):
            ranked = scorer.rerank(question, hits, assistant.loaded.version)
            best = max((s for h in ranked for s in h.sentences), key=lambda s: s.score)
            assert assistant.loaded.version.document("town.txt").text[best.start : best.end] == answer, question


def test_the_shipped_reader_reproduces_the_metrics_of_its_training(reader: Reader) -> None:
    metrics = json.loads((DELTA_DIR / "metrics.json").read_text())["check"]
    check = json.loads((DELTA_DIR / "check.json").read_text())
    recomputed = check_metrics(reader.model, check)
    assert recomputed["questions"] == metrics["questions"] >= 20
    assert abs(recomputed["reader_top1"] - metrics["reader_top1"]) <= 0.002
    assert abs(recomputed["mean_score"] - metrics["mean_score"]) <= 0.002


def test_the_written_reader_scores_as_the_torch_reader(tmp_path: Path, embedder: Embedder) -> None:
    """The float export, written from the base model's files and the delta without torch (`index/_bert.py`)."""
    from index._reader_model import trained_reader

    delta = tmp_path / "delta"
    shutil.copytree(DELTA_DIR, delta)
    config = json.loads((delta / "config.json").read_text())
    (delta / "config.json").write_text(json.dumps({**config, "int8": False}))
    assert export_reader(tmp_path / "index", embedder.identity, delta)
    folder = reader_dir(tmp_path / "index", embedder.identity, delta_digest(delta))
    written, tokenizer = OnnxReader(folder), pair_tokenizer(folder / "tokenizer.json", config["max_tokens"])
    torch_reader, _ = trained_reader(delta)
    for question, sentence in HAND_MADE.items():
        sentences = [sentence, *DISTRACTORS.split(". ")]
        np.testing.assert_allclose(written.score(question, sentences), torch_reader.scores(tokenizer, question, sentences),
                                   atol=1e-3)


def test_a_delta_that_does_not_fit_exports_no_reader(tmp_path: Path, embedder: Embedder,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    delta = tmp_path / "delta"
    shutil.copytree(DELTA_DIR, delta)
    with np.load(DELTA_DIR / "delta.npz") as data:
        np.savez(delta / "delta.npz", **{n: data[n] for n in data.files if n != "head.bias"})
    with caplog.at_level(logging.WARNING):
        assert not export_reader(tmp_path / "index", embedder.identity, delta)
    assert "the delta does not fit the reader" in caplog.text


def test_the_int8_export_gives_every_cpu_the_same_sums(reader: Reader, bundled_index: Path, embedder: Embedder) -> None:
    """7-bit weights: two uint8 x int8 products fit in int16, which CPUs without VNNI would saturate."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(reader_dir(bundled_index, embedder.identity, delta_digest()) / "model.onnx"))
    weights = [numpy_helper.to_array(t) for t in model.graph.initializer if t.data_type == onnx.TensorProto.INT8]
    assert weights, "the export is quantised"
    assert max(int(np.abs(w.astype(np.int32)).max()) for w in weights) * 255 * 2 <= np.iinfo(np.int16).max


def test_the_delta_is_small() -> None:
    assert sum(f.stat().st_size for f in DELTA_DIR.iterdir()) <= 2 * 1024 * 1024


def test_combine_keeps_the_favourite_and_lowers_the_rest() -> None:
    hand = np.array([1.0, 0.9, 0.8])
    combined = combine(hand, np.array([-2.0, 3.0, 1.0]), 0.1)
    assert combined[1] == pytest.approx(0.9)  # the reader's favourite keeps its hand score
    assert combined == pytest.approx([0.5, 0.9, 0.6])
    assert int(np.argmax(combined)) == 1


def test_the_reader_reads_only_close_candidates() -> None:
    rules = Combination(weight=0.1, candidates=3, margin=0.2)
    assert contested([1.0, 0.5, 0.4], rules) == 0
    assert contested([1.0, 0.9, 0.4, 0.3], rules) == 3
    assert contested([1.0, 0.9], rules) == 2
    assert contested([1.0], rules) == 0


def test_rerank_moves_the_passage_of_the_reader_favourite_first(assistant: Assistant, reader: Reader) -> None:
    loaded = assistant.loaded
    question = "When was esketamine approved for depression?"
    hits = loaded.searcher.search(Query.alone(question, assistant.embed([question])[0]), 3)
    always = Reader(reader.model, Combination(weight=100.0, candidates=len(hits[0].sentences) + 5, margin=1e9))
    reranked = always.rerank(question, hits, loaded.version)
    best = max((s for h in reranked for s in h.sentences), key=lambda s: s.score)
    assert best in reranked[0].sentences and reranked[0].score == best.score
    assert [h.score for h in reranked] == sorted((h.score for h in reranked), reverse=True)
    assert sorted(s.row for h in reranked for s in h.sentences) == sorted(s.row for h in hits for s in h.sentences)


@pytest.mark.parametrize("damage", ["missing", "truncated"])
def test_a_missing_or_damaged_reader_falls_back_to_todays_scorer(
        reader: Reader, index_dir: Path, embedder: Embedder, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    folder = reader_dir(index_dir, embedder.identity, delta_digest())
    if damage == "missing":
        shutil.rmtree(folder)
    else:
        (folder / "model.onnx").write_bytes((folder / "model.onnx").read_bytes()[:1000])
    with caplog.at_level(logging.WARNING):
        assistant = Assistant(Settings.from_env({"index_dir": index_dir, "reader": True}), embedder)
    assert assistant.reader is None
    lines = [r for r in caplog.records if "reader" in r.getMessage()]
    assert len(lines) == 1 and "\n" not in lines[0].getMessage() and not lines[0].exc_info
    today = Assistant(Settings.from_env({"index_dir": index_dir, "reader": False}), embedder)
    question = "What brand name does esketamine have?"
    assert assistant.ask(question).to_dict() == today.ask(question).to_dict()


def test_a_rebuild_exports_the_reader_again_when_it_is_missing(reader: Reader, index_dir: Path,
                                                              embedder: Embedder) -> None:
    folder = reader_dir(index_dir, embedder.identity, delta_digest())
    shutil.rmtree(folder.parent)
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder)
    assert not folder.exists()  # off by default: builds do not spend the export's seconds
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder, reader=True)
    assert (folder / "model.onnx").is_file() and load_reader(index_dir, embedder.identity) is not None


def test_serving_the_documents_folder_exports_the_reader(reader: Reader, index_dir: Path, tmp_path: Path,
                                                         embedder: Embedder) -> None:
    """`docqa serve` without documents named indexes the documents folder, as `make run` does: with the reader on,
    that build exports it too (it used to leave the server without one, and say so in a warning)."""
    folder = reader_dir(index_dir, embedder.identity, delta_digest())
    shutil.rmtree(folder.parent)
    index_before_serving(Settings.from_env({"index_dir": index_dir, "documents_dir": tmp_path / "documents",
                                            "reader": True}))
    assert load_reader(index_dir, embedder.identity) is not None
