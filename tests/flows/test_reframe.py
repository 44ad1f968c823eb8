"""Transcripts of `/reframe`, the reframe offer and `/thoughts`.

Every thought here is written for these tests. Happy-path inputs avoid anything the crisis
screen would (rightly) answer first.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tests.transcript as transcript
from flows import reframe
from flows.core import (
    Button,
    Chose,
    Context,
    Event,
    FlowState,
    Profile,
    Said,
    Started,
    Unsupported,
)
from flows.patterns import read_harsh_thought
from flows.reframe_model import ReframeFinished, ThoughtDeleted, ThoughtSaved
from tests.transcript import Chat

SET_UP = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=True, onboarded=True)
NO_CONSENT = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=False, onboarded=True)

HARSH = "I always mess up, I am a total failure"
PLAIN = "My presentation had a lot of typos"  # nothing for the detector to name

SAVED: list[dict[str, Any]] = [
    {
        "id": 12,
        "original": "I never finish anything",
        "pattern": "overgeneralizing",
        "balanced": "I finish plenty, just not always on time",
        "created": "2026-03-01",
    },
    {
        "id": 7,
        "original": "I am such an idiot",
        "pattern": "labeling",
        "balanced": "I made one mistake in a long day",
        "created": "2026-02-20",
    },
]


class DataChat(Chat):
    """The transcript harness, with `ctx.data` loaded as the shell would load it."""

    def __init__(self, profile: Profile, data: dict[str, Any]) -> None:
        super().__init__(profile, data=data)


def button(chat: Chat, label: str, index: int = 0) -> Button:
    return [b for b in chat.buttons if b.label == label][index]


def rate(chat: Chat, value: int) -> list[str]:
    return chat.tap("button-reframe-rating", (0, 25, 50, 75, 100).index(value))


# --- Walking to each step ------------------------------------------------------------------


def to_capture(chat: Chat) -> None:
    chat.command("/reframe")


def to_pattern(chat: Chat) -> None:
    chat.command(f"/reframe {HARSH}")


def to_pick(chat: Chat) -> None:
    chat.command(f"/reframe {PLAIN}")


def to_belief(chat: Chat) -> None:
    to_pattern(chat)
    chat.tap("button-reframe-fits")


def to_examine(chat: Chat) -> None:
    to_belief(chat)
    rate(chat, 75)


def to_examine_second(chat: Chat) -> None:
    to_examine(chat)
    chat.say("Maybe a 40")


def to_friend(chat: Chat) -> None:
    to_examine(chat)
    chat.say("Maybe a 40")
    chat.say("A few slides with typos and a clear main point")
    chat.say("The demo worked and people asked good questions")


def to_balanced(chat: Chat) -> None:
    to_friend(chat)
    chat.say("One messy talk does not cancel everything you did")


def to_rerate(chat: Chat) -> None:
    to_balanced(chat)
    chat.say("Even though the slides had typos, I also explained the idea well")


def to_save(chat: Chat) -> None:
    to_rerate(chat)
    rate(chat, 50)


def to_offer(chat: Chat) -> None:
    """The router offers the exercise when it notices a harsh thought outside any flow."""
    step = reframe.offer(Context(chat.now, chat.profile), HARSH)
    assert step.state is not None
    chat.state = dataclasses.replace(step.state, touched=chat.now.isoformat())
    chat.replies = step.replies


def to_thoughts(chat: Chat) -> None:
    chat.command("/thoughts")


def to_confirm_delete(chat: Chat) -> None:
    to_thoughts(chat)
    chat.tap("button-reframe-delete")


WALKS: dict[str, Callable[[Chat], None]] = {
    "capture": to_capture,
    "offer": to_offer,
    "pattern": to_pattern,
    "pick": to_pick,
    "belief": to_belief,
    "examine": to_examine,
    "friend": to_friend,
    "balanced": to_balanced,
    "rerate": to_rerate,
    "save": to_save,
    "thoughts": to_thoughts,
    "confirm_delete": to_confirm_delete,
}


# --- The whole exercise --------------------------------------------------------------------


def test_reframe_asks_for_the_thought_in_the_critics_words() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/reframe") == ["reframe-capture"]
    assert chat.step == "reframe.capture"


def test_a_very_short_thought_is_asked_for_once_more_then_taken() -> None:
    chat = Chat(SET_UP)
    chat.command("/reframe")
    assert chat.say("ugh") == ["reframe-capture-again"]
    assert chat.step == "reframe.capture"
    assert chat.say("ugh") == ["reframe-pattern-pick"]
    assert chat.param("thought") == "ugh"


def test_the_detected_pattern_is_named_with_its_cues_and_can_be_confirmed() -> None:
    chat = Chat(SET_UP)
    chat.command("/reframe")
    assert chat.say(HARSH) == ["reframe-pattern-named"]
    assert chat.param("thought") == HARSH
    assert chat.param("pattern") == "all_or_nothing"
    assert (chat.param("count"), chat.param("cue1"), chat.param("cue2")) == (
        2,
        "always mess",
        "total failure",
    )
    assert chat.labels == ["button-reframe-fits", "button-reframe-other", "button-reframe-unsure"]
    assert chat.tap("button-reframe-fits") == ["reframe-belief"]
    assert chat.step == "reframe.belief"
    assert chat.state is not None
    assert chat.state.data["pattern"] == "all_or_nothing"


def test_confirming_by_typing_yes() -> None:
    chat = Chat(SET_UP)
    to_pattern(chat)
    assert chat.say("yes") == ["reframe-belief"]


def test_the_whole_exercise_with_consent_saves_the_kinder_thought() -> None:
    chat = Chat(SET_UP)
    to_belief(chat)
    assert chat.labels == ["button-reframe-rating"] * 5 + ["button-reframe-skip"]
    assert chat.say("80%") == ["reframe-continuum-place"]
    assert chat.param("thought") == HARSH
    assert chat.say("Maybe a 40") == ["reframe-continuum-middle"]
    assert chat.say("A few typos and a clear main point") == ["reframe-continuum-ok"]
    assert chat.say("The demo worked") == ["reframe-friend"]
    assert chat.param("thought") == HARSH
    assert chat.say("One messy talk does not cancel everything") == ["reframe-balanced"]
    assert chat.param("thought") == HARSH
    assert chat.labels == ["button-reframe-stuck", "button-reframe-skip"]
    assert chat.say("It had typos, and it also made its point") == ["reframe-rerate"]
    assert chat.param("thought") == HARSH
    assert rate(chat, 50) == ["reframe-belief-lower", "reframe-save-offer"]
    assert (chat.param("before"), chat.param("after"), chat.param("change")) == (80, 50, 30)
    assert chat.param("balanced") == "It had typos, and it also made its point"
    assert chat.records == []
    assert chat.tap("button-reframe-save") == ["reframe-saved"]
    assert chat.state is None
    assert chat.records == [
        ThoughtSaved(
            original=HARSH,
            pattern="all_or_nothing",
            balanced="It had typos, and it also made its point",
            belief_before=80,
            belief_after=50,
            answers=(
                "Maybe a 40",
                "A few typos and a clear main point",
                "The demo worked",
                "One messy talk does not cancel everything",
            ),
        ),
        ReframeFinished("all_or_nothing", 80, 50, saved=True),
    ]
    goal = button(chat, "button-reframe-goal")
    assert (goal.action, goal.ref, goal.flow) == ("open", "goal", "menu")


def test_picking_another_pattern_from_the_list() -> None:
    chat = Chat(SET_UP)
    to_pattern(chat)
    assert chat.tap("button-reframe-other") == ["reframe-pattern-pick"]
    assert chat.param("found") == "yes"
    assert chat.param("thought") == HARSH
    assert len(chat.labels) == 8
    assert chat.tap("button-reframe-labeling") == ["reframe-belief"]
    chat.tap("button-reframe-skip")
    assert chat.ids == ["reframe-ask-kinder-name"]


def test_no_at_the_named_pattern_opens_the_list_and_a_number_picks() -> None:
    chat = Chat(SET_UP)
    to_pattern(chat)
    assert chat.say("no") == ["reframe-pattern-pick"]
    assert chat.say("5") == ["reframe-belief"]
    assert chat.state is not None
    assert chat.state.data["pattern"] == "catastrophizing"


def test_typing_a_pattern_name_picks_it_straight_away() -> None:
    chat = Chat(SET_UP)
    to_pattern(chat)
    assert chat.say("more like mind reading") == ["reframe-belief"]
    assert chat.state is not None
    assert chat.state.data["pattern"] == "mind_reading"


def test_an_unclear_pick_asks_again_kindly() -> None:
    chat = Chat(SET_UP)
    to_pick(chat)
    assert chat.say("hmm, the third?") == ["reframe-pattern-unclear", "reframe-pattern-pick"]
    assert chat.step == "reframe.pick"


def test_nothing_detected_asks_which_pattern_fits() -> None:
    chat = Chat(SET_UP)
    assert chat.command(f"/reframe {PLAIN}") == ["reframe-pattern-pick"]
    assert chat.param("found") == "no"
    assert chat.param("thought") == PLAIN
    assert chat.tap("button-reframe-unsure") == ["reframe-belief"]
    assert chat.state is not None
    assert chat.state.data["pattern"] == "unsure"


@pytest.mark.parametrize(
    ("number", "questions"),
    [
        ("1", ["reframe-continuum-place", "reframe-continuum-middle", "reframe-continuum-ok"]),
        ("2", ["reframe-ask-exception"]),
        ("3", ["reframe-ask-kinder-name"]),
        ("4", ["reframe-ask-would-like"]),
        ("5", ["reframe-ask-likely", "reframe-ask-cope"]),
        ("6", ["reframe-ask-evidence", "reframe-ask-other-view"]),
        ("7", ["reframe-ask-credit"]),
        ("8", ["reframe-ask-general"]),
    ],
)
def test_each_pattern_gets_its_own_questions(number: str, questions: list[str]) -> None:
    chat = Chat(SET_UP)
    to_pick(chat)
    chat.say(number)
    assert chat.say("60") == [questions[0]]
    assert chat.param("thought") == PLAIN
    for following in questions[1:]:
        assert chat.say("Some honest answer") == [following]
    assert chat.say("Some honest answer") == ["reframe-friend"]
    assert chat.state is not None
    assert chat.state.data["answers"] == ["Some honest answer"] * len(questions)


def test_every_skippable_step_can_be_skipped() -> None:
    chat = Chat(SET_UP)
    to_belief(chat)
    assert chat.tap("button-reframe-skip") == ["reframe-continuum-place"]
    assert chat.tap("button-reframe-skip") == ["reframe-continuum-middle"]
    assert chat.say("skip") == ["reframe-continuum-ok"]
    assert chat.tap("button-reframe-skip") == ["reframe-friend"]
    assert chat.tap("button-reframe-skip") == ["reframe-balanced"]
    assert chat.tap("button-reframe-skip") == ["reframe-rerate"]
    assert "button-reframe-skip" not in chat.labels
    assert chat.say("40") == ["reframe-belief-noted", "reframe-done"]
    assert chat.state is None
    assert chat.records == [ReframeFinished("all_or_nothing", None, 40, saved=False)]
    assert button(chat, "button-reframe-goal").ref == "goal"


def test_skipped_questions_are_left_out_of_the_answers() -> None:
    chat = Chat(SET_UP)
    to_belief(chat)
    rate(chat, 100)
    chat.tap("button-reframe-skip")
    chat.say("The middle would be: done, with a few rough edges")
    chat.tap("button-reframe-skip")
    chat.say("You did your best with the time you had")
    chat.say("It's true that I rushed, and it's also true that I showed up")
    rate(chat, 75)
    chat.tap("button-reframe-save")
    saved = chat.records[0]
    assert isinstance(saved, ThoughtSaved)
    assert saved.answers == (
        "The middle would be: done, with a few rough edges",
        "You did your best with the time you had",
    )


def test_stuck_shows_sentence_shapes_and_never_a_finished_thought() -> None:
    chat = Chat(SET_UP)
    to_balanced(chat)
    assert chat.tap("button-reframe-stuck") == ["reframe-shapes"]
    assert chat.replies[0].params == {}
    assert chat.step == "reframe.balanced"
    assert chat.labels == ["button-reframe-skip"]
    assert chat.say("Even though I rushed, I also finished") == ["reframe-rerate"]


@pytest.mark.parametrize(
    ("after", "reflection"),
    [(30, "reframe-belief-lower"), (75, "reframe-belief-same"), (90, "reframe-belief-higher")],
)
def test_the_change_in_belief_is_reflected_without_judgement(after: int, reflection: str) -> None:
    chat = Chat(SET_UP)
    to_rerate(chat)
    assert chat.say(str(after)) == [reflection, "reframe-save-offer"]
    assert chat.param("before") == 75
    assert chat.param("after") == after


def test_an_unclear_rerating_asks_again() -> None:
    chat = Chat(SET_UP)
    to_rerate(chat)
    assert chat.say("a bit less") == ["reframe-rerate-unclear"]
    assert chat.step == "reframe.rerate"
    assert chat.say("110") == ["reframe-rerate-unclear"]


def test_an_unclear_first_rating_asks_again_with_skip() -> None:
    chat = Chat(SET_UP)
    to_belief(chat)
    assert chat.say("quite a lot") == ["reframe-belief-unclear"]
    assert "button-reframe-skip" in chat.labels
    assert chat.say("70%") == ["reframe-continuum-place"]


def test_without_consent_nothing_is_kept_and_settings_are_offered() -> None:
    chat = Chat(NO_CONSENT)
    to_rerate(chat)
    assert rate(chat, 25) == ["reframe-belief-lower", "reframe-not-kept"]
    assert chat.param("balanced") == (
        "Even though the slides had typos, I also explained the idea well"
    )
    assert chat.state is None
    door = button(chat, "button-reframe-settings")
    assert (door.action, door.ref, door.flow) == ("open", "settings", "menu")
    assert button(chat, "button-reframe-goal").ref == "goal"
    assert chat.records == [ReframeFinished("all_or_nothing", 75, 25, saved=False)]


def test_consent_never_asked_counts_as_no() -> None:
    chat = Chat(Profile(onboarded=True))
    to_rerate(chat)
    assert rate(chat, 25)[-1] == "reframe-not-kept"
    assert not any(isinstance(r, ThoughtSaved) for r in chat.records)


def test_declining_to_save_keeps_nothing_but_counts_the_practice() -> None:
    chat = Chat(SET_UP)
    to_save(chat)
    assert chat.tap("button-reframe-dont-save") == ["reframe-not-saved"]
    assert chat.records == [ReframeFinished("all_or_nothing", 75, 50, saved=False)]


def test_saving_by_typing_and_an_unclear_answer() -> None:
    chat = Chat(SET_UP)
    to_save(chat)
    assert chat.say("hmm") == ["reframe-save-unclear"]
    assert chat.say("yes please") == ["reframe-saved"]
    assert [type(r) for r in chat.records] == [ThoughtSaved, ReframeFinished]


def test_inline_thought_skips_the_capture_step() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/reframe I am such an idiot, I forgot the slides") == [
        "reframe-pattern-named"
    ]
    assert chat.param("pattern") == "labeling"
    assert (chat.param("count"), chat.param("cue1")) == (1, "I am such an idiot")
    assert chat.param("thought") == "I am such an idiot, I forgot the slides"


def test_a_cue_that_is_the_whole_thought_is_not_quoted_twice() -> None:
    chat = Chat(SET_UP)
    chat.command("/reframe I am such an idiot.")
    assert chat.param("count") == 0


def test_inline_text_that_is_too_short_asks_for_the_thought() -> None:
    assert Chat(SET_UP).command("/reframe ok") == ["reframe-capture"]


def test_a_very_long_thought_is_quoted_in_short() -> None:
    chat = Chat(SET_UP)
    chat.command("/reframe " + "I mess up the details again and again. " * 60)
    quoted = chat.param("thought")
    assert isinstance(quoted, str)
    assert len(quoted) <= 280
    assert quoted.endswith("…")


def test_crisis_check_mid_exercise_comes_back_to_the_same_question() -> None:
    chat = Chat(SET_UP)
    to_friend(chat)
    assert chat.say("I want to kill myself") == ["crisis-reply"]
    assert chat.tap("button-crisis-safe") == ["crisis-glad-resume", "reframe-friend"]
    assert chat.step == "reframe.friend"


# --- The offer -------------------------------------------------------------------------


def test_offer_keeps_the_text_and_yes_goes_straight_to_the_pattern() -> None:
    chat = Chat(SET_UP)
    to_offer(chat)
    assert chat.ids == ["reframe-offer"]
    assert chat.step == f"reframe.{reframe.OFFER_STEP}"
    assert chat.labels == ["button-reframe-offer-yes", "button-reframe-offer-no"]
    assert chat.send(Chose("offer_yes", "", "reframe")) == ["reframe-pattern-named"]
    assert chat.param("thought") == HARSH


def test_a_harsh_thought_outside_any_flow_is_met_with_the_offer() -> None:
    chat = Chat(SET_UP)
    assert chat.say(HARSH) == ["reframe-offer"]
    assert chat.tap("button-reframe-offer-yes") == ["reframe-pattern-named"]
    assert chat.param("thought") == HARSH


_SCANNED_PHRASES = [
    "I guess it is all or nothing",
    "everyone thinks I am lazy",
    "if I miss this deadline my career is over",
    "I should have known better",
    "it was just luck",
    "nothing ever works out",
    "I always ruin everything",
    "the report was fine",
]


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(st.sampled_from(_SCANNED_PHRASES), min_size=1, max_size=4))
def test_a_yes_names_the_same_pattern_whether_or_not_the_offer_kept_the_scan(
    parts: list[str],
) -> None:
    text = ", and ".join(parts)
    reading = read_harsh_thought(text)
    ctx = Context(transcript.Chat().now, SET_UP)
    answers = []
    for findings in (reading.findings, None):
        offered = reframe.offer(ctx, text, findings)
        assert offered.state is not None
        said_yes = reframe.advance(offered.state, Said("yes"), ctx)
        assert said_yes.state is not None
        answers.append((said_yes.state.step, said_yes.state.data, said_yes.replies))
    assert answers[0] == answers[1]


def test_an_offer_made_from_a_scanned_thought_quotes_its_words_on_yes() -> None:
    chat = Chat(SET_UP)
    text = "I guess it is all or nothing"
    assert read_harsh_thought(text).findings, "this thought is settled by the pattern scan"
    assert chat.say(text) == ["reframe-offer"]
    assert chat.say("yes") == ["reframe-pattern-named"]
    assert chat.param("pattern") == "all_or_nothing"
    assert chat.param("cue1") == "all or nothing"


def test_offer_declined_ends_kindly() -> None:
    chat = Chat(SET_UP)
    to_offer(chat)
    assert chat.send(Chose("offer_no", "", "reframe")) == ["reframe-offer-declined"]
    assert chat.state is None
    assert chat.records == []


def test_offer_answered_by_typing() -> None:
    chat = Chat(SET_UP)
    to_offer(chat)
    assert chat.say("yes please") == ["reframe-pattern-named"]
    to_offer(chat)
    assert chat.say("no thanks") == ["reframe-offer-declined"]


def test_offer_met_with_more_venting_asks_once_then_steps_back() -> None:
    chat = Chat(SET_UP)
    to_offer(chat)
    assert chat.say("and the meeting ran late too") == ["reframe-offer-again"]
    assert chat.step == "reframe.offer"
    assert chat.say("whatever, the whole week was long") == ["reframe-offer-left"]
    assert chat.state is None


# --- /thoughts ---------------------------------------------------------------------------


def test_no_saved_thoughts_gets_a_warm_word_and_a_door() -> None:
    chat = DataChat(SET_UP, {"thoughts": []})
    assert chat.command("/thoughts") == ["reframe-thoughts-empty"]
    assert chat.state is None
    door = button(chat, "button-reframe-start")
    assert (door.action, door.ref, door.flow) == ("open", "reframe", "menu")
    assert chat.tap("button-reframe-start") == ["reframe-capture"]


def test_no_data_at_all_reads_as_empty() -> None:
    assert Chat(SET_UP).command("/thoughts") == ["reframe-thoughts-empty"]


def test_saved_thoughts_are_listed_newest_first_with_delete_buttons() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    assert chat.command("/thoughts") == [
        "reframe-thoughts-intro",
        "reframe-thought-item",
        "reframe-thought-item",
        "reframe-thoughts-footer",
    ]
    assert chat.param("count") == 2
    assert dict(chat.replies[1].params) == {
        "original": "I never finish anything",
        "pattern": "overgeneralizing",
        "balanced": "I finish plenty, just not always on time",
        "created": "2026-03-01",
    }
    deletes = [b for b in chat.buttons if b.label == "button-reframe-delete"]
    assert [(b.action, b.ref) for b in deletes] == [("delete", "12"), ("delete", "7")]
    assert chat.step == "reframe.thoughts"


def test_malformed_saved_entries_are_skipped() -> None:
    data = {"thoughts": [{"id": "x"}, 3, {**SAVED[1], "pattern": "made_up"}]}
    chat = DataChat(SET_UP, data)
    chat.command("/thoughts")
    assert chat.ids.count("reframe-thought-item") == 1
    assert chat.replies[1].params["pattern"] == "unsure"


def test_delete_asks_first_then_records_the_id() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    assert chat.tap("button-reframe-delete", 1) == ["reframe-delete-confirm"]
    assert chat.param("balanced") == "I made one mistake in a long day"
    assert chat.records == []
    assert chat.tap("button-reframe-delete-yes") == ["reframe-deleted"]
    assert chat.records == [ThoughtDeleted(7)]
    assert chat.step == "reframe.thoughts"


def test_delete_can_be_called_off_and_the_kept_thought_comes_back_with_its_buttons() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    chat.tap("button-reframe-delete", 1)
    assert chat.tap("button-reframe-delete-no") == ["reframe-delete-kept", "reframe-thought-item"]
    assert chat.records == []
    assert chat.step == "reframe.thoughts"
    assert chat.param("balanced") == SAVED[1]["balanced"]  # the very thought, shown again
    assert [(b.label, b.ref) for b in chat.buttons] == [
        ("button-reframe-delete", "7"),
        ("button-reframe-start", "reframe"),
        ("button-done", ""),
    ]
    # Still live: it can be deleted after all, without sending /thoughts again.
    assert chat.tap("button-reframe-delete") == ["reframe-delete-confirm"]
    assert chat.tap("button-reframe-delete-yes") == ["reframe-deleted"]
    assert chat.records == [ThoughtDeleted(7)]


def test_a_typed_no_to_deleting_shows_the_thought_again_too() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    chat.tap("button-reframe-delete")
    assert chat.say("no") == ["reframe-delete-kept", "reframe-thought-item"]
    assert chat.param("original") == SAVED[0]["original"]
    assert chat.tap("button-done") == ["reframe-thoughts-closed"]
    assert chat.records == []


def test_delete_confirmed_by_typing() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    chat.tap("button-reframe-delete")
    assert chat.say("yes") == ["reframe-deleted"]
    assert chat.records == [ThoughtDeleted(12)]


def test_deleting_the_last_thought_closes_the_list() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED[:1]})
    chat.command("/thoughts")
    chat.tap("button-reframe-delete")
    assert chat.tap("button-reframe-delete-yes") == ["reframe-deleted"]
    assert chat.state is None
    assert chat.records == [ThoughtDeleted(12)]


@pytest.mark.parametrize("ref", ["999", "abc", "", "7.0"])
def test_a_forged_delete_id_is_refused_politely(ref: str) -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    assert chat.send(Chose("delete", ref, "reframe")) == [
        "reframe-delete-missing",
        "reframe-thoughts-footer",
    ]
    assert chat.records == []
    assert chat.step == "reframe.thoughts"


def test_a_forged_confirmation_without_a_pending_delete_does_nothing() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    assert chat.send(Chose("delete_yes", "7", "reframe")) == ["reframe-thoughts-footer"]
    assert chat.records == []


def test_done_closes_the_list() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    assert chat.tap("button-done") == ["reframe-thoughts-closed"]
    assert chat.state is None


def test_typing_while_the_list_is_open_closes_it_or_offers_a_reframe() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    chat.command("/thoughts")
    assert chat.say("thanks") == ["reframe-thoughts-closed"]
    chat.command("/thoughts")
    assert chat.say(HARSH) == ["reframe-offer"]
    assert chat.say("yes") == ["reframe-pattern-named"]


# --- Leaving and coming back -------------------------------------------------------------


@pytest.mark.parametrize("step", list(WALKS))
def test_cancel_works_at_every_step(step: str) -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    WALKS[step](chat)
    assert chat.step == f"reframe.{step}"
    before = list(chat.records)
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.records == before


REPROMPTS: dict[str, list[str]] = {
    "capture": ["reframe-capture"],
    "offer": ["reframe-offer"],
    "pattern": ["reframe-pattern-named"],
    "pick": ["reframe-pattern-pick"],
    "belief": ["reframe-reminder", "reframe-belief"],
    "examine": ["reframe-continuum-place"],
    "friend": ["reframe-friend"],
    "balanced": ["reframe-balanced"],
    "rerate": ["reframe-rerate"],
    "save": ["reframe-reminder", "reframe-save-offer"],
}


@pytest.mark.parametrize("step", list(REPROMPTS))
def test_after_a_long_pause_continue_asks_the_same_question(step: str) -> None:
    chat = Chat(SET_UP)
    WALKS[step](chat)
    asked = chat.ids
    chat.wait(hours=7)
    assert chat.say("hello again") == ["resume-offer"]
    assert chat.param("flow") == "reframe"
    assert chat.tap("button-resume-continue") == REPROMPTS[step]
    assert chat.ids[-1] == asked[-1]
    assert chat.step == f"reframe.{step}"


def test_a_later_question_is_reprompted_with_the_thought_quoted_first() -> None:
    chat = Chat(SET_UP)
    to_examine_second(chat)
    chat.wait(hours=7)
    chat.say("hello again")
    assert chat.tap("button-resume-continue") == ["reframe-reminder", "reframe-continuum-middle"]
    assert chat.param("thought") == HARSH
    assert chat.say("Somewhere near the middle") == ["reframe-continuum-ok"]


def test_the_list_is_shown_again_when_picked_up_later() -> None:
    chat = DataChat(SET_UP, {"thoughts": SAVED})
    to_confirm_delete(chat)
    chat.wait(hours=7)
    chat.say("hello again")
    assert chat.tap("button-resume-continue") == ["reframe-delete-confirm"]
    state = FlowState("reframe", "thoughts")
    ctx = Context(chat.now, SET_UP, data={"thoughts": SAVED})
    assert reframe.reprompt(state, ctx)[0].message == "reframe-thoughts-intro"
    assert [r.message for r in reframe.reprompt(state, Context(chat.now, SET_UP))] == [
        "reframe-thoughts-footer"
    ]


# --- Properties ----------------------------------------------------------------------------

ACTIONS = [
    "offer_yes",
    "offer_no",
    "pattern",
    "other",
    "rate",
    "skip",
    "stuck",
    "save",
    "dont_save",
    "delete",
    "delete_yes",
    "delete_no",
    "done",
    "open",
]
REFS = ["", "0", "50", "100", "7", "12", "999", "unsure", "labeling", "all_or_nothing"]

events = st.one_of(
    st.builds(
        Said,
        st.one_of(
            st.text(max_size=200),
            st.sampled_from(["yes", "no", "skip", "50", "70%", "3", "not sure", HARSH, PLAIN, ""]),
        ),
    ),
    st.builds(
        Chose,
        st.one_of(st.sampled_from(ACTIONS), st.text(max_size=30)),
        st.one_of(st.sampled_from(REFS), st.text(max_size=40)),
        st.just("reframe"),
    ),
    st.builds(Unsupported, st.sampled_from(["sticker", "photo", "voice"])),
    st.just(Started("cancel")),
)

OPENINGS: list[Callable[[Chat], None]] = [
    to_capture,
    to_pattern,
    to_pick,
    to_offer,
    to_thoughts,
    to_rerate,
]


@settings(max_examples=200, deadline=None)
@given(
    opening=st.sampled_from(OPENINGS),
    consent=st.booleans(),
    sequence=st.lists(events, max_size=25),
)
def test_any_sequence_always_answers_and_always_leaves_a_way_out(
    opening: Callable[[Chat], None], consent: bool, sequence: list[Event]
) -> None:
    profile = SET_UP if consent else NO_CONSENT
    chat = DataChat(profile, {"thoughts": SAVED})
    opening(chat)
    for event in sequence:
        assert chat.send(event), f"no reply to {event!r}"
        if chat.state is not None:
            assert chat.state.flow in {"reframe", "crisis"}
            json.dumps(chat.state.to_json())
        if not consent:
            assert not any(isinstance(r, ThoughtSaved) for r in chat.records)
    if chat.state is not None:
        chat.command("/cancel")
    assert chat.state is None


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=400))
def test_any_thought_can_be_offered_and_started(text: str) -> None:
    ctx = Context(transcript.Chat().now, SET_UP)
    offered = reframe.offer(ctx, text)
    assert offered.state is not None
    assert offered.replies
    started = reframe.start(ctx, text, "reframe")
    assert started.state is not None
    assert started.replies
    assert reframe.reprompt(started.state, ctx)
