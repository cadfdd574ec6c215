"""Red flags and crisis phrases found missing in safety round forty-eight (session 29), in the form of
`bot.safety.lexicon` (over the matching form), joined in `triage.CONCEPTS`. Each is a class of signs, not a vignette's
words.

- (tier C) the British and Irish idioms of killing oneself: "do away with myself / meself" (Collins, OED "do away
  with": to kill; "do away with oneself", to commit suicide) and "top myself" (Collins "top", British slang: to kill;
  "top oneself", to commit suicide), in any tense and with the dropped g ("toppin masel", read "toppin myself" by
  `dialects`). Reference §2.5 ("kill myself"). Not "top myself up" (a phone, a supplement) nor "top myself off", not
  "do away with my brace" (an object other than oneself).
- (tier U) a fever, chills or an infection risk (injecting, immunosuppression, chemotherapy) with pain **between the
  shoulder blades** or at the top of the back, told without the word "back" ("bad pain between my shoulder blades and a
  fever since last night"): reference §2.2 (fever / infection risk with back pain, U; "pain between my shoulder
  blades / top of my back", U); NHS "Back pain" (see a GP urgently with a very high temperature); G-care infection
  flags. The older concept required a back word (`lexicon.BACK_PAIN`), so a person on steroids for lupus with
  thoracic pain and a fever got no notice at all (round 48). The same phrases and exceptions as the back-pain concept
  of `lexicon_urgent`, with the shoulder blades as the site.
"""

from __future__ import annotations

from dataclasses import replace

from bot.safety.lexicon import BACK_PAIN, Concept
from bot.safety.lexicon_urgent import URGENT_BACK_PAIN_CONCEPTS

_CRISIS = "thoughts of suicide or self-harm"
# The thoracic back told by its landmarks (reference §2.2 "pain between my shoulder blades / top of my back").
THORACIC = (r"(?:between|under|beneath|below|around|behind) (?:my|his|her|the|both) (?:\w+ )?shoulder ?blades?|"
            r"(?:top|upper part|top part) of (?:my|his|her|the) (?:spine|back)|thoracic (?:spine|back|pain|"
            r"vertebra\w*)")
_FEVER = next(c for c in URGENT_BACK_PAIN_CONCEPTS if c.name == "fever_with_back_pain" and c.requires == (BACK_PAIN,))

ROUND48_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(
        r"(?:do|doing|did|done) away with (?:myself|meself|my self)",
        r"(?:top|topping|toppin|topped) (?:myself|meself|my self)\b(?! (?:up|off|back up)\b)",
    )),
    replace(_FEVER, requires=(THORACIC,)),
)
