"""The crisis screen: every free-text message passes through here before anything else.

People write this bot their most painful thoughts. Before any flow sees a message, the
screen decides whether it shows risk: suicidal thoughts, self-harm, a plan or means,
abuse or violence at home, eating-disorder behaviours, wanting or fearing to hurt
someone else, or worry that someone else is at risk. It favours recall: a false alarm
costs a gentle check-in, a miss can cost a life.

Why rules and not a model: every decision must be explainable and testable line by line,
the code must run anywhere with the standard library, and the result must be safe to log.
`Screening.rules` therefore holds only the names of the rules that fired, never the words
that made them fire. The rule tables live in `screen_rules_*`, the shared word classes in
`screen_lexicon`, the text folding in `screen_normalise` and the matcher in
`screen_engine`; this module only ties them together.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from flows import (
    screen_rules_abuse,
    screen_rules_eating,
    screen_rules_others,
    screen_rules_plans,
    screen_rules_self_harm,
    screen_rules_someone_else,
    screen_rules_spanish,
    screen_rules_suicide,
    screen_rules_windows,
)
from flows.screen_engine import Engine, compile_rules
from flows.screen_lexicon import CLASSES, RAW
from flows.screen_model import Rule
from flows.screen_normalise import normalise


class RiskKind(enum.StrEnum):
    """What kind of risk a message shows; the crisis reply is chosen from these."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    ABUSE = "abuse"
    EATING = "eating"
    HARM_TO_OTHERS = "harm_to_others"
    SOMEONE_ELSE = "someone_else"


@dataclass(frozen=True, slots=True)
class Screening:
    """The verdict on one message.

    `kinds` is empty when no risk was seen. `rules` names the rules that fired, in table
    order; it never contains the user's text, so it is safe to log and to count.
    """

    kinds: frozenset[RiskKind]
    rules: tuple[str, ...]

    @property
    def at_risk(self) -> bool:
        """True when any rule fired: the caller must switch to the crisis reply."""
        return bool(self.kinds)


RULES: tuple[Rule, ...] = (
    *screen_rules_suicide.RULES,
    *screen_rules_plans.RULES,
    *screen_rules_windows.RULES,
    *screen_rules_self_harm.RULES,
    *screen_rules_abuse.RULES,
    *screen_rules_eating.RULES,
    *screen_rules_others.RULES,
    *screen_rules_someone_else.RULES,
    *screen_rules_spanish.RULES,
)
"""Every rule, in the order their names are reported."""


def _classes() -> dict[str, tuple[str, ...]]:
    """The shared word classes plus those a table keeps next to its rules."""
    merged = dict(CLASSES)
    for table in (
        screen_rules_suicide.CLASSES,
        screen_rules_abuse.CLASSES,
        screen_rules_others.CLASSES,
        screen_rules_someone_else.CLASSES,
    ):
        clash = sorted(merged.keys() & table.keys())
        if clash:
            raise ValueError(f"word classes defined twice: {clash}")
        merged.update(table)
    return merged


_NO_RISK = Screening(frozenset(), ())


@functools.cache
def engine() -> Engine:
    """The compiled rules. Compiling takes a few seconds, so it happens once, on first use
    (the shell calls this at start-up so no user waits for it), never at import."""
    return compile_rules(RULES, _classes(), RAW, about_others=RiskKind.SOMEONE_ELSE.value)


def screen(text: str) -> Screening:
    """Screen one message. Pure, deterministic, and linear in the length of `text`."""
    folded = normalise(text)
    if folded == " ":
        return _NO_RISK
    fired = engine().fired(folded)
    if not fired:
        return _NO_RISK
    return Screening(
        kinds=frozenset(RiskKind(rule.kind) for rule in fired),
        rules=tuple(rule.name for rule in fired),
    )
