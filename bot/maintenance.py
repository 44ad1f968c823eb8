"""Housekeeping that protects people over time: old words are forgotten, keys can rotate.

- `purge_expired`: free text older than the retention period is erased unless its owner
  chose to keep notes; finished goals keep their numbers but lose their words. Bookkeeping
  rows (processed update ids, old outbox rows, seen lines) are trimmed too.
- `rotate_keys`: re-encrypt every sealed value with the newest key, so an old key can be
  retired. Run it with the new key first in ENCRYPTION_KEYS and the old one after it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import SQLModel, col
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.db.engine import rowcount
from bot.db.models import Goal, Note, OutboxMessage, ProcessedUpdate, SeenLine, Thought, User
from bot.db.types import SealedText

log = logging.getLogger(__name__)
BOOKKEEPING_DAYS = 35  # longer than the 30-day no-repeat window for rotating lines


@dataclass
class Purged:
    notes: int = 0
    thoughts: int = 0
    goals: int = 0
    bookkeeping: int = 0


async def purge_expired(
    sessions: async_sessionmaker[AsyncSession], now: datetime, retention: timedelta
) -> Purged:
    cutoff = now - retention
    keepers = select(col(User.id)).where(col(User.keep_words).is_(True))
    purged = Purged()
    async with sessions() as session, session.begin():
        purged.notes = rowcount(
            await session.execute(
                delete(Note).where(col(Note.created_at) < cutoff, col(Note.user_id).not_in(keepers))
            )
        )
        purged.thoughts = rowcount(
            await session.execute(
                delete(Thought).where(
                    col(Thought.created_at) < cutoff, col(Thought.user_id).not_in(keepers)
                )
            )
        )
        purged.goals = rowcount(
            await session.execute(
                update(Goal)
                .where(
                    col(Goal.status) != "open",
                    col(Goal.finished_at) < cutoff,
                    col(Goal.task) != "",
                    col(Goal.user_id).not_in(keepers),
                )
                .values(task="", perfect="", good_enough="", fear="", happened=None, learned=None)
                .execution_options(synchronize_session=False)
            )
        )
        old = now - timedelta(days=BOOKKEEPING_DAYS)
        for statement in (
            delete(ProcessedUpdate).where(col(ProcessedUpdate.processed_at) < old),
            delete(SeenLine).where(col(SeenLine.seen_at) < old),
            delete(OutboxMessage).where(
                col(OutboxMessage.status).in_(("sent", "skipped", "failed", "unknown")),
                col(OutboxMessage.created_at) < old,
            ),
        ):
            purged.bookkeeping += rowcount(await session.execute(statement))
    if purged.notes or purged.thoughts or purged.goals:
        log.info(
            "retention: erased %d notes, %d thoughts, words of %d goals",
            purged.notes,
            purged.thoughts,
            purged.goals,
        )
    return purged


async def rotate_keys(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Re-seal every encrypted value with the newest key; returns how many were re-sealed.

    Reading opens a value with whichever configured key sealed it; writing seals it with
    the first key. So reading and writing back the same text is the whole rotation.
    """
    count = 0
    for table in SQLModel.metadata.sorted_tables:
        sealed = [c for c in table.columns if isinstance(c.type, SealedText)]
        if not sealed:
            continue
        key = next(iter(table.primary_key.columns))
        async with sessions() as session, session.begin():
            rows = (await session.execute(select(key, *sealed))).all()
            for row in rows:
                values = {
                    column.name: value
                    for column, value in zip(sealed, row[1:], strict=True)
                    if value is not None
                }
                if values:
                    await session.execute(table.update().where(key == row[0]).values(values))
                    count += len(values)
    log.info("re-sealed %d values with the newest key", count)
    return count
