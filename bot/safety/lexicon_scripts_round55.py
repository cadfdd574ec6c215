"""Red-flag and crisis lexicons found missing in safety round fifty-five (session 34): Gujarati, Marathi (Devanagari),
Telugu and Sinhala, which had none (a person writing "જીવવાનું મન નથી", "सगळं संपवून टाकावंसं वाटतंय", "బ్రతకాలని లేదు"
or "ජීවත් වෙන්න ඕනේ නෑ", not wanting to live, got the English-only notice without the crisis words; a three-year-old
into iron tablets, no urine since yesterday with both legs numb, a father's heavy chest pain into the left arm, or
vomiting dark blood this morning got it without the red flags). Joined to `lexicon_scripts_more.MORE_SCRIPT_LEXICONS`
(`join`, one import and one call, with `lexicon_scripts_round55b`'s Georgian and Serbian), matched over
`lexicon_scripts.fold_script`.

The four scripts are spaced but their endings cling, so the patterns are unanchored with short gaps (as Tamil in
`lexicon_scripts_round54`), folded as the messages are; Sinhala's zero-width joiner (in "අවශ්‍ය", "මුත්‍රා") becomes a
space in `fold_script`, so the patterns take it as an optional space. Concepts and sources as in
`lexicon_scripts_round54`: the NHS red flags for back pain and cauda equina syndrome (not able to pee, numbness of the
buttocks or groin, both legs numb or weak, not able to walk, a fall from a height), NHS "Heart attack" (chest pain
or heaviness spreading to the arm, sweating), reference §2.3 (vomiting blood; a child who swallowed tablets), and the
crisis signs of the WHO suicide fact sheet, India's Tele-MANAS and Sri Lanka's NIMH 1926 pages: not wanting to live,
wanting to die, suicide, self-harm and cutting, hanging, never waking, better off without me, going away so as not
to be a burden, all of one's tablets kept or taken together with a time. Written from dictionaries (Belsare's
Gujarati-English dictionary; Molesworth's Marathi-English dictionary; Gwynn's Telugu-English dictionary; Carter's
Sinhalese-English dictionary) in the words people type, **not reviewed by a native speaker or clinician**. Not matched:
"don't want to die" (మరణించాలని లేదు, මැරෙන්න ඕනේ නෑ), dying of laughter (నవ్వి నవ్వి చచ్చిపోతాను), tablets taken
together in the morning, black stools on iron with no vomiting.
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

_GU_PILLS = r"(?:ગોળી|ગોળીઓ|દવા|દવાઓ|ટેબ્લેટ)"
_GU_CHILD = r"(?:દીકર|બાળક|છોકર|વર્ષના|વર્ષની|વર્ષનો|બાબો|બેબી|પૌત્ર|પૌત્રી)"

GUJARATI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"જીવવાનું મન (?:જ )?(?:નથી|થતું નથી)|જીવવું (?:જ )?નથી|જીવવાની (?:ઇચ્છા|ઈચ્છા) (?:જ )?નથી|મરી જવું છે|"
         r"મરી જવાનું મન|મરવું છે|મરવાનું મન થાય|મરવા માંગુ|આત્મહત્યા|આપઘાત|(?:મારા|મારી) વગર.{0,25}(?:સારું|સુખી|શાંતિ)|"
         r"ફાંસો ખા|ફાંસી ખા|પોતાને (?:મારી નાખ|ઈજા|નુકસાન)|(?:બ્લેડ|ચપ્પુ).{0,20}(?:કાપ|ચીરા)|"
         r"ફરી (?:ક્યારેય )?ન (?:ઉઠ|જાગ)|ઊંઘમાં જ (?:જતો|જતી|મરી)"),
    _any("crisis", "C", CRISIS, _GU_PILLS + r".{0,30}(?:ભેગી|ભેગા|સંઘર|એકસાથે|બધી)",
         r"(?:આજે|આજ) (?:રાતે|રાત્રે)|ગળી જવ|અલવિદા"),
    _any("chest_pain", "E", CHEST, r"છાતી(?:માં)? ?(?:દુખાવો|દુખે|દુઃખ|ભાર|દબાણ|ભીંસ)(?! નથી)"),
    _any("breathing_difficulty", "E", BREATHING, r"શ્વાસ (?:લેવામાં )?(?:તકલીફ|નથી લેવાતો|ચડ|ચઢ)"),
    _any("gi_bleeding", "E", GI, r"લોહીની ઉલટી|ઉલટીમાં લોહી"),
    _any("bladder_problem", "E", BLADDER, r"પેશાબ (?:જ )?(?:નથી (?:થતો|થતું|આવતો|થયો)|બંધ|રોકાઈ|ઉતરતો નથી)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"બંને પગ.{0,16}(?:ખાલી|સુન્ન|નબળા|બહેરા|જડ)|ચાલી શકતો નથી|"
         r"ચાલી શકતી નથી|ઊભો થઈ શકતો નથી|ઊભી થઈ શકતી નથી"),
    _any("saddle_numbness", "E", SADDLE, r"(?:નિતંબ|ગુદા|જાંઘ વચ્ચે|બે પગ વચ્ચે).{0,15}(?:ખાલી|સુન્ન|બહેરા|સંવેદના નથી)"),
    _any("significant_trauma", "E", TRAUMA, r"(?:સીડી|દાદર|છાપરા|છત|ધાબા|ઝાડ|નિસરણી|ઊંચાઈ)(?:ઓ)? ?(?:માંથી|પરથી|"
         r"ઉપરથી|થી) (?:નીચે )?(?:પડ|ગબડ)"),
    _any("poisoning", "P", POISONING, _GU_PILLS + r".{0,25}(?:ખાઈ (?:લીધી|ગયો|ગઈ|ગયા)|ગળી (?:ગયો|ગઈ|લીધી))",
         _GU_CHILD),
)

_MR_CHILD = r"(?:मुलगा|मुलगी|मुलाने|मुलीने|बाळ|वर्षाच|वर्षांच|नातू|नातवा|नात)"

MARATHI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"जगावंसं वाटत नाही|जगावसं वाटत नाही|जगायचं नाही|जगायची इच्छा नाही|जगण्यात (?:काही )?अर्थ नाही|"
         r"मरावंसं वाटत|मरावसं वाटत|मरायचे विचार|मरायचं आहे|मरून जावंसं|आत्महत्या|जीव द्याव|"
         r"स्वतःला (?:इजा|संपव|मारून)|(?:सगळं|सर्व|सगळे) संपवून टाकाव|माझ्याशिवाय.{0,20}(?:बरं|सुखी|चांगलं)|"
         r"गळफास|पुन्हा (?:कधीच )?उठू नये"),
    _any("crisis", "C", CRISIS, r"(?:सगळ्या|सर्व) (?:\S+ )?गोळ्या.{0,30}(?:एकदम|एकत्र|एकाच वेळी)",
         r"आज रात्री|गिळून|निरोप"),
    _any("chest_pain", "E", CHEST, r"छातीत (?:दुखत|दुखतं|दुखणं|कळ|भार|दाब|जडपणा)"),
    _any("breathing_difficulty", "E", BREATHING, r"श्वास (?:घ्यायला )?(?:त्रास|घेता येत नाही|लागत नाही)"),
    _any("gi_bleeding", "E", GI, r"रक्ताची उलटी|उलटीत रक्त|रक्ताच्या उलट्या"),
    _any("bladder_problem", "E", BLADDER, r"लघवी(?:च)? (?:होत नाही|होत नाहीये|येत नाही|येत नाहीये|थांबल|"
         r"करता येत नाही)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"दोन्ही पाय.{0,16}(?:बधिर|सुन्न|कमजोर|अशक्त|लुळे)|"
         r"चालता येत नाही|उभं राहता येत नाही"),
    _any("saddle_numbness", "E", SADDLE, r"(?:गुदद्वार|नितंब|जांघेत|दोन पायांच्या मध्ये|मांड्यांच्या मध्ये).{0,15}"
         r"(?:बधिर|सुन्न|संवेदना नाही)"),
    _any("significant_trauma", "E", TRAUMA, r"(?:जिन्यावरून|पायऱ्यांवरून|छतावरून|शिडीवरून|झाडावरून|उंचावरून) "
         r"(?:खाली )?पड"),
    _any("poisoning", "P", POISONING, r"गोळ्या.{0,20}(?:खाल्ल्या|गिळल्या)", _MR_CHILD),
)

_TE_PILLS = r"(?:మాత్రలు|మాత్రలన్నీ|టాబ్లెట్లు|మందులు)"

TELUGU: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"బ్రతకాలని లేదు|బతకాలని లేదు|బ్రతకాలని అనిపించ(?:డం లేదు|ట్లేదు)|బతకాలనిపించ(?:డం లేదు|ట్లేదు)|"
         r"జీవించాలని లేదు|(?<!నవ్వి )చచ్చిపోవాలని(?! లేదు)|చనిపోవాలని (?:ఉంది|అనిపిస్తో)|(?<!నవ్వి )చచ్చిపోతాన|"
         r"ఆత్మహత్య|(?:నేను|నా) లేకపోతే.{0,25}(?:బాగుంటుంది|సంతోషం|హాయి)|భారం కాకుండా.{0,25}వెళ్ళిపో|ఉరి వేసుకు|"
         r"(?:చేతులు|చేయి|మణికట్టు) కోసుకు|బ్లేడుతో.{0,25}కోసుకు|మళ్ళీ లేవకుండా"),
    _any("crisis", "C", CRISIS, _TE_PILLS + r".{0,30}(?:అన్నీ|కలిపి|ఒకేసారి|దాచి|పోగు)",
         r"ఈ ?రాత్రి|ఈ ?రోజు రాత్రి|మింగేస్తా|మింగేయాల"),
    _any("chest_pain", "E", CHEST, r"(?:ఛాతీ|ఛాతి|గుండె)(?:లో|మీద)? ?(?:\S+ )?(?:నొప్పి|బరువు|పట్టేసి)(?! లేదు)"),
    _any("breathing_difficulty", "E", BREATHING, r"ఊపిరి (?:ఆడటం లేదు|ఆడట్లేదు|తీసుకోలేక|అందడం లేదు|అందట్లేదు)"),
    _any("gi_bleeding", "E", GI, r"రక్తపు వాంతి|రక్తం వాంతి|వాంతిలో రక్తం|రక్తం కక్కు|రక్త వాంతు"),
    _any("bladder_problem", "E", BLADDER, r"మూత్రం (?:రావడం లేదు|రావట్లేదు|ఆగిపోయ|పోవడం లేదు|పోవట్లేదు)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"రెండు కాళ్ళ.{0,16}(?:తిమ్మిరి|బలహీన|స్పర్శ లేదు|చచ్చుబడ)|"
         r"నడవలేకపోతున్నా|నిలబడలేకపోతున్నా"),
    _any("significant_trauma", "E", TRAUMA, r"(?:మెట్ల|మేడ|నిచ్చెన|చెట్టు|డాబా|ఎత్తు)\S{0,4} ?(?:మీద నుంచి|పై నుంచి|"
         r"మీదనుంచి|నుంచి|నుండి) ?(?:కింద )?పడ"),
    _any("poisoning", "P", POISONING, _TE_PILLS + r".{0,20}(?:మింగేశా|మింగేసి|తినేశా|తినేసి|మింగా|మింగి)",
         r"బాబు|పాప|కొడుకు|కూతురు|పిల్ల|ఏళ్ల|సంవత్సరాల"),
)

SINHALA: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"ජීවත් වෙන්න (?:ඕනේ|ඕනෑ|ඕන) නෑ|ජීවත් වෙන්න (?:ආසාවක්|කැමැත්තක්|හිතක්) නෑ|ජීවත් වීමට අවශ්‍ය නැ|"
         r"මැරෙන්න (?:ඕනේ|ඕනෑ|ඕන)(?!\S)(?! නෑ)|මැරෙන්න (?:හිතෙනවා|හිතුණා)|මැරිලා යන්න (?:ඕනේ|හිතෙනවා)|සියදිවි|දිවි නසා|"
         r"මම නැත්නම්.{0,25}(?:හොඳයි|සතුටු|හොඳ)|එල්ලිලා මැරෙන්න|(?:අත|අත්|මැණික්කටුව) කපා ගන්න|ආයේ නැගිටින්නේ නැති"),
    _any("crisis", "C", CRISIS, r"පෙති.{0,20}(?:එකතු කර|හංගලා|ඔක්කොම|සේරම)",
         r"අද රෑ|අද රාත්‍රී|ගිලින්න|ගිලලා|සමුගන්න"),
    _any("gi_bleeding", "E", GI, r"ලේ වමන|වමනයේ ලේ|වමනය කළා.{0,12}ලේ|ලේ වැමෙ"),
    _any("chest_pain", "E", CHEST, r"පපුවේ (?:\S+ )?(?:වේදනාව|කැක්කුම|රිදෙනවා|බරක්|තදයි|තද)|"
         r"පපුව (?:රිදෙනවා|තද|කකියනවා|හිරවෙනවා)"),
    _any("breathing_difficulty", "E", BREATHING, r"හුස්ම (?:ගන්න බෑ|ගන්න අමාරු|හිරවෙනවා|හිර වෙනවා|ගන්න බැහැ)"),
    _any("bladder_problem", "E", BLADDER, r"(?:චූ|මුත්‍රා) (?:කරන්න බෑ|කරන්න බැහැ|යන්නේ නෑ|නවතිලා|එන්නේ නෑ)"),
    _any("leg_weakness_or_numbness", "E", LEGS, r"කකුල් දෙකම.{0,16}(?:හිරි|පණ නෑ|දුර්වල|පණ නැති)|ඇවිදින්න බෑ|"
         r"නැගිටින්න බෑ"),
    _any("significant_trauma", "E", TRAUMA, r"(?:පඩිපෙළෙන්|ඉණිමඟෙන්|ඉනිමඟෙන්|වහලෙන්|ගහෙන්|උස තැනකින්) ?(?:\S+ )?"
         r"(?:වැටුණා|වැටිලා|වැටුනා)"),
    _any("poisoning", "P", POISONING, r"පෙති.{0,20}(?:ගිල්ලා|ගිලලා|කාලා|කෑවා)", r"පුතා|දුව|ළමයා|බබා|අවුරුදු|දරුවා"),
)


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Gujarati, Marathi, Telugu and Sinhala, and `lexicon_scripts_round55b`'s Georgian and Serbian (Cyrillic),
    to `lexicons` (`lexicon_scripts_more.MORE_SCRIPT_LEXICONS`), in place."""
    from bot.safety.lexicon_scripts_round55b import GEORGIAN, SERBIAN_CYRILLIC

    for language, concepts in (("gu", GUJARATI), ("mr", MARATHI), ("te", TELUGU), ("si", SINHALA),
                               ("ka", GEORGIAN), ("sr", SERBIAN_CYRILLIC)):
        lexicons[language] = lexicons.get(language, ()) + concepts
