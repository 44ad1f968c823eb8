"""The shared send pace lends the whole window to an instance that sends alone.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

Until now every send of every instance updated the `send_pace` row. While only one instance
sends, that statement buys nothing, and it was the largest cost PostgreSQL added to an
update. `take_send_slot` runs the same window rule and, when no other instance has sent or
asked for a while, also lends the window to the caller for a short lease: the caller paces
in memory until the lease ends and hands its stamps back with its next call. Another
instance that asks during a lease waits for it to end and marks the row contended, which
stops further leases until the instances have been apart for a quiet spell. A lease whose
holder never came back (it stopped, or crashed) counts as a full window up to its end.

The new columns hold no user data. During a rolling upgrade an instance still running the
previous code takes slots without looking at the lease; for those seconds Telegram's 429s
are what holds the two apart.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("holder", sa.String(32)),  # the instance the window is lent to
    ("held_until", sa.Float()),  # when the lease ends, epoch seconds by the database's clock
    ("last_taker", sa.String(32)),  # the instance that took the last slot from the row
    ("last_taken_at", sa.Float()),
    ("shared_until", sa.Float()),  # no lease before this: instances sent close together
)

# $-quoted body; every moment is epoch seconds by the database's clock. The answer:
# `given_slot` NULL means another instance holds the window for `lease_left` more seconds.
_TAKE_SEND_SLOT = """
CREATE FUNCTION take_send_slot(
    p_slots integer,
    p_seconds float8,
    p_me text,
    p_mine float8[],
    p_lease float8,
    p_quiet float8
)
RETURNS TABLE (given_slot float8, database_now float8, lease_left float8, stamps float8[])
LANGUAGE plpgsql VOLATILE
AS $$
DECLARE
    pace send_pace;
    moment float8;
    window_stamps float8[];
    taken float8;
    quiet_until float8;
    lent_to text;
    lent_until float8;
BEGIN
    SELECT * INTO pace FROM send_pace WHERE id = 1 FOR UPDATE;
    IF NOT FOUND THEN  -- a crash empties the unlogged table
        INSERT INTO send_pace (id, recent) VALUES (1, '{}') ON CONFLICT (id) DO NOTHING;
        SELECT * INTO pace FROM send_pace WHERE id = 1 FOR UPDATE;
    END IF;
    moment := extract(epoch FROM clock_timestamp());
    window_stamps := pace.recent;
    IF coalesce(cardinality(window_stamps), 0) <> p_slots THEN  -- new, or resized: afresh
        window_stamps := array_fill(0::float8, ARRAY[p_slots]);
    END IF;
    quiet_until := coalesce(pace.shared_until, 0);

    IF pace.holder IS NOT NULL THEN
        IF pace.holder <> p_me AND pace.held_until > moment THEN
            UPDATE send_pace SET shared_until = moment + p_quiet WHERE id = 1;
            RETURN QUERY SELECT NULL::float8, moment, pace.held_until - moment, NULL::float8[];
            RETURN;
        END IF;
        IF pace.holder = p_me AND cardinality(p_mine) = p_slots THEN
            -- the holder's own stamps; a pause asked meanwhile may have pushed the row's later
            window_stamps := ARRAY(
                SELECT greatest(row_stamp, held_stamp)
                FROM unnest(window_stamps, p_mine) WITH ORDINALITY AS pair(row_stamp, held_stamp, n)
                ORDER BY n
            );
        ELSE
            -- nobody knows what the holder sent: as much as it could, right up to the end
            window_stamps := ARRAY(
                SELECT greatest(row_stamp, pace.held_until)
                FROM unnest(window_stamps) WITH ORDINALITY AS stamp(row_stamp, n)
                ORDER BY n
            );
        END IF;
    END IF;

    IF pace.last_taker <> p_me AND pace.last_taken_at > moment - p_quiet THEN
        quiet_until := moment + p_quiet;
    END IF;
    taken := greatest(moment, window_stamps[1] + p_seconds, window_stamps[p_slots]);
    window_stamps := window_stamps[2:p_slots] || taken;
    IF p_lease > 0 AND quiet_until <= moment THEN
        lent_to := p_me;
        lent_until := moment + p_lease;
    END IF;
    UPDATE send_pace
    SET recent = window_stamps,
        holder = lent_to,
        held_until = lent_until,
        last_taker = p_me,
        last_taken_at = moment,
        shared_until = quiet_until
    WHERE id = 1;
    RETURN QUERY SELECT taken, moment, coalesce(lent_until - moment, 0), window_stamps;
END
$$
"""


def upgrade() -> None:
    with op.batch_alter_table("send_pace") as table:
        for name, kind in _COLUMNS:
            table.add_column(sa.Column(name, kind, nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_TAKE_SEND_SLOT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION take_send_slot(integer, float8, text, float8[], float8, float8)")
    with op.batch_alter_table("send_pace") as table:
        for name, _kind in reversed(_COLUMNS):
            table.drop_column(name)
