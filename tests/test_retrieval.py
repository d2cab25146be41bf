"""Fusion and scoring against plain reference implementations, and retrieval on the real index."""

from __future__ import annotations

import math
from dataclasses import replace

import bm25s
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa import Assistant
from index import units_of
from qa._kinds import answer_cues, defined_subject, defines, question_type, related_pair, relates
from qa._retrieval import Postings, Query, Searcher, coverage, idf, rrf, top_rows
from qa._spelling import (Speller, acronyms, asks_long_form, derived, hyphenated_words, irregular_forms, irregular_nouns,
                          national_spellings, other_forms, spelled_abbreviations, spelled_out, typed_abbreviations,
                          with_compounds)
from qa._tuning import Tuning
from qa._words import tokens, words


def reference_rrf(rankings: list[list[int]], k: int) -> dict[int, float]:
    scores: dict[int, float] = {}
    for ranking in rankings:
        for position, item in enumerate(ranking):
            scores[item] = scores.get(item, 0) + 1 / (k + position + 1)
    return scores


@given(st.lists(st.lists(st.integers(0, 30), unique=True, max_size=15), max_size=4), st.integers(1, 100))
def test_rrf_matches_reference(rankings: list[list[int]], k: int) -> None:
    assert rrf(rankings, k) == pytest.approx(reference_rrf(rankings, k))


def test_rrf_rewards_agreement() -> None:
    fused = rrf([[1, 2, 3], [3, 2, 1], [2]])
    assert max(fused, key=fused.get) == 2


def test_idf_matches_bm25s() -> None:
    # bm25s's own idf of a term in 3 of 10 documents (Lucene's variant) is what scoring must share.
    corpus = [["term"]] * 3 + [["other"]] * 7
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    only = retriever.get_scores(["term"])[0]  # tf 1 in a document of average length: idf * 1 / (1 + k1)
    assert idf(3, 10) == pytest.approx(only * (1 + retriever.k1), rel=1e-4)
    assert idf(10, 10) > 0 and idf(0, 10) > idf(3, 10)


def test_coverage_weights_terms_by_idf() -> None:
    query = {"ketamin": 0.1, "esketamin": 2.0}
    assert coverage(query, frozenset({"esketamin"})) == pytest.approx(2.0 / 2.1)
    assert coverage({}, frozenset({"x"})) == 0.0


def test_postings_list_the_rows_holding_each_stem() -> None:
    postings = Postings(["Ketamine works fast.", "", "Esketamine and ketamine differ.", "Ketamine, ketamine!"])
    assert postings.rows("ketamin").tolist() == [0, 2, 3]
    assert postings.rows("esketamin").tolist() == [2] and postings.rows("absent") is None
    assert Postings([]).rows("ketamin") is None


def test_sentence_coverage_equals_the_reference_exactly(assistant: Assistant) -> None:
    """The searcher's coverage of many sentences at once is `coverage` of each one's stems, bit for bit."""
    searcher: Searcher = assistant.loaded.searcher
    rows = np.arange(len(searcher.sentence_texts))
    for question in ["How fast does ketamine work for depression?", "What is esketamine?", "Why?",
                     "ketamine ketamine ketamine", "Which routes were tried?"]:
        query = searcher.query_terms(question)
        expected = [coverage(query, set(tokens(text))) for text in searcher.sentence_texts]
        assert searcher._coverage(query, rows).tolist() == expected


def test_tokens_drop_stopwords_and_markers() -> None:
    assert tokens("What is the role of glutamate? [12]") == ["role", "glutam"]
    assert tokens("What did the trial find?") == ["trial"]
    assert tokens("Given that it works, it is given daily") == ["work", "give", "daili"]
    # A document that never says "else" or "afterwards" must not read them as words it lacks.
    assert tokens("What else does it treat? Is the patient monitored afterwards?") == ["treat", "patient", "monitor"]
    # "several" is a quantifier, as "few" and "many" are; its stem, "sever", is also "severe"'s.
    assert tokens("Are there several hypotheses about severe symptoms?") == ["hypothes", "sever", "symptom"]


def test_a_contractions_ending_is_no_word() -> None:
    # "doesn't" was read "doesn", a word no document has, and "won't" "win".
    assert tokens("Why doesn't it work? It won't start, they're late and I can’t sleep") == [
        "work", "begin", "late", "sleep"]


def test_a_number_with_dots_is_one_word() -> None:
    # Not the single digits that "2.2.0", "2.3.0" and "2.4.0" all share.
    assert tokens("What was added in 2.2.0, for Python 3.12, at $2.50 in 2019?") == [
        "add", "2.2.0", "python", "3.12", "2.50", "2019"]
    assert words("Was 2.4.0 released?") == ["Was", "2.4.0", "released"]


@given(st.lists(st.sampled_from([-np.inf, -1.0, 0.0, 0.25, 0.5, 0.5, 1.0, 2.0]), min_size=1, max_size=60),
       st.integers(min_value=1, max_value=70))
def test_top_rows_list_what_a_stable_sort_of_all_lists_first(values: list[float], depth: int) -> None:
    scores = np.asarray(values, dtype=np.float32)  # many ties, as BM25's zeros and unscored passages give
    assert top_rows(scores, depth).tolist() == np.argsort(-scores, kind="stable")[:depth].tolist()


def reference_bm25(corpus: list[list[str]], query: list[str], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """Lucene's BM25 (no (k1 + 1) factor), the variant bm25s uses by default, written out term by term."""
    n = len(corpus)
    avgdl = sum(len(d) for d in corpus) / n
    scores = np.zeros(n)
    for term in set(query):
        df = sum(term in d for d in corpus)
        if df == 0:
            continue
        weight = math.log(1 + (n - df + 0.5) / (df + 0.5))
        for i, d in enumerate(corpus):
            tf = d.count(term)
            scores[i] += weight * tf / (tf + k1 * (1 - b + b * len(d) / avgdl))
    return scores


def test_bm25_scores_match_reference(assistant: Assistant) -> None:
    searcher: Searcher = assistant.loaded.searcher
    passages, _ = units_of(assistant.loaded.version.documents, assistant.loaded.version.passages)
    corpus = [tokens(p) for p in passages]
    query = tokens("Which drug is paired with psychotherapy for smoking cessation?")
    assert searcher._bm25.get_scores(query) == pytest.approx(reference_bm25(corpus, query), rel=1e-4)


@pytest.mark.parametrize("method", ["hybrid", "bm25", "dense"])
def test_every_method_ranks_the_obvious_passage_first(assistant: Assistant, method: str) -> None:
    hits = assistant.hits("What brand name does esketamine have?", 3, method)  # type: ignore[arg-type]
    text = assistant.loaded.version.passage_text(hits[0].passage)
    assert "Spravato" in text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_prior_passages_join_the_fusion(assistant: Assistant) -> None:
    searcher = assistant.loaded.searcher
    text = "Which routes were tried?"
    vector = assistant.embed([text])[0]
    alone = [h.passage.id for h in searcher.search(Query.alone(text, vector), 8)]
    # A passage the question alone does not rank among its best: the previous answer's brings it in.
    outside = next(p.id for p in assistant.loaded.version.passages if p.id not in alone)
    prior = Query(text, vector, text, vector, prior=(outside,), prior_weight=1.0)
    assert outside in [h.passage.id for h in searcher.search(prior, 8)]


def test_synonyms_share_a_stem() -> None:
    assert tokens("How fast does it work?") == tokens("a rapid work")
    assert tokens("Which one especially?") == tokens("which particularly")
    # "When does it start working?" is answered by its "rapid onset": the onset of something is its start.
    assert tokens("When does it start working?") == tokens("its onset working")


@pytest.mark.parametrize("forms", [
    "hypothesis hypotheses", "diagnosis diagnoses diagnosed diagnose", "analysis analyses analyse analyze analyzed",
    "psychosis psychoses", "emphasis emphasize", "paralysis paralyzed"])
def test_forms_of_a_word_in_sis_share_a_stem(forms: str) -> None:
    # The bundled article writes "hypotheses": "What is the hypothesis ...?" asked of it named a word it never uses.
    assert len(set(tokens(forms))) == 1


@pytest.mark.parametrize("question, subject", [
    ("What is esketamine?", "esketamine"), ("What are NMDA receptors?", "NMDA receptors"),
    ("what is the STAR*D trial", "STAR*D trial"), ("What is ketamine derived from?", None),
    ("Who is Calvin Stevens?", "Calvin Stevens"), ("who was rollo", "rollo"), ("Who was the Mongol prince?", None),
    ("Who was Maria's mother?", None), ("Who are these women?", None), ("Who is Beyoncé married to?", None),
    ("What is the role of glutamate in the brain today?", None),
    ("What kind of drug is ketamine?", "ketamine"), ("What type of receptor antagonist was ketamine?", "ketamine"),
    ("What kind of drug was used on the battlefield?", None),
])
def test_definition_questions_name_their_subject(question: str, subject: str | None) -> None:
    assert defined_subject(question) == subject


@pytest.mark.parametrize("question, pair", [
    ("What is the difference between ketamine and esketamine?", ("ketamine", "esketamine")),
    ("What's the difference between the low dose and the high dose?", ("low dose", "high dose")),
    ("What is esketamine in relation to ketamine?", ("esketamine", "ketamine")),
    ("How is PCP related to ketamine?", ("PCP", "ketamine")), ("How does PCP relate to ketamine?", ("PCP", "ketamine")),
    ("How is esketamine different from ketamine?", ("esketamine", "ketamine")),
    ("How does sublingual ketamine differ from intramuscular ketamine?", ("sublingual ketamine", "intramuscular ketamine")),
    ("What was Angela Merkel serving as in relation to the letter?", None), ("What is esketamine?", None),
])
def test_questions_asking_how_two_things_relate_name_both(question: str, pair: tuple[str, str] | None) -> None:
    assert related_pair(question) == pair


def test_a_sentence_relates_two_things_where_it_says_what_one_is_in_terms_of_the_other() -> None:
    defining = "Intranasal esketamine (Spravato)—an enantiomer of ketamine—was approved."
    assert relates(defining, "ketamine", "esketamine") and relates(defining, "esketamine", "ketamine")
    # Both named, neither defined; or one defined without the other ("ketamine" is not inside "esketamine").
    assert not relates("Ketamine infusions may work better than esketamine.", "ketamine", "esketamine")
    assert not relates("Esketamine is a nasal spray.", "ketamine", "esketamine")


@pytest.mark.parametrize("sentence, expected", [
    ("Intranasal esketamine (Spravato)—an enantiomer of ketamine—was approved.", True),
    ("Esketamine is a nasal spray.", True),
    ("Esketamine, the S-enantiomer, is stronger.", True),
    ("Esketamine is under strict regulation.", False),
    ("Pre-esketamine, a drug was used.", False),
    ("An example of esketamine is the following.", False),
    ("The use of esketamine, an enantiomer, grew.", True),
    # Named by what it is before the name, not by a clause or a phrase ending in "of".
    ("It approved the S-enantiomer nasal spray esketamine in 2019.", True),
    ("Their new drug esketamine was approved.", True),
    ("The agency approved esketamine in 2019.", False),
    ("The approval of esketamine came in 2019.", False),
    ("The trial testing esketamine ended.", False),
])
def test_a_sentence_defines_its_subject(sentence: str, expected: bool) -> None:
    assert defines(sentence, "esketamine") is expected


def test_abbreviations_are_spelled_out_as_the_documents_write_them() -> None:
    texts = ["Post-traumatic stress disorder is common. It helps obsessive–compulsive disorder and the obsessive"
             " compulsive disorder too, and obsessive–compulsive disorder again.", "Only a Cat Dog."]
    assert acronyms("Does it help PTSD or OCDs? And IV use?") == ["PTSD", "OCD"]
    assert acronyms("What does the WHO say? And the ONE Campaign?") == ["WHO", "ONE"]
    assert acronyms("WHO discovered it?") == acronyms("WHAT DID THE WHO SAY?") == []
    assert spelled_out("PTSD", texts) == "post-traumatic stress disorder"
    assert spelled_out("OCD", texts) == "obsessive–compulsive disorder"
    assert spelled_out("ACD", texts) is None  # "a Cat Dog": a stop word never counts
    # Where the documents use the abbreviation, only the phrase they define it as, which may hold "and" or "of".
    defined = ["The Food and Drug Administration (FDA) met. So did the Food Distribution Agency, the FDA.",
               "It has been studied for treatment-resistant depression(TRD) and in metropolitan areas and San Diego."]
    assert spelled_out("FDA", defined, defined=True) == "food and drug administration"
    assert spelled_out("FDA", defined) == "food distribution agency"
    assert spelled_out("TRD", defined, defined=True) == "treatment-resistant depression"
    assert spelled_out("MAS", defined) is None  # "and" gives no letter, nor is it passed over, undefined


def test_a_compound_word_may_give_two_letters_of_an_abbreviation() -> None:
    texts = ["Treatments include electroconvulsive therapy and transcranial magnetic stimulation.",
             "The metropolitan area. The Electro Convulsive Trio played."]
    assert spelled_out("ECT", texts[:1]) == "electroconvulsive therapy"  # "electro" + "convulsive"
    assert spelled_out("ECT", texts) == "electro convulsive trio"  # a phrase giving each letter a word comes first
    assert spelled_out("TMS", texts) == "transcranial magnetic stimulation"
    assert spelled_out("MP", texts) is None  # "metro" + "politan": not an English word


@pytest.mark.parametrize("question, asks", [
    ("What does TRD stand for?", True), ("What is CBT short for?", True), ("What does REMS mean?", True),
    ("What does the acronym STAR*D mean?", True), ("What is TRD?", False), ("Who stands behind the FDA?", False),
    ("What was the mean snowfall in NYC?", False)])
def test_a_question_may_ask_what_an_abbreviation_stands_for(question: str, asks: bool) -> None:
    assert asks_long_form(question) is asks


def test_an_abbreviation_asked_after_is_spelled_out_as_the_documents_define_it(assistant: Assistant) -> None:
    # The document writes "treatment-resistant depression(TRD)" once: asked what TRD stands for, that is the answer.
    answer = assistant.ask("What does TRD stand for?")
    assert answer.query == "What does TRD (treatment-resistant depression) stand for?"
    assert answer.found and "treatment-resistant depression(TRD)" in answer.answer
    answer = assistant.ask("What does FDA stand for?")
    assert "Food and Drug Administration (FDA)" in answer.answer
    # Typed in lower case, or shouted (read in lower case), the abbreviation is one of the question's short words.
    assert assistant.ask("what does trd stand for").query == "what does trd (treatment-resistant depression) stand for"
    assert "Risk Evaluation and Mitigation Strategy" in assistant.ask("WHAT DOES REMS MEAN?").answer
    assert assistant.ask("what does xyz stand for").query == "what does xyz stand for"  # one they do not define
    # Not asked what it stands for, an abbreviation the documents use is searched as they write it.
    assert assistant.ask("When did the FDA approve esketamine?").query == "When did the FDA approve esketamine?"


def test_an_abbreviation_spelled_out_counts_as_its_long_form(assistant: Assistant) -> None:
    # The document never writes "ECT", only "electroconvulsive therapy": the letters weigh nothing unknown.
    searcher = assistant.loaded.searcher
    assert spelled_abbreviations("Is ECT (electroconvulsive therapy) or Spravato (esketamine) safe?") == ["ECT"]
    assert searcher.unknown("ECT (electroconvulsive therapy)") == 0
    assert searcher.unknown("ECT electroconvulsive therapy") > 0.3  # not spelled out: an unknown word
    answer = assistant.ask("What does ECT stand for?")
    assert answer.found and "electroconvulsive therapy" in answer.answer


def test_a_sentence_giving_the_kind_asked_for_holds_the_nouns_that_name_it(assistant: Assistant) -> None:
    # The document never writes "routes" (nor "tried"), but names routes: the noun naming the kind is neither unknown
    # nor missing from a sentence that gives one.
    searcher = assistant.loaded.searcher
    routes = next(r for r, text in enumerate(searcher.sentence_texts) if "intramuscular, and oral" in text)
    hours = next(r for r, text in enumerate(searcher.sentence_texts) if "three hours" in text)
    assert searcher.unknown("Which routes were tried?") == pytest.approx(0.5)
    assert searcher.held("Which routes were tried?", [routes, hours]).tolist() == pytest.approx([0.5, 0.0])
    # Not asked as the kind ("Were the routes tried?"), the noun is a word like any other.
    assert searcher.unknown("Were the routes tried?") == 1.0
    assert searcher.held("Were the routes tried?", [routes, hours]).tolist() == [0.0, 0.0]


def test_a_question_of_light_verbs_alone_names_nothing_unknown(assistant: Assistant) -> None:
    # The document never says "make" or "made": alone, the verb is no sign of a subject it lacks; beside a noun it
    # counts as any unknown word does.
    searcher = assistant.loaded.searcher
    assert not searcher.knows(tokens("made")[0])
    assert searcher.unknown("Who made it?") == 0
    assert 0 < searcher.unknown("How is it made in a lab?") < 1
    first = assistant.respond("When was ketamine discovered?")
    follow_up = assistant.respond("Who made it?", first.turn)
    assert follow_up.answer.found and "Parke-Davis" in follow_up.answer.answer


def test_a_verb_of_helping_does_not_pick_the_one_sentence_that_uses_it(assistant: Assistant) -> None:
    # The bundled article says "help" once, of CBT; asked whether ketamine helps depression, it answers of depression.
    for question in ("How does ketamine help depression?", "Does ketamine help with depression?"):
        answer = assistant.ask(question)
        assert answer.found and "inaccurate beliefs" not in answer.answer.split("[1]")[0], question
        assert "depression" in answer.answer.split("[1]")[0].lower(), question


def test_a_question_with_an_unknown_abbreviation_searches_its_long_form(assistant: Assistant) -> None:
    answer = assistant.ask("Can ketamine treat OCD?")
    assert answer.query == "Can ketamine treat OCD (obsessive–compulsive disorder)?"
    assert "obsessive" in answer.answer.lower()
    # "WHO" is also a common word: a shouted question, or one it opens, stays as asked ...
    assert assistant.ask("WHO DISCOVERED KETAMINE?").query == "Who discovered ketamine?"
    assert assistant.ask("WHO discovered ketamine?").query == "WHO discovered ketamine?"
    # ... but "the WHO" inside a question is the organisation the document names.
    answer = assistant.ask("What does the WHO say about ketamine?")
    assert answer.query.startswith("What does the WHO (world health organi")
    assert "Model List of Essential Medicines" in answer.answer


def test_an_abbreviation_typed_in_lower_case_is_spelled_out_too(assistant: Assistant) -> None:
    known = {"ketamine", "help", "treat"}.__contains__
    assert typed_abbreviations("can ketamine treat ocd or ptsd? who says so? and the xyz", known) == ["ocd", "ptsd",
                                                                                                      "xyz"]
    # English words and the documents' own ("mtor" for mTOR) are words, whatever their case.
    assert typed_abbreviations("is pain, mtor or gsk involved", lambda w: w == "mtor") == ["gsk"]
    answer = assistant.ask("can ketamine treat ocd")
    assert answer.query == "can ketamine treat ocd (obsessive–compulsive disorder)"
    assert "obsessive" in answer.answer.lower()
    # A word the documents spell no phrase for is left as it is.
    assert assistant.ask("does ketamine help xyz").query == "does ketamine help xyz"


SPELLED = ["Patients in psychotherapy were tired. Her fiancé visited France, their heir came too.",
           "Studies tested the dose, and then the doses. The Trial began; several trials ran."]


@pytest.mark.parametrize("word, correction", [
    ("psychoterapy", "psychotherapy"), ("Psychoterapy", "psychotherapy"),
    ("fiance", "fiancé"),  # an accent restored
    ("tried", None),  # an English word, though "tired" is one edit away
    ("hteir", None),  # "their" or "heir"
    ("sumamrize", "summarize"), ("hapepned", "happened"),  # words the rules read, not the documents'
    ("tiral", "trial"),  # written "Trial" as a name, but "trials" as a word
    ("frence", None),  # "France" is only a name: a lowercase word is not it
    ("dosse", None),  # "dose" and "doses": which one is not known
    ("tetsing", "testing"),  # another form of "tested", one edit away where none of the documents' words is
    ("Tetsing", None),  # ... but a capitalised word may be a name: only the documents' own words correct it
    ("beter", "better"),  # a word the rules read, not the unit "meter": no misspelling is corrected into a unit
])
def test_a_misspelt_word_becomes_the_one_word_of_the_documents_or_the_rules_one_edit_away(
        word: str, correction: str | None) -> None:
    assert Speller(SPELLED, 1).correction(word) == correction


def test_a_question_is_searched_as_the_documents_spell_it(assistant: Assistant) -> None:
    answer = assistant.ask("How long does a psychoterapy sesion last?")
    # "sesion" is two edits from "sessions", the only form the document has, but one from "session", another form.
    assert answer.query == "How long does a psychotherapy session last?"
    assert "three hours" in answer.answer
    searcher = assistant.loaded.searcher
    assert searcher.expand("Did L'Oreal fund the psychoterapy?") == "Did L'Oreal fund the psychotherapy?"
    assert searcher.expand("Is psychoterapy's cost known?") == "Is psychotherapy's cost known?"
    assert Searcher(assistant.loaded.version, replace(Tuning(), spelling_edits=0)).expand(
        "psychoterapy?") == "psychoterapy?"


def test_a_word_is_searched_with_or_without_hyphens_as_the_documents_write_it(assistant: Assistant) -> None:
    written = hyphenated_words(["Connect to the Wi-Fi network.", "It is a non-profit, run by Parke-Davis."])
    assert written == {"wifi": "Wi-Fi", "nonprofit": "non-profit", "parkedavis": "Parke-Davis"}
    uses = {"email"}.__contains__
    assert with_compounds("Do you have wifi? Can I e-mail you? Is it nonprofit?", written, uses) == (
        "Do you have Wi-Fi? Can I email you? Is it non-profit?")
    searcher = assistant.loaded.searcher  # the bundled document writes "long-term" and "antidepressants"
    assert searcher.expand("Is longterm use safe?") == "Is long-term use safe?"
    assert searcher.expand("How fast do anti-depressants work?") == "How fast do antidepressants work?"
    assert searcher.expand("Is long-term use safe?") == "Is long-term use safe?"


@pytest.mark.parametrize("word, forms", [
    ("buses", ["bus", "busis"]), ("crises", ["cris", "crisis"]), ("crisis", ["crises"]), ("faster", ["fast", "faste"]),
    ("bigger", ["bigg", "big", "bigge"]), ("easier", ["easi", "easie", "easy"]), ("stimuli", ["stimulus"]),
    ("criteria", ["criterion"]), ("biggest", []), ("great", []),
])
def test_other_forms_of_a_word_take_off_or_put_on_the_endings_the_stemmer_keeps(word: str, forms: list[str]) -> None:
    assert other_forms(word) == forms


@pytest.mark.parametrize("word, other", [
    ("anaesthetic", "anesthetic"), ("anesthetic", "anaesthetic"), ("Behaviour", "behavior"), ("oedema", "edema"),
    ("analyse", "analyze"), ("organisation", "organization"), ("centre", "center"), ("licence", "license"),
    ("catalogue", "catalog"), ("programme", "program"), ("counsellor", "counselor"), ("counselor", "counsellor"),
    ("tranquilliser", "tranquilizer"), ("travelled", "traveled"),
])
def test_a_word_is_respelt_in_the_other_nations_letters(word: str, other: str) -> None:
    assert other in national_spellings(word)
    assert word.lower() not in national_spellings(word)


@pytest.mark.parametrize("word, never", [("filled", "filed"), ("tiles", "tilles"), ("willed", "wiled")])
def test_an_l_is_doubled_or_undoubled_only_after_a_syllable_and_before_a_suffix(word: str, never: str) -> None:
    assert never not in national_spellings(word)


def test_a_word_the_documents_spell_the_other_nations_way_is_read_in_theirs(assistant: Assistant) -> None:
    searcher = assistant.loaded.searcher  # the bundled document writes "anesthetic"
    assert searcher.expand("Is it a paediatric anaesthetic?") == "Is it a paediatric anesthetic?"
    assert searcher.expand("Anaesthetics aside, is it used?") == "Anesthetics aside, is it used?"
    assert searcher.unknown(searcher.expand("Is it an anaesthetic?")) == 0 < searcher.unknown("Is it an anaesthetic?")
    assert searcher.expand("Was the patent filled?") == "Was the patent filled?"  # "filed" is another word


@pytest.mark.parametrize("word, forms", [("child", ["children"]), ("children", ["child"]), ("kids", ["children"]),
                                         ("feet", ["foot"]), ("person", []), ("bus", [])])
def test_an_irregular_nouns_other_number_is_found_by_either_forms_stem(word: str, forms: list[str]) -> None:
    assert irregular_forms(tokens(word)[0]) == forms
    assert irregular_nouns(f"Was the {word} there?") == ([word] if forms else [])


def test_an_english_word_the_documents_write_only_in_another_form_is_read_in_theirs(assistant: Assistant) -> None:
    searcher = assistant.loaded.searcher  # the bundled document writes "safe", never "safer"; "large" and "larger"
    assert searcher.expand("Is there a safer form?") == "Is there a safe form?"
    assert searcher.unknown("Is there a safe form?") < searcher.unknown("Is there a safer form?")
    # It writes "children", never "child": "kids" (read "child") is read as theirs, though too short to be misspelt.
    assert searcher.expand("Do kids get it? Is a child given less?") == "Do children get it? Is a children given less?"
    assert searcher.unknown("Do children get this anesthetic?") < searcher.unknown("Do kids get this anesthetic?")
    assert searcher.expand("How many people get it?") == "How many people get it?"  # no other number of "people"
    assert searcher.expand("Were the trials larger?") == "Were the trials larger?"  # theirs already
    assert searcher.expand("Which one is the safest?") == "Which one is the safest?"  # a superlative asks more


@pytest.mark.parametrize("stem, found", [
    ("hallucin", ["hallucinogen"]), ("psychiatrist", ["psychiatr"]), ("compani", ["companion"]), ("theori", ["theoriz"]),
    ("medicar", []),  # "medic" is shorter than six letters
    ("theoriz", []),  # the stem itself is no other form
])
def test_derived_stems_extend_the_stem_or_are_extended_by_it(stem: str, found: list[str]) -> None:
    theirs = sorted(["hallucinogen", "psychiatr", "companion", "medic", "theoriz", "session"])
    assert derived(stem, theirs, 6) == found


def test_an_english_word_of_the_same_root_as_the_documents_word_is_read_as_theirs(assistant: Assistant) -> None:
    searcher = assistant.loaded.searcher  # the bundled document writes "hallucinogenic" and "disorientation"
    assert searcher.expand("Does ketamine cause hallucinations?") == "Does ketamine cause hallucinogenic?"
    assert searcher.expand("Can it leave you disoriented?") == "Can it leave you disorientation?"
    assert searcher.unknown("Can it leave you disorientation?") < searcher.unknown("Can it leave you disoriented?")
    # Looking alike is not enough: "receptor" and "conventional" are no forms of these words.
    assert searcher.expand("Was there a reception?") == "Was there a reception?"
    assert searcher.expand("When did they convene?") == "When did they convene?"
    # A word the rules read keeps asking what it asks: the document writes "common", but "commonest" asks a rank.
    assert searcher.expand("Which side effect is the commonest?") == "Which side effect is the commonest?"
    assert Searcher(assistant.loaded.version).expand("Any hallucinations?") == "Any hallucinations?"  # no vectors


@pytest.mark.parametrize("question, kind, sentence", [
    ("Why are sessions repeated?", "reason", "Relapse comes in weeks, which is why doses are repeated."),
    ("When was it approved?", "time", "It was approved in 2019."),
    ("How many clinics offer it?", "count", "Only 20% of clinics do."),
    ("How long does it last?", "quantity", "Its effects last up to a week."),
    ("Where was it first used?", "place", "In the United States it was used on the battlefield."),
    ("Any problems?", "risk", "However, some patients had manic symptoms."),
    ("How does it work in the brain?", "mechanism", "It works by blocking a receptor."),
    ("What is its mechanism of action?", "mechanism", "Its mechanism of action is as a receptor antagonist."),
    # A question wrapped in a request to be told asks what it asks unwrapped.
    ("Can you tell me why sessions are repeated?", "reason", "Relapse comes in weeks, which is why doses are repeated."),
    ("Do you know when it was approved?", "time", "It was approved in 2019."),
    ("Any idea where it was first used?", "place", "In the United States it was used on the battlefield."),
])
def test_a_question_asks_for_a_kind_of_answer_that_sentences_hold(question: str, kind: str, sentence: str) -> None:
    assert question_type(question) == kind
    assert kind in answer_cues(sentence)
    assert kind not in answer_cues("Ketamine is a drug.")


def test_closest_sentence_matches_a_plain_loop(assistant: Assistant) -> None:
    searcher, version = assistant.loaded.searcher, assistant.loaded.version
    vector = assistant.embed(["How long does a therapy session last?"])[0]
    rows = np.array([0, 3, len(version.passages) - 1])
    expected = [max(float(version.sentence_vectors[i] @ vector)
                    for i in range(version.sentence_rows[r], version.sentence_rows[r + 1])) for r in rows]
    assert searcher._closest_sentence(vector, rows) == pytest.approx(expected, rel=1e-5)
    assert len(searcher._closest_sentence(vector, np.array([], dtype=np.int64))) == 0


def test_hybrid_candidates_fuse_dense_bm25_and_closest_sentence_rankings(assistant: Assistant) -> None:
    version = assistant.loaded.version
    question = "How long does a therapy session last?"
    vector = assistant.embed([question])[0]
    searcher = Searcher(version, replace(Tuning(), sentence_rank=0.7, sentence_depth=5))
    dense, lexical = searcher._rankings(vector, question, None)
    # The reference: each ranking written out over every passage, the closest-sentence one over the first
    # five of the other two's fusion, fused with its weight.
    n = len(version.passages)
    by_dense = sorted(range(n), key=lambda r: -dense[r])
    by_lexical = [r for r in sorted(range(n), key=lambda r: -lexical[r]) if lexical[r] > 0]
    fused = reference_rrf([by_dense, by_lexical], 60)
    leaders = sorted(fused, key=lambda r: -fused[r])[:5]
    closest = {r: max(float(version.sentence_vectors[i] @ vector)
                      for i in range(version.sentence_rows[r], version.sentence_rows[r + 1])) for r in leaders}
    for r, bonus in reference_rrf([sorted(leaders, key=lambda r: -closest[r])], 60).items():
        fused[r] += 0.7 * bonus
    got = searcher._candidates(vector, "hybrid", dense, lexical, [])
    assert [round(fused[r], 9) for r in got] == sorted((round(v, 9) for v in fused.values()), reverse=True)
    assert set(got) == set(range(n))
