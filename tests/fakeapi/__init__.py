"""A fake Telegram Bot API server for end-to-end tests; see ``server`` for usage."""

from tests.fakeapi.models import (
    BotMessage,
    Call,
    CallbackAnswer,
    ChatLog,
    Stats,
    UploadedFile,
    WebhookDelivery,
)
from tests.fakeapi.server import FakeTelegram
from tests.fakeapi.users import FakeUser

__all__ = [
    "BotMessage",
    "Call",
    "CallbackAnswer",
    "ChatLog",
    "FakeTelegram",
    "FakeUser",
    "Stats",
    "UploadedFile",
    "WebhookDelivery",
]
