"""One shared send pace for every instance.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from bot.db.types import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pace = op.create_table(
        "send_pace",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("next_slot", UTCDateTime(), nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        # Every send of every instance updates this one row: no WAL, no waiting for the
        # disk. A crash empties the table; the next send writes the row again.
        op.execute("ALTER TABLE send_pace SET UNLOGGED")
    op.bulk_insert(pace, [{"id": 1, "next_slot": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("send_pace")
