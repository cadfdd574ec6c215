"""Red-flag lexicon, part two: poisoning, and general and nutrient emergencies (crisis wording is in
`bot.safety.lexicon_crisis` and joined here first).

Same form and rules as `bot.safety.lexicon` (which holds the Concept class, the shared word classes and the
back-pain concepts). Sources: the safety notes §2.3-§2.5 — crisis pattern list and
WHO/IASP, Preventing suicide: a resource for media professionals (2017/2023), https://paho.org/en/node/92857 ;
iron poisoning https://www.poison.org/articles/2014-jun/iron-poisoning and
https://ncpoisoncontrol.org/types-of-poisons/non-prescription-medicines-and-supplements/iron ; iron
side effects vs melaena (lower authority, see reference §6); hypocalcaemia (Harrison's excerpt) and
hypomagnesaemia https://statpearls.com/articlelibrary/viewarticle/23271 ; B12/folate via 111 Wales
http://111.wales.nhs.uk/encyclopaedia/a/article/anaemia,vitaminb12andfolatedeficiency ; IOM DRI 2011
https://ncbi.nlm.nih.gov/books/n/nap13050/ch6 ; NHS 999 pages for breathing, collapse,
anaphylaxis; stroke (FAST) and heart-attack wording are in `bot.safety.lexicon_acute`.
"""

from __future__ import annotations

from bot.safety.lexicon import BLOOD, CHILD, DIZZY, PILLS, WHOSE, Concept
from bot.safety.lexicon_acute import ACUTE_CONCEPTS
from bot.safety.lexicon_crisis import CRISIS_CONCEPTS
from bot.safety.lexicon_crisis_acts import ACTS_CONCEPTS
from bot.safety.lexicon_crisis_asked import ASKED_CONCEPTS, MASKED_CONCEPTS
from bot.safety.lexicon_crisis_grammar import GRAMMAR_CONCEPTS, NOT_FOOD
from bot.safety.lexicon_crisis_hoped import HOPED_CONCEPTS
from bot.safety.lexicon_crisis_lay import CRISIS_LAY_CONCEPTS
from bot.safety.lexicon_crisis_means import MEANS_CONCEPTS
from bot.safety.lexicon_crisis_places import PLACES_CONCEPTS
from bot.safety.lexicon_crisis_rehearsed import REHEARSED_CONCEPTS
from bot.safety.lexicon_crisis_release import RELEASE_CONCEPTS
from bot.safety.lexicon_crisis_round44 import ROUND44_CONCEPTS
from bot.safety.lexicon_crisis_round45 import ROUND45_CONCEPTS
from bot.safety.lexicon_crisis_told import TOLD_CONCEPTS
from bot.safety.lexicon_crisis_wishes import WISHES_CONCEPTS
from bot.safety.lexicon_fragility import FRAGILITY_CONCEPTS
from bot.safety.lexicon_lay import LAY_CONCEPTS
from bot.safety.lexicon_round50 import POISONING_IN_A_STORY

# "So nervous I thought I'd faint": a figure of speech for a strong feeling, not a faint (round seven).
EVERYDAY_FAINT = (r"(?:so|too|that|really) (?:nervous|scared|excited|embarrassed|shocked|anxious|terrified|"
                  r"starstruck|happy|relieved|giddy)(?: \w+){0,3} (?:i |that i )?(?:thought|felt like|could have|could|"
                  r"nearly|almost) (?:i would |i was going to |i might |i am going to |i had )?(?:have )?faint\w*|"
                  r"(?:could have|could|nearly|almost) fainted (?:with|from|of) (?:relief|shock|excitement|joy|"
                  r"embarrassment|happiness|nerves)")
# A racing or pounding heart, in the past, during an exciting or frightening moment, and nothing says it stayed.
EVERYDAY_RACING = (r"heart (?:was|were) (?:\w+ ){0,2}(?:racing|pounding|thumping|beating (?:fast|so fast)) "
                   r"(?:\w+ ){0,3}(?:during|watching|at|in|before|through|throughout) (?:the |a |an |my |that |our )?"
                   r"(?:\w+ ){0,2}"
                   r"(?:match|game|shootout|penalt\w*|final|film|movie|exam|interview|test|date|wedding|speech|"
                   r"presentation|rollercoaster|ride|concert|gig|race|audition|performance)\b(?!(?: \w+){0,10} "
                   r"(?:still|since|and now|will not|would not|keeps|hours later|not stopp\w*))|"
                   # Round eleven: after coffee or an energy drink, and then it settled (NHS "Heart palpitations":
                   # often caffeine, usually harmless; 999 with chest pain, breathlessness or fainting, flagged apart).
                   r"heart (?:\w+ ){0,2}(?:raced|racing|pounded|pounding|thumped|thumping)(?: \w+){0,3} after (?:\w+ )"
                   r"{0,3}(?:coffees?|espresso\w*|energy drinks?|caffeine|pre ?workout|red bull|cans? of \w+)\b"
                   r"(?=(?: \w+)"
                   r"{0,8} (?:settled|calmed down|went back to normal|passed|stopped|back to normal|was fine))")

# "My heart skipped a beat when I saw the price": the idiom for a moment of surprise (round nine), unless the message
# also names palpitations or a beat that keeps skipping.
SKIPPED_IDIOM = (r"^(?!.*\b(?:palpitation\w*|irregular|flutter\w*|keeps? skipping|skipping|still|again|"
                 r"every(?! time (?:i|we|he|she) )))"
                 r".*\bheart (?:\w+ )?(?:skipped|skips) a beat (?:when|whenever|every time|as|at|the moment|once) "
                 r"(?:i |we |he |she )?(?:saw|see|seen|heard|hear|read|found|got|opened|checked|realised|realized|"
                 r"looked|look|noticed|spotted|think|thought)")
# "I had a heart attack of a laugh", "nearly gave me a heart attack", "a heart attack on a plate": figures of speech
# for a fright, a laugh or rich food, not chest pain (a newcomer test, session 13, got "call 999").
HEART_ATTACK_IDIOM = (r"heart attack (?:of a|on a plate|in a (?:bun|box|burger))|(?:nearly|almost|practically|"
                      r"about to|gonna|going to|could have|could of|would have) (?:\w+ ){0,3}(?:a |an )?heart attack|"
                      r"(?:gave|give|gives|giving) (?:me|him|her|us|them|you) (?:\w+ ){0,2}heart attack")
# "So hot in this office I can't breathe lol": hyperbole with its everyday cause said (round nine); not when the
# message also names wheeze, asthma, blue lips, a tight chest, swelling or an allergy.
EVERYDAY_BREATHLESS = (r"^(?!.*\b(?:wheez\w*|asthma\w*|inhaler|blue|grey|chest|swell\w*|swollen|allerg\w*|rash|"
                       r"hives|faint\w*|dizz\w*|collaps\w*|panic\w*))"
                       r".*\b(?:(?:so|too|really|that) (?:hot|stuffy|humid|muggy|warm|boiling|sweaty|crowded|packed|"
                       r"smelly)(?: \w+){0,5} (?:i |you )?(?:cannot|can not) breathe|(?:laugh\w*|giggl\w*) (?:so hard |"
                       r"that hard |so much )?(?:i |that i )?(?:cannot|can not|could not) breathe|"
                       # Round ten: the laugh after it ("can't breathe I'm laughing so hard", "can't breathe lmao").
                       r"(?:cannot|can not|could not) breathe(?: \w+){0,6} (?:laugh\w*|giggl\w*|lmao|lmfao|lol|rofl|"
                       r"hilarious|meme|crying laughing|dying)\b)")
# Vomit with blood said a few words on ("threw up and there's bright red blood in it": round nine).
VOMIT = r"(?:vomit\w*|throw\w* up|threw up|puk\w*|been sick|was sick|being sick)"

GENERAL_CONCEPTS: tuple[Concept, ...] = (CRISIS_CONCEPTS + CRISIS_LAY_CONCEPTS + ASKED_CONCEPTS + TOLD_CONCEPTS
                                         + ROUND44_CONCEPTS   # session 26, `lexicon_crisis_round44`
                                         + ROUND45_CONCEPTS   # session 27, `lexicon_crisis_round45`
                                         + MASKED_CONCEPTS + MEANS_CONCEPTS + REHEARSED_CONCEPTS + GRAMMAR_CONCEPTS
                                         + RELEASE_CONCEPTS + PLACES_CONCEPTS + WISHES_CONCEPTS
                                         + ACTS_CONCEPTS + HOPED_CONCEPTS) + (
    # --- P: poisoning (reference §2.3) ---
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", gated=False, window=8,
            unless=POISONING_IN_A_STORY, near=(   # session 31: a drama's toddler (`lexicon_round50`)
        (r"(?:swallowed|swallows|swallow|ate|eaten|got into|gotten into|chewed|chewing|scoffed|downed|munched|"
         r"found|opened|open|missing|playing with|got hold of|sucking)", CHILD, PILLS),
        (CHILD, r"(?:took|taken|had|eaten|ate) (?:\w+ ){0,2}(?:too many|handful|loads|lots|a lot|whole|all|half|"
                r"several|a few|some|a bunch|\d+|two|three|four|five|six|ten)", PILLS),
    )),
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", unless=POISONING_IN_A_STORY, phrases=(
        r"(?:i|he|she|we|they) (?:have |has |had |just |accidentally |think i |may have |might have )*(?:taken|"
        r"took|swallowed|ate|eaten) (?:\w+ ){0,3}(?:too many|too much|(?:a|the) whole (?:bottle|pack|packet|box|"
        r"tub|strip)|handful)",
        # Ten or more tablets at once ("I took 20 magnesium tablets at once"): a count said outright, in one go (a
        # count over a month is not told "at once"; newcomer test, session 10).
        r"(?:took|taken|swallowed|had|ate|eaten|downed|necked) (?:like |about |around |over |maybe )?(?:[1-9]\d+|ten|"
        r"eleven|twelve|fifteen|twenty|thirty|forty|fifty) (?:\w+ ){0,4}(?:tablets?|pills?|capsules?|gummies|tabs|"
        r"caps) (?:\w+ ){0,3}(?:at once|in one go|all at once|at the same time|together|in one sitting|in one day|"
        r"in a day|today|tonight|this morning|in an hour)",
        # "OD" as English uses it: a verb after its subject or a modal ("I OD'd", "might OD"), "an OD", "OD on".
        # Never bare: Polish "od" ("since", "from": "od tygodnia") is in nearly every Polish sentence.
        r"overdos(?:ed|ing)" + NOT_FOOD + r"|(?:took|taken|had) an overdose|\ban od\b|"
        r"\bod(?:ed|s)?(?= on\b)" + NOT_FOOD + "|"
        r"\b(?:i|he|she|they|we|you|u|just|gonna|might|may|could|would|to|nearly|almost|accidentally) od(?:ed|s)?\b",
    )),
    # --- E: nutrient topics and general emergencies (reference §2.3, §2.4) ---
    Concept("gi_bleeding", "E", "vomiting blood, or black, tarry stools", phrases=(
        r"(?:vomit\w*|throw\w* up|threw up|puk\w*|sick|coughing up|coughed up|retching|bringing up|brought up|"
        r"bring up) (?:(?!no\b|not\b|without\b|never\b)\w+ ){0,3}" + BLOOD,   # "not vomiting, no blood" (round 24)
        BLOOD + r" (?:\w+ ){0,3}(?:in|when) (?:\w+ ){0,2}(?:vomit|sick|puke)",
        VOMIT + r" (?:and|with) (?:\w+ ){0,4}" + BLOOD + r"(?: \w+){0,3} (?:in it|in the (?:vomit|sick|bowl|toilet))",
        r"coffee (?:grounds?|granules?|grains?)|(?:black|dark) (?:and )?(?:tarry|sticky|tar)|tarry|tar like|like tar|"
        r"melaena|melena",
    )),
    # Its own label: blood in the poo with dizziness was told "(vomiting blood, or black, tarry stools)", words the
    # person never used (a newcomer, session 34).
    Concept("gi_bleeding", "E", "blood in your poo with dizziness", requires=(DIZZY,), phrases=(
        r"(?:blood|bleeding) (?:in|from) " + WHOSE + r"(?:poo|stool|toilet|bum|back passage|rectum)",
    )),
    # One seizure in early childhood with a fever and none since (a febrile seizure; NHS "Febrile seizures": they
    # stop by about age 6 and most children have no more) is history, not a seizure now (round fifteen).
    Concept("seizure_or_tetany", "E", "a seizure, or muscle spasms you can't stop", unless=(
        r"(?:as a (?:toddler|baby|child|kid|little one|tot|youngster|infant)|in (?:my )?(?:childhood|infancy)|"
        r"when i was (?:a )?(?:toddler|baby|little|[1-6]|tiny))\b(?!.*\b(?:since then i|recently|now|today|"
        r"yesterday|last (?:night|week)|this (?:morning|week))\b)(?=.*\b(?:never|not|none|no more|no other|nothing) "
        r"(?:\w+ ){0,2}(?:again|since|after|more)\b)"), phrases=(
        r"seizures?|seizing(?! up)|convuls\w*|"      # "my calf / back seizing up" is stiffening (round thirteen)
        r"(?:had|having|has had|has|have|having another) (?:what (?:looked|seemed|looks|seems|appeared|sounded) like "
        r")?(?:a |an |another )?fits?\b(?! of (?:giggles|laughter|laughing|rage|pique|temper|coughing|sneezing|"
        r"jealousy|anger|hysterics|the giggles))",   # session 26: "had what looked like a fit" (round 44)
        # "Very fitting", "a fitting end": apt, not a fit (round fourteen; Cambridge Dictionary, "fitting" adj.).
        r"(?<!very )(?<!quite )(?<!rather )(?<!how )(?<!so )(?<!most )(?<!more )(?<!a )(?<!seems )fitting(?! "
        r"(?:tribute|end|name|title|song|room|session|appointment|for (?:a|the)|that))|tetany|carpopedal|epileptic",
        r"(?:hands?|fingers?|feet|wrists?) (?:\w+ ){0,3}(?:claw\w*|locked|locking|lock up|seized up|curl\w* (?:up|in)|"
        r"cramp\w* (?:up )?into)|claw like|(?:like|into) (?:a )?claws?",
        r"(?:cannot|can not) stop (?:twitching|shaking|jerking)|twitching (?:all over|everywhere|non stop|constantly)",
    )),
    Concept("seizure_or_tetany", "E", "a seizure, or muscle spasms you can't stop", window=16, near=(
        (r"(?:mouth|lips)", r"(?:hands?|fingers?|feet|toes|wrists?) (?:\w+ ){0,5}(?:stiff|bent|curl\w*|cramp\w*|"
                            r"spasm\w*|twitch\w*|locked|locking)"),
    ), requires=(r"tingl\w*|numb\w*|pins and needles",)),
    Concept("breathing_difficulty", "E", "difficulty breathing", unless=EVERYDAY_BREATHLESS, phrases=(
        r"(?:cannot|can not|could not|can barely|can hardly|struggling to|struggle to|hard to|difficult to|unable to|"
        r"trouble|difficulty|problems?) (?:\w+ ){0,2}breath\w*|(?:cannot|can not) catch " + WHOSE + r"breath",
    )),
    Concept("breathing_difficulty", "E", "difficulty breathing", phrases=(
        r"(?:gasping|struggling|fighting) for (?:air|breath)|gasping (?:\w+ ){0,3}(?:sitting|resting|at rest|lying|"
        r"still|doing nothing)|(?:cannot|can not|can barely|can hardly|could not|struggling to) get (?:enough |any )?"
        r"air|not getting enough air|(?:lips|face) (?:\w+ )?(?:turning |gone |going )?(?:blue|grey)",
    )),
) + ACUTE_CONCEPTS + LAY_CONCEPTS + FRAGILITY_CONCEPTS + (
    Concept("collapse", "E", "collapse or loss of consciousness", phrases=(
        r"(?<!vertebra )(?<!vertebrae )(?<!disc )(?<!spine )(?<!bone )collaps\w*+(?! (?:\w+ )?(?:vertebra\w*|discs?|"
        r"spine|bones?|lung))",
        r"unconscious|unresponsive|passed out|(?:will not|would not|cannot|can not) wake (?:him|her|them) up|"
        r"keeled over",
    )),
    # Anaphylaxis (NHS "Anaphylaxis", https://www.nhs.uk/conditions/anaphylaxis/: swelling of the throat and
    # tongue, tightness in the throat, difficulty breathing; call 999), e.g. after a new supplement.
    Concept("allergic_reaction", "E", "swelling of the lips, tongue or throat", phrases=(
        r"(?:swollen|swelling|swelled|puffed up|puffing up|puffy) (?:\w+ ){0,3}(?:lips?|tongue|throat|mouth)",
        r"(?:lips?|tongue|throat|mouth) (?:\w+ ){0,4}(?:swollen|swelling|swelled|swell|puff\w*|blow\w* up|blew up|"
        r"balloon\w*|closing)|anaphyla\w*",
    )),
    Concept("allergic_reaction", "E", "swelling of the lips, tongue or throat", phrases=(
        r"throat (?:\w+ ){0,3}(?:tight\w*|closing|narrowing)|(?:tight|tightening|closing) (?:\w+ ){0,2}throat",
        # A swelling face with noisy or hard breathing (stridor, wheeze): the airway (NHS "Anaphylaxis").
        r"(?:face|eyes?|cheeks?) (?:\w+ ){0,3}(?:swell\w*|swollen|puff\w*)(?: \w+){0,12} (?:whistl\w*|wheez\w*|"
        r"noisy|squeak\w*|rasp\w*|struggl\w* to breathe|(?:hard|difficult) to breathe|cannot breathe)",
    ), requires=(r"lips?|tongue|swell\w*|rash|hives|itch\w*|wheez\w*|breath\w*|allerg\w*|sting|stung|after (?:taking|"
                 r"eating|having|trying|starting)|new (?:supplement|tablet|medicine|powder|vitamin|food)",)),
    Concept("severe_bleeding", "E", "severe bleeding", phrases=(
        r"(?:severe|serious|uncontrolled) bleeding|(?:will not|cannot|can not) stop (?:the )?bleeding",
    )),
    # --- U: urgent (same day) ---
    Concept("rectal_bleeding", "U", "bleeding from the bottom", phrases=(
        r"(?:blood|bleeding) (?:in|from) " + WHOSE + r"(?:poo|stool|bum|back passage|rectum)",
        r"(?:poo|stool) (?:\w+ ){0,3}(?:bloody|blood(?! tests?))",
    )),
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain", unless=HEART_ATTACK_IDIOM,
            phrases=(r"heart attack",)),
    Concept("heart_rhythm", "U", "a racing, pounding or irregular heartbeat", unless=SKIPPED_IDIOM, phrases=(
        r"palpitations?|heart (?:\w+ ){0,2}(?:fluttering|flutters|skipping|skips|skipped|missing beats|beating "
        r"(?:funny|weird|irregular\w*))",
        r"irregular heart\w*|heart ?beat (?:\w+ ){0,2}(?:irregular|fast|racing|all over|funny|weird)|"
        r"(?:skipped|missed) beats?",
    )),
    # Racing or pounding: not when it was the heart's ordinary answer to a moment of excitement or fear that is
    # over ("my heart was pounding during the penalty shootout"); a racing heart that stays stays a flag.
    Concept("heart_rhythm", "U", "a racing, pounding or irregular heartbeat", unless=EVERYDAY_RACING, phrases=(
        r"heart (?:\w+ ){0,2}(?:racing|races|raced|pounding|pounds|thumping|beating (?:fast|really fast|so fast))",
    )),
    Concept("anaemia_alarm", "U", "breathlessness at rest, fainting or very heavy periods", unless=EVERYDAY_FAINT,
            # "a faint ache", "faint scars", "a faint yellow mark": the adjective before what is faint (round 32).
            phrases=(r"faint\w*(?! (?:(?!(?:and|or|with|when|after|on|in|at|from)\b)\w+ )?(?:ache|line|lines|smell|"
                     r"pain|trace|marks?|glow|sound|noise|hope|scars?|scarring|bruis\w*|stains?|outline|taste|memor\w*|"
                     r"tinge|colou?r|smile|idea|chance|whiff|echo|shadow)\b)",)),
    Concept("anaemia_alarm", "U", "breathlessness at rest, fainting or very heavy periods", phrases=(
        r"(?:breathless|out of breath|short of breath|shortness of breath|puffed out) (?:\w+ ){0,4}(?:at rest|"
        r"resting|sitting|lying|doing nothing|all the time|even when)",
        r"(?:very|really|extremely|super|so) heavy periods?|flooding|soaking through|(?:changing|change) " + WHOSE +
        r"(?:pads?|tampons?) every (?:hour|30|half)",
    )),
    # Round thirty-eight: numb or tingling lips from a dentist's local anaesthetic wearing off (NHS "Local
    # anaesthesia": numbness and tingling for a few hours) is not the low-calcium sign (NHS "Hypocalcaemia").
    Concept("perioral_tingling", "U", "tingling around the mouth or lips", unless=(
        r"\b(?:dentist\w*|dental|numbing (?:injection|jab|shot|gel)|local an(?:a)?esthetic|novocaine|lidocaine|"
        r"filling|root canal|wisdom (?:tooth|teeth))\b"), phrases=(
        r"(?:tingl\w*|numb\w*|pins and needles) (?:\w+ ){0,3}(?:around|round|in|on) " + WHOSE + r"(?:mouth|lips)",
        r"(?:mouth|lips) (?:\w+ ){0,3}(?:tingl\w*|numb\w*|pins and needles)",
    )),
    Concept("b12_neurological", "U", "numbness or tingling with balance, memory or vision problems", window=15,
            near=((r"(?:numb\w*|tingl\w*|pins and needles)",
                   r"(?:balance|unsteady|wobbly|falling over|keep falling|fall over|walking funny|trouble walking|"
                   r"difficulty walking|clumsy|memory|forget\w*|confus\w*|vision|eyesight|blurr\w*|sore (?:red )?"
                   r"tongue|red tongue)"),)),
    Concept("vitamin_d_excess", "U", "possible signs of too much vitamin D or calcium", window=6, near=(
        (r"(?:high|large|big|mega|huge|strong|lots of|loads of|too much|extra|\d+(?: \d+)* ?(?:iu|units|mg|mcg|ug|"
         r"micrograms))", r"(?:vitamin d|vit d|d3|calcium)"),
    ), requires=(r"vomit\w*|being sick|throw\w* up|threw up|nause\w*|thirst\w*|(?:peeing|pee) (?:a lot|loads|all the "
                 r"time|constantly|so much)|confus\w*|kidney (?:pain|stones?)|kidneys? (?:hurt\w*|ache|aching)",),
        # Peeing more told as the result of drinking more (NHS "Peeing more than usual": drinking a lot of fluid is
        # the commonest cause), with no other sign of too much calcium (round twenty-six).
        unless=r"^(?!.*\b(?:vomit|being sick|thr[eo]w\w* up|nause|confus|kidney|thirst))(?=.*\b(?:peeing|pee|weeing) "
               r"(?:a lot|loads|all the time|constantly|so much|more) (?:\w+ ){0,2}(?:since|because|as|from|now that) "
               r"(?:i (?:started|began|have been|am|have started) )?(?:drinking|drink) (?:\w+ ){0,5}(?:water|fluids?|"
               r"litres|liters|squash)\b).*"),
)
