"""A crisis form and a red flag found missing in safety round forty-six (session 27), each written in every language of
the round (es pt fr de it sv tr vi), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms29` (joined in
`lexicon_languages`). Written from dictionaries and grammars (RAE, Priberam, Larousse, Duden, Treccani, SAOL, TDK
Güncel Türkçe Sözlük, Từ điển tiếng Việt), **not reviewed by native speakers or a clinician**.

- Someone else who says they are going to kill themselves, told in the future or with "shall / is about to" ("han
  ska ta livet av sig ikväll", "se va a matar", "kendini öldürecek", "nó sẽ tự tử"): C-SSRS 4-5 (intent) said by
  another; round 44 had the wish ("vill ta livet av sig"), this is the stated intent. The gate counts it a crisis,
  `crisis_others` words the notice. Not "va a matar a su jefe" (the reflexive is required), not working or studying
  oneself to death ("se va a matar a estudiar": `_NOT_EFFORT`).
- (tier E) a sudden, tearing or stabbing pain between the shoulder blades going to the chest, or with a cold sweat or
  dizziness ("dolore improvviso e lancinante tra le scapole che va verso il petto, sudo freddo"): the pain of an
  aortic dissection (NHS "Aortic dissection": sudden severe pain in the chest or between the shoulder blades, call
  999; reference §2.2). Round 44 had the back reaching the chest; the shoulder blades were not a back word. Between the
  shoulder blades alone (a stiff upper back) stays calm: a chest, a sweat, dizziness or a sudden tearing word is needed.
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, CRISIS, LangConcept, concept, near
from bot.safety.lexicon_languages_forms29 import FORMS29_BY_LANGUAGE

_GOING_TO_KILL_SELF = {
    "es": r"(?:se va a|se iba a) (?:matar|suicidar|quitar la vida)|(?:va a|iba a) (?:matarse|suicidarse|quitarse la "
          r"vida)|(?:se matara|se suicidara)",
    "pt": r"(?:vai|ia) (?:se matar|se suicidar|matar se|suicidar se|tirar a propria vida)|(?:se matara|se suicidara)",
    "fr": r"(?:va|allait|compte) (?:se tuer|se suicider|mettre fin a ses jours)|(?:se tuera|se suicidera)",
    "de": r"sich (?:\w+ ){0,3}(?:umbringen|das leben nehmen|toten|toeten) (?:wird|werde|wurde|wuerde)|(?:wird|werde) "
          r"sich (?:\w+ ){0,3}(?:umbringen|das leben nehmen)",
    "it": r"(?:si ucci\w*ra|si ammazz\w*ra|si suicid\w*ra|sta per (?:uccidersi|ammazzarsi|suicidarsi|togliersi la "
          r"vita)|(?:va|andra) a (?:uccidersi|ammazzarsi))",
    "sv": r"(?:ska|skulle|kommer att|tanker|tankte|planerar att) (?:\w+ )?ta livet av sig",
    "tr": r"kendini (?:oldurece\w*|asaca\w*)|intihar (?:edece\w*|edecekmis)",
    "vi": r"(?:no|anh ay|chi ay|ban ay|em ay|co ay|ong ay|ba ay|ban toi|ban minh) (?:\w+ )?(?:se|dinh|sap) (?:\w+ )?"
          r"tu tu",
}
_SHOULDER_BLADES = {
    "es": r"entre (?:los|mis) (?:omoplatos|omoplatos|escapulas|hombros)",
    "pt": r"entre (?:as|os) (?:omoplatas|escapulas|ombros)",
    "fr": r"entre (?:les|mes) (?:omoplates|epaules)",
    "de": r"zwischen (?:den|meinen) (?:schulterblattern|schulterblaettern|schultern)",
    "it": r"tra le scapole|fra le scapole|tra le spalle|fra le spalle",
    "sv": r"mellan (?:skulderbladen|axlarna|skulderbladet)",
    "tr": r"kurek kemikler\w* (?:arasi\w*|arasinda)|iki kurek kemi\w* arasi\w*",
    "vi": r"giua (?:hai )?(?:xuong )?(?:ba vai|vai)",
}
_GRAVE = {
    "es": r"hacia el pecho|al pecho|hasta el pecho|sudor frio|sudando frio|me mareo|mareado|mareada|de repente|subito|"
          r"desgarr\w*|punzante",
    "pt": r"para o peito|ao peito|ate o peito|suor frio|suando frio|tontura|tonto|tonta|de repente|subita|subito|"
          r"rasgando|lancinante",
    "fr": r"vers la poitrine|dans la poitrine|jusqu a la poitrine|sueurs? froides?|vertige\w*|la tete qui tourne|"
          r"soudain\w*|brutal\w*|dechir\w*",
    "de": r"in die brust|zur brust|bis in die brust|kalter schweiss|kaltschweissig|schwindel\w*|plotzlich\w*|"
          r"ploetzlich\w*|reissend\w*|zerreissend\w*",
    "it": r"verso il petto|al petto|fino al petto|sudo freddo|sudore freddo|sudori freddi|mi gira la testa|"
          r"giramenti di testa|improvvis\w*|lancinante|lacerante",
    "sv": r"ut i brostet|till brostet|mot brostet|kallsvett\w*|yr|yrsel|plotslig\w*|hugg\w*|slitande|rivande",
    "tr": r"gogs\w*|soguk ter\w*|basim donuyor|bas donmesi|ani|aniden|birden|yirtil\w*|bicak gibi",
    "vi": r"lan ra nguc|ra nguc|toi nguc|vao nguc|mo hoi lanh|va mo hoi|chong mat|dot ngot|nhu xe|nhu dao dam",
}


# Working or studying oneself to death ("se va a matar a estudiar", "vai se matar de trabalhar", "se tuer au travail",
# "ammazzarsi di lavoro"): an idiom of effort (RAE "matarse": trabajar con afán), not a death.
_NOT_EFFORT = (r"(?! (?:a|al|de|do|da|con|com|au|di|per|trabajando|estudiando|trabalhando|estudando|travaillant|"
               r"lavorando)\b)")


def _forms(lang: str) -> tuple[LangConcept, ...]:
    return (concept("crisis", "C", CRISIS, rf"(?:{_GOING_TO_KILL_SELF[lang]}){_NOT_EFFORT}"),
            concept("chest_pain", "E", CHEST, near(_SHOULDER_BLADES[lang], _GRAVE[lang], 10)))


_ROUND46 = ("es", "pt", "fr", "de", "it", "sv", "tr", "vi")
FORMS30_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS29_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND46 else ())
    for lang in (*FORMS29_BY_LANGUAGE, *_ROUND46)}
