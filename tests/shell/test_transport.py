"""The aiohttp transport over the real wire: what PTB's own transport does, it does too."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from base64 import b64encode
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
from tests.support import TEST_KEY, FakeClock


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


@pytest.fixture
async def recording_proxy() -> AsyncIterator[tuple[str, list[web.Request]]]:
    """A forward proxy that answers every request itself, as the Bot API would a getMe."""
    seen: list[web.Request] = []

    async def answer(request: web.Request) -> web.Response:
        seen.append(request)
        me = {"id": 1, "is_bot": True, "first_name": "Via proxy", "username": "via_proxy_bot"}
        return web.json_response({"ok": True, "result": me})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"127.0.0.1:{runner.addresses[0][1]}", seen
    finally:
        await runner.cleanup()


def clear_proxy_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)


async def test_requests_go_through_the_proxy_the_environment_names(
    recording_proxy: tuple[str, list[web.Request]], monkeypatch: pytest.MonkeyPatch
) -> None:
    address, seen = recording_proxy
    clear_proxy_environment(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", f"http://ops:p%40ss%C3%A9@{address}")
    async with AiohttpRequest() as request:
        me = await request.post("http://bot-api.example/bot123:abc/getMe")
    assert isinstance(me, dict)
    assert me["first_name"] == "Via proxy"
    [through] = seen
    assert through.host == "bot-api.example"
    assert (
        through.headers["Proxy-Authorization"]
        == "Basic " + b64encode("ops:p@ssé".encode()).decode()
    )


async def test_https_goes_through_a_tunnel_that_carries_the_proxy_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heads: list[bytes] = []

    async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        heads.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(refuse, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clear_proxy_environment(monkeypatch)
    monkeypatch.setenv("HTTPS_PROXY", f"http://ops:p%40ss@127.0.0.1:{port}")
    try:
        async with AiohttpRequest() as request:
            with pytest.raises(NetworkError) as raised:
                await request.post("https://bot-api.example/bot123456789:secret-part/getMe")
    finally:
        server.close()
        await server.wait_closed()
    [head] = heads
    assert head.startswith(b"CONNECT bot-api.example:443 ")
    assert b"Proxy-Authorization: Basic " + b64encode(b"ops:p@ss") in head
    assert "secret-part" not in str(raised.value)


async def test_hosts_in_no_proxy_are_reached_directly(
    fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    [nobody] = free_ports(1)
    clear_proxy_environment(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{nobody}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with AiohttpRequest() as request:
        me = await request.post(f"{fake.base_url}{fake.token}/getMe")
    assert isinstance(me, dict)
    assert me["is_bot"] is True


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


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
def test_a_mistyped_api_url_stops_the_bot_without_showing_its_token(
    tmp_path: Path, transport: str
) -> None:
    token = "123456789:AAH-never-in-a-log_0123456789abcdef"
    env = {
        **os.environ,
        "TELEGRAM_TOKEN": token,
        "TELEGRAM_API_URL": "http://127.0.0.1:99999/bot",  # no such port
        "TELEGRAM_TRANSPORT": transport,
        "DATA_DIR": str(tmp_path),
        "ENCRYPTION_KEYS": TEST_KEY,
        "LOG_LEVEL": "DEBUG",
    }
    for unwanted in ("WEBHOOK_URL", "DATABASE_URL"):
        env.pop(unwanted, None)
    finished = subprocess.run(
        [sys.executable, "-m", "bot"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert finished.returncode == 1
    assert "the bot stopped on an error" in finished.stderr
    assert "NetworkError" in finished.stderr  # the operator still learns what went wrong
    assert token.split(":")[1] not in finished.stderr + finished.stdout
