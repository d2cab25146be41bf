"""Our questions typed as people type into a chat box, against the same questions as written.

    python bench/typed.py [--verbose]

Every single question of `bench/quality.py` on the bundled document (seed-dev's and our own sets) and every dialog
of `bench/dialogs.py` (seed-dev's, our own, the later sets), each rewritten the same mechanical way: in lower case
without "?", in capitals, opened by "Hey,", "ok so", "Quick question:", "Also,", "btw", "Please,", "So", "Real quick -"
or "For my essay:", wrapped in "Can you tell me" or "Can someone tell me", closed by "pls", ":)", "??", "...", "in this
article?", "Can you help?" or an aside "(asking for a friend)", with a slip of the finger in its longest word (two
letters swapped, one left out), without apostrophes, or in British spelling ("anaesthetic", "counsellor"). A message
typed so asks what the written one asks; the table counts the answers that hold a gold string and the follow-ups the
document cannot answer that come back `found: false`. --verbose names each answer a style loses or gains.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import assistant_for, holds_gold, seed_dev, table  # noqa: E402
from bench._sets import bundled_dialogs, bundled_unanswerable, conversations  # noqa: E402
from bench.dialogs import as_turns  # noqa: E402
from bench.quality import OWN_SETS  # noqa: E402
from index import Embedder  # noqa: E402
from qa import Assistant  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402

Style = Callable[[str], str]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# American spellings and their British ones, as a British reader types them (the documents here are American-spelt).
BRITISH = dict(pair.split() for pair in (
    "anesthetic anaesthetic", "anesthetics anaesthetics", "anesthesia anaesthesia", "behavior behaviour",
    "behaviors behaviours", "behavioral behavioural", "center centre", "centers centres", "analyze analyse",
    "pediatric paediatric", "hemoglobin haemoglobin", "edema oedema", "estrogen oestrogen", "fetus foetus",
    "diarrhea diarrhoea", "license licence", "counselor counsellor", "counselors counsellors", "counseling counselling",
    "tumor tumour", "labor labour", "color colour", "organization organisation", "organizations organisations",
    "recognize recognise", "recognized recognised", "stabilizer stabiliser", "stabilizers stabilisers",
    "hospitalization hospitalisation", "program programme", "programs programmes", "tranquilizer tranquilliser",
    "modeling modelling", "traveled travelled", "canceled cancelled", "defense defence", "catalog catalogue",
    "liter litre", "fiber fibre", "theater theatre", "neighbor neighbour", "honor honour", "characterized characterised",
    "specialized specialised", "standardized standardised", "stigmatized stigmatised", "minimize minimise"))


def _british(text: str) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: _cased(BRITISH.get(m.group().lower()), m.group()), text)


def _cased(british: str | None, word: str) -> str:
    return word if british is None else british.capitalize() if word[0].isupper() else british


def _mistyped(text: str, shortest: int, slip: Callable[[str, int], str]) -> str:
    """The text with `slip` made at the middle of its longest word of `shortest` letters or more."""
    words = re.findall(rf"[A-Za-z]{{{shortest},}}", text)
    if not words:
        return text
    word = max(words, key=len)
    return text.replace(word, slip(word, len(word) // 2), 1)


STYLES: dict[str, Style] = {
    "as written": lambda q: q,
    "lower case, no question mark": lambda q: q.lower().rstrip("?").rstrip(),
    "capitals": str.upper,
    '"Hey, ..."': lambda q: f"Hey, {_lower_first(q)}",
    '"ok so ..."': lambda q: f"ok so {_lower_first(q)}",
    '"Quick question: ..."': lambda q: f"Quick question: {_lower_first(q)}",
    '"Q: ..."': lambda q: f"Q: {q}",
    '"Can you tell me ..."': lambda q: f"Can you tell me {_lower_first(q)}",
    '"Do you know ..."': lambda q: f"Do you know {_lower_first(q)}",
    '"I was wondering, ..."': lambda q: f"I was wondering, {_lower_first(q)}",
    '"Sorry, ..."': lambda q: f"Sorry, {_lower_first(q)}",
    '"Hi! I have a question. ..."': lambda q: f"Hi! I have a question. {q}",
    '"Also, ..."': lambda q: f"Also, {_lower_first(q)}",
    '"btw ..."': lambda q: f"btw {_lower_first(q)}",
    '"One more thing: ..."': lambda q: f"One more thing: {_lower_first(q)}",
    '"Please, ..."': lambda q: f"Please, {_lower_first(q)}",
    '"So ..."': lambda q: f"So {_lower_first(q)}",
    '"Real quick - ..."': lambda q: f"Real quick - {_lower_first(q)}",
    '"For my essay: ..."': lambda q: f"For my essay: {_lower_first(q)}",
    '"Can someone tell me ..."': lambda q: f"Can someone tell me {_lower_first(q)}",
    '"... pls"': lambda q: f"{q.rstrip('?').rstrip()} pls",
    '"... in this article?"': lambda q: f"{q.rstrip('?.!').rstrip()} in this article?",
    '"...? Can you help?"': lambda q: f"{q} Can you help?" if q.endswith("?") else f"{q}. Can you help?",
    '"...? (asking for a friend)"': lambda q: f"{q} (asking for a friend)",
    '"... :)"': lambda q: f"{q} :)",
    '"...??"': lambda q: f"{q.rstrip('?').rstrip()}??",
    '"......"': lambda q: f"{q.rstrip('?').rstrip()}...",
    "two letters swapped": lambda q: _mistyped(q, 5, lambda w, i: w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]),
    "a letter left out": lambda q: _mistyped(q, 6, lambda w, i: w[:i] + w[i + 1:]),
    "no apostrophes": lambda q: q.replace("'", "").replace("’", ""),
    "British spelling": _british,
}


def singles() -> list[tuple[str, list[str]]]:
    return [(c["q"], c["gold"]) for c in seed_dev()["single"]] + [c for _, cases in OWN_SETS for c in cases]


def dialogs() -> list[list[dict]]:
    return seed_dev()["dialogs"] + as_turns(bundled_dialogs() + conversations("long"))


def held(assistant: Assistant, style: Style) -> tuple[list[bool], list[bool], list[bool]]:
    """Whether each single and each dialog turn holds its gold, and whether each unanswerable follow-up is not found."""
    alone = [holds_gold(assistant.ask(style(q)).answer, gold) for q, gold in singles()]
    turns = []
    for dialog in dialogs():
        turn = None
        for asked in dialog:
            outcome = assistant.respond(style(asked["q"]), turn)
            turns.append(holds_gold(outcome.answer.answer, asked["gold"]))
            turn = outcome.turn
    refused = [not assistant.respond(style(f), assistant.respond(style(q)).turn).answer.found
               for q, f in bundled_unanswerable()]
    return alone, turns, refused


def main() -> None:
    verbose = "--verbose" in sys.argv
    assistant = assistant_for([BUNDLED_DOCUMENT], Embedder(), onnx=True)
    asked = [q for q, _ in singles()] + [t["q"] for d in dialogs() for t in d]
    written = held(assistant, STYLES["as written"])
    rows = []
    for name, style in STYLES.items():
        alone, turns, refused = written if name == "as written" else held(assistant, style)
        rows.append((name, *(f"{sum(marks)}/{len(marks)}" for marks in (alone, turns, refused))))
        for question, before, after in zip(asked, written[0] + written[1], alone + turns):
            if verbose and before != after:
                print(f"{'LOST' if before else 'GAINED'} {style(question)!r}", file=sys.stderr)
    print(table(rows, ("typed", "singles holding the fact", "dialog turns holding the fact",
                       "unanswerable follow-ups found: false")))


if __name__ == "__main__":
    main()
