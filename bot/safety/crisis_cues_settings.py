"""More shapes of the warning-sign classes of `bot.safety.crisis_cues` (session 15), each weak: a crisis only with a
second, different class, as in `crisis_cues_plans`.

Round twenty-six (read) held English crisis messages whose two warning signs were there in shapes the classes did
not have. Added as kinds, never as a message's own words:

- ENDING: a life told as complete, "I've had a good run / innings / life" (older adults speak of being done with
  life this way: Conwell, Van Orden and Caine, "Suicide in older adults", Psychiatr Clin North Am 2011;34:451-468).
  Alone it is no crisis: a 90-year-old who has had a good innings and wants her back to stop hurting is ordinary;
- INTENT: looking up how long it takes if one stops eating and drinking altogether (voluntary stopping of eating and
  drinking as a way to die: Ivanović, Büche and Fringer, BMC Palliat Care 2014;13:1; C-SSRS 4-5, researching a
  method), not a fast with a purpose or one food left out; waiting for the others in the house to be away or asleep
  ("only waiting for the kids to go to their dad's"): a time chosen when nobody is there (C-SSRS 5-6: plan and
  preparation; 988 Lifeline: isolating oneself);
- MEANS: one's own medicines counted against what "I would need" (the tablets at hand are the means; C-SSRS 4), not
  when the sentence says what for ("... to get my level up", "... a day", "... for the trip").

Sources beside those: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/). Patterns are over the matching form
(`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

_OTHERS_HOME = (r"(?:the kids|the children|the boys|the girls|everyone|everybody|the others|the house|(?:my|her|his|"
                r"our) (?:\w+ )?(?:husband|wife|partner|kids|children|son|daughter|mum|mom|dad|parents|flatmates?|"
                r"family))")
_NO_PURPOSE = r"(?! (?:to|for|per|a day|each|every|in|if|when|before|after|with|at)\b)"

SESSION15_CLASSES: dict[str, str] = {
    "ending": r"\bi (?:have|have had|had) (?:had )?(?:a )?(?:good|long|full|decent) (?:run|innings|life)\b",
    "intent": (
        r"(?:read\w*|look\w* up|googl\w*|search\w*|research\w*|wonder\w*|find\w* out|ask\w*) (?:\w+ ){0,4}how "
        r"(?:long|quick\w*|fast) (?:\w+ ){0,4}(?:if|when|once|after) (?:you|i|one|a person|someone|people) (?:\w+ )?"
        r"(?:stop|stops|stopped|give up|gives up|quit) (?:\w+ )?(?:eating and drinking|drinking and eating|"
        r"eating or drinking|food and (?:water|fluids?|drink))\b|"
        r"(?:only |just )?waiting (?:for|until|till|til) " + _OTHERS_HOME + r" (?:\w+ ){0,2}(?:to (?:go|leave|be "
        r"(?:away|out|asleep|gone))|(?:are|is|have|has) (?:away|out|gone|asleep|left))\b"),
    "means": (r"how many (?:of )?(?:my|her|his) (?:own )?(?:\w+ ){0,2}" + MEDICINES + r" (?:i|she|he) (?:would|will|"
              r"d|might) need\b" + _NO_PURPOSE),
}
