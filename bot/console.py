"""The console chat: the same flows and database in a terminal, for trying the bot
without a Telegram token. Buttons show as numbered choices; type the number to tap one.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot import buttons
from bot.outbox import Delivery, DeliveryResult, OnAcquired
from bot.render import Rendered
from bot.turns import Incoming, TurnEngine
from bot.updates import parse_command
from flows.core import Event, Said

CONSOLE_USER_ID = 1
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """Telegram HTML as terminal text: tags dropped, entities turned back into characters."""
    return html.unescape(_TAG.sub("", text))


class ConsoleChat:
    """Reads lines, runs turns, prints replies. Input and output are injectable for tests."""

    def __init__(
        self,
        engine: TurnEngine,
        read_line: Callable[[], str] | None = None,
        out: TextIO = sys.stdout,
        language_code: str | None = None,
        files: Path = Path("data"),
    ) -> None:
        self._engine = engine
        self._files = files
        self._read_line = read_line or (lambda: input("you> "))
        self._out = out
        self._choices: list[str] = []
        self._language = language_code

    def _show(self, message: Rendered) -> None:
        self._out.write("\n" + plain(message.text) + "\n")
        if message.document is not None:
            name, content = message.document
            path = self._files / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            self._out.write(f"  (file saved: {path})\n")
        flat = [b for row in message.buttons for b in row]
        if flat:
            self._choices = [b.data for b in flat]
            for number, button in enumerate(flat, start=1):
                self._out.write(f"  [{number}] {button.text}\n")
        if message.reply_keyboard == "location":
            self._out.write("  (type your city: locations can be shared only on Telegram)\n")
        self._out.flush()

    async def deliver(
        self,
        chat_id: int,
        user_id: int,
        messages: Sequence[Rendered],
        on_acquired: OnAcquired | None = None,
    ) -> DeliveryResult:
        """Scheduled messages (a check-in nudge) appear in the terminal like any other."""
        del chat_id, user_id
        if on_acquired is not None and not await on_acquired():
            return DeliveryResult(Delivery.CALLED_OFF)
        self._choices = []
        for message in messages:
            self._show(message)
        return DeliveryResult(Delivery.SENT)

    def _event_for(self, line: str) -> Event | None:
        text = line.strip()
        if not text:
            return None
        if text.isdigit() and self._choices and 1 <= int(text) <= len(self._choices):
            return buttons.decode(self._choices[int(text) - 1])
        return parse_command(text) or Said(text)

    async def run(self, first_line: str = "/start") -> None:
        self._out.write("Good Enough: console chat. Type /help for commands, Ctrl-D to leave.\n")
        line: str | None = first_line
        while True:
            if line is not None:
                event = self._event_for(line)
                if event is not None:
                    result = await self._engine.handle(
                        Incoming(
                            CONSOLE_USER_ID, CONSOLE_USER_ID, event, language_code=self._language
                        )
                    )
                    if result.replies:
                        self._choices = []
                    for message in result.replies:
                        self._show(message)
            try:
                line = await asyncio.to_thread(self._read_line)
            except EOFError:
                self._out.write("\nTake care. Your settings are saved for next time.\n")
                return
