"""Translating Telegram updates into the core's events, without looking at their words."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Message, Update

from bot import buttons, geo
from bot.turns import Incoming
from flows.core import Chose, Event, Located, Said, Started, Unsupported

_MEDIA_KINDS = (
    "sticker",
    "photo",
    "voice",
    "video",
    "video_note",
    "animation",
    "audio",
    "document",
    "contact",
    "poll",
    "dice",
    "game",
    "venue",
    "story",
    "invoice",
)
_FORGED = Chose(action="forged", flow="")


@dataclass(frozen=True, slots=True)
class Pressed:
    """A button press also needs answering and its keyboard tidied, besides the turn."""

    callback_query_id: str
    message_id: int | None


def parse_command(text: str) -> Started | None:
    """`/time 08:30` → Started("time", "08:30"); `/start@GoodEnoughBot` works too."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, _, args = text[1:].partition(" ")
    command = head.split("@", 1)[0].lower()
    if not command.replace("_", "").isalnum():
        return None
    return Started(command=command, args=args.strip())


async def _event_from_message(message: Message, edited: bool) -> Event | None:
    if message.text is not None:
        if not edited:
            command = parse_command(message.text)
            if command is not None:
                return command
        return Said(message.text, edited=edited)
    caption = message.caption or ""
    if edited:
        # An edited caption is screened like an edited message (and otherwise, like an
        # edited live location, needs no answer).
        return Said(caption, edited=True) if caption else None
    if message.location is not None and message.venue is None:
        zone = await geo.zone_at_async(message.location.latitude, message.location.longitude)
        return Located(zone)
    for kind in _MEDIA_KINDS:
        if getattr(message, kind, None):
            return Unsupported(kind, caption)
    return Unsupported("other", caption)


async def to_incoming(update: Update) -> tuple[Incoming, Pressed | None] | None:
    """The update as an `Incoming`, or None for what a private self-help bot ignores."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type != "private" or user.is_bot:
        return None
    pressed: Pressed | None = None
    event: Event | None
    if update.callback_query is not None:
        query = update.callback_query
        event = buttons.decode(query.data) or _FORGED
        message_id = query.message.message_id if query.message is not None else None
        pressed = Pressed(query.id, message_id)
    elif update.message is not None:
        event = await _event_from_message(update.message, edited=False)
    elif update.edited_message is not None:
        event = await _event_from_message(update.edited_message, edited=True)
    else:
        return None
    if event is None:
        return None
    incoming = Incoming(
        user_id=user.id,
        chat_id=chat.id,
        event=event,
        update_id=update.update_id,
        language_code=user.language_code,
    )
    return incoming, pressed
