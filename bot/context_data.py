"""Loading what a flow needs to see from the database (`Context.data`), only for the flow
about to run, so an ordinary turn reads nothing extra."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import schedules
from bot.claim import BACKOFF_AFTER
from bot.db.models import CheckIn, Goal, Note, Schedule, SeenLine, Thought
from bot.store import UserFacts
from flows import crisis
from flows.core import Chose, Event, FlowState, Started, TimerFired
from flows.turn import flow_for_command

Loader = Callable[[AsyncSession, UserFacts, datetime, Event], Awaitable[dict[str, Any]]]
WEEKLY_LINE = "checkin-weekly"
_LOADERS: dict[str, Loader] = {}


def loads(flow: str) -> Callable[[Loader], Loader]:
    def register(loader: Loader) -> Loader:
        _LOADERS[flow] = loader
        return loader

    return register


def target_flow(state: FlowState | None, event: Event) -> str | None:
    """The flow this event will reach, as far as the shell can tell before the turn."""
    if isinstance(event, Started):
        return flow_for_command(event.command)
    if isinstance(event, Chose):
        return flow_for_command(event.ref) if event.flow == "menu" else event.flow
    if isinstance(event, TimerFired):
        return {"checkin": "checkin", "checkin_snooze": "checkin", "goal_followup": "goal"}.get(
            event.kind
        )
    return None if state is None else state.flow


def _lists_thoughts(state: FlowState | None, event: Event) -> bool:
    if isinstance(event, Started):
        return event.command == "thoughts"
    if isinstance(event, Chose) and event.flow == "menu":
        return event.ref == "thoughts"
    return (
        state is not None
        and state.flow == "reframe"
        and state.step
        in {
            "thoughts",
            "confirm_delete",
        }
    )


async def load(
    session: AsyncSession, user: UserFacts, state: FlowState | None, event: Event, now: datetime
) -> dict[str, Any]:
    flow = target_flow(state, event)
    if flow == "reframe" and not _lists_thoughts(state, event):
        return {}  # saved thoughts are decrypted only when the list is shown or used
    loader = _LOADERS.get(flow or "")
    data = {} if loader is None else await loader(session, user, now, event)
    if isinstance(event, TimerFired) and event.kind != schedules.CRISIS_FOLLOWUP:
        data.update(await _crisis_rest(session, user))
    return data


async def _crisis_rest(session: AsyncSession, user: UserFacts) -> dict[str, Any]:
    """A pending crisis follow-up means scheduled moments are still resting until it."""
    due = (
        await session.exec(
            select(Schedule.due_at).where(
                col(Schedule.user_id) == user.id,
                col(Schedule.kind) == schedules.CRISIS_FOLLOWUP,
            )
        )
    ).first()
    return {} if due is None else {crisis.REST_KEY: due.isoformat()}


@loads("checkin")
async def _checkin(
    session: AsyncSession, user: UserFacts, now: datetime, event: Event
) -> dict[str, Any]:
    week_ago = now - timedelta(days=7)
    count = (
        await session.exec(
            select(func.count())
            .select_from(CheckIn)
            .where(CheckIn.user_id == user.id, col(CheckIn.at) > week_ago)
        )
    ).one()
    last_weekly = (
        await session.exec(
            select(func.max(SeenLine.seen_at)).where(
                col(SeenLine.user_id) == user.id, col(SeenLine.message_id) == WEEKLY_LINE
            )
        )
    ).one()
    row = await schedules.checkin_row(session, user.id)
    offered = await session.exec(
        select(CheckIn.practice, func.max(CheckIn.at))
        .where(
            col(CheckIn.user_id) == user.id,
            col(CheckIn.at) > now - timedelta(days=30),
            col(CheckIn.practice).is_not(None),
        )
        .group_by(col(CheckIn.practice))
    )
    return {
        "recent_practices": {key: at.isoformat() for key, at in offered.all() if key},
        "checkins_this_week": int(count),
        "weekly_line_due": last_weekly is None or last_weekly < now - timedelta(days=6),
        # This nudge's own turn runs before it is marked `sending` (and counted), so this
        # is the fourth nudge in a row after three that went unanswered: said once.
        "backoff_notice": row is not None and row.unanswered == BACKOFF_AFTER,
    }


@loads("schedule")
async def _schedule(
    session: AsyncSession, user: UserFacts, now: datetime, event: Event
) -> dict[str, Any]:
    days = schedules.parse_days(user.checkin_days)
    until = user.checkins_paused_until
    paused = user.checkins_state == "paused" and (until is None or until > now)
    return {
        "schedule": {
            # A pause that has run its course is over, even before anything resets it.
            "paused": paused,
            "paused_until": until.isoformat() if paused and until is not None else None,
            "stopped": user.checkins_state == "stopped",
            "weekdays": sorted(days) if days else list(range(7)),
        }
    }


@loads("reframe")
async def _thoughts(
    session: AsyncSession, user: UserFacts, now: datetime, event: Event
) -> dict[str, Any]:
    rows = (
        await session.exec(
            select(Thought)
            .where(Thought.user_id == user.id)
            .order_by(col(Thought.created_at).desc(), col(Thought.id).desc())
            .limit(10)
        )
    ).all()
    return {
        "thoughts": [
            {
                "id": t.id,
                "original": t.original,
                "pattern": t.pattern,
                "balanced": t.balanced,
                "created": t.created_at.date().isoformat(),
            }
            for t in rows
        ]
    }


def _goal_view(goal: Goal) -> dict[str, Any]:
    return {
        "id": goal.id,
        "task": goal.task,
        "good_enough": goal.good_enough,
        "fear": goal.fear,
        "fear_confidence": goal.fear_confidence,
        "follow_up_at": goal.follow_up_at.isoformat(),
        "status": goal.status,
    }


@loads("goal")
async def _goals(
    session: AsyncSession, user: UserFacts, now: datetime, event: Event
) -> dict[str, Any]:
    owned = select(Goal).where(Goal.user_id == user.id)
    open_goals = (
        await session.exec(owned.where(Goal.status == "open").order_by(col(Goal.follow_up_at)))
    ).all()
    finished = (
        await session.exec(
            owned.where(col(Goal.status) != "open").order_by(col(Goal.finished_at).desc()).limit(5)
        )
    ).all()
    data: dict[str, Any] = {
        "goals": {
            "open": [_goal_view(g) for g in open_goals],
            "finished": [
                {
                    "id": g.id,
                    "task": g.task,
                    "status": g.status,
                    "learned": g.learned or "",
                    "finished": (g.finished_at or g.created_at).date().isoformat(),
                }
                for g in finished
            ],
        },
        "open_goal_count": len(open_goals),
        "past_outcomes": [
            {"fear": g.fear, "happened": g.happened}
            for g in finished
            if g.fear and g.happened and g.status in {"done", "partly"}
        ][:3],
    }
    if isinstance(event, TimerFired) and event.ref.isdigit():
        goal = next((g for g in open_goals if g.id == int(event.ref)), None)
        if goal is not None:
            data["goal"] = _goal_view(goal)
    return data


@loads("parts")
async def _parts(
    session: AsyncSession, user: UserFacts, now: datetime, event: Event
) -> dict[str, Any]:
    notes = (
        await session.exec(
            select(Note)
            .where(col(Note.user_id) == user.id, col(Note.kind) == "parts")
            .order_by(col(Note.created_at).desc())
            .limit(3)
        )
    ).all()
    return {
        "parts_saved": [
            {"id": n.id, "created": n.created_at.date().isoformat(), **json.loads(n.text)}
            for n in notes
        ]
    }
