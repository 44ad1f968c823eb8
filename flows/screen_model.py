"""The shape of a crisis rule, kept apart from the tables so each table reads as plain data.

A rule is a named list of phrases with two kinds of exception, an optional intent that must
come right before, and an optional partner:

* `unless_followed_by` — a phrase right after the hit turns it into an idiom ("cut myself"
  + "some slack", "want to die" + "of shame").
* `still_counts_before` — a phrase right after the hit that keeps it a hit whatever
  `unless_followed_by` says: a time or a degree ("at this point", "at the moment") that
  a broad idiom exception ("live at the dorm", "at this job") would otherwise swallow.
* `unless_preceded_by` — a phrase ending right before the hit negates it ("not" +
  "suicidal", "no quiero" + "morir"). Only adjacent words count, so "I don't know why I
  want to die" is still a hit: a distant "not" must never hide risk.
* `only_after` — the hit counts only when one of these ends right before it: intent
  ("want to", "going to") in front of a common verb ("hurt someone"). The phrase itself
  starts at the rarer words, so the screen only looks for the intent where they occur.
* `context` — phrases that must also appear in the same message (anywhere, or within
  `near` tokens of the hit; with `context_first`, only before it). This is how a neutral
  question ("tallest bridges around here") becomes risky next to distress ("everything is
  pointless").
* `benign` — phrases that cancel a hit within `benign_near` tokens ("for a trip").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

Kind: TypeAlias = Literal[
    "suicide", "self_harm", "abuse", "eating", "harm_to_others", "someone_else"
]


@dataclass(frozen=True, slots=True)
class Phrases:
    """Phrases to find, with the idioms and negations that cancel a hit."""

    any_of: tuple[str, ...]
    unless_followed_by: tuple[str, ...] = ()
    unless_preceded_by: tuple[str, ...] = ()
    only_after: tuple[str, ...] = ()
    still_counts_before: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """One named, explainable reason to flag a message. `why` is for people reading tables."""

    name: str
    kind: Kind
    why: str
    match: Phrases
    context: Phrases | None = None
    near: int | None = None
    context_first: bool = False
    benign: Phrases | None = None
    benign_near: int = 12


STILL_NOW = ("{still_now}", "{aside}")
"""For `still_counts_before`: a time, a degree or an aside ("lol", "tbh") after the hit
(`screen_lexicon`)."""
