"""Red-flag lexicon, part three: crisis wording (tier C), never taken back by context, fired whatever the form.

Same form and rules as `bot.safety.lexicon`. Sources: the safety notes §2.5 (crisis pattern list);
WHO/IASP, Preventing suicide: a resource for media professionals (2017/2023), https://paho.org/en/node/92857
(never give method or lethality information); warning signs from the 988 Suicide & Crisis Lifeline
(https://988lifeline.org/how-we-can-all-prevent-suicide/: talking about wanting to die, looking for a way to
kill oneself such as searching online, giving away possessions, saying goodbye) and NHS "Help for suicidal
thoughts" (https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/:
self-harm, saying goodbye, putting affairs in order).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.study import OTHERS_AT_RISK

# Medicines people save up: pill words and the common painkillers and sleeping tablets by name.
MEDICINES = (r"(?:pills|tablets|tabs|meds|medication|medicines?|painkillers|co ?codamol|codamol|codeine|tramadol|"
             r"paracetamol|morphine|oxycodone|oramorph|sleeping (?:pills|tablets|tabs)|diazepam|zopiclone|"
             r"amitriptyline|gabapentin|pregabalin|"
             # North American names (round twelve: "my oxy", "my Tylenol 3s"; FDA and Health Canada labels).
             r"oxys?|oxycontin|percocets?|vicodin|hydrocodone|norco|tylenol(?: \d)?s?|t3s|dilaudid|fentanyl|xanax|"
             r"valium|ambien|benzos)")
# What a lethality question or a plan ends in ("... to not wake up", "... before it is fatal").
DYING = (r"(?:die|be dead|not wake up|never wake up|stop (?:my |your |a person s |someone s |the )?(?:heart|breathing)|"
         r"be fatal|be lethal|end it|"
         r"end (?:my life|things|everything|it all)|kill (?:me|myself)|"
         # "to overdose", not the threshold asked about as a noun ("how much vitamin D would be an overdose?": a
         # toxicity question, answered with the dose notice; newcomer test, session 11)
         r"(?<!be an )(?<!is an )(?<!as an )(?<!be a )(?<!is a )(?:overdose|od))\b")
# "...won't wake up with back pain / stiff / early" is about mornings, not a death wish (session 27: nor "till noon").
NOT_MORNING = (r"\b(?! (?:with|sore|stiff|in (?:pain|agony|the night|the middle)|feeling|aching|achy|early|at (?:\d|"
               r"night)|during|every|because|from|due|so|too|again|(?:this|that|as) (?:stiff|sore|achy|aching|bad|"
               r"early|tired|groggy|foggy|swollen|numb|cold)|(?:till|until) (?:noon|lunch\w*|late|later|\d+)\b))")
# "Want to die of embarrassment" and "end it with my gym" (cancel, break up) are everyday (round ten); "end it
# with the pills" is not.
NOT_IDIOM = r"(?! (?:of|from) (?:embarrassment|shame|cringe|boredom|laughter|laughing|envy|jealousy|fright)\b)"
END_IT = (r"end it(?! (?:all )?with (?:my|the|a|an|him|her|them|this|that|our|your|his|their|you|me)\b(?!(?: \w+){0,3} "
          r"(?:" + MEDICINES[3:-1]
          + r"|rope|knife|blade|overdose|gun|car|train)\b))")
# Self-harm tools and the skin they are held to (NHS self-harm page: cutting, burning, scratching).
TOOLS = (r"(?:lighter|lit match|matches|match|flame|candle|cigarettes?|fags?|hot (?:iron|knife|metal|spoon|water)|"
         r"blade|razor|knife|scissors|compass)")
# "A suicide mission for my spine", a suicide prevention charity run, suicide sprints (round thirteen): the word,
# not the writer. A helpline is left in: calling one is help-seeking, and a crisis may follow. Suicide as the name
# of a field of work or study ("suicide prevention team", "suicide awareness week", "suicide research
# group") is a topic whatever noun follows: listing those nouns one round at a time never reached the next round.
_SUICIDE_TAIL = (r"(?:mission|squad|sprints?|drills?|runs|doors?|lane|(?:prevention|awareness|research|statistics|"
                 r"liaison) (?!(?:is|was|did|does|do|has|had|would|will|never|can|could)\b)\w+|"
                 # Round fourteen: "slouching is suicide for your spine" (a habit bad for a body part).
                 r"for (?:your|my|the|his|her|their|our|a|anyone s|you) (?:\w+ )?(?:spine|back|neck|knees?|hips?|"
                 r"joints?|discs?|posture|shoulders?|wrists?|ankles?|feet|bones|muscles|teeth|skin|gut|sleep|health))")
_VOLUNTEER = r"(?:volunteer (?:on|at|for) a |fundraising for a )"
SUICIDE = (r"(?<!career )(?<!social )(?<!political )(?<!commercial )(?<!volunteer on a )(?<!volunteer at a )"
           r"(?<!volunteer for a )(?<!fundraising for a )suicid\w*(?! "
           + _SUICIDE_TAIL + r")")
# The same idioms as whole phrases, set aside before the other-language lexicons look for their "suicid…" words.
SUICIDE_IDIOM = (r"\b(?:" + _VOLUNTEER + r"suicid\w* \w+|suicid\w* " + _SUICIDE_TAIL + r"|(?:career|social|political|"
                 r"commercial) suicide|" + OTHERS_AT_RISK + r")\b")
SKIN = r"(?:my )?(?:own )?(?:skin|arms?|wrists?|legs?|thighs?|hands?|stomach|belly|body|chest)"
CRISIS_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"kill(?:ing)? my ?self|unaliv\w*|" + SUICIDE + r"|self harm\w*|self injur\w*",
        r"(?:want|wanted|wanting|going|plan\w*|thinking of|thinking about|thought about|tempted) (?:\w+ )?(?:to )?"
        r"(?:die" + NOT_IDIOM + r"|" + END_IT + r"|end my life|not be here|not wake up|disappear forever)",
        r"end(?:ing)? my (?:own )?life|end(?:ing)? " + END_IT[4:] + r" all|take my (?:own )?life|"
        r"wish i (?:was|were) dead",
        r"(?:want|wanted|wanting|urge|going|tempted|keep|kept|been|started|thinking about) (?:to )?(?:hurt|harm|cut|"
        r"burn)(?:ing)? myself|(?:cut|cutting|burn|burning|burnt|burned|harm|harmed|harming) myself (?:on purpose|"
        r"deliberately|again)",
        r"do not want to (?:be alive|be here|live|exist|wake up|go on)|no (?:reason|point) (?:to |in )?(?:live|"
        r"living|going on|being alive|carrying on)|better off (?:dead|without me)|cannot go on|goodbye forever",
        r"(?:do not|cannot|can not) see (?:the |any )?point (?:anymore|any more|in (?:anything|living|life|"
        r"going on|carrying on))|(?:nobody|no one) (?:would|will) (?:miss|care about|notice) me|if i (?:was|were) "
        r"(?:gone|dead|not here)",
        r"(?:been|keep|started|am) (?:cutting|burning|hurting|harming) myself|(?:cutting|cut|burning|hurting|"
        r"harming) myself to (?:cope|feel)",
        r"(?:way|ways|method|how) to (?:die|kill myself|end it|end my life)|enough (?:\w+ ){0,2}to (?:die|kill)|"
        r"(?:many|much) (?:\w+ ){0,4}(?:to |would |will |could )?kill me\b",
        r"(?:want|going|decided|deciding|planning|plan|ready) to (?:" + END_IT + r"|end things|end everything)"
        r"|end (?:things|everything) (?:tonight|today|now|soon)",
        r"(?:thinking of|thinking about|considering|going to|planning to|want to|tempted to) (?:taking |take |have |"
        r"having )?(?:an )?overdose|take an overdose",
        r"(?:easier|better|happier|better off) (?:\w+ ){0,3}if i (?:just )?(?:was|were|am) (?:not|gone|dead|never)|"
        r"if i (?:just )?(?:was|were) not (?:around|here|alive)|cannot cope (?:anymore|any more)",
        # Round-four blind vignettes, as kinds: thinking of "ending things", "can't do this anymore", a crash
        # imagined "so it all stops", cutting a body part, "would a whole bottle be enough", saved-up painkillers.
        r"(?:thinking|thought|think) (?:about|of) ending (?:it|things|everything|my life)|(?:cannot|can not) do this "
        r"(?:anymore|any more)(?: \w+){0,6} (?:ending|end|die|dead|gone)",
        r"(?:driv\w*|crash\w*|steer\w*|swerv\w*) (?:\w+ ){0,3}(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|lorry|"
        r"truck|oncoming|river)|(?:step\w*|walk\w*|jump\w*) (?:out )?in front of (?:a |the )?(?:train|bus|lorry|car|"
        r"truck|traffic|one)\b|so (?:it|this|everything) (?:all )?(?:stops|ends|would stop|would end)\b",
        r"(?:cutting|cut|slicing|burning|scratching) (?:up )?(?:my |his |her )?(?:arms?|wrists?|thighs?|skin)\b"
        r"(?! hair)(?: \w+){0,3} (?:again|to cope|on purpose|to feel|when)|(?:been|started|keep) (?:cutting|burning) "
        r"(?:my |his |her )?(?:arms?|wrists?|thighs?|skin)",
        r"(?:if|what if) i (?:took|take|swallowed|swallow) (?:\w+ ){0,14}(?:would|will|is) (?:that|it|this) (?:be )?"
        r"(?:enough|kill|fatal|lethal|do it)\b",
        r"(?:stockpil\w*|saving|saved|hoarding|collecting|stashing|keeping|storing) (?:up )?(?:\w+ ){0,2}" + MEDICINES
        + r"(?: \w+){0,8} (?:in case|for when|for the day|decide)",
        # Indirect warning signs (988 Lifeline and NHS "help for suicidal thoughts" warning-sign lists):
        # collecting pills, giving things away, goodbye letters, "won't be around", wanting it all to stop.
        r"(?:stockpil\w*|saving up|hoarding|collecting|stashing) (?:\w+ ){0,2}(?:pills|tablets|meds|medication|"
        r"painkillers)|giv\w* (?:\w+ ){0,2}(?:stuff|things|belongings|possessions) away|(?:writing|wrote|written) "
        r"(?:(?!birthday|christmas|thank|cover|complaint|reference|application|job|appeal|valentine|love)\w+ ){0,2}"
        r"(?:goodbye |farewell )?letters? to(?! (?:my |the |a |our )?(?:team|colleagues|coworkers|class|"
        r"boss|students|teacher|manager|landlord|council|mp|school|company|customers|editor))|(?:will not|"
        r"not going to) be (?:around|here) (?:much )?"
        r"(?:longer|for long|anymore)|make (?:it|everything|the pain) (?:all )?stop for good|(?:it|this) (?:all )?to "
        r"(?:just )?stop for good|(?:would it take|to take) to (?:\w+ ){0,3}(?:make it all stop|end it|not wake up)|"
        r"(?:think|thinking|thought) about (?:just )?not waking up|(?:if|when) i (?:just )?(?:disappeared|vanished|"
        r"was gone|were gone)|(?:would be|be) (?:happier|better) (?:\w+ ){0,2}if i (?:was|were) gone|"
        r"(?:overdose|od)\b(?: \w+){0,6} (?:because|as|since) i want to",
        r"(?:hang|hanging|shoot|shooting|drown|drowning|stab|stabbing|poison|poisoning|strangle) myself|slit (?:my )?"
        r"wrists?|jump (?:off|from|in front of) (?:a |the )?(?:bridge|building|roof|train|cliff|car|bus)",
        r"sleep forever|wish i could (?:disappear|die|not exist|sleep forever|just not wake up)|want to (?:be dead|"
        r"disappear|not exist|stop existing)|if i died|done with (?:life|living|it all)|life (?:is )?(?:pointless|"
        r"meaningless)(?! without)|no way out|this is (?:my )?goodbye|goodbye (?:everyone|world|cruel world)",
        r"cannot take (?:it|this|any of this) (?:anymore|any more)|(?:going to|want to|planning to|thinking of|"
        r"thinking about) (?:od|overdose)\b",
        # Not advice about spacing doses ("the pharmacist said I shouldn't take all my pills at once", round sixteen).
        r"overdose on purpose|(?<!should not )(?<!not to )(?<!must not )(?<!do not )(?<!never )(?:take|took|taking|"
        r"swallow\w*) all (?:of )?my (?:\w+ ){0,2}(?:pills|tablets|meds|"
        r"medications?|medicines?)",
        r"(?:want|wish|need) (?:\w+ ){0,2}(?:it all|everything|my life|all of this|this life) to (?:end|be over|stop)"
        r"\b(?! (?:aching|hurting|throbbing|spinning))",
        r"(?:so|hope|hoping|wish) (?:that )?i (?:do not|never|would not|will not|could not) wake up" + NOT_MORNING +
        r"|(?:sleep|go to "
        r"sleep) and (?:not|never) wake up|never wake up again",
        r"not worth living|nothing (?:left )?to live for|(?:what is|whats) the point (?:of|in) (?:living|life|going "
        r"on|carrying on)|tired of (?:living|being alive)|do not want to (?:live|be alive)",
        r"how (?:many|much) (?:\w+ ){0,8}(?:to|would|will|could|can|does it take to) (?:\w+ ){0,2}(?:die|kill|"
        r"end it|be fatal|be lethal|(?<!be an )(?<!is an )(?<!as an )(?<!be a )(?<!is a )(?:overdose|od))\b",
        r"(?:lethal|fatal|deadly|killing) (?:dose|amount|quantity|overdose)|(?:dose|amount) (?:that )?(?:would|will|"
        r"to) kill",
    )),
    # Round-five blind vignettes, as kinds (each a 988 / NHS warning sign): a lethality question ending in "not
    # wake up" or "before it is fatal"; a passive death wish ("hoping I just won't wake up"); saved-up named
    # painkillers with a time set ("this weekend is when I'll do it"); a goodbye message; searching for ways to
    # "end things"; holding a flame or blade to the skin.
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"how (?:many|much) (?:\w+ ){0,10}(?:to|would|will|could|can|take|takes) (?:\w+ ){0,5}" + DYING,
        r"(?:it take|i need|i would need|be enough|is enough) (?:for (?:me|someone|a person) )?to (?:just )?" + DYING,
        r"(?:the most|the maximum|max|how (?:many|much)|what (?:amount|dose|number|quantity)) (?:of )?(?:\w+ ){0,3}"
        r"(?:someone|somebody|a person|anyone|i|you|one|a human|an adult) (?:could|can|would|might) (?:take|swallow|"
        r"have|eat|down)\w* (?:\w+ ){0,4}(?:fatal|lethal|deadly|die|dies|dead|kills?|before (?:\w+ ){0,2}(?:liver|"
        r"kidneys?|heart|organs?|body) (?:packs? (?:in|up)|gives? (?:out|up)|fails?|stops?|shuts? down|dies))\b",
        r"(?:how (?:many|much)|what (?:amount|dose|number|quantity)) (?:of )?(?:\w+ ){0,4}(?:is|are|would be|becomes?|"
        r"gets) (?:fatal|lethal|deadly)\b",
        r"(?:hope|hoping|hoped|wish|wishing|pray|praying|prayed) (?:that )?i (?:\w+ ){0,2}(?:do not|did not|will not|"
        r"would not|never|could not|might not|may not) (?:\w+ )?wake up" + NOT_MORNING,
        r"(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:just |simply |would |will |could |might )?(?:die|"
        r"died|was dead|were dead|pass away|passed away|get hit by)\b|(?:would not|do not) (?:really )?mind (?:if i "
        r"(?:did not|do not|never) wake up" + NOT_MORNING + r"|not waking up|dying|if i died)",
        r"(?:stockpil\w*|saving up|saved up|hoarding|collecting|stashing) (?:up )?(?:\w+ ){0,2}" + MEDICINES,
        r"(?:bye|goodbye|farewell) (?:everyone|everybody|all of you|world|forever|for good)|(?:last|final) (?:message|"
        r"post|text|note|words?) (?:\w+ ){0,4}(?:ever|before i go)\b|(?:my|a) (?:final|last) goodbye|"
        r"(?:will not|never) (?:hear from|see|talk to) me again|"
        r"this is (?:my )?(?:last|final) (?:message|post|goodbye)",
        r"(?:look\w* up|search\w*|googl\w*|research\w*|read\w* (?:up )?(?:about|on)|look\w* into) (?:\w+ ){0,2}"
        r"(?:ways?|methods?|how) (?:to|of) (?:\w+ )?(?:end (?:it|it all|things|everything|my life)|die|dying|kill "
        r"(?:myself|yourself|oneself)|not wake up)\b(?! (?:with|between))",
        r"(?:painless|quiet|peaceful) (?:way|ways|method|death) (?:to|of) (?:die|dying|go|end)|(?:die|end (?:it|things|"
        r"everything|my life)) (?:quietly|painlessly|peacefully)",
        r"(?:hold|held|holding|put|putting|press\w*|stub\w*) (?:a |the |my )?(?:lit )?" + TOOLS
        + r" (?:\w+ ){0,2}(?:to|on|against|into|onto|out on) " + SKIN,
        r"(?:cut|cutting|burn|burning) (?:\w+ ){0,3}(?:until|till|til) (?:i |it |they )?bleed\w*|"
        r"(?:scratch\w*|pick\w*) "
        r"(?:\w+ ){0,6}(?:until|till|til) (?:i |it |they )?bleed\w* (?:\w+ ){0,3}(?:to cope|to feel|on purpose|"
        r"deliberately|release|relief|when)",
        # A lethality question about a supplement or medicine ("would stop your heart if you took enough of it").
        r"(?:stop|stops) (?:your|my|someone s|a person s|the) heart (?:\w+ ){0,6}(?:took|take|taking|swallow\w*) "
        r"enough|(?:took|take|taking|swallow\w*) enough (?:of (?:it|them|that) )?(?:\w+ ){0,3}(?:to|would|that) "
        r"(?:\w+ ){0,2}(?:stop (?:your|my) heart|kill|be fatal)",
    )),
    # Round nine, by kind: a method with a plan (walking into the sea), self-injury until it bleeds or is raw,
    # self-harm told as a relapse after being "clean", goodbye or suicide notes, an overdose "on purpose", the family
    # better off with (session 25: or collecting) the life insurance or without me, a lethality question ending "so I
    # didn't have to wake up", and drinking a pesticide (Sniper, a dichlorvos insecticide, is a common means of suicide
    # in Nigeria: NAFDAC restricted its sale in 2023 for that reason; WHO "Preventing suicide: a global imperative",
    # 2014: pesticide ingestion is among the commonest methods worldwide).
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:going to|gonna|will|want to|planning to|thinking (?:of|about)|decided to|about to) (?:just )?(?:walk|"
        r"wade)\w* (?:out )?into (?:the )?(?:sea|ocean|river|lake|water|waves)",
        # "kms": internet slang for "kill myself" (not kilometres: said as a verb, or with "fr", "lol").
        r"(?:^|i (?:want to|wanna|will|might|could|should|am going to|am gonna|just want to|am about to) |gonna |about "
        r"to |going to |wanna )kms\b|kms (?:fr|lol|lmao|tbh|rn|ngl|istg|honestly|now|tonight)\b",
        r"(?:cut|cutting|burn|burning|hit\w*|bang\w*|punch\w*) (?:\w+ ){0,5}(?:until|till|til) (?:i |it |they )?"
        r"(?:bleed\w*|bled)\b|(?:cut\w*|scratch\w*|slic\w*|burn\w*|pick\w*|dig\w*) (?:at |into )?(?:my )?wrists? "
        r"(?:\w+ ){0,6}(?:till|until|til) (?:they |it |i )?(?:are |is )?(?:raw|bleed\w*|bled|bruised)",
        r"(?:wrote|written|writing|left|leave|finished) (?:\w+ ){0,2}(?:goodbye|farewell|suicide) (?:notes?|letters?)"
        r"(?! (?:to|for) (?:my |the |a )?(?:team|colleagues|coworkers|class|work|boss|students|teacher))|"
        r"suicide notes?",
        r"(?:take|took|taking|swallow\w*|eat|ate|have) (?:too much|too many|enough|loads|"
        r"a lot)(?: \w+){0,5} on purpose",
        r"better off (?:\w+ ){0,3}(?:with|getting|get|having|collect\w*|claim\w*) (?:the |my )?(?:life )?"
        r"(?:insurance|payout)|"
        r"(?:everyone|everybody|they|family|kids|people|the world|all) (?:\w+ ){0,3}(?:manage|cope|do|be|get on|get by|"
        r"live)\w* (?:\w+ )?better (?:off )?without me(?! (?:micro\w*|nagging|interfering|hovering|checking|there|in "
        r"the (?:office|kitchen|team)))",
        r"(?:would it take|it would take|do i need|would i need) (?:\w+ ){0,2}so (?:that )?i (?:did not|do not|would "
        r"not|will not|never|would never) (?:have to |need to )?wake up",
        r"(?:think\w*|want\w*|going|plan\w*|wan|fit|tempted|about) (?:\w+ ){0,3}(?:to )?(?:just )?(?:drink|drinking|"
        r"take|taking|swallow\w*) (?:\w+ ){0,3}(?:sniper|otapiapia|ota pia pia|dichlorvos|ddvp|rat poison|(?:weed|"
        r"peed) ?killer|weedkiller|"
        r"pesticide|insecticide|paraquat|gramoxone|bleach|antifreeze)\b",
    )),
    # Self-harm told as a relapse ("scratching my wrists again, been clean 2 years"): NHS "Self-harm".
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:cut\w*|scratch\w*|burn\w*|hurt\w*|harm\w*|hit\w*) (?:\w+ ){0,2}(?:myself|my (?:wrists?|arms?|thighs?|"
        r"legs?|skin))",
    ), requires=(r"(?:been|was|stayed|staying) clean|clean (?:for|since)|(?:days?|weeks?|months?|years?|yrs?) clean|"
                 r"relaps\w*",)),
    # A time set for "doing it", with means or saying goodbye in the same message (988: making a plan).
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:tonight|tomorrow|this (?:weekend|week|evening)|next week|soon|then) (?:\w+ ){0,3}i (?:will|am going to|"
        r"plan to) do it\b|"
        r"i (?:will|am going to|plan to) do it (?:tonight|tomorrow|this weekend|this week|soon|then)\b|"
        r"(?:picked|chosen|set|decided on) (?:a |the )?(?:date|day|time)\b",
    ), requires=(MEDICINES + r"|stockpil\w*|saving up|saved up|hoarding|rope|bridge|goodbye|note|letters?|end it|"
                 r"end things|not wake up|suicid\w*",)),
    # Round ten, by kind (each a 988 / NHS warning sign, written in several Englishes): a lethality question told
    # as "the kind you don't come back from" or "what amount would be lethal"; "kms" said on its own (not "12 kms");
    # not seeing oneself "still being here by the summer" (not "at this company"); a rope or noose got ready;
    # scratching or cutting the skin on purpose or till it bleeds, with a tool between.
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"(?:the kind|the amount|the dose|enough|the sort|the one) (?:that )?(?:you|i|people|someone) (?:do not|does "
        r"not|never|would not|will not|cannot|can not|could not) (?:come back|wake up|recover) from|how (?:many|much) "
        r"(?:\w+ ){0,8}(?:to|would|will) (?:\w+ ){0,2}(?:not|never) (?:come back|wake up)",
        r"what (?:amount|dose|number|quantity) (?:of )?(?:\w+ ){0,6}(?:would|will|could|is|are) (?:\w+ )?(?:be )?"
        r"(?:lethal|fatal|deadly|kill (?:me|someone|a person))\b",
        r"(?:do not|cannot|can not|could not) see myself (?:still )?(?:being )?(?:around|here|alive)\b(?! (?:at|in|"
        r"with) "
        r"(?:this|that|the|my) (?:job|company|house|flat|town|city|place|role|team|firm|school|country|area))",
        r"(?:scratch\w*|cut\w*|burn\w*|carv\w*|dig\w*|pick\w*) (?:at |into )?" + SKIN + r" (?:\w+ ){0,8}(?:on purpose|"
        r"deliberately|to cope|to feel|(?:until|till|til) (?:they |it |i )?(?:bleed\w*|bled))",
        # Round eleven: Indian English "thinking to finish myself", Nigerian Pidgin "make I just end am" (end it),
        # "the last message I send anyone".
        r"(?:finish|end) (?:off )?myself\b(?! (?:a|an|the|some|my)\b)|(?:make i|i wan|i go|i fit|i want to|i go just|"
        r"i just) (?:\w+ )?end am\b|(?:last|final) (?:message|text|post) (?:\w+ ){0,3}(?:anyone|anybody|ever)\b",
    )),
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(
        r"noose|(?:bought|got|sorted|tied|ready|hung|have) (?:\w+ ){0,2}(?:a |the )rope\b(?! (?:for|to) )|(?:the|a) "
        r"rope (?:is )?(?:\w+ ){0,2}(?:sorted|ready|tied|set up|in the (?:garage|shed|loft|attic|woods))",
    ), unless=r"skipping|jump rope|climbing|tent|washing line|tug of war|tow\w*|boat|sail\w*|gym|swing"),
    # "kms" on its own (internet slang for "kill myself"), unless a number or a distance word makes it kilometres.
    Concept("self_harm_or_suicide", "C", "thoughts of suicide or self-harm", gated=False, phrases=(r"kms",),
            unless=r"(?:\d+|\w+ty|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|couple of|"
                   r"hundred|thousand|more|less|fewer|extra) kms|kms (?:away|of|on|per|from|to|an hour|a day|a week|"
                   r"run|walk|ride|cycle|drive|hike|round)\b"),
)
