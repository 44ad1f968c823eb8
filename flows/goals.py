"""`/goal` and `/goals`: a small behavioural experiment with "good enough".

The user picks a task they tend to over-polish or put off, names what perfect would be
(to set it aside), defines a smaller good-enough version, picks when the bot should follow
up, and writes down what they fear will happen if it is only good enough, and how sure
they are. Later the bot asks what actually happened, quoting the fear back. Seeing a
prediction next to the outcome is the point; effort is celebrated, never the result.

The conversation lives in small modules: `goal_setup` (steps 1–5 and the summary card),
`goal_when` (the follow-up moment, with quiet hours), `goal_followup` (after the timer),
`goal_list` (`/goals`) and `goal_topics` (weight, food and exercise goals are declined).
Records are in `goal_records`.

Data the shell loads into `ctx.data` (all optional; missing or malformed means "none"):

* `open_goal_count: int` — open goals, when `/goal` starts (at `OPEN_GOAL_LIMIT` the bot
  explains and offers `/goals` instead).
* `goal: {"id": int, "task": str, "good_enough": str, "fear": str,
  "fear_confidence": int, "follow_up_at": str (ISO UTC), "status": "open"}` — the goal
  whose `TimerFired("goal_followup", ref=str(id))` arrived; absent if it no longer exists
  or is not open, and then `start_followup` says nothing at all.
* `past_outcomes: [{"fear": str, "happened": str}]` — up to 3 earlier finished goals,
  newest first, for the gentle look across goals at the end of a follow-up.
* `goals: {"open": [goal as above], "finished": [{"id": int, "task": str,
  "status": "done" | "partly" | "released", "learned": str, "finished": "YYYY-MM-DD"}]}`
  — for `/goals` (finished newest first, at most 5). When sent again while the list is on
  screen, button ids are checked against it, so a goal closed elsewhere cannot be touched.
"""

from __future__ import annotations

from flows import goal_followup, goal_list, goal_setup, goal_when
from flows.core import Context, Event, FlowState, Reply, Step
from flows.goal_common import NAME, OPEN_GOAL_LIMIT

__all__ = [
    "COMMANDS",
    "NAME",
    "OPEN_GOAL_LIMIT",
    "advance",
    "reprompt",
    "start",
    "start_followup",
]

COMMANDS: tuple[str, ...] = ("goal", "goals")


def start(ctx: Context, args: str = "", command: str = "goal") -> Step:
    if command == "goals":
        return goal_list.start(ctx)
    return goal_setup.start(ctx, args)


def start_followup(ctx: Context, goal_id: int) -> Step:
    """For the router, when `TimerFired("goal_followup", ref=str(goal_id))` arrives."""
    return goal_followup.start_followup(ctx, goal_id)


def _about_a_saved_goal(state: FlowState) -> bool:
    return "goal" in state.data and state.data.get("goal") is not None


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    if state.step in goal_when.STEPS:
        return goal_when.reprompt(state, ctx)
    if state.step in goal_setup.STEPS:
        return goal_setup.reprompt(state, ctx)
    if state.step in goal_followup.STEPS:
        return goal_followup.reprompt(state, ctx)
    if state.step in goal_list.STEPS:
        return goal_list.reprompt(state, ctx)
    return (Reply("goal-gone"),)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step in goal_when.STEPS:
        outcome = goal_when.advance(state, event, ctx)
        if isinstance(outcome, goal_when.StillAsking):
            return Step(outcome.state, outcome.replies, outcome.records)
        if _about_a_saved_goal(state):
            return goal_followup.rescheduled(outcome, ctx)
        return goal_setup.moment_chosen(outcome, ctx)
    if state.step in goal_setup.STEPS:
        return goal_setup.advance(state, event, ctx)
    if state.step in goal_followup.STEPS:
        return goal_followup.advance(state, event, ctx)
    if state.step in goal_list.STEPS:
        return goal_list.advance(state, event, ctx)
    return Step(None, (Reply("goal-gone"),))
