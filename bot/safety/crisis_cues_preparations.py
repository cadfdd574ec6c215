"""Warning-sign shapes of preparation and time left, for the classes of `bot.safety.crisis_cues` (read from safety
round thirty, session 17). Each is weak: a crisis only with a second, different class (or a second, different
goodbye), except self-harm, which is a crisis alone as in the other modules.

- ENDING: "(for / in) my last (few) days / weeks" as the writer's own time left, not the last days *of* a holiday,
  *at* work or *before* an operation (C-SSRS 1: wish to be dead; 988 Lifeline: talking about being gone);
- INTENT: a place, day or method already *chosen* ("I've picked the bridge I'm going to", "chosen the day"): a
  plan with its details (C-SSRS 4-5: intent and plan);
- MEANS: a razor blade out and at hand ("sitting on the counter", "next to me"), not for shaving (NHS "Self-harm":
  cutting; lethal-means counselling, Harvard "Means Matter": access to the means at the moment of distress);
- HOPELESS: the pain "is never going to stop ... so why bother" (PHQ-9 item 2; 988 Lifeline: feeling hopeless,
  unbearable pain), and being without one's usual help, "my therapist / counsellor is on holiday / away" (988
  Lifeline and NICE NG225 list loss of support and isolation among the risks: it adds weight to a sign, never
  stands for one);
- FAREWELL: prized things given to family ("giving my quilts to the grandkids", "gave my phone to my brother")
  and asking someone to look after the family ("told him to take care of our mother"): 988 Lifeline and AFSP
  warning signs (giving away possessions, saying goodbye, putting affairs in order). Not walking aids, baby things
  or clothes grown out of, which are handed on every day;
- SELF_HARM (a crisis alone): holding or pressing skin on something hot "on purpose / deliberately" (NHS
  "Self-harm": burning; NICE NG225: self-harm is intentional, whatever the motive). Not touching a hob to check it.

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

_FAMILY = (r"(?:my |the |our )?(?:grandkids|grandchildren|grandson|granddaughter|kids|children|son|daughter|"
           r"(?:junior |younger |little |big |older |elder )?(?:brother|sister)|nephew|niece|family|best friend|"
           r"mum|mom|mother|dad|father|wife|husband|partner|neighbou?r)s?\b")
# Things handed on every day for an ordinary reason: a walking aid no longer needed, baby things, outgrown clothes.
_EVERYDAY_GIFTS = (r"(?!(?:\w+ ){0,4}(?:crutch\w*|walking (?:stick|frame|aid)|stick|brace|wheelchair|pram|buggy|"
                   r"cot|car seat|baby|maternity|uniform|old clothes|outgrown|books? for (?:school|uni)))")
_HOT = (r"(?:kettle|iron|hob|stove|cooker|oven|radiator|heater|flame|lighter|candle|cigarette|boiling water|hot water|"
        r"hot tap|pan|grill|toaster)")

PREPARATION_CLASSES: dict[str, str] = {
    "ending": (
        r"(?:for|in|enjoy|during|through) my (?:last|final) (?:few |couple of )?(?:days|weeks)\b"
        r"(?! (?:of|at|in|on|before|with|here|there|off|away|as)\b)"),
    "intent": (
        r"(?:picked|chosen|chose|decided on|settled on|worked out) (?:the|a|my) (?:bridge|cliff|spot|place|day|date|"
        r"time|method|way)\b(?: \w+){0,2} (?:i am going to|i will (?:go|use|do)|to (?:do it|use|go to|jump))"),
    "means": (
        r"razor ?blades? (?:\w+ ){0,2}(?:sitting|lying|right|ready|out|next to me|beside me|in (?:my hand|front of "
        r"me)|on the (?:\w+ )?(?:counter|table|side|desk|bed|floor|sink|shelf))\b"
        r"(?!(?: \w+){0,6} (?:shav\w*|for (?:my )?(?:legs|beard|face|crafts?|the scraper)))"),
    "hopeless": (
        r"(?:never going to|will never|is not going to ever) (?:\w+ )?(?:stop|end|get better|go away|improve|change)"
        r"\b(?: \w+){0,3} (?:so )?(?:why bother|what is the point|why keep (?:going|trying))|"
        r"my (?:therapist|counsell?or|psychiatrist|psychologist|care coordinator|crisis team|key worker|cpn) (?:is|"
        r"are|has gone|went|will be) (?:\w+ )?(?:on (?:vacation|holiday|leave|annual leave)|away|off sick|not "
        r"(?:answering|available|around))"),
    "farewell": (
        r"(?:giving|gave|given|give|handing|handed|passing|passed) (?:away |out |on )?(?:my|the|all my|our) "
        + _EVERYDAY_GIFTS + r"(?:\w+ ){0,5}(?:to|among) " + _FAMILY + r"|"
        r"(?:told|asked|telling|asking) (?:him|her|them|my \w+) to (?:take care of|look after|watch over|care for) "
        r"(?:our|my|the) (?:mother|mum|mom|father|dad|kids|children|family|sister|brother|dog|cat|wife|husband)"),
    "self_harm": (
        r"(?:hold|holding|held|press|pressing|pressed|put|putting|keep|keeping|kept) (?:my )?(?:hand|hands|arm|arms|"
        r"fingers?|wrist|palm|skin|leg|thigh) (?:\w+ ){0,2}(?:on|against|over|under|in|to) (?:the |a |my )?(?:\w+ )?"
        + _HOT + r"\b(?: \w+){0,3} (?:on purpose|deliberately|purposely|intentionally)"),
}
