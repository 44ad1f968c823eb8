"""Instances sharing one PostgreSQL database take turns where they must: one person's
turns run one after the other whichever instance has them, and start-ups that migrate at
the same moment do not trip over each other."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import store
from bot.db.engine import create_engine
from bot.db.migrate import migrate
from bot.db.models import User
from bot.runtime import open_core
from bot.turns import Incoming
from flows.core import Started
from tests.shell.test_storage import schema_differences
from tests.support import make_settings, person_row

pytestmark = pytest.mark.postgres
WAITED = 0.5  # seconds a held turn is given to (wrongly) get through


async def test_one_persons_turn_waits_for_their_turn_on_another_instance(
    empty_postgres_url: str, tmp_path: Path
) -> None:
    settings = make_settings(empty_postgres_url, tmp_path)
    async with open_core(settings) as first, open_core(settings) as second:
        now = datetime.now(UTC)
        spanish = {**person_row(9, now, None), "locale": "es"}
        async with first.engine.begin() as connection:
            await connection.execute(
                insert(User), [person_row(7, now, None), person_row(8, now, None), spanish]
            )
        # The first instance is in the middle of person 7's turn: lock taken, not committed.
        async with AsyncSession(first.engine) as held:
            assert await held.run_sync(store.open_turn, 7, 1, 7, "en", now) is not None
            waiting = asyncio.create_task(second.turns.handle(Incoming(7, 7, Started("help"), 2)))
            other = await second.turns.handle(Incoming(8, 8, Started("help"), 3))
            await asyncio.sleep(WAITED)
            assert other.replies  # someone else is answered meanwhile
            assert not waiting.done()  # person 7's next message waits for the first turn
            # The first turn switches person 7 to Spanish.
            await held.execute(update(User).where(col(User.id) == 7).values(locale="es"))
            await held.commit()
        answered = await asyncio.wait_for(waiting, timeout=30)
        in_spanish = await second.turns.handle(Incoming(9, 9, Started("help"), 4))
    assert not answered.duplicate
    # The waiting turn read person 7 as the first turn left them, not as they were before.
    assert answered.replies[0].text == in_spanish.replies[0].text
    assert answered.replies[0].text != other.replies[0].text


async def test_instances_starting_together_migrate_once_without_colliding(
    empty_postgres_url: str,
) -> None:
    engines = [create_engine(empty_postgres_url) for _ in range(3)]
    try:
        await asyncio.gather(*(migrate(engine) for engine in engines))
        async with engines[0].connect() as connection:
            assert await connection.run_sync(schema_differences) == []
    finally:
        for engine in engines:
            await engine.dispose()
