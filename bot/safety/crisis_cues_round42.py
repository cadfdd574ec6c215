"""Warning signs found missing in safety round forty-two (session 24), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), as frames
or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`), after the
dialect readings (`bot.safety.dialects`: Scots "ony mair", "ta", "awbody"; Caribbean "wid dis").

- HOPELESS, the passive wish: "(I) do not wish / want to live", "not want (to) wake up", "not wanting to be here any
  more" (C-SSRS 1: wish to be dead, "wished you could go to sleep and not wake up"; PHQ-9 item 9); hoping or praying
  "I (just) won't wake up"; burden told as "a trouble / burden / bother to everybody" (Van Orden et al. 2010,
  perceived burdensomeness); "(keeps) saying I'm ready to go" (told in someone's voice by `crisis_others`),
  not "ready to go home / out / to the gym". Not "not want to wake up early", "not want to live with this pain /
  near a main road".
- MEANS: a method researched, "looking up how many of <medicine> it would take" (C-SSRS 3; 988 Lifeline); the whole
  stock "kept all (of them) in one box / bag / place" (C-SSRS 6: collecting pills); a firearm
  loaded at hand ("revolver cleaned and loaded on the nightstand"; Harvard "Means Matter"), not a glue, nail, staple,
  heat or massage gun.
- INTENT: "take all (of) (the) <medicine> ... tonight / at once / together" in the future; "thinking ... I will take
  all together"; the whole box or pack asked about: "if I took the whole box ... would I (just) not wake up" (988
  Lifeline: researching a way); going to jump off a bridge, overpass or roof with a time (C-SSRS 4-5).
- ENDING: "would I (just) not / never wake up" after a stock taken; "wish it would (all) end" (C-SSRS 1).
- FAREWELL: treasured things given away ("gave me her wedding ring and her jewellery box"; 988 Lifeline, Samaritans
  "Signs to look out for": giving away possessions), not for cleaning or resizing; "(just) wanted to say thanks /
  goodbye / sorry to whoever reads this / to everyone" (988 Lifeline: saying goodbye).
"""

from __future__ import annotations

from bot.safety.crisis_cues_round41 import _NOT_WAKE_TIME
from bot.safety.lexicon_crisis import MEDICINES

_NOT = r"(?:not|no|nuh|never|nae|dinna|dont|do not|did not|does not)"
_STOCK = r"(?:whole|hale|entire|full|complete) (?:box|boxes|pack|packet|bottle|tub|strip|lot|supply)"
_WHEN = r"(?:tonight|tomorrow night|one night|at once|in one go|all together|together|at the same time|at da sam time)"
_GUN = r"(?<!glue )(?<!nail )(?<!staple )(?<!heat )(?<!massage )(?<!water )(?<!toy )(?<!nerf )(?<!paint )"

ROUND42 = {
    "hopeless": (r"\b" + _NOT + r" (?:wish|wishing|want|wanting|waan|wan) (?:to )?(?:live|be alive)\b(?! (?:with|in|"
                 r"like|near|there|here|abroad|alone|on|at|by|next|somewhere|so)\b)|"
                 r"\b" + _NOT + r" (?:want|wanting|waan|wan|wish) (?:to )?wake (?:back )?up\b" + _NOT_WAKE_TIME + "|"
                 r"\b" + _NOT + r" (?:want|wanting|waan|wish|wishing) (?:to )?be here (?:any ?more|no more|no "
                 r"longer)\b|"
                 r"\b(?:hoping|hope|wish|wishing|pray|praying)(?: \w+){0,4} (?:that )?i (?:just |simply |would )?"
                 r"(?:will not|would not|do not|did not|never|not) wake up\b" + _NOT_WAKE_TIME + "|"
                 r"\b(?:a|just a|nothing but a|only a) (?:trouble|burden|bother|nuisance|drain|weight) (?:to|on|for) "
                 r"(?:everybody|everyone|everybody else|everyone else|all of them|them all|my family|the family)\b|"
                 r"\b(?:says?|said|saying|tells? (?:me|us|you)|told (?:me|us|you)) (?:that )?i am (?:just )?ready "
                 r"to go\b(?! (?:to|home|out|back|for|on|in|at|shopping|now to)\b)"),
    "means": (r"\bkept (?:them |it )?all (?:of them |of my |my |the )?(?:\w+ )?(?:together )?in (?:one|a single|"
              r"the one) (?:box|bag|place|drawer|tin|pot|jar|tub)\b|"
              + _GUN + r"\b(?:revolver|pistol|handgun|rifle|shotgun|firearm|gun)(?: \w+){0,2} (?:is |was )?(?:cleaned "
              r"and )?loaded\b(?! (?:with (?:paint|glue|nails|staples|water)))|"
              r"\b(?:looking up|looked up|googl\w+|search\w+|research\w+|checking|checked|reading up on) how many "
              r"(?:of )?(?:\w+ ){0,3}" + MEDICINES + r" (?:it )?(?:would|will|could|might) take\b(?! (?:to "
              r"(?:work|help|kick in|feel|notice|absorb)|for|before|with)\b)"),
    "intent": (r"\b(?:i will|i ll|i am going to|i am gonna|gonna|going to|mi ago|mi a go|mi gwine|i shall) (?:just )?"
               r"(?:take|swallow|down) all (?:a |of )?(?:di |the |my |dem |those |them )?(?:\w+ ){0,2}" + MEDICINES
               + r"(?: \w+){0,2} " + _WHEN + r"\b(?! (?:with (?:food|a meal|water|breakfast|dinner)|in the morning))|"
               r"\bthinking(?: \w+){0,3} i (?:will|would|shall|could|might) take (?:them |it )?all (?:together|at once|"
               r"in one go)\b|"
               r"\bif i (?:took|take|swallowed|swallow|had) (?:the |da |a |my )?" + _STOCK + r"\b(?: \w+){0,12} "
               r"(?:would|will|could|wid) i (?:just |jist |simply )?" + _NOT + r" (?:wake|waken) up\b|"
               r"\b(?:going to|gonna|will|about to|plan to|want to|i am) jump(?:ing)? (?:off|from) (?:the |a |that |"
               r"this )?(?:\w+ )?(?:overpass|bridge|flyover|roof|rooftop|building|cliff|tower|car park|multi storey|"
               r"balcony|viaduct|tower block)\b(?: \w+){0,5} (?:tonight|today|tomorrow|this weekend|now)\b"),
    "ending": (r"\b(?:would|will|could|wid) i (?:just |jist |simply )?" + _NOT + r" (?:wake|waken) up\b"
               + _NOT_WAKE_TIME + r"|\bwish (?:it|everything|this|it all) (?:would|could) (?:all )?(?:just )?end\b"),
    "farewell": (r"\bgave (?:away |you |them |him |her |me )?(?:all )?(?:my|her|his) (?:wedding ring|engagement ring|"
                 r"rings|jewellery|jewelry|jewellery box|jewelry box|medals|war medals|treasured \w+)\b(?! (?:to be|"
                 r"for (?:cleaning|repair|resizing|safekeeping)|to (?:clean|fix|mend|resize|the jeweller))\b)|"
                 r"\b(?:just )?want(?:ed)? to say (?:thanks|thank you|goodbye|bye|sorry) to (?:whoever|anyone who|"
                 r"everyone|everybody|all of you|you all) (?:reads|reading|is reading|who reads|out there)\b"),
}
