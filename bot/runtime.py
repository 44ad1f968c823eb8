"""Assembling the parts from settings and running them in the chosen mode.

Nothing happens at import time: `main()` reads settings, and everything else is built from
them and handed down, so tests can build the same runtime with their own settings and clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.config import Settings
from bot.console import ConsoleChat
from bot.db.crypto import Cipher
from bot.db.engine import create_engine, session_factory
from bot.db.key_check import check_keys_open_stored_data
from bot.db.migrate import migrate
from bot.flood import FloodGuard
from bot.metrics import Metrics, scrape
from bot.outbox import Deliver, OutboxSender
from bot.send_pace import Limit, SendPace, pace_for
from bot.telegram_bot import TelegramFrontend, attach, build_application
from bot.ticker import Ticker
from bot.turns import Clock, TurnEngine, system_clock
from flows.screen import engine as screen_engine
from messages import Catalog, load_catalog

log = logging.getLogger(__name__)


@dataclass
class Core:
    """The storage, copy and turn engine every front end shares."""

    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    catalog: Catalog
    turns: TurnEngine
    clock: Clock
    metrics: Metrics

    def send_pace(self) -> SendPace:
        """This process's pace, or the one every instance on this database shares."""
        return pace_for(
            self.settings.database_url,
            Limit(self.settings.send_rate_per_second, self.settings.send_margin_seconds),
            shared=self.settings.shares_send_pace,
        )

    def ticker(self, deliver: Deliver) -> Ticker:
        """The scheduler heartbeat, delivering through `deliver`."""
        sender = OutboxSender(
            self.sessions,
            self.turns,
            deliver,
            self.clock,
            per_second=self.settings.send_rate_per_second,
            metrics=self.metrics,
        )
        return Ticker(
            self.sessions,
            sender,
            self.clock,
            every_seconds=self.settings.tick_seconds,
            grace=timedelta(minutes=self.settings.nudge_grace_minutes),
            lease=timedelta(seconds=self.settings.outbox_lease_seconds),
            retention=timedelta(days=self.settings.retention_days),
            metrics=self.metrics,
        )

    async def scrape(self) -> bytes:
        """What `/metrics` answers."""
        return await scrape(self.metrics, self.sessions, self.clock())

    async def healthy(self) -> bool:
        try:
            async with self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception:
            log.warning("health check: database unreachable")
            return False
        return True


def install_cipher(settings: Settings) -> None:
    if settings.encryption_keys is not None:
        Cipher.from_setting(settings.encryption_keys.get_secret_value()).install()
    else:
        Cipher.for_local_run(settings.data_dir).install()


@asynccontextmanager
async def open_core(settings: Settings, clock: Clock = system_clock) -> AsyncIterator[Core]:
    install_cipher(settings)
    with collection_paused():
        catalog = load_catalog()
        await asyncio.to_thread(screen_engine)  # compile the crisis screen before anyone writes
    engine = create_engine(settings.database_url)
    try:
        if settings.migrate_on_start:
            await migrate(engine)
        await check_keys_open_stored_data(engine)
        sessions = session_factory(engine)
        facts = {
            "retention_days": settings.retention_days,
            "crisis_local_lines": settings.crisis_local_lines,
            "crisis_practice_contact": settings.crisis_practice_contact,
        }
        flood = FloodGuard(settings.flood_limit, settings.flood_window_seconds)
        metrics = Metrics()
        turns = TurnEngine(sessions, catalog, clock, facts, flood, metrics=metrics)
        settle_heap()
        yield Core(settings, engine, sessions, catalog, turns, clock, metrics)
    finally:
        await engine.dispose()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No garbage collection while start-up builds what lives as long as the process.

    Building the catalogs and the crisis screen's index makes hundreds of thousands of
    objects and no garbage cycles worth collecting, yet each full collection on the way
    walked every object made so far (the libraries too): about 18 of them, a tenth of a
    second each, nearly half of start-up.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle_heap() -> None:
    """Keep what start-up built (catalogs, the screen's index, libraries) out of garbage
    collection from now on.

    Those hundreds of thousands of objects live as long as the process, yet every full
    collection walked them all again: a tenth of a second each, several times a second
    under load. Frozen, a collection looks only at what the running bot made since.
    """
    gc.collect()
    gc.freeze()


async def _until_stopped() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    await stop.wait()


@asynccontextmanager
async def serving_metrics(core: Core) -> AsyncIterator[None]:
    """`/metrics` on METRICS_PORT while polling; without it the HTTP stack is not even loaded."""
    if core.settings.metrics_port is None:
        yield
        return
    from bot.serving import metrics_server

    async with metrics_server(core):
        yield


async def run_polling(
    core: Core, stopped: asyncio.Event | None = None, poll_timeout: int | None = None
) -> None:
    application = build_application(
        core.settings, core.send_pace(), webhook=False, metrics=core.metrics
    )
    frontend = TelegramFrontend(core.turns, application, core.sessions)
    attach(frontend)
    async with serving_metrics(core), application:
        await application.bot.delete_webhook()
        await frontend.register_commands()
        assert application.updater is not None
        await application.updater.start_polling(
            allowed_updates=Update.ALL_TYPES,
            timeout=core.settings.poll_timeout_seconds if poll_timeout is None else poll_timeout,
        )
        await application.start()
        ticker = core.ticker(frontend.deliver)
        await ticker.start()
        log.info("polling for updates")
        try:
            await (stopped.wait() if stopped is not None else _until_stopped())
        finally:
            await ticker.stop()
            await application.updater.stop()
            await application.stop()


async def run_webhook(core: Core, stopped: asyncio.Event | None = None) -> None:
    from bot.serving import webhook_listener  # the HTTP stack loads only where it serves

    listener = webhook_listener(core)
    try:
        await _serve_webhook(core, listener, stopped)
    finally:
        listener.close()


async def _serve_webhook(
    core: Core, listener: socket.socket, stopped: asyncio.Event | None
) -> None:
    from bot.serving import webhook_server

    settings = core.settings
    assert settings.webhook_url is not None
    assert settings.webhook_secret is not None
    application = build_application(settings, core.send_pace(), webhook=True, metrics=core.metrics)
    frontend = TelegramFrontend(core.turns, application, core.sessions)
    async with application:
        await frontend.register_commands()
        await application.bot.set_webhook(
            url=settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
        )
        log.info("serving the webhook on port %d", settings.webhook_port)
        server = webhook_server(core, frontend)
        ticker = core.ticker(frontend.deliver)
        await ticker.start()
        try:
            if stopped is None:
                await server.serve(sockets=[listener])
                return
            serving = asyncio.create_task(server.serve(sockets=[listener]))
            await stopped.wait()
            server.should_exit = True
            await serving
        finally:
            await ticker.stop()


async def run_console(core: Core) -> None:
    chat = ConsoleChat(core.turns, files=core.settings.data_dir)
    ticker = core.ticker(chat.deliver)
    await ticker.start()
    try:
        await chat.run()
    finally:
        await ticker.stop()


async def run(settings: Settings) -> None:
    async with open_core(settings) as core:
        if not settings.on_telegram:
            await run_console(core)
        elif settings.webhook_url:
            await run_webhook(core)
        else:
            await run_polling(core)
