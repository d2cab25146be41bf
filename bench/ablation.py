"""Ablation of the lexicon's cue groups: each group emptied in turn, quality measured with and without it.

Measured on the development material and, for more questions than it holds, on the training file's
articles (100 answerable questions of each; nothing is fitted here). Every row rebuilds the searchers (tokens depend on stop words and synonyms) over the same indexes; question
vectors do not depend on the lexicon, so they are encoded once and reused.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import EVAL, assistant_for, scratch, seed_dev, squad_articles, squad_marks, table  # noqa: E402
from bench._sets import bundled_dialogs, bundled_unanswerable  # noqa: E402
from bench.dialogs import (ASKED_FOR_MORE, ASPECT_FOLLOW_UPS, DOUBTS, GREETINGS, NAMELESS_FOLLOW_UPS,  # noqa: E402
                           PRECISE_FOLLOW_UPS, SMALL_TALK, SOURCE_ASKS, TOLD_NEXT, TOPIC_MARKED, asked_for_more,
                           nameless_follow_ups, small_talk, told_next, topic_marked, unanswerable_follow_ups)
from bench.quality import (DEFINITION_REQUESTS, FOURTH_SINGLES, HANDBOOK, MECHANISMS, MORE_STAND_FOR,  # noqa: E402
                           OWN_ON_TOPIC_OUT_OF_SCOPE, OWN_OVERVIEW_QUESTIONS, OWN_SINGLES, PRICES_ASKED_OTHERWISE,
                           RECIPE, RECIPE_QUESTIONS, REQUESTS, SECTION_QUESTIONS, SEQUENCES, STAND_FOR,
                           TWO_QUESTIONS, both_held)
from bench.typed import STYLES  # noqa: E402
from index import Embedder  # noqa: E402
from index import _splitting  # noqa: E402
from qa import Assistant  # noqa: E402
from qa import _assistant, _followup, _kinds, _lexicon, _messages, _retrieval, _spelling, _words  # noqa: E402
from qa.training import SquadQuestion, read_squad  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402


class Remembering:
    """An embedder that encodes each text once for the whole ablation."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder, self.identity, self._seen = embedder, embedder.identity, {}

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self._seen]
        if missing:
            self._seen.update(zip(missing, self.embedder.encode(missing)))
        return np.stack([self._seen[t] for t in texts])


@contextmanager
def without(module: object, **empty: object) -> Iterator[None]:
    """Module attributes replaced for the duration (a cue group emptied)."""
    saved = {name: getattr(module, name) for name in empty}
    for name, value in empty.items():
        setattr(module, name, value)
    # Read once and remembered, these depend on the lexicon.
    clear = (_followup._aspect_stems.cache_clear, _kinds._stems_of.cache_clear, _kinds.kind_asked.cache_clear,
             _words._stems.cache_clear, _words.light_verb_stems.cache_clear)
    for cached in clear:
        cached()
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)
        for cached in clear:
            cached()


def _kinds_without(name: str) -> tuple:
    return tuple(k for k in _lexicon.QUESTION_KINDS if k.name != name)


# A cue measured and dropped: "who" questions rewarded for sentences naming someone (capitalised words).
PERSON = _lexicon.QuestionKind("person", re.compile(r"^\s*(?:who|whom|whose)\b", re.I),
                               re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)+"), "answer_type")


GROUPS: list[tuple[str, Callable[[], object]]] = [
    ("all cues", lambda: without(_lexicon)),
    ("- synonyms", lambda: without(_lexicon, SYNONYMS=())),
    ("- connectives", lambda: without(_lexicon, CONNECTIVES=())),
    ("- request words as stop words", lambda: without(_lexicon, STOPWORDS=_lexicon.STOPWORDS - _lexicon.REQUEST_WORDS)),
    ("- event verbs as stop words", lambda: without(_lexicon, STOPWORDS=_lexicon.STOPWORDS - _lexicon.EVENT_VERBS)),
    ("- benefit verbs as stop words", lambda: without(_lexicon, STOPWORDS=_lexicon.STOPWORDS - _lexicon.BENEFIT_VERBS)),
    ("- precision adverbs as stop words",
     lambda: without(_lexicon, STOPWORDS=_lexicon.STOPWORDS - _lexicon.PRECISION_ADVERBS)),
    ("- perception verbs naming nothing", lambda: without(_lexicon, PERCEPTION_VERBS=frozenset())),
    ("- degree words naming nothing", lambda: without(_lexicon, DEGREE_WORDS=frozenset())),
    ("- \"which one\" pointing back", lambda: without(_lexicon, SUBSTITUTES=frozenset())),
    ("- irregular verbs", lambda: without(_lexicon, IRREGULAR_VERBS=())),
    ("- irregular nouns' other number", lambda: without(_lexicon, IRREGULAR_NOUNS=())),
    ("- British and American spellings", lambda: without(_lexicon, NATIONAL_SPELLINGS=())),
    ("- light verbs (naming nothing unknown, no topic)", lambda: without(_lexicon, LIGHT_VERBS=frozenset())),
    *[(f"- {k.name} answers", (lambda n=k.name: without(_lexicon, QUESTION_KINDS=_kinds_without(n))))
      for k in _lexicon.QUESTION_KINDS],
    ("- nouns naming a kind", lambda: without(_lexicon, QUESTION_KINDS=tuple(replace(k, names=())
                                                                             for k in _lexicon.QUESTION_KINDS))),
    ("- definitions", lambda: without(_retrieval, defined_subject=lambda question: None)),
    # Answers only: the ablation's indexes are cut once, by the full rules.
    ("- leans back / completes / announces", lambda: without(_splitting, LEANS_BACK=(), COMPLETES=(), ANNOUNCES=())),
    ("- qualifying endings", lambda: without(_splitting, QUALIFIES=())),
    ("- rank answers", lambda: without(_lexicon, RANK_ASKED=re.compile(r"(?!)"))),
    ("- year answers", lambda: without(_lexicon, YEAR_ASKED=re.compile(r"(?!)"))),
    ("- past times (\"When was it approved?\")", lambda: without(_lexicon, PAST_TIME_ASKED=re.compile(r"(?!)"))),
    ("- agents (\"Who discovered it?\")", lambda: without(_lexicon, AGENT_ASKED=re.compile(r"(?!)"))),
    ("- degrees (\"How much did it rise?\")", lambda: without(_lexicon, DEGREE_ASKED=re.compile(r"(?!)"))),
    ("- locations (\"Where was it based?\")", lambda: without(_lexicon, LOCATION_ASKED=re.compile(r"(?!)"))),
    ("- months (\"What month did it strike?\")", lambda: without(_lexicon, MONTH_ASKED=re.compile(r"(?!)"))),
    ("- measures (\"How many kilometres ...?\")", lambda: without(_lexicon, MEASURE_ASKED=re.compile(r"(?!)"))),
    ("- \"one of\" as no figure", lambda: without(_lexicon, MEMBER_OF=re.compile(r"(?!)"))),
    ("- yes/no questions stated (\"Does it affect serotonin?\")",
     lambda: without(_lexicon, WHETHER_ASKED=re.compile(r"(?!)"))),
    ("- additives (\"Is it approved in Japan too?\")", lambda: without(_lexicon, ADDITIVES=(), CLOSING_ADDITIVES=())),
    ("- continuations", lambda: without(_lexicon, CONTINUATIONS=())),
    ("- questions made precise (\"Which patients exactly?\")",
     lambda: without(_followup, _made_precise=lambda text: False)),
    ("- aspect words", lambda: without(_lexicon, ASPECT_WORDS=frozenset())),
    ("- aspects asked of the topic", lambda: without(_followup, names_aspect=lambda question: False)),
    ("- kind nouns", lambda: without(_lexicon, KIND_NOUNS=frozenset())),
    ("- bare definites", lambda: without(_lexicon, PREDICATES=frozenset({"zzz"}))),
    ("- overview questions", lambda: without(_assistant, asks_overview=lambda question: False)),
    ("- requests for more", lambda: without(_followup, asks_more=lambda question: False)),
    ("- requests for what follows", lambda: without(_assistant, asks_next=lambda question: False)),
    ("- requests for an example", lambda: without(_assistant, asks_example=lambda question: False)),
    ("- requests for a consequence", lambda: without(_assistant, asks_consequence=lambda question: False,
                                                     cause_asked_of=lambda question: None)),
    ("- topic openings", lambda: without(_assistant, unmarked=lambda question: question,
                                         names_its_topic=lambda question: False)),
    ("- doubts", lambda: without(_lexicon, DOUBTS=frozenset())),
    ("- source words", lambda: without(_lexicon, SOURCE_WORDS=frozenset())),
    ("- small talk", lambda: without(_assistant, small_talk=lambda message: None)),
    ("- section questions", lambda: without(_assistant, asks_section=lambda question: None)),
    ("- requests said plainly", lambda: without(_assistant, plainly=lambda question: question)),
    ("- chat padding and capitals", lambda: without(_assistant, chat_question=lambda message: message)),
    ("- abbreviations in lower case", lambda: without(_retrieval, typed_abbreviations=lambda question, known: [])),
    ("- rules' words in the speller", lambda: without(_spelling, rule_words=frozenset)),
    ("- parts named by their heading", lambda: without(_assistant, DESCRIBED=())),
    ("- two questions in one message", lambda: without(_assistant, questions_asked=lambda message: [message])),
    ("- definition requests", lambda: without(_messages, _DEFINITION_REQUEST=re.compile(r"(?!)"))),
    ("- events asked after", lambda: without(_assistant, event_asked_after=lambda question: None)),
    ("- long forms asked for", lambda: without(_retrieval, asks_long_form=lambda question: False)),
    ("- unlettered words", lambda: without(_spelling, _DEFINED_GAP=_spelling._LONG_FORM_GAP)),
    ("+ person answers (dropped)", lambda: without(_lexicon, QUESTION_KINDS=(*_lexicon.QUESTION_KINDS, PERSON))),
]


# The ways of typing (`bench/typed.py`) the seed singles, the fourth set, the requests and the questions about the
# whole document are also asked in ("typed five ways"): the other columns' questions are asked as written.
TYPED = ("lower case, no question mark", "capitals", '"Hey, ..."', '"... pls"', "two letters swapped")


# Every set's follow-ups the bundled document cannot answer (`bench/sets/bundled/`), each asked after its opener.
UNANSWERABLE = bundled_unanswerable()


def hit(text: str, golds: list[str]) -> bool:
    return any(g.lower() in text.lower() for g in golds)


Articles = list[tuple[Path, list[SquadQuestion]]]


def squad_figures(make: Callable[[Path], Assistant], squad: Articles) -> tuple[str, str]:
    """Answer hit and cite@1 over SQuAD articles, each indexed alone."""
    hits = c1 = n = 0
    for index_dir, questions in squad:
        assistant = make(index_dir)
        for q in questions:
            answer = assistant.ask(q.question)
            n += 1
            held, first, _ = squad_marks(answer, q)
            hits += held
            c1 += first
    return f"{hits / n:.3f}", f"{c1 / n:.3f}"


def measure(make: Callable[[Path], Assistant], squad: Articles, train: Articles, bundled: Path,
            handbook: Path, recipe: Path) -> tuple:
    parts = make(handbook)
    sections = sum(hit(parts.ask(q).answer, gold) for q, gold in SECTION_QUESTIONS)
    cook = make(recipe)
    cooking = sum(hit(cook.ask(q).answer, gold) for q, gold in RECIPE_QUESTIONS)
    assistant = make(bundled)
    data = seed_dev()
    singles = sum(hit(assistant.ask(c["q"]).answer, c["gold"]) for c in data["single"])
    asked = [(c["q"], c["gold"]) for c in data["single"]] + FOURTH_SINGLES + REQUESTS + OWN_OVERVIEW_QUESTIONS
    typed = sum(hit(assistant.ask(STYLES[style](q)).answer, gold) for style in TYPED for q, gold in asked)
    own = sum(hit(assistant.ask(q).answer, gold) for q, gold in OWN_SINGLES)
    fourth = sum(hit(assistant.ask(q).answer, gold) for q, gold in FOURTH_SINGLES)
    oos = sum(not assistant.ask(q).found for q in data["out_of_scope"])
    on_topic = sum(not assistant.ask(q).found for q in OWN_ON_TOPIC_OUT_OF_SCOPE)
    priced = sum(not assistant.ask(q).found for q in PRICES_ASKED_OTHERWISE)
    two = both_held(assistant, False)
    whole = sum(hit(assistant.ask(q).answer, gold) for q, gold in OWN_OVERVIEW_QUESTIONS)
    requests = sum(hit(assistant.ask(q).answer, gold) for q, gold in REQUESTS)
    definitions = sum(hit(assistant.ask(q).answer, gold) for q, gold in DEFINITION_REQUESTS)
    works = sum(hit(assistant.ask(q).answer, gold) for q, gold in MECHANISMS)
    followed = sum(hit(assistant.ask(q).answer, gold) for q, gold in SEQUENCES)
    long_forms = sum(hit(assistant.ask(q).answer, gold) for q, gold in STAND_FOR + MORE_STAND_FOR)
    conversations = data["dialogs"] + [[{"q": q, "gold": g} for q, g in d] for d in bundled_dialogs()]
    first = follow = follow_n = 0
    for dialog in conversations:
        cid = None
        for i, turn in enumerate(dialog):
            reply = assistant.converse(turn["q"], conversation_id=cid)
            cid = reply.conversation_id
            held = hit(reply.answer.answer, turn["gold"])
            if i:
                follow_n += 1
                follow += held
            else:
                first += held
    abstained = unanswerable_follow_ups(assistant, False, UNANSWERABLE)
    nameless = f"{nameless_follow_ups(assistant, False)}/{len(NAMELESS_FOLLOW_UPS)}"
    precise = f"{nameless_follow_ups(assistant, False, PRECISE_FOLLOW_UPS)}/{len(PRECISE_FOLLOW_UPS)}"
    more = f"{asked_for_more(assistant, False)}/{2 * len(ASKED_FOR_MORE)}"
    then = f"{told_next(assistant, False)}/{len(TOLD_NEXT)}"
    marked = f"{topic_marked(assistant, False)[0]}/{len(TOPIC_MARKED)}"
    doubts = f"{nameless_follow_ups(assistant, False, DOUBTS)}/{len(DOUBTS)}"
    sources = f"{nameless_follow_ups(assistant, False, SOURCE_ASKS)}/{len(SOURCE_ASKS)}"
    aspects = f"{nameless_follow_ups(assistant, False, ASPECT_FOLLOW_UPS)}/{len(ASPECT_FOLLOW_UPS)}"
    talk = f"{small_talk(assistant, False)[0]}/{len(SMALL_TALK) + len(GREETINGS)}"
    return (*squad_figures(make, squad), f"{singles}/{len(data['single'])}",
            f"{typed}/{len(TYPED) * len(asked)}", f"{own}/{len(OWN_SINGLES)}", f"{fourth}/{len(FOURTH_SINGLES)}",
            f"{oos}/{len(data['out_of_scope'])}",
            f"{on_topic}/{len(OWN_ON_TOPIC_OUT_OF_SCOPE)}", f"{priced}/{len(PRICES_ASKED_OTHERWISE)}",
            f"{whole}/{len(OWN_OVERVIEW_QUESTIONS)}", f"{two}/{len(TWO_QUESTIONS)}",
            f"{first}/{len(conversations)}", f"{follow}/{follow_n}", f"{abstained}/{len(UNANSWERABLE)}", nameless, precise,
            more, then,
            marked, doubts, sources,
            aspects, talk, f"{sections}/{len(SECTION_QUESTIONS)}", f"{requests}/{len(REQUESTS)}",
            f"{definitions}/{len(DEFINITION_REQUESTS)}", f"{works}/{len(MECHANISMS)}",
            f"{followed}/{len(SEQUENCES)}", f"{long_forms}/{len(STAND_FOR) + len(MORE_STAND_FOR)}",
            f"{cooking}/{len(RECIPE_QUESTIONS)}",
            *squad_figures(make, train))


def main() -> None:
    embedder = Embedder()
    remembering = Remembering(embedder)
    squad = []
    for article in squad_articles():
        path = scratch() / f"{article.title}.txt"
        path.write_text(article.text)
        squad.append((assistant_for([path], embedder).settings.index_dir, article.answerable))
    train = []
    for article in read_squad(EVAL / "squad2-train-10-articles.json"):
        path = scratch() / "article.txt"
        path.write_text(article.text)
        train.append((assistant_for([path], embedder).settings.index_dir, article.answerable[:100]))
    bundled = assistant_for([BUNDLED_DOCUMENT], embedder).settings.index_dir
    (handbook_path := scratch() / "handbook.md").write_text(HANDBOOK)
    handbook = assistant_for([handbook_path], embedder).settings.index_dir
    (recipe_path := scratch() / "recipe.md").write_text(RECIPE)
    recipe = assistant_for([recipe_path], embedder).settings.index_dir

    def make(index_dir: Path) -> Assistant:
        return assistant_for([], remembering, index_dir=index_dir, build=False)  # type: ignore[arg-type]

    rows = []
    for name, group in GROUPS:
        with group():  # type: ignore[attr-defined]
            rows.append((name, *measure(make, squad, train, bundled, handbook, recipe)))
        print(rows[-1], file=sys.stderr)
    print(table(rows, ("lexicon", "SQuAD hit", "cite@1", "seed singles", "typed five ways",
                       "own singles", "own singles, fourth set", "out-of-scope",
                       "on-topic out-of-scope", "prices asked otherwise", "about the whole document", "two questions",
                       "dialog first turns, every set", "dialog follow-ups, every set",
                       "unanswerable follow-ups, every set", "follow-ups naming nothing", "precise follow-ups",
                       "requests for more", "what follows",
                       "opened by their topic", "doubts", "sources",
                       "aspects", "small talk", "section questions", "requests", "definitions", "how it works",
                       "what followed", "long forms", "recipe", "train hit",
                       "train cite@1")))


if __name__ == "__main__":
    main()
