"""Transcripts of `/start`: each step by button and by typing, leaving, coming back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.core import Profile, ProfileChanged
from tests.transcript import Chat


def through_consent(chat: Chat) -> None:
    chat.command("/start")
    chat.tap("button-continue")
    chat.tap("button-consent-yes")


def test_new_user_is_told_what_the_bot_is_before_anything_else() -> None:
    chat = Chat()
    assert chat.command("/start") == ["onboarding-welcome"]
    assert chat.labels == ["button-continue"]


def test_onboarding_by_buttons_sets_everything() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.ids == ["onboarding-consent-yes", "zone-ask"]
    assert chat.replies[-1].reply_keyboard == "location"
    assert chat.say("Berlin") == ["zone-noted", "zone-confirm"]
    assert chat.param("local_time") == "09:00"  # 08:00 UTC in March is 09:00 in Berlin
    assert chat.replies[0].reply_keyboard == "remove"
    assert chat.tap("button-yes") == ["onboarding-time"]
    assert chat.tap("button-time-morning") == ["onboarding-done"]
    assert chat.state is None
    assert chat.profile == Profile(
        zone_key="Europe/Berlin", checkin_time="08:30", locale="en", consent=True, onboarded=True
    )


def test_onboarding_by_typing_only() -> None:
    chat = Chat()
    chat.command("/start")
    assert chat.say("ok") == ["onboarding-consent"]
    assert chat.say("no thanks") == ["onboarding-consent-no", "zone-ask"]
    assert chat.say("UTC+5:30") == ["zone-noted", "zone-confirm"]
    assert chat.param("local_time") == "13:30"
    assert chat.say("yes") == ["onboarding-time"]
    assert chat.say("8pm") == ["onboarding-done"]
    assert chat.profile.checkin_time == "20:00"
    assert chat.profile.consent is False
    assert chat.profile.zone_key == "UTC+05:30"


def test_shared_location_sets_the_zone() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.locate("America/Los_Angeles") == ["zone-noted", "zone-confirm"]
    assert chat.param("local_time") == "00:00"
    chat.tap("button-yes")
    assert chat.profile.zone_key == "America/Los_Angeles"


def test_location_without_a_zone_asks_for_a_city() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.locate(None) == ["zone-location-unknown"]
    assert chat.step == "onboarding.zone"


def test_wrong_zone_guess_can_be_corrected() -> None:
    chat = Chat()
    through_consent(chat)
    chat.say("Berlin")
    assert chat.tap("button-zone-retry") == ["zone-ask-again"]
    chat.say("Kathmandu")
    assert chat.param("local_time") == "13:45"
    chat.say("yes")
    assert chat.profile.zone_key == "Asia/Kathmandu"


def test_typing_another_city_at_the_confirmation_replaces_the_guess() -> None:
    chat = Chat()
    through_consent(chat)
    chat.say("Berlin")
    assert chat.say("Tokyo") == ["zone-noted", "zone-confirm"]
    chat.tap("button-yes")
    assert chat.profile.zone_key == "Asia/Tokyo"


def test_ambiguous_place_offers_choices() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.say("USA") == ["zone-pick"]
    candidates = [b for b in chat.buttons if b.label == "button-zone-candidate"]
    assert len(candidates) >= 2
    assert "button-zone-none" in chat.labels
    chat.tap("button-zone-candidate", 0)
    assert chat.ids == ["zone-noted", "zone-confirm"]


def test_unknown_place_asks_again_kindly() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.say("the moon") == ["zone-unknown"]
    assert chat.step == "onboarding.zone"


def test_unreadable_time_asks_again_with_the_suggestions() -> None:
    chat = Chat()
    through_consent(chat)
    chat.say("Berlin")
    chat.say("yes")
    assert chat.say("whenever") == ["time-unclear"]
    assert "button-time-off" in chat.labels
    assert chat.tap("button-time-off") == ["onboarding-done-off"]
    assert chat.profile.checkin_time == "off"


def test_unclear_consent_answer_asks_again() -> None:
    chat = Chat()
    chat.command("/start")
    chat.tap("button-continue")
    assert chat.say("hmm, maybe") == ["consent-unclear", "onboarding-consent"]
    assert chat.profile.consent is None


@pytest.mark.parametrize(
    "steps",
    [
        [],
        ["continue"],
        ["continue", "consent"],
        ["continue", "consent", "zone"],
        ["continue", "consent", "zone", "confirm"],
    ],
    ids=["welcome", "consent", "zone", "confirm", "time"],
)
def test_cancel_from_every_step_keeps_what_was_chosen(steps: list[str]) -> None:
    chat = Chat()
    chat.command("/start")
    actions = {
        "continue": lambda: chat.tap("button-continue"),
        "consent": lambda: chat.tap("button-consent-yes"),
        "zone": lambda: chat.say("Lima"),
        "confirm": lambda: chat.tap("button-yes"),
    }
    for name in steps:
        actions[name]()
    assert chat.command("/cancel") == ["cancel-done"]
    assert chat.state is None
    assert chat.profile.onboarded is False
    if "consent" in steps:
        assert chat.profile.consent is True
    if "confirm" in steps:
        assert chat.profile.zone_key == "America/Lima"


def test_start_again_after_onboarding_changes_nothing() -> None:
    chat = Chat(
        Profile(zone_key="Europe/Madrid", checkin_time="08:30", consent=True, onboarded=True)
    )
    before = chat.profile
    assert chat.command("/start") == ["start-again"]
    assert chat.profile == before
    assert chat.records == []


def test_sticker_mid_onboarding_keeps_the_step() -> None:
    chat = Chat()
    through_consent(chat)
    assert chat.sticker() == ["unsupported-in-flow"]
    assert chat.step == "onboarding.zone"


def test_local_time_is_shown_for_the_users_zone_across_dst() -> None:
    # 1 a.m. UTC on the day after US clocks moved forward: 6 p.m. the evening before in LA.
    chat = Chat(now=datetime(2026, 3, 9, 1, 0, tzinfo=UTC))
    through_consent(chat)
    chat.say("Los Angeles")
    assert chat.param("local_time") == "18:00"


def test_records_are_profile_changes_only() -> None:
    chat = Chat()
    through_consent(chat)
    assert all(isinstance(r, ProfileChanged) for r in chat.records)
