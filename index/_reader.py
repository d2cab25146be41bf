"""The reader: a cross-encoder made of the first layers of the embedding model plus a small trained delta.

The repository holds only the delta (low-rank adapters and a scoring head, `data/reader/`); the
base weights come with the model package. A build merges the two and writes the result to ONNX beside
the question encoder (`index/_bert.py`, no torch), checks it, quantises it to int8 and checks that too, so
that a server scores (question, sentence) pairs with ONNX Runtime.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import onnx
from tokenizers import Tokenizer

from index._bert import INPUTS, Bert, bert_onnx, read_bert
from index._embedding import resolve_model

log = logging.getLogger(__name__)

DELTA_DIR = Path(__file__).resolve().parent.parent / "data" / "reader"
# Linear layers of a BERT block that get low-rank adapters.
TARGETS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
           "intermediate.dense", "output.dense")
# Pairs the export must reproduce, one longer than the reader reads so truncation is checked too.
_PROBES = ("When was it approved?", ["The agency approved the nasal spray in March 2019.",
                                     "Ketamine is a dissociative anaesthetic.", " ".join(["word"] * 300)])
_SAME = 1e-3  # largest difference of a pair's float score alone and in a batch
_CLOSE = 0.5  # ... and of the int8 export's scores from the float one's (scores are logits spread over ~10)


def pair_tokenizer(source: Path, max_tokens: int) -> Tokenizer:
    """The model's tokenizer reading "[CLS] question [SEP] sentence [SEP]", cut to `max_tokens` wordpieces."""
    tokenizer = Tokenizer.from_file(str(source))
    tokenizer.enable_truncation(max_tokens)
    tokenizer.no_padding()
    return tokenizer


def pair_batch(tokenizer: Tokenizer, pairs: Sequence[tuple[str, str]]) -> dict[str, np.ndarray]:
    """Padded int64 arrays (input_ids, attention_mask, token_type_ids) for (question, sentence) pairs."""
    encodings = tokenizer.encode_batch(list(pairs))
    width = max(len(e.ids) for e in encodings)
    feeds = {n: np.zeros((len(encodings), width), dtype=np.int64) for n in INPUTS}
    for row, e in enumerate(encodings):
        feeds["input_ids"][row, : len(e.ids)] = e.ids
        feeds["attention_mask"][row, : len(e.ids)] = 1
        feeds["token_type_ids"][row, : len(e.ids)] = e.type_ids
    return feeds


def delta_digest(folder: Path = DELTA_DIR) -> str | None:
    """A digest of the delta's files, or None when there is no delta."""
    files = [folder / "delta.npz", folder / "config.json"]
    if not all(f.is_file() for f in files):
        return None
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


def reader_dir(index_dir: Path, identity: str, digest: str) -> Path:
    """Where the reader exported from one model and one delta lives, beside the encoders."""
    return index_dir / "readers" / hashlib.sha256(f"{identity}\0{digest}".encode()).hexdigest()[:12]


class OnnxReader:
    """Scores of (question, sentence) pairs from an exported reader: higher = more likely holds the answer."""

    def __init__(self, folder: Path, threads: int | None = None) -> None:
        import onnxruntime

        self.meta: dict = json.loads((folder / "meta.json").read_text())
        self._tokenizer = pair_tokenizer(folder / "tokenizer.json", self.meta["max_tokens"])
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or 0
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                     providers=["CPUExecutionProvider"])

    def score(self, question: str, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros(0, dtype=np.float32)
        feeds = pair_batch(self._tokenizer, [(question, s) for s in sentences])
        return self._session.run(None, feeds)[0].astype(np.float32)


def export_reader(index_dir: Path, identity: str, folder: Path = DELTA_DIR) -> bool:
    """Export the reader with the delta in `folder` under `index_dir`, unless done already.

    False when there is no delta, it was trained on another model than `identity`'s, or the export
    fails its checks (the server then ranks without it). Called under the build lock.
    """
    digest = delta_digest(folder)
    if digest is None or json.loads((folder / "config.json").read_text()).get("identity") != identity:
        return False
    target = reader_dir(index_dir, identity, digest)
    if (target / "meta.json").is_file():
        return True
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(".export-*"):  # left by a killed build; builds hold the lock
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        config = _export(work, folder)
        (work / "meta.json").write_text(json.dumps({**config, "identity": identity, "delta": digest}))
        work.chmod(0o755)
        os.replace(work, target)
        log.info("exported the reader (%d layers) to ONNX", config["layers"])
        return True
    except Exception as exc:  # answers are ranked without the reader: worse, but served
        log.warning("reader export failed, sentences are ranked without it: %r", exc)
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def _root_logger_kept() -> Iterator[None]:
    """Undo what onnxruntime.quantization does to the root logger: a handler at import (basicConfig),
    and on every call a warning to pre-process the model."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)


def merged(bert: Bert, delta: dict[str, np.ndarray], config: dict) -> Bert:
    """The base model with the delta's adapters folded into its linear layers (W + alpha / r B A) and its head."""
    adapted = {f"encoder.layer.{n}.{t}" for n in range(config["layers"]) for t in TARGETS}
    expected = {f"base.{name}.{part}" for name in adapted for part in "ab"} | {"head.weight", "head.bias"}
    if set(delta) != expected:
        raise ValueError(f"the delta does not fit the reader: {sorted(expected ^ set(delta))[:3]}")
    scale = config["alpha"] / config["rank"]
    weights = dict(bert.weights) | {"head.weight": delta["head.weight"], "head.bias": delta["head.bias"]}
    for name in adapted:
        weights[f"{name}.weight"] = weights[f"{name}.weight"] + scale * (delta[f"base.{name}.b"] @ delta[f"base.{name}.a"])
    return Bert(bert.config, weights)


def _export(work: Path, folder: Path) -> dict:
    """Write model.onnx and tokenizer.json into `work`, written from the base model's files and the delta
    (no torch: `tests/test_reader.py` holds it to the torch reader), checked, quantised; the delta's config."""
    config = json.loads((folder / "config.json").read_text())
    source = Path(resolve_model(config["model"])[0])
    bert = read_bert(source)
    if bert is None:
        raise ValueError(f"the reader is written for BERT models only, not {config['model']}")
    with np.load(folder / "delta.npz") as data:
        delta = {n: data[n] for n in data.files}
    onnx.save(bert_onnx(merged(bert, delta, config), config["layers"], head="head"), str(work / "model.onnx"))
    shutil.copyfile(source / "tokenizer.json", work / "tokenizer.json")
    (work / "meta.json").write_text(json.dumps(config))
    written = OnnxReader(work)
    expected = written.score(*_PROBES)
    alone = np.concatenate([written.score(_PROBES[0], [s]) for s in _PROBES[1]])
    gap = float(np.max(np.abs(alone - expected)))
    if gap > _SAME:
        raise ValueError(f"the ONNX reader scores a pair differently in a batch, by {gap:.5f}")
    if config.get("int8"):
        with _root_logger_kept():
            from onnxruntime.quantization import QuantType, quantize_dynamic

            # 7-bit weights: CPUs without VNNI saturate sums of 8-bit products, so with full-range weights a shipped
            # reader's check scored 0.500 on one CPU and 0.475 on another; with 7 bits every CPU sums alike.
            quantize_dynamic(work / "model.onnx", work / "int8.onnx", weight_type=QuantType.QInt8, reduce_range=True)
        (work / "int8.onnx").replace(work / "model.onnx")
        gap = float(np.max(np.abs(OnnxReader(work).score(*_PROBES) - expected)))
        if gap > _CLOSE:
            raise ValueError(f"the int8 export differs from the float one by {gap:.3f}")
    return config


_loaded: dict[Path, OnnxReader] = {}
_loading = threading.Lock()


def onnx_reader(index_dir: Path, identity: str, threads: int | None = None,
                folder: Path = DELTA_DIR) -> OnnxReader | None:
    """The exported reader for this delta under `index_dir`; None, after one warning line, when it is
    missing or cannot be loaded. One per folder and process."""
    digest = delta_digest(folder)
    if digest is None:
        log.warning("no reader delta in %s: sentences are ranked without the reader", folder)
        return None
    target = reader_dir(index_dir, identity, digest).resolve()
    with _loading:
        if target not in _loaded:
            try:
                _loaded[target] = OnnxReader(target, threads)
            except Exception as exc:  # a missing or damaged export costs answer quality, not service
                log.warning("no usable reader in %s, sentences are ranked without it: %s", target,
                            str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
                return None
        return _loaded[target]
