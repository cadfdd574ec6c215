"""Round thirteen's kinds in the eight Latin-script languages, in the form of `lexicon_languages` (patterns over
`fold_words`: lower case, no accents):

- a lethality question (strong): how many or how much of something "to die", "to not wake up", "so that the heart
  stops", and "a lethal dose" (988 Lifeline: looking for a way to kill oneself; WHO/IASP: never give quantities).
  Not "how many tablets a day", not a dose for a level;
- (session 19, second helper) "how many would be lethal", and the time first: "stanotte prendo tutte le pillole";
- taking all the tablets one has, tonight or now (strong): "stasera prendo tutte le pastiglie che ho in casa",
  "voy a tomar todas las pastillas que tengo" (C-SSRS: intent with a method);
- a fall, then unable to get up or stand (emergency): "caiu ontem … não consegue pôr-se de pé", "se cayó y no
  puede ponerse de pie" (NICE CKS "Back pain - low": suspect a fracture after a fall, above all when older; the
  English form is in `lexicon_lay`).

Sources as in `lexicon_languages` (national health services' back-pain and crisis pages) and the crisis sources
of `bot.safety.lexicon_crisis_asked`.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, TRAUMA, LangConcept, concept

_W = r"(?:\w+ )"
# Session 19 (second helper): the lethality question told with "lethal" as the predicate, "how many X would be
# lethal" ("wie viele ... wären tödlich", "quante ... sarebbero letali"), the same question as "a lethal dose" (988
# Lifeline: looking for a way to kill oneself). And "tonight I take all the pills" with the time first (C-SSRS:
# intent with a method and a time), the word order of German and Italian when a time opens the sentence.
_PREDICATE_DE = r"(?:\w+ ){0,8}(?:waren|ware|sind|ist|wird|wurden|wurde) (?:\w+ ){0,2}(?:todlich|letal)\b"
_PREDICATE_IT = r"(?:\w+ ){0,8}(?:sarebbero|sarebbe|sono|e|diventano) (?:\w+ ){0,2}(?:letali|letale|mortali|mortale)\b"


def _lethal(how_many: str, to: str, outcome: str, dose: str) -> LangConcept:
    return concept("crisis", "C", CRISIS, rf"(?:{how_many}) {_W}{{0,8}}(?:{to}) {_W}{{0,5}}(?:{outcome})|{dose}")


def _if_whole(die: str, if_: str, take: str, whole: str) -> LangConcept:
    """Round twenty: the lethality question told as a condition, "can one die if one swallows the whole box", the
    form of the English `lexicon_crisis_grammar._IF_ALL` (988 Lifeline: looking for a way to kill oneself)."""
    return concept("crisis", "C", CRISIS, rf"(?:{die}) (?:{if_}) {_W}{{0,2}}(?:{take}) {_W}{{0,1}}(?:{whole})")


def _fall(fell: str, cannot: str) -> LangConcept:
    return concept("significant_trauma", "E", TRAUMA, rf"(?:{fell})(?: \w+){{0,10}} (?:{cannot})")


ASKED_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        _lethal(r"cuant[oa]s?", r"para|hasta", r"morir|matar\w*|no (?:me |se )?despert\w*|"
                r"(?:que )?se (?:me )?pare el corazon|parar el corazon", r"dosis (?:letal|mortal)"),
        concept("crisis", "C", CRISIS, r"(?:voy a tomar|me tomo|tomare|me voy a tomar) todas las (?:pastillas|"
                r"pildoras|tabletas|medicinas) (?:que tengo|de casa)"),
        _if_whole(r"morir|morirse|morirme|morire", r"si", r"me tomo|se toma|te tomas|tomo|toma|tomas|trago|traga|"
                  r"me trago|se traga", r"todo el|toda la|todas las|todos los"),
        _fall(r"se cayo|me cai|sufrio una caida|tuvo una caida", r"no (?:puede|puedo|consigue) (?:levantarse|"
              r"levantarme|ponerse de pie|ponerme de pie|caminar|andar)"),
    ),
    "pt": (
        _lethal(r"quant[oa]s?", r"para|ate", r"morrer|me matar|matar|nao acordar|o coracao parar|parar o coracao",
                r"dose (?:letal|fatal)"),
        concept("crisis", "C", CRISIS, r"(?:vou tomar|tomo|tomarei) todos os (?:comprimidos|remedios|"
                r"medicamentos) (?:que tenho|de casa)"),
        _fall(r"caiu|cai|levou uma queda|teve uma queda", r"nao (?:consegue|consigo|pode) (?:se )?(?:levantar"
              r"(?: se)?|por se de pe|ficar de pe|andar)"),
    ),
    "fr": (
        _lethal(r"combien", r"pour|avant de", r"mourir|me tuer|tuer|ne plus me reveiller|ne pas me reveiller|"
                r"arreter le coeur|que le coeur s arrete", r"dose (?:letale|mortelle)"),
        concept("crisis", "C", CRISIS, r"(?:je vais prendre|je prends) tous (?:les|mes) (?:comprimes|cachets|"
                r"medicaments) (?:que j ai|de la maison)"),
        _if_whole(r"mourir|en mourir", r"si|quand|en", r"on avale|on prend|j avale|je prends|tu avales|tu prends|"
                  r"avalant|prenant", r"toute la|tout le|toutes les|tous les"),
        _fall(r"tombee?|chute|est tombee?", r"(?:ne peut|n arrive|ne parvient) (?:pas|plus) (?:a )?(?:se relever|"
              r"se lever|marcher|tenir debout)"),
    ),
    "de": (
        _lethal(r"wie viele?|wieviele?", r"um|damit|bis|dass", r"sterben|zu sterben|tot|nicht mehr aufzuwachen|"
                r"nicht mehr aufwach\w*|herz (?:\w+ )?(?:stehen bleibt|stehenbleibt|aufhort)|umzubringen",
                r"todliche dosis|(?:wie viele?|wieviele?) " + _PREDICATE_DE),
        concept("crisis", "C", CRISIS, r"(?:nehme|schlucke) (?:heute abend |jetzt |heute nacht )?alle (?:meine )?"
                r"(?:tabletten|pillen|medikamente) (?:die ich habe|im haus)|(?:heute abend|heute nacht|jetzt) "
                r"(?:nehme|schlucke) ich alle (?:meine )?(?:tabletten|pillen|medikamente)\b"),
        _if_whole(r"sterben|tot sein", r"wenn|falls", r"man|ich|du", r"die ganze|das ganze|alle"),
        _fall(r"gesturzt|hingefallen|gefallen", r"kann (?:nicht|kaum) (?:mehr )?(?:aufstehen|stehen|laufen|gehen)"),
    ),
    "it": (
        _lethal(r"quant[eio]", r"per|prima di", r"morire|uccider\w*|non svegliar\w*|fermare il cuore|il cuore si "
                r"fermi", r"dose (?:letale|mortale)|quant[eio] " + _PREDICATE_IT),
        concept("crisis", "C", CRISIS, r"(?:prendo|prendero|ingoio) tutte le (?:pastiglie|pillole|compresse|"
                r"medicine) (?:che ho|di casa)|(?:stanotte|stasera|oggi|adesso|ora) (?:\w+ ){0,2}(?:prendo|prendero|"
                r"ingoio) tutte le (?:pastiglie|pillole|compresse|medicine)\b"),
        _if_whole(r"morire", r"se", r"si prende|si ingoia|prendo|ingoio|prendi|ingoi", r"tutta la|tutto il|tutte le|"
                  r"tutti i"),
        _fall(r"caduta|caduto|cade|e caduta|e caduto", r"non riesce (?:piu )?a (?:alzarsi|rialzarsi|stare in piedi|"
              r"camminare)"),
    ),
    "pl": (
        _lethal(r"ile", r"zeby|aby|by", r"umrzec|zabic|sie nie obudzic|nie obudzic|serce stanelo",
                r"smiertelna dawka"),
        concept("crisis", "C", CRISIS, r"(?:wezme|biore|lykne) wszystkie (?:tabletki|leki|pigulki) (?:ktore mam|"
                r"z domu)"),
        _fall(r"upadl\w*|przewrocil\w*", r"nie (?:moze|moge) (?:wstac|stanac|chodzic)"),
    ),
    "nl": (
        _lethal(r"hoeveel", r"om|voordat|tot", r"dood te gaan|te sterven|niet meer wakker|mijn hart stopt|het hart "
                r"stopt", r"dodelijke dosis"),
        concept("crisis", "C", CRISIS, r"(?:neem|slik) (?:vanavond |nu )?al (?:mijn|de) (?:pillen|tabletten|"
                r"medicijnen) (?:die ik heb|in huis)"),
        _fall(r"gevallen|viel", r"kan niet (?:meer )?(?:opstaan|staan|lopen)"),
    ),
    "tr": (
        _lethal(r"kac|ne kadar", r"tane|hap|ilac", r"olurum|olmek icin|oldur\w*|uyanmam\w*|kalbi durdur\w*",
                r"olumcul doz"),
        concept("crisis", "C", CRISIS, r"(?:evdeki|elimdeki) (?:butun|tum) (?:haplari|ilaclari) (?:icecegim|"
                r"icicem|aliyorum)"),
        _fall(r"dustu|dusmus|dustum", r"(?:ayaga )?kalkamiyor\w*|yuruyemiyor\w*"),
    ),
}
