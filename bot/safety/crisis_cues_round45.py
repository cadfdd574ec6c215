"""Warning signs found missing in safety round forty-five (session 27), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`), after
the dialect readings (`bot.safety.dialects`: Shetland "ower" and "da" for over and the).

- HOPELESS: "I have (just) had enough" told bare, not "enough of the rain / sleep / vitamin D" (PHQ-9 item 9 and 988
  Lifeline: feeling there is no reason to go on); "tired of all of it / all this / all of this" (the form of "tired of
  it all", already a hopeless sign).
- MEANS: an edge one walks, steps or goes "over / off": the cliffs, the edge, the crags, and the "banks" (Shetland and
  Orkney: the sea-cliffs; DSL "bank"), not "along the banks" or a river bank walked by (a walk); "just need to / going
  to pick up or get (a few) more boxes, packets or bottles" (acquiring means: C-SSRS 6, preparatory acts), not "for
  the move / the shop".
- FAREWELL: the notes or letters "are written / done / ready" (a suicide note written: C-SSRS 6; round 43 had the
  noun-first "letters written for the kids"), not "up", not notes for an exam, a class, a meeting or work.
- ENDING: going "and not coming back" (988 Lifeline: talking about going away for good; not "back to work / home /
  here"); the time come or the wish "to join / be with" a dead partner or relative ("it's time I went to join her",
  "I want to be with my late wife again"): a wish to be dead told as reunion (C-SSRS 1; reunion wishes after
  bereavement in older adults, Szanto et al., Crisis 2006, and NICE NG225 1.3 on bereavement as a risk factor). Not
  "join her for lunch / at the gym / in Spain".
"""

from __future__ import annotations

_NOT_AN_OBJECT = (r"(?! (?:of|for|to|with|sleep|rest|food|water|fluids?|exercise|calcium|vitamin|iron|magnesium|b12|"
                  r"protein|sun|sunlight|time|money|practice|experience|info|information|of that|yet)\b)")
_EDGE = r"(?:the |da |a |an )?(?:cliffs?|edge|cliff edge|cliff top|crags?|banks|headland|sea wall|pier end)"
_JOIN = (r"(?:time|ready|want|wanting|long|longing|wish|would like) (?:\w+ ){0,2}(?:to )?(?:go and |go to |went to |"
         r"to )?(?:join|be with|be back with) ")
_NOT_AN_OUTING = (r"(?! (?:for|at|in|on|to|with|from|by|and (?:the|her|his|their) (?:\w+ )?(?:friends|family|kids|"
                  r"class|team|group))\b)")

ROUND45 = {
    "hopeless": (r"\b(?:i have|i am|i ve|we have) (?:just |really |truly |finally |honestly |simply )?had enough\b"
                 + _NOT_AN_OBJECT + r"|"
                 r"\b(?:tired|sick|weary) of (?:all of (?:it|this)|all this|the whole (?:thing|lot))\b"),
    "means": (r"\b(?:walk\w*|step\w*|go|going|gone|went|throw\w* myself|jump\w*) (?:out |right |straight )?(?:over|off)"
              r" " + _EDGE + r"\b|"
              r"\b(?:need to|going to|have to|got to|will|then) (?:just )?(?:get|pick up|buy|collect|fetch|grab) "
              r"(?:a (?:few|couple) |some |two |three |\w+ )?more (?:boxes|packets|packs|bottles|strips)\b"
              r"(?! (?:for|from the (?:shop|supermarket)|of (?:cereal|tissues|tea|crisps|biscuits|wine|beer|milk))\b)"),
    "farewell": (r"\b(?:the|my|all the|all my) (?:suicide |goodbye |last )?(?:notes?|letters?) (?:\w+ )?(?:are|is|have "
                 r"been|has been|all) (?:all )?(?:written|done|ready|finished|sorted|signed|sealed)\b(?! (?:up|out|"
                 r"for (?:the |my |an? )?(?:exam|class|lecture|meeting|work|course|test|assignment|revision|school|"
                 r"college|uni)))"),
    "ending": (r"\b(?:and|an|then|just) (?:no|not|never) (?:coming|come) back\b(?! (?:to|from|for|with|till|until|"
               r"after|later|home|again|here)\b)|"
               r"\b(?:late|died|dead|passed|passed away|widow\w*|lost (?:my|her|him)|funeral|grave|buried|heaven)\b"
               r"(?: \w+){0,30} " + _JOIN + r"(?:her|him|them|my \w+)\b" + _NOT_AN_OUTING + r"|\b" + _JOIN
               + r"my (?:late|dead) \w+\b" + _NOT_AN_OUTING),
}
