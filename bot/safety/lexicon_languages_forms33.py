"""A crisis form and three red flags found missing in safety round forty-nine (session 30), each written in every
language of the round (es pt fr de it nl pl ro), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, "ß" as "ss", hyphens as spaces). Chained after `lexicon_languages_forms32`
(joined in `lexicon_languages`). Written from dictionaries and grammars (RAE, Priberam, Larousse, Duden, Treccani, Van
Dale, SJP PWN, DEX), **not reviewed by native speakers or a clinician**.

- The passive wish not to wake told as "it would be simpler / easier" ("ce serait plus simple de (ne) plus me
  réveiller", "sería más fácil no despertarme más", "łatwiej byłoby się już nie obudzić"), with the French "ne" of
  spoken French left out ("je veux plus me réveiller"): the C-SSRS screener's first question ("wished you could go to
  sleep and not wake up"), reference §2.5. Not at night, early or with the pain (`forms31._NOT_SLEEP`, `_NIGHT`).
- (tier E) wetting or soiling oneself told as "did it on myself / in my pants", the first person only ("je me suis
  fait dessus", "me la sono fatta addosso", "me hice encima", "fiz nas calças", "in mijn broek gedaan", "zrobiłem w
  majtki", "m-am scăpat pe mine"): reference §2.2 (bladder or bowel dysfunction: 999); NHS "Cauda equina syndrome".
  Not nearly, not with laughing or fear (`_NOT_LAUGHING`), not a child's ("il s'est fait dessus": third person).
- (tier E) a foot that cannot be lifted, or one dragged ("kan mijn linkervoet niet meer optillen", "no puedo levantar
  el pie", "je traîne le pied"): reference §2.2 ("can't lift my foot", "foot drop", "dragging my foot"; progressive
  neurological deficit). Not with a sprained, broken or plastered ankle or foot, gout or a blister (`_FOOT_HURT`).
- (tier E) a throbbing or pulsating belly ("sento pulsare la pancia", "Pochen im Bauch", "mon ventre bat"), and a
  sudden back pain "like a tear" ("come uno strappo", "wie ein Reißen", "comme un déchirement") where the language
  lacked it: reference §2.2 (chest pain with back pain; vascular: "sudden tearing/ripping pain", "throbbing/pulsating
  in my belly"). Not in pregnancy (a baby's kicks), and the tear not while lifting or at sport (a muscle strain:
  Italian "strappo" is also a pulled muscle).
"""

from __future__ import annotations

import re

from bot.safety.language_patterns import BLADDER, CHEST, CRISIS, LEGS, LangConcept, concept
from bot.safety.lexicon_languages_forms31 import _NIGHT, _NOT_SLEEP
from bot.safety.lexicon_languages_forms32 import FORMS32_BY_LANGUAGE

_EASIER_NOT_WAKE = {
    "es": (r"(?:seria|es|sera|resultaria) (?:mucho |tan )?(?:mas )?(?:facil|sencillo|simple|mejor|comodo) (?:\w+ )?no "
           r"(?:volver a )?(?:despertar\w*|levantarme mas)"),
    "pt": (r"(?:seria|e|sera) (?:muito |tao )?(?:mais )?(?:facil|simples|melhor) (?:\w+ )?(?:nao (?:voltar a )?"
           r"acordar\w*|nunca mais acordar)"),
    "fr": (r"(?:serait|est|sera) (?:tellement |bien )?(?:plus )?(?:simple|facile|reposant|doux|mieux) (?:de |d )?"
           r"(?:ne )?"
           r"(?:plus|jamais|plus jamais) (?:me )?reveiller|(?:je|j) (?:ne )?(?:veux|voudrais|aimerais|souhaite) "
           r"(?:juste |vraiment )?(?:plus|plus jamais) (?:me )?reveiller"),
    "de": (r"(?:ware|waere|ist|wurde|wuerde) (?:\w+ ){0,2}(?:einfacher|leichter|besser) (?:\w+ ){0,2}(?:nicht mehr|nie "
           r"(?:wieder|mehr)) (?:aufzuwachen|aufwachen|wach zu werden)"),
    "it": (r"(?:sarebbe|e|sara) (?:molto |tanto )?(?:piu )?(?:facile|semplice|meglio) (?:\w+ )?non (?:mi )?"
           r"(?:svegliar\w*|risvegliar\w*) (?:mai )?piu"),
    "nl": (r"(?:zou|is|was) (?:\w+ ){0,3}(?:makkelijker|gemakkelijker|eenvoudiger|beter) (?:\w+ ){0,3}(?:niet meer|"
           r"nooit meer|nooit weer) wakker (?:te )?(?:worden|word)"),
    "pl": (r"(?:latwiej|prosciej|lepiej) (?:\w+ ){0,4}?(?:sie (?:juz |nigdy )?nie (?:obudzic|obudzil\w*|budzic)|"
           r"(?:juz |nigdy )?nie (?:obudzic|obudzil\w*|budzic) sie)"),
    "ro": (r"(?:ar fi|e|este|va fi) (?:mult |atat de )?(?:mai )?(?:usor|simplu|bine) (?:\w+ )?sa nu (?:ma )?(?:mai )?"
           r"(?:trezesc|trezi)"),
}
_WET = {   # first person: "did it on / in myself, in my pants"
    "es": (r"(?<!no )me (?:lo )?(?:hice|he hecho|hago|hize) (?:pis |pipi )?(?:encima|en los "
           r"pantalones|en la ropa|en el pantalon)|me "
           r"(?:he )?(?:mee|meado|orine|orinado) encima"),
    "pt": r"(?:fiz|fazia|faco) (?:xixi )?(?:nas calcas|na roupa|nas cuecas|em mim)|(?:me )?mijei(?: me)?",
    "fr": (r"(?:je )?me (?:suis|serais) (?:fait|faite) (?:pipi )?(?:dessus|sur moi)|(?:j ai|je l ai) fait "
           r"(?:pipi )?dans (?:mon pantalon|ma culotte|mon slip|mes sous vetements)"),
    "de": r"(?:habe|hab|hatte) (?:\w+ ){0,3}in die hose (?:gemacht|gepinkelt|gepieselt)|mich (?:\w+ )?eingenasst",
    "it": (r"(?:me la|me lo|mi) (?:sono|ero) (?:fatt[oa]|fatta) (?:la pipi )?(?:addosso|sotto|nei pantaloni)|"
           r"(?:ho|avevo) fatto (?:la pipi )?(?:addosso|nei pantaloni|nelle mutande)"),
    "nl": r"(?:heb|had) (?:\w+ ){0,3}in (?:mijn|m n|de) broek (?:gedaan|geplast)",
    "pl": (r"(?:zrobil\w*|narobil\w*|posikal\w*|zsikal\w*|zmoczyl\w*) (?:\w+ )?(?:w )?(?:majtki|spodnie|gacie|pod "
           r"siebie)|(?:posikal\w*|zsikal\w*|zmoczyl\w*) sie"),
    "ro": r"m am (?:scapat|facut|udat|pisat) (?:\w+ )?(?:pe mine|in pantaloni|pe el)|am facut (?:\w+ )?in pantaloni",
}
_NOT_LAUGHING = (r"(?!.*\b(?:rire|de risa|de la risa|dal ridere|vor lachen|van het lachen|ze smiechu|de ras|de rir|"
                 r"de peur|de miedo|di paura|vor angst|van angst|ze strachu|de frica|de medo|failli|presque|casi|por "
                 r"poco|quase|quasi|fast|bijna|prawie|malo nie|o malo|aproape)\b)")
_FOOT = {
    "es": (r"no (?:\w+ )?(?:puedo|consigo|logro|soy capaz de) (?:\w+ )?(?:levantar|subir|alzar|mover hacia arriba) "
           r"(?:el|mi) pie|arrastr\w* (?:el|mi) pie"),
    "pt": (r"nao (?:\w+ )?(?:consigo|posso|sou capaz de) (?:\w+ )?(?:levantar|erguer|subir) (?:o|meu) pe|arrast\w* "
           r"(?:o|meu) pe"),
    "fr": (r"(?:n )?(?:arrive|peux|parviens) (?:plus|pas) (?:a )?(?:lever|soulever|relever) (?:le|mon) (?:\w+ )?pied|"
           r"(?:je )?traine (?:le|mon) (?:\w+ )?pied"),
    "de": (r"(?:kann|konnte) (?:\w+ ){0,3}fuss (?:\w+ )?nicht (?:mehr )?(?:heben|anheben|hochheben|hochziehen)|"
           r"(?:schleife|ziehe) (?:den|meinen) (?:\w+ )?fuss (?:nach|hinterher)"),
    "it": (r"non (?:\w+ )?(?:riesco|posso) (?:piu )?(?:ad? )?(?:alzare|sollevare) (?:il|mio|la punta del) (?:\w+ )?"
           r"piede|trascino (?:il )?(?:\w+ )?piede"),
    "nl": (r"kan (?:\w+ ){0,3}(?:\w*voet|voorvoet|tenen) (?:\w+ ){0,2}niet (?:meer )?(?:optillen|heffen|omhoog "
           r"(?:krijgen|doen|tillen))|sleep (?:mijn|de|met mijn) (?:\w*voet)"),
    "pl": (r"nie (?:\w+ )?(?:moge|moglem|moglam|potrafie) (?:\w+ )?(?:podniesc|uniesc) (?:\w+ )?stop\w*|opadajac\w* "
           r"stop\w*"),
    "ro": (r"nu (?:mai )?(?:pot|reusesc) (?:sa )?(?:ridic|ridica|ridicu) (?:\w+ )?(?:laba piciorului|piciorul|talpa)|"
           r"(?:tarai|tarasc) (?:\w+ )?piciorul"),
}
_FOOT_HURT = (r"(?!.*\b(?:\w*esguince\w*|entorse|verstauch\w*|distorsion\w*|storta|verstuik\w*|skrecon\w*|entors\w*|"
              r"roto|partido|fractur\w*|gebrochen|rotto|gebroken|zlaman\w*|rupt|gips|escayola|gesso|platre|gesso|"
              r"tobillo|tornozelo|cheville|knochel|kn\w*chel|caviglia|enkel|kostk\w*|glezn\w*|gota|goutte|gicht|"
              r"gotta|jicht|dna moczanowa|guta|ampolla|bolha|ampoule|blase|vescica|blaar|pecherz|basica)\b)")
_THROB = {
    "es": (r"(?:latir|latidos?|palpitar|pulsar|pulsacion\w*|golpeteo) (?:\w+ ){0,2}(?:la |el |en la |en el )?"
           r"(?:barriga|abdomen|tripa|vientre|panza)|(?:barriga|abdomen|tripa|vientre|panza) (?:me )?(?:late|palpita|"
           r"pulsa)"),
    "pt": (r"(?:pulsar|latejar|palpitar|pulsacao|pulsacoes|latejamento) (?:\w+ ){0,2}(?:a |o |na |no )?(?:barriga|"
           r"abdomen|ventre)|(?:barriga|abdomen|ventre) (?:\w+ )?(?:pulsar|latejar|pulsando|latejando|a pulsar|"
           r"lateja)"),
    "fr": (r"(?:ventre|abdomen) (?:qui )?(?:bat|battre|pulse|pulser|palpite|cogne|tape)|(?:battements?|pulsations?) "
           r"(?:\w+ )?dans (?:le|mon) (?:ventre|abdomen)"),
    "de": r"(?:pochen|pulsieren|klopfen) (?:\w+ )?im (?:\w+ )?bauch|bauch (?:\w+ )?(?:pocht|pulsiert|klopft)",
    "it": (r"(?:pulsare|pulsa|pulsazion\w*|battito|battiti|battere) (?:\w+ ){0,2}(?:la |nella |alla |il |l )?(?:pancia|"
           r"addome|ventre)|(?:pancia|addome|ventre) (?:che )?(?:pulsa|batte)"),
    "nl": (r"(?:buik|onderbuik) (?:\w+ )?(?:klopt|kloppen|bonst|bonzen|pulseert|pulseren)|kloppend\w* (?:\w+ )?in "
           r"(?:mijn|de) (?:\w+)?buik"),
    "pl": r"(?:pulsowanie|pulsuje|tetni|tetnienie|bicie) (?:\w+ ){0,2}(?:w )?brzu\w*|brzuch (?:\w+ )?(?:pulsuje|tetni)",
    "ro": (r"(?:pulseaza|pulsatii|pulsatie|zvacneste|zvacnituri|bate) (?:\w+ ){0,2}(?:in )?(?:burta|burtii|abdomen\w*)|"
           r"burta (?:\w+ )?(?:pulseaza|bate|zvacneste)"),
}
_TEAR = {
    "es": r"como (?:un |si )?(?:desgarr\w*|rasg\w*|arranc\w*)|dolor desgarrador",
    "pt": r"como (?:um |se )?(?:\w+ ){0,2}(?:rasg\w*|dilacer\w*)|dor (?:dilacerante|lancinante)",
    "fr": r"comme (?:un |une |si )?(?:dechir\w*|arrach\w*)|douleur (?:dechirante|arrachante)",
    "de": (r"reissend\w* (?:\w+ )?schmerz\w*|wie ein (?:reissen|zerreissen|riss)|als (?:ob|wurde|wuerde) (?:\w+ ){0,3}"
           r"reiss"),
    "it": r"come (?:uno |se )?(?:strapp\w*|lacer\w*|squarc\w*)|dolore lacerante",
    "ro": r"ca (?:o |si cum )?(?:sfasiere|ruptur\w*|rupere|s ar rupe)|durere sfasietoare",
}
_SUDDEN = (r"improvvis\w*|di colpo|plotzlich\w*|ploetzlich\w*|auf einmal|soudain\w*|brusque\w*|d un coup|de repente|"
           r"repentin\w*|subit\w*|de golpe|nagl\w*|brusc\w*|dintr o data|deodata")
_NOT_PREGNANT = (r"(?!.*\b(?:embarazada|embarazo|gravida|gravidez|enceinte|grossesse|schwanger\w*|incinta|gravidanza|"
                 r"zwanger\w*|ciazy|ciaza|insarcinata|sarcina|bebe|baby|bambino|dziecko)\b)")
_LIFTING = (r"(?!.*\b(?:levant\w*|sollev\w*|heben|gehoben|soulev\w*|tillen|podnos\w*|podnies\w*|ridic\w*|gimnasio|"
            r"palestra|gym|academia|fitness|sport\w*|entren\w*|allenament\w*|training|trening\w*)\b)")


def _lc(name: str, tier: str, label: str, pattern: str) -> LangConcept:
    return LangConcept(name, tier, label, re.compile(pattern))


def _forms(lang: str) -> tuple[LangConcept, ...]:
    wish = rf"(?!(?:\w+ ){{0,8}}(?:{_NIGHT})\b)(?:{_EASIER_NOT_WAKE[lang]}){_NOT_SLEEP}"
    forms = (concept("crisis", "C", CRISIS, wish),
             _lc("bladder_problem", "E", BLADDER, rf"^{_NOT_LAUGHING}.*?\b(?:{_WET[lang]})\b"),
             _lc("leg_weakness_or_numbness", "E", LEGS, rf"^{_FOOT_HURT}.*?\b(?:{_FOOT[lang]})\b"),
             _lc("chest_pain", "E", CHEST, rf"^{_NOT_PREGNANT}.*?\b(?:{_THROB[lang]})\b"))
    if lang in _TEAR:
        forms += (LangConcept("chest_pain", "E", CHEST, re.compile(rf"^{_LIFTING}.*?\b(?:{_TEAR[lang]})\b"),
                              re.compile(rf"\b(?:{_SUDDEN})\b")),)
    return forms


_ROUND49 = ("es", "pt", "fr", "de", "it", "nl", "pl", "ro")
FORMS33_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS32_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND49 else ())
    for lang in (*FORMS32_BY_LANGUAGE, *_ROUND49)}
