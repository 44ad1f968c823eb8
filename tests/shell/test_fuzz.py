"""Hypothesis-generated updates of every kind through the real dispatcher and database:
no crash, every reply accepted by the (strict) fake Bot API, state always loadable."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine, Iterator
from concurrent.futures import Future
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot import store
from bot.runtime import Core, open_core
from bot.telegram_bot import TelegramFrontend, build_application
from tests.fakeapi import FakeTelegram
from tests.support import make_settings

T = TypeVar("T")
USERS = (9001, 9002, 9003)


class Errors(logging.Handler):
    """Collects error records from the bot's own loggers (a swallowed bug shows up here)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(f"{record.name}: {record.getMessage()}")


class RunningBot:
    """The bot's parts on an event loop in a thread, so sync Hypothesis tests can drive it."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._stack = AsyncExitStack()
        self.errors = Errors()

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        future: Future[T] = asyncio.run_coroutine_threadsafe(work, self.loop)
        return future.result(timeout=60)

    async def _start(self) -> None:
        self.fake = await self._stack.enter_async_context(FakeTelegram())
        config = make_settings(
            f"sqlite+aiosqlite:///{self._data_dir / 'fuzz.sqlite3'}",
            self._data_dir,
            telegram_token=self.fake.token,
            telegram_api_url=self.fake.base_url,
        )
        self.core: Core = await self._stack.enter_async_context(open_core(config))
        application = build_application(config, self.core.send_pace(), webhook=True)
        await self._stack.enter_async_context(application)
        self.frontend = TelegramFrontend(self.core.turns, application, self.core.sessions)

    def __enter__(self) -> RunningBot:
        self._thread.start()
        self.run(self._start())
        return self

    def __exit__(self, *exc: object) -> None:
        self.run(self._stack.aclose())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    errors = Errors()
    logging.getLogger("bot").addHandler(errors)
    try:
        with RunningBot(tmp_path_factory.mktemp("fuzz")) as bot:
            bot.errors = errors
            yield bot
    finally:
        logging.getLogger("bot").removeHandler(errors)


def _person(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Fuzz", "language_code": "en"}


_texts = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "/start",
            "/help",
            "/reframe",
            "/goal",
            "/goals",
            "/thoughts",
            "/cancel",
            "/settings",
            "/checkin",
            "/practice",
            "/learn",
            "/export",
            "/sos",
            "/time 25:99",
            "/timezone nowhere",
            "yes",
            "no",
            "8pm",
            "Berlin",
            "50",
            "I always ruin everything",
            "are you a bot?",
            "<b>&amp;</b>",
            "\u202e",
        ]
    ),
    st.builds(lambda s, n: (s or "x") * n, st.text(max_size=3), st.integers(1000, 4096)),
)
_data = st.one_of(
    st.text(max_size=80),
    st.builds(
        "v1:{}:{}:{}".format,
        st.sampled_from(
            [
                "onboarding",
                "settings",
                "reframe",
                "goal",
                "menu",
                "checkin",
                "practice",
                "privacy",
                "crisis",
                "resume",
                "nope",
            ]
        ),
        st.from_regex(r"[a-z_]{1,12}", fullmatch=True),
        st.from_regex(r"[A-Za-z0-9:_]{0,12}", fullmatch=True),
    ),
)


@st.composite
def updates(draw: st.DrawFn, update_id: int) -> dict[str, Any]:
    user_id = draw(st.sampled_from(USERS))
    chat_type = draw(st.sampled_from(["private", "private", "private", "group"]))
    chat = {"id": user_id if chat_type == "private" else -user_id, "type": chat_type}
    base: dict[str, Any] = {
        "message_id": draw(st.integers(1, 10**6)),
        "date": 1767225600,
        "chat": chat,
    }
    if draw(st.booleans()):
        base["from"] = _person(user_id)
    kind = draw(
        st.sampled_from(
            [
                "text",
                "text",
                "text",
                "edited",
                "sticker",
                "photo",
                "location",
                "voice",
                "document",
                "contact",
                "callback",
            ]
        )
    )
    if kind == "callback":
        return {
            "update_id": update_id,
            "callback_query": {
                "id": str(draw(st.integers(1, 10**9))),
                "from": _person(user_id),
                "chat_instance": "x",
                "data": draw(_data),
                "message": {
                    **base,
                    "from": {"id": 1, "is_bot": True, "first_name": "Bot"},
                    "text": "earlier",
                },
            },
        }
    content: dict[str, Any]
    if kind in {"text", "edited"}:
        content = {"text": draw(_texts)}
    elif kind == "sticker":
        content = {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            }
        }
    elif kind == "photo":
        content = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
    elif kind == "location":
        content = {
            "location": {
                "latitude": draw(st.floats(-90, 90)),
                "longitude": draw(st.floats(-180, 180)),
            }
        }
    elif kind == "voice":
        content = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}}
    elif kind == "document":
        content = {"document": {"file_id": "d", "file_unique_id": "d"}}
    else:
        content = {"contact": {"phone_number": "1", "first_name": "A"}}
    key = "edited_message" if kind == "edited" else "message"
    if kind == "edited":
        base["edit_date"] = 1767225601
    return {"update_id": update_id, key: {**base, **content}}


counter = iter(range(10**6, 10**9))


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_update_is_handled_without_a_crash_or_a_refused_reply(
    running: RunningBot, data: st.DataObject
) -> None:
    raw = data.draw(updates(next(counter)))
    update = Update.de_json(raw, running.frontend.application.bot)
    assert running.run(running.frontend.dispatch(update)) is True
    refused = [c for c in running.fake.calls if c.status == 400 and c.method == "sendMessage"]
    assert refused == []
    assert running.errors.seen == []

    async def states_load() -> None:
        async with running.core.sessions() as session:
            for user_id in USERS:
                await session.run_sync(store.load_flow, user_id)

    running.run(states_load())
