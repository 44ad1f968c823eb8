"""`/practice`: pick a short practice from the library and walk through it a step at a time.

The same runner serves the check-in's offer (`begin`), so a practice feels the same however
it was reached. Every step moves on with "next", can be left with "stop here" (stopping is
never commented on as a shortfall), and accepts typing: words are acknowledged, kept only
where the practice keeps them and only with consent, and never required.

`ctx.data`: nothing is read.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from flows.practices import LIBRARY, Practice, find, fold

NAME = "practice"
COMMANDS: tuple[str, ...] = ("practice",)
LIST = "list"
DOING = "doing"

_NEXT_WORDS = frozenset(
    {"next", "ok", "okay", "continue", "go on", "done", "ready", "siguiente", "listo", "vale"}
)
_STOP_WORDS = frozenset({"stop", "stop here", "enough", "thats enough", "para", "basta"})


@dataclass(frozen=True, slots=True)
class PracticeDone(Record):
    """A practice ended: walked to the end (`completed`) or set down part-way."""

    practice: str
    completed: bool


@dataclass(frozen=True, slots=True)
class PracticeNote(Record):
    """Words typed during a practice that keeps them; only emitted with consent."""

    practice: str
    text: str


# --- Replies ----------------------------------------------------------------------------


def _list_reply(message: str = "practice-list") -> Reply:
    buttons = [Button(p.label, "pick", ref=p.key) for p in LIBRARY.values()]
    buttons.append(Button("button-practice-not-now", "close"))
    return Reply(message, buttons=rows(*buttons))


def _step_reply(practice: Practice, at: int) -> Reply:
    ref = str(at)
    if at >= len(practice.steps) - 1:
        keyboard = rows(Button("button-practice-done", "done", ref=ref))
    else:
        keyboard = rows(
            Button("button-practice-next", "next", ref=ref),
            Button("button-practice-stop", "stop", ref=ref),
            per_row=2,
        )
    # Each step names a family of phrasings; the shell shows one this user hasn't seen lately,
    # so a practice done often doesn't repeat the same lines word for word.
    return Reply(practice.steps[at].message, buttons=keyboard, rotate=True)


def _another() -> tuple[tuple[Button, ...], ...]:
    return rows(Button("button-practice-another", "open", ref="practice", flow="menu"))


# --- Running a practice -------------------------------------------------------------------


def begin(key: str) -> Step:
    """Start practice `key` (a `LIBRARY` key) at its first step, from `/practice` or from
    the check-in's offer alike."""
    practice = LIBRARY[key]
    state = FlowState(NAME, DOING, {"practice": key, "at": 0})
    return Step(state, (_step_reply(practice, 0),))


def _finish(
    practice: Practice, completed: bool, *before: Reply, extra: tuple[Record, ...] = ()
) -> Step:
    message = "practice-finished" if completed else "practice-stopped"
    return Step(
        None,
        (*before, Reply(message, buttons=_another())),
        (*extra, PracticeDone(practice.key, completed)),
    )


def _move_on(
    state: FlowState, practice: Practice, at: int, *before: Reply, extra: tuple[Record, ...] = ()
) -> Step:
    if at >= len(practice.steps) - 1:
        return _finish(practice, True, *before, extra=extra)
    return Step(state.at(DOING, at=at + 1), (*before, _step_reply(practice, at + 1)), extra)


def _typed_in_practice(
    state: FlowState, practice: Practice, at: int, text: str, ctx: Context
) -> Step:
    folded = fold(text)
    if folded in _STOP_WORDS:
        return _finish(practice, False)
    if folded in _NEXT_WORDS:
        return _move_on(state, practice, at)
    if practice.keeps_text and ctx.profile.consent:
        note = PracticeNote(practice.key, text.strip())
        return _move_on(state, practice, at, Reply("practice-kept"), extra=(note,))
    return _move_on(state, practice, at, Reply("practice-heard"))


def _doing(state: FlowState, event: Event, ctx: Context) -> Step:
    practice = LIBRARY.get(str(state.data.get("practice")))
    if practice is None:
        return Step(FlowState(NAME, LIST), (_list_reply(),))
    at = int(state.data.get("at", 0))
    at = min(max(at, 0), len(practice.steps) - 1)
    if isinstance(event, Chose):
        if event.ref and event.ref != str(at):
            # A second tap on an earlier step's button: stay where we are.
            return Step(state, (_step_reply(practice, at),))
        if event.action == "stop":
            return _finish(practice, False)
        if event.action in {"next", "done"}:
            return _move_on(state, practice, at)
        return Step(state, (_step_reply(practice, at),))
    if isinstance(event, Said) and event.text.strip():
        return _typed_in_practice(state, practice, at, event.text, ctx)
    return Step(state, (Reply("practice-use-buttons"), _step_reply(practice, at)))


# --- Choosing one -------------------------------------------------------------------------


def _listing(state: FlowState, event: Event) -> Step:
    if isinstance(event, Chose):
        if event.action == "pick" and event.ref in LIBRARY:
            return begin(event.ref)
        if event.action == "close":
            return Step(None, (Reply("practice-closed"),))
        return Step(state, (_list_reply(),))
    if isinstance(event, Said):
        chosen = find(event.text)
        if chosen is not None:
            return begin(chosen.key)
        if yes_or_no(event.text) is False or fold(event.text) in {"not now", "later"}:
            return Step(None, (Reply("practice-closed"),))
    return Step(state, (_list_reply("practice-list-unclear"),))


def start(ctx: Context, args: str = "", command: str = "practice") -> Step:
    """`/practice` lists the library; `/practice <name>` starts that one directly."""
    del ctx, command
    if args.strip():
        chosen = find(args)
        if chosen is not None:
            return begin(chosen.key)
        return Step(FlowState(NAME, LIST), (_list_reply("practice-unknown"),))
    return Step(FlowState(NAME, LIST), (_list_reply(),))


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Show the current step (or the list) again, after a pause or a crisis check."""
    del ctx
    practice = LIBRARY.get(str(state.data.get("practice")))
    if state.step == DOING and practice is not None:
        at = min(max(int(state.data.get("at", 0)), 0), len(practice.steps) - 1)
        return (_step_reply(practice, at),)
    return (_list_reply(),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == DOING:
        return _doing(state, event, ctx)
    return _listing(state, event)
