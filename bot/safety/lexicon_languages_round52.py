"""Two crisis forms found missing in safety round fifty-two (session 31), each written in every Latin-script language
of the round (es fr de it sv tr), not only in the language of the message that showed it; patterns over `fold_words`
(lower case, no accents). Joined in `lexicon_languages.LEXICONS` (one import, one term). Written from dictionaries
and grammars (RAE, Larousse, Duden, Treccani, SAOL, TDK), **not reviewed by native speakers or a clinician**.

- No reason left to live, told with a negation ("non vedo più nessun motivo per vivere", "ya no tengo ninguna razón
  para vivir", "je n'ai plus aucune raison de vivre", "ich habe keinen Grund mehr zu leben", "jag har ingen
  anledning att leva", "yaşamak için hiçbir sebebim kalmadı"): reference §2.5 ("no reason to live"); the WHO suicide
  fact sheet and 988 Lifeline warning signs (no reason to live, hopelessness). The positive form ("i miei figli sono
  il mio motivo per vivere") has no negation and is not matched.
- Someone's farewell message followed by silence ("mi hermana me mandó un mensaje despidiéndose … dice que ya no va
  a estar más … no contesta el teléfono"): a farewell told in the third person (a goodbye message, "won't be here
  any more") **and** not answering, both required; `lexicon_languages_forms20` wanted the tablets named. 988 Lifeline
  (saying goodbye); NHS "Help for suicidal thoughts" (if someone's life is at risk, call 999). A goodbye at an
  airport, or a phone not answered, alone is no crisis.
"""

from __future__ import annotations

from bot.safety.language_patterns import CRISIS, LangConcept, concept

_NO_REASON = {
    "es": r"(?:ningun|ninguna|sin) (?:\w+ )?(?:motivo|razon|sentido) (?:\w+ )?para (?:seguir )?vivir|no (?:\w+ ){0,2}"
          r"(?:tengo|veo|encuentro|hay) (?:\w+ ){0,2}(?:motivos?|razon|razones) (?:\w+ )?para (?:seguir )?vivir",
    "fr": r"(?:aucune|plus de|pas de|sans) (?:\w+ )?raisons? de (?:continuer a )?vivre",
    "de": r"(?:keinen|kein|keine) (?:\w+ )?(?:grund|sinn|anlass) (?:\w+ )?(?:mehr )?(?:zu|zum) (?:weiter)?leben",
    "it": r"(?:nessun|nessuna|alcun|alcuna|senza) (?:\w+ )?(?:motivo|ragione|senso) (?:\w+ )?per (?:continuare a )?"
          r"vivere|non (?:\w+ ){0,3}(?:un |piu un )?(?:motivo|ragione) per (?:continuare a )?vivere",
    "sv": r"(?:ingen|inget|inte n\w+) (?:\w+ )?(?:anledning|skal|mening) (?:\w+ )?att (?:fortsatta )?leva",
    "tr": r"yasamak icin (?:hicbir |bir )?(?:sebebim|sebep|nedenim|neden) (?:\w+ )?(?:yok|kalmadi)|"
          r"yasama (?:sebebim|nedenim|amacim) (?:\w+ )?(?:yok|kalmadi)",
}
_FAREWELL = {
    "es": r"(?:mensaje|carta|audio|whatsapp) (?:\w+ ){0,2}(?:despidiendose|de despedida|de adios)|ya no (?:va a estar|"
          r"estara|va a seguir) (?:mas|aqui|con nosotros)",
    "fr": r"(?:message|lettre|texto) (?:\w+ ){0,2}d adieux?|(?:il|elle) ne sera plus (?:la|parmi nous)",
    "de": r"abschiedsnachricht|abschiedsbrief|nachricht (?:\w+ ){0,2}zum abschied|(?:er|sie) wird nicht mehr da sein",
    "it": r"(?:messaggio|lettera) (?:\w+ ){0,2}(?:di addio|d addio)|non ci sara piu|(?:si e|si era) (?:\w+ )?"
          r"(?:congedat\w|salutat\w) (?:\w+ ){0,3}per sempre",
    "sv": r"avskedsmeddelande|avskedsbrev|(?:hon|han) kommer inte (?:att )?finnas (?:kvar|mer|har)",
    "tr": r"veda mesaji|veda mektubu|artik (?:\w+ )?olmayacak",
}
_SILENT = {
    "es": r"no contesta|no responde|no coge|no me coge|no atiende|tiene el (?:movil|telefono) apagado",
    "fr": r"ne repond (?:plus|pas)|ne decroche (?:plus|pas)|injoignable|telephone (?:est )?eteint",
    "de": r"geht nicht (?:mehr )?(?:ans telefon|ran)|antwortet nicht|nicht (?:mehr )?erreichbar|nimmt nicht ab",
    "it": r"non risponde|non (?:mi )?rispond\w*|telefono spento|irraggiungibile",
    "sv": r"svarar inte|gar inte att na|telefonen (?:ar )?avstangd",
    "tr": r"telefonu acmiyor|cevap vermiyor|ulasamiyorum|telefonu kapali",
}

ROUND52_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    lang: (concept("crisis", "C", CRISIS, _NO_REASON[lang]),
           concept("crisis", "C", CRISIS, _FAREWELL[lang], requires=_SILENT[lang]))
    for lang in _NO_REASON}
