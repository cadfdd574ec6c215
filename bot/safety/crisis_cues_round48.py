"""Warning signs found missing in safety round forty-eight (session 29), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`: lower
case, contractions expanded).

- HOPELESS: being done or finished with "the lot (of it)", "the whole lot", "all of it / this" (the older class named
  "it all", "everything", "life"): the same worn-out end of living (988 Lifeline warning signs: feeling hopeless, no
  reason to live; C-SSRS 1, wish to be dead), told with the British and Irish "the lot". Not "done with the lot for
  today / by five" (a task), not "the lot of them" (people).
- HOPELESS, beside tablets collected: a recent bereavement told ("lost my Gwyn in March", "since my wife passed last
  year", "buried my husband at Christmas") only in a message that also tells tablets saved up, put aside, kept back,
  hidden or stockpiled. Collecting pills is the C-SSRS's own example of preparatory behaviour (question 6); a recent
  death of a spouse or child is a precipitating loss (AFSP risk factors: "stressful life events, which may include a
  death"; NICE NG225 1.3, recent loss in older people). The loss alone is no sign: "lost my husband in March" asking
  about vitamin D stays calm, and so does saving tablets for a holiday.
- INTENT: asking whether the tablets would be dangerous, fatal or enough "if I took the lot / them all / the whole
  box" — a quantity-of-harm question told as taking everything at once (reference §2.5: "any quantity-of-harm
  question"; C-SSRS 4-5, intent and method). Not by mistake, not "at breakfast / a day / with food" (a daily dose
  taken at once), not a child's ("if my son took") — the writer's own taking.
"""

from __future__ import annotations

_TABLETS = r"(?:tablets|pills|tabs|meds|medication|medicines|painkillers|sleeping pills|sleepers|capsules)"
_KEPT_BACK = (r"(?:saving|saved|save|stockpil\w*|hoard\w*|stash\w*|squirrel\w*|collecting|collected|hiding|hid|"
              r"hidden) (?:\w+ ){0,3}" + _TABLETS + r"|(?:putting|put|setting|set|keeping|kept|tucking|tucked) "
              r"(?:\w+ ){0,3}" + _TABLETS + r" (?:\w+ ){0,2}(?:aside|away|by|back)\b")
_WHEN = (r"(?:in|last|this|back in|at|over|just after|before) (?:the )?(?:january|february|march|april|may|june|july|"
         r"august|september|october|november|december|spring|summer|autumn|fall|winter|christmas|easter|year|month|"
         r"week|new year)|(?:\w+ )?(?:weeks|months) ago")
_LOST = (r"(?:lost|buried) (?:my|our) (?:\w+ )?(?!(?:job|jobs|keys|phone|wallet|purse|appetite|temper|voice|way|"
         r"balance|footing|nerve|house|licence|license|luggage|bag|glasses)\b)\w+ (?:" + _WHEN + r")|since "
         r"(?:my |our )?"
         r"(?:wife|husband|partner|man|missus|son|daughter|boy|girl|mum|mam|mom|dad) (?:died|passed|passed away|went)")
_THE_LOT = r"(?:the (?:whole )?lot(?: of (?:it|this))?|all of (?:it|this)|the whole (?:thing|business))"
_EVERYTHING_AT_ONCE = (r"(?:the lot|them all|all of them|all of it|everything|the whole (?:lot|box|packet|pack|bottle|"
                       r"strip|tub|supply|month s supply))")

ROUND48 = {
    "hopeless": (r"\b(?:be|being|am|i am|i will be|get) (?:just )?(?:done|finished) with " + _THE_LOT
                 + r"\b(?! (?:for|at|by|before|after|now|today|tonight|this)\b)|"
                 r"^(?=.*\b(?:" + _KEPT_BACK + r"))(?=.*\b(?:" + _LOST + r")\b).*?\b(?:" + _LOST + r")\b"),
    "intent": (r"\b(?:would|will|could|can|is|are|be) (?:\w+ ){0,6}(?:dangerous|deadly|fatal|lethal|enough|kill me|"
               r"do me in|finish me|harmful) (?:\w+ )?if i (?:took|take|swallowed|swallow|had|downed|necked) "
               + _EVERYTHING_AT_ONCE + r"\b(?! (?:by (?:mistake|accident)|at (?:breakfast|lunch|dinner|once a day|"
               r"the same time)|a day|each day|every day|with (?:food|a meal|breakfast)|in the morning|at night)\b)"),
}
