"""Answer quality: SQuAD answer hit and cite@k, seed-dev singles and out-of-scope (../shared/eval), and our own
on-topic questions the bundled document does not answer; with --follow-ups, SQuAD questions asked as follow-ups."""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (article_assistant, ask_after, assistant_for, holds_gold, paragraph_follow_up,  # noqa: E402
                           scratch, seed_dev, squad_articles, squad_marks, table, with_reader)
from bench.support import make_docx  # noqa: E402
from index import Embedder  # noqa: E402
from qa import Answer, Assistant, Settings  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402
from qa.training import SquadQuestion  # noqa: E402

# Our own questions on the bundled document's subject that it does not answer (not from ../shared/eval):
# they share its words, so they measure the known gap of "not in the document" on topic.
OWN_ON_TOPIC_OUT_OF_SCOPE = [
    "How much does a session cost?", "How much does esketamine cost?", "Is ketamine therapy covered by insurance?",
    "What is the street price of ketamine?", "Can I drive after a ketamine session?", "Is ketamine legal in Germany?",
    "Who manufactures Spravato?", "How many people died from ketamine overdose in 2020?",
    "What is the half-life of ketamine?", "Can ketamine be used during pregnancy?",
    "Does ketamine interact with alcohol?", "What dose of ketamine is lethal?",
    "Which celebrities used ketamine therapy?", "How long does a ketamine clinic appointment take to book?",
    "What is the chemical formula of ketamine?", "Is ketamine safe for dogs?", "How does ketamine taste?",
    "Who is the current head of the FDA?", "Is ketamine legal in Japan?", "How many ketamine clinics are in Canada?",
]


# Our own questions asking a price in other words than "how much" (written 2026-12-03, stop 57, and run once before any
# change for them): the document states no price, so each is `found: false`.
PRICES_ASKED_OTHERWISE = [
    "What does ketamine cost?", "What do ketamine sessions cost?", "What's the price of esketamine?",
    "What would a course of ketamine therapy cost?", "What's the cost of a ketamine infusion?",
    "What does a Spravato treatment cost?", "What will esketamine cost me?", "What did a session cost in 2020?",
]

# Our own questions about the bundled document as a whole (written 2026-12-01): answered by its opening sentence.
OWN_OVERVIEW_QUESTIONS = [
    (q, ["Ketamine-assisted psychotherapy is the use of prescribed doses"]) for q in (
        "What is this document about?", "What's the article about?", "Summarize the document.",
        "Can you summarize this text?", "Give me an overview", "Give me a summary of the article, please",
        "What does this page cover?", "tl;dr?", "What is the paper about?", "Please sum up the document")]

# Our own single questions on the bundled document (written 2026-11-30, not from ../shared/eval), with gold
# strings as seed-dev has them: a check that answering generalises beyond the seed questions.
OWN_SINGLES = [
    ("When was ketamine first given to a person?", ["1964"]),
    ("Why was ketamine called the buddy drug?", ["administer it to one another"]),
    ("Which anesthetics are on the WHO essential medicines list with ketamine?", ["propofol", "thiopental"]),
    ("Is ketamine safe for children?", ["safe to use for children"]),
    ("How many people had depression in 2023?", ["230 million"]),
    ("What limits antidepressant treatment?", ["delayed onset"]),
    ("What did the STAR*D trial find?", ["low response rates"]),
    ("How long does the effect of one dose last?", ["up to a week"]),
    ("How fast does ketamine reduce suicidal thoughts?", ["two hours"]),
    ("Does ketamine help non-depressed people with suicidal ideation?", ["cannot currently be generalised"]),
    ("What happens to memories of trauma with ketamine?", ["reconsolidation"]),
    ("Which receptor does ketamine block?", ["NMDA"]),
    ("What does ketamine do to BDNF levels?", ["increase brain-derived neurotrophic factor"]),
    ("How long do sessions last?", ["three hours"]),
    ("What share of ketamine clinics offer psychotherapy?", ["20%"]),
    ("When is sublingual ketamine used?", ["active therapist-patient communication"]),
    ("Is intramuscular ketamine more effective than sublingual?", ["no notable difference"]),
    ("How quickly does ketamine work for bipolar depression?", ["40 minutes"]),
    ("What side effects did bipolar patients have?", ["manic"]),
    ("Which substances did ketamine reduce cravings for?", ["alcohol, cocaine, and opioids"]),
    ("Why are eating disorders hard to treat?", ["varying degrees of effectiveness", "remission"]),
    ("Which eating disorder responds best to ketamine?", ["anorexia nervosa"]),
    ("What are the most common side effects of ketamine?", ["dissociation, disorientation"]),
    ("Can ketamine therapy be done at home?", ["used from home"]),
    ("Is compounded ketamine approved for psychiatric use?", ["not approved"]),
    ("What is REMS?", ["Risk Evaluation and Mitigation Strategy"]),
    ("Where can esketamine be given?", ["certified clinical settings"]),
    ("What are the risks of ketamine?", ["dissociation, sedation and abuse", "toxic"]),
    ("Why can't current results be generalised?", ["lack of large, replicated clinical trials"]),
    ("How long does ketamine's antidepressant effect last?", ["4–7 days", "up to a week"]),
    ("How soon after an infusion does ketamine start working?", ["2–24 hours"]),
    ("What is the time to relapse after ketamine treatment?", ["2–4 weeks"]),
    ("Which company is an example of telemedicine ketamine therapy?", ["Psychedelic Institute"]),
    ("What kind of drug is ketamine?", ["NMDA", "anesthetic"]),
    ("Which therapy improves ketamine's effect on OCD?", ["cognitive behavioral therapy"]),
    ("What does esketamine's nasal spray treat?", ["treatment-resistant", "suicidality"]),
    ("Which form of ketamine did the FDA approve for depression?", ["esketamine", "Spravato"]),
    ("Which organization lists ketamine as an essential medicine?", ["World Health Organisation"]),
    ("What does ketamine do?", ["NMDA", "anesthetic", "neuroplasticity"]),
    ("How does ketamine work?", ["NMDA"]),
    ("How is esketamine taken?", ["nasal spray", "intranasal"]),
    ("Who can prescribe ketamine off-label?", ["healthcare professionals"]),
    ("What is monitored after esketamine is given?", ["patient monitoring"]),
    ("Which pathways does ketamine activate?", ["mTOR", "rapamycin"]),
    ("What happens during a high-dose session?", ["eye coverings", "inward focus"]),
    ("Which disorder was ketamine used with a mood stabilizer for?", ["bipolar"]),
    ("What was ketamine meant to replace?", ["PCP", "phencyclidine"]),
    ("Where has ketamine been used off-label?", ["Europe and the United States"]),
    ("What do the signaling pathways do?", ["augment neuroplasticity", "neuroplasticity"]),
    ("Are the effects of ketamine on addiction understood?", ["remain unknown"]),
    ("What drug is paired with psychotherapy for alcohol dependence?", ["naltrexone"]),
    ("How does therapy help ketamine treatment?", ["reinforce the effects", "longer-lasting"]),
    ("What does CBT do with ketamine?", ["reverse their inaccurate beliefs", "inaccurate beliefs"]),
    ("What is ketamine's mechanism of action?", ["NMDA receptor antagonist"]),
    ("How many people worldwide are depressed?", ["230 million"]),
    ("Does ketamine help with PTSD?", ["post-traumatic stress", "trauma"]),
    ("What are the dangers of esketamine?", ["dissociation, sedation and abuse", "dissociation, disorientation"]),
    ("Why was interest in a faster depression treatment sparked?", ["delayed onset", "low response rates"]),
    ("What is ketamine's advantage over other antidepressants?", ["rapid onset"]),
    ("What should future trials focus on?", ["integrating ketamine with other forms of therapy", "larger scale"]),
]

# A second set of our own, written 2026-11-30 (eighth session) and first run on the code as it then was: nothing
# was tuned on it (38/40 at that first run; the misses ask how two things relate, "What is esketamine in
# relation to ketamine?").
MORE_SINGLES = [
    ("What kind of anesthetic is ketamine?", ["analgesic anesthetic", "dissociative", "short-acting"]),
    ("What mental disorders might ketamine-assisted psychotherapy treat?", ["major depressive disorder"]),
    ("Who filed a patent for ketamine?", ["Parke-Davis"]),
    ("In what year was ketamine discovered?", ["1962"]),
    ("Why did soldiers call ketamine the buddy drug?", ["administer it to one another"]),
    ("How many people have depression according to the WHO?", ["230 million"]),
    ("What is the main drawback of antidepressants?", ["delayed onset"]),
    ("What did the STAR*D study show?", ["low response rates"]),
    ("What is naltrexone paired with psychotherapy for?", ["alcohol and opioid dependence"]),
    ("How long do ketamine's antidepressant effects usually last?", ["4–7 days", "up to a week"]),
    ("What could help patients reverse inaccurate beliefs?", ["cognitive behaviour therapy", "CBT"]),
    ("What kinase pathways does ketamine act on?", ["mTOR", "GSK3", "eEF2"]),
    ("What does increased BDNF do?", ["acute and chronic stress"]),
    ("What has ketamine mainly been studied for as an antidepressant?", ["treatment-resistant depression"]),
    ("How soon does ketamine reduce suicidal ideation?", ["two hours"]),
    ("Where was ketamine-assisted psychotherapy found effective for anxiety and depression?", ["private practice"]),
    ("How many ketamine clinics are there in the United States?", ["2,500"]),
    ("What is provided during high-dose intramuscular sessions?", ["eye coverings and music"]),
    ("When is psychotherapy delivered relative to the infusion?", ["simultaneously, or following"]),
    ("What did some bipolar patients experience during therapy?", ["manic"]),
    ("Is research on ketamine for anxiety extensive?", ["sparse"]),
    ("Which symptoms of OCD were treated effectively?", ["obsessive thoughts and compulsions", "mild to moderate"]),
    ("Has the addictive potential of ketamine been studied?", ["has not been studied"]),
    ("Why are eating disorders difficult to treat?", ["varying degrees of effectiveness", "remission"]),
    ("What are common side effects of esketamine?", ["dissociation, disorientation"]),
    ("Is compounded ketamine FDA approved for psychiatric disorders?", ["not approved"]),
    ("In what form was esketamine approved?", ["nasal spray"]),
    ("What does REMS require?", ["patient monitoring"]),
    ("What prevents results from being generalised?", ["lack of large, replicated clinical trials"]),
    ("What should future trials include?", ["larger scale", "regular monitoring"]),
    ("What therapies should ketamine be integrated with?", ["motivational enhancement", "functional analytic"]),
    ("What is esketamine in relation to ketamine?", ["enantiomer"]),
    ("Can high doses of ketamine be dangerous?", ["toxic"]),
    ("What are the potential risks of esketamine?", ["dissociation, sedation and abuse"]),
    ("Where is ketamine used off-label?", ["Europe and the United States"]),
    ("What drives the lasting behavioral change?", ["neuroplasticity", "cognitive restructuring"]),
    ("How is ketamine's effect on depression different from other antidepressants?", ["rapid onset"]),
    ("What is glutamate modulation believed to confer?", ["synaptic excitability"]),
    ("How does the dose escalation strategy work?", ["different levels of dissociative effects"]),
    ("Which disorder responds to ketamine combined with a mood stabilizer?", ["bipolar"]),
]


# A third set of our own, written 2026-12-02 in a person's words rather than the document's, and first run on the code
# of that day (25/30: "quicker", "safer", "given" and "combine" where the document says "rapid", "low-risk",
# "delivered" and "integrating", and a risk the answer leaves out).
THIRD_SINGLES = [
    ("What kind of companies grew after esketamine was approved?", ["telemedicine"]),
    ("Which medicines are listed with ketamine as essential anesthetics?", ["propofol"]),
    ("What share of the world's population has depression?", ["3.8%"]),
    ("What treatments for depression exist today?", ["electroconvulsive", "transcranial", "antidepressant medications"]),
    ("Why was a quicker treatment wanted?", ["delayed onset", "low response rates"]),
    ("What is bupropion paired with psychotherapy for?", ["smoking cessation"]),
    ("How long after an infusion does ketamine begin to work?", ["2–24 hours"]),
    ("How many days do ketamine's effects usually last?", ["4–7 days"]),
    ("What could ketamine's psychedelic effects give patients in therapy?", ["cognitive flexibility", "neuroplasticity"]),
    ("What does glutamate modulation do?", ["synaptic excitability"]),
    ("What happens to stress when BDNF rises?", ["acute and chronic stress"]),
    ("How might ketamine help with traumatic memories?", ["reconsolidation"]),
    ("How quickly does ketamine reduce suicidality?", ["two hours"]),
    ("Why is the delay of current antidepressants dangerous?", ["increased risk for suicidality"]),
    ("Where was ketamine-assisted psychotherapy effective for anxiety and depression?", ["private practice"]),
    ("How soon do patients relapse after ketamine?", ["2–4 weeks"]),
    ("Why is the dose escalated?", ["different levels of dissociative effects", "alteration of consciousness"]),
    ("Is there a difference in efficacy between sublingual and intramuscular ketamine?", ["no notable difference"]),
    ("When is psychotherapy given relative to ketamine?", ["simultaneously", "following the infusion"]),
    ("What is combined with ketamine for bipolar depression?", ["mood-stabilizing agent"]),
    ("Is it known whether ketamine infusions beat esketamine?", ["remains mixed"]),
    ("By which routes was ketamine given in anxiety studies?", ["intravenous, intramuscular, and oral"]),
    ("Does ketamine help OCD patients who have other psychiatric conditions?", ["comorbidities"]),
    ("Does ketamine reduce cannabis use?", ["decrease cannabis use"]),
    ("How are eating disorders usually treated?", ["psychotherapy with various psychotropic medications"]),
    ("Which patients with eating disorders benefit especially?", ["failed previous therapies", "anorexia"]),
    ("Is there a safer form of ketamine therapy?", ["sublingual", "low-risk"]),
    ("Why is compounded ketamine not approved for psychiatric disorders?", ["safety and efficacy"]),
    ("What is the long-term safety of repeated dosing?", ["unknown", "not fully known"]),
    ("Which therapies should future trials combine with ketamine?", ["motivational enhancement", "functional analytic"]),
]


# A fifth set of our own, written 2026-12-02 (stop 49) before any change for it: abbreviations as a person writes them,
# "the WHO" and "the US" among them, whose letters are also English words.
ABBREVIATIONS = [
    ("What does the WHO say about ketamine?", ["Model List of Essential Medicines"]),
    ("How many people have depression according to the WHO?", ["230 million"]),
    ("Is ketamine approved in the US?", ["approved by the FDA as an anesthetic"]),
    ("How many ketamine clinics are there in the US?", ["2,500"]),
    ("What is TRD?", ["treatment-resistant depression"]),
    ("Does CBT help with ketamine therapy?", ["inaccurate beliefs"]),
    ("What does BDNF do?", ["acute and chronic stress"]),
    ("What is REMS?", ["Risk Evaluation and Mitigation Strategy"]),
    ("Does ketamine help PTSD?", ["post-traumatic"]),
    ("What is the role of mTOR?", ["neuroplasticity"]),
    ("What is PCP?", ["phencyclidine"]),
    ("What did the STAR*D trial find?", ["low response rates"]),
    ("When did the FDA approve esketamine?", ["2019"]),
    ("What is ketamine's effect on NMDA receptors?", ["antagonist"]),
]


# Written the same day, before any change for them: where to look ("According to the article, ...") and what a person
# wants ("I'd like to know ...") said around the question, whose words the document does not use.
SOURCE_FRAMES = [
    ("According to the article, when was ketamine discovered?", ["1962"]),
    ("In the text, what is REMS?", ["Risk Evaluation and Mitigation Strategy"]),
    ("Based on the document, how long do sessions last?", ["three hours"]),
    ("How many ketamine clinics are in the US, according to the article?", ["2,500"]),
    ("From the text: who discovered ketamine?", ["Parke-Davis"]),
    ("According to the document, what are the side effects of ketamine?", ["dissociation"]),
    ("I'd like to know how long a session lasts.", ["three hours"]),
    ("I want to know why soldiers liked ketamine.", ["administer it to one another"]),
    ("I was wondering whether ketamine is addictive.", ["addictive"]),
    ("I would like to know what esketamine is.", ["enantiomer"]),
]


# Written the same day, before any change for them: a question wrapped in a request to be told ("Tell me when ...",
# "Do you know why ...?"), whose wh-word says the kind of answer asked for.
WRAPPED_QUESTIONS = [
    ("Tell me when ketamine was discovered", ["1962"]),
    ("Do you know where ketamine was discovered?", ["Parke-Davis"]),
    ("Can you tell me why sessions are repeated?", ["time-to-relapse", "which is why"]),
    ("I'd like to know how many clinics offer ketamine-assisted psychotherapy", ["20%"]),
    ("Do you know how long the antidepressant effects last?", ["4–7 days"]),
    ("Do you know when a human first received ketamine?", ["1964"]),
    ("Tell me how quickly ketamine reduces suicidality", ["two hours"]),
    ("Any idea why ketamine was called the buddy drug?", ["administer it to one another"]),
    ("Do you know why a faster treatment was needed?", ["delayed onset"]),
    ("Tell me where esketamine can be given", ["certified clinical settings"]),
]


# A sixth set of our own, written 2026-12-02 (stop 50) and run once before any change for it: a new user's plain
# questions, events of a year among them ("What happened in 2019?"), comparisons and "does X help with Y?".
FOURTH_SINGLES = [
    ("Is ketamine safe for kids?", ["safe to use for children"]),
    ("What is Spravato?", ["esketamine"]),
    ("How quickly does ketamine work on depression?", ["2–24 hours", "two hours", "40 minutes", "rapid onset"]),
    ("How long do the antidepressant effects of ketamine last?", ["4–7 days", "up to a week"]),
    ("What are the risks of ketamine?", ["dissociation, sedation and abuse", "toxic"]),
    ("Can esketamine be taken at home?", ["certified clinical settings"]),
    ("How soon do patients relapse after ketamine?", ["2–4 weeks"]),
    ("Which other anesthetics are on the WHO list?", ["propofol"]),
    ("What are eye coverings used for?", ["inward focus"]),
    ("Which dose is used when the therapist needs to talk with the patient?", ["sublingual"]),
    ("Is intramuscular better than sublingual?", ["no notable difference"]),
    ("Does ketamine help with PTSD?", ["post-traumatic stress"]),
    ("What does ketamine do to memories?", ["reconsolidation"]),
    ("Why did soldiers like ketamine?", ["one another"]),
    ("What company discovered ketamine?", ["Parke-Davis"]),
    ("Which therapies should ketamine be combined with in the future?", ["motivational enhancement"]),
    ("Is ketamine addictive?", ["has not been studied", "abuse"]),
    ("How many people have depression?", ["230 million"]),
    ("What's wrong with current antidepressants?", ["delayed onset"]),
    ("What happened in 2019?", ["esketamine"]),
    ("What happened in 1964?", ["first given to a human"]),
    ("Does ketamine help with anorexia?", ["anorexia nervosa"]),
    ("Can ketamine reduce drinking?", ["alcohol"]),
    ("Does ketamine reduce cannabis use?", ["decrease cannabis use"]),
    ("Why is the evidence not conclusive?", ["replicated clinical trials"]),
    ("Who prescribes ketamine off-label?", ["healthcare professionals"]),
    ("What monitoring is required with esketamine?", ["patient monitoring"]),
    ("What kind of companies appeared after esketamine was approved?", ["telemedicine"]),
    ("What is ketamine?", ["NMDA", "anesthetic"]),
    ("What happened in 1962?", ["discovered"]),
    ("What is propofol?", ["general anesthetics"]),
    ("What are the side effects of esketamine?", ["dissociation"]),
    ("How is ketamine given?", ["intravenous", "intranasal", "sublingual", "intramuscular"]),
    ("Does ketamine work for OCD?", ["obsessive"]),
    ("Is therapy given at the same time as the ketamine?", ["simultaneously"]),
    ("How does ketamine help therapy?", ["neuroplasticity", "cognitive flexibility"]),
    ("Does ketamine help with depression?", ["rapid", "antidepressant", "anti-depressive"]),
    ("How long until ketamine reduces suicidal thoughts?", ["two hours", "40 minutes"]),
    ("Is ketamine a psychedelic?", ["psychedelic"]),
    ("What is ketamine approved for?", ["anesthetic"]),
]


# Written the same day, before any change for them: what an abbreviation stands for.
STAND_FOR = [
    ("What does STAR*D stand for?", ["Sequenced Treatment Alternatives"]),
    ("What does REMS stand for?", ["Risk Evaluation and Mitigation Strategy"]),
    ("What does TRD stand for?", ["treatment-resistant depression"]),
    ("What does NMDA stand for?", ["N-methyl-D-aspartate"]),
    ("What does CBT stand for?", ["cognitive behaviour therapy"]),
    ("What does BDNF stand for?", ["brain-derived neurotrophic factor"]),
    ("What does mTOR stand for?", ["mammalian target of rapamycin"]),
    ("What is the meaning of REMS?", ["Risk Evaluation and Mitigation Strategy"]),
]

# Written on 2026-12-03 (stop 59) before any change for them: more abbreviations asked after, some the document uses
# once or spells with "and" or "of" inside, some it never uses.
MORE_STAND_FOR = [
    ("What does FDA stand for?", ["Food and Drug Administration"]),
    ("What does PCP stand for?", ["phencyclidine"]),
    ("What does MET stand for?", ["motivational enhancement therapy"]),
    ("What does FAP stand for?", ["functional analytic psychotherapy"]),
    ("What is CBT short for?", ["cognitive behaviour therapy"]),
    ("What does the abbreviation REMS mean?", ["Risk Evaluation and Mitigation Strategy"]),
    ("What does GSK3 stand for?", ["glycogen synthase kinase-3"]),
    ("What does KAP stand for?", ["Ketamine-assisted psychotherapy is the use"]),
    ("What does TMS stand for?", ["transcranial magnetic stimulation"]),
    ("What does ECT stand for?", ["electroconvulsive therapy"]),
    ("What does the acronym STAR*D mean?", ["Sequenced Treatment Alternatives"]),
    ("What does TRD mean?", ["treatment-resistant depression"]),
]


# A fourth set of our own, written 2026-12-02 before requests were read as questions: instructions ("Summarize the
# side effects", "Help me understand REMS"), a question wrapped in how it should be answered ("Briefly, ...", "... in
# simple terms") and a person's words for the whole document ("What are the key points?"). The framing's words are
# not the document's, so many were "not found"; each should be answered as the plain question is.
REQUESTS = [
    ("Summarize the side effects", ["dissociation, disorientation"]),
    ("Give me a summary of the side effects", ["dissociation, disorientation"]),
    ("Overview of the side effects", ["dissociation, disorientation"]),
    ("Briefly, what are the side effects?", ["dissociation, disorientation"]),
    ("Explain REMS in simple terms", ["Risk Evaluation and Mitigation Strategy"]),
    ("Explain REMS in a few words", ["Risk Evaluation and Mitigation Strategy"]),
    ("Help me understand REMS", ["Risk Evaluation and Mitigation Strategy"]),
    ("What's the gist of the STAR*D trial?", ["low response rates"]),
    ("Tell me about ketamine", ["short-acting, noncompetitive"]),
    ("Describe esketamine", ["enantiomer of ketamine"]),
    ("Briefly, how long do sessions last?", ["three hours"]),
    ("Give me an overview of current depression treatments", ["electroconvulsive"]),
    ("How long do sessions last, in a nutshell?", ["three hours"]),
    ("What are the key points?", ["Ketamine-assisted psychotherapy is the use of prescribed doses"]),
    ("What are the main takeaways?", ["Ketamine-assisted psychotherapy is the use of prescribed doses"]),
    ("Give me the highlights", ["Ketamine-assisted psychotherapy is the use of prescribed doses"]),
]


# A small Markdown handbook of our own with a heading over each part (written 2026-12-02, a made-up co-op), and
# questions that ask what one part says, written before such questions were read (2/8 then): each is answered from
# the part under the heading it names.
HANDBOOK = """# Tidewater Bicycle Co-op Handbook

The Tidewater Bicycle Co-op is a volunteer-run workshop where members repair their own bicycles with shared tools. It was founded in 2011 by a group of students.

## Membership

Membership costs 40 dollars a year, or 10 dollars for students. Members may use the workshop during open hours and borrow tools for up to three days.

## Opening hours

The workshop is open on Tuesdays and Thursdays from 5 pm to 9 pm, and on Saturdays from 10 am to 4 pm. It is closed on public holidays.

## Safety rules

Eye protection must be worn when using the grinder. Children under 14 must be accompanied by an adult. Solvents are stored in the yellow cabinet and must not be taken outside.

## Volunteering

Volunteers who give four hours a month receive free membership. New volunteers are trained by a mechanic during their first two sessions.
"""
SECTION_QUESTIONS = [
    ("What does the safety rules section say?", ["Eye protection"]),
    ("What's in the membership section?", ["40 dollars"]),
    ("Summarize the section on opening hours", ["Tuesdays and Thursdays"]),
    ("What is the volunteering section about?", ["four hours a month"]),
    ("Show me the safety section", ["Eye protection"]),
    ("Tell me about the hours section, please", ["Tuesdays"]),
    ("What does the chapter called Membership cover?", ["40 dollars"]),
    ('What does the "Volunteering" section say?', ["four hours"]),
]


# A user guide of our own in Markdown, with paths and commands in code spans (written 2026-12-02, a made-up tool), and
# questions a user of it would ask, written before such text was read: the sentence splitter cut "`sudo ./install.sh`"
# and "`~/.harbor/config.toml`" at their dots, so answers quoted half a sentence. Each is answered with its gold, and
# every quote is verbatim.
GUIDE = """# Harbor Backup: User Guide

Harbor Backup is a command-line tool that copies files from a laptop to a remote storage server every night. It keeps thirty daily snapshots and twelve monthly snapshots.

## Installation

Harbor Backup runs on Linux and macOS. Windows is not supported. To install it, download the installer from the releases page and run `sudo ./install.sh`. The installer needs Python 3.10 or newer.

## Configuration

The settings live in `~/.harbor/config.toml`. The `folders` option lists the folders to back up. Files larger than 2 GB are skipped unless `large_files = true` is set.

## Restoring files

To restore a file, run `harbor restore PATH --date YYYY-MM-DD`. Restored files are written next to the original with the suffix `.restored`, so nothing is overwritten.

## Troubleshooting

If a backup fails, Harbor Backup retries three times, one hour apart. The log file is `~/.harbor/harbor.log`. Error E42 means the server could not be reached.
"""
GUIDE_QUESTIONS = [
    ("How do I install it?", ["sudo ./install.sh"]),
    ("Where is the config file?", ["~/.harbor/config.toml"]),
    ("Where is the log file?", ["~/.harbor/harbor.log"]),
    ("Will restoring a file overwrite it?", ["suffix `.restored`, so nothing is overwritten"]),
    ("How do I restore a file?", ["harbor restore PATH"]),
    ("Does it work on Windows?", ["Windows is not supported"]),
    ("Can I run it on a Mac?", ["macOS"]),
    ("Are big files backed up?", ["larger than 2 GB are skipped"]),
    ("What does error E42 mean?", ["could not be reached"]),
    ("How many snapshots are kept?", ["thirty daily snapshots"]),
]


# A recipe of our own in Markdown, its ingredients and method as lists under their headings (written 2026-12-02), and
# what a cook would ask of it, written before a question naming a heading was read as one about that part
# ("What are the ingredients?" matched no sentence: `found: false`).
RECIPE = """# Lemon Drizzle Cake

A light sponge cake soaked in lemon syrup while still warm. It serves eight and keeps for three days in a tin.

## Ingredients

- 225 g unsalted butter, softened
- 225 g caster sugar
- 4 eggs
- 225 g self-raising flour
- zest of 1 lemon
- For the drizzle: juice of 1½ lemons and 85 g caster sugar

## Method

1. Heat the oven to 180°C (160°C fan).
2. Beat the butter and sugar until pale and creamy, then add the eggs one at a time.
3. Fold in the flour and the lemon zest.
4. Pour into a lined loaf tin and bake for 45–50 minutes, until a skewer comes out clean.
5. Mix the lemon juice and sugar, and pour it over the cake while it is still warm.

## Tips

Do not open the oven door during the first 30 minutes, or the cake may sink. For a gluten-free cake, use gluten-free flour and add one teaspoon of baking powder.
"""
RECIPE_QUESTIONS = [
    ("What are the ingredients?", ["225 g unsalted butter"]),
    ("What is the method?", ["Heat the oven to 180°C"]),
    ("Any tips?", ["Do not open the oven door"]),
    ("What are the steps?", ["Heat the oven to 180°C"]),
    ("How much butter do I need?", ["225 g unsalted butter"]),
    ("How many eggs?", ["4 eggs"]),
    ("What temperature should the oven be?", ["180°C"]),
    ("How long does it bake?", ["45–50 minutes"]),
    ("How do I make the drizzle?", ["juice of 1½ lemons", "Mix the lemon juice and sugar"]),
    ("How many people does it serve?", ["serves eight"]),
    ("Can I make it gluten-free?", ["gluten-free flour"]),
    ("Why did my cake sink?", ["open the oven door"]),
]


# A product manual of our own in Markdown (written 2026-12-05, stop 82, a made-up kettle), with what manuals hold and
# the documents above do not: tables (specifications, troubleshooting), links and emphasis inside sentences, and
# sentences broken over two lines in a text that is otherwise a paragraph a line. The questions were written with it,
# before it was first indexed; a table row was layout then (never indexed), and answers quoted "**" and link targets.
MANUAL = """# Brightwell K2 Kettle: Owner's Manual

The **Brightwell K2** is a cordless electric kettle designed by [Brightwell Home](https://brightwell.example/about).
Its body is _brushed stainless steel_, and the lid opens with a push button.

## Specifications

| Feature | Value |
| --- | --- |
| Capacity | 1.7 litres |
| Power | 2200 watts |
| Cord length | 75 cm |
| Weight | 1.1 kg when empty |

## Using the kettle

Fill the kettle to at least the MIN mark, or the element may overheat. Place it on the base and press the switch;
the light glows **blue** while the water heats. It switches itself off when the water boils,
and a full kettle boils in about four minutes.

## Keep warm

Hold the switch for three seconds to keep the water at 80 °C for up to 30 minutes. See the [tea guide](https://brightwell.example/tea)
for temperatures that suit green and white teas.

## Troubleshooting

| Problem | What to do |
| --- | --- |
| The kettle switches off before boiling | Descale it: limescale makes the sensor trip early |
| Water tastes of plastic | Boil and discard two full kettles of water |
| The light flashes red | The kettle was switched on empty; let it cool for ten minutes |

## Care and warranty

Descale every month with white vinegar in hard-water areas. The warranty covers *two years* from purchase
and does not cover damage from limescale.
"""
MANUAL_QUESTIONS = [
    ("Who designed the K2?", ["designed by Brightwell Home."]),
    ("What is the capacity of the kettle?", ["1.7 litres"]),
    ("How powerful is it?", ["2200 watts"]),
    ("How long is the cord?", ["75 cm"]),
    ("How much does the kettle weigh?", ["1.1 kg"]),
    ("What colour is the light while heating?", ["the light glows blue"]),
    ("How long does it take to boil a full kettle?", ["a full kettle boils in about four minutes"]),
    ("How do I keep the water warm?", ["Hold the switch for three seconds"]),
    ("Why does the kettle switch off before the water boils?", ["limescale makes the sensor trip early"]),
    ("The water tastes of plastic, what should I do?", ["discard two full kettles"]),
    ("What does a flashing red light mean?", ["switched on empty"]),
    ("How long is the warranty?", ["covers two years from purchase"]),
    ("How often should I descale it?", ["every month"]),
    ("Where can I find tea temperatures?", ["See the tea guide"]),
]

# An FAQ of our own in Markdown (written 2026-12-05, stop 82, a made-up library), in the two ways FAQs are written: a
# question in bold over its answer, and "Q:" / "A:" lines. The questions were written with it, before it was first
# indexed; answers then quoted the FAQ's own question ("**How long can I keep a book?") without its answer.
FAQ = """# Millbrook Library: Questions and answers

## Borrowing

**How many books can I borrow at once?**
Adults can borrow up to twelve items at a time. Children's cards allow six.

**How long can I keep a book?**
Books are lent for three weeks. DVDs and magazines are lent for one week.

**Can I renew a loan?**
Yes. You can renew each item twice online, unless another member has reserved it.

## Fees

**Are there late fees?**
No. Late fees were abolished in 2022, but a lost item must be paid for.

**What does a replacement card cost?**
A replacement card costs 3 pounds at the front desk.

## Visiting

Q: Is there Wi-Fi in the library?
A: Yes. Connect to the network called Millbrook-Public; no password is needed.

Q: Can I bring my dog?
A: Only assistance dogs are allowed inside the building.

Q: Where can I print documents?
A: The printers are on the first floor, next to the study rooms. Black and white pages cost 10 pence each.
"""
FAQ_QUESTIONS = [
    ("How many books can I take out?", ["up to twelve items"]),
    ("How long is the loan period for books?", ["lent for three weeks"]),
    ("Can I extend my loan?", ["renew each item twice"]),
    ("Will I be fined if I return a book late?", ["Late fees were abolished"]),
    ("How much is a new library card?", ["3 pounds"]),
    ("Do you have wifi?", ["Millbrook-Public"]),
    ("What is the wifi password?", ["no password is needed"]),
    ("Are dogs allowed?", ["Only assistance dogs"]),
    ("Where is the printer?", ["on the first floor"]),
    ("How much does printing cost?", ["10 pence each"]),
    ("How long can I borrow a DVD?", ["one week"]),
    ("What happens if I lose a book?", ["a lost item must be paid for"]),
]

# A plain-text guide of our own (written 2026-12-05, stop 82, a made-up tenancy), a paragraph a line with its
# titles on lines of their own, numbered or not, as text exports and many policies are written; the questions were
# written with it, before it was first indexed. Such titles were sentences then, quoted before the answer ("4.
# Deposit [1] ...").
TENANCY = """Guide for New Tenants of Harbourside Flats

1. Rent
Rent is due on the first day of each month and is paid by standing order. A payment more than five days late costs a fee of 25 pounds.

2. Deposit
The deposit is six weeks' rent. It is held in a government-approved deposit scheme and returned within ten days of the tenancy ending, less the cost of any damage.

3. Repairs
Report repairs through the tenant portal. Emergencies such as a gas leak or a flood should be reported by phone at any hour.

Heating
The flats are heated by a shared boiler, which runs from October to April. Radiators can be turned down but not off.

Bins and recycling
General waste is collected on Mondays and recycling on Thursdays. Glass goes in the green bins by the car park.

Pets
Cats and small caged animals are allowed with written permission. Dogs are not allowed.
"""
TENANCY_QUESTIONS = [
    ("When is the rent due?", ["first day of each month"]),
    ("What happens if I pay late?", ["fee of 25 pounds"]),
    ("How much is the deposit?", ["six weeks' rent"]),
    ("When do I get my deposit back?", ["within ten days"]),
    ("How do I report a repair?", ["tenant portal"]),
    ("What should I do in an emergency?", ["by phone at any hour"]),
    ("When is the heating on?", ["October to April"]),
    ("Can I turn the radiators off?", ["not off"]),
    ("When are bins collected?", ["Mondays"]),
    ("Where does glass go?", ["green bins"]),
    ("Can I keep a cat?", ["Cats and small caged animals are allowed"]),
    ("Are dogs allowed?", ["Dogs are not allowed"]),
]

# Three more of our own (written 2026-12-05, stop 84, with their questions, before any was first indexed): a
# Markdown changelog of nested headings and version numbers, a transit page in HTML with tables and a list of questions
# and answers, and a medicine's leaflet in plain text.
CHANGELOG = """# Changelog

All notable changes to Tallyho, the command-line time tracker, are documented in this file.
The format is based on Keep a Changelog, and this project adheres to Semantic Versioning.

## [Unreleased]

### Added
- A `--json` flag for `tallyho report`, printing one object per entry.

## [2.4.0] - 2024-03-18

### Added
- Dark mode for the web dashboard, switched on with `theme = "dark"` in the config file.
- Weekly summaries by e-mail, sent every Monday at 08:00 local time.

### Changed
- The default idle timeout is now 15 minutes instead of 10.

### Fixed
- Entries that crossed midnight were counted twice in daily totals.

## [2.3.1] - 2024-01-09

### Fixed
- `tallyho stop` crashed when no timer was running; it now prints a warning instead.
- Exported CSV files use the ISO 8601 date format again.

## [2.3.0] - 2023-11-27

### Added
- Tags can be renamed with `tallyho tag rename OLD NEW`.
- Support for Python 3.12.

### Removed
- Support for Python 3.7, which reached its end of life in June 2023.

### Security
- The web dashboard now binds to 127.0.0.1 by default rather than to all interfaces.

## [2.2.0] - 2023-06-02

### Added
- Invoices can be generated as PDF files with `tallyho invoice`.
- Hourly rates may be set per project.

### Deprecated
- The `--hours` option of `tallyho report` will be removed in 3.0; use `--format hours` instead.
"""
CHANGELOG_QUESTIONS = [
    ("When was version 2.4.0 released?", ["2024-03-18"]),
    ("What was fixed in 2.3.1?", ["no timer", "ISO 8601"]),
    ("Which version added dark mode?", ["Dark mode"]),
    ("Is Python 3.7 still supported?", ["Python 3.7"]),
    ("What is the default idle timeout?", ["15 minutes"]),
    ("How do I rename a tag?", ["tag rename"]),
    ("When are the weekly summaries sent?", ["every Monday"]),
    ("Can I generate invoices?", ["tallyho invoice"]),
    ("What will be removed in 3.0?", ["--hours"]),
    ("What address does the dashboard bind to?", ["127.0.0.1"]),
    ("What is Tallyho?", ["time tracker"]),
    ("Does it support Python 3.12?", ["Python 3.12"]),
]
TRANSIT = """<!DOCTYPE html>
<html lang="en"><head><title>Riverton Transit — Fares and Travel Information</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/routes">Routes</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Fares and Travel Information</h1>
<p>Riverton Transit runs twelve bus routes across the city and its suburbs. Most routes run every 15 minutes on weekdays and every 30 minutes on weekends.</p>
<h2>Fares</h2>
<table>
<tr><th>Ticket</th><th>Adult</th><th>Child (5–15)</th><th>Senior (65+)</th></tr>
<tr><td>Single journey</td><td>$2.50</td><td>$1.25</td><td>$1.00</td></tr>
<tr><td>Day pass</td><td>$6.00</td><td>$3.00</td><td>$2.50</td></tr>
<tr><td>30-day pass</td><td>$75.00</td><td>$37.50</td><td>$30.00</td></tr>
</table>
<p>Children under five travel free with a paying adult. Fares can be paid in cash on board (exact change only) or with the Riverton Go app.</p>
<h2>Routes</h2>
<table>
<tr><th>Route</th><th>From</th><th>To</th><th>First bus</th><th>Last bus</th></tr>
<tr><td>1</td><td>Central Station</td><td>Airport</td><td>05:15</td><td>23:45</td></tr>
<tr><td>4</td><td>Central Station</td><td>University</td><td>06:00</td><td>22:30</td></tr>
<tr><td>7</td><td>Harbour</td><td>Hospital</td><td>06:30</td><td>21:00</td></tr>
</table>
<h2>Frequently asked questions</h2>
<dl>
<dt>Can I bring my bicycle on the bus?</dt>
<dd>Yes. Every bus has a front rack for two bicycles, free of charge. Folding bicycles may be carried on board if folded.</dd>
<dt>Are dogs allowed?</dt>
<dd>Assistance dogs are always welcome. Other small dogs may travel if they are kept on a lap or in a carrier.</dd>
<dt>Do buses run on public holidays?</dt>
<dd>Buses run a Sunday timetable on public holidays, except on Christmas Day, when there is no service.</dd>
<dt>What do I do if I lose something on a bus?</dt>
<dd>Call the lost property office on 555-0143 within seven days. Items are kept for 30 days at Central Station.</dd>
</dl>
</main>
<footer>© 2024 Riverton Transit Authority</footer>
</body></html>
"""
TRANSIT_QUESTIONS = [
    ("How much is a single ticket for an adult?", ["$2.50"]),
    ("How much is a day pass for a child?", ["$3.00"]),
    ("Which bus goes to the airport?", ["Airport"]),
    ("When is the last bus to the university?", ["22:30"]),
    ("Can I bring my bike?", ["front rack"]),
    ("Are dogs allowed on the bus?", ["Assistance dogs"]),
    ("Do buses run on Christmas Day?", ["no service"]),
    ("How often do buses run?", ["every 15 minutes"]),
    ("Do kids under five pay?", ["travel free"]),
    ("How can I pay my fare?", ["cash on board", "Go app"]),
    ("I left my umbrella on the bus, what do I do?", ["lost property"]),
    ("How many routes are there?", ["twelve"]),
]
LEAFLET = """Package leaflet: Information for the patient

Calmadol 500 mg tablets
Paracetamol

Read all of this leaflet carefully before you start taking this medicine because it contains important information for you.

1. What Calmadol is and what it is used for

Calmadol contains paracetamol, which belongs to a group of medicines called analgesics. It is used to treat mild to moderate pain, such as headache, toothache and period pain, and to reduce fever.

2. What you need to know before you take Calmadol

Do not take Calmadol if you are allergic to paracetamol or to any of the other ingredients of this medicine.

Talk to your doctor or pharmacist before taking Calmadol if you have liver or kidney problems, or if you drink large amounts of alcohol. Do not take Calmadol with other medicines that contain paracetamol.

Pregnancy and breast-feeding: Calmadol can be used during pregnancy if clinically needed, at the lowest dose that reduces pain or fever, for the shortest time possible.

3. How to take Calmadol

Adults and children aged 16 years and over: take one or two tablets every four to six hours as needed. Do not take more than eight tablets in 24 hours.

Children aged 10 to 15 years: take one tablet every four to six hours as needed. Do not take more than four tablets in 24 hours.

Calmadol is not recommended for children under 10 years of age.

Swallow the tablets whole with a glass of water. If your symptoms last for more than three days, see your doctor.

If you take more Calmadol than you should, talk to a doctor at once, even if you feel well, because of the risk of delayed, serious liver damage.

4. Possible side effects

Like all medicines, this medicine can cause side effects, although not everybody gets them. Rare side effects (may affect up to 1 in 1,000 people) include skin rash and allergic reactions. Very rare side effects include blood disorders, which can cause unusual bruising or infections.

5. How to store Calmadol

Keep this medicine out of the sight and reach of children. Store below 25 °C in the original package. Do not use this medicine after the expiry date printed on the carton.

6. Contents of the pack

Each tablet contains 500 mg of paracetamol. The tablets are white, capsule-shaped and marked "C500" on one side. Calmadol comes in packs of 16 or 32 tablets.
"""
LEAFLET_QUESTIONS = [
    ("What is Calmadol used for?", ["mild to moderate pain"]),
    ("How many tablets can I take in a day?", ["eight tablets in 24 hours"]),
    ("Can my 12 year old take it?", ["aged 10 to 15"]),
    ("Can I take it while pregnant?", ["during pregnancy"]),
    ("What are the side effects?", ["skin rash"]),
    ("How should I store it?", ["below 25"]),
    ("What if I take too much?", ["talk to a doctor at once"]),
    ("Can I drink alcohol with it?", ["alcohol"]),
    ("What does the tablet look like?", ["capsule-shaped"]),
    ("What is the active ingredient?", ["contains paracetamol", "500 mg of paracetamol"]),
    ("How long can I take it for?", ["three days", "shortest time"]),
    ("Can children under 10 take it?", ["not recommended"]),
]

# Two more (written 2026-12-05, stop 84, with their questions, before either was first indexed): a Word travel policy
# with numbered headings and a table of rates (`make_docx` blocks), and a program's install page in HTML with code.
TRAVEL_BLOCKS = [
    ("Title", "Staff Travel Policy"),
    ("Normal", "This policy applies to all employees of Northwind Analytics who travel on company business."),
    ("Heading 1", "1. Booking travel"),
    ("Normal", "All flights and hotels must be booked through the company travel portal at least 14 days "
              "before departure."),
    ("Heading 2", "1.1 Flights"),
    ("Normal", "Economy class is required for flights under six hours. Business class may be booked for longer"
              " flights with a manager's approval."),
    ("Heading 2", "1.2 Hotels"),
    ("Normal", "Hotels should cost no more than the nightly limit for the destination city. Employees may not "
              "book rooms through home-sharing sites."),
    ("Heading 1", "2. Daily allowances"),
    ("Normal", "A daily allowance covers meals and incidental costs. Receipts are not needed for the daily allowance."),
    ("table", "City\tNightly hotel limit\tDaily allowance"),
    ("table", "London\t£220\t£65"),
    ("table", "New York\t$310\t$90"),
    ("table", "Berlin\t€180\t€55"),
    ("Heading 1", "3. Expenses"),
    ("Normal", "Expense claims must be submitted within 30 days of returning, with receipts for every item "
              "over 25 euros. Claims are reimbursed with the next monthly salary."),
    ("Normal", "Alcohol, fines and personal entertainment are never reimbursed."),
    ("Heading 1", "4. Safety"),
    ("Normal", "Travellers to high-risk countries must complete a security briefing before they leave. In an "
              "emergency, call the 24-hour travel assistance line on +44 20 7946 0000."),
]
TRAVEL_QUESTIONS = [
    ("How far ahead must I book flights?", ["14 days"]),
    ("Can I fly business class?", ["Business class may be booked"]),
    ("What is the hotel limit in New York?", ["$310"]),
    ("How much is the daily allowance in Berlin?", ["€55"]),
    ("Do I need receipts for meals?", ["Receipts are not needed"]),
    ("When do I have to submit my expense claim?", ["within 30 days"]),
    ("Can I expense a glass of wine?", ["Alcohol"]),
    ("Can I stay in an Airbnb?", ["home-sharing"]),
    ("What number do I call in an emergency?", ["+44 20 7946 0000"]),
    ("When will I be paid back?", ["next monthly salary"]),
    ("What must I do before travelling to a dangerous country?", ["security briefing"]),
    ("Who does this policy apply to?", ["all employees"]),
]
INSTALL = """<!DOCTYPE html>
<html><head><title>Installing Quillmark</title></head>
<body>
<header><div class="logo">Quillmark Docs</div><input type="search" placeholder="Search docs"></header>
<aside class="sidebar"><ul><li><a href="/">Overview</a></li><li><a href="/install">Installation</a></li><li><a href="/config">Configuration</a></li></ul></aside>
<article>
<h1>Installing Quillmark</h1>
<p>Quillmark is a static site generator for technical writers. It turns a folder of Markdown files into a searchable website.</p>
<h2>Requirements</h2>
<ul>
<li>Python 3.10 or newer</li>
<li>At least 200 MB of free disk space</li>
<li>Git, if you want to deploy with <code>quill deploy</code></li>
</ul>
<h2>Install with pip</h2>
<p>Run the following command in a terminal:</p>
<pre><code>pip install quillmark</code></pre>
<p>To upgrade an existing installation, add the <code>--upgrade</code> flag.</p>
<h2>Create your first site</h2>
<ol>
<li>Run <code>quill new mysite</code> to create a project folder.</li>
<li>Change into the folder with <code>cd mysite</code>.</li>
<li>Start the preview server with <code>quill serve</code>. It listens on port 4000 by default.</li>
</ol>
<div class="note"><strong>Note:</strong> On Windows, run these commands in PowerShell, not in the old Command Prompt.</div>
<h2>Troubleshooting</h2>
<h3>The command quill is not found</h3>
<p>The folder where pip installs scripts is not on your PATH. Add it, or run <code>python -m quillmark</code> instead.</p>
<h3>Port 4000 is already in use</h3>
<p>Start the server on another port with <code>quill serve --port 8080</code>.</p>
</article>
<footer>Copyright 2025 Quillmark contributors. Licensed under the MIT License.</footer>
</body></html>
"""
INSTALL_QUESTIONS = [
    ("What is Quillmark?", ["static site generator"]),
    ("Which Python version do I need?", ["Python 3.10"]),
    ("How much disk space does it need?", ["200 MB"]),
    ("How do I install it?", ["pip install quillmark"]),
    ("How do I upgrade?", ["--upgrade"]),
    ("How do I create a new site?", ["quill new mysite"]),
    ("What port does the preview server use?", ["port 4000"]),
    ("Can I use it on Windows?", ["PowerShell"]),
    ("What do I do if quill is not found?", ["PATH", "python -m quillmark"]),
    ("Port 4000 is busy, what now?", ["--port 8080"]),
    ("Do I need Git?", ["Git, if you want to deploy"]),
    ("What license is it under?", ["MIT License"]),
]
# Asked of the last five, which do not answer them.
UNANSWERED_BY_OWN = [
    ("changelog.md", "Does Tallyho run on Windows?"),
    ("changelog.md", "How much does Tallyho cost?"),
    ("transit.html", "Is there wifi on the buses?"),
    ("transit.html", "How much is parking at Central Station?"),
    ("leaflet.txt", "How much does a pack cost?"),
    ("leaflet.txt", "Does it interact with ibuprofen?"),
    ("travel.docx", "Can I bring my spouse on a business trip?"),
    ("travel.docx", "What is the mileage rate for driving my own car?"),
    ("install.html", "Does it support Python 2?"),
    ("install.html", "How do I add a search bar?"),
]

# Dialogs asked of the same five (written with their questions): each turn a follow-up of the one before.
DIALOGS_OF_OWN = [
    ("leaflet.txt", [("What is Calmadol used for?", ["mild to moderate pain"]),
                     ("How often can I take it?", ["four to six hours"]),
                     ("And for children?", ["one tablet every"])]),
    ("transit.html", [("Which route goes to the hospital?", ["Hospital"]),
                      ("When does the first one leave?", ["06:30"])]),
    ("transit.html", [("How much is a day pass?", ["$6.00"]), ("And a 30-day pass?", ["$75.00"])]),
    ("changelog.md", [("What was added in 2.2.0?", ["PDF", "Hourly rates"]),
                      ("And what was deprecated?", ["--hours"])]),
    ("changelog.md", [("What changed in version 2.4.0?", ["idle timeout", "Dark mode", "Weekly"]),
                      ("What was fixed in it?", ["midnight"])]),
    ("travel.docx", [("What is the daily allowance in London?", ["£65"]), ("And the hotel limit?", ["£220"])]),
    ("travel.docx", [("How do I book a hotel?", ["travel portal"]), ("How much can it cost?", ["nightly limit"])]),
    ("travel.docx", [("What does the daily allowance cover?", ["meals and incidental"]),
                     ("Do I need receipts for it?", ["not needed"])]),
    ("install.html", [("How do I start the preview server?", ["quill serve"]),
                      ("Which port does it use?", ["port 4000"]),
                      ("And if that port is taken?", ["--port 8080"])]),
]

# Questions that name one document of a folder (the three development articles and the bundled one, indexed together),
# written 2026-12-02 before such a name was read: "In the Normans article, ...", "What is the ketamine article about?".
FOLDER_QUESTIONS = [
    ("What is the ketamine article about?", ["Ketamine-assisted psychotherapy is the use of prescribed doses"]),
    ("Summarize the Normans article", ["were the people who in the 10th and 11th centuries"]),
    ("What is the Normans document about?", ["were the people who in the 10th and 11th centuries"]),
    ("Give me an overview of the complexity theory article", ["Computational complexity theory is a branch"]),
    ("According to the Southern California document, what is the largest city?", ["Los Angeles"]),
    ("In the complexity article, what is a decision problem?", ["yes or no"]),
    ("In the ketamine document, what are the side effects?", ["dissociation, disorientation"]),
    ("What does the complexity theory article say about Turing machines?", ["mathematical model"]),
    ("What does the Southern California article say about surfing?", ["surf spots"]),
    ("Which document talks about surfing?", ["surf spots"]),
    ("Which article mentions esketamine?", ["esketamine"]),
    ("In the Normans article, who was Rollo?", ["Rollo"]),
]


def folder(embedder: Embedder, verbose: bool, reader: bool = False) -> list[tuple]:
    """FOLDER_QUESTIONS, and the development SQuAD questions, asked of the development articles and the bundled
    document indexed as one folder; for the latter also how many answers quote more than one document."""
    paths, articles = [BUNDLED_DOCUMENT], squad_articles()
    for article in articles:
        paths.append(scratch() / f"{article.title}.txt")
        paths[-1].write_text(article.text)
    assistant = with_reader(assistant_for(paths, embedder, onnx=True), reader)
    hit = singles_hit(assistant, FOLDER_QUESTIONS, verbose)
    suffix = " + reader" if reader else ""
    stats, mixed = new_stats(), 0
    for path, article in zip(paths[1:], articles):
        for q in article.answerable:
            answer = assistant.ask(q.question)
            quoted = {c.document for c in answer.citations if c.cited}
            mixed += len(quoted) > 1
            if verbose and len(quoted) > 1:
                print(f"TWO DOCUMENTS {q.question!r}: {answer.answer[:300]!r}", file=sys.stderr)
            tally(stats, answer, q, assistant)
            # Marks count only the article's own document: a span at the same offsets of another is no answer.
            other = [c for c in answer.citations if c.document != path.name]
            _, first, three = squad_marks(replace(answer, citations=[
                replace(c, start=0, end=0) if c in other else c for c in answer.citations]), q)
            _, first_anywhere, three_anywhere = squad_marks(answer, q)
            stats["c1"] += first - first_anywhere
            stats["c3"] += three - three_anywhere
    return [(f"own questions naming one document of a folder{suffix}", len(FOLDER_QUESTIONS),
             f"{hit}/{len(FOLDER_QUESTIONS)}", "", "", "", "", ""),
            stats_row(f"squad asked of the folder of four{suffix}", stats),
            (f"... answers quoting more than one document{suffix}", stats["n"], f"{mixed}/{stats['n']}", "", "", "", "",
             "")]


def verbatim(answer: Answer, assistant: Assistant) -> bool:
    """Every citation's text equals its document at its offsets."""
    version = assistant.loaded.version
    return all(version.document(c.document).text[c.start : c.end] == c.text for c in answer.citations)


def quantised(assistant: Assistant) -> Assistant:
    """The same index with its ONNX export quantised to int8 weights, in a copy (the float one stays loaded)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    target = scratch("docqa-int8-") / "index"
    shutil.copytree(assistant.settings.index_dir, target)
    model = next(target.glob("encoders/*/model.onnx"))
    quantize_dynamic(model, model.with_suffix(".int8"), weight_type=QuantType.QInt8)
    model.with_suffix(".int8").replace(model)
    return Assistant(Settings.from_env({"index_dir": target}))


def new_stats() -> dict:
    return {"hit": 0, "c1": 0, "c3": 0, "chars": [], "n": 0, "notfound": 0, "verbatim": 0}


def tally(stats: dict, answer: Answer, question: SquadQuestion, assistant: Assistant) -> None:
    """Count one answered SQuAD question into `stats`."""
    hit, first, three = squad_marks(answer, question)
    stats["n"] += 1
    stats["hit"] += hit
    stats["c1"] += first
    stats["c3"] += three
    stats["chars"].append(len(answer.answer))
    stats["notfound"] += not answer.found
    stats["verbatim"] += verbatim(answer, assistant)


def stats_row(label: str, s: dict) -> tuple:
    n = s["n"]
    return (label, n, f"{s['hit']/n:.3f}", f"{statistics.mean(s['chars']):.0f}", f"{s['c1']/n:.3f}",
            f"{s['c3']/n:.3f}", s["notfound"], f"{s['verbatim']}/{n}")


def squad(embedder: Embedder, methods: list[str], onnx: str = "", readers: tuple[bool, ...] = (False,)) -> list[tuple]:
    """One row per method (and per reader setting: without it, today's scorer alone ranks sentences);
    with `onnx` ("float" or "int8"), questions are encoded by the ONNX export."""
    rows = []
    runs = [(m, r) for r in readers for m in methods]
    stats = {run: new_stats() for run in runs}
    for article in squad_articles():
        path = scratch() / f"{article.title}.txt"
        path.write_text(article.text)
        questions = article.answerable
        assistant = assistant_for([path], embedder, onnx=bool(onnx))
        assistant = quantised(assistant) if onnx == "int8" else assistant
        assistants = {r: with_reader(assistant, r) for r in readers}
        for q in questions:
            for method, reader in runs:
                tally(stats[method, reader], assistants[reader].ask(q.question, top_k=3, method=method), q, assistant)
    for (method, reader), s in stats.items():
        queries = f" (ONNX {onnx} queries)" if onnx else ""
        rows.append(stats_row(f"squad {method}{queries}{' + reader' if reader else ''}", s))
    return rows


def squad_follow_ups(embedder: Embedder, others: int = 150) -> list[tuple]:
    """The development articles' questions as follow-ups, served as a server does: each after the question
    written before it about its paragraph (answerable ones answered, unanswerable ones not found), and a
    seeded sample of `others` other articles' questions per article after one of its own (not found)."""
    rng = random.Random(3)
    articles = squad_articles()
    s = new_stats()
    refused = {"unanswerable": [0, 0], "other": [0, 0]}  # [not found, asked]
    for a, article in enumerate(articles):
        path = scratch() / f"{article.title}.txt"
        path.write_text(article.text)
        assistant = assistant_for([path], embedder, onnx=True)

        for q in article.questions:
            pair = paragraph_follow_up(article, q)
            if pair is None:
                continue
            answer = ask_after(assistant, *pair)
            if not q.answers:
                refused["unanswerable"][0] += not answer.found
                refused["unanswerable"][1] += 1
                continue
            tally(s, answer, q, assistant)
        pool = [q for b, other in enumerate(articles) if b != a for q in other.answerable]
        for q in rng.sample(pool, min(others, len(pool))):
            refused["other"][0] += not ask_after(assistant, rng.choice(article.answerable).question, q.question).found
            refused["other"][1] += 1
    return [
        stats_row("squad paragraph follow-ups", s),
        *((f"squad {kind} questions as follow-ups found:false", asked, f"{not_found}/{asked}", "", "", "", "", "")
          for kind, (not_found, asked) in [("unanswerable paragraph", refused["unanswerable"]),
                                           ("other articles'", refused["other"])]),
    ]


# Single questions in a person's words on the development articles, ten each, on parts their SQuAD questions and our
# dialogs ask little about. Written 2026-12-04 (stop 72) before they were first run, on the code of commit cc74a25:
# 8/10, 9/10 and 10/10 then (today's scorer and the reader alike). Misses: "Why were the Normans called Normans?"
# (quotes "as the Byzantines called them"), "What did Richard the Lion-Hearted do on Cyprus?" (quotes his fleet
# arriving, not his conquest), "Why did the south want to split from the north?" (quotes "South of the Tehachapis").
DEVELOPMENT_SINGLES = {
    "Normans": [
        ("Why were the Normans called Normans?", ["Norseman"]),
        ("What religion did the Normans adopt?", ["Catholicism", "Christian piety", "Catholic orthodoxy"]),
        ("What did Richard the Lion-Hearted do on Cyprus?", ["conquer the whole island", "took Limassol",
                                                             "conquered the whole island"]),
        ("Which archbishop did Edward the Confessor appoint?", ["Robert of Jumièges"]),
        ("How long did Western Europe rule Cyprus?", ["380 years"]),
        ("What style did the Normans build in Sicily?", ["Norman-Arab architecture"]),
        ("Which abbeys were centres of music?", ["Fécamp Abbey", "Saint-Evroul"]),
        ("Who tried to carve out a state in Asia Minor?", ["Roussel de Bailleul"]),
        ("Were Norman knights rich?", ["poor and land-hungry"]),
        ("Which castles did the Normans build in Ireland?", ["Trim Castle", "Dublin Castle"])],
    "Southern_California": [
        ("Is Southern California an official region?", ["not a formal geographic designation",
                                                         "no official definition"]),
        ("Where is the midpoint of California?", ["south of San Jose", "37° 9' 58.23"]),
        ("What are the main business districts in Los Angeles?", ["Downtown Los Angeles", "Century City"]),
        ("Which surf brands are based there?", ["Volcom", "Quiksilver"]),
        ("What is Palm Springs known for?", ["resort feel"]),
        ("How many cities have over 200,000 people?", ["twelve cities"]),
        ("What is the Tech Coast?", ["diversified technology and industrial base"]),
        ("Which is the busiest general aviation airport?", ["Van Nuys"]),
        ("Is rugby popular there?", ["growing sport"]),
        ("Why did the south want to split from the north?", ["inequitable taxes", "pro-slavery"])],
    "Computational_complexity_theory": [
        ("What does Cobham's thesis say?", ["feasible amount of resources"]),
        ("What does NP-hard mean?", ["hard for NP"]),
        ("Who showed there are NP-intermediate problems?", ["Ladner"]),
        ("What is co-NP?", ["complement problems"]),
        ("Which problems are thought to be NP-intermediate?", ["graph isomorphism problem", "discrete logarithm"]),
        ("How long would an exponential algorithm take for n = 100?", ["4 × 1010 years", "age of the universe"]),
        ("Can the knapsack problem be solved in practice?", ["wide range of sizes"]),
        ("What can SAT solvers do?", ["routinely handle large instances"]),
        ("What did Trakhtenbrot study?", ["specific complexity measure"]),
        ("What is the time hierarchy theorem used for?", ["P is strictly contained in EXPTIME",
                                                          "separation results"])],
}


# A second set of single questions on the development articles, ten each, written 2026-12-06 (stop 90) in a person's
# words before it was first run: half in the article's key words and half in other words, its main points (the first
# paragraphs) mixed with details that DEVELOPMENT_SINGLES, the dialogs and the crowd's questions leave unasked.
# First run on c5a083d: 9/10, 8/10, 6/10; one gold was widened after it, where the answer named the metropolitan areas
# in the article's other sentence ("the Santa Barbara, San Luis Obispo, and Bakersfield metropolitan areas").
MORE_DEVELOPMENT_SINGLES = {
    "Normans": [
        ("What were the Normans best known for?", ["martial spirit", "military accomplishments", "Christian piety"]),
        ("Which old Frankish kingdom did the Duchy of Normandy lie in?", ["Neustria"]),
        ("Who founded the Principality of Antioch?", ["Bohemond"]),
        ("Was Norman French a literary language?", ["important literary language"]),
        ("Which peoples were among Rollo's contingents?", ["Orkney Vikings", "Danes, Norwegians",
                                                           "Denmark, Iceland and Norway"]),
        ("Did the Norman lords come from the old French noble families?",
         ["culturally and ethnically distinct", "distinct from the old French aristocracy"]),
        ("Why was Isaac Komnenos bound in silver chains?", ["not place him in irons"]),
        ("Why did the Albanians take the Normans' side in 1107?", ["heavy taxes"]),
        ("What happened after Edward the Confessor invited Eustace II to his court?",
         ["exile of Earl Godwin", "greatest of early conflicts"]),
        ("When did Normandy have its golden age of illuminated books?", ["final decade of the 11th"])],
    "Southern_California": [
        ("Which metropolitan areas are in Southern California?", ["Santa Barbara metro area", "El Centro area",
                                                                   "San Luis Obispo metropolitan area",
                                                                   "San Luis Obispo, and Bakersfield"]),
        ("What makes up Greater Los Angeles?", ["five counties of Los Angeles", "Oxnard-Thousand Oaks-Ventura"]),
        ("How many people live in the Inland Empire?", ["over four million"]),
        ("Is Los Angeles the biggest city in the country?", ["most populous in the United States"]),
        ("Are any of the country's largest metropolitan areas in Southern California?",
         ["three of the country's largest"]),
        ("Where does the Transpac race go?", ["Los Angeles to Hawaii"]),
        ("Which counties would the Territory of Colorado have included?", ["Tulare County", "San Luis Obispo County"]),
        ("How many quakes a year are stronger than magnitude 4?", ["15–20", "greater than magnitude 4.0"]),
        ("How do tourism boards split up California?", ["northern, central, and southern", "three-region"]),
        ("Why would the deserts north of LA count as Southern California?", ["remoteness from the central valley"])],
    "Computational_complexity_theory": [
        ("What is a computational problem?", ["amenable to being solved", "infinite collection of instances",
                                              "mechanical application of mathematical steps"]),
        ("Why does complexity theory matter?", ["practical limits on what computers can"]),
        ("How is complexity theory different from analysis of algorithms?",
         ["all possible algorithms", "particular algorithm to solve a problem"]),
        ("Why does the theory care about whole problems and not single inputs?",
         ["little use for solving other instances", "not particular problem instances"]),
        ("Can a Turing machine compute anything a programming language can?", ["any programming language"]),
        ("What is the class ALL?", ["class of all decision problems"]),
        ("Where was Leonid Levin working?", ["Levin in the USSR"]),
        ("Would a faster computer make an exponential algorithm practical?",
         ["independent of technological progress", "useful for very small instances"]),
        ("When does quicksort run fastest?", ["divides the list in half"]),
        ("Which problems are known to be intractable?", ["EXPTIME-hard"])],
}
DEVELOPMENT_SETS = (("", DEVELOPMENT_SINGLES), (", second set", MORE_DEVELOPMENT_SINGLES))


def development_singles(embedder: Embedder, verbose: bool, reader: bool = False) -> list[tuple]:
    """Each set of DEVELOPMENT_SETS asked of each development article alone: one row per article and set."""
    suffix = " + reader" if reader else ""
    rows = []
    for title in DEVELOPMENT_SINGLES:
        assistant = with_reader(article_assistant(embedder, title), reader)
        for name, singles in DEVELOPMENT_SETS:
            cases = singles[title]
            hit = singles_hit(assistant, cases, verbose and not reader)
            rows.append((f"own singles on a development article{name}, {title}{suffix}", len(cases),
                         f"{hit}/{len(cases)}", "", "", "", "", ""))
    return rows


def singles_hit(assistant: Assistant, cases: list[tuple[str, list[str]]], verbose: bool) -> int:
    """How many of our own (question, gold strings) cases are answered with a gold string."""
    hit = 0
    for q, gold in cases:
        answer = assistant.ask(q)
        good = holds_gold(answer.answer, gold)
        hit += good
        if verbose and not good:
            print(f"MISS own {q!r}: {answer.answer[:300]!r}", file=sys.stderr)
    return hit


def own_documents(embedder: Embedder, verbose: bool, reader: bool = False) -> list[tuple]:
    """Our documents' questions (SECTION_QUESTIONS of HANDBOOK, GUIDE_QUESTIONS of GUIDE, RECIPE_QUESTIONS of RECIPE,
    MANUAL_QUESTIONS of MANUAL, FAQ_QUESTIONS of FAQ, TENANCY_QUESTIONS of TENANCY, and so on): how many are answered
    with a gold string, the answers' mean length, how many quote their documents verbatim; how many of
    UNANSWERED_BY_OWN are `found: false`, and how many turns of DIALOGS_OF_OWN are answered with a gold string."""
    rows = []
    refused = 0
    turns = [0, 0]  # first turns right, follow-ups right
    for name, text, cases, label in (
            ("handbook.md", HANDBOOK, SECTION_QUESTIONS, "own questions about a section of a Markdown handbook"),
            ("guide.md", GUIDE, GUIDE_QUESTIONS, "own questions about a Markdown user guide with code spans"),
            ("recipe.md", RECIPE, RECIPE_QUESTIONS, "own questions about a Markdown recipe of lists"),
            ("manual.md", MANUAL, MANUAL_QUESTIONS, "own questions about a Markdown manual with tables and links"),
            ("faq.md", FAQ, FAQ_QUESTIONS, "own questions about a Markdown FAQ"),
            ("tenancy.txt", TENANCY, TENANCY_QUESTIONS, "own questions about a plain-text guide with titles"),
            ("changelog.md", CHANGELOG, CHANGELOG_QUESTIONS, "own questions about a Markdown changelog"),
            ("transit.html", TRANSIT, TRANSIT_QUESTIONS, "own questions about an HTML page of tables and an FAQ"),
            ("leaflet.txt", LEAFLET, LEAFLET_QUESTIONS, "own questions about a medicine's plain-text leaflet"),
            ("travel.docx", make_docx(TRAVEL_BLOCKS), TRAVEL_QUESTIONS, "own questions about a Word policy with a table"),
            ("install.html", INSTALL, INSTALL_QUESTIONS, "own questions about an HTML install page with code")):
        path = scratch() / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
        assistant = with_reader(assistant_for([path], embedder, onnx=True), reader)
        hit = singles_hit(assistant, cases, verbose)
        answers = [assistant.ask(q) for q, _ in cases]
        exact = sum(verbatim(a, assistant) for a in answers)
        chars = round(sum(len(a.answer) for a in answers) / len(answers))
        rows.append((f"{label}{' + reader' if reader else ''}", len(cases), f"{hit}/{len(cases)}", chars, "", "", "",
                     f"{exact}/{len(cases)}"))
        for document, question in UNANSWERED_BY_OWN:
            if document == name:
                answer = assistant.ask(question)
                refused += not answer.found
                if verbose and answer.found:
                    print(f"FOUND own {question!r}: {answer.answer[:300]!r}", file=sys.stderr)
        for document, dialog in DIALOGS_OF_OWN:
            if document == name:
                turn = None
                for question, gold in dialog:
                    outcome = assistant.respond(question, turn)
                    right = outcome.answer.found and holds_gold(outcome.answer.answer, gold)
                    turns[turn is not None] += right
                    turn = outcome.turn
                    if verbose and not right:
                        print(f"MISS own turn {question!r}: {outcome.answer.answer[:300]!r}", file=sys.stderr)
    rows.append((f"own questions those five do not answer{' + reader' if reader else ''}", len(UNANSWERED_BY_OWN),
                 "", "", "", "", refused, ""))
    follow_ups = sum(len(dialog) - 1 for _, dialog in DIALOGS_OF_OWN)
    rows.append((f"own dialogs on those five, first turns / follow-ups right{' + reader' if reader else ''}",
                 len(DIALOGS_OF_OWN) + follow_ups, f"{turns[0]}/{len(DIALOGS_OF_OWN)} / {turns[1]}/{follow_ups}", "", "",
                 "", "", ""))
    return rows


# A fifth set of our own (written 2026-12-03, stop 57, and run once before any change for it): a new user's plain
# questions in everyday turns of phrase ("How come ...?", "What's the deal with ...?", "Is it true that ...?").
FIFTH_SINGLES = [
    ("How come ketamine works so fast?", ["synaptic excitation", "neuroplasticity"]),
    ("What's the deal with esketamine?", ["enantiomer", "nasal spray", "Spravato"]),
    ("Is it true that ketamine was used on the battlefield?", ["buddy drug"]),
    ("What was ketamine originally for?", ["veterinary anesthetic", "replacement for PCP"]),
    ("How long until ketamine starts working?", ["2–24 hours", "two hours", "40 minutes", "rapid onset"]),
    ("Who came up with ketamine?", ["Parke-Davis", "Calvin Lee Stevens"]),
    ("What's special about ketamine compared to normal antidepressants?", ["rapid onset", "notable advantage"]),
    ("How common is depression?", ["230 million", "3.8%"]),
    ("How are patients monitored after esketamine?", ["patient monitoring after administration"]),
    ("Could you explain why therapy is combined with ketamine?", ["reinforce the effects", "neuroplasticity",
                                                                 "longer-lasting"]),
    ("Is ketamine addictive?", ["addictive effects"]),
    ("What did the STAR*D study show?", ["low response rates"]),
    ("Where is esketamine allowed to be given?", ["certified clinical settings"]),
    ("How many ketamine clinics exist in the US?", ["2,500"]),
    ("Does ketamine help people who are suicidal?", ["suicidal ideation", "suicidality"]),
    ("What conditions can ketamine-assisted psychotherapy treat?", ["major depressive disorder",
                                                                    "post-traumatic stress"]),
    ("What dose is used when an inward focus is needed?", ["higher-dose intramuscular"]),
    ("What does ketamine do to brain-derived neurotrophic factor?", ["increase brain-derived neurotrophic factor"]),
    ("Which anesthetics are on the WHO list with ketamine?", ["propofol", "thiopental"]),
    ("Can ketamine therapy be done at home?", ["used from home"]),
    ("Does ketamine reduce cravings?", ["cravings"]),
    ("Is ketamine prescribed off-label?", ["off-label"]),
]


# Our own requests for a definition (written 2026-12-03, stop 57, and run once before any change for them): each is
# "What is X?" asked otherwise, answered by the sentence that says what X is or stands for.
DEFINITION_REQUESTS = [
    ("Define esketamine.", ["enantiomer"]),
    ("What is the definition of ketamine-assisted psychotherapy?", ["use of prescribed doses"]),
    ("Give me a definition of REMS", ["Risk Evaluation and Mitigation Strategy"]),
    ("Define ketamine", ["NMDA", "analgesic anesthetic"]),
    ("What's the definition of Spravato?", ["esketamine"]),
    ("What is meant by the buddy drug?", ["administer it to one another"]),
    ("What's the meaning of STAR*D?", ["Sequenced Treatment Alternatives"]),
    ("definition of bdnf", ["brain-derived neurotrophic factor"]),
    ("Can you define TRD?", ["treatment-resistant depression"]),
    ("Tell me the meaning of mTOR", ["mammalian target of rapamycin"]),
]



# Our own questions asking how something works (written 2026-12-03, stop 58, after "How does ketamine work in the
# brain?" missed in bench/dialogs.py; run once before any change for them): answered by the sentence that says by
# what means, or that the means are unknown.
MECHANISMS = [
    ("How does ketamine work?", ["NMDA receptor antagonist", "glutamate"]),
    ("How does ketamine work in the brain?", ["NMDA receptor antagonist", "glutamate"]),
    ("How does ketamine act on the brain?", ["NMDA receptor antagonist", "glutamate"]),
    ("What is ketamine's mechanism of action?", ["NMDA receptor antagonist"]),
    ("How does ketamine help depression?", ["synaptic excitation and neuroplasticity", "NMDA receptor antagonist",
                                            "glutamate"]),
    ("Why does ketamine work so quickly?", ["synaptic excitation and neuroplasticity"]),
    ("How might ketamine help with trauma?", ["reconsolidation of dysfunctional memories"]),
    ("How does ketamine reduce cravings?", ["mechanisms of action for these effects remain unknown"]),
    ("How does ketamine relieve stress?", ["brain-derived neurotrophic factor"]),
    ("How does therapy make ketamine work better?", ["reinforce the effects", "cognitive restructuring"]),
    ("What does ketamine do in the brain?", ["NMDA receptor antagonist", "glutamate",
                                             "synaptic excitation and neuroplasticity",
                                             "brain-derived neurotrophic factor"]),
    ("How does ketamine promote neuroplasticity?", ["signaling pathways", "mammalian target of rapamycin"]),
]


# Our own questions comparing two things (written 2026-12-03, stop 58, run once before any change for them).
COMPARISONS = [
    ("What is the difference between ketamine and esketamine?", ["enantiomer"]),
    ("How is esketamine different from ketamine?", ["enantiomer", "nasal spray", "intranasal"]),
    ("Is ketamine better than esketamine?", ["more effective than esketamine"]),
    ("How does ketamine compare to standard antidepressants?", ["rapid onset", "notable advantage", "delayed onset"]),
    ("Which works faster, ketamine or antidepressants?", ["rapid onset", "delayed onset"]),
    ("Is sublingual or intramuscular ketamine better for talking during therapy?",
     ["active therapist-patient communication"]),
    ("What's the difference between the low and the high dose?", ["active therapist-patient communication",
                                                                   "inward focus"]),
    ("Ketamine vs esketamine?", ["enantiomer", "more effective than esketamine"]),
    ("Compare intravenous ketamine and intranasal esketamine", ["most common side effects of both",
                                                                "more effective than esketamine"]),
    ("What are the pros and cons of ketamine?", ["notable advantage", "side effects", "dissociation"]),
]


# Our own questions asked in the first person, as a patient asks (written 2026-12-03, stop 58, after three such
# follow-ups were refused in the fifth ten-turn set of `bench/sets/bundled/`; run once before any change for them).
FIRST_PERSON = [
    ("Can I take ketamine at home?", ["used from home"]),
    ("Will I be able to talk to my therapist during a ketamine session?", ["active therapist-patient communication"]),
    ("How soon will I feel better after ketamine?", ["2–24 hours", "rapid onset", "two hours", "40 minutes"]),
    ("How long will my session last?", ["three hours"]),
    ("Will I need more than one session?", ["repeated dosage paradigm", "Repeated sessions"]),
    ("Could I get addicted to ketamine?", ["addictive effects", "abuse"]),
    ("What side effects might I get from ketamine?", ["dissociation, disorientation, dizziness"]),
    ("Can my child be given ketamine?", ["safe to use for children"]),
    ("Can my doctor prescribe ketamine off-label?", ["off-label prescriptions", "prescribed off-label"]),
    ("I have OCD. Would ketamine help me?", ["obsessive-compulsive disorders short-term", "obsessive thoughts"]),
    ("Will I be monitored after taking esketamine?", ["patient monitoring after administration"]),
    ("Where can I get esketamine?", ["certified clinical settings"]),
    ("How long will the effects last for me?", ["4–7 days", "up to a week"]),
    ("Am I likely to relapse after ketamine?", ["time-to-relapse", "2–4 weeks"]),
]


# Our own questions asking what is not so: not known, not approved, not studied (written 2026-12-03, stop 58, and run
# once before any change for them).
NEGATIONS = [
    ("What is not yet known about ketamine therapy?", ["not fully known", "unknown", "remain unclear", "remains unclear"]),
    ("Which use of ketamine is not approved by the FDA?", ["compounded ketamine for any psychiatric disorder"]),
    ("Why isn't compounded ketamine approved?", ["concerns for safety and efficacy"]),
    ("Where can esketamine not be given?", ["cannot be distributed outside of certified clinical settings"]),
    ("What hasn't been studied about ketamine and addiction?", ["has not been studied"]),
    ("Why can't the results be generalised?", ["lack of large, replicated clinical trials"]),
    ("Is there any difference in efficacy between sublingual and intramuscular ketamine?",
     ["no notable difference in efficacy"]),
    ("What doesn't work well with current antidepressants?", ["delayed onset"]),
    ("For which patients can the effect on suicidal thoughts not be generalised?", ["non-depressed patients"]),
    ("What remains unclear about ketamine for anxiety?", ["combinations with other modes of therapy remain unclear"]),
]


# Our own yes/no questions, most of which the document answers "no" (written 2026-12-03, stop 58, and run once before
# any change for them): answered by the sentence that says so.
YES_NO = [
    ("Is ketamine approved for psychiatric disorders?", ["not approved"]),
    ("Can esketamine be distributed outside clinics?", ["cannot be distributed outside"]),
    ("Has the addictive potential of ketamine been studied in people with substance use disorder?",
     ["has not been studied"]),
    ("Is the long-term safety of repeated ketamine known?", ["unknown", "not fully known"]),
    ("Are there many studies on ketamine for anxiety?", ["sparse in number"]),
    ("Is intramuscular ketamine more effective than sublingual?", ["no notable difference in efficacy"]),
    ("Do most ketamine clinics offer psychotherapy?", ["only 20%"]),
    ("Do antidepressants work quickly?", ["delayed onset"]),
    ("Are the results generalisable to everyone?", ["prevent existing results from being generalisable"]),
    ("Is ketamine safe for children?", ["safe to use for children"]),
    ("Was ketamine first used on humans?", ["veterinary anesthetic"]),
    ("Did all bipolar patients do well on ketamine?", ["a few patients did experience dissociative"]),
]


# Our own questions asking what came before or after something, or what it led to (written 2026-12-03, stop 58, and
# run once before any change for them).
SEQUENCES = [
    ("What happened after Parke-Davis filed the patent?", ["battlefield"]),
    ("What happened after esketamine was approved?", ["telemedicine-based companies"]),
    ("What did the approval of esketamine lead to?", ["telemedicine-based companies"]),
    ("What was ketamine used for soon after its discovery?", ["off-label medication", "veterinary anesthetic"]),
    ("What led to interest in ketamine for psychiatry?", ["hallucinogenic properties"]),
    ("What happens to patients after the first antidepressant fails?", ["low response rates"]),
    ("What happens towards the end of a session?", ["supervised recovery"]),
    ("What happens a few weeks after ketamine treatment?", ["time-to-relapse", "2–4 weeks"]),
    ("What came before ketamine was given to humans?", ["veterinary anesthetic"]),
    ("What did the delayed onset of antidepressants lead to?", ["more rapid treatment option",
                                                                "increased risk for suicidality"]),
]

# Our own messages asking two questions at once, written 2026-12-03 (stop 57) and run once before any change for
# them: joined by "and", by ", and" or as two questions; each (message, gold strings of the first, of the second).
TWO_QUESTIONS = [
    ("When was esketamine approved and how is it given?", ["2019"], ["nasal spray", "intranasal"]),
    ("How long do sessions last and why are they repeated?", ["three hours"], ["time-to-relapse", "repeated dosage"]),
    ("What are the most common side effects of ketamine, and is it approved by the FDA?", ["dizziness"],
     ["anesthetic agent"]),
    ("Who discovered ketamine and when?", ["Parke-Davis", "Calvin Lee Stevens"], ["1962"]),
    ("When was ketamine first given to a human? What was it first used for?", ["1964"], ["veterinary anesthetic"]),
    ("How many people have depression worldwide, and why is a faster treatment needed?", ["230 million"],
     ["delayed onset"]),
    ("Why was ketamine called the buddy drug and where was it used?", ["administer it to one another"],
     ["battlefield"]),
    ("What share of ketamine clinics offer psychotherapy? How many clinics are there?", ["20%"], ["2,500"]),
    ("Does ketamine help with anxiety and which routes were studied?", ["improved symptoms of anxiety"],
     ["intravenous, intramuscular, and oral"]),
    ("When is sublingual ketamine used, and when is intramuscular used?", ["active therapist-patient communication"],
     ["inward focus"]),
    ("How fast does ketamine reduce suicidal thoughts and how long do its effects last?", ["two hours", "40 minutes"],
     ["4–7 days", "up to a week"]),
    ("What is esketamine? Where can it be given?", ["enantiomer"], ["certified clinical settings"]),
    ("Can ketamine treat eating disorders, and why are they hard to treat?", ["anorexia"],
     ["high rates of remission", "varying degrees"]),
    ("Is ketamine on the WHO list of essential medicines and is it safe for children?", ["Essential Medicines"],
     ["safe to use for children"]),
]


def both_held(assistant: Assistant, verbose: bool) -> int:
    """How many TWO_QUESTIONS messages are answered with a gold string of each of their two questions."""
    hit = 0
    for q, first, second in TWO_QUESTIONS:
        answer = assistant.ask(q)
        good = holds_gold(answer.answer, first) and holds_gold(answer.answer, second)
        hit += good
        if verbose and not good:
            print(f"MISS two {q!r}: {answer.answer[:400]!r}", file=sys.stderr)
    return hit


# Written on 2026-12-03 (stop 59) before any change for them: amounts, shares and durations asked in a person's words.
QUANTITIES = [
    ("What percentage of ketamine clinics offer psychotherapy?", ["20%"]),
    ("Roughly how many clinics offer ketamine in the United States?", ["2,500"]),
    ("What fraction of the world's population has depression?", ["3.8%"]),
    ("How quickly did suicidal thoughts improve in bipolar patients?", ["40 minutes"]),
    ("Within how many hours does ketamine's antidepressant effect begin?", ["2–24 hours"]),
    ("For how many days do the effects of one infusion usually last?", ["4–7 days"]),
    ("How long can a ketamine-assisted psychotherapy session take?", ["three hours"]),
    ("After how many weeks do patients typically relapse?", ["2–4 weeks"]),
    ("How many injected general anesthetics are on the WHO essential medicines list?", ["three injected"]),
    ("In what year did a human first receive ketamine?", ["1964"]),
    ("How long does a single dose keep working?", ["up to a week", "4–7 days"]),
    ("How soon after administration is reduced suicidality visible?", ["two hours"]),
    ("How many people worldwide had depression in 2023?", ["230 million"]),
    ("How many years has esketamine been approved for?", ["2019"]),
]

# A sixth set of singles and a second of on-topic questions the document does not answer, written on 2026-12-03 (stop
# 62) before they were first run (the questions already in an earlier set left out), on the code of then (singles
# 23/23, on-topic 1/6): the on-topic set led to stop 62's count rule ("How many patients took part in the STAR*D
# trial?" quoted the trial's finding, which counts nothing).
SIXTH_SINGLES = [
    ("Who discovered ketamine?", ["Parke-Davis", "Calvin Lee Stevens"]),
    ("In what year was ketamine first given to a person?", ["1964"]),
    ("Which organisation lists ketamine as an essential medicine?", ["World Health Organisation"]),
    ("What other anesthetics are on the WHO essential medicines list?", ["propofol", "thiopental"]),
    ("How many people have depression worldwide?", ["230 million"]),
    ("What is the problem with standard antidepressants?", ["delayed onset"]),
    ("How fast does ketamine start working?", ["2–24 hours", "two hours", "rapid onset"]),
    ("How long do ketamine's antidepressant effects last?", ["4–7 days", "up to a week"]),
    ("What is CBT supposed to do when combined with ketamine?", ["inaccurate beliefs"]),
    ("What receptor does ketamine block?", ["NMDA"]),
    ("How soon does ketamine reduce suicidal thoughts?", ["two hours", "40 minutes"]),
    ("Can the suicidality findings be applied to people who are not depressed?", ["cannot currently be generalised"]),
    ("How long until patients relapse?", ["2–4 weeks"]),
    ("How many ketamine clinics exist in the United States?", ["2,500"]),
    ("Why are eye coverings used?", ["inward focus"]),
    ("When is sublingual ketamine recommended?", ["active therapist-patient communication"]),
    ("How quickly did bipolar patients improve?", ["40 minutes"]),
    ("What are the most common side effects?", ["dissociation, disorientation"]),
    ("Why is compounded ketamine not approved?", ["safety and efficacy"]),
    ("Is the long-term safety of repeated dosing known?", ["unknown"]),
    ("Which company offers telemedicine ketamine therapy?", ["Psychedelic Institute"]),
    ("What is an enantiomer of ketamine?", ["esketamine"]),
    ("What was ketamine originally meant to replace?", ["PCP", "phencyclidine"]),
]
MORE_ON_TOPIC_OUT_OF_SCOPE = [
    "How much does a ketamine session cost?",
    "Which countries have banned ketamine?",
    "Who invented esketamine?",
    "How many patients took part in the STAR*D trial?",
    "What is the maximum safe dose of ketamine?",
    "Is ketamine legal in the UK?",
]

# A seventh set of singles and a third of on-topic questions the document does not answer, written on 2026-12-04 (stop
# 66) before they were first run.
SEVENTH_SINGLES = [
    ("What properties does ketamine have besides being an anesthetic?", ["dissociative properties"]),
    ("What was ketamine derived from during research?", ["phencyclidine"]),
    ("What did Parke-Davis do soon after the discovery?", ["filed a patent"]),
    ("Why did interest in ketamine for psychiatry grow?", ["hallucinogenic properties"]),
    ("Where has ketamine been used off-label?", ["Europe and the United States"]),
    ("What kind of companies grew after the 2019 approval?", ["telemedicine-based companies"]),
    ("What percentage of people have depression?", ["3.8%"]),
    ("What did the STAR*D trial show about alternative compounds?", ["low response rates"]),
    ("What could ketamine's psychedelic effects give patients?", ["neuroplasticity and cognitive flexibility"]),
    ("What is ketamine's mechanism of action?", ["NMDA receptor antagonist"]),
    ("What does BDNF do against stress?", ["ameliorates the effects of acute and chronic stress"]),
    ("How long do the anti-depressive effects of a single dose last?", ["up to a week"]),
    ("How does ketamine compare with current treatments for suicidal patients?", ["sharp contrast", "delayed onset"]),
    ("In what settings were repeated sessions effective?", ["private practice settings"]),
    ("What share of US ketamine clinics offer psychotherapy?", ["20%"]),
    ("What is provided during intramuscular sessions?", ["eye coverings and music"]),
    ("When is psychotherapy delivered relative to the infusion?", ["simultaneously, or following the infusion"]),
    ("Which symptoms improved within 40 minutes?", ["suicidal ideations", "depressive symptoms"]),
    ("Which routes were used in anxiety studies?", ["intravenous, intramuscular, and oral"]),
    ("Which substances did ketamine reduce cravings for?", ["alcohol, cocaine, and opioids"]),
    ("Which eating disorder responded to ketamine?", ["anorexia nervosa"]),
    ("Why is more research needed on eating disorders?", ["limited number of clinical studies"]),
    ("What kind of ketamine therapy can be used at home?", ["sublingual"]),
    ("Why isn't compounded ketamine approved?", ["concerns for safety and efficacy"]),
    ("What does REMS require after administration?", ["patient monitoring"]),
    ("What could high doses of ketamine cause?", ["toxic effects"]),
    ("Why is the long-term safety of repeated dosing unknown?", ["short-term follow-up"]),
    ("Which therapies should future trials integrate with ketamine?",
     ["motivational enhancement therapy", "functional analytic psychotherapy"]),
    ("What does ketamine-assisted psychotherapy strengthen?", ["cognitive restructuring"]),
    ("Who administered ketamine on the battlefield?", ["soldiers"]),
]
THIRD_ON_TOPIC_OUT_OF_SCOPE = [
    "How many soldiers used ketamine on the battlefield?",
    "Which hospital first used ketamine on humans?",
    "How long does esketamine stay in the body?",
    "What did the FDA say about ketamine in 2022?",
    "Who founded the Psychedelic Institute of Mental Health?",
    "How many ketamine sessions does Medicare cover?",
    "What is the minimum age for esketamine treatment?",
    "Which country approved ketamine therapy first?",
]

# An eighth set of singles and a fourth of on-topic questions the document does not answer, written on 2026-12-06
# (stop 95) by a helper blind, from the document and the earlier question strings, before they were first run.
EIGHTH_SINGLES = [
    ("Do you need a prescription for ketamine-assisted psychotherapy?", ["prescribed doses"]),
    ("Has ketamine been studied much for mental health since it was discovered?", ["robust investigation"]),
    ("When did doctors start using ketamine off-label for psychiatric symptoms?", ["soon after discovery"]),
    ("What kind of company is the Psychedelic Institute of Mental Health & Family Therapy?",
     ["telemedicine-based", "ketamine-assisted psychotherapy"]),
    ("What did Parke-Davis's ketamine patent cover?", ["utilization of the anesthetic"]),
    ("Did the company that discovered ketamine also patent it?", ["Parke-Davis"]),
    ("Does ketamine cause hallucinations?", ["hallucinogenic properties"]),
    ("Was ketamine used for psychiatric problems in Europe before esketamine was approved?", ["Europe"]),
    ("What do propofol and thiopental have in common with ketamine?",
     ["injected general anesthetics", "Essential Medicines"]),
    ("In what year did the WHO give its global depression figures?", ["2023"]),
    ("Is shock therapy still used to treat depression?", ["electroconvulsive therapy"]),
    ("Is magnetic stimulation of the brain a treatment for depression?", ["transcranial magnetic stimulation"]),
    ("How soon does ketamine start easing pain after an infusion?", ["2–24 hours"]),
    ("Can ketamine make a person's thinking more flexible?", ["cognitive flexibility"]),
    ("What brain chemical does ketamine affect?", ["glutamate"]),
    ("Does ketamine help the brain build new connections?", ["synaptogenesis"]),
    ("Do scientists think ketamine does more in the brain than they used to believe?",
     ["larger in scope than previously thought"]),
    ("Is the symptom relief from ketamine gradual?", ["powerful and immediate"]),
    ("How important is the way ketamine is given in therapy for depression?", ["crucial consideration"]),
    ("Do you need an IV drip to get ketamine therapy?", ["sublingual", "intramuscular"]),
    ("Why is it hard to compare how clinics deliver the therapy part of ketamine treatment?", ["variably defined"]),
    ("Why are doctors cautious about ketamine for bipolar depression?", ["manic symptoms", "remains unclear"]),
    ("Besides cutting cravings, what else does ketamine change in people with addictions?", ["treatment rates"]),
    ("Do current treatments for eating disorders work consistently?", ["varying degrees of effectiveness"]),
    ("Can ketamine make you feel disoriented?", ["disorientation"]),
    ("Can esketamine make you drowsy?", ["sedation"]),
    ("Is esketamine something people can abuse?", ["abuse"]),
    ("Is there a ketamine-based medicine approved for people at immediate risk of suicide?",
     ["esketamine", "Spravato"]),
    ("Is ketamine therapy usually a single dose?", ["repeated administration", "repeated dosage"]),
    ("Does ketamine look promising as a mental health treatment?", ["promising results", "significant efficacy"]),
]
# Searched (case-insensitive, the whole document):
# - SSRIs: "SSRI", "sertraline", "serotonin", "interact", "selective": none; antidepressants are named only as a class.
# - NHS: "NHS", "United Kingdom", "UK ", "Britain", "National Health": none; "Europe" once, only for off-label use.
# - Tinnitus: "tinnitus", "hearing", "ringing": none; "ear" only inside other words ("appear").
# - Alzheimer's: "Alzheimer", "dementia", "memory": none; "memories" once, about reconsolidation of dysfunctional
#   memories (trauma, anxiety, substance use), not dementia.
# - Postpartum depression: "postpartum", "pregnan", "birth", "mother", "women": none.
# - Borderline personality disorder: "borderline", "personality": none.
# - Response rate: "percent", "respond": none; "%" twice (3.8% of people have depression, 20% of clinics offer
#   psychotherapy); "response rate" once, for alternative compounds in STAR*D, not for ketamine.
# - Smoking: "nicotine", "tobacco", "cigarette": none; "smok" once, bupropion with psychotherapy for smoking
#   cessation, nothing on ketamine.
FOURTH_ON_TOPIC_OUT_OF_SCOPE = [
    "Can ketamine therapy be combined with an SSRI like sertraline?",
    "Could a UK patient get ketamine-assisted psychotherapy through the NHS?",
    "Can ketamine ease ringing in the ears (tinnitus)?",
    "Has ketamine been tried for Alzheimer's disease?",
    "Is ketamine given to new mothers with postpartum depression?",
    "Is there evidence that ketamine helps borderline personality disorder?",
    "What percentage of patients respond to ketamine for treatment-resistant depression?",
    "Could ketamine therapy help someone give up cigarettes?",
]

# A set of singles and one of on-topic questions the document does not answer, each message saying something of the
# asker before its question, written on 2026-12-06 (stop 101) by a helper blind, from the document and the earlier
# question strings, before they were first run.
SAID_FIRST_SINGLES = [
    ("A friend told me her ketamine session was done with a blindfold and headphones. Why would a clinic set things "
     "up that way?",
     ["inward focus is needed", "higher-dose intramuscular administration"]),
    ("My aunt got Spravato and was annoyed she had to stay at the clinic afterwards. Which FDA program requires that "
     "monitoring?",
     ["Risk Evaluation and Mitigation Strategy"]),
    ("I'm really scared of needles and my anxiety is through the roof. Is there a ketamine treatment I can do from "
     "home?",
     ["sublingual type of ketamine therapy", "able to be used from home"]),
    ("My mum saw a TV ad for a nasal spray for stubborn depression and wants to know how new it is. When did US "
     "regulators first clear it?",
     ["in 2019", "since 2019"]),
    ("My therapist offered me either a lozenge under the tongue or a shot in the arm. Does one actually work better "
     "than the other?",
     ["no notable difference in efficacy"]),
    ("I'm a trauma counselor and I'm trying to picture how my sessions would fit around the medicine. Does the "
     "talking happen while the drug is in effect or afterwards?",
     ["either simultaneously, or following the infusion", "delivered either simultaneously"]),
    ("My partner is skeptical of all the hype around psychedelic clinics. Why can't the current study results be "
     "applied to everyone?",
     ["lack of large, replicated clinical trials"]),
    ("My uncle finally kicked a forty-year cigarette habit with counselling and a prescription. What pill gets "
     "mentioned as the partner to therapy for that?",
     ["bupropion for smoking cessation", "with bupropion"]),
    ("My brother gets a monthly shot alongside his group meetings for his drinking. Which medication is given as an "
     "example of pairing drugs with therapy for alcohol problems?",
     ["naltrexone for alcohol and opioid dependence", "with naltrexone"]),
    ("I'm nervous about feeling spaced out and alone once the medicine is wearing off. Will someone be keeping an "
     "eye on me at the end of a session?",
     ["supervised recovery towards the end", "provisions for supervised recovery"]),
    ("My coworker swears she felt better the same afternoon but it faded by the weekend. For how many days do the "
     "benefits usually hold?",
     ["typically lasting 4–7 days", "last up to a week"]),
    ("I'm writing a magazine feature on people juggling work around their appointments. Since the relief fades, why "
     "do clinics keep booking more doses?",
     ["typically 2–4 weeks", "time-to-relapse after ketamine treatment"]),
]
# Searched (case-insensitive, the whole document):
# - 1: searched "cost", "price", "insur", "pay", "coverage", "dollar": the text never mentions money or insurance, so
#   no session price is given.
# - 2: searched "pregnan", "breast", "milk", "nursing", "postpartum", "baby": nothing on breastfeeding; the only
#   population note is WHO listing it as safe for children as an anesthetic.
# - 3: searched "driv", "train", "home", "alone", "recovery", "supervised": it says sessions end with supervised
#   recovery and esketamine needs monitoring, but nothing on travelling home alone.
# - 4: searched "mg", "mg/kg", "weigh", "kilogram", "dose", "dosage": it mentions dosage escalation and lower vs
#   higher doses but gives no amounts.
# - 5: searched "benzodiaz", "Xanax", "sleep", "interact", "sedat": sedation is named as a risk, but nothing about
#   benzodiazepines or drug interactions.
# - 6: searched "ADHD", "attention", "hyperactiv", "focus": conditions listed are depression, anxiety, OCD, PTSD,
#   substance use, eating disorders and pain; ADHD is absent.
# - 7: searched "bladder", "urin", "kidney", "recreational": side effects named are dissociation, disorientation,
#   dizziness, nausea, hypertension; no bladder or urinary effects.
# - 8: searched "train", "qualif", "licens", "certif", "therapist": it says esketamine stays in certified clinical
#   settings, but nothing on what training the therapist needs.
# - 9: searched "schizo", "psychosis", "psychotic", "voices", "hallucinat", "exclu": it mentions ketamine's
#   hallucinogenic properties and manic symptoms in a few bipolar patients, but nothing on past psychosis as a bar to
#   treatment.
# - 10: searched "eat", "food", "fast", "meal", "breakfast", "stomach": it covers eating disorders and nausea as a
#   side effect, but gives no pre-session fasting advice.
# - 11: searched "how many", "number", "sessions", "course", "repeated", "program": it says repeated sessions are used
#   because relapse comes in 2–4 weeks, but never gives how many sessions a course has.
# - 12: searched "test", "screen", "urine", "detect", "drug test": "test" appears nowhere; nothing on drug screening.
SAID_FIRST_ON_TOPIC_OUT_OF_SCOPE = [
    "I'm freelance and every dollar counts this year. Roughly what would I be paying per ketamine session if I went "
    "private?",
    "I'm nursing my baby and I've been struggling since the birth. Does ketamine pass into breast milk?",
    "My husband works nights so I'd be on my own afterwards. Is it okay to take the train home alone after a "
    "ketamine appointment?",
    "I'm a fairly small person, about 50 kilos, and I like knowing the numbers. What dose in milligrams per kilogram "
    "is usually given in these sessions?",
    "I take Xanax most nights to get to sleep. Does a benzodiazepine blunt the effect of ketamine treatment?",
    "My son was diagnosed with ADHD at nine and is now an adult with depression too. Has ketamine therapy been tried "
    "for ADHD symptoms?",
    "A friend who used ketamine recreationally ended up with bladder trouble. Does therapeutic use carry the same "
    "urinary risk?",
    "I'm a licensed social worker thinking about joining a ketamine practice. What training or certification does a "
    "therapist need to run these sessions?",
    "My uncle heard voices for a while in his twenties and is mostly just depressed now. Would that past psychosis "
    "keep a clinic from treating him?",
    "My appointment is first thing in the morning and I'm always hungry. Should I skip breakfast before a ketamine "
    "session?",
    "I need to tell my boss how much leave I'll need for the whole treatment. How many appointments does a full "
    "ketamine program usually involve?",
    "My job does random drug screens because I drive a forklift. Would prescribed ketamine show up on a standard "
    "urine test?",
]
# A second such pair, written on 2026-12-07 (stop 102) by a helper blind, as the first was, and committed before its
# first run.
MORE_SAID_FIRST_SINGLES = [
    ("I'm a hospital pharmacist doing the annual theatre stock audit, and ketamine turns out to be one of three "
     "injectables the WHO rates as essential. What are the other two?",
     ["propofol and thiopental", "along with propofol"]),
    ("My grandad patched up wounded men as an army medic and still tells stories at Sunday lunch. He says his unit "
     "had a pet name for the ketamine in their packs, what was it?",
     ["buddy drug"]),
    ("I'm a freelance reporter and my editor wants one striking number for a story about the American ketamine "
     "clinic boom. How many of those places bother to include a therapist?",
     ["only 20% of the 2,500", "20% of the 2,500 ketamine clinics"]),
    ("Second-year nursing student here, my placement starts Monday on a mood disorders ward. What's the usual "
     "time-to-relapse once a ketamine course stops?",
     ["2–4 weeks", "typically 2–4 weeks"]),
    ("I'm my sister's main carer and her consultant wants to add ketamine drips to her lithium. Her biggest fear is "
     "being pushed into a high, is that something the studies saw?",
     ["dissociative and/or manic symptoms", "manic symptoms during therapy"]),
    ("I'm a GP who runs a stop-smoking clinic on Thursdays and I'm reading up on medication plus counselling combos. "
     "Which one did the article mention for quitting tobacco?",
     ["bupropion for smoking cessation", "with bupropion"]),
    ("I'm a Marine veteran and my nightmares about Fallujah never really stopped. My buddy swears ketamine messes "
     "with how old memories get re-saved, is that an actual theory?",
     ["disrupts the reconsolidation of dysfunctional memories", "reconsolidation of dysfunctional memories"]),
    ("I teach sixth-form chemistry and my students love stories of accidental discoveries. Parke-Davis stumbled on "
     "ketamine while tinkering with which hallucinogen?",
     ["phencyclidine (PCP)", "derivatives of phencyclidine"]),
    ("I do overnight shifts on a crisis phone line, and a caller with bipolar swore her ketamine drip lifted the "
     "darkness before the bag was even empty. Roughly how many minutes did it take in the research?",
     ["within around 40 minutes", "around 40 minutes"]),
    ("I'm a dietitian on an adolescent ward and our consultant wonders if ketamine is worth a go for girls who won't "
     "respond to refeeding. Which diagnosis has the evidence looked strongest for?",
     ["anorexia nervosa", "particularly for anorexia nervosa"]),
    ("I run a peer support group for people trying to cut back on weed, and one member wants to try a ketamine "
     "clinic. Is there any evidence it makes people smoke less?",
     ["decrease cannabis use"]),
    ("I'm a psychology lecturer and my own research is on motivational interviewing. Is that style of therapy among "
     "the ones suggested for future ketamine trials?",
     ["motivational enhancement therapy"]),
]
# What the document does not answer, message by message (the helper's searches):
# - 1: searched "store", "storage", "temperature", "fridge", "refrigerat", "keep", "device", "nasal spray": esketamine
#   is only described as an FDA-approved nasal spray under REMS that stays in certified clinical settings; nothing on
#   how it is stored.
# - 2: searched "veteran", "VA", "military", "soldier", "insurance", "cover", "pay", "benefit": soldiers appear only
#   in the 1960s battlefield "buddy drug" history; nothing on veterans' services or who pays.
# - 3: searched "state", "region", "California", "Texas", "Florida", "most", "clinics", "2,500": only the national
#   count of 2,500 US clinics and the 20% offering therapy; no breakdown by state or region.
# - 4: searched "mg", "kg", "milligram", "kilo", "weight", "dose", "dosage", "infusion": the text speaks of lower-dose
#   sublingual, higher-dose intramuscular and dosage escalation, but gives no amounts per body weight.
# - 5: searched "age", "elderly", "older", "senior", "heart", "cardiac", "children", "hypertension": only that
#   ketamine is listed as safe for children as an anaesthetic and that hypertension is a side effect; no upper age
#   limit for therapy.
# - 6: searched "fund", "paid", "sponsor", "pharmaceutical", "Janssen", "Johnson", "company", "trial": companies named
#   are Parke-Davis (discovery, patent) and a telemedicine institute; the 2019 esketamine approval is given with no
#   word on who paid for the studies.
# - 7: searched "screen", "questionnaire", "assess", "evaluation", "suitable", "eligib", "intake": "assess" appears
#   only for future research on long-term side effects; REMS is about monitoring after the dose, not screening before
#   it.
# - 8: searched "urine", "drug test", "detect", "blood test", "stay in", "half-life", "eliminat": the text gives how
#   long effects last (4–7 days, up to a week), not how long the drug can be detected.
# - 9: searched "breast", "nursing", "lactat", "pregnan", "baby", "infant", "mother": no mention of pregnancy or
#   breastfeeding at all.
# - 10: searched "Australia", "PBS", "TGA", "subsid", "reimburs", "insurance", "country", "Europe": approval is
#   discussed only for the US FDA; Europe appears only as a place of off-label use; nothing on subsidies anywhere.
# - 11: searched "train", "training", "course", "qualif", "licens", "certif", "therapist": "certified" refers to the
#   clinical settings where esketamine may be given; nothing on therapists' training or qualifications.
# - 12: searched "psychosis", "psychotic", "schizophren", "hallucin", "contraindicat", "exclude", "history": only
#   "hallucinogenic properties" in the history; nothing on whether a past psychotic episode rules ketamine out.
MORE_SAID_FIRST_ON_TOPIC_OUT_OF_SCOPE = [
    "I'm a community pharmacist and a customer has questions about the Spravato she's been prescribed. How should "
    "the nasal spray devices be stored before they're used?",
    "My uncle served two tours in Iraq and his counsellor mentioned ketamine. Does the VA pay for ketamine therapy "
    "for veterans?",
    "I'm a data journalist mapping the American ketamine clinic industry for an interactive graphic. Which part of "
    "the country has the highest concentration of clinics?",
    "Pharmacology student here, drawing up a cheat sheet for my viva. How much ketamine per kilo of body weight goes "
    "into a typical psychiatric infusion?",
    "I look after my 82-year-old father, who has a dodgy heart and long-standing depression. Is there an upper age "
    "limit for ketamine therapy?",
    "I'm a science blogger who's tired of press releases dressed up as news. Who paid for the esketamine studies "
    "that got it approved?",
    "I'm a psychiatrist setting up a new ketamine service. Which screening questionnaire do clinics use to decide "
    "who is suitable?",
    "I'm an occupational health nurse and one of our drivers is starting ketamine treatment. How long does it stay "
    "detectable in a urine drug test?",
    "I had my baby four months ago and I'm still breastfeeding. Is ketamine-assisted psychotherapy safe while nursing?",
    "I'm a GP in Melbourne and one of my patients saw an American advert for the esketamine nasal spray. Is it "
    "subsidised here under the PBS?",
    "I'm a school counsellor thinking of retraining for psychedelic work. What qualification would I need before I "
    "could sit in on ketamine sessions?",
    "My brother had a psychotic break at university last year and now he's deeply depressed. Would a history like "
    "that rule him out of ketamine treatment?",
]

# Our own on-topic questions the document does not answer, each set a row of `seed`'s table, in this order.
ON_TOPIC_SETS = (
    ("own on-topic out-of-scope found:false", OWN_ON_TOPIC_OUT_OF_SCOPE),
    ("own on-topic out-of-scope, second set, found:false", MORE_ON_TOPIC_OUT_OF_SCOPE),
    ("own on-topic out-of-scope, third set, found:false", THIRD_ON_TOPIC_OUT_OF_SCOPE),
    ("own on-topic out-of-scope, fourth set, found:false", FOURTH_ON_TOPIC_OUT_OF_SCOPE),
    ("own on-topic out-of-scope after something said of the asker, found:false", SAID_FIRST_ON_TOPIC_OUT_OF_SCOPE),
    ("own on-topic out-of-scope after something said of the asker, second set, found:false",
     MORE_SAID_FIRST_ON_TOPIC_OUT_OF_SCOPE),
)
# Our own single questions on the bundled document, each set a row of `seed`'s table, in this order.
OWN_SETS = (
    ("own singles", OWN_SINGLES),
    ("own singles, second set", MORE_SINGLES),
    ("own singles, third set", THIRD_SINGLES),
    ("own singles, fourth set", FOURTH_SINGLES),
    ("own singles, fifth set", FIFTH_SINGLES),
    ("own singles, sixth set", SIXTH_SINGLES),
    ("own singles, seventh set", SEVENTH_SINGLES),
    ("own singles, eighth set", EIGHTH_SINGLES),
    ("own singles after something said of the asker ('My aunt got Spravato. Which ...?')", SAID_FIRST_SINGLES),
    ("own singles after something said of the asker, second set", MORE_SAID_FIRST_SINGLES),
    ("own abbreviations ('the WHO', 'the US')", ABBREVIATIONS),
    ("own questions framed by where to look or what is wanted ('According to the article, ...')", SOURCE_FRAMES),
    ("own questions wrapped in a request to be told ('Tell me when ...')", WRAPPED_QUESTIONS),
    ("own questions asking what an abbreviation stands for", STAND_FOR),
    ("own questions asking what an abbreviation stands for, second set", MORE_STAND_FOR),
    ("own questions asking for an amount, a share or a duration ('What percentage ...?')", QUANTITIES),
    ("own questions about the whole document", OWN_OVERVIEW_QUESTIONS),
    ("own requests and framed questions ('Summarize X', 'Briefly, ...')", REQUESTS),
    ("own requests for a definition ('Define X', 'What is meant by X?')", DEFINITION_REQUESTS),
    ("own questions asking how something works ('How does X work?')", MECHANISMS),
    ("own questions comparing two things ('How is X different from Y?')", COMPARISONS),
    ("own questions in the first person ('Can I ...?', 'my session')", FIRST_PERSON),
    ("own questions asking what is not so ('What is not known about X?')", NEGATIONS),
    ("own yes/no questions, mostly answered 'no' ('Do most clinics offer it?')", YES_NO),
    ("own questions on what came before or after ('What happened after X?')", SEQUENCES),
)


def not_found_count(assistant: Assistant, questions: list[str], label: str, verbose: bool) -> int:
    """How many of our questions the document does not answer come back `found: false`."""
    refused = 0
    for q in questions:
        found = assistant.ask(q).found
        refused += not found
        if verbose and found:
            print(f"FOUND {label} {q!r}", file=sys.stderr)
    return refused


def seed(embedder: Embedder, verbose: bool, reader: bool = False) -> list[tuple]:
    data = seed_dev()
    assistant = assistant_for([BUNDLED_DOCUMENT], embedder, onnx=True)
    assistant = with_reader(assistant, reader)
    suffix = " + reader" if reader else ""
    hit = notfound = ok = 0
    for case in data["single"]:
        answer = assistant.ask(case["q"])
        good = holds_gold(answer.answer, case["gold"])
        hit += good
        notfound += not answer.found
        ok += verbatim(answer, assistant)
        if verbose and not good:
            print(f"MISS {case['q']!r}: {answer.answer[:300]!r}", file=sys.stderr)
    oos = 0
    for q in data["out_of_scope"]:
        answer = assistant.ask(q)
        oos += not answer.found
        ok += verbatim(answer, assistant)
        if verbose and answer.found:
            print(f"FOUND out-of-scope {q!r}", file=sys.stderr)
    priced = not_found_count(assistant, PRICES_ASKED_OTHERWISE, "price asked otherwise", verbose)
    n = len(data["single"])
    return [
        (f"seed singles{suffix}", n, f"{hit}/{n}", "", "", "", notfound, f"{ok}/{n + len(data['out_of_scope'])}"),
        (f"seed out-of-scope found:false{suffix}", len(data["out_of_scope"]), f"{oos}/{len(data['out_of_scope'])}",
         "", "", "", "", ""),
        *((f"{label}{suffix}", len(cases), f"{singles_hit(assistant, cases, verbose)}/{len(cases)}", "", "", "", "", "")
          for label, cases in OWN_SETS),
        (f"own messages asking two questions: both answered{suffix}", len(TWO_QUESTIONS),
         f"{both_held(assistant, verbose)}/{len(TWO_QUESTIONS)}", "", "", "", "", ""),
        *((f"{label}{suffix}", len(questions),
           f"{not_found_count(assistant, questions, 'on-topic out-of-scope', verbose)}/{len(questions)}", "", "", "", "",
           "") for label, questions in ON_TOPIC_SETS),
        (f"own prices asked otherwise ('What does X cost?') found:false{suffix}", len(PRICES_ASKED_OTHERWISE),
         f"{priced}/{len(PRICES_ASKED_OTHERWISE)}", "", "", "", "", ""),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--int8", action="store_true", help="also measure the int8 quantised ONNX export")
    parser.add_argument("--reader", action="store_true",
                        help="only the served pipeline, with the reader and with today's scorer alone, side by side")
    parser.add_argument("--follow-ups", action="store_true",
                        help="also the development articles' questions asked as follow-ups (served pipeline)")
    args = parser.parse_args()
    embedder = Embedder()
    if args.reader:
        rows = squad(embedder, ["hybrid"], onnx="float", readers=(False, True))
        rows += [row for pair in zip(seed(embedder, args.verbose) + own_documents(embedder, args.verbose)
                                     + folder(embedder, args.verbose) + development_singles(embedder, args.verbose),
                                     seed(embedder, args.verbose, reader=True)
                                     + own_documents(embedder, args.verbose, reader=True)
                                     + folder(embedder, args.verbose, reader=True)
                                     + development_singles(embedder, args.verbose, reader=True))
                 for row in pair]
    else:
        rows = squad(embedder, ["hybrid", "bm25", "dense"]) + squad(embedder, ["hybrid"], onnx="float")
        rows += squad(embedder, ["hybrid"], onnx="int8") if args.int8 else []
        rows += seed(embedder, args.verbose) + own_documents(embedder, args.verbose) + folder(embedder, args.verbose)
        rows += development_singles(embedder, args.verbose)
    rows += squad_follow_ups(embedder) if args.follow_ups else []
    print(table(rows, ("set", "questions", "answer hit", "avg chars", "cite@1", "cite@3", "found:false", "verbatim")))


if __name__ == "__main__":
    main()
