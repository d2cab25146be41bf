"""Questions a document no longer answers: the sentences that answer them deleted from it.

    python bench/unstated.py [--per-article 60]

From each article of the SQuAD files a sample of answerable questions is drawn, and every sentence holding one
of their gold spans is deleted. The sampled questions whose answers the shortened text then states nowhere are
asked of it, alone and after the question written before them about their paragraph; each should come back
`found: false`. They ask, in the document's own words, for a detail it does not state: the follow-ups the fifth
set of `bench/dialogs.py` found hard, here in hundreds and on articles nobody wrote them for. The same questions
asked of the whole article show how many the decision finds when the answer is there. Nothing is fitted on
them; the development file's rows are on articles `make train` never reads.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import EVAL, ask_after, assistant_for, paragraph_follow_up, scratch, table  # noqa: E402
from index import Embedder, split_sentences  # noqa: E402
from qa import Assistant  # noqa: E402
from qa.training import SquadArticle, SquadQuestion, read_squad  # noqa: E402

FILES = ("squad2-train-10-articles.json", "squad2-dev-3-articles.json")


def without_answers(text: str, questions: list[SquadQuestion]) -> str:
    """The text with every sentence that holds a gold span of `questions` deleted."""
    spans = split_sentences(text)
    cut = sorted({(start, end) for off, _ in (a for q in questions for a in q.answers)
                  for start, end in spans if start <= off < end})
    kept, last = [], 0
    for start, end in cut:
        kept.append(text[last:start])
        last = end
    return "".join(kept) + text[last:]


def unstated(article: SquadArticle, per_article: int, rng: random.Random) -> tuple[str, list[SquadQuestion]]:
    """The shortened text, and the sampled questions whose answers it states nowhere (case-insensitively)."""
    sample = rng.sample(article.answerable, min(per_article, len(article.answerable)))
    text = without_answers(article.text, sample)
    lower = text.lower()
    return text, [q for q in sample if not any(t.lower() in lower for _, t in q.answers)]


def found(assistant: Assistant, article: SquadArticle, questions: list[SquadQuestion]) -> tuple[int, int, int, int]:
    """How many are found alone, of how many; how many as follow-ups, of how many asked so."""
    alone = sum(assistant.ask(q.question, top_k=3).found for q in questions)
    pairs = [p for p in (paragraph_follow_up(article, q) for q in questions) if p is not None]
    after = sum(ask_after(assistant, opener, follow_up).found for opener, follow_up in pairs)
    return alone, len(questions), after, len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-article", type=int, default=60, help="questions drawn from each article")
    args = parser.parse_args()
    embedder = Embedder()
    # One index folder for every build: the model and the reader are exported once, not once per article.
    index_dir = scratch("docqa-unstated-index-")
    rows = []
    for name in FILES:
        rng = random.Random(0)
        totals = [0] * 8
        for article in read_squad(EVAL / name):
            text, questions = unstated(article, args.per_article, rng)
            figures = []
            for version in (article.text, text):
                path = scratch("docqa-unstated-") / f"{article.title}.txt"
                path.write_text(version)
                figures += found(assistant_for([path], embedder, index_dir, onnx=True), article, questions)
            totals = [t + f for t, f in zip(totals, figures)]
            print(f"{article.title}: {len(questions)} questions no longer answered", file=sys.stderr)
        whole_alone, n, whole_after, m, short_alone, _, short_after, _ = totals
        rows.append((name, n, f"{whole_alone}/{n}", f"{n - short_alone}/{n} ({(n - short_alone) / n:.0%})",
                     m, f"{whole_after}/{m}", f"{m - short_after}/{m} ({(m - short_after) / m:.0%})"))
    print(f"questions whose answering sentences were deleted ({EVAL}, {args.per_article} drawn per article)")
    print(table(rows, ("file", "alone", "found in the whole article", "found: false without the sentences",
                       "as follow-ups", "found in the whole article", "found: false without the sentences")))


if __name__ == "__main__":
    main()
