"""Rotating lines: no repeat within 30 days while unseen members remain, then the oldest."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.rotation import choose

NOW = datetime(2026, 3, 1, tzinfo=UTC)


@given(st.integers(2, 80), st.integers(0, 2**32 - 1))
def test_thirty_daily_showings_never_repeat_when_the_family_is_big_enough(
    size: int, seed: int
) -> None:
    members = [f"line-{i:02d}" for i in range(size)]
    rng = random.Random(seed)
    last_seen: dict[str, datetime] = {}
    shown = []
    for day in range(30):
        line = choose(members, last_seen, rng)
        shown.append(line)
        last_seen[line] = NOW + timedelta(days=day)
    window = min(size, 30)
    for start in range(len(shown) - window + 1):
        assert len(set(shown[start : start + window])) == window


def test_when_all_were_seen_the_oldest_comes_back_first() -> None:
    last_seen = {"a-01": NOW, "a-02": NOW - timedelta(days=9), "a-03": NOW - timedelta(days=2)}
    assert choose(list(last_seen), last_seen, random.Random(1)) == "a-02"
