"""A new user meets the real bot over real HTTP: onboarding, settings, /cancel everywhere."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.db.models import User
from bot.runtime import Core
from flows.turn import MENU_COMMANDS
from tests.fakeapi import FakeTelegram, FakeUser

pytestmark = pytest.mark.usefixtures("bot")


async def stored_user(core: Core, user_id: int) -> User:
    async with core.sessions() as session:
        return (await session.exec(select(User).where(User.id == user_id))).one()


async def onboard(ana: FakeUser) -> None:
    ana.send_text("/start")
    await ana.expect_messages(1)
    ana.tap("Okay, what's next?")
    await ana.expect_messages(1)
    ana.tap("Yes, keep my notes")
    await ana.expect_messages(2)
    ana.send_text("Berlin")
    await ana.expect_messages(2)
    ana.tap("Yes")
    await ana.expect_messages(1)
    ana.tap("Morning · 08:30")
    await ana.expect_messages(1)


async def test_command_menu_is_registered_at_start_up(fake: FakeTelegram) -> None:
    assert [name for name, _ in fake.commands()] == list(MENU_COMMANDS)


async def test_new_user_walks_through_onboarding_by_buttons(fake: FakeTelegram, bot: Core) -> None:
    ana = fake.user(1001, first_name="Ana")
    ana.send_text("/start")
    [welcome] = await ana.expect_messages(1)
    assert "bot, not a person" in welcome.text
    assert "not therapy" in welcome.text
    assert "988" in welcome.text
    assert welcome.button_texts == ["Okay, what's next?"]

    ana.tap("Okay, what's next?")
    [consent] = await ana.expect_messages(1)
    assert "May I keep what you write?" in consent.text
    await ana.expect_callback_answer()
    await fake.wait_for(lambda: not welcome.buttons, description="the tapped keyboard retires")

    ana.tap("Yes, keep my notes")
    thanks, zone_question = await ana.expect_messages(2)
    assert "change your mind" in thanks.text
    assert "time zone" in zone_question.text
    assert zone_question.keyboard is not None
    assert "location" in str(zone_question.keyboard)

    ana.send_text("Berlin")
    noted, confirm = await ana.expect_messages(2)
    assert noted.text == "Got it: Berlin."
    assert "09:00" in confirm.text  # the fake clock says 08:00 UTC on 2 March
    ana.tap("Yes")
    [when] = await ana.expect_messages(1)
    assert "daily check-in" in when.text
    ana.tap("Morning · 08:30")
    [done] = await ana.expect_messages(1)
    assert "08:30" in done.text

    user = await stored_user(bot, 1001)
    assert (user.zone_key, user.checkin_time, user.consent, user.onboarded) == (
        "Europe/Berlin",
        "08:30",
        True,
        True,
    )


async def test_onboarding_by_typing_and_a_shared_location(fake: FakeTelegram, bot: Core) -> None:
    ben = fake.user(1002, first_name="Ben")
    ben.send_text("/start")
    await ben.expect_messages(1)
    ben.send_text("ok")
    await ben.expect_messages(1)
    ben.send_text("no")
    await ben.expect_messages(2)
    ben.send_location(-33.87, 151.21)
    noted, _confirm = await ben.expect_messages(2)
    assert "Sydney" in noted.text
    ben.send_text("yes")
    await ben.expect_messages(1)
    ben.send_text("8pm")
    [done] = await ben.expect_messages(1)
    assert "20:00" in done.text
    user = await stored_user(bot, 1002)
    assert (user.zone_key, user.checkin_time, user.consent) == ("Australia/Sydney", "20:00", False)


async def test_start_again_keeps_everything(fake: FakeTelegram, bot: Core) -> None:
    ana = fake.user(1003)
    await onboard(ana)
    ana.send_text("/start")
    [again] = await ana.expect_messages(1)
    assert "as you left them" in again.text
    user = await stored_user(bot, 1003)
    assert (user.zone_key, user.checkin_time) == ("Europe/Berlin", "08:30")


async def test_settings_by_button(fake: FakeTelegram, bot: Core) -> None:
    ana = fake.user(1004)
    await onboard(ana)
    ana.send_text("/settings")
    [overview] = await ana.expect_messages(1)
    assert "Berlin" in overview.text
    assert "08:30" in overview.text
    ana.tap("⏰ Check-in time")
    await ana.expect_messages(1)
    ana.tap("Evening · 19:00")
    saved, refreshed = await ana.expect_messages(2)
    assert "19:00" in saved.text
    assert "19:00" in refreshed.text
    ana.tap("🔒 What I keep")
    await ana.expect_messages(1)
    ana.tap("No, keep nothing")
    await ana.expect_messages(2)
    ana.tap("Done")
    await ana.expect_messages(1)
    user = await stored_user(bot, 1004)
    assert (user.checkin_time, user.consent) == ("19:00", False)


async def test_settings_by_command(fake: FakeTelegram, bot: Core) -> None:
    ana = fake.user(1005)
    await onboard(ana)
    ana.send_text("/timezone America/New_York")
    [zone] = await ana.expect_messages(1)
    assert "New York" in zone.text
    assert "03:00" in zone.text
    ana.send_text("/time 20h")
    [time_set] = await ana.expect_messages(1)
    assert "20:00" in time_set.text
    user = await stored_user(bot, 1005)
    assert (user.zone_key, user.checkin_time) == ("America/New_York", "20:00")


ONBOARDING_STEPS: list[tuple[str, str, int]] = [
    ("tap", "Okay, what's next?", 1),
    ("tap", "Yes, keep my notes", 2),
    ("text", "Lima", 2),
    ("tap", "Yes", 1),
]


@pytest.mark.parametrize("done", range(5), ids=["welcome", "consent", "zone", "confirm", "time"])
async def test_cancel_from_every_onboarding_step(fake: FakeTelegram, bot: Core, done: int) -> None:
    ana = fake.user(1006)
    ana.send_text("/start")
    await ana.expect_messages(1)
    for kind, value, replies in ONBOARDING_STEPS[:done]:
        if kind == "tap":
            ana.tap(value)
        else:
            ana.send_text(value)
        await ana.expect_messages(replies)
    ana.send_text("/cancel")
    [cancelled] = await ana.expect_messages(1)
    assert "stopped" in cancelled.text
    ana.send_text("hello")
    [after] = await ana.expect_messages(1)
    # Not onboarded yet, so free text starts the welcome again instead of a stale step.
    assert "I'm Good Enough" in after.text
    user = await stored_user(bot, 1006)
    assert user.onboarded is False
    if done >= 4:
        assert user.zone_key == "America/Lima"
