"""Red flags and crisis phrases found missing in safety round fifty-two (session 31, its third round), in the form
of `bot.safety.lexicon` (over the matching form), chained into `lexicon_round51.ROUND51_CONCEPTS` and so into
`triage.CONCEPTS`. Each is a kind of phrasing, not a vignette's words.

- (tier C) cutting one's arms, wrists, thighs or legs told as done ("been cuttin me arms again an i cant stop it";
  "me" as "my" in northern English): NHS "Self-harm" (cutting); reference §2.5. Not hair, nails, a finger while
  cooking, or a tag.
- (tier C) fresh cuts seen on someone's arms, thighs or wrists with the explanation disbelieved or hidden ("fresh cuts
  on her thighs … she swears it's from scratching … I know it isn't"): NHS "Self-harm" (signs in someone else:
  unexplained cuts, covering up); the crisis text for helping someone else follows from "her / his".
- (tier C) tablets put by, aside or away in a tin or a drawer with "enough there now" (C-SSRS 6, collected pills;
  988 Lifeline); "put by the kettle" or "enough for two weeks" is not it.
- (tier C) standing at a corridor, ledge, window, balcony or roof thinking of jumping down, off or out (Singaporean
  "HDB corridor"): reference §2.5 ("jump off a building"); the direction is required (not "jumping jacks", "jumping
  ship"), and nothing of a pool, the sea, water, diving or a trampoline in the message.
- (tier C) not planning, intending or expecting to wake up ("not planning on wakin up anyway"): C-SSRS 1.
- (tier C) a gun told as kept near and sat with ("got the rifle in the ute and I've been sittin with it most
  arvos"): NICE NG225 and 988 Lifeline (access to lethal means, firearms); not cleaning, a licence, a range or pests.
- (tier C) no point in something if one is "not going to be around" ("no point fixin my vit d if im not gonna be
  around"): reference §2.5 ("won't be around"); the older form wanted "long enough", "by" or "come".
- (tier U) a first back pain at 50 or over that wakes one at night or is not eased by rest or lying still ("I'm 63,
  never had back trouble in my life, now it wakes me every night"): NICE CKS "Back pain - low" (age over 50, a first
  episode, night pain, pain not relieved by rest: red flags for cancer or infection); `lexicon_round51` had the
  worsening form only. The first episode and the age are both required.
- (tier U) a lump on the spine told as "not there" before, and a back that "looks more hunched" ("hard lump on my
  spine that wasn't there a month ago … my back looks more hunched"): `lexicon_round49.lump_on_back` (same name and
  label) knew "new" and "bent, crooked, curved", and ConText read "wasn't there" as a negation of the lump. NICE CKS
  "Back pain - low" (structural deformity; a mass). Not hunched over a desk, laptop or phone; not a lump a doctor
  confirmed harmless (lipoma, cyst) or one always had.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_newcomer32 import NEWCOMER32_CONCEPTS
from bot.safety.lexicon_newcomer33 import NEWCOMER33_CONCEPTS
from bot.safety.lexicon_newcomer34 import NEWCOMER34_CONCEPTS
from bot.safety.lexicon_round51 import _AGE_50, _FIRST

_CRISIS = "thoughts of suicide or self-harm"
_PART = r"(?:arms?|wrists?|forearms?|thighs?|legs?|stomach|tummy|belly|skin|hips?)"

_CUTTING = (r"\b(?:been |keep |kept |started |start )?(?:cutting|cuttin|slicing|scratching|carving) (?:my|me|myself on "
            r"my|into my) (?:own )?(?:\w+ )?" + _PART + r"\b(?! (?:on|with) (?:a|the) (?:fence|door|bush|brambles?|"
            r"thorns?|shelf|cupboard)\b)")
_OTHERS_CUTS = (r"\b(?:fresh |new |deep |lots of |loads of )?(?:cuts|slashes|scars) (?:\w+ ){0,2}on (?:her|his|their) "
                r"(?:\w+ )?" + _PART + r"\b")
_DISBELIEVED = (r"\b(?:i know it is not|i know it isnt|i do not believe (?:her|him|them)|(?:she|he|they) (?:hides?|hid|"
                r"covers?|covered) (?:them|it)|long sleeves|blood on (?:\w+ ){0,3}(?:sheets|towels?|bed))\b")
_PUT_BY = (r"\b(?:putting|put|set|setting|keeping|kept|stashing|stashed|saving|saved) (?:my |the |all my |all the )?"
           r"(?:tablets|pills|meds|painkillers|sleeping (?:tablets|pills)) (?:by|aside|away)\b(?! (?:the|my) "
           r"(?:kettle|bed|sink|toothbrush)\b)")
_ENOUGH = r"\b(?:there is|there are|i have got|i have|got) enough (?:there |saved |stored |put by )?(?:now|there)\b"
_LEDGE = (r"\b(?:stand|standing|stood|sit|sitting|sat|look|looking|looked|lean|leaning) (?:\w+ ){0,2}(?:at|on|by|"
          r"near|over|out of) (?:the |my |our |a )?(?:\w+ )?(?:corridor|ledge|window|balcony|rooftop|roof|parapet|"
          r"railings?|edge|top floor)s? (?:\w+ ){0,3}(?:think|thinking|thought|wonder|wondering|want|wanting|feel "
          r"like) (?:\w+ ){0,3}(?:jump|jumping|step|stepping|falling) (?:down|off|out)\b")
_WATER = r"\b(?:pool|swim\w*|sea|lake|river|water|trampoline|bungee|parachute|diving|dive)\b"
_NOT_WAKE = (r"\bnot (?:planning|planned|intending|expecting|bothering) (?:on|to) (?:waking|wake) up\b"
             r"(?! (?:early|late|at|before|till|until|for|in time|on time|first|when|with))")
_GUN = (r"\b(?:got|have|kept|keep|took|taken|loaded|holding|hold) (?:the |a |my |dad s |his )?(?:rifle|gun|shotgun|"
        r"pistol|firearm|twelve gauge)\b(?= (?:\w+ ){0,12}(?:sitting|sat|sit) with it\b)")
_NOT_AROUND = (r"\b(?:no point|what is the point|why bother|pointless) (?:\w+ ){0,6}if i am not (?:going to|gonna) "
               r"be (?:around|here|alive)\b")

_NIGHT = (r"\b(?:wakes? me|waking me|woken|wakes me up) (?:up )?(?:\w+ ){0,2}(?:every|at|in the|each|most) night|"
          r"(?:lying still|lying down|rest|resting|keeping still) (?:does not|do not|will not|never) (?:\w+ )?"
          r"(?:ease|help|touch|shift)|no position (?:\w+ ){0,2}(?:eases|helps|is comfortable)\b")
_LUMP_NEW = (r"\b(?:lump|swelling|bump|mass) (?:\w+ ){0,2}on (?:my |the )?(?:spine|backbone|back|vertebra\w*) "
             r"(?:\w+ ){0,2}(?:was not|wasnt|had not been|never used to be) there\b")
_HUNCHED = (r"\b(?:my|his|her) (?:back|spine|posture) (?:\w+ ){0,2}(?:looks?|is|has gone|gone|going|getting|grown) "
            r"(?:\w+ )?(?:more )?(?:hunched|stooped|bent over)\b(?! (?:over|at) (?:my|a|the|his|her) (?:desk|laptop|"
            r"computer|phone|screen|keyboard|work))")
_HARMLESS = r"\b(?:lipoma|cyst|harmless|benign|confirmed|scanned|biopsy|had it for years|always had)\b"

ROUND52_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False,
            phrases=(_CUTTING, _NOT_WAKE, _GUN, _NOT_AROUND)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_LEDGE,), unless=_WATER),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_OTHERS_CUTS,), requires=(_DISBELIEVED,)),
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_PUT_BY,), requires=(_ENOUGH,)),
    Concept("new_back_pain_over_50", "U", "new back pain over the age of 50 that wakes you at night",
            phrases=(_NIGHT,), requires=(_FIRST, _AGE_50)),
    Concept("lump_on_back", "U", "a new lump or swelling on the back or spine", phrases=(_LUMP_NEW, _HUNCHED),
            unless=_HARMLESS),
)

from bot.safety.lexicon_round53 import ROUND53_CONCEPTS  # noqa: E402  (it imports `_FIRST` and `_AGE_50` as this does)
from bot.safety.lexicon_round54 import ROUND54_CONCEPTS  # noqa: E402  (it imports round 53's classes)
from bot.safety.lexicon_round55 import ROUND55_CONCEPTS  # noqa: E402  (it imports round 54's classes)

ROUND52_CONCEPTS += ROUND53_CONCEPTS   # session 32, round 53 (`lexicon_round53`)
ROUND52_CONCEPTS += NEWCOMER32_CONCEPTS   # session 32, a newcomer's findings (`lexicon_newcomer32`)
ROUND52_CONCEPTS += NEWCOMER33_CONCEPTS   # session 33, a newcomer's findings (`lexicon_newcomer33`)
ROUND52_CONCEPTS += NEWCOMER34_CONCEPTS   # session 34, a newcomer's findings (`lexicon_newcomer34`)
ROUND52_CONCEPTS += ROUND54_CONCEPTS   # session 33, round 54 (`lexicon_round54`)
ROUND52_CONCEPTS += ROUND55_CONCEPTS   # session 34, round 55 (`lexicon_round55`)
