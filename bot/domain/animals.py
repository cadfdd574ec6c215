"""Questions about what an animal may eat or take: "can I give my dog some of my magnesium tablets?", "can cats eat
spinach?". Health articles for people say nothing about what is safe for a pet (and some human supplements, such
as vitamin D, poison dogs and cats: ASPCA Animal Poison Control, "People medicines"), so quoting them would read
as a yes. Such a question is out of scope whatever topic it names; the reply says so and points to a vet.

Only an animal as the one who would eat, take or be given something counts: "I hurt my back walking the dog" is a
person's question, and so is "can my dog get scabies?" on a site whose article speaks of animals. English grammar
and everyday animal words, not knowledge of any article."""

from __future__ import annotations

import re

# Pets and farm animals people ask about; not "chicken", "cow" or "fish", which are foods too.
_ANIMAL = (r"(?:dogs?|pupp(?:y|ies)|pups?|cats?|kittens?|kitty|pets?|horses?|pon(?:y|ies)|rabbits?|bunn(?:y|ies)|"
           r"guinea pigs?|hamsters?|gerbils?|parrots?|budgies?|birds?|ferrets?|tortoises?|turtles?|goats?|sheep|"
           r"lizards?|snakes?)")
_OWNER = r"(?:my |our |the |a |his |her |their |your )?(?:old |elderly |senior |little |young |new )?"
_ASKED = re.compile(
    # "can I give my dog some of my magnesium", "is it ok to feed our cat spinach" (asked: not "feeding the birds")
    rf"\b(?:can|could|should|may|shall|would|do|is it \w+ to|(?:ok|okay|safe|fine|bad) to)(?: i| we| you)?"
    rf"(?: \w+)? (?:give|feed|share) (?:some (?:of )?(?:it |this |that |these |them )?(?:to|with) )?"
    rf"{_OWNER}(?P<a>{_ANIMAL})\b"
    # "can cats eat spinach", "is it safe for dogs to have vitamin d", "should my cat take b12"
    rf"|\b(?:can|could|should|do|does|will|would|may|is it (?:safe|ok|okay|bad|good) for) {_OWNER}(?P<b>{_ANIMAL}) "
    rf"(?:to )?(?:eat|take|drink|be given)\b"
    # "is magnesium good for my dog", "vitamin d for my cat"
    rf"|\b(?:good|safe|ok|okay|bad|toxic|poisonous|dangerous|suitable) (?:for|to) {_OWNER}(?P<c>{_ANIMAL})\b"
    # "my dog has back problems can i give him vitamin d": the animal named first, then given to as him or her
    rf"|\b(?:my|our) (?:\w+ )?(?P<d>{_ANIMAL})\b.{{0,80}}?\b(?:give|feed) (?:him|her|them)\b")

ANIMAL_HEALTH = "animal health (a vet can advise on what is safe for a pet)"


def asks_about_animal(question: str) -> bool:
    """Whether `question` asks what an animal may eat or take ("can I give my dog some of my magnesium tablets?",
    "can cats eat spinach?", "is vitamin D safe for dogs?")."""
    return _ASKED.search(question.casefold()) is not None
