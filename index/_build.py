"""Building an index version from documents, embedding only the text that changed."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

import numpy as np
from tokenizers import Tokenizer

from index._documents import Document
from index._embedding import Embedder, resolve_model, shared_embedder
from index._onnx import export_onnx, exported, onnx_encoder
from index._reader import export_reader
from index._splitting import Passage, make_passages, strip_markers
from index._store import IndexVersion, build_lock, current_version, load_version, write_version
from index.errors import DocumentError, IndexUnavailable

log = logging.getLogger(__name__)

# Bump when splitting changes in a way that moves offsets; it forces a full rebuild.
SPLITTER = "sentences-pysbd/5"
PROGRESS_THRESHOLD = 500
# Appended to the id of a version whose new texts are not embedded yet (`build_index`'s `defer_over`).
PARTIAL = "-partial"


@dataclass(frozen=True)
class BuildReport:
    """What one build did; `python build_index.py --json` prints these fields but `pending`."""

    documents: int
    units: int
    embedded: int
    reused: int
    seconds: float
    index_version: str
    # Units served without vectors for now (found by keywords only), embedded by `DocumentFolder.complete`.
    pending: int = 0

    def to_json(self) -> str:
        fields = asdict(self)
        del fields["pending"]  # the command line never defers
        return json.dumps(fields)


class Encoder(Protocol):
    """What embeds texts: the model, or its ONNX export."""

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray: ...


class Model(Encoder, Protocol):
    """What a build needs of the embedding model."""

    identity: str
    source: str  # where its files are, or the name the hub knows it by

    def count_tokens(self, texts: list[str]) -> list[int]: ...


class DeferredModel:
    """The model as a build needs it: its identity and tokenizer at once, its weights only to embed something.

    Loading torch and sentence-transformers costs seconds, so a rebuild with little or nothing new is
    much faster without them. Counting uses a tokenizer of its own, so a server's model, shared with
    requests in flight, is never reconfigured (untruncated) under them. With `shared=False` the weights
    loaded here are the build's own, freed with it (a server that encodes questions with ONNX keeps no torch
    model between rebuilds).
    """

    def __init__(self, model: str, loaded: Embedder | None = None, shared: bool = True) -> None:
        self.source, self.identity = resolve_model(model)
        self._model, self._loaded, self._shared = model, loaded, shared
        path = Path(self.source) / "tokenizer.json"
        self._tokenizer = Tokenizer.from_file(str(path)) if path.is_file() else None
        if self._tokenizer is not None:  # the file's own settings truncate and pad to 128
            self._tokenizer.no_truncation()
            self._tokenizer.no_padding()

    @property
    def embedder(self) -> Embedder:
        if self._loaded is None:
            self._loaded = shared_embedder(self._model) if self._shared else Embedder(self._model)
        return self._loaded

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Wordpieces of each text without special tokens, as `Embedder.count_tokens` counts them."""
        if self._tokenizer is None:
            return self.embedder.count_tokens(texts)
        return [len(e.ids) for e in self._tokenizer.encode_batch(texts, add_special_tokens=False)]

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        return self.embedder.encode(texts, progress=progress)


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
    # Page starts count only for paged formats, so versions of text documents keep their ids.
    key = json.dumps([model, split, [(d.name, d.sha256, *([list(d.pages)] if d.pages is not None else []))
                                     for d in documents]])
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def _unit_key(model: str, kind: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{kind}\0{text}".encode()).hexdigest()


def _settings_change(old_model: str, old_split: dict[str, object], model: str,
                     split: dict[str, object]) -> str | None:
    """What differs between the current version's model and splitting settings and this build's, or None."""
    changes = [f"model {old_model} -> {model}"] if old_model != model else []
    changes += [f"{k} {old_split.get(k)} -> {split.get(k)}"
                for k in sorted({*old_split, *split}) if old_split.get(k) != split.get(k)]
    return ", ".join(changes) or None


def _previous(index_dir: Path) -> IndexVersion | None:
    """The current version, to reuse from; None when there is none or it is unusable."""
    if current_version(index_dir) is None:
        return None
    try:
        return load_version(index_dir)
    except IndexUnavailable as exc:
        log.warning("previous index unusable, embedding everything: %s", exc)
        return None


def _passages(documents: list[Document], model: Model, max_tokens: int, min_tokens: int,
              kept: dict[tuple[str, str, tuple[int, ...] | None], list[Passage]]) -> list[Passage]:
    """Every document's passages; one the previous version holds unchanged keeps them (splitting is the slow
    part of a build with little to embed)."""
    return [p for doc in documents
            for p in kept.get((doc.name, doc.sha256, doc.pages)) or make_passages(doc, model.count_tokens,
                                                                                    max_tokens, min_tokens)]


def _kept_passages(old: IndexVersion | None, model: str,
                   split: dict[str, object]) -> dict[tuple[str, str, tuple[int, ...] | None], list[Passage]]:
    """The previous version's passages by (document name, text digest, pages), when split the same way."""
    if old is None or _settings_change(old.model, old.split, model, split):
        return {}
    by_document: dict[str, list[Passage]] = {}
    for p in old.passages:
        by_document.setdefault(p.document, []).append(p)
    return {(d.name, d.sha256, d.pages): by_document[d.name] for d in old.documents if d.name in by_document}


def _units(version: IndexVersion, model: str) -> Iterator[tuple[str, str, np.ndarray, bool]]:
    """Every unit of a version: its key, its text, its vector and whether it has one (zeros wait to be embedded)."""
    passage_texts, sentence_texts = units_of(version.documents, version.passages)
    passage_vectors = version.passage_vectors.reconstruct_n(0, version.passage_vectors.ntotal)
    for kind, texts, vectors in (("p", passage_texts, passage_vectors), ("s", sentence_texts, version.sentence_vectors)):
        for text, vector, embedded in zip(texts, vectors, np.any(vectors, axis=1)):
            yield _unit_key(model, kind, text), text, vector, bool(embedded)


def _cached_vectors(old: IndexVersion | None, model: str, split: dict[str, object]) -> dict[str, np.ndarray] | None:
    """Vectors of the previous version by unit key; None when there is no usable previous version."""
    if old is None:
        return None
    change = _settings_change(old.model, old.split, model, split)
    if change:
        log.warning("full rebuild, model or splitting settings changed: %s", change)
        return {}
    return {key: vector for key, _, vector, embedded in _units(old, model) if embedded}


def unembedded(index_dir: Path, model: str) -> dict[str, str]:
    """Texts of the current version still waiting for their vectors, by unit key; {} when it has none."""
    old = _previous(index_dir)
    if old is None or not old.pending or old.model != model:
        return {}
    return {key: text for key, text, _, embedded in _units(old, model) if not embedded}


def _encoder(index_dir: Path, model: Model) -> Encoder:
    """The index's ONNX export of the model when it has one, else the model itself."""
    return onnx_encoder(index_dir, model.identity) or model


def embed_units(index_dir: Path, model: Model, texts: Mapping[str, str]) -> dict[str, np.ndarray]:
    """Vectors of `texts` (by unit key), through the index's ONNX export when it has one."""
    return dict(zip(texts, _encoder(index_dir, model).encode(list(texts.values()))))


def _embed(encoder: Callable[[], Encoder], identity: str, units: dict[str, list[str]], cache: dict[str, np.ndarray],
           progress: bool, defer_over: int) -> tuple[list[np.ndarray], int, int]:
    """Vectors of each kind's texts (never empty), how many units were embedded and how many wait.

    The missing units of every kind are embedded in one call: after a small edit, one forward pass.
    `encoder` is asked for only then, so an unchanged build loads nothing. More than `defer_over`
    missing units (when it is not 0) get zero vectors instead, to be embedded later (not in a first
    build: there is nothing to serve meanwhile).
    """
    keys = {kind: [_unit_key(identity, kind, t) for t in texts] for kind, texts in units.items()}
    missing = {k: t for kind, texts in units.items() for k, t in zip(keys[kind], texts) if k not in cache}
    deferred = bool(defer_over and cache) and len(missing) > defer_over
    if missing and not deferred:
        cache.update(zip(missing, encoder().encode(list(missing.values()), progress=progress)))
    zero = np.zeros(len(next(iter(cache.values()))), dtype=np.float32)
    vectors = [np.stack([cache.get(k, zero) for k in kind_keys]).astype(np.float32) for kind_keys in keys.values()]
    return vectors, 0 if deferred else len(missing), len(missing) if deferred else 0


def build_index(
    documents: list[Document],
    index_dir: Path,
    model: Model,
    max_tokens: int = 200,
    min_tokens: int = 48,
    progress: bool | None = None,
    reader: bool = False,
    defer_over: int = 0,
    vectors: Mapping[str, np.ndarray] | None = None,
) -> BuildReport:
    """Index the documents into a new version of `index_dir`, reusing unchanged embeddings.

    `model` is an `Embedder` or, to load the weights only if something must be embedded, a `DeferredModel`.
    With `reader`, the reader (data/reader/) is exported too, once per index folder and delta. With
    `defer_over`, more new units than that are served by keywords first (see `_embed`); `vectors` are
    units embedded elsewhere, by key (`embed_units`).
    """
    started = time.perf_counter()
    split: dict[str, object] = {"splitter": SPLITTER, "max_tokens": max_tokens, "min_tokens": min_tokens}
    version = _version_of(model.identity, split, documents)
    with build_lock(index_dir):
        old = _previous(index_dir)
        passages = _passages(documents, model, max_tokens, min_tokens, _kept_passages(old, model.identity, split))
        if not passages:
            raise DocumentError("the documents contain no text to index (only headings, tables or images)")
        passage_texts, sentence_texts = units_of(documents, passages)
        units = len(passage_texts) + len(sentence_texts)
        cached = _cached_vectors(old, model.identity, split)
        cache = {**(cached or {}), **(vectors or {})}
        show = progress if progress is not None else units > PROGRESS_THRESHOLD
        if not exported(index_dir, model.identity):  # once per index folder and model
            export_onnx(index_dir, model.identity, model.source,
                        lambda: model.embedder if isinstance(model, DeferredModel) else model)
        if reader:
            export_reader(index_dir, model.identity)
        (passage_vectors, sentence_vectors), embedded, pending = _embed(
            lambda: _encoder(index_dir, model), model.identity,
            {"p": passage_texts, "s": sentence_texts}, cache, show, defer_over)
        version += PARTIAL if pending else ""
        if cached is None or current_version(index_dir) != version:
            # When each text was first indexed, from the previous version (unknown if it was unusable).
            known = {(d.name, d.sha256): d.indexed for d in old.documents if d.indexed} if old else {}
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            documents = [replace(d, indexed=known.get((d.name, d.sha256), now)) for d in documents]
            write_version(index_dir, version, model.identity, split, documents, passages,
                          passage_vectors, sentence_vectors, pending)
    return BuildReport(
        documents=len(documents),
        units=units,
        embedded=embedded,
        reused=units - embedded - pending,
        seconds=round(time.perf_counter() - started, 3),
        index_version=version,
        pending=pending,
    )
