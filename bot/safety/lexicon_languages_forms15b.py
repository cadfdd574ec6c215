"""Other-language crisis and emergency shapes found missing in round twenty-seven (session 15), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Grammatical forms the lexicons had only in
another form, written with grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- German separable verbs take "zu" inside them in the infinitive: "ich denke daran, mich umzubringen" (Duden
  grammar: "zu" between the particle and the stem, "um-zu-bringen"); the lexicon had "mich umbringen" only;
- Italian object pronouns join the infinitive ("ho ricominciato a tagliarmi", "voglia di bruciarmi"; Serianni,
  Grammatica italiana, enclitic pronouns): self-harm started again, wanted, or done "per sentire qualcosa" / "per
  non sentire" (NHS "Self-harm": to feel something, to stop feeling). Not hair, nails, a beard or a finger;
- Swedish: falling asleep and never waking again as a wish ("önskar att jag kunde somna och aldrig vakna igen";
  C-SSRS 1), not "inte vakna förrän" (not wake until); the preterite "kissade / bajsade på mig" beside the supine
  the lexicon had, and feeling nothing when wiping (NHS "Cauda equina syndrome": numbness when wiping);
- Turkish asks "will I die if I take it all" with the conditional -(y)sA and the question particle mI after the
  verb: "hepsini bir kerede içersem ölür müyüm" (Göksel and Kerslake, Turkish: A Comprehensive Grammar), the form of
  the English lethality question told as a condition (`lexicon_crisis_grammar`; 988 Lifeline: looking for a way).

Sources: C-SSRS screener; NHS "Self-harm"; NHS "Cauda equina syndrome"; 988 Lifeline warning signs.
"""

from __future__ import annotations

from bot.safety.language_patterns import BLADDER, BOWEL, CRISIS, SADDLE, LangConcept, concept, near

_IT_HARM = r"(?:tagliarmi|bruciarmi|ferirmi|graffiarmi|colpirmi|farmi del male)"
_IT_NOT = r"(?! (?:i capelli|le unghie|la barba|la frangia|i baffi|un dito|il dito|le punte))"

FORMS15B_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "de": (concept("crisis", "C", CRISIS, r"mich (?:\w+ )?umzubringen|mich (?:\w+ )?selbst zu toten|mich zu toten"),),
    "it": (concept("crisis", "C", CRISIS,
                   r"(?:ricominciat\w*|ripres\w*|continu\w*|tornat\w*|voglia|bisogno|tentazione|pensat\w*|penso|"
                   r"iniziat\w*|cominciat\w*|smettere) (?:a |di )?" + _IT_HARM + r"\b" + _IT_NOT + r"|" + _IT_HARM
                   + r"\b" + _IT_NOT + r" (?:\w+ ){0,3}per (?:sentire|non sentire|punirmi|sfogarmi|calmarmi)"),),
    "sv": (concept("crisis", "C", CRISIS,
                   r"(?:onskar|vill|kunde|skulle vilja|hoppas|langtar) (?:\w+ ){0,5}(?:somna (?:in )?(?:och )?)?"
                   r"(?:aldrig|inte) vakna (?:igen|mer|upp igen)\b"),
           concept("bladder_problem", "E", BLADDER, r"kissade (?:pa|i) mig|kissade (?:\w+ )?(?:i )?(?:sangen|"
                                                   r"byxorna)"),
           concept("bowel_problem", "E", BOWEL, r"bajsade (?:pa|i) mig"),
           concept("saddle_numbness", "E", SADDLE,
                   near(r"kanner (?:ingenting|inget)|domn\w*|ingen kansel", r"torkar mig|torka mig|torkade mig",
                        4))),
    "tr": (concept("crisis", "C", CRISIS,
                   r"(?:hepsini|tamamini|butun|tum|bir kutu|kutusunu|hepsi) (?:\w+ ){0,4}(?:icersem|alirsam|yutarsam|"
                   r"icsem|alsam|yutsam) (?:\w+ ){0,2}(?:olur muyum|olurmuyum|olur mu|oldurur mu|olebilir miyim)"),),
}
