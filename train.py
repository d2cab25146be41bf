"""Fit what docqa learns from data (`make train`): the "found" decision, from the shared SQuAD training file.

Seeded and deterministic; never reads the development files. Writes into `--out` (default data/trained/).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from index import Embedder, build_index, read_documents
from qa import Assistant, Settings
from qa.config import ROOT, TRAIN_FILE
from qa.logs import configure_logging
from qa.training import BOOTSTRAP, examples, fit, read_squad


def article_indexes(train_file: Path, work: Path, embedder: Embedder) -> list[Path]:
    """One index per article of the training file, kept in `work` so that a rerun only reads them."""
    folders = []
    for article in read_squad(train_file):
        folder = work / re.sub(r"\W+", "-", article.title).strip("-").lower()
        document = folder / "document.txt"
        document.parent.mkdir(parents=True, exist_ok=True)
        document.write_text(article.text)
        build_index(read_documents([document]), folder / "index", embedder)
        folders.append(folder / "index")
    return folders


def train_found(train_file: Path, out: Path, work: Path, per_kind: int, recall: float,
                follow_up_recall: float) -> dict:
    embedder = Embedder()
    indexes = article_indexes(train_file, work, embedder)
    articles = read_squad(train_file)
    model = BOOTSTRAP
    for _ in range(2):  # the second round routes follow-ups with the model the first round fitted
        assistants: dict[int, Assistant] = {}

        def assistant_of(a: int) -> Assistant:
            if a not in assistants:
                settings = Settings.from_env({"index_dir": indexes[a], "reload_interval": 0})
                assistants[a] = Assistant(settings, embedder, found_model=model)
            return assistants[a]

        data = examples(articles, assistant_of, per_kind)
        model, report = fit(data, recall, follow_up_recall)
    model.save(out / "found.json", trained_on=train_file.name, per_kind=per_kind, recall=recall,
               follow_up_recall=follow_up_recall, **report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train-file", type=Path, default=TRAIN_FILE)
    parser.add_argument("--out", type=Path, default=Settings().trained_dir)
    parser.add_argument("--work", type=Path, default=ROOT / "instance" / "train", help="indexes of the articles")
    parser.add_argument("--per-kind", type=int, default=60, help="questions of each kind per article")
    parser.add_argument("--recall", type=float, default=0.999, help="answerable questions that must stay found")
    parser.add_argument("--follow-up-recall", type=float, default=0.98, help="... and answerable follow-ups")
    args = parser.parse_args(argv)
    if not args.train_file.is_file():
        parser.error(f"{args.train_file}: no such file")
    configure_logging(Settings.from_env())
    started = time.perf_counter()
    report = train_found(args.train_file, args.out, args.work, args.per_kind, args.recall, args.follow_up_recall)
    print(json.dumps({**report, "seconds": round(time.perf_counter() - started, 1)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
