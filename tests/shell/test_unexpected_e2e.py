"""Odd input and Telegram trouble over the real wire: a kind reply or a logged skip."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.db.models import FlowSession, User
from bot.logs import set_library_levels
from bot.runtime import Core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import polling_bot
from tests.shell.people import onboarded
from tests.support import FakeClock


@pytest.fixture
async def bot(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[Core]:
    """The bot with its default flood guard, which one test here exercises."""
    async with polling_bot(fake, database_url, tmp_path, clock) as core:
        yield core


async def ready_user(fake: FakeTelegram, user_id: int) -> FakeUser:
    return await onboarded(fake, user_id)


async def still_answers(user: FakeUser) -> None:
    user.send_text("/help")
    [help_text] = await user.expect_messages(1)
    assert "Here's what I can do" in help_text.text
    assert "988" in help_text.text  # /help shows the crisis line too


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        (lambda u: u.send_sticker(), "only read text"),
        (lambda u: u.send_photo(caption="look"), "only read text"),
        (lambda u: u.send_voice(), "only read text"),
        (lambda u: u.send_document("a.pdf", b"%PDF", "application/pdf"), "only read text"),
        (lambda u: u.send_text("/frobnicate"), "don't know that command"),
        (lambda u: u.send_text("hello there"), "I'm here"),
    ],
    ids=["sticker", "photo", "voice", "document", "unknown-command", "idle-text"],
)
async def test_unexpected_input_gets_a_kind_pointer(
    fake: FakeTelegram, bot: Core, send: object, expected: str
) -> None:
    user = await ready_user(fake, 2001)
    send(user)  # type: ignore[operator]
    [reply] = await user.expect_messages(1)
    assert expected in reply.text
    assert reply.button_texts  # doors to what the bot can do
    await still_answers(user)


async def test_media_mid_flow_keeps_the_step(fake: FakeTelegram, bot: Core) -> None:
    user = fake.user(2002)
    user.send_text("/start")
    await user.expect_messages(1)
    user.send_sticker()
    [reply] = await user.expect_messages(1)
    assert "type your answer" in reply.text
    user.send_text("ok")
    [consent] = await user.expect_messages(1)
    assert "May I keep" in consent.text


async def test_a_long_text_is_answered(fake: FakeTelegram, bot: Core) -> None:
    user = await ready_user(fake, 2003)
    user.send_text("so much to say " * 266)  # about 4,000 characters
    [reply] = await user.expect_messages(1)
    assert reply.text


async def test_forged_and_old_buttons_change_nothing(fake: FakeTelegram, bot: Core) -> None:
    user = await ready_user(fake, 2004)
    user.send_text("/settings")
    [overview] = await user.expect_messages(1)
    user.tap_raw("v9:nonsense", overview.message_id)
    [forged] = await user.expect_messages(1)
    assert "earlier conversation" in forged.text
    user.tap_raw("v1:onboarding:consent:no", overview.message_id)
    [other_flow] = await user.expect_messages(1)
    assert "earlier conversation" in other_flow.text
    async with bot.sessions() as session:
        stored = (await session.exec(select(User).where(User.id == 2004))).one()
    assert stored.consent is True
    await still_answers(user)


async def test_an_edited_message_is_a_logged_skip(fake: FakeTelegram, bot: Core) -> None:
    user = await ready_user(fake, 2005)
    user.send_text("/settings")
    [overview] = await user.expect_messages(1)
    user.edit_text(overview.message_id - 1, "a calmer version")
    await user.expect_no_message(within=0.5)
    await still_answers(user)


async def test_a_blocked_user_is_marked_inactive_and_others_are_served(
    fake: FakeTelegram, bot: Core
) -> None:
    gone = await ready_user(fake, 2006)
    fake.block(gone.chat_id)
    gone.send_text("/help")
    await fake.wait_for(lambda: fake.call_counts["sendMessage"] > 0)

    async def inactive() -> bool:
        async with bot.sessions() as session:
            row = (await session.exec(select(User).where(User.id == 2006))).one()
            return not row.active

    for _ in range(100):
        if await inactive():
            break
        await asyncio.sleep(0.05)  # the bot marks them while handling the refusal
    assert await inactive()
    other = await ready_user(fake, 2007)
    await still_answers(other)


async def test_429_and_5xx_are_retried(fake: FakeTelegram, bot: Core) -> None:
    user = await ready_user(fake, 2008)
    fake.fail_next("sendMessage", 429, retry_after=1, chat_id=user.chat_id)
    user.send_text("/help")
    [reply] = await user.expect_messages(1, timeout=10)
    assert "Here's what I can do" in reply.text
    fake.fail_next("sendMessage", 502, chat_id=user.chat_id)
    user.send_text("/help")
    [again] = await user.expect_messages(1, timeout=10)
    assert "Here's what I can do" in again.text


async def test_a_redelivered_update_does_nothing_twice(fake: FakeTelegram, bot: Core) -> None:
    user = await ready_user(fake, 2009)
    update_id = user.send_text("/time 7:45")
    await user.expect_messages(1)
    await fake.deliver_duplicate(update_id)
    await user.expect_no_message(within=0.6)


async def test_a_database_hiccup_gets_an_apology_and_loses_nothing(
    fake: FakeTelegram, bot: Core
) -> None:
    user = await ready_user(fake, 2010)
    user.send_text("/settings")
    await user.expect_messages(1)
    async with bot.engine.begin() as connection:
        await connection.execute(text("ALTER TABLE flow_sessions RENAME TO flow_sessions_away"))
    try:
        user.send_text("/help")
        [sorry] = await user.expect_messages(1)
        assert "went wrong on my side" in sorry.text
    finally:
        async with bot.engine.begin() as connection:
            await connection.execute(text("ALTER TABLE flow_sessions_away RENAME TO flow_sessions"))
    async with bot.sessions() as session:
        kept = (await session.exec(select(FlowSession))).all()
    assert [row.user_id for row in kept] == [2010]  # the settings flow survived
    user.tap("Done")
    [closed] = await user.expect_messages(1)
    assert "saved" in closed.text


async def test_a_database_restart_between_messages_goes_unnoticed(
    fake: FakeTelegram, bot: Core
) -> None:
    """Every pooled connection is cut (as by a server restart); the next turn reconnects."""
    if bot.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has no server connections to lose")
    user = await ready_user(fake, 2011)
    database = bot.engine.url.database
    async with bot.engine.connect() as connection:
        await connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :database AND pid <> pg_backend_pid()"
            ),
            {"database": database},
        )
    await still_answers(user)


async def test_logs_never_carry_words_or_the_token(
    fake: FakeTelegram, bot: Core, caplog: pytest.LogCaptureFixture
) -> None:
    set_library_levels("DEBUG")  # what LOG_LEVEL=DEBUG does, minus the handler
    caplog.set_level(logging.DEBUG)
    user = await ready_user(fake, 2011)
    secret_thought = "my zebra-striped secret thought about the quarterly report"
    user.send_text(secret_thought)
    await user.expect_messages(1)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "update" in logged  # the turn itself was logged
    assert "zebra-striped" not in logged
    assert fake.token not in logged
    assert fake.token.split(":")[1] not in logged


async def test_a_flood_gets_one_gentle_slow_down_and_risk_is_still_answered(
    fake: FakeTelegram, bot: Core
) -> None:
    user = await ready_user(fake, 2012)
    for n in range(40):
        user.send_text("i want to die" if n == 30 else f"message number {n}")
    await fake.wait_for(
        lambda: any("Are you safe right now?" in m.text for m in user.unread),
        timeout=20,
        description="the crisis reply inside the flood",
    )
    texts = [m.text for m in user.unread]
    slow_downs = [t for t in texts if "sending a lot at once" in t]
    assert len(slow_downs) == 1, texts
    assert len(texts) < 30  # far fewer replies than messages
    assert any("988" in t and "Are you safe right now?" in t for t in texts)
