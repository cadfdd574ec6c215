"""Red-flag lexicons in Hindi (Devanagari and romanised) and Arabic, in the form of `lexicon_languages`.

The Latin-script lexicons match `fold_words`, which keeps a-z only; Devanagari and Arabic are matched over
`fold_script`: lower case, Devanagari nukta dropped and candrabindu written as anusvara (दूँ = दूं, पेड़ = पेड),
Arabic short vowels and tatweel dropped and the letters people write interchangeably made one (أ إ آ ٱ = ا,
ى = ي, ة = ه, ؤ = و, ئ = ي), every run of other characters one space. Patterns are written in ordinary spelling
and folded the same way when compiled; a word is any run of letters, marks and digits (Devanagari vowel signs
are marks, so `\\b` cannot be used: concepts are anchored on spaces, and `\\S*` stands for an ending).

Concepts and sources: the NHS red flags for back pain and cauda equina syndrome (as in `lexicon_languages`:
bladder or bowel control lost, numbness between the thighs or around the bottom, both legs weak or numb or
unable to move or stand, a fall from a height or a road accident, chest pain, difficulty breathing, fever with
back pain) and the crisis signs of the WHO suicide fact sheet (https://www.who.int/ar/news-room/fact-sheets/
detail/suicide, Arabic edition; the Hindi terms आत्महत्या and ख़ुदकुशी as in India's Tele-MANAS material,
https://telemanas.mohfw.gov.in): wanting to die or not to live, ending one's life, harming oneself, not waking
up, everyone better off without me, all of one's tablets at once. Written in the lay words people type, not
reviewed by a native clinician (docs/SAFETY.md, "Languages without a notice").
"""

from __future__ import annotations

import re
import unicodedata

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    SADDLE,
    TRAUMA,
    LangConcept,
    concept,
)

_FOLD = str.maketrans({"\u093c": None, "\u0901": "\u0902", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                       "ة": "ه", "ؤ": "و", "ئ": "ي", "\u0640": None,
                       # Urdu and Persian letters typed with an Arabic keyboard's (round fourteen): ی ي, ک ك, ہ ه.
                       "ی": "ي", "ک": "ك", "ہ": "ه", "ۃ": "ه", "ё": "е"})
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")


def _fold_chars(text: str) -> str:
    """The character folding alone (no case change: patterns go through it too, and "\\S" must stay)."""
    return _ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text).translate(_FOLD))


def fold_script(text: str) -> str:
    """Words of `text` (letters, marks, digits) folded as above, one space apart, with a space at each end."""
    folded = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in _fold_chars(text.casefold()))
    return " " + " ".join(folded.split()) + " "


def _script(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """A concept over `fold_script` words: the folded pattern between spaces (or the ends)."""
    def anchored(p: str) -> re.Pattern[str]:
        return re.compile(r"(?<!\S)(?:" + _fold_chars(p) + r")(?!\S)")
    return LangConcept(name, tier, label, anchored(pattern), anchored(requires) if requires else None)


def unanchored(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """A concept for a script written without spaces between words (Japanese, Chinese; Korean's particles): the
    pattern NFKC-folded like the messages (half-width kana become full-width), matched anywhere."""
    def compiled(p: str) -> re.Pattern[str]:
        return re.compile(unicodedata.normalize("NFKC", p))
    return LangConcept(name, tier, label, compiled(pattern), compiled(requires) if requires else None)


def folded_unanchored(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """`unanchored`, with the pattern folded as `fold_script` folds a message (Persian ی = ي, Devanagari chandrabindu
    and nukta); a zero-width joiner, which the message folding turns into a space, becomes an optional space
    (Sinhala conjuncts)."""
    def folded(p: str) -> str:
        return _fold_chars(p).replace("\u200d", " ?")
    return unanchored(name, tier, label, folded(pattern), folded(requires) if requires else None)


_W = r"(?:\S+ )"                       # one word and its space
HI_BACK = r"कमर\S*|पीठ\S*|रीढ\S*"
AR_NEG = r"(?:\S?لا|\S?لم|\S?ما|عدم|فقدان|فقدت)"
AR_BACK = r"\S*ظهر\S*|العمود الفقري|الفقرات"

SCRIPT_LEXICONS: dict[str, tuple[LangConcept, ...]] = {
    "hi": (
        _script("bladder_problem", "E", BLADDER,
                rf"(?:पेशाब|मूत्र) {_W}{{0,3}}(?:नहीं|ना) {_W}{{0,2}}(?:हो रह\S*|आ रह\S*|रुक\S*|रोक\S*|कर पा\S*)|"
                rf"(?:पेशाब|मूत्र) {_W}{{0,3}}(?:पर|का) (?:कोई )?(?:नियंत्रण|कंट्रोल|काबू) नहीं|"
                rf"(?:पेशाब|मूत्र) {_W}{{0,2}}(?:अपने आप )?निकल (?:गया|गई|जाता|जाती|जा रहा|जा रही)"),
        _script("bowel_problem", "E", BOWEL,
                rf"(?:मल|शौच|टट्टी|पॉटी) {_W}{{0,3}}(?:पर|का) (?:कोई )?(?:नियंत्रण|कंट्रोल|काबू) नहीं|"
                rf"(?:मल|टट्टी|पॉटी) {_W}{{0,2}}(?:अपने आप )?निकल (?:गया|गई|जाता|जाती)"),
        _script("saddle_numbness", "E", SADDLE,
                r"(?:सुन्न\S*|झुनझुनी|(?:महसूस|एहसास) नहीं)(?: \S+){0,8} (?:गुदा|जांघों के बीच|नितंब\S*|चूतड\S*|"
                r"जननांग\S*|गुप्तांग\S*|कूल्हों)|(?:गुदा|जांघों के बीच|नितंब\S*|चूतड\S*|जननांग\S*|गुप्तांग\S*|"
                r"कूल्हों)(?: \S+){0,8} (?:सुन्न\S*|झुनझुनी|(?:महसूस|एहसास) नहीं)"),
        _script("leg_weakness_or_numbness", "E", LEGS,
                rf"पैर\S* {_W}{{0,3}}(?:हिला|चला|उठा) (?:नहीं|ना) पा\S*|दोनों पैर\S* {_W}{{0,3}}(?:सुन्न\S*|कमजोर\S*)|"
                rf"(?:चल|खड़े|खड़ा|खड़ी) (?:नहीं|ना) (?:हो )?(?:पा|सक)\S*"),
        _script("significant_trauma", "E", TRAUMA,
                rf"(?:छत|सीढ़ि\S*|सीढ़ी|ऊंचाई|पेड़|बालकनी|घोड़े|बाइक|स्कूटर)\S* {_W}{{0,2}}से {_W}{{0,1}}गिर\S*|"
                rf"(?:सड़क|कार|बाइक|गाड़ी)\S* (?:की )?(?:दुर्घटना|एक्सीडेंट|हादसा)"),
        _script("chest_pain", "E", CHEST, rf"(?:सीने|छाती) (?:में|पर) {_W}{{0,2}}(?:दर्द|जकड़न|दबाव|भारीपन)"),
        _script("breathing_difficulty", "E", BREATHING,
                rf"सांस {_W}{{0,2}}(?:नहीं|ना) (?:ले|आ) (?:पा|रह)\S*|सांस लेने में {_W}{{0,1}}(?:तकलीफ|दिक्कत|"
                rf"परेशानी|मुश्किल)"),
        _script("fever_with_back_pain", "U", FEVER, r"बुखार|ठंड लगकर", HI_BACK),
        _script("crisis", "C", CRISIS,
                rf"जीना (?:नहीं|ना) चाहत\S*|जीने (?:का|की) (?:मन|इच्छा|दिल) {_W}{{0,2}}(?:नहीं|ना)|मरना चाहत\S*|"
                rf"मर जाना चाहत\S*|काश {_W}{{0,1}}मर जा\S*|आत्महत्या\S*|खुदकुशी|ख़ुदकुशी|"
                rf"(?:अपनी )?जान (?:ले|दे) (?:लूं|दूं|लूंगा|लूंगी|दूंगा|दूंगी)|(?:खुद|अपने आप) को (?:खत्म|मार) "
                rf"(?:कर|डाल)\S*|(?:सब|सब कुछ|जिंदगी|ज़िंदगी|जीवन) (?:खत्म|ख़त्म|समाप्त) कर (?:दूं|दूंगा|दूंगी|लूं)|"
                rf"(?:खुद|अपने आप) को (?:नुकसान|चोट) {_W}{{0,1}}पहुंचा\S*|(?:सारी|सभी|सब|पूरी) {_W}{{0,2}}गोलियां "
                rf"{_W}{{0,3}}एक साथ|मेरे बिना {_W}{{0,3}}(?:बेहतर|खुश)|(?:कभी|फिर) (?:न|ना) उठूं"),
    ),
    "ar": (
        _script("bladder_problem", "E", BLADDER,
                rf"{AR_NEG} {_W}{{0,2}}(?:التحكم|السيطرة) {_W}{{0,2}}(?:البول|المثانة|التبول)|"
                rf"{AR_NEG} {_W}{{0,2}}(?:التبول|أتبول|يتبول|تتبول)|سلس البول|احتباس {_W}{{0,1}}البول|"
                rf"تبولت {_W}{{0,1}}(?:على نفسي|لا إراديا)"),
        _script("bowel_problem", "E", BOWEL,
                rf"{AR_NEG} {_W}{{0,2}}(?:التحكم|السيطرة) {_W}{{0,2}}(?:البراز|الأمعاء|الإخراج)|سلس البراز"),
        _script("saddle_numbness", "E", SADDLE,
                r"(?:\S?خدر\S*|\S?تنميل\S*|\S?تخدر\S*|لا أشعر|لا أحس|فقدان الإحساس)(?: \S+){0,8} "
                r"(?:\S?الفخذين|فخذي\S*|\S?الأرداف|\S?المقعدة|\S?المؤخرة|\S?الشرج|\S?التناسلية|\S?العجان|السرج)|"
                r"(?:\S?الفخذين|\S?الأرداف|\S?المقعدة|\S?المؤخرة|\S?الشرج|\S?التناسلية|\S?العجان)(?: \S+){0,8} "
                r"(?:\S?خدر\S*|\S?تنميل\S*|لا أشعر|لا أحس)"),
        _script("leg_weakness_or_numbness", "E", LEGS,
                rf"(?:ضعف|خدر|تنميل) {_W}{{0,2}}(?:\S?الساقين|\S?الرجلين|\S?القدمين|ساقي|رجلي)|"
                rf"{AR_NEG} {_W}{{0,2}}(?:المشي|أمشي|يمشي|الوقوف|أقف|يقف|تحريك)"),
        _script("significant_trauma", "E", TRAUMA,
                rf"(?:\S?سقط\S*|\S?وقع\S*|سقوط|وقوع) {_W}{{0,2}}(?:من|عن) {_W}{{0,1}}(?:\S?السطح|سطح|الدرج|السلم|"
                rf"مكان مرتفع|ارتفاع|الشجرة|الحصان|الدراجة)|حادث (?:سيارة|مرور\S*|سير)"),
        _script("chest_pain", "E", CHEST, rf"ألم\S* {_W}{{0,2}}(?:في )?(?:الصدر|صدري)|ضيق في الصدر|ضغط على الصدر"),
        _script("breathing_difficulty", "E", BREATHING,
                rf"ضيق (?:في )?(?:التنفس|النفس)|صعوبة (?:في )?التنفس|{AR_NEG} {_W}{{0,1}}(?:التنفس|أتنفس)"),
        _script("fever_with_back_pain", "U", FEVER, rf"\S?حمى|حرارة (?:مرتفعة|عالية)|ارتفاع {_W}{{0,2}}الحرارة|قشعريرة",
                AR_BACK),
        _script("crisis", "C", CRISIS,
                rf"{AR_NEG} {_W}{{0,2}}أريد (?:أن )?(?:أعيش|الحياة)|أريد (?:أن )?أموت|أتمنى (?:أن )?أموت|"
                rf"أتمنى الموت|\S*انتحار\S*|\S?أنتحر|\S?إنهاء حياتي|\S?أنهي حياتي|أقتل نفسي|\S?أؤذي نفسي|"
                rf"\S?إيذاء نفسي|(?:الكل|الجميع|عائلتي|أهلي) {_W}{{0,2}}أفضل {_W}{{0,1}}بدوني|\S?حتى لا أستيقظ|"
                rf"\S?لا أستيقظ (?:أبدا|مرة أخرى)|أنام {_W}{{0,1}}\S?لا أستيقظ|لا أريد (?:أن )?أستيقظ"),
    ),
}

# Romanised Hindi, over `fold_words` like the Latin-script lexicons (all lexicons see every message, so each
# phrase is one English never writes).
ROMANISED_HINDI: dict[str, tuple[LangConcept, ...]] = {
    "hi": (
        concept("crisis", "C", CRISIS,
                r"jeena (?:hi )?nahi?n? chah\w*|jeene ka (?:mann?|mun|dil) (?:hi )?(?:nahi?n?|nhi)|jeene ki "
                r"(?:ichh?c?ha) (?:hi )?(?:nahi?n?|nhi)|marna chah\w*|mar jana chah\w*|"
                r"kash (?:main |mai )?mar jaa?u\w*|"
                r"aa?tmahatya|khudk(?:h)?ushi|apni jaan (?:le|de) (?:lu|loo?n|lun|du|doo?n|dun|lunga|lungi|dunga|"
                r"dungi)|khud ko (?:khatm|khatam|maar|mar) (?:kar|dal|du|doon)\w*|(?:sab|zindagi|jindagi) (?:kuch )?"
                r"(?:khatm|khatam) kar (?:du|doo?n|dun|dunga|dungi|lu|loon)|(?:saari|sari|sabhi|sab|puri|poori) "
                r"(?:\w+ ){0,3}goli(?:yan|yaan|ya)? (?:\w+ ){0,3}ek (?:saath|sath)|khud ko (?:nuksa+n|nukasan|chot) "
                r"(?:pahu?n?cha|pohcha)\w*|mere bina (?:\w+ ){0,3}(?:behtar|khush)"),
        concept("leg_weakness_or_numbness", "E", LEGS,
                r"(?:pair|pairon|paon|paun|taang\w*) (?:\w+ ){0,3}(?:hila|chala|utha) (?:nahi?n?|nhi) pa\w*|"
                r"chal (?:nahi?n?|nhi) (?:pa|sak)\w*"),
        concept("bladder_problem", "E", BLADDER,
                r"(?:peshab|pishab|susu) (?:\w+ ){0,3}(?:nahi?n?|nhi) (?:\w+ )?(?:ho rah\w*|ruk\w*|rok\w*)|"
                r"(?:peshab|pishab) (?:\w+ ){0,2}(?:control|niyantran|kabu|kaboo) (?:nahi?n?|nhi)"),
        concept("significant_trauma", "E", TRAUMA,
                r"(?:chhat|chat|seedhi\w*|sidhi\w*|ped|balcony) (?:\w+ ){0,2}se (?:\w+ )?gir\w*"),
    ),
}
