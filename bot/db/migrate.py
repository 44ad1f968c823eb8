"""Applying Alembic migrations from inside the running event loop.

Several instances may start at once; on PostgreSQL an advisory lock makes them take turns,
so the schema is upgraded once and the others find it already current.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
_LOCK_ID = -0x600D_E0F  # shared by every instance; negative, so never a user id (bot.store)


def alembic_config(url: str) -> Config:
    # Alembic is imported only when migrating: instances started with MIGRATE_ON_START=false
    # never load it (about 10 MB each).
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _upgrade(connection: Connection, url: str) -> None:
    config = alembic_config(url)
    config.attributes["connection"] = connection
    from alembic import command

    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest revision (a no-op when it already is)."""
    url = engine.url.render_as_string(hide_password=False)
    async with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        if postgres:
            await connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _LOCK_ID})
            await connection.commit()
        try:
            await connection.run_sync(_upgrade, url)
            await connection.commit()
        finally:
            if postgres:
                await connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _LOCK_ID})
                await connection.commit()
