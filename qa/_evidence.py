"""Whether the documents answer a question at all: signals of the best sentences, weighed by a fitted model."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path

from qa._fitted import load, logistic, save
from qa._retrieval import Hit

FEATURES = ("dense", "lexical", "unknown", "context", "follow_up")
# The values `context` can take when it is not measured: a cosine, below 0.18 for none of the training
# file's follow-ups, so a decision that holds from 0 to 1 holds for the value it would have measured.
CONTEXT_RANGE = (0.0, 1.0)


@dataclass(frozen=True)
class Evidence:
    """Signals that say whether the document answers a question."""

    dense: float  # closest sentence to the question's own vector
    lexical: float  # share of the question's own idf mass in the best passage's best sentence (`Searcher.held`)
    unknown: float  # share of the question's own idf mass in words the documents never use
    # Closest sentence to a follow-up read as one text with the words it borrows (alone: dense); None when
    # not measured, because the decision is the same whatever it is (`FoundModel.settled`).
    context: float | None
    follow_up: bool = False
    # False when the question asks for a kind of answer every answer holds and no sentence of the documents gives
    # (a price, where none is stated), or none its answer would quote (a count, where they give a year), or asks
    # whether something holds where no sentence can say (`_assistant._stated`): then nothing is found, whatever the
    # signals say (`QuestionKind.required`).
    gives_kind: bool = True

    def features(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]

    def bounds(self) -> tuple[Evidence, Evidence]:
        """The evidence with an unmeasured context at the lowest and at the highest value it can take."""
        low, high = CONTEXT_RANGE if self.context is None else (self.context, self.context)
        return replace(self, context=low), replace(self, context=high)


def evidence_of(hits: list[Hit], lexical: float, unknown: float, gives_kind: bool = True) -> Evidence:
    """The evidence in the ranked hits of a question on its own, given its `lexical` and `unknown` shares."""
    if not hits:
        return Evidence(0.0, 0.0, unknown, 0.0, gives_kind=gives_kind)
    dense = max(s.dense for h in hits for s in h.sentences)
    return Evidence(dense, lexical, unknown, dense, gives_kind=gives_kind)


@dataclass(frozen=True)
class FoundModel:
    """Logistic regression over `Evidence` features with cut-offs chosen on held-out data (`make train`)."""

    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability a question on its own needs
    follow_up_threshold: float  # ... and a follow-up, whose own words say less

    def probability(self, evidence: Evidence) -> float:
        return logistic(self.weights, self.bias, evidence.features())

    def settled(self, evidence: Evidence) -> bool | None:
        """The decision, or None when it depends on a context signal not measured yet."""
        if not evidence.gives_kind:
            return False
        threshold = self.follow_up_threshold if evidence.follow_up else self.threshold
        low, high = (self.probability(e) >= threshold for e in evidence.bounds())
        return low if low == high else None

    def found(self, evidence: Evidence) -> bool:
        """Whether the documents answer the question; an error if that depends on a context not measured."""
        decision = self.settled(evidence)
        if decision is None:
            raise ValueError("the decision needs the context signal measured")
        return decision

    def save(self, path: Path, **about: object) -> None:
        save(path, FEATURES, asdict(self), **about)

    @classmethod
    def load(cls, path: Path) -> FoundModel:
        """The fitted model; a missing or damaged file is an error naming `make train`."""
        weights, values = load(path, FEATURES, ("bias", "threshold", "follow_up_threshold"),
                               lambda v: 0 < v["threshold"] < 1 and 0 < v["follow_up_threshold"] < 1)
        return cls(weights, values["bias"], values["threshold"], values["follow_up_threshold"])
