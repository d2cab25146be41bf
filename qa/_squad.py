"""Reading SQuAD 2.0 files: each article becomes one document (paragraphs joined by a blank line)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SquadQuestion:
    question: str
    answers: list[tuple[int, str]]  # (offset in the article's document, text); empty when unanswerable


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


def read_squad(path: Path) -> list[SquadArticle]:
    """The articles of a SQuAD 2.0 JSON file, gold answers at their offsets in the joined text."""
    articles = []
    for article in json.loads(path.read_text())["data"]:
        text, questions = "", []
        for para in article["paragraphs"]:
            base = len(text) + (2 if text else 0)
            text = f"{text}\n\n{para['context']}" if text else para["context"]
            for qa in para["qas"]:
                answers = [] if qa.get("is_impossible") else [(base + a["answer_start"], a["text"])
                                                                for a in qa["answers"]]
                questions.append(SquadQuestion(qa["question"], answers))
        articles.append(SquadArticle(article["title"], text, questions))
    return articles
