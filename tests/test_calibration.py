"""What `make train` fits on: questions turned into follow-ups and onto another subject; fitted models as stored."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from qa import Settings
from qa._answer import RunnerUpModel
from qa._calibration import as_follow_up, renamed, subject_name
from qa._evidence import Evidence, FoundModel
from qa._fitted import logistic
from qa._squad import read_squad


def test_a_question_becomes_a_follow_up_by_naming_its_subject_it() -> None:
    assert as_follow_up("When did Beyoncé rise to fame?", "Beyoncé") == "When did it rise to fame?"
    assert as_follow_up("What was Beyoncé's first album?", "Beyoncé") == "What was its first album?"
    assert as_follow_up("Who wrote the novel?", "To_Kill_a_Mockingbird") is None


def test_a_question_is_asked_of_another_subject() -> None:
    name = subject_name("Frédéric_Chopin")
    assert name == "Frédéric Chopin"
    assert renamed("When did Beyoncé rise to fame?", "Beyoncé", name, f"{name}'s") == \
        "When did Frédéric Chopin rise to fame?"
    # A bracketed note is not part of the name; the name's last word alone names the subject too.
    assert subject_name("Spectre_(2015_film)") == "Spectre"
    assert renamed("Where did Chopin live?", "Frédéric_Chopin", "Spectre", "Spectre's") == "Where did Spectre live?"


def test_a_squad_question_follows_the_answerable_one_written_before_it_about_its_paragraph(tmp_path: Path) -> None:
    def qa(question: str, answer: str | None) -> dict:
        if answer is None:
            return {"question": question, "is_impossible": True, "answers": []}
        return {"question": question, "is_impossible": False, "answers": [{"text": answer, "answer_start": 0}]}

    paragraphs = [{"context": "Alpha one.", "qas": [qa("Q1?", "Alpha"), qa("Q2?", None), qa("Q3?", "Alpha")]},
                  {"context": "Beta two.", "qas": [qa("Q4?", "Beta"), qa("Q5?", "Beta")]}]
    path = tmp_path / "squad.json"
    path.write_text(json.dumps({"data": [{"title": "T", "paragraphs": paragraphs}]}))
    article = read_squad(path)[0]
    q1, q2, q3, q4, q5 = article.questions
    assert article.text[q4.answers[0][0]:].startswith("Beta")
    assert [article.asked_before(q) for q in (q1, q2, q3, q4, q5)] == [None, q1, q1, None, q4]


def test_a_fitted_model_scores_as_scikit_learn_does() -> None:
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 4))
    y = x @ [1.0, -2.0, 0.5, 0.0] + rng.normal(size=200) > 0
    model = LogisticRegression().fit(x, y)
    ours = [logistic(model.coef_[0], float(model.intercept_[0]), row) for row in x[:20]]
    assert ours == pytest.approx(model.predict_proba(x[:20])[:, 1], abs=1e-12)


def test_a_decision_is_settled_without_the_context_only_when_every_value_of_it_agrees() -> None:
    model = FoundModel.load(Settings().trained_dir / "found.json")
    rng = np.random.default_rng(0)
    settled = 0
    for dense, lexical, unknown in rng.uniform(0, 1, size=(300, 3)):
        evidence = Evidence(dense, lexical, unknown, None, follow_up=True)
        decision = model.settled(evidence)
        decisions = {model.found(Evidence(dense, lexical, unknown, c, True)) for c in np.linspace(0, 1, 21)}
        assert decision is None if len(decisions) == 2 else decision == decisions.pop()
        settled += decision is not None
    assert 0 < settled < 300
    with pytest.raises(ValueError):
        model.found(Evidence(0.45, 0.3, 0.5, None, follow_up=True))  # its context decides


def test_a_kind_of_answer_the_documents_never_give_is_not_found_whatever_the_signals() -> None:
    model = FoundModel.load(Settings().trained_dir / "found.json")
    strong = Evidence(0.9, 1.0, 0.0, 0.9)
    assert model.found(strong) and not model.found(replace(strong, gives_kind=False))
    assert model.settled(Evidence(0.45, 0.3, 0.5, None, follow_up=True, gives_kind=False)) is False


def test_the_shipped_runner_up_cut_off_is_the_best_within_its_length() -> None:
    shipped = json.loads((Settings().trained_dir / "runners_up.json").read_text())
    table = shipped["held-out answers holding the answer, mean characters, by cut-off"]
    rates = {float(c): rate for c, rate in table.items()}
    within = {c: (held, chars) for c, (held, chars) in rates.items() if chars <= shipped["mean_chars"]}
    assert shipped["threshold"] == max(within, key=lambda c: (within[c][0], -within[c][1]))
    assert RunnerUpModel.load(Settings().trained_dir / "runners_up.json").threshold == shipped["threshold"]
