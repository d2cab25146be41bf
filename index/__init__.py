"""The index stage: documents in, verified versions of passages and their vectors out."""

from index._build import BuildReport, DeferredModel, build_index, units_of
from index._documents import Document, document_files, document_title, parse_document, read_document, read_documents
from index._folder import MAX_DOCUMENT_NAME, DocumentChange, DocumentFolder, check_name, seed
from index._embedding import DEFAULT_MODEL, Embedder, model_identity, shared_embedder
from index._onnx import OnnxEncoder, onnx_encoder
from index._reader import DELTA_DIR as READER_DELTA
from index._reader import OnnxReader, export_reader, onnx_reader
from index._splitting import (HEADING_PATH, Passage, announces, bounded_segments, completes, forget_splits, leans_back,
                              make_passages, qualifies, split_sentences, strip_markers, table_headers)
from index._store import HNSW_SEARCH_BREADTH, IndexVersion, current_version, load_version
from index.errors import (BadDocumentName, DocqaError, DocumentError, DocumentNotFound, IndexUnavailable, LastDocument,
                          UnsupportedType)

__all__ = [
    "DEFAULT_MODEL",
    "MAX_DOCUMENT_NAME",
    "BadDocumentName",
    "DocumentChange",
    "DocumentNotFound",
    "LastDocument",
    "check_name",
    "document_files",
    "bounded_segments",
    "forget_splits",
    "make_passages",
    "split_sentences",
    "HEADING_PATH",
    "table_headers",
    "HNSW_SEARCH_BREADTH",
    "BuildReport",
    "DocumentFolder",
    "UnsupportedType",
    "parse_document",
    "seed",
    "DeferredModel",
    "DocqaError",
    "Document",
    "DocumentError",
    "Embedder",
    "IndexUnavailable",
    "IndexVersion",
    "Passage",
    "announces",
    "completes",
    "leans_back",
    "qualifies",
    "OnnxEncoder",
    "OnnxReader",
    "READER_DELTA",
    "build_index",
    "current_version",
    "export_reader",
    "document_title",
    "load_version",
    "model_identity",
    "onnx_encoder",
    "onnx_reader",
    "read_document",
    "read_documents",
    "shared_embedder",
    "strip_markers",
    "units_of",
]
