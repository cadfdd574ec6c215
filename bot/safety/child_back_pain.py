"""A child's or teenager's back pain: the articles are written about adults, so an answer about a child's back
pain opens with when a child's back pain needs a doctor (notices.CHILD_BACK_PAIN_NOTICE).

Not a triage tier: back pain is common in children and usually settles (NHS Aneurin Bevan "Move Better" children's
back-pain page: up to 70% of 10-17-year-olds have it at some point), and age alone is kept out of the triggers
(docs/SAFETY.md "Not covered on purpose"). But the children's services list signs that need a GP which the adult
pages do not lead with (an age under 6, pain lasting more than 4 weeks, pain that wakes the child or stops them
doing things), so a parent asking whether their child's back pain is a vitamin is told them first. Sources
(docs/SAFETY.md "Session 30: a child's back pain"): NHS Aneurin Bevan "Move Better" (children, low back pain); Perth
Children's Hospital pre-referral guideline "Back pain" (a younger child, especially under 6); North East and North
Cumbria Healthier Together "Back pain" (paediatric red flags: night pain, fever, weight loss, bladder or bowel change,
numbness or weakness); reference §2.2 (age under 20 among the red flags of G-care).

A child is told by an age under 18 (bot.safety.persons) or a word for a child ("my 8 year old", "our toddler", "my
teenage son", "the kids"); "my son" or "my daughter" alone may be grown up, and is not enough.
"""

from __future__ import annotations

import re

from bot.safety.lexicon import BACK_PAIN
from bot.safety.matching import Folded
from bot.safety.persons import age_populations

# Words that name a child whatever the age of the writer (matching form: lower case, punctuation dropped).
_CHILD = re.compile(r"\b(?:babies|baby|infants?|toddlers?|child|children|childs|kids?|teenagers?|teens?|"
                    r"(?:little|teenage|young|school ?age|primary school|secondary school) (?:son|daughter|boy|girl|"
                    r"one|lad|lass)|schoolbag|school bag|backpack for school|"
                    # "he's 12" (the matching form reads "he is 12"), not a weight, a size or a count
                    r"(?:he|she) is (?:only |just |now )?(?:[1-9]|1[0-7])\b(?! (?:stone|st|kg|lbs?|pounds|kilos|cm|ft|"
                    r"feet|inches|days|weeks|months|hours|minutes|percent|times)\b))\b")
# The back-pain words of the red-flag lexicon; the child's back is told as "his / her / their back" or "my son's
# back" (the matching form drops "'s"), or as back pain when the writer tells of no back of their own ("carrying my
# toddler all day makes my back ache" is the parent's back).
_BACK = re.compile(BACK_PAIN + r"|\b(?:sore|bad|stiff|achy|aching|painful) back\b")
_CHILDS_BACK = re.compile(r"\b(?:his|her|their|(?:son|daughter|boy|girl|kid|child|toddler|baby|teen|teenager|lad|"
                          r"lass|one)s?) (?:lower |upper |middle |mid )?back\b")
_OWN_BACK = re.compile(r"\b(?:my|me|mi) (?:lower |upper |middle |mid )?back\b|\bi (?:have|get|got|ve got|ve had|"
                       r"suffer from|suffer with|am getting) (?:\w+ )?(?:back ?pain|backache|a bad back)\b")
# "kid" as a verb or an idiom ("no kidding", "I kid you not"), a grown-up "child" ("my children are grown up"),
# and a writer who was once a child ("since I was a kid"): not a child now.
_NOT_A_CHILD_NOW = re.compile(r"\b(?:no kidding|kid you not|grown ?up (?:son|daughter|kids|children)|"
                              r"(?:kids|children) (?:are|have) (?:all )?(?:grown|left home|adults)|"
                              r"(?:since|when) i was (?:a )?(?:kid|child|teen|teenager|little|young|baby)|"
                              r"as a (?:kid|child|teen|teenager)|childhood)\b")


def about_a_child_back(f: Folded) -> bool:
    """Whether the folded message tells of a child's or teenager's back pain (see the module doc): a child named
    by an age under 18 or a child word, not only a grown-up one, and a back-pain phrase."""
    text = f.text
    if not _CHILDS_BACK.search(text) and (not _BACK.search(text) or _OWN_BACK.search(text)):
        return False
    if "child" in age_populations(f):
        return True
    return bool(_CHILD.search(text)) and not _NOT_A_CHILD_NOW.search(text)
