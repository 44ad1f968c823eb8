"""The facts a good-enough goal leaves behind, for the shell to persist and schedule.

Times are ISO 8601 strings in UTC. `explicit_night` tells the scheduler whether a follow-up
inside quiet hours was a time the user typed on purpose (send it then) or one that merely
landed there (wait until quiet hours end).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from flows.core import Record

OutcomeStatus: TypeAlias = Literal["done", "partly", "released"]


@dataclass(frozen=True, slots=True)
class GoalSet(Record):
    """A new goal, confirmed on the summary card. `perfect` is "" when skipped."""

    task: str
    perfect: str
    good_enough: str
    follow_up_at: str
    explicit_night: bool
    fear: str
    fear_confidence: int


@dataclass(frozen=True, slots=True)
class GoalOutcome(Record):
    """How a goal ended. For "released", `learned` holds the optional reason ("" if none).

    Empty strings and a None confidence mean the user skipped that question.
    """

    goal_id: int
    status: OutcomeStatus
    happened: str
    fear_confidence_after: int | None
    learned: str


@dataclass(frozen=True, slots=True)
class GoalRescheduled(Record):
    """A new follow-up moment for an open goal."""

    goal_id: int
    follow_up_at: str
    explicit_night: bool


@dataclass(frozen=True, slots=True)
class GoalEdited(Record):
    """A smaller good-enough version for an open goal."""

    goal_id: int
    good_enough: str


@dataclass(frozen=True, slots=True)
class GoalDropped(Record):
    """The user let an open goal go. No judgement is stored with it."""

    goal_id: int
