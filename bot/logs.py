"""Logging that is safe for health data: ids, flow names and timings, never words or tokens."""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactTokens(logging.Filter):
    """Blank out anything shaped like a bot token, wherever a library put it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg = _TOKEN.sub("<token>", message)
            record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    """The filter sees only the message; a traceback can carry a token too.

    A transport error may quote the URL it failed on (an invalid URL, a redirect), and the
    Bot API's URLs carry the token; PTB chains such errors, so the traceback repeats them.
    """

    def format(self, record: logging.LogRecord) -> str:
        return _TOKEN.sub("<token>", super().format(record))


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    set_library_levels(level)


def set_library_levels(level: str) -> None:
    """Keep libraries that log secrets or users' words above the levels where they do."""
    # httpx logs every request URL at INFO, and the URL carries the token. PTB logs whole
    # updates and API parameters (users' words) at DEBUG, so it never goes below INFO.
    for noisy in ("httpx", "httpcore", "aiohttp", "apscheduler", "aiosqlite", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for chatty in ("telegram", "sqlalchemy", "asyncio"):
        logging.getLogger(chatty).setLevel(max(logging.getLevelName(level), logging.INFO))
    # SQLAlchemy's engine and ORM log every statement with its parameters at INFO: several
    # lines per turn, which cost more CPU than the turn's own work. Only LOG_LEVEL=DEBUG
    # shows them (rows, at SQLAlchemy's DEBUG, stay hidden either way).
    statements = logging.INFO if level == "DEBUG" else logging.WARNING
    for name in ("sqlalchemy.engine", "sqlalchemy.orm", "sqlalchemy.pool"):
        logging.getLogger(name).setLevel(statements)
