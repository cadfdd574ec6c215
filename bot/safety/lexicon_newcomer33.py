"""Red flags a newcomer found missing (session 33), in the form of `bot.safety.lexicon` (over the matching form),
chained into `lexicon_newcomer32.NEWCOMER32_CONCEPTS` and so into `triage.CONCEPTS`. Each is a word class or a frame,
not the newcomer's sentences; an operator's shingles, gout and chickenpox pages brought them.

- (tier E) a baby or child who is floppy, or drowsy and hard to wake, or will not wake properly: NHS "High
  temperature (fever) in children" and "Sepsis" (call 999 if a child is floppy, drowsy or difficult to wake, or has
  pauses in their breathing); NICE NG143 "Fever in under 5s" (no response to social cues, does not wake or stay awake
  when roused: red features). Someone else only (a person named, or he or she): "I'm hard to wake in the mornings"
  is no flag, nor a lie-in or school mornings.
- (tier U) a baby under 3 months with a high temperature: NHS "High temperature (fever) in children" (ask for an
  urgent GP appointment or call 111 if your baby is under 3 months old and has a temperature of 38C or higher); NICE
  NG143 (age 0-3 months with a temperature of 38C or higher: red). Weeks or days old, one or two months old, or a
  newborn, beside a fever word.
- (tier P) many tablets taken at once, by accident or not said: eight or more, a handful, a whole packet or bottle of
  tablets or pills taken, swallowed or "had": NHS "Overdose" and "Poisoning" (if someone has taken too much of a
  medicine, call 111, or 999 if they are unwell; take the packet). Not a daily or weekly amount ("8 tablets a day",
  "over the week", "as prescribed").
- (tier E) a sudden loss of sight, in one eye or both: NHS "Sudden loss of vision" / "Stroke" (call 999: sudden
  loss of sight or blurred vision can be a stroke, giant cell arteritis or a retinal artery blocked). Not over years,
  not when reading, not glasses.
- (tier U) shingles, or a blistering rash, on the forehead, nose, eyelid or near or in the eye: NHS
  "Shingles" (see a GP urgently or call 111 if the shingles rash is near your eye(s) or your eye is red and painful:
  ophthalmic shingles can damage sight).
- (tier U) a hot, red or swollen joint with a fever or chills: NHS "Septic arthritis" (it needs treating in hospital
  urgently; get urgent help if a joint is suddenly painful, hot and swollen and you have a high temperature); NICE
  CKS "Gout" (septic arthritis must be excluded when a hot joint comes with a fever).
General asking ("can shingles affect the eyes?") stays quiet: the concepts are gated (`lexicon.Concept.gated`).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_newcomer32 import FEVER

# --- E: a child floppy or hard to wake -------------------------------------------------------------------------------
_SOMEONE = (r"(?:(?:my|our|the|his|her|their) (?:\w+ )?(?:baby|babies|child|children|kid|kids|son|daughter|toddler|"
            r"little one|boy|girl|infant|newborn|grandson|granddaughter|husband|wife|partner|dad|mum|mom|father|"
            r"mother|nan|grandma|grandad|grandpa)|he|she|they|hes|shes|baby|toddler|infant|newborn)")
_HARD_TO_WAKE = (r"(?:floppy|limp and (?:\w+ )?(?:sleepy|drowsy|pale|quiet)|(?:hard|difficult|impossible|struggl\w*) "
                 r"to (?:wake|rouse|wake up|keep awake)|(?:will|would|does|did) not (?:\w+ )?"
                 r"(?:wake|wake up|stay awake)(?: properly)?|can not (?:\w+ )?(?:wake|rouse) (?:him|her|them)|"
                 r"not waking (?:up )?properly|"
                 r"(?:keeps|keep) drifting off (?:and|when))")
_ROUTINE = (r"(?:in the mornings?|every morning|for school|alarm|lie in|lazy|at weekends|on weekends|night shifts?|"
            r"after (?:a|his|her|their) (?:nap|late night)|teenager)")

# --- U: a baby under 3 months with a fever ----------------------------------------------------------------------------
_YOUNG_BABY = (r"(?:(?:\d|[1-9]\d|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few) "
               r"(?:days?|weeks?|wks?) old|(?:1|2|one|two|a) months? old|newborn|new born|neonate)")

_HOT = r"(?:feels? (?:really |very |so )?(?:hot|warm)|(?:temp\w*|thermometer) (?:\w+ ){0,2}3[89](?: \d)?\b)"

# --- P: many tablets at once ------------------------------------------------------------------------------------------
_TOOK = r"(?:took|taken|swallowed|had|downed|necked|ate|eaten)"     # done, not "take" (advice given)
_MANY = (r"(?:(?:[89]|[1-9]\d|\d{3})|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|"
         r"a handful of|a whole (?:packet|pack|box|bottle|strip|blister|sheet|tub) of|all (?:of )?(?:my|his|her|the))")
_TABLETS = (r"(?:(?:\w+ ){0,4}(?:tablets?|pills?|capsules?|caplets?|tabs)|(?:of (?:my |his |her |the )?)?"
            r"(?:paracetamol|acetaminophen|tylenol|panadol|ibuprofen|nurofen|advil|aspirin|co ?codamol|"
            r"codeine|tramadol|naproxen))")
_DAILY = (r"(?:a day|per day|each day|every day|daily|for the day|as usual|as normal|like normal|a week|per week|"
          r"each week|over (?:the |a |two |three |several )?"
          r"(?:day|days|week|weeks|month|months)|(?:this|last|a|the) (?:week|month|year|fortnight)|so far|in total|"
          r"altogether|as prescribed|(?:twice|three times|four times)|course)")

# --- E: sudden loss of sight ------------------------------------------------------------------------------------------
_SUDDEN = r"(?:sudden(?:ly)?|all of a sudden|out of nowhere|just now|overnight|this morning|out of the blue)"
_LOST_SIGHT = (r"(?:lost (?:\w+ ){0,2}(?:vision|sight)|loss of (?:\w+ ){0,2}(?:vision|sight)|went blind|gone blind|"
               r"(?:can not|could not|cannot) see (?:out of|with|from) (?:my|his|her|one|the) (?:\w+ )?eye|"
               r"(?:vision|sight) (?:\w+ ){0,2}(?:went|gone|disappeared|blacked out|went black|blanked))")
_NOT_SUDDEN = (r"(?:gradual\w*|over (?:the )?(?:years|months)|slowly|reading|glasses|contact lens\w*|"
               r"after the eye drops)")

# --- U: shingles near the eye -----------------------------------------------------------------------------------------
_SHINGLES = r"(?:shingles|zoster)"
_EYE_AREA = r"(?:eyes?|eyelids?|forehead|tip of (?:my|his|her|the) nose|nose tip)"
_BLISTERS = r"(?:blister\w*(?: \w+){0,2} rash|rash (?:\w+ ){0,5}blister\w*|blisters)"

# --- U: a hot swollen joint with a fever ----------------------------------------------------------------------------
_JOINT = r"(?:joint|toe|knee|ankle|wrist|elbow|hip|finger|thumb|shoulder)s?"
_HOT_JOINT = (r"(?:(?:hot|red|swollen|burning)(?: and (?:red|hot|swollen))* (?:\w+ )?" + _JOINT + r"|" + _JOINT
              + r" (?:is |are |has |have |got |went |gone )?(?:\w+ ){0,2}(?:hot|red hot|swollen|burning))")
_CHILLS = r"(?:chills|shivers|shivering|rigors|shaking)"

NEWCOMER33_CONCEPTS: tuple[Concept, ...] = (
    Concept("child_hard_to_wake", "E", "someone floppy, or drowsy and hard to wake",
            near=((_SOMEONE, _HARD_TO_WAKE),), window=10, unless=_ROUTINE),
    Concept("young_baby_fever", "U", "a baby under 3 months with a high temperature",
            near=((_YOUNG_BABY, FEVER + "|" + _HOT),), window=12),
    Concept("many_tablets", "P", "a lot of tablets taken at once", phrases=(_TOOK + r" " + _MANY + r" " + _TABLETS,),
            unless=_DAILY),
    Concept("sudden_sight_loss", "E", "a sudden loss of sight", near=((_SUDDEN, _LOST_SIGHT),), window=8,
            unless=_NOT_SUDDEN),
    Concept("shingles_near_eye", "U", "shingles near the eye", near=((_SHINGLES, _EYE_AREA),), window=10),
    Concept("shingles_near_eye", "U", "a blistering rash near the eye", near=((_BLISTERS, _EYE_AREA),), window=8),
    Concept("hot_joint_fever", "U", "a hot, swollen joint with a fever", phrases=(_HOT_JOINT,),
            requires=(FEVER + "|" + _CHILLS,)),
)
