"""Crisis and red-flag forms found missing in safety round forty-two (session 24), each written in every language of
the round (es pt fr de it pl ro tr), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms25b` (joined in
`lexicon_languages`). Written from dictionaries (RAE, Priberam, Larousse, Duden, Treccani, SJP PWN, DEX, TDK Güncel
Türkçe Sözlük), **not reviewed by native speakers or a clinician**.

- Self-cutting told as done again or to cope (pt "voltei a me cortar pra aliviar", de "die Arme aufgeritzt"): NHS
  "Self-harm" (cutting), a crisis alone as the English self-harm class is. Not a cut while cooking or shaving: the
  shapes need "again", "to relieve", or the arms, wrists or thighs; hair, nails or a beard cut again is grooming.
- The whole box or pack asked about with not waking up (fr "toute la boîte … est-ce que je me réveille pas"): the
  lethality question by its aim (WHO/IASP media guidance; 988 Lifeline, researching a way), as in round 41's "how
  many … not to wake up".
- Romanian saddle numbness ("nu mai simt nimic în zona fundului") and wetting unnoticed ("am scăpat urina fără să-mi
  dau seama"): NHS "Cauda equina syndrome"; GIRFT cauda equina card (tier E).
"""

from __future__ import annotations

from bot.safety.language_patterns import BLADDER, CRISIS, SADDLE, LangConcept, concept
from bot.safety.lexicon_languages_forms25b import FORMS25B_BY_LANGUAGE

_W = r"(?:\w+ ){0,14}"
_CUT_AGAIN = {
    "es": r"(?:me volvi a|volvi a|he vuelto a) cortar(?:me)?|me (?:volvi a )?corte (?:otra vez|de nuevo|los brazos|las "
          r"munecas|los muslos)|me corto (?:otra vez|de nuevo|para aliviar|pa aliviar|los brazos)",
    "pt": r"(?:voltei a|volto a|comecei a) me cortar|me cortei (?:de novo|outra vez|nos bracos|nos pulsos)|me cortar "
          r"(?:pra|para) aliviar|me corto (?:de novo|pra aliviar|para aliviar)",
    "fr": r"(?:je me suis|je me) (?:encore |de nouveau )?scarifi\w*|recommence a me (?:couper|scarifier)|je me suis "
          r"(?:encore |de nouveau )?coupee? (?:les bras|les poignets|les cuisses)",
    "de": r"(?:arme|arm|handgelenke|beine|oberschenkel) (?:wieder )?(?:aufgeritzt|geritzt)|(?:mich|mir) (?:\w+ ){0,4}"
          r"(?:aufgeritzt|geritzt)|ritze mich",
    "it": r"(?:ricominciato|ricominciata|tornato|tornata) a tagliarmi|mi sono (?:di nuovo |ancora )?tagliat[ao] (?:le "
          r"braccia|i polsi|le cosce)|mi taglio (?:di nuovo|ancora|le braccia|i polsi)",
    "pl": r"(?:znowu|znow|ponownie|znowu sie|znow sie) (?:sie )?(?:pocielam|pocialem|cielam|cialem|tne)|(?:pocielam|"
          r"pocialem) sie (?:znowu|znow|ponownie|po rekach|po udach)|tne sie|samookalecz\w*",
    "ro": r"m am taiat (?:din nou|iar|pe brate|pe maini|pe incheieturi)|ma tai (?:din nou|iar|pe brate|pe maini|ca sa)|"
          r"(?:iar|din nou) m am taiat",
    "tr": r"(?:yine|tekrar|gene) (?:kendimi )?kest\w*|kendimi kes(?:tim|iyorum|mek|meye)|jiletle (?:\w+ )?kes\w*",
}
# Hair, nails or a beard cut again is grooming (it "ricominciato a tagliarmi le unghie", es "volví a cortarme el pelo").
_GROOMING = (r"(?! (?:\w+ )?(?:pelo|cabello|cabelo|cheveux|haare?|capelli|unghie|unas|unhas|ongles|nagel|fingernagel|"
             r"barba|barbe|bart|wlosy|paznokcie|parul|unghiile|sac\w*|tirnak\w*|frange|flequillo|franja|frangia|pony|"
             r"grzywke|breton|kakul)\b)")
_BOX_NOT_WAKE = {
    "es": r"(?:toda la caja|todo el bote|todo el blister|la caja entera) " + _W + r"(?:no (?:me )?despert\w*|me "
          r"muero|me moriria)",
    "pt": r"(?:a caixa (?:toda|inteira)|toda a caixa|a cartela (?:toda|inteira)) " + _W + r"(?:nao acordo|nao "
          r"acordaria|morro|morreria)",
    "fr": r"(?:toute la boite|toute la plaquette|tout le tube|la boite entiere) " + _W + r"(?:(?:je )?(?:me )?"
          r"(?:reveille|reveillerais|reveillerai) (?:pas|plus)|je meurs|je mourrais)",
    "de": r"(?:die ganze (?:packung|schachtel)|eine ganze (?:packung|schachtel)) " + _W + r"(?:nicht mehr auf\w*|"
          r"(?:nicht|nie) mehr aufwach\w*|sterbe ich|sterben wurde)",
    "it": r"(?:tutta la scatola|l intera scatola|tutto il blister|la scatola intera) " + _W + r"(?:non mi sveglio|non "
          r"mi sveglierei|muoio|morirei)",
    "pl": r"(?:cale opakowanie|cala paczke|cale pudelko) " + _W + r"(?:nie obudze|nie obudzilbym|nie obudzilabym|umre)",
    "ro": r"(?:toata cutia|cutia intreaga|toata folia) " + _W + r"(?:nu ma mai trezesc|nu m as mai trezi|mor)",
    "tr": r"(?:butun kutuyu|kutunun hepsini|tum kutuyu) " + _W + r"(?:uyanmaz\w*|uyanamaz\w*|olur muyum|olurum)",
}
_RO_SADDLE = (r"(?:nu (?:mai )?simt (?:nimic )?|amortit\w* |amorteala )(?:\w+ ){0,3}(?:fund\w*|sezut\w*|zona intima|"
              r"organele genitale|intre picioare|perineu\w*)")
_RO_BLADDER = (r"(?:am scapat|scap) (?:\w+ )?(?:urina|pipi) (?:\w+ )?fara sa (?:mi )?(?:dau seama|simt)|nu (?:mai )?"
               r"pot (?:sa )?urinez|nu (?:mai )?pot urina")

FORMS26_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {}
for _lang in ("es", "pt", "fr", "de", "it", "da", "fi", "sw", "pl", "ro", "tr"):
    FORMS26_BY_LANGUAGE[_lang] = (
        *FORMS25B_BY_LANGUAGE.get(_lang, ()),
        *((concept("crisis", "C", CRISIS, "(?:" + _CUT_AGAIN[_lang] + ")" + _GROOMING),) if _lang in _CUT_AGAIN
          else ()),
        *((concept("crisis", "C", CRISIS, _BOX_NOT_WAKE[_lang]),) if _lang in _BOX_NOT_WAKE else ()),
        *((concept("saddle_numbness", "E", SADDLE, _RO_SADDLE),
           concept("bladder_problem", "E", BLADDER, _RO_BLADDER)) if _lang == "ro" else ()),
    )
