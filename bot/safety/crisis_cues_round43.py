"""Warning signs found missing in safety round forty-three (session 25), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`), after
the dialect readings (`bot.safety.dialects`: Jamaican "mi" read by its neighbour).

- HOPELESS: no reason left to be alive told as a question of purpose, "(I do not see) what I am still here for" (988
  Lifeline: no reason to live; PHQ-9 item 9); nobody needing, wanting or caring for the writer, the verb with or
  without its "-s" (Singapore and other contact Englishes drop it: "nobody need me"); someone who "won't / wouldn't
  (even) miss me" (Van Orden et al. 2010, thwarted belongingness). Not "at this job", "to drive me", "for a week".
- ENDING: the passive wish told as a preference, "I would rather God / the Lord took me" (C-SSRS 1, wish to be dead;
  `lexicon_crisis_lay` reads the same with "pray / wish / hope"). Not "took me through it", "to church".
- INTENT: planning or going to finish or take "every tablet" with a time ("planning on finishing the whiskey and every
  tablet in the cupboard tonight"): C-SSRS 4-5, intent with a plan and a time; the verb "finish" is the drinker's
  ("finish the bottle"), extended here to the tablets joined to it.
- MEANS: every tablet "in the press / cupboard / house" (the whole household stock: NICE NG225 1.5, access to means;
  Irish and Scottish "press" is a cupboard, DSL and the Dictionary of Hiberno-English).
- FAREWELL: letters or notes told as already "written / done / ready for the kids" (the noun first; `crisis_cues_lay`
  has "written letters for"); a pet told as "going to my sister" (988 Lifeline and AFSP: giving away possessions,
  arranging care of pets), not "for the weekend", "while we're away", "to the vet".
"""

from __future__ import annotations

_GOD = r"(?:god|the lord|lord|jesus|the good lord|the almighty|allah)"
_KIN = (r"(?:kids|children|family|wife|husband|partner|son|daughter|sons|daughters|mum|mom|mother|dad|father|sister|"
        r"brother|grandkids|grandchildren|girls|boys|lads|wee ones|nan|gran)")
_PET = r"(?:dog|dogs|cat|cats|pets?|budgie|parrot|horse|rabbit|pup|puppy|kitten)"
_RELATIVE = (r"(?:sister|brother|mum|mom|mother|dad|father|son|daughter|neighbou?r|friend|mate|nan|gran|cousin|aunt|"
             r"auntie|uncle|niece|nephew|parents|in laws)")
_TIME = r"(?:tonight|tomorrow night|tomorrow|this weekend|at once|in one go|all at once)"

ROUND43 = {
    "hopeless": (r"\b(?:see|know|understand|tell me) what i am (?:still |even |actually )?(?:here|alive|living) for\b"
                 r"(?! (?:at|in|on|with) (?:this|the|my|that) (?:job|company|office|course|class|meeting|clinic|"
                 r"place|team)\b)|\bwhat am i (?:still |even )?(?:here|alive|living) for\b|"
                 r"\b(?:nobody|no one|noone|no body) (?:even |really |actually )?(?:needs?|wants?|cares? (?:about|for)|"
                 r"loves?) me(?: anymore| any more| now)?\b(?! (?:to|for|at|in|on|until|till|there|around|today|"
                 r"tomorrow|tonight|this|next|back)\b)|"
                 r"\b(?:will not|would not|wont|never|are not going to|is not going to) (?:even |really )?(?:miss|"
                 r"notice) me\b(?! (?:when|while|at|for|during|on|in|if|until|till|this|next)\b)"),
    "ending": (r"\b(?:would|had|d) (?:much )?rather (?:that )?" + _GOD + r" (?:would |will |could |just )?(?:took|take|"
               r"takes|came for|come for|comes for|called|call|calls) me\b(?! (?:through|back|to|with|out|for|along|"
               r"into|on|off|under|over|in hand)\b)"),
    "intent": (r"\b(?:planning|plan|going|gonna|about|ready|want) (?:on |to )?(?:finish\w*|tak\w*|swallow\w*|down\w*|"
               r"neck\w*) (?:\w+ ){0,7}every (?:single |last )?(?:tablet|pill|capsule|tab)s? (?:\w+ ){0,5}" + _TIME
               + r"\b"),
    "means": (r"\bevery (?:single |last )?(?:tablet|pill|capsule|tab)s? (?:i have |we have )?in the (?:press|presses|"
              r"cupboard|house|drawer|cabinet|medicine cabinet|flat|kitchen)\b"),
    "farewell": (r"\b(?:the |my )?(?:letters?|notes?|cards?) (?:are |is )?(?:all )?(?:written|done|ready|finished|"
                 r"sorted) (?:for|to) (?:the |my |our |all the )?(?:wee )?" + _KIN + r"\b|"
                 r"\b(?:the|my|our) " + _PET + r" (?:is |are |will be |s )?(?:going|goes|will go|to go) to (?:my |our |"
                 r"a |the )?" + _RELATIVE + r"\b(?! (?:s )?(?:for|while|when|during|over|this|next|until|till|"
                 r"tomorrow|today|on|at|house for|place for|to|and back)\b)"),
}
