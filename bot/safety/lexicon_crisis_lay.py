"""Red-flag lexicon, crisis wording as people say it (round twelve), in the form of `bot.safety.lexicon_crisis`.

Round twelve's English crisis messages were written in many Englishes, and the phrases missed them because each
kind was held in one grammatical shape. Each is written here as a class of shapes, strong (a crisis alone):

- the people close to me would be *fine* without me, with any word of being well, not only "better": "the family
  would be grand without me", "the world would be sweet as without me in it", "they'd all be happier without me"
  (988 Lifeline: talking about being a burden to others). Not "without me for a weekend / while I'm off", nor the
  team or the office;
- not wanting to be here, live or wake up, in the progressive ("am no wanting tae wake up", Scots; "I'm not
  wanting to be here anymore") as the phrase lexicon has it in the simple form ("don't want to be here"); waking
  early or with the pain is about mornings (`NOT_MORNING`). C-SSRS question 1: wish to be dead;
- wanting to sleep and not wake up, with Pidgin "no" for "not" ("I just wan sleep and no wake up again");
- praying or wishing that God would take me ("I pray Allah just takes me", "I wish the Lord would just take me"):
  a passive wish to be dead (C-SSRS question 1), in the words of faith. Not "take me through this surgery",
  "take me back to when I was 20".

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/).
Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded, "tae" read "to",
"wan" read "want" by `bot.safety.dialects`).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import NOT_MORNING

# Who would be well without me: the people close to the writer, or everyone ("they'd" is "theyd" once folded).
_CLOSE = (r"(?:everyone|everybody|every one|they|them|(?:my |the )?family|kids|children|people|the world|world|"
          r"all|husband|wife|partner|parents|mum|mom|dad|son|daughter|friends|grandchildren|grandkids|household)")
_WELL = (r"(?:fine|grand|ok|okay|alright|all right|happier|easier|calmer|freer|sweet(?: as)?|sound|great|lighter|"
         r"richer|better off|better|relieved|free|(?:a )?(?:better|happier|nicer|easier) place)")
# "Without me for a weekend", "while I'm off", "at the party": a time away, not a life.
_AWHILE = (r"(?! (?:for (?:a|an|the|this|that|two|three|few|couple|one|\d+|now|tonight|today)|while|when|until|till|"
           r"at (?:the|a|work|home)|on (?:the|a|holiday|\w+day)|this (?:week|weekend|time|year)|next|tonight|today|"
           r"tomorrow|there|around the house|in the (?:office|kitchen|team|meeting|car|house)|micro\w*|nagging|"
           r"interfering|hovering|checking)\b)")
_GOD = r"(?:god|allah|the lord|lord|jesus|the good lord|the almighty|someone up there|the man upstairs)"

CRISIS_LAY_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:" + _CLOSE + r" (?:\w+ ){0,3}(?:would|will|could|might)|theyd) (?:all |just |honestly |really |"
        r"probably )?(?:be|manage|cope|do|get on|get by|live) (?:so |much |a lot |far |just |all |honestly )?" + _WELL
        + r" without me\b" + _AWHILE,
        r"(?:not|no|never) wanting to (?:be here|be alive|live|exist|go on|carry on|be around|wake up" + NOT_MORNING
        + r")",
        r"(?:want|wish|like|wanna|would like) (?:to )?(?:just )?(?:go )?(?:to )?sleep and (?:no|not|never) (?:\w+ )?"
        r"wake (?:(?:up )?again\b|up" + NOT_MORNING + r")",
        r"(?:pray|praying|prayed|wish|wishing|hope|hoping|beg|begging|ask|asking) (?:\w+ ){0,3}" + _GOD
        + r"(?: (?:would|will|could|to|just|would just|will just|comes? and|came and))* (?:takes?|took|calls?) me\b"
        r"(?! (?:through|back|to (?!heaven|him|her|home)|with|out|for|along|into|on|off|under|over|seriously))",
    )),
)
