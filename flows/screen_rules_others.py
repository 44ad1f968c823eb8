"""Rules for wanting or fearing to hurt someone else (English and Spanish).

A person who writes "I want to hurt someone" or "I'm scared I'll hurt my baby" needs the
same thing as a person at risk themselves: a calm answer, a human to call, and a question
about safety. Frightening intrusive thoughts (common after a birth, and in anxiety) are
included on purpose: the reply says that having such a thought does not make anyone bad.

Anger talks big, and so do people-pleasers. These words are everyday speech here:

* "I could kill my boss", "I'm going to kill my brother": killing a named person counts
  only as "thoughts" or "urges", never as a plain threat, and "could" or "might" never
  count for the violent verbs;
* "I'm afraid I'll hurt her if I say no", "I hurt my mum by moving away": hurting that is
  about feelings comes with "if", "by", "with my words" or "feelings", which
  cancel the hit.
"""

from __future__ import annotations

from flows.screen_model import Phrases, Rule

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    # Intent without "could", "would", "might": those are how anger exaggerates.
    "others_intend": (
        "{want}", "going to", "gonna", "plan to", "planning to", "about to", "ready to",
        "decided to", "urge to", "urges to", "tempted to",
    ),
    "anyone": ("someone", "somebody", "anyone", "anybody", "people"),
    "little_one": (
        "baby", "babies", "newborn", "kids", "kid", "child", "children", "son", "daughter",
        "toddler",
    ),
    "violent_act": (
        "stab", "shoot", "strangle", "smother", "suffocate", "poison", "choke", "drown",
    ),
    "thoughts_of": (
        "thoughts/urges/images/fantasies/visions of/about", "thinking of/about",
        "imagining/imagine/picturing/picture",
    ),
    "violent_ing": (
        "stabbing", "strangling", "smothering", "suffocating", "poisoning", "drowning",
        "choking", "shooting",
    ),
    "victim": (
        "{anyone}", "him", "her", "them", "my {little_one}", "my {family}", "my friend",
        "my boss", "my coworker", "my colleague", "a stranger",
    ),
    "es_little_one": ("bebé", "hijo", "hija", "hijos", "hijas", "niño", "niña", "niños"),
}

_JOKING = ("lol", "haha", "lmao", "in/at a/the game/match", "in/at game/games/sport/sports")
_FEELINGS = (
    *_JOKING, "if", "by", "with my/his/her/their/the words/comments/criticism/feedback",
    "feelings", "emotionally", "accidentally", "by accident", "unintentionally",
    "without meaning",
)
_ES_FEELINGS = (
    "con mis/sus/los/las/tantos/tantas palabras/gritos/comentarios/críticas",
    "con mis/sus/los/las/tantas exigencias", "si", "sin querer", "emocionalmente",
    "al decir", "al decirle", "por decir",
)

_INTENT = ("{others_intend} {adv}?",)
_NEG_INTENT = ("{neg}", "{neg} {others_intend} {adv}?", "{neg} {intend} {adv}?")

RULES: tuple[Rule, ...] = (
    Rule(
        name="hurt_someone",
        kind="harm_to_others",
        why="Wanting to hurt someone needs a calm human answer; hurting someone's feelings "
        "by saying no is the everyday twin.",
        match=Phrases(
            any_of=(
                "hurt/harm {anyone}", "hurt/harm the people/person/ones who/that",
            ),
            unless_followed_by=_FEELINGS,
            unless_preceded_by=_NEG_INTENT,
            only_after=_INTENT,
        ),
    ),
    Rule(
        name="hurt_a_child",
        kind="harm_to_others",
        why="Fearing one will hurt one's baby or child ('I might', 'I'll') is how frightening "
        "intrusive thoughts are put, and they deserve the same calm answer.",
        match=Phrases(
            any_of=("hurt/harm my/the {little_one}", "hurt/harm my own {little_one}"),
            unless_followed_by=_FEELINGS,
            unless_preceded_by=_NEG_INTENT,
            only_after=("{intend} {adv}?",),
        ),
    ),
    Rule(
        name="thoughts_of_harming",
        kind="harm_to_others",
        why="Thoughts, urges or pictures of hurting someone, named as such.",
        match=Phrases(
            any_of=(
                "thoughts/urges/images/fantasies of/about hurting/harming/killing {anyone}",
                "thoughts/urges/images/fantasies of/about hurting/harming/killing my {little_one}",
                "thoughts/urges/images/fantasies of/about hurting/harming/killing my {family}",
                "urge/urges to hurt/harm/kill {anyone}", "urge/urges to hurt/harm/kill my",
                "intrusive thoughts of/about hurting/harming/killing",
                "wanting to hurt/harm {anyone}", "wanting to hurt/harm my {little_one}",
                "snap and hurt/harm {anyone}", "snap and hurt/harm my {little_one}",
                "imagining/imagine/picturing/picture hurting/harming {anyone}",
                "imagining/imagine/picturing/picture hurting/harming my {little_one}",
                "{thoughts_of} {violent_ing} {victim}",
                "{thoughts_of} {violent_ing} my {little_one}",
                "{thoughts_of} {violent_ing} my {family}",
                "{thoughts_of} pushing/shoving {victim} down the stairs",
                "{thoughts_of} pushing/shoving {victim} off a/the {high_place}",
                "{thoughts_of} pushing/shoving {victim} in front of a/the {vehicle}",
                "{thoughts_of} pushing/shoving {victim} under a/the {vehicle}",
                "{thoughts_of} pushing/shoving {victim} into the/a river/water/pool/traffic",
            ),
            unless_followed_by=_FEELINGS,
            unless_preceded_by=("{neg}",),
        ),
    ),
    Rule(
        name="violence_planned",
        kind="harm_to_others",
        why="Intending a violent act on someone, or an attack on a school or workplace.",
        match=Phrases(
            any_of=(
                "{violent_act} {anyone}", "{violent_act} him/her/them",
                "{violent_act} my {little_one}", "{violent_act} my {family}",
                "{violent_act} the {little_one}",
                "shoot up a/the/my school/office/work/workplace/mall",
                "bring a gun/knife/weapon to school/work/class",
                "kill everyone/everybody at/in",
            ),
            unless_followed_by=_JOKING,
            unless_preceded_by=_NEG_INTENT,
            only_after=_INTENT,
        ),
    ),
    Rule(
        name="es_hurt_someone",
        kind="harm_to_others",
        why="The same in Spanish: wanting to hurt someone, fearing hurting one's child.",
        match=Phrases(
            any_of=(
                "hacerle/hacer daño a alguien", "apuñalar/envenenar/estrangular/asfixiar a",
            ),
            unless_followed_by=_ES_FEELINGS,
            unless_preceded_by=("{es_neg}", "no {quiero}", "no voy a"),
            only_after=("{quiero}", "voy a", "quiero", "tengo ganas de"),
        ),
    ),
    Rule(
        name="es_hurt_a_child",
        kind="harm_to_others",
        why="Fearing hurting one's child, and thoughts of hurting or killing someone.",
        match=Phrases(
            any_of=(
                "hacerle daño a mi {es_little_one}", "hacer daño a mi {es_little_one}",
                "hacerles daño a mis {es_little_one}", "hacer daño a mis {es_little_one}",
                "pensamientos de hacerle/hacer daño a", "ganas de matar a alguien",
                "pensamientos de matar a",
            ),
            unless_followed_by=_ES_FEELINGS,
            unless_preceded_by=("{es_neg}",),
        ),
    ),
)
# fmt: on
