"""The smallest useful python-telegram-bot program: the baseline `bench/throughput.py` compares
the bot with.

It polls the same Bot API server with the same `concurrent_updates` and answers every text
with the same text: no database, no flows, no rate limiter. Whatever the bot costs beyond this
is the bot's own work. By default it talks over python-telegram-bot's own transport (httpx);
`ECHO_TRANSPORT=aiohttp` gives it the bot's (`bot.transport`), to compare like with like.

    TELEGRAM_TOKEN=... TELEGRAM_API_URL=http://127.0.0.1:8081/bot python bench/echo_bot.py
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

#: The bot's own setting (`bot.telegram_bot.build_application`), so both dispatch alike.
CONCURRENT_UPDATES = 64


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    await context.bot.send_message(chat_id=message.chat_id, text=message.text)


def main() -> None:
    builder = (
        Application.builder()
        .token(os.environ["TELEGRAM_TOKEN"])
        .base_url(os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org/bot"))
        .concurrent_updates(int(os.environ.get("CONCURRENT_UPDATES", CONCURRENT_UPDATES)))
    )
    if os.environ.get("ECHO_TRANSPORT", "httpx") == "aiohttp":
        from bot.transport import AiohttpRequest  # the bot's transport, only when asked for

        builder = builder.request(AiohttpRequest()).get_updates_request(AiohttpRequest())
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling(
        allowed_updates=Update.ALL_TYPES,
        timeout=int(os.environ.get("POLL_TIMEOUT_SECONDS", "10")),
    )


if __name__ == "__main__":
    main()
