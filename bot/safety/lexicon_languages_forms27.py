"""Crisis forms found missing in safety round forty-three (session 25), each written in every language of the round
(es pt fr de it nl cs vi), not only in the language of the message that showed it; patterns over `fold_words` (lower
case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms26` (joined in `lexicon_languages`).
Written from dictionaries (RAE, Priberam, Larousse, Duden, Treccani, Van Dale, SSJČ, Từ điển tiếng Việt), **not
reviewed by native speakers or a clinician**.

- The lethality question with a purpose clause and a product named between ("how many tablets of vitamin D 20,000 IU
  would one have to take so that it is lethal", "how many sleeping pills would be needed so that one no longer wakes
  up"): the question of method by its aim (WHO/IASP media guidance; 988 Lifeline, researching a way; C-SSRS 3). The
  older forms allowed four words between "how many" and the verb; a product and its dose take more. Negated aims
  ("so that it is *not* dangerous / lethal") are left out by a look-behind.
- A stock of medicines saved up, with all of them to be taken at a time ("I've saved my medicines, tomorrow I take
  them all"): C-SSRS 5-6, collecting pills with a plan and a time; NICE NG225 1.5 (access to means). Needs the time or
  "at once": saving a holiday supply and taking them "all together with breakfast" is not this.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept, near
from bot.safety.lexicon_languages_forms26 import FORMS26_BY_LANGUAGE

_GAP = r"(?:\w+ ){0,12}"
_NOT = r"(?<!no )(?<!nao )(?<!ne )(?<!pas )(?<!nicht )(?<!kein )(?<!non )(?<!niet )(?<!geen )(?<!khong )"
# (how many, purpose word, the death aimed at) per language.
_AIM = {
    "es": (r"cuant[oa]s", r"para que|pa que|para", r"sea (?:mortal|letal|fatal)|(?:me |se )?muera|morir|no (?:me |se )?"
           r"despiert\w*"),
    "pt": (r"quant[oa]s", r"para que|pra que|para|pra", r"seja (?:fatal|mortal|letal)|(?:eu |a pessoa )?morra|morrer|"
           r"nao acord\w*"),
    "fr": (r"combien", r"pour que|pour qu|pour", r"(?:ce )?soit (?:mortel|mortelle|letal|letale|fatal)|"
           r"(?:je |on )?meure|mourir|ne (?:me |se )?reveille plus|ne plus (?:me |se )?reveiller"),
    "de": (r"wie ?viele?", r"damit|um", r"(?:es |man |ich |das )?(?:todlich|toedlich|letal|tot) (?:ist|wird|ware|bin)|"
           r"(?:man |ich )?(?:stirbt|sterbe)|zu sterben|nicht mehr (?:aufwacht|aufwache|aufzuwachen)"),
    "it": (r"quant[ei]", r"perche|affinche|per", r"sia (?:mortale|letale|fatale)|(?:io )?muoia|morire|non (?:mi |si )?"
           r"svegli\w*"),
    "nl": (r"hoeveel", r"zodat|om|dat", r"(?:het )?dodelijk (?:is|wordt)|(?:ik |je |men )?dood (?:ga|gaat|te gaan)|"
           r"(?:ik |je )?niet meer wakker\w*|te sterven|sterf|sterft"),
    "cs": (r"kolik", r"aby|abych|abys|abyste|aby se|abych se", r"(?:\w+ ){0,2}(?:neprobud\w*|zemrel\w*|umrel\w*|zemre|"
           r"umre|(?:bylo |byla |byl )?smrteln\w*)"),
    "vi": (r"bao nhieu", r"de|thi|cho", r"chet|khong (?:bao gio )?tinh (?:day|lai)|gay chet"),
}
_MEDS = {
    "es": r"pastillas|pildoras|medicamentos|medicinas|comprimidos|pastis|remedios",
    "pt": r"comprimidos|remedios|pilulas|medicamentos|remedinhos",
    "fr": r"medicaments|comprimes|cachets|pilules|somniferes",
    "de": r"tabletten|pillen|medikamente|schlaftabletten|arzneien|arzneimittel",
    "it": r"pastiglie|pillole|farmaci|compresse|medicine|medicinali|sonniferi",
    "nl": r"pillen|tabletten|medicijnen|medicatie|slaappillen|pilletjes",
    "cs": r"prasky|prasku|leky|leku|tablety|tablet|pilulky|pilulek|prasek",
    "vi": r"thuoc|vien thuoc|thuoc ngu|vien",
}
_SAVED = {
    "es": r"guardad[oa]s?|guardando|guarde|ahorrad[oa]s?|juntad[oa]s?|juntando|junte|acumulad[oa]s?|acumulando|"
          r"acumule|reunid[oa]s?",
    "pt": r"guardei|guardando|guardad[oa]s|juntei|juntando|juntad[oa]s|acumulei|acumulando|acumulad[oa]s|economizei",
    "fr": r"garde(?:e|s|es)?|economise\w*|accumule\w*|mis de cote|mises de cote|stocke\w*|amasse\w*|conserve\w*",
    "de": r"gespart|gesammelt|gehortet|aufgehoben|aufgespart|angesammelt|zuruckgelegt|zurueckgelegt|gebunkert",
    "it": r"mess[oi] da parte|messe da parte|conservat[oie]|accumulat[oie]|raccolt[oie]|tenut[oi] da parte",
    "nl": r"gespaard|opgespaard|verzameld|bewaard|opgepot|gehamsterd",
    "cs": r"schoval\w*|schovav\w*|nasetril\w*|setril\w*|sbiral\w*|nasbiral\w*|nashromazdil\w*",
    "vi": r"de danh|tich tru|gom gop|tich lai|cat giu|danh dum|giu lai",
}
_ALL = {
    "es": r"(?:tom\w*|trag\w*) (?:\w+ )?(?:todas|todos|todo)|(?:todas|todos) (?:\w+ )?(?:de golpe|de una vez)",
    "pt": r"(?:tom\w*|engol\w*) (?:\w+ )?(?:todos|todas|tudo)|(?:todos|todas|tudo) (?:\w+ )?de uma (?:so )?vez",
    "fr": r"(?:prendre|prends|prendrai|avaler|avale|avalerai) (?:\w+ )?(?:tous|toutes|tout)|(?:tous|toutes|tout) "
          r"(?:\w+ )?(?:d un (?:seul )?coup|en une fois)",
    "de": r"(?:nehme|nehmen|schlucke|schlucken|einnehmen)(?: \w+){0,2} alle|alle (?:\w+ ){0,2}(?:nehmen|schlucken|"
          r"einnehmen|auf einmal)|alles auf einmal",
    "it": r"(?:prender\w*|prendo|ingoi\w*|mandar\w* giu) (?:\w+ )?(?:tutte|tutti|tutto)|(?:tutte|tutti) (?:\w+ )?(?:in "
          r"una volta|in un colpo)",
    "nl": r"(?:neem|nemen|innemen|slik|slikken)(?: \w+){0,2} (?:allemaal|alles|alle)|(?:allemaal|alles) (?:\w+ )?(?:in "
          r"een keer|in 1 keer|innemen|nemen|slikken)",
    "cs": r"(?:vezmu|spolknu|vzit|spolknout|sezeru)(?: \w+){0,2} (?:vsechny|vsechno|vsecky)|(?:vsechny|vsechno) "
          r"(?:\w+ )?(?:najednou|naraz|zaraz)",
    "vi": r"(?:uong|nuot) (?:\w+ ){0,2}(?:het|tat ca|mot lan|mot luc)",
}
# The time set, or "at once": a plan, not a supply question.
_WHEN = {
    "es": r"esta noche|manana|hoy|de golpe|de una vez", "pt": r"hoje|esta noite|amanha|de uma (?:so )?vez",
    "fr": r"ce soir|demain|cette nuit|d un (?:seul )?coup|en une fois",
    "de": r"heute|morgen|nachts?|auf einmal|auf einen schlag",
    "it": r"stasera|domani|stanotte|in una volta|in un colpo",
    "nl": r"vanavond|morgen|vannacht|vandaag|in een keer|in 1 keer", "cs": r"dnes|zitra|v noci|vecer|najednou|naraz",
    "vi": r"toi nay|ngay mai|dem nay|mot lan|mot luc|cung luc",
}


def _forms(lang: str) -> tuple[LangConcept, ...]:
    many, why, death = _AIM[lang]
    stock = near(_SAVED[lang], _MEDS[lang], 3)
    return (concept("crisis", "C", CRISIS, rf"(?:{many}) {_GAP}(?:{why}) (?:\w+ )?{_NOT}(?:{death})"),
            concept("crisis", "C", CRISIS, near(stock, _ALL[lang], 12), requires=_WHEN[lang]))


_ROUND43 = ("es", "pt", "fr", "de", "it", "nl", "cs", "vi")
FORMS27_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS26_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND43 else ())
    for lang in (*FORMS26_BY_LANGUAGE, *_ROUND43)}
