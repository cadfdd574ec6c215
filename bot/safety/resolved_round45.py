"""Red flags the message itself takes back (safety round forty-five, session 27), judged after the lexicon has
matched, like `bot.safety.resolved_round44` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- A short slip down one to three steps ("slipped on the stairs and bumped down two steps on my bum") by a writer who
  is walking normally, with no age of 50 or more, no osteoporosis or steroids, and no numbness, weakness, bladder,
  bowel or head sign told: minor trauma, which is a red flag only in people over 50 or with osteoporosis or
  steroid use (NICE CKS "Back pain - low (without radiculopathy)": vertebral fracture; the significant trauma of the
  reference is a road collision or a fall from a height). A fall "down the stairs" is never taken back.
- Numbness of the bottom or groin after a ride on a bicycle saddle, told as gone ("felt completely normal again"):
  saddle pressure on the pudendal nerve, transient in cyclists (Leibovitch and Mor, "The vicious cycling: bicycling
  related urogenital disorders", Eur Urol 2005); the emergency is numbness that stays, or comes with bladder, bowel or
  leg signs (NHS "Cauda equina syndrome"). Kept with still, now, since, days, again, or any such sign.
- A sign named only in a question someone asked ("she asked whether I'd noticed any bladder or bowel changes") that
  the writer answers no ("I hadn't, everything's normal"): a question is no finding, and the answer negates it
  (ConText, Harkema et al. 2009: hypothetical mentions; NegEx, Chapman et al. 2001). Kept when the sign is told
  anywhere else in the message.
- Legs named beside numbness or weakness only negated ("nothing going down my legs, no numbness anywhere"): the
  finding words are each negated (NegEx: the matched finding is what is judged, not the body site).
"""

from __future__ import annotations

import re

_STEPS = r"(?:one|a|two|three|a couple of|a few|the last|the bottom|the last two|the last few|\d) (?:steps?|stairs)"
_SHORT_FALL = re.compile(r"\b(?:slipped|slid|slide|sliding|bumped|tripped|fell|skidded|stumbled|missed) (?:\w+ ){0,3}"
                         r"(?:down|on|off) " + _STEPS + r"\b|\b(?:missed|slipped on|tripped on) (?:the |a )?"
                         r"(?:last |bottom )?step\b")
_WALKING_FINE = re.compile(r"\b(?:walking|walk|moving|getting about|getting around) (?:about |around )?"
                           r"(?:normally|fine|ok|okay|normal|as normal|as usual|without (?:any )?(?:problems?|trouble|"
                           r"bother|issues?))\b|\beverything else (?:is |feels |seems )?(?:fine|ok|okay|normal|good)\b")
_AGE = re.compile(r"\b(?:i am|im|aged|age) (\d\d)\b|\b(\d\d) (?:years? old|yo|y o|year old)\b")
_FALL_KEPT = re.compile(r"\b(?:osteopor\w*|osteopenia|brittle|steroids?|prednis\w*|elderly|pensioner|retired|"
                        r"numb\w*|tingl\w*|weak\w*|pins and needles|cannot (?:walk|move|stand|feel|get up)|bladder|"
                        r"bowel|pee\w*|wee\w*|poo\w*|head|neck|unconscious|knocked out|blacked out|ladder|roof|height|"
                        r"car|motorbike|horse|flight of|whole flight|down the stairs|down a flight|fall down)\b")

_RIDE = re.compile(r"\b(?:after|from|during|on|with) (?:a |my |the |an )?(?:\d+ ?(?:mile|miles|km|k) |long |hard |"
                   r"first |bike |cycle |spin |new |sportive )*(?:ride|cycle|bike ride|cycling|spin class|sportive|"
                   r"saddle|bike)\b|\b(?:bike|bicycle|cycling|racing|new) saddle\b")
_OVER = re.compile(r"\b(?:normal again|back to normal|went away|wore off|worn off|feeling came back|fine again|"
                   r"(?:felt|feels|feeling) (?:completely |totally |perfectly |all )?(?:normal|fine))\b")
_RIDE_KEPT = re.compile(r"\b(?:still|now numb|is numb|not gone|not come back|will not go|bladder|bowel|incontinen\w*|"
                        r"leak\w*|legs?|days|since|worse|keeps?|every time|again and again)\b")

_ASKED_NO = re.compile(r"\b(?:asked|asks|asking|checked|wanted to know|wants to know|want to know|made sure)(?: me)? "
                       r"(?:whether|if|about|for)\b(?: \w+){1,12}? (?:i had not|i have not|i did not|i do not|"
                       r"i had no|i have no|nope|none|not at all|everything is (?:normal|fine|ok|okay)|everything "
                       r"(?:normal|fine|ok|okay)|all (?:normal|fine))\b")
_ASKED_SIGNS = frozenset({"back_pain_with_pelvic_symptoms", "bladder_problem", "bowel_problem", "saddle_numbness",
                          "leg_weakness", "leg_weakness_or_numbness"})
_SIGN_WORD = re.compile(r"\b(?:bladder|bowels?|pee\w*|wee\w*|poo\w*|urin\w*|incontinen\w*|continence|groin|saddle|"
                        r"numb\w*|tingl\w*|weak\w*|genital\w*|privates)\b")

_LEG_FINDING = re.compile(r"\b(?:numb\w*|weak\w*|tingl\w*|pins and needles|giving way|gave way|heavy)\b")
_NEGATED = re.compile(r"\b(?:no|not|without|nothing|never|none|neither|nor|zero)(?: (?:any|real|much|obvious|actual|"
                      r"sign of|signs of|feeling of|feeling|problems? with|trouble with|sense of))? $")


def _young(folded: str) -> bool:
    ages = [int(a or b) for a, b in _AGE.findall(folded)]
    return all(age < 50 for age in ages)


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name == "significant_trauma":
        return bool(_SHORT_FALL.search(folded) and _WALKING_FINE.search(folded)) and _young(folded) and not (
            _FALL_KEPT.search(folded))
    if name in ("saddle_numbness", "back_pain_with_pelvic_symptoms") and _RIDE.search(folded) and _OVER.search(
            folded) and not _RIDE_KEPT.search(folded):
        return True
    if name in _ASKED_SIGNS and _ASKED_NO.search(folded) and not _SIGN_WORD.search(_ASKED_NO.sub(" ", folded)):
        return True
    if name in ("leg_weakness", "leg_weakness_or_numbness"):
        found = list(_LEG_FINDING.finditer(folded))
        return bool(found) and all(_NEGATED.search(folded[:m.start()]) for m in found)
    return False
