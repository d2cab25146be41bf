"""The index stage: documents in, verified versions of passages and their vectors out."""

from index._build import BuildReport, DeferredModel, build_index
from index._documents import Document, parse_document, read_document, read_documents
from index._folder import DocumentFolder, seed
from index._embedding import DEFAULT_MODEL, Embedder, model_identity, shared_embedder
from index._onnx import OnnxEncoder, onnx_encoder
from index._splitting import Passage, strip_markers
from index._store import IndexVersion, current_version, load_version
from index.errors import DocqaError, DocumentError, IndexUnavailable, UnsupportedType

__all__ = [
    "DEFAULT_MODEL",
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
    "OnnxEncoder",
    "build_index",
    "current_version",
    "load_version",
    "model_identity",
    "onnx_encoder",
    "read_document",
    "read_documents",
    "shared_embedder",
    "strip_markers",
]
