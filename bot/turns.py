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
from sqlalchemy.ext.asyncio import async_session, async_sessionmaker
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.util import await_
from sqlmodel import Session
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


@dataclass(frozen=True, slots=True)
class _Saved:
    """What a committed turn hands on to be rendered and sent."""

    before: FlowState | None
    step: Step
    replies: tuple[Reply, ...]
    locale: str
    export: tuple[str, bytes] | None = None
    erased: bool = False


async def _release(session: AsyncSession) -> None:
    """Close a turn's session.

    After `run_sync` the transaction has ended either way (committed, or rolled back as the
    error left it), so closing only forgets the loaded objects and needs no greenlet. Only
    a turn cut off mid-transaction still holds a connection, and that close is awaited.
    """
    if session.in_transaction():
        await session.close()
    else:
        session.sync_session.close()


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
        session = self._sessions()
        try:
            # The whole transaction runs in one greenlet. Awaited piece by piece, every
            # statement, the commit and the close would each start a greenlet of their own
            # (and closing through `async with` a task of its own): together about a
            # fifth of a turn's CPU.
            saved = await session.run_sync(self._decide, incoming, self._clock())
        finally:
            await _release(session)
        if saved is None:
            log.info("update %s was already handled; skipping", incoming.update_id)
            return TurnResult(duplicate=True)
        if saved.erased:
            return TurnResult(
                replies=tuple(self._render(saved.locale, None, r) for r in saved.replies)
            )
        before, step = saved.before, saved.step
        flow = _owner(before, step)
        log.info(
            "update %s: %s %s -> %s (%d replies, %.1f ms)",
            incoming.update_id,
            type(incoming.event).__name__,
            _where(before),
            _where(step.state),
            len(step.replies),
            (time.perf_counter() - started) * 1000,
        )
        deferred = next(
            (timedelta(minutes=r.minutes) for r in step.records if isinstance(r, TimerDeferred)),
            None,
        )
        rendered = tuple(self._render(saved.locale, flow, reply) for reply in saved.replies)
        if saved.export is not None and rendered:
            rendered = (dataclasses.replace(rendered[0], document=saved.export), *rendered[1:])
        return TurnResult(replies=rendered, flow=flow, deferred=deferred)

    def _decide(self, orm: OrmSession, incoming: Incoming, now: datetime) -> _Saved | None:
        """Load, decide and save one turn in one transaction; None for a duplicate update.

        Runs inside `AsyncSession.run_sync`: the hot path (record, load, save, commit) is
        plain synchronous SQLAlchemy, and the rarer helpers written against the async
        session (flow data, records, export, erasure) are awaited with `await_`.
        """
        session, proxy = orm, async_session(orm)
        # SQLModel's async session runs SQLModel's session; these narrow the types.
        assert isinstance(session, Session)
        assert isinstance(proxy, AsyncSession)
        by_user = not isinstance(incoming.event, TimerFired)
        with session.begin():
            opened = store.open_turn(
                session,
                incoming.user_id,
                incoming.update_id,
                incoming.chat_id,
                self._catalog.pick_locale(incoming.language_code),
                now,
            )
            if opened is None:
                return None
            user, state, version = opened
            # Statements that load no objects go straight to the transaction's connection:
            # the session's own execute costs about twice as much for the same statement.
            connection = session.connection()
            data = await_(context_data.load(proxy, user, state, incoming.event, now))
            data["away_days"] = (now - user.last_seen_at).days
            ctx = Context(
                now=now,
                profile=store.profile_of(user),
                locales=self._catalog.locales,
                data={**self._facts, **data},
            )
            step = take_turn(state, incoming.event, ctx)
            if any(isinstance(r, EraseEverything) for r in step.records):
                removed = await_(erase_user(proxy, incoming.user_id))
                log.info("user %s erased: %d rows", incoming.user_id, sum(removed.values()))
                return _Saved(state, step, step.replies, user.locale, erased=True)
            # Records may change the user: they work on the ORM object (one more query,
            # on the few turns that have any; on a first contact it is already at hand).
            changed = store.user_object(session, user.id) if step.records else None
            if changed is not None:
                await_(apply_records(proxy, changed, step.records, now))
            if by_user:
                store.touch_user(connection, user, changed, incoming.chat_id, now)
            store.save_flow(connection, incoming.user_id, step.state, version, now)
            replies = tuple(self._resolve(session, user.id, r, now) for r in step.replies)
            export = None
            if any(isinstance(r, ExportRequested) for r in step.records):
                session.flush()
                export = export_file(await_(export_user(proxy, incoming.user_id, now)))
            # A language change applies to this very reply.
            locale = user.locale if changed is None else changed.locale
            return _Saved(state, step, replies, locale, export=export)

    def _resolve(self, session: Session, user_id: int, reply: Reply, now: datetime) -> Reply:
        """Pick the member of a rotating family, and remember lines shown once a week."""
        if reply.message == context_data.WEEKLY_LINE:
            session.add(SeenLine(user_id=user_id, message_id=reply.message, seen_at=now))
        if not reply.rotate:
            return reply
        members = self._catalog.family(reply.message)
        if not members:
            raise MissingMessageError(f"{reply.message}-NN")
        chosen = rotation.pick(session, user_id, reply.message, members, now, self._rng)
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
