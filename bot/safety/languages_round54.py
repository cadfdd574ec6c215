"""The English-only notice in Tamil, Nepali, Punjabi, Amharic, Somali, Hausa, Bulgarian and Croatian (safety round
fifty-four, session 33), joined to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES` (one import, one call), so
a message in any of them gets it followed by the English one (which names 112, 999 and 911), as Thai and Bengali do.

- Tamil: India's **112** (Emergency Response Support System) and Sri Lanka's **1990** (the Suwa Seriya free
  ambulance). Crisis form: India's Tele-MANAS **14416** (as the Hindi notice). No Sri Lankan crisis line could be
  verified for this session, so none is named.
- Punjabi (Gurmukhi): **112**; crisis form Tele-MANAS **14416**, as the Hindi notice.
- Nepali: **102**, Nepal's ambulance number. Crisis form: **1166**, the national suicide prevention helpline run by
  the Mental Hospital, Lagankhel with WHO Nepal and TPO Nepal (its hours have varied, so none are promised).
- Hausa: Nigeria's **112** (the NCC's toll-free national emergency number). Crisis form: **0800 078 7746**, the
  toll-free line of the Suicide Research and Prevention Initiative (SURPIN, Lagos University Teaching Hospital).
- Bulgarian: **112** (all emergency calls in Bulgaria go to it since 2011). No Bulgarian crisis line could be
  verified (116 123 was announced in 2014; no page found that it answers), so none is named.
- Croatian: **112**, and **194** for the emergency medical service. No crisis line could be verified in this session
  (Plavi telefon's number was found only in a secondary list), so none is named.
- Amharic and Somali: no national emergency number of Ethiopia or Somalia could be verified for this session (the
  pages found were about single cities or older than ten years), so the notice asks for the local emergency number
  in the language and the English notice that follows names 112, 999 and 911.

Numbers checked in session 33 with the `search` tool against news and service pages (docs/SAFETY.md, round 54).
Written by the safety helper, **not reviewed by a native speaker**; the numbers want checking each release.
"""

from __future__ import annotations

_TA_ONLY = "**இந்தச் சேவை ஆங்கிலத்தில் மட்டுமே பதிலளிக்கும்.**"
TA_NOTICE = _TA_ONLY + " அவசர நிலையில் இப்போதே அழையுங்கள்: இந்தியாவில் **112**, இலங்கையில் **1990**."
TA_CRISIS_NOTICE = (_TA_ONLY + " அவசர நிலையில், அல்லது உங்களை நீங்களே காயப்படுத்திக்கொள்ள நினைத்தால், இப்போதே "
                    "அழையுங்கள்: இந்தியாவில் **112**, இலங்கையில் **1990**. இந்தியாவில் டெலி-மனஸ் **14416** "
                    "என்ற எண்ணிலும் ஒருவரிடம் பேசலாம்.")
_PA_ONLY = "**ਇਹ ਸੇਵਾ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਜਵਾਬ ਦਿੰਦੀ ਹੈ।**"
PA_NOTICE = _PA_ONLY + " ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਹੁਣੇ **112** 'ਤੇ ਕਾਲ ਕਰੋ।"
PA_CRISIS_NOTICE = (_PA_ONLY + " ਐਮਰਜੈਂਸੀ ਵਿੱਚ, ਜਾਂ ਜੇ ਤੁਸੀਂ ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਬਾਰੇ ਸੋਚ ਰਹੇ ਹੋ, ਤਾਂ ਹੁਣੇ **112** "
                    "'ਤੇ ਕਾਲ ਕਰੋ। ਤੁਸੀਂ ਟੈਲੀ-ਮਾਨਸ ਹੈਲਪਲਾਈਨ **14416** 'ਤੇ ਵੀ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ।")
_NE_ONLY = "**यो सेवाले अङ्ग्रेजीमा मात्र जवाफ दिन्छ।**"
NE_NOTICE = _NE_ONLY + " आपतकालीन अवस्थामा अहिले नै **102** (एम्बुलेन्स) मा फोन गर्नुहोस्।"
NE_CRISIS_NOTICE = (_NE_ONLY + " आपतकालीन अवस्थामा, वा आफैलाई हानि गर्ने सोच आएमा, अहिले नै **102** (एम्बुलेन्स) मा "
                    "फोन गर्नुहोस्। तपाईं आत्महत्या रोकथाम हेल्पलाइन **1166** मा पनि कसैसँग कुरा गर्न सक्नुहुन्छ।")
_AM_ONLY = "**ይህ አገልግሎት የሚመልሰው በእንግሊዝኛ ብቻ ነው።**"
AM_NOTICE = _AM_ONLY + " ድንገተኛ አደጋ ከሆነ አሁኑኑ ወደ አካባቢዎ የድንገተኛ ጊዜ ስልክ ቁጥር ይደውሉ።"
AM_CRISIS_NOTICE = (_AM_ONLY + " ድንገተኛ አደጋ ከሆነ፣ ወይም ራስዎን ለመጉዳት እያሰቡ ከሆነ፣ አሁኑኑ ወደ አካባቢዎ የድንገተኛ ጊዜ "
                    "ስልክ ቁጥር ይደውሉ።")
_SO_ONLY = "**Adeegani wuxuu ku jawaabaa Ingiriisi oo keliya.**"
SO_NOTICE = _SO_ONLY + " Xaalad degdeg ah, hadda wac lambarka gurmadka degdegga ah ee meesha aad joogto."
SO_CRISIS_NOTICE = (_SO_ONLY + " Xaalad degdeg ah, ama haddii aad ka fikirayso inaad naftaada waxyeello u geysato, "
                    "hadda wac lambarka gurmadka degdegga ah ee meesha aad joogto.")
_HA_ONLY = "**Wannan sabis yana amsawa da Turanci kawai.**"
HA_NOTICE = _HA_ONLY + " Idan akwai gaggawa, kira **112** yanzu (Najeriya)."
HA_CRISIS_NOTICE = (_HA_ONLY + " Idan akwai gaggawa, ko kana tunanin cutar da kanka, kira **112** yanzu (Najeriya). "
                    "Kana iya kiran layin SURPIN kyauta a **0800 078 7746** don yin magana da wani.")
_BG_ONLY = "**Тази услуга отговаря само на английски.**"
BG_NOTICE = _BG_ONLY + " При спешен случай се обадете сега на **112**."
BG_CRISIS_NOTICE = _BG_ONLY + " При спешен случай, или ако мислите да си навредите, се обадете сега на **112**."
_HR_ONLY = "**Ova usluga odgovara samo na engleskom.**"
HR_NOTICE = _HR_ONLY + " U hitnom slučaju odmah nazovite **112** ili hitnu pomoć na **194**."
HR_CRISIS_NOTICE = (_HR_ONLY + " U hitnom slučaju, ili ako razmišljate o tome da si naudite, odmah nazovite **112** "
                    "ili hitnu pomoć na **194**.")


def join(notices: dict[str, str], crisis_notices: dict[str, str]) -> None:
    """Add the eight notices to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES`, in place."""
    notices.update(ta=TA_NOTICE, pa=PA_NOTICE, ne=NE_NOTICE, am=AM_NOTICE, so=SO_NOTICE, ha=HA_NOTICE, bg=BG_NOTICE,
                   hr=HR_NOTICE)
    crisis_notices.update(ta=TA_CRISIS_NOTICE, pa=PA_CRISIS_NOTICE, ne=NE_CRISIS_NOTICE, am=AM_CRISIS_NOTICE,
                          so=SO_CRISIS_NOTICE, ha=HA_CRISIS_NOTICE, bg=BG_CRISIS_NOTICE, hr=HR_CRISIS_NOTICE)
