"""Value types shared by the thinking-pattern detector and its cue tables.

They live in their own module so the cue tables can name a pattern without importing the
detector itself; `flows.patterns` re-exports both names as the public API.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Pattern(enum.StrEnum):
    """The thinking patterns the bot can gently name back to the user.

    The values are stable identifiers: they are stored and used as message keys, so a value
    must never change once released.
    """

    ALL_OR_NOTHING = "all_or_nothing"
    OVERGENERALIZING = "overgeneralizing"
    LABELING = "labeling"
    SHOULD = "should"
    CATASTROPHIZING = "catastrophizing"
    MIND_READING = "mind_reading"
    DISCOUNTING_POSITIVE = "discounting_positive"


@dataclass(frozen=True, slots=True)
class Finding:
    """One pattern noticed in a thought, with the evidence the bot can quote back.

    `cues` are exact substrings of the user's text (original casing and apostrophes), in
    the order they appear, so a reply can say "'always' and 'total failure' ..." without
    putting words in the user's mouth. `strength` (0..1) only orders findings; it is not a
    probability.
    """

    pattern: Pattern
    cues: tuple[str, ...]
    strength: float
