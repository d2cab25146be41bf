"""The reader in torch, for training: the first layers of the embedding model reading a
(question, sentence) pair, low-rank adapters on their linear layers, and a linear head on the sentence tokens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import torch
from tokenizers import Tokenizer

from index._embedding import resolve_model
from index._reader import TARGETS, pair_batch


class LowRank(torch.nn.Module):
    """A frozen linear layer plus a trainable low-rank update: W x + (alpha / r) B A x."""

    def __init__(self, linear: torch.nn.Linear, rank: int, alpha: float) -> None:
        super().__init__()
        self.linear, self.scale = linear, alpha / rank
        self.a = torch.nn.Parameter(torch.empty(rank, linear.in_features))
        self.b = torch.nn.Parameter(torch.zeros(linear.out_features, rank))
        torch.nn.init.kaiming_uniform_(self.a, a=5 ** 0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x) + (x @ self.a.T @ self.b.T) * self.scale


class CrossEncoder(torch.nn.Module):
    """One score per pair: higher when the sentence holds the answer to the question."""

    def __init__(self, source: str, config: dict) -> None:
        super().__init__()
        import transformers

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        transformers.utils.logging.set_verbosity_error()  # its report of the unused pooler weights
        self.base = transformers.AutoModel.from_pretrained(source, add_pooling_layer=False)
        self.base.encoder.layer = self.base.encoder.layer[: config["layers"]]
        for p in self.base.parameters():
            p.requires_grad_(False)
        for block in self.base.encoder.layer:
            for name in TARGETS:
                parent, leaf = name.rsplit(".", 1)
                owner = block.get_submodule(parent)
                setattr(owner, leaf, LowRank(getattr(owner, leaf), config["rank"], config["alpha"]))
        self.head = torch.nn.Linear(self.base.config.hidden_size, 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                token_type_ids: torch.Tensor) -> torch.Tensor:
        hidden = self.base(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
        # The mean of the sentence's tokens, which have read the question: after a few layers [CLS] is
        # nearly the same for every pair, so it tells candidates apart too weakly to learn from.
        mask = (attention_mask * token_type_ids).unsqueeze(-1).to(hidden.dtype)
        return self.head((hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0))[:, 0]

    def delta(self) -> dict[str, np.ndarray]:
        """The trainable tensors (adapters and head) by name, as float32 arrays."""
        return {n: p.detach().numpy().astype(np.float32) for n, p in self.named_parameters() if p.requires_grad}

    def load_delta(self, delta: dict[str, np.ndarray]) -> CrossEncoder:
        """This reader with its trainable tensors set from `delta` (every one must be there)."""
        params = dict(self.named_parameters())
        wanted = {n for n, p in params.items() if p.requires_grad}
        if set(delta) != wanted:
            raise ValueError(f"the delta does not fit the reader: {sorted(wanted ^ set(delta))[:3]}")
        with torch.no_grad():
            for name, value in delta.items():
                params[name].copy_(torch.from_numpy(value))
        return self

    def scores(self, tokenizer: Tokenizer, question: str, sentences: list[str]) -> np.ndarray:
        with torch.no_grad():
            feeds = {n: torch.from_numpy(v) for n, v in pair_batch(tokenizer, [(question, s) for s in sentences]).items()}
            return self.eval()(**feeds).numpy()


def trained_reader(folder: Path) -> tuple[CrossEncoder, dict]:
    """The reader with the delta in `folder` (on the model its config names), and that config."""
    config = json.loads((folder / "config.json").read_text())
    with np.load(folder / "delta.npz") as data:
        delta = {n: data[n] for n in data.files}
    return CrossEncoder(resolve_model(config["model"])[0], config).load_delta(delta), config
