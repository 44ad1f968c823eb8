"""One turn of conversation: the crisis screen first, then commands, then the current flow.

This is the single entrance for everything a user does. Keeping the order here, in pure
code, means no handler in the shell can forget the screen or let a stale button through.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from flows import (
    checkin,
    crisis,
    goals,
    learn,
    onboarding,
    parts,
    practice,
    privacy,
    reframe,
    schedule_commands,
    settings,
    success,
)
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Located,
    Record,
    Reply,
    Said,
    Started,
    Step,
    TimerFired,
    Unsupported,
    rows,
)
from flows.identity import asks_if_human
from flows.patterns import read_harsh_thought
from flows.screen import screen

#: A flow left alone this long is not continued silently: the user is asked first.
EXPIRES_AFTER = timedelta(hours=6)
#: A scheduled moment that arrives while the user is mid-conversation waits this long.
BUSY_WINDOW = timedelta(minutes=30)
CRISIS_QUIET = timedelta(hours=24)
RESUME = "resume"


@dataclass(frozen=True, slots=True)
class TimerDeferred(Record):
    """The user is in the middle of something: deliver the scheduled moment later."""

    minutes: int


class Flow(Protocol):
    """What a flow module offers the turn."""

    NAME: str

    def advance(self, state: FlowState, event: Event, ctx: Context) -> Step: ...

    def reprompt(self, state: FlowState, ctx: Context) -> tuple[Reply, ...]: ...


class Startable(Flow, Protocol):
    """A flow that a command (or a menu button) can start."""

    COMMANDS: tuple[str, ...]

    def start(self, ctx: Context, args: str, command: str) -> Step: ...


STARTABLE: tuple[Startable, ...] = (
    onboarding,
    settings,
    reframe,
    checkin,
    practice,
    schedule_commands,
    goals,
    privacy,
    learn,
    parts,
    success,
)
_EVERY_FLOW: tuple[Flow, ...] = (*STARTABLE, crisis)
FLOWS: dict[str, Flow] = {flow.NAME: flow for flow in _EVERY_FLOW}
_BY_COMMAND: dict[str, Startable] = {c: flow for flow in STARTABLE for c in flow.COMMANDS}

#: The commands Telegram's menu lists, in this order (each has a `command-<name>` message).
MENU_COMMANDS: tuple[str, ...] = (
    "checkin",
    "reframe",
    "goal",
    "practice",
    "learn",
    "perfectionist",
    "success",
    "thoughts",
    "goals",
    "settings",
    "pause",
    "resume",
    "stop",
    "privacy",
    "export",
    "delete",
    "sos",
    "help",
    "start",
    "cancel",
)


def flow_for_command(command: str) -> str | None:
    """The name of the flow a command starts (None for /help, /sos, /cancel, unknown)."""
    flow = _BY_COMMAND.get(command)
    return None if flow is None else flow.NAME


def _start(command: str, args: str, ctx: Context) -> Step | None:
    flow = _BY_COMMAND.get(command)
    return None if flow is None else flow.start(ctx, args, command)


def _help(state: FlowState | None) -> Step:
    replies = [Reply("help", buttons=onboarding.main_menu())]
    if state is not None:
        replies.append(Reply("help-in-flow"))
    return Step(state, tuple(replies))


def _command(state: FlowState | None, event: Started, ctx: Context) -> Step:
    if event.command == "cancel":
        if state is None:
            return Step(None, (Reply("cancel-nothing"),))
        return Step(None, (Reply("cancel-done", buttons=onboarding.main_menu()),))
    if event.command == "help":
        return _help(state)
    if event.command == "sos":
        return crisis.resources(state, ctx)
    started = _start(event.command, event.args, ctx)
    if started is not None:
        return started
    return Step(state, (Reply("unknown-command", buttons=onboarding.main_menu()),))


def _resume_offer(paused: FlowState) -> Step:
    keyboard = rows(
        Button("button-resume-continue", "continue"),
        Button("button-resume-drop", "drop"),
        per_row=2,
    )
    return Step(
        FlowState(RESUME, "asking", {"paused": paused.to_json()}),
        (Reply("resume-offer", {"flow": paused.flow}, keyboard),),
    )


def _resumed(state: FlowState, event: Chose, ctx: Context) -> Step:
    paused = state.data.get("paused")
    if event.action == "continue" and isinstance(paused, dict):
        restored = FlowState.from_json(paused)
        flow = FLOWS.get(restored.flow)
        if flow is not None:
            return Step(restored, flow.reprompt(restored, ctx))
    return Step(None, (Reply("resume-dropped", buttons=onboarding.main_menu()),))


def _button(state: FlowState | None, event: Chose, ctx: Context) -> Step:
    if event.flow == "menu":
        if event.ref == "help":
            return _help(None)
        started = _start(event.ref, "", ctx)
        if started is not None:
            return started
    if state is not None and event.flow == state.flow:
        if state.flow == RESUME:
            return _resumed(state, event, ctx)
        return _advance(state, event, ctx)
    return Step(state, (Reply("stale-button"),))


def _advance(state: FlowState, event: Event, ctx: Context) -> Step:
    step = FLOWS[state.flow].advance(state, event, ctx)
    returned = step.state
    back_from_crisis = (
        state.flow == crisis.NAME
        and returned is not None
        and returned.flow in FLOWS
        and returned.flow != crisis.NAME
    )
    if back_from_crisis and returned is not None:
        # Back from a crisis check to what was going on: ask its question again.
        reprompt = FLOWS[returned.flow].reprompt(returned, ctx)
        return dataclasses.replace(step, replies=(*step.replies, *reprompt))
    return step


def _timer(state: FlowState | None, event: TimerFired, ctx: Context) -> Step:
    """A scheduled moment: wait if the user is busy, else open the right conversation."""
    nudge = event.kind in {"checkin", "checkin_snooze"}
    rest = None if event.kind == crisis.FOLLOW_UP else crisis.rest_left(ctx)
    if rest is not None:
        # The day after a risk reply belongs to the person, not the schedule: a nudge
        # due now is let go, anything else waits until a while after the follow-up.
        if nudge:
            return Step(state)
        return Step(state, (), (TimerDeferred(minutes=_minutes(rest + BUSY_WINDOW)),))
    if nudge and state is not None and state.flow == checkin.NAME:
        pass  # an earlier nudge left open (or an interrupted delivery): start afresh
    elif _busy(state, ctx.now):
        return Step(state, (), (TimerDeferred(minutes=int(BUSY_WINDOW.total_seconds() // 60)),))
    if event.kind in {"checkin", "checkin_snooze"}:
        return checkin.start_nudge(ctx)
    if event.kind == "goal_followup" and event.ref.isdigit():
        return goals.start_followup(ctx, int(event.ref))
    if event.kind == crisis.FOLLOW_UP:
        return crisis.follow_up(state)
    return Step(state)


def _minutes(wait: timedelta) -> int:
    """Whole minutes, rounded up, so a deferred moment never comes back too early."""
    return math.ceil(wait / timedelta(minutes=1))


def _outside_flows(event: Event, ctx: Context) -> Step:
    if isinstance(event, Located):
        started = settings.start(ctx, "", "timezone")
        assert started.state is not None
        return settings.advance(started.state, event, ctx)
    if isinstance(event, Unsupported):
        return Step(None, (Reply("unsupported", buttons=onboarding.main_menu()),))
    if not ctx.profile.onboarded:
        return onboarding.start(ctx)
    if isinstance(event, Said):
        reading = read_harsh_thought(event.text)
        if reading.harsh:
            return reframe.offer(ctx, event.text, reading.findings)
    return Step(None, (Reply("fallback", buttons=onboarding.main_menu()),))


def _idle_for(state: FlowState, now: datetime) -> timedelta | None:
    try:
        return now - datetime.fromisoformat(state.touched) if state.touched else None
    except ValueError:
        return None


def _expired(state: FlowState, now: datetime) -> bool:
    """Left alone long enough that carrying on silently would be confusing."""
    if state.flow in {crisis.NAME, RESUME}:
        return False
    idle = _idle_for(state, now)
    return idle is not None and idle > EXPIRES_AFTER


def _busy(state: FlowState | None, now: datetime) -> bool:
    """In the middle of a conversation right now, so a nudge would interrupt."""
    if state is None:
        return False
    idle = _idle_for(state, now)
    if state.flow == crisis.NAME:
        # After a risk reply nothing scheduled interrupts for a day (the crisis follow-up
        # itself arrives after that day).
        return idle is not None and idle < CRISIS_QUIET
    return idle is not None and idle < BUSY_WINDOW


def _decide(state: FlowState | None, event: Event, ctx: Context) -> Step:
    if isinstance(event, Unsupported) and event.caption:
        screening = screen(event.caption)
        if screening.at_risk:
            return crisis.respond(state, screening, ctx)
    if isinstance(event, Said):
        screening = screen(event.text)
        if screening.at_risk:
            return crisis.respond(state, screening, ctx)
        if event.edited:
            return Step(state)  # corrections are screened, not replayed into a flow
        if asks_if_human(event.text):
            return Step(state, (Reply("identity"),))
    if isinstance(event, Started):
        return _command(state, event, ctx)
    if isinstance(event, Chose):
        return _button(state, event, ctx)
    if isinstance(event, TimerFired):
        return _timer(state, event, ctx)
    if state is None or state.flow not in FLOWS:
        if state is not None and state.flow == RESUME:
            return Step(state, (Reply("resume-use-buttons"),))
        return _outside_flows(event, ctx)
    if _expired(state, ctx.now):
        return _resume_offer(state)
    if isinstance(event, Unsupported):
        return Step(state, (Reply("unsupported-in-flow"),))
    return _advance(state, event, ctx)


#: Someone back after this long is reminded, once, what the bot is and is not.
AWAY_FOR_REMINDER = 7


def _returning(event: Event, ctx: Context, step: Step) -> bool:
    away = ctx.data.get("away_days", 0)
    return (
        isinstance(away, int)
        and away >= AWAY_FOR_REMINDER
        and ctx.profile.onboarded
        and isinstance(event, Said | Started | Chose | Unsupported | Located)
        and bool(step.replies)
        and step.replies[0].message not in crisis.RISK_REPLIES
    )


def take_turn(state: FlowState | None, event: Event, ctx: Context) -> Step:
    """Decide the whole answer to one event. Pure: the caller persists and sends."""
    step = _decide(state, event, ctx)
    if _returning(event, ctx, step):
        step = dataclasses.replace(step, replies=(Reply("returning-reminder"), *step.replies))
    if step.state is None or step.state is state:
        return step
    return dataclasses.replace(
        step, state=dataclasses.replace(step.state, touched=ctx.now.isoformat())
    )
