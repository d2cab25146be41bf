"""Words a question may type otherwise than the documents: abbreviations and their long forms, misspelt words,
other forms of a word."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from spellchecker import SpellChecker

from qa import _lexicon as lexicon
from qa._words import alternatives, stem_words, tokens

_ACRONYM = re.compile(r"\b([A-Z]{3,6})s?\b")


def acronyms(question: str) -> list[str]:
    """Abbreviations of three to six capitals in a question ("PTSD", "OCDs" gives "OCD"). One spelled as an English
    word ("the WHO") counts unless the question is in capitals throughout or opens with it ("WHO discovered it?")."""
    found = []
    for match in _ACRONYM.finditer(question):
        opens = not question[: match.start()].strip(" \"'“‘¿¡")
        if match.group(1).lower() in lexicon.STOPWORDS and (opens or question.isupper()):
            continue
        found.append(match.group(1))
    return list(dict.fromkeys(found))


# A word of three to six letters typed in lower case, as chat messages type "ptsd" and "bdnf".
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,6}(?![\w'’-])")


def short_words(question: str) -> list[str]:
    """Words of a question typed in lower case that an abbreviation could be typed as: three to six letters, not a stop
    word."""
    return [w for w in dict.fromkeys(_LOWER_WORD.findall(question)) if w not in lexicon.STOPWORDS]


def typed_abbreviations(question: str, known: Callable[[str], bool]) -> list[str]:
    """`short_words` that may be abbreviations ("does it help ptsd"): neither the documents' word (`known`) nor English
    (looked up last: it loads a dictionary)."""
    return [w for w in short_words(question) if not known(w) and not is_english(w)]


# Between the words of an abbreviation's long form: hyphens, dashes or spaces; where the documents define it, perhaps
# around "and" or "of" too (elsewhere "metropolitan area and San" would spell "MAS").
_LONG_FORM_GAP = r"[\s\-–—]+"
_DEFINED_GAP = rf"{_LONG_FORM_GAP}(?:(?:{alternatives(lexicon.UNLETTERED_WORDS)})\s+)?"
_LONG_FORM_ASK = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.LONG_FORM_ASKS)})(?!\w)"
                            rf"|(?<!\w)(?:{alternatives(lexicon.LONG_FORM_ENDINGS)})\W*$", re.I)


def spelled_out(acronym: str, texts: Iterable[str], defined: bool = False) -> str | None:
    """The phrase the texts use most whose words' initials spell `acronym` ("obsessive–compulsive disorder" for OCD),
    or None; with `defined`, only one the abbreviation follows in brackets, perhaps a word or two later ("Food and Drug
    Administration (FDA)", "... Depression Study (STAR*D)"). Words split at hyphens and dashes; a stop word never
    gives a letter. Failing that, one word may give two letters as a compound does ("electroconvulsive therapy", ECT)."""
    texts = list(texts)
    for joined in (None, *range(1, len(acronym))):
        found = _long_forms(acronym, texts, defined, joined)
        if found:
            return found.most_common(1)[0][0]
    return None


def _long_forms(acronym: str, texts: list[str], defined: bool, joined: int | None) -> Counter[str]:
    """`spelled_out`'s phrases, counted; with `joined`, that letter is given inside the word before's."""
    letters = [c for i, c in enumerate(acronym.lower()) if i != joined]
    bracketed = rf"(?=(?:{_LONG_FORM_GAP}[\w'’-]+){{0,2}}\s*\(\s*{re.escape(acronym)})" if defined else ""
    gap = _DEFINED_GAP if defined else _LONG_FORM_GAP
    pattern = re.compile(r"(?<![\w-])" + gap.join(rf"({c}[\w']*)" for c in letters) + r"(?![\w'-])" + bracketed,
                         re.I)
    return Counter(m.group().lower() for text in texts for m in pattern.finditer(text)
                   if not any(w.lower() in lexicon.STOPWORDS for w in m.groups())
                   and (joined is None or _compound(m.group(joined).lower(), acronym[joined].lower())))


def _compound(word: str, letter: str) -> bool:
    """Whether `word` is a combining form ending in "o" before an English word opening with `letter` ("electro" +
    "convulsive", "neuro" + "plasticity"); other splits spell too much ("appli" + "cation", "prot" + "agonist")."""
    return any(word[p] == letter and word[p - 1] == "o" and is_english(word[p:]) for p in range(3, len(word) - 4))


def asks_long_form(question: str) -> bool:
    """Whether the question asks what an abbreviation stands for ("What does TRD mean?", "What is CBT short for?")."""
    return bool(_LONG_FORM_ASK.search(question))


# A word a question may have misspelt: five letters or more (shorter ones have too many neighbours), with at
# most its first letter capital (abbreviations are spelled out instead), not part of "L'Oreal" or "long-term"
# ("Bayonce's" is a word and its possessive).
_ALONE = (r"(?<![\w'’-])", r"(?![\w-]|['’](?!s\b)\w)")
_MISSPELLABLE = re.compile(rf"{_ALONE[0]}[A-Za-z][a-z]{{4,}}{_ALONE[1]}")
_LETTER_WORD = re.compile(rf"{_ALONE[0]}[A-Za-z][a-z]+{_ALONE[1]}")


# A word written with hyphens ("Wi-Fi", "e-mail"), and a word typed without ("wifi").
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_UNHYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])")


def hyphenated_words(texts: Iterable[str]) -> dict[str, str]:
    """The texts' hyphenated words by their letters alone in lower case ("wifi": "Wi-Fi"), the first spelling of
    each."""
    written: dict[str, str] = {}
    for text in texts:
        for match in _HYPHENATED.finditer(text):
            written.setdefault(match.group().replace("-", "").lower(), match.group())
    return written


def with_compounds(question: str, hyphenated: dict[str, str], known: Callable[[str], bool]) -> str:
    """The question with a word written as the documents write it, with or without hyphens: "wifi" as their "Wi-Fi"
    where they never use "wifi", "e-mail" as their "email" where they never hyphenate it; `known` says whether they
    use a word."""
    def hyphens_in(match: re.Match[str]) -> str:
        word = match.group()
        return word if known(word) else hyphenated.get(word.lower(), word)

    def hyphens_out(match: re.Match[str]) -> str:
        word, joined = match.group(), match.group().replace("-", "")
        return joined if joined.lower() not in hyphenated and known(joined) else word

    return _HYPHENATED.sub(hyphens_out, _UNHYPHENATED.sub(hyphens_in, question))


def other_forms(word: str) -> list[str]:
    """Forms of an English word that the stemmer parts from it, most likely first: a comparative without its ending
    ("faster" "fast", "bigger" "big", "easier" "easy"), and the other number of a noun whose plural is not made with
    "-s" ("buses" "bus", "crises" "crisis", "stimuli" "stimulus", "criteria" "criterion"). Not all of them are words.
    Not a superlative's base ("Which is the safest?" asks what no sentence saying "safe" answers), nor a comparative
    of a word ("great" is not "greater")."""
    w = word.lower()
    if w.endswith("er"):
        base = w[:-2]
        doubled = [base[:-1]] if len(base) > 2 and base[-1] == base[-2] else []
        return [base, *doubled, base + "e", *([base[:-1] + "y"] if base.endswith("i") else [])]
    plurals = {"es": ("", "is"), "is": ("es",), "i": ("us",), "us": ("i",), "a": ("on",), "on": ("a",)}
    ending = next((e for e in plurals if w.endswith(e)), None)
    return [] if ending is None else [w[: -len(ending)] + other for other in plurals[ending]]


def national_spellings(word: str) -> list[str]:
    """The word with one or two of its letter groups written as the other nation writes them
    (`lexicon.NATIONAL_SPELLINGS`: "tranquilliser" "tranquilizer"). Not all of them are words."""
    word = word.lower()
    once = _respelt(word)
    return [form for form in dict.fromkeys(once + [twice for form in once for twice in _respelt(form)]) if form != word]


_VOWELS = re.compile(r"[aeiouy]+")
# What may follow "-our" ("colours", "favourite", "behavioural", "honourable"): a suffix or nothing.
_SUFFIX = re.compile(r"(?:s|ed|ing|al|ally|able|ably|ful|ite|ites|er|ers|ist|ists|less)?")


def _respelt(word: str) -> list[str]:
    """The word with one of its letter groups written as the other nation writes it, at each place it may be."""
    forms = []
    for pair in lexicon.NATIONAL_SPELLINGS:
        british, american = pair.split()
        for this, that in ((british, american), (american, british)):
            for at in (m.start() for m in re.finditer(f"(?={this})", word)):
                before, after = word[:at], word[at + len(this):]
                # British English doubles an "l" only after an unstressed vowel and before a suffix's ("counsellor",
                # "travelled"), so never in a word of one syllable before it: "filled" is not "filed".
                if "ll" in (this, that) and not (len(_VOWELS.findall(before)) > 1 and after[:1] in "aeio" and after):
                    continue
                if "our" in (this, that) and not _SUFFIX.fullmatch(after):  # "colourful", not "fourth" for "forth"
                    continue
                forms.append(before + that + after)
    return forms


def irregular_forms(stem: str) -> list[str]:
    """The other number of a noun whose plural the stemmer keeps apart (`lexicon.IRREGULAR_NOUNS`), by either form's
    stem: "children" for "child", and so for "kids", whose stem is read as "child"."""
    return list(_irregular_nouns(lexicon.IRREGULAR_NOUNS).get(stem, ()))


@lru_cache(maxsize=4)  # keyed by the groups, so that emptying them (`bench/ablation.py`) empties this too
def _irregular_nouns(groups: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, tuple[str, ...]] = {}
    for group in groups:
        words = group.split()
        for word, stem in zip(words, stem_words(words)):
            forms[stem] = tuple(other for other in words if other != word)
    return forms


def letter_words(texts: Iterable[str]) -> set[str]:
    """Every word of the texts, letters only, as written."""
    return {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}


def derived(stem: str, theirs: Sequence[str], shortest: int) -> list[str]:
    """The stems of `theirs` (sorted) that extend `stem` or that `stem` extends, each of `shortest` letters or more:
    the stemmer parts forms of one root ("hallucin" of "hallucinations", "hallucinogen" of "hallucinogenic")."""
    if len(stem) < shortest:
        return []
    longer = theirs[bisect_left(theirs, stem):bisect_left(theirs, stem + "\uffff")]
    return [t for t in longer if t != stem] + [stem[:n] for n in range(shortest, len(stem)) if _holds(theirs, stem[:n])]


def _holds(theirs: Sequence[str], stem: str) -> bool:
    at = bisect_left(theirs, stem)
    return at < len(theirs) and theirs[at] == stem


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    """An English dictionary (pyspellchecker's, 160,000 words): loaded on first use, once per process."""
    return SpellChecker()


@lru_cache(maxsize=1)
def _english_by_stem() -> dict[str, frozenset[str]]:
    """The English dictionary's words by stem (a third of a second, once per process, on the first need)."""
    words = [w for w in _english().word_frequency.dictionary if w.isalpha()]
    grouped: dict[str, set[str]] = {}
    for word, stem in zip(words, stem_words(words)):
        grouped.setdefault(stem, set()).add(word)
    return {stem: frozenset(group) for stem, group in grouped.items()}


def misspellable(question: str) -> list[str]:
    """The question's words that may be misspelt, in order, without repeats."""
    return list(dict.fromkeys(_MISSPELLABLE.findall(question)))


def irregular_nouns(question: str) -> list[str]:
    """The question's words, of any length, that are one number of a noun whose other the stemmer keeps apart
    (`irregular_forms`: "kids", "feet"), in order, without repeats."""
    return [w for w in dict.fromkeys(_LETTER_WORD.findall(question)) if any(map(irregular_forms, tokens(w)))]


def is_english(word: str) -> bool:
    return word.lower() in _english()


# Units of measure are no words to correct into: short and many ("mi", "kcal", "liter"), they would tie with
# misspellings of other words ("beter": "better" or "meter"), and a misspelt unit only leaves a question unheld to it.
_NOT_CORRECTED_INTO = frozenset({"MEASURE_UNITS"})


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Every word of the lexicon's sets but units of measure: the words the rules read, which a misspelling hides from
    them ("sumamrize")."""
    sets = (v for name, v in vars(lexicon).items()
            if name.isupper() and name not in _NOT_CORRECTED_INTO and isinstance(v, (tuple, frozenset)))
    return frozenset(w for value in sets for phrase in value if isinstance(phrase, str)
                     for w in re.findall(r"[^\W\d_]+", phrase))


class Speller:
    """Corrections of misspelt words into the words of some texts (a document's) and of the rules."""

    def __init__(self, texts: Iterable[str], edits: int) -> None:
        theirs = letter_words(texts)
        written = theirs | rule_words()
        self._checker = SpellChecker(language=None, distance=edits)
        self._checker.word_frequency.load_words([w.lower() for w in written])
        self._lower = {w for w in written if w.islower()}
        self._texts_lower = {w for w in theirs if w.islower()}
        self._inflected: SpellChecker | None = None

    def correction(self, word: str) -> str | None:
        """The one word of the texts or the rules within the edits of `word`; None when there is none or several, or
        when `word` is English. A lower-case word near none may be another form of a word of the texts: "sesion" is
        "session" where they write only "sessions", "presrcibes" "prescribes" where they write "prescribed"."""
        if is_english(word):  # first: a lookup, where the candidates within the edits take about 1 ms
            return None
        found = self._checker.candidates(word.lower()) or set()
        fits = [c for c in found if word[0].isupper() or self._as_word(c)]
        if not fits and word.islower():
            fits = list(self._inflections().candidates(word) or ())
        return fits[0] if len(fits) == 1 else None

    def _inflections(self) -> SpellChecker:
        """English words sharing a stem with a word the texts (not the rules) write in lower case, not written there
        themselves. Read only where the texts' own words offer no correction: more words, more ties between them."""
        if self._inflected is None:
            by_stem = _english_by_stem()
            forms = {w for stem in stem_words(sorted(self._texts_lower)) for w in by_stem.get(stem, ())}
            self._inflected = SpellChecker(language=None, distance=self._checker.distance)
            self._inflected.word_frequency.load_words(sorted(forms - self._lower))
        return self._inflected

    def _as_word(self, candidate: str) -> bool:
        """Whether the texts write `candidate`, or its plural, in lower case: "fiance" is not "France", which is only
        a name, but "tiral" is "trial" where a title writes "Trial" and the text "trials"."""
        plurals = (candidate, f"{candidate}s", f"{candidate}es", f"{candidate[:-1]}ies")
        return any(form in self._lower for form in plurals)


def with_correction(question: str, word: str, correction: str) -> str:
    """The question with `word` replaced by `correction`, capitalised as `word` was."""
    fixed = correction.capitalize() if word[0].isupper() else correction
    return re.sub(rf"{_ALONE[0]}{word}{_ALONE[1]}", fixed, question)


def with_long_form(question: str, acronym: str, phrase: str) -> str:
    """The question with `phrase` in brackets after the first use of `acronym`."""
    return re.sub(rf"\b{acronym}s?\b", lambda m: f"{m.group()} ({phrase})", question, count=1)


# An abbreviation followed by a long form in brackets that opens with its first letter: "ECT (electroconvulsive ...".
_SPELLED = re.compile(r"(?<![\w'’-])(?P<short>[A-Za-z][\w*&]{1,7}?)s?\s+\((?=(?P<first>\w))")


def spelled_abbreviations(text: str) -> list[str]:
    """The abbreviations of `text` followed by their long form in brackets (as `with_long_form` writes them)."""
    return [m.group("short") for m in _SPELLED.finditer(text) if m.group("short")[0].lower() == m.group("first").lower()]
