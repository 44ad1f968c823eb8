"""Daily check-ins over the real wire: on time, once, and never nagging.

The bot runs with a fast heartbeat and a clock the test moves; nothing sleeps for real
beyond the few milliseconds a heartbeat takes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import col, select

from bot.db.models import CheckIn, OutboxMessage, Schedule, User
from bot.runtime import Core, open_core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import polling_bot, rows
from tests.shell.people import onboarded
from tests.support import FakeClock, make_settings

# The fake clock starts on Monday 2 March 2026, 08:00 UTC (09:00 in Madrid).
NEXT_NUDGE = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # Tuesday 09:00 in Madrid


async def at(clock: FakeClock, moment: datetime) -> None:
    clock.now = moment


async def nudge(user: FakeUser, clock: FakeClock, moment: datetime) -> str:
    clock.now = moment
    [message] = await user.expect_messages(1)
    return message.text


async def test_the_nudge_comes_on_time_once_and_two_taps_finish_it(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4001, city="Madrid", checkin="9:00")
    clock.now = datetime(2026, 3, 3, 7, 59, tzinfo=UTC)
    await ana.expect_no_message(within=0.4)
    clock.now = NEXT_NUDGE.replace(second=5)
    [message] = await ana.expect_messages(1)
    assert "How are you treating yourself today?" in message.text
    assert "Pretty harshly" in message.button_texts
    assert "⏰ Later" in message.button_texts
    ana.tap("Fairly kindly")
    [critic] = await ana.expect_messages(1)
    assert "inner critic" in critic.text
    ana.tap("Quiet")
    [offer] = await ana.expect_messages(1)
    assert "good enough today" in offer.text
    logged = await rows(bot, CheckIn, 4001)
    assert [(c.kindness, c.critic, c.scheduled) for c in logged] == [(4, 1, True)]
    clock.now = NEXT_NUDGE.replace(minute=30)
    await ana.expect_no_message(within=0.4)  # still once for that day
    sent = [m for m in await rows(bot, OutboxMessage, 4001) if m.status == "sent"]
    assert len(sent) == 1


async def test_the_next_days_nudge_comes_at_the_same_local_time(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4002, city="Madrid", checkin="9:00")
    await nudge(ana, clock, NEXT_NUDGE.replace(second=1))
    text = await nudge(ana, clock, NEXT_NUDGE.replace(day=4, second=1))
    assert "How are you treating yourself today?" in text
    # Two different openings: no line repeats within 30 days.
    openings = [m.text.split("\n\n")[0] for m in ana.messages if "treating yourself" in m.text]
    assert len(set(openings)) == 2


async def test_changing_the_zone_moves_the_next_nudge_at_once(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4003, city="Madrid", checkin="9:00")
    ana.send_text("/timezone Asia/Tokyo")
    await ana.expect_messages(1)
    [row] = await rows(bot, Schedule, 4003)
    assert row.due_at == datetime(2026, 3, 3, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo
    ana.send_text("/time 20:15")
    await ana.expect_messages(1)
    [row] = await rows(bot, Schedule, 4003)
    assert row.due_at == datetime(2026, 3, 2, 11, 15, tzinfo=UTC)  # today, 20:15 in Tokyo


async def test_snooze_brings_it_back_later(fake: FakeTelegram, bot: Core, clock: FakeClock) -> None:
    ana = await onboarded(fake, 4004)
    await nudge(ana, clock, NEXT_NUDGE.replace(second=1))
    ana.tap("⏰ Later")
    await ana.expect_messages(1)
    ana.tap("In an hour")
    [ok] = await ana.expect_messages(1)
    assert "in about an hour" in ok.text
    clock.now = NEXT_NUDGE.replace(minute=50)
    await ana.expect_no_message(within=0.3)
    text = await nudge(ana, clock, NEXT_NUDGE.replace(hour=9, minute=1))
    assert "How are you treating yourself today?" in text


async def test_skip_today_is_kind_and_final_for_the_day(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4005)
    await nudge(ana, clock, NEXT_NUDGE.replace(second=1))
    ana.tap("Skip today")
    [skipped] = await ana.expect_messages(1)
    assert "no check-in today" in skipped.text
    assert "missed" not in skipped.text.lower()
    clock.now = NEXT_NUDGE.replace(hour=20)
    await ana.expect_no_message(within=0.3)


async def pause_for_a_day(person: FakeUser) -> None:
    person.send_text("/pause")
    await person.expect_messages(1)
    person.tap("1 day")
    await person.expect_messages(1)


async def test_pause_resume_and_stop(fake: FakeTelegram, bot: Core, clock: FakeClock) -> None:
    ana = await onboarded(fake, 4006)
    await pause_for_a_day(ana)
    clock.now = NEXT_NUDGE.replace(second=1)  # within the day of pause
    await ana.expect_no_message(within=0.4)
    await nudge(ana, clock, NEXT_NUDGE.replace(day=4, second=1))  # the pause ended

    ana.send_text("/stop")
    await ana.expect_messages(1)
    ana.tap("Yes, stop them")
    [stopped] = await ana.expect_messages(1)
    assert "no more check-ins" in stopped.text
    clock.now = NEXT_NUDGE.replace(day=5, second=1)
    await ana.expect_no_message(within=0.4)
    assert len(await rows(bot, CheckIn, 4006)) == 0  # nothing was lost or invented
    assert await rows(bot, Schedule, 4006) == []

    ana.send_text("/resume")
    [resumed] = await ana.expect_messages(1)
    assert "09:00" in resumed.text
    await nudge(ana, clock, NEXT_NUDGE.replace(day=6, second=1))


async def test_a_blocked_user_is_skipped_and_their_nudges_stop(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    gone = await onboarded(fake, 4007)
    stays = await onboarded(fake, 4008)
    fake.block(gone.chat_id)
    clock.now = NEXT_NUDGE.replace(second=1)
    await stays.expect_messages(1)
    await fake.wait_for(lambda: fake.call_counts["sendMessage"] > 0)

    async def blocked_outcome() -> list[str | None]:
        return [m.outcome for m in await rows(bot, OutboxMessage, 4007)]

    for _ in range(100):
        if await blocked_outcome() == ["blocked"]:
            break
        await stays.expect_no_message(within=0.05)
    assert await blocked_outcome() == ["blocked"]
    async with bot.sessions() as session:
        user = (await session.exec(select(User).where(col(User.id) == 4007))).one()
    assert user.active is False
    clock.now = NEXT_NUDGE.replace(day=4, second=1)
    await stays.expect_messages(1)
    assert await blocked_outcome() == ["blocked"]  # no new attempt for the blocked user


async def test_a_429_is_honoured_and_the_nudge_still_arrives_once(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4009)
    fake.fail_next("sendMessage", 429, retry_after=1, chat_id=ana.chat_id)
    clock.now = NEXT_NUDGE.replace(second=1)
    [message] = await ana.expect_messages(1, timeout=10)
    assert "treating yourself" in message.text
    await ana.expect_no_message(within=0.5)


async def test_after_downtime_old_nudges_are_skipped_not_sent_in_a_burst(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4010)
    clock.now = NEXT_NUDGE.replace(hour=11)  # three hours late, beyond the 2 h grace
    await ana.expect_no_message(within=0.5)
    [row] = await rows(bot, Schedule, 4010)
    assert row.due_at == NEXT_NUDGE.replace(day=4)  # moved on to tomorrow
    await nudge(ana, clock, NEXT_NUDGE.replace(day=4, second=1))


async def test_unanswered_nudges_back_off_and_say_so_once(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4011)
    for day in (3, 4, 5):
        await nudge(ana, clock, NEXT_NUDGE.replace(day=day, second=1))
    fourth = await nudge(ana, clock, NEXT_NUDGE.replace(day=6, second=1))
    assert "every other day" in fourth.lower()
    clock.now = NEXT_NUDGE.replace(day=7, second=1)
    await ana.expect_no_message(within=0.4)  # the day in between is quiet
    eighth = await nudge(ana, clock, NEXT_NUDGE.replace(day=8, second=1))
    assert "every other day" not in eighth.lower()  # said once
    ana.tap("Fairly kindly")  # answering restores the daily rhythm
    await ana.expect_messages(1)
    await nudge(ana, clock, NEXT_NUDGE.replace(day=9, second=1))


async def outbox_once(
    bot: Core, user_id: int, reached: Callable[[list[OutboxMessage]], bool]
) -> list[OutboxMessage]:
    """The user's outbox rows, once they have reached the state the test waits for."""
    for _ in range(200):
        found = await rows(bot, OutboxMessage, user_id)
        if reached(found):
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(f"the outbox of user {user_id} never got there: {found}")


async def delivered(bot: Core, user_id: int) -> list[OutboxMessage]:
    """The user's outbox rows once none is still on its way (the batch has been recorded)."""
    return await outbox_once(bot, user_id, lambda found: all(m.status != "sending" for m in found))


async def unanswered(bot: Core, user_id: int) -> int:
    [row] = await rows(bot, Schedule, user_id)
    count: int = row.unanswered
    return count


async def test_answering_a_nudge_before_its_batch_is_recorded_still_counts(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    """Someone who wrote a moment before the nudge and answers it at once has answered it,
    even though the bot marks when someone was last seen only once a minute."""
    ana = await onboarded(fake, 4021)
    clock.now = NEXT_NUDGE.replace(hour=7, minute=59, second=30)
    ana.send_text("/help")
    await ana.expect_messages(1)
    fake.response_delay = 3.0  # Telegram's answer to the nudge is slow to come back ...
    await nudge(ana, clock, NEXT_NUDGE.replace(second=5))
    ana.tap("Fairly kindly")  # ... and she answers it before it does
    [critic] = await ana.expect_messages(1)
    assert "inner critic" in critic.text
    [sending] = await rows(bot, OutboxMessage, 4021)
    assert sending.status == "sending"  # the batch's deliveries are not recorded yet
    fake.response_delay = 0.0
    assert [m.status for m in await delivered(bot, 4021)] == ["sent"]
    assert await unanswered(bot, 4021) == 0

    for day in (4, 5):  # two nudges left unanswered are not yet a quiet spell
        await nudge(ana, clock, NEXT_NUDGE.replace(day=day, second=1))
    third = await nudge(ana, clock, NEXT_NUDGE.replace(day=6, second=1))
    assert "every other day" not in third.lower()
    await nudge(ana, clock, NEXT_NUDGE.replace(day=7, second=1))  # still daily


async def test_only_a_nudge_that_got_through_can_go_unanswered(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    """Nobody can ignore a nudge that never reached them."""
    ana = await onboarded(fake, 4022)
    fake.fail_next("sendMessage", 502, chat_id=ana.chat_id)  # a network hiccup: tried again
    clock.now = NEXT_NUDGE.replace(second=1)
    await outbox_once(bot, 4022, lambda f: [(m.status, m.attempts) for m in f] == [("pending", 1)])
    assert await unanswered(bot, 4022) == 0
    await nudge(ana, clock, NEXT_NUDGE.replace(second=10))  # the second try gets through
    await delivered(bot, 4022)
    assert await unanswered(bot, 4022) == 1  # once, however many tries it took

    fake.fail_next("sendMessage", 400, chat_id=ana.chat_id)  # Telegram refuses the next one
    clock.now = NEXT_NUDGE.replace(day=4, second=1)
    await outbox_once(bot, 4022, lambda f: sorted(str(m.outcome) for m in f) == ["refused", "sent"])
    assert await unanswered(bot, 4022) == 1
    assert ana.unread == []


async def test_stopping_mid_send_lets_the_nudge_finish_and_logs_no_error(
    fake: FakeTelegram,
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with polling_bot(fake, database_url, tmp_path, clock, tick_seconds=0.05) as core:
        ana = await onboarded(fake, 4012)
        fake.response_delay = 0.8  # Telegram's answer is still on the way when we stop
        clock.now = NEXT_NUDGE.replace(second=1)
        await fake.wait_for(
            lambda: "treating yourself" in fake.chat(ana.chat_id)[-1].text,
            description="the nudge reaches Telegram",
        )
        caplog.clear()
        caplog.set_level(logging.WARNING)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    async with open_core(make_settings(database_url, tmp_path), clock) as core:
        [row] = await rows(core, OutboxMessage, 4012)
    assert row.status == "sent"  # recorded, so a restart will not send it again


async def test_resume_after_a_pause_has_run_its_course_says_they_are_on(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await onboarded(fake, 4020)
    await pause_for_a_day(ana)
    ana.send_text("/resume")  # within the pause: it is ended, and that is said
    [resumed] = await ana.expect_messages(1)
    assert "Welcome back" in resumed.text
    await pause_for_a_day(ana)

    clock.now = NEXT_NUDGE.replace(second=1)  # within the day of pause
    await ana.expect_no_message(within=0.4)
    await nudge(ana, clock, NEXT_NUDGE.replace(day=4, second=1))  # the pause ended on its own
    ana.send_text("/resume")
    [already] = await ana.expect_messages(1)
    assert "Your daily check-ins are on" in already.text
    assert "Welcome back" not in already.text
