"""Fixed texts the safety gate shows: the disclaimer, the crisis, poisoning, emergency and urgent notices, the
personal-advice notices and the invalid-input messages.

Every text here is plain markdown-safe prose (bold with ** only), never contains anything the user typed,
and never contains a number with a dose unit. Phone numbers are the only numbers.

Wording follows the safety notes §2.1, §2.5, §2.6 and these sources:
- NHS back-pain page, "call 999 or go to A&E" / "get an urgent GP appointment or call 111" lists, as
  reproduced by https://redflagsymptoms.co.uk/back-pain (original nhs.uk/conditions/back-pain).
- Cauda equina patient card ("Do not wait... don't drive yourself if your legs are weak"):
  https://surgerywebtemp.org.uk/a83011/wp-json/wp/v2/pages/518 ; https://lyndhurstchiro.co.uk/?p=778
- Crisis lines: https://abuhb.nhs.wales/urgent-out-of-hours/mental-health-crisis/ (Samaritans 116 123,
  NHS 111 option 2, 999); US 988 Suicide & Crisis Lifeline.
- WHO/IASP, Preventing suicide: a resource for media professionals (2017/2023),
  https://paho.org/en/node/92857 : give help-seeking information, never methods or quantities.
- Iron poisoning in children: https://www.poison.org/articles/2014-jun/iron-poisoning ;
  https://ncpoisoncontrol.org/types-of-poisons/non-prescription-medicines-and-supplements/iron
- Disclaimer: HONcode "complementarity" principle,
  https://bmcmedinformdecismak.biomedcentral.com/articles/10.1186/s12911-021-01397-x/tables/1
"""

from __future__ import annotations

# Short on purpose: it closes every answer, refusal and error message.
DISCLAIMER = (
    "General information only, not medical advice. For advice about your own health, consult a doctor or "
    "other qualified healthcare professional. In an emergency call 999 (UK), 911 (US) or 112 (EU)."
)

# Crisis (tier C): fixed, no retrieval, no citations, never a method or a quantity.
# Shown first, before the cited answer, when the crisis check (bot/safety/semantic.py) finds a message may be
# about wanting to die or self-harm but no crisis phrase did: helplines without assuming, then the answer.
SUPPORT_CHECK = (
    "**If you are having thoughts of ending your life or of hurting yourself, you don't have to face it alone.** "
    "You can talk to someone now: Samaritans **116 123** (UK and Ireland, free, day or night), call or text "
    "**988** (US), or your local emergency number. If you have taken something or feel you might act on these "
    "thoughts, call **999** / **911** / **112** now."
)

# A death told alongside a question (bot.safety.mood): condolence first, then where support with grief is found
# (NHS "Get help with grief after bereavement or loss": your GP can refer you to bereavement services).
BEREAVEMENT_NOTICE = (
    "**I'm so sorry for your loss.** If grief is weighing on you, you don't have to carry it alone: your GP can put "
    "you in touch with bereavement support."
)

# Low mood told alongside a question (bot.safety.mood): NHS "Low mood, sadness and depression" (see a GP when low
# for more than a couple of weeks); NICE CG91 "Depression in adults with a chronic physical health problem" (low
# mood is common with long-term conditions and treatable). Worded for the site (`SiteSubject.pain`): living with
# pain only on a site about pain, health worries on any other (a sleep site's reader was told about "long-term
# pain" she never mentioned, newcomer test, session 14).
_LOW_MOOD_HELP = (
    "If you ever think about harming yourself, call Samaritans on **116 123** (UK and Ireland) or **988** (US), day "
    "or night."
)
LOW_MOOD_NOTICE = (
    "**Health worries can wear your mood down, and you don't have to put up with that on your own.** If you've "
    "felt low or depressed for more than a couple of weeks, talk to your GP: low mood is common with long-term "
    "health conditions and can be treated. " + _LOW_MOOD_HELP
)
LOW_MOOD_NOTICE_PAIN = (
    "**Living with pain can wear your mood down, and you don't have to put up with that on your own.** If you've "
    "felt low or depressed for more than a couple of weeks, talk to your GP: low mood is common with long-term pain "
    "and can be treated. " + _LOW_MOOD_HELP
)

# The crisis texts say why this tool can't help, in words true of any health site (they named "nutrition and back
# pain" on a sleep site, newcomer test, session 14).
_CANT_HELP = ("This tool only quotes general health articles, so it can't help with this, but the people on these "
              "lines can")

CRISIS_MESSAGE = (
    "**It sounds like you are going through something really painful, and you don't have to face it alone.** "
    "Please talk to someone now:\n\n"
    "- **UK and Ireland:** call Samaritans on **116 123** (free, day or night). In the UK you can also call "
    "**NHS 111** and choose the mental health option.\n"
    "- **US:** call or text **988** (Suicide & Crisis Lifeline).\n"
    "- **Anywhere else:** call your local emergency number, or find a helpline at findahelpline.com.\n"
    "- **If you have hurt yourself, taken something, or feel you might act on these thoughts:** call **999** "
    "(UK), **911** (US) or **112** (EU), or go to the nearest A&E / emergency room now.\n\n"
    f"{_CANT_HELP}, and they want to hear from you."
)

# Poisoning (tier P): a child (or anyone) who swallowed tablets, gummies or medicines, or took too many. No
# retrieval: the articles say nothing about overdose, and general text would only delay the call. Worded for
# whatever was swallowed on any site, not only iron or vitamin tablets (a sleep site's child had swallowed melatonin
# gummies, newcomer test, session 14); "even supplements" keeps the point of the iron sources above that
# over-the-counter products poison children. Also NHS "Poisoning": call 999 or go to A&E, don't make them sick.
POISONING_MESSAGE = (
    "**Treat this as an emergency, even if they seem well right now.** Too many tablets or gummies can be "
    "dangerous, even supplements that seem harmless, especially for children, and symptoms can be delayed.\n\n"
    "- Call **999** (UK), **911** (US) or **112** (EU), or go to **A&E / the emergency room** now. "
    "In the US you can also call Poison Control on **1-800-222-1222**.\n"
    "- Take the bottle or packet with you, so the medical team can see what was taken.\n"
    "- Do not try to make them sick, and do not wait for symptoms to appear.\n"
    "- If this was on purpose, you can also talk to Samaritans on **116 123** (UK and Ireland) or call or "
    "text **988** (US)."
)

# Someone else's overdose taken on purpose (newcomer test, session 11): the call for them comes first, as in the
# poisoning notice, then support for them and for the writer (NHS "Suicidal thoughts": if someone has seriously
# harmed themselves or taken an overdose, call 999; Samaritans, "If you're worried about someone else").
OTHERS_OVERDOSE_MESSAGE = (
    "**Call for help for them now: this is an emergency, even if they seem well.** Call **999** (UK), **911** (US) "
    "or **112** (EU), or take them to **A&E / the emergency room**. In the US you can also call Poison Control on "
    "**1-800-222-1222**.\n\n"
    "- Take the bottle or packet with you, so the medical team can see what was taken.\n"
    "- Do not try to make them sick, and stay with them until help arrives.\n"
    "- Support for them and for you: Samaritans **116 123** (UK and Ireland, free, day or night); call or text "
    "**988** (US)."
)

# Someone else's suicidal talk or self-harm, told by the writer (newcomer test, session 12): what to do now if they
# are in danger, then how to help, then the same lines for them and for the writer. NHS "Help for suicidal thoughts"
# (someone worried about another person: if their life is at risk, call 999 or go to A&E; talk and listen) and
# Samaritans "If you're worried about someone else" (asking directly about suicide does not put the idea in their
# head; Samaritans is there for them and for you). Wording, numbers and style as CRISIS_MESSAGE.
OTHERS_CRISIS_MESSAGE = (
    "**What they have told you matters: please take it seriously. You don't have to handle this alone.**\n\n"
    "- **If they are in immediate danger** (they have hurt themselves, taken something, or might act on these "
    "thoughts now): call **999** (UK), **911** (US) or **112** (EU), or take them to the nearest A&E / emergency "
    "room, and stay with them until help arrives.\n"
    "- **Otherwise, talk with them:** ask how they are feeling. Asking directly about suicide does not put the idea "
    "in their head. Listen without judging, and help them contact their GP or a helpline.\n"
    "- **Helplines, for them and for you:** in the UK and Ireland, Samaritans on **116 123** (free, day or night); "
    "in the UK you can also call **NHS 111** and choose the mental health option. In the US, call or text **988** "
    "(Suicide & Crisis Lifeline). Anywhere else, your local emergency number, or find a helpline at "
    "findahelpline.com.\n\n"
    f"If you are having thoughts like these yourself, these lines are there for you too. {_CANT_HELP}."
)

# Emergency (tier E): call an ambulance or go to A&E now.
EMERGENCY_MESSAGE = (
    "**Please get medical help now.** What you describe ({concerns}) needs to be checked by a doctor "
    "straight away.\n\n"
    "- Call **999** (UK), **911** (US) or **112** (EU), or go to **A&E / the emergency room** now.\n"
    "- Do not wait for a GP appointment, and do not wait to see whether it gets better.\n"
    "- Don't drive yourself: ask someone to take you, or call an ambulance."
)

# Urgent (tier U): same-day medical advice.
URGENT_MESSAGE = (
    "**Please get medical advice today.** What you describe ({concerns}) should be checked by a doctor "
    "soon, even if it feels manageable.\n\n"
    "- Contact your GP for a same-day appointment, call **NHS 111** (UK), or go to an urgent care centre.\n"
    "- Don't wait for it to go away on its own.\n"
    "- If it gets worse quickly, or you feel very unwell, call **999** (UK), **911** (US) or **112** (EU)."
)

# The same two notices worded for someone the writer asks about ("my grandad ... he's been confused today"): what
# to do for them, not "don't drive yourself" to a carer (newcomer test, session 11).
EMERGENCY_MESSAGE_OTHER = (
    "**Please get them medical help now.** What you describe ({concerns}) needs to be checked by a doctor "
    "straight away.\n\n"
    "- Call **999** (UK), **911** (US) or **112** (EU), or take them to **A&E / the emergency room** now.\n"
    "- Do not wait for a GP appointment, and do not wait to see whether it gets better.\n"
    "- Don't let them drive themselves: take them, or call an ambulance."
)
URGENT_MESSAGE_OTHER = (
    "**Please get them medical advice today.** What you describe ({concerns}) should be checked by a doctor "
    "soon, even if it seems manageable.\n\n"
    "- Contact their GP for a same-day appointment, call **NHS 111** (UK), or take them to an urgent care centre.\n"
    "- Don't wait for it to go away on its own.\n"
    "- If they get worse quickly, or seem very unwell, call **999** (UK), **911** (US) or **112** (EU)."
)

# Personal-advice notices: the engine puts one of these before the cited general information. Worded for
# whoever is asked about: a carer asking about a parent is not told "safe for you".
# The sentence that hands over to the cited general information; left out when no answer follows (bot.answering).
GENERAL_FOLLOWS = " Here is what the articles say in general:"
DOSING_NOTICE = (
    "This tool can't give personal doses or say whether a dose, supplement or medicine is safe for you or someone "
    "you care for. Please ask a doctor or pharmacist." + GENERAL_FOLLOWS
)
DIAGNOSIS_NOTICE = (
    "This tool can't make a diagnosis or tell what is causing someone's symptoms. Please ask a doctor or "
    "pharmacist." + GENERAL_FOLLOWS
)
DOSING_AND_DIAGNOSIS_NOTICE = (
    "This tool can't make a diagnosis, give personal doses or say whether a supplement is safe for you or "
    "someone you care for. Please ask a doctor or pharmacist." + GENERAL_FOLLOWS
)

# The example questions themselves come with the answer (suggestions from the site's domain pack or corpus).
EMPTY_MESSAGE = "Please type a question about what the articles cover, for example one of the suggested questions."


def too_long_message(max_chars: int) -> str:
    """Says how long a question may be; never quotes the question back."""
    return (
        f"Your question is too long. Please keep it under {max_chars:,} characters (a sentence or two) and "
        "ask one thing at a time."
    )


def tier_message(template: str, labels: list[str]) -> str:
    """Fill a tier template with the plain-words labels of the matched concepts (fixed texts, not user text)."""
    return template.format(concerns="; ".join(labels) if labels else "these symptoms")


# Special populations (bot.safety.populations): shown first, on every path. Sources in docs/SAFETY.md.
POPULATION_LABELS = {
    "pregnancy": "pregnancy", "conception": "trying to conceive", "breastfeeding": "breastfeeding",
    "child": "a baby, child or teenager", "older_polypharmacy": "older people taking several medicines",
    "kidney": "kidney disease", "kidney_stones": "kidney stones",
}
POPULATION_NOTICE = (
    "**Please check with {who} first.** You mention {populations}: which medicines, "
    "supplements and amounts are safe can be different then, and this tool can't advise on that. Ask them "
    "before starting, stopping or changing any medicine or supplement."
)
# Kidney disease (newcomer test, session 12): the kidney team is named, and why more of a mineral is not simply good
# (docs/SAFETY.md "Newcomer test, session 12": NIH ODS potassium and magnesium fact sheets, Kidney Care UK diet facts,
# NHS trust haemodialysis diet leaflets). Replaces POPULATION_NOTICE's "kidney disease" line.
KIDNEY_NOTICE = (
    "**Please check with the kidney team or a doctor first.** You mention kidney disease or dialysis: kidneys that "
    "don't work well may not clear potassium, magnesium or phosphate, so more of them from food or supplements can "
    "build up to harmful levels, and calcium and vitamin D are often managed by the kidney team. This tool can't "
    "advise on that. Ask them (or the kidney dietitian) before eating more of a food for its minerals, or starting, "
    "stopping or changing any supplement."
)
# Iron asked about for a child (US CPSC "Prevent poisoning and death from iron containing medicine"; FDA label
# warning 21 CFR 101.17(e): accidental iron overdose is a leading cause of fatal poisoning in children under six).
# A child's or teenager's back pain (bot.safety.child_back_pain, session 30): the signs the children's services list
# for seeing a GP (NHS Aneurin Bevan "Move Better" children's low back pain; Perth Children's Hospital "Back pain"
# pre-referral guideline; NENC Healthier Together paediatric red flags). The red flags of the adult lexicon (bladder,
# bowel, numbness, weakness) still bring their own notices.
CHILD_BACK_PAIN_NOTICE = (
    "**A child's back pain:** the articles here are written about adults. Back pain is common in children and "
    "teenagers and usually settles, but take them to a GP if they are under 6, if the pain lasts more than 4 weeks, "
    "wakes them at night, stops them doing things or keeps getting worse, or if they have a fever, lose weight or "
    "have night sweats."
)
CHILD_IRON_CAUTION = (
    "**Keep iron tablets, and vitamins with iron, out of children's sight and reach:** a few adult iron tablets can "
    "poison a child. If a child may have swallowed some, call **999** (UK), **911** (US) or **112** (EU) now, even if "
    "they seem well."
)
# Who to ask: a midwife only where one looks after the person (pregnancy, trying to conceive, breastfeeding).
MIDWIFE_POPULATIONS = frozenset({"pregnancy", "conception", "breastfeeding"})
WHO_TO_ASK = {True: "a doctor, pharmacist or midwife", False: "a doctor or pharmacist"}

# Medicines taken with supplements or foods (bot.safety.interactions).
INTERACTION_NOTICE = (
    "**Please talk to your pharmacist or the doctor who prescribed your medicine before changing your diet "
    "or supplements.** {lines} Don't stop or change your medicine on your own."
)
INTERACTION_LINE = "{medicine} can interact with {with_}."
