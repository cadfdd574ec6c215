"""Other-language crisis shapes found missing in round thirty-six (session 20), in the form of `lexicon_languages`
(patterns over `fold_words`: lower case, no accents). Each is a grammatical form the lexicons lacked, written with
grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- Someone's message reporting that they have taken all (or a whole pack of) their tablets, then a goodbye or no
  answer: de "hat mir geschrieben, dass sie alle ihre Tabletten genommen hat … geht nicht ans Telefon", nl "appte dat
  hij al zijn pillen heeft ingenomen … neemt niet op", es "me escribió que se tomó todas sus pastillas … no
  contesta", pt "me mandou mensagem dizendo que tomou todos os comprimidos … não atende", fr "m'a écrit qu'elle a pris
  tous ses cachets … ne répond plus", pl "napisała mi, że wzięła wszystkie tabletki … nie odbiera". The tense is the
  perfect (what has been done), where the Swedish form of `lexicon_languages_forms19` was the future; the goodbye or
  the silence is required, so a dose reported on its own ("tomó todas sus pastillas esta mañana") stays calm. NHS
  "Overdose": call 999 if someone has taken an overdose and does not respond; 988 Lifeline (saying goodbye).
- Polish: tablets set aside told with the resultative "mieć" + participle before the noun ("mam odłożone / schowane
  / uzbierane wszystkie tabletki"; Swan, A Grammar of Contemporary Polish, the "mam zrobione" construction), where
  `lexicon_languages_crisis_signs` had the noun first, with a time set to take them ("dziś w nocy je wezmę", "jutro
  łyknę wszystkie"): means with a plan and a time, C-SSRS questions 4-6 (intent, plan, preparation); NICE NG225 1.5
  (access to means). Not one tablet at night ("wezmę jedną na noc").
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

_PILLS = {
    "de": r"(?:\w*tabletten|pillen|medikamente)", "nl": r"(?:\w*pillen|\w*tabletten|medicijnen|medicatie)",
    "es": r"(?:pastillas|pildoras|medicamentos|comprimidos|medicinas)",
    "pt": r"(?:comprimidos|remedios|pilulas|medicamentos)", "fr": r"(?:cachets|comprimes|pilules|medicaments)",
    "pl": r"(?:tabletki|tabletek|leki|lekow|pigulki|pigulek|proszki)",
}
_TOLD_OVERDOSE = {
    "de": r"(?:geschrieben|geschickt|getextet|gesimst|geschrieben hat) (?:\w+ ){0,3}dass (?:sie|er) (?:\w+ ){0,2}"
          r"(?:alle|samtliche|saemtliche|die ganze packung|eine ganze packung) (?:\w+ ){0,2}" + _PILLS["de"]
          + r" (?:\w+ )?(?:genommen|geschluckt|eingenommen)",
    "nl": r"(?:stuurde|appte|schreef|sms te|berichtte) (?:\w+ ){0,3}dat (?:hij|zij|ze) (?:\w+ ){0,2}(?:al|alle|een "
          r"hele strip|een hele doos) (?:\w+ ){0,2}" + _PILLS["nl"] + r" (?:\w+ )?(?:heeft )?(?:ingenomen|geslikt|"
          r"genomen)",
    "es": r"(?:escribio|mando|envio|dijo por (?:whatsapp|mensaje)|mensaje) (?:\w+ ){0,4}que (?:se )?(?:ha )?(?:tomo|"
          r"tomado|trago|tragado) (?:\w+ ){0,2}(?:todas|todos|una caja entera|un bote entero) (?:\w+ ){0,2}"
          + _PILLS["es"],
    "pt": r"(?:escreveu|mandou|enviou|mensagem) (?:\w+ ){0,4}que (?:ja )?(?:tomou|engoliu|tinha tomado) (?:\w+ ){0,2}"
          r"(?:todos|todas|uma caixa inteira|a cartela inteira) (?:\w+ ){0,2}" + _PILLS["pt"],
    "fr": r"(?:ecrit|envoye|texte) (?:\w+ ){0,4}qu (?:il|elle) (?:a|avait) (?:pris|avale) (?:\w+ ){0,2}(?:tous|toutes|"
          r"une boite entiere|toute la boite) (?:\w+ ){0,2}" + _PILLS["fr"],
    "pl": r"(?:napisal\w*|wyslal\w*|esemes\w*) (?:\w+ ){0,3}ze (?:\w+ )?(?:wzial|wziela|polknal|polknela|lyknal|"
          r"lyknela|zazyl|zazyla) (?:\w+ ){0,2}(?:wszystkie|cale opakowanie) (?:\w+ ){0,2}" + _PILLS["pl"],
}
_THEN_SILENT = {
    "de": r"verabschiedet|abschied|lebewohl|geht nicht (?:mehr )?(?:ans telefon|ran)|antwortet nicht|meldet sich nicht|"
          r"nicht (?:mehr )?erreichbar|nimmt nicht ab",
    "nl": r"afscheid|neemt (?:de telefoon )?niet (?:meer )?op|reageert niet|antwoordt niet|niet (?:meer )?bereikbaar",
    "es": r"se despidio|despidiendose|adios|no contesta|no responde|no coge|no me coge|no atiende",
    "pt": r"se despediu|despedindo|adeus|nao atende|nao responde|nao me responde",
    "fr": r"adieux?|ne repond (?:plus|pas)|ne decroche (?:plus|pas)|injoignable",
    "pl": r"pozegnal\w*|nie odbiera|nie odpisuje|nie odpowiada",
}
_PL_SET_ASIDE = (r"(?:mam|mialam|mialem|trzymam) (?:juz )?(?:odlozone|schowane|zebrane|uzbierane|zachomikowane|"
                 r"naszykowane|przygotowane) (?:\w+ )?(?:wszystkie )?" + _PILLS["pl"])
_PL_TAKE_AT_A_TIME = (r"(?:dzis|dzisiaj|jutro|tej nocy|w nocy|wieczorem|w weekend) (?:\w+ ){0,3}(?:je |wszystkie )?"
                      r"(?:wezme|lykne|polkne|zazyje)\b(?! (?:jedna|jedną|jedna tabletke|pol|dwie|jak zwykle|na noc|"
                      r"na sen|przed snem))")

FORMS20_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: (concept("crisis", "C", CRISIS, told, requires=_THEN_SILENT[lang]),)
    for lang, told in _TOLD_OVERDOSE.items()
}
FORMS20_BY_LANGUAGE["pl"] += (concept("crisis", "C", CRISIS, _PL_SET_ASIDE, requires=_PL_TAKE_AT_A_TIME),)
