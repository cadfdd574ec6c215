"""Red-flag lexicon: a fall in someone with fragile bones who then cannot get up, stand or bear weight, or screams with
pain on trying, told with no back word (safety round forty, session 23: "Mum is 81 and has osteoporosis. She slipped
… and now she screams in pain when she tries to stand up" was answered with no notice, the fall concepts of
`lexicon` and `lexicon_falls` needing the back named). In the form of `bot.safety.lexicon`, over the matching form.

NHS "Falls" (https://www.nhs.uk/conditions/falls/): call 999 if the person who fell cannot get up, is in a lot of pain
or may have broken a bone; NHS "Hip fracture" and NICE CG124 (hip fracture): after a fall, an older person who
cannot stand or bear weight may have a broken hip; NICE CKS "Back pain - low (without radiculopathy)": fragile bones
(osteoporosis, long-term steroids, age 70 and over: `lexicon.FRAGILE`) make even a minor fall a possible fracture.
Tier E, as the fall with fragile bones and back pain already is. Not a fall long ago (`lexicon.OLD_INJURY`), not a
pet's fall (`lexicon_falls`), not a fall after which the person got up and walked (no "cannot" shape then).
"""

from __future__ import annotations

from bot.safety.lexicon import CANT, FALL, FRAGILE, OLD_INJURY, Concept
from bot.safety.lexicon_falls import _PET_FELL

_WHO = r"(?:she|he|i|they|mum|mom|dad|nan|gran)"
_CANT_STAND = (CANT + r" (?:\w+ ){0,2}(?:get up|get (?:herself|himself|myself) up|stand|stand up|bear (?:any )?weight|"
               r"put (?:any )?weight|walk|get off the floor)|(?:(?:screams?|screaming|screamed|cry|cries|crying|cried|"
               r"yells?|"
               r"yelling|shouts?)(?: out)?|in agony|agony|excruciating|in (?:terrible |severe |so much |awful )?pain) "
               r"(?:\w+ ){0,5}"
               r"(?:when|if|as|whenever) " + _WHO + r" (?:\w+ ){0,2}(?:stand|stands|get up|gets up|move|moves|walk|"
               r"walks|put|puts|bear|bears)")

FRAGILE_FALL_CONCEPTS: tuple[Concept, ...] = (
    Concept("significant_trauma", "E", "a fall, accident or injury", window=16, requires=(FRAGILE,),
            unless=OLD_INJURY + "|" + _PET_FELL, near=((FALL, _CANT_STAND),)),
)
