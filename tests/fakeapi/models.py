"""Records the fake keeps about what the bot did, shaped for assertions in tests.

Everything here is a small slotted object because a benchmark pushes ~100k messages through
the fake and each one is kept; dicts per message would multiply the memory footprint.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

Button = tuple[str, str | None]


@dataclass(slots=True, frozen=True)
class UploadedFile:
    """A file the bot uploaded (multipart) or a user "sent"; bytes kept for assertions/getFile."""

    file_id: str
    filename: str
    mime_type: str
    data: bytes


@dataclass(slots=True)
class BotMessage:
    """One message the bot sent to a chat, updated in place by later edits and deletes.

    ``text`` is what the user sees (HTML already parsed, caption for media), ``raw_text`` is
    the string the bot sent. ``buttons`` is the inline keyboard as rows of
    ``(text, callback_data)``; URL buttons have ``None`` as data.
    """

    chat_id: int
    message_id: int
    date: int
    kind: str
    text: str
    raw_text: str
    parse_mode: str | None = None
    entities: list[dict[str, Any]] | None = None
    inline_markup: dict[str, Any] | None = None
    reply_markup: dict[str, Any] | None = None
    file: UploadedFile | None = None
    edited: bool = False
    edit_count: int = 0
    edit_date: int | None = None
    deleted: bool = False

    @property
    def buttons(self) -> list[list[Button]]:
        """Inline keyboard rows as ``(text, callback_data)`` pairs (empty when none)."""
        if not self.inline_markup:
            return []
        return [
            [(b.get("text", ""), b.get("callback_data")) for b in row]
            for row in self.inline_markup.get("inline_keyboard", [])
        ]

    @property
    def button_texts(self) -> list[str]:
        """All inline button labels in reading order, handy for ``assert "Yes" in ...``."""
        return [text for row in self.buttons for text, _ in row]

    @property
    def keyboard(self) -> list[list[str]] | None:
        """Labels of a reply keyboard (ReplyKeyboardMarkup) sent with the message, if any."""
        if not self.reply_markup or "keyboard" not in self.reply_markup:
            return None
        return [
            [b if isinstance(b, str) else str(b.get("text", "")) for b in row]
            for row in self.reply_markup["keyboard"]
        ]

    def find_button(self, label_or_data: str) -> Button | None:
        """The first inline button whose text or callback_data equals ``label_or_data``."""
        for row in self.buttons:
            for text, data in row:
                if label_or_data in (text, data):
                    return text, data
        return None


class ChatLog(Sequence[BotMessage]):
    """A live, read-only view of the bot's messages in one chat, oldest first."""

    __slots__ = ("_messages",)

    def __init__(self, messages: list[BotMessage]) -> None:
        self._messages = messages

    @overload
    def __getitem__(self, index: int) -> BotMessage: ...

    @overload
    def __getitem__(self, index: slice) -> list[BotMessage]: ...

    def __getitem__(self, index: int | slice) -> BotMessage | list[BotMessage]:
        return self._messages[index]

    def __len__(self) -> int:
        return len(self._messages)

    def __iter__(self) -> Iterator[BotMessage]:
        return iter(self._messages)

    def __repr__(self) -> str:
        return f"ChatLog({self.texts!r})"

    @property
    def last(self) -> BotMessage:
        """The most recent message; AssertionError (not IndexError) so test output says why."""
        if not self._messages:
            raise AssertionError("the bot has not sent any message to this chat")
        return self._messages[-1]

    @property
    def texts(self) -> list[str]:
        """Visible texts of all messages, oldest first."""
        return [m.text for m in self._messages]

    def by_id(self, message_id: int) -> BotMessage | None:
        """The message with this id, or None."""
        for message in reversed(self._messages):
            if message.message_id == message_id:
                return message
        return None


@dataclass(slots=True, frozen=True)
class Call:
    """One Bot API request: method as sent, decoded params, monotonic time, HTTP status answered."""

    method: str
    params: dict[str, Any]
    at: float
    status: int


@dataclass(slots=True, frozen=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery for a tap; ``update_id`` links it to the tap that caused it."""

    query_id: str
    update_id: int
    user_id: int
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass(slots=True, frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook: HTTP status (None when it could not connect)."""

    update_id: int
    status: int | None
    error: str | None
    secret_sent: bool
    duplicate: bool
    at: float

    @property
    def ok(self) -> bool:
        """Whether Telegram would consider the update delivered (any 2xx)."""
        return self.status is not None and 200 <= self.status <= 299


@dataclass(slots=True)
class Stats:
    """Cheap counters for benchmarks: accepted sends, 429s and messages per chat."""

    accepted_sends: int = 0
    rate_limited_global: int = 0
    rate_limited_by_chat: Counter[int] = field(default_factory=Counter)
    messages_by_chat: Counter[int] = field(default_factory=Counter)
    injected_failures: int = 0

    @property
    def rate_limited_total(self) -> int:
        """All 429 answers produced by the rate limiter (global and per chat)."""
        return self.rate_limited_global + self.rate_limited_by_chat.total()
