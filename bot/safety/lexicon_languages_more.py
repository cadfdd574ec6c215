"""Red-flag lexicons in Italian and Dutch, in the form and with the sources' kind of `lexicon_languages`.

Sources: Italy, ISS "Sindrome della cauda equina" and Ministero della Salute "Mal di schiena", Telefono
Amico; the Netherlands, Thuisarts.nl "Lage rugpijn" (alarmsignalen) and 113 Zelfmoordpreventie (0800-0113).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
    near,
)

IT_BACK = r"schiena|lombar\w*|colonna|sciatica|reni|spina dorsale"
NL_BACK = r"rug\w*|onderrug|ruggengraat|wervel\w*|hernia|ischias"

MORE_LEXICONS: dict[str, tuple[LangConcept, ...]] = {
    "it": (
        concept("bladder_problem", "E", BLADDER,
           r"(?:perso|perdo|perdere|perdita del|senza) (?:il )?controllo (?:\w+ ){0,2}(?:vescica|urina|pipi)|"
           r"(?:non|quasi non) (?:riesco|posso|riesce) (?:piu )?(?:a )?(?:urinare|fare (?:la )?pipi|"
           r"(?:trattenere|controllare) (?:la |l )?(?:pipi|urina|vescica))|incontinenza(?! fecale)|"
           r"(?:mi sono|si e) (?:fatt[oa]|bagnat[oa]) (?:la pipi )?addosso|ritenzione (?:urinaria|di urina)"),
        concept("bowel_problem", "E", BOWEL,
           r"(?:non|quasi non) (?:riesco|posso|riesce) (?:piu )?(?:a )?(?:trattenere|controllare) (?:\w+ ){0,2}"
           r"(?:cacca|feci|intestino|sfintere)|(?:mi sono|si e) fatt[oa] (?:la )?cacca addosso|incontinenza fecale|"
           r"(?:perso|perdo|perdita del) (?:il )?controllo (?:\w+ ){0,2}(?:intestino|feci|sfintere)"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"intorpidit\w*|addormentat\w*|formicol\w*|non sento (?:piu )?(?:niente|nulla)|insensibil\w*|"
            r"perdita (?:di |della )?sensibilita|sensibilita ridotta",
            r"genital\w*|sedere|glutei|natiche|ano|perineo|inguine|zona intima|parti intime|a sella|tra le gambe")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"gambe? (?:\w+ ){0,4}(?:debol\w*|cedono|cedute|non (?:mi )?(?:reggono|rispondono)|paralizzat\w*)|"
           r"(?:non|quasi non) (?:riesco|riesce) (?:piu )?a (?:camminare|stare in piedi|muovere le gambe)|"
           r"non (?:sento|sente) (?:piu )?(?:le )?gambe"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:caduto|caduta|cadut[ie]|cascato|cascata) (?:\w+ ){0,4}(?:scale|tetto|scala|altezza|cavallo|moto|bici)|"
           r"incidente (?:stradale|in (?:macchina|moto|auto)|d auto)"),
        concept("chest_pain", "E", CHEST, r"dolor\w* (?:\w+ ){0,2}(?:al|nel) petto|petto che (?:stringe|fa male)|"
                                           r"oppressione al petto"),
        concept("fever_with_back_pain", "U", FEVER, r"febbre|brividi|temperatura alta", IT_BACK),
        concept("crisis", "C", CRISIS,
           r"non voglio piu vivere|voglio morire|suicid\w*|farla finita(?! con (?!tutto|tutti|la vita|questa vita))|"
           r"togliermi la vita|uccidermi|ammazzarmi|"
           r"meglio senza di me|farmi del male"),
    ),
    "nl": (
        concept("bladder_problem", "E", BLADDER,
           r"(?:controle|macht) over (?:mijn |de )?(?:blaas|plas) (?:\w+ ){0,2}(?:kwijt|verloren)|(?:kan|"
           r"kon) (?:\w+ ){0,3}"
           r"niet (?:meer )?plassen|in (?:mijn|m n) broek (?:geplast|geplast)|broek nat|"
           # Session 17: the Dutch noun, or the adjective after a Dutch verb; bare "incontinen…" is English too
           # ("GP says stress incontinence") and every lexicon sees every message.
           r"incontinentie\w*|(?:ben|is|werd|word|raak|raakte) (?:\w+ )?incontinent|"
           r"(?:plas|urine) (?:\w+ ){0,2}(?:niet (?:meer )?ophouden|loopt (?:er )?(?:zomaar )?uit)|in bed geplast"),
        concept("bowel_problem", "E", BOWEL,
           r"(?:controle|macht) over (?:mijn |de )?(?:darmen|ontlasting|stoelgang) (?:\w+ ){0,2}(?:kwijt|verloren)|"
           r"in (?:mijn|m n) broek gepoept|ontlasting (?:\w+ ){0,2}niet (?:meer )?ophouden"),
        concept("saddle_numbness", "E", SADDLE, near(
            r"gevoelloos|doof|dove|verdoofd|tintel\w*|voel (?:\w+ )?niets|geen gevoel",
            r"kruis|billen|bil|anus|schaamstreek|geslachtsdelen|genita\w*|liezen|lies|rijbroek\w*|zitvlak")),
        concept("leg_weakness_or_numbness", "E", LEGS,
           r"benen (?:\w+ ){0,3}(?:slap|zwak\w*|verlamd|begeven|willen niet)|zak (?:\w+ ){0,2}door (?:mijn|m n) benen|"
           r"(?:kan|kon) (?:\w+ ){0,2}niet (?:meer )?(?:lopen|staan)|voel (?:mijn )?benen niet"),
        concept("significant_trauma", "E", TRAUMA,
           r"(?:gevallen|gevallen|viel) (?:\w+ ){0,4}(?:trap|ladder|dak|hoogte|paard|steiger)|auto ?ongeluk|"
           r"verkeersongeluk|aangereden"),
        concept("chest_pain", "E", CHEST, r"pijn (?:\w+ ){0,2}(?:op|in) (?:de|mijn) borst|druk op (?:de|mijn) borst|"
                                           r"beklemmend (?:\w+ )?gevoel"),
        concept("fever_with_back_pain", "U", FEVER, r"koorts\w*|rillingen|koude rillingen", NL_BACK),
        concept("crisis", "C", CRISIS,
           r"zie het (?:\w+ )?niet meer zitten|wil (?:niet meer leven|dood)|zelfmoord|suicid\w*|er een (?:eind|einde) "
           r"aan (?:maken|te maken)|(?:beter|beter af) zonder mij|mezelf (?:van het leven beroven|iets aandoen|"
           r"doodmaken)|niet meer wakker (?:worden|te worden)"),
    ),
}
