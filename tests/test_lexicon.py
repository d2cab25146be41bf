"""The lexicon is data: each word set says what it is for, holds plain English, and has one meaning."""

from __future__ import annotations

import ast
import re

import pytest

from qa import _lexicon as lexicon
from qa._followup import asks_consequence, asks_example, asks_next, cause_asked_of, event_asked_after
from qa._kinds import (answer_cues, asks_more_of, asks_whether, counts, defined_subject, gives_example, gives_figure,
                       question_type, required_kind, required_kinds)
from qa._messages import (asks_overview, asks_section, chat_question, naming_document, plainly, questions_asked,
                          small_talk, unjoined)
from qa._words import tokens
from qa.config import BUNDLED_DOCUMENT, ROOT

SOURCE = (ROOT / "qa" / "_lexicon.py").read_text()


def named_sets() -> list[str]:
    """Names of the module's top-level word sets and tuples, in order."""
    return [t.id for node in ast.parse(SOURCE).body if isinstance(node, ast.Assign)
            for t in node.targets if isinstance(t, ast.Name) and t.id.isupper()]


def test_every_word_set_has_a_line_saying_what_it_is_for() -> None:
    lines = SOURCE.splitlines()
    for name in named_sets():
        at = next(i for i, line in enumerate(lines) if line.startswith(f"{name} ="))
        assert lines[at - 1].startswith("#") or name in ("MONTHS", "NUMBER_WORDS"), name


def test_each_name_is_given_once() -> None:
    # A second assignment would silently replace the first set for every rule that reads it.
    names = named_sets()
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_no_word_set_is_made_of_one_documents_words() -> None:
    # Words the bundled document uses that are not general English question vocabulary stay out.
    document = set(re.findall(r"[a-z]+", BUNDLED_DOCUMENT.read_text().lower()))
    topical = {"ketamine", "esketamine", "psychotherapy", "clinic", "clinics", "battlefield", "battlefields",
               "abuse", "symptoms", "depression", "therapy", "patients"} & document
    for name in named_sets():
        value = getattr(lexicon, name)
        words = {w for phrase in value for w in str(phrase).split()} if isinstance(value, (tuple, frozenset)) else set()
        assert not words & topical, (name, words & topical)


def test_pronouns_are_listed_once_and_every_stop_word_has_a_reason() -> None:
    parts = [lexicon.BE, lexicon.AUXILIARIES, lexicon.QUESTION_WORDS, lexicon.PRONOUNS, lexicon.PERSONAL,
             lexicon.INDEFINITES, lexicon.FUNCTION_WORDS, lexicon.POINTING_ADVERBS, lexicon.REQUEST_WORDS,
             lexicon.EVENT_VERBS, lexicon.BENEFIT_VERBS, lexicon.PRECISION_ADVERBS]
    assert lexicon.STOPWORDS == frozenset().union(*parts)
    for i, a in enumerate(parts):
        for b in parts[i + 1:]:
            assert not a & b, a & b


def test_the_question_kinds_table_has_one_row_per_kind() -> None:
    names = [k.name for k in lexicon.QUESTION_KINDS]
    assert len(names) == len(set(names))
    assert question_type("Why is it repeated?") == "reason" and "reason" in answer_cues("It helps because it is fast.")
    assert question_type("Tell me about it.") is None


def test_how_something_works_is_asked_with_a_verb_of_working_at_the_end() -> None:
    assert question_type("How does ketamine work?") == question_type("How do they act on the brain?") == "mechanism"
    assert question_type("How do I work out the dose?") is None
    assert question_type("How did the Normans work the land?") is None


def test_how_something_is_given_asks_for_a_route() -> None:
    for question in ("How is esketamine taken?", "How would I be given it?", "In what form is it given?",
                     "Which form of the drug did the FDA approve?"):
        assert question_type(question) == "route", question
    assert question_type("How often is it given?") == "quantity"
    assert question_type("What form of government did they have?") is None
    assert "route" in answer_cues("It was approved as a nasal spray.") and "route" in answer_cues("Taken by mouth.")
    assert "route" not in answer_cues("It was approved in 2019.")


def test_a_month_gives_a_time_only_written_as_a_date_writes_it() -> None:
    assert "time" in answer_cues("It was approved in May 2019.") and "time" in answer_cues("It began in March.")
    assert "time" not in answer_cues("Sessions may last up to three hours.")
    assert "time" not in answer_cues("They march on.")


def test_a_decade_gives_a_time() -> None:
    # "In which decade ...?" is answered "in the 1970s" (8 of the training file's 257 questions naming a time).
    assert "time" in answer_cues("Jazz thrived in the 1940s.") and "time" in answer_cues("It was approved in 2019.")
    assert "time" not in answer_cues("It was 2019.5 percent.")


def test_a_price_is_asked_with_money_words_and_must_be_given() -> None:
    assert question_type("How much did the tour earn?") == question_type("Is it expensive?") == "price"
    assert question_type("How much of the drug is used?") == "amount"
    assert "price" in answer_cues("Tickets cost €12.") and "price" not in answer_cues("It lasts 12 hours.")
    assert required_kind("What is the price of a ticket?") == "price" and required_kind("When was it built?") is None
    # Some prices are named by what is paid for ("What is the average rent there?").
    assert required_kind("What is the average rent in the city?") == required_kind("What was the fare?") == "price"


def test_a_count_is_a_number_that_is_neither_a_year_nor_a_length_of_time() -> None:
    assert required_kind("How many sessions are needed?") == required_kind("What percentage of clinics do?") == "count"
    # A count of units of time is a length of time: any number, or a unit of time, gives it.
    assert required_kind("How long does it last?") == "quantity"
    for sentence in ("Only 20% of the 2,500 clinics offer it.", "He was shot seventeen times.", "Their sixth film.",
                     "There were 1,500 soldiers.", "The 2–24 patients"):
        assert "count" in answer_cues(sentence), sentence
    for sentence in ("Sessions last up to three hours.", "Relapse comes in 2–4 weeks.", "A 24-hour stay."):
        assert "count" not in answer_cues(sentence) and "quantity" in answer_cues(sentence), sentence
    # Years that bound a length say how long.
    assert "quantity" in answer_cues("Since 2019, it has been approved.") and "quantity" in answer_cues(
        "Between 1402 and 1405, they conquered the islands.")
    # A year or an ordinal says when or which, not how many nor how long; "one another" counts nobody.
    for sentence in ("It was approved in 2019.", "In the 1990s.", "Soldiers gave it to one another.",
                     "It was the 3rd attempt."):
        assert not {"count", "quantity"} & answer_cues(sentence), sentence
    assert "count" not in answer_cues("In the 10th and 11th centuries.")  # its unit of time says how long, though
    # A number word joined to a word that is no number is a modifier: "single-dose" counts nothing, "twenty-five" does.
    assert "count" not in answer_cues("Single-dose use has noticeable effects.")
    assert "count" in answer_cues("Twenty-five people came.")
    assert "quantity" in answer_cues("It lasts up to a week.") and not answer_cues("It is a drug.")
    # A list is counted: "How many routes were studied?" is answered by naming them.
    assert "count" in answer_cues("It was given intravenously, intramuscularly, and orally.")
    assert "count" in answer_cues("It needs eggs, flour, sugar and butter.")
    assert "count" not in answer_cues("It is needed when focus is needed, with eye coverings and music.")


def test_how_common_something_is_is_a_number_or_a_word_of_frequency() -> None:
    assert required_kind("How common is abuse?") == required_kind("How frequent is snow there?") == "frequency"
    assert required_kind("How often does it happen?") == "quantity"  # a rate: a number
    for sentence in ("Snow is very rare there.", "It affects 3.8% of people.", "Nausea is common."):
        assert "frequency" in answer_cues(sentence), sentence
    assert "frequency" not in answer_cues("Potential risks include dissociation, sedation and abuse.")


def test_the_day_of_a_date_is_no_count_and_no_length() -> None:
    for sentence in ("It was released on June 24, 2003.", "The funeral was held on 30 October."):
        assert not {"count", "quantity"} & answer_cues(sentence), sentence
    assert {"count", "quantity"} <= answer_cues("On May 16 it had received 457 parcels.")
    assert "count" in answer_cues("It may 5 times be refused.")  # "may" the verb names no month


def test_how_many_units_of_time_is_so_many_of_them_or_years_that_bound_a_length() -> None:
    assert required_kind("How many years did it take?") == required_kind("How many weeks was it number one?") == \
        "duration"
    for sentence in ("It stayed 17 weeks at number one.", "It was in its 41st week on the list.", "It took several years.",
                     "Between 1402 and 1405 they conquered it.", "It lasted a week."):
        assert "duration" in answer_cues(sentence), sentence
    # Another number, or a unit of time alone, is no length: "number one", "on the day it was released".
    assert "duration" not in answer_cues("It was the first theme to reach number one on the day it was released.")


def test_an_age_is_an_age_a_birth_or_for_a_thing_a_year_it_began_in() -> None:
    assert required_kind("How old is he?") == required_kind("At what age did she leave?") == "age"
    assert required_kind("How old was Chopin when he left Poland?") == "age"
    assert required_kind("How old is the subway?") == "origin"
    for sentence in ("At the age of 21 he settled in Paris.", "Aged five, she saw a concert.", "Lee was 25 when it ended.",
                     "Scout, a six-year-old girl.", "Deshin Shekpa (1384–1415) came.", "When Lee was 10 years old, it happened."):
        assert {"age", "origin"} <= answer_cues(sentence), sentence
    # Another number is no age: "How old is he?" after "Who directed it?" is not answered by the films he made, nor
    # "How old was he then?" by the year of the discovery he made.
    for sentence in ("He directed two consecutive films.", "Between 1402 and 1405 they conquered the islands.",
                     "It was discovered by Stevens in 1962."):
        assert "age" not in answer_cues(sentence), sentence
    # A thing is as old as the year it began in: "built in 1904", not "built of limestone".
    assert "origin" in answer_cues("The subway opened in 1904.") and "origin" in answer_cues("In 1624 it was founded.")
    assert "origin" not in answer_cues("The towers are built of limestone.")


def test_a_dose_is_a_number_in_a_unit_of_dose_or_a_level_of_dose() -> None:
    for question in ("What dose was used?", "Which dose is given then?", "What is the maximum dose per week?",
                     "What's the usual dosage?", "What dose of it is lethal?"):
        assert required_kind(question) == "dose", question
    # A dose naming something else is not asked for: "dosage escalation" is a strategy.
    assert question_type("What is the dosage escalation strategy for?") is None
    for sentence in ("Lower-dose sublingual administration is recommended.", "It was given at 0.5 mg/kg.",
                     "A single dose lasts a week."):
        assert "dose" in answer_cues(sentence), sentence
    assert "dose" not in answer_cues("It is the use of prescribed doses of ketamine.")


def test_a_price_is_asked_without_how_much_too() -> None:
    for question in ("What does ketamine cost?", "What would a course of therapy cost?", "What's the price of it?",
                     "What did a session cost in 2020?", "What price did he pay for the islands?",
                     "What fee do they charge?"):
        assert required_kind(question) == "price", question
    assert required_kind("Which price rose the most?") is None  # asks which one, not what it costs
    assert required_kind("What did the study say about cost-effective care?") is None


def test_who_pays_is_asked_and_given_with_a_payer() -> None:
    assert required_kind("How many sessions are covered by insurance?") == "payer"
    assert question_type("Does Medicare pay for it?") == "payer" and question_type("Who pays for it?") is None
    assert question_type("How many uninsured people live there?") == "count"
    assert "payer" in answer_cues("Medicare reimburses two sessions a year.")
    assert "payer" not in answer_cues("Tickets cost €12.")


def test_which_one_ranks_first_is_asked_with_a_superlative_and_must_be_given() -> None:
    for question in ("Which state has the most?", "Which mood stabilizer worked best?", "Which of them is the safest?",
                     "Which one works best for anxiety?", "Which antidepressant was tried first?"):
        assert "rank" in required_kinds(question), question
    assert required_kinds("What percentage comes from the largest one?") == ("count", "rank")
    # A superlative that ranks nothing asked ("most commonly used", "best describes") or names a thing ("the first
    # iPod"), and a time asked of the first time, ask no rank.
    for question in ("Which alphabet is most commonly used?", "What characteristic best describes it?",
                     "What was the first iPod's capacity?", "When was it first approved?", "Why is it used?"):
        assert "rank" not in required_kinds(question), question
    for sentence in ("The most common side effects include nausea.", "It works, particularly for anorexia.",
                     "It is the 12th oldest settlement.", "Sizes range from 2 GB to the largest, 128 GB.",
                     "It acts faster than the others.", "It was originally a veterinary anesthetic."):
        assert "rank" in answer_cues(sentence), sentence
    assert "rank" in answer_cues("It has three areas: Los Angeles with 12 million, Riverside with four million and "
                                 "San Diego with 3 million people.")
    assert "rank" not in answer_cues("Only 20% of the 2,500 clinics in the United States offer it.")
    assert "rank" not in answer_cues("In 2023, 230 million people had depression, or 3.8% of the population.")


# A time, someone or a degree asked for, which every answer gives: (what asks it, what does not), (sentences that give
# it, that do not).
KINDS_ASKED = {
    # A year named as what is asked; "when" is also answered by "after the war" or "on Mondays", and a year inside a
    # name asks for none.
    "year": (("In what year did Odo order it?", "Which years did he win?", "What year precisely?"),
             ("When was it approved?", "How many years did it take?", "What did the year bring?"),
             ("It was discovered in 1962.", "Raids began in the 880s.", "The siege began in 911.",
              "Vesuvius erupted in AD 79.", "It was founded around 300 BC."),
             ("Soon after, Parke-Davis filed a patent.", "It lasts 4–7 days.", "It was the 10th century.")),
    # "When" of something past, placed in time by a date, a unit or a word of time; the present is answered otherwise.
    "past time": (("When was it approved?", "And when did they land?", "When were the first trials run?"),
                  ("When are bins collected?", "When is the higher dose used?", "Why was it approved?"),
                  ("It was approved in 2019.", "They landed during the war.", "It opened in May.",
                   "It came soon after the patent.", "Trials ran for three weeks.", "It began in the 10th century."),
                  ("Soldiers used it on the battlefield.", "The race goes from Los Angeles to Hawaii.")),
    # Who did or does something: a name after the sentence's first word, a noun naming people or people a clause
    # describes; "Who was Rollo?" asks what a name is, and "Who can hand it out?" a role. A term's short form in
    # brackets names no one, a body's does.
    "agent": (("Who discovered it?", "And who first defined #P?", "Who was the first patient?", "Who was blamed?",
               "Who wrote it?", "Who makes it?", "Who is the leader now?"),
              ("Who was Rollo?", "Who can hand it out?", "Which company makes it?", "Who should I call?"),
              ("It was discovered by Parke-Davis Labs.", "She thanked her mother.", "The government ignored warnings.",
               "Key among these is GSK-3.", "The church was used by the dukes to unify the duchy.",
               "It helps most in patients who have failed other therapies.",
               "It was approved by the Food and Drug Administration (FDA)."),
              ("The subsequent increase is believed to help. [1]", "[2] But, further research is needed.",
               "Key among these is glycogen synthase kinase-3 (GSK3).",
               "Trials should add motivational enhancement therapy (MET) [2] and functional analytic therapy (FAP).")),
    # How much something was done: a figure or a word of degree; "how much of" and "how much money" ask otherwise.
    "degree": (("How much did those levels rise?", "By how much was it cut?"),
               ("How much money did it make?", "How much of it is left?", "How much can it cost?",
                "How many people came?"),
               ("Prices rose 12%.", "Use fell by half.", "It had a moderate-to-large effect.", "Sales doubled."),
               ("It raised brain-derived neurotrophic factor levels in animals.", "Cannabis use decreased.")),
    # Where something past happened: a phrase of place or a name after the sentence's first word (a name the question
    # gives is no answer: `gives_place`); "in 1962" places nothing. The present is answered by a path or a link too.
    "location": (("Where was Parke-Davis based?", "And where did they land?", "Where were they found?"),
                 ("What is it based on?", "Whereas the dose?", "Where is the log file?", "Where can I find it?"),
                 ("They landed in Ireland.", "It is stored at home.", "Survivors lived in relief centres.",
                  "Soon after, Stevens left."),
                 ("Soon after, it was patented.", "[1] It was patented in 1962.")),
    # A month named as what is asked: a month or a season; a year alone does not say which month.
    "month": (("What month did it strike?", "In which month was it approved?"),
              ("When did it strike?", "How many months did it take?", "What did the month bring?"),
              ("It opened in May 2019.", "It struck in the winter of 1994."),
              ("The 1994 earthquake struck the city.", "Sessions may last three months.", "It may help.")),
}


@pytest.mark.parametrize("kind", sorted(KINDS_ASKED))
def test_a_time_someone_a_degree_or_a_place_asked_for_must_be_given(kind: str) -> None:
    asking, not_asking, giving, not_giving = KINDS_ASKED[kind]
    assert all(required_kinds(q) == (kind,) for q in asking), [(q, required_kinds(q)) for q in asking]
    assert not any(kind in required_kinds(q) for q in not_asking)
    assert all(kind in answer_cues(s) for s in giving), [s for s in giving if kind not in answer_cues(s)]
    assert not any(kind in answer_cues(s) for s in not_giving)


def test_how_many_of_a_unit_of_measure_needs_a_number_in_one() -> None:
    # The count and duration rows still ask for a count or a length; the unit asks for a number in a unit besides
    # ("began in 911" counts nothing in square kilometres, "since 2019" says nothing in hours).
    for question in ("How many kilometres is the shortest tour?", "how many square miles does it cover",
                     "The hotel sold for how many dollars?", "At most how many km?", "How many more miles?"):
        assert required_kinds(question) == ("count", "measure"), question
    assert required_kinds("How many minutes must she stay?") == ("duration", "measure")
    for question in ("How many people came?", "How many years did it take?", "How many times?", "How big is it?"):
        assert "measure" not in required_kinds(question), question
    for sentence in ("a route of at most 2000 kilometres", "It covers 56,505 square miles (146,350 km2).",
                     "It sold for US$1.95 billion.", "a 2-km-long runway", "a dose of 0.5 mg/kg", "ten miles away",
                     "It stayed for eleven consecutive weeks.", "It was in its 41st week.", "It lasts three hours."):
        assert "measure" in answer_cues(sentence), sentence
    for sentence in ("The duchy began in 911 as a fiefdom.", "Six of the seven lines run downtown.",
                     "Temperatures range from 90 to 60.", "It has 2 million people.", "It is approved since 2019."):
        assert "measure" not in answer_cues(sentence), sentence


def test_one_of_gives_no_figure() -> None:
    # "One of" names a member of a group: no length, size or count, though "one of the 11 megaregions" counts.
    premier = "The Transpac, from Los Angeles to Hawaii, is one of yachting's premier events."
    assert not gives_figure(premier, "How long does the Transpac take?")
    assert not counts("One of the first mercenaries was Hervé.", "How many mercenaries were there?")
    assert counts("It is one of the 11 megaregions.", "How many megaregions are there?")
    assert gives_figure("Sessions may last up to three hours.", "How long is a session?")
    assert gives_figure("One of them lasts three weeks.", "How long does it last?")
    assert gives_figure("Its economy is one of the largest in the country.", "How big is the economy?")


def test_a_yes_no_question_asks_whether() -> None:
    for question in ("Does it affect serotonin?", "Is it approved in Japan?", "and can I drive home afterwards",
                     "But was that shown in humans?", "Could it be taken at home?"):
        assert asks_whether(question), question
    for question in ("What does it affect?", "How is it given?", "Isolation: what is it?", "Cannabis too?"):
        assert not asks_whether(question), question
    assert asks_more_of("Is it approved in Japan too?") and asks_more_of("Does it also block AMPA receptors?")
    assert asks_more_of("Was it given to civilians as well?") and not asks_more_of("Is it a tool?")
    assert not asks_more_of("Is the dose too high?") and not asks_more_of("Is it either oral or intravenous?")


def test_only_questions_about_the_documents_themselves_ask_for_an_overview() -> None:
    for question in ("What is this document about?", "Can you summarize the article?", "Give me a summary",
                     "What does the text cover?", "TL;DR?", "Overview of the documents please"):
        assert asks_overview(question), question
    for question in ("What does the document say about dosing?", "What is the summary of the trial?",
                     "Summarize it", "What is it about?", "What document did the council publish?"):
        assert not asks_overview(question), question


def test_the_key_points_or_an_account_of_the_document_ask_for_an_overview() -> None:
    for question in ("What are the key points?", "Give me the highlights", "What are the main takeaways of the paper?",
                     "Tell me about this document"):
        assert asks_overview(question), question
    assert not asks_overview("What are the key points of the trial?")


def test_a_request_is_read_as_the_plain_question() -> None:
    for asked, read in (("Summarize the side effects", "Tell me about the side effects"),
                        ("Can you give me a quick overview of esketamine?", "Tell me about esketamine"),
                        ("What's the gist of the trial?", "Tell me about the trial"),
                        ("Help me understand how it works, please", "How it works?"),
                        ("Briefly, what are the side effects?", "What are the side effects?"),
                        ("Explain REMS in simple terms", "Tell me about REMS"),
                        ("What's the deal with esketamine?", "Tell me about esketamine"),
                        ("How long do sessions last, in a nutshell?", "How long do sessions last?"),
                        # Where to look, and what a person wants, are not what they ask about either.
                        ("According to the article, when was it approved?", "When was it approved?"),
                        ("Briefly, in the text: what is REMS?", "What is REMS?"),
                        ("How many clinics are there, according to this document?", "How many clinics are there?"),
                        ("How does it work in this article?", "How does it work?"),
                        ("I'd like to know how long a session lasts.", "How long a session lasts?"),
                        ("Tell me how it works", "How it works"), ("Do you know, is it safe?", "Is it safe?"),
                        ("Can you tell me why sessions are repeated?", "Why sessions are repeated?"),
                        ("I was wondering what esketamine is", "What is esketamine?"),
                        ("I'd like to know is the relief gradual?", "Is the relief gradual?"),
                        ("Can someone tell me why sessions are repeated?", "Why sessions are repeated?"),
                        ("Real quick - what is REMS?", "What is REMS?"),
                        # A request for a definition asks what X is.
                        ("Define esketamine.", "What is esketamine?"), ("Can you define TRD?", "What is TRD?"),
                        ("What's the meaning of STAR*D?", "What is STAR*D?"),
                        ("Give me a definition of REMS", "What is REMS?"),
                        ("What is meant by the buddy drug?", "What is the buddy drug?")):
        assert plainly(asked) == read and plainly(read) == read, asked
    for question in ("How quickly does it act?", "Tell me more", "Explain.", "List of Essential Medicines?",
                     "Tell me about May", "Tell me about being anxious", "Quick onset?",
                     "Briefly", "Is it summarized in the abstract? ", "What is simply the best?",
                     "What is discussed in the article?", "Which drugs are mentioned in the text?",
                     "In the Normans article, who was Rollo?",
                     "Which definition of depression is used?", "What does it mean?"):
        assert plainly(question) == question, question
    assert defined_subject("Tell me about ketamine") == defined_subject("What is ketamine?") == "ketamine"


def test_a_document_named_in_a_question_is_found_and_the_question_asked_of_it() -> None:
    assert naming_document("In the Normans article, who was Rollo?") == ("Normans", "Who was Rollo?")
    assert naming_document("What is the Southern California document about?") == (
        "Southern California", "What is the document about?")
    assert naming_document("What is the article about?") is None
    assert plainly("Which document talks about surfing?") == plainly("What does the text say about surfing?") == \
        "Tell me about surfing"


def test_only_messages_that_ask_nothing_are_small_talk() -> None:
    assert small_talk("Thanks a lot!") == small_talk("Cool, thank you very much") != small_talk("hi there")
    assert small_talk("Good morning") == small_talk("Hello!") and small_talk("bye") and small_talk("ok")
    for message in ("Hi, what is ketamine?", "Is it ok?", "Good", "Thanks to whom was it approved?", "", "?"):
        assert small_talk(message) is None, message


def test_a_chat_message_is_read_as_the_question_it_asks() -> None:
    for typed, asked in (("Hey, what is Spravato?", "What is Spravato?"), ("ok so what happened in 2019?",
                                                                             "what happened in 2019?"),
                         ("hi there, is it safe", "is it safe"), ("Hmm... why?", "Why?"),
                         ("What is esketamine pls", "What is esketamine"), ("Is it safe, please?", "Is it safe?"),
                         ("Thanks! And when was it approved?", "And when was it approved?"),
                         ("Great, and what about kids?", "And what about kids?"),
                         ("WHAT IS ESKETAMINE??", "What is esketamine?"), ("Is it safe?!", "Is it safe?"),
                         ("What is esketamine...", "What is esketamine"), ("What is esketamine …?", "What is esketamine?"),
                         ("whats the gist, and why doesnt it last", "what's the gist, and why doesn't it last"),
                         ("Quick question: when was it approved?", "When was it approved?"),
                         ("Hi, one more question - is it safe?", "Is it safe?"), ("Q: What is REMS?", "What is REMS?"),
                         ("Hi! I have a question. When was it approved?", "When was it approved?"),
                         ("Sorry, why are sessions repeated? Just curious.", "Why are sessions repeated?"),
                         ("So, how does it work?", "How does it work?"), ("Well, is it safe?", "Is it safe?"),
                         ("Hello again! What is REMS? Keep it short.", "What is REMS?"),
                         ("Okay, next question: is it safe?", "Is it safe?"),
                         ("Also, is it safe?", "Is it safe?"), ("btw is it safe?", "is it safe?"),
                         ("By the way, is it safe?", "Is it safe?"), ("One more thing: is it safe?", "Is it safe?"),
                         ("Is it safe? Can you help?", "Is it safe?"), ("Can you help me? Is it safe?", "Is it safe?"),
                         ("Is it safe? (asking for a friend)", "Is it safe?"),
                         ("Is it safe? Thanks in advance.", "Is it safe?"),
                         ("Please, is it safe?", "Is it safe?"), ("For my essay: is it safe?", "Is it safe?"),
                         ("Is it safe, thank you!", "Is it safe"), ("Is it safe? :)", "Is it safe?"),
                         ("Is it safe 😊", "Is it safe"), ("😊 is it safe?", "is it safe?"), ("So what about children?", "What about children?"),
                         # A question of stop words and a qualifier ("last") or "you" is still a question.
                         ("Quick question: does it last", "Does it last"),
                         ("Sorry, is there one you could name?", "Is there one you could name?")):
        assert chat_question(typed) == asked and chat_question(asked) == asked, typed
    # Words that may belong to the question stay: "great" before no stop, "Hi-C", a "so" alone, a label
    # of its topic ("Side effects: ..."), a correction ("No, I mean ..."), and a message of padding only is small talk
    # or stays as typed.
    for question in ("Great Depression?", "Well-being effects?", "Hi-C maps?", "So?", "ok, thanks",
                     "Hey!", "Which single was released in the U.K.?", "...", "Side effects: are they common?",
                     "Esketamine: when was it approved?", "Short-term effects: what are they?", "Question?",
                     "Sorry, I have a question", "No, I mean ketamine. When was it discovered?",
                     "What is it? And when?", "What is ketamine? Does it help?", "What is the dose (in mg)?",
                     "Also what about kids?", "Is 3:2 the ratio?", "For my class: what is P?", "IV?", "REMS?", "Who owns I ❤ NY?"):
        assert chat_question(question) == question, question
    assert defined_subject("What is esketamine...") == defined_subject("what is esketamine") == "esketamine"


def test_a_question_wholly_about_a_named_section_gives_its_heading_words() -> None:
    assert asks_section("What does the safety rules section say?") == "safety rules"
    assert asks_section("Summarize the section on opening hours, please") == "opening hours"
    assert asks_section('Can you show me the "Membership" chapter?') == "Membership"
    assert asks_section("And the volunteering section?") == asks_section("What about the volunteering part?")
    for question in ("What part of the brain is affected?", "Which section covers dosing?",
                     "What does the document say about dosing?", "What is the part played by glutamate?"):
        assert asks_section(question) is None, question


def test_an_irregular_verbs_forms_are_one_word_and_an_event_verb_names_nothing() -> None:
    assert tokens("How is it taken?") == tokens("It takes") == tokens("They took it") == ["take"]
    assert tokens("Who wrote it?") == tokens("It was written") and tokens("It was shown") == tokens("It demonstrated")
    # Forms that are also other words stay apart: "left" is a side, "saw" a tool.
    assert tokens("She left") != tokens("She leaves") and tokens("a saw") != tokens("to see")
    assert tokens("What happened in 2019?") == tokens("What happens in 2019?") == ["2019"]
    # "Does it help with anxiety?" asks about anxiety: the verb weighs nothing, however rare in a document.
    assert tokens("Does ketamine help with depression?") == tokens("How does ketamine helping depression") == \
        tokens("ketamine depression")


def test_only_a_whole_request_for_what_follows_asks_for_it() -> None:
    for question in ("What happened next?", "And then?", "then what", "Can you tell me what happened next?",
                     "What came next?", "After that?"):
        assert asks_next(question), question
    for question in ("What happened next to the ward?", "And then what did they find?", "When?", "Next steps?"):
        assert not asks_next(question), question


def test_a_consequence_is_asked_by_a_whole_request_or_a_closing_as_a_result() -> None:
    for question in ("What happened as a result?", "What did that lead to?", "what came of it",
                     "Can you tell me what happened as a result?", "What was needed as a result?",
                     "Who benefited because of that?"):
        assert asks_consequence(question), question
    for question in ("What was the result?", "What was the result of the trial?", "As a result of what?",
                     "What happened as a result of the approval?", "What happened next?"):
        assert not asks_consequence(question), question


def test_a_consequence_asked_of_a_named_cause_names_the_cause() -> None:
    assert cause_asked_of("What did the delayed onset of antidepressants lead to?") == \
        "the delayed onset of antidepressants"
    assert cause_asked_of("Can you tell me what the patent led to?") == "the patent"
    assert cause_asked_of("What happened as a result of the approval?") == "the approval"
    assert cause_asked_of("What came of the patent?") == "the patent"
    for question in ("What did that lead to?", "What came of it?", "What were the effects of ketamine?",
                     "What led to interest in ketamine?"):
        assert cause_asked_of(question) is None, question


def test_what_happened_after_an_event_names_the_event() -> None:
    assert event_asked_after("What happened after Parke-Davis filed the patent?") == "Parke-Davis filed the patent"
    assert event_asked_after("Can you tell me what came after the approval?") == "the approval"
    for question in ("What happened after that?", "What architecture type came after Norman?", "What happened?"):
        assert event_asked_after(question) is None, question


def test_only_a_whole_request_for_an_example_asks_for_one() -> None:
    for question in ("Can you give an example?", "Give some examples.", "Any examples?", "Such as?", "Like what?",
                     "What's an example?", "Do you have an example of that?", "Example please", "Can you name some?",
                     "Name a few of them."):
        assert asks_example(question), question
    for question in ("What is an example of a decision problem?", "Give an example of a function problem.",
                     "Are there examples of side effects?", "What does the example show?", "Name some side effects."):
        assert not asks_example(question), question
    # A sentence gives an example by "such as" or "for example", not by "include", which lists a whole as often.
    assert gives_example("Names such as Roche are common.") and gives_example("For example, squaring is a reduction.")
    assert not gives_example("The WHO includes it in its list of essential medicines.")


def test_a_message_asking_two_questions_is_read_as_two() -> None:
    for message, asked in (
            ("When was esketamine approved and how is it given?",
             ["When was esketamine approved?", "How is it given?"]),
            ("Who discovered ketamine and when?", ["Who discovered ketamine?", "When?"]),
            ("What are its side effects, and is it approved?", ["What are its side effects?", "Is it approved?"]),
            ("What is esketamine? Where can it be given?", ["What is esketamine?", "Where can it be given?"]),
            ("what's the gist and why doesn't it last", ["What's the gist?", "Why doesn't it last?"])):
        assert questions_asked(message) == asked, message
    # One question with an "and" in it, or a message whose parts are not all questions, stays whole.
    for message in ("What is the difference between ketamine and esketamine?", "How and why does it work?",
                    "What happened between 1962 and when it was approved?", "Is it safe and effective?",
                    "Which drugs are approved and are safe?", "Really? Who says so?", "What is it? And the cost?"):
        assert questions_asked(message) == [message], message


def test_a_first_question_is_joined_to_no_turn_before() -> None:
    assert unjoined("So what kind of drug is it?") == "What kind of drug is it?"
    assert unjoined("and is it safe?") == "is it safe?" and unjoined("But, when?") == "When?"
    assert unjoined("So give me an overview") == "Give me an overview" == unjoined("But give me an overview")
    for question in ("So?", "So-called experts?", "Sofia: who lives there?", "What is it?"):
        assert unjoined(question) == question, question
