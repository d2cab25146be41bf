"""The model exported once to ONNX and run by ONNX Runtime: the same vectors, faster, without torch.

A question is one short text, where torch's per-call overhead dominates: ONNX Runtime encodes it in a
third of the time, and a server then never imports torch. Builds embed through it too (1.7x). A plain
BERT sentence model (the default) is written from its files (`index/_bert.py`), so a build needs no torch
either; any other is traced from torch and verified against the sentence-transformers model, and skipped,
everything falling back to torch, for any model it cannot reproduce exactly (a pooling other than the mean, say).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import onnx
from tokenizers import Tokenizer
from tqdm.auto import tqdm

from index._bert import INPUTS, bert_onnx, read_bert
from index._embedding import Embedder

log = logging.getLogger(__name__)

# Texts the export must reproduce, one longer than the model reads so truncation is checked too.
_PROBES = ["How fast does ketamine work?", "A short sentence.", " ".join(["word"] * 400)]
_SAME = 0.9999  # least cosine between an exported vector and the model's own


def encoder_dir(index_dir: Path, identity: str) -> Path:
    """Where the exported encoder of one model lives: beside the index versions, never pruned with them."""
    return index_dir / "encoders" / hashlib.sha256(identity.encode()).hexdigest()[:12]


def exported(index_dir: Path, identity: str) -> bool:
    """Whether the model (by identity) has a finished export under `index_dir`."""
    return (encoder_dir(index_dir, identity) / "meta.json").is_file()


def _exportable(embedder: Embedder) -> bool:
    """Only a transformer, mean pooling and (optionally) normalisation: what `OnnxEncoder` reproduces."""
    names = [type(m).__name__ for m in embedder.model]
    if names[:2] != ["Transformer", "Pooling"] or names[2:] not in ([], ["Normalize"]):
        return False
    return embedder.model[1].get_config_dict().get("pooling_mode") == "mean"


def _max_tokens(source: Path) -> int | None:
    """How many wordpieces the sentence-transformers model in `source` reads, when its modules are those
    `OnnxEncoder` reproduces (a transformer, mean pooling, normalisation); else None."""
    try:
        modules = [m["type"].rsplit(".", 1)[-1] for m in json.loads((source / "modules.json").read_text())]
        pooling = json.loads((source / "1_Pooling" / "config.json").read_text())
        settings = json.loads((source / "sentence_bert_config.json").read_text())
    except (OSError, ValueError, KeyError, TypeError):
        return None
    means = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v] == ["pooling_mode_mean_tokens"]
    plain = modules[:2] == ["Transformer", "Pooling"] and modules[2:] in ([], ["Normalize"])
    return int(settings["max_seq_length"]) if means and plain and "max_seq_length" in settings else None


def _written(work: Path, identity: str, source: Path) -> bool:
    """Write a plain BERT sentence model's export into `work` from its files, without torch; False if it is not one."""
    max_tokens = _max_tokens(source)
    if max_tokens is None or not (source / "tokenizer.json").is_file():
        return False
    bert = read_bert(source)  # only now: it reads every weight
    if bert is None:
        return False
    onnx.save(bert_onnx(bert), str(work / "model.onnx"))
    shutil.copyfile(source / "tokenizer.json", work / "tokenizer.json")
    meta = {"identity": identity, "max_tokens": max_tokens, "inputs": list(INPUTS), "dimension": bert.config["hidden_size"]}
    (work / "meta.json").write_text(json.dumps(meta))
    return True


def _traced(work: Path, embedder: Embedder) -> bool:
    """Write the export into `work` by tracing the torch model; False for a model `OnnxEncoder` cannot reproduce."""
    if embedder.device != "cpu" or not _exportable(embedder):
        return False
    import torch

    transformer, tokenizer = embedder.model[0].auto_model, embedder.model.tokenizer
    inputs = [n for n in INPUTS if n in tokenizer.model_input_names]

    class Hidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, *args: torch.Tensor) -> torch.Tensor:
            return self.transformer(**dict(zip(inputs, args))).last_hidden_state

    # Traced with padding, so the graph keeps the attention mask a batch of unequal texts needs.
    sample = {"input_ids": torch.full((2, 8), 1000), "attention_mask": torch.tensor([[1] * 8, [1] * 5 + [0] * 3]),
              "token_type_ids": torch.zeros((2, 8), dtype=torch.long)}
    axes = {n: {0: "batch", 1: "tokens"} for n in [*inputs, "hidden"]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on constants; the check after is what counts
        torch.onnx.export(Hidden().eval(), tuple(sample[n] for n in inputs), str(work / "model.onnx"),
                          input_names=inputs, output_names=["hidden"], dynamic_axes=axes, opset_version=17,
                          dynamo=False)
    tokenizer.backend_tokenizer.save(str(work / "tokenizer.json"))
    meta = {"identity": embedder.identity, "max_tokens": embedder.max_tokens, "inputs": inputs,
            "dimension": embedder.dimension}
    (work / "meta.json").write_text(json.dumps(meta))
    return True


def _agreement(folder: Path, expected: np.ndarray | None) -> float:
    """Least cosine of the export's probe vectors, in one batch and one by one, to `expected` (by default the
    one-by-one vectors: then padding is what is checked)."""
    candidate = OnnxEncoder(folder)
    alone = np.vstack([candidate.encode([p]) for p in _PROBES])
    reference = alone if expected is None else expected
    return float(min(np.min(np.sum(v * reference, axis=1)) for v in (candidate.encode(_PROBES), alone)))


def export_onnx(index_dir: Path, identity: str, source: str, load: Callable[[], Embedder]) -> bool:
    """Export the model (`identity`, its files in `source`) to ONNX under `index_dir` unless done already; False
    when it cannot be. A plain BERT is written from its files; any other model is loaded (`load`) and traced.

    Called under the build lock: one export at a time per index folder.
    """
    target = encoder_dir(index_dir, identity)
    if exported(index_dir, identity):
        return True
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob(".export-*"):  # left by a killed build; builds hold the lock, so none is live
        shutil.rmtree(stale, ignore_errors=True)
    if Path("/proc/driver/nvidia/version").exists() and load().device != "cpu":
        return False  # torch on the GPU embeds a build faster than the export on the CPU
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        if _written(work, identity, Path(source)):
            agreement = _agreement(work, None)
        else:
            embedder = load()
            if not _traced(work, embedder):
                return False
            agreement = _agreement(work, embedder.encode(_PROBES))
        if agreement < _SAME:
            log.warning("ONNX export of %s disagrees with the model (cosine %.5f): not used", identity, agreement)
            return False
        work.chmod(0o755)  # mkdtemp's 0700 would hide it from a server running as another user
        os.replace(work, target)
        log.info("exported %s to ONNX", identity)
        return True
    except Exception as exc:  # the export is an optimisation: the build goes on without it
        log.warning("ONNX export of %s failed, torch will encode: %r", identity, exc)
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)


class OnnxEncoder:
    """Normalised embeddings from an exported model: `Embedder.encode`'s vectors, without torch."""

    def __init__(self, folder: Path, threads: int | None = None) -> None:
        import onnxruntime

        meta = json.loads((folder / "meta.json").read_text())
        self.identity: str = meta["identity"]
        self.dimension: int = meta["dimension"]
        self._inputs: list[str] = meta["inputs"]
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(meta["max_tokens"])
        self._tokenizer.no_padding()  # each batch is padded to its own longest text
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads or 0
        options.inter_op_num_threads = 1
        # Idle pool threads sleep instead of spinning: a spinning one took a core from the request's own search
        # after each encode (bench/perf.py, one client: p99 30 ms spinning, 12 to 16 ms without).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # Without its arena ONNX Runtime frees what a large build's batches took, so a server that rebuilt
        # shrinks back (with the arena it stays at its largest batch's size).
        options.enable_cpu_mem_arena = False
        self._session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options,
                                                     providers=["CPUExecutionProvider"])

    def encode(self, texts: Sequence[str], progress: bool = False, batch_size: int = 64,
               batch_tokens: int = 512) -> np.ndarray:
        """Unit-length float32 vectors, one row per text; batches of similar length waste no padding.

        A batch holds at most `batch_size` texts and about `batch_tokens` tokens: long passages go a few at
        a time (a build of the bundled document embeds 5x faster than in batches of 64), questions together.
        """
        # Token ids only, as arrays: a large build never holds every text's full `Encoding`.
        ids = [np.array(e.ids, dtype=np.int64) for start in range(0, len(texts), 4096)
               for e in self._tokenizer.encode_batch(list(texts[start : start + 4096]))]
        order = sorted(range(len(texts)), key=lambda i: -len(ids[i]))
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        with tqdm(total=len(order), desc="Batches", disable=not progress) as bar:
            start = 0
            while start < len(order):
                # Sorted longest first, so the batch's first text sets its padded length.
                rows = order[start : start + max(1, min(batch_size, batch_tokens // max(1, len(ids[order[start]]))))]
                vectors[rows] = self._run([ids[i] for i in rows])
                start += len(rows)
                bar.update(len(rows))
        return vectors

    def _run(self, batch: list[np.ndarray]) -> np.ndarray:
        lengths = np.array([[len(x)] for x in batch])
        mask = (np.arange(int(lengths.max())) < lengths).astype(np.int64)
        # Padding is masked out of attention and pooling, so its id does not matter.
        ids = np.zeros(mask.shape, dtype=np.int64)
        for row, x in enumerate(batch):
            ids[row, : len(x)] = x
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, {n: feeds[n] for n in self._inputs})[0]
        # Mean of the token states, as the model pools, then unit length.
        pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


_loaded: dict[Path, OnnxEncoder] = {}
_loading = threading.Lock()


def onnx_encoder(index_dir: Path, identity: str, threads: int | None = None) -> OnnxEncoder | None:
    """The exported encoder of a model (by identity) under `index_dir`, or None if there is none.

    One per folder and process (a watching server's rebuilds share its weights); `threads` applies
    to the first load.
    """
    folder = encoder_dir(index_dir, identity).resolve()
    with _loading:
        if folder not in _loaded:
            if not exported(index_dir, identity):
                return None
            try:
                _loaded[folder] = OnnxEncoder(folder, threads)
            except Exception as exc:  # a damaged export costs speed, not service
                log.warning("cannot load the ONNX encoder in %s, torch will encode: %r", folder, exc)
                return None
        return _loaded[folder]
