"""Warning signs told as amounts, outcomes and belongings, for the classes of `bot.safety.crisis_cues` (read from
safety round thirty-three, session 19). Each is weak: a crisis only with a second, different class, as in the other
cue modules; none of them names a vignette's words, each is a grammatical shape.

- MEANS: wanting, buying or having *enough* of something "to finish / end things" (a quantity sought for a purpose:
  Harvard "Means Matter", access to a lethal amount; NICE NG225 1.5, asking about the means and their quantity);
- INTENT: how many or how much "would it take to do damage / do harm / hurt myself" (the lethality question told with
  a verb of harm rather than of dying; WHO/IASP media guidance: questions about lethality are a warning sign; C-SSRS
  item 3, thoughts of method). A parent's toxicity question is this shape too, so it never fires alone;
- HOPELESS: not caring what happens to oneself, or whether one lives or wakes up (988 Lifeline warning signs:
  hopelessness, no reason to live; Beck Hopelessness Scale item "I might as well give up because there is nothing
  I can do about making things better for myself");
- ENDING: the writer not being around "to need / use / see" their things (the future absence told by its
  consequence; 988 Lifeline: talking about not being around), and "finish things / finish it all" (the verb
  "end" told with "finish", as "end things" is in `crisis_cues`), not "finish things at work" or "finish it off";
- FAREWELL: dividing one's belongings, "sorted out who gets what" (988 Lifeline and AFSP: giving away possessions,
  putting affairs in order); possessions given away with two objects joined ("gave my X and the dog to"), which
  the older pattern (three words between) missed.

Session 19, second helper (round thirty-five read):

- MEANS: a counted stock of tablets (a number of ten or more, or "a box / packet / bottle of" them) and a drink of
  spirits or wine set out together "beside me / next to me / in front of me / on the table" (medicines and alcohol
  at hand at once: NICE NG225 1.5.3, ask about access to means, and alcohol as a risk factor for acting; Samaritans
  media guidelines: paracetamol and alcohol together). Weak like every class: a question of what one may drink
  with one's vitamins names no set-out stock beside the writer.

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

_FINISH = (r"(?:finish|end) (?:things|it|it all|everything|my life|myself)\b(?! (?:off|up|at|with|for|before|on|by|"
           r"in|today|tomorrow|early|properly|first)\b)")
_STOCK = (r"(?:have|got|holding|counted|lined up|sitting with|sat with|sat here with) (?:out |up )?(?:\w+ ){0,2}"
          r"(?:[1-9]\d+ |(?:a|the|my|his|her) (?:whole |full |new |fresh )?(?:box|boxes|packet|packets|pack|bottle|"
          r"tub|strip|strips) (?:of )?)")
_DRINK = (r"(?:bottle|litre|liter|half|quarter|fifth|glass|can|cans) (?:of )?(?:\w+ )?(?:vodka|whisky|whiskey|gin|rum|"
          r"wine|brandy|tequila|booze|alcohol|spirits|cider)")
_AT_HAND = r"(?:beside|next to|in front of|with) me|here with me|on the (?:table|bed|desk|bedside)"
_POSSESSIONS = (r"(?:dog|cat|pets?|things|stuff|belongings|guitar|bike|car|watch|ring|jewell?ery|collection|books|"
                r"games|console|records|tools|laptop|camera)")

AMOUNT_CLASSES: dict[str, str] = {
    "means": (
        r"(?:want|wanted|need|needed|have|got|buy|buying|bought|get|getting|collect\w*|save|saved|saving) enough "
        r"(?:\w+ ){0,3}to " + _FINISH + r"|" + _STOCK + r"(?:\w+ ){0,4}(?:and|with|plus) (?:a |the |some |my |an? "
        r"open )?" + _DRINK + r" (?:\w+ ){0,2}(?:" + _AT_HAND + r")\b"),
    "intent": (
        r"how (?:many|much) (?:\w+ ){0,6}(?:would|will|does|did|could|can|might) it take (?:\w+ ){0,2}to (?:actually |"
        r"really |seriously |properly )?(?:do (?:\w+ )?(?:damage|harm)|hurt (?:me|myself|you|someone|a person)|harm "
        r"(?:me|myself|you|someone|a person)|damage (?:me|myself|your|my))\b"),
    "hopeless": (
        r"(?:do not|does not|no longer|never) (?:really |even |honestly |actually )?care (?:anymore |any more )?"
        r"(?:about )?(?:what happens to me|(?:if|whether) i (?:live|die|wake up|am here|am alive|make it|survive|"
        r"get hurt|am around))\b"),
    "ending": (
        r"\bi (?:will not|would not|am not going to|will no longer) be (?:around|here|alive) (?:\w+ )?to (?:need|use|"
        r"see|"
        r"enjoy|worry about|care about|spend|read|pay for|wear|play)\b(?!(?: \w+){0,3} (?:till|until|til|before|while|"
        r"during|next|for (?:a|the|two|\d+))\b)|(?:want|wanted|going|ready|time) to "
        + _FINISH + r"|finish (?:things|it all|everything|my life)\b(?! (?:off|up|at|with|for|before|on|by|in|today|"
        r"tomorrow|this|early|properly|first)\b)"),
    "farewell": (
        r"(?:sorted|sorting|sort|worked|working|decided|deciding|written|wrote|writing) (?:out |down )?who (?:gets|"
        r"will get|is getting|should get|should have|can have|gets to have|is having) (?:what|my|all my)\b|"
        r"(?:given|gave|giving) (?:my|his|her) \w+ and (?:my |the |his |her )?(?:\w+ )?" + _POSSESSIONS
        + r" (?:away|to)\b(?!(?: \w+){0,3} to (?:fix|mend|repair|borrow|mind|look after|sell|service|clean)\b)"),
}
