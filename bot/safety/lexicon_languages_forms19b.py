"""Swedish shapes found missing in round thirty-five (session 19, second helper), in the form of `lexicon_languages`
(patterns over `fold_words`: lower case, no accents, so "dö" is "do" and "smärta" is "smarta"). Written with grammars
and dictionaries, **not reviewed by native speakers or a clinician**.

- Someone else's wish to die or to take their own life told in the third person ("hon vill dö", "han pratar om att ta
  livet av sig"), the Swedish form of the third-person wishes of `lexicon_languages_forms19` (the lexicon had the
  first person "jag vill dö" only). Svenska Akademiens ordbok: "ta livet av sig" (reflexive "sig" in the third
  person). 988 Lifeline: someone talking about wanting to die is a warning sign for them;
- a tearing or ripping pain ("slitande / rivande smärta"): NHS "Aortic dissection" (sudden tearing or ripping pain
  in the chest or between the shoulder blades, call 999); the same kind as the Dutch "scheurende pijn"
  (`lexicon_languages_forms13`) and the Romanian "sfâșietoare" (`lexicon_languages_forms16`). Not "ont mellan
  skulderbladen" alone (a desk-worker's ache). Neither form takes "inte" (not) between its words ("hon vill
  inte dö" is no wish).
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, CRISIS, LangConcept, concept

FORMS19B_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "sv": (concept("crisis", "C", CRISIS,
                   r"(?:hon|han|hen|de|dom) (?:(?!inte\b)\w+ )?(?:vill|ville|har velat|tanker|tankte|pratar om att|"
                   r"pratade om att) (?:(?!inte\b)\w+ )?(?:do|ta livet av sig|doda sig|skada sig)"),
           concept("chest_pain", "E", CHEST, r"(?:slitande|rivande) (?:\w+ ){0,2}smarta|smarta (?:\w+ )?som "
                   r"(?:slits|rivs) (?:sonder|isar)")),
}
