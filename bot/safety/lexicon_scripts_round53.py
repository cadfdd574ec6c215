"""Red-flag and crisis lexicons found missing in safety round fifty-three (session 32): Thai and Bengali, which had
none (a person writing "ฉันอยากตาย" or "আমি আর বাঁচতে চাই না" got the English-only notice without the crisis words;
both legs numb and weak after a fall down the stairs, or a fall from a roof with both legs numb and urine held, got
it without the red flags). Joined to `lexicon_scripts_more.MORE_SCRIPT_LEXICONS` (`join`, one import and one call,
with `lexicon_scripts_round53b`'s Persian, Ukrainian and Hebrew), matched over `lexicon_scripts.fold_script`.

Thai is written without spaces between words, so its patterns are unanchored (as Chinese and Japanese); Bengali is
spaced but its endings cling, so it is unanchored too, with short gaps (`.{0,12}`). Concepts and sources as in
`lexicon_scripts_round52`: the NHS red flags for back pain and cauda equina syndrome (not being able to pee, losing
bladder or bowel control, numbness of the buttocks, groin or between the legs, both legs numb or weak, a fall from a
height or a road accident, chest pain, difficulty breathing, a fever with back pain), reference §2.3 (vomiting
blood, black tarry stools; a child who swallowed tablets) and the crisis signs of the WHO suicide fact sheet and
Thailand's Department of Mental Health (กรมสุขภาพจิต, 1323) and Bangladesh's national mental health guidance: wanting
to die, not wanting to live, suicide, self-harm and cutting, hanging, jumping, ending one's life, not waking up, all
of one's tablets at once, how many tablets it takes to die or never wake. Written from dictionaries (the Royal
Institute Dictionary, พจนานุกรมฉบับราชบัณฑิตยสถาน; Bangla Academy's বাংলা একাডেমি ব্যবহারিক বাংলা অভিধান) in the words
people type, **not reviewed by a native speaker or clinician**. Not matched: ไม่อยากตาย ("don't want to die"),
ปวดจะตาย ("hurts to death"), মরতে চাই না ("don't want to die"), black stools alone (iron darkens them).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BOWEL,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    GI,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    LangConcept,
)
from bot.safety.lexicon_scripts import unanchored as _any

_TH_MEDICINE = r"(?:ยา|เม็ด|วิตามิน|ธาตุเหล็ก|แคปซูล)"
_TH_CHILD = r"(?:ลูก|เด็ก|หลาน|ขวบ|ทารก)"
_TH_FAINT = r"(?:เวียนหัว|หน้ามืด|จะเป็นลม|เป็นลม|วูบ)"
_TH_BACK = r"(?:หลัง|เอว|กระดูกสันหลัง)"
_TH_ME = r"(?:ฉัน|ผม|เรา|หนู|กู|ข้า)"

THAI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"(?<!ไม่)อยากตาย|(?<!ไม่)อยากจะตาย|ไม่อยากมีชีวิต|ไม่อยากอยู่(?:แล้ว|ต่อ|บนโลก)|อยู่ต่อไม่ไหว|ฆ่าตัวตาย|ปลิดชีพ|"
         r"ทำร้ายตัวเอง|กรีด(?:ข้อมือ|แขน|ตัวเอง|ขา)|ผูกคอ|แขวนคอ|กระโดด(?:ตึก|สะพาน|จากที่สูง|ลงมา)|จบชีวิต|"
         r"ไม่อยากตื่น(?:ขึ้นมา)?อีก|หลับไม่ตื่น|หลับไปตลอดกาล|"
         r"กี่เม็ด.{0,20}(?:ตาย|ไม่ตื่น)|ไม่มี" + _TH_ME + r".{0,12}(?:ดีกว่า|สบายกว่า)"),
    _any("crisis", "C", CRISIS, r"(?:กิน|กลืน)" + _TH_MEDICINE + r".{0,20}(?:ทั้งหมด|ทั้งแผง|ทั้งขวด)",
         r"คืนนี้|ลาก่อน|ทีเดียว|ครั้งเดียว|ขอบคุณสำหรับทุกอย่าง|ให้มันจบ"),
    _any("gi_bleeding", "E", GI, r"(?:อาเจียน|อ้วก)(?:ออกมา)?เป็นเลือด|ถ่ายดำ.{0,8}(?:ยางมะตอย|เหนียว)|"
                                 r"อุจจาระ.{0,6}(?:ยางมะตอย|ดำเหนียว)"),
    _any("gi_bleeding", "E", GI, r"ถ่ายดำ|อุจจาระ(?:สี)?ดำ|ขี้ดำ", _TH_FAINT),
    _any("bladder_problem", "E", BLADDER,
         r"(?:ปัสสาวะ|ฉี่|เยี่ยว)ไม่ออก|กลั้น(?:ปัสสาวะ|ฉี่)ไม่(?:ได้|อยู่)|(?:ปัสสาวะ|ฉี่)ราด|(?:ปัสสาวะ|ฉี่)เล็ด"),
    _any("bowel_problem", "E", BOWEL, r"กลั้น(?:อุจจาระ|ขี้)ไม่(?:ได้|อยู่)|(?:อุจจาระ|ขี้)ราด"),
    _any("saddle_numbness", "E", SADDLE,
         r"(?:ก้น|บั้นท้าย|ขาหนีบ|ทวาร|อวัยวะเพศ|ต้นขาด้านใน|เป้า).{0,10}(?:ชา|ไม่มีความรู้สึก|ไม่รู้สึก)"),
    _any("leg_weakness_or_numbness", "E", LEGS,
         r"(?:ขาทั้งสองข้าง|ขาสองข้าง|ขาทั้งสอง|สองขา).{0,10}(?:ชา|อ่อนแรง|ไม่มีแรง|ขยับไม่ได้|ไม่มีความรู้สึก)|"
         r"เดินไม่ได้|ยืนไม่ได้|ลุกไม่ขึ้น"),
    _any("significant_trauma", "E", TRAUMA,
         r"ตก(?:จาก)?(?:บันได|หลังคา|ที่สูง|ต้นไม้|นั่งร้าน|ชั้น|ระเบียง)|(?:รถ|มอเตอร์ไซค์)(?:ล้ม|คว่ำ|ชน)|"
         r"อุบัติเหตุ(?:ทาง)?รถ|โดนรถชน|ถูกรถชน"),
    _any("chest_pain", "E", CHEST, r"(?:เจ็บ|แน่น|ปวด)(?:ที่)?หน้าอก"),
    _any("breathing_difficulty", "E", BREATHING, r"หายใจไม่ออก|หายใจลำบาก|หายใจไม่ทัน|หอบเหนื่อย"),
    _any("fever_with_back_pain", "U", FEVER, r"มีไข้|ไข้สูง|ตัวร้อน|หนาวสั่น|(?:38|39|40)(?: [0-9])? ?องศา", _TH_BACK),
    _any("poisoning", "P", POISONING, r"(?:กลืน|แอบกิน|เผลอกิน)" + _TH_MEDICINE + r"|กิน" + _TH_MEDICINE +
         r".{0,12}(?:ไป|เข้าไป)(?:หลาย|ทั้ง|[0-9])", _TH_CHILD),
)

_BN_MEDICINE = r"(?:ওষুধ|বড়ি|ট্যাবলেট|ক্যাপসুল|ভিটামিন|আয়রন|ট্যাবলেটগুলো)"
_BN_CHILD = r"(?:বাচ্চা|শিশু|ছেলে|মেয়ে|নাতি|নাতনি|বছরের|বছর বয়সী)"
_BN_FAINT = r"(?:মাথা ঘোর|মাথা ঘুর|অজ্ঞান|জ্ঞান হারা|চোখে অন্ধকার)"
_BN_BACK = r"(?:কোমর|পিঠ|মেরুদণ্ড)"
_BN_LEGS = r"(?:দুই পা|দু পা|দুপা|দুটো পা|দুই পায়ে|দুই পায়|দু পায়ে|দুই পায়েই)"

BENGALI: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"বাঁচতে চাই না|বাঁচার ইচ্ছা নেই|বেঁচে থাকতে চাই না|মরে যেতে চাই(?! না)|মরতে চাই(?! না)|আত্মহত্যা|"
         r"নিজেকে (?:শেষ করে|মেরে|শেষ করতে)|নিজের ক্ষতি কর|নিজেকে আঘাত|(?:হাত|কব্জি|হাতের শিরা) কেটে|গলায় দড়ি|"
         r"জীবন শেষ করে|আর জেগে (?:উঠতে|উঠব|উঠবো) না|আর জেগে ওঠে না|"
         r"(?:কতগুলো|কয়টা|কটা|কতটা|কত).{0,30}" + _BN_MEDICINE + r".{0,30}(?:মারা যা|মরে যা|জেগে ওঠে না|আর জাগে না)|"
         r"আমি না থাকলে.{0,20}(?:ভালো|শান্তি)"),
    _any("crisis", "C", CRISIS, r"(?:সব|সবগুলো|পুরো পাতা|পুরো শিশি) " + _BN_MEDICINE + r"?.{0,12}(?:খেয়ে ফেলব|খাব|গিলে)",
         r"আজ রাতে|একসাথে|একবারে|বিদায়|আর জেগে|শেষ করে"),
    _any("gi_bleeding", "E", GI, r"রক্ত বমি|বমির সাথে রক্ত|বমিতে রক্ত|আলকাতরার মতো.{0,10}(?:পায়খানা|মল)"),
    _any("gi_bleeding", "E", GI, r"কালো (?:পায়খানা|মল)|পায়খানা কালো", _BN_FAINT),
    _any("bladder_problem", "E", BLADDER,
         r"(?:প্রস্রাব|পেশাব)(?: [^ ]+)? (?:আটকে|হচ্ছে না|করতে পারছি না|বের হচ্ছে না|ধরে রাখতে পারছি না|হয়ে যাচ্ছে)|"
         r"(?:প্রস্রাব|পেশাব) আটকে"),
    _any("bowel_problem", "E", BOWEL, r"(?:পায়খানা|মল) ধরে রাখতে পারছি না|কাপড়ে পায়খানা"),
    _any("saddle_numbness", "E", SADDLE,
         r"(?:পাছা|নিতম্ব|কুঁচকি|যৌনাঙ্গ|মলদ্বার|ঊরুর ভেতর).{0,12}(?:অবশ|অসাড়|অনুভূতি নেই|টের পাচ্ছি না)"),
    _any("leg_weakness_or_numbness", "E", LEGS,
         _BN_LEGS + r".{0,12}(?:অবশ|দুর্বল|অসাড়|শক্তি নেই|নাড়াতে পারছি না|ঝিনঝিন)|হাঁটতে পারছি না|"
         r"দাঁড়াতে পারছি না"),
    _any("significant_trauma", "E", TRAUMA,
         r"(?:ছাদ|সিঁড়ি|মই|গাছ|উঁচু জায়গা|বারান্দা|বাইক|মোটরসাইকেল) থেকে পড়ে|সড়ক দুর্ঘটনা|গাড়ি দুর্ঘটনা|"
         r"এক্সিডেন্ট|অ্যাক্সিডেন্ট|গাড়ির ধাক্কা"),
    _any("chest_pain", "E", CHEST, r"বুকে (?:ব্যথা|চাপ)|বুক ব্যথা|বুকের ব্যথা"),
    _any("breathing_difficulty", "E", BREATHING, r"শ্বাস নিতে কষ্ট|শ্বাসকষ্ট|দম বন্ধ|নিঃশ্বাস নিতে পারছি না"),
    _any("fever_with_back_pain", "U", FEVER, r"জ্বর|কাঁপুনি", _BN_BACK),
    _any("poisoning", "P", POISONING, _BN_MEDICINE + r".{0,20}(?:গিলে ফেলেছে|খেয়ে ফেলেছে|গিলেছে)", _BN_CHILD),
)


def join(lexicons: dict[str, tuple[LangConcept, ...]]) -> None:
    """Add Thai and Bengali, and `lexicon_scripts_round53b`'s Persian, Ukrainian and Hebrew, to `lexicons`
    (`lexicon_scripts_more.MORE_SCRIPT_LEXICONS`), in place."""
    from bot.safety.lexicon_scripts_round53b import HEBREW, PERSIAN, UKRAINIAN

    for language, concepts in (("th", THAI), ("bn", BENGALI), ("fa", PERSIAN), ("uk", UKRAINIAN), ("he", HEBREW)):
        lexicons[language] = lexicons.get(language, ()) + concepts
