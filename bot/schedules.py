"""Keeping each user's due rows in line with their choices.

Whenever a turn changes the zone, the check-in time, the days, a pause or a stop, the
check-in row is recomputed at once, so the next nudge is always at the time the user sees
in /settings. One-shot rows (a snooze, a goal follow-up, a crisis follow-up) are added here too.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.db.models import Schedule, User
from flows.times import defer_past_quiet_hours, in_quiet_hours, local_now, next_occurrence

CHECKIN = "checkin"
SNOOZE = "checkin_snooze"
GOAL_FOLLOWUP = "goal_followup"
CRISIS_FOLLOWUP = "crisis_followup"


def parse_days(value: str | None) -> frozenset[int] | None:
    if not value:
        return None
    days = frozenset(int(part) for part in value.split(",") if part.strip().isdigit())
    return days or None


def format_days(days: tuple[int, ...] | frozenset[int] | None) -> str | None:
    if not days or len(set(days)) == 7:
        return None
    return ",".join(str(d) for d in sorted(set(days)))


def checkin_wanted(user: User) -> bool:
    return (
        user.active
        and user.zone_key is not None
        and user.checkin_time not in (None, "off")
        and user.checkins_state != "stopped"
    )


def next_checkin(user: User, after: datetime) -> datetime:
    """The next instant the user's check-in is due, strictly after `after`."""
    assert user.zone_key is not None
    assert user.checkin_time is not None
    hour, minute = (int(part) for part in user.checkin_time.split(":"))
    return next_occurrence(time(hour, minute), user.zone_key, after, parse_days(user.checkin_days))


async def checkin_row(session: AsyncSession, user_id: int) -> Schedule | None:
    return (
        await session.exec(
            select(Schedule).where(Schedule.user_id == user_id, col(Schedule.kind) == CHECKIN)
        )
    ).first()


async def sync_checkin(session: AsyncSession, user: User, now: datetime) -> Schedule | None:
    """Create, move or remove the user's daily check-in row to match their settings."""
    row = await checkin_row(session, user.id)
    if not checkin_wanted(user):
        if row is not None:
            await session.delete(row)
        return None
    due = next_checkin(user, now)
    if row is None:
        row = Schedule(user_id=user.id, kind=CHECKIN, ref="", due_at=due)
        session.add(row)
    row.due_at = due
    row.local_time = user.checkin_time
    row.weekdays = user.checkin_days
    row.explicit_night = True  # a time the user picked is never moved by quiet hours
    return row


async def add_one_shot(
    session: AsyncSession,
    user: User,
    kind: str,
    due_at: datetime,
    *,
    ref: str = "",
    explicit_night: bool = False,
) -> Schedule:
    """A single future moment; unless the user named a night-time, quiet hours move it to
    the morning. Adding the same (kind, ref) again moves the existing row."""
    if not explicit_night and user.zone_key is not None:
        due_at = defer_past_quiet_hours(due_at, user.zone_key)
    row = (
        await session.exec(
            select(Schedule).where(
                col(Schedule.user_id) == user.id,
                col(Schedule.kind) == kind,
                col(Schedule.ref) == ref,
            )
        )
    ).first()
    if row is None:
        row = Schedule(user_id=user.id, kind=kind, ref=ref, due_at=due_at)
        session.add(row)
    row.due_at = due_at
    row.explicit_night = explicit_night
    return row


async def remove(session: AsyncSession, user_id: int, kind: str, ref: str = "") -> None:
    await session.execute(
        delete(Schedule).where(
            col(Schedule.user_id) == user_id,
            col(Schedule.kind) == kind,
            col(Schedule.ref) == ref,
        )
    )


def snooze_instant(preset: str, now: datetime, zone_key: str) -> datetime:
    """'1h', '3h' or 'tonight' as an instant; tonight is 20:00 local (or in an hour)."""
    if preset == "1h":
        return now + timedelta(hours=1)
    if preset == "3h":
        return now + timedelta(hours=3)
    local = local_now(now, zone_key)
    evening = next_occurrence(time(20, 0), zone_key, now)
    if local.time() >= time(19, 0) or evening - now > timedelta(hours=20):
        return now + timedelta(hours=1)
    return evening


def quiet_now(now: datetime, zone_key: str) -> bool:
    return in_quiet_hours(local_now(now, zone_key).time())
