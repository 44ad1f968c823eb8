"""Transcripts of the daily check-in, its nudge, and `/pause`, `/resume`, `/stop`."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows import checkin, practices, schedule_commands
from flows.checkin import (
    CheckInLogged,
    CheckInNote,
    NudgeAnswered,
    SkippedToday,
    Snoozed,
)
from flows.core import (
    Chose,
    Event,
    Profile,
    Said,
    Started,
)
from flows.practice import PracticeDone
from flows.schedule_commands import (
    CheckinDaysSet,
    CheckinsPaused,
    CheckinsResumed,
    CheckinsStopped,
    parse_days,
)
from flows.turn import MENU_COMMANDS
from messages import load_catalog
from tests.transcript import Chat

SET_UP = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=True, onboarded=True)
NO_CONSENT = Profile(zone_key="Europe/Berlin", checkin_time="08:30", consent=False, onboarded=True)
NO_TIME = Profile(zone_key="Europe/Berlin", checkin_time="off", consent=True, onboarded=True)
HARSH_DOOR = "button-checkin-reframe"


class DataChat(Chat):
    """The transcript harness for a set-up user, and the nudge as the router starts it."""

    def __init__(self, profile: Profile = SET_UP, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(profile, data=data)

    def nudge(self) -> list[str]:
        """The scheduled check-in arrives (the router calls `start_nudge` for it)."""
        return self.apply(checkin.start_nudge(self.ctx))


def offer_id(key: str) -> str:
    return f"checkin-offer-{key.replace('_', '-')}"


# --- The two-tap check-in ---


FITS = [
    (1, 1, practices.SELF_COMPASSION_BREAK, True),
    (2, 2, practices.SELF_COMPASSION_BREAK, True),
    (5, 4, practices.SELF_COMPASSION_BREAK, True),
    (3, 4, practices.SELF_COMPASSION_BREAK, True),
    (3, 3, practices.FRIEND_VIEW, False),
    (4, 3, practices.FRIEND_VIEW, False),
    (3, 1, practices.THREE_BREATHS, False),
    (3, 2, practices.THREE_BREATHS, False),
    (4, 1, practices.GOOD_ENOUGH_TODAY, False),
    (5, 2, practices.GOOD_ENOUGH_TODAY, False),
]


@pytest.mark.parametrize(("kindness", "critic", "key", "harsh"), FITS)
def test_two_taps_log_the_checkin_and_offer_a_practice_that_fits(
    kindness: int, critic: int, key: str, harsh: bool
) -> None:
    chat = DataChat()
    assert chat.command("/checkin") == ["checkin-ask-kindness"]
    assert chat.tap(f"button-checkin-kindness-{kindness}") == ["checkin-ask-critic"]
    assert chat.records == []
    assert chat.tap(f"button-checkin-critic-{critic}") == [offer_id(key)]
    assert chat.records == [CheckInLogged(kindness, critic, key, scheduled=False)]
    assert chat.step == "checkin.offer"
    assert "button-checkin-begin" in chat.labels
    assert "button-checkin-not-now" in chat.labels
    assert (HARSH_DOOR in chat.labels) is harsh


def test_the_harsh_thought_door_opens_the_reframe_command_from_the_menu() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-1")
    chat.tap("button-checkin-critic-4")
    door = next(b for b in chat.buttons if b.label == HARSH_DOOR)
    assert (door.action, door.ref, door.flow) == ("open", "reframe", "menu")


@pytest.mark.parametrize(("kindness", "critic", "key", "harsh"), FITS)
def test_the_offered_practice_runs_from_the_checkin(
    kindness: int, critic: int, key: str, harsh: bool
) -> None:
    del harsh
    chat = DataChat()
    chat.command("/checkin")
    chat.tap(f"button-checkin-kindness-{kindness}")
    chat.tap(f"button-checkin-critic-{critic}")
    first = practices.LIBRARY[key].steps[0].message
    assert chat.tap("button-checkin-begin") == [first]
    assert chat.step == "practice.doing"
    while "button-practice-next" in chat.labels:
        chat.tap("button-practice-next")
    assert chat.tap("button-practice-done") == ["practice-finished"]
    assert chat.records[-1] == PracticeDone(key, completed=True)
    assert chat.state is None


def test_not_now_closes_kindly_and_records_no_practice() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-3")
    chat.tap("button-checkin-critic-2")
    assert chat.tap("button-checkin-not-now") == ["checkin-closing"]
    assert chat.state is None
    assert not any(isinstance(r, PracticeDone) for r in chat.records)


@pytest.mark.parametrize(("text", "started"), [("yes", True), ("sure", True), ("no", False)])
def test_the_offer_can_be_answered_by_typing(text: str, started: bool) -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-4")
    chat.tap("button-checkin-critic-1")
    ids = chat.say(text)
    if started:
        assert ids == ["practice-good-enough-today-1"]
    else:
        assert ids == ["checkin-closing"]


# --- Typed answers ---


@pytest.mark.parametrize(
    ("text", "kindness"),
    [
        ("1", 1),
        ("5", 5),
        ("pretty harshly", 1),
        ("harsh", 2),
        ("a bit harsh", 2),
        ("kind of harsh", 2),
        ("I've been pretty hard on myself", 1),
        ("ok", 3),
        ("Okay.", 3),
        ("somewhere in between", 3),
        ("so-so", 3),
        ("kind", 4),
        ("fairly kindly", 4),
        ("really kindly", 5),
        ("not great", 2),
        ("not harsh at all", 4),
        ("bien", 4),
        ("muy mal", 1),
    ],
)
def test_typed_kindness_maps_onto_the_scale(text: str, kindness: int) -> None:
    chat = DataChat()
    chat.command("/checkin")
    assert chat.say(text) == ["checkin-ask-critic"]
    chat.tap("button-checkin-critic-2")
    logged = chat.records[-1]
    assert isinstance(logged, CheckInLogged)
    assert logged.kindness == kindness


@pytest.mark.parametrize(
    ("text", "critic"),
    [
        ("4", 4),
        ("quiet", 1),
        ("murmuring", 2),
        ("a little", 2),
        ("loud", 3),
        ("very loud", 4),
        ("really loud today", 4),
        ("not loud", 2),
        ("non-stop", 4),
    ],
)
def test_typed_critic_maps_onto_the_scale(text: str, critic: int) -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-3")
    ids = chat.say(text)
    logged = chat.records[-1]
    assert isinstance(logged, CheckInLogged)
    assert logged.critic == critic
    assert ids == [offer_id(logged.practice or "")]


def test_a_whole_checkin_by_typing() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.say("2")
    assert chat.say("loud") == [offer_id(practices.SELF_COMPASSION_BREAK)]
    assert chat.records == [CheckInLogged(2, 3, practices.SELF_COMPASSION_BREAK, False)]


def test_typed_skip_passes_a_question_without_a_note() -> None:
    chat = DataChat()
    chat.command("/checkin")
    assert chat.say("skip") == ["checkin-ask-critic"]
    assert chat.say("not sure") == [offer_id(practices.THREE_BREATHS)]
    assert chat.records == [CheckInLogged(None, None, practices.THREE_BREATHS, False)]


# --- Notes ---


NOTE = "Long day of meetings and a deadline moved up"


def test_a_note_at_the_first_question_is_kept_with_consent_and_moves_on() -> None:
    chat = DataChat(SET_UP)
    chat.command("/checkin")
    assert chat.say(NOTE) == ["checkin-note-kept", "checkin-ask-critic"]
    assert chat.records == [CheckInNote(NOTE)]
    assert chat.state is not None
    assert chat.state.data["notes"] == [NOTE]
    chat.tap("button-checkin-critic-1")
    assert chat.records[-1] == CheckInLogged(None, 1, practices.THREE_BREATHS, False)


@pytest.mark.parametrize("consent", [False, None])
def test_a_note_without_consent_is_heard_but_not_recorded(consent: bool | None) -> None:
    profile = Profile(
        zone_key="Europe/Berlin", checkin_time="08:30", consent=consent, onboarded=True
    )
    chat = DataChat(profile)
    chat.command("/checkin")
    assert chat.say(NOTE) == ["checkin-note-heard", "checkin-ask-critic"]
    assert chat.state is not None
    assert chat.state.data["notes"] == [NOTE]
    chat.tap("button-checkin-critic-3")
    assert not any(isinstance(r, CheckInNote) for r in chat.records)
    assert chat.records == [CheckInLogged(None, 3, practices.FRIEND_VIEW, False)]


def test_a_note_at_the_second_question_finishes_the_checkin() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-4")
    assert chat.say("It comes and goes with work") == [
        "checkin-note-kept",
        offer_id(practices.GOOD_ENOUGH_TODAY),
    ]
    assert chat.records == [
        CheckInNote("It comes and goes with work"),
        CheckInLogged(4, None, practices.GOOD_ENOUGH_TODAY, False),
    ]


# --- Tiredness ---


@pytest.mark.parametrize(
    "text",
    [
        "so tired today",
        "exhausted",
        "Drained.",
        "a bit burnt out",
        "burned-out",
        "agotada",
        "muy cansado",
        "estoy agotad@",
    ],
)
def test_words_of_tiredness_bring_the_permission_slip_to_rest(text: str) -> None:
    chat = DataChat()
    chat.command("/checkin")
    assert chat.say(text) == ["checkin-note-kept", "checkin-ask-critic"]
    assert chat.tap("button-checkin-critic-1") == [offer_id(practices.REST_PERMISSION)]
    assert chat.records[-1] == CheckInLogged(None, 1, practices.REST_PERMISSION, False)
    assert chat.tap("button-checkin-begin") == ["practice-rest-permission-1"]


def test_tiredness_at_the_second_question_counts_too() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-4")
    assert chat.say("quiet but I'm exhausted") == [
        "checkin-note-kept",
        offer_id(practices.REST_PERMISSION),
    ]


def test_tiredness_with_a_harsh_day_still_offers_the_harsh_thought_door() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.say("drained")
    chat.tap("button-checkin-critic-4")
    assert chat.ids == [offer_id(practices.REST_PERMISSION)]
    assert HARSH_DOOR in chat.labels


def test_tiredness_typed_at_the_offer_switches_to_rest() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-3")
    chat.tap("button-checkin-critic-3")
    assert chat.say("honestly I'm just worn out") == [
        "checkin-note-kept",
        offer_id(practices.REST_PERMISSION),
    ]
    assert chat.tap("button-checkin-begin") == ["practice-rest-permission-1"]


def test_not_tired_is_not_tiredness() -> None:
    assert not checkin.sounds_tired("not tired at all")
    assert checkin.sounds_tired("burnt-out")
    assert not checkin.sounds_tired("I returned the tiredness book")  # no whole word


# --- The scheduled nudge ---


def test_the_nudge_opens_with_a_rotating_line_and_offers_later_and_skip() -> None:
    chat = DataChat()
    assert chat.nudge() == ["checkin-opening", "checkin-ask-kindness"]
    assert chat.replies[0].rotate is True
    assert chat.replies[0].params == {}
    assert "button-checkin-later" in chat.labels
    assert "button-checkin-skip-today" in chat.labels
    assert chat.records == []


def test_checkin_command_has_no_later_or_skip() -> None:
    chat = DataChat()
    chat.command("/checkin")
    assert "button-checkin-later" not in chat.labels
    assert "button-checkin-skip-today" not in chat.labels
    chat.tap("button-checkin-kindness-2")
    assert not any(isinstance(r, NudgeAnswered) for r in chat.records)


def test_answering_the_nudge_is_recorded_once_and_the_log_says_scheduled() -> None:
    chat = DataChat()
    chat.nudge()
    chat.tap("button-checkin-kindness-4")
    assert chat.records == [NudgeAnswered()]
    chat.tap("button-checkin-critic-1")
    assert chat.records == [
        NudgeAnswered(),
        CheckInLogged(4, 1, practices.GOOD_ENOUGH_TODAY, scheduled=True),
    ]


def test_a_typed_note_answers_the_nudge_too() -> None:
    chat = DataChat()
    chat.nudge()
    chat.say("Busy morning so far")
    assert chat.records == [NudgeAnswered(), CheckInNote("Busy morning so far")]


@pytest.mark.parametrize("preset", ["1h", "3h", "tonight"])
def test_later_offers_snooze_presets(preset: str) -> None:
    chat = DataChat()
    chat.nudge()
    assert chat.tap("button-checkin-later") == ["checkin-ask-snooze"]
    assert chat.records == [NudgeAnswered()]
    assert chat.tap(f"button-checkin-snooze-{preset}") == [f"checkin-snoozed-{preset}"]
    assert chat.records == [NudgeAnswered(), Snoozed(preset)]
    assert chat.state is None


@pytest.mark.parametrize(
    ("text", "preset"),
    [
        ("in an hour", "1h"),
        ("1h", "1h"),
        ("3 hours", "3h"),
        ("in three hours", "3h"),
        ("tonight", "tonight"),
        ("this evening", "tonight"),
    ],
)
def test_snooze_by_typing(text: str, preset: str) -> None:
    chat = DataChat()
    chat.nudge()
    assert chat.say("later") == ["checkin-ask-snooze"]
    assert chat.say(text) == [f"checkin-snoozed-{preset}"]
    assert chat.records[-1] == Snoozed(preset)


def test_unclear_snooze_asks_again_and_back_returns_to_the_question() -> None:
    chat = DataChat()
    chat.nudge()
    chat.tap("button-checkin-later")
    assert chat.say("whenever") == ["checkin-snooze-unclear", "checkin-ask-snooze"]
    assert chat.tap("button-checkin-back") == ["checkin-ask-kindness"]
    assert "button-checkin-later" in chat.labels
    chat.tap("button-checkin-kindness-3")
    assert chat.records == [NudgeAnswered()]


@pytest.mark.parametrize("how", ["tap", "type"])
def test_skip_today_is_kind_and_final(how: str) -> None:
    chat = DataChat()
    chat.nudge()
    ids = chat.tap("button-checkin-skip-today") if how == "tap" else chat.say("not today")
    assert ids == ["checkin-skipped"]
    assert chat.records == [NudgeAnswered(), SkippedToday()]
    assert chat.state is None
    assert chat.buttons == []


def test_skip_copy_never_mentions_gaps_or_guilt() -> None:
    catalog = load_catalog()
    for message in ("checkin-skipped", "checkin-backoff", "checkin-weekly"):
        text = catalog.render("en", message, {"count": 3}).lower()
        for word in ("miss", "streak", "failed", "should", "lazy", "behind"):
            assert word not in text, (message, word)


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        ({"checkins_this_week": 3, "weekly_line_due": True}, True),
        ({"checkins_this_week": 2, "weekly_line_due": True}, True),
        ({"checkins_this_week": 1, "weekly_line_due": True}, False),
        ({"checkins_this_week": 0, "weekly_line_due": True}, False),
        ({"checkins_this_week": 5, "weekly_line_due": False}, False),
        ({"checkins_this_week": 5}, False),
        ({}, False),
    ],
)
def test_weekly_line_acknowledges_checkins_only_when_due(data: dict[str, Any], shown: bool) -> None:
    chat = DataChat(data=data)
    ids = chat.nudge()
    assert ("checkin-weekly" in ids) is shown
    if shown:
        assert chat.param("count") == data["checkins_this_week"]
        assert ids == ["checkin-opening", "checkin-weekly", "checkin-ask-kindness"]


def test_the_checkin_command_never_shows_the_weekly_line() -> None:
    chat = DataChat(data={"checkins_this_week": 4, "weekly_line_due": True})
    assert chat.command("/checkin") == ["checkin-ask-kindness"]


def test_backoff_notice_is_one_kind_line_and_answering_is_recorded() -> None:
    chat = DataChat(data={"backoff_notice": True})
    assert chat.nudge() == ["checkin-opening", "checkin-backoff", "checkin-ask-kindness"]
    chat.tap("button-checkin-kindness-3")
    assert chat.records == [NudgeAnswered()]


def test_no_backoff_notice_unless_the_shell_says_so() -> None:
    assert "checkin-backoff" not in DataChat(data={"backoff_notice": False}).nudge()


# --- Leaving and coming back ---


@pytest.mark.parametrize(
    "steps",
    [[], ["kind"], ["kind", "critic"], ["later"]],
    ids=["kindness", "critic", "offer", "snooze"],
)
def test_cancel_at_each_step(steps: list[str]) -> None:
    chat = DataChat()
    chat.nudge()
    actions = {
        "kind": lambda: chat.tap("button-checkin-kindness-2"),
        "critic": lambda: chat.tap("button-checkin-critic-2"),
        "later": lambda: chat.tap("button-checkin-later"),
    }
    for name in steps:
        actions[name]()
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None


@pytest.mark.parametrize(
    ("steps", "asked"),
    [
        ([], "checkin-ask-kindness"),
        (["kind"], "checkin-ask-critic"),
        (["kind", "critic"], offer_id(practices.SELF_COMPASSION_BREAK)),
        (["later"], "checkin-ask-snooze"),
    ],
)
def test_reprompt_asks_the_current_question(steps: list[str], asked: str) -> None:
    chat = DataChat()
    chat.nudge()
    for name in steps:
        if name == "kind":
            chat.tap("button-checkin-kindness-2")
        elif name == "critic":
            chat.tap("button-checkin-critic-2")
        else:
            chat.tap("button-checkin-later")
    assert chat.state is not None
    replies = checkin.reprompt(chat.state, chat.ctx)
    assert [r.message for r in replies] == [asked]


def test_sticker_mid_checkin_keeps_the_question() -> None:
    chat = DataChat()
    chat.command("/checkin")
    assert chat.sticker() == ["unsupported-in-flow"]
    assert chat.step == "checkin.kindness"


def test_a_checkin_button_after_the_checkin_ended_changes_nothing() -> None:
    chat = DataChat()
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-3")
    chat.tap("button-checkin-critic-1")
    chat.tap("button-checkin-not-now")
    assert chat.send(Chose("critic", "2", "checkin")) == ["stale-button"]


# --- /pause, /resume, /stop ---


PAUSED_UNTIL = {
    "1d": "2026-03-03T08:00:00+00:00",
    "3d": "2026-03-05T08:00:00+00:00",
    "7d": "2026-03-09T08:00:00+00:00",
    "open": None,
}


@pytest.mark.parametrize("choice", list(PAUSED_UNTIL))
def test_pause_each_option(choice: str) -> None:
    chat = DataChat()
    assert chat.command("/pause") == ["schedule-pause-ask"]
    ids = chat.tap(f"button-schedule-pause-{choice}")
    assert ids == ["schedule-paused-open" if choice == "open" else "schedule-paused"]
    assert chat.records == [CheckinsPaused(PAUSED_UNTIL[choice])]
    assert chat.state is None


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("1 day", "1d"),
        ("tomorrow", "1d"),
        ("3 days", "3d"),
        ("three", "3d"),
        ("a week", "7d"),
        ("7 days", "7d"),
        ("until I resume", "open"),
    ],
)
def test_pause_by_typing(text: str, choice: str) -> None:
    chat = DataChat()
    chat.command("/pause")
    chat.say(text)
    assert chat.records == [CheckinsPaused(PAUSED_UNTIL[choice])]


def test_pause_can_be_backed_out_of() -> None:
    chat = DataChat()
    chat.command("/pause")
    assert chat.say("hmm") == ["schedule-pause-unclear"]
    assert chat.tap("button-schedule-keep") == ["schedule-kept"]
    assert chat.records == []


def test_pause_while_stopped_or_without_a_time() -> None:
    stopped = DataChat(data={"schedule": {"stopped": True}})
    assert stopped.command("/pause") == ["schedule-pause-while-stopped"]
    no_time = DataChat(NO_TIME)
    assert no_time.command("/pause") == ["schedule-no-time"]
    assert no_time.tap("button-schedule-settings") == ["settings-overview"]


@pytest.mark.parametrize(
    "schedule",
    [
        {"paused_until": "2026-03-05T08:00:00+00:00", "stopped": False},
        {"paused": True, "paused_until": None},
        {"stopped": True},
    ],
)
def test_resume_after_a_pause_or_stop(schedule: dict[str, Any]) -> None:
    chat = DataChat(data={"schedule": schedule})
    assert chat.command("/resume") == ["schedule-resumed"]
    assert chat.param("time") == "08:30"
    assert chat.records == [CheckinsResumed()]
    assert chat.state is None


def test_resume_when_nothing_was_paused_says_so() -> None:
    chat = DataChat(data={"schedule": {"paused_until": None, "stopped": False}})
    assert chat.command("/resume") == ["schedule-already-on"]
    assert chat.records == [CheckinsResumed()]


def test_resume_without_a_time_offers_the_settings_door() -> None:
    chat = DataChat(NO_TIME, data={"schedule": {"stopped": True}})
    assert chat.command("/resume") == ["schedule-resume-no-time"]
    assert chat.records == [CheckinsResumed()]
    door = chat.buttons[0]
    assert (door.action, door.ref, door.flow) == ("open", "settings", "menu")


def test_stop_asks_first_then_says_plainly_what_happens() -> None:
    chat = DataChat()
    assert chat.command("/stop") == ["schedule-stop-confirm"]
    assert chat.records == []
    assert chat.tap("button-schedule-stop-confirm") == ["schedule-stopped"]
    assert chat.records == [CheckinsStopped()]
    text = load_catalog().render("en", "schedule-stopped")
    assert "/delete" in text
    assert "/resume" in text


@pytest.mark.parametrize("how", ["tap", "no", "never mind"])
def test_stop_can_be_backed_out_of(how: str) -> None:
    chat = DataChat()
    chat.command("/stop")
    ids = chat.tap("button-schedule-keep") if how == "tap" else chat.say(how)
    assert ids == ["schedule-kept"]
    assert chat.records == []
    assert chat.state is None


def test_stop_by_typing_yes() -> None:
    chat = DataChat()
    chat.command("/stop")
    assert chat.say("yes") == ["schedule-stopped"]
    assert chat.records == [CheckinsStopped()]


def test_stop_can_become_a_pause() -> None:
    chat = DataChat()
    chat.command("/stop")
    assert chat.tap("button-schedule-stop-pause-instead") == ["schedule-pause-ask"]
    chat.tap("button-schedule-pause-3d")
    assert chat.records == [CheckinsPaused(PAUSED_UNTIL["3d"])]


def test_stop_when_already_stopped() -> None:
    chat = DataChat(data={"schedule": {"stopped": True}})
    assert chat.command("/stop") == ["schedule-already-stopped"]
    assert chat.state is None


# --- Check-in days ---


def day_marks(chat: Chat) -> dict[str, object]:
    return {b.ref: b.params.get("on") for b in chat.buttons if b.action == "toggle"}


def test_days_are_reached_from_pause_and_start_from_every_day() -> None:
    chat = DataChat()
    chat.command("/pause")
    assert chat.tap("button-schedule-choose-days") == ["schedule-days-ask"]
    assert set(day_marks(chat).values()) == {"yes"}
    assert len(day_marks(chat)) == 7


def test_toggling_weekend_days_off_gives_weekdays() -> None:
    chat = DataChat()
    chat.command("/pause")
    chat.tap("button-schedule-choose-days")
    chat.tap("button-schedule-day-5")
    chat.tap("button-schedule-day-6")
    assert day_marks(chat)["5"] == "no"
    assert day_marks(chat)["0"] == "yes"
    assert chat.tap("button-schedule-days-done") == ["schedule-days-set"]
    assert chat.param("pattern") == "weekdays"
    assert chat.records == [CheckinDaysSet((0, 1, 2, 3, 4))]


def test_days_start_from_what_the_shell_knows_and_presets_work() -> None:
    chat = DataChat(data={"schedule": {"weekdays": [0, 2]}})
    chat.command("/pause")
    chat.tap("button-schedule-choose-days")
    assert day_marks(chat) == {
        "0": "yes",
        "1": "no",
        "2": "yes",
        "3": "no",
        "4": "no",
        "5": "no",
        "6": "no",
    }
    chat.tap("button-schedule-days-weekdays")
    assert [r for r, on in day_marks(chat).items() if on == "yes"] == ["0", "1", "2", "3", "4"]
    chat.tap("button-schedule-days-every")
    chat.tap("button-schedule-days-done")
    assert chat.records == [CheckinDaysSet((0, 1, 2, 3, 4, 5, 6))]
    assert chat.param("pattern") == "every"


def test_no_days_at_all_asks_for_at_least_one() -> None:
    chat = DataChat(data={"schedule": {"weekdays": [3]}})
    chat.command("/pause")
    chat.tap("button-schedule-choose-days")
    chat.tap("button-schedule-day-3")
    assert chat.tap("button-schedule-days-done") == ["schedule-days-none"]
    assert chat.records == []
    chat.tap("button-schedule-day-1")
    chat.tap("button-schedule-days-done")
    assert chat.records == [CheckinDaysSet((1,))]
    assert chat.param("count") == 1


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("mon wed fri", (0, 2, 4)),
        ("Mon-Fri", (0, 1, 2, 3, 4)),
        ("weekends", (5, 6)),
        ("tuesday and thursday", (1, 3)),
        ("every day", (0, 1, 2, 3, 4, 5, 6)),
        ("lunes a viernes", (0, 1, 2, 3, 4)),
        ("fri to mon", (0, 4, 5, 6)),
    ],
)
def test_days_by_typing(text: str, days: tuple[int, ...]) -> None:
    assert parse_days(text) == days
    chat = DataChat()
    chat.command("/pause")
    chat.say("days")
    assert chat.say(text) == ["schedule-days-set"]
    assert chat.records == [CheckinDaysSet(days)]


def test_unreadable_days_ask_again() -> None:
    chat = DataChat()
    chat.command("/pause")
    chat.tap("button-schedule-choose-days")
    assert chat.say("most of them") == ["schedule-days-unclear"]
    assert chat.step == "schedule.days"


@pytest.mark.parametrize("where", ["pause", "stop", "days"])
def test_cancel_at_each_schedule_step(where: str) -> None:
    chat = DataChat()
    chat.command("/stop" if where == "stop" else "/pause")
    if where == "days":
        chat.tap("button-schedule-choose-days")
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.records == []


@pytest.mark.parametrize(
    ("command", "asked"),
    [("/pause", "schedule-pause-ask"), ("/stop", "schedule-stop-confirm")],
)
def test_schedule_reprompt(command: str, asked: str) -> None:
    chat = DataChat()
    chat.command(command)
    assert chat.state is not None
    replies = schedule_commands.reprompt(chat.state, chat.ctx)
    assert [r.message for r in replies] == [asked]
    chat.command("/pause")
    chat.tap("button-schedule-choose-days")
    assert chat.state is not None
    days = schedule_commands.reprompt(chat.state, chat.ctx)
    assert [r.message for r in days] == ["schedule-days-ask"]


# --- The copy ---


def test_the_openings_family_is_large_and_plain() -> None:
    catalog = load_catalog()
    family = sorted(i for i in catalog.message_ids() if i.startswith("checkin-opening-"))
    assert len(family) >= 60
    assert family == [f"checkin-opening-{n:02d}" for n in range(1, len(family) + 1)]
    for message in family:
        assert catalog.placeholders(message) == frozenset()
        assert len(catalog.render("en", message)) <= 160


def test_every_id_built_at_run_time_exists() -> None:
    catalog = load_catalog()
    built = [
        *(f"button-checkin-kindness-{n}" for n in range(1, 6)),
        *(f"button-checkin-critic-{n}" for n in range(1, 5)),
        *(f"button-checkin-snooze-{p}" for p in checkin.SNOOZE_PRESETS),
        *(f"checkin-snoozed-{p}" for p in checkin.SNOOZE_PRESETS),
        *(f"button-schedule-day-{d}" for d in range(7)),
        *(offer_id(fit[2]) for fit in FITS),
        offer_id(practices.REST_PERMISSION),
        *(f"command-{c}" for c in ("checkin", "practice", "pause", "resume", "stop")),
    ]
    assert [i for i in built if not catalog.has(i)] == []


def test_my_commands_are_in_the_menu() -> None:
    for command in ("checkin", "practice", "pause", "resume", "stop"):
        assert command in MENU_COMMANDS


# --- Anything at all ---


TEXTS = [
    "1",
    "3",
    "5",
    "ok",
    "harsh",
    "very loud",
    "quiet",
    "later",
    "skip today",
    "tonight",
    "yes",
    "no",
    "next",
    "stop",
    "done",
    "so tired",
    "breaths",
    "rest",
    "mon wed fri",
    "weekdays",
    "a week",
    "3 days",
    "until I resume",
    "hello",
    "",
    "   ",
    "🙂",
]
ACTIONS = [
    "kind",
    "critic",
    "later",
    "skip_today",
    "snooze",
    "back",
    "begin",
    "not_now",
    "pick",
    "close",
    "next",
    "stop",
    "done",
    "pause",
    "days",
    "keep",
    "toggle",
    "every",
    "weekdays",
    "confirm",
    "pause_instead",
    "open",
    "forged",
]
REFS = [
    "",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "9",
    "1h",
    "3h",
    "tonight",
    "1d",
    "3d",
    "7d",
    "open",
    "practice",
    "checkin",
    "three_breaths",
    "rest_permission",
    "nope",
]
FLOWS = ["checkin", "practice", "schedule", "menu", "other"]
COMMANDS = ["/checkin", "/practice", "/practice breaths", "/pause", "/resume", "/stop", "/cancel"]

events = st.one_of(
    st.sampled_from(TEXTS).map(Said),
    st.text(max_size=30).map(Said),
    st.builds(Chose, st.sampled_from(ACTIONS), st.sampled_from(REFS), st.sampled_from(FLOWS)),
    st.sampled_from(COMMANDS).map(lambda c: Started(*c.lstrip("/").partition(" ")[::2])),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    consent=st.booleans(),
    data=st.fixed_dictionaries(
        {},
        optional={
            "checkins_this_week": st.integers(0, 9),
            "weekly_line_due": st.booleans(),
            "backoff_notice": st.booleans(),
            "schedule": st.fixed_dictionaries(
                {},
                optional={
                    "stopped": st.booleans(),
                    "paused_until": st.none() | st.just("2026-03-05T08:00:00+00:00"),
                    "weekdays": st.lists(st.integers(-1, 8), max_size=8),
                },
            ),
        },
    ),
    nudge_first=st.booleans(),
    sequence=st.lists(events, max_size=12),
)
def test_random_event_sequences_never_raise_and_always_answer(
    consent: bool, data: dict[str, Any], nudge_first: bool, sequence: list[Event]
) -> None:
    profile = Profile(
        zone_key="Europe/Berlin", checkin_time="08:30", consent=consent, onboarded=True
    )
    chat = DataChat(profile, data)
    if nudge_first:
        assert chat.nudge()
    for event in sequence:
        assert chat.send(event), event


# --- Variety: the same kind of day does not bring the same practice every day ---


def test_a_practice_offered_lately_gives_way_to_another_that_fits() -> None:
    recent = {practices.SELF_COMPASSION_BREAK: "2026-03-01T08:00:00+00:00"}
    chat = DataChat(data={"recent_practices": recent})
    chat.command("/checkin")
    chat.tap("button-checkin-kindness-1")
    assert chat.tap("button-checkin-critic-4") == [offer_id(practices.KIND_FRIEND_LETTER)]


@given(
    kindness=st.one_of(st.none(), st.integers(1, 5)),
    critic=st.one_of(st.none(), st.integers(1, 4)),
    tired=st.booleans(),
)
def test_alike_days_take_the_fitting_practices_in_turn(
    kindness: int | None, critic: int | None, tired: bool
) -> None:
    """Thirty alike days: every fitting practice comes round, none twice in a row, and the
    best fit comes first. With twelve wordings a step, no line repeats within the month."""
    recent: dict[str, str] = {}
    offered = []
    for day in range(1, 31):
        chosen = checkin.fitting_practice(kindness, critic, tired, recent)
        offered.append(chosen)
        recent[chosen] = f"2026-03-{day:02d}T08:00:00+00:00"
    fitting = checkin.fitting_practices(kindness, critic, tired)
    assert offered[0] == fitting[0]
    assert set(offered) == set(fitting)
    assert all(a != b for a, b in itertools.pairwise(offered))
    assert max(offered.count(key) for key in fitting) <= 10  # each at most every third day
