"""`python -m bot` without a token: the console chat, as a newcomer would start it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.db.crypto import new_key

ROOT = Path(__file__).resolve().parents[2]


def run_bot(
    tmp_path: Path, stdin: str, *command: str, **env: str
) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TELEGRAM_TOKEN", "DATABASE_URL", "WEBHOOK_URL", "ENCRYPTION_KEYS"}
    }
    clean.update(
        {
            "DATA_DIR": str(tmp_path / "data"),
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'data' / 'chat.sqlite3'}",
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "bot", *command],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean,
        timeout=60,
        check=False,
    )


def test_console_chat_walks_through_onboarding(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "1\n1\nLisbon\n1\n8:15\n/settings\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "I'm Good Enough" in out
    assert "[1] Okay, what's next?" in out
    assert "May I keep what you write?" in out
    assert "Got it: Lisbon." in out
    assert "08:15" in out
    assert "Time zone: Lisbon" in out  # /settings after onboarding
    assert "<b>" not in out  # HTML is turned into plain text
    assert (tmp_path / "data" / "encryption.key").exists()


def test_console_chat_remembers_between_runs(tmp_path: Path) -> None:
    run_bot(tmp_path, "1\n1\nLisbon\n1\n8:15\n")
    again = run_bot(tmp_path, "/settings\n")
    assert "Time zone: Lisbon" in again.stdout
    assert "Welcome back" in again.stdout


def test_a_wrong_setting_stops_start_up_with_one_clear_line(tmp_path: Path) -> None:
    result = run_bot(tmp_path, "", TELEGRAM_API_URL="ftp://example")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [lines[-1]]
    assert "TELEGRAM_API_URL" in lines[-1]
    assert "Traceback" not in result.stderr


def test_a_key_that_cannot_open_the_stored_words_stops_start_up(tmp_path: Path) -> None:
    """A replaced key would otherwise answer everyone with "something went wrong"."""
    first = run_bot(tmp_path, "1\n1\nLisbon\n1\n8:15\nI always ruin everything\n")
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "data" / "encryption.key"
    old_key = key_file.read_text().strip()
    key_file.write_text(new_key())

    refused = run_bot(tmp_path, "/settings\n")
    assert refused.returncode != 0
    lines = [line for line in refused.stderr.splitlines() if line.strip()]
    assert "ENCRYPTION_KEYS" in lines[-1]
    assert "Traceback" not in refused.stderr
    assert "ruin" not in refused.stderr + refused.stdout
    assert "Time zone" not in refused.stdout  # nobody was answered

    with_old_key_second = run_bot(tmp_path, "/settings\n", ENCRYPTION_KEYS=f"{new_key()},{old_key}")
    assert with_old_key_second.returncode == 0, with_old_key_second.stderr
    assert "Time zone: Lisbon" in with_old_key_second.stdout


def test_keys_rotate_from_the_command_line_and_the_old_key_can_go(tmp_path: Path) -> None:
    run_bot(tmp_path, "1\n1\nLisbon\n1\n8:15\nI always ruin everything\n")
    old_key = (tmp_path / "data" / "encryption.key").read_text().strip()
    newer = new_key()

    wrong = run_bot(tmp_path, "", "rotate-keys", ENCRYPTION_KEYS=new_key())
    assert wrong.returncode != 0
    assert "ENCRYPTION_KEYS" in wrong.stderr.splitlines()[-1]
    assert "Traceback" not in wrong.stderr

    rotated = run_bot(tmp_path, "", "rotate-keys", ENCRYPTION_KEYS=f"{newer},{old_key}")
    assert rotated.returncode == 0, rotated.stderr
    assert "re-sealed" in rotated.stderr

    with_the_new_key_alone = run_bot(tmp_path, "/settings\n", ENCRYPTION_KEYS=newer)
    assert with_the_new_key_alone.returncode == 0, with_the_new_key_alone.stderr
    assert "Time zone: Lisbon" in with_the_new_key_alone.stdout
