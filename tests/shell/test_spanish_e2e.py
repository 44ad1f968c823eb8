"""A Spanish-speaking user: onboarding and a check-in entirely in Spanish, over the wire."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.runtime import Core
from tests.fakeapi import FakeTelegram
from tests.support import FakeClock

ENGLISH_GIVEAWAYS = ("the ", " you ", "check in with you", "Okay", "What's next")


async def test_onboarding_and_a_check_in_in_spanish(
    fake: FakeTelegram, bot: Core, clock: FakeClock
) -> None:
    lucia = fake.user(5001, first_name="Lucía", language_code="es-MX")
    lucia.send_text("/start")
    [welcome] = await lucia.expect_messages(1)
    assert "988" in welcome.text
    assert welcome.button_texts == ["De acuerdo, ¿qué sigue?"]
    lucia.tap("De acuerdo, ¿qué sigue?")
    [consent] = await lucia.expect_messages(1)
    assert "¿Puedo guardar lo que escribes?" in consent.text
    lucia.send_text("sí")
    await lucia.expect_messages(2)
    lucia.send_text("Ciudad de México")
    _noted, confirm = await lucia.expect_messages(2)
    assert "02:00" in confirm.text  # 08:00 UTC is 02:00 in Mexico City
    lucia.tap("Sí")
    await lucia.expect_messages(1)
    lucia.send_text("8 de la mañana")
    [done] = await lucia.expect_messages(1)
    assert "Todo listo" in done.text
    assert "08:00" in done.text

    clock.now = datetime(2026, 3, 2, 14, 0, 5, tzinfo=UTC)  # 08:00 in Mexico City
    [nudge] = await lucia.expect_messages(1)
    assert "¿Cómo te estás tratando hoy?" in nudge.text
    lucia.tap("Con bastante cariño")
    [critic] = await lucia.expect_messages(1)
    assert "crítico interior" in critic.text
    lucia.tap("En silencio")
    [offer] = await lucia.expect_messages(1)
    everything = [m.text for m in lucia.messages] + [
        b for m in lucia.messages for b in m.button_texts
    ]
    for text in everything:
        assert not any(word in text for word in ENGLISH_GIVEAWAYS), text
    assert offer.text
