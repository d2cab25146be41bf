"""Logistic models that `make train` fits and stores as JSON in data/trained/: one way to apply, save and load them."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path

from index.errors import TrainedFileError


def logistic(weights: Sequence[float], bias: float, features: Sequence[float]) -> float:
    """The model's probability for one row of features."""
    z = bias + sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def save(path: Path, features: Sequence[str], fields: dict[str, object], **about: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"features": list(features), **fields, **about}, indent=1) + "\n")


def load(path: Path, features: Sequence[str], numbers: Sequence[str],
         valid: Callable[[dict[str, float]], bool] = lambda values: True) -> tuple[tuple[float, ...], dict[str, float]]:
    """(weights, {name: number}) of a fitted file; a missing or damaged one, or numbers not `valid`, is an error
    naming `make train`."""
    try:
        data = json.loads(path.read_text())
        if list(data["features"]) != list(features):
            raise ValueError(f"features {data['features']} are not {list(features)}")
        weights = tuple(float(w) for w in data["weights"])
        if len(weights) != len(features):
            raise ValueError("wrong number of weights")
        values = {name: float(data[name]) for name in numbers}
        if not all(math.isfinite(v) for v in (*weights, *values.values())):
            raise ValueError("a number that is not finite")
        if not valid(values):
            raise ValueError(f"{values} out of range")
        return weights, values
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TrainedFileError(f"{path} is not a fitted {path.stem} model ({exc}); `make train` writes it") from None
