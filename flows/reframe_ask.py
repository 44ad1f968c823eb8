"""The question each step of the reframe exercise asks, built from the state alone.

Advancing and re-asking (after a pause or a crisis check) both come here, so the question a
returning user sees is exactly the one they left, with their thought quoted above it.
"""

from __future__ import annotations

from flows.core import Button, FlowState, Keyboard, ParamValue, Reply, rows
from flows.reframe_model import (
    BALANCED,
    BELIEF,
    CAPTURE,
    CHOICES,
    EXAMINE,
    FRIEND,
    MAX_CUE,
    OFFER,
    PATTERN,
    PICK,
    QUESTIONS,
    RERATE,
    SAVE,
    SHOWN,
    clip,
    int_of,
    pattern_of,
    text_of,
    texts_of,
)

RATINGS = (0, 25, 50, 75, 100)

PATTERN_LABELS: dict[str, str] = {
    "all_or_nothing": "button-reframe-all-or-nothing",
    "overgeneralizing": "button-reframe-overgeneralizing",
    "labeling": "button-reframe-labeling",
    "should": "button-reframe-should",
    "catastrophizing": "button-reframe-catastrophizing",
    "mind_reading": "button-reframe-mind-reading",
    "discounting_positive": "button-reframe-discounting",
    "unsure": "button-reframe-unsure",
}


def skip_button() -> Button:
    return Button("button-reframe-skip", "skip")


def rating_buttons(*, skippable: bool) -> Keyboard:
    numbers = tuple(
        Button("button-reframe-rating", "rate", ref=str(value), params={"value": value})
        for value in RATINGS
    )
    return (numbers, (skip_button(),)) if skippable else (numbers,)


def offer_buttons() -> Keyboard:
    return rows(
        Button("button-reframe-offer-yes", "offer_yes"),
        Button("button-reframe-offer-no", "offer_no"),
    )


def save_buttons() -> Keyboard:
    return rows(
        Button("button-reframe-save", "save"),
        Button("button-reframe-dont-save", "dont_save"),
        per_row=2,
    )


def goal_door() -> Button:
    return Button("button-reframe-goal", "open", ref="goal", flow="menu")


def settings_door() -> Button:
    return Button("button-reframe-settings", "open", ref="settings", flow="menu")


def reframe_door() -> Button:
    return Button("button-reframe-start", "open", ref="reframe", flow="menu")


def thought(state: FlowState) -> str:
    """The user's original thought, short enough to quote at the top of a step."""
    return clip(text_of(state, "thought"), SHOWN)


def _bare(text: str) -> str:
    return text.strip().strip(".!?…").strip().casefold()


def _pattern_named(state: FlowState) -> Reply:
    whole = _bare(text_of(state, "thought"))
    # A cue that is the whole thought is already quoted just above; don't quote it twice.
    cues = [clip(cue, MAX_CUE) for cue in texts_of(state, "cues") if _bare(cue) != whole][:2]
    buttons = rows(
        Button("button-reframe-fits", "pattern", ref=text_of(state, "detected")),
        Button("button-reframe-other", "other"),
        Button("button-reframe-unsure", "pattern", ref="unsure"),
    )
    params: dict[str, ParamValue] = {
        "thought": thought(state),
        "pattern": text_of(state, "detected"),
        "count": len(cues),
        "cue1": cues[0] if cues else "",
        "cue2": cues[1] if len(cues) > 1 else "",
    }
    return Reply("reframe-pattern-named", params, buttons)


def pick_buttons() -> Keyboard:
    return rows(*(Button(PATTERN_LABELS[key], "pattern", ref=key) for key in CHOICES), per_row=2)


def _pick(state: FlowState) -> Reply:
    found = "yes" if text_of(state, "detected") else "no"
    return Reply(
        "reframe-pattern-pick", {"thought": thought(state), "found": found}, pick_buttons()
    )


def _question(state: FlowState) -> Reply:
    questions = QUESTIONS[pattern_of(state)]
    index = min(max(int_of(state, "q") or 0, 0), len(questions) - 1)
    params = {"thought": thought(state)} if index == 0 else {}
    return Reply(questions[index], params, rows(skip_button()))


def save_offer(state: FlowState) -> Reply:
    return Reply("reframe-save-offer", {"balanced": text_of(state, "balanced")}, save_buttons())


def ask(state: FlowState) -> tuple[Reply, ...]:
    """The current step's question, with the buttons that answer it."""
    step = state.step
    if step == OFFER:
        again = bool(state.data.get("asked_again"))
        return (
            Reply("reframe-offer-again" if again else "reframe-offer", buttons=offer_buttons()),
        )
    if step == PATTERN:
        return (_pattern_named(state),)
    if step == PICK:
        return (_pick(state),)
    if step == BELIEF:
        return (Reply("reframe-belief", buttons=rating_buttons(skippable=True)),)
    if step == EXAMINE:
        return (_question(state),)
    if step == FRIEND:
        return (Reply("reframe-friend", {"thought": thought(state)}, rows(skip_button())),)
    if step == BALANCED:
        buttons = rows(Button("button-reframe-stuck", "stuck"), skip_button(), per_row=2)
        return (Reply("reframe-balanced", {"thought": thought(state)}, buttons),)
    if step == RERATE:
        return (
            Reply("reframe-rerate", {"thought": thought(state)}, rating_buttons(skippable=False)),
        )
    if step == SAVE:
        return (save_offer(state),)
    again = step == CAPTURE and bool(state.data.get("asked_again"))
    return (Reply("reframe-capture-again" if again else "reframe-capture"),)


def reminder(state: FlowState) -> tuple[Reply, ...]:
    """After a pause, quote the thought first when the question itself does not."""
    quoted = state.step in {PATTERN, PICK, FRIEND, BALANCED, RERATE} or (
        state.step == EXAMINE and not int_of(state, "q")
    )
    if quoted or state.step in {OFFER, CAPTURE} or not text_of(state, "thought"):
        return ()
    return (Reply("reframe-reminder", {"thought": thought(state)}),)
