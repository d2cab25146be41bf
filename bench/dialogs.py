"""Conversations: seed-dev dialogs, our own on the bundled document, on the development SQuAD articles and on training
ones, topic switches (today's scorer beside the reader), what other follow-up cut-offs would trade, follow-up latency
and memory under a flood."""

from __future__ import annotations

import gc
import statistics
import sys
import time
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import article_assistant, assistant_for, holds_gold, seed_dev, table, with_reader  # noqa: E402
from bench._sets import (Dialog, Pair, article_conversations, article_sets, bundled_dialogs,  # noqa: E402
                         bundled_sets, bundled_unanswerable, conversations, ten_turn_sets)
from index import Embedder  # noqa: E402
from qa import Assistant, MemoryStore, RedisStore  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402

FLOOD = 4000
# Follow-up cut-offs of the found decision to compare with the fitted one (`data/trained/found.json`); the stricter
# ones show what the answerable follow-ups would pay for refusing more of those the document cannot answer.
CUT_OFFS = (0.05, 0.1, 0.15, 0.2, 0.4, 0.6, 0.8)

# (question, follow-up naming nothing but the kind of answer, gold): it asks the question again, aimed anew;
# gold None: the question is not answered by the document, so the follow-up must come back found: false.
NAMELESS_FOLLOW_UPS = [
    ("Who discovered ketamine?", "In which year?", ["1962"]),
    ("Who discovered ketamine?", "When?", ["1962"]),
    ("Which company discovered ketamine?", "By whom?", ["Stevens"]),
    ("When was esketamine approved?", "For what?", ["depression"]),
    ("When was esketamine approved?", "In what form?", ["nasal spray"]),
    ("Which agency approved ketamine as an anesthetic?", "In which country?", ["United States"]),
    ("How many people worldwide have depression?", "What percentage is that?", ["3.8%"]),
    ("What is the capital of France?", "When?", None),
    ("Who invented the telephone?", "In which year?", None),
    ("What is the boiling point of water?", "Why?", None),
]

# (question, a follow-up asking for more precision or for what was observed, gold), written 2026-12-02 (second session)
# after "In which year exactly?" came back `found: false` in a probe: "exactly" and "seen" are words the bundled
# document never uses, and neither marks something it lacks.
PRECISE_FOLLOW_UPS = [
    ("When was esketamine approved?", "In which year exactly?", ["2019"]),
    ("When was ketamine first given to a human?", "What year precisely?", ["1964"]),
    ("How many people have depression worldwide?", "What percentage exactly?", ["3.8%"]),
    ("How long do ketamine sessions last?", "Roughly how many hours?", ["three hours"]),
    ("How fast does ketamine act in bipolar depression?", "How many minutes exactly?", ["40 minutes"]),
    ("What did the World Health Organization report about depression?", "In what year?", ["2023"]),
    ("Does ketamine help with anxiety?", "Which modes of administration were reported?",
     ["intravenous, intramuscular, and oral"]),
    ("How does ketamine affect substance use disorder?", "Which drugs were observed to be affected?",
     ["alcohol, cocaine, and opioids"]),
    ("Does ketamine help bipolar depression?", "What side effects were seen?", ["dissociative and/or manic"]),
    ("Does ketamine help with anxiety?", "Were the effects seen quickly?", ["rapidly"]),
]

# (question, a follow-up doubting the answer, gold): it is answered from the document as the question was; gold
# None: the document does not answer the question, so neither is the doubt. Written 2026-12-02 before such
# follow-ups were read as asking the question again.
DOUBTS = [
    ("When was esketamine approved?", "Are you sure?", ["2019"]),
    ("Who discovered ketamine?", "Really?", ["Stevens"]),
    ("What are the side effects of ketamine?", "Is that true?", ["dissociation"]),
    ("How long does a therapy session last?", "What do you mean?", ["three hours"]),
    ("Which receptor does ketamine block?", "Is that right?", ["NMDA"]),
    ("What share of ketamine clinics offer psychotherapy?", "Are you certain?", ["20%"]),
    ("Who invented the telephone?", "Are you sure?", None),
    ("What is the capital of France?", "Really?", None),
]

# (question, follow-up asking where the answer comes from, gold): answered again, with its citations, or `found:
# false` again after a question the documents cannot answer. Written 2026-12-02 (stop 50) before such follow-ups were
# read.
SOURCE_ASKS = [
    ("How many people have depression?", "According to whom?", ["World Health Organization"]),
    ("How many people have depression?", "Says who?", ["World Health Organization"]),
    ("Is ketamine approved in the US?", "What is the source?", ["approved by the FDA"]),
    ("What are the side effects of ketamine?", "Source?", ["dissociation"]),
    ("How many ketamine clinics are there in the US?", "According to what?", ["2,500"]),
    ("Who discovered ketamine?", "Where does that come from?", ["Stevens"]),
    ("Who invented the telephone?", "According to whom?", None),
    ("What is the capital of France?", "Source?", None),
]

# (question, request to say it again): answered with the same sentences as the turn before, or `found: false` again
# after a question the documents cannot answer. Written 2026-12-02 (stop 49) before such requests were read.
REPEATS = [
    ("When was esketamine approved?", "Can you repeat that?"),
    ("Who discovered ketamine?", "Say that again"),
    ("What are the side effects of ketamine?", "Could you repeat that, please?"),
    ("How long does a therapy session last?", "Come again?"),
    ("Which receptor does ketamine block?", "Pardon?"),
    ("What share of ketamine clinics offer psychotherapy?", "Repeat that please"),
    ("Why are sessions repeated?", "Sorry, can you say it again?"),
    ("Who invented the telephone?", "Can you repeat that?"),
    ("What is the capital of France?", "Say it again"),
]

# (questions, gold): the second names another thing of the first's kind ("What about esketamine?" after a question on
# ketamine) and the third's "it" means that thing; the last answer holds the gold. The seed dialog's "And for
# depression?" names a circumstance, not a new subject: its "it" stays the drug. Written 2026-12-02 (stop 50) before
# any change for them.
SUBJECT_SWITCHES = [
    (["What are the side effects of ketamine?", "What about esketamine?", "When was it approved?"], ["2019"]),
    (["Is ketamine approved by the FDA?", "What about esketamine?", "What is it used for?"],
     ["nasal spray", "ketamine-derived therapy"]),
    (["Who discovered ketamine?", "What about esketamine?", "Who approved it?"],
     ["Food and Drug Administration (FDA) first approved", "esketamine (Spravato) has been approved"]),
    (["What is ketamine?", "What about esketamine?", "Where can it be given?"], ["certified clinical settings"]),
    (["When was ketamine first given to a human?", "What about esketamine?", "What brand name does it have?"],
     ["Spravato"]),
    (["Does ketamine help with depression?", "What about anxiety?", "How was it given?"],
     ["intravenous, intramuscular, and oral"]),
    (["Does ketamine help with eating disorders?", "What about OCD?", "Is it effective long-term?"], ["short-term"]),
    (["Is ketamine safe?", "What about children?", "Which list includes it?"], ["Model List of Essential Medicines"]),
    (["Is ketamine approved by the FDA?", "And for depression?", "What regulation applies to it?"],
     ["Risk Evaluation and Mitigation Strategy", "REMS"]),
]

# (questions, gold): the last asks what the document says next ("What happened next?"); it is answered with the
# sentence just after the turn before's, which holds the gold. Written 2026-12-02 (stop 50) before such requests were
# read.
TOLD_NEXT = [
    (["When was ketamine discovered?", "What happened next?"], ["veterinary anesthetic"]),
    (["When was ketamine discovered?", "What happened next?", "And then?"], ["buddy drug"]),
    (["Who filed a patent for ketamine?", "What happened after that?"], ["hallucinogenic properties"]),
    (["Why did soldiers call ketamine the buddy drug?", "What came next?"], ["hallucinogenic properties"]),
    (["What did the STAR*D trial find?", "What happened then?"], ["more rapid treatment option"]),
    (["How long does a therapy session last?", "What happens next?"], ["time-to-relapse"]),
    (["What is the mechanism of action of ketamine?", "And then?"], ["glutamate modulation"]),
    (["When was esketamine first approved?", "Then what?"], ["World Health Organisation"]),
]

# (question, follow-up asked in the first person, gold), as a patient asks. Written 2026-12-03 (stop 58) after three
# such follow-ups were refused in the fifth ten-turn set (`sets/bundled/ten-turn-5.json`), and run once before any
# change for them.
FIRST_PERSON_FOLLOW_UPS = [
    ("What is esketamine?", "Can I get it at a pharmacy?", ["certified clinical settings"]),
    ("Does ketamine help with depression?", "How fast would I feel better?", ["2–24 hours", "rapid onset",
                                                                            "two hours", "40 minutes"]),
    ("How long does a session last?", "Would I be able to talk during it?", ["active therapist-patient communication"]),
    ("What are the side effects of ketamine?", "Can I take it at home instead?", ["used from home"]),
    ("Does ketamine help with anxiety?", "How would I be given it?", ["intravenous, intramuscular, and oral"]),
    ("Is esketamine approved by the FDA?", "Would I be watched after I take it?", ["patient monitoring"]),
    ("Can ketamine treat substance use disorder?", "Could I get addicted to it?", ["addictive effects"]),
    ("Does ketamine help with bipolar disorder?", "How soon would my mood improve?", ["40 minutes"]),
]

# (question, follow-up naming only an aspect of it, gold): the aspect is asked of the question's topic, although
# the documents use its word elsewhere ("results" in the closing section). Written 2026-12-02 (late) before such
# follow-ups were read in their topic's words.
ASPECT_FOLLOW_UPS = [
    ("Can ketamine treat eating disorders?", "What were the results?", ["anorexia nervosa", "appear positive"]),
    ("Does ketamine help with OCD?", "And the results?", ["short-term", "significant efficacy"]),
    ("Does ketamine help people with addiction?", "What were the results?", ["cravings", "cannabis use"]),
    ("Does ketamine help people with addiction?", "What was the outcome?", ["cravings", "cannabis use"]),
    ("Is ketamine used for depression?", "What were the results?", ["anti-depressive effects", "moderate-to-large"]),
    ("Is ketamine used for depression?", "What did the research show?", ["anti-depressive effects",
                                                                         "moderate-to-large"]),
    ("Does ketamine reduce anxiety?", "What were the results?", ["improved symptoms of anxiety",
                                                                 "lower anxiety rapidly"]),
    ("Can ketamine help with bipolar disorder?", "What were the results?", ["mood-stabilizing", "40 minutes",
                                                                            "beneficial effect"]),
    ("Does ketamine help with suicidal thoughts?", "How well does it work?", ["moderate-to-large", "two hours",
                                                                             "40 minutes"]),
    ("Can ketamine treat eating disorders?", "Was it effective?", ["effective treatment for eating disorders",
                                                                   "appear positive"]),
    ("Does ketamine reduce anxiety?", "Any evidence for that?", ["improved symptoms of anxiety",
                                                                 "lower anxiety rapidly"]),
    ("Does ketamine help with OCD?", "What are the benefits?", ["short-term", "significant efficacy"]),
]

# Messages that ask nothing, each said between a question and its follow-up (with the follow-up's gold): the
# message is answered in kind, citing nothing, and the follow-up still reads the question before it. Written
# 2026-12-02 before such messages were told apart.
SMALL_TALK = [
    ("What is esketamine?", "Thanks!", "When was it approved?", ["2019"]),
    ("Who discovered ketamine?", "ok", "When?", ["1962"]),
    ("What are the side effects of ketamine?", "Cool, thank you very much", "Are they common?", ["dissociation"]),
    ("How long does a therapy session last?", "Great", "Why are they repeated?", ["relapse", "repeated"]),
]
GREETINGS = ["hi", "Hello!", "Good morning", "hey there", "bye", "Thanks a lot!"]

# (question, a follow-up the document cannot answer, a follow-up it can, gold of that one): the conversation goes on
# after a refusal. Written 2026-12-03 (stop 58) after "Is there a version I can take at home?" was read with the words
# of a refused turn in the fifth ten-turn set, and run once before any change for them.
AFTER_REFUSALS = [
    ("When was esketamine approved?", "Is it covered by insurance?", "How is it given?", ["nasal spray", "intranasal"]),
    ("What are the side effects of ketamine?", "Does it cause hair loss?", "Is there a lower-risk form?", ["low-risk"]),
    ("Who discovered ketamine?", "Where did he go to university?", "When was that?", ["1962"]),
    ("Does ketamine help with anxiety?", "Does it help with schizophrenia?", "Which routes were used for anxiety?",
     ["intravenous, intramuscular, and oral"]),
    ("How long does a session last?", "How much does a session cost?", "What happens at the end of it?",
     ["supervised recovery"]),
    ("Is ketamine approved by the FDA?", "Is it approved in Japan?", "Why isn't it approved for psychiatric use?",
     ["safety and efficacy"]),
    ("Can ketamine treat eating disorders?", "Which clinics in Texas offer it?", "Which eating disorder especially?",
     ["anorexia nervosa"]),
    ("How does ketamine work in the brain?", "Does it affect serotonin?", "Which pathways are involved?",
     ["mTOR", "GSK3", "eEF2", "mammalian target of rapamycin"]),
]


def after_refusals(assistant: Assistant, verbose: bool) -> tuple[int, int]:
    """(refusals `found: false`, follow-ups after them right) of AFTER_REFUSALS."""
    refused = right = 0
    for first, unanswerable, follow_up, gold in AFTER_REFUSALS:
        cid = assistant.converse(first).conversation_id
        refused += not assistant.converse(unanswerable, conversation_id=cid).answer.found
        answer = assistant.converse(follow_up, conversation_id=cid).to_dict()
        ok = hit(answer, gold)
        right += ok
        if verbose and not ok:
            print(f"AFTER REFUSAL {follow_up!r} after {first!r}, {unanswerable!r}: {answer['query']!r} "
                  f"{answer['answer'][:160]!r}", file=sys.stderr)
    return refused, right


# (question, a request for more), the request asked twice: each answer must be found and quote no sentence the
# conversation said before. Written 2026-12-01 (late night); before requests for more were read as such, 0 of 16 were.
ASKED_FOR_MORE = [
    ("What is this document about?", "Tell me more"), ("What is esketamine?", "What else?"),
    ("Does ketamine help with depression?", "Go on"), ("What are the side effects of ketamine?", "Anything else?"),
    ("Who discovered ketamine?", "Can you tell me more?"), ("How long does a session last?", "More?"),
    ("Does ketamine help with eating disorders?", "Tell me more about it"),
    ("What is the current therapy for depression?", "Please continue"),
]

# Earlier turns, then a message that says what it is about in a sentence of its own before asking ("My doctor
# suggested esketamine. Is it approved?"), with its gold; asked in the conversation and alone. Written 2026-12-02
# (stop 49) before such messages were read.
STATED_TOPICS = [
    (["What is esketamine?"], "I'm asking about ketamine now. When was it discovered?", ["1962"]),
    (["Does ketamine help with anxiety?"], "My doctor suggested esketamine. Is it approved?", ["2019"]),
    (["How long does a therapy session last?"], "Let's talk about side effects. What are they?", ["dissociation"]),
    (["Who discovered ketamine?"], "I have an eating disorder. Can ketamine help with it?", ["anorexia"]),
    (["What is REMS?"], "No, I mean ketamine. When was it first given to a human?", ["1964"]),
    (["What are the side effects of ketamine?"], "I read about the STAR*D trial. What did it find?",
     ["low response rates"]),
    (["Can ketamine treat OCD?"], "My question is about esketamine. Where can it be given?",
     ["certified clinical settings"]),
    (["When was ketamine discovered?"], "Now about bipolar disorder. How fast do symptoms improve with ketamine?",
     ["40 minutes"]),
]

# Earlier turns, then a question opened by words that name its topic ("Going back to the side effects, how long do
# they last?"), with its gold; asked in the conversation and alone. Written 2026-12-02 before such openings were read.
TOPIC_MARKED = [
    (["What are the side effects of ketamine?", "What is ketamine used for in psychiatry?"],
     "Going back to the side effects, how long do they last?", ["resolve spontaneously", "long-term side effects"]),
    (["When was esketamine approved?", "How long does a therapy session last?"],
     "Back to esketamine: where can it be given?", ["certified clinical settings"]),
    (["Does ketamine help with anxiety?", "Who discovered ketamine?"],
     "Coming back to anxiety, how was ketamine given in those studies?", ["intravenous, intramuscular"]),
    (["What is esketamine?", "How many people have depression worldwide?"],
     "As for esketamine, what are its risks?", ["dissociation, sedation and abuse"]),
    (["Who discovered ketamine?", "What is REMS?"],
     "Regarding the discovery of ketamine, in which year did it happen?", ["1962"]),
    (["Does ketamine help with bipolar depression?", "What is the role of BDNF?"],
     "Speaking of bipolar depression, how quickly did symptoms improve?", ["40 minutes"]),
    (["How long does a therapy session last?", "Is ketamine approved by the FDA?"],
     "About the sessions, what happens during high-dose ones?", ["eye coverings", "inward focus"]),
    (["Does ketamine help with eating disorders?", "What are the side effects of ketamine?"],
     "With regard to eating disorders, which one responds best?", ["anorexia nervosa"]),
    (["What did the STAR*D trial find?", "What is esketamine?"],
     "On the subject of the STAR*D trial, what did it show?", ["low response rates"]),
    (["How many ketamine clinics are in the United States?", "What are the risks of ketamine?"],
     "Returning to the clinics, what share of them offer psychotherapy?", ["20%"]),
]

# (earlier question, unrelated self-contained question): the second must be answered as if alone.
TOPIC_SWITCHES = [
    ("What is esketamine?", "How many people worldwide have depression?"),
    ("Where was ketamine discovered?", "What are the side effects of intravenous ketamine?"),
    ("Does ketamine help with anxiety?", "Who patented ketamine as an anesthetic?"),
    ("How long does a therapy session last?", "What is the role of glutamate in depression?"),
    ("Is ketamine approved by the FDA?", "Can ketamine treat eating disorders?"),
    ("What is ketamine derived from?", "How does ketamine affect alcohol use disorder?"),
    ("Which drug is paired with psychotherapy for smoking cessation?", "What did the STAR*D study find?"),
    ("What is the role of BDNF?", "How is esketamine given to patients?"),
    ("Does ketamine reduce suicidal ideation?", "What music is used during intramuscular sessions?"),
    ("What should future ketamine trials look like?", "When did the FDA first approve ketamine?"),
    ("Can high doses of ketamine be harmful?", "Which conditions can ketamine-assisted psychotherapy treat?"),
    ("How many ketamine clinics are there in the US?", "What is cognitive behaviour therapy used for with ketamine?"),
]


def hit(answer: dict, gold: list[str] | None) -> bool:
    """Whether the answer holds the gold; with none, whether it says the document does not answer."""
    return not answer["found"] if gold is None else answer["found"] and holds_gold(answer["answer"], gold)


def run_dialogs(assistant, dialogs: list[list[dict]], verbose: bool) -> tuple[int, int, int, int]:
    """(first turns hit, first turns, follow-ups hit, follow-ups) over the dialogs."""
    first = follow = follow_n = 0
    for dialog in dialogs:
        cid = None
        for n, turn in enumerate(dialog):
            reply = assistant.converse(turn["q"], conversation_id=cid)
            cid, answer = reply.conversation_id, reply.to_dict()
            ok = hit(answer, turn["gold"])
            if n == 0:
                first += ok
            else:
                follow += ok
                follow_n += 1
            if verbose:
                print(f"{'ok  ' if ok else 'MISS'} {turn['q']!r} -> {answer['query']!r}: {answer['answer'][:160]!r}",
                      file=sys.stderr)
    return first, len(dialogs), follow, follow_n


def long_dialogs(assistant: Assistant, dialogs: list[Dialog],
                 verbose: bool) -> tuple[int, int, int, int]:
    """(answerable turns right, answerable turns, unanswerable turns found: false, unanswerable turns)."""
    right = [0, 0, 0, 0]
    for dialog in dialogs:
        cid = None
        for question, gold in dialog:
            reply = assistant.converse(question, conversation_id=cid)
            cid, answer = reply.conversation_id, reply.to_dict()
            ok = hit(answer, gold)
            at = 2 if gold is None else 0
            right[at] += ok
            right[at + 1] += 1
            if verbose:
                print(f"{'ok  ' if ok else 'MISS'} {question!r} -> {answer['query']!r} found={answer['found']}: "
                      f"{answer['answer'][:160]!r}", file=sys.stderr)
    return right[0], right[1], right[2], right[3]


def unanswerable_follow_ups(assistant, verbose: bool, pairs: list[Pair]) -> int:
    """How many of the (first question, follow-up) `pairs` come back found: false."""
    abstained = 0
    for first, follow_up in pairs:
        cid = assistant.converse(first).conversation_id
        reply = assistant.converse(follow_up, conversation_id=cid)
        abstained += not reply.answer.found
        if verbose and reply.answer.found:
            print(f"FOUND {follow_up!r} after {first!r}: {reply.answer.answer[:160]!r}", file=sys.stderr)
    return abstained


def nameless_follow_ups(assistant, verbose: bool,
                        cases: list[tuple[str, str, list[str] | None]] = NAMELESS_FOLLOW_UPS) -> int:
    """How many of the (question, follow-up, gold) `cases` hold their gold, or come back found: false where there
    is none."""
    right = 0
    for first, follow_up, gold in cases:
        cid = assistant.converse(first).conversation_id
        answer = assistant.converse(follow_up, conversation_id=cid).to_dict()
        ok = hit(answer, gold)
        right += ok
        if verbose and not ok:
            print(f"NAMELESS {follow_up!r} after {first!r}: {answer['answer'][:160]!r}", file=sys.stderr)
    return right


def repeated(assistant: Assistant, verbose: bool) -> int:
    """How many of REPEATS' requests are answered with the sentences of the turn before (`found: false` after one)."""
    right = 0
    for first, again in REPEATS:
        reply = assistant.converse(first)
        answer = assistant.converse(again, conversation_id=reply.conversation_id).answer
        ok = answer.found == reply.answer.found and answer.sentences == reply.answer.sentences
        right += ok
        if verbose and not ok:
            print(f"REPEAT {again!r} after {first!r}: {answer.answer[:160]!r}", file=sys.stderr)
    return right


def switched_subjects(assistant: Assistant, verbose: bool) -> int:
    """How many of SUBJECT_SWITCHES' last questions are found and hold their gold."""
    right = 0
    for questions, gold in SUBJECT_SWITCHES:
        cid = None
        for question in questions:
            reply = assistant.converse(question, conversation_id=cid)
            cid = reply.conversation_id
        ok = reply.answer.found and holds_gold(reply.answer.answer, gold)
        right += ok
        if verbose and not ok:
            print(f"SWITCH {questions[-1]!r} after {questions[-2]!r}: {reply.answer.answer[:160]!r}", file=sys.stderr)
    return right


def told_next(assistant: Assistant, verbose: bool) -> int:
    """How many of TOLD_NEXT's last requests are found, hold their gold and say nothing said before."""
    right = 0
    for questions, gold in TOLD_NEXT:
        reply, said = assistant.converse(questions[0]), []
        for question in questions[1:]:
            said += reply.answer.sentences
            reply = assistant.converse(question, conversation_id=reply.conversation_id)
        answer = reply.answer
        ok = answer.found and holds_gold(answer.answer, gold) and not set(answer.sentences) & set(said)
        right += ok
        if verbose and not ok:
            print(f"NEXT {questions[-1]!r} after {questions[-2]!r}: {answer.answer[:160]!r}", file=sys.stderr)
    return right


def asked_for_more(assistant: Assistant, verbose: bool) -> int:
    """How many answers to ASKED_FOR_MORE's requests (each asked twice) are found and say something new."""
    new = 0
    for first, more in ASKED_FOR_MORE:
        reply = assistant.converse(first)
        said = set(reply.answer.sentences)
        for _ in range(2):
            answer = assistant.converse(more, conversation_id=reply.conversation_id).answer
            ok = answer.found and bool(answer.sentences) and not set(answer.sentences) & said
            new += ok
            said |= set(answer.sentences)
            if verbose and not ok:
                print(f"MORE {more!r} after {first!r} said again: {answer.answer[:160]!r}", file=sys.stderr)
    return new


def topic_marked(assistant: Assistant, verbose: bool,
                 cases: list[tuple[list[str], str, list[str]]] = TOPIC_MARKED) -> tuple[int, int]:
    """How many of the `cases`' questions hold their gold (in their conversation, alone)."""
    right = {"in conversation": 0, "alone": 0}
    for earlier, question, gold in cases:
        cid = None
        for q in earlier:
            cid = assistant.converse(q, conversation_id=cid).conversation_id
        answers = {"in conversation": assistant.converse(question, conversation_id=cid).answer,
                   "alone": assistant.ask(question)}
        for how, answer in answers.items():
            ok = answer.found and holds_gold(answer.answer, gold)
            right[how] += ok
            if verbose and not ok:
                print(f"MARKED {how} {question!r} -> {answer.query!r}: {answer.answer[:160]!r}", file=sys.stderr)
    return right["in conversation"], right["alone"]


def small_talk(assistant: Assistant, verbose: bool) -> tuple[int, int]:
    """(messages answered in kind: not found, citing nothing; follow-ups after one holding their gold)."""
    in_kind = follow = 0
    for first, message, follow_up, gold in SMALL_TALK:
        cid = assistant.converse(first).conversation_id
        replies = [assistant.converse(q, conversation_id=cid).answer for q in (message, follow_up)]
        in_kind += not replies[0].found and not replies[0].citations
        follow += replies[1].found and holds_gold(replies[1].answer, gold)
        if verbose and not (replies[1].found and holds_gold(replies[1].answer, gold)):
            print(f"SMALL TALK {follow_up!r} after {message!r}: {replies[1].answer[:160]!r}", file=sys.stderr)
    for message in GREETINGS:
        answer = assistant.ask(message)
        in_kind += not answer.found and not answer.citations
    return in_kind, follow


def first_set_questions() -> list[str]:
    """Every question of the first set's dialogs, in order: what the memory figures ask."""
    return [question for dialog in bundled_sets()[0].dialogs for question, _ in dialog]


def redis_bytes_per_conversation(assistant, turns: int) -> int | None:
    """Redis memory of one conversation after `turns` turns (a temporary redis-server), or None without one."""
    import shutil
    import socket
    import subprocess

    server = shutil.which("redis-server")
    if server is None:
        return None
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                               stdout=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        store = RedisStore(f"redis://127.0.0.1:{port}/0", 3600, turns)
        assistant.store = store
        questions = first_set_questions()
        cid = None
        for n in range(turns * 2):
            cid = assistant.converse(questions[n % len(questions)], conversation_id=cid).conversation_id
        return store.memory(cid)
    finally:
        process.terminate()
        process.wait(10)


def rss_mb() -> float:
    """Resident memory of this process, from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def flood(embedder: Embedder, conversations: int, cap: int) -> list[tuple[int, float, int]]:
    """Start `conversations` new conversations against a store capped at `cap`: (count, RSS MB, kept)."""
    assistant = assistant_for([BUNDLED_DOCUMENT], embedder, onnx=True, store=MemoryStore(cap, 3600, 20))
    questions = first_set_questions()
    samples = []
    for n in range(1, conversations + 1):
        cid = assistant.converse(questions[n % len(questions)]).conversation_id
        assistant.converse(questions[(n + 1) % len(questions)], conversation_id=cid)
        if n % (conversations // 4) == 0:
            gc.collect()
            samples.append((n, rss_mb(), len(assistant.store)))  # type: ignore[arg-type]
    return samples


def follow_up_pairs() -> list[tuple[str, str]]:
    """(opener, follow-up): the first two turns of every dialog, seed and own, and the unanswerable follow-ups."""
    first = bundled_sets()[0]
    return ([(d[0]["q"], d[1]["q"]) for d in seed_dev()["dialogs"]] + [(d[0][0], d[1][0]) for d in first.dialogs]
            + first.unanswerable)


def follow_up_latency(assistant: Assistant, pairs: list[tuple[str, str]],
                      rounds: int) -> tuple[list[float], list[float], list[float]]:
    """Seconds of (first questions, follow-ups, the same follow-ups asked alone), interleaved.

    Each round asks assistants with an empty encode cache (same index and model), so every timed question is
    new to them; an opener asked before in the round is not timed.
    """
    firsts, follows, alone_follow = [], [], []
    for _ in range(rounds):
        fresh, alone = (Assistant(assistant.settings, assistant.embedder) for _ in range(2))
        seen: set[str] = set()
        for opener, follow_up in pairs:
            t = time.perf_counter()
            cid = fresh.converse(opener).conversation_id
            if opener not in seen:
                firsts.append(time.perf_counter() - t)
                seen.add(opener)
            t = time.perf_counter()
            fresh.converse(follow_up, conversation_id=cid)
            follows.append(time.perf_counter() - t)
            t = time.perf_counter()
            alone.converse(follow_up)
            alone_follow.append(time.perf_counter() - t)
    return firsts, follows, alone_follow


def as_turns(dialogs: list[Dialog]) -> list[list[dict]]:
    """Our (question, gold) dialogs in seed-dev's form: turns of {"q", "gold"}."""
    return [[{"q": q, "gold": g} for q, g in dialog] for dialog in dialogs]


def answer_rows(assistant: Assistant, verbose: bool) -> list[tuple[str, str]]:
    """The dialog figures that depend on how sentences are ranked: (label, value) rows."""
    dialogs = seed_dev()["dialogs"]
    first, first_n, follow, follow_n = run_dialogs(assistant, dialogs, verbose)
    own, *later_sets = bundled_sets()  # the first set has rows of its own
    own_first, own_first_n, own_follow, own_follow_n = run_dialogs(assistant, as_turns(own.dialogs), verbose)
    _, _, long_follow, long_follow_n = run_dialogs(assistant, as_turns(conversations("long")), verbose)
    abstained = unanswerable_follow_ups(assistant, verbose, own.unanswerable)
    ten_turns = []
    for name, ten_turn in ten_turn_sets():
        right, n, abstained_turns, unanswerable_turns = long_dialogs(assistant, ten_turn, verbose)
        ten_turns.append((f"own long dialogs, {name} set (10 turns): answerable turns / unanswerable turns "
                          f"found: false", f"{right}/{n} / {abstained_turns}/{unanswerable_turns}"))
    right, n, abstained_turns, unanswerable_turns = long_dialogs(assistant, conversations("closing"), verbose)
    ten_turns.append(("own dialogs ending in a turn the document cannot answer: answerable turns / last turns found: "
                      "false", f"{right}/{n} / {abstained_turns}/{unanswerable_turns}"))
    later = []
    for dialog_set in later_sets:
        set_first, set_first_n, set_follow, set_follow_n = run_dialogs(assistant, as_turns(dialog_set.dialogs),
                                                                       verbose)
        pairs = dialog_set.unanswerable
        later += [(f"own dialogs, {dialog_set.name} set: first turns / follow-ups",
                   f"{set_first}/{set_first_n} / {set_follow}/{set_follow_n}"),
                  (f"own unanswerable follow-ups, {dialog_set.name} set, found: false",
                   f"{unanswerable_follow_ups(assistant, verbose, pairs)}/{len(pairs)}")]
    nameless = nameless_follow_ups(assistant, verbose)
    precise = nameless_follow_ups(assistant, verbose, PRECISE_FOLLOW_UPS)
    doubts = nameless_follow_ups(assistant, verbose, DOUBTS)
    sources = nameless_follow_ups(assistant, verbose, SOURCE_ASKS)
    repeats = repeated(assistant, verbose)
    nexts = told_next(assistant, verbose)
    switches = switched_subjects(assistant, verbose)
    aspects = nameless_follow_ups(assistant, verbose, ASPECT_FOLLOW_UPS)
    personal = nameless_follow_ups(assistant, verbose, FIRST_PERSON_FOLLOW_UPS)
    refusals, after = after_refusals(assistant, verbose)
    more = asked_for_more(assistant, verbose)
    marked_inside, marked_alone = topic_marked(assistant, verbose)
    stated_inside, stated_alone = topic_marked(assistant, verbose, STATED_TOPICS)
    in_kind, after_small_talk = small_talk(assistant, verbose)
    same = 0
    for earlier, switch in TOPIC_SWITCHES:
        alone = assistant.converse(switch).answer
        cid = assistant.converse(earlier).conversation_id
        inside = assistant.converse(switch, conversation_id=cid).answer
        same += alone == inside
        if verbose and alone != inside:
            print(f"SWITCH changed: {switch!r} -> {inside.query!r}", file=sys.stderr)
    return [
        ("seed dialogs: first turns", f"{first}/{first_n}"),
        ("seed dialogs: follow-ups", f"{follow}/{follow_n}"),
        ("own dialogs: first turns", f"{own_first}/{own_first_n}"),
        ("own dialogs: follow-ups", f"{own_follow}/{own_follow_n}"),
        ("own long dialogs: follow-ups", f"{long_follow}/{long_follow_n}"),
        ("own unanswerable follow-ups found: false", f"{abstained}/{len(own.unanswerable)}"),
        *ten_turns,
        *later,
        ("own follow-ups naming nothing (\"When?\") right", f"{nameless}/{len(NAMELESS_FOLLOW_UPS)}"),
        ("own follow-ups asking for precision or for what was observed (\"In which year exactly?\") right",
         f"{precise}/{len(PRECISE_FOLLOW_UPS)}"),
        ("own follow-ups doubting the answer (\"Are you sure?\") right", f"{doubts}/{len(DOUBTS)}"),
        ("own follow-ups asking for the source (\"According to whom?\") right", f"{sources}/{len(SOURCE_ASKS)}"),
        ("own requests to say it again (\"Can you repeat that?\"): the same sentences", f"{repeats}/{len(REPEATS)}"),
        ("own requests for what follows (\"What happened next?\"): the next sentences", f"{nexts}/{len(TOLD_NEXT)}"),
        ("own follow-ups after a switch of subject (\"What about esketamine?\", then \"When was it approved?\")",
         f"{switches}/{len(SUBJECT_SWITCHES)}"),
        ("own follow-ups naming an aspect (\"What were the results?\") right", f"{aspects}/{len(ASPECT_FOLLOW_UPS)}"),
        ("own follow-ups in the first person (\"How fast would I feel better?\") right",
         f"{personal}/{len(FIRST_PERSON_FOLLOW_UPS)}"),
        ("own follow-ups after one the document cannot answer: that one found: false / the next right",
         f"{refusals}/{len(AFTER_REFUSALS)} / {after}/{len(AFTER_REFUSALS)}"),
        ("own requests for more (\"Tell me more\", twice each): found, nothing said again",
         f"{more}/{2 * len(ASKED_FOR_MORE)}"),
        ("own questions opened by their topic (\"Going back to X, ...\"): in their conversation / alone",
         f"{marked_inside}/{len(TOPIC_MARKED)} / {marked_alone}/{len(TOPIC_MARKED)}"),
        ("own messages stating their topic first (\"My doctor suggested X. Is it ...?\"): in their conversation / alone",
         f"{stated_inside}/{len(STATED_TOPICS)} / {stated_alone}/{len(STATED_TOPICS)}"),
        ("own small talk (\"Thanks!\") answered in kind, citing nothing / follow-ups after it right",
         f"{in_kind}/{len(SMALL_TALK) + len(GREETINGS)} / {after_small_talk}/{len(SMALL_TALK)}"),
        ("topic switches answered as alone", f"{same}/{len(TOPIC_SWITCHES)}"),
    ]


def cut_off_rows(assistant: Assistant) -> list[tuple[str, str, str]]:
    """What other follow-up cut-offs would trade on the bundled document: the answerable follow-ups of every dialog
    set it would refuse, and the unanswerable ones it would say `found: false` to (each judged as a follow-up)."""
    full = Assistant(assistant.settings, assistant.embedder, full_evidence=True)  # every signal measured
    model = full.found_model
    answerable = []
    for dialog in seed_dev()["dialogs"] + as_turns(bundled_dialogs() + conversations("long")):
        turn = None
        for n, asked in enumerate(dialog):
            outcome = full.respond(asked["q"], turn)
            if n and outcome.evidence is not None and outcome.evidence.follow_up:  # None: a request, not judged
                answerable.append(model.probability(outcome.evidence))
            turn = outcome.turn
    unanswerable = [model.probability(outcome.evidence) for outcome in
                    (full.respond(f, full.respond(q).turn)
                     for q, f in bundled_unanswerable())
                    if outcome.evidence is not None and outcome.evidence.follow_up]
    rows = []
    for cut_off in sorted((*CUT_OFFS, model.follow_up_threshold)):
        label = f"{cut_off:.3f} (fitted)" if cut_off == model.follow_up_threshold else f"{cut_off:.3f}"
        refused = sum(p < cut_off for p in answerable)
        abstained = sum(p < cut_off for p in unanswerable)
        rows.append((f"follow-up cut-off {label}: answerable refused / unanswerable found: false",
                     f"{refused}/{len(answerable)} / {abstained}/{len(unanswerable)}", ""))
    return rows


# Every set on the development articles asks the same few: each is indexed once, not once a set.
@lru_cache(maxsize=None)
def article_assistants(embedder: Embedder, title: str) -> tuple[Assistant, Assistant]:
    """Today's scorer (served) and the reader over one SQuAD article alone."""
    served = article_assistant(embedder, title)
    return served, with_reader(served, True)


def other_document_rows(embedder: Embedder, verbose: bool, sets: dict[str, tuple[list[Dialog], list[Pair]]],
                        name: str = "", source: str = "dev SQuAD article") -> list[tuple[str, str, str]]:
    """The figures of dialogs on SQuAD articles (`sets`: {title: (dialogs, unanswerable pairs)}; development ones
    unless `source` says otherwise), today's scorer beside the reader: (label, served, with the reader) rows."""
    rows = []
    for title, (dialogs, unanswerable) in sets.items():
        cells = []
        for n, assistant in enumerate(article_assistants(embedder, title)):
            talk = verbose and n == 0
            first, first_n, follow, follow_n = run_dialogs(assistant, as_turns(dialogs), talk)
            abstained = unanswerable_follow_ups(assistant, talk, unanswerable)
            cells.append((f"{first}/{first_n}", f"{follow}/{follow_n}", f"{abstained}/{len(unanswerable)}"))
        for n, label in enumerate(("first turns", "follow-ups", "unanswerable follow-ups found: false")):
            rows.append((f"{title} ({source}) dialogs{name}: {label}", cells[0][n], cells[1][n]))
    return rows


def long_other_document_rows(embedder: Embedder, verbose: bool, sets: dict[str, list[Dialog]],
                             source: str = "dev SQuAD article") -> list[tuple[str, str, str]]:
    """The figures of ten-turn conversations on SQuAD articles (`sets`: {title: conversations}; development ones
    unless `source` says otherwise)."""
    rows = []
    for title, conversations in sets.items():
        cells = [long_dialogs(assistant, conversations, verbose and n == 0)
                 for n, assistant in enumerate(article_assistants(embedder, title))]
        rows.append((f"{title} ({source}) ten-turn conversations: answerable turns / unanswerable turns "
                     f"found: false", *(f"{a}/{b} / {c}/{d}" for a, b, c, d in cells)))
    return rows


def main() -> None:
    embedder = Embedder()
    assistant = assistant_for([BUNDLED_DOCUMENT], embedder, onnx=True)
    verbose = "--verbose" in sys.argv
    # Today's scorer (served) beside the reader, same run; --verbose names the served one's misses.
    read = dict(answer_rows(with_reader(assistant, True), False))
    rows = [(label, value, read[label]) for label, value in answer_rows(assistant, verbose)]

    rows += cut_off_rows(assistant)
    pairs = follow_up_pairs()
    settled = sum(o.evidence is not None and o.evidence.follow_up and o.evidence.context is None
                  for o in (assistant.respond(f, assistant.respond(q).turn) for q, f in pairs))
    firsts, follows, alone_follow = follow_up_latency(assistant, pairs, 15)
    p50 = lambda xs: statistics.median(xs) * 1000  # noqa: E731
    p90 = lambda xs: statistics.quantiles(xs, n=10)[-1] * 1000  # noqa: E731
    rows += [(label, value, "") for label, value in [
        ("follow-ups decided without their text in context (one model call)", f"{settled}/{len(pairs)}"),
        ("first question p50 (ms)", f"{p50(firsts):.2f}"),
        ("follow-up p50 / p90 (ms)", f"{p50(follows):.2f} / {p90(follows):.2f}"),
        ("same follow-up asked alone p50 / p90 (ms)", f"{p50(alone_follow):.2f} / {p90(alone_follow):.2f}"),
        ("added latency of a follow-up, p50 / p90 (ms)",
         f"{p50(follows) - p50(alone_follow):+.2f} / {p90(follows) - p90(alone_follow):+.2f}"),
    ]]
    for n, mb, kept in flood(embedder, FLOOD, FLOOD // 8):
        rows.append((f"flood: RSS after {n} new conversations (cap {FLOOD // 8})", f"{mb:.0f} MB, {kept} kept", ""))
    size = redis_bytes_per_conversation(assistant, 10)
    rows.append(("Redis memory of one conversation of 10 turns (20 asked)", "no redis-server" if size is None else f"{size} bytes", ""))
    # Last: their indexes would swell the flood's RSS.
    for name, sets in article_sets():
        rows += other_document_rows(embedder, verbose, sets, "" if name == "first" else f", {name} set")
    rows += long_other_document_rows(embedder, verbose, article_conversations("development/ten-turn-1"))
    rows += long_other_document_rows(embedder, verbose, article_conversations("development/ten-turn-2"),
                                     source="dev SQuAD article, second set")
    (_, training), = article_sets("training")
    rows += other_document_rows(embedder, verbose, training, source="training-file article")
    rows += long_other_document_rows(embedder, verbose, article_conversations("training/ten-turn-1"),
                                     source="training-file article")
    print(table(rows, ("conversations", "today's scorer (served)", "with the reader")))


if __name__ == "__main__":
    main()
