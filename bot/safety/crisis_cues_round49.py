"""Warning signs found missing in safety round forty-nine (session 30), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class), written as
frames or classes of words, not a vignette's words; patterns are over the matching form (`bot.safety.matching`: lower
case, contractions expanded, "'s" dropped: "my dad's gun" reads "my dad gun").

- MEANS: a firearm got out, taken out, laid on the table or the bed, held in the lap or the hand ("got my daddy's old
  pistol out on the table tonight", "sitting here with the rifle in my lap"): access to a lethal means (988 Lifeline
  warning signs: "obtaining a gun"; C-SSRS 6, preparatory behaviour; AFSP: firearm access). Not to clean it, for the
  range, a shoot, the season, a sale, the police or an inspection.
- MEANS: a stock of painkillers or sedatives counted in the tens, of two kinds or kept in a drawer, a box or a bag
  ("I've got 60 paracetamol and 30 co-codamol in a drawer"): collected tablets (C-SSRS 6, preparatory behaviour;
  NICE NG225, access to means). Only named painkillers and sedatives, never "tablets" or vitamins alone (a month's
  vitamin D is no means), not a prescription's remainder ("28 co-codamol left"), not for a trip or a holiday.
- MEANS: researching which medicines are deadly, lethal or fatal ("been looking up which pills are deadly if you mix
  them"): 988 Lifeline (looking for a way to kill oneself, "such as searching online or obtaining a gun": the same
  sign as the firearm).
- HOPELESS: having given up, told as a whole ("I done gave up", "I've given up. Got …", "given up on life"; the
  Southern US perfective "done"): 988 Lifeline (feeling hopeless); not "given up sugar / smoking / the gym" (an object).
- HOPELESS: the body and the self told broken together ("my back's wrecked and so am I"): despair (PHQ-9 item 2;
  Beck Hopelessness Scale), weak.
"""

from __future__ import annotations

_GUN = r"(?:gun|guns|pistol|rifle|shotgun|revolver|handgun|firearm|glock|twelve gauge|12 gauge)"
_LAID_OUT = (r"(?:out|down|loaded|on the (?:\w+ )?(?:table|bed|desk|counter|seat|sofa|couch)|in my (?:lap|hand|hands|"
             r"mouth)|next to me|beside me|by (?:the|my) bed|on my (?:lap|knee|knees))")
_NOT_CLEANING = (r"(?!(?: \w+){0,5} (?:to clean|cleaning|clean it|for (?:the )?(?:range|shoot|shooting|season|club|"
                 r"sale|inspection|police|licence|license|certificate|deer|pheasants?|ducks?|rabbits?|hunting)|"
                 r"hunting|to sell|to show)\b)")
_PAINKILLERS = (r"(?:paracetamol|co ?codamol|codamol|codeine|tramadol|morphine|oxycodone|oramorph|ibuprofen|aspirin|"
                r"naproxen|sleeping (?:pills|tablets|tabs)|sleepers|diazepam|zopiclone|amitriptyline|gabapentin|"
                r"pregabalin|painkillers|oxys?|oxycontin|percocets?|vicodin|hydrocodone|tylenol|xanax|valium|ambien|"
                r"benzos|antidepressants)")
_COUNT = r"(?:[2-9]\d|\d{3,}|a hundred|hundreds of|dozens of|a couple of hundred)"
_NOT_TRIP = r"(?!(?: \w+){0,6} (?:for (?:the|my|our) (?:holiday|trip|travels?|flight)|to take abroad)\b)"
_MEDS = (r"(?:pills|tablets|tabs|meds|medication|medicines|drugs|painkillers|capsules|" + _PAINKILLERS[3:-1] + r")")
_RESEARCH = (r"(?:looking|looked|look|searching|searched|search|googling|googled|google|researching|researched|"
             r"reading|read) (?:up )?(?:on |about |into |online )?(?:which|what|how many|how much) (?:\w+ ){0,5}"
             + _MEDS + r" (?:\w+ ){0,2}(?:are|is|would be|will be|could be|be) (?:\w+ )?(?:deadly|lethal|fatal|"
             r"enough to kill)")

ROUND49 = {
    "means": (r"(?:got|get|getting|took|taken|take|taking|pulled|brought|have|had|put|sitting with|holding|held|"
              r"loaded|laid|lay) (?:out )?(?:\w+ ){0,4}" + _GUN + r" (?:\w+ ){0,2}" + _LAID_OUT + r"\b" + _NOT_CLEANING
              + r"|(?:got|have|kept|keep|keeping|stashed|saved|stored|bought|collected|hidden|hid|sitting on) "
              r"(?:\w+ )?" + _COUNT + r" (?:\w+ )?" + _PAINKILLERS + r" (?:and (?:\w+ )?" + _COUNT + r" (?:\w+ )?"
              + _PAINKILLERS + r"|(?:\w+ ){0,2}(?:in|under|behind|inside) (?:a|the|my) (?:drawer|box|bag|tin|shoebox|"
              r"sock|safe|wardrobe|suitcase|handbag)|(?:\w+ )?(?:saved|stashed|hidden|collected|stockpiled|hoarded|put "
              r"(?:aside|away|by)|squirrelled|squirreled) ?(?:up|away)?)\b" + _NOT_TRIP + r"|" + _RESEARCH),
    "hopeless": (r"\bi (?:(?:have|had|done|just|finally|totally|completely|kinda|kind of|really|already) ){0,3}"
                 r"(?:given|gave) up(?: on (?:life|living|everything|myself|me|hope|it all|the world))?"
                 r"(?= (?:got|so|now|tonight|today|i|just|nobody|no one|completely|totally|for good|on (?:life|living|"
                 r"everything|myself|hope))\b| *$)|(?:wrecked|broken|ruined|destroyed|done|finished|falling apart|"
                 r"beyond repair|beyond help) and so am i\b"),
}
