"""Building an index version from documents, embedding only the text that changed."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from index._documents import Document
from index._embedding import Embedder
from index._splitting import Passage, make_passages, strip_markers
from index._store import build_lock, current_version, load_version, write_version
from index.errors import IndexUnavailable

log = logging.getLogger(__name__)

# Bump when splitting changes in a way that moves offsets; it forces a full rebuild.
SPLITTER = "sentences-pysbd/1"
PROGRESS_THRESHOLD = 500


@dataclass(frozen=True)
class BuildReport:
    """What one build did; `python build_index.py --json` prints exactly these fields."""

    documents: int
    units: int
    embedded: int
    reused: int
    seconds: float
    index_version: str

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def passage_embed_text(passage: Passage, text: str) -> str:
    """What the model reads for a passage: its heading as context, then the text without markers."""
    body = strip_markers(text[passage.start : passage.end])
    return f"{passage.heading}: {body}" if passage.heading else body


def units_of(documents: list[Document], passages: list[Passage]) -> tuple[list[str], list[str]]:
    """The texts to embed: one per passage, then one per sentence, in passage order."""
    texts = {d.name: d.text for d in documents}
    passage_texts = [passage_embed_text(p, texts[p.document]) for p in passages]
    sentence_texts = [strip_markers(texts[p.document][s:e]) for p in passages for s, e in p.sentences]
    return passage_texts, sentence_texts


def _version_of(model: str, split: dict[str, object], documents: list[Document]) -> str:
    key = json.dumps([model, split, [(d.name, d.sha256) for d in documents]])
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def _unit_key(model: str, kind: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{kind}\0{text}".encode()).hexdigest()


def _cached_vectors(index_dir: Path, model: str, split: dict[str, object]) -> dict[str, np.ndarray] | None:
    """Vectors of the current version by unit key; None when there is no usable current version."""
    if current_version(index_dir) is None:
        return None
    try:
        old = load_version(index_dir)
    except IndexUnavailable as exc:
        log.warning("previous index unusable, embedding everything: %s", exc)
        return None
    if old.model != model or old.split != split:
        log.warning("model or splitting settings changed: full rebuild")
        return {}
    passage_texts, sentence_texts = units_of(old.documents, old.passages)
    cache = {
        _unit_key(model, "p", t): old.passage_vector(i) for i, t in enumerate(passage_texts)
    }
    cache.update({_unit_key(model, "s", t): old.sentence_vectors[i] for i, t in enumerate(sentence_texts)})
    return cache


def _embed(embedder: Embedder, kind: str, texts: list[str], cache: dict[str, np.ndarray],
           progress: bool) -> tuple[np.ndarray, int]:
    keys = [_unit_key(embedder.identity, kind, t) for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts) if k not in cache}.items())
    if missing:
        fresh = embedder.encode([t for _, t in missing], progress=progress)
        cache.update(zip((k for k, _ in missing), fresh))
    vectors = np.stack([cache[k] for k in keys]) if keys else np.zeros((0, embedder.dimension), np.float32)
    return vectors.astype(np.float32), len(missing)


def build_index(
    documents: list[Document],
    index_dir: Path,
    embedder: Embedder,
    max_tokens: int = 200,
    min_tokens: int = 48,
    progress: bool | None = None,
) -> BuildReport:
    """Index the documents into a new version of `index_dir`, reusing unchanged embeddings."""
    started = time.perf_counter()
    split: dict[str, object] = {"splitter": SPLITTER, "max_tokens": max_tokens, "min_tokens": min_tokens}
    passages = [
        p for doc in documents for p in make_passages(doc, embedder.count_tokens, max_tokens, min_tokens)
    ]
    if not passages:
        raise IndexUnavailable("the documents contain no text to index")
    passage_texts, sentence_texts = units_of(documents, passages)
    units = len(passage_texts) + len(sentence_texts)
    version = _version_of(embedder.identity, split, documents)
    with build_lock(index_dir):
        cached = _cached_vectors(index_dir, embedder.identity, split)
        cache = cached or {}
        show = progress if progress is not None else units > PROGRESS_THRESHOLD
        passage_vectors, new_p = _embed(embedder, "p", passage_texts, cache, show)
        sentence_vectors, new_s = _embed(embedder, "s", sentence_texts, cache, show)
        if cached is None or current_version(index_dir) != version:
            write_version(index_dir, version, embedder.identity, split, documents, passages,
                          passage_vectors, sentence_vectors)
    embedded = new_p + new_s
    return BuildReport(
        documents=len(documents),
        units=units,
        embedded=embedded,
        reused=units - embedded,
        seconds=round(time.perf_counter() - started, 3),
        index_version=version,
    )
