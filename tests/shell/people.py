"""Users of the fake Telegram who have already set things up, for tests about what comes after."""

from __future__ import annotations

from tests.fakeapi import FakeTelegram, FakeUser


async def onboarded(
    fake: FakeTelegram,
    user_id: int,
    *,
    city: str = "Madrid",
    checkin: str = "9:00",
    consent: bool = True,
    language_code: str = "en",
) -> FakeUser:
    """A user who went through /start by typing (each reply awaited)."""
    user = fake.user(user_id, language_code=language_code)
    steps = (
        ("/start", 1),
        ("ok", 1),
        ("yes" if consent else "no", 2),
        (city, 2),
        ("yes", 1),
        (checkin, 1),
    )
    for typed, replies in steps:
        user.send_text(typed)
        await user.expect_messages(replies)
    return user
