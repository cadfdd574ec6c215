"""Red flags the message itself takes back (safety round fifty, session 31), judged after the lexicon has matched,
like `bot.safety.resolved_round49` (`resolved_denied.taken_back` calls `taken_back`). Over the matching form.

- Cauda equina or both-legs signs told as one episode in a past year or years ago, treated or recovered and fine
  since ("had sciatica down both legs in 2019 from a disc bulge, surgery sorted it and I've been fine since"): the
  emergency is the sign now (NHS "Cauda equina syndrome"; reference §2.2); an episode long over and treated is history
  (ConText, Harkema et al. 2009: historical mentions), as `resolved_denied.episode_long_over` judges a chest episode.
  Both a past time ("in 2019", "years ago", "last year") and an end ("sorted it", "fine since", "recovered", "all
  cleared up") are needed. Kept with any word of now: "now", "again", "still", "today", "this week", "lately",
  "came back", "getting worse", "started", "since yesterday" or a time of days or weeks.
- Signs of too much vitamin D or calcium asked about only as a possible effect ("heard that too much vitamin D can
  cause kidney stones, true? I take 1000 IU a day"): the concept (`lexicon_general`, NHS "Vitamin D": taking too much
  can cause a build-up of calcium, which can weaken bones and damage the kidneys and heart) wants the sign told as
  the writer's; a question of what an excess can do is general (as session 30 made "can low vitamin D cause cancer?"
  no cancer history). The sign words are set aside inside "can / could / does / will … cause / lead to / give you",
  "risk of" and "linked to"; any left (vomiting, thirst, kidney pain told as had) keep the flag.
"""

from __future__ import annotations

import re

_NEURO = frozenset({"leg_weakness_or_numbness", "bladder_problem", "bowel_problem", "saddle_numbness",
                    "sexual_dysfunction"})
_PAST = re.compile(r"\b(?:in (?:19|20)\d\d|back in (?:19|20)?\d\d|(?:\w+|a few|a couple of) years? ago|last year|"
                   r"years back|(?:\d+|a few|several) yrs? ago)\b")
_ENDED = re.compile(r"\b(?:(?:surgery|operation|op|physio|treatment|decompression|discectomy|it) (?:\w+ ){0,2}"
                    r"(?:sorted|fixed|cured|cleared|resolved)(?: it| them| that| everything)?|(?:been |felt |feeling )?"
                    r"(?:fine|grand|ok|okay|good|great|right as rain) (?:\w+ )?(?:ever since|since then|since)|"
                    r"(?:fully |completely )?(?:recovered|resolved|cleared up|went away|gone away)|no (?:problems?|"
                    r"trouble|issues|symptoms?) since)\b")
_NOW = re.compile(r"\b(?:now(?! (?:and then|i know|that))|again|still|today|tonight|yesterday|this (?:week|morning|"
                  r"evening|afternoon)|last (?:night|week)|lately|recently|currently|came back|come back|coming back|"
                  r"getting worse|worse|started|since (?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
                  r"sunday|last)|(?:\d+|a few|two|three|four|five|six|several) (?:days?|weeks?))\b")

_SIGN = (r"(?:vomit\w*|being sick|throw\w* up|threw up|nause\w*|thirst\w*|(?:peeing|pee) (?:a lot|loads|all the time|"
         r"constantly|so much)|confus\w*|kidney (?:pain|stones?|damage|problems?)|kidneys? (?:hurt\w*|ache|aching))")
_AS_AN_EFFECT = re.compile(r"\b(?:(?:can|could|does|do|will|would|might|may|did) (?:\w+ ){0,5}(?:cause|causes|lead to|"
                           r"leads to|give you|give people|result in|trigger)|(?:risk|risks|chance) of|linked to|"
                           r"causes?|leads? to|heard (?:\w+ ){0,4}about) (?:\w+ ){0,2}" + _SIGN + r"(?: (?:or|and) "
                           + _SIGN + r")?\b")
_SIGN_TOLD = re.compile(r"\b" + _SIGN + r"\b")


def taken_back(name: str, folded: str) -> bool:
    """Whether the flag `name` is taken back by `folded` (the matching form), as the module docstring says."""
    if name in _NEURO and _PAST.search(folded) and _ENDED.search(folded):
        return not _NOW.search(_ENDED.sub(" ", folded))
    if name == "vitamin_d_excess" and _AS_AN_EFFECT.search(folded):
        return not _SIGN_TOLD.search(_AS_AN_EFFECT.sub(" ", folded))
    return False
