"""Names, records and small readers shared by the modules of the reframe flow.

They sit apart from the step logic so the question builder, the exercise steps and the
saved-thoughts list can all use them without importing one another.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from flows.answers import number_in_range
from flows.core import FlowState, Record
from flows.patterns import Pattern

NAME = "reframe"

# Steps of the exercise, in the order a user meets them.
OFFER = "offer"
CAPTURE = "capture"
PATTERN = "pattern"
PICK = "pick"
BELIEF = "belief"
EXAMINE = "examine"
FRIEND = "friend"
BALANCED = "balanced"
RERATE = "rerate"
SAVE = "save"
# Steps of `/thoughts`.
THOUGHTS = "thoughts"
CONFIRM_DELETE = "confirm_delete"

UNSURE = "unsure"
"""The pattern key for "not sure": the exercise still works, with a general question."""

CHOICES: tuple[str, ...] = (*(pattern.value for pattern in Pattern), UNSURE)
"""Pattern keys in the order the pick list numbers them (1 to 8)."""

MAX_TEXT = 1000
"""Longest stored answer: enough for a heartfelt paragraph, small enough for a phone."""

SHOWN = 280
"""Longest quote of the thought repeated at the top of a step."""

MAX_CUE = 80

QUESTIONS: Mapping[str, tuple[str, ...]] = {
    Pattern.ALL_OR_NOTHING.value: (
        "reframe-continuum-place",
        "reframe-continuum-middle",
        "reframe-continuum-ok",
    ),
    Pattern.OVERGENERALIZING.value: ("reframe-ask-exception",),
    Pattern.LABELING.value: ("reframe-ask-kinder-name",),
    Pattern.SHOULD.value: ("reframe-ask-would-like",),
    Pattern.CATASTROPHIZING.value: ("reframe-ask-likely", "reframe-ask-cope"),
    Pattern.MIND_READING.value: ("reframe-ask-evidence", "reframe-ask-other-view"),
    Pattern.DISCOUNTING_POSITIVE.value: ("reframe-ask-credit",),
    UNSURE: ("reframe-ask-general",),
}
"""Step 4's questions per pattern. The first one of each quotes the thought back."""


@dataclass(frozen=True, slots=True)
class ThoughtSaved(Record):
    """The user chose to keep their reframe (only ever emitted with consent).

    `answers` are the user's own answers to step 4's questions and to the friend question,
    in the order asked; skipped questions are left out. `belief_before` is None when the
    first rating was skipped.
    """

    original: str
    pattern: str
    balanced: str
    belief_before: int | None
    belief_after: int
    answers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReframeFinished(Record):
    """A reframe reached its end. No words, so practice can be counted without consent."""

    pattern: str
    belief_before: int | None
    belief_after: int
    saved: bool


@dataclass(frozen=True, slots=True)
class ThoughtDeleted(Record):
    """The user confirmed deleting a saved thought; the shell checks it is theirs."""

    thought_id: int


# --- Reading what the user typed ---------------------------------------------------------

_PATTERN_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (UNSURE, re.compile(r"not\s+sure|unsure|don'?t\s+know|no\s+idea|dunno")),
    (Pattern.ALL_OR_NOTHING.value, re.compile(r"all\W*or\W*nothing|black\W*(and|&)\W*white")),
    (Pattern.OVERGENERALIZING.value, re.compile(r"over\W*generali[sz]")),
    (Pattern.LABELING.value, re.compile(r"\blabel")),
    (Pattern.SHOULD.value, re.compile(r"\bshould")),
    (Pattern.CATASTROPHIZING.value, re.compile(r"catastroph|worst\W*case")),
    (Pattern.MIND_READING.value, re.compile(r"mind\W*read")),
    (Pattern.DISCOUNTING_POSITIVE.value, re.compile(r"discount")),
)

_LONGEST_PICK = 60
"""Longer messages are answers, not a pattern's name: "I should have..." is not a pick."""

_SKIP = re.compile(r"\s*(skip|pass|next|skip (it|this|this one)|saltar)\s*[.!]?\s*", re.IGNORECASE)


def read_pattern(text: str) -> str | None:
    """A pattern picked by number (1 to 8) or by name, as its key; None if unclear."""
    number = number_in_range(text, 1, len(CHOICES))
    if number is not None:
        return CHOICES[number - 1]
    folded = text.strip().lower()
    if not folded or len(folded) > _LONGEST_PICK:
        return None
    for key, words in _PATTERN_WORDS:
        if words.search(folded):
            return key
    return None


def read_rating(text: str) -> int | None:
    """A belief rating from 0 to 100, typed as '70' or '70%'."""
    return number_in_range(text, 0, 100)


def wants_skip(text: str) -> bool:
    """Typing "skip" works wherever the skip button does."""
    return _SKIP.fullmatch(text) is not None


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """Trim the user's words to `limit` characters, marking the cut with an ellipsis."""
    cleaned = text.strip()
    if len(cleaned) <= limit:
        return cleaned
    return cleaned[: limit - 1].rstrip() + "…"


def too_short(text: str) -> bool:
    """A word like "ugh" or "idk" is a feeling, not yet a thought to look at."""
    cleaned = text.strip()
    return len(cleaned) < 8 and len(cleaned.split()) < 2


# --- Reading the flow's own state (JSON from storage, so checked, never trusted) ---------


def text_of(state: FlowState, key: str) -> str:
    value = state.data.get(key)
    return value if isinstance(value, str) else ""


def int_of(state: FlowState, key: str) -> int | None:
    value = state.data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def texts_of(state: FlowState, key: str) -> list[str]:
    value = state.data.get(key)
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str)]


def pattern_of(state: FlowState) -> str:
    value = text_of(state, "pattern")
    return value if value in CHOICES else UNSURE
