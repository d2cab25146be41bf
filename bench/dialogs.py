"""Conversations: seed-dev dialogs, topic switches, follow-up latency and memory under a flood."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import assistant_for, seed_dev, table  # noqa: E402
from index import Embedder  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402

# (earlier question, unrelated self-contained question): the second must be answered as if alone.
TOPIC_SWITCHES = [
    ("What is esketamine?", "How many people worldwide have depression?"),
    ("Where was ketamine discovered?", "What are the side effects of intravenous ketamine?"),
    ("Does ketamine help with anxiety?", "Who patented ketamine as an anesthetic?"),
    ("How long does a therapy session last?", "What is the role of glutamate in depression?"),
    ("Is ketamine approved by the FDA?", "Can ketamine treat eating disorders?"),
    ("What is ketamine derived from?", "How does ketamine affect alcohol use disorder?"),
    ("Which drug is paired with psychotherapy for smoking cessation?", "What did the STAR*D study find?"),
    ("What is the role of BDNF?", "How is esketamine given to patients?"),
    ("Does ketamine reduce suicidal ideation?", "What music is used during intramuscular sessions?"),
    ("What should future ketamine trials look like?", "When did the FDA first approve ketamine?"),
    ("Can high doses of ketamine be harmful?", "Which conditions can ketamine-assisted psychotherapy treat?"),
    ("How many ketamine clinics are there in the US?", "What is cognitive behaviour therapy used for with ketamine?"),
]


def hit(answer: dict, gold: list[str]) -> bool:
    return any(g.lower() in answer["answer"].lower() for g in gold)


def main() -> None:
    embedder = Embedder()
    assistant = assistant_for([BUNDLED_DOCUMENT], embedder)
    verbose = "--verbose" in sys.argv
    first = follow = follow_n = 0
    dialogs = seed_dev()["dialogs"]
    for dialog in dialogs:
        cid = None
        for n, turn in enumerate(dialog):
            answer = assistant.converse(turn["q"], conversation_id=cid)
            cid = answer["conversation_id"]
            ok = hit(answer, turn["gold"])
            if n == 0:
                first += ok
            else:
                follow += ok
                follow_n += 1
            if verbose:
                print(f"{'ok  ' if ok else 'MISS'} {turn['q']!r} -> {answer['query']!r}: {answer['answer'][:160]!r}",
                      file=sys.stderr)
    same = 0
    for earlier, switch in TOPIC_SWITCHES:
        alone = assistant.converse(switch)
        cid = assistant.converse(earlier)["conversation_id"]
        inside = assistant.converse(switch, conversation_id=cid)
        keys = ("answer", "found", "citations", "query")
        same += all(alone[k] == inside[k] for k in keys)
        if verbose and not all(alone[k] == inside[k] for k in keys):
            print(f"SWITCH changed: {switch!r} -> {inside['query']!r}", file=sys.stderr)

    # Latency of a follow-up over a first question, same questions, interleaved.
    firsts, follows = [], []
    for _ in range(30):
        for dialog in dialogs:
            t = time.perf_counter()
            cid = assistant.converse(dialog[0]["q"])["conversation_id"]
            firsts.append(time.perf_counter() - t)
            t = time.perf_counter()
            assistant.converse(dialog[1]["q"], conversation_id=cid)
            follows.append(time.perf_counter() - t)
    alone_follow = []
    for _ in range(30):
        for dialog in dialogs:
            t = time.perf_counter()
            assistant.converse(dialog[1]["q"])
            alone_follow.append(time.perf_counter() - t)
    p50 = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    rows = [
        ("seed dialogs: first turns", f"{first}/{len(dialogs)}"),
        ("seed dialogs: follow-ups", f"{follow}/{follow_n}"),
        ("topic switches answered as alone", f"{same}/{len(TOPIC_SWITCHES)}"),
        ("first question p50 (ms)", f"{p50(firsts):.2f}"),
        ("follow-up p50 (ms)", f"{p50(follows):.2f}"),
        ("same follow-up asked alone p50 (ms)", f"{p50(alone_follow):.2f}"),
        ("added latency of a follow-up, p50 (ms)", f"{p50(follows) - p50(alone_follow):+.2f}"),
    ]
    print(table(rows, ("conversations", "value")))


if __name__ == "__main__":
    main()
