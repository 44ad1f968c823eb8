"""`/perfectionist`: "Meet your inner perfectionist", a gentle conversation with one part.

Parts-work ideas (the perfectionist as a part of you that means well, not the whole of
you) turned into five short questions, one per message: what it says, a thank-you to it,
what it protects you from, what it fears if it relaxed, what it would need to step back.
Then a reflection that quotes the user's own words back, without interpreting them.
Every question can be skipped or answered by typing, and "stop here" ends the talk at
any step without comment; `/cancel` works too (the router ends the flow, nothing kept).

Records:

* `PartsDialogueSaved(voice, protecting, fear, needs)`: the answers ("" when skipped),
  only when the user chose to keep them, and only ever with `ctx.profile.consent`.
  The shell keeps the newest three per user.
* `PartsDialogueDone(completed)`: no words, whenever the talk ends by reaching the
  reflection (True) or by "stop here" (False).

`ctx.data` keys (read only when `/perfectionist` starts; the latest talk is then carried
in the flow's state while it is on screen):

* `"parts_saved"`: the user's kept talks, newest first, at most 3, as a list of
  `{"id": int, "created": "YYYY-MM-DD", "voice": str, "protecting": str, "fear": str,
  "needs": str}`. When it holds one, `/perfectionist` first offers to look at the latest
  or to start a new talk.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows.answers import yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Keyboard,
    ParamValue,
    Record,
    Reply,
    Said,
    Step,
    rows,
)
from flows.practices import fold

NAME = "parts"
COMMANDS: tuple[str, ...] = ("perfectionist",)
DATA_KEY = "parts_saved"
TEXT_MAX = 600

REVISIT = "revisit"
LOOKED = "looked"
VOICE = "voice"
THANKS = "thanks"
PROTECT = "protect"
FEAR = "fear"
NEEDS = "needs"
KEEP = "keep"

#: The questions in order: step, message id, and the state field the answer fills.
_QUESTIONS: tuple[tuple[str, str, str], ...] = (
    (VOICE, "parts-ask-voice", "voice"),
    (THANKS, "parts-ask-thanks", ""),
    (PROTECT, "parts-ask-protect", "protecting"),
    (FEAR, "parts-ask-fear", "fear"),
    (NEEDS, "parts-ask-needs", "needs"),
)
_ORDER = tuple(step for step, _, _ in _QUESTIONS)
_MESSAGE_OF = {step: message for step, message, _ in _QUESTIONS}
_FIELD_OF = {step: field for step, _, field in _QUESTIONS}
FIELDS = ("voice", "protecting", "fear", "needs")

_SKIP_WORDS = frozenset({"skip", "pass", "next", "saltar", "paso", "omitir", "siguiente"})
_STOP_WORDS = frozenset({"stop", "stop here", "lets stop", "para", "parar", "basta"})
_LOOK_WORDS = frozenset({"look", "last time", "show", "show me", "ver", "mirar", "lo anterior"})
_NEW_WORDS = frozenset({"new", "start", "start again", "again", "nueva", "nuevo", "empezar"})
_DONE_WORDS = frozenset({"done", "close", "thanks", "thank you", "listo", "gracias"})


@dataclass(frozen=True, slots=True)
class PartsDialogueSaved(Record):
    """The user's answers, kept because they asked; "" stands for a skipped question."""

    voice: str
    protecting: str
    fear: str
    needs: str


@dataclass(frozen=True, slots=True)
class PartsDialogueDone(Record):
    """The talk ended: at the reflection (`completed`) or set down part-way. No words."""

    completed: bool


# --------------------------------------------------------------------------- saved talks


def _saved(raw: object) -> dict[str, str] | None:
    if not isinstance(raw, Mapping):
        return None
    texts = {key: raw.get(key) for key in ("created", *FIELDS)}
    if not all(isinstance(value, str) for value in texts.values()):
        return None
    return {key: str(value) for key, value in texts.items()}


def latest_saved(ctx: Context) -> dict[str, str] | None:
    """The newest kept talk the shell loaded, if any; malformed entries are passed over."""
    raw = ctx.data.get(DATA_KEY)
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return None
    return next((found for found in map(_saved, raw) if found is not None), None)


# --------------------------------------------------------------------------- replies


def _answer_params(data: Mapping[str, Any]) -> dict[str, ParamValue]:
    params: dict[str, ParamValue] = {}
    for name in FIELDS:
        text = str(data.get(name, "") or "")
        params[name] = text
        params[f"has_{name}"] = "yes" if text else "no"
    return params


def _question_keyboard(step: str) -> Keyboard:
    skip_and_stop = (
        Button("button-parts-skip", "skip", ref=step),
        Button("button-parts-stop", "stop", ref=step),
    )
    if step == THANKS:
        return ((Button("button-parts-thanked", "thanked", ref=step),), skip_and_stop)
    return (skip_and_stop,)


def _question(step: str) -> Reply:
    return Reply(_MESSAGE_OF[step], buttons=_question_keyboard(step))


def _revisit_offer(last: Mapping[str, str]) -> Reply:
    keyboard = rows(
        Button("button-parts-look", "look"), Button("button-parts-new", "new"), per_row=2
    )
    return Reply("parts-revisit-offer", {"created": last["created"]}, keyboard)


def _last_time(last: Mapping[str, str]) -> Reply:
    params = {"created": last["created"], **_answer_params(last)}
    keyboard = rows(
        Button("button-parts-new", "new"), Button("button-parts-done", "done"), per_row=2
    )
    return Reply("parts-last-time", params, keyboard)


def _keep_offer(message: str = "parts-keep-offer") -> Reply:
    keyboard = rows(
        Button("button-parts-keep", "keep"),
        Button("button-parts-dont-keep", "dont_keep"),
        per_row=2,
    )
    return Reply(message, buttons=keyboard)


# --------------------------------------------------------------------------- moving on


def _begin() -> Step:
    state = FlowState(NAME, VOICE)
    return Step(state, (Reply("parts-intro"), _question(VOICE)))


def start(ctx: Context, args: str = "", command: str = "perfectionist") -> Step:
    """Offer the last kept talk first when there is one; otherwise begin a new talk."""
    del args, command
    last = latest_saved(ctx)
    if last is None:
        return _begin()
    return Step(FlowState(NAME, REVISIT, {"last": last}), (_revisit_offer(last),))


def _stopped() -> Step:
    return Step(None, (Reply("parts-stopped"),), (PartsDialogueDone(completed=False),))


def _reflection(state: FlowState, ctx: Context) -> Step:
    """The end of the questions: the user's words back, then keeping them (if allowed)."""
    done = (PartsDialogueDone(completed=True),)
    params = _answer_params(state.data)
    if not any(params[name] for name in FIELDS):
        return Step(None, (Reply("parts-reflection-empty"),), done)
    reflection = Reply("parts-reflection", params)
    if ctx.profile.consent is not True:
        return Step(None, (reflection, Reply("parts-not-kept")), done)
    return Step(state.at(KEEP), (reflection, _keep_offer()), done)


def _answered(state: FlowState, ctx: Context, text: str) -> Step:
    """Keep `text` ("" when skipped) in this question's field, then ask the next one."""
    field = _FIELD_OF[state.step]
    # Words of thanks are welcomed, not kept: they were meant for the part, not for us.
    answered = state.at(state.step, **({field: text} if field else {}))
    at = _ORDER.index(state.step)
    if at + 1 >= len(_ORDER):
        return _reflection(answered, ctx)
    following = _ORDER[at + 1]
    return Step(answered.at(following), (_question(following),))


def _typed(text: str) -> str:
    return " ".join(text.split())


def _at_question(state: FlowState, event: Event, ctx: Context) -> Step:
    again = Step(state, (_question(state.step),))
    if isinstance(event, Chose):
        if event.action == "stop":
            return _stopped()
        if event.action in {"skip", "thanked"} and event.ref == state.step:
            return _answered(state, ctx, "")
        return again
    if not isinstance(event, Said) or not _typed(event.text):
        return again
    text, folded = _typed(event.text), fold(event.text)
    if folded in _STOP_WORDS:
        return _stopped()
    if folded in _SKIP_WORDS or text == "-":
        return _answered(state, ctx, "")
    if len(text) > TEXT_MAX:
        return Step(state, (Reply("parts-too-long", {"limit": TEXT_MAX}), _question(state.step)))
    return _answered(state, ctx, text)


def _at_keep(state: FlowState, event: Event, ctx: Context) -> Step:
    keep: bool | None = None
    if isinstance(event, Chose) and event.action in {"keep", "dont_keep"}:
        keep = event.action == "keep"
    elif isinstance(event, Said):
        keep = yes_or_no(event.text)
    if keep is None:
        return Step(state, (_keep_offer("parts-keep-unclear"),))
    if not keep or ctx.profile.consent is not True:
        return Step(None, (Reply("parts-not-kept-choice"),))
    record = PartsDialogueSaved(**{name: str(state.data.get(name, "")) for name in FIELDS})
    return Step(None, (Reply("parts-kept"),), (record,))


def _choice(event: Event, actions: frozenset[str]) -> str | None:
    """A revisit choice, tapped or typed ("look", "new", "done")."""
    if isinstance(event, Chose):
        return event.action if event.action in actions else None
    if not isinstance(event, Said):
        return None
    folded = fold(event.text)
    for action, words in (("look", _LOOK_WORDS), ("new", _NEW_WORDS), ("done", _DONE_WORDS)):
        if action in actions and folded in words:
            return action
    if "done" in actions and yes_or_no(event.text) is False:
        return "done"
    return None


def _last(state: FlowState) -> dict[str, str] | None:
    """The kept talk this offer is about, copied into the state when the flow started."""
    return _saved(state.data.get("last"))


def _at_revisit(state: FlowState, event: Event, last: Mapping[str, str]) -> Step:
    actions = frozenset({"look", "new", "done"} if state.step == REVISIT else {"new", "done"})
    choice = _choice(event, actions)
    if choice == "new":
        return _begin()
    if choice == "done":
        return Step(None, (Reply("parts-closed"),))
    if choice == "look":
        return Step(state.at(LOOKED), (_last_time(last),))
    return Step(state, _revisit_reprompt(state, last))


def _revisit_reprompt(state: FlowState, last: Mapping[str, str]) -> tuple[Reply, ...]:
    return (_last_time(last) if state.step == LOOKED else _revisit_offer(last),)


# --------------------------------------------------------------------------- the flow


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current step's question again (after a pause or a crisis check)."""
    del ctx
    if state.step in _ORDER:
        return (_question(state.step),)
    if state.step == KEEP:
        return (_keep_offer(),)
    last = _last(state)
    if state.step in {REVISIT, LOOKED} and last is not None:
        return _revisit_reprompt(state, last)
    return (Reply("parts-intro"), _question(VOICE))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step in _ORDER:
        return _at_question(state, event, ctx)
    if state.step == KEEP:
        return _at_keep(state, event, ctx)
    last = _last(state)
    if state.step in {REVISIT, LOOKED} and last is not None:
        return _at_revisit(state, event, last)
    return _begin()
