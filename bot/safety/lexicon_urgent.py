"""Back-pain concepts of the urgent tier (U: same-day GP, NHS 111 or urgent care), in the form of
`bot.safety.lexicon` (which holds the Concept class, the word classes, the emergency-tier back-pain concepts
and the sources). NHS back-pain urgent list; NHS Gloucestershire G-care red flags; Verhagen et al. 2016.
"""

from __future__ import annotations

from bot.safety.lexicon import BACK_PAIN, NORMAL_FUNCTION, Concept
from bot.safety.resolved_round43 import FAMILY_CANCER

# Peeing more often with its everyday cause said: a lot more to drink (round seven: "getting up to pee twice a
# night since I started drinking 3 litres of water"). Frequency alone is not on the NHS back-pain lists; a message
# that also says little comes out, it burns or stings, blood, numbness, leaking or a fever keeps the flag.
_OFTEN = (r"(?:(?:up|getting up|get up|got up|go|going|need\w*) to (?:pee|wee)|peeing|weeing|(?:pee|wee)\w* "
          r"(?:a lot|loads|more|all the time)|toilet)")
_DRINKING = r"(?:drink\w*|drank) (?:\w+ ){0,4}(?:water|fluids?|litres?|liters?|tea|coffee|squash|bottles?)"
EVERYDAY_FREQUENCY = (r"^(?!.*\b(?:nothing|barely|hardly|dribbl\w*|trickl\w*|burn\w*|sting\w*|blood\w*|cannot|can not|"
                      r"could not|numb\w*|leak\w*|wet|fever\w*|temperature|hurts? (?:when|to))\b).*?(?:"
                      + _OFTEN + r"(?: \w+){0,12} " + _DRINKING + "|" + _DRINKING + r"(?: \w+){0,12} " + _OFTEN
                      + r")\b")

# "Dying / bursting / desperate for a wee": the ordinary urge to go, said as an idiom (round ten), unless the message
# also says little or nothing comes out, it burns, or there is numbness, leaking or blood.
URGE_IDIOM = (r"^(?!.*\b(?:nothing|barely|hardly|dribbl\w*|trickl\w*|burn\w*|sting\w*|blood\w*|cannot|can not|"
              r"could not|numb\w*|leak\w*|wet|fever\w*|temperature)\b).*\b(?:dying|bursting|busting|desperate|"
              r"gasping) for (?:a |the )?(?:wee|pee|piss|slash|loo|toilet|bathroom)\b")
# A fever that is someone else's (a child, a partner) and not the writer's (round ten: "little one had a temperature
# last week, she's right as rain now. My back's sore from carrying her"): not fever *with* back pain.
OTHERS_FEVER = (r"^(?=.*\bmy (?:\w+ )?back\b)(?!.*\b(?:his|her|their) (?:\w+ )?back\b)"
                r"(?!.*\b(?:me too|so do i|so have i|both of us|we both|we all|i (?:\w+ ){0,3}(?:fever\w*|temperature|"
                r"chills|shiver\w*|sweats|burning up))\b).*\b(?:son|daughter|husband|wife|partner|kids?|child|children|"
                r"baby|little one|toddler|he|she|they|mum|mom|dad|boyfriend|girlfriend|grandson|granddaughter|brother|"
                r"sister) (?:\w+ ){0,2}(?:had|has|have|got|running|ran|with|caught) (?:a |the )?(?:high )?(?:fever|"
                r"temperature)")
# Round fifteen: night sweats the writer says are the menopause's (NHS "Menopause": hot flushes and night sweats are
# its commonest symptoms), with no fever, temperature or chills also told.
MENOPAUSE_SWEATS = (r"^(?!.*\b(?:fever\w*|temperature|chills|shiver\w*|rigou?rs|burning up)\b)(?=.*\b(?:menopaus\w*|"
                    r"perimenopaus\w*|hrt|hot flush\w*|hot flash\w*)\b).*\b(?:night sweats|sweats|sweating)\b")
# Round fifteen: a temperature told as a number, 38 C or more, or 100.4 F or more (NHS "High temperature (fever) in
# adults": 38C or above), and a surgical wound that is red, oozing or has pus after an operation on the back (NICE
# NG125 "Surgical site infections": redness, discharge, pus, fever; spinal surgery infection is urgent).
HIGH_TEMPERATURE = (r"(?:temperature|fever) (?:is |was |of |at |around |about |reading |reached |hit |up to |has been |"
                    r"been )?(?:over |above )?(?:3[89]|4[0-2]|10[0-5])\b(?! (?:weeks?|days?|years?|kg|mg))")
# Session 22: a temperature told as a number under 38 C (or 100.4 F), with no fever word, chills or other infection
# risk, is no fever (NHS "High temperature (fever) in adults": 38C or above): "a temperature of 37.6 after my jab".
_BELOW_FEVER = (r"^(?!.*\b(?:fever\w*|chills|shiver\w*|rigou?rs|sweats|sweating|burning up|hot and cold|inject\w*|"
                r"chemo\w*|immunosuppress\w*|infection|(?:temperature|temp) (?:\w+ ){0,3}(?:3[89]|4[0-2]|10[0-5])|"
                r"(?:3[89]|4[0-2]) \d|(?:3[89]|4[0-2]|10[0-5]) ?(?:c|f|degrees|celsius|fahrenheit))\b)"
                r"(?=.*\b(?:temperature|temp) (?:is |was |of |at |around |about |reading |up to |has been |been )?"
                r"(?:3[5-7]|9[5-9])\b)")
_OPERATION = (r"(?:operation|surgery|op|discectomy|microdiscectomy|laminectomy|fusion|decompression|spinal surgery|"
              r"back surgery|kyphoplasty|vertebroplasty)")
_SPINAL_NEEDLE = (r"epidural|spinal (?:injection|block|tap|an(?:a)?esthetic|anaesthesia|anesthesia)|lumbar puncture|"
                  r"nerve root (?:block|injection)|facet (?:joint )?injection")
_WOUND_INFECTED = (r"(?:wound|scar|incision|stitches|staples|cut) (?:\w+ ){0,3}(?:red|oozing|leaking|weeping|pus|"
                   r"hot|swollen|smells|smelly|opening|opened up|infected)\b")

# Round twenty: the back said to be fine ("back is fine", "no back pain"): the back word of the message is not a pain,
# so the safety net for back pain with a pelvic word has nothing to net (the specific cauda equina signs still fire).
BACK_FINE = (r"(?:back|spine) (?:is|feels|has been|s|itself is) (?:totally |completely |perfectly |absolutely |"
             r"actually )?(?:fine|ok|okay|good|great|normal|not (?:sore|painful|hurting|a problem))|"
             r"no back ?(?:pain|ache)")

# Newcomer test, session 11: cancer feared or asked about, not had ("I'm worried my back pain is cancer", "could my
# back pain be a tumour?") is no history of cancer (NICE CKS "Back pain - low": the red flag is a past history of
# cancer); the notice would tell the writer something false about themselves. Any word of having had one keeps it.
_HAD_CANCER = (r"(?:had|have|has|having|got|diagnosed|treated|treatment|survivor|remission|chemo\w*|radiotherapy|"
               r"oncolog\w*|mastectomy|metasta\w*|secondaries|spread|my (?:\w+ )?(?:cancer|tumou?r)|(?:his|her|their) "
               r"(?:\w+ )?(?:cancer|tumou?r))")
FEARED_CANCER = (r"^(?!.*\b" + _HAD_CANCER + r"\b)(?=.*\b(?:is|be|being|it is|like|as|mean|means|sign of|signs of|"
                 r"symptom of|caused by|due to|worried about|scared of|afraid of|fear|fears|feared|rule out|ruled out|"
                 r"check for|test for|tests for|"
                 # cancer asked about as an effect ("can low vitamin D cause cancer?", "does it prevent cancer?"),
                 # then "when should I see a doctor? does it cause back pain?" (a newcomer's conversation, session 30)
                 r"cause|causes|causing|give you|prevent\w*|protect\w* (?:you )?against|risk of|risks of|linked to|"
                 r"link(?:ed)? (?:with|between)|fight\w*) (?:\w+ ){0,4}(?:cancer|tumou?r|malignan\w*)\b)")

_PELVIC = (r"bladder|bowels?|groin|genitals?|genital area|privates|private parts|crotch|perineum|saddle|anus|"
           r"back passage|rectum|incontinen\w*|urin\w*|pee|peeing|wee|weeing|erection|down there|"
           r"between (?:my|his|her) legs")
# Round twenty-eight: "my dad had bowel cancer" names an organ, not a symptom of the writer's; when every pelvic word
# is the name of a cancer or its screening, the safety net has nothing to catch (a history of cancer in the writer
# is `cancer_history`'s).
_ONLY_A_CANCER = r"^(?!.*\b(?:" + _PELVIC + r")\b(?! (?:cancer|tumou?rs?|screening|polyps?)\b))"
# Round thirty-two: "the saddle was rock hard" after a bike ride is the seat; with a riding word, the saddle counts only
# beside numbness, tingling or another pelvic word ("numb in the saddle area after my ride" keeps the net).
_SEAT = (r"^(?=.*\b(?:bike|bicycle|cycl\w*|ride|rides|riding|rode|horse|pony|spin class)\b)(?!.*\b(?:numb\w*|tingl\w*|"
         + _PELVIC.replace("saddle|", "") + r")\b)")
# Round twenty-eight: a cancer scare that turned out benign or all clear, with no cancer had, is no history of cancer.
_SCARE_CLEARED = (r"^(?!.*\b(?:chemo\w*|radiotherapy|remission|oncolog\w*|metasta\w*|secondaries|survivor|"
                  r"malignan\w*)\b)(?!.*\b(?:had|have|has|got|diagnosed with|treated for) (?:\w+ ){0,2}cancer\b"
                  r"(?! scare))(?=.*\bcancer scare\b(?: \w+){0,12} (?:benign|all clear|not cancer|nothing|negative|"
                  r"harmless|non ?cancerous|clear)\b)")

# Session 22: night pain tied to one bed, with the writer's own bed said to be fine ("only worse when I sleep on the
# sofa bed at my mum's, on my own mattress it's fine"): pain that changes with where one lies is mechanical (NICE CKS
# "Back pain - low (without radiculopathy)": the red flag is non-mechanical night pain; `resolved._BED`). Any other
# sign (fever, sweats, weight, numbness, weakness, cancer, bladder, bowels, "any bed") keeps the flag.
_BEDS = r"(?:mattress|bed|sofa bed|sofa|couch|camp bed|futon|air bed|pillow)"
_ONE_BED = (r"^(?!.*\b(?:fever\w*|sweats|weight|numb\w*|weak\w*|cancer|bladder|bowels?|(?:every|any|whatever) "
            r"(?:bed|position|mattress)|no matter)\b)(?=.*\b(?:when|if|whenever) i (?:sleep|slept|lie|stay) (?:on|in) "
            r"(?:\w+ ){0,4}" + _BEDS + r"\b)(?=.*\b(?:on|in) (?:my|our|a|the) (?:own |new |other |usual |normal )?"
            r"(?:\w+ )?" + _BEDS + r" (?:\w+ ){0,3}(?:it is|is|i am|back is|feels?|i sleep) (?:fine|ok|okay|great|good|"
            r"no problem)\b)")

URGENT_BACK_PAIN_CONCEPTS: tuple[Concept, ...] = (
    # Safety net for cauda equina wording the specific patterns above miss: back pain together with any
    # bladder, bowel or genital word in a personal message gets same-day advice at least.
    Concept("back_pain_with_pelvic_symptoms", "U", "back pain with bladder, bowel or groin symptoms",
            requires=(BACK_PAIN,),
            unless=(NORMAL_FUNCTION + "|" + EVERYDAY_FREQUENCY + "|" + URGE_IDIOM + "|" + BACK_FINE + "|"
                    + _ONLY_A_CANCER + "|" + _SEAT),
            phrases=(
        _PELVIC,
    )),
    # Not when the back is said to be fine ("had a fever a month ago, totally recovered, my back's fine": round nine).
    Concept("fever_with_back_pain", "U", "a fever or infection risk with back pain", requires=(BACK_PAIN,),
            unless=OTHERS_FEVER + "|" + MENOPAUSE_SWEATS + "|" + _BELOW_FEVER + r"|"
                   r"^(?!.*\b(?:back ?pain|backache|back (?:hurts|aches|is killing|is sore|is agony)|"
                   r"agony|sciatica))"
                   r".*\b(?:my|his|her) back (?:is |has been |feels |s )?(?:fine|ok|okay|alright|all right|good|great)"
                   r"\b(?!(?: \w+){0,4} (?:until|till|but|except|apart|now))", phrases=(
        HIGH_TEMPERATURE,
        r"fever\w*|high temperature|(?:a|got a|have a|running a) temperature|temperature of|hot and cold|hot then cold|"
        r"chills|shivering|shivers|shivery|rigou?rs|night sweats|sweating at night|sweats|burning up",
        # "I inject" said alone is injecting drug use (round eleven); not insulin, B12 or another named medicine.
        r"inject\w* (?:drugs|heroin)|i inject\b(?! (?:\w+ )?(?:insulin|b12|b 12|vitamin\w*|testosterone|hormones?|"
        r"semaglutide|ozempic|wegovy|mounjaro|methotrexate|heparin|clexane|fragmin|humira|enbrel|fertility|myself|"
        r"my|it|them|the|a|an|into|at)\b)|iv drugs?|intravenous drug|immunosuppress\w*|weak immune|(?:on|having|had) "
        r"chemo\w*|recent (?:\w+ )?infection|"   # steroids alone: lexicon_fragility (bones and infection)
        r"had an infection|kidney infection",
    )),
    Concept("fever_with_back_pain", "U", "a fever or infection risk with back pain", requires=(_OPERATION,),
            unless=r"\b(?:healed|no (?:fever|temperature|redness))\b", phrases=(HIGH_TEMPERATURE, _WOUND_INFECTED)),
    # Session 22: a fever, or the needle's spot red, hot or swollen, after an epidural or another injection into the
    # spine, told without the word "back" ("pain right where the needle went in"): a spinal epidural abscess (OAA
    # "Epidural information card": fever, back pain or redness at the site after an epidural, get help at once;
    # NHS "Epidural"). Not years after it, nor with no fever or redness said.
    Concept("fever_with_back_pain", "U", "a fever or infection risk with back pain", requires=(_SPINAL_NEEDLE,),
            unless=r"\b(?:years? ago|decades? ago|no (?:fever|temperature|redness))\b", phrases=(
        HIGH_TEMPERATURE, r"fever\w*|high temperature|(?:a|got a|have a|running a) temperature|chills|shivering|"
        r"rigou?rs|burning up|(?:spot|site|area|place|needle|went in|injection|puncture|epidural) (?:\w+ ){0,4}"
        r"(?:red|hot|swollen|oozing|pus)\b",
    )),
    Concept("weight_loss", "U", "weight loss you can't explain", phrases=(
        r"(?:lost|losing|lose|lots of|dropped|dropping|shed|loss of) (?:\w+ ){0,4}(?:weight|pounds|lbs|kg|kilos?|"
        r"stone|st)\b(?: \w+){0,5} (?:without (?:trying|dieting|meaning to|changing)|for no (?:\w+ )?reason|not "
        r"(?:trying|dieting|on a diet)|unintentional\w*|unexplained|do not know why|no idea why|on its own)",
        r"(?:unexplained|unintentional|unintended|sudden|rapid|unexpected) (?:\w+ )?weight loss",
        r"weight (?:\w+ )?(?:falling|dropping) off|(?:clothes|trousers|jeans|belt|dress|skirt|shirts?) (?:are |have |"
        r"keep )?(?:\w+ )?(?:loose|looser|falling off|hanging off|too big)",
    )),
    Concept("weight_loss", "U", "weight loss you can't explain", requires=(BACK_PAIN,), phrases=(
        r"(?:lost|losing|dropped|dropping|shed) (?:\w+ ){0,3}(?:weight|pounds|lbs|kg|kilos?|stone)\b|weight loss",
    ), unless=(r"(?<!without )(?<!not )(?:trying|want|wanting|need|needing|plan|planning|hoping|aiming) to lose|"
               r"on purpose|"
               r"(?<!not )(?:on a diet|dieting)|slimming|for weight loss|calorie")),
    # A relative's cancer "in her spine" with no pain anywhere in the message is family history, not back pain with
    # a history of cancer (round eleven: the back word was the cancer's place, not the writer's pain).
    Concept("cancer_history", "U", "back pain with a history of cancer", requires=(BACK_PAIN,), unless=(
        _SCARE_CLEARED + r"|"
        r"^(?!.*\b(?:pain\w*|hurt\w*|ache\w*|aching|sore|killing|agony|throbb\w*|stiff\w*|twinge\w*)\b)(?=.*\b(?:aunt|"
        r"auntie|uncle|mum|mom|mother|dad|father|gran\w*|grand\w*|nan|nana|sister|brother|cousin|friend|neighbou?r|"
        r"wife|husband|partner|son|daughter)s? (?:\w+ ){0,2}(?:had|has|died|was diagnosed|battled|beat|got)\b)|"
        # "Breast cancer is on my mum's side ... never had cancer myself" (round thirteen): family history only.
        r"\bnever (?:\w+ )?had (?:\w+ ){0,2}cancer\b(?! (?:before|until))|"
        # Round fourteen: a relative's cancer with nothing saying the writer had one ("My mum had bone cancer, so I
        # worry ... I'm 34 with a stiff back"): family history, whatever the back is doing (NICE CKS "Back pain -
        # low (without radiculopathy)": the red flag is a past history of cancer in the person).
        r"^(?!.*\b(?:i|i am|i have|i had|i was|me|myself|survivor|remission|oncolog\w*|chemo\w*|radiotherapy|"
        r"my (?:\w+ )?(?:cancer|tumou?r|scan|oncolog\w*))\b(?: \w+){0,3} (?:cancer|tumou?r|chemo\w*|radiotherapy|"
        r"remission|oncolog\w*)\b)(?!.*\b(?:survivor|in remission|my (?:\w+ )?cancer)\b)"
        # ... and the back that hurts is not the relative's ("my grandad had prostate cancer and now his back hurts").
        # Round twenty: "spread to her spine" is where the cancer was, not a pain of hers; "turned out to be a tumour".
        # Session 19: nor are the relative's own leg signs ("his feet feel numb"): then the relative is the patient.
        r"(?!.*\b(?:(?:his|her|their) (?:\w+ )?(?:back|spine|hips?|ribs?) (?:\w+ )?(?:hurt\w*|aches?|aching|is sore|"
        r"pain\w*|is killing|is agony)|(?:his|her|their) (?:\w+ )?pain|(?:he|she|they) (?:\w+ ){0,3}(?:pain|"
        r"hurt\w*|aches?|aching|sore)|(?:his|her|their) (?:legs?|feet|foot) (?:\w+ ){0,3}(?:heavy|numb\w*|weak\w*|"
        r"clumsy|giving way|tingl\w*)|(?:he|she) is (?:a bit |very |quite )?(?:wobbly|unsteady|clumsy)|"
        r"and (?:\w+ ){0,2}(?:has|have|had|got|is having|started|getting|gets) "
        r"(?:\w+ ){0,3}(?:back|"
        r"spine|hip|rib)s? ?(?:pain|ache))\b)(?=.*\b(?:aunt|auntie|uncle|mum|mom|"
        r"mother|dad|father|gran\w*|grand\w*|nan|nana|sister|brother|cousin|friend|neighbou?r|wife|husband|partner|"
        r"son|daughter)s? (?:\w+ ){0,2}(?:had|has|died of|was diagnosed with|battled|beat|got|turned out to be)\b"
        r"(?: \w+){0,3} "
        r"(?:cancer|tumou?r|leuk\w*|lymphoma|myeloma|melanoma)\b)|"
        # Round sixteen: whether a symptom is "a sign of cancer" asked in general, with no cancer of the writer's
        # ("Is back pain at night always a sign of cancer? Asking in general"): a question, not a history of cancer.
        r"^(?!.*\b(?:i|i have|i had|i was|me|my|survivor|remission|oncolog\w*|chemo\w*|radiotherapy|diagnosed)\b"
        r"(?: \w+){0,3} (?:cancer|tumou?r|chemo\w*|radiotherapy|remission)\b)"
        r"(?=.*\b(?:a |the )?(?:sign|symptom|warning sign|red flag|signs|symptoms)s? (?:of|for) (?:\w+ )?cancer\b)|"
        # The pain already looked into: a scan of it that was clear, nothing new since (round fourteen).
        r"(?:scann\w*|scans?|mri|x ?rays?|ct) (?:\w+ ){0,10}(?:was|were|came back|showed|is|all) (?:all )?(?:clear|"
        r"normal|fine)\b(?!.*\b(?:but|however|since then|new|worse|different)\b)|" + FEARED_CANCER
        + r"|" + FAMILY_CANCER),   # a relative's cancer, or one that runs in the family (session 25)
            phrases=(
        r"cancer|tumou?rs?|metasta\w*|secondaries|in remission|chemo\w*|radiotherapy|leuk(?:a)?emia|lymphoma|"
        r"myeloma|carcinoma|sarcoma|melanoma|oncolog\w*|mastectomy",
    )),
    # Night or rest pain (reference §2.2, tier U; NHS back pain: "does not improve after resting or is worse at
    # night"; NICE CKS: "non-mechanical pain … at night"). A newcomer's "it wakes me up at nite" got no advice.
    Concept("night_or_rest_pain", "U", "back pain that is worse at night or does not ease with rest",
            requires=(BACK_PAIN,), unless=_ONE_BED, phrases=(
        # the pain (or "it") is what wakes: "the baby wakes me up at night and my back aches" is not night pain
        r"(?:it|pain|ache|aching|back|spine|this|that|which|agony|throbbing) (?:\w+ ){0,2}(?:wakes?|waking|woke|wake) "
        r"(?:me|him|her|them) (?:\w+ ){0,2}(?:up|at (?:night|nite)|in the night)|(?:it|pain|ache|back|this|that|"
        r"which) (?:\w+ ){0,2}(?:keeps?|keeping|kept) (?:me|him|her|them) (?:up|awake) (?:\w+ ){0,2}(?:at )?(?:night|"
        r"nite)s?",
        r"(?:worse|worst|bad|unbearable|agony|agonising|agonizing|terrible|awful|excruciating|hurts?|hurting|aches?|"
        r"aching|painful|sore|throbs?|throbbing) (?:\w+ ){0,2}(?:more |most )?(?:at (?:night|nite)|in the night|"
        r"during the night|overnight)",
        r"(?:does not|do not|did not|will not|never|nothing|no) (?:\w+ ){0,2}(?:ease|eases|settle|settles|improve|"
        r"improves|let up|lets up|go away|goes away|get better|gets better|help|helps) (?:\w+ ){0,3}(?:with|when|"
        r"even when|even with|even if) (?:i |he |she |they )?(?:\w+ )?(?:rest|resting|rested|lie|lying|laying|"
        r"lay) ?(?:down|still|flat)?",
    )),
    Concept("leg_weakness", "U", "weakness or numbness in the legs", window=4, near=(
        (r"(?:my|his|her|their) legs", r"(?:weak\w*|numb\w*)"),
    ), phrases=(
        # Session 17: a second word before it ("legs feel heavy and weak"), as heavy legs go with weakness in
        # spinal cord compression (NICE NG234, "Spinal metastases and metastatic spinal cord compression").
        r"legs (?:feel|felt|are|were|have been|going|gone|went) (?:\w+ )?(?:heavy|numb|wobbly|jelly) and "
        r"(?:weak\w*|numb\w*)",
    ), unless=r"after (?:the |a |my )?(?:gym|exercise|exercising|running|run|workout|training|long walk|walk)"),
)
# The history-of-cancer concept, for the emergency shape built on it (`lexicon_fragility`: cancer with new leg signs).
CANCER_HISTORY = next(c for c in URGENT_BACK_PAIN_CONCEPTS if c.name == "cancer_history")
