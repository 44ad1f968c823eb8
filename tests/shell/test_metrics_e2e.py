"""`/metrics` over real HTTP: the counts move with what people and nudges do, and a scrape
never carries a user id, a chat id or anything anyone typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from bot.claim import claim_due
from bot.db.models import OutboxMessage
from tests.fakeapi import FakeTelegram
from tests.shell.harness import free_port, polling_bot, webhook_bot
from tests.shell.people import onboarded
from tests.support import FakeClock, interrupted_send

# Ids long enough that no count or timestamp in a scrape could contain one by chance.
TYPIST = 5_550_101_001
FLOODER = 5_550_101_002
SLEEPER = 5_550_101_003
ANA = 5_550_101_004
BEN = 5_550_101_005
CARLA = 5_550_101_006
SECRET_TEXT = "marmalade lighthouse at noon"
NEXT_NUDGE = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)  # 09:00 in Madrid, the day after onboarding

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(exposition: str) -> Samples:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


async def scrape(url: str) -> tuple[str, Samples]:
    async with httpx.AsyncClient() as client:
        response = await client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text, parse(response.text)


async def scrape_until(
    url: str, ready: Callable[[Samples], bool], fake: FakeTelegram
) -> tuple[str, Samples]:
    """Scrape until `ready`: a count moves just after its row is saved, not with it."""
    for _ in range(100):
        text, samples = await scrape(url)
        if ready(samples):
            return text, samples
        await fake.user(TYPIST).expect_no_message(within=0.05)
    raise AssertionError("the metrics never showed what happened")


def assert_nothing_personal(text: str, user_ids: list[int], typed: list[str]) -> None:
    for user_id in user_ids:
        assert str(user_id) not in text
    for words in typed:
        assert words not in text


async def test_updates_are_counted_by_outcome_over_the_webhook(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    async with webhook_bot(
        fake, database_url, tmp_path, clock, flood_limit=6, tick_seconds=300
    ) as running:
        core, base = running
        _text, before = await scrape(f"{base}/metrics")
        assert value(before, "goodenough_updates_total", outcome="handled") == 0

        typist = fake.user(TYPIST)
        update_id = typist.send_text(SECRET_TEXT)
        await typist.expect_messages(1)
        delivery = await fake.deliver_duplicate(update_id)
        assert delivery is not None
        assert delivery.status == 200

        flooder = fake.user(FLOODER)
        for _ in range(6):
            flooder.send_text("/help")
            await flooder.expect_messages(1)
        flooder.send_text("/help")
        await flooder.expect_messages(1)  # the seventh gets one gentle "slow down"
        flooder.send_text("/help")  # the eighth is let go quietly
        await fake.wait_webhook_idle()

        await onboarded(fake, SLEEPER)  # six more, answered one by one
        await fake.wait_webhook_idle()

        text, samples = await scrape(f"{base}/metrics")
        assert value(samples, "goodenough_updates_total", outcome="handled") == 1 + 6 + 6
        assert value(samples, "goodenough_updates_total", outcome="duplicate") == 1
        assert value(samples, "goodenough_updates_total", outcome="flooded") == 2
        assert value(samples, "goodenough_updates_total", outcome="failed") == 0
        assert value(samples, "goodenough_turn_seconds_count", source="update") == 13
        assert value(samples, "goodenough_turn_seconds_bucket", source="update", le="+Inf") == 13
        assert value(samples, "goodenough_turn_seconds_sum", source="update") > 0
        assert value(samples, "goodenough_outbox_pending") == 0
        assert_nothing_personal(text, [TYPIST, FLOODER, SLEEPER], [SECRET_TEXT, "Madrid"])

        # A nudge claimed but not yet sent shows as backlog, and its wait grows with time.
        clock.now = NEXT_NUDGE + timedelta(seconds=5)
        report = await claim_due(core.sessions, clock(), grace=timedelta(hours=2))
        assert report.queued == 1
        _text, waiting = await scrape(f"{base}/metrics")
        assert value(waiting, "goodenough_outbox_pending") == 1
        assert value(waiting, "goodenough_outbox_waiting_seconds") == 0
        clock.advance(seconds=30)
        _text, later = await scrape(f"{base}/metrics")
        assert value(later, "goodenough_outbox_pending") == 1
        assert value(later, "goodenough_outbox_waiting_seconds") == 30


async def test_nudges_and_telegram_errors_are_counted_on_the_polling_metrics_port(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/metrics"
    async with polling_bot(
        fake,
        database_url,
        tmp_path,
        clock,
        tick_seconds=0.05,
        flood_limit=10_000,
        metrics_port=port,
    ):
        ana = await onboarded(fake, ANA)
        await onboarded(fake, BEN)
        fake.block(BEN)  # Ben blocked the bot: his nudge meets a 403
        fake.fail_next("sendMessage", 429, retry_after=1, chat_id=ANA)
        clock.now = NEXT_NUDGE + timedelta(seconds=5)
        [nudge] = await ana.expect_messages(1, timeout=10)
        assert "treating yourself" in nudge.text

        def settled(samples: Samples) -> bool:
            sent = value(samples, "goodenough_nudges_sent_total", kind="checkin")
            blocked = value(
                samples, "goodenough_nudges_failed_total", kind="checkin", reason="blocked"
            )
            return sent + blocked == 2

        text, samples = await scrape_until(url, settled, fake)

    assert value(samples, "goodenough_updates_total", outcome="handled") == 12
    assert value(samples, "goodenough_turn_seconds_count", source="update") == 12
    assert value(samples, "goodenough_turn_seconds_count", source="nudge") == 2
    assert value(samples, "goodenough_nudges_due_total", kind="checkin") == 2
    assert value(samples, "goodenough_nudges_sent_total", kind="checkin") == 1
    assert value(samples, "goodenough_nudges_failed_total", kind="checkin", reason="blocked") == 1
    assert value(samples, "goodenough_nudges_failed_total", kind="checkin", reason="gave_up") == 0
    assert value(samples, "goodenough_telegram_errors_total", code="403") == 1
    assert value(samples, "goodenough_telegram_errors_total", code="429") == 1
    # Ana's nudge was due at 08:00:00 and Telegram took it when the clock read 08:00:05.
    assert value(samples, "goodenough_outbox_lag_seconds_count") == 1
    assert value(samples, "goodenough_outbox_lag_seconds_sum") == 5
    assert value(samples, "goodenough_outbox_lag_seconds_bucket", le="2.5") == 0
    assert value(samples, "goodenough_outbox_lag_seconds_bucket", le="5.0") == 1
    assert value(samples, "goodenough_outbox_pending") == 0
    assert_nothing_personal(text, [ANA, BEN], ["Madrid", "9:00"])


async def test_a_send_cut_off_by_a_crash_counts_as_interrupted(
    fake: FakeTelegram, database_url: str, tmp_path: Path, clock: FakeClock
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/metrics"
    async with polling_bot(
        fake, database_url, tmp_path, clock, tick_seconds=0.05, metrics_port=port
    ) as core:
        # What a crash mid-send leaves behind: a row `sending` since well before the lease.
        began = clock() - timedelta(minutes=10)
        async with core.sessions() as session, session.begin():
            session.add(OutboxMessage(**interrupted_send(CARLA, "checkin", began)))

        def recovered(samples: Samples) -> bool:
            interrupted = value(
                samples, "goodenough_nudges_failed_total", kind="checkin", reason="interrupted"
            )
            return interrupted > 0

        text, samples = await scrape_until(url, recovered, fake)
    assert (
        value(samples, "goodenough_nudges_failed_total", kind="checkin", reason="interrupted") == 1
    )
    assert value(samples, "goodenough_nudges_sent_total", kind="checkin") == 0
    assert len(fake.chat(CARLA)) == 0  # never sent a second time
    assert_nothing_personal(text, [CARLA], [])
