"""On-disk index versions: written whole into a new folder, published by an atomic pointer swap.

Layout of an index folder::

    CURRENT                  name of the version being served (replaced with os.replace)
    versions/<version>/      manifest.json, passages.faiss, sentences.npy, doc-<n>.txt
    .lock                    held by a build while it writes

A build keeps the version it replaces, so a reader that has just read CURRENT finds its folder;
should two builds in quick succession prune it anyway, `load_version` follows CURRENT again.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import faiss
import jsonschema
import numpy as np

from index._documents import Document
from index._splitting import Passage, passage_digest
from index.errors import IndexUnavailable

log = logging.getLogger(__name__)

FORMAT = 1
# Attempts of `load_version` at the current version while builds keep replacing it.
LOAD_ATTEMPTS = 5
# Past this many passages an approximate (HNSW) index replaces exact search; its search breadth keeps
# recall@10 against exact search above 0.98 (bench/large.py measures it).
HNSW_THRESHOLD = 5_000
HNSW_SEARCH_BREADTH = 128
# A version's name as builds write it: no separators or dots that could lead out of `versions/`.
VERSION_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}")

_OFFSET = {"type": "integer", "minimum": 0}
_SHA256 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
# What a manifest must look like before any of it is used; checks across fields follow in `_load`.
MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["format", "version", "model", "split", "documents", "passages", "files"],
    "properties": {
        "format": {"const": FORMAT},
        "version": {"type": "string"},
        "model": {"type": "string", "minLength": 1},
        "split": {"type": "object"},
        "documents": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["name", "sha256"],
            "properties": {"name": {"type": "string", "minLength": 1}, "sha256": _SHA256}}},
        "passages": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["id", "document", "start", "end", "heading", "sentences"],
            "properties": {
                "id": {"type": "string", "pattern": "^p[0-9a-f]{12}"}, "document": {"type": "string"},
                "start": _OFFSET, "end": _OFFSET, "heading": {"type": "string"},
                "sentences": {"type": "array", "minItems": 1, "items": {
                    "type": "array", "items": _OFFSET, "minItems": 2, "maxItems": 2}}}}},
        "files": {"type": "object", "required": ["passages.faiss", "sentences.npy", "doc-0.txt"],
                  "additionalProperties": _SHA256},
        "pending": {"type": "integer", "minimum": 0},
    },
}
_MANIFEST_VALIDATOR = jsonschema.Draft202012Validator(MANIFEST_SCHEMA)


@dataclass
class IndexVersion:
    """One complete, verified version of the index, as loaded in memory."""

    version: str
    model: str
    split: dict[str, object]
    documents: list[Document]
    passages: list[Passage]
    passage_vectors: faiss.Index
    sentence_vectors: np.ndarray
    # Row of each passage's first sentence in sentence_vectors (one more entry than passages).
    sentence_rows: list[int] = field(default_factory=list)
    # Units (passages and sentences) whose vectors are zeros until a later build embeds them.
    pending: int = 0

    def document(self, name: str) -> Document:
        """The document of that name; KeyError when the version has none."""
        return self._by_name[name]

    @cached_property
    def _by_name(self) -> dict[str, Document]:
        # Looked up for every sentence an answer quotes: a pass over a large folder's documents each time added up.
        return {doc.name: doc for doc in self.documents}

    def passage_text(self, passage: Passage) -> str:
        return self.document(passage.document).text[passage.start : passage.end]


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _make_faiss(vectors: np.ndarray) -> faiss.Index:
    if len(vectors) > HNSW_THRESHOLD:
        index = faiss.IndexHNSWFlat(vectors.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
        index.hnsw.efSearch = HNSW_SEARCH_BREADTH
    else:
        index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Serialise writers of one index folder (two builds at once would race on CURRENT)."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable: without it a crash can bring back the old entry."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_version(index_dir: Path) -> str | None:
    """The version CURRENT names, or None before the first build."""
    try:
        # Damaged bytes are kept (replaced) for `load_version` to refuse: they name no version.
        return (index_dir / "CURRENT").read_text(encoding="utf-8", errors="replace").strip() or None
    except FileNotFoundError:
        return None


def write_version(
    index_dir: Path,
    version: str,
    model: str,
    split: dict[str, object],
    documents: list[Document],
    passages: list[Passage],
    passage_vectors: np.ndarray,
    sentence_vectors: np.ndarray,
    pending: int = 0,
) -> None:
    """Write a complete version beside the others, then make it current in one rename.

    `pending` counts the units whose vectors are zeros, waiting to be embedded.
    """
    versions = index_dir / "versions"
    versions.mkdir(parents=True, exist_ok=True)
    final = versions / version
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=versions))
    try:
        files: dict[str, str] = {}
        for n, doc in enumerate(documents):
            (tmp / f"doc-{n}.txt").write_text(doc.text, encoding="utf-8", newline="")
        faiss.write_index(_make_faiss(passage_vectors), str(tmp / "passages.faiss"))
        np.save(tmp / "sentences.npy", sentence_vectors)
        for path in sorted(tmp.iterdir()):
            files[path.name] = _sha256_file(path)
        manifest = {
            "format": FORMAT,
            "version": version,
            "model": model,
            "split": split,
            "documents": [{"name": d.name, "sha256": d.sha256, **_document_extras(d)} for d in documents],
            "passages": [
                {"id": p.id, "document": p.document, "start": p.start, "end": p.end,
                 "heading": p.heading, "sentences": [list(s) for s in p.sentences]}
                for p in passages
            ],
            "files": files,
            **({"pending": pending} if pending else {}),
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        for path in tmp.iterdir():
            with path.open("rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(tmp)  # the files' names, not only their contents
        os.chmod(tmp, 0o755)
        if final.exists():  # an older copy of the same content, possibly damaged: set it aside
            final.rename(versions / f".tmp-old-{tmp.name}")
        tmp.rename(final)
        _fsync_dir(versions)  # the version's folder is on disk before CURRENT may name it
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    previous = current_version(index_dir)
    pointer = index_dir / "CURRENT.tmp"
    pointer.write_text(version + "\n")
    with pointer.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    _prune(versions, keep={version, previous} - {None})


def _document_extras(doc: Document) -> dict[str, object]:
    """A document's optional manifest fields: page starts, source size, when it was indexed."""
    extras = {"pages": list(doc.pages) if doc.pages is not None else None, "size": doc.size, "indexed": doc.indexed}
    return {k: v for k, v in extras.items() if v is not None}


def _prune(versions: Path, keep: set[str]) -> None:
    """Remove versions other than the current and the previous one, and stale temporaries."""
    for path in versions.iterdir():
        if path.name not in keep and (path.is_dir() or path.name.startswith(".tmp-")):
            shutil.rmtree(path, ignore_errors=True)


def load_version(index_dir: Path, version: str | None = None) -> IndexVersion:
    """Load and verify a version (the current one by default); IndexUnavailable if it is not whole.

    Following CURRENT, a version pruned (or replaced) by builds while it was being read is not an
    error: the load starts again at the version CURRENT names now.
    """
    if version is not None:
        return _load(index_dir, version)
    for _ in range(LOAD_ATTEMPTS):
        version = current_version(index_dir)
        if version is None:
            raise IndexUnavailable(f"no index in {index_dir}")
        try:
            return _load(index_dir, version)
        except IndexUnavailable:
            if current_version(index_dir) == version:
                raise  # still current, so really damaged
            log.info("index version %s was replaced while loading it; loading the current one", version)
    raise IndexUnavailable(f"no index version of {index_dir} stayed in place long enough to load")


def _manifest(folder: Path, version: str) -> dict:
    """The version's manifest, checked against MANIFEST_SCHEMA; ValueError when it does not fit."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    error = jsonschema.exceptions.best_match(_MANIFEST_VALIDATOR.iter_errors(manifest))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise ValueError(f"manifest.json does not fit its schema at {where}: {error.message[:200]}")
    if manifest["version"] != version:
        raise ValueError("manifest version does not match its folder")
    missing = {f"doc-{n}.txt" for n in range(len(manifest["documents"]))} - set(manifest["files"])
    if missing:
        raise ValueError(f"manifest.json lists no checksum for {', '.join(sorted(missing))}")
    return manifest


def _passage(p: dict, texts: dict[str, str]) -> Passage:
    """A manifest entry as a Passage whose offsets and id agree with its document's text."""
    if p["document"] not in texts:
        raise ValueError(f"passage {p['id']} names a document the version does not hold")
    text = texts[p["document"]]
    if not p["start"] <= p["end"] <= len(text) or not all(p["start"] <= s <= e <= p["end"] for s, e in p["sentences"]):
        raise ValueError(f"passage {p['id']} has offsets outside its document")
    if not p["id"].startswith("p" + passage_digest(p["document"], text[p["start"] : p["end"]])):
        raise ValueError(f"passage {p['id']} does not match the document text at its offsets")
    return Passage(p["id"], p["document"], p["start"], p["end"], tuple((s, e) for s, e in p["sentences"]),
                   p["heading"])


def _load(index_dir: Path, version: str) -> IndexVersion:
    """Load and verify the named version: schema, checksums, offsets, then the vectors' shapes."""
    if not VERSION_NAME.fullmatch(version):
        raise IndexUnavailable(f"CURRENT names no valid version ({version[:40]!r})")
    folder = index_dir / "versions" / version
    try:
        manifest = _manifest(folder, version)
        for name, digest in manifest["files"].items():
            if "/" in name or name.startswith(".") or _sha256_file(folder / name) != digest:
                raise ValueError(f"{name[:80]} does not match its checksum")
        documents = [
            Document(d["name"], (folder / f"doc-{n}.txt").read_text(encoding="utf-8"),
                     tuple(d["pages"]) if d.get("pages") is not None else None, d.get("size"), d.get("indexed"))
            for n, d in enumerate(manifest["documents"])
        ]
        texts = {d.name: d.text for d in documents}
        passages = [_passage(p, texts) for p in manifest["passages"]]
        passage_vectors = faiss.read_index(str(folder / "passages.faiss"))
        # Mapped, not read: only the rows of passages a question reaches are paged in, the kernel may drop
        # them under pressure, and replicas serving one version share them. A plain array over the mapping:
        # slicing a `np.memmap` runs Python on every slice (4% of a busy server's GIL time).
        sentence_vectors = np.asarray(np.load(folder / "sentences.npy", mmap_mode="r", allow_pickle=False))
    except FileNotFoundError as exc:
        raise IndexUnavailable(f"index version {version} is incomplete ({Path(exc.filename).name} missing)") from None
    except (ValueError, KeyError, TypeError, IndexError, RuntimeError, OSError, RecursionError) as exc:
        reason = " ".join(str(exc).split())[:300]  # one line, whatever a library put in its message
        raise IndexUnavailable(f"index version {version} is corrupted ({reason})") from None
    rows = [0]
    for p in passages:
        rows.append(rows[-1] + len(p.sentences))
    if passage_vectors.ntotal != len(passages) or sentence_vectors.shape[:1] != (rows[-1],):
        raise IndexUnavailable(f"index version {version} is corrupted (vector count differs from manifest)")
    if sentence_vectors.dtype != np.float32 or sentence_vectors.shape[1:] != (passage_vectors.d,):
        raise IndexUnavailable(f"index version {version} is corrupted (sentence vectors of the wrong type or size)")
    return IndexVersion(
        version, manifest["model"], manifest["split"], documents, passages,
        passage_vectors, sentence_vectors, rows, manifest.get("pending", 0),
    )
