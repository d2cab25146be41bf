"""Our own question sets (`bench/sets/`), each written before its first run and never fitted on: one JSON file a set.

`bundled/` asks the bundled document, `development/` the three development SQuAD articles, `training/` articles of the
training file. A set holds three-turn `dialogs` and `unanswerable` (first question, follow-up the document cannot
answer) pairs, or longer `conversations`, where a gold of null marks a turn the document cannot answer; sets on
articles hold them per article title. Each file's `about` says when and how it was written and how its first run
went; its `notes` keep what was searched to be sure an answer is absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SETS = Path(__file__).with_name("sets")

Turn = tuple[str, "list[str] | None"]
Dialog = list[Turn]
Pair = tuple[str, str]


@dataclass(frozen=True)
class DialogSet:
    """Dialogs and unanswerable follow-ups on one document, named as the reports name it ("second", ...)."""
    name: str
    dialogs: list[Dialog]
    unanswerable: list[Pair]


def _dialogs(raw: list[list[dict]]) -> list[Dialog]:
    return [[(turn["q"], turn["gold"]) for turn in dialog] for dialog in raw]


def _pairs(raw: list[dict]) -> list[Pair]:
    return [(pair["first"], pair["follow_up"]) for pair in raw]


@cache
def _load(name: str) -> dict:
    return json.loads((SETS / name).read_text())


def _numbered(folder: str) -> list[str]:
    """The files `dialogs-NN.json` of a folder, in the order they were written."""
    return sorted(f"{folder}/{path.name}" for path in (SETS / folder).glob("dialogs-*.json"))


def bundled_sets() -> list[DialogSet]:
    """Every dialog set on the bundled document, first to last."""
    return [DialogSet(raw["name"], _dialogs(raw["dialogs"]), _pairs(raw["unanswerable"]))
            for raw in map(_load, _numbered("bundled"))]


def bundled_dialogs() -> list[Dialog]:
    """Every three-turn dialog of the bundled document's sets, first set to last."""
    return [dialog for dialog_set in bundled_sets() for dialog in dialog_set.dialogs]


def bundled_unanswerable() -> list[Pair]:
    """Every (first question, follow-up the bundled document cannot answer) pair of its sets, first set to last."""
    return [pair for dialog_set in bundled_sets() for pair in dialog_set.unanswerable]


def conversations(name: str) -> list[Dialog]:
    """The longer conversations of one file of `bundled/` ("long", "closing", "ten-turn-2", ...)."""
    return _dialogs(_load(f"bundled/{name}.json")["conversations"])


def ten_turn_sets() -> list[tuple[str, list[Dialog]]]:
    """The bundled document's ten-turn sets: (name, conversations)."""
    names = sorted(path.stem for path in (SETS / "bundled").glob("ten-turn-*.json"))
    return [(_load(f"bundled/{name}.json")["name"], conversations(name)) for name in names]


def article_sets(folder: str = "development") -> list[tuple[str, dict[str, tuple[list[Dialog], list[Pair]]]]]:
    """Dialog sets on SQuAD articles: (name, {title: (dialogs, unanswerable pairs)}), first to last."""
    return [(raw["name"], {title: (_dialogs(part["dialogs"]), _pairs(part["unanswerable"]))
                           for title, part in raw["articles"].items()})
            for raw in map(_load, _numbered(folder))]


def article_conversations(name: str) -> dict[str, list[Dialog]]:
    """Longer conversations on SQuAD articles, one file ("development/ten-turn-1", ...): {title: conversations}."""
    return {title: _dialogs(part["conversations"]) for title, part in _load(f"{name}.json")["articles"].items()}
