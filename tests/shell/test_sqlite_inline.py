"""SQLite's statements run on the event loop: long work must still let others in, and
errors must reach callers as SQLAlchemy's, with the connection still usable after."""

from __future__ import annotations

import asyncio
import gc
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bot.db import sqlite_inline
from bot.db.engine import create_engine
from bot.runtime import Core


async def test_a_long_transaction_lets_other_work_run_meanwhile(tmp_path: Path) -> None:
    """A claim of hundreds of nudges must not hold up every reply until it commits."""
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'long.sqlite3'}")
    ticks = 0

    async def other_work() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE marks (n INTEGER)"))
        runner = asyncio.create_task(other_work())
        await asyncio.sleep(0)
        async with engine.begin() as connection:
            before = ticks
            deadline = time.monotonic() + 10 * sqlite_inline.SLICE_SECONDS
            written = 0
            while time.monotonic() < deadline:
                await connection.execute(text("INSERT INTO marks VALUES (:n)"), {"n": written})
                written += 1
            during = ticks - before
        runner.cancel()
        async with engine.connect() as connection:
            stored = (await connection.execute(text("SELECT count(*) FROM marks"))).scalar_one()
    finally:
        await engine.dispose()
    assert during >= 2
    assert stored == written


async def test_a_refused_statement_raises_and_the_connection_carries_on(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'refused.sqlite3'}")
    try:
        async with engine.begin() as connection:
            await connection.execute(text("CREATE TABLE seen (id INTEGER PRIMARY KEY)"))
            await connection.execute(text("INSERT INTO seen VALUES (1)"))

        async def new_then_repeated() -> None:
            async with engine.begin() as connection:
                await connection.execute(text("INSERT INTO seen VALUES (2)"))
                await connection.execute(text("INSERT INTO seen VALUES (1)"))

        with pytest.raises(IntegrityError):
            await new_then_repeated()
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO seen VALUES (3)"))
            ids = (await connection.execute(text("SELECT id FROM seen ORDER BY id"))).scalars()
            assert list(ids) == [1, 3]  # the refused transaction left nothing behind
    finally:
        await engine.dispose()


async def test_garbage_collection_runs_again_once_started(core: Core) -> None:
    """Start-up pauses collection while it builds; a bot left without it would grow."""
    assert core.catalog.locales
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up built is kept out of collections
