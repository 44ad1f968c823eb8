"""A fake Telegram Bot API server so the real bot can be tested end to end without Telegram.

It speaks the Bot API wire format python-telegram-bot uses (form or multipart POSTs to
``/bot<token>/<method>``, ``{"ok": ..., "result"|"description"}`` answers), validates like
Telegram where mistakes are likely (HTML, lengths, buttons, edits, callback ids), lets tests
play users, records everything the bot does, and injects failures (429/5xx/403, blocks, flood
limits). Usage::

    async with FakeTelegram() as fake:
        app = Application.builder().token(fake.token).base_url(fake.base_url).build()
        ...  # start the app with polling, or point setWebhook at the bot's receiver
        ana = fake.user(1001, first_name="Ana")
        ana.send_text("/start")                       # sync: only enqueues an update
        [reply] = await ana.expect_messages(1)        # waits, never sleeps blindly
        assert "Yes" in reply.button_texts
        ana.tap("Yes")
        answer = await ana.expect_callback_answer()

User methods are synchronous because they only enqueue updates; everything that waits for the
bot (``expect_*``, ``wait_for*``, ``redeliver``) is async and fails with AssertionError on timeout.
Their ``timeout=`` is an assertion deadline, not a cancellation scope, hence the ASYNC109 noqa.

Other helpers: ``fake.chat(id)`` (the bot's messages, live), ``fake.calls`` / ``calls_to``,
``fake.callback_answers``, ``fail_next``, ``block``, ``set_rate_limits``, ``stats``, and for
webhooks ``webhook_deliveries``, ``wait_webhook_idle``, ``redeliver``, ``deliver_duplicate``.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from http import HTTPStatus
from types import TracebackType
from typing import Any, Self, TypeVar

import aiohttp
from aiohttp import web

from tests.fakeapi.models import (
    BotMessage,
    Call,
    CallbackAnswer,
    ChatLog,
    Stats,
    UploadedFile,
    WebhookDelivery,
)
from tests.fakeapi.ratelimit import RateLimits
from tests.fakeapi.users import FakeUser
from tests.fakeapi.validation import (
    ApiError,
    bad_request,
    check_reply_markup,
    check_text,
)

_T = TypeVar("_T")
Params = dict[str, Any]
_Handler = Callable[[Params], Awaitable[Any]]

# Values PTB sends as plain strings; everything else is JSON-encoded by PTB and decoded here.
# Without this list a text like "42" or a file_id like "123" would turn into a number.
_RAW_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "url",
        "secret_token",
        "callback_query_id",
        "inline_message_id",
        "action",
        "language_code",
        "ip_address",
        "file_id",
        "document",
        "photo",
        "voice",
        "sticker",
        "audio",
        "video",
        "animation",
        "thumbnail",
        "emoji",
        "description",
        "short_description",
        "name",
        "business_connection_id",
        "message_effect_id",
    }
)
# Methods that create a message: counted in stats and subject to flood limits.
_SEND_METHODS = frozenset({"sendmessage", "senddocument", "sendphoto"})
# Methods aimed at a chat, refused with 403 while that chat blocks the bot.
_CHAT_METHODS = _SEND_METHODS | {
    "editmessagetext",
    "editmessagereplymarkup",
    "sendchataction",
    "deletemessage",
}
_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
_QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
_WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
_RECENT_UPDATES = 4096


@dataclass(slots=True)
class _Failure:
    status: int
    description: str
    retry_after: int | None
    remaining: int
    chat_id: int | None


@dataclass(slots=True)
class _PendingQuery:
    update_id: int
    user_id: int


@dataclass(slots=True, frozen=True)
class _Webhook:
    url: str
    secret: str | None
    max_connections: int


class _ChatState:
    """Per-chat state kept minimal: the shared message-id counter and the bot's messages."""

    __slots__ = ("messages", "next_message_id")

    def __init__(self) -> None:
        self.next_message_id = 1
        self.messages: list[BotMessage] = []


def _as_int(value: object, default: int | None = None) -> int | None:
    if value is None:
        return default
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return int(value)
    return default


def _decode_field(name: str, value: str) -> Any:
    """Undo PTB's encoding: strings travel raw, every other value as its JSON text."""
    if name in _RAW_STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _update_chat_id(update: dict[str, Any]) -> int:
    """The chat an update belongs to, used to keep webhook delivery ordered per chat."""
    for key, body in update.items():
        if key == "update_id" or not isinstance(body, dict):
            continue
        chat = body.get("chat") or (body.get("message") or {}).get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return int(chat["id"])
        sender = body.get("from")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return int(sender["id"])
    return 0


def _json_response(status: int, payload: dict[str, Any]) -> web.Response:
    return web.Response(
        status=status,
        body=json.dumps(payload, ensure_ascii=False).encode(),
        content_type="application/json",
    )


class FakeTelegram:
    """An in-process Bot API server on 127.0.0.1 with a random port.

    ``keep_messages=False`` stops storing message bodies (edits and taps then find nothing) and
    ``max_recorded_calls`` bounds the call log, so a 100k-message benchmark stays small; the
    counters in ``stats`` are always kept.
    """

    def __init__(
        self,
        *,
        token: str = "123456789:TEST-fake-token_ABCDEFGHIJKLMNOPQRSTU",
        bot_username: str = "good_enough_test_bot",
        bot_first_name: str = "Good Enough",
        strict_html: bool = True,
        keep_messages: bool = True,
        max_recorded_calls: int | None = 10_000,
    ) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.strict_html = strict_html
        self.keep_messages = keep_messages
        self.port = 0
        self.calls: deque[Call] = deque(maxlen=max_recorded_calls)
        self.call_counts: Counter[str] = Counter()
        self.callback_answers: list[CallbackAnswer] = []
        self.webhook_deliveries: deque[WebhookDelivery] = deque(maxlen=max_recorded_calls)
        self.stats = Stats()
        self.files: dict[str, UploadedFile] = {}

        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._stopping = False
        self._chats: dict[int, _ChatState] = {}
        self._users: dict[int, FakeUser] = {}
        self._update_seq = 10_000
        self._pending: deque[dict[str, Any]] = deque()
        self._forced: deque[dict[str, Any]] = deque()
        self._recent: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._allowed_updates: frozenset[str] | None = None
        self._poll_event = asyncio.Event()
        self._poll_generation = 0
        self._active_polls = 0
        self._webhook: _Webhook | None = None
        self._wh_queues: list[asyncio.Queue[dict[str, Any]]] = []
        self._wh_workers: list[asyncio.Task[None]] = []
        self._wh_failed: dict[int, dict[str, Any]] = {}
        self._wh_inflight = 0
        self._wh_last_error: tuple[int, str] | None = None
        self._failures: dict[str, deque[_Failure]] = {}
        self._blocked: set[int] = set()
        self._limits: RateLimits | None = None
        #: Seconds to hold every send* answer after recording it (a slow network).
        self.response_delay = 0.0
        self._queries: dict[str, _PendingQuery] = {}
        self._query_seq = itertools.count(4_000_000_000_000_000_001)
        self._file_seq = itertools.count(1)
        self._global_message_ids = itertools.count(1)
        self._file_paths: dict[str, UploadedFile] = {}
        self._commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._waiters: set[asyncio.Event] = set()
        self._methods: dict[str, _Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "sendchataction": self._send_chat_action,
            "senddocument": self._send_document,
            "sendphoto": self._send_photo,
            "getfile": self._get_file,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "close": self._true,
            "logout": self._true,
        }

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """Bot API base in PTB's form; PTB appends the token itself."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """File download base in PTB's form (token appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> None:
        """Bind to a free port on 127.0.0.1 and start serving."""
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        # handler_cancellation: a long poll whose client went away must not linger.
        self._runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        self._stopping = False

    async def stop(self) -> None:
        """Release pending long polls, stop webhook delivery and close the port."""
        self._stopping = True
        self._wake_pollers()
        await self._stop_webhook_workers()
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ------------------------------------------------------------------ test-facing API

    def user(
        self,
        user_id: int,
        first_name: str = "Ana",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> FakeUser:
        """The simulated user with this id (created once; its private chat id is the user id)."""
        existing = self._users.get(user_id)
        if existing is not None:
            return existing
        created = FakeUser(
            self,
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self._users[user_id] = created
        return created

    def chat(self, chat_id: int) -> ChatLog:
        """Live view of the bot's messages in a chat (empty when it sent none)."""
        return ChatLog(self._chat(chat_id).messages)

    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one method (case-insensitive), oldest first."""
        key = method.lower()
        return [c for c in self.calls if c.method.lower() == key]

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[tuple[str, str]]:
        """Commands the bot registered for a scope/language, as ``(command, description)``."""
        stored = self._commands.get(self._scope_key(scope, language_code), [])
        return [(c["command"], c["description"]) for c in stored]

    @property
    def webhook_url(self) -> str | None:
        """The URL set with setWebhook, or None while the bot polls."""
        return self._webhook.url if self._webhook else None

    @property
    def active_long_polls(self) -> int:
        """getUpdates requests currently held open waiting for updates."""
        return self._active_polls

    @property
    def pending_update_count(self) -> int:
        """Updates not yet confirmed (polling) or not yet delivered (webhook)."""
        queued = sum(q.qsize() for q in self._wh_queues)
        return len(self._pending) + len(self._forced) + queued + len(self._wh_failed)

    def next_update_id(self) -> int:
        """Reserve the next update_id (ids only grow, like Telegram's)."""
        self._update_seq += 1
        return self._update_seq

    def push_update(self, update: dict[str, Any]) -> int:
        """Enqueue a raw update (update_id assigned if missing) and return its update_id."""
        if "update_id" not in update:
            update["update_id"] = self.next_update_id()
        update_id = int(update["update_id"])
        kind = next((k for k in update if k != "update_id"), "")
        if self._allowed_updates is not None and kind not in self._allowed_updates:
            return update_id  # Telegram drops types the bot did not ask for.
        self._recent[update_id] = update
        if len(self._recent) > _RECENT_UPDATES:
            self._recent.popitem(last=False)
        if self._webhook is not None and self._wh_queues:
            index = _update_chat_id(update) % len(self._wh_queues)
            self._wh_queues[index].put_nowait(update)
        else:
            self._pending.append(update)
            self._wake_pollers()
        return update_id

    def fail_next(
        self,
        method: str,
        status: int,
        description: str | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` ("*" = any) with an error.

        ``chat_id`` limits the failure to requests for that chat. A 429 gets
        ``parameters.retry_after`` (default 1) so PTB raises RetryAfter.
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        if description is None:
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after}"
            else:
                description = _DEFAULT_DESCRIPTIONS.get(status) or HTTPStatus(status).phrase
        failure = _Failure(status, description, retry_after, times, chat_id)
        self._failures.setdefault(method.lower(), deque()).append(failure)

    def block(self, chat_id: int) -> None:
        """Make every call aimed at this chat answer 403 "bot was blocked by the user"."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """Undo ``block``."""
        self._blocked.discard(chat_id)

    def set_rate_limits(
        self, global_per_second: int | None = None, per_chat_per_second: int | None = None
    ) -> None:
        """Enable flood control on sends (sliding 1 s windows); None disables a limit."""
        if global_per_second is None and per_chat_per_second is None:
            self._limits = None
        else:
            self._limits = RateLimits(global_per_second, per_chat_per_second)

    async def wait_for(
        self,
        condition: Callable[[], _T],
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
        description: str | None = None,
    ) -> _T:
        """Wait until ``condition()`` is truthy (re-checked after every change) and return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = condition()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [
                    f"{c.method}->{c.status}" for c in itertools.islice(reversed(self.calls), 8)
                ]
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {description or condition}; "
                    f"latest calls (newest first): {recent}"
                )
            event = asyncio.Event()
            self._waiters.add(event)
            try:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), remaining)
            finally:
                self._waiters.discard(event)

    async def wait_for_messages(
        self,
        chat_id: int,
        count: int = 1,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """Wait for ``count`` new bot messages in a chat (counted from now) and return them."""
        messages = self._chat(chat_id).messages
        start = len(messages)
        await self.wait_for(
            lambda: len(messages) >= start + count,
            timeout=timeout,
            description=f"{count} new message(s) in chat {chat_id} (had {start})",
        )
        return messages[start : start + count]

    async def wait_webhook_idle(self, *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until every queued update has been POSTed to the webhook (ok or not)."""
        await self.wait_for(
            lambda: self._wh_inflight == 0 and all(q.empty() for q in self._wh_queues),
            timeout=timeout,
            description="webhook delivery queue to drain",
        )

    async def redeliver(self, *, timeout: float = 5.0) -> list[WebhookDelivery]:  # noqa: ASYNC109
        """Retry now every update the webhook failed to accept, in update order.

        Telegram retries on its own schedule; tests trigger the retry explicitly instead so
        they stay fast and deterministic. Updates that fail again stay queued for the next call.
        """
        hook = self._require_webhook()
        await self.wait_webhook_idle(timeout=timeout)
        failed = sorted(self._wh_failed.items())
        self._wh_failed.clear()
        results: list[WebhookDelivery] = []
        async with asyncio.timeout(timeout):
            for update_id, update in failed:
                delivery = await self._post_update(hook, update, duplicate=False)
                if not delivery.ok:
                    self._wh_failed[update_id] = update
                results.append(delivery)
        return results

    async def deliver_duplicate(self, update_id: int) -> WebhookDelivery | None:
        """Deliver an already-sent update again, as Telegram occasionally does.

        With a webhook it is POSTed once more and the delivery is returned. While polling it is
        put in front of the next getUpdates answer regardless of offset (as when the bot's
        confirmation was lost) and None is returned.
        """
        update = self._recent.get(update_id)
        if update is None:
            raise AssertionError(f"update {update_id} is unknown or too old to duplicate")
        if self._webhook is not None:
            return await self._post_update(self._webhook, update, duplicate=True)
        self._forced.append(update)
        self._wake_pollers()
        return None

    # ------------------------------------------------------------------ helpers for FakeUser

    def next_message_id(self, chat_id: int) -> int:
        """Allocate a message id in a chat; user and bot messages share one sequence.

        Without ``keep_messages`` one global sequence is used instead (ids stay unique per
        chat), so no per-chat state is kept at all.
        """
        if not self.keep_messages:
            return next(self._global_message_ids)
        state = self._chat(chat_id)
        message_id = state.next_message_id
        state.next_message_id += 1
        return message_id

    def find_message(self, chat_id: int, message_id: int) -> BotMessage | None:
        """A live (not deleted) bot message by id."""
        state = self._chats.get(chat_id)
        if state is None:
            return None
        for message in reversed(state.messages):
            if message.message_id == message_id:
                return None if message.deleted else message
            if message.message_id < message_id:
                return None
        return None

    def message_dict(self, message: BotMessage) -> dict[str, Any]:
        """The Bot API Message object for a bot message, in its current (edited) state."""
        body: dict[str, Any] = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "chat": self.chat_dict(message.chat_id),
            "date": message.date,
        }
        if message.kind == "text":
            body["text"] = message.text
            if message.entities:
                body["entities"] = message.entities
        else:
            file = message.file
            assert file is not None
            unique = f"AQAD{file.file_id[-8:]}"
            if message.kind == "photo":
                body["photo"] = [
                    {
                        "file_id": file.file_id,
                        "file_unique_id": unique,
                        "width": 320,
                        "height": 320,
                        "file_size": len(file.data),
                    }
                ]
            else:
                body["document"] = {
                    "file_id": file.file_id,
                    "file_unique_id": unique,
                    "file_name": file.filename,
                    "mime_type": file.mime_type,
                    "file_size": len(file.data),
                }
            if message.text:
                body["caption"] = message.text
                if message.entities:
                    body["caption_entities"] = message.entities
        if message.edit_date is not None:
            body["edit_date"] = message.edit_date
        if message.inline_markup is not None:
            body["reply_markup"] = message.inline_markup
        return body

    def chat_dict(self, chat_id: int) -> dict[str, Any]:
        """The Chat object for an id: private for positive ids (named after the FakeUser)."""
        if chat_id < 0:
            kind = "supergroup" if chat_id < -1_000_000_000_000 else "group"
            return {"id": chat_id, "type": kind, "title": f"Group {-chat_id}"}
        chat: dict[str, Any] = {"id": chat_id, "type": "private"}
        user = self._users.get(chat_id)
        if user is None:
            chat["first_name"] = f"User {chat_id}"
            return chat
        chat["first_name"] = user.first_name
        if user.last_name:
            chat["last_name"] = user.last_name
        if user.username:
            chat["username"] = user.username
        return chat

    def register_query(self, update_id: int, user_id: int) -> str:
        """Create a fresh callback query id that answerCallbackQuery will accept once."""
        query_id = str(next(self._query_seq))
        self._queries[query_id] = _PendingQuery(update_id, user_id)
        return query_id

    def register_file(self, kind: str, filename: str, mime_type: str, data: bytes) -> UploadedFile:
        """Store a file so getFile and the file URL can serve it; returns it with a file_id."""
        prefix = {"photo": "AgAC", "voice": "AwAC", "sticker": "CAAC"}.get(kind, "BQAC")
        number = next(self._file_seq)
        uploaded = UploadedFile(f"{prefix}AgIAAxkBAAI{number:012d}", filename, mime_type, data)
        self.files[uploaded.file_id] = uploaded
        return uploaded

    # ------------------------------------------------------------------ HTTP plumbing

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _json_response(
                401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
        method = request.match_info["method"]
        key = method.lower()
        impl = self._methods.get(key)
        if impl is None:
            return _json_response(
                404,
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
            )
        try:
            params = await self._read_params(request)
        except ValueError:
            params = {}
        status = 200
        try:
            self._gate(key, params)
            result = await impl(params)
            response = _json_response(200, {"ok": True, "result": result})
            if self.response_delay and key.startswith("send"):
                # The message is recorded; the answer is late, as on a slow network.
                await asyncio.sleep(self.response_delay)
        except ApiError as error:
            status = error.status
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.retry_after is not None:
                payload["parameters"] = {"retry_after": error.retry_after}
            response = _json_response(error.status, payload)
        self.call_counts[method] += 1
        if self.calls.maxlen != 0:
            self.calls.append(Call(method, params, time.monotonic(), status))
        self._notify()
        return response

    async def _read_params(self, request: web.Request) -> Params:
        params: Params = {k: _decode_field(k, v) for k, v in request.query.items()}
        if not request.body_exists:
            return params
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
            return params
        files: dict[str, UploadedFile] = {}
        form = await request.post()
        for name, value in form.items():
            if isinstance(value, web.FileField):
                files[name] = UploadedFile(
                    "", value.filename, value.content_type, value.file.read()
                )
            elif isinstance(value, str):
                params[name] = _decode_field(name, value)
        for name, value in list(params.items()):
            # PTB references some uploads as "attach://<part name>".
            if isinstance(value, str) and value.startswith("attach://"):
                attached = files.pop(value[len("attach://") :], None)
                if attached is not None:
                    params[name] = attached
        params.update(files)
        return params

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        uploaded = self._file_paths.get(request.match_info["path"])
        if uploaded is None:
            return web.Response(status=404)
        return web.Response(body=uploaded.data, content_type=uploaded.mime_type)

    def _gate(self, key: str, params: Params) -> None:
        """Injected failures, blocks and flood limits, checked before the method runs."""
        chat_id = _as_int(params.get("chat_id"))
        failure = self._take_failure(key, chat_id)
        if failure is not None:
            self.stats.injected_failures += 1
            raise ApiError(failure.status, failure.description, failure.retry_after)
        if chat_id is not None and chat_id in self._blocked and key in _CHAT_METHODS:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if self._limits is not None and chat_id is not None and key in _SEND_METHODS:
            verdict = self._limits.check(chat_id, time.monotonic())
            if verdict is not None:
                scope, retry_after = verdict
                if scope == "global":
                    self.stats.rate_limited_global += 1
                else:
                    self.stats.rate_limited_by_chat[chat_id] += 1
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)

    def _take_failure(self, key: str, chat_id: int | None) -> _Failure | None:
        for queue_key in (key, "*"):
            queue = self._failures.get(queue_key)
            if not queue:
                continue
            for failure in queue:
                if failure.chat_id is None or failure.chat_id == chat_id:
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        queue.remove(failure)
                    return failure
        return None

    def _notify(self) -> None:
        for event in self._waiters:
            event.set()

    def _wake_pollers(self) -> None:
        self._poll_event.set()
        self._poll_event = asyncio.Event()

    def _chat(self, chat_id: int) -> _ChatState:
        state = self._chats.get(chat_id)
        if state is None:
            state = self._chats[chat_id] = _ChatState()
        return state

    def _require_chat(self, params: Params) -> int:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        chat_id = _as_int(raw)
        if chat_id is None or chat_id == 0:
            raise bad_request("chat not found")
        return chat_id

    def _require_message(self, params: Params, chat_id: int, missing: str) -> BotMessage:
        if params.get("inline_message_id") is not None:
            raise bad_request("MESSAGE_ID_INVALID")
        message_id = _as_int(params.get("message_id"))
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = self.find_message(chat_id, message_id)
        if message is None:
            raise bad_request(missing)
        return message

    def _require_webhook(self) -> _Webhook:
        if self._webhook is None:
            raise AssertionError("no webhook is set; the bot is polling")
        return self._webhook

    def _store_message(self, message: BotMessage) -> dict[str, Any]:
        self.stats.accepted_sends += 1
        self.stats.messages_by_chat[message.chat_id] += 1
        if self.keep_messages:
            self._chat(message.chat_id).messages.append(message)
        return self.message_dict(message)

    # ------------------------------------------------------------------ methods

    async def _true(self, params: Params) -> bool:
        return True

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return self.bot_user

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self._webhook is not None:
            raise ApiError(409, _WEBHOOK_CONFLICT)
        offset = _as_int(params.get("offset"), 0) or 0
        limit = min(max(_as_int(params.get("limit"), 100) or 100, 1), 100)
        timeout = max(_as_int(params.get("timeout"), 0) or 0, 0)
        self._set_allowed_updates(params.get("allowed_updates"))
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()  # an older long poll now answers 409, as on Telegram
        if offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()
        elif offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
        batch = self._collect(limit)
        if batch or timeout == 0:
            return batch
        self._active_polls += 1
        self._notify()
        try:
            return await self._long_poll(generation, limit, hold_seconds=timeout)
        finally:
            self._active_polls -= 1

    async def _long_poll(
        self, generation: int, limit: int, *, hold_seconds: int
    ) -> list[dict[str, Any]]:
        """Hold the request until an update arrives, the timeout passes or a newer poll wins."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + hold_seconds
        while True:
            event = self._poll_event
            remaining = deadline - loop.time()
            if remaining <= 0:
                return []
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return []
            if self._stopping or self._webhook is not None:
                return []
            if generation != self._poll_generation:
                raise ApiError(409, _POLL_CONFLICT)
            batch = self._collect(limit)
            if batch:
                return batch

    def _collect(self, limit: int) -> list[dict[str, Any]]:
        batch: list[dict[str, Any]] = []
        while self._forced and len(batch) < limit:
            batch.append(self._forced.popleft())
        batch.extend(itertools.islice(self._pending, limit - len(batch)))
        return batch

    def _set_allowed_updates(self, allowed: object) -> None:
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(str(a) for a in allowed) if allowed else None

    async def _set_webhook(self, params: Params) -> bool:
        url = params.get("url") or ""
        if not url:
            return await self._delete_webhook(params)
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not (isinstance(secret, str) and _SECRET_RE.match(secret)):
            raise bad_request("secret token contains unallowed characters")
        max_connections = min(max(_as_int(params.get("max_connections"), 40) or 40, 1), 100)
        self._set_allowed_updates(params.get("allowed_updates"))
        await self._stop_webhook_workers()
        if params.get("drop_pending_updates"):
            self._pending.clear()
            self._forced.clear()
        self._wh_last_error = None
        hook = _Webhook(url, secret or None, max_connections)
        self._webhook = hook
        self._wh_queues = [asyncio.Queue() for _ in range(max_connections)]
        self._wh_workers = [
            asyncio.create_task(self._webhook_worker(hook, queue)) for queue in self._wh_queues
        ]
        backlog = [*self._forced, *self._pending]
        self._forced.clear()
        self._pending.clear()
        for update in backlog:
            self._wh_queues[_update_chat_id(update) % max_connections].put_nowait(update)
        self._wake_pollers()
        return True

    async def _delete_webhook(self, params: Params) -> bool:
        await self._stop_webhook_workers()
        self._webhook = None
        if params.get("drop_pending_updates"):
            self._pending.clear()
            self._forced.clear()
        return True

    async def _stop_webhook_workers(self) -> None:
        """Stop delivering; anything not accepted by the webhook goes back to getUpdates."""
        for task in self._wh_workers:
            task.cancel()
        for task in self._wh_workers:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        leftovers = list(self._wh_failed.values())
        for queue in self._wh_queues:
            while not queue.empty():
                leftovers.append(queue.get_nowait())
        self._wh_workers = []
        self._wh_queues = []
        self._wh_failed.clear()
        self._wh_inflight = 0
        if leftovers:
            merged = sorted([*leftovers, *self._pending], key=lambda u: int(u["update_id"]))
            self._pending = deque(merged)

    async def _webhook_worker(self, hook: _Webhook, queue: asyncio.Queue[dict[str, Any]]) -> None:
        while True:
            update = await queue.get()
            self._wh_inflight += 1
            try:
                delivery = await self._post_update(hook, update, duplicate=False)
            except asyncio.CancelledError:
                self._wh_failed[int(update["update_id"])] = update
                raise
            finally:
                self._wh_inflight -= 1
            if not delivery.ok:
                self._wh_failed[int(update["update_id"])] = update
            self._notify()

    async def _post_update(
        self, hook: _Webhook, update: dict[str, Any], *, duplicate: bool
    ) -> WebhookDelivery:
        """POST one update like Telegram: JSON body, secret header when one was set."""
        assert self._session is not None, "FakeTelegram is not started"
        headers = {"Content-Type": "application/json"}
        if hook.secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret
        status: int | None = None
        error: str | None = None
        try:
            async with self._session.post(
                hook.url, data=json.dumps(update).encode(), headers=headers
            ) as response:
                status = response.status
                await response.read()
                if not 200 <= status <= 299:
                    error = f"Wrong response from the webhook: {status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            error = f"Connection failed: {exc.__class__.__name__}"
        if error is not None:
            self._wh_last_error = (int(time.time()), error)
        delivery = WebhookDelivery(
            int(update["update_id"]), status, error, bool(hook.secret), duplicate, time.monotonic()
        )
        self.webhook_deliveries.append(delivery)
        self._notify()
        return delivery

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self._webhook.url if self._webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": self.pending_update_count,
        }
        if self._webhook is not None:
            info["max_connections"] = self._webhook.max_connections
            info["ip_address"] = "127.0.0.1"
        if self._wh_last_error is not None:
            info["last_error_date"], info["last_error_message"] = self._wh_last_error
        if self._allowed_updates is not None:
            info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    async def _send_message(self, params: Params) -> dict[str, Any]:
        chat_id = self._require_chat(params)
        raw = params.get("text")
        parse_mode = params.get("parse_mode")
        text, entities = check_text(raw, parse_mode, strict_ampersand=self.strict_html)
        markup = params.get("reply_markup")
        inline = check_reply_markup(markup)
        message = BotMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            date=int(time.time()),
            kind="text",
            text=text,
            raw_text=str(raw),
            parse_mode=parse_mode if isinstance(parse_mode, str) else None,
            entities=entities or None,
            inline_markup=inline,
            reply_markup=markup if isinstance(markup, dict) else None,
        )
        return self._store_message(message)

    async def _send_file(self, params: Params, kind: str) -> dict[str, Any]:
        chat_id = self._require_chat(params)
        source = params.get(kind)
        if isinstance(source, UploadedFile):
            if not source.data:
                raise bad_request("file must be non-empty")
            mime = source.mime_type or "application/octet-stream"
            uploaded = self.register_file(kind, source.filename, mime, source.data)
        elif isinstance(source, str) and source in self.files:
            uploaded = self.files[source]
        elif isinstance(source, str) and source.startswith(("http://", "https://")):
            name = source.rsplit("/", 1)[-1] or "file"
            uploaded = self.register_file(kind, name, "application/octet-stream", b"")
        elif isinstance(source, str):
            raise bad_request("wrong file identifier/HTTP URL specified")
        else:
            raise bad_request(f"there is no {kind} in the request")
        if kind == "photo":
            uploaded = replace(uploaded, mime_type="image/jpeg")
        raw = params.get("caption")
        parse_mode = params.get("parse_mode")
        caption, entities = check_text(
            raw, parse_mode, caption=True, strict_ampersand=self.strict_html
        )
        markup = params.get("reply_markup")
        message = BotMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            date=int(time.time()),
            kind=kind,
            text=caption,
            raw_text="" if raw is None else str(raw),
            parse_mode=parse_mode if isinstance(parse_mode, str) else None,
            entities=entities or None,
            inline_markup=check_reply_markup(markup),
            reply_markup=markup if isinstance(markup, dict) else None,
            file=uploaded,
        )
        return self._store_message(message)

    async def _send_document(self, params: Params) -> dict[str, Any]:
        return await self._send_file(params, "document")

    async def _send_photo(self, params: Params) -> dict[str, Any]:
        return await self._send_file(params, "photo")

    async def _edit_message_text(self, params: Params) -> dict[str, Any]:
        chat_id = self._require_chat(params)
        message = self._require_message(params, chat_id, "message to edit not found")
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        raw = params.get("text")
        parse_mode = params.get("parse_mode")
        text, entities = check_text(raw, parse_mode, strict_ampersand=self.strict_html)
        # Omitting reply_markup removes the inline keyboard, exactly as on Telegram.
        inline = check_reply_markup(params.get("reply_markup"))
        if (
            text == message.text
            and (entities or None) == message.entities
            and inline == message.inline_markup
        ):
            raise bad_request(_NOT_MODIFIED)
        message.text = text
        message.raw_text = str(raw)
        message.parse_mode = parse_mode if isinstance(parse_mode, str) else None
        message.entities = entities or None
        message.inline_markup = inline
        self._mark_edited(message)
        return self.message_dict(message)

    async def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        chat_id = self._require_chat(params)
        message = self._require_message(params, chat_id, "message to edit not found")
        inline = check_reply_markup(params.get("reply_markup"))
        if inline == message.inline_markup:
            raise bad_request(_NOT_MODIFIED)
        message.inline_markup = inline
        self._mark_edited(message)
        return self.message_dict(message)

    def _mark_edited(self, message: BotMessage) -> None:
        message.edited = True
        message.edit_count += 1
        message.edit_date = int(time.time())

    async def _delete_message(self, params: Params) -> bool:
        chat_id = self._require_chat(params)
        message = self._require_message(params, chat_id, "message to delete not found")
        message.deleted = True
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        query = self._queries.pop(query_id, None)
        if query is None:
            raise bad_request(_QUERY_INVALID)
        text = params.get("text")
        url = params.get("url")
        self.callback_answers.append(
            CallbackAnswer(
                query_id=query_id,
                update_id=query.update_id,
                user_id=query.user_id,
                text=text if isinstance(text, str) else None,
                show_alert=bool(params.get("show_alert")),
                url=url if isinstance(url, str) else None,
                cache_time=_as_int(params.get("cache_time")),
            )
        )
        return True

    async def _send_chat_action(self, params: Params) -> bool:
        self._require_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _get_file(self, params: Params) -> dict[str, Any]:
        file_id = params.get("file_id")
        uploaded = self.files.get(file_id) if isinstance(file_id, str) else None
        if uploaded is None:
            raise bad_request("invalid file_id")
        path = f"files/{uploaded.file_id[-12:]}_{uploaded.filename}"
        self._file_paths[path] = uploaded
        return {
            "file_id": uploaded.file_id,
            "file_unique_id": f"AQAD{uploaded.file_id[-8:]}",
            "file_size": len(uploaded.data),
            "file_path": path,
        }

    @staticmethod
    def _scope_key(scope: object, language_code: object) -> tuple[str, str]:
        if not isinstance(scope, dict):
            scope = {"type": "default"}
        language = language_code if isinstance(language_code, str) else ""
        return json.dumps(scope, sort_keys=True), language

    async def _set_my_commands(self, params: Params) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands specified")
        cleaned: list[dict[str, str]] = []
        for entry in commands:
            if not isinstance(entry, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = entry.get("command")
            description = entry.get("description")
            if not isinstance(command, str) or not _COMMAND_RE.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": command, "description": description})
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        if cleaned:
            self._commands[key] = cleaned
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, str]]:
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        return list(self._commands.get(key, []))

    async def _delete_my_commands(self, params: Params) -> bool:
        self._commands.pop(self._scope_key(params.get("scope"), params.get("language_code")), None)
        return True
