"""The shared send pace becomes a sliding window: the last slots handed out, not one next slot.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22

An instance still running the old code during a rollout finds `next_slot` gone; its pace
falls back to its own window (logged) until it is replaced.
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from bot.db.types import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _recent() -> sa.types.TypeEngine[Any]:
    return sa.ARRAY(sa.Float()).with_variant(sa.JSON(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("send_pace") as table:
        table.drop_column("next_slot")
        table.add_column(sa.Column("recent", _recent(), nullable=False, server_default="{}"))
    with op.batch_alter_table("send_pace") as table:
        table.alter_column("recent", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("send_pace") as table:
        table.drop_column("recent")
        table.add_column(
            sa.Column(
                "next_slot",
                UTCDateTime(),
                nullable=False,
                server_default=sa.text("CURRENT_TIMESTAMP"),
            )
        )
