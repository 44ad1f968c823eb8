"""What users choose to keep: notes, thoughts, goals; and content-free activity.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.db.types import SealedText, UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), primary_key=True)


def _user() -> sa.Column[int]:
    return sa.Column("user_id", sa.BigInteger(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "notes",
        _id(),
        _user(),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("text", SealedText(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "thoughts",
        _id(),
        _user(),
        sa.Column("original", SealedText(), nullable=False),
        sa.Column("pattern", sa.String(32), nullable=False),
        sa.Column("balanced", SealedText(), nullable=False),
        sa.Column("answers", SealedText(), nullable=False),
        sa.Column("belief_before", sa.Integer()),
        sa.Column("belief_after", sa.Integer()),
        sa.Column("keep", sa.Boolean(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "goals",
        _id(),
        _user(),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("task", SealedText(), nullable=False),
        sa.Column("perfect", SealedText(), nullable=False),
        sa.Column("good_enough", SealedText(), nullable=False),
        sa.Column("fear", SealedText(), nullable=False),
        sa.Column("fear_confidence", sa.Integer(), nullable=False),
        sa.Column("follow_up_at", UTCDateTime(), nullable=False),
        sa.Column("explicit_night", sa.Boolean(), nullable=False),
        sa.Column("happened", SealedText()),
        sa.Column("fear_confidence_after", sa.Integer()),
        sa.Column("learned", SealedText()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime()),
        sa.Column("keep", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "activities",
        _id(),
        _user(),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    for table in ("notes", "thoughts", "goals", "activities"):
        op.create_index(f"ix_{table}_user_id", table, ["user_id"])
    op.create_index("ix_notes_created_at", "notes", ["created_at"])
    op.create_index("ix_thoughts_created_at", "thoughts", ["created_at"])


def downgrade() -> None:
    for table in ("activities", "goals", "thoughts", "notes"):
        op.drop_table(table)
