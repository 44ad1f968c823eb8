"""Fixtures for the shell tests: every storage-touching test runs on SQLite and, when
TEST_DATABASE_URL is set, on PostgreSQL too."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import SQLModel

import bot.db.models  # noqa: F401 - registers the tables
from bot.db.crypto import Cipher
from bot.db.engine import create_engine
from bot.db.migrate import migrate
from bot.runtime import Core, open_core
from tests.support import TEST_KEY, FakeClock, make_settings, run_in_thread, scratch_postgres


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One scratch database per test run, migrated once; skipped without TEST_DATABASE_URL."""
    admin = os.environ.get("TEST_DATABASE_URL")
    if not admin:
        pytest.skip("TEST_DATABASE_URL is not set")
    with scratch_postgres(admin) as url:
        Cipher.from_setting(TEST_KEY).install()

        async def _migrate() -> None:
            engine = create_engine(url)
            await migrate(engine)
            await engine.dispose()

        run_in_thread(_migrate)
        yield url


@pytest.fixture
def empty_postgres_url() -> Iterator[str]:
    """A database of its own, not migrated: for tests that run `python -m bot migrate`
    themselves, or start processes that must not meet other tests' rows."""
    admin = os.environ.get("TEST_DATABASE_URL")
    if not admin:
        pytest.skip("TEST_DATABASE_URL is not set")
    with scratch_postgres(admin) as url:
        yield url


async def _empty_tables(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
        await connection.execute(text(f"TRUNCATE {names}"))
    await engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    await _empty_tables(url)
    return url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def core(database_url: str, tmp_path: Path, clock: FakeClock) -> AsyncIterator[Core]:
    settings = make_settings(database_url, tmp_path)
    async with open_core(settings, clock) as opened:
        yield opened
