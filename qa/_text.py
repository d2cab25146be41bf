"""Tokenising for lexical search: lower-cased word stems, stop words left out."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from index import strip_markers

_WORD = re.compile(r"(?u)\b\w\w+\b|\b\d\b")
# A common English stop-word list plus the words every question is made of.
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves also may might must shall us
    tell explain describe know name please many much one ever""".split()
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def tokens(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, reference markers ignored."""
    words = [w for w in _WORD.findall(strip_markers(text).lower()) if w not in STOPWORDS]
    return _stemmer().stemWords(words)
