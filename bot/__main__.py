"""`python -m bot` runs the bot (console chat without a token); `python -m bot migrate`
applies migrations and exits (for deployments that migrate once before starting instances)."""

from __future__ import annotations

import argparse
import asyncio
import logging

from bot.config import load_settings
from bot.db.engine import create_engine, session_factory
from bot.db.key_check import check_keys_open_stored_data
from bot.db.migrate import migrate
from bot.logs import configure_logging
from bot.maintenance import rotate_keys
from bot.runtime import install_cipher, run

log = logging.getLogger("bot")


async def _migrate_only(url: str) -> None:
    engine = create_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


async def _rotate(url: str) -> int:
    engine = create_engine(url)
    try:
        # Refused before anything is re-sealed, rather than halfway through a table.
        await check_keys_open_stored_data(engine)
        return await rotate_keys(session_factory(engine))
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument(
        "command", nargs="?", default="run", choices=["run", "migrate", "rotate-keys"]
    )
    args = parser.parse_args(argv)
    settings = load_settings()
    configure_logging(settings.log_level if settings.on_telegram else "WARNING")
    if args.command == "migrate":
        install_cipher(settings)
        asyncio.run(_migrate_only(settings.database_url))
        log.warning("database is at the newest schema")
        return
    if args.command == "rotate-keys":
        install_cipher(settings)
        count = asyncio.run(_rotate(settings.database_url))
        log.warning("re-sealed %d values with the newest key", count)
        return
    try:
        asyncio.run(run(settings))
    except Exception:
        # Through logging rather than Python's own traceback: the log formatter blanks the
        # token, which a failed request's URL (a mistyped TELEGRAM_API_URL) would show.
        log.critical("the bot stopped on an error it cannot get past", exc_info=True)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
