"""Other-language emergency and crisis shapes found missing in round thirty-eight (session 21), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents, so "spüre" is "spure" and "łopatkami" is
"lopatkami"). Written with grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- German saddle numbness with the verb before its subject (verb-second after a fronted phrase: "beim Abwischen
  spüre ich nichts mehr am Po", "seit gestern fühle ich da unten nichts"), where `lexicon_languages_cauda` had only
  "spüre nichts" side by side; with wiping or with the bottom, groin or genitals named. GIRFT / NHS cauda equina
  symptom card (numbness around the bottom or genitals, noticed when wiping); NHS "Cauda equina syndrome"; Duden
  (V2 word order). Not "nichts Ungewöhnliches / Besonderes" (nothing unusual).
- Polish tearing back or chest pain ("rozdzierający / rozrywający ból", "ból jakby coś się rozrywało"), the sign of
  an aortic dissection (NHS "Aortic dissection": sudden tearing or ripping pain in the chest or between the shoulder
  blades, call 999; DESIGN.md, chest pain), as `lexicon_languages_forms13` did for Dutch and `forms16` for
  Romanian; and a sudden pain between the shoulder blades with sweating or dizziness. Not a torn muscle told
  as "naderwany mięsień" (a different word).
- Romanian farewell: a farewell letter ("scrisoare de adio", "scrisori de adio"), or "I won't be here any more"
  told of tomorrow, tonight or soon ("mâine nu o să mai fiu aici"), or "nu voi mai fi printre voi / în viață".
  988 Lifeline warning signs (saying goodbye, talking about not being around); C-SSRS 5-6 (preparatory acts:
  writing a suicide note). Not leaving a job or a town ("plec", "mă mut", "concediu", "colegi").
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, CRISIS, SADDLE, LangConcept, concept, near

_DE_FEEL_NOTHING = (r"(?:spure|spuere|spur|fuhle|fuehle|merke) (?:ich )?(?:\w+ ){0,3}(?:nichts|kaum (?:noch )?was|kaum "
                    r"(?:noch )?etwas|kein gefuhl|kein gefuehl)\b(?! (?:ungewohnlich\w*|ungewoehnlich\w*|besonder\w*|"
                    r"schlimm\w*|auffallig\w*|auffaellig\w*|neues|anderes))")
_DE_SEAT = (r"abwisch\w*|abputz\w*|klopapier|toilettenpapier|am po|am gesass|am hintern|am after|im schritt|"
            r"im intimbereich|im genitalbereich|zwischen den beinen|untenrum|da unten")
_PL_TEARING = (r"(?:rozdzierajac\w*|rozrywajac\w*|rozdzierany|jakby (?:cos )?(?:mi )?(?:sie )?(?:rozdziera\w*|"
               r"rozrywa\w*))")
_RO_NOT_BE = r"nu (?:(?:o sa|am sa) mai fiu|voi mai fi|mai sunt)"
_RO_LEAVING = r"(?!(?: \w+){0,6} (?:plec|pleaca|ma mut|mutam|concediu|vacanta|colegi\w*|serviciu|munca|job)\b)"

FORMS22_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "de": (concept("saddle_numbness", "E", SADDLE,
                   near(_DE_FEEL_NOTHING, _DE_SEAT, 6) + r"|(?:spure|spuere|fuhle|fuehle|merke) (?:ich )?(?:\w+ )?"
                   r"(?:" + _DE_SEAT + r") (?:\w+ )?(?:gar )?(?:nichts|kein gefuhl|kein gefuehl)\b"),),
    "pl": (concept("chest_pain", "E", CHEST,
                   _PL_TEARING + r" (?:\w+ ){0,2}bol\w*|bol\w* (?:\w+ ){0,3}" + _PL_TEARING + "|"
                   + near(r"nagl\w* (?:\w+ ){0,3}bol\w*|bol\w* (?:\w+ ){0,2}nagl\w*",
                          r"miedzy lopatkami", 6),
                   requires=r"spocon\w*|poce sie|zlany potem|kreci mi sie w glowie|zawrot\w*|mdle\w*|slabo mi|"
                            r"rozdzierajac\w*|rozrywajac\w*|rozdzierany|rozdziera\w*|rozrywa\w*"),),
    "ro": (concept("crisis", "C", CRISIS,
                   r"(?:scrisoar\w*|scrisori\w*) de adio\b" + _RO_LEAVING + "|"
                   r"(?:maine|diseara|la noapte|in curand|curand|de maine) (?:\w+ ){0,2}" + _RO_NOT_BE
                   + r" (?:aici|printre voi|in viata|pe lume)\b" + _RO_LEAVING + "|"
                   + _RO_NOT_BE + r" (?:printre voi|in viata|pe lume)\b"),),
}
