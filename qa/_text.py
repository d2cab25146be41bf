"""Reading English text for the rules: stems for lexical search, question kinds, definitions, abbreviations,
misspelt words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

import Stemmer
from spellchecker import SpellChecker

from index import strip_markers
from qa import _lexicon as lexicon

_WORD = re.compile(r"(?u)\b\w\w+\b|\b\d\b")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


@lru_cache(maxsize=4)
def _same_meaning(groups: tuple[str, ...]) -> dict[str, str]:
    stemmed = [_stemmer().stemWords(group.split()) for group in groups]
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
    return tuple(same.get(stem, stem) for stem in _stemmer().stemWords(words))


@lru_cache(maxsize=1024)  # each question is read by several rules (its focus, what it requires, its evidence)
def kind_asked(question: str) -> lexicon.QuestionKind | None:
    """The first row of the question kinds whose wording the question (or the question it wraps) matches."""
    asked = _TOLD.sub("", question, count=1)
    return next((kind for kind in lexicon.QUESTION_KINDS if kind.asks.search(asked)), None)


def question_type(question: str) -> str | None:
    """The kind of answer asked for ("reason", "time", "price", "payer", "count", "quantity", "frequency", "amount",
    "place", "route", "dose", "risk", "mechanism"), or None."""
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


def answer_cues(sentence: str) -> frozenset[str]:
    """The kinds of answer a sentence can give (it has a number, a year, a name, a reason)."""
    return frozenset(kind.name for kind in lexicon.QUESTION_KINDS if kind.gives.search(sentence))


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


def as_question(text: str) -> str:
    """The text as the model reads a question best: closed by "?" unless it already ends in "?", "!" or "." (the
    development file's questions without their question marks: answer hit 0.905 instead of 0.920)."""
    stripped = text.rstrip()
    return stripped if stripped.endswith(("?", "!", ".")) else f"{stripped}?"


# What a request may be wrapped in ("Can you ...", "... please"), for patterns of whole requests.
POLITE_START = r"^\W*(?:(?:can|could|would|will)\s+you\s+|please\s+)?"
POLITE_END = r"(?:\W*\s+please)?\W*$"
_THE = r"(?:this|the|these|that|those|your|my)"
_DOCUMENTS = "|".join(sorted(lexicon.DOCUMENT_NOUNS))
_ASKING_OVERVIEW = "|".join(map(re.escape, sorted(lexicon.OVERVIEW_WORDS)))
_TELLS = r"(?:cover|discuss|say|describe|contain|explain)"
_MAIN_POINTS = "|".join(map(re.escape, lexicon.MAIN_POINTS))
# The whole question asks about the documents themselves: "What is this article about?", "Summarize the text",
# "Give me an overview", "What are the key points?". A question that goes on ("What does the text say about X?")
# asks for a fact.
_OVERVIEW = re.compile(rf"""{POLITE_START}(?:
    what(?:'s|\s+is|\s+are)\s+{_THE}\s+(?:{_DOCUMENTS})\s+(?:about|on)
  | what\s+(?:does|do)\s+{_THE}\s+(?:{_DOCUMENTS})\s+{_TELLS}
  | tell\s+me\s+about\s+{_THE}\s+(?:{_DOCUMENTS})
  | what(?:'s|\s+is|\s+are)\s+the\s+(?:{_MAIN_POINTS})(?:\s+of\s+{_THE}\s+(?:{_DOCUMENTS}))?
  | (?:give\s+(?:me\s+|us\s+)?)?(?:an?\s+|the\s+)?(?:{_ASKING_OVERVIEW}|sum\s+up)
    (?:\s+(?:of\s+)?{_THE}\s+(?:{_DOCUMENTS}))?
){POLITE_END}""", re.I | re.X)


def asks_overview(question: str) -> bool:
    """True when the question asks what the documents say as a whole rather than for a fact in them."""
    return _OVERVIEW.match(question) is not None


def alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of the phrases, longest first, any run of spaces between their words."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_EXAMPLE_MARKER = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.EXAMPLE_MARKERS)})(?!\w)", re.I)


def gives_example(sentence: str) -> bool:
    """Whether the sentence gives an example of what it speaks of ("such as", "for instance")."""
    return _EXAMPLE_MARKER.search(sentence) is not None


_CONSEQUENCE_LINK = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CONSEQUENCE_LINKS)})(?!\w)", re.I)


def gives_consequence(sentence: str) -> bool:
    """Whether the sentence states what followed from what was said before it ("Thus, ...", "..., leading to")."""
    return _CONSEQUENCE_LINK.search(sentence) is not None


# "Tell me when ...", "Can you tell me why ...?": the wrapped question, whose wh-word opens it.
_TOLD = re.compile(rf"{POLITE_START}(?:{alternatives(lexicon.TELL_REQUESTS)})\s+"
                   r"(?=(?:what|which|who|when|where|why|how)\b)", re.I)


_MANNER_WORDS = [m for m in lexicon.MANNERS if " " in m or m == "briefly"]
# "In the article", "according to the document": where to look, which names no document ("In the Normans article"
# does, `naming_document`).
_WHERE_TO_LOOK = rf"(?:in|according\s+to|based\s+on|from|per)\s+{_THE}\s+(?:{_DOCUMENTS})"
# "Briefly, ..." or "..., in short?" and "... in simple terms": how to answer, said before or after the question; so is
# where to look ("In the text, ...", "..., according to the article?"; "What is discussed in the article?" keeps it).
_MANNERS = alternatives(lexicon.MANNERS)
_MANNER = re.compile(rf"^\W*(?:(?:{_MANNERS}|{_WHERE_TO_LOOK})\s*[,:;—–-]\s*)+(?=\w)"
                     rf"|(?:\s*,\s*(?:{_MANNERS}|{_WHERE_TO_LOOK})"
                     rf"|\s+(?:{alternatives(_MANNER_WORDS)}|according\s+to\s+{_THE}\s+(?:{_DOCUMENTS})))(?=\W*$)", re.I)
# "Summarize X", "Can you give me a quick overview of X?", "What's the gist of X?": an account of X asked for.
_ACCOUNT = re.compile(rf"""{POLITE_START}(?:
    (?:{alternatives(lexicon.ACCOUNT_VERBS)})(?!\s+of\b)
  | (?:(?:give|show)\s+(?:me\s+|us\s+)?|what(?:'s|\s+is)\s+)?(?:an?\s+|the\s+)?(?:(?:quick|brief|short)\s+)?
    (?:{alternatives(lexicon.ACCOUNT_NOUNS)})\s+(?:of|on|about)
  | (?:which|what)\s+(?:{_DOCUMENTS})\s+(?:{_TELLS}|mention|talk|speak)(?:e?s)?(?:\s+about|\s+of)?
  | what\s+(?:does|do)\s+{_THE}\s+(?:{_DOCUMENTS})\s+(?:{_TELLS}|mention)\s+(?:about|on|of|regarding)
)\s+(?P<what>\w.*?){POLITE_END}""", re.I | re.X)
# "Define X", "Can you give me the definition of X?", "What's the meaning of X?", "What is meant by X?".
_DEFINITION_REQUEST = re.compile(rf"""{POLITE_START}
    (?:(?:give|tell)\s+(?:me\s+|us\s+)?|what(?:'s|’s|\s+is)\s+)?(?:an?\s+|the\s+)?
    (?:{alternatives(lexicon.DEFINITION_REQUESTS)})\s+(?P<what>\w.*?){POLITE_END}""", re.I | re.X)
_CLAUSE = re.compile(r"(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b", re.I)
_DEFINITION_CLAUSE = re.compile(r"(?P<wh>what|who)\s+(?P<subject>\w.*?)\s+(?P<be>is|are|was|were)\W*$", re.I)
# "the Normans article", "the Southern California document": a document named by a person, anywhere in a question.
_NAMED_DOCUMENT = re.compile(rf"\b(?:the|this|that)\s+(?P<name>[\w'’.-]+(?:\s+[\w'’.-]+){{0,5}}?)\s+"
                             rf"(?P<noun>{_DOCUMENTS})\b", re.I)
# Where to look, said before a question asked of a document it names ("In the Normans article, who was Rollo?").
_IN_DOCUMENT = re.compile(rf"^\W*{_WHERE_TO_LOOK}\s*[,:;—–-]\s*(?=\w)", re.I)


def naming_document(question: str) -> tuple[str, str] | None:
    """The name of a document a question names ("In the Normans article, who was Rollo?": "Normans") and the question
    as asked of that document alone ("who was Rollo?"); None when it names none."""
    m = _NAMED_DOCUMENT.search(question)
    if m is None:
        return None
    rest = f"{question[:m.start()]}the {m['noun']}{question[m.end():]}"
    rest = _IN_DOCUMENT.sub("", rest)
    return m["name"], rest[0].upper() + rest[1:]


def plainly(question: str) -> str:
    """The question without how it asks to be answered or where to look: "Briefly, what is X?" and "In the text, what
    is X?" are "What is X?", so is a request for a definition ("Define X", "What is meant by X?"), and an instruction to
    give an account ("Summarize X", "Help me understand X", "I'd like to know X") is "Tell me about X" ("Tell me how
    ..." for a clause)."""
    bare, manners = _MANNER.subn("", question)
    bare = bare.strip() if manners and bare.strip() else question
    if defined := _DEFINITION_REQUEST.match(bare):  # "Define X", "What is meant by X?": "What is X?"
        return f"What is {defined['what']}?"
    m = _ACCOUNT.match(bare)
    if m is None:
        return bare[0].upper() + bare[1:] if manners else bare
    what = m["what"]
    if asked := _DEFINITION_CLAUSE.match(what):  # "Explain what REMS is": "What is REMS?"
        return f"{asked['wh'].capitalize()} {asked['be'].lower()} {asked['subject']}?"
    return f"Tell me {what}" if _CLAUSE.match(what) else f"Tell me about {what}"


_SECTION = "|".join(sorted(lexicon.SECTION_NOUNS))
_NAME = r"[\"“‘']?(?P<{}>[^?\"“”‘’]{{1,60}}?)[\"”’']?"
# "the safety section", "the section on safety", "the chapter called "Membership"": a part named by its heading.
_NAMED_PART = re.compile(rf"the\s+{_NAME.format('name')}\s+(?:{_SECTION})"
                         rf"|the\s+(?:{_SECTION})\s+(?:on|about|called|titled|entitled|named|headed)\s+{_NAME.format('other')}",
                         re.I)
# The whole question asks what a part of the documents says: "What does the safety section say?", "What's in the
# membership section?", "Summarize the section on opening hours", and after one of those "And the hours section?".
_PART = re.compile(rf"""{POLITE_START}(?:
    what\s+(?:does|do)\s+ | what(?:'s|\s+is)\s+(?:(?:in|under)\s+)?
  | (?:summarize|summarise|sum\s+up|show(?:\s+me)?|read(?:\s+me)?|tell\s+me\s+about|give\s+me|(?:a\s+)?summary\s+of)\s+
  | (?:and|what\s+about|how\s+about)\s+
)(?P<part>the\s+.+?)(?:\s+{_TELLS}|\s+about)?{POLITE_END}""", re.I | re.X)


def asks_section(question: str) -> str | None:
    """The heading words of the part a question wholly asks about ("the safety section": "safety"); None for any
    other question."""
    m = _PART.match(question)
    named = _NAMED_PART.fullmatch(m["part"]) if m else None
    return None if named is None else (named["name"] or named["other"]).strip()


_SMALL_TALK_KINDS = frozenset().union(*(kind for kind, _ in lexicon.SMALL_TALK))
_SMALL_TALK_WORDS = lexicon.SMALL_TALK_FILLERS | _SMALL_TALK_KINDS


def small_talk(message: str) -> str | None:
    """The reply to a message that only greets, thanks or takes leave ("Thanks a lot!"); None for anything else."""
    said = set(re.findall(r"[a-z]+", message.lower()))
    if not said or said - _SMALL_TALK_WORDS:
        return None
    return next((reply for kind, reply in lexicon.SMALL_TALK if said & kind), None)


# Openings, each before a space or a stop ("ok so", "Hey, "), or small talk before a stop only ("Great, and ...?":
# "great" may be a word of the question); a "so" after them opens nothing either ("ok so what ...?").
# A stop after a word, or a dash set apart ("Hi-C" is a word); a pause is a stop or a space.
_STOP = r"(?:\s*[,.!:;…]+\s*|\s+[—–-]+\s*)"
_PAUSE = rf"(?:{_STOP}|\s+)"
_OPENED = re.compile(rf"""^\W*(?:(?:{alternatives(lexicon.CHAT_OPENINGS)})(?:\s+there)?{_PAUSE}
                      | (?:{alternatives(_SMALL_TALK_KINDS)})(?:\s+there)?{_STOP})+
                      (?:so\s+)?(?=\w)""", re.I | re.X)
_UNAPOSTROPHISED = re.compile(rf"\b({alternatives(lexicon.UNAPOSTROPHISED)})\b", re.I)
_CLOSED = re.compile(rf"(?:\s*,?\s+(?:{alternatives(lexicon.CHAT_CLOSINGS)})\b)+(?P<end>\W*)$", re.I)
# A question closed as people type it in a hurry ("What is X??", "What is X...", "What is X?!"): closed by one "?"; an
# ellipsis alone is left off, as a message without any ending is read.
_RUN_ON_END = re.compile(r"\s*(?:(?:\.{3,}|…)\s*(?:[?!]*\?[?!]*)?|[?!]*\?[?!]*(?<=[?!]{2}))\s*$")


def _apostrophised(word: str) -> str:
    """A contraction typed without its apostrophe, with it ("doesnt": "doesn't", "whats": "what's")."""
    if word.endswith("nt"):
        return f"{word[:-2]}n't"
    return f"{word[:-1]}'s" if word.endswith("s") else word  # typed in capitals inside a message: left as typed


def chat_question(message: str) -> str:
    """The question a chat message asks: without what opens or closes it and asks nothing ("Hey, what is X?", "ok so
    what is X?" and "What is X pls" are "What is X?", capitalised as the message was), and not shouted ("WHAT IS X?"
    is "What is x?": the rules read words in capitals as names), its contractions with their apostrophes ("whats":
    "what's"), closed by one "?" where it was closed by several or by an ellipsis and "?" ("What is X??")."""
    if small_talk(message) is not None:  # padding only ("ok, thanks"): small talk, as it was typed
        return message
    if message.isupper():
        message = re.sub(r"\w", lambda m: m.group().upper(), message.lower(), count=1)
    message = _UNAPOSTROPHISED.sub(lambda m: _apostrophised(m.group()), message)
    bare = _CLOSED.sub(lambda m: m["end"], _OPENED.sub("", message, count=1), count=1)
    bare = _RUN_ON_END.sub(lambda m: "" if m.group().strip(" .…") == "" else "?", bare, count=1) or bare
    return bare[0].upper() + bare[1:] if message.lstrip()[:1].isupper() else bare


# Questions one message is answered as, each in turn; the answer to a message grows with them (`MAX_ANSWER_CHARS`).
MAX_QUESTIONS = len(lexicon.ORDINALS)
_OPENERS = lexicon.QUESTION_WORDS | lexicon.BE | lexicon.AUXILIARIES
_SUBJECTS = lexicon.PRONOUNS | lexicon.PERSONAL | lexicon.SUBJECT_OPENERS
_CONTINUING = frozenset(c.strip() for c in lexicon.CONTINUATIONS if " " not in c.strip())  # "and", "but", "so"
_QUESTION_ENDS = re.compile(r"(?<=\?)\s+(?=\w)")
_JOINED = re.compile(r",?\s+and\s+(?=\w)", re.I)


def _opens_question(text: str) -> bool:
    """Opens as a question does: a question word or the verb of a yes/no question, perhaps after "and", "but" or
    "so"."""
    said = words(text.lower())
    said = said[1:] if said[:1] and said[0] in _CONTINUING else said
    return bool(said) and re.sub(r"['’]s$", "", said[0]) in _OPENERS  # "what's" opens as "what" does


def _second_question(after: str) -> bool:
    """Whether what follows an "and" asks a question of its own: "when?", "why are they repeated?", "is it safe?";
    not "when it was approved" nor "esketamine"."""
    said = words(after.lower())
    if not said:
        return False
    if said[0] in lexicon.QUESTION_WORDS:
        return len(said) == 1 or said[1] not in _SUBJECTS
    return said[0] in lexicon.BE | lexicon.AUXILIARIES and len(said) > 1 and said[1] in _SUBJECTS


def _as_asked(text: str) -> str:
    text = text.strip().rstrip(",;")
    text = text[0].upper() + text[1:]
    return text if text.endswith("?") else f"{text}?"


def questions_asked(message: str) -> list[str]:
    """The questions one message asks, in order: "When was X approved? How is it given?" and "Who discovered X and
    when?" ask two; a message asking one ("What is the difference between X and Y?"), or more than `MAX_QUESTIONS`,
    is returned as it is."""
    parts = [p for p in _QUESTION_ENDS.split(message.strip()) if p]
    if len(parts) > 1 and not all(_opens_question(p) for p in parts):
        return [message]
    asked = []
    for part in parts:
        start = 0
        for joint in _JOINED.finditer(part):
            before = part[start:joint.start()]
            if len(words(before)) > 1 and _opens_question(before) and _second_question(part[joint.end():]):
                asked.append(before)
                start = joint.end()
        asked.append(part[start:])
    return [_as_asked(q) for q in asked] if 1 < len(asked) <= MAX_QUESTIONS else [message]


_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def is_prose(sentence: str) -> bool:
    """A sentence as prose writes it (four words or more, closed by ".", "?" or "!"), not a title or a byline."""
    return len(sentence.split()) >= 4 and _SENTENCE_END.search(sentence) is not None


_LIST_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s")


def is_list_item(sentence: str) -> bool:
    """A bullet or a numbered step ("- 4 eggs", "2. Beat the butter ...")."""
    return _LIST_ITEM.match(sentence) is not None


def names_summary(heading: str) -> bool:
    """Whether a heading ("2. Executive Summary", "Abstract") is one under which a document sums itself up."""
    return re.sub(r"^[\d.\s]+", "", heading).strip().lower() in lexicon.SUMMARY_HEADINGS


# "X is ...", "X (Y) refers to ...": the subject a sentence opens by saying what it is.
_OPENING_SUBJECT = re.compile(rf"^\s*(?P<subject>[\w'-]+(?:\s+[\w'-]+){{0,2}})\s+(?:\([^)]*\)\s+)?"
                              rf"(?:{'|'.join(map(re.escape, lexicon.DEFINING_VERBS))})\s", re.I)


def opening_subject(sentence: str) -> str | None:
    """The X of a sentence that opens "X is ..." (X of at most three words, not a pronoun), or None."""
    match = _OPENING_SUBJECT.match(sentence)
    if match is None or match.group("subject").split()[-1].lower() in lexicon.STOPWORDS:
        return None
    return match.group("subject")


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


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    """An English dictionary (pyspellchecker's, 160,000 words): loaded on first use, once per process."""
    return SpellChecker()


@lru_cache(maxsize=1)
def _english_by_stem() -> dict[str, frozenset[str]]:
    """The English dictionary's words by stem (a third of a second, once per process, on the first need)."""
    words = [w for w in _english().word_frequency.dictionary if w.isalpha()]
    grouped: dict[str, set[str]] = {}
    for word, stem in zip(words, _stemmer().stemWords(words)):
        grouped.setdefault(stem, set()).add(word)
    return {stem: frozenset(group) for stem, group in grouped.items()}


def misspellable(question: str) -> list[str]:
    """The question's words that may be misspelt, in order, without repeats."""
    return list(dict.fromkeys(_MISSPELLABLE.findall(question)))


def is_english(word: str) -> bool:
    return word.lower() in _english()


@lru_cache(maxsize=1)
def rule_words() -> frozenset[str]:
    """Every word of the lexicon's sets: the words the rules read, which a misspelling hides from them ("sumamrize")."""
    sets = (v for name, v in vars(lexicon).items() if name.isupper() and isinstance(v, (tuple, frozenset)))
    return frozenset(w for value in sets for phrase in value if isinstance(phrase, str)
                     for w in re.findall(r"[^\W\d_]+", phrase))


class Speller:
    """Corrections of misspelt words into the words of some texts (a document's) and of the rules."""

    def __init__(self, texts: Iterable[str], edits: int) -> None:
        theirs = {w for t in texts for w in re.findall(r"[^\W\d_]+", t)}
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
            forms = {w for stem in _stemmer().stemWords(sorted(self._texts_lower)) for w in by_stem.get(stem, ())}
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
