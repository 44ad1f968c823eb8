"""Turning a flow's replies into the exact text and keyboards a chat shows."""

from __future__ import annotations

from dataclasses import dataclass

from bot import buttons
from flows.core import Reply, ReplyKeyboard
from messages import Catalog


@dataclass(frozen=True, slots=True)
class InlineButton:
    text: str
    data: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """One outgoing message, independent of how it travels (Telegram or the console)."""

    text: str
    buttons: tuple[tuple[InlineButton, ...], ...] = ()
    reply_keyboard: ReplyKeyboard = "none"
    location_label: str = ""
    #: A file to send with the text as its caption: (file name, content).
    document: tuple[str, bytes] | None = None


def render(catalog: Catalog, locale: str, flow: str | None, reply: Reply) -> Rendered:
    """Word `reply` in `locale`; buttons without an explicit flow belong to `flow`."""
    keyboard = tuple(
        tuple(
            InlineButton(
                text=catalog.render(locale, button.label, button.params, html_escape=False),
                data=buttons.encode(button.flow or flow or "menu", button.action, button.ref),
            )
            for button in row
        )
        for row in reply.buttons
    )
    location_label = ""
    if reply.reply_keyboard == "location":
        location_label = catalog.render(locale, "button-share-location", html_escape=False)
    return Rendered(
        text=catalog.render(locale, reply.message, reply.params),
        buttons=keyboard,
        reply_keyboard=reply.reply_keyboard,
        location_label=location_label,
    )
