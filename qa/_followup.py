"""Follow-ups without a language model: how a question leans on the turn before, and the query it becomes.

Pure functions of the question and the previous turn. A follow-up is searched with its own words plus
the topic words of the turns before (fading: the previous turn's own words first, at most
`Tuning.context_words` in all), a query vector pulled towards the previous turn's (a found follow-up's: its
own and what its answer quoted), and the passages that answered it as a third ranking (neither when it swaps a
word of the turn before for another: "And anxiety disorders?", "What about schizophrenia?"); its own words (a
pronoun replaced when it can mean one word only) and vector still pick the sentences, unless it names nothing
("When?"): then it asks the previous question again, aimed at the kind of answer it asks for; or names only an
aspect ("What were the results?"): then its words and the topic's, and the vector leaning towards the turn
before's, pick them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import numpy as np

from qa import _lexicon as lexicon
from qa._kinds import question_type
from qa._messages import POLITE_END, POLITE_START, as_question
from qa._retrieval import Query
from qa._stores import Turn
from qa._tuning import Tuning
from qa._words import WORD, alternatives, light_verb_stems, tokens, words

_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
Cue = Literal["strong", "weak"]


@lru_cache(maxsize=4)
def _irregular(groups: tuple[str, ...], past_only: bool) -> frozenset[str]:
    # Keyed by the groups, as `_same_meaning` is, so a lexicon emptied for an ablation is read as it is then.
    return frozenset(form for group in groups for form in group.split()[past_only:])


def _verb_form(word: str) -> bool:
    """A verb in the past or an irregular verb ("filmed", "come"): not a word a pronoun stands for, though a question
    may name nothing else ("Where was it filmed?", "Where does the name come from?"). Not a name or a short word
    ("Alfred", "seed", "bed")."""
    lowered = word.lower()
    past = word[:1].islower() and len(word) > 4 and lowered.endswith("ed") and not lowered.endswith("eed")
    return past or lowered in _irregular(lexicon.IRREGULAR_VERBS, False)


def _in_past(lowered: list[str]) -> bool:
    """Whether a question is in the past: by its first form of "to be" or auxiliary ("was", not "are repeated"), or,
    with none, by a verb in the past ("Who ruled?", "Who won?")."""
    tensed = lexicon.BE | lexicon.AUXILIARIES
    first = next((w for w in lowered if w in tensed), None)
    if first is not None:
        return first in lexicon.PAST_FORMS
    return any(w.endswith("ed") or w in _irregular(lexicon.IRREGULAR_VERBS, True) for w in lowered)


def _points_to(lowered: list[str], i: int) -> bool:
    """Whether the i-th word is an adverb pointing at a place or time said before: not "there" beside a form of "to
    be" ("Is there a risk?"), nor "then" in a question in the present ("Why are sessions repeated then?")."""
    if lowered[i] in lexicon.TIME_ADVERBS:
        return _in_past(lowered)
    return lowered[i] in lexicon.POINTING_ADVERBS and not set(lowered[max(i - 1, 0):i + 2]) & lexicon.BE


def has_anaphora(question: str) -> bool:
    """A pronoun or adverb that points back ("it", "they", "there"); "that" opening a clause ("the claim that
    ...") and "there" beside a form of "to be" ("Is there a risk?") do not. "that" before the question's last word
    ("What sparked that use?") points back: a clause needs more words than one."""
    lowered = [w.lower() for w in words(question)]
    for i, w in enumerate(lowered):
        if _points_to(lowered, i):
            return True
        if w in lexicon.SUBSTITUTES and i > 0 and lowered[i - 1] == "which" and lowered[i + 1:i + 2] != ["of"]:
            return True
        if w in lexicon.PRONOUNS:
            if w == "that" and i + 2 < len(lowered) and lowered[i + 1] not in lexicon.QUESTION_WORDS and \
                    i > 0 and lowered[i - 1] not in lexicon.BE | lexicon.AUXILIARIES | {"of", "about"}:
                continue
            return True
    return False


# Words that open a whole question: a question word, or the verb of a yes/no question ("Is ...?", "Can ...?").
_OPENERS = lexicon.QUESTION_WORDS | lexicon.BE | lexicon.AUXILIARIES


@lru_cache(maxsize=4)
def _continuing(openings: tuple[str, ...]) -> re.Pattern[str]:
    """An opening that continues the question before ("and ...", "what about ..."), as whole words: not "what often".
    Built from the lexicon's tuple when used, so that emptying it (`bench/ablation.py`) empties this too."""
    return re.compile(rf"(?:{alternatives(o.strip() for o in openings)})\b" if openings else r"(?!)")


def is_continuation(question: str) -> bool:
    """Starts like "and ...?" / "what about ...?", or is a fragment ("How quickly?", "Any problems?").

    A short question opened by a question word or a verb ("Is ketamine addictive?") is whole, not a fragment.
    """
    text = question.strip().lower()
    if _continuing(lexicon.CONTINUATIONS).match(text):
        return True
    all_words = words(text)
    content = [w for w in all_words if w not in lexicon.STOPWORDS]
    return len(all_words) <= 2 or _made_precise(text) or (len(content) <= 2 and all_words[0] not in _OPENERS)


# "in particular" closing a question, which then asks for one of what was just said.
_IN_PARTICULAR = re.compile(r",?\s*\bin\s+particular\W*$", re.I)


def _made_precise(text: str) -> bool:
    """One word made more precise, as of an answer just given: "which patients exactly?", "what dose in particular?"
    (`text` in lower case)."""
    plain = _IN_PARTICULAR.sub("", text)
    said = words(plain)
    closed = plain != text or bool(said) and said[-1] in lexicon.PRECISION_ADVERBS
    return closed and sum(w not in lexicon.STOPWORDS for w in said) <= 1


# "the results", "the long-term effects": a definite noun phrase that nothing after it pins down
# ("the role of glutamate" is pinned down; "the FDA" and "the iPod" are names) may point back at the conversation.
_NOUN_PHRASE_WORD = rf"(?!(?:{'|'.join(map(re.escape, sorted(lexicon.STOPWORDS)))})\b)[a-z](?:(?![A-Z])[\w-])*"
_BARE_DEFINITE = re.compile(
    rf"\bthe\s+(?:{_NOUN_PHRASE_WORD}\s+){{0,2}}{_NOUN_PHRASE_WORD}(?=\s*[?.!,]?\s*(?:$|\?|"
    rf"(?:{'|'.join(sorted(lexicon.BE | lexicon.PREDICATES))})\b))"
)


def has_bare_definite(question: str) -> bool:
    return any(m.group().split()[1].lower() not in lexicon.SELECTORS for m in _BARE_DEFINITE.finditer(question))


# The whole question asks to hear more: "Tell me more", "Can you go on?", "What else about it?".
_MORE_PHRASES = alternatives(lexicon.MORE_REQUESTS)
_MORE = re.compile(rf"""{POLITE_START}(?:{_MORE_PHRASES})
    (?:\s+(?:about|on|with)\s+(?:it|that|this|them|those|these))?{POLITE_END}""", re.I | re.X)


# The whole question asks to hear the answer again: "Can you repeat that?", "Sorry, can you say it again?", "Pardon?".
_AGAIN = re.compile(rf"""^\W*(?:(?:sorry|excuse\s+me)\W+)?(?:(?:can|could|would|will)\s+you\s+|please\s+)?
    (?:{alternatives(lexicon.REPEAT_REQUESTS)})(?:\s+(?:it|that|this|the\s+answer|your\s+answer))?
    (?:\s+(?:again|once\s+more))?{POLITE_END}""", re.I | re.X)


def asks_again(question: str) -> bool:
    """Asks to hear the previous answer again ("Can you repeat that?", "Come again?")."""
    return _AGAIN.match(question) is not None


# "Can you tell me ...", "Do you know ...": how a question about what came next may open.
_TOLD_OPENING = rf"{POLITE_START}(?:(?:{alternatives(lexicon.TELL_REQUESTS)})\s+)?"
# The whole question asks what the documents say next: "What happened next?", "And then?", "Do you know what came
# next?".
_NEXT = re.compile(rf"{_TOLD_OPENING}(?:{alternatives(lexicon.NEXT_REQUESTS)}){POLITE_END}", re.I)


def asks_next(question: str) -> bool:
    """Asks what follows the previous answer in its document ("What happened next?", "And then?")."""
    return _NEXT.match(question) is not None


# What followed from the answer just given: "What did that lead to?", "What was needed as a result?".
_CONSEQUENCE = re.compile(rf"""{_TOLD_OPENING}(?:(?:{alternatives(lexicon.CONSEQUENCE_REQUESTS)})
    |(?:and\s+)?(?:what|which|who|how)\b[^?]*?\s(?:{alternatives(lexicon.CONSEQUENCE_ENDINGS)})){POLITE_END}""",
                          re.I | re.X)


def asks_consequence(question: str) -> bool:
    """Asks what followed from the previous answer ("What happened as a result?", "What came of it?")."""
    return _CONSEQUENCE.match(question) is not None


# "What happened after the patent was filed?": the event named after "after" ("after that" asks for what follows the
# answer just given, `asks_next`).
_AFTER_EVENT = re.compile(rf"{_TOLD_OPENING}(?:and\s+)?what\s+"
                          rf"(?:{alternatives((*lexicon.EVENT_VERBS, *lexicon.SUCCESSION_VERBS))})\s+"
                          rf"(?:next\s+|then\s+)?(?:after|following)\s+"
                          rf"(?!(?:that|this|it|them|those)\W*$)(?P<event>\w.*?){POLITE_END}", re.I)


def event_asked_after(question: str) -> str | None:
    """The event a question asks what happened after ("What happened after the patent was filed?": "the patent was
    filed"), or None."""
    match = _AFTER_EVENT.match(question)
    return match.group("event") if match else None


# "What did the delayed onset lead to?": the cause named before "lead to", after "came of" or "as a result of".
_CAUSE = re.compile(rf"""{_TOLD_OPENING}(?:and\s+)?what\s+(?:
    (?:(?:did|does|do|will|would|could|might)\s+)?(?P<led>\w.*?)\s+(?:lead\s+to|led\s+to|result\s+in|resulted\s+in)
  | (?:came|comes|resulted|results)\s+(?:of|from)\s+(?P<came>\w.*?)
  | (?:happened|happens)\s+as\s+a\s+(?:result|consequence)\s+of\s+(?P<after>\w.*?)
  | (?:was|were|is|are)\s+the\s+consequences?\s+of\s+(?P<of>\w.*?)){POLITE_END}""", re.I | re.X)


def cause_asked_of(question: str) -> str | None:
    """The cause whose consequence a question asks ("What did the approval lead to?": "the approval"), or None; not
    a pronoun ("What did that lead to?" asks of the answer just given, `asks_consequence`)."""
    match = _CAUSE.match(question)
    cause = next((cause for cause in match.groups() if cause), None) if match else None
    return None if cause is None or cause.lower() in lexicon.PRONOUNS else cause


def asks_more(question: str) -> bool:
    """Asks to go on with the previous answer ("Tell me more", "What else?"): the previous question again, for
    sentences not said yet."""
    return _MORE.match(question) is not None


# The whole question asks for an example of what was just said: "Can you give an example?", "Any examples of that?",
# "What's an example?", "Such as?", "Can you name some?".
_EXAMPLE = re.compile(rf"""{POLITE_START}(?:
    (?:(?:(?:give|show|tell)(?:\s+(?:me|us))?|do\s+you\s+have|(?:is|are)\s+there
         |what(?:'s|\s+is|\s+are|\s+would\s+be))\s+)?
    (?:(?:an?|some|any|one|a\s+few|another|more)\s+)?(?:{alternatives(lexicon.EXAMPLE_NOUNS)})
    (?:\s+of\s+(?:that|this|it|them|those|these|one))?
  | (?:name|list|mention)\s+(?:some|one|any|a\s+few|a\s+couple)(?:\s+of\s+(?:them|those|these))?
  | for\s+(?:example|instance) | such\s+as | like\s+what){POLITE_END}""", re.I | re.X)


def asks_example(question: str) -> bool:
    """Asks for an example of what the answer just given said ("Can you give an example?", "Such as?")."""
    return _EXAMPLE.match(question) is not None


# "other conditions", "another route": others than those just named, which may be the conversation's ("Were patients
# with other conditions helped?" after OCD); "other than X" names its own.
_OTHER = re.compile(r"\b(?:other|another)\s+(?!than\b)[a-z]", re.I)


def wording_cue(question: str) -> Cue | None:
    """"strong" when the wording can only be read with an earlier turn (a pronoun, "and for X?", a fragment, "tell me
    more"), "weak" when it may be ("are the results known?", "other conditions?", "and when does X happen?", or naming
    no topic: "What kinds are there?"), None when it stands on its own."""
    if has_anaphora(question) or asks_more(question):
        return "strong"
    if is_continuation(question):
        # "And when do patients usually relapse?": a whole question after "and" may stand on its own.
        text = question.strip().lower()
        rest = _continuing(lexicon.CONTINUATIONS).sub("", text, count=1)
        opened = words(rest)[:1]
        whole = rest != text and bool(opened) and opened[0] in _OPENERS and not is_continuation(rest)
        return "weak" if whole else "strong"
    return "weak" if has_bare_definite(question) or names_nothing(_topic_part(question)) or _OTHER.search(question) \
        else None


def names_nothing(question: str) -> bool:
    """Only asks ("When?", "In which year?", "Where was this seen?", "Tell me more"), doubts ("Are you sure?") or asks
    for the source ("According to whom?"): it aims the previous question at another answer, or asks it again."""
    said = words(question.lower())
    return asks_more(question) or all(w in lexicon.STOPWORDS or w in lexicon.KIND_NOUNS or w in lexicon.DOUBTS
                                      or w in lexicon.SOURCE_WORDS or w in lexicon.PERCEPTION_VERBS
                                      or (w in lexicon.DEGREE_WORDS and said[i - 1:i] == ["how"])
                                      for i, w in enumerate(said))


@lru_cache(maxsize=1)
def _aspect_stems() -> frozenset[str]:
    return frozenset(tokens(" ".join(lexicon.ASPECT_WORDS)))


def own_terms(question: str) -> str:
    """The question without the words follow-ups use for an aspect of anything ("any problems?")."""
    return WORD.sub(lambda m: "" if set(tokens(m.group())) & _aspect_stems() else m.group(), question)


def _topic_part(question: str) -> str:
    """The question without its words for an aspect or for the kinds of whatever was discussed."""
    return " ".join(w for w in words(own_terms(question)) if w.lower() not in lexicon.VARIETY_NOUNS)


def names_aspect(question: str) -> bool:
    """Names an aspect or the kinds of whatever was discussed and nothing else, and no kind of answer ("What were the
    results?", "What kinds are there?", not "How fast?"): it asks for what was said of the turn before's topic."""
    return question_type(question) is None and not names_nothing(question) and not tokens(_topic_part(question))


def topic_words(question: str, known: Callable[[str], bool]) -> list[str]:
    """Content words of a question that the documents contain, in order, without repeats ("BDNF's": "BDNF"); no
    light verb, which names no topic for a follow-up to borrow ("come" of "Where did the band come from?")."""
    seen: set[str] = set()
    out = []
    for w in words(question):
        w = _POSSESSIVE.sub("", w)
        stem = tokens(w)
        if stem and known(stem[0]) and stem[0] not in seen and stem[0] not in light_verb_stems():
            seen.add(stem[0])
            out.append(w)
    return out


def _named(question: str, name: str) -> str | None:
    """The question with its first pronoun replaced by `name`; None when it has none to replace."""
    replaced, n = re.subn(r"\b(it|they|them|this|that|these|those)\b(?!\s+(?:is|was|are|were)\b\s*\?)",
                          name, question, count=1, flags=re.IGNORECASE)
    if n == 0:
        possessive = f"{name}'" if name.endswith("s") else f"{name}'s"
        replaced, n = re.subn(r"\b(its|their)\b", possessive, question, count=1, flags=re.IGNORECASE)
    return replaced if n else None


def resolved(question: str, topic: list[str]) -> str | None:
    """The question with its pronoun replaced by the one word it borrows; None when it borrows more or has none, or
    a verb or an ordinal, which no pronoun stands for ("first" of "Who synthesized it first?")."""
    if len(topic) != 1 or not has_anaphora(question) or _verb_form(topic[0]) or topic[0].lower() in lexicon.ORDINALS:
        return None
    return _named(question, topic[0])


_MARKERS = alternatives(lexicon.TOPIC_MARKERS)
# "Going back to the side effects, how long do they last?", "No, I mean ketamine. When was it discovered?": an opening
# naming the topic, then the question.
_MARKED = re.compile(rf"^\W*(?:(?:and|now|so|ok|okay|no|sorry)[,\s]+)?(?:{_MARKERS})\s+(?P<topic>[^,:;.!?]+?)"
                     rf"(?:\s+(?:now|instead|please))?\s*(?:[,:;.!—–]|\s-)\s*(?P<rest>\w.*)$", re.IGNORECASE)


def _placed(question: str, place: str) -> str | None:
    """The question with "there" (not "is there") as "in `place`": "how many people live there?"; None without."""
    found = list(WORD.finditer(question))
    lowered = [m.group().lower() for m in found]
    at = next((i for i, w in enumerate(lowered) if w == "there" and _points_to(lowered, i)), None)
    return None if at is None else f"{question[:found[at].start()]}in {place}{question[found[at].end():]}"


def unmarked(question: str) -> str:
    """The question with an opening that names its topic folded in: "Going back to the side effects, how long do
    they last?" is "How long do the side effects last?"; without a pronoun to replace, or when the topic holds one
    itself, the topic stays in front of the rest."""
    m = _MARKED.match(question)
    if m is None or len(words(m["rest"])) < 2:
        return question
    # "Going back to their origins, where did they come from?": "they" are not the origins but their owners.
    folded = None if has_anaphora(m["topic"]) else _named(m["rest"], m["topic"]) or _placed(m["rest"], m["topic"])
    rest = m["rest"]
    if words(rest)[0].lower() in lexicon.STOPWORDS:  # "Now about X. How fast ...?": "X, how fast ...?"
        rest = rest[0].lower() + rest[1:]
    folded = folded or f"{m['topic']}, {rest}"
    return folded[0].upper() + folded[1:]


def names_its_topic(question: str) -> bool:
    """Opens by naming what it is about ("As for esketamine, when was it approved?"): it stands on its own, whatever
    the turn before was about, unless what it names points back itself ("Going back to that, ...")."""
    read = unmarked(question)
    return read != question and not has_anaphora(read)


def swapped_words(question: str, earlier: list[list[str]]) -> set[str]:
    """Words of earlier questions a follow-up swaps for its own: "And anxiety disorders?" after "Does it help
    with eating disorders?" names the same head word after another modifier, so "eating" is not borrowed.

    `earlier` holds each earlier question's topic words in order, so a word's neighbour there is its modifier.
    """
    said = [tokens(w)[:1] for w in words(question)]  # a stop word has no stem
    out = set()
    for topic in earlier:
        stems = [tokens(w)[:1] for w in topic]
        for modifier, head in zip(said, said[1:]):
            if modifier and head and modifier not in stems:
                out |= {topic[j - 1].lower() for j in range(1, len(topic)) if stems[j] == head}
    return out


def unsaid(text: str, previous: Turn) -> list[str]:
    """The words of `text` whose stems neither the turn before's question nor the context it borrowed said."""
    said = set(tokens(" ".join([previous.question, *previous.context])))
    return [w for w in words(text) if not set(tokens(w)) & said]


def _names_bare(continuation: str) -> bool:
    """Whether a continuation names its words straight after its opening ("What about esketamine?", "And the
    side effects?"), not after a preposition ("And for depression?": a circumstance of the same question)."""
    opening = _continuing(lexicon.CONTINUATIONS).match(continuation)
    rest = [w for w in words(continuation[opening.end():]) if w not in ("the", "a", "an")] if opening else []
    return bool(rest) and rest[0] not in lexicon.STOPWORDS


def substituted(question: str, previous: Turn, known: Callable[[str], bool],
                embed: Callable[[list[str]], np.ndarray]) -> set[str]:
    """The earlier word a continuation puts words the documents never use in place of, the closest by `embed`:
    "What about schizophrenia?" after "Does ketamine help with anxiety?" asks of schizophrenia, not anxiety."""
    # A new word the documents use needs none of this: the search finds it.
    new, earlier = _continued(question, previous)
    if not new or not earlier or any(known(stem) for w in new for stem in tokens(w)):
        return set()
    return _named_by(_closest(new, earlier, embed)[0], previous)


def superseded(question: str, previous: Turn, known: Callable[[str], bool],
               embed: Callable[[list[str]], np.ndarray], same_kind: float) -> set[str]:
    """The earlier word a continuation names another of its kind for, with words the documents use, when it is at
    least `same_kind` close by `embed`: after "What about esketamine?" (a question on ketamine before it) a later
    "it" means esketamine, so "ketamine" is no longer borrowed. "What about the side effects?" supersedes nothing,
    nor "And for depression?", which names a circumstance of the same question."""
    new, earlier = _continued(question, previous)
    theirs = any(known(stem) for w in new for stem in tokens(w))
    if not new or not earlier or not theirs or not _names_bare(question.strip().lower()):
        return set()
    word, similarity = _closest(new, earlier, embed)
    return _named_by(word, previous) if similarity >= same_kind else set()


def _named_by(word: str, previous: Turn) -> set[str]:
    """The earlier word with the borrowed words written just before it in the turn before's question: a new subject
    takes the place of the whole name ("alcohol addiction" of "eating disorders", not of "disorders" alone)."""
    said = [w.lower() for w in words(previous.question)]
    borrowed = {w.lower() for w in previous.topic + previous.context}
    named, at = {word}, said.index(word) if word in said else 0
    while at > 0 and said[at - 1] in borrowed:
        at -= 1
        named.add(said[at])
    return named


def _continued(question: str, previous: Turn) -> tuple[list[str], list[str]]:
    """A continuation's words that the turn before did not say, and the earlier words; nothing for other questions."""
    if not _continuing(lexicon.CONTINUATIONS).match(question.strip().lower()):
        return [], []
    new = [w for w in unsaid(own_terms(question), previous) if tokens(w)]
    return new, list(dict.fromkeys(previous.topic + previous.context))


def _closest(new: list[str], earlier: list[str], embed: Callable[[list[str]], np.ndarray]) -> tuple[str, float]:
    """The earlier word closest by `embed` to any of the new ones, lowercased, and how close."""
    vectors = embed(new + earlier)
    similarity = (vectors[: len(new)] @ vectors[len(new):].T).max(axis=0)
    closest = int(np.argmax(similarity))
    return earlier[closest].lower(), float(similarity[closest])


def added_terms(question: str, previous: Turn) -> str:
    """The words a follow-up adds to the conversation ("Australia" in "Is it approved in Australia?" after "Is
    ketamine approved by the FDA?"): what it asks about. The whole question when it only repeats."""
    added = " ".join(unsaid(question, previous))
    return added if tokens(added) else question


def _left_unnamed(previous: Turn) -> bool:
    """Whether the turn before pointed back with a pronoun no word named: asked first ("Who discovered it?": the
    documents' subject), or a follow-up of such a turn whose own pronoun stayed ("How much did it cost? (context:
    filmed)"), so a later "it" means that subject too, not a word the turn borrowed ("filmed")."""
    if previous.context:
        return previous.unnamed
    said = previous.question.lower()
    return has_anaphora(said) and all(w.lower() in said for w in previous.topic)


_IT = re.compile(r"\b(?:it|its|itself)\b", re.IGNORECASE)


def _points_by_it(question: str) -> bool:
    """Points back by "it" and by nothing else ("they" after "How did critics review it?" means the critics)."""
    return _IT.search(question) is not None and not has_anaphora(_IT.sub("", question))


def with_context(question: str, topic: list[str]) -> str:
    """The question with the topic words it does not say added as context."""
    rest = [w for w in topic if w.lower() not in question.lower()]
    return f"{question.rstrip()} (context: {', '.join(rest)})" if rest else question


@dataclass(frozen=True)
class Reading:
    """How a question is read in its conversation: the query to search and what to remember of it."""

    query: Query
    understood: str  # the question as understood, shown as `query`
    continues: str | None  # the earlier question it continues, None when it stands on its own
    topic: list[str]  # words the question itself names
    context: list[str]  # words it borrowed from earlier turns
    more: bool = False  # it asks for more of the turn before ("Tell me more"): nothing said is said again
    unnamed: bool = False  # its "it" means what the turn before's unnamed "it" meant (`_left_unnamed`)


def read_alone(question: str, vector: np.ndarray, topic: list[str]) -> Reading:
    return Reading(Query.alone(question, vector), question, None, topic, [])


def read_follow_up(question: str, vector: np.ndarray, topic: list[str], previous: Turn, cue: Cue | None,
                   tuning: Tuning, replaced: frozenset[str] = frozenset(),
                   outdated: frozenset[str] = frozenset()) -> Reading:
    """The follow-up searched with the previous turn's topic, vector and passages; `replaced`: earlier words it
    puts another in place of (`substituted`), as words it swaps; `outdated`: earlier words it names another of their
    kind for (`superseded`), which are not borrowed, though the turn before's passages and vector still help."""
    own = {w.lower() for w in topic}
    earlier = list(dict.fromkeys(previous.topic + previous.context))
    swapped = swapped_words(question, [previous.topic, previous.context]) | replaced
    dropped = own | swapped | outdated
    borrowed = [w for w in earlier if w.lower() not in dropped]
    borrowed = borrowed[: tuning.context_words]
    context = previous.vector if previous.vector is not None else vector
    mixed = vector + tuning.context_weight * context
    # With its pronoun replaced ("When was esketamine approved?"), "ketamine is approved as an anaesthetic" no
    # longer matches as well as the sentence about esketamine; its own vector still picks, so the previous
    # answer is not simply quoted again.
    # After "Who discovered it?" asked first, "it" means what that "it" meant, not the one word it named; after "What
    # is this document about?", it means the subject the answer opened with (the turn's topic, not its words).
    unnamed = _left_unnamed(previous)
    rewritten = None if unnamed else resolved(question, borrowed)
    focus_text, focus_vector = rewritten or question, vector
    if names_nothing(question):
        # It asks what the previous question asked, as understood (so "When?" then "Where?" still carry the
        # first question's words and vector); its own words go first, where the kind of answer is read.
        mixed = focus_vector = context
        focus_text = f"{question} {previous.query}"
    # A follow-up that swaps a word of the previous question ("And anxiety disorders?" after eating disorders)
    # asks about something else: the passages and vector that answered the previous turn would pull it back.
    if swapped:
        mixed = vector
    text, searched = f"{as_question(question)} {' '.join(borrowed)}", mixed / np.linalg.norm(mixed)
    if names_aspect(question):
        # "What were the results?": the results of what was discussed, not a sentence elsewhere naming results.
        focus_text, focus_vector = text, searched
    query = Query(text, searched, focus_text, focus_vector, () if swapped else tuple(previous.passages),
                  tuning.explicit_prior if cue == "strong" else 1.0)
    return Reading(query, rewritten or with_context(question, borrowed), previous.question, topic, borrowed,
                   asks_more(question), unnamed and _points_by_it(question))
