"""Red flags found missing in safety round forty-seven (session 28), in the form of `bot.safety.lexicon` (over the
matching form), joined in `triage.CONCEPTS`. Each is a class of signs, not a vignette's words.

- Hit by a vehicle with a word between the article and the vehicle ("got hit by a reversing car", "knocked down by a
  speeding van", "clipped by the delivery lorry"), or a vehicle that reversed, backed or drove into a person ("a van
  backed into him"), tier E: reference §2.2 (significant trauma: "hit by a car"; also minor trauma over 70) and NHS
  "Back pain" (go to A&E after a serious accident). The older phrase allowed only "a / an" before the vehicle, so an
  older man hit by a reversing car in a car park got no notice at all (round 47). Not an injury long ago
  (`lexicon.OLD_INJURY`), not a bump with a trolley or a pram.
- A vehicle that went, skidded, slid or spun off the road or into a tree, a wall, a post or a ditch, or that the driver
  ploughed, smashed or wrapped into one ("skidded on the ice and the car went into a wall", "ploughed the van into a
  lamp post"), tier E: a road crash told without the word crash (reference §2.2, "car
  crash / accident"); the past crash is taken away from the crisis phrases by `crisis_accidents_round47`.
"""

from __future__ import annotations

from bot.safety.lexicon import OLD_INJURY, Concept

_VEHICLE = (r"(?:car|cars|bus|van|truck|lorry|bike|motorbike|motorcycle|scooter|moped|vehicle|taxi|cab|tractor|"
            r"4x4|suv|jeep|pick ?up|ute|minibus|coach|tram)")
_TRAUMA = "a fall, accident or injury"

ROUND47_CONCEPTS: tuple[Concept, ...] = (
    Concept("significant_trauma", "E", _TRAUMA, unless=OLD_INJURY, phrases=(
        r"(?:hit|knocked down|knocked over|knocked off (?:my|his|her) (?:bike|feet)|run over|ran over|struck|clipped|"
        r"hit and run|mown down|bowled over) by (?:a |an |the |some |this |that |his |her |their |my )?(?:\w+ ){0,3}"
        + _VEHICLE,
        r"(?:a|an|the|some) (?:\w+ ){0,2}" + _VEHICLE + r" (?:\w+ )?(?:reversed|backed|drove|ran|ploughed|plowed|"
        r"crashed|smashed|went) (?:straight |right )?(?:into|over) (?:me|him|her|them|us|my|his|her|our)\b",
        r"(?:my|his|her|our|the) (?:\w+ )?" + _VEHICLE + r" (?:\w+ ){0,2}(?:went|skidded|slid|spun|veered|flipped|"
        r"rolled|overturned|left the road|came off the road)(?: \w+){0,4} (?:into|off|through|onto|over) (?:a |the |"
        r"an )?(?:\w+ )?(?:tree|wall|lamp ?post|post|fence|ditch|hedge|barrier|bollard|bank|verge|river|lorry|"
        r"truck|van|car|bus)\b|(?:my|his|her|our|the) (?:\w+ )?" + _VEHICLE + r" (?:\w+ ){0,2}(?:went|skidded|slid|"
        r"spun|veered|flipped|rolled) (?:\w+ )?off the road\b",
        r"(?:ploughed|plowed|smashed|wrapped|drove|steered|spun|flipped|rolled|put|wrote off) (?:my|his|her|the|our|"
        r"their) (?:\w+ )?" + _VEHICLE + r" (?:\w+ )?(?:into|round|around|off|through|over) (?:a |the |an )?(?:\w+ )?"
        r"(?:tree|wall|lamp ?post|post|fence|ditch|hedge|barrier|bollard|bank|verge|river|lorry|truck|van|car|bus|"
        r"road)\b",
    )),
)
