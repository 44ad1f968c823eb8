"""How the scheduler copes when many people chose the same minute.

N users are due in the same minute; a real `python -m bot` process (polling, the real
scheduler, the real sender) delivers their nudges to the fake Bot API, which enforces a
global rate limit and one message per second per chat, as Telegram does. Prints the achieved
rate as a fraction of the limit, 429s received, duplicates, losses, the bot's peak RSS, and
the time until the last nudge.

    python bench/nudges.py                      # 1,000 users at 30/s and at 1,000/s
    python bench/nudges.py --users 100000 --limit 1000 --max-seconds 600
    python bench/nudges.py --database postgresql+asyncpg://postgres@127.0.0.1/postgres

Run from the repository root with the project's virtual environment.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bot.db.crypto import new_key  # noqa: E402
from bot.db.models import Schedule, User  # noqa: E402
from bot.runtime import open_core  # noqa: E402
from tests.fakeapi import FakeTelegram  # noqa: E402
from tests.support import make_settings, scratch_postgres  # noqa: E402

STARTUP_ALLOWANCE = 60.0  # seconds the bot process may take to start sending


@dataclass
class Outcome:
    users: int
    limit: int
    delivered: int
    duplicates: int
    rate_limited: int
    seconds_to_last: float
    achieved_rate: float
    peak_rss_mb: float
    finished: bool


async def seed(database_url: str, data_dir: Path, users: int, key: str, due: datetime) -> None:
    async with open_core(make_settings(database_url, data_dir, encryption_keys=key)) as core:
        now = datetime.now(UTC)
        batch = 5000
        async with core.engine.begin() as connection:
            for start in range(0, users, batch):
                ids = range(1_000_000 + start, 1_000_000 + min(users, start + batch))
                await connection.execute(
                    insert(User),
                    [
                        {
                            "id": i,
                            "chat_id": i,
                            "locale": "en",
                            "zone_key": "UTC+00:00",
                            "checkin_time": due.strftime("%H:%M"),
                            "consent": False,
                            "onboarded": True,
                            "active": True,
                            "created_at": now,
                            "last_seen_at": now,
                            "checkins_state": "on",
                        }
                        for i in ids
                    ],
                )
                await connection.execute(
                    insert(Schedule),
                    [
                        {
                            "user_id": i,
                            "kind": "checkin",
                            "ref": "",
                            "due_at": due,
                            "local_time": due.strftime("%H:%M"),
                            "explicit_night": True,
                            "unanswered": 0,
                        }
                        for i in ids
                    ],
                )


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def run_once(users: int, limit: int, database_url: str | None, max_seconds: float) -> Outcome:
    work = Path(tempfile.mkdtemp(prefix="nudges-"))
    key = new_key()
    url = database_url or f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
    # Due a moment ago: the clock starts at the first send, so start-up time is not counted.
    due = (datetime.now(UTC) - timedelta(seconds=1)).replace(microsecond=0)
    await seed(url, work, users, key, due)
    async with FakeTelegram(keep_messages=False, max_recorded_calls=0) as fake:
        fake.set_rate_limits(global_per_second=limit, per_chat_per_second=1)
        env = {
            **os.environ,
            "TELEGRAM_TOKEN": fake.token,
            "TELEGRAM_API_URL": fake.base_url,
            "DATABASE_URL": url,
            "DATA_DIR": str(work),
            "ENCRYPTION_KEYS": key,
            "SEND_RATE_PER_SECOND": str(limit * 0.95),
            "TICK_SECONDS": "0.5",
            "POLL_TIMEOUT_SECONDS": "1",
            "LOG_LEVEL": "WARNING",
            "NUDGE_GRACE_MINUTES": "1440",
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=env,
            cwd=work,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        first: float | None = None
        last = time.monotonic()
        seen = 0
        deadline = time.monotonic() + STARTUP_ALLOWANCE + max_seconds
        rss = 0.0
        try:
            while time.monotonic() < deadline:
                await asyncio.sleep(0.25)
                rss = max(rss, peak_rss_mb(process.pid))
                count = len(fake.stats.messages_by_chat)
                if count and first is None:
                    first = time.monotonic()
                if count != seen:
                    seen, last = count, time.monotonic()
                if seen >= users:
                    await asyncio.sleep(2)  # anything doubled would show up now
                    break
        finally:
            rss = max(rss, peak_rss_mb(process.pid))
            process.terminate()
            await asyncio.wait_for(process.wait(), timeout=30)
        by_chat = fake.stats.messages_by_chat
        delivered = len(by_chat)
        duplicates = sum(n - 1 for n in by_chat.values() if n > 1)
        span = max(last - (first or last), 1e-9)
        return Outcome(
            users=users,
            limit=limit,
            delivered=delivered,
            duplicates=duplicates,
            rate_limited=fake.stats.rate_limited_total,
            seconds_to_last=last - (first or last),
            achieved_rate=(delivered / span) / limit if delivered > 1 else 0.0,
            peak_rss_mb=rss,
            finished=delivered >= users,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, action="append")
    parser.add_argument("--limit", type=int, action="append")
    parser.add_argument("--database", help="a PostgreSQL server URL; a scratch database is made")
    parser.add_argument("--max-seconds", type=float, default=300)
    args = parser.parse_args()
    plan = [(u, lim) for u in (args.users or [1000]) for lim in (args.limit or [30, 1000])]
    print(
        f"{'users':>8} {'limit/s':>8} {'delivered':>9} {'lost':>6} {'dupes':>6} "
        f"{'429s':>6} {'rate/limit':>10} {'to last (s)':>11} {'peak RSS MB':>11}"
    )
    for users, limit in plan:
        if args.database:
            with scratch_postgres(args.database) as url:
                outcome = asyncio.run(run_once(users, limit, url, args.max_seconds))
        else:
            outcome = asyncio.run(run_once(users, limit, None, args.max_seconds))
        note = "" if outcome.finished else f"  (stopped after {args.max_seconds:.0f} s)"
        lost = (outcome.users - outcome.delivered) if outcome.finished else 0
        print(
            f"{outcome.users:>8} {outcome.limit:>8} {outcome.delivered:>9} {lost:>6} "
            f"{outcome.duplicates:>6} {outcome.rate_limited:>6} {outcome.achieved_rate:>10.2f} "
            f"{outcome.seconds_to_last:>11.1f} {outcome.peak_rss_mb:>11.1f}{note}",
            flush=True,
        )


if __name__ == "__main__":
    main()
