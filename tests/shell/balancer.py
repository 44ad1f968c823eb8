"""A round-robin load balancer for webhook instances, like a small reverse proxy in front.

Each POST goes to the next instance in turn; an instance that refuses the connection or
drops it mid-request is skipped and the next one is tried, as nginx's `proxy_next_upstream`
does. Retrying a webhook POST elsewhere is safe because every instance recognises an update
it (or another instance) already handled.
"""

from __future__ import annotations

import itertools
from collections import Counter
from types import TracebackType
from typing import Self

import aiohttp
from aiohttp import web

_FORWARDED = ("Content-Type", "X-Telegram-Bot-Api-Secret-Token")


class RoundRobinBalancer:
    def __init__(self, backends: list[str]) -> None:
        self._backends = backends
        self._turn = itertools.cycle(range(len(backends)))
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0
        #: Requests each backend answered, by its base URL.
        self.answered: Counter[str] = Counter()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        return self

    async def __aexit__(
        self,
        _type: type[BaseException] | None,
        _error: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        body = await request.read()
        headers = {name: request.headers[name] for name in _FORWARDED if name in request.headers}
        for _ in range(len(self._backends)):
            backend = self._backends[next(self._turn)]
            try:
                async with self._session.request(
                    request.method, backend + request.path_qs, data=body, headers=headers
                ) as answer:
                    payload = await answer.read()
                    self.answered[backend] += 1
                    return web.Response(status=answer.status, body=payload)
            except (aiohttp.ClientConnectionError, TimeoutError):
                continue
        return web.Response(status=502, text="no instance answered")
