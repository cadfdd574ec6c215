"""The emergency notice for someone who has collapsed, is not responding or is not breathing (a newcomer, session 32).

`notices.EMERGENCY_MESSAGE_OTHER` ends "Don't let them drive themselves: take them, or call an ambulance" and offers
"take them to A&E": right for a carer whose father has chest pain, wrong for "my husband just collapsed and isn't
breathing", where the help is an ambulance called now and CPR started while it comes. NHS "CPR" and the Resuscitation
Council UK ("Adult basic life support", 2021): if someone is unresponsive and not breathing normally, call 999 (the
call handler will tell you what to do and where the nearest defibrillator is) and start chest compressions, hard and
fast in the middle of the chest; "hands-only" CPR if you are not trained in rescue breaths. The tier and the heading
are unchanged; only the lines under them.

Chosen for the notice worded for someone else (`someone_else.about_someone_else`) when the message tells a collapse
now or a person not breathing, not responding, unconscious or not waking (over the matching form,
`bot.safety.matching`). A writer who collapsed and writes about it keeps "Don't drive yourself".
"""

from __future__ import annotations

import re

from bot.safety import notices

_DOWN_NOW = re.compile(
    r"\b(?:(?:not|stopped|is not|has stopped|cannot hear (?:him|her|them)|no sign of (?:him|her|them)) breathing|"
    r"not breathing (?:properly|normally|right)|(?:gasping|struggling) for (?:air|breath) and (?:not|will not|is not)|"
    r"(?:not|is not|stopped) respond\w*|unresponsive|unconscious|(?:will not|cannot|can not|could not|does not) "
    r"wake(?: up)?|(?:just|has|have|has just|suddenly) collapsed|collapsed (?:and|on the floor|in the|at the|just now)|"
    r"(?:lifeless|limp and|turning blue|gone blue|lips (?:are )?blue))\b")

EMERGENCY_MESSAGE_COLLAPSE = (
    "**Please get them medical help now.** What you describe ({concerns}) needs an ambulance straight away.\n\n"
    "- Call **999** (UK), **911** (US) or **112** (EU) now and ask for an ambulance; stay on the line: the call "
    "handler will tell you what to do.\n"
    "- If they are not responding and not breathing normally, start CPR if you know how: push hard and fast in the "
    "middle of the chest, and keep going until help arrives. Ask the call handler where the nearest defibrillator "
    "is.\n"
    "- Do not wait to see whether it gets better."
)


def for_collapse(template: str, folded: str) -> str:
    """`template` (a notice worded for someone else), or the collapse notice when the matching form `folded` tells
    someone down now: collapsed, not breathing, not responding, unconscious or not waking."""
    if template is notices.EMERGENCY_MESSAGE_OTHER and _DOWN_NOW.search(folded):
        return EMERGENCY_MESSAGE_COLLAPSE
    return template
