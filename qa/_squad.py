"""Reading SQuAD 2.0 files: each article becomes one document (paragraphs joined by a blank line)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SquadQuestion:
    question: str
    answers: list[tuple[int, str]]  # (offset in the article's document, text); empty when unanswerable
    paragraph: int = 0  # which of the article's paragraphs it was written about


@dataclass(frozen=True)
class SquadArticle:
    title: str
    text: str
    questions: list[SquadQuestion]

    @property
    def answerable(self) -> list[SquadQuestion]:
        return [q for q in self.questions if q.answers]

    @property
    def unanswerable(self) -> list[SquadQuestion]:
        return [q for q in self.questions if not q.answers]

    def asked_before(self, question: SquadQuestion) -> SquadQuestion | None:
        """The answerable question written just before `question` about the same paragraph, if any: SQuAD's
        writers asked a paragraph's questions in turn, so the pair reads like the two turns of a dialog."""
        earlier = [q for q in self.questions[: self.questions.index(question)]
                   if q.answers and q.paragraph == question.paragraph]
        return earlier[-1] if earlier else None


def read_squad(path: Path) -> list[SquadArticle]:
    """The articles of a SQuAD 2.0 JSON file, gold answers at their offsets in the joined text."""
    articles = []
    for article in json.loads(path.read_text())["data"]:
        text, questions = "", []
        for n, para in enumerate(article["paragraphs"]):
            base = len(text) + (2 if text else 0)
            text = f"{text}\n\n{para['context']}" if text else para["context"]
            for qa in para["qas"]:
                answers = [] if qa.get("is_impossible") else [(base + a["answer_start"], a["text"])
                                                                for a in qa["answers"]]
                questions.append(SquadQuestion(qa["question"], answers, n))
        articles.append(SquadArticle(article["title"], text, questions))
    return articles
