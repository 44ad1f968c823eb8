"""Creating the async engine for SQLite (the embedded default) or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.db import sqlite_inline


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the scheduler read while a turn writes; busy_timeout waits instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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
                url,
                module=sqlite_inline.dbapi(),
                async_creator=sqlite_inline.creator_for(database or ":memory:"),
                **pool,
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
