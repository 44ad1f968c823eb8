"""`/privacy`, `/export`, `/delete` and `/stop` over the real wire: people own their data.

Two users live in the same bot; everything one of them exports or erases must be exactly
theirs. Erasure is checked table by table over the whole schema, so a table added later
is covered without anyone remembering to add it here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, func, select
from sqlmodel import SQLModel

from bot.db.models import User
from bot.runtime import Core
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.people import onboarded
from tests.support import FakeClock

NEXT_NUDGE = datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC)  # Tuesday, 09:00 in Madrid


@dataclass(frozen=True)
class Words:
    """What one person wrote, so it can be looked for in files and tables."""

    note: str
    thought: str
    kinder: str
    task: str
    fear: str


ANA = Words(
    note="Tired but trying to be gentle after the long week",
    thought="If my essay is not flawless then I am a total failure",
    kinder="A good essay with rough edges still shows what I learned",
    task="Email the landlord about the heating",
    fear="He will ignore me and think I complain too much",
)
BEN = Words(
    note="Slept badly and the critic is chatty",
    thought="Anything less than a perfect score means I wasted the whole semester",
    kinder="One score does not erase a semester of learning",
    task="Practise the piano piece once through",
    fear="My teacher will hear every wrong note",
)


async def say(user: FakeUser, typed: str, replies: int = 1) -> list[str]:
    user.send_text(typed)
    return [m.text for m in await user.expect_messages(replies)]


async def tap(user: FakeUser, label: str, replies: int = 1) -> list[str]:
    user.tap(label)
    return [m.text for m in await user.expect_messages(replies)]


async def lived_in(fake: FakeTelegram, user_id: int, words: Words) -> FakeUser:
    """An onboarded user with a check-in and its note, a kept thought and an open goal."""
    user = await onboarded(fake, user_id)
    await say(user, "/checkin")
    kept, _critic = await say(user, words.note, replies=2)
    assert "kept that" in kept
    await tap(user, "Quiet")

    await say(user, f"/reframe {words.thought}")
    await tap(user, "Yes, that fits")
    for _ in range(5):  # belief, three continuum questions, the friend question
        await say(user, "skip")
    await say(user, words.kinder)
    await say(user, "30", replies=2)
    [saved] = await tap(user, "Keep it")
    assert "Kept" in saved

    await say(user, f"/goal {words.task}")
    await say(user, "skip")
    await say(user, "Two lines, sent as they are")
    await say(user, "friday at 18:00", replies=2)
    await say(user, words.fear)
    await say(user, "60")
    [done] = await say(user, "looks good")
    assert "It's set" in done
    return user


def user_column(table: Table) -> str:
    """Users are known by `id`; every other table names them in `user_id`."""
    return "id" if table.name == User.__tablename__ else "user_id"


async def counts(core: Core, user_id: int) -> dict[str, int]:
    """Rows about `user_id` in every table of the schema (but the pacing row, nobody's)."""
    found: dict[str, int] = {}
    async with core.engine.connect() as connection:
        for table in SQLModel.metadata.sorted_tables:
            if table.name == "send_pace":
                continue
            query = (
                select(func.count())
                .select_from(table)
                .where(table.c[user_column(table)] == user_id)
            )
            found[table.name] = (await connection.execute(query)).scalar_one()
    return found


async def test_privacy_explains_what_is_kept(fake: FakeTelegram, bot: Core) -> None:
    ana = await onboarded(fake, 7101)
    [overview] = await say(ana, "/privacy")
    for point in (
        "What I keep",
        "time zone, check-in time",
        "(right now: yes)",
        "kinder thoughts, goals",
        "never keep your name",
        "encrypted",
        "/export",
        "/delete",
        "/stop",
    ):
        assert point in overview
    ben = await onboarded(fake, 7102, consent=False)
    [theirs] = await say(ben, "/privacy")
    assert "(right now: no)" in theirs


async def test_export_sends_a_json_file_with_everything_and_only_theirs(
    fake: FakeTelegram, bot: Core
) -> None:
    ana = await lived_in(fake, 7103, ANA)
    await lived_in(fake, 7104, BEN)

    ana.send_text("/export")
    [sent] = await ana.expect_messages(1)
    assert "everything I hold about you" in sent.text
    assert sent.file is not None
    assert sent.file.filename.endswith(".json")
    [call] = fake.calls_to("sendDocument")
    assert int(call.params["chat_id"]) == 7103

    raw = sent.file.data
    document = json.loads(raw)
    assert document["user_id"] == 7103
    [user] = document["users"]
    assert (user["id"], user["zone_key"], user["checkin_time"], user["consent"]) == (
        7103,
        "Europe/Madrid",
        "09:00",
        True,
    )
    [checkin] = document["checkins"]
    assert (checkin["kindness"], checkin["critic"]) == (None, 1)
    assert [n["text"] for n in document["notes"]] == [ANA.note]
    [thought] = document["thoughts"]
    assert (thought["original"], thought["balanced"], thought["pattern"]) == (
        ANA.thought,
        ANA.kinder,
        "all_or_nothing",
    )
    [goal] = document["goals"]
    assert (goal["task"], goal["fear"], goal["status"]) == (ANA.task, ANA.fear, "open")
    for name, table_rows in document.items():
        if isinstance(table_rows, list):
            for row in table_rows:
                assert row.get("user_id", row.get("id")) == 7103, name
    for other in (BEN.note, BEN.thought, BEN.kinder, BEN.task, BEN.fear, "7104"):
        assert other.encode() not in raw


async def test_delete_asks_first_then_erases_every_row_and_only_theirs(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await lived_in(fake, 7105, ANA)
    ben = await lived_in(fake, 7106, BEN)
    clock.now = NEXT_NUDGE  # both get a scheduled check-in: outbox rows and seen lines
    await ana.expect_messages(1)
    await ben.expect_messages(1)
    await say(ana, "/cancel")

    [confirm] = await say(ana, "/delete")
    assert "can't be undone" in confirm
    assert ana.messages.last.button_texts == ["Yes, erase everything", "No, keep it"]
    before = await counts(bot, 7105)
    empty = sorted(name for name, count in before.items() if count == 0)
    assert empty == [], f"the test should give the user rows everywhere, missing: {empty}"
    [kept] = await say(ana, "no")
    assert "nothing was erased" in kept
    after_no = await counts(bot, 7105)
    for name in ("users", "checkins", "notes", "thoughts", "goals", "schedules", "outbox"):
        assert after_no[name] == before[name], name

    ben_before = await counts(bot, 7106)
    await say(ana, "/delete")
    [gone] = await tap(ana, "Yes, erase everything")
    assert "Everything I held about you is gone" in gone
    assert await counts(bot, 7105) == dict.fromkeys(before, 0)
    assert await counts(bot, 7106) == ben_before

    clock.now = NEXT_NUDGE.replace(day=4)  # the next day's check-in time passes quietly
    await ana.expect_no_message(within=0.4)
    await ben.expect_messages(1)
    assert await counts(bot, 7105) == dict.fromkeys(before, 0)

    [welcome] = await say(ana, "/start")
    assert "bot, not a person" in welcome  # a fresh start, not "welcome back"
    assert "as you left them" not in welcome
    [thoughts] = await say(ana, "/thoughts")
    assert "Nothing saved yet" in thoughts


async def test_stop_ends_check_ins_but_keeps_everything(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    ana = await lived_in(fake, 7107, ANA)
    before = await counts(bot, 7107)
    await say(ana, "/stop")
    [stopped] = await tap(ana, "Yes, stop them")
    assert "no more check-ins" in stopped
    assert "Everything you've saved stays here" in stopped
    after = await counts(bot, 7107)
    for name in ("users", "checkins", "notes", "thoughts", "goals"):
        assert after[name] == before[name], name
    _intro, item, _footer = await say(ana, "/thoughts", replies=3)
    assert ANA.kinder in item
    clock.now = NEXT_NUDGE
    await ana.expect_no_message(within=0.4)
