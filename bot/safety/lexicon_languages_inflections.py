"""Red flags and crisis the other-language lexicons had in one inflection, spelling or negation only (round
thirty-two, session 18), in the form of `lexicon_languages` (patterns over `fold_words`: lower case, no accents).
Written with grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- German: unable to pass water told with "kein" ("kann kein Wasser lassen": German negates a bare noun with "kein",
  not "nicht"; Duden grammar), a bladder that will not empty, "es kommt kein Urin"; numbness "between the legs"
  and other lay names of the saddle area (NHS "Cauda equina syndrome": numbness around the bottom or genitals,
  problems peeing);
- Dutch: harming oneself with the separable verb split by "te" ("om mezelf iets aan te doen", Dutch grammar: the
  particle of "aandoen" stands apart in the te-infinitive; the lexicon had "mezelf iets aandoen" only);
- Indonesian: the colloquial spellings of "ingin" (want: "pengin", "kepengin", "kepingin") before "mati"; a farewell
  letter written (988 Lifeline warning signs: saying goodbye; C-SSRS preparatory acts); all of the tablets with a
  time or in one go, with the meN- verb "meminum" as well as "minum" (Sneddon, Indonesian: A Comprehensive Grammar);
- Romanian: legs weakening told with the verb ("îmi slăbesc picioarele", "picioarele au slăbit"), the lexicon had
  the adjective "slabe" only (NHS "Cauda equina syndrome": weakness in both legs; NICE NG234).
"""

from __future__ import annotations

from bot.safety.language_patterns import BLADDER, CRISIS, LEGS, SADDLE, LangConcept, concept, near

_DE_NUMB = r"taub\w*|gefu(?:e)?hllos\w*|kribbel\w*|spu(?:e)?re (?:\w+ )?nichts?|kein gefu(?:e)?hl|empfindungslos\w*"
_DE_SADDLE = r"zwischen den beinen|unten ?rum|intim\w*|scham\w*|scheide|penis|hoden|anus|pobacke\w*|dammbereich"
_ID_PILLS = r"(?:obat|pil|tablet|kapsul|vitamin|zat besi)\w*"

INFLECTIONS_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "de": (concept("bladder_problem", "E", BLADDER,
                   r"(?:kann|konnte|koennte|schaffe|schafft) (?:\w+ ){0,4}(?:kein|keinen) (?:wasser|urin|harn|"
                   r"pipi) (?:mehr )?(?:lassen|ablassen)|"
                   r"es kommt (?:\w+ ){0,2}(?:kein|keinen) (?:urin|pipi|tropfen)|blase (?:\w+ ){0,3}(?:nicht|kaum) "
                   r"(?:mehr )?(?:leeren|entleeren)|harnverhalt\w*"),
           concept("saddle_numbness", "E", SADDLE, near(_DE_NUMB, _DE_SADDLE))),
    "nl": (concept("crisis", "C", CRISIS,
                   r"(?:mezelf|mijzelf|mij) (?:\w+ )?(?:iets|wat) aan (?:te )?doen|doe (?:mezelf|mijzelf) (?:\w+ )?"
                   r"(?:iets|wat) aan|(?:mezelf|mijzelf) (?:\w+ )?(?:iets|wat) (?:heb |had )?aangedaan"),),
    "id": (concept("crisis", "C", CRISIS,
                   r"(?:pengin|kepengin|kepengen|kepingin|pingin|pengen|pgn) (?:\w+ )?mati\b(?! rasa)|(?:menulis|"
                   r"tulis|nulis|kutulis|menuliskan) (?:\w+ ){0,2}surat (?:perpisahan|terakhir|selamat tinggal)|"
                   r"(?:meminum|minum|menelan|telan|nelen) (?:semua|seluruh|sekaligus) (?:\w+ ){0,3}" + _ID_PILLS +
                   r"(?: \w+){0,3} (?:malam ini|sekaligus|sekarang juga|biar (?:mati|tidak bangun))"),),
    "ro": (concept("leg_weakness_or_numbness", "E", LEGS,
                   r"(?:imi|mi|ii|i) (?:tot )?slabesc (?:\w+ )?picioarele|picioarele (?:\w+ ){0,2}(?:(?:mi|imi|i|ii|"
                   r"s) )?(?:au )?slab(?:esc|it|ite)|picioarele (?:\w+ ){0,2}(?:devin|au devenit|sunt tot mai) slabe|"
                   r"slabiciune (?:\w+ ){0,2}(?:in|la) (?:ambele |amandoua )?picioare\w*"),),
}
