"""Transcripts of `/learn`: the topics, their doors onward, and `/learn <keyword>`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import learn
from flows.core import Chose, Context, Event, FlowState, Located, Said
from flows.turn import MENU_COMMANDS, STARTABLE
from messages import Catalog
from tests.flows.test_parts import MONDAY_9, SET_UP, GuidedChat

ROOT = Path(__file__).resolve().parents[2]
TOPIC_LABELS = [topic.label for topic in learn.TOPICS]
#: Each topic, the door it ends with, and what that door opens.
DOORS = [
    ("all_or_nothing", "reframe", "reframe.capture"),
    ("critic", "practice", "practice.list"),
    ("burnout", "goal", "goal.task"),
    ("control", "success", "success.standards"),
    ("roots", "perfectionist", "parts.voice"),
]


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """The English copy alone, so these checks do not wait on other locales."""
    root = tmp_path_factory.mktemp("catalog")
    (root / "en").symlink_to(ROOT / "messages" / "en")
    return Catalog(root)


def topic_of(key: str) -> learn.Topic:
    return next(topic for topic in learn.TOPICS if topic.key == key)


# --------------------------------------------------------------------------- registration


def test_the_flow_is_registered_right_after_practice() -> None:
    assert learn in STARTABLE
    assert learn.COMMANDS == ("learn",)
    at = MENU_COMMANDS.index("practice")
    assert MENU_COMMANDS[at + 1 : at + 4] == ("learn", "perfectionist", "success")


@pytest.mark.parametrize("topic", learn.TOPICS, ids=lambda t: t.key)
def test_each_topic_reads_in_a_minute(topic: learn.Topic, english: Catalog) -> None:
    for message in (topic.message, topic.label, topic.door_label):
        assert english.has(message), message
    words = re.sub(r"<[^>]+>", "", english.render("en", topic.message)).split()
    assert 80 <= len(words) <= 180


# --------------------------------------------------------------------------- the menu


def test_the_menu_lists_every_topic() -> None:
    chat = GuidedChat()
    assert chat.command("/learn") == ["learn-menu"]
    assert chat.labels == [*TOPIC_LABELS, "button-learn-done"]
    assert chat.step == "learn.menu"


@pytest.mark.parametrize(("key", "door", "opens"), DOORS)
def test_each_topic_ends_with_its_door(key: str, door: str, opens: str) -> None:
    chat = GuidedChat()
    chat.command("/learn")
    topic = topic_of(key)
    assert chat.tap(topic.label) == [topic.message]
    assert chat.step == "learn.topic"
    assert chat.labels == [topic.door_label, "button-learn-another", "button-learn-done"]
    door_button = chat.buttons[0]
    assert (door_button.action, door_button.ref, door_button.flow) == ("open", door, "menu")
    chat.tap(topic.door_label)
    assert chat.step == opens


def test_another_topic_and_done() -> None:
    chat = GuidedChat()
    chat.command("/learn critic")
    assert chat.tap("button-learn-another") == ["learn-menu"]
    assert chat.tap("button-learn-topic-roots") == ["learn-topic-roots"]
    assert chat.tap("button-learn-done") == ["learn-closed"]
    assert chat.state is None
    assert chat.records == []


def test_done_from_the_menu() -> None:
    chat = GuidedChat()
    chat.command("/learn")
    assert chat.tap("button-learn-done") == ["learn-closed"]
    assert chat.state is None


@pytest.mark.parametrize(
    ("args", "key"),
    [("critic", "critic"), ("inner critic", "critic"), ("all or nothing", "all_or_nothing"),
     ("All-or-nothing", "all_or_nothing"), ("procrastination", "burnout"),
     ("burnout", "burnout"), ("control", "control"), ("why", "roots"),
     ("why do I procrastinate", "burnout"), ("crítico", "critic"),
     ("todo o nada", "all_or_nothing"),
     ("procrastinación", "burnout"), ("agotamiento", "burnout"), ("relaciones", "control"),
     ("¿por qué?", "roots"), ("3", "burnout")],
)  # fmt: skip
def test_learn_with_a_keyword_opens_that_topic(args: str, key: str) -> None:
    chat = GuidedChat()
    assert chat.command(f"/learn {args}") == [topic_of(key).message]
    assert chat.step == "learn.topic"


@pytest.mark.parametrize("args", ["astronomy", "9", "0"])
def test_an_unknown_keyword_shows_the_menu(args: str) -> None:
    chat = GuidedChat()
    assert chat.command(f"/learn {args}") == ["learn-unknown"]
    assert chat.labels == [*TOPIC_LABELS, "button-learn-done"]
    assert chat.step == "learn.menu"


@pytest.mark.parametrize(
    ("typed", "then", "step"),
    [("burnout", ["learn-topic-burnout"], "learn.topic"),
     ("2", ["learn-topic-critic"], "learn.topic"),
     ("no, the critic one", ["learn-topic-critic"], "learn.topic"),
     ("hmm", ["learn-menu-unclear"], "learn.menu"),
     ("no thanks", ["learn-closed"], None),
     ("done", ["learn-closed"], None)],
)  # fmt: skip
def test_typing_on_the_menu(typed: str, then: list[str], step: str | None) -> None:
    chat = GuidedChat()
    chat.command("/learn")
    assert chat.say(typed) == then
    assert chat.step == step


@pytest.mark.parametrize(
    ("typed", "then", "step"),
    [("another", ["learn-menu"], "learn.menu"),
     ("otro tema", ["learn-menu"], "learn.menu"),
     ("control", ["learn-topic-control"], "learn.topic"),
     ("that was interesting", ["learn-topic-unclear"], "learn.topic"),
     ("gracias", ["learn-closed"], None)],
)  # fmt: skip
def test_typing_after_a_topic(typed: str, then: list[str], step: str | None) -> None:
    chat = GuidedChat()
    chat.command("/learn critic")
    assert chat.say(typed) == then
    assert chat.step == step
    if then == ["learn-topic-unclear"]:
        assert chat.labels == ["button-learn-another", "button-learn-done"]


def test_other_events_show_the_current_screen_again() -> None:
    chat = GuidedChat()
    chat.command("/learn roots")
    assert chat.send(Located(None)) == ["learn-topic-roots"]
    assert chat.send(Chose("topic", "nonsense", "learn")) == ["learn-topic-roots"]
    assert chat.say("  ") == ["learn-topic-roots"]
    assert chat.sticker() == ["unsupported-in-flow"]


@pytest.mark.parametrize("where", ["menu", "topic"])
def test_cancel_at_each_step(where: str) -> None:
    chat = GuidedChat()
    chat.command("/learn" if where == "menu" else "/learn why")
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None


@pytest.mark.parametrize(
    ("state", "expected"),
    [(FlowState("learn", "menu"), ["learn-menu"]),
     (FlowState("learn", "topic", {"topic": "control"}), ["learn-topic-control"]),
     (FlowState("learn", "topic", {"topic": "gone"}), ["learn-menu"])],
)  # fmt: skip
def test_reprompt_shows_the_current_screen(state: FlowState, expected: list[str]) -> None:
    assert [r.message for r in learn.reprompt(state, Context(MONDAY_9, SET_UP))] == expected


# --------------------------------------------------------------------------- property

_MOVES = st.one_of(
    st.builds(
        Chose,
        st.sampled_from(["topic", "more", "done", "open", "forged"]),
        st.sampled_from(["", "critic", "roots", "burnout", "x"]),
        st.just("learn"),
    ),
    st.sampled_from(["critic", "why", "another", "done", "", "hmm", "7", "no"]).map(Said),
    st.just(Located(None)),
)


@settings(max_examples=150, deadline=None)
@given(
    args=st.sampled_from(["", "critic", "nothing known", "5"]), moves=st.lists(_MOVES, max_size=12)
)
def test_random_moves_never_raise_and_always_answer(args: str, moves: list[Event]) -> None:
    chat = GuidedChat()
    assert chat.command(f"/learn {args}".strip())
    for move in moves:
        if chat.state is None or chat.state.flow != "learn":
            break
        assert chat.send(move), move
    assert chat.records == []
