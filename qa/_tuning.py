"""The hand-set numbers of the answering core, in one frozen dataclass; fitted ones live in data/trained/."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tuning:
    """How signals are weighed where nothing was fitted: retrieval, follow-ups, answer composition."""

    # A sentence's score: its own match to the question plus its passage's.
    sentence_dense: float = 1.0
    sentence_lexical: float = 0.5
    passage_dense: float = 0.6
    passage_lexical: float = 0.3
    # Passages whose sentences are scored, out of the fused ranking of the first `depth` of each method
    # (16 rather than 8: on the training file answer hit 0.8554 -> 0.8579, cite@1 0.8277 -> 0.8298; bench/tuning.py).
    candidates: int = 16
    depth: int = 100
    rrf_k: int = 60
    # How much the ranking of passages by their closest sentence adds to that fusion; chosen on the
    # training file's questions (python bench/tuning.py sentence_rank 0 0.5 0.75 1).
    sentence_rank: float = 0.5
    # ... over the first this many of the dense and BM25 fusion (more read more vectors for no gain).
    sentence_depth: int = 32
    # A sentence that leaves its topic to the sentence before it gains part of that sentence's lead.
    neighbour: float = 0.4
    # Bonus of a sentence holding the kind of answer asked for (a number for "how many" ...);
    answer_type: float = 0.15
    # ... more for "why", "how does it work" and how two things relate: the connective ("because", "which is why"),
    # the means ("its mechanism", "works by") or one said in terms of the other is what makes a sentence the answer.
    reason: float = 0.3
    # Follow-ups: the passages that answered the turn before join the fusion as a third ranking ...
    prior: float = 0.5
    # ... and their sentences gain this much, times 1.6 when the wording itself points back.
    prior_bonus: float = 0.3
    explicit_prior: float = 1.6
    # How strongly a follow-up's query vector leans towards the turn before's. 0.3 answered more of the training
    # file's follow-ups (after another question of the article 0.8241 -> 0.8334, after the paragraph's question
    # before 0.8906 either way; bench/tuning.py), but those keep every word but the subject, and our hand-written
    # elliptical dialogs lost one (bench/dialogs.py, 13/18 -> 12/18), so it stays.
    context_weight: float = 0.6
    # Topic words a follow-up carries over from the turns before: older ones drop out as new turns name their own.
    # 3 answered more of the training file's paragraph follow-ups (0.8901 -> 0.8909; 5 and 6: 0.8887) but fewer of
    # our hand-written dialogs' (13/18 -> 11/18), so it stays at 4.
    context_words: int = 4
    # Below this similarity, and sharing no word, a follow-up's own words say nothing about a sentence: the
    # earlier passage is read in order when they say nothing of its sentences, and such a sentence does not join
    # a follow-up's answer as a runner-up (the borrowed context lifts every sentence of that passage alike; on
    # the training file's paragraph follow-ups, answer hit 0.8545 with or without, 282 characters instead of 285).
    vague: float = 0.25
    # A continuation's word the documents use stands in for an earlier word this close (single-word vectors) or
    # closer: "esketamine" for "ketamine" (0.68), "anxiety" for "depression" (0.59), not "children" for "ketamine"
    # (0.20) nor "side effects" for "esketamine" (0.20).
    same_kind: float = 0.45
    # A word of a question that is neither the documents' nor English is read as their word this many edits
    # away (0: never). Two edits cost up to 0.3 s for a long word with no match one edit away.
    spelling_edits: int = 1
    # An English word the documents never use is read as their word of the same root where the stemmer parts the two
    # (their stems of this many letters or more, one extending the other: "hallucinations" as "hallucinogenic",
    # "kilometers" as "kilometres") and their single-word vectors are this close. On the training file's questions
    # the forms so found are 0.57 to 0.96 close where they share a meaning ("introduced", "introduction"; "stabilization",
    # "stabilisation") and 0.24 to 0.49 where they do not ("company", "companions"; "property", "properly"); answer
    # hit 0.8778 either way, cite@1 0.8323 -> 0.8325 (bench/tuning.py). 0 reads none.
    derived_stem: int = 6
    derived_form: float = 0.55
    # A sentence the previous answer already quoted yields to new ones.
    repeat_penalty: float = 0.05
