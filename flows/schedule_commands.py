"""`/pause`, `/resume`, `/stop`, and which weekdays the check-in comes on.

Taking a break from the check-ins should be as easy as getting them, and say nothing about
gaps. A pause ends on its own; stopping is confirmed once and then said plainly (no more
nudges, the data stays until /delete); resuming works from either.

`ctx.data["schedule"]` (optional; missing keys read as the defaults shown)::

    {
        "paused": bool,              # default: paused_until is not None
        "paused_until": str | None,  # ISO 8601 UTC instant; None with paused=True = until /resume
        "stopped": bool,             # default False
        "weekdays": [int, ...],      # Monday = 0; default all seven
    }
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, timedelta
from typing import Any

from flows.answers import yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Record,
    Reply,
    Said,
    Step,
    rows,
)
from flows.practices import fold

NAME = "schedule"
COMMANDS: tuple[str, ...] = ("pause", "resume", "stop", "days")
PAUSE = "pause"
STOP = "stop"
DAYS = "days"

EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)
WEEKDAYS = (0, 1, 2, 3, 4)
WEEKEND = (5, 6)
#: Pause choices: button ref → days (None = until /resume).
PAUSES: dict[str, int | None] = {"1d": 1, "3d": 3, "7d": 7, "open": None}


@dataclass(frozen=True, slots=True)
class CheckinsPaused(Record):
    """No nudges until `until` (ISO 8601 UTC), or until /resume when None."""

    until: str | None


@dataclass(frozen=True, slots=True)
class CheckinsResumed(Record):
    """Clear any pause or stop; nudges follow the check-in time again."""


@dataclass(frozen=True, slots=True)
class CheckinsStopped(Record):
    """No more nudges at all, until /resume. Nothing is deleted."""


@dataclass(frozen=True, slots=True)
class CheckinDaysSet(Record):
    """The weekdays nudges may come on (Monday = 0), never empty."""

    weekdays: tuple[int, ...]


# --- What the shell told us ---------------------------------------------------------------


def _schedule(ctx: Context) -> Mapping[str, Any]:
    raw = ctx.data.get("schedule")
    return raw if isinstance(raw, Mapping) else {}


def _paused(ctx: Context) -> bool:
    schedule = _schedule(ctx)
    return bool(schedule.get("paused", schedule.get("paused_until") is not None))


def _stopped(ctx: Context) -> bool:
    return bool(_schedule(ctx).get("stopped", False))


def _has_time(ctx: Context) -> bool:
    return ctx.profile.checkin_time not in {None, "", "off"}


def _weekdays(ctx: Context) -> list[int]:
    days = _schedule(ctx).get("weekdays")
    if isinstance(days, list | tuple):
        chosen = sorted({d for d in days if isinstance(d, int) and 0 <= d <= 6})
        if chosen:
            return chosen
    return list(EVERY_DAY)


def _settings_door() -> tuple[tuple[Button, ...], ...]:
    return rows(Button("button-schedule-settings", "open", ref="settings", flow="menu"))


# --- /pause -------------------------------------------------------------------------------


def _pause_reply(message: str = "schedule-pause-ask") -> Reply:
    return Reply(
        message,
        buttons=(
            *rows(
                Button("button-schedule-pause-1d", "pause", ref="1d"),
                Button("button-schedule-pause-3d", "pause", ref="3d"),
                Button("button-schedule-pause-7d", "pause", ref="7d"),
                per_row=3,
            ),
            (Button("button-schedule-pause-open", "pause", ref="open"),),
            (Button("button-schedule-choose-days", "days"),),
            (Button("button-schedule-keep", "keep"),),
        ),
    )


def _pause_choice(text: str) -> str | None:
    folded = fold(text)
    if re.fullmatch(r"(?:for )?(?:(?:1|one) ?(?:d|day)?|a day)|tomorrow|24 ?h", folded):
        return "1d"
    if re.fullmatch(r"(?:for )?(?:3|three) ?(?:d|days)?", folded):
        return "3d"
    if re.fullmatch(r"(?:for )?(?:a |one |1 )?week|(?:7|seven) ?(?:d|days)?", folded):
        return "7d"
    if folded in {
        "until i resume",
        "until resume",
        "indefinitely",
        "open",
        "no end",
        "until i say",
        "for now",
    }:
        return "open"
    return None


def _paused_now(ref: str, ctx: Context) -> Step:
    days = PAUSES[ref]
    if days is None:
        return Step(None, (Reply("schedule-paused-open"),), (CheckinsPaused(None),))
    until = (ctx.now.astimezone(UTC) + timedelta(days=days)).replace(microsecond=0)
    return Step(
        None, (Reply("schedule-paused", {"days": days}),), (CheckinsPaused(until.isoformat()),)
    )


def _at_pause(state: FlowState, event: Event, ctx: Context) -> Step:
    choice: str | None = None
    action = event.action if isinstance(event, Chose) else ""
    if isinstance(event, Said):
        folded = fold(event.text)
        choice = _pause_choice(event.text)
        if folded in {"days", "choose days", "weekdays", "pick days"}:
            action = "days"
        elif choice is None and (
            yes_or_no(event.text) is False or folded in {"keep", "never mind"}
        ):
            action = "keep"
    elif action == "pause" and isinstance(event, Chose) and event.ref in PAUSES:
        choice = event.ref
    if choice is not None:
        return _paused_now(choice, ctx)
    if action == "days":
        return _ask_days(state, _weekdays(ctx))
    if action == "keep":
        return Step(None, (Reply("schedule-kept"),))
    return Step(state, (_pause_reply("schedule-pause-unclear"),))


# --- Weekdays -----------------------------------------------------------------------------


_DAY_NAMES = {
    **dict.fromkeys(("mon", "monday", "mondays", "lun", "lunes"), 0),
    **dict.fromkeys(("tue", "tues", "tuesday", "tuesdays", "martes"), 1),
    **dict.fromkeys(("wed", "wednesday", "wednesdays", "mie", "miercoles"), 2),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday", "thursdays", "jue", "jueves"), 3),
    **dict.fromkeys(("fri", "friday", "fridays", "vie", "viernes"), 4),
    **dict.fromkeys(("sat", "saturday", "saturdays", "sab", "sabado"), 5),
    **dict.fromkeys(("sun", "sunday", "sundays", "dom", "domingo"), 6),
}
_GROUPS = {
    "every day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "daily": EVERY_DAY,
    "all": EVERY_DAY,
    "all days": EVERY_DAY,
    "todos": EVERY_DAY,
    "todos los dias": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "work days": WEEKDAYS,
    "workdays": WEEKDAYS,
    "entre semana": WEEKDAYS,
    "weekends": WEEKEND,
    "weekend": WEEKEND,
    "fin de semana": WEEKEND,
    "fines de semana": WEEKEND,
}
_JOINERS = frozenset({"and", "y", "on", "only", "just", "plus", "e"})


def parse_days(text: str) -> tuple[int, ...] | None:
    """Weekdays typed as names or ranges ("mon wed fri", "mon-fri", "weekends")."""
    folded = fold(text.replace("-", " to ").replace("–", " to "))
    if folded in _GROUPS:
        return _GROUPS[folded]
    words = folded.split()
    chosen: set[int] = set()
    previous: int | None = None
    ranging = False
    for word in words:
        if word in {"to", "through", "thru", "a", "hasta"}:
            ranging = previous is not None
            continue
        if word in _JOINERS:
            continue
        day = _DAY_NAMES.get(word)
        if day is None:
            return None
        if ranging and previous is not None:
            span = (day - previous) % 7
            chosen.update((previous + i) % 7 for i in range(span + 1))
        chosen.add(day)
        previous, ranging = day, False
    return tuple(sorted(chosen)) or None


def _days_reply(chosen: list[int], message: str = "schedule-days-ask") -> Reply:
    toggles = [
        Button(
            f"button-schedule-day-{d}",
            "toggle",
            ref=str(d),
            params={"on": "yes" if d in chosen else "no"},
        )
        for d in EVERY_DAY
    ]
    return Reply(
        message,
        buttons=(
            *rows(*toggles, per_row=4),
            (
                Button("button-schedule-days-every", "every"),
                Button("button-schedule-days-weekdays", "weekdays"),
            ),
            (Button("button-schedule-days-done", "done"),),
        ),
    )


def _ask_days(state: FlowState, chosen: list[int], message: str = "schedule-days-ask") -> Step:
    return Step(state.at(DAYS, weekdays=chosen), (_days_reply(chosen, message),))


def _days_set(days: tuple[int, ...]) -> Step:
    pattern = {EVERY_DAY: "every", WEEKDAYS: "weekdays", WEEKEND: "weekend"}.get(days, "custom")
    return Step(
        None,
        (Reply("schedule-days-set", {"pattern": pattern, "count": len(days)}),),
        (CheckinDaysSet(days),),
    )


def _at_days(state: FlowState, event: Event) -> Step:
    chosen = sorted({d for d in state.data.get("weekdays", []) if isinstance(d, int)})
    if isinstance(event, Chose):
        if event.action == "toggle" and event.ref in {str(d) for d in EVERY_DAY}:
            day = int(event.ref)
            toggled = sorted(set(chosen) ^ {day})
            return _ask_days(state, toggled)
        if event.action == "every":
            return _ask_days(state, list(EVERY_DAY))
        if event.action == "weekdays":
            return _ask_days(state, list(WEEKDAYS))
        if event.action == "done":
            if not chosen:
                return _ask_days(state, chosen, "schedule-days-none")
            return _days_set(tuple(chosen))
        return _ask_days(state, chosen)
    if isinstance(event, Said):
        if fold(event.text) in {"done", "ok", "okay", "save", "listo"} and chosen:
            return _days_set(tuple(chosen))
        typed = parse_days(event.text)
        if typed is not None:
            return _days_set(typed)
    return _ask_days(state, chosen, "schedule-days-unclear")


# --- /stop and /resume ------------------------------------------------------------------------


def _stop_reply(message: str = "schedule-stop-confirm") -> Reply:
    return Reply(
        message,
        buttons=rows(
            Button("button-schedule-stop-confirm", "confirm"),
            Button("button-schedule-stop-pause-instead", "pause_instead"),
            Button("button-schedule-keep", "keep"),
        ),
    )


def _at_stop(state: FlowState, event: Event) -> Step:
    action = event.action if isinstance(event, Chose) else ""
    if isinstance(event, Said):
        answer = yes_or_no(event.text)
        folded = fold(event.text)
        if answer is True or folded in {"stop", "stop them"}:
            action = "confirm"
        elif folded in {"pause", "pause instead"}:
            action = "pause_instead"
        elif answer is False or folded in {"keep", "keep them", "never mind"}:
            action = "keep"
    if action == "confirm":
        return Step(None, (Reply("schedule-stopped"),), (CheckinsStopped(),))
    if action == "pause_instead":
        return Step(state.at(PAUSE), (_pause_reply(),))
    if action == "keep":
        return Step(None, (Reply("schedule-kept"),))
    return Step(state, (_stop_reply("schedule-stop-unclear"),))


def _resume(ctx: Context) -> Step:
    resumed = (CheckinsResumed(),)
    if not _has_time(ctx):
        return Step(None, (Reply("schedule-resume-no-time", buttons=_settings_door()),), resumed)
    message = "schedule-resumed" if _paused(ctx) or _stopped(ctx) else "schedule-already-on"
    return Step(None, (Reply(message, {"time": str(ctx.profile.checkin_time)}),), resumed)


# --- Entry points -----------------------------------------------------------------------------


def start(ctx: Context, args: str = "", command: str = "pause") -> Step:
    """`/pause` offers how long, `/stop` asks to confirm, `/resume` acts at once."""
    del args
    if command == "resume":
        return _resume(ctx)
    if command == "days":
        current = [d for d in _schedule(ctx).get("weekdays", EVERY_DAY) if isinstance(d, int)]
        return _ask_days(FlowState(NAME, DAYS), sorted(current) or list(EVERY_DAY))
    if command == "stop":
        if _stopped(ctx):
            return Step(None, (Reply("schedule-already-stopped"),))
        return Step(FlowState(NAME, STOP), (_stop_reply(),))
    if _stopped(ctx):
        return Step(None, (Reply("schedule-pause-while-stopped"),))
    if not _has_time(ctx):
        return Step(None, (Reply("schedule-no-time", buttons=_settings_door()),))
    return Step(FlowState(NAME, PAUSE), (_pause_reply(),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current step's question again."""
    del ctx
    if state.step == STOP:
        return (_stop_reply(),)
    if state.step == DAYS:
        chosen = [d for d in state.data.get("weekdays", []) if isinstance(d, int)]
        return (_days_reply(chosen),)
    return (_pause_reply(),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == STOP:
        return _at_stop(state, event)
    if state.step == DAYS:
        return _at_days(state, event)
    return _at_pause(state, event, ctx)
