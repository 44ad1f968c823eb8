"""Where the next send may go: one process's own pace, or one pace shared by every instance.

Telegram allows a bot about 30 messages a second and answers more with 429. The pace is a
sliding window, "at most N sends in any W seconds", kept as the moments of the last N slots
handed out: the next slot is the earliest moment that is no earlier than the last slot and
at least W after the N-th last. That is the most any sender can send without breaking the
rule, and it lets a short burst of replies through at once instead of queueing them one
interval apart (an even spacing made people wait for each other at a load well under the
limit). Nothing in aiolimiter or `limits` hands out future slots of a sliding window, and
the shared pace must run the same rule inside the database, so both are written here.

One instance keeps the window in memory. Several instances behind a load balancer must share
it, or the limit is multiplied by their number: on PostgreSQL they share one row,
`send_pace`, updated by one short autocommit call per send, or lent for half a second at a
time to an instance that sends alone; Telegram's `RetryAfter` pushes the row forward so
that every instance holds, not only the one that was told.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine

log = logging.getLogger(__name__)

#: The most sends let through at the same moment. A burst this size covers replies to people
#: who happened to write together; a bigger one reaches Telegram as a clump that arrives
#: spread out by however busy the way there is, and two such clumps a window apart can
#: arrive closer than a window (the fake Bot API in the tests answered them with 429s).
MAX_BURST = 5


@dataclass(frozen=True)
class Window:
    """At most `slots` sends in any `seconds`."""

    slots: int
    seconds: float

    @classmethod
    def for_rate(cls, per_second: float, margin: float) -> Window:
        """At most `per_second` sends in any second, kept over a window `margin` seconds
        longer: requests reach Telegram after different delays, and Telegram counts them
        when they arrive.

        The window is cut into k equal shorter ones, so that a burst is at most `MAX_BURST`:
        at most n sends in every W/k seconds still means at most k·n in every W. k is chosen
        so that k·n is the whole limit; a limit with no such split (a prime) is evenly spaced.
        """
        total = max(1, math.floor(per_second))
        slots = max(n for n in range(1, min(total, MAX_BURST) + 1) if total % n == 0)
        parts = total // slots
        return cls(slots=slots, seconds=(total / per_second + margin) / parts)


class Limit:
    """Telegram's limit as this process keeps it: at most `per_second` sends in any second,
    kept over a window a margin longer.

    The margin is small while Telegram is content and widens after each 429 (a request
    delayed on the way bunched with later ones), then narrows by a hundredth of a second
    for every minute without one: a busy machine pays with a little pace, a quiet one keeps
    nearly all of it.
    """

    WIDEST = 0.25
    RELAX_AFTER = 60.0
    RELAX_STEP = 0.01

    def __init__(
        self, per_second: float, margin: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_second = per_second
        self.base = margin
        self.margin = margin
        self._clock = clock
        self._changed_at = clock()
        self._window = Window.for_rate(per_second, margin)

    @property
    def window(self) -> Window:
        if self.margin > self.base and self._clock() - self._changed_at >= self.RELAX_AFTER:
            self._set(max(self.base, self.margin - self.RELAX_STEP))
        return self._window

    def widen(self) -> None:
        """Telegram answered 429: keep the limit over a longer window from now on."""
        self._set(min(self.WIDEST, max(2 * self.margin, self.margin + 0.02)))

    def _set(self, margin: float) -> None:
        self.margin = margin
        self._changed_at = self._clock()
        self._window = Window.for_rate(self.per_second, margin)


class SlidingWindow:
    """The last `slots` moments handed out, oldest first, and the rule for the next one."""

    def __init__(self, window: Window, stamps: Sequence[float] = ()) -> None:
        self.window = window  # a new one of the same size may replace it (see `Limit`)
        start = [-math.inf] * (window.slots - len(stamps)) + list(stamps)[-window.slots :]
        self._recent: deque[float] = deque(start, maxlen=window.slots)

    @property
    def stamps(self) -> list[float]:
        return list(self._recent)

    def earliest(self, now: float) -> float:
        """The earliest moment at or after `now` that keeps the window's promise."""
        return max(now, self._recent[0] + self.window.seconds, self._recent[-1])

    def reserve(self, now: float) -> float:
        """Take the earliest slot at or after `now`."""
        slot = self.earliest(now)
        self._recent.append(slot)
        return slot

    def hold_until(self, moment: float) -> None:
        """Hand out no slot before `moment` (Telegram asked for a pause)."""
        floor = moment - self.window.seconds
        self._recent = deque(
            (max(stamp, floor) for stamp in self._recent), maxlen=self.window.slots
        )
        self._recent[-1] = max(self._recent[-1], moment)  # exact, whatever the rounding above


# The window rule and its lease (migration 0008) in one call: the slot, the database's clock
# as it took it, how long this instance may pace alone from now, and the window's stamps.
_TAKE_SLOT = (
    "SELECT * FROM take_send_slot($1::int, $2::float8, $3::text, $4::float8[], $5::float8,"
    " $6::float8)"
)
# $1 the pause in seconds, $2 the window's length.
_HOLD = """
    UPDATE send_pace
    SET recent = ARRAY(
        SELECT GREATEST(
            stamp, EXTRACT(EPOCH FROM clock_timestamp())::float8 + $1::float8 - $2::float8
        )
        FROM unnest(recent) WITH ORDINALITY AS held(stamp, position)
        ORDER BY position
    )
    WHERE id = 1 AND cardinality(recent) > 0
"""


# A lease's holder stopping cleanly: its stamps back into the row ($2), the lease lifted, so
# nobody waits for its end. Nothing happens unless the row still lends to this instance ($1).
_HAND_BACK = """
    UPDATE send_pace
    SET holder = NULL,
        held_until = NULL,
        recent = ARRAY(
            SELECT greatest(row_stamp, held_stamp)
            FROM unnest(recent, $2::float8[]) WITH ORDINALITY AS pair(row_stamp, held_stamp, n)
            ORDER BY n
        )
    WHERE id = 1 AND holder = $1::text AND cardinality(recent) = cardinality($2::float8[])
"""


class PaceUnavailable(Exception):  # noqa: N818 - reads as what happened
    """The shared pace's database did not answer (the message names the driver's error)."""


class SendPace(Protocol):
    async def take_slot(self) -> None:
        """Return when this process may send the next message."""

    async def departing(self) -> None:
        """The request leaves now: hold it if sends that left late would bunch with it."""

    async def hold_all(self, seconds: float) -> None:
        """Telegram asked for a pause: no slot is handed out before it is over."""

    async def close(self) -> None:
        """Let go of what the pace holds (connections)."""


class DepartureGate:
    """The same window over the moments requests actually leave this process.

    A slot says when a send may go, but the work between the slot and the request (marking
    an outbox row, building the request) can take longer for one send than another, and
    Telegram counts requests as they arrive. Checked with no pause between the check and
    the request leaving, this keeps what actually leaves within the window; the margin then
    only has to cover the way from here to Telegram.
    """

    def __init__(self, limit: Limit) -> None:
        self._limit = limit
        self._window = SlidingWindow(limit.window)

    async def departing(self) -> None:
        self._window.window = self._limit.window
        # The moment recorded is the one read just before returning, never a planned one:
        # a task can wake from its sleep late when the event loop is busy.
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            earliest = self._window.earliest(now)
            if earliest <= now:
                self._window.reserve(now)
                return
            await asyncio.sleep(earliest - now)


class LocalPace:
    """The window kept in this process (the embedded SQLite deployment)."""

    def __init__(self, limit: Limit) -> None:
        self._limit = limit
        self._window = SlidingWindow(limit.window)
        self._gate = DepartureGate(limit)

    async def take_slot(self) -> None:
        self._window.window = self._limit.window
        loop = asyncio.get_running_loop()
        now = loop.time()
        wait = self._window.reserve(now) - now
        if wait > 0:
            await asyncio.sleep(wait)

    async def departing(self) -> None:
        await self._gate.departing()

    async def hold_all(self, seconds: float) -> None:
        self._limit.widen()
        self._window.hold_until(asyncio.get_running_loop().time() + seconds)

    async def close(self) -> None:
        """Nothing to let go of."""


@dataclass
class _Lease:
    """The window lent to this instance while it sends alone, kept in memory."""

    window: SlidingWindow  # stamps by the database's clock, as the row keeps them
    #: The database's clock minus the event loop's, read as the answer arrived: low by the
    #: way back at most, so a wait worked out from it comes out long, never short.
    offset: float
    #: The loop's time when the lease ends, counted from before the question left: early.
    until: float


class SharedPace:
    """One window for every instance that uses the same PostgreSQL database.

    Sends update one row, so the row must be free again at once: the table is unlogged and
    the pace's connection commits without waiting for the disk. Losing the row in a crash
    costs nothing; it is written again on the next send.

    While one instance sends alone, the row lends it the whole window for `LEASE_SECONDS`
    at a time (migration 0008): it paces in memory and asks the row again only when its
    next slot falls after the lease, handing its stamps back as it asks. At 25 sends a
    second that is two statements a second instead of 25. Another instance that asks during
    a lease waits for it to end (at most `LEASE_SECONDS`, once) and no lease is lent again
    until the instances have been apart for `QUIET_SECONDS`: instances that share the
    traffic share the row for every send, as before.

    The pace keeps one connection of its own open between sends, in autocommit, and runs its
    statement through the driver. Checking a connection out of the pool and running the
    statement through SQLAlchemy's engine cost about four times the statement itself (on a
    2-core machine, 360 µs of CPU a send against 80), for every message the bot sends.

    If the database cannot answer, this instance keeps its own window for that send rather
    than leave a person without a reply, and connects afresh for the next one; Telegram's
    429s cover the rest.
    """

    LEASE_SECONDS = 0.5
    QUIET_SECONDS = 10.0

    def __init__(
        self,
        database_url: str,
        limit: Limit,
        *,
        lease_seconds: float = LEASE_SECONDS,
        quiet_seconds: float = QUIET_SECONDS,
    ) -> None:
        # The engine only opens the connection, with the URL's options and these settings.
        self._engine = create_async_engine(
            database_url,
            pool_size=1,
            max_overflow=0,
            isolation_level="AUTOCOMMIT",
            connect_args={"server_settings": {"synchronous_commit": "off"}},
        )
        self._limit = limit
        self._lease_seconds = lease_seconds
        self._quiet_seconds = quiet_seconds
        self._me = uuid.uuid4().hex  # this process to the row; says nothing about anyone
        self._lease: _Lease | None = None
        self._fallback = LocalPace(limit)
        self._gate = DepartureGate(limit)  # this instance's own share of the jitter
        self._held: AsyncConnection | None = None
        self._driver: Any = None  # the asyncpg connection behind `_held`
        self._one_at_a_time = asyncio.Lock()
        self._asking = asyncio.Lock()

    async def take_slot(self) -> None:
        try:
            slot, now = await self.reserve()
        except PaceUnavailable as error:
            log.warning("shared send pace unavailable, pacing locally: %s", error)
            await self._fallback.take_slot()
            return
        if slot > now:
            await asyncio.sleep(slot - now)

    async def departing(self) -> None:
        await self._gate.departing()

    async def reserve(self) -> tuple[float, float]:
        """Take the next shared slot: (the slot, now), both by the database's clock."""
        window = self._limit.window
        lent = self._from_lease(window)
        if lent is not None:
            return lent
        # One question at a time: a send that came while another asked would otherwise ask
        # without the stamps being handed back, and the row would count the lease as full.
        async with self._asking:
            lent = self._from_lease(window)  # renewed while this send waited
            if lent is not None:
                return lent
            return await self._ask(window)

    def _from_lease(self, window: Window) -> tuple[float, float] | None:
        """A slot from the lent window, if the lease covers it."""
        lease = self._lease
        if lease is None:
            return None
        lease.window.window = window
        now = asyncio.get_running_loop().time() + lease.offset
        slot = lease.window.earliest(now)
        if slot - lease.offset >= lease.until:
            return None
        lease.window.reserve(now)
        return slot, now

    async def _ask(self, window: Window) -> tuple[float, float]:
        """Take a slot from the row, handing back a lease's stamps, and keep any new lease."""
        loop = asyncio.get_running_loop()
        lease, self._lease = self._lease, None
        while True:
            asked = loop.time()
            slot, now, lease_left, stamps = await self._run(
                _TAKE_SLOT,
                window.slots,
                window.seconds,
                self._me,
                None if lease is None else lease.window.stamps,
                self._lease_seconds,
                self._quiet_seconds,
            )
            if slot is not None:
                break
            lease = None  # another instance sends alone for a moment: wait for it to end
            await asyncio.sleep(lease_left)
        if lease_left > 0:
            self._lease = _Lease(
                window=SlidingWindow(window, stamps),
                offset=now - loop.time(),
                until=asked + lease_left,
            )
        return float(slot), float(now)

    async def hold_all(self, seconds: float) -> None:
        self._limit.widen()
        if self._lease is not None:
            loop_now = asyncio.get_running_loop().time()
            self._lease.window.hold_until(loop_now + self._lease.offset + seconds)
        try:
            await self._run(_HOLD, seconds, self._limit.window.seconds)
        except PaceUnavailable as error:
            log.warning("could not share a Telegram pause: %s", error)

    async def _run(self, statement: str, *args: object) -> Any:
        """One statement on the held connection (opened on first use): its first row."""
        async with self._one_at_a_time:
            try:
                if self._held is None:
                    held = await self._engine.connect()
                    self._held = held
                    self._driver = (await held.get_raw_connection()).driver_connection
                return await self._driver.fetchrow(statement, *args)
            except Exception as error:  # only the driver runs in here: any error is its own
                await self._drop()
                raise PaceUnavailable(type(error).__name__) from error
            except BaseException:  # cut off mid-statement: the connection's state is unknown
                await self._drop()
                raise

    async def _drop(self) -> None:
        """Forget a connection that failed (or was cut off mid-statement) for a new one."""
        held, self._held, self._driver = self._held, None, None
        if held is not None:
            with contextlib.suppress(Exception):
                await held.invalidate()
                await held.close()

    async def close(self) -> None:
        if self._lease is not None and self._held is not None:
            stamps, self._lease = self._lease.window.stamps, None
            with contextlib.suppress(PaceUnavailable):
                await self._run(_HAND_BACK, self._me, stamps)
        async with self._one_at_a_time:
            if self._held is not None:
                with contextlib.suppress(Exception):
                    await self._held.close()
                self._held = self._driver = None
        await self._engine.dispose()


def pace_for(database_url: str, limit: Limit, *, shared: bool) -> SendPace:
    return SharedPace(database_url, limit) if shared else LocalPace(limit)
