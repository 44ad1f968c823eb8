"""The tables. Users are known by Telegram id only: no names, no usernames, no phone numbers.

Every datetime column is aware UTC (`UTCDateTime`); every column that can hold the user's own
words is `SealedText`. Migrations in `bot/migrations` create exactly these tables.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ARRAY,
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
)
from sqlmodel import Field, SQLModel

from bot.db.types import SealedText, UTCDateTime


class User(SQLModel, table=True):
    """One person, their choices, and whether we may still message them."""

    __tablename__ = "users"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    locale: str = Field(default="en", sa_column=Column(String(8), nullable=False))
    zone_key: str | None = Field(default=None, sa_column=Column(String(64)))
    checkin_time: str | None = Field(default=None, sa_column=Column(String(8)))
    consent: bool | None = Field(default=None, sa_column=Column(Boolean))
    onboarded: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    active: bool = Field(default=True, sa_column=Column(Boolean, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    last_seen_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    #: Weekdays for check-ins, "0,1,2,3,4" (Monday = 0); None means every day.
    checkin_days: str | None = Field(default=None, sa_column=Column(String(16)))
    #: "on", "paused" or "stopped"; paused with no end means "until I resume".
    checkins_state: str = Field(
        default="on", sa_column=Column(String(8), nullable=False, server_default="on")
    )
    checkins_paused_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    #: Keep notes beyond the retention period (the user chose so in /settings).
    keep_words: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )


class FlowSession(SQLModel, table=True):
    """Where a user is in a conversation. Sealed: a half-written thought lives here.

    `version` lets several bot instances detect that two turns raced for one user.
    """

    __tablename__ = "flow_sessions"

    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    state: str = Field(sa_column=Column(SealedText, nullable=False))
    version: int = Field(default=1, sa_column=Column(Integer, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class ProcessedUpdate(SQLModel, table=True):
    """Telegram update ids already handled, so a redelivered update does nothing twice."""

    __tablename__ = "processed_updates"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    processed_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))


class Schedule(SQLModel, table=True):
    """A future moment for one user: the daily check-in, a goal follow-up, a gentle
    follow-up after a crisis reply. The ticker claims rows whose `due_at` has come.

    Recurring rows keep the user's chosen wall-clock time and weekdays so `due_at` can be
    recomputed whenever the zone or the time changes.
    """

    __tablename__ = "schedules"
    __table_args__ = (UniqueConstraint("user_id", "kind", "ref", name="uq_schedule_user_kind_ref"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(24), nullable=False))
    ref: str = Field(default="", sa_column=Column(String(40), nullable=False))
    due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    local_time: str | None = Field(default=None, sa_column=Column(String(8)))
    weekdays: str | None = Field(default=None, sa_column=Column(String(16)))
    explicit_night: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    unanswered: int = Field(default=0, sa_column=Column(Integer, nullable=False))


class OutboxMessage(SQLModel, table=True):
    """A scheduled message to deliver, written in the same transaction as its claim.

    `dedupe_key` (user, kind, ref, local date) is unique, so a claim that runs twice cannot
    queue a second nudge for the same day. The row is the delivery record too.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(24), nullable=False))
    ref: str = Field(default="", sa_column=Column(String(40), nullable=False))
    dedupe_key: str = Field(sa_column=Column(String(120), nullable=False, unique=True))
    due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    status: str = Field(default="pending", sa_column=Column(String(12), nullable=False))
    attempts: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    next_attempt_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    outcome: str | None = Field(default=None, sa_column=Column(String(32)))


class SeenLine(SQLModel, table=True):
    """Which rotating line (a check-in opening, a practice phrasing) a user saw when, so the
    same one does not come back within 30 days."""

    __tablename__ = "seen_lines"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    message_id: str = Field(sa_column=Column(String(64), nullable=False))
    seen_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class CheckIn(SQLModel, table=True):
    """A finished check-in: two small numbers and the practice offered. No words."""

    __tablename__ = "checkins"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    kindness: int | None = Field(default=None, sa_column=Column(Integer))
    critic: int | None = Field(default=None, sa_column=Column(Integer))
    practice: str | None = Field(default=None, sa_column=Column(String(32)))
    scheduled: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))


class Note(SQLModel, table=True):
    """Words a user chose to keep during a check-in or a practice (with consent). Sealed."""

    __tablename__ = "notes"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(40), nullable=False))
    text: str = Field(sa_column=Column(SealedText, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))


class Thought(SQLModel, table=True):
    """A reframe the user chose to keep: their harsh thought and their kinder version."""

    __tablename__ = "thoughts"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    original: str = Field(sa_column=Column(SealedText, nullable=False))
    pattern: str = Field(sa_column=Column(String(32), nullable=False))
    balanced: str = Field(sa_column=Column(SealedText, nullable=False))
    answers: str = Field(sa_column=Column(SealedText, nullable=False))  # JSON list
    belief_before: int | None = Field(default=None, sa_column=Column(Integer))
    belief_after: int | None = Field(default=None, sa_column=Column(Integer))
    keep: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))


class Goal(SQLModel, table=True):
    """A good-enough experiment: the task, the prediction, and later what happened."""

    __tablename__ = "goals"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    status: str = Field(sa_column=Column(String(12), nullable=False))  # open/done/partly/...
    task: str = Field(sa_column=Column(SealedText, nullable=False))
    perfect: str = Field(sa_column=Column(SealedText, nullable=False))
    good_enough: str = Field(sa_column=Column(SealedText, nullable=False))
    fear: str = Field(sa_column=Column(SealedText, nullable=False))
    fear_confidence: int = Field(sa_column=Column(Integer, nullable=False))
    follow_up_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    explicit_night: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))
    happened: str | None = Field(default=None, sa_column=Column(SealedText))
    fear_confidence_after: int | None = Field(default=None, sa_column=Column(Integer))
    learned: str | None = Field(default=None, sa_column=Column(SealedText))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    keep: bool = Field(default=False, sa_column=Column(Boolean, nullable=False))


class Activity(SQLModel, table=True):
    """A content-free trace of practice (a reframe finished, a practice done), so the bot
    can acknowledge effort ("you practised 3 times this week") without keeping words."""

    __tablename__ = "activities"

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(40), nullable=False))
    at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class SendPace(SQLModel, table=True):
    """The last moments handed out to send, shared by every instance (see `bot.send_pace`).

    One row, no user data: export and erase skip it (`info["user_data"]`).
    """

    __tablename__ = "send_pace"
    __table_args__ = {"info": {"user_data": False}}

    id: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    #: Epoch seconds by the database's clock, oldest first; only PostgreSQL reads it.
    recent: list[float] = Field(
        default_factory=list,
        sa_column=Column(ARRAY(Float).with_variant(JSON(), "sqlite"), nullable=False),
    )
    #: The lease that lets one instance sending alone pace in memory (see `bot.send_pace`):
    #: instance tokens and epoch seconds by the database's clock.
    holder: str | None = Field(default=None, sa_column=Column(String(32)))
    held_until: float | None = Field(default=None, sa_column=Column(Float))
    last_taker: str | None = Field(default=None, sa_column=Column(String(32)))
    last_taken_at: float | None = Field(default=None, sa_column=Column(Float))
    shared_until: float | None = Field(default=None, sa_column=Column(Float))
