"""`make train`: fit the reader's delta on SQuAD training articles, then how it joins today's score.

Candidates are the hand scorer's own: the sentences of its top passages on an index of each article.
The reader learns to pick the sentence holding the gold span among them (softmax over each
question's candidates); articles held out of training fit the combination and give the metrics.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from index import (DEFAULT_MODEL, READER_DELTA, Document, OnnxReader, build_index, export_reader, load_version,
                   onnx_encoder, onnx_reader, shared_embedder)
from qa._messages import as_question
from qa._reader import Combination, combine, contested
from qa._retrieval import Query, Searcher, sentence_text
from qa._squad import read_squad

# The reader: the first `layers` layers of the model, adapters of rank `rank`, pairs cut to `max_tokens`.
CONFIG = {"model": DEFAULT_MODEL, "layers": 1, "rank": 8, "alpha": 16, "max_tokens": 64, "int8": True}
SEED = 13
HELD_OUT = 2  # the last articles of the file: never trained on, used to fit the combination
TRAIN_CANDIDATES = 3  # the best candidates by hand score a question is trained on (plus its answer)
# The reader learns what the hand score misses: its own choice, and its choice added to the hand
# score at this weight (the scale the combination is then fitted around).
RESIDUAL_WEIGHT = 0.1
MAX_QUESTIONS = 3000  # a seeded sample, so that training fits the time `make train` is allowed
CHECK_QUESTIONS = 40  # held-out questions whose scores the repository keeps, to check a shipped reader


@dataclass(frozen=True)
class Question:
    """A question with the hand scorer's candidate sentences (best hand score first) and which hold the answer."""

    article: str
    text: str
    sentences: list[str]
    hand: list[float]
    labels: list[bool]


def articles(path: Path) -> Iterator[tuple[str, str, list[tuple[str, list[tuple[int, int]]]]]]:
    """(title, text, [(question, gold spans)]) per article, answerable questions only."""
    for article in read_squad(path):
        yield article.title, article.text, [(q.question, [(o, o + len(t)) for o, t in q.answers])
                                            for q in article.answerable]


def candidates(path: Path, passages: int = 3) -> list[Question]:
    """Every answerable question of the file with the sentences of the hand scorer's top `passages`."""
    embedder = shared_embedder()
    out = []
    with tempfile.TemporaryDirectory() as folder:
        for title, text, questions in articles(path):
            build_index([Document(title, text)], Path(folder), embedder, progress=False)
            # Questions read and encoded as a server does: through the build's ONNX export, each closed by "?".
            encoder = onnx_encoder(Path(folder), embedder.identity) or embedder
            searcher = Searcher(load_version(Path(folder)), embed=encoder.encode)
            expanded = [searcher.expand(q) for q, _ in questions]
            vectors = encoder.encode([as_question(q) for q in expanded])
            for (question, spans), query, vector in zip(questions, expanded, vectors):
                hits = searcher.search(Query.alone(query, vector), passages)
                pool = sorted(((hit, s) for hit in hits for s in hit.sentences), key=lambda p: -p[1].score)
                out.append(Question(
                    title, question, [sentence_text(searcher.version, hit, s) for hit, s in pool],
                    [s.score for _, s in pool],
                    [any(s.start <= a and b <= s.end for a, b in spans) for _, s in pool]))
    return out


def train(questions: list[Question], source: str, epochs: int = 1, group: int = 8, log=print):
    """The reader fitted on `questions`: softmax cross-entropy of the answer among each question's candidates."""
    import torch

    from index.training import CrossEncoder, pair_batch, pair_tokenizer

    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    model = CrossEncoder(source, CONFIG)
    tokenizer = pair_tokenizer(Path(source) / "tokenizer.json", CONFIG["max_tokens"])
    examples = []
    for q in random.Random(SEED).sample(questions, min(len(questions), MAX_QUESTIONS)):
        keep = [i for i in range(len(q.sentences)) if i < TRAIN_CANDIDATES or q.labels[i]]
        if any(q.labels[i] for i in keep) and len(keep) > 1:
            examples.append((q.text, [q.sentences[i] for i in keep], [q.labels[i] for i in keep],
                             [q.hand[i] for i in keep]))
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=2e-3, weight_decay=0.01)
    steps = epochs * ((len(examples) + group - 1) // group)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda s: min(1.0, (s + 1) / 10) * max(0.0, 1 - s / steps))
    rng = random.Random(SEED)
    model.train()
    step, started, recent = 0, time.perf_counter(), []
    for _ in range(epochs):
        order = list(range(len(examples)))
        rng.shuffle(order)
        for start in range(0, len(order), group):
            batch = [examples[i] for i in order[start : start + group]]
            pairs = [(text, s) for text, sentences, _, _ in batch for s in sentences]
            feeds = {n: torch.from_numpy(v) for n, v in pair_batch(tokenizer, pairs).items()}
            scores = model(**feeds)
            loss, at = torch.zeros(()), 0
            for _, _, labels, hand in batch:
                target = torch.tensor(labels, dtype=torch.float32)
                target = target / target.sum()  # every gold sentence shares the mass (a span may repeat)
                own = scores[at : at + len(labels)]
                joined = own + torch.tensor(hand, dtype=torch.float32) / RESIDUAL_WEIGHT
                loss = loss - (torch.log_softmax(joined, 0) * target).sum() - 0.5 * (torch.log_softmax(own, 0) * target).sum()
                at += len(labels)
            (loss / len(batch)).backward()
            recent.append(loss.item() / len(batch))
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 50 == 0:
                log(f"step {step}/{steps} loss {np.mean(recent[-50:]):.3f} {time.perf_counter() - started:.0f} s")
    return model.eval(), len(examples)


def top1(questions: list[Question], scores: list[np.ndarray | None], combination: Combination) -> tuple[int, float]:
    """(questions whose best sentence holds the answer, mean pairs read) with the reader joined as `combination`."""
    right = read = 0
    for q, s in zip(questions, scores):
        n = contested(q.hand, combination)
        final = np.array(q.hand, dtype=np.float64)
        if n and s is not None:
            final[:n] = combine(final[:n], s[:n], combination.weight)
            read += n
        right += q.labels[int(np.argmax(final))]
    return right, read / max(len(questions), 1)


def cheapest(grid: list[dict]) -> Combination:
    """Of the combinations within one right answer of the best, the one that reads the fewest pairs."""
    most = max(g["top1"] for g in grid)
    best = min((g for g in grid if g["top1"] >= most - 1), key=lambda g: (g["pairs_per_question"], -g["top1"]))
    return Combination(best["weight"], best["candidates"], best["margin"])


def fit(questions: list[Question], scores: list[np.ndarray]) -> tuple[Combination, list[dict]]:
    """The cheapest combination about as right as the best on `questions`, and the grid it was chosen from."""
    grid = []
    for n in (2, 3, 4, 5):
        for weight in (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.0):
            for margin in (0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 100.0):
                c = Combination(weight, n, margin)
                right, read = top1(questions, scores, c)
                grid.append({**asdict(c), "top1": right, "pairs_per_question": round(read, 3)})
    return cheapest(grid), grid


def exported(index_dir: Path, identity: str, folder: Path) -> OnnxReader:
    reader = onnx_reader(index_dir, identity, 2, folder) if export_reader(index_dir, identity, folder) else None
    if reader is None:
        raise RuntimeError("the reader could not be exported")
    return reader


def check_metrics(reader: OnnxReader, check: list[dict]) -> dict:
    """Figures of the reader on the kept check questions: a shipped reader must reproduce them."""
    scores = [reader.score(c["question"], c["sentences"]) for c in check]
    return {"questions": len(check),
            "reader_top1": sum(c["labels"][int(np.argmax(s))] for c, s in zip(check, scores)) / len(check),
            "mean_score": float(np.mean(np.concatenate(scores)))}


def main(source: Path, folder: Path = READER_DELTA, log=print) -> dict:
    """Train, export, fit the combination, and write delta.npz, config.json, check.json, metrics.json to `folder`."""
    import torch

    from index.training import resolve_model

    # One thread: on a shared two-core machine a second one contends more than it helps (2x slower).
    torch.set_num_threads(1)
    started = time.perf_counter()
    model_source, identity = resolve_model(DEFAULT_MODEL)
    questions = candidates(source)
    titles = list(dict.fromkeys(q.article for q in questions))
    held = set(titles[-HELD_OUT:])
    training = [q for q in questions if q.article not in held]
    held_out = [q for q in questions if q.article in held]
    log(f"{len(training)} training and {len(held_out)} held-out questions, candidates in "
        f"{time.perf_counter() - started:.0f} s")
    model, trained_on = train(training, model_source, log=log)
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(folder / "delta.npz", **model.delta())
    (folder / "config.json").write_text(json.dumps({**CONFIG, "identity": identity, "combination": asdict(Combination(0.0, 1, 0.0))}))
    with tempfile.TemporaryDirectory() as index_dir:
        reader = exported(Path(index_dir), identity, folder)
        scores = [reader.score(q.text, q.sentences[:5]) if q.sentences else None for q in held_out]
        combination, grid = fit(held_out, scores)
        (folder / "config.json").write_text(json.dumps({**CONFIG, "identity": identity, "combination": asdict(combination)}, indent=1))
        reader = exported(Path(index_dir), identity, folder)
        check = [{"question": q.text, "sentences": q.sentences[:combination.candidates],
                  "labels": q.labels[:combination.candidates]} for q in held_out
                 if any(q.labels[:combination.candidates])][:CHECK_QUESTIONS]
        (folder / "check.json").write_text(json.dumps(check, indent=0, ensure_ascii=False))
        hand, _ = top1(held_out, scores, Combination(0.0, 1, 0.0))
        joined, read = top1(held_out, scores, combination)
        alone, _ = top1(held_out, scores, Combination(1e6, combination.candidates, 1e9))
        metrics = {"trained_questions": trained_on, "held_out_articles": sorted(held),
                   "held_out_questions": len(held_out),
                   "held_out_top1": {"hand": hand, "reader_alone_top_candidates": alone, "combined": joined},
                   "pairs_read_per_question": round(read, 3), "combination": asdict(combination),
                   "check": check_metrics(reader, check), "seconds": round(time.perf_counter() - started, 1),
                   "grid": grid}
    (folder / "metrics.json").write_text(json.dumps(metrics, indent=1))
    return metrics
