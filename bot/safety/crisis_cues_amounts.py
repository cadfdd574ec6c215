"""Warning signs told as amounts, outcomes and belongings, for the classes of `bot.safety.crisis_cues` (read from
safety round thirty-three, session 19). Each is weak: a crisis only with a second, different class, as in the other
cue modules; none of them names a vignette's words, each is a grammatical shape.

- MEANS: wanting, buying or having *enough* of something "to finish / end things" (a quantity sought for a purpose:
  Harvard "Means Matter", access to a lethal amount; NICE NG225 1.5, asking about the means and their quantity);
- INTENT: how many or how much "would it take to do damage / do harm / hurt myself" (the lethality question told with
  a verb of harm rather than of dying; WHO/IASP media guidance: questions about lethality are a warning sign; C-SSRS
  item 3, thoughts of method). A parent's toxicity question is this shape too, so it never fires alone;
- HOPELESS: not caring what happens to oneself, or whether one lives or wakes up (988 Lifeline warning signs:
  hopelessness, no reason to live; Beck Hopelessness Scale item "I might as well give up because there is nothing
  I can do about making things better for myself");
- ENDING: the writer not being around "to need / use / see" their things (the future absence told by its
  consequence; 988 Lifeline: talking about not being around), and "finish things / finish it all" (the verb
  "end" told with "finish", as "end things" is in `crisis_cues`), not "finish things at work" or "finish it off";
- FAREWELL: dividing one's belongings, "sorted out who gets what" (988 Lifeline and AFSP: giving away possessions,
  putting affairs in order); possessions given away with two objects joined ("gave my X and the dog to"), which
  the older pattern (three words between) missed.

Session 19, second helper (round thirty-five read):

- MEANS: a counted stock of tablets (a number of ten or more, or "a box / packet / bottle of" them) and a drink of
  spirits or wine set out together "beside me / next to me / in front of me / on the table" (medicines and alcohol
  at hand at once: NICE NG225 1.5.3, ask about access to means, and alcohol as a risk factor for acting; Samaritans
  media guidelines: paracetamol and alcohol together). Weak like every class: a question of what one may drink
  with one's vitamins names no set-out stock beside the writer.

Session 21 (round thirty-seven read; each weak, a crisis only with a second class):

- MEANS: tablets counted ("counting the co-codamol in the drawer") and a month's or a week's worth of a medicine
  named as one amount ("a whole month of amitriptyline"): a stock of means looked over (C-SSRS 5-6,
  preparatory acts; NICE NG225 1.5, ask about access to means and their quantity);
- INTENT: working out "whether it's enough" with nothing after it (enough to last, for the week, till the next
  prescription is a supply question and is left out); whether something "would make it quicker / painless"; whether a
  large amount at once "would do it / do the job" (the lethality question told elliptically: WHO/IASP media
  guidance; 988 Lifeline, researching a way to die). "Would 2 at once do it for a headache" names no large amount;
- HOPELESS: "tired of life" (taedium vitae, the passive wish of the C-SSRS item 1 "wish to be dead" family; 988
  Lifeline: no reason to live), not "tired of life in the city / on the road";
- ENDING: stopping eating or drinking "and just let go / fade away / die" (voluntary refusal of food as a way of
  dying: WHO "Preventing suicide: a global imperative" 2014, older adults; Royal College of Psychiatrists on
  self-neglect in late life), not stopping eating sugar or after seven; someone "won't have to worry about me much
  longer" or "won't be a worry / burden to you much longer" (988 Lifeline: talking about not being around);
- FAREWELL: possessions handed out or given away with the verb's particle first ("handing out her jewellery";
  988 Lifeline: giving away possessions);
- SELF_HARM (a crisis alone, as in `crisis_cues`): hitting, punching, banging or slapping oneself until it bruises,
  bleeds or leaves marks (NHS "Self-harm": hitting or punching yourself), not knocking oneself on a door by accident
  (no "until"); scratching is left out (eczema, an itch "until it bleeds").

Session 21, round thirty-eight read (each weak, a crisis only with a second class):

- MEANS: a bag, stash or stockpile of a medicine or of insulin pens kept, got or saved, or a box or pack of a
  relative's ("a bag of my dad's insulin pens"): access to a lethal quantity (NICE NG225 1.5, ask about access to
  means; Harvard "Means Matter"; insulin as a means: Samaritans media guidelines). One's own pack or box is a supply;
- INTENT: thinking of, planning or going to use, take or inject "them all / the lot / everything" tonight
  or in one go (C-SSRS 4-5, intent with a plan and a time); not "together" or "at once" (several supplements at the
  same time), not "tonight before bed / with food";
- ENDING: "… and be done / and being done" closing the sentence (the end told as being finished; 988 Lifeline:
  talking about wanting to die), not "be done by five", "be done with the ironing";
- FAREWELL: one's things, affairs or papers sorted or put in order (988 Lifeline and AFSP: putting affairs in order),
  not for a move, a trip, the taxman or a clear-out; with letters written to the family it is two goodbyes.

Patterns are over the matching form (`bot.safety.matching`: lower case, contractions expanded).
"""

from __future__ import annotations

from bot.safety.crisis_cues_round41 import KIN, ROUND41
from bot.safety.crisis_cues_round42 import ROUND42
from bot.safety.crisis_cues_round43 import ROUND43
from bot.safety.crisis_cues_round44 import ROUND44
from bot.safety.crisis_cues_round45 import ROUND45
from bot.safety.crisis_cues_round46 import ROUND46
from bot.safety.crisis_cues_round47 import ROUND47
from bot.safety.crisis_cues_round48 import ROUND48
from bot.safety.crisis_cues_round49 import ROUND49
from bot.safety.crisis_cues_round50 import ROUND50
from bot.safety.crisis_cues_round51 import ROUND51
from bot.safety.crisis_cues_session22 import SESSION22
from bot.safety.crisis_cues_session23 import SESSION23
from bot.safety.crisis_cues_session24 import SESSION24
from bot.safety.lexicon_crisis import MEDICINES
from bot.safety.lexicon_crisis_hoped import AMOUNT_AT_ONCE

_FINISH = (r"(?:finish|end) (?:things|it|it all|everything|my life|myself)\b(?! (?:off|up|at|with|for|before|on|by|"
           r"in|today|tomorrow|early|properly|first)\b)")
_STOCK = (r"(?:have|got|holding|counted|lined up|sitting with|sat with|sat here with) (?:out |up )?(?:\w+ ){0,2}"
          r"(?:[1-9]\d+ |(?:a|the|my|his|her) (?:whole |full |new |fresh )?(?:box|boxes|packet|packets|pack|bottle|"
          r"tub|strip|strips) (?:of )?)")
_DRINK = (r"(?:bottle|litre|liter|half|quarter|fifth|glass|can|cans) (?:of )?(?:\w+ )?(?:vodka|whisky|whiskey|gin|rum|"
          r"wine|brandy|tequila|booze|alcohol|spirits|cider)")
_AT_HAND = r"(?:beside|next to|in front of|with) me|here with me|on the (?:table|bed|desk|bedside)"
_POSSESSIONS = (r"(?:dog|cat|pets?|things|stuff|belongings|guitar|bike|car|watch|ring|jewell?ery|collection|books|"
                r"games|console|records|tools|laptop|camera)")

_ENOUGH_BARE = (r"(?:whether|if) (?:it is|there is|there are|they are|that is|i have|i have got|that will be|"
                r"it will be|it would be|they would be|that would be) enough\b(?! (?:to last|for|till|until|to get|"
                r"to see|to keep|"
                r"to cover|of|vitamin|iron|calcium|magnesium|b12|sun|sunlight|left)\b)")
# A time's worth of a medicine ("a whole month of", "a full month s supply of"): packets and bottles taken are the
# overdose kinds of `lexicon_crisis_hoped` and the poisoning notice ("my mate downed a whole packet … won't wake up").
_WHOLE_STOCK = (r"(?:a|the) (?:whole|full|entire) (?:month|months|week|weeks|prescription)(?: s)? (?:supply |worth )?"
                r"(?:of )?(?:(?:my|their|his|her|your|the) )?(?:\w+ )?" + MEDICINES)
_NOT_FOOD = (r"(?! (?:\w+ )?(?:sugar|meat|bread|dairy|gluten|carbs|junk|after|before|late|so|too|at|out|processed|"
             r"takeaways?|snacks?|chocolate|crisps|sweets|much|alcohol|coffee|tea|fizzy|wheat|red|fast|for a)\b)")
SESSION21 = {
    "means": (r"(?:counting|counted|count|totting up|tallying|added up|adding up) (?:up |out )?(?:all )?(?:\w+ ){0,2}"
              + MEDICINES + r"\b|" + _WHOLE_STOCK + r"\b"),
    "intent": (r"(?:working out|work out|worked out|figuring out|figure out|wondering|checking|check|see) "
               + _ENOUGH_BARE + r"|would (?:\w+ ){0,4}make it (?:quicker|faster|painless|less painful|more certain|"
               r"surer|certain)\b(?! to (?:absorb|work|kick in|digest|heal|recover))|(?:" + AMOUNT_AT_ONCE
               + r") (?:\w+ ){0,2}(?:would|will|could|might) (?:do it|do the job|be enough)\b(?! (?:for|to|on)\b)"),
    "hopeless": r"tired of life\b(?! (?:in|on|at|as|with|here|there|abroad|without)\b)",
    "ending": (r"stop (?:eating|drinking|eating and drinking)" + _NOT_FOOD + r"(?: \w+){0,3} (?:and|to) (?:just )?"
               r"(?:let go|fade away|slip away|waste away|die|not wake up|go to sleep for good)\b(?! of)|"
               r"(?:will not|would not|not going to|never) (?:have to|need to|be needing to) (?:worry|bother|fret) "
               r"(?:about|over) me (?:\w+ )?(?:much |for )?(?:longer|anymore|any more|soon)\b|(?:will not|would "
               r"not|not going to) be (?:a|your|anyone s|the family s) (?:worry|problem|bother|burden) (?:to \w+ )?"
               r"(?:much |for )?(?:longer|anymore|any more|for long)\b"),
    "farewell": (r"(?:giving|given|gave|give|handing|handed|hand) (?:out|away) (?:all )?(?:(?:my|his|her|their) )?"
                 r"(?:\w+ )?" + _POSSESSIONS + r"\b"),
    "self_harm": (r"(?:hit|hitting|punch|punching|punched|bang|banging|banged|beat|beating|slap|slapping) myself "
                  r"(?:\w+ ){0,8}(?:until|till|til|so hard) (?:it |they |i |my \w+ |there )?(?:\w+ )?(?:bruis\w*|"
                  r"bleed\w*|bled|marks?|welts?|swell\w*)\b"),
}

__all__ = ["AMOUNT_CLASSES", "KIN"]   # KIN: `crisis_cues_round41`, for `crisis_cues` (at its size limit)
AMOUNT_CLASSES: dict[str, str] = {
    "means": (
        r"(?:want|wanted|need|needed|have|got|buy|buying|bought|get|getting|collect\w*|save|saved|saving) enough "
        r"(?:\w+ ){0,3}to " + _FINISH + r"|" + _STOCK + r"(?:\w+ ){0,4}(?:and|with|plus) (?:a |the |some |my |an? "
        r"open )?" + _DRINK + r" (?:\w+ ){0,2}(?:" + _AT_HAND + r")\b"),
    "intent": (
        r"how (?:many|much) (?:\w+ ){0,6}(?:would|will|does|did|could|can|might) it take (?:\w+ ){0,2}to (?:actually |"
        r"really |seriously |properly )?(?:do (?:\w+ )?(?:damage|harm)|hurt (?:me|myself|you|someone|a person)|harm "
        r"(?:me|myself|you|someone|a person)|damage (?:me|myself|your|my))\b"),
    "hopeless": (
        r"(?:do not|does not|no longer|never) (?:really |even |honestly |actually )?care (?:anymore |any more )?"
        r"(?:about )?(?:what happens to me|(?:if|whether) i (?:live|die|wake up|am here|am alive|make it|survive|"
        r"get hurt|am around))\b"),
    "ending": (
        r"\bi (?:will not|would not|am not going to|will no longer) be (?:around|here|alive) (?:\w+ )?to (?:need|use|"
        r"see|"
        r"enjoy|worry about|care about|spend|read|pay for|wear|play)\b(?!(?: \w+){0,3} (?:till|until|til|before|while|"
        r"during|next|for (?:a|the|two|\d+))\b)|(?:want|wanted|going|ready|time) to "
        + _FINISH + r"|finish (?:things|it all|everything|my life)\b(?! (?:off|up|at|with|for|before|on|by|in|today|"
        r"tomorrow|this|early|properly|first)\b)"),
    "farewell": (
        r"(?:sorted|sorting|sort|worked|working|decided|deciding|written|wrote|writing) (?:out |down )?who (?:gets|"
        r"will get|is getting|should get|should have|can have|gets to have|is having) (?:what|my|all my)\b|"
        r"(?:given|gave|giving) (?:my|his|her) \w+ and (?:my |the |his |her )?(?:\w+ )?" + _POSSESSIONS
        + r" (?:away|to)\b(?!(?: \w+){0,3} to (?:fix|mend|repair|borrow|mind|look after|sell|service|clean)\b)"),
}
for _name, _pattern in SESSION21.items():
    AMOUNT_CLASSES[_name] = AMOUNT_CLASSES[_name] + "|" + _pattern if _name in AMOUNT_CLASSES else _pattern

# Round thirty-eight (session 21): see the module docstring; each class is weak (a second class is needed).
_RELATIVE = (r"(?:dad|father|mum|mom|mother|nan|nana|gran|granny|grandad|grandma|grandpa|husband|wife|partner|"
             r"brother|sister)")
# A bag, stash or stockpile of a medicine (not how a prescription comes), or a box or pack of a relative's.
_KEPT = (r"(?:a|the|my|his|her|their) (?:whole |full |big |spare |secret )?(?:bag|bagful|stash|stockpile|drawer) "
         r"(?:full )?of (?:\w+ ){0,3}(?:insulin(?: pens?)?|" + MEDICINES + r")\b|(?:box|boxes|pack|packs|packet|"
         r"packets|bottle|bottles|bag) of (?:my|his|her|their) " + _RELATIVE
         + r"(?: s)? (?:\w+ )?(?:insulin(?: pens?)?|" + MEDICINES + r")\b")
_ALL_OF_THEM = r"(?:them all|those all|these all|all of them|all of it|the lot|everything|every one|every last one)"
_NOT_A_MOVE = (r"(?!(?: \w+){0,5} (?:for|before) (?:the |my |our |a )?(?:move|moving|house move|holiday|trip|flight|"
               r"tax|taxman|accountant|uni|university|college|charity|car boot|tip|loft|clear ?out|spring clean|"
               r"wedding|new job|job)\b)")
SESSION21_R38 = {
    "means": r"(?:got|have|kept|keeping|saved|saving|stashed|hoarded|hidden|hid) (?:\w+ ){0,2}" + _KEPT,
    "intent": (r"(?:thinking of|thinking about|planning to|planning on|plan to|going to|gonna|want to|ready to) "
               r"(?:just )?(?:using|use|taking|take|injecting|inject|swallowing|swallow|downing|down) " + _ALL_OF_THEM
               + r" (?:\w+ )?(?:tonight|tomorrow night|in one go)\b(?!(?: \w+){0,3} (?:before bed|with (?:food|a "
               r"meal|dinner|supper|water|milk)|after (?:dinner|food|eating|tea)))"),
    "ending": (r"(?:and|then) (?:just )?(?:be|being|finally be) (?:finally )?done(?: with (?:it all|everything|"
               r"life|all of (?:it|this)))?(?= *$)"),
    "farewell": (r"(?:sorted|sorting|sort|put|putting|got|getting) (?:out )?(?:all )?(?:of )?(?:my|his|her) (?:things|"
                 r"affairs|stuff|belongings|papers|paperwork|finances|will)\b(?: (?:out|in order))?" + _NOT_A_MOVE),
}
for _name, _pattern in (*SESSION21_R38.items(), *SESSION22.items(), *SESSION23.items(),   # `crisis_cues_session2x`
                        *ROUND41.items(), *ROUND42.items(), *SESSION24.items(),   # `crisis_cues_round4x`, `_session24`
                        *ROUND43.items(), *ROUND44.items(),   # sessions 25, 26: `crisis_cues_round43`, `_round44`
                        *ROUND45.items(), *ROUND46.items(),   # session 27: `crisis_cues_round45`, `_round46`
                        *ROUND47.items(),   # session 28: `crisis_cues_round47`
                        *ROUND48.items(), *ROUND49.items(),   # sessions 29, 30: `crisis_cues_round48`, `_round49`
                        *ROUND50.items(), *ROUND51.items()):   # session 31: `crisis_cues_round50`, `_round51`
    AMOUNT_CLASSES[_name] = AMOUNT_CLASSES[_name] + "|" + _pattern if _name in AMOUNT_CLASSES else _pattern
