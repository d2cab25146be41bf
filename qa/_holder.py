"""The index version being served and the model that encodes questions for it, swapped as new versions appear."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from index import (Embedder, IndexUnavailable, IndexVersion, OnnxEncoder, current_version, load_version,
                   model_identity, onnx_encoder, shared_embedder)
from qa._retrieval import Searcher
from qa._tuning import Tuning
from qa.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """An index version and its searcher, swapped in as one object so a request sees one version."""

    version: IndexVersion
    searcher: Searcher


def query_model(settings: Settings) -> Embedder | OnnxEncoder:
    """The exported ONNX encoder when the index has one and it is wanted, else the torch model."""
    exported = onnx_encoder(settings.index_dir, model_identity(settings.model), settings.torch_threads) \
        if settings.query_backend == "onnx" else None
    if exported is None:
        return shared_embedder(settings.model, settings.torch_threads)
    log.info("questions encoded by ONNX Runtime")
    return exported


class IndexHolder:
    """Holds the served version of the index in `settings.index_dir` and follows CURRENT when it moves."""

    def __init__(self, settings: Settings, tuning: Tuning, model_identity: str | None = None,
                 embed: Callable[[list[str]], np.ndarray] | None = None) -> None:
        self.settings, self.tuning, self.embed = settings, tuning, embed
        self._lock = threading.Lock()
        self._rejected: str | None = None
        self._loaded = self._load()
        self.model_identity = model_identity or self._loaded.version.model

    def check_model(self, identity: str) -> None:
        """Refuse an index built with another model than the one that encodes questions."""
        self.model_identity = identity
        if identity != self._loaded.version.model:
            raise IndexUnavailable(f"the index was built with {self._loaded.version.model}, not {identity}")

    def _load(self) -> Loaded:
        version = load_version(self.settings.index_dir, None)
        return Loaded(version, Searcher(version, self.tuning, self.embed))

    @property
    def loaded(self) -> Loaded:
        return self._loaded

    def refresh(self) -> bool:
        """Switch to the newest version if CURRENT moved; keep the old one if the new one is unusable."""
        with self._lock:
            latest = current_version(self.settings.index_dir)
            if latest is None or latest in (self._loaded.version.version, self._rejected):
                return False  # a version that failed to load is not retried until CURRENT moves
            try:
                loaded = self._load()  # load_version retries when a quick rebuild prunes what it reads
                if loaded.version.model != self.model_identity:
                    raise IndexUnavailable(f"version {loaded.version.version} was built with {loaded.version.model}")
            except IndexUnavailable as exc:
                log.error("keeping index version %s: %s", self._loaded.version.version, exc)
                self._rejected = latest
                return False
            self._loaded = loaded
            log.info("now serving index version %s", loaded.version.version)
            return True
