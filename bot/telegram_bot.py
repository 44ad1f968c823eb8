"""The Telegram side of the shell: updates in, rendered replies out, over PTB.

Polling uses PTB's own `Application`/`Updater`; webhook mode feeds updates to the same
`dispatch` from our ASGI app. Either way one function decides what an update means.
"""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import update as sql_update
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, TypeHandler
from telegram.warnings import PTBUserWarning

from bot.config import Settings
from bot.db.models import User
from bot.metrics import Metrics
from bot.outbox import Delivery, DeliveryResult, OnAcquired
from bot.pacing import PacedRateLimiter, SendCalledOff
from bot.render import InlineButton, Rendered
from bot.send_pace import SendPace
from bot.transport import AiohttpRequest
from bot.turns import TurnEngine
from bot.updates import Pressed, to_incoming
from flows.turn import MENU_COMMANDS

log = logging.getLogger(__name__)
# `do_api_request` suggests `send_message` whenever it is asked for a method PTB wraps; the
# bot sends through it on purpose (see `TelegramFrontend._send`).
warnings.filterwarnings(
    "ignore", message=r"Please use 'Bot\.send_message'", category=PTBUserWarning
)
ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def file_url_for(api_url: str) -> str:
    """Telegram serves files under /file/bot…; a self-hosted server mirrors that layout."""
    if api_url.endswith("/bot"):
        return api_url[: -len("/bot")] + "/file/bot"
    return api_url.rstrip("/") + "/file/bot"


def markup_for(message: Rendered) -> ReplyMarkup:
    if message.buttons:
        return _inline_keyboard(message.buttons)
    if message.reply_keyboard == "location":
        return ReplyKeyboardMarkup(
            [[KeyboardButton(message.location_label, request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
    if message.reply_keyboard == "remove":
        return ReplyKeyboardRemove()
    return None


@functools.lru_cache(maxsize=1024)
def _inline_keyboard(buttons: tuple[tuple[InlineButton, ...], ...]) -> InlineKeyboardMarkup:
    """Most replies carry one of a few keyboards: each is built once and shared (PTB's
    objects cannot be changed after they are made, so sharing one is safe)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.text, callback_data=b.data) for b in row] for row in buttons]
    )


class TelegramFrontend:
    """Answers updates through the turn engine and delivers what it says."""

    def __init__(
        self,
        engine: TurnEngine,
        application: Application,  # type: ignore[type-arg]
        sessions: async_sessionmaker[AsyncSession],
    ) -> None:
        self.engine = engine
        self.application = application
        self._sessions = sessions

    async def dispatch(self, update: Update) -> bool:
        """Handle one update. False means "not handled, please deliver it again"."""
        member = update.my_chat_member
        if member is not None and member.chat.type == "private":
            # Blocking (and unblocking) the bot arrives as a membership change.
            active = member.new_chat_member.status not in {"kicked", "left"}
            await self.set_active(member.from_user.id, active=active)
            log.info(
                "user %s %s the bot", member.from_user.id, "unblocked" if active else "blocked"
            )
            return True
        translated = await to_incoming(update)
        if translated is None:
            log.info("update %s ignored (not a private chat with a person)", update.update_id)
            return True
        incoming, pressed = translated
        if pressed is not None:
            await self._acknowledge(incoming.chat_id, pressed)
        result = await self.engine.handle(incoming)
        for message in result.replies:
            if not await self.send(incoming.chat_id, incoming.user_id, message):
                break
        return True

    async def _acknowledge(self, chat_id: int, pressed: Pressed) -> None:
        """Stop the button's spinner and retire the tapped keyboard so it cannot be reused."""
        bot = self.application.bot
        try:
            await bot.answer_callback_query(pressed.callback_query_id)
        except TelegramError as error:
            log.info("callback answer skipped: %s", type(error).__name__)
        if pressed.message_id is None:
            return
        try:
            await bot.edit_message_reply_markup(
                chat_id=chat_id, message_id=pressed.message_id, reply_markup=None
            )
        except TelegramError as error:
            log.info("keyboard tidy skipped: %s", type(error).__name__)

    async def _send(
        self, chat_id: int, message: Rendered, on_acquired: OnAcquired | None = None
    ) -> None:
        bot = self.application.bot
        if message.document is not None:
            name, content = message.document
            await bot.send_document(
                chat_id=chat_id,
                document=content,
                filename=name,
                caption=message.text,
                parse_mode=ParseMode.HTML,
                rate_limit_args=on_acquired,
            )
            return
        # The same request `send_message` makes, without its argument handling and without
        # turning Telegram's answer (the message as sent, keyboard and all) back into
        # objects nobody reads: about 35 µs a reply instead of 125.
        await bot.do_api_request(
            "send_message",
            api_kwargs={
                "chat_id": chat_id,
                "text": message.text,
                "parse_mode": ParseMode.HTML,
                "reply_markup": markup_for(message),
            },
            rate_limit_args=on_acquired,
        )

    async def send(self, chat_id: int, user_id: int, message: Rendered) -> bool:
        """Send one message. False when the chat cannot be reached (blocked or gone)."""
        for attempt in range(3):
            try:
                await self._send(chat_id, message)
                return True
            except Forbidden:
                log.info("user %s blocked the bot or left; marking inactive", user_id)
                await self.set_active(user_id, active=False)
                return False
            except RetryAfter:
                raise  # the rate limiter already retried; let the error handler log it
            except BadRequest as error:
                log.error("Telegram refused a message to user %s: %s", user_id, error.message)
                return True
            except NetworkError as error:
                log.warning(
                    "network trouble sending to user %s (attempt %d): %s",
                    user_id,
                    attempt + 1,
                    type(error).__name__,
                )
        return False

    async def deliver(
        self,
        chat_id: int,
        user_id: int,
        messages: Sequence[Rendered],
        on_acquired: OnAcquired | None = None,
    ) -> DeliveryResult:
        """Send a scheduled message, reporting what happened instead of raising.

        `on_acquired` runs once capacity is granted, right before the first request leaves.
        """
        try:
            for index, message in enumerate(messages):
                await self._send(chat_id, message, on_acquired if index == 0 else None)
        except SendCalledOff:
            return DeliveryResult(Delivery.CALLED_OFF)
        except Forbidden:
            await self.set_active(user_id, active=False)
            log.info("user %s blocked the bot; their nudges stop", user_id)
            return DeliveryResult(Delivery.BLOCKED)
        except RetryAfter as error:
            return DeliveryResult(Delivery.RETRY, retry_after=_seconds(error.retry_after))
        except BadRequest as error:
            log.error("Telegram refused a scheduled message to user %s: %s", user_id, error.message)
            return DeliveryResult(Delivery.FAILED)
        except NetworkError as error:
            log.warning("network trouble delivering to user %s: %s", user_id, type(error).__name__)
            return DeliveryResult(Delivery.RETRY)
        return DeliveryResult(Delivery.SENT)

    async def set_active(self, user_id: int, *, active: bool) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                sql_update(User).where(col(User.id) == user_id).values(active=active)
            )

    async def register_commands(self) -> None:
        """Publish the command menu in every language we speak."""
        catalog = self.engine.catalog
        for locale in catalog.locales:
            commands = [
                BotCommand(name, catalog.render(locale, f"command-{name}", html_escape=False))
                for name in MENU_COMMANDS
            ]
            language = None if locale == catalog.default_locale else locale
            await self.application.bot.set_my_commands(commands, language_code=language)


def _seconds(value: int | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def build_application(
    settings: Settings, pace: SendPace, *, webhook: bool, metrics: Metrics | None = None
) -> Application:  # type: ignore[type-arg]
    """PTB's Application pointed at the configured Bot API server, sending at `pace`."""
    assert settings.telegram_token is not None
    builder = (
        Application.builder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(file_url_for(settings.telegram_api_url))
        .rate_limiter(PacedRateLimiter(pace, metrics=metrics))
        .concurrent_updates(64)
    )
    if settings.telegram_transport == "aiohttp":
        # One for the long poll and one for everything else, as PTB keeps them apart.
        builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest())
    if webhook:
        builder = builder.updater(None)
    return builder.build()


def attach(frontend: TelegramFrontend) -> None:
    """Route every polled update through `dispatch`, and log errors without user data."""

    async def on_update(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        await frontend.dispatch(update)

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        error = context.error
        log.error(
            "error on update %s: %s",
            update_id,
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__) if error else None,
        )

    frontend.application.add_handler(TypeHandler(Update, on_update))
    frontend.application.add_error_handler(on_error)
