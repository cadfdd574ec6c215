"""Red flags and crisis told in more shapes in other Latin-script languages (round fifteen), matched over
`fold_words` (lower case, accents removed, "đ" as "d") like the other Latin-script lexicons.

- Vietnamese, which had no lexicon (round fifteen: "Em nghĩ mình chết đi cho xong", "uống bao nhiêu viên sắt thì đủ
  để không tỉnh lại nữa", a father of 70 whose legs grow weak and who cannot walk, got the English notice with the
  numbers but neither the crisis text nor the emergency notice): wanting to die or not to live, "die and be done
  with it", suicide ("tự tử" only after a verb of wanting or planning, since its folded form is also "từ từ",
  slowly; "tự sát"), not waking up again, all of a box or strip of tablets, a lethality question, better off
  without me, a farewell letter, self-harm; both legs weak or numb or unable to walk, unable to pee, control of
  bladder or bowels lost, numbness of the bottom or genitals, a fall from a height or a road accident, chest pain,
  difficulty breathing, fever with back pain. Written from the NHS red flags ("Cauda equina syndrome", "Back pain")
  and the WHO suicide fact sheet with dictionaries: **no native speaker or clinician has reviewed them**, as for
  Hindi, Arabic, Russian, Urdu and Romanian (docs/SAFETY.md);
- Spanish: better not to wake up ("sería mejor no despertarme"); numbness when wiping and trouble passing urine with
  back pain (NHS "Cauda equina syndrome");
- German: things given away with a farewell or "everything is settled" (988 Lifeline warning signs: giving away
  possessions, saying goodbye); a fall with osteoporosis, steroids or age 70 and over and back pain (NICE CKS "Back
  pain - low": minor trauma with fragile bones);
- Italian: all the tablets together "so I don't feel anything any more / don't wake up".

Every phrase is one English never writes (all lexicons see every message).
"""

from __future__ import annotations

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

_VI_PILLS = r"(?:thuoc|vien|vi thuoc|hop thuoc|lo thuoc|thuoc ngu|vien sat|thuoc giam dau)"
_VI_DEATH = r"(?:chet|khong tinh lai|khong bao gio tinh lai|khong tinh day|ngu luon|ra di)"

VIETNAMESE: tuple[LangConcept, ...] = (
    concept("crisis", "C", CRISIS,
            r"muon chet|(?:chet|chet di|ra di) cho (?:xong|roi)|khong (?:con )?muon song(?: nua)?|(?:muon|nghi den|"
            r"nghi toi|dinh|y dinh|se|tinh) tu tu\b(?! (?:thoi|thu|tap|lam|an|uong|di|hoc|nhe))|tu sat|tu van minh|"
            r"ket lieu (?:ban than|doi minh|cuoc doi)|ket thuc (?:cuoc doi|cuoc song|tat ca)|(?:de|cho|roi) "
            r"(?:khong|chang) (?:bao gio )?tinh (?:lai|day) (?:nua|mai mai)|uong het (?:\w+ ){0,2}" + _VI_PILLS +
            r"|bao nhieu " + _VI_PILLS + r" (?:\w+ ){0,4}(?:thi|de|moi) (?:\w+ ){0,3}" + _VI_DEATH + r"|(?:moi "
            r"nguoi|gia dinh|cac con) (?:\w+ ){0,3}(?:tot hon|nhe nhom hon) (?:\w+ ){0,2}khong co (?:toi|em|minh|con)|"
            r"thu (?:tu biet|tuyet menh|vinh biet)|tu (?:lam hai|hai|lam dau|rach|cat) (?:ban than|minh|tay)|"
            r"(?:rach|cat) (?:co )?tay (?:\w+ ){0,3}(?:lai|bang dao|bang lam)"),
    concept("leg_weakness_or_numbness", "E", LEGS,
            r"hai (?:ban )?chan (?:\w+ ){0,2}(?:yeu|te|liet|khong cu dong)|(?:di|dung) khong (?:noi|duoc)|khong "
            r"(?:the )?(?:di|dung) (?:lai )?(?:noi|duoc)|te (?:\w+ ){0,2}hai chan"),
    concept("bladder_problem", "E", BLADDER,
            r"khong (?:the )?(?:di )?tieu (?:duoc|noi)|bi tieu|tieu khong (?:tu chu|kiem soat)|son tieu|khong kiem "
            r"soat (?:duoc )?(?:viec )?(?:tieu|di tieu|bang quang)"),
    concept("bowel_problem", "E", BOWEL,
            r"khong kiem soat (?:duoc )?(?:viec )?(?:dai tien|di cau|ruot)|dai tien khong (?:tu chu|kiem soat)"),
    concept("saddle_numbness", "E", SADDLE,
            r"(?:te|mat cam giac) (?:\w+ ){0,3}(?:mong|vung kin|hau mon|ben|giua hai chan|bo phan sinh duc)"),
    concept("significant_trauma", "E", TRAUMA,
            r"nga (?:\w+ ){0,2}(?:tu|khoi) (?:tren )?(?:thang|mai nha|cay|tren cao|cau thang|xe|ban cong)|"
            r"tai nan (?:xe|giao thong)"),
    concept("chest_pain", "E", CHEST, r"dau (?:\w+ ){0,1}nguc|tuc nguc"),
    concept("breathing_difficulty", "E", BREATHING, r"kho tho|khong (?:the )?tho (?:duoc|noi)"),
    concept("fever_with_back_pain", "U", FEVER, r"sot|ron lanh|on lanh", r"lung|cot song"),
)

# Round sixteen: a fall told verb last, as Dutch and German put it ("Ik ben van het dak gevallen, ongeveer 4 meter":
# NHS "Back pain": a fall from a height or a road accident is an emergency).
_NL_HIGH = r"(?:dak|trap|ladder|steiger|balkon|paard|hoogte|boom|trampoline|zolder|muur)"
_DE_HIGH = r"(?:dach|leiter|treppe|geruest|gerust|balkon|pferd|baum|hohe|hoehe|mauer)"

TOLD_MORE: dict[str, tuple[LangConcept, ...]] = {
    "es": (
        concept("crisis", "C", CRISIS,
                r"(?:seria|es|sera) mejor no (?:volver a )?despertar(?:me|se)?|ojala no (?:me )?(?:despierte|"
                r"despertara|volviera a despertar)|mejor no despertar(?:me)? (?:nunca|mas|jamas)|"
                # Round sixteen: tablets kept back "for when I can't take any more" (a stash with a time).
                r"(?:guardad|ahorrad|escondid|juntad|acumulad)[oa]s (?:\w+ ){0,2}(?:pastillas|comprimidos|pildoras|"
                r"medicamentos|calmantes|pastis)(?: \w+){0,3} para cuando|(?:pastillas|comprimidos|pildoras|"
                r"medicamentos|calmantes) (?:\w+ ){0,2}(?:guardad|ahorrad|escondid|juntad|acumulad)[oa]s(?: \w+){0,3} "
                r"para cuando"),
        concept("saddle_numbness", "E", SADDLE,
                r"limpiar\w* (?:\w+ ){0,4}no (?:siento|sentia|senti|noto|notaba|note) (?:nada|casi nada)"),
        concept("bladder_problem", "E", BLADDER, r"(?:me cuesta|cuesta) (?:\w+ )?(?:orinar|hacer pis|mear)",
                r"espalda|lumbar|lumbago|columna|ciatica"),
    ),
    "de": (
        concept("crisis", "C", CRISIS,
                r"verschenkt (?:\w+ ){0,8}verabschiedet|verabschiedet (?:\w+ ){0,8}verschenkt|(?:verschenkt|"
                r"verabschiedet) (?:\w+ ){0,10}(?:alles|es) (?:ist )?(?:\w+ )?geregelt"),
        concept("significant_trauma", "E", TRAUMA,
                r"(?:gesturzt|hingefallen|ausgerutscht|hingesturzt)(?: \w+){0,14} (?:ru(?:e)?cken\w*|kreuz\w*|"
                r"wirbel\w*)|(?:ru(?:e)?cken\w*|kreuz\w*|wirbel\w*)(?: \w+){0,14} (?:gesturzt|hingefallen)|(?:gesturzt|"
                r"hingefallen)(?: \w+){0,12} kann (?:sich |er |sie )?(?:kaum|nicht) (?:mehr )?(?:bewegen|aufstehen|"
                r"gehen|laufen|stehen)",
                r"osteoporose|kortison\w*|cortison\w*|steroid\w*|[7-9]\d|1[01]\d"),
        concept("significant_trauma", "E", TRAUMA,
                r"(?:vom|von der|von einem|von einer|von|die) " + _DE_HIGH + r"(?: herunter| hinunter| runter| herab)? "
                r"(?:\w+ ){0,2}(?:gefallen|gesturzt|abgesturzt|geflogen)"),
    ),
    "nl": (
        concept("significant_trauma", "E", TRAUMA,
                r"(?:van|vanaf|uit) (?:het |de |een )?" + _NL_HIGH + r"(?: af| naar beneden)? (?:\w+ ){0,2}(?:gevallen|"
                r"gevallen|gedonderd|gestort|gevlogen)|\d+ (?:meter|m) (?:\w+ ){0,3}(?:gevallen|naar beneden)"),
    ),
    "fr": (
        # Round sixteen: self-harm told reflexively ("je me fais du mal exprès (des brûlures)"; NICE NG225), not
        # "je me suis fait mal au dos" (I hurt my back).
        concept("crisis", "C", CRISIS,
                r"je me fais du mal|(?:je me|me) (?:brule|brulais|coupe|coupais|scarifie|scarifiais|mutile)\w* "
                r"(?:\w+ ){0,3}(?:expres|volontairement|les bras|les poignets|les cuisses|la peau)|scarification\w*|"
                r"automutilation\w*"),
    ),
    "pt": (
        concept("crisis", "C", CRISIS,
                r"(?:nao aguento|nao suporto) (?:mais )?viver|(?:quero|queria|vontade de|so queria) (?:\w+ )?(?:sumir|"
                r"desaparecer) (?:para sempre|pra sempre|de vez|deste mundo|do mundo)"),
    ),
    "it": (
        # Round twenty: self-harm told reflexively in the present ("mi faccio del male", "mi brucio le braccia con
        # l'accendino"; NICE NG225), the form of the French above; not "mi sono fatto male alla schiena" (I hurt my
        # back, the perfect with "sono").
        concept("crisis", "C", CRISIS,
                r"mi faccio del male|(?:mi|io mi) (?:brucio|bruciavo|taglio|tagliavo|graffio|ferisco)\w* (?:\w+ ){0,3}"
                r"(?:apposta|di proposito|volontariamente|le braccia|il braccio|i polsi|il polso|le gambe|le cosce|la "
                r"pelle)|autolesion\w*"),
        concept("crisis", "C", CRISIS,
                r"(?:prendere|prendo|ingoiare|ingoio|mandare giu) tutte (?:le )?(?:\w+ )?(?:compresse|pastiglie|"
                r"pillole)(?: \w+){0,6} (?:insieme|in una volta|di colpo|tutte insieme)(?: \w+){0,3} (?:non (?:sento|"
                r"sentire|senta|mi sveglio|svegliarmi|mi svegli) (?:piu|niente)|morire)"),
    ),
}
