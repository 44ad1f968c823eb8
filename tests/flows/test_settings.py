"""Transcripts of `/settings`, `/timezone` and `/time`."""

from __future__ import annotations

from flows.core import Profile
from tests.transcript import Chat

SET_UP = Profile(
    zone_key="Europe/Berlin", checkin_time="08:30", locale="en", consent=True, onboarded=True
)


def test_overview_shows_the_current_settings_and_local_time() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/settings") == ["settings-overview"]
    assert chat.param("zone") == "Berlin"
    assert chat.param("local_time") == "09:00"
    assert chat.param("checkin") == "08:30"
    assert chat.labels == [
        "button-settings-zone",
        "button-settings-time",
        "button-settings-days",
        "button-settings-language",
        "button-settings-consent",
        "button-settings-keep",
        "button-done",
    ]


def test_language_button_is_hidden_when_only_one_language_exists() -> None:
    chat = Chat(SET_UP, locales=("en",))
    chat.command("/settings")
    assert "button-settings-language" not in chat.labels


def test_change_zone_by_button_then_back_to_the_overview() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.tap("button-settings-zone") == ["zone-ask"]
    chat.say("Auckland")
    assert chat.tap("button-yes") == ["zone-set", "settings-overview"]
    assert chat.profile.zone_key == "Pacific/Auckland"
    assert chat.replies[-1].params["zone"] == "Auckland"


def test_change_time_by_button() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    chat.tap("button-settings-time")
    assert chat.tap("button-time-evening") == ["time-set", "settings-overview"]
    assert chat.profile.checkin_time == "19:00"


def test_change_language() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.tap("button-settings-language") == ["settings-language"]
    assert chat.tap("button-language-es") == ["language-set", "settings-overview"]
    assert chat.profile.locale == "es"


def test_withdraw_and_give_consent() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.tap("button-settings-consent") == ["settings-consent-on"]
    assert chat.tap("button-consent-no") == ["consent-now-off", "settings-overview"]
    assert chat.profile.consent is False
    chat.tap("button-settings-consent")
    assert chat.say("yes") == ["consent-now-on", "settings-overview"]
    assert chat.profile.consent is True


def test_done_closes_settings() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.tap("button-done") == ["settings-closed"]
    assert chat.state is None


def test_typing_at_the_overview_points_to_the_buttons() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.say("change my time") == ["settings-use-buttons", "settings-overview"]


def test_timezone_command_with_a_zone_sets_it_at_once() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/timezone America/New_York") == ["zone-set"]
    assert chat.profile.zone_key == "America/New_York"
    assert chat.param("local_time") == "03:00"
    assert chat.state is None


def test_timezone_command_without_a_zone_asks() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/timezone") == ["zone-ask"]
    chat.say("Sydney")
    assert chat.say("yes") == ["zone-set"]
    assert chat.profile.zone_key == "Australia/Sydney"
    assert chat.state is None


def test_timezone_command_with_an_unknown_place_asks_again() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/timezone Atlantis") == ["zone-unknown"]
    assert chat.profile.zone_key == "Europe/Berlin"


def test_time_command_variants() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/time 20h") == ["time-set"]
    assert chat.profile.checkin_time == "20:00"
    assert chat.command("/time off") == ["time-set-off"]
    assert chat.profile.checkin_time == "off"
    assert chat.command("/time 7:15") == ["time-set"]
    assert chat.profile.checkin_time == "07:15"


def test_time_command_with_nonsense_asks_with_suggestions() -> None:
    chat = Chat(SET_UP)
    assert chat.command("/time later maybe") == ["time-unclear"]
    assert chat.say("9am") == ["time-set"]
    assert chat.profile.checkin_time == "09:00"


def test_days_button_opens_the_day_picker() -> None:
    chat = Chat(SET_UP)
    chat.command("/settings")
    assert chat.tap("button-settings-days") == ["schedule-days-ask"]
    chat.tap("button-schedule-days-weekdays")
    chat.tap("button-schedule-days-done")
    assert chat.ids == ["schedule-days-set"]


def test_choose_to_keep_notes_beyond_the_retention_period() -> None:
    chat = Chat(SET_UP)
    chat.data = {"retention_days": 90}
    chat.command("/settings")
    assert chat.tap("button-settings-keep") == ["settings-keep-limited"]
    assert chat.param("days") == 90
    assert chat.tap("button-keep-forever") == ["keep-now-forever", "settings-overview"]
    assert chat.profile.keep_words is True
    chat.tap("button-settings-keep")
    assert chat.ids == ["settings-keep-forever"]
    chat.tap("button-keep-limited")
    assert chat.profile.keep_words is False
