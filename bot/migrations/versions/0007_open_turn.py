"""On PostgreSQL, a turn's lock, its update's record and its load in one round trip.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

`open_turn(user, update, now)` waits for the user's advisory lock, records the update as
handled (no row back when it already was) and returns the user's row and flow state as they
stand once the lock is held: the statements inside a VOLATILE function each take a fresh
snapshot, so the load sees what the lock's previous holder committed. (One plain statement
doing all three would read with the snapshot it took before waiting for the lock.)

The user comes back as the table's own row type, which follows the table when a later
migration changes its columns (a migration that dropped `users` would drop this first).
SQLite has no functions and needs no lock; it is left alone.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN_TURN = """
CREATE FUNCTION open_turn(p_user_id bigint, p_update_id bigint, p_now timestamptz)
RETURNS TABLE (person users, flow_state bytea, flow_version integer)
LANGUAGE plpgsql VOLATILE
AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(p_user_id);
    IF p_update_id IS NOT NULL THEN
        INSERT INTO processed_updates (update_id, user_id, processed_at)
        VALUES (p_update_id, p_user_id, p_now)
        ON CONFLICT (update_id) DO NOTHING;
        IF NOT FOUND THEN
            RETURN;
        END IF;
    END IF;
    RETURN QUERY
        SELECT held_user, held_flow.state, held_flow.version
        FROM (SELECT 1) AS always_one_row
        LEFT JOIN users AS held_user ON held_user.id = p_user_id
        LEFT JOIN flow_sessions AS held_flow ON held_flow.user_id = p_user_id;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_OPEN_TURN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION open_turn(bigint, bigint, timestamptz)")
