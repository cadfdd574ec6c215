"""A passing symptom told as over: a fever that has cleared, numbness from a saddle or a seat that came back to
normal. Not a red flag now, so the concept is dropped (round twelve's near misses: "had a cold with a temperature
last week, that's all cleared and I feel normal now", "my bum went a bit numb on a 100-mile bike ride but was back
to normal within an hour of getting off").

Only two concepts, each with its own rule, and the message must tell the symptom *and then* its end; a word that
keeps it going ("still numb", "the fever's back", "hasn't come back", "again", "worse") keeps the flag, as does any
other red flag of the message (the concepts are judged one by one):

- fever with back pain (NHS "Back pain": see a GP urgently with back pain and a very high temperature; the flag is
  a fever *now*): a fever, temperature, chills or sweats followed within a few words by cleared, gone, settled,
  broke, resolved, back to normal, "fine / normal since", "all better", "fully recovered";
- numbness around the bottom or groin (cauda equina, NHS "Cauda equina syndrome": numbness that is there and
  does not go) told with a seat or saddle that pressed on it (a bike ride, a long drive, a flight, a hard bench,
  kneeling) and then its end: back to normal, the feeling came back, wore off, went away, came right, "fine as soon
  as I got off". Numbness from pressure on the perineum on a saddle is common and passes (Leibovitch and Mor,
  "The vicious cycling: bicycling related urogenital disorders", Eur Urol 2005;47:277-87); without the seat or
  saddle, the flag stays (`PASSED_OFF` of `bot.safety.lexicon` covers standing up from a hard chair).

Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_OVER = (r"(?:(?:all |completely |fully |totally |long )?(?:cleared(?: up)?|gone(?: away)?|went away|goes away|go "
         r"away|settled(?: down)?|resolved|passed|wore off|worn off|wears off|vanished|disappeared|broke|came right|"
         r"come right)|back to normal|(?:fine|normal|ok|okay|better) (?:again|now|since)|all better|better now|"
         r"(?:fully |completely )?recovered|(?:feeling|sensation) (?:\w+ )?(?:came|come|comes|has come) back|"
         r"(?:feeling|sensation) (?:\w+ )?returned|(?:it|that) came back (?:after|within)|(?:fine|ok|okay|normal) "
         r"(?:\w+ )?(?:as soon as|once|when|after) (?:i|he|she) (?:got|get|stood|stand|walked|walk)\w*|"
         # Session 14: treated and over ("antibiotics sorted it and I've been well since").
         r"(?:sorted|cleared|fixed|cured|knocked) (?:it|that|them) (?:out|up )?(?:\w+ ){0,4}(?:well|fine|healthy|"
         r"ok|okay|normal) (?:ever )?since|(?:been|felt|feeling|keeping) (?:\w+ )?(?:well|healthy) (?:ever )?since|"
         # Session 20: "it went within an hour": intransitive "go", to cease (OED "go" v., of a pain or sensation).
         r"(?:it|that|this|they|the numbness|the feeling) went (?=within|after|in an|in a|by|once|as soon as|when|"
         r"overnight|on its own|of its own))")
_FEVER = (r"(?:fever\w*|temperature|temp|high temp|chills|shivers|shivering|shivery|hot and cold|sweats|burning "
          r"up|rigou?rs)")
_NUMB = r"(?:numb\w*|tingl\w*|pins and needles|(?:could not|cannot|can not) feel|dead)"
_SEAT = (r"(?:bike|cycle|cycling|cycled|ride|riding|rode|saddle|spin|sportive|rowing|horse|motorbike|drive|driving|"
         r"drove|flight|plane|train|sitting|sat|seat|chair|bench|stool|meeting|kneeling|knelt|squatting)")
# Round fourteen: both legs aching after a long effort and walking fine now (delayed-onset muscle soreness; NHS
# "Back pain": weakness in both legs is the flag, not stiffness after a hike), and blood in the stool or urine that
# turned out to be food or iron tablets (beetroot colours urine and stool red, beeturia; iron tablets turn the
# stool black: NHS "Ferrous sulfate", side effects).
_EXERTION = (r"(?:hike|hiking|hiked|walk|walking|run|running|ran|marathon|race|ride|cycl\w*|gym|workout|training|"
             r"match|game|football|rugby|squats|leg day|climb\w*|dancing|gardening|\d+ ?(?:km|k|miles?))")
_WALKING_FINE = (r"(?:walking|walk|walked|moving|getting about|getting around) (?:\w+ )?(?:fine|normally|ok|okay|"
                 r"without (?:any )?(?:trouble|problem|difficulty))")
_EXPLAINED = (r"(?:turned out|turns out|it was|was just|was only|were just|it is|was from|was down to|caused by|due to)"
              r" (?:to be )?(?:\w+ ){0,3}(?:beetroot|beets|food colou?ring|red food|dye|iron tablets|iron|ferrous|"
              r"blackberries|blueberries|liquorice|red velvet|red wine|tomato\w*)\b")
# Round thirty-eight: a bike at walking pace or standing still is the flat fall, not a road accident.
_SLOW = r"at (?:a )?(?:walking (?:pace|speed)|a crawl|snail s pace|a standstill|slow speed)"
# Round fifteen: a slip or trip on the flat, landing on the bottom, in a younger adult who walks fine (NICE CKS "Back
# pain - low": significant trauma is a fall from a height or a road accident; minor trauma counts only with
# osteoporosis, steroids or age over 70, which keep the flag here).
_FLAT_FALL = (r"(?:(?:slipped|slip|tripped|trip|fell|fall) (?:\w+ ){0,3}(?:on|over) (?:the |some |a )?(?:\w+ )?(?:ice|"
              r"floor|pavement|path|grass|mud|kerb|rug|carpet|tiles|leaves)|landed (?:\w+ )?on (?:my |his |her )?"
              r"(?:bum|backside|bottom|behind|tailbone|coccyx)|"
              # Round twenty-seven: a fall in a game on the flat ("fell over at netball"), the same kind of fall.
              r"(?:fell|fall|tripped|slipped|went down) (?:over )?(?:at|during|playing|in) (?:a |the |my )?(?:netball|"
              r"football|soccer|rugby|hockey|basketball|tennis|squash|badminton|training|practice|match|game|pe|five "
              r"a side|parkrun)|(?:fell|fall|toppled|came) (?:\w+ ){0,4}" + _SLOW + r")")
_TRAUMA_ONGOING = (r"\b(?:ladders?|roof|stairs|steps|height|metres?|meters?|feet|ft|car|bike(?! " + _SLOW + r")|horse|"
                   r"osteopor\w*|"
                   r"osteopenia|steroids?|prednisolone|[7-9]\d|1[01]\d|cannot|can not|could not|unable|worse|weak\w*|"
                   r"bladder|bowels?|(?<!no )numb\w*|(?<!no )tingl\w*|head)\b")
# Round twenty: an injury told with its end in days or weeks ("bruised my bum, fine within a week"), soreness or
# heaviness explained by an effort the day before (delayed-onset muscle soreness, NHS "Why do I feel pain after
# exercise?"), and one skipped beat after coffee that never came back (NHS "Heart palpitations": often harmless,
# set off by caffeine; see a GP when they last long, keep coming back or get worse).
_WITHIN = (r"(?:fine|better|healed|ok|okay|normal|gone|cleared up|back to normal|right as rain) (?:again )?(?:within|"
           r"after|in) (?:a|one|two|three|four|\d+|a few|a couple of) (?:days?|weeks?)")
# Round twenty-seven: the back told as unhurt ("grazed my knee, back was fine").
_BACK_FINE = (r"(?:my )?back (?:was|is|felt|feels|seemed|seems) (?:\w+ )?(?:fine|ok|okay|alright|all right|unhurt|not "
              r"hurt)\b")
# Round thirty-eight: unhurt after it ("got up laughing, no pain anywhere now"; NICE CKS "Back pain - low").
_UNHURT = (r"no pain (?:anywhere|at all)|(?:was not|am not|not|never) (?:\w+ )?hurt\b|unhurt|not a (?:scratch|mark)|"
           r"got (?:straight )?(?:back )?up (?:\w+ )?laughing")
# Session 17: legs unsteady the night before and put down to drink ("a bit wobbly after the party, but that was the
# wine"): alcohol makes walking unsteady (NHS "Alcohol misuse": loss of coordination); weakness now keeps the flag.
_DRINK = r"(?:whisky|whiskey|drink|drinking|alcohol|booze|beer|wine|vodka|gin|rum|pints|cocktails|hangover)"
_DRINK_EXPLAINED = (r"(?:that|it|this) (?:was|is) (?:just |only |probably |definitely )?(?:the |from the |down to "
                    r"the )?" + _DRINK)
_SORE_AFTER = (r"(?:heavy|achy|aching|ache|sore|stiff|tired|knackered|dead)(?: \w+){0,4} (?:after|from|since) (?:\w+ )"
               r"{0,2}" + _EXERTION + r"|\bdoms\b")
_ONCE = (r"(?:once|one time|a single time|just the once|one beat|a beat)\b(?: \w+){0,12} (?:never|not|has not|have "
         r"not|did not) (?:\w+ )?(?:happened|come back|came back|had it|felt it|returned)(?: \w+)? (?:again|since)|"
         r"(?:once|one time|just the once)\b(?: \w+){0,8} (?:nothing|none|not once|no more) (?:\w+ )?since\b")
# Session 14: back pain at night put down to the bed and gone on another one ("pretty sure it's my mattress, slept in
# a hotel all week with zero pain"): pain that changes with where one lies is mechanical; the red flag is night pain
# that no position or rest eases (NICE CKS "Back pain - low (without radiculopathy)": non-mechanical pain; NHS "Back
# pain": "worse at night" with other signs).
_BED = r"(?:mattress|bed|pillow|sleeping position|the way i sleep|sofa bed|camp bed|futon)"
_PAIN_FREE = (r"(?:zero|no|not any|not a bit of|without (?:any )?)(?: \w+)? (?:pain|ache|aches|backache|trouble|"
              r"problems?|stiffness)|pain ?free|(?:slept|sleeping|woke up|waking up) (?:\w+ ){0,5}(?:fine|great|"
              r"perfectly|like a (?:baby|log)|without (?:any )?(?:pain|trouble))")
_NIGHT_ONGOING = (r"\b(?:still (?:\w+ ){0,2}(?:sore|hurts|pain|aches|wakes)|worse|wors\w*|constant\w*|all the time|"
                  r"(?:every|any) (?:bed|position|where)|whatever (?:position|bed)|fever\w*|sweats|weight|numb\w*|"
                  r"weak\w*|cancer|bladder|bowels?)\b")

# Session 17: a small leak when coughing, sneezing, laughing or jumping, told as years old or named by a clinician as
# stress incontinence: that is the common kind (NHS "Urinary incontinence": stress incontinence, pee leaking when the
# bladder is under pressure; pelvic floor exercises first), not the new loss of control of cauda equina (NHS "Cauda
# equina syndrome"). A leak not felt, new, sudden or worse, or any other bladder or saddle sign keeps the flag.
_PRESSURE_LEAK = (r"(?:leak\w*|dribbl\w*|wet myself|wee a bit|pee a bit) (?:\w+ ){0,4}(?:when|if|whenever|as) (?:i |"
                  r"he |she )?(?:\w+ )?(?:sneez|cough|laugh|jump|skip|lift|trampolin)\w*|stress incontinence")
_LONG_STANDING = (r"(?:for|over) (?:\w+ )?(?:years|ages|decades|a long time)|years (?:now|ago)|since (?:having|i had|"
                  r"the birth|childbirth|my (?:kids|children|son|daughter|babies|pregnancy|menopause))|"
                  r"stress incontinence|pelvic floor")
_LEAK_ONGOING = (r"\b(?:new|newly|suddenly|sudden|worse|wors\w*|(?:cannot|can not|do not|does not|not) (?:\w+ )?"
                 r"(?:feel|tell|pee|wee|stop|empty)|numb\w*|tingl\w*|without (?:knowing|noticing|feeling)|saddle|bum|"
                 r"groin|bowels?|poo\w*|retention|since (?:\w+ ){0,3}(?:fall|injury|accident|back went|back pain "
                 r"started))\b")

# Words that keep a symptom going (checked over the whole message).
_ONGOING = {
    "fever_with_back_pain": (r"\b(?:still (?:\w+ ){0,2}" + _FEVER + r"|" + _FEVER + r" (?:\w+ ){0,3}(?:is |has |has "
                             r"come |came |keeps coming |keeps )?back\b(?! to normal| (?:pain|ache|aches|aching|hurts?|"
                             # Round twenty-eight: "back's been achy" (folded "back been") is the back, not the fever.
                             r"hurting|problems?|spasms?|injury|issues|been|has been|feels|felt)\b)|"
                             r"(?:not|never) (?:\w+ )?"
                             r"(?:gone|cleared|settled|broke|resolved|recovered|back to normal)|worse|"
                             r"(?:now|today) (?:\w+ ){0,2}" + _FEVER + r"|" + _FEVER + r" (?:\w+ ){0,3}again)\b"),
    "saddle_numbness": (r"\b(?:still (?:\w+ ){0,2}" + _NUMB + r"|(?:not|never) (?:\w+ )?(?:gone|come back|came back|"
                        r"returned|worn off|wore off|back to normal)|numbness (?:\w+ )?(?:is |has |has come |came )?"
                        r"back\b|" + _NUMB + r" (?:\w+ ){0,3}(?:again|since)|worse|spreading|"
                        # Session 20: over, then back ("it went, but it came back today").
                        r"(?:it|numbness|the numbness|but|and) (?:has |have )?(?:came|come|comes|is coming) back "
                        r"(?:today|now|again|this \w+|yesterday|last night|and|since))\b"),
    "leg_weakness_or_numbness": r"\b(?:numb\w*|tingl\w*|weak\w*|pins and needles|giv\w* way|gave way|worse|cannot|"
                                r"can not|could not|bladder|bowels?|wee|pee|toilet|still)\b",
    "rectal_bleeding": r"\b(?:still|again|also|as well|clots?|more blood|worse|not sure)\b",
    "significant_trauma": _TRAUMA_ONGOING,
    "heart_rhythm": (r"\b(?:still|keeps?|often|every|again and again|now|today|chest|faint\w*|dizz\w*|breath\w*|"
                     r"worse)\b"),
    "night_or_rest_pain": _NIGHT_ONGOING,
    "bladder_problem": _LEAK_ONGOING,
    "back_pain_with_pelvic_symptoms": _LEAK_ONGOING,
}
_TOLD_OVER = {
    "fever_with_back_pain": _FEVER + r" (?:\w+ ){0,12}" + _OVER,
    "saddle_numbness": _NUMB + r" (?:\w+ ){0,14}" + _OVER,
    "leg_weakness_or_numbness": _WALKING_FINE + "|" + _SORE_AFTER + "|" + _DRINK_EXPLAINED,
    "rectal_bleeding": r"blood (?:\w+ ){0,10}" + _EXPLAINED,
    "significant_trauma": _WALKING_FINE + "|" + _WITHIN + "|" + _BACK_FINE + "|" + _UNHURT,
    "heart_rhythm": _ONCE,
    "night_or_rest_pain": _PAIN_FREE,
    "bladder_problem": _PRESSURE_LEAK,
    "back_pain_with_pelvic_symptoms": _PRESSURE_LEAK,
}
# What the message must also tell for the end to count: the seat, or the effort.
_NEEDS = {"saddle_numbness": _SEAT, "leg_weakness_or_numbness": _EXERTION + "|" + _DRINK,
          "significant_trauma": _FLAT_FALL,
          "night_or_rest_pain": _BED, "bladder_problem": _LONG_STANDING,
          "back_pain_with_pelvic_symptoms": _LONG_STANDING}

for _told in (_ONGOING, _TOLD_OVER, _NEEDS):   # a minor fall (lexicon_falls, session 18) is told over the same way
    _told["minor_fall"] = _told["significant_trauma"]


@lru_cache(maxsize=1)
def _compiled() -> dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]]:
    return {name: (re.compile(r"\b(?:" + _TOLD_OVER[name] + ")"), re.compile(_ONGOING[name]),
                   re.compile(r"\b" + _NEEDS[name] + r"\b") if name in _NEEDS else None) for name in _TOLD_OVER}


# Session 20: shivering told with the cold that caused it ("got the shivers at the bus stop in the snow") and no fever,
# temperature, sweats or rigors anywhere: shivering is the body's answer to cold (NHS "Hypothermia": shivering is its
# first sign), not the fever flag, whose sign is a high temperature (NHS "Back pain"; NICE CKS "Back pain - low").
_COLD_SHIVERS = re.compile(r"\b(?:shiver\w*|the chills|chilled|teeth chattering) (?:\w+ ){0,8}(?:in|from|out in|at|"
                           r"after) (?:the |a |my )?(?:\w+ ){0,2}(?:snow|cold|freezing|frost|rain|wind|sea|ice|winter|"
                           r"swim|lake|river)\b")
_TRUE_FEVER = re.compile(r"\b(?:fever\w*|temperature|temp|sweats|sweating|rigou?rs|hot and cold|burning up|[34]\d "
                         r"(?:point \d )?(?:c|degrees))\b")


def told_over(name: str, folded: str) -> bool:
    """Whether concept `name` is told in `folded` (the matching form) as a passing symptom that is over: only
    "fever_with_back_pain", "saddle_numbness", "leg_weakness_or_numbness" (after an effort, walking fine or sore),
    "rectal_bleeding" (explained by food or iron), "significant_trauma" (a flat fall, walking fine or fine within
    days), "heart_rhythm" (once, never again), "night_or_rest_pain" (put down to the bed, gone on another) and the
    bladder concepts (a pressure leak of years, stress incontinence) can be; shivering from the cold, with no
    fever word, is a fever told away;
    any other name returns False."""
    if name not in _TOLD_OVER:
        return False
    over, ongoing, seat = _compiled()[name]
    if name == "fever_with_back_pain" and _COLD_SHIVERS.search(folded) and not _TRUE_FEVER.search(folded):
        return not ongoing.search(folded)
    return bool(over.search(folded)) and not ongoing.search(folded) and (seat is None or bool(seat.search(folded)))


# Round thirteen: tablets counted after a scare and none gone ("I counted my toddler's vitamin gummies ... none are
# missing — phew"): nothing was swallowed, so not a poisoning. Any sign that some were taken keeps the flag.
_NONE_MISSING = re.compile(
    r"\b(?:none|nothing|no (?:\w+ )?(?:tablets?|pills?|gummies|capsules|sweets|vitamins?))(?: (?:of them|at all))?"
    r"(?: (?:are|is|was|were|seem|seems|seemed|look|looks|looked) (?:to be )?)?(?: \w+)? missing\b|"
    r"\b(?:all|every one) (?:\w+ ){0,3}(?:accounted for|still there)\b")
_SOME_TAKEN = re.compile(
    r"\b(?:(?:ate|eaten|swallowed|chewed|had|took|taken) (?:some|a few|one|two|three|\d+|a couple|several|a handful)|"
    r"(?:some|a few|one|two|\d+) (?:\w+ )?(?:are|is|were|was) missing)\b")


def none_missing(folded: str) -> bool:
    """Whether `folded` (matching form) says the tablets were counted and none are gone, and nothing was taken."""
    return bool(_NONE_MISSING.search(folded)) and not _SOME_TAKEN.search(folded)


# Round sixteen: an overdose told as long past ("My grandad overdosed on vitamin D by accident years ago and ended up
# with kidney stones. What's the safe upper limit?"): the poisoning advice (call now, take the packet) is for tablets
# swallowed recently (NHS "Poisoning"); any word of today keeps the flag.
_LONG_PAST = re.compile(
    r"\b(?:(?:\d+|a few|few|several|many|some|two|three|four|five|ten) )?(?:years|decades) ago\b|\b(?:as a (?:child|"
    r"kid|toddler|baby|teenager)|when (?:i|he|she|they) (?:was|were) (?:little|a child|a kid|a toddler|young|small))\b")
_RECENT = re.compile(
    r"\b(?:today|tonight|just|now|this (?:morning|afternoon|evening)|yesterday|last night|an hour|hours|minutes|"
    r"again|still)\b")


def long_past(folded: str) -> bool:
    """Whether `folded` (matching form) tells tablets swallowed years ago, with no word of today or of it again."""
    return bool(_LONG_PAST.search(folded)) and not _RECENT.search(folded)


# Round twenty-six: both legs named only in a general question, beside the writer's own sciatica told as one-sided
# ("Does sciatica ever go down both legs? Mine has only ever been on the left"). One-sided sciatica is the usual kind;
# both legs are the warning sign (NICE CKS "Sciatica (lumbar radiculopathy)"; NHS "Cauda equina syndrome"), and the
# writer says theirs is not. Both legs named anywhere else in the message keep the flag.
_GENERAL_QUESTION = re.compile(r"^\s*(?:does|do|can|could|is|are|will|would|should|might)\b[^?]*\?\s*$", re.IGNORECASE)
_WRITER = re.compile(r"\b(?:i|i'm|im|my|me|mine)\b", re.IGNORECASE)
_ONE_SIDED = re.compile(r"\b(?:mine|my (?:sciatica|pain|leg pain|symptoms?))\b (?:\w+ ){0,3}only (?:ever )?"
                        r"(?:(?:been|gone|goes|is|was|in|on|down) )*(?:the |my )?(?:left|right|one side|one leg)\b",
                        re.IGNORECASE)
_BOTH = re.compile(r"\b(?:both|legs|bilateral)\b", re.IGNORECASE)


def asked_in_general_only(name: str, text: str) -> bool:
    """Whether "leg_weakness_or_numbness" in `text` (the message as typed) is named only in a general question, with
    the writer's own told as one-sided (see above); any other name returns False."""
    if name != "leg_weakness_or_numbness":
        return False
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    general = [s for s in sentences if _GENERAL_QUESTION.match(s) and not _WRITER.search(s)]
    rest = " ".join(s for s in sentences if s not in general)
    return bool(general) and bool(_ONE_SIDED.search(rest)) and not _BOTH.search(rest)
