"""Creating the async engine for SQLite (the embedded default) or PostgreSQL."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from threading import Thread
from typing import Any, TypeVar

import aiosqlite
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the scheduler read while a turn writes; busy_timeout waits instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


_T = TypeVar("_T")
#: Database work runs on the event loop for at most this long before others get a turn.
_SLICE_SECONDS = 0.005


class _InlineConnection(aiosqlite.Connection):
    """aiosqlite, but each call runs right here instead of on its worker thread.

    Handing every cursor, execute, fetch and commit to a thread and waking the event loop
    for the answer cost more CPU than the queries themselves (four hand-offs per statement,
    well over half of a turn). The bot keeps one SQLite connection in one process, and a
    statement on a database in the page cache takes microseconds, so running it inline
    is cheaper and no less responsive. The price: while another process holds the write
    lock (a `rotate-keys` run, say), the whole event loop waits with the query, for up to
    `busy_timeout`. The worker thread still opens and closes the connection.

    Unlike a hand-off, an inline call does not suspend the caller, so a turn's transaction
    runs in one go (nobody waits for the one connection meanwhile); only database work
    longer than a time slice yields to the event loop.
    """

    _since = 0.0

    async def _execute(self, fn: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        if self._connection is None:
            raise ValueError("Connection closed")
        now = time.monotonic()
        if now - self._since > _SLICE_SECONDS:
            # A long batch (a claim of hundreds of nudges) still lets others in between.
            await asyncio.sleep(0)
            self._since = time.monotonic()
        return fn(*args, **kwargs)


def _inline_creator(database: str) -> Callable[[], Awaitable[aiosqlite.Connection]]:
    def connect() -> sqlite3.Connection:
        # Opened on the worker thread, used on the event loop's.
        return sqlite3.connect(database, timeout=10, check_same_thread=False)

    async def create() -> aiosqlite.Connection:
        connection = _InlineConnection(connect, 64)
        # The worker never keeps the process alive on its own (before aiosqlite 0.22 the
        # connection was the thread itself).
        worker = getattr(connection, "_thread", connection)
        if isinstance(worker, Thread):
            worker.daemon = True
        return await connection

    return create


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str) -> AsyncEngine:
    if is_sqlite(url):
        parsed = make_url(url)
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # One connection, shared in turn: SQLite has a single writer anyway, and taking
        # turns in the pool is far cheaper than colliding on its lock and backing off.
        pool: dict[str, Any] = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 60}
        if parsed.query:  # URI options: let the driver read them the usual way
            engine = create_async_engine(url, connect_args={"timeout": 10}, **pool)
        else:
            engine = create_async_engine(
                url, async_creator=_inline_creator(database or ":memory:"), **pool
            )
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    # No pre-ping: it costs a round trip on every checkout, several per turn. A connection
    # that died (a server restart) fails its first statement instead; SQLAlchemy then drops
    # the whole pool, and callers that see `connection_invalidated` simply try again.
    # Enough standing connections for the sender's concurrent turns and the webhook's
    # requests: a connection opened and closed per burst costs more than the query.
    return create_async_engine(url, pool_size=20, max_overflow=10, pool_recycle=1800)


def rowcount(result: object) -> int:
    """Rows an UPDATE or DELETE touched (the typed Result API does not declare it)."""
    return int(getattr(result, "rowcount", 0))


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
