"""The shared little dialogue that settles a user's time zone.

Onboarding and settings both need it, and both must accept a city, an offset, a shared
location or a button, then confirm with the user's current local time so a wrong guess is
caught before the first nudge arrives at 3 a.m.
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, Located, Reply, Said, rows
from flows.times import format_local_time, local_now
from flows.zones import resolve_zone, zone_label

ASK = "zone"
PICK = "zone_pick"
CONFIRM = "zone_confirm"
STEPS = frozenset({ASK, PICK, CONFIRM})


@dataclass(frozen=True, slots=True)
class ZoneSettled:
    """The user confirmed this zone."""

    zone_key: str


@dataclass(frozen=True, slots=True)
class StillAsking:
    """The dialogue goes on at `state`, after saying `replies`."""

    state: FlowState
    replies: tuple[Reply, ...]


ZoneOutcome = ZoneSettled | StillAsking


def ask(state: FlowState, *, first_time: bool = True) -> StillAsking:
    """Ask for the zone, offering the location button that Telegram can show."""
    message = "zone-ask" if first_time else "zone-ask-again"
    return StillAsking(
        state.at(ASK, candidates=[], pending=None),
        (Reply(message, reply_keyboard="location"),),
    )


def _confirm(state: FlowState, key: str, ctx: Context) -> StillAsking:
    local = local_now(ctx.now, key)
    replies = (
        Reply("zone-noted", {"zone": zone_label(key)}, reply_keyboard="remove"),
        Reply(
            "zone-confirm",
            {"local_time": format_local_time(local.time()), "zone": zone_label(key)},
            rows(
                Button("button-yes", "zone_yes"), Button("button-zone-retry", "zone_no"), per_row=2
            ),
        ),
    )
    return StillAsking(state.at(CONFIRM, pending=key, candidates=[]), replies)


def _from_text(state: FlowState, text: str, ctx: Context) -> StillAsking:
    answer = resolve_zone(text)
    if answer.key is not None:
        return _confirm(state, answer.key, ctx)
    if answer.candidates:
        buttons = [
            Button("button-zone-candidate", "zone_pick", ref=str(i), params={"zone": zone_label(k)})
            for i, k in enumerate(answer.candidates)
        ]
        buttons.append(Button("button-zone-none", "zone_none"))
        return StillAsking(
            state.at(PICK, candidates=list(answer.candidates), pending=None),
            (Reply("zone-pick", buttons=rows(*buttons)),),
        )
    return StillAsking(state.at(ASK), (Reply("zone-unknown", reply_keyboard="location"),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    pending = state.data.get("pending")
    if state.step == CONFIRM and isinstance(pending, str):
        return _confirm(state, pending, ctx).replies
    return ask(state).replies


def advance(state: FlowState, event: Event, ctx: Context) -> ZoneOutcome:
    """Move the zone dialogue one step; the caller owns what happens once it is settled."""
    if isinstance(event, Located):
        if event.zone_key is None:
            return StillAsking(state.at(ASK), (Reply("zone-location-unknown"),))
        return _confirm(state, event.zone_key, ctx)
    if state.step == CONFIRM:
        pending = state.data.get("pending")
        answer: bool | None = None
        if isinstance(event, Chose):
            answer = {"zone_yes": True, "zone_no": False}.get(event.action)
        elif isinstance(event, Said):
            answer = yes_or_no(event.text)
            if answer is None:
                # Typing a new city here is a natural way to say "no, this one".
                return _from_text(state, event.text, ctx)
        if answer is True and isinstance(pending, str):
            return ZoneSettled(pending)
        if answer is False:
            return ask(state, first_time=False)
        return StillAsking(state, (Reply("zone-confirm-unclear"),))
    if state.step == PICK and isinstance(event, Chose):
        candidates = list(state.data.get("candidates", []))
        if event.action == "zone_pick" and event.ref.isdigit() and int(event.ref) < len(candidates):
            return _confirm(state, str(candidates[int(event.ref)]), ctx)
        return ask(state, first_time=False)
    if isinstance(event, Said):
        return _from_text(state, event.text, ctx)
    return StillAsking(state, (Reply("zone-use-text", reply_keyboard="location"),))
