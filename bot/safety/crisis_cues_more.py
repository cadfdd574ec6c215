"""More shapes of the warning-sign classes of `bot.safety.crisis_cues` (session 13), each weak: a crisis only with
a second, different class (or self-harm, alone), as there and in `crisis_cues_lay`.

Rounds seven and eight (read) still held English crisis messages that named known warning signs in shapes the
classes did not have. Added as kinds, never as a message's own words:

- ENDING: removing oneself "from the equation / the picture", a life someone would have "again if I was not in
  it" (perceived burdensomeness: Van Orden et al., Psychol Rev 2010); "waiting for it all to end", "waiting to
  die"; sleeping "forever"; wasting away; "won't be hearing from me again"; a question whether one's heart would
  "just stop" (C-SSRS 1: wish to be dead);
- HOPELESS: a drain on everyone, a weight round someone's neck, given up on everything or life, "no light at the
  end of the tunnel", "don't want to do another week of this", "I don't care if it does / if I die", "I don't
  know why I'm bothering" (988 Lifeline: feeling hopeless, a burden);
- INTENT: a time that "feels like the right time", "and that's that", "I know what they're for" (of saved
  medicines), death no longer frightening ("doesn't scare me anymore": fearlessness about death, Joiner's
  acquired capability), reading up on "ways out", a method "found that would work", a day decided "when the
  house is empty", asking whether it hurts or how long it takes, stopping eating on purpose;
- MEANS: medicines put aside or saved over weeks or months (named, `lexicon_crisis.MEDICINES`), a whole box or
  bottle someone swallowed, tens of tablets taken (not milligrams), turning the wheel into oncoming traffic, the
  place a railway line runs closest;
- FAREWELL: a pet rehomed "for keeps" or taken by a relative, the will sorted, loose ends tied up, money owed paid
  back, a flat cleared out, things "written down for" a relative "so she won't have to sort anything" (NHS "Help
  for suicidal thoughts": putting affairs in order, giving things away);
- SELF_HARM (alone): cutting or burning the forearms, legs or skin when it "gets too much", taking a blade to the
  skin, hitting one's head till one "saw stars", self-injury said to help "more than" a painkiller (NHS
  "Self-harm": cutting, hitting oneself, as a way of coping).

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/); NHS
"Self-harm" (https://www.nhs.uk/mental-health/conditions/self-harm/); Van Orden et al. 2010 (interpersonal theory).
"""

from __future__ import annotations

from bot.safety.lexicon_crisis import MEDICINES

_PERSON = (r"(?:mum|mom|mam|dad|wife|husband|partner|sister|brother|son|daughter|kids|children|family|nan|gran|"
           r"friend|mate|neighbou?r|nephew|niece|auntie|aunt|uncle|cousin)")
_BODY = r"(?:forearms?|arms?|wrists?|thighs?|legs?|stomach|belly|skin|hips?|ankles?)"
_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|today|tomorrow|this weekend|the "
        r"weekend|next week)")

SESSION13_CLASSES: dict[str, str] = {
    "ending": (
        r"take myself out of (?:the |this )?(?:equation|picture)|(?:a|her|his|their|a better|a proper) lif(?:e|ves) "
        r"(?:\w+ )?(?:again|back) if i (?:was|were|am) not (?:in it|around|here|there)|if i (?:was|were) not in "
        r"(?:it|(?:her|his|their) (?:life|lives|way))\b|waiting (?:for it (?:all )?to (?:end|be over)|to die|for "
        r"(?:death|the end))|(?:asleep|sleep) (?:\w+ ){0,2}forever\b|waste away|will not be hearing from me again|"
        r"(?:would|will|could|does) (?:my|your) heart (?:just )?stop\b|(?:will not|wont) matter (?:\w+ ){0,2}after "
        r"(?:this|next|the) (?:week|wk|weekend|month)|let me go\b(?! (?:to|and (?!not)|home|out|back|of|with|for|on|in|"
        r"through|first|now that|get|see|check)\b)|(?:so|then) (?:at least )?(?:it|this|everything|all this|the pain) "
        r"(?:would|will|could) (?:all )?(?:end|be over)\b|(?:go to sleep|sleep) and not (?:bother|trouble|burden) "
        r"(?:anyone|anybody|everyone|you|them)"),
    "hopeless": (
        r"(?:a|such a|just a|being a) drain on (?:everyone|everybody|them|my \w+|the \w+)|(?:weight|millstone|"
        r"albatross) (?:round|around) (?:her|his|their|my \w+|everyone s|everyones) neck|(?:given|gave|giving) up on "
        r"(?:everything|life|living)|no light at the end of (?:the|this|my) tunnel|(?:do not|cannot|can not) "
        r"(?:want to )?do another (?:year|month|week|day|winter|christmas) (?:of (?:this|it))?|(?:(?:do not|dont) "
        r"(?:really )?care|idc) (?:if (?:it does|i die|i do|i live|i wake up|it kills me)|(?:about|abt) (?:\w+ ){0,4}"
        r"(?:anymore|any more))|(?:do not know|dunno|no idea) why i am (?:even )?(?:bothering|asking|trying)|(?:it is|"
        r"its) all (?:just )?too much|too (?:painful|hard|much) to carry on\b(?! (?:with|working|at|doing|walking|"
        r"running|the)\b)"),
    "intent": (
        r"(?:" + _DAY + r"|now) (?:feels|seems|is) (?:like )?(?:the )?(?:right|perfect) (?:time|night|day|moment)|"
        r"and that (?:is|will be) (?:that|it)\b|i know what (?:they|theyre|they are|it is|its) for|(?:does not|"
        r"do not|no longer) (?:scare|frighten) me (?:anymore|any more)|(?:reading|read|looking|looked|searching|"
        r"searched|researching) (?:\w+ ){0,2}ways? out\b|found (?:one|a way|a method|the way) that (?:would|will|"
        r"could) work|(?:decided|decide) (?:that )?(?:it is|it will be|its) (?:going to be )?(?:\w+ )?" + _DAY +
        r"|when (?:the house|the flat|everyone|the kids) (?:is|are) (?:empty|out|away|gone)|(?:does|do|will|would) "
        r"(?:it|they) (?:\w+ )?(?:hurt|be painful)\b|how long (?:\w+ ){0,2}(?:before|until|till|til) (?:it|they|"
        r"that) (?:took|take|takes|would take|kicks? in|works?)|(?:stopped|stop|not) eating (?:\w+ )?on purpose|"
        r"starv\w* myself|not for (?:the )?(?:pain|sleep)\b(?! (?:relief|itself))|(?:need|going|have) to (?:pick|"
        r"choose|set) (?:a|the) (?:day|date)|not (?:to )?call (?:an |the )?ambulance|(?:looking|looked|look|"
        r"search\w*|googl\w*) (?:\w+ ){0,2}(?:tallest|highest|nearest|closest) (?:bridge|building|cliff|car park|multi "
        r"storey|tower|block)"),
    "means": (
        r"(?:(?:been|started|keep|have been) (?:putting|setting) aside|(?:saved|saving) up|squirrel\w* away) (?:\w+ )"
        r"{0,5}" + MEDICINES + r"|if (?:someone|somebody|i|you|a person|they) (?:\w+ )?(?:swallowed|swallow|took|take|"
        r"downed|ate) (?:their|my|your|a|the) (?:whole|entire|full) (?:box|bottle|packet|pack|strip|tub) of|(?:take|"
        r"took|swallow\w*|down\w*) (?:like |about |around |maybe )?(?:[2-9]\d|\d{3,})\b(?! ?(?:mg|mcg|ug|ml|iu|g|"
        r"milligrams?|micrograms?|units?|drops|minutes|mins|days|weeks|seconds)\b)(?: of)? (?:\w+ ){0,3}"
        + MEDICINES + r"|turn\w* the wheel|into (?:an |the )?oncoming|where the (?:railway |train )?(?:line|tracks?) "
        r"(?:runs|is|are|comes)|(?:take|taking|swallow|swallowing|down|eat) (?:the|my) (?:whole|entire|full) "
        r"(?:tub|bottle|box|packet|pack|strip|jar)\b"),
    "farewell": (
        r"(?:dog|cat|pets?|rabbit|parrot) (?:\w+ ){0,5}for keeps|(?:rehom\w*) (?:\w+ ){0,2}(?:dog|cat|pets?)|"
        + _PERSON + r" (?:is )?taking (?:the|my) (?:dog|cat|pets?)|(?:sorted|made|written|wrote|finished|signed) "
        r"(?:out )?the will\b|tying up (?:\w+ )?loose ends|pa(?:id|ying|y) (?:back |off )?(?:\w+ ){0,2}(?:money|debts?)"
        r"(?: i (?:owe|owed))?|cleared out (?:most of |all of )?(?:the|my) (?:flat|house|room|stuff|things)|"
        r"written down for " + _PERSON + r"|so (?:she|he|they|" + _PERSON + r") (?:will not|would not|does not|"
        r"do not|wont) (?:have to|need to) (?:sort|deal with|worry about|do) (?:anything|it|out)|(?:given|gave|giving|"
        r"give) away (?:\w+ ){0,3}(?:jewell?ery|jewelry|rings?|watch|clothes|medals|photos)"),
    "self_harm": (
        r"(?:cutting|burning|scratching|carving|slicing) (?:into )?(?:the (?:tops?|backs?|insides?) of )?my "
        + _BODY + r" (?:\w+ ){0,4}(?:when|whenever|to cope|to feel|because it|it is the only)|(?:take|took|taking) "
        r"a (?:blade|razor|knife) to (?:\w+ ){0,3}my " + _BODY + r"|(?:bang\w*|hit\w*|smash\w*) my head (?:\w+ ){0,5}"
        r"(?:till|until|til) i (?:saw|see) stars|(?:cutting|banging my head|hitting myself|burning myself) (?:\w+ )"
        r"{0,5}helps (?:more|better) than"),
}
