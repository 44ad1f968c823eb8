"""Claiming due rows: each due moment becomes exactly one outbox row, whatever crashes.

In one transaction a due row is moved on to its next moment (only if nobody moved it first:
`WHERE due_at = <what we read>`) and the outbox row is written with a unique key (user,
kind, ref, local date). On PostgreSQL `FOR UPDATE SKIP LOCKED` lets several instances claim
side by side without waiting on each other; SQLite has one writer at a time anyway.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Delete, Update, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import schedules
from bot.db.engine import rowcount
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

    @property
    def total(self) -> int:
        return self.queued + self.late + self.paused + self.dropped


def dedupe_key(user_id: int, kind: str, ref: str, day: str) -> str:
    return f"{kind}:{user_id}:{ref}:{day}"


def _paused(user: User, due: datetime) -> bool:
    if user.checkins_state != "paused":
        return False
    # Inclusive: "pause for a day" at 9:00 also skips tomorrow's 9:00 check-in.
    return user.checkins_paused_until is None or user.checkins_paused_until >= due


async def _queue(
    session: AsyncSession, row: Schedule, due: datetime, user: User, now: datetime
) -> None:
    zone = user.zone_key or "UTC+00:00"
    day = local_date(due, zone).isoformat()
    if row.kind != schedules.CHECKIN:
        # One-shots (a snooze, a follow-up) are keyed by their moment: a follow-up moved to
        # later the same day is a new moment, while a claim that runs twice is not.
        day = due.isoformat()
    values: dict[str, Any] = {
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
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(OutboxMessage).values(**values).on_conflict_do_nothing(index_elements=["dedupe_key"])
    )
    await session.execute(statement)


def _advance(row: Schedule, user: User, now: datetime) -> Update | Delete:
    """Move a recurring row to its next moment, or remove a one-shot, only if unchanged."""
    unchanged = (col(Schedule.id) == row.id) & (col(Schedule.due_at) == row.due_at)
    if row.kind != schedules.CHECKIN or not schedules.checkin_wanted(user):
        return delete(Schedule).where(unchanged)
    after = max(row.due_at, now)
    if row.unanswered >= BACKOFF_AFTER:
        after = after + timedelta(days=1)  # every other day until they answer again
    return update(Schedule).where(unchanged).values(due_at=schedules.next_checkin(user, after))


async def claim_due(
    sessions: async_sessionmaker[AsyncSession],
    now: datetime,
    *,
    grace: timedelta,
    batch: int = 500,
) -> ClaimReport:
    """Turn every row due by `now` (up to `batch`) into an outbox row or a logged skip.

    Nudges older than `grace` are skipped rather than sent in a burst after downtime; goal
    and crisis follow-ups are still sent late, since each one matters on its own.
    """
    report = ClaimReport()
    async with sessions() as session, session.begin():
        query = (
            select(Schedule, User)
            .join(User, col(User.id) == Schedule.user_id)
            .where(Schedule.due_at <= now)
            .order_by(col(Schedule.due_at))
            .limit(batch)
        )
        if session.bind is not None and session.bind.dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True, of=Schedule)
        rows = (await session.exec(query)).all()
        for row, user in rows:
            due = row.due_at  # the moment being claimed; the row itself moves on below
            nudge = row.kind in {schedules.CHECKIN, schedules.SNOOZE}
            advance = _advance(row, user, now).execution_options(synchronize_session=False)
            if rowcount(await session.execute(advance)) != 1:
                continue  # another instance claimed it first
            if not user.active or (
                row.kind == schedules.CHECKIN and not schedules.checkin_wanted(user)
            ):
                report.dropped += 1
            elif nudge and _paused(user, due):
                report.paused += 1
            elif nudge and now - due > grace:
                report.late += 1
                log.info(
                    "%s for user %s was due %s ago; skipped, not sent in a burst",
                    row.kind,
                    row.user_id,
                    now - due,
                )
            else:
                await _queue(session, row, due, user, now)
                report.queued += 1
    return report
