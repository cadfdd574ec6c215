"""'When should I see a doctor?' questions: the tool answers them first with its own, sourced list of the
back-pain signs that need emergency or same-day care (`SEE_DOCTOR_GUIDANCE`), clearly marked as
the tool's guidance, then with what the articles say.

Sources: NHS back pain (nhs.uk/conditions/back-pain: "See a GP if...", "Ask for an urgent GP appointment or
call 111 if...", "Call 999 or go to A&E if..."), as reproduced by https://redflagsymptoms.co.uk/back-pain ;
NICE NG59 https://www.nice.org.uk/guidance/ng59 ; NHS Gloucestershire G-care red flags
https://g-care.glos.nhs.uk/pathway/75/resource/3 .

Also: questions about back-pain red flags or warning signs in general, which the articles do not cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.safety.matching import Folded

_CARE = (r"(?:doctors?|docs?|drs?|gps?|a and e|a e|er|emergency (?:room|department)|urgent care|walk in|"
         r"111|999|911|112|physio\w*|medical (?:attention|help|advice)|appointment|hospital|someone|a professional|"
         r"seen)")
_PATTERNS = tuple(re.compile(p) for p in (
    # "when should I see a doctor", "do I need to see someone", "should I go to A&E", "is it worth going to the GP"
    # text-speak too: "when shud i c a doc 4 my back" (a newcomer, session 21)
    r"\b(?:see|c|seeing|visit|go to|going to|go|call|calling|ring|contact|book|get|need|needs|worth|wait for|"
    r"ask) (?:\w+ ){0,3}" + _CARE + r"\b",
    # "when should I worry", "when is back pain serious", "is back pain ever an emergency"
    r"\b(?:when|what point|how do i know|how can i tell|is|ever) (?:\w+ ){0,6}(?:worry|worried|serious|"
    r"emergency|urgent\w*|something worse|something serious|dangerous)\b",
    r"\b(?:red flags?|warning signs?|danger signs?|signs? (?:\w+ ){0,3}(?:urgent\w*|serious|emergency))\b",
    # a back-pain emergency named ("could cauda equina be caused by a vitamin deficiency?"): its signs are owed
    r"\bcauda equina\b",
    r"\b(?:get|have) (?:it|my back|this|them) (?:looked at|checked)\b|\bchecked (?:out|urgently)\b",
))
_BACK = re.compile(r"\b(?:backs?|backache|spine|spinal|sciatica|lumbar|neck|cauda equina)\b")
# Another part of the body named, and no back word: "When should I see a GP about heel pain?" is not asking about
# back pain (a newcomer's site on plantar fasciitis got the back-pain list). Legs stay out: leg symptoms are
# back-pain red flags.
_ELSEWHERE = re.compile(r"\b(?:heels?|foot|feet|toes?|ankles?|knees?|hips?|wrists?|hands?|fingers?|thumbs?|elbows?|"
                        r"shoulders?|arms?|eyes?|ears?|nose|teeth|tooth|gums?|mouth|throat|head|face|skin|chest|"
                        r"breasts?|stomach|tummy|bladder|bowel|heart|lungs?)\b")
_DOCTOR = re.compile(r"\b(?:doctors?|gps?|a and e|er|urgent care|999|911|112|111|appointment|medical attention|"
                     # "do I need to see someone?", "should I get it looked at?" (newcomer test, session 18)
                     r"someone|somebody|a professional|physio\w*|hospital|seen|checked|looked at)\b")


def asks_when_to_see_doctor(f: Folded, back_site: bool = False) -> bool:
    """A question about when back pain needs a doctor, urgent care or an emergency call.

    Needs a back-pain word; or, on a site about back pain (`back_site`, bot.safety.site_subject), a named kind of
    care (doctor, GP, A&E, 999...) and no other part of the body. So "can low vitamin D be serious?" and "when
    should I see a GP about heel pain?" do not get a back-pain list, nor "when should I see a doctor?" on a site
    about sleep (newcomer test, session 14).
    """
    if not any(p.search(f.text) for p in _PATTERNS):
        return False
    if _BACK.search(f.text):
        return True
    return back_site and bool(_DOCTOR.search(f.text)) and not _ELSEWHERE.search(f.text)


# The tool's own list, not the articles' (sources above); plain prose, no dose numbers, as bot.safety.notices.
SEE_DOCTOR_GUIDANCE = (
    "**When to get help for back pain** (this tool's own safety guidance, based on NHS advice; not from the "
    "articles below):\n\n"
    "- **Call 999 (UK), 911 (US) or 112 (EU), or go to A&E now** if back pain comes with numbness or tingling "
    "around your bottom, genitals or inner thighs; new problems peeing or controlling your bladder or bowels; "
    "numbness, tingling or weakness in both legs, or leg weakness that is getting worse; chest pain; or if it "
    "started after a serious fall or accident.\n"
    "- **Get a same-day GP appointment or call NHS 111** if you also have a high temperature or feel hot and "
    "shivery; weight loss you can't explain; cancer now or in the past; pain that is worse at night or does "
    "not ease with rest; or a lump, swelling or change in the shape of your back.\n"
    "- **See a GP or physiotherapist** if the pain has not improved after a few weeks of looking after "
    "yourself, stops you doing everyday things, is very bad or getting worse, or you are worried about it."
)


def about_back_pain(question: str, notices: Sequence[str]) -> str:
    """`question`, with "back pain" added when the tool's back-pain guidance (`SEE_DOCTOR_GUIDANCE`, among the
    screening's `notices`) answers it and it names no back word: "at what point do I need a GP for this?" on a
    back-pain site is then searched for what the articles say about when back pain needs a doctor, rather than
    refused for naming no topic (newcomer test, session 18). For understanding only; the answer keeps the words."""
    if SEE_DOCTOR_GUIDANCE in notices and not _BACK.search(question.casefold()):
        return f"{question} (back pain)"
    return question
