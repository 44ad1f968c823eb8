"""Settings as an operator gives them: what is left out follows from what was given."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings


def test_the_default_database_lives_in_data_dir_beside_its_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Moving DATA_DIR moves the words and the key that opens them together."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "elsewhere"))
    settings = load_settings()
    assert settings.database_url == (
        f"sqlite+aiosqlite:///{tmp_path / 'elsewhere' / 'good-enough.sqlite3'}"
    )


def test_a_database_url_that_is_given_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot@db/good_enough")
    assert load_settings().database_url == "postgresql+asyncpg://bot@db/good_enough"
