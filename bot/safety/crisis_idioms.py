"""Everyday talk of one's own death that is not a wish to die: a part of the idioms `crisis_cues.strip_idioms` sets
aside, read by the crisis phrases as well (`triage`), in the writer's voice and in the voice of someone told about
(`crisis_others`). Session 12: once someone else's words were read in their own voice, these were flagged for them
as they already were for the writer.

- killing oneself with a food, a drink, work or a habit ("my dad's killing himself with junk food", "killing
  herself working two jobs"); not "kill myself with pills", not "going to kill myself";
- not being around much longer said at a great age (85 or more) or near the end of life (hospice, palliative,
  terminal, months to live): "my nan is 96 and says she won't be around much longer";
- where one would like to die ("wants to die in her own bed", "at home", "in a hospice");
- jumping off a bridge or a cliff for a bungee jump, for fun, for a dare, for charity;
- dying or getting killed in a video game ("I keep dying on the last boss", "died on level 3"; session 21): the
  player's character losing a life (OED "die", v., sense in games); never "want to die / could die in the game";
- not being able to take or stand "it / them" any more, said of a treatment beside its side effect ("this iron, I
  can't take it any more, the constipation is awful"; session 19): a tolerability complaint, the commonest reason
  people stop a medicine (NICE CG76 "Medicines adherence", 1.1 and 1.4: side effects and concerns). Set aside only
  with both a treatment and a side effect within about ten words, so "I can't take it anymore" alone, or beside
  the pain, stays a crisis phrase;
- not being able to "go on" doing an everyday activity ("I can't go on sitting in that car two hours a day", "can't go
  on lifting like this at work"; round thirty-eight, session 21): "go on" + a gerund of a posture, a journey or a task
  is the activity continuing (OED "go on", v., 1: to continue doing), not life; "go on living / existing / being
  here" is never set aside (NHS "Help for suicidal thoughts": "I can't go on" said of life).
- (session 23) "suicides" run as a sprint drill ("coach made us run suicides"; Wiktionary "suicide", noun, sports),
  set aside wherever it stands, never before "thoughts", "scenarios" or "in my head"; and a "dead" arm, leg, hand or
  foot, one gone numb for a while (OED "dead", adj.: numb; NHS "Pins and needles"), not "my dad is dead".
- (session 24) a wish not to live or wake up with a complement of place, time or manner ("live near a main road",
  "wake up early"), and a jump into the sea for a swim: `crisis_complements`.

None of the others is set aside next to a plan word (tonight, tomorrow, this weekend, right now, alone, goodbye): "I'm
killing myself with alcohol tonight" stays a crisis. Only the idiom's own words are removed, so a crisis phrase
beside it ("wants to die in her own bed, she says she can't go on") is still read. Sources: C-SSRS (a wish to be
dead is a wish about being dead, not about where or how old one is); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/);
docs/SAFETY.md. Patterns are written over the matching form (`bot.safety.matching`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_accidents_round47 import strip_accidents
from bot.safety.crisis_complements import strip_complements

_SELF = r"(?:my|him|her|them|your|our)(?:self|selves)"
_HABIT = (r"(?:(?:junk|fast|processed|fried|greasy|bad|rubbish|salty) )?(?:food|junk|takeaways?|takeouts?|sugar|sweets|"
          r"candy|chocolate|crisps|chips|fries|burgers?|pizzas?|kebabs?|pies|cakes?|biscuits|cookies|doughnuts|donuts|"
          r"(?:fizzy|energy|soft) drinks?|soda|pop|coke|red bull|coffee|caffeine|cigarettes|cigs|fags|smoking|smokes|"
          r"vapes?|vaping|tobacco|cigars|booze|drink|drinking|alcohol|beer|lager|wine|whisky|whiskey|work|overwork|"
          r"overtime|stress|worry|worrying|hours|shifts|exercise|gym|training|workouts|diets?|dieting|sleep|salt|"
          r"red meat|lifestyle|habits?)")
# Not "thinking about killing myself with ...".
_KILLING = (r"(?<!about )(?<!of )(?<!considering )killing " + _SELF + r" (?:(?:slowly|gradually|literally) )?"
            r"(?:(?:with|on|from|by) (?:(?:all|that|this|the|those|these|his|her|my|their|your|so|too|much|many|no|"
            r"lack|of|late|long|night|bad) ){0,3}" + _HABIT
            + r"|(?:working|studying|revising|training|at work|at the gym|over (?:work|exams)))\b")
_NOT_AROUND = (r"(?:will not|would not|not going to|may not|might not|not|no longer) (?:be|b) (?:around|here|"
               r"with (?:us|you)) (?:(?:much|for|very) ){0,2}(?:longer|long)\b")
# A great age (85 or more) or the end of life, near the words: "she is 96", "aged 90", "in her nineties", a hospice.
_LATE_LIFE = re.compile(r"\b(?:(?:is|am|are|aged?|turned|turning|she is|he is|i am) (?:8[5-9]|9\d|1[01]\d)|"
                        r"(?:8[5-9]|9\d|1[01]\d) (?:years? old|yrs? old|yo|next)|"
                        r"in (?:my|his|her|their) (?:late eighties|nineties|90s|hundreds)|"
                        r"hospice|palliative|end of life|terminal\w*|months to live|weeks to live|"
                        r"do not resuscitate|dnr)\b")
_DIE_WHERE = (r"(?:want|wants|wanted|wish|wishes|like|prefer|prefers|hope|hopes|hoping|rather|choose|chose) "
              r"(?:\w+ ){0,2}?(?:to )?die (?:peacefully )?(?:in (?:my|his|her|their|our) own (?:bed|home|house)|"
              r"at home|in (?:a|the) hospice|surrounded by (?:\w+ ){0,2}(?:family|loved ones|kids|children|"
              r"grandchildren))\b")
_FOR_FUN = (r"(?:jump\w*|leap\w*|div\w*|dove) (?:off|from) (?:a |the |that |this )?(?:\w+ )?(?:bridge|cliff|building|"
            r"tower|crane|platform|dam|plane)(?: \w+){0,3}? (?:for (?:a |the |his |her |some )?(?:bungee|bungy|fun|"
            r"laugh|giggles|dare|bet|charity|thrill|kicks|adrenaline|stunt|tiktok|video)|on a (?:bungee|bungy)|with "
            r"a (?:bungee|bungy|parachute|wingsuit))\b|bungee (?:jump\w* )?(?:off|from) (?:a |the |that )?(?:\w+ )?"
            r"(?:bridge|cliff|building|tower|crane|platform|dam)")
_CANT_TAKE = re.compile(r"\b(?:cannot|can not|could not) (?:take|stand|stomach|tolerate|handle) (?:it|them|this|these|"
                        r"that) (?:anymore|any more)\b")
# A supplement or medicine named (shared with `crisis_ordinary`, which asks about stopping one).
TREATMENT = (r"(?:vitamins?|vit|d3|b12|magnesium|mag|calcium|iron|potassium|zinc|folic acid|folate|k2|fish oil|"
             r"supplements?|tablets?|pills?|capsules?|multivitamins?|injections?|shots?|jabs?|meds|medications?|"
             r"medicines?|prescriptions?|painkillers?|treatment|dose|doses)")
_TREATMENT = re.compile(r"\b" + TREATMENT + r"\b")
# Shared with `crisis_ordinary` (session 21: a side effect told beside stopping a treatment).
SIDE_EFFECT = re.compile(r"\b(?:side effects?|the runs|diarrh\w*|constipat\w*|nause\w*|vomit\w*|throwing up|"
                          r"makes? me (?:feel )?(?:sick|nauseous|ill|queasy|bloated)|upsets? my (?:stomach|tummy|gut)|"
                          r"heartburn|indigestion|bloat\w*|(?:awful|horrible|metallic) taste|stomach cramps)\b")
_GAME_DEATH = (r"(?<!to )(?<!could )(?:dying|died|die|dies|getting killed|got killed) (?:\w+ ){0,3}(?:on|in|at|to) "
               r"(?:(?:the|this|that|a|my) (?:\w+ ){0,2}(?:game|level|boss|raid|mission|quest|map|dungeon)|"
               r"level \d+)\b")
_GO_ON_DOING = (r"(?:cannot|can not|could not) (?:just )?go on (?:\w+ )?(?:sitting|standing|driving|commuting|working|"
                r"walking|lifting|sleeping|paying|waiting|queuing|typing|travelling|traveling|bending|kneeling|carrying|"
                r"cycling|running|training|taking (?:the|this|that) (?:bus|train|tube)|eating (?:the|this|that))\b")
# Session 23 (round forty): "suicides" run as a sprint drill ("coach made us run suicides", "sets of suicides";
# Wiktionary "suicide", noun, sports: a conditioning drill of sprints to lines and back; `lexicon_crisis` has "suicide
# sprints"). Only after a verb of running or a count of sets, never before "thoughts", "ideas", "scenarios" or "in my
# head".
SUICIDE_DRILL = (r"(?:run|ran|running|runs|sprint\w*|(?:sets?|rounds?|reps?|lines?) of) (?:\w+ ){0,2}?suicides?\b"
                 r"(?! (?:thoughts?|ideas?|scenarios?|plans?|notes?|letters?|through|over|in (?:my|your|his|her) "
                 r"(?:head|mind)|attempts?|risk|watch|prevention|awareness|hotline|helpline|line)\b)")
_DRILL = re.compile(r"\b" + SUICIDE_DRILL)
# Session 23: a "dead" arm, leg, hand or foot is one gone numb for a while (OED "dead", adj.: numb, without feeling; NHS
# "Pins and needles": lying or sitting on a limb), not a death ("woke up with a dead hand").
_NUMB_LIMB = r"(?<!is )(?<!was )dead (?:arm|arms|leg|legs|hand|hands|foot|feet|fingers?)\b"
_PLAIN = re.compile(r"\b(?:" + "|".join((_KILLING, _DIE_WHERE, _FOR_FUN, _GAME_DEATH, _GO_ON_DOING, _NUMB_LIMB))
                    + r")")
_AGED = re.compile(r"\b" + _NOT_AROUND)
# A plan or a goodbye near the words makes them what they say.
_PLAN = re.compile(r"\b(?:tonight|tomorrow|this (?:evening|weekend)|right now|at midnight|alone|by myself|goodbye)\b")
_NEAR = 60   # characters either side (about ten words)


def _near(folded: str, m: re.Match[str], pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(folded[max(0, m.start() - _NEAR):m.end() + _NEAR]))


def strip_life_idioms(folded: str) -> str:
    """`folded` (matching form) with the idioms above replaced by a space, except beside a plan word."""
    folded = strip_complements(_DRILL.sub(" ", folded))    # a place, a time or a swim (session 24)
    folded = strip_accidents(folded)    # a past road accident (session 28, `crisis_accidents_round47`)
    text = _PLAIN.sub(lambda m: m.group(0) if _near(folded, m, _PLAN) else " ", folded)
    text = _CANT_TAKE.sub(lambda m: " " if _near(folded, m, _TREATMENT) and _near(folded, m, SIDE_EFFECT)
                          and not _near(folded, m, _PLAN) else m.group(0), text)
    return _AGED.sub(lambda m: " " if _near(text, m, _LATE_LIFE) and not _near(text, m, _PLAN) else m.group(0), text)
