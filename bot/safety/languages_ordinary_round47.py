"""Asides that say a message is only a general question, set aside before the learned other-language crisis check
scores it (safety round forty-seven, session 28), as `semantic.idiom_free` sets everyday idioms aside for the English
check: such an aside never brings the support line by itself, while crisis words beside it still do.

Round 47's other-language ordinary questions "Est-ce que le calcium doit être pris pendant un repas ? Aucun symptôme
particulier, c'est juste une question." (0.41) and "Czy witaminę D3 lepiej brać razem z K2? Pytam ogólnie, nic mi nie
dolega." (0.43) opened with the support line and helplines: the check (`crisis_languages`, character n-grams over the
whole message) read the negations of the aside ("aucun", "nic mi nie") as crisis evidence; the questions alone scored
0.24 and 0.14. The asides are the ConText "hypothetical / no symptom" frame (Harkema et al. 2009) and NegEx's denied
findings (Chapman et al. 2001): "no particular symptoms", "nothing is wrong with me", "just a question", "asking in
general", written in every language of the round (es pt fr de it nl pl id) from dictionaries (RAE, Priberam, Larousse,
Duden, Treccani, Van Dale, SJP PWN, KBBI), **not reviewed by native speakers**.

An aside is removed only when the message holds no word of a life or a death in any of these languages (`_LIFE`:
vivir, viver, vivre, leben, vivere, leven, żyć, hidup; morir, mourir, sterben, morire, sterven, umrzeć, mati; "sense /
point", "end", "tired of"), so "nic mi nie dolega, ale nie widzę sensu życia" is scored whole. The crisis lexicons are
read before the check and are not touched. Over the check's own folded form (`crisis_languages.fold`).
"""

from __future__ import annotations

import re

from bot.safety.crisis_languages import fold

_ASIDES = {
    "es": r"(?:ningun|ninguna|sin) sintomas?(?: \w+)?|no tengo (?:ningun )?(?:sintoma|problema)\w*|(?:es )?(?:solo|"
          r"solamente|simplemente) (?:una )?(?:pregunta|curiosidad)|pregunto (?:en general|por curiosidad)|"
          r"(?:estoy|me encuentro) (?:bien|perfectamente)",
    "pt": r"(?:nenhum|sem) sintomas?(?: \w+)?|nao tenho (?:nenhum )?(?:sintoma|problema)\w*|(?:e )?(?:so|apenas|"
          r"somente) (?:uma )?(?:pergunta|duvida|curiosidade)|pergunto (?:em geral|por curiosidade)|estou bem",
    "fr": r"(?:aucun|pas de|sans) symptomes?(?: particuliers?)?|(?:c est |c est juste |juste |simplement )?(?:juste |"
          r"simplement )?une (?:simple )?question(?: generale)?|je (?:demande|pose la question) (?:en general|par "
          r"curiosite)|je vais bien|je n ai rien",
    "de": r"(?:keine|ohne) (?:besonderen )?(?:symptome|beschwerden)|(?:nur|bloss|einfach) (?:eine )?(?:allgemeine )?"
          r"frage|(?:frage|fragen) (?:nur )?(?:allgemein|aus neugier)|mir geht es gut|mir fehlt nichts",
    "it": r"(?:nessun|senza) sintom[oi](?: \w+)?|(?:solo|soltanto|semplicemente) (?:una )?(?:domanda|curiosita)|"
          r"(?:chiedo|domando) (?:in generale|per curiosita)|sto bene|non ho (?:nessun )?(?:sintom|disturb)\w*",
    "nl": r"(?:geen|zonder) (?:bijzondere )?(?:klachten|symptomen)|(?:gewoon |alleen |maar )?een (?:algemene )?vraag|"
          r"(?:vraag|vraag het) (?:gewoon )?(?:in het algemeen|uit nieuwsgierigheid)|met mij is (?:er )?niets aan de "
          r"hand|ik voel me (?:prima|goed)",
    "pl": r"(?:bez|zadnych) (?:objawow|dolegliwosci)|nic mi nie (?:dolega|jest)|pytam (?:ogolnie|z ciekawosci|tylko)|"
          r"(?:tylko|po prostu) (?:takie )?pytanie|czuje sie dobrze|nie mam (?:zadnych )?(?:objawow|dolegliwosci)",
    "id": r"(?:tidak ada|tanpa|tak ada) (?:gejala|keluhan)(?: \w+)?|(?:cuma|hanya|sekedar|sekadar) (?:bertanya|"
          r"nanya|tanya|pertanyaan)(?: umum)?|(?:saya|aku) baik[ ]?baik saja|tanya (?:secara umum|iseng)",
}
_LIFE = re.compile(
    r" (?:viv\w*|vid[ae]s?|vie|leben\w*|leven\w*|zyc\w*|zycie|hidup|mor\w*|mour\w*|muer\w*|sterb\w*|sterv\w*|"
    r"tod\w*|dood\w*|umr\w*|smier\w*|mati|meninggal|sentido|senso|sens|sinn\w*|zin|sensu|gunanya|fin|finir|ende\w*|"
    r"einde|koniec|akhir|cansad\w*|fatigue de|muede|stanc\w*|moe van|zmeczon\w*|capek|lelah|suicid\w*|selbstmord\w*|"
    r"zelfmoord\w*|samobojst\w*|bunuh\w*|matar\w*|tuer|uccid\w*|umbring\w*|pastillas|comprimidos|cachets|tabletten|"
    r"pastiglie|tabletki|pil|obat|despedi\w*|adieu\w*|abschied\w*|addio|afscheid|pozegna\w*|pamit)\b")
_COMPILED = {lang: re.compile(r"(?<= )(?:" + pattern + r")(?= )") for lang, pattern in _ASIDES.items()}


def without_ordinary_asides(text: str, language: str) -> str:
    """`text` folded (`crisis_languages.fold`) with its general-question asides in `language` removed, as the module
    docstring says; `text` unchanged when the language has none here, no aside is found or a life-word is present."""
    aside = _COMPILED.get(language)
    if aside is None:
        return text
    folded = fold(text)
    if _LIFE.search(folded) or not aside.search(folded):
        return text
    return aside.sub(" ", folded)
