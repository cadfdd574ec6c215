"""A fall told as what happened, set aside before the warning-sign classes of `crisis_cues` are looked for (safety
round fifty-five, session 34; one import and one line in `crisis_cues`): "my dad's on the floor after falling off
the roof, he can't move his legs" was read as a crisis ("falling off" as a way of ending, "the roof" as a means: two
classes), and its emergency was lost behind the crisis text. An accident told with "after", "since", "when" or
"from" and a fall ("after falling off the roof", "since he slipped off the ladder") is the mechanism of an injury
(NICE NG41 "Spinal injury"; NHS red flags for back pain: a fall from a height), not a wish or a plan (C-SSRS asks
about thoughts of a method, not an event that happened). A wish to fall or jump ("thinking about falling off the
bridge") has no such word before it and is read as before.
"""

from __future__ import annotations

FALL_TOLD = (r"(?:after|since|from|when|while) (?:he |she |i |they |we |you |my \w+ )?(?:\w+ )?(?:falling|fell|"
             r"slipping|slipped|tumbling|tumbled|coming|came|come) (?:off|from|down)\b")
