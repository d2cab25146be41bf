"""Reading a chat message: the questions it asks, what it wraps them in, and what it asks of the documents as a
whole (an overview, a section, a named document) rather than of a fact."""

from __future__ import annotations

import re

from qa import _lexicon as lexicon
from qa._words import alternatives, words


def as_question(text: str) -> str:
    """The text as the model reads a question best: closed by "?" unless it already ends in "?", "!" or "." (the
    development file's questions without their question marks: answer hit 0.905 instead of 0.920)."""
    stripped = text.rstrip()
    return stripped if stripped.endswith(("?", "!", ".")) else f"{stripped}?"


# What a request may be wrapped in ("Can you ...", "... please"), for patterns of whole requests.
POLITE_START = r"^\W*(?:(?:can|could|would|will)\s+(?:you|someone|anyone|somebody|anybody)\s+|please\s+)?"
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


# "Tell me when ...", "Can you tell me why ...?", "Do you know, is it safe?": the wrapped question, opened by its
# question word or its verb.
# The words a question opens with: its question word or the verb of a yes/no question.
_OPENERS = lexicon.QUESTION_WORDS | lexicon.BE | lexicon.AUXILIARIES
_TOLD = re.compile(rf"{POLITE_START}(?:{alternatives(lexicon.TELL_REQUESTS)})\s*[,:]?\s+"
                   rf"(?=(?:{alternatives(_OPENERS)})\b)", re.I)


def unwrapped(question: str) -> str:
    """The question a request wraps ("Can you tell me why X?": "why X?"), or the question as it is."""
    return _TOLD.sub("", question, count=1)


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
# "... in this article?" is where to look too, said after the question, unless it follows a verb telling what the
# documents say ("What is discussed in the article?").
_LOOKED_IN = re.compile(rf"(?P<before>\w+)\s+(?:in|from)\s+{_THE}\s+(?:{_DOCUMENTS})(?=\W*$)", re.I)
_TELLING = re.compile(rf"(?:{_TELLS}|mention|talk|speak)(?:s|es|d|ed|ing)?|said", re.I)


def _looked_in(question: str) -> str:
    """The question without "in this article" said at its end."""
    m = _LOOKED_IN.search(question)
    if m is None or _TELLING.fullmatch(m["before"]):
        return question
    return question[:m.end("before")] + question[m.end():]


# "Summarize X", "Can you give me a quick overview of X?", "What's the gist of X?": an account of X asked for.
_ACCOUNT = re.compile(rf"""{POLITE_START}(?:
    (?:{alternatives(lexicon.ACCOUNT_VERBS)})(?!\s+of\b)
  | (?:(?:give|show)\s+(?:me\s+|us\s+)?|what(?:'s|\s+is)\s+)?(?:an?\s+|the\s+)?(?:(?:quick|brief|short)\s+)?
    (?:{alternatives(lexicon.ACCOUNT_NOUNS)})\s+(?:of|on|about)
  | (?:which|what)\s+(?:{_DOCUMENTS})\s+(?:{_TELLS}|mention|talk|speak)(?:e?s)?(?:\s+about|\s+of)?
  | what\s+(?:does|do)\s+{_THE}\s+(?:{_DOCUMENTS})\s+(?:{_TELLS}|mention)\s+(?:about|on|of|regarding)
)(?:\s*[,:])?\s+(?P<what>\w.*?){POLITE_END}""", re.I | re.X)
# "Define X", "Can you give me the definition of X?", "What's the meaning of X?", "What is meant by X?".
_DEFINITION_REQUEST = re.compile(rf"""{POLITE_START}
    (?:(?:give|tell)\s+(?:me\s+|us\s+)?|what(?:'s|’s|\s+is)\s+)?(?:an?\s+|the\s+)?
    (?:{alternatives(lexicon.DEFINITION_REQUESTS)})\s+(?P<what>\w.*?){POLITE_END}""", re.I | re.X)
_CLAUSE = re.compile(r"(?:what|which|who|whom|whose|when|where|why|how|whether|if)\b", re.I)
# "I'd like to know is it safe": a yes/no question opened by its verb, typed in lower case ("Tell me about May" is no
# question).
_FINITE = (lexicon.BE | lexicon.AUXILIARIES) - {"be", "been", "being", "doing", "done", "having"}
_YES_NO_CLAUSE = re.compile(rf"(?:{alternatives(_FINITE)})\s")
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
    """The question without how it asks to be answered or where to look, or the request wrapping it: "Briefly, what is
    X?", "In the text, what is X?" and "Do you know, what is X?" are "What is X?", so is a request for a definition
    ("Define X", "What is meant by X?"), and an instruction to give an account ("Summarize X", "Help me understand X",
    "I'd like to know X") is "Tell me about X" ("Help me understand how X works" is "How X works?")."""
    bare, manners = _MANNER.subn("", question)
    looked = _looked_in(bare)
    manners += looked != bare
    bare = looked
    bare = bare.strip() if manners and bare.strip() else question
    told = unwrapped(bare)  # "Do you know when X?" is "When X?": "know" is not searched for
    changed, bare = bool(manners) or told != bare, told
    if defined := _DEFINITION_REQUEST.match(bare):  # "Define X", "What is meant by X?": "What is X?"
        return f"What is {defined['what']}?"
    m = _ACCOUNT.match(bare)
    if m is None:
        return bare[0].upper() + bare[1:] if changed else bare
    what = m["what"]
    if asked := _DEFINITION_CLAUSE.match(what):  # "Explain what REMS is": "What is REMS?"
        return f"{asked['wh'].capitalize()} {asked['be'].lower()} {asked['subject']}?"
    asks = _CLAUSE.match(what) or _YES_NO_CLAUSE.match(what)
    return f"{what[0].upper()}{what[1:]}?" if asks else f"Tell me about {what}"


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


# Openings, each before a space or a stop ("ok so", "Hey, "), or small talk or a discourse marker before a stop only
# ("Great, and ...?": "great" may be a word of the question; "So, ..."); a "so" after them, or alone, opens nothing
# either ("ok so what ...?", "So why is it repeated?"): what follows it continues the turn before, or not, on its own.
# A stop after a word, or a dash set apart ("Hi-C" is a word); a pause is a stop or a space.
_STOP = r"(?:\s*[,.!:;…]+\s*|\s+[—–-]+\s*)"
_PAUSE = rf"(?:{_STOP}|\s+)"
_OPENED = re.compile(rf"""^\W*(?:(?:(?:{alternatives(lexicon.CHAT_OPENINGS)})(?:\s+there)?{_PAUSE}
                      | (?:{alternatives(_SMALL_TALK_KINDS)})(?:\s+there)?{_STOP}
                      | (?:{alternatives(lexicon.DISCOURSE_MARKERS)}){_STOP})+
                      (?:so\s+)? | so\s+)(?=\w)""", re.I | re.X)
# A clause closed by a stop: one that speaks only of the asking is left out (`_asks_nothing`).
_CLAUSE_STOP = re.compile(r"[,.!:;?]+\s+|\s+[—–-]+\s+")
_SENTENCE_END = re.compile(r"[.!?]+\s+")
# An aside in brackets that closes a message ("... (asking for a friend)").
_ASIDE = re.compile(r"\s*\((?P<said>[^()]*)\)\W*$")
_CONTRACTED = re.compile(r"['’](?:m|s|d|ll|ve|re)$")
_UNAPOSTROPHISED = re.compile(rf"\b({alternatives(lexicon.UNAPOSTROPHISED)})\b", re.I)
_CLOSED = re.compile(rf"(?:\s*,?\s+(?:{alternatives(lexicon.CHAT_CLOSINGS)})\b)+(?P<end>\W*)$", re.I)
# Faces typed or sent before or after a question (":)", ":-D", "😊"): they ask nothing; inside it they may be a name's
# ("I ❤ NY").
_FACE = r"(?:[:;=][-'^]?[()\[\]DPpO/|*3]+|<3|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+)"
_FACES = re.compile(rf"(?:\s+{_FACE})+\s*$|^\s*(?:{_FACE}\s+)+")
# A question closed as people type it in a hurry ("What is X??", "What is X...", "What is X?!"): closed by one "?"; an
# ellipsis alone is left off, as a message without any ending is read.
_RUN_ON_END = re.compile(r"\s*(?:(?:\.{3,}|…)\s*(?:[?!]*\?[?!]*)?|[?!]*\?[?!]*(?<=[?!]{2}))\s*$")


def _apostrophised(word: str) -> str:
    """A contraction typed without its apostrophe, with it ("doesnt": "doesn't", "whats": "what's")."""
    if word.endswith("nt"):
        return f"{word[:-2]}n't"
    return f"{word[:-1]}'s" if word.endswith("s") else word  # typed in capitals inside a message: left as typed


# "thank you" greets with "thank": "you" is a stop word, which no clause is left out for.
_GREETING_WORDS = frozenset(w for opening in lexicon.CHAT_OPENINGS for w in opening.split()) - lexicon.STOPWORDS
_ASKING = lexicon.ASKING_WORDS | _GREETING_WORDS | _SMALL_TALK_KINDS
_PADDING = _ASKING | lexicon.ASKING_QUALIFIERS | lexicon.STOPWORDS | lexicon.SMALL_TALK_FILLERS


_HELP_REQUEST = re.compile(rf"^\W*(?:{alternatives(lexicon.HELP_REQUESTS)})"
                           r"(?:\s+(?:me|us|out|here|please|appreciated|with\s+(?:this|that|it)))*\W*$", re.I)


def _asks_nothing(clause: str) -> bool:
    """Speaks only of the asking ("Sorry", "Quick question", "I have a question", "I'm curious", "Hello again", "Can
    you help?"): an asking or greeting word among stop words and small talk, nothing else, or a request for help."""
    said = {_CONTRACTED.sub("", w) for w in re.findall(r"[a-z][a-z'’-]*", clause.lower())}
    return bool(said & _ASKING) and said <= _PADDING or _HELP_REQUEST.match(clause) is not None


def _unpadded(text: str) -> str:
    """The text without clauses that speak only of the asking, before the question, or sentences or an aside in brackets
    doing so after it; as it is when nothing else is said ("Sorry, I have a question")."""
    rest = text
    while (stop := _CLAUSE_STOP.search(rest)) and _asks_nothing(rest[:stop.start()]) and rest[stop.end():].strip():
        rest = rest[stop.end():]
    while (ends := list(_SENTENCE_END.finditer(rest))) and _asks_nothing(rest[ends[-1].end():]):
        rest = rest[:ends[-1].end()].rstrip()
    while (aside := _ASIDE.search(rest)) and _asks_nothing(aside["said"]) and rest[:aside.start()].strip():
        rest = rest[:aside.start()]
    return text if _asks_nothing(rest) else rest


def chat_question(message: str) -> str:
    """The question a chat message asks: without what opens or closes it and asks nothing ("Hey, what is X?", "ok so
    what is X?" and "What is X pls" are "What is X?", capitalised as the message was), and not shouted ("WHAT IS X?"
    is "What is x?": the rules read words in capitals as names; "IV?" is one), its contractions with their apostrophes
    ("whats": "what's"), closed by one "?" where it was closed by several or by an ellipsis and "?" ("What is X??")."""
    if small_talk(message) is not None:  # padding only ("ok, thanks"): small talk, as it was typed
        return message
    if message.isupper() and len(re.findall(r"[^\W\d_]+", message)) > 1:
        message = re.sub(r"\w", lambda m: m.group().upper(), message.lower(), count=1)
    message = _UNAPOSTROPHISED.sub(lambda m: _apostrophised(m.group()), message)
    message = _FACES.sub("", message) or message
    # "What is X? Thanks in advance." ends with the question's own "?"; "What is X, thank you!" is closed as a question.
    bare = _CLOSED.sub(lambda m: "" if m.string[:m.start()].endswith(("?", "!", ".")) or "?" not in m["end"] else "?",
                       _OPENED.sub("", _unpadded(message), count=1), count=1)
    bare = _RUN_ON_END.sub(lambda m: "" if m.group().strip(" .…") == "" else "?", bare, count=1) or bare
    return bare[0].upper() + bare[1:] if message.lstrip()[:1].isupper() else bare


# Questions one message is answered as, each in turn; the answer to a message grows with them (`MAX_ANSWER_CHARS`).
MAX_QUESTIONS = len(lexicon.ORDINALS)
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


def unjoined(question: str) -> str:
    """A first question without the "and", "but" or "also" that would join it to a turn before: "And what is X?" is
    "What is X?", "But give me an overview" is "Give me an overview"."""
    said = words(question.lower())
    if len(said) < 2 or said[0] not in _CONTINUING:
        return question
    rest = re.sub(rf"^\W*{re.escape(said[0])}\b\W*", "", question, count=1, flags=re.I)
    return rest[0].upper() + rest[1:] if question.lstrip()[:1].isupper() else rest


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
