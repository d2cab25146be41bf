"""Shared helpers for the benchmarks: evaluation data, temporary indexes, a table printer."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from index import Embedder, build_index, read_documents
from qa import Assistant, Settings
from qa.config import ROOT

EVAL = Path(os.environ.get("DOCQA_EVAL_DIR", ROOT.parent / "shared" / "eval"))


@dataclass(frozen=True)
class SquadQuestion:
    question: str
    answers: list[tuple[int, str]]  # (offset in the article document, text)


def squad_articles() -> list[tuple[str, str, list[SquadQuestion]]]:
    """(title, document text, answerable questions) for each SQuAD article, paragraphs joined by blank lines."""
    data = json.loads((EVAL / "squad2-dev-3-articles.json").read_text())
    articles = []
    for article in data["data"]:
        text, questions = "", []
        for para in article["paragraphs"]:
            base = len(text) + (2 if text else 0)
            text = f"{text}\n\n{para['context']}" if text else para["context"]
            for qa in para["qas"]:
                if not qa.get("is_impossible"):
                    answers = [(base + a["answer_start"], a["text"]) for a in qa["answers"]]
                    questions.append(SquadQuestion(qa["question"], answers))
        articles.append((article["title"], text, questions))
    return articles


def seed_dev() -> dict:
    return json.loads((EVAL / "seed-dev.json").read_text())


def assistant_for(paths: list[Path], embedder: Embedder, index_dir: Path | None = None, onnx: bool = False,
                  **kwargs) -> Assistant:
    """Build an index of `paths` in a temporary folder and return an assistant over it.

    With `onnx` the assistant encodes questions as a server does, through the build's ONNX export.
    """
    index_dir = index_dir or Path(tempfile.mkdtemp(prefix="docqa-bench-"))
    settings = Settings.from_env({"index_dir": index_dir})
    build_index(read_documents(paths), index_dir, embedder, settings.max_passage_tokens, settings.min_passage_tokens,
                reader=True)  # exported even when off, so that benchmarks can compare with and without it
    return Assistant(settings, None if onnx else embedder, **kwargs)


def table(rows: list[tuple], header: tuple) -> str:
    cells = [tuple(str(c) for c in header)] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)
