"""Warning signs found missing in safety round forty-seven (session 28), for the classes of `bot.safety.crisis_cues`
(joined in `bot.safety.crisis_cues_amounts`). Each is weak (a crisis only with a second, different class) except the
self-harm frame (a class that is a crisis alone, as before), written as frames or classes of words, not a vignette's
words; patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).

- MEANS: going (out) to a high edge or a drop, "walk out to the cliffs / the cliff edge / the bridge / the viaduct /
  the quarry" (C-SSRS 2-3, a method thought of; round 45 had going "over / off" the edge), not with the dog, the kids,
  a picnic, a photo or for a walk.
- HOPELESS: one thing or one being left that keeps the writer alive ("the only thing keeping me going / here / alive
  is the dog", "the only reason I'm still here"): 988 Lifeline and NICE NG225 1.3 (a single remaining reason for
  living is a risk sign); doubting anyone would notice or miss the writer ("I doubt anyone would notice for a week",
  "don't think anybody would miss me"): perceived burdensomeness and thwarted belonging (Joiner, interpersonal theory;
  988 Lifeline "feeling alone, no reason to live"). Round 12 had "nobody would notice"; the doubt form was missing.
- ENDING: being finished when the last reason goes ("if he goes I'm done", "when the dog dies that's it for me"): a
  conditional end of living (C-SSRS 1-2); not "done with the physio", not "done for the day"; identification with
  someone's suicide told just before ("took her own life. I feel the same", "I understand why he did it"): the
  contagion the WHO/IASP media guidance warns of (identification with a person who died by suicide).
- FAREWELL: possessions given away with "all / most of" and any belongings word (gear, kit, clothes, tools...: 988
  Lifeline and AFSP "giving away possessions"; the older class named a fixed list), not for a move, a clear-out, a
  charity shop run or to make room; a treasured thing given "for keeps / to keep for good"; asking someone to look
  after the pets or the children with no time of return (told or asked "to look after the dog", or the imperative; not
  "will / can look after", not with "while / this weekend / till / the op / hospital / a trip" after it).
- SELF_HARM (alone): cutting told intransitively, again or deeper ("I cut again last night", "cut way deeper this
  time"): NICE NG225 (self-harm, repetition and escalation) and C-SSRS (non-suicidal self-injurious behaviour); the
  older phrases needed an object ("cut myself", "cutting my arms"). Not "cut again / deeper into the wood", "cut back /
  down / out", not "relapsed and cut my holiday short" (an object after the verb).
"""

from __future__ import annotations

_DROP = (r"(?:the |a |that |this )?(?:cliffs?|cliff edge|cliff top|clifftop|edge|bridge|viaduct|quarry|gorge|"
         r"multi storey|car park roof|top floor|tracks|railway line|railway bridge|motorway bridge|headland|sea wall)")
_NOT_A_WALK = (r"(?!(?: \w+){0,6} (?:with (?:the |my )?(?:dog|dogs|kids|children|family|wife|husband|partner|friends?|"
               r"camera|binoculars)|for (?:a |the )?(?:walk|picnic|photos?|the view|sunset|sunrise|fresh air|exercise)|"
               r"to (?:watch|see|take|look at|paint|clear my head)|picnic|birdwatch\w*|photograph\w*|sightseeing)\b)")
_BELONGINGS = (r"(?:gear|kit|clothes|stuff|things|belongings|possessions|tools|books|games|records|vinyl|cds|dvds|"
               r"guitars?|instruments?|bikes?|paintings|art|jewell?ery|medals|trophies|collection|fishing \w+|"
               r"camping \w+|climbing \w+|music \w+|golf clubs|savings|money)")
_NOT_A_CLEAR_OUT = (r"(?!(?: \w+){0,6} (?:move|moving|house move|clear ?out|declutter\w*|downsiz\w*|make room|"
                    r"making room|charity shop|car boot|grown out|outgrown|too small|does not fit|do not fit|new one|"
                    r"new ones|upgrad\w*|emigrat\w*|travel\w*|baby)\b)")
_SUICIDE_TOLD = (r"(?:took|taken|take|takes|taking) (?:his|her|their) (?:own )?life|killed (?:himself|herself|"
                 r"themselves)|died by suicide|committed suicide|(?:his|her|their) suicide|hanged (?:himself|herself)")
_SAME = (r"(?:i (?:\w+ )?feel (?:exactly |just )?(?:the same|the same way|like (?:that|him|her|them) too)|i (?:total"
         r"ly |"
         r"completely |really )?(?:understand|get|know) (?:exactly )?why (?:he|she|they) did (?:it|that)|i (?:could|"
         r"might|"
         r"want to|will|would) do the same|same (?:as|like) (?:him|her|them)\b(?! (?:in|at|for)))")

ROUND47 = {
    "means": (r"\b(?:walk\w*|go|going|gone|went|head\w*|drive|driving|wander\w*|climb\w*) (?:out |up |down |over )?"
              r"(?:to|towards|up to|out to|onto) " + _DROP + r"\b" + _NOT_A_WALK),
    "hopeless": (r"\b(?:the )?only (?:thing|one|reason|person) (?:that is |that |who is |who )?(?:keep\w*|stopp\w*) me "
                 r"(?:going|alive|here|from (?:doing|going))\b|\bthe only (?:thing|reason) (?:i am|i m) (?:still )?("
                 r"?:here|"
                 r"alive|going)\b|\bonly reason i am (?:still )?(?:here|alive|going)\b|"
                 r"\b(?:i )?(?:doubt|do not think|do not reckon|cannot imagine|wonder if) (?:that )?(?:anyone|anybody|"
                 r"people|a soul|they|my family|my kids) (?:would|will|d|ever would) (?:even )?(?:notice|miss me|care|"
                 r"find me|realise|realize)\b(?! (?:the|my|if i (?:skip|miss|change|stop|took)|a (?:difference|chang"
                 r"e)))"),
    "ending": (r"\bif (?:he|she|they|it|the \w+|my \w+) (?:goes|dies|is gone|passes|passes away|is put down|has to be "
               r"put down|leaves) (?:then |,)?(?:i am|i will be|that is) (?:done|finished|gone|out|it for me)\b"
               r"(?! (?:with|for the|for today|at|too early))|"
               r"\b(?:when|once) (?:he|she|they|it|the \w+) (?:goes|dies|is gone) (?:then )?(?:i am|i will be|that is)"
               r" (?:done|gone|it for me)\b(?! (?:with|for the|for today))|"
               r"\b" + _SUICIDE_TOLD + r"\b(?: \w+){0,8} " + _SAME),
    "farewell": (r"\b(?:giving|gave|given|give|handing|handed|passing|passed) (?:away|out|on) (?:all|most|nearly all|"
                 r"almost all|the rest) (?:of )?(?:my|his|her|their) (?:\w+ )?" + _BELONGINGS + r"\b"
                 + _NOT_A_CLEAR_OUT + r"|"
                 r"\b(?:gave|given|giving|handed) (?:\w+ ){0,4}(?:my|his|her) (?:\w+ ){0,2}(?:to|for) (?:\w+ ){1,9}"
                 r"(?:for keeps|to keep for good|to keep forever|for good)\b|"
                 r"\b(?:(?:told|asked|texted|begged|made|wants|wanted) (?:\w+ ){0,3}to look after|(?<!will )(?<!can )"
                 r"(?<!could )(?<!would )(?<!to )(?<!gonna )(?<!usually )(?<!always )(?<!help )look after) (?:the|my|"
                 r"our|his|her) (?:dog|dogs|cat|cats|pets?|kids|children|boys|girls)\b(?: for (?:me|him|her))?"
                 r"(?!(?: \w+){0,8} (?:while|whilst|this|for the|for a|for (?:\w+ )?(?:days|week|weeks|night|nights)|"
                 r"till|until|when|tomorrow|next|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over|"
                 r"op|operation|surgery|hospital|holiday|trip|away|appointment|work|shift)\b)"),
    "self_harm": (r"\bi (?:have |had |just )?(?:cut|sliced|burned|burnt) (?:again|deeper|too deep|(?:way|much|a lot|"
                  r"even) deeper)\b(?! (?:into|through|than (?:the|a)|the|a|my hair|back|down|out|the grass|the hedg"
                  r"e)\b)"
                  r"(?!(?: \w+){0,4} (?:hedge|hedges|grass|lawn|hair|fringe|wood|timber|pipe|fabric|pattern|paper|ca"
                  r"ke|bread|"
                  r"veg\w*|meat|onions?|tiles?|branches)\b)|\b(?:relapsed|slipped up|gave in) (?:and|again and) (?:cut|"
                  r"burned|burnt)\b(?! (?:my|the|a|an|it|his|her|their|our|your|short|back|down|out|off|up|into|"
                  r"through|\w+ short)\b)|\b(?:relapsed|slipped up|gave in) (?:and|again and) hurt myself\b"),
}
