"""Foundation: users, flow sessions, processed updates.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.db.types import SealedText, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("zone_key", sa.String(64)),
        sa.Column("checkin_time", sa.String(8)),
        sa.Column("consent", sa.Boolean()),
        sa.Column("onboarded", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "flow_sessions",
        sa.Column("user_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("state", SealedText(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("processed_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_processed_updates_user_id", "processed_updates", ["user_id"])
    op.create_index("ix_processed_updates_processed_at", "processed_updates", ["processed_at"])


def downgrade() -> None:
    op.drop_table("processed_updates")
    op.drop_table("flow_sessions")
    op.drop_table("users")
