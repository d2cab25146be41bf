"""Words as the rules read them: a message's words, and the stems lexical search and the rules compare."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from index import strip_markers
from qa import _lexicon as lexicon

_WORD = re.compile(r"(?u)\b\w\w+\b|\b\d\b")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


# Where the Snowball stemmer parts forms of one word: a Greek noun in -sis keeps an "i" its plural and verb lose
# ("hypothesis" "hypothesi", "hypotheses" "hypothes"; "diagnosis", "diagnosed"), and "-yze" keeps a "z" that "-yse"
# and "-ysis" do not ("analyze", "analysis").
def _mended(word: str, stem: str) -> str:
    if stem.endswith("si") and word.lower().endswith("sis"):
        stem = stem[:-1]
    return stem[:-2] + "ys" if stem.endswith("yz") else stem


def stem_words(words: list[str]) -> list[str]:
    """The English stems of `words`, in order (no stop words dropped, no synonyms merged)."""
    return list(map(_mended, words, _stemmer().stemWords(words)))


@lru_cache(maxsize=4)
def _same_meaning(groups: tuple[str, ...]) -> dict[str, str]:
    stemmed = [stem_words(group.split()) for group in groups]
    return {stem: group[0] for group in stemmed for stem in group}


@lru_cache(maxsize=4)
def _connectives(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b" if phrases else r"(?!)", re.I)


# A word as typed, contractions and hyphenated words whole ("what's", "Parke-Davis").
WORD = re.compile(r"[\w'’-]+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, reference markers ignored, synonyms merged."""
    return list(_stems(text))


# Remembered: a question's words are stemmed some twenty times while it is answered (its rules, searches, evidence).
@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    plain = _connectives(lexicon.CONNECTIVES).sub(" ", strip_markers(text).lower())
    words = [w for w in _WORD.findall(plain) if w not in lexicon.STOPWORDS]
    same = _same_meaning(lexicon.IRREGULAR_VERBS + lexicon.SYNONYMS)
    return tuple(same.get(stem, stem) for stem in stem_words(words))


@lru_cache(maxsize=1)
def light_verb_stems() -> frozenset[str]:
    """The stems of the light verbs ("made" -> "make"), which mean little on their own (`lexicon.LIGHT_VERBS`)."""
    return frozenset(t for w in lexicon.LIGHT_VERBS for t in tokens(w))


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, any run of spaces between their words."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
