"""Sliding one-second windows that answer "how long until the next send is allowed".

Each key keeps only the timestamps inside the window (at most ``limit`` of them) and keys that
fell silent are evicted from the front of an OrderedDict, so work per request is O(1) amortized
and memory is bounded by the chats active in the last second, even with 100k chats.
"""

from __future__ import annotations

import math
from collections import OrderedDict

_GLOBAL = 0


class SlidingWindowLimiter:
    """At most ``limit`` events per key in any ``window`` seconds."""

    __slots__ = ("_events", "limit", "window")

    def __init__(self, limit: int, window: float = 1.0) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self.limit = limit
        self.window = window
        self._events: OrderedDict[int, list[float]] = OrderedDict()

    def _evict_idle(self, now: float) -> None:
        horizon = now - self.window
        events = self._events
        while events:
            key, stamps = next(iter(events.items()))
            if stamps[-1] > horizon:
                return
            del events[key]

    def wait_time(self, key: int, now: float) -> float:
        """Seconds until ``key`` may send again; 0.0 when it may send now (nothing recorded)."""
        self._evict_idle(now)
        stamps = self._events.get(key)
        if stamps is None:
            return 0.0
        horizon = now - self.window
        while stamps and stamps[0] <= horizon:
            stamps.pop(0)
        if not stamps:
            del self._events[key]
            return 0.0
        if len(stamps) < self.limit:
            return 0.0
        return stamps[0] + self.window - now

    def record(self, key: int, now: float) -> None:
        """Count one event for ``key`` at ``now`` (call only after ``wait_time`` returned 0)."""
        stamps = self._events.get(key)
        if stamps is None:
            self._events[key] = [now]
            return
        stamps.append(now)
        self._events.move_to_end(key)

    def __len__(self) -> int:
        return len(self._events)


class RateLimits:
    """Telegram-like flood control: a global budget and a per-chat budget, both optional."""

    __slots__ = ("global_limiter", "per_chat_limiter")

    def __init__(self, global_per_second: int | None, per_chat_per_second: int | None) -> None:
        self.global_limiter = SlidingWindowLimiter(global_per_second) if global_per_second else None
        self.per_chat_limiter = (
            SlidingWindowLimiter(per_chat_per_second) if per_chat_per_second else None
        )

    def check(self, chat_id: int, now: float) -> tuple[str, int] | None:
        """Admit a send (recording it) or return ``("global" | "chat", retry_after_seconds)``.

        A rejected send consumes no budget, so a client that honours retry_after gets through.
        """
        if self.global_limiter is not None:
            wait = self.global_limiter.wait_time(_GLOBAL, now)
            if wait > 0:
                return "global", max(1, math.ceil(wait))
        if self.per_chat_limiter is not None:
            wait = self.per_chat_limiter.wait_time(chat_id, now)
            if wait > 0:
                return "chat", max(1, math.ceil(wait))
            self.per_chat_limiter.record(chat_id, now)
        if self.global_limiter is not None:
            self.global_limiter.record(_GLOBAL, now)
        return None
