"""Ordinary clauses the learned crisis check misread in safety round forty-seven (session 28), set aside like an idiom
(`semantic.idiom_free`), as `crisis_ordinary_round45` sets aside a worry about taking too much by accident: such a
clause never brings the support line by itself, while a crisis sentence beside it still does. Each is kept for the
check when the rest of it (the fear's own "not wake up" and the knock's own "me" taken out) holds a warning sign of
`crisis_cues` or turns towards a life (`crisis_ordinary._TOWARDS_A_LIFE`: "me", "life", "myself"; and
`crisis_ordinary_procedures._TOWARDS_A_LIFE`: dying, killing, a wish, a hope, a want, "for good").

- Asking whether a fear of not waking up is normal ("is it normal to worry you won't wake up?", 0.86 on the check):
  reassurance sought about the commonest fear before an anaesthetic (Royal College of Anaesthetists "You and your
  anaesthetic"), the opposite of the wish. Session 27's `crisis_ordinary_procedures` set this aside only with the
  operation named in the same clause; a question whether the fear is normal needs no operation named, as the fear is
  the question's object. Only "is it normal / common / silly to worry / be scared ...", never a fear told as a want.
- A knock in a sport or at play told with its agent ("got dumped by a wave and my mate's board clipped me", 0.86):
  a wipeout is being thrown by a wave (Collins "wipe out", surfing; "dumped" by a wave, Australian usage), a ball, a
  bat, a board or a club that hit the writer; not a breakup ("dumped by my boyfriend") and not any hurt one did to
  oneself.
Patterns are over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues import warning_signs
from bot.safety.crisis_ordinary import _TOWARDS_A_LIFE
from bot.safety.crisis_ordinary_procedures import _TOWARDS_A_LIFE as _WISHED_OR_DEATH

_FEAR_NORMAL = re.compile(
    r"^(?:(?:so|and|but|ok|okay|also|honestly) )*(?:is it|it is|is that|is this|would it be) (?:\w+ )?(?:normal|"
    r"common|usual|natural|ok|okay|silly|stupid|weird|daft|irrational) (?:for (?:\w+ ){1,2})?to (?:worry|be (?:so )?"
    r"(?:scared|afraid|frightened|nervous|anxious|worried|terrified)|fear|panic|think) (?:about |of |that )?(?:you|i|"
    r"people|we|one|they|he|she) (?:will not|would not|might not|may not|do not|does not|could not|never) (?:\w+ )?"
    r"wake up\b|^(?:(?:so|and|but|ok|okay|also|honestly) )*(?:is it|it is|is that) (?:\w+ )?(?:normal|common|usual|"
    r"natural|silly) (?:for (?:\w+ ){1,2})?to (?:worry|be (?:scared|afraid|frightened|nervous|anxious|worried)|fear)"
    r" (?:about |of )?not waking up\b")
_WIPEOUT = re.compile(
    r"\b(?:dumped|wiped out|knocked (?:over|down|off)|thrown|flipped|rolled|smashed|pounded|slammed|clobbered|hit|"
    r"whacked|clipped|caught|tumbled) (?:\w+ )?by (?:a |the |an |some |my (?:\w+ )?|his |her )?(?:big |huge |massive "
    r"|rogue |set |hockey |cricket |golf |tennis |\w+ )?(?:wave|waves|surf|shore ?break|dumper|board|surfboard|"
    r"ball|bat|stick|club|racket|racquet|paddle|oar|boom)\b|\b(?:board|surfboard|ball|bat|hockey stick|stick|club|"
    r"racket|racquet|paddle|oar|boom|fin)"
    r" (?:\w+ )?(?:clipped|hit|whacked|smacked|caught|got) (?:me|him|her|my \w+)\b")
_BREAKUP = re.compile(r"\bdumped (?:\w+ )?by (?:my |his |her |a |the )?(?:\w+ )?(?:boyfriend|girlfriend|partner|"
                      r"husband|wife|fiance\w*|ex|date|him|her|them)\b")


def states_an_ordinary_fear_or_knock(folded: str) -> bool:
    """Whether `folded` (one clause, matching form) only asks whether a fear of not waking up is normal, or tells a
    knock from a wave, a board or a ball, holding nothing of a crisis. "is it normal to worry you will not wake up" →
    True; "i worry i will wake up" → False; "got dumped by a wave" → True; "got dumped by my boyfriend" → False."""
    text = folded.strip()
    if not text or _BREAKUP.search(text) or not (_FEAR_NORMAL.search(text) or _WIPEOUT.search(text)):
        return False
    # The fear's own "not wake up" and the knock's own "me" are taken out before the rest is looked at, as
    # `crisis_ordinary_procedures` takes out the time course; any other sign or life-word keeps the clause judged.
    rest = _WIPEOUT.sub(" ", _FEAR_NORMAL.sub(" ", text))
    return not (_TOWARDS_A_LIFE.search(rest) or _WISHED_OR_DEATH.search(rest) or warning_signs(rest))
