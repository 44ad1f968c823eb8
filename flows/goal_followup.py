"""The follow-up: did the good-enough version happen, and how did the fear hold up?

This is where the experiment pays off, so it is careful about two things. Effort is what
gets celebrated, never the result; and "not yet" is met with kindness and options (make
it smaller, pick a new moment, let it go), never with guilt, penalties or streaks.

State data: goal (an open goal as `goal_common.goal_view` makes it), origin ("followup"
when the timer fired, "list" when started from `/goals`), status, happened, after, past.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from flows.answers import yes_or_no
from flows.core import Button, Chose, Context, Event, FlowState, ParamValue, Reply, Said, Step, rows
from flows.goal_common import (
    NAME,
    TooLong,
    free_text,
    goal_view,
    is_skip,
    past_outcomes,
    percent_answer,
    percent_keyboard,
    skip_row,
)
from flows.goal_records import GoalDropped, GoalEdited, GoalOutcome, GoalRescheduled, OutcomeStatus
from flows.goal_topics import is_body_goal
from flows.goal_when import MomentChosen, read_typed
from flows.goal_when import ask as ask_when

DID = "did"
HAPPENED = "happened"
AFTER = "after"
LEARNED = "learned"
NOT_YET = "not_yet"
SHRINK = "shrink"
WHY = "why"
STEPS = frozenset({DID, HAPPENED, AFTER, LEARNED, NOT_YET, SHRINK, WHY})
FOLLOWUP = "followup"
LIST = "list"
#: Earlier "feared / happened" pairs shown at most, next to this goal's own.
_REFLECT_SLOTS = 4

_CHANGED = re.compile(
    r"^(?:changed|change of (?:mind|plan)|i changed|not doing it|not going to|decided not"
    r"|dont want|no longer|cambie|ya no|decidi no|no lo voy)"
)
_PARTLY = re.compile(
    r"^(?:partly|partially|part of|some of|some|kind of|sort of|half|a bit|a little|mostly"
    r"|almost|en parte|mas o menos|un poco|la mitad|parcialmente|algo|casi)\b"
)
_NOT_YET = re.compile(r"^(?:not yet|nope not yet|todavia no|aun no|still not|no todavia)\b")
_SMALLER = re.compile(r"\b(?:smaller|shrink|less|easier|tinier|reduce|mas pequen|mas facil|menos)")
_LET_GO = re.compile(r"\b(?:let (?:it )?go|drop|release|forget it|remove|soltar|dejarlo|olvidalo)")
_LATER = re.compile(r"\b(?:new (?:time|moment)|another time|reschedule|other time|otro momento)")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"['’]", "", plain)
    return " ".join(plain.strip(" .!?¡¿,").split())


def _goal(state: FlowState) -> dict[str, Any] | None:
    return goal_view(state.data.get("goal"))


def _gone() -> Step:
    return Step(None, (Reply("goal-gone"),))


def _fear_params(goal: dict[str, Any]) -> dict[str, ParamValue]:
    sure = goal.get("fear_confidence")
    return {
        "task": str(goal["task"]),
        "fear": str(goal["fear"]),
        "sure": sure if isinstance(sure, int) else 0,
        "sure_known": "yes" if isinstance(sure, int) else "no",
    }


# --------------------------------------------------------------------------- starting


def _did_question(goal: dict[str, Any]) -> Reply:
    keyboard = rows(
        Button("button-goal-did-yes", "did", ref="yes"),
        Button("button-goal-did-partly", "did", ref="partly"),
        Button("button-goal-did-not-yet", "did", ref="not_yet"),
        Button("button-goal-did-changed", "did", ref="changed"),
        per_row=2,
    )
    return Reply("goal-followup", {"task": goal["task"], "enough": goal["good_enough"]}, keyboard)


def start_followup(ctx: Context, goal_id: int) -> Step:
    """The timer for `goal_id` fired: ask how it went, or stay silent if it is gone."""
    goal = goal_view(ctx.data.get("goal"))
    if goal is None or goal["id"] != goal_id:
        return Step(None)
    data = {"goal": goal, "origin": FOLLOWUP, "past": past_outcomes(ctx)}
    return Step(FlowState(NAME, DID, data), (_did_question(goal),))


def begin_done(goal: dict[str, Any], ctx: Context) -> Step:
    """From `/goals`: the user did it before the follow-up came round."""
    data = {"goal": goal, "origin": LIST, "past": past_outcomes(ctx), "status": "done"}
    state = FlowState(NAME, HAPPENED, data)
    return Step(state, reprompt(state, ctx))


def begin_shrink(goal: dict[str, Any], ctx: Context) -> Step:
    """From `/goals`: make the good-enough version smaller; the follow-up time stays."""
    state = FlowState(NAME, SHRINK, {"goal": goal, "origin": LIST})
    return Step(state, reprompt(state, ctx))


def begin_reschedule(goal: dict[str, Any], ctx: Context) -> Step:
    """From `/goals`: pick a new follow-up moment."""
    asked = ask_when(FlowState(NAME, "when", {"goal": goal, "origin": LIST}), ctx)
    return Step(asked.state, asked.replies)


# --------------------------------------------------------------------------- questions


def _not_yet_reply(goal: dict[str, Any]) -> Reply:
    keyboard = rows(
        Button("button-goal-smaller", "not_yet", ref="smaller"),
        Button("button-goal-new-moment", "not_yet", ref="later"),
        Button("button-goal-let-go", "not_yet", ref="let_go"),
    )
    return Reply("goal-not-yet", {"task": goal["task"]}, keyboard)


def _question(state: FlowState, goal: dict[str, Any]) -> Reply:
    step = state.step
    if step == HAPPENED:
        params = {**_fear_params(goal), "status": str(state.data.get("status", "done"))}
        return Reply("goal-ask-happened", params, skip_row())
    if step == AFTER:
        return Reply(
            "goal-ask-after", _fear_params(goal), percent_keyboard("after", skippable=True)
        )
    if step == LEARNED:
        return Reply("goal-ask-learned", buttons=skip_row())
    if step == NOT_YET:
        return _not_yet_reply(goal)
    if step == SHRINK:
        shapes = (*rows(Button("button-goal-shapes", "shapes")),)
        return Reply("goal-ask-smaller", {"enough": goal["good_enough"]}, shapes)
    if step == WHY:
        return Reply("goal-ask-why", buttons=skip_row())
    return _did_question(goal)


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    del ctx  # the questions do not depend on the moment they are asked
    goal = _goal(state)
    if goal is None:
        return (Reply("goal-gone"),)
    return (_question(state, goal),)


def _again(state: FlowState, goal: dict[str, Any], *before: Reply) -> Step:
    return Step(state, (*before, _question(state, goal)))


# --------------------------------------------------------------------------- answers


def _did_answer(event: Event) -> str | None:
    if isinstance(event, Chose):
        return event.ref if event.action == "did" else None
    if not isinstance(event, Said):
        return None
    folded = _fold(event.text)
    if _CHANGED.match(folded):
        return "changed"
    if _PARTLY.match(folded):
        return "partly"
    if _NOT_YET.match(folded):
        return "not_yet"
    answer = yes_or_no(event.text)
    if answer is None:
        return None
    return "yes" if answer else "not_yet"


def _at_did(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    answer = _did_answer(event)
    if answer in {"yes", "partly"}:
        status = "done" if answer == "yes" else "partly"
        moved = state.at(HAPPENED, status=status)
        return Step(moved, (_question(moved, goal),))
    if answer == "not_yet":
        moved = state.at(NOT_YET)
        return Step(moved, (_question(moved, goal),))
    if answer == "changed":
        moved = state.at(WHY)
        return Step(moved, (_question(moved, goal),))
    return _again(state, goal, Reply("goal-did-use"))


def _at_happened(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    if is_skip(event):
        happened = ""
    else:
        text = free_text(event)
        if isinstance(text, TooLong):
            return _again(state, goal, text.reply())
        if text is None:
            return _again(state, goal)
        happened = text
    moved = state.at(AFTER, happened=happened)
    return Step(moved, (_question(moved, goal),))


def _at_after(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    value = None if is_skip(event) else percent_answer(event, "after")
    if value is None and not is_skip(event):
        return _again(state, goal, Reply("goal-percent-unclear"))
    moved = state.at(LEARNED, after=value)
    return Step(moved, (_question(moved, goal),))


def _shift(before: object, after: object) -> str:
    if not isinstance(before, int) or not isinstance(after, int):
        return "unknown"
    if after < before:
        return "down"
    return "up" if after > before else "same"


def _reflection(state: FlowState, ctx: Context, goal: dict[str, Any], happened: str) -> Reply:
    pairs = past_outcomes(ctx) or [p for p in state.data.get("past", []) if isinstance(p, dict)]
    if happened and goal["fear"]:
        pairs = [{"fear": str(goal["fear"]), "happened": happened}, *pairs]
    pairs = pairs[:_REFLECT_SLOTS]
    params: dict[str, ParamValue] = {"count": len(pairs)}
    for i in range(_REFLECT_SLOTS):
        pair = pairs[i] if i < len(pairs) else {}
        params[f"fear_{i + 1}"] = str(pair.get("fear", ""))
        params[f"happened_{i + 1}"] = str(pair.get("happened", ""))
    return Reply("goal-reflect", params)


def _at_learned(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    if is_skip(event):
        learned = ""
    else:
        text = free_text(event)
        if isinstance(text, TooLong):
            return _again(state, goal, text.reply())
        if text is None:
            return _again(state, goal)
        learned = text
    status: OutcomeStatus = "partly" if state.data.get("status") == "partly" else "done"
    happened = str(state.data.get("happened", ""))
    after = state.data.get("after")
    after_value = after if isinstance(after, int) and not isinstance(after, bool) else None
    record = GoalOutcome(goal["id"], status, happened, after_value, learned)
    before = goal.get("fear_confidence")
    replies = [
        Reply(
            "goal-outcome",
            {
                "status": status,
                "shift": _shift(before, after_value),
                "before": before if isinstance(before, int) else 0,
                "after": after_value if after_value is not None else 0,
            },
        )
    ]
    earlier = past_outcomes(ctx) or state.data.get("past")
    if earlier:
        replies.append(_reflection(state, ctx, goal, happened))
    return Step(None, tuple(replies), (record,))


def _at_why(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    if is_skip(event):
        why = ""
    else:
        text = free_text(event)
        if isinstance(text, TooLong):
            return _again(state, goal, text.reply())
        if text is None:
            return _again(state, goal)
        why = text
    record = GoalOutcome(goal["id"], "released", "", None, why)
    return Step(None, (Reply("goal-released", {"task": goal["task"]}),), (record,))


def _not_yet_choice(state: FlowState, event: Event, ctx: Context) -> str | MomentChosen | None:
    if isinstance(event, Chose):
        return event.ref if event.action == "not_yet" else None
    if not isinstance(event, Said):
        return None
    folded = _fold(event.text)
    if _LET_GO.search(folded):
        return "let_go"
    if _SMALLER.search(folded):
        return "smaller"
    if _LATER.search(folded):
        return "later"
    return read_typed(state, event.text, ctx)


def _at_not_yet(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    choice = _not_yet_choice(state, event, ctx)
    if isinstance(choice, MomentChosen):
        return rescheduled(choice, ctx)
    if choice == "smaller":
        moved = state.at(SHRINK)
        return Step(moved, (_question(moved, goal),))
    if choice == "later":
        asked = ask_when(state, ctx)
        return Step(asked.state, asked.replies)
    if choice == "let_go":
        return Step(
            None, (Reply("goal-let-go", {"task": goal["task"]}),), (GoalDropped(goal["id"]),)
        )
    return _again(state, goal, Reply("goal-not-yet-use"))


def _at_shrink(state: FlowState, event: Event, ctx: Context, goal: dict[str, Any]) -> Step:
    if isinstance(event, Chose) and event.action == "shapes":
        return Step(state, (Reply("goal-enough-shapes"),))
    text = free_text(event)
    if isinstance(text, TooLong):
        return _again(state, goal, text.reply())
    if text is None:
        return _again(state, goal)
    if is_body_goal(f"{goal['task']}. {text}"):
        return Step(state, (Reply("goal-body-declined-enough"),))
    record = GoalEdited(goal["id"], text)
    if state.data.get("origin") == LIST:
        return Step(None, (Reply("goal-shrunk-saved", {"enough": text}),), (record,))
    # After "not yet", the old moment has passed: a smaller version gets a new one.
    smaller = state.at(SHRINK, goal={**goal, "good_enough": text})
    asked = ask_when(smaller, ctx)
    return Step(asked.state, (Reply("goal-shrunk"), *asked.replies), (record,))


def rescheduled(chosen: MomentChosen, ctx: Context) -> Step:
    """A new moment for an existing goal: record it and confirm in local time."""
    del ctx
    goal = _goal(chosen.state)
    if goal is None:
        return _gone()
    record = GoalRescheduled(goal["id"], chosen.at.isoformat(), chosen.explicit_night)
    return Step(None, chosen.replies, (record,))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    goal = _goal(state)
    if goal is None:
        return _gone()
    handlers = {
        DID: _at_did,
        HAPPENED: _at_happened,
        AFTER: _at_after,
        LEARNED: _at_learned,
        NOT_YET: _at_not_yet,
        SHRINK: _at_shrink,
        WHY: _at_why,
    }
    return handlers[state.step](state, event, ctx, goal)
