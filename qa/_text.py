"""Tokenising for lexical search: lower-cased word stems, stop words left out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from index import strip_markers

_WORD = re.compile(r"(?u)\b\w\w+\b|\b\d\b")
# Connectives whose words would otherwise match content words ("Given that ..." is not "given").
_CONNECTIVES = re.compile(r"\b(?:given that|provided that|in order to|as well as)\b", re.I)
# A common English stop-word list plus the words every question is made of.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves also may might must shall us
    everyone everybody anyone anybody someone somebody everything anything something
    tell explain describe know name please many much one ever find say said exist exists""".split()
)


# Words that mean the same in any text, so "How fast ...?" finds "a rapid onset": each stem counts as
# its group's first. Kept to plain synonyms; related words ("harm", "toxic") stay apart.
SYNONYMS = (
    "fast rapid quick swift speedy", "begin start commence", "price cost", "big large huge", "small little tiny",
    "doctor physician", "medicine medication", "buy purchase", "show demonstrate", "child kid",
    "give given gave administer administered administration",
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _same_meaning() -> dict[str, str]:
    groups = [_stemmer().stemWords(group.split()) for group in SYNONYMS]
    return {stem: group[0] for group in groups for stem in group}


def tokens(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, reference markers ignored, synonyms merged."""
    words = [w for w in _WORD.findall(_CONNECTIVES.sub(" ", strip_markers(text).lower())) if w not in STOPWORDS]
    same = _same_meaning()
    return [same.get(stem, stem) for stem in _stemmer().stemWords(words)]


# What kind of answer a question asks for, and how to see it in a sentence: the cue classic
# question-answering systems used before language models.
_QUESTION_TYPES = (
    ("reason", re.compile(r"^\s*why\b|\bwhat (?:is|was|are|were) the reasons?\b", re.I)),
    ("time", re.compile(r"^\s*when\b|\b(?:what|which) (?:year|date|decade|century|month)\b|\bhow long ago\b", re.I)),
    ("quantity", re.compile(r"\bhow (?:many|much|long|often|fast|old|big|large|far)\b|\bwhat (?:percentage|proportion|number|share|amount)\b", re.I)),
    ("person", re.compile(r"^\s*(?:who|whom|whose)\b", re.I)),
    ("place", re.compile(r"^\s*where\b|\b(?:what|which) (?:country|countries|city|cities|place|places|region)\b", re.I)),
    ("caveat", re.compile(r"\b(?:problems?|risks?|dangers?|downsides?|drawbacks?|side[- ]effects?|harm(?:ful)?|"
                          r"safe(?:ty)?|adverse|concerns?|limitations?)\b", re.I)),
)
_ANSWER_CUES = {
    "reason": re.compile(r"\b(?:because|due to|owing to|since|which is why|as a result|therefore|thus|thereby|so that|"
                        r"in order to|lead(?:s|ing)? to|caus\w+|enabl\w+|allow(?:s|ing)?|responsible for)\b", re.I),
    "time": re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2}|(?:january|february|march|april|may|june|july|august|september|october|november|december)|century|decade|\d+(?:st|nd|rd|th))\b", re.I),
    "quantity": re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|million|billion|half|several|dozens?)\b", re.I),
    "person": re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)+"),
    "place": re.compile(r"\b(?i:in|at|on|from|to)\s+(?i:the\s+)?(?:[A-Z][a-z]+|home|clinics?|hospitals?|battlefields?|"
                        r"laborator(?:y|ies)|labs?|countr(?:y|ies)|cit(?:y|ies)|settings?|offices?)\b|\bwhere\b"),
    "caveat": re.compile(r"\b(?:however|risks?|side[- ]effects?|adverse|toxic|dangers?|dangerous|concerns?|abuse|"
                         r"unclear|unknown|limited|limitations?|harm\w*|problems?|fail\w*|worse|symptoms)\b", re.I),
}


def question_type(question: str) -> str | None:
    """"reason", "time", "quantity", "person", "caveat", or None when the question names no such kind."""
    for kind, pattern in _QUESTION_TYPES:
        if pattern.search(question):
            return kind
    return None


_DEFINITION = re.compile(r"^\s*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<subject>[\w*'-]+(?:\s+[\w*'-]+){0,2})\s*\?*\s*$",
                         re.I)


def defined_subject(question: str) -> str | None:
    """The X of "What is X?" (X of at most three words), or None for any other question."""
    match = _DEFINITION.match(question)
    if match is None or match.group("subject").split()[-1].lower() in STOPWORDS:
        return None  # "What is ketamine derived from?" asks for something else
    return match.group("subject")


def defines(sentence: str, subject: str) -> bool:
    """True when the sentence says what `subject` is: "X is a ...", "X (Y)—an ...", "X, the ..."."""
    return re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])\s*(?:\([^)]*\)\s*)?"
                     r"(?:[,—–:]\s*|\s+(?:is|are|was|were|refers to|means)\s+)(?:an?|the)\b", sentence, re.I) is not None


_ACRONYM = re.compile(r"\b([A-Z]{3,6})s?\b")


def acronyms(question: str) -> list[str]:
    """Abbreviations of three to six capitals in a question ("PTSD", "OCDs" gives "OCD")."""
    return list(dict.fromkeys(_ACRONYM.findall(question)))


def spelled_out(acronym: str, texts: Iterable[str]) -> str | None:
    """The phrase the texts use most whose words' initials spell `acronym` ("obsessive–compulsive
    disorder" for OCD), or None. Words split at hyphens and dashes; stop words never count."""
    pattern = re.compile(r"(?<![\w-])" + r"[\s\-–—]+".join(rf"{c}[\w']*" for c in acronym.lower())
                         + r"(?![\w'-])", re.I)
    found = Counter(m.group().lower() for text in texts for m in pattern.finditer(text)
                    if not any(w.lower() in STOPWORDS for w in re.split(r"[\s\-–—]+", m.group())))
    return found.most_common(1)[0][0] if found else None


def answer_cues(sentence: str) -> frozenset[str]:
    """The kinds of answer a sentence can give (it has a number, a year, a name, a reason)."""
    return frozenset(kind for kind, pattern in _ANSWER_CUES.items() if pattern.search(sentence))


# A sentence opening like this leans on the one before it ("Thus, ...", "These ...").
_LEANS_BACK = re.compile(
    r"^(?:thus|therefore|hence|consequently|as such|as a result|in turn|this|these|those|such|it|its|they|"
    r"their|he|she|key among these|among these|of these)\b", re.I)
# ... and like this it completes the one before it ("Key among these are ...").
_COMPLETES = re.compile(r"^(?:key among these|among these|of these|these include|this includes|namely|they include)\b",
                        re.I)


def leans_back(sentence: str) -> bool:
    """True when a sentence cannot be read alone: it opens by referring to the sentence before."""
    return bool(_LEANS_BACK.match(sentence))


def completes(sentence: str) -> bool:
    """True when a sentence spells out what the sentence before it announced (a list, an example)."""
    return bool(_COMPLETES.match(sentence))
