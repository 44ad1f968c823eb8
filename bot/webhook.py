"""Webhook mode: our own small ASGI app in front of the same `dispatch` as polling.

`/telegram` answers 200 only after the update has been handled and saved, so if the process
dies mid-turn Telegram delivers the update again (and the update-id record stops a double).
`/metrics` serves the counts for Prometheus (polling mode serves it on a port of its own).
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable

from prometheus_client import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Bot, Update

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
MAX_BODY = 1_000_000
Scrape = Callable[[], Awaitable[bytes]]


def metrics_route(scrape: Scrape) -> Route:
    async def metrics(_request: Request) -> Response:
        return Response(await scrape(), media_type=CONTENT_TYPE_LATEST)

    return Route("/metrics", metrics, methods=["GET"])


def create_metrics_app(scrape: Scrape) -> Starlette:
    """`/metrics` alone, for polling mode, where no web server runs otherwise."""
    return Starlette(routes=[metrics_route(scrape)])


def create_webhook_app(
    bot: Bot,
    secret: str,
    dispatch: Callable[[Update], Awaitable[bool]],
    healthy: Callable[[], Awaitable[bool]],
    scrape: Scrape | None = None,
) -> Starlette:
    expected = secret.encode()

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            log.warning("webhook call with a missing or wrong secret refused")
            return Response(status_code=403)
        body = await request.body()
        if len(body) > MAX_BODY:
            return Response(status_code=413)
        try:
            update = Update.de_json(json.loads(body), bot)
        except (ValueError, TypeError, KeyError):
            log.warning("webhook body was not a Telegram update")
            return Response(status_code=400)
        handled = await dispatch(update)
        return Response(status_code=200 if handled else 500)

    async def healthz(_request: Request) -> Response:
        ok = await healthy()
        return JSONResponse({"ok": ok}, status_code=200 if ok else 503)

    routes = [
        Route("/telegram", telegram, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]
    if scrape is not None:
        routes.append(metrics_route(scrape))
    return Starlette(routes=routes)
