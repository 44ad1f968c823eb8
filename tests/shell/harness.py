"""Running the real bot against the fake Bot API server, in polling or webhook mode."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
from sqlmodel import select

from bot.config import Settings
from bot.runtime import Core, open_core, run_polling, run_webhook
from tests.fakeapi import FakeTelegram
from tests.support import FakeClock, make_settings

WEBHOOK_SECRET = "s3cret-token_for-tests"


def free_port() -> int:
    [port] = free_ports(1)
    return port


def free_ports(count: int) -> list[int]:
    """`count` different free ports: every probe stays bound until all are chosen.

    Probing one port at a time can hand out the same port twice, and then two instances
    meant to sit side by side race for one address.
    """
    with contextlib.ExitStack() as stack:
        probes = [stack.enter_context(socket.socket()) for _ in range(count)]
        for probe in probes:
            probe.bind(("127.0.0.1", 0))
        return [int(probe.getsockname()[1]) for probe in probes]


@asynccontextmanager
async def polling_bot(
    fake: FakeTelegram, database_url: str, data_dir: Path, clock: FakeClock, **settings: Any
) -> AsyncIterator[Core]:
    config = make_settings(
        database_url,
        data_dir,
        telegram_token=fake.token,
        telegram_api_url=fake.base_url,
        **settings,
    )
    async with open_core(config, clock) as core:
        stopped = asyncio.Event()
        task = asyncio.create_task(run_polling(core, stopped, poll_timeout=1))
        try:
            await fake.wait_for(
                lambda: fake.active_long_polls > 0 or task.done(),
                description="the bot starts polling",
            )
            if task.done():
                task.result()
            yield core
        finally:
            stopped.set()
            await asyncio.wait_for(task, timeout=10)


def webhook_settings(
    fake: FakeTelegram, database_url: str, data_dir: Path, port: int, **settings: Any
) -> Settings:
    """Settings for a webhook instance on 127.0.0.1:`port`, talking to the fake."""
    return make_settings(
        database_url,
        data_dir,
        telegram_token=fake.token,
        telegram_api_url=fake.base_url,
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret=WEBHOOK_SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=port,
        **settings,
    )


@asynccontextmanager
async def webhook_bot(
    fake: FakeTelegram, database_url: str, data_dir: Path, clock: FakeClock, **settings: Any
) -> AsyncIterator[tuple[Core, str]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    config = webhook_settings(fake, database_url, data_dir, port, **settings)
    async with open_core(config, clock) as core:
        stopped = asyncio.Event()
        task = asyncio.create_task(run_webhook(core, stopped))
        try:
            await fake.wait_for(
                lambda: fake.webhook_url is not None or task.done(),
                description="the bot sets its webhook",
            )
            await _wait_until_serving(base, task)
            yield core, base
        finally:
            stopped.set()
            await asyncio.wait_for(task, timeout=10)


async def _wait_until_serving(base: str, task: asyncio.Task[None]) -> None:
    for _ in range(200):
        if task.done():
            task.result()
        try:
            _reader, writer = await asyncio.open_connection(
                "127.0.0.1", int(base.rsplit(":", 1)[1])
            )
        except OSError:
            await asyncio.sleep(0.02)
            continue
        writer.close()
        await writer.wait_closed()
        return
    raise AssertionError("the webhook server did not start")


async def wait_until_healthy(port: int, process: asyncio.subprocess.Process | None = None) -> None:
    """Wait for a `python -m bot` webhook instance to answer `/healthz` on this port.

    Starting takes a few seconds (imports, the database, setWebhook); an instance that exits
    meanwhile fails at once instead of after the whole wait.
    """
    async with aiohttp.ClientSession() as session:
        for _ in range(600):
            if process is not None and process.returncode is not None:
                raise AssertionError(f"instance on port {port} exited ({process.returncode})")
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError(f"instance on port {port} never became healthy")


async def rows(core: Core, model: Any, user_id: int) -> list[Any]:
    """Every row of `model` that belongs to `user_id`, as the test sees the database."""
    async with core.sessions() as session:
        statement = select(model).where(model.user_id == user_id)
        return list((await session.exec(statement)).all())
