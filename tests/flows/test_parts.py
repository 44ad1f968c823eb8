"""Transcripts of `/perfectionist`: the talk with the inner perfectionist, kept or not."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import parts
from flows.core import Chose, Context, Event, FlowState, Located, Profile, Said
from flows.parts import PartsDialogueDone, PartsDialogueSaved
from flows.turn import MENU_COMMANDS, STARTABLE
from tests.transcript import Chat

SET_UP = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=True, onboarded=True)
NO_CONSENT = dataclasses.replace(SET_UP, consent=False)
MONDAY_9 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

ANSWERS = {
    "voice": "You could do better than this",
    "protecting": "looking foolish at work",
    "fear": "people would see my mistakes",
    "needs": "to know I will still check the important things",
}
#: The state field each question fills, in order ("" for the thank-you, which keeps nothing).
QUESTIONS = (
    ("voice", "parts-ask-voice", "voice"),
    ("thanks", "parts-ask-thanks", ""),
    ("protect", "parts-ask-protect", "protecting"),
    ("fear", "parts-ask-fear", "fear"),
    ("needs", "parts-ask-needs", "needs"),
)
KEPT_TALK = {
    "id": 4,
    "created": "2026-02-20",
    "voice": "Not yet, not good enough",
    "protecting": "being judged",
    "fear": "",
    "needs": "a rest",
}


class GuidedChat(Chat):
    """The transcript harness for a set-up user on Monday morning."""

    def __init__(
        self,
        profile: Profile = SET_UP,
        now: datetime = MONDAY_9,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(profile, now, data=data)


def answer_all(chat: GuidedChat) -> None:
    """Answer every question by typing, from the first question to the reflection."""
    for step, message, field in QUESTIONS:
        assert chat.ids[-1] == message, step
        chat.say(ANSWERS[field] if field else "thank you for trying so hard")


def saved(chat: GuidedChat) -> list[PartsDialogueSaved]:
    return [r for r in chat.records if isinstance(r, PartsDialogueSaved)]


def done(chat: GuidedChat) -> list[PartsDialogueDone]:
    return [r for r in chat.records if isinstance(r, PartsDialogueDone)]


# --------------------------------------------------------------------------- registration


def test_the_flow_is_registered_with_its_command() -> None:
    assert parts in STARTABLE
    assert parts.COMMANDS == ("perfectionist",)
    assert MENU_COMMANDS.index("perfectionist") > MENU_COMMANDS.index("learn")


# --------------------------------------------------------------------------- the talk


def test_a_whole_talk_kept_with_consent() -> None:
    chat = GuidedChat()
    assert chat.command("/perfectionist") == ["parts-intro", "parts-ask-voice"]
    assert chat.labels == ["button-parts-skip", "button-parts-stop"]
    assert chat.say(ANSWERS["voice"]) == ["parts-ask-thanks"]
    assert chat.labels == ["button-parts-thanked", "button-parts-skip", "button-parts-stop"]
    assert chat.tap("button-parts-thanked") == ["parts-ask-protect"]
    assert chat.say(ANSWERS["protecting"]) == ["parts-ask-fear"]
    assert chat.say(ANSWERS["fear"]) == ["parts-ask-needs"]
    assert chat.say(ANSWERS["needs"]) == ["parts-reflection", "parts-keep-offer"]
    for field, text in ANSWERS.items():
        assert chat.param(field) == text
        assert chat.param(f"has_{field}") == "yes"
    assert done(chat) == [PartsDialogueDone(completed=True)]
    assert chat.step == "parts.keep"
    assert chat.tap("button-parts-keep") == ["parts-kept"]
    assert chat.state is None
    assert saved(chat) == [PartsDialogueSaved(**ANSWERS)]
    assert done(chat) == [PartsDialogueDone(completed=True)]


def test_typed_thanks_move_on_and_are_not_kept() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    answer_all(chat)
    assert chat.state is not None
    assert "thank you for trying so hard" not in chat.state.data.values()
    chat.say("yes please")
    assert saved(chat) == [PartsDialogueSaved(**ANSWERS)]


def test_without_consent_the_words_are_reflected_but_never_kept() -> None:
    chat = GuidedChat(NO_CONSENT)
    chat.command("/perfectionist")
    answer_all(chat)
    assert chat.ids == ["parts-reflection", "parts-not-kept"]
    assert chat.state is None
    assert saved(chat) == []
    assert done(chat) == [PartsDialogueDone(completed=True)]


@pytest.mark.parametrize("how", ["tap", "no", "not this time"])
def test_with_consent_the_user_can_still_decline_keeping(how: str) -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    answer_all(chat)
    if how == "tap":
        chat.tap("button-parts-dont-keep")
    else:
        chat.say(how)
    assert chat.ids == ["parts-not-kept-choice"]
    assert saved(chat) == []
    assert done(chat) == [PartsDialogueDone(completed=True)]


def test_an_unclear_keep_answer_is_asked_again() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    answer_all(chat)
    assert chat.say("hmm, what would that mean") == ["parts-keep-unclear"]
    assert chat.labels == ["button-parts-keep", "button-parts-dont-keep"]
    assert chat.step == "parts.keep"
    assert chat.say("yes") == ["parts-kept"]


def test_consent_withdrawn_before_keeping_keeps_nothing() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    answer_all(chat)
    chat.profile = NO_CONSENT
    assert chat.tap("button-parts-keep") == ["parts-not-kept-choice"]
    assert saved(chat) == []


@pytest.mark.parametrize("skipped", range(len(QUESTIONS)))
@pytest.mark.parametrize("how", ["tap", "skip", "saltar"])
def test_each_question_can_be_skipped(skipped: int, how: str) -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    for at, (step, message, field) in enumerate(QUESTIONS):
        assert chat.ids[-1] == message
        assert chat.step == f"parts.{step}"
        if at != skipped:
            chat.say(ANSWERS[field] if field else "thanks")
        elif how == "tap":
            chat.tap("button-parts-skip")
        else:
            chat.say(how)
    assert chat.ids == ["parts-reflection", "parts-keep-offer"]
    field = QUESTIONS[skipped][2]
    if field:
        assert chat.param(f"has_{field}") == "no"
    chat.tap("button-parts-keep")
    expected = {**ANSWERS, **({field: ""} if field else {})}
    assert saved(chat) == [PartsDialogueSaved(**expected)]


def test_skipping_everything_ends_warmly_without_quotes_or_keeping() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    for _ in QUESTIONS:
        chat.tap("button-parts-skip")
    assert chat.ids == ["parts-reflection-empty"]
    assert chat.state is None
    assert saved(chat) == []
    assert done(chat) == [PartsDialogueDone(completed=True)]


@pytest.mark.parametrize("at", range(len(QUESTIONS)))
@pytest.mark.parametrize("how", ["tap", "stop here", "para"])
def test_stop_here_at_each_question(at: int, how: str) -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    for _, _, field in QUESTIONS[:at]:
        chat.say(ANSWERS[field] if field else "thanks")
    assert chat.step == f"parts.{QUESTIONS[at][0]}"
    if how == "tap":
        chat.tap("button-parts-stop")
    else:
        chat.say(how)
    assert chat.ids == ["parts-stopped"]
    assert chat.state is None
    assert saved(chat) == []
    assert done(chat) == [PartsDialogueDone(completed=False)]


@pytest.mark.parametrize("at", [*range(len(QUESTIONS)), "keep"])
def test_cancel_at_each_step(at: int | str) -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    answered = QUESTIONS if at == "keep" else QUESTIONS[: int(at)]
    for _, _, field in answered:
        chat.say(ANSWERS[field] if field else "thanks")
    records_before = list(chat.records)
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.records == records_before
    assert saved(chat) == []


def test_a_too_long_answer_is_asked_for_again_shorter() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    assert chat.say("word " * 200) == ["parts-too-long", "parts-ask-voice"]
    assert chat.param("limit") == parts.TEXT_MAX
    assert chat.step == "parts.voice"
    assert chat.say("  You could   do better\nthan this ") == ["parts-ask-thanks"]
    assert chat.state is not None
    assert chat.state.data["voice"] == "You could do better than this"


def test_a_skip_button_from_an_earlier_question_does_not_skip_this_one() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    chat.say(ANSWERS["voice"])
    chat.tap("button-parts-thanked")
    assert chat.send(Chose("skip", "voice", "parts")) == ["parts-ask-protect"]
    assert chat.step == "parts.protect"


def test_blank_text_and_other_events_ask_again() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    assert chat.say("   ") == ["parts-ask-voice"]
    assert chat.send(Located("Europe/Paris")) == ["parts-ask-voice"]
    assert chat.sticker() == ["unsupported-in-flow"]
    assert chat.step == "parts.voice"


# --------------------------------------------------------------------------- revisiting


def test_a_kept_talk_is_offered_first_and_can_be_looked_at() -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK, {**KEPT_TALK, "id": 2}]})
    assert chat.command("/perfectionist") == ["parts-revisit-offer"]
    assert chat.param("created") == "2026-02-20"
    assert chat.labels == ["button-parts-look", "button-parts-new"]
    assert chat.tap("button-parts-look") == ["parts-last-time"]
    assert chat.param("voice") == "Not yet, not good enough"
    assert chat.param("has_fear") == "no"
    assert chat.param("has_needs") == "yes"
    assert chat.labels == ["button-parts-new", "button-parts-done"]
    assert chat.tap("button-parts-done") == ["parts-closed"]
    assert chat.state is None
    assert chat.records == []


def test_from_a_kept_talk_a_new_one_can_start() -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK]})
    chat.command("/perfectionist")
    assert chat.tap("button-parts-new") == ["parts-intro", "parts-ask-voice"]
    answer_all(chat)
    chat.tap("button-parts-keep")
    assert saved(chat) == [PartsDialogueSaved(**ANSWERS)]


@pytest.mark.parametrize(
    ("typed", "then"),
    [("look", ["parts-last-time"]), ("new", ["parts-intro", "parts-ask-voice"]),
     ("no thanks", ["parts-closed"]), ("what?", ["parts-revisit-offer"])],
)  # fmt: skip
def test_the_revisit_offer_understands_typing(typed: str, then: list[str]) -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK]})
    chat.command("/perfectionist")
    assert chat.say(typed) == then


def test_after_looking_typing_new_begins_and_unclear_shows_it_again() -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK]})
    chat.command("/perfectionist")
    chat.say("look")
    assert chat.say("hmm") == ["parts-last-time"]
    assert chat.say("start again") == ["parts-intro", "parts-ask-voice"]


def test_the_kept_talk_travels_in_the_state_not_in_later_data() -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK]})
    chat.command("/perfectionist")
    chat.data = {}
    assert chat.tap("button-parts-look") == ["parts-last-time"]
    assert chat.param("protecting") == "being judged"


@pytest.mark.parametrize(
    "data",
    [{}, {"parts_saved": []}, {"parts_saved": "nope"}, {"parts_saved": [{"id": 1}]},
     {"parts_saved": [{**KEPT_TALK, "voice": 3}]}],
)  # fmt: skip
def test_nothing_usable_kept_begins_a_new_talk(data: dict[str, Any]) -> None:
    chat = GuidedChat(data=data)
    assert chat.command("/perfectionist") == ["parts-intro", "parts-ask-voice"]


def test_a_malformed_entry_is_passed_over_for_the_next() -> None:
    chat = GuidedChat(data={"parts_saved": ["junk", KEPT_TALK]})
    assert chat.command("/perfectionist") == ["parts-revisit-offer"]


@pytest.mark.parametrize("step", ["revisit", "looked"])
def test_cancel_while_revisiting(step: str) -> None:
    chat = GuidedChat(data={"parts_saved": [KEPT_TALK]})
    chat.command("/perfectionist")
    if step == "looked":
        chat.tap("button-parts-look")
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.records == []


# --------------------------------------------------------------------------- reprompt


@pytest.mark.parametrize(
    ("step", "expected"),
    [("voice", ["parts-ask-voice"]), ("thanks", ["parts-ask-thanks"]),
     ("protect", ["parts-ask-protect"]), ("fear", ["parts-ask-fear"]),
     ("needs", ["parts-ask-needs"]), ("keep", ["parts-keep-offer"]),
     ("revisit", ["parts-revisit-offer"]), ("looked", ["parts-last-time"]),
     ("nowhere", ["parts-intro", "parts-ask-voice"])],
)  # fmt: skip
def test_reprompt_asks_the_current_step_again(step: str, expected: list[str]) -> None:
    state = FlowState("parts", step, {"last": {k: v for k, v in KEPT_TALK.items() if k != "id"}})
    ctx = Context(MONDAY_9, SET_UP)
    assert [r.message for r in parts.reprompt(state, ctx)] == expected


def test_a_paused_talk_picks_up_at_its_question() -> None:
    chat = GuidedChat()
    chat.command("/perfectionist")
    chat.say(ANSWERS["voice"])
    chat.wait(hours=7)
    assert chat.say("hello again") == ["resume-offer"]
    assert chat.tap("button-resume-continue") == ["parts-ask-thanks"]
    assert chat.step == "parts.thanks"


# --------------------------------------------------------------------------- property

_MOVES = st.one_of(
    st.builds(
        Chose,
        st.sampled_from(["skip", "stop", "thanked", "look", "new", "done", "keep", "dont_keep",
                         "forged"]),
        st.sampled_from(["", "voice", "thanks", "protect", "fear", "needs", "x"]),
        st.just("parts"),
    ),
    st.sampled_from(["skip", "stop here", "look", "new", "yes", "no", "", "a small thing",
                     "people would see my mistakes", "x" * 700]).map(Said),
    st.just(Located(None)),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    consent=st.booleans(),
    kept=st.booleans(),
    moves=st.lists(_MOVES, max_size=12),
)
def test_random_moves_never_raise_and_always_answer(
    consent: bool, kept: bool, moves: list[Event]
) -> None:
    profile = dataclasses.replace(SET_UP, consent=consent)
    chat = GuidedChat(profile, data={"parts_saved": [KEPT_TALK]} if kept else {})
    assert chat.command("/perfectionist")
    for move in moves:
        if chat.state is None or chat.state.flow != "parts":
            break
        assert chat.send(move), move
    if not consent:
        assert saved(chat) == []
    assert len(done(chat)) <= 1
