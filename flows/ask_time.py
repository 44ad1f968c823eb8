"""The shared little dialogue that settles the daily check-in time.

Suggested times come as buttons for a two-tap answer; typed times in any common shape
("8:30", "20h", "8pm") work too, and "no daily check-ins" is always a first-class choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.core import Button, Chose, Context, Event, FlowState, Reply, Said, rows
from flows.times import format_local_time, parse_time_of_day

ASK = "time"
OFF = "off"
SUGGESTIONS = (
    ("button-time-morning", "08:30"),
    ("button-time-midday", "12:30"),
    ("button-time-evening", "19:00"),
)
_OFF_WORDS = frozenset({"off", "none", "no", "never", "nothing", "ninguno", "nunca", "no thanks"})


@dataclass(frozen=True, slots=True)
class TimeSettled:
    """The user chose a time ("HH:MM") or OFF."""

    checkin_time: str


@dataclass(frozen=True, slots=True)
class StillAsking:
    state: FlowState
    replies: tuple[Reply, ...]


TimeOutcome = TimeSettled | StillAsking


def keyboard() -> tuple[tuple[Button, ...], ...]:
    suggestions = [
        Button(label, "time", ref=value, params={"time": value}) for label, value in SUGGESTIONS
    ]
    return (*rows(*suggestions, per_row=3), (Button("button-time-off", "time", ref=OFF),))


def ask(state: FlowState, message: str = "time-ask") -> StillAsking:
    return StillAsking(state.at(ASK), (Reply(message, buttons=keyboard()),))


def parse(text: str) -> str | None:
    """A typed answer as "HH:MM", OFF, or None when it is not a time."""
    if text.strip().lower().strip(".!") in _OFF_WORDS:
        return OFF
    parsed = parse_time_of_day(text)
    return None if parsed is None else format_local_time(parsed)


def advance(state: FlowState, event: Event, ctx: Context) -> TimeOutcome:
    del ctx  # the answer does not depend on the moment it is given
    if isinstance(event, Chose) and event.action == "time":
        chosen = event.ref if event.ref == OFF else parse(event.ref)
        if chosen is not None:
            return TimeSettled(chosen)
    if isinstance(event, Said):
        chosen = parse(event.text)
        if chosen is not None:
            return TimeSettled(chosen)
        return StillAsking(state, (Reply("time-unclear", buttons=keyboard()),))
    return StillAsking(state, (Reply("time-use-buttons", buttons=keyboard()),))
