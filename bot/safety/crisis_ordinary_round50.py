"""Clauses the learned crisis check misread in safety round fifty (session 31), set aside like the idioms of
`crisis_cues.IDIOMS` (`semantic.idiom_free`, one line), as `crisis_ordinary_round49` sets aside "I'd die for a coffee":
such a clause never brings the support line by itself, while a crisis sentence beside it still does. Each is kept for
the check when a word of a crisis (`crisis_words.holds_crisis_word`: death, harm, despair, farewell, or a warning sign
of `crisis_cues`) is left once the phrase is taken out. Over the matching form (`bot.safety.matching`).

- "I'd sell my soul (to the devil) for" something wanted ("I'd sell my soul to the devil for a new spine", 0.94 on
  the check): hyperbole of wanting (Collins "sell one's soul": to do anything to get something), the kin of "I'd die
  for" (round 49).
- Working or volunteering for a suicide-prevention or crisis service ("I volunteer with a suicide prevention charity
  and we're drafting a wellbeing leaflet", 0.98): a role, not an experience (ConText, Harkema et al. 2009: the
  experiencer is not the writer; the lexicon reads "volunteer for a suicide …" so since session 9,
  `lexicon_crisis.SUICIDE`).
- A relative's death of a named illness told with the writer's own health as the concern ("my mum died of cancer last
  year and I've been thinking about my own health more", 0.82): a reason for health care, not a wish (NHS "Help for
  suicidal thoughts" lists bereavement as a trigger of feelings to ask about, so only with the writer's health,
  risk, check-ups or screening named and nothing of a crisis left: "since my dad died of a stroke I don't see the
  point" stays judged).
"""

from __future__ import annotations

import re

from bot.safety.crisis_words import holds_crisis_word

_SOUL = re.compile(r"\b(?:would|could|will|i|honestly|literally|seriously) (?:\w+ )?sell my (?:soul|firstborn|first "
                   r"born|kidney|own (?:mother|grandmother|granny|nan)) (?:to (?:the )?(?:devil|satan|anyone) )?for "
                   r"(?:a|an|one|some|the|another|any|just|decent|new|good|proper|real|that|this|\d+)\b")
_ROLE = re.compile(r"\b(?:volunteer\w*|work|works|worked|working|train\w*|fundrais\w*|raising money|intern\w*|"
                   r"counsellor|counselor|staff|employed|job) (?:\w+ ){0,3}(?:with|for|at|on|in|by) (?:a |an |the |"
                   r"our |my |their )?(?:\w+ )?(?:suicid\w* (?:prevention|awareness|crisis|helpline|hotline|line|"
                   r"charity|service|team|project|campaign|trust)\w*|samaritans|crisis (?:line|helpline|text line|"
                   r"service|team)|mental health (?:charity|helpline|line|service|trust))(?: \w+)?\b")
_KIN = (r"(?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|"
        r"sister|brother|aunt|auntie|uncle|cousin|husband|wife|partner|friend|best friend|son|daughter)")
_ILLNESS = (r"(?:cancer|a stroke|stroke|a heart attack|heart attack|heart disease|heart failure|dementia|covid|"
            r"diabetes|kidney failure|leuka?emia|a tumou?r|tumou?r|sepsis|copd|pneumonia|liver disease|\w+ disease|"
            r"\w+ cancer|an illness|illness)")
_DIED_OF = re.compile(r"\b(?:my |our )?(?:late )?" + _KIN + r" (?:\w+ )?(?:died|passed away|passed|was taken) "
                      r"(?:\w+ )?(?:of|from|with|by) " + _ILLNESS + r"\b")
_OWN_HEALTH = re.compile(r"\b(?:(?:thinking|thought|think|worried|worrying|worry|concerned|careful|conscious) "
                         r"(?:\w+ ){0,3}(?:my (?:own )?|own )(?:health|risk|body|bones|heart|diet|check ?ups?|"
                         r"screening)|get(?:ting)? (?:myself )?(?:checked|screened|tested)|my (?:own )?risk)\b")

# Times that hold a word of `crisis_words` ("last", "point") with no crisis in them.
_TIMES = re.compile(r"\b(?:at this point|at that point|last (?:year|month|week|night|summer|winter|spring|autumn|"
                    r"christmas|time|weekend))\b")


def _left(folded: str, *patterns: re.Pattern[str]) -> bool:
    for pattern in patterns:
        folded = pattern.sub(" ", folded)
    return holds_crisis_word(_TIMES.sub(" ", folded))


def states_an_ordinary_role_or_wish(folded: str) -> bool:
    """Whether `folded` (a clause's matching form) holds one of the module docstring's phrases with nothing of a
    crisis left once it is taken out."""
    for pattern in (_SOUL, _ROLE):
        if pattern.search(folded):
            return not _left(folded, pattern)
    return bool(_DIED_OF.search(folded) and _OWN_HEALTH.search(folded)) and not _left(folded, _DIED_OF, _OWN_HEALTH)
