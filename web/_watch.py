"""`docqa serve --watch`: rebuild the index after the documents are edited, debounced."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from index import build_index, read_documents
from qa import Assistant, Settings

log = logging.getLogger(__name__)


def start_watcher(assistant: Assistant, documents: list[Path], settings: Settings, debounce: float = 1.0) -> None:
    """Rebuild after the documents change and stay unchanged for `debounce` seconds."""

    def stamp() -> tuple[tuple[int, int] | None, ...]:
        out = []
        for path in documents:
            try:
                st = path.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def loop() -> None:
        built = stamp()
        while True:
            threading.Event().wait(settings.reload_interval)
            seen = stamp()
            if seen == built:
                continue
            threading.Event().wait(debounce)
            if stamp() != seen:
                continue  # still being written
            built = seen
            try:
                report = build_index(read_documents(documents), settings.index_dir, assistant.embedder,
                                     settings.max_passage_tokens, settings.min_passage_tokens, progress=False)
                log.info("rebuilt after an edit: version %s, %d embedded, %d reused",
                         report.index_version, report.embedded, report.reused)
                assistant.refresh()
            except Exception as exc:  # a bad edit must not take the server down
                log.error("rebuild failed, still serving %s: %s", assistant.index_version, exc)

    threading.Thread(target=loop, name="docqa-watcher", daemon=True).start()
