"""The assistant users hold: one model, the served index version, conversations, and `ask`/`converse`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from index import Embedder, OnnxEncoder
from qa._answer import (EXAMPLE_WINDOW, NEXT_SENTENCES, Answer, Citation, RunnerUpModel, citation, compose, joined,
                        not_found, overview, requoted, told_consequence, told_example, told_next, unmatched)
from qa._batching import QuestionEncoder
from qa._evidence import Evidence, FoundModel, evidence_of
from qa._followup import (Reading, added_terms, asks_again, asks_consequence, asks_example, asks_next,
                          cause_asked_of, event_asked_after, names_its_topic, names_nothing, own_terms, read_alone,
                          read_follow_up, substituted, superseded, topic_words, unmarked, wording_cue)
from qa._holder import IndexHolder, Loaded, query_model
from qa._kinds import asks_more_of, asks_whether, gives_consequence, opening_subject, question_type
from qa._lexicon import NOTHING_TO_REPEAT
from qa._messages import (as_question, asks_overview, asks_section, chat_question, naming_document, plainly,
                          questions_asked, small_talk, unjoined)
from qa._reader import Reader, load_reader
from qa._retrieval import Hit, Method, Query, Searcher
from qa._stores import ConversationStore, MemoryStore, RedisStore, StoreUnavailable, Turn, new_id
from qa._tuning import Tuning
from qa.config import Settings

log = logging.getLogger(__name__)

# Kinds of question a part of the documents answers with what it opens with ("What are the risks?" under "Risks"); a
# time, a number, a place or a reason is looked for as any question is.
DESCRIBED = (None, "risk")
# In a reply answered without a conversation because the store could not be reached.
STORE_WARNING = {"code": "conversation_store_unavailable",
                 "message": "answered without a conversation: the conversation store is unavailable"}


@dataclass(frozen=True)
class Reply:
    """An answer given inside a conversation: what `POST /api/ask` returns."""

    answer: Answer
    conversation_id: str | None  # None when the conversation store was unavailable
    warning: dict[str, str] | None = None  # what went wrong, when the reply is partial

    def to_dict(self) -> dict[str, object]:
        body = {**self.answer.to_dict(), "conversation_id": self.conversation_id}
        return {**body, "warning": self.warning} if self.warning else body


@dataclass(frozen=True)
class Outcome:
    """Everything one turn produced: the answer, what the conversation keeps, and why it was found."""

    answer: Answer
    turn: Turn
    evidence: Evidence | None  # None when no evidence decided it: a question about the documents as a whole, a "hi"
    hits: list[Hit]  # ranked and scored, the answer's sentences chosen from them


def _names(documents: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if documents is None else tuple(documents)


def within(reading: Reading, documents: tuple[str, ...] | None) -> Reading:
    """The reading with its search restricted to `documents` (None: every document)."""
    return replace(reading, query=replace(reading.query, documents=documents))


def remembered(answer: Answer, question: str, topic: list[str], vector: np.ndarray, context: list[str],
               said_before: list[list[int]] | None = None, unnamed: bool = False) -> Turn:
    """The turn a conversation keeps of an answer: what it was asked and understood as, what it cited, and what it
    said (with `said_before`, what the turns it went on from said too)."""
    cited, quoted = _cited_and_quoted(answer)
    return Turn(question, answer.query, topic, cited, np.asarray(vector, dtype=np.float32),
                (said_before or []) + quoted, context, unnamed)


def _cited_and_quoted(answer: Answer) -> tuple[list[str], list[list[int]]]:
    """The passages an answer cites and the offsets of the sentences it quotes, as a turn keeps them."""
    cited = [c.passage_id for c in answer.citations if c.highlights] or [c.passage_id for c in answer.citations[:1]]
    return cited, [[c.start + h.start, c.start + h.end] for c in answer.citations for h in c.highlights]


def _stating_consequence(answer: Answer) -> tuple[int, int] | None:
    """The offsets of the first sentence the answer quotes that states a consequence ("..., leading to ..."), or None."""
    return next(((c.start + h.start, c.start + h.end) for c in answer.citations for h in c.highlights
                 if gives_consequence(c.text[h.start:h.end])), None)


def _quoted_rows(answer: Answer, hits: list[Hit]) -> list[int]:
    """The sentence rows of the hits that the answer quotes."""
    quoted = {(start, end) for start, end in _cited_and_quoted(answer)[1]}
    return [s.row for hit in hits for s in hit.sentences if (s.start, s.end) in quoted]


def _best_held(searcher: Searcher, text: str, hits: list[Hit]) -> float:
    """The share of the text's idf mass that the best passage's best sentence for it holds (`Searcher.held`)."""
    return float(searcher.held(text, [s.row for s in hits[0].sentences]).max()) if hits else 0.0


def _stated(searcher: Searcher, question: str, hits: list[Hit]) -> bool:
    """False for a yes/no question with a word the documents never use that either asks whether what was said holds of
    something more ("Are they offered in hospitals too?") or has none of its other words in the passage put first
    ("Does it affect serotonin?"): no sentence says whether it holds."""
    if not asks_whether(question) or searcher.unknown(own_terms(question)) == 0:
        return True
    return not asks_more_of(question) and _best_held(searcher, question, hits) > 0


def as_searched(loaded: Loaded, question: str) -> str:
    """The question as it is read: said `plainly`, an opening naming its topic folded in (`unmarked`), abbreviations
    spelled out."""
    return loaded.searcher.expand(unmarked(plainly(question)))


def make_store(settings: Settings) -> ConversationStore:
    if settings.redis_url:
        return RedisStore(settings.redis_url, settings.conversation_ttl, settings.conversation_turns,
                          timeout=settings.redis_timeout)
    return MemoryStore(settings.conversations, settings.conversation_ttl, settings.conversation_turns)


class Assistant:
    """Answers questions over the index in `settings.index_dir`, following new versions as they appear."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, tuning: Tuning = Tuning(),
                 store: ConversationStore | None = None, found_model: FoundModel | None = None,
                 runners_up: RunnerUpModel | None = None, full_evidence: bool = False) -> None:
        self.settings = settings
        self.full_evidence = full_evidence  # measure every signal, even where the decision does not need it
        self.tuning = tuning
        self.store = store if store is not None else make_store(settings)
        self.found_model = found_model or FoundModel.load(settings.trained_dir / "found.json")
        self.runners_up = runners_up or RunnerUpModel.load(settings.trained_dir / "runners_up.json")
        # Fail before the model loads when there is no index; the searcher reads words by the model only later.
        self.index = IndexHolder(settings, tuning, embed=self.embed)
        self.embedder: Embedder | OnnxEncoder = embedder or query_model(settings)
        self.encoder = QuestionEncoder(self.embedder.encode)
        self.index.check_model(self.embedder.identity)
        # The cross-encoder that rereads close candidates; None (after a warning) leaves the hand scores.
        self.reader: Reader | None = load_reader(settings.index_dir, self.embedder.identity) if settings.reader else None

    @property
    def loaded(self) -> Loaded:
        return self.index.loaded

    @property
    def index_version(self) -> str:
        return self.index.loaded.version.version

    def refresh(self) -> bool:
        return self.index.refresh()

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode(texts)

    def _encode_questions(self, questions: list[str]) -> np.ndarray:
        """Question vectors, each question closed by "?" as the model reads one best (`as_question`)."""
        return self.embed([as_question(q) for q in questions])

    def hits(self, query: str, k: int, method: Method = "hybrid", loaded: Loaded | None = None,
             documents: Sequence[str] | None = None) -> list[Hit]:
        """The `k` best passages for a query (of the named `documents` only, if given), as the documents spell it."""
        searcher = (loaded or self.loaded).searcher
        text = searcher.expand(query)
        return searcher.search(Query.alone(text, self._encode_questions([text])[0], _names(documents)), k, method)

    def ask(self, question: str, top_k: int | None = None, method: Method = "hybrid",
            documents: Sequence[str] | None = None) -> Answer:
        """Answer one self-contained question with up to `top_k` cited passages (of `documents`, if given)."""
        with self.encoder.request():
            return self.respond(question, None, top_k, method, documents=documents).answer

    def converse(self, question: str, top_k: int | None = None, conversation_id: str | None = None,
                 history: list[str] | None = None, documents: Sequence[str] | None = None) -> Reply:
        """Answer a question inside a conversation (from the named `documents` only, if given); an unknown
        id starts a new one."""
        with self.encoder.request():
            loaded = self.loaded
            top_k = top_k or self.settings.default_top_k
            # A request naming a conversation needs the store: StoreUnavailable from here is the caller's to report.
            turns = self.store.get(conversation_id) if conversation_id else None
            new = turns is None
            if new:
                conversation_id, turns = new_id(), (self._replay(loaded, history, top_k) if history else [])
            outcome = self.respond(question, turns[-1] if turns else None, top_k, loaded=loaded, documents=documents)
            try:
                for earlier in turns if new else []:
                    self.store.append(conversation_id, earlier)
                self.store.append(conversation_id, outcome.turn)
            except StoreUnavailable as exc:
                if not new:
                    raise
                # A new question is still answered; only the conversation is lost, and the reply says so.
                log.warning("answered without a conversation: %s", exc)
                return Reply(outcome.answer, None, STORE_WARNING)
            return Reply(outcome.answer, conversation_id)

    def end(self, conversation_id: str) -> bool:
        """Forget a conversation; False when it was not known."""
        return self.store.delete(conversation_id)

    def _replay(self, loaded: Loaded, questions: list[str], top_k: int) -> list[Turn]:
        """Turns of a client-held history, as if its questions had been asked here."""
        vectors = self._encode_questions([as_searched(loaded, q) for q in questions])
        turns: list[Turn] = []
        for question, vector in zip(questions, vectors):
            turns.append(self.respond(question, turns[-1] if turns else None, top_k, loaded=loaded, vector=vector).turn)
        return turns

    def _read(self, loaded: Loaded, question: str, vector: np.ndarray, previous: Turn | None,
              method: Method, top_k: int, documents: tuple[str, ...] | None) -> tuple[Reading, list[Hit], Evidence]:
        """How to read the question, its hits and evidence: alone, or as a follow-up of `previous`.

        A question stands on its own when its wording does not point back and the document answers it
        alone from passages other than the previous answer's; then the conversation's context is dropped.
        """
        searcher = loaded.searcher
        unknown = searcher.unknown(own_terms(question))
        reading = within(read_alone(question, vector, topic_words(question, searcher.knows)), documents)
        cue = wording_cue(question) if previous is not None else None
        if cue is None:  # worded to point back, it is a follow-up whatever it finds alone: no search for that
            hits = searcher.search(reading.query, top_k, method)
            evidence = evidence_of(hits, _best_held(searcher, question, hits), unknown,
                                   searcher.gives_kind(question, documents) and _stated(searcher, question, hits))
            if previous is None or (hits and self.found_model.found(evidence)
                                    and hits[0].passage.id not in previous.passages):
                return reading, hits, evidence
        replaced = frozenset(substituted(question, previous, searcher.knows, self.embed))
        outdated = frozenset(superseded(question, previous, searcher.knows, self.embed, self.tuning.same_kind))
        reading = within(read_follow_up(question, vector, reading.topic, previous, cue, self.tuning, replaced,
                                        outdated), documents)
        asks_again = names_nothing(question)  # "When?", "Are you sure?" ask the previous question again: judged on that
        asked = reading.query.focus_text if asks_again else question
        # Otherwise it is judged on the words it adds: those it repeats were matched when they were first asked.
        asks = asked if asks_again else added_terms(question, previous)
        unknown = searcher.unknown(own_terms(asks))
        hits = searcher.search(reading.query, top_k, method)
        # Its pronoun replaced to pick the sentences, or repeating words, it is judged on what it adds.
        evidence = replace(evidence_of(hits, _best_held(searcher, asks, hits), unknown,
                                       searcher.gives_kind(reading.query.focus_text, documents)
                                       and _stated(searcher, asked, hits)),
                           context=None if hits else 0.0, follow_up=True)
        if evidence.context is None and (self.full_evidence or self.found_model.settled(evidence) is None):
            # The follow-up and the words it borrows, encoded as one text ("How are they usually treated? eating
            # disorders"), say what the blended vector that searches misses (fitted: make train; searching with
            # it answered fewer of the training file's follow-ups, 0.8887 -> 0.8879). That text costs a model
            # call, so it is encoded only when the decision depends on it.
            in_context = reading.query.vector if asks_again else self.embed([reading.query.text])[0]
            rows = [s.row for h in hits for s in h.sentences]
            evidence = replace(evidence, context=float(np.max(loaded.version.sentence_vectors[rows] @ in_context)))
        return reading, hits, evidence

    def respond(self, question: str, previous: Turn | None = None, top_k: int | None = None,
                method: Method = "hybrid", loaded: Loaded | None = None, vector: np.ndarray | None = None,
                documents: Sequence[str] | None = None) -> Outcome:
        """Answer `question`, alone or as a follow-up of `previous` (a turn of the same conversation).

        A given `vector` is that of the question `as_searched`.
        """
        loaded = loaded or self.loaded
        top_k = top_k or self.settings.default_top_k
        # "Hey, ...", "ok so ...", "... pls": the question alone, its misspelt words read before any rule reads them.
        question = loaded.searcher.corrected(chat_question(question))
        if previous is None:  # "And what is X?" opening a conversation joins it to no turn
            question = unjoined(question)
        asked = questions_asked(question)
        if len(asked) > 1:  # "When was X approved and how is it given?": each in turn, the second a follow-up
            return self._each(loaded, asked, previous, top_k, method, documents)
        plain = plainly(question)  # "Briefly, ...", "Summarize X": asked as the plain question
        told = self._turn_reply(loaded, question, plain, previous, top_k, method, documents)
        if told is not None:
            return told
        question = plain
        named = naming_document(question)
        scope = loaded.searcher.document_named(named[0]) if named else None
        if named and scope and (documents is None or scope in documents):
            # "In the Normans article, who was Rollo?": asked of that document alone.
            question, documents, vector = plainly(named[1]), [scope], None
        if asks_overview(question):
            return self._openings(loaded, question, loaded.searcher.openings(top_k, _names(documents)))
        section = asks_section(question)
        part = loaded.searcher.section(section, top_k, _names(documents)) if section else []
        if not part and question_type(question) in DESCRIBED:
            # "What are the ingredients?" names a heading and nothing else: it asks what that part says.
            part = loaded.searcher.section(question, top_k, _names(documents), whole=True)
        if part:  # a part no heading names is looked for as any question is
            return self._openings(loaded, question, part)
        if names_its_topic(question):
            previous = None
        return self._searched(loaded, as_searched(loaded, question), previous, top_k, method, vector,
                              _names(documents))

    def _turn_reply(self, loaded: Loaded, question: str, plain: str, previous: Turn | None, top_k: int,
                    method: Method, documents: Sequence[str] | None) -> Outcome | None:
        """The reply to a turn that is not a search of its own: small talk, "say that again", "what happened next?",
        an example or a consequence of what was said, what a cause led to or an event was followed by; else None. A
        cause or an event is read from the `plain` question."""
        again, then = asks_again(question), asks_next(question)
        reply = small_talk(question) or (NOTHING_TO_REPEAT if (again or then) and previous is None else None)
        if reply is not None:
            # "Thanks!" asks nothing: the conversation goes on from the turn before it.
            turn = previous or Turn(question, question, [], [])
            return Outcome(Answer(reply, False, [], question, loaded.version.version), turn, None, [])
        if again and previous is not None:
            # "Can you repeat that?": the turn before's sentences again, and the conversation goes on from that turn.
            hits = loaded.searcher.passages(previous.passages)
            answer = requoted(hits, loaded.version, previous.query, previous.said)
            return Outcome(replace(answer, continues=previous.question), previous, None, hits)
        if then and previous is not None:
            return self._next(loaded, previous)
        cause = cause_asked_of(plain)
        if cause is not None:
            # "What did the delayed onset lead to?": the consequence stated with the cause or right after it.
            told = self._result_of(loaded, question, self.respond(cause, previous, top_k, method, loaded,
                                                                  documents=documents))
            if told is not None:  # otherwise the question is searched as any is
                return told
        event = event_asked_after(plain)
        if event is not None:
            # "What happened after the patent was filed?": the sentence naming the event, and the one after it.
            return self._after_event(loaded, question, self.respond(event, previous, top_k, method, loaded,
                                                                    documents=documents))
        if previous is not None and previous.said and asks_example(question):
            told = self._example(loaded, previous)
            if told is not None:  # otherwise the example is looked for as any follow-up's answer is
                return told
        if previous is not None and previous.said and asks_consequence(question):
            return self._consequence(loaded, previous)  # None: the consequence is looked for as any answer is
        return None

    def _searched(self, loaded: Loaded, question: str, previous: Turn | None, top_k: int, method: Method,
                  vector: np.ndarray | None, documents: tuple[str, ...] | None) -> Outcome:
        """The answer found by searching for the question (`as_searched`), alone or as a follow-up of `previous`."""
        vector = self._encode_questions([question])[0] if vector is None else vector
        reading, hits, evidence = self._read(loaded, question, vector, previous, method, top_k, documents)
        found = bool(hits) and self.found_model.found(evidence)
        follow_up = previous is not None and reading.continues is not None
        said = frozenset((s, e) for s, e in previous.said) if previous is not None and follow_up else frozenset()
        # A follow-up whose own words match nothing ("and the results?"): its conversation's passage, in order.
        whole_first = follow_up and bool(hits) and question_type(question) is None and \
            all(unmatched(s, self.tuning) for s in hits[0].sentences)
        if found and self.reader is not None and not whole_first:
            hits = self.reader.rerank(reading.understood, hits, loaded.version)
        more = follow_up and reading.more

        def composed(found: bool) -> Answer:
            return replace(compose(hits, loaded.version, reading.understood, found, self.tuning, self.runners_up, said,
                                   whole_first, follow_up, fresh=more), continues=reading.continues)

        answer = composed(found)
        quoted = _quoted_rows(answer, hits) if found else []
        if found and not loaded.searcher.gives_kind(reading.query.focus_text, rows=quoted):
            # "How many sessions?" is not answered by "Sessions last three hours": no quoted sentence gives a count.
            evidence, found = replace(evidence, gives_kind=False), False
            answer = composed(found)
        kept = reading.query.vector
        rows = quoted if follow_up and found else []
        if rows:
            # A found follow-up's turn leans on what its answer said, not on the turns before it: "In what year?" after
            # "Who discovered it?" asks of the discovery, whatever the conversation was about two turns earlier.
            kept = vector + loaded.version.sentence_vectors[rows].mean(axis=0)
            kept = kept / np.linalg.norm(kept)
        turn = remembered(answer, question, reading.topic, kept, reading.context,
                          previous.said if more and previous is not None else None, reading.unnamed)
        return Outcome(answer, turn, evidence, hits)

    def _each(self, loaded: Loaded, asked: list[str], previous: Turn | None, top_k: int, method: Method,
              documents: Sequence[str] | None) -> Outcome:
        """A message asking several questions: each answered in turn, as a follow-up of the one before, in one answer;
        the conversation goes on from the last, having said what they all said."""
        outcomes = []
        for question in asked:
            outcomes.append(self.respond(question, outcomes[-1].turn if outcomes else previous, top_k, method, loaded,
                                         documents=documents))
        answer = joined([o.answer for o in outcomes], top_k)
        cited, quoted = _cited_and_quoted(answer)
        turn = replace(outcomes[-1].turn, passages=cited, said=quoted) if answer.found else outcomes[-1].turn
        return Outcome(answer, turn, outcomes[-1].evidence, [h for o in outcomes for h in o.hits])

    def _next(self, loaded: Loaded, previous: Turn) -> Outcome:
        """"What happened next?": the sentences after the last one the turn before quoted, from its passage on into
        the ones after it; the conversation goes on from them as from that turn."""
        last = (previous.said[-1][0], previous.said[-1][1]) if previous.said else (-1, -1)
        read = self._onward(loaded, previous, last, NEXT_SENTENCES)
        if not read:  # that answer quoted nothing, or the documents have changed
            hits = loaded.searcher.passages(previous.passages)
            return Outcome(replace(not_found(hits, loaded.version, previous.query), continues=previous.question),
                           previous, None, hits)
        return self._told(replace(told_next(read, loaded.version, previous.query, last), continues=previous.question),
                          previous, read)

    def _after_event(self, loaded: Loaded, question: str, event: Outcome) -> Outcome:
        """The answer to "What happened after X?" from X's: the first sentence it quoted that states a consequence
        ("X ..., leading to ..."), or else its first, and the one after it, as a document tells what followed an
        event; X's own answer when it was not found."""
        if not event.answer.found or not event.turn.said:
            return event
        first = _stating_consequence(event.answer) or (event.turn.said[0][0], event.turn.said[0][1])
        read = self._onward(loaded, event.turn, first, NEXT_SENTENCES - 1)
        answer = told_next(read, loaded.version, question, first, including=True)
        told = self._told(replace(answer, continues=event.answer.continues), event.turn, read)
        return replace(told, evidence=event.evidence)  # found as the event was

    def _result_of(self, loaded: Loaded, question: str, cause: Outcome) -> Outcome | None:
        """The answer to "What did X lead to?" from X's: a sentence it quoted that states a consequence ("X ...,
        leading to ..."), or the first that does of its first and the `NEXT_SENTENCES` after; None when none does."""
        if not cause.answer.found or not cause.turn.said:
            return None
        at = _stating_consequence(cause.answer) or (cause.turn.said[0][0], cause.turn.said[0][1])
        return self._told_on(loaded, cause.turn, at, NEXT_SENTENCES, cause.answer.continues,
                             lambda read: told_consequence(read, loaded.version, question, at, including=True))

    def _example(self, loaded: Loaded, previous: Turn) -> Outcome | None:
        """"Can you give an example?": the first sentence giving one soon after the first the turn before quoted, as
        documents give examples after what they illustrate; None when none does."""
        first = (previous.said[0][0], previous.said[0][1])
        return self._told_on(loaded, previous, first, EXAMPLE_WINDOW, previous.question,
                             lambda read: told_example(read, loaded.version, previous.query, first))

    def _consequence(self, loaded: Loaded, previous: Turn) -> Outcome | None:
        """"What did that lead to?": the first sentence stating a consequence ("Thus, ...") right after the last one
        the turn before quoted, as documents state a consequence after its cause; None when none does."""
        last = (previous.said[-1][0], previous.said[-1][1])
        return self._told_on(loaded, previous, last, NEXT_SENTENCES, previous.question,
                             lambda read: told_consequence(read, loaded.version, previous.query, last))

    def _told_on(self, loaded: Loaded, turn: Turn, at: tuple[int, int], sentences: int, continues: str | None,
                 tell: Callable[[list[Hit]], Answer | None]) -> Outcome | None:
        """What `tell` quotes of the passages read on from the sentence at offsets `at` of `turn`'s answer, continuing
        `continues`; None when nothing is read or `tell` finds nothing."""
        read = self._onward(loaded, turn, at, sentences)
        answer = tell(read) if read else None
        return None if answer is None else self._told(replace(answer, continues=continues), turn, read)

    @staticmethod
    def _onward(loaded: Loaded, previous: Turn, quoted: tuple[int, int], sentences: int) -> list[Hit]:
        """The passage of the turn before holding the sentence at offsets `quoted`, then the ones after it until
        `sentences` sentences follow that one; none when no passage holds it."""
        at = next((hit for hit in reversed(loaded.searcher.passages(previous.passages))
                   if any((s.start, s.end) == quoted for s in hit.sentences)), None)
        if at is None:
            return []
        read, ahead = [at], sum(s.start > quoted[0] for s in at.sentences)
        while ahead < sentences and (after := loaded.searcher.following(read[-1].passage.id)) is not None:
            read.append(after)
            ahead += len(after.sentences)
        return read

    @staticmethod
    def _told(answer: Answer, previous: Turn, read: list[Hit]) -> Outcome:
        """The outcome of quoting on from the turn before: the conversation goes on from what was quoted."""
        cited, quoted = _cited_and_quoted(answer)
        return Outcome(answer, replace(previous, passages=cited, said=quoted) if answer.found else previous, None, read)

    def _openings(self, loaded: Loaded, question: str, hits: list[Hit]) -> Outcome:
        """What the documents, or a section of them, open with. It continues no earlier turn; a later "How does it
        work?" reads "it" as the subject a single document opens with, and leans towards the sentences quoted."""
        answer = overview(hits, loaded.version, question)
        rows = _quoted_rows(answer, hits)
        if not rows:
            return Outcome(answer, remembered(answer, question, [], self._encode_questions([question])[0], []), None,
                           hits)
        vector = loaded.version.sentence_vectors[rows].sum(axis=0)
        subject = opening_subject(answer.sentences[0]) if len({h.passage.document for h in hits}) == 1 else None
        topic = topic_words(subject, loaded.searcher.knows) if subject else []
        return Outcome(answer, remembered(answer, question, topic, vector / np.linalg.norm(vector), []), None, hits)

    def search(self, query: str, k: int, documents: Sequence[str] | None = None) -> tuple[list[Citation], str]:
        """The passages alone (of the named `documents` only, if given), best first, with their version."""
        loaded = self.loaded
        with self.encoder.request():
            hits = self.hits(query, k, loaded=loaded, documents=documents)
        return [citation(n, h, loaded.version, []) for n, h in enumerate(hits, start=1)], loaded.version.version
