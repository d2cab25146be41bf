"""Fitting the "found" decision on data: questions the documents answer, and questions they do not.

Examples come from SQuAD 2.0 articles, each indexed on its own: its answerable questions (found), its
unanswerable ones and questions of other articles (not found), alone and as follow-ups of one of its own
questions, the follow-up made by replacing the article's subject with "it"; and questions of other articles
asked of this article's subject (not found: on topic, yet not answered here). A logistic regression over
`Evidence` is fitted on them; its cut-off keeps `recall` of the answerable examples in cross-validation
by article, so the cut-off is chosen on articles the fit did not see.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from index import IndexVersion
from qa._answer import RUNNER_UP_FEATURES, RUNNERS_UP, RunnerUpModel, compose, ranked_sentences, runner_up_features
from qa._assistant import Assistant, Outcome
from qa._evidence import FoundModel
from qa._retrieval import sentence_text
from qa._squad import SquadArticle
from qa._tuning import Tuning

# Used only to route follow-ups while the first examples are made: found on a close sentence, or a fairly
# close one sharing much of the question's words (the rule docqa used before it was fitted).
BOOTSTRAP = FoundModel((10.0, 4.0, -4.0, 0.0, 0.0), -4.4, 0.5, 0.5)
# While examples are made answers need no runners-up: with this none joins.
LEAD_ONLY = RunnerUpModel((0.0,) * len(RUNNER_UP_FEATURES), 0.0, 1.0)


@dataclass(frozen=True)
class Example:
    article: int  # index of the article whose documents were asked
    kind: str  # "answerable", "unanswerable", "other article", each alone or "follow-up: ..."
    features: list[float]
    found: bool


def subject_name(title: str) -> str:
    """The article's subject: its title without a bracketed note."""
    return re.sub(r"\s*\(.*?\)\s*", " ", title).replace("_", " ").strip()


def subject_pattern(title: str) -> re.Pattern[str]:
    """The article's subject as a question names it: its name, or the name's last word."""
    name = subject_name(title)
    forms = sorted({name, name.split()[-1]}, key=len, reverse=True)
    return re.compile(rf"\b(?:the\s+)?(?:{'|'.join(map(re.escape, forms))})(?P<possessive>'s|’s)?\b", re.I)


def renamed(question: str, title: str, name: str, possessive: str) -> str | None:
    """The question with the subject of the article `title` replaced by `name` (`possessive` after "'s")."""
    match = subject_pattern(title).search(question)
    if match is None:
        return None
    return question[: match.start()] + (possessive if match.group("possessive") else name) + question[match.end():]


def as_follow_up(question: str, title: str) -> str | None:
    """The question with its subject replaced by "it" ("When did Beyoncé rise?" -> "When did it rise?")."""
    return renamed(question, title, "it", "its")


def examples(articles: list[SquadArticle], assistant_of: Callable[[int], Assistant], per_kind: int,
             seed: int = 0) -> list[Example]:
    """Labelled evidence for every article: `per_kind` questions of each kind, alone and as follow-ups.

    `assistant_of` gives assistants that measure every signal (`full_evidence`)."""
    rng = random.Random(seed)
    out: list[Example] = []
    for a, article in enumerate(articles):
        assistant = assistant_of(a)
        others = [(b, q) for b, other in enumerate(articles) if b != a for q in other.answerable]
        kinds = {
            "answerable": [(a, q) for q in article.answerable],
            "unanswerable": [(a, q) for q in article.unanswerable],
            "other article": others,
            # Asked of this article's subject ("What is the price of <it>?"): on topic, yet not answered here.
            "other article, this subject": [(b, q) for b, q in others
                                            if subject_pattern(articles[b].title).search(q.question)],
        }
        name = subject_name(article.title)
        openers = [q.question for q in article.answerable]
        for kind, pool in kinds.items():
            for b, q in rng.sample(pool, min(per_kind, len(pool))):
                found = kind == "answerable"
                question = renamed(q.question, articles[b].title, name, f"{name}'s") \
                    if kind == "other article, this subject" else q.question
                alone = assistant.respond(question)
                # A question asking for a kind of answer the documents never give is refused before the model
                # (`Evidence.gives_kind`): not the model's to decide, so not its to learn from either.
                if alone.evidence.gives_kind:
                    out.append(Example(a, kind, alone.evidence.features(), found))
                follow_up = as_follow_up(q.question, articles[b].title)
                if follow_up is None or kind == "other article, this subject":  # as a follow-up: "other article"
                    continue
                first = assistant.respond(rng.choice(openers))
                outcome = assistant.respond(follow_up, first.turn)
                if outcome.evidence.gives_kind:
                    out.append(Example(a, f"follow-up: {kind}", outcome.evidence.features(), found))
    return out


def fit(data: list[Example], recall: float, follow_up_recall: float,
        folds: int = 5) -> tuple[FoundModel, dict[str, object]]:
    """The model fitted on all examples, its cut-offs from cross-validation by article, and its rates.

    Questions on their own keep `recall` of the answerable found, follow-ups `follow_up_recall`.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    x = np.array([e.features for e in data])
    y = np.array([e.found for e in data])
    follow_up = np.array([e.kind.startswith("follow-up") for e in data])
    groups = np.array([e.article for e in data])
    model = LogisticRegression(C=1.0, max_iter=1000)
    held_out = cross_val_predict(model, x, y, groups=groups, cv=GroupKFold(folds), method="predict_proba")[:, 1]
    threshold = float(np.quantile(held_out[y & ~follow_up], 1.0 - recall))
    follow_up_threshold = float(np.quantile(held_out[y & follow_up], 1.0 - follow_up_recall))
    model.fit(x, y)
    fitted = FoundModel(tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), threshold,
                        follow_up_threshold)
    right = {}
    for kind in sorted({e.kind for e in data}):
        chosen = np.array([e.kind == kind for e in data])
        said = held_out[chosen] >= (follow_up_threshold if kind.startswith("follow-up") else threshold)
        right[kind] = round(float(said.mean() if kind.endswith(": answerable") or kind == "answerable"
                                  else 1 - said.mean()), 4)
    return fitted, {"held-out share of right decisions, by kind": right, "examples": len(data)}


@dataclass(frozen=True)
class Asked:
    """An answerable question asked on its own, with what composing its answer again needs."""

    article: int
    question: str
    golds: tuple[str, ...]
    outcome: Outcome
    version: IndexVersion

    def holds(self, text: str) -> bool:
        return any(g in text.lower() for g in self.golds)


def asked(articles: list[SquadArticle], assistant_of: Callable[[int], Assistant]) -> list[Asked]:
    """Every answerable question of every article, asked of its own article's index."""
    out = []
    for a, article in enumerate(articles):
        assistant = assistant_of(a)
        for q in article.answerable:
            out.append(Asked(a, q.question, tuple(t.lower() for _, t in q.answers), assistant.respond(q.question),
                             assistant.loaded.version))
    return out


def runner_up_rows(question: Asked, tuning: Tuning) -> list[tuple[list[float], bool]]:
    """Features of each runner-up of a question, and whether it holds the answer the best sentence misses."""
    hits = question.outcome.hits
    ranked = ranked_sentences(hits, tuning)
    holds = [question.holds(sentence_text(question.version, hits[h], s)) for h, s in ranked[: RUNNERS_UP + 1]]
    return [(runner_up_features(hits, ranked, r), holds[r] and not holds[0]) for r in range(1, len(holds))]


def answers_held(questions: list[Asked], model: RunnerUpModel, tuning: Tuning) -> tuple[int, int]:
    """(answers holding a gold answer, their characters in all) when `model` chooses the runners-up.

    Every question counts as found: which runners-up join does not depend on the found decision, fitted after.
    """
    held = chars = 0
    for q in questions:
        text = compose(q.outcome.hits, q.version, q.question, True, tuning, model).answer
        held += q.holds(text)
        chars += len(text)
    return held, chars


def fit_runners_up(questions: list[Asked], tuning: Tuning, mean_chars: float,
                   folds: int = 5) -> tuple[RunnerUpModel, dict[str, object]]:
    """The model fitted on every runner-up, its cut-off the best in cross-validation by article within `mean_chars`."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    rows = [runner_up_rows(q, tuning) for q in questions]
    x = np.array([f for r in rows for f, _ in r])
    y = np.array([label for r in rows for _, label in r])
    groups = np.array([q.article for q, r in zip(questions, rows) for _ in r])
    articles = np.array([q.article for q in questions])
    cut_offs = [round(c, 4) for c in np.arange(0.01, 0.0601, 0.001)]
    held = np.zeros((len(cut_offs), 2), dtype=np.int64)
    for train, test in GroupKFold(folds).split(x, y, groups):
        fold = LogisticRegression(C=1.0, max_iter=5000).fit(x[train], y[train])
        test_articles = set(groups[test])
        held_out = [q for q, a in zip(questions, articles) if a in test_articles]
        for n, cut_off in enumerate(cut_offs):
            model = RunnerUpModel(tuple(float(w) for w in fold.coef_[0]), float(fold.intercept_[0]), cut_off)
            held[n] += answers_held(held_out, model, tuning)
    rates = [(int(h), c / len(questions), cut_off) for (h, c), cut_off in zip(held, cut_offs)]
    within = [r for r in rates if r[1] <= mean_chars] or [min(rates, key=lambda r: r[1])]
    best = max(within, key=lambda r: (r[0], -r[1]))
    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    fitted = RunnerUpModel(tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), best[2])
    return fitted, {"questions": len(questions), "runners-up": len(y),
                    "held-out answers holding the answer, mean characters, by cut-off":
                        {str(c): [round(h / len(questions), 4), round(m, 1)] for h, m, c in rates}}
