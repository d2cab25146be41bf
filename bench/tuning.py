"""One hand-set number of `qa._tuning.Tuning` tried at several values on the training file's questions
(never the development files), the served pipeline answering: answer hit, cite@1, cite@3, mean length.

    python bench/tuning.py FIELD VALUE [VALUE ...] [--per-article N] [--follow-ups]
    python bench/tuning.py sentence_rank 0 0.5 0.75 1

With `--follow-ups` each question is asked as the follow-up of another question of its article (a seeded
one), the article's subject in it replaced by "it" as `make train` makes follow-ups. With `--follow-ups
paragraph` the other question is the one written just before it about the same paragraph, as in a dialog
that stays on one topic (a paragraph's first question is then not asked).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from dataclasses import fields, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import EVAL, ask_after, assistant_for, paragraph_follow_up, scratch, squad_marks, table  # noqa: E402
from index import Embedder  # noqa: E402
from qa import Assistant, Tuning  # noqa: E402
from qa.training import as_follow_up, read_squad  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("field", choices=[f.name for f in fields(Tuning)])
    parser.add_argument("values", nargs="+", type=float)
    parser.add_argument("--per-article", type=int, default=0, help="a seeded sample of each article's questions")
    parser.add_argument("--follow-ups", nargs="?", const="article", choices=["article", "paragraph"],
                        help="ask each after another question of its article (of its paragraph, written before it)")
    args = parser.parse_args()
    kind = type(getattr(Tuning(), args.field))
    tunings = [replace(Tuning(), **{args.field: kind(v)}) for v in args.values]
    embedder = Embedder()
    rng = random.Random(7)
    counts = [{"hit": 0, "c1": 0, "c3": 0, "chars": []} for _ in tunings]
    asked = 0
    for article in read_squad(EVAL / "squad2-train-10-articles.json"):
        path = scratch("docqa-tuning-") / f"{article.title}.txt"
        path.write_text(article.text)
        settings = assistant_for([path], embedder, onnx=True).settings
        assistants = [Assistant(settings, tuning=t) for t in tunings]
        questions = article.answerable
        if args.per_article:
            questions = rng.sample(questions, min(args.per_article, len(questions)))
        for q in questions:
            if args.follow_ups == "paragraph":
                pair = paragraph_follow_up(article, q)
                if pair is None:
                    continue
                opener, follow_up = pair
            elif args.follow_ups:
                opener = rng.choice([o for o in article.answerable if o is not q]).question
                follow_up = as_follow_up(q.question, article.title) or q.question
            asked += 1
            for assistant, count in zip(assistants, counts):
                if args.follow_ups:
                    answer = ask_after(assistant, opener, follow_up)
                else:
                    answer = assistant.ask(q.question, top_k=3)
                hit, first, three = squad_marks(answer, q)
                count["hit"] += hit
                count["c1"] += first
                count["c3"] += three
                count["chars"].append(len(answer.answer))
        print(f"{article.title}: {asked} questions", file=sys.stderr)
    rows = [(value, f"{c['hit'] / asked:.4f}", f"{c['c1'] / asked:.4f}", f"{c['c3'] / asked:.4f}",
             f"{statistics.mean(c['chars']):.0f}") for value, c in zip(args.values, counts)]
    print(f"{asked} answerable questions of {EVAL / 'squad2-train-10-articles.json'}"
          + (f", each the follow-up of another question of its {args.follow_ups}" if args.follow_ups else ""))
    print(table(rows, (args.field, "answer hit", "cite@1", "cite@3", "mean chars")))


if __name__ == "__main__":
    main()
