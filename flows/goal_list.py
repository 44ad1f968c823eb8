"""`/goals`: what is open (with its follow-up time) and what was learned from the rest.

Each open goal is its own message with its own buttons, so a thumb cannot hit the wrong
goal. Buttons carry goal ids only; an id that is not among the user's open goals is a
stale or forged button and changes nothing.

State data: open (goal views, as shown), finished (as loaded), past (earlier outcomes).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, ParamValue, Reply, Said, Step, rows
from flows.goal_common import (
    NAME,
    OPEN_GOAL_LIMIT,
    display_zone,
    door,
    goal_view,
    moment_params,
    open_goals,
    parse_instant,
    past_outcomes,
)
from flows.goal_followup import begin_done, begin_reschedule, begin_shrink
from flows.goal_records import GoalDropped

LIST = "list"
DROP = "drop_confirm"
STEPS = frozenset({LIST, DROP})
#: Finished goals shown at most (the shell sends the newest five).
FINISHED_SLOTS = 5
_STATUSES = frozenset({"done", "partly", "released"})
_ACTIONS = frozenset({"done", "later", "smaller", "drop"})


def _finished(ctx: Context) -> list[dict[str, str]]:
    goals = ctx.data.get("goals")
    raw = goals.get("finished") if isinstance(goals, Mapping) else None
    found: list[dict[str, str]] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, Mapping) or not isinstance(item.get("task"), str):
            continue
        status = item.get("status")
        learned = item.get("learned")
        found.append(
            {
                "task": str(item["task"]),
                "status": status if isinstance(status, str) and status in _STATUSES else "done",
                "learned": learned if isinstance(learned, str) else "",
            }
        )
    return found[:FINISHED_SLOTS]


def _open_item(index: int, goal: Mapping[str, Any], state: FlowState, ctx: Context) -> Reply:
    zone = display_zone(state, ctx)
    at = parse_instant(goal.get("follow_up_at"))
    params: dict[str, ParamValue] = {
        "n": index + 1,
        "task": str(goal.get("task", "")),
        "enough": str(goal.get("good_enough", "")),
        "scheduled": "yes" if at is not None and at > ctx.now else "no",
        **moment_params(at or ctx.now, ctx.now, zone),
    }
    ref = str(goal["id"])
    keyboard = rows(
        Button("button-goal-list-done", "done", ref=ref),
        Button("button-goal-list-later", "later", ref=ref),
        Button("button-goal-list-smaller", "smaller", ref=ref),
        Button("button-goal-list-drop", "drop", ref=ref),
        per_row=2,
    )
    return Reply("goal-list-item", params, keyboard)


def _finished_reply(finished: list[dict[str, str]], with_door: bool) -> Reply:
    params: dict[str, ParamValue] = {"count": len(finished)}
    for i in range(FINISHED_SLOTS):
        item = finished[i] if i < len(finished) else {}
        learned = item.get("learned", "")
        params[f"task_{i + 1}"] = item.get("task", "")
        # Without consent a finished goal keeps its numbers but not its words.
        params[f"has_task_{i + 1}"] = "yes" if item.get("task") else "no"
        params[f"status_{i + 1}"] = item.get("status", "none")  # "none": an empty slot
        params[f"learned_{i + 1}"] = learned
        params[f"has_learned_{i + 1}"] = "yes" if learned else "no"
    keyboard = rows(door("button-goal-new", "goal")) if with_door else ()
    return Reply("goal-list-finished", params, keyboard)


def _overview(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    goals = [g for g in (goal_view(x) for x in state.data.get("open", [])) if g is not None]
    finished = [f for f in state.data.get("finished", []) if isinstance(f, dict)]
    room = len(goals) < OPEN_GOAL_LIMIT
    replies = [Reply("goal-list-head", {"open": len(goals), "finished": len(finished)})]
    replies += [_open_item(i, goal, state, ctx) for i, goal in enumerate(goals)]
    if finished:
        replies.append(_finished_reply(finished, room))
    elif room:
        replies.append(Reply("goal-list-room", buttons=rows(door("button-goal-new", "goal"))))
    return tuple(replies)


def start(ctx: Context) -> Step:
    goals = open_goals(ctx)
    finished = _finished(ctx)
    if not goals and not finished:
        return Step(
            None, (Reply("goal-list-empty", buttons=rows(door("button-goal-new", "goal"))),)
        )
    state = FlowState(NAME, LIST, {"open": goals, "finished": finished, "past": past_outcomes(ctx)})
    if not goals:
        return Step(None, _overview(state, ctx))
    return Step(state, _overview(state, ctx))


def _current_open(state: FlowState, ctx: Context) -> list[dict[str, Any]]:
    """The open goals now: freshly loaded ones when the shell sent them, else those shown."""
    if isinstance(ctx.data.get("goals"), Mapping):
        return open_goals(ctx)
    return [g for g in (goal_view(x) for x in state.data.get("open", [])) if g is not None]


def _find(state: FlowState, ctx: Context, ref: str) -> dict[str, Any] | None:
    if not ref.isdigit():
        return None
    return next((g for g in _current_open(state, ctx) if g["id"] == int(ref)), None)


def _drop_question(goal: Mapping[str, Any]) -> Reply:
    keyboard = rows(
        Button("button-goal-drop-yes", "drop_yes"),
        Button("button-goal-drop-no", "drop_no"),
        per_row=2,
    )
    return Reply("goal-drop-confirm", {"task": str(goal["task"])}, keyboard)


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    if state.step == DROP:
        goal = goal_view(state.data.get("goal"))
        if goal is not None:
            return (_drop_question(goal),)
    return _overview(state, ctx)


def _at_list(state: FlowState, event: Event, ctx: Context) -> Step:
    if not isinstance(event, Chose) or event.action not in _ACTIONS:
        return Step(state, (Reply("goal-list-use"),))
    goal = _find(state, ctx, event.ref)
    if goal is None:
        return Step(state, (Reply("goal-unknown"),))
    if event.action == "done":
        return begin_done(goal, ctx)
    if event.action == "later":
        return begin_reschedule(goal, ctx)
    if event.action == "smaller":
        return begin_shrink(goal, ctx)
    return Step(state.at(DROP, goal=goal), (_drop_question(goal),))


def _at_drop(state: FlowState, event: Event, ctx: Context) -> Step:
    goal = goal_view(state.data.get("goal"))
    answer: bool | None = None
    if isinstance(event, Chose):
        answer = {"drop_yes": True, "drop_no": False}.get(event.action)
    elif isinstance(event, Said):
        answer = yes_or_no(event.text)
    if goal is None or _find(state, ctx, str(goal["id"])) is None:
        return Step(None, (Reply("goal-unknown"),))
    if answer is True:
        return Step(
            None, (Reply("goal-dropped", {"task": goal["task"]}),), (GoalDropped(goal["id"]),)
        )
    if answer is False:
        kept = state.at(LIST, goal=None)
        return Step(kept, (Reply("goal-drop-kept"), *_overview(kept, ctx)))
    return Step(state, (Reply("goal-drop-use"), _drop_question(goal)))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step == DROP:
        return _at_drop(state, event, ctx)
    return _at_list(state, event, ctx)
