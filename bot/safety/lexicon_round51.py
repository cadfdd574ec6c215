"""Red flags and crisis phrases found missing in safety round fifty-one (session 31, its second round), in the form
of `bot.safety.lexicon` (over the matching form), chained into `lexicon_round50.ROUND50_CONCEPTS` and so into
`triage.CONCEPTS` (`triage.py` is at its size limit). Each is a kind of phrasing, not a vignette's words.

- (tier C) wanting or wishing to be gone ("kinda want to be gone", "I just wish I was gone", "want to be gone for
  good"): C-SSRS 1 (the wish to be dead, "wish you could go to sleep and not wake up"); reference §2.5 ("don't want
  to be here"). Not when the sentence goes on to a time, a place or an errand ("want to be gone by 5", "gone before
  the traffic", "gone from this job", "gone on holiday", "gone all weekend").
- (tier U) back pain told as the first ever, at 50 or over, and getting worse or not touched by painkillers ("never
  had back trouble in my life, first time ever at 67 … getting worse and worse"): NICE CKS "Back pain - low" (red
  flags for cancer: age over 50, a first episode, gradual worsening, pain not relieved by treatment); reference §2.2
  (U). All three are required: a first episode at 67 that is easing, a first episode at 30 that is worse, or an old
  back pain at 70 stay as they were.
- (not P) an overdose told as long ago and recovered from ("about twelve years ago … took an overdose. I've been well
  for a long time now"): `OVERDOSE_LONG_OVER`, joined to `lexicon_round50.POISONING_IN_A_STORY` (the `unless` of the
  poisoning concepts): ConText (Harkema et al. 2009: a historical mention), as `crisis_resolved` already stands the
  crisis down for such a message. Kept with now, today, tonight, last night, this week, again, just or an hour ago.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept

_CRISIS = "thoughts of suicide or self-harm"

_GONE = (r"(?:want|wanted|wanting|wanna|wish|wishing|wished|long|longing) (?:to be|i was|i were|i could be|i could "
         r"just be|i d be) (?:just |simply |completely |permanently )?gone\b(?! (?:by|before|from|for (?!good|ever)|"
         r"to|on|when|till|until|a|the|in|out|over|during|after|at|overnight|all|this|next|tomorrow|while|home|"
         r"abroad|away|long|again|so|as|if|once|early|soon|already|now|off|back|too|with|camping|shopping|"
         r"fishing|walking|travel\w*)\b)")

_FIRST = (r"(?:never (?:ever )?(?:had|suffered|known) (?:\w+ ){0,2}(?:back (?:pain|trouble|problems?|issues|ache)|"
          r"bad back|pain in my back|trouble with my back)|first (?:time|episode|bout) (?:ever|in my life|of back|"
          r"i have had)|never been bothered (?:\w+ ){0,2}back)")
_AGE_50 = (r"(?:(?:i am|at|aged|age|now) [5-9]\d|[5-9]\d (?:years? old|yrs? old|yo|y o)|(?:i am|at|aged) "
           r"(?:fifty|sixty|seventy|eighty|ninety)\w*)")
_WORSE = (r"(?:getting worse|worse and worse|gets worse|got worse|keeps? getting worse|worse every (?:day|week)|"
          r"worsening|(?:painkillers|pills|tablets|paracetamol|ibuprofen|nothing) (?:do not|does not|did not|will "
          r"not|cannot|can not|barely|hardly|never) (?:\w+ )?(?:touch|help|work|shift|ease|dent)|nothing (?:helps|"
          r"touches|works|shifts it|eases it))")

OVERDOSE_LONG_OVER = (r"^(?!.*\b(?:today|tonight|last night|this (?:week|morning|evening|afternoon)|again|just "
                      r"(?:took|taken|had|swallowed)|an hour ago|hours ago|earlier|right now)\b)"
                      r"(?=.*\b(?:\w+|a few|many|several) years ago\b)(?=.*\b(?:took|taken|had|made) (?:an|a) "
                      r"(?:overdose|od)\b)(?=.*\b(?:been (?:well|fine|ok|okay|good|stable|doing well)|recovered|"
                      r"well (?:ever )?since|in recovery)\b)")

ROUND51_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _CRISIS, gated=False, phrases=(_GONE,)),
    Concept("new_back_pain_over_50", "U", "new back pain over the age of 50 that is getting worse",
            phrases=(_WORSE,), requires=(_FIRST, _AGE_50)),
)

from bot.safety.lexicon_round52 import ROUND52_CONCEPTS  # noqa: E402  (it imports `_FIRST` and `_AGE_50` from here)

ROUND51_CONCEPTS += ROUND52_CONCEPTS   # session 31, round 52 (`lexicon_round52`)
