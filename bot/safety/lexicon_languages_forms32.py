"""Two crisis forms and a poisoning form found missing in safety round forty-eight (session 29), each written in every
language of the round that lacked it (es pt fr de it tr sv vi), not only in the language of the message that showed
it; patterns over `fold_words` (lower case, no accents, "đ" as "d"). Chained after `lexicon_languages_forms31`
(joined in `lexicon_languages`). Written from dictionaries and grammars (RAE, Priberam, Larousse, Duden, Treccani, TDK
Güncel Türkçe Sözlük, SAOL, Từ điển tiếng Việt), **not reviewed by native speakers or a clinician**.

- The wish to die told with a word between the wish verb and the verb "to die" ("vorrei solo morire", "quisiera
  solamente morir", "je voudrais juste mourir", "ich will einfach nur sterben", "jag vill bara dö", "tek istediğim
  ölmek", "chỉ ước được chết"): the C-SSRS screener's first question (wish to be dead) and reference §2.5 ("want to
  die"); the older forms wanted the verbs side by side. Only a closed list of words between ("just", "only", "simply",
  "really", "already"), and not the idioms of dying of laughter, shame, boredom, hunger, cold or curiosity
  (`_NOT_IDIOM`; "morire dal ridere", "mourir de rire", "dö av skratt", "chết cười").
- "Better off without me" said by someone of themselves and reported by the writer ("min pappa sa att vi klarar oss
  bättre utan honom", "mi padre dice que estaríamos mejor sin él"): reference §2.5 ("better off without me"), 988
  Lifeline warning signs (talking about being a burden), in that person's voice. The speaker and the pronoun agree
  (a father and "without him", a mother and "without her"), with "we" as those better off, so a mother saying the
  family is better off without an ex-husband stays calm; Turkish "onsuz" has no gender and needs a kin word, a saying
  verb and the future or conditional (not "olduğumuzu", the present of a past separation). Also Swedish "ni klarar
  er bättre utan mig" (the writer's own, the verb "klara sig").
- (tier P) a child who swallowed or ate tablets, in the two languages of the round that had no such form (vi) or
  lacked the child's age word and the past "åt" (sv: "treåringen åt järntabletter"): reference §2.3 (iron poisoning in
  children), NHS "Poisoning". Vietnamese "uống" (to take a medicine) counts only "by mistake" or "all of it"; "an
  toàn" (safe) is no eating.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, POISONING, LangConcept, concept, near
from bot.safety.lexicon_languages_forms31 import FORMS31_BY_LANGUAGE

_NOT_IDIOM = (r"(?! (?:de|di|dal|dalla|da|du|av|of|vor|por|pela|pelo|dai|dei) (?:\w+ )?(?:risa|rir|rire|ridere|rise|"
              r"skratt|lachen|vergogna|verguenza|vergonha|honte|skam|scham|noia|aburrimiento|tedio|ennui|tristess|"
              r"langeweile|hambre|fome|faim|fame|hunger|svalt|calor|caldo|chaleur|hitze|frio|froid|freddo|kalte|kyla|"
              r"sede|sed|soif|durst|torst|envidia|inveja|curiosidad|curiosidade|curiosite|curiosita|neugier|"
              r"nyfikenhet|ganas|vontade|envie|voglia|lust|amor|amour|amore|liebe|karlek|panico|panique|paura|miedo|"
              r"medo|peur|angst|radsla|cansancio|cansaco|fatigue|fatica|mudigkeit|trotthet)\b)")
_WISH_DIE = {
    "es": (r"(?:quiero|quisiera|queria|querria|deseo|deseaba|me gustaria|preferiria) (?:(?:solo|solamente|nada mas|"
           r"simplemente|ya|de una vez|nomas|tan solo|unicamente|realmente|de verdad) ){1,2}morir(?:me|se)?"),
    "pt": (r"(?:quero|queria|gostaria de|desejo|desejava|preferia) (?:(?:so|apenas|simplesmente|somente|ja|mesmo|de "
           r"vez|mesmo) ){1,2}morrer"),
    "fr": (r"(?:veux|voudrais|voulais|aimerais|souhaite|souhaiterais) (?:(?:juste|simplement|seulement|vraiment|plus "
           r"que|que|tellement) ){1,2}mourir"),
    "de": (r"(?:will|mochte|moechte|wollte|wurde|wuerde) (?:(?:einfach|nur|noch|bloss|endlich|am liebsten|lieber|gern|"
           r"gerne) ){1,3}sterben"),
    "it": (r"(?:vorrei|voglio|volevo|desidero|desideravo) (?:(?:solo|soltanto|solamente|semplicemente|davvero|proprio|"
           r"tanto) ){1,2}morire"),
    "tr": r"tek (?:istedigim|istegim|dilegim|arzum) (?:\w+ )?olmek|(?:sadece|yalnizca|artik sadece) olmek isti\w*",
    "sv": (r"(?:vill|ville|skulle vilja|onskar|onskade) (?:(?:bara|helst|fa|verkligen|bara att) ){1,3}do\b"
           r"(?! (?:pa|i|av|hemma|som)\b)"),
    "vi": (r"(?:uoc|mong|muon) (?:(?:chi|duoc|minh|toi|sao|gi|cho) ){1,2}chet(?! (?:cuoi|doi|khat|met|so|ret|"
           r"nong|dan|me|mat)\b)"),
}
_SAY = {
    "es": r"dice|dijo|decia|ha dicho|me dijo|nos dijo|escribio|repite|cree|piensa",
    "pt": r"diz|disse|dizia|falou|fala|escreveu|acha|pensa",
    "fr": r"dit|disait|ecrit|pense|repete|dire",
    "de": r"sagt|sagte|gesagt|meint|meinte|schreibt|schrieb|geschrieben",
    "it": r"dice|diceva|detto|scrive|scritto|pensa|ripete",
    "sv": r"sa|sade|sager|sagt|skrev|skriver|tycker|menar",
}
_HE_SHE = {   # (a male speaker, without him), (a female speaker, without her)
    "es": ((r"padre|papa|marido|esposo|hijo|hermano|abuelo|novio|suegro|tio|el", r"mejor sin el(?= (?:y|que|pero|"
            r"porque|ya|no|me|nos|asi|ahora|que hago|en serio|de verdad)\b| $)"),
           (r"madre|mama|esposa|mujer|hija|hermana|abuela|novia|suegra|tia|ella", r"mejor sin ella")),
    "pt": ((r"pai|marido|esposo|filho|irmao|avo|namorado|sogro|tio|ele", r"melhor sem ele"),
           (r"mae|esposa|mulher|filha|irma|avo|namorada|sogra|tia|ela", r"melhor sem ela")),
    "fr": ((r"pere|papa|mari|fils|frere|grand pere|copain|il", r"mieux sans lui"),
           (r"mere|maman|femme|fille|soeur|grand mere|copine|elle", r"mieux sans elle")),
    "de": ((r"vater|papa|mann|sohn|bruder|opa|freund|er", near(r"besser(?: dran)?", r"ohne ihn", 3)),
           (r"mutter|mama|frau|tochter|schwester|oma|freundin|sie", near(r"besser(?: dran)?", r"ohne sie", 3))),
    "it": ((r"padre|papa|marito|figlio|fratello|nonno|ragazzo|lui", r"meglio senza (?:di )?lui"),
           (r"madre|mamma|moglie|figlia|sorella|nonna|ragazza|lei", r"meglio senza (?:di )?lei")),
    "sv": ((r"pappa|far|man|make|son|bror|morfar|farfar|pojkvan|han", r"battre utan honom"),
           (r"mamma|mor|fru|dotter|syster|mormor|farmor|flickvan|hon", r"battre utan henne")),
}
_WE = {
    "es": r"estariamos|estamos|estaremos|viviriamos|estariais|estarian|nosotros|todos",
    "pt": r"estariamos|ficariamos|ficamos|estamos|viveriamos|nos|todos|a gente",
    "fr": r"on|nous|serions|sera|serait|vous|tout le monde",
    "de": r"wir|waren|waeren|ware|waere|ihr|alle|uns",
    "it": r"staremmo|stiamo|saremmo|noi|tutti|starete|stareste",
    "sv": r"vi|oss|ni|er|alla|familjen",
}
# Turkish: the future or the conditional ("olacağımızı", "olurduk": once he is gone), not the present of a past
# separation ("olduğumuzu").
_TR = (r"(?:onsuz|o olmadan) (?:\w+ ){0,3}daha (?:iyi|rahat|mutlu|huzurlu) (?:olacag\w*|olur\w*|yasar\w*|"
       r"yasayacag\w*|olabilir\w*) (?:\w+ ){0,2}(?:soyledi|soyluyor|diyor|dedi|demis|yazdi|yazmis|diye)")
_TR_KIN = r"babam|annem|esim|kocam|karim|oglum|kizim|kardesim|abim|ablam|dedem|ninem|babaannem|anneannem"
_VI_SAID = (r"noi (?:la |rang )?(?:\w+ ){0,5}(?:tot hon|suong hon|nhe nhom hon|de tho hon|yen on hon) (?:\w+ )?(?:khi|"
            r"neu) (?:\w+ )?khong co (?:ong ay|anh ay|ba ay|chi ay|bo|ba|cha|me|ma|ong|anh|chi|no|ong ta|ba ta)\b")
_SV_OWN = r"(?:klarar|klarade|klara|skulle klara|kommer klara) (?:er|oss|sig|dig) (?:\w+ )?battre utan mig"

_SV_CHILD = (r"barn\w*|son|sonen|dotter|dottern|bebis\w*|bebben|lillebror|lillasyster|grabben|ungen|ungarna|"
             r"(?:ett|tva|tre|fyra|fem|sex|sju)aring\w*|\d+ aring\w*")
_SV_ATE = r"(?:har |hade )?(?:atit|at upp|svalt|svalde|tuggat|tuggade|kakat|kakade|fatt i sig|fick i sig|slukat)"
_SV_TABLETS = r"\w*tabletter\w*|\w*tabletten|piller|pillren|vitamin\w*|kapslar|medicin\w*"
# Bare "åt" (ate) folds to English "at" ("growing pains at night … vitamin D"; every lexicon sees every message): only
# with a Swedish plural of tablets as its object.
_SV_AT = r"at (?:\w+ ){0,4}(?:\w*tabletter\w*|piller|pillren|vitaminer\w*|kapslar|mediciner\w*)"
_VI_CHILD = (r"con (?:gai|trai|be|nho|toi|nha toi|minh|em)|be (?:nha|nho|con)|chau (?:toi|nha|minh)|dua (?:nho|be|"
             r"con)|em be|thang (?:be|cu|nho)|\d+ tuoi")
_VI_ATE = r"nuot|an(?! toan| uong| com)|nhai|ngam|uong nham|an nham|uong het|nuot phai|lo uong|lo nuot|lo an"
_VI_TABLETS = r"vien|thuoc|vitamin|vi thuoc|hop thuoc|lo thuoc|keo vitamin"


def _said(lang: str) -> tuple[LangConcept, ...]:
    if lang == "tr":
        return (concept("crisis", "C", CRISIS, _TR, _TR_KIN),)
    if lang == "vi":
        return (concept("crisis", "C", CRISIS, _VI_SAID),)
    out = []
    for who, without in _HE_SHE[lang]:
        said = rf"(?:{who}) (?:\w+ ){{0,3}}(?:{_SAY[lang]}) (?:\w+ ){{0,12}}(?:{without})"
        out.append(concept("crisis", "C", CRISIS, said, _WE[lang]))
    return tuple(out)


def _forms(lang: str) -> tuple[LangConcept, ...]:
    forms = (concept("crisis", "C", CRISIS, rf"(?:{_WISH_DIE[lang]}){_NOT_IDIOM}"), *_said(lang))
    if lang == "sv":
        forms += (concept("crisis", "C", CRISIS, _SV_OWN),
                  concept("poisoning", "P", POISONING, rf"(?:{_SV_ATE}) (?:\w+ ){{0,5}}(?:{_SV_TABLETS})|{_SV_AT}",
                          _SV_CHILD))
    if lang == "vi":
        forms += (concept("poisoning", "P", POISONING, rf"(?:{_VI_ATE}) (?:\w+ ){{0,4}}(?:{_VI_TABLETS})", _VI_CHILD),)
    return forms


_ROUND48 = ("es", "pt", "fr", "de", "it", "tr", "sv", "vi")
FORMS32_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS31_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND48 else ())
    for lang in (*FORMS31_BY_LANGUAGE, *_ROUND48)}
