"""Other-language crisis and emergency shapes found missing in round twenty-four (session 13), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Written with dictionaries, **not reviewed
by native speakers or a clinician**.

- Spanish: not wanting to go on living told with the gerund ("no quiero seguir viviendo"), not only the infinitive;
- Portuguese: self-harm in the perfect and the present with the clitic ("tenho me cortado", "me queimo"), not an
  accident while cooking or shaving;
- Dutch: self-harm with the verb first ("ik brand mezelf", "ik snijd mezelf"), not "per ongeluk"; chest pain with
  a longer gap ("pijn tussen mijn schouderbladen en op mijn borst") and a tearing pain (NHS "Aortic dissection":
  sudden tearing or ripping pain in the chest or between the shoulder blades, call 999);
- Indonesian (no lexicon before): wanting to die, suicide, ending one's life, hurting oneself, a lethality question
  ("bisa bikin orang meninggal"), a child who swallowed tablets (poisoning), chest pain, difficulty breathing, a
  fall from a height or down the stairs. "Mati rasa" (numbness) is no death wish;
- Romanian: a fall down the stairs (reference §2.2: falls from stairs are significant trauma).

Sources: C-SSRS (Columbia Lighthouse Project); 988 Lifeline warning signs; NHS "Self-harm"; NHS "Aortic dissection"
(https://www.nhs.uk/conditions/aortic-dissection/); poison-centre pages on iron (see `notices.py`).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BREATHING,
    CHEST,
    CRISIS,
    POISONING,
    TRAUMA,
    LangConcept,
    concept,
)

_ID_PILLS = r"(?:tablet|pil|obat|vitamin|zat besi|kapsul|suplemen)"
_ID_CHILD = r"(?:anak|bayi|balita|putra|putri)"

# The wish to be dead in the conditional, in each language ("I would rather be dead", "I wish I were dead"):
# C-SSRS question 1. Not "I'd rather die than eat liver" (a comparison: "than" follows).
_NOT_THAN = r"(?! (?:que|than|als|di|che|niz|decat|an|hon))"
WISH_DEAD = {
    "es": r"(?:preferiria|quisiera|ojala) (?:estar|estuviera|estuviese) muert[oa]s?" + _NOT_THAN,
    "pt": r"(?:prefiro|preferia|preferiria|quem me dera) (?:estar )?mort[oa]s?" + _NOT_THAN,
    "fr": r"(?:je prefererais|je voudrais|j aimerais) (?:mieux )?etre mort\w*" + _NOT_THAN,
    "de": r"(?:ich ware|ware ich) (?:doch |lieber |am liebsten )*tot\b" + _NOT_THAN,
    "it": r"(?:vorrei|preferirei) essere mort[oa]" + _NOT_THAN,
    "nl": r"(?:ik zou liever dood zijn|was ik maar dood|ik wou dat ik dood was)",
    "pl": r"wolal\w* (?:nie zyc|byc martw\w*)|chcial\w*bym (?:juz )?umrzec",
    "ro": r"(?:as vrea|mi as dori|imi doresc) sa fiu mo(?:r|ar)t\w*",
}

FORMS13_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (concept("crisis", "C", CRISIS, r"no quiero (?:\w+ )?(?:seguir|continuar) (?:viviendo|con vida)|"
                                          r"(?:quiero|quisiera) dejar de vivir|(?:quiero|quisiera) desaparecer para "
                                          r"siempre|(?:he estado|estoy|sigo|vuelvo a estar) cortandome"),),
    "pt": (concept("crisis", "C", CRISIS, r"(?:tenho|tinha|ando|estou|venho) (?:me )?(?:cortado|cortando|queimado|"
                                          r"queimando)\b(?! (?:\w+ )?(?:cozinhando|sem querer|fazendo a barba))|"
                                          r"me (?:corto|queimo) (?:\w+ ){0,3}(?:quando|para|de proposito)"),),
    "fr": (concept("crisis", "C", CRISIS, r"(?:je veux|j aimerais|je voudrais) disparaitre pour toujours|"
                                          r"(?:mettre|mets|mettrai) fin a mes jours"),),
    "de": (concept("crisis", "C", CRISIS, r"mir das leben (?:zu )?nehmen"),),
    "it": (),
    "pl": (concept("crisis", "C", CRISIS, r"odebrani\w* sobie zycia"),),
    "sv": (concept("crisis", "C", CRISIS,
                   r"(?:vill|orkar) inte leva (?:langre|mer|langer)|jag vill do\b|ta (?:mitt (?:eget )?liv|livet av "
                   r"mig)|(?:skadar|skar|skadat|skurit) mig sjalv|sjalvmord\w*|onskar (?:att )?jag var dod|vill inte "
                   r"vakna (?:mer|igen)|(?:alla|familjen) (?:\w+ ){0,2}battre (?:\w+ )?utan mig"),),
    "vi": (concept("crisis", "C", CRISIS, r"(?:nghi den|nghi toi|muon|dinh) viec tu tu|uoc (?:gi )?(?:toi |minh "
                                          r"|em )?(?:chet|da chet)"),),
    "nl": (concept("crisis", "C", CRISIS, r"(?:ik )?(?:snijd|snij|brand|kras|krab|verwond) (?:\w+ )?(?:mezelf|"
                                          r"mijzelf)\b(?! (?:per ongeluk|aan de|aan het|bij het))"),
           concept("chest_pain", "E", CHEST, r"pijn (?:\w+ ){0,6}(?:op|in) (?:de|mijn) borst|scheurende pijn"),
           concept("crisis", "C", CRISIS, r"een einde aan (?:mijn|m n) leven (?:te )?maken")),
    "id": (concept("crisis", "C", CRISIS,
                   r"(?:ingin|mau|pengen|pingin|ingin sekali|lebih baik) mati\b(?! rasa)|bunuh diri|mengakhiri "
                   r"(?:hidup\w*|nyawa\w*)|(?:tidak|gak|nggak|ga) (?:ingin|mau) hidup lagi|(?:menyakiti|melukai) "
                   r"diri\w*|(?:bisa|dapat) (?:bikin|membuat) (?:orang |aku |saya )?(?:meninggal|mati|(?:tidak|gak|"
                   r"nggak|ga) (?:pernah )?bangun lagi(?! (?:sampai|hingga|sebelum|pagi|siang)))\b(?! rasa)"),
           concept("poisoning", "P", POISONING, r"(?:menelan|makan|minum|mengunyah) (?:\w+ ){0,3}" + _ID_PILLS,
                   _ID_CHILD),
           concept("chest_pain", "E", CHEST, r"(?:nyeri|sakit) dada|dada (?:\w+ )?(?:sakit|nyeri|sesak|tertekan)"),
           concept("breathing_difficulty", "E", BREATHING, r"sesak napas|(?:tidak|gak|susah|sulit) (?:bisa )?"
                                                           r"bernapas"),
           concept("significant_trauma", "E", TRAUMA, r"jatuh (?:\w+ ){0,2}(?:dari|di) (?:tangga|atap|pohon|motor|"
                                                       r"ketinggian)|kecelakaan")),
    "ro": (concept("significant_trauma", "E", TRAUMA, r"cazut\w* (?:\w+ ){0,2}(?:pe|de pe) scari"),),
}
for _lang, _wish in WISH_DEAD.items():
    FORMS13_BY_LANGUAGE[_lang] = FORMS13_BY_LANGUAGE.get(_lang, ()) + (concept("crisis", "C", CRISIS, _wish),)
