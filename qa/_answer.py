"""Composing the answer: the best sentences of the best passages, each followed by its citation marker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace

from index import IndexVersion, strip_markers
from qa._retrieval import Hit, ScoredSentence
from qa._tuning import Tuning

MAX_SENTENCES = 3
MAX_CHARS = 600
NOT_FOUND = (
    "The document does not seem to answer this question. "
    "The passages that came closest are listed below."
)


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
    """The best sentence with the neighbour it needs to be understood: the sentence a "Thus, ..."
    leans on, or the "Key among these ..." that completes it."""
    sentences = hits[h].sentences
    i = next(n for n, s in enumerate(sentences) if s.start == best.start)
    if best.leans_back and i > 0:
        pair = [(h, best), (h, sentences[i - 1])]
    elif i + 1 < len(sentences) and sentences[i + 1].completes:
        pair = [(h, best), (h, sentences[i + 1])]
    else:
        return [(h, best)]
    return pair if sum(s.end - s.start for _, s in pair) <= MAX_CHARS - 20 else [(h, best)]


def unmatched(sentence: ScoredSentence, tuning: Tuning) -> bool:
    """The question's own words and vector say nothing about the sentence (no shared word, a distant vector)."""
    return not sentence.lexical and sentence.dense < tuning.vague


def choose_sentences(hits: list[Hit], tuning: Tuning, said: frozenset[tuple[int, int]] = frozenset(),
                     whole_first: bool = False, text_of: Callable[[int, ScoredSentence], str] | None = None,
                     follow_up: bool = False) -> list[tuple[int, ScoredSentence]]:
    """(hit position, sentence) pairs for the answer, best first; sentences in `said` count for less, and a
    `follow_up`'s runners-up must match it by a word or a close vector.

    With `whole_first` (a follow-up whose own words match nothing) the first passage is read in order.
    With `text_of`, a sentence whose words were already chosen (text repeated on every page) is skipped.
    """
    if whole_first and hits:
        chosen, length = [], 0
        for s in hits[0].sentences[:MAX_SENTENCES]:
            if length + s.end - s.start > MAX_CHARS - 8 * MAX_SENTENCES:
                break
            chosen.append((0, s))
            length += s.end - s.start
        return chosen or [(0, hits[0].sentences[0])]
    ranked = sorted(
        ((h, replace(s, score=s.score - tuning.repeat_penalty) if (s.start, s.end) in said else s)
         for h, hit in enumerate(hits) for s in hit.sentences),
        key=lambda pair: -pair[1].score,
    )
    if not ranked:
        return []
    chosen = coherent(hits, *ranked[0])
    length = sum(s.end - s.start for _, s in chosen)
    seen = {" ".join(text_of(h, s).split()) for h, s in chosen} if text_of else set()
    for h, s in ranked[1:]:
        if any(s.start == c.start and h == ch for ch, c in chosen):
            continue
        if text_of and " ".join(text_of(h, s).split()) in seen:
            continue
        if follow_up and unmatched(s, tuning):
            continue
        size = s.end - s.start
        below = ranked[0][1].score - s.score
        if len(chosen) == MAX_SENTENCES or below > max(tuning.margin, tuning.short_margin):
            break
        if below > tuning.margin and length + size > tuning.short_chars:
            continue
        if length + size <= tuning.soft_chars:
            chosen.append((h, s))
            length += size
            if text_of:
                seen.add(" ".join(text_of(h, s).split()))
    return chosen


def compose(hits: list[Hit], version: IndexVersion, query: str, found: bool, tuning: Tuning = Tuning(),
            said: frozenset[tuple[int, int]] = frozenset(), whole_first: bool = False,
            follow_up: bool = False) -> Answer:
    """Answer from ranked hits: cited sentences when found, else a plain note and the nearest passages."""
    if not found:
        citations = [citation(n, hit, version, []) for n, hit in enumerate(hits, start=1)]
        return Answer(NOT_FOUND, False, citations, query, version.version)
    def text_of(h: int, s: ScoredSentence) -> str:
        return strip_markers(version.document(hits[h].passage.document).text[s.start : s.end])

    chosen = choose_sentences(hits, tuning, said, whole_first, text_of, follow_up)
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
