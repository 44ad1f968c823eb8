"""What one turn costs inside the process, and why the same work costs more at a light load.

The turn engine alone (no Telegram, no HTTP): onboarded people send `bench/throughput.py`'s
script through `TurnEngine.handle` on SQLite (or a scratch PostgreSQL database with
`--database`), and the process's CPU time is divided by the turns taken. Four ways:

* back to back, one person after another;
* 64 people at once, as PTB's concurrent updates hand them over;
* with a pause between turns (`--pause`, 40 ms as at 25 updates a second), so every turn
  starts on a process that has just woken up;
* no turn at all: the CPU an idle asyncio process spends just waking up once per pause.

The warm-up, everyone once through the script, also counts the statements each line sends
to the database (a turn's `BEGIN` and `COMMIT` come on top, one each).

On the virtual machines these numbers were taken on, work that follows a sleep runs
several times slower than the same work back to back; that is why `bench/throughput.py`
measures more CPU per update at 25 updates a second than at saturation, for the echo bot
as for ours.

    python bench/turns.py
    python bench/turns.py --database postgresql+asyncpg://postgres@127.0.0.1/postgres
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert  # noqa: E402
from throughput import SCRIPT  # noqa: E402

from bot.db.crypto import new_key  # noqa: E402
from bot.db.models import Schedule, User  # noqa: E402
from bot.runtime import Core, open_core  # noqa: E402
from bot.turns import Incoming  # noqa: E402
from flows.core import Said  # noqa: E402
from tests.support import checkin_row, make_settings, person_row, scratch_postgres  # noqa: E402

CONCURRENT = 64  # PTB's concurrent updates, as the bot is built


async def seed(core: Core, people: int) -> None:
    now = datetime.now(UTC)
    due = now + timedelta(hours=12)
    async with core.engine.begin() as connection:
        ids = range(1, people + 1)
        rows = [person_row(i, now, due.strftime("%H:%M"), consent=True) for i in ids]
        await connection.execute(insert(User), rows)
        schedules = [checkin_row(i, due, explicit_night=False) for i in ids]
        await connection.execute(insert(Schedule), schedules)


class Turns:
    """Each person's next script line, with a fresh update id every time."""

    def __init__(self, core: Core, people: int) -> None:
        self._core = core
        self.people = people
        self._update_ids = itertools.count(1)
        self._lines = {person: itertools.cycle(SCRIPT) for person in range(1, people + 1)}

    async def take(self, person: int) -> None:
        text, _ = next(self._lines[person])
        incoming = Incoming(person, person, Said(text), update_id=next(self._update_ids))
        result = await self._core.turns.handle(incoming)
        if not result.replies:
            raise RuntimeError("a turn went unanswered; the numbers would mean nothing")

    def everyone(self, rounds: int) -> Iterator[int]:
        for _ in range(rounds):
            for _line in SCRIPT:
                yield from range(1, self.people + 1)


async def cpu_per_call(calls: int, run: Callable[[], Awaitable[None]]) -> float:
    """Milliseconds of this process's CPU per call."""
    started = time.process_time()
    await run()
    return (time.process_time() - started) / calls * 1000


async def measure(database_url: str, work: Path, people: int, rounds: int, pause: float) -> None:
    settings = make_settings(database_url, work, encryption_keys=new_key(), flood_limit=100_000)
    async with open_core(settings) as core:
        await seed(core, people)
        turns = Turns(core, people)
        calls = rounds * len(SCRIPT) * people

        async def back_to_back() -> None:
            for person in turns.everyone(rounds):
                await turns.take(person)

        async def at_once() -> None:
            async def one(person: int) -> None:
                for _ in range(rounds * len(SCRIPT)):
                    await turns.take(person)
                    await asyncio.sleep(0)

            await asyncio.gather(*(one(p) for p in range(1, min(people, CONCURRENT) + 1)))

        paused_calls = min(calls, 300)

        async def paused() -> None:
            for person in itertools.islice(turns.everyone(rounds), paused_calls):
                await asyncio.sleep(pause)
                await turns.take(person)

        async def idle() -> None:
            for _ in range(paused_calls):
                await asyncio.sleep(pause)

        # Warm-up (first lines, caches, prepared statements), counting statements meanwhile.
        per_line = await statements_per_line(core, turns)
        concurrent_calls = rounds * len(SCRIPT) * min(people, CONCURRENT)
        rows = [
            ("back to back", await cpu_per_call(calls, back_to_back)),
            (f"{CONCURRENT} people at once", await cpu_per_call(concurrent_calls, at_once)),
            (f"after a {pause * 1000:.0f} ms pause", await cpu_per_call(paused_calls, paused)),
            (
                f"waking from a {pause * 1000:.0f} ms pause, no turn",
                await cpu_per_call(paused_calls, idle),
            ),
        ]
    backend = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    print(f"\n{backend}, {people} people, {len(SCRIPT)}-line script\n")
    print("| turns | CPU ms per turn |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value:.3f} |")
    print("\n| script line | statements per turn |")
    print("|---|---|")
    for (text, _), count in zip(SCRIPT, per_line, strict=True):
        print(f"| {text} | {count:.2f} |")


async def statements_per_line(core: Core, turns: Turns) -> list[float]:
    """Statements sent per turn, line by line: everyone once through the script."""
    sent = 0

    def count(*_: object) -> None:
        nonlocal sent
        sent += 1

    engine = core.engine.sync_engine
    per_line = []
    event.listen(engine, "before_cursor_execute", count)
    try:
        for _line in SCRIPT:
            sent = 0
            for person in range(1, turns.people + 1):
                await turns.take(person)
            per_line.append(sent / turns.people)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return per_line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", help="a PostgreSQL server URL (a scratch database)")
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2, help="times through the script")
    parser.add_argument("--pause", type=float, default=0.04, help="seconds between turns")
    args = parser.parse_args()
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="turns-")))
        url = f"sqlite+aiosqlite:///{work / 'turns.sqlite3'}"
        if args.database:
            url = stack.enter_context(scratch_postgres(args.database))
        asyncio.run(measure(url, work, args.people, args.rounds, args.pause))


if __name__ == "__main__":
    main()
