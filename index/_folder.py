"""The documents folder: the files an index is built from, changed one file at a time.

Every change goes through `build_index` before the folder changes: a file that cannot be read or
indexed leaves both the folder and the served version as they were. A change with much new text is
served by keywords first; `complete` embeds it afterwards, outside the lock, so other changes go on.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np

from index._build import BuildReport, Model, build_index, embed_units, unembedded
from index._documents import Document, document_files, parse_document, read_documents
from index.errors import BadDocumentName, DocumentError, DocumentNotFound, LastDocument

MAX_DOCUMENT_NAME = 200
_BAD_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def check_name(name: str) -> str:
    """A plain file name of at most MAX_DOCUMENT_NAME characters: no separators, control characters or leading dot."""
    if not name or len(name) > MAX_DOCUMENT_NAME or name.startswith(".") or _BAD_NAME.search(name):
        raise BadDocumentName(f"a document name is a plain file name of 1 to {MAX_DOCUMENT_NAME} characters, "
                              "without separators, control characters or a leading dot")
    return name


def seed(folder: Path, bundled: Path) -> None:
    """Create the folder holding the bundled document, unless it exists already."""
    if folder.exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{bundled.name}.{os.getpid()}.tmp"
    shutil.copyfile(bundled, tmp)
    os.replace(tmp, folder / bundled.name)


def _write_atomically(path: Path, raw: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with tmp.open("wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class DocumentChange:
    """What a change did: the document added, replaced or removed, and the build that served it."""

    document: Document
    report: BuildReport
    created: bool = False


class DocumentFolder:
    """Adds, replaces and removes documents of one folder, rebuilding the index after each change, one at a time."""

    def __init__(self, folder: Path, index_dir: Path, max_tokens: int, min_tokens: int,
                 max_bytes: int | None = None, defer_over: int = 0, reader: bool = False) -> None:
        self.folder, self.index_dir = folder, index_dir
        self.max_tokens, self.min_tokens, self.max_bytes = max_tokens, min_tokens, max_bytes
        self.defer_over, self.reader = defer_over, reader
        self._lock = threading.Lock()

    def documents(self) -> list[Document]:
        """The folder's documents as `build_index.py` reads them; none when the folder is empty or missing."""
        if not self.folder.is_dir():
            return []
        try:
            document_files([self.folder])
        except DocumentError:  # no documents in it
            return []
        return read_documents([self.folder], self.max_bytes)

    def build(self, documents: list[Document], model: Model,
              vectors: Mapping[str, np.ndarray] | None = None) -> BuildReport:
        documents = sorted(documents, key=lambda d: PurePosixPath(d.name))  # the order a folder is read in
        return build_index(documents, self.index_dir, model, self.max_tokens, self.min_tokens, progress=False,
                           reader=self.reader, defer_over=self.defer_over, vectors=vectors)

    def complete(self, model: Model) -> BuildReport | None:
        """Embed what the current version serves by keywords only, then build the folder again with those vectors.

        Repeats while changes made meanwhile leave more waiting; None when nothing was.
        """
        report = None
        while texts := unembedded(self.index_dir, model.identity):
            vectors = embed_units(self.index_dir, model, texts)
            with self._lock:
                report = self.build(self.documents(), model, vectors)
        return report

    def put(self, name: str, raw: bytes, model: Model) -> DocumentChange:
        """Add or replace a document from its bytes; the file is stored once the index with it is built."""
        document = parse_document(raw, check_name(name))
        with self._lock:
            others = [d for d in self.documents() if d.name != name]
            report = self.build([*others, document], model)
            path = self.folder / name
            created = not path.exists()
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, raw)
        return DocumentChange(document, report, created)

    def delete(self, name: str, model: Model) -> DocumentChange:
        """Remove a document; the file goes once the index without it is built."""
        check_name(name)
        with self._lock:
            documents = self.documents()
            removed = [d for d in documents if d.name == name]
            if not removed:
                raise DocumentNotFound(f"no document named {name!r}")
            if len(documents) == 1:
                raise LastDocument(f"{name!r} is the only document; add another before deleting it")
            report = self.build([d for d in documents if d.name != name], model)
            (self.folder / name).unlink()
        return DocumentChange(removed[0], report)
