"""English words the answering rules rely on, as named data: one set per meaning, none from any document.

Every set says what it is for; the rules (`_words`, `_kinds`, `_messages`, `_spelling`, `_followup`, `_retrieval`)
only look words up here.
`bench/ablation.py` measures each cue group by emptying it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Forms of "to be": copulas that link a subject to what is said of it.
BE = _words("am is are was were be been being")
# Modal auxiliaries: what can, may or must be, not what is.
MODALS = _words("can could will would shall should may might must")
# Auxiliaries that carry tense or mood, not content.
AUXILIARIES = _words("do does did doing done have has had having") | MODALS
# Words that ask: what a question is made of, never what it is about.
QUESTION_WORDS = _words("what which who whom whose when where why how")
# Personal and demonstrative pronouns that point back to something said before.
PRONOUNS = _words("it its it's itself they them their theirs themselves this that these those he she him her his "
                  "hers himself herself such same former latter one's")
# Pronouns that stand for a noun said before when they follow "which" ("Which one does it help?"), unless "of" names
# the class ("Which one of the drugs ...?").
SUBSTITUTES = _words("one ones")
# Pronouns of the speaker and listener: they never name a topic.
PERSONAL = _words("i me my myself we us our ours ourselves you your yours yourself yourselves")
# Indefinite pronouns: "does anyone ...?" asks about no one in particular.
INDEFINITES = _words("everyone everybody anyone anybody someone somebody everything anything something")
# Articles, prepositions, conjunctions and other function words.
FUNCTION_WORDS = _words(
    """a an the about above after again against all and any as at because before below between both but by
    down during each few for from further here if in into just more most no nor not now of off on once only or
    other out over own since so some several than through to too under until up very while with also many much one
    ones else elsewhere afterwards afterward beforehand meanwhile""")
# Adverbs that point back to a place or a time said before ("How many people live there?", "Who was king then?").
POINTING_ADVERBS = _words("there then")
# Adverbs that point back to a time only in a question in the past ("What was the population then?"); in the present
# they mean "in that case" ("Why are sessions repeated then?").
TIME_ADVERBS = _words("then")
# Past forms of "to be", "to do" and "to have": the first of these or of the auxiliaries tells a question's tense.
PAST_FORMS = _words("was were did had")
# Verbs and adverbs a person uses to ask ("tell me", "please explain"), not what they ask about.
REQUEST_WORDS = _words("tell explain describe know name please ever find say said exist exists")
# Verbs that ask what took place and never name it ("What happened in 2019?"): the rest of the question does.
EVENT_VERBS = _words("happen happens happened happening")
# Verbs by which a question asks whether something does good ("Does it help with anxiety?"): what it helps is asked.
BENEFIT_VERBS = _words("help helps helped helping")
# Adverbs that ask for precision ("In which year exactly?"), not for anything in particular.
PRECISION_ADVERBS = _words("exactly precisely approximately roughly specifically actually")
# Verbs of perceiving: a follow-up made of them and stop words asks where or how the finding just quoted was made
# ("Where was this seen?"), not about anything new; they stay words to match ("seen in animal studies").
PERCEPTION_VERBS = _words("see sees seen seeing observe observes observed observing notice notices noticed noticing")
# The commonest verbs, which mean little on their own: a question whose only words are these and stop words ("Who
# made it?", "Where did they go?") takes its meaning from the conversation, whatever verb the documents use for it;
# nor is one a topic that a later turn borrows.
LIGHT_VERBS = _words("make makes made making get gets got gotten getting take takes took taken taking give gives gave "
                     "given giving go goes went gone going come comes came coming put puts putting keep keeps kept")
# Words that after "how" only ask for a quantity ("For how long?", "How many?", "How often?"): no topic of their own.
DEGREE_WORDS = _words("long many much often far old soon")
# Words left out of lexical matching: they say how a question is asked, not what it is about.
STOPWORDS = (BE | AUXILIARIES | QUESTION_WORDS | PRONOUNS | PERSONAL | INDEFINITES | FUNCTION_WORDS | POINTING_ADVERBS
             | REQUEST_WORDS | EVENT_VERBS | BENEFIT_VERBS | PRECISION_ADVERBS)

# Nouns by which a person names the documents themselves ("what is this article about?").
DOCUMENT_NOUNS = _words("document documents article articles text texts page pages file files paper papers report "
                        "reports")
# Words that ask for what the documents say as a whole, not for a fact in them ("summarize the article").
OVERVIEW_WORDS = _words("summary summarize summarise overview gist tl;dr tldr highlights takeaways")
# What a person calls the points a document makes as a whole ("What are the key points?").
MAIN_POINTS = ("key points", "main points", "key takeaways", "main takeaways", "main ideas", "key ideas",
               "highlights", "takeaways", "gist")
# Instructions and phrases that ask for an account of what follows rather than for one fact in it ("Summarize the side
# effects", "Help me understand REMS", "What's the deal with X?"): read as "Tell me about ...", so their words are
# neither searched nor missed.
ACCOUNT_VERBS = ("tell me about", "tell me everything about", "describe", "explain", "summarize", "summarise", "sum up",
                 "outline", "list", "go over", "walk me through", "run me through", "brief me on", "fill me in on",
                 "help me understand", "i'd like to know", "i would like to know", "i want to know", "i need to know",
                 "i wonder", "i was wondering", "i'm wondering", "what's the deal with", "what is the deal with",
                 "what's up with", "what's the story with")
# Nouns of such an account ("Give me a quick overview of X", "What's the gist of X?").
ACCOUNT_NOUNS = _words("summary overview outline gist rundown recap")
# Requests for what a word or name means ("Define X", "What is the meaning of X?", "What is meant by X?"): each asks
# "What is X?".
DEFINITION_REQUESTS = ("define", "definition of", "meaning of", "meant by")
# Words that ask what an abbreviation stands for ("What does TRD stand for?", "the acronym REMS"): its long form is the
# answer, so it is spelled out in the question even where the documents use the abbreviation ...
LONG_FORM_ASKS = ("stand for", "stands for", "short for", "abbreviation", "abbreviations", "acronym", "acronyms",
                  "meaning")
# ... as do these at a question's end ("What does TRD mean?", not "the mean snowfall in NYC").
LONG_FORM_ENDINGS = ("mean", "means")
# Function words an abbreviation's long form holds without a letter of theirs ("Food and Drug Administration": FDA).
UNLETTERED_WORDS = _words("and of for the to in on")
# Openings that wrap a question in a request to be told ("Tell me when ...", "Do you know why ...?"): the kind of answer
# asked for is the wrapped question's. ("I'd like to know when ..." is read as "Tell me when ..." first: ACCOUNT_VERBS.)
TELL_REQUESTS = ("tell me", "tell us", "do you know", "any idea")
# Phrases that only say how to answer, briefly or plainly ("Briefly, ...", "... in simple terms"), not what about.
MANNERS = ("briefly", "in brief", "in short", "in a nutshell", "in simple terms", "in plain terms", "in plain english",
           "in plain language", "in layman's terms", "in a few words", "in one sentence", "in a sentence", "simply put",
           "put simply", "short answer", "quickly", "quick", "real quick", "simply", "basically")
# Nouns by which a person names a part of a document under its heading ("What does the safety section say?").
SECTION_NOUNS = _words("section sections chapter chapters part subsection heading")
# Headings under which a document sums itself up: an overview of it opens there.
SUMMARY_HEADINGS = ("abstract", "summary", "executive summary", "overview", "synopsis")

# Multi-word connectives whose words would otherwise match content words ("given that" is not "given").
CONNECTIVES = ("given that", "provided that", "in order to", "as well as")

# Plain synonyms: each group's stems count as its first. Related words ("harm", "toxic") stay apart.
SYNONYMS = (
    "fast rapid quick swift speedy", "begin start commence onset", "price cost", "big large huge", "small little tiny",
    "doctor physician", "medicine medication", "buy purchase", "show demonstrate", "child kid",
    "especially particularly",
    "give given gave administer administered administration distribute distributed dispense dispensed",
)

# Irregular verbs, each group's forms counting as its first ("When was it taken?" matches "takes"); forms that are
# also common words of another meaning ("left", "rose", "saw", "found", "thought") are left out.
IRREGULAR_VERBS = (
    "arise arose arisen", "awake awoke awoken", "become became", "begin began begun", "bend bent", "bite bitten",
    "blow blew blown", "break broke broken", "breed bred", "bring brought", "build built", "burn burnt", "buy bought",
    "catch caught", "choose chose chosen", "cling clung", "come came", "creep crept", "deal dealt", "dig dug",
    "draw drew drawn", "dream dreamt", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
    "feel felt", "fight fought", "flee fled", "fling flung", "fly flew flown", "forbid forbade forbidden",
    "forget forgot forgotten", "forgive forgave forgiven", "freeze froze frozen", "get got gotten", "go went gone",
    "grow grew grown", "hang hung", "hear heard", "hide hid hidden", "hold held", "keep kept", "kneel knelt",
    "lead led", "leap leapt", "lose lost", "make made", "meet met", "overcome overcame", "pay paid", "prove proven",
    "ride rode ridden", "ring rang rung", "rise risen", "run ran", "see seen", "seek sought", "sell sold", "send sent",
    "shake shook shaken", "shine shone", "shoot shot", "show shown", "shrink shrank shrunk", "sing sang sung",
    "sink sank sunk", "sit sat", "sleep slept", "slide slid", "speak spoke spoken", "spend spent", "spin spun",
    "spring sprang sprung", "stand stood", "steal stole stolen", "stick stuck", "sting stung", "strike struck stricken",
    "strive strove striven", "swear swore sworn", "sweep swept", "swim swam swum", "swing swung", "take took taken",
    "teach taught", "tear tore torn", "throw threw thrown", "undergo underwent undergone", "understand understood",
    "undertake undertook undertaken", "wake woke woken", "wear wore worn", "weave wove woven", "weep wept", "win won",
    "withdraw withdrew withdrawn", "write wrote written",
)
# Nouns whose plural the stemmer keeps apart from the singular: a question's form that the documents never use is read
# as the other one, where they use that ("Do kids get it?" as "Do children get it?"). Not joined in every search, where
# it cost the development SQuAD hit two answers (0.911 -> 0.909). "People" is a noun of its own, and "man" a typing of
# "many" ("How man boroughs ...?").
IRREGULAR_NOUNS = ("child children", "woman women", "foot feet", "tooth teeth", "mouse mice", "goose geese")
# Letters that British and American English write for one another ("anaesthetic" "anesthetic", "oedema" "edema",
# "behaviour" "behavior", "analyse" "analyze", "organisation" "organization", "centre" "center", "licence" "license",
# "catalogue" "catalog", "programme" "program", "counsellor" "counselor"): a word the documents never use is read in
# their spelling. Both are English words, so the speller, which corrects only what is not, leaves them apart.
NATIONAL_SPELLINGS = ("ae e", "oe e", "our or", "ise ize", "isi izi", "isa iza", "yse yze", "tre ter", "ence ense",
                      "ogue og", "mme m", "ll l")

# Whole messages that thank, take leave, greet or acknowledge instead of asking ("thanks a lot!", "hi there"): each
# kind's words and its reply, the first kind whose word is said answering; nothing is searched for them.
SMALL_TALK = (
    (_words("thanks thank thx cheers"), "You're welcome! Ask me anything else about the documents."),
    (_words("bye goodbye"), "Goodbye!"),
    (_words("hi hello hey hiya howdy greetings morning afternoon evening"),
     "Hello! Ask me a question about the documents, and I will answer from them, citing each sentence."),
    (_words("ok okay cool great nice perfect alright awesome understood got"),
     "Ask me another question whenever you like."),
)
# Words that only pad small talk ("thank you very much", "good morning", "got it").
SMALL_TALK_FILLERS = _words("you very much so a lot good there all again for that the it")
# Words that open a chat message before its question and ask nothing, whatever follows them ("Hey, ...", "ok so ...",
# "um, ..."): they are left out of the question. (The small talk words above do so only before a comma or a stop.)
CHAT_OPENINGS = ("hi", "hello", "hey", "hiya", "ok", "okay", "alright", "um", "umm", "uh", "hmm", "oh", "thanks",
                 "thank you", "thx", "btw", "by the way")
# Words that open a message before a stop and ask nothing ("So, how does it work?", "Well, is it safe?", "Also, ...");
# without the stop they may continue the turn before ("Also what about kids?": `CONTINUATIONS`), but for "so" what
# follows says whether it does ("So what about kids?" continues, "So why is it repeated?" stands alone).
DISCOURSE_MARKERS = ("so", "well", "anyway", "anyways", "also")
# Words that speak of the asking itself, not of what is asked ("Quick question: ...", "Q: ...", "Sorry, ...", "I have a
# question.", "... I'm curious.", "... Keep it short.", "One more thing: ...", "Please, ...", "For my essay: ..."): a
# clause of these, stop words and small talk alone, closed by a stop before the question or a sentence of them after
# it, is left out of it. (Nouns a document may be about, "class" or "project", are not among them.)
ASKING_WORDS = _words("q question questions query quiz trivia check fact note follow-up sorry excuse bother ask asking "
                      "wanted want wonder wondering curious curiosity answer keep explain briefly thing please "
                      "essay homework assignment coursework thesis dissertation exam")
# Words that qualify those ("one last question", "quick question", "in simple terms", "(asking for a friend)"): in such
# a clause, never alone.
ASKING_QUALIFIERS = _words("quick short simple random another next last final side brief simply terms friend")
# Requests for help said to the assistant beside a question ("... Can you help?", "Any help appreciated."): they ask
# nothing of the documents ("Does it help?" does).
HELP_REQUESTS = ("can you help", "could you help", "would you help", "will you help", "please help", "help me",
                 "any help")
# Contractions typed without their apostrophe ("whats the gist", "doesnt it help"), none of them a word of its own: read
# with it.
UNAPOSTROPHISED = ("whats", "whos", "wheres", "hows", "thats", "theres", "dont", "doesnt", "didnt", "isnt", "arent",
                   "wasnt", "werent", "hasnt", "havent", "hadnt", "shouldnt", "wouldnt", "couldnt")
# Words that close a chat message after its question and ask nothing ("... pls", "..., thanks"): left out of it.
CHAT_CLOSINGS = ("please", "pls", "plz", "thanks", "thank you", "thx", "thanks in advance")

# How the questions of a message that asks several are told apart ("the second question"): one for each it may ask.
ORDINALS = ("first", "second", "third")
# Words that open a clause as its subject: after "and" with a verb of a yes/no question before them ("..., and is it
# approved?"), a second question begins; a question word before them opens a clause of the first ("... and when it
# was approved").
SUBJECT_OPENERS = _words("the a an any there")
# Openings that continue the previous question rather than start a new one ("and for children?").
CONTINUATIONS = ("and ", "but ", "also ", "so ", "then ", "or ", "what about", "how about", "what of", "what else",
                 "any other", "anything else", "in that case", "for that")
# Openings that name what the rest of the question is about ("Going back to the side effects, how long do they
# last?"): the name stands in for the rest's pronoun, and the opening's own words are not asked about.
TOPIC_MARKERS = ("going back to", "back to", "coming back to", "returning to", "to return to", "speaking of",
                 "talking about", "talking of", "as for", "as to", "as regards", "regarding", "concerning", "about",
                 "with regard to", "with regards to", "with respect to", "in regard to", "in terms of",
                 "on the subject of", "on the topic of", "when it comes to", "let's talk about", "let us talk about",
                 "let's turn to", "i'm asking about", "i am asking about", "my question is about",
                 "i have a question about", "i mean", "i meant", "i read about", "i heard about")
# Requests to go on with what was being said ("tell me more", "what else?"): the answer must say something new.
MORE_REQUESTS = ("tell me more", "more", "what else", "anything else", "go on", "continue", "keep going", "elaborate",
                 "say more", "more details", "more detail", "more information", "and")
# Nouns by which a follow-up asks for an example of what the answer just said ("Can you give an example?"): the
# documents give examples soon after what they illustrate.
EXAMPLE_NOUNS = _words("example examples instance instances")
# Words by which a sentence gives an example of what it speaks of ("such as", "for instance"); not "include", which
# lists what a whole is made of as often ("the WHO includes it in its list").
EXAMPLE_MARKERS = ("for example", "for instance", "such as", "e.g.", "an example", "examples")
# Requests for what followed from the answer just given ("What did that lead to?"): the documents state a consequence
# soon after its cause. Not "What was the result?", which asks a study's result as often.
CONSEQUENCE_REQUESTS = ("what happened as a result", "what happened because of that", "what happened because of this",
                        "what were the consequences", "what was the consequence", "what did that lead to",
                        "what did this lead to", "what did it lead to", "what did that result in",
                        "what did this result in", "what did it result in", "what came of it", "what came of that",
                        "what came of this", "what resulted", "what resulted from that", "what resulted from it")
# Endings by which a question asks the same of its own verb ("What was needed as a result?").
CONSEQUENCE_ENDINGS = ("as a result", "as a consequence", "because of that", "because of this")
# Links by which a sentence states what followed from the one before ("Thus, interest sparked ...").
CONSEQUENCE_LINKS = ("as a result", "as a consequence", "consequently", "therefore", "thus", "hence", "accordingly",
                     "leading to", "led to", "resulting in", "resulted in", "prompting")
# Requests to hear the answer just given again ("Can you repeat that?", "Come again?", "Pardon?"): it is given again.
REPEAT_REQUESTS = ("repeat", "say", "come again", "pardon", "pardon me", "sorry", "what did you say", "once more",
                   "one more time")
# Requests for what the documents say after the answer just given ("What happened next?", "And then?"): the
# sentences that follow it are quoted.
NEXT_REQUESTS = ("what happened next", "what happened then", "what happened after that", "what happened afterwards",
                 "what happened later", "what happens next", "what happens then", "what happens after that",
                 "what came next", "what came after that", "what comes next", "what followed", "what was next",
                 "and then", "and then what", "then what", "what next", "and after that", "after that")
# Verbs that, besides "happen", ask what took place after something ("What came after the patent?"): the sentence
# naming it and the one after it are quoted.
SUCCESSION_VERBS = ("came", "comes", "followed", "follows")
# The reply to such a request, or to a request to repeat, when nothing has been answered yet.
NOTHING_TO_REPEAT = "I have not answered anything yet. Ask me a question about the documents."
# The reply to a request for what follows when the answer just given ends its document.
NOTHING_AFTER = "That is where the document ends: nothing follows the last sentence I quoted."
# Words that doubt or query the answer just given rather than ask something new ("Are you sure?", "What do you
# mean?"): the question is answered again, from the same passages.
DOUBTS = _words("sure certain really true right correct mean meant")
# Words that ask where the answer just given comes from ("According to whom?", "Says who?", "Source?"): such a
# follow-up asks the previous question again, whose citations say it.
SOURCE_WORDS = _words("according source sources says cite cites citation citations reference references")
# Nouns and adjectives a follow-up uses to ask about an aspect of whatever was discussed ("any problems?", "its role",
# "what does it stand for?").
ASPECT_WORDS = _words(
    "problems issues risks dangers downsides drawbacks benefits advantages disadvantages evidence results "
    "effects side safe safety quickly fast slow long often works helps better worse good bad proof "
    "example examples details humans people outcome outcomes findings important matter matters successful success "
    "role roles purpose meaning stand stands")
# Plural nouns that ask which kinds there are of what was discussed ("What kinds are there?"): no topic of their own.
VARIETY_NOUNS = _words("kinds types sorts varieties versions")
# Nouns that only restate the kind of answer asked for: "in which year?" names nothing else.
KIND_NOUNS = _words("year years date dates decade century month time place places country countries city cities "
                    "region percentage proportion number amount reason reasons form kind type sort way condition "
                    "conditions")
# Verbs and adjectives that may follow a bare "the X" that points back ("are the results known?").
PREDICATES = _words("known work works worked last lasts help helps find found show shows showed say says said mean "
                    "means suggest suggests differ differs compare safe effective common reliable significant better "
                    "worse")
# Adjectives after "the" that select rather than refer back ("the first", "the same").
SELECTORS = _words("first last most best same other following")

# (Sentence openings that lean on the sentence before, "Thus, ..." or "Key among these ...", are listed with the
# splitter, index/_splitting.py, which cuts passages by them too.)
# Verbs of a definition: "X is a ...", "X refers to the ...".
DEFINING_VERBS = ("is", "are", "was", "were", "refers to", "means")

# Capitalised and matched so, as a date writes them: "may" and "march" are verbs as well.
MONTHS = _words("January February March April May June July August September October November December")
# Seasons, by which a text places something within a year as a month does ("in the autumn of 1066").
SEASONS = _words("spring summer autumn fall winter")
NUMBER_WORDS = _words("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                      "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                      "thousand million billion half single several dozen dozens third fourth fifth sixth seventh "
                      "eighth ninth tenth")
# Number words that are no figure to compare: a scale ("four million" is one figure) or an unsaid number ("several").
NO_FIGURE_WORDS = _words("hundred thousand million billion dozen dozens single several")
# Words that say how often something happens or how common it is, as a frequency question is answered ("very rare").
FREQUENCY_WORDS = _words("rare rarely common commonly uncommon frequent frequently infrequent infrequently often "
                         "usually seldom occasionally sometimes always never typically widespread prevalent majority "
                         "minority")
# Words that give someone's age ("at age seven", "aged five", "born in 1810", "a six-year-old").
AGE_WORDS = _words("age ages aged born birth birthday year-old years-old")
# Verbs and nouns that, with a year, say when something began, and so how old it is ("opened in 1904").
ORIGIN_VERBS = _words("founded founding built established opened opening discovered invented created developed "
                      "introduced launched dates dated dating began")
# Subject pronouns that stand for a person: "how old" before one asks a person's age ("How old was he?").
PERSON_SUBJECTS = _words("he she they you i we")
# Words that count a few of something without a number ("a week", "several years").
SOME_WORDS = _words("a an several few many some")
# Units of time shorter than a month: no span of years ("since 2019") says how many of them.
SHORT_TIME_UNITS = _words("second seconds minute minutes hour hours day days week weeks")
# Units a length of time is counted in: "three hours" tells how long, not how many of anything else.
TIME_UNITS = SHORT_TIME_UNITS | _words("month months year years decade decades century centuries")
# Units a quantity other than a length of time is measured in: "How many kilometres ...?" is answered by so many of
# them, not by any number ("began in 911"). Symbols of currency count too (`MEASURE_GIVEN`). No misspelling is
# corrected into one (`qa._spelling.rule_words`).
MEASURE_UNITS = _words("""kilometre kilometres kilometer kilometers km mile miles mi metre metres meter meters m
    centimetre centimetres centimeter centimeters cm millimetre millimetres millimeter millimeters mm foot feet ft inch
    inches yard yards acre acres hectare hectares kilogram kilograms kg gram grams g milligram milligrams mg microgram
    micrograms mcg pound pounds lb lbs ounce ounces oz ton tons tonne tonnes litre litres liter liters millilitre
    millilitres milliliter milliliters ml gallon gallons bit bits byte bytes kilobyte kilobytes megabyte megabytes
    gigabyte gigabytes terabyte terabytes kb mb gb tb calorie calories kcal watt watts kilowatt kilowatts megawatt
    megawatts volt volts degree degrees mph dollar dollars euro euros""")
# Links that give a reason or a consequence.
CAUSAL = ("because", "due to", "owing to", "since", "which is why", "as a result", "therefore", "thus", "thereby",
          "so that", "in order to", "leads to", "lead to", "leading to", "causes", "caused", "causing", "enables",
          "enabled", "allows", "allowing", "responsible for")
# Words that name a risk or a limit.
RISKS = ("problem", "problems", "risk", "risks", "danger", "dangers", "dangerous", "downside", "downsides",
         "drawback", "drawbacks", "side effect", "side effects", "side-effect", "side-effects", "harm", "harmful",
         "harms", "safe", "safety", "adverse", "concern", "concerns", "limitation", "limitations", "toxic")
# Words that hedge or qualify a claim, which is how texts state a limit.
HEDGES = ("however", "unclear", "unknown", "limited", "failed", "fails", "worse")
# Verbs and nouns of money: "how much" with one of them, or with a price word, asks for a price or a sum.
MONEY_WORDS = ("costing", "charge", "charges", "charged", "pay", "pays", "spend", "spends", "spent", "earn", "earns",
               "earned", "gross", "grossed", "worth", "sell", "sells", "sold", "fetch", "fetched", "raise", "raised",
               "money", "budget", "revenue", "salary", "income", "profit")
# Currencies, by which texts state a price.
CURRENCIES = ("dollar", "dollars", "euro", "euros", "pound", "pounds", "pence", "cent", "cents", "USD", "EUR", "GBP",
              "RMB", "yen", "yuan", "renminbi", "franc", "francs", "rupee", "rupees", "peso", "pesos", "ruble",
              "rubles", "rouble", "roubles", "lira", "lire", "shilling", "shillings")
# Words that say what something costs, with or without a figure ("at no cost", "an expensive treatment").
PRICE_WORDS = ("price", "prices", "priced", "cost", "costs", "costly", "expensive", "inexpensive", "cheap", "cheaper",
               "affordable", "free of charge", "fee", "fees", "paid")
# Words that say who pays for something ("covered by insurance", "reimbursed by Medicare"): a question naming one
# asks what a payer covers, which only a sentence naming a payer answers.
PAYER_WORDS = ("insurance", "insurances", "insurer", "insurers", "health plan", "health plans",
               "Medicare", "Medicaid", "reimburse", "reimburses", "reimbursed", "reimbursement", "copay", "co-pay",
               "copayment", "out of pocket", "out-of-pocket")
# Verbs asked of how something works ("How does it work?").
WORKING_VERBS = ("work", "works", "act", "acts", "function", "functions", "operate", "operates")
# Words by which a text says how something works; the first two also ask it ("What is its mechanism?").
MEANS = ("mechanism", "mechanisms", "works by", "work by", "acts by", "act by", "acts as", "act as", "acts on",
         "act on", "by means of", "via", "mode of action")
# Common nouns of places ("at home", "in hospitals").
PLACE_NOUNS = ("home", "hospital", "hospitals", "laboratory", "laboratories", "lab", "labs", "country",
               "countries", "city", "cities", "region", "regions", "office", "offices")

# Superlatives by which a question asks for the one that ranks first among several ("Which state has the most
# clinics?", "Which mood stabilizer worked best?").
SUPERLATIVES = _words("most least best worst biggest largest greatest highest lowest smallest fewest safest strongest "
                      "fastest quickest oldest newest earliest latest longest shortest busiest cheapest commonest "
                      "hardest easiest favourite favorite")
# Words by which a text ranks or singles one out: "the most common", "more than", "particularly for anorexia".
RANKING_WORDS = _words("most least best worst more less fewer better worse main mainly primarily chiefly mostly "
                       "largely particularly especially notably leading leader leaders lead leads top majority record "
                       "first second third fourth fifth sixth seventh eighth ninth tenth last preferred original "
                       "originally initially maximum minimum extreme ranging")


def _any(phrases: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class QuestionKind:
    """A kind of answer a question can ask for, how a question asks it, and how a sentence gives it."""

    name: str
    asks: re.Pattern[str]
    gives: re.Pattern[str]
    bonus: str  # which `Tuning` field rewards a sentence that gives it
    # Every answer holds it: documents none of whose sentences give it cannot answer (a price, where none is stated),
    # nor sentences that give none (a count, where they give a year).
    required: bool = False
    # Nouns by which a question names the kind ("Which routes ...?", "In what year ...?"): a sentence giving the kind
    # holds them, though it says "intravenous" or "1962" instead.
    names: tuple[str, ...] = ()


# A payer is asked for and given in the same words ("covered by insurance?", "insurance covers it").
_PAYER = re.compile(rf"\b(?:{_any(PAYER_WORDS)})\b", re.I)
# How something works is asked with a verb of working at the end, or before a place, "together" or a precision ("How
# does it act on the brain?", "How does it work exactly?"), not before its object ("How do I work out the dose?"), or
# by name ("its mechanism").
_HOW_IT_WORKS = re.compile(rf"^\W*how (?:does|do|did|would|could|might|can) (?:[\w'’-]+ ){{1,5}}?"
                           rf"(?:{_any(WORKING_VERBS)})(?:\W*$|\s+(?:in|on|for|with|at|inside|within|against|together|"
                           rf"{_any(PRECISION_ADVERBS)})\b)|\b(?:{_any(MEANS[:2])})\b", re.I)

# One item of a list: at most three words.
_ITEM = r"[\w'’()-]+(?:\s+[\w'’()-]+){0,2}"
# Items listed: "A, B, and C", or "A, B, C and D" ("A, B and C" reads as a clause too: "... is needed, with eye
# coverings and music").
_LIST = rf"\b{_ITEM}(?:,\s+{_ITEM})+,\s+(?:and|or)\s+\w|\b{_ITEM}(?:,\s+{_ITEM}){{2,}}\s+(?:and|or)\s+\w"

# Routes by which a medicine is given, as a sentence names them ("a nasal spray", "intravenous infusions", "by mouth").
ROUTES = ("oral", "orally", "by mouth", "intravenous", "intravenously", "intramuscular", "intramuscularly",
          "intranasal", "intranasally", "nasal", "sublingual", "sublingually", "subcutaneous", "subcutaneously",
          "topical", "topically", "inhaled", "inhalation", "injection", "injections", "injected", "infusion",
          "infusions", "spray", "sprays", "tablet", "tablets", "pill", "pills", "capsule", "capsules", "patch",
          "patches", "drip")
# Verbs by which a question asks how something is given ("How is it taken?", "In what form is it given?").
GIVING_VERBS = ("given", "give", "taken", "take", "administered", "administer", "delivered", "injected", "dosed")
# ... and in what form it is offered ("Which form is approved?").
OFFERING_VERBS = ("approved", "approve", "prescribed", "sold")

# Nouns naming a time, as "what" or "which" asks for one ("In what year ...?").
TIME_NAMES = ("year", "date", "decade", "century", "month")
# ... a price ("What is the fee?").
PRICE_NAMES = ("price", "cost", "fee", "budget", "salary", "revenue", "rent", "wage", "fare", "tuition")
# ... a count ("What percentage ...?").
COUNT_NAMES = ("percentage", "proportion", "number", "share")
# ... a place ("Which cities ...?"); not held by a sentence that gives one, whose every "in <Name>" counts as a place.
PLACE_NAMES = ("country", "countries", "city", "cities", "place", "places", "region")
# ... a route ("Which routes were tried?").
ROUTE_NAMES = ("route", "routes", "form", "forms")

# ... a dose ("Which dose is used?", "What is the usual dosage?").
DOSE_NAMES = ("dose", "doses", "dosage", "dosages")
# Units a dose is measured in ("0.5 mg/kg").
DOSE_UNITS = ("mg", "mg/kg", "milligram", "milligrams", "mcg", "microgram", "micrograms", "ml", "millilitre",
              "millilitres", "milliliter", "milliliters", "iu", "units")
# Words that give a dose by its level, as a sentence without a number does ("lower-dose", "a single dose").
DOSE_LEVELS = ("low", "lower", "lowest", "high", "higher", "highest", "single", "standard", "usual", "maximum",
               "minimum", "subanesthetic", "sub-anesthetic", "subanaesthetic", "sub-anaesthetic")

# After the noun of a dose asked for, the question goes on with a verb or a function word, or ends: "What dose is
# used?", "Which dose works?", not "What is the dosage escalation strategy for?", where the dose is a modifier.
_DOSE_HEAD = (rf"\W*$|\s*[,;:]|\s+(?:{_any(BE | AUXILIARIES | FUNCTION_WORDS | {'per'})}|{_any(GIVING_VERBS)}|"
              r"\w+ed|\w+s)\b")

# A year, which gives a time and never a count or a length ("in 2019", "the 1990s"; not "1,500" or "2019.5").
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})s?\b(?![.,]\d)"
# A number in words, not the "one" of "one another", nor one joined to a word that is no number ("single-dose",
# "one-time": a modifier counts nothing; "twenty-five" does).
_NUMBER_WORD = rf"\b(?:{_any(NUMBER_WORDS)})\b(?!\s+another\b)(?!-(?!(?:{_any(NUMBER_WORDS)})\b)\w)"
# An ordinal in digits ("the 10th century"), which gives a time or a rank and never a count or a length.
_ORDINAL = r"\d+(?:st|nd|rd|th)\b"
# The day of a date ("June 24"), which gives a time and never a count or a length: one lookbehind for each month, as
# a lookbehind has one width.
_DAY_AFTER_MONTH = "".join(f"(?<!(?-i:{month}) )" for month in sorted(MONTHS))
# ... and written before its month ("30 October").
_DAY_BEFORE_MONTH = rf"\d{{1,2}}\s+(?-i:{_any(MONTHS)})\b"
# Where a number in digits begins that is not a year, an ordinal or a day of a month: none of those counts anything.
_NOT_A_TIME = rf"{_DAY_AFTER_MONTH}(?!{_YEAR}|{_ORDINAL}|{_DAY_BEFORE_MONTH})"
# A number other than a year, an ordinal or a day of a month, in digits or in words.
_NUMBER = rf"(?<![\d.,]){_NOT_A_TIME}\d|{_NUMBER_WORD}"

# "How old" asked of a person (by a personal pronoun, or with "when": "How old was Chopin when he left?"), or "at
# what age".
_PERSON_AGE_ASKED = re.compile(rf"\bhow old (?:{_any(BE)}) (?:{_any(PERSON_SUBJECTS)})\b|\bhow old\b.*\bwhen\b|"
                               r"\bwhat age\b", re.I)
# How a sentence gives someone's age: an age word, "years old", "was 25 when", or a lifespan "(1384–1415)".
_AGE_GIVEN = (rf"\b(?:{_any(AGE_WORDS)})\b|\byears?[\s-]+old\b|"
              rf"\b(?:is|was|were|turned)\s+(?:\d{{1,3}}|{_NUMBER_WORD})\s+(?:when|at|as|in)\b|"
              r"\(\s*(?:c\.\s*)?\d{3,4}\s*[–-]\s*\d{3,4}\s*\)")

# So many units of time ("17 weeks", "its 41st week", "eleven consecutive weeks", "a year").
_UNITS_OF_TIME = (rf"(?:\d[\d.,]*(?:st|nd|rd|th)?|\b(?:{_any(NUMBER_WORDS | SOME_WORDS)}))"
                  rf"[\s-]+(?:(?:more|full|consecutive|whole)\s+)?(?:{_any(TIME_UNITS)})\b")
# Years that bound a length of time ("since 2019", "from 1402 to 1405").
_YEARS_BOUND = rf"\bsince\s+{_YEAR}|\b(?:from|between)\s+{_YEAR}\s*(?:to|and|until|till|[–-])\s*\d"

# "One of" names a member of a group and gives no figure: "one of yachting's premier events" says neither how long
# nor how many; "one of the largest" still says how big. A quantity, a count or a frequency asked is judged without it
# (`qa._kinds.gives_figure`).
MEMBER_OF = re.compile(rf"\bone\s+of\b(?!\s+(?:the|its|their)\s+(?:{_any(SUPERLATIVES)})\b)", re.I)
# A number that counts: neither a year nor a length of time ("2,500 clinics", "20%", "seventeen times"; not "in 2019",
# "three hours").
COUNT_NUMBER = re.compile(rf"(?<![\w.,–-]){_NOT_A_TIME}(?:\d+(?:[.,]\d+)*(?:\s*[–-]\s*\d+(?:[.,]\d+)*)?(?![.,]?\d|"
                          rf"\s*[–-]\s*\d)|{_NUMBER_WORD})(?!\s*(?:-\s*)?(?:{_any(TIME_UNITS)})\b)", re.I)
# Items listed (`_LIST`), which count the things named before them.
LIST = re.compile(_LIST, re.I)
# Words up to the first function word.
_CONTENT = rf"(?:(?!(?:{_any(STOPWORDS)})\b)[\w'’-]+\s*)+"
# The words naming what "how many" counts, up to its first function word, and those of an "of" after them ("side
# effects" in "How many side effects are most common?", "routes", "administration" in "How many routes of
# administration ...?"; none in "How many of them relapsed?").
COUNTED = re.compile(rf"\bhow many\s+(?P<counted>{_CONTENT})(?:of\s+(?:the\s+)?(?P<of>{_CONTENT}))?", re.I)

# One row per kind, tried in order: the first whose `asks` matches is the question's kind.
QUESTION_KINDS = (
    QuestionKind("reason", re.compile(r"^\s*why\b|\bwhat (?:is|was|are|were) the reasons?\b", re.I),
                 re.compile(rf"\b(?:{_any(CAUSAL)})\b", re.I), "reason"),
    QuestionKind("time", re.compile(rf"^\s*when\b|\b(?:what|which) (?:{_any(TIME_NAMES)})\b|\bhow long ago\b", re.I),
                 re.compile(rf"\b(?:{_YEAR}|(?:(?-i:{_any(MONTHS)})|century|decade)\b|{_ORDINAL})", re.I),
                 "answer_type", names=TIME_NAMES),
    QuestionKind("price", re.compile(rf"\bhow much\b(?=.*\b(?:{_any(MONEY_WORDS + PRICE_WORDS)})\b)|"
                                     rf"\b(?:what|which)(?:'s|’s| is| was| are| were) (?:the )?(?:\w+ )?"
                                     rf"(?:{_any(PRICE_NAMES)})s?\b|"
                                     r"\bwhat (?:does|do|did|will|would|could|might) (?:[\w'’-]+ ){1,6}cost(?![\w-])|"
                                     r"\bwhat (?:price|fee)s?\b|"
                                     r"\b(?:expensive|costly|cheap|cheaper|affordable|inexpensive)\b", re.I),
                 re.compile(rf"[$€£¥₹]|\b(?:{_any(CURRENCIES + PRICE_WORDS)})\b", re.I), "answer_type", required=True,
                 names=PRICE_NAMES),
    QuestionKind("payer", _PAYER, _PAYER, "answer_type", required=True),
    # How many of something, other than units of time: a number that is neither a year nor a length of time, or a
    # list to count ("intravenous, intramuscular, and oral": a list of the things counted, `qa._kinds.counts`).
    QuestionKind("count", re.compile(rf"\bhow many\b(?!\s+(?:more\s+)?(?:{_any(TIME_UNITS)}|times)\b)|"
                                     rf"\bwhat (?:{_any(COUNT_NAMES)})\b", re.I),
                 re.compile(rf"{COUNT_NUMBER.pattern}|{_LIST}", re.I),
                 "answer_type", required=True, names=COUNT_NAMES),
    # How old someone is, asked of a person ("How old was he?", "At what age did she leave?"): an age ("at age seven",
    # "aged five", "a six-year-old", "Lee was 25 when"), a birth or a lifespan ("(1384–1415)"); any other number is no
    # age (on the training file 14 of 14 answers to "how old" and "at what age" are in such sentences).
    QuestionKind("age", _PERSON_AGE_ASKED, re.compile(_AGE_GIVEN, re.I), "answer_type", required=True),
    # How old something else is ("How old is the subway?"): an age, or a year it began in ("opened in 1904").
    QuestionKind("origin", re.compile(r"\bhow old\b", re.I),
                 re.compile(rf"{_AGE_GIVEN}|\b(?:{_any(ORIGIN_VERBS)})\b(?=.*?\b{_YEAR})|"
                            rf"\b{_YEAR}(?=.*?\b(?:{_any(ORIGIN_VERBS)})\b)", re.I),
                 "answer_type", required=True),
    # How many units of time ("How many weeks was it number one?"): so many of them ("17 weeks", "a year", "its 41st
    # week"), or years that bound a length ("from 1402 to 1405", "since 2019"); a number of anything else is no length
    # (on the training file 17 of its 19 answers to these questions are in such sentences, and the other two's
    # answers are in the next sentence).
    QuestionKind("duration", re.compile(rf"\bhow many\s+(?:more\s+)?(?:{_any(TIME_UNITS)})\b", re.I),
                 re.compile(rf"{_UNITS_OF_TIME}|{_YEARS_BOUND}", re.I),
                 "answer_type", required=True),
    # How long, how often, how old ...: a number other than a year ("in 2019" says when, not how long), a unit of
    # time, or years that bound a length ("since 2019", "from 1402 to 1405").
    QuestionKind("quantity", re.compile(r"\bhow (?:many|long|often|fast|old|big|large|far)\b", re.I),
                 re.compile(rf"{_NUMBER}|\b(?:{_any(TIME_UNITS)})\b|{_YEARS_BOUND}", re.I),
                 "answer_type", required=True),
    # How common something is: a number, or a word of frequency ("very rare"); "how often" asks for a rate, above.
    QuestionKind("frequency",
                 re.compile(r"\bhow (?:common|commonly|frequent|frequently|prevalent|widespread|rare|usual)\b", re.I),
                 re.compile(rf"{_NUMBER}|\b(?:{_any(FREQUENCY_WORDS)})\b", re.I),
                 "answer_type", required=True),
    # How much of something: a number where there is one, though English often says it in words ("vast areas").
    QuestionKind("amount", re.compile(r"\bhow much\b|\bwhat amount\b", re.I),
                 re.compile(rf"\d|\b(?:{_any(NUMBER_WORDS)})\b", re.I), "answer_type"),
    QuestionKind("place", re.compile(rf"^\s*where\b|\b(?:what|which) (?:{_any(PLACE_NAMES)})\b", re.I),
                 re.compile(rf"\b(?i:in|at|on|from|to)\s+(?i:the\s+)?(?:[A-Z][a-z]+|(?i:{_any(PLACE_NOUNS)}))\b|"
                            r"\b(?i:where)\b"), "answer_type"),
    # "How is it given?", "Which routes were tried?" and "Which form is approved?" ask for a route (a form, which can be
    # of anything, only before a verb of giving); where the documents name none, nothing changes.
    QuestionKind("route", re.compile(rf"^\W*how (?:is|are|was|were|do|does|did|would|will|can|could|should|must) "
                                     rf"(?:[\w'’-]+ ){{0,4}}?(?:{_any(GIVING_VERBS)})\b|\b(?:what|which) routes?\b|"
                                     rf"\b(?:what|which) forms?\b(?=.*\b(?:{_any(GIVING_VERBS + OFFERING_VERBS)})\b)",
                                     re.I),
                 re.compile(rf"\b(?:{_any(ROUTES)})\b", re.I), "answer_type", names=ROUTE_NAMES),
    # Which dose: a number in a unit of dose, or a level of dose ("higher-dose intramuscular administration").
    QuestionKind("dose", re.compile(rf"\b(?:what|which)(?:'s|’s| is| was| are| were)? (?:the |a )?(?:\w+ )?"
                                    rf"(?:{_any(DOSE_NAMES)})(?={_DOSE_HEAD})", re.I),
                 re.compile(rf"\d\s*(?:{_any(DOSE_UNITS)})(?![\w/])|"
                            rf"\b(?:{_any(DOSE_LEVELS)})[\s-]+(?:{_any(DOSE_NAMES)})\b", re.I),
                 "answer_type", required=True, names=DOSE_NAMES),
    QuestionKind("risk", re.compile(rf"\b(?:{_any(RISKS)})\b", re.I),
                 re.compile(rf"\b(?:{_any(RISKS + HEDGES)})\b", re.I), "answer_type"),
    QuestionKind("mechanism", _HOW_IT_WORKS, re.compile(rf"\b(?:{_any(MEANS)})\b|\bby \w+ing\b", re.I), "reason"),
)

# A question asking which one ranks first is answered only by a sentence that ranks, whatever kind of answer it asks
# for, as every answer to a count gives a number (`QuestionKind.required`). A superlative after "the", before a
# preposition or ending the question ranks ("Which works best for anxiety?", "Which was tried first?"); "most commonly
# used", "best describes" and "the first iPod" do not.
RANK_ASKED = re.compile(rf"^\W*(?:which|what|who)\b.*(?:\b(?:the|its|their)\s+(?:{_any(SUPERLATIVES)})\b|"
                        rf"\b(?:{_any(SUPERLATIVES)})\s+(?:with|for|in|on|at|among|of)\b|"
                        rf"\b(?:{_any(SUPERLATIVES)}|first)\W*$)", re.I)
# A question naming a year as what it asks for ("In what year ...?", "Which years ...?") is answered only by a sentence
# that gives one, as a rank asked needs a sentence that ranks: every answer of the shared files to such a question does
# (216 of 216), where "when" is also answered by "after the war" or "on Mondays".
YEAR_ASKED = re.compile(r"\b(?:what|which)\s+years?\b", re.I)
# A year in digits ("1962", "the 1990s", "the 880s"), a three-digit one after "in" ("in 911"), or one of an era ("AD
# 79", "300 BC").
YEAR_GIVEN = re.compile(rf"\b{_YEAR}|\b\d{{2,3}}0s\b|\bin\s+\d{{3}}\b|\b(?:AD|A\.D\.)\s*\d{{1,4}}\b|"
                        rf"\b\d{{1,4}}\s*(?:BC|BCE|AD|CE|B\.C\.)", re.I)
# A question naming a month as what it asks for ("In what month ...?") is answered only by a sentence that gives a month
# or a season: 10 of the training file's 10 such answers do; a year alone does not say which month.
MONTH_ASKED = re.compile(r"\b(?:what|which)\s+months?\b", re.I)
# A month, as a date writes it, or a season.
MONTH_GIVEN = re.compile(rf"\b(?:(?-i:{_any(MONTHS)})|{_any(SEASONS)})\b", re.I)
# "How many" of a unit of measure ("How many kilometres ...?", "at most how many km?") is answered only by a sentence
# that gives a number in such a unit ("2000 km", "15,000 square miles", "US$1.95 billion"), and "how many" of a unit of
# time shorter than a month by a number of units of time ("How many hours must they stay?" is not answered by "since
# 2019"): every gold sentence of the shared files' such questions does (`bench/FINDINGS.md`, stop 112). The count and
# duration rows still reward any number or span; this asks the unit too.
MEASURE_ASKED = re.compile(rf"\bhow many\s+(?:more\s+)?(?:square\s+|cubic\s+)?"
                           rf"(?:{_any(MEASURE_UNITS | SHORT_TIME_UNITS)})\b", re.I)
# So many units of time, a number in a unit of measure, or a sum after a symbol of currency.
MEASURE_GIVEN = re.compile(rf"{_UNITS_OF_TIME}|(?:\d|\b(?:{_any(NUMBER_WORDS)})\b)[\d.,]*\s*(?:-\s*)?"
                           rf"(?:square\s+|cubic\s+|sq\.?\s*)?(?:{_any(MEASURE_UNITS)})(?![a-z])|[$€£¥₹]\s*\d", re.I)
# "When" asked of something past ("When was it approved?", "When did they land?") is answered only by a sentence that
# places it in time; every answer of the shared files to such a question does (219 of 219). The present asks what
# everyday documents answer otherwise ("When are bins collected?": "on Mondays"), and stays unrequired.
PAST_TIME_ASKED = re.compile(r"^\W*(?:(?:and|so|but)\s+)?when\s+(?:was|were|did|had)\b", re.I)
# Words that place something in time without a date ("during the break", "after the earthquake", "since the age of
# 18") or say on what condition ("when demand is high").
TEMPORAL_WORDS = _words("after afterwards before during since until till following when whenever while whilst once "
                        "upon ago prior earlier later then now today currently recently soon early late era period "
                        "times age aged if unless")
# A date (a year, a month, a century or decade, an ordinal: "the 10th"), a unit of time or a word of time.
TIME_PLACED = re.compile(rf"{YEAR_GIVEN.pattern}|\b(?:(?-i:{_any(MONTHS)})|century|decade)\b|{_ORDINAL}|"
                         rf"\b(?:{_any(TEMPORAL_WORDS | TIME_UNITS)})\b", re.I)
# "Who" asked of what someone did or does ("Who discovered it?", "Who makes it?", "Who was the first patient?"; not
# "Who was Rollo?", which asks what a name is, nor "Who can visit?", which asks for a role) is answered only by a
# sentence that names someone: on the training file 516 of 518 such answers are in one (the other two open with the
# name).
AGENT_ASKED = re.compile(rf"^\W*(?:(?:and|so|but|then)\s+)?who\s+(?:(?:first|originally|actually|later|also)\s+)?"
                         rf"(?!(?:{_any(MODALS)})\b|(?:is|are|was|were)\s+(?!(?:an?|the)\s|(?-i:[a-z]\w*ed)\b)"
                         r"[\w*-]+(?:\s+[\w*-]+){0,2}\s*[?.!…]*\s*$)[\w'’-]+\b", re.I)
# Nouns by which a sentence names who acted without a name ("her mother", "the government", "healthcare professionals").
AGENT_NOUNS = _words("""mother father parents brother sister son daughter wife husband family families people person
    government officials official agency agencies authorities company companies firm team group committee council
    court army troops soldiers police media audience audiences critics fans public researchers scientists doctors
    physicians professionals residents citizens workers students staff members""")
# A sentence's first word, with the reference markers and punctuation before it.
SENTENCE_OPENING = re.compile(r"^(?>(?:\s|\[\d+\])*)(?>[^\w\s]*)\w\S*")
# A name after a sentence's first word (its first is capitalised whatever it is; a reference marker is no word), an
# agent noun, the doer of a passive ("was utilised by the dukes") or people a clause describes ("patients who have
# failed previous therapies").
AGENT_NAMED = re.compile(rf"{SENTENCE_OPENING.pattern}\s.*?(?:\b[A-Z]|(?i:\b(?:{_any(AGENT_NOUNS)})\b)|"
                         r"\bby\s+(?:the|its|their|his|her)\s+[a-z]|\w\s+who\b)", re.S)
# A term's short form in brackets after its lower-case words ("motivational enhancement therapy (MET)", "glycogen
# synthase kinase-3 (GSK3)"): its capitals name a thing, not someone.
TERM_ABBREVIATION = re.compile(r"(?<=[a-z0-9,-])\s*\((?=[^()\s]*[A-Z][^()\s]*[A-Z0-9])[^()\s]+\)")
# "How much" asked of a change or a doing ("How much did prices rise?", "By how much was it cut?") is answered only by
# a figure or a word of degree: on the training file 32 of 32 such answers are figures. A price asked so ("How much
# can it cost?") is the price row's, answered by a price ("no more than the nightly limit").
DEGREE_ASKED = re.compile(rf"\bhow\s+much\s+(?:{_any(BE | AUXILIARIES)})\b"
                          rf"(?!.*\b(?:{_any(MONEY_WORDS + PRICE_WORDS)})\b)", re.I)
# Words that give a degree without a figure ("a moderate effect", "sales doubled").
DEGREE_MARKERS = _words("""half double doubled twice triple tripled quadrupled halved fold percent moderate large small
    slight slightly significant significantly substantial substantially dramatic dramatically modest modestly
    considerable considerably marked markedly sharp sharply greatly""")
# A figure, a number in words or a word of degree.
DEGREE_GIVEN = re.compile(rf"\d|%|\b(?:{_any(NUMBER_WORDS | DEGREE_MARKERS)})\b", re.I)
# "Where" asked of something past ("Where was it based?", "Where did they land?") is answered only by a sentence that
# names a place: a name the question does not name ("Where was Parke-Davis based?" is not answered by "Parke-Davis filed
# a patent") or a phrase of place ("in relief centres", "to space"); on the training file 133 of 134 such answers are
# in one, 5 of 5 on the development file (`qa._kinds.gives_place`). The present is answered otherwise too: "Where is
# the log file?" by "The log file is `~/.harbor/harbor.log`.", "Where can I find ...?" by "See the tea guide".
LOCATION_ASKED = re.compile(r"^\W*(?:(?:and|so|but|then)\s+)?where\s+(?:did|was|were|had)\b", re.I)
# Prepositions that place something.
PLACE_PREPOSITIONS = _words("""in at on into onto from to along across near between within inside outside throughout
    around beneath under off""")
# A phrase of place: such a preposition before a word (a year is none: "in 1962").
PLACE_PHRASE = re.compile(rf"\b(?:{_any(PLACE_PREPOSITIONS)})\s+(?:(?:the|a|an|its|their|his|her)\s+)?[a-z]", re.I)
# A name: a capitalised word (read after a sentence's first word, which is capitalised whatever it is).
NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
# A figure that can be compared with others: a number other than a year, in digits or words, but no scale word.
FIGURE = re.compile(rf"(?!(?:{_any(NO_FIGURE_WORDS)})\b)(?:{_NUMBER})", re.I)
# How a sentence ranks besides its ranking words (`RANKING_WORDS`, `SUPERLATIVES`): a word in -est, a comparison
# ("faster than") or an ordinal ("the 12th oldest"); three figures to compare rank too (`FIGURE`: "Los Angeles with 12
# million, Riverside with four million and San Diego with 3 million").
RANK_GIVEN = re.compile(r"\b\w{2,}est\b|\b\w+er\s+than\b|\b\d+(?:st|nd|rd|th)\b", re.I)

# A yes/no question ("Does it affect serotonin?", "And is it safe?"): it asks whether something holds, which only a
# sentence saying so answers.
WHETHER_ASKED = re.compile(rf"^\W*(?:(?:and|but|so|also)\s+)?(?:{_any(BE | AUXILIARIES)})\b", re.I)
# Words that ask whether what was said holds of something more ("Does it also block AMPA receptors?"): the answer must
# name that something.
ADDITIVES = ("also",)
# ... the same closing a question ("Has Health Canada approved it too?"); elsewhere "too" asks a degree ("Is the dose
# too high?") and "either" a choice.
CLOSING_ADDITIVES = ("too", "as well", "either")
