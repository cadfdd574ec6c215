"""Ordinary questions the learned crisis check misreads: getting over an operation, an anaesthetic or an illness.

Session 26 found that "how long does it take to get over the keyhole op?" scored 0.984 on the crisis check
(bot/safety/semantic.py), "im scared of being put to sleep for the op" 0.97 and "what if i dont wake up from the
anaesthetic" 0.92: "getting over" something, not waking up and being "put to sleep" sit close to the crisis vignettes
in the sentence embedding. In a health FAQ these are the questions every surgery leaflet answers (NHS "Recovering
from an operation", "General anaesthesia", "Having an operation: going home"; Royal College of Anaesthetists, "You
and your anaesthetic" and "Anaesthesia explained", which name the fear of not waking up and of waking during the
operation as the commonest worries). Such a sentence or clause is set aside like an idiom (`semantic.idiom_free`),
as `crisis_ordinary` sets aside stopping a treatment: it never brings the support line by itself, while a crisis
sentence beside it still does. The kinds (each needs an operation, a procedure, an anaesthetic, an injury or an
illness named in the same clause, except the time-course question about "it"):

- RECOVERY: recovering, recovery (time), getting over (Oxford English Dictionary, "get over": to recover from an
  illness), healing, getting better, being "back on my feet" or "back to normal", an anaesthetic wearing off.
- TIME COURSE: "how long does it take (kids) to get over it", "how long will it hurt / be sore": how long a named
  thing lasts, the question the clause before it names (NHS "Recovering from an operation": how long pain lasts).
- ANAESTHETIC: being "put to sleep" or "going under" for an operation (Collins, "put to sleep": to anaesthetise);
  waking up during, from or after one, asked or feared ("what if i dont wake up", "will i wake up during it").
- GOING HOME: being collected, sent home, discharged or kept overnight after an operation (NHS "Day surgery": someone
  must take you home and stay with you).
- WOUND CARE: stitches, a scar, a wound, a drain or a dressing asked about.

A clause is kept for the check when it holds a warning sign of `crisis_cues` or turns towards a life (`_TOWARDS_A_LIFE`:
dying, killing, suicide, "for good", "my life", "myself", wrists, a razor or a blade, a stock taken "all at once",
"where I'm going", a wish or a hope): "i hope the op kills me", "i dont want to wake up after the op", "get over
wanting to die" and "i want the anaesthetic to put me to sleep for good" are still judged. Not waking up is set aside
only when it is asked or feared ("what if", "scared", "how rare"), never when it is wanted, hoped or stated.
Patterns are written over the matching form (`bot.safety.matching`: lower case, contractions expanded, no
punctuation).
"""

from __future__ import annotations

import re

from bot.safety.crisis_cues import warning_signs

# An operation or procedure, by name or by its lay and Latin word endings ("lap chole", "hysterectomy", "arthroscopy",
# "the keyhole job"); an injury or an illness one gets over (glandular fever, covid, a chest infection, a broken wrist).
_PROCEDURE = ("op ops opp operation operations operated operashun oparation surgery surgeries surgical surgeon surgary "
              "surgury procedure procedures keyhole laparoscop\\w* lapraskop\\w* lap_chole day_case anaesthetic "
              "anesthetic anaesthesia anesthesia anaesthetist general spinal epidural sedation c_section caesarean "
              "cesarean section \\w+ectomy \\w+otomy \\w+oscopy \\w+plasty \\w+pexy replacement repair removal removed "
              "transplant bypass stent extraction implant graft stripped stripping release grommets biopsy chemo "
              "chemotherapy radiotherapy treatment stitches sutures staples scar scars wound incision drain dressing "
              "plaster cast fracture\\w* broken_\\w+ sprain\\w*").split() + [
    r"(?:had|having|have|has|get|getting|got|gets) (?:my |your |his |her |their |the )?(?:\w+ ){1,2}(?:out|removed)"]
_ILLNESS = ("illness ill flu influenza covid cold virus bug infection fever disease pneumonia sickness glandular "
            "shingles chickenpox measles mono tonsillitis \\w+itis having_a_baby birth labour labor pregnancy").split()
_NAMED = re.compile(r"\b(?:" + "|".join(w.replace("_", " ") for w in _PROCEDURE + _ILLNESS) + r")\b")

_RECOVERY = re.compile(r"\b(?:recover\w*|recovry|recuperat\w*|convalesc\w*|(?:get|getting|got|gotten|gets) "
                       r"(?:over|ower)|heal|heals|healed|healing|heal up|get better|getting better|back on (?:my|your|"
                       r"his|her|their|our) feet|back to normal|back to work|(?:wear|wears|wearing) off|be off my "
                       r"feet|rest is needed|off work)\b")
# "how long does it take (kids) to get over it", "how long will it hurt": the time course of what the message named.
_TIME_COURSE = re.compile(r"\bhow (?:long|soon|many (?:days|weeks|months)) (?:\w+ ){0,4}(?:to |till |until |before )?"
                          r"(?:get over|recover from|heal from|get better from|shake off) (?:it|this|that)\b|"
                          r"\bhow long (?:will|does|would|do|is|can) (?:it|this|that|the pain|they) (?:still |usually |"
                          r"normally )?(?:hurt|ache|be sore|be painful|sting|throb|swell|be swollen|bleed|last|take to "
                          r"heal)\b")
_ANAESTHETIC = re.compile(r"\b(?:put|putting|puts|being put|be put|get put|go|going|goes|gone|went) (?:me |him |her "
                          r"|them |you )?(?:to sleep|under)\b|\b(?:wake|waking|woke|wakes) up (?:\w+ )?(?:during|from|"
                          r"after|in the middle of|halfway through|before the end of)\b")
_WAKE_NOT = re.compile(r"\b(?:not|never|fail to|do not|will not|does not) (?:\w+ )?(?:wake|waking|woke) up\b")
# Asked or feared, not wanted: the worry every anaesthetic leaflet answers.
_FEARED = re.compile(r"\b(?:what if|scared|afraid|frightened|terrified|worried|worry|worrying|nervous|anxious|panick"
                     r"\w*|fear|chance|chances|risk|risks|rare|common|likely|possible|happen|happens|ever)\b|"
                     r"^(?:(?:so|and|but|ok|okay|also) )*(?:will|would|could|can|do|does|is|what|how)\b")
_PERSON = r"(?:me|him|her|them|you)"
_GOING_HOME = re.compile(rf"\b(?:collect\w*|pick {_PERSON} up|picked up|(?:drive|take|send) {_PERSON} home|go home|"
                         rf"going home|goes home|sent home|discharged?|let {_PERSON} (?:go|home)|stay overnight|"
                         r"stay in|kept in|in hospital|back from (?:the )?hospital|come back from)\b")
_WOUND = re.compile(r"\b(?:stitches|sutures|staples|scar|scars|wound|incision|drain|dressing|dressings)\b")
_ASKED = re.compile(r"^(?:(?:so|and|but|ok|okay|also|hiya|hi|wee question|quick question) )*(?:is|are|would|will|was|"
                    r"how|what|when|where|why|does|do|did|can|could|should|shall|must|may|any)\b")

# What turns a clause of this kind towards a life: death, killing, suicide, harm to oneself, a stock taken all at once,
# never waking wished for or stated, a goodbye, a place one is going, a wish or a hope ("i hope the op kills me").
_TOWARDS_A_LIFE = re.compile(r"\b(?:" + "|".join(w.replace("_", " ") for w in (
    "die dies died dying dead death kill kills killed killing suicid\\w* end_it ending_it end_it_all end_everything "
    "my_life alive living not_be_here be_here anymore any_more myself razors? blades? overdos\\w* for_good "
    "forever for_ever never_wake goodbye letters better_off the_point no_point where_i_am_going wish wished wishing "
    "hope hoped hoping pray\\w* want wants wanted wanting rather all_at_once them_all all_of_them saved saving "
    "stash\\w* hoard\\w* cutting burning harm harming harmed give_up giving_up done_with cannot_go_on tired_of "
    "end_of_me").split()) + r"|(?:cut|slit|slash\w*|open) (?:\w+ )?wrists?|never (?:\w+ )?(?:get over|recover|"
    r"get better|heal))\b")


def tells_of_an_operation_or_recovery(folded: str, raw: str = "") -> bool:
    """Whether `folded` (one sentence or clause, matching form; `raw`: the same as typed, for its question mark) only
    asks about or tells of recovering from an operation, an anaesthetic, an injury or an illness, being put to sleep or
    waking from one, going home after it, or its stitches and scars, holding nothing of a crisis. "how long does it
    take to get over the keyhole op" → True; "what if i dont wake up from the anaesthetic" → True; "i dont want to
    wake up after the op" → False; "how long does it take to get over wanting to die" → False."""
    text = folded.strip()
    if not text or _TOWARDS_A_LIFE.search(text):
        return False
    named = _NAMED.search(text) is not None
    feared = bool(_FEARED.search(text))
    if _WAKE_NOT.search(text) and not (feared and named):
        return False
    # "how long will it hurt" holds the question "will it hurt" of a method, and "what if i do not wake up from the
    # anaesthetic" the wording "not wake up": both are taken out before the warning signs are looked for, as
    # `crisis_ordinary` takes out a side effect's "me". Any other sign in the clause keeps it judged.
    rest = _TIME_COURSE.sub(" ", text)
    rest = _WAKE_NOT.sub(" ", rest) if feared and named else rest
    if warning_signs(rest):
        return False
    if _TIME_COURSE.search(text):
        return True
    asked = raw.rstrip().endswith("?") or bool(_ASKED.search(text))
    return named and bool(_RECOVERY.search(text) or _ANAESTHETIC.search(text) or _GOING_HOME.search(text)
                          or (asked and _WOUND.search(text)))
