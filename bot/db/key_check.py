"""Refuse to start with encryption keys that cannot open the words already stored.

Without this check, an instance started with the wrong `ENCRYPTION_KEYS` (a typo, a key
retired before `rotate-keys` ran, one instance of several deployed with another key) would
start, and then answer every person who writes with "something went wrong" while logging a
`CipherError` per turn. Checking a few stored values at start-up turns that into one line
an operator can act on, before anyone is answered.

Only the newest and the oldest row of each table with sealed columns are tried: rotation
re-seals everything at once, so a key missing for any value is missing for one of these.
Nothing read here is logged or kept.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, LargeBinary, Table, inspect, select, type_coerce
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlmodel import SQLModel

from bot.config import SettingsError
from bot.db.crypto import Cipher, CipherError
from bot.db.types import SealedText


class KeysDoNotOpenStoredData(SettingsError):  # noqa: N818 - reads as what happened
    """The configured keys cannot open values already in the database."""


async def check_keys_open_stored_data(engine: AsyncEngine) -> None:
    """Raise `KeysDoNotOpenStoredData` when a stored value opens with none of the keys."""
    cipher = Cipher.current()
    async with engine.connect() as connection:
        # A database not migrated yet (MIGRATE_ON_START=false) holds nothing to open.
        present = set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))
        for table in SQLModel.metadata.sorted_tables:
            sealed = _sealed(table)
            if table.name not in present or not sealed:
                continue
            for token in await _samples(connection, table, sealed):
                try:
                    cipher.open(token)
                except CipherError:
                    raise KeysDoNotOpenStoredData(
                        f"Configuration problem: ENCRYPTION_KEYS: none of the keys (or, "
                        f"when it is unset, the key file in DATA_DIR) opens the words stored "
                        f"in {table.name}. Put back the key they were sealed with (a new key "
                        f"goes first, the old ones after it)."
                    ) from None


def _sealed(table: Table) -> list[ColumnElement[bytes]]:
    """The table's sealed columns, read as stored (no decryption on the way out)."""
    return [
        type_coerce(column, LargeBinary)
        for column in table.columns
        if isinstance(column.type, SealedText)
    ]


async def _samples(
    connection: AsyncConnection, table: Table, sealed: list[ColumnElement[bytes]]
) -> list[bytes]:
    """The `sealed` values, as stored, from the newest and the oldest row of `table`."""
    key = next(iter(table.primary_key.columns))
    tokens: list[bytes] = []
    for order in (key.desc(), key.asc()):
        row = (await connection.execute(select(*sealed).order_by(order).limit(1))).first()
        if row is not None:
            tokens.extend(bytes(value) for value in row if value is not None)
    return tokens
