"""Which clauses of a message the learned crisis check may judge alone (session 16: support-line false alarms).

The check (`semantic.py`) scores the whole message and each of its sentences and clauses, and the highest score
decides. A short clause with no word of its own about death, harm or despair is scored on its style, not its
content: "asking for my nan" (0.93), "bit stuck for ideas to be honest" (0.96), "that makes zero sense to me"
(0.91) and "do you think?" (0.87) opened about 5% of ordinary questions with the suicide and self-harm support line.
In the crisis messages of the development rounds, a short clause that decides has either such a word ("so tired
of existing", "this is my last message"), a warning sign of `crisis_cues` ("won't be needing it"), or a message
around it that leans the same way (the whole message or another clause scores 0.5 or more). So a clause of fewer
than `MIN_ALONE_WORDS` words with none of these is not judged alone; the whole message and the other clauses
still are.

The word classes follow the screens the warning-sign classes (`crisis_cues`) cite: C-SSRS (wish to be dead, not
waking up, killing oneself, method, preparatory acts: a will, a note, pills collected), PHQ-9 item 9 (better off
dead, hurting oneself), the 988 Lifeline warning signs (hopeless, no reason to live, trapped, unbearable pain, a
burden, isolating, saying goodbye) and NHS "Help for suicidal thoughts" and "Self-harm" (cutting, burning,
overdosing). Medicine nouns (tablets, pills, painkillers) are left out on purpose: on a supplement site they are
among the commonest words of ordinary questions, so they say nothing by themselves ("trying to avoid
painkillers"); means at hand are a class of `crisis_cues` and its phrases, not a single word. Patterns are
written over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.safety.crisis_cues import warning_signs
from bot.safety.matching import prepare

# Death and dying, and not being alive or around (C-SSRS 1-2: wish to be dead, to go to sleep and not wake up).
_DEATH = (r"die|dies|died|dying|dead|death|kill\w*|kms|suicid\w*|unaliv\w*|alive|live|lives|living|life|exist\w*|"
          r"end|ends|ending|ended|over|gone|wake|waking|grave|funeral")
# Harm and method (PHQ-9 item 9: hurting yourself; NHS "Self-harm"; C-SSRS 3-5: method).
_HARM = (r"harm\w*|hurt\w*|cut|cuts|cutting|burn\w*|blade\w*|razor\w*|bleed\w*|blood|scars?|overdos\w*|od|hang|"
         r"hanging|rope|noose|jump\w*|bridge|ledge|roof|drown\w*|poison\w*|gun")
# Despair, being a burden, being worn out, wanting out (988 warning signs; PHQ-9 items 2 and 9).
_DESPAIR = (r"hopeless\w*|hope|point|pointless|worthless|useless|burden\w*|alone|lonely|nobody|anymore|cope|coping|"
            r"give up|giving up|gave up|tired|exhausted|empty|numb|trapped|escape|better off|"
            # "had enough", "got enough put by", not too little of something ("if you do not get enough": session 20)
            r"(?<!not )(?<!not get )(?<!not have )(?<!never get )(?<!not getting )(?<!not eating )enough|"
            r"(?:go|carry) on(?! (?:as (?:usual|normal|before)|taking|with|using|the same)\b)|"
            r"done|finished|dark|miserable|despair\w*|depress\w*|fail\w*|without me|"
            # Hate of oneself or of living, not of a chore ("I hate wasting their time": session 17).
            r"hate (?:myself|my self|my life|life|living|being alive|being here|everything|it all|existing|waking up|"
            r"me|who i am)")
# Goodbyes and affairs put in order (C-SSRS 6: preparatory acts; 988: saying goodbye), and the self as object.
_FAREWELL = r"sorry|goodbye|bye|farewell|last|forgive|letters?|notes?|myself|self"
_CRISIS_WORD = re.compile(r"\b(?:" + "|".join((_DEATH, _HARM, _DESPAIR, _FAREWELL)) + r")\b")

MIN_ALONE_WORDS = 8     # a clause this long is judged alone whatever its words (development rounds: see module doc)
SUPPORT = 0.5           # a short clause is judged when the whole message or another clause scores this much


def holds_crisis_word(text: str) -> bool:
    """Whether `text` (as typed) holds a word of death, harm, despair or farewell, or a warning sign of
    `crisis_cues` (one class is enough here: "won't be needing it", "my will is sorted"). "so tired of existing"
    → True; "asking for my nan" → False."""
    if not isinstance(text, str):
        return False
    folded = prepare(text).text
    return bool(_CRISIS_WORD.search(folded) or warning_signs(folded))


def judged_alone(units: Sequence[str], probabilities: Sequence[float]) -> list[bool]:
    """For each unit (`semantic.message_units`: the whole message first, then its clauses) with its crisis
    probability, whether it may bring the support line by itself: the whole message or a clause when it has
    `MIN_ALONE_WORDS` words or more, holds a crisis word, or stands in a message whose whole or another clause
    that is judged on its own merits (a long one or one with a crisis word) scores `SUPPORT` or
    more. Two short clauses with no crisis word, each high on style alone, do not vouch for each other ("versus
    just waiting it out?" 0.94 beside "I hate wasting their time" 0.93, whole 0.42: docs/SAFETY.md, session 17).
    Mismatched inputs judge every unit (the check's behaviour before this module)."""
    if len(units) != len(probabilities):
        return [True] * len(probabilities)
    # The whole message too: a short one with no crisis word ("how do i get more", "what happens if you dont get
    # enough") is style alone (session 20: every such development crisis row is caught by the phrase lexicon).
    merits = [not isinstance(unit, str) or len(unit.split()) >= MIN_ALONE_WORDS or holds_crisis_word(unit)
              for unit in units]
    out = []
    for i in range(len(units)):
        vouch = [float(p) for j, p in enumerate(probabilities) if j != i and merits[j]]
        out.append(merits[i] or max(vouch, default=0.0) >= SUPPORT)
    return out
