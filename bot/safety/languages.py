"""Messages in other languages: which language, a short notice in it, and emergency / crisis triage.

The service answers in English only. A message detected as another language gets, in that language, a
notice saying so and giving the emergency numbers; emergencies and crisis wording in Spanish, French,
German, Portuguese, Polish, Italian, Dutch and Turkish are triaged with a small lexicon per language
(lexicon_languages.py and the modules it joins), so the
urgent notice comes first whatever language the writer thinks in. A message in any other language (mostly in
another script, a Latin-script language the full model is sure of, or romanised Hindi; bot/safety/scripts.py)
gets the same notice in English (`OTHER_NOTICE`), in Hindi and Arabic first in their own language, and Hindi and
Arabic red flags are triaged too (bot/safety/lexicon_scripts.py), so none is answered with a plain refusal.

Detection: `py3langid` (a maintained fork of langid.py, Lui & Baldwin 2012, model shipped in the wheel),
imported lazily here only, restricted to the languages the tool has notices for. Short English questions
are easily misread ("is vit d ok" scores as French), so a message is treated as English without asking the
model when at least a third of its words (of two letters or more) are common English words or words of this
tool's questions. Otherwise it needs three words and a model probability of at most 0.02 for English to
count as another language, and is then the likeliest other language. The test is "not English", not "this
one language": close languages share the probability of a short question (¿La falta de vitamina D causa
dolor de espalda? scored Spanish 0.88, Portuguese 0.09, English under 0.001), so requiring 0.9 for the top
language missed it. Measured on the test sets: English whole questions score at least 0.10 for English
(gibberish, markup), every 3- to 5-word run of their words (about 62,000) at least 0.04 ("swollen toe is
gout"); the other-language messages at most 0.004, short ones written for tests/test_languages_short.py
at most 0.01.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.safety import scripts
from bot.safety.crisis_idioms import SUICIDE_DRILL
from bot.safety.languages_round51 import join as join_japanese
from bot.safety.languages_round52 import join as join_chinese_korean
from bot.safety.languages_round53 import join as join_round53
from bot.safety.languages_round54 import join as join_round54
from bot.safety.languages_round55 import join as join_round55
from bot.safety.lexicon_crisis import SUICIDE_IDIOM
from bot.safety.lexicon_greek_tagalog import GREEK, fold_greek
from bot.safety.lexicon_languages import LEXICONS, fold_words
from bot.safety.lexicon_languages_forms24 import GREEK_MORE
from bot.safety.lexicon_scripts import SCRIPT_LEXICONS, fold_script
from bot.safety.lexicon_scripts_more import MORE_SCRIPT_LEXICONS
from bot.safety.red_flags_languages import red_flags as back_pain_red_flags

# Notices: "This service answers in English only. In an emergency, call 112 (Europe), 999 (UK) or 911 (US) now."
# Emergency numbers: European emergency number 112 (https://digital-strategy.ec.europa.eu/en/policies/112), UK
# 999, US/Canada 911, Brazil SAMU 192, Turkey 112 (112 Acil Çağrı Merkezi, the single emergency number since 2021).
# An ordinary question gets the emergency numbers only: a newcomer asking "¿cuánta vitamina D necesito?" was told
# to call "if you are thinking of harming yourself" (session 12). When the message was read as crisis (a lexicon,
# the other-language crisis check or crisis words judged past) the CRISIS_ forms below say that too.
NOTICES = {
    "es": "**Este servicio solo responde en inglés.** En una emergencia, llame ahora al 112 (Europa), 999 (Reino "
          "Unido) o 911 (EE. UU. y México).",
    "fr": "**Ce service répond uniquement en anglais.** En cas d'urgence, appelez maintenant le 112 (Europe), le 999 "
          "(Royaume-Uni) ou le 911 (États-Unis, Canada).",
    "de": "**Dieser Dienst antwortet nur auf Englisch.** Im Notfall rufen Sie jetzt 112 (Europa), 999 (Vereinigtes "
          "Königreich) oder 911 (USA) an.",
    "pt": "**Este serviço responde apenas em inglês.** Em uma emergência, ligue agora 112 (Europa), 192 (SAMU, "
          "Brasil), 999 (Reino Unido) ou 911 (EUA).",
    "pl": "**Ten serwis odpowiada tylko po angielsku.** W nagłym wypadku zadzwoń teraz pod numer 112 (Europa), 999 "
          "(Wielka Brytania) lub 911 (USA).",
    "it": "**Questo servizio risponde solo in inglese.** In caso di emergenza, chiama subito il 112 (Europa), il 999 "
          "(Regno Unito) o il 911 (Stati Uniti).",
    "nl": "**Deze dienst antwoordt alleen in het Engels.** Bel in een noodgeval nu 112 (Europa), 999 (Verenigd "
          "Koninkrijk) of 911 (VS).",
    "tr": "**Bu hizmet yalnızca İngilizce yanıt verir.** Acil bir durumda hemen 112'yi (Türkiye ve Avrupa), 999'u "
          "(Birleşik Krallık) veya 911'i (ABD) arayın.",
}
# "... In an emergency, or if you are thinking of harming yourself, call ... now." for a message read as crisis.
CRISIS_NOTICES = {
    "es": "**Este servicio solo responde en inglés.** En una emergencia, o si piensa en hacerse daño, llame "
          "ahora al 112 (Europa), 999 (Reino Unido) o 911 (EE. UU. y México).",
    "fr": "**Ce service répond uniquement en anglais.** En cas d'urgence, ou si vous pensez à vous faire du "
          "mal, appelez maintenant le 112 (Europe), le 999 (Royaume-Uni) ou le 911 (États-Unis, Canada).",
    "de": "**Dieser Dienst antwortet nur auf Englisch.** Im Notfall, oder wenn Sie daran denken, sich etwas "
          "anzutun, rufen Sie jetzt 112 (Europa), 999 (Vereinigtes Königreich) oder 911 (USA) an.",
    "pt": "**Este serviço responde apenas em inglês.** Em uma emergência, ou se está pensando em se "
          "machucar, ligue agora 112 (Europa), 192 (SAMU, Brasil), 999 (Reino Unido) ou 911 (EUA).",
    "pl": "**Ten serwis odpowiada tylko po angielsku.** W nagłym wypadku, lub jeśli myślisz o zrobieniu "
          "sobie krzywdy, zadzwoń teraz pod numer 112 (Europa), 999 (Wielka Brytania) lub 911 (USA).",
    "it": "**Questo servizio risponde solo in inglese.** In caso di emergenza, o se pensi di farti del male, "
          "chiama subito il 112 (Europa), il 999 (Regno Unito) o il 911 (Stati Uniti).",
    "nl": "**Deze dienst antwoordt alleen in het Engels.** Bel in een noodgeval, of als u eraan denkt uzelf "
          "iets aan te doen, nu 112 (Europa), 999 (Verenigd Koninkrijk) of 911 (VS).",
    "tr": "**Bu hizmet yalnızca İngilizce yanıt verir.** Acil bir durumda ya da kendinize zarar vermeyi "
          "düşünüyorsanız hemen 112'yi (Türkiye ve Avrupa), 999'u (Birleşik Krallık) veya 911'i (ABD) arayın.",
}
LANGUAGES = ("en",) + tuple(NOTICES)     # the languages with a lexicon in Latin script, told apart by the model
# Any other language (bot/safety/scripts.py): the same notice in English, with the numbers of most countries.
OTHER_NOTICE = ("**This service answers in English only.** In an emergency, call your local emergency number now: "
                "**112** (Europe, India and many other countries), **999** (UK and several Gulf countries) or **911** "
                "(US, Canada and others).")
OTHER_CRISIS_NOTICE = ("**This service answers in English only.** In an emergency, or if you are thinking of harming "
                       "yourself, call your local emergency number now: **112** (Europe, India and many other "
                       "countries), **999** (UK and several Gulf countries) or **911** (US, Canada and others).")
# Hindi: India's single emergency number is 112 (Emergency Response Support System, https://112.gov.in);
# Tele-MANAS, the government's mental-health line, is 14416 (https://telemanas.mohfw.gov.in).
# Arabic: no one number covers the Arabic-speaking countries (911 in Saudi Arabia and Jordan, 999 in the UAE,
# Qatar and Bahrain, 112 in Kuwait and the EU; https://en.wikipedia.org/wiki/List_of_emergency_telephone_numbers),
# so the notice names the three and "your local emergency number".
SCRIPT_NOTICES = {
    "hi": "**यह सेवा केवल अंग्रेज़ी में जवाब देती है।** आपात स्थिति में अभी **112** पर कॉल करें।",
    "ar": "**هذه الخدمة تجيب باللغة الإنجليزية فقط.** في حالة الطوارئ، اتصل الآن برقم الطوارئ المحلي في بلدك، مثل "
          "**112** أو **999** أو **911**.",
}
SCRIPT_CRISIS_NOTICES = {
    "hi": "**यह सेवा केवल अंग्रेज़ी में जवाब देती है।** आपात स्थिति में, या अगर आप खुद को नुकसान पहुँचाने के बारे "
          "में सोच रहे हैं, तो अभी **112** पर कॉल करें। आप टेली-मानस हेल्पलाइन **14416** पर भी किसी से बात कर सकते हैं।",
    "ar": "**هذه الخدمة تجيب باللغة الإنجليزية فقط.** في حالة الطوارئ، أو إذا كنت تفكر في إيذاء نفسك، اتصل الآن "
          "برقم الطوارئ المحلي في بلدك، مثل **112** أو **999** أو **911**.",
}

join_japanese(SCRIPT_NOTICES, SCRIPT_CRISIS_NOTICES)   # session 31, round 51: 119 and a helpline (`languages_round51`)
join_chinese_korean(SCRIPT_NOTICES, SCRIPT_CRISIS_NOTICES)   # round 52: 120/999/119, 12356, 1925; 119, 109
join_round53(SCRIPT_NOTICES, SCRIPT_CRISIS_NOTICES)   # session 32, round 53: th fa uk he bn (`languages_round53`)
join_round54(SCRIPT_NOTICES, SCRIPT_CRISIS_NOTICES)   # session 33, round 54: ta pa ne am so ha bg hr (`_round54`)
join_round55(SCRIPT_NOTICES, SCRIPT_CRISIS_NOTICES)   # session 34, round 55: gu mr te si yo zu sr ka (`_round55`)


def notice(language: str, crisis: bool = False, red_flags: bool = False) -> str:
    """The English-only notice for a message in `language`: in that language when the tool has it (Hindi and
    Arabic are followed by the English one), else in English. The emergency numbers always; the words about
    harming oneself (and India's mental-health line) only when `crisis`, the message having been read as crisis.
    With `red_flags` (a site about back pain), followed by the back-pain red flags in that language
    (bot.safety.red_flags_languages): what to do when no lexicon of the language recognised one."""
    local, script, other = ((CRISIS_NOTICES, SCRIPT_CRISIS_NOTICES, OTHER_CRISIS_NOTICE) if crisis
                            else (NOTICES, SCRIPT_NOTICES, OTHER_NOTICE))
    if language in local:
        text = local[language]
    elif language in script:
        text = f"{script[language]}\n\n{other}"
    else:
        text = other
    return f"{text}\n\n{back_pain_red_flags(language)}" if red_flags else text


_ENGLISH_WORDS = frozenset(
    "i im me my the a an and or of to in on at for with is are was be been it its this that what how why when "
    "which who can could do does did should would will have has had not no you your we our he she his her they "
    "there any much many from about after before if so just also too very"
    # Words of this tool's questions, so that terse English ("vitamin D deficiency cause back pain?") is
    # recognised without loading the model.
    " vitamin vitamins deficiency deficient cause causes caused back pain ache aches achy sore hurt hurts help "
    "helps food foods rich high low level levels magnesium calcium iron potassium zinc supplement supplements "
    "tablet tablets take taking eat eating symptom symptoms sign signs bone bones muscle muscles cramp cramps "
    "nerve nerves leg legs feet tired tiredness weak weakness numb numbness tingling lower upper spine daily "
    "day days week weeks good best get need more most long feel dose safe which why".split())
_WORD_RE = re.compile(r"[^\W\d_]+")
MIN_WORDS = 3
MAX_ENGLISH_PROBABILITY = 0.02


@lru_cache(maxsize=1)
def _identifier():
    """py3langid with normalised probabilities, restricted to LANGUAGES (~0.6 s cold, once)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def detect(text: str) -> str:
    """ISO 639 code of the message's language; "en" unless another language is clear. A message mostly in
    another script, or in a Latin-script language without a notice, gets the full model's code ("ru", "sv";
    "und" when it cannot tell), romanised Hindi "hi" (bot/safety/scripts.py)."""
    if scripts.mostly_non_latin(text):
        language = scripts.likeliest_language(text)
        return "und" if language in LANGUAGES else language
    words = [w.casefold() for w in _WORD_RE.findall(text) if len(w) > 1]
    if len(words) < MIN_WORDS:
        return "en"
    if sum(w in _ENGLISH_WORDS for w in words) * 3 >= len(words):
        return "en"
    if scripts.romanised_hindi(text):
        return "hi"
    if scripts.romanised_hindi(text, scripts.PLAIN_VIETNAMESE):
        return "vi"
    if scripts.romanised_hindi(text, scripts.PLAIN_GREEK):     # Greek in Latin letters (session 23)
        return "el"
    other = scripts.other_language(text, LANGUAGES)     # Swedish, Indonesian...: the restricted model can't say
    if other is not None:
        return other
    probabilities = dict(_identifier().rank(text))
    if probabilities.get("en", 0.0) > MAX_ENGLISH_PROBABILITY:
        return "en"
    return max((lang for lang in probabilities if lang != "en"), key=probabilities.__getitem__)


@dataclass(frozen=True)
class Finding:
    """A red-flag concept found by a language lexicon."""

    language: str
    name: str
    tier: str            # "C", "E" or "U", as in bot.safety.lexicon
    label: str           # English plain words for the notice


# "A suicide mission for my spine", "ran suicides at practice" (session 23): English, and no crisis in any language.
_IDIOM_RE = re.compile(SUICIDE_IDIOM + r"|\b" + SUICIDE_DRILL)


def _findings(folded: str, lexicons: dict) -> list[Finding]:
    return [Finding(language, c.name, c.tier, c.label) for language, concepts in lexicons.items() for c in concepts
            if c.pattern.search(folded) and (c.requires is None or c.requires.search(folded))]


def triage_other_languages(text: str) -> tuple[Finding, ...]:
    """Emergency and crisis concepts in the other languages (all lexicons are
    tried: detection may miss a short message, and these words do not occur in English questions)."""
    found = _findings(_IDIOM_RE.sub(" ", fold_words(text)), LEXICONS)
    if scripts.non_latin_share(text)[1] > 0:      # Devanagari, Arabic-script and Cyrillic lexicons, own folding
        found += _findings(fold_script(text), {**SCRIPT_LEXICONS, **MORE_SCRIPT_LEXICONS})
        # Accents optional (bot/safety/lexicon_greek_tagalog.py); session 23's forms in `lexicon_languages_forms24`.
        found += _findings(fold_greek(text), {"el": GREEK + GREEK_MORE})
    return tuple(found)
