"""Simulated Telegram users: they produce real-shaped updates and read the bot's replies.

Actions (``send_text``, ``tap``, ...) are synchronous because they only enqueue an update in
the fake server; the bot picks it up by polling or webhook. Everything that waits for the bot
is async and raises AssertionError on timeout, so tests never sleep blindly.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from tests.fakeapi.models import BotMessage, CallbackAnswer, ChatLog

if TYPE_CHECKING:
    from tests.fakeapi.server import FakeTelegram


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FakeUser:
    """One user in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        fake: FakeTelegram,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
    ) -> None:
        self.fake = fake
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.sent_messages: dict[int, dict[str, Any]] = {}
        self.last_message_id: int | None = None
        self.last_query_id: str | None = None
        self._cursor = 0
        self._answer_cursor = 0

    @property
    def chat_id(self) -> int:
        """The private chat with the bot has the user's id."""
        return self.id

    @property
    def messages(self) -> ChatLog:
        """Everything the bot sent to this user (live view)."""
        return self.fake.chat(self.id)

    @property
    def unread(self) -> list[BotMessage]:
        """Bot messages after the ``expect_messages`` cursor, without waiting."""
        return list(self.messages[self._cursor :])

    def as_dict(self) -> dict[str, Any]:
        """The Bot API User object for this user."""
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    # ------------------------------------------------------------------ actions

    def _message(self, **content: Any) -> dict[str, Any]:
        message_id = self.fake.next_message_id(self.id)
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": self.as_dict(),
            "chat": self.fake.chat_dict(self.id),
            "date": int(time.time()),
            **content,
        }
        self.sent_messages[message_id] = message
        self.last_message_id = message_id
        return message

    @staticmethod
    def _text_content(text: str) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/") and len(text) > 1:
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command)}
            ]
        return content

    def send_text(self, text: str) -> int:
        """Send a text; a leading "/command" gets a bot_command entity like in Telegram."""
        return self.fake.push_update({"message": self._message(**self._text_content(text))})

    def send_sticker(self, emoji: str = "🙂") -> int:
        """Send a regular static sticker."""
        sticker = self.fake.register_file("sticker", "sticker.webp", "image/webp", b"RIFF")
        return self.fake.push_update(
            {
                "message": self._message(
                    sticker={
                        "file_id": sticker.file_id,
                        "file_unique_id": f"AQAD{sticker.file_id[-8:]}",
                        "type": "regular",
                        "width": 512,
                        "height": 512,
                        "is_animated": False,
                        "is_video": False,
                        "emoji": emoji,
                    }
                )
            }
        )

    def send_photo(self, caption: str | None = None) -> int:
        """Send a photo (two sizes, as Telegram does), optionally with a caption."""
        sizes = []
        for width in (90, 1280):
            size = self.fake.register_file("photo", f"photo_{width}.jpg", "image/jpeg", b"\xff\xd8")
            sizes.append(
                {
                    "file_id": size.file_id,
                    "file_unique_id": f"AQAD{size.file_id[-8:]}",
                    "width": width,
                    "height": width * 3 // 4,
                    "file_size": len(size.data),
                }
            )
        content: dict[str, Any] = {"photo": sizes}
        if caption:
            content["caption"] = caption
        return self.fake.push_update({"message": self._message(**content)})

    def send_voice(self, duration: int = 3) -> int:
        """Send a voice note."""
        voice = self.fake.register_file("voice", "voice.ogg", "audio/ogg", b"OggS")
        return self.fake.push_update(
            {
                "message": self._message(
                    voice={
                        "file_id": voice.file_id,
                        "file_unique_id": f"AQAD{voice.file_id[-8:]}",
                        "duration": duration,
                        "mime_type": "audio/ogg",
                        "file_size": len(voice.data),
                    }
                )
            }
        )

    def send_document(
        self,
        filename: str = "notes.txt",
        content: bytes = b"hello",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> int:
        """Send a file; the bot can fetch its bytes through getFile and the file URL."""
        uploaded = self.fake.register_file("document", filename, mime_type, content)
        body: dict[str, Any] = {
            "document": {
                "file_id": uploaded.file_id,
                "file_unique_id": f"AQAD{uploaded.file_id[-8:]}",
                "file_name": filename,
                "mime_type": mime_type,
                "file_size": len(content),
            }
        }
        if caption:
            body["caption"] = caption
        return self.fake.push_update({"message": self._message(**body)})

    def send_location(self, latitude: float, longitude: float) -> int:
        """Share a location."""
        return self.fake.push_update(
            {"message": self._message(location={"latitude": latitude, "longitude": longitude})}
        )

    def edit_text(self, message_id: int, new_text: str) -> int:
        """Edit one of this user's earlier texts, producing an ``edited_message`` update."""
        original = self.sent_messages.get(message_id)
        if original is None or "text" not in original:
            raise AssertionError(f"user {self.id} sent no text message {message_id}")
        edited = {key: value for key, value in original.items() if key not in ("text", "entities")}
        edited.update(self._text_content(new_text))
        edited["edit_date"] = int(time.time())
        self.sent_messages[message_id] = edited
        return self.fake.push_update({"edited_message": edited})

    def edit_caption(self, message_id: int, new_caption: str) -> int:
        """Edit the caption of one of this user's photos or files (an ``edited_message``)."""
        original = self.sent_messages.get(message_id)
        if original is None or not ({"photo", "document"} & original.keys()):
            raise AssertionError(f"user {self.id} sent no photo or file {message_id}")
        edited = {**original, "caption": new_caption, "edit_date": int(time.time())}
        self.sent_messages[message_id] = edited
        return self.fake.push_update({"edited_message": edited})

    def tap(self, label_or_data: str, message_id: int | None = None) -> int:
        """Press an inline button whose text or callback_data matches.

        Searches the newest bot message that has such a button (or only ``message_id``) and
        fails with a list of the buttons on offer when there is none.
        """
        candidates: list[BotMessage]
        if message_id is not None:
            found = self.fake.find_message(self.id, message_id)
            candidates = [found] if found is not None else []
        else:
            candidates = [m for m in reversed(self.messages) if not m.deleted]
        for message in candidates:
            button = message.find_button(label_or_data)
            if button is None:
                continue
            if button[1] is None:
                raise AssertionError(
                    f"button {button[0]!r} on message {message.message_id} has no callback_data"
                )
            return self._callback(message, button[1])
        offered = {m.message_id: m.buttons for m in candidates if m.buttons}
        where = f"message {message_id}" if message_id is not None else "any message"
        raise AssertionError(
            f"no inline button {label_or_data!r} on {where} in chat {self.id}; "
            f"buttons on offer: {offered}"
        )

    def tap_raw(self, data: str, message_id: int) -> int:
        """Send a callback query with arbitrary data for a bot message (forged/stale buttons)."""
        message = self.fake.find_message(self.id, message_id)
        if message is None:
            raise AssertionError(f"the bot has no message {message_id} in chat {self.id}")
        return self._callback(message, data)

    def _callback(self, message: BotMessage, data: str) -> int:
        update_id = self.fake.next_update_id()
        query_id = self.fake.register_query(update_id, self.id)
        self.last_query_id = query_id
        return self.fake.push_update(
            {
                "update_id": update_id,
                "callback_query": {
                    "id": query_id,
                    "from": self.as_dict(),
                    "message": self.fake.message_dict(message),
                    "chat_instance": f"-{self.id}{self.fake.bot_id}",
                    "data": data,
                },
            }
        )

    def block_bot(self) -> int:
        """Block the bot: sends start failing with 403 and a my_chat_member update arrives."""
        self.fake.block(self.id)
        return self._member_update("member", "kicked")

    def unblock_bot(self) -> int:
        """Unblock the bot (a my_chat_member update with status "member")."""
        self.fake.unblock(self.id)
        return self._member_update("kicked", "member")

    def _member_update(self, old: str, new: str) -> int:
        def member(status: str) -> dict[str, Any]:
            body: dict[str, Any] = {"status": status, "user": self.fake.bot_user}
            if status == "kicked":
                body["until_date"] = 0
            return body

        return self.fake.push_update(
            {
                "my_chat_member": {
                    "chat": self.fake.chat_dict(self.id),
                    "from": self.as_dict(),
                    "date": int(time.time()),
                    "old_chat_member": member(old),
                    "new_chat_member": member(new),
                }
            }
        )

    # ------------------------------------------------------------------ expectations

    async def expect_messages(self, n: int = 1, *, timeout: float = 5.0) -> list[BotMessage]:  # noqa: ASYNC109
        """Wait for the next ``n`` bot messages to this user and return exactly those.

        A per-user cursor moves past them, so consecutive calls return consecutive messages;
        anything extra stays unread (see ``unread`` / ``expect_no_message``).
        """
        log = self.messages
        start = self._cursor
        try:
            await self.fake.wait_for(
                lambda: len(log) >= start + n,
                timeout=timeout,
                description=f"{n} message(s) to user {self.id}",
            )
        except AssertionError as exc:
            raise AssertionError(f"{exc}; unread texts: {log.texts[start:]}") from None
        self._cursor = start + n
        return list(log[start : start + n])

    async def expect_message(self, *, timeout: float = 5.0) -> BotMessage:  # noqa: ASYNC109
        """Shorthand for ``(await expect_messages(1))[0]``."""
        return (await self.expect_messages(1, timeout=timeout))[0]

    async def expect_no_message(self, within: float = 0.3) -> None:
        """Assert the bot sends nothing new to this user during ``within`` seconds."""
        await asyncio.sleep(within)
        extra = self.unread
        if extra:
            raise AssertionError(
                f"unexpected message(s) to user {self.id}: {[m.text for m in extra]}"
            )

    async def expect_callback_answer(self, *, timeout: float = 5.0) -> CallbackAnswer:  # noqa: ASYNC109
        """Wait for the bot's next answerCallbackQuery to one of this user's taps."""
        start = self._answer_cursor

        def next_answer() -> CallbackAnswer | None:
            mine = [a for a in self.fake.callback_answers if a.user_id == self.id]
            return mine[start] if len(mine) > start else None

        answer = await self.fake.wait_for(
            next_answer, timeout=timeout, description=f"a callback answer to user {self.id}"
        )
        assert answer is not None
        self._answer_cursor = start + 1
        return answer
