"""Examples the found decision is fitted on: questions turned into follow-ups and onto another subject."""

from __future__ import annotations

from qa._calibration import as_follow_up, renamed, subject_name


def test_a_question_becomes_a_follow_up_by_naming_its_subject_it() -> None:
    assert as_follow_up("When did Beyoncé rise to fame?", "Beyoncé") == "When did it rise to fame?"
    assert as_follow_up("What was Beyoncé's first album?", "Beyoncé") == "What was its first album?"
    assert as_follow_up("Who wrote the novel?", "To_Kill_a_Mockingbird") is None


def test_a_question_is_asked_of_another_subject() -> None:
    name = subject_name("Frédéric_Chopin")
    assert name == "Frédéric Chopin"
    assert renamed("When did Beyoncé rise to fame?", "Beyoncé", name, f"{name}'s") == \
        "When did Frédéric Chopin rise to fame?"
    # A bracketed note is not part of the name; the name's last word alone names the subject too.
    assert subject_name("Spectre_(2015_film)") == "Spectre"
    assert renamed("Where did Chopin live?", "Frédéric_Chopin", "Spectre", "Spectre's") == "Where did Spectre live?"
