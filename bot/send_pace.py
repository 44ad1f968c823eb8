"""Where the next send may go: one process's own pace, or one pace shared by every instance.

Telegram's limit (about 30 messages a second) is per bot, not per process. One instance can
keep the pace in memory. Several instances behind a load balancer must share it, or the
limit is multiplied by their number. On PostgreSQL they share one row, `send_pace`, as a
generic cell rate algorithm: each send moves `next_slot` one interval on and sleeps until
the slot it took. That is one short autocommit UPDATE per send, and Telegram's `RetryAfter`
pushes the row forward so that every instance holds, not only the one that was told.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from aiolimiter import AsyncLimiter
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

log = logging.getLogger(__name__)

# The slot taken is the one that starts at the row's old `next_slot` (or now, if the pace
# has been idle); the answer is how long to wait for it by the database's own clock, so
# instances whose clocks disagree still agree on the spacing.
_TAKE_SLOT = text(
    """
    UPDATE send_pace
    SET next_slot = GREATEST(next_slot, clock_timestamp()) + make_interval(secs => :interval)
    WHERE id = 1
    RETURNING EXTRACT(EPOCH FROM next_slot - clock_timestamp())::float8 - :interval
    """
)
_HOLD = text(
    """
    UPDATE send_pace
    SET next_slot = GREATEST(next_slot, clock_timestamp() + make_interval(secs => :seconds))
    WHERE id = 1
    """
)
_ENSURE_ROW = text(
    "INSERT INTO send_pace (id, next_slot) VALUES (1, clock_timestamp()) ON CONFLICT DO NOTHING"
)


class SendPace(Protocol):
    async def take_slot(self) -> None:
        """Return when this process may send the next message."""

    async def hold_all(self, seconds: float) -> None:
        """Telegram asked for a pause: no slot is handed out before it is over."""

    async def close(self) -> None:
        """Let go of what the pace holds (connections)."""


class LocalPace:
    """Evenly spaced sends within one process (the embedded SQLite deployment)."""

    def __init__(self, per_second: float) -> None:
        self._limiter = AsyncLimiter(max_rate=1, time_period=1 / per_second)

    async def take_slot(self) -> None:
        await self._limiter.acquire()

    async def hold_all(self, seconds: float) -> None:
        """The rate limiter already holds this process's requests; nothing else shares it."""

    async def close(self) -> None:
        """Nothing to let go of."""


class SharedPace:
    """Evenly spaced sends across every instance that uses the same PostgreSQL database.

    Every send of every instance updates the same row, so the row must be free again at
    once: the pace has its own few connections in autocommit, the table is unlogged and
    commits do not wait for the disk. Losing the row in a crash costs nothing; it is
    written again on the next send.

    If the database cannot answer, this instance keeps its own pace for that send rather
    than leave a person without a reply; Telegram's 429s cover the rest.
    """

    def __init__(self, database_url: str, per_second: float) -> None:
        self._engine = create_async_engine(
            database_url,
            pool_size=3,
            max_overflow=0,  # each use is one short statement: waiting beats connecting
            isolation_level="AUTOCOMMIT",
            connect_args={"server_settings": {"synchronous_commit": "off"}},
        )
        self._interval = 1 / per_second
        self._fallback = LocalPace(per_second)
        self._ready = False

    async def take_slot(self) -> None:
        try:
            wait = await self._reserve()
        except DBAPIError as error:
            log.warning("shared send pace unavailable, pacing locally: %s", type(error).__name__)
            await self._fallback.take_slot()
            return
        if wait > 0:
            await asyncio.sleep(wait)

    async def _reserve(self) -> float:
        async with self._engine.connect() as connection:
            if not self._ready:
                await connection.execute(_ENSURE_ROW)
            wait = (await connection.execute(_TAKE_SLOT, {"interval": self._interval})).scalar()
        if wait is None:  # the row is gone (a crash empties an unlogged table)
            self._ready = False
            return 0.0
        self._ready = True
        return float(wait)

    async def hold_all(self, seconds: float) -> None:
        try:
            async with self._engine.connect() as connection:
                await connection.execute(_HOLD, {"seconds": seconds})
        except DBAPIError as error:
            log.warning("could not share a Telegram pause: %s", type(error).__name__)

    async def close(self) -> None:
        await self._engine.dispose()


def pace_for(database_url: str, per_second: float, *, shared: bool) -> SendPace:
    return SharedPace(database_url, per_second) if shared else LocalPace(per_second)
