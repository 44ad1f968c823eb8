"""Cue tables for patterns about the self: labeling, should statements, discounting.

These are the perfectionist's inner critic in its three favourite registers: a verdict on
who I am ("I'm such an idiot"), a rule I broke ("I should have known"), and a success that
is explained away ("it was just luck").
"""

from __future__ import annotations

from flows.patterns_model import Pattern
from flows.patterns_rules import CueTable

SELF_LABELS: CueTable = (
    ("i am|i_was @fill* @label_noun", 0.8),
    ("i am|i_was @fill* @label_adj", 0.75),
    ("i am|i_was @fill* @bad_adj @role", 0.85),
    ("i ~1 feel|felt like @fill* @label_noun", 0.55),
    ("what|such a|an @fill* @label_noun", 0.7),
    ("how @label_adj i am", 0.75),
    ("makes|made|proves|shows me @fill* @label_noun|@label_adj", 0.8),
    ("call|calling|called ~1 myself @fill* @label_noun|@label_adj", 0.6),
    ("i am not a|an good|great|decent|real|proper @role", 0.75),
    ("i ~1 feel|felt|feeling @label_adj", 0.45),
    ("feeling @label_adj", 0.45),
    ("soy @fill* @label_noun", 0.8),
    ("me siento @fill* @label_noun", 0.5),
)
"""A whole-person verdict about me ("I'm a fraud", "what a loser I am", "I'm a bad mother")."""

OTHER_LABELS: CueTable = (
    ("@others is|are|was|were @fill* @label_noun", 0.5),
    ("@others is|are|was|were @fill* @bad_adj @role", 0.6),
)
"""The same verdict aimed at someone else ("my boss is an idiot"): still a label, weaker."""

LABELING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.LABELING, SELF_LABELS),
    (Pattern.LABELING, OTHER_LABELS),
)

RULES_FOR_MYSELF: CueTable = (
    ("should|shoulda", 0.45),
    ("should|ought_to ~1 have|of", 0.75),
    ("i|you|we ~2 should|ought", 0.6),
    (
        "should|must|have_to|has_to|need_to|got_to ~1 be ~2 @top_standard|better|able|more|"
        "stronger|smarter|further|over_it|fine|happy|grateful|faster|thinner|enough",
        0.75,
    ),
    ("i|you|we ~1 must !be|have", 0.65),
    ("must always|never|not|be_perfect", 0.55),
    ("ought to", 0.7),
    ("supposed to", 0.6),
    ("had better", 0.45),
    ("have|has to be", 0.55),
    (
        "a|any good|real|proper|decent|responsible|competent @role ~1 should|must|would|always|"
        "never|does|do|can|needs|has|wouldn't|does_not|is_supposed",
        0.6,
    ),
    ("no excuse", 0.55),
    ("deberia|deberias|debi|debia|debo|debes|tendria_que|tengo_que|hay_que", 0.6),
)
"""Rigid rules about how I (or others) must be ("I should have", "I have to be perfect").

A "should" that asks for advice ("what should I do") is filtered out by the detector.
"""

SHOULD_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = ((Pattern.SHOULD, RULES_FOR_MYSELF),)

LUCK_NOT_SKILL: CueTable = (
    ("just|only|pure|sheer|dumb|blind ~1 luck", 0.85),
    ("got|was|were|just|pure ~1 lucky", 0.7),
    ("beginner ~1 luck", 0.8),
    ("fluke", 0.8),
    ("fue|es ~1 pura|solo|suerte", 0.7),
)
"""Success credited to chance instead of effort ("it was just luck", "a fluke")."""

ANYONE_COULD: CueTable = (
    (
        "anyone|anybody|everyone|everybody ~1 could|can|would ~2 do|done|did|have|pass|get|make|"
        "write|manage|handle",
        0.8,
    ),
    ("any ~1 idiot|fool|monkey|moron|child|kid ~2 could|can", 0.8),
    ("cualquiera ~1 podria|puede|lo", 0.75),
)
"""Success made worthless by being ordinary ("anyone could have done it")."""

DOES_NOT_COUNT: CueTable = (
    ("does|did|do|would not ~1 count", 0.8),
    ("does|did not ~1 mean_anything|mean_much|mean_a_thing|prove_anything", 0.6),
    ("yes|yeah|sure|ok|okay|true|maybe ~1 but", 0.6),
    ("yes|yeah|sure|true ~6 but", 0.5),
    ("means|meant|proves nothing", 0.6),
    ("so|it|that|this|they|those|these|which ~2 do|does|did not ~1 really? matter|count", 0.6),
    ("not|no ~1 a? big_deal", 0.45),
    ("only ~4 because|cause", 0.45),
    ("but ~3 only|just ~2 because|since|luck|lucky|easy|small|minor|nothing|once", 0.55),
    ("just|only ~2 being ~1 nice|polite|kind|friendly|generous", 0.8),
    ("had to say", 0.6),
    ("only|just ~1 said|saying ~1 that|it|so", 0.6),
    (
        "it|that|this ~1 was|is ~2 nothing|easy|no_big_deal|not_a_big_deal|not_that_hard|not_hard|"
        "nothing_special|not_special|not_impressive|a_low_bar|not_that_impressive|trivial|"
        "the_bare_minimum|the_least",
        0.45,
    ),
    ("do|did not ~1 deserve ~1 it|this|the|that|praise|credit", 0.55),
    ("so what", 0.45),
    ("but ~3 could ~2 better", 0.55),
    ("no cuenta", 0.8),
)
"""Good news filed under "doesn't count" ("yes but", "they were just being nice")."""

DISCOUNTING_FAMILIES: tuple[tuple[Pattern, CueTable], ...] = (
    (Pattern.DISCOUNTING_POSITIVE, LUCK_NOT_SKILL),
    (Pattern.DISCOUNTING_POSITIVE, ANYONE_COULD),
    (Pattern.DISCOUNTING_POSITIVE, DOES_NOT_COUNT),
)
