"""The reframe exercise, step by step: from a harsh thought to a kinder one in the user's words.

Every step takes a button or typing, and steps 3 to 6 can be skipped: the aim is a moment
of practice, not a completed form. The bot never supplies the kinder thought itself; at
most it offers sentence shapes with blanks, so the words stay the user's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from flows.answers import yes_or_no
from flows.core import Chose, Context, Event, FlowState, Reply, Said, Step, rows
from flows.patterns import Finding, detect
from flows.reframe_ask import (
    ask,
    goal_door,
    rating_buttons,
    save_buttons,
    settings_door,
    skip_button,
)
from flows.reframe_model import (
    BALANCED,
    BELIEF,
    CAPTURE,
    CHOICES,
    EXAMINE,
    FRIEND,
    NAME,
    OFFER,
    PATTERN,
    PICK,
    QUESTIONS,
    RERATE,
    SAVE,
    ReframeFinished,
    ThoughtSaved,
    clip,
    int_of,
    pattern_of,
    read_pattern,
    read_rating,
    text_of,
    texts_of,
    too_short,
    wants_skip,
)


def _asking(state: FlowState, *before: Reply) -> Step:
    return Step(state, (*before, *ask(state)))


def capture() -> Step:
    """Step 1: ask for the thought in the inner critic's own words."""
    return _asking(FlowState(NAME, CAPTURE))


def offer(text: str, findings: Sequence[Finding] | None = None) -> Step:
    """Offer the exercise for something harsh the user wrote; keep it for a "yes".

    `findings`, when the harsh-thought check already scanned these very words, are kept
    with them, so a "yes" goes straight to naming the pattern without scanning again.
    """
    thought = clip(text)
    data: dict[str, object] = {"thought": thought}
    if findings is not None and thought == text:
        data.update(_detection(findings))
    return _asking(FlowState(NAME, OFFER, data))


def examine(text: str) -> Step:
    """Step 2: name the pattern tentatively, quoting the words that suggested it."""
    thought = clip(text)
    return _examined({"thought": thought, **_detection(detect(thought))})


def _detection(findings: Sequence[Finding]) -> dict[str, object]:
    """What step 2 needs of a scan: the strongest pattern and up to two of its cues."""
    if not findings:
        return {"detected": ""}
    top = findings[0]
    return {"detected": top.pattern.value, "cues": list(top.cues[:2])}


def _examined(data: dict[str, object]) -> Step:
    if not data.get("detected"):
        return _asking(FlowState(NAME, PICK, {"thought": data["thought"], "detected": ""}))
    return _asking(FlowState(NAME, PATTERN, data))


def _choice(event: Event) -> tuple[str, str] | None:
    return (event.action, event.ref) if isinstance(event, Chose) else None


def _skipped(event: Event) -> bool:
    if isinstance(event, Said):
        return wants_skip(event.text)
    choice = _choice(event)
    return choice is not None and choice[0] == "skip"


def _from_offer(state: FlowState, event: Event) -> Step:
    choice = _choice(event)
    agreed: bool | None = None
    if choice is not None and choice[0] in {"offer_yes", "offer_no"}:
        agreed = choice[0] == "offer_yes"
    elif isinstance(event, Said):
        agreed = yes_or_no(event.text)
    if agreed is True:
        thought = text_of(state, "thought")
        if not thought:
            return capture()
        if "detected" in state.data:  # scanned when the offer was made
            kept = ("thought", "detected", "cues")
            return _examined({key: state.data[key] for key in kept if key in state.data})
        return examine(thought)
    if agreed is False:
        return Step(None, (Reply("reframe-offer-declined"),))
    if state.data.get("asked_again"):
        return Step(None, (Reply("reframe-offer-left"),))
    return _asking(state.at(OFFER, asked_again=True))


def _from_capture(state: FlowState, event: Event) -> Step:
    if not isinstance(event, Said):
        return _asking(state)
    text = clip(event.text)
    if text and (not too_short(text) or state.data.get("asked_again")):
        return examine(text)
    return _asking(state.at(CAPTURE, asked_again=True))


def _chosen_pattern(state: FlowState, key: str) -> Step:
    return _asking(state.at(BELIEF, pattern=key))


def _from_pattern(state: FlowState, event: Event) -> Step:
    choice = _choice(event)
    if choice is not None:
        action, ref = choice
        if action == "pattern" and ref in CHOICES:
            return _chosen_pattern(state, ref)
        if action == "other" and state.step == PATTERN:
            return _asking(state.at(PICK))
        return _asking(state)
    if not isinstance(event, Said):
        return _asking(state)
    named = read_pattern(event.text)
    if named is not None:
        return _chosen_pattern(state, named)
    if state.step == PATTERN:
        agreed = yes_or_no(event.text)
        detected = text_of(state, "detected")
        if agreed is True and detected in CHOICES:
            return _chosen_pattern(state, detected)
        if agreed is False:
            return _asking(state.at(PICK))
    return _asking(state, Reply("reframe-pattern-unclear"))


def _rating(event: Event) -> int | None:
    choice = _choice(event)
    if choice is not None and choice[0] == "rate":
        return read_rating(choice[1])
    return read_rating(event.text) if isinstance(event, Said) else None


def _from_belief(state: FlowState, event: Event) -> Step:
    rating = _rating(event)
    if rating is not None or _skipped(event):
        return _asking(state.at(EXAMINE, belief_before=rating, q=0, answers=[]))
    return Step(state, (Reply("reframe-belief-unclear", buttons=rating_buttons(skippable=True)),))


def _answer(event: Event) -> str | None:
    """The user's free-text answer, or None when they skipped or sent nothing usable."""
    if isinstance(event, Said) and not wants_skip(event.text):
        return clip(event.text) or None
    return None


def _from_free_text(state: FlowState, event: Event) -> Step:
    """Steps 4 and 5: an answer is kept, a skip moves on, anything else asks again."""
    answer = _answer(event)
    if answer is None and not _skipped(event):
        return _asking(state)
    answers = texts_of(state, "answers") + ([answer] if answer else [])
    if state.step == EXAMINE:
        following = (int_of(state, "q") or 0) + 1
        if following < len(QUESTIONS[pattern_of(state)]):
            return _asking(state.at(EXAMINE, q=following, answers=answers))
        return _asking(state.at(FRIEND, answers=answers))
    return _asking(state.at(BALANCED, answers=answers))


def _from_balanced(state: FlowState, event: Event) -> Step:
    choice = _choice(event)
    if choice is not None and choice[0] == "stuck":
        return Step(state, (Reply("reframe-shapes", buttons=rows(skip_button())),))
    if _skipped(event):
        return _asking(state.at(RERATE, balanced=""))
    answer = _answer(event)
    if answer is None:
        return _asking(state)
    return _asking(state.at(RERATE, balanced=answer))


def _reflection(before: int | None, after: int) -> Reply:
    """Name the change in belief plainly; every direction is a normal part of practice."""
    if before is None:
        return Reply("reframe-belief-noted", {"after": after})
    params = {"before": before, "after": after, "change": abs(before - after)}
    if after < before:
        return Reply("reframe-belief-lower", params)
    if after > before:
        return Reply("reframe-belief-higher", params)
    return Reply("reframe-belief-same", params)


def _finished(state: FlowState, saved: bool) -> ReframeFinished:
    return ReframeFinished(
        pattern=pattern_of(state),
        belief_before=int_of(state, "belief_before"),
        belief_after=int_of(state, "belief_after") or 0,
        saved=saved,
    )


def _not_kept(state: FlowState, *before: Reply) -> Step:
    """Without consent nothing is stored: show the thought back and point to the setting."""
    reply = Reply(
        "reframe-not-kept",
        {"balanced": text_of(state, "balanced")},
        rows(settings_door(), goal_door()),
    )
    return Step(None, (*before, reply), (_finished(state, saved=False),))


def _from_rerate(state: FlowState, event: Event, ctx: Context) -> Step:
    after = _rating(event)
    if after is None:
        return Step(
            state, (Reply("reframe-rerate-unclear", buttons=rating_buttons(skippable=False)),)
        )
    rated = state.at(RERATE, belief_after=after)
    reflection = _reflection(int_of(state, "belief_before"), after)
    if not text_of(rated, "balanced"):
        done = Reply("reframe-done", buttons=rows(goal_door()))
        return Step(None, (reflection, done), (_finished(rated, saved=False),))
    if ctx.profile.consent is not True:
        return _not_kept(rated, reflection)
    return _asking(rated.at(SAVE), reflection)


def _from_save(state: FlowState, event: Event, ctx: Context) -> Step:
    choice = _choice(event)
    keep: bool | None = None
    if choice is not None and choice[0] in {"save", "dont_save"}:
        keep = choice[0] == "save"
    elif isinstance(event, Said):
        keep = yes_or_no(event.text)
    if keep is None:
        return Step(state, (Reply("reframe-save-unclear", buttons=save_buttons()),))
    if ctx.profile.consent is not True:
        return _not_kept(state)
    if not keep:
        reply = Reply("reframe-not-saved", buttons=rows(goal_door()))
        return Step(None, (reply,), (_finished(state, saved=False),))
    saved = ThoughtSaved(
        original=text_of(state, "thought"),
        pattern=pattern_of(state),
        balanced=text_of(state, "balanced"),
        belief_before=int_of(state, "belief_before"),
        belief_after=int_of(state, "belief_after") or 0,
        answers=tuple(texts_of(state, "answers")),
    )
    reply = Reply("reframe-saved", buttons=rows(goal_door()))
    return Step(None, (reply,), (saved, _finished(state, saved=True)))


def advance(state: FlowState, event: Event, ctx: Context) -> Step:
    """Move the exercise on by one event; unexpected input re-asks the current step."""
    step = state.step
    if step == OFFER:
        return _from_offer(state, event)
    if step in {PATTERN, PICK}:
        return _from_pattern(state, event)
    if step == BELIEF:
        return _from_belief(state, event)
    if step in {EXAMINE, FRIEND}:
        return _from_free_text(state, event)
    if step == BALANCED:
        return _from_balanced(state, event)
    if step == RERATE:
        return _from_rerate(state, event, ctx)
    if step == SAVE:
        return _from_save(state, event, ctx)
    return _from_capture(state.at(CAPTURE), event)
