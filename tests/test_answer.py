"""Answer composition: verbatim cited sentences, markers that point at the right passage, limits."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bench.support import make_docx, make_pdf
from index import Embedder, Passage, build_index, read_documents, strip_markers
from qa import Answer, Assistant, Settings
from qa._answer import (MAX_CHARS, MAX_SENTENCES, NOT_FOUND, RUNNER_UP_FEATURES, RUNNERS_UP, RunnerUpModel,
                        choose_sentences, ranked_sentences, runner_up_features)
from qa._lexicon import NOTHING_AFTER
from qa._messages import MAX_QUESTIONS, as_question, questions_asked
from qa._retrieval import Hit, ScoredSentence
from qa._tuning import Tuning

QUESTIONS = [
    "How fast does ketamine work?",
    "Who first made ketamine?",
    "What brand name does esketamine have?",
    "What are the side effects of ketamine?",
    "How many ketamine clinics are there in the US?",
]


def assistant_over(folder: Path, embedder: Embedder, texts: dict[str, str | bytes]) -> Assistant:
    """An assistant over documents (name: text or a file's bytes) written into `folder` and indexed there."""
    for name, text in texts.items():
        (folder / name).write_bytes(text if isinstance(text, bytes) else text.encode())
    build_index(read_documents([folder / name for name in texts]), folder / "index", embedder)
    return Assistant(Settings.from_env({"index_dir": folder / "index"}), embedder)


def cited_sentences(answer: Answer, assistant: Assistant) -> list[str]:
    """The answer's sentences, each checked to be the highlighted text of the passage its marker cites."""
    version = assistant.loaded.version
    parts = re.findall(r"(.+?) \[(\d+)\](?: |$)", answer.answer)
    assert " ".join(f"{s} [{n}]" for s, n in parts) == answer.answer
    assert [c.id for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for sentence, n in parts:
        cited = answer.citations[int(n) - 1]
        highlighted = [strip_markers(cited.text[h.start : h.end]) for h in cited.highlights]
        assert sentence in highlighted
        assert not re.search(r"\[\d+\]", sentence)  # the document's own markers are left out
    for c in answer.citations:
        assert version.document(c.document).text[c.start : c.end] == c.text
    return [s for s, _ in parts]


@pytest.mark.parametrize("question", QUESTIONS)
def test_each_answer_sentence_is_verbatim_and_cited(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.found
    assert len(answer.answer) <= MAX_CHARS
    assert 1 <= len(cited_sentences(answer, assistant)) <= MAX_SENTENCES


def test_a_message_asking_two_questions_answers_each_in_turn(assistant: Assistant) -> None:
    both = assistant.ask("How long do sessions last and why are they repeated?")
    said = cited_sentences(both, assistant)
    assert both.found and "three hours" in said[0] and any("time-to-relapse" in s for s in said[1:])
    assert len(set(said)) == len(said) and len({c.passage_id for c in both.citations}) == len(both.citations)
    # A question the documents do not answer is said so beside the other's answer.
    one = assistant.ask("When was esketamine approved and is it covered by insurance?")
    assert one.found and "2019" in one.answer
    assert one.answer.endswith(" The document does not seem to answer the second question.")
    cited_sentences(replace(one, answer=one.answer.rsplit(" The document", 1)[0]), assistant)
    neither = assistant.ask("Is it sold in Japan and what does it cost?")
    assert not neither.found and neither.answer == NOT_FOUND and not any(c.cited for c in neither.citations)
    assert len(neither.citations) == assistant.settings.default_top_k
    # More questions than one answer is bounded for are read as one message.
    many = "Who discovered it? When? Where? Why?"
    assert questions_asked(many) == [many] and len(questions_asked("Who discovered it? When? Where?")) == MAX_QUESTIONS
    # A later question asks of the one before it ("When?": who discovered ketamine), and the conversation goes on from
    # everything the message's answer said.
    asked = assistant.ask("Who discovered ketamine and when?")
    assert "Parke-Davis" in asked.answer and "1962" in asked.answer
    opener = assistant.converse("How long do sessions last and why are they repeated?")
    again = assistant.converse("Can you repeat that?", conversation_id=opener.conversation_id)
    assert sorted(again.answer.sentences) == sorted(said)


def test_highlights_lie_inside_their_passage(assistant: Assistant) -> None:
    for c in assistant.ask("Which drug is paired with psychotherapy for smoking cessation?", top_k=5).citations:
        for h in c.highlights:
            assert 0 <= h.start < h.end <= len(c.text)


def test_top_k_bounds_the_citations(assistant: Assistant) -> None:
    assert len(assistant.ask("What is ketamine?", top_k=1).citations) == 1
    assert len(assistant.ask("What is ketamine?", top_k=7).citations) == 7


@pytest.mark.parametrize("question", ["What is the capital of France?", "How do I bake sourdough bread?"])
def test_unrelated_questions_are_not_found_but_show_nearest_passages(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.found
    assert answer.answer == NOT_FOUND
    assert answer.citations and all(not c.highlights for c in answer.citations)


def test_residue_lines_are_never_cited(assistant: Assistant) -> None:
    for q in ["Part of a series on psychology", "psychology series"]:
        for c in assistant.ask(q, top_k=10).citations:
            assert "|" not in c.text


# A runner-up always worth its characters, and one never worth them.
EVERY = RunnerUpModel((0.0,) * len(RUNNER_UP_FEATURES), 50.0, 1e-9)
NONE = RunnerUpModel((0.0,) * len(RUNNER_UP_FEATURES), 0.0, 1.0)


def test_runners_up_join_while_worth_their_characters(assistant: Assistant) -> None:
    hits = assistant.hits("What is ketamine?", 3)
    every = choose_sentences(hits, Tuning(), EVERY)
    assert len(every) == MAX_SENTENCES and sum(s.end - s.start for _, s in every) <= MAX_CHARS
    lead = choose_sentences(hits, Tuning(), NONE)  # the best sentence alone, or with a neighbour it leans on
    assert len(lead) < MAX_SENTENCES and lead == every[: len(lead)]
    # Equally likely to hold the answer (no weights: a chance of 0.5), a runner-up is worth its characters
    # below a length: 0.5 x 100 / (chars + 50) >= threshold.
    short = choose_sentences(hits, Tuning(), RunnerUpModel(NONE.weights, 0.0, 50 / (120 + 50)))
    ranked = ranked_sentences(hits, Tuning())[1 : RUNNERS_UP + 1]
    assert any(s.end - s.start <= 120 for _, s in ranked) and any(s.end - s.start > 120 for _, s in ranked)
    assert short[: len(lead)] == lead and len(short) > len(lead)
    assert all(s.end - s.start <= 120 for _, s in short[len(lead):])


def test_runner_up_features_are_read_off_the_ranking() -> None:
    def sentence(start: int, score: float, dense: float, lexical: float) -> ScoredSentence:
        return ScoredSentence(start, start + 40, start, score, dense, lexical)

    first = Passage("a", "d.txt", 0, 120, ((0, 40), (40, 80), (80, 120)))
    second = Passage("b", "d.txt", 200, 240, ((200, 240),))
    hits = [Hit(first, 1.5, (sentence(0, 1.0, 0.3, 0.0), sentence(40, 1.5, 0.6, 1.0), sentence(80, 1.2, 0.5, 0.5))),
            Hit(second, 1.3, (sentence(200, 1.3, 0.4, 0.5),))]
    ranked = ranked_sentences(hits, Tuning())
    assert [(h, s.start) for h, s in ranked] == [(0, 40), (1, 200), (0, 80), (0, 0)]
    features = [dict(zip(RUNNER_UP_FEATURES, runner_up_features(hits, ranked, r))) for r in (1, 2, 3)]
    assert features[0] == pytest.approx({"gap": 0.2, "hundreds_of_chars": 0.4, "same_passage": 0, "next_sentence": 0,
                                         "passage_rank": 1, "dense": 0.4, "lexical": 0.5, "rank": 1,
                                         "best_dense": 0.6, "best_lexical": 1.0})
    assert features[1]["same_passage"] == features[1]["next_sentence"] == 1 and features[1]["rank"] == 2
    assert features[2]["same_passage"] == 1 and features[2]["next_sentence"] == 0
    # A sentence the turn before quoted counts for less, and the features see it after that.
    said = ranked_sentences(hits, Tuning(repeat_penalty=0.5), frozenset({(40, 80)}))
    assert [(h, s.start) for h, s in said][:2] == [(1, 200), (0, 80)]


def test_a_why_question_is_answered_by_the_sentence_giving_the_reason(assistant: Assistant) -> None:
    answer = assistant.ask("Why are ketamine sessions repeated?")
    assert "which is why" in answer.answer


def test_asked_how_something_works_it_quotes_the_sentence_giving_the_means(assistant: Assistant) -> None:
    assert "mechanism of action is as an NMDA receptor antagonist" in assistant.ask("How does ketamine work?").answer


@pytest.mark.parametrize("question", ["What did the STAR*D trial find?", "What does the STAR*D study say?"])
def test_a_question_sharing_nearly_all_its_words_with_a_sentence_is_found(assistant: Assistant, question: str) -> None:
    # "find" and "say" are how the question is asked, not what it is about.
    answer = assistant.ask(question)
    assert answer.found and "STAR*D" in answer.answer


@pytest.mark.parametrize("question, said", [("What is the role of mTOR?", "mTOR"),
                                            ("What does STAR*D stand for?", "Sequenced Treatment Alternatives")])
def test_asking_for_the_role_or_meaning_of_something_is_not_judged_on_those_words(assistant: Assistant, question: str,
                                                                                 said: str) -> None:
    # The document never says "role" or "stand": the questions ask what it says of mTOR and of STAR*D.
    answer = assistant.ask(question)
    assert answer.found and said in answer.answer


def test_a_question_without_its_question_mark_is_read_as_with_it(assistant: Assistant) -> None:
    for asked, written in (("what is esketamine", "What is esketamine?"),
                           ("How long does a therapy session last", "How long does a therapy session last?")):
        assert assistant.ask(asked).answer == assistant.ask(written).answer
    assert as_question("Tell me about it.") == "Tell me about it." and as_question("when was it approved ") == \
        "when was it approved?"


def test_a_what_is_question_is_answered_by_the_sentence_defining_it(assistant: Assistant) -> None:
    assert "an enantiomer of ketamine" in assistant.ask("What is esketamine?").answer


def test_an_instruction_or_a_framed_question_is_answered_as_the_plain_question(assistant: Assistant) -> None:
    # Their own words ("summarize", "briefly", "simple terms") are not the document's: asked plainly, they are found.
    plain = assistant.ask("What are the side effects?")
    for framed in ("Summarize the side effects", "Briefly, what are the side effects?"):
        answer = assistant.ask(framed)
        assert answer.found and answer.citations[0].passage_id == plain.citations[0].passage_id, framed
    assert "Risk Evaluation and Mitigation Strategy" in assistant.ask("Explain REMS in simple terms").answer
    assert "Ketamine is a short-acting" in assistant.ask("Tell me about ketamine").answer


def test_a_chat_message_is_answered_as_the_question_it_asks(assistant: Assistant) -> None:
    written = assistant.ask("What is esketamine?")
    for typed in ("Hey, what is esketamine pls", "ok so what is esketamine", "WHAT IS ESKETAMINE?",
                  "what is esketamine...", "Quick question: what is esketamine?"):
        assert assistant.ask(typed).answer == written.answer, typed
    assert assistant.ask("ok, thanks!").citations == []  # small talk still


def test_a_what_kind_question_is_answered_by_the_sentence_defining_its_subject(assistant: Assistant) -> None:
    # "drug" alone would pick the sentence calling ketamine the "buddy drug".
    assert assistant.ask("What kind of drug is ketamine?").answer.startswith("Ketamine is a short-acting")


def test_a_sentence_repeated_in_the_documents_is_quoted_once(tmp_path: Path, embedder: Embedder) -> None:
    # Text repeated on every page (a PDF's boilerplate, a pasted paragraph) must not fill the answer.
    fact = "The Zorblax ward opened in 2031. Its first director was Ingrid Kvalheim, a psychiatrist."
    assistant = assistant_over(tmp_path, embedder,
                               {"report.txt": "\n\n".join([fact] * 3 + ["Closing words of a short report."]) + "\n"})
    text = assistant.loaded.version.document("report.txt").text
    hits = assistant.hits("Who was the first director of the Zorblax ward?", 3)
    chosen = choose_sentences(hits, Tuning(), EVERY, text_of=lambda h, s: text[s.start : s.end])
    quoted = [text[s.start : s.end] for _, s in chosen]
    assert len(quoted) == MAX_SENTENCES and len(set(quoted)) == MAX_SENTENCES
    assert "Kvalheim" in assistant.ask("Who was the first director of the Zorblax ward?").answer


def _assistant_of(tmp_path: Path, embedder: Embedder, text: str, max_tokens: int = 200) -> Assistant:
    """An assistant over one text document built under `tmp_path`, in passages of at most `max_tokens` tokens."""
    (tmp_path / "document.txt").write_text(text)
    build_index(read_documents([tmp_path / "document.txt"]), tmp_path / "index", embedder, max_tokens, 10)
    return Assistant(Settings.from_env({"index_dir": tmp_path / "index"}), embedder)


def test_what_follows_runs_on_into_the_next_passage_and_stops_at_the_documents_end(tmp_path: Path,
                                                                                  embedder: Embedder) -> None:
    opened = "The Zorblax ward opened in 2031 on the hill above the harbour town of Varnholm after years of planning."
    rest = ["Its first director was Ingrid Kvalheim, a psychiatrist who had trained in Bergen and in Lyon.",
            "In 2035 the ward moved to a larger building in Oslo, where it could admit twice as many patients.",
            "The ward closed in 2040 when its services were merged into the city's general hospital."]
    # Passages of at most 40 tokens, one a sentence: each answer runs on into the passage after the one it began in.
    assistant = _assistant_of(tmp_path, embedder, f"{opened} {rest[0]}\n\n{rest[1]} {rest[2]}\n", max_tokens=40)
    assert len(assistant.loaded.version.passages) == 4
    cid = assistant.converse("When did the Zorblax ward open?").conversation_id
    told = [assistant.converse("What happened next?", conversation_id=cid).answer for _ in range(3)]
    assert [a.sentences for a in told[:2]] == [rest[:2], rest[2:]]
    assert not told[2].found and told[2].answer == NOTHING_AFTER and told[2].citations


def test_asked_what_happened_after_an_event_it_quotes_the_event_and_what_followed(tmp_path: Path,
                                                                                   embedder: Embedder) -> None:
    said = ["The Zorblax ward opened in 2031 on the hill above the harbour town of Varnholm.",
            "A storm flooded the harbour town of Varnholm in 2033.",
            "The ward then moved to a larger building in Oslo, where it could admit twice as many patients.",
            "Its first director was Ingrid Kvalheim, a psychiatrist who had trained in Bergen and in Lyon."]
    assistant = _assistant_of(tmp_path, embedder, " ".join(said) + "\n", max_tokens=40)
    answer = assistant.ask("What happened after the storm flooded Varnholm?")
    assert answer.found and answer.sentences == said[1:3]
    assert cited_sentences(answer, assistant) == said[1:3]
    assert not assistant.ask("What happened after the moon landing?").found


def test_after_an_event_a_quoted_sentence_stating_its_consequence_comes_first(tmp_path: Path,
                                                                            embedder: Embedder) -> None:
    said = ["The Zorblax ward opened in Varnholm in 2031.",
            "Its nurses were trained in Bergen and in Lyon before they came to the harbour town.",
            "The Zorblax ward's opening in Varnholm in 2031 drew nurses from Bergen, leading to a shortage there.",
            "The Bergen hospitals then raised their nurses' pay by a fifth to keep them."]
    assistant = _assistant_of(tmp_path, embedder, " ".join(said) + "\n")
    event = assistant.ask("The Zorblax ward opened in Varnholm")
    assert event.sentences[0] == said[0] and said[2] in event.sentences
    answer = assistant.ask("What happened after the Zorblax ward opened in Varnholm?")
    assert answer.found and answer.sentences == said[2:4]


def test_asked_for_an_example_it_quotes_the_first_sentence_giving_one_after_what_was_said(tmp_path: Path,
                                                                                          embedder: Embedder) -> None:
    said = "Zorblax wards treat rare sleep disorders of the inner ear in adults and in children."
    rest = ["They were first described in 2031 by two doctors working in the harbour town of Varnholm.",
            "Their nurses train for four years before they may look after patients on their own.",
            "Well-known wards, such as the Kvalheim ward in Oslo and the Lund ward in Bergen, are old.",
            "Both of them admit patients from the whole of Norway.",
            "Each ward has its own kitchen and a garden for the patients who stay longer than a week."]
    assistant = _assistant_of(tmp_path, embedder, f"{said} {rest[0]} {rest[1]}\n\n{rest[2]} {rest[3]} {rest[4]}\n",
                              max_tokens=40)
    reply = assistant.converse("What do Zorblax wards treat?")
    assert reply.answer.sentences[0] == said
    # The example is two sentences on, in the next passage; the one after it comes with it.
    example = assistant.converse("Can you give an example?", conversation_id=reply.conversation_id).answer
    assert example.found and example.sentences == rest[2:4] and example.continues == "What do Zorblax wards treat?"
    # After the last sentence nothing gives an example: it is read as any follow-up is.
    cid = assistant.converse("Do the wards have kitchens?").conversation_id
    other = assistant.converse("Any examples?", conversation_id=cid).answer
    assert other.query.startswith("Any examples?") and rest[2] not in other.sentences[:1]


def test_asked_what_followed_it_quotes_the_next_sentence_stating_a_consequence(tmp_path: Path,
                                                                             embedder: Embedder) -> None:
    said = ["A survey of 2031 found that few patients of the Zorblax ward slept more than four hours a night.",
            "Its nurses were trained in Bergen and in Lyon before the ward opened.",
            "Thus, the ward began to offer warm baths in the evenings to every patient who asked for them.",
            "The ward closed in 2040 when its services were merged into the city's general hospital."]
    assistant = _assistant_of(tmp_path, embedder, " ".join(said) + "\n")
    reply = assistant.converse("What did the 2031 survey of the Zorblax ward find?")
    assert reply.answer.sentences == said[:1]
    answer = assistant.converse("What was offered as a result?", conversation_id=reply.conversation_id).answer
    assert answer.found and answer.sentences == said[2:3]
    assert answer.continues == "What did the 2031 survey of the Zorblax ward find?"
    # Asked of the cause by name, the same sentence.
    assert assistant.ask("What did the 2031 survey of the Zorblax ward lead to?").sentences == said[2:3]
    # After the last sentence nothing states a consequence: it is read as any follow-up is.
    cid = assistant.converse("When did the Zorblax ward close?").conversation_id
    other = assistant.converse("What did that lead to?", conversation_id=cid).answer
    assert other.query.startswith("What did that lead to?")


def test_an_example_announced_at_the_end_of_the_window_comes_with_the_sentence_it_announces(
        tmp_path: Path, embedder: Embedder) -> None:
    said = "Zorblax wards treat rare sleep disorders of the inner ear in adults and in children."
    rest = ["They were first described in 2031 by two doctors working in the harbour town of Varnholm.",
            "Their nurses train for four years before they may look after patients on their own.",
            "Each ward has its own kitchen and a garden for the patients who stay longer than a week.",
            "An example of such a ward is the following.", "The Kvalheim ward in Oslo admits forty adults a year."]
    assistant = _assistant_of(tmp_path, embedder, " ".join([said, *rest]) + "\n")
    reply = assistant.converse("What do Zorblax wards treat?")
    example = assistant.converse("Can you give an example?", conversation_id=reply.conversation_id).answer
    assert example.sentences == rest[3:]
    # Quoted as a question's best sentence, the announcing one brings the one it announces (`coherent`).
    last_two = assistant.hits("What is an example of a Zorblax ward?", 1)[0].sentences[-2:]
    assert [(s.leans_back, s.completes) for s in last_two] == [(False, False), (True, True)]


FAQ = """## Orders
**Can I change my order after paying?**
Yes, within one hour of paying. After that the order is packed and can no longer be changed.
**Who pays for return shipping?**
We pay for returns of faulty items. For other returns, the postage is yours.
Q: Can I delete my account?
A: Yes. Write to privacy@shop.example and we delete it within 14 days.
"""


@pytest.mark.parametrize("question", ["How can I delete my account?", "Can I change my order?",
                                      "Do I pay for returns?", "What happens after an hour?"])
def test_a_question_the_documents_ask_comes_with_its_answer(tmp_path: Path, embedder: Embedder, question: str) -> None:
    # An FAQ: the question it asks is often the closest sentence, and says nothing quoted alone.
    answer = _assistant_of(tmp_path, embedder, FAQ).ask(question).sentences
    assert all(after is not None and not after.endswith("?")
               for sentence, after in zip(answer, [*answer[1:], None]) if sentence.endswith("?"))
    if question == "How can I delete my account?":  # "Yes." comes with the sentence explaining it
        assert answer == ["Q: Can I delete my account?", "A: Yes.",
                          "Write to privacy@shop.example and we delete it within 14 days."]


def test_a_sentence_comes_with_the_one_that_qualifies_it(tmp_path: Path, embedder: Embedder) -> None:
    sentences = ["Zorblax wards treat rare sleep disorders of the inner ear in adults and in children.",
                 "Warm baths are given in the mornings and cold baths in the evenings, each for twenty minutes.",
                 "There is no difference in how well they work, however.",
                 "Each ward has its own kitchen and a garden for the patients who stay longer than a week."]
    assistant = _assistant_of(tmp_path, embedder, " ".join(sentences) + "\n")
    # The baths sentence answers; quoted without the one after it, it would leave out what the text says of both.
    assert assistant.ask("Do warm baths work better than cold baths?").sentences[:2] == sentences[1:3]


def test_how_two_things_differ_is_answered_where_one_is_said_in_terms_of_the_other(
        tmp_path: Path, embedder: Embedder) -> None:
    sentences = ["Zorblax and Norblax are both used to treat rare sleep disorders of the inner ear in adults.",
                 "Zorblax is given as drops and Norblax as a spray, in the clinics of the harbour town of Varnholm.",
                 "Each clinic has its own kitchen and a garden for the patients who stay longer than a week.",
                 "Norblax is a mirror-image form of Zorblax that was first made in 2031."]
    assistant = _assistant_of(tmp_path, embedder, " ".join(sentences) + "\n")
    assert assistant.ask("What is the difference between Zorblax and Norblax?").sentences[0] == sentences[3]


def test_a_follow_ups_runners_up_must_match_the_follow_up_itself(assistant: Assistant) -> None:
    hits = assistant.hits("What did soldiers call it?", 3)
    tuning = Tuning()
    alone = choose_sentences(hits, tuning, EVERY)
    unmatched = [p for p in alone[1:] if not p[1].lexical and p[1].dense < tuning.vague]
    assert unmatched  # the question's runners-up include sentences it shares no word with, far from its vector
    follow_up = choose_sentences(hits, tuning, EVERY, follow_up=True)
    assert follow_up[0] == alone[0]
    assert not set(unmatched) & set(follow_up)
    assert all(s.lexical or s.dense >= tuning.vague for _, s in follow_up[1:])
    # Nothing is vague below similarity -1: a follow-up's runners-up are then those of the question.
    assert choose_sentences(hits, replace(tuning, vague=-1.0), EVERY, follow_up=True) == alone


def test_a_price_is_not_found_in_documents_that_state_none(assistant: Assistant) -> None:
    # The bundled article states no price: a sentence sharing "session" does not say what one costs.
    for question in ("How much does a ketamine session cost?", "What is the price of esketamine?",
                     "What does a ketamine session cost?", "What's the price of esketamine?"):
        answer = assistant.ask(question)
        assert not answer.found and answer.citations, question
    opener = assistant.converse("How long does a therapy session last?")
    assert opener.answer.found
    assert not assistant.converse("How much does it cost?", conversation_id=opener.conversation_id).answer.found


def test_who_pays_is_not_found_in_documents_that_name_no_payer(assistant: Assistant) -> None:
    # The bundled article names no insurer: a sentence sharing "therapy" or "sessions" does not say who pays.
    assert not assistant.ask("Is ketamine therapy covered by insurance?").found
    opener = assistant.converse("What is the usual time to relapse?")
    assert opener.answer.found
    follow_up = assistant.converse("How many sessions are covered by insurance?", conversation_id=opener.conversation_id)
    assert not follow_up.answer.found and follow_up.answer.citations


def test_a_count_is_not_found_where_no_quoted_sentence_gives_one(assistant: Assistant) -> None:
    # The article gives counts ("2,500 ketamine clinics"), but its sentences on sessions give lengths of time.
    assert assistant.loaded.searcher.gives_kind("How many sessions are usually needed?")
    opener = assistant.converse("How long does a therapy session last?")
    assert opener.answer.found and "three hours" in opener.answer.answer
    follow_up = assistant.converse("How many sessions are usually needed?", conversation_id=opener.conversation_id)
    assert not follow_up.answer.found and follow_up.answer.citations
    assert not assistant.ask("How many sessions are usually needed?").found
    clinics = assistant.ask("How many ketamine clinics are there in the United States?")
    assert clinics.found and "2,500" in clinics.answer
    # A list is counted: the routes are named, not numbered.
    routes = assistant.ask("How many routes of administration were studied for anxiety?")
    assert routes.found and "intravenous, intramuscular, and oral" in routes.answer


def test_how_common_something_is_is_not_found_where_no_sentence_says(assistant: Assistant) -> None:
    opener = assistant.converse("What are the potential risks of ketamine?")
    assert opener.answer.found and "abuse" in opener.answer.answer
    follow_up = assistant.converse("How common is abuse?", conversation_id=opener.conversation_id).answer
    assert not follow_up.found and follow_up.citations
    assert assistant.ask("How common is depression worldwide?").found


def test_a_dose_is_found_only_where_the_answer_gives_one(assistant: Assistant) -> None:
    opener = assistant.converse("Does ketamine help with anxiety?")
    follow_up = assistant.converse("What dose was used in those studies?", conversation_id=opener.conversation_id)
    assert not follow_up.answer.found and follow_up.answer.citations
    asked = assistant.converse("When are eye coverings used?")
    dose = assistant.converse("What dose is given then?", conversation_id=asked.conversation_id).answer
    assert dose.found and "higher-dose intramuscular" in dose.answer


def test_only_the_given_sentences_are_read_for_a_count(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {"clinic.txt": "The clinic opened in 2019.\n\nIt has 40 beds.\n\n"
                                                                  "The conditions it treats are anxiety, depression, and insomnia.\n"})
    searcher, question = assistant.loaded.searcher, "How many beds are there?"
    opened, beds, wards = (searcher.sentence_texts.index(t) for t in (
        "The clinic opened in 2019.", "It has 40 beds.", "The conditions it treats are anxiety, depression, and insomnia."))
    assert searcher.gives_kind(question) and searcher.gives_kind(question, rows=[opened, beds])
    assert not searcher.gives_kind(question, rows=[opened]) and not searcher.gives_kind(question, rows=[])
    # A list counts what it names: the conditions, not the beds, nor what "them" stands for.
    assert searcher.gives_kind("How many conditions does it treat?", rows=[wards])
    assert not searcher.gives_kind(question, rows=[wards])
    assert not searcher.gives_kind("How many of them recovered?", rows=[wards])
    assert searcher.gives_kind("Why did it open?", rows=[])  # only a kind every answer holds is required
    # "When" of something past needs a sentence that places it in time, as "what year" needs a year; the present
    # ("When does it open?") is answered otherwise too ("on Mondays").
    for question in ("When did it open?", "In what year did it open?"):
        assert searcher.gives_kind(question, rows=[opened]) and not searcher.gives_kind(question, rows=[beds]), question
    assert searcher.gives_kind("When does it open?", rows=[beds])


def test_who_how_much_and_where_need_someone_a_degree_or_a_place(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {"ward.txt": "The ward was founded by Dr. Maria Lund.\n\n"
                                                                "Its waiting list grew by a third last year.\n\n"
                                                                "The garden was planted later and is quiet.\n\n"
                                                                "The ward moved to the old harbour.\n"})
    searcher = assistant.loaded.searcher
    founded, grew, garden = (searcher.sentence_texts.index(t) for t in (
        "The ward was founded by Dr. Maria Lund.", "Its waiting list grew by a third last year.",
        "The garden was planted later and is quiet."))
    for question, row in (("Who planted the garden?", founded), ("Who tends the garden?", founded),
                          ("How much did the waiting list grow?", grew)):
        assert searcher.gives_kind(question, rows=[row]) and not searcher.gives_kind(question, rows=[garden]), question
    # A role ("Who can visit?") or a share of something ("How much of ...?") is answered otherwise too.
    assert searcher.gives_kind("Who can visit the garden?", rows=[garden])
    assert searcher.gives_kind("How much of the garden is shaded?", rows=[garden])
    # "Where" needs a place, and a name the question gives is none: Dr. Lund founded the ward, not where she worked.
    moved = searcher.sentence_texts.index("The ward moved to the old harbour.")
    assert searcher.gives_kind("Where did the ward go?", rows=[moved])
    assert not searcher.gives_kind("Where did Dr. Maria Lund work?", rows=[founded])
    assert not searcher.gives_kind("Where was the garden planted?", rows=[garden])
    assert searcher.gives_kind("Where is the garden?", rows=[garden])  # the present is answered by a path or a link too


def test_a_price_the_documents_state_is_quoted(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {
        "fees.txt": "The Harbour clinic opened in 2019 and treats adults.\n\n"
                    "A therapy session at the clinic costs $400 and lasts two hours.\n",
        "hours.txt": "The Harbour clinic opens at eight.\n\n"
                     "A therapy session at the clinic is followed by an hour of rest.\n\n"
                     "The hour of rest is covered by most health insurance plans.\n"})
    answer = assistant.ask("How much does a therapy session cost?")
    assert answer.found and "$400" in answer.answer
    assert not assistant.ask("How much does a therapy session cost?", documents=["hours.txt"]).found
    # Who pays is answered where a payer is named, not by a price.
    covered = assistant.ask("Is the hour of rest covered by insurance?")
    assert covered.found and "insurance plans" in covered.answer
    assert not assistant.ask("Is the hour of rest covered by insurance?", documents=["fees.txt"]).found


@pytest.mark.parametrize("question", ["What is this document about?", "Summarize the article", "Give me an overview.",
                                      "tl;dr"])
def test_a_question_about_the_document_as_a_whole_is_answered_by_its_opening(assistant: Assistant,
                                                                            question: str) -> None:
    answer = assistant.ask(question)
    opening = assistant.loaded.version.passages[0]
    assert answer.found and answer.citations[0].passage_id == opening.id and answer.citations[0].cited
    assert answer.answer.startswith("Ketamine-assisted psychotherapy is the use of prescribed doses of ketamine")
    assert len(answer.answer) <= MAX_CHARS and not any(c.cited for c in answer.citations[1:])


def test_after_an_overview_it_is_the_subject_the_document_opens_with(assistant: Assistant) -> None:
    opener = assistant.converse("What is this document about?")
    follow_up = assistant.converse("What are the risks?", conversation_id=opener.conversation_id).answer
    assert follow_up.continues == "What is this document about?"
    assert "Ketamine-assisted" in follow_up.query and "risks associated with it" in follow_up.answer
    # It still abstains on what the document does not say.
    assert not assistant.converse("Is it covered by insurance?", conversation_id=opener.conversation_id).answer.found


def test_an_overview_of_several_documents_opens_each(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {
        "tea.md": "# Tea\n\nTea is a drink made by steeping cured leaves in hot water. It began in China.\n\n"
                  "Green tea is not oxidised.\n",
        "bread.txt": "Bread is a food baked from a dough of flour and water.\n\nYeast makes most bread rise.\n"})
    answer = assistant.ask("What are these documents about?")
    assert answer.found and "Tea is a drink" in answer.answer and "Bread is a food" in answer.answer
    assert "It began in China" not in answer.answer  # one sentence of each
    assert {c.document for c in answer.citations if c.cited} == {"tea.md", "bread.txt"}
    only = assistant.ask("Summarize the document", documents=["bread.txt"])
    assert only.answer.startswith("Bread is a food") and {c.document for c in only.citations} == {"bread.txt"}


def test_an_overview_skips_a_title_and_byline_and_opens_at_a_summary_heading(tmp_path: Path,
                                                                            embedder: Embedder) -> None:
    title, byline = "Steeped Leaves: A Survey of Tea", "Jane Smith and Li Wei, Example University"
    background, summary = "Tea has been drunk for thousands of years.", "We surveyed tea drinking in forty countries."
    assistant = assistant_over(tmp_path, embedder, {
        "survey.pdf": make_pdf([[title], [byline], [summary, "Green tea drinkers slept less."]]).data,
        "report.docx": make_docx([("Title", title), ("Normal", byline), ("Heading 1", "1 Background"),
                                  ("Normal", background), ("Heading 1", "2. Summary"), ("Normal", summary)])})
    for name in ("survey.pdf", "report.docx"):
        answer = assistant.ask("What is this paper about?", documents=[name])
        assert answer.answer.startswith(summary) and title not in answer.answer and byline not in answer.answer, name


def test_a_table_row_is_quoted_under_the_row_naming_its_columns(tmp_path: Path, embedder: Embedder) -> None:
    header, row = "Route\tFrom\tTo\tLast bus", "7\tHarbour\tHospital\t21:00"
    assistant = assistant_over(tmp_path, embedder, {"buses.html": (
        "<h1>Routes</h1><p>Riverton Transit runs twelve bus routes.</p><table><tr><th>Route</th><th>From</th>"
        "<th>To</th><th>Last bus</th></tr><tr><td>1</td><td>Central Station</td><td>Airport</td><td>23:45</td></tr>"
        "<tr><td>4</td><td>Central Station</td><td>University</td><td>22:30</td></tr><tr><td>7</td><td>Harbour</td>"
        "<td>Hospital</td><td>21:00</td></tr></table>")})
    answer = assistant.ask("What time is the final departure from the harbour to the hospital?")
    assert answer.sentences[0] == header and row in answer.sentences


def test_a_tables_first_row_is_quoted_only_with_a_row_of_it(tmp_path: Path, embedder: Embedder) -> None:
    header, london = "City\tNightly hotel limit\tDaily allowance", "London\t£220\t£65"
    assistant = assistant_over(tmp_path, embedder, {"travel.docx": make_docx([
        ("Heading 1", "Daily allowances"),
        ("Normal", "A daily allowance covers meals and incidental costs. Receipts are not needed for the daily allowance."),
        ("table", header), ("table", london), ("table", "New York\t$310\t$90"), ("table", "Berlin\t€180\t€55"),
        ("Heading 1", "Hotels"),
        ("Normal", "Hotels should cost no more than the nightly limit for the destination city.")])})
    first = assistant.respond("What is the daily allowance in London?")
    # The first row matches "hotel limit" best; alone it says nothing of London's.
    answer = assistant.respond("And the hotel limit?", first.turn).answer
    assert answer.sentences[:2] == [header, london]
    assert header not in assistant.ask("What does the daily allowance cover?").sentences


def test_a_question_about_a_section_is_answered_from_under_its_heading(tmp_path: Path, embedder: Embedder) -> None:
    hours = "The workshop is open on Tuesdays from 5 pm to 9 pm."
    assistant = assistant_over(tmp_path, embedder, {
        "guide.md": "# Handbook\n\nThe co-op is a workshop where members repair bicycles.\n\n## Opening hours\n\n"
                    f"{hours} It is closed on holidays.\n\n## Safety rules\n\nEye protection must be worn at the "
                    "grinder. Children must come with an adult.\n",
        "notes.txt": "Safety matters in every workshop. Members keep the floor clear of tools.\n"})
    for question in ("What does the opening hours section say?", "Summarize the section on hours",
                     'What\'s in the "Opening hours" chapter?'):
        answer = assistant.ask(question)
        assert answer.found and answer.answer.startswith(hours), question
        assert {c.document for c in answer.citations} == {"guide.md"}
    # No heading names it: asked as any question, which the documents do not answer.
    answer = assistant.ask("What does the pricing section say?")
    assert not answer.found and answer.citations


def test_a_question_naming_one_document_of_several_is_asked_of_it_alone(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, {
        "lemon_cake.txt": "A lemon cake is a sponge soaked in syrup. It needs four eggs and keeps for three days.\n",
        "apple_pie.txt": "An apple pie is a pastry filled with apples. It needs two eggs and keeps for two days.\n"})
    answer = assistant.ask("In the apple pie document, how many eggs does it need?")
    assert answer.found and {c.document for c in answer.citations} == {"apple_pie.txt"} and "two eggs" in answer.answer
    assert answer.query == "How many eggs does it need?"
    overview = assistant.ask("What is the lemon cake article about?")
    assert overview.answer.startswith("A lemon cake is a sponge") and len(overview.citations) == 1
    # A name no document has, or two documents share, narrows nothing.
    for question in ("In the cherry tart document, how many eggs?", "In the cake or pie document, how many eggs?"):
        assert {c.document for c in assistant.ask(question).citations} == {"lemon_cake.txt", "apple_pie.txt"}


def test_an_answer_quotes_one_document() -> None:
    # Every runner-up is worth its characters (EVERY); the one of another document still stays out.
    def sentence(start: int, score: float) -> ScoredSentence:
        return ScoredSentence(start, start + 40, start, score, 0.5, 0.5)

    composer = Passage("a", "composer.txt", 0, 80, ((0, 40), (40, 80)))
    factory = Passage("b", "factory.txt", 0, 40, ((0, 40),))
    hits = [Hit(composer, 1.5, (sentence(0, 1.5), sentence(40, 1.0))), Hit(factory, 1.4, (sentence(0, 1.4),))]
    assert [(h, s.start) for h, s in choose_sentences(hits, Tuning(), EVERY)] == [(0, 0), (0, 40)]


def test_a_runner_up_leaning_back_comes_with_the_sentence_it_leans_on() -> None:
    # "It was directed by ..." from a passage the answer quotes nothing else of brings the sentence naming the film,
    # though only runners-up of 45 characters or fewer are worth joining (no weights: a chance of 0.5).
    short = RunnerUpModel(NONE.weights, 0.0, 50 / (45 + 50))

    def sentence(start: int, score: float, length: int, leans_back: bool = False) -> ScoredSentence:
        return ScoredSentence(start, start + length, start, score, 0.5, 0.5, leans_back)

    def chosen(before: int, leans_back: bool) -> list[tuple[int, int]]:
        first, second = sentence(100, 0.2, before), sentence(100 + before, 1.2, 40, leans_back)
        hits = [Hit(Passage("a", "film.txt", 0, 40, ((0, 40),)), 1.5, (sentence(0, 1.5, 40),)),
                Hit(Passage("b", "film.txt", 100, second.end, ((100, first.end), (first.end, second.end))), 1.2,
                    (first, second))]
        return [(h, s.start) for h, s in choose_sentences(hits, Tuning(), short)]

    assert chosen(60, leans_back=True) == [(0, 0), (1, 160), (1, 100)]
    assert chosen(60, leans_back=False) == [(0, 0), (1, 160)]
    # Where the two do not fit, it joins alone, as any runner-up does.
    assert chosen(560, leans_back=True) == [(0, 0), (1, 660)]


def test_a_question_naming_a_heading_and_nothing_else_is_answered_from_its_list(tmp_path: Path,
                                                                              embedder: Embedder) -> None:
    items = ["- 225 g butter", "- 4 eggs", "- 225 g flour", "- zest of 1 lemon", "- 85 g sugar"]
    assistant = assistant_over(tmp_path, embedder, {
        "cake.md": "# Lemon cake\n\nA light sponge cake soaked in lemon syrup.\n\n## Ingredients\n\n" + "\n".join(items)
                   + "\n\n## Tips\n\nDo not open the oven door during the first minutes, or the cake may sink.\n"})
    for question in ("What are the ingredients?", "Ingredients?", "Tell me about the ingredients"):
        answer = assistant.ask(question)
        assert answer.found and all(item in answer.answer for item in items), question  # the whole list
    # Naming more than the heading, or asking for a number, is searched as any question.
    assert assistant.ask("How many eggs are in the ingredients?").answer.startswith("- 4 eggs")
    assert assistant.ask("What are the tips for the oven?").answer.startswith("Do not open the oven door")
