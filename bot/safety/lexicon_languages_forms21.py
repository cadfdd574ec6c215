"""Other-language crisis shapes found missing in round thirty-seven (session 21), in the form of `lexicon_languages`
(patterns over `fold_words`: lower case, no accents, so "skär" is "skar" and "ikväll" is "ikvall"). Written with
grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- Swedish self-harm told as cutting (or burning, scratching open) oneself *again* or on the arms, wrists or thighs,
  in the perfect or the present ("har skurit mig igen", "jag skär mig i armarna", "har bränt mig igen"), where
  `lexicon_languages_forms13` had only the emphatic "skurit mig själv". NHS "Self-harm" (cutting, burning);
  988 Lifeline; Svenska Akademiens ordbok ("skära sig", reflexive: to cut oneself). "Igen" (again) marks a
  repeated act, the pattern of self-harm; a cut while cooking names the finger or the knife ("skar mig i fingret
  när jag lagade mat"), which is left alone, and "igen" after "skar mig" in a kitchen sentence is excluded by the
  words that follow (fingret, tummen, kniven, papperet).
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

_SV_OWN_SKIN = r"(?:armen|armarna|handleden|handlederna|laret|laren|benen|magen|huden)"
_SV_ACCIDENT = r"(?! (?:\w+ ){0,3}(?:fingret|fingrarna|tummen|kniven|papperet|glaset|matlagning\w*|lagade mat))"

FORMS21_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "sv": (concept("crisis", "C", CRISIS,
                   r"(?:har |hade )?(?:skurit|skar|skarit|rispat|ristat|brant|branner|skadat|skadar) mig (?:(?:sjalv )?"
                   r"igen|(?:\w+ )?(?:pa|i) " + _SV_OWN_SKIN + r")\b" + _SV_ACCIDENT),),
}
