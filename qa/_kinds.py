"""What a question asks for (a kind of answer, a definition, how two things relate) and what a sentence gives."""

from __future__ import annotations

import re
from functools import lru_cache

from index import HEADING_PATH
from qa import _lexicon as lexicon
from qa._messages import unwrapped
from qa._words import alternatives, tokens


@lru_cache(maxsize=1024)  # each question is read by several rules (its focus, what it requires, its evidence)
def kind_asked(question: str) -> lexicon.QuestionKind | None:
    """The first row of the question kinds whose wording the question (or the question it wraps) matches."""
    asked = unwrapped(question)
    return next((kind for kind in lexicon.QUESTION_KINDS if kind.asks.search(asked)), None)


def question_type(question: str) -> str | None:
    """The kind of answer asked for ("reason", "time", "price", "payer", "count", "age", "origin", "duration",
    "quantity", "frequency", "amount", "place", "route", "dose", "risk", "mechanism"), or None."""
    kind = kind_asked(question)
    return kind.name if kind else None


def named_kind(question: str) -> tuple[str, frozenset[str]] | None:
    """The question's kind and the stems of the nouns it can name it by ("routes" in "Which routes ...?"), or None
    when it asks for no kind that has such nouns."""
    kind = kind_asked(question)
    return (kind.name, _stems_of(kind.names)) if kind and kind.names else None


@lru_cache(maxsize=len(lexicon.QUESTION_KINDS))
def _stems_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for name in names for t in tokens(name))


def required_kind(question: str) -> str | None:
    """The question's kind when every answer must give it (`QuestionKind.required`), or None."""
    kind = kind_asked(question)
    return kind.name if kind and kind.required else None


def required_kinds(question: str) -> tuple[str, ...]:
    """What every answer to the question must give: its required kind, a rank where it asks which one ranks first
    (`lexicon.RANK_ASKED`), a year where it names one as what it asks for (`lexicon.YEAR_ASKED`), a time where it
    asks when something past happened (`lexicon.PAST_TIME_ASKED`), someone where it asks who did or does something
    (`lexicon.AGENT_ASKED`), a degree where it asks how much something was done (`lexicon.DEGREE_ASKED`), a
    location where it asks where (`lexicon.LOCATION_ASKED`), a month where it names one (`lexicon.MONTH_ASKED`) and
    a number in a unit of measure where it asks how many of one (`lexicon.MEASURE_ASKED`)."""
    kind = required_kind(question)
    asked = unwrapped(question)
    rules = (("rank", lexicon.RANK_ASKED), ("year", lexicon.YEAR_ASKED), ("past time", lexicon.PAST_TIME_ASKED),
             ("agent", lexicon.AGENT_ASKED), ("degree", lexicon.DEGREE_ASKED), ("location", lexicon.LOCATION_ASKED),
             ("month", lexicon.MONTH_ASKED), ("measure", lexicon.MEASURE_ASKED))
    return ((kind,) if kind else ()) + tuple(name for name, asks in rules if asks.search(asked))


def asks_whether(question: str) -> bool:
    """Whether the question asks if something holds ("Is it approved in Japan?"), not for a kind of answer."""
    return lexicon.WHETHER_ASKED.search(unwrapped(question)) is not None


@lru_cache(maxsize=4)
def _additive(anywhere: tuple[str, ...], closing: tuple[str, ...]) -> re.Pattern[str]:
    """Built from the lexicon's tuples when used, so that emptying them (`bench/ablation.py`) empties this too."""
    forms = ([rf"\b(?:{alternatives(anywhere)})\b"] if anywhere else []) + \
        ([rf"\b(?:{alternatives(closing)})\W*$"] if closing else [])
    return re.compile("|".join(forms) or r"(?!)", re.I)


def asks_more_of(question: str) -> bool:
    """Whether the question asks if what was said holds of something more ("Is it approved in Japan too?")."""
    return _additive(lexicon.ADDITIVES, lexicon.CLOSING_ADDITIVES).search(question) is not None


def answer_cues(sentence: str) -> frozenset[str]:
    """The kinds of answer a sentence can give (a number, a time, a name, a reason), "rank" where it ranks, "year"
    where it gives a year, "past time" where it places something in time, "agent" where it names someone, "degree"
    where it gives a figure or a degree, "location" where it can place something (`gives_place`), "month" where it
    gives a month or a season and "measure" where it gives a number in a unit of measure."""
    ranks = ("rank",) if _ranks(sentence) else ()
    given = (("year", lexicon.YEAR_GIVEN), ("past time", lexicon.TIME_PLACED), ("degree", lexicon.DEGREE_GIVEN),
             ("month", lexicon.MONTH_GIVEN), ("measure", lexicon.MEASURE_GIVEN))
    location = ("location",) if gives_place(sentence) else ()
    agent = ("agent",) if names_someone(sentence) else ()
    return frozenset(kind.name for kind in lexicon.QUESTION_KINDS if kind.gives.search(sentence)).union(
        ranks, location, agent, (name for name, gives in given if gives.search(sentence)))


def names_someone(sentence: str) -> bool:
    """Whether the sentence names someone (`lexicon.AGENT_NAMED`), a term's short form in brackets left out: "(MET)"
    after "motivational enhancement therapy" names no one (`lexicon.TERM_ABBREVIATION`)."""
    return lexicon.AGENT_NAMED.search(lexicon.TERM_ABBREVIATION.sub("", sentence)) is not None


_WORD = re.compile(r"[\w'’-]+")


def counts(sentence: str, question: str) -> bool:
    """Whether the sentence gives the count the question asks: a number that counts, "one of" left out
    (`lexicon.MEMBER_OF`), or a list where it names what is counted (the disorders listed do not say how many
    sessions)."""
    if lexicon.COUNT_NUMBER.search(_members_unnumbered(sentence)):
        return True
    asked = lexicon.COUNTED.search(question)
    counted = {t for group in (asked.group("counted", "of") if asked else ()) if group for t in tokens(group)}
    return bool(counted) and lexicon.LIST.search(sentence) is not None and not counted.isdisjoint(tokens(sentence))


def gives_figure(sentence: str, question: str) -> bool:
    """Whether the sentence gives the quantity or frequency the question asks (its row's `gives`) with "one of" left
    out: "one of yachting's premier events" says nothing of how long (`lexicon.MEMBER_OF`)."""
    kind = kind_asked(question)
    return kind is not None and kind.gives.search(_members_unnumbered(sentence)) is not None


def _members_unnumbered(sentence: str) -> str:
    """The sentence with the "one" of "one of" left out (`lexicon.MEMBER_OF`), where it is read for a figure."""
    return lexicon.MEMBER_OF.sub("of", sentence)


def gives_place(sentence: str, question: str = "") -> bool:
    """Whether the sentence can say where: a phrase of place (`lexicon.PLACE_PHRASE`) or a name after its first word
    that the question does not name ("Where was Parke-Davis based?" is not answered by "Parke-Davis filed a patent")."""
    if lexicon.PLACE_PHRASE.search(sentence):
        return True
    opening = lexicon.SENTENCE_OPENING.match(sentence)
    names = {name.lower() for name in lexicon.NAME.findall(sentence, opening.end() if opening else 0)}
    return not names <= {word.lower() for word in _WORD.findall(question)}


_RANKING = lexicon.RANKING_WORDS | lexicon.SUPERLATIVES
_LETTERS = re.compile(r"[a-z]+")


def _ranks(sentence: str) -> bool:
    """Whether the sentence ranks (`lexicon.RANK_GIVEN`); its words are looked up in a set, as every sentence of the
    documents is read once when they load."""
    if not _RANKING.isdisjoint(_LETTERS.findall(sentence.lower())) or lexicon.RANK_GIVEN.search(sentence):
        return True
    return len(lexicon.FIGURE.findall(sentence)) >= 3


# "What is X?", or "What kind of drug is X?": either asks for the class X belongs to.
# "Tell me about X" asks for the same when X is a name: "Tell me about ketamine" wants what ketamine is.
_DEFINITION = re.compile(r"^\s*(?:what\s+(?:(?:kind|type|sort|class)\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                         r"(?:is|are|was|were)|tell\s+me\s+about)\s+"
                         r"(?:an?\s+|the\s+)?(?P<subject>[\w*'-]+(?:\s+[\w*'-]+){0,2})\s*[?.!…]*\s*$", re.I)


_OF = re.compile(r"\bof\s+(?:(?:an?|the)\s+)?$", re.I)
# "Who was Rollo?" asks what a name is, as "What is X?" does; "Who was the leader?" and "Who was Rollo's son?" ask
# for a name.
_WHO_DEFINITION = re.compile(r"^\s*who\s+(?:is|are|was|were)\s+(?P<subject>(?!(?:an?|the)\s)[\w*-]+(?:\s+[\w*-]+){0,2})"
                             r"\s*[?.!…]*\s*$", re.I)


def defined_subject(question: str) -> str | None:
    """The X of "What is X?", "What kind of N is X?", "Tell me about X" or "Who was X?" (X of at most three words), or
    None for any other question."""
    match = _DEFINITION.match(question) or _WHO_DEFINITION.match(question)
    words = match.group("subject").lower().split() if match else []
    # "What is ketamine derived from?" asks for something else; "Who are these women?" for names.
    if not words or words[-1] in lexicon.STOPWORDS or match.re is _WHO_DEFINITION and words[0] in lexicon.STOPWORDS:
        return None
    return match.group("subject")


def defines(sentence: str, subject: str) -> bool:
    """True when the sentence says what `subject` is: "X is a ...", "X (Y)—an ...", "X, the ...", or names it so
    before it ("the famed Viking ruler Rollo"); "of X is the" is not one ("An example of X is the following" says
    what the example is), nor "the arrival of X"."""
    if subject.lower() not in sentence.lower():  # most candidates: no pattern needs trying
        return False
    verbs = "|".join(re.escape(v) for v in lexicon.DEFINING_VERBS)
    said = re.finditer(rf"(?<![\w-]){re.escape(subject)}(?![\w-])\s*(?:\([^)]*\)\s*)?"
                       rf"(?:[,—–:]\s*|\s+(?P<verb>{verbs})\s+)(?:an?|the)\b", sentence, re.I)
    if any(m.group("verb") is None or _OF.search(sentence, 0, m.start()) is None for m in said):
        return True
    named = re.finditer(rf"\b(?:an?|the|his|her|its|their)\s+(?P<words>(?:[\w'’-]+\s+){{1,4}}){re.escape(subject)}"
                        rf"(?![\w'’-])", sentence, re.I)
    # The words between are a description, not a clause: no function word, and no verb just before the name ("the
    # treaty offered Rollo").
    return any(not lexicon.STOPWORDS & {w.lower() for w in m.group("words").split()}
               and not re.search(r"(?:ed|ing)\s+$", m.group("words"), re.I) for m in named)


# "What is the difference between A and B?", "How is A related to (different from) B?": the text says how
# two things relate where it says what one is in terms of the other ("esketamine (Spravato)—an enantiomer of ketamine").
_TERM = r"(?:an?\s+|the\s+)?(?P<{}>[\w*'-]+(?:\s+[\w*'-]+){{0,2}})"
_RELATING = tuple(re.compile(rf"^\s*{form.format(a=_TERM.format('a'), b=_TERM.format('b'))}\s*[?.!…]*\s*$", re.I)
                  for form in (r"what(?:'s|\s+is|\s+are)\s+the\s+differences?\s+between\s+{a}\s+and\s+{b}",
                               r"what\s+(?:is|are)\s+{a}\s+in\s+relation\s+to\s+{b}",
                               r"how\s+(?:is|are)\s+{a}\s+related\s+to\s+{b}",
                               r"how\s+(?:does|do)\s+{a}\s+relate\s+to\s+{b}",
                               r"how\s+(?:is|are)\s+{a}\s+different\s+(?:from|to|than)\s+{b}",
                               r"how\s+(?:does|do)\s+{a}\s+differ\s+from\s+{b}"))


def related_pair(question: str) -> tuple[str, str] | None:
    """The two things a question asks the relation of ("What is the difference between A and B?"), or None."""
    match = next((m for m in (p.match(question) for p in _RELATING) if m), None)
    return (match["a"], match["b"]) if match else None


def relates(sentence: str, a: str, b: str) -> bool:
    """True when the sentence says what one of `a` and `b` is and names the other."""
    def names(term: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", sentence, re.I) is not None
    return defines(sentence, a) and names(b) or defines(sentence, b) and names(a)


_EXAMPLE_MARKER = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.EXAMPLE_MARKERS)})(?!\w)", re.I)


def gives_example(sentence: str) -> bool:
    """Whether the sentence gives an example of what it speaks of ("such as", "for instance")."""
    return _EXAMPLE_MARKER.search(sentence) is not None


_CONSEQUENCE_LINK = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CONSEQUENCE_LINKS)})(?!\w)", re.I)


def gives_consequence(sentence: str) -> bool:
    """Whether the sentence states what followed from what was said before it ("Thus, ...", "..., leading to")."""
    return _CONSEQUENCE_LINK.search(sentence) is not None


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def is_prose(sentence: str) -> bool:
    """A sentence as prose writes it (four words or more, closed by ".", "?" or "!"), not a title or a byline."""
    return len(sentence.split()) >= 4 and _SENTENCE_END.search(sentence) is not None


_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s")


def is_list_item(sentence: str) -> bool:
    """A bullet or a numbered step ("- 4 eggs", "2. Beat the butter ...")."""
    return _LIST_ITEM.match(sentence) is not None


def names_summary(heading: str) -> bool:
    """Whether a heading ("2. Executive Summary", "Abstract", "Report › Summary") is one under which a document sums
    itself up."""
    return re.sub(r"^[\d.\s]+", "", heading.split(HEADING_PATH)[-1]).strip().lower() in lexicon.SUMMARY_HEADINGS


# "X is ...", "X (Y) refers to ...": the subject a sentence opens by saying what it is.
_OPENING_SUBJECT = re.compile(rf"^\s*(?P<subject>[\w'-]+(?:\s+[\w'-]+){{0,2}})\s+(?:\([^)]*\)\s+)?"
                              rf"(?:{'|'.join(map(re.escape, lexicon.DEFINING_VERBS))})\s", re.I)


def opening_subject(sentence: str) -> str | None:
    """The X of a sentence that opens "X is ..." (X of at most three words, not a pronoun), or None."""
    match = _OPENING_SUBJECT.match(sentence)
    if match is None or match.group("subject").split()[-1].lower() in lexicon.STOPWORDS:
        return None
    return match.group("subject")
