"""Reading and writing one user's rows inside a turn's transaction."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.db.engine import rowcount
from bot.db.models import FlowSession, User
from flows.core import FlowState, Profile


class StaleVersionError(RuntimeError):
    """Another instance changed this user's flow state first; the turn is run again."""


async def get_or_create_user(
    session: AsyncSession, user_id: int, chat_id: int, locale: str, now: datetime
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        user = User(id=user_id, chat_id=chat_id, locale=locale, created_at=now, last_seen_at=now)
        session.add(user)
        await session.flush()
    return user


def profile_of(user: User) -> Profile:
    return Profile(
        zone_key=user.zone_key,
        checkin_time=user.checkin_time,
        locale=user.locale,
        consent=user.consent,
        onboarded=user.onboarded,
        keep_words=user.keep_words,
    )


async def load_flow(session: AsyncSession, user_id: int) -> tuple[FlowState | None, int | None]:
    row = await session.get(FlowSession, user_id)
    if row is None:
        return None, None
    return FlowState.from_json(json.loads(row.state)), row.version


async def save_flow(
    session: AsyncSession,
    user_id: int,
    state: FlowState | None,
    version: int | None,
    now: datetime,
) -> None:
    """Write the new state, refusing if someone else wrote since we read (`version`)."""
    if version is None:
        if state is not None:
            session.add(
                FlowSession(
                    user_id=user_id, state=json.dumps(state.to_json()), version=1, updated_at=now
                )
            )
        return
    if state is None:
        result = await session.execute(
            delete(FlowSession).where(
                col(FlowSession.user_id) == user_id,
                col(FlowSession.version) == version,
            )
        )
    else:
        result = await session.execute(
            update(FlowSession)
            .where(
                col(FlowSession.user_id) == user_id,
                col(FlowSession.version) == version,
            )
            .values(state=json.dumps(state.to_json()), version=version + 1, updated_at=now)
        )
    if rowcount(result) != 1:
        raise StaleVersionError(user_id)
