"""Killing the bot mid-delivery and starting it again delivers every due nudge exactly once.

The bot runs as a real process (`python -m bot`) against the fake Bot API; the test kills
it with SIGKILL while answers to its sends are still on the way, then starts it again.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.db.models import Schedule, User
from bot.runtime import open_core
from tests.fakeapi import FakeTelegram
from tests.support import TEST_KEY, make_settings

BOT_DIR = Path(__file__).resolve().parents[2] / "bot"
USERS = 40
FIRST_ID = 7000


async def seed(database_url: str, data_dir: Path) -> None:
    """Users whose check-in became due a moment ago (real time: the process uses it)."""
    async with open_core(make_settings(database_url, data_dir)) as core:
        now = datetime.now(UTC)
        async with core.sessions() as session, session.begin():
            for offset in range(USERS):
                user_id = FIRST_ID + offset
                session.add(
                    User(
                        id=user_id,
                        chat_id=user_id,
                        zone_key="UTC+00:00",
                        checkin_time=now.strftime("%H:%M"),
                        consent=False,
                        onboarded=True,
                        created_at=now,
                        last_seen_at=now,
                    )
                )
                session.add(
                    Schedule(
                        user_id=user_id,
                        kind="checkin",
                        local_time="08:00",
                        due_at=now - timedelta(seconds=1),
                    )
                )


async def start_bot(
    fake: FakeTelegram, database_url: str, data_dir: Path
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.base_url,
        "DATABASE_URL": database_url,
        "DATA_DIR": str(data_dir),
        "ENCRYPTION_KEYS": TEST_KEY,
        "TICK_SECONDS": "0.2",
        "POLL_TIMEOUT_SECONDS": "1",
        "OUTBOX_LEASE_SECONDS": "1",
        # Sends 200 ms apart: the kill below lands right after one arrives, far from the next.
        "SEND_RATE_PER_SECOND": "5",
        "LOG_LEVEL": os.environ.get("BOT_LOG_LEVEL", "WARNING"),
    }
    env.pop("WEBHOOK_URL", None)
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env=env,
        cwd=data_dir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def delivered(fake: FakeTelegram) -> dict[int, int]:
    return {
        chat: count
        for chat, count in fake.stats.messages_by_chat.items()
        if FIRST_ID <= chat < FIRST_ID + USERS
    }


async def test_kill_mid_delivery_then_restart_delivers_each_nudge_once(
    fake: FakeTelegram, database_url: str, tmp_path: Path
) -> None:
    await seed(database_url, tmp_path)
    fake.response_delay = 0.3  # answers arrive late, so the kill lands mid-request
    first = await start_bot(fake, database_url, tmp_path)
    try:
        await fake.wait_for(
            lambda: len(delivered(fake)) >= 8, timeout=30, description="the first nudges go out"
        )
    finally:
        first.send_signal(signal.SIGKILL)
        await asyncio.wait_for(first.wait(), timeout=10)
    cut_off = len(delivered(fake))
    assert cut_off < USERS, "the kill came too late to interrupt anything"

    fake.response_delay = 0.0
    second = await start_bot(fake, database_url, tmp_path)
    try:
        await fake.wait_for(
            lambda: len(delivered(fake)) == USERS,
            timeout=60,
            description="every nudge is delivered after the restart",
        )
        await asyncio.sleep(1.5)  # a few more heartbeats: nothing may be sent again
    finally:
        second.send_signal(signal.SIGTERM)
        _, errors = await asyncio.wait_for(second.communicate(), timeout=30)
    counts = delivered(fake)
    assert sorted(counts) == list(range(FIRST_ID, FIRST_ID + USERS))
    assert set(counts.values()) == {1}, f"duplicates: {[c for c, n in counts.items() if n > 1]}"
    # Our code logged no error and raised nothing (PTB may log its own shutdown noise).
    ours = [
        line
        for line in errors.decode().splitlines()
        if " ERROR bot" in line or f"{BOT_DIR}{os.sep}" in line
    ]
    assert ours == [], errors.decode()[-4000:]
