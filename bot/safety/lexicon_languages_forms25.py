"""Red-flag and crisis lexicons in Danish, Finnish and Swahili, new with safety round forty-one (session 23, second
helper), in the form of `lexicon_languages` (patterns over `fold_words`: lower case, no accents, "ø" as "o", "æ" as
"ae", so "mærke" is "maerke", "selkään" is "selkaan"). Written from dictionaries and the national health services'
pages, **not reviewed by native speakers or a clinician**; lay words first, as in `lexicon_languages_forms23`.

The signs are those of `bot.safety.lexicon` (NHS "Back pain" and "Cauda equina syndrome", GIRFT / NHS cauda equina
symptom card: numbness when wiping after the toilet; NHS "Heart attack"): numbness around the bottom, groin or
genitals; not being able to pee, or wetting oneself without feeling it; loss of bowel control; both legs numb or
weak, or not walking; a fall from a ladder, roof, stairs or height, a road accident; chest pain or pressure; a fever
with back pain (tier U). Crisis: taking one's own life, suicide, killing oneself, wanting to die or not to live,
ending it all, self-harm by cutting, and the whole stock of tablets taken tonight or with a goodbye (C-SSRS 1-6; 988
Lifeline warning signs; NHS "Self-harm").

- Danish: Den Danske Ordbog (ordnet.dk) for the words; sundhed.dk "Lændesmerter" and "Cauda equina syndrom" for the
  signs; Livslinien for the crisis wording. "Do" (die) only after "vil", "at" or "onsker at" (English "do" is common);
  "selvmordsforebyggelse" (prevention) is not a crisis.
- Finnish: Kielitoimiston sanakirja for the words; Terveyskirjasto (Duodecim) "Alaselkäkipu" and "Cauda equina
  -oireyhtymä" for the signs; MIELI ry Kriisipuhelin for the crisis wording. "Viillellä" / "viiltely" is cutting
  oneself (a self-harm word), not "viilto" (an incision).
- Swahili: TUKI Kamusi ya Kiswahili Sanifu and the Kamusi Project for the words; Befrienders Kenya for the crisis
  wording. "Mgongo" is the back, "kiuno" the waist; "kufa ganzi" (to go numb) is no death word; "kujiua" is to kill
  oneself.
"""

from __future__ import annotations

from bot.safety import language_patterns as labels
from bot.safety.language_patterns import LangConcept, concept, lexicon_of, near

DA_BACK = r"ryg|ryggen|rygsmerter|rygont|laend\w*|lendesmerter|iskias|hekseskud"
FI_BACK = r"selka\w*|selass\w*|selast\w*|alaselk\w*|ristiselk\w*|iskias\w*"
SW_BACK = r"mgongo|mgongoni|kiuno|kiunoni|uti wa mgongo"


DANISH = lexicon_of(DA_BACK, {
    "saddle_numbness": near(r"kan ikke (?:rigtig )?maerke (?:noget|nogenting|det)|ingen folelse|folelseslos\w*|"
                            r"sovende|snurren|prikken",
                            r"skridt\w*|balder|bagdel|numse\w*|endetarm\w*|konsdel\w*|konsorgan\w*|mellem benene|"
                            r"indersiden af (?:mine )?lar\w*|torrer mig|tor mig|efter toilettet"),
    "bladder_problem": (r"kan ikke (?:tisse|lade vandet|komme af med vandet)|(?:tisset|tissede|tisser) (?:\w+ )?i "
                        r"bukserne (?:\w+ ){0,3}uden at (?:maerke|opdage|maerke det|kunne maerke)|urinretention|"
                        r"kan ikke holde (?:pa )?(?:vandet|urinen|tisset)"),
    "bowel_problem": r"kan ikke holde (?:pa )?(?:afforingen|tarmen)|afforingsinkontinens|(?:lavet|skidt) i bukserne",
    "leg_weakness_or_numbness": (r"begge (?:mine )?ben (?:\w+ ){0,2}(?:folelsesloese|folelseslose|svage|sovende|"
                                 r"lammede|snurrer|giver efter)|kan ikke (?:ga|sta|maerke mine ben|bevaege benene)"),
    "significant_trauma": (r"(?:faldt|faldet|styrtede|styrtet) (?:\w+ ){0,2}(?:ned )?(?:fra|af|ned ad) (?:en |den )?"
                           r"(?:stige|stigen|taget|trappen|trapperne|hesten|stillads\w*)|trafikulykke|bilulykke"),
    "chest_pain": r"(?:trykken|smerter?|ondt|trykke) i brystet|brystsmerter",
    "fever_with_back_pain": r"feber|kulderystelser|hoj temperatur",
    "crisis": (r"(?:tage|tager|tog) (?:mit|sit|dit) (?:eget )?liv|bega selvmord|selvmord(?!sforebyg)\w*|"
               r"(?:vil|ville|onsker at|lyst til at) (?:bare |gerne )?do\b|vil ikke (?:leve|vaere her) (?:mere|"
               r"laengere)|sla mig selv ihjel|skade mig selv|skaere i mig selv|skar i mig selv"),
})
DANISH_PAIRS = (concept("crisis", "C", labels.CRISIS,
                        r"(?:samlet|samler|gemt|gemmer|sparet op) (?:pa )?(?:alle )?(?:mine |de )?(?:\w+)?"
                        r"(?:piller|pillerne|tabletter|tabletterne)",
                        r"farvel|tak for alt|orker ikke|vil ikke mere|ingen mening|vundet"),)

FINNISH = lexicon_of(FI_BACK, {
    "saddle_numbness": near(r"tunnoton|tunnottom\w*|puutu\w*|pistel\w*|kihelm\w*|en tunne",
                            r"pakar\w*|haara\w*|peras\w*|sukupuolielim\w*|genitaal\w*|nivus\w*|reisien sisa\w*|"
                            r"kun pyyhin|pyyhkiessa"),
    "bladder_problem": (r"en (?:pysty|voi|saa) (?:virtsaamaan|pissaamaan|virtsattua|pissattua)|pissa ei tule|"
                        r"virtsaumpi|pissasin (?:\w+ )?housuun|virtsankarkailu\w*"),
    "bowel_problem": r"ulosteenkarkailu\w*|kakkasin (?:\w+ )?housuun|en pysty pidattamaan ulostetta",
    "leg_weakness_or_numbness": (r"jalat (?:\w+ ){0,3}(?:tunnottom\w*|tunnoton|heikot|heikkenee|heikkenevat|"
                                 r"halvaantu\w*|puutu\w*|ei kanna|pettavat)|molemmat jalat|molemmissa jaloissa|"
                                 r"en (?:pysty|voi) (?:kavelemaan|seisomaan)"),
    "significant_trauma": (r"(?:kaaduin|kaatui|putosin|putosi|tipuin|tippui) (?:\w+ ){0,2}(?:tikkailta|tikkaita|"
                           r"katolta|portaissa|portaita|portailta|puusta|telineilta|hevosen selasta)|"
                           r"liikenneonnettomuu\w*|auto onnettomuu\w*|kolari\w*"),
    "chest_pain": r"rintakipu\w*|kipua rinnassa|(?:puristaa|puristava tunne) (?:\w+ )?rinna\w*|rinnassa puristaa",
    "fever_with_back_pain": r"kuume\w*|vilunvar\w*|korkea lampo",
    "crisis": (r"tappaa itseni|tapan itseni|itsemurh\w*|haluan kuolla|en halua (?:enaa )?elaa|"
               r"(?:lopettaa|lopettaisin|lopetan) (?:tan|taman|tama|koko|kaiken) (?:kaiken|elaman\w*|touhun)|"
               r"lopettaa elamani|viiltel\w*|satut\w* itseani|vahingoit\w* itseani"),
})

SWAHILI = lexicon_of(SW_BACK, {
    "saddle_numbness": near(r"ganzi|sihisi|sisikii (?:kitu|chochote)",
                            r"matako|makalio|sehemu za siri|sehemu nyeti|mapaja ya ndani|kati ya miguu"),
    "bladder_problem": (r"siwezi kukojoa|(?:nashindwa|ninashindwa|kushindwa) kukojoa|mkojo (?:hautoki|umeziba)|"
                        r"(?:nimejikojolea|najikojolea|kujikojolea)"),
    "bowel_problem": r"nimejinyea|najinyea|kujinyea|siwezi kuzuia haja kubwa",
    "leg_weakness_or_numbness": (r"miguu (?:yote )?(?:miwili )?(?:imekufa ganzi|ina ganzi|ni dhaifu|haina nguvu)|"
                                 r"siwezi kutembea|siwezi kusimama"),
    "significant_trauma": (r"(?:nilianguka|alianguka|nimeanguka|ameanguka) (?:\w+ ){0,2}(?:kutoka )?(?:kwenye |juu "
                           r"ya )?(?:ngazi|paa|mti|ghorofa\w*)|ajali ya (?:gari|barabarani|pikipiki|boda)"),
    "chest_pain": r"maumivu (?:makali )?ya kifua|kifua (?:kinabana|kinauma)|kubanwa kifua",
    "fever_with_back_pain": r"homa|joto kali|kutetemeka|baridi kali",
    "crisis": (r"kujiua|nitajiua|najiua|anataka kujiua|(?:nataka|natamani|ningependa) kufa|sitaki kuishi|"
               r"kujidhuru|kujikata|nimejikata"),
})
SWAHILI_PAIRS = (concept("crisis", "C", labels.CRISIS,
                         r"(?:kumeza|kunywa|nimeze|nitameza|nitakunywa) (?:vidonge |dawa )?(?:vyote|zote)",
                         r"usiku wa leo|leo usiku|kwaheri|yaishe kabisa|nife|kufa|nimechoka na maisha"),)

FORMS25_BY_LANGUAGE: dict[str, tuple[LangConcept, ...]] = {
    "da": DANISH + DANISH_PAIRS, "fi": FINNISH, "sw": SWAHILI + SWAHILI_PAIRS,
}
