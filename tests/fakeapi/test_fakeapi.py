"""The fake Bot API must behave like Telegram towards the real python-telegram-bot client.

Every test talks to the fake over real HTTP with PTB's own Bot/Application, so a wire-format
mismatch (encoding, envelope, error mapping) shows up here rather than as a confusing failure
in the bot's end-to-end tests.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakeapi import FakeTelegram
from tests.fakeapi.ratelimit import SlidingWindowLimiter
from tests.fakeapi.validation import HtmlParseError, parse_html

# PTB 22 warns whenever RetryAfter.retry_after is read as an int (its int -> timedelta
# migration), and its own RetryAfter constructor reads it; that noise is not under test here.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url) as b:
        yield b


def _keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=label.lower()) for label in labels]]
    )


class _Receiver:
    """A tiny webhook endpoint that records what Telegram would POST and answers a set status."""

    def __init__(self) -> None:
        self.updates: list[dict[str, object]] = []
        self.secrets: list[str | None] = []
        self.statuses: list[int] = []
        self.runner: web.AppRunner | None = None
        self.url = ""

    async def _handle(self, request: web.Request) -> web.Response:
        self.updates.append(await request.json())
        self.secrets.append(request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        return web.Response(status=self.statuses.pop(0) if self.statuses else 200)

    async def __aenter__(self) -> _Receiver:
        app = web.Application()
        app.router.add_post("/hook", self._handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{self.runner.addresses[0][1]}/hook"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.runner is not None
        await self.runner.cleanup()


async def test_get_me_is_a_bot_user_and_calls_are_recorded(fake: FakeTelegram, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.username == "good_enough_test_bot"
    assert me.id == fake.bot_id
    assert me.can_join_groups is True
    await bot.send_message(chat_id=7, text="42")
    call = fake.calls_to("sendMessage")[-1]
    # Strings stay strings ("42" is not turned into a number) and ints are decoded.
    assert call.params == {"chat_id": 7, "text": "42"}
    assert call.status == 200
    assert fake.call_counts["getMe"] >= 2


async def test_send_message_parses_html_and_echoes_inline_keyboard(
    fake: FakeTelegram, bot: Bot
) -> None:
    sent = await bot.send_message(
        chat_id=5,
        text="Hi <b>there</b> &amp; <i>you</i>",
        parse_mode="HTML",
        reply_markup=_keyboard("Yes", "No"),
    )
    assert sent.text == "Hi there & you"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 3, 5),
        ("italic", 11, 3),
    ]
    assert sent.reply_markup == _keyboard("Yes", "No")
    assert sent.from_user is not None
    assert sent.from_user.is_bot
    log = fake.chat(5)
    assert log.last.buttons == [[("Yes", "yes"), ("No", "no")]]
    assert log.texts == ["Hi there & you"]
    assert log.last.raw_text.startswith("Hi <b>")
    second = await bot.send_message(chat_id=5, text="again")
    assert second.message_id == sent.message_id + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "message text is empty"),
        ("   \n ", "message text is empty"),
        ("&lt;" * 4097, "message is too long"),
        ("<blink>x</blink>", 'unsupported start tag "blink" at byte offset 0'),
        ("<b>bold", "can't find end tag corresponding to start tag b"),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("1 < 2", 'unsupported start tag "" at byte offset 2'),
        ("fish & chips", 'character "&" at byte offset 5'),
        ("x</b>", "unexpected end tag at byte offset 1"),
        ('<span class="x">s</span>', 'tag "span" must have class "tg-spoiler"'),
    ],
)
async def test_invalid_text_is_a_bad_request(bot: Bot, text: str, expected: str) -> None:
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(chat_id=1, text=text, parse_mode="HTML")
    assert expected in caught.value.message.lower()


def test_html_parser_accepts_the_whole_telegram_subset() -> None:
    markup = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
        '<strike>k</strike><del>d</del><a href="https://x.org/?a=1&amp;b=2">l</a>'
        '<code>c</code><pre><code class="language-python">p</code></pre>'
        '<tg-spoiler>t</tg-spoiler><span class="tg-spoiler">p</span>'
        "<blockquote expandable>q</blockquote>"
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
        "&#65;&#x42;&quot;&gt;"
    )
    plain, entities = parse_html(markup)
    assert plain == 'bsieunskdlcptpq👍AB">'
    kinds = {e["type"] for e in entities}
    assert {"pre", "expandable_blockquote", "custom_emoji", "spoiler", "text_link"} <= kinds
    pre = next(e for e in entities if e["type"] == "pre")
    assert pre["language"] == "python"
    link = next(e for e in entities if e["type"] == "text_link")
    assert link["url"] == "https://x.org/?a=1&b=2"
    # 4096 visible characters are fine even though the markup is longer.
    assert len(parse_html("<b>" + "a" * 4096 + "</b>")[0]) == 4096
    with pytest.raises(HtmlParseError):
        parse_html("<br>")
    assert parse_html("fish & chips", strict_ampersand=False)[0] == "fish & chips"


async def test_callback_data_must_be_1_to_64_bytes(fake: FakeTelegram, bot: Bot) -> None:
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 33)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(chat_id=1, text="pick", reply_markup=too_long)
    exact = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 32)]])
    await bot.send_message(chat_id=1, text="pick", reply_markup=exact)
    assert len(fake.chat(1)) == 1


async def test_edit_rules_match_telegram(fake: FakeTelegram, bot: Bot) -> None:
    sent = await bot.send_message(chat_id=3, text="Question?", reply_markup=_keyboard("Yes"))
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text(
            "Question?", chat_id=3, message_id=sent.message_id, reply_markup=_keyboard("Yes")
        )
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=3, message_id=999)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=4, message_id=sent.message_id)
    # Editing the text without reply_markup drops the keyboard, as Telegram does.
    edited = await bot.edit_message_text("Answered", chat_id=3, message_id=sent.message_id)
    assert isinstance(edited, type(sent))
    assert edited.edit_date is not None
    message = fake.chat(3).last
    assert message.text == "Answered"
    assert message.edited
    assert message.buttons == []
    await bot.edit_message_reply_markup(
        chat_id=3, message_id=sent.message_id, reply_markup=_keyboard("Undo")
    )
    assert message.buttons == [[("Undo", "undo")]]
    assert message.edit_count == 2
    with pytest.raises(BadRequest, match=r"(?i)not modified"):
        await bot.edit_message_reply_markup(
            chat_id=3, message_id=sent.message_id, reply_markup=_keyboard("Undo")
        )


async def test_callback_query_answers_and_stale_ids(fake: FakeTelegram, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("123456")
    await bot.send_message(chat_id=11, text="Pick", reply_markup=_keyboard("Yes", "No"))
    user = fake.user(11)
    update_id = user.tap("No")
    [update] = await bot.get_updates()
    assert update.update_id == update_id
    query = update.callback_query
    assert query is not None
    assert query.data == "no"
    assert query.from_user.id == 11
    assert isinstance(query.message, Message)
    assert query.message.text == "Pick"
    await query.answer("Noted", show_alert=True)
    answer = await user.expect_callback_answer()
    assert (answer.text, answer.show_alert, answer.update_id) == ("Noted", True, update_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()  # each query can be answered once
    with pytest.raises(AssertionError, match="no inline button 'Maybe'"):
        user.tap("Maybe")
    forged = user.tap_raw("admin:delete", message_id=query.message.message_id)
    updates = await bot.get_updates(offset=update_id + 1)
    assert [(u.update_id, u.callback_query.data) for u in updates if u.callback_query] == [
        (forged, "admin:delete")
    ]


async def test_documents_are_uploaded_as_multipart_and_downloadable(
    fake: FakeTelegram, bot: Bot
) -> None:
    payload = b"day,score\n1,3\n"
    sent = await bot.send_document(
        chat_id=9,
        document=payload,
        filename="export.csv",
        caption="Your <b>data</b>",
        parse_mode="HTML",
    )
    assert sent.document is not None
    assert sent.document.file_name == "export.csv"
    assert sent.caption == "Your data"
    stored = fake.chat(9).last
    assert stored.kind == "document"
    assert stored.file is not None
    assert (stored.file.filename, stored.file.data) == ("export.csv", payload)
    photo = await bot.send_photo(chat_id=9, photo=b"\x89PNG\r\n\x1a\n")
    assert photo.photo
    assert fake.chat(9).last.kind == "photo"
    downloaded = await (await bot.get_file(sent.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == payload
    await bot.send_chat_action(chat_id=9, action="typing")
    with pytest.raises(BadRequest):
        await bot.send_chat_action(chat_id=9, action="dancing")


async def test_commands_are_stored_per_scope_and_language(fake: FakeTelegram, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Begin"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Empezar")], language_code="es")
    await bot.set_my_commands([BotCommand("stop", "Pause")], scope=BotCommandScopeChat(42))
    assert fake.commands() == [("start", "Begin"), ("help", "Help")]
    assert [c.description for c in await bot.get_my_commands(language_code="es")] == ["Empezar"]
    assert fake.commands({"type": "chat", "chat_id": 42}) == [("stop", "Pause")]
    await bot.delete_my_commands(language_code="es")
    assert await bot.get_my_commands(language_code="es") == ()
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad Command", "x")])
    assert await bot.close() is True
    assert await bot.log_out() is True


async def test_get_updates_offsets_limits_and_prompt_long_poll(
    fake: FakeTelegram, bot: Bot
) -> None:
    user = fake.user(21, first_name="Bea", language_code="pt")
    first = user.send_text("/start abc")
    second = user.send_text("hello")
    batch = await bot.get_updates(limit=1)
    assert [u.update_id for u in batch] == [first]
    message = batch[0].message
    assert message is not None
    assert message.text == "/start abc"
    assert message.entities[0].type == "bot_command"
    assert message.entities[0].length == 6
    assert message.from_user is not None
    assert message.from_user.language_code == "pt"
    # Unconfirmed updates are returned again; an offset confirms and drops them.
    assert [u.update_id for u in await bot.get_updates()] == [first, second]
    assert await bot.get_updates(offset=second + 1) == ()
    assert fake.pending_update_count == 0

    async def later() -> int:
        await asyncio.sleep(0.1)
        return user.send_text("late")

    started = time.monotonic()
    waiting = asyncio.create_task(bot.get_updates(offset=second + 1, timeout=5))
    late = await later()
    updates = await waiting
    assert [u.update_id for u in updates] == [late]
    assert time.monotonic() - started < 2


async def test_all_user_update_kinds_parse_in_ptb(fake: FakeTelegram, bot: Bot) -> None:
    user = fake.user(31)
    user.send_sticker()
    user.send_photo(caption="look")
    user.send_voice()
    user.send_document(filename="a.txt", content=b"abc")
    user.send_location(38.7, -9.1)
    user.send_text("typo")
    text_id = user.last_message_id
    assert text_id is not None
    user.edit_text(text_id, "fixed")
    user.block_bot()
    updates = await bot.get_updates()
    messages = [u.message for u in updates if u.message]
    assert messages[0].sticker is not None
    assert messages[1].photo
    assert messages[1].caption == "look"
    assert messages[2].voice is not None
    assert messages[3].document is not None
    assert messages[3].document.file_name == "a.txt"
    assert messages[4].location is not None
    assert messages[4].location.latitude == 38.7
    edited = updates[-2].edited_message
    assert edited is not None
    assert edited.text == "fixed"
    assert edited.message_id == text_id
    member = updates[-1].my_chat_member
    assert member is not None
    assert member.new_chat_member.status == "kicked"
    document = messages[3].document
    file = await bot.get_file(document.file_id)
    assert bytes(await file.download_as_bytearray()) == b"abc"
    with pytest.raises(Forbidden):
        await bot.send_message(chat_id=31, text="still there?")


async def test_failure_injection_maps_to_ptb_errors(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(chat_id=1, text="a")
    assert "3" in str(flood.value)
    fake.fail_next("sendMessage", 502, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(chat_id=1, text="a")
    fake.fail_next("sendMessage", 403, chat_id=2)
    await bot.send_message(chat_id=1, text="other chat unaffected")
    with pytest.raises(Forbidden, match="blocked"):
        await bot.send_message(chat_id=2, text="a")
    fake.block(4)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(chat_id=4, text="a")
    fake.unblock(4)
    await bot.send_message(chat_id=4, text="back")
    assert fake.chat(1).texts == ["other chat unaffected"]
    assert fake.chat(4).texts == ["back"]
    assert [c.status for c in fake.calls_to("sendMessage")] == [429, 502, 502, 200, 403, 403, 200]
    assert fake.stats.injected_failures == 4
    assert fake.stats.accepted_sends == 2


async def test_unknown_method_and_wrong_token(fake: FakeTelegram) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{fake.base_url}{fake.token}/sendTelepathy") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        async with session.post(f"{fake.base_url}1:wrong/getMe") as response:
            assert response.status == 401
        # Telegram also accepts JSON bodies and case-insensitive method names.
        async with session.post(
            f"{fake.base_url}{fake.token}/SENDMESSAGE", json={"chat_id": 5, "text": "json"}
        ) as response:
            body = await response.json()
            assert body["ok"] is True
            assert body["result"]["text"] == "json"


async def test_rate_limits_answer_429_per_chat_and_count(fake: FakeTelegram, bot: Bot) -> None:
    fake.set_rate_limits(global_per_second=3, per_chat_per_second=1)
    await bot.send_message(chat_id=1, text="a")
    with pytest.raises(RetryAfter):
        await bot.send_message(chat_id=1, text="b")
    await bot.send_message(chat_id=2, text="c")
    await bot.send_message(chat_id=3, text="d")
    with pytest.raises(RetryAfter):
        await bot.send_message(chat_id=4, text="e")  # global budget of 3/s used up
    assert fake.stats.rate_limited_by_chat == {1: 1}
    assert fake.stats.rate_limited_global == 1
    assert fake.stats.rate_limited_total == 2
    assert fake.stats.messages_by_chat == {1: 1, 2: 1, 3: 1}
    assert fake.stats.accepted_sends == 3
    fake.set_rate_limits(None, None)
    await bot.send_message(chat_id=1, text="unlimited again")


def test_sliding_window_stays_small_with_many_chats() -> None:
    limiter = SlidingWindowLimiter(1)
    for chat in range(100_000):
        assert limiter.wait_time(chat, chat * 0.0001) == 0
        limiter.record(chat, chat * 0.0001)
    # Only chats active within the last second are remembered.
    assert len(limiter) <= 10_001
    assert limiter.wait_time(99_999, 10.0) > 0
    assert limiter.wait_time(99_999, 11.0) == 0


async def test_webhook_delivery_secret_conflict_and_redelivery(
    fake: FakeTelegram, bot: Bot
) -> None:
    async with _Receiver() as receiver:
        assert await bot.set_webhook(receiver.url, secret_token="s3cr3t_token")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        user = fake.user(51)
        first = user.send_text("hi")
        await fake.wait_for(lambda: len(receiver.updates) == 1)
        assert receiver.updates[0]["update_id"] == first
        assert receiver.secrets == ["s3cr3t_token"]
        assert fake.webhook_deliveries[-1].status == 200

        receiver.statuses = [500]
        failed = user.send_text("again")
        await fake.wait_webhook_idle()
        assert fake.webhook_deliveries[-1].status == 500
        info = await bot.get_webhook_info()
        assert info.url == receiver.url
        assert info.pending_update_count == 1
        assert (
            info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
        )
        [retry] = await fake.redeliver()
        assert (retry.update_id, retry.status) == (failed, 200)
        assert [u["update_id"] for u in receiver.updates] == [first, failed, failed]

        duplicate = await fake.deliver_duplicate(first)
        assert duplicate is not None
        assert duplicate.duplicate
        assert duplicate.ok
        assert [u["update_id"] for u in receiver.updates].count(first) == 2

        assert await bot.delete_webhook()
        assert await bot.get_updates() == ()
        assert (await bot.get_webhook_info()).url == ""


async def test_webhook_failures_return_to_polling_queue(fake: FakeTelegram, bot: Bot) -> None:
    async with _Receiver() as receiver:
        receiver.statuses = [503]
        await bot.set_webhook(receiver.url)
        update_id = fake.user(61).send_text("lost?")
        await fake.wait_webhook_idle()
        assert receiver.secrets == [None]  # no secret set, no header
        await bot.delete_webhook()
    # Telegram keeps undelivered updates; after switching to polling they are fetched.
    assert [u.update_id for u in await bot.get_updates()] == [update_id]


async def test_second_poller_terminates_the_first(fake: FakeTelegram, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await fake.wait_for(lambda: fake.active_long_polls == 1)
    async with Bot(fake.token, base_url=fake.base_url) as other_instance:
        assert await other_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await first


async def test_application_polling_round_trip(fake: FakeTelegram) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(
            f"Welcome, <b>{update.effective_user.first_name if update.effective_user else ''}"
            f"</b>! args={context.args}",
            parse_mode="HTML",
            reply_markup=_keyboard("Yes", "No"),
        )

    async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Saved")
        await query.edit_message_text(f"You picked {query.data}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        assert update.message.text is not None
        await update.message.reply_text(update.message.text)

    async def flood(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        try:
            await context.bot.send_message(update.effective_chat.id, "x")  # type: ignore[union-attr]
        except RetryAfter:
            await context.bot.send_message(update.effective_chat.id, "flood noticed")  # type: ignore[union-attr]

    app = (
        Application.builder()
        .token(fake.token)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("flood", flood))
    app.add_handler(CallbackQueryHandler(tapped))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            ana = fake.user(1001, first_name="Ana")
            ana.send_text("/start from_ad")
            [welcome] = await ana.expect_messages(1)
            assert welcome.text == "Welcome, Ana! args=['from_ad']"
            assert welcome.button_texts == ["Yes", "No"]

            ana.tap("Yes")
            answer = await ana.expect_callback_answer()
            assert answer.text == "Saved"
            await fake.wait_for(lambda: welcome.edited)
            assert welcome.text == "You picked yes"
            assert welcome.buttons == []

            ana.send_text("just text")
            assert [m.text for m in await ana.expect_messages(1)] == ["just text"]

            fake.fail_next("sendMessage", 429, retry_after=2, chat_id=1001)
            ana.send_text("/flood")
            assert (await ana.expect_message()).text == "flood noticed"
            await ana.expect_no_message(within=0.2)
        finally:
            await app.updater.stop()
            await app.stop()
    # PTB's shutdown confirms the last update, so nothing is left to redeliver.
    assert fake.pending_update_count == 0
    assert json.dumps(fake.calls_to("getUpdates")[-1].params)
