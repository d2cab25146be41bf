"""The assistant users hold: one model, the current index version, and `ask`."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace

import numpy as np

from index import (Embedder, IndexUnavailable, IndexVersion, OnnxEncoder, current_version, load_version,
                   model_identity, onnx_encoder, shared_embedder)
from qa._batching import QuestionEncoder
from qa._answer import Answer, Citation, Composition, citation, compose
from qa._conversation import (ConversationStore, MemoryStore, RedisStore, Turn, foreign_words, needs_context,
                              new_id, standalone, topic_words)
from qa._retrieval import Hit, Method, Searcher, Weights
from qa._text import question_type
from qa.config import Settings

# How strongly a follow-up's query vector leans towards the previous turn's.
CONTEXT_WEIGHT = 0.6
MAX_TOPIC_WORDS = 6
# A follow-up whose own words are weak is answered when its context is at least this close.
FOLLOW_UP_CONTEXT = 0.25
# ... and whatever its words, when its context is this close.
STRONG_CONTEXT = 0.45
# How much more the previous answer's passages count when the wording itself points back.
EXPLICIT_PRIOR = 1.6
# Below this similarity, and with none of its words in the passage, a follow-up's own words say nothing.
VAGUE = 0.25

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Evidence:
    """Signals that say whether the document answers a question at all."""

    best_dense: float  # closest answer sentence to the question
    best_lexical: float  # share of the question's informative words in the best sentence
    context_dense: float = 0.0  # for a follow-up: closest sentence to the question with its context
    foreign: bool = False  # the question uses words the documents never do

    @property
    def found(self) -> bool:
        # Calibrated on answerable and unrelated questions (bench/quality.py): a close sentence, a
        # fairly close one that shares much of the question's informative words, or one sharing nearly all.
        own = self.best_dense >= 0.4 or (self.best_dense >= 0.3 and self.best_lexical >= 0.4) or (
            self.best_dense >= 0.2 and self.best_lexical >= 0.75)
        # A follow-up such as "any problems?" says little itself: the conversation's context decides,
        # unless it brings in words the documents never use ("and pancakes?").
        return own or self.context_dense >= STRONG_CONTEXT or (
            self.context_dense >= FOLLOW_UP_CONTEXT and not self.foreign)


def make_store(settings: Settings) -> ConversationStore:
    if settings.redis_url:
        return RedisStore(settings.redis_url, settings.conversation_ttl, settings.conversation_turns)
    return MemoryStore(settings.conversations, settings.conversation_ttl, settings.conversation_turns)


@dataclass(frozen=True)
class Loaded:
    """An index version and its searcher, swapped in as one object so a request sees one version."""

    version: IndexVersion
    searcher: Searcher


class Assistant:
    """Answers questions over the index in `settings.index_dir`, following new versions as they appear."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None,
                 weights: Weights = Weights(), composition: Composition = Composition(),
                 store: ConversationStore | None = None) -> None:
        self.settings = settings
        self.store = store if store is not None else make_store(settings)
        self.weights = weights
        self.composition = composition
        self._reload_lock = threading.Lock()
        self._rejected: str | None = None
        self._loaded = self._load(None)  # fail before the model loads when there is no index
        self.embedder: Embedder | OnnxEncoder = embedder or self._query_model(settings)
        self.encoder = QuestionEncoder(self.embedder.encode)
        if self.embedder.identity != self._loaded.version.model:
            raise IndexUnavailable(
                f"the index was built with {self._loaded.version.model}, not {self.embedder.identity}"
            )

    @staticmethod
    def _query_model(settings: Settings) -> Embedder | OnnxEncoder:
        """The exported ONNX encoder when the index has one and it is wanted, else the torch model."""
        exported = onnx_encoder(settings.index_dir, model_identity(settings.model), settings.torch_threads) \
            if settings.query_backend == "onnx" else None
        if exported is None:
            return shared_embedder(settings.model, settings.torch_threads)
        log.info("questions encoded by ONNX Runtime")
        return exported

    def _load(self, version: str | None) -> Loaded:
        loaded = load_version(self.settings.index_dir, version)
        return Loaded(loaded, Searcher(loaded, self.weights))

    @property
    def loaded(self) -> Loaded:
        return self._loaded

    @property
    def index_version(self) -> str:
        return self._loaded.version.version

    def refresh(self) -> bool:
        """Switch to the newest version if CURRENT moved; keep the old one if the new one is unusable."""
        with self._reload_lock:
            latest = current_version(self.settings.index_dir)
            if latest is None or latest in (self.index_version, self._rejected):
                return False  # a version that failed to load is not retried until CURRENT moves
            try:
                loaded = self._load(None)  # load_version retries when a quick rebuild prunes what it reads
                if loaded.version.model != self.embedder.identity:
                    raise IndexUnavailable(f"version {loaded.version.version} was built with {loaded.version.model}")
            except IndexUnavailable as exc:
                log.error("keeping index version %s: %s", self.index_version, exc)
                self._rejected = latest
                return False
            self._loaded = loaded
            log.info("now serving index version %s", loaded.version.version)
            return True

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode(texts)

    def hits(self, query: str, k: int, method: Method = "hybrid", loaded: Loaded | None = None,
             documents: list[str] | None = None) -> list[Hit]:
        """The `k` best passages for a query (of the named `documents` only, if given), abbreviations spelled out."""
        loaded = loaded or self._loaded
        query = loaded.searcher.expand(query)
        return loaded.searcher.search(self.embed([query])[0], query, k, method, documents=documents)

    def evidence(self, question: str, hits: list[Hit], loaded: Loaded, context: np.ndarray | None = None) -> Evidence:
        """Signals of the hits; for a follow-up, `context` (its query vector with the conversation's) counts too."""
        if not hits:
            return Evidence(0.0, 0.0)
        best = max(hits, key=lambda h: h.score)
        sentences = [s for h in hits for s in h.sentences]
        context_dense = 0.0
        if context is not None:
            rows = [s.row for s in sentences]
            context_dense = float(np.max(loaded.version.sentence_vectors[rows] @ context))
        return Evidence(
            best_dense=max(s.dense for s in sentences),
            best_lexical=max((s.lexical for s in best.sentences), default=0.0),
            context_dense=context_dense,
            foreign=bool(foreign_words(question, loaded.searcher.knows)),
        )

    def ask(self, question: str, top_k: int | None = None, method: Method = "hybrid") -> Answer:
        """Answer one self-contained question with up to `top_k` cited passages."""
        return self._turn(self._loaded, question, None, top_k or self.settings.default_top_k, method)[0]

    def converse(self, question: str, top_k: int | None = None, conversation_id: str | None = None,
                 history: list[str] | None = None, documents: list[str] | None = None) -> dict[str, object]:
        """Answer a question inside a conversation (from the named `documents` only, if given); an unknown id
        starts a new one."""
        with self.encoder.request():
            return self._converse(question, top_k, conversation_id, history, documents)

    def _converse(self, question: str, top_k: int | None, conversation_id: str | None,
                  history: list[str] | None, documents: list[str] | None = None) -> dict[str, object]:
        loaded = self._loaded
        top_k = top_k or self.settings.default_top_k
        turns = self.store.get(conversation_id) if conversation_id else None
        if turns is None:
            conversation_id, turns = new_id(), []
            if history:
                turns = self._replay(loaded, history, top_k)
                for turn in turns:
                    self.store.append(conversation_id, turn)
        answer, turn = self._turn(loaded, question, turns[-1] if turns else None, top_k, documents=documents)
        self.store.append(conversation_id, turn)
        return {**answer.to_dict(), "conversation_id": conversation_id}

    def end(self, conversation_id: str) -> bool:
        """Forget a conversation; False when it was not known."""
        return self.store.delete(conversation_id)

    def _replay(self, loaded: Loaded, questions: list[str], top_k: int) -> list[Turn]:
        """Turns of a client-held history, as if its questions had been asked here."""
        vectors = self.embed([loaded.searcher.expand(q) for q in questions])
        turns: list[Turn] = []
        for question, vector in zip(questions, vectors):
            turns.append(self._turn(loaded, question, turns[-1] if turns else None, top_k, vector=vector)[1])
        return turns

    def _turn(self, loaded: Loaded, question: str, previous: Turn | None, top_k: int,
              method: Method = "hybrid", vector: np.ndarray | None = None,
              documents: list[str] | None = None) -> tuple[Answer, Turn]:
        """Answer `question`, alone or as a follow-up of `previous`, and the turn to remember.

        A given `vector` is that of the question with its abbreviations spelled out (`Searcher.expand`).
        """
        searcher = loaded.searcher
        question = searcher.expand(question)
        vector = self.embed([question])[0] if vector is None else vector
        own_topic = topic_words(question, searcher.knows)
        hits: list[Hit] = []
        evidence: Evidence | None = None
        explicit = previous is not None and needs_context(question)
        if not explicit:
            hits = searcher.search(vector, question, top_k, method, documents=documents)
            evidence = self.evidence(question, hits, loaded)
        rules = self.composition
        said: frozenset[tuple[int, int]] = frozenset()
        if previous is not None and (evidence is None or not evidence.found or hits[0].passage.id in previous.passages):
            # A follow-up: the earlier turn's topic and passages pick the passages, its own words the sentences.
            query = standalone(question, previous.topic)
            context = previous.vector if previous.vector is not None else vector
            mixed = vector + CONTEXT_WEIGHT * context
            own, vector = vector, mixed / np.linalg.norm(mixed)
            hits = searcher.search(vector, f"{question} {' '.join(previous.topic)}", top_k, method,
                                   prior=previous.passages, focus=(own, question),
                                   prior_weight=EXPLICIT_PRIOR if explicit else 1.0, documents=documents)
            evidence = self.evidence(question, hits, loaded, context=vector)
            topic = list(dict.fromkeys(previous.topic + own_topic))[-MAX_TOPIC_WORDS:]
            said = frozenset((s, e) for s, e in previous.said)
            if hits and question_type(question) is None and max(s.dense for s in hits[0].sentences) < VAGUE \
                    and not any(s.lexical for s in hits[0].sentences):
                rules = replace(rules, whole_first=True)
        else:
            query, topic = question, own_topic
        assert evidence is not None
        found = bool(hits) and evidence.found
        answer = compose(hits, loaded.version, query, found, rules, said)
        cited = [c.passage_id for c in answer.citations if c.highlights] or [c.passage_id for c in answer.citations[:1]]
        quoted = [[c.start + h.start, c.start + h.end] for c in answer.citations for h in c.highlights]
        return answer, Turn(question, query, topic, cited, np.asarray(vector, dtype=np.float32), quoted)

    def search(self, query: str, k: int, documents: list[str] | None = None) -> tuple[list[Citation], str]:
        """The passages alone (of the named `documents` only, if given), best first, with their version."""
        loaded = self._loaded
        with self.encoder.request():
            hits = self.hits(query, k, loaded=loaded, documents=documents)
        return [citation(n, h, loaded.version, []) for n, h in enumerate(hits, start=1)], loaded.version.version
