"""Red-flag lexicon, part five: emergencies as people tell them (round eleven), in the form of `bot.safety.lexicon`.

Round eleven's missed emergencies were told in lay words the lexicons had in another shape: a fall told with its
height between the verb and the place ("fell about 3 metres off the loft ladder"), tablets taken by the load with
a slang verb ("necked a load of tablets", "downed a whole packet of paracetamol"), someone who "won't wake up
properly" and whose "breathing sounds wrong". Its near misses included a figure of speech ("paralysed with
indecision"). Each is written here as a kind:

- a fall from a height given in metres, feet or storeys: NICE NG232 "Head injury" (2023) and its cervical-spine
  rules count "a fall from a height of greater than 1 metre or 5 stairs" as a dangerous mechanism of injury;
  reference §2.2 "fell from (a ladder, roof, stairs, height)". An old fall stays old (`OLD_INJURY`);
- many tablets taken at once, adult or child, whatever the verb (tier P): NHS "Paracetamol overdose" and NHS 111
  "Taken too much of a medicine": call 999 or go to A&E if someone has taken more than the stated dose and is
  unwell, drowsy or not responding; reference §2.3 poisoning;
- someone who cannot be woken properly, and breathing that sounds wrong (tier E): NHS "When to call 999":
  someone unconscious or not responding, or with noisy, rattling or struggling breathing;
- "paralysed" (reference §2.2, bilateral neurological deficit), except "paralysed with fear / by choice /
  with indecision" and "analysis paralysis", figures of speech for not being able to decide or act.
"""

from __future__ import annotations

from bot.safety.lexicon import FALL, OLD_INJURY, Concept

_HEIGHT = (r"(?:about |around |over |nearly |almost |at least |like )?(?:\d+(?: \d+)? ?(?:m|metres?|meters?)|"
           r"(?:one|two|three|four|five|six|ten|a couple of|a few) (?:metres?|meters?)|(?:[3-9]|[1-9]\d+) ?(?:feet|"
           r"foot|ft)|(?:three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:feet|foot)|(?:a|one|two|"
           r"three|\d+) (?:storeys?|stories|floors?|flights? of stairs))\b")
_TABLETS = (r"(?:tablets?|pills?|painkillers?|paracetamol|ibuprofen|co ?codamol|codeine|tramadol|sleeping pills|"
            r"meds|medication|medicines?|capsules|antidepressants|iron)")
# "Taking loads of iron tablets for months" and "took all my tablets this morning" are use, not an overdose: "took"
# counts only with a whole packet or a handful; the slang verbs also with "a load of" or all of someone's tablets.
_PACKET = (r"(?:a handful of|(?:a |the )?(?:whole |full |entire )?(?:packet|pack|box|bottle|strip|tub|blister) of)")
_A_LOT = r"(?:a load of|a bunch of|all (?:of )?(?:his|her|their|the|your)|" + _PACKET + r")"

LAY_CONCEPTS: tuple[Concept, ...] = (
    Concept("significant_trauma", "E", "back pain after a fall, accident or injury", unless=OLD_INJURY,
            phrases=(FALL + r" (?:\w+ ){0,2}" + _HEIGHT,)),
    Concept("poisoning", "P", "tablets swallowed by a child, or too many taken", gated=False, phrases=(
        r"(?:took|taken) (?:\w+ )?" + _PACKET + r" (?:\w+ ){0,3}" + _TABLETS + r"\b",
        r"(?:necked|necking|downed|downing|swallowed|popped|knocked back|chugged|scoffed) (?:\w+ )?" + _A_LOT
        + r" (?:\w+ ){0,3}" + _TABLETS + r"\b",)),
    Concept("collapse", "E", "collapse or loss of consciousness", phrases=(
        # Someone else, not "I can't wake up properly in the mornings" (tiredness).
        r"(?:he|she|they) (?:\w+ )?(?:will not|would not|cannot|can not|is not|are not) (?:\w+ )?(?:wake|waking|come "
        r"round|coming round) (?:up )?properly|(?:cannot|can not|could not) (?:\w+ )?wake (?:him|her|them) (?:up )?"
        r"properly|(?:he|she|they|and) (?:will not|would not|is not|are not) (?:wake|waking) up\b(?! (?:in the|for|"
        r"on time|early|before|until|till|at|when|unless|if)\b)",)),
    Concept("breathing_difficulty", "E", "difficulty breathing", phrases=(
        r"(?:his|her|their) breathing (?:\w+ )?(?:sounds?|is|looks|seems|went|has gone|gone) (?:\w+ )?(?:wrong|"
        r"weird|funny|strange|odd|noisy|rattl\w*|gurgl\w*)",)),
    Concept("leg_weakness_or_numbness", "E", "symptoms in both legs, or leg weakness that is getting worse",
            phrases=(r"(?<!analysis )paralys\w*(?! (?:with|by) (?:\w+ )?(?:indecision|fear|choices?|options|doubt|"
                     r"nerves|anxiety|panic|terror|worry|shyness|stage fright|laughter))",)),
)
