"""Jaundice told in lay words: skin or the whites of the eyes gone yellow (tier U, same-day advice), in the form of
`bot.safety.lexicon` (over the matching form), joined in `triage.CONCEPTS`.

A newcomer (session 30) wrote "my eyes have gone yellow, I have a fever and the pain in my right side won't stop. is it
low b12?" and got a cited answer about B12 with no notice; on an operator's gallstones page the same message was
answered from the treatment section, while the article's own "see a health care provider immediately" list names
exactly these signs. Every red flag known before was a back-pain one. Jaundice is not: NHS "Jaundice" ("it can be a
sign of something serious, so you need to get urgent medical help"); NI Direct "Jaundice" ("always seek immediate
medical advice if you develop jaundice … if you have jaundice and feel unwell, speak to your GP straight away"). The
same-day notice already says to call 999 if it gets worse quickly or the person feels very unwell.

Told of the writer or someone they ask for (`gated`): "can low B12 make your skin yellow?" asks in general. Not
yellow teeth, nails, pee or sweat; not a tan, carrots or turmeric on the skin; not Gilbert's syndrome already
diagnosed (NHS "Gilbert's syndrome": no need for advice in an episode unless there are other symptoms); not jaundice
at birth or as a child long ago.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept

_YELLOW = r"(?:yellow\w*|jaundic\w*)"
_PLACE = (r"(?:(?:the )?whites? of (?:my|his|her|their|your|the) eyes|eyes|eyeballs?|skin|face|complexion|"
          r"whites? of (?:my|his|her|their|the) eyes)")

JAUNDICE_CONCEPTS: tuple[Concept, ...] = (
    Concept("jaundice", "U", "yellowing of the skin or the whites of the eyes", phrases=(
        r"\bjaundic\w*",
        # "my eyes have gone yellow", "her skin looks a bit yellow", "whites of his eyes are turning yellowish"
        r"\b(?:my|his|her|their|your|the) " + _PLACE + r" (?:\w+ ){0,4}?(?:gone|go|going|turned|turning|turn|look|"
        r"looks|looking|seem|seems|are|is|went|getting|got|become|becoming|a bit|slightly|quite|very|really) "
        r"(?:\w+ )?(?:a )?(?:bit |little |slightly |quite |very |really |kind of |sort of |pale )?" + _YELLOW,
        # "yellow eyes", "yellowing of my skin", "a yellow tinge to her skin"
        r"\b" + _YELLOW + r" (?:tinge |tint |colou?r |look )?(?:of |to |in |on )?(?:my |his |her |their |the )?"
        + _PLACE + r"\b",
    ), unless=(r"\b(?:gilbert\w*|fake tan|spray tan|tanning|sunbed|carrot\w*|turmeric|fluorescent|highlighter|"
               r"make ?up|foundation|as a (?:baby|newborn|child|kid)|when i was (?:born|a baby|little|a child|a kid)|"
               r"at birth|newborn jaundice|years ago|no (?:\w+ )?yellow\w*|not (?:\w+ )?yellow\w*|"
               r"(?:never|hasnt|has not|havent|have not|isnt|is not|arent|are not) (?:\w+ ){0,2}" + _YELLOW + r")\b")),
)
