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
        "DocumentFolder", "UnsupportedType", "parse_document", "seed", "completes", "leans_back",
    ])


def test_qa_public_names() -> None:
    assert sorted(qa.__all__) == ["Answer", "Assistant", "Citation", "Settings", "Span", "StoreUnavailable"]


def test_web_public_names() -> None:
    assert web.__all__ == ["create_app"]


def test_every_public_name_exists() -> None:
    for module in (index, qa, web):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
