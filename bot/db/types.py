"""Column types that keep two promises: datetimes are always aware UTC, free text is sealed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from bot.db.crypto import Cipher


class UTCDateTime(TypeDecorator[datetime]):
    """SQLite forgets time zones; this puts UTC back on the way out and refuses naive input."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store aware UTC datetimes only")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class SealedText(TypeDecorator[str]):
    """Text encrypted before it reaches the database, with the process-wide cipher.

    The cipher is installed at start-up (`Cipher.install`), because a column type cannot be
    handed settings per query.
    """

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> bytes | None:
        return None if value is None else Cipher.current().seal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else Cipher.current().open(bytes(value))


class ShortText(TypeDecorator[str]):
    """A bounded string column for codes and keys (never user prose)."""

    impl = String(64)
    cache_ok = True
