"""Storage on SQLite and PostgreSQL: schema, encryption at rest, key rotation, retention."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel, col, select

from bot.db.crypto import Cipher, new_key
from bot.db.key_check import KeysDoNotOpenStoredData, check_keys_open_stored_data
from bot.db.models import Goal, Note, OutboxMessage, Schedule, Thought, User
from bot.maintenance import purge_expired, rotate_keys
from bot.outbox import recover_interrupted
from bot.privacy import user_tables
from bot.runtime import Core
from tests.support import TEST_KEY, checkin_row, interrupted_send, person_row

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def schema_differences(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, SQLModel.metadata))


async def test_migrations_build_exactly_the_models_schema(core: Core) -> None:
    async with core.engine.connect() as connection:
        differences = await connection.run_sync(schema_differences)
    assert differences == []


def test_every_table_names_its_user_so_export_and_erase_reach_it() -> None:
    names = {table.name for table, _ in user_tables()}
    shared = {"send_pace"}  # one row of pacing state, no user data
    assert names == {table.name for table in SQLModel.metadata.sorted_tables} - shared


async def add_user(core: Core, user_id: int, *, keep_words: bool = False) -> None:
    async with core.sessions() as session, session.begin():
        session.add(
            User(
                id=user_id,
                chat_id=user_id,
                consent=True,
                onboarded=True,
                keep_words=keep_words,
                created_at=NOW,
                last_seen_at=NOW,
            )
        )


async def test_free_text_is_sealed_at_rest(core: Core) -> None:
    await add_user(core, 1)
    async with core.sessions() as session, session.begin():
        session.add(
            Note(user_id=1, kind="checkin", text="a quiet walrus of a thought", created_at=NOW)
        )
    async with core.engine.connect() as connection:
        raw = (await connection.execute(text("SELECT text FROM notes"))).scalar_one()
    assert b"walrus" not in bytes(raw)
    async with core.sessions() as session:
        note = (await session.exec(select(Note))).one()
    assert note.text == "a quiet walrus of a thought"


async def test_keys_rotate_and_the_old_key_can_go(core: Core) -> None:
    await add_user(core, 2)
    async with core.sessions() as session, session.begin():
        session.add(
            Thought(
                user_id=2,
                original="never good enough",
                pattern="all_or_nothing",
                balanced="good enough often is",
                answers="[]",
                created_at=NOW,
            )
        )
    newer = new_key()
    Cipher.from_setting(f"{newer},{TEST_KEY}").install()
    try:
        assert await rotate_keys(core.sessions) == 3  # original, balanced, answers
        Cipher.from_setting(newer).install()  # the old key is retired
        async with core.sessions() as session:
            thought = (await session.exec(select(Thought))).one()
        assert (thought.original, thought.balanced) == ("never good enough", "good enough often is")
    finally:
        Cipher.from_setting(TEST_KEY).install()


def thought(user_id: int, words: str) -> Thought:
    return Thought(
        user_id=user_id,
        original=words,
        pattern="all_or_nothing",
        balanced="some of it went fine",
        answers="[]",
        created_at=NOW,
    )


async def test_start_up_refuses_keys_that_cannot_open_what_is_stored(core: Core) -> None:
    await check_keys_open_stored_data(core.engine)  # nothing stored yet: nothing to open
    await add_user(core, 5)
    async with core.sessions() as session, session.begin():
        session.add(thought(5, "a tangerine of a mistake"))
    newer = new_key()
    try:
        Cipher.from_setting(newer).install()
        with pytest.raises(KeysDoNotOpenStoredData) as refused:
            await check_keys_open_stored_data(core.engine)
        assert "ENCRYPTION_KEYS" in str(refused.value)
        assert "thoughts" in str(refused.value)
        assert "tangerine" not in str(refused.value)

        # The new key first and the old one after it: both kinds of value open.
        Cipher.from_setting(f"{newer},{TEST_KEY}").install()
        async with core.sessions() as session, session.begin():
            session.add(thought(5, "sealed with the newer key"))
        await check_keys_open_stored_data(core.engine)

        # Retiring the old key before re-sealing leaves the oldest thought unopenable.
        Cipher.from_setting(newer).install()
        with pytest.raises(KeysDoNotOpenStoredData):
            await check_keys_open_stored_data(core.engine)
    finally:
        Cipher.from_setting(TEST_KEY).install()


async def test_old_words_are_forgotten_unless_kept(core: Core) -> None:
    await add_user(core, 3)
    await add_user(core, 4, keep_words=True)
    old, recent = NOW - timedelta(days=200), NOW - timedelta(days=10)
    async with core.sessions() as session, session.begin():
        for user_id in (3, 4):
            session.add(Note(user_id=user_id, kind="checkin", text="old", created_at=old))
            session.add(Note(user_id=user_id, kind="checkin", text="new", created_at=recent))
            session.add(
                Goal(
                    user_id=user_id,
                    status="done",
                    task="the report",
                    perfect="",
                    good_enough="a draft",
                    fear="they laugh",
                    fear_confidence=70,
                    follow_up_at=old,
                    happened="they nodded",
                    learned="drafts are ok",
                    created_at=old,
                    finished_at=old,
                )
            )
    purged = await purge_expired(core.sessions, NOW, timedelta(days=180))
    assert (purged.notes, purged.goals) == (1, 1)
    async with core.sessions() as session:
        notes = {(n.user_id, n.text) for n in (await session.exec(select(Note))).all()}
        goals = {g.user_id: g for g in (await session.exec(select(Goal))).all()}
    assert notes == {(3, "new"), (4, "old"), (4, "new")}
    assert goals[3].task == ""
    assert goals[3].learned is None
    assert goals[3].fear_confidence == 70  # the numbers stay
    assert goals[4].task == "the report"


async def test_users_are_stored_without_names(core: Core) -> None:
    await add_user(core, 5)
    columns = set(User.__table__.columns.keys())  # type: ignore[attr-defined]
    assert not columns & {"first_name", "last_name", "username", "name", "phone"}
    async with core.sessions() as session:
        assert (await session.exec(select(User).where(col(User.id) == 5))).one()


async def test_nudges_interrupted_mid_send_do_not_count_as_unanswered(core: Core) -> None:
    """After a crash nobody knows whether those nudges arrived, so none of them may slow the
    check-ins down; a streak never goes below 0, and other kinds leave it alone."""
    started = NOW - timedelta(minutes=10)
    interrupted = {
        11: ["checkin", "checkin_snooze"],
        12: ["checkin_snooze"],
        13: ["goal_followup"],
        14: ["checkin"],
    }
    streaks = {11: 2, 12: 0, 13: 2, 14: 3}
    async with core.sessions() as session, session.begin():
        session.add_all(User(**person_row(user_id, NOW, "09:00")) for user_id in streaks)
        await session.flush()
        for user_id, streak in streaks.items():
            row = Schedule(**checkin_row(user_id, NOW + timedelta(days=1)))
            row.unanswered = streak
            session.add(row)
            session.add_all(
                OutboxMessage(**interrupted_send(user_id, kind, started))
                for kind in interrupted[user_id]
            )
    assert await recover_interrupted(core.sessions, NOW, after=timedelta(minutes=2)) == 5
    async with core.sessions() as session:
        left = {r.user_id: r.unanswered for r in (await session.exec(select(Schedule))).all()}
    assert left == {11: 0, 12: 0, 13: 2, 14: 2}
