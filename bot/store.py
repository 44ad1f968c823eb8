"""Reading and writing one user's rows inside a turn's transaction.

These are synchronous on purpose: a turn runs its whole transaction in one greenlet
(`AsyncSession.run_sync`, see `bot.turns`), where each call is a plain method call instead of
a greenlet of its own per statement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import bindparam, column, delete, insert, select, text, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session as OrmSession

from bot.db.engine import rowcount
from bot.db.models import FlowSession, ProcessedUpdate, User
from bot.db.types import UTCDateTime
from flows.core import FlowState, Profile


class StaleVersionError(RuntimeError):
    """Another instance changed this user's flow state first; the turn is run again."""


_UPDATES = ProcessedUpdate.__table__  # type: ignore[attr-defined]
_FLOWS = FlowSession.__table__  # type: ignore[attr-defined]
_USERS = User.__table__  # type: ignore[attr-defined]
# Built once: a turn runs these with new values only, skipping statement construction and
# the ORM's bulk-write machinery (none of these rows is held as an object in the session).
_CLAIM_ON_SQLITE = (
    sqlite.insert(_UPDATES)
    .values(
        update_id=bindparam("b_update_id"),
        user_id=bindparam("b_user_id"),
        processed_at=bindparam("b_now"),
    )
    .on_conflict_do_nothing(index_elements=["update_id"])
)
_SAME_VERSION = (_FLOWS.c.user_id == bindparam("b_user_id")) & (
    _FLOWS.c.version == bindparam("b_version")
)
_UPDATE_FLOW = (
    update(_FLOWS)
    .where(_SAME_VERSION)
    .values(state=bindparam("b_state"), version=bindparam("b_next"), updated_at=bindparam("b_now"))
)
_DELETE_FLOW = delete(_FLOWS).where(_SAME_VERSION)
_INSERT_FLOW = insert(_FLOWS).values(
    user_id=bindparam("b_user_id"),
    state=bindparam("b_state"),
    version=1,
    updated_at=bindparam("b_now"),
)


@dataclass(frozen=True, slots=True)
class UserFacts:
    """The user's row as this turn read it: all that the flows and loaders read of a user.

    A plain value rather than the ORM object: building the object cost about as much again
    as the query itself, and most turns change nothing on the user. A turn that does (its
    records, a first contact) works on the ORM object from `session.get` instead.
    """

    id: int
    chat_id: int
    locale: str
    zone_key: str | None
    checkin_time: str | None
    consent: bool | None
    onboarded: bool
    active: bool
    last_seen_at: datetime
    checkin_days: str | None
    checkins_state: str
    checkins_paused_until: datetime | None
    keep_words: bool

    @classmethod
    def of(cls, user: User) -> UserFacts:
        return cls(*(getattr(user, name) for name in _FACT_NAMES))


_FACT_NAMES = tuple(item.name for item in fields(UserFacts))
_USER_AND_FLOW = (
    select(*(_USERS.c[name] for name in _FACT_NAMES), _FLOWS.c.state, _FLOWS.c.version)
    .select_from(_USERS.outerjoin(_FLOWS, _FLOWS.c.user_id == _USERS.c.id))
    .where(_USERS.c.id == bindparam("b_user_id"))
)


# The same, on PostgreSQL, after the lock and the record (see `open_turn`). The user's
# columns come out of the row type one by one, typed as the table's, so that they are read
# exactly as the query above reads them.
_OPEN_TURN = (
    text(
        "SELECT "  # noqa: S608 - the names are UserFacts' own fields, never input
        + ", ".join(f"(opened.person).{name} AS {name}" for name in _FACT_NAMES)
        + ", opened.flow_state, opened.flow_version FROM open_turn("
        "CAST(:b_user_id AS bigint), CAST(:b_update_id AS bigint), :b_now) AS opened"
    )
    .bindparams(bindparam("b_now", type_=UTCDateTime))
    .columns(
        *(column(name, _USERS.c[name].type) for name in _FACT_NAMES),
        column("flow_state", _FLOWS.c.state.type),
        column("flow_version", _FLOWS.c.version.type),
    )
)


#: What a turn starts from: the user as the turn read them, their flow state and its version.
Opened = tuple[UserFacts, FlowState | None, int | None]


def open_turn(
    session: OrmSession,
    user_id: int,
    update_id: int | None,
    chat_id: int,
    locale: str,
    now: datetime,
) -> Opened | None:
    """Start a turn: hold the user, record the update as handled, load the user (created on
    first contact) and where they are. None if the update was already handled.

    Holding the user matters with several instances on PostgreSQL: one user's updates may
    reach different instances at once, and an advisory lock held until this transaction
    ends makes their turns run one after the other, while a concurrently redelivered update
    finds the first one's record instead of racing it (Telegram's ids are positive; the
    migration lock uses a negative key). There, all three are one call of the
    `open_turn` function (migration 0007), a single round trip. SQLite has one writer and
    one process: it records and loads. Either way the record is written first, in the
    turn's own transaction, so a failed or raced turn takes it back with everything else.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        values = {"b_user_id": user_id, "b_update_id": update_id, "b_now": now}
        rows = connection.execute(_OPEN_TURN, values).all()
        if not rows:
            return None
        [(*facts, state, version)] = rows
        if facts[0] is not None:
            return UserFacts(*facts), *_flow_of(state, version)
    else:
        if update_id is not None:
            values = {"b_update_id": update_id, "b_user_id": user_id, "b_now": now}
            if rowcount(connection.execute(_CLAIM_ON_SQLITE, values)) != 1:
                return None
        row = connection.execute(_USER_AND_FLOW, {"b_user_id": user_id}).first()
        if row is not None:
            *facts, state, version = row
            return UserFacts(*facts), *_flow_of(state, version)
    user = get_or_create_user(session, user_id, chat_id, locale, now)
    return UserFacts.of(user), *load_flow(session, user_id)


def user_object(session: OrmSession, user_id: int) -> User:
    """The user as an ORM object, for a turn that changes them (held in this transaction)."""
    user = session.get(User, user_id)
    if user is None:
        raise LookupError(f"user {user_id} is gone mid-turn")
    return user


def _flow_of(state: str | None, version: int | None) -> tuple[FlowState | None, int | None]:
    """A stored state (None from the outer join when there is none) as the core's type."""
    if state is None:
        return None, None
    return FlowState.from_json(json.loads(state)), version


def get_or_create_user(
    session: OrmSession, user_id: int, chat_id: int, locale: str, now: datetime
) -> User:
    user = session.get(User, user_id)
    if user is None:
        user = User(id=user_id, chat_id=chat_id, locale=locale, created_at=now, last_seen_at=now)
        session.add(user)
        session.flush()
    return user


#: `last_seen_at` is read in whole days; rewriting it for every message of a conversation
#: would cost a statement per turn for nothing a reader can tell apart.
SEEN_PRECISION = timedelta(minutes=1)


def touch_user(
    connection: Connection, facts: UserFacts, user: User | None, chat_id: int, now: datetime
) -> None:
    """The user wrote just now, from this chat: they are reachable and were seen.

    Only what changed is written, and usually nothing has. When the turn holds the ORM
    object (`user`, a turn with records), the change goes through it, so the object and
    the row agree for the rest of the turn (an export reads the object's row).
    """
    changes: dict[str, object] = {}
    if now - facts.last_seen_at >= SEEN_PRECISION:
        changes["last_seen_at"] = now
    if facts.chat_id != chat_id:
        changes["chat_id"] = chat_id
    if not facts.active:
        changes["active"] = True
    if not changes:
        return
    if user is not None:
        for name, value in changes.items():
            setattr(user, name, value)
        return
    connection.execute(update(_USERS).where(_USERS.c.id == facts.id).values(changes))


def profile_of(user: UserFacts) -> Profile:
    return Profile(
        zone_key=user.zone_key,
        checkin_time=user.checkin_time,
        locale=user.locale,
        consent=user.consent,
        onboarded=user.onboarded,
        keep_words=user.keep_words,
    )


def load_flow(session: OrmSession, user_id: int) -> tuple[FlowState | None, int | None]:
    row = session.get(FlowSession, user_id)
    if row is None:
        return None, None
    return _flow_of(row.state, row.version)


def save_flow(
    connection: Connection,
    user_id: int,
    state: FlowState | None,
    version: int | None,
    now: datetime,
) -> None:
    """Write the new state, refusing if someone else wrote since we read (`version`)."""
    if version is None:
        if state is not None:
            # A statement, not an ORM object: nothing reads the row back in this turn, and
            # the unit of work's flush machinery cost more than the insert itself.
            values = {"b_user_id": user_id, "b_state": json.dumps(state.to_json()), "b_now": now}
            connection.execute(_INSERT_FLOW, values)
        return
    which = {"b_user_id": user_id, "b_version": version}
    if state is None:
        result = connection.execute(_DELETE_FLOW, which)
    else:
        changes = {"b_state": json.dumps(state.to_json()), "b_next": version + 1, "b_now": now}
        result = connection.execute(_UPDATE_FLOW, {**which, **changes})
    if rowcount(result) != 1:
        raise StaleVersionError(user_id)
