"""Persian, Ukrainian and Hebrew lexicons found missing in safety round fifty-three (session 32), joined with Thai and
Bengali by `lexicon_scripts_round53.join`. None of the three had a lexicon: "دیگر نمی‌خواهم زنده باشم", "Я більше не
хочу жити", "אני לא רוצה לחיות יותר" got the English-only notice (or the support line) without the crisis words; a
sudden tearing pain between the shoulder blades with chest pain and a cold sweat, a two-year-old who swallowed iron
tablets, and numbness of the buttocks with trouble starting to pee got it without the red flags.

Matched over `lexicon_scripts.fold_script`, unanchored with short gaps, since prefixes and endings cling (Hebrew ו ה
ל ב ש, Persian می / نمی, whose zero-width joiner `fold_script` reads as a space). Persian patterns go through the same
letter folding as the messages (ی = ي, ک = ك). Concepts and sources as in `lexicon_scripts_round53` (the NHS red flags
for back pain and cauda equina syndrome; reference §2.3; the WHO suicide fact sheet, and Iran's Social Emergency
123, Lifeline Ukraine 7333 and Israel's ERAN 1201 pages for the lay words of a crisis); a tearing pain between the
shoulder blades with chest pain is the chest-pain flag (NHS "Aortic dissection": sudden tearing chest or back pain).
Written from dictionaries (Dehkhoda and Sokhan; СУМ, the Ukrainian Academy's dictionary; Even-Shoshan) **not reviewed
by a native speaker or clinician**. Not matched: نمی‌خواهم بمیرم, не хочу вмирати, לא רוצה למות ("don't want to
die"), black stools alone (iron darkens them), the idiom "מת מצחוק" ("dying of laughter").
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
from bot.safety.lexicon_scripts import _fold_chars
from bot.safety.lexicon_scripts import unanchored as _any


def _fa(name: str, tier: str, label: str, pattern: str, requires: str | None = None) -> LangConcept:
    """A Persian concept: the pattern folded like the messages (ی = ي, ک = ك), matched anywhere."""
    return _any(name, tier, label, _fold_chars(pattern), _fold_chars(requires) if requires else None)


_FA_MEDICINE = r"(?:قرص|دارو|كپسول|ويتامين|آهن)"
_FA_CHILD = r"(?:بچه|كودك|پسرم|دخترم|ساله|نوزاد|نوه)"
_FA_FAINT = r"(?:سرگيجه|غش|از حال رفتم|سياهي رفت)"
_FA_BACK = r"(?:كمر|پشت|ستون فقرات)"

PERSIAN: tuple[LangConcept, ...] = (
    _fa("crisis", "C", CRISIS,
        r"(?:نمي ?خواهم|نمي ?خوام|نمي ?خواستم) (?:ديگر )?(?:زنده (?:باشم|بمانم|بمونم)|زندگي كنم)|"
        r"(?<!ن)(?:مي ?خواهم|مي ?خوام) (?:بميرم|خودم را بكشم|خودمو بكشم)|خودكشي|خودم را بكشم|خودمو بكشم|"
        r"به زندگي ?(?:ام|م)? پايان|خودزني|(?:رگ|مچ) ?(?:دستم|دستم را|دستمو) (?:زدم|بزنم|بريدم|ببرم)|"
        r"بدون من (?:راحت ?تر|بهتر|خوشحال ?تر)|(?:ديگر|ديگه) بيدار (?:نشوم|نشم)|"
        r"چند ?(?:تا|عدد)? " + _FA_MEDICINE + r".{0,30}(?:بميرم|بيدار نشوم|بيدار نشم|بميرد)"),
    _fa("crisis", "C", CRISIS, r"همه (?:ي )?" + _FA_MEDICINE + r".{0,15}(?:بخورم|مي خورم|ميخورم|بالا بيندازم)",
        r"امشب|يكجا|يك جا|يكباره|خداحافظ|تمام شود|تمومش"),
    _fa("gi_bleeding", "E", GI, r"استفراغ خوني|خون (?:بالا آوردم|استفراغ)|مدفوع.{0,8}(?:قيري|مثل قير)"),
    _fa("gi_bleeding", "E", GI, r"مدفوع.{0,6}سياه|سياه شدن مدفوع", _FA_FAINT),
    _fa("bladder_problem", "E", BLADDER,
        r"نمي ?توانم ادرار كنم|نمي ?تونم ادرار كنم|ادرار ?(?:م)? (?:بند آمده|نمي آيد|نمياد)|بي ?اختياري ادرار|"
        r"كنترل ادرار"),
    _fa("bowel_problem", "E", BOWEL, r"بي ?اختياري مدفوع|كنترل مدفوع"),
    _fa("saddle_numbness", "E", SADDLE,
        r"(?:باسن|كشاله ران|مقعد|ناحيه تناسلي|بين پاها|داخل ران).{0,12}(?:بي ?حس|حس ندار|كرخت)"),
    _fa("leg_weakness_or_numbness", "E", LEGS,
        r"(?:هر دو پا|دو پايم|هر دو پايم|پاهايم|پاهام).{0,12}(?:بي ?حس|ضعف|فلج|حس ندار|كرخت|سست)|"
        r"نمي ?توانم راه بروم|نمي ?تونم راه برم"),
    _fa("significant_trauma", "E", TRAUMA,
        r"از (?:نردبان|پشت بام|بام|ارتفاع|پله ها|درخت|موتور|بالكن).{0,8}(?:افتادم|افتاد|سقوط)|تصادف (?:كردم|با ماشين|"
        r"رانندگي)"),
    _fa("chest_pain", "E", CHEST,
        r"قفسه سينه ?(?:ام|م)? درد|درد (?:قفسه )?سينه|سينه ?(?:ام|م) درد|درد (?:شديد و )?پاره ?كننده"),
    _fa("breathing_difficulty", "E", BREATHING, r"تنگي نفس|نفس كشيدن.{0,6}سخت|نمي ?توانم نفس بكشم"),
    _fa("fever_with_back_pain", "U", FEVER, r"تب (?:دارم|كرده|بالا|شديد)|لرز", _FA_BACK),
    _fa("poisoning", "P", POISONING, _FA_MEDICINE + r".{0,20}(?:را )?(?:خورده|بلعيده|قورت داده)", _FA_CHILD),
)

_UK_MEDICINE = r"(?:таблет\w*|пігул\w*|ліки|ліків|заліз\w*|вітамін\w*|капсул\w*)"
_UK_CHILD = r"(?:дитин\w*|донь\w*|доньк\w*|син\w*|малюк\w*|дворічн\w*|трирічн\w*|річн\w*|онук\w*)"
_UK_FAINT = r"(?:запаморочен\w*|паморочит\w*|непритом\w*|знепритом\w*)"
_UK_BACK = r"(?:спин\w*|поперек\w*|хребт\w*)"

UKRAINIAN: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"(?:не хочу|не хочеться) (?:більше |далі )?жити|(?<!не )хочу (?:померти|вмерти|зникнути назавжди)|"
         r"самогубств\w*|покінчити (?:з собою|з усім|з життям)|накласти на себе руки|вбити себе|"
         r"(?:ріжу|різати|порізати|порізав|порізала) (?:собі )?(?:себе|руки|вени|зап ястя)|завда\w* собі шкод\w*|"
         r"стрибнути з (?:даху|мосту|вікна|балкона)|повіситися|(?:не|ніколи не) прокинут\w*|не прокинусь|"
         r"(?:всім|усім) (?:буде )?краще без мене|"
         r"скільки " + _UK_MEDICINE + r".{0,40}(?:померти|вмерти|не прокинутися)"),
    _any("crisis", "C", CRISIS, r"(?:випив|випила|випити|ковтнув|ковтнула|прийняв|прийняла|з їв|з їла|вип ю|ковтну) "
         r"(?:\w+ )?(?:усі|всі) (?:свої )?" + _UK_MEDICINE,
         r"прощ\w*|сьогодні вночі|цієї ночі|за раз|одразу|не відповідає|не бере трубку|назавжди"),
    _any("gi_bleeding", "E", GI, r"блюю кров\w*|блювот\w* (?:з )?кров\w*|кал\w* (?:\w+ )?як дьоготь|дьогтеподібн\w*"),
    _any("gi_bleeding", "E", GI, r"чорн\w* (?:кал|стілець|випорожнення)", _UK_FAINT),
    _any("bladder_problem", "E", BLADDER,
         r"не можу (?:помочитися|сходити в туалет по маленькому)|нетриманн\w* сечі|затримк\w* сечі|мимовільн\w* "
         r"сечовипускан\w*|не (?:тримаю|контролюю) сеч\w*"),
    _any("bowel_problem", "E", BOWEL, r"нетриманн\w* калу|не (?:тримаю|контролюю) (?:кал|кишечник)"),
    _any("saddle_numbness", "E", SADDLE,
         r"(?:сідниц\w*|пах\w*|промежин\w*|статев\w* орган\w*).{0,15}(?:онімі\w*|німі\w*|не відчуваю)|"
         r"онімін\w*.{0,15}(?:сідниц\w*|пах\w*|промежин\w*)"),
    _any("leg_weakness_or_numbness", "E", LEGS,
         r"(?:обидві ноги|обох ніг|обидвох ніг|дві ноги).{0,15}(?:онімі\w*|німіють|слабк\w*|слабнуть|не відчуваю|"
         r"не слухаються|паралізован\w*)|не можу (?:ходити|стояти|встати на ноги)"),
    _any("significant_trauma", "E", TRAUMA,
         r"(?:впав|впала|упав|упала) з (?:драбини|даху|висоти|сходів|дерева|мотоцикла|балкона)|дтп|автомобільн\w* "
         r"авар\w*|збила машина"),
    _any("chest_pain", "E", CHEST, r"біль у грудях|болить у грудях|тисне в грудях|пекучий біль за грудиною"),
    _any("breathing_difficulty", "E", BREATHING, r"важко дихати|задишк\w*|не можу дихати"),
    _any("fever_with_back_pain", "U", FEVER, r"температур\w* (?:3[89]|40|висок\w*)|гарячк\w*|лихоманк\w*|озноб\w*",
         _UK_BACK),
    _any("poisoning", "P", POISONING,
         r"(?:проковтнув|проковтнула|з їв|з їла|наївся|наїлася|випив|випила) (?:\w+ ){0,3}" + _UK_MEDICINE,
         _UK_CHILD),
)

_HE_MEDICINE = r"(?:כדורים|כדור|תרופות|תרופה|טבליות|ברזל|ויטמינים)"
_HE_CHILD = r"(?:ילד|ילדה|תינוק|תינוקת|פעוט|פעוטה|הבן שלי|הבת שלי|בני |בתי |בן שנתיים|בת שנתיים|בן \d|בת \d)"
_HE_FAINT = r"(?:סחרחורת|מסוחרר|מסוחררת|התעלפתי|עילפון|כמעט התעלפתי)"
_HE_BACK = r"(?:גב|עמוד השדרה)"

HEBREW: tuple[LangConcept, ...] = (
    _any("crisis", "C", CRISIS,
         r"לא (?:רוצה|רוצים|רצה) (?:\S+ )?לחיות|(?<!לא )רוצה למות(?! מצחוק)|בא לי למות(?! מצחוק)|להתאבד|התאבדות|"
         r"אתאבד|אובדני\S*|לשים קץ ל?חיי\S*|לשים קץ לחיים|(?:לחתוך|חותך|חותכת|חתכתי) את עצמי|"
         r"(?:פוגע|פוגעת|לפגוע|פגעתי) בעצמי|לקפוץ מ(?:הגג|גג|הגשר|החלון|המרפסת)|לתלות את עצמי|"
         r"(?:טוב|קל) יותר בלעדי|לא להתעורר|לא אתעורר|"
         r"כמה " + _HE_MEDICINE + r".{0,30}(?:למות|לא להתעורר|כדי שלא אתעורר)"),
    _any("crisis", "C", CRISIS, r"(?:לבלוע|אבלע|בלעתי|לקחת|אקח|לקחתי) (?:את )?כל ה" + _HE_MEDICINE,
         r"הלילה|בבת אחת|להיפרד|שלום לכולם|לסיים (?:את )?הכל|ולסיים|לתמיד"),
    _any("gi_bleeding", "E", GI, r"(?:הקאתי|מקיא|מקיאה|הקאה של|הקאות של) דם|צואה (?:שחורה )?(?:כמו זפת|זפתית)"),
    _any("gi_bleeding", "E", GI, r"צואה שחורה|יציאות שחורות", _HE_FAINT),
    _any("bladder_problem", "E", BLADDER,
         r"(?:קשה|לא מצליח|לא מצליחה|לא יכול|לא יכולה)(?: לי)? (?:להתחיל )?להשתין|בריחת שתן|אין (?:לי )?שליטה על "
         r"(?:השתן|שלפוחית)|הרטבתי את עצמי|עצירת שתן"),
    _any("bowel_problem", "E", BOWEL, r"בריחת צואה|אין (?:לי )?שליטה על (?:הסוגרים|היציאות|המעיים)"),
    _any("saddle_numbness", "E", SADDLE,
         r"(?:ישבן|עכוז|מפשעה|פי הטבעת|איבר המין|אברי המין|בין הרגליים|ירך הפנימית).{0,20}(?:לא מרגיש|לא מרגישה|"
         r"חוסר תחושה|נימול|רדום|אין תחושה)|(?:לא מרגיש|לא מרגישה|אין תחושה|חוסר תחושה|נימול).{0,20}(?:ישבן|"
         r"מפשעה|פי הטבעת|בין הרגליים)"),
    _any("leg_weakness_or_numbness", "E", LEGS,
         r"(?:שתי הרגליים|שתי רגליים|שתי רגלי).{0,15}(?:חולשה|חלשות|נימול|רדומות|לא מרגיש|משותקות)|"
         r"(?:לא יכול|לא יכולה|לא מסוגל|לא מסוגלת) ללכת"),
    _any("significant_trauma", "E", TRAUMA,
         r"(?:נפלתי|נפל|נפלה) מ(?:סולם|הסולם|גג|הגג|מדרגות|המדרגות|גובה|עץ|אופנוע|מרפסת)|תאונת דרכים|"
         r"(?:נפגעתי|נפגע|נפגעה) מרכב"),
    _any("chest_pain", "E", CHEST, r"כאב\S* ב?חזה|לחץ בחזה"),
    _any("breathing_difficulty", "E", BREATHING, r"קשה לי לנשום|קוצר נשימה|לא מצליח לנשום|לא מצליחה לנשום"),
    _any("fever_with_back_pain", "U", FEVER, r"חום גבוה|חום של 3[89]|חום 3[89]|קדחת|צמרמורת\S*", _HE_BACK),
    _any("poisoning", "P", POISONING, r"(?:בלע|בלעה|אכל|אכלה) (?:\S+ ){0,3}" + _HE_MEDICINE, _HE_CHILD),
)
