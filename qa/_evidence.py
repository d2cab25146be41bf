"""Whether the documents answer a question at all: signals of the best sentences, weighed by a fitted model."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from qa._fitted import load, logistic, save
from qa._retrieval import Hit

FEATURES = ("dense", "lexical", "unknown", "context", "follow_up")


@dataclass(frozen=True)
class Evidence:
    """Signals that say whether the document answers a question."""

    dense: float  # closest sentence to the question's own vector
    lexical: float  # share of the question's own idf mass in the best passage's best sentence
    unknown: float  # share of the question's own idf mass in words the documents never use
    context: float  # closest sentence to a follow-up read as one text with the words it borrows (alone: dense)
    follow_up: bool = False

    def features(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]


def evidence_of(hits: list[Hit], unknown: float, context_vector_best: float | None = None,
                follow_up: bool = False) -> Evidence:
    """The evidence in ranked hits; `context_vector_best` is a follow-up's best similarity with its context."""
    if not hits:
        return Evidence(0.0, 0.0, unknown, 0.0, follow_up)
    dense = max(s.dense for h in hits for s in h.sentences)
    lexical = max(s.lexical for s in hits[0].sentences)
    return Evidence(dense, lexical, unknown, dense if context_vector_best is None else context_vector_best, follow_up)


@dataclass(frozen=True)
class FoundModel:
    """Logistic regression over `Evidence` features with cut-offs chosen on held-out data (`make train`)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability a question on its own needs
    follow_up_threshold: float  # ... and a follow-up, whose own words say less

    def probability(self, evidence: Evidence) -> float:
        return logistic(self.weights, self.bias, evidence.features())

    def found(self, evidence: Evidence) -> bool:
        return self.probability(evidence) >= (self.follow_up_threshold if evidence.follow_up else self.threshold)

    def save(self, path: Path, **about: object) -> None:
        save(path, FEATURES, asdict(self), **about)

    @classmethod
    def load(cls, path: Path) -> FoundModel:
        """The fitted model; a missing or damaged file is an error naming `make train`."""
        weights, values = load(path, FEATURES, ("bias", "threshold", "follow_up_threshold"),
                               lambda v: 0 < v["threshold"] < 1 and 0 < v["follow_up_threshold"] < 1)
        return cls(weights, values["bias"], values["threshold"], values["follow_up_threshold"])
