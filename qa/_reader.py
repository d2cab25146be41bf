"""The reader at answer time: the best few sentences by today's score, read together with the question.

A cross-encoder (index/_reader.py) scores each (question, sentence) pair; `combine` moves the hand
scores of the top candidates by how far each falls behind the reader's favourite. It runs only when
the hand scorer's best candidates are close, so a clear case costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from index import IndexVersion
from index import READER_DELTA, OnnxReader, onnx_reader
from qa._retrieval import Hit, sentence_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Combination:
    """How the reader's scores join today's (fitted by `make train`, stored with the delta)."""

    weight: float  # hand-score units per reader logit behind the reader's best
    candidates: int  # how many of the best sentences by hand score the reader reads
    margin: float  # the reader reads only when the runner-up is within this of the best hand score


def combine(hand: np.ndarray, reader: np.ndarray, weight: float) -> np.ndarray:
    """Hand scores of the candidates, each lowered by `weight` times its reader deficit to the best.

    The reader's favourite keeps its hand score, so the top can only move among the candidates.
    """
    return np.asarray(hand, dtype=np.float64) + weight * (np.asarray(reader, dtype=np.float64) - np.max(reader))


def contested(hand: Sequence[float], combination: Combination) -> int:
    """How many of the best candidates (by hand score) the reader should read: 0 when the best is clear."""
    ranked = sorted(hand, reverse=True)
    if len(ranked) < 2 or ranked[0] - ranked[1] >= combination.margin:
        return 0
    return min(combination.candidates, len(ranked))


class Reader:
    """Scores (question, sentence) pairs with the exported cross-encoder; higher = holds the answer."""

    def __init__(self, model: OnnxReader, combination: Combination | None = None) -> None:
        self.model = model
        self.combination = combination or Combination(**model.meta["combination"])

    def score(self, question: str, sentences: Sequence[str]) -> np.ndarray:
        return self.model.score(question, list(sentences))

    def rerank(self, question: str, hits: list[Hit], version: IndexVersion) -> list[Hit]:
        """`hits` with the sentences the reader read rescored, then reordered by their best sentence."""
        pool = sorted(((h, i) for h, hit in enumerate(hits) for i in range(len(hit.sentences))),
                      key=lambda p: -hits[p[0]].sentences[p[1]].score)
        n = contested([hits[h].sentences[i].score for h, i in pool], self.combination)
        if not n:
            return hits
        chosen = pool[:n]
        hand = [hits[h].sentences[i].score for h, i in chosen]
        read = self.score(question, [sentence_text(version, hits[h], hits[h].sentences[i]) for h, i in chosen])
        new = {p: float(s) for p, s in zip(chosen, combine(np.array(hand), read, self.combination.weight))}
        rescored = []
        for h, hit in enumerate(hits):
            sentences = tuple(replace(s, score=new[(h, i)]) if (h, i) in new else s
                              for i, s in enumerate(hit.sentences))
            rescored.append(replace(hit, sentences=sentences, score=max(s.score for s in sentences)))
        return sorted(rescored, key=lambda hit: -hit.score)


def load_reader(index_dir: Path, identity: str, threads: int = 1, folder: Path = READER_DELTA) -> Reader | None:
    """The reader exported under `index_dir`, or None (after one warning line) when it is missing or damaged.

    One thread: requests call it concurrently, and a few short pairs gain nothing from a second one.
    """
    model = onnx_reader(index_dir, identity, threads, folder)
    if model is None:
        return None
    try:
        return Reader(model)
    except (KeyError, TypeError) as exc:
        log.warning("the reader's settings are unusable, sentences are ranked without it: %r", exc)
        return None
