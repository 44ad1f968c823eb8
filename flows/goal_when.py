"""Step 4 of a goal, and every later "pick a new moment": when should the bot follow up?

Presets are buttons; anything else is typed and read by `flows.moments.parse_moment` in
the user's zone. If the zone is unknown the shared zone dialogue runs first, right here,
because "tonight" means nothing without it and a detour to /settings loses the thread.

Quiet hours (22:00–07:00 local) protect sleep: a preset or a vague moment that lands there
waits until morning, and the user is told so. Only a time of day the user typed on purpose
("tonight at 23:30") is kept at night; that choice travels as `explicit_night`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from flows import ask_zone
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Keyboard,
    ProfileChanged,
    Record,
    Reply,
    Said,
    rows,
)
from flows.goal_common import (
    effective_moment,
    lands_at_night,
    moment_params,
    zone_of,
)
from flows.moments import Preset, moment_for_preset, parse_moment
from flows.times import format_local_time, local_now
from flows.zones import zone_label

WHEN = "when"
STEPS = frozenset({WHEN, *ask_zone.STEPS})

_PRESET_LABELS = (
    (Preset.IN_1_HOUR, "button-goal-in-1-hour"),
    (Preset.IN_3_HOURS, "button-goal-in-3-hours"),
    (Preset.TONIGHT, "button-goal-tonight"),
    (Preset.TOMORROW_MORNING, "button-goal-tomorrow-morning"),
)
_PRESETS = {preset.value: preset for preset, _ in _PRESET_LABELS}

# A typed clock time: "23:30", "11.30", "11pm", "20h", "at 9", "a las 11", "midnight".
_CLOCK = re.compile(
    r"\d{1,2}\s*[:.h]\s*\d{2}"
    r"|\d{1,2}\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
    r"|\b\d{1,2}\s*(?:h|hrs|oclock|o clock|uhr|en punto)\b"
    r"|\b(?:at|around|about|by|a las|a la|sobre las|hacia las|como a las)\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:de la|in the)\s+(?:noche|madrugada|manana|tarde|night|morning|evening)\b"
    r"|\b(?:midnight|medianoche|media noche)\b"
    r"|^\d{1,4}$"
)
# "in 2 hours", "en 30 minutos": elapsed time, not a time of day.
_DURATION = re.compile(
    r"^(?:in|en|dentro de|within|after|tras)\s+\S+(?:\s+\S+)?\s*"
    r"(?:m|min|mins|minutes?|minutos?|h|hr|hrs|hours?|horas?|d|days?|dias?|w|weeks?|semanas?)\b"
)


@dataclass(frozen=True, slots=True)
class MomentChosen:
    """The user settled a moment; `replies` confirm it in their local time."""

    state: FlowState
    at: datetime
    explicit_night: bool
    replies: tuple[Reply, ...]


@dataclass(frozen=True, slots=True)
class StillAsking:
    state: FlowState
    replies: tuple[Reply, ...]
    records: tuple[Record, ...] = ()


WhenOutcome = MomentChosen | StillAsking


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(plain.replace("'", "").replace("’", "").split())


def typed_clock(text: str) -> bool:
    """Whether the user named a time of day, rather than a duration or a part of the day."""
    s = _normalise(text)
    if _DURATION.match(s):
        return False
    return _CLOCK.search(s) is not None


def keyboard() -> Keyboard:
    return rows(*(Button(label, "when", ref=p.value) for p, label in _PRESET_LABELS), per_row=2)


def _question(state: FlowState) -> str:
    return "goal-when-again" if "goal" in state.data else "goal-when-ask"


def ask(state: FlowState, ctx: Context) -> StillAsking:
    """Ask for the moment, or for the zone first when there is none to read it in."""
    if zone_of(state, ctx) is None:
        asked = ask_zone.ask(state)
        return StillAsking(asked.state, (Reply("goal-zone-needed"), *asked.replies))
    return StillAsking(state.at(WHEN), (Reply(_question(state), buttons=keyboard()),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    if state.step in ask_zone.STEPS:
        return ask_zone.reprompt(state, ctx)
    return ask(state, ctx).replies


def _chosen(
    state: FlowState, at: datetime, explicit: bool, zone: str, ctx: Context
) -> MomentChosen:
    night = lands_at_night(at, zone)
    explicit_night = explicit and night
    shown = effective_moment(at, explicit_night, zone)
    kind = "late" if explicit_night else "waits" if night else "no"
    reply = Reply("goal-when-set", {"night": kind, **moment_params(shown, ctx.now, zone)})
    return MomentChosen(state, at, explicit_night, (reply,))


def read_typed(state: FlowState, text: str, ctx: Context) -> MomentChosen | None:
    """A typed moment, if the text is one and the zone is known; None otherwise."""
    zone = zone_of(state, ctx)
    if zone is None:
        return None
    at = parse_moment(text, ctx.now, zone)
    if at is None:
        return None
    return _chosen(state, at, typed_clock(text), zone, ctx)


def _zone_settled(state: FlowState, key: str, ctx: Context) -> StillAsking:
    settled = state.at(WHEN, zone=key, candidates=[], pending=None)
    local = format_local_time(local_now(ctx.now, key).time())
    saved = Reply("goal-zone-saved", {"zone": zone_label(key), "local_time": local})
    question = Reply(_question(settled), buttons=keyboard())
    return StillAsking(settled, (saved, question), (ProfileChanged(zone_key=key),))


def advance(state: FlowState, event: Event, ctx: Context) -> WhenOutcome:
    """Move the moment question one step; the caller decides what the moment is for."""
    if state.step in ask_zone.STEPS:
        zone_step = ask_zone.advance(state, event, ctx)
        if isinstance(zone_step, ask_zone.StillAsking):
            return StillAsking(zone_step.state, zone_step.replies)
        return _zone_settled(state, zone_step.zone_key, ctx)
    zone = zone_of(state, ctx)
    if zone is None:
        return ask(state, ctx)
    if isinstance(event, Chose) and event.action == "when" and event.ref in _PRESETS:
        at = moment_for_preset(_PRESETS[event.ref], ctx.now, zone)
        return _chosen(state, at, False, zone, ctx)
    if isinstance(event, Said):
        typed = read_typed(state, event.text, ctx)
        if typed is not None:
            return typed
        return StillAsking(state, (Reply("goal-when-unclear", buttons=keyboard()),))
    return StillAsking(state, (Reply("goal-when-use", buttons=keyboard()),))
