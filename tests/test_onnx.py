"""The ONNX encoder: the same vectors as the torch model, written without torch, and a fallback when it is damaged."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import Embedder, OnnxEncoder, build_index, onnx_encoder, read_documents
from index._onnx import encoder_dir, export_onnx
from qa import Assistant, Settings
from qa.config import BUNDLED_DOCUMENT, ROOT

TEXTS = ["How fast does ketamine work?", "Spravato", "a longer question " * 60, "Wer hat Ketamin entdeckt?"]


def test_the_build_exports_an_encoder_that_matches_the_model(bundled_index: Path, embedder: Embedder) -> None:
    encoder = onnx_encoder(bundled_index, embedder.identity)
    assert isinstance(encoder, OnnxEncoder) and encoder.identity == embedder.identity
    expected = embedder.encode(TEXTS)
    for got in (encoder.encode(TEXTS), np.vstack([encoder.encode([t]) for t in TEXTS])):
        assert got.dtype == np.float32 and got.shape == expected.shape
        np.testing.assert_allclose(got, expected, atol=2e-4)
    assert encoder.encode([]).shape == (0, expected.shape[1])


def test_batching_by_tokens_leaves_the_vectors_as_they_are(bundled_index: Path, embedder: Embedder) -> None:
    encoder = onnx_encoder(bundled_index, embedder.identity)
    assert encoder is not None
    texts = [BUNDLED_DOCUMENT.read_text()[:n] for n in (40, 300, 1200, 2000)] + TEXTS
    calls = []
    run = encoder._run
    encoder._run = lambda batch: calls.append([len(x) for x in batch]) or run(batch)  # type: ignore[method-assign]
    try:
        few = encoder.encode(texts, batch_tokens=512)
        small_batches = list(calls)
        calls.clear()
        one = encoder.encode(texts, batch_tokens=10**9)
    finally:
        del encoder._run
    # Each batch within the budget (a text longer than it goes alone); without a budget, one batch.
    assert len(small_batches) > 1 and all(len(b) * max(b) <= 512 or len(b) == 1 for b in small_batches)
    assert len(calls) == 1
    np.testing.assert_allclose(few, one, atol=1e-5)


def test_an_assistant_uses_the_export_unless_told_otherwise(bundled_index: Path) -> None:
    assert isinstance(Assistant(Settings.from_env({"index_dir": bundled_index})).embedder, OnnxEncoder)
    torch_only = Assistant(Settings.from_env({"index_dir": bundled_index, "query_backend": "torch"}))
    assert isinstance(torch_only.embedder, Embedder)


def test_a_damaged_export_falls_back_to_torch(index_dir: Path, embedder: Embedder,
                                              caplog: pytest.LogCaptureFixture) -> None:
    model = encoder_dir(index_dir, embedder.identity) / "model.onnx"
    model.write_bytes(model.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING):
        assistant = Assistant(Settings.from_env({"index_dir": index_dir}))
    assert isinstance(assistant.embedder, Embedder)
    assert "torch will encode" in caplog.text
    assert assistant.ask("What brand name does esketamine have?").found


def test_a_build_exports_again_after_a_killed_export(index_dir: Path, embedder: Embedder) -> None:
    folder = encoder_dir(index_dir, embedder.identity)
    shutil.rmtree(folder)
    (folder.parent / ".export-killed").mkdir()  # what a build killed mid-export leaves
    build_index(read_documents([BUNDLED_DOCUMENT]), index_dir, embedder)
    assert (folder / "model.onnx").is_file() and not list(folder.parent.glob(".export-*"))


def test_a_build_of_the_default_model_never_loads_torch(tmp_path: Path) -> None:
    """Its encoder and reader are written from the model's files (`index/_bert.py`): seconds saved per first build."""
    script = ("import sys; from pathlib import Path; from index import DeferredModel, build_index, read_documents; "
              "from qa.config import BUNDLED_DOCUMENT; "
              f"build_index(read_documents([BUNDLED_DOCUMENT]), Path({str(tmp_path)!r}), DeferredModel(''), reader=True); "
              "print(sorted(m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert list((tmp_path / "encoders").glob("*/model.onnx")) and list((tmp_path / "readers").glob("*/model.onnx"))


def test_a_model_that_is_not_plain_bert_is_traced_from_torch(tmp_path: Path, embedder: Embedder) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "config.json").write_text('{"model_type": "distilbert"}')
    loads = []
    assert export_onnx(tmp_path / "index", embedder.identity, str(tmp_path / "model"),
                       lambda: loads.append(1) or embedder)
    assert loads == [1]
    encoder = OnnxEncoder(encoder_dir(tmp_path / "index", embedder.identity))
    np.testing.assert_allclose(encoder.encode(TEXTS), embedder.encode(TEXTS), atol=2e-4)


@pytest.mark.parametrize("kind", ["BertModel", "BertForMaskedLM"])  # the second saves its weights as "bert.*"
def test_a_written_bert_matches_transformers_at_other_sizes(tmp_path: Path, kind: str) -> None:
    import onnxruntime
    import torch
    import transformers

    from index._bert import bert_onnx, read_bert

    config = transformers.BertConfig(vocab_size=120, hidden_size=48, num_hidden_layers=3, num_attention_heads=6,
                                     intermediate_size=96, max_position_embeddings=40, layer_norm_eps=1e-7)
    torch.manual_seed(0)
    model = getattr(transformers, kind)(config).eval()
    model.save_pretrained(tmp_path)
    bert = read_bert(tmp_path)
    assert bert is not None
    session = onnxruntime.InferenceSession(bert_onnx(bert).SerializeToString(), providers=["CPUExecutionProvider"])
    ids = torch.randint(0, 120, (3, 11))
    mask = torch.tensor([[1] * 11, [1] * 6 + [0] * 5, [1] * 2 + [0] * 9])
    types = torch.tensor([[0] * 6 + [1] * 5] * 3)
    with torch.no_grad():
        expected = (model.bert if kind == "BertForMaskedLM" else model)(
            input_ids=ids, attention_mask=mask, token_type_ids=types).last_hidden_state.numpy()
    (got,) = session.run(None, {"input_ids": ids.numpy(), "attention_mask": mask.numpy(), "token_type_ids": types.numpy()})
    kept = mask.numpy().astype(bool)  # padding's states are never read (pooling masks them)
    np.testing.assert_allclose(got[kept], expected[kept], atol=1e-5)


def test_a_model_that_is_not_plain_bert_is_not_written(tmp_path: Path) -> None:
    from index._bert import read_bert

    for config in ('{"model_type": "roberta", "hidden_act": "gelu"}',
                   '{"model_type": "bert", "hidden_act": "gelu_new"}',
                   '{"model_type": "bert", "hidden_act": "gelu", "position_embedding_type": "relative_key"}'):
        (tmp_path / "config.json").write_text(config)
        (tmp_path / "model.safetensors").write_bytes(b"")
        assert read_bert(tmp_path) is None, config
