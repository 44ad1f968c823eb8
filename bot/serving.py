"""Serving HTTP: the webhook app and, while polling, the metrics port (uvicorn).

Kept apart from `bot.runtime` so a polling instance without metrics never imports uvicorn
and Starlette: memory matters when many instances run side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import uvicorn

from bot.config import SettingsError
from bot.runtime import Core
from bot.telegram_bot import TelegramFrontend
from bot.webhook import create_metrics_app, create_webhook_app

log = logging.getLogger(__name__)


class _QuietServer(uvicorn.Server):
    """Leaves SIGINT and SIGTERM to the bot, which stops this server with everything else."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def listen(host: str, port: int, setting: str) -> socket.socket:
    """Bind the port now, so a port in use stops the start with one clear line.

    Left to uvicorn, a taken port would surface only once serving starts: after the webhook
    was announced to Telegram and the ticker had claimed due work.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as error:
        raise SettingsError(
            f"Configuration problem: {setting}: cannot listen on {host}:{port}: {error.strerror}"
        ) from None


@asynccontextmanager
async def metrics_server(core: Core) -> AsyncIterator[None]:
    """`/metrics` on METRICS_PORT while polling; nothing at all when it is unset."""
    settings = core.settings
    if settings.metrics_port is None:
        yield
        return
    listener = listen(settings.metrics_listen, settings.metrics_port, "METRICS_PORT")
    config = uvicorn.Config(
        create_metrics_app(core.scrape), log_config=None, access_log=False, lifespan="off"
    )
    server = _QuietServer(config)
    serving = asyncio.create_task(server.serve(sockets=[listener]))
    log.info("serving metrics on port %d", settings.metrics_port)
    try:
        yield
    finally:
        server.should_exit = True
        await serving
        listener.close()


def webhook_listener(core: Core) -> socket.socket:
    return listen(core.settings.webhook_listen, core.settings.webhook_port, "WEBHOOK_PORT")


def webhook_server(core: Core, frontend: TelegramFrontend) -> uvicorn.Server:
    assert core.settings.webhook_secret is not None
    app = create_webhook_app(
        frontend.application.bot,
        core.settings.webhook_secret.get_secret_value(),
        frontend.dispatch,
        core.healthy,
        core.scrape,
    )
    config = uvicorn.Config(
        app,
        log_config=None,
        access_log=False,
        lifespan="off",
    )
    return uvicorn.Server(config)
