"""Scheduling: due rows, the outbox, rotating lines seen, check-ins.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.db.types import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as users:
        users.add_column(sa.Column("checkin_days", sa.String(16)))
        users.add_column(
            sa.Column("checkins_state", sa.String(8), nullable=False, server_default="on")
        )
        users.add_column(sa.Column("checkins_paused_until", UTCDateTime()))
    op.create_table(
        "schedules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("local_time", sa.String(8)),
        sa.Column("weekdays", sa.String(16)),
        sa.Column("explicit_night", sa.Boolean(), nullable=False),
        sa.Column("unanswered", sa.Integer(), nullable=False),
        sa.UniqueConstraint("user_id", "kind", "ref", name="uq_schedule_user_kind_ref"),
    )
    op.create_index("ix_schedules_user_id", "schedules", ["user_id"])
    op.create_index("ix_schedules_due_at", "schedules", ["due_at"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("ref", sa.String(40), nullable=False),
        sa.Column("dedupe_key", sa.String(120), nullable=False, unique=True),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime()),
        sa.Column("outcome", sa.String(32)),
    )
    op.create_index("ix_outbox_user_id", "outbox", ["user_id"])
    op.create_index("ix_outbox_pending", "outbox", ["status", "next_attempt_at"])
    op.create_table(
        "seen_lines",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("message_id", sa.String(64), nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_seen_lines_user_id", "seen_lines", ["user_id"])
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("kindness", sa.Integer()),
        sa.Column("critic", sa.Integer()),
        sa.Column("practice", sa.String(32)),
        sa.Column("scheduled", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_checkins_user_id", "checkins", ["user_id"])


def downgrade() -> None:
    for table in ("checkins", "seen_lines", "outbox", "schedules"):
        op.drop_table(table)
    with op.batch_alter_table("users") as users:
        for column in ("checkins_paused_until", "checkins_state", "checkin_days"):
            users.drop_column(column)
