"""The red-flag lexicon: concepts, their tiers, and small regexes over the matching form (`bot.safety.matching`).

Tiers (safety notes §2.1): C crisis, P poisoning, E emergency (999/A&E now),
U urgent (same-day GP, NHS 111, urgent care). Regexes are written over lower-case words joined by single
spaces, after contractions were expanded ("can't" -> "cannot", "i'm" -> "i am") and common typos fixed.

This module holds the back-pain concepts; `bot.safety.lexicon_general` holds crisis, poisoning and the general and
nutrient emergencies; `bot.safety.triage.CONCEPTS` joins them.

A concept matches when any of its `phrases` matches or any `near` group matches (every pattern of the group
within `window` words of the first), and every `requires` pattern occurs somewhere, and `unless` does not.
`gated` concepts fire only for personal or situational messages, not for general questions ("Can iron
deficiency cause chest pain?"); crisis and a child swallowing tablets fire always.

Sources (see reference §6): NHS back-pain 999/A&E and urgent lists (nhs.uk/conditions/back-pain, as
reproduced by https://redflagsymptoms.co.uk/back-pain); NHS Gloucestershire G-care red flags
https://g-care.glos.nhs.uk/pathway/75/resource/3 ; Norfolk & Waveney CHS
https://norfolkandwaveneycommunityhealth.nhs.uk/msk/refer-yourself/systmconnect/got-back-pain/ ; Northern
Trust low back pain page; CES patient card https://surgerywebtemp.org.uk/a83011/wp-json/wp/v2/pages/518 ;
NICE NG59; Verhagen et al., Eur Spine J 2016, https://link.springer.com/article/10.1007/s00586-016-4684-0 ;
iron poisoning https://www.poison.org/articles/2014-jun/iron-poisoning ; hypocalcaemia (Harrison's) and
hypomagnesaemia https://statpearls.com/articlelibrary/viewarticle/23271 ; B12/folate via 111 Wales
http://111.wales.nhs.uk/encyclopaedia/a/article/anaemia,vitaminb12andfolatedeficiency ; IOM DRI 2011
https://ncbi.nlm.nih.gov/books/n/nap13050/ch6 ; crisis pattern list, reference §2.5; Semigran et al.,
BMJ 2015 https://pmc.ncbi.nlm.nih.gov/articles/PMC4496786 (why recall is favoured).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

TIER_ORDER = {"C": 4, "P": 3, "E": 2, "U": 1}


@dataclass(frozen=True)
class Concept:
    """A red-flag concept: its tier (C crisis, P poisoning, E emergency, U urgent), the plain-words label shown to the
    user, its patterns and sources."""
    name: str
    tier: str                                   # "C", "P", "E" or "U"
    label: str                                  # plain words for the notice; describes, never diagnoses
    phrases: tuple[str, ...] = ()
    near: tuple[tuple[str, ...], ...] = ()
    requires: tuple[str, ...] = ()
    unless: str | None = None
    gated: bool = True
    window: int = 6


# --- Shared word classes -----------------------------------------------------------------------------
CANT = (r"(?:cannot|can not|could not|unable to|(?:have |has |had )?not been able to|not able to|no longer able to|"
        r"can barely|can hardly|barely|hardly)")
WHOSE = r"(?:my |his |her |their |the |our )?"
NUMB = (r"(?:no feeling|no longer (?:\w+ )?feel|(?:lost|losing|loss of|no) (?:all |the )?(?:feeling|sensation)|"
        r"(?:do|does|did|have|has|had) not (?:have |got |had )?(?:any |much )?(?:feeling|sensation)|"
        r"numb(?:ness|nes|ed|ing|ish|y)?\b|"
        r"dead feeling|"
        r"gone (?:\w+ ){0,2}dead|tingl\w*|pins and needles|"
        r"(?:altered|strange|different|weird|funny|odd) (?:feeling|sensation)|"
        r"feels? (?:\w+ ){0,2}(?:dead|numb|different|weird|strange|funny|odd)|" + CANT +
        r" (?:really |quite |properly |fully )?feel)")
SADDLE = (r"(?:bum|buttocks?|bottom(?! of)|backside|(?:my|his|her) behind|anus|back passage|rectum|groin|"
          r"crotch|genitals?|genital area|private parts|privates|private area|down there|down below|vagina|"
          r"vulva|labia|penis|testicles?|balls(?! of)|scrotum|perineum|taint|inner thighs?|"
          r"insides? of (?:my |his |her |the |both )?thighs|saddle|"
          r"where (?:i|you) sit|(?:bit|part) (?:i|you) sit on|between (?:my|his|her|the) legs|nether regions|"
          r"lady parts|front bottom)")
PEE = r"(?:pee|peeing|peed|wee|urinate|urinating|urination|urine|piss|pissing|pass water|passing water)"
POO = r"(?:poo|pooing|pooed|stool|bowels?|faeces|back passage)"
BACK_PAIN = (r"(?:backache|back ?pain|(?:my|his|her|lower|upper|middle|mid) back|the back(?! of)|back (?:is|has|"
             r"hurts?|hurting|aches?|aching|killing|agony|sore|went|gone|spasms?|problems?|injury|been|throbb\w*)|"
             r"backs (?:been|is|has|hurt\w*|killing|agony|gone|went)|spine|spinal|backbone|tailbone|coccyx|lumbar|"
             r"vertebra\w*|sciatica|(?:slipped|herniated|bulging|prolapsed) disc|kidney pain|loin pain|flank pain|"
             r"(?:my|his|her) discs?|disc (?:thing|problems?|issues?|injury|"
             r"prolapse|bulge|flared?))")
BLOOD = r"(?:blood(?! tests?| pressure| sugar| results?| levels?| work| counts?| cells?| donation| group| type)|bloody)"
DIZZY = r"(?:dizz\w*|faint\w*|light ?headed|passed out|collaps\w*|blacked out|blacking out)"
FALL = (r"(?:fell|fall|fallen|falling|slipped|slip|tripped|tumbled|(?:took|had|taken) (?:a )?tumble|landed|came off|"
        r"come off|thrown off|knocked (?:off|over|down))\b(?! (?:back )?asleep| back to sleep| out(?! of)| off (?:me|"
        r"him|her)| in love| ill| pregnant| apart| behind| for| discs?)")
# A past year or decade ("back in 2015", "in the 70s") makes an injury old; "a total car crash" is a figure of speech.
PAST_YEAR = r"(?:" + "|".join(str(y) for y in range(date.today().year - 1, 1949, -1)) + r"|the (?:19)?[2-9]0s)"
FIGURATIVE = (r"^(?!.*\b(?:rear ended|hit by|collision|whiplash|crashed|was in (?:a|the) (?:car )?(?:crash|accident)))"
              r".*\b(?:total|complete|absolute|utter|proper|bit of a|slow motion) car crash")
OLD_INJURY = (FIGURATIVE + r"|(?:back |way back )?in " + PAST_YEAR + r"|last (?:year|summer|winter|spring|autumn|"
              r"month)|(?:years?|months?|decades?) ago|at (?:the age of |age )?(?:1[3-9]|[2-9]\d)\b(?! \d)|(?:\d+|a|"
              r"one|two|three|few|several) (?:years?|months?) (?:ago|back)|as a (?:teenager|teen|kid|child|boy|girl|"
              r"student)|when i was (?:a |younger|little|\d+)|fine (?:for|ever since) (?:\w+ ){0,2}(?:years?|yrs?)")
WET_IDIOM = r"(?:nearly|almost) (?:wet|peed|pissed|weed)|(?:wet|peed|pissed|weed) (?:myself|my pants) laugh\w*"
# Numbness from a hard seat that went away when the writer stood up: not saddle anaesthesia.
PASSED_OFF = (r"(?:went|wore|goes|wears) (?:away|off)(?! (?:and|but) (?:\w+ )?(?:came|come|is|it is) back)|"
              r"as soon as i (?:stood|stand|got|get) up|(?:fine|better|normal|goes|gone|ok|okay) (?:\w+ ){0,2}"
              r"(?:as soon as|when|once|after) i (?:stand|stood|get up|got up|move|moved|walk|walked)\b|"
              r"(?:from )?(?:sitting )?on (?:a |the )?(?:hard|wooden|metal) (?:\w+ )?(?:pews?|chairs?|seats?|benches?|"
              r"stools?|floor|bleachers)|from sitting on (?:a |the )?(?:hard|wooden|metal)")
# Soreness or tired legs after exercise: delayed onset muscle soreness (DOMS) peaks one to two days after
# unaccustomed exercise (NHS "Why do I feel pain after exercise?", nhs.uk/live-well/exercise).
EXERCISE = (r"after (?:the |a |my )?(?:\w+ ){0,2}(?:gym|leg day|exercise|exercising|workout|training|run|running|"
            r"squats|class|spin|5k|10k|marathon|half marathon|parkrun|race|hike|bike ride|football|rugby|match|"
            r"session)|leg day|doms|squats|deadlifts|parkrun")
CHILD = (r"(?:child|children|kid|kids|toddler|baby|babies|infant|son|daughter|grandson|granddaughter|grandchild|"
         r"nephew|niece|little one|little boy|little girl|boy|girl|\d+ ?(?:year|yr|month)s? old|\d+ ?(?:yo|yrs?)\b)")
PILLS = (r"(?:tablets?|pills?|vitamins?|gummies|gummy|supplements?|capsules?|multivitamins?|"
         r"(?:my|his|her|mums?|mom|dads?|nans?|grans?) iron|iron (?:tablets?|pills?|supplements?|drops)|ferrous|"
         r"bottle|packet|blister)")

# Fragile bones or older age, for minor trauma (reference §2.2).
FRAGILE = (r"osteopor\w*|osteopenia|brittle bones|thin bones|bone thinning|(?:long term|years on|on|taking) (?:\w+ )?"
           r"steroids|prednisolone|prednisone|(?:i am|he is|she is|aged|age|mum is|dad is) (?:[7-9]\d|1[01]\d)\b|"
           r"(?:[7-9]\d|1[01]\d) ?(?:years? old|yrs? old|yo)\b|"
           r"(?:in|into) (?:my|his|her) (?:seventies|eighties|nineties)|elderly")
# The writer says bladder or bowels work as usual ("i can pee and poo normally"): not a pelvic symptom. Only
# the proximity and safety-net concepts use it; an explicit sign ("wet myself") still fires.
NORMAL_FUNCTION = (r"(?:can|could|able to) (?:\w+ ){0,3}(?:normal\w*|fine|ok|okay|as usual|no problem)|"
                   r"(?:bladder|bowels?|peeing|pooing|waterworks|toilet) (?:\w+ ){0,3}(?:normal\w*|fine|ok|okay)\b")

BACK_PAIN_CONCEPTS: tuple[Concept, ...] = (
    # --- E: back pain (reference §2.2) ---
    Concept("saddle_numbness", "E", "numbness around the bottom, groin or genitals", unless=PASSED_OFF, near=(
        (NUMB, SADDLE), (r"wip(?:e|es|ing|ed)", NUMB),
        # Told as a sensation (CES patient cards: "like someone else's bottom", "numb like at the dentist").
        (r"wip(?:e|es|ing|ed)", r"(?:someone|somebody) else\w*|not (?:my own|mine)"),
        (SADDLE, r"dentist\w*|(?:local )?an(?:a)?esthetic|novocaine|rubbery|like rubber|cotton wool"),
    ), window=8, phrases=(
        CANT + r" (?:really )?feel (?:the )?(?:toilet paper|tissue|loo roll|paper|seat|chair|toilet seat|saddle)",
    )),
    # Numb on the toilet is in the NHS list; legs "going to sleep" after sitting there too long is not.
    Concept("saddle_numbness", "E", "numbness around the bottom, groin or genitals", window=6,
            near=((NUMB, r"(?:toilet|loo)"),), unless=r"too long|for (?:a )?long|for ages|long time"),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", window=8, phrases=(
        CANT + r" (?:\w+ ){0,2}(?:pee|wee|urinate|piss|pass water|pass urine|empty " + WHOSE + r"bladder)\b|" + CANT
        + r" (?:seem to |manage to )?(?:start|get) (?:peeing|urinating)\b",   # session 22: hesitancy
        r"dribbl\w* (?:\w+ )?(?:wee|pee|urine)",
        r"(?:trouble|difficulty|difficult|problems?|struggling|struggle|hard|hesitancy) (?:\w+ ){0,2}" + PEE,
        # Hesitancy told as effort or time (Northern Trust: "find it hard to start peeing").
        r"(?:strain\w*|push\w*|forc\w*) (?:\w+ ){0,2}to (?:start |get (?:the |any |a )?)?" + PEE,
        r"(?:takes?|took|taking) (?:me |him |her )?(?:ages|forever|a long time|minutes) (?:\w+ ){0,2}(?:to )?"
        r"(?:start )?(?:peeing|weeing|pee|wee)\b",
        # Lost sensation of passing anything ("can't tell if anything is coming out").
        CANT + r" (?:feel|tell|sense|know) (?:if|whether|when|that) (?:\w+ ){0,3}(?:coming|come|comes|came|is) out",
        r"no (?:urge|need|sensation|feeling) (?:to |of )?(?:pee|wee|urinate|piss|go)\b",
        # Retention told as time without passing water ("haven't peed since last night").
        r"\bnot (?:\w+ ){0,2}(?:peed|weed|urinated|pissed|passed (?:any )?(?:water|urine)|been for a "
        r"(?:pee|wee)|had a (?:pee|wee)) (?:\w+ ){0,2}(?:since|for|in|all)\b",
        r"\bnot (?:\w+ )?(?:needed|had the urge|felt the (?:need|urge)) to (?:pee|wee|urinate) (?:since|for|all)\b"
        r"(?!(?: \w+){0,3} night)",   # session 17: no urge at all for a day is retention (NHS cauda equina)
        r"(?:do|does|did) not know when " + WHOSE + r"bladder is full",
        r"leak\w* (?:\w+ ){0,2}(?:urine|pee|wee)|(?:urine|pee|wee) (?:\w+ )?leak\w*|incontinen\w*",
        r"(?:lost|losing|lose|loss of|no|not in|cannot|can not) control (?:of |over )?(?:\w+ ){0,4}"
        r"(?:bladder|pee|wee|urine|waterworks)",
        r"bladder (?:\w+ ){0,4}(?:stopped working|not working|packed up|numb|not emptying|not empty|will not empty|"
        r"does not empty|never empty)",
        CANT + r" (?:feel|tell) (?:myself |when i am |if i am )?(?:\w+ )?(?:peeing|urinating|pissing|weeing)",
        CANT + r" (?:feel|tell) (?:if|whether|when) (?:i am |i was |i have |he is |she is )?(?:going|peeing|weeing|"
        r"urinating|finished|done)\b",
        r"(?:cannot|can not) stop (?:peeing|weeing|urinating|pissing)|(?:urinary|urine) retention",
        r"accidents? (?:\w+ ){0,3}(?:bladder|wee|pee|urine)|(?:bladder|wee|pee) accidents?",
        r"(?:urine|pee|wee) (?:\w+ ){0,3}(?:comes|came|coming|leaks|leaked|dribbles|escapes) out|"
        r"(?:urine|pee|wee|peeing|weeing) (?:\w+ ){0,4}without (?:me )?(?:knowing|noticing|realising|feeling)",
    ), near=(
        (r"(?:pee|wee|urinate)", r"nothing (?:comes|came|coming) out|(?:cannot|can not) go"),
    )),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", window=8, unless=NORMAL_FUNCTION,
            near=((NUMB, r"(?:pee|peeing|wee|weeing|urinate|urinating|urine|piss|pissing)"),)),
    # "Nearly wet myself laughing" is an idiom; wetting oneself otherwise is a red flag.
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", unless=WET_IDIOM, phrases=(
        r"(?:wet|wetting|peed|pissed|peeing|pissing|pee|wee|piss) (?:myself|himself|herself|themselves|my pants|"
        r"my trousers|my knickers)",)),
    Concept("bladder_problem", "E", "new problems peeing or controlling your bladder", requires=(BACK_PAIN,),
            phrases=(r"wet (?:the|my) bed|bed ?wetting|(?:bed|sheets?|mattress) (?:was|were|is|are|had been|has been) "
                     r"(?:all |soaking |soaked |completely )?(?:wet|soaked|damp)|woke (?:up )?(?:in|to) (?:a )?"
                     r"(?:wet|soaked|soaking) (?:bed|sheets)",)),
    Concept("bowel_problem", "E", "loss of bowel control", phrases=(
        r"(?:pooed|soiled|shat|shit|messed|dirtied) (?:myself|himself|herself|themselves|my pants|my trousers)",
        r"(?:lost|losing|lose|loss of|no|not in|cannot|can not) control (?:of |over )?(?:\w+ ){0,4}" + POO,
        r"leak\w* (?:\w+ ){0,2}(?:poo|stool|faeces)|(?:poo|stool) (?:\w+ )?leak\w*|faecal incontinence",
        r"(?:cannot|can not) (?:feel|tell) (?:myself |when )?(?:\w+ ){0,3}(?:poo|pooing|bowels?)\b",
        r"accidents? in (?:my|his|her) (?:pants|trousers|underwear|knickers)",
    )),
    Concept("sexual_dysfunction", "E", "new problems with sexual function", phrases=(
        r"(?:cannot|can not) (?:get|keep|maintain) (?:an |a )?(?:erection|hard on|it up)|(?:cannot|can not) ejaculate",
        r"(?:numb|no feeling|cannot feel anything) (?:\w+ ){0,2}(?:during|in|when having) sex",
    )),
    # Symptoms named with both legs: `lexicon_told.BOTH_LEGS` (soreness after exercise set aside there).
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse", phrases=(
        r"legs? (?:\w+ ){0,2}(?:giving|gave|give|given|gives|going|went|buckl\w*) (?:way|out|under)",
        r"legs? (?:\w+ ){0,2}(?:went|gone|going|go|gave|giving) (?:from )?(?:under|"
        r"beneath) (?:me|him|her)|legs? (?:just )?collapsed",
        r"(?:foot|feet) (?:\w+ ){0,2}(?:slaps?|slapping|flops?|flopping|catch\w*|drags?|dragging)|keep (?:tripping|"
        r"stumbling|falling over)",
        CANT + r" (?:lift|raise|move|bend) (?:my |his |her )?(?:left |right |one |either |bad )?(?:foot|feet|toes|leg|"
        r"legs|ankle)",
        # Progressive weakness told as then and now ("last week I could walk to the shops, now I can barely...").
        r"(?:could|was able to|used to be able to) (?:\w+ ){0,6}(?:now|today) (?:i |he |she )?(?:\w+ )?" + CANT +
        r" (?:walk|lift|stand|climb|get up|move|manage)",
        r"foot drop|drop foot|dropped foot|(?:dragging|drags|drag) (?:my |his |her )?(?:left |right )?"
        r"(?:foot|feet|leg)",
        r"legs? (?:will not|do not|does not|would not) (?:do what|work|move|hold|support)|legs? "
        r"(?:\w+ ){0,2}" + CANT + r" (?:hold|support|carry) (?:me|him|her)",
        r"(?:weak\w*|numb\w*) (?:\w+ ){0,4}(?:getting|gets|got|becoming|spreading) (?:worse|weaker|higher|up)",
        r"(?:legs?|feet|foot) (?:\w+ ){0,3}(?:getting|got|becoming|gets) (?:weaker|worse|number|more numb|heavier)",
        r"sciatica (?:\w+ ){0,5}(?:both sides|both legs|other side|other leg|each side|each leg)|(?:both sides|both "
        r"legs) (?:\w+ ){0,3}sciatica|(?:spread\w*|moved|gone|going|jumped|crossed|started) (?:over )?(?:\w+ )?(?:to|"
        r"into|down|in) (?:the |my )?other leg|(?:sciatica|leg pain|nerve pain)(?: \w+){0,10} (?:the )?other "
        r"(?:side|leg)",
        r"weaker and weaker|weaker (?:every|each) day|" + CANT + r" (?:feel|move) (?:my |his |her |"
        r"either |both )?(?:legs|leg|feet)",
    )),
    # Jelly legs or "can barely walk" after the gym is tiredness or DOMS; otherwise it is legs giving way.
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            unless=EXERCISE, phrases=(r"(?:jelly|wobbly) legs|legs? (?:\w+ ){0,2}like jelly", CANT + r" walk")),
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            window=12, near=((NUMB + r"|weak\w*", r"(?:going|spreading|moving|creeping|travel\w*) (?:up|into|to|down) "
                                                  r"(?:both|my|his|her) (?:legs|thighs)"),)),
    Concept("significant_trauma", "E", "a fall, accident or injury", unless=OLD_INJURY, near=(
        (FALL, r"(?:ladders?|roof|stairs|steps|staircase|horse|heights?|scaffold\w*|trees?|walls?|bike|bicycle|"
               r"motorbike|trampoline|balcony|building|loft|out of bed)"),
    ), window=5, phrases=(
        r"(?:car|road|traffic|motorbike|motorcycle|bike|cycling|bicycle|scooter|skiing|rugby|riding|work|sports?) "
        r"(?:crash|accident|collision|smash|pile up|wreck)|\brta\b|\brtc\b|whiplash|rear ended",
        r"(?:hit|knocked down|knocked over|run over|struck) by (?:a |an )?(?:car|bus|van|truck|lorry|bike|cyclist|"
        r"motorbike|vehicle|taxi)|crash\w* (?:my |his |her |the |a |into )(?:\w+ )?(?:car|bike|motorbike|van)",
        r"(?:was|were|been|got|had|have had|after) (?:in |involved in )?(?:an? )?(?:\w+ )?(?:accident|crash|"
        r"collision|pile up)",
    )),
    # Legs that feel not one's own, or heavy as lead (altered sensation and weakness in both legs), not after exercise.
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            unless=EXERCISE, phrases=(
        r"(?:legs|feet|both (?:my |his |her )?(?:legs|feet)) (?:\w+ ){0,4}(?:belong to (?:someone|somebody) else|"
        r"(?:are|is) not (?:my own|mine|part of me)|(?:heavy )?(?:as|like) lead|made of (?:lead|concrete|stone|wood)|"
        r"like (?:dead )?weights?)",)),
    # A minor fall with fragile bones: osteoporosis, long-term steroids or older age (NICE CKS "Back pain - low
    # (without radiculopathy)": suspect a spinal fracture after minor trauma in people with osteoporosis or on
    # corticosteroids; G-care fracture flags; reference §2.2 "minor trauma + (osteoporosis, steroids, over 70)").
    Concept("significant_trauma", "E", "a fall, accident or injury", unless=OLD_INJURY,
            phrases=(FALL,), requires=(BACK_PAIN, FRAGILE)),
    Concept("significant_trauma", "E", "a fall, accident or injury", window=12, unless=OLD_INJURY,
            near=((FALL, CANT + r" (?:stand|get up|walk|move)"),)),   # a fall with back pain: lexicon_falls
    Concept("chest_pain", "E", "chest pain, or a tearing or throbbing pain", window=5, near=(
        (r"chest", r"(?:pain|hurts?|hurting|ache|aching|agony|tight\w*|pressure|heavy|heaviness)"),
    ), phrases=(
        r"(?:crushing|squeezing) (?:pain|feeling|sensation)",
        r"(?:weight|elephant|something (?:heavy )?sitting|pressure|band|vice) (?:\w+ ){0,3}(?:on|across|around) "
        r"(?:my |his |her )?chest",
        r"(?:pain|ache|tingl\w*|numb\w*) (?:\w+ ){0,6}(?:spreading|spreads|spread|going|goes|radiating|radiates|"
        r"shooting|moving) (?:\w+ ){0,4}(?:left arm|jaw)",
        r"(?:tearing|ripping) (?:pain|feeling|sensation)|like (?:\w+ ){0,3}(?:tearing|ripping)\b",
    )),  # a throbbing or pulsing tummy: bot.safety.lexicon_acute
)
