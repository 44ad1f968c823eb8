"""Logging that is safe for health data: ids, flow names and timings, never words or tokens."""

from __future__ import annotations

import logging
import re

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactingFormatter(logging.Formatter):
    """Blank out anything shaped like a bot token in the whole line, traceback included.

    A library may put the token in a message, and a transport error may quote the URL it
    failed on (the Bot API's URLs carry the token), which a chained traceback repeats.
    """

    def format(self, record: logging.LogRecord) -> str:
        return _TOKEN.sub("<token>", super().format(record))


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
