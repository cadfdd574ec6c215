"""A question asked for work or study: a professional or a student asking about a topic, not about themselves.

"I'm a mental health nurse preparing a teaching session. What are the general warning signs that someone may be
thinking about suicide?", "Psychology student here, writing an essay: is there research linking B12 deficiency
with self-harm risk?" and "Medical student question: how do bladder symptoms differ between cauda equina syndrome
and sciatica?" name a red flag or crisis word as a subject of study (round eleven: two not-crisis rows given the
crisis text, one near miss given the emergency notice).

A message is framed as study when it says the writer's role or task (a nurse, GP trainee, student, researcher,
teacher; an essay, a teaching session, a dissertation) and, once those words are set aside, it has no first-person
word at all: "I'm a nurse and I want to die" and "Nursing student here, I've lost control of my bladder" keep
every flag. Crisis wording framed this way keeps the support line (`crisis_resolved.py`, like a story: never
dropped silently); a red flag framed this way is a general question (`triage.is_personal`), which the gated
concepts do not flag, as "How do bladder symptoms differ in cauda equina?" already was not.

ConText (Harkema et al., J Biomed Inform 2009, https://doi.org/10.1016/j.jbi.2009.05.002): the experiencer of a
mention may be other than the patient, and a mention may be generic rather than about anyone.
"""

from __future__ import annotations

import re

# The writer's role, said of themselves or as a heading ("GP trainee here", "Medical student question:").
_ROLE_WORD = (r"(?:nurse|student|doctor|gp|trainee|registrar|physio\w*|pharmacist|paramedic|midwife|teacher|lecturer|"
              r"researcher|psychologist|counsell?or|therapist|social worker|medic)s?")
ROLE = re.compile(
    r"\b(?:(?:i am|as|we are) (?:a|an) (?:\w+ ){0,3}?" + _ROLE_WORD + r"|(?:(?:mental health|medical|nursing|"
    r"psychology|physio|pharmacy|final year|junior|student|gp|sports|research) )?" + _ROLE_WORD
    + r" (?:here|question|asking))\b")
# The task the question is for.
TASK = re.compile(
    r"\b(?:preparing|writing|doing|revising for|working on|for|planning) (?:a|an|my|our|the) (?:\w+ ){0,2}"
    r"(?:teaching session|essay|dissertation|assignment|lecture|exam|presentation|project|thesis|module|course|"
    r"class|talk|training|seminar|poster|report|review)\b|"
    # Round thirty-two: revising or studying a topic itself ("revising back pain red flags").
    r"\b(?:revising|studying|learning|memori[sz]ing|swotting up on|going over) (?:the )?(?:\w+ ){0,3}(?:red flags?|"
    r"warning signs?|symptoms|signs|anatomy|pathology|conditions)\b")
# Possessions that belong to the task, not to the writer's body ("my essay", "my students", "my patients").
_TASK_OWNED = re.compile(r"\bmy (?:essay|dissertation|assignment|lecture|exam|presentation|project|thesis|module|"
                         r"course|class|students|patients|clients|trainees|teaching|placement|research)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself)\b")
# Round fourteen: a question about the warning signs or risk of suicide in the people one looks after (a nurse's
# patients, a carer's clients, "someone"): the writer's work, not the writer's crisis (Samaritans and NHS pages for
# people worried about someone else answer it). Family are left out: worry about a son or a partner keeps the text.
# Such a mention keeps the support line (`crisis_resolved.py`), and is set aside before the other-language lexicons
# (`lexicon_crisis.SUICIDE_IDIOM`).
OTHERS_AT_RISK = (r"(?:warning signs?|signs?|risk factors?|red flags?|tell|know|spot|recogni[sz]e|assess|ask) (?:\w+ )"
                  r"{0,4}(?:someone|somebody|a patient|patients|a client|clients|a customer|customers|a resident|"
                  r"residents|a pupil|pupils|a student|students|service users|people|a person|others|(?:one of )?my "
                  r"(?:patients|clients|customers|residents|pupils|students))\b(?: \w+){0,8} (?:is |are |might be |may "
                  r"be |could be |at risk of |becoming |feeling )?(?:suicidal|suicide|self harm\w*)|(?:warning signs?|"
                  r"signs?|"
                  r"risk factors?|red flags?|risks?) (?:of|for) (?:suicid\w*|self harm\w*)(?: \w+){0,3} (?:in|among|"
                  r"amongst|for|with) (?:people|patients|clients|customers|residents|pupils|students|adults|men|women|"
                  r"older people|teenagers|service users)\b")



def framed_as_study(folded: str) -> bool:
    """Whether `folded` (the matching form of a whole message) names the writer's role or task and, with those
    words set aside, says nothing in the first person."""
    if not (ROLE.search(folded) or TASK.search(folded)):
        return False
    rest = _TASK_OWNED.sub(" ", TASK.sub(" ", ROLE.sub(" ", folded)))
    return not _FIRST_PERSON.search(rest)


def without_role(folded: str) -> str:
    """`folded` with the role and task words removed, when the message is framed as study; otherwise unchanged."""
    if not framed_as_study(folded):
        return folded
    return _TASK_OWNED.sub(" ", TASK.sub(" ", ROLE.sub(" ", folded))).strip()
