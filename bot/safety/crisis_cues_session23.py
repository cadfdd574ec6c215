"""Warning signs found missing in safety round forty (session 23), for the classes of `bot.safety.crisis_cues` (joined
in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class) except the
self-harm shapes, which are a crisis alone as the self-harm class always is. Each is a grammatical shape, not a
vignette's words; patterns are over the matching form (`bot.safety.matching`).

- MEANS: a medicine named and saved up ("saving my co-codamol", the older shape only knew "pills", "tablets"; C-SSRS
  5-6, preparatory acts; NICE NG225 1.5, ask about access to means); a firearm at hand ("got the rifle in the
  cabin"; Harvard "Means Matter"; 988 Lifeline: getting a gun) - not a massage, heat or glue gun; eating stopped on
  purpose (NHS "Self-harm": deliberately starving yourself) - not a food given up ("stopped eating sugar").
- INTENT: the whole stock to be taken at a time set ("I'll take the lot on Sunday", "take them all tonight"; C-SSRS
  4-5, intent with a plan and a time); "would that do it?" asked after an amount at once (the question order of
  `crisis_cues_amounts`' "all at once would do it").
- ENDING: walking, swimming or driving into the sea, a river or the woods "and not coming back" (C-SSRS 2-3, a
  method thought of; NHS "Help for suicidal thoughts"), not "until dark"; a firearm named and then "use it on
  myself"; the writer would "rather just fade / slip / waste away" (C-SSRS 1, wish to be dead; PHQ-9 item 9), not the
  pain fading away.
- HOPELESS: "done with this life" (the older shape had "done with life"; after `bot.safety.dialects` reads Bahamian
  "wit dis" as "with this"), not "this life insurance form"; the writer "just a nuisance / bother to everybody"
  (perceived burdensomeness: Van Orden et al., Psychol Rev 2010;117:575-600).
- SELF-HARM, alone: a relapse told with cutting or burning ("relapsed and cut again last night") and cutting "deeper
  than usual / than last time" (NHS "Self-harm": injuries getting more serious; a habit told by its measure), not
  "relapsed and cut out sugar", not "cut my finger deeper than usual".

A lethality question keeps the crisis text under a study or project frame (`asks_lethality`, used by
`bot.safety.crisis_resolved`): WHO/IASP media guidance (never give method or lethality information) and Samaritans
"Signs to look out for" (a disclaimer that hides intent), as `lexicon_crisis_asked` already did for "just curious".
"""

from __future__ import annotations

import re

from bot.safety.lexicon_crisis import MEDICINES
from bot.safety.lexicon_crisis_asked import _HARM, _QTY
from bot.safety.lexicon_crisis_hoped import AMOUNT_AT_ONCE

_FIREARM = (r"(?:rifles?|shotguns?|(?<!massage )(?<!heat )(?<!glue )(?<!nail )(?<!staple )(?<!water )(?<!nerf )"
            r"(?<!spray )(?<!grease )(?<!paint )(?<!bb )(?<!percussion )guns?|pistols?|handguns?|revolvers?|"
            r"firearms?)")
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SET_TIME = (r"(?:on " + _DAY + r"|on the \d+\w*|tonight|tomorrow(?: night)?|this (?:weekend|evening|week)|next "
             r"(?:week|" + _DAY + r")|at the weekend|at midnight|when (?:they|everyone|he|she) (?:has |have )?(?:gone|"
             r"left|is out|are out|asleep))")
SESSION23 = {
    "means": (r"(?:saving|saved|save|stockpiling|hoarding|keeping back|kept back) (?:up )?(?:all |some |a few |loads "
              r"|of )?(?:my|his|her|the) (?:\w+ )?" + MEDICINES + r"\b(?! (?:for|till|until) (?:the |my )?(?:bad|"
              r"worst|flare|holiday|trip|weekend|emergencies|emergency)\b)|"
              r"(?:(?:got|have|keep|kept|there is|there s|bought|own|with) )?(?:a |the |my |an old |his |her |dad s |"
              r"\w+ s )?(?:loaded |hunting |old )?" + _FIREARM + r" (?:is |are |s |sits |stays )?(?:in|at|under|by|"
              r"beside|next to|up|kept|locked)\b|"
              r"(?:stopped|stop|stopping|given up|quit) eating (?:properly |at all |much |altogether )?(?:on purpose|"
              r"deliberately|intentionally)\b"),
    "intent": (r"(?:i will|i am going to|going to|i plan to|planning to|i think i will|i might) take (?:the (?:whole )?"
               r"lot|them all|all of them|every (?:last )?one(?: of them)?|all (?:\w+ ){0,2}(?:pills|tablets|meds))"
               r" (?:\w+ ){0,2}" + _SET_TIME + r"\b|"
               r"(?:" + AMOUNT_AT_ONCE + r") (?:\w+ ){0,2}(?:would|will|could|might) (?:that|it|this|they) "
               r"(?:do it|do the job|be enough)\b(?! (?:for|to|on)\b)"),
    "ending": (r"(?:walk\w*|swim\w*|wad\w*|driv\w*|go|going|went|head\w*) (?:\w+ ){0,2}(?:into|in|out in|out into|off "
               r"into) the (?:sea|ocean|water|waves|lake|river|loch|bay|surf|woods|bush|snow|hills) (?:\w+ ){0,5}"
               r"(?:and|an|n) (?:just )?(?:not|never) (?:come|coming|came) back\b(?! (?:until|till|til|before|for|"
               r"in time)\b)|"
               + _FIREARM + r"(?: \w+){0,20} (?:use|using|turn|turning|point|pointing|put|putting|aim|aiming) "
               r"(?:it|that|the \w+|one) (?:on|at) "
               r"myself\b|"
               r"i (?:would|d) (?:much )?rather (?:just )?(?:quietly )?(?:fade|slip|waste|drift) away\b|"
               r"i (?:just )?(?:want|wish i could|would like) to (?:quietly )?(?:fade|slip|waste) away\b"),
    "hopeless": (r"(?:done|finished|through) with (?:this|my) (?:\w+ )?life\b(?! (?:insurance|coach|jacket|hack|style|"
                 r"admin|stuff|plan)\b)|"
                 r"i am (?:just |only |such |nothing but )?(?:a |an )?(?:nuisance|bother|pest|burden|drain|"
                 r"millstone) (?:to|for|on) (?:everybody|everyone|them all|all of them|my family|the family|my \w+|"
                 r"people)\b"),
    "self_harm": (r"relaps\w* (?:\w+ ){0,3}(?:and )?(?:cut|cutting|burned|burnt|burning)(?! (?:out|down|back|off|up|"
                  r"my (?:\w+ )?(?:hair|nails|run|walk|session|losses)|sugar|carbs)\b)(?: myself)? (?:\w+ ){0,2}"
                  r"(?:again|last night|tonight|today|yesterday|deeper)\b|"
                  r"(?:cut|cutting|burned|burnt|burning) (?:myself )?(?:again )?deeper than (?:usual|normal|before|"
                  r"last "
                  r"time|ever|i meant|i planned|i wanted)\b"),
}

_LETHALITY = re.compile(r"\b" + _QTY + r" (?:\w+ ){0,16}?" + _HARM)


def asks_lethality(folded: str) -> bool:
    """Whether `folded` (the matching form) asks how much or how many would kill, be fatal or lethal."""
    return bool(_LETHALITY.search(folded))
