"""The heartbeat: every few seconds, claim what is due and drain the outbox.

One APScheduler interval job drives it. APScheduler holds no job store here: every future
moment lives in the database, so any instance can pick up after any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.claim import claim_due
from bot.maintenance import purge_expired
from bot.metrics import Metrics
from bot.outbox import OutboxSender, Sending, recover_interrupted
from bot.turns import Clock

log = logging.getLogger(__name__)


class Ticker:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        sender: OutboxSender,
        clock: Clock,
        *,
        every_seconds: float,
        grace: timedelta,
        lease: timedelta = timedelta(minutes=2),
        retention: timedelta = timedelta(days=180),
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics()
        self._sessions = sessions
        self._sender = sender
        self._clock = clock
        self._every = every_seconds
        self._grace = grace
        self._lease = lease
        self._retention = retention
        self._scheduler: AsyncIOScheduler | None = None
        self._beat: asyncio.Task[object] | None = None
        self._stopping = False

    async def tick(self) -> None:
        """One beat. Storage trouble is logged and the next beat tries again."""
        if self._stopping:
            return
        self._beat = asyncio.current_task()
        try:
            await recover_interrupted(
                self._sessions, self._clock(), after=self._lease, metrics=self._metrics
            )
            await self._claim_and_send()
        except DBAPIError as error:
            log.warning("scheduler tick skipped: %s", type(error).__name__)
        except Exception:
            log.exception("scheduler tick failed; the next one tries again")
        finally:
            self._beat = None

    async def _claim_and_send(self) -> None:
        """Claim a batch, send it, and claim the next while the last of it goes out.

        With many people due in the same minute the first nudges leave at once instead of
        after every row has been claimed, and the send window is never idle while the
        next batch is being claimed.
        """
        sending: Sending | None = None
        try:
            while not self._stopping:
                claimed = await claim_due(self._sessions, self._clock(), grace=self._grace)
                self._metrics.claimed(claimed)
                following = await self._sender.start()
                if sending is not None:
                    await sending.finish()
                sending = following
                if not claimed.total and following.empty:
                    break
                await following.all_begun()
        finally:
            if sending is not None:
                await sending.finish()

    async def purge(self) -> None:
        """Forget free text past the retention period (hourly; cheap when nothing is due)."""
        try:
            await purge_expired(self._sessions, self._clock(), self._retention)
        except Exception:
            log.exception("retention purge failed; the next run tries again")

    async def start(self) -> None:
        self._scheduler = AsyncIOScheduler(timezone=UTC)
        self._scheduler.add_job(
            self.tick, "interval", seconds=self._every, max_instances=1, coalesce=True, id="tick"
        )
        self._scheduler.add_job(
            self.purge,
            "interval",
            hours=1,
            max_instances=1,
            coalesce=True,
            id="purge",
            next_run_time=datetime.now(UTC),
        )
        self._scheduler.start()

    async def stop(self) -> None:
        """Stop beating, letting a beat in progress finish its current step.

        The scheduler is shut down only after that beat ends: APScheduler's asyncio executor
        cancels running jobs on shutdown, which would cut a beat off mid-transaction.
        """
        self._stopping = True
        if self._scheduler is not None:
            self._scheduler.pause()
        await asyncio.sleep(0)  # a beat handed to the loop just now sees the flag and returns
        beat = self._beat
        if beat is not None and not beat.done():
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(asyncio.shield(beat), timeout=10)
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
