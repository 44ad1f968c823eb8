"""Pacing every request to Telegram, with a hook that runs the moment a send may go.

Telegram allows about 30 messages a second overall and answers bursts with 429. This rate
limiter (PTB's extension point) keeps sends within a sliding window through a `SendPace`
(this process's own, or one shared by every instance), checks the window once more as each
request leaves, and, on a `RetryAfter`, holds every request until the wait is over.

The hook is what makes scheduled messages exactly-once-or-never: the outbox marks a row
`sending` only after capacity was granted, right before the request leaves. A send can pass
`rate_limit_args=on_acquired` (an async callable returning False to call the send off).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram.error import Forbidden, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.metrics import Metrics
from bot.send_pace import SendPace

log = logging.getLogger(__name__)
OnAcquired = Callable[[], Awaitable[bool]]
Result = bool | dict[str, Any] | list[dict[str, Any]]


class SendCalledOff(Exception):  # noqa: N818 - reads as what happened
    """The hook said no: another instance owns this delivery now."""


class PacedRateLimiter(BaseRateLimiter[OnAcquired]):
    def __init__(
        self, pace: SendPace, max_retries: int = 3, metrics: Metrics | None = None
    ) -> None:
        self._pace = pace
        self._metrics = metrics or Metrics()
        self._max_retries = max_retries
        self._open = asyncio.Event()
        self._open.set()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        await self._pace.close()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: OnAcquired | None,
    ) -> Result:
        paced = data.get("chat_id") is not None
        for attempt in range(self._max_retries + 1):
            await self._open.wait()
            if paced:
                await self._pace.take_slot()
            if attempt == 0 and rate_limit_args is not None and not await rate_limit_args():
                raise SendCalledOff(endpoint)
            if paced:
                await self._pace.departing()
            try:
                return await callback(*args, **kwargs)
            except Forbidden:
                self._metrics.telegram_error("403")
                raise
            except RetryAfter as error:
                self._metrics.telegram_error("429")
                if attempt == self._max_retries:
                    raise
                wait = _seconds(error.retry_after) + 0.1
                log.info("Telegram asked to wait %.1f s; holding every request", wait)
                self._open.clear()
                try:
                    if paced:
                        await self._pace.hold_all(wait)
                    await asyncio.sleep(wait)
                finally:
                    self._open.set()
        raise AssertionError("unreachable")  # pragma: no cover


def _seconds(value: object) -> float:
    seconds = getattr(value, "total_seconds", None)
    return float(seconds()) if callable(seconds) else float(value)  # type: ignore[arg-type]
