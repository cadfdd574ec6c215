"""Red-flag lexicons in Russian (Cyrillic) and Urdu (Arabic script), matched over `lexicon_scripts.fold_script`, and
romanised Urdu and Romanian, matched over `fold_words` like the Latin-script lexicons (round fourteen: "Я больше не
хочу жить", "میں اب جینا نہیں چاہتا", "mujhe lagta hai sab mere baghair behtar rahenge", "Nu mai vreau să trăiesc"
and three emergencies got the notice with the numbers but neither the crisis text nor the urgent notice).

Concepts and sources as in `lexicon_languages` and `lexicon_scripts`: the NHS red flags for back pain and cauda
equina syndrome (bladder or bowel control lost or unable to pee, numbness between the legs or around the bottom, both
legs numb, weak or not moving, a fall from a height or a road accident, chest pain, difficulty breathing, fever with
back pain) and the crisis signs of the WHO suicide fact sheet (Russian edition, https://www.who.int/ru/news-room/
fact-sheets/detail/suicide): wanting to die or not to live, killing oneself, harming oneself, not waking up,
everyone better off without me, all of one's tablets at once. Written in the lay words people type from
dictionaries and the WHO texts, not reviewed by a native speaker or clinician (docs/SAFETY.md, "Round fourteen").
Every phrase is one English never writes (all lexicons see every message).
"""

from __future__ import annotations

from bot.safety.language_patterns import (
    BLADDER,
    BREATHING,
    CHEST,
    CRISIS,
    FEVER,
    LEGS,
    POISONING,
    SADDLE,
    TRAUMA,
    concept,
)
from bot.safety.lexicon_scripts import _W
from bot.safety.lexicon_scripts import _script as script
from bot.safety.lexicon_scripts_round51 import join as join_round51
from bot.safety.lexicon_scripts_round52 import join as join_round52
from bot.safety.lexicon_scripts_round53 import join as join_round53
from bot.safety.lexicon_scripts_round54 import join as join_round54
from bot.safety.lexicon_scripts_round55 import join as join_round55

RU_BACK = r"спин\S*|поясниц\S*|позвоночник\S*"
UR_BACK = r"کمر\S*|ریڑھ\S*"
_UR_PILLS = r"(?:گولیاں|گولیوں|دوائیاں|دوائی)"

MORE_SCRIPT_LEXICONS = {
    "ru": (
        script("crisis", "C", CRISIS,
               rf"не хоч\S* {_W}{{0,1}}жить|"
               rf"покончить (?:со всем|с жизнью|с этим всем)\S*|"
               rf"(?:хочу|хочется|хотел\S*) умереть|лучше бы я умер\S*|покончить с собой|"
               rf"поконч\S* с собой|самоубийств\S*|суицид\S*|убить себя|убью себя|(?:причинить|причиняю) себе (?:вред|"
               rf"боль)|режу себя|порезать себя|чтобы {_W}{{0,2}}не проснуться|(?:никогда|больше) не проснуться|"
               rf"не проснуться "
               rf"(?:никогда|больше)|без меня {_W}{{0,2}}лучше|лучше без меня|(?:выпить|выпью|приму|принять|проглотить|"
               rf"собрал\S*|накопил\S*) {_W}{{0,2}}все {_W}{{0,1}}таблетк\S*|"
               rf"все {_W}{{0,1}}таблетки {_W}{{0,2}}(?:сразу|"
               rf"разом|собрал\S*|накопил\S*)|сколько {_W}{{0,3}}таблет\S* {_W}{{0,4}}(?:умереть|смертельн\S*)"),
        # Round twenty: a child who ate or swallowed tablets (the English and Latin-script poisoning concepts; iron
        # is a leading cause of poisoning deaths in young children, safety notes §2.3).
        script("poisoning", "P", POISONING,
               r"(?:съел\S*|съела|проглотил\S*|наглотал\S*|наелся|наелась|сгрыз\S*|нашел|нашёл|нашла)(?: \S+){0,4} "
               r"(?:таблет\S*|витамин\S*|лекарств\S*|пилюл\S*|капсул\S*|драже)",
               r"сын\S*|доч\S*|ребен\S*|ребён\S*|малыш\S*|внук\S*|внучк\S*|\S*летн\S*|годовал\S*|дет\S*"),
        script("bladder_problem", "E", BLADDER,
               rf"не (?:могу|может|получается) {_W}{{0,1}}(?:помочиться|пописать|мочиться|сходить в туалет)|"
               rf"не (?:чувствую|контролирую|чувствует) {_W}{{0,3}}(?:туалет\S*|мочев\S*|мочу|мочеиспускани\S*)|"
               rf"недержани\S*|задержк\S* мочи"),
        script("saddle_numbness", "E", SADDLE,
               r"(?:онемел\S*|немеет|не чувствую)(?: \S+){0,3} (?:промежност\S*|ягодиц\S*|пах\S*|между ног)|"
               r"(?:промежност\S*|ягодиц\S*|пах)(?: \S+){0,3} (?:онемел\S*|немеет)"),
        script("leg_weakness_or_numbness", "E", LEGS,
               rf"ног\S* {_W}{{0,2}}(?:не двигаются|не слушаются|онемел\S*|немеют|отнял\S*|слабе\S*|подкашиваются)|"
               rf"не (?:чувствую|могу поднять|могу пошевелить) {_W}{{0,1}}ног\S*|не могу (?:ходить|встать|стоять)"),
        script("significant_trauma", "E", TRAUMA,
               rf"упал\S* {_W}{{0,2}}(?:с|со) (?:крыши|лестниц\S*|высоты|дерева|балкона|стремянки|лошади|мотоцикла)|"
               r"авари\S*|дтп"),
        script("chest_pain", "E", CHEST, rf"бол\S* {_W}{{0,2}}в груди|давит {_W}{{0,1}}в груди"),
        script("breathing_difficulty", "E", BREATHING, r"не могу дышать|трудно дышать|задыхаюсь|одышк\S*"),
        script("fever_with_back_pain", "U", FEVER, r"температур\S*|жар|лихорадк\S*|озноб\S*", RU_BACK),
    ),
    "ur": (
        script("crisis", "C", CRISIS,
               rf"جینا نہیں چاہت\S*|مرنا چاہت\S*|مر جانا چاہت\S*|خودکشی|خود کشی|اپنی جان (?:لے|دے) (?:لوں|دوں)\S*|"
               rf"خود کو (?:ختم|مار) (?:کر|ڈال)\S*|(?:سب|سب کچھ|زندگی) (?:ختم|تمام) کر (?:دینا|دوں|لوں)\S*|"
               rf"خود کو (?:نقصان|چوٹ) {_W}{{0,1}}پہنچا\S*|(?:ساری|سب|"
               rf"تمام) {_W}{{0,2}}{_UR_PILLS} {_W}{{0,3}}(?:ایک ساتھ|"
               rf"کھا (?:لوں|لونگا|لوں گا|لوں گی))|میرے (?:بغیر|بنا) {_W}{{0,3}}(?:بہتر|خوش)"),
        script("bladder_problem", "E", BLADDER,
               rf"پیشاب {_W}{{0,3}}(?:نہیں (?:آ رہا|آرہا|ہو رہا|ہوتا|آتا|کر پا\S*)|رک گیا|رکا ہوا)|"
               rf"پیشاب {_W}{{0,2}}(?:پر|کا) (?:کوئی )?(?:کنٹرول|قابو) نہیں|پیشاب {_W}{{0,2}}(?:خود بخود )?نکل (?:گیا|"
               rf"جاتا)"),
        script("saddle_numbness", "E", SADDLE,
               r"(?:سن|بے حس)(?: \S+){0,6} (?:کولہ\S*|کولھ\S*|مقعد|شرمگاہ|رانوں کے درمیان)|(?:کولہ\S*|کولھ\S*|مقعد|"
               r"شرمگاہ|رانوں کے درمیان)(?: \S+){0,6} (?:سن|بے حس)"),
        script("leg_weakness_or_numbness", "E", LEGS,
               rf"(?:ٹانگیں|ٹانگوں|پاؤں|ٹانگ) {_W}{{0,2}}(?:سن|کمزور|بے حس)\S*|چل نہیں (?:پا|سک)\S*|"
               rf"کھڑ\S* نہیں (?:ہو )?(?:پا|سک)\S*"),
        script("significant_trauma", "E", TRAUMA,
               rf"(?:چھت|سیڑھی\S*|سیڑھیوں|اونچائی|درخت|بالکونی)\S* {_W}{{0,2}}سے {_W}{{0,1}}گر\S*|"
               rf"(?:سڑک|گاڑی|کار|موٹر سائیکل)\S* (?:کا )?(?:حادثہ|ایکسیڈنٹ)"),
        script("chest_pain", "E", CHEST, rf"(?:سینے|چھاتی) (?:میں|پر) {_W}{{0,2}}(?:درد|دباؤ|جکڑن)"),
        script("breathing_difficulty", "E", BREATHING,
               rf"سانس {_W}{{0,2}}نہیں (?:لے|آ) (?:پا|رہ)\S*|سانس لینے میں {_W}{{0,1}}(?:تکلیف|دشواری|مشکل)"),
        script("fever_with_back_pain", "U", FEVER, r"بخار|ٹھنڈ لگ\S*", UR_BACK),
    ),
}

join_round51(MORE_SCRIPT_LEXICONS)   # session 31, round 51: Japanese; Russian and Arabic forms (`_round51`)
join_round52(MORE_SCRIPT_LEXICONS)   # session 31, round 52: Chinese and Korean (`lexicon_scripts_round52`)
join_round53(MORE_SCRIPT_LEXICONS)   # session 32, round 53: Thai, Bengali, Persian, Ukrainian, Hebrew (`_round53`, `b`)
join_round54(MORE_SCRIPT_LEXICONS)   # session 33, round 54: ta ne pa am bg (`lexicon_scripts_round54`, `b`)
join_round55(MORE_SCRIPT_LEXICONS)   # session 34, round 55: gu mr te si ka sr (`lexicon_scripts_round55`, `b`)

MORE_LATIN_LEXICONS = {
    "ur": (
        concept("crisis", "C", CRISIS,
                r"mere (?:baghair|bagair|baghoir|begair|bina) (?:\w+ ){0,3}(?:behtar|bahtar|khush)|(?:saari|sari|sabhi|"
                r"sab|tamam|puri|poori) (?:\w+ ){0,3}goli(?:yan|yaan|ya|an)? (?:\w+ ){0,3}(?:kha|khaa) (?:lunga|lungi|"
                r"loon|lun|lu|leta|leti|jaunga|jaungi)|khud ?kushi|jeena (?:hi )?nahi?n? chaht\w*|marna chaht\w*|"
                r"zindagi (?:khatam|khatm) kar (?:du|doon|dun|dunga|dungi|deni)\w*"),
        concept("bladder_problem", "E", BLADDER, r"(?:peshab|pishab) (?:\w+ ){0,2}(?:ruk gaya|nahi? aa? raha)"),
        concept("leg_weakness_or_numbness", "E", LEGS, r"(?:tange|tangen|tangein|taangein) (?:\w+ ){0,2}(?:sunn?|"
                                                       r"kamzor)"),
    ),
    "ro": (
        concept("crisis", "C", CRISIS,
                r"nu mai vreau sa (?:mai )?traiesc|(?:vreau|as vrea|imi doresc) sa mor|sa ma sinucid|sinucid\w*|"
                r"sa ma omor|sa (?:mi|imi) (?:iau|curm) viata|sa (?:mi|imi) fac rau|ma tai (?:pe maini|singur\w*)|"
                r"sa nu ma mai trezesc|nu mai vreau sa ma (?:mai )?trezesc|(?:mai bine|mai fericiti) fara mine|"
                r"(?:iau|sa iau|inghit|sa inghit|beau|sa beau) (?:\w+ ){0,2}toate (?:\w+ )?(?:pastilele|pastile|"
                r"tabletele|medicamentele)|cate (?:\w+ ){0,2}(?:pastile|tablete) (?:\w+ ){0,4}(?:sa mor|mortal\w*)"),
        concept("bladder_problem", "E", BLADDER,
                r"nu (?:mai )?pot (?:sa )?urin\w*|nu pot face pipi|nu (?:mai )?(?:simt|"
                r"controlez) (?:\w+ ){0,3}(?:vezica|"
                r"urina|pipi)|retentie urinara|"
                # Round 32: the Romanian forms only; bare "incontinent" is English too ("sciatica can make you
                # incontinent") and every lexicon sees every message.
                r"incontinent(?:a|ei|i|e|ele|ul)\b|(?:sunt|este|e|a devenit|am devenit) incontinent\b"),
        concept("saddle_numbness", "E", SADDLE,
                r"amortit\w* (?:\w+ ){0,4}(?:intre picioare|perineu\w*|fese|zona intima)|(?:intre picioare|perineu\w*|"
                r"fese|zona intima) (?:\w+ ){0,4}amortit\w*|nu (?:mai )?simt (?:nimic )?(?:intre picioare|"
                r"in zona intima)"),
        concept("leg_weakness_or_numbness", "E", LEGS,
                r"nu (?:mi |imi )?(?:mai )?simt (?:\w+ )?picioarele|picioarele (?:\w+ ){0,2}(?:amortite|slabe|"
                r"nu ma mai "
                r"tin|cedeaza)|nu (?:mai )?pot (?:sa )?(?:merg|stau in picioare)"),
        concept("significant_trauma", "E", TRAUMA,
                r"(?:am|a|au|ai) cazut (?:\w+ ){0,2}de pe (?:scara|acoperis|bloc|balcon|cal|copac|schela|bicicleta)|"
                r"cazut de la (?:inaltime|etaj)|accident (?:de masina|rutier)"),
        concept("chest_pain", "E", CHEST, r"dureri? (?:\w+ ){0,2}in piept|apasare in piept"),
        concept("breathing_difficulty", "E", BREATHING, r"nu (?:mai )?pot respira|greu sa respir|respir (?:cu )?greu"),
        concept("fever_with_back_pain", "U", FEVER, r"febra|frisoane|temperatura (?:mare|ridicata)",
                r"spate\w*|coloana"),
    ),
}

# Round fourteen in languages with a lexicon: all the tablets "tonight", told with the pronouns joined to the verb
# (es "pienso tomármelas todas"), and a farewell: "c'est pour dire adieu … demain je ne serai plus là", de "morgen
# bin ich nicht mehr da" (not "… là pour le rendez-vous", not "… nicht mehr da, ich bin im Urlaub").
TOLD_BY_LANGUAGE = {
    "es": (concept("crisis", "C", CRISIS,
                   r"(?:tomarmelas|tomarlas|me las tomo|me las voy a tomar|tragarmelas|me las trago) todas|"
                   r"todas (?:\w+ )"
                   r"{0,3}(?:pastillas|pildoras) (?:\w+ ){0,6}(?:esta noche|manana|de una vez|de golpe)"),),
    "fr": (concept("crisis", "C", CRISIS,
                   r"(?:dire|dis|vous dire|te dire) (?:\w+ )?adieu|adieu a (?:tous|toutes|vous)|(?:demain|bientot|"
                   r"ce soir) "
                   r"je ne serai plus la\b(?! (?:pour|a|au|en|de|chez|car|parce)\b)|je ne serai plus la (?:demain|"
                   r"ce soir|"
                   r"bientot)"),),
    "de": (concept("crisis", "C", CRISIS,
                   r"(?:morgen|bald|heute nacht) bin ich nicht mehr (?:da|hier)\b(?! (?:im|in|am|bei|zu|fur|weil|"
                   r"wegen|sondern)\b)|ich bin (?:morgen|bald) nicht mehr (?:da|hier) (?:danke|lebt wohl)"),),
}
