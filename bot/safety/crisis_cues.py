"""Crisis by warning-sign classes: the second net after the crisis phrase lexicon (`bot.safety.lexicon_crisis`).

Every blind round showed the phrase lexicon catching most wordings it was fixed for and few new ones (round
six: 7 of 24). People in crisis rarely use one fixed phrase; they combine a few of the same handful of warning
signs. The screens list those signs, so this module looks for the signs as word classes and fires when two
different classes meet in one message:

- ENDING: not being alive or around any more ("not wake up", "won't be around much longer", "disappear",
  "end things", "go somewhere nicer after");
- INTENT: having decided, planned or set a time ("made my mind up", "how I'd do it", "don't talk me out of it");
- MEANS: means at hand or prepared ("bought what I need", "the pills are on the table", "everything in the
  medicine cabinet", a bridge or a roof to step off);
- HOPELESS: hopelessness, being a burden, being worn out by living ("no future", "dead weight", "they'd be
  free of me", "done fighting", "can't keep doing this", "nobody would notice");
- FAREWELL: goodbyes and affairs put in order ("last message", "letters for the kids", "tell my daughter I'm
  sorry", the dog given away, appointments cancelled because they "won't be needed").

Sources: C-SSRS screener (Columbia Lighthouse Project): wish to be dead, thoughts, method, intent, plan, preparatory
behaviour; PHQ-9 item 9 (Kroenke et al. 2001); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NHS "Help for suicidal thoughts"
(https://www.nhs.uk/mental-health/feelings-symptoms-behaviours/behaviours/help-for-suicidal-thoughts/).
Idioms ("this back is killing me", "dying for a coffee", "I'd rather die than…", "dead tired") are removed before the
classes are looked for. Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.safety.crisis_cues_affairs import SESSION15B_CLASSES
from bot.safety.crisis_cues_amounts import AMOUNT_CLASSES, KIN
from bot.safety.crisis_cues_indirect import INDIRECT_CLASSES
from bot.safety.crisis_cues_lay import MORE_CLASSES
from bot.safety.crisis_cues_more import SESSION13_CLASSES
from bot.safety.crisis_cues_plans import SESSION14_CLASSES
from bot.safety.crisis_cues_preparations import PREPARATION_CLASSES
from bot.safety.crisis_cues_round55 import FALL_TOLD
from bot.safety.crisis_cues_settings import SESSION15_CLASSES
from bot.safety.crisis_idioms import strip_life_idioms

# Everyday idioms of death and killing: removed first, so they count for no class.
IDIOMS = (r"(?:is|are|was|were|be|it is|keeps?|been) (?:\w+ ){0,2}(?:killing|murdering|slaughtering) (?:me|us|my \w+)|"
          r"(?:dying|dieing) (?:for|to|of (?:laughter|embarrassment|boredom|thirst|hunger))|"
          r"(?:could|would|nearly|almost|literally) (?:have )?(?:died|die) (?:of|from|laughing|with)|"
          r"(?:rather|sooner) die than|dead (?:tired|on my feet|beat|set|easy|good|serious|right|heavy|funny)|"
          r"(?:kill|murder) for (?:just )?(?:a|an|some|the|one|another|any|more)\b|"
          r"(?:could|would|can) (?:easily |happily )?murder (?:a|an|some) "
          r"(?!(?:person|man|woman|guy|child|kid|baby|one|body|people)\b)\w+|(?:death|end) of me|dead ?line|"
          r"(?:shoot|kill) me now|to die for|killer (?:workout|headache|pain|back)|"
          r"(?:my|the) (?:legs?|back|arms?|feet|body) (?:\w+ ){0,2}(?:dead|died)|"
          # Round twenty: exaggeration told as a joke ("they'll have to bury me in a Z shape", "shoot me like an old
          # horse"), exasperation with someone else ("I'm going to kill my physio"), "like death warmed up", "want
          # to scream into a pillow": none of them is about the writer's own life.
          r"(?:bury|shoot|put) me (?:down )?(?:\w+ ){0,3}(?:like (?:a|an|the) (?:\w+ )?(?:horse|dog|animal)|in an? \w+ "
          r"shape)|(?:kill|murder|strangle|throttle) (?:my|the|that|this|our) (?!own\b|self\b)(?:\w+ )?(?:physio|"
          r"boss|husband|wife|partner|kids?|son|daughter|brother|sister|mum|mom|dad|neighbou?r|dog|cat|trainer|"
          r"instructor|teacher|doctor|gp|landlord|colleague|flatmate|roommate|printer|laptop|phone)\b|"
          r"(?:like|as) death warmed (?:up|over)|scream\w* into (?:a|my|the) pillow|"
          # Session 13: a song, its title and all, stuck in one's head (an earworm) says nothing of the writer.
          r"(?:song|tune|track|jingle)(?: \w+){0,6} (?:stuck|going round|on repeat) (?:\w+ )?in my head|(?:had|have|"
          r"got|playing) (?:\w+ ){1,4}on repeat|"
          # Exaggeration and everyday phrases the learned check misread in rounds 7-8: "one more spinach salad and I'll
          # die", "they'd die if I made them eat liver", "nearly killed myself carrying a wardrobe", "this hangover
          # might kill me", "kill the pain", "overdo it", "cut myself shaving", "hope I don't wake up this stiff".
          r"one more (?:\w+ ){0,5}(?:i swear )?i (?:will|would) (?:literally )?(?:die|scream)|(?:would|will|theyd|"
          r"youd|hed|shed|wed) "
          r"(?:literally |actually )?die if (?:i|you|we|they) (?:made|make|fed|feed|gave|give|served|forced)|(?:nearly|"
          r"almost) killed myself (?:\w+ing|on|falling|tripping)|died and gone to heaven|(?:hangover|cold|flu|workout|"
          r"gym|kids|commute|heat|traffic|deadline|exams?|hill|stairs) (?:\w+ ){0,3}(?:might|will|could|is going to) "
          r"(?:actually |literally )?kill me|kill (?:the|this|my) (?:pain|ache|headache|cramps?)|overdo (?:it|things)|"
          r"cut myself (?:shaving|cooking|chopping|gardening|on)|(?:cut|burn|burnt|burned|scald\w*) myself "
          r"(?:\w+ ){0,4}(?:when|while) (?:i am |i was )?(?:cooking|ironing|baking|shaving|chopping|gardening)|"
          r"(?:hope|hoping) i do not wake up (?:with|this|so|"
          r"stiff|sore|in pain|feeling)|sleep for (?:a|about a) (?:week|month|year)|tired of being tired|(?:good ?bye|"
          r"bye) for now")
IDIOMS += "|" + FALL_TOLD   # session 34, round 55: a fall told as what happened (`crisis_cues_round55`)

_CLASSES: dict[str, str] = {
    "ending": (
        r"(?:not|never) (?:\w+ ){0,2}wake up(?! (?:with|stiff|sore|in pain|early|at|during|every|feeling|aching))|"
        r"(?:not|no longer) (?:be )?(?:around|here|alive|a problem|a burden|in the way)(?: \w+){0,3} (?:much )?"
        r"(?:longer|anymore|any more|soon)|(?:will not|would not|not going to) be (?:\w+ ){0,3}(?:much|for) longer|"
        r"(?:will not|would not|not going to) (?:be needing|need) (?:them|it|any of|my)|"
        # Round ten: "so tired of existing", "better I am not there at all", "if I got hit by a bus I'd be relieved".
        r"tired of (?:existing|being alive|being here)|better (?:off )?(?:if )?i (?:am|was|were) not (?:\w+ )?"
        r"(?:there|here|around|alive)|if i (?:got|get|was|were) (?:hit|run over|knocked down) by (?:\w+ ){0,3}"
        r"(?:relieved|relief|not mind|not care|glad)|"
        r"(?:not|never) (?:going to )?be (?:around|here|alive) (?:after|by|past|beyond|at|for)\b|"
        r"(?:just )?(?:disappear|disappeared|dissapeared|vanish|vanished)\b|"
        r"end (?:it|things|everything|my life|it all)\b|(?:be|being) (?:gone|dead)\b|"
        r"(?:go|going|people go|you go) somewhere (?:\w+ )?(?:after|afterwards)|(?:after|when) (?:i am|i am) gone|"
        r"(?:stepping|step|jump|jumping|fall|falling) (?:off|from)|(?:want|wanted|wanting) (?:it|this|everything) "
        r"(?:all )?(?:to )?(?:be )?over|(?:sleep|rest) (?:forever|for good)|not (?:be )?waking up|"
        r"(?:die|dying|death|dead)\b|"
        # Round nine: "it'll all be over soon".
        r"(?:it will|itll|it is going to|it is all going to) "
        r"(?:all )?be over (?:\w+ )?(?:soon|shortly|before long)|"
        # Round eleven: "i wont b here by fri" (text-speak "b"), "wouldn't mind if a bus took me out".
        r"(?:will not|not going to) (?:be|b) (?:around|here|alive) (?:long enough|by|come)\b|"
        r"(?:would not|will not) mind (?:\w+ ){0,2}if (?:a |the )?(?:\w+ ){0,2}(?:took me out|hit me|killed me|ran me "
        r"over)|(?:do not|will not|never) have to (?:live|go on|be here) (?:\w+ ){0,3}(?:much )?(?:longer|anymore)"),
    "intent": (
        r"made (?:up )?my mind(?: up)?|how (?:i would|i will|i could|to) do it|"
        r"talk me out of|(?:going|plan|planning|ready) to do it|(?:picked|chosen|set) (?:a |the )?(?:day|date|time)|"
        r"(?:tonight|this weekend|tomorrow) is (?:the night|when)|getting harder not to|(?:thinking|thought|think) "
        r"(?:about|of) (?:\w+ ){0,4}(?:pulling over|stepping|jumping|doing it|taking them|how)|"
        r"(?:not|have not|has not|never) (?:done|tried|used) (?:it|anything|them) (?:\w+ )?yet|"
        r"would (?:it|that|they) (?:\w+ )?(?:be )?(?:painless|quick|enough|work|hurt)\b|it(?: will|ll| is going to) be "
        r"(?:tonight|tomorrow|this weekend|soon)\b|how (?:quick|quickly|"
        r"painless|easy|fast) it would be|i (?:have |had )?decided (?:that )?i (?:am|will|would|was)? ?(?:not|never)|"
        r"not sure i (?:will|would|can|could) (?:\w+ ){0,3}next time|"
        r"already decided\b(?! (?:to|on|which|what|that|between|whether|how|against|where|"
        r"when)\b)|(?:worked out|figured out|found) "
        r"(?:a|the) way (?:to make sure|so that|so)\b"),
    "means": (
        r"(?:bought|got|have|got hold of|sorted) (?:\w+ ){0,2}(?:what|everything) i (?:need|needed)|"
        r"(?:pills|tablets|tabs|meds|medication|medicines|packets|bottle) (?:\w+ ){0,3}(?:on the table|in front of me|"
        r"lined up|ready|counted out|next to me|by the bed)|(?:everything|all the \w+|the lot) in (?:the |my )?"
        r"(?:medicine|bathroom) (?:cabinet|cupboard)|(?:stockpil|hoard|sav(?:ed|ing) up|stash)\w* (?:\w+ ){0,3}"
        r"(?:pills|tablets|tabs|meds|medication|painkillers)|sav(?:ed|ing) (?:up )?(?:all |some |a few |loads )?"
        r"(?:of )?(?:my|his|her) (?:\w+ )?(?:pills|tablets|tabs|meds|medication|painkillers)|rope|(?:the |a )?"
        r"(?:bridge|railway|tracks|roof|ledge|cliff|car park|platform)\b|in front of (?:a |the |an )?(?:\w+ )?(?:bus|"
        r"train|car|lorry|truck|traffic|tube|one)\b"),
    "hopeless": (
        r"no (?:future|hope|way out)\b|no point (?:in )?(?:anything|living|going on|carrying on|any of (?:it|this)|"
        r"anymore|any more)|(?:do not|cannot|can not) see (?:a |any |the )?(?:future|point|way out)|"
        r"dead weight|(?:a )?burden (?:to|on|for)|(?:be|are|would be|get to be) free of me|better off without me|"
        r"(?:done|finished|tired of) (?:fighting|trying|living|it all|everything)(?! (?:with|for|over|about)\b)|"
        r"(?:cannot|can not) (?:keep|carry on|go on|face|do) (?:\w+ ){0,2}(?:doing this|like this|another|this "
        r"anymore|this any more|anymore|any more)|(?:nobody|no one|noone) (?:would|will) (?:even )?(?:notice|care|"
        r"miss)|(?:had|have had) enough of (?:everything|it all|life|living)|give up on (?:everything|life)|"
        r"(?:so )?tired of it all|(?:easier|better) (?:for|life for) (?:everyone|them|all of them|my " + KIN + ")|"
        r"tired of (?:this|my) life|better off (?:\w+ ){0,5}than (?:with )?me\b|"
        # Round ten: "done wi it aw" (read "done with it all"), "cyaan tek it nuh more", "then they can be free",
        # "idk if theres any point starting the b12 jabs".
        r"(?:done|finished) with (?:it all|everything|life|living)|(?:cannot|can not) (?:take|stand|bear|handle) (?:it|"
        r"this|any of (?:it|this)) (?:\w+ )?(?:anymore|any more|not more|no more)|(?:then|so) (?:they|she|he|my \w+) "
        r"(?:can|could|will|would) be free\b|(?:idk|do not know|not sure|no idea|wonder) (?:if|whether) (?:there is|"
        r"theres|there s|it is) (?:any|much) point|no point (?:in )?(?:starting|bothering|booking|buying)|"
        r"save (?:everyone|them|the family|my family|everybody) (?:the )?(?:bother|trouble|hassle|burden)|"
        r"(?:do not|don|done) tire (?:for|of) (?:this )?life"),
    "farewell": (
        r"(?:last|final) (?:message|post|time|thing|words?)\b|good ?bye|(?:written|wrote|writing|left) (?:\w+ ){0,2}"
        r"(?:letters?|notes?) for|tell (?:my |\w+ )?(?:\w+ )?(?:i am sorry|i love (?:them|her|him|you))|"
        r"(?:given|gave|giving) (?:\w+ ){0,3}(?:dog|cat|pets?|things|stuff|belongings|guitar|bike|car|watch|ring|"
        r"jewell?ery|jewelry|collection|books|games|console|records|tools) (?:away|to)|(?:sorted|made|written|wrote|"
        r"done|"
        r"finished|signed|updated) (?:out )?(?:my|a) (?:\w+ )?will\b(?! (?:be|have|not|power|probably))|"
        r"cancell?ed (?:\w+ ){0,2}(?:appointments?|plans)|(?:will|testament) (?:is )?(?:ready|sorted|done)|"
        r"thanks? (?:\w+ )?for (?:everything|trying|all your help)|affairs in order|take care of (?:my|the) "
        r"(?:kids|children|dog|cat)|"
        # Round ten: given away told verb first, affairs left in order "so they'll be alright", a goodbye nobody
        # understood ("she doesn't know what I meant by it"), a sorry for everything, then out of reach.
        r"(?:given|gave|giving|give) away (?:\w+ ){0,3}(?:dog|cat|pets?|things|stuff|belongings|guitar|bike|car|"
        r"records|books|games|collection|tools)|so (?:(?:they|the kids|the children|she|he|my \w+) (?:will|would)|"
        r"theyll|"
        r"theyd) be "
        r"(?:alright|all right|ok|okay|fine|looked after|provided for|sorted)|(?:bank details|passwords|papers|"
        r"paperwork|insurance) (?:\w+ ){0,4}(?:on the table|in the drawer|sorted|in order)|(?:on the table|"
        r"in the drawer) "
        r"(?:\w+ ){0,3}(?:bank details|passwords|papers|paperwork|insurance)|(?:no idea|not know|not "
        r"knowing|not realise|not realize|not understand|not get) what i (?:meant|mean|was saying)|sorry for "
        r"everything|(?:phone|mobile) (?:is |has been |was )?(?:switched |turned )?off|(?:not|stopped) answering "
        r"(?:his|her|their|the|my) (?:phone|calls|texts)|"
        # Round eleven: things handed out, "tidy up before I go", a note left "where she'll find it", a last
        # message (a phrase of its own in `lexicon_crisis`).
        r"hand\w* (?:\w+ ){0,3}(?:stuff|things|belongings) (?:out|away)|(?:tidy|sort|clear) (?:\w+ )?(?:up|out|"
        r"things) before i (?:go|leave|am gone)\b(?! (?:on|to|out|away|back|into|for|in|home|abroad)\b)|"
        r"where (?:(?:she|he|they|my \w+|mum|mam|mom) (?:will|would|can)|shell|theyll|shed|theyd) find (?:it|them)"),
    # NHS self-harm: hurting oneself as a way of coping ("I burn myself with a lighter when it all gets too much");
    # hurting oneself by accident ("hurt myself lifting boxes") is not this.
    "self_harm": (
        r"(?:cut|cutting|burn|burning|burnt|hurt|hurting|harm|harming|hit|hitting|punch|punching|scratch|scratching) "
        r"myself (?:\w+ ){0,4}(?:when|to cope|to feel|because it|with (?:a |the )?(?:lighter|blade|razor|knife|"
        r"cigarette|match|candle|scissors))|"
        # Round eleven: punching a wall until the knuckles split (NHS self-harm: hitting or punching oneself or walls).
        r"(?:punch|punching|punched|hit|hitting|bang\w*) (?:the |a )?walls? (?:\w+ ){0,3}(?:till|til|until) "
        r"(?:my )?(?:knuckles|hands?|fists?) (?:\w+ )?(?:split|bleed|bled|bleeding|bruised|broke|cracked|raw)"),
}
# A class that is a crisis on its own.
_ALONE = ("self_harm",)
# Which pairs of classes make a crisis: a way out named together with wanting it, preparing it, saying
# goodbye or despair; prepared means with a plan, despair or a goodbye; a goodbye with despair.
_PAIRS = (("ending", "intent"), ("ending", "means"), ("ending", "hopeless"), ("ending", "farewell"),
          ("means", "intent"), ("means", "hopeless"), ("means", "farewell"), ("farewell", "hopeless"),
          ("intent", "hopeless"), ("intent", "farewell"))
# The writer speaks of themselves (C-SSRS asks about the person; a story about a stranger is not a crisis), or
# of nobody at all ("keep standing on the platform thinking how quick it would be": the subject left out).
_SELF = re.compile(r"\b(?:i|me|myself|im)\b|\bmy (?!(?:\w+ )?(?:dad|father|mum|mom|mother|husband|wife|partner|son|"
                   r"daughter|friend|mate|brother|sister|nan|gran|grandad|grandma|grandpa|boyfriend|girlfriend|"
                   r"uncle|aunt|cousin|neighbou?r|colleague)s?\b)")
_OTHERS = re.compile(r"\b(?:he|she|they|him|her|his|them|their)\b")


# The classes that, beside an idiom of one's own death, make it mean what it says.
_BLOCKING = ("intent", "means", "hopeless")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    # Each class with its round-twelve, session-13, -14 and -15 shapes (crisis_cues_lay, _more, _plans, _settings,
    # _affairs, _session17).
    extra = [MORE_CLASSES, SESSION13_CLASSES, SESSION14_CLASSES, SESSION15_CLASSES, SESSION15B_CLASSES,
             PREPARATION_CLASSES, INDIRECT_CLASSES, AMOUNT_CLASSES]
    return re.compile(IDIOMS), {name: re.compile(r"\b(?:" + "|".join([p] + [e[name] for e in extra if name in e])
                                                 + ")") for name, p in _CLASSES.items()}


def without_life_idioms(folded: str) -> str:
    """`folded` (matching form) with the idioms of one's own death that are no wish to die set aside
    (`crisis_idioms`: "killing himself with junk food", "won't be around much longer" at 96), unless a sign of
    intent, means or hopelessness is left beside them ("I'm 86, I won't be around much longer, I've made my mind
    up"): then they say what they say."""
    stripped = strip_life_idioms(folded)
    if stripped != folded:
        idioms, classes = _compiled()
        rest = idioms.sub(" ", stripped)
        if any(classes[name].search(rest) for name in _BLOCKING):
            return folded
    return stripped


def strip_idioms(folded: str) -> str:
    """`folded` (matching form) with its idioms of death and killing replaced by a space (with those of one's own
    death that are no wish to die: `without_life_idioms`)."""
    return _compiled()[0].sub(" ", without_life_idioms(folded))


def warning_signs(folded: str) -> frozenset[str]:
    """The warning-sign classes ("ending", "intent", "means", "hopeless", "farewell") found in `folded` (the
    matching form of a message) once its idioms of death and killing are removed."""
    text = strip_idioms(folded)
    return frozenset(name for name, rx in _compiled()[1].items() if rx.search(text))


def signs_crisis(folded: str) -> bool:
    """Whether the warning signs of a message about the writer make a crisis: self-harm as coping on its own,
    two classes that make a crisis together (see _PAIRS), or two different goodbyes. Returns False for a
    message about someone else (a third-person word and no first-person word)."""
    if not _SELF.search(folded) and _OTHERS.search(folded):
        return False
    found = warning_signs(folded)
    return (any(name in found for name in _ALONE) or any(a in found and b in found for a, b in _PAIRS)
            or _twice(folded, "farewell"))


def _twice(folded: str, name: str) -> bool:
    """Whether class `name` is met twice in different words ("my last message … letters for the kids")."""
    return len({m.group(0) for m in _compiled()[1][name].finditer(strip_idioms(folded))}) >= 2
