"""More shapes of the warning-sign classes of `bot.safety.crisis_cues` (round twelve), each weak: a crisis only
with a second, different class (or self-harm, alone), as there.

Round twelve's English crisis messages named the same warning signs in shapes the classes did not have:

- MEANS: a poison bought or hidden ("bought rat poison yesterday and it's under my bed"; WHO "Preventing suicide:
  a global imperative", 2014: pesticide ingestion is among the commonest methods worldwide), not "for the mice";
  tablets "counted out" or "lined up" said of them ("I've got them counted out on the kitchen table"); standing
  at a high place ("I stand at the HDB corridor", a balcony, a rooftop); medicines stopped on purpose *so that*
  ("stopped my heart tablets on purpose so I won't be a burden much longer": indirect self-harm), not "because
  they made me constipated";
- INTENT: a lethality look-up ("looked up how many of my Tylenol 3s it would take"; 988: looking for a way),
  not "how many tablets it would take to get 4000 IU"; having at last "enough" of what was saved; thinking
  whether to jump; a day decided ("I hv decided tonight itself");
- ENDING: "won't matter after Friday"; "finish everything / it all" (Indian English), not "finish everything on
  my list";
- HOPELESS: useless or worthless as a person ("my life is useless only", "a useless lump"), "not that it matters
  now", "so tired of being sick", Scots "scunnered wi it all", "fed up with everything";
- FAREWELL: instructions left for the pets or the children; a goodbye to everyone "in my own way"; thanks said
  in the past tense to the reader ("ye were always kind");
- SELF_HARM (alone): the past tense and the body part ("burned myself with a lighter … just to feel something",
  "burned my arm", "harmed myself with a razor because it all got too much"; NHS "Self-harm": cutting, burning,
  hitting oneself as a way of coping).

Sources as in `bot.safety.crisis_cues`: C-SSRS (Columbia Lighthouse Project), 988 Suicide & Crisis Lifeline
warning signs (https://988lifeline.org/how-we-can-all-prevent-suicide/), NHS "Help for suicidal thoughts" and
NHS "Self-harm" (https://www.nhs.uk/mental-health/conditions/self-harm/).
"""

from __future__ import annotations

_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|tomorrow|this weekend|the "
        r"weekend|this week|next week|then)")
_PILLS = r"(?:tablets|pills|meds|medication|medicines?|insulin|inhalers?|injections|blood thinners|warfarin|dialysis)"
# Round thirteen: medicines named, as people keep them back.
_DRUGS = (r"(?:tablets|pills|sleeping pills|sleeping tablets|meds|medication|painkillers|diazepam|valium|co ?codamol|"
          r"codeine|tramadol|morphine|oxycodone|zopiclone|paracetamol|antidepressants|sertraline|amitriptyline)")

MORE_CLASSES: dict[str, str] = {
    "means": (
        r"(?:bought|got|buy|getting|have|got hold of|ordered|kept|keeping|hid|hidden|stashed) (?:\w+ ){0,2}"
        r"(?:rat poison|poison|weed ?killer|pesticide|insecticide|paraquat|antifreeze|slug pellets|cyanide)\b"
        r"(?! (?:\w+ )?(?:for (?:the |my |our )?(?:mice|rats|garden|weeds|slugs|shed|lawn|drive|patio|wasps|ants)|"
        r"to (?:kill|get rid of) the))|"
        r"(?:them|they are|theyre|the lot|all of them|it is|i have got them|i have them) (?:all )?(?:counted out|"
        r"lined up|laid out|set out)\b|"
        r"(?:stand|standing|stood|go|going|went|sit|sitting|sat|climb\w*|up) (?:\w+ ){0,4}(?:corridor|balcony|"
        r"rooftop|roof|top floor|window ledge|ledge|top of (?:the |a |our )?(?:\w+ )?(?:building|block|car park|"
        r"multi storey|tower|cliff|flats))\b|"
        r"(?:stopped|stopping|quit|quitting|not taking|refusing|refused|skipping|binned|thrown away|threw away) "
        r"(?:\w+ ){0,3}" + _PILLS + r" (?:\w+ ){0,3}(?:on purpose|deliberately|intentionally)\b(?! (?:because|as|"
        r"since|cos|due|after|when|until|till|while)\b)|"
        # Round thirteen: kept back in a place, a stash of them, put aside week by week.
        + _DRUGS + r" (?:\w+ ){0,2}(?:saved|stashed|hidden|kept|stockpiled|squirrelled|tucked) (?:up |away )?(?:in|"
        r"under|behind|at the back)\b|(?:stash|stockpile|hoard|collection|pile) (?:of|o) (?:\w+ ){0,2}" + _DRUGS
        + r"|(?:putting|put|set|setting|keeping|kept) (?:\w+ ){0,4}" + _DRUGS + r" (?:aside|back|by)\b|(?:putting|"
        r"put|set|setting) aside (?:\w+ ){0,2}" + _DRUGS),
    "intent": (
        r"(?:looked up|look up|looking up|googled|googling|searched|researched|worked out|figured out|read up on) "
        r"(?:\w+ ){0,2}how (?:many|much) (?:\w+ ){0,5}(?:it would take|would it take|it takes|it will take|i would "
        r"need|i need)\b(?! to (?:get|reach|make|hit|see|feel better|build|raise|top|correct|fix|walk|lose|burn))|"
        r"(?:finally|now|nearly|almost|at last) (?:i )?(?:have|got|have got|collected|saved) enough\b(?! (?:money|"
        r"cash|points|saved|energy|strength|time|sleep|of|to (?:buy|pay|get|afford|walk|go|do)|for (?:a|an|the|my)))|"
        r"(?:think|thinking|thought|wonder|wondering|wondered|decide|deciding|tempted) (?:\w+ ){0,3}(?:whether|if) "
        r"(?:i should |to |i will |i would |i could )?(?:just )?jump\b(?! (?:in|into|on|at|up|rope|ship|the queue))|"
        r"decided (?:\w+ )?" + _DAY + r"\b|" + _DAY + r" is the (?:day|night|date)\b|"
        # Round thirteen: a day picked; "I think I have enough now".
        r"(?:picked|chosen|chose|set|fixed|settled on|decided on) (?:\w+ )?(?:" + _DAY[3:-1] + r"|the date|a date|"
        r"the day)\b|i (?:think )?(?:i )?(?:have|have got|got) enough (?:now|at last|finally)\b|"
        # Round fourteen: "I think this is the week", "tonight is it", "this weekend is the one". Session 24: not a
        # question put after a plain plan, "... this weekend, is it safe with a bad back?".
        r"(?:this|tonight|today|tomorrow|this weekend|this week|it) is (?:the (?:week|night|day|one|time|weekend)|it)"
        r"\b(?! (?:for|to|i|we|of|when|that|before|after|you|my|in|safe|safer|ok|okay|alright|possible|normal|bad|"
        r"wise|dangerous|risky|advisable|sensible|fine|worth|true|likely|better|too)\b)|"
        # Round sixteen: "a date in mind"; a condition set for the end ("if the scan is bad I'm done").
        r"(?:a|the) (?:date|day|time) in mind\b|(?:if|when|once) (?:\w+ ){0,5}(?:bad|worse|no good|positive|not good|"
        r"fails?|comes back) (?:\w+ ){0,2}i am (?:done|out|finished|gone)\b(?! (?:with|for|at|in)\b)"),
    "ending": (
        # Round sixteen: "I don't plan to be around by Christmas".
        r"(?:not|never) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being) (?:around|"
        r"here|alive)\b|"
        r"(?:will not|would not|does not|do not|is not going to) matter (?:after|by|past|beyond|come) (?:\w+ )?"
        + _DAY + r"\b|finish (?:everything|it all|things|my life)\b(?! (?:on|in|at|off|before|by|for|from|that|i|"
        r"we|you|up|today|tonight|first|quickly)\b)"),
    "hopeless": (
        r"(?:useless|worthless|pathetic) (?:lump|waste of (?:space|oxygen)|burden|failure|person|mother|father|wife|"
        r"husband|human)|i am (?:just |only |nothing but )?(?:a |so )?(?:useless|worthless)\b(?! (?:at|with|in|"
        r"when|for|without|today)\b)|(?:my )?life is (?:\w+ )?(?:useless|pointless|worthless|meaningless)\b(?! "
        r"without)|not that (?:any of )?(?:it|this) (?:matters|will matter|really matters)\b(?! (?:to|for|much to))|"
        r"(?:so )?tired of being (?:sick|ill|in pain|like this|me|a burden)\b|scunnered with (?:it all|everything|"
        r"life)|(?:fed up|sick) (?:with|of) (?:it all|everything|life|living)|"
        # Round thirteen: "what's the point anymore", Scots "whit's the point"; not "the point of magnesium".
        r"(?:what is|whit s|whit is) (?:even |really |actually )?the point\b"
        r"(?! (?:of|in|to) (?!(?:it all|anything|living|going on|me|trying|"
        r"life)\b))"),
    "farewell": (
        r"(?:left|leaving|written|wrote|made|given) (?:\w+ ){0,2}instructions (?:for|about|on) (?:\w+ ){0,2}(?:feeding|"
        r"looking after|caring for|walking|the (?:cat|dog|pets?|kids|children|plants|garden))|"
        r"goodbyes? to (?:everyone|everybody|all of (?:them|you)|the family|people) (?:\w+ ){0,3}in my own way|"
        r"(?:you|you lot|you all|you guys|yous|youse) (?:were|have been|was) always (?:so |very |really )?(?:kind|"
        r"good to me|lovely|nice to me|there for me)|"
        # Round fourteen: a note written or left, not one to remind oneself or for the GP or school.
        r"(?:written|wrote|left|writing|leaving) (?:\w+ ){0,2}(?:note|letters?)\b(?! (?:to (?:remind|myself|self|the "
        r"(?:gp|doctor|school|teacher|milkman|postman|neighbou?rs?))|for (?:the |my )?(?:gp|doctor|school|teacher|"
        r"work|milkman|postman|physio|neighbou?rs?)|about (?:my )?(?:symptoms|pain|tablets|doses?)|on (?:my )?"
        r"(?:phone|calendar|fridge))\b)|the (?:note|letters?) (?:is|are) (?:written|done|ready)|"
        # Round sixteen: a goodbye nobody has understood yet ("they just don't know it yet").
        r"(?:they|she|he|nobody|no one|my \w+) (?:just |even )?(?:do not|does not|will not|did not|knows?) (?:even )?"
        r"(?:know )?(?:it|that|this) yet\b"),
    "self_harm": (
        r"(?:burned|burnt|scratched|harmed|hurt|cut|punched|hit|bit|bruised|scalded) (?:myself|my (?:arms?|wrists?|"
        r"legs?|thighs?|skin|hands?|stomach|belly)) (?:\w+ ){0,8}(?:to feel|to cope|to punish|to numb|to distract|"
        r"because (?:it|things|everything) (?:all )?(?:got|gets|was|is) too|when (?:it|things|everything) (?:all )?"
        r"(?:got|gets) too|on purpose|deliberately)"),
}
