"""A crisis form and two red flags found missing in safety round forty-seven (session 28), each written in every
language of the round (es pt fr de it nl pl id), not only in the language of the message that showed it; patterns over
`fold_words` (lower case, no accents, hyphens as spaces). Chained after `lexicon_languages_forms30` (joined in
`lexicon_languages`). Written from dictionaries and grammars (RAE, Priberam, Larousse, Duden, Treccani, Van Dale, SJP
PWN, KBBI), **not reviewed by native speakers or a clinician**.

- The passive wish not to wake (again), told with a verb of wishing, wanting or hoping and the infinitive or subjunctive
  the older forms lacked ("wünsch ich mir, nicht mehr aufzuwachen", "deseo no despertar más", "hoop dat ik niet meer
  wakker word", "chciałbym się już nie obudzić", "ingin tidak bangun lagi"): the C-SSRS screener's first question
  ("wished you could go to sleep and not wake up") and PHQ-9 item 9. A wish verb is required (a fear of not waking
  after an operation, "Angst, nicht mehr aufzuwachen", is no wish), and not at night, early or with the pain
  ("nachts nicht mehr aufzuwachen" is a wish to sleep through: `_NOT_SLEEP`).
- (tier P) a child who ate, emptied or swallowed tablets, told with the verbs the older lexicon lacked ("een hele pot
  ijzertabletten leeggegeten", "aufgefuttert", "wyjadł", "memakan", "svuotato", "esvaziou", "vidé"): reference §2.3
  (iron poisoning in children; call the poison centre or the emergency number at once); NHS "Poisoning". Only eating,
  emptying and swallowing verbs, with a tablet word, within a few words and with a child named.
- (tier E) legs (both, or the legs in the plural) growing weaker ("mes deux jambes s'affaiblissent", "le gambe si
  stanno indebolendo"): reference §2.2 (weakness getting worse, progressive neurological deficit: 999); NHS "Cauda
  equina syndrome". A weakening verb is required (tired legs after a walk are not told with one).
"""

from __future__ import annotations

import re

from bot.safety.language_patterns import CRISIS, LEGS, POISONING, LangConcept, concept, near
from bot.safety.lexicon_languages_forms30 import FORMS30_BY_LANGUAGE

_WISH_NOT_WAKE = {
    "es": (r"(?:deseo|deseaba|quisiera|quiero|queria|ojala|me gustaria|preferiria|prefiero|pido|rezo por) (?:\w+ ){0,3}"
           r"no (?:volver a |volverme a )?(?:despertar\w*|levantarme mas)"),
    "pt": (r"(?:desejo|desejava|queria|quero|gostaria de|preferia|prefiro|tomara|oxala|peco|rezo para) (?:\w+ ){0,3}"
           r"(?:nao (?:voltar a )?(?:acordar\w*)|nunca mais acordar)"),
    "fr": (r"(?:voudrais|veux|voulais|aimerais|souhaite|souhaiterais|prefererais|j espere) (?:\w+ ){0,3}(?:ne (?:pas"
           r"|plus"
           r"|jamais|plus jamais) (?:me )?reveiller|ne me reveille (?:plus|pas|jamais))"),
    "de": (r"(?:wunsch\w*|wuensch\w*|hoffe|hoffte|mochte|moechte|wollte|will|ware|waere|lieber) (?:\w+ ){0,4}(?:nicht "
           r"mehr|nie (?:wieder|mehr)|einfach nicht) (?:aufzuwachen|aufwachen|aufwache|wach zu werden|wach werden)"),
    "it": (r"(?:vorrei|voglio|volevo|spero|speravo|preferirei|desidero|magari) (?:\w+ ){0,3}(?:di )?non (?:mi )?"
           r"(?:svegliar\w*|risvegliar\w*|sveglio) (?:mai )?piu"),
    "nl": (r"(?:hoop|hoopte|wil|wou|wilde|zou willen|wens|wenste|liefst) (?:\w+ ){0,5}(?:niet meer|nooit meer|nooit "
           r"weer) wakker (?:te )?(?:word|wordt|worden|werd)"),
    "pl": (r"(?:chcial\w*|chce|marze|marzylem|marzylam|wolal\w*|oby|zeby|modle sie) (?:\w+ ){0,3}(?:(?:juz|wiecej|ni"
           r"gdy) "
           r"(?:\w+ )?)?(?:sie )?nie (?:obudzic|obudzil\w*|budzic)(?: sie)?"),
    "id": (r"(?:ingin|mau|pengen|pingin|berharap|harap|semoga|mending|lebih baik) (?:\w+ ){0,3}(?:tidak|nggak|gak|ga|"
           r"tak) (?:usah |perlu |pernah )?(?:bangun|terbangun) (?:lagi|selamanya|untuk selamanya)"),
}
# A wish to sleep through the night or not to wake with the pain or early: not a death wish.
_NOT_SLEEP = (r"(?! (?:con|com|avec|mit|met|z|ze|dengan|karena|por|a causa|wegen|vor|door|przez|la nuit|in der nacht|"
              r"nachts|di notte|s nachts|w nocy|di malam|de madrugada|a noite|por la noche|de noche|so early|early|"
              r"tot|avant|prima|voor|przed|sebelum|antes)\b)")
_NIGHT = (r"nachts|in der nacht|la nuit|de noche|por la noche|a noite|de madrugada|di notte|s nachts|w nocy|"
          r"di malam|tengah malam|om \d|a las \d|as \d|alle \d|o \d|jam \d|um \d|a \d")

_CHILD = {
    "es": r"hij[oa]\w*|nin[oa]s?|bebe|nen[ea]|crio|pequen[oa]|sobrin\w*|niet[oa]s?",
    "pt": r"filh[oa]\w*|crianca|bebe|net[oa]|sobrinh\w*|menin[oa]",
    "fr": r"fils|fille|enfant|bebe|petit|petite|neveu|niece|gamin\w*",
    "de": r"kind\w*|sohn\w*|tochter\w*|baby|kleine\w*|enkel\w*",
    "it": r"figli[oa]\w*|bambin[oa]|bimb[oa]|nipot\w*|piccol[oa]",
    "nl": r"zoon\w*|dochter\w*|kind\w*|baby|peuter|kleintje|kleuter",
    "pl": r"syn\w*|cork\w*|dzieck\w*|maluch\w*|wnuk\w*|wnucz\w*",
    "id": r"anak\w*|balita|bayi|si kecil|adik\w*|keponakan\w*|cucu\w*",
}
_ATE = {
    "es": r"vacio|vaciado|se zampo|zampado|devoro|devorado|engullo|engullido|chupo|chupado",
    "pt": r"esvaziou|esvaziado|devorou|devorado|chupou|comido|comeram",
    "fr": r"vide|devore|englouti|engloutit|suce|gobe|croquer|manger",
    "de": r"aufgefuttert|gefuttert|leergegessen|leer gegessen|genascht|weggenascht|aufgegessen|verputzt|gelutscht|"
          r"geschluckt|runtergeschluckt",
    "it": r"svuotato|divorato|mangiucchiato|succhiato|ingerito|mangiato",
    "nl": r"leeggegeten|leeg gegeten|opgesnoept|leeggesnoept|gesnoept|opgegeten|gegeten|doorgeslikt|ingeslikt|"
          r"leeggemaakt",
    "pl": r"wyjadl\w*|zjadl\w*|polknal\w*|polknel\w*|schrupal\w*|zjedzon\w*|polkniet\w*",
    "id": r"memakan|dimakan|termakan|menelan|ditelan|tertelan|mengunyah|dikunyah|menghabiskan|dihabiskan",
}
_TABLETS = {
    "es": r"pastillas|pildoras|comprimidos|capsulas|tabletas|vitaminas|gominolas|suplementos",
    "pt": r"comprimidos|pilulas|remedios|capsulas|vitaminas|medicamentos|suplementos",
    "fr": r"comprimes|cachets|pilules|gelules|vitamines|medicaments|complements",
    "de": r"\w*tabletten|pillen|kapseln|vitamin\w*|medikamente|\w*dragees",
    "it": r"pastiglie|pillole|compresse|capsule|vitamine|farmaci|medicine|integratori",
    "nl": r"\w*tabletten|\w*pillen|pilletjes|capsules|vitamine\w*|medicijnen|supplementen",
    "pl": r"tablet\w*|pigul\w*|leki|lekow|witamin\w*|kapsul\w*|suplement\w*|drazet\w*",
    "id": r"tablet\w*|pil|pil2|obat\w*|vitamin\w*|kapsul\w*|suplemen\w*",
}
_BOTH_LEGS = {
    "es": r"(?:las |mis )?(?:dos |ambas )piernas|las piernas",
    "pt": r"(?:as |minhas )?(?:duas |ambas as )pernas|as pernas",
    "fr": r"(?:mes |les )?deux jambes|les jambes|mes jambes",
    "de": r"beide(?:n)? beine|die beine|meine beine",
    "it": r"(?:tutte e )?due (?:le )?gambe|le gambe|entrambe le gambe|le mie gambe",
    "nl": r"(?:mijn )?beide benen|mijn benen|de benen|allebei mijn benen",
    "pl": r"obie nogi|obu nog\w*|nogi",
    "id": r"kedua kaki|dua kaki|kaki saya|kaki aku|kakiku",
}
_WEAKENING = {
    "es": r"se (?:estan |van )?debilit\w*|(?:cada vez|mas y mas) (?:mas )?debiles|(?:estan|se) (?:quedando|volviendo) "
          r"(?:\w+ )?debiles|pierden fuerza|perdiendo fuerza",
    "pt": r"(?:estao |vao )?(?:enfraquec\w*|ficando (?:cada vez )?mais fracas|perdendo (?:a )?forca)",
    "fr": r"s affaibli\w*|(?:de plus en plus|plus en plus) faibles|perdent (?:de )?(?:la )?force|faiblissent",
    "de": r"(?:werden|wurden) (?:\w+ ){0,4}(?:schwacher|schwaecher|immer schwacher|kraftlos\w*)|verlieren "
          r"(?:\w+ ){0,3}kraft",
    "it": r"si (?:stanno |vanno )?indebol\w*|(?:sempre piu|piu) debol\w*|perdono forza|perdendo forza",
    "nl": r"(?:worden|werden) (?:\w+ ){0,4}(?:zwakker|krachteloos)|verzwakk\w*|verliezen (?:\w+ )?kracht",
    "pl": r"slabn\w*|(?:coraz )?slabsze|traca sile|tracac sile|oslabi\w*",
    "id": r"(?:makin|semakin|tambah|bertambah) lemah|melemah|lemas (?:terus|makin)",
}


# Words that join a second act ("ate his sandwich and took his vitamin"): the tablets must be the eating verb's object.
_AND = r"(?:en|dan|und|et|e|y|i|and|lalu|terus|kemudian|then|dann|puis|poi|depois|despues|daarna|potem|a potem)"
# Legs weaker after a walk, a run or the gym are tired legs (the English concept's `EXERCISE`), not a deficit.
_EXERTION = (r"wandern|laufen|joggen|sport|training|fitness|gym|randonnee|course|footing|marche|sport|caminata|"
             r"caminar|correr|gimnasio|entrenamiento|corrida|caminhada|academia|treino|camminata|corsa|palestra|"
             r"allenamento|wandeling|hardlopen|fietsen|sportschool|spacer\w*|bieganiu|silowni|treningu|jalan kaki|"
             r"lari|olahraga|gym|senam")


def _ordered(first: str, second: str, window: int) -> str:
    """Pattern: `first` then `second` within `window` words, no joining word between them."""
    return rf"(?:{first})(?: (?!{_AND}\b)\w+){{0,{window}}} (?:{second})"


def _forms(lang: str) -> tuple[LangConcept, ...]:
    # No night or clock time within the wish's words (a wish to sleep through: "nachts nicht mehr aufzuwachen").
    wish = rf"(?!(?:\w+ ){{0,8}}(?:{_NIGHT})\b)(?:{_WISH_NOT_WAKE[lang]}){_NOT_SLEEP}"
    return (concept("crisis", "C", CRISIS, wish),
            concept("poisoning", "P", POISONING, _ordered(_ATE[lang], _TABLETS[lang], 6) + "|"
                    + _ordered(_TABLETS[lang], _ATE[lang], 4), _CHILD[lang]),
            LangConcept("leg_weakness_or_numbness", "E", LEGS, re.compile(
                r"^(?!.*\b(?:" + _EXERTION + r")\b).*?\b(?:" + near(_BOTH_LEGS[lang], _WEAKENING[lang], 4) + r")\b")))


_ROUND47 = ("es", "pt", "fr", "de", "it", "nl", "pl", "id")
FORMS31_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: FORMS30_BY_LANGUAGE.get(lang, ()) + (_forms(lang) if lang in _ROUND47 else ())
    for lang in (*FORMS30_BY_LANGUAGE, *_ROUND47)}
