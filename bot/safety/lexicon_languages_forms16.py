"""Other-language crisis and emergency shapes found missing in round twenty-eight (session 16), in the form of
`lexicon_languages` (patterns over `fold_words`: lower case, no accents). Forms the lexicons had only in another
tense, mood or order, written with grammars and dictionaries, **not reviewed by native speakers or a clinician**.

- German asks the lethality question in the subjunctive II ("wie viele … bräuchte man, damit es tödlich ist"; Duden
  grammar: "bräuchte", the polite or hypothetical form of "brauchen"); the lexicon had the indicative only;
- Polish: the feminine past of "pociąć się" ("znowu się pocięłam": pocię-ł-am, the stem changes from the masculine
  "pociąłem" the lexicon had; Swan, A Grammar of Contemporary Polish): self-harm told;
- Romanian: a goodbye said to everyone ("mi-am luat rămas bun de la toți", 988 Lifeline: saying goodbye) and
  nothing making sense any more ("nimic nu mai are rost", hopelessness: PHQ-9 item 9's neighbour, as German
  "nichts hat mehr Sinn" in `lexicon_languages_crisis_signs`); not a goodbye to colleagues before a holiday;
- Romanian: chest pain told in the singular ("o durere în piept": the lexicon had "dureri", the plural, only), and a
  sudden, tearing pain in the back and chest ("durere bruscă, sfâșietoare, în spate și în piept"; NHS "Aortic
  dissection": sudden tearing chest or back pain; NHS 999 list: chest pain with sweating or feeling faint);
- Dutch: strength going in both legs ("steeds minder kracht in allebei mijn benen") and tripping over one's own feet
  (NHS "Cauda equina syndrome": weakness in both legs, difficulty walking).
"""

from __future__ import annotations

from bot.safety.language_patterns import CHEST, CRISIS, LEGS, LangConcept, concept

FORMS16_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "de": (concept("crisis", "C", CRISIS,
                   r"wie viele? (?:\w+ ){0,4}(?:brauchte|braeuchte|brauchten|musste|muesste|muss|braucht|brauche) "
                   r"(?:man|ich) (?:\w+ ){0,4}(?<!nicht )(?<!kein )(?:todlich|toedlich|zu sterben|sterben|tot)\b"),),
    "pl": (concept("crisis", "C", CRISIS,
                   r"sie (?:\w+ )?(?:pociel\w*|ciel(?:am|as|a|ysmy|y))\b|(?:pociel\w*|ciel(?:am|a)) sie\b"),),
    "ro": (concept("crisis", "C", CRISIS,
                   r"(?:mi am|mi|m am) luat ramas bun de la (?:toti|toata lumea|toate)\b(?! (?:colegii|colegele|"
                   r"de la (?:serviciu|munca|birou))\b)(?!(?: \w+){0,6} (?:vacanta|concediu|calatori\w*|plec in)\b)|"
                   r"nimic nu mai are (?:niciun |nici un )?(?:rost|sens)"),
           concept("chest_pain", "E", CHEST,
                   r"durer\w* (?:\w+ ){0,2}in piept|durer\w* (?:\w+ ){0,5}in (?:spate si in piept|piept si in "
                   r"spate)|durer\w* (?:\w+ ){0,3}(?:sfasietoare|ca un cutit|ca o rupere)\b")),
    "nl": (concept("leg_weakness_or_numbness", "E", LEGS,
                   r"(?:minder|geen|weinig|nauwelijks) kracht (?:\w+ ){0,2}(?:in )?(?:allebei|beide) (?:mijn |m n )?"
                   r"benen|struikel\w* (?:\w+ ){0,2}over (?:mijn )?eigen "
                   r"voeten"),),
}
