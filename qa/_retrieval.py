"""Hybrid retrieval: BM25 and dense rankings of passages fused, then sentences scored in context."""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePath
from typing import Literal, TypeVar

import bm25s
import faiss
import numpy as np

from index import (HNSW_SEARCH_BREADTH, IndexVersion, Passage, announces, completes, document_title, leans_back,
                   qualifies, strip_markers, table_headers, units_of)
from qa._kinds import (answer_cues, counts, defined_subject, defines, gives_figure, gives_place, kind_asked, named_kind,
                       names_summary, related_pair, relates, required_kinds)
from qa._spelling import (Speller, acronyms, asks_long_form, derived, hyphenated_words, irregular_forms,
                          irregular_nouns, is_english, letter_words, misspellable, national_spellings, other_forms,
                          rule_words, short_words, spelled_abbreviations, spelled_out, typed_abbreviations,
                          with_compounds, with_correction, with_long_form)
from qa._tuning import Tuning
from qa._words import light_verb_stems, tokens

Method = Literal["hybrid", "bm25", "dense"]


@dataclass(frozen=True)
class Query:
    """What to search for: `text` and `vector` pick the passages, the question's own words and vector
    (`focus_*`) pick the sentences. A follow-up's text and vector carry its conversation's context."""

    text: str
    vector: np.ndarray
    focus_text: str
    focus_vector: np.ndarray
    prior: tuple[str, ...] = ()  # passages that answered the turn this one continues
    prior_weight: float = 0.0  # how much they count: 0 for a question on its own
    documents: tuple[str, ...] | None = None  # the only documents whose passages may be returned

    @classmethod
    def alone(cls, question: str, vector: np.ndarray, documents: tuple[str, ...] | None = None) -> Query:
        return cls(question, vector, question, vector, documents=documents)


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence (absolute offsets) with its score and the signals behind it."""

    start: int
    end: int
    row: int  # in the version's sentence_vectors
    score: float
    dense: float  # similarity to the question's own vector
    lexical: float  # share of the question's own idf mass it holds
    leans_back: bool = False  # opens by referring to the sentence before ("Thus, ...")
    # Belongs after the sentence before: spells out what it announced ("Key among these ...") or qualifies it ("...,
    # however.").
    completes: bool = False
    # Says nothing quoted without the sentence after it: announces it ("... wrote:", a question it answers).
    announces: bool = False
    header: int | None = None  # a table's later row: the row of its first, which names the columns


@dataclass(frozen=True)
class Hit:
    """A passage ranked for a query, with the sentences inside it scored."""

    passage: Passage
    score: float
    sentences: tuple[ScoredSentence, ...]


def sentence_text(version: IndexVersion, hit: Hit, sentence: ScoredSentence) -> str:
    """A sentence of a hit as read and quoted: its text without reference markers."""
    return strip_markers(version.document(hit.passage.document).text[sentence.start : sentence.end])


@dataclass(frozen=True)
class _Focus:
    """What the sentences of candidate passages are scored against."""

    vector: np.ndarray
    terms: dict[str, float]
    fits: Callable[[int], bool]  # holds the kind of answer asked for
    bonus: float
    dense: bool
    lexical: bool


def top_rows(scores: np.ndarray, depth: int) -> np.ndarray:
    """The rows of the `depth` highest scores, best first, ties in row order: what a stable sort of all of them would
    list first, without sorting a large folder's every passage for each question."""
    if depth >= len(scores):
        return np.argsort(-scores, kind="stable")
    kth = -np.partition(-scores, depth - 1)[depth - 1]  # the depth-th highest score
    above = np.flatnonzero(scores > kth)
    rows = np.concatenate([above, np.flatnonzero(scores == kth)[: depth - len(above)]])
    return rows[np.argsort(-scores[rows], kind="stable")]


def rrf(rankings: Sequence[Sequence[int]], k: int = 60) -> dict[int, float]:
    """Reciprocal-rank fusion: each ranking adds 1 / (k + rank) to the items it lists."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def idf(document_frequency: int, documents: int) -> float:
    """BM25's inverse document frequency, never negative."""
    return math.log(1.0 + (documents - document_frequency + 0.5) / (document_frequency + 0.5))


def coverage(query: dict[str, float], terms: Collection[str]) -> float:
    """Share of the query's idf mass whose terms occur in `terms` (0 when the query has none)."""
    total = sum(query.values())
    return sum(w for t, w in query.items() if t in terms) / total if total else 0.0


H = TypeVar("H", bound=Hashable)
# Unknown words a searcher remembers its reading of (an abbreviation's phrase, a misspelling's correction).
WORD_CACHE = 4096


def shared(values: Iterable[H]) -> list[H]:
    """The values with equal ones as one object: a large index holds few distinct cue sets."""
    seen: dict[H, H] = {}
    return [seen.setdefault(v, v) for v in values]


def _table_headers(version: IndexVersion) -> list[int | None]:
    """For each sentence row of the version, the row of the first row of the table it is a later row of, or None."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    row = 0
    for p in version.passages:
        for start, end in p.sentences:
            spans.setdefault(p.document, []).append((row, start, end))
            row += 1
    headers: list[int | None] = [None] * row
    for name, rows in spans.items():
        for (at, _, _), header in zip(rows, table_headers(version.document(name).text, [(s, e) for _, s, e in rows])):
            headers[at] = None if header is None else rows[header][0]
    return headers


class Postings:
    """For each stem, the rows of the texts that hold it, ascending, all in one array: a sentence's stems are
    looked up for a few candidate rows at once."""

    def __init__(self, texts: Iterable[str]) -> None:
        gathered: dict[str, array[int]] = {}  # 4 bytes a row while gathering, not a list of int objects
        for row, text in enumerate(texts):
            for stem in set(tokens(text)):
                gathered.setdefault(stem, array("i")).append(row)
        self._at = {stem: n for n, stem in enumerate(gathered)}
        self._starts = np.concatenate([[0], np.cumsum([len(rows) for rows in gathered.values()], dtype=np.int64)])
        self._rows = np.concatenate([np.frombuffer(rows, dtype=np.int32) for rows in gathered.values()] or
                                    [np.empty(0, np.int32)])

    def rows(self, stem: str) -> np.ndarray | None:
        """The rows holding `stem`, ascending, or None when none does."""
        n = self._at.get(stem)
        return None if n is None else self._rows[self._starts[n] : self._starts[n + 1]]


# Kinds a quoted sentence gives only as the question asks them: a place other than the question's own names, a list of
# what it counts, a figure other than the "one" of "one of".
_GIVES_WITH_QUESTION = {"location": gives_place, "count": counts, "quantity": gives_figure, "duration": gives_figure,
                        "frequency": gives_figure}


class Searcher:
    """Everything retrieval needs for one index version, prepared once when the version loads."""

    def __init__(self, version: IndexVersion, tuning: Tuning = Tuning(),
                 embed: Callable[[list[str]], np.ndarray] | None = None) -> None:
        self.version = version
        self.tuning = tuning
        self._embed = embed  # single-word vectors, which tell forms of one root from words that only look alike
        passage_texts, sentence_texts = units_of(version.documents, version.passages)
        passage_tokens = [tokens(t) for t in passage_texts]
        self._bm25 = bm25s.BM25()
        self._bm25.index(passage_tokens, show_progress=False)
        self._passage_terms = [frozenset(t) for t in passage_tokens]
        self.sentence_texts = sentence_texts
        # A sentence holds the words of the heading it stands under too ("Equipment" over "The company provides a
        # laptop."): its title says what it is about.
        headed = [f"{p.heading} {t}" if p.heading else t
                  for p, t in zip((p for p in version.passages for _ in p.sentences), sentence_texts)]
        self._sentences_with = Postings(headed)
        self._sentence_cues = shared(answer_cues(t) for t in sentence_texts)
        # A sentence announced by the one before it in its passage ("... wrote:") completes it, and leans on it; so does
        # one that qualifies it ("..., however.").
        firsts = set(version.sentence_rows)
        announcing = [announces(t) for t in sentence_texts]
        announced = [row not in firsts and announcing[row - 1] for row in range(len(sentence_texts))]
        headers = _table_headers(version)
        self._sentence_links = shared((leans_back(t) or a, completes(t) or a or qualifies(t), says, header)
                                      for t, a, says, header in zip(sentence_texts, announced, announcing, headers))
        df: dict[str, int] = {}
        for terms in self._passage_terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        n = len(passage_tokens)
        self._idf = {t: idf(c, n) for t, c in df.items()}
        self._unseen_idf = idf(0, n)
        self.rows = {p.id: row for row, p in enumerate(version.passages)}
        self._sentence_starts = np.asarray(version.sentence_rows, dtype=np.int64)
        by_document: dict[str, list[int]] = {}
        for row, p in enumerate(version.passages):
            by_document.setdefault(p.document, []).append(row)
        self._document_rows = {name: np.asarray(rows, dtype=np.int64) for name, rows in by_document.items()}
        # The kinds of answer each document gives somewhere: a question needing one it never gives is not found.
        self._document_cues = {name: frozenset().union(*(self._sentence_cues[s] for p in rows for s in range(
            self._sentence_starts[p], self._sentence_starts[p + 1]))) for name, rows in by_document.items()}
        self._kinds_given = frozenset().union(*self._document_cues.values())  # by any document
        # Bounded: every unknown word a user types is a key. A question is corrected before the rules read it and again
        # when it is searched; the second time is a lookup.
        self._spelled = lru_cache(maxsize=WORD_CACHE)(
            lambda acronym, defined: spelled_out(acronym, (d.text for d in version.documents), defined))
        self._correction = lru_cache(maxsize=WORD_CACHE)(self._correction_of)
        self._speller: Speller | None = None
        self._hyphenated: dict[str, str] | None = None
        self._forms: tuple[list[str], dict[str, str]] | None = None
        self._written: frozenset[str] | None = None  # their words in lower case, read on first need
        # The passage rows under each heading, by the heading's stems, read once: every question is matched on them
        # (one naming nothing but a heading asks for its part), by a lookup, not a pass over every passage.
        stems_of = {heading: frozenset(tokens(heading)) for heading in {p.heading for p in version.passages}}
        self._rows_under: dict[frozenset[str], list[int]] = {}
        for row, p in enumerate(version.passages):
            self._rows_under.setdefault(stems_of[p.heading], []).append(row)
        self._passage_documents = [p.document for p in version.passages]
        # The words a person names each document by: its file name's ("Southern_California.txt") and its title's.
        self._document_names = {doc.name: set(tokens(re.sub(r"[\W_]+", " ", PurePath(doc.name).stem)))
                                | set(tokens(document_title(doc.name, doc.text) or "")) for doc in version.documents}

    def document_named(self, name: str) -> str | None:
        """The one document of several whose file name or title holds every word of `name` ("Normans": "Normans.txt");
        None when none or several do, or when there is one document only (naming it narrows nothing)."""
        wanted = set(tokens(name))
        if not wanted or len(self._document_names) < 2:
            return None
        named = [doc for doc, words in self._document_names.items() if wanted <= words]
        return named[0] if len(named) == 1 else None

    def query_terms(self, text: str) -> dict[str, float]:
        """The query's stems weighted by idf; terms absent from the documents weigh the most, but for an abbreviation
        they never use, spelled out as they write it ("ECT (electroconvulsive therapy)"): its long form stands for it."""
        spelled = {t for short in spelled_abbreviations(text) for t in tokens(short) if not self.knows(t)}
        return {t: self._idf.get(t, self._unseen_idf) for t in tokens(text) if t not in spelled}

    def unknown(self, text: str) -> float:
        """Share of the text's idf mass in stems that no passage contains; a noun naming the kind of answer asked
        for ("Which routes ...?") is known where some sentence gives that kind, and a text of light verbs alone
        ("Who made it?") names nothing to be unknown."""
        terms = self.query_terms(text)
        if terms.keys() <= light_verb_stems():
            return 0.0
        total = sum(terms.values())
        named = named_kind(text)
        given = named[1] if named and named[0] in self._kinds_given else frozenset()
        return sum(w for t, w in terms.items() if not self.knows(t) and t not in given) / total if total else 0.0

    def held(self, text: str, rows: list[int]) -> np.ndarray:
        """For each sentence at `rows`: the share of the text's idf mass it holds (its `lexical` for that text), a
        sentence giving the kind of answer asked for holding the nouns that name it ("intravenous, intramuscular,
        and oral" holds "routes")."""
        at = np.asarray(rows, dtype=np.int64)
        terms = self.query_terms(text)
        held = self._coverage(terms, at)
        named = named_kind(text)
        naming = {t: w for t, w in terms.items() if named and t in named[1]}
        if named and naming:
            share = sum(naming.values()) / sum(terms.values())
            gives = np.array([named[0] in self._sentence_cues[row] for row in at.tolist()], dtype=bool)
            held += np.where(gives, share * (1.0 - self._coverage(naming, at)), 0.0)
        return held

    def corrected(self, question: str) -> str:
        """The question with each word that is neither the documents' nor English replaced by their word, or a word
        of the rules, one edit away ("psychoterapy" becomes "psychotherapy", "sumamrize" "summarize"), an English one
        they write only in another form by that form ("crises" as "crisis"), and one they write with hyphens, or
        without, written as they write it ("wifi" as "Wi-Fi")."""
        if self._hyphenated is None:  # read on first need, as the speller is
            self._hyphenated = hyphenated_words(self.sentence_texts)
        question = with_compounds(question, self._hyphenated, self._uses)
        if not self.tuning.spelling_edits:
            return question
        # A short word is too like others to be read as misspelt, but "kids" is read as the documents' "children".
        for word in dict.fromkeys(misspellable(question) + irregular_nouns(question)):
            correction = self._correction(word)
            if correction:
                question = with_correction(question, word, correction)
        return question

    def expand(self, question: str) -> str:
        """The question as the documents write it: `corrected`, and each abbreviation they never use spelled out
        ("Does it help PTSD?" becomes "Does it help PTSD (post-traumatic stress disorders)?", as does "ptsd"), as is
        one they use that the question asks the meaning of ("What does TRD stand for?")."""
        question = self.corrected(question)
        named = acronyms(question) + typed_abbreviations(question, lambda w: all(self.knows(t) for t in tokens(w)))
        meaning = asks_long_form(question)
        # "what does trd stand for": any short word may be the abbreviation asked after, typed in lower case.
        typed = [w for w in short_words(question) if w not in named] if meaning else []
        for acronym in named + typed:
            stems = tokens(acronym)  # none for "WHO": its letters are a stop word, which no passage is indexed by
            known = bool(stems) and all(self.knows(t) for t in stems)
            if known and not meaning:
                continue
            # One the documents use, or a word typed as one may be, is spelled out only as they define it: "CSA" may
            # stand for a phrase they never say.
            phrase = self._spelled(acronym, known or acronym in typed)
            if phrase:
                question = with_long_form(question, acronym, phrase)
        return question

    def _correction_of(self, word: str) -> str | None:
        """The documents' word for a `word` they never use (by stem): its spelling in their nation's letters, its form
        they use if it is English, else the word it misspells; or None."""
        stems = tokens(word)
        if not stems or self.knows(stems[0]):
            return None
        if self._written is None:
            self._written = frozenset(w.lower() for w in letter_words(self.sentence_texts))
        # "anaesthetic" where they write "anesthetic": a respelling they write as it is, not one whose stem they use
        # ("meters" is not "metroes", whose stem is "metro").
        respelt = next((form for form in national_spellings(word) if form in self._written and tokens(form)), None)
        if respelt:
            return respelt
        if is_english(word):  # not misspelt: perhaps another form of their word, which the stemmer parts ("buses")
            forms = other_forms(word) + irregular_forms(stems[0])
            return next((form for form in forms if is_english(form) and tokens(form) and self._uses(form)),
                        None) or self._derived(word.lower(), stems[0])
        if self._speller is None:  # built on first need: most questions never need it
            self._speller = Speller(self.sentence_texts, self.tuning.spelling_edits)
        return self._speller.correction(word)

    def _derived(self, word: str, stem: str) -> str | None:
        """The one word the documents write in lower case whose stem extends `stem` or that `stem` extends, where its
        vector is `Tuning.derived_form` close to `word`'s ("hallucinations": "hallucinogenic"), or None. Never for a
        word the rules read: read as theirs, it would no longer ask what it asks ("commonest" a rank, "percentage" a
        count)."""
        if self._embed is None or not self.tuning.derived_stem or word in rule_words():
            return None
        if self._forms is None:  # read on first need, as the speller is
            shortest: dict[str, str] = {}  # each stem's shortest word, the first in order of those as short
            for w in sorted((w for w in letter_words(self.sentence_texts) if w.islower()), key=lambda w: (len(w), w)):
                for t in tokens(w)[:1]:
                    shortest.setdefault(t, w)
            self._forms = sorted(shortest), shortest
        stems, forms = self._forms
        found = derived(stem, stems, self.tuning.derived_stem)
        if len(found) != 1:
            return None
        vectors = self._embed([word, forms[found[0]]])
        return forms[found[0]] if float(vectors[0] @ vectors[1]) >= self.tuning.derived_form else None

    def gives_kind(self, question: str, documents: tuple[str, ...] | None = None,
                   rows: list[int] | None = None) -> bool:
        """False when the question asks for a kind every answer holds (a price, a count, a rank) and no sentence of
        the documents (the named ones, if given; of `rows`, if given) gives it."""
        kinds = required_kinds(question)
        if rows is not None:  # a place or a count is judged with the question: its own name places nothing
            return all(any(_GIVES_WITH_QUESTION[kind](self.sentence_texts[row], question) if kind in _GIVES_WITH_QUESTION
                           else kind in self._sentence_cues[row] for row in rows) for kind in kinds)
        return all(any(kind in cues for name, cues in self._document_cues.items()
                       if documents is None or name in documents) for kind in kinds)

    def knows(self, stem: str) -> bool:
        """Whether any passage contains the stem."""
        return stem in self._idf

    def _uses(self, word: str) -> bool:
        """Whether the documents use every content word of `word` (a stop word alone counts as used)."""
        return all(self.knows(t) for t in tokens(word))

    def openings(self, k: int, documents: tuple[str, ...] | None = None) -> list[Hit]:
        """The first `k` passages of the documents (the named ones, if given), one of each in turn: what they open
        with, for a question about them as a whole. Nothing was matched, so nothing carries a score."""
        each = [self._opening_order(rows) for name, rows in self._document_rows.items()
                if documents is None or name in documents]
        order = [rows[i] for i in range(max(map(len, each), default=0)) for rows in each if i < len(rows)]
        return [self._unscored(row) for row in order[:k]]

    def section(self, name: str, k: int, documents: tuple[str, ...] | None = None, whole: bool = False) -> list[Hit]:
        """The first `k` passages under the heading that `name` names (every word of it, fewest others; "safety":
        "Safety rules"; with `whole`, its words and no others), in document order; none when no heading of the
        documents (the named ones) has them all."""
        wanted = frozenset(tokens(name))
        if not wanted:
            return []
        named = {wanted: self._rows_under.get(wanted, [])} if whole else {
            stems: rows for stems, rows in self._rows_under.items() if wanted <= stems}
        rows = {stems: [r for r in rows if documents is None or self._passage_documents[r] in documents]
                for stems, rows in named.items()}
        fewest = min((len(stems) for stems, under in rows.items() if under), default=0)
        return [self._unscored(row) for row in sorted(r for stems, under in rows.items() if len(stems) == fewest
                                                      for r in under)][:k]

    def _opening_order(self, rows: np.ndarray) -> list[int]:
        """A document's passage rows in order, the first under a summary heading ("Abstract") moved to the front."""
        order = [int(row) for row in rows]
        summary = next((row for row in order if names_summary(self.version.passages[row].heading)), None)
        return order if summary is None else [summary, *(row for row in order if row != summary)]

    def passages(self, ids: list[str]) -> list[Hit]:
        """The passages with these ids that this version holds, in that order; nothing was matched, so nothing
        carries a score."""
        return [self._unscored(self.rows[i]) for i in ids if i in self.rows]

    def following(self, passage_id: str) -> Hit | None:
        """The passage after this one in its document, unscored; None after a document's last or an unknown one."""
        row = self.rows.get(passage_id)
        if row is None:
            return None
        rows = self._document_rows[self.version.passages[row].document]
        at = int(np.searchsorted(rows, row)) + 1
        return self._unscored(int(rows[at])) if at < len(rows) else None

    def _unscored(self, row: int) -> Hit:
        passage, first = self.version.passages[row], int(self._sentence_starts[row])
        return Hit(passage, 0.0, tuple(
            ScoredSentence(start, end, first + i, 0.0, 0.0, 0.0, *self._sentence_links[first + i])
            for i, (start, end) in enumerate(passage.sentences)))

    def _rankings(self, vector: np.ndarray, text: str,
                  documents: tuple[str, ...] | None) -> tuple[np.ndarray, np.ndarray]:
        """Dense and BM25 scores of every passage; those outside `documents` (when given) score nothing."""
        n = len(self.version.passages)
        dense = np.full(n, -1.0, dtype=np.float32)
        depth = min(n, self.tuning.depth)
        params = None
        if documents is not None:
            allowed = np.concatenate([self._document_rows.get(d, np.empty(0, np.int64)) for d in documents] or
                                     [np.empty(0, np.int64)])
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
            if isinstance(self.version.passage_vectors, faiss.IndexHNSWFlat):
                params = faiss.SearchParametersHNSW(sel=params.sel, efSearch=HNSW_SEARCH_BREADTH)
        scores, rows = self.version.passage_vectors.search(vector.reshape(1, -1), depth, params=params)
        dense[rows[0][rows[0] >= 0]] = scores[0][rows[0] >= 0]
        terms = tokens(text)  # empty for "Why?" or a lone symbol; bm25s cannot score no terms
        lexical = self._bm25.get_scores(terms) if terms else np.zeros(n, dtype=np.float32)
        if documents is not None:
            outside = np.ones(n, dtype=bool)
            outside[allowed] = False
            lexical = np.where(outside, 0.0, lexical).astype(np.float32)
            dense[outside] = -np.inf
        return dense, lexical

    def _focus(self, query: Query, method: Method) -> _Focus:
        kind, subject = kind_asked(query.focus_text), defined_subject(query.focus_text)
        pair = related_pair(query.focus_text)
        # Which sentences hold the kind of answer asked for: for "What is X?", those defining X; for "What is the
        # difference between X and Y?", those saying what one is in terms of the other.
        fits: Callable[[int], bool] = (lambda row: relates(self.sentence_texts[row], *pair)) if pair else (
            lambda row: defines(self.sentence_texts[row], subject)) if subject else (
            lambda row: kind is not None and kind.name in self._sentence_cues[row])
        bonus = getattr(self.tuning, "reason" if pair else kind.bonus if kind else "answer_type")
        return _Focus(query.focus_vector, self.query_terms(query.focus_text), fits, bonus, method != "bm25",
                      method != "dense")

    def search(self, query: Query, k: int, method: Method = "hybrid") -> list[Hit]:
        """The `k` best passages for a query, best first, each with its sentences scored."""
        t = self.tuning
        dense, lexical = self._rankings(query.vector, query.text, query.documents)
        prior_rows = [self.rows[p] for p in query.prior if p in self.rows and np.isfinite(dense[self.rows[p]])]
        rows = self._candidates(query.vector, method, dense, lexical, prior_rows)[: max(k, t.candidates)]
        terms = self.query_terms(query.text)
        focus = self._focus(query, method)
        contexts = [(t.passage_dense * float(dense[row]) if focus.dense else 0.0) + (
            t.passage_lexical * coverage(terms, self._passage_terms[row]) if focus.lexical else 0.0
        ) + (t.prior_bonus * query.prior_weight if row in prior_rows else 0.0) for row in rows]
        return self._scored_passages(rows, focus, contexts, k)

    def _candidates(self, vector: np.ndarray, method: Method, dense: np.ndarray, lexical: np.ndarray,
                    prior_rows: list[int]) -> list[int]:
        """Passage rows in the order their sentences are scored: one method's ranking, or the fusion of
        the dense, BM25 and closest-sentence rankings and a follow-up's prior passages."""
        t = self.tuning
        depth = min(len(dense), t.depth)
        by_dense = top_rows(dense, depth)
        by_dense = by_dense[np.isfinite(dense[by_dense])]
        by_lexical = top_rows(lexical, depth)
        by_lexical = by_lexical[lexical[by_lexical] > 0]
        if method == "dense":
            return [int(i) for i in by_dense]
        if method == "bm25":
            return [int(i) for i in by_lexical] or [int(i) for i in by_dense]
        fused = rrf([by_dense.tolist(), by_lexical.tolist()], t.rrf_k)
        # The leaders so far ranked by their closest sentence: a passage that holds the answer in one
        # sentence can be far from the question as a whole. Only a few: each costs a read of its vectors.
        by_sentence: list[int] = []
        if t.sentence_rank:
            leaders = np.array(sorted(fused, key=lambda i: -fused[i])[: t.sentence_depth], dtype=np.int64)
            by_sentence = leaders[np.argsort(-self._closest_sentence(vector, leaders), kind="stable")].tolist()
        for weight, ranking in ((t.sentence_rank, by_sentence), (t.prior, prior_rows)):
            for row, bonus in rrf([ranking], t.rrf_k).items():
                fused[row] = fused.get(row, 0.0) + weight * bonus
        return sorted(fused, key=lambda i: -fused[i])

    def _closest_sentence(self, vector: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """For each passage row: the similarity of its sentence closest to `vector`."""
        if not len(rows):
            return np.zeros(0, dtype=np.float32)
        _, _, offsets, sentences = self._gathered(rows)
        return np.maximum.reduceat(self.version.sentence_vectors[sentences] @ vector, offsets)

    def _gathered(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """For passages at `rows`: each one's first sentence row and its number of sentences (never 0), where
        its sentences begin among those gathered, and the gathered sentence rows, passage after passage."""
        starts = self._sentence_starts[rows]
        sizes = self._sentence_starts[rows + 1] - starts
        offsets = np.cumsum(sizes) - sizes
        return starts, sizes, offsets, np.arange(int(sizes.sum())) + np.repeat(starts - offsets, sizes)

    def _coverage(self, query: dict[str, float], sentences: np.ndarray) -> np.ndarray:
        """`coverage` of the query by each sentence at rows `sentences`, the same sums in the same order."""
        total = sum(query.values())
        held = np.zeros(len(sentences))
        if not total:
            return held
        for term, weight in query.items():
            rows = self._sentences_with.rows(term)
            if rows is not None:
                held += weight * (rows[np.minimum(np.searchsorted(rows, sentences), len(rows) - 1)] == sentences)
        return held / total

    def _scored_passages(self, rows: list[int], focus: _Focus, contexts: list[float], k: int) -> list[Hit]:
        """The `k` best of the passages at `rows` by their best sentence, each sentence scored on its own match
        to the focus plus its passage's context. Scored as arrays: only the hits returned become objects."""
        if not rows:
            return []
        t = self.tuning
        starts, sizes, offsets, sentences = self._gathered(np.asarray(rows, dtype=np.int64))
        # Passage by passage, as the fitted files were trained: one product over all the rows differs in the last bit.
        sentence_dense = np.concatenate([self.version.sentence_vectors[lo : lo + size] @ focus.vector
                                         for lo, size in zip(starts.tolist(), sizes.tolist())]).astype(np.float64)
        lexical = self._coverage(focus.terms, sentences)
        fits = np.array([focus.fits(s) for s in sentences.tolist()])
        own = (t.sentence_dense * sentence_dense if focus.dense else 0.0) + (
            t.sentence_lexical * lexical if focus.lexical else 0.0) + np.where(fits, focus.bonus, 0.0)
        # A sentence that answers often leaves its topic to the sentence before it.
        before = np.concatenate([[0.0], own[:-1]])
        before[offsets] = 0.0
        scores = np.repeat(contexts, sizes) + own + t.neighbour * np.maximum(0.0, before - own)
        best = np.maximum.reduceat(scores, offsets)
        hits = []
        for n in sorted(range(len(rows)), key=lambda n: -best[n])[:k]:
            lo, passage = int(starts[n]), self.version.passages[rows[n]]
            at = range(int(offsets[n]), int(offsets[n] + sizes[n]))
            hits.append(Hit(passage, float(best[n]), tuple(
                ScoredSentence(start, end, lo + i, float(scores[j]), float(sentence_dense[j]), float(lexical[j]),
                               *self._sentence_links[lo + i])
                for i, ((start, end), j) in enumerate(zip(passage.sentences, at)))))
        return hits
