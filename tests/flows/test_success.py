"""Transcripts of `/success`: whose standards, which values, and this week on your terms."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import success
from flows.core import Chose, Context, Event, FlowState, Located, Said
from flows.success import VALUES, SuccessDefined, SuccessDone
from flows.turn import MENU_COMMANDS, STARTABLE
from messages import Catalog
from tests.flows.test_parts import MONDAY_9, NO_CONSENT, SET_UP, GuidedChat

ROOT = Path(__file__).resolve().parents[2]


def defined(chat: GuidedChat) -> list[SuccessDefined]:
    return [r for r in chat.records if isinstance(r, SuccessDefined)]


def done(chat: GuidedChat) -> list[SuccessDone]:
    return [r for r in chat.records if isinstance(r, SuccessDone)]


def toggles(chat: GuidedChat) -> dict[str, str]:
    """Each value's toggle on screen, as code → "yes"/"no"."""
    return {
        b.ref: str(b.params["on"])
        for b in chat.buttons
        if b.label.startswith("button-success-value-")
    }


def to_values(chat: GuidedChat) -> None:
    chat.command("/success")
    chat.say("my dad, mostly")
    assert chat.step == "success.values"


# --------------------------------------------------------------------------- registration


def test_the_flow_is_registered_with_its_command() -> None:
    assert success in STARTABLE
    assert success.COMMANDS == ("success",)
    assert MENU_COMMANDS.index("success") > MENU_COMMANDS.index("learn")


def test_there_are_ten_to_twelve_values_each_with_a_label(tmp_path: Path) -> None:
    (tmp_path / "en").symlink_to(ROOT / "messages" / "en")
    catalog = Catalog(tmp_path)
    assert 10 <= len(VALUES) <= 12
    for code in VALUES:
        label = f"button-success-value-{code}"
        assert catalog.has(label)
        on = catalog.render("en", label, {"on": "yes"}, html_escape=False)
        off = catalog.render("en", label, {"on": "no"}, html_escape=False)
        assert on.startswith("✅")
        assert not off.startswith("✅")
        assert len(code) <= 8


# --------------------------------------------------------------------------- the exercise


def test_a_whole_exercise_kept_with_consent() -> None:
    chat = GuidedChat()
    assert chat.command("/success") == ["success-intro", "success-ask-standards"]
    assert chat.labels == ["button-success-skip", "button-success-stop"]
    assert chat.say("my dad, mostly") == ["success-ask-values"]
    assert set(toggles(chat).values()) == {"no"}
    assert chat.labels[-3:] == [
        "button-success-add-own",
        "button-success-values-done",
        "button-success-stop",
    ]
    assert chat.tap("button-success-value-rest") == ["success-values-noted"]
    assert chat.param("count") == 1
    assert chat.tap("button-success-value-kind") == ["success-values-noted"]
    assert toggles(chat)["kind"] == "yes"
    assert toggles(chat)["rest"] == "yes"
    assert chat.tap("button-success-add-own") == ["success-ask-own"]
    assert chat.say("patience") == ["success-values-noted"]
    assert chat.param("count") == 3
    assert "button-success-own-value" in chat.labels
    assert chat.tap("button-success-values-done") == ["success-ask-week"]
    assert chat.labels == [
        "button-success-shapes",
        "button-success-skip",
        "button-success-stop",
    ]
    assert chat.say("one walk without my phone") == ["success-summary", "success-keep-offer"]
    assert chat.param("standards") == "my dad, mostly"
    assert chat.param("kind") == "yes"
    assert chat.param("rest") == "yes"
    assert chat.param("calm") == "no"
    assert chat.param("own") == "patience"
    assert chat.param("week") == "one walk without my phone"
    assert done(chat) == [SuccessDone(completed=True)]
    assert chat.tap("button-success-keep") == ["success-kept"]
    assert chat.state is None
    assert defined(chat) == [
        SuccessDefined(
            standards_from="my dad, mostly",
            values=("kind", "rest"),
            own_values=("patience",),
            this_week="one walk without my phone",
        )
    ]


def test_without_consent_the_summary_is_shown_but_nothing_kept() -> None:
    chat = GuidedChat(NO_CONSENT)
    to_values(chat)
    chat.tap("button-success-value-calm")
    chat.tap("button-success-values-done")
    assert chat.say("one walk") == ["success-summary", "success-not-kept"]
    assert chat.state is None
    assert defined(chat) == []
    assert done(chat) == [SuccessDone(completed=True)]


def test_with_consent_keeping_can_be_declined_by_typing() -> None:
    chat = GuidedChat()
    to_values(chat)
    chat.tap("button-success-values-done")
    chat.say("one walk")
    assert chat.say("what?") == ["success-keep-unclear"]
    assert chat.say("no thanks") == ["success-not-kept-choice"]
    assert defined(chat) == []


def test_values_toggle_on_and_off() -> None:
    chat = GuidedChat()
    to_values(chat)
    chat.tap("button-success-value-play")
    chat.tap("button-success-value-honest")
    assert chat.tap("button-success-value-play") == ["success-values-noted"]
    assert toggles(chat)["play"] == "no"
    assert toggles(chat)["honest"] == "yes"
    assert chat.param("count") == 1
    chat.tap("button-success-values-done")
    chat.tap("button-success-skip")
    chat.tap("button-success-keep")
    assert defined(chat)[0].values == ("honest",)


def test_values_are_kept_in_list_order_whatever_the_tapping_order() -> None:
    chat = GuidedChat()
    to_values(chat)
    for code in ("calm", "kind", "learn"):
        chat.tap(f"button-success-value-{code}")
    chat.tap("button-success-values-done")
    chat.tap("button-success-skip")
    chat.tap("button-success-keep")
    assert defined(chat)[0].values == ("kind", "learn", "calm")


@pytest.mark.parametrize(
    ("typed", "codes"),
    [("rest", {"rest"}), ("Rest and play", {"rest", "play"}), ("kindness, calm", {"kind", "calm"}),
     ("curiosidad y salud", {"curious", "health"})],
)  # fmt: skip
def test_known_values_can_be_typed(typed: str, codes: set[str]) -> None:
    chat = GuidedChat()
    to_values(chat)
    assert chat.say(typed) == ["success-values-noted"]
    assert {code for code, on in toggles(chat).items() if on == "yes"} == codes
    assert chat.say(typed) == ["success-values-noted"]  # typing again never turns one off
    assert {code for code, on in toggles(chat).items() if on == "yes"} == codes


def test_own_values_typed_on_the_list_removed_by_tap_and_capped() -> None:
    chat = GuidedChat()
    to_values(chat)
    assert chat.say("being there for friends") == ["success-values-noted"]
    chat.tap("button-success-add-own")
    chat.say("patience")
    chat.tap("button-success-add-own")
    assert chat.say("Patience") == ["success-values-noted"]  # the same one twice is kept once
    chat.tap("button-success-add-own")
    chat.say("humour")
    assert "button-success-add-own" not in chat.labels
    assert chat.say("silliness") == ["success-own-full"]
    own = [b for b in chat.buttons if b.label == "button-success-own-value"]
    assert [b.params["value"] for b in own] == ["being there for friends", "patience", "humour"]
    chat.tap("button-success-own-value", 1)
    own = [b for b in chat.buttons if b.label == "button-success-own-value"]
    assert [b.params["value"] for b in own] == ["being there for friends", "humour"]
    chat.tap("button-success-values-done")
    chat.tap("button-success-skip")
    assert chat.param("own") == "being there for friends · humour"
    chat.tap("button-success-keep")
    assert defined(chat)[0].own_values == ("being there for friends", "humour")
    assert defined(chat)[0].values == ()


def test_a_long_sentence_on_the_list_is_not_taken_for_a_value() -> None:
    chat = GuidedChat()
    to_values(chat)
    assert chat.say("I am not sure what to choose here really") == ["success-values-unclear"]
    assert chat.step == "success.values"
    chat.tap("button-success-add-own")
    assert chat.say("x" * 80) == ["success-own-too-long"]
    assert chat.param("limit") == success.OWN_MAX
    assert chat.step == "success.own"
    assert chat.say("a calm, unhurried morning routine") == ["success-values-noted"]


@pytest.mark.parametrize("how", ["tap", "back", "skip"])
def test_the_own_value_question_can_be_left(how: str) -> None:
    chat = GuidedChat()
    to_values(chat)
    chat.tap("button-success-add-own")
    if how == "tap":
        chat.tap("button-success-own-back")
    else:
        chat.say(how)
    assert chat.ids == ["success-ask-values"]
    assert chat.step == "success.values"


@pytest.mark.parametrize("how", ["tap", "typed"])
def test_stuck_shapes_then_an_answer(how: str) -> None:
    chat = GuidedChat()
    to_values(chat)
    chat.say("done")
    assert chat.step == "success.week"
    if how == "tap":
        assert chat.tap("button-success-shapes") == ["success-week-shapes"]
    else:
        assert chat.say("I'm stuck") == ["success-week-shapes"]
    assert chat.step == "success.week"
    assert "button-success-skip" in chat.labels
    assert chat.say("This week, success means one rough draft, even if it's messy") == [
        "success-summary",
        "success-keep-offer",
    ]


@pytest.mark.parametrize("skipped", ["standards", "values", "week"])
@pytest.mark.parametrize("how", ["tap", "typed"])
def test_each_step_can_be_skipped(skipped: str, how: str) -> None:
    chat = GuidedChat()
    chat.command("/success")
    if skipped == "standards":
        chat.tap("button-success-skip") if how == "tap" else chat.say("skip")
    else:
        chat.say("my dad, mostly")
    assert chat.step == "success.values"
    if skipped == "values":
        chat.tap("button-success-values-done") if how == "tap" else chat.say("skip")
    else:
        chat.tap("button-success-value-courage")
        chat.tap("button-success-values-done")
    assert chat.step == "success.week"
    if skipped == "week":
        chat.tap("button-success-skip") if how == "tap" else chat.say("pass")
    else:
        chat.say("asking one question in the meeting")
    assert chat.ids == ["success-summary", "success-keep-offer"]
    flag = {"standards": "has_standards", "values": "has_values", "week": "has_week"}[skipped]
    assert chat.param(flag) == "no"
    chat.tap("button-success-keep")
    record = defined(chat)[0]
    assert (record.standards_from == "") == (skipped == "standards")
    assert (record.values == ()) == (skipped == "values")
    assert (record.this_week == "") == (skipped == "week")


def test_skipping_everything_ends_warmly_with_nothing_to_keep() -> None:
    chat = GuidedChat()
    chat.command("/success")
    chat.tap("button-success-skip")
    chat.tap("button-success-values-done")
    assert chat.tap("button-success-skip") == ["success-summary-empty"]
    assert chat.state is None
    assert defined(chat) == []
    assert done(chat) == [SuccessDone(completed=True)]


@pytest.mark.parametrize("at", ["standards", "values", "own", "week"])
@pytest.mark.parametrize("how", ["tap", "stop here"])
def test_stop_here_at_each_step(at: str, how: str) -> None:
    chat = GuidedChat()
    chat.command("/success")
    if at != "standards":
        chat.say("my dad, mostly")
    if at == "own":
        chat.tap("button-success-add-own")
    if at == "week":
        chat.tap("button-success-values-done")
    assert chat.step == f"success.{at}"
    if how == "tap":
        chat.tap("button-success-stop")
    else:
        chat.say(how)
    assert chat.ids == ["success-stopped"]
    assert chat.state is None
    assert defined(chat) == []
    assert done(chat) == [SuccessDone(completed=False)]


@pytest.mark.parametrize("at", ["standards", "values", "own", "week", "keep"])
def test_cancel_at_each_step(at: str) -> None:
    chat = GuidedChat()
    chat.command("/success")
    if at != "standards":
        chat.say("my dad, mostly")
    if at == "own":
        chat.tap("button-success-add-own")
    if at in {"week", "keep"}:
        chat.tap("button-success-values-done")
    if at == "keep":
        chat.say("one walk")
    records_before = list(chat.records)
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.records == records_before
    assert defined(chat) == []


def test_taps_that_do_not_belong_here_ask_again() -> None:
    chat = GuidedChat()
    chat.command("/success")
    assert chat.send(Chose("skip", "week", "success")) == ["success-ask-standards"]
    chat.say("my dad, mostly")
    assert chat.send(Chose("value", "nonsense", "success")) == ["success-ask-values"]
    chat.tap("button-success-values-done")
    assert chat.send(Chose("value", "rest", "success")) == ["success-ask-week"]
    assert chat.send(Located(None)) == ["success-ask-week"]
    assert chat.say("y" * 700) == ["success-too-long", "success-ask-week"]


@pytest.mark.parametrize(
    ("step", "expected"),
    [("standards", ["success-ask-standards"]), ("values", ["success-ask-values"]),
     ("own", ["success-ask-own"]), ("week", ["success-ask-week"]),
     ("keep", ["success-keep-offer"]), ("nowhere", ["success-intro", "success-ask-standards"])],
)  # fmt: skip
def test_reprompt_asks_the_current_step_again(step: str, expected: list[str]) -> None:
    state = FlowState("success", step, {"values": ["rest"], "own": ["patience"]})
    assert [r.message for r in success.reprompt(state, Context(MONDAY_9, SET_UP))] == expected


# --------------------------------------------------------------------------- property

_MOVES = st.one_of(
    st.builds(
        Chose,
        st.sampled_from(["skip", "stop", "shapes", "value", "unown", "add", "back", "done",
                         "keep", "dont_keep", "forged"]),
        st.sampled_from(["", "standards", "week", "rest", "calm", "0", "1", "7", "x"]),
        st.just("success"),
    ),
    st.sampled_from(["skip", "stop", "done", "rest and play", "patience", "stuck", "yes", "no",
                     "", "one walk", "z" * 700, "a b c d e f"]).map(Said),
    st.just(Located(None)),
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(consent=st.booleans(), moves=st.lists(_MOVES, max_size=14))
def test_random_moves_never_raise_and_always_answer(consent: bool, moves: list[Event]) -> None:
    chat = GuidedChat(dataclasses.replace(SET_UP, consent=consent))
    assert chat.command("/success")
    for move in moves:
        if chat.state is None or chat.state.flow != "success":
            break
        assert chat.send(move), move
        if chat.state is not None and chat.state.flow == "success":
            assert len(success._own(chat.state.data)) <= success.OWN_MOST
    if not consent:
        assert defined(chat) == []
    assert len(done(chat)) <= 1
