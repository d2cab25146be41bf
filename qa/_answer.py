"""Composing the answer: the best sentences of the best passages, each followed by its citation marker."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from index import IndexVersion
from qa._fitted import load, logistic, save
from qa._kinds import gives_consequence, gives_example, is_list_item, is_prose
from qa._lexicon import NOTHING_AFTER, ORDINALS
from qa._messages import MAX_QUESTIONS
from qa._retrieval import Hit, ScoredSentence, sentence_text
from qa._tuning import Tuning

MAX_SENTENCES = 3
MAX_CHARS = 600
# Sentences a request for what follows quotes: enough to go on with, few enough to ask again.
NEXT_SENTENCES = 2
# Sentences after the one an example is asked of that one is looked for in: further ones illustrate something else.
EXAMPLE_WINDOW = 4
# Runners-up weighed for the answer, by score after the best: further ones hardly ever hold the answer.
RUNNERS_UP = 11
RUNNER_UP_FEATURES = ("gap", "hundreds_of_chars", "same_passage", "next_sentence", "passage_rank", "dense",
                      "lexical", "rank", "best_dense", "best_lexical")
NOT_FOUND = (
    "The document does not seem to answer this question. "
    "The passages that came closest are listed below."
)
# Said in place of one question's answer when a message asks several and the documents answer others.
PART_NOT_FOUND = "The document does not seem to answer the {ordinal} question."
# The longest answer: one of `MAX_CHARS` to each question a message asks.
MAX_ANSWER_CHARS = MAX_QUESTIONS * (MAX_CHARS + 1) - 1


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Citation:
    """A cited passage: `text` is exactly the document's text at [start, end)."""

    id: int
    passage_id: str
    document: str
    text: str
    start: int
    end: int
    highlights: list[Span]
    score: float
    # Whether the answer quotes this passage; the others are related passages shown for context.
    cited: bool = False
    page: int | None = None  # 1-based page where the passage starts; None for formats without pages


@dataclass(frozen=True)
class Answer:
    """What `POST /api/ask` returns (less the conversation id, which the caller adds)."""

    answer: str
    found: bool
    citations: list[Citation]
    query: str
    index_version: str
    sentences: list[str] = field(default_factory=list)
    # For a follow-up: the earlier question whose context it was read with.
    continues: str | None = None

    def to_dict(self) -> dict[str, object]:
        body = asdict(self)
        del body["sentences"]
        return body


def citation(cid: int, hit: Hit, version: IndexVersion, highlights: list[ScoredSentence]) -> Citation:
    p = hit.passage
    return Citation(
        id=cid,
        passage_id=p.id,
        document=p.document,
        text=version.passage_text(p),
        start=p.start,
        end=p.end,
        highlights=[Span(s.start - p.start, s.end - p.start) for s in sorted(highlights, key=lambda s: s.start)],
        score=round(hit.score, 4),
        cited=bool(highlights),
        page=version.document(p.document).page_at(p.start),
    )


def coherent(hits: list[Hit], h: int, best: ScoredSentence) -> list[tuple[int, ScoredSentence]]:
    """The best sentence with the neighbours it needs to be understood: the sentence a "Thus, ..."
    leans on, the "Key among these ..." that completes it (and the one completing that: "Can I delete my
    account?" "Yes." "Write to ..."), or the first row of the table it is a row of."""
    sentences = hits[h].sentences
    i = next(n for n, s in enumerate(sentences) if s.start == best.start)
    header = next((s for s in sentences[:i] if s.row == best.header), None)
    if header is not None:  # a table's row with the row naming its columns
        group = [(h, best), (h, header)]
    elif best.leans_back and i > 0:
        group = [(h, best), (h, sentences[i - 1])]
    else:
        group = [(h, best)]
        for s in sentences[i + 1 : i + MAX_SENTENCES]:
            if not s.completes:
                break
            group.append((h, s))
    while len(group) > 1 and sum(s.end - s.start for _, s in group) > MAX_CHARS - 20:
        group.pop()
    return group


def unmatched(sentence: ScoredSentence, tuning: Tuning) -> bool:
    """The question's own words and vector say nothing about the sentence (no shared word, a distant vector)."""
    return not sentence.lexical and sentence.dense < tuning.vague


@dataclass(frozen=True)
class RunnerUpModel:
    """Whether a runner-up sentence joins the answer: the chance that it holds the answer the best sentence
    misses (logistic regression over `RUNNER_UP_FEATURES`, fitted by `make train`), per character it costs."""

    weights: tuple[float, ...]
    bias: float
    threshold: float  # least chance per 100 characters, each sentence counted 50 more, for a runner-up to join

    def value(self, features: list[float], chars: int) -> float:
        return logistic(self.weights, self.bias, features) * 100 / (chars + 50)

    def save(self, path: Path, **about: object) -> None:
        save(path, RUNNER_UP_FEATURES, asdict(self), **about)

    @classmethod
    def load(cls, path: Path) -> RunnerUpModel:
        """The fitted model; a missing or damaged file is an error naming `make train`."""
        weights, values = load(path, RUNNER_UP_FEATURES, ("bias", "threshold"), lambda v: v["threshold"] > 0)
        return cls(weights, values["bias"], values["threshold"])


def ranked_sentences(hits: list[Hit], tuning: Tuning, said: frozenset[tuple[int, int]] = frozenset(),
                     fresh: bool = False) -> list[tuple[int, ScoredSentence]]:
    """(hit position, sentence) pairs best first; sentences in `said` (quoted by the turn before) count for less,
    or with `fresh` (asked for more) are left out while any other is there."""
    pairs = [(h, s) for h, hit in enumerate(hits) for s in hit.sentences]
    if fresh and any((s.start, s.end) not in said for _, s in pairs):
        pairs = [(h, s) for h, s in pairs if (s.start, s.end) not in said]
    return sorted(((h, replace(s, score=s.score - tuning.repeat_penalty) if (s.start, s.end) in said else s)
                   for h, s in pairs), key=lambda pair: -pair[1].score)


def runner_up_features(hits: list[Hit], ranked: list[tuple[int, ScoredSentence]], rank: int) -> list[float]:
    """`RUNNER_UP_FEATURES` of the sentence at `rank` (1 or more) of `ranked`, beside the best at rank 0."""
    (bh, best), (h, s) = ranked[0], ranked[rank]
    same = h == bh
    starts = [x.start for x in hits[h].sentences]
    after_best = same and starts.index(s.start) == starts.index(best.start) + 1
    return [best.score - s.score, (s.end - s.start) / 100, float(same), float(after_best), float(h), s.dense,
            s.lexical, float(rank), best.dense, best.lexical]


def choose_sentences(hits: list[Hit], tuning: Tuning, runners_up: RunnerUpModel,
                     said: frozenset[tuple[int, int]] = frozenset(), whole_first: bool = False,
                     text_of: Callable[[int, ScoredSentence], str] | None = None,
                     follow_up: bool = False, fresh: bool = False) -> list[tuple[int, ScoredSentence]]:
    """(hit position, sentence) pairs for the answer: the best sentence, then the runners-up `runners_up`
    values most while they are worth their characters, each with the sentence its "It ..." leans on where that fits;
    a `follow_up`'s must match it by a word or a close vector.

    With `whole_first` (a follow-up whose own words match nothing) the first passage is read in order.
    With `text_of`, a sentence whose words were already chosen (text repeated on every page) is skipped.
    With `fresh` (asked for more), sentences in `said` are not said again.
    """
    if whole_first and hits:
        chosen, length = [], 0
        unsaid = [s for s in hits[0].sentences if not fresh or (s.start, s.end) not in said]
        for s in (unsaid or hits[0].sentences)[:MAX_SENTENCES]:
            if length + s.end - s.start > MAX_CHARS - 8 * MAX_SENTENCES:
                break
            chosen.append((0, s))
            length += s.end - s.start
        return chosen or [(0, hits[0].sentences[0])]
    ranked = ranked_sentences(hits, tuning, said, fresh)
    if not ranked:
        return []
    # A table's first row names its columns and answers nothing alone: its best row leads in its place, and brings it;
    # as a runner-up it joins only with a row of its table.
    heads = {s.header for hit in hits for s in hit.sentences if s.header is not None}
    row = next((r for r, (_, s) in enumerate(ranked) if s.header == ranked[0][1].row), 0)
    ranked.insert(0, ranked.pop(row))
    chosen = coherent(hits, *ranked[0])
    if fresh:  # the sentence a "Thus, ..." leans on needs no repeating just after the reader was given it
        chosen = [(h, s) for h, s in chosen if s is ranked[0][1] or (s.start, s.end) not in said]
    length = sum(s.end - s.start for _, s in chosen)
    seen = {" ".join(text_of(h, s).split()) for h, s in chosen} if text_of else set()

    def worth(r: int) -> float:
        return runners_up.value(runner_up_features(hits, ranked, r), ranked[r][1].end - ranked[r][1].start)

    def repeats(h: int, s: ScoredSentence) -> bool:  # its words are chosen already, or, asked for more, were said
        return bool(text_of) and " ".join(text_of(h, s).split()) in seen or fresh and (s.start, s.end) in said

    for value, r in sorted(((worth(r), r) for r in range(1, min(len(ranked), RUNNERS_UP + 1))), reverse=True):
        h, s = ranked[r]
        if len(chosen) >= MAX_SENTENCES or value < runners_up.threshold:
            break
        if any(s.start == c.start and h == ch for ch, c in chosen) or (follow_up and unmatched(s, tuning)) or (
                s.row in heads):
            continue
        if hits[h].passage.document != hits[ranked[0][0]].passage.document:
            continue  # an answer quotes one document: another's sentence near the question is about something else
        if repeats(h, s):
            continue
        # One leaning back on a passage the answer quotes nothing else of ("It ...") comes with the sentence it leans
        # on where both fit: after another passage's sentence it would be read as speaking of that one. One that
        # announces the next ("Who pays for return shipping?") comes with it, or not at all.
        group = coherent(hits, h, s) if s.announces or s.header is not None or s.leans_back and all(
            ch != h for ch, _ in chosen) else [(h, s)]
        group = [(ch, c) for ch, c in group if c is s or not repeats(ch, c) and (ch, c) not in chosen]
        more = sum(c.end - c.start for _, c in group)
        if len(chosen) + len(group) > MAX_SENTENCES or length + more > MAX_CHARS:
            group, more = [(h, s)], s.end - s.start
        if s.announces and len(group) == 1:
            continue
        if length + more <= MAX_CHARS:
            chosen += group
            length += more
            if text_of:
                seen.update(" ".join(text_of(ch, c).split()) for ch, c in group)
    return chosen


def compose(hits: list[Hit], version: IndexVersion, query: str, found: bool, tuning: Tuning,
            runners_up: RunnerUpModel, said: frozenset[tuple[int, int]] = frozenset(), whole_first: bool = False,
            follow_up: bool = False, fresh: bool = False) -> Answer:
    """Answer from ranked hits: cited sentences when found, else a plain note and the nearest passages."""
    if not found:
        return not_found(hits, version, query)

    def text_of(h: int, s: ScoredSentence) -> str:
        return sentence_text(version, hits[h], s)

    chosen = choose_sentences(hits, tuning, runners_up, said, whole_first, text_of, follow_up, fresh)
    return _cited(hits, version, query, chosen)


def requoted(hits: list[Hit], version: IndexVersion, query: str, said: list[list[int]]) -> Answer:
    """An answer quoting again the sentences of the hits that an earlier answer quoted (`said`: their offsets), or
    "not found" with the hits when there are none (that answer found nothing, or the documents have changed)."""
    quoted = {(start, end) for start, end in said}
    chosen = [(h, s) for h, hit in enumerate(hits) for s in hit.sentences if (s.start, s.end) in quoted]
    return _cited(hits, version, query, chosen) if chosen else not_found(hits, version, query)


def _after(hits: list[Hit], quoted: tuple[int, int], including: bool = False) -> list[tuple[int, ScoredSentence]]:
    """The sentences of the hits, read in order, after the one at offsets `quoted` (from it, `including` it; none when
    no hit holds it)."""
    pairs = [(h, s) for h, hit in enumerate(hits) for s in hit.sentences]
    at = next((i for i, (_, s) in enumerate(pairs) if (s.start, s.end) == quoted), len(pairs))
    return pairs[at + (0 if including else 1) :]


def _said_on(pairs: list[tuple[int, ScoredSentence]]) -> list[tuple[int, ScoredSentence]]:
    """The first `NEXT_SENTENCES` of the sentences, as many as fit the answer's limits (the first always)."""
    chosen: list[tuple[int, ScoredSentence]] = []
    for h, s in pairs[:NEXT_SENTENCES]:
        if chosen and sum(c.end - c.start for _, c in chosen) + s.end - s.start > MAX_CHARS:
            break
        chosen.append((h, s))
    return chosen


def told_next(hits: list[Hit], version: IndexVersion, query: str, last: tuple[int, int],
              including: bool = False) -> Answer:
    """An answer quoting the sentences after the one at offsets `last` (from it, `including` it) in the hits read in
    order (its passage, then the passage after it): `NEXT_SENTENCES` of them within the answer's limits, or a note
    when none follows."""
    chosen = _said_on(_after(hits, last, including))
    return _cited(hits, version, query, chosen) if chosen else not_found(hits, version, query, NOTHING_AFTER)


def _first_giving(hits: list[Hit], version: IndexVersion, after: list[tuple[int, ScoredSentence]],
                  gives: Callable[[str], bool], window: int) -> int | None:
    """The index of the first of the first `window` sentences `after` for which `gives` holds, or None."""
    return next((i for i, (h, s) in enumerate(after[:window]) if gives(sentence_text(version, hits[h], s))), None)


def told_example(hits: list[Hit], version: IndexVersion, query: str, first: tuple[int, int]) -> Answer | None:
    """An answer quoting the first sentence within `EXAMPLE_WINDOW` after the one at offsets `first`, in the hits read
    in order, that gives an example, and the one after it within the answer's limits; None when none does."""
    after = _after(hits, first)
    start = _first_giving(hits, version, after, gives_example, EXAMPLE_WINDOW)
    return None if start is None else _cited(hits, version, query, _said_on(after[start:]))


def told_consequence(hits: list[Hit], version: IndexVersion, query: str, at: tuple[int, int],
                     including: bool = False) -> Answer | None:
    """An answer quoting the first of the `NEXT_SENTENCES` after the one at offsets `at` (and it, `including` it), in
    the hits read in order, that states a consequence ("Thus, ..."); None when none does."""
    after = _after(hits, at, including)
    start = _first_giving(hits, version, after, gives_consequence, NEXT_SENTENCES + including)
    return None if start is None else _cited(hits, version, query, after[start:start + 1])


def not_found(hits: list[Hit], version: IndexVersion, query: str, note: str = NOT_FOUND) -> Answer:
    """The note that the documents do not answer (or another `note`), with the nearest passages, none of them cited."""
    return Answer(note, False, [citation(n, hit, version, []) for n, hit in enumerate(hits, start=1)], query,
                  version.version)


def overview(hits: list[Hit], version: IndexVersion, query: str) -> Answer:
    """An answer to a question about the documents as a whole or a section of them, from where they open
    (`Searcher.openings`, `Searcher.section`): one document's first sentences of prose (not its title or byline), or
    the first of each of several."""
    if not hits:
        return Answer(NOT_FOUND, False, [], query, version.version)
    openings: dict[str, list[tuple[int, ScoredSentence]]] = {}
    for h, hit in enumerate(hits):
        prose = [(h, s) for s in hit.sentences if is_prose(sentence_text(version, hit, s))]
        if prose:
            openings.setdefault(hit.passage.document, prose)
    if not openings:  # nothing reads as prose (a list of names, a table): the first passage as it is
        openings = {hits[0].passage.document: [(0, s) for s in hits[0].sentences]}
    candidates = next(iter(openings.values())) if len(openings) == 1 else [first[0] for first in openings.values()]
    # A list (ingredients, steps) is said whole where it fits: its items are short, and a part of it misleads.
    texts = [sentence_text(version, hits[h], s) for h, s in candidates]
    listed = all(is_list_item(text) or not is_prose(text) for text in texts)
    chosen: list[tuple[int, ScoredSentence]] = []
    chars = 0
    for h, s in candidates if listed else candidates[:MAX_SENTENCES]:
        chars += s.end - s.start + len(f" [{h + 1}] ")
        if chosen and chars > MAX_CHARS:  # the first is always said: `_cited` cuts one that is too long
            break
        chosen.append((h, s))
    return _cited(hits, version, query, chosen)


def _cited(hits: list[Hit], version: IndexVersion, query: str, chosen: list[tuple[int, ScoredSentence]]) -> Answer:
    """The chosen sentences of the hits, each followed by its citation marker, within the answer's limits."""
    def text_of(h: int, s: ScoredSentence) -> str:
        return sentence_text(version, hits[h], s)

    citations = [
        citation(n, hit, version, [s for h, s in chosen if h == n - 1]) for n, hit in enumerate(hits, start=1)
    ]
    parts: list[str] = []
    sentences: list[str] = []
    for h, s in sorted(chosen, key=lambda pair: (pair[0], pair[1].start)):
        text = text_of(h, s)
        if sum(len(p) + 1 for p in parts) + len(text) + len(f" [{h + 1}]") > MAX_CHARS:
            # A single over-long sentence is cut at a word so the answer stays within its limit.
            text = text[: MAX_CHARS - 8].rsplit(" ", 1)[0] + "…" if not parts else ""
        if text:
            parts.append(f"{text} [{h + 1}]")
            sentences.append(text)
    return Answer(" ".join(parts), True, citations, query, version.version, sentences)


def _marked(answer: Answer) -> list[tuple[str, str]]:
    """(sentence, passage id) pairs of a found answer, in the order it says them."""
    passage_of = {c.id: c.passage_id for c in answer.citations}
    pairs, at = [], 0
    for sentence in answer.sentences:
        at = answer.answer.index(sentence, at) + len(sentence)
        marker = re.match(r" \[(\d+)\]", answer.answer[at:])
        if marker:
            pairs.append((sentence, passage_of[int(marker[1])]))
    return pairs


def joined(answers: list[Answer], limit: int) -> Answer:
    """One answer to a message asking several questions, from theirs in order: each answer's sentences, each said once,
    a note for each question not answered, every passage cited once (the related ones while there are fewer than
    `limit` passages)."""
    passages: dict[str, Citation] = {}
    said: list[tuple[str, str | None]] = []
    for answer, ordinal in zip(answers, ORDINALS):
        for c in answer.citations:
            known = passages.get(c.passage_id)
            passages[c.passage_id] = c if known is None else replace(
                known, cited=known.cited or c.cited,
                highlights=sorted(set(known.highlights) | set(c.highlights), key=lambda span: span.start))
        if answer.found:
            said += [pair for pair in _marked(answer) if pair not in said]
        else:
            said.append((PART_NOT_FOUND.format(ordinal=ordinal) if answer.answer == NOT_FOUND else answer.answer, None))
    kept = [c for c in passages.values() if c.cited]
    kept += [c for c in passages.values() if not c.cited][: max(limit - len(kept), 0)]
    order = list(passages)
    kept.sort(key=lambda c: order.index(c.passage_id))
    ids = {c.passage_id: n for n, c in enumerate(kept, start=1)}
    citations = [replace(c, id=ids[c.passage_id]) for c in kept]
    found = any(a.found for a in answers)
    text = " ".join(sentence if pid is None else f"{sentence} [{ids[pid]}]" for sentence, pid in said)
    return Answer(text if found else NOT_FOUND, found, citations, " ".join(a.query for a in answers),
                  answers[0].index_version, [sentence for sentence, pid in said if pid is not None],
                  answers[0].continues)
