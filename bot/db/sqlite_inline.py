"""SQLAlchemy's async SQLite dialect, with each statement run by `sqlite3` right where it is
called.

SQLAlchemy's aiosqlite adapter turns every cursor, execute, fetch and close into a coroutine
of aiosqlite's, awaited through a greenlet switch, and aiosqlite hands each one to a worker
thread. For the bot's one SQLite connection in one process, on a database in the page
cache, that machinery cost several times the statements themselves (a one-row SELECT: about
90 µs through it, under 10 µs with plain `sqlite3`). This adapter keeps SQLAlchemy's async
engine, sessions and dialect and replaces only the last step: the adapted connection and
cursor call the `sqlite3` connection directly, so a turn's transaction runs in one go.

The price: while another process holds the write lock (a `rotate-keys` run, say), the
event loop waits with the statement, for up to the busy timeout. Database work longer than
a time slice still yields to the event loop between statements, so a claim of hundreds of
nudges does not hold up everyone's replies.
"""

from __future__ import annotations

import asyncio
import collections
import sqlite3
import time
from collections.abc import Awaitable, Callable, Sequence
from types import ModuleType
from typing import Any, cast

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncIODBAPIConnection
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util import EMPTY_DICT
from sqlalchemy.util.concurrency import await_, in_greenlet

#: Database work runs on the event loop for at most this long before others get a turn.
SLICE_SECONDS = 0.005


async def _at_once() -> None:
    """Nothing to wait for."""


class InlineCursor(AsyncAdapt_aiosqlite_cursor):
    """A `sqlite3` cursor behind the interface SQLAlchemy's async adapter expects.

    Rows are fetched as the statement runs, as the adapter it replaces does, so results
    read later never touch the database again.
    """

    __slots__ = ()
    _awaitable_cursor_close = False  # closing is plain and immediate

    def __init__(self, adapt_connection: InlineConnection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = adapt_connection.raw.cursor()  # type: ignore[assignment]
        self._soft_closed_memoized = EMPTY_DICT
        self._rows = collections.deque()

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        cast(InlineConnection, self._adapt_connection).take_turns()
        cursor: sqlite3.Cursor = self._cursor  # type: ignore[assignment]
        result = cursor.execute(operation, () if parameters is None else parameters)
        if cursor.description:
            self._rows = collections.deque(cursor.fetchall())
        return result

    def executemany(self, operation: Any, seq_of_parameters: Sequence[Any]) -> Any:
        cast(InlineConnection, self._adapt_connection).take_turns()
        cursor: sqlite3.Cursor = self._cursor  # type: ignore[assignment]
        return cursor.executemany(operation, seq_of_parameters)


class InlineConnection(AsyncAdapt_aiosqlite_connection):
    """A `sqlite3` connection behind SQLAlchemy's async connection adapter."""

    __slots__ = ("_since", "raw")
    _cursor_cls = InlineCursor  # type: ignore[assignment]
    # Streamed results are read whole as well: the bot's results are small.
    _ss_cursor_cls = InlineCursor  # type: ignore[assignment]

    def __init__(self, dbapi: Any, connection: sqlite3.Connection) -> None:
        # SQLAlchemy asks the adapter for "the driver's connection": here that is sqlite3's.
        super().__init__(dbapi, connection)  # type: ignore[arg-type]
        self.raw = connection
        self._since: float | None = None  # when the current transaction's work began

    def take_turns(self) -> None:
        """Let the event loop run others once a transaction has worked for a slice.

        Only a long transaction (a claim of hundreds of nudges) ever yields, and only after
        a slice of work: while it waits, nobody else can use the one connection, so a turn's
        short transaction (well under a millisecond) runs in one go instead of leaving
        others queueing for it. Otherwise the statement still passes through the async
        caller once, without suspending it: SQLAlchemy's `AsyncConnection` checks that its
        driver did.
        """
        if not in_greenlet():
            return
        now = time.monotonic()
        if self._since is None:
            self._since = now  # the transaction's first statement
        elif now - self._since > SLICE_SECONDS:
            await_(asyncio.sleep(0))
            self._since = time.monotonic()
            return
        await_(_at_once())

    def _ended(self) -> None:
        self._since = None

    @property
    def isolation_level(self) -> str | None:
        return self.raw.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: str | None) -> None:
        self.raw.isolation_level = cast(Any, value)

    # sqlite3's own errors are the DBAPI errors SQLAlchemy expects: they pass straight up.
    def create_function(self, *args: Any, **kw: Any) -> None:
        self.raw.create_function(*args, **kw)

    def rollback(self) -> None:
        self._ended()
        self.raw.rollback()

    def commit(self) -> None:
        self._ended()
        self.raw.commit()

    def close(self) -> None:
        self.raw.close()

    def terminate(self) -> None:
        self.raw.close()


class InlineDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The DBAPI module SQLAlchemy's aiosqlite dialect is given in place of aiosqlite's."""

    def __init__(self) -> None:
        super().__init__(aiosqlite, sqlite3)
        self.has_stop = False  # no worker thread to stop: `terminate` simply closes

    def connect(self, *arg: Any, **kw: Any) -> InlineConnection:
        creator: Callable[[], Awaitable[sqlite3.Connection]] = kw.pop("async_creator_fn")
        return InlineConnection(self, await_(creator()))


def creator_for(database: str) -> Callable[[], Awaitable[AsyncIODBAPIConnection]]:
    """Opens the file on a worker thread (it may create it) and hands it to the event loop."""

    async def create() -> Any:
        return await asyncio.to_thread(
            sqlite3.connect, database, timeout=10, check_same_thread=False
        )

    return create


def dbapi() -> ModuleType:
    """What `create_async_engine(module=...)` takes for the dialect's DBAPI."""
    return InlineDBAPI()  # type: ignore[return-value]
