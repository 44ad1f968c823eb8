"""Running one turn: load the user, decide with the pure core, save it all at once, render.

The whole decision is saved in one transaction together with the update id, so a crash
either keeps all of a turn or none of it, and a redelivered update is recognised and skipped.
Replies are rendered only after the commit: we never tell a user something we did not save.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

from bot import context_data, rotation, store
from bot.db.models import SeenLine
from bot.flood import FloodGuard, Verdict
from bot.metrics import Metrics
from bot.privacy import erase_user, export_file, export_user
from bot.records import apply_records
from bot.render import Rendered, render
from flows.core import Context, Event, FlowState, Reply, Said, Step, TimerFired
from flows.privacy import EraseEverything, ExportRequested
from flows.screen import screen
from flows.turn import TimerDeferred, take_turn
from messages import Catalog, MissingMessageError

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a user did, already translated from Telegram (or the console)."""

    user_id: int
    chat_id: int
    event: Event
    update_id: int | None = None
    language_code: str | None = None


@dataclass(frozen=True, slots=True)
class TurnResult:
    replies: tuple[Rendered, ...] = ()
    duplicate: bool = False
    flow: str | None = None
    #: For a scheduled moment that arrived mid-conversation: try again after this long.
    deferred: timedelta | None = None


class UserLocks:
    """One lock per user, so one person's messages are handled in the order they came.

    Locks are dropped as soon as nobody waits on them, so memory stays flat however many
    people have ever written.
    """

    def __init__(self) -> None:
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiters: dict[int, int] = {}

    @asynccontextmanager
    async def hold(self, user_id: int) -> AsyncIterator[None]:
        self._waiters[user_id] = self._waiters.get(user_id, 0) + 1
        lock = self._locks.setdefault(user_id, asyncio.Lock())
        try:
            async with lock:
                yield
        finally:
            self._waiters[user_id] -= 1
            if self._waiters[user_id] == 0:
                del self._waiters[user_id]
                del self._locks[user_id]

    def __len__(self) -> int:
        return len(self._locks)


class TurnEngine:
    """Everything needed to answer a user, shared by Telegram and the console chat."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        catalog: Catalog,
        clock: Clock = system_clock,
        facts: Mapping[str, Any] | None = None,
        flood: FloodGuard | None = None,
        metrics: Metrics | None = None,
    ) -> None:
        self._metrics = metrics or Metrics()
        self._sessions = sessions
        self._facts = dict(facts or {})  # deployment facts every flow may see
        self._catalog = catalog
        self._clock = clock
        self._locks = UserLocks()
        self._rng = random.Random()
        self._flood = flood or FloodGuard()

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    async def handle(self, incoming: Incoming) -> TurnResult:
        """Answer one event. Never raises for a user's input; storage trouble is answered kindly."""
        started = time.perf_counter()
        source = "nudge" if isinstance(incoming.event, TimerFired) else "update"
        if not isinstance(incoming.event, TimerFired):
            verdict = self._flood.check(incoming.user_id)
            if verdict is not Verdict.OK and not _risky(incoming.event):
                self._metrics.turn(source, "flooded")
                log.info(
                    "user %s is flooding; update %s %s",
                    incoming.user_id,
                    incoming.update_id,
                    "answered once" if verdict is Verdict.FIRST else "skipped",
                )
                if verdict is Verdict.MUTED:
                    return TurnResult()
                locale = self._catalog.pick_locale(incoming.language_code)
                return TurnResult(replies=(self._render(locale, None, Reply("slow-down")),))
        async with self._locks.hold(incoming.user_id):
            for _attempt in range(3):
                try:
                    result = await self._once(incoming)
                    outcome = "duplicate" if result.duplicate else "handled"
                    self._metrics.turn(source, outcome, time.perf_counter() - started)
                    return result
                except store.StaleVersionError:
                    log.info("turn raced for update %s; running it again", incoming.update_id)
                except IntegrityError:
                    # The update id was recorded meanwhile by another instance.
                    log.info("update %s already handled elsewhere", incoming.update_id)
                    self._metrics.turn(source, "duplicate")
                    return TurnResult(duplicate=True)
                except DBAPIError as error:
                    if error.connection_invalidated:
                        log.info("database connection was lost; running the turn again")
                        continue
                    log.warning(
                        "storage trouble on update %s: %s", incoming.update_id, type(error).__name__
                    )
                    break
                except Exception:
                    # A bug must not leave a person without an answer; the traceback is
                    # logged (it carries no message text), and the turn was not saved.
                    log.exception("turn failed on update %s", incoming.update_id)
                    break
        self._metrics.turn(source, "failed")
        locale = self._catalog.pick_locale(incoming.language_code)
        return TurnResult(replies=(self._render(locale, None, Reply("something-wrong")),))

    async def _once(self, incoming: Incoming) -> TurnResult:
        started = time.perf_counter()
        now = self._clock()
        by_user = not isinstance(incoming.event, TimerFired)
        export: tuple[str, bytes] | None = None
        async with self._sessions() as session, session.begin():
            # Statements that load no objects go straight to the transaction's connection:
            # the session's own execute costs about twice as much for the same statement.
            connection = await session.connection()
            if not await store.begin_turn(connection, incoming.user_id, incoming.update_id, now):
                log.info("update %s was already handled; skipping", incoming.update_id)
                return TurnResult(duplicate=True)
            user, state, version = await store.load_user_and_flow(
                session,
                incoming.user_id,
                incoming.chat_id,
                self._catalog.pick_locale(incoming.language_code),
                now,
            )
            data = await context_data.load(session, user, state, incoming.event, now)
            data["away_days"] = (now - user.last_seen_at).days
            ctx = Context(
                now=now,
                profile=store.profile_of(user),
                locales=self._catalog.locales,
                data={**self._facts, **data},
            )
            step = take_turn(state, incoming.event, ctx)
            locale = user.locale
            if any(isinstance(r, EraseEverything) for r in step.records):
                removed = await erase_user(session, incoming.user_id)
                log.info("user %s erased: %d rows", incoming.user_id, sum(removed.values()))
                return TurnResult(
                    replies=tuple(self._render(locale, None, r) for r in step.replies)
                )
            await apply_records(session, user, step.records, now)
            if by_user:
                store.touch_user(user, incoming.chat_id, now)
            await store.save_flow(connection, incoming.user_id, step.state, version, now)
            replies = [await self._resolve(session, user.id, r, now) for r in step.replies]
            locale = user.locale  # a language change applies to this very reply
            if any(isinstance(r, ExportRequested) for r in step.records):
                await session.flush()
                export = export_file(await export_user(session, incoming.user_id, now))
        flow = _owner(state, step)
        log.info(
            "update %s: %s %s -> %s (%d replies, %.1f ms)",
            incoming.update_id,
            type(incoming.event).__name__,
            _where(state),
            _where(step.state),
            len(step.replies),
            (time.perf_counter() - started) * 1000,
        )
        deferred = next(
            (timedelta(minutes=r.minutes) for r in step.records if isinstance(r, TimerDeferred)),
            None,
        )
        rendered = tuple(self._render(locale, flow, reply) for reply in replies)
        if export is not None and rendered:
            rendered = (dataclasses.replace(rendered[0], document=export), *rendered[1:])
        return TurnResult(replies=rendered, flow=flow, deferred=deferred)

    async def _resolve(
        self, session: AsyncSession, user_id: int, reply: Reply, now: datetime
    ) -> Reply:
        """Pick the member of a rotating family, and remember lines shown once a week."""
        if reply.message == context_data.WEEKLY_LINE:
            session.add(SeenLine(user_id=user_id, message_id=reply.message, seen_at=now))
        if not reply.rotate:
            return reply
        members = self._catalog.family(reply.message)
        if not members:
            raise MissingMessageError(f"{reply.message}-NN")
        chosen = await rotation.pick(session, user_id, reply.message, members, now, self._rng)
        return dataclasses.replace(reply, message=chosen, rotate=False)

    def _render(self, locale: str, flow: str | None, reply: Reply) -> Rendered:
        return render(self._catalog, locale, flow, reply)


def _risky(event: Event) -> bool:
    """A message in a flood is still screened: risk is always answered."""
    return isinstance(event, Said) and screen(event.text).at_risk


def _owner(before: FlowState | None, step: Step) -> str | None:
    """The flow whose buttons these replies carry."""
    if step.state is not None:
        return step.state.flow
    return before.flow if before is not None else None


def _where(state: FlowState | None) -> str:
    return "idle" if state is None else f"{state.flow}.{state.step}"
