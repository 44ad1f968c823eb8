"""The aiohttp transport over the real wire: what PTB's own transport does, it does too."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.telegram_bot import _seconds, build_application
from bot.transport import AiohttpRequest
from tests.fakeapi import FakeTelegram
from tests.shell.harness import free_ports, polling_bot
from tests.shell.people import onboarded
from tests.support import FakeClock


def bot_for(fake: FakeTelegram, read_timeout: float = 5.0) -> Bot:
    return Bot(
        fake.token,
        base_url=fake.base_url,
        base_file_url=fake.base_file_url,
        request=AiohttpRequest(read_timeout=read_timeout),
        get_updates_request=AiohttpRequest(read_timeout=read_timeout),
    )


async def test_a_document_goes_up_as_a_file_and_comes_back_the_same(fake: FakeTelegram) -> None:
    user = fake.user(7301)
    content = "día, 2 < 3 & \u2713\n".encode() * 500
    async with bot_for(fake) as bot:
        sent = await bot.send_document(
            user.chat_id,
            content,
            filename="my-words.json",
            caption="<b>yours</b>",
            parse_mode="HTML",
        )
        assert sent.document is not None
        downloaded = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()
    [message] = await user.expect_messages(1)
    assert message.file is not None
    assert message.file.filename == "my-words.json"
    assert message.text == "yours"
    assert bytes(downloaded) == content


async def test_telegram_refusals_reach_ptb_as_its_own_errors(fake: FakeTelegram) -> None:
    user = fake.user(7302)
    async with bot_for(fake) as bot:
        with pytest.raises(BadRequest):
            await bot.send_message(user.chat_id, "<b>unclosed", parse_mode="HTML")
        fake.fail_next("sendMessage", status=429, retry_after=3)
        with pytest.raises(RetryAfter) as raised:
            await bot.send_message(user.chat_id, "hello")
    assert _seconds(raised.value.retry_after) == 3


async def test_a_long_poll_may_outlast_the_read_timeout(fake: FakeTelegram) -> None:
    """PTB adds the poll's own timeout to the read timeout; the transport must honour it."""
    async with bot_for(fake, read_timeout=0.3) as bot:
        started = time.monotonic()
        updates = await bot.get_updates(timeout=1)
        waited = time.monotonic() - started
    assert updates == ()
    assert waited >= 0.9


@pytest.fixture
async def silent_server() -> AsyncIterator[str]:
    """A Bot API that accepts requests and never answers."""

    async def stall(_request: web.Request) -> web.Response:
        await asyncio.sleep(30)
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", stall)
    runner = web.AppRunner(app, handler_cancellation=True, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/bot"
    finally:
        await runner.cleanup()


async def test_a_server_that_never_answers_is_a_timeout(silent_server: str) -> None:
    request = AiohttpRequest(read_timeout=0.3)
    async with request:
        started = time.monotonic()
        with pytest.raises(TimedOut):
            await request.post(f"{silent_server}123:abc/getMe")
        assert time.monotonic() - started < 5


async def test_nobody_listening_is_a_network_error() -> None:
    [port] = free_ports(1)  # released again at once: nothing listens there
    request = AiohttpRequest(connect_timeout=1)
    async with request:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}/bot123:abc/getMe")
    assert not isinstance(raised.value, TimedOut)


async def test_it_can_be_shut_down_and_started_again(fake: FakeTelegram) -> None:
    request = AiohttpRequest()
    url = f"{fake.base_url}{fake.token}/getMe"
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(url)
    for _ in range(2):
        await request.initialize()
        me = await request.post(url)
        assert isinstance(me, dict)
        assert me["is_bot"] is True
        await request.shutdown()
    with pytest.raises(NetworkError, match="not initialized"):
        await request.post(url)


@pytest.mark.parametrize(
    ("transport", "request_class"), [("aiohttp", AiohttpRequest), ("httpx", HTTPXRequest)]
)
async def test_the_bot_talks_over_either_transport(
    fake: FakeTelegram,
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    transport: str,
    request_class: type[BaseRequest],
) -> None:
    async with polling_bot(
        fake, database_url, tmp_path, clock, telegram_transport=transport
    ) as core:
        user = await onboarded(fake, 7310)
        user.send_text("/help")
        [reply] = await user.expect_messages(1)
        application = build_application(
            core.settings, core.send_pace(), webhook=False, metrics=core.metrics
        )
    assert "Here's what I can do" in reply.text
    assert isinstance(application.bot.request, request_class)


async def test_an_unknown_transport_stops_the_start(tmp_path: Path) -> None:
    from bot.config import SettingsError, load_settings

    with pytest.raises(SettingsError, match="TELEGRAM_TRANSPORT"):
        load_settings(data_dir=tmp_path, telegram_transport="urllib")
