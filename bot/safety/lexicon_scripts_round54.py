"""Red-flag and crisis lexicons found missing in safety round fifty-four (session 33): Tamil, Nepali and Punjabi
(Gurmukhi), which had none (a person writing "வாழவே பிடிக்கல", "बाँच्न मन छैन" or "ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ ਕਰਦਾ", not
wanting to live, got the English-only notice without the crisis words; a father's chest pressing down into the left
arm, no urine since morning with both legs weak, or a fall down the stairs with a head injury on warfarin got it
without the red flags). Joined to `lexicon_scripts_more.MORE_SCRIPT_LEXICONS` (`join`, one import and one call,
with `lexicon_scripts_round54b`'s Amharic and Bulgarian), matched over `lexicon_scripts.fold_script`.

The three scripts are spaced but their endings cling, so the patterns are unanchored with short gaps (as Bengali in
`lexicon_scripts_round53`), folded as the messages are (Devanagari's chandrabindu as anusvara, no nukta). Concepts
and sources as in `lexicon_scripts_round53`: the NHS red flags for back pain and cauda equina syndrome (not able to
pee, numbness of the buttocks or groin, both legs numb or weak, not able to walk or stand, a fall from a height),
NHS "Heart attack" (chest pain spreading to the arm, sweating), NICE NG232 "Head injury" (a head injury on an
anticoagulant, vomiting or confusion after it), reference §2.3 (vomiting blood; a child who swallowed tablets), and
the crisis signs of the WHO suicide fact sheet and India's Tele-MANAS and Nepal's 1166 pages: wanting to die, not
wanting to live, suicide, self-harm and cutting, hanging, not waking, better off without me, all of one's tablets
kept or taken together with a time. Written from dictionaries (the Madras University *Tamil Lexicon*; Nepal
Academy's नेपाली बृहत् शब्दकोश; Punjabi University's Punjabi-English Dictionary) in the words people type, **not
reviewed by a native speaker or clinician**. Not matched: சாக விரும்பல / मर्न चाहन्न / ਮਰਨਾ ਨਹੀਂ ਚਾਹੁੰਦਾ ("don't
want to die"), tablets taken together with no time or goodbye, chest pain said to be absent.
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
)
from bot.safety.lexicon_scripts import folded_unanchored as _any

_TA_PILLS = r"(?:மாத்திரை|மருந்து|குளிகை)"
_TA_CHILD = r"(?:குழந்தை|பையன்|பொண்ணு|மகன்|மகள்|பேரன்|பேத்தி|வயசு|வயது)"

TAMIL: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"வாழ(?:வே)? ?(?:பிடிக்கல|பிடிக்கவில்லை|விருப்பமில்லை|விருப்பம் இல்லை|ஆசையில்லை|ஆசை இல்லை)|"
         r"சாகணும்|சாக வேண்டும்|சாகப் போறேன்|சாகப்போறேன்|செத்துப் ?போகணும்|செத்துடணும்|தற்கொலை|"
         r"தூக்கு ?(?:போட|மாட்ட)|தூக்கில் தொங்க|என்னை ?நானே (?:காயப்படுத்த|வெட்ட|கீற)|(?:கையை|மணிக்கட்டை) "
         r"(?:அறுத்து|கீறி|வெட்டி)|தூக்கத்துல(?:யே)? போயிட|தூக்கத்திலேயே போய்விட|"
         r"(?:இனி|மறுபடி) எழுந்திருக்க(?:க்)? ?(?:கூடாது|வேண்டாம்)|நான் இல்லைன்னா.{0,20}நல்லா"),
    _any("crisis", "C", CRISIS, _TA_PILLS + r".{0,30}(?:சேர்த்து வ|சேர்த்து வை|சேமிச்சு|சேமித்து|எல்லாத்தையும்|"
         r"எல்லாவற்றையும்)", r"ராத்திரி|இன்று இரவு|இன்னைக்கு நைட்|முழுங்கிட|விழுங்கிவிட"),
    _any("chest_pain", "E", CHEST, r"(?:நெஞ்சு|நெஞ்சில்|மார்பு|மார்பில்) ?(?:வலி|பாரமா|பாரம்|அழுத்த|இறுக்க)(?! இல்ல)"),
    _any("breathing_difficulty", "E", BREATHING, r"மூச்சு (?:விட|வாங்க) (?:முடியல|முடியவில்லை|கஷ்டமா)|மூச்சுத் ?திணறல்"),
    _any("gi_bleeding", "E", GI, r"(?:ரத்த|இரத்த) ?வாந்தி|வாந்தியில(?:் )? ?(?:ரத்தம்|இரத்தம்)"),
    _any("bladder_problem", "E", BLADDER, r"(?:சிறுநீர்|ஒன்னுக்கு|ஒண்ணுக்கு) ?(?:வரல|வரவில்லை|போகல|போக முடியல|"
         r"கழிக்க முடியல|கழிக்க முடியவில்லை|அடைச்சு)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"(?:ரெண்டு|இரண்டு) ?கால.{0,16}(?:மரத்து|உணர்வில்லை|"
         r"பலவீன|வலுவில்லை|சோர்ந்து)|நடக்க முடியல|நடக்க முடியவில்லை|எழுந்து நிற்க முடியல"),
    _any("significant_trauma", "E", TRAUMA, r"(?:படி|மாடி|ஏணி|உயரத்தில்|மரத்தில்)(?:ல|யில|இல்|யில்)? ?(?:இருந்து|"
         r"இலிருந்து|லிருந்து) ?விழு"),
    _any("poisoning", "P", POISONING, _TA_PILLS + r".{0,20}(?:முழுங்கி|விழுங்கி|சாப்பிட்டுட்ட)", _TA_CHILD),
)

_NE_PILLS = r"(?:चक्की|औषधि|ओखती|ट्याब्लेट|गोली)"
_NE_CHILD = r"(?:छोरा|छोरी|बच्चा|नाति|नातिनी|वर्षको|वर्षकी)"

NEPALI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"बाँच्न मन (?:छैन|लाग्दैन)|बाँच्नुको (?:अर्थ|मतलब) छैन|बाँच्न चाहन्न|मर्न मन लाग्छ|मर्न चाहन्छु|"
         r"आत्महत्या|आफैलाई (?:मार्न|सिध्याउन|चोट)|आफूलाई (?:मार्न|सिध्याउन|चोट)|झुन्डिएर मर्न|"
         r"म नभए.{0,20}(?:राम्रो|सजिलो|खुसी)|फेरि नउठ्ने गरी|कहिल्यै नउठ्ने"),
    _any("crisis", "C", CRISIS, r"सबै " + _NE_PILLS + r".{0,25}(?:खान्छु|खाने|निल्छु|निल्ने)",
         r"आज राती|आज रात|एकैचोटि|एकै पटक|बिदा"),
    _any("bladder_problem", "E", BLADDER, r"पिसाब (?:नै )?(?:आएको छैन|आउँदैन|रोकिएको|गर्न सकिन|गर्न सक्दिन|फेर्न सक्दिन)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"दुवै खुट्टा.{0,20}(?:कमजोर|लट्ठ|झमझम|सुन्न|चल्दैन)|"
         r"हिँड्न सक्दिन|उभिन सक्दिन"),
    _any("saddle_numbness", "E", SADDLE, r"(?:नितम्ब|चाक|गुप्ताङ्ग|काछ).{0,15}(?:लट्ठ|झमझम|थाहा हुँदैन|सुन्न)"),
    _any("chest_pain", "E", CHEST, r"छाती(?:मा)? ?(?:दुख|च्यापे|गह्रौं|निचोरे)"),
    _any("breathing_difficulty", "E", BREATHING, r"सास (?:फेर्न )?(?:गाह्रो|सकिन|सक्दिन|फुल्यो)"),
    _any("gi_bleeding", "E", GI, r"रगत (?:बान्ता|छाद)|बान्तामा रगत"),
    _any("significant_trauma", "E", TRAUMA, r"(?:सिँढी|भर्याङ|छत|रुख|अग्लो ठाउँ)(?:बाट)? (?:लडे|खसे|लडें|खसें|लडेर|खसेर)"),
    _any("poisoning", "P", POISONING, _NE_PILLS + r".{0,20}(?:निल्यो|निलेछ|खायो|खाएछ)", _NE_CHILD),
)

_PA_PILLS = r"(?:ਗੋਲੀ|ਗੋਲੀਆਂ|ਦਵਾਈ|ਦਵਾਈਆਂ|ਟੈਬਲੇਟ)"
_PA_CHILD = r"(?:ਬੱਚਾ|ਬੱਚੀ|ਬੱਚੇ|ਪੁੱਤ|ਧੀ|ਮੁੰਡਾ|ਕੁੜੀ|ਸਾਲ ਦਾ|ਸਾਲ ਦੀ)"

PUNJABI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"ਜੀਣ ਨੂੰ (?:ਦਿਲ|ਮਨ|ਜੀ) ਨਹੀਂ|ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ|ਜਿਉਣਾ ਨਹੀਂ ਚਾਹੁੰਦ|ਮਰ(?:ਨਾ| ਜਾਣਾ) ਚਾਹੁੰਦ|ਮਰ ਜਾਵਾਂ|"
         r"ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮ ?ਹੱਤਿਆ|ਆਪਣੇ ਆਪ ਨੂੰ (?:ਮਾਰ|ਖਤਮ|ਨੁਕਸਾਨ)|ਫਾਹਾ ਲੈ|ਫਿਰ ਕਦੇ ਨਾ ਉੱਠ|ਮੁੜ ਕੇ ਨਾ ਉੱਠ|"
         r"ਬਲੇਡ ਨਾਲ ਕੱਟ|(?:ਬਾਹ|ਗੁੱਟ).{0,12}ਕੱਟ ਮਾਰ|ਮੇਰੇ ਬਿਨਾਂ.{0,15}(?:ਚੰਗਾ|ਸੌਖਾ)"),
    _any("crisis", "C", CRISIS, r"ਸਾਰੀਆਂ " + _PA_PILLS + r".{0,20}(?:ਇਕੱਠੀਆਂ|ਇੱਕੋ ਵਾਰ)", r"ਅੱਜ ਰਾਤ|ਸੌਂ ਜਾਵਾਂ|ਅਲਵਿਦਾ"),
    _any("chest_pain", "E", CHEST, r"ਛਾਤੀ (?:ਵਿੱਚ |ਚ )?(?:ਦਰਦ|ਦਬਾਅ|ਭਾਰ)"),
    _any("breathing_difficulty", "E", BREATHING, r"ਸਾਹ (?:ਲੈਣ ਵਿੱਚ |ਲੈਣ ਚ )?(?:ਔਖ|ਤਕਲੀਫ|ਨਹੀਂ ਆ ਰਿਹਾ|ਚੜ੍ਹ)"),
    _any("gi_bleeding", "E", GI, r"ਖੂਨ ਦੀ ਉਲਟੀ|ਖ਼ੂਨ ਦੀ ਉਲਟੀ|ਉਲਟੀ (?:ਵਿੱਚ|ਚ) (?:ਖੂਨ|ਖ਼ੂਨ)"),
    _any("bladder_problem", "E", BLADDER, r"ਪਿਸ਼ਾਬ (?:ਨਹੀਂ ਆ|ਰੁਕ|ਨਹੀਂ ਕਰ ਸਕ)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"ਦੋਵੇਂ ਲੱਤਾਂ.{0,15}(?:ਸੁੰਨ|ਕਮਜ਼ੋਰ|ਕਮਜੋਰ)|ਤੁਰ ਨਹੀਂ ਸਕਦ|ਖੜ੍ਹ ਨਹੀਂ ਸਕਦ"),
    _any("significant_trauma", "E", TRAUMA, r"(?:ਪੌੜੀ|ਪੌੜੀਆਂ|ਛੱਤ|ਕੋਠੇ|ਦਰਖਤ) (?:ਤੋਂ|ਤੋ) (?:ਡਿੱਗ|ਡਿਗ)"),
    _any("significant_trauma", "E", TRAUMA, r"ਸਿਰ (?:'ਤੇ|ਤੇ|ਉੱਤੇ|ਵਿੱਚ|ਚ) ?ਸੱਟ",
         r"ਉਲਟੀ|ਬੇਹੋਸ਼|ਵਾਰਫਰਿਨ|ਵਾਰਫੇਰਿਨ|ਖੂਨ ਪਤਲਾ|ਉਲਟੀਆਂ-ਸਿੱਧੀਆਂ"),
    _any("poisoning", "P", POISONING, _PA_PILLS + r".{0,20}(?:ਨਿਗਲ|ਖਾ ਲਈਆਂ|ਖਾ ਗਿਆ|ਖਾ ਗਈ)", _PA_CHILD),
)


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Tamil, Nepali and Punjabi, and `lexicon_scripts_round54b`'s Amharic and Bulgarian, to `lexicons`
    (`lexicon_scripts_more.MORE_SCRIPT_LEXICONS`), in place."""
    from bot.safety.lexicon_scripts_round54b import AMHARIC, BULGARIAN

    for language, concepts in (("ta", TAMIL), ("ne", NEPALI), ("pa", PUNJABI), ("am", AMHARIC), ("bg", BULGARIAN)):
        lexicons[language] = lexicons.get(language, ()) + concepts
