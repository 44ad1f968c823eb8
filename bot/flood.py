"""Noticing a flood of messages from one person, so the bot answers with one gentle
"slow down" instead of a reply to each (and never outruns Telegram's limits for them).

Counted in real time (monotonic), per user, in a sliding window. Memory stays small: a user's
entry is dropped once they have been quiet for the cool-down.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


class Verdict(enum.Enum):
    OK = "ok"
    FIRST = "first"  # just crossed the line: say "slow down" once
    MUTED = "muted"  # still flooding: skip quietly


@dataclass
class _Recent:
    stamps: deque[float] = field(default_factory=deque)
    flooding: bool = False


class FloodGuard:
    def __init__(
        self,
        limit: int = 20,
        window: float = 10.0,
        cool_down: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limit = limit
        self._window = window
        self._cool_down = cool_down
        self._clock = clock
        self._users: dict[int, _Recent] = {}
        self._next_sweep = 0.0

    def check(self, user_id: int) -> Verdict:
        now = self._clock()
        recent = self._users.setdefault(user_id, _Recent())
        if recent.stamps and now - recent.stamps[-1] > self._cool_down:
            recent.flooding = False
        recent.stamps.append(now)
        while recent.stamps and now - recent.stamps[0] > self._window:
            recent.stamps.popleft()
        if len(recent.stamps) <= self._limit and not recent.flooding:
            self._forget_quiet(now)
            return Verdict.OK
        if recent.flooding:
            return Verdict.MUTED
        recent.flooding = True
        return Verdict.FIRST

    def _forget_quiet(self, now: float) -> None:
        """Drop people who went quiet. A sweep looks at everyone, so it runs at most once per
        window: an entry lives a little longer, and a message no longer costs a pass over all
        recent writers (a forgotten entry and a quiet one give the same verdict next time)."""
        if len(self._users) < 1024 or now < self._next_sweep:
            return
        self._next_sweep = now + self._window
        quiet = [
            uid
            for uid, r in self._users.items()
            if not r.stamps or now - r.stamps[-1] > max(self._window, self._cool_down)
        ]
        for uid in quiet:
            del self._users[uid]
