"""What the safety texts may assume about the site they are shown on, read from its subject.

A health site adopting the tool drops its own articles into the corpus folder; the safety gate must not speak of
back pain on a site about sleep (newcomer test, session 14: a sleep and urology site's reader who said she felt
hopeless was told "low mood is common with long-term pain"). Most safety texts are worded for any health site
(bot.safety.notices). Two choices follow the site's subject, the domain pack's `[site] subject` (the page
header), which the answering layer passes in (`SiteSubject.of(pack.subject)`):

- `pain`: the subject names pain ("Back pain & nutrient deficiencies"): the low-mood notice speaks of living
  with pain (NICE CG91); on any other site, of health worries and long-term health conditions.
- `back_pain`: the subject names back pain or the spine: "when should I see a doctor?" with no part of the body
  named gets the tool's back-pain list (bot.safety.guidance); elsewhere only a question naming the back does.

`ANY_SITE` (neither) is what `screen` assumes when it is given no subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.notices import LOW_MOOD_NOTICE, LOW_MOOD_NOTICE_PAIN

_PAIN = re.compile(r"\b(?:pain|pains|painful|aches?|backache|headaches?|migraines?|arthritis|sciatica)\b", re.I)
_BACK_PAIN = re.compile(r"\b(?:back|backache|spine|spinal|sciatica|lumbar)\b", re.I)


@dataclass(frozen=True)
class SiteSubject:
    """The site facts the safety texts depend on (see the module docstring)."""

    pain: bool = False
    back_pain: bool = False

    @classmethod
    def of(cls, subject: str) -> "SiteSubject":
        """Read from a site's subject line ("Back pain & nutrient deficiencies" → pain and back pain)."""
        pain = bool(_PAIN.search(subject))
        return cls(pain=pain, back_pain=pain and bool(_BACK_PAIN.search(subject)))

    @property
    def low_mood_notice(self) -> str:
        """The low-mood notice worded for this site."""
        return LOW_MOOD_NOTICE_PAIN if self.pain else LOW_MOOD_NOTICE


ANY_SITE = SiteSubject()


def about_the_back(text: str) -> bool:
    """Whether `text` names the back or the spine ("Spinal Stenosis", "Sciatica"): what a back-pain site's
    subject covers beyond its own words."""
    return bool(_BACK_PAIN.search(text))
