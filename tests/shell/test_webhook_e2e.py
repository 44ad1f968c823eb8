"""Webhook mode: Telegram posts to our ASGI app; the secret is checked; updates count once."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert

from bot.config import SettingsError
from bot.db.models import OutboxMessage, Schedule, User
from bot.runtime import Core, open_core, run_webhook
from tests.fakeapi import FakeTelegram
from tests.shell.harness import WEBHOOK_SECRET, rows, webhook_bot, webhook_settings
from tests.support import FakeClock, checkin_row, person_row


@pytest.fixture
async def hooked(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[tuple[Core, str]]:
    async with webhook_bot(fake, database_url, tmp_path, clock) as running:
        yield running


async def test_onboarding_over_the_webhook(fake: FakeTelegram, hooked: tuple[Core, str]) -> None:
    assert fake.webhook_url is not None
    assert fake.webhook_url.endswith("/telegram")
    ana = fake.user(3001)
    ana.send_text("/start")
    [welcome] = await ana.expect_messages(1)
    assert "988" in welcome.text
    ana.tap("Okay, what's next?")
    [consent] = await ana.expect_messages(1)
    assert "May I keep" in consent.text
    await fake.wait_webhook_idle()
    assert {d.status for d in fake.webhook_deliveries} == {200}


async def test_a_duplicate_delivery_is_handled_once(
    fake: FakeTelegram, hooked: tuple[Core, str]
) -> None:
    ana = fake.user(3002)
    update_id = ana.send_text("/help")
    await ana.expect_messages(1)
    delivery = await fake.deliver_duplicate(update_id)
    assert delivery is not None
    assert delivery.status == 200
    await ana.expect_no_message(within=0.5)


@pytest.mark.parametrize("secret", [None, "wrong", WEBHOOK_SECRET + "x"])
async def test_a_missing_or_wrong_secret_is_refused(
    fake: FakeTelegram, hooked: tuple[Core, str], secret: str | None
) -> None:
    _core, base = hooked
    update = {
        "update_id": 999,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 3003, "type": "private"},
            "from": {"id": 3003, "is_bot": False, "first_name": "Eve"},
            "text": "/start",
        },
    }
    headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{base}/telegram", json=update, headers=headers)
    assert response.status_code == 403
    await fake.user(3003).expect_no_message(within=0.3)


async def test_garbage_with_the_right_secret_is_a_bad_request(hooked: tuple[Core, str]) -> None:
    _core, base = hooked
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{base}/telegram",
            content=b"not json",
            headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
        )
    assert response.status_code == 400


async def test_healthz(hooked: tuple[Core, str]) -> None:
    _core, base = hooked
    async with httpx.AsyncClient() as client:
        response = await client.get(f"{base}/healthz")
    assert response.status_code == 200
    assert response.json() == {"ok": True}


async def test_a_webhook_port_in_use_stops_the_start_before_telegram_or_due_work_is_touched(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    due = clock.now - timedelta(minutes=1)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        config = webhook_settings(fake, database_url, tmp_path, port)
        async with open_core(config, clock) as core:
            async with core.engine.begin() as connection:
                await connection.execute(insert(User), [person_row(4001, due, "08:00")])
                await connection.execute(insert(Schedule), [checkin_row(4001, due)])
            with pytest.raises(
                SettingsError, match=f"WEBHOOK_PORT: cannot listen on 127.0.0.1:{port}"
            ):
                await run_webhook(core)
            outbox = await rows(core, OutboxMessage, 4001)
    assert fake.webhook_url is None, "Telegram was never told to post to a port we do not hold"
    assert outbox == [], "the due check-in stays for an instance that can serve"
    assert fake.stats.messages_by_chat[4001] == 0
