"""`/thoughts`: the kinder thoughts a user chose to keep, and deleting one of them.

Reads `ctx.data["thoughts"]` (see `flows.reframe` for its shape). A delete button names a
thought only by its id; the id must be among the thoughts loaded for this user right now,
and deleting asks once more first, because it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, Keyboard, Reply, Said, Step, rows
from flows.patterns import read_harsh_thought
from flows.reframe_ask import reframe_door
from flows.reframe_model import (
    CHOICES,
    CONFIRM_DELETE,
    NAME,
    THOUGHTS,
    UNSURE,
    ThoughtDeleted,
    int_of,
    text_of,
)
from flows.reframe_steps import offer

DATA_KEY = "thoughts"
MOST = 10


@dataclass(frozen=True, slots=True)
class SavedThought:
    id: int
    original: str
    pattern: str
    balanced: str
    created: str


def _parse(raw: Any) -> SavedThought | None:
    if not isinstance(raw, Mapping):
        return None
    ident = raw.get("id")
    texts = [raw.get(key) for key in ("original", "pattern", "balanced", "created")]
    if not isinstance(ident, int) or isinstance(ident, bool):
        return None
    if not all(isinstance(text, str) for text in texts):
        return None
    original, pattern, balanced, created = (str(text) for text in texts)
    return SavedThought(
        ident, original, pattern if pattern in CHOICES else UNSURE, balanced, created
    )


def saved_thoughts(ctx: Context) -> list[SavedThought]:
    """The loaded thoughts, newest first as the shell sent them; malformed entries skipped."""
    raw = ctx.data.get(DATA_KEY)
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return []
    parsed = (_parse(item) for item in raw)
    return [thought for thought in parsed if thought is not None][:MOST]


def _footer_buttons() -> Keyboard:
    return rows(reframe_door(), Button("button-done", "done"), per_row=2)


def _footer() -> Reply:
    return Reply("reframe-thoughts-footer", buttons=_footer_buttons())


def _item(thought: SavedThought, footer: bool = False) -> Reply:
    params = {
        "original": thought.original,
        "pattern": thought.pattern,
        "balanced": thought.balanced,
        "created": thought.created,
    }
    keyboard = rows(Button("button-reframe-delete", "delete", ref=str(thought.id)))
    if footer:  # shown alone, the card carries the list's own way on as well
        keyboard = (*keyboard, *_footer_buttons())
    return Reply("reframe-thought-item", params, keyboard)


def _listing(thoughts: Sequence[SavedThought]) -> tuple[Reply, ...]:
    intro = Reply("reframe-thoughts-intro", {"count": len(thoughts)})
    return (intro, *(_item(thought) for thought in thoughts), _footer())


def show(ctx: Context) -> Step:
    """List the saved thoughts, each with a delete button; a warm word when there are none."""
    thoughts = saved_thoughts(ctx)
    if not thoughts:
        return Step(None, (Reply("reframe-thoughts-empty", buttons=rows(reframe_door())),))
    return Step(FlowState(NAME, THOUGHTS), _listing(thoughts))


def _confirm(state: FlowState) -> Reply:
    buttons = rows(
        Button("button-reframe-delete-yes", "delete_yes"),
        Button("button-reframe-delete-no", "delete_no"),
        per_row=2,
    )
    return Reply("reframe-delete-confirm", {"balanced": text_of(state, "pending_text")}, buttons)


def _asked_to_delete(state: FlowState, ref: str, ctx: Context) -> Step:
    found = next((t for t in saved_thoughts(ctx) if str(t.id) == ref), None)
    if found is None:
        return Step(state.at(THOUGHTS), (Reply("reframe-delete-missing"), _footer()))
    asking = state.at(CONFIRM_DELETE, pending=found.id, pending_text=found.balanced)
    return Step(asking, (_confirm(asking),))


def _decided(state: FlowState, delete: bool, ctx: Context) -> Step:
    pending = int_of(state, "pending")
    listing = state.at(THOUGHTS, pending=None, pending_text="")
    if not delete or pending is None:
        kept = next((t for t in saved_thoughts(ctx) if t.id == pending), None)
        if kept is None:
            return Step(listing, (Reply("reframe-delete-kept", buttons=_footer_buttons()),))
        # Tapping Delete retired that card's buttons: show it again, so it can still be acted on.
        return Step(listing, (Reply("reframe-delete-kept"), _item(kept, footer=True)))
    left = [t for t in saved_thoughts(ctx) if t.id != pending]
    if not left:
        reply = Reply("reframe-deleted", buttons=rows(reframe_door()))
        return Step(None, (reply,), (ThoughtDeleted(pending),))
    reply = Reply("reframe-deleted", buttons=_footer_buttons())
    return Step(listing, (reply,), (ThoughtDeleted(pending),))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    """Delete (with a confirmation), close the list, or turn new typing into an offer."""
    if isinstance(event, Chose):
        if event.action == "delete":
            return _asked_to_delete(state, event.ref, ctx)
        if event.action in {"delete_yes", "delete_no"} and state.step == CONFIRM_DELETE:
            return _decided(state, event.action == "delete_yes", ctx)
        if event.action == "done":
            return Step(None, (Reply("reframe-thoughts-closed"),))
    if isinstance(event, Said):
        if state.step == CONFIRM_DELETE:
            answer = yes_or_no(event.text)
            if answer is not None:
                return _decided(state, answer, ctx)
        else:
            reading = read_harsh_thought(event.text)
            if reading.harsh:
                return offer(event.text, reading.findings)
            return Step(None, (Reply("reframe-thoughts-closed"),))
    return Step(state, (_confirm(state) if state.step == CONFIRM_DELETE else _footer(),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    if state.step == CONFIRM_DELETE:
        return (_confirm(state),)
    thoughts = saved_thoughts(ctx)
    return _listing(thoughts) if thoughts else (_footer(),)
