"""Picking a rotating line a user has not seen lately (check-in openings, practice steps)."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.db.models import SeenLine

NO_REPEAT_WITHIN = timedelta(days=30)


def choose(members: Sequence[str], last_seen: Mapping[str, datetime], rng: random.Random) -> str:
    """A member not seen in the window, at random; if every one was, the one seen longest
    ago (a family smaller than the number of showings cannot avoid every repeat)."""
    fresh = [m for m in members if m not in last_seen]
    if fresh:
        return rng.choice(fresh)
    return min(members, key=lambda m: last_seen[m])


def pick(
    session: Session,
    user_id: int,
    family: str,
    members: Sequence[str],
    now: datetime,
    rng: random.Random,
) -> str:
    """Choose a member for this user and remember that they saw it (inside a turn's
    synchronous transaction, see `bot.turns`)."""
    rows = session.exec(
        select(SeenLine.message_id, func.max(SeenLine.seen_at))
        .where(
            col(SeenLine.user_id) == user_id,
            col(SeenLine.seen_at) > now - NO_REPEAT_WITHIN,
            col(SeenLine.message_id).startswith(family + "-"),
        )
        .group_by(col(SeenLine.message_id))
    ).all()
    chosen = choose(members, dict(rows), rng)
    session.add(SeenLine(user_id=user_id, message_id=chosen, seen_at=now))
    return chosen
