"""One question kind of the lexicon, with its row and without it, on every SQuAD file's questions of that kind.

    python bench/kinds.py [--kind price]

Each article is indexed alone. Its answerable questions of the kind are asked of it (answer hit, cite@1,
cite@3, `found: false`), and so are the kind's questions of the other articles of its file, renamed to its
subject as `make train` renames them (`found: false`: the article does not answer them). Training and
development files alike: nothing is fitted here, and the kind's row was written from neither.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import EVAL, assistant_for, scratch, squad_marks, table  # noqa: E402
from bench.ablation import without  # noqa: E402
from index import Embedder  # noqa: E402
from qa import _lexicon  # noqa: E402
from qa.training import SquadArticle, read_squad, renamed, subject_name  # noqa: E402

FILES = ("squad2-train-10-articles.json", "squad2-dev-3-articles.json")


def indexed(articles: list[SquadArticle], embedder: Embedder) -> list[Path]:
    """An index folder for each article alone."""
    dirs = []
    for article in articles:
        path = scratch("docqa-kinds-") / f"{article.title}.txt"
        path.write_text(article.text)
        dirs.append(assistant_for([path], embedder).settings.index_dir)
    return dirs


def measure(articles: list[SquadArticle], index_dirs: list[Path], kind: _lexicon.QuestionKind, embedder: Embedder,
            kinds: tuple) -> tuple:
    """Figures of the articles' questions of `kind`, answered with the question kinds `kinds`."""
    asked = hit = first = three = refused = others = not_found = 0
    for a, (article, index_dir) in enumerate(zip(articles, index_dirs)):
        with without(_lexicon, QUESTION_KINDS=kinds):  # the searcher reads sentence cues as it loads
            assistant = assistant_for([], embedder, index_dir=index_dir, onnx=True, build=False)
            for q in article.answerable:
                if kind.asks.search(q.question):
                    answer = assistant.ask(q.question, top_k=3)
                    marks = squad_marks(answer, q)
                    asked, hit, first, three = asked + 1, hit + marks[0], first + marks[1], three + marks[2]
                    refused += not answer.found
            subject = subject_name(article.title)
            for b, other in enumerate(articles):
                for q in other.answerable if b != a else []:
                    if kind.asks.search(q.question):
                        text = renamed(q.question, other.title, subject, f"{subject}'s") or q.question
                        others += 1
                        not_found += not assistant.ask(text).found
        print(f"{article.title}: {asked} asked", file=sys.stderr)
    return asked, hit, first, three, refused, f"{not_found}/{others}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", default="price", choices=[k.name for k in _lexicon.QUESTION_KINDS])
    args = parser.parse_args()
    kind = next(k for k in _lexicon.QUESTION_KINDS if k.name == args.kind)
    embedder = Embedder()
    every = _lexicon.QUESTION_KINDS
    rows = []
    for name in FILES:
        articles = read_squad(EVAL / name)
        index_dirs = indexed(articles, embedder)
        for label, kinds in ((f"with {kind.name}", every), (f"without {kind.name}", tuple(k for k in every
                                                                                        if k is not kind))):
            asked, hit, first, three, refused, others = measure(articles, index_dirs, kind, embedder, kinds)
            rows.append((name, label, asked, f"{hit}/{asked}", f"{first}/{asked}", f"{three}/{asked}", refused, others))
    print(f"questions that ask as the {kind.name} row does ({EVAL})")
    print(table(rows, ("file", "kinds", "answerable", "answer hit", "cite@1", "cite@3", "found: false",
                       "other articles' found: false")))


if __name__ == "__main__":
    main()
