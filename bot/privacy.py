"""Export and erase: every table, everything about one user, nothing about anyone else.

Both walk SQLModel's metadata rather than a hand-kept list, so a table added later is
exported and erased too without anyone remembering to add it here (a test checks that
every table has a user column).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, select
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

import bot.db.models  # noqa: F401 - registers every table on the metadata
from bot.db.engine import rowcount

#: The column that names the user in each table (the users table names them by `id`).
USER_COLUMN = {"users": "id"}


def user_tables() -> list[tuple[Table, str]]:
    tables = []
    for table in SQLModel.metadata.sorted_tables:
        if not table.info.get("user_data", True):
            continue
        column = USER_COLUMN.get(table.name, "user_id")
        if column not in table.c:
            raise RuntimeError(f"table {table.name} has no user column; export/erase need one")
        tables.append((table, column))
    return tables


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value


async def export_user(session: AsyncSession, user_id: int, now: datetime) -> dict[str, Any]:
    """Everything stored about the user, decrypted, as JSON-ready data."""
    document: dict[str, Any] = {"exported_at": now.isoformat(), "user_id": user_id}
    for table, column in user_tables():
        rows = (await session.execute(select(table).where(table.c[column] == user_id))).all()
        document[table.name] = [
            {key: _plain(value) for key, value in row._mapping.items()} for row in rows
        ]
    for row in document.get("flow_sessions", []):
        row["state"] = json.loads(row["state"])
    for row in document.get("thoughts", []):
        row["answers"] = json.loads(row["answers"])
    return document


async def erase_user(session: AsyncSession, user_id: int) -> dict[str, int]:
    """Delete every row about the user; returns how many rows each table lost."""
    removed: dict[str, int] = {}
    # The outbox goes first: a sender marking a nudge `sending` locks its outbox row and
    # then the check-in schedule, and taking them in the same order means the two never
    # wait on each other in a circle.
    tables = sorted(user_tables(), key=lambda pair: pair[0].name != "outbox")
    for table, column in tables:
        result = await session.execute(delete(table).where(table.c[column] == user_id))
        removed[table.name] = rowcount(result)
    return removed


def export_file(document: dict[str, Any]) -> tuple[str, bytes]:
    name = f"good-enough-export-{document['exported_at'][:10]}.json"
    return name, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
