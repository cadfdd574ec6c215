"""Red-flag lexicon, crisis told as a way out already looked at, rehearsed or prepared for (round sixteen), strong (a
crisis alone), in the form of `bot.safety.lexicon_crisis`.

Round sixteen's English crisis messages that no phrase or class caught were of these kinds:

- a lethal means seen as the answer: the gun in the shed, a rope, a bridge "looks like the easiest fix / the only way
  out" (VA/DoD CPG 2019: access to firearms; 988 Lifeline warning signs: looking for a way). Not pills or a
  supplement "the easiest fix" for pain, which is an ordinary question;
- rehearsal at a height or a track: standing again and again, or for a long while, at the edge of a platform, a
  roof, a bridge or a car park; picturing, wanting or thinking about jumping from a terrace, a roof, a balcony, a
  bridge (C-SSRS question 6: preparatory acts, "went to a place to jump"); practising a knot or a noose;
- looking the method up: which bridge or car park is highest, how long it takes to bleed out, drown or hang;
- a stash kept for weeks or months, or "enough" of a painkiller put by, put away, stockpiled (C-SSRS question 6:
  collected pills); all of them taken "together / at once" on a named day;
- the death made to look like an accident or natural, so the insurance pays (concealment: preparatory behaviour);
- a lethality question told as the writer's own wish ("asking because that's what I want");
- a date set ("not planning to be around by Christmas"), one's "own way out" found or taken;
- identification: another's suicide or overdose, then "tempted to do the same";
- self-harm told with its place and purpose: cutting the tops or insides of the legs or arms "so I feel something
  else", cuts getting deeper each time (NICE NG225, "Self-harm", 2022: escalation).

Sources: C-SSRS screener (Columbia Lighthouse Project); 988 Suicide & Crisis Lifeline warning signs
(https://988lifeline.org/how-we-can-all-prevent-suicide/); NICE NG225 (https://www.nice.org.uk/guidance/ng225);
VA/DoD CPG (https://www.healthquality.va.gov/guidelines/MH/srb/). Patterns are over the matching form
(`bot.safety.matching`: lower case, contractions expanded, text-speak and digits-for-letters read as words).
"""

from __future__ import annotations

from bot.safety.lexicon import Concept
from bot.safety.lexicon_crisis import MEDICINES

_LABEL = "thoughts of suicide or self-harm"
# Lethal means only: pills and supplements are "the easiest fix" for pain, a train "the easiest way" to a clinic.
_LETHAL = (r"(?:gun|guns|pistol|revolver|rifle|shotgun|handgun|firearm|rope|noose|pesticide|poison|weedkiller|"
           r"hosepipe)")
_HIGH = (r"(?:platform|roof|rooftop|bridge|cliff|balcony|car park|multi storey|building|tracks|ledge|quarry|tower|"
         r"terrace|flyover|overpass|tower block|window|edge)")
_AGAIN = (r"(?:again|keep|keeps|kept|every (?:day|night|morning|evening)|each (?:day|night)|\w+ times|for (?:an|a|half "
          r"an|\w+) (?:hour|hours|while|minutes|ages)|thinking|wondering|tempted|imagin\w*|picturing)")
# What people do at an edge that is not a rehearsal.
_SIGHTSEEING = (r"\b(?:photo\w*|pictures?|selfies?|views?|sunset|sunrise|waiting|wait|late|delayed|fishing|watch\w*|"
                r"paint\w*|hik\w*|climb\w*|birds?|work\w*|job)\b")
_THOUGHT = (r"(?:think|thinking|thought|thoughts|tempted|urge|want|wanted|wanting|picture|picturing|imagine|imagining|"
            r"dream|dreaming|fantasi[sz]\w*|wish|wishing|keep|kept|feel like|considering|considered)")
_DAY = (r"(?:tonight|tomorrow|this (?:weekend|evening|week)|(?:this|on|next|coming) (?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night)")
_DATE = (r"(?:christmas|new year|easter|my birthday|spring|summer|autumn|winter|the (?:spring|summer|autumn|winter|"
         r"new year|end of (?:the )?\w+)|next (?:year|month|week|spring|summer|winter|christmas)|then)")
_SUPPLY = (r"\b(?:for (?:the |a |my |our )?(?:trip|holiday|journey|flight|travel\w*|winter|flu|season|emergenc\w*|"
           r"lockdown|shortage|kids|family|first aid)|we are)\b")
_AWAY = (r"\b(?:abroad|away|holiday|travel\w*|trip|visiting|flying|fly|cruise|moving|move|work\w*|hospital|op|"
         r"operation|surgery)\b")
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|forearms?|ankles?)"

REHEARSED_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(
        # A lethal means seen as the answer.
        r"(?:the |my |a |that |his |dad s )?" + _LETHAL + r"(?: \w+){0,5} (?:looks?|seems?|feels?|is|would be|sounds?) "
        r"(?:like )?(?:the |an |my |a )?(?:easiest|only|best|quickest|simplest|easy|quick|simple|obvious|real) "
        r"(?:fix|way out|answer|solution|option|exit|escape)\b",
        # Jumping pictured or wanted, from any height ("they'd be better if I jumped from the hostel terrace").
        _THOUGHT + r" (?:\w+ ){0,6}(?:jump|jumped|jumping|leap|leaped|leapt|leaping|throw\w* myself|step\w* off) "
        r"(?:off|from|out of) (?:the |a |my |that |our |this )?(?:\w+ ){0,2}" + _HIGH + r"\b(?! (?:for fun|into the "
        r"(?:pool|sea|lake|river|water)))",
        r"(?:practis|practic|rehears)\w* (?:\w+ ){0,3}(?:knot|noose|hanging|with (?:a |the )?rope)\b|(?:tie|tied|tying|"
        r"make|made|making|bought|buy) (?:a |the )?noose\b",
        # Looking the method up.
        r"(?:look\w* up|googl\w*|search\w*|research\w*|read\w* (?:up )?(?:about|on)|check\w*) (?:\w+ ){0,3}(?:which|"
        r"what|the) (?:\w+ ){0,3}(?:bridge|car park|cliff|building|roof|tower|multi storey|drop) (?:\w+ ){0,4}"
        r"(?:highest|tallest|high enough|biggest drop|the drop)\b|(?:look\w* up|googl\w*|search\w*|research\w*|read\w* "
        r"(?:up )?(?:about|on)|wonder\w*) (?:\w+ ){0,3}how (?:long|quick|quickly|fast) (?:\w+ ){0,4}(?:bleed out|"
        r"bleed to death|drown|hang|suffocate)\b",
        # Made to look like an accident, so that nobody knows or the insurance pays.
        r"(?:want|need|make|making|made|so|that) (?:it|this|that|my death|everything) (?:will |would )?(?:to )?(?:look|"
        r"looks|seem|seems|appear|appears) like (?:an |a )?(?:accident|natural causes|heart attack|natural death)\b",
        # A lethality question told as one's own wish.
        r"(?:not|never) (?:\w+ ){0,2}wake up\b(?: \w+){0,4} (?:that is what i (?:want|need|am after)|(?:is|be) what i "
        r"want|i want that)",
        # One's own way out found or taken (not "of the car park").
        r"(?:find|take|make|choose|found|took|have) my own (?:way out|exit|way to go)\b(?! of\b)",
        # Self-harm with its place and its purpose, and cuts getting deeper.
        r"(?:cut|cutting|burn|burning|burnt|burned|scratch\w*|carv\w*|slic\w*) (?:myself|(?:(?:the )?(?:tops?|insides?|"
        r"backs?|fronts?) of )?my (?:\w+ )?" + _BODY + r") (?:\w+ ){0,5}?(?:(?:so (?:that )?i (?:can )?|to )(?:feel "
        r"(?:something|anything|better|numb|real|alive|in control|less|nothing|the pain)|stop feeling|not feel)|to "
        r"(?:cope|distract)|on purpose|deliberately)\b",
        r"(?:my |the )?(?:cuts|burns) (?:\w+ ){0,2}(?:getting|get|got|going|are) (?:\w+ )?deeper\b",
    )),
    # Rehearsal at the edge of a height or a track, repeated or drawn out; not photos, a view, a late train.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_SIGHTSEEING, phrases=(
        r"(?:stand|standing|stood|sit|sitting|sat|lean|leaning|leant|leaned|go|going|went|walk|walking) (?:\w+ ){0,2}"
        r"(?:at|on|near|by|over|to|right at|right on) (?:the )?(?:very )?edge of (?:the |a |that |our )?(?:\w+ ){0,3}"
        + _HIGH + r"\b(?: \w+){0,8}? " + _AGAIN + r"\b|" + _AGAIN + r" (?:\w+ ){0,3}(?:stand|standing|stood|sitting|"
        r"sat|going|go) (?:\w+ ){0,2}(?:at|on|near|by|to|right at|right on) (?:the )?(?:very )?edge of (?:the |a |that "
        r")?(?:\w+ ){0,3}" + _HIGH + r"\b",
    )),
    # A stash kept for weeks, or enough of it put away; not a supply for a trip, the winter or the flu season.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_SUPPLY, phrases=(
        r"(?:putting|put|setting|set|keeping|kept|saving|saved) (?:\w+ ){0,3}" + MEDICINES + r" (?:\w+ ){0,1}(?:aside|"
        r"away|by)\b (?:\w+ ){0,2}for (?:some|a few|several|many|\w+) (?:weeks|months|days)\b|(?:enough|plenty|loads)"
        r" (?:of )?(?:\w+ ){0,2}" + MEDICINES + r" (?:\w+ ){0,2}(?:put by|put away|put aside|stockpiled|"
        r"hidden|stashed|squirrelled away|tucked away)\b|(?:stockpil\w*|hoard\w*|stash\w*) (?:\w+ )"
        r"{0,4}" + MEDICINES + r"\b",
    )),
    # A date set; not a trip away.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, unless=_AWAY, phrases=(
        r"(?:not|never) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:be|being) (?:around|here|"
        r"alive) (?:by|past|beyond|after|come|for|at) " + _DATE + r"\b",
    )),
    # All of them taken together on a named day, the tablets named in the message.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(MEDICINES, _DAY), phrases=(
        r"(?:take|taking|swallow|swallowing|down|have) them all (?:together|at once|in one go|at one time|at the same "
        r"time)\b",)),
    # A lethality question told as one's own wish ("asking because that's what I want").
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(
        r"(?:die|dead|wake up|overdose|kill|fatal|lethal|stop (?:\w+ ){0,2}heart)",), phrases=(
        r"(?:asking|ask|i ask) (?:because|as|since|cos|coz) (?:that is|it is|this is) what i (?:want|need|am planning|"
        r"plan)\b(?! to (?:know|find|check|ask|learn))",)),
    # Another's death or overdose, then the writer tempted to do the same.
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, requires=(
        r"(?:swallow\w* (?:all|the lot|a whole|every|her whole|his whole)|overdos\w*|kill\w* (?:himself|herself|"
        r"themselves)|took (?:his|her|their) (?:own )?life|jump\w* (?:off|from)|hang\w* (?:himself|herself|"
        r"themselves))",), phrases=(
        r"(?:tempted|want|wanting|going|thinking|planning|plan|think about|thinking about|thinking of|wish i could|"
        r"could easily) (?:to )?(?:do|doing) (?:the )?same\b(?! (?:\w+ )?(?:run|race|course|diet|job|"
        r"walk|charity|training|trip|degree|exercise|thing for|for))",)),
)
