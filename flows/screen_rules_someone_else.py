"""Crisis rules: worry that someone else is at risk of suicide or self-harm.

People write to this bot at night about a friend who said she wants to die, a son who is
cutting himself, a partner who took an overdose. The person writing may be safe; what they
need first is how to help, and the numbers, which also answer people worried about someone.
The rules name the other person ("my friend", "she") right before the risk; the self rules
leave such sentences to this table, so a third person's words never read as the writer's.
"""

from __future__ import annotations

from flows.screen_model import STILL_NOW, Phrases, Rule

# fmt: off
CLASSES: dict[str, tuple[str, ...]] = {
    "close_person": (
        "friend", "best friend", "bestie", "colleague", "coworker", "co worker", "roommate",
        "student", "client", "patient", "teammate", "neighbour", "neighbor", "niece",
        "nephew", "son", "daughter", "kid", "child", "teen", "teenager", "boy", "girl",
        "{family}",
    ),
    "someone_close": (
        "my {close_person}", "my best friend", "a friend", "a friend of mine", "our {close_person}",
        "someone i know/love", "she", "he", "they", "she's", "he's", "they're",
    ),
    "afraid": ("afraid", "scared", "worried", "terrified", "frightened"),
    "their_self": ("herself", "himself", "themselves", "themself"),
    "they_said": (
        "{someone_close} said/says/texted/messaged/wrote", "{someone_close} told me",
        "{someone_close} keeps saying", "{someone_close} told me that",
        "{someone_close} said/says/texted/messaged/wrote that",
    ),
    "they_is": (
        "{someone_close} is/was/seems/seemed/sounds/sounded/looks/feels/felt",
        "{someone_close} has/had been", "{someone_close} might be",
        "{someone_close} could be", "{someone_close} may be", "she's", "he's", "they're",
        "she's/he's been", "they've been", "she/he has been", "they have been",
    ),
    "their_risk": (
        "want/wants/wanted to {adv}? die", "want/wants/wanted to {adv}? kill {their_self}",
        "want/wants/wanted to {adv}? end her/his/their life", "want/wants/wanted to end it all",
        "doesn't/didn't/don't want to {adv}? live/exist", "doesn't/didn't/don't want to be alive",
        "doesn't/didn't/don't want to be here anymore",
        "want/wants/wanted to disappear forever", "want/wants/wanted to {adv}? not exist",
    ),
    # What someone is heard talking about.
    "their_talk": (
        "dying", "suicide", "ending it/things/everything", "ending her/his/their life",
        "killing {their_self}", "not being around/here", "wanting to die",
        "wanting to kill {their_self}", "taking her/his/their own? life",
    ),
    "es_alguien": (
        "mi amiga/amigo/hermana/hermano/hijo/hija/madre/padre/mamá/papá/pareja/novia/novio",
        "mi mejor amiga/amigo", "mi compañera/compañero", "una amiga/amigo", "ella", "él",
    ),
}

# Every phrase starts at its rarer words ("suicidal", "kill himself", "tried to") and asks
# for the person right before it (`only_after`): starting at "my", "she" or "he" would try
# these phrases at almost every word of every message.
_NAMED = ("{someone_close} {adv}?",)
_SEEMS = ("{they_is} {adv}?",)
_NOT_ABOUT_LIFE = (
    "{dyed}",
    # "... kill himself if I leave" is a threat: the abuse rules answer it.
    "if i/you",
    # Where and with whom they want to live: "she doesn't want to live with me".
    "with", "in", "at", "near", "together", "abroad", "alone", "there", "here",
    # A goodbye at the end of a job or a course.
    "on her/his/their last/final day", "to the team/office/group/class/company",
    "before leaving/moving", "before she/he/they left/moved",
)
_ACCIDENTS = ("by accident", "accidentally", "cooking", "shaving")
_STILL_ABOUT_LIFE = (*STILL_NOW, "{life_itself}")

RULES: tuple[Rule, ...] = (
    Rule(
        name="someone_else_wants_to_die",
        kind="someone_else",
        why="Someone close wanting to die or to kill themselves, told by a worried person.",
        match=Phrases(
            any_of=(
                "{their_risk}", "has/had/having suicidal thoughts/feelings/ideation",
                "has/had been having suicidal thoughts/feelings",
                "has a plan to kill/end/die",
                "posted/sent/wrote/left a goodbye message/post/text/note/letter",
                "wrote/left a suicide note/letter",
                "sent me a picture/photo of pills/cuts/blood",
                "sent me a picture/photo of a rope/gun/knife/blade/bridge",
                "sent me a picture/photo of the pills/rope/gun/bridge",
                "sent me a picture/photo of her/his/their wrists/cuts/arms",
                "tried/attempted to overdose/od", "tried/attempted to take her/his/their own? life",
                "tried/attempted to kill {their_self}", "tried/attempted suicide",
                "took an overdose", "overdosed", "is going/gonna to? kill {their_self}",
            ),
            unless_followed_by=_NOT_ABOUT_LIFE,
            still_counts_before=_STILL_ABOUT_LIFE,
            unless_preceded_by=("{neg}",),
            only_after=_NAMED,
        ),
    ),
    Rule(
        name="someone_else_seems_suicidal",
        kind="someone_else",
        why="Someone close who is, seems or sounds suicidal, or is talking about dying.",
        match=Phrases(
            any_of=(
                "suicidal", "talking about {their_talk}", "talking about hurting {their_self}",
                "thinking about/of suicide", "thinking about/of killing {their_self}",
            ),
            unless_followed_by=_NOT_ABOUT_LIFE,
            still_counts_before=_STILL_ABOUT_LIFE,
            unless_preceded_by=("{neg}",),
            only_after=_SEEMS,
        ),
    ),
    Rule(
        name="someone_else_said_so",
        kind="someone_else",
        why="What someone close said or wrote: that they want to die, have a plan, or that "
        "everyone would be better off without them.",
        match=Phrases(
            any_of=(
                "{their_risk}", "has/have a plan {stop}", "has/have a plan to kill/end/die",
                "everyone/everybody/we/you/they would be better off without",
            ),
            unless_followed_by=_NOT_ABOUT_LIFE,
            still_counts_before=_STILL_ABOUT_LIFE,
            unless_preceded_by=("{neg}",),
            only_after=(
                "{they_said} {someone_close}? {adv}?", "{they_said} she/he/they {adv}?",
            ),
        ),
    ),
    Rule(
        name="someone_else_feared_for",
        kind="someone_else",
        why="Fearing that someone close will kill themselves, or tried to.",
        match=Phrases(
            any_of=(
                "will/might/could kill {their_self}", "is going/gonna to? kill {their_self}",
                "will/might/could do something",
            ),
            unless_followed_by=_NOT_ABOUT_LIFE,
            only_after=("{afraid} that? {someone_close}",),
        ),
    ),
    Rule(
        name="someone_else_attempt",
        kind="someone_else",
        why="Trying to take her, his or their own life: the pronoun already names another.",
        match=Phrases(
            any_of=(
                "my suicidal {close_person}", "trying/tried to take her/his/their own? life",
                "trying/tried to kill herself/himself/themselves",
            ),
            unless_preceded_by=("{neg}",),
        ),
    ),
    Rule(
        name="someone_else_talks_of_dying",
        kind="someone_else",
        why="Someone close talking about dying or not being around, said a few words after "
        "naming them ('my dad is drinking a lot and talking about dying').",
        match=Phrases(
            any_of=(
                "and {adv}? talking/talks/talked about {their_talk}",
                "and keeps talking about {their_talk}",
            ),
            unless_preceded_by=("{neg}",),
        ),
        context=Phrases(any_of=("{someone_close}",)),
        near=12,
        context_first=True,
    ),
    Rule(
        name="someone_else_self_harm",
        kind="someone_else",
        why="Someone close cutting, hurting or starving themselves, as a worried person puts it.",
        match=Phrases(
            any_of=(
                "cuts/hurts/harms/burns/starves {their_self}",
                "has started/been cutting/hurting/harming {their_self}", "self harms",
                "has/had an eating disorder", "has/had anorexia/bulimia",
                "might/may have an eating disorder", "might/may have anorexia/bulimia",
                "vomits after meals/eating/every", "throws up after meals/eating/every",
                "stopped eating {end}", "has stopped eating {end}",
            ),
            unless_followed_by=_ACCIDENTS,
            unless_preceded_by=("{neg}",),
            only_after=_NAMED,
        ),
    ),
    Rule(
        name="someone_else_is_self_harming",
        kind="someone_else",
        why="The same, told as what someone close is doing now or has been doing.",
        match=Phrases(
            any_of=(
                "cutting/hurting/harming/burning/starving {their_self}", "self harming",
            ),
            unless_followed_by=_ACCIDENTS,
            unless_preceded_by=("{neg}",),
            only_after=_SEEMS,
        ),
    ),
    Rule(
        name="someone_else_marks",
        kind="someone_else",
        why="Marks seen on someone else's body.",
        match=Phrases(
            any_of=("cuts/marks/scars/burns on her/his/their arms/wrists/legs/thighs",),
            unless_preceded_by=("{neg}",),
        ),
    ),
    Rule(
        name="es_someone_else_at_risk",
        kind="someone_else",
        why="The same worry in Spanish: someone close wants to die or hurts themselves.",
        match=Phrases(
            any_of=(
                "{es_alguien} quiere morirse/matarse/suicidarse",
                "{es_alguien} se quiere morir/matar/suicidar",
                "{es_alguien} dice que quiere morirse/matarse/suicidarse",
                "{es_alguien} dice que se quiere morir/matar",
                "{es_alguien} me? dijo/dice/escribió que ya? no quiere vivir",
                "{es_alguien} me? dijo/dice/escribió que quiere morirse/matarse/suicidarse",
                "{es_alguien} se autolesiona", "{es_alguien} se está autolesionando",
                "{es_alguien} intentó suicidarse/matarse", "{es_alguien} se corta",
                "{es_alguien} se está cortando", "{es_alguien} se hace daño",
                "miedo de que {es_alguien}? se mate/suicide",
                "miedo de que {es_alguien}? se haga daño",
            ),
            unless_followed_by=(
                "el/los/las/la pelo/cabello/uñas/flequillo/barba/puntas", "a estudiar/trabajar",
                "estudiando", "trabajando", "de risa", "sin querer", "jugando",
            ),
            unless_preceded_by=("no", "nunca"),
        ),
    ),
)
# fmt: on
