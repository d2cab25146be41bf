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
from index import Embedder  # noqa: E402
from qa import Assistant, MemoryStore, RedisStore  # noqa: E402
from qa.config import BUNDLED_DOCUMENT  # noqa: E402

FLOOD = 4000
# Follow-up cut-offs of the found decision to compare with the fitted one (`data/trained/found.json`); the stricter
# ones show what the answerable follow-ups would pay for refusing more of those the document cannot answer.
CUT_OFFS = (0.05, 0.1, 0.15, 0.2, 0.4, 0.6, 0.8)

# Our own dialogs on the bundled document (not from ../shared/eval): a check that the rules generalise.
OWN_DIALOGS = [
    [("What is esketamine?", ["enantiomer", "Spravato"]), ("When was it approved?", ["2019"]),
     ("Can it be given outside a clinic?", ["certified clinical settings"])],
    [("Does ketamine help with eating disorders?", ["anorexia nervosa", "effective treatment for eating disorders"]),
     ("How are they usually treated?", ["psychotropic medications"]),
     ("Is more research needed?", ["more research must be done"])],
    [("What are the side effects of ketamine?", ["dissociation"]),
     ("Is there a lower-risk way to take it?", ["sublingual"]),
     ("And what about long-term effects?", ["long-term side effects", "long-term safety"])],
    [("Does ketamine help people with substance use disorder?", ["alcohol, cocaine, and opioids", "cravings"]),
     ("What about cannabis?", ["cannabis use"]),
     ("Is it addictive for them?", ["has not been studied"])],
    [("How common is depression worldwide?", ["230 million", "3.8%"]),
     ("What treatments exist?", ["electroconvulsive", "transcranial"]),
     ("Why is a faster option needed?", ["delayed onset"])],
    [("How does ketamine act in the brain?", ["NMDA receptor antagonist", "glutamate"]),
     ("Which signaling pathways are involved?", ["mTOR", "rapamycin"]),
     ("Was that shown in humans?", ["animal"])],
    [("Can ketamine treat obsessive-compulsive disorder?", ["short-term", "obsessive"]),
     ("Does it work better with therapy?", ["cognitive behavioral therapy"])],
    [("How is ketamine given during psychotherapy?", ["sublingual", "intramuscular", "dosage escalation"]),
     ("When is the higher dose used?", ["inward focus"]),
     ("Is one route more effective?", ["no notable difference"])],
    [("Does ketamine help bipolar depression?", ["mood-stabilizing"]),
     ("How quickly?", ["40 minutes"]),
     ("Any problems?", ["manic", "dissociative"])],
    [("What should future ketamine research look like?", ["larger scale"]),
     ("Which therapies should it be combined with?", ["motivational enhancement", "functional analytic"])],
]

# Longer conversations of our own (5 to 7 turns, written 2026-11-30): the subject of the first turn must carry
# through follow-ups that name only an aspect of it.
LONG_DIALOGS = [
    [("What is ketamine used for in psychiatry?", ["depress"]),
     ("How quickly does it act?", ["rapid", "2–24 hours", "two hours"]),
     ("And how long do the effects last?", ["4–7 days", "up to a week"]),
     ("Why do patients need repeated sessions?", ["time-to-relapse", "2–4 weeks"]),
     ("How long is each session?", ["three hours"]),
     ("Is the patient monitored afterwards?", ["supervised recovery", "monitoring"]),
     ("What about at home?", ["from home"])],
    [("Who developed ketamine?", ["Calvin Lee Stevens", "Parke-Davis"]),
     ("What was it derived from?", ["phencyclidine"]),
     ("When did a human first receive it?", ["1964"]),
     ("Why did soldiers like it?", ["administer it to one another", "buddy drug"]),
     ("Is it still used as an anesthetic today?", ["anesthetic", "Essential Medicines"]),
     ("Is it safe for kids?", ["safe to use for children"])],
    [("Can ketamine help with bipolar disorder?", ["mood-stabilizing", "bipolar"]),
     ("How fast do symptoms improve?", ["40 minutes"]),
     ("Did anyone have bad reactions?", ["manic", "dissociative"]),
     ("Is it better than esketamine?", ["mixed"]),
     ("What else does it treat?", ["obsessive", "substance", "eating", "anxiety", "post-traumatic"])],
    [("How does ketamine affect addiction?", ["cravings", "substance use disorder"]),
     ("Which drugs?", ["alcohol, cocaine, and opioids"]),
     ("Do we know why it works?", ["remain unknown"]),
     ("Could patients get addicted to ketamine itself?", ["has not been studied"]),
     ("What about eating disorders?", ["anorexia", "eating disorders"]),
     ("Which one especially?", ["anorexia nervosa"])],
    [("Is esketamine approved?", ["2019", "Spravato"]),
     ("What is it approved for?", ["treatment-resistant", "suicidality"]),
     ("Can pharmacies hand it out?", ["certified clinical settings"]),
     ("What are the risks?", ["dissociation, sedation and abuse", "dissociation, disorientation"]),
     ("Who oversees it?", ["REMS", "Risk Evaluation"])],
]

# Four longer conversations of our own (ten turns each, written 2026-12-02 before they were first run): a person
# moving between aspects and subjects, with a question the document cannot answer (gold None: `found: false`) inside
# each, as the issue's long conversations are.
SECOND_LONG_DIALOGS = [
    [("What is ketamine-assisted psychotherapy?", ["prescribed doses of ketamine"]),
     ("What conditions can it treat?", ["major depressive disorder"]),
     ("How long does a session last?", ["three hours"]),
     ("How much does one cost?", None),
     ("How soon does it start working?", ["2–24 hours", "two hours", "40 minutes"]),
     ("And how long does the effect last?", ["4–7 days", "up to a week"]),
     ("Why are sessions repeated then?", ["time-to-relapse", "2–4 weeks"]),
     ("What are the risks?", ["dissociation, sedation and abuse", "dissociation, disorientation", "toxic"]),
     ("Does insurance pay for it?", None),
     ("Who regulates esketamine?", ["Risk Evaluation and Mitigation Strategy"])],
    [("How does ketamine work in the brain?", ["NMDA receptor antagonist"]),
     ("What does that do to glutamate?", ["synaptic excitability"]),
     ("Which pathways are involved?", ["mTOR", "rapamycin"]),
     ("Were these found in humans?", ["animal models"]),
     ("What does it do to stress?", ["acute and chronic stress"]),
     ("How does it affect traumatic memories?", ["reconsolidation"]),
     ("What is its half-life?", None),
     ("Who discovered it?", ["Parke-Davis", "Calvin Lee Stevens"]),
     ("In what year?", ["1962"]),
     ("What was it derived from?", ["phencyclidine"])],
    [("Which ketamine product is approved for depression?", ["esketamine"]),
     ("In what form is it given?", ["nasal spray", "intranasal"]),
     ("Where can it be dispensed?", ["certified clinical settings"]),
     ("What monitoring is required?", ["patient monitoring after administration"]),
     ("Does ketamine work for bipolar depression?", ["mood-stabilizing agent"]),
     ("How fast?", ["40 minutes"]),
     ("What side effects were seen?", ["dissociative and/or manic"]),
     ("Is esketamine better than ketamine infusions?", ["remains mixed"]),
     ("What is the maximum dose per week?", None),
     ("What should future trials look like?", ["larger scale"])],
    [("Can ketamine help with anorexia?", ["anorexia nervosa"]),
     ("Why are eating disorders hard to treat?", ["varying degrees of effectiveness"]),
     ("What about alcohol addiction?", ["alcohol, cocaine, and opioids", "naltrexone"]),
     ("Could someone get hooked on ketamine?", ["addictive effects"]),
     ("Which drug is paired with therapy for smoking cessation?", ["bupropion"]),
     ("And for opioid dependence?", ["naltrexone"]),
     ("What does CBT add?", ["inaccurate beliefs"]),
     ("Which other therapies should be tried with ketamine?", ["motivational enhancement therapy"]),
     ("How many people have depression worldwide?", ["230 million"]),
     ("Which year was that reported?", ["2023"])],
]

# A third set of ten-turn conversations, written 2026-12-02 (stop 52) before it was run and run once as written before
# any change it led to: a person going through the history, the treatment of depression and the conditions in turn,
# with follow-ups naming nothing ("When?", "Why?"), "And ketamine?" and one question the document cannot answer each.
THIRD_LONG_DIALOGS = [
    [("Who discovered ketamine?", ["Parke-Davis", "Calvin Lee Stevens"]),
     ("When?", ["1962"]),
     ("What was it first used for?", ["veterinary anesthetic"]),
     ("When did a human first get it?", ["1964"]),
     ("Why?", ["replacement for PCP"]),
     ("What did soldiers call it?", ["buddy drug"]),
     ("Is it on the WHO essential medicines list?", ["Model List of Essential Medicines"]),
     ("Which other drugs are on that list?", ["propofol", "thiopental"]),
     ("Who sells it in pharmacies?", None),
     ("Is it safe for children?", ["safe to use for children"])],
    [("How many people have depression?", ["230 million"]),
     ("What share of the population is that?", ["3.8%"]),
     ("How is depression usually treated?", ["antidepressant medications", "electroconvulsive", "transcranial"]),
     ("What is the problem with antidepressants?", ["delayed onset"]),
     ("How long do they take to work?", ["months"]),
     ("And ketamine?", ["2–24 hours", "rapid onset"]),
     ("How long do its effects last?", ["4–7 days", "up to a week"]),
     ("What is the usual time to relapse?", ["2–4 weeks"]),
     ("How many sessions are covered by insurance?", None),
     ("How long is a session?", ["three hours"])],
    [("Does ketamine help with OCD?", ["obsessive"]),
     ("Does adding therapy help?", ["cognitive behavioral therapy"]),
     ("What about patients with other illnesses?", ["comorbidities"]),
     ("And substance use disorder?", ["cravings", "alcohol, cocaine, and opioids"]),
     ("Is it known why?", ["remain unknown"]),
     ("Can it be addictive?", ["has not been studied"]),
     ("What about eating disorders?", ["anorexia nervosa", "effective treatment for eating disorders"]),
     ("Why are they hard to treat?", ["varying degrees of effectiveness"]),
     ("Does it help with autism?", None),
     ("What research is still needed?", ["more research", "further research", "larger scale"])],
]

# A fourth set of ten-turn conversations, written 2026-12-02 (stop 53) before it was run and run once as written before
# any change it led to: approval and its rules, how ketamine acts, its history and clinics, each with follow-ups naming
# nothing ("Why not?", "Since when?", "By whom?") and one question the document cannot answer.
FOURTH_LONG_DIALOGS = [
    [("Is ketamine approved by the FDA?", ["anesthetic agent", "treatment-resistant depression"]),
     ("What about for psychiatric use?", ["not approved"]),
     ("Why not?", ["safety and efficacy"]),
     ("Which form is approved?", ["esketamine", "Spravato"]),
     ("Since when?", ["2019"]),
     ("How is it given?", ["nasal spray", "intranasal"]),
     ("What rules apply to it?", ["Risk Evaluation and Mitigation Strategy", "REMS"]),
     ("Who makes the nasal spray?", None),
     ("What are its risks?", ["dissociation, sedation and abuse"]),
     ("Do doctors prescribe ketamine anyway?", ["off-label"])],
    [("How does ketamine work in the brain?", ["NMDA receptor antagonist", "glutamate"]),
     ("What does that lead to?", ["synaptic excitability", "synaptogenesis", "neuroplasticity"]),
     ("Which signaling pathways are involved?", ["mTOR", "GSK3", "eEF2"]),
     ("Was that shown in people?", ["animal models"]),
     ("What does it do to BDNF?", ["brain-derived neurotrophic factor"]),
     ("And what does that help with?", ["acute and chronic stress"]),
     ("How does it affect traumatic memories?", ["reconsolidation"]),
     ("Does it raise serotonin?", None),
     ("Why does it help therapy work?", ["neuroplasticity", "cognitive flexibility", "cognitive restructuring"]),
     ("Which kind of therapy pairs well with it?",
      ["cognitive behaviour therapy", "CBT", "cognitive behavioral therapy"])],
    [("When was ketamine discovered?", ["1962"]),
     ("By whom?", ["Calvin Lee Stevens", "Parke-Davis"]),
     ("What was it researched from?", ["phencyclidine", "PCP"]),
     ("What was its first clinical use?", ["veterinary anesthetic"]),
     ("Where was it used in war?", ["battlefield"]),
     ("How many ketamine clinics are there in the US today?", ["2,500"]),
     ("What share offer psychotherapy?", ["20%"]),
     ("Which state has the most clinics?", None),
     ("How long do sessions last?", ["three hours"]),
     ("What happens at the end of a session?", ["supervised recovery"])],
]
# A fifth set of ten-turn conversations, written 2026-12-03 (stop 58) before it was run and run once as written before
# any change it led to: a patient weighing treatment, a student going through the conditions, the drug's history and
# standing, each with one question the document cannot answer. (The first turn of the third was written with the gold
# "NMDA receptor antagonist" and answered "... (NMDA) receptor antagonist ...": a slip of ours, now "receptor antagonist".)
FIFTH_LONG_DIALOGS = [
    [("I have treatment-resistant depression. Could ketamine help me?", ["treatment-resistant depression"]),
     ("How fast would I feel better?", ["2–24 hours", "rapid onset", "two hours", "40 minutes"]),
     ("And how long does it last?", ["4–7 days", "up to a week"]),
     ("When do people usually relapse?", ["2–4 weeks"]),
     ("So sessions are repeated?", ["repeated dosage paradigm", "Repeated sessions"]),
     ("How long is a session?", ["three hours"]),
     ("Would I be able to talk to my therapist during it?", ["active therapist-patient communication"]),
     ("Is there a version I can take at home?", ["used from home"]),
     ("Will my insurance pay for it?", None),
     ("What are the side effects?", ["dissociation, disorientation, dizziness"])],
    [("What is ketamine-assisted psychotherapy?", ["use of prescribed doses of ketamine"]),
     ("Which disorders has it been studied for?", ["major depressive disorder", "obsessive–compulsive",
                                                   "post-traumatic stress"]),
     ("Tell me about OCD.", ["obsessive-compulsive disorders short-term", "obsessive thoughts and compulsions"]),
     ("Does therapy make it work better there?", ["cognitive behavioral therapy"]),
     ("What about substance use?", ["reduce cravings", "alcohol, cocaine, and opioids"]),
     ("Do we know how it works for that?", ["mechanisms of action for these effects remain unknown"]),
     ("Could it be addictive for those patients?", ["addictive effects"]),
     ("What about anorexia?", ["anorexia nervosa"]),
     ("Why are eating disorders hard to treat?", ["varying degrees of effectiveness", "high rates of remission"]),
     ("How many patients with anorexia were studied?", None)],
    [("What kind of drug is ketamine?", ["receptor antagonist", "analgesic anesthetic"]),
     ("Who discovered it?", ["Parke-Davis", "Calvin Lee Stevens"]),
     ("What were they researching at the time?", ["derivatives of phencyclidine", "PCP"]),
     ("When was it first given to a person?", ["1964"]),
     ("Why was it popular with soldiers?", ["administer it to one another"]),
     ("Is it on the WHO essential medicines list?", ["Model List of Essential Medicines"]),
     ("Which other anesthetics are on it?", ["propofol and thiopental"]),
     ("Is it safe for children?", ["safe to use for children"]),
     ("What company sells esketamine in Europe?", None),
     ("Which telemedicine companies offer ketamine therapy?", ["Psychedelic Institute of Mental Health"])],
]
# A sixth set of ten-turn conversations, written 2026-12-04 (stop 70) before it was run and run once as written before
# any change it led to: a doubter of the evidence, a therapist planning sessions, a pharmacology student, a reporter on
# the rules, each with one question the document cannot answer.
SIXTH_LONG_DIALOGS = [
    [("How strong is the evidence for ketamine therapy?",
      ["lack of large, replicated clinical trials", "further research", "promising results"]),
     ("Why can't the results be generalised?", ["lack of large, replicated clinical trials"]),
     ("What don't we know about long-term use?", ["long-term side effects", "long-term safety"]),
     ("Are high doses dangerous?", ["potentially toxic effects"]),
     ("What should researchers do next?", ["larger scale", "repeated ketamine dosing"]),
     ("Which therapies should they combine it with?", ["motivational enhancement therapy",
                                                       "functional analytic psychotherapy"]),
     ("How many trials are running right now?", None),
     ("Does it help suicidal people who aren't depressed?", ["cannot currently be generalised for non-depressed"]),
     ("How quickly does it reduce suicidal thoughts?", ["two hours", "40 minutes"]),
     ("Compared with normal antidepressants?", ["delayed onset", "period of months"])],
    [("How is the psychotherapy timed with the ketamine dose?", ["simultaneously", "following the infusion"]),
     ("Why is the dose raised step by step?", ["different levels of dissociative effects",
                                               "alteration of consciousness"]),
     ("When is the lower dose preferred?", ["active therapist-patient communication"]),
     ("And what is provided with the higher dose?", ["eye coverings and music"]),
     ("Does the route change how well it works?", ["no notable difference in efficacy"]),
     ("What does the therapy add?", ["reinforce the effects", "longer-lasting", "cognitive restructuring"]),
     ("Which kind of therapy is singled out?", ["cognitive behaviour therapy", "CBT"]),
     ("What can it help patients change?", ["inaccurate beliefs", "maladaptive processing"]),
     ("How much training does the therapist need?", None),
     ("Where have repeated sessions worked well?", ["private practice settings"])],
    [("How does ketamine work?", ["NMDA receptor antagonist", "glutamate", "neuroplasticity"]),
     ("What does blocking that receptor do?", ["glutamate modulation", "synaptic excitability"]),
     ("Is that the whole story?", ["larger in scope", "synaptogenesis"]),
     ("Which pathways are involved?", ["mTOR", "GSK3", "eEF2"]),
     ("Where was this shown?", ["animal models"]),
     ("What does it do to neurotrophic factor levels?", ["increase brain-derived neurotrophic factor",
                                                         "acute and chronic stress"]),
     ("How does it affect memories?", ["reconsolidation of dysfunctional memories"]),
     ("Which drug was it derived from?", ["phencyclidine", "PCP"]),
     ("What is its half-life?", None),
     ("How is esketamine related to it?", ["enantiomer"])],
    [("Is ketamine legal for treating depression in the US?", ["off-label", "not approved", "esketamine"]),
     ("So how do patients get it?", ["off-label", "prescribed"]),
     ("What did the FDA approve in 2019?", ["esketamine", "Spravato"]),
     ("In what form?", ["nasal spray", "intranasal"]),
     ("For which patients?", ["treatment-resistant", "suicidality"]),
     ("What rules come with it?", ["REMS", "patient monitoring"]),
     ("Can clinics send it home with patients?", ["cannot be distributed outside of certified clinical settings"]),
     ("How many clinics offer the therapy?", ["20%", "2,500"]),
     ("Which states have the most clinics?", None),
     ("What risks come with it?", ["dissociation, sedation and abuse"])],
]
# Short dialogs of our own whose last turn the document cannot answer (gold None), written on 2026-12-03 (stop 62)
# before they were first run: answerable turns 20/24, last turns found: false 7/10 on the code of then; the count
# rule of stop 62 refuses "How often does hypertension occur?" ("How many of them relapsed?" too, until a list came to
# be counted: it quotes "alcohol, cocaine, and opioids").
CLOSING_UNANSWERABLE_DIALOGS = [
    [("What is ketamine?", ["NMDA", "anesthetic"]), ("Who discovered it?", ["Parke-Davis", "Stevens"]),
     ("When?", ["1962"]), ("How much did the patent cost?", None)],
    [("What does ketamine do to the brain?", ["NMDA", "neuroplasticity", "glutamate"]),
     ("Was this seen in people?", ["animal"]), ("Which brain region is affected most?", None)],
    [("Is esketamine approved?", ["2019", "Spravato"]), ("In what form?", ["nasal spray", "intranasal"]),
     ("Who regulates it?", ["REMS", "FDA"]), ("How much does it cost per dose?", None)],
    [("How does ketamine help depression?", ["rapid", "antidepressant"]),
     ("How long does it last?", ["4–7 days", "up to a week"]),
     ("What about suicidal patients?", ["suicidality", "suicidal"]), ("Does it work for teenagers?", None)],
    [("What conditions can ketamine therapy treat?", ["depressive", "anxiety"]), ("What about OCD?", ["obsessive"]),
     ("Even with other disorders?", ["comorbidities"]), ("What dose worked best?", None)],
    [("What are ketamine's side effects?", ["dissociation"]), ("Are they dangerous?", ["toxic", "low-risk", "resolve"]),
     ("How often does hypertension occur?", None)],
    [("What happens in a ketamine therapy session?", ["three hours", "supervised", "music", "dosage"]),
     ("Who supervises the recovery?", None), ("How long does the session last?", ["three hours"])],
    [("Does ketamine help anxiety?", ["anxiety"]), ("Were there many studies?", ["sparse"]),
     ("Which university ran them?", None)],
    [("What are the open questions about ketamine therapy?", ["further research", "long-term"]),
     ("What should future trials do?", ["larger scale"]), ("When will they finish?", None)],
    [("Is ketamine addictive?", ["has not been studied", "abuse"]), ("What about cannabis users?", ["cannabis use"]),
     ("How many of them relapsed?", None)],
]
# The ten-turn sets: (name, conversations).
LONG_SETS = (("second", SECOND_LONG_DIALOGS), ("third", THIRD_LONG_DIALOGS), ("fourth", FOURTH_LONG_DIALOGS),
             ("fifth", FIFTH_LONG_DIALOGS), ("sixth", SIXTH_LONG_DIALOGS))

# Dialogs of our own on the three development SQuAD articles, each indexed as a document (written 2026-11-30 before
# they were first run; checking only): conversations on documents other than the bundled one. Each article has its
# dialogs (for Normans and Southern California the last is a long one, 7 turns) and (first question, follow-up it
# cannot answer) pairs. Three changes followed misses seen here: "ones" as a function word ("Which ones?"), "An
# example of X is ..." no longer read as defining X, and "there" pointing back ("How many people live there?").
OTHER_DOCUMENTS = {
    "Normans": (
        [[("Who were the Normans?", ["Normandy"]),
          ("Where did they come from?", ["Denmark, Iceland and Norway", "Norse"]),
          ("Who was their leader?", ["Rollo"])],
         [("When was the Duchy of Normandy founded?", ["911"]), ("Who signed the treaty?", ["Charles III", "Rollo"]),
          ("What land did Rollo get?", ["between the river Epte and the Atlantic coast"])],
         [("What language did the Normans adopt?", ["Gallo-Romance"]), ("Does it survive today?", ["survives today"])],
         [("Who was the first Norman mercenary to serve as a Byzantine general?", ["Hervé"]), ("When?", ["1050s"]),
          ("Where else did Norman mercenaries serve?", ["Trebizond and Georgia"])],
         [("When did Robert Guiscard land in Albania?", ["1081"]), ("How many ships did he have?", ["300 ships"]),
          ("And how many men?", ["30,000"])],
         [("When did Bohemond besiege Dyrrachium?", ["1107"]), ("Was it successful?", ["to no avail"]),
          ("Why did he retreat?", ["lack of supplies, disease and Byzantine resistance"])],
         [("Who was Robert Guiscard?", ["Norman adventurer", "count of Apulia"]),
          ("What did he achieve in Italy?", ["drove the Byzantines out of southern Italy"]),
          ("When did he land in Albania?", ["1081"]), ("With how many ships?", ["300 ships"]),
          ("Which city did his army attack?", ["Dyrrachium"]), ("Who was his son?", ["Bohemond"]),
          ("What did the son do in 1107?", ["besieged Dyrrachium"])]],
        [("Who led the Normans of Edessa against the Turks?", "How tall was he?"),
         ("When was the Duchy of Normandy founded?", "What currency did it use?"),
         ("What language did the Normans adopt?", "How many people speak it today?"),
         ("When did Robert Guiscard land in Albania?", "What was the weather like?"),
         ("Who was the first Norman mercenary to serve as a Byzantine general?", "What was his salary?")]),
    "Southern_California": (
        [[("What is Southern California?", ["southernmost 10 counties", "geographic and cultural region"]),
          ("How many counties does it have?", ["10 counties", "eight counties", "10-county"]),
          ("Which ones?", ["Imperial, Los Angeles, Orange"])],
         [("What is the most populous city in California?", ["Los Angeles"]),
          ("What is its population?", ["3,792,621"]), ("And San Diego?", ["1,307,402"])],
         [("Which industry is centered on Los Angeles?", ["motion picture"]),
          ("Which companies are headquartered there?", ["Walt Disney", "Sony Pictures", "Universal"])],
         [("Who signed the Pico Act?", ["John B. Weller"]), ("When was it passed?", ["1859"]),
          ("How many voters approved it?", ["75%"])],
         [("What borders Southern California to the east?", ["Colorado Desert", "Colorado River", "Arizona"]),
          ("And to the south?", ["Mexico–United States border"])],
         [("What is Southern California?", ["southernmost 10 counties", "geographic and cultural region"]),
          ("Which is its largest city?", ["Los Angeles"]), ("How many people live there?", ["3,792,621"]),
          ("What industry is it known for?", ["motion picture"]),
          ("Which companies are based there?", ["Walt Disney", "Sony"]),
          ("What sports culture does the region have?", ["surf and skateboard"]),
          ("Name some famous surf spots.", ["Trestles", "Rincon", "Huntington Beach", "Malibu"])]],
        [("Who signed the Pico Act?", "How old was he?"),
         ("Which industry is centered on Los Angeles?", "What is the average ticket price?"),
         ("What is the most populous city in California?", "Who is its mayor?"),
         ("Who signed the Pico Act?", "Which party did he belong to?")]),
    "Computational_complexity_theory": (
        [[("What is computational complexity theory?", ["branch of the theory of computation"]),
          ("What does it classify?", ["inherent difficulty"]),
          ("How is it different from computability theory?", ["restrictions on the available resources"])],
         [("What is a decision problem?", ["yes or no"]), ("Can you give an example?", ["connected", "primality"]),
          ("And a function problem?", ["single output", "traveling salesman", "integer factorization"])],
         [("When is a problem regarded as inherently difficult?", ["significant resources"]),
          ("Which resources?", ["time and storage"]),
          ("What other measures are used?", ["communication", "number of gates", "number of processors"])],
         [("What alphabet is usually used for problem instances?", ["binary alphabet"]),
          ("How are graphs encoded?", ["adjacency matrices", "adjacency lists"])]],
        [("What is a decision problem?", "How much does it cost to solve one?"),
         ("What alphabet is usually used for problem instances?", "Which font is it printed in?"),
         ("When is a problem regarded as inherently difficult?", "What is the salary of a complexity theorist?")]),
}

# A second set on the development articles, written 2026-12-02 (late) in a person's words and first run on the code
# of that evening (commit 9020eb8), before anything was changed for it.
MORE_OTHER_DOCUMENTS = {
    "Southern_California": (
        [[("What's the weather like in Southern California?", ["Mediterranean"]),
          ("Does it rain much?", ["infrequent rain"]), ("What about earthquakes?", ["10,000 earthquakes"]),
          ("Are they dangerous?", ["not felt", "6.7", "8.0"])],
         [("Which sports teams are there?", ["Rams", "Lakers"]), ("Any soccer teams?", ["Galaxy", "Chivas"]),
          ("And college sports?", ["UCLA", "USC"])],
         [("How big is the economy?", ["one of the largest in the United States"]),
          ("What is it dependent on?", ["petroleum"]),
          ("What are the major industries?", ["motion pictures, petroleum and aircraft"])],
         [("Where is the busiest airport?", ["Los Angeles International"]), ("How busy is it?", ["second-busiest"])]],
        [("Where is the busiest airport?", "How much does a house cost there?"),
         ("Which sports teams are there?", "Who is the best player?")]),
    "Normans": (
        [[("Where does the name Normans come from?", ["Normanz", "Franconian", "Nortmann"]),
          ("What does it mean?", ["Norseman", "Viking"])],
         [("Who conquered England in 1066?", ["William"]), ("Who did he kill?", ["Harold"]), ("Where?", ["Hastings"])],
         [("What is the most famous Norman artwork?", ["Bayeux Tapestry"]),
          ("Is it really a tapestry?", ["embroidery"]), ("Who commissioned it?", ["Odo"])],
         [("When did the Normans invade Ireland?", ["1169"]), ("Where did they land?", ["Bannow Bay"]),
          ("What effect did they have?", ["profound effect", "Irish culture"])]],
        [("Who conquered England in 1066?", "How tall was he?"),
         ("What is the most famous Norman artwork?", "How much is it worth?")]),
    "Computational_complexity_theory": (
        [[("What is a Turing machine?", ["mathematical model"]),
          ("What kinds are there?", ["deterministic", "probabilistic"]),
          ("Which one is the most basic?", ["deterministic Turing machine"])],
         [("Is P equal to NP?", ["open", "unsolved", "not known"]), ("Why does it matter?", ["wide implications"]),
          ("Is there a prize?", ["1,000,000", "Millennium"]), ("Who pays it?", ["Clay"])],
         [("What is a reduction?", ["transformation of one problem into another"]),
          ("What's the most common one?", ["polynomial-time reduction"]), ("Can you give an example?", ["squaring"])]],
        [("What is a reduction?", "Who invented it?")]),
}

# A third set on the development articles, written 2026-12-02 (stop 54) in a person's words before it was first run
# (on the code of commit fbb6ed7): other parts of the articles than the first two sets asked about.
THIRD_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Who was Rollo?", ["Viking ruler", "leader"]),
          ("What did the treaty give him?", ["lands between the river Epte and the Atlantic coast"]),
          ("In exchange for what?", ["protection against further Viking incursions"])],
         [("When did William invade Scotland?", ["1072"]), ("Who was king of Scotland then?", ["Malcolm III"]),
          ("What did he surrender?", ["Duncan"])],
         [("Who conquered Cyprus?", ["Richard", "Third Crusade"]), ("When did his fleet arrive?", ["1 May 1191"]),
          ("Who ruled the island?", ["Isaac Komnenos"]), ("What happened to him?", ["silver chains", "surrendered"])],
         [("Which islands did Jean de Bethencourt conquer?", ["Lanzarote, Fuerteventura and El Hierro"]),
          ("What title did he take?", ["King of the Canary Islands"]),
          ("Who bought the rights later?", ["Enrique Pérez de Guzmán"])],
         [("How can Norman descendants in Ireland be recognised?", ["surnames"]),
          ("Give some examples.", ["Roche", "Devereux", "D'Arcy", "Fitzgerald", "Furlong", "Morell"])],
         [("Does Norman law survive today?", ["Jersey and Guernsey"]), ("Who wrote it down?", ["two judges"])]],
        [("Who was Rollo?", "Where was he buried?"), ("Who conquered Cyprus?", "How many soldiers died?"),
         ("Which islands did Jean de Bethencourt conquer?", "How old was he?")]),
    "Southern_California": (
        [[("How many people live in Southern California?", ["22,680,010", "22 million"]),
          ("What share of the state is that?", ["60 percent"]),
          ("Which area has the most?", ["Los Angeles area with over 12 million"])],
         [("What was the Pico Act?", ["separate statehood", "Territory of Colorado"]),
          ("Why did it fail?", ["secession crisis"]), ("Who supported it in Washington?", ["Milton Latham"])],
         [("What was the worst earthquake?", ["Northridge"]), ("How much damage did it cause?", ["$20 billion"]),
          ("Which fault could produce a bigger one?", ["San Andreas"])],
         [("Is yachting popular there?", ["Transpacific Yacht Race", "important to the world of yachting"]),
          ("Which club held the America's Cup?", ["San Diego Yacht Club"]), ("For how long?", ["1988 to 1995"])],
         [("Where is the northern boundary of Southern California?",
           ["Tehachapi", "Point Conception", "no official definition", "35° 47′ 28″"]),
          ("Is it official?", ["no official definition", "not a formal geographic designation"])]],
        [("What was the worst earthquake?", "How many people died?"),
         ("How many people live in Southern California?", "What languages do they speak?"),
         ("Which club held the America's Cup?", "Who was its captain?")]),
    "Computational_complexity_theory": (
        [[("What is a function problem?", ["single output"]),
          ("Can you name some?", ["traveling salesman", "integer factorization"]),
          ("Can they be turned into decision problems?", ["recast as decision problems"])],
         [("Who started the systematic study of complexity?", ["Hartmanis", "Stearns"]), ("When?", ["1965"]),
          ("What did they prove?", ["hierarchy theorems"])],
         [("What is the integer factorization problem?", ["prime factorization"]),
          ("Is there a fast algorithm?", ["No efficient integer factorization algorithm", "Shor",
                                          "general number field sieve"]),
          ("Why does that matter?", ["cryptographic systems", "RSA"])],
         [("What did Cook and Levin show?", ["NP-complete"]), ("When?", ["1971"]), ("Who extended it?", ["Karp"]),
          ("How many problems did he show?", ["21"])],
         [("What is a probabilistic Turing machine?", ["extra supply of random bits"]),
          ("What are algorithms using them called?", ["randomized algorithms"])]],
        [("Who started the systematic study of complexity?", "Where did they work?"),
         ("What is the integer factorization problem?", "Who proved it is hard?"),
         ("What did Cook and Levin show?", "Did they win an award for it?")]),
}

# A fourth set on the development articles, written 2026-12-04 (stop 72) in a person's words before it was first run
# (on the code of commit 894b8c5): parts of the articles the first three sets leave out (music, Wales, the Crusade in
# Asia Minor; universities, ports, Chivas USA; graph isomorphism, quicksort, Manuel Blum). First run: first turns
# 16/19, follow-ups 28/32, unanswerable follow-ups 9/10 found: false. One gold was widened after it, the answer holding
# the fact in the words before the ones written down ("destroyed much of what existed"); one change followed a miss:
# "Indeed, this is ..." leans on the sentence before it (`index._splitting.LEAD_INS`).
FOURTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What was Norman architecture like?", ["rounded arches", "massive proportions", "Romanesque"]),
          ("Where did they spread it?", ["England and Italy"]), ("What came after it in England?", ["Early Gothic"])],
         [("Did the Normans contribute to music?", ["classical music", "musical production", "notes by letters"]),
          ("What was developed at Fécamp?", ["denoting notes by letters", "the staff"]),
          ("Is it still used?", ["most common form of pitch representation"])],
         [("Why did Ethelred go to Normandy?", ["Sweyn Forkbeard"]), ("How long did he stay?", ["until 1016"]),
          ("Who was his wife?", ["Emma"])],
         [("Did the Normans conquer Wales?", ["failed to make any headway", "subject to Norman interference"]),
          ("Which barons controlled the Marches?", ["Bernard de Neufmarché", "Roger of Montgomery", "Hugh Lupus"]),
          ("Did any Norman words enter Welsh?", ["baron"])],
         [("What happened to Norman art in the French Revolution?", ["purposeful destruction of religious objects",
                                                                      "destroyed much of what existed"]),
          ("And in the Wars of Religion?", ["wanton destruction of many Norman edifices"])],
         [("Who led the Crusade through Asia Minor?", ["Bohemond"]),
          ("What did he do after the siege of Antioch?", ["independent principality"]),
          ("And his nephew?", ["Tancred", "conquest of Jerusalem"])],
         [("Which Scottish king brought Normans into Scotland?", ["David I"]),
          ("Why did he give them land?", ["wrestle the kingdom from his half-brother"]),
          ("Which families descend from them?", ["Bruce", "Gray", "Ramsay", "Fraser"]),
          ("Any royal house?", ["Stewart"])]],
        [("What was Norman architecture like?", "Which is the tallest Norman cathedral?"),
         ("Why did Ethelred go to Normandy?", "When did he die?"),
         ("Who led the Crusade through Asia Minor?", "How old was he then?"),
         ("Did the Normans contribute to music?", "Which instruments did they play?")]),
    "Southern_California": (
        [[("Which universities are in Southern California?", ["University of California", "Tech Coast",
                                                               "California Institute of Technology"]),
          ("How many UC campuses are there?", ["5 University of California campuses"]),
          ("And Cal State?", ["12 California State University campuses"])],
         [("What is the busiest port?", ["Port of Los Angeles"]), ("And the second?", ["Port of Long Beach"])],
         [("How did the Los Angeles Times define Southern California?", ["seven counties"]), ("When?", ["1900"]),
          ("Which county was added later?", ["Imperial"])],
         [("Is the population growing fast?", ["grew less than the state average"]),
          ("Why not?", ["northern part of the state", "tech-oriented economy in the Bay Area"])],
         [("What happened to Chivas USA?", ["suspended"]), ("When?", ["2014"]),
          ("Where did they play?", ["StubHub Center"])],
         [("What is the Southern California Megaregion?", ["11 megaregions", "Megaregion"]),
          ("How far does it reach?", ["Las Vegas", "Tijuana"]),
          ("What about the commuter rail?", ["Metrolink"]),
          ("How many lines start downtown?", ["Six of the seven"])]],
        [("What is the busiest port?", "How many ships use it each year?"),
         ("Which universities are in Southern California?", "Which one is the oldest?"),
         ("What happened to Chivas USA?", "Who owned the team?")]),
    "Computational_complexity_theory": (
        [[("What is the graph isomorphism problem?", ["whether two finite graphs are isomorphic"]),
          ("Is it NP-complete?", ["not known", "not NP-complete"]),
          ("Who has the best algorithm for it?", ["Laszlo Babai and Eugene Luks"])],
         [("What is the worst case for quicksort?", ["sorted or sorted in reverse order", "O(n2)"]),
          ("And on average?", ["O(n log n)"])],
         [("What are intractable problems?", ["take too long for their solutions to be useful"]),
          ("Is a polynomial algorithm always practical?", ["not always practical", "n15"])],
         [("What did Manuel Blum do?", ["axiomatic complexity theory", "speed-up theorem"]), ("When?", ["1967"])],
         [("What is big O notation used for?", ["Upper and lower bounds", "hides constant factors"]),
          ("Why is that useful?", ["independent of the specific details of the computational model"])],
         [("What does the Church–Turing thesis say?", ["there exists a Turing machine that solves the problem"]),
          ("Why is the Turing machine used so much?", ["easy to analyze mathematically",
                                                        "as powerful as any other model"])]],
        [("What did Manuel Blum do?", "Which university was he at?"),
         ("What is the graph isomorphism problem?", "Who first posed it?"),
         ("What is the worst case for quicksort?", "Who invented it?")]),
}

# A fifth set on the development articles, written 2026-12-05 (stop 80) in a person's words, each follow-up the
# document cannot answer checked against the article with grep before the first run (on the code of commit f62d473):
# Hastings, Sicily, the dukes and the church; the Inland Empire, the deserts, the Tech Coast; hierarchy theorems,
# NP-complete problems, classes defined by other machines. Openers may repeat earlier sets'; no follow-up does.
FIFTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What happened at the Battle of Hastings?", ["conquered England", "Norman conquest of England"]),
          ("Who was killed there?", ["Harold II"])],
         [("Who founded the Kingdom of Sicily?", ["Roger II"]),
          ("Whom did they take southern Italy from?", ["Saracens and Byzantines"])],
         [("Did the Norman dukes support the church?", ["church reform", "Cluniac"]),
          ("What else did they patronise?", ["intellectual pursuits", "scriptoria", "illuminated manuscripts"])]],
        [("What happened at the Battle of Hastings?", "How many soldiers did William bring?"),
         ("Who was Rollo?", "How did he die?"),
         ("What is the Bayeux Tapestry?", "How big is it?"),
         ("Who founded the Kingdom of Sicily?", "Who was his mother?")]),
    "Southern_California": (
        [[("Which counties make up the Inland Empire?", ["Riverside and San Bernardino"]),
          ("And the Los Angeles metropolitan area?", ["Los Angeles and Orange counties"])],
         [("Are there deserts in Southern California?", ["Colorado Desert", "Mojave Desert"]),
          ("Which desert city do tourists visit?", ["Palm Springs"])],
         [("What is the Tech Coast?", ["technology and industrial base", "research universities"]),
          ("Why is it called that?", ["technology and industrial base", "research universities"])]],
        [("What is the largest city in Southern California?", "When was it founded?"),
         ("What is the climate like in Southern California?", "What causes the dry summers?"),
         ("Where is the busiest airport?", "How many passengers use it a year?"),
         ("Which counties make up the Inland Empire?", "Which one has more people?")]),
    "Computational_complexity_theory": (
        [[("What do the hierarchy theorems say?", ["proper hierarchy", "time and space"]),
          ("Who proved them?", ["Hartmanis", "Stearns"]),
          ("Why are they important?", ["basis for most separation results"])],
         [("What are NP-complete problems?", ["most difficult problems in NP"]),
          ("What would a polynomial-time solution to one mean?", ["P = NP"])],
         [("Which classes use probabilistic Turing machines?", ["BPP, ZPP and RP"]),
          ("And Boolean circuits?", ["AC and NC"])]],
        [("Who introduced the Turing machine?", "Where did he work?"),
         ("What are NP-complete problems?", "How many are known?"),
         ("What is big O notation used for?", "Who introduced it?"),
         ("Which classes use probabilistic Turing machines?", "Which of them is the largest?")]),
}

# A sixth set on the development articles, written 2026-12-06 (stop 90) in a person's words before it was first run:
# Normans under an Armenian general, Edward's return, Dyrrachium betrayed, Spain; the old split, the megalopolis, the
# Inland Empire, the farms; what P = NP would give, machine models, before Hartmanis, lower bounds (grep words below).
SIXTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Did any Normans serve under an Armenian general?", ["Philaretus Brachamius"]),
          ("How many of his troops were Normans?", ["8,000"]), ("Who commanded them?", ["Raimbaud"])],
         [("Did Edward the Confessor bring any Normans over to England?", ["Norman counsellors and fighters",
                                                                           "Norman-educated mind"]),
          ("When did he come back?", ["1041"]), ("Who had invited him?", ["Harthacnut"])],
         [("How did the Normans finally get into Dyrrachium?", ["betrayed to the Normans",
                                                                "Venetian and Amalfitan merchants"]),
          ("And when did that happen?", ["February 1082"]),
          ("How long did they hold on to it?", ["1085", "after the death of Robert"])],
         [("Did the Normans ever fight in Spain?", ["Reconquista", "Iberia"]),
          ("Who went there to win land for himself?", ["Roger de Tosny"]), ("Did he manage it?", ["but failed"])]],
        # Searched: "led", "invasion", "invad", "Strongbow", "Henry", "Dermot", "MacMurrough", "Pembroke", "Clare":
        # only "their invasion at Bannow Bay in 1169", no leader. "museum", "display", "kept", "cloak", "Palermo",
        # "regalia": only "royal regalia preserved in Palermo". "sold", "sell", "bought", "Templar": only the
        # Canary Islands' rights. "Timid", "coward", "nickname", "called": only "made Ralph the Timid earl" (and
        # "called" of the Franks and the Winchester school).
        [("Which part of Ireland did the Normans settle in?", "Who led the invasion?"),
         ("What are the Norman crown and cloak in Palermo like?", "Which museum are they kept in?"),
         ("Who did Richard leave in charge of Cyprus?", "Who did he sell the island to afterwards?"),
         ("Whom did Edward the Confessor make earl of Hereford?", "Why was he called the Timid?")]),
    "Southern_California": (
        [[("How far back does the north-south split in California go?", ["Mexico ruled California"]),
          ("After the US took over, where did some want to draw the line?", ["36 degrees, 30 minutes",
                                                                             "Missouri Compromise"]),
          ("Why didn't that happen?", ["Compromise of 1850", "free state"])],
         [("How does Southern California rank among the big urban regions of the US?",
           ["third most populated megalopolis"]),
          ("Which ones are bigger?", ["Great Lakes Megalopolis", "Northeastern megalopolis"])],
         [("Driving south on the 5, where does the city finally stop?", ["Camp Pendleton"]),
          ("Which towns are as linked to San Diego as to the Inland Empire?", ["Temecula and Murrieta"]),
          ("When did most of the Inland Empire get built up?", ["1980s and 1990s"])],
         [("Was Southern California ever farm country?", ["richest agricultural regions"]),
          ("What did they farm?", ["cattle and citrus"]),
          ("So what happened to all that farmland?", ["turned into suburbs"])]],
        # Searched: "X Games", "month", "summer", "annual", "held": the X Games only named among events, no date
        # ("annual" is the Transpac's, "held" the America's Cup's, "summer" the climate's).
        # "member", "membership", "million", "AAA": only "jurisdictions for membership apply", no count.
        # "world title", "title", "champion", "won", "win": none for the surfers. "USGS", "forecast", "probab",
        # "chance", "odds", "percent", "30 years": only that the forecast "models Earthquake occurrence".
        [("Which big extreme sports events take place in Southern California?",
          "What time of year are the X Games held?"),
         ("How do the AAA auto clubs divide up California?",
          "How many members does the Southern California club have?"),
         ("Which pro surfers live in Southern California?", "Has any of them won a world title?"),
         ("Has anyone tried to forecast earthquakes there?", "What are the odds of a big one in the next 30 years?")]),
    "Computational_complexity_theory": (
        [[("What would a proof that P equals NP be good for in practice?", ["integer programming", "logistics",
                                                                             "protein structure prediction",
                                                                             "more efficient solutions"]),
          ("Would pure mathematicians get anything out of it?", ["formal proofs of pure mathematics theorems",
                                                                 "formal proofs"])],
         [("Does it matter which kind of machine you measure running time on?", ["depend on the chosen machine model",
                                                                                 "polynomially related"]),
          ("Is there a problem where you can see that?", ["linear time on a multi-tape Turing machine",
                                                           "single-tape Turing machines"]),
          ("So how far apart can the models be?", ["polynomially related"])],
         [("Was anyone studying complexity before Hartmanis?", ["John Myhill", "Raymond Smullyan", "Hisao Yamada",
                                                                 "Boris Trakhtenbrot", "Alan Turing"]),
          ("What did Myhill do?", ["linear bounded automata"]), ("And Smullyan?", ["rudimentary sets"])],
         [("Why is it so hard to prove lower bounds?", ["all possible algorithms"]),
          ("And what does an upper bound take?", ["particular algorithm with running time at most"]),
          ("Which case do people usually mean when they give an algorithm's complexity?", ["worst-case complexity"])]],
        # Searched: "Presburger", "proved", "shown", "Fischer", "Rabin": only "has been shown not to be in P", no one
        # named. "vertex cover", "fastest", "best algorithm", "best known": the best algorithms named are graph
        # isomorphism's and factoring's only. "quantum computer", "built", "qubit", "hardware", "physical": none for
        # Shor's algorithm. "AM", "Arthur", "Merlin", "stand": only "IP and AM are defined using Interactive proof".
        [("Is a problem outside P always hard in practice?", "Who proved Presburger arithmetic isn't in P?"),
         ("Which NP problems have no known efficient algorithm?",
          "What's the fastest known algorithm for vertex cover?"),
         ("What does Shor's algorithm do?", "Has anyone built a quantum computer big enough to run it?"),
         ("Which classes are defined with interactive proofs?", "What does AM stand for?")]),
}

# A seventh set on the development articles, written 2026-12-06 (stop 91) in a person's words before it was first run:
# Normans drawn south by the Lombards, Byzantine families of Norman blood, the Canaries' troops, Dyrrachium's third
# fall; the biggest metro areas, cities off the coast, San Diego's business districts, college sports; decision
# problems as languages, multiplication as a decision problem, P and PSPACE, kinds of Turing machines (grep words
# below).
SEVENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Who first brought Norman mercenaries down to the south?", ["Lombards"]),
          ("To fight whom?", ["Byzantines", "act against the Byzantines"]),
          ("Did they keep fighting them, then?", ["soon fought in Byzantine service", "Byzantine service in Sicily"])],
         [("Did any Greek families in Byzantium come from Norman mercenaries?",
           ["Several families of Byzantine Greece", "Raoulii", "Petraliphae"]),
          ("Which of those were Albanian clans?", ["Maniakates"]),
          ("Whose army had their forefathers served in?", ["George Maniaces", "Sicilian expedition of 1038"])],
         [("Who went along with Jean de Bethencourt to conquer the Canaries?", ["Gadifer de la Salle"]),
          ("Where did their soldiers come from?", ["Normandy, Gascony", "Castilian colonists"]),
          ("When Bethencourt made himself king, whose vassal was he?", ["Henry III of Castile"])],
         [("When was the third Norman attack on Dyrrachium?", ["1185"]),
          ("How did they get into the city that time?", ["betrayal of high Byzantine officials"]),
          ("Did they manage to keep it?", ["fell again to Byzantine hands"])]],
        # Searched: "married", "marri", "wedding", "Margaret", "Malcolm": only "Malcolm III of Scotland married Edgar's
        # sister Margaret", no date. "fled", "flee", "left", "because", "reason", "Grantmesnil": the monks "fled to
        # southern Italy" under Robert de Grantmesnil, no cause given. "god", "Odin", "Thor", "pagan", "heathen",
        # "worship": only that Catholicism replaced "the Norse religion". "goods", "trade", "merchant", "silk",
        # "spice", "wool": only "The known trade between Amalfi and Antioch and between Bari and Tarsus", no goods.
        [("Whom did King Malcolm III of Scotland marry?", "When was the wedding?"),
         ("Where did the singing monks from Saint-Evroul end up?", "Why did they leave Normandy?"),
         ("Which religion did Rollo's descendants give up?", "Which gods had they worshipped?"),
         ("Which trade links might have had to do with the Italo-Normans?", "What goods did they trade?")]),
    "Southern_California": (
        [[("Which metropolitan areas in Southern California have over five million people?",
           ["Greater Los Angeles Area", "San Diego–Tijuana", "Los Angeles area"]),
          ("How many people does the one reaching into Mexico have?", ["5,105,768"]),
          ("What lies north of the larger one?", ["Bakersfield metropolitan areas",
                                                  "Santa Barbara, San Luis Obispo"])],
         [("How many Southern California cities top 100,000 residents?", ["34 cities"]),
          ("Are the most developed ones by the sea?", ["close proximity to the coast", "along or in close proximity"]),
          ("Which ones aren't?", ["San Bernardino and Riverside"])],
         [("Does San Diego have business districts outside downtown?",
           ["filled with business districts", "Carmel Valley", "Mission Valley"]),
          ("Which part of the city are most of them in?", ["Northern San Diego"])],
         [("Which conference are the UCLA and USC teams in?", ["Pac-12 Conference", "Pac-12"]),
          ("At what level?", ["NCAA Division I", "Division I"]),
          ("Do the two schools get along?", ["longtime rivalry"])]],
        # Searched: "peak", "tallest", "highest", "elevation", "feet", "Mount", "Gorgonio", "Whitney": only "Transverse
        # and Peninsular Ranges with their peaks" ("Mount" only in Paramount and Marymount). "2018", "name", "called",
        # "expansion", "return": only "a second MLS team scheduled to return in 2018". "fare", "ticket", "cost",
        # "price", "$": only the Northridge damage. "days", "hours", "week", "record", "finish", "distance", "mile":
        # only "The annual Transpacific Yacht Race, or Transpac, from Los Angeles to Hawaii".
        [("What lies between the coast and the deserts of Southern California?", "Which is the highest peak?"),
         ("How long did Los Angeles have two MLS teams?", "What's the name of the second team due back in 2018?"),
         ("How many Metrolink lines are there?", "How much does a ticket cost?"),
         ("Which yacht race is one of yachting's premier events?", "How many days does the race take?")]),
    "Computational_complexity_theory": (
        [[("If you see a decision problem as a formal language, what are its members?",
           ["instances whose output is yes"]),
          ("And the ones answered no?", ["non-members"]),
          ("When the algorithm says yes, what is it said to do?", ["accept the input string", "accept"])],
         [("How can multiplying two numbers be turned into a decision problem?", ["set of triples (a, b, c)",
                                                                                   "a × b = c"]),
          ("So what do you have to decide?", ["given triple is a member", "member of this set"])],
         [("Is P known to be different from PSPACE?", ["possible that P = PSPACE", "has not been proved"]),
          ("Which classes lie in between?", ["RP, BPP, PP, BQP, MA, PH"]),
          ("What would proving any of them unequal mean?", ["major breakthrough"])],
         [("What sorts of Turing machines do people use to define complexity classes?",
           ["probabilistic Turing machines", "quantum Turing machines", "alternating Turing machines"]),
          ("Is any of them more powerful?", ["equally powerful in principle", "more powerful than others"])]],
        # Searched: "axiom", "number of", "three", "Blum": only "defined by the Blum complexity axioms" and Blum's
        # "axiomatic complexity theory based on his axioms", no count. "Ladner", "197", "year": only "It was shown by
        # Ladner", no year. "sieve", "invent", "devised", "proposed", "due to", "Pollard", "Lenstra": only the sieve's
        # running time ("due to" is Babai and Luks's). "RSA", "key", "length", "bit", "safe", "secure", "2048":
        # only "such as the RSA algorithm" and "to factor an n-bit integer".
        [("What gives a general definition of a complexity measure?", "How many axioms are there?"),
         ("What did Ladner prove?", "When was that shown?"),
         ("How do you factor a big number fastest on an ordinary computer?", "Who devised it?"),
         ("Which cryptographic system relies on factoring being hard?", "How long should its keys be to stay safe?")]),
}

# An eighth set on the development articles, written 2026-12-06 (stop 92) in a person's words before it was first run:
# Vikings in Normandy before Rollo, the Norman kings' lands in France, Robert's Normans in Greece, Armenian states
# destroyed; the universities, Orange County's business districts, oil and other industries, the biggest counties; what
# polynomial time means, complete problems, where factoring lies, why non-deterministic machines are studied (grep words
# below).
EIGHTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Were there already Vikings living in Normandy before Rollo turned up?",
           ["Earlier Viking settlers", "880s"]),
          ("Where had they settled?", ["Roumois and Pays de Caux", "Cotentin Peninsula"]),
          ("And the other people living there then, were they any different from the rest of the Franks?",
           ["did not differ from Picardy or the Île-de-France", "considered \"Frankish\""])],
         [("After 1066, did the Norman lords in England keep their estates across the Channel?",
           ["lands on both sides of the channel"]),
          ("Did their kings have to answer to the French king for them?", ["owed homage to the King of France"]),
          ("Which mattered more to them then, England or the land in France?", ["most important holding"])],
         [("Once Dyrrachium fell in 1082, how far into Greece did the Normans push?",
           ["gates of Thessalonica", "Thessalonica"]),
          ("Which places did they take on the way?", ["Ioannina", "southwestern Macedonia and Thessaly"]),
          ("What made them turn back?", ["Dissension among the high ranks"])],
         [("Which Armenian states did some Normans help to wipe out?", ["Sassoun and Taron"]),
          ("Where were those?", ["far eastern Anatolia"]),
          ("Did Normans ever end up working for the Armenians instead?",
           ["took up service with the Armenian state", "Cilicia and the Taurus Mountains"])]],
        # Searched: "price", "paid", "pay", "sum", "money", "gold", "cost", "sold", "bought": only "Maciot de
        # Bethencourt sold the rights to the islands to Enrique Pérez de Guzmán" ("paid" is Malcolm's homage, "gold"
        # the golden age), no price. "judge", "name", "author", "wrote", "written", "jurist", "clerk": only "in Latin
        # by two judges" and the customaries' dates; no judge named. "cavalry", "horse", "how many", "thousand",
        # "knight", "size", "strength": only "established an English cavalry force" and "exporting fighting
        # horsemen"; the numbers in the article are the Armenian general's troops and Robert's army of 30,000.
        # "death", "died", "die", "dead", "fever", "ill", "disease", "plague", "wound", "kill", "cause", "because",
        # "reason": only "after the death of Robert" ("disease" is among the causes of Bohemond's retreat, "killing"
        # is King Harold's, the causes and reasons are others').
        [("What did Jean de Bethencourt's nephew do with the Canary Islands?", "How much was he paid for them?"),
         ("In what language was Norman customary law first written down?", "What were the two judges called?"),
         ("What did the Norman fighters Edward the Confessor brought with him set up in England?",
          "How many horsemen did it have?"),
         ("What did the Normans lose after Robert Guiscard died?", "What was the cause of his death?")]),
    "Southern_California": (
        [[("Which University of California campuses are in Southern California?",
           ["Irvine, Los Angeles, Riverside, Santa Barbara", "5 University of California campuses"]),
          ("Are there private universities too?", ["California Institute of Technology", "Pepperdine University",
                                                   "University of Southern California"]),
          ("Which colleges make up the Claremont group among them?", ["Harvey Mudd College", "Pomona College",
                                                                      "Claremont McKenna College"])],
         [("Where are Orange County's business districts?", ["Downtown Santa Ana", "South Coast Metro",
                                                             "Newport Center"]),
          ("Does Irvine have any of its own?", ["The Irvine Spectrum", "West Irvine"]),
          ("What's in the western one?", ["Irvine Tech Center", "Jamboree Business Parks"])],
         [("Why does the Southern California economy lean so heavily on oil?",
           ["vast majority of transport runs on this fuel", "automobiles not nearly as dominant"]),
          ("Apart from Hollywood and tourism, what other industries does it have?",
           ["software, automotive, ports, finance", "biomedical, and regional logistics"]),
          ("Is aerospace still one of them?", ["aerospace continues to be a major factor"])],
         [("Which counties in Southern California have the most people?",
           ["Orange, San Diego, San Bernardino, and Riverside", "five most populous in the state"]),
          ("How do they rank in the whole country?", ["top 15 most populous counties"]),
          ("Is San Diego one of the biggest cities in the country as well?",
           ["eighth most populous in the nation", "two of the eight largest cities"])]],
        # Searched: "rain", "inch", "precipitation", "mm", "millimet", "annual", "per year", "a year": only
        # "infrequent rain" and "Serious rain can occur unusually" ("annual" is the Transpac's), no amount.
        # "tall", "tower", "skyscraper", "high-rise", "floor", "stor", "height", "building": none of the business
        # districts' buildings ("stor" only in "historical" and "history", "height" only in "Del Mar Heights").
        # "Metrolink", "train", "frequen", "minute", "hour", "daily", "schedul", "every", "weekday", "service",
        # "line", "rail": only "Six of the seven lines of the commuter rail system, Metrolink" and the counties they
        # connect ("frequent" is the beaches', "minutes" the line of latitude's, "scheduled" Chivas's). "stadium",
        # "Coliseum", "home", "play", "Rams", "field", "arena": only "(Los Angeles Rams, San Diego Chargers)" among
        # the teams, and the StubHub Center where the LA Galaxy and Chivas USA played; no ground for the Rams.
        [("Does Southern California get a lot of sunshine?", "How many inches of rain fall there in a year?"),
         ("Which central business districts does Southern California have?",
          "Which of them has the tallest skyscrapers?"),
         ("Which counties does the Metrolink commuter rail reach?", "How often do its trains run?"),
         ("Which NFL teams play in Southern California?", "Which stadium do the Rams play their home games in?")]),
    "Computational_complexity_theory": (
        [[("What does worst-case time complexity mean?", ["maximum time taken over all inputs"]),
          ("And when is an algorithm said to run in polynomial time?", ["T(n) is a polynomial in n"]),
          ("What's so special about that?", ["feasible amount of resources", "admit an efficient algorithm",
                                             "feasibly computed"])],
         [("What does it mean for a problem to be complete for a class?", ["in C and hard for C",
                                                                            "hardest problem in C"]),
          ("And which reductions are normally used to define that for classes bigger than P?",
           ["polynomial-time reductions are commonly used"]),
          ("Can there be more than one hardest problem, then?", ["many problems could be equally hard",
                                                                 "one of the hardest problems"])],
         [("Is integer factorization known to be in NP?", ["in NP and in co-NP"]),
          ("What would follow if it were NP-complete?", ["collapse to its first level", "NP will equal co-NP"]),
          ("Does Shor's quantum algorithm tell us where it really belongs?", ["doesn't say much",
                                                                              "non-quantum complexity classes"])],
         [("Why study non-deterministic Turing machines if nobody can build one?",
           ["branching exactly captures many of the mathematical models",
            "particularly interesting complexity classes"]),
          ("How does such a machine work through a problem?", ["branches into many possible computational paths",
                                                              "check many different possibilities at once"]),
          ("When does it count as having solved it?", ["in any of these branches"])]],
        # Searched: "tape", "infinite", "unbounded", "length", "long", "cell": only "symbols contained on a strip of
        # tape" and the multi-tape and single-tape machines ("infinite" is the collection of instances, "length" the
        # Milan trip's and the input's, "cell" cellular automata); no tape length. "Yamada", "Japan", "Tokyo",
        # "country", "US", "USSR", "univers": only "Hisao Yamada's paper on real-time computations (1962)"; the
        # countries named are Trakhtenbrot's and Levin's (USSR) and Cook's (US). "co-NP", "conjectur", "first",
        # "believed", "proposed", "posed", "shown": only "It is believed that NP is not equal to co-NP", no one
        # named ("shown by Ladner" is NP-intermediate problems, "proposed" the machine models and the Millennium
        # Prize). "discrete logarithm", "logarithm", "best known", "best algorithm", "fastest": the discrete
        # logarithm problem only named among the NP-intermediate ones; the best algorithms given are graph
        # isomorphism's and factoring's.
        [("Where does a Turing machine keep the symbols it works with?", "How long is its tape?"),
         ("What did Hisao Yamada write about?", "Which country was he working in?"),
         ("Do most people think NP and co-NP are the same class?", "Who first conjectured that they differ?"),
         ("Is the discrete logarithm problem thought to be NP-complete?",
          "Which algorithm is the best known for it?")]),
}

# A ninth set on the development articles (written 2026-12-06, stop 93), each turn looked for in the benches, the
# tests and the file's crowd questions first.
NINTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Which city in southern Italy was known for carving ivory?", ["Lombard Salerno", "Salerno"]),
          ("Did that carry on once the Normans took over?", ["continued under Norman domination"]),
          ("Why do churches down there have pieces from France as well?",
           ["French Crusaders traveling to the Holy Land", "French artefacts"])],
         [("Who actually made the Bayeux Tapestry?", ["natives from Kent"]),
          ("What were they skilled in?", ["learned in the Nordic traditions", "Nordic traditions"]),
          ("Who had brought that over to England?", ["Danish Vikings"])],
         [("Which prince of the Holy Land met Richard at Limassol?", ["Guy de Lusignan"]),
          ("What did he and the others want from Richard in return for backing him?",
           ["support Guy against his rival", "Conrad of Montferrat"]),
          ("And what did Richard get out of taking the island in the end?",
           ["significant financial gains", "contributed to his reputation"])],
         [("Did the Norman nobles in England still see themselves as French during the Hundred Years' War?",
           ["often identified themselves as English", "identified themselves as English"]),
          ("Did their language leave any mark on English?", ["development of Middle English", "influenced it"]),
          ("What else went into it besides their language?",
           ["Norse language of the earlier Anglo-Norse settlers", "Latin used by the church"])]],
        # Searched: "Trim", "castle", "built", "build", "construct", "century", "12th", "13th", "date": only "built
        # many fine castles and settlements, including Trim Castle and Dublin Castle", no date for either ("date" is
        # "from an early date", the centuries are others'). "Roussel", "prison", "captur", "blind", "exile", "fate",
        # "executed", "stopped", "later": only "he was stopped by the Byzantine general Alexius Komnenos", nothing
        # after. "Barbastro", "booty", "worth", "value", "treasure", "silver", "gold", "wealth": only "took a huge
        # booty" ("treasure" is Richard's treasure ship, "silver" Isaac's chains, "gold" the golden age), no value.
        # "Croatia", "Dalmatia", "king of", "ruler", "Zvonimir": only "allying himself with Croatia and the Catholic
        # cities of Dalmatia"; no Croatian ruler named.
        [("What did the Normans leave behind in Ireland besides their surnames?", "When was Trim Castle built?"),
         ("Where did Roussel de Bailleul try to set up a state of his own?",
          "What became of him after Alexius stopped him?"),
         ("What did William of Montreuil do in the War of Barbastro?", "How much was the booty worth?"),
         ("Who did Robert Guiscard ally himself with before sailing to Albania?",
          "Who ruled Croatia at the time?")]),
    "Southern_California": (
        [[("How does Los Angeles International rank for overseas travellers?",
           ["third by international passenger volume"]),
          ("Does San Diego have a big one too?", ["busiest single runway airport", "San Diego International Airport"]),
          ("Which other cities have major commercial airports?",
           ["Orange County, Bakersfield, Ontario, Burbank and Long Beach"])],
         [("Is Southern California all one culture, or is it split up?",
           ["distinctive regions", "divided culturally, politically, and economically"]),
          ("What's at the centre of each of those?", ["anchored usually by a city", "hub of economic activity"]),
          ("Are they split up any further?", ["further divided into many culturally distinct areas",
                                             "culturally distinct areas"])],
         [("Does the Census Bureau count Riverside and San Bernardino as part of the Los Angeles metro area?",
           ["separate metropolitan area from Los Angeles County", "separate metropolitan area"]),
          ("Do people living there still work in LA?", ["many commute to L.A. and Orange Counties"]),
          ("Which other parts of the region have seen fast growth?",
           ["Bakersfield-Kern County, Santa Maria and San Luis Obispo"])],
         [("Does any well-known skateboarder call Southern California home?", ["Tony Hawk"]),
          ("What about snowboarders?", ["Shaun White"]),
          ("And which surfing contest is held there?", ["U.S. Open of Surfing"])]],
        # Searched: "ABC", "Disney", "bought", "buy", "acqui", "purchase": only "The Walt Disney Company (which also
        # owns ABC)" ("acquisition" is California's by the United States), no date. "San Andreas", "last", "1857",
        # "1906", "recent", "since": only that it "can produce a magnitude 8.0 event"; the one dated quake is 1994's at
        # Northridge, on no fault named ("last" is the Pico Act's, "since" the 1920s'). "Palm Springs", "miles", "km",
        # "distance", "drive", "hour", "far": only "the desert city of Palm Springs is popular for its resort feel"
        # ("miles" and "km" are the midway point's from San Jose). "housing", "price", "percent", "%", "fell", "drop",
        # "declin", "value": only "a leader in the housing bubble 2001–2007" and "heavily impacted by the housing
        # crash" (the percentages are the population's, the Pico Act vote's and the growth rate's).
        [("Is ABC owned by one of the big Southern California companies?", "When did Disney buy it?"),
         ("Is there a fault in Southern California that could set off a really big quake?",
          "When did it last have one that big?"),
         ("Why do people go to Palm Springs?", "How far is it from Los Angeles?"),
         ("When was Southern California's housing bubble?", "How much did prices drop in the crash?")]),
    "Computational_complexity_theory": (
        [[("What kind of problems make up the class L?", ["solved in logarithmic space"]),
          ("Is it known to be smaller than P?", ["not known if L", "strictly contained in P or equal to P"]),
          ("Is anything known to lie between them?", ["NL and NC"])],
         [("Do complexity results depend on how the input is encoded?",
           ["independent of the choice of encoding", "concrete choice of input encoding"]),
          ("How do they avoid depending on it?", ["transformed into each other efficiently"]),
          ("How are numbers usually written down for that?", ["binary notation", "binary alphabet"])],
         [("Was the Turing machine ever meant to be a real computer?",
           ["not intended as a practical computing technology", "thought experiment"]),
          ("What is it supposed to stand for, then?", ["mathematician with a pencil and paper",
                                                       "advanced supercomputer",
                                                       "thought experiment representing a computing machine"]),
          ("Could it do anything Conway's Game of Life can?", ["can be computed on a Turing machine"])],
         [("Are there different sorts of reduction?", ["Cook reductions, Karp reductions and Levin reductions",
                                                        "polynomial-time reductions or log-space reductions"]),
          ("What are they classified by?", ["method of reduction", "bound on the complexity of reductions"]),
          ("And how would one of them work, say for squaring a number?",
           ["same input to both inputs", "reduced to the problem of multiplying"])]],
        # Searched: "2000 kilomet", "route", "exists", "answer to this": only the question "Is there a route of at most
        # 2000 kilometres passing through all of Germany's 15 largest cities?" and that "The quantitative answer to
        # this particular problem instance is of little use"; the answer is never given. "journal", "publish",
        # "Transactions", "paper": only "the seminal paper", no journal (the other papers are the earlier ones,
        # Yamada's and Karp's, and the pencil and paper). "Edmonds", "univers", "work", "Waterloo", "Bureau": only the
        # Cobham–Edmonds thesis and "in 1965 Edmonds defined a "good" algorithm" ("universe" is the age of it,
        # "working" Levin's, "framework" a class definition's). "random access", "RAM", "proposed", "invent",
        # "introduc": only "proposed in the literature, for example random access machines" and "a RAM machine" ("ram"
        # otherwise inside "program" and "framework"); no one named.
        [("What's a concrete instance of the travelling salesman problem?", "So is there such a route or not?"),
         ("Which paper is said to have begun complexity theory as a field?", "Which journal published it?"),
         ("How did Edmonds define a good algorithm?", "Where was he working at the time?"),
         ("Which machine models have been proposed besides multi-tape Turing machines?",
          "Who came up with the random access machine?")]),
}

# A tenth set on the development articles (written 2026-12-06, stop 94), each turn looked for in the benches, the
# tests and the file's crowd questions first.
TENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What part of today's Normandy did the original duchy cover?",
           ["the northern part of present-day Upper Normandy"]),
          ("Did it stay that size?", ["eventually extend west beyond the Seine"]),
          ("Which older province did its land roughly match?", ["the old province of Rouen", "Rouen"])],
         [("Which towns did Robert Guiscard capture after he landed in Albania?",
           ["Valona, Kanina, Jericho (Orikumi)"]),
          ("Were the local Albanians able to help the Byzantines in the battle that came next?",
           ["could not take part in the ensuing battle", "it had started before their arrival"]),
          ("Who did Alexius leave in charge when he pulled back?",
           ["a high Albanian official named Comiscortes", "Comiscortes"])],
         [("What did the Normans do once they came into Scotland?",
           ["building castles and founding noble families", "founding a considerable number of the Scottish clans"]),
          ("Did any of those families go on to give Scotland a king?", ["Robert the Bruce"]),
          ("Was the Norman feudal system brought in across the whole country?",
           ["applied in varying degrees to most of Scotland"])],
         [("When Richard the Lionheart's fleet got scattered on the way to Acre, who was on the ship that ended up "
           "off Cyprus?",
           ["his sister and his fiancée Berengaria", "Berengaria"]),
          ("Who had taken the shipwreck survivors prisoner?", ["the island's despot Isaac Komnenos", "Isaac Komnenos"]),
          ("Where did Richard's fleet put in on the island?", ["the port of Limassol", "Limassol"])]],
        # Searched: 1. 'long', 'days', 'weeks', 'month', 'took', 'journey', 'ride', 'march', 'reach' around 1072 and
        # Abernethy: only "William invaded Scotland in 1072, riding as far as Abernethy where he met up with
        # his fleet of ships"; nothing on how long the ride took. 2. 'Castilian', 'colonist', 'reinforc',
        # 'led', 'leader', 'command' in the Canary paragraphs: only "later reinforced by Castilian colonists";
        # no leader of the colonists named (Bethencourt and Gadifer de la Salle lead the expedition itself).
        # 3. 'equipment', 'siege', 'engine', 'tower', 'catapult', 'ram', 'machine', 'weapon': only "the most
        # sophisticated military equipment of the time"; no kind named. 4. 'castle', 'Shropshire',
        # 'Montgomery', 'built', 'building', 'keep', 'fort': Roger of Montgomery only named "in Shropshire";
        # castles only for Ireland, Scotland and Norman keeps in England/Italy in general; none built by him.
        [("Where did William meet up with his fleet when he invaded Scotland?",
          "How long did it take him to get that far?"),
         ("Where were the troops for the Canary Islands expedition gathered?",
          "Who led the Castilian colonists who joined them later?"),
         ("What did Bohemond bring to the 1107 siege of Dyrrachium?", "What kind of siege engines were they?"),
         ("Which Norman baron was given Shropshire after the Conquest?", "Did he build a castle there?")]),
    "Southern_California": (
        [[("Does the geographic middle of California match where people say Southern California begins?",
           ["does not coincide with popular use"]),
          ("Which line of latitude does the usual ten-county split follow?", ["35° 47′ 28″ north latitude"]),
          ("So is the northern edge officially fixed anywhere?", ["no official definition for the northern boundary"])],
         [("What was the last of the 1850s attempts to split the south off called?",
           ["the Pico Act of 1859", "Pico Act"]),
          ("What would the new territory have been named?", ["Territory of Colorado"]),
          ("Why did it stall once it got to Washington?",
           ["the secession crisis", "the election of Abraham Lincoln in 1860"])],
         [("Did Southern California grow faster than the rest of the state in the 2000s?",
           ["less than the state average of 10.0%"]),
          ("Where did the growth go instead?", ["the northern part of the state"]),
          ("Why there?",
           ["a stronger, tech-oriented economy in the Bay Area", "an emerging Greater Sacramento region"])],
         [("Between which years did San Diego have the America's Cup?", ["from 1988 to 1995", "1988 to 1995"]),
          ("How many races for it were sailed there?", ["three America's Cup races", "three"]),
          ("Is that a big deal in sailing?", ["the most prestigious prize in yachting"])]],
        # Searched: 1. 'wave', 'big', 'biggest', 'height', 'feet', 'swell', 'best' near the surf spots: the spots are
        # only listed ("Trestles, Rincon, The Wedge, Huntington Beach, and Malibu"); nothing compares their
        # waves. 2. 'Lakers', 'champion', 'title', 'won', 'win', 'trophy', 'ring': the Lakers are only listed
        # among the NBA teams; no record or titles. 3. 'studio', 'first', 'film', 'opened', 'founded',
        # 'since', '19' near Hollywood: only "Since the 1920s, motion pictures ... have been major industries"
        # (no studio, no Hollywood date); no first studio named or dated. 4. 'cross', 'border', 'commut',
        # 'daily', 'each day', 'traffic', 'Tijuana', 'Baja': only the San Diego–Tijuana region "created by the
        # urban area spilling over into Baja California" and the megaregion reaching "across the Mexican
        # border into Tijuana"; 'commut' only for L.A./Orange Counties and Metrolink, 'traffic' only for
        # airports; no border-crossing figures.
        [("Which surf spots in Southern California are world-famous?", "Which of them gets the biggest waves?"),
         ("Does Los Angeles have any NBA teams?", "How many championships have the Lakers won?"),
         ("Which part of Los Angeles is a byword for the film business?", "When did the first film studio open there?"),
         ("Does the built-up area around San Diego spill over into Mexico?",
          "How many people cross that border each day?")]),
    "Computational_complexity_theory": (
        [[("Other than time and storage, what can complexity theory count as a resource?",
           ["the amount of communication", "the number of gates in a circuit", "the number of processors"]),
          ("Where does the processor count come in?", ["parallel computing"]),
          ("And counting gates?", ["circuit complexity"])],
         [("Besides the route through Germany's biggest cities, what other traveling salesman instance does the "
           "article bring up?",
           ["a round trip through all sites in Milan"]),
          ("What's the length limit on that one?", ["at most 10 km"]),
          ("And how many German cities did the first one pass through?", ["15", "Germany's 15 largest cities"])],
         [("What range of machines is a Turing machine meant to stand in for?",
           ["anything from an advanced supercomputer to a mathematician", "a mathematician with a pencil and paper"]),
          ("Which thesis says any algorithm has a Turing machine behind it?",
           ["the Church–Turing thesis", "Church–Turing thesis"]),
          ("Are the quantum or alternating versions more powerful than the basic one?",
           ["all equally powerful in principle", "some of these may be more powerful"])],
         [("When did complexity theory really start to take off?", ["1971", "in 1971"]),
          ("Who was behind that?", ["Stephen Cook", "Leonid Levin"]),
          ("Were the two of them working together?", ["working independently"])]],
        # Searched: 1. 'Babai', 'Luks', 'year', 'published', 'found', 'discovered', '19', '20' near graph isomorphism:
        # only "due to Laszlo Babai and Eugene Luks has run time ..."; no date. 2. 'prime', 'primality',
        # 'test', 'AKS', 'Miller', 'Rabin', 'fastest', 'quick': primality testing is only the example problem
        # (15 -> "no"); no method is named. 3. 'Hartmanis', 'Stearns', 'model', 'multi-tape', 'tape',
        # 'machine' near the 1965 paper: it "laid out the definitions of time and space complexity and proved
        # the hierarchy theorems"; the machine model it used is not said. 4. 'supercomputer', 'faster',
        # 'operations', 'FLOPS', 'speed', 'today', 'fastest': only the assumed 1012 operations a second and
        # "Even with a much faster computer"; "supercomputer" only in the Turing-machine paragraph; no real
        # machine's speed.
        [("How fast is the best known algorithm for graph isomorphism?", "When did Babai and Luks come up with it?"),
         ("In the primality example, does 15 count as prime?",
          "What's the quickest known way to test whether a number is prime?"),
         ("What did Hartmanis and Stearns lay out in their paper?", "Which machine model did they use in it?"),
         ("How many operations per second does the exponential-time example assume?",
          "How fast are real supercomputers today?")]),
}

# The sets on the development articles, each with the name its rows carry.
# An eleventh set on the development articles (written 2026-12-06, stop 95), each turn looked for in the benches,
# the tests and the file's crowd questions first.
ELEVENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Was Robert Guiscard acting on his own authority when he pushed into the Balkans?",
           ["acting as his vassal", "the consent of pope Gregory VII"]),
          ("What was he hoping to win over there?", ["a foothold for western feudal lords", "a foothold"]),
          ("Did his army link up with any other force before going after Dyrrachium?",
           ["the fleet that had previously conquered Corfu"])],
         [("Which Byzantine campaign in Sicily did the Normans fight in?",
           ["the Sicilian campaign of George Maniaces", "1038–40"]),
          ("Who else fought on that side with them?", ["Varangian and Lombard contingents"]),
          ("Did most of the Normans in Greek service actually come from Norman Italy?",
           ["only a few came from there"])],
         [("Where in Ireland are Norman surnames like Devereux or D'Arcy most common?",
           ["the southeast of Ireland", "County Wexford"]),
          ("Why that part of the country?", ["where the first Norman settlements were established"]),
          ("What about surnames that start with Fitz?", ["indicate Norman ancestry", "from the Norman for son"])],
         [("Before the Conquest, what did the Normans hold on the other side of the Channel from England?",
           ["most of the important ports opposite England"]),
          ("How did that turn into family ties with the English crown?",
           ["the marriage of Emma", "King Ethelred II of England"]),
          ("When Cnut took England, where did Emma's sons end up?", ["who stayed in Normandy", "Normandy"])]],
        # Searched: 1. 'official', 'betray', '1185', 'name', 'who' in the 1185 paragraph: only "owing to the betrayal
        # of high Byzantine officials"; the one named official, Comiscortes, belongs to 1081; none named for 1185.
        # 2. 'Duncan', 'hostage', 'released', 'return', 'year', 'long': only "surrendered his son Duncan as a
        # hostage"; nothing on how long he was held. 3. 'Petrela', 'held', 'lost', 'kept', 'retreat': Petrela is
        # named once among the places "occupied"; the only later event is Bohemond's retreat and treaty, with no
        # word on how long any place was held. 4. 'Tosny', 'Iberia', 'Moorish', 'failed', 'because', 'defeat':
        # only "Roger de Tosny travelled to the Iberian Peninsula to carve out a state for himself from Moorish
        # lands, but failed"; no reason given.
        [("What let the Normans take Dyrrachium a third time in 1185?", "Which Byzantine officials were they?"),
         ("How did Malcolm respond when William rode into Scotland in 1072?", "How long was Duncan kept as a hostage?"),
         ("Which places did the Normans occupy during Bohemond's 1107 campaign?", "Did they keep Petrela for long?"),
         ("What was Roger de Tosny after when he went to Iberia in 1018?", "Why didn't it work out for him?")]),
    "Southern_California": (
        [[("Why do some people count ten counties in Southern California instead of eight?",
           ["historical political divisions", "based on historical political divisions"]),
          ("And what's the eight-county version based on?", ["demographics and economic ties"]),
          ("Does the wider megaregion go by either of those county lists?",
           ["not used for the greater Southern California Megaregion"])],
         [("What let California join the Union as a free state?", ["the Compromise of 1850"]),
          ("What did that keep the south from becoming?", ["its own separate slave state"]),
          ("Did people in the south give up on splitting off after that?",
           ["attempted three times in the 1850s"])],
         [("Is Southern California mostly dense city or spread-out suburbs?",
           ["large, spread-out, suburban communities"]),
          ("Which areas are the dominant ones?",
           ["Los Angeles, Orange County, San Diego", "Riverside-San Bernardino"]),
          ("Is each of those the hub of a bigger area?", ["the center of its respective metropolitan area"])],
         [("Is Bakersfield part of Greater Los Angeles?",
           ["North of Greater Los Angeles", "Bakersfield metropolitan areas"]),
          ("Has its population been growing?", ["population growth was high", "Bakersfield-Kern County"]),
          ("Is there a Cal State campus there?", ["12 California State University campuses"])]],
        # Searched: 1. 'container', 'TEU', 'cargo', 'ton', 'annual', 'each year' near the ports: only "the adjacent
        # Port of Long Beach, the United States' second busiest container port"; no volume. 2. 'StubHub', 'seat',
        # 'capacity', 'stadium', 'fans', 'attendance': only "both played at the StubHub Center and were local
        # rivals"; no size. 3. 'Wilshire', 'Miracle', 'mile', 'length', 'long': only "lining the Wilshire Boulevard
        # Miracle Mile including Century City, Westwood and Warner Center"; 'mile' otherwise only for San Jose; no
        # length. 4. 'Colorado River', 'river', 'long', 'length', 'miles', 'km': only "the Colorado Desert and the
        # Colorado River at the border with Arizona"; no length.
        [("Is the Port of Long Beach next to the Port of Los Angeles?", "How much cargo goes through it each year?"),
         ("Were the Galaxy and Chivas USA rivals?", "How many seats does their stadium have?"),
         ("Which business districts are along the Miracle Mile?", "How long is that stretch of Wilshire?"),
         ("What runs along Southern California's border with Arizona?",
          "What's the total length of the Colorado River?")]),
    "Computational_complexity_theory": (
        [[("Does an algorithm's running time depend on the particular input it gets?",
           ["depend on the instance"]),
          ("So why is it measured against the size of the input?",
           ["larger instances will require more time to solve"]),
          ("What example does the article use to show how an algorithm scales?",
           ["a graph with 2n vertices", "whether a graph is connected"])],
         [("In complexity theory, what does the word problem actually refer to?",
           ["the abstract question to be solved"]),
          ("And what's an instance, then?", ["a rather concrete utterance", "a particular input to the problem"]),
          ("So what counts as the solution?", ["the output corresponding to the given input"])],
         [("Is DTIME(n) a subset of DTIME(n2)?", ["DTIME(n) is contained in DTIME(n2)"]),
          ("What tells us whether that inclusion is strict?",
           ["the time and space hierarchy theorems", "time and space hierarchy theorems"]),
          ("And what does the space version show about L?", ["L is strictly contained in PSPACE"])],
         [("If P turned out not to equal NP, what would that mean for PSPACE?",
           ["P is not equal to PSPACE either"]),
          ("Would NP-complete problems count as intractable in that case?",
           ["the NP-complete problems are also intractable"]),
          ("And if NP and co-NP were shown to differ, what would follow?", ["P is not equal to NP"])]],
        # Searched: 1. 'symmetric', 'work', 'defined', 'means': "symmetric Turing machines" appears once, only in the
        # list of machine kinds used to define classes; unlike the deterministic, probabilistic and
        # non-deterministic kinds it is never described. 2. 'DTIME', 'notation', 'denoted', 'introduced': only
        # "is then denoted by DTIME(f(n))"; 'notation' only for big O and binary; no author. 3. 'decision tree',
        # 'tree', 'measure', 'count': "decision tree complexity" appears once, in a list of other measures; not
        # explained. 4. 'Fortnow', 'Homer', 'paper', 'title', 'book': only "As Fortnow & Homer (2003) point out";
        # the titles given are Hartmanis and Stearns' and Karp's papers, not theirs.
        [("Is a symmetric Turing machine one of the kinds used to define complexity classes?",
          "How does a symmetric Turing machine work?"),
         ("Which set of problems does DTIME(f(n)) describe?", "Whose notation is that?"),
         ("Apart from communication and circuit complexity, what other measure does the article list?",
          "What does that one actually measure?"),
         ("Who credits Hartmanis and Stearns with starting the systematic study of complexity?",
          "What's the title of their piece?")]),
}

# A twelfth set on the development articles (written 2026-12-06, stop 96), drafted blind as the eleventh was.
TWELFTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Where did Bohemond of Taranto join up with the passing Crusaders in 1096?", ["the siege of Amalfi"]),
          ("Who came along with him?", ["his nephew Tancred", "an army of Italo-Normans"]),
          ("And what did the nephew go on to achieve?", ["instrumental in the conquest of Jerusalem"])],
         [("By the 1050s, how far afield were Norman mercenaries fighting?", ["Trebizond and Georgia"]),
          ("Where were they based out there?", ["Malatya and Edessa"]),
          ("And who were they serving under?", ["Isaac Komnenos", "the Byzantine duke of Antioch"])],
         [("Were the Normans already dealing with Wales before they took England?",
           ["Even before the Norman Conquest of England", "come into contact with Wales"]),
          ("How did those early attempts go?", ["failed to make any headway into Wales"]),
          ("Who ended up controlling the Welsh border once England was conquered?",
           ["Bernard de Neufmarché", "Roger of Montgomery", "Hugh Lupus"])],
         [("How many Normans served in the army of the Armenian general Philaretus Brachamius?",
           ["8,000 of the 20,000 troops"]),
          ("Which commander led that Norman contingent?", ["Raimbaud"]),
          ("What name did they give their stronghold, and what does it mean?", ["Afranji", "Franks"])],
        ],
        # Searched: 1. 'metre', 'meter', 'feet', 'length', 'long', 'size': the Bayeux passage gives only who
        #    commissioned it, that it is embroidery, and who made it; no dimension anywhere in the article.
        # 2. 'price', 'paid', 'sum', 'money', 'sold': only "sold the rights to the islands to Enrique Pérez de
        #    Guzmán"; no amount ('paid' occurs once, for Malcolm's homage).
        # 3. 'ships', 'fleet', 'vessel': "a large fleet", "a storm dispersed the fleet", "several other ships";
        #    no count of the ships that reached Limassol on 1 May 1191.
        # 4. 'cathedral', 'palace', 'church', 'Palermo', 'Monreale', 'Cefal': Norman-Arab architecture is named but
        #    no building is given as its example (Palermo appears only for the royal regalia).
        [("Who was behind commissioning the Bayeux embroidery?", "How many metres long is the whole piece?"),
         ("Who bought the rights to the Canary Islands from Maciot de Bethencourt?",
          "What price did Enrique pay for the islands?"),
         ("On what date did Richard's fleet reach Limassol?", "How many of his ships had made it there with him?"),
         ("Which building traditions did the Normans in southern Italy blend into their own?",
          "Which building is the best-known example of that style?"),
        ]),
    "Southern_California": (
        [[("Where have new exurbs sprung up in southern California?",
           ["Antelope Valley north of Los Angeles", "the Victor Valley", "the Coachella Valley"]),
          ("Which of those lies north of LA?", ["the Antelope Valley"]),
          ("Do a lot of people from the inland counties commute toward the coast?",
           ["many commute to L.A. and Orange Counties"])],
         [("Which big film studios have their headquarters in southern California?",
           ["Sony Pictures, Universal, MGM", "Paramount Pictures", "20th Century Fox"]),
          ("Is Disney based there as well?", ["The Walt Disney Company"]),
          ("Do any of those studios run music labels too?", ["Universal, Warner Brothers, and Sony"])],
         [("What Major League Baseball teams does the region have?",
           ["Los Angeles Dodgers", "San Diego Padres", "Los Angeles Angels of Anaheim"]),
          ("Are college sports popular there as well?", ["College sports are also popular"]),
          ("Which two schools have a big rivalry?", ["The UCLA Bruins and the USC Trojans"])],
         [("Where did pro-slavery politicians want to split Alta California?", ["36 degrees, 30 minutes"]),
          ("Why that particular line?", ["the line of the Missouri Compromise"]),
          ("Did the south end up becoming a separate slave state?",
           ["admitted to the Union as a free state", "the Compromise of 1850"])],
        ],
        # Searched: 1. 'Pendleton', 'acre', 'square', 'size': Camp Pendleton named once as the gap on Interstate 5;
        #    no area given.
        # 2. 'death', 'killed', 'died', 'fatal': only "a substantial number of deaths, injuries"; no figure.
        # 3. 'StubHub', 'stadium', 'opened', 'built': StubHub Center named once; no opening date.
        # 4. 'America's Cup', '1995', 'won', 'winner': held 1988 to 1995 and hosted three races; no winner named.
        [("What is the main break in the sprawl heading south on Interstate 5?",
          "How many acres does that base cover?"),
         ("Why is the Northridge quake of 1994 remembered as so destructive?", "What was its death toll?"),
         ("Where did the Galaxy and Chivas USA play their home matches?", "When did that stadium open?"),
         ("How many America's Cup races did San Diego host while holding the trophy?", "Who won the 1995 edition?"),
        ]),
    "Computational_complexity_theory": (
        [[("Are the different kinds of Turing machine equally powerful?", ["all equally powerful in principle"]),
          ("Does that still hold once time or space is limited?", ["may be more powerful than others"]),
          ("Do alternative models like random access machines use the same time and memory?",
           ["The time and memory consumption", "may vary"])],
         [("Does anyone know a fast way to solve the Hamiltonian path problem?",
           ["for which no efficient algorithm is known"]),
          ("Which complexity class is it placed in, along with vertex cover?", ["The complexity class NP"]),
          ("Is every problem in P part of that class too?",
           ["also member of the class NP",
            "deterministic Turing machines are special non-deterministic Turing machines"])],
         [("How is a function problem different from a decision problem?",
           ["the output is more complex", "it isn't just yes or no"]),
          ("So is it a much richer notion?", ["this is not really the case"]),
          ("Why isn't it, then?", ["function problems can be recast as decision problems"])],
         [("What would follow if it turned out that P equals NP?", ["more efficient solutions"]),
          ("Which practical areas would gain from that?",
           ["operations research", "many problems in logistics", "protein structure prediction in biology"]),
          ("Would it change anything for pure mathematics?", ["find formal proofs of pure mathematics theorems"])],
        ],
        # Searched: 1. 'Shor', 'publish', 'quantum': Shor's algorithm named once with no date; the years in the
        #    article (1936, 1956, 1960-1972, 2003, 2008) are all tied to other work.
        # 2. 'speed-up', 'theorem', 'Blum': "proved an important result, the so-called, speed-up theorem";
        #    its content is never stated.
        # 3. 'Cook', 'Levin', '1971', 'satisfiab': Cook and Levin proved NP-complete problems exist; no specific
        #    problem is attributed to Cook (SAT is mentioned only as NP complete and as handled by SAT solvers).
        # 4. 'linear bounded', 'automat', 'Myhill': "John Myhill's definition of linear bounded automata (Myhill
        #    1960)"; nothing on what they are or are used for.
        [("Which quantum algorithm factors integers in polynomial time?", "In what year did Shor first publish it?"),
         ("Which theorem came out of Manuel Blum's axiomatic approach in 1967?",
          "What does the speed-up theorem actually say?"),
         ("In what year did Cook and Levin show that NP-complete problems exist?",
          "Which problem did Cook prove NP-complete first?"),
         ("What concept did John Myhill define in his 1960 work?", "What are linear bounded automata used for?"),
        ]),
}

# A thirteenth set on the development articles (written 2026-12-06, stop 97), drafted blind as the twelfth was.
THIRTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Which monastic reform did the Norman dukes push in the early 11th century?",
           ["the Cluniac reform of monasteries", "Cluniac reform"]),
          ("Which outside school of art were those monasteries in contact with?", ["Winchester school"]),
          ("And what did it channel into Normandy?", ["a pure Carolingian artistic tradition"])],
         [("When Alexius had to pull back at Dyrrachium, who did he leave in command?",
           ["Comiscortes", "a high Albanian official named Comiscortes"]),
          ("How long did the city's garrison hold out?", ["until February 1082"]),
          ("Once they'd reached Thessalonica, what made the Normans head back to Italy?",
           ["Dissension among the high ranks"])],
         [("At whose court had King David I of Scotland spent time?",
           ["Henry I of England", "the court of Henry I of England"]),
          ("Why did he end up handing land to so many Normans?",
           ["to wrestle the kingdom from his half-brother", "wrestle the kingdom"]),
          ("Under which of his successors did that go furthest?", ["William the Lion"])],
         [("What's the older of the two Latin customaries of Norman law called?",
           ["Très ancien coutumier", "Very ancient customary"]),
          ("Roughly which years was that one authored in?", ["between 1200 and 1245"]),
          ("And the Great customary, what was its original Latin title?",
           ["Summa de legibus Normanniae in curia laïcali"])],
        ],
        # Pair 1: searched "Sweyn", "reign", "ruled", "king", "Cnut", "1014": the article only says Ethelred was
        #   forced from his kingdom by Sweyn Forkbeard in 1013 and stayed in Normandy until 1016; no length of rule.
        # Pair 2: searched "Bayeux", "kept", "museum", "display", "today": the article says it is embroidery
        #   commissioned by Odo and made by natives from Kent; nothing on where it is held now.
        # Pair 3: searched "scriptoria", "ceased", "decline", "because", "reason": the article says the golden age
        #   was brief and the scriptoria ceased after the midpoint of the century, with no cause given (the Wars
        #   of Religion and the Revolution are mentioned only for later destruction of buildings and art).
        # Pair 4: searched "lesson", "learn", "taught", "school", "course", "speak": the article says Norman became
        #   the regional language that survives today; "taught" appears only for Fécamp's 11th-century music.
        [("Who forced King Ethelred II out of his kingdom in 1013?",
          "How long did Sweyn Forkbeard get to rule England after that?"),
         ("If the Bayeux Tapestry isn't really woven, what kind of work is it?",
          "Where is it kept and shown to the public these days?"),
         ("When did Normandy's major scriptoria stop working?",
          "What made them shut down so soon after their golden age?"),
         ("Is Norman still around as a regional language?",
          "Is there a course or school where I could learn to speak it?")]),
    "Southern_California": (
        [[("What were the lightly populated southern counties nicknamed in the 1850s?", ["Cow Counties"]),
          ("Why were the Californios down there so unhappy?", ["inequitable taxes and land laws"]),
          ("Their last bid to split off never reached a vote in Washington. Why not?",
           ["the secession crisis", "the election of Abraham Lincoln"])],
         [("How far from San Jose is California's exact north-south midway point?",
           ["11 miles (18 km)", "around 11 miles"]),
          ("So what latitude do people go by instead when splitting the state in two?",
           ["35° 47′ 28″ north latitude"]),
          ("Which counties have their northern borders on that line?", ["San Luis Obispo, Kern, and San Bernardino"])],
         [("Which two metro areas together form the Southern Border Region?",
           ["El Centro metropolitan area and San Diego-Carlsbad-San Marcos", "El Centro metropolitan area"]),
          ("And what's north of Greater Los Angeles?", ["Santa Barbara, San Luis Obispo, and Bakersfield"]),
          ("So how many metro areas does the region count in all?",
           ["eight Metropolitan Statistical Areas", "seven metropolitan areas"])],
         [("Before the farmland became suburbs, what were the region's big farm industries?", ["cattle and citrus"]),
          ("And what's been major there since the 1920s?", ["motion pictures, petroleum and aircraft manufacturing"]),
          ("Has aerospace held up despite the military spending cuts?", ["aerospace continues to be a major factor"])],
        ],
        # Pair 1: searched "Tijuana", "Mexico", "border", "side": the article gives San Diego-Tijuana 5,105,768 in
        #   total and says the urban area spills into Baja California; no split by country.
        # Pair 2: searched "Transverse", "transverse", "Peninsular", "named", "called", "because": the article only
        #   lists the Transverse and Peninsular Ranges and calls the Tehachapis "that transverse range"; no reason.
        # Pair 3: searched "International Airport", "passenger", "busiest", "million": LAX is second-busiest in
        #   the US by passenger volume and San Diego International the busiest single runway airport; no figures.
        # Pair 4: searched "Metrolink", "fare", "ticket", "pass", "price", "cost": the article says six of seven
        #   Metrolink lines run out of Downtown Los Angeles and which counties they link; nothing on fares.
        [("What's the combined population of San Diego–Tijuana?",
          "How many of those are on the Mexican side of the border?"),
         ("Which mountain ranges does the Southern California landscape take in?",
          "Why are the Transverse Ranges called transverse?"),
         ("Where does LAX rank among US airports by passenger volume?",
          "How much busier is it than San Diego International?"),
         ("Where do most Metrolink commuter trains start from?", "How much is a monthly Metrolink pass?")]),
    "Computational_complexity_theory": (
        [[("Under the Cobham-Edmonds thesis, how do time complexities in two reasonable models relate?",
           ["polynomially related"]),
          ("Which complexity class is built on that?", ["the complexity class P"]),
          ("And the matching set of function problems is called what?", ["FP"])],
         [("What answers whether giving an algorithm more time or space really lets it solve more problems?",
           ["the time and space hierarchy theorems", "hierarchy theorems"]),
          ("Why the name hierarchy?", ["they induce a proper hierarchy on the classes"]),
          ("What result about L comes out of the space theorem?", ["L is strictly contained in PSPACE"])],
         [("Which kinds of reduction get their names from the method used?",
           ["Cook reductions, Karp reductions and Levin reductions"]),
          ("And which ones are named for the bound on their complexity?",
           ["polynomial-time reductions or log-space reductions", "log-space reductions"]),
          ("Of all these, which is used the most?", ["polynomial-time reduction"])],
         [("Apart from NP, which classes is factoring integers known to belong to?",
           ["in NP and in co-NP", "UP and co-UP"]),
          ("How do you phrase it as a yes-or-no question?", ["has a factor less than k"]),
          ("And the best classical method known for actually factoring?", ["the general number field sieve"])],
        ],
        # Pair 1: searched "Millennium", "Clay", "prize", "solved": the article says P versus NP is one of the
        #   Millennium Prize Problems from the Clay Mathematics Institute with a US$1,000,000 prize; no others.
        # Pair 2: searched "connected", "breadth", "depth", "linear time", "vertices": the article uses graph
        #   connectivity as its decision-problem example and only asks how time grows from n to 2n vertices.
        # Pair 3: searched "merge", "heap", "sort", "O(n": only quicksort is discussed (worst O(n2), average and
        #   best O(n log n)); no other sorting algorithm is compared.
        # Pair 4: searched "SAT", "solver", "software", "tool": the article says SAT solvers routinely handle
        #   large instances of Boolean satisfiability; it names no solver.
        [("Which institute put up the prize for settling P versus NP?",
          "Have any of the other Millennium Prize Problems been solved already?"),
         ("Which graph question does the article use to illustrate a decision problem?",
          "What's the fastest algorithm for checking whether a graph is connected?"),
         ("What's quicksort's average running time if every input order is equally likely?",
          "Does merge sort beat quicksort in the worst case?"),
         ("Can SAT solvers cope with big Boolean satisfiability instances?",
          "Which SAT solver should I install to try this on my own problems?")]),
}

# A fourteenth set on the development articles (written 2026-12-06, stop 98), drafted blind as the thirteenth was.
FOURTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Which Byzantine family traced itself back to an Italo-Norman called Raoul?", ["The Raoulii"]),
          ("And the Petraliphae, who did they come from?", ["Pierre d'Aulps"]),
          ("Were there any Albanian clans with Norman roots as well?", ["Maniakates", "the Maniakates"])],
         [("How many men did Robert Guiscard bring over to the Albanian coast in 1081?", ["30,000 men"]),
          ("Which island had the fleet they joined already taken?", ["Corfu"]),
          ("Who won the sea fight off the city just before the battle?", ["the Venetian fleet", "Venetian fleet"])],
         [("With Albanian help in 1107, which mountain passes did the Normans secure?",
           ["the Arbanon passes", "Arbanon passes"]),
          ("Where did that open the way to?", ["Dibra"]),
          ("Why did Bohemond end up calling the campaign off?",
           ["lack of supplies, disease and Byzantine resistance"])],
         [("Before Rollo showed up, when had earlier Viking settlers started arriving?", ["the 880s", "880s"]),
          ("Where did the western group of them live?", ["the Cotentin Peninsula", "Cotentin Peninsula"]),
          ("And the eastern colonies?", ["Roumois and Pays de Caux", "around the low Seine valley"])],
        ],
        # Pair 1: searched "Bayeux", "commissioned", "Odo", "year", "1066", "1070": it says Odo, Bishop of Bayeux
        #   and first Earl of Kent, commissioned it from natives of Kent, but gives no date for the commission.
        # Pair 2: searched "Bannow", "1169", "Ireland", "led", "invasion", "Strongbow": it gives the place and
        #   year of the invasion and its effects on Irish culture, never who led it.
        # Pair 3: searched "sister", "Joan", "fiancée", "Berengaria", "boat": it says the boat carried "his sister
        #   and his fiancée Berengaria"; the sister is never named (Emma and Maud are other men's sisters).
        # Pair 4: searched "Alexander I", "Sybilla", "married", "elder brother", "year": it only says Alexander I
        #   had married Sybilla of Normandy; no date for the marriage.
        [("Which churchman had the Bayeux Tapestry made?", "In what year did Odo order it?"),
         ("Where on the Irish coast did the Norman invasion begin?", "Who led the Norman force that landed there?"),
         ("Who was travelling with Richard's sister on the ship stranded off Cyprus?",
          "And what was the sister called?"),
         ("Who was the elder brother of David I of Scotland?", "When did Alexander wed Sybilla of Normandy?")]),
    "Southern_California": (
        [[("Roughly how many people live in the Riverside-San Bernardino area?", ["over four million"]),
          ("What about the San Diego area?", ["over 3 million"]),
          ("And the LA area itself?", ["over 12 million"])],
         [("Which five counties get lumped together as the Greater Los Angeles Area?",
           ["Los Angeles, Orange, Riverside, San Bernardino, and Ventura"]),
          ("How many people does that add up to?", ["over 17.5 million", "17,786,419"]),
          ("And for all of southern California?", ["over 22 million", "22,680,010"])],
         [("Up to which county was the proposed Territory of Colorado meant to reach?",
           ["Tulare County", "San Luis Obispo County"]),
          ("Which of today's counties did that take in?", ["Kings, most of Kern, and part of Inyo"]),
          ("Who pushed for the plan in Washington?", ["Senator Milton Latham", "Milton Latham"])],
         [("Which regions do the tourism groups split the state into?",
           ["northern, central, and southern California"]),
          ("Do the auto clubs go along with that?",
           ["either northern or southern California", "in contrast to the three-region point of view"]),
          ("Which two clubs are those?",
           ["the California State Automobile Association", "the Automobile Club of Southern California"])],
        ],
        # Pair 1: searched "America's Cup", "1995", "lost", "won", "defeat", "New Zealand": it says the San Diego
        #   Yacht Club held the Cup 1988-1995 and hosted three races, not who took it from them in 1995.
        # Pair 2: searched "Long Beach", "container", "TEU", "million", "cargo": it only ranks the Port of Long
        #   Beach the United States' second busiest container port; no volume is given.
        # Pair 3: searched "rugby", "schools", "number", "official school sport", "high school": only "increasing
        #   numbers of schools adding rugby as an official school sport"; no count.
        # Pair 4: searched "Chivas", "suspended", "why", "because", "2014", "MLS season": it says Chivas "were
        #   suspended following the 2014 MLS season", with no reason.
        [("Which yachting trophy did San Diego hang on to from 1988 to 1995?", "Who did they lose the Cup to in 1995?"),
         ("Which port right next to LA's ranks second in the country for containers?",
          "What is its yearly container volume?"),
         ("At what level is rugby catching on most there?", "Roughly how many schools have added it so far?"),
         ("Which LA soccer club was dropped from the league after the 2014 season?",
          "Why did the league suspend them?")]),
    "Computational_complexity_theory": (
        [[("How many problems did Richard Karp prove NP-complete in his 1972 paper?", ["21"]),
          ("What did he call the paper?", ["Reducibility Among Combinatorial Problems"]),
          ("Whose work from the year before was he building on?",
           ["Stephen Cook", "Leonid Levin", "Stephen Cook and, working independently, Leonid Levin"])],
         [("Whose algorithm is the best we have for telling if two graphs are isomorphic?",
           ["Laszlo Babai and Eugene Luks"]),
          ("Do researchers think that problem is NP-complete?", ["at least not NP-complete"]),
          ("What makes them think so?",
           ["the polynomial hierarchy does not collapse", "collapses to its second level"])],
         [("If a program takes 2^n steps and n is 100, about how long would it run?",
           ["about 4 × 1010 years", "4 × 1010 years"]),
          ("How fast is the computer assumed to be in that example?", ["1012 operations each second"]),
          ("What's that running time comparable to?", ["the age of the universe"])],
         [("Would a yes answer to P versus NP help biologists with anything?", ["protein structure prediction"]),
          ("And for pure mathematics?", ["the ability to find formal proofs", "find formal proofs"]),
          ("Which famous set of open problems does P versus NP belong to?",
           ["the Millennium Prize Problems", "Millennium Prize Problems"])],
        ],
        # Pair 1: searched "Clay", "Millennium", "prize", "2000", "announced", "proposed": it names the Clay
        #   Mathematics Institute and the US$1,000,000 prize but never says when the prize was set up.
        # Pair 2: searched "Ladner", "NP-intermediate", "197", "shown by", "proved": only "It was shown by Ladner";
        #   no year (the history part dates Cook/Levin 1971 and Karp 1972, not Ladner).
        # Pair 3: searched "Alan Turing", "1936", "paper", "titled", "Entscheidungsproblem", "computable": it says
        #   Turing defined the machines in 1936, but never names the paper he did it in.
        # Pair 4: searched "Edmonds", "Jack", "Cobham", "1965", "good": he appears only as "Edmonds" (and in
        #   "Cobham–Edmonds thesis", "Cobham-Edmonds thesis"); no first name is ever given.
        [("How much would someone win for settling whether P equals NP?",
          "What year did the Clay institute announce that prize?"),
         ("Whose result says some NP problems are neither in P nor NP-complete if P and NP differ?",
          "In what year did Ladner show this?"),
         ("When did Alan Turing first define his machines?", "What was the title of the paper he did that in?"),
         ("Who said in 1965 that a good algorithm's running time is bounded by a polynomial?",
          "What was his first name, by the way?")]),
}

# A fifteenth set on the development articles (written 2026-12-06, stop 98), drafted blind as the fourteenth was.
FIFTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What did Richard the Lion-hearted demand that Isaac Komnenos give back?",
           ["the prisoners and the treasure"]),
          ("And when Isaac wouldn't, what did Richard do?", ["landed his troops and took Limassol", "took Limassol"]),
          ("By what date was the whole island his?", ["1 June", "By 1 June"])],
         [("Which rival claimant to the English throne ended up fleeing to Scotland?", ["Edgar Atheling"]),
          ("Which Scottish king married his sister?", ["King Malcolm III of Scotland", "Malcolm III"]),
          ("After that king submitted to William, what did people start arguing over?",
           ["whether the Scottish Crown owed allegiance", "owed allegiance to the King of England"])],
         [("By the 1050s, at which cities were the Normans in Byzantine service based?", ["Malatya and Edessa"]),
          ("Under whose command were they?", ["Isaac Komnenos"]),
          ("And what post did Isaac hold?", ["the Byzantine duke of Antioch", "duke of Antioch"])],
         [("Why did the early Norman kings think England was their most important holding?",
           ["it brought with it the title of King", "the title of King"]),
          ("Which language did Anglo-Norman end up being absorbed into?",
           ["the Anglo-Saxon language of their subjects", "Anglo-Saxon", "Old English"]),
          ("And what did it help develop?", ["Middle English"])],
        ],
        # Pair 1: searched "Chaucer", "humour", "poem", "Tales", "wrote": Chaucer appears once, only as the source of
        #   "some humour" about Anglo-Norman becoming distinct from Latin; no work of his is named.
        # Pair 2: searched "daughter", "marriage", "name", "Isaac": it says Isaac considered "offering his daughter
        #   in marriage to the person named by Richard"; the daughter is never named.
        # Pair 3: searched "death", "died", "killed", "Robert", "1085": it only says the towns were lost in 1085
        #   "after the death of Robert"; how or of what he died is never said.
        # Pair 4: searched "sons", "Emma", "children", "Edward", "Alfred": it speaks only of "his sons by Emma" and of
        #   Edward the Confessor's "father's refuge"; how many sons Ethelred had with Emma is never said.
        [("Which English writer made fun of Anglo-Norman drifting apart from Latin?",
          "In which of his works did Chaucer joke about it?"),
         ("What did Isaac Komnenos think of offering Richard before he changed his mind?",
          "What was Isaac's daughter called?"),
         ("In which year did the Normans lose Valona and Butrint?", "What did Robert Guiscard die of?"),
         ("Until what year did Ethelred stay in Normandy?", "How many sons did Ethelred have with Emma?")]),
    "Southern_California": (
        [[("Which two of southern California's most developed cities are not close to the coast?",
           ["San Bernardino and Riverside"]),
          ("Which business districts can be found around those two cities?",
           ["Hospitality Business/Financial Centre", "University Town", "Downtown San Bernardino"]),
          ("Does Downtown Riverside count as a central business district too?", ["Downtown Riverside"])],
         [("Do people actually feel most of southern California's earthquakes?",
           ["so small that they are not felt", "not felt"]),
          ("And how many of them get past 3.0 on the scale?", ["several hundred", "Only several hundred"]),
          ("How strong was the one that hit Northridge in 1994?", ["magnitude 6.7"])],
         [("Why did California's growth in the 2000s shift to the northern part of the state?",
           ["a stronger, tech-oriented economy in the Bay Area", "tech-oriented economy in the Bay Area"]),
          ("Which other northern region was on the rise then?",
           ["an emerging Greater Sacramento region", "Greater Sacramento"]),
          ("So what kind of reputation for growth did southern California have?",
           ["a reputation for high growth rates", "high growth rates"])],
         [("Along the Pacific coast, where does southern California's built-up urban strip begin?",
           ["from Ventura", "Ventura"]),
          ("And where does it end up in the south?", ["Greater San Diego"]),
          ("Which inland area does it take in along the way?", ["the Inland Empire", "Inland Empire"])],
        ],
        # Pair 1: searched "Transpac", "Transpacific", "first", "founded", "began", "since": it only calls it the
        #   annual race from Los Angeles to Hawaii and a premier event; no start year.
        # Pair 2: searched "Los Angeles County", "county", "population", "million", "12 million": it gives the city
        #   (3,792,621) and the LA-plus-Orange metro area (over 12 million), never LA County by itself.
        # Pair 3: searched "Tech Coast", "moniker", "coined", "named", "nickname": it says the moniker "has gained use"
        #   for the region's technology base and universities; who coined it, or when, is never said.
        # Pair 4: searched "U.S. Open", "Surfing", "Huntington", "held", "events": it only lists the U.S. Open of
        #   Surfing among events "all in southern California"; Huntington Beach is named only as a surf spot.
        [("Which annual yacht race goes from Los Angeles to Hawaii?", "When was the first Transpac sailed?"),
         ("How many residents does the city of Los Angeles itself have?",
          "And how many live in Los Angeles County as a whole?"),
         ("What is the name Tech Coast used to describe?", "Who first came up with the Tech Coast nickname?"),
         ("Is the X Games one of the extreme sports events held in southern California?",
          "In which city is the U.S. Open of Surfing held?")]),
    "Computational_complexity_theory": (
        [[("What informal idea is a reduction meant to capture?", ["at least as difficult as another problem"]),
          ("So if X can be solved using an algorithm for Y, how do the two compare?",
           ["X is no more difficult than Y"]),
          ("And what do we say about X in that case?", ["X reduces to Y"])],
         [("What's the most commonly used kind of reduction?",
           ["a polynomial-time reduction", "polynomial-time reduction"]),
          ("So what does calling it polynomial-time tell you?", ["the reduction process takes polynomial time"]),
          ("How would a multiplication algorithm let you square a number?",
           ["giving the same input to both inputs", "the same input to both inputs"])],
         [("When is a problem X said to be hard for a class C?",
           ["every problem in C can be reduced", "can be reduced to X"]),
          ("Why does that mean nothing in C is harder than X?", ["allows us to solve any problem in C"]),
          ("Does what counts as hard depend on anything?", ["the type of reduction being used"])],
         [("Which known complexity classes sit between P and PSPACE?", ["RP, BPP, PP, BQP, MA, PH"]),
          ("Could they all collapse into one class?", ["collapse to one class", "it is possible"]),
          ("Has anyone actually proved that classes like these differ?",
           ["this has not been proved", "has not been proved"])],
        ],
        # Pair 1: searched "polynomial hierarchy", "polynomial time hierarchy", "defined", "Stockmeyer", "Meyer": it
        #   only says the hierarchy is believed not to collapse to any finite level; no one is credited with it.
        # Pair 2: searched "#P", "counting", "defined", "introduced", "Valiant": it only calls #P an important class
        #   of counting problems; nobody is credited with defining it.
        # Pair 3: searched "number field sieve", "sieve", "invented", "Pollard", "Lenstra": it names the general
        #   number field sieve as the best known factoring algorithm and gives its running time; no inventor.
        # Pair 4: searched "cellular automata", "Conway", "Game of Life", "invented", "von Neumann": cellular
        #   automata are only listed among models a Turing machine can match; no inventor is named.
        [("What is widely believed about whether the polynomial hierarchy collapses?",
          "Who first defined the polynomial hierarchy?"),
         ("#P is a class of which sort of problems?", "Who first defined #P?"),
         ("What is the general number field sieve the best known algorithm for?",
          "Who invented the general number field sieve?"),
         ("Which other models of computation can a Turing machine match?", "Who invented cellular automata?")]),
}

# A sixteenth set on the development articles (written 2026-12-06, stop 99), drafted blind by a helper agent from
# the first half of each article's paragraphs.
SIXTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Where did Bohemond end up signing a peace deal with the Byzantines?", ["city of Deabolis", "Deabolis"]),
          ("What forced him to give up the campaign?", ["lack of supplies, disease", "lack of supplies"]),
          ("Which locals had thrown in their lot with him that time?", ["Albanians sided with the Normans"])],
         [("What came of inviting Eustace II of Boulogne to court in 1051?",
           ["greatest of early conflicts between Saxon and Norman"]),
          ("Whose exile did that eventually lead to?", ["Earl Godwin of Wessex"]),
          ("How was Eustace related to the king?", ["brother-in-law"])],
         [("Why couldn't the Albanian troops take part in the 1081 fighting at Dyrrachium?",
           ["started before their arrival"]),
          ("After the emperor retreated, which Albanian official got the command?", ["Comiscortes"]),
          ("Who sold the city out to Guiscard's men?", ["Venetian and Amalfitan merchants"])],
         [("What does the name of the castle Afranji mean?", ["Franks"]),
          ("Who was captaining that Norman band back then?", ["Raimbaud"]),
          ("And how many of them were there out of the whole Armenian army?", ["8,000 of the 20,000 troops", "8,000"])],
        ],
        # Pair 1: searched "Sicilian", "Sicily", "Maniaces", "expedition", "campaign", "success", "won", "failed",
        #   "victory", "defeat": paras 7 and 10 name "the Sicilian campaign of George Maniaces in 1038–40" / "the
        #   Sicilian expedition of 1038" and who fought in it; its outcome is never stated.
        # Pair 2: searched "Robert of Jumièges", "Canterbury", "archbishop", "see", "until", "deposed", "years": para
        #   15 says only that Edward "appointed Robert of Jumièges archbishop of Canterbury"; no length of tenure or
        #   end date.
        # Pair 3: searched "cavalry", "horsemen", "riders", "knights", "force", "number": para 15 says some Norman
        #   fighters "established an English cavalry force" and that "This concept never really took root"; para 6
        #   mentions Normandy "exporting fighting horsemen"; no size given.
        # Pair 4: searched "Venetian", "Venice", "admiral", "doge", "fleet", "commander", "command": para 11 says "the
        #   Venetian fleet had secured a victory in the coast surrounding the city" and names the Venetian merchants;
        #   no Venetian commander is named (the only command named is Comiscortes, on the Byzantine land side).
        [("Whose Sicilian campaign did Normans join in 1038?", "Was the expedition a success in the end?"),
         ("Which Norman did Edward appoint to the see of Canterbury?",
          "How long did Robert of Jumièges hold the see of Canterbury?"),
         ("Was there a cavalry unit Edward's Norman followers tried to set up?",
          "How many riders was that force made up of?"),
         ("Which fleet won a victory off the coast just before the Dyrrachium battle in 1081?",
          "Who commanded the Venetian ships?")]),
    "Southern_California": (
        [[("Which yacht club won the America's Cup in southern California?", ["San Diego Yacht Club"]),
          ("Over what years did they have it?", ["from 1988 to 1995", "1988 to 1995"]),
          ("how many cup races did they host in that time", ["three America's Cup races"])],
         [("Which law, passed in 1859, tried to carve the south out as its own territory?",
           ["Pico Act of 1859", "Pico Act"]),
          ("Which governor signed it?", ["John B. Weller"]),
          ("So why did it never get a vote in Washington?", ["secession crisis", "election of Abraham Lincoln"])],
         [("Which ranking does SoCal have among US megalopolises?", ["third most populated megalopolis"]),
          ("Which two are more populous than it?",
           ["Great Lakes Megalopolis and the Northeastern megalopolis", "Great Lakes Megalopolis"]),
          ("Does the built-up area cross the border anywhere?",
           ["San Diego–Tijuana", "spilling over into Baja California"])],
         [("What two auto clubs split the state into north and south?",
           ["California State Automobile Association", "Automobile Club of Southern California"]),
          ("How does that differ from the tourism groups' approach?",
           ["northern, central, and southern California", "three-region point of view"]),
          ("Is there a saying that draws the line at a mountain range instead?", ["South of the Tehachapis"])],
        ],
        # Pair 1: searched "Shaun White", "snowboard", "Olympic", "Olympics", "gold", "medal", "won", "champion": para
        #   7 lists Shaun White only as a "professional snowboarder" living in southern California; nothing on medals
        #   or wins.
        # Pair 2: searched "Transpac", "Transpacific", "record", "days", "hours", "time", "fastest": para 7 says the
        #   annual Transpacific Yacht Race runs "from Los Angeles to Hawaii" and is a premier event; no duration or
        #   record.
        # Pair 3: searched "Mojave", "desert", "park", "national", "Joshua Tree", "Death Valley", "protected",
        #   "preserve": para 3 places the Mojave Desert at the Nevada border and para 17 mentions "the vast deserts of
        #   California"; no park or protected area is named.
        # Pair 4: searched "Camp Pendleton", "Marine", "Marines", "military", "base", "Army", "Navy", "Corps": Camp
        #   Pendleton is named only as "the main gap to continued urbanization" on Interstate 5; "military spending
        #   cutbacks" (para 25) concern aerospace; no branch is named.
        [("Name the pro snowboarder the article says lives in the region.", "How many Olympic golds has he won?"),
         ("Where does the Transpac sailing race finish?", "What's the record time for that crossing?"),
         ("Which deserts lie on the eastern side of the region?", "Which national park protects part of the Mojave?"),
         ("What's the main gap in development along Interstate 5 going south?",
          "Which branch of the military runs that place?")]),
    "Computational_complexity_theory": (
        [[("In the primality testing example, what's the instance?",
           ["The instance is a number", "a number (e.g. 15)"]),
          ("And what would the answer be for 15?", ["in this case \"no\""]),
          ("So how is that different from the problem itself?",
           ["abstract question to be solved", "particular input to the problem"])],
         [("Which field counts the number of gates in a circuit?", ["circuit complexity"]),
          ("And what measure does parallel computing look at?", ["number of processors"]),
          ("Which kind of complexity looks at how much data gets exchanged?", ["communication complexity"])],
         [("Why is the Turing machine the go-to model in complexity theory?",
           ["easy to analyze mathematically", "as powerful as any other model of computation"]),
          ("When do some kinds of them become more powerful than others?",
           ["when resources (such as time or space) are bounded"]),
          ("Can one model be converted into another?", ["without providing any extra computational power"])],
         [("Is it true that you can't express a function problem as a yes/no question?",
           ["can be recast as decision problems"]),
          ("Can you give an example of recasting one?", ["multiplication of two integers"]),
          ("Which triples make up that set?", ["a × b = c"])],
        ],
        # Pair 1: searched "Germany", "kilometres", "km", "route", "shortest", "length", "tour", "round trip": para 4
        #   asks whether there is "a route of at most 2000 kilometres passing through all of Germany's 15 largest
        #   cities" and says the answer to this instance "is of little use"; no length or answer is given.
        # Pair 2: searched "adjacency", "matrix", "matrices", "lists", "compact", "smaller", "sparse", "space",
        #   "size": para 5 says graphs "can be encoded directly via their adjacency matrices, or by encoding their
        #   adjacency lists in binary"; the two are never compared.
        # Pair 3: searched "random bits", "random", "randomness", "source", "generator", "physical", "coin": para 13
        #   says a probabilistic machine has "an extra supply of random bits" and that algorithms using them are
        #   randomized; nothing on where the bits come from.
        # Pair 4: searched "pivot", "pivoting", "choose", "chosen", "median", "random", "quicksort": para 20 only says
        #   "The best case occurs when each pivoting divides the list in half"; how the pivot is picked is never
        #   described.
        [("What's the Germany example in the complexity article about?",
          "How many kilometres is the shortest such tour?"),
         ("How can a graph be turned into a bitstring input?", "Which of those two encodings takes less space?"),
         ("Which bits does a probabilistic machine get an extra supply of?",
          "Where do those random bits come from physically?"),
         ("For quicksort, what kind of pivoting gives the best case?", "How is the pivot usually chosen?")]),
}

# A seventeenth set on the development articles (written 2026-12-06, stop 99), drafted blind from the second half.
SEVENTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("At which Norman abbey did they start writing musical notes as letters?", ["Fécamp"]),
          ("Who was in charge there when that happened?", ["William of Volpiano", "John of Ravenna"]),
          ("Do people still use that system today?",
           ["English- and German-speaking countries", "most common form of pitch representation"])],
         [("Was Robert the Bruce of Norman stock?", ["provide some future kings", "traced back to Norman ancestry"]),
          ("Who opened the door to them in the first place?", ["King David I of Scotland", "David I"]),
          ("Who was he fighting to get the crown?", ["Máel Coluim mac Alaxandair", "his half-brother"])],
         [("Which two Norman generals did Richard the Lionheart make governors of Cyprus?",
           ["Richard de Camville", "Robert de Thornham"]),
          ("Did taking Cyprus make Richard any money?", ["significant financial gains"]),
          ("And what happened to Isaac, the island's ruler, when he surrendered?", ["confined with silver chains"])],
         [("What islands off Africa did a Norman noble conquer in the early 1400s?",
           ["Lanzarote, Fuerteventura and El Hierro", "Canarian islands"]),
          ("Who co-led it with him?", ["Gadifer de la Salle"]),
          ("Which colonists reinforced their troops later?", ["Castilian colonists"])],
        ],
        # Pair 1: searched "Bayeux", "tapestry", "museum", "kept", "displayed", "today", "housed", "exhibit": the text
        #   says Odo commissioned it and Kent natives made it, but nothing about where it is now.
        # Pair 2: searched "judges", "authored", "names", "customary", "coutumier", "transcribed": the text says the
        #   customaries were transcribed "by two judges" and dates them, but never names the judges.
        # Pair 3: searched "Sant'Eufemia", "founded", "established", "year", "century", "date": the text says the
        #   Saint-Evroul monks were patronised by Robert Guiscard and established a Latin monastery at Sant'Eufemia,
        #   with no date.
        # Pair 4: searched "siege", "Antioch", "months", "lasted", "long", "1098", "October": the text only says "the
        #   successful Siege of Antioch in 1097", with nothing on how long it lasted.
        [("Was Odo of Bayeux a churchman or a noble?", "Where is the tapestry he ordered on display now?"),
         ("In which island legal systems does old Norman law still live on?",
          "Who were the judges that first wrote it down in Latin?"),
         ("Which Norman leader looked after the Saint-Evroul monks in Italy?",
          "What year did they found that monastery?"),
         ("What year did Bohemond take Antioch?", "How long did the siege last?")]),
    "Southern_California": (
        [[("We're big hockey fans visiting next winter. Which hockey teams play in the region?",
           ["Los Angeles Kings, Anaheim Ducks", "Anaheim Ducks"]),
          ("Which baseball clubs are based there?", ["Los Angeles Dodgers", "San Diego Padres"]),
          ("Is there a pro soccer side too?", ["LA Galaxy"])],
         [("I heard SoCal used to be big farm country. What did they raise there?", ["cattle and citrus"]),
          ("What happened to the cattle and citrus farms?", ["turned into suburbs"]),
          ("And what other industries took off back in the 1920s?",
           ["motion pictures, petroleum and aircraft manufacturing", "aircraft manufacturing"])],
         [("What's special about San Diego International Airport?",
           ["busiest single runway airport in the world", "busiest single runway airport"]),
          ("Is there an airport for small private planes that's famous?",
           ["Van Nuys Airport", "busiest general aviation airport"]),
          ("Is Ontario's airport a major commercial one?", ["major commercial airports"])],
         [("Which Los Angeles business districts line Wilshire Boulevard?", ["Century City", "Westwood"]),
          ("And which of those is out in the San Fernando Valley?", ["Warner Center"]),
          ("Is Santa Monica also one?", ["Downtown Santa Monica"])],
        ],
        # Pair 1: searched "container", "TEU", "cargo", "tons", "volume", "year", "Long Beach": the text ranks the
        #   Port of Long Beach as the United States' second busiest container port but gives no count of containers.
        # Pair 2: searched "MLS", "2018", "team", "name", "called", "club", "Chivas": the text says a second MLS team
        #   was scheduled to return in 2018 but never names it.
        # Pair 3: searched "UCLA", "USC", "rivalry", "wins", "record", "head-to-head", "games", "series": the text
        #   only says there is a longtime rivalry between the schools, with no results.
        # Pair 4: searched "2030", "projected", "projection", "forecast", "future", "expected", "population": the text
        #   gives the 2010 Census count and 2000s growth; its only "forecast" is an earthquake forecast.
        [("We're shipping freight into Long Beach. How busy is that port?",
          "How many containers does it handle a year?"),
         ("Chivas USA got suspended, right? Is MLS bringing a new team to LA?", "What will the new team be called?"),
         ("Are the Bruins and Trojans in the same conference?", "Which school leads the all-time head-to-head?"),
         ("What was Southern California's headcount in 2010?", "What is it projected to reach by 2030?")]),
    "Computational_complexity_theory": (
        [[("Who was Boris Trakhtenbrot?", ["a pioneer in the field from the USSR", "pioneer in the field"]),
          ("When did he do that work?", ["1956"]),
          ("Who else was publishing on bounded-resource machines in the early 1960s?",
           ["John Myhill", "Raymond Smullyan", "Hisao Yamada"])],
         [("I'm reading about Karp. What was his 1972 paper called?", ["Reducibility Among Combinatorial Problems"]),
          ("Who had shown the year before that such problems exist?", ["Stephen Cook", "Leonid Levin"]),
          ("Was Levin American as well?", ["Leonid Levin in the USSR", "in the USSR"])],
         [("Do experts agree on what intractability really means in practice?", ["open to debate"]),
          ("Which problem was shown not to be in P but is often solved quickly anyway?", ["Presburger arithmetic"]),
          ("Is SAT hopeless for large inputs then?", ["routinely handle large instances"])],
         [("What does Ladner's theorem say about NP if P isn't NP?", ["neither in P nor NP-complete"]),
          ("What are those in-between problems called?", ["NP-intermediate problems", "NP-intermediate"]),
          ("Is discrete log thought to be one of them?", ["discrete logarithm problem"])],
        ],
        # Pair 1: searched "BQP", "QMA", "stands for", "bounded-error", "quantum", "polynomial time": the text only
        #   lists BQP and QMA as classes defined using quantum Turing machines and never expands the names.
        # Pair 2: searched "prize", "Millennium", "Clay", "2000", "offered", "year", "established": the text says the
        #   P versus NP problem is a Millennium Prize Problem with a US$1,000,000 prize, but gives no date for the
        #   prize.
        # Pair 3: searched "EXPTIME-hard", "EXPTIME", "example", "chess", "game", "intractable": the text says
        #   problems known to be intractable include those that are EXPTIME-hard but names no specific one.
        # Pair 4: searched "single-tape", "quadratic", "proved", "proof", "lower bound", "xx": the text says the
        #   language {xx} necessarily requires quadratic time on single-tape Turing machines, with no one credited for
        #   the proof.
        [("Which classes are defined using quantum Turing machines?", "What does BQP stand for?"),
         ("Is there prize money for cracking P versus NP?", "When was it first offered?"),
         ("Do EXPTIME-hard problems fall into the intractable group?", "Can you name a specific EXPTIME-hard problem?"),
         ("The language of strings of the form xx: what machine makes it take quadratic time?",
          "Who proved that lower bound?")]),
}

# An eighteenth set on the development articles (written 2026-12-06, stop 100), drafted blind by a helper agent.
EIGHTEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What are the two medieval law books that recorded Normandy's customary law?",
           ["Très ancien coutumier", "Grand coutumier de Normandie"]),
          ("Were they compiled by monks or by people working in the courts?", ["two judges"]),
          ("And roughly when was the later, bigger one put together?", ["between 1235 and 1245"])],
         [("My grandmother's maiden name is Murrell. Is that one of the Norman-Irish names?",
           ["Morell (Murrell)", "French Norman name Morel"]),
          ("Did those settlers keep to themselves, or did they end up going native?",
           ["more Irish than the Irish themselves", "subsumed into Irish culture"]),
          ("Are Barry and Burke Norman names as well?", ["of Norman extraction"])],
         [("Which rival did David I need Norman help against to take the Scottish crown?",
           ["Máel Coluim mac Alaxandair", "his half-brother"]),
          ("So how did he repay the Normans who backed him?", ["reward many with lands"]),
          ("Did the kings after him keep bringing them in?",
           ["most intensely of all under William the Lion", "William the Lion"])],
         [("Which Italo-Norman lord brought his nephew Tancred on the First Crusade?", ["Bohemond of Taranto"]),
          ("What big conquest did the nephew help win?", ["conquest of Jerusalem"]),
          ("Where else did he push the Crusader kingdom's borders?", ["Transjordan", "the region of Galilee"])],
        ],
        # Pair 1: searched "Bethencourt", "died", "death", "buried", "later life": the text says he conquered
        #   Lanzarote, Fuerteventura and El Hierro in 1402-05, took the title King of the Canary Islands and that his
        #   nephew sold the rights in 1418; nothing on when or how Jean himself died.
        # Pair 2: searched "Tosny", "Moor", "Moorish", "emir", "king", "Iberia", "Reconquista", "taifa": the text says
        #   Roger de Tosny travelled to Iberia in 1018 to carve a state from Moorish lands but failed; no Moorish
        #   ruler or opponent is named.
        # Pair 3: searched "Isembard", "Trinité", "composition", "survive", "manuscript", "chant", "piece", "work":
        #   the text says La Trinité-du-Mont became a centre of musical composition under Isembard; "survive" is used
        #   only for law, language and art, nothing on surviving music from there.
        # Pair 4: searched "Welsh", "Wales", "prince", "king", "resist", "Gruffydd", "leader": the text names Norman
        #   barons of the Marches (Neufmarché, Montgomery, Hugh Lupus) and says the Welsh were warred with, but names
        #   no Welsh ruler or resistance leader.
        [("Who led the expedition that took Lanzarote and Fuerteventura in the early 1400s?",
          "And when did Bethencourt himself die?"),
         ("Which Norman went to Spain in 1018 hoping to win a state of his own from the Moors?",
          "Which Moorish ruler was he up against?"),
         ("Under which abbot did La Trinité-du-Mont become known for composing music?",
          "Do any of the pieces written there still survive today?"),
         ("Which Norman barons took over the Welsh borderlands after 1066?",
          "Which Welsh prince led the fight against them?")]),
    "Southern_California": (
        [[("Which California governor signed the 1859 law to split off the southern counties?", ["John B. Weller"]),
          ("Did the people down there actually want it?", ["nearly 75% of voters"]),
          ("So why didn't the split ever go through?", ["secession crisis", "never coming to a vote"])],
         [("I fly a small private plane. Is there a big general aviation airport in the LA area?",
           ["Van Nuys Airport"]),
          ("If I'd rather skip LAX on an airline trip, can I fly into Burbank or Ontario instead?",
           ["major commercial airports at Orange County", "Ontario, Burbank and Long Beach"]),
          ("Once I land, can I catch a train from downtown LA out to Riverside?", ["Metrolink"])],
         [("My daughter wants to go to Pepperdine. Is that one of the region's private universities?",
           ["Pepperdine University"]),
          ("And Harvey Mudd, which group of colleges is that part of?", ["the Claremont Colleges"]),
          ("Is the UCLA–USC matchup a big deal?", ["longtime rivalry between the schools"])],
         [("Is 20th Century Fox headquartered in Southern California?", ["20th Century Fox"]),
          ("What about Disney, does it own a TV network too?", ["also owns ABC"]),
          ("And is Warner Brothers in the music business too?", ["major record companies"])],
        ],
        # Pair 1: searched "Transpac", "Transpacific", "days", "hours", "record", "duration", "Hawaii": the text says
        #   the annual Transpac runs from Los Angeles to Hawaii and is one of yachting's premier events; nothing on
        #   how long the crossing takes.
        # Pair 2: searched "Chivas", "suspended", "why", "because", "reason", "folded", "2014": the text says Chivas
        #   USA shared the StubHub Center with the Galaxy and was suspended after the 2014 season; no reason is given.
        # Pair 3: searched "Quiksilver", "founded", "started", "established", "since", "year", "surf companies": the
        #   text only lists Quiksilver among surf companies headquartered in southern California; no founding date or
        #   history of the company.
        # Pair 4: searched "rugby", "high school", "team", "best", "strongest", "champion", "league": the text says
        #   rugby is growing, particularly at high school level, with more schools adding it as an official sport; no
        #   school or team is named.
        [("I sail a bit. Is there a big offshore race out of LA?", "How long does the Transpac usually take?"),
         ("Which club shared the StubHub Center with the LA Galaxy?", "What made MLS drop that club?"),
         ("Is Quiksilver a Southern California company?", "When was Quiksilver started?"),
         ("My nephew plays rugby. Is it played in SoCal schools?",
          "Which high schools have the strongest rugby teams?")]),
    "Computational_complexity_theory": (
        [[("If my algorithm takes 7n² + 15n + 40 steps, what's that in big O?", ["T(n) = O(n2)", "O(n2)"]),
          ("Why is it fine to drop the constant and the smaller terms?",
           ["independent of the specific details", "hides constant factors and smaller terms"]),
          ("And if it were n^15 instead, would that still count as efficient?",
           ["unreasonable to consider it efficient", "useless except on small instances"])],
         [("What did Raymond Smullyan study in 1961?", ["rudimentary sets"]),
          ("Was anyone working on this kind of thing before 1960?",
           ["Boris Trakhtenbrot (1956)", "Boris Trakhtenbrot"]),
          ("Which country did that earlier pioneer come from?", ["from the USSR"])],
         [("How do you phrase integer factoring as a yes/no question?", ["has a factor less than k"]),
          ("Why does it matter for security that nobody can factor quickly?",
           ["modern cryptographic systems", "RSA algorithm"]),
          ("What would factoring being NP-complete mean for NP and co-NP?", ["NP will equal co-NP"])],
         [("Who is credited with getting the field to really take off in 1971?", ["Stephen Cook", "Leonid Levin"]),
          ("Was that a joint paper between them?", ["working independently"]),
          ("Who took that idea further the next year?", ["Richard Karp"])],
        ],
        # Pair 1: searched "NC", "Nick", "stand for", "named", "Boolean circuits", "AC": the text only says AC and NC
        #   are defined using Boolean circuits and that NC lies between L and P; it never expands or explains the name
        #   NC.
        # Pair 2: searched "randomized", "random bits", "probabilistic", "error", "correct", "wrong", "guarantee",
        #   "probability": the text says randomized algorithms use random bits and often solve problems more
        #   efficiently, and names BPP, ZPP and RP; nothing on whether their answers are always correct.
        # Pair 3: searched "Blum", "axioms", "axiomatic", "state", "require", "measure": the text says complexity
        #   measures are generally defined by the Blum complexity axioms and that Blum built an axiomatic theory in
        #   1967; the axioms themselves are never stated.
        # Pair 4: searched "discrete logarithm", "logarithm", "algorithm", "fastest", "best known", "run time": the
        #   text lists discrete logarithm only as believed NP-intermediate; best-known algorithms and run times are
        #   given for graph isomorphism and factoring, not for discrete logarithm.
        [("Which classes are defined with Boolean circuits?", "What does the N in NC stand for?"),
         ("What do complexity theorists mean by a randomized algorithm?",
          "Is a randomized algorithm guaranteed to give the right answer every time?"),
         ("What are the Blum complexity axioms used for?", "Can you spell out what those axioms require?"),
         ("Where does the discrete logarithm problem fit among the complexity classes?",
          "How quickly can discrete logs be computed with the best known method?")]),
}

# A nineteenth set on the development articles (written 2026-12-06, stop 101), drafted blind by a helper agent.
NINETEENTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("I heard medieval Norman monks changed how we write music down. Is any of that still in use?",
           ["system of denoting notes by letters", "most common form of pitch representation"]),
          ("Which abbey did that come out of?", ["Fécamp"]),
          ("Were the abbots running the place Normans themselves?", ["two Italian abbots"])],
         [("Which English king got killed at Hastings?", ["King Harold II", "Harold II"]),
          ("Afterwards, did the new Norman kings have to pay homage to anybody?", ["King of France"]),
          ("what about the old Viking settlers in England, did their language feed into Middle English too?",
           ["Norse language of the earlier Anglo-Norse settlers", "earlier Anglo-Norse settlers"])],
         [("From which port did Richard the Lionheart set sail for Acre in 1191?", ["Messina"]),
          ("He got sidetracked to Cyprus, right? When did he finally head on to Acre?",
           ["left for Acre on 5 June", "5 June"]),
          ("Were the governors he left behind there Englishmen?", ["two of his Norman generals"])],
         [("What title had Robert Guiscard earned before he pushed the Byzantines out of southern Italy?",
           ["count of Apulia"]),
          ("Whose permission did he have for that Balkan campaign?", ["pope Gregory VII", "Gregory VII"]),
          ("How long did the garrison at Dyrrachium manage to hold out against him?",
           ["until February 1082", "February 1082"])],
        ],
        # Pair 1: searched "Wars of Religion", "destroyed", "destruction", "edifices", "church", "churches", "abbey",
        #   "cathedral", "ruin", "burned", "lost", "named": the text says only that the Wars of Religion "caused the
        #   wanton destruction of many Norman edifices"; no particular church or building is named.
        # Pair 2: searched "sold", "price", "sum", "money", "paid", "pay", "gold", "ducats", "maravedis", "rights",
        #   "Niebla", "Guzmán", "1418": the text says only that Maciot de Bethencourt sold the rights to Enrique Pérez
        #   de Guzmán in 1418, with no price or amount.
        # Pair 3: searched "judge", "judges", "name", "named", "author", "authored", "written by", "compiled",
        #   "jurist", "Très ancien", "coutumier": the text says the customaries were transcribed in Latin "by two
        #   judges" for their colleagues, and gives dates, but never names the judges.
        # Pair 4: searched "Davidian", "Revolution", "scholar", "scholars", "historian", "coined", "term", "called",
        #   "named", "label", "who": the text says only that the process is what "some scholars call the 'Davidian
        #   Revolution'"; no scholar or originator of the term is named.
        [("Besides the Revolution, what other upheaval wrecked a lot of Norman buildings?",
          "Which Norman churches in particular were destroyed then?"),
         ("In what year did Maciot de Bethencourt give up his rights in the Canaries?",
          "What price did the Count de Niebla hand over for that deal?"),
         ("Between which years was the Très ancien coutumier written?",
          "Do we know the names of the judges who wrote it?"),
         ("What do historians call David I's drive to bring Norman ways into Scotland?", "Who coined that term?")]),
    "Southern_California": (
        [[("What portion of voters in the would-be Territory of Colorado said yes back in 1859?",
           ["nearly 75%", "nearly 75% of voters"]),
          ("Who carried the proposal's banner in the Senate?", ["Milton Latham", "Senator Milton Latham"]),
          ("What stopped Congress from ever taking it up?", ["secession crisis", "election of Abraham Lincoln"])],
         [("What newspaper tried defining the region in 1900?", ["the Los Angeles Times", "Los Angeles Times"]),
          ("How many counties did that 1900 list have?", ["the seven counties", "seven counties"]),
          ("Which county did the Times add in 1999?", ["Imperial"])],
         [("Which Riverside County cities near the 15 look as much toward San Diego as toward Riverside?",
           ["Temecula and Murrieta"]),
          ("where did new exurbs spring up north of LA?", ["the Antelope Valley", "Antelope Valley"]),
          ("What about farther north, where was population growth high?",
           ["Bakersfield-Kern County", "Santa Maria and San Luis Obispo"])],
         [("Which pro snowboarder calls SoCal home?", ["Shaun White"]),
          ("What about skateboarding, anybody famous?", ["Tony Hawk"]),
          ("Is anywhere on the planet better known for famous surf breaks?", ["the island of Oahu", "Oahu"])],
        ],
        # Pair 1: searched "Northridge", "January", "month", "17", "day", "date", "morning", "time": the text gives
        #   only the year 1994, magnitude 6.7, the destruction and the $20 billion damage estimate; no month or date.
        # Pair 2: searched "Metrolink", "year", "began", "start", "founded", "opened", "since", "1992", "service": the
        #   text says six of its seven lines run out of Downtown Los Angeles and which counties it links; no start
        #   date.
        # Pair 3: searched "San Andreas", "last", "rupture", "1857", "Fort Tejon", "occurred", "history", "past", "big
        #   one": the text says only that the San Andreas Fault "can produce a magnitude 8.0 event"; no past rupture
        #   or date is given.
        # Pair 4: searched "Kings", "Ducks", "Stanley", "Cup", "champion", "title", "won", "win", "trophy": the text
        #   only lists the Los Angeles Kings and Anaheim Ducks under NHL; "Cup" appears only for the America's Cup in
        #   yachting.
        [("Which SoCal earthquake was the costliest in American history?", "What month did it strike?"),
         ("Is there a commuter train system linking LA with the neighboring counties?",
          "What year did Metrolink start running?"),
         ("Name one fault in the region that could unleash an 8.0.", "When did it last break loose in a big way?"),
         ("Which NHL clubs call the region home?", "Has either of them ever won the Stanley Cup?")]),
    "Computational_complexity_theory": (
        [[("Can the same problem be quicker or slower depending on which kind of Turing machine you pick? Is there "
           "an example?",
           ["x is any binary string", "{xx | x is any binary string}"]),
          ("How fast can a machine with several tapes decide it?", ["linear time"]),
          ("And if you only get one tape?", ["necessarily requires quadratic time", "quadratic time"])],
         [("In the illustration of why exponential algorithms are hopeless, how many operations does the program "
           "perform before it stops?",
           ["2n operations"]),
          ("So for n = 100, what natural timescale is that run time put on a par with?",
           ["the age of the universe", "same order of magnitude as the age of the universe"]),
          ("Flip side: which polynomial running time is given as one you still couldn't call efficient?",
           ["running time is, say, n15", "say, n15"])],
         [("What is the function-problem version of P called?",
           ["function problems is FP", "corresponding set of function problems is FP"]),
          ("Is there a catch-all class holding every yes/no question at once?",
           ["ALL is the class of all decision problems", "class of all decision problems"]),
          ("What about IP and AM — what are they built on?", ["Interactive proof systems"])],
         [("Say P and NP turn out to be the same class. Which OR problems would get faster solutions?",
           ["integer programming problems", "various types of integer programming problems"]),
          ("What about biology?", ["protein structure prediction"]),
          ("And what new ability would it hand to people doing maths?",
           ["find formal proofs of pure mathematics theorems", "formal proofs of pure mathematics theorems"])],
        ],
        # Pair 1: searched "invent", "Pollard", "Lenstra", "devised", "developed", "who", "sieve": the text only names
        #   the general number field sieve as the best known factoring algorithm and gives its running time; no
        #   inventor or origin is given.
        # Pair 2: searched "university", "Berkeley", "Harvard", "institute", "worked", "professor", "Karp": the text
        #   gives Karp's 1972 paper title and its 21 NP-complete problems, but not where he worked (only Clay
        #   Mathematics Institute appears, for the prize).
        # Pair 3: searched "born", "birth", "age", "died", "life", "19xx years", "Trakhtenbrot", "USSR": the text says
        #   only that Boris Trakhtenbrot (1956), a pioneer from the USSR, studied a specific complexity measure; no
        #   birth year or biography is given.
        # Pair 4: searched "Conway", "Game of Life", "invent", "created", "1970", "year", "cellular automata": the
        #   text lists Conway's Game of Life only among models a Turing machine can compute; it gives no date or
        #   origin for it.
        [("Non-quantum, what's the quickest known way to split a number into its prime factors?",
          "Who came up with that method?"),
         ("Who pushed the NP-completeness idea further in 1972 by showing 21 combinatorial problems belong to that "
          "class?",
          "Where was Karp employed back then?"),
         ("Back in 1956, which Soviet researcher was already looking at a specific measure of complexity?",
          "What year was that pioneer born?"),
         ("Is Conway's Game of Life one of the models whose computations a Turing machine can reproduce?",
          "What year did Conway come up with the Game of Life?")]),
}

# A twentieth set on the development articles (written 2026-12-07, stop 102), drafted blind by helper agents.
TWENTIETH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Did any Norman soldier out in the Byzantine east try to carve out a state of his own?",
           ["Roussel de Bailleul"]),
          ("Who stopped him?", ["Alexius Komnenos", "Byzantine general Alexius Komnenos"]),
          ("Was he doing it all on his own, or did people there back him?", ["support from the local population"])],
         [("Where did that Norman called Oursel take his band of fighters?",
           ["upper Euphrates valley", "northern Syria"]),
          ("Whose army did his old troops end up joining?",
           ["Philaretus Brachamius", "the Armenian general Philaretus Brachamius"]),
          ("I read they had a castle whose name gave away where they came from. What was it called?", ["Afranji"])],
         [("Of the kings after David I, which one kept up his Norman policy most intensely?", ["William the Lion"]),
          ("Did any later royal line come out of those Norman-descended families?",
           ["House of Stewart", "Robert the Bruce"]),
          ("What about the Sinclairs, are they Norman too?", ["Sinclair"])],
         [("How quickly did the Lionheart's crusaders manage to conquer all of Cyprus in 1191?",
           ["By 1 June", "1 June"]),
          ("Had the English king actually set out meaning to invade it?", ["not part of a planned operation"]),
          ("Who commanded Richard's troops on the ground there?", ["Guy de Lusignan"])],
        ],
        # Pair 1: searched "Hervé", "battle", "fought", "victory", "won", "campaign", "command": the text names Hervé
        #   only once, as one of the first Norman mercenaries to serve as a Byzantine general in the 1050s; none of
        #   his battles or deeds is given.
        # Pair 2: searched "Berengaria", "married", "marriage", "wedding", "wife", "queen", "fiancée": the text calls
        #   Berengaria Richard's fiancée, anchored off Cyprus with his sister; it never says whether or where they
        #   married (the only marriage offer mentioned is Isaac's daughter).
        # Pair 3: searched "Salerno", "ivory", "ivorywork", "museum", "display", "today", "survive", "preserved": the
        #   text says Lombard Salerno was a centre of ivorywork in the 11th century that continued under the Normans;
        #   it says nothing of where any of those ivories are kept now.
        # Pair 4: searched "Crispin", "Edessa", "Turks", "defeat", "victory", "won", "lost", "killed", "outcome": the
        #   text says only that in the 1060s Robert Crispin led the Normans of Edessa against the Turks; no result is
        #   given.
        [("Who was Hervé, in the story of the Normans in Byzantium?", "What battles did he fight in?"),
         ("What was the name of Richard's bride-to-be on the Third Crusade?",
          "So where did the two of them end up tying the knot?"),
         ("What kind of craft was Salerno famous for under the Normans?",
          "Are any of those pieces on show in a museum today?"),
         ("What did Robert Crispin do in the 1060s?", "Did it go well for him?")]),
    "Southern_California": (
        [[("Who were squabbling over north versus south back in the Mexican era?",
           ["Californios of Monterey", "Los Angeles in the lower part"]),
          ("And after the Americans took over, where did the pro-slavery side want to cut it?",
           ["36 degrees, 30 minutes", "line of the Missouri Compromise"]),
          ("What stopped that from happening?", ["Compromise of 1850"])],
         [("Roughly how much of the state would the 1859 breakaway territory have covered?",
           ["up to the then much larger Tulare County", "Tulare County"]),
          ("Wait, Tulare used to be bigger? What did it include?", ["Kings, most of Kern, and part of Inyo"]),
          ("Did the legislature actually sign off on it?", ["passed by the California State Legislature"])],
         [("What's the headcount for Greater LA these days?", ["17,786,419", "over 17.5 million"]),
          ("Which counties get lumped into it?", ["Los Angeles, Orange, Riverside, San Bernardino, and Ventura"]),
          ("And what metro areas sit just north of it?",
           ["Santa Barbara, San Luis Obispo, and Bakersfield metropolitan areas", "Santa Barbara, San Luis Obispo, and Bakersfield"])],
         [("I know LA has movies, but do the big studios there also do music?",
           ["Universal, Warner Brothers, and Sony", "major record companies"]),
          ("Does Paramount have its headquarters there as well?", ["Paramount Pictures"]),
          ("And that famous film district, is it a city of its own?", ["a district within Los Angeles"])],
        ],
        # Pair 1: searched "Puente", "rupture", "slip", "last", "recent", "year", "date", "earthquake": the Puente
        #   Hills Fault is only named in a list of "other faults" after those able to produce a magnitude 6.7+ quake;
        #   the only dated quake (1994 Northridge) is not tied to any fault.
        # Pair 2: searched "Caltech", "Institute of Technology", "student", "students", "enrollment", "enrolled",
        #   "size", "number": the text only lists the California Institute of Technology among the Tech Coast's
        #   private institutions, with no student numbers for any school.
        # Pair 3: searched "Volcom", "headquartered", "Costa Mesa", "city", "town", "based", "office": the text says
        #   Volcom, Quiksilver, No Fear, RVCA, and Body Glove "are all headquartered here" (southern California) and
        #   names no city.
        # Pair 4: searched "Chargers", "Super Bowl", "champion", "championship", "title", "won", "win", "NFL": the
        #   text only lists the San Diego Chargers as an NFL team in the region; no results or titles are given.
        [("Is the Puente Hills Fault one of the dangerous ones there?", "When did that fault last slip?"),
         ("I'm looking at Caltech and Pepperdine, are those counted as part of the Tech Coast?",
          "How many students attend Caltech?"),
         ("Is Volcom a SoCal company?", "Which town is its headquarters in?"),
         ("Is there a pro football team in San Diego?", "Have they ever won a Super Bowl?")]),
    "Computational_complexity_theory": (
        [[("So if nobody can factor big numbers quickly, what real-world stuff relies on that?",
           ["modern cryptographic systems", "RSA algorithm"]),
          ("Shor's quantum method is fast, but does that tell us where factoring sits for ordinary computers?",
           ["doesn't say much"]),
          ("Are there other famous problems people suspect sit in the same in-between spot as factoring?",
           ["graph isomorphism problem", "discrete logarithm problem"])],
         [("If the big P vs NP question got a yes answer, who'd benefit in the real world?",
           ["more efficient solutions", "protein structure prediction"]),
          ("What about logistics or operations research?",
           ["integer programming problems", "many problems in logistics"]),
          ("Could it help mathematicians find proofs?", ["formal proofs of pure mathematics theorems"])],
         [("I saw a tour of Germany's 15 largest cities used as an example. How far is the trip allowed to be?",
           ["at most 2000 kilometres", "2000 kilometres"]),
          ("And the Milan one?", ["at most 10 km"]),
          ("Then what does the field actually look at, if not individual cases?",
           ["computational problems and not particular problem instances", "addresses computational problems"])],
         [("Are BPP, ZPP and RP tied to randomness somehow?", ["probabilistic Turing machines"]),
          ("What about AC and NC?", ["Boolean circuits"]),
          ("And is there one that covers absolutely all yes/no problems?",
           ["ALL is the class of all decision problems"])],
        ],
        # Pair 1: searched "Levin", "paper", "title", "published", "journal", "1971", "USSR": the text says only that
        #   Leonid Levin in the USSR, working independently of Cook, proved in 1971 that practically relevant NP-
        #   complete problems exist; it titles Karp's and Hartmanis-Stearns's papers but gives no title for Levin's
        #   work.
        # Pair 2: searched "tape", "tapes", "two", "multi-tape", "single-tape": the text says {xx | x is any binary
        #   string} is linear-time on a multi-tape Turing machine and quadratic on a single-tape one; it never says
        #   how many tapes are needed.
        # Pair 3: searched "RSA", "Rivest", "Shamir", "Adleman", "invent", "cryptograph", "designed": the text says
        #   only that the lack of an efficient factoring algorithm underlies modern cryptographic systems such as the
        #   RSA algorithm; nothing on who created RSA.
        # Pair 4: searched "Turing", "1936", "university", "Cambridge", "Princeton", "King's", "college", "worked":
        #   the text says Alan Turing defined Turing machines in 1936; it names no institution he was at.
        [("Cook had a Soviet counterpart who found the same thing on his own. Who was it?",
          "What was Levin's paper titled?"),
         ("Which problem is linear on a multi-tape machine but quadratic on a single-tape one?",
          "How many tapes does the multi-tape machine need for it?"),
         ("Does RSA depend on some unsolved problem being hard?", "Who invented RSA?"),
         ("How far back does the Turing machine idea go?", "Which university was Turing at back then?")]),
}

# A twenty-first set on the development articles (written 2026-12-07, stop 103), drafted blind by helper agents.
TWENTY_FIRST_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Which Viking headed the band that got Normandy from the French king?", ["Rollo"]),
          ("Which monarch agreed terms with him?", ["King Charles III", "Charles III of West Francia"]),
          ("What year did that deal create the duchy?", ["911"])],
         [("Where was the system of naming notes with letters worked out?", ["Fécamp"]),
          ("Which pair of Italian abbots ran the place when that happened?",
           ["William of Volpiano and John of Ravenna"]),
          ("Is that system still in use?",
           ["still the most common form of pitch representation", "still the most common form"])],
         [("In what year did the Conqueror ride north against the Scots?", ["1072"]),
          ("How far did he ride?", ["as far as Abernethy", "Abernethy"]),
          ("Who did Malcolm have to give up as a hostage?", ["his son Duncan", "Duncan"])],
         [("Which English king grabbed Cyprus on his way to the Holy Land?", ["Richard the Lion-hearted"]),
          ("Why did he stop there at all?", ["a storm dispersed the fleet", "boat carrying his sister"]),
          ("Which crusader prince showed up there to back him?", ["Guy de Lusignan"])],
        ],
        # Pair 1: searched "merchants", "Venetian", "Amalfitan", "reward", "return", "paid", "privilege", "betrayed":
        #   Dyrrachium was betrayed to the Normans in February 1082 by the Venetian and Amalfitan merchants who had
        #   settled there; nothing on what they gained.
        # Pair 2: searched "Jumièges", "Canterbury", "archbishop", "years", "until", "exile": Edward appointed Robert
        #   of Jumièges archbishop of Canterbury; no dates or length of tenure (Jumièges elsewhere is only a
        #   monastery).
        # Pair 3: searched "ivory", "ivorywork", "Salerno", "casket", "piece", "survive": Lombard Salerno was a centre
        #   of ivorywork in the 11th century, continuing under Norman rule; no individual ivory works are named.
        # Pair 4: searched "Malatya", "Edessa", "garrison", "thousand", "8,000", "number", "how many": Normans were
        #   based at Malatya and Edessa under Isaac Komnenos; the only troop counts (8,000 of 20,000) concern
        #   Philaretus Brachamius's army in 1073-74, not these garrisons.
        [("Whose treachery opened the gates of Dyrrachium to Guiscard's army?",
          "What did those merchants get in return?"),
         ("Which Norman cleric did the Confessor put in charge at Canterbury?",
          "How long did Robert of Jumièges hold that post?"),
         ("What craft was Lombard Salerno known for?", "Can you name any ivory pieces made there?"),
         ("Under Isaac Komnenos, which towns were the Norman hired swords stationed in?",
          "How many of them were posted there?")]),
    "Southern_California": (
        [[("Roughly how often does the ground shake down there in a year?", ["about 10,000", "10,000 earthquakes"]),
          ("Do people actually feel most of them?", ["not felt", "so small that they are not felt"]),
          ("Which one caused the worst property damage?", ["1994 Northridge earthquake", "Northridge earthquake"])],
         [("What was the final try by the southern counties to break away from Northern California?",
           ["the Pico Act of 1859", "Pico Act"]),
          ("Who put his signature on it?", ["John B. Weller"]),
          ("So why didn't Congress ever vote on it?", ["secession crisis"])],
         [("Which harbor handles the most commercial shipping in the US?", ["Port of Los Angeles"]),
          ("And the one right next door?", ["Port of Long Beach"]),
          ("What is that one ranked for?", ["second busiest container port"])],
         [("Did a SoCal club ever hold sailing's most prestigious trophy?", ["San Diego Yacht Club"]),
          ("For how many years did they keep it?", ["from 1988 to 1995", "1988 to 1995"]),
          ("How many Cup races did they host in that time?", ["three America's Cup races"])],
        ],
        # Pair 1: searched "passenger", "million", "annually", "per year", "traffic", "LAX": Los Angeles International
        #   is called the second-busiest US airport by passenger volume and third by international passenger volume;
        #   no passenger count is given.
        # Pair 2: searched "San Andreas", "last", "1857", "rupture", "fault", "19": the San Andreas Fault can produce
        #   a magnitude 8.0 event; the only dated quake is the 1994 Northridge one, not tied to any fault.
        # Pair 3: searched "Pendleton", "acres", "square", "miles", "size", "base", "Marine": Camp Pendleton is named
        #   once as the main gap to urbanization along Interstate 5; no size (the only "miles" figure is the midpoint
        #   near San Jose).
        # Pair 4: searched "housing", "price", "percent", "%", "home", "value", "crash": the region was a leader in
        #   the 2001–2007 housing bubble and was heavily impacted by the crash; no price change is given (the only
        #   percents are population shares and growth).
        [("How does Los Angeles International compare with other American airports for traffic?",
          "How many people fly through LAX annually?"),
         ("How strong a quake could the San Andreas throw at the region?", "When did it last rip?"),
         ("Which base stands in the way of more building along the I-5 heading south?", "How big is Camp Pendleton?"),
         ("Was SoCal caught up in the 2000s housing boom?", "How much did home prices fall there?")]),
    "Computational_complexity_theory": (
        [[("What abstract device do people in this field mostly use to reason about computation?", ["Turing machine"]),
          ("Why is that the favorite?",
           ["easy to analyze mathematically", "as powerful as any other model of computation"]),
          ("Whose 1936 work defined it?", ["Alan Turing"])],
         [("Squaring a number can be reduced to which other problem?", ["multiplying two integers", "multiplication"]),
          ("How would you actually do that?",
           ["giving the same input to both inputs", "same input to both inputs of the multiplication algorithm"]),
          ("So which of the two is harder?",
           ["squaring is not more difficult than multiplication", "not more difficult than multiplication"])],
         [("If you write 7n^2 + 15n + 40 in big O, what do you get?", ["O(n2)"]),
          ("Why do people bother with that notation?", ["hides constant factors and smaller terms"]),
          ("What does dropping those terms buy you?",
           ["independent of the specific details of the computational model", "independent of the specific details"])],
         [("Does anyone have an efficient way to break a number into primes?",
           ["No efficient integer factorization algorithm is known", "No efficient integer factorization algorithm"]),
          ("What about on a quantum computer?", ["Shor's algorithm"]),
          ("Does that one run in polynomial time?", ["does run in polynomial time"])],
        ],
        # Pair 1: searched "rudimentary", "Smullyan", "set", "defined", "means": Raymond Smullyan's study of
        #   rudimentary sets (1961) is named in a list of early papers; what rudimentary sets are is never explained.
        # Pair 2: searched "quicksort", "invent", "Hoare", "devised", "introduced", "who": quicksort is described as a
        #   deterministic sorting algorithm with its worst, average and best cases; no inventor or date.
        # Pair 3: searched "Trakhtenbrot", "measure", "1956", "USSR", "remembers": Boris Trakhtenbrot (1956), a USSR
        #   pioneer, "studied another specific complexity measure", which is left unnamed (the quote after "As he
        #   remembers:" is missing).
        # Pair 4: searched "Cook", "paper", "title", "1971", "called", quoted titles: Cook and Levin independently
        #   proved in 1971 that practically relevant NP-complete problems exist; the only titled papers are Hartmanis
        #   and Stearns's and Karp's.
        [("Who studied rudimentary sets in 1961?", "What exactly are rudimentary sets?"),
         ("Which sorting method is used as the example for best, worst and average case?", "Who invented quicksort?"),
         ("Who's the Soviet pioneer mentioned from 1956?", "Which measure did he look at?"),
         ("Who worked on NP-completeness in the USSR at the same time as Cook?", "What was Cook's paper called?")]),
}

# A twenty-second set on the development articles (written 2026-12-07, stop 104), drafted blind by helper agents.
TWENTY_SECOND_OTHER_DOCUMENTS = {
    "Normans": (
        [[("What happened when Bohemond went back to Albania in 1107?", ["besieged Dyrrachium", "to no avail"]),
          ("Whose side were the locals on this time?",
           ["the Albanians sided with the Normans", "sided with the Normans"]),
          ("Why did they switch?", ["heavy taxes"])],
         [("Before the Crusades, were Norman knights already battling Muslims somewhere?",
           ["Reconquista in Iberia", "Reconquista"]),
          ("Who tried to grab land there first?", ["Roger de Tosny"]),
          ("Did it work?", ["but failed"])],
         [("Who bought the rights to the Canaries in 1418?", ["Enrique Pérez de Guzmán", "2nd Count de Niebla"]),
          ("Who sold them?", ["Maciot de Bethencourt"]),
          ("How was he related to the man who conquered the islands?", ["Jean's nephew", "nephew"])],
         [("What's in the royal treasure kept in Palermo?", ["the crown is Byzantine in style", "coronation cloak"]),
          ("Who made the cloak?", ["Arab craftsmanship"]),
          ("What's written on it?", ["Arabic inscriptions"])],
        ],
        # Pair 1: searched "peace", "treaty", "terms", "agreed", "Deabolis", "Devol": the text only says Bohemond had
        #   to "sign a peace treaty with the Byzantines in the city of Deabolis"; it gives no terms.
        # Pair 2: searched "fled", "flee", "why", "because", "reason", "Grantmesnil", "Saint-Evroul": the text says
        #   several monks fled to southern Italy under abbot Robert de Grantmesnil and were patronised by Robert
        #   Guiscard, with no reason for leaving.
        # Pair 3: searched "Morell", "Murrell", "Morel", "common", "people", "today", "number": the text says Morell
        #   (Murrell) was a common Norman-Irish name derived from Morel, with no count of bearers today.
        # Pair 4: searched "Roussel", "Bailleul", "captured", "prison", "died", "later", "after": the text only says
        #   Roussel tried to carve out a state in Asia Minor and was stopped by Alexius Komnenos; nothing on what
        #   became of him.
        [("How did Bohemond's 1107 push into Albania wrap up?", "What were the terms of that peace?"),
         ("Which abbot was in charge when some Saint-Evroul brothers went south?", "Why had they left?"),
         ("Which Irish name comes from the French name Morel?", "How many people carry that surname today?"),
         ("Which Byzantine general stopped Roussel de Bailleul?", "What happened to Roussel after that?")]),
    "Southern_California": (
        [[("My cousin rides Metrolink to work every day; how many routes does that train network have?",
           ["seven lines"]),
          ("Where do most of them start from?", ["Downtown Los Angeles"]),
          ("What about the odd one out?",
           ["connecting San Bernardino, Riverside, and Orange counties directly", "Orange counties directly"])],
         [("Before everything turned into housing tracts, what did the land there produce?", ["cattle and citrus"]),
          ("Hmm, and how long have film and oil been the big money-makers?", ["Since the 1920s", "1920s"]),
          ("What else besides those two?", ["aircraft manufacturing"])],
         [("I'm into surfing. Which labels come out of that area?", ["Volcom", "Quiksilver"]),
          ("Who's the famous skater who lives there?", ["Tony Hawk"]),
          ("And which snowboarder?", ["Shaun White"])],
         [("What kind of weather should I expect in SoCal in July?", ["Summers are hot and dry", "hot and dry"]),
          ("What about winter temps?", ["70-50's", "a bit warm or mild and wet"]),
          ("Any chance of flurries at all?", ["snow is very rare"])],
        ],
        # Pair 1: searched "aerospace", "aircraft", "Boeing", "Lockheed", "Northrop", "company", "companies": the text
        #   says aircraft manufacturing has been a major industry since the 1920s and aerospace is still a major
        #   factor, but names no aircraft firms.
        # Pair 2: searched "Northridge", "1994", "morning", "a.m.", "time", "January", "night": the text gives the
        #   1994 Northridge quake's magnitude 6.7 and over $20 billion damage, nothing on when in the day it struck.
        # Pair 3: searched "midway", "midpoint", "37°", "monument", "marker", "sign", "landmark": the text says the
        #   north-south midway point is at 37° 9' 58.23" latitude about 11 miles south of San Jose, with no mention of
        #   anything placed there.
        # Pair 4: searched "students", "enrollment", "largest", "biggest", "size", "Caltech", "Pepperdine": the text
        #   lists the private institutions (Caltech, Chapman, the Claremont Colleges, USC and others) but gives no
        #   student numbers.
        [("Which industry still matters there despite defense cuts?", "Which firms actually make the aircraft?"),
         ("What was the biggest quake there in recent memory, cost-wise?", "What time of day did it hit?"),
         ("Where exactly is the state's halfway point north to south?", "Is there a monument there?"),
         ("Name a few private colleges in the region.", "Which of those has the most students?")]),
    "Computational_complexity_theory": (
        [[("What's the worst thing you can feed quicksort?",
           ["sorted or sorted in reverse order", "sorted in reverse order"]),
          ("How slow does it get then?", ["takes time O(n2)", "O(n2)"]),
          ("And on a typical shuffled list?", ["sorting is O(n log n)", "O(n log n)"])],
         [("How do you get a computer to handle a graph if it only understands 0s and 1s?",
           ["adjacency matrices", "adjacency lists in binary"]),
          ("What about plain integers?", ["binary notation"]),
          ("And what alphabet do all these inputs end up in?", ["the binary alphabet", "{0,1}"])],
         [("Is every problem outside P hopeless in real life?",
           ["does not imply that all large cases", "open to debate"]),
          ("Give me an example that's still doable most of the time.", ["Presburger arithmetic"]),
          ("And the knapsack thing?", ["less than quadratic time"])],
         [("Was anyone measuring how hard problems are back in the 1950s?", ["Boris Trakhtenbrot"]),
          ("Where was he from?", ["the USSR"]),
          ("When?", ["Boris Trakhtenbrot (1956)", "1956"])],
        ],
        # Pair 1: searched "Blum", "1967", "university", "teaching", "professor", "MIT", "Berkeley", "worked": the
        #   text only says Manuel Blum developed an axiomatic complexity theory in 1967 and proved the speed-up
        #   theorem, with no place of work.
        # Pair 2: searched "n15", "polynomial", "practical", "example", "algorithm", "useless": the text says a
        #   running time of, say, n15 would be unreasonable to call efficient, a hypothetical, and names no real
        #   algorithm that slow.
        # Pair 3: searched "Karp", "1972", "conference", "symposium", "journal", "published", "presented": the text
        #   gives the title "Reducibility Among Combinatorial Problems" and its 21 NP-complete problems, nothing on
        #   where it appeared.
        # Pair 4: searched "Babai", "Luks", "year", "published", "19", "20", "discovered": the text gives only the run
        #   time of the Babai–Luks graph isomorphism algorithm, with no date.
        [("That so-called speed-up result, whose was it?", "Where was he teaching then?"),
         ("Can a polynomial-time program still be useless?", "Which real algorithms actually run that slowly?"),
         ("Whose 1972 paper pushed the NP-complete idea much further?", "Was it presented at a conference?"),
         ("Which two researchers hold the best algorithm for comparing graph shapes?",
          "Roughly what decade did those two work it out?")]),
}

# A twenty-third set on the development articles (written 2026-12-07, stop 104), drafted blind by helper agents.
TWENTY_THIRD_OTHER_DOCUMENTS = {
    "Normans": (
        [[("Which Norman count of Apulia kicked the Byzantines out of the Italian south?", ["Robert Guiscard"]),
          ("Roughly how big was the force he shipped across to Albania?", ["30,000 men", "army of 30,000"])],
         [("My surname is Furlong. Which Irish county is that common in?", ["County Wexford"]),
          ("Is that where the first Norman settlements were?",
           ["where the first Norman settlements were established"])],
         [("Which Norman noble took Lanzarote and Fuerteventura?", ["Jean de Bethencourt"]),
          ("Whose vassal was he?", ["Henry III of Castile"])],
        ],
        # Pair 1: searched "Rollo", "age", "old", "born", "young", "years": the text names Rollo as the Viking ruler
        #   of the 911 treaty of Saint-Clair-sur-Epte and describes the lands between the Epte and the Atlantic coast
        #   he received; his age or birth is never given.
        # Pair 2: searched "Tancred", "Jerusalem", "1099", "year", "conquest", "captured", "fell": the text says only
        #   that Tancred was instrumental in the conquest of Jerusalem and worked to expand the Crusader kingdom in
        #   Transjordan and Galilee; no date for the conquest (the nearest dates are 1096 and the 1097 Siege of
        #   Antioch).
        # Pair 3: searched "Camville", "Thornham", "governor", "governed", "years", "380", "long": the text says
        #   Richard named the two as governors of Cyprus before leaving for Acre on 5 June 1191, and that the island
        #   stayed under Western European domination for 380 years; nothing on how long either governor held office.
        # Pair 4: searched "Bohemond", "principality", "Antioch", "territory", "area", "size", "extent", "square": the
        #   text says Bohemond began carving out an independent principality around Antioch after the 1097 siege (and
        #   earlier that he founded the Principality of Antioch in the Levant); its size or extent is not given.
        # Pair 5: searched "Palermo", "crown", "regalia", "crowned", "coronation", "Roger", "king": the text says of
        #   the regalia preserved in Palermo that the crown is Byzantine in style and the coronation cloak is of Arab
        #   craftsmanship; no ruler is named as having worn or been crowned with them (Roger II appears only as
        #   founder of the Kingdom of Sicily).
        [("Which Viking got the lands between the Epte and the sea?", "How old was he at the time of that deal?"),
         ("What was Tancred's role in the Crusade?", "When did he help take Jerusalem?"),
         ("Quick one on the Lionheart's 1191 adventure: which pair of his generals ended up as island governors?",
          "Which of the two held the post longer?"),
         ("What did the crusader Bohemond set up for himself after his 1097 victory?",
          "How much territory did it end up covering?"),
         ("In the royal regalia kept at Palermo, what style is the crown?", "Which ruler was crowned in it?")]),
    "Southern_California": (
        [[("Roughly how many tremors hit the SoCal area every year, felt or not?",
           ["about 10,000 earthquakes", "10,000 earthquakes"]),
          ("How many of those top magnitude 4?", ["about 15–20", "15–20"])],
         [("The 1859 breakaway bill that the governor signed - what was it called?",
           ["Pico Act of 1859", "the Pico Act"]),
          ("Which senator championed it in D.C.?", ["Milton Latham"])],
         [("What nickname describes SoCal's tech and research base?", ["The Tech Coast"]),
          ("Does that include Caltech?", ["California Institute of Technology"])],
        ],
        # Pair 1: searched "Tehachapi", "mountains", "range", "crest", "feet", "elevation", "high", "peak": the text
        #   uses Point Conception and the Tehachapi Mountains as one northern boundary and mentions the crest of that
        #   transverse range; no height or elevation is given.
        # Pair 2: searched "Wedge", "waves", "feet", "height", "big", "size", "swell": the text lists The Wedge among
        #   legendary surf spots (Trestles, Rincon, Huntington Beach, Malibu); no wave heights are given.
        # Pair 3: searched "UCLA", "USC", "rivalry", "series", "wins", "record", "leads", "ahead": the text says the
        #   UCLA Bruins and USC Trojans play in the Pac-12 and have a longtime rivalry; no results or series record.
        # Pair 4: searched "San Diego International Airport", "runway", "length", "feet", "meters", "long": the text
        #   calls it the busiest single runway airport in the world; the runway's length is not given.
        # Pair 5: searched "1900", "Los Angeles Times", "Times", "editor", "wrote", "defined", "author": the text says
        #   in 1900 the Times defined southern California as seven counties and in 1999 added Imperial; no person at
        #   the paper is named.
        [("What mountains mark one version of SoCal's northern edge?", "How high are they?"),
         ("Where can you catch legendary waves in SoCal?", "How big do the waves get at The Wedge?"),
         ("Which two universities' teams are longtime rivals in SoCal?", "Who's ahead in the all-time series?"),
         ("Which airport in San Diego holds a world record?", "What is its single runway's length?"),
         ("How many counties did the LA Times count as SoCal in 1900?", "Which editor came up with it?")]),
    "Computational_complexity_theory": (
        [[("Say I have a graph and want a yes/no question about it - what's the textbook example?",
           ["whether the given graph is connected"]),
          ("What formal language goes with it?", ["the set of all connected graphs"])],
         [("Big O wise, how badly does quicksort do on reverse-sorted input?", ["O(n2)"]),
          ("What if every permutation is equally likely?", ["O(n log n)"])],
         [("Solve P versus NP and you pocket how much?", ["US$1,000,000", "$1,000,000 prize"]),
          ("Which organization is offering it?", ["Clay Mathematics Institute"])],
        ],
        # Pair 1: searched "traveling salesman", "Germany", "15 largest cities", "Berlin", "Hamburg", "Munich",
        #   "cities": the text gives the instance "a route of at most 2000 kilometres passing through all of Germany's
        #   15 largest cities" and a Milan example; no city of Germany is named.
        # Pair 2: searched "SAT solvers", "variables", "clauses", "million", "large instances", "size": the text says
        #   SAT solvers routinely handle large instances of the NP-complete Boolean satisfiability problem; no size or
        #   count of variables is given.
        # Pair 3: searched "Presburger", "shown", "proved", "Fischer", "Rabin", "who": the text says the decision
        #   problem in Presburger arithmetic has been shown not to be in P, in the passive voice; nobody is named as
        #   having shown it.
        # Pair 4: searched "Cook", "university", "Toronto", "Berkeley", "professor", "institution", "worked": the text
        #   calls Stephen Cook a US researcher who in 1971 proved practically relevant problems NP-complete,
        #   independently of Leonid Levin in the USSR; no institution is named.
        # Pair 5: searched "Turing", "1936", "old", "age", "born", "young": the text says Alan Turing defined Turing
        #   machines in 1936; his age is not given, and no birth year to work it out from.
        [("The salesman example in the article involves a route through which country?",
          "Which cities would that include?"),
         ("Practically speaking, do NP-complete problems like satisfiability get solved at scale?",
          "How many variables can they handle?"),
         ("Name a decision problem that's outside P yet algorithms handle it reasonably fast most of the time.",
          "Who showed it isn't in P?"),
         ("Who was the American who proved NP-completeness in 1971?", "Which university did Cook work at?"),
         ("What foundation did Alan Turing lay in 1936?", "How old was the mathematician at the time?")]),
}

# A twenty-fourth set on the development articles (written 2026-12-07, stop 105), drafted blind by helper agents.
TWENTY_FOURTH_OTHER_DOCUMENTS = {
    "Normans": (
        [[("ok the first Viking colonies from the 880s, which districts out east were they in?",
           ["Roumois and Pays de Caux"]),
          ("and the western ones?", ["Cotentin Peninsula"]),
          ("what kept those two groups apart?", ["traditional pagii"])],
         [("remind me of that saying about how Irish the Normans in Ireland ended up",
           ["more Irish than the Irish themselves"]),
          ("what does the Fitz in a name like Fitzgerald actually mean?", ["the Norman for son"]),
          ("ok and the eastern patch of Ireland they mostly settled, what did it get called later?", ["the Pale"])],
         [("quick one: which German abbot turned a Norman abbey into a place for composing music?",
           ["the German abbot Isembard", "abbot Isembard"]),
          ("which abbey was he running?", ["La Trinité-du-Mont"]),
          ("and apart from letter names for notes, what else was first taught at Fécamp?",
           ["the staff", "neumes were oriented"])],
         [("ok Cyprus 1191: the Holy Land princes said they'd back Richard, but on what condition?",
           ["support Guy against his rival", "Conrad of Montferrat"]),
          ("did Isaac at least keep his own nobles on side?", ["The local barons abandoned Isaac"]),
          ("and when was the conquest done?", ["1 June"])],
        ],
        # Pair 1: searched "Hugh", "Lupus", "Cheshire", "castle", "Chester", "seat", "base": the text only lists Hugh
        #   Lupus in Cheshire among William's trusted barons dominating the Marches; the only castles named are
        #   Afranji, Trim Castle and Dublin Castle, none his.
        # Pair 2: searched "Roger II", "crowned", "coronation", "1130", "king", "year": the text says Norman
        #   adventurers founded the Kingdom of Sicily under Roger II after conquering southern Italy; "coronation
        #   cloak" appears only for the Palermo regalia, and no date of his crowning or founding is given.
        # Pair 3: searched "Richard I", "reign", "ruled", "died", "death", "years", "until": the text says only that
        #   under Richard I of Normandy the duchy was forged into a cohesive principality; no dates, length of rule or
        #   death for him.
        # Pair 4: searched "Pierre", "Aulps", "Petraliphae", "rank", "general", "commander", "title": the text says
        #   only that the Petraliphae were descended from a Pierre d'Aulps, one of the Norman mercenary families of
        #   Byzantine Greece; it gives no rank or post for him.
        # Pair 5: searched "Kent", "natives", "how many", "embroiderers", "workers", "women", numbers near "Bayeux":
        #   the text says Odo employed natives from Kent learned in Nordic traditions; it gives no count of them.
        [("After the Conquest, who was William's man holding Cheshire on the Welsh frontier?",
          "Which castle did Hugh Lupus rule Cheshire from?"),
         ("ok who was the first king of the Norman kingdom down in Sicily?", "And what year did Roger II get crowned?"),
         ("Under which duke did Normandy get welded into a strong, unified principality?",
          "How many years did Richard I rule for?"),
         ("which Byzantine family is said to come from a Pierre d'Aulps?",
          "What rank did Pierre d'Aulps hold in the Byzantine army?"),
         ("ok so where did Bishop Odo find the needleworkers for his big embroidery?",
          "And how many of them worked on it?")]),
    "Southern_California": (
        [[("in Alta California days, LA was feuding with the Californios of which town?", ["Californios of Monterey"]),
          ("and was Monterey in the upper or lower part?", ["Monterey in the upper part"]),
          ("and which old compromise line did the slavery camp want to reuse?",
           ["the line of the Missouri Compromise", "36 degrees, 30 minutes"])],
         [("remind me why the Pico Act stalled once it got to D.C.",
           ["the secession crisis", "election of Abraham Lincoln"]),
          ("which election set that off?", ["Abraham Lincoln in 1860"])],
         [("ok San Diego business areas: besides the CBD, what's on the list?",
           ["Carmel Valley", "Mission Valley", "Sorrento Mesa", "Rancho Bernardo"]),
          ("north or south side of the city, mostly?", ["Northern San Diego"])],
         [("roughly how many shakes per year top a 3.0 on the scale?", ["several hundred"]),
          ("and past magnitude 4?", ["about 15–20"]),
          ("which of them did the most damage in the country's history?", ["1994 Northridge earthquake"])],
        ],
        # Pair 1: searched "Latham", "party", "Democrat", "Republican", "Whig", "Senator": the text says only that the
        #   proposal went to Washington with a strong advocate in Senator Milton Latham; no party is given for him or
        #   anyone else.
        # Pair 2: searched "Van Nuys", "based", "aircraft", "planes", "hangar", "flights", "operations": the text
        #   calls Van Nuys Airport the world's busiest general aviation airport and gives no figures for it.
        # Pair 3: searched "Great Lakes", "megalopolis", "population", "million", "people": the text ranks SoCal third
        #   after the Great Lakes Megalopolis and the Northeastern megalopolis but gives no population for either of
        #   those.
        # Pair 4: searched "Chivas", "suspended", "reason", "because", "owner", "attendance": the text says Chivas
        #   were suspended following the 2014 MLS season with a second team due in 2018; it gives no reason for the
        #   suspension.
        # Pair 5: searched "West Irvine", "Jamboree", "Irvine Tech Center", "built", "opened", "developed", "founded":
        #   the text says West Irvine includes the Irvine Tech Center and Jamboree Business Parks and calls Orange
        #   County a rapidly developing business center; no date for those parks.
        [("who championed the breakaway territory plan once it reached Washington?", "Which party was Latham in?"),
         ("for private pilots, which SoCal airfield is the busiest of its kind anywhere?",
          "roughly how many planes are based at Van Nuys?"),
         ("which two US urban belts are bigger than the SoCal one?", "so how many people live in the Great Lakes one?"),
         ("Which two MLS clubs shared the StubHub Center from 2005 on?", "Why did the league suspend Chivas?"),
         ("which office parks are on the west side of Irvine?", "When were those parks built?")]),
    "Computational_complexity_theory": (
        [[("when a decision algorithm answers yes for some string, what's the jargon for that?",
           ["accept the input string"]),
          ("and when it answers no?", ["reject the input"])],
         [("ok for an upper bound on a problem's running time, what do you actually need to show?",
           ["a particular algorithm with running time at most T(n)"]),
          ("and does 'all possible algorithms' include ones nobody has found yet?",
           ["any algorithm that might be discovered in the future"]),
          ("and what notation are bounds usually written in?", ["big O notation"])],
         [("would a yes on P vs NP help anyone hunting for proofs of theorems?",
           ["formal proofs of pure mathematics theorems"]),
          ("any payoff for operations research people?", ["integer programming problems"]),
          ("and what would it do for biology?", ["protein structure prediction"])],
         [("RAM machines and the other alternatives, do they run deterministically or not?",
           ["operate deterministically"]),
          ("is their time and memory use the same though?", ["memory consumption of these alternate models may vary"]),
          ("and do any of them add computing power over the others?",
           ["without providing any extra computational power"])],
        ],
        # Pair 1: searched "Cook", "Karp", "Levin", "reduction", "many-one", "Turing reduction", "oracle", "differ":
        #   the text only lists Cook, Karp and Levin reductions as types based on the method of reduction; it never
        #   says how they differ.
        # Pair 2: searched "#P", "counting", "count", "number of solutions", "permanent", "example": the text says
        #   only that #P is an important class of counting problems (not decision problems); no member problem is
        #   named.
        # Pair 3: searched "Trakhtenbrot", "1956", "remembers", "recall", "said", "quote": the text says he studied
        #   another specific complexity measure and then "As he remembers:", but no recollection follows; the next
        #   paragraph is about input encoding.
        # Pair 4: searched "Ladner", "university", "Berkeley", "Washington", "worked", "professor", "institution": the
        #   text says only "It was shown by Ladner that ..."; no affiliation, first name or date for him, and no
        #   university appears anywhere.
        # Pair 5: searched "Goldreich", "2008", "Chapter 1.2", "title", "book", "Conceptual Perspective": the text
        #   cites "(Goldreich 2008, Chapter 1.2)" for the Cobham-Edmonds quote and gives no title for that work.
        [("name the three reduction types that carry people's names",
          "what's the difference between a Cook and a Karp reduction?"),
         ("ok which class is about counting problems, not yes/no ones?",
          "name one counting problem that belongs to it"),
         ("Boris Trakhtenbrot — what year was he working on his complexity measure?",
          "what did he later recall about that work?"),
         ("the NP-intermediate result, whose name is on it?", "which university was Ladner at?"),
         ("which source does the article cite for the 'polynomially related' quote about reasonable models?",
          "what's the title of that Goldreich work?")]),
}

OTHER_DOCUMENT_SETS = (("", OTHER_DOCUMENTS), (", second set", MORE_OTHER_DOCUMENTS),
                       (", third set", THIRD_OTHER_DOCUMENTS), (", fourth set", FOURTH_OTHER_DOCUMENTS),
                       (", fifth set", FIFTH_OTHER_DOCUMENTS), (", sixth set", SIXTH_OTHER_DOCUMENTS),
                       (", seventh set", SEVENTH_OTHER_DOCUMENTS), (", eighth set", EIGHTH_OTHER_DOCUMENTS),
                       (", ninth set", NINTH_OTHER_DOCUMENTS), (", tenth set", TENTH_OTHER_DOCUMENTS),
                       (", eleventh set", ELEVENTH_OTHER_DOCUMENTS), (", twelfth set", TWELFTH_OTHER_DOCUMENTS),
                       (", thirteenth set", THIRTEENTH_OTHER_DOCUMENTS),
                       (", fourteenth set", FOURTEENTH_OTHER_DOCUMENTS),
                       (", fifteenth set", FIFTEENTH_OTHER_DOCUMENTS),
                       (", sixteenth set", SIXTEENTH_OTHER_DOCUMENTS),
                       (", seventeenth set", SEVENTEENTH_OTHER_DOCUMENTS),
                       (", eighteenth set", EIGHTEENTH_OTHER_DOCUMENTS),
                       (", nineteenth set", NINETEENTH_OTHER_DOCUMENTS),
                       (", twentieth set", TWENTIETH_OTHER_DOCUMENTS),
                       (", twenty-first set", TWENTY_FIRST_OTHER_DOCUMENTS),
                       (", twenty-second set", TWENTY_SECOND_OTHER_DOCUMENTS),
                       (", twenty-third set", TWENTY_THIRD_OTHER_DOCUMENTS),
                       (", twenty-fourth set", TWENTY_FOURTH_OTHER_DOCUMENTS))

# Ten-turn conversations on the development articles, one each, written 2026-12-04 (stop 72) in a person's words
# before they were first run (on the code of commit 471b82c): a history student, someone moving to the region, a
# student of computing; each with one turn the article cannot answer. First run: answerable turns 7/9, 9/9, 6/9;
# unanswerable turns found: false 0/1, 0/1, 0/1. Two changes followed it: an ordinal ("the 10th century") is not a
# count, and "rent" names a price.
LONG_OTHER_DOCUMENTS = {
    "Normans": [[
        ("Who were the Normans?", ["Normandy", "Norse"]),
        ("Where did their name come from?", ["Norseman", "Nortmann", "Normanz"]),
        ("What language did they speak?", ["Gallo-Romance", "Norman French"]),
        ("When did they conquer England?", ["1066"]),
        ("Who did they replace as rulers?", ["Anglo-Saxons"]),
        ("What happened to their language there?", ["absorbed into the Anglo-Saxon language",
                                                    "distinct from the Latin language"]),
        ("Did Chaucer write about it?", ["Geoffrey Chaucer"]),
        ("What did it evolve into?", ["Modern English", "Middle English"]),
        ("How many people speak Norman French today?", None),
        ("Where does Norman law still survive?", ["Jersey and Guernsey"])]],
    "Southern_California": [[
        ("What is the climate like in Southern California?", ["Mediterranean"]),
        ("How hot are the summers?", ["90-60's", "hot and dry"]),
        ("Does it snow?", ["snow is very rare"]),
        ("How many earthquakes are there each year?", ["10,000"]),
        ("Which was the most destructive?", ["Northridge"]),
        ("How much damage did it cause?", ["$20 billion"]),
        ("What is the average rent in Los Angeles?", None),
        ("Which airports are there?", ["Los Angeles International", "San Diego International", "Van Nuys"]),
        ("Which one is the busiest single runway airport?", ["San Diego International"]),
        ("Is there a commuter train?", ["Metrolink"])]],
    "Computational_complexity_theory": [[
        ("What is a Turing machine?", ["mathematical model"]),
        ("Who defined it?", ["Alan Turing"]),
        ("When?", ["1936"]),
        ("What is a non-deterministic one?", ["added feature of non-determinism", "multiple possible future actions"]),
        ("Is it physically realizable?", ["not meant to be a physically realizable model"]),
        ("What is the class P?", ["within polynomial time"]),
        ("And NP?", ["Boolean satisfiability", "no efficient algorithm is known"]),
        ("Is P equal to NP?", ["open questions", "not solved"]),
        ("Who offered the prize?", ["Clay Mathematics Institute"]),
        ("When will it be solved?", None)]],
}

# A second set of ten-turn conversations on the development articles, written 2026-12-06 (stop 90) in a person's
# words before it was first run: a retired choir singer touring Normandy's abbeys, a Canadian couple thinking of
# wintering in Southern California, a programmer of courier routes; each with one turn the article cannot answer.
# First run on c96888c: answerable turns 9/9, 4/9, 6/9; the unanswerable turn found: false 0/1, 1/1, 0/1.
MORE_LONG_OTHER_DOCUMENTS = {
    # Searched: "Mont-Saint-Michel", "Michel" (only in the list of chief monasteries), "built", "build", "founded",
    # "construct", "erected", "abbey", "monaster": castles built, kingdoms founded; no abbey's date or builder.
    "Normans": [[
        ("I'm touring Normandy's old abbeys this spring. Which ones were at the heart of the Norman revival in art "
         "and learning?", ["Mont-Saint-Michel", "Jumièges", "Saint-Wandrille"]),
        ("Were they cut off, or in touch with other schools of art?", ["Winchester school"]),
        ("What did that school bring them?", ["Carolingian artistic tradition"]),
        ("When was Mont-Saint-Michel built?", None),
        ("I sing in a church choir myself. Did any of those abbeys have a famous choir?",
         ["choir achieved fame", "tradition of singing"]),
        ("Who was abbot there?", ["Robert de Grantmesnil"]),
        ("Which other abbey became a centre of composing?", ["La Trinité-du-Mont"]),
        ("Under whom?", ["Isembard"]),
        ("After Normandy I'm going on to Sicily and Apulia. How much Norman art is left in southern Italy?",
         ["survives plentifully", "Greek, Lombard, and Arab"]),
        ("How does that compare with what's left in Britain?",
         ["stonework or metalwork", "capitals and baptismal fonts"])]],
    # Searched: "season", "baseball", "MLB", "Dodgers", "spring", "April", "March", "opening", "month", "schedul": only
    # "the 2014 MLS season", "scheduled to return in 2018", Palm Springs and the list of teams; no season's start.
    "Southern_California": [[
        ("My wife and I are thinking of wintering in Southern California. How warm is it there in winter?",
         ["70-50's", "mild and wet"]),
        ("I still like to surf. Is the surfing any good compared with Hawaii?", ["second only to the island of Oahu"]),
        ("Back home we follow hockey. Any NHL teams there?", ["Los Angeles Kings", "Anaheim Ducks"]),
        ("And baseball?", ["Dodgers", "Angels of Anaheim", "Padres"]),
        ("When does the baseball season start?", None),
        ("We'd probably buy a place. Did house prices crash there a few years ago?", ["housing crash",
                                                                                     "housing bubble"]),
        ("Where are the newer suburbs going up?", ["Antelope Valley", "Victor Valley", "Coachella Valley"]),
        ("Would we need a car out there?", ["use of automobiles", "automobiles and highways", "Metrolink"]),
        ("My wife worries about earthquakes. Which faults run through the area?",
         ["San Andreas", "San Jacinto", "Puente Hills", "Elsinore"]),
        ("Apart from the beaches, what kind of countryside is there?",
         ["Transverse and Peninsular Ranges", "interior valleys", "vast deserts"])]],
    # Searched: "quicksort", "sort" (one paragraph: its worst, average and best time only), "memory", "space",
    # "storage", "extra", "in place", "stack", "recurs": "space" only of classes and hierarchy theorems, "memory" only
    # of "time and memory consumption of these alternate models"; nothing on quicksort's memory.
    "Computational_complexity_theory": [[
        ("I write route-planning code for a courier firm. How would the travelling salesman problem be put as a "
         "yes-or-no question?", ["2000 kilometres", "Germany's 15 largest cities"]),
        ("When you talk about the size of a problem like that, is it the number of cities?", ["in bits"]),
        ("And how is running time counted on a Turing machine?", ["state transitions"]),
        ("Who first called an algorithm 'good' when its running time is polynomial?", ["Edmonds defined"]),
        ("When was that?", ["1965"]),
        ("How much extra memory does quicksort need?", None),
        ("Would a random access machine be any more powerful than a Turing machine?",
         ["without providing any extra computational power"]),
        ("Are problems in P counted as NP problems too?", ["also member of the class NP"]),
        ("Is there a class for counting solutions rather than answering yes or no?", ["#P"]),
        ("And which ones come from quantum machines?", ["BQP and QMA"])]],
}

# Ten-turn conversations in a person's words on two long articles of the training file (stop 74, written before they
# were first run; the fitted files learned from these articles' crowd-written questions, so this checks long
# conversations on long documents, not held-out answering). None marks the turn the article cannot answer.
LONG_TRAINING_ARTICLE_DIALOGS = {
    "New_York_City": [[
        ("Where is New York City?", ["Northeastern United States", "southeastern New York State"]),
        ("How many people live there?", ["8,491,079", "8.4 million", "8,405,837"]),
        ("What are the five boroughs?", ["Brooklyn, Queens, Manhattan, the Bronx, and Staten Island"]),
        ("When were they consolidated?", ["1898"]),
        ("Who was the first European to visit?", ["Giovanni da Verrazzano"]),
        ("When did the Dutch settle there?", ["1624"]),
        ("Why was it renamed New York?", ["Duke of York"]),
        ("Was it ever the capital?", ["capital of the United States from 1785 until 1790"]),
        ("What is the population of Staten Island?", None),
        ("How many tourists visit each year?", ["56 million"])]],
    "2008_Sichuan_earthquake": [[
        ("When did the Sichuan earthquake happen?", ["May 12"]),
        ("How strong was it?", ["8.0 Ms", "7.9 Mw"]),
        ("Where was the epicenter?", ["Wenchuan County"]),
        ("How many people died?", ["69,197", "68,636"]),
        ("And how many were missing?", ["18,222"]),
        ("Why did so many schools collapse?", ["shoddy construction", "tofu-dregs", "tofu-dreg"]),
        ("Was the Olympic torch relay affected?", ["suspended"]),
        ("How much money did China receive in aid?", ["$457 million"]),
        ("Did the government apologize?", None),
        ("What happened to the pandas?", ["escaped", "injured", "went missing"])]],
}

# Dialogs in a person's words on the articles of the training file, the first eight written 2026-12-04 (stop 73) and the
# last two (New York City, Sino-Tibetan relations) in stop 74, each before they were first run: the found decision, the
# runners-up and the reader are fitted on these articles' questions (crowd-written, not these), so this is a check of
# the answering on more documents, not a held-out figure. First run, first turns / follow-ups / unanswerable follow-ups
# found: false: the first four articles 19/23, 12/32, 4/16 (on 53160ec); the next four 9/21, 13/28, 4/16 (on 703d841).
# Written down after the first run: four golds widened where the answer was right in other words ("2016" of "March 4,
# 2016", "action sequences" listed in another order, Beyoncé's first group "Girl's Tyme", "$83 million from 19
# countries"), and one pair the article answers (her net worth) replaced. The last two at their first run (on cba357d):
# 10/14, 8/15, 3/8.
TRAINING_ARTICLE_DIALOGS = {
    "IPod": (
        [[("Who makes the iPod?", ["Apple"]), ("When did it come out?", ["October 23, 2001", "2001"]),
          ("How much could the first one hold?", ["5 GB", "1,000 songs"])],
         [("What software syncs an iPod?", ["iTunes"]),
          ("Does it work on Windows?", ["Microsoft Windows was launched with the second generation",
                                        "Macintosh and Microsoft Windows"]),
          ("Can it play WMA files?", ["does not support Microsoft's WMA", "converter for WMA"])],
         [("How many iPods have been sold?", ["220 million", "one-hundred millionth"]),
          ("Why are sales falling?", ["cannibalize ourselves", "iPod Touch and the iPhone"])],
         [("Who designed the iPod?", ["Tony Fadell", "Jonathan Ive", "Rubinstein"]),
          ("Where is it made?", ["Foxconn", "Shenzhen", "27,000 overseas"]),
          ("How much are the workers paid?", ["US$50 per month"])],
         [("What is the iPod Touch?", ["touchscreen", "touch screen"]),
          ("Does it have a click wheel?", ["no click-wheel"])],
         [("Did the battery have problems?", ["shorter lengths of time than stated", "degraded", "flawed battery",
                                              "less than 8 hours"]),
          ("Was Apple sued over it?", ["class action lawsuits"]), ("How was it settled?", ["US$50 store credit"])]],
        [("Who makes the iPod?", "How much is Apple worth?"), ("What software syncs an iPod?", "Does it run on Linux?"),
         ("What is the iPod Touch?", "Does it have a camera?"),
         ("How many iPods have been sold?", "Which model sold best?")]),
    "Spectre_(2015_film)": (
        [[("Who directed Spectre?", ["Sam Mendes"]), ("Who plays Bond?", ["Daniel Craig"]),
          ("Who is the villain?", ["Blofeld", "Christoph Waltz", "Oberhauser"])],
         [("Where was it filmed?", ["London, Mexico City and Rome", "Austria", "Pinewood"]),
          ("How much did it cost?", ["$245 million"]), ("How much did it make?", ["$879"])],
         [("What is the theme song?", ["Writing's on the Wall"]), ("Who sings it?", ["Sam Smith", "Smith performing"]),
          ("Did it win an Oscar?", ["nominated for the Academy Award"])],
         [("What did critics think of it?", ["mixed reviews"]),
          ("What did they praise?", ["action sequences and cinematography", "action sequences"])],
         [("Was the script leaked?", ["hackers", "leak of what they called"]),
          ("How?", ["Sony Pictures Entertainment was targeted by hackers"])],
         [("How long did the shoot in Rome take?", ["five-week"])]],
        [("Who directed Spectre?", "How old is he?"), ("Who plays Bond?", "Where was he born?"),
         ("What is the theme song?", "How many weeks was it number one?"),
         ("Where was it filmed?", "Which hotel did the crew stay in?")]),
    "Solar_energy": (
        [[("What is solar energy?", ["radiant light and heat from the Sun"]),
          ("How is it turned into electricity?", ["conversion of sunlight into electricity", "photoelectric effect"])],
         [("How much solar energy reaches the Earth?", ["3,850,000 exajoules", "174,000 terawatts"]),
          ("Is that more than we use?", ["more energy in one hour than the world used in one year",
                                         "several times larger than the total world energy consumption"])],
         [("What is solar water heating?", ["use sunlight to heat water"]),
          ("Which country uses it most?", ["China"])],
         [("What is passive solar design?", ["orientation relative to the Sun",
                                             "selecting materials with favorable thermal properties"]),
          ("How does it save energy?", ["reduce the need for alternate resources", "comfortable temperature range"])],
         [("Who made the first solar cell?", ["Charles Fritts"]), ("When?", ["1880s"]),
          ("How efficient are they now?", ["exceed 20%", "over 40%"])],
         [("How does solar cooking work?", ["use sunlight for cooking"]),
          ("What is a box cooker?", ["transparent lid", "Horace de Saussure"])]],
        [("What is solar water heating?", "How much does a system cost?"),
         ("How is solar energy turned into electricity?", "Which company makes the most panels?"),
         ("Who made the first solar cell?", "Where did he study?"),
         ("Which country uses solar water heating most?", "How many homes there have it?")]),
    "The_Legend_of_Zelda:_Twilight_Princess": (
        [[("When was Twilight Princess released?", ["November 2006", "2006"]),
          ("On which consoles?", ["GameCube and Wii"]),
          ("Which came first?", ["Wii version was released alongside the console"])],
         [("What does Link turn into?", ["wolf"]), ("Who helps him?", ["Midna"])],
         [("How did critics review it?", ["universal critical acclaim", "perfect scores", "greatest entry"]),
          ("Did it sell well?", ["best-selling entry", "5.82 million"])],
         [("Who composed the music?", ["Toru Minegishi", "Asuka Ohta"]),
          ("Was it orchestrated?", ["sequenced music instead"])],
         [("Was there an HD version?", ["Twilight Princess HD", "Wii U"]), ("Who made it?", ["Tantalus Media"]),
          ("When did it come out?", ["March 2016", "2016"])]],
        [("What does Link turn into?", "Can he swim as a wolf?"),
         ("When was Twilight Princess released?", "How long does it take to beat?"),
         ("Who composed the music?", "Did he work on Breath of the Wild?"),
         ("How did critics review it?", "Which magazine gave it the lowest score?")]),
    "To_Kill_a_Mockingbird": (
        [[("Who wrote To Kill a Mockingbird?", ["Harper Lee"]), ("When was it published?", ["1960"]),
          ("Did it win any prizes?", ["Pulitzer Prize"])],
         [("Where is the story set?", ["Maycomb"]), ("When?", ["1933–35", "Great Depression"])],
         [("Who is the narrator?", ["Scout", "Jean Louise Finch"]), ("How old is she?", ["six-year-old"])],
         [("Who is Boo Radley?", ["reclusive", "neighbor"]), ("Why are the children scared of him?", ["rumors"])],
         [("Was it made into a film?", ["1962"]), ("Who played Atticus?", ["Gregory Peck"]),
          ("Did it win any Oscars?", ["three Oscars", "Oscar-winning"])],
         [("Has the book been banned?", ["campaigns for removal", "challenged"]), ("Why?", ["racial epithets"])]],
        [("Who wrote To Kill a Mockingbird?", "Did she have any children?"),
         ("Was it made into a film?", "How long is the film?"),
         ("Who is the narrator?", "What colour is her hair?"),
         ("Has the book been banned?", "Which state banned it first?")]),
    "2008_Sichuan_earthquake": (
        [[("When did the Sichuan earthquake happen?", ["May 12, 2008", "May 12"]),
          ("How strong was it?", ["8.0 Ms", "7.9 Mw"]), ("How many people died?", ["69,197"])],
         [("Where was the epicenter?", ["Wenchuan County"]), ("How deep was it?", ["19 km"])],
         [("Why did so many schools collapse?", ["shoddy construction", "tofu", "inadequately engineered",
                                                 "cut corners"]),
          ("Were officials punished?", ["not been brought to justice"])],
         [("Did other countries help?", ["South Korea, Japan, Singapore, Russia and Taiwan", "19 countries"]),
          ("When did they arrive?", ["May 16"])],
         [("What caused the earthquake?", ["Longmenshan fault", "Indo-Australian Plate"]),
          ("How long was the rupture?", ["300 km", "240 km"])]],
        [("How many people died in the Sichuan earthquake?", "How many of them were foreigners?"),
         ("Did other countries help?", "How much money did Japan give?"),
         ("Where was the epicenter?", "What is the town famous for?"),
         ("Why did so many schools collapse?", "Who built them?")]),
    "Beyoncé": (
        [[("When was Beyoncé born?", ["September 4, 1981"]), ("Where?", ["Houston"]),
          ("Who are her parents?", ["Mathew Knowles", "Tina"])],
         [("What group was she in?", ["Destiny's Child", "Girl's Tyme"]),
          ("Where does the name come from?", ["Book of Isaiah"]),
          ("When did they split up?", ["June 2005"])],
         [("What was her first solo album?", ["Dangerously in Love"]),
          ("How many Grammys did it win?", ["five Grammy Awards", "five awards"])],
         [("Who is Beyoncé married to?", ["Jay Z"]), ("When did they marry?", ["April 4, 2008"]),
          ("Do they have children?", ["Blue Ivy"])],
         [("Who is Sasha Fierce?", ["alter ego", "alter-ego"])]],
        [("Who is Beyoncé married to?", "How tall is he?"), ("What was her first solo album?", "How long is it?"),
         ("Who is Beyoncé married to?", "Where did they go on honeymoon?"),
         ("Who are Beyoncé's parents?", "Are they divorced?")]),
    "Frédéric_Chopin": (
        [[("When was Chopin born?", ["1810"]), ("Where?", ["Żelazowa Wola"]), ("When did he die?", ["1849"])],
         [("What did Chopin die of?", ["tuberculosis"]), ("Where is he buried?", ["Père Lachaise"]),
          ("And his heart?", ["Church of the Holy Cross", "returned to Warsaw"])],
         [("Who was George Sand?", ["French writer", "French author"]),
          ("How long were they together?", ["1837 to 1847"])],
         [("Why did Chopin leave Poland?", ["November 1830 Uprising"]), ("Where did he settle?", ["Paris"])],
         [("What did Chopin compose?", ["mazurkas", "nocturnes", "polonaises"]),
          ("Who influenced him?", ["Polish folk music", "Bach", "Mozart"])]],
        [("Who was George Sand?", "How many novels did she write?"),
         ("What did Chopin compose?", "Which piece is his most famous?"),
         ("Where is Chopin buried?", "How many people visit the grave each year?"),
         ("When did Chopin die?", "Did he have children?")]),
    "New_York_City": (
        [[("How many people live in New York City?", ["8,491,079", "8.4 million", "8,405,837"]),
          ("How many boroughs does it have?", ["five boroughs"]), ("When were they joined?", ["1898"])],
         [("When was New York founded?", ["1624"]), ("What was it called then?", ["New Amsterdam"])],
         [("Who bought Manhattan?", ["Peter Minuit"]), ("How much did he pay?", ["60 guilders", "$24"])],
         [("Does the subway run all night?", ["24 hours a day", "24/7"]), ("How many stations does it have?", ["469"]),
          ("When did it open?", ["1904"])],
         [("What is Central Park?", ["first landscaped park"]), ("When was it created?", ["1857"])],
         [("Is New York safe?", ["lowest overall crime rate", "decreased more than 75%", "significantly safer"]),
          ("Why did crime drop?", ["revised police strategies"])],
         [("How many languages are spoken in New York?", ["800 languages"])]],
        [("How many boroughs does New York have?", "Which one has the most people?"),
         ("Who was mayor during the Great Depression?", "How old was he?"),
         ("What is Central Park?", "Who designed it?"), ("When was New York founded?", "How many settlers came?")]),
    "Sino-Tibetan_relations_during_the_Ming_dynasty": (
        [[("Did the Ming dynasty rule Tibet?", ["is unclear", "unquestioned sovereignty", "suzerainty",
                                               "independent region outside Ming control"]),
          ("What do scholars outside China say?", ["suzerainty", "titles were only nominal"])],
         [("Did the Ming send troops to Tibet?", ["did not garrison permanent troops", "no Ming troops replaced them",
                                                 "sporadic armed intervention"]),
          ("Who talked the emperor out of invading?", ["Deshin Shekpa"])],
         [("Who gave the title Dalai Lama?", ["Altan Khan"]), ("To whom?", ["Sönam Gyatso"]), ("When?", ["1578"])],
         [("What is China's official position?", ["managing Tibet according to conventions and customs",
                                                  "integral part of China", "unquestioned sovereignty"])],
         [("Why was the horse trade important?", ["shortage of horses for warfare", "need for horses", "cavalry"]),
          ("What did Tibet get in return?", ["Chinese tea"])],
         [("Who did the Yongle Emperor invite to his court?", ["Deshin Shekpa"]), ("When?", ["March 10, 1403", "1403"]),
          ("What title did he get?", ["Great Treasure Prince of Dharma"])],
         [("When did the Ming stop relations with Tibet?", ["Jiajing Emperor", "1521–1566"])]],
        [("Who gave the title Dalai Lama?", "How many wives did he have?"),
         ("Did the Ming send troops to Tibet?", "How many soldiers died?"),
         ("Why was the horse trade important?", "How many horses were traded each year?"),
         ("Who did the Yongle Emperor invite to his court?", "How tall was he?")]),
}

# (first question, follow-up the document cannot answer): the follow-up must come back found: false.
UNANSWERABLE_FOLLOW_UPS = [
    ("When was esketamine approved?", "Is it covered by insurance?"),
    ("How long does a therapy session last?", "How much does it cost?"),
    ("Who first made ketamine?", "Where did he go to school?"),
    ("How is ketamine given during psychotherapy?", "Can I drive home afterwards?"),
    ("Which drug is paired with psychotherapy for smoking cessation?", "Who manufactures it?"),
    ("What is the role of glutamate?", "Which foods are rich in it?"),
    ("How common is depression worldwide?", "Is it more common in winter?"),
    ("Does ketamine help with eating disorders?", "What is its street price?"),
    ("Can ketamine treat obsessive-compulsive disorder?", "Is it safe during pregnancy?"),
    ("Where was ketamine discovered?", "What was the weather like there?"),
    ("What is esketamine?", "Does it help with insomnia?"),
    ("Does ketamine reduce suicidal ideation?", "How many pharmacists sell it in Canada?"),
]

# A second set of our own on the bundled document, written 2026-11-30 (eighth session) and first run on the code
# as it then was: dialogs (first turns 9/10, follow-ups 18/20 at that run) and follow-ups the document cannot
# answer (18/24 found: false then). Two of those misses ("Is it approved in Australia?" after a question about
# FDA approval) led to judging a follow-up on the words it adds (`qa._followup.added_terms`).
MORE_DIALOGS = [
    [("What is ketamine-assisted psychotherapy?", ["in combination with psychotherapy"]),
     ("What can it treat?", ["major depressive disorder"]),
     ("Is more research needed?", ["further research"])],
    [("When was ketamine discovered?", ["1962"]),
     ("By whom?", ["Calvin Lee Stevens", "Parke-Davis"]),
     ("What was it derived from?", ["phencyclidine", "PCP"])],
    [("What is the current therapy for depression?", ["transcranial", "electroconvulsive"]),
     ("What is its main limitation?", ["delayed onset"]),
     ("What did the STAR*D trial find?", ["low response rates"])],
    [("How long do ketamine sessions last?", ["three hours"]),
     ("What happens at the end?", ["supervised recovery"]),
     ("How many clinics offer them?", ["20%"])],
    [("What is esketamine?", ["enantiomer", "Spravato"]),
     ("What are its risks?", ["dissociation, sedation and abuse"]),
     ("Where can it be given?", ["certified clinical settings"])],
    [("Does ketamine help with OCD?", ["obsessive"]),
     ("What makes it work better?", ["cognitive behavioral therapy"]),
     ("Does it work for patients with other conditions too?", ["comorbidities"])],
    [("Does ketamine reduce cravings?", ["cravings"]),
     ("For which substances?", ["alcohol, cocaine, and opioids"]),
     ("And cannabis?", ["cannabis use"])],
    [("What are the side effects of ketamine?", ["dissociation"]),
     ("Which of them is most common?", ["dissociation"]),
     ("Is there a safer form?", ["sublingual", "low-risk"])],
    [("How does ketamine help depression?", ["rapid", "NMDA", "neuroplasticity"]),
     ("How fast?", ["2–24 hours", "two hours", "rapid"]),
     ("How long does the effect last?", ["4–7 days", "up to a week"])],
    [("What did animal studies show about ketamine?", ["signaling pathways", "brain-derived", "neuroplasticity"]),
     ("Which pathways?", ["mTOR"]),
     ("What about stress?", ["acute and chronic stress"])],
]
MORE_UNANSWERABLE_FOLLOW_UPS = [
    ("What is esketamine?", "How much does it cost per dose?"),
    ("Who discovered ketamine?", "Where was he born?"),
    ("How long do ketamine sessions last?", "Are they covered by Medicare?"),
    ("Does ketamine help with anxiety?", "What about schizophrenia?"),
    ("Is ketamine approved by the FDA?", "Is it approved in Australia?"),
    ("What are the side effects of ketamine?", "Can it cause hair loss?"),
    ("How does ketamine work?", "What does it smell like?"),
    ("Does ketamine help bipolar depression?", "Which celebrities took it?"),
    ("Who first made ketamine?", "Did he win any awards?"),
    ("When was esketamine approved?", "Who was the FDA commissioner then?"),
    ("What are the side effects of ketamine?", "Are they worse in older adults?"),
    ("How long do sessions last?", "Can I bring a friend?"),
    ("Does ketamine help with PTSD?", "What about ADHD?"),
    ("Does ketamine help with eating disorders?", "And bulimia in teenagers?"),
    ("Which drug is paired with psychotherapy for alcohol dependence?", "What are its side effects?"),
    ("Where is ketamine used off-label?", "Is it legal in Brazil?"),
    ("How many ketamine clinics are in the United States?", "Which state has the most?"),
    ("What is the role of glutamate?", "Which foods contain it?"),
    ("What is esketamine?", "Is there a generic version?"),
    ("How does ketamine work?", "How is it made in a lab?"),
    ("Is ketamine approved by the FDA?", "When was it approved in the UK?"),
    ("What did the STAR*D trial find?", "Who funded it?"),
    ("Does ketamine reduce suicidal ideation?", "Does it work for teenagers?"),
    ("What are the risks of esketamine?", "How often do people die from it?"),
]

# A third set, written 2026-11-30 (ninth session) after `qa._followup.substituted` and first run on it: two-turn
# dialogs (first run: 9/10 first turns, 9/10 follow-ups) and follow-ups the document cannot answer (11/12).
THIRD_DIALOGS = [
    [("Does ketamine help with anxiety?", ["anxiety"]), ("How was it given?", ["intravenous"])],
    [("What is esketamine?", ["enantiomer", "Spravato"]), ("Who approved it?", ["FDA", "Food and Drug"])],
    [("How long does a therapy session last?", ["three hours"]), ("What happens at the end?", ["supervised recovery"])],
    [("Who discovered ketamine?", ["Stevens", "Parke-Davis"]), ("In what year?", ["1962"])],
    [("What are the side effects of ketamine?", ["dissociation"]), ("Which is the most common?", ["dissociation"])],
    [("Does ketamine help people with substance use disorder?", ["alcohol, cocaine, and opioids", "cravings"]),
     ("Which substances?", ["alcohol"])],
    [("Does ketamine help with depression?", ["rapid", "antidepressant"]),
     ("How fast does it work?", ["40 minutes", "2–24 hours", "rapid"])],
    [("When was esketamine approved?", ["2019"]), ("For which condition?", ["depression"])],
    [("What is the role of glutamate?", ["synaptic excitability", "glutamate modulation"]),
     ("What else does ketamine do in the brain?", ["neuroplasticity", "synaptogenesis", "brain-derived"])],
    [("Does ketamine help with eating disorders?", ["anorexia nervosa", "effective treatment for eating disorders"]),
     ("Which one in particular?", ["anorexia"])],
]
THIRD_UNANSWERABLE_FOLLOW_UPS = [
    ("Does ketamine help with anxiety?", "Does it also help with schizophrenia?"),
    ("Does ketamine help with anxiety?", "And with autism?"),
    ("What is esketamine?", "Is it sold in Germany?"),
    ("How long does a therapy session last?", "Who pays for it?"),
    ("Who discovered ketamine?", "How old was he then?"),
    ("What are the side effects of ketamine?", "What about allergies?"),
    ("Does ketamine help people with substance use disorder?", "What about gambling?"),
    ("Does ketamine reduce suicidal ideation?", "Is it safe for pregnant women?"),
    ("When was esketamine approved?", "What did it cost at launch?"),
    ("What is the role of glutamate?", "How is it measured in blood?"),
    ("How many ketamine clinics are in the United States?", "How many are in Canada?"),
    ("Does ketamine help with PTSD?", "Does it work for veterans' insomnia?"),
]

# A fourth set, written 2026-12-01 (after the price rule) and run once as written, with no change to docqa after: a
# check on questions no rule or fit has seen (first run: see the README's figures).
FOURTH_DIALOGS = [
    [("When was ketamine first given to a human?", ["1964"]), ("Why was it given?", ["replacement for PCP"])],
    [("Why did soldiers call ketamine the buddy drug?", ["administer it to one another"]),
     ("Where did they use it?", ["battlefield"])],
    [("How many people have depression worldwide?", ["230 million"]), ("Who reported that?", ["World Health"])],
    [("How long do ketamine's antidepressant effects last?", ["4–7 days", "up to a week"]),
     ("And when do patients usually relapse?", ["2–4 weeks"])],
    [("Does ketamine reduce suicidal thoughts?", ["suicidality", "suicidal ideation"]),
     ("Does that apply to people who are not depressed?", ["non-depressed"])],
    [("Which list of essential medicines includes ketamine?", ["Model List of Essential Medicines"]),
     ("Which other anesthetics are on it?", ["propofol"])],
    [("How many ketamine clinics are there in the US?", ["2,500"]), ("How many of them offer psychotherapy?", ["20%"])],
    [("Can ketamine help with cocaine addiction?", ["cocaine"]), ("Do we know how it works for that?", ["remain unknown"])],
    [("What are the most common side effects of ketamine?", ["dissociation", "dizziness"]),
     ("Is there a version patients can take at home?", ["sublingual", "from home"])],
    [("What do current depression treatments include?", ["electroconvulsive", "transcranial", "lifestyle"]),
     ("What is their main limitation?", ["delayed onset"])],
]
FOURTH_UNANSWERABLE_FOLLOW_UPS = [
    ("When was ketamine first given to a human?", "Who was the patient?"),
    ("Why did soldiers call ketamine the buddy drug?", "Which war was that?"),
    ("How many people have depression worldwide?", "Which country has the highest rate?"),
    ("What is esketamine?", "How many milligrams are in one spray?"),
    ("What are the most common side effects of ketamine?", "Does it damage the bladder?"),
    ("How does ketamine act in the brain?", "Does it affect serotonin?"),
    ("Is ketamine approved by the FDA?", "Is it legal in France?"),
    ("Does ketamine help with eating disorders?", "What about binge eating?"),
    ("When was esketamine approved?", "Was the decision controversial?"),
    ("How long does a therapy session last?", "Can I eat before a session?"),
    ("Does ketamine help with OCD?", "What about hoarding?"),
    ("What should future ketamine trials look like?", "When will they be finished?"),
]

# A fifth set, written 2026-12-01 (evening) before it was run, and run once as written, with no change to docqa
# after: twelve more follow-ups nothing has seen, so the share `found: false` rests on 72 (first run: the README).
FIFTH_DIALOGS = [
    [("Who filed a patent for ketamine?", ["Parke-Davis"]), ("What happened after the patent?", ["battlefield"])],
    [("What does ketamine do to glutamate?", ["glutamate modulation", "synaptic excitability"]),
     ("And what about memories?", ["reconsolidation", "dysfunctional memories"])],
    [("How quickly does ketamine reduce suicidal ideation?", ["two hours", "40 minutes"]),
     ("Why is that important?", ["delayed onset", "increased risk"])],
    [("Which drug was ketamine meant to replace?", ["PCP", "phencyclidine"]),
     ("When was it first given to a person?", ["1964"])],
    [("What is the dosage escalation strategy for?", ["dissociative effects", "alteration of consciousness"]),
     ("Is one mode more effective than the other?", ["no notable difference"])],
    [("Why is compounded ketamine not approved by the FDA?", ["safety and efficacy"]),
     ("Do doctors still prescribe it?", ["off-label"])],
    [("What did the STAR*D trial show?", ["low response rates"]),
     ("What was needed as a result?", ["more rapid treatment", "adjunct"])],
    [("Does ketamine help patients with bipolar disorder?", ["mood-stabilizing", "bipolar"]),
     ("Were there any side effects?", ["manic"])],
    [("Which therapies should future trials combine ketamine with?", ["motivational enhancement", "functional analytic"]),
     ("What else should those trials do?", ["larger scale", "monitoring"])],
    [("Why is the long-term safety of ketamine unknown?", ["short-term follow-up"]),
     ("Can high doses be toxic?", ["toxic"])],
]
FIFTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Who discovered ketamine?", "Where did he study?"),
    ("What are the most common side effects of ketamine?", "How long does the nausea last?"),
    ("Does ketamine help with anxiety?", "What dose was used in those studies?"),
    ("When was esketamine approved?", "How many patients were in the approval trials?"),
    ("How long does a therapy session last?", "How many sessions does a patient usually need?"),
    ("Does ketamine help with PTSD?", "Which veterans' groups support it?"),
    ("Is ketamine approved by the FDA?", "What does the European Medicines Agency say?"),
    ("Which signaling pathways does ketamine act on?", "Does it change dopamine levels?"),
    ("Does ketamine help people with substance use disorder?", "Does it work for nicotine?"),
    ("How many ketamine clinics are in the United States?", "When did the first one open?"),
    ("When was ketamine discovered?", "What was it first named?"),
    ("Does ketamine help with bipolar disorder?", "Which mood stabilizer worked best?"),
]
# A sixth set, written 2026-12-02 (stop 52) before it was run, and run once as written before any change it led to:
# follow-up shapes of the seed dialogs ("And ...?", "Why not?", "Which one in particular?") on parts of the document
# the other sets ask little of, and twelve follow-ups it cannot answer.
SIXTH_DIALOGS = [
    [("What is ketamine?", ["NMDA", "analgesic anesthetic"]), ("Who discovered it?", ["Stevens", "Parke-Davis"])],
    [("Which conditions can ketamine-assisted psychotherapy treat?", ["major depressive disorder"]),
     ("What about pain?", ["neuropathic pain"])],
    [("How does ketamine compare with ordinary antidepressants?", ["rapid onset", "delayed onset"]),
     ("How long do its effects last?", ["4–7 days", "up to a week"])],
    [("What is the STAR*D trial?", ["Sequenced Treatment Alternatives"]), ("What did it find?", ["low response rates"])],
    [("Why combine ketamine with therapy?", ["neuroplasticity", "cognitive flexibility", "reinforce"]),
     ("Which therapy in particular?", ["cognitive behaviour therapy", "CBT"])],
    [("Which dose is used in sessions that need talking?", ["Lower-dose sublingual"]),
     ("And when an inward focus is needed?", ["higher-dose intramuscular"])],
    [("Does ketamine help with substance use?", ["cravings", "alcohol, cocaine, and opioids"]),
     ("Is the mechanism known?", ["remain unknown"])],
    [("Is compounded ketamine approved for psychiatric use?", ["not approved"]), ("Why not?", ["safety and efficacy"])],
    [("What risks does esketamine carry?", ["dissociation, sedation and abuse"]),
     ("Where can it be given?", ["certified clinical settings"])],
    [("Which WHO list includes ketamine?", ["Model List of Essential Medicines"]),
     ("Is it safe for children?", ["safe to use for children"])],
]
SIXTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Who discovered ketamine?", "Is he still alive?"),
    ("Which conditions can ketamine-assisted psychotherapy treat?", "What about migraines?"),
    ("How long do ketamine's effects last?", "Does coffee shorten them?"),
    ("What did the STAR*D trial find?", "How many people took part?"),
    ("Why combine ketamine with therapy?", "Which therapists are trained for it?"),
    ("Does ketamine help with OCD?", "What about Tourette syndrome?"),
    ("What are the side effects of ketamine?", "Are they worse with alcohol?"),
    ("Is esketamine approved by the FDA?", "Is it approved in Japan?"),
    ("How many people have depression?", "How many of them are children?"),
    ("What is REMS?", "Who enforces it outside the US?"),
    ("Which WHO list includes ketamine?", "When was it added?"),
    ("Does ketamine help with anxiety?", "Is it better than benzodiazepines?"),
]
# A seventh set, written 2026-12-02 (stop 53) before it was run, and run once as written before any change it led to:
# second turns that name a part of the first answer ("What is it sold as?", "And for opioid dependence?"), and twelve
# follow-ups the document cannot answer, none of them a price.
SEVENTH_DIALOGS = [
    [("What is ketamine-assisted psychotherapy?", ["prescribed doses of ketamine", "in combination with psychotherapy"]),
     ("What can it treat?", ["major depressive disorder", "post-traumatic stress"])],
    [("When did the FDA approve esketamine?", ["2019"]), ("What is it sold as?", ["Spravato", "nasal spray"])],
    [("What are the most common side effects?", ["dissociation", "nausea"]),
     ("Is there a lower-risk option?", ["sublingual"])],
    [("How does ketamine affect neuroplasticity?", ["neuroplasticity", "synaptogenesis"]),
     ("Was this shown in people?", ["animal models", "animal studies"])],
    [("What share of US ketamine clinics offer psychotherapy?", ["20%"]), ("How many clinics are there?", ["2,500"])],
    [("Which drug is paired with psychotherapy for smoking cessation?", ["bupropion"]),
     ("And for opioid dependence?", ["naltrexone"])],
    [("How fast does ketamine work on suicidal thoughts?", ["two hours", "40 minutes"]),
     ("Does that apply to people who are not depressed?", ["cannot currently be generalised"])],
    [("What does the WHO say about depression?", ["230 million"]),
     ("What are the current treatments?", ["antidepressant medications"])],
    [("Why are music and eye coverings used in some sessions?", ["inward focus"]),
     ("What dose is given then?", ["higher-dose intramuscular"])],
    [("Which companies offer ketamine-assisted psychotherapy?", ["telemedicine", "Psychedelic Institute"]),
     ("What led to them?", ["2019", "esketamine"])],
]
SEVENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("When was esketamine approved?", "Which company makes it?"),
    ("What are the most common side effects?", "How often does hypertension occur?"),
    ("Who discovered ketamine?", "What else did he invent?"),
    ("How long can a session last?", "Can a family member attend?"),
    ("Does ketamine help with eating disorders?", "What about obesity?"),
    ("What does ketamine do in the brain?", "Does it affect sleep?"),
    ("Is ketamine on the WHO essential medicines list?", "Which countries ignore that list?"),
    ("How many people have depression worldwide?", "How many in India?"),
    ("What did the STAR*D trial find?", "When did it end?"),
    ("Does ketamine help bipolar disorder?", "Which hospital ran those studies?"),
    ("What is esketamine?", "How is it different from arketamine?"),
    ("Does ketamine help with PTSD?", "How many veterans have tried it?"),
]
# An eighth set, written 2026-12-03 (stop 56) before it was run, and run once as written before any change it led to:
# typed as people type into a chat box, in lower case and without a question mark ("is it addictive itself"), and
# twelve follow-ups the document cannot answer, typed the same way.
EIGHTH_DIALOGS = [
    [("what is ketamine used for in therapy", ["various psychiatric conditions", "major depressive disorder"]),
     ("is it approved", ["approved by the FDA", "has been approved"])],
    [("who discovered ketamine", ["Calvin Lee Stevens", "Parke-Davis"]), ("when was that", ["1962"])],
    [("side effects of ketamine", ["dissociation", "nausea"]),
     ("are they long lasting", ["resolve spontaneously", "long-term side effects"])],
    [("does ketamine work for ptsd", ["post-traumatic stress"]),
     ("how does it help with that", ["reconsolidation of dysfunctional memories"])],
    [("how long do the effects of ketamine last", ["4–7 days", "up to a week"]),
     ("and how fast does it kick in", ["2–24 hours", "two hours", "40 minutes"])],
    [("can kids take ketamine", ["safe to use for children"]),
     ("what other anesthetics are like that", ["propofol", "thiopental"])],
    [("ketamine for alcohol addiction", ["alcohol, cocaine, and opioids", "reduce cravings"]),
     ("is it addictive itself", ["has not been studied"])],
    [("how are ketamine sessions done", ["three hours", "dosage escalation", "sublingual"]),
     ("whats the low dose for", ["active therapist-patient communication"])],
    [("why does ketamine help depression so fast", ["synaptic excitation and neuroplasticity", "rapid onset"]),
     ("does it last", ["up to a week", "4–7 days", "2–4 weeks"])],
    [("what should future research do", ["larger scale", "integrating ketamine"]),
     ("which therapies", ["motivational enhancement therapy", "functional analytic psychotherapy"])],
]
EIGHTH_UNANSWERABLE_FOLLOW_UPS = [
    ("who discovered ketamine", "where did he study"),
    ("is esketamine approved", "is it approved in europe"),
    ("side effects of ketamine", "can it cause hair loss"),
    ("how long does a session last", "do i need someone to drive me home"),
    ("ketamine for depression", "what about autism"),
    ("how does ketamine work in the brain", "does it damage the liver"),
    ("what is esketamine", "what does it taste like"),
    ("how many people have depression", "how many of them get treated"),
    ("what did the star*d trial find", "how many patients were in it"),
    ("does ketamine help with ocd", "how many sessions are needed"),
    ("where is ketamine used off label", "is it legal in mexico"),
    ("what is spravato", "who sells it in canada"),
]
# A ninth set, written 2026-12-03 (stop 59) before it was run, and run once as written before any change it led to:
# second turns that correct or narrow the first ("No, I meant esketamine.", "And in bipolar patients?"), and twelve
# follow-ups the document cannot answer, asked as a curious reader would.
NINTH_DIALOGS = [
    [("When was ketamine approved?", ["approved by the FDA as an anesthetic", "2019"]),
     ("No, I meant esketamine.", ["2019"])],
    [("What are the side effects of ketamine?", ["dissociation", "nausea"]),
     ("Sorry, I meant the risks of esketamine", ["dissociation, sedation and abuse", "dissociation, disorientation"])],
    [("How long does a session last?", ["three hours"]),
     ("I mean how long do the effects last?", ["4–7 days", "up to a week"])],
    [("Does ketamine help with anxiety?", ["anxiety"]),
     ("What about OCD?", ["obsessive-compulsive disorders short-term", "obsessive thoughts"])],
    [("Who discovered ketamine?", ["Calvin Lee Stevens", "Parke-Davis"]),
     ("And who filed the patent?", ["Parke-Davis filed a patent"])],
    [("What is esketamine?", ["enantiomer of ketamine", "Spravato"]),
     ("Where can it be given?", ["certified clinical settings"])],
    [("How fast does ketamine work for suicidal thoughts?", ["two hours", "40 minutes"]),
     ("And in bipolar patients?", ["40 minutes"])],
    [("What did the WHO report about depression?", ["230 million"]),
     ("And what share of people is that?", ["3.8%"])],
    [("Which therapy is paired with ketamine for depression?", ["cognitive behaviour therapy", "psychotherapy"]),
     ("What does it help patients do?", ["reverse their inaccurate beliefs"])],
    [("How is ketamine given in therapy?", ["sublingual", "intramuscular", "dosage escalation"]),
     ("Which way is for talking with the therapist?", ["Lower-dose sublingual"])],
]
NINTH_UNANSWERABLE_FOLLOW_UPS = [
    ("When was esketamine approved?", "Who was the first patient to get it?"),
    ("What are the side effects of ketamine?", "How often does nausea happen?"),
    ("How long does a session last?", "How much does one session cost?"),
    ("Does ketamine help with anxiety?", "What dose works best for anxiety?"),
    ("Who discovered ketamine?", "What else did Stevens discover?"),
    ("What is esketamine?", "What is its brand name in Europe?"),
    ("Does ketamine help with PTSD?", "Is it better than EMDR?"),
    ("How many ketamine clinics are in the US?", "Which city has the most?"),
    ("What is the mechanism of ketamine?", "How long does it stay in the blood?"),
    ("Is ketamine safe for children?", "What dose do children get?"),
    ("What did the STAR*D trial find?", "Who led the trial?"),
    ("Can ketamine treat eating disorders?", "Does it help with bulimia?"),
]
# A tenth set, written 2026-12-03 (stop 64) before it was run, and run once as written before any change it led to:
# the passages the earlier sets ask least about (the receptor, suicidality, what followed the approval, the history of
# combined treatment, the sessions' forms, research to come), and twelve follow-ups the document cannot answer. Its
# fourth first turn is also one of `bench/quality.py`'s `SEQUENCES`, found so only after the run.
TENTH_DIALOGS = [
    [("What is ketamine?", ["NMDA", "analgesic anesthetic", "dissociative"]),
     ("Who made it first?", ["Parke-Davis", "Calvin Lee Stevens"])],
    [("What receptor does ketamine block?", ["NMDA"]),
     ("What does that do to glutamate?", ["glutamate modulation", "synaptic excitability"])],
    [("Can ketamine reduce suicidal thoughts?", ["reducing suicidality", "suicidal ideation"]),
     ("How quickly?", ["two hours", "40 minutes"])],
    [("What happened after esketamine was approved?", ["telemedicine-based companies"]),
     ("Can you name one?", ["Psychedelic Institute of Mental Health"])],
    [("Why is there interest in faster treatments?", ["delayed onset", "months", "low response rates"]),
     ("For which kind of depression?", ["treatment-resistant"])],
    [("Has combining drugs with psychotherapy worked before?", ["naltrexone", "bupropion", "conventional antidepressants"]),
     ("Which drug was used for smoking?", ["bupropion"])],
    [("When are eye coverings used?", ["inward focus", "higher-dose intramuscular"]),
     ("Is that form more effective than the other?", ["no notable difference"])],
    [("Does ketamine work for bipolar depression?", ["mood-stabilizing agent"]),
     ("Any downsides?", ["dissociative and/or manic"])],
    [("Does ketamine reduce cannabis use?", ["decrease cannabis use"]),
     ("Do we know why?", ["mechanisms of action for these effects remain unknown"])],
    [("Why can't the results be generalised yet?", ["lack of large, replicated clinical trials"]),
     ("What should future trials do?", ["larger scale", "repeated ketamine dosing"])],
    [("What does ketamine do to stress?", ["brain-derived neurotrophic factor", "acute and chronic stress"]),
     ("Where was this seen?", ["animal studies"])],
]
TENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("What receptor does ketamine block?", "Does it bind to opioid receptors too?"),
    ("Can ketamine reduce suicidal thoughts?", "How many patients were in those studies?"),
    ("What happened after esketamine was approved?", "When was the Psychedelic Institute founded?"),
    ("Why is there interest in faster treatments?", "What percentage of patients don't respond to antidepressants?"),
    ("When are eye coverings used?", "What kind of music is played?"),
    ("Does ketamine work for bipolar depression?", "Is lithium one of them?"),
    ("Does ketamine reduce cannabis use?", "What about methamphetamine?"),
    ("Why can't the results be generalised yet?", "How many trials are running now?"),
    ("What does ketamine do to stress?", "Which animals were used?"),
    ("Who discovered ketamine?", "Where was Parke-Davis based?"),
    ("What are the common side effects of ketamine?", "How long does the dizziness last?"),
    ("How long do ketamine's effects last?", "Does food change that?"),
]
ELEVENTH_DIALOGS = [
    [("What is ketamine-assisted psychotherapy?", ["prescribed doses of ketamine", "in combination with psychotherapy"]),
     ("Which conditions can it treat?", ["major depressive disorder", "obsessive", "post-traumatic", "neuropathic pain"])],
    [("Which organization lists ketamine as an essential medicine?", ["World Health Organisation"]),
     ("Which other anesthetics are on that list?", ["propofol", "thiopental"])],
    [("Which organization counted the people with depression?", ["World Health Organization"]),
     ("In which year?", ["2023"])],
    [("What did the STAR*D trial find?", ["low response rates"]),
     ("After what?", ["failure of the first antidepressant"])],
    [("What is the time to relapse after ketamine treatment?", ["2–4 weeks"]),
     ("So how is that handled?", ["repeated dosage paradigm"])],
    [("Which dose is used when the patient needs to talk to the therapist?", ["Lower-dose sublingual"]),
     ("And when an inward focus is needed?", ["higher-dose intramuscular"])],
    [("Why isn't compounded ketamine approved for psychiatric disorders?", ["concerns for safety and efficacy"]),
     ("Is it still prescribed?", ["off-label"])],
    [("What does ketamine do to memories?", ["reconsolidation of dysfunctional memories"]),
     ("Which memories in particular?", ["trauma"])],
    [("Does ketamine help with OCD?", ["obsessive-compulsive"]),
     ("Even with other psychiatric conditions?", ["psychiatric comorbidities"])],
    [("What therapies should future trials integrate ketamine with?",
      ["motivational enhancement therapy", "functional analytic psychotherapy"]),
     ("Why are larger trials needed?", ["lack of large, replicated clinical trials", "generalisable"])],
    [("Can esketamine be used at home?", ["cannot be distributed outside of certified clinical settings"]),
     ("Is there a form that can?", ["sublingual", "used from home"])],
]
ELEVENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Which organization lists ketamine as an essential medicine?", "When was it added to the list?"),
    ("How many people have depression worldwide?", "How many of them live in Europe?"),
    ("What did the STAR*D trial find?", "Which antidepressant was tried first?"),
    ("What is the time to relapse after ketamine treatment?", "Does exercise delay it?"),
    ("Which dose is used when the patient needs to talk to the therapist?", "How many milligrams is that?"),
    ("What does REMS require for esketamine?", "How long must patients be monitored?"),
    ("Does ketamine help with OCD?", "Which CBT techniques work best with it?"),
    ("What therapies should future trials integrate ketamine with?", "Who is funding those trials?"),
    ("Which anesthetics does the WHO list with ketamine?", "Which one is the safest?"),
    ("When was esketamine approved?", "Was it approved in Canada too?"),
    ("What are the common side effects of ketamine?", "How often does nausea happen?"),
    ("How was ketamine used on the battlefield?", "In which army?"),
]
TWELFTH_DIALOGS = [
    [("How many injected general anesthetics are on the WHO list?", ["one of three"]),
     ("Is it safe for kids?", ["safe to use for children"])],
    [("What share of the population has depression?", ["3.8%"]),
     ("According to whom?", ["World Health Organization"])],
    [("What limits antidepressant treatment?", ["delayed onset of efficacy"]),
     ("How long until effects appear?", ["period of months"])],
    [("How long do the antidepressant effects of ketamine last?", ["4–7 days", "up to a week"]),
     ("And how fast do they start?", ["2–24 hours", "rapid onset"])],
    [("How could CBT help patients taking ketamine?", ["reverse their inaccurate beliefs"]),
     ("And what could therapy add to ketamine?", ["reinforce the effects", "longer-lasting treatment"])],
    [("Which signaling pathways does ketamine affect?", ["mTOR", "GSK3", "eEF2"]),
     ("Where was that shown?", ["animal models"])],
    [("How long can a session last?", ["three hours"]),
     ("What happens towards the end?", ["supervised recovery"])],
    [("How many ketamine clinics are in the United States?", ["2,500"]),
     ("What share of them offer psychotherapy?", ["20%"])],
    [("What is combined with ketamine for bipolar depression?", ["mood-stabilizing agent"]),
     ("How fast did symptoms improve?", ["40 minutes"])],
    [("Which substances can ketamine reduce cravings for?", ["alcohol, cocaine, and opioids"]),
     ("Is it addictive for those patients?", ["has not been studied"])],
    [("Why are eating disorders hard to treat?", ["varying degrees of effectiveness", "high rates of remission"]),
     ("Which one does ketamine help?", ["anorexia nervosa"])],
]
TWELFTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Which signaling pathways does ketamine affect?", "Which of them was discovered first?"),
    ("How long can a session last?", "Can a family member attend?"),
    ("What share of the population has depression?", "Is that number rising?"),
    ("What current therapies exist for depression?", "How well does electroconvulsive therapy work?"),
    ("What is combined with ketamine for bipolar depression?", "What dose of ketamine was given?"),
    ("Which eating disorder does ketamine treat best?", "How long did the patients stay well?"),
    ("What are the potential risks of ketamine?", "How common is abuse?"),
    ("What should future trials focus on?", "When will the results be published?"),
    ("What happens to glutamate with ketamine?", "Is that harmful to the brain?"),
    ("Who prescribes ketamine off-label?", "Do they need special training?"),
    ("When are eye coverings used?", "Who provides the eye coverings?"),
    ("Which therapies should ketamine be combined with in future trials?",
     "How long does functional analytic psychotherapy take?"),
]
# A thirteenth set, written 2026-12-04 (stop 67) before it was run, and run once as written before any change.
THIRTEENTH_DIALOGS = [
    [("What conditions does ketamine-assisted psychotherapy show potential for?", ["major depressive disorder"]),
     ("Does that include pain?", ["neuropathic pain"])],
    [("What did Parke-Davis file soon after the discovery?", ["patent"]),
     ("Where was ketamine used after that?", ["battlefield"])],
    [("Which anesthetics are on the WHO list along with ketamine?", ["propofol and thiopental"]),
     ("Who publishes that list?", ["World Health Organisation"])],
    [("What did the STAR*D trial find?", ["low response rates"]),
     ("What was sought as a result?", ["more rapid treatment option"])],
    [("How might ketamine affect traumatic memories?", ["disrupts the reconsolidation"]),
     ("What burden does that ease?", ["trauma, anxiety, substance use"])],
    [("How soon is ketamine's effect on suicidality visible?", ["within two hours"]),
     ("Does that hold for patients without depression?", ["cannot currently be generalised"])],
    [("What is provided during higher-dose intramuscular sessions?", ["eye coverings and music"]),
     ("When is that route used?", ["inward focus"])],
    [("Which disorder improves with ketamine plus cognitive behavioral therapy?", ["obsessive-compulsive"]),
     ("Were patients with other psychiatric conditions helped?", ["psychiatric comorbidities"])],
    [("What are the most common side effects of esketamine?", ["dissociation, disorientation"]),
     ("What research is still needed on them?", ["long-term side effects"])],
    [("Why is compounded ketamine not approved for psychiatric use?", ["concerns for safety and efficacy"]),
     ("Who prescribes it anyway?", ["healthcare professionals"])],
]
THIRTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Who discovered ketamine?", "Did Stevens receive a prize for it?"),
    ("When was esketamine approved?", "Which doctor prescribed it first?"),
    ("How long do ketamine's antidepressant effects last?", "Does sleep affect how long they last?"),
    ("What are the potential risks of ketamine?", "Which of them is the most dangerous?"),
    ("Which substances can ketamine reduce cravings for?", "How long do the cravings stay away?"),
    ("What does REMS require for esketamine?", "What happens if a clinic breaks the rules?"),
    ("Why are sessions repeated?", "How far apart are the sessions?"),
    ("Does ketamine help with anorexia nervosa?", "How much weight did patients gain?"),
    ("What is esketamine?", "Which pharmacy chains stock it?"),
    ("How many people have depression according to the WHO?", "How many of them get treatment?"),
    ("Which dose is used for sessions with active communication?", "How long does the tablet take to dissolve?"),
    ("Why did psychiatry become interested in ketamine?", "Which psychiatrist first tried it on patients?"),
]
FOURTEENTH_DIALOGS = [
    [("How soon after an infusion does ketamine act?", ["2–24 hours"]),
     ("And for how many days?", ["4–7 days"])],
    [("How is psychotherapy timed relative to the ketamine infusion?", ["simultaneously", "following the infusion"]),
     ("Are the guidelines for it consistent?", ["variably defined"])],
    [("What do single doses of ketamine do for depression?", ["rapid anti-depressive effects"]),
     ("Do the acute side effects go away on their own?", ["resolve spontaneously"])],
    [("What routes of administration were used in the anxiety studies?", ["intravenous, intramuscular, and oral"]),
     ("Did anxiety drop quickly?", ["lower anxiety rapidly"])],
    [("What does ketamine's dissociative effect offer patients in therapy?", ["cognitive flexibility"]),
     ("And what does therapy do in return?", ["reinforce the effects"])],
    [("Where has ketamine been used off-label for psychiatric symptoms?", ["Europe and the United States"]),
     ("What sparked that use?", ["hallucinogenic properties"])],
    [("For which eating disorder is ketamine particularly effective?", ["anorexia nervosa"]),
     ("Which patients seem to benefit most?", ["failed previous therapies"])],
    [("What is ketamine approved for in the United States?", ["anesthetic agent"]),
     ("And esketamine?", ["nasal spray"])],
    [("Why do results not yet apply to the wider population?", ["lack of large, replicated clinical trials"]),
     ("What kind of trials are needed then?", ["larger scale"])],
    [("Which substance use disorders did ketamine improve?", ["alcohol, cocaine, and opioids"]),
     ("Did it help with cannabis too?", ["decrease cannabis use"])],
]
FOURTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("How long does a ketamine session last?", "Can a family member sit in on it?"),
    ("Which disorders does ketamine-assisted psychotherapy show potential for?", "What about insomnia?"),
    ("Who discovered ketamine?", "Is Parke-Davis still around today?"),
    ("What are the most common side effects of esketamine?", "Can the dizziness be prevented?"),
    ("Does ketamine help with OCD?", "How many sessions did those patients get?"),
    ("What does ketamine do to traumatic memories?", "Does it erase them completely?"),
    ("When was esketamine approved?", "How many sprays are in one dose?"),
    ("How many ketamine clinics are in the US?", "How much do they charge per session?"),
    ("Which therapies should future trials integrate with ketamine?", "Who developed motivational enhancement therapy?"),
    ("How fast does ketamine reduce suicidal ideation?", "Does it work for elderly patients?"),
    ("What is the time to relapse after ketamine?", "What do patients do between sessions?"),
    ("Is ketamine on the WHO essential medicines list?", "Why was thiopental included?"),
]
FIFTEENTH_DIALOGS = [
    [("What is ketamine-assisted psychotherapy?", ["prescribed doses of ketamine"]),
     ("What conditions is it used for?", ["major depressive disorder", "anxiety"])],
    [("Is ketamine addictive?", ["abuse", "addictive effects"]),
     ("What other risks are there?", ["dissociation, sedation", "toxic effects"])],
    [("How is esketamine taken?", ["intranasal", "nasal spray"]),
     ("Does it need supervision?", ["patient monitoring", "certified clinical settings"])],
    [("What happens in the brain with ketamine?", ["NMDA receptor antagonist", "glutamate", "neuroplasticity",
                                                    "synaptogenesis", "brain-derived neurotrophic factor"]),
     ("How does that help depression?", ["symptom reduction", "cognitive restructuring"])],
    [("Does ketamine work for PTSD?", ["post-traumatic stress"]),
     ("How?", ["reconsolidation of dysfunctional memories"])],
    [("How many people worldwide have depression?", ["230 million"]),
     ("What share of the population is that?", ["3.8%"])],
    [("What is STAR*D?", ["Sequenced Treatment Alternatives to Relieve Depression"]),
     ("What did it find?", ["low response rates"])],
    [("Can ketamine help with alcohol problems?", ["alcohol, cocaine, and opioids", "reduce cravings"]),
     ("Is it known why it works for that?", ["remain unknown"])],
    [("When was ketamine discovered?", ["1962"]),
     ("Who made it?", ["Parke-Davis", "Calvin Lee Stevens"])],
    [("Why is ketamine given with therapy rather than alone?", ["reinforce the effects", "cognitive flexibility",
                                                                 "enhances the effects of both", "neuroplasticity"]),
     ("How long do the benefits last?", ["4–7 days", "up to a week", "longer-lasting"])],
]
FIFTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Is ketamine addictive?", "How many people become addicted?"),
    ("How is esketamine taken?", "Does it taste bad?"),
    ("Who discovered ketamine?", "Did he win a prize for it?"),
    ("Does ketamine work for PTSD?", "Is it better than MDMA for that?"),
    ("What is the STAR*D trial?", "Who paid for the study?"),
    ("What are the side effects of ketamine?", "Are they worse in older people?"),
    ("Who approved esketamine?", "Has Health Canada approved it too?"),
    ("Can ketamine help with eating disorders?", "What about binge eating?"),
    ("How many ketamine clinics are there in the US?", "Are there any in Texas?"),
    ("What is the time to relapse after ketamine?", "What are the warning signs of a relapse?"),
    ("What does ketamine do to BDNF?", "Does exercise raise it too?"),
    ("Why combine ketamine with psychotherapy?", "Does the therapist need a special license?"),
]
SIXTEENTH_DIALOGS = [
    [("What kind of drug is ketamine?", ["NMDA", "anesthetic"]),
     ("Is it short-acting?", ["short-acting"])],
    [("How fast does ketamine start working?", ["2–24 hours", "rapid onset", "within two hours", "40 minutes"]),
     ("And how long does the effect hold?", ["4–7 days", "up to a week"])],
    [("Can ketamine reduce suicidal thoughts?", ["reducing suicidality", "suicidal ideation"]),
     ("How soon?", ["within two hours", "40 minutes"])],
    [("What is Spravato?", ["esketamine"]),
     ("Who can hand it out?", ["certified clinical settings"])],
    [("Which drug is paired with therapy to quit smoking?", ["bupropion"]),
     ("And for opioid dependence?", ["naltrexone"])],
    [("What did the WHO report about depression?", ["230 million"]),
     ("What treatments are currently used?", ["antidepressant medications", "electroconvulsive"])],
    [("Why are eye coverings used?", ["inward focus"]),
     ("And what dose is given then?", ["higher-dose intramuscular"])],
    [("Does ketamine help with cocaine addiction?", ["cocaine", "reduce cravings"]),
     ("Is the mechanism understood?", ["remain unknown"])],
    [("Which pathways does ketamine trigger?", ["mTOR", "GSK3", "eEF2"]),
     ("What do these pathways do?", ["augment neuroplasticity"])],
    [("What are the problems with current antidepressants?", ["delayed onset", "over a period of months"]),
     ("What did STAR*D show?", ["low response rates"])],
]
SIXTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("When was ketamine discovered?", "Which university did Stevens work at?"),
    ("How is esketamine given?", "How much does a dose cost?"),
    ("What are the side effects of ketamine?", "Which of them is most common in children?"),
    ("How many ketamine clinics are in the US?", "How many are in Canada?"),
    ("Does ketamine help with OCD?", "How many patients were studied?"),
    ("What is ketamine's mechanism of action?", "Does it also block AMPA receptors?"),
    ("Can ketamine help with anorexia?", "What about bulimia?"),
    ("How long does a ketamine session last?", "Can I drive home afterwards?"),
    ("Who offers ketamine-assisted psychotherapy?", "Is the Psychedelic Institute accredited?"),
    ("Is ketamine on the WHO list of essential medicines?", "When was it added?"),
    ("Does ketamine help with bipolar depression?", "Is lithium used with it?"),
    ("What should future trials look like?", "Who will fund them?"),
]
SEVENTEENTH_DIALOGS = [
    [("What is esketamine?", ["enantiomer of ketamine"]),
     ("When did the FDA approve it?", ["2019"])],
    [("What was ketamine first used for?", ["veterinary anesthetic"]),
     ("When was it first given to a person?", ["1964"])],
    [("Why was ketamine called the buddy drug?", ["administer it to one another"]),
     ("Where was it used that way?", ["battlefield"])],
    [("What does ketamine do for anxiety?", ["lower anxiety rapidly", "improved symptoms of anxiety"]),
     ("Are the long-term effects known?", ["remain unclear"])],
    [("Which therapy works well with ketamine for OCD?", ["cognitive behavioral therapy"]),
     ("How severe were the symptoms that improved?", ["mild to moderate"])],
    [("What are the most common side effects of esketamine?", ["dissociation, disorientation, dizziness"]),
     ("Is there a lower-risk way to take ketamine?", ["sublingual"])],
    [("How does ketamine help bipolar depression?", ["mood-stabilizing agent", "40 minutes"]),
     ("Were there any problems?", ["dissociative and/or manic symptoms"])],
    [("What regulation covers esketamine?", ["REMS", "Risk Evaluation and Mitigation Strategy"]),
     ("What does it require?", ["patient monitoring"])],
    [("Which eating disorder does ketamine help most?", ["anorexia nervosa"]),
     ("Why is more research needed?", ["limited number of clinical studies"])],
    [("What therapies should future trials combine with ketamine?", ["motivational enhancement therapy",
                                                                      "functional analytic psychotherapy"]),
     ("How big should the trials be?", ["larger scale"])],
]
SEVENTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("When did the FDA approve esketamine?", "Was it approved in Japan as well?"),
    ("What was ketamine first used for?", "Which animals was it given to?"),
    ("What are the side effects of ketamine?", "How long does the nausea last?"),
    ("How is ketamine used for anxiety?", "Which dose works best for social anxiety?"),
    ("Who discovered ketamine?", "Where was Parke-Davis based?"),
    ("Does ketamine help with OCD?", "How many sessions are needed?"),
    ("What is ketamine-assisted psychotherapy?", "Is it legal in Mexico?"),
    ("How fast does ketamine work for suicidal thoughts?", "Does it work better in women?"),
    ("What is the STAR*D trial?", "How many patients took part?"),
    ("Which substance use disorders does ketamine help?", "Does it help people quit gambling?"),
    ("What does ketamine do in the brain?", "Does it change serotonin levels?"),
    ("What should future trials do?", "When will the next trial start?"),
]
EIGHTEENTH_DIALOGS = [
    [("What kind of drug is ketamine?", ["NMDA", "analgesic anesthetic"]),
     ("Who made the discovery?", ["Parke-Davis", "Calvin Lee Stevens"])],
    [("How many people in the world have depression?", ["230 million"]),
     ("In which year was that counted?", ["2023"])],
    [("What is wrong with current antidepressants?", ["delayed onset of efficacy"]),
     ("And after the first one fails?", ["low response rates"])],
    [("How quickly does ketamine start to work?", ["2–24 hours", "within two hours", "40 minutes"]),
     ("And how long does the effect last?", ["4–7 days", "up to a week"])],
    [("Does ketamine help people who want to drink less?", ["alcohol"]),
     ("Which other substances?", ["cocaine", "opioids", "cannabis"])],
    [("What happens during a high-dose session?", ["inward focus", "eye coverings"]),
     ("Is it more effective than a low dose?", ["no notable difference"])],
    [("What does the WHO say about ketamine for children?", ["safe to use for children"]),
     ("Which other anesthetics are on its list?", ["propofol", "thiopental"])],
    [("What does ketamine do to memories of trauma?", ["reconsolidation", "dysfunctional memories"]),
     ("What other problems could that help with?", ["anxiety, substance use"])],
    [("Is ketamine FDA approved as an anesthetic?", ["approved by the FDA as an anesthetic agent"]),
     ("Do doctors use it off-label too?", ["off-label"])],
    [("Where can esketamine be given?", ["certified clinical settings"]),
     ("Does it carry any risk?", ["dissociation, sedation and abuse"])],
]
EIGHTEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("What kind of drug is ketamine?", "Is it a controlled substance?"),
    ("How many people in the world have depression?", "How many die by suicide each year?"),
    ("How quickly does ketamine start to work?", "Does it work faster in younger patients?"),
    ("Does ketamine help people who want to drink less?", "How many drinks a week did patients cut?"),
    ("What happens during a high-dose session?", "Who picks the music?"),
    ("How is sublingual ketamine taken?", "Does a nurse have to visit?"),
    ("Which medicines are on the WHO list with ketamine?", "How many medicines are on that list in total?"),
    ("Is compounded ketamine approved for psychiatric use?", "Which pharmacies compound it?"),
    ("Where can esketamine be given?", "How many certified clinics are there?"),
    ("What is esketamine?", "Who invented the nasal spray?"),
    ("What does CBT add to ketamine treatment?", "How many CBT sessions are usually given?"),
    ("What should future trials include?", "Which universities are running them?"),
]
NINETEENTH_DIALOGS = [
    [("Which company was behind ketamine's patent?", ["Parke-Davis"]),
     ("What did the patent lead to?", ["battlefield"])],
    [("How did soldiers use ketamine?", ["administer it to one another", "buddy drug"]),
     ("What made psychiatrists curious about it?", ["hallucinogenic properties"])],
    [("What are the usual treatments for depression?", ["antidepressant medications",
                                                        "transcranial magnetic stimulation"]),
     ("Why aren't they enough?", ["delayed onset of efficacy", "low response rates"])],
    [("Which enzymes does ketamine's signaling involve?", ["mTOR", "GSK3", "eEF2"]),
     ("What are they thought to boost?", ["neuroplasticity"])],
    [("How long until depression comes back after ketamine?", ["2–4 weeks"]),
     ("What do clinics do about that?", ["repeated dosage paradigm"])],
    [("How is the dose chosen in ketamine-assisted psychotherapy?", ["dosage escalation strategy",
                                                                    "alteration of consciousness"]),
     ("And is the therapy given at the same time?", ["simultaneously", "following the infusion"])],
    [("What kind of clinical trials are missing?", ["large, replicated clinical trials"]),
     ("Why is that a problem?", ["generalisable to the larger population"])],
    [("Does ketamine treat anorexia?", ["anorexia nervosa"]),
     ("Who seems to benefit the most?", ["failed previous therapies"])],
    [("What does ketamine give patients in therapy sessions?", ["neuroplasticity and cognitive flexibility"]),
     ("Does the therapy make the effects last longer?", ["longer-lasting treatment"])],
    [("How common are side effects with a single dose?", ["acute side-effects that resolve spontaneously"]),
     ("How long does a single dose keep working?", ["up to a week"])],
]
NINETEENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Who discovered ketamine?", "Did Stevens win any awards for it?"),
    ("When did ketamine reach the battlefield?", "How many soldiers carried it?"),
    ("What share of the world has depression?", "Is it more common in women?"),
    ("What did the STAR*D trial find?", "How many antidepressants did each patient try?"),
    ("How long do ketamine's antidepressant effects last?", "Can a booster dose extend them?"),
    ("What does ketamine do to glutamate?", "Does it also affect GABA?"),
    ("How long do sessions last?", "Is a doctor present the whole time?"),
    ("Why is music played in some sessions?", "Which songs are played?"),
    ("Does ketamine help with OCD?", "Did the patients keep improving after a year?"),
    ("What are the side effects of ketamine?", "How many patients stopped because of them?"),
    ("What does the REMS program do?", "When was REMS created?"),
    ("What should future trials do?", "Who will pay for those trials?"),
]
TWENTIETH_DIALOGS = [
    [("What research led to ketamine's discovery?", ["derivatives of phencyclidine"]),
     ("What did Parke-Davis do soon after?", ["filed a patent"])],
    [("What did the 2019 approval lead to?", ["telemedicine-based companies"]),
     ("Which institute is an example?", ["Psychedelic Institute"])],
    [("Which beliefs can CBT help patients reverse?", ["inaccurate beliefs"]),
     ("What do those beliefs lead to?", ["depressive mental states"])],
    [("What is ketamine's mechanism of action?", ["NMDA receptor antagonist"]),
     ("What is it thought to increase as a result?", ["synaptic excitability"])],
    [("How might ketamine ease the burden of trauma?", ["reconsolidation of dysfunctional memories"]),
     ("Which other conditions could that help?", ["anxiety, substance use"])],
    [("How fast does ketamine reduce suicidality?", ["within two hours"]),
     ("Why is that speed an advantage?", ["delayed onset poses an increased risk"])],
    [("When is a lower dose recommended?", ["active therapist-patient communication"]),
     ("By which route?", ["sublingual"])],
    [("Which countries has ketamine been used off-label in?", ["Europe and the United States"]),
     ("For which symptoms?", ["diverse group of psychiatric symptoms"])],
    [("What is ketamine combined with for bipolar depression?", ["mood-stabilizing agent"]),
     ("What went wrong for some patients?", ["dissociative and/or manic symptoms"])],
    [("Which substances' cravings does ketamine reduce?", ["alcohol, cocaine, and opioids"]),
     ("Has its addictiveness been studied in those patients?", ["has not been studied"])],
]
TWENTIETH_UNANSWERABLE_FOLLOW_UPS = [
    ("What was ketamine first used as clinically?", "How many vets use it today?"),
    ("Where was ketamine used after its patent?", "Was it used in Vietnam?"),
    ("What is esketamine's brand name?", "When did the brand launch in Japan?"),
    ("How many ketamine clinics are there in the US?", "Which one is the biggest?"),
    ("Which growth factor does ketamine increase?", "How long do the higher levels last?"),
    ("What are the most common side effects of ketamine?", "Does the hypertension need treatment?"),
    ("What is the low-risk form of ketamine therapy?", "Which company sells it?"),
    ("Which signaling pathways does ketamine use?", "Who discovered mTOR?"),
    ("Which therapies should future trials combine with ketamine?", "Who developed functional analytic psychotherapy?"),
    ("How long may a session last?", "Can patients eat beforehand?"),
    ("Does ketamine help with anorexia?", "Does it change how much patients eat?"),
    ("Who prescribes ketamine off-label?", "Can a psychologist prescribe it?"),
]
TWENTY_FIRST_DIALOGS = [
    [("Why was ketamine first tried in people?", ["replacement for PCP"]),
     ("What was it used for before that?", ["veterinary anesthetic"])],
    [("What percentage of people have depression?", ["3.8%"]),
     ("In which year was that measured?", ["2023"])],
    [("How long do ketamine's antidepressant effects usually last?", ["4–7 days"]),
     ("And how soon do they begin?", ["2–24 hours"])],
    [("What did the STAR*D trial reveal?", ["low response rates"]),
     ("What did that spark interest in?", ["more rapid treatment option"])],
    [("Is ketamine considered safe for young patients?", ["safe to use for children"]),
     ("Which list is it on?", ["Model List of Essential Medicines"])],
    [("Is sublingual dosing less effective than intramuscular?", ["no notable difference in efficacy"]),
     ("When is the intramuscular one used?", ["inward focus"])],
    [("What kind of OCD symptoms responded well?", ["mild to moderate symptoms"]),
     ("How well were they treated?", ["significant efficacy"])],
    [("Which eating disorder has ketamine helped most?", ["anorexia nervosa"]),
     ("Which patients in particular?", ["failed previous therapies"])],
    [("Where must esketamine be given?", ["certified clinical settings"]),
     ("What must happen after each dose?", ["patient monitoring"])],
    [("How quickly did bipolar patients' depressive symptoms improve?", ["40 minutes"]),
     ("Is that speed usual for antidepressants?", ["difficult with current antidepressant therapy"])],
]
TWENTY_FIRST_UNANSWERABLE_FOLLOW_UPS = [
    ("Why was ketamine first tried in people?", "Who was the doctor who gave it?"),
    ("What percentage of people have depression?", "How has that changed since 2000?"),
    ("How long do ketamine's antidepressant effects usually last?", "Why do they wear off?"),
    ("Is sublingual dosing less effective than intramuscular?", "Which one do patients prefer?"),
    ("What kind of OCD symptoms responded well?", "What about severe symptoms?"),
    ("What does brain-derived neurotrophic factor do?", "Is it found outside the brain?"),
    ("Where do ketamine-assisted psychotherapy sessions take place?", "Are they offered in hospitals too?"),
    ("Who discovered ketamine?", "Where did Stevens work before Parke-Davis?"),
    ("What is esketamine?", "Is it taken daily?"),
    ("What must happen after an esketamine dose?", "For how long?"),
    ("Does ketamine help with cannabis use?", "By how much did use drop?"),
    ("What are the most common side effects of esketamine?", "Which side effect makes people stop treatment?"),
]
# A twenty-second set (written 2026-12-05, stop 86), each turn looked for in the benches and seed-dev first.
TWENTY_SECOND_DIALOGS = [
    [("What does ketamine do to glutamate?", ["glutamate modulation"]),
     ("What is that believed to increase?", ["synaptic excitability"])],
    [("Which injected general anesthetics are on the WHO's essential list?", ["propofol", "thiopental"]),
     ("Can children be given it?", ["safe to use for children"])],
    [("Which company filed the ketamine patent?", ["Parke-Davis"]),
     ("Where was it used after that?", ["battlefield"])],
    [("What share of ketamine clinics offer psychotherapy?", ["20%"]),
     ("How many clinics are there in total?", ["2,500"])],
    [("What does ketamine do to memories linked to trauma?", ["reconsolidation"]),
     ("Which other conditions does that ease?", ["anxiety, substance use"])],
    [("How long can a ketamine therapy session run?", ["three hours"]),
     ("What happens near the end?", ["supervised recovery"])],
    [("Why is compounded ketamine not FDA approved for psychiatric disorders?", ["safety and efficacy"]),
     ("Do healthcare professionals still give it?", ["off-label"])],
    [("Which kinases are involved in ketamine's signaling pathways?", ["GSK3", "eEF2"]),
     ("Where was this demonstrated?", ["animal models"])],
    [("What did combining psychotherapy with antidepressants do?", ["enhances the effects of both"]),
     ("And for alcohol dependence?", ["naltrexone"])],
    [("What keeps ketamine results from applying to the larger population?", ["lack of large, replicated"]),
     ("What follow-up have existing studies had?", ["short-term follow-up"])],
]
TWENTY_SECOND_UNANSWERABLE_FOLLOW_UPS = [
    ("What receptor does ketamine block?", "How strongly does it bind?"),
    ("Which company filed the ketamine patent?", "What year did the patent expire?"),
    ("What share of ketamine clinics offer psychotherapy?", "How many of them are in California?"),
    ("How long can a ketamine therapy session run?", "Can patients drink water during it?"),
    ("What are the most common side effects of ketamine?", "Does it raise heart rate?"),
    ("What does ketamine do to memories linked to trauma?", "Does it work for phobias?"),
    ("Which kinases are involved in ketamine's signaling pathways?", "Which drugs block them?"),
    ("How is esketamine given?", "Does the spray need refrigeration?"),
    ("When did ketamine reach the battlefield?", "Was it given to civilians as well?"),
    ("What can CBT help patients reverse?", "Is CBT offered online?"),
    ("What is esketamine approved for?", "How often is it given each week?"),
    ("What did the STAR*D trial find?", "How many sites ran it?"),
]
# A twenty-third set (written 2026-12-05, stop 87), each turn looked for in the benches and seed-dev first.
TWENTY_THIRD_DIALOGS = [
    [("What sort of medicine is ketamine?", ["analgesic anesthetic"]),
     ("Which receptor does it block?", ["NMDA", "N-methyl-D-aspartate"])],
    [("Which conditions might ketamine-assisted psychotherapy help?", ["major depressive disorder"]),
     ("Does that include chronic pain?", ["neuropathic pain"])],
    [("When did the FDA first approve a ketamine-derived treatment?", ["2019"]),
     ("Is it an injection?", ["intranasal", "nasal spray"])],
    [("What share of humanity has depression?", ["3.8%"]),
     ("Which organization says so?", ["World Health Organization"])],
    [("Why do standard antidepressants fall short?", ["delayed onset of efficacy"]),
     ("What did a large trial also find?", ["low response rates"])],
    [("How soon can ketamine reduce suicidal thinking?", ["two hours"]),
     ("How large is the effect?", ["moderate-to-large"])],
    [("How long before patients relapse after ketamine?", ["2–4 weeks"]),
     ("What is done about it?", ["repeated dosage paradigm"])],
    [("When is a higher ketamine dose injected into the muscle?", ["inward focus"]),
     ("Does it work better than the lower one?", ["no notable difference in efficacy"])],
    [("What do anxiety studies of ketamine show?", ["lower anxiety rapidly", "significantly improved symptoms of anxiety"]),
     ("How much research exists on it?", ["sparse"])],
    [("What does REMS require for esketamine?", ["patient monitoring"]),
     ("Under whose guidance?", ["FDA", "Risk Evaluation"])],
]
TWENTY_THIRD_UNANSWERABLE_FOLLOW_UPS = [
    ("Who discovered ketamine?", "Was Stevens a chemist?"),
    ("What does the current therapy for depression include?", "How effective is electroconvulsive therapy?"),
    ("How fast does ketamine reduce suicidality?", "Does it lower the number of suicides?"),
    ("What should future ketamine trials include?", "When will those trials start?"),
    ("Why was ketamine called the buddy drug?", "Did soldiers carry it in their kits?"),
    ("Which receptor does ketamine block?", "Is memantine similar?"),
    ("What are the most common side effects of ketamine?", "Does it cause headaches?"),
    ("What did the FDA approve in 2019?", "Which company asked for the approval?"),
    ("Where may esketamine be given?", "Must a doctor stay in the room?"),
    ("Which eating disorder responds best to ketamine?", "How long did the benefit last?"),
    ("What is combined with ketamine for bipolar depression?", "Is valproate used?"),
    ("What can CBT help patients reverse?", "Who developed CBT?"),
]
# A twenty-fourth set (written 2026-12-05, stop 88), each turn looked for in the benches and seed-dev first.
TWENTY_FOURTH_DIALOGS = [
    [("Was ketamine first given to animals?", ["veterinary anesthetic"]),
     ("And to people when?", ["1964"])],
    [("Which two other anesthetics are on the WHO's essential list?", ["propofol and thiopental"]),
     ("Can children receive it?", ["safe to use for children"])],
    [("How long do ketamine's antidepressant effects usually hold?", ["4–7 days", "up to a week"]),
     ("And how fast do they appear?", ["2–24 hours"])],
    [("What has pairing drugs with talk therapy achieved in the past?", ["efficacious", "enhances the effects"]),
     ("Give an example.", ["naltrexone", "bupropion", "conventional antidepressants"])],
    [("Which company practices ketamine therapy over telemedicine?", ["Psychedelic Institute"]),
     ("What led to such companies?", ["esketamine"])],
    [("Which addictions has ketamine been tried for?", ["alcohol, cocaine, and opioids"]),
     ("Does it also cut marijuana use?", ["cannabis"])],
    [("What factor does ketamine raise in the brain?", ["brain-derived neurotrophic factor"]),
     ("What good does that do?", ["ameliorates the effects of acute and chronic stress"])],
    [("In which settings were repeated sessions effective?", ["private practice"]),
     ("How long might one of them take?", ["three hours"])],
    [("What phase of bipolar disorder does ketamine with a mood stabilizer target?", ["depressive phase"]),
     ("Did any patients become manic?", ["manic symptoms"])],
    [("Why is compounded ketamine not FDA approved for psychiatric use?", ["concerns for safety and efficacy"]),
     ("So do clinicians still use it?", ["off-label"])],
]
TWENTY_FOURTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Which anesthetics are on the WHO essential list with ketamine?", "Which of them is cheapest?"),
    ("How long do ketamine's antidepressant effects last?", "Do they last longer in women?"),
    ("What kind of receptor antagonist is ketamine?", "Is it also a dopamine blocker?"),
    ("Who discovered ketamine?", "In which city was it discovered?"),
    ("What is esketamine?", "What does the name Spravato mean?"),
    ("What did the WHO report about depression in 2023?", "How many had it ten years earlier?"),
    ("How many people worldwide have depression?", "How many of them live in India?"),
    ("When is intramuscular ketamine used?", "How big is the injection needle?"),
    ("What are the risks of esketamine?", "How often does abuse happen?"),
    ("What does ketamine therapy do for cannabis use?", "How many participants were in that study?"),
    ("Which therapies should future ketamine trials add?", "How many sessions does MET involve?"),
    ("What is ketamine's mechanism of action?", "Is it metabolized by the liver?"),
]
# The sets written after the first: (name, dialogs, follow-ups the document cannot answer).
# A twenty-fifth set (written 2026-12-06, stop 89), each turn looked for in the benches and seed-dev first.
TWENTY_FIFTH_DIALOGS = [
    [("Besides medication and psychotherapy, what treats depression today?",
      ["transcranial magnetic stimulation", "electroconvulsive therapy", "lifestyle approaches"]),
     ("What holds the usual antidepressants back?", ["delayed onset"])],
    [("Whose derivatives were being researched when ketamine was found?", ["phencyclidine", "PCP"]),
     ("Which scientist was involved?", ["Calvin Lee Stevens"])],
    [("Which form of ketamine suits sessions where patient and therapist talk a lot?", ["Lower-dose sublingual"]),
     ("And the stronger dose, when is it used?", ["inward focus"])],
    [("What do patients get at the close of a long session?", ["supervised recovery"]),
     ("How long can such sessions go on?", ["three hours"])],
    [("Could ketamine weaken painful memories?", ["reconsolidation of dysfunctional memories"]),
     ("Which problems would that ease?", ["trauma, anxiety, substance use"])],
    [("Is the talk therapy given during the infusion or after?", ["simultaneously, or following the infusion"]),
     ("Is there one agreed way to do it?", ["variably defined"])],
    [("What mix of treatments do eating disorders usually get?", ["psychotherapy with various psychotropic medications"]),
     ("What makes them a challenge?", ["varying degrees of effectiveness", "high rates of remission"])],
    [("Where is esketamine allowed to be handed over?", ["certified clinical settings"]),
     ("Is the patient observed afterwards?", ["patient monitoring after administration"])],
    [("How large is ketamine's effect on suicidal ideation?", ["moderate-to-large"]),
     ("In how much time can it be seen?", ["two hours"])],
    [("Do we know if infusions beat the nasal spray?", ["research remains mixed"]),
     ("What side effects do both share?", ["dissociation, disorientation, dizziness, nausea, and hypertension"])],
]
TWENTY_FIFTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Whose derivatives were being studied when ketamine was discovered?", "Why did researchers want to replace PCP?"),
    ("What is provided when a patient needs an inward focus?", "How loud is the music?"),
    ("What do patients get at the close of a long session?", "Do they need to fast beforehand?"),
    ("Could ketamine weaken painful memories?", "Has this been shown with brain imaging?"),
    ("What mix of treatments do eating disorders usually get?", "How many people have anorexia?"),
    ("Where is esketamine allowed to be handed over?", "How long does it take a clinic to get certified?"),
    ("How large is ketamine's effect on suicidal ideation?", "Does age change the effect?"),
    ("Do we know if infusions beat the nasal spray?", "Which one do doctors prescribe more?"),
    ("What is the time to relapse after ketamine treatment?", "Do some patients never relapse?"),
    ("Which drug is paired with therapy to help people quit smoking?", "Is bupropion also an antidepressant?"),
    ("What did Parke-Davis do after the discovery?", "Who owns the patent today?"),
    ("What share of US ketamine clinics offer psychotherapy?", "How many patients do they see a year?"),
]

# A twenty-sixth set (written 2026-12-06, stop 90), each turn looked for in the benches and seed-dev first.
TWENTY_SIXTH_DIALOGS = [
    [("Was ketamine first used in psychiatry as a fast antidepressant?", ["rapid-acting antidepressant"]),
     ("What drew interest beyond depression?", ["psychedelic effects have sparked interest",
                                                "hallucinogenic properties"])],
    [("Do scientists agree on why ketamine helps psychiatric symptoms?", ["several hypotheses"]),
     ("Is it only about glutamate?", ["larger in scope than previously thought", "greater synaptogenesis"])],
    [("Was ketamine meant to take over from the usual depression treatments or go alongside them?",
      ["adjunct to previous therapies"]),
     ("Which trial showed that something new was needed?", ["Sequenced Treatment Alternatives"])],
    [("How was ketamine given in the bipolar depression studies?", ["intravenous ketamine infusions"]),
     ("Have other ways of giving it been tested for that?", ["alternative modes of ketamine administration",
                                                             "other than intravenous"])],
    [("Does ketamine make addiction treatment work better?", ["significantly affect treatment rates"]),
     ("Is that just for alcohol?", ["alcohol, cocaine, and opioids", "decrease cannabis use"])],
    [("Besides lifting mood, does a ketamine infusion ease pain?", ["antidepressant and analgesic effects",
                                                                    "neuropathic pain"]),
     ("Are those effects permanent?", ["temporally limited", "4–7 days"])],
    [("In what cases do doctors mostly prescribe ketamine off-label?", ["treatment-resistant conditions"]),
     ("What could go wrong with that?", ["dissociation, sedation and abuse"])],
    [("Can esketamine be used when someone is acutely suicidal?", ["acute behaviors of suicidality"]),
     ("Does it come as a pill?", ["nasal spray", "use of intranasal esketamine"])],
    [("Has ketamine been shown to work for every kind of eating disorder?",
      ["diverse modalities of eating disorders", "particularly for anorexia nervosa"]),
     ("What's holding that research back?", ["limited number of clinical studies"])],
    [("Early on, which psychiatric uses did people see for ketamine?",
      ["treatment for depression, substance use dependence", "diverse group of psychiatric symptoms"]),
     ("Did researchers follow up on that?", ["robust investigation"])],
]
TWENTY_SIXTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Do scientists agree on why ketamine helps psychiatric symptoms?", "Who came up with the memory theory?"),
    ("Besides pills, how is depression usually treated?", "How quickly does transcranial magnetic stimulation work?"),
    ("How was ketamine given in the bipolar depression studies?", "How many infusions did each patient get?"),
    ("Does ketamine make addiction treatment work better?", "Do rehab centres offer it?"),
    ("Besides lifting mood, does a ketamine infusion ease pain?", "Is it stronger than morphine?"),
    ("Can esketamine be used when someone is acutely suicidal?", "Is it safe while breastfeeding?"),
    ("Has ketamine been shown to work for every kind of eating disorder?", "Is it given alongside a meal plan?"),
    ("Why is the ketamine dose raised in steps?", "How many dose levels are there?"),
    ("How do clinics time the therapy around a ketamine infusion?", "Which timing works better?"),
    ("Is compounded ketamine allowed for treating depression?", "What is compounded ketamine exactly?"),
    ("Is ketamine a competitive NMDA blocker?", "What does noncompetitive mean here?"),
    ("Was ketamine swallowed or injected in the anxiety studies?", "Which of them lowered anxiety fastest?"),
]

# A twenty-seventh set (written 2026-12-06, stop 91), each turn looked for in the benches and seed-dev first.
TWENTY_SEVENTH_DIALOGS = [
    [("Does ketamine help the changes from ordinary talk therapy stick?",
      ["long-lasting behavioral change", "strengthen the cognitive restructuring"]),
     ("And what does the therapy give back to the drug?", ["reinforce the effects and improvements",
                                                           "longer-lasting treatment"])],
    [("Is pairing a medicine with talk therapy anything new?", ["historically been efficacious",
                                                                "enhances the effects of both"]),
     ("Which medicines were used that way for mood and anxiety problems?", ["conventional antidepressants"])],
    [("What does a single ketamine dose do for depression that hasn't responded to other treatment?",
      ["noticeable and rapid anti-depressive effects", "tend to last up to a week"]),
     ("Are there side effects right after, and do they go away?", ["acute side-effects that resolve spontaneously"])],
    [("How soon can ketamine ease suicidal thoughts?", ["within two hours of administration",
                                                        "within around 40 minutes"]),
     ("Would that also work for someone who isn't depressed?", ["cannot currently be generalised",
                                                                "non-depressed patients"])],
    [("Can ketamine help someone with OCD?", ["significantly improve symptoms",
                                              "improve symptoms of obsessive-compulsive disorders"]),
     ("What if they have other mental health problems as well?", ["even in patients with psychiatric comorbidities"])],
    [("How much research is there on ketamine for anxiety?", ["sparse in number", "limited studies"]),
     ("Is it known how it works alongside other treatments for that?", ["combinations with other modes of therapy"])],
    [("Has ketamine therapy in regular private clinics actually helped with anxiety and depression?",
      ["clinically-significant reduction in anxiety and depression", "private practice settings"]),
     ("From one session or several?", ["Repeated sessions"])],
    [("Why can't the ketamine study results be applied to everybody yet?",
      ["lack of large, replicated clinical trials", "generalisable to the larger population"]),
     ("So what should future studies look like?", ["larger scale", "regular monitoring and follow-up"])],
    [("Why does ketamine relieve symptoms so quickly?", ["synaptic excitation and neuroplasticity",
                                                         "powerful and immediate symptom reduction"]),
     ("Was that worked out in people or in animals?", ["animal models", "in animal studies"])],
    [("Is it safe to keep taking ketamine over a long time?", ["not fully known yet", "is, therefore, unknown"]),
     ("What about taking big doses?", ["potentially toxic effects"])],
]
TWENTY_SEVENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Has ketamine therapy in regular private clinics actually helped with anxiety and depression?",
     "Were the therapists there specially trained?"),
    ("Why does ketamine relieve symptoms so quickly?", "Does the effect differ between men and women?"),
    ("Can ketamine help someone with OCD?", "What dose did those studies use?"),
    ("How much research is there on ketamine for anxiety?", "Which anxiety disorder responded best?"),
    ("Is it safe to keep taking ketamine over a long time?", "At what dose does it become toxic?"),
    ("Why can't the ketamine study results be applied to everybody yet?",
     "How many patients were in the largest trial so far?"),
    ("Does ketamine help the changes from ordinary talk therapy stick?",
     "How many therapy sessions does a typical course include?"),
    ("Is pairing a medicine with talk therapy anything new?", "When was naltrexone first combined with therapy?"),
    ("What does a single ketamine dose do for depression that hasn't responded to other treatment?",
     "Does it matter what time of day it's given?"),
    ("How soon can ketamine ease suicidal thoughts?", "Who ran the first study on that?"),
    ("In which regions was ketamine prescribed off-label early on?", "Is it used like that in Japan too?"),
    ("Why are lower doses given under the tongue in some sessions?", "Is there a brand name for that form?"),
]

# A twenty-eighth set (written 2026-12-06, stop 92), each turn looked for in the benches and seed-dev first.
TWENTY_EIGHTH_DIALOGS = [
    [("How long has ketamine been around?", ["in 1962"]),
     ("Did the people who found it have mental health in mind?", ["derivatives of phencyclidine",
                                                                  "veterinary anesthetic"])],
    [("Can ketamine actually rewire the brain?", ["greater synaptogenesis and neuroplasticity",
                                                "neuroplasticity-promoting effects"]),
     ("Which molecules are thought to be behind that?", ["mammalian target of rapamycin",
                                                         "glycogen synthase kinase-3",
                                                         "brain-derived neurotrophic factor"])],
    [("Would I be left on my own while the ketamine wears off?", ["supervised recovery"]),
     ("Is it the same story with the Spravato nasal spray?", ["patient monitoring after administration",
                                                              "Risk Evaluation and Mitigation Strategy"])],
    [("For someone with bipolar disorder, is ketamine given on its own?", ["combining a mood-stabilizing agent"]),
     ("How many minutes did it take for their suicidal thoughts to ease?", ["within around 40 minutes"])],
    [("Would ketamine be any use to someone trying to get off opioids?", ["alcohol, cocaine, and opioids",
                                                                          "reduce cravings"]),
     ("Is there a risk they'd swap one addiction for another?", ["has not been studied",
                                                                 "addictive effects of ketamine"])],
    [("Will ketamine leave me feeling spaced out or queasy?", ["dissociation, disorientation, dizziness",
                                                              "disorientation, dizziness, nausea"]),
     ("Is the nasal spray any gentler on that front?", ["both intravenous ketamine and intranasal esketamine"])],
    [("How long did the ketamine studies keep track of patients?", ["only have short-term follow-up"]),
     ("Why does that matter if ketamine is given over and over?", ["long-term safety of patients",
                                                                   "long-term side effects"])],
    [("Do they give you a big dose of ketamine from the very first session?", ["dosage escalation strategy"]),
     ("What decides how high it goes?", ["amount of alteration of consciousness"])],
    [("My sister's anorexia hasn't improved with any treatment so far. Could ketamine be worth asking about?",
      ["failed previous therapies", "particularly for anorexia nervosa"]),
     ("Has that been proven yet?", ["limited number of clinical studies", "more research must be done"])],
    [("Would ketamine cure my OCD for good?", ["obsessive-compulsive disorders short-term"]),
     ("Should I keep seeing my CBT therapist alongside it?", ["in conjunction with cognitive behavioral therapy"])],
]
# Searched: "party", "recreation", "street", "club", "illicit", "misuse", "abuse": only "dissociation, sedation and
# abuse" as a risk of off-label use, no date of any non-medical use. "nurse", "staff", "therapist", "supervis",
# "monitor": only "supervised recovery" and REMS "patient monitoring", no one named who watches. "manic", "mania",
# "phase": only "dissociative and/or manic symptoms" and "the depressive phase", nothing on the manic phase.
# "withdraw", "detox", "sick", "craving": only "reduce cravings", no withdrawal. "nausea", "antiemetic",
# "ondansetron", "premedic", "prevent", "before": nausea only in the list of side effects, nothing taken against it.
# "month", "year", "week", "longest", "follow": only "short-term follow-up" (and antidepressants' "period of
# months"), no length. "mg", "milligram", "dose", "amount", "escalat", "step", "increment", "raise": only "dosage
# escalation strategy" and "amount of alteration of consciousness", no size of a step. "stop", "discontinu",
# "interact", "psychotropic": only that eating disorders are treated with "various psychotropic medications".
# "contamina", "checking", "ritual", "washing", "hoard", "obsess", "compuls": only "obsessive thoughts and
# compulsions", no kind of OCD. "panic", "phobia", "social", "generali", "anxiety disorder": only "anxiety disorders"
# at large. "consent", "sign", "agree", "form", "inform": none for consent ("forms of therapy", "information").
# "person", "in-person", "visit", "doctor", "physician", "exam", "assess", "remote": only "telemedicine-based
# companies", nothing on an in-person visit.
TWENTY_EIGHTH_UNANSWERABLE_FOLLOW_UPS = [
    ("How long has ketamine been around?", "When did people start using it as a party drug?"),
    ("Would I be left on my own while the ketamine wears off?", "Who watches over me then, a nurse or the therapist?"),
    ("For someone with bipolar disorder, is ketamine given on its own?", "Does it also help during the manic phase?"),
    ("Would ketamine be any use to someone trying to get off opioids?", "Does it ease withdrawal symptoms?"),
    ("Will ketamine leave me feeling spaced out or queasy?", "Can I take something for the nausea beforehand?"),
    ("How long did the ketamine studies keep track of patients?", "How many months did the longest one last?"),
    ("Do they give you a big dose of ketamine from the very first session?",
     "By how much is the dose raised each time?"),
    ("My sister's anorexia hasn't improved with any treatment so far. Could ketamine be worth asking about?",
     "Would she have to come off her current medication for it?"),
    ("Would ketamine cure my OCD for good?", "Does it work better for contamination fears or for checking rituals?"),
    ("Could ketamine in pill form help my anxiety?", "Does it help with panic attacks specifically?"),
    ("Plain ketamine isn't FDA-approved for psychiatric use, so how are clinics prescribing it?",
     "Do I have to sign a consent form for that?"),
    ("Can I get ketamine therapy through an online provider?", "Does a doctor have to see me in person first?"),
]

# A twenty-ninth set (written 2026-12-06, stop 93), each turn looked for in the benches and seed-dev first.
TWENTY_NINTH_DIALOGS = [
    [("I heard ketamine started out as an animal drug. Is that true?", ["veterinary anesthetic"]),
     ("So what year did people start getting it?", ["in 1964"])],
    [("How did ketamine end up being used in war zones?", ["used on the battlefield", "With this patent"]),
     ("Why did it suit soldiers so well?", ["administer it to one another", "buddy drug"])],
    [("Is depression really that widespread?", ["230 million people", "3.8% of the human population"]),
     ("Whose numbers are those?", ["World Health Organization"])],
    [("My antidepressant took ages to do anything. Is that normal?", ["delayed onset of efficacy",
                                                                     "over a period of months"]),
     ("If it doesn't work, will a different pill probably help?", ["low response rates to alternative compounds"])],
    [("If I go to a ketamine clinic in the States, will I get therapy with it?", ["only 20%"]),
     ("How many clinics is that out of?", ["2,500 ketamine clinics"])],
    [("Why would a therapist give ketamine under the tongue instead of as an injection?",
      ["active therapist-patient communication", "Lower-dose sublingual administration"]),
     ("Is the injection more effective, then?", ["no notable difference in efficacy"])],
    [("What did the Spravato approval mean for ketamine therapy businesses?", ["telemedicine-based companies"]),
     ("Is there one you could name?", ["Psychedelic Institute of Mental Health"])],
    [("What does ketamine block to have its effect?", ["NMDA receptor antagonist"]),
     ("And what's the knock-on effect of that?", ["glutamate modulation", "increased synaptic excitability"])],
    [("Does the spaced-out feeling from ketamine actually help in therapy?",
      ["cognitive flexibility", "more effective participation in therapy sessions"]),
     ("How soon after a drip does it kick in?", ["2–24 hours post-infusion"])],
    [("What makes eating disorders such a struggle for doctors?", ["varying degrees of effectiveness",
                                                                  "high rates of remission"]),
     ("So what do they normally use?", ["various psychotropic medications", "combination of psychotherapy"])],
]
# Searched: "horse", "tranquil", "nickname", "called", "considered the": none but the "buddy drug", no horse
# tranquilizer. "army", "armies", "military", "troop", "war", "today", "still", "currently": only "used on the
# battlefield" after the patent; "currently" only for the WHO list, approved antidepressants, the 20% of clinics and
# the lack of trials, nothing on armies now. "country", "countries", "nation", "region", "highest", "worldwide",
# "Europe": only "230 million people worldwide" and off-label use "across Europe and the United States", no country's
# rate. "give up", "stop", "quit", "discontinu", "adher": none. "state", "every", "clinic": only "2,500 ketamine
# clinics in the United States", nothing by state. "taste", "bitter", "flavo", "mouth": none, "sublingual" only as a
# route. "compan", "telemedicine", "Institute": only "telemedicine-based companies" and the one Institute, no count.
# "drug test", "test", "screen", "urine", "detect": none. "remember", "recall", "amnesia", "forget", "memor": only
# "reconsolidation of dysfunctional memories", nothing on memory of the session. "weight", "gain", "BMI", "food",
# "appetite": none ("Food and Drug Administration" only). "money", "rich", "royalt", "paid", "profit", "wealth":
# none; Stevens named only as discoverer in 1962. "mg", "milligram", "strength", "per dose", "spray": only "nasal
# spray" ("strengthen" elsewhere), no strength or dose of Spravato.
TWENTY_NINTH_UNANSWERABLE_FOLLOW_UPS = [
    ("I heard ketamine started out as an animal drug. Is that true?",
     "Is that why people call it a horse tranquilizer?"),
    ("How did ketamine end up being used in war zones?", "Do armies still carry it now?"),
    ("Is depression really that widespread?", "Is it worse in some countries than others?"),
    ("My antidepressant took ages to do anything. Is that normal?",
     "How many people give up on them because of that?"),
    ("If I go to a ketamine clinic in the States, will I get therapy with it?", "Is there one in every state?"),
    ("Why would a therapist give ketamine under the tongue instead of as an injection?", "Is the taste unpleasant?"),
    ("What did the Spravato approval mean for ketamine therapy businesses?",
     "How many of those companies are there now?"),
    ("What does ketamine block to have its effect?", "Would it show up on a drug test?"),
    ("Does the spaced-out feeling from ketamine actually help in therapy?", "Will I remember the session afterwards?"),
    ("What makes eating disorders such a struggle for doctors?", "Does ketamine help people gain weight?"),
    ("Who was the chemist behind ketamine?", "Did he make much money from it?"),
    ("How do you take Spravato?", "What strength does the spray come in?"),
]

# A thirtieth set (written 2026-12-06, stop 94), each turn looked for in the benches and seed-dev first.
THIRTIETH_DIALOGS = [
    [("Which came first, ketamine or PCP?", ["derivatives of phencyclidine (PCP)"]),
     ("So how long did it take to go from the lab to a human patient?", ["first given to a human in 1964", "1962"])],
    [("Do lifestyle changes count as one of the standard treatments for depression?", ["lifestyle approaches"]),
     ("Is brain stimulation one of the options too?",
      ["transcranial magnetic stimulation", "electroconvulsive therapy"])],
    [("Before ketamine, had doctors ever paired a medication with psychotherapy to treat addiction?",
      ["with naltrexone for alcohol and opioid dependence", "with bupropion for smoking cessation"]),
     ("And for mood and anxiety problems, what was usually paired with therapy?", ["conventional antidepressants"])],
    [("Is ketamine a painkiller as well as an anaesthetic?",
      ["an analgesic anesthetic", "antidepressant and analgesic effects"]),
     ("How long does that pain relief last after an infusion?", ["typically lasting 4–7 days"])],
    [("Have there been any big, repeated clinical trials of ketamine therapy yet?",
      ["lack of large, replicated clinical trials"]),
     ("So does that mean the results might not hold for the general public?",
      ["prevent existing results from being generalisable", "generalisable to the larger population"])],
    [("For bipolar depression, has ketamine been tested in anything other than an IV?",
      ["alternative modes of ketamine administration", "(other than intravenous) remains unclear"]),
     ("Did it cause any unwanted mood swings?", ["dissociative and/or manic symptoms"])],
    [("Why can't I just pick up Spravato at the pharmacy?",
      ["cannot be distributed outside of certified clinical settings",
       "requiring patient monitoring after administration for safety"]),
     ("Who keeps an eye on those safety rules?",
      ["Risk Evaluation and Mitigation Strategy (REMS)", "strict regulation and guidance from FDA"])],
    [("Is ketamine better studied for depression or for anxiety?",
      ["treatment-resistant depression(TRD)", "remains sparse in number"]),
     ("Is the research on eating disorders any more developed?",
      ["the limited number of clinical studies", "more research must be done"])],
    [("Is the at-home, under-the-tongue version any riskier than going to a clinic?",
      ["able to be used from home, and low-risk"]),
     ("And does it actually work as well?", ["both efficacious"])],
    [("Which big study showed people often don't respond when they switch antidepressants?",
      ["Sequenced Treatment Alternatives to Relieve Depression Study", "STAR*D"]),
     ("So what did that push researchers to look for?", ["a more rapid treatment option"])],
]

# Searched (case-insensitive, the whole document): "Essential", "Model List", "esketamine", "Spravato": the list
# sentence names only ketamine, propofol and thiopental. "blood", "pressure", "antihypertensive", "interact",
# "medication": only "hypertension" as a side effect, nothing on other drugs taken alongside. "age", "years old",
# "teen", "adolesc", "young", "youth", "adult", "elderly": none ("child" only in the WHO anesthetic sentence).
# "licen", "pharmac", "compound", "permit", "regulat": "compounded ketamine ... not approved" and esketamine's
# "strict regulation" only. "city", "cities", "urban", "rural", "region": none. "PTSD", "post-traumatic", "trauma",
# "participants": PTSD only in the opening list, no counts. "eEF2", "kinase", "inhibit", "target": eEF2 only named
# as a pathway, "target" only in "mammalian target of rapamycin". "psychiatrist", "doctor", "physician", "prescri",
# "nurse": only off-label ketamine "by healthcare professionals", nothing on who prescribes esketamine. "arm",
# "thigh", "shoulder", "buttock", "muscle", "site": only "intramuscular administration". "reconsolidation",
# "memor", "number", "times", "course": "Repeated sessions", "up to three hours", no count of sessions. "nerve",
# "neuropathic", "sciatic", "diabet", "shingles": only "neuropathic pain" in the opening list. "seizure", "epilep",
# "convuls", "fits": only "electroconvulsive therapy".
THIRTIETH_UNANSWERABLE_FOLLOW_UPS = [
    ("Does the WHO consider ketamine essential for anesthesia or for depression?",
     "Is esketamine on that list as well?"),
    ("Does ketamine raise blood pressure?", "Is that a problem if I already take blood pressure pills?"),
    ("Does ketamine's quick effect on suicidal thoughts show up in every patient?",
     "What ages were the people in those studies?"),
    ("Is the ketamine my doctor gets from a compounding pharmacy approved for depression?",
     "Do compounding pharmacies need a special licence to make it?"),
    ("Is ketamine therapy easy to find in the US?", "Is it easier to find in big cities?"),
    ("Has the FDA signed off on ketamine for PTSD?", "How many PTSD patients have been in ketamine trials?"),
    ("Where does eEF2 fit into how ketamine works?", "Are there any drugs that act on it directly?"),
    ("Is ketamine the same drug as Spravato?", "Who's allowed to prescribe it, does it have to be a psychiatrist?"),
    ("If a session needs a bigger dose, how do they give it?", "Which muscle is the intramuscular shot given in?"),
    ("Could ketamine weaken memories tied to drug use, not just trauma?", "How many sessions would that take?"),
    ("Can ketamine therapy help with nerve pain?", "Which kind of nerve pain, like sciatica or diabetic pain?"),
    ("Does ketamine make brain cells more excitable?", "Could that trigger seizures?"),
]

# A thirty-first set (written 2026-12-06, stop 95), each turn looked for in the benches and seed-dev first.
THIRTY_FIRST_DIALOGS = [
    [("How much does ketamine actually cut down on suicidal thinking?", ["moderate-to-large effect"]),
     ("Does it do the same for people with bipolar disorder?",
      ["suicidal ideations were improved rapidly", "within around 40 minutes"])],
    [("Is ketamine therapy considered settled science for every kind of mental illness?",
      ["areas in need of further research"]),
     ("Which one has the FDA given the green light for?", ["treatment-resistant depression"])],
    [("Has anyone tried ketamine together with talk therapy for anxiety?",
      ["combinations with other modes of therapy remain unclear"]),
     ("Is that any different for OCD?", ["cognitive behavioral therapy", "improved effects when used in conjunction"])],
    [("Do we know if ketamine is safe over the long haul for people with bipolar?",
      ["long-term effects of ketamine therapy", "before efficacy and safety can be determined"]),
     ("Was it given through a drip in those studies?", ["intravenous ketamine infusions"])],
    [("Was ketamine tried on people before or after it was patented?",
      ["first given to a human in 1964", "Soon after, Parke-Davis filed a patent"]),
     ("Did the troops who carried it have a nickname for it?", ["buddy drug"])],
    [("Does ketamine change the brain more than scientists first thought?",
      ["larger in scope than previously thought"]),
     ("So where does all that lead in the brain?", ["greater synaptogenesis and neuroplasticity"])],
    [("If a doctor gives me regular ketamine off-label, what could go wrong?", ["dissociation, sedation and abuse"]),
     ("Who usually gets it prescribed that way?",
      ["treatment-resistant conditions", "a variety of psychiatric conditions"])],
    [("Am I awake and talking during ketamine therapy, or totally out of it?",
      ["active therapist-patient communication", "when an inward focus is needed"]),
     ("Does the stronger version work better?", ["no notable difference in efficacy"])],
    [("Is ketamine only being tested for hard drugs like cocaine?",
      ["alcohol, cocaine, and opioids", "decrease cannabis use"]),
     ("Has anyone figured out the reason it helps there?", ["mechanisms of action for these effects remain unknown"])],
    [("Have ketamine patients been tracked for long after treatment?", ["only have short-term follow-up"]),
     ("What should the next studies do differently then?", ["larger scale", "regular monitoring and follow-up"])],
]

# Searched (case-insensitive, the whole document): "company", "product", "manufactur", "sell": Parke-Davis only
# as discoverer and patent filer, nothing else it made. "work", "job", "same day", "drive", "return", "afterward":
# none ("recovery" only as "supervised recovery towards the end"). "nightmare", "dream", "sleep", "night", "recurr":
# none ("post-traumatic" only in the opening list). "grie", "bereave", "mourn", "loss", "death": none ("Family" only
# in the Psychedelic Institute's name). "predict", "who will", "marker", "sooner", "relapse": only "time-to-relapse
# ... typically 2–4 weeks", nothing on telling patients apart. "OCD", "obsessive", "esketamine", "Spravato":
# obsessive-compulsive results are for ketamine only, esketamine never tied to OCD. "benzo", "sedative",
# "sleeping", "tranquil", "xanax", "valium": none ("sedation" only as a risk of off-label ketamine). "frighten",
# "scar", "fear", "distress", "unpleasant", "panic": none, dissociation only listed as a side effect. "headphone",
# "bring", "playlist", "music": only "eye coverings and music provided". "DBT", "dialectical": none; CBT, MET and
# FAP are the only named therapies. "bipolar II", " II ", "type", "mania": only "depressive phase of bipolar
# disorder" and "manic symptoms", no subtypes. "burnout", "burn", "work", "job", "occupational": none ("stress"
# only in "acute and chronic stress" from animal studies and in "post-traumatic stress disorders").
THIRTY_FIRST_UNANSWERABLE_FOLLOW_UPS = [
    ("Was ketamine created at a university or by a drug maker?", "What else was Parke-Davis known for making?"),
    ("Is there any recovery time built into a ketamine session?", "Can I head back to work the same day?"),
    ("Is ketamine thought to mess with how traumatic memories get stored?", "Would it stop recurring nightmares?"),
    ("I thought ketamine was just an anaesthetic. Is it used for mental health now?",
     "Could it help someone grieving a death in the family?"),
    ("Once ketamine treatment stops, how long does the good effect usually hold?",
     "Is there any way to tell who'll relapse sooner?"),
    ("Is Spravato the only ketamine-type drug the FDA has okayed for depression?", "Has it been tried for OCD?"),
    ("Is cocaine one of the addictions ketamine has been studied for?", "What about someone hooked on benzos?"),
    ("Is feeling disconnected from your body a normal side effect of ketamine?",
     "Do most people find that frightening?"),
    ("In the higher-dose sessions, what do they give you to shut out the room?", "Can I bring my own headphones?"),
    ("Why is CBT singled out as a partner for ketamine?", "Would DBT work just as well?"),
    ("Can someone with bipolar get ketamine during a low spell?",
     "Does that apply to bipolar II as well as bipolar I?"),
    ("Is there evidence ketamine protects the brain against stress?",
     "Does that mean it could help with burnout from work?"),
]

# A thirty-second set (written 2026-12-06, stop 96), each turn looked for in the benches and seed-dev first.
THIRTY_SECOND_DIALOGS = [
    [("Ballpark, how many people around the globe are living with depression right now?",
      ["230 million people worldwide", "around 3.8% of the human population"]),
     ("and what year is that figure from?", ["As of 2023"])],
    [("With regular antidepressant pills, how long before people actually notice a difference?",
      ["over a period of months", "delayed onset of efficacy"]),
     ("what did that STAR*D study see when the first one didn't do the job?",
      ["low response rates to alternative compounds"])],
    [("In the lab animal work, which signaling pathways does ketamine kick into gear?",
      ["mammalian target of rapamycin (mTOR)",
       "glycogen synthase kinase-3 (GSK3)",
       "elongation factor 2 (eEF2) kinase"]),
     ("and what are they supposed to do for the brain?", ["surmised to augment neuroplasticity"])],
    [("is ketamine's impact on suicidal thinking a minor thing or pretty substantial?", ["moderate-to-large effect"]),
     ("why does being fast matter so much there, compared with the usual meds?",
      ["delayed onset poses an increased risk"])],
    [("What's the thinking behind layering CBT on top of ketamine sessions?",
      ["reverse their inaccurate beliefs", "maladaptive processing of information"]),
     ("does that pairing do anything extra for people with OCD?", ["improved effects when used in conjunction"])],
    [("Which med gets teamed up with talk therapy to help smokers kick the habit?",
      ["bupropion for smoking cessation"]),
     ("what about folks hooked on booze or opioids?", ["naltrexone for alcohol and opioid dependence"])],
    [("For someone with bipolar going through a low, what do they give along with the ketamine drip?",
      ["mood-stabilizing agent"]),
     ("did it backfire for any of them?", ["dissociative and/or manic symptoms"])],
    [("After Spravato got the green light, what sort of businesses popped up doing ketamine therapy?",
      ["telemedicine-based companies"]),
     ("who's one of them?", ["Psychedelic Institute of Mental Health & Family Therapy"])],
    [("how come the FDA hasn't okayed pharmacy-compounded ketamine for mental health conditions?",
      ["concerns for safety and efficacy"]),
     ("so does that stop doctors from giving it to patients?",
      ["prescribed off-label by healthcare professionals", "off-label prescriptions"])],
    [("Ketamine therapy sounds promising, but what's the big hole in the research backing it so far?",
      ["lack of large, replicated clinical trials"]),
     ("and which other kinds of therapy should future studies try pairing it with?",
      ["motivational enhancement therapy (MET)", "functional analytic psychotherapy (FAP)"])],
]

# Searched (case-insensitive, the whole document):
# 1. "best", "most effective", "superior", "compar": none; "than" only in ketamine-vs-previous-thinking,
#    "other than intravenous" and "infusions ... more effective than esketamine"; TMS and ECT are only listed,
#    never ranked against each other.
# 2. "memantine", "other NMDA", "block": none; "antagonist" only twice, both about ketamine itself; no other
#    NMDA-blocking drug is named (esketamine is named only as an enantiomer of ketamine).
# 3. "naltrexone": once, only as an example paired with psychotherapy; "compar", "better": none; no comparison
#    with ketamine for alcohol cravings.
# 4. "quit", "stop", "abstin", "complete": none; cannabis only "appeared to decrease cannabis use", no count
#    of patients who stopped.
# 5. "REMS" and "monitoring after administration": only for esketamine; "monitor" elsewhere only in "regular
#    monitoring" for future trials; no monitoring rule stated for compounded/off-label ketamine infusions.
# 6. "hospital", "inpatient", "admit", "ward": none ("war" only inside "towards"); setting for suicidal
#    patients never stated (only private practice for KAP and certified clinical settings for esketamine).
# 7. "most ": only "most common side effects"; "prefer", "common": no share of clinics by route.
# 8. "headquarter", "based in", "located", "office": none; the Institute is only named as an example.
# 9. "month": only "over a period of months" (onset of ordinary antidepressants); "four weeks", "30 days",
#    "follow-up": no bipolar follow-up length; the text says long-term effects there "remains unclear".
# 10. "nurse", "practitioner", "physician", "psychiatrist", "doctor": none; only "healthcare professionals".
# 11. "army", "military", "country", "vietnam": none; "war" only inside "towards"; only "battlefield"/"soldiers".
# 12. "older", "elder", "aged", "years old", "geriatric": none; "age " only inside "usage"/"dosage"/"average".
THIRTY_SECOND_UNANSWERABLE_FOLLOW_UPS = [
    ("Apart from pills and talk therapy, what other options are used to treat depression today?",
     "Out of those, which one tends to work the best?"),
    ("Mechanism-wise, which receptor is ketamine blocking when it helps with depression?",
     "Have any other drugs that block that receptor been tried for depression?"),
    ("For which addictions has ketamine been shown to take the edge off cravings?",
     "Does naltrexone do a better job than ketamine at curbing alcohol cravings?"),
    ("What happened to weed use when ketamine was added to psychotherapy?",
     "Did any of those patients give up cannabis completely?"),
    ("Under FDA rules, what has to happen after a patient takes esketamine?",
     "Do those same monitoring rules cover off-label ketamine infusions too?"),
    ("Within what time frame did ketamine visibly help people with suicidal ideation?",
     "Do those patients have to be admitted to a hospital to get it?"),
    ("Which way of dosing do they use when the patient and therapist need to keep chatting?",
     "Which of the two routes do most US clinics use?"),
    ("Can you name an online company doing ketamine-assisted psychotherapy?", "Where is that outfit headquartered?"),
    ("In the bipolar studies, how quickly did the low mood and suicidal thoughts lift with IV ketamine?",
     "Was that improvement still there a month later?"),
    ("Even without FDA approval, who's been prescribing ketamine for psychiatric problems?",
     "Can a nurse practitioner write one of those prescriptions, or only a psychiatrist?"),
    ("How did ketamine earn its 'buddy drug' nickname out on the battlefield?",
     "Which country's armed forces used it like that first?"),
    ("How long does the mood boost from a single ketamine dose usually hang around?",
     "Do older patients stop feeling the benefit sooner?"),
]

# A thirty-third set (written 2026-12-06, stop 97), each turn looked for in the benches and seed-dev first.
THIRTY_THIRD_DIALOGS = [
    [("Why did ketamine soon attract attention as a possible psychiatric drug?",
      ["hallucinogenic properties", "psychedelic effects"]),
     ("Such as treating what, for example?", ["substance use dependence", "treatment for depression"])],
    [("Was ketamine used on animals before it was used on people?", ["veterinary anesthetic"]),
     ("What was the reason for trying it in a person in 1964?",
      ["potential replacement for PCP", "replacement for PCP"])],
    [("Apart from neuroplasticity, what might ketamine give patients that helps them take part in therapy?",
      ["cognitive flexibility"]),
     ("And the therapy itself, what does it do for the drug's effects?",
      ["reinforce the effects", "longer-lasting treatment"])],
    [("Beyond glutamate, what wider brain changes is ketamine now believed to cause?",
      ["greater synaptogenesis and neuroplasticity", "synaptogenesis and neuroplasticity"]),
     ("Which studies back this up?", ["animal models", "animal studies"])],
    [("How strong is ketamine's anti-suicidal effect in some patients?", ["moderate-to-large effect"]),
     ("Why are the currently approved drugs riskier for these patients?",
      ["delayed onset poses an increased risk", "delayed onset"])],
    [("Do the short-lived reactions after a single ketamine dose need treating?", ["resolve spontaneously"]),
     ("And the antidepressant benefit, how many days does it usually hold?", ["up to a week", "4–7 days"])],
    [("Where were repeated sessions of ketamine with therapy shown to ease anxiety and depression?",
      ["private practice settings"]),
     ("Is anyone watching over patients as the drug wears off?", ["supervised recovery"])],
    [("What severity of obsessive thoughts and compulsions did ketamine treat well?", ["mild to moderate"]),
     ("Is the benefit known to hold up in the long run?", ["short-term"])],
    [("Has ketamine helped eating-disorder patients whose earlier treatments did not work?",
      ["patients who have failed previous therapies", "failed previous therapies"]),
     ("Then why is it not considered proven yet?", ["limited number of clinical studies"])],
    [("Besides treatment-resistant depression, what is the Spravato nasal spray approved to control?",
      ["acute behaviors of suicidality"]),
     ("Could an ordinary clinic dispense it?", ["certified clinical settings"])],
]

THIRTY_THIRD_UNANSWERABLE_FOLLOW_UPS = [
    ("What did troops in the field nickname ketamine?", "Until when did armies keep issuing it to soldiers?"),
    ("What did the STAR*D trial find about patients whose first antidepressant failed?",
     "Who was in charge of that trial?"),
    ("Historically, what was psychotherapy paired with for mood and anxiety disorders?",
     "Which antidepressant class gave the best results in those pairings?"),
    ("In lab animals, ketamine raised levels of which neurotrophic protein?",
     "Can BDNF levels be checked with a blood test?"),
    ("Roughly what fraction of America's 2,500 ketamine clinics also provide therapy?",
     "Why don't the other clinics provide it?"),
    ("For the stronger injected sessions, what do patients get to help them turn inward?",
     "Can a patient choose to skip the eye covering?"),
    ("Were there bipolar patients who reacted badly to ketamine therapy?",
     "Did those manic episodes require a hospital stay?"),
    ("Are anxiety disorders well covered by ketamine research so far?",
     "Were those trials done only in adults or also in adolescents?"),
    ("Was cannabis use lower after ketamine paired with talk therapy?",
     "Did the drop in cannabis use persist after treatment ended?"),
    ("Is anorexia nervosa among the eating disorders ketamine has helped?",
     "By what route did those anorexia patients receive it?"),
    ("Apart from size, which features do researchers want in the next ketamine trials?",
     "How long should participants be followed afterwards?"),
    ("Which side effects do IV ketamine and intranasal esketamine have in common?",
     "Are they worse with the nasal spray than with the infusion?"),
]

# A thirty-fourth set (written 2026-12-06, stop 98), each turn looked for in the benches and seed-dev first.
THIRTY_FOURTH_DIALOGS = [
    [("Which drug were chemists studying derivatives of when they came across ketamine?", ["phencyclidine", "PCP"]),
     ("And who was the scientist credited with it?", ["Calvin Lee Stevens"])],
    [("What could pairing ketamine with CBT help a depressed person undo?",
      ["inaccurate beliefs", "maladaptive processing of information"]),
     ("And where do those lead if left alone?", ["depressive mental states"])],
    [("Which kinases and pathways does ketamine set off in lab animals?",
      ["mammalian target of rapamycin", "glycogen synthase kinase-3", "eEF2"]),
     ("Why would switching those on matter?", ["augment neuroplasticity"])],
    [("Effect-size-wise, how strong is ketamine against suicidal ideation?", ["moderate-to-large effect"]),
     ("And for people who feel suicidal but have no depression?", ["cannot currently be generalised"])],
    [("When would a therapist inject ketamine into a muscle rather than give it under the tongue?",
      ["when an inward focus is needed"]),
     ("Does the shot beat the under-the-tongue version, then?", ["no notable difference in efficacy"])],
    [("For bipolar depression, what is the IV ketamine given together with?", ["mood-stabilizing agent"]),
     ("Did anybody react badly to that combo?", ["dissociative and/or manic symptoms"])],
    [("Does ketamine do anything for compulsive rituals and intrusive thoughts?",
      ["obsessive-compulsive disorders short-term", "significantly improve symptoms"]),
     ("Does it still work if the person has other mental health diagnoses as well?", ["psychiatric comorbidities"])],
    [("Which large study looked at switching drugs after a first antidepressant flopped?",
      ["Sequenced Treatment Alternatives to Relieve Depression", "STAR*D"]),
     ("And what did it turn up?", ["low response rates to alternative compounds"])],
    [("Which federal safety program keeps tabs on Spravato use?", ["Risk Evaluation and Mitigation Strategy", "REMS"]),
     ("What does that program make staff do once the spray is in?", ["patient monitoring after administration"])],
    [("If I sign up for a ketamine-assisted therapy appointment, how many hours could it take?",
      ["up to three hours"]),
     ("Will someone keep an eye on me as it wears off?", ["supervised recovery"])],
]

# Pair 1: searched "patent", "filed", "year", "196", "197": only "Soon after, Parke-Davis filed a patent" after 1964.
# Pair 2: searched "Europe", "country", "countries", "UK", "Germany": only "across Europe and the United States".
# Pair 3: searched "why", "because", "reason", "delay", "onset", "months": only says onset is delayed over months.
# Pair 4: searched "naltrexone", "opioid", "receptor", "block", "works": naltrexone only named as a therapy partner.
# Pair 5: searched "GSK3", "inhibit", "activate", "suppress", "block", "kinase": pathways are only "propagated".
# Pair 6: searched "dose", "dosage", "escalation", "start", "mg", "milligram", "initial": no dose amounts at all.
# Pair 7: searched "side-effects", "resolve", "spontaneously", "hour", "day", "last": they resolve, no duration.
# Pair 8: searched "anxiety", "social", "panic", "generalized", "phobia", "GAD": anxiety disorders never subtyped.
# Pair 9: searched "brain-derived", "BDNF", "human", "patients", "animal": the rise is only "in animal studies".
# Pair 10: searched "recent research", "sublingual", "home", "author", "university", "team": no researcher named.
# Pair 11: searched "toxic", "organ", "bladder", "liver", "kidney", "damage", "harm": only "potentially toxic".
# Pair 12: searched "hypertension", "blood pressure", "mmHg", "rise", "increase", "how much": only lists hypertension.
THIRTY_FOURTH_UNANSWERABLE_FOLLOW_UPS = [
    ("After ketamine was first tried in people, which firm filed a patent for it?",
     "In which year did Parke-Davis file it?"),
    ("Besides the United States, where were doctors giving ketamine off-label for psychiatric symptoms?",
     "Which countries in Europe, specifically?"),
    ("With standard antidepressants, how long before the effects become noticeable?",
     "Why do they take so long to kick in?"),
    ("Which medicine gets paired with talk therapy for alcohol and opioid problems?",
     "What does naltrexone do in the body to help?"),
    ("Which kinases are named among the pathways ketamine sets off in animals?",
     "Does ketamine switch GSK3 on or shut it down?"),
    ("How do therapists settle on how strong a ketamine dose to give in a session?",
     "What starting dose do they begin the escalation at?"),
    ("After one ketamine dose for treatment-resistant depression, what happens to the acute side effects?",
     "Roughly how long until they wear off?"),
    ("In the few anxiety studies, how was ketamine given to patients?",
     "Which types of anxiety disorder did those studies look at?"),
    ("In animal work, what happened to BDNF levels after ketamine?",
     "Did anyone check whether the same happens in human patients?"),
    ("Is there a version of ketamine therapy that people can use at home?",
     "Who carried out that research on the home version?"),
    ("Is there any danger in taking big doses of ketamine?", "Which organs can high doses damage?"),
    ("Is high blood pressure among the common side effects of IV ketamine?",
     "By how much does blood pressure usually go up?"),
]

# A thirty-fifth set (written 2026-12-06, stop 98), each turn looked for in the benches and seed-dev first.
THIRTY_FIFTH_DIALOGS = [
    [("Did ketamine start out as a drug for vets?", ["veterinary anesthetic"]),
     ("So when did it move on to people?", ["1964"])],
    [("Ketamine began as a fast antidepressant, so what got researchers eyeing it for other mental illnesses?",
      ["its psychedelic effects", "psychedelic effects"]),
     ("And how does it help ordinary psychotherapy produce lasting change?",
      ["strengthen the cognitive restructuring", "long-lasting behavioral change"])],
    [("Does ketamine kill pain, or does it only knock you out?", ["analgesic anesthetic", "analgesic"]),
     ("Which kind of pain does the therapy look promising for?", ["neuropathic pain"])],
    [("Has ketamine-assisted therapy been tried outside hospitals, like at a regular therapist's office?",
      ["private practice settings", "private practice"]),
     ("How many hours might one of those sessions last?", ["up to three hours"])],
    [("Is there evidence ketamine helps people with bipolar when they're in a low phase?",
      ["depressive phase of bipolar disorder", "mood-stabilizing agent"]),
     ("And how soon did things get better for them?", ["within around 40 minutes", "40 minutes"])],
    [("Has ketamine shown any effect on opioid addiction?", ["reduce cravings", "alcohol, cocaine, and opioids"]),
     ("Do researchers know why it does that?", ["mechanisms of action for these effects", "remain unknown"])],
    [("For what purpose has the FDA actually cleared ketamine itself?", ["anesthetic agent", "as an anesthetic"]),
     ("Then who is prescribing it for mental health conditions?", ["healthcare professionals"])],
    [("How is the Spravato nasal spray related to ordinary ketamine chemically?",
      ["an enantiomer of ketamine", "enantiomer"]),
     ("Besides depression that won't budge, what else can it be used to control?", ["acute behaviors of suicidality"])],
    [("Since ketamine blocks NMDA receptors, what is the known effect of its action on glutamate?",
      ["increased synaptic excitability", "synaptic excitability"]),
     ("Is that all it does, or is the effect wider?",
      ["larger in scope than previously thought", "greater synaptogenesis and neuroplasticity"])],
    [("If ketamine lifts my depression, how many weeks until it usually slides back?", ["2–4 weeks"]),
     ("Is that why people get it more than once?", ["repeated dosage paradigm"])],
]

# Pair 1: searched "comorbid", "which", "anxiety", "bipolar": only "patients with psychiatric comorbidities", none named
# Pair 2: searched "following", "after", "wait", "minutes", "hours": therapy is "simultaneously, or following"; no gap
# Pair 3: searched "Psychedelic Institute", "based", "located", "state", "city": named as an example only; no location
# Pair 4: searched "STAR*D", "year", "19", "200", "conducted": only its low-response finding; no dates of the trial
# Pair 5: searched "magnetic", "TMS", "compared", "as opposed": TMS only listed; ketamine compared only with pills
# Pair 6: searched "children", "age", "years old", "minimum", "pediatric": "listed as safe to use for children" only
# Pair 7: searched "brain-derived", "levels", "percent", "%", "fold": BDNF levels "increase" in animals; no amount
# Pair 8: searched "1964", "where", "hospital", "prison", "volunteer", "country": year and PCP purpose only; no place
# Pair 9: searched "from home", "video", "remote", "online", "therapist": sublingual is "able to be used from home"
# Pair 10: searched "CBT", "sessions", "weekly", "how many", "number": CBT reverses "inaccurate beliefs"; no count
# Pair 11: searched "phencyclidine", "PCP", "synthesized", "invented", "first made": PCP's maker is never given
# Pair 12: searched "Europe", "European", "EMA", "other countries": only US FDA approval; Europe only for off-label
THIRTY_FIFTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Which level of obsessive-compulsive symptoms responded best to ketamine?",
     "Which comorbidities did those patients have?"),
    ("Do therapists talk with patients while the ketamine is going in, or wait until after?",
     "If it comes after, how long do they wait before starting?"),
    ("What kind of companies sprang up after Spravato was approved, and can you name one?",
     "And where is that institute located?"),
    ("Which study showed patients respond poorly to other drugs after their first antidepressant fails?",
     "When was that trial carried out?"),
    ("Apart from pills, which treatments for depression does the article name, brain stimulation included?",
     "How does transcranial magnetic stimulation compare with ketamine in results?"),
    ("Is ketamine considered okay to use in children?", "From what age can kids be given it?"),
    ("Why does it matter that ketamine raised BDNF in animal studies?", "How much did those levels rise?"),
    ("What was the point of giving ketamine to a human for the first time?",
     "Where did that first human trial take place?"),
    ("What did recent research show about under-the-tongue ketamine?",
     "Does a therapist join those home sessions by video?"),
    ("According to the article, what can CBT help depressed ketamine patients unlearn?",
     "How many CBT sessions go with each dose?"),
    ("Ketamine was found while chemists were studying derivatives of which drug?",
     "And which company or chemist first created PCP?"),
    ("Was esketamine approved as a pill, a shot, or a spray?", "Did Europe approve it around the same time?"),
]

# A thirty-sixth set (written 2026-12-06, stop 99), drafted blind by a helper agent from the document's text alone,
# every question kept further than 0.75 from the earlier ones; committed before its one run.
THIRTY_SIXTH_DIALOGS = [
    [("Quick sanity check for a pharmacology quiz: the global headcount of depressed people the WHO gave in 2023?",
      ["230 million people worldwide", "230 million"]),
     ("And as a share of all humans?", ["around 3.8%", "3.8% of the human population"])],
    [("My psychiatrist warned me my new pills could take ages to work — is that a known drawback of antidepressants?",
      ["delayed onset of efficacy"]),
     ("Roughly how long before anything is noticeable then?", ["over a period of months"])],
    [("Settle a bet with my roommate: was ketamine dreamed up before or after man landed on the moon — what's the "
      "exact year?",
      ["in 1962"]),
     ("Which drug company's lab did that happen in?", ["Parke-Davis Labs", "Parke-Davis"])],
    [("That big sequential depression trial with the asterisk in its name — what did it find about second-line drugs?",
      ["low response rates"]),
     ("What's the full name behind that acronym?", ["Sequenced Treatment Alternatives to Relieve Depression"])],
    [("In the history of combining pills with counselling, which medication helped people give up tobacco?",
      ["with bupropion for smoking cessation", "bupropion"]),
     ("And which one was used for drinking or opioid problems?", ["with naltrexone", "naltrexone for alcohol"])],
    [("Planning childcare around a ketamine-assisted therapy visit — could it eat up a whole morning?",
      ["up to three hours"]),
     ("Will someone supervise me while I recover?", ["supervised recovery"])],
    [("If a ketamine patient has negative, inaccurate beliefs, which type of therapy might help undo them?",
      ["cognitive behaviour therapy", "CBT"]),
     ("Does the same therapy combo do anything for obsessive-compulsive disorder?",
      ["improved effects when used in conjunction", "improve symptoms of obsessive-compulsive disorders"])],
    [("Writing a novel set in a field hospital: could one soldier realistically inject another with ketamine?",
      ["administer it to one another"]),
     ("So what nickname did it earn?", ["buddy drug"])],
    [("Nose-spray esketamine, what's its trade name and the year US regulators cleared it?",
      ["esketamine (Spravato)", "in 2019"]),
     ("Where is it allowed to be handed out?", ["certified clinical settings"])],
    [("Grad seminar question: which three kinase pathways, including mTOR, are tied to ketamine's neuroplastic "
      "effects?",
      ["glycogen synthase kinase-3 (GSK3)", "elongation factor 2 (eEF2) kinase"]),
     ("And what was that research done on — mice, people?", ["animal models"])],
]

# Pair 1: searched "Canada", "Health Canada", "licensed", "approved", "countries", "Europe": approval is given only
#   for the US FDA (esketamine, 2019); "Europe" appears only for off-label ketamine use; Canada is never named.
# Pair 2: searched "patent", "expire", "generic", "lapse", "Parke-Davis": the text says only that Parke-Davis filed a
#   patent soon after the 1964 human use; nothing on expiry or generic versions.
# Pair 3: searched "Stevens", "died", "death", "born", "alive", "life", "2019": Dr. Calvin Lee Stevens appears once,
#   as co-discoverer in 1962; nothing on his life or death.
# Pair 4: searched "Psychedelic Institute", "located", "based", "headquarters", "city", "state", "address": the
#   institute is named only as an example of a telemedicine company; no location is given.
# Pair 5: searched "age", "older", "elderly", "senior", "young", "last", "4–7 days": effects are "typically lasting
#   4–7 days" / "up to a week" with no breakdown by age; "children" appears only in the WHO anesthetic listing.
# Pair 6: searched "PCP", "phencyclidine", "replace", "replacement", "problem", "side effect", "why": ketamine came
#   from research into PCP derivatives and was tried "as a potential replacement for PCP"; no reason PCP needed
#   replacing.
# Pair 7: searched "Medicaid", "Medicare", "insurance", "cover", "pay", "cost", "price", "bill": the text gives 20% of
#   2,500 US clinics offering the therapy, nothing on payment or coverage.
# Pair 8: searched "cost", "price", "pay", "electroconvulsive", "ECT", "afford": electroconvulsive therapy is only
#   listed among current depression treatments; no cost of any treatment appears.
# Pair 9: searched "noncompetitive", "antagonist", "means", "binds", "blocks", "competitive": ketamine is called a
#   "short-acting, noncompetitive N-methyl-D-aspartate (NMDA) receptor antagonist" with no explanation of what
#   noncompetitive means.
# Pair 10: searched "warning", "black box", "label", "FDA", "SSRI", "risk for suicidality": the text says delayed
#   onset of approved treatments "poses an increased risk for suicidality", but nothing about official warnings on
#   those drugs.
# Pair 11: searched "young", "younger", "age", "adolescent", "older", "brain", "neuroplasticity": neuroplasticity-
#   promoting effects strengthen cognitive restructuring, with no mention of patient age changing this.
# Pair 12: searched "sertraline", "SSRI", "fluoxetine", "brand", "slowest", "antidepressant": antidepressants are
#   discussed only as a class with onset "over a period of months"; no individual drug is named.
THIRTY_SIXTH_UNANSWERABLE_FOLLOW_UPS = [
    ("A coworker claims Special K is now a legit medical treatment in the US — for which resistant mood condition "
     "did regulators sign off?",
     "Is it also licensed north of the border in Canada?"),
    ("After ketamine's debut in a human volunteer in 1964, what paperwork did its maker file?",
     "Did it go generic, and when?"),
    ("Working on a timeline poster about anesthetics: who gets the discovery credit for ketamine, company and person?",
     "Was Stevens around to witness the 2019 approval?"),
    ("What's an example of a telehealth company that expanded after Spravato got the go-ahead?",
     "Where are they located?"),
    ("Once the drip is finished, how long does the antidepressant and pain-relieving effect usually stick around?",
     "Is the mood boost shorter-lived for grandparents?"),
    ("My old pharmacology textbook links ketamine to angel dust; what's the connection in its discovery?",
     "What was it about PCP that doctors didn't like?"),
    ("My neighbor runs a yoga studio and asked whether talk therapy is standard at ketamine infusion places "
     "nationwide — what fraction actually offer it?",
     "Would Medicaid pick up the bill?"),
    ("My grandma's doctor suggested ECT — what other mainstream approaches exist for depression right now?",
     "How much does a round of ECT cost?"),
    ("For a pharmacy school flashcard: ketamine's receptor target and whether it's short- or long-acting?",
     "In simple words, what's a noncompetitive antagonist?"),
    ("For a person at risk of suicide, what's dangerous about antidepressants that take weeks to kick in?",
     "Do any of those drugs carry an official warning about it?"),
    ("My therapist mentioned \"cognitive restructuring\" — how is ketamine supposed to make that stick for longer?",
     "Does that work better in younger brains?"),
    ("My dad's been on the same SSRI for months with little change — what does the article say is the big handicap "
     "of standard antidepressant drugs?",
     "Is sertraline one of the slow ones?"),
]

# A thirty-seventh set (written 2026-12-06, stop 99), drafted blind as the thirty-sixth was.
THIRTY_SEVENTH_DIALOGS = [
    [("I'd like to stay chatty with my counselor during the trip. Which way of dosing suits that?",
      ["Lower-dose sublingual administration", "sublingual administration"]),
     ("Suppose instead the session is meant to be quiet and introspective, which route then?",
      ["higher-dose intramuscular administration", "intramuscular administration"])],
    [("My uncle, who swings between mania and lows, is in a slump right now. What do clinicians add to the IV "
      "ketamine for that?",
      ["a mood-stabilizing agent", "mood-stabilizing agent"]),
     ("And for him, how soon could the dark thoughts lift?", ["within around 40 minutes", "around 40 minutes"])],
    [("Besides IV drips, were pills or injections tested on anxious patients?",
      ["intravenous, intramuscular, and oral", "intramuscular, and oral"]),
     ("So does anyone know what happens with anxiety months later?",
      ["long-term effects and combinations", "remain unclear"])],
    [("I keep checking the stove twenty times. Does ketamine do more for that when combined with a therapy?",
      ["in conjunction with cognitive behavioral therapy", "cognitive behavioral therapy"]),
     ("Would someone with mild OCD and also depression still benefit?",
      ["even in patients with psychiatric comorbidities", "mild to moderate symptoms"])],
    [("Quitting coke has been brutal for me. Has ketamine made any difference for people like me?",
      ["reduce cravings", "alcohol, cocaine, and opioids"]),
     ("Did people using pot cut back too?", ["decrease cannabis use"])],
    [("My teenage cousin is starving herself and has been in and out of treatment programs. Any sign ketamine might "
      "help?",
      ["anorexia nervosa", "effective treatment for eating disorders"]),
     ("Are there enough clinical studies to call it safe for that?",
      ["limited number of clinical studies", "more research must be done"])],
    [("My grandmother's blood pressure already runs high. Is that a known reaction to these treatments?",
      ["hypertension"]),
     ("Is there a version that's considered low-risk and works from your couch?",
      ["sublingual type of ketamine therapy", "able to be used from home"])],
    [("My friend with manic depression had her drip sessions and says she felt detached and wired. Is that something "
      "the studies saw?",
      ["dissociative and/or manic symptoms", "a few patients did experience"]),
     ("Do we know what happens to people like her years down the line?",
      ["long-term effects of ketamine therapy", "remains unclear"])],
    [("Should the counseling happen at the same moment as the infusion?",
      ["either simultaneously, or following the infusion", "following the infusion of ketamine"]),
     ("Should I block out my whole afternoon for a session like that?",
      ["up to three hours", "Sessions may last up to three hours"])],
    [("First shift giving esketamine at our clinic tomorrow. What's mandatory once the patient has had the spray?",
      ["patient monitoring after administration"]),
     ("Can I let them take the spray home for later doses?",
      ["cannot be distributed outside of certified clinical settings", "certified clinical settings"])],
]

# Pair 1: searched "music", "classical", "ambient", "playlist", "song", "genre": the text says only that eye coverings
#   and music are provided in higher-dose intramuscular sessions; no style of music is named.
# Pair 2: searched "lithium", "valproate", "lamotrigine", "mood-stabilizing", "agent": the bipolar paragraph says "a
#   mood-stabilizing agent" and never names which drug.
# Pair 3: searched "gambling", "lottery", "behavioral addiction", "habit", "compulsive": substance use covers alcohol,
#   cocaine, opioids and cannabis only; compulsions appear only for OCD; gambling is not mentioned.
# Pair 4: searched "breastfeed", "nursing", "lactation", "pregnan", "infant", "newborn": nothing on pregnancy or
#   breastfeeding; the only population note is that ketamine is listed as safe to use for children (as an anesthetic).
# Pair 5: searched "penalty", "fine", "violate", "enforce", "REMS", "sanction": REMS requires monitoring and
#   esketamine cannot be distributed outside certified settings, but no consequence for breaking the rules is given.
# Pair 6: searched "kidney", "bladder", "liver", "organ", "toxic", "urinary": the text says only that high doses could
#   have potentially toxic effects, without naming any organ.
# Pair 7: searched "cost", "price", "dollar", "insurance", "afford", "expensive": the text never discusses the price
#   of Spravato or any treatment.
# Pair 8: searched "kg", "mg", "milligram", "per kilogram", "body weight", "starting dose": only "lower-dose",
#   "higher-dose" and a dosage escalation strategy are mentioned; no amounts anywhere.
# Pair 9: searched "placebo", "control group", "randomized", "sham", "blind": the anxiety studies are described as
#   sparse and limited with no design details; no placebo appears in the text.
# Pair 10: searched "teen", "adolescent", "adult", "age", "young": the eating disorder paragraph gives no participant
#   ages; the only age mention is that ketamine is listed as safe for children on the WHO list.
# Pair 11: searched "country", "countries", "Europe", "where", "site", "international": future trials should be larger
#   with repeated dosing, monitoring and follow-up, and add MET and FAP; no location is named (Europe appears only for
#   historic off-label use).
# Pair 12: searched "cost", "cheap", "price", "pocket", "insurance", "afford": the text says research is mixed on
#   infusions versus esketamine in efficacy, with nothing on cost.
THIRTY_SEVENTH_UNANSWERABLE_FOLLOW_UPS = [
    ("On intramuscular days, do I bring earbuds or will the clinic have something?",
     "Is it classical stuff or more ambient electronic?"),
    ("Grandpa was diagnosed manic-depressive decades ago. Any ketamine approach for his down periods?",
     "Do the studies say which mood-stabilizing drug was combined with the infusions?"),
    ("I used to do a lot of blow and booze. Did ketamine research look at users like me?",
     "I also scratch lottery tickets compulsively; would ketamine help with that kind of habit?"),
    ("Does the nasal spray make people feel like the room is spinning or sick to their stomach?",
     "My wife is nursing our newborn. Could she do ketamine sessions?"),
    ("My mom has her first Spravato appointment next Tuesday and wants to run errands straight afterwards. Will the "
     "clinic let her leave immediately?",
     "Are there penalties when a clinic ignores the REMS requirements?"),
    ("Would cranking the dose way up carry any special danger?", "Could my kidneys or bladder be harmed by big doses?"),
    ("Spravato: what form does it come in and what is it licensed for?",
     "What would a course of Spravato set me back?"),
    ("Does the route, under the tongue versus a shot in the muscle, change effectiveness?",
     "Is there a standard starting dose per kilogram of body weight?"),
    ("My college roommate gets crippling nerves before exams. Could ketamine calm that down fast?",
     "Was there a placebo group in the anxiety trials?"),
    ("My nutrition professor asked us to critique the ketamine-for-anorexia literature. What's its main weakness?",
     "Were those anorexia studies run on teenagers or adults?"),
    ("If I were designing the next ketamine study, what should I make sure to include?",
     "Which countries should run it?"),
    ("For bipolar lows, is an IV ketamine drip better than the esketamine nasal spray?",
     "Which one would cost me less out of pocket?"),
]

# A thirty-eighth set (written 2026-12-06, stop 100), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
THIRTY_EIGHTH_DIALOGS = [
    [("Writing a stats slide on mood disorders worldwide; what headcount does the WHO give?", ["230 million"]),
     ("What slice of humanity does that figure amount to?", ["3.8%", "around 3.8% of the human population"])],
    [("My brother drinks too much; was any medication ever teamed up with therapy for that, before ketamine came "
      "along?",
      ["naltrexone", "with naltrexone for alcohol"]),
     ("Was there a similar pairing for kicking cigarettes?", ["bupropion", "with bupropion for smoking cessation"])],
    [("Should I clear my whole afternoon for a ketamine-assisted therapy appointment?", ["up to three hours"]),
     ("Does the visit wrap up with someone keeping an eye on the patient?", ["supervised recovery"])],
    [("My niece has been in and out of treatment for bulimia and anorexia. Why are these conditions so hard to beat?",
      ["high rates of remission", "varying degrees of effectiveness"]),
     ("What do clinicians usually throw at them right now?",
      ["psychotropic medications", "combination of psychotherapy with various psychotropic"])],
    [("History buff question: what was ketamine's first big real-world job outside the lab?",
      ["veterinary anesthetic"]),
     ("Then what were they hoping it could replace in humans?", ["replacement for PCP"])],
    [("My sister is in a study for sublingual ketamine. Is that kind considered risky?", ["and low-risk"]),
     ("Would she have to go into a clinic for every dose?", ["able to be used from home"])],
    [("My dad's psychiatrist mentioned magnets and shock therapy. Are those standard depression treatments these days?",
      ["transcranial magnetic stimulation", "electroconvulsive therapy"]),
     ("And if the first antidepressant flops, how do people fare on the next one they try?", ["low response rates"])],
    [("Cardiology nurse: does either IV ketamine or the nasal esketamine push blood pressure up?",
      ["nausea, and hypertension", "hypertension"]),
     ("What else tends to show up, besides that?", ["dissociation, disorientation, dizziness, nausea", "dizziness"])],
    [("Chem major here: agonist or antagonist, at which receptor, and is it long- or short-lived?",
      ["NMDA receptor antagonist", "short-acting, noncompetitive"]),
     ("So what does blocking it do downstream?", ["glutamate modulation", "increased synaptic excitability"])],
    [("Is the IV drip version of ketamine better than the Spravato spray?", ["research remains mixed"]),
     ("And which of the two has the FDA signed off on for depression?",
      ["Only esketamine (Spravato)", "intranasal esketamine (Spravato)"])],
]

# Pair 1: searched "enantiomer", "arketamine", "R-ketamine", "mirror", "isomer", "racemic", "form": the text calls
#   esketamine "an enantiomer of ketamine" and never names the other enantiomer.
# Pair 2: searched "STAR*D", "patients", "participants", "enrolled", "sample", "number", "thousand": the text says
#   STAR*D found low response rates after the first antidepressant failed, with no size of the trial.
# Pair 3: searched "monitoring", "REMS", "hours", "minutes", "observe", "how long", "after administration": the text
#   says REMS requires patient monitoring after administration, never for how long.
# Pair 4: searched "side effects", "resolve", "fade", "wear off", "hours", "minutes", "days": the text lists
#   dissociation, disorientation, dizziness, nausea and hypertension, and says acute effects resolve spontaneously,
#   with no time given.
# Pair 5: searched "music", "playlist", "choose", "select", "eye coverings", "patient", "therapist": the text says eye
#   coverings and music are provided when an inward focus is needed, not who chooses the music.
# Pair 6: searched "certified", "certification", "clinical settings", "training", "register", "REMS", "requirement":
#   the text says esketamine cannot be distributed outside certified clinical settings, without saying how a setting
#   is certified.
# Pair 7: searched "1964", "human", "country", "United States", "Belgium", "Michigan", "prison", "volunteer": the text
#   says ketamine was first given to a human in 1964 as a possible PCP replacement, naming no place.
# Pair 8: searched "nasal spray", "intranasal", "mg", "milligram", "device", "dose", "contain": the text says
#   esketamine (Spravato) is a nasal spray approved in 2019, with no amount per device.
# Pair 9: searched "escalation", "steps", "stage", "increase", "sessions", "mg", "how many": the text says a dosage
#   escalation strategy reaches different levels of dissociation, with no number of steps.
# Pair 10: searched "veteran", "VA", "Veterans Affairs", "military", "soldiers", "hospital", "offer": the text
#   mentions soldiers only for battlefield anesthesia and says nothing about VA provision of ketamine.
# Pair 11: searched "Parke-Davis", "Labs", "city", "Detroit", "Michigan", "located", "based", "Wayne State": the text
#   names Parke-Davis Labs and Dr. Calvin Lee Stevens in 1962, no location.
# Pair 12: searched "animal models", "animal studies", "mice", "rats", "rodent", "monkeys", "species": the text says
#   the mTOR, GSK3 and eEF2 findings come from animal models, never which animals.
THIRTY_EIGHTH_UNANSWERABLE_FOLLOW_UPS = [
    ("Spravato is described as a mirror-image form of ketamine. What's the technical word for that?",
     "And what's the other mirror-image form called?"),
    ("Did the big US depression trial STAR*D find people respond well to a second drug after the first fails?",
     "How many people were enrolled in it?"),
    ("Pharmacy tech: what does REMS require after someone uses Spravato?",
     "How many hours does that observation period last?"),
    ("A caregiver asks: which side effects should I watch for after Grandma's esketamine spray?",
     "How soon after the spray do those usually fade?"),
    ("Why would a patient wear an eye mask during a ketamine session?",
     "Who picks the music, the patient or the therapist?"),
    ("Can a pharmacy hand Spravato to a patient to take home?", "What does the certification process involve?"),
    ("Putting together a hospice newsletter about ketamine history: the first time a person got it was 1964, right?",
     "In which country did that first human dose happen?"),
    ("Our book club read a novel where a character uses Spravato. Is that just a brand of esketamine?",
     "How much does one of those nasal devices contain?"),
    ("Does the amount of ketamine get adjusted depending on how much of an altered state the therapy calls for?",
     "How many steps up does it usually take?"),
    ("Chaplain on a veterans' ward here: how big and how quick is ketamine's drop in suicidal thoughts?",
     "Does the VA offer it?"),
    ("Biology teacher here: what did Parke-Davis and Dr. Stevens stumble on in 1962?", "Which city was that lab in?"),
    ("Exam review: which three pathways in animal studies get linked to ketamine's plasticity boost?",
     "Were those lab animals mice, rats or monkeys?"),
]

# A thirty-ninth set (written 2026-12-06, stop 101), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
THIRTY_NINTH_DIALOGS = [
    [("I'm a med student cramming for boards tonight, and my notes just say STAR*D with no expansion. What words do "
      "those letters abbreviate?",
      ["Sequenced Treatment Alternatives to Relieve Depression"]),
     ("What did that trial conclude about people whose first pill didn't work?",
      ["low response rates to alternative compounds", "low response rates"])],
    [("Since shingles I've had burning nerve pain. Is that type of pain on the list of things this kind of therapy "
      "might help?",
      ["neuropathic pain"]),
     ("OK, what about trauma, like PTSD?", ["post-traumatic stress disorders"])],
    [("My brother keeps talking about not wanting to be alive anymore. If a doctor gave him ketamine, how fast could "
      "things start to look different?",
      ["within two hours of administration", "within two hours"]),
     ("Why does that speed matter so much for someone like him?",
      ["delayed onset poses an increased risk for suicidality", "increased risk for suicidality"])],
    [("My grandpa was born in 1964. Did anything happen with ketamine that year?",
      ["first given to a human in 1964", "given to a human in 1964"]),
     ("Was it being tried as a substitute for some other drug back then?",
      ["potential replacement for PCP", "replacement for PCP"])],
    [("After an infusion, how many hours until the mood lift usually kicks in?",
      ["2–24 hours post-infusion", "2–24 hours"]),
     ("And once it arrives, for how many days does it typically hold?", ["typically lasting 4–7 days", "4–7 days"])],
    [("I'm nervous about needles. If I opt for the tablet under the tongue instead of the intramuscular shot, am I "
      "giving up any effectiveness?",
      ["no notable difference in efficacy"]),
     ("So why would a clinician pick the under-the-tongue route at all?",
      ["active therapist-patient communication", "sessions that require active therapist-patient communication"])],
    [("My therapist mentioned they'd start me low and work up over several visits. Is stepping the dose up like that "
      "part of the standard approach?",
      ["dosage escalation strategy"]),
     ("Why would they want different levels of dissociation anyway?",
      ["amount of alteration of consciousness", "alteration of consciousness needed for treatment"])],
    [("I'm a sommelier who quit drinking last year with help from a pill plus counselling. Which medication does the "
      "article say gets paired with therapy for alcohol problems?",
      ["naltrexone"]),
     ("And for people trying to stop smoking, which one?", ["bupropion"])],
    [("My son smokes weed every day and we're looking at a ketamine program that includes counselling. Any sign that "
      "mixing the two cut back on pot?",
      ["decrease cannabis use"]),
     ("Do researchers know why it curbs those habits?",
      ["mechanisms of action for these effects remain unknown", "remain unknown"])],
    [("My wife has lived with manic-depressive illness for years, and her doctor wants to add an anesthetic drip to "
      "her lithium during this low patch. Going by the published studies, is relief a matter of weeks or minutes?",
      ["within around 40 minutes", "around 40 minutes"]),
     ("Did everyone in those studies tolerate it fine?",
      ["a few patients did experience", "dissociative and/or manic symptoms"])],
]

# Pair 1: searched "Stevens", "discover", "other", "invent", "career", "known for", "compound": Dr. Calvin Lee Stevens
#   appears once, as co-discoverer of ketamine with Parke-Davis Labs in 1962; no other work of his is mentioned.
# Pair 2: searched "blood pressure", "hypertension", "medication", "pill", "skip", "stop", "interaction", "before":
#   hypertension is listed among common side effects of IV ketamine and intranasal esketamine; nothing on whether to
#   pause other medicines before a session.
# Pair 3: searched "certified", "certification", "training", "nurse", "staff", "REMS", "requirement": esketamine
#   "cannot be distributed outside of certified clinical settings" and REMS requires patient monitoring; how a clinic
#   or its staff gets certified is never said.
# Pair 4: searched "sublingual", "tablet", "troche", "lozenge", "film", "drop", "liquid", "form": the text says a
#   sublingual type of ketamine therapy can be used from home and is low-risk, but never what physical form it comes
#   in.
# Pair 5: searched "music", "playlist", "choose", "pick", "select", "headphones", "song": eye coverings and music are
#   provided in higher-dose intramuscular sessions; who chooses the music is not said.
# Pair 6: searched "weekly", "monthly", "frequency", "interval", "booster", "top-up", "schedule", "repeated": time-to-
#   relapse is 2–4 weeks and "a repeated dosage paradigm is used", with no spacing of the repeat doses given.
# Pair 7: searched "Europe", "country", "countries", "Germany", "Austria", "UK", "France", "most": ketamine was used
#   off-label "across Europe and the United States"; no single European country is named.
# Pair 8: searched "EMDR", "eye movement", "desensitization", "trauma-focused", "future trials", "integrating": future
#   trials should integrate ketamine with therapies "including, but not limited to" MET and FAP; EMDR is never
#   mentioned.
# Pair 9: searched "Psychedelic Institute", "state", "states", "licensed", "operate", "serve", "where": the institute
#   is named only as an example of a telemedicine-based company; no states or licensing are given.
# Pair 10: searched "naltrexone", "interaction", "combine", "together", "contraindicat", "safe", "opioid": naltrexone
#   appears only as a historic partner of psychotherapy for alcohol and opioid dependence; nothing about taking it
#   with ketamine.
# Pair 11: searched "inpatient", "outpatient", "hospital", "residential", "setting", "clinic", "anorexia": the eating-
#   disorder paragraph says ketamine seems effective, especially for anorexia and for those who failed previous
#   therapies, with no treatment setting given.
# Pair 12: searched "phobia", "flying", "panic", "social", "generalized", "type", "anxiety disorders": anxiety studies
#   used intravenous, intramuscular and oral ketamine and are sparse; no specific anxiety disorder is named.
THIRTY_NINTH_UNANSWERABLE_FOLLOW_UPS = [
    ("I mixed up my lecture notes on Dr. Calvin Lee Stevens and ketamine. Was it the sixties or seventies when he "
     "found the compound?",
     "Did he make any other well-known discoveries?"),
    ("I'm worried since I'm on blood pressure meds. Is hypertension one of the known reactions?",
     "Should I skip my blood pressure pill on the morning of a session?"),
    ("Our clinic just got approved to stock Spravato. Are patients allowed to take doses home, or must it stay on "
     "site?",
     "What training do our nurses need before a clinic can get certified to give the spray?"),
    ("Living two hours from the nearest clinic, I'd love a version I can take in my own living room. Does the "
     "research mention anything like that?",
     "Does it come as a dissolving tablet, a film, or liquid drops?"),
    ("My therapist says the deep sessions involve a blindfold and some tunes. Is that what the literature describes "
     "for the injected, higher-dose approach?",
     "Can patients pick their own playlist?"),
    ("My depression crept back a few weeks after my series of infusions. My doctor says that's expected. What does "
     "the article give as the usual gap before symptoms return?",
     "Are the top-up sessions usually weekly or monthly?"),
    ("Back in the sixties and seventies, my grandmother's doctor in Vienna apparently gave her the anesthetic for "
     "her nerves. Was that kind of off-label psychiatric use happening on that side of the Atlantic?",
     "Is there a particular European country where that off-label use was most common?"),
    ("My psychologist is excited about the authors' wish list of therapies to test with ketamine next. Which talk "
     "approaches are named?",
     "What about pairing ketamine with eye movement desensitization?"),
    ("I'm relocating and want remote sessions. Is there a telemedicine practice the article mentions by name?",
     "Which states is that practice licensed to operate in?"),
    ("I'm on naltrexone for drinking and started counselling. Besides alcohol, for what other dependence does the "
     "article say that drug gets paired with therapy?",
     "Can someone on naltrexone still get ketamine therapy?"),
    ("A friend on my rowing team barely eats and has bounced through two residential programs. Is there evidence "
     "ketamine might work for her?",
     "Were those patients treated as inpatients or outpatients?"),
    ("Flying makes me shake and sweat for days beforehand. If a study gave ketamine for nerves like mine, was it "
     "only by drip, or other ways too?",
     "Did any of those studies look specifically at phobias like a fear of flying?"),
]

# A fortieth set (written 2026-12-07, stop 102), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
FORTIETH_DIALOGS = [
    [("How many US clinics bother adding counseling to the drug?", ["only 20%", "20% of the 2,500 ketamine clinics"]),
     ("Has it worked in regular private practice offices?",
      ["private practice settings", "clinically-significant reduction in anxiety and depression"])],
    [("Do these assisted-therapy appointments run long?", ["up to three hours", "Sessions may last up to three hours"]),
     ("Is somebody there while you come down?", ["supervised recovery", "provisions for supervised recovery"])],
    [("When do symptoms tend to return after the last dose?",
      ["2–4 weeks", "time-to-relapse after ketamine treatment"]),
     ("Is that the reason for doing several doses?", ["repeated dosage paradigm"])],
    [("Do kids get this anesthetic?", ["safe to use for children", "listed as safe to use for children"]),
     ("Who lists it that way?", ["World Health Organisation", "Model List of Essential Medicines"])],
    [("What neurotransmitter does the drug act on?", ["glutamate modulation", "glutamate"]),
     ("What does that do to synapses?", ["increased synaptic excitability", "synaptic excitability"])],
    [("Is anorexia treatable with the drug?",
      ["particularly for anorexia nervosa", "effective treatment for eating disorders"]),
     ("Is the evidence for that solid yet?", ["limited number of clinical studies", "more research must be done"])],
    [("Has the addiction research covered weed?", ["decrease cannabis use"]),
     ("What about cocaine?", ["alcohol, cocaine, and opioids", "reduce cravings"])],
    [("Can the drug help bad memories fade?",
      ["reconsolidation of dysfunctional memories", "disrupts the reconsolidation"]),
     ("Such as ones tied to what?", ["trauma, anxiety, substance use", "associated with trauma"])],
    [("Has drug-plus-therapy ever helped anyone kick cigarettes?", ["bupropion for smoking cessation", "bupropion"]),
     ("Did that pairing approach help with booze or opioids too?",
      ["naltrexone for alcohol and opioid dependence", "naltrexone"])],
    [("What did STAR*D find about second-line drugs?",
      ["low response rates to alternative compounds", "low response rates"]),
     ("So what kind of treatment did that push people to look for?",
      ["a more rapid treatment option", "adjunct to previous therapies"])],
]

# Pair 1: searched "monitoring", "monitor", "hours", "minutes", "observe", "watch", "two hours", "REMS": the text says
#   REMS requires "patient monitoring after administration for safety"; no length of the monitoring period ("within
#   two hours" refers only to ketamine's effect on suicidality).
# Pair 2: searched "Psychedelic Institute", "based", "headquarters", "located", "state", "city", "Family Therapy": the
#   text names the company only as an example of telemedicine-based companies; no location.
# Pair 3: searched "music", "playlist", "songs", "classical", "sound", "headphones", "eye coverings": the text says
#   only "with eye coverings and music provided"; no kind of music.
# Pair 4: searched "battlefield", "war", "Vietnam", "conflict", "military", "soldiers", "army": the text says ketamine
#   "began to be used on the battlefield" as the "buddy drug"; no war or conflict is named.
# Pair 5: searched "sessions", "doses", "course", "number", "how many", "six", "eight", "repeated": the text mentions
#   a "dosage escalation strategy", "Repeated sessions" and "a repeated dosage paradigm"; no number of doses in a
#   course.
# Pair 6: searched "Model List", "Essential Medicines", "added", "included", "since", "year": the text says ketamine
#   "is currently one of three injected general anesthetics" on the WHO list; no year it was listed.
# Pair 7: searched "enantiomer", "arketamine", "R-ketamine", "S-ketamine", "racemic", "mirror": the text calls
#   esketamine only "an enantiomer of ketamine"; the other enantiomer is never named.
# Pair 8: searched "1964", "human", "person", "volunteer", "prisoner", "patient", "subject": the text says only it
#   "was first given to a human in 1964 as a potential replacement for PCP"; nothing about who that person was.
# Pair 9: searched "functional analytic", "FAP", "developed", "founded", "created", "Kohlenberg", "originated": the
#   text only lists MET and FAP as therapies future trials should integrate; no originator.
# Pair 10: searched "sublingual", "mg", "milligram", "lozenge", "tablet", "dose", "amount": the text says "Lower-dose
#   sublingual administration is recommended" for sessions with active communication; no amount.
# Pair 11: searched "electroconvulsive", "ECT", "transcranial", "faster", "rapid", "onset", "compared": the text only
#   lists electroconvulsive therapy among current depression treatments; ketamine's rapid onset is contrasted with
#   antidepressant medication, never with ECT.
# Pair 12: searched "Parke-Davis", "owns", "owner", "acquired", "Pfizer", "company", "now": the text says ketamine was
#   discovered by Parke-Davis Labs, which filed a patent; nothing about who owns the company.
FORTIETH_UNANSWERABLE_FOLLOW_UPS = [
    ("What safety program does the nasal spray fall under?", "How long do they watch you after the spray?"),
    ("Which telemedicine company is named as an example?", "Is that company in a particular state?"),
    ("Are blindfolds used in any sessions?", "What kind of music is played in the higher-dose sessions?"),
    ("What was the battlefield nickname for the anesthetic?", "Which conflict?"),
    ("Does the dose climb as treatment goes on?", "How many doses make up a full course?"),
    ("Does the WHO count this drug as essential?", "Since what year has it been listed?"),
    ("Is the drug in the nose spray exactly the same molecule?", "What's the name of the other enantiomer?"),
    ("Was the drug tested in humans before 1970?", "Do we know anything about that first test subject?"),
    ("Which therapies besides CBT come up for future trials?", "Who came up with FAP as a therapy?"),
    ("When is the under-the-tongue form preferred?", "How much ketamine goes into one lozenge?"),
    ("Is electroconvulsive therapy still a thing for depression?", "Is ECT quicker than the infusions?"),
    ("Which outfit found the drug back in 1962?", "Who owns that company now?"),
]

# A forty-first set (written 2026-12-07, stop 103), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
FORTY_FIRST_DIALOGS = [
    [("What's the link between Parke-Davis and ketamine?", ["Parke-Davis Labs", "filed a patent"]),
     ("Who worked with them on it?", ["Calvin Lee Stevens"])],
    [("What does the STAR*D study have to do with ketamine?", ["low response rates"]),
     ("So what were doctors hoping for instead?", ["a more rapid treatment option"])],
    [("When does the ketamine glow fade?", ["4–7 days", "2–4 weeks", "up to a week"]),
     ("So then what, another dose?", ["repeated dosage paradigm"])],
    [("How does ketamine rewire things?", ["synaptogenesis and neuroplasticity", "NMDA receptor antagonist"]),
     ("Shown in humans or just lab animals?", ["animal models", "animal studies"])],
    [("Is there a reason clinics play music during ketamine?", ["inward focus"]),
     ("Is that the bigger dose?", ["higher-dose intramuscular"])],
    [("Ketamine for jittery nerves, any data?", ["sparse in number", "lower anxiety rapidly"]),
     ("By pill, shot, or drip?", ["intravenous, intramuscular, and oral"])],
    [("Ketamine for compulsive handwashing?", ["obsessive-compulsive disorders", "obsessive thoughts and compulsions"]),
     ("Better with CBT alongside?", ["improved effects", "cognitive behavioral therapy"])],
    [("Ketamine to quit booze?", ["reduce cravings", "alcohol, cocaine, and opioids"]),
     ("Do we know how?", ["these effects remain unknown"])],
    [("Spravato side effects?", ["dissociation", "dizziness", "nausea"]),
     ("Any gentler option?", ["sublingual type of ketamine therapy", "low-risk"])],
    [("Spravato approval year?", ["2019"]),
     ("Spray or pill?", ["nasal spray"])],
]

# Pair 1: searched "insurance", "insur", "cover", "pay", "reimburs", "cost", "price": the text explains REMS (strict
#   FDA regulation, monitoring after administration) but never mentions insurance or payment.
# Pair 2: searched "find", "locate", "near", "directory", "list", "certified": the text says only that esketamine
#   cannot be distributed outside certified clinical settings; nothing on finding one.
# Pair 3: searched "Canada", "Health Canada", "UK", "Europe", "country", "countries": approval is discussed only for
#   the US FDA; Europe appears only for early off-label ketamine use, not Spravato approval.
# Pair 4: searched "Janssen", "Johnson", "manufactur", "make", "company", "drugmaker": Spravato is named with its 2019
#   FDA approval; the only company for the drug is Parke-Davis, which discovered and patented ketamine, not
#   esketamine.
# Pair 5: searched "surg", "operat", "procedure", "anesthe": the text says ketamine is FDA-approved as an anesthetic
#   agent and on the WHO list of injected general anesthetics, but names no surgery.
# Pair 6: searched "cost", "price", "cheap", "afford", "$", "expens": the text says there is no notable difference in
#   efficacy between sublingual and intramuscular ketamine; nothing on cost.
# Pair 7: searched "day", "daily", "per day", "times", "dose", "mg", "lozenge": the text says sublingual ketamine can
#   be used from home and is low-risk, with no dosing frequency or amount.
# Pair 8: searched "STAR*D", "participants", "patients", "sample", "size", "enroll", "number": STAR*D is cited only
#   for low response rates after a first antidepressant fails; no study size.
# Pair 9: searched "first", "idea", "origin", "pioneer", "historically", names: the text says pairing drugs with
#   psychotherapy has historically been efficacious (naltrexone, bupropion), crediting no one.
# Pair 10: searched "mg", "milligram", "dose", "spray", "strength", "amount": esketamine is approved "as a nasal
#   spray" for TRD and acute suicidality; no dose per spray is given.
# Pair 11: searched "expected", "future", "when", "year", "ongoing", "underway": the text says future trials should be
#   larger with repeated dosing and follow-up, but gives no timeline.
# Pair 12: searched "university", "institute", "college", "lab", "researcher", "led": the text cites research only by
#   reference numbers; the only institute named is a telemedicine company, not a research leader.
FORTY_FIRST_UNANSWERABLE_FOLLOW_UPS = [
    ("My insurance mentioned REMS for Spravato. What's that about?", "Will it pay for the treatment?"),
    ("Can Spravato be mailed to me?", "How do I find a certified clinic near me?"),
    ("Which country approved Spravato?", "What about Canada?"),
    ("What year did the nose spray version come out?", "Which drugmaker?"),
    ("What's ketamine's day job in hospitals?", "What surgeries is it used for?"),
    ("Ketamine lozenge or injection, which works better?", "Which costs less?"),
    ("My cousin's clinic gives ketamine lozenges. Is that a real method?", "How many does she take a day?"),
    ("Why not just try another antidepressant?", "How big was that study?"),
    ("Why pair a drug with a therapist?", "Whose idea was that originally?"),
    ("Is the nasal version approved for suicidal behavior?", "How strong is each spritz?"),
    ("Should I wait for better ketamine studies?", "When are those expected?"),
    ("How strong is ketamine's track record?", "Which university is leading the research?"),
]

# A forty-second set (written 2026-12-07, stop 104), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
FORTY_SECOND_DIALOGS = [
    [("My GP keeps citing a big US trial, STAR*D, about switching pills. What was its takeaway on second-line drugs?",
      ["low response rates to alternative compounds", "low response rates"]),
     ("Spell out the full name of it for me?", ["Sequenced Treatment Alternatives to Relieve Depression"])],
    [("Blogging about mental health awareness week: how many millions of people does the WHO say have depression?",
      ["230 million"]),
     ("What percent of everyone on Earth does that work out to?", ["3.8%", "around 3.8%"])],
    [("Nurse on nights here: post-drip, what's the window before a patient's low mood typically begins to lift?",
      ["2–24 hours", "2–24 hours post-infusion"]),
     ("And how long is the lift good for, in days?", ["4–7 days", "typically lasting 4–7 days"])],
    [("For my psychology essay, which older drug-plus-therapy combos does the article cite as precedents?",
      ["naltrexone for alcohol and opioid dependence", "bupropion for smoking cessation"]),
     ("And the one for smokers?", ["bupropion"])],
    [("Booking private KAP sessions for myself, I want to clear my afternoon. What's the max length?",
      ["up to three hours", "three hours"]),
     ("Will staff be around while I come down at the end?",
      ["supervised recovery", "provisions for supervised recovery"])],
    [("I'm freelancing a story on the psychedelic-clinic gold rush in America. Ballpark, how many places offer "
      "ketamine there?",
      ["2,500"]),
     ("Only a minority of them include counselling, right? How small?", ["20%", "only 20%"])],
    [("My cousin's psychiatrist prescribes it under the tongue at lower doses. When is that route preferred over a "
      "jab?",
      ["active therapist-patient communication", "sessions that require active therapist-patient communication"]),
     ("Does the choice between them affect the results much?", ["no notable difference in efficacy"])],
    [("Carer question: my mother's manic-depressive illness is in its down phase. In studies combining an infusion "
      "with mood-stabilising medication, what was the onset time?",
      ["within around 40 minutes", "40 minutes"]),
     ("Were there any hiccups with that approach, like patients going high?",
      ["dissociative and/or manic symptoms", "manic symptoms"])],
    [("Our teenager has compulsions and also other psychiatric issues; did those extra diagnoses block the benefit?",
      ["even in patients with psychiatric comorbidities", "psychiatric comorbidities"]),
     ("Which kind of therapy boosted the short-term improvement?", ["cognitive behavioral therapy"])],
    [("My sister has anorexia and nothing's stuck so far. What reasons does the article give for eating disorders "
      "being such a challenge?",
      ["varying degrees of effectiveness of current treatments", "high rates of remission"]),
     ("And the standard approach at the moment is what?",
      ["combination of psychotherapy with various psychotropic medications", "psychotherapy with various psychotropic medications"])],
]

# Pair 1: searched "Stevens", "age", "old", "born", "aged", "years": the text names Dr. Calvin Lee Stevens with Parke-
#   Davis Labs and the year 1962, but never his age or birth date.
# Pair 2: searched "Europe", "European", "EU", "EMA", "licensed", "approved": Spravato's FDA approval in 2019 is
#   given; Europe appears only for off-label use of ketamine, with no European licence or date.
# Pair 3: searched "nausea", "percent", "%", "how many", "frequency", "rate", "common": nausea is listed among the
#   most common side effects with no frequency; the only percentages (3.8%, 20%) concern other topics.
# Pair 4: searched "hours", "observe", "observation", "monitoring", "minutes", "how long": REMS requires "patient
#   monitoring after administration for safety" but no length of observation is stated.
# Pair 5: searched "dropout", "drop out", "withdrew", "quit", "tolerated", "completed": the anxiety routes
#   (intravenous, intramuscular, oral) are listed with no comparison of retention or dropouts.
# Pair 6: searched "region", "cortex", "hippocampus", "area", "dense", "located": NMDA antagonism, glutamate and
#   synaptic excitability are described, but no brain region where the receptors concentrate.
# Pair 7: searched "insurance", "insurer", "cover", "reimburse", "pay", "cost", "price": relapse after 2–4 weeks and
#   repeated dosing are stated; nothing on payment or insurance.
# Pair 8: searched "Psychedelic Institute", "patients", "clients", "each year", "annually", "number": the institute is
#   named only as an example of telemedicine companies; no patient numbers.
# Pair 9: searched "war", "Vietnam", "conflict", "battlefield", "soldiers", "military": only "on the battlefield" and
#   the "buddy drug" nickname appear; no war is named.
# Pair 10: searched "time", "minutes", "hours", "quicker", "session", "chair", "infusion": the text says research is
#   mixed on infusions versus esketamine efficacy; it compares no administration times (the three-hour figure is KAP
#   sessions in general).
# Pair 11: searched "mg", "kg", "milligram", "dose", "dosage", "amount": single-dose effects and self-resolving side-
#   effects are described, but no amount; doses are only "lower-dose"/"higher-dose"/"high doses".
# Pair 12: searched "added", "since", "year", "Model List", "Essential Medicines", "first included": ketamine is on
#   the WHO list and "listed as safe to use for children", with no date of listing.
FORTY_SECOND_UNANSWERABLE_FOLLOW_UPS = [
    ("Podcast prep on drug history: whose name sits next to Parke-Davis as the ketamine discoverer?",
     "When he found it, how old was he?"),
    ("Reporter on the pharma beat: Spravato's US green light came which year?",
     "Was it licensed across the EU in the same year?"),
    ("Mum's starting the nasal spray next week; what might she feel afterward, side-effect wise?",
     "How often does queasiness actually hit people, as a percentage?"),
    ("Our clinic is about to offer Spravato; under which federal risk programme does it fall?",
     "For how long, exactly, must someone stay observed post-dose?"),
    ("Third-year med student revising: what were the different delivery methods tested for anxious patients?",
     "Which route did patients drop out of least?"),
    ("My pharmacology tutor asked what class of glutamate receptor ketamine blocks, non-competitively. Which one?",
     "Where in the brain are those receptors most dense?"),
    ("Before I sign up, roughly how long do the results last before I'd need more?",
     "Would my insurer pay for the booster sessions?"),
    ("Which telehealth outfit is given as an example of KAP companies that expanded after 2019?",
     "Roughly how many clients does that company see each year?"),
    ("Researching a war film script: soldiers could jab each other with ketamine, hence which nickname?",
     "During which conflict was it used like that?"),
    ("My aunt's being offered either ketamine drips or Spravato; is one known to be stronger?",
     "Which one takes less time in the chair?"),
    ("My sister had one infusion for her stubborn depression and felt wobbly and spaced out straight after. Do those "
     "immediate effects settle on their own?",
     "How much was she probably given, in mg per kg?"),
    ("Our field hospital charity stocks ketamine partly because the WHO rates it essential; is it also rated fine "
     "for children there?",
     "When was it first put on there?"),
]

# A forty-third set (written 2026-12-07, stop 104), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
FORTY_THIRD_DIALOGS = [
    [("Is the effect on suicidal thoughts in depressed people small or big?",
      ["moderate-to-large effect", "a moderate-to-large effect"]),
     ("And if you're not depressed but still have those thoughts?",
      ["cannot currently be generalised", "non-depressed patients"])],
    [("Prepping a journal club on rat studies: which neurotrophin climbs after a ketamine dose?",
      ["brain-derived neurotrophic factor"]),
     ("And what does that do?", ["ameliorates the effects of acute and chronic stress", "acute and chronic stress"])],
    [("For the bipolar studies, were non-IV routes shown to be safe long term?",
      ["remains unclear", "alternative modes of ketamine administration"]),
     ("Drip versus nose spray — is one clearly better?", ["research remains mixed", "more effective than esketamine"])],
    [("My college roommate swears by naltrexone plus weekly counselling for his drinking. Is that kind of pairing "
      "mentioned as a model here?",
      ["naltrexone for alcohol and opioid dependence", "historically been efficacious"]),
     ("What about quitting cigarettes?", ["bupropion for smoking cessation", "bupropion"])],
    [("Thesis committee asked me to expand two acronyms from the article's future-directions paragraph. The first is "
      "MET — what does it mean?",
      ["motivational enhancement therapy"]),
     ("And FAP?", ["functional analytic psychotherapy"])],
    [("Why isn't the evidence good enough to apply to everyone yet?",
      ["lack of large, replicated clinical trials", "large, replicated clinical trials"]),
     ("And what's still a question mark with giving it over and over?",
      ["long-term side effects", "long-term safety"])],
    [("My psychiatrist writes ketamine scripts even though it's off-label. What sorts of cases does that usually "
      "happen in?",
      ["treatment-resistant conditions", "settings of treatment-resistant conditions"]),
     ("Any downsides flagged?", ["dissociation, sedation and abuse", "sedation and abuse"])],
    [("Once Parke-Davis saw it worked in a human, what paperwork followed?",
      ["filed a patent", "a patent for the utilization of the anesthetic"]),
     ("And then where did it end up?", ["on the battlefield", "battlefield"])],
]

# Pair 1: searched "state", "California", "New York", "Texas", "region", "most", "lead": 20% of the 2,500 US ketamine
#   clinics offer KAP; no breakdown by state.
# Pair 2: searched "weeks", "sessions", "how many", "course", "CBT", "cognitive behaviour": CBT is said to help
#   reverse inaccurate beliefs and maladaptive processing; no number of weeks or sessions.
# Pair 3: searched "founded", "founder", "started", "established", "launched", "CEO", "Institute": the Psychedelic
#   Institute of Mental Health & Family Therapy is only named as an example of telemedicine companies.
# Pair 4: searched "participants", "patients", "enrolled", "sample", "thousand", "how many": STAR*D found low response
#   rates to alternative compounds; no sample size is given.
# Pair 5: searched "cost", "price", "pay", "insurance", "dollar", "$", "afford": Spravato is described as an FDA-
#   approved nasal spray since 2019; no price.
# Pair 6: searched "music", "song", "playlist", "genre", "classical", "sound": "eye coverings and music provided" in
#   higher-dose intramuscular sessions; the music is not specified.
# Pair 7: searched "lithium", "valproate", "lamotrigine", "quetiapine", "mood-stabilizing", "agent": only "a mood-
#   stabilizing agent" combined with IV ketamine is mentioned, never named.
# Pair 8: searched "blood pressure", "pressure", "mmHg", "hypertension", "spike", "how high": hypertension is listed
#   among the most common side effects with no magnitude.
# Pair 9: searched "hours", "minutes", "observation", "monitoring", "stay", "how long": REMS requires "patient
#   monitoring after administration for safety"; no duration.
# Pair 10: searched "liver", "kidney", "bladder", "urinary", "brain", "organ", "toxic": "High doses of ketamine could
#   also have potentially toxic effects in patients"; no organ named.
# Pair 11: searched "elderly", "older", "age", "65", "senior", "adults": onset is 2–24 hours post-infusion; no age
#   groups are compared.
# Pair 12: searched "teen", "adolescent", "young", "youth", "children", "age": visible efficacy within two hours for
#   suicidal ideation; "children" appears only in the WHO anaesthetic listing, nothing on teens and suicidality.
# Pair 13: searched "cost", "price", "pay", "fee", "insurance", "dollar", "$": sessions may last up to three hours
#   with supervised recovery; no price.
# Pair 14: searched "how many", "booster", "maintenance", "number", "sessions", "monthly": time-to-relapse of 2–4
#   weeks and a "repeated dosage paradigm"; no number of repeat doses.
# Pair 15: searched "since", "first", "began", "year", "report", "tracking": the WHO reported 230 million (3.8%) as of
#   2023; nothing on when it started counting.
# Pair 16: searched "prefer", "preference", "like", "comfortable", "choice", "satisfaction": sublingual vs
#   intramuscular are described by purpose and "no notable difference in efficacy"; no patient preference.
FORTY_THIRD_UNANSWERABLE_FOLLOW_UPS = [
    ("My slide deck on US wellness businesses needs one stat: the percentage of America's ketamine clinics that "
     "bundle talk therapy.",
     "Which states lead?"),
    ("Supervising trainee therapists: why might cognitive-behavioural work be a good match for a ketamine client who "
     "has distorted thinking?",
     "How many weeks of CBT?"),
    ("Journalist here, covering the boom in app-based ketamine therapy since the 2019 nasal-spray approval. Who's a "
     "named example?",
     "Who started it?"),
    ("My neighbour was told about a huge US depression study that tested switching pills after a failed first one. "
     "What's it called?",
     "How big was the sample?"),
    ("Spravato got approved in 2019 — is it a pill or a spray?", "Will it set me back much?"),
    ("My appointment is the deeper intramuscular kind. Will they cover my eyes and put something on to listen to?",
     "Any particular playlist?"),
    ("My brother, who's bipolar, is in a low patch; his team mentioned an infusion along with a mood medication. How "
     "quickly did that combo work in studies?",
     "Which one was it?"),
    ("My grandma is hypertensive and her psychiatrist suggested the nasal spray. Which reactions does the article "
     "list as most common?",
     "How big a BP jump?"),
    ("Our ward just started Spravato; after the spray, what does the FDA's safety programme demand?",
     "How many hours must they stay?"),
    ("My friend wants to just take a big dose at home to get it over with. Is there any warning about high amounts?",
     "Which organ gets hit?"),
    ("How soon after an infusion can I expect to feel a bit lighter?", "Is it different for over-65s?"),
    ("Tell me what the article says is the payoff for people with suicidal ideation, timewise.",
     "Is that the same in teens?"),
    ("Clearing my Saturday for a private-practice KAP appointment: what's the longest it might run?",
     "What does it run me?"),
    ("Three weeks after my last infusion I'm slipping again. Is that typical timing?",
     "How many repeat rounds are typical?"),
    ("My stats homework quotes a figure of 3.8% of humanity being depressed. Which body said that, and as of when?",
     "Since when has the WHO kept that count?"),
    ("My therapist offers two options, a low dose dissolved in my mouth or a stronger jab. Is either one more "
     "effective?",
     "Which one do people like more?"),
]

# A forty-fourth set (written 2026-12-07, stop 105), drafted blind by a helper agent from the document's text
# alone, every question kept further than 0.75 from the earlier ones; committed before its one run.
FORTY_FOURTH_DIALOGS = [
    [("my roommate washes her hands like 50 times a day, would ketamine do anything",
      ["improve symptoms of obsessive-compulsive disorders", "obsessive-compulsive disorders short-term"]),
     ("what talk approach makes it work even better", ["cognitive behavioral therapy"]),
     ("even if they have other diagnoses on top", ["psychiatric comorbidities"])],
    [("which eating problem has ketamine shown promise with specifically", ["anorexia nervosa"]),
     ("why are those conditions so tough to treat anyway",
      ["varying degrees of effectiveness", "high rates of remission"]),
     ("who seems to get the most out of it",
      ["patients who have failed previous therapies", "failed previous therapies"])],
    [("who's calvin lee stevens and what's he got to do with ketamine",
      ["discovered by Parke-Davis Labs", "Calvin Lee Stevens in 1962"]),
     ("ok what year did stevens make it", ["1962"]),
     ("and the first time someone took it was when", ["1964"])],
    [("the anti-drinking pill naltrexone plus counseling, what does that treat", ["alcohol and opioid dependence"]),
     ("and bupropion plus therapy helped people quit what", ["smoking cessation"]),
     ("and plain antidepressants plus talk therapy, that combo treats what", ["mood and anxiety disorders"])],
    [("why do regular antidepressants frustrate people", ["delayed onset of efficacy"]),
     ("how long till they actually do something", ["over a period of months"]),
     ("what big trial looked at people switching after their first med flopped",
      ["STAR*D", "Sequenced Treatment Alternatives to Relieve Depression"])],
    [("what rules stop a clinic from just handing out spravato",
      ["Risk Evaluation and Mitigation Strategy", "certified clinical settings"]),
     ("can a patient leave right after their spravato dose", ["patient monitoring after administration"]),
     ("and what conditions is it cleared for",
      ["depression that is treatment-resistant", "acute behaviors of suicidality"])],
    [("mtor gsk3 eef2, why do those matter for ketamine", ["augment neuroplasticity"]),
     ("besides the pathways what growth factor goes up", ["brain-derived neurotrophic factor"]),
     ("and that helps with what exactly", ["effects of acute and chronic stress"])],
    [("what are the typical side effects people get with the iv stuff",
      ["dissociation, disorientation, dizziness", "nausea, and hypertension"]),
     ("is there a gentler version you can do from home",
      ["sublingual type of ketamine therapy", "able to be used from home"]),
     ("is that home version risky", ["low-risk"])],
]

# Pair 1: searched "patent", "filed", "year", "1965", "1966", "date": text says "Soon after, Parke-Davis filed a
#   patent for the utilization of the anesthetic"; no year or date for the filing.
# Pair 2: searched "STAR*D", "participants", "enrolled", "sample", "patients", "number", "size": text says the STAR*D
#   trial found patients had low response rates to alternative compounds after the first antidepressant failed; no
#   count of people.
# Pair 3: searched "mg", "milligram", "dose", "dosage", "kg", "bipolar": text says mood stabilizers with intravenous
#   ketamine improved bipolar depressive symptoms within around 40 minutes; no dose amount anywhere.
# Pair 4: searched "war", "Vietnam", "Korea", "battlefield", "military", "soldiers", "army": text says ketamine was
#   used on the battlefield as the "buddy drug" soldiers gave one another; no war named.
# Pair 5: searched "name", "first person", "volunteer", "prisoner", "subject", "human", "1964": text says it was first
#   given to a human in 1964 as a potential replacement for PCP; the person is never identified.
# Pair 6: searched "cost", "price", "$", "dollar", "afford", "expensive", "insurance", "fee": text gives session
#   length (up to three hours) with supervised recovery; nothing about money.
# Pair 7: searched "high dose", "higher-dose", "mg", "milligram", "toxic", "threshold": text says high doses could
#   have potentially toxic effects, and mentions higher-dose intramuscular administration; no amount given.
# Pair 8: searched "university", "college", "Wayne", "professor", "institution", "Stevens": text says ketamine was
#   discovered by Parke-Davis Labs and Dr. Calvin Lee Stevens in 1962 during research into PCP derivatives; no
#   university named.
# Pair 9: searched "legal", "lawsuit", "prosecut", "trouble", "fine", "penalt", "DEA", "license": text says compounded
#   ketamine is not FDA-approved for psychiatric disorders but is prescribed off-label; no consequences for
#   prescribers mentioned.
# Pair 10: searched "insurance", "covered", "coverage", "Medicare", "Medicaid", "pay", "reimburse": text covers
#   Spravato's approval for treatment-resistant depression and suicidality and REMS monitoring; nothing on insurance.
# Pair 11: searched "meth", "methamphetamine", "stimulant", "amphetamine", "crystal": text lists alcohol, cocaine,
#   opioids and cannabis; methamphetamine is neither confirmed nor denied.
# Pair 12: searched "Canada", "Canadian", "Health Canada", "country", "Europe": text mentions off-label use across
#   Europe and the United States and FDA (US) approval; Canada never appears.
# Pair 13: searched "opioid receptor", "opioid", "mu", "sigma", "receptor": mechanism given is NMDA receptor
#   antagonist and glutamate modulation; opioids appear only as a substance use disorder and naltrexone use.
# Pair 14: searched "EMDR", "eye movement", "desensitization", "trauma therapy": text pairs ketamine with CBT and
#   suggests MET and FAP for future trials; EMDR never mentioned.
# Pair 15: searched "BDNF", "brain-derived", "human", "people", "clinical", "animal": text says ketamine raised brain-
#   derived neurotrophic factor levels in animal studies; nothing on whether humans show it.
# Pair 16: searched "music", "classical", "playlist", "song", "genre": text says higher-dose intramuscular sessions
#   provide eye coverings and music; the kind of music is never given.
FORTY_FOURTH_UNANSWERABLE_FOLLOW_UPS = [
    ("parke-davis did something legal right after the human trials, what",
     "roughly when was that filed, like 65 or 66"),
    ("what did the big star d depression study conclude", "how many people did star d enroll"),
    ("special k drip for bipolar lows, what do they pair it with",
     "what dose in milligrams was given in those bipolar trials"),
    ("grandpa swears special k was a battlefield thing, why", "which war were soldiers passing it around in"),
    ("special k went from animals to humans in what year", "in 64 who was the actual guy they tested it on"),
    ("special k therapy sessions run how long start to finish",
     "ballpark what does a session like that run in dollars"),
    ("special k at high doses, toxic or nah", "how many milligrams is considered a big dose then"),
    ("is special k basically a cousin of angel dust chemically",
     "and which university was the chemist who found it at"),
    ("is compounded special k for depression actually fda approved",
     "has anyone gotten in legal trouble for prescribing it that way"),
    ("my spravato prescription says treatment-resistant, what else is it approved for",
     "would my insurance pay for spravato"),
    ("special k for coke or booze addicts, does it help the cravings", "is there data on meth users"),
    ("which regions have docs been using special k off label for mental stuff",
     "can doctors in canada prescribe it for depression"),
    ("special k blocks which receptor", "does it touch the opioid system at all"),
    ("which style of talk therapy goes best with special k", "would emdr pair well with it"),
    ("the bdnf boost seen in rodents on special k, what good does it do", "is there proof that happens in people"),
    ("when they give the big dose with eyes covered, what else do they provide", "is it usually classical music"),
]

LATER_SETS = (("second", MORE_DIALOGS, MORE_UNANSWERABLE_FOLLOW_UPS),
              ("third", THIRD_DIALOGS, THIRD_UNANSWERABLE_FOLLOW_UPS),
              ("fourth", FOURTH_DIALOGS, FOURTH_UNANSWERABLE_FOLLOW_UPS),
              ("fifth", FIFTH_DIALOGS, FIFTH_UNANSWERABLE_FOLLOW_UPS),
              ("sixth", SIXTH_DIALOGS, SIXTH_UNANSWERABLE_FOLLOW_UPS),
              ("seventh", SEVENTH_DIALOGS, SEVENTH_UNANSWERABLE_FOLLOW_UPS),
              ("eighth", EIGHTH_DIALOGS, EIGHTH_UNANSWERABLE_FOLLOW_UPS),
              ("ninth", NINTH_DIALOGS, NINTH_UNANSWERABLE_FOLLOW_UPS),
              ("tenth", TENTH_DIALOGS, TENTH_UNANSWERABLE_FOLLOW_UPS),
              ("eleventh", ELEVENTH_DIALOGS, ELEVENTH_UNANSWERABLE_FOLLOW_UPS),
              ("twelfth", TWELFTH_DIALOGS, TWELFTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirteenth", THIRTEENTH_DIALOGS, THIRTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("fourteenth", FOURTEENTH_DIALOGS, FOURTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("fifteenth", FIFTEENTH_DIALOGS, FIFTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("sixteenth", SIXTEENTH_DIALOGS, SIXTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("seventeenth", SEVENTEENTH_DIALOGS, SEVENTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("eighteenth", EIGHTEENTH_DIALOGS, EIGHTEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("nineteenth", NINETEENTH_DIALOGS, NINETEENTH_UNANSWERABLE_FOLLOW_UPS),
              ("twentieth", TWENTIETH_DIALOGS, TWENTIETH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-first", TWENTY_FIRST_DIALOGS, TWENTY_FIRST_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-second", TWENTY_SECOND_DIALOGS, TWENTY_SECOND_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-third", TWENTY_THIRD_DIALOGS, TWENTY_THIRD_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-fourth", TWENTY_FOURTH_DIALOGS, TWENTY_FOURTH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-fifth", TWENTY_FIFTH_DIALOGS, TWENTY_FIFTH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-sixth", TWENTY_SIXTH_DIALOGS, TWENTY_SIXTH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-seventh", TWENTY_SEVENTH_DIALOGS, TWENTY_SEVENTH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-eighth", TWENTY_EIGHTH_DIALOGS, TWENTY_EIGHTH_UNANSWERABLE_FOLLOW_UPS),
              ("twenty-ninth", TWENTY_NINTH_DIALOGS, TWENTY_NINTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirtieth", THIRTIETH_DIALOGS, THIRTIETH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-first", THIRTY_FIRST_DIALOGS, THIRTY_FIRST_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-second", THIRTY_SECOND_DIALOGS, THIRTY_SECOND_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-third", THIRTY_THIRD_DIALOGS, THIRTY_THIRD_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-fourth", THIRTY_FOURTH_DIALOGS, THIRTY_FOURTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-fifth", THIRTY_FIFTH_DIALOGS, THIRTY_FIFTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-sixth", THIRTY_SIXTH_DIALOGS, THIRTY_SIXTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-seventh", THIRTY_SEVENTH_DIALOGS, THIRTY_SEVENTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-eighth", THIRTY_EIGHTH_DIALOGS, THIRTY_EIGHTH_UNANSWERABLE_FOLLOW_UPS),
              ("thirty-ninth", THIRTY_NINTH_DIALOGS, THIRTY_NINTH_UNANSWERABLE_FOLLOW_UPS),
              ("fortieth", FORTIETH_DIALOGS, FORTIETH_UNANSWERABLE_FOLLOW_UPS),
              ("forty-first", FORTY_FIRST_DIALOGS, FORTY_FIRST_UNANSWERABLE_FOLLOW_UPS),
              ("forty-second", FORTY_SECOND_DIALOGS, FORTY_SECOND_UNANSWERABLE_FOLLOW_UPS),
              ("forty-third", FORTY_THIRD_DIALOGS, FORTY_THIRD_UNANSWERABLE_FOLLOW_UPS),
              ("forty-fourth", FORTY_FOURTH_DIALOGS, FORTY_FOURTH_UNANSWERABLE_FOLLOW_UPS))

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
# such follow-ups were refused in FIFTH_LONG_DIALOGS, and run once before any change for them.
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
# of a refused turn in FIFTH_LONG_DIALOGS, and run once before any change for them.
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


def long_dialogs(assistant: Assistant, dialogs: list[list[tuple[str, list[str] | None]]],
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


def unanswerable_follow_ups(assistant, verbose: bool, pairs: list[tuple[str, str]] = UNANSWERABLE_FOLLOW_UPS) -> int:
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
        questions = [q for d in OWN_DIALOGS for q, _ in d]
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
    questions = [q for d in OWN_DIALOGS for q, _ in d]
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
    return ([(d[0]["q"], d[1]["q"]) for d in seed_dev()["dialogs"]] + [(d[0][0], d[1][0]) for d in OWN_DIALOGS]
            + UNANSWERABLE_FOLLOW_UPS)


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


def as_turns(dialogs: list[list[tuple[str, list[str]]]]) -> list[list[dict]]:
    """Our (question, gold) dialogs in seed-dev's form: turns of {"q", "gold"}."""
    return [[{"q": q, "gold": g} for q, g in dialog] for dialog in dialogs]


def answer_rows(assistant: Assistant, verbose: bool) -> list[tuple[str, str]]:
    """The dialog figures that depend on how sentences are ranked: (label, value) rows."""
    dialogs = seed_dev()["dialogs"]
    first, first_n, follow, follow_n = run_dialogs(assistant, dialogs, verbose)
    own = as_turns(OWN_DIALOGS)
    own_first, own_first_n, own_follow, own_follow_n = run_dialogs(assistant, own, verbose)
    long = as_turns(LONG_DIALOGS)
    _, _, long_follow, long_follow_n = run_dialogs(assistant, long, verbose)
    abstained = unanswerable_follow_ups(assistant, verbose)
    ten_turns = []
    for name, conversations in LONG_SETS:
        right, n, abstained_turns, unanswerable_turns = long_dialogs(assistant, conversations, verbose)
        ten_turns.append((f"own long dialogs, {name} set (10 turns): answerable turns / unanswerable turns "
                          f"found: false", f"{right}/{n} / {abstained_turns}/{unanswerable_turns}"))
    right, n, abstained_turns, unanswerable_turns = long_dialogs(assistant, CLOSING_UNANSWERABLE_DIALOGS, verbose)
    ten_turns.append(("own dialogs ending in a turn the document cannot answer: answerable turns / last turns found: "
                      "false", f"{right}/{n} / {abstained_turns}/{unanswerable_turns}"))
    later = []
    for name, later_dialogs, unanswerable in LATER_SETS:
        set_first, set_first_n, set_follow, set_follow_n = run_dialogs(assistant, as_turns(later_dialogs), verbose)
        later += [(f"own dialogs, {name} set: first turns / follow-ups",
                   f"{set_first}/{set_first_n} / {set_follow}/{set_follow_n}"),
                  (f"own unanswerable follow-ups, {name} set, found: false",
                   f"{unanswerable_follow_ups(assistant, verbose, unanswerable)}/{len(unanswerable)}")]
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
        ("own unanswerable follow-ups found: false", f"{abstained}/{len(UNANSWERABLE_FOLLOW_UPS)}"),
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
    for dialog in seed_dev()["dialogs"] + as_turns(OWN_DIALOGS + LONG_DIALOGS
                                                   + [d for _, dialogs, _ in LATER_SETS for d in dialogs]):
        turn = None
        for n, asked in enumerate(dialog):
            outcome = full.respond(asked["q"], turn)
            if n and outcome.evidence is not None and outcome.evidence.follow_up:  # None: a request, not judged
                answerable.append(model.probability(outcome.evidence))
            turn = outcome.turn
    unanswerable = [model.probability(outcome.evidence) for outcome in
                    (full.respond(f, full.respond(q).turn)
                     for q, f in UNANSWERABLE_FOLLOW_UPS + [p for _, _, pairs in LATER_SETS for p in pairs])
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
@lru_cache(maxsize=len(OTHER_DOCUMENTS))
def article_assistants(embedder: Embedder, title: str) -> tuple[Assistant, Assistant]:
    """Today's scorer (served) and the reader over one SQuAD article alone."""
    served = article_assistant(embedder, title)
    return served, with_reader(served, True)


def other_document_rows(embedder: Embedder, verbose: bool, sets: dict = OTHER_DOCUMENTS, name: str = "",
                        source: str = "dev SQuAD article") -> list[tuple[str, str, str]]:
    """The figures of dialogs on SQuAD articles (`sets`, OTHER_DOCUMENTS' form; development ones unless `source`
    says otherwise), today's scorer beside the reader: (label, served, with the reader) rows."""
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


def long_other_document_rows(embedder: Embedder, verbose: bool, sets: dict = LONG_OTHER_DOCUMENTS,
                             source: str = "dev SQuAD article") -> list[tuple[str, str, str]]:
    """The figures of ten-turn conversations on SQuAD articles (`sets`, LONG_OTHER_DOCUMENTS' form; development ones
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
    for name, sets in OTHER_DOCUMENT_SETS:
        rows += other_document_rows(embedder, verbose, sets, name)
    rows += long_other_document_rows(embedder, verbose)
    rows += long_other_document_rows(embedder, verbose, MORE_LONG_OTHER_DOCUMENTS,
                                     source="dev SQuAD article, second set")
    rows += other_document_rows(embedder, verbose, TRAINING_ARTICLE_DIALOGS, source="training-file article")
    rows += long_other_document_rows(embedder, verbose, LONG_TRAINING_ARTICLE_DIALOGS, source="training-file article")
    print(table(rows, ("conversations", "today's scorer (served)", "with the reader")))


if __name__ == "__main__":
    main()
