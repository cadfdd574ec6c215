"""The English-only notice in Gujarati, Marathi, Telugu, Sinhala, Yoruba, Zulu, Serbian and Georgian (safety round
fifty-five, session 34), joined to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES` (one import, one call), so
a message in any of them gets it followed by the English one (which names 112, 999 and 911), as Tamil and Hausa do.

- Gujarati, Marathi and Telugu: India's **112** (Emergency Response Support System); crisis form Tele-MANAS
  **14416**, as the Hindi, Tamil and Punjabi notices.
- Sinhala: Sri Lanka's **1990** (the Suwa Seriya free ambulance, as the Tamil notice). Crisis form: **1926**, the
  National Institute of Mental Health's mental health helpline (launched 2018; a chat line since 2020).
- Yoruba: Nigeria's **112**; crisis form SURPIN's toll-free **0800 078 7746**, as the Hausa notice.
- Zulu: South Africa's **10177** (ambulance) and **112** from a mobile phone. Crisis form: **0800 456 789**, SADAG's
  24-hour mental health helpline (the Cipla line). SADAG's suicide crisis line 0800 567 567 was found in one
  newspaper only (2019), so it is not named.
- Serbian: **194**, the emergency medical service (the old 94 with a 1 before it, Kurir; 112 has been announced, not
  found working). Crisis form: Centar Srce's free line **0800 300 303**, every day from 14 to 23 h (the notice says so).
- Georgian: **112** (the single emergency number since 2012, Ministry of Internal Affairs). No Georgian crisis line
  could be verified (116 123 was found in a secondary list only), so none is named.

Numbers checked in session 34 with the `search` tool against news and service pages (docs/SAFETY.md, round 55).
Written by the safety helper, **not reviewed by a native speaker**; the numbers want checking each release.
"""

from __future__ import annotations

_GU_ONLY = "**આ સેવા ફક્ત અંગ્રેજીમાં જવાબ આપે છે.**"
GU_NOTICE = _GU_ONLY + " કટોકટીમાં હમણાં જ **112** પર ફોન કરો."
GU_CRISIS_NOTICE = (_GU_ONLY + " કટોકટીમાં, અથવા જો તમે પોતાને નુકસાન પહોંચાડવાનું વિચારી રહ્યા હો, તો હમણાં જ **112** "
                    "પર ફોન કરો. તમે ટેલી-માનસ હેલ્પલાઇન **14416** પર પણ કોઈની સાથે વાત કરી શકો છો.")
_MR_ONLY = "**ही सेवा फक्त इंग्रजीत उत्तर देते.**"
MR_NOTICE = _MR_ONLY + " आपत्कालीन परिस्थितीत आत्ताच **112** वर फोन करा."
MR_CRISIS_NOTICE = (_MR_ONLY + " आपत्कालीन परिस्थितीत, किंवा तुम्ही स्वतःला इजा करण्याचा विचार करत असाल तर, आत्ताच "
                    "**112** वर फोन करा. टेली-मानस हेल्पलाइन **14416** वरही तुम्ही कोणाशी तरी बोलू शकता.")
_TE_ONLY = "**ఈ సేవ ఇంగ్లీషులో మాత్రమే సమాధానం ఇస్తుంది.**"
TE_NOTICE = _TE_ONLY + " అత్యవసర పరిస్థితిలో ఇప్పుడే **112** కు కాల్ చేయండి."
TE_CRISIS_NOTICE = (_TE_ONLY + " అత్యవసర పరిస్థితిలో, లేదా మీకు మీరే హాని చేసుకోవాలని ఆలోచిస్తుంటే, ఇప్పుడే **112** కు "
                    "కాల్ చేయండి. టెలి-మానస్ హెల్ప్‌లైన్ **14416** లో కూడా ఎవరితోనైనా మాట్లాడవచ్చు.")
_SI_ONLY = "**මෙම සේවාව පිළිතුරු දෙන්නේ ඉංග්‍රීසියෙන් පමණි.**"
SI_NOTICE = _SI_ONLY + " හදිසි අවස්ථාවක දැන්ම **1990** (සුව සැරිය ගිලන් රථ සේවය) අමතන්න."
SI_CRISIS_NOTICE = (_SI_ONLY + " හදිසි අවස්ථාවක, නැතහොත් ඔබට ඔබටම හානි කර ගැනීමට සිතෙනවා නම්, දැන්ම **1990** අමතන්න. "
                    "ජාතික මානසික සෞඛ්‍ය ආයතනයේ **1926** උපකාරක දුරකථන අංකයෙන් ද කෙනෙකු සමඟ කතා කළ හැකිය.")
_YO_ONLY = "**Iṣẹ́ yìí máa ń dáhùn ní èdè Gẹ̀ẹ́sì nìkan.**"
YO_NOTICE = _YO_ONLY + " Tí ọ̀rọ̀ pàjáwìrì bá wà, pe **112** báyìí (Nàìjíríà)."
YO_CRISIS_NOTICE = (_YO_ONLY + " Tí ọ̀rọ̀ pàjáwìrì bá wà, tàbí tí o bá ń ronú láti ṣe ara rẹ léṣe, pe **112** báyìí "
                    "(Nàìjíríà). O tún lè pe ìlà SURPIN lọ́fẹ̀ẹ́ ní **0800 078 7746** láti bá ẹnìkan sọ̀rọ̀.")
_ZU_ONLY = "**Le sevisi iphendula ngesiNgisi kuphela.**"
ZU_NOTICE = _ZU_ONLY + " Uma kuphuthuma, shayela manje ku-**10177** (i-ambulensi) noma ku-**112** ocingweni lweselula."
ZU_CRISIS_NOTICE = (_ZU_ONLY + " Uma kuphuthuma, noma ucabanga ukuzilimaza, shayela manje ku-**10177** noma ku-**112** "
                    "ocingweni lweselula. Ungakhuluma nomuntu ku-**0800 456 789** (ulayini wosizo we-SADAG, "
                    "amahora angu-24).")
_SR_ONLY = "**Ова услуга одговара само на енглеском.**"
SR_NOTICE = _SR_ONLY + " У хитном случају одмах позовите хитну помоћ на **194**."
SR_CRISIS_NOTICE = (_SR_ONLY + " У хитном случају, или ако размишљате о томе да себи наудите, одмах позовите хитну "
                    "помоћ на **194**. Са неким можете разговарати и на бесплатном телефону Центра „Срце” "
                    "**0800 300 303** (сваког дана од 14 до 23 часа).")
_KA_ONLY = "**ეს სერვისი პასუხობს მხოლოდ ინგლისურად.**"
KA_NOTICE = _KA_ONLY + " გადაუდებელ შემთხვევაში ახლავე დარეკეთ **112**-ზე."
KA_CRISIS_NOTICE = (_KA_ONLY + " გადაუდებელ შემთხვევაში, ან თუ ფიქრობთ, რომ თავს ზიანი მიაყენოთ, ახლავე დარეკეთ "
                    "**112**-ზე.")


def join(notices: dict[str, str], crisis_notices: dict[str, str]) -> None:
    """Add the eight notices to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES`, in place."""
    notices.update(gu=GU_NOTICE, mr=MR_NOTICE, te=TE_NOTICE, si=SI_NOTICE, yo=YO_NOTICE, zu=ZU_NOTICE, sr=SR_NOTICE,
                   ka=KA_NOTICE)
    crisis_notices.update(gu=GU_CRISIS_NOTICE, mr=MR_CRISIS_NOTICE, te=TE_CRISIS_NOTICE, si=SI_CRISIS_NOTICE,
                          yo=YO_CRISIS_NOTICE, zu=ZU_CRISIS_NOTICE, sr=SR_CRISIS_NOTICE, ka=KA_CRISIS_NOTICE)
