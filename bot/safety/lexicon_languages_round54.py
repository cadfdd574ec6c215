"""Somali, Hausa and Croatian lexicons found missing in safety round fifty-four (session 33), over `fold_words` (lower
case, no accents: č ć as c, š as s, ž as z, đ as d; Hausa's hooked ɓ ɗ ƙ and the apostrophe become a space, so
"haɗu" is "ha u" and "go'aansaday" is "go aansaday"). Joined to `lexicon_languages.LEXICONS` (`join`, one import and one
call). Every Latin lexicon is tried on every message (detection may miss a short one), so no pattern here is an
English word or phrase. Written from dictionaries (Zorc and Osman, *Somali-English Dictionary*; Newman, *Hausa-English
Dictionary*; Anić, *Rječnik hrvatskoga jezika*), **not reviewed by a native speaker or a clinician**.

- crisis (WHO suicide fact sheet; C-SSRS 1-6; 988 Lifeline on goodbyes): tired of life ("nolosha waan ka daalay",
  "na gaji da rayuwa"), wanting to die, killing oneself ("is dilo", "kashe kaina", "ubiti se"), suicide, cutting or
  hanging oneself, nobody caring if one died, better off without me; all one's tablets to be swallowed with tonight
  ("caawa", "večeras") or "so that I die"; a goodbye ("zbogom" with "oprosti", "sai mun haɗu a lahira" with
  "yafe"). Not "ne želim umrijeti" ("I don't want to die"), all the morning tablets with no time or goodbye.
- emergencies (NHS red flags for back pain and cauda equina syndrome; reference §2.3): vomiting blood ("amai da
  jini", "dhiig matag", "povraćam krv"), not able to pee, no feeling around the buttocks or between the legs, both
  legs weak or numb beside back pain, chest pain, not able to breathe, a fall from a ladder or roof, and a child who
  ate or swallowed tablets (Somali "2 jir", Hausa "yaro", Croatian "dijete").
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

SOMALI: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"nolosha (?:waan |waxaan )?ka daalay|ka daalay nolosha|is ?dil(?:o|aa|ay|ayaa|i)|"
            r"naftayda ka (?:qaado|qaato)|(?:waxaan rabaa|doonayaa) (?:inaan|in aan) (?:dhinto|is dilo)|"
            r"si aan u dhinto|"
            r"dhimasho (?:ayaan|baan) rabaa"),
    concept("crisis", "C", CRISIS,
            r"(?:liqo|liqi|liqayaa|cuno|cunayaa) (?:dhammaan|dhamaan|kulli) (?:kiniin\w*|daawo\w*)",
            r"caawa|u dhinto|nabadgelyo|macasalaama"),
    concept("gi_bleeding", "E", GI, near(r"dhiig", r"matag\w*|mantag\w*", 3)),
    concept("bladder_problem", "E", BLADDER,
            r"kaadi (?:ma kaadin karo|kama imaanayso|way iga xirantay)|kaadin kari waayay"),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"labada lug\w*(?: \w+){0,4} (?:kabuubyo\w*|curyaan\w*|daciif\w*|dareen la)"),
    concept("chest_pain", "E", CHEST,
            r"(?:laabta|xabadka|xabbadka)(?: \w+){0,3} (?:xanuun\w*|i xanuuneys\w*)|xanuun (?:laabta|xabadka)"),
    concept("breathing_difficulty", "E", BREATHING, r"neefsan (?:kari waayay|karo|maayo)|neef (?:qabatin|ku dhegtay)"),
    concept("poisoning", "P", POISONING, near(r"kiniin\w*|daawo\w*|dawo\w*", r"cunay|liqay|liqday|cunatay|liqatay", 4),
            r"wiil\w*|gabadh\w*|ilmo\w*|cunug\w*|canug\w*|jir"),
)

HAUSA: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"na gaji da rayuwa|kashe kai(?:na|nta|nsa)|ina (?:so|son) (?:in|na) mutu|ina son mutuwa|"
            r"na gwammace (?:in|na) mutu|"
            r"babu wanda zai damu idan na mutu|rataye kai(?:na|nta|nsa)|(?:yanke|yanka) (?:jikina|hannuna|kaina)"),
    concept("crisis", "C", CRISIS, r"(?:sai )?mu(?:n)? ha ?u a lahira", r"yafe|bankwana|sallama"),
    concept("gi_bleeding", "E", GI, r"amai da jini|aman jini|jini a cikin amai|ina amai jini"),
    concept("bladder_problem", "E", BLADDER,
            r"ba (?:zan|na) iya (?:yin )?fitsari|fitsari ya (?:tsaya|toshe|ki fitowa)"),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"(?:k|\b)afafuna (?:biyu |duka )?(?:sun mutu|sun yi rauni|babu (?:k| )?arfi)"),
    concept("chest_pain", "E", CHEST, r"ciwon kirji|kirjina (?:yana|na) ciwo|zafi a kirji"),
    concept("breathing_difficulty", "E", BREATHING, r"ba na iya numfashi|numfashi ya (?:yi min wahala|gagare ni)"),
    concept("poisoning", "P", POISONING, near(r"magani\w*|kwaya\w*|kwayoyi\w*", r"hadiye|hadiyi|sha|cinye|ci", 4),
            r"yaro|yarinya|jariri|dana|yata|shekara"),
)

_HR_PILLS = r"(?:tablet\w*|lijekov\w*|pilul\w*|tableta)"
HR_CRISIS = (r"ne zelim (?:vise )?zivjeti|ne zelim zivjeti vise|(?<!ne )zelim umrijeti|(?:htio|htjela) bih umrijeti|"
             r"ubit cu se|ubiti se|ubijem se|samoubojstv\w*|samoubiti|(?:rezem|rezala sam|rezao sam) se|rezati se|"
             r"objesit cu se|objesiti se|bolje (?:bi )?(?:im )?(?:bi )?bilo bez mene|da se vise ne probudim")

CROATIAN: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS, HR_CRISIS),
    concept("crisis", "C", CRISIS, r"(?:popiti|popit cu|progutati|progutat cu|uzeti) sve " + _HR_PILLS,
            r"veceras|noceras|zbogom|odjednom"),
    concept("crisis", "C", CRISIS, near(r"zbogom", r"oprosti\w*|volim vas|volim te", 6)),
    concept("gi_bleeding", "E", GI,
            r"povra(?:cam|cao|cala|canje) krv\w*|krv u povracanju|stolica (?:crna )?kao katran"),
    concept("bladder_problem", "E", BLADDER,
            r"ne mogu (?:mokriti|piskiti|urinirati)|(?:nisam|nije) (?:mokrio|mokrila)"),
    concept("saddle_numbness", "E", SADDLE,
            near(r"ne osjecam|utrnul\w*|trne|bez osjeta",
                 r"straznjic\w*|medunozj\w*|prepon\w*|spolovil\w*|anus\w*", 6)),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"(?:obje noge|noge su mi)(?: \w+){0,2} (?:slabe|utrnule|oduzete|bez snage)|"
            r"ne mogu (?:hodati|stati na noge)",
            r"leda|kraljeznic\w*|kriz\w*|pao|pala|medunozj\w*"),
    concept("chest_pain", "E", CHEST, r"bol(?:ovi)? u prsima|stezanje u prsima|stisce me u prsima"),
    concept("breathing_difficulty", "E", BREATHING, r"ne mogu disati|tesko disem|gusim se"),
    concept("significant_trauma", "E", TRAUMA,
            r"(?:pao|pala) (?:s|sa) (?:ljestava|krova|skela|stabla|visine)|prometn\w* nesrec\w*"),
    concept("poisoning", "P", POISONING, near(r"progutao|progutala|pojeo|pojela", _HR_PILLS, 4),
            r"dijete|djete|sin|kci|mali|mala|godin\w*"),
)

ROUND54_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {"so": SOMALI, "ha": HAUSA, "hr": CROATIAN}


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Somali, Hausa and Croatian to `lexicons` (`lexicon_languages.LEXICONS`), in place."""
    for language, concepts in ROUND54_BY_LANGUAGE.items():
        lexicons[language] = lexicons.get(language, ()) + concepts
