"""How requests reach the Bot API: python-telegram-bot's request interface over aiohttp.

PTB's own transport (`HTTPXRequest`) runs every request through httpx, httpcore, anyio and
h11, all pure Python: at saturation that stack was about 40% of the bot's CPU, more than
the turn itself. aiohttp parses HTTP in C and keeps its connection pool in one dictionary
lookup, so the same request costs a fraction as much. PTB defines the interface for exactly
this (`telegram.request.BaseRequest`); what PTB does with the answer (status codes,
`RetryAfter`, `Forbidden`) stays PTB's.

Behaviour kept from `HTTPXRequest`: the same default timeouts, form-encoded parameters and
multipart uploads, `TimedOut` for a timeout and `NetworkError` for anything else on the
way. One difference: aiohttp has no timeout for writing a request body, so a stalled upload
is bounded by the read timeout instead.

Proxies come from the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`),
read once when the transport starts, as httpx reads them once per client. aiohttp's own
`trust_env` reads them, and `~/.netrc`, on every request, in two trips to a worker thread:
at a light load those hand-offs cost more than the request itself.
"""

from __future__ import annotations

import asyncio
import base64
import urllib.request
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

#: PTB's defaults for `HTTPXRequest`, kept so that switching transport changes no timing.
READ_TIMEOUT = 5.0
CONNECT_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
POOL_SIZE = 256


@dataclass(frozen=True)
class _Proxy:
    """Where to send requests for one origin, and the headers that go with them.

    aiohttp sends `proxy_headers` with the CONNECT of a tunnel (https) only; a plain-http
    request carries the proxy's credentials among its own headers.
    """

    url: str
    proxy_headers: dict[str, str] | None
    request_headers: dict[str, str]


class AiohttpRequest(BaseRequest):
    """One aiohttp session per PTB request object (PTB uses one for updates, one for sends)."""

    def __init__(
        self,
        pool_size: int = POOL_SIZE,
        read_timeout: float | None = READ_TIMEOUT,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
    ) -> None:
        self._pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None
        self._headers = {"User-Agent": self.USER_AGENT}
        self._env_proxies: dict[str, str] = {}
        self._proxy_by_origin: dict[tuple[str, str | None], _Proxy | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                # Telegram sets no cookies; a jar would be looked at on every request.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            self._env_proxies = urllib.request.getproxies_environment()
            self._proxy_by_origin = {}

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        # aiohttp's `connect` covers waiting for a pooled connection and opening a new one.
        acquire = None if connect is None or pool is None else connect + pool
        timeout = aiohttp.ClientTimeout(
            total=None, connect=acquire, sock_connect=connect, sock_read=read
        )
        proxy = self._proxy_for(url)
        try:
            async with session.request(
                method,
                url,
                data=_body(request_data),
                headers=self._headers if proxy is None else proxy.request_headers,
                timeout=timeout,
                proxy=None if proxy is None else proxy.url,
                proxy_headers=None if proxy is None else proxy.proxy_headers,
            ) as response:
                return response.status, await response.read()
        except (TimeoutError, asyncio.TimeoutError) as error:  # noqa: UP041 - both spellings
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # Some errors quote the URL, and the URL carries the bot's token.
            detail = str(error).replace(url, "<Bot API URL>")
            raise NetworkError(f"aiohttp.{type(error).__name__}: {detail}") from error

    def _proxy_for(self, url: str) -> _Proxy | None:
        """The environment's proxy for this URL's scheme and host, looked up once for each."""
        parts = urlsplit(url)
        origin = (parts.scheme, parts.hostname)
        if origin in self._proxy_by_origin:
            return self._proxy_by_origin[origin]
        address = self._env_proxies.get(parts.scheme) or self._env_proxies.get("all")
        proxy = None
        bypassed = parts.hostname is not None and bool(urllib.request.proxy_bypass(parts.hostname))
        if address and not bypassed:
            proxy_parts = urlsplit(address if "://" in address else f"http://{address}")
            credentials: dict[str, str] = {}
            if proxy_parts.username is not None:
                pair = f"{unquote(proxy_parts.username)}:{unquote(proxy_parts.password or '')}"
                encoded = base64.b64encode(pair.encode()).decode("ascii")  # RFC 7617: UTF-8
                credentials = {"Proxy-Authorization": f"Basic {encoded}"}
            host = proxy_parts.netloc.rpartition("@")[2]
            tunnelled = parts.scheme == "https"
            proxy = _Proxy(
                url=f"{proxy_parts.scheme}://{host}",
                proxy_headers=credentials if tunnelled and credentials else None,
                request_headers=self._headers if tunnelled else {**self._headers, **credentials},
            )
        self._proxy_by_origin[origin] = proxy
        return proxy


def _body(request_data: RequestData | None) -> Any:
    """The parameters as PTB's own transport sends them: a form, multipart with files."""
    if request_data is None:
        return None
    files = request_data.multipart_data
    if not files:
        return request_data.json_parameters or None
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form
