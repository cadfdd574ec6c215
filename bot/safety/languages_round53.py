"""The English-only notice in Thai, Persian, Ukrainian, Hebrew and Bengali (safety round fifty-three, session 32),
joined to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES` (one import, one call), so a message in any of them
gets it followed by the English one, as Japanese, Chinese and Korean do. The English notice names 112, 999 and 911.

- Thai: **1669**, the emergency medical services number (National Institute for Emergency Medicine, สถาบันการแพทย์
  ฉุกเฉินแห่งชาติ). Crisis form: **1323**, the Department of Mental Health's hotline (สายด่วนสุขภาพจิต, กรมสุขภาพจิต;
  24 hours, free of charge).
- Persian: **115**, Iran's emergency medical service (سازمان اورژانس کشور). Crisis form: **123**, the Social
  Emergency line of the State Welfare Organization (اورژانس اجتماعی، سازمان بهزیستی; round the clock, its suicide
  prevention work since 1999).
- Ukrainian: **103**, the ambulance (швидка допомога). Crisis form: **7333**, Lifeline Ukraine (Лайфлайн Україна,
  the national suicide prevention and crisis line, 24 hours).
- Hebrew: **101**, Magen David Adom (מד"א), Israel's emergency medical service. Crisis form: **1201**, ERAN (ער"ן,
  emotional first aid, 24 hours).
- Bengali: **999**, Bangladesh's National Emergency Service (জাতীয় জরুরি সেবা: police, fire, ambulance), and **112**
  in India (Emergency Response Support System, as the Hindi notice). Crisis form: India's Tele-MANAS **14416** (as the
  Hindi notice); no Bangladeshi crisis line could be verified for this session, so none is named.

Numbers checked in session 32 against the services' and national news pages (docs/SAFETY.md, round 53). Written by
the safety helper, **not reviewed by a native speaker**; the numbers want checking each release.
"""

from __future__ import annotations

TH_NOTICE = "**บริการนี้ตอบเป็นภาษาอังกฤษเท่านั้น** หากเป็นเหตุฉุกเฉิน โปรดโทร **1669** ทันที"
TH_CRISIS_NOTICE = ("**บริการนี้ตอบเป็นภาษาอังกฤษเท่านั้น** หากเป็นเหตุฉุกเฉิน หรือคุณกำลังคิดจะทำร้ายตัวเอง โปรดโทร "
                    "**1669** ทันที คุณยังโทรคุยกับสายด่วนสุขภาพจิต **1323** ได้ตลอด 24 ชั่วโมง ไม่เสียค่าใช้จ่าย")
FA_NOTICE = ("**این سرویس فقط به زبان انگلیسی پاسخ می‌دهد.** در شرایط اضطراری، همین حالا با اورژانس **115** تماس "
             "بگیرید.")
FA_CRISIS_NOTICE = ("**این سرویس فقط به زبان انگلیسی پاسخ می‌دهد.** در شرایط اضطراری، یا اگر به آسیب زدن به خودتان "
                    "فکر می‌کنید، همین حالا با اورژانس **115** تماس بگیرید. می‌توانید با اورژانس اجتماعی **123** "
                    "(شبانه‌روزی) هم صحبت کنید.")
UK_NOTICE = ("**Цей сервіс відповідає лише англійською мовою.** У невідкладній ситуації негайно телефонуйте **103** "
             "(швидка допомога).")
UK_CRISIS_NOTICE = ("**Цей сервіс відповідає лише англійською мовою.** У невідкладній ситуації, або якщо ви думаєте "
                    "про те, щоб заподіяти собі шкоду, негайно телефонуйте **103** (швидка допомога). Ви також можете "
                    "поговорити з Lifeline Ukraine за номером **7333** (цілодобово).")
HE_NOTICE = '**שירות זה עונה באנגלית בלבד.** במקרה חירום התקשרו עכשיו למד"א **101**.'
HE_CRISIS_NOTICE = ('**שירות זה עונה באנגלית בלבד.** במקרה חירום, או אם אתם חושבים לפגוע בעצמכם, התקשרו עכשיו '
                    'למד"א **101**. אפשר גם לדבר עם ער"ן בטלפון **1201** (24 שעות ביממה).')
BN_NOTICE = ("**এই সেবা কেবল ইংরেজিতে উত্তর দেয়।** জরুরি অবস্থায় এখনই কল করুন: বাংলাদেশে **999** (জাতীয় জরুরি "
             "সেবা), ভারতে **112**।")
BN_CRISIS_NOTICE = ("**এই সেবা কেবল ইংরেজিতে উত্তর দেয়।** জরুরি অবস্থায়, অথবা আপনি যদি নিজের ক্ষতি করার কথা ভাবেন, "
                    "এখনই কল করুন: বাংলাদেশে **999** (জাতীয় জরুরি সেবা), ভারতে **112**। ভারতে টেলি-মানস "
                    "হেল্পলাইন **14416** নম্বরেও কারও সঙ্গে কথা বলতে পারেন।")


def join(notices: dict[str, str], crisis_notices: dict[str, str]) -> None:
    """Add the five notices to `languages.SCRIPT_NOTICES` and `SCRIPT_CRISIS_NOTICES`, in place."""
    notices.update(th=TH_NOTICE, fa=FA_NOTICE, uk=UK_NOTICE, he=HE_NOTICE, bn=BN_NOTICE)
    crisis_notices.update(th=TH_CRISIS_NOTICE, fa=FA_CRISIS_NOTICE, uk=UK_CRISIS_NOTICE, he=HE_CRISIS_NOTICE,
                          bn=BN_CRISIS_NOTICE)
