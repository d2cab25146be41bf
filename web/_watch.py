"""`docqa serve --watch`: rebuild the index after the documents are edited, debounced."""

from __future__ import annotations

import ctypes
import gc
import logging
import threading
import time
from pathlib import Path

from index import (BuildReport, DeferredModel, DocqaError, DocumentError, DocumentFolder, Embedder, IndexUnavailable,
                   build_index, current_version, document_files, load_version, read_documents, seed)
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT

log = logging.getLogger(__name__)

Stamp = tuple[tuple[int, int, int] | None, ...]


def stamp(documents: list[Path]) -> Stamp:
    """What tells an edit: each file's inode (editors that save by renaming), modification time and size;
    a folder stands for its documents, so files added or removed count too."""
    out: list[tuple[int, int, int] | None] = []
    try:
        files = [path for path, _ in document_files(documents)]
    except DocumentError:  # a folder left empty
        files = []
    for path in files:
        try:
            st = path.stat()
            out.append((st.st_ino, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def rebuild(assistant: Assistant, documents: list[Path], settings: Settings) -> None:
    """Build from the documents with the server's model and switch to the result; log one line either way."""
    try:
        report = _build_given(settings, documents, DeferredModel(
            settings.model, assistant.embedder if isinstance(assistant.embedder, Embedder) else None, shared=False))
    except Exception as exc:  # a bad edit must not take the server down
        reason = exc if isinstance(exc, DocqaError) else repr(exc)
        log.error("rebuild failed, still serving index version %s: %s", assistant.index_version, reason)
        return
    log.info("index built in %.2f s: version %s, %d embedded, %d reused",
             report.seconds, report.index_version, report.embedded, report.reused)
    assistant.refresh()
    release_memory()


def release_memory() -> None:
    """Hand the heap a build freed back to the system: glibc keeps it otherwise, and a server's size stays
    at its largest build's."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def index_before_serving(settings: Settings, documents: list[Path] | None = None) -> None:
    """Bring the index in line with what is served, before serving: the `documents` given, or else the documents
    folder (created holding the bundled document).

    Documents that cannot be indexed are an error only when there is no index to serve meanwhile. A damaged
    index is left alone: the server refuses it in one line, and `build_index.py` repairs it.
    """
    if current_version(settings.index_dir) is not None:
        try:
            load_version(settings.index_dir)
        except IndexUnavailable:
            return
    served = ", ".join(str(d) for d in documents) if documents else str(settings.documents_dir)
    try:
        report = (_build_given(settings, documents, DeferredModel(settings.model)) if documents
                  else _build_folder(settings))
    except DocqaError as exc:
        if current_version(settings.index_dir) is None:
            raise
        log.error("documents of %s not indexed, serving index version %s: %s", served,
                  current_version(settings.index_dir), exc)
        return
    log.info("documents of %s indexed: version %s, %d embedded, %d reused",
             served, report.index_version, report.embedded, report.reused)


def _build_folder(settings: Settings) -> BuildReport:
    """Index the documents folder, seeded with the bundled document when it is new."""
    seed(settings.documents_dir, BUNDLED_DOCUMENT)
    folder = DocumentFolder(settings.documents_dir, settings.index_dir, settings.max_passage_tokens,
                            settings.min_passage_tokens, settings.max_document_bytes, reader=settings.reader)
    return folder.build(folder.documents(), DeferredModel(settings.model))


def _build_given(settings: Settings, documents: list[Path], model: DeferredModel) -> BuildReport:
    """Index exactly these documents (files or folders): any other document indexed before is dropped."""
    return build_index(read_documents(documents, settings.max_document_bytes), settings.index_dir, model,
                       settings.max_passage_tokens, settings.min_passage_tokens, progress=False, reader=settings.reader)


def start_watcher(assistant: Assistant, documents: list[Path], settings: Settings, debounce: float = 1.0) -> None:
    """Sync the index with the documents now, then rebuild after each edit once they are unchanged for `debounce` s."""
    poll = settings.reload_interval if settings.reload_interval > 0 else debounce

    def loop() -> None:
        built = stamp(documents)
        rebuild(assistant, documents, settings)  # edits made while no server watched; a no-op otherwise
        while True:
            time.sleep(poll)
            seen = stamp(documents)
            if seen == built:
                continue
            time.sleep(debounce)
            if stamp(documents) != seen:
                continue  # still being written: an editor's save can take several writes
            built = seen
            rebuild(assistant, documents, settings)

    threading.Thread(target=loop, name="docqa-watcher", daemon=True).start()
