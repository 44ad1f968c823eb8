"""Shared test helpers: a movable clock, settings for a test database, database lifecycles."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.db.crypto import new_key

TEST_KEY = new_key()


@dataclass
class FakeClock:
    """Time that moves only when a test says so."""

    now: datetime = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_settings(database_url: str, data_dir: Path, **overrides: Any) -> Settings:
    """Settings for a test, ignoring any `.env` a developer keeps in the checkout."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "data_dir": data_dir,
        "encryption_keys": TEST_KEY,
        "telegram_token": None,
        **overrides,
    }
    return Settings(_env_file=None, **values)


def run_in_thread(work: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run async set-up from sync code, even when an event loop is already running here."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(lambda: asyncio.run(work())).result()


def _asyncpg_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


async def _admin(url: str, statement: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(url))
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@contextmanager
def scratch_postgres(admin_url: str) -> Iterator[str]:
    """A new, empty PostgreSQL database for this run, dropped afterwards."""
    name = f"good_enough_test_{uuid.uuid4().hex[:10]}"
    run_in_thread(lambda: _admin(admin_url, f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(drivername="postgresql+asyncpg", database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        run_in_thread(lambda: _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def person_row(
    user_id: int, now: datetime, checkin_time: str | None, *, consent: bool = False
) -> dict[str, Any]:
    """A `users` row for an onboarded person in UTC, for bulk seeding (tests, benchmarks)."""
    return {
        "id": user_id,
        "chat_id": user_id,
        "locale": "en",
        "zone_key": "UTC+00:00",
        "checkin_time": checkin_time,
        "consent": consent,
        "onboarded": True,
        "active": True,
        "created_at": now,
        "last_seen_at": now,
        "checkins_state": "on",
        "keep_words": False,
    }


def checkin_row(user_id: int, due: datetime, *, explicit_night: bool = True) -> dict[str, Any]:
    """A `schedules` row: this person's daily check-in, next due at `due`."""
    return {
        "user_id": user_id,
        "kind": "checkin",
        "ref": "",
        "due_at": due,
        "local_time": due.strftime("%H:%M"),
        "explicit_night": explicit_night,
        "unanswered": 0,
    }


def interrupted_send(user_id: int, kind: str, began: datetime) -> dict[str, Any]:
    """An `outbox` row as a crash mid-send leaves it: `sending` since `began`."""
    return {
        "user_id": user_id,
        "kind": kind,
        "ref": "",
        "dedupe_key": f"{kind}:{user_id}:{began.isoformat()}",
        "due_at": began,
        "created_at": began,
        "status": "sending",
        "attempts": 1,
        "next_attempt_at": began,
    }
