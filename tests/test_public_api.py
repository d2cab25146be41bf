"""The public names of each package change only on purpose."""

from __future__ import annotations

import index
import qa
import web


def test_index_public_names() -> None:
    assert sorted(index.__all__) == sorted([
        "DEFAULT_MODEL", "HNSW_SEARCH_BREADTH", "BuildReport", "DeferredModel", "DocqaError", "Document",
        "DocumentError", "Embedder",
        "IndexUnavailable", "IndexVersion", "OnnxEncoder", "OnnxReader", "READER_DELTA", "export_reader",
        "onnx_reader", "Passage", "build_index", "current_version",
        "document_title",
        "load_version", "model_identity", "onnx_encoder",
        "read_document", "read_documents", "shared_embedder", "strip_markers", "units_of",
        "DocumentFolder", "UnsupportedType", "parse_document", "seed", "announces", "completes", "leans_back", "qualifies",
        "table_headers", "HEADING_PATH",
        "MAX_DOCUMENT_NAME", "BadDocumentName", "DocumentChange", "DocumentNotFound", "LastDocument", "check_name",
        "document_files", "bounded_segments", "forget_splits", "make_passages", "split_sentences",
    ])


def test_training_public_names() -> None:
    """What `make train` and the benches use; importing index.training loads torch, so only here."""
    import index.training
    import qa.training

    assert sorted(index.training.__all__) == ["CrossEncoder", "pair_batch", "pair_tokenizer", "resolve_model"]
    assert sorted(qa.training.__all__) == ["BOOTSTRAP", "FoundModel", "LEAD_ONLY", "RunnerUpModel", "SquadArticle",
                                           "SquadQuestion", "as_follow_up", "asked", "examples", "fit",
                                           "fit_runners_up", "read_squad", "renamed", "subject_name", "train_reader"]
    for module in (index.training, qa.training):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_qa_public_names() -> None:
    assert sorted(qa.__all__) == ["Answer", "Assistant", "Citation", "MAX_ANSWER_CHARS", "MemoryStore", "RedisStore",
                                  "Settings", "Span", "StoreUnavailable", "Tuning"]


def test_web_public_names() -> None:
    assert web.__all__ == ["create_app"]


def test_every_public_name_exists() -> None:
    for module in (index, qa, web):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
