"""What one update costs end to end, next to a bare python-telegram-bot echo bot.

Fake Bot API (in this process) → `python -m bot` (its own process, polling) → database →
reply back to the fake. The same run measures the bot on SQLite, on PostgreSQL (a scratch
database, skipped with a note when no server answers) and `bench/echo_bot.py` against the
same fake, so the ratios compare like with like on whatever else the machine is doing.
The bot talks to the Bot API over its shipped transport (aiohttp, `bot/transport.py`); the
echo bot runs twice, as python-telegram-bot ships it (httpx, the floor the targets are
set against) and over the same aiohttp transport as the bot (the like-for-like ratio).
`--only sqlite-httpx` adds the bot on PTB's own transport. Each window measures:

* at an offered load under Telegram's limit (25 updates/s spread over 500 users): CPU
  milliseconds per update of the whole bot process (scheduler, polling and idle time
  included), and p50/p99 latency from the moment the fake makes the update available to
  the moment it receives the reply's sendMessage. Once as shipped (replies paced at
  `--send-rate`, Telegram's 30/s) and once with the pace raised, which leaves the bot's own
  share of the latency;
* at saturation: updates per second with 100 and with 1,000 users typing (each sends the
  next message as soon as the reply arrived), with the send rate and the flood limit raised
  by configuration, as an operator with paid broadcasts or a local Bot API server would.

The bot's users are onboarded people (seeded in the database) talking: a harsh thought
outside any flow, a whole reframe exercise typed out and saved, small talk, an offer
declined. Every message passes the crisis screen; most change the flow state.

    python bench/throughput.py                 # the full run (about ten minutes)
    python bench/throughput.py --quick         # a short run for a first look
    python bench/throughput.py --only sqlite --only echo --saturation-users 100
    python bench/throughput.py --profile prof  # py-spy samples of each window (.[bench])
    python bench/throughput.py --only postgres --only echo --rounds 5  # medians of 5 pairs

Run from the repository root with the project's virtual environment. The numbers move with
whatever else runs on the machine: compare ratios from one run, and run twice, or use
`--rounds`, which pairs each program with the echo bot round by round and checks the
targets against the median.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from bot.db.crypto import new_key  # noqa: E402
from bot.db.models import Schedule, User  # noqa: E402
from bot.runtime import open_core  # noqa: E402
from bot.send_pace import SlidingWindow  # noqa: E402
from bot.send_pace import Window as SendWindow  # noqa: E402
from tests.fakeapi import FakeTelegram, FakeUser  # noqa: E402
from tests.support import (  # noqa: E402
    checkin_row,
    make_settings,
    person_row,
    scratch_postgres,
)

DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
FIRST_USER = 1_000_001
START_TIMEOUT = 60.0  # seconds a bot process may take to start polling
REPLY_TIMEOUT = 30.0  # seconds a typing user waits before giving up on a reply

#: One user's conversation, repeated: (text, how many messages the bot answers with).
#: A harsh thought outside any flow, a reframe typed out to the end and saved (consent is
#: on), small talk, and an offer declined.
SCRIPT: tuple[tuple[str, int], ...] = (
    ("I always mess up at work, I am a total failure", 1),
    ("yes", 1),
    ("I guess it is all or nothing", 1),
    ("60", 1),
    ("Sometimes I do fine", 1),
    ("That one mistake does not define me", 1),
    ("I made a mistake and I can learn from it", 1),
    ("I would tell a friend that nobody gets everything right", 1),
    ("I made one mistake and I can learn from it", 1),
    ("40", 2),
    ("yes", 1),
    ("hello there", 1),
    ("I am useless, I never get anything right", 1),
    ("no thanks", 1),
    ("thanks, that helps", 1),
)


@dataclass(frozen=True)
class Target:
    """One program under test: the bot on a database, or the echo bot."""

    name: str
    database: str | None  # "sqlite", "postgres" or None for the echo bot
    #: How it reaches the Bot API: "httpx" is python-telegram-bot's own transport.
    transport: str = "aiohttp"

    @property
    def is_echo(self) -> bool:
        return self.database is None


TARGETS = {
    "sqlite": Target("bot, SQLite", "sqlite"),
    "postgres": Target("bot, PostgreSQL", "postgres"),
    "sqlite-httpx": Target("bot, SQLite, PTB's transport", "sqlite", "httpx"),
    # The framework's floor as python-telegram-bot ships it, and with the bot's transport.
    "echo": Target("PTB echo bot", None, "httpx"),
    "echo-aiohttp": Target("PTB echo bot, aiohttp", None),
}
DEFAULT_TARGETS = ("sqlite", "postgres", "echo", "echo-aiohttp")


@dataclass
class Plan:
    rate: float
    latency_users: int
    latency_seconds: float
    warmup_seconds: float
    saturation_users: list[int]
    saturation_seconds: float
    send_rate: float
    send_margin: float
    arrivals: str
    postgres: str
    profile_dir: Path | None


@dataclass
class Window:
    """What happened in one measured stretch of time."""

    updates: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    harness_cpu_seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    stalls: int = 0
    #: Each measured update: when it was offered and how many replies it asks for.
    offered: list[tuple[float, int]] = field(default_factory=list)

    def best_possible_p99(self, send_window: SendWindow) -> float:
        """The p99 of a sender that answers in no time at all but keeps the same send
        window, for these same arrivals: the part of the latency no bot can avoid.

        At 25 updates/s against a limit of 30 sends a second, random arrivals often
        bunch: some replies have to wait for the window however fast the bot is.
        """
        pace = SlidingWindow(send_window)
        waits = []
        for offered_at, replies in sorted(self.offered):
            first = pace.reserve(offered_at)
            for _ in range(replies - 1):
                pace.reserve(offered_at)
            waits.append(first - offered_at)
        return Window(latencies=waits).percentile(0.99)

    @property
    def cpu_ms_per_update(self) -> float:
        return 1000 * self.cpu_seconds / self.updates if self.updates else float("nan")

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds if self.seconds else float("nan")

    @property
    def cpu_share(self) -> float:
        """The bot's CPU use as a share of one core."""
        return self.cpu_seconds / self.seconds if self.seconds else float("nan")

    @property
    def harness_share(self) -> float:
        return self.harness_cpu_seconds / self.seconds if self.seconds else float("nan")

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
        return 1000 * ordered[index]


@dataclass
class Outcome:
    target: Target
    latency: Window | None = None  # at the shipped send pace
    latency_raised: Window | None = None  # with the send pace raised
    saturation: dict[int, Window] = field(default_factory=dict)
    extra_replies: int = 0
    log_problems: int = 0
    ticks_skipped: int = 0
    note: str = ""

    def count_log(self, path: Path) -> None:
        """Warnings, errors and tracebacks the bot logged (a run with any is suspect).

        A scheduler heartbeat skipped because the previous one was still running is counted
        apart: at saturation it says the heartbeat waited for the database, not that
        something failed.
        """
        try:
            lines = path.read_text(errors="replace").splitlines()
        except OSError:
            return
        for line in lines:
            if "maximum number of running instances" in line:
                self.ticks_skipped += 1
            elif " WARNING " in line or " ERROR " in line or line.startswith("Traceback"):
                self.log_problems += 1


# ---------------------------------------------------------------------------- the fake side


class TimedFake(FakeTelegram):
    """The fake Bot API, telling the harness when each sendMessage arrives for a chat."""

    def __init__(self, conversations: dict[int, Conversation]) -> None:
        super().__init__(keep_messages=False, max_recorded_calls=0)
        self.conversations = conversations
        self.extra_replies = 0

    async def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        arrived = time.monotonic()
        result = await super()._send_message(params)
        conversation = self.conversations.get(int(result["chat"]["id"]))
        if conversation is None or not conversation.replied(arrived):
            self.extra_replies += 1
        return result


@dataclass(slots=True)
class Conversation:
    """One simulated person working through `SCRIPT`, one message at a time."""

    user: FakeUser
    script: Sequence[tuple[str, int]]
    position: int = 0
    expected: int = 0
    got: int = 0
    pushed_at: float = 0.0
    first_reply_at: float = 0.0
    done: asyncio.Event = field(default_factory=asyncio.Event)
    #: Latency of each message, by its position in the conversation (a user may write
    #: several times in one measured window).
    latencies: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.done.set()

    def say_next(self) -> None:
        text, replies = self.script[self.position % len(self.script)]
        self.position += 1
        self.expected, self.got = replies, 0
        self.done.clear()
        self.user.sent_messages.clear()  # the fake's per-user memory stays flat
        self.pushed_at = time.monotonic()
        self.user.send_text(text)

    def replied(self, at: float) -> bool:
        """Count one reply; False when nothing was waiting for it."""
        if self.done.is_set():
            return False
        self.got += 1
        if self.got == 1:
            self.first_reply_at = at
            self.latencies[self.position] = at - self.pushed_at
        if self.got >= self.expected:
            self.done.set()
        return True

    @property
    def latency(self) -> float:
        return self.first_reply_at - self.pushed_at


# ---------------------------------------------------------------------------- the bot side


async def seed(database_url: str, data_dir: Path, users: int, key: str) -> None:
    """Onboarded users with consent and a daily check-in tomorrow (never due in the run)."""
    async with open_core(make_settings(database_url, data_dir, encryption_keys=key)) as core:
        now = datetime.now(UTC)
        due = now + timedelta(hours=12)
        async with core.engine.begin() as connection:
            ids = range(FIRST_USER, FIRST_USER + users)
            await connection.execute(
                insert(User),
                [person_row(i, now, due.strftime("%H:%M"), consent=True) for i in ids],
            )
            await connection.execute(
                insert(Schedule), [checkin_row(i, due, explicit_night=False) for i in ids]
            )


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


class Running:
    """A bot process started against the fake, with its CPU clock."""

    def __init__(self, process: asyncio.subprocess.Process, log_path: Path) -> None:
        self.process = process
        self.ps = psutil.Process(process.pid)
        self.log_path = log_path

    def cpu(self) -> float:
        return cpu_seconds(self.ps)

    def alive(self) -> bool:
        return self.process.returncode is None

    async def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), timeout=30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


async def start_bot(
    target: Target,
    fake: TimedFake,
    work: Path,
    database_url: str | None,
    key: str,
    extra_env: dict[str, str],
    tag: str,
) -> Running:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.base_url,
        **extra_env,
    }
    if target.is_echo:
        argv = [sys.executable, str(ROOT / "bench" / "echo_bot.py")]
        env["ECHO_TRANSPORT"] = target.transport
    else:
        assert database_url is not None
        argv = [sys.executable, "-m", "bot"]
        env.update(
            {
                "DATABASE_URL": database_url,
                "DATA_DIR": str(work),
                "ENCRYPTION_KEYS": key,
                "LOG_LEVEL": "INFO",  # as in production: one line per update
                "TELEGRAM_TRANSPORT": target.transport,
            }
        )
    log_path = work / f"{tag}.log"
    getme_before = fake.call_counts["getMe"]
    with log_path.open("wb") as log_file:
        process = await asyncio.create_subprocess_exec(
            *argv, env=env, cwd=work, stdout=log_file, stderr=subprocess.STDOUT
        )
    running = Running(process, log_path)
    deadline = time.monotonic() + START_TIMEOUT
    while not (fake.call_counts["getMe"] > getme_before and fake.active_long_polls > 0):
        if not running.alive() or time.monotonic() > deadline:
            await running.stop()
            tail = log_path.read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{target.name} did not start polling; its log ends:\n{tail}")
        await asyncio.sleep(0.05)
    return running


# ---------------------------------------------------------------------------- load


async def offered_load(
    running: Running,
    conversations: Sequence[Conversation],
    rate: float,
    warmup: float,
    seconds: float,
    arrivals: str,
) -> Window:
    """Open loop: updates at `rate` per second, round the users in a shuffled order.

    Arrivals are Poisson (people write independently) or evenly spaced. Only updates made
    available after the warm-up count; the CPU clock runs from then until the last of them
    was answered.
    """
    rng = random.Random(7)
    order = list(conversations)
    rng.shuffle(order)
    start = time.monotonic()
    window_start = start + warmup
    window_end = window_start + seconds
    at = start
    measured: list[tuple[Conversation, int]] = []  # (who, which of their messages)
    window = Window()
    cpu_before = harness_before = None
    index = 0
    while True:
        at += rng.expovariate(rate) if arrivals == "poisson" else 1 / rate
        if at >= window_end:
            break
        delay = at - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if cpu_before is None and at >= window_start:
            cpu_before, harness_before = running.cpu(), time.process_time()
            window_start = time.monotonic()
        conversation = order[index % len(order)]
        index += 1
        if not conversation.done.is_set():
            window.stalls += 1  # still waiting on its previous reply: let it be
            continue
        conversation.say_next()
        if cpu_before is not None:
            measured.append((conversation, conversation.position))
            window.offered.append((conversation.pushed_at, conversation.expected))
    drained = await _drain([conversation for conversation, _ in measured])
    window.stalls += len(measured) - drained
    finished = time.monotonic()
    assert cpu_before is not None
    assert harness_before is not None
    window.cpu_seconds = running.cpu() - cpu_before
    window.harness_cpu_seconds = time.process_time() - harness_before
    window.seconds = finished - window_start
    window.updates = len(measured)
    window.latencies = [c.latencies[n] for c, n in measured if n in c.latencies]
    return window


async def _drain(conversations: Sequence[Conversation]) -> int:
    """Wait for every conversation's reply (up to the timeout); how many arrived."""

    async def one(conversation: Conversation) -> bool:
        try:
            await asyncio.wait_for(conversation.done.wait(), REPLY_TIMEOUT)
        except TimeoutError:
            return False
        return True

    return sum(await asyncio.gather(*(one(c) for c in conversations)))


async def saturate(
    running: Running, conversations: Sequence[Conversation], warmup: float, seconds: float
) -> Window:
    """Closed loop: every user sends the next message as soon as the last one was answered."""
    stopping = False
    completed: list[tuple[float, float]] = []  # (answered at, latency)
    stalls = 0

    async def typist(conversation: Conversation) -> None:
        nonlocal stalls
        while not stopping:
            conversation.say_next()
            try:
                await asyncio.wait_for(conversation.done.wait(), REPLY_TIMEOUT)
            except TimeoutError:
                stalls += 1
                conversation.done.set()
                continue
            completed.append((time.monotonic(), conversation.latency))

    tasks = [asyncio.create_task(typist(c)) for c in conversations]
    await asyncio.sleep(warmup)
    t0, cpu0, harness0 = time.monotonic(), running.cpu(), time.process_time()
    await asyncio.sleep(seconds)
    t1, cpu1, harness1 = time.monotonic(), running.cpu(), time.process_time()
    stopping = True
    await asyncio.gather(*tasks)
    in_window = [latency for answered, latency in completed if t0 <= answered < t1]
    return Window(
        updates=len(in_window),
        seconds=t1 - t0,
        cpu_seconds=cpu1 - cpu0,
        harness_cpu_seconds=harness1 - harness0,
        latencies=in_window,
        stalls=stalls,
    )


@contextmanager
def py_spy(running: Running, out: Path | None) -> Iterator[None]:
    """Optionally sample the bot with py-spy while the block runs.

    The samples are written as folded stacks, which every flame graph viewer reads and
    `grep` can sum up.
    """
    if out is None:
        yield
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    beside = Path(sys.executable).with_name("py-spy")
    command = [
        str(beside) if beside.exists() else "py-spy",
        "record",
        "--format",
        "raw",
        "--nonblocking",
    ]
    spy = subprocess.Popen(
        [*command, "--pid", str(running.process.pid), "--output", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C
        spy.wait(timeout=60)


async def measure(target: Target, plan: Plan, database_url: str | None) -> Outcome:
    outcome = Outcome(target)
    work = Path(tempfile.mkdtemp(prefix="throughput-"))
    key = new_key()
    users = max([plan.latency_users, *plan.saturation_users])
    if database_url is not None:
        await seed(database_url, work, users, key)
    conversations: dict[int, Conversation] = {}
    script = [(text, 1) for text, _ in SCRIPT] if target.is_echo else SCRIPT
    async with TimedFake(conversations) as fake:
        for user_id in range(FIRST_USER, FIRST_USER + users):
            conversations[user_id] = Conversation(fake.user(user_id), script)
        everyone = list(conversations.values())
        tag = f"{target.database or 'echo'}-{target.transport}"

        async def offer(running: Running) -> Window:
            return await offered_load(
                running,
                everyone[: plan.latency_users],
                plan.rate,
                plan.warmup_seconds,
                plan.latency_seconds,
                plan.arrivals,
            )

        # As shipped, at Telegram's pace. (The echo bot has no pace to raise: one run.)
        start = functools.partial(start_bot, target, fake, work, database_url, key)
        running = await start(
            {
                "SEND_RATE_PER_SECOND": str(plan.send_rate),
                "SEND_MARGIN_SECONDS": str(plan.send_margin),
            },
            f"{tag}-load",
        )
        try:
            out = None if plan.profile_dir is None else plan.profile_dir / f"{tag}-load.folded"
            with py_spy(running, out):
                outcome.latency = await offer(running)
        finally:
            await running.stop()
        outcome.count_log(running.log_path)
        # The limits an operator raises for paid broadcasts or a local Bot API server.
        running = await start(
            {"SEND_RATE_PER_SECOND": "1000", "FLOOD_LIMIT": "100000"}, f"{tag}-raised"
        )
        try:
            outcome.latency_raised = outcome.latency if target.is_echo else await offer(running)
            for count in plan.saturation_users:
                out = (
                    None if plan.profile_dir is None else plan.profile_dir / f"{tag}-{count}.folded"
                )
                with py_spy(running, out):
                    outcome.saturation[count] = await saturate(
                        running, everyone[:count], plan.warmup_seconds, plan.saturation_seconds
                    )
        finally:
            await running.stop()
        outcome.count_log(running.log_path)
        outcome.extra_replies = fake.extra_replies
    if outcome.log_problems:
        outcome.note = f"logs in {work}"
    return outcome


def postgres_answers(url: str) -> bool:
    try:
        with scratch_postgres(url):
            return True
    except Exception:
        return False


def run_target(target: Target, plan: Plan) -> Outcome:
    if target.database == "postgres":
        if not postgres_answers(plan.postgres):
            return Outcome(target, note=f"skipped: no PostgreSQL answers at {plan.postgres}")
        with scratch_postgres(plan.postgres) as url:
            return asyncio.run(measure(target, plan, url))
    if target.database == "sqlite":
        work = Path(tempfile.mkdtemp(prefix="throughput-db-"))
        return asyncio.run(measure(target, plan, f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"))
    return asyncio.run(measure(target, plan, None))


# ---------------------------------------------------------------------------- report


def _f(value: float, digits: int = 1) -> str:
    return "–" if value != value else f"{value:.{digits}f}"  # NaN prints as a dash


def _table(head: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _verdict(value: float, bound: float, *, below: bool) -> str:
    met = value <= bound if below else value >= bound
    return f"{_f(value, 2)} {'ok' if met else 'MISSED'}"


def _ratios(
    title: str, measured: list[Outcome], echo: Outcome, plan: Plan, *, verdicts: bool
) -> None:
    """The bot's numbers over the echo bot's: with the issue's targets, or as plain ratios."""
    assert echo.latency is not None

    def shown(value: float, bound: float, *, below: bool) -> str:
        return _verdict(value, bound, below=below) if verdicts else _f(value, 2)

    head = [title, "CPU/update ratio" + (" (≤ 1.5)" if verdicts else "")]
    if verdicts:
        head += ["p99 ms (< 25)", "p99 ms, pace raised (< 25)"]
    head += [
        f"throughput ratio @{n}" + (" (≥ 0.6)" if verdicts else "") for n in plan.saturation_users
    ]
    rows = []
    for o in measured:
        if o.target.is_echo or o.latency is None or o.latency_raised is None:
            continue
        ratio = o.latency.cpu_ms_per_update / echo.latency.cpu_ms_per_update
        row = [o.target.name, shown(ratio, 1.5, below=True)]
        if verdicts:
            row += [
                _verdict(o.latency.percentile(0.99), 25, below=True),
                _verdict(o.latency_raised.percentile(0.99), 25, below=True),
            ]
        for n in plan.saturation_users:
            mine, theirs = o.saturation.get(n), echo.saturation.get(n)
            if mine is None or theirs is None:
                row.append("–")
            else:
                row.append(shown(mine.per_second / theirs.per_second, 0.6, below=False))
        rows.append(row)
    _table(head, rows)


def report(outcomes: list[Outcome], plan: Plan, load: tuple[float, float]) -> None:
    measured = [o for o in outcomes if o.latency is not None and o.latency_raised is not None]
    print()
    print(
        f"Offered load: {plan.rate:g} updates/s ({plan.arrivals} arrivals) over "
        f"{plan.latency_users} users for {plan.latency_seconds:g} s, at the shipped send pace "
        f"({plan.send_rate:g}/s) and with it raised (1000/s). Saturation: users typing (each "
        f"sends again once answered) for {plan.saturation_seconds:g} s, send pace 1000/s, "
        f"flood limit off. Warm-up {plan.warmup_seconds:g} s before each window."
    )
    print()
    rows = []
    send_window = SendWindow.for_rate(plan.send_rate, plan.send_margin)
    for o in measured:
        assert o.latency is not None
        assert o.latency_raised is not None
        shipped, raised = o.latency, o.latency_raised
        rows.append(
            [
                o.target.name,
                _f(shipped.cpu_ms_per_update, 2),
                f"{_f(100 * shipped.cpu_share, 0)}%",
                _f(shipped.percentile(0.5)),
                _f(shipped.percentile(0.99)),
                "–" if o.target.is_echo else _f(shipped.best_possible_p99(send_window)),
                _f(raised.cpu_ms_per_update, 2),
                _f(raised.percentile(0.5)),
                _f(raised.percentile(0.99)),
            ]
        )
    rows += [[o.target.name, o.note, *[""] * 7] for o in outcomes if o not in measured]
    _table(
        [
            f"@ {plan.rate:g}/s",
            "CPU ms/update",
            "CPU use",
            "p50 ms",
            "p99 ms",
            "p99 ms of a no-cost sender",
            "CPU ms/update, pace raised",
            "p50 ms, pace raised",
            "p99 ms, pace raised",
        ],
        rows,
    )
    print()
    head = ["saturation"]
    for n in plan.saturation_users:
        head += [f"upd/s @{n}", f"CPU ms/upd @{n}", f"p99 ms @{n}"]
    head.append("harness CPU (max)")
    rows = []
    for o in measured:
        row = [o.target.name]
        harness = [w.harness_share for w in (o.latency, o.latency_raised) if w is not None]
        for n in plan.saturation_users:
            window = o.saturation.get(n)
            if window is None:
                row += ["–", "–", "–"]
                continue
            row += [
                _f(window.per_second, 0),
                _f(window.cpu_ms_per_update, 2),
                _f(window.percentile(0.99), 0),
            ]
            harness.append(window.harness_share)
        row.append(f"{_f(100 * max(harness), 0)}%")
        rows.append(row)
    _table(head, rows)
    echoes = {o.target.transport: o for o in measured if o.target.is_echo}
    floor = echoes.get("httpx")  # python-telegram-bot as it ships: the targets' yardstick
    if floor is not None:
        print()
        _ratios(f"bot vs {floor.target.name}", measured, floor, plan, verdicts=True)
    for transport, echo in echoes.items():
        same = [o for o in measured if o.target.transport == transport]
        if echo is not floor and len(same) > 1:
            # Same transport on both sides: what the bot's own work costs over the framework.
            print()
            _ratios(f"bot vs {echo.target.name}", same, echo, plan, verdicts=False)
    print()
    for o in outcomes:
        problems = []
        windows = [o.latency, o.latency_raised, *o.saturation.values()]
        stalls = sum(w.stalls for w in {id(w): w for w in windows if w is not None}.values())
        if stalls:
            problems.append(f"{stalls} updates unanswered within {REPLY_TIMEOUT:g} s or skipped")
        if o.extra_replies:
            problems.append(f"{o.extra_replies} replies nobody waited for")
        if o.ticks_skipped:
            problems.append(f"{o.ticks_skipped} scheduler heartbeats skipped (still busy)")
        if o.log_problems:
            problems.append(f"{o.log_problems} warnings/errors logged")
        if o.note and o in measured:
            problems.append(o.note)
        if problems:
            print(f"- {o.target.name}: " + "; ".join(problems))
    print(
        f"- load average (1 min) {load[0]:.2f} before, {load[1]:.2f} after, on "
        f"{os.cpu_count()} cores; the harness (fake server and users) shares them"
    )


def summary(rounds: list[list[Outcome]], plan: Plan) -> None:
    """The targets' ratios round by round, and their medians, which the verdicts read.

    The echo bot's CPU per update moves by a fifth between runs on the same machine, which
    moves one round's CPU ratio by about 0.3: a ratio near a target says little on its own.
    Each round measures the bot and the echo bot back to back, so each round's ratio is a
    fair pair; the median over rounds is what the targets are checked against.
    """
    names = [o.target.name for o in rounds[0]]
    floor = next(
        (
            n
            for n, o in zip(names, rounds[0], strict=True)
            if o.target.is_echo and o.target.transport == "httpx"
        ),
        None,
    )
    if floor is None:
        return
    per_round = [{o.target.name: o for o in outcomes} for outcomes in rounds]
    print()
    print(f"Across {len(rounds)} rounds (each: every program in turn), against {floor}:")
    print()
    head = ["", "CPU/update ratio (≤ 1.5), by round", "median"]
    head += [f"throughput ratio @{n} (≥ 0.6), by round" for n in plan.saturation_users]
    head += ["median" for _ in plan.saturation_users]
    head += ["p99 ms, pace raised (< 25), median"]
    rows = []
    for name in names:
        sample = per_round[0][name]
        if sample.target.is_echo:
            continue
        cpu: list[float] = []
        throughput: dict[int, list[float]] = {n: [] for n in plan.saturation_users}
        p99: list[float] = []
        for outcomes in per_round:
            mine, echo = outcomes[name], outcomes[floor]
            if mine.latency is None or echo.latency is None or mine.latency_raised is None:
                continue
            cpu.append(mine.latency.cpu_ms_per_update / echo.latency.cpu_ms_per_update)
            p99.append(mine.latency_raised.percentile(0.99))
            for n in plan.saturation_users:
                if n in mine.saturation and n in echo.saturation:
                    throughput[n].append(
                        mine.saturation[n].per_second / echo.saturation[n].per_second
                    )
        if not cpu:
            continue
        row = [name, ", ".join(_f(r, 2) for r in cpu)]
        row.append(_verdict(statistics.median(cpu), 1.5, below=True))
        row += [", ".join(_f(r, 2) for r in throughput[n]) for n in plan.saturation_users]
        row += [
            _verdict(statistics.median(throughput[n]), 0.6, below=False) if throughput[n] else "–"
            for n in plan.saturation_users
        ]
        row.append(_verdict(statistics.median(p99), 25, below=True))
        rows.append(row)
    _table(head, rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="short windows, for a first look")
    parser.add_argument(
        "--only", action="append", choices=sorted(TARGETS), help="run only these (repeatable)"
    )
    parser.add_argument("--rate", type=float, default=25.0, help="offered updates per second")
    parser.add_argument("--latency-users", type=int, default=500)
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument(
        "--arrivals", choices=["poisson", "uniform"], default="poisson", help="offered load shape"
    )
    parser.add_argument(
        "--send-rate",
        type=float,
        default=30.0,
        help="SEND_RATE_PER_SECOND at the offered load (Telegram allows about 30)",
    )
    parser.add_argument("--send-margin", type=float, default=0.02, help="SEND_MARGIN_SECONDS")
    parser.add_argument("--saturation-users", type=int, action="append")
    parser.add_argument("--saturation-seconds", type=float, default=30.0)
    parser.add_argument("--warmup-seconds", type=float, default=5.0)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES, help="server for a scratch DB")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="measure every program this many times in turn; verdicts on the median ratio",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="sample the bot with py-spy in each window (folded stacks in DIR)",
    )
    args = parser.parse_args()
    plan = Plan(
        rate=args.rate,
        latency_users=args.latency_users,
        latency_seconds=args.latency_seconds,
        warmup_seconds=args.warmup_seconds,
        saturation_users=args.saturation_users or [100, 1000],
        saturation_seconds=args.saturation_seconds,
        send_rate=args.send_rate,
        send_margin=args.send_margin,
        arrivals=args.arrivals,
        postgres=args.postgres,
        profile_dir=args.profile,
    )
    if args.quick:
        plan.latency_seconds = min(plan.latency_seconds, 15.0)
        plan.saturation_seconds = min(plan.saturation_seconds, 8.0)
        plan.warmup_seconds = min(plan.warmup_seconds, 2.0)
    names = args.only or list(DEFAULT_TARGETS)
    rounds: list[list[Outcome]] = []
    for round_number in range(1, args.rounds + 1):
        load_before = os.getloadavg()[0]
        outcomes: list[Outcome] = []
        for name in names:
            target = TARGETS[name]
            print(f"measuring {target.name} ...", flush=True)
            outcomes.append(run_target(target, plan))
        if args.rounds > 1:
            print(f"\n## Round {round_number} of {args.rounds}")
        report(outcomes, plan, (load_before, os.getloadavg()[0]))
        rounds.append(outcomes)
    if len(rounds) > 1:
        summary(rounds, plan)


if __name__ == "__main__":
    main()
