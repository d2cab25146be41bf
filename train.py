"""Fit what docqa learns from data (`make train`): the "found" decision and which runners-up join an answer,
from the shared SQuAD training file.

Seeded and deterministic; never reads the development files. Writes into `--out` (default data/trained/).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from index import Embedder, build_index, read_documents
from qa import Assistant, Settings, Tuning
from qa.config import ROOT, TRAIN_FILE
from qa.logs import configure_logging
from qa.training import (BOOTSTRAP, LEAD_ONLY, FoundModel, RunnerUpModel, asked, examples, fit, fit_runners_up,
                         read_squad)


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


def train(train_file: Path, out: Path, work: Path, per_kind: int, recall: float, follow_up_recall: float,
          mean_chars: float) -> dict:
    embedder = Embedder()
    indexes = article_indexes(train_file, work, embedder)
    articles = read_squad(train_file)

    def assistants_with(model: FoundModel, runners_up: RunnerUpModel) -> Callable[[int], Assistant]:
        assistants: dict[int, Assistant] = {}

        def assistant_of(a: int) -> Assistant:
            if a not in assistants:
                settings = Settings.from_env({"index_dir": indexes[a], "reload_interval": 0})
                assistants[a] = Assistant(settings, embedder, found_model=model, runners_up=runners_up,
                                          full_evidence=True)
            return assistants[a]
        return assistant_of

    # First the runners-up (they do not depend on the found decision), then the found decision: a follow-up
    # leans on the passages its previous answer quoted, so its examples need the answers served.
    runners_up, joined = fit_runners_up(asked(articles, assistants_with(BOOTSTRAP, LEAD_ONLY)), Tuning(), mean_chars)
    runners_up.save(out / "runners_up.json", trained_on=train_file.name, mean_chars=mean_chars, **joined)
    model = BOOTSTRAP
    for _ in range(2):  # the second round routes follow-ups with the model the first round fitted
        model, found = fit(examples(articles, assistants_with(model, runners_up), per_kind), recall, follow_up_recall)
    model.save(out / "found.json", trained_on=train_file.name, per_kind=per_kind, recall=recall,
               follow_up_recall=follow_up_recall, **found)
    return {"found": found, "runners_up": joined}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train-file", type=Path, default=TRAIN_FILE)
    parser.add_argument("--out", type=Path, default=Settings().trained_dir)
    parser.add_argument("--work", type=Path, default=ROOT / "instance" / "train", help="indexes of the articles")
    parser.add_argument("--per-kind", type=int, default=60, help="questions of each kind per article")
    parser.add_argument("--recall", type=float, default=0.999, help="answerable questions that must stay found")
    parser.add_argument("--follow-up-recall", type=float, default=0.98, help="... and answerable follow-ups")
    # 292: the mean length of the answers the hand-set rules it replaced gave on the same questions.
    parser.add_argument("--mean-chars", type=float, default=292, help="mean answer length the runners-up must keep")
    args = parser.parse_args(argv)
    if not args.train_file.is_file():
        parser.error(f"{args.train_file}: no such file")
    configure_logging(Settings.from_env())
    started = time.perf_counter()
    report = train(args.train_file, args.out, args.work, args.per_kind, args.recall, args.follow_up_recall,
                   args.mean_chars)
    print(json.dumps({**report, "seconds": round(time.perf_counter() - started, 1)}, indent=1))
    return 0


if __name__ == "__main__":
    code = main()
    # Everything is written and closed by now. The native libraries' teardown at exit (ONNX Runtime, torch, OpenMP:
    # which one was not isolated) sometimes aborts the process after that ("terminate called without an active
    # exception", exit 134: 2 of 12 runs on 2026-12-05, once each in two earlier stops), which made `make train`
    # fail; so the process ends without running it.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
