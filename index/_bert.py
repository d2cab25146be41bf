"""BERT written to ONNX straight from its weights, so that builds never import torch.

Loading the model through torch and sentence-transformers and tracing it took 11 of a cold build's 12.8 seconds
(profiled), for a computation that is fixed. For the plain BERT that `transformers` runs for `model_type: bert` (absolute positions,
exact GELU) the graph is written here, op by op; any other model is traced from torch by the caller.
`tests/test_onnx.py` and `tests/test_reader.py` hold the result to torch's outputs.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


@dataclass(frozen=True)
class Bert:
    """A BERT encoder's configuration and weights, named as `transformers` names them."""

    config: dict
    weights: dict[str, np.ndarray]


def read_bert(source: Path) -> Bert | None:
    """The model whose files are in `source`, when it is a plain BERT with safetensors weights; else None."""
    try:
        config = json.loads((source / "config.json").read_text())
    except (OSError, ValueError):
        return None
    plain = (config.get("model_type") == "bert" and config.get("hidden_act") == "gelu"
             and config.get("position_embedding_type", "absolute") == "absolute")
    if not plain or not (source / "model.safetensors").is_file():
        return None
    from safetensors.numpy import load_file

    # Checkpoints saved from a task model prefix the encoder's weights with "bert.".
    return Bert(config, {k.removeprefix("bert."): v for k, v in load_file(source / "model.safetensors").items()})


class _Graph:
    """The nodes and weights of one ONNX graph, as it is written."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self._weights, self.nodes, self.initializers = weights, [], []

    def weight(self, name: str, transpose: bool = False) -> str:
        array = self._weights[name]
        self.initializers.append(numpy_helper.from_array(np.ascontiguousarray(array.T if transpose else array), name))
        return name

    def constant(self, value: float | int | list[int]) -> str:
        dtype = np.float32 if isinstance(value, float) else np.int64
        name = f"const_{len(self.initializers)}"
        self.initializers.append(numpy_helper.from_array(np.asarray(value, dtype=dtype), name))
        return name

    def op(self, kind: str, *inputs: str, out: str | None = None, **attributes: object) -> str:
        out = out or f"{kind}_{len(self.nodes)}"
        self.nodes.append(helper.make_node(kind, list(inputs), [out], **attributes))
        return out

    def dense(self, x: str, name: str) -> str:
        return self.op("Add", self.op("MatMul", x, self.weight(f"{name}.weight", transpose=True)),
                       self.weight(f"{name}.bias"))

    def by_head(self, x: str, name: str, heads: int, order: list[int]) -> str:
        """The linear layer `name` of `x`, split into `heads` and put in `order` (batch, head first)."""
        return self.op("Transpose", self.op("Reshape", self.dense(x, name), self.constant([0, 0, heads, -1])),
                       perm=order)

    def norm(self, x: str, name: str, eps: float) -> str:
        return self.op("LayerNormalization", x, self.weight(f"{name}.weight"), self.weight(f"{name}.bias"),
                       axis=-1, epsilon=eps)


def bert_onnx(bert: Bert, layers: int | None = None, head: str | None = None) -> onnx.ModelProto:
    """The first `layers` (all by default) as ONNX: every token's last state ("hidden"), or with `head` (the
    name of a linear layer of one output) a score per pair from the mean of the second text's tokens ("score")."""
    config, g = bert.config, _Graph(bert.weights)
    size, heads = config["hidden_size"], config["num_attention_heads"]
    eps = float(config.get("layer_norm_eps", 1e-12))
    ids, mask, types = INPUTS
    positions = g.op("Range", g.constant(0), g.op("Gather", g.op("Shape", ids), g.constant(1), axis=0), g.constant(1))
    x = g.op("Add", g.op("Add", g.op("Gather", g.weight("embeddings.word_embeddings.weight"), ids),
                         g.op("Gather", g.weight("embeddings.position_embeddings.weight"), positions)),
             g.op("Gather", g.weight("embeddings.token_type_embeddings.weight"), types))
    x = g.norm(x, "embeddings.LayerNorm", eps)
    # Padding gets the lowest float added to its attention scores, as in transformers: after softmax, exactly 0.
    keep = g.op("Cast", mask, to=TensorProto.FLOAT)
    blocked = g.op("Mul", g.op("Sub", g.constant(1.0), keep), g.constant(float(np.finfo(np.float32).min)))
    blocked = g.op("Unsqueeze", blocked, g.constant([1, 2]))
    for n in range(config["num_hidden_layers"] if layers is None else layers):
        layer, attention = f"encoder.layer.{n}", f"encoder.layer.{n}.attention.self"
        query = g.by_head(x, f"{attention}.query", heads, [0, 2, 1, 3])
        key = g.by_head(x, f"{attention}.key", heads, [0, 2, 3, 1])  # transposed for query @ key
        value = g.by_head(x, f"{attention}.value", heads, [0, 2, 1, 3])
        scores = g.op("Div", g.op("MatMul", query, key), g.constant(math.sqrt(size // heads)))
        weights = g.op("Softmax", g.op("Add", scores, blocked), axis=-1)
        context = g.op("Transpose", g.op("MatMul", weights, value), perm=[0, 2, 1, 3])
        context = g.op("Reshape", context, g.constant([0, 0, size]))
        x = g.norm(g.op("Add", g.dense(context, f"{layer}.attention.output.dense"), x),
                   f"{layer}.attention.output.LayerNorm", eps)
        inner = g.dense(x, f"{layer}.intermediate.dense")
        inner = g.op("Mul", g.op("Mul", inner, g.constant(0.5)),  # exact GELU: x/2 (1 + erf(x / sqrt 2))
                     g.op("Add", g.op("Erf", g.op("Div", inner, g.constant(math.sqrt(2.0)))), g.constant(1.0)))
        x = g.norm(g.op("Add", g.dense(inner, f"{layer}.output.dense"), x), f"{layer}.output.LayerNorm", eps)
    if head is None:
        name = g.op("Identity", x, out="hidden")
    else:  # the mean of the second text's tokens (type 1), which have read the first
        second = g.op("Unsqueeze", g.op("Cast", g.op("Mul", mask, types), to=TensorProto.FLOAT), g.constant([-1]))
        total = g.op("ReduceSum", g.op("Mul", x, second), g.constant([1]), keepdims=0)
        count = g.op("Max", g.op("ReduceSum", second, g.constant([1]), keepdims=0), g.constant(1.0))
        name = g.op("Squeeze", g.dense(g.op("Div", total, count), head), g.constant([1]), out="score")
    axes = ["batch", "tokens"]
    graph = helper.make_graph(
        g.nodes, "bert", [helper.make_tensor_value_info(i, TensorProto.INT64, axes) for i in INPUTS],
        [helper.make_tensor_value_info(name, TensorProto.FLOAT, ["batch", "tokens", size] if head is None else ["batch"])],
        g.initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8  # what opset 17 needs, so that older ONNX Runtimes load it too
    return model
