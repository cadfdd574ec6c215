"""What the safety texts may assume about the site for one question, on a site whose articles are not all on
its subject.

An operator who keeps a back-pain pack (`[site] subject = "Back pain & nutrient deficiencies"`) and adds articles
on other subjects (varicose veins, gallstones) would otherwise see "when should I see a doctor about varicose
veins?" answered with the tool's back-pain warning signs (newcomer test, session 26): on a back-pain site a
question naming no part of the body gets that list (bot.safety.site_subject). The topics of the titles the
subject does not describe (`pack_fit.off_subject`) are the site's foreign topics; a question naming one, or a
follow-up naming no topic after a question that did, is screened as on any health site (`ANY_SITE`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from bot.answering.pack_fit import off_subject, title_topics
from bot.ingest.concepts import health_vocabulary
from bot.safety.site_subject import ANY_SITE, SiteSubject, about_the_back


@dataclass(frozen=True)
class QuestionSubjects:
    """The site's subject facts, and the concept ids of its off-subject articles' title topics."""

    site: SiteSubject
    foreign: frozenset[str] = frozenset()

    @classmethod
    def of(cls, subject: str, titles: Iterable[str]) -> "QuestionSubjects":
        """From the pack's subject line and the article titles."""
        site = SiteSubject.of(subject)
        if not (site.pain or site.back_pain):
            return cls(site)
        titles = list(titles)
        foreign = {c.id for title in off_subject(subject, titles) for c in title_topics(title)}
        if site.back_pain:
            # "Back pain, nutrient deficiencies, gout & shingles": subjects the operator lists beside back pain are
            # not back pain ("when should I see a doctor about gout?" got the back-pain list; a newcomer, session 28).
            named = {c.id for c in health_vocabulary().find(subject)}
            foreign |= {c.id for title in titles if not about_the_back(title) for c in title_topics(title)
                        if c.id in named}
        return cls(site, frozenset(foreign))

    def for_question(self, question: object, earlier: Sequence[str] = ()) -> SiteSubject:
        """`ANY_SITE` for a question about a foreign topic (or a follow-up naming no topic after one), else the
        site's own facts."""
        if not self.foreign or not isinstance(question, str):
            return self.site
        for text in (question, *reversed(earlier[-1:])):
            named = {c.id for c in health_vocabulary().find(text)}
            if named:
                return ANY_SITE if named & self.foreign else self.site
        return self.site
