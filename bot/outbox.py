"""Delivering the outbox: at the configured rate, at most once per row, kind under failure.

A row goes pending → claimed (while its turn is prepared) → sending (committed just before
the request leaves) → sent. If the process dies while a row is `sending` we cannot know
whether Telegram got it, so that row is never sent again: a possibly missed nudge is kinder
than a doubled one, and the window is only the request itself. A row left `claimed` is
safely pending again after a restart.

A nudge counts as unanswered (`Schedule.unanswered`) from the moment it is marked
`sending`, in the same statement, so the count is always in place before the person can
see the nudge and answer it (an answer sets it back to 0). A nudge that then fails, or is
closed as interrupted, is taken back off the count: only a nudge that may have been read
can go unanswered.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import math
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Select, Update, case, func, update
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import schedules
from bot.db.engine import rowcount
from bot.db.models import OutboxMessage, Schedule, User
from bot.metrics import Metrics
from bot.render import Rendered
from bot.turns import Clock, Incoming, TurnEngine
from flows.core import TimerFired

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 6
PER_CHAT_GAP = 1.0  # seconds between scheduled messages to one chat


class Delivery(enum.Enum):
    SENT = "sent"
    BLOCKED = "blocked"
    RETRY = "retry"
    FAILED = "failed"
    CALLED_OFF = "called off"  # our claim was lost before anything left


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    outcome: Delivery
    retry_after: float = 0.0


OnAcquired = Callable[[], Awaitable[bool]]

#: Kinds whose delivery counts towards the check-in's unanswered streak.
NUDGES = frozenset({schedules.CHECKIN, schedules.SNOOZE})


def _unanswered_after(change: int) -> ColumnElement[int]:
    """The streak moved by `change`, never below 0: an answer may already have reset it
    when a failed nudge is taken back off."""
    unanswered = col(Schedule.unanswered)
    if change > 0:
        return unanswered + change
    return case((unanswered > -change, unanswered + change), else_=0)


def _count_nudges(user_ids: Iterable[int] | Select[Any], change: int) -> Update:
    """Move the check-in streak of these users (a list or a subquery of ids)."""
    return (
        update(Schedule)
        .where(col(Schedule.kind) == schedules.CHECKIN, col(Schedule.user_id).in_(user_ids))
        .values(unanswered=_unanswered_after(change))
        .execution_options(synchronize_session=False)
    )


async def _transition(
    connection: AsyncConnection, moved: Update, row: OutboxMessage, *, counts: int = 0
) -> bool:
    """Apply one outbox row's status change (`moved`, which names the row and the status it
    must still have) and, only if it applied and the row is a nudge, move the user's
    unanswered streak by `counts`.

    On PostgreSQL it is one statement (the streak update rides along as a data-modifying
    CTE), so marking a nudge `sending` costs no extra round trip; SQLite has no such CTE
    and runs the two statements in the caller's transaction, in-process.
    """
    if not counts or row.kind not in NUDGES:
        return rowcount(await connection.execute(moved)) == 1
    if connection.dialect.name == "postgresql":
        marked = moved.returning(col(OutboxMessage.user_id)).cte("marked")
        counted = _count_nudges(select(marked.c.user_id), counts).cte("counted")
        both = select(func.count()).select_from(marked).add_cte(counted)
        return (await connection.execute(both)).scalar_one() == 1
    if rowcount(await connection.execute(moved)) != 1:
        return False
    await connection.execute(_count_nudges([row.user_id], counts))
    return True


class Deliver(Protocol):
    """Sends messages to a chat. `on_acquired` is awaited once the rate limit grants the
    first request, just before it leaves; if it returns False nothing is sent."""

    async def __call__(
        self,
        chat_id: int,
        user_id: int,
        messages: Sequence[Rendered],
        on_acquired: OnAcquired | None = None,
    ) -> DeliveryResult: ...


def _one_per_user(
    rows: Sequence[tuple[OutboxMessage, int]],
) -> list[tuple[OutboxMessage, int]]:
    """At most one row per person in a batch: a second message for the same chat waits for
    the next heartbeat, so no chat gets more than about one scheduled message a second."""
    seen: set[int] = set()
    kept = []
    for row, chat_id in rows:
        if row.user_id not in seen:
            seen.add(row.user_id)
            kept.append((row, chat_id))
    return kept


def merge(replies: Sequence[Rendered]) -> list[Rendered]:
    """Fold leading button-less messages into the next one, so a nudge is one message
    (Telegram asks for at most about one message a second per chat)."""
    merged: list[Rendered] = []
    pending_text: list[str] = []
    for reply in replies:
        if not reply.buttons and reply.reply_keyboard == "none":
            pending_text.append(reply.text)
            continue
        text = "\n\n".join([*pending_text, reply.text])
        pending_text = []
        merged.append(Rendered(text, reply.buttons, reply.reply_keyboard, reply.location_label))
    if pending_text:
        merged.append(Rendered("\n\n".join(pending_text)))
    return merged


class Sending:
    """One claimed batch on its way out."""

    def __init__(
        self,
        tasks: list[asyncio.Task[bool]],
        all_begun: asyncio.Event,
        record: Callable[[], Awaitable[None]],
    ) -> None:
        self._tasks = tasks
        self._all_begun = all_begun
        self._record = record
        self._finished = False

    @property
    def empty(self) -> bool:
        return not self._tasks

    async def all_begun(self) -> None:
        """Every row has begun its send; only the last few can still be waiting."""
        await self._all_begun.wait()

    async def finish(self) -> int:
        """Wait for every send and record the deliveries; how many rows were finished.
        Safe to call twice (the second call finds nothing left to do)."""
        if self._finished:
            return 0
        self._finished = True
        try:
            done = await asyncio.gather(*self._tasks)
        finally:
            await self._record()
        return sum(done)


class OutboxSender:
    """Drains due outbox rows through the turn engine (so a nudge starts its flow) and the
    delivery function of the front end."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        turns: TurnEngine,
        deliver: Deliver,
        clock: Clock,
        *,
        concurrency: int | None = None,
        per_second: float | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics()
        # Enough sends under way to fill the pace (a fifth of a second of sends), and no
        # more: every one prepares its turn on the same event loop, and a crowded loop
        # lets requests leave late and in clumps, which Telegram counts as a burst.
        if concurrency is None:
            concurrency = max(4, min(16, math.ceil((per_second or 80) / 5)))
        # About five seconds of sends per batch at the configured pace, so the pause
        # between batches is rare, yet never so many rows that a claim could outlive its
        # lease before its send (2 to 8 rounds of concurrent sends).
        paced = int((per_second or 0) * 5)
        self._batch = min(max(paced, 2 * concurrency), 8 * concurrency)
        self._sessions = sessions
        self._turns = turns
        self._deliver = deliver
        self._clock = clock
        self._concurrency = concurrency
        self._sent_rows: list[tuple[OutboxMessage, datetime]] = []
        engine = self._engine = sessions.kw["bind"]
        # Marking `sending` is one statement on PostgreSQL, so autocommit spares it a
        # BEGIN and a COMMIT; on SQLite a nudge's mark is two statements, kept together.
        self._marking = (
            engine.execution_options(isolation_level="AUTOCOMMIT")
            if engine.dialect.name == "postgresql"
            else engine
        )
        self._last_sent: dict[int, float] = {}
        self._gate: asyncio.Semaphore | None = None  # shared by overlapping batches

    async def drain(self, limit: int | None = None) -> int:
        """Send what is due now (up to `limit` rows); returns how many rows were finished."""
        return await (await self.start(limit)).finish()

    async def start(self, limit: int | None = None) -> Sending:
        """Claim a batch of due rows and start sending them.

        The heartbeat claims the next batch as soon as every row of this one has begun,
        while the last few are still waiting for their slots, so the send window never
        stands idle between batches. A batch is kept small (see `__init__`): a claim lasts
        only the lease, and rows claimed far ahead of their send would expire while still
        waiting here, be taken over by another instance and have their turn run twice.
        """
        rows = await self._claim(limit if limit is not None else self._batch)
        if self._gate is None:
            self._gate = asyncio.Semaphore(self._concurrency)
        gate = self._gate
        waiting = len(rows)
        all_begun = asyncio.Event()
        if not rows:
            all_begun.set()

        async def one(row: OutboxMessage, chat_id: int) -> bool:
            nonlocal waiting
            async with gate:
                waiting -= 1
                if not waiting:
                    all_begun.set()
                return await self._send_one(row, chat_id)

        tasks = [asyncio.create_task(one(row, chat_id)) for row, chat_id in rows]
        return Sending(tasks, all_begun, self._record_sent)

    async def _claim(self, limit: int) -> list[tuple[OutboxMessage, int]]:
        """Take up to `limit` due rows for this process (status `claimed`)."""
        now = self._clock()
        async with self._sessions() as session, session.begin():
            query = (
                select(OutboxMessage, User.chat_id)
                .join(User, col(User.id) == OutboxMessage.user_id)
                .where(OutboxMessage.status == "pending", col(OutboxMessage.next_attempt_at) <= now)
                .order_by(col(OutboxMessage.next_attempt_at))
                .limit(limit)
            )
            if session.bind is not None and session.bind.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True, of=OutboxMessage)
            found = self._spaced(_one_per_user((await session.exec(query)).all()))
            if not found:
                return []
            # Claim the whole batch in one statement; RETURNING says which rows are ours.
            claimed = set(
                (
                    await session.execute(
                        update(OutboxMessage)
                        .where(
                            col(OutboxMessage.id).in_([row.id for row, _ in found]),
                            col(OutboxMessage.status) == "pending",
                        )
                        # `attempts` doubles as the claim's token (see `_send_one`).
                        .values(
                            status="claimed",
                            next_attempt_at=now,
                            attempts=col(OutboxMessage.attempts) + 1,
                        )
                        .returning(col(OutboxMessage.id))
                        .execution_options(synchronize_session=False)
                    )
                ).scalars()
            )
        return [(row, chat_id) for row, chat_id in found if row.id in claimed]

    def _spaced(self, rows: list[tuple[OutboxMessage, int]]) -> list[tuple[OutboxMessage, int]]:
        """Leave for later any row whose chat got a scheduled message under a second ago."""
        now = time.monotonic()
        self._last_sent = {u: t for u, t in self._last_sent.items() if now - t < PER_CHAT_GAP}
        kept = [(row, chat) for row, chat in rows if row.user_id not in self._last_sent]
        for row, _chat in kept:
            self._last_sent[row.user_id] = now
        return kept

    async def _mark(self, row_id: int, expected: str, **values: object) -> bool:
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.id) == row_id,
                    col(OutboxMessage.status) == expected,
                )
                .values(**values)
            )
            return bool(rowcount(result) == 1)

    async def _undeliver(self, row: OutboxMessage, **values: object) -> None:
        """Move a row on from `sending` after it did not get through, and take its nudge
        back off the unanswered streak: nobody can answer what never arrived."""
        assert row.id is not None
        moved = (
            update(OutboxMessage)
            .where(col(OutboxMessage.id) == row.id, col(OutboxMessage.status) == "sending")
            .values(**values)
        )
        async with self._engine.begin() as connection:
            await _transition(connection, moved, row, counts=-1)

    async def _send_one(self, row: OutboxMessage, chat_id: int) -> bool:
        assert row.id is not None
        now = self._clock()
        result = await self._turns.handle(
            Incoming(row.user_id, chat_id, TimerFired(row.kind, row.ref))
        )
        if result.deferred is not None:
            await self._mark(
                row.id, "claimed", status="pending", next_attempt_at=now + result.deferred
            )
            return False
        if not result.replies:
            await self._mark(
                row.id, "claimed", status="skipped", finished_at=now, outcome="nothing to say"
            )
            self._metrics.nudge_skipped("nothing_to_say")
            return True
        messages = merge(result.replies)

        async def mark_sending() -> bool:
            # Only if this claim is still ours: a claim recovered and re-taken elsewhere
            # has a higher attempts count, and then this copy must not send. One statement
            # on PostgreSQL: it is on every send's path, between its slot and its request.
            # A nudge is counted as unanswered here, before anyone can answer it.
            moved = (
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.id) == row.id,
                    col(OutboxMessage.status) == "claimed",
                    col(OutboxMessage.attempts) == row.attempts + 1,
                )
                .values(status="sending")
            )
            async with self._marking.begin() as connection:
                return await _transition(connection, moved, row, counts=1)

        delivery = await self._deliver(chat_id, row.user_id, messages, mark_sending)
        if delivery.outcome is Delivery.CALLED_OFF:
            return False
        return await self._record(row, delivery, now)

    async def _record(self, row: OutboxMessage, delivery: DeliveryResult, now: datetime) -> bool:
        assert row.id is not None
        if delivery.outcome is Delivery.SENT:
            sent_at = self._clock()
            self._sent_rows.append((row, sent_at))
            self._metrics.nudge_sent(row.kind, (sent_at - row.due_at).total_seconds())
            return True
        if delivery.outcome is Delivery.BLOCKED:
            await self._undeliver(row, status="failed", finished_at=now, outcome="blocked")
            self._metrics.nudge_failed(row.kind, "blocked")
            return True
        if delivery.outcome is Delivery.RETRY and row.attempts + 1 < MAX_ATTEMPTS:
            wait = max(delivery.retry_after, 2.0 ** (row.attempts + 1))
            # The next attempt counts it again when it is marked `sending`.
            await self._undeliver(
                row, status="pending", next_attempt_at=now + timedelta(seconds=wait)
            )
            return False
        gave_up = delivery.outcome is Delivery.RETRY
        await self._undeliver(
            row, status="failed", finished_at=now, outcome="gave up" if gave_up else "refused"
        )
        self._metrics.nudge_failed(row.kind, "gave_up" if gave_up else "refused")
        return True

    async def _record_sent(self) -> None:
        """Record a batch's deliveries at once.

        Written after the batch rather than after each send: a row already `sending` can
        never go out again, so the only thing a crash before this point costs is that
        these rows are later closed as interrupted instead of sent. Nothing about answers
        waits for this: a nudge was counted as unanswered when it was marked `sending`.
        """
        done, self._sent_rows = self._sent_rows, []
        if not done:
            return
        finished = max(at for _row, at in done)
        async with self._sessions() as session, session.begin():
            await session.execute(
                update(OutboxMessage)
                .where(
                    col(OutboxMessage.id).in_([row.id for row, _at in done]),
                    col(OutboxMessage.status) == "sending",
                )
                .values(status="sent", finished_at=finished, outcome="sent")
                .execution_options(synchronize_session=False)
            )


async def recover_interrupted(
    sessions: async_sessionmaker[AsyncSession],
    now: datetime,
    *,
    after: timedelta,
    metrics: Metrics | None = None,
) -> int:
    """After a crash: rows left `claimed` go back to pending; rows left `sending` longer
    than `after` are closed and never sent again (Telegram may already have them)."""
    async with sessions() as session, session.begin():
        await session.execute(
            update(OutboxMessage)
            .where(
                col(OutboxMessage.status) == "claimed",
                col(OutboxMessage.next_attempt_at) < now - after,
            )
            .values(status="pending")
        )
        result = await session.execute(
            update(OutboxMessage)
            .where(
                col(OutboxMessage.status) == "sending",
                col(OutboxMessage.next_attempt_at) < now - after,
            )
            .values(status="unknown", finished_at=now, outcome="interrupted")
            .returning(col(OutboxMessage.kind), col(OutboxMessage.user_id))
            .execution_options(synchronize_session=False)
        )
        closed = result.all()
        await _uncount_interrupted(session, [user for kind, user in closed if kind in NUDGES])
        kinds = [kind for kind, _user in closed]
        count = len(kinds)
    if metrics is not None:
        for kind in kinds:
            metrics.nudge_failed(kind, "interrupted")
    if count:
        log.warning(
            "%d scheduled messages were interrupted mid-send and will not be repeated", count
        )
    return count


async def _uncount_interrupted(session: AsyncSession, nudged: list[int]) -> None:
    """Interrupted nudges leave the unanswered streak, as if never sent: whether they
    arrived is unknown, and it is kinder to nudge once more than to slow down for a
    nudge nobody may have seen. One statement per number lost (nearly always just 1)."""
    by_count: dict[int, list[int]] = {}
    for user_id, lost in Counter(nudged).items():
        by_count.setdefault(lost, []).append(user_id)
    for lost, users in by_count.items():
        await session.execute(_count_nudges(users, -lost))
