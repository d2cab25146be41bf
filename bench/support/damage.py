"""What `bench/damage.py` and its tests share: twenty ways to damage an index folder."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench._common import scratch
from index import current_version


def _folder(index_dir: Path) -> Path:
    return index_dir / "versions" / (current_version(index_dir) or "")


def _edit_manifest(change: Callable[[dict], object]) -> Callable[[Path], None]:
    """A damage that rewrites the manifest as valid JSON: `change` edits it in place."""
    def damage(index_dir: Path) -> None:
        path = _folder(index_dir) / "manifest.json"
        manifest = json.loads(path.read_text(encoding="utf-8"))
        change(manifest)
        path.write_text(json.dumps(manifest), encoding="utf-8")
    return damage


def _manifest(text: str) -> Callable[[Path], None]:
    return lambda index_dir: (_folder(index_dir) / "manifest.json").write_text(text, encoding="utf-8")


def _write_file(name: str, data: Callable[[bytes], bytes], keep_checksum: bool = False) -> Callable[[Path], None]:
    """A damage that replaces one file of the version; with `keep_checksum` the manifest vouches for the new bytes."""
    def damage(index_dir: Path) -> None:
        folder = _folder(index_dir)
        new = data((folder / name).read_bytes())
        (folder / name).write_bytes(new)
        if keep_checksum:
            _edit_manifest(lambda m: m["files"].__setitem__(name, hashlib.sha256(new).hexdigest()))(index_dir)
    return damage


def _vectors(data: bytes) -> np.ndarray:
    return np.load(io.BytesIO(data))


def _npy(array: np.ndarray) -> bytes:
    path = scratch() / "a.npy"
    np.save(path, array, allow_pickle=True)
    return path.read_bytes()


def _first_passage(key: str, value: object) -> Callable[[Path], None]:
    return _edit_manifest(lambda m: m["passages"][0].__setitem__(key, value))


def _current(data: bytes) -> Callable[[Path], None]:
    return lambda index_dir: (index_dir / "CURRENT").write_bytes(data)


DAMAGES: dict[str, Callable[[Path], None]] = {
    "manifest is a list": _manifest("[]"),
    "manifest is null": _manifest("null"),
    "files is a list": _edit_manifest(lambda m: m.__setitem__("files", [])),
    "numeric passage id": _first_passage("id", 12345),
    "passage offsets are strings": _first_passage("start", "48"),
    "passage end past the document": _first_passage("end", 10**9),
    "sentence spans of three numbers": _first_passage("sentences", [[1, 2, 3]]),
    "passage names an unknown document": _first_passage("document", "elsewhere.txt"),
    "passages missing": _edit_manifest(lambda m: m.pop("passages")),
    "format is a string": _edit_manifest(lambda m: m.__setitem__("format", "1")),
    "documents hold numbers": _edit_manifest(lambda m: m.__setitem__("documents", [1, 2])),
    "deeply nested manifest": _manifest("[" * 100_000 + "]" * 100_000),
    "truncated manifest": _write_file("manifest.json", lambda b: b[: len(b) // 2]),
    "garbage manifest": _write_file("manifest.json", lambda b: b"\x00\xff\xfe garbage"),
    "empty passages.faiss": _write_file("passages.faiss", lambda b: b""),
    "garbage passages.faiss, checksum updated": _write_file("passages.faiss", lambda b: b"IxFI" + b"\x07" * 64, True),
    "sentence vectors of float64, checksum updated":
        _write_file("sentences.npy", lambda b: _npy(_vectors(b).astype(np.float64)), True),
    "pickled object array, checksum updated": _write_file("sentences.npy", lambda b: _npy(np.array([{}], dtype=object)), True),
    "document text not UTF-8, checksum updated": _write_file("doc-0.txt", lambda b: b"\xff\xfe" + b, True),
    "CURRENT is binary garbage": _current(b"\xff\x00../../etc\n"),
}
