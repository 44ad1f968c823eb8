"""Counts for Prometheus: how much the bot does and how it fares, never who or what.

Every label has a small fixed set of values written in this module (an outcome, a nudge kind,
an error code), so no user id, chat id or text can reach a scrape. Each running core owns
its own registry: several bots in one process (as in the tests) count apart, and nothing
leaks into the library's global default registry.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import schedules
from bot.db.models import OutboxMessage

if TYPE_CHECKING:
    from bot.claim import ClaimReport

UPDATE_OUTCOMES = ("handled", "duplicate", "flooded", "failed")
TURN_SOURCES = ("update", "nudge")
NUDGE_KINDS = (
    schedules.CHECKIN,
    schedules.SNOOZE,
    schedules.GOAL_FOLLOWUP,
    schedules.CRISIS_FOLLOWUP,
)
FAILURE_REASONS = ("blocked", "gave_up", "refused", "interrupted")
SKIP_REASONS = ("late", "paused", "resting", "dropped", "nothing_to_say")
ERROR_CODES = ("403", "429")

log = logging.getLogger(__name__)

#: A turn is a few database round trips: milliseconds normally, a second is already slow.
TURN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
#: A nudge leaves within a heartbeat or two; hours mean a backlog (the grace is two hours).
LAG_BUCKETS = (1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 900.0, 1800.0, 3600.0, 7200.0)


def nudge_kind(kind: str) -> str:
    """The kind as a label, folded to "other" so a label can never grow without bound."""
    return kind if kind in NUDGE_KINDS else "other"


class Metrics:
    """The metric objects of one running bot, and the few ways the shell moves them."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.updates = Counter(
            "goodenough_updates",
            "Updates from people, by what became of them.",
            ["outcome"],
            registry=registry,
        )
        self.turn_seconds = Histogram(
            "goodenough_turn_seconds",
            "Time to answer one turn (waiting for the person's earlier turns included).",
            ["source"],
            buckets=TURN_BUCKETS,
            registry=registry,
        )
        self.nudges_due = Counter(
            "goodenough_nudges_due",
            "Scheduled moments claimed into the outbox.",
            ["kind"],
            registry=registry,
        )
        self.nudges_sent = Counter(
            "goodenough_nudges_sent",
            "Scheduled messages Telegram accepted.",
            ["kind"],
            registry=registry,
        )
        self.nudges_failed = Counter(
            "goodenough_nudges_failed",
            "Scheduled messages that will not be sent.",
            ["kind", "reason"],
            registry=registry,
        )
        self.nudges_skipped = Counter(
            "goodenough_nudges_skipped",
            "Scheduled moments passed over on purpose (too late, paused, resting, nothing to say).",
            ["reason"],
            registry=registry,
        )
        self.outbox_lag = Histogram(
            "goodenough_outbox_lag_seconds",
            "From the moment a scheduled message was due to Telegram accepting it.",
            buckets=LAG_BUCKETS,
            registry=registry,
        )
        self.outbox_pending = Gauge(
            "goodenough_outbox_pending",
            "Outbox rows due now and not yet taken (read from the database at scrape time).",
            registry=registry,
        )
        self.outbox_waiting = Gauge(
            "goodenough_outbox_waiting_seconds",
            "How long the oldest due outbox row has waited (read at scrape time).",
            registry=registry,
        )
        self.telegram_errors = Counter(
            "goodenough_telegram_errors",
            "Error answers from the Bot API: 403 (blocked, forbidden), 429 (flood control).",
            ["code"],
            registry=registry,
        )
        # Every series exists from the start, so a rate() sees its first increase.
        for outcome in UPDATE_OUTCOMES:
            self.updates.labels(outcome)
        for source in TURN_SOURCES:
            self.turn_seconds.labels(source)
        for kind in NUDGE_KINDS:
            self.nudges_due.labels(kind)
            self.nudges_sent.labels(kind)
            for reason in FAILURE_REASONS:
                self.nudges_failed.labels(kind, reason)
        for reason in SKIP_REASONS:
            self.nudges_skipped.labels(reason)
        for code in ERROR_CODES:
            self.telegram_errors.labels(code)
        # Looked up once: every turn moves these, and `labels()` takes a lock per call.
        self._update_counts = {outcome: self.updates.labels(outcome) for outcome in UPDATE_OUTCOMES}
        self._turn_timers = {source: self.turn_seconds.labels(source) for source in TURN_SOURCES}

    def turn(self, source: str, outcome: str, seconds: float | None = None) -> None:
        """One turn ended. Only updates from people count as updates; every answered turn,
        a nudge's included, is timed."""
        if source == "update":
            counter = self._update_counts.get(outcome)
            if counter is None:
                counter = self.updates.labels(outcome)
            counter.inc()
        if outcome == "handled" and seconds is not None:
            timer = self._turn_timers.get(source)
            if timer is None:
                timer = self.turn_seconds.labels(source)
            timer.observe(seconds)

    def claimed(self, report: ClaimReport) -> None:
        for kind, count in report.kinds.items():
            self.nudges_due.labels(nudge_kind(kind)).inc(count)
        skipped = {
            "late": report.late,
            "paused": report.paused,
            "resting": report.resting,
            "dropped": report.dropped,
        }
        for reason, count in skipped.items():
            if count:
                self.nudges_skipped.labels(reason).inc(count)

    def nudge_sent(self, kind: str, lag_seconds: float) -> None:
        self.nudges_sent.labels(nudge_kind(kind)).inc()
        self.outbox_lag.observe(max(lag_seconds, 0.0))

    def nudge_skipped(self, reason: str) -> None:
        self.nudges_skipped.labels(reason).inc()

    def nudge_failed(self, kind: str, reason: str) -> None:
        self.nudges_failed.labels(nudge_kind(kind), reason).inc()

    def telegram_error(self, code: str) -> None:
        self.telegram_errors.labels(code).inc()

    def outbox(self, pending: int, waiting_seconds: float) -> None:
        self.outbox_pending.set(pending)
        self.outbox_waiting.set(waiting_seconds)

    def exposition(self) -> bytes:
        """The text format Prometheus scrapes."""
        return generate_latest(self.registry)


async def scrape(
    metrics: Metrics, sessions: async_sessionmaker[AsyncSession], now: datetime
) -> bytes:
    """The exposition, with the outbox backlog read fresh from the database.

    Read at scrape time rather than on every heartbeat: one indexed query per scrape, and
    the same figure from every instance since the outbox is shared. If the database cannot
    answer, the counters are still served and the backlog keeps its last value.
    """
    query = select(func.count(), func.min(col(OutboxMessage.next_attempt_at))).where(
        col(OutboxMessage.status) == "pending", col(OutboxMessage.next_attempt_at) <= now
    )
    try:
        async with sessions() as session:
            pending, oldest = (await session.exec(query)).one()
    except (SQLAlchemyError, OSError) as error:
        log.warning("metrics: outbox backlog unreadable: %s", type(error).__name__)
    else:
        waited = (now - oldest).total_seconds() if oldest is not None else 0.0
        metrics.outbox(pending, max(waited, 0.0))
    return metrics.exposition()
