"""The practice library: short, self-paced exercises of one to three minutes.

Each practice is only data: an ordered tuple of steps, each naming the message that guides
it and whether it invites the user to type something. Keeping the library as data means the
`/practice` flow and the check-in's offer run exactly the same steps, and adding a practice
is a change here and in the copy, never in the flow logic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PracticeStep:
    """One screen of a practice. Typing is welcome at every step; `invites_text` says the
    copy explicitly asks for a few words (typing there is the natural way to go on).

    `message` names a rotating family (`practice-three-breaths-1` for
    `practice-three-breaths-1-01`, `-02`, ...): the same step in several wordings, so someone
    who returns to a practice often is not read the same lines again within a month.
    """

    message: str
    invites_text: bool = False


@dataclass(frozen=True, slots=True)
class Practice:
    """A named practice: its button label, its steps, and how it can be found by typing."""

    key: str
    label: str
    steps: tuple[PracticeStep, ...]
    #: Words that name this practice when typed (`/practice breaths`); compared folded.
    aliases: tuple[str, ...]
    #: Whether words typed during it are kept (with consent) as a `PracticeNote`.
    keeps_text: bool = False


SELF_COMPASSION_BREAK = "self_compassion_break"
KIND_FRIEND_LETTER = "kind_friend_letter"
SOOTHING_TOUCH = "soothing_touch"
THREE_BREATHS = "three_breaths"
FRIEND_VIEW = "friend_view"
GOOD_ENOUGH_TODAY = "good_enough_today"
REST_PERMISSION = "rest_permission"

_PRACTICES = (
    Practice(
        SELF_COMPASSION_BREAK,
        "button-practice-self-compassion-break",
        (
            PracticeStep("practice-self-compassion-break-1", invites_text=True),
            PracticeStep("practice-self-compassion-break-2"),
            PracticeStep("practice-self-compassion-break-3", invites_text=True),
        ),
        ("self compassion break", "self compassion", "compassion break", "compassion"),
    ),
    Practice(
        KIND_FRIEND_LETTER,
        "button-practice-kind-friend-letter",
        (
            PracticeStep("practice-kind-friend-letter-1"),
            PracticeStep("practice-kind-friend-letter-2", invites_text=True),
            PracticeStep("practice-kind-friend-letter-3"),
        ),
        ("kind friend letter", "friend letter", "letter", "carta"),
    ),
    Practice(
        SOOTHING_TOUCH,
        "button-practice-soothing-touch",
        (
            PracticeStep("practice-soothing-touch-1"),
            PracticeStep("practice-soothing-touch-2"),
            PracticeStep("practice-soothing-touch-3"),
        ),
        ("soothing touch", "soothing", "touch", "hand on heart"),
    ),
    Practice(
        THREE_BREATHS,
        "button-practice-three-breaths",
        (
            PracticeStep("practice-three-breaths-1"),
            PracticeStep("practice-three-breaths-2"),
            PracticeStep("practice-three-breaths-3"),
        ),
        ("three breaths", "3 breaths", "breaths", "breath", "breathe", "breathing", "respirar"),
    ),
    Practice(
        FRIEND_VIEW,
        "button-practice-friend-view",
        (
            PracticeStep("practice-friend-view-1"),
            PracticeStep("practice-friend-view-2", invites_text=True),
            PracticeStep("practice-friend-view-3"),
        ),
        ("friend view", "what would you tell a friend", "tell a friend", "friend", "amigo"),
    ),
    Practice(
        GOOD_ENOUGH_TODAY,
        "button-practice-good-enough-today",
        (
            PracticeStep("practice-good-enough-today-1", invites_text=True),
            PracticeStep("practice-good-enough-today-2"),
        ),
        ("good enough today", "good enough", "one good thing", "suficiente"),
        keeps_text=True,
    ),
    Practice(
        REST_PERMISSION,
        "button-practice-rest-permission",
        (
            PracticeStep("practice-rest-permission-1"),
            PracticeStep("practice-rest-permission-2", invites_text=True),
        ),
        ("rest permission", "permission slip", "permission", "rest", "descanso", "descansar"),
    ),
)

#: Every practice by key, in the order `/practice` lists them.
LIBRARY: dict[str, Practice] = {p.key: p for p in _PRACTICES}


def fold(text: str) -> str:
    """Lower-case, accents off, punctuation and separators to single spaces, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[a-z0-9@]+", plain.replace("'", "").replace("’", "")))


def find(text: str) -> Practice | None:
    """The practice a typed name points to ("breaths", "self_compassion_break", "3"), if any.

    A number picks by position in the list. Longer names are tried first, so "kind friend
    letter" finds the letter rather than the friend's view.
    """
    folded = fold(text.replace("_", " ").replace("-", " "))
    if not folded:
        return None
    if folded.isdigit():
        index = int(folded) - 1
        return _PRACTICES[index] if 0 <= index < len(_PRACTICES) else None
    names = sorted(
        ((alias, p) for p in _PRACTICES for alias in (p.key.replace("_", " "), *p.aliases)),
        key=lambda pair: -len(pair[0]),
    )
    padded = f" {folded} "
    for alias, practice in names:
        if f" {alias} " in padded:
            return practice
    return None
