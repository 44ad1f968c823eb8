"""The send pace: never more than the window allows, and a burst goes out at once.

The rule is checked on the slots handed out, not on a stopwatch: for in-process windows with
hypothesis, and for the shared PostgreSQL row with several paces taking slots at the same
time, as several instances would, including the lease that lets one sending alone pace in
memory.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.send_pace import MAX_BURST, Limit, SharedPace, SlidingWindow, Window

windows = st.builds(
    Window,
    slots=st.integers(min_value=1, max_value=40),
    seconds=st.floats(min_value=0.01, max_value=5),
)
gaps = st.lists(st.floats(min_value=0, max_value=2), min_size=1, max_size=200)


def most_in_any_window(slots: list[float], seconds: float) -> int:
    """The largest number of slots inside any half-open span of `seconds` (to a microsecond:
    a slot one window after another may round a hair short of it)."""
    ordered = sorted(slots)
    start = 0
    most = 0
    for end, slot in enumerate(ordered):
        while ordered[start] <= slot - seconds + 1e-6:
            start += 1
        most = max(most, end - start + 1)
    return most


def request_times(steps: list[float]) -> list[float]:
    moments = []
    now = 0.0
    for step in steps:
        now += step
        moments.append(now)
    return moments


@given(window=windows, steps=gaps)
def test_no_window_ever_holds_more_sends_than_allowed(window: Window, steps: list[float]) -> None:
    pace = SlidingWindow(window)
    slots = [pace.reserve(now) for now in request_times(steps)]
    assert most_in_any_window(slots, window.seconds) <= window.slots
    assert slots == sorted(slots)  # sends keep the order they asked in


@given(window=windows, steps=gaps)
def test_a_send_waits_only_when_the_window_is_full(window: Window, steps: list[float]) -> None:
    pace = SlidingWindow(window)
    given_out: list[float] = []
    for now in request_times(steps):
        slot = pace.reserve(now)
        assert slot >= now
        in_window = [s for s in given_out if s > now - window.seconds]
        if len(in_window) < window.slots and (not given_out or given_out[-1] <= now):
            assert slot == now  # room in the window: no wait at all
        given_out.append(slot)


def test_a_burst_up_to_the_limit_goes_out_at_once_and_the_next_waits_a_window() -> None:
    pace = SlidingWindow(Window(slots=30, seconds=1.05))
    burst = [pace.reserve(10.0) for _ in range(30)]
    assert burst == [10.0] * 30
    assert pace.reserve(10.0) == pytest.approx(11.05)


@given(window=windows, steps=gaps, pause=st.floats(min_value=0, max_value=10))
def test_after_telegram_asks_for_a_pause_nothing_goes_before_it_ends(
    window: Window, steps: list[float], pause: float
) -> None:
    pace = SlidingWindow(window)
    moments = request_times(steps)
    slots = [pace.reserve(now) for now in moments]
    pace.hold_until(moments[-1] + pause)
    later = [pace.reserve(moments[-1]) for _ in range(window.slots + 1)]
    assert min(later) >= moments[-1] + pause
    assert most_in_any_window(slots + later, window.seconds) <= window.slots


@pytest.mark.parametrize("per_second", [0.5, 1, 25, 30, 270, 1000, 10_000])
def test_the_window_for_a_rate_keeps_any_second_within_it(per_second: float) -> None:
    window = Window.for_rate(per_second, margin=0.05)
    assert window.slots <= MAX_BURST
    # Filled back to back, the window lets through no more than the rate in any second...
    pace = SlidingWindow(window)
    slots = [pace.reserve(0.0) for _ in range(math.ceil(per_second * 3) + window.slots)]
    assert most_in_any_window(slots, 1.0) <= max(1, math.floor(per_second))
    # ...and not much less over a long run: the margin is the only loss.
    sustained = window.slots / window.seconds
    assert sustained >= 0.999 * per_second / (
        1 + 0.05 * per_second / max(1, math.floor(per_second))
    )
    assert sustained >= 0.9 * per_second


def test_after_a_429_the_window_widens_and_narrows_again_while_telegram_is_content() -> None:
    now = [0.0]
    limit = Limit(per_second=30, margin=0.02, clock=lambda: now[0])
    calm = limit.window
    assert calm == Window(slots=5, seconds=1.02 / 6)
    limit.widen()
    limit.widen()
    assert limit.window.seconds > calm.seconds  # fewer sends a second after two 429s
    assert limit.window.slots == calm.slots  # bursts stay the same size
    for _ in range(3):
        limit.widen()
    assert limit.margin == Limit.WIDEST  # however often Telegram complains
    now[0] += Limit.RELAX_AFTER - 1
    assert limit.margin == Limit.WIDEST
    for _ in range(60):
        now[0] += Limit.RELAX_AFTER
        limit.window  # noqa: B018 - reading it is what lets it relax
    assert limit.window == calm  # an hour later, back to the configured margin


@pytest.fixture
async def pace_url(postgres_url: str) -> str:
    """The scratch database with no pace row: as if no instance had sent yet."""
    engine = create_async_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text("DELETE FROM send_pace"))
    finally:
        await engine.dispose()
    return postgres_url


@dataclass(frozen=True)
class PaceRow:
    recent: list[float]
    holder: str | None
    held_until: float | None


async def pace_row(url: str) -> PaceRow:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            row = (
                await connection.execute(text("SELECT recent, holder, held_until FROM send_pace"))
            ).one()
            return PaceRow(recent=list(row.recent), holder=row.holder, held_until=row.held_until)
    finally:
        await engine.dispose()


@asynccontextmanager
async def paces(url: str, *lease_seconds: float) -> AsyncIterator[list[SharedPace]]:
    """One pace per lease length, as separate instances would have, at 5 sends per 0.1 s."""
    limit = Limit(per_second=50, margin=0)
    opened = [SharedPace(url, limit, lease_seconds=seconds) for seconds in lease_seconds]
    try:
        yield opened
    finally:
        for pace in opened:
            await pace.close()


WINDOW = Limit(per_second=50, margin=0).window


async def take(pace: SharedPace, count: int) -> list[float]:
    """The next `count` slots, asked for one after another without sending."""
    return [(await pace.reserve())[0] for _ in range(count)]


def lease_end(row: PaceRow) -> float:
    assert row.held_until is not None, "no lease was lent"
    return row.held_until


@pytest.mark.postgres
async def test_instances_sharing_the_row_never_exceed_the_window_together(
    pace_url: str,
) -> None:
    limit = Limit(per_second=50, margin=0)
    window = limit.window
    assert window == Window(slots=5, seconds=0.1)
    paces = [SharedPace(pace_url, limit) for _ in range(3)]
    try:
        first, now = await paces[0].reserve()
        assert first == pytest.approx(now, abs=0.01)  # an idle pace lets a send go at once

        async def take_pairs(pace: SharedPace, count: int) -> list[tuple[float, float]]:
            return [await pace.reserve() for _ in range(count)]

        taken = [
            pair
            for batch in await asyncio.gather(*(take_pairs(p, 40) for p in paces))
            for pair in batch
        ]
        slots = [first, *(slot for slot, _now in taken)]
        # The first window's worth went out without waiting for each other.
        assert sum(1 for slot, now in taken if slot <= now) >= window.slots - 1
        assert most_in_any_window(slots, window.seconds) <= window.slots
        # 121 sends at 5 per 0.1 s need at least 24 windows after the first.
        assert max(slots) - min(slots) >= 24 * window.seconds - 1e-4
    finally:
        for pace in paces:
            await pace.close()


@pytest.mark.postgres
async def test_a_pause_asked_of_one_instance_holds_them_all(pace_url: str) -> None:
    told = SharedPace(pace_url, Limit(per_second=10, margin=0))
    other = SharedPace(pace_url, Limit(per_second=10, margin=0))
    try:
        await told.reserve()
        await told.hold_all(30)
        slot, now = await other.reserve()
        assert slot >= now + 29
    finally:
        await told.close()
        await other.close()


@pytest.mark.postgres
async def test_an_instance_sending_alone_paces_in_memory_until_its_lease_ends(
    pace_url: str,
) -> None:
    async with paces(pace_url, 0.3) as (pace,):
        slots = await take(pace, 1)
        lent = await pace_row(pace_url)
        assert lent.holder is not None  # nobody else sends: the window is lent
        assert lease_end(lent) == pytest.approx(slots[0] + 0.3, abs=0.01)
        for _ in range(100):
            slots += await take(pace, 1)
            renewed = await pace_row(pace_url)
            if renewed != lent:
                break
    # Every send within the lease came from memory, not from the row (the checks in between
    # take time of their own, so fewer than the 14 the window would allow)...
    assert len(slots) - 2 >= 5
    # ...which it asked again only when the lease was about to end (it reckons the end from
    # before its question left, a little early).
    assert slots[-1] >= lease_end(lent) - WINDOW.seconds
    assert renewed.recent[-1] == pytest.approx(slots[-1])
    assert lease_end(renewed) > lease_end(lent)
    assert most_in_any_window(slots, WINDOW.seconds) <= WINDOW.slots


@pytest.mark.postgres
async def test_sends_that_come_together_as_a_lease_runs_out_still_go_at_once(
    pace_url: str,
) -> None:
    async with paces(pace_url, 0.3) as (pace,):
        await pace.reserve()
        await asyncio.sleep(0.35)  # the lease is over and the window empty again
        together = await asyncio.gather(*(pace.reserve() for _ in range(WINDOW.slots - 1)))
        # One of them asks the row again; the others wait for that answer rather than ask
        # without the lease's stamps (which would count the lease as a full window).
        assert [round(slot - now, 2) for slot, now in together] == [0.0] * len(together)
        assert (await pace_row(pace_url)).holder is not None  # still alone: lent again


@pytest.mark.postgres
async def test_an_instance_that_asks_during_a_lease_waits_for_it_then_they_share_every_send(
    pace_url: str,
) -> None:
    async with paces(pace_url, 0.3, 0.3) as (alone, newcomer):
        slots = await take(alone, 4)  # one from the row, 3 in memory
        lease_ends = lease_end(await pace_row(pace_url))
        slot, now = await newcomer.reserve()
        assert now >= lease_ends  # it waited for the lease to end, no longer than that
        assert now - lease_ends < 0.1
        slots.append(slot)
        for batch in await asyncio.gather(take(alone, 20), take(newcomer, 20)):
            slots.extend(batch)
        row = await pace_row(pace_url)
    assert row.holder is None  # the two took turns: nothing lent to either
    assert most_in_any_window(slots, WINDOW.seconds) <= WINDOW.slots


@pytest.mark.postgres
async def test_a_lease_whose_holder_stopped_counts_as_full_up_to_its_end(pace_url: str) -> None:
    async with paces(pace_url, 0.3, SharedPace.LEASE_SECONDS) as (stopped, other):
        held = await take(stopped, 10)  # one from the row, then a burst from memory
        # It never speaks again, as after a crash: the row never hears of those nine.
        lease_ends = lease_end(await pace_row(pace_url))
        after = await take(other, 10)
    assert min(after) >= lease_ends + WINDOW.seconds - 1e-6
    assert most_in_any_window(held + after, WINDOW.seconds) <= WINDOW.slots


@pytest.mark.postgres
async def test_an_instance_that_stops_cleanly_hands_its_window_back(pace_url: str) -> None:
    async with paces(pace_url, 5, SharedPace.LEASE_SECONDS) as (leaving, other):
        held = await take(leaving, 10)
        lease_ends = lease_end(await pace_row(pace_url))
        await leaving.close()
        after = await take(other, 10)
    assert after[0] < lease_ends - 4  # no wait for the rest of the lease...
    # ...and the nine slots it took from memory still count.
    assert most_in_any_window(held + after, WINDOW.seconds) <= WINDOW.slots


@pytest.mark.postgres
async def test_a_lost_connection_costs_one_locally_paced_send_then_the_row_is_shared_again(
    pace_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    pace = SharedPace(pace_url, Limit(per_second=10, margin=0), lease_seconds=0.2)
    killer = create_async_engine(pace_url, isolation_level="AUTOCOMMIT")
    try:
        await pace.reserve()
        async with killer.connect() as connection:  # as a server restart would
            await connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        with caplog.at_level(logging.WARNING, logger="bot.send_pace"):
            await asyncio.wait_for(pace.take_slot(), timeout=5)  # inside the lease: no question
            assert "pacing locally" not in caplog.text
            await asyncio.sleep(0.2)
            await asyncio.wait_for(pace.take_slot(), timeout=5)  # the send still goes
        assert "pacing locally" in caplog.text
        slot, now = await pace.reserve()  # a fresh connection, the shared row again
        assert slot >= now - 0.01
    finally:
        await pace.close()
        await killer.dispose()
