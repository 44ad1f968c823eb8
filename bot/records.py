"""Carrying a step's records into the database, inside the turn's transaction.

Each record kind has one small handler here. A record the shell does not know is a
programming error and fails the turn loudly (in tests), never silently.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import schedules
from bot.db.models import Activity, CheckIn, Goal, Note, Thought, User
from flows.checkin import CheckInLogged, CheckInNote, NudgeAnswered, SkippedToday, Snoozed
from flows.core import ProfileChanged, Record, RiskNoted
from flows.goal_records import GoalDropped, GoalEdited, GoalOutcome, GoalRescheduled, GoalSet
from flows.parts import PartsDialogueDone, PartsDialogueSaved
from flows.practice import PracticeDone, PracticeNote
from flows.privacy import EraseEverything, ExportRequested
from flows.reframe_model import ReframeFinished, ThoughtDeleted, ThoughtSaved
from flows.schedule_commands import (
    CheckinDaysSet,
    CheckinsPaused,
    CheckinsResumed,
    CheckinsStopped,
)
from flows.success import SuccessDefined, SuccessDone
from flows.turn import TimerDeferred

log = logging.getLogger(__name__)

#: After a risk reply, nudges rest this long; then one gentle follow-up is sent.
CRISIS_QUIET = timedelta(hours=24)


@dataclass
class Applied:
    """What the turn engine needs to know after the records were applied."""

    schedule_changed: bool = False


Handler = Callable[[AsyncSession, User, Any, datetime, Applied], Awaitable[None]]
_HANDLERS: dict[type[Record], Handler] = {}


def handles(kind: type[Record]) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[kind] = handler
        return handler

    return register


async def apply_records(
    session: AsyncSession, user: User, records: tuple[Record, ...], now: datetime
) -> Applied:
    applied = Applied()
    for record in records:
        handler = _HANDLERS.get(type(record))
        if handler is None:
            raise TypeError(f"no handler for record {type(record).__name__}")
        await handler(session, user, record, now, applied)
    if applied.schedule_changed:
        await schedules.sync_checkin(session, user, now)
    return applied


@handles(ProfileChanged)
async def _profile(
    session: AsyncSession, user: User, record: ProfileChanged, now: datetime, applied: Applied
) -> None:
    for field in ("zone_key", "checkin_time", "locale", "consent", "onboarded", "keep_words"):
        value = getattr(record, field)
        if value is not None:
            setattr(user, field, value)
    if record.zone_key is not None or record.checkin_time is not None:
        applied.schedule_changed = True


@handles(RiskNoted)
async def _risk(
    session: AsyncSession, user: User, record: RiskNoted, now: datetime, applied: Applied
) -> None:
    """One gentle follow-up a day later; until it comes, its pending row is the nudges' rest.

    The user's own pause or stop is left exactly as it was: the rest is not theirs to undo
    with /resume, and a pause they chose before it is still theirs after it.
    """
    log.info("risk reply for user %s (%s); nudges rest for 24 h", user.id, ",".join(record.kinds))
    await schedules.add_one_shot(
        session, user, schedules.CRISIS_FOLLOWUP, now + CRISIS_QUIET, explicit_night=False
    )


@handles(ExportRequested)
@handles(EraseEverything)
@handles(TimerDeferred)
async def _deferred(
    session: AsyncSession, user: User, record: TimerDeferred, now: datetime, applied: Applied
) -> None:
    """Nothing to store here: the turn engine acts on these itself."""


@handles(CheckInLogged)
async def _checkin(
    session: AsyncSession, user: User, record: CheckInLogged, now: datetime, applied: Applied
) -> None:
    session.add(
        CheckIn(
            user_id=user.id,
            at=now,
            kindness=record.kindness,
            critic=record.critic,
            practice=record.practice,
            scheduled=record.scheduled,
        )
    )


@handles(NudgeAnswered)
async def _answered(
    session: AsyncSession, user: User, record: NudgeAnswered, now: datetime, applied: Applied
) -> None:
    row = await schedules.checkin_row(session, user.id)
    if row is not None and row.unanswered:
        row.unanswered = 0
        applied.schedule_changed = True  # back to the daily rhythm from the next one


@handles(Snoozed)
async def _snoozed(
    session: AsyncSession, user: User, record: Snoozed, now: datetime, applied: Applied
) -> None:
    if user.zone_key is None:
        return
    due = schedules.snooze_instant(record.preset, now, user.zone_key)
    await schedules.add_one_shot(session, user, schedules.SNOOZE, due)


@handles(SkippedToday)
async def _skipped(
    session: AsyncSession, user: User, record: SkippedToday, now: datetime, applied: Applied
) -> None:
    await schedules.remove(session, user.id, schedules.SNOOZE)


@handles(CheckinsPaused)
async def _paused(
    session: AsyncSession, user: User, record: CheckinsPaused, now: datetime, applied: Applied
) -> None:
    user.checkins_state = "paused"
    user.checkins_paused_until = (
        None if record.until is None else datetime.fromisoformat(record.until)
    )
    await schedules.remove(session, user.id, schedules.SNOOZE)
    applied.schedule_changed = True


@handles(CheckinsResumed)
async def _resumed(
    session: AsyncSession, user: User, record: CheckinsResumed, now: datetime, applied: Applied
) -> None:
    user.checkins_state = "on"
    user.checkins_paused_until = None
    applied.schedule_changed = True


@handles(CheckinsStopped)
async def _stopped(
    session: AsyncSession, user: User, record: CheckinsStopped, now: datetime, applied: Applied
) -> None:
    user.checkins_state = "stopped"
    user.checkins_paused_until = None
    await schedules.remove(session, user.id, schedules.SNOOZE)
    applied.schedule_changed = True


@handles(CheckinDaysSet)
async def _days(
    session: AsyncSession, user: User, record: CheckinDaysSet, now: datetime, applied: Applied
) -> None:
    user.checkin_days = schedules.format_days(record.weekdays)
    applied.schedule_changed = True


@handles(PracticeDone)
async def _practice_done(
    session: AsyncSession, user: User, record: PracticeDone, now: datetime, applied: Applied
) -> None:
    if record.completed:
        session.add(Activity(user_id=user.id, kind=f"practice:{record.practice}", at=now))


@handles(CheckInNote)
@handles(PracticeNote)
async def _note(
    session: AsyncSession, user: User, record: Any, now: datetime, applied: Applied
) -> None:
    if not user.consent:
        return  # the flows only emit notes with consent; this is the second lock
    kind = "checkin" if isinstance(record, CheckInNote) else f"practice:{record.practice}"
    session.add(Note(user_id=user.id, kind=kind, text=record.text, created_at=now))


@handles(ThoughtSaved)
async def _thought_saved(
    session: AsyncSession, user: User, record: ThoughtSaved, now: datetime, applied: Applied
) -> None:
    if not user.consent:
        return
    session.add(
        Thought(
            user_id=user.id,
            original=record.original,
            pattern=record.pattern,
            balanced=record.balanced,
            answers=json.dumps(list(record.answers)),
            belief_before=record.belief_before,
            belief_after=record.belief_after,
            created_at=now,
        )
    )


@handles(ThoughtDeleted)
async def _thought_deleted(
    session: AsyncSession, user: User, record: ThoughtDeleted, now: datetime, applied: Applied
) -> None:
    """Only the pressing user's own thought can go; anything else is a forged press."""
    await session.execute(
        delete(Thought).where(
            col(Thought.id) == record.thought_id,
            col(Thought.user_id) == user.id,
        )
    )


@handles(ReframeFinished)
async def _reframe_finished(
    session: AsyncSession, user: User, record: ReframeFinished, now: datetime, applied: Applied
) -> None:
    session.add(Activity(user_id=user.id, kind=f"reframe:{record.pattern}", at=now))


async def _own_goal(session: AsyncSession, user: User, goal_id: int) -> Goal | None:
    goal = await session.get(Goal, goal_id)
    if goal is None or goal.user_id != user.id:
        log.info("goal %s is not user %s's; press ignored", goal_id, user.id)
        return None
    return goal


@handles(GoalSet)
async def _goal_set(
    session: AsyncSession, user: User, record: GoalSet, now: datetime, applied: Applied
) -> None:
    follow_up = datetime.fromisoformat(record.follow_up_at)
    goal = Goal(
        user_id=user.id,
        status="open",
        task=record.task,
        perfect=record.perfect,
        good_enough=record.good_enough,
        fear=record.fear,
        fear_confidence=record.fear_confidence,
        follow_up_at=follow_up,
        explicit_night=record.explicit_night,
        created_at=now,
    )
    session.add(goal)
    await session.flush()
    row = await schedules.add_one_shot(
        session,
        user,
        schedules.GOAL_FOLLOWUP,
        follow_up,
        ref=str(goal.id),
        explicit_night=record.explicit_night,
    )
    goal.follow_up_at = row.due_at


@handles(GoalRescheduled)
async def _goal_rescheduled(
    session: AsyncSession, user: User, record: GoalRescheduled, now: datetime, applied: Applied
) -> None:
    goal = await _own_goal(session, user, record.goal_id)
    if goal is None or goal.status != "open":
        return
    row = await schedules.add_one_shot(
        session,
        user,
        schedules.GOAL_FOLLOWUP,
        datetime.fromisoformat(record.follow_up_at),
        ref=str(goal.id),
        explicit_night=record.explicit_night,
    )
    goal.follow_up_at = row.due_at
    goal.explicit_night = record.explicit_night


@handles(GoalEdited)
async def _goal_edited(
    session: AsyncSession, user: User, record: GoalEdited, now: datetime, applied: Applied
) -> None:
    goal = await _own_goal(session, user, record.goal_id)
    if goal is not None and goal.status == "open":
        goal.good_enough = record.good_enough


def _forget_words_without_consent(goal: Goal, user: User) -> None:
    """Without consent a goal's words live only until its follow-up is over."""
    if user.consent:
        return
    goal.task = goal.perfect = goal.good_enough = goal.fear = ""
    goal.happened = goal.learned = None


@handles(GoalOutcome)
async def _goal_outcome(
    session: AsyncSession, user: User, record: GoalOutcome, now: datetime, applied: Applied
) -> None:
    goal = await _own_goal(session, user, record.goal_id)
    if goal is None or goal.status != "open":
        return
    goal.status = record.status
    goal.happened = record.happened
    goal.fear_confidence_after = record.fear_confidence_after
    goal.learned = record.learned
    goal.finished_at = now
    await schedules.remove(session, user.id, schedules.GOAL_FOLLOWUP, str(goal.id))
    session.add(Activity(user_id=user.id, kind=f"goal:{record.status}", at=now))
    _forget_words_without_consent(goal, user)


@handles(GoalDropped)
async def _goal_dropped(
    session: AsyncSession, user: User, record: GoalDropped, now: datetime, applied: Applied
) -> None:
    goal = await _own_goal(session, user, record.goal_id)
    if goal is None or goal.status != "open":
        return
    goal.status = "dropped"
    goal.finished_at = now
    await schedules.remove(session, user.id, schedules.GOAL_FOLLOWUP, str(goal.id))
    _forget_words_without_consent(goal, user)


@handles(PartsDialogueSaved)
@handles(SuccessDefined)
async def _reflection_saved(
    session: AsyncSession, user: User, record: Any, now: datetime, applied: Applied
) -> None:
    """Kept answers of a guided dialogue, as one sealed note (JSON) the user can revisit."""
    if not user.consent:
        return
    kind = "parts" if isinstance(record, PartsDialogueSaved) else "success"
    session.add(
        Note(
            user_id=user.id, kind=kind, text=json.dumps(dataclasses.asdict(record)), created_at=now
        )
    )


@handles(PartsDialogueDone)
@handles(SuccessDone)
async def _dialogue_done(
    session: AsyncSession, user: User, record: Any, now: datetime, applied: Applied
) -> None:
    if record.completed:
        kind = "parts" if isinstance(record, PartsDialogueDone) else "success"
        session.add(Activity(user_id=user.id, kind=kind, at=now))
