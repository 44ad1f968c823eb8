"""The vocabulary every flow speaks: events in, replies and records out.

Flows are pure functions from (state, event, context) to a `Step`. Nothing here reads the
clock, the database or Telegram; the shell passes those in and carries the results out. That
keeps every conversation testable as a transcript and safe to replay.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, TypeAlias

ParamValue: TypeAlias = str | int
Params: TypeAlias = Mapping[str, ParamValue]


# --- Events: what the user (or the clock) did -------------------------------------------


@dataclass(frozen=True, slots=True)
class Started:
    """A command such as `/start` or `/time 08:30`; `args` is the text after the command."""

    command: str
    args: str = ""


@dataclass(frozen=True, slots=True)
class Said:
    """Free text the user typed. `edited` marks a correction of an earlier message."""

    text: str
    edited: bool = False


@dataclass(frozen=True, slots=True)
class Chose:
    """A button press: which flow's button, which action, and an optional reference."""

    action: str
    ref: str = ""
    flow: str = ""


@dataclass(frozen=True, slots=True)
class Located:
    """A shared location, turned into a time zone key by the shell (None if unknown)."""

    zone_key: str | None


@dataclass(frozen=True, slots=True)
class Unsupported:
    """Something we cannot read: a sticker, photo, voice note, file and so on.

    `caption` holds words sent with it. They are screened for risk like any message (a
    photo of a wrist with "look what I did" must not get the "I only read text" reply),
    and otherwise left alone: never stored, never fed to a flow.
    """

    kind: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class TimerFired:
    """A scheduled moment arrived (a check-in, a goal follow-up)."""

    kind: str
    ref: str = ""


Event: TypeAlias = Started | Said | Chose | Located | Unsupported | TimerFired


# --- Replies: what the bot says back ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button. `flow` defaults to the flow that produced the reply."""

    label: str
    action: str
    ref: str = ""
    flow: str | None = None
    params: Params = field(default_factory=dict)


Keyboard: TypeAlias = tuple[tuple[Button, ...], ...]
ReplyKeyboard: TypeAlias = Literal["none", "location", "remove"]


@dataclass(frozen=True, slots=True)
class Reply:
    """A message to send, named by catalog id; the shell words and renders it.

    With `rotate`, `message` names a family (`checkin-opening` for `checkin-opening-01`,
    `-02`, ...) and the shell picks a member this user has not seen for a while.
    """

    message: str
    params: Params = field(default_factory=dict)
    buttons: Keyboard = ()
    reply_keyboard: ReplyKeyboard = "none"
    rotate: bool = False


def rows(*buttons: Button, per_row: int = 1) -> Keyboard:
    """Lay buttons out `per_row` to a row, the usual shape of a small inline keyboard."""
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


# --- Records: facts for the shell to persist ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Record:
    """Base of every fact a flow asks the shell to persist. Flows define their own kinds."""


@dataclass(frozen=True, slots=True)
class ProfileChanged(Record):
    """Settings the user chose. Only the fields that are not None change."""

    zone_key: str | None = None
    checkin_time: str | None = None  # "HH:MM", or "off" for no daily check-ins
    locale: str | None = None
    consent: bool | None = None
    onboarded: bool | None = None
    keep_words: bool | None = None  # keep notes beyond the retention period


@dataclass(frozen=True, slots=True)
class RiskNoted(Record):
    """The crisis screen fired. Only the kinds are kept, never the words."""

    kinds: tuple[str, ...]


# --- Context and steps --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Profile:
    """What a flow may know about the user: their choices, never their identity."""

    zone_key: str | None = None
    checkin_time: str | None = None
    locale: str = "en"
    consent: bool | None = None
    onboarded: bool = False
    keep_words: bool = False


@dataclass(frozen=True, slots=True)
class Context:
    """Everything from the outside world a flow may look at during one turn."""

    now: datetime
    profile: Profile
    locales: tuple[str, ...] = ("en",)
    #: Facts the shell loaded for the flow about to run (saved thoughts, open goals, counts).
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Step:
    """The outcome of one turn: the next state (None = the flow ended), replies, records."""

    state: FlowState | None
    replies: tuple[Reply, ...] = ()
    records: tuple[Record, ...] = ()


@dataclass(frozen=True, slots=True)
class FlowState:
    """A flow's position: which flow, which step, and the small facts it has gathered.

    `data` holds JSON values only, so the shell can store it as it is.
    """

    flow: str
    step: str
    data: Mapping[str, Any] = field(default_factory=dict)
    #: When the user last moved this flow on (ISO 8601, UTC); stamped by the turn.
    touched: str = ""

    def at(self, step: str, **changes: Any) -> FlowState:
        """The same flow at another step, with some data changed."""
        return dataclasses.replace(self, step=step, data={**self.data, **changes})

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "step": self.step,
            "data": dict(self.data),
            "touched": self.touched,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> FlowState:
        return cls(
            flow=str(raw["flow"]),
            step=str(raw["step"]),
            data=dict(raw.get("data", {})),
            touched=str(raw.get("touched", "")),
        )


def say(message: str, buttons: Keyboard = (), **params: ParamValue) -> Reply:
    """Shorthand for the most common reply: a catalog message with a few parameters."""
    return Reply(message=message, params=params, buttons=buttons)
