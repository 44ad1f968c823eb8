"""`/reframe` and `/thoughts`: talk a harsh, all-or-nothing thought through to a kinder one.

Drawn from CBT for perfectionism (seeing the middle of a continuum, a friend's view, a
kinder voice), in short steps the user can answer by button or typing, skip, or leave:

1. capture the thought in the inner critic's words (or take it from `/reframe <text>`, or
   from `offer` when the router noticed a harsh thought outside any flow);
2. name the thinking pattern tentatively, quoting the words that suggested it;
3. rate belief in the thought, 0 to 100;
4. answer the pattern's own questions (the continuum for all-or-nothing thinking);
5. what would you tell a friend who thought this?
6. write a balanced, kinder version (sentence shapes with blanks if stuck, never a
   finished sentence to copy);
7. rate belief again, see the change reflected without judgement, and keep the new
   thought only with consent.

Records (see `flows.reframe_model`):

* `ThoughtSaved(original, pattern, balanced, belief_before, belief_after, answers)` when
  the user saves, only ever with `ctx.profile.consent`;
* `ReframeFinished(pattern, belief_before, belief_after, saved)` whenever the exercise
  reaches its end, consent or not: no words, so practice can be counted;
* `ThoughtDeleted(thought_id)` after a confirmed delete in `/thoughts`.

`pattern` is a `flows.patterns.Pattern` value or "unsure"; `belief_before` is None when
the first rating was skipped.

`ctx.data` keys:

* `"thoughts"`: the user's saved reframes, newest first, at most 10, as a list of
  `{"id": int, "original": str, "pattern": str, "balanced": str, "created": "YYYY-MM-DD"}`.
  Needed when `/thoughts` starts and on every turn while the list is open (steps
  `thoughts` and `confirm_delete`), since a delete button is honoured only for an id in it.
"""

from __future__ import annotations

from collections.abc import Sequence

from flows import reframe_saved, reframe_steps
from flows.core import Context, Event, FlowState, Reply, Step
from flows.patterns import Finding
from flows.reframe_ask import ask, reminder
from flows.reframe_model import CONFIRM_DELETE, NAME, OFFER, THOUGHTS, clip, too_short

__all__ = ["COMMANDS", "NAME", "OFFER_STEP", "advance", "offer", "reprompt", "start"]

COMMANDS: tuple[str, ...] = ("reframe", "thoughts")
OFFER_STEP: str = OFFER
_LIST_STEPS = frozenset({THOUGHTS, CONFIRM_DELETE})


def start(ctx: Context, args: str = "", command: str = "reframe") -> Step:
    """`/thoughts` lists saved reframes; `/reframe [thought]` starts the exercise."""
    if command == "thoughts":
        return reframe_saved.show(ctx)
    thought = clip(args)
    if thought and not too_short(thought):
        return reframe_steps.examine(thought)
    return reframe_steps.capture()


def offer(ctx: Context, text: str, findings: Sequence[Finding] | None = None) -> Step:
    """A gentle offer to look at a harsh thought the user just wrote, keeping their words
    (and the patterns found in them, if the harsh-thought check already looked)."""
    del ctx
    return reframe_steps.offer(text, findings)


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    if state.step in _LIST_STEPS:
        return reframe_saved.advance(state, event, ctx)
    return reframe_steps.advance(state, event, ctx)


def reprompt(state: FlowState, ctx: Context) -> tuple[Reply, ...]:
    """Ask the current step again, quoting the thought first if the question does not."""
    if state.step in _LIST_STEPS:
        return reframe_saved.reprompt(state, ctx)
    return (*reminder(state), *ask(state))
