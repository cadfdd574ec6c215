"""Red-flag and crisis lexicons in Czech, Hungarian and Malay, new with safety round thirty-nine (session 22), in the
form of `lexicon_languages` (patterns over `fold_words`: lower case, no accents, so "necítím" is "necitim",
"öngyilkos" is "ongyilkos"). Written from dictionaries and the national health services' pages, **not reviewed by
native speakers or a clinician**; lay words first, as in the other languages.

The signs are those of `bot.safety.lexicon` (NHS "Back pain" and "Cauda equina syndrome", GIRFT / NHS cauda equina
symptom card, NHS "Heart attack", reference §2.2): numbness around the bottom, groin or inner thighs; not being able
to pee or hold it; loss of bowel control; both legs numb or weak, or not walking; a fall from a height, stairs or a
ladder, a road accident; chest pain or pressure; a fever, or injecting drugs, with back pain (tier U). Crisis: not
wanting to live, wanting to die, suicide, killing oneself, ending one's life, self-harm by cutting told as again or
on purpose, and taking all one's tablets at once (C-SSRS 1-6; 988 Lifeline warning signs; NHS "Self-harm").

- Czech: Slovník spisovného jazyka českého (SSJČ) and Internetová jazyková příručka (ÚJČ AV ČR) for the words;
  NZIP (Národní zdravotnický informační portál) "Bolest zad" and "Syndrom kaudy equiny" for the signs; "se" before
  the verb in the second position ("že se chce zabít"). Not "moc" alone ("moc mě bolí": it hurts a lot; "moč" is
  urine and folds the same), not a finger cut while cooking.
- Hungarian: Magyar értelmező kéziszótár and the Magyar nyelv értelmező szótára for the words; Semmelweis Egyetem
  and WEBBeteg "Derékfájás" and "Cauda equina szindróma" for the signs. "Hát" alone is left out (also "well", and
  "hat" is six): the back is "hátam", "hátfájás", "derekam", "gerinc". "Leestem" is a fall from somewhere (a height),
  "elestem" a fall over; "megvágtam magam" only with again, on purpose or a wrist, arm or thigh.
- Malay: Kamus Dewan (Dewan Bahasa dan Pustaka) for the words; MyHEALTH (Kementerian Kesihatan Malaysia) "Sakit
  belakang" for the signs; Befrienders Kuala Lumpur for the crisis wording. "Belakang" alone is also "behind" ("di
  belakang rumah"): the back is "sakit belakang", "belakang saya sakit", "tulang belakang", "pinggang". Malay
  "punggung" is the bottom (Indonesian: the back). Not "penat nak mati" (tired to death, an idiom).
"""

from __future__ import annotations

from bot.safety.language_patterns import LangConcept, lexicon_of, near

CS_BACK = r"zada|zad|zadech|zady|pater\w*|kriz|v krizi|bedr\w*|ploten\w*|ischias"
_CS_NUMB = r"necitim|necitil\w*|necitliv\w*|znecitliv\w*|brni|brneni|mravenci|mravenceni|bez citu|ztrata citu"
_CS_SEAT = (r"zadek|zadku|hyzd\w*|rozkrok\w*|konecnik\w*|genital\w*|pohlavni\w*|mezi nohama|vnitrni stran\w* stehen|"
            r"stehen zevnitr|sedac\w*")
_CS_LEGS = r"(?:obe|obou|ob) (?:nohy|nohou|nohach|dolni koncetiny)"
_CS_LEG_SIGN = r"slab\w*|necitim|necitliv\w*|znecitliv\w*|brni|mravenci|ochrnul\w*|podlamuj\w*|vypovidaj\w*"
HU_BACK = r"hatam\w*|hatfajas\w*|hatfajdalom\w*|derek\w*|gerinc\w*|isiasz\w*|keresztcsont\w*|a hatamban"
_HU_NUMB = r"zsibbad\w*|erzeketlen\w*|nem erzem|nem erzek semmit|bizsereg\w*"
_HU_SEAT = (r"fenek\w*|gatban|gattajek\w*|vegbel\w*|nemi szerv\w*|agyek\w*|lagyek\w*|combom belso|combjaim belso|"
            r"belso comb\w*|a labaim kozott|a ket labam kozott")
_HU_LEGS = r"mindket lab\w*|mindket labamban|mindket labam|mindket labszar\w*"
_HU_LEG_SIGN = r"zsibbad\w*|gyeng\w*|bizsereg\w*|erotlen\w*|nem erzem|nem mozdul\w*|megbenult\w*|osszecsuklik"
MS_BACK = (r"sakit belakang|belakang (?:saya |aku |badan )?(?:sakit|sengal|lenguh|teruk)|tulang belakang|sakit "
           r"pinggang|pinggang (?:saya |aku )?(?:sakit|sengal)|sengal\w* (?:di )?(?:belakang|pinggang)")
_MS_NUMB = r"kebas|kebas kebas|mati rasa|tak rasa apa apa|tidak rasa apa apa|tiada rasa|cucuk cucuk|semut semut"
_MS_SEAT = (r"punggung|celah kangkang|kangkang|kemaluan|dubur|alat sulit|bahagian sulit|pangkal paha|paha dalam|"
            r"bahagian dalam paha")



FORMS23_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "cs": lexicon_of(CS_BACK, {
        "saddle_numbness": near(_CS_NUMB, _CS_SEAT, 6),
        "bladder_problem": (
            r"(?:nemuzu|nemohu|nemuze|nejde mi|nedokazu) (?:se )?(?:\w+ )?(?:vymocit|mocit|curat|vycurat)|"
            r"(?:pomocil\w*|pocural\w*) jsem se|unik\w* moci|zadrzovani moci|nedokazu (?:\w+ )?udrzet moc\b|"
            r"inkontinenc\w*"),
        "bowel_problem": (
            r"unik\w* stolice|(?:nedokazu|nemuzu) (?:\w+ )?udrzet stolici|(?:pokakal\w*|podelal\w*) jsem se"),
        "leg_weakness_or_numbness": (
            _CS_LEGS + r" (?:\w+ ){0,3}(?:" + _CS_LEG_SIGN + r")|(?:" + _CS_LEG_SIGN + r") (?:\w+ ){0,3}"
            + _CS_LEGS + r"|necitim (?:obe |sve )?nohy|nemuzu (?:vubec )?chodit|nohy mi (?:\w+ )?(?:podlamuji|"
            r"vypovidaji|slabnou|ochrnuly)"),
        "significant_trauma": (
            r"(?:spadl\w*|upadl\w*|zritil\w*) (?:\w+ ){0,3}(?:ze? )?(?:zebrik\w*|schod\w*|strechy|vysky|kone|"
            r"leseni|stromu)|autonehod\w*|dopravni nehod\w*|srazil\w* (?:me|ho|ji) auto"),
        "chest_pain": (
            r"bolest\w* (?:\w+ ){0,2}(?:na hrudi|v hrudi|na prsou|za hrudni kosti)|(?:tlak|sevreni|svirani) "
            r"(?:\w+ )?(?:na hrudi|v hrudi|na prsou)|svirav\w* bolest\w*"),
        "fever_with_back_pain": (
            r"horeck\w*|zimnice|tresavk\w*|vysok\w* teplot\w*|pich\w* (?:si )?drogy|nitrozilne"),
        "crisis": (
            r"(?:uz |vubec )?nechci (?:uz )?(?:dal )?zit|nechce (?:uz )?(?:dal )?zit|(?:chci|chce) (?:uz )?"
            r"(?:umrit|zemrit)|sebevrazd\w*|zabit se|zabiju se|se (?:\w+ ){0,2}zabit|skoncovat (?:se sebou|se "
            r"zivotem)|vzit si zivot|(?:ublizit|ublizuju|ublizuji) si|(?:zase|znovu|opet) (?:jsem )?(?:se )?"
            r"(?:rezu|rezala? jsem se|porezal\w* jsem se)|(?:vezmu|spolknu|vzit|spolknout|chci vzit) "
            r"(?:si )?(?:\w+ )?(?:vsechny|celou krabick\w*|celou krabici|celou platu) (?:\w+ )?(?:prasky|leky|"
            r"tablety) (?:\w+ )?(?:najednou|naraz)|(?:louci|rozloucil\w*|rozloucit) se (?:\w+ ){0,8}(?:zabit|"
            r"umrit|zit)"),
    }),
    "hu": lexicon_of(HU_BACK, {
        "saddle_numbness": near(_HU_NUMB, _HU_SEAT, 6),
        "bladder_problem": (
            r"nem (?:tudok|birok) (?:\w+ )?(?:vizelni|pisilni|pisalni)|bepisil\w*|(?:nem tudom|nem birom) "
            r"(?:\w+ )?(?:tartani|visszatartani) a vizelet\w*|vizelet\w* (?:\w+ )?(?:tartasi|visszatartas\w*|"
            r"elakad\w*)"),
        "bowel_problem": (
            r"(?:nem tudom|nem birom) (?:\w+ )?(?:tartani|visszatartani) a szeklet\w*|beszar\w*|"
            r"szekletinkontinenci\w*"),
        "leg_weakness_or_numbness": (
            r"(?:" + _HU_LEGS + r") (?:\w+ ){0,3}(?:" + _HU_LEG_SIGN + r")|(?:" + _HU_LEG_SIGN + r") (?:\w+ ){0,3}"
            r"(?:" + _HU_LEGS + r")|nem (?:tudok|birok) (?:\w+ )?jarni|nem erzem a labai\w*|nem erzem a labam\w*"),
        "significant_trauma": (
            r"(?:leestem|leesett|lezuhantam|lezuhant|legurultam|legurult) (?:\w+ ){0,3}(?:letrarol|tetorol|"
            r"lepcso\w*|magasbol|lorol|allvanyrol|farol|erkelyrol)|autobaleset\w*|kozlekedesi baleset\w*|"
            r"elutott (?:egy )?auto"),
        "chest_pain": (
            r"mellkasi fajdalom\w*|(?:faj|szorit|nyom|eg) a mellkas\w*|mellkas\w* (?:\w+ ){0,3}(?:faj\w*|szorit\w*|"
            r"nyom\w*|szorul)"),
        "fever_with_back_pain": (
            r"laz|lazas\w*|lazam\w*|lazat|lazban|lazzal|lazom|hidegraz\w*|magas homerseklet\w*|"
            r"intravenas\w* drog\w*|drogot (?:\w+ )?(?:szurok|szurtam|belovok|beloves\w*)"),
        "crisis": (
            r"nem akarok (?:mar )?(?:tovabb )?elni|nem akar (?:mar )?(?:tovabb )?elni|meg akarok halni|"
            r"ongyilkos\w*|megolom magam\w*|megoli magat|veget (?:\w+ )?(?:vetek|vetni|vet|vetnek) (?:az )?"
            r"(?:eletemnek|eletenek|mindennek)|(?:megint|ujra|ismet|szandekosan|mar megint) (?:\w+ ){0,2}"
            r"(?:megvagtam|vagtam meg|vagom|megvagom|megvagta) magam\w*|(?:megvagtam|megvagom|vagom) magam\w* "
            r"(?:\w+ ){0,2}(?:megint|ujra|ismet|szandekosan)|vagdos\w* magam\w*|(?:megvagtam|vagom|megvagom) (?:a |"
            r"az )?(?:karom\w*|csuklom\w*|combom\w*)|bucsulevel\w*"),
    }),
    "ms": lexicon_of(MS_BACK, {
        "saddle_numbness": near(_MS_NUMB, _MS_SEAT, 6),
        "bladder_problem": (
            r"(?:tak|tidak|x) (?:boleh|dapat|lepas) (?:nak )?(?:kencing|buang air kecil)|terkencing|(?:tak|tidak) "
            r"(?:dapat|boleh) (?:tahan|menahan) (?:\w+ )?(?:kencing|air kecil)"),
        "bowel_problem": (
            r"terberak|(?:tak|tidak) (?:dapat|boleh) (?:tahan|menahan) (?:\w+ )?(?:berak|buang air besar|najis)"),
        "leg_weakness_or_numbness": (
            r"(?:kedua|dua dua|kedua dua) (?:belah )?kaki (?:\w+ ){0,3}(?:kebas|lemah|lumpuh|mati rasa|cucuk cucuk|"
            r"semut semut)|kaki (?:saya |aku )?(?:makin|semakin|jadi) lemah|(?:tak|tidak) (?:boleh|dapat|mampu) "
            r"(?:nak )?(?:berjalan|jalan)\b"),
        "significant_trauma": (
            r"jatuh (?:\w+ ){0,3}(?:dari|daripada) (?:\w+ )?(?:tangga|bumbung|atap|tempat tinggi|pokok|motosikal|"
            r"motor|kuda|tingkat)|kemalangan (?:jalan raya|kereta|motosikal|motor)|accident motor"),
        "chest_pain": (
            r"sakit dada|dada (?:saya |aku )?(?:sakit|sesak|ketat|rasa berat|macam ditekan)|sesak dada"),
        "fever_with_back_pain": (
            r"demam\w*|menggigil|suhu (?:badan )?tinggi|panas badan|(?:guna|ambil|cucuk|suntik) dadah|dadah "
            r"(?:\w+ )?suntik\w*|penagih dadah"),
        "crisis": (
            r"(?:tak|tidak|x) (?:nak|mahu|mau|ingin|sanggup) (?:\w+ )?hidup(?: lagi)?|bunuh diri|membunuh diri|"
            r"tamatkan (?:riwayat|nyawa|hidup)|(?:nak|mahu|ingin|akan|nk) (?:\w+ )?(?:telan|makan|ambil) semua "
            r"(?:\w+ )?ubat|(?:kelar|toreh|hiris) (?:\w+ )?(?:tangan|pergelangan|lengan|paha) (?:saya|aku|sendiri)|"
            r"cederakan diri|(?:nak|ingin|mahu) mati (?:je|saja|sahaja)"),
    }),
}
