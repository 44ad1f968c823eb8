"""The reply to risk: people first, resources at once, and a way back when they are ready.

This is not a flow step that other flows opt into. The turn runs the screen before any flow
sees a message, and on risk it parks whatever was going on here, so nothing half-finished
(a reframe, a goal) gets in the way of a person who may be in danger.

After a risk reply the scheduled nudges rest until the gentle follow-up a day later. That
rest is not the user's own /pause: it ends by itself, /resume does not cut it short, and a
pause the user chose before it is still theirs afterwards. For a scheduled moment the shell
says how long the rest still lasts in ``ctx.data["crisis_rest_until"]`` (ISO 8601 UTC, the
follow-up's moment; missing when no follow-up is pending).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from flows.core import Button, Chose, Context, Event, FlowState, Reply, RiskNoted, Said, Step, rows
from flows.screen import Screening

NAME = "crisis"
CHECKING = "checking"
#: The first line of every risk reply; a reminder must never come before one.
RISK_REPLIES = frozenset({"crisis-reply", "crisis-abuse", "crisis-others", "crisis-someone-else"})
_FOR_OTHERS = "for_others"
FOLLOW_UP = "crisis_followup"
REST_KEY = "crisis_rest_until"


def _keyboard() -> tuple[tuple[Button, ...], ...]:
    return rows(
        Button("button-crisis-safe", "safe"),
        Button("button-crisis-not-safe", "not_safe"),
        Button("button-crisis-resources", "resources"),
    )


def deployment_lines(ctx: Context) -> tuple[Reply, ...]:
    """Lines an operator configured: a country's own services, a practice's contact."""
    extra: list[Reply] = []
    lines = ctx.data.get("crisis_local_lines")
    if isinstance(lines, str) and lines.strip():
        extra.append(Reply("local-crisis-lines", {"lines": lines.strip()}))
    contact = ctx.data.get("crisis_practice_contact")
    if isinstance(contact, str) and contact.strip():
        extra.append(Reply("practice-contact", {"contact": contact.strip()}))
    return tuple(extra)


def respond(paused: FlowState | None, screening: Screening, ctx: Context) -> Step:
    """Answer a risky message: care, honesty about being automated, resources, a question."""
    resume: Mapping[str, Any] | None = None
    if paused is not None and paused.flow != NAME:
        resume = paused.to_json()
    elif paused is not None:
        resume = paused.data.get("resume")
    kinds = tuple(sorted(k.value for k in screening.kinds))
    # Worry for someone else decides the reply only when nothing about the writer fired.
    own = tuple(kind for kind in kinds if kind != "someone_else")
    for_others = own == ("harm_to_others",)
    if not own:
        message = "crisis-someone-else"
    elif for_others:
        message = "crisis-others"
    elif own == ("abuse",):
        message = "crisis-abuse"
    else:
        message = "crisis-reply"
    return Step(
        FlowState(NAME, CHECKING, {"resume": resume, _FOR_OTHERS: for_others}),
        (*deployment_lines(ctx), Reply(message, buttons=_keyboard())),
        (RiskNoted(kinds),),
    )


def resources(state: FlowState | None, ctx: Context) -> Step:
    """`/sos`: the resources from any state, without ending what was going on."""
    return Step(state, (Reply("crisis-resources"), *deployment_lines(ctx)))


def rest_left(ctx: Context) -> timedelta | None:
    """How much longer scheduled nudges rest after a risk reply (None: not resting)."""
    raw = ctx.data.get(REST_KEY)
    if not isinstance(raw, str):
        return None
    try:
        left = datetime.fromisoformat(raw) - ctx.now
    except (TypeError, ValueError):
        return None
    return left if left > timedelta(0) else None


def follow_up(state: FlowState | None) -> Step:
    """A day after a risk reply: one gentle line, the resources, no questions to answer."""
    keep = state if state is not None and state.flow != NAME else None
    return Step(keep, (Reply("crisis-follow-up"),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    del state, ctx
    return (Reply("crisis-still-here", buttons=_keyboard()),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    del ctx
    action = event.action if isinstance(event, Chose) else None
    if action == "safe":
        resume = state.data.get("resume")
        if isinstance(resume, Mapping):
            return Step(FlowState.from_json(resume), (Reply("crisis-glad-resume"),))
        return Step(None, (Reply("crisis-glad"),))
    if action == "not_safe":
        urgent = "crisis-urgent-others" if state.data.get(_FOR_OTHERS) else "crisis-urgent"
        return Step(state, (Reply(urgent, buttons=_keyboard()),))
    if action == "resources":
        return Step(state, (Reply("crisis-resources", buttons=_keyboard()),))
    if isinstance(event, Said):
        # Whatever they write next, keep the door open; never push back into a flow.
        return Step(state, (Reply("crisis-still-here", buttons=_keyboard()),))
    return Step(state, (Reply("crisis-still-here", buttons=_keyboard()),))
