"""`/goal`: set up one small experiment, from the task to the summary card.

The order matters. Naming "perfect" first lets it be set aside on purpose; good enough is
then defined against it; the fear is written down before the task is done, so it can be
compared with what really happens later. Every answer fills one field of `state.data`;
after any answer the flow asks for the first field still missing, or shows the card. Edits
from the card simply re-ask one field, so they come back to the card by the same rule.

State data: task, perfect ("" when skipped), enough, at (ISO UTC), night (bool), fear,
sure (0–100), and zone when it was settled inside this flow.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flows.answers import yes_or_no
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    ParamValue,
    Reply,
    Said,
    Step,
    rows,
)
from flows.goal_common import (
    NAME,
    OPEN_GOAL_LIMIT,
    TASK_MAX,
    TooLong,
    clean,
    display_zone,
    door,
    effective_moment,
    free_text,
    is_skip,
    moment_params,
    parse_instant,
    percent_answer,
    percent_keyboard,
    skip_row,
)
from flows.goal_records import GoalSet
from flows.goal_topics import is_body_goal
from flows.goal_when import MomentChosen
from flows.goal_when import ask as ask_when

TASK = "task"
PERFECT = "perfect"
ENOUGH = "enough"
FEAR = "fear"
SURE = "sure"
CARD = "card"
EDIT = "edit"
STEPS = frozenset({TASK, PERFECT, ENOUGH, FEAR, SURE, CARD, EDIT})

#: Fields in the order they are asked; each names the step (or "when") that asks it.
_ORDER = (("task", TASK), ("perfect", PERFECT), ("enough", ENOUGH), ("at", "when"),
          ("fear", FEAR), ("sure", SURE))  # fmt: skip
_EDIT_BUTTONS = (
    ("task", "button-goal-edit-task"),
    ("perfect", "button-goal-edit-perfect"),
    ("enough", "button-goal-edit-enough"),
    ("when", "button-goal-edit-when"),
    ("fear", "button-goal-edit-fear"),
    ("sure", "button-goal-edit-sure"),
)
_EDIT_WORDS = {
    "task": "task", "the task": "task", "tarea": "task",
    "perfect": "perfect", "perfecto": "perfect",
    "good enough": "enough", "enough": "enough", "suficiente": "enough",
    "when": "when", "time": "when", "follow up": "when", "cuando": "when",
    "fear": "fear", "worry": "fear", "miedo": "fear",
    "sure": "sure", "confidence": "sure", "how sure": "sure", "seguridad": "sure",
}  # fmt: skip
_EDIT_STEPS = {"task": TASK, "perfect": PERFECT, "enough": ENOUGH, "fear": FEAR, "sure": SURE}
_CARD_WORDS = {
    "looks good": "confirm", "save": "confirm", "confirm": "confirm", "guardar": "confirm",
    "edit": "edit", "change": "edit", "cambiar": "edit", "editar": "edit",
    "drop": "drop", "discard": "drop", "delete": "drop", "descartar": "drop", "borrar": "drop",
}  # fmt: skip


# --------------------------------------------------------------------------- starting


def start(ctx: Context, args: str) -> Step:
    """Begin a goal, unless enough are already open; `/goal <task>` answers step 1."""
    count = ctx.data.get("open_goal_count", 0)
    if isinstance(count, int) and count >= OPEN_GOAL_LIMIT:
        keyboard = rows(door("button-goal-see-goals", "goals"))
        return Step(None, (Reply("goal-limit", {"limit": OPEN_GOAL_LIMIT}, keyboard),))
    state = FlowState(NAME, TASK)
    if clean(args):
        return _task(state, Said(args), ctx)
    return Step(state, (Reply("goal-intro"),))


# --------------------------------------------------------------------------- questions


def _shapes_keyboard() -> tuple[tuple[Button, ...], ...]:
    return rows(Button("button-goal-shapes", "shapes"))


def _card(state: FlowState, ctx: Context) -> Reply:
    data = state.data
    zone = display_zone(state, ctx)
    at = parse_instant(data.get("at")) or ctx.now
    shown = effective_moment(at, bool(data.get("night")), zone)
    perfect = str(data.get("perfect", ""))
    params: dict[str, ParamValue] = {
        "task": str(data.get("task", "")),
        "perfect": perfect,
        "has_perfect": "yes" if perfect else "no",
        "enough": str(data.get("enough", "")),
        "fear": str(data.get("fear", "")),
        "sure": _int(data.get("sure")),
        **moment_params(shown, ctx.now, zone),
    }
    keyboard = rows(
        Button("button-goal-looks-good", "confirm"),
        Button("button-goal-edit", "edit"),
        Button("button-goal-drop-draft", "drop"),
        per_row=3,
    )
    return Reply("goal-card", params, keyboard)


def _edit_menu() -> Reply:
    buttons = [Button(label, "field", ref=field) for field, label in _EDIT_BUTTONS]
    buttons.append(Button("button-goal-back-to-card", "back"))
    return Reply("goal-edit-which", buttons=rows(*buttons, per_row=2))


def _question(state: FlowState, step: str, ctx: Context) -> Step:
    """Ask the question of `step` (a setup step or "when") at that step."""
    data = state.data
    if step == "when":
        asked = ask_when(state, ctx)
        return Step(asked.state, asked.replies)
    task = str(data.get("task", ""))
    if step == TASK:
        return Step(state.at(TASK), (Reply("goal-ask-task"),))
    if step == PERFECT:
        return Step(state.at(PERFECT), (Reply("goal-ask-perfect", {"task": task}, skip_row()),))
    if step == ENOUGH:
        return Step(
            state.at(ENOUGH), (Reply("goal-ask-enough", {"task": task}, _shapes_keyboard()),)
        )
    if step == FEAR:
        return Step(state.at(FEAR), (Reply("goal-ask-fear"),))
    if step == SURE:
        return Step(state.at(SURE), (Reply("goal-ask-sure", buttons=percent_keyboard("sure")),))
    if step == EDIT:
        return Step(state.at(EDIT), (_edit_menu(),))
    return Step(state.at(CARD), (_card(state, ctx),))


def _first_missing(data: Mapping[str, Any]) -> str:
    for field, step in _ORDER:
        if field not in data:
            return step
    return CARD


def _next(state: FlowState, ctx: Context, *before: Reply) -> Step:
    asked = _question(state, _first_missing(state.data), ctx)
    return Step(asked.state, (*before, *asked.replies), asked.records)


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    return _question(state, state.step, ctx).replies


def _again(state: FlowState, ctx: Context, *before: Reply) -> Step:
    """Stay at this step: say `before`, then ask its question again."""
    return Step(state, (*before, *reprompt(state, ctx)))


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


# --------------------------------------------------------------------------- answers


def _task(state: FlowState, event: Event, ctx: Context) -> Step:
    text = free_text(event, TASK_MAX)
    if isinstance(text, TooLong):
        return Step(state, (Reply("goal-task-too-long", {"limit": text.limit}),))
    if text is None:
        return _again(state, ctx)
    if is_body_goal(text):
        return Step(state.at(TASK), (Reply("goal-body-declined"),))
    return _next(state.at(TASK, task=text), ctx)


def _perfect(state: FlowState, event: Event, ctx: Context) -> Step:
    if is_skip(event):
        return _next(state.at(PERFECT, perfect=""), ctx)
    text = free_text(event)
    if isinstance(text, TooLong):
        return _again(state, ctx, text.reply())
    if text is None:
        return _again(state, ctx)
    return _next(state.at(PERFECT, perfect=text), ctx, Reply("goal-perfect-noted"))


def _enough(state: FlowState, event: Event, ctx: Context) -> Step:
    if isinstance(event, Chose) and event.action == "shapes":
        return Step(state, (Reply("goal-enough-shapes"),))
    text = free_text(event)
    if isinstance(text, TooLong):
        return _again(state, ctx, text.reply())
    if text is None:
        return _again(state, ctx)
    if is_body_goal(f"{state.data.get('task', '')}. {text}"):
        return Step(state, (Reply("goal-body-declined-enough"),))
    return _next(state.at(ENOUGH, enough=text), ctx)


def moment_chosen(chosen: MomentChosen, ctx: Context) -> Step:
    """Step 4 answered (or edited): keep the moment and go on."""
    state = chosen.state.at("when", at=chosen.at.isoformat(), night=chosen.explicit_night)
    return _next(state, ctx, *chosen.replies)


def _fear(state: FlowState, event: Event, ctx: Context) -> Step:
    text = free_text(event)
    if isinstance(text, TooLong):
        return _again(state, ctx, text.reply())
    if text is None:
        return _again(state, ctx)
    return _next(state.at(FEAR, fear=text), ctx)


def _sure(state: FlowState, event: Event, ctx: Context) -> Step:
    value = percent_answer(event, "sure")
    if value is None:
        return _again(state, ctx, Reply("goal-percent-unclear"))
    return _next(state.at(SURE, sure=value), ctx)


def _confirm(state: FlowState, ctx: Context) -> Step:
    data = state.data
    at = parse_instant(data.get("at"))
    if at is None or at <= ctx.now:
        # The moment slipped by while the card waited: ask for a new one, then come back.
        asked = _question(state, "when", ctx)
        return Step(asked.state, (Reply("goal-when-passed"), *asked.replies))
    record = GoalSet(
        task=str(data.get("task", "")),
        perfect=str(data.get("perfect", "")),
        good_enough=str(data.get("enough", "")),
        follow_up_at=at.isoformat(),
        explicit_night=bool(data.get("night")),
        fear=str(data.get("fear", "")),
        fear_confidence=_int(data.get("sure")),
    )
    return Step(None, (Reply("goal-set", {"task": record.task}),), (record,))


def _at_card(state: FlowState, event: Event, ctx: Context) -> Step:
    choice: str | None = None
    if isinstance(event, Chose):
        choice = event.action
    elif isinstance(event, Said):
        folded = clean(event.text).casefold().strip(".!")
        choice = _CARD_WORDS.get(folded)
        if choice is None:
            answer = yes_or_no(event.text)
            choice = {True: "confirm", False: "edit", None: None}[answer]
    if choice == "confirm":
        return _confirm(state, ctx)
    if choice == "edit":
        return Step(state.at(EDIT), (_edit_menu(),))
    if choice == "drop":
        return Step(None, (Reply("goal-draft-dropped"),))
    return _again(state, ctx, Reply("goal-card-use"))


def _at_edit(state: FlowState, event: Event, ctx: Context) -> Step:
    field: str | None = None
    if isinstance(event, Chose):
        field = "card" if event.action == "back" else event.ref if event.action == "field" else None
    elif isinstance(event, Said):
        field = _EDIT_WORDS.get(clean(event.text.replace("-", " ")).casefold().strip(".!?"))
    if field == "card":
        return Step(state.at(CARD), (_card(state, ctx),))
    if field == "when":
        return _question(state, "when", ctx)
    step = _EDIT_STEPS.get(field or "")
    if step is None:
        return _again(state, ctx, Reply("goal-edit-use"))
    return _question(state, step, ctx)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    handlers = {
        TASK: _task,
        PERFECT: _perfect,
        ENOUGH: _enough,
        FEAR: _fear,
        SURE: _sure,
        CARD: _at_card,
        EDIT: _at_edit,
    }
    return handlers[state.step](state, event, ctx)
