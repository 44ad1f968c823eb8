"""Settings from the environment (and an optional `.env`), checked once at start-up.

A wrong value stops the bot with one line naming the variable to fix, instead of a crash
half-way through a conversation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_API_URL = "https://api.telegram.org/bot"


class Settings(BaseSettings):
    """Every knob an operator can turn. Read in `__main__` and passed down, never global."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_token: SecretStr | None = None
    telegram_api_url: str = DEFAULT_API_URL
    #: How requests reach the Bot API: aiohttp (see `bot.transport`), or PTB's own httpx.
    telegram_transport: Literal["aiohttp", "httpx"] = "aiohttp"
    #: Empty means the SQLite file in `data_dir`, next to the local key that opens it.
    database_url: str = ""
    data_dir: Path = Path("data")
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a container listens on all interfaces
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    #: Polling mode serves /metrics only on this port (webhook mode has it on the webhook's).
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_listen: str = "127.0.0.1"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    encryption_keys: SecretStr | None = None
    default_locale: Literal["en", "es"] = "en"
    migrate_on_start: bool = True
    #: At most this many messages in any second (Telegram's limit is about 30), kept over
    #: a window `send_margin_seconds` longer than a second for requests delayed on the way
    #: (it widens by itself after a 429; see `bot.send_pace.Limit`).
    send_rate_per_second: float = Field(default=30.0, gt=0, le=10_000)
    send_margin_seconds: float = Field(default=0.02, ge=0, le=1)
    #: "shared" paces all instances together through the database (PostgreSQL only);
    #: "auto" shares on PostgreSQL and keeps the pace in memory on SQLite.
    send_pace: Literal["auto", "local", "shared"] = "auto"
    poll_timeout_seconds: int = Field(default=10, ge=0, le=50)
    tick_seconds: float = Field(default=5.0, gt=0, le=300)
    nudge_grace_minutes: int = Field(default=120, ge=1, le=24 * 60)
    outbox_lease_seconds: float = Field(default=120.0, gt=0, le=3600)
    crisis_local_lines: str = Field(default="", max_length=500)
    crisis_practice_contact: str = Field(default="", max_length=300)
    flood_limit: int = Field(default=20, ge=3, le=100_000)
    flood_window_seconds: float = Field(default=10.0, gt=0, le=600)
    retention_days: int = Field(default=180, ge=1, le=3650)

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url_is_http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_is_async(cls, value: str) -> str:
        if not value:
            return value  # filled in from DATA_DIR below
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if value.startswith("sqlite:///"):
            return "sqlite+aiosqlite:///" + value.removeprefix("sqlite:///")
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("use sqlite+aiosqlite:///path or postgresql+asyncpg://...")
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir / 'good-enough.sqlite3'}"
        if self.send_pace == "shared" and not self.database_url.startswith("postgresql"):
            raise ValueError("SEND_PACE=shared needs PostgreSQL (DATABASE_URL=postgresql://...)")
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("WEBHOOK_URL needs WEBHOOK_SECRET (1-256 characters A-Z a-z 0-9 _ -)")
        if self.webhook_secret is not None:
            secret = self.webhook_secret.get_secret_value()
            if not (1 <= len(secret) <= 256) or not all(c.isalnum() or c in "_-" for c in secret):
                raise ValueError("WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -")
        return self

    @property
    def on_telegram(self) -> bool:
        return self.telegram_token is not None and bool(self.telegram_token.get_secret_value())

    @property
    def shares_send_pace(self) -> bool:
        on_postgres = self.database_url.startswith("postgresql")
        return self.send_pace == "shared" or (self.send_pace == "auto" and on_postgres)


class SettingsError(SystemExit):
    """Raised with a one-line explanation; SystemExit so `python -m bot` ends cleanly."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line a person can act on."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]).upper() or "settings"
        raise SettingsError(f"Configuration problem: {where}: {first['msg']}") from None
