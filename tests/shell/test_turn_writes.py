"""What a turn writes on the person's own row, on SQLite and PostgreSQL: that they were
seen, where to reach them, and the settings their words changed."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlmodel import col, select

from bot.db.models import User
from bot.runtime import Core
from bot.turns import Incoming
from flows.core import Chose, Said, Started
from tests.support import FakeClock, person_row


async def stored(core: Core, user_id: int) -> User:
    async with core.sessions() as session:
        return (await session.exec(select(User).where(col(User.id) == user_id))).one()


async def add_person(core: Core, clock: FakeClock, user_id: int, **changes: object) -> None:
    row = {**person_row(user_id, clock.now - timedelta(hours=3), "08:30"), **changes}
    async with core.engine.begin() as connection:
        await connection.execute(User.__table__.insert(), [row])  # type: ignore[attr-defined]


async def test_writing_again_after_a_block_makes_the_person_reachable_where_they_wrote(
    core: Core, clock: FakeClock
) -> None:
    await add_person(core, clock, 41, active=False)
    answered = await core.turns.handle(Incoming(41, 9041, Said("hello there"), 1))
    assert answered.replies
    user = await stored(core, 41)
    assert (user.active, user.chat_id, user.last_seen_at) == (True, 9041, clock.now)


async def test_a_message_within_the_minute_leaves_the_seen_time_alone(
    core: Core, clock: FakeClock
) -> None:
    await add_person(core, clock, 42)
    await core.turns.handle(Incoming(42, 42, Said("hello there"), 1))
    first_seen = clock.now
    clock.advance(seconds=20)
    await core.turns.handle(Incoming(42, 42, Said("hello again"), 2))
    assert (await stored(core, 42)).last_seen_at == first_seen
    clock.advance(minutes=2)
    await core.turns.handle(Incoming(42, 42, Said("and again"), 3))
    assert (await stored(core, 42)).last_seen_at == clock.now


async def test_a_setting_changed_in_a_turn_is_kept_with_the_seen_time(
    core: Core, clock: FakeClock
) -> None:
    await add_person(core, clock, 43, active=False)
    await core.turns.handle(Incoming(43, 43, Started("settings"), 1))
    await core.turns.handle(Incoming(43, 43, Chose("keep", "", "settings"), 2))
    async with core.engine.begin() as connection:  # blocked the bot meanwhile
        await connection.execute(update(User).where(col(User.id) == 43).values(active=False))
    clock.advance(minutes=5)
    kept = await core.turns.handle(Incoming(43, 43, Chose("keep", "forever", "settings"), 3))
    assert kept.replies
    user = await stored(core, 43)
    assert (user.keep_words, user.active, user.last_seen_at) == (True, True, clock.now)
