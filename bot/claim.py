"""Claiming due rows: each due moment becomes exactly one outbox row, whatever crashes.

In one transaction the due rows are moved on to their next moments and the outbox rows are
written with a unique key (user, kind, ref, local date), a batch at a time. On PostgreSQL
`FOR UPDATE SKIP LOCKED` lets several instances claim side by side without waiting on each
other; SQLite has one writer at a time anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Delete, Update, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import Select

from bot import schedules
from bot.db.models import OutboxMessage, Schedule, User
from flows.times import local_date

log = logging.getLogger(__name__)

#: After this many unanswered nudges in a row, check-ins come every other day.
BACKOFF_AFTER = 3


@dataclass
class ClaimReport:
    queued: int = 0
    late: int = 0
    paused: int = 0
    dropped: int = 0
    #: Nudges let go because they fell in the rest after a risk reply.
    resting: int = 0
    #: Queued rows by kind, so the metrics can say what became due.
    kinds: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.queued + self.late + self.paused + self.dropped + self.resting


def dedupe_key(user_id: int, kind: str, ref: str, day: str) -> str:
    return f"{kind}:{user_id}:{ref}:{day}"


_NUDGES = frozenset({schedules.CHECKIN, schedules.SNOOZE})


def _paused(user: User, due: datetime) -> bool:
    if user.checkins_state != "paused":
        return False
    # Inclusive: "pause for a day" at 9:00 also skips tomorrow's 9:00 check-in.
    return user.checkins_paused_until is None or user.checkins_paused_until >= due


async def _rests(
    session: AsyncSession, rows: Sequence[tuple[Schedule, User]]
) -> dict[int, datetime]:
    """When each nudged user's rest after a risk reply ends: their pending crisis follow-up.

    Read before any row is moved on, so a follow-up claimed in this same batch still covers
    the nudges due before it.
    """
    users = {row.user_id for row, _user in rows if row.kind in _NUDGES}
    if not users:
        return {}
    found = await session.exec(
        select(Schedule.user_id, Schedule.due_at).where(
            col(Schedule.kind) == schedules.CRISIS_FOLLOWUP, col(Schedule.user_id).in_(users)
        )
    )
    return dict(found.all())


def _outbox_row(row: Schedule, due: datetime, user: User, now: datetime) -> dict[str, Any]:
    zone = user.zone_key or "UTC+00:00"
    day = local_date(due, zone).isoformat()
    if row.kind != schedules.CHECKIN:
        # One-shots (a snooze, a follow-up) are keyed by their moment: a follow-up moved to
        # later the same day is a new moment, while a claim that runs twice is not.
        day = due.isoformat()
    return {
        "user_id": row.user_id,
        "kind": row.kind,
        "ref": row.ref,
        "dedupe_key": dedupe_key(row.user_id, row.kind, row.ref, day),
        "due_at": due,
        "created_at": now,
        "status": "pending",
        "attempts": 0,
        "next_attempt_at": now,
    }


async def _queue(session: AsyncSession, values: list[dict[str, Any]]) -> None:
    """One INSERT for the batch; a row whose key exists already (a claim that ran twice)
    is left alone."""
    if not values:
        return
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(OutboxMessage).values(values)
    await session.execute(statement.on_conflict_do_nothing(index_elements=["dedupe_key"]))


def _next_due(row: Schedule, user: User, now: datetime) -> datetime | None:
    """Where a claimed row moves: its next daily moment, or None for a one-shot (removed)."""
    if row.kind != schedules.CHECKIN or not schedules.checkin_wanted(user):
        return None
    after = max(row.due_at, now)
    # Nudges are counted when they are marked `sending` (bot/outbox.py): this is how many
    # before the one being claimed went unanswered.
    if row.unanswered >= BACKOFF_AFTER:
        after = after + timedelta(days=1)  # every other day until they answer again
    return schedules.next_checkin(user, after)


async def _advance(session: AsyncSession, moves: dict[datetime | None, list[int]]) -> None:
    """Move the claimed rows on, one statement per destination: people who chose the same
    local time in the same zone share one."""
    for next_due, ids in moves.items():
        where = col(Schedule.id).in_(ids)
        statement: Update | Delete = (
            delete(Schedule).where(where)
            if next_due is None
            else update(Schedule).where(where).values(due_at=next_due)
        )
        await session.execute(statement.execution_options(synchronize_session=False))


def due_rows(now: datetime, batch: int, *, postgres: bool) -> Select[Schedule, User]:
    """The earliest due rows with their users: an index range scan on `due_at`, however
    many schedules exist (bench/nudges.py prints its plan at a million users)."""
    query = (
        select(Schedule, User)
        .join(User, col(User.id) == Schedule.user_id)
        .where(col(Schedule.due_at) <= now)
        .order_by(col(Schedule.due_at))
        .limit(batch)
    )
    if postgres:
        query = query.with_for_update(skip_locked=True, of=Schedule)
    return query


async def claim_due(
    sessions: async_sessionmaker[AsyncSession],
    now: datetime,
    *,
    grace: timedelta,
    batch: int = 500,
) -> ClaimReport:
    """Turn every row due by `now` (up to `batch`) into an outbox row or a logged skip.

    Nudges older than `grace` are skipped rather than sent in a burst after downtime; goal
    and crisis follow-ups are still sent late, since each one matters on its own. Nudges due
    while a crisis follow-up is pending are let go: that day is a rest, not a pause.
    """
    report = ClaimReport()
    async with sessions() as session, session.begin():
        postgres = session.bind is not None and session.bind.dialect.name == "postgresql"
        # The rows stay ours until commit: locked on PostgreSQL (others skip them), and
        # SQLite has one writer. A claim that still ran twice would meet the outbox's
        # unique key and queue nothing more.
        rows = (await session.exec(due_rows(now, batch, postgres=postgres))).all()
        rests = await _rests(session, rows)
        moves: dict[datetime | None, list[int]] = {}
        queued: list[dict[str, Any]] = []
        for row, user in rows:
            due = row.due_at  # the moment being claimed; the row itself moves on below
            nudge = row.kind in _NUDGES
            rest = rests.get(row.user_id)
            assert row.id is not None
            moves.setdefault(_next_due(row, user, now), []).append(row.id)
            if not user.active or (
                row.kind == schedules.CHECKIN and not schedules.checkin_wanted(user)
            ):
                report.dropped += 1
            elif nudge and _paused(user, due):
                report.paused += 1
            elif nudge and rest is not None and due <= rest:
                report.resting += 1
            elif nudge and now - due > grace:
                report.late += 1
                log.info(
                    "%s for user %s was due %s ago; skipped, not sent in a burst",
                    row.kind,
                    row.user_id,
                    now - due,
                )
            else:
                queued.append(_outbox_row(row, due, user, now))
                report.queued += 1
                report.kinds[row.kind] = report.kinds.get(row.kind, 0) + 1
        await _advance(session, moves)
        await _queue(session, queued)
    return report
