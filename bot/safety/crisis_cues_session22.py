"""Warning signs found missing in safety round thirty-nine (session 22), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak: a crisis only with a second, different class.

- HOPELESS: others better off "if I gone / if I dead", the burden told with the copula left out, as Caribbean
  Creoles do ("everybody go be better off if ah gone"; Winer, Dictionary of the English/Creole of Trinidad & Tobago,
  2009: zero copula before an adjective or participle). The standard form ("if I was gone") is a phrase of
  `bot.safety.lexicon_crisis` and a crisis alone; this one needs a second sign. PHQ-9 item 9 ("better off dead");
  Joiner's perceived burdensomeness (Van Orden et al., Psychol Rev 2010;117:575-600).
- MEANS: all the tablets taken out of, or emptied from, the cupboard, drawer, cabinet or box where they are kept
  (a stock of means gathered: C-SSRS 5-6, preparatory acts; NICE NG225 1.5, ask about access to means). Not one
  tablet taken out, and weak alone: "took all the tablets out of the cupboard to check the dates" is no crisis.
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

_STORE = r"(?:cupboard|drawer|cabinet|box|boxes|bathroom|medicine \w+|first aid \w+|packets?|blister \w+|shelf)"
SESSION22 = {
    "hopeless": (r"(?:better off|better|easier|happier) (?:\w+ ){0,3}(?:if|when|once) i (?:just )?(?:gone|dead)"
                 r"\b(?! (?:to|for|on|out|back|home|away|shopping|with|off)\b)"),
    "means": (r"(?:take|took|taken|taking|tek|got|get|getting|pulled|pull|emptied|empty|emptying) (?:\w+ )?(?:out )?"
              r"(?:all|every one of|every last one of|the whole lot of) (?:of )?(?:the|my|his|her|those|these) "
              r"(?:\w+ )?"
              + MEDICINES + r" (?:out )?(?:from|out of|of) (?:the|my|his|her|our) (?:\w+ )?" + _STORE + r"\b"),
}
