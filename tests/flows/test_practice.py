"""Transcripts of `/practice` and of each practice in the library, walked and set down."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import practice, practices
from flows.core import Chose, Profile, Said
from flows.practice import PracticeDone, PracticeNote
from messages import load_catalog
from tests.flows.test_checkin import NO_CONSENT, SET_UP, DataChat

KEYS = list(practices.LIBRARY)


def walk_to_the_end(chat: DataChat) -> None:
    while "button-practice-next" in chat.labels:
        chat.tap("button-practice-next")
    chat.tap("button-practice-done")


def test_practice_lists_the_library_as_buttons() -> None:
    chat = DataChat()
    assert chat.command("/practice") == ["practice-list"]
    assert chat.labels == [p.label for p in practices.LIBRARY.values()] + [
        "button-practice-not-now"
    ]
    assert chat.step == "practice.list"


@pytest.mark.parametrize("key", KEYS)
def test_each_practice_walked_to_the_end(key: str) -> None:
    steps = practices.LIBRARY[key].steps
    assert 2 <= len(steps) <= 3
    chat = DataChat()
    chat.command("/practice")
    assert chat.tap(practices.LIBRARY[key].label) == [steps[0].message]
    assert [r.rotate for r in chat.replies] == [True]
    seen = [steps[0].message]
    while "button-practice-next" in chat.labels:
        assert "button-practice-stop" in chat.labels
        seen += chat.tap("button-practice-next")
        assert [r.rotate for r in chat.replies] == [True]
    assert seen == [s.message for s in steps]
    assert chat.labels == ["button-practice-done"]
    assert chat.records == []
    assert chat.tap("button-practice-done") == ["practice-finished"]
    assert chat.replies[0].rotate is False
    assert chat.records == [PracticeDone(key, completed=True)]
    assert chat.state is None
    assert chat.tap("button-practice-another") == ["practice-list"]


@pytest.mark.parametrize("key", KEYS)
def test_each_practice_stopped_half_way(key: str) -> None:
    chat = DataChat()
    chat.command(f"/practice {key}")
    assert chat.tap("button-practice-stop") == ["practice-stopped"]
    assert chat.records == [PracticeDone(key, completed=False)]
    assert chat.state is None


@pytest.mark.parametrize(
    ("args", "key"),
    [
        ("breaths", practices.THREE_BREATHS),
        ("three_breaths", practices.THREE_BREATHS),
        ("self-compassion break", practices.SELF_COMPASSION_BREAK),
        ("kind friend letter", practices.KIND_FRIEND_LETTER),
        ("friend", practices.FRIEND_VIEW),
        ("soothing touch", practices.SOOTHING_TOUCH),
        ("good enough", practices.GOOD_ENOUGH_TODAY),
        ("rest", practices.REST_PERMISSION),
        ("2", practices.KIND_FRIEND_LETTER),
    ],
)
def test_practice_with_a_name_starts_it_directly(args: str, key: str) -> None:
    chat = DataChat()
    assert chat.command(f"/practice {args}") == [practices.LIBRARY[key].steps[0].message]
    assert chat.step == "practice.doing"


def test_an_unknown_name_shows_the_list() -> None:
    chat = DataChat()
    assert chat.command("/practice juggling") == ["practice-unknown"]
    assert chat.tap("button-practice-three-breaths") == ["practice-three-breaths-1"]


def test_the_list_accepts_typing() -> None:
    chat = DataChat()
    chat.command("/practice")
    assert chat.say("hmm") == ["practice-list-unclear"]
    assert chat.say("rest please") == ["practice-rest-permission-1"]


@pytest.mark.parametrize("how", ["tap", "no thanks", "not now"])
def test_the_list_can_be_closed(how: str) -> None:
    chat = DataChat()
    chat.command("/practice")
    ids = chat.tap("button-practice-not-now") if how == "tap" else chat.say(how)
    assert ids == ["practice-closed"]
    assert chat.state is None
    assert chat.records == []


def test_good_enough_words_are_kept_with_consent() -> None:
    chat = DataChat(SET_UP)
    chat.command("/practice good enough")
    assert chat.say("I replied to one email") == ["practice-kept", "practice-good-enough-today-2"]
    assert [r.rotate for r in chat.replies] == [False, True]
    assert chat.records == [PracticeNote(practices.GOOD_ENOUGH_TODAY, "I replied to one email")]
    chat.tap("button-practice-done")
    assert chat.records[-1] == PracticeDone(practices.GOOD_ENOUGH_TODAY, completed=True)


def test_good_enough_words_are_not_kept_without_consent() -> None:
    chat = DataChat(NO_CONSENT)
    chat.command("/practice good enough")
    assert chat.say("I replied to one email") == ["practice-heard", "practice-good-enough-today-2"]
    assert chat.records == []


def test_words_in_other_practices_are_welcome_but_not_kept() -> None:
    chat = DataChat(SET_UP)
    chat.command("/practice friend")
    chat.tap("button-practice-next")
    assert chat.say("You did your best with what you had") == [
        "practice-heard",
        "practice-friend-view-3",
    ]
    assert chat.records == []


def test_typing_on_the_last_step_finishes() -> None:
    chat = DataChat(NO_CONSENT)
    chat.command("/practice rest")
    chat.tap("button-practice-next")
    assert chat.say("a short walk") == ["practice-heard", "practice-finished"]
    assert chat.records == [PracticeDone(practices.REST_PERMISSION, completed=True)]


@pytest.mark.parametrize(("text", "ends"), [("next", False), ("ok", False), ("stop", True)])
def test_typed_next_and_stop(text: str, ends: bool) -> None:
    chat = DataChat()
    chat.command("/practice breaths")
    ids = chat.say(text)
    if ends:
        assert ids == ["practice-stopped"]
        assert chat.records == [PracticeDone(practices.THREE_BREATHS, completed=False)]
    else:
        assert ids == ["practice-three-breaths-2"]


def test_a_second_tap_on_an_old_next_does_not_skip_a_step() -> None:
    chat = DataChat()
    chat.command("/practice breaths")
    chat.tap("button-practice-next")
    assert chat.send(Chose("next", "0", "practice")) == ["practice-three-breaths-2"]
    assert chat.state is not None
    assert chat.state.data["at"] == 1


def test_stopping_part_way_through_a_later_step() -> None:
    chat = DataChat()
    chat.command("/practice self compassion")
    chat.tap("button-practice-next")
    assert chat.tap("button-practice-stop") == ["practice-stopped"]
    assert chat.records == [PracticeDone(practices.SELF_COMPASSION_BREAK, completed=False)]


@pytest.mark.parametrize("where", ["list", "first", "middle"])
def test_cancel_at_each_step(where: str) -> None:
    chat = DataChat()
    chat.command("/practice" if where == "list" else "/practice letter")
    if where == "middle":
        chat.tap("button-practice-next")
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.records == []


def test_sticker_mid_practice_keeps_the_step() -> None:
    chat = DataChat()
    chat.command("/practice touch")
    assert chat.sticker() == ["unsupported-in-flow"]
    assert chat.step == "practice.doing"


def test_reprompt_shows_the_current_step_or_the_list() -> None:
    chat = DataChat()
    chat.command("/practice")
    assert chat.state is not None
    assert [r.message for r in practice.reprompt(chat.state, chat.ctx)] == ["practice-list"]
    chat.say("letter")
    chat.tap("button-practice-next")
    assert chat.state is not None
    again = practice.reprompt(chat.state, chat.ctx)
    assert [(r.message, r.rotate) for r in again] == [("practice-kind-friend-letter-2", True)]


def test_practice_door_from_anywhere() -> None:
    chat = DataChat()
    chat.command("/pause")
    assert chat.send(Chose("open", "practice", "menu")) == ["practice-list"]


def test_every_practice_has_its_copy() -> None:
    catalog = load_catalog()
    for p in practices.LIBRARY.values():
        assert catalog.has(p.label)
        for step in p.steps:
            # The family name is also a plain message: the fallback the catalog scan expects.
            assert catalog.has(step.message)
            members = catalog.family(step.message)
            assert len(members) >= 3, step.message
            for member in (step.message, *members):
                assert catalog.placeholders(member) == frozenset(), member
    assert catalog.has("command-practice")


def test_a_step_shown_again_still_rotates() -> None:
    chat = DataChat()
    chat.command("/practice breaths")
    assert chat.send(Chose("next", "7", "practice")) == ["practice-three-breaths-1"]
    assert chat.replies[0].rotate is True
    assert chat.sticker() == ["unsupported-in-flow"]
    assert chat.say("") == ["practice-use-buttons", "practice-three-breaths-1"]
    assert [r.rotate for r in chat.replies] == [False, True]


def test_only_good_enough_keeps_words() -> None:
    keeping = [p.key for p in practices.LIBRARY.values() if p.keeps_text]
    assert keeping == [practices.GOOD_ENOUGH_TODAY]


@settings(max_examples=100, deadline=None)
@given(
    consent=st.booleans(),
    key=st.sampled_from(KEYS),
    moves=st.lists(
        st.one_of(
            st.sampled_from(["next", "stop", "done", "pick", "close", "forged"]).map(
                lambda a: Chose(a, "", "practice")
            ),
            st.builds(
                Chose,
                st.sampled_from(["next", "stop", "done", "pick"]),
                st.sampled_from(["0", "1", "2", "7", *KEYS]),
                st.just("practice"),
            ),
            st.sampled_from(["next", "stop", "ok", "a small thing", "", "3"]).map(Said),
        ),
        max_size=10,
    ),
)
def test_random_moves_through_a_practice_never_raise_and_always_answer(
    consent: bool, key: str, moves: list[Chose | Said]
) -> None:
    chat = DataChat(Profile(checkin_time="08:30", consent=consent, onboarded=True))
    assert chat.command(f"/practice {key}")
    for move in moves:
        assert chat.send(move), move
    done = [r for r in chat.records if isinstance(r, PracticeDone)]
    assert len(done) <= len(moves)
