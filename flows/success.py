"""`/success`: "Redefining success", measuring a week by the user's own values.

Perfectionist standards are often borrowed: from a parent, a school, a job, a feed. This
short exercise asks whose voice sets the bar, then which values matter to the user (a
pick-list of toggle buttons, plus their own words), then what success on their own terms
could look like this week, with sentence shapes if they are stuck. It ends with a summary
that quotes their values and their line. Every step can be skipped, typed instead of
tapped, or left with "stop here"; `/cancel` works too (nothing is kept then).

Records:

* `SuccessDefined(standards_from, values, own_values, this_week)`: only when the user
  chose to keep it, and only ever with `ctx.profile.consent`. `values` are `VALUES` codes
  in list order; `own_values` are the user's own words; "" or () when skipped.
* `SuccessDone(completed)`: no words, whenever the exercise reaches its summary (True) or
  is left with "stop here" (False).

`ctx.data`: nothing is read.

State data: standards (str), values (list of codes), own (list of str), week (str).
"""

from __future__ import annotations

from collections.abc import Mapping
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

NAME = "success"
COMMANDS: tuple[str, ...] = ("success",)
TEXT_MAX = 600
OWN_MAX = 60
OWN_MOST = 3
#: Typed on the list itself, a value is a word or a few; longer is read as a question.
OWN_WORDS = 4

STANDARDS = "standards"
VALUES_STEP = "values"
OWN = "own"
WEEK = "week"
KEEP = "keep"
_QUESTION_STEPS = (STANDARDS, WEEK)

#: The pick-list: code (the button ref, the record's value) and words that type it.
VALUES: dict[str, tuple[str, ...]] = {
    "kind": ("kindness", "kind", "amabilidad", "bondad", "amable"),
    "curious": ("curiosity", "curious", "curiosidad"),
    "connect": ("connection", "connect", "friends", "conexion", "vinculos"),
    "rest": ("rest", "descanso", "descansar"),
    "create": ("creativity", "creative", "create", "creatividad", "crear"),
    "honest": ("honesty", "honest", "honestidad", "sinceridad"),
    "health": ("health", "salud"),
    "learn": ("learning", "learn", "aprender", "aprendizaje"),
    "play": ("play", "fun", "juego", "jugar", "diversion"),
    "courage": ("courage", "brave", "valor", "valentia", "coraje"),
    "fair": ("fairness", "fair", "justicia", "equidad"),
    "calm": ("calm", "peace", "calma", "paz", "tranquilidad"),
}
_BY_WORD = {word: code for code, words in VALUES.items() for word in words}
_JOINERS = frozenset({"and", "y", "e"})

_SKIP_WORDS = frozenset({"skip", "pass", "next", "saltar", "paso", "omitir", "siguiente"})
_STOP_WORDS = frozenset({"stop", "stop here", "lets stop", "para", "parar", "basta"})
_DONE_WORDS = frozenset({"done", "thats all", "thats it", "listo", "ya esta", "eso es todo"})
_ADD_WORDS = frozenset({"add", "add my own", "my own", "otro", "anadir", "agregar"})
_BACK_WORDS = frozenset({"back", "cancel", "never mind", "volver", "atras"})
_SHAPES_WORDS = frozenset(
    {"stuck", "im stuck", "i am stuck", "help", "ideas", "examples", "shapes", "no idea",
     "i dont know", "dont know", "not sure", "ayuda", "ejemplos", "ni idea", "no se"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SuccessDefined(Record):
    """Success on the user's own terms, kept because they asked."""

    standards_from: str
    values: tuple[str, ...]
    own_values: tuple[str, ...]
    this_week: str


@dataclass(frozen=True, slots=True)
class SuccessDone(Record):
    """The exercise ended: at the summary (`completed`) or set down part-way. No words."""

    completed: bool


# --------------------------------------------------------------------------- state


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value if isinstance(value, str) else ""


def _picked(data: Mapping[str, Any]) -> list[str]:
    raw = data.get("values")
    chosen = set(raw) if isinstance(raw, list) else set()
    return [code for code in VALUES if code in chosen]


def _own(data: Mapping[str, Any]) -> list[str]:
    raw = data.get("own")
    return [v for v in raw if isinstance(v, str)][:OWN_MOST] if isinstance(raw, list) else []


# --------------------------------------------------------------------------- replies


def _stop_button(step: str) -> Button:
    return Button("button-success-stop", "stop", ref=step)


def _question(step: str) -> Reply:
    if step == STANDARDS:
        keyboard = rows(
            Button("button-success-skip", "skip", ref=step), _stop_button(step), per_row=2
        )
        return Reply("success-ask-standards", buttons=keyboard)
    keyboard = (
        (Button("button-success-shapes", "shapes", ref=step),),
        (Button("button-success-skip", "skip", ref=step), _stop_button(step)),
    )
    return Reply("success-ask-week", buttons=keyboard)


def _values_keyboard(data: Mapping[str, Any]) -> Keyboard:
    picked = set(_picked(data))
    toggles = [
        Button(
            f"button-success-value-{code}",
            "value",
            ref=code,
            params={"on": "yes" if code in picked else "no"},
        )
        for code in VALUES
    ]
    own = [
        Button("button-success-own-value", "unown", ref=str(at), params={"value": value})
        for at, value in enumerate(_own(data))
    ]
    tail: list[Button] = []
    if len(_own(data)) < OWN_MOST:
        tail.append(Button("button-success-add-own", "add"))
    tail += [Button("button-success-values-done", "done"), _stop_button(VALUES_STEP)]
    return (*rows(*toggles, per_row=3), *rows(*own, per_row=1), *rows(*tail, per_row=3))


def _values_reply(data: Mapping[str, Any], message: str = "success-ask-values") -> Reply:
    count = len(_picked(data)) + len(_own(data))
    return Reply(message, {"count": count}, _values_keyboard(data))


def _own_question() -> Reply:
    keyboard = rows(Button("button-success-own-back", "back"), _stop_button(OWN), per_row=2)
    return Reply("success-ask-own", {"limit": OWN_MAX}, keyboard)


def _keep_offer(message: str = "success-keep-offer") -> Reply:
    keyboard = rows(
        Button("button-success-keep", "keep"),
        Button("button-success-dont-keep", "dont_keep"),
        per_row=2,
    )
    return Reply(message, buttons=keyboard)


def _summary_params(data: Mapping[str, Any]) -> dict[str, ParamValue]:
    picked, own = set(_picked(data)), _own(data)
    params: dict[str, ParamValue] = {code: "yes" if code in picked else "no" for code in VALUES}
    standards, week = _text(data, "standards"), _text(data, "week")
    params.update(
        standards=standards,
        has_standards="yes" if standards else "no",
        own=" · ".join(own),
        has_own="yes" if own else "no",
        has_values="yes" if picked or own else "no",
        week=week,
        has_week="yes" if week else "no",
    )
    return params


# --------------------------------------------------------------------------- moving on


def start(ctx: Context, args: str = "", command: str = "success") -> Step:
    del ctx, args, command
    return Step(FlowState(NAME, STANDARDS), (Reply("success-intro"), _question(STANDARDS)))


def _stopped() -> Step:
    return Step(None, (Reply("success-stopped"),), (SuccessDone(completed=False),))


def _summary(state: FlowState, ctx: Context) -> Step:
    done = (SuccessDone(completed=True),)
    params = _summary_params(state.data)
    if all(params[key] == "no" for key in ("has_standards", "has_values", "has_week")):
        return Step(None, (Reply("success-summary-empty"),), done)
    summary = Reply("success-summary", params)
    if ctx.profile.consent is not True:
        return Step(None, (summary, Reply("success-not-kept")), done)
    return Step(state.at(KEEP), (summary, _keep_offer()), done)


def _typed(text: str) -> str:
    return " ".join(text.split())


def _answered(state: FlowState, ctx: Context, text: str) -> Step:
    if state.step == STANDARDS:
        moved = state.at(VALUES_STEP, standards=text)
        return Step(moved, (_values_reply(moved.data),))
    return _summary(state.at(WEEK, week=text), ctx)


def _at_question(state: FlowState, event: Event, ctx: Context) -> Step:
    again = Step(state, (_question(state.step),))
    if isinstance(event, Chose):
        if event.action == "stop":
            return _stopped()
        if event.action == "shapes" and state.step == WEEK:
            return Step(state, (Reply("success-week-shapes", buttons=_question(WEEK).buttons),))
        if event.action == "skip" and event.ref == state.step:
            return _answered(state, ctx, "")
        return again
    if not isinstance(event, Said) or not _typed(event.text):
        return again
    text, folded = _typed(event.text), fold(event.text)
    if folded in _STOP_WORDS:
        return _stopped()
    if folded in _SKIP_WORDS or text == "-":
        return _answered(state, ctx, "")
    if state.step == WEEK and folded in _SHAPES_WORDS:
        return Step(state, (Reply("success-week-shapes", buttons=_question(WEEK).buttons),))
    if len(text) > TEXT_MAX:
        return Step(state, (Reply("success-too-long", {"limit": TEXT_MAX}), _question(state.step)))
    return _answered(state, ctx, text)


def _to_week(state: FlowState) -> Step:
    return Step(state.at(WEEK), (_question(WEEK),))


def _toggled(state: FlowState, code: str) -> Step:
    picked = _picked(state.data)
    chosen = [c for c in picked if c != code] if code in picked else [*picked, code]
    moved = state.at(VALUES_STEP, values=[c for c in VALUES if c in chosen])
    return Step(moved, (_values_reply(moved.data, "success-values-noted"),))


def _typed_values(text: str) -> list[str] | None:
    """Codes for a typed list of known values ("rest and play"), or None if any is unknown."""
    words = [w for w in fold(text).split() if w not in _JOINERS]
    codes = [_BY_WORD.get(word) for word in words]
    if not codes or None in codes:
        return None
    return [code for code in codes if code is not None]


def _own_added(state: FlowState, text: str) -> Step:
    own = _own(state.data)
    if len(text) > OWN_MAX:
        keyboard = _own_question().buttons
        return Step(state.at(OWN), (Reply("success-own-too-long", {"limit": OWN_MAX}, keyboard),))
    if len(own) >= OWN_MOST:
        moved = state.at(VALUES_STEP)
        return Step(moved, (_values_reply(moved.data, "success-own-full"),))
    if text.casefold() not in {value.casefold() for value in own}:
        own = [*own, text]
    moved = state.at(VALUES_STEP, own=own)
    return Step(moved, (_values_reply(moved.data, "success-values-noted"),))


def _values_tapped(state: FlowState, event: Chose) -> Step:
    action, ref = event.action, event.ref
    if action == "stop":
        return _stopped()
    if action == "value" and ref in VALUES:
        return _toggled(state, ref)
    if action == "unown" and ref.isdigit():
        kept = [value for at, value in enumerate(_own(state.data)) if str(at) != ref]
        moved = state.at(VALUES_STEP, own=kept)
        return Step(moved, (_values_reply(moved.data, "success-values-noted"),))
    if action == "add" and len(_own(state.data)) < OWN_MOST:
        return Step(state.at(OWN), (_own_question(),))
    if action in {"done", "skip"}:
        return _to_week(state)
    return _back_to_values(state)


def _at_values(state: FlowState, event: Event, ctx: Context) -> Step:
    """Toggles, own values and "done"; on the own-value step, typing adds one."""
    if isinstance(event, Chose):
        return _values_tapped(state, event)
    if not isinstance(event, Said) or not _typed(event.text):
        return Step(state, reprompt(state, ctx))
    text, folded = _typed(event.text), fold(event.text)
    finished = folded in _DONE_WORDS | _SKIP_WORDS or text == "-"
    listing = state.step == VALUES_STEP
    if folded in _STOP_WORDS:
        return _stopped()
    if listing and finished:
        return _to_week(state)
    if listing and folded in _ADD_WORDS:
        return Step(state.at(OWN), (_own_question(),))
    if not listing and (finished or folded in _BACK_WORDS):
        return _back_to_values(state)
    known = _typed_values(text)
    if known is not None:
        chosen = set(_picked(state.data)) | set(known)
        moved = state.at(VALUES_STEP, values=[c for c in VALUES if c in chosen])
        return Step(moved, (_values_reply(moved.data, "success-values-noted"),))
    if listing and len(text.split()) > OWN_WORDS:
        # A sentence here is more likely a question than a value: explain, keep the list.
        return Step(state, (_values_reply(state.data, "success-values-unclear"),))
    return _own_added(state, text)


def _back_to_values(state: FlowState) -> Step:
    moved = state.at(VALUES_STEP)
    return Step(moved, (_values_reply(moved.data),))


def _at_keep(state: FlowState, event: Event, ctx: Context) -> Step:
    keep: bool | None = None
    if isinstance(event, Chose) and event.action in {"keep", "dont_keep"}:
        keep = event.action == "keep"
    elif isinstance(event, Said):
        keep = yes_or_no(event.text)
    if keep is None:
        return Step(state, (_keep_offer("success-keep-unclear"),))
    if not keep or ctx.profile.consent is not True:
        return Step(None, (Reply("success-not-kept-choice"),))
    data = state.data
    record = SuccessDefined(
        standards_from=_text(data, "standards"),
        values=tuple(_picked(data)),
        own_values=tuple(_own(data)),
        this_week=_text(data, "week"),
    )
    return Step(None, (Reply("success-kept"),), (record,))


# --------------------------------------------------------------------------- the flow


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current step's question again (after a pause or a crisis check)."""
    del ctx
    if state.step in _QUESTION_STEPS:
        return (_question(state.step),)
    if state.step == VALUES_STEP:
        return (_values_reply(state.data),)
    if state.step == OWN:
        return (_own_question(),)
    if state.step == KEEP:
        return (_keep_offer(),)
    return (Reply("success-intro"), _question(STANDARDS))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step in _QUESTION_STEPS:
        return _at_question(state, event, ctx)
    if state.step in {VALUES_STEP, OWN}:
        return _at_values(state, event, ctx)
    if state.step == KEEP:
        return _at_keep(state, event, ctx)
    return start(ctx)
