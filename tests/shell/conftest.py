from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.runtime import Core
from tests.fakeapi import FakeTelegram
from tests.shell.harness import polling_bot
from tests.support import FakeClock


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[Core]:
    """The real bot, polling the fake API, with a fast heartbeat for scheduled messages.

    Tests type far faster than a person, so the flood guard is set out of their reach here;
    the tests of the guard itself use their own bot.
    """
    async with polling_bot(
        fake, database_url, tmp_path, clock, tick_seconds=0.05, flood_limit=10_000
    ) as core:
        yield core
