"""Hybrid retrieval: BM25 and dense rankings of passages fused, then sentences scored in context."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import bm25s
import faiss
import numpy as np

from index import IndexVersion, Passage
from index._store import HNSW_SEARCH_BREADTH
from index._build import units_of
from qa._text import (STOPWORDS, acronyms, answer_cues, completes, defined_subject, defines, leans_back, question_type,
                      spelled_out, tokens)

Method = Literal["hybrid", "bm25", "dense"]
METHODS: tuple[Method, ...] = ("hybrid", "bm25", "dense")


@dataclass(frozen=True)
class Weights:
    """How much each signal counts when scoring a sentence inside its passage."""

    sentence_dense: float = 1.0
    sentence_lexical: float = 0.5
    passage_dense: float = 0.6
    passage_lexical: float = 0.3
    rrf_k: int = 60
    candidates: int = 8
    # Passages that answered the previous turn: weight as a third ranking, and bonus to their sentences.
    prior: float = 0.5
    prior_bonus: float = 0.3
    neighbour: float = 0.4
    # Bonus of a sentence that holds the kind of answer asked for (a number for "how many"...).
    answer_type: float = 0.15
    # ... more for "why": the connective ("because", "which is why") is what makes a sentence the answer.
    reason: float = 0.3
    depth: int = 100


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence (absolute offsets) with its score and the signals behind it."""

    start: int
    end: int
    row: int  # in the version's sentence_vectors
    score: float
    dense: float
    lexical: float
    leans_back: bool = False  # opens by referring to the sentence before ("Thus, ...")
    completes: bool = False  # spells out what the sentence before announced ("Key among these ...")


@dataclass(frozen=True)
class Hit:
    """A passage ranked for a query, with the sentences inside it scored."""

    passage: Passage
    score: float
    sentences: tuple[ScoredSentence, ...]


def rrf(rankings: Sequence[Sequence[int]], k: int = 60) -> dict[int, float]:
    """Reciprocal-rank fusion: each ranking adds 1 / (k + rank) to the items it lists."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def idf(document_frequency: int, documents: int) -> float:
    """BM25's inverse document frequency, never negative."""
    return math.log(1.0 + (documents - document_frequency + 0.5) / (document_frequency + 0.5))


def coverage(query: dict[str, float], terms: frozenset[str]) -> float:
    """Share of the query's idf mass whose terms occur in `terms` (0 when the query has none)."""
    total = sum(query.values())
    return sum(w for t, w in query.items() if t in terms) / total if total else 0.0


class Searcher:
    """Everything retrieval needs for one index version, prepared once when the version loads."""

    def __init__(self, version: IndexVersion, weights: Weights = Weights()) -> None:
        self.version = version
        self.weights = weights
        passage_texts, sentence_texts = units_of(version.documents, version.passages)
        passage_tokens = [tokens(t) for t in passage_texts]
        self._bm25 = bm25s.BM25()
        self._bm25.index(passage_tokens, show_progress=False)
        self._passage_terms = [frozenset(t) for t in passage_tokens]
        self._sentence_texts = sentence_texts
        self._sentence_terms = [frozenset(tokens(t)) for t in sentence_texts]
        self._sentence_cues = [answer_cues(t) for t in sentence_texts]
        self._sentence_links = [(leans_back(t), completes(t)) for t in sentence_texts]
        df: dict[str, int] = {}
        for terms in self._passage_terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        n = len(passage_tokens)
        self._idf = {t: idf(c, n) for t, c in df.items()}
        self._unseen_idf = idf(0, n)
        self.rows = {p.id: row for row, p in enumerate(version.passages)}
        by_document: dict[str, list[int]] = {}
        for row, p in enumerate(version.passages):
            by_document.setdefault(p.document, []).append(row)
        self._document_rows = {name: np.asarray(rows, dtype=np.int64) for name, rows in by_document.items()}
        self._spelled: dict[str, str | None] = {}  # abbreviation -> phrase of the documents

    def query_terms(self, text: str) -> dict[str, float]:
        """The query's stems weighted by idf; terms absent from the documents weigh the most."""
        return {t: self._idf.get(t, self._unseen_idf) for t in tokens(text)}

    def expand(self, question: str) -> str:
        """The question with each abbreviation the documents never use spelled out as they write it:
        "Does it help PTSD?" becomes "Does it help PTSD (post-traumatic stress disorders)?"."""
        for acronym in acronyms(question):
            if acronym.lower() in STOPWORDS or all(self.knows(t) for t in tokens(acronym)):
                continue
            if acronym not in self._spelled:
                self._spelled[acronym] = spelled_out(acronym, (d.text for d in self.version.documents))
            phrase = self._spelled[acronym]
            if phrase:
                question = re.sub(rf"\b{acronym}s?\b", lambda m: f"{m.group()} ({phrase})", question, count=1)
        return question

    def knows(self, stem: str) -> bool:
        """Whether any passage contains the stem."""
        return stem in self._idf

    def _rankings(self, vector: np.ndarray, text: str,
                  documents: Sequence[str] | None = None) -> tuple[np.ndarray, np.ndarray]:
        n = len(self.version.passages)
        dense = np.full(n, -1.0, dtype=np.float32)
        depth = min(n, self.weights.depth)
        params = None
        if documents is not None:  # only those documents' passages are candidates
            allowed = np.concatenate([self._document_rows.get(d, np.empty(0, np.int64)) for d in documents] or
                                     [np.empty(0, np.int64)])
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
            if isinstance(self.version.passage_vectors, faiss.IndexHNSWFlat):
                params = faiss.SearchParametersHNSW(sel=params.sel, efSearch=HNSW_SEARCH_BREADTH)
        scores, rows = self.version.passage_vectors.search(vector.reshape(1, -1), depth, params=params)
        dense[rows[0][rows[0] >= 0]] = scores[0][rows[0] >= 0]
        terms = tokens(text)  # empty for "Why?" or a lone symbol; bm25s cannot score no terms
        lexical = self._bm25.get_scores(terms) if terms else np.zeros(n, dtype=np.float32)
        if documents is not None:
            mask = np.zeros(n, dtype=bool)
            mask[allowed] = True
            lexical = np.where(mask, lexical, 0.0).astype(np.float32)
            dense[~mask] = -np.inf
        return dense, lexical

    def search(self, vector: np.ndarray, text: str, k: int, method: Method = "hybrid",
               prior: Sequence[str] = (), focus: tuple[np.ndarray, str] | None = None,
               prior_weight: float = 1.0, documents: Sequence[str] | None = None) -> list[Hit]:
        """The `k` best passages for a query (its vector and text), best first.

        For a follow-up, `prior` lists the passages that answered the previous turn, and `focus` is
        the follow-up's own (vector, text): context picks the passages, the question picks the sentences.
        `prior_weight` scales the prior passages' bonus (more when the wording itself points back).
        `documents`, when given, names the only documents whose passages may be returned.
        """
        w = self.weights
        dense, lexical = self._rankings(vector, text, documents)
        if documents is not None:
            prior = [p for p in prior if p in self.rows and np.isfinite(dense[self.rows[p]])]
        prior_rows = {self.rows[p] for p in prior if p in self.rows}
        depth = min(len(dense), w.depth)
        by_dense = np.argsort(-dense, kind="stable")[:depth]
        by_dense = by_dense[np.isfinite(dense[by_dense])]
        by_lexical = np.argsort(-lexical, kind="stable")[:depth]
        by_lexical = by_lexical[lexical[by_lexical] > 0]
        if method == "dense":
            first = [int(i) for i in by_dense]
        elif method == "bm25":
            first = [int(i) for i in by_lexical] or [int(i) for i in by_dense]
        else:
            fused = rrf([by_dense.tolist(), by_lexical.tolist()], w.rrf_k)
            for row, bonus in rrf([[self.rows[p] for p in prior if p in self.rows]], w.rrf_k).items():
                fused[row] = fused.get(row, 0.0) + w.prior * bonus
            first = sorted(fused, key=lambda i: -fused[i])
        query = self.query_terms(text)
        focus_vector, focus_text = focus if focus else (vector, text)
        focus_terms = self.query_terms(focus_text) if focus else query
        kind, subject = question_type(focus_text), defined_subject(focus_text)
        cue_bonus = w.reason if kind == "reason" else w.answer_type
        # Which sentences hold the kind of answer asked for: for "What is X?", those defining X.
        fits: Callable[[int], bool] = (lambda row: defines(self._sentence_texts[row], subject)) if subject else (
            lambda row: kind in self._sentence_cues[row])
        use_dense = method != "bm25"
        use_lexical = method != "dense"
        hits = []
        for row in first[: max(k, w.candidates)]:
            context = (w.passage_dense * float(dense[row]) if use_dense else 0.0) + (
                w.passage_lexical * coverage(query, self._passage_terms[row]) if use_lexical else 0.0
            ) + (w.prior_bonus * prior_weight if row in prior_rows else 0.0)
            hits.append(self._score_passage(row, focus_vector, focus_terms, fits, cue_bonus, context, use_dense,
                                            use_lexical))
        hits.sort(key=lambda h: -h.score)
        return hits[:k]

    def _score_passage(self, row: int, vector: np.ndarray, query: dict[str, float], fits: Callable[[int], bool],
                       bonus: float, context: float, use_dense: bool, use_lexical: bool) -> Hit:
        """Score each sentence of a passage: its own match to the query plus the passage's `context`."""
        w = self.weights
        passage = self.version.passages[row]
        lo, hi = self.version.sentence_rows[row], self.version.sentence_rows[row + 1]
        sentence_dense = self.version.sentence_vectors[lo:hi] @ vector
        lexical = [coverage(query, self._sentence_terms[lo + i]) for i in range(hi - lo)]
        own = [(w.sentence_dense * float(sentence_dense[i]) if use_dense else 0.0)
               + (w.sentence_lexical * lexical[i] if use_lexical else 0.0)
               + (bonus if fits(lo + i) else 0.0) for i in range(hi - lo)]
        scored = []
        for i, (start, end) in enumerate(passage.sentences):
            # A sentence that answers often leaves its topic to the sentence before it.
            before = own[i - 1] if i else 0.0
            score = context + own[i] + w.neighbour * max(0.0, before - own[i])
            scored.append(ScoredSentence(start, end, lo + i, score, float(sentence_dense[i]), lexical[i],
                                         *self._sentence_links[lo + i]))
        return Hit(passage, max(s.score for s in scored), tuple(scored))
