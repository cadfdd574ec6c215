"""Crisis phrases found missing in round twenty-six (session 15): a height at hand with jumping on one's mind, and
the wish not to exist told as "better if I just disappear". Written as grammatical shapes in the writer's voice,
over the matching form (`bot.safety.matching`: lower case, contractions expanded).

- At a window, a ledge, a balcony, a roof or a bridge, thinking about (or wanting) jumping: C-SSRS questions 3-4
  (thoughts of a method, with a place at hand); 988 Lifeline warning signs ("looking for a way to kill oneself").
  Not jumping *on*, *into* or *up* anything ("thinking about jumping on the trampoline"), nor a rope, jacks or a
  queue; not told of someone else. Session 20 (round 36): the place told at more length ("at the window of my flat on
  the 30th floor and think to jump"), up to eight words between the height and the thought, and a high storey by its
  number as a height (jumping from a height is the commonest method in Hong Kong and other high-rise cities: Yip et
  al., "Suicide in Hong Kong", HKJC Centre for Suicide Research and Prevention, HKU; Chen et al., Lancet 2012). The
  thought "think to jump" (Hong Kong and South Asian English "think to" + verb for "think of -ing": Setter, Wong and
  Chan, Hong Kong English, 2010) was already read.
- Being better off, or others being better off, if the writer "just disappeared" or "did not exist" (C-SSRS
  question 1: wish to be dead or not alive; NHS "Help for suicidal thoughts": feeling that others would be better
  off without you). Not disappearing *into* a room, *for* a while, a weekend or a holiday, *off to* somewhere.
"""

from __future__ import annotations

from bot.safety.lexicon import Concept

_LABEL = "thoughts of suicide or self-harm"
# Session 20: a high storey named by its number or place ("on the 30th floor", "20 floors up", "the top storey").
_HIGH_FLOOR = (r"(?:[1-9]\d+ ?(?:st|nd|rd|th)|\w+(?:teenth|tieth)|top|highest) (?:floor|storey|story)|[1-9]\d+ "
               r"(?:floors|storeys|stories) (?:up|high)")
_HEIGHT = (r"(?:window|windows|windowsill|window sill|ledge|edge|balcony|railings?|parapet|roof|rooftop|bridge|"
           r"cliff|cliffs|top floor|car park roof|" + _HIGH_FLOOR + r")")
_NOT_PLAY = r"(?! (?:on|onto|in|into|up|over|around|rope|jacks|for joy|the queue|ship|in the pool|at)\b)"
_JUMP_AT_HEIGHT = (r"(?:stand|stood|standing|sit|sat|sitting|lean|leaning|leant|leaned|look\w* out) (?:\w+ )?"
                   r"(?:at|on|by|near|over|out of|against) (?:the |my |a |our |that |this )?(?:\w+ )?" + _HEIGHT
                   + r" (?:\w+ ){0,8}(?:think\w*|thought|wonder\w*|want\w*|tempt\w*|imagin\w*) (?:about |of |to )?"
                   r"(?:just )?(?:jump|jumping|leap|leaping|falling|letting go)\b" + _NOT_PLAY)
_GONE = (r"(?:disappear|disappeared|vanish|vanished|did not exist|do not exist|not exist|stopped existing|was never "
         r"born|had never been born|was not here|was not around|was gone)")
_BETTER_IF_GONE = (r"(?:better|easier|best) (?:off )?(?:for (?:everyone|everybody|all of them|them|my \w+) )?if i "
                   r"(?:just |simply |only )?" + _GONE + r"\b(?! (?:into|to|for a|for the|for some|off|on|from|"
                   r"with|at|upstairs|downstairs|to my|in my)\b)")

PLACES_CONCEPTS: tuple[Concept, ...] = (
    Concept("self_harm_or_suicide", "C", _LABEL, gated=False, phrases=(_JUMP_AT_HEIGHT, _BETTER_IF_GONE)),
)
