"""Shared helpers for the benchmarks: evaluation data, temporary indexes, a table printer."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from index import Embedder, build_index, read_documents
from qa import Answer, Assistant, Settings
from qa.training import SquadArticle, SquadQuestion, as_follow_up, read_squad
from qa.config import ROOT

EVAL = Path(os.environ.get("DOCQA_EVAL_DIR", ROOT.parent / "shared" / "eval"))
# Every folder a bench makes lives here, removed when it exits: each index holds a 90 MB ONNX export, and
# left behind, a few days of benches filled the disk.
SCRATCH = Path(tempfile.mkdtemp(prefix="docqa-bench-run-"))
SCRATCH.chmod(0o755)  # nginx's workers, another user, read files of a folder under it (bench/ops.py)
atexit.register(shutil.rmtree, SCRATCH, True)


def scratch(prefix: str = "docqa-") -> Path:
    """A new empty folder under this run's SCRATCH."""
    return Path(tempfile.mkdtemp(prefix=prefix, dir=SCRATCH))


def paragraph_follow_up(article: SquadArticle, question: SquadQuestion) -> tuple[str, str] | None:
    """(opener, follow-up): `question` asked after the one written before it about its paragraph, the
    article's subject in it replaced by "it"; None for a paragraph's first question."""
    before = article.asked_before(question)
    if before is None:
        return None
    return before.question, as_follow_up(question.question, article.title) or question.question


def ask_after(assistant: Assistant, opener: str, follow_up: str) -> Answer:
    """`follow_up` answered in a conversation that `opener` began (three passages each, as the SQuAD figures)."""
    return assistant.respond(follow_up, assistant.respond(opener, top_k=3).turn, top_k=3).answer


@lru_cache(maxsize=2)
def _articles(file: str) -> tuple[SquadArticle, ...]:
    """The articles of one SQuAD file of ../shared/eval, read once per run (they are frozen)."""
    return tuple(read_squad(EVAL / file))


def squad_articles() -> list[SquadArticle]:
    """The development SQuAD articles (checking only: nothing is fitted on them)."""
    return list(_articles("squad2-dev-3-articles.json"))


def squad_marks(answer: Answer, question: SquadQuestion) -> tuple[bool, bool, bool]:
    """Whether the answer holds a gold answer, and whether its first citation / first three hold one's span."""
    text = answer.answer.lower()
    inside = [any(c.start <= off and off + len(t) <= c.end for off, t in question.answers) for c in answer.citations]
    return any(t.lower() in text for _, t in question.answers), any(inside[:1]), any(inside[:3])


def holds_gold(answer: str, gold: list[str]) -> bool:
    """Whether an answer holds any gold string, case-insensitively (how seed-dev cases are scored)."""
    return any(g.lower() in answer.lower() for g in gold)


def seed_dev() -> dict:
    return json.loads((EVAL / "seed-dev.json").read_text())


def assistant_for(paths: list[Path], embedder: Embedder, index_dir: Path | None = None, onnx: bool = False,
                  build: bool = True, **kwargs) -> Assistant:
    """Build an index of `paths` in a temporary folder and return an assistant over it.

    With `onnx` the assistant encodes questions as a server does, through the build's ONNX export.
    """
    index_dir = index_dir or scratch("docqa-bench-")
    settings = Settings.from_env({"index_dir": index_dir})
    if build:  # the reader is exported even when off, so that benchmarks can compare with and without it
        build_index(read_documents(paths), index_dir, embedder, settings.max_passage_tokens,
                    settings.min_passage_tokens, reader=True, progress=False)
    return Assistant(settings, None if onnx else embedder, **kwargs)


def article_assistant(embedder: Embedder, title: str) -> Assistant:
    """An assistant over one SQuAD article alone (a development one, or one of the training file where dialogs are
    written on it), encoding questions as a server does."""
    document = scratch() / f"{title}.txt"
    articles = _articles("squad2-dev-3-articles.json") + _articles("squad2-train-10-articles.json")
    document.write_text(next(a.text for a in articles if a.title == title))
    return assistant_for([document], embedder, onnx=True)


def with_reader(assistant: Assistant, reader: bool) -> Assistant:
    """An assistant over the same index with the reader on, or ranking with today's scorer alone."""
    return Assistant(replace(assistant.settings, reader=reader), assistant.embedder)


def table(rows: list[tuple], header: tuple) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
