"""Small pieces every part of the goal flow shares: reading answers, moments, goal views.

Kept apart so the setup, follow-up and list modules read as conversations, not plumbing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flows.core import Button, Chose, Context, Event, FlowState, Keyboard, ParamValue, Reply, Said
from flows.times import defer_past_quiet_hours, format_local_time, in_quiet_hours, local_now
from flows.zones import zone_for_key

NAME = "goal"
#: Good enough applies to goals too: more than this at once becomes its own pressure.
OPEN_GOAL_LIMIT = 3
#: The task is one line; other answers are a sentence or a few.
TASK_MAX = 200
TEXT_MAX = 600
#: Zone used for display only, when the user never set one.
FALLBACK_ZONE = "UTC+00:00"
PERCENTS = (0, 25, 50, 75, 100)

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SKIP_WORDS = frozenset(
    {"skip", "pass", "-", "none", "nothing", "no", "n/a", "na", "not sure", "dunno",
     "saltar", "paso", "nada", "ninguno", "omitir"}
)  # fmt: skip


# --------------------------------------------------------------------------- answers


def clean(text: str) -> str:
    """One tidy line: surrounding space gone, inner runs of space (and newlines) single."""
    return " ".join(text.split())


def is_skip(event: Event) -> bool:
    """A tap on Skip, or a typed "skip", "pass", "-" and the like."""
    if isinstance(event, Chose):
        return event.action == "skip"
    if isinstance(event, Said):
        return clean(event.text).casefold().strip(".!") in _SKIP_WORDS
    return False


@dataclass(frozen=True, slots=True)
class TooLong:
    """The user wrote more than fits; they are asked for a shorter version."""

    limit: int

    def reply(self) -> Reply:
        return Reply("goal-too-long", {"limit": self.limit})


def free_text(event: Event, limit: int = TEXT_MAX) -> str | TooLong | None:
    """The typed answer, TooLong, or None when nothing usable was typed."""
    if not isinstance(event, Said):
        return None
    text = clean(event.text)
    if not text:
        return None
    if len(text) > limit:
        return TooLong(limit)
    return text


def read_percent(text: str) -> int | None:
    """ "70", "70%", "about 70", "~70 %" → 70; anything outside 0–100 → None."""
    folded = clean(text).casefold()
    folded = re.sub(
        r"^(?:about|around|maybe|roughly|like|approx\.?|unos|unas|como|~)\s*", "", folded
    )
    match = re.fullmatch(r"(\d{1,3})\s*(?:%|percent|per cent|por ciento)?[.!]?", folded)
    if match is None:
        return None
    value = int(match.group(1))
    return value if 0 <= value <= 100 else None


def percent_keyboard(action: str, *, skippable: bool = False) -> Keyboard:
    buttons = tuple(
        Button("button-goal-percent", action, ref=str(n), params={"n": n}) for n in PERCENTS
    )
    keyboard: Keyboard = (buttons,)
    if skippable:
        keyboard = (*keyboard, (Button("button-goal-skip", "skip"),))
    return keyboard


def percent_answer(event: Event, action: str) -> int | None:
    """A confidence from a percent button or typed; None if neither."""
    if isinstance(event, Chose) and event.action == action and event.ref.isdigit():
        value = int(event.ref)
        return value if 0 <= value <= 100 else None
    if isinstance(event, Said):
        return read_percent(event.text)
    return None


def skip_row() -> Keyboard:
    return ((Button("button-goal-skip", "skip"),),)


def door(label: str, command: str) -> Button:
    """A button that opens another command's flow from anywhere."""
    return Button(label, "open", ref=command, flow="menu")


# --------------------------------------------------------------------------- moments


def usable_zone(key: object) -> str | None:
    if not isinstance(key, str) or not key:
        return None
    try:
        zone_for_key(key)
    except ValueError:
        return None
    return key


def zone_of(state: FlowState | None, ctx: Context) -> str | None:
    """The user's zone: the profile's, or one settled earlier in this flow."""
    found = usable_zone(ctx.profile.zone_key)
    if found is None and state is not None:
        found = usable_zone(state.data.get("zone"))
    return found


def display_zone(state: FlowState | None, ctx: Context) -> str:
    return zone_of(state, ctx) or FALLBACK_ZONE


def parse_instant(raw: object) -> datetime | None:
    """An aware UTC instant from stored ISO text, or None if it is not one."""
    if not isinstance(raw, str):
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        return None
    return value.astimezone(UTC)


def effective_moment(at: datetime, explicit_night: bool, zone_key: str) -> datetime:
    """When the message will really arrive: night moments wait unless the user named them."""
    return at if explicit_night else defer_past_quiet_hours(at, zone_key)


def lands_at_night(at: datetime, zone_key: str) -> bool:
    return in_quiet_hours(local_now(at, zone_key).time())


def moment_params(at: datetime, now: datetime, zone_key: str) -> dict[str, ParamValue]:
    """A moment in the user's local time, as pieces the copy can word.

    `on` is "today", "tomorrow", a weekday key ("mon"…"sun") within the coming week, or
    "date" further ahead (then `date` is the clearest: "2026-12-25"); `time` is "HH:MM".
    """
    local = local_now(at, zone_key)
    ahead = (local.date() - local_now(now, zone_key).date()).days
    on = "date"
    if ahead <= 0:
        on = "today"
    elif ahead == 1:
        on = "tomorrow"
    elif ahead < 7:
        on = _WEEKDAYS[local.weekday()]
    return {"on": on, "time": format_local_time(local.time()), "date": local.date().isoformat()}


# ------------------------------------------------------------------------ goal views

_GOAL_FIELDS = ("task", "good_enough", "fear")


def goal_view(raw: object) -> dict[str, Any] | None:
    """An open goal from the shell's data, checked and reduced to JSON the flow keeps.

    Anything malformed or not open is None: the flow then treats it as gone.
    """
    if not isinstance(raw, Mapping):
        return None
    goal_id = raw.get("id")
    if not isinstance(goal_id, int) or isinstance(goal_id, bool):
        return None
    if raw.get("status", "open") != "open":
        return None
    view: dict[str, Any] = {"id": goal_id}
    for name in _GOAL_FIELDS:
        value = raw.get(name, "")
        view[name] = value if isinstance(value, str) else ""
    confidence = raw.get("fear_confidence")
    view["fear_confidence"] = (
        confidence if isinstance(confidence, int) and not isinstance(confidence, bool) else None
    )
    follow_up = parse_instant(raw.get("follow_up_at"))
    view["follow_up_at"] = follow_up.isoformat() if follow_up is not None else ""
    return view


def open_goals(ctx: Context) -> list[dict[str, Any]]:
    """The open goals the shell loaded for `/goals`, checked, oldest promise first."""
    goals = ctx.data.get("goals")
    raw = goals.get("open") if isinstance(goals, Mapping) else None
    if not isinstance(raw, list):
        return []
    found = (goal_view(item) for item in raw)
    return [goal for goal in found if goal is not None]


def past_outcomes(ctx: Context) -> list[dict[str, str]]:
    """Up to three earlier "feared / happened" pairs, for a gentle look across goals."""
    raw = ctx.data.get("past_outcomes")
    if not isinstance(raw, list):
        return []
    pairs: list[dict[str, str]] = []
    for item in raw:
        if not isinstance(item, Mapping):
            continue
        fear, happened = item.get("fear"), item.get("happened")
        if isinstance(fear, str) and isinstance(happened, str) and fear and happened:
            pairs.append({"fear": fear, "happened": happened})
    return pairs[:3]
