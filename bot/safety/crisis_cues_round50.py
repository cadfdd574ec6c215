"""Warning signs found missing in safety round fifty (session 31), for the classes of `bot.safety.crisis_cues` (joined
in `bot.safety.crisis_cues_amounts`, one line). Weak (a crisis only with a second, different class), written as a
frame, not a vignette's words; over the matching form (`bot.safety.matching`).

- MEANS: locked or shut in a room with all of one's own tablets ("locked myself in the bathroom with all my tablets"):
  access to a means and isolation together (C-SSRS 6, preparatory behaviour; NICE NG225, access to means; 988
  Lifeline warning signs: isolating, obtaining means). The writer's own only: someone else's is read by
  `crisis_others` (a draft with "herself" made "she's locked herself in … won't answer me" the writer's own crisis,
  by the "me"). Not locked out; the tablets are "all my / every one of my", never vitamins named alone.
  "I won't be needing it now" was already read (an "ending" of `crisis_cues`); a farewell class for it was tried and
  left out: with that ending it made a crisis of "thanks for the B12 info, I won't be needing it now, my GP sorted it".
"""

from __future__ import annotations

_ROOM = r"(?:bathroom|toilet|loo|bedroom|room|garage|shed|car|flat|attic|loft)"
_OWN_TABLETS = (r"(?:all|every one of|the whole lot of|a bag of|a box of) (?:of )?my (?:\w+ )?"
                r"(?:tablets|pills|meds|medication|medicines|painkillers|sleeping pills|insulin)")

ROUND50 = {
    "means": (r"(?:locked|lock|locking|shut|shutting) myself (?:\w+ )?in (?:the |my |a )?" + _ROOM
              + r" (?:\w+ ){0,3}with " + _OWN_TABLETS + r"\b"),
}
