"""Words as the rules read them: a message's words, and the stems lexical search and the rules compare."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import Stemmer

from index import strip_markers
from qa import _lexicon as lexicon

# A word; a number with dots in it ("2.4.0", "3.12", "1.5") is one, not the single digits that every number shares.
_WORD = re.compile(r"(?u)\b\d+(?:\.\d+)+\b|\b\w\w+\b|\b\d\b")


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


# A word as typed, contractions, hyphenated words and numbers with dots whole ("what's", "Parke-Davis", "2.4.0").
WORD = re.compile(r"\d+(?:\.\d+)+|[\w'’-]+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def tokens(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, reference markers ignored, synonyms merged."""
    return list(_stems(text))


# Remembered: a question's words are stemmed some twenty times while it is answered (its rules, searches, evidence).
# A contraction's ending is no word ("don't" was read "don", "won't" "win", "they're" "re"): "can't", "won't" and "shan't"
# are read as their verb, other endings left out ("doesn't" as "does").
_IRREGULAR_NOT = re.compile(r"\b(ca|wo|sha)n['’]t\b")
_CONTRACTED = re.compile(r"(?<=\w)(?:n['’]t|['’](?:re|ve|ll|d|m))\b")


def _uncontracted(text: str) -> str:
    return _CONTRACTED.sub("", _IRREGULAR_NOT.sub(lambda m: {"ca": "can", "wo": "will", "sha": "shall"}[m[1]], text))


@lru_cache(maxsize=4096)
def _stems(text: str) -> tuple[str, ...]:
    plain = _connectives(lexicon.CONNECTIVES).sub(" ", _uncontracted(strip_markers(text).lower()))
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
