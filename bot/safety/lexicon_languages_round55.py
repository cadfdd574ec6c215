"""Yoruba, Zulu and Serbian lexicons found missing in safety round fifty-five (session 34), over `fold_words` (lower
case, no accents or tone marks: Yoruba "ọ̀rẹ́" is "ore", "ṣe" is "se"; Serbian č ć as c, š as s, ž as z, đ as d).
Joined to `lexicon_languages.LEXICONS` (`join`, one import and one call); Serbian in Cyrillic is matched by the same
patterns after transliteration (`lexicon_scripts_round55b`). Every Latin lexicon is tried on every message, so no
pattern here is an English word or phrase. Written from dictionaries (Abraham's *Dictionary of Modern Yoruba*;
Doke and Vilakazi's *Zulu-English Dictionary*; Matica srpska's *Rečnik srpskoga jezika*), **not reviewed by a native
speaker or a clinician**.

- crisis (WHO suicide fact sheet; C-SSRS 1-6; 988 Lifeline on goodbyes): tired of living ("ó ti sú mi láti wà
  láàyè", "sengikhathele ukuphila"), not wanting to live ("ne želim više da živim"), wanting to die, killing oneself
  ("pa ara mi", "ukuzibulala", "da se ubijem"), suicide, cutting or hanging oneself, better off without me; a friend
  who gathered medicines "so that he can die" ("kí òun lè kú"); all one's tablets with tonight or a goodbye; a
  farewell letter ("oproštajno pismo") with a time or "no meaning". Tone marks are gone after folding, so Yoruba's
  greetings with "kú" ("ẹ kú iṣẹ́", "ẹ kú àárọ̀") are kept out by the words after "kú". Not "ne želim da umrem"
  ("I don't want to die"), "angifuni ukufa".
- emergencies (NHS red flags for back pain and cauda equina syndrome; reference §2.3): vomiting blood, not able to
  pee, no feeling between the legs, both legs numb or not moving, chest pain, not able to breathe, a fall from stairs,
  a roof or a ladder, a road accident, and a child who swallowed tablets (Yoruba: with the child sleeping too much or
  not waking properly; NHS "Poisoning"). Yoruba chest and bladder words are left out: without tone marks "àyà" (chest)
  is "aya" (wife) and "kò le tó" (can't urinate) is "not enough".
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BREATHING,
    CHEST,
    CRISIS,
    GI,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
    near,
)

# Yoruba greetings and wishes made with "kú" (well done, good morning, happy new year...): no death in them.
_YO_GREETING = r"(?! (?:aaro|ale|osan|ise|odun|ojo|ewu|irole|ijoko|oriire|iyedun|abo|atijo|ikale|ile)\b)"

YORUBA: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"su mi lati wa laaye|ko wu mi lati wa laaye|ko wu mi ki n wa laaye|pa ara (?:mi|re|won)\b(?! lara)|"
            r"igbemi ara\w*|(?:mo|oun|emi) fe ku\b" + _YO_GREETING + r"|ki (?:oun|mo|n|o|a|mi) le ku\b" + _YO_GREETING
            + r"|ge ara (?:mi|re) (?:ni|pelu)|so ara (?:mi|re) ko"),
    concept("crisis", "C", CRISIS, r"ko oogun jo|gbe gbogbo (?:\w+ ){0,2}(?:oogun\w*|re) mi",
            r"ku|ale oni|oru oni|o dabo"),
    concept("gi_bleeding", "E", GI, r"(?:eebi|bi|po) eje|eje (?:ninu|ni) eebi"),
    concept("significant_trauma", "E", TRAUMA,
            r"(?:subu|ja|jabo) (?:lati|lori|sile lati) (?:ori )?(?:oke|aja|igi|atigun|akaba|pepe|ile alaja)\w*"),
    concept("poisoning", "P", POISONING, r"gbe (?:\w+ ){0,3}oogun(?: \w+){0,5} mi|je (?:\w+ ){0,3}oogun",
            r"(?=.*\b(?:omo|olodun|omode)\b).*\b(?:ko ji|sun ju|ko le ji|n bi|eebi|daku)"),
)

ZULU: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"\w*khathele ukuphila|angisafuni ukuphila|angifuni ukuphila|ngifuna ukufa|ngicabanga ukufa|"
            r"(?:uku|ngi|ngizo|ngiza|sengi|wa|uzo|ufuna uku|ngifuna uku)zibulal\w*|ukuzilimaza|ngiyazilimaza|"
            r"ngizilimaz\w*|ngiyazisika|ngizisika|(?:uku|ngi|ngizo)zilengis\w*|(?:bangcono|bangaba ngcono|kungcono) "
            r"ngaphandle kwami|angifuni ukuvuka"),
    concept("crisis", "C", CRISIS, r"(?:wonke|onke) amaphilisi|amaphilisi (?:\w+ ){0,2}(?:wonke|onke|amaningi)",
            r"ebusuku|kusihlwa|ukuze ngife|ngife|sala kahle|salani kahle"),
    concept("gi_bleeding", "E", GI, r"\w*hlanz\w* igazi|igazi (?:\w+ ){0,2}\w*hlanz\w*"),
    concept("bladder_problem", "E", BLADDER,
            r"(?:angikwazi|angisakwazi|akakwazi|akasakwazi) ukuchama|umchamo (?:awuphumi|uvalekile)|angichami"),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"(?:angizwa|angisezwa|akezwa|akasezwa) (?:lutho )?(?:emilenzeni|imilenze)|imilenze (?:yomibili )?"
            r"(?:ayisezwa|ibuthakathaka|indikindiki|ayinamandla)|(?:angikwazi|angisakwazi|akakwazi) ukuhamba|"
            r"angikwazi ukuma"),
    concept("chest_pain", "E", CHEST,
            r"ubuhlungu (?:\w+ )?esifubeni|esifubeni (?:\w+ )?(?:kubuhlungu|kuyaqaqamba)|isifuba (?:sibuhlungu|"
            r"siyaqaqamba)"),
    concept("breathing_difficulty", "E", BREATHING,
            r"(?:angikwazi|akakwazi) ukuphefumula|ukuphefumula kunzima|ngiphelelwa umoya"),
    concept("significant_trauma", "E", TRAUMA,
            r"(?:ngiwe|uwe|uwile|ngiwile|wawa|ngawa) (?:\w+ )?(?:ezitebhisini|esitebhisini|ophahleni|esihlahleni|"
            r"eleleni|emqansweni)|ingozi yemoto"),
    concept("poisoning", "P", POISONING,
            near(r"amaphilisi|umuthi|amaphilisi\w*", r"ugwinye|ugwinyile|wagwinya|udlile|wadla|udle", 4),
            r"ingane|umntwana|indodana|indodakazi|iminyaka|unyaka|usana"),
)

_SR_PILLS = r"(?:tablet\w*|lekov\w*|pilul\w*)"

SERBIAN: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"ne zelim (?:vise )?da zivim|ne zelim vise da zivim|necu (?:vise )?da zivim|(?<!ne )(?:zelim|hocu) da "
            r"umrem|ubicu se|ubiti se|da se ubijem|samoubistv\w*|samoubic\w*|secem se|isekao sam se|isekla sam se|"
            r"obesicu se|da se obesim|bolje (?:bi )?(?:im )?(?:bi )?bilo bez mene|da se vise ne probudim"),
    concept("crisis", "C", CRISIS, r"oprostajn\w* (?:pism\w*|poruk\w*)",
            r"smis\w*|uradi\w*|veceras|nocas|sutra|zbogom|oprostite"),
    concept("crisis", "C", CRISIS, r"(?:popiti|popicu|progutati|progutacu|uzeti|popijem|progutam) sve (?:\w+ )?"
            + _SR_PILLS, r"veceras|nocas|zbogom|da umrem|da zaspim zauvek"),
    concept("gi_bleeding", "E", GI, r"povra(?:cam|cao|cala|canje|ca) krv\w*|krv u povracanju|bljujem krv"),
    concept("bladder_problem", "E", BLADDER,
            r"ne mogu (?:da )?(?:mokrim|piskim|uriniram|mokriti)|(?:nisam|nije) (?:mokrio|mokrila)"),
    concept("saddle_numbness", "E", SADDLE,
            near(r"ne osecam|utrnul\w*|trne|bez osecaja",
                 r"izmedu nogu|medunozj\w*|prepon\w*|zadnjic\w*|straznjic\w*|genital\w*", 6)),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"(?:obe noge|noge su mi)(?: \w+){0,2} (?:slabe|utrnule|oduzete|bez snage)|"
            r"ne mogu (?:da hodam|da stanem na noge)",
            r"leda|kicm\w*|krst\w*|pao|pala|izmedu nogu"),
    concept("chest_pain", "E", CHEST,
            r"bol(?:ovi)? u grudima|stezanje u grudima|pritisak u grudima|grudi me (?:bole|stezu|pritiska)"),
    concept("breathing_difficulty", "E", BREATHING, r"ne mogu da disem|tesko disem|gusim se|nedostaje mi vazduh\w*"),
    concept("significant_trauma", "E", TRAUMA,
            r"(?:pao|pala) (?:sa|s|niz) (?:merdevina|krova|skela|drveta|visine|stepenica|stepenice)|"
            r"saobracajn\w* nesrec\w*"),
    concept("poisoning", "P", POISONING, near(r"progutao|progutala|pojeo|pojela|popio|popila", _SR_PILLS, 4),
            r"dete|sin|cerka|mali|mala|godin\w*|beba"),
)

ROUND55_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {"yo": YORUBA, "zu": ZULU, "sr": SERBIAN}


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Yoruba, Zulu and Serbian to `lexicons` (`lexicon_languages.LEXICONS`), in place."""
    for language, concepts in ROUND55_BY_LANGUAGE.items():
        lexicons[language] = lexicons.get(language, ()) + concepts
