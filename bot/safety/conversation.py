"""Red flags and medicine interactions told across messages: "Can vitamin D help back pain?" then "I also have a
fever now"; "which foods have vitamin K?" then "is that safe with my blood thinners?".

Each message is screened on its own (`screening.screen`), so a warning sign whose other half was said earlier went
unnoticed: fever is a red flag *with back pain* (docs/SAFETY.md, NICE CKS "Back pain - low (without radiculopathy)":
red flags), and a blood thinner matters *with vitamin K* (NHS "Warfarin": vitamin K in food and supplements). A
newcomer test found both answered with plain quotes. Here the current message is screened once more together with
the earlier ones, with the same gate, so the same tiers, negation and resolution rules apply ("I had a fever last
week but it's gone" stays ok). What the earlier messages already said on their own is not news: it is recalled by
`bot.safety.reminders`, and not raised again here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.safety.screening import Screening, screen
from bot.safety.site_subject import ANY_SITE, SiteSubject

_TIERS = {"ok": 0, "urgent": 1, "emergency": 2}


def with_conversation(current: Screening, earlier: Sequence[str], max_chars: int = 1000,
                      subject: SiteSubject = ANY_SITE) -> Screening:
    """`current` (the screening of the latest message) with what it adds to the `earlier` user messages (oldest
    first): the red flag of the whole conversation when that is more serious than the earlier messages' own (its
    notice then opens the answer), and the medicine-interaction notices of the whole conversation that neither
    message had alone. Unchanged when `current` is not "ok" (it has its own verdict), when there is no earlier
    message, or when the conversation adds nothing. Crisis is left to each message's own screening and
    `bot.safety.reminders`. `subject`: the site's, as for `screen`."""
    if current.status != "ok" or not earlier:
        return current
    before = screen(_joined(earlier), max_chars * (len(earlier) + 1), subject)
    together = screen(_joined([*earlier, current.question]), max_chars * (len(earlier) + 1), subject)
    if together.status in ("emergency", "urgent") and _TIERS[together.status] > _TIERS.get(before.status, 3):
        return replace(current, status=together.status, message=together.message, concerns=together.concerns,
                       retrieval_allowed=together.retrieval_allowed)
    new_medicines = tuple(m for m in together.medicines if m not in current.medicines and m not in before.medicines)
    if not new_medicines:
        return current
    added = tuple(n for n in together.notices if n not in current.notices and n not in before.notices)
    return replace(current, medicines=current.medicines + new_medicines, notices=current.notices + added)


def _joined(messages: Sequence[str]) -> str:
    """The messages as one text, each ending a sentence (so that no phrase runs across two of them)."""
    return " ".join(m.rstrip() if m.rstrip().endswith((".", "?", "!")) else f"{m.rstrip()}." for m in messages)
