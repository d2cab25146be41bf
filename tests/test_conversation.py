"""Conversations: follow-up detection and resolution, bounded state, the history form, Redis, a real server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from functools import partial

import numpy as np
import pytest

from qa import Assistant
from qa._followup import (added_terms, has_anaphora, names_aspect, names_nothing, read_follow_up, resolved,
                          substituted, superseded, swapped_words, topic_words, unmarked, with_context,
                          wording_cue)
from qa._stores import MemoryStore, RedisStore, Turn
from qa._tuning import Tuning
from bench.support import free_port


@pytest.mark.parametrize("question", [
    "When was it approved?", "Can it be given outside a clinic?", "And addiction?", "Any problems?",
    "What about children?", "was that shown in humans?", "Are the long-term effects known?", "How quickly?",
    "Is the treatment safe?", "What did they find?", "The long-term effects?", "How many people live there?",
    "Who was king then?", "What was the population then?", "Who ruled the island then?", "What kinds are there?",
    "Are there any risks?", "Which types exist?", "Which one does ketamine help?", "Which ones are approved?",
    "Were patients with other psychiatric conditions helped?", "Is another route possible?",
])
def test_dependent_questions_are_recognised(question: str) -> None:
    assert wording_cue(question) is not None


def test_a_whole_question_after_and_is_a_weak_cue_a_fragment_a_strong_one() -> None:
    assert wording_cue("And when do patients usually relapse?") == "weak"
    assert wording_cue("And is ketamine addictive?") == "weak"
    for question in ("And for depression?", "And how fast?", "and how fast does it kick in", "What about children?",
                     "And then?", "Which patients in particular?", "What dose exactly?"):
        assert wording_cue(question) == "strong", question


def test_that_before_the_last_word_points_back_a_clause_does_not() -> None:
    assert has_anaphora("What sparked that use?") and has_anaphora("Who ran that trial?")
    assert not has_anaphora("What showed that ketamine works?")
    assert not has_anaphora("Which study found that relapse follows?")


def test_one_points_back_after_which_unless_of_names_the_class() -> None:
    assert has_anaphora("Which one does ketamine help?") and has_anaphora("which ones work best")
    assert not has_anaphora("Which one of Peck's relatives was named after Lee?")
    assert not has_anaphora("Is one session enough?")


@pytest.mark.parametrize("question", [
    "What is esketamine?", "How many people worldwide have depression?", "What did the STAR*D study find?",
    "What is the role of glutamate in depression?", "When did the FDA first approve ketamine?",
    "What are the side effects of intravenous ketamine?", "Which drug is paired with psychotherapy for smoking cessation?",
    "Is ketamine addictive?", "Can esketamine cause dizziness?", "What is the role of glutamate?",
    "What percentage of the population has depression?", "Are there side effects of ketamine?",
    "Will there be more ketamine trials?", "Why are sessions repeated then?",
    "What is ketamine used for other than anesthesia?",
    "Who makes the iPod?",  # a name, as "the FDA" is: a capital inside the word says so
])
def test_self_contained_questions_are_not(question: str) -> None:
    assert wording_cue(question) is None


@pytest.mark.parametrize("question, expected", [
    ("When?", True), ("In which year?", True), ("By whom?", True), ("Why is that?", True), ("In what form?", True),
    ("Which ones?", True), ("For which condition?", True), ("Tell me more", True), ("Please go on", True),
    ("Who makes it?", False), ("How much does it cost?", False), ("What about children?", False),
    ("Tell me more about esketamine", False), ("Are you sure?", True), ("What do you mean?", True),
    ("Is that true?", True), ("Is it true that ketamine is addictive?", False), ("In which year exactly?", True),
    ("What percentage precisely?", True), ("Where was this seen?", True), ("Was it observed in animals?", False),
    ("For how long?", True), ("How many?", True), ("How often?", True), ("How long does the effect last?", False),
    ("Is it a long session?", False),
])
def test_a_question_naming_nothing_is_told_apart(question: str, expected: bool) -> None:
    assert names_nothing(question) is expected


@pytest.mark.parametrize("question, expected", [
    ("What were the results?", True), ("And the outcome?", True), ("Was it effective?", True),
    ("Any evidence for that?", True), ("How fast?", False), ("When?", False), ("Tell me more", False),
    ("What were the results of the STAR*D trial?", False), ("What did they find?", False),
    ("What kinds are there?", True), ("What kinds of drugs are there?", False),
])
def test_a_question_naming_only_an_aspect_is_told_apart(question: str, expected: bool) -> None:
    assert names_aspect(question) is expected


def test_the_understood_form_names_the_topic() -> None:
    # A pronoun is replaced by the topic; with none to replace, the topic is added as context.
    assert resolved("When was it approved?", ["esketamine"]) == "When was esketamine approved?"
    assert resolved("And for depression?", ["ketamine", "approved", "FDA"]) is None
    assert with_context("And for depression?", ["ketamine", "approved", "FDA"]) == \
        "And for depression? (context: ketamine, approved, FDA)"
    assert with_context("What is esketamine?", []) == "What is esketamine?"


def test_a_pronoun_is_replaced_only_when_it_can_mean_one_word() -> None:
    assert resolved("When was it approved?", ["esketamine"]) == "When was esketamine approved?"
    assert resolved("What are its effects?", ["esketamine"]) == "What are esketamine's effects?"
    assert resolved("When was it approved?", ["esketamine", "FDA"]) is None
    assert resolved("When was esketamine approved?", ["FDA"]) is None
    # A verb is the one word "Where was it filmed?" or "Where does the name come from?" names: "it" is not that.
    assert resolved("How much did it make?", ["filmed"]) is None and resolved("When did they split?", ["come"]) is None
    assert resolved("Heard it got a nickname - why?", ["first"]) is None  # nor is an ordinal
    assert resolved("How does it grow?", ["seed"]) == "How does seed grow?"


@pytest.mark.parametrize(("question", "read"), [
    ("Going back to the side effects, how long do they last?", "How long do the side effects last?"),
    ("Back to esketamine: where can it be given?", "Where can esketamine be given?"),
    ("As for esketamine, what are its risks?", "What are esketamine's risks?"),
    ("And regarding the trials, what did their authors find?", "What did the trials' authors find?"),
    ("About the sessions, what happens during high-dose ones?", "The sessions, what happens during high-dose ones?"),
    ("Going back to that, how long does it last?", "That, how long does it last?"),  # still points back
    ("Going back to their origins, where did they come from?", "Their origins, where did they come from?"),
    ("As for San Diego, how many people live there?", "How many people live in San Diego?"),
    ("As for San Diego, is there a port?", "San Diego, is there a port?"),
    # A sentence of its own can name the topic too, and correct the one the conversation had.
    ("No, I mean ketamine. When was it first given to a human?", "When was ketamine first given to a human?"),
    ("Let's talk about side effects. What are they?", "What are side effects?"),
    ("I'm asking about esketamine now. Where can it be given?", "Where can esketamine be given?"),
    ("Now about bipolar disorder. How fast do symptoms improve?", "Bipolar disorder, how fast do symptoms improve?"),
    # Not an opening that names a topic: left as asked.
    ("On average, how long do they last?", "On average, how long do they last?"),
    ("About how many people have depression?", "About how many people have depression?"),
    ("Back to Berlin Chopin was a guest of who?", "Back to Berlin Chopin was a guest of who?"),
    ("Regarding esketamine?", "Regarding esketamine?"),
])
def test_an_opening_that_names_the_topic_is_folded_into_the_question(question: str, read: str) -> None:
    assert unmarked(question) == read


@pytest.mark.parametrize(("follow_up", "earlier", "swapped"), [
    ("And anxiety disorders?", [["ketamine", "eating", "disorders"]], {"eating"}),
    ("And a function problem?", [["example"], ["decision", "problem"]], {"decision"}),
    ("What about the long-term effects?", [["side", "effects", "ketamine"]], {"side"}),
    ("Are the side effects serious?", [["side", "effects", "ketamine"]], set()),  # the same modifier
    ("Why are sessions repeated?", [["therapy", "session"]], set()),  # no modifier of its own
    ("And the results?", [["trial", "results"]], set()),
])
def test_a_follow_up_swaps_the_modifier_of_a_head_word_it_repeats(follow_up: str, earlier: list[list[str]],
                                                                   swapped: set[str]) -> None:
    assert swapped_words(follow_up, earlier) == swapped


# Word vectors for `substituted`: schizophrenia is a condition like anxiety, psilocybin and esketamine drugs like
# ketamine, children neither.
KINDS = {"schizophrenia": [1, 0.2, 0], "anxiety": [1, 0, 0], "psilocybin": [0.1, 1, 0], "ketamine": [0, 1, 0],
         "help": [0, 0, 1], "esketamine": [0.2, 1, 0], "children": [0.3, 0.3, -1]}


def word_vectors(words: list[str], kinds: dict[str, list[float]] = KINDS) -> np.ndarray:
    vectors = np.array([kinds[w.lower()] for w in words], dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize(("follow_up", "replaced", "outdated"), [
    ("What about schizophrenia?", {"anxiety"}, set()),
    ("And psilocybin?", {"ketamine"}, set()),
    ("What about esketamine?", set(), {"ketamine"}),  # a word the documents use, of the kind of one said before
    ("What about children?", set(), set()),  # ... of no kind said before: a circumstance, the search finds it
    ("And for esketamine?", set(), set()),  # named after a preposition: a circumstance of the same question
    ("Does it treat schizophrenia?", set(), set()),  # not a continuation: it adds, it does not replace
])
def test_a_continuation_puts_its_word_in_place_of_the_closest_of_its_kind(follow_up: str, replaced: set[str],
                                                                          outdated: set[str]) -> None:
    previous = Turn("Does ketamine help with anxiety?", "", ["ketamine", "help", "anxiety"], [])
    known = {"ketamin", "help", "anxieti", "esketamin", "children"}.__contains__
    assert substituted(follow_up, previous, known, word_vectors) == replaced
    assert superseded(follow_up, previous, known, word_vectors, Tuning().same_kind) == outdated



@pytest.mark.parametrize(("follow_up", "replaced", "outdated"), [
    ("What about schizophrenia?", {"anxiety", "social"}, set()),
    ("What about esketamine?", set(), {"ketamine"}),
])
def test_a_continuation_puts_its_word_in_place_of_the_whole_name(follow_up: str, replaced: set[str],
                                                                  outdated: set[str]) -> None:
    # "Social anxiety" is one name: after "What about schizophrenia?" neither of its words is borrowed any more.
    previous = Turn("Does ketamine help with social anxiety?", "", ["ketamine", "help", "social", "anxiety"], [])
    known = {"ketamin", "help", "social", "anxieti", "esketamin"}.__contains__
    embed = partial(word_vectors, kinds=KINDS | {"social": [0, 0.3, 1]})
    assert substituted(follow_up, previous, known, embed) == replaced
    assert superseded(follow_up, previous, known, embed, Tuning().same_kind) == outdated

@pytest.mark.parametrize(("follow_up", "previous", "context", "added"), [
    ("Is it approved in Australia?", "Is ketamine approved by the FDA?", [], "Is it in Australia"),
    ("How long is each session?", "Why do patients need repeated sessions?", [], "How long is each"),
    ("Is it safe for children?", "What are the risks?", ["esketamine", "safe"], "Is it for children"),
    ("What is it approved for?", "Is esketamine approved?", [], "What is it approved for?"),  # only repeats
])
def test_a_follow_up_adds_the_words_the_turn_before_did_not_say(follow_up: str, previous: str, context: list[str],
                                                                added: str) -> None:
    assert added_terms(follow_up, Turn(previous, previous, [], [], context=context)) == added


def test_a_topic_word_is_named_without_its_possessive() -> None:
    topic = topic_words("What is glutamate's role in BDNF’s release?", lambda stem: stem in {"glutam", "bdnf"})
    assert topic == ["glutamate", "BDNF"]
    assert resolved("Does it help?", topic[:1]) == "Does glutamate help?"


def test_a_light_verb_is_no_topic_to_carry() -> None:
    # "come" says nothing of what "Where did the band come from?" is about, so a follow-up should not borrow it.
    assert topic_words("Where did the band come from?", lambda stem: True) == ["band"]
    assert topic_words("How is ketamine given?", lambda stem: True) == ["ketamine"]


@pytest.mark.parametrize(("before", "topic", "understood"), [
    ("Who discovered it?", ["discovered"], "What was it first used for? (context: discovered)"),
    ("What is this article about?", ["Normans"], "What was Normans first used for?"),  # the subject it opened with
    ("What is esketamine?", ["esketamine"], "What was esketamine first used for?"),
])
def test_a_pronoun_is_not_read_as_a_word_of_a_question_that_pointed_back_itself(before: str, topic: list[str],
                                                                                 understood: str) -> None:
    vector = np.ones(4, dtype=np.float32)
    previous = Turn(before, before, topic, [], vector)
    reading = read_follow_up("What was it first used for?", vector, [], previous, "strong", Tuning())
    assert reading.understood == understood


def test_a_pronoun_left_unnamed_stays_unnamed_down_the_conversation() -> None:
    vector = np.ones(4, dtype=np.float32)
    # "How much did it cost?" after "Where was it filmed?" borrowed "filmed" but "it" was never the filming.
    unnamed = Turn("How much did it cost?", "How much did it cost? (context: filmed)", [], [], vector,
                   context=["filmed"], unnamed=True)
    reading = read_follow_up("How much did it make?", vector, ["make"], unnamed, "strong", Tuning())
    assert reading.understood == "How much did it make? (context: filmed)" and reading.unnamed
    named = Turn("Is it safe?", "Is esketamine safe?", [], [], vector, context=["esketamine"])
    reading = read_follow_up("When was it approved?", vector, ["approved"], named, "strong", Tuning())
    assert reading.understood == "When was esketamine approved?" and not reading.unnamed


def turn(n: int) -> Turn:
    return Turn(f"q{n}", f"q{n}", [], [], np.full(4, n, dtype=np.float32))


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_memory_store_drops_least_recently_used() -> None:
    store = MemoryStore(max_conversations=2, ttl=100, max_turns=5, clock=FakeClock())
    store.append("a", turn(1))
    store.append("b", turn(2))
    assert store.get("a") is not None  # "a" is now the most recently used
    store.append("c", turn(3))
    assert store.get("b") is None and store.get("a") is not None and store.get("c") is not None
    assert len(store) == 2


def test_memory_store_expires_idle_conversations() -> None:
    clock = FakeClock()
    store = MemoryStore(max_conversations=10, ttl=60, max_turns=5, clock=clock)
    store.append("a", turn(1))
    clock.now = 59
    assert store.get("a") is not None  # reading refreshes it
    clock.now = 118
    assert store.get("a") is not None
    clock.now = 179
    assert store.get("a") is None
    assert len(store) == 0


def test_memory_store_caps_turns() -> None:
    store = MemoryStore(max_conversations=10, ttl=60, max_turns=3, clock=FakeClock())
    for n in range(7):
        store.append("a", turn(n))
    turns = store.get("a") or []
    assert [t.question for t in turns] == ["q4", "q5", "q6"]
    assert [t.vector is None for t in turns] == [True, True, False]  # only the latest vector is kept
    assert store.delete("a") and not store.delete("a")


def test_follow_up_is_resolved_against_the_conversation(assistant: Assistant) -> None:
    first = assistant.converse("Where was ketamine discovered?")
    second = assistant.converse("What was it first used for?", conversation_id=first.conversation_id)
    assert second.conversation_id == first.conversation_id
    assert second.answer.query != "What was it first used for?"
    assert "veterinary anesthetic" in second.answer.answer


def test_a_follow_up_naming_an_aspect_asks_it_of_the_topic(assistant: Assistant) -> None:
    cid = assistant.converse("Can ketamine treat eating disorders?").conversation_id
    reply = assistant.converse("What were the results?", conversation_id=cid)
    # Not the closing section's "existing results from being generalisable": the eating disorders' results.
    assert reply.answer.found and "anorexia nervosa" in reply.answer.sentences[0]


def test_a_follow_up_asking_why_it_matters_is_not_judged_on_those_words(assistant: Assistant) -> None:
    cid = assistant.converse("How quickly does ketamine reduce suicidal ideation?").conversation_id
    reply = assistant.converse("Why is that important?", conversation_id=cid)
    # "important" is no word of the document, and asks for no fact it lacks.
    assert reply.answer.found and "delayed onset" in reply.answer.answer


def test_a_follow_up_that_swaps_a_word_leaves_the_previous_answer(assistant: Assistant) -> None:
    cid = assistant.converse("Does ketamine help with eating disorders?").conversation_id
    reply = assistant.converse("And anxiety disorders?", conversation_id=cid)
    assert reply.answer.query == "And anxiety disorders? (context: ketamine)"  # "help" names nothing asked
    assert "anxiety disorders" in reply.answer.sentences[0]


def test_a_follow_up_picks_its_sentences_with_the_word_its_pronoun_stands_for(assistant: Assistant) -> None:
    cid = assistant.converse("What is esketamine?").conversation_id
    reply = assistant.converse("When was it approved?", conversation_id=cid)
    assert reply.answer.query == "When was esketamine approved?"
    # "ketamine is approved by the FDA as an anesthetic agent" matches "approved" as well, but not esketamine.
    assert "2019" in reply.answer.sentences[0] and "esketamine" in reply.answer.sentences[0]


def test_a_replaced_pronoun_leaves_the_found_decision_on_the_follow_ups_own_words(assistant: Assistant) -> None:
    outcome = assistant.respond("Does it help with insomnia?", assistant.respond("What is esketamine?").turn)
    assert outcome.answer.query == "Does esketamine help with insomnia?"
    rows, searcher = [s.row for s in outcome.hits[0].sentences], assistant.loaded.searcher
    # As the found model was fitted: the word the pronoun stands for ("esketamine") does not count.
    own, replaced = (float(searcher.held(text, rows).max()) for text in ("Does it help with insomnia?",
                                                                        outcome.answer.query))
    assert outcome.evidence.lexical == own < replaced
    assert not outcome.answer.found


def test_a_follow_up_asking_which_ranks_first_needs_a_sentence_that_ranks(assistant: Assistant) -> None:
    turn = assistant.respond("What are the potential risks of ketamine?").turn
    # The risks sentence lists three and ranks none; without the rule the follow-up is found (p 0.57).
    assert not assistant.respond("Which of them is the most dangerous?", turn).answer.found
    turn = assistant.respond("Does ketamine help with eating disorders?").turn
    assert "anorexia" in assistant.respond("Which one does it help most?", turn).answer.sentences[0]


def test_a_follow_up_asking_which_year_or_when_needs_a_sentence_that_gives_one(assistant: Assistant) -> None:
    turn = assistant.respond("Who filed a patent for ketamine?").turn
    # "Soon after, Parke-Davis filed a patent ..." holds every word and no year; without the rule it is found (p 0.83).
    assert not assistant.respond("What year was the patent filed?", turn).answer.found
    turn = assistant.respond("Which nasal spray did the FDA approve?").turn
    assert "2019" in assistant.respond("Which year was that?", turn).answer.answer
    # "When" of something past: the battlefield sentence says nothing of when (found without the rule, p 0.85).
    turn = assistant.respond("Which company filed a patent for ketamine?").turn
    assert not assistant.respond("When did soldiers start using it?", turn).answer.found
    turn = assistant.respond("Who discovered ketamine?").turn
    assert "1962" in assistant.respond("When did that happen?", turn).answer.answer


def test_a_yes_no_follow_up_the_documents_cannot_say_is_not_found(assistant: Assistant) -> None:
    turn = assistant.respond("How does ketamine act in the brain?").turn
    # "serotonin" is no word of the document and no sentence holds "affect"; the signals alone found it (p 0.55).
    assert not assistant.respond("Does it affect serotonin?", turn).answer.found
    # Every word known, or one of them in the best passage ("ketamine"): the signals decide.
    turn = assistant.respond("Does ketamine help with OCD?").turn
    assert "cognitive behavioral therapy" in assistant.respond("Does it work better with therapy?", turn).answer.answer
    turn = assistant.respond("Does ketamine help with alcohol addiction?").turn
    assert "not been studied" in assistant.respond("Could someone get hooked on ketamine?", turn).answer.answer
    # "As well", "too": it asks of something more, which the documents must name, whatever the passage holds ("given").
    turn = assistant.respond("When did ketamine reach the battlefield?").turn
    assert not assistant.respond("Was it given to civilians as well?", turn).answer.found
    turn = assistant.respond("Where do ketamine-assisted psychotherapy sessions take place?").turn
    assert not assistant.respond("Are they offered in hospitals too?", turn).answer.found


def test_topic_switch_is_answered_as_if_alone(assistant: Assistant) -> None:
    alone = assistant.converse("How many people worldwide have depression?")
    cid = assistant.converse("What is esketamine?").conversation_id
    inside = assistant.converse("How many people worldwide have depression?", conversation_id=cid)
    assert inside.answer == alone.answer


def test_history_form_equals_a_stored_conversation(assistant: Assistant) -> None:
    cid = assistant.converse("Is ketamine approved by the FDA?").conversation_id
    stored = assistant.converse("And for depression?", conversation_id=cid)
    stateless = assistant.converse("And for depression?", history=["Is ketamine approved by the FDA?"])
    assert stateless.answer == stored.answer
    assert stateless.conversation_id != cid


def test_a_question_opened_by_its_topic_returns_to_it(assistant: Assistant) -> None:
    cid = None
    for question in ["What are the side effects of ketamine?", "What is ketamine used for in psychiatry?"]:
        cid = assistant.converse(question, conversation_id=cid).conversation_id
    answer = assistant.converse("Going back to the side effects, how long do they last?", conversation_id=cid).answer
    assert answer.query == "How long do the side effects last?" and answer.continues is None
    assert answer == assistant.ask("How long do the side effects last?")


def test_a_doubt_is_answered_as_the_question_was(assistant: Assistant) -> None:
    reply = assistant.converse("When was esketamine approved?")
    doubt = assistant.converse("Are you sure?", conversation_id=reply.conversation_id).answer
    assert doubt.found and doubt.sentences[0] == reply.answer.sentences[0]
    cid = assistant.converse("Who invented the telephone?").conversation_id
    assert not assistant.converse("Are you sure?", conversation_id=cid).answer.found


def test_small_talk_is_answered_in_kind_and_the_conversation_goes_on(assistant: Assistant) -> None:
    reply = assistant.converse("What is esketamine?")
    thanks = assistant.converse("Thanks!", conversation_id=reply.conversation_id)
    assert thanks.conversation_id == reply.conversation_id
    assert not thanks.answer.found and thanks.answer.citations == [] and "welcome" in thanks.answer.answer
    follow_up = assistant.converse("When was it approved?", conversation_id=reply.conversation_id).answer
    assert follow_up.query == "When was esketamine approved?" and "2019" in follow_up.answer
    hello = assistant.converse("hi")
    assert not hello.answer.found and hello.answer.citations == [] and hello.conversation_id


@pytest.mark.parametrize("again", ["Can you repeat that?", "Sorry, could you say it again?", "Pardon?", "Come again?"])
def test_a_request_to_repeat_gets_the_same_answer_and_the_conversation_goes_on(assistant: Assistant, again: str) -> None:
    reply = assistant.converse("What are the side effects of ketamine?")
    repeated = assistant.converse(again, conversation_id=reply.conversation_id).answer
    # Not "repeated administration": the words of the request are not searched.
    assert repeated.found and repeated.sentences == reply.answer.sentences
    assert [c.highlights for c in repeated.citations] == [c.highlights for c in reply.answer.citations if c.cited]
    assert repeated.query == reply.answer.query
    follow_up = assistant.converse("How common are they?", conversation_id=reply.conversation_id).answer
    assert follow_up.continues == "What are the side effects of ketamine?"


def test_a_request_to_repeat_repeats_a_not_found_answer_and_asks_for_a_question_first(assistant: Assistant) -> None:
    cid = assistant.converse("Who invented the telephone?").conversation_id
    assert not assistant.converse("Say that again", conversation_id=cid).answer.found
    first = assistant.converse("Can you repeat that?").answer
    assert not first.found and first.citations == [] and "not answered anything yet" in first.answer


@pytest.mark.parametrize("then", ["What happened next?", "And then?", "Then what?"])
def test_asked_what_happened_next_it_quotes_what_follows_in_the_document(assistant: Assistant, then: str) -> None:
    reply = assistant.converse("When was ketamine discovered?")
    assert "1962" in reply.answer.answer
    following = assistant.converse(then, conversation_id=reply.conversation_id).answer
    assert following.found and following.continues == "When was ketamine discovered?"
    assert "1964" in following.sentences[0] and not set(following.sentences) & set(reply.answer.sentences)
    # Asked again, it goes on from there; a follow-up still reads the conversation's topic.
    further = assistant.converse("What happened next?", conversation_id=reply.conversation_id).answer
    assert "buddy drug" in further.answer and not set(further.sentences) & set(following.sentences)
    assert "1962" in assistant.converse("When?", conversation_id=reply.conversation_id).answer.answer


def test_asked_what_happened_next_first_or_after_nothing_was_found_it_says_so(assistant: Assistant) -> None:
    first = assistant.converse("What happened next?").answer
    assert not first.found and first.citations == [] and "not answered anything yet" in first.answer
    cid = assistant.converse("Who invented the telephone?").conversation_id
    assert not assistant.converse("And then?", conversation_id=cid).answer.found


def test_a_message_naming_its_topic_first_leaves_the_conversation_topic(assistant: Assistant) -> None:
    cid = assistant.converse("What is REMS?").conversation_id
    answer = assistant.converse("No, I mean ketamine. When was it first given to a human?", conversation_id=cid).answer
    assert answer.query == "When was ketamine first given to a human?" and "1964" in answer.answer


def test_unknown_id_starts_a_new_conversation(assistant: Assistant) -> None:
    answer = assistant.converse("What was it first used for?", conversation_id="no-such-conversation")
    assert answer.conversation_id != "no-such-conversation"
    assert answer.answer.query == "What was it first used for?"


def test_follow_up_to_an_unrelated_question_is_not_found(assistant: Assistant) -> None:
    cid = assistant.converse("What is esketamine?").conversation_id
    assert assistant.converse("What about pancakes?", conversation_id=cid).answer.found is False


@pytest.mark.parametrize("first, follow_up, fact", [
    ("Who discovered ketamine?", "When?", "1962"), ("Who discovered ketamine?", "In which year?", "1962"),
    ("Which company discovered ketamine?", "By whom?", "Stevens"), ("When was esketamine approved?", "For what?", "depression"),
    ("Does ketamine propagate signaling pathways?", "Which ones?", "mTOR"),
    ("How many people have depression?", "According to whom?", "World Health Organization"),
    ("Is ketamine approved in the US?", "Source?", "approved by the FDA"),
    ("When was esketamine approved?", "In which year exactly?", "2019"),
])
def test_a_follow_up_naming_nothing_asks_the_previous_question_again(assistant: Assistant, first: str, follow_up: str,
                                                                     fact: str) -> None:
    cid = assistant.converse(first).conversation_id
    answer = assistant.converse(follow_up, conversation_id=cid).answer
    assert answer.found and fact in answer.answer


def test_a_follow_up_leans_on_what_the_answer_before_it_said(assistant: Assistant) -> None:
    """"In what year?" asks of the discovery just quoted, not of the traumatic memories asked about two turns before."""
    cid = None
    for question in ["How does ketamine affect traumatic memories?", "What is its half-life?", "Who discovered it?"]:
        cid = assistant.converse(question, conversation_id=cid).conversation_id
    answer = assistant.converse("In what year?", conversation_id=cid).answer
    assert answer.found and "1962" in answer.answer


def test_where_it_can_be_dispensed_is_where_it_can_be_distributed(assistant: Assistant) -> None:
    cid = assistant.converse("What are the risks of esketamine?").conversation_id
    answer = assistant.converse("Where can it be dispensed?", conversation_id=cid).answer
    assert answer.found and "certified clinical settings" in answer.answer


def test_then_meaning_in_that_case_does_not_tie_a_question_to_the_turn_before(assistant: Assistant) -> None:
    """"Why are sessions repeated then?" after how long the effect lasts names its own subject: found alone, in the
    sessions passage, not among the effects the turn before quoted."""
    cid = assistant.converse("How long does the effect of ketamine last?").conversation_id
    answer = assistant.converse("Why are sessions repeated then?", conversation_id=cid).answer
    assert answer.found and "time-to-relapse" in answer.answer


def test_follow_ups_naming_nothing_chain_back_to_the_question_that_named_something(assistant: Assistant) -> None:
    cid = None
    for question in ["Which company discovered ketamine?", "By whom?", "In which year?"]:
        reply = assistant.converse(question, conversation_id=cid)
        cid = reply.conversation_id
    assert reply.answer.found and "1962" in reply.answer.answer


@pytest.mark.parametrize("more", ["Tell me more", "What else?", "Can you go on?"])
def test_asked_for_more_it_goes_on_without_saying_anything_again(assistant: Assistant, more: str) -> None:
    reply = assistant.converse("Who discovered ketamine?")
    said = set(reply.answer.sentences)
    for _ in range(3):
        answer = assistant.converse(more, conversation_id=reply.conversation_id).answer
        assert answer.found and answer.continues and answer.sentences and not set(answer.sentences) & said
        said |= set(answer.sentences)
    # After a question the document cannot answer there is nothing more to say either.
    cid = assistant.converse("Who invented the telephone?").conversation_id
    assert not assistant.converse(more, conversation_id=cid).answer.found


@pytest.mark.parametrize("first", ["What is the capital of France?", "Who invented the telephone?"])
def test_a_follow_up_naming_nothing_is_not_found_after_a_question_the_document_cannot_answer(
        assistant: Assistant, first: str) -> None:
    cid = assistant.converse(first).conversation_id
    assert assistant.converse("When?", conversation_id=cid).answer.found is False


@pytest.mark.parametrize("first, follow_up", [
    ("When was esketamine approved?", "Is it covered by insurance?"),
    ("How long does a therapy session last?", "How much does it cost?"),
    ("Who first made ketamine?", "Where did he go to school?"),
    # The word it repeats matched when it was first asked; what it adds, the document never names.
    ("Is ketamine approved by the FDA?", "Is it approved in Australia?"),
    ("Is ketamine approved by the FDA?", "When was it approved in the UK?"),
    # Asked of schizophrenia instead of anxiety: what answered anxiety does not answer it.
    ("Does ketamine help with anxiety?", "What about schizophrenia?"),
])
def test_a_follow_up_the_document_cannot_answer_is_not_found(assistant: Assistant, first: str, follow_up: str) -> None:
    cid = assistant.converse(first).conversation_id
    inside = assistant.converse(follow_up, conversation_id=cid)
    assert inside.answer.found is False
    assert inside.answer.citations and all(not c.highlights for c in inside.answer.citations)


def test_a_follow_up_is_judged_with_the_words_it_borrows(assistant: Assistant) -> None:
    # "usually" is not in the document and the question's own vector is far from the answer; read as one
    # text with "eating disorders" from the turn before, it is close to the sentence that answers it.
    cid = assistant.converse("Does ketamine help with eating disorders?").conversation_id
    inside = assistant.respond("How are they usually treated?", assistant.store.get(cid)[-1])
    assert inside.evidence.context > inside.evidence.dense + 0.3
    assert inside.answer.found and "psychotropic medications" in inside.answer.answer


def test_a_follow_up_encodes_its_text_in_context_only_when_the_decision_depends_on_it(assistant: Assistant) -> None:
    fresh = Assistant(assistant.settings, assistant.embedder)  # an empty encode cache
    batches: list[list[str]] = []
    encode = fresh.encoder._encode
    fresh.encoder._encode = lambda texts: batches.append(list(texts)) or encode(texts)  # type: ignore[method-assign]
    settled = fresh.respond("What was it first used for?", fresh.respond("Where was ketamine discovered?").turn)
    close = fresh.respond("How are they usually treated?",
                          fresh.respond("Does ketamine help with eating disorders?").turn)
    assert settled.evidence.context is None and close.evidence.context is not None
    assert batches == [["Where was ketamine discovered?"], ["What was it first used for?"],
                       ["Does ketamine help with eating disorders?"], ["How are they usually treated?"],
                       ["How are they usually treated? ketamine eating disorders"]]


@pytest.mark.parametrize("first, follow_up", [
    ("Where was ketamine discovered?", "What was it first used for?"),
    ("Does ketamine help with eating disorders?", "How are they usually treated?"),
    ("When was esketamine approved?", "Is it covered by insurance?"),
    ("Where was ketamine discovered?", "What was the weather like there?"),
    ("Who discovered ketamine?", "In which year?"),
])
def test_a_follow_up_is_answered_as_with_every_signal_measured(assistant: Assistant, first: str,
                                                               follow_up: str) -> None:
    full = Assistant(assistant.settings, assistant.embedder, full_evidence=True)
    lazy, measured = (a.respond(follow_up, a.respond(first).turn) for a in (assistant, full))
    assert lazy.answer == measured.answer and measured.evidence.context is not None
    assert lazy.evidence.context in (None, measured.evidence.context)


def test_a_question_that_stands_on_its_own_drops_the_context(assistant: Assistant) -> None:
    alone = assistant.converse("Which drug is paired with psychotherapy for smoking cessation?")
    cid = None
    for question in ["When was esketamine approved?", "Is it covered by insurance?", "And for depression?",
                     "What regulation applies to it?", "How long does a session last?", "Why are they repeated?"]:
        cid = assistant.converse(question, conversation_id=cid).conversation_id
    inside = assistant.converse("Which drug is paired with psychotherapy for smoking cessation?", conversation_id=cid)
    assert inside.answer == alone.answer and inside.answer.continues is None


def test_context_fades_to_the_turns_just_before(assistant: Assistant) -> None:
    cid = assistant.converse("Where was ketamine discovered?").conversation_id
    assistant.converse("What was it first used for?", conversation_id=cid)
    reply = assistant.converse("Which drug is paired with psychotherapy for smoking cessation?", conversation_id=cid)
    last = assistant.converse("How well does it work?", conversation_id=cid)
    assert reply.answer.continues is None  # it stands on its own: the context is dropped
    assert last.answer.continues == "Which drug is paired with psychotherapy for smoking cessation?"
    assert "discovered" not in last.answer.query and "used" not in last.answer.query


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (.ci/run installs it)")
    port = free_port()
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no"], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)


def test_redis_store_keeps_turns_and_caps_them(redis_url: str) -> None:
    store = RedisStore(redis_url, ttl=60, max_turns=2)
    for n in range(3):
        store.append("c1", turn(n))
    turns = store.get("c1") or []
    assert [t.question for t in turns] == ["q1", "q2"]
    np.testing.assert_array_equal(turns[-1].vector, np.full(4, 2, dtype=np.float32))
    assert turns[0].vector is None  # trimmed as in memory: only the latest vector is kept
    assert store.get("missing") is None
    assert store.delete("c1") and store.get("c1") is None


def test_redis_store_expires(redis_url: str) -> None:
    store = RedisStore(redis_url, ttl=1, max_turns=2)
    store.append("c2", turn(1))
    time.sleep(2.1)
    assert store.get("c2") is None


def test_two_assistants_share_conversations_through_redis(assistant: Assistant, redis_url: str) -> None:
    one = Assistant(assistant.settings, assistant.embedder, store=RedisStore(redis_url, 60, 10))
    two = Assistant(assistant.settings, assistant.embedder, store=RedisStore(redis_url, 60, 10))
    cid = one.converse("Where was ketamine discovered?").conversation_id
    answer = two.converse("What was it first used for?", conversation_id=cid)
    assert answer.conversation_id == cid and "veterinary anesthetic" in answer.answer.answer


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@pytest.mark.slow
def test_three_turn_conversation_over_a_real_server(server: str) -> None:
    first = post(f"{server}/api/ask", {"question": "Is ketamine approved by the FDA?"})
    second = post(f"{server}/api/ask", {"question": "And for depression?", "conversation_id": first["conversation_id"]})
    third = post(f"{server}/api/ask", {"question": "What regulation applies to it?",
                                       "conversation_id": first["conversation_id"]})
    assert first["conversation_id"] == second["conversation_id"] == third["conversation_id"]
    assert "anesthetic" in first["answer"]
    assert "esketamine" in second["answer"].lower()
    assert "Risk Evaluation and Mitigation Strategy" in third["answer"]
    request = urllib.request.Request(f"{server}/api/conversations/{first['conversation_id']}", method="DELETE")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 204


@pytest.mark.slow
def test_docqa_chat_in_a_terminal(bundled_index) -> None:  # type: ignore[no-untyped-def]
    from bench.support import DOCQA

    # A message over the limit is refused as `docqa ask` and the API refuse it, and the conversation goes on.
    too_long = "Why? " * 401
    result = subprocess.run([DOCQA, "chat", "--index-dir", str(bundled_index)], text=True, capture_output=True,
                            input=f"Where was ketamine discovered?\n{too_long}\nWhat was it first used for?\n\n",
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Parke-Davis" in result.stdout
    assert "the question is longer than 2000 characters" in result.stdout
    assert "veterinary anesthetic" in result.stdout
    assert "(continuing: Where was ketamine discovered?)" in result.stdout
