"""Warning signs found missing in safety round forty-four (session 26), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`), after
the dialect readings (`bot.safety.dialects`: Trinidadian "go" for will, Orkney "A" for I, northern "t'" and "me").

- HOPELESS: the family "better off without us" (northern English "us" for me; or a couple: either way a burden told,
  988 Lifeline); "easier on / for everybody if I (just) used it / was gone / wasn't here" (Van Orden et al. 2010,
  perceived burdensomeness); shame "to" the family felt as one's own (a learner's "feel shame to my family"); one's
  "whole life" being "the problem" (PHQ-9 item 9, hopelessness). Not "easier for everyone if I drive".
- INTENT: "thinking to / of" drinking, taking or swallowing "all the tablets" (a learner's infinitive for "thinking of";
  C-SSRS 2-4, thoughts with a method); "thinking to / of finishing my life" (the same with "finish" for "end");
  tablets taken, five or more or someone else's, "to see what would happen" (a deliberate ingestion: NHS "Self-harm",
  NICE CG16/NG225 self-poisoning, whatever the stated reason).
- MEANS: a stock of tablets or a gun one "keeps looking / staring at" (rehearsal, C-SSRS 6; 988 Lifeline); a gun
  cleaned, handled or taken out "a lot lately / every night" (NICE NG225 1.5, access to means; Harvard "Means
  Matter"); tablets "I am keeping / have been saving" (a stock kept, told as a relative clause).
- ENDING: a purpose clause of everything ending, "so that everything finishes / ends / is over" (988 Lifeline: wanting
  it all to end); whether one "would (just) drift off / slip away (to sleep)" (the death pictured as sleep, asked of
  a lethal amount: WHO/IASP media guidance). Not "drift off to sleep easier / faster / better".
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

_EVERYONE = r"(?:everybody|everyone|everybody else|everyone else|all of them|the family|my family|them|the kids|all)"
_GUN = r"(?:gun|guns|pistol|revolver|rifle|shotgun|firearm|handgun|service weapon)"
_STOCK = r"(?:box|bottle|packet|pack|tub|stash|pills|tablets|" + _GUN[3:]

ROUND44 = {
    "hopeless": (r"\b(?:would|will|be) (?:\w+ )?better off without us\b|"
                 r"\b(?:would|will|be) (?:so much |much |a lot )?easier (?:on|for) " + _EVERYONE + r" if i (?:just |"
                 r"simply )?(?:used it|used that|was gone|were gone|was not here|were not here|was not around|"
                 r"disappeared|went away for good|did it|ended it)\b|"
                 r"\b(?:feel|am|feeling) (?:such a |a |so much |so |great )?(?:shame|disgrace|burden|embarrassment)"
                 r" (?:to|for|on) (?:my|the|our) (?:\w+ )?(?:family|kids|children|wife|husband|parents|people)\b|"
                 r"\bmy (?:whole |entire |own )?life (?:that |which )?is the (?:real |whole )?problem\b"),
    "intent": (r"\b(?:thinking|think|thought|planning|plan) (?:to|of|about|on) (?:drink\w*|tak\w*|swallow\w*|down\w*) "
               r"all (?:of )?(?:the|my|these|those) (?:\w+ )?(?:tablets|pills|capsules|tabs|" + MEDICINES[3:] + r"\b|"
               r"\b(?:thinking|think|thought) (?:to|of|about) (?:finish\w*|end\w*) my (?:own )?life\b|"
               r"\b(?:took|swallowed|taken|had) (?:(?:[5-9]|\d\d+|a handful|a bunch|loads|lots) (?:of )?(?:\w+ ){0,3}|"
               r"(?:\w+ )?(?:of )?(?:her|his|their|my (?:mum|mom|dad|mother|father|nan|gran|sister|brother)s?) )"
               r"(?:\w+ )?(?:tablets|pills|capsules|meds|tabs)\b(?: \w+){0,4} to see what (?:would|will|might) "
               r"happen\b(?! (?:to (?:my|the) (?:sleep|cramps?|energy|skin|hair|levels?|mood)|with))"),
    "means": (r"\b" + _STOCK + r"\b(?: \w+){0,10} (?:and )?i (?:keep|kept|have been|sit|sat|just) (?:\w+ )?(?:looking|"
              r"staring|glancing|gazing) at (?:it|them|that)\b|"
              r"\b(?:cleaning|cleaned|handling|holding|oiling|loading|taking out|took out|getting out|got out) (?:\w+ )"
              r"{0,3}" + _GUN + r" (?:\w+ ){0,2}(?:a lot|lately|every night|each night|again and again|over and over|"
              r"more and more|most nights)\b|"
              r"\b(?:tablets|pills|capsules|meds|medicines) (?:that )?i (?:am|have been|ve been|have) (?:keeping|kept|"
              r"saving|saved|hiding|hidden|collecting|collected|storing|stored)\b(?! (?:in the (?:fridge|bathroom)|for "
              r"(?:my|the) (?:trip|holiday|travel)))"),
    "ending": (r"\bso (?:that )?(?:everything|it all|all of it|all this|all of this|all) (?:finish\w*|ends|will end|is "
               r"over|will be over|stops|will stop)\b(?! (?:on time|early|by|before|at|in time|quickly|properly))|"
               r"\bwould (?:they|i|you|he|she|a person|someone|one) (?:just |simply |peacefully |gently )?(?:drift|"
               r"slip|"
               r"fade) (?:off|away)\b(?!(?: to sleep)? (?:easier|easily|faster|quicker|better|sooner|more))"),
}
