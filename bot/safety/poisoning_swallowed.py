"""The poisoning notice for something harmful swallowed that is not tablets (a newcomer, session 32): a lice lotion or
shampoo, bleach, a cleaning or laundry product, e-cigarette liquid, a button battery, liquid medicine
(`lexicon_newcomer32`). `notices.POISONING_MESSAGE` speaks of "too many tablets or gummies" and of "the bottle or
packet"; this one names what was swallowed instead, with the same heading, calls and cautions.

Sources: NHS "Poisoning" (call 999 or go to A&E if someone has swallowed something harmful and is unwell or you are
worried; do not make them sick; take the packaging with you); NHS "Swallowed objects" and the Child Accident
Prevention Trust (a button battery swallowed: go to A&E at once, even without symptoms); America's Poison Centers
(Poison Control 1-800-222-1222); CDC "Head lice: treatment" (lice medicines are toxic when swallowed).
"""

from __future__ import annotations

from bot.safety.lexicon_newcomer32 import SWALLOWED_LABEL
from bot.safety.notices import POISONING_MESSAGE

POISONING_SWALLOWED_MESSAGE = (
    "**Treat this as an emergency, even if they seem well right now.** Lotions, shampoos, bleach and cleaning "
    "products, e-cigarette liquid, batteries and medicines can all be harmful when swallowed, especially for "
    "children, and symptoms can be delayed.\n\n"
    "- Call **999** (UK), **911** (US) or **112** (EU), or go to **A&E / the emergency room** now. "
    "In the US you can also call Poison Control on **1-800-222-1222**.\n"
    "- Take the bottle, packet or packaging with you, so the medical team can see what was swallowed.\n"
    "- Do not try to make them sick, and do not wait for symptoms to appear.\n"
    "- If this was on purpose, you can also talk to Samaritans on **116 123** (UK and Ireland) or call or "
    "text **988** (US)."
)


def poisoning_notice(labels: tuple[str, ...] | list[str]) -> str:
    """The poisoning notice for the matched poisoning concepts' `labels`: the one naming what was swallowed when that
    is all that was found, else `notices.POISONING_MESSAGE` (tablets, an overdose)."""
    return POISONING_SWALLOWED_MESSAGE if set(labels) == {SWALLOWED_LABEL} else POISONING_MESSAGE
