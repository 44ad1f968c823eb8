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


@asynccontextmanager
async def metrics_server(core: Core) -> AsyncIterator[None]:
    """`/metrics` on METRICS_PORT while polling; nothing at all when it is unset."""
    settings = core.settings
    if settings.metrics_port is None:
        yield
        return
    family = socket.AF_INET6 if ":" in settings.metrics_listen else socket.AF_INET
    try:
        # Bound here, so a port in use stops the start with one clear line.
        listener = socket.create_server(
            (settings.metrics_listen, settings.metrics_port), family=family
        )
    except OSError as error:
        raise SettingsError(
            f"Configuration problem: METRICS_PORT: cannot listen on "
            f"{settings.metrics_listen}:{settings.metrics_port}: {error.strerror}"
        ) from None
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
        host=core.settings.webhook_listen,
        port=core.settings.webhook_port,
        log_config=None,
        access_log=False,
        lifespan="off",
    )
    return uvicorn.Server(config)
