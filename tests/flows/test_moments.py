"""Follow-up moments typed in words or picked from buttons."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.moments import MAX_AHEAD, Preset, moment_for_preset, parse_moment
from flows.zones import zone_for_key

MADRID = "Europe/Madrid"
# Wednesday 2026-03-11, 11:42 in Madrid (CET, UTC+1).
NOW = datetime(2026, 3, 11, 10, 42, tzinfo=UTC)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def madrid(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Madrid wall time (unambiguous ones only) as a UTC instant."""
    return datetime(year, month, day, hour, minute, tzinfo=zone_for_key(MADRID)).astimezone(UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts of today
        ("tonight", madrid(2026, 3, 11, 20, 0)),
        ("this evening", madrid(2026, 3, 11, 20, 0)),
        ("today", madrid(2026, 3, 11, 20, 0)),
        ("this afternoon", madrid(2026, 3, 11, 15, 0)),
        ("this morning", madrid(2026, 3, 11, 12, 42)),
        ("esta noche", madrid(2026, 3, 11, 20, 0)),
        ("esta tarde", madrid(2026, 3, 11, 15, 0)),
        ("tonight at 9", madrid(2026, 3, 11, 21, 0)),
        ("tonight at 1", madrid(2026, 3, 12, 1, 0)),
        ("tonight at midnight", madrid(2026, 3, 12, 0, 0)),
        ("esta noche a las 10", madrid(2026, 3, 11, 22, 0)),
        # tomorrow
        ("tomorrow", madrid(2026, 3, 12, 9, 0)),
        ("Tomorrow.", madrid(2026, 3, 12, 9, 0)),
        ("tomorrow morning", madrid(2026, 3, 12, 9, 0)),
        ("tomorrow afternoon", madrid(2026, 3, 12, 15, 0)),
        ("tomorrow evening", madrid(2026, 3, 12, 20, 0)),
        ("tomorrow night", madrid(2026, 3, 12, 20, 0)),
        ("tomorrow at 9", madrid(2026, 3, 12, 9, 0)),
        ("tomorrow at 5", madrid(2026, 3, 12, 17, 0)),
        ("tomorrow at 8:30 p.m.", madrid(2026, 3, 12, 20, 30)),
        ("tomorrow at noon", madrid(2026, 3, 12, 12, 0)),
        ("tomorrow evening at 8", madrid(2026, 3, 12, 20, 0)),
        ("5pm tomorrow", madrid(2026, 3, 12, 17, 0)),
        ("at 9 tomorrow morning", madrid(2026, 3, 12, 9, 0)),
        ("the day after tomorrow", madrid(2026, 3, 13, 9, 0)),
        ("mañana", madrid(2026, 3, 12, 9, 0)),
        ("manana", madrid(2026, 3, 12, 9, 0)),
        ("mañana por la mañana", madrid(2026, 3, 12, 9, 0)),
        ("mañana por la tarde", madrid(2026, 3, 12, 15, 0)),
        ("mañana por la noche", madrid(2026, 3, 12, 20, 0)),
        ("mañana a las 8", madrid(2026, 3, 12, 8, 0)),
        ("mañana a las 8 de la tarde", madrid(2026, 3, 12, 20, 0)),
        ("pasado mañana", madrid(2026, 3, 13, 9, 0)),
        # durations
        ("in 2 hours", NOW + timedelta(hours=2)),
        ("in 30 min", NOW + timedelta(minutes=30)),
        ("in 30 minutes", NOW + timedelta(minutes=30)),
        ("in an hour", NOW + timedelta(hours=1)),
        ("in half an hour", NOW + timedelta(minutes=30)),
        ("in an hour and a half", NOW + timedelta(minutes=90)),
        ("in 1.5 hours", NOW + timedelta(minutes=90)),
        ("in 2h", NOW + timedelta(hours=2)),
        ("in 2 hours and 30 minutes", NOW + timedelta(minutes=150)),
        ("in two hours", NOW + timedelta(hours=2)),
        ("2 hours from now", NOW + timedelta(hours=2)),
        ("2 hours", NOW + timedelta(hours=2)),
        ("in 3 days", madrid(2026, 3, 14, 11, 42)),
        ("in a week", madrid(2026, 3, 18, 11, 42)),
        ("en 2 horas", NOW + timedelta(hours=2)),
        ("en una hora", NOW + timedelta(hours=1)),
        ("en media hora", NOW + timedelta(minutes=30)),
        ("en una hora y media", NOW + timedelta(minutes=90)),
        ("dentro de 3 días", madrid(2026, 3, 14, 11, 42)),
        ("later", NOW + timedelta(hours=3)),
        ("más tarde", NOW + timedelta(hours=3)),
        # weekdays (today is Wednesday)
        ("friday", madrid(2026, 3, 13, 9, 0)),
        ("Friday", madrid(2026, 3, 13, 9, 0)),
        ("on Friday at 17:00", madrid(2026, 3, 13, 17, 0)),
        ("friday at 5", madrid(2026, 3, 13, 17, 0)),
        ("friday evening", madrid(2026, 3, 13, 20, 0)),
        ("next monday 9am", madrid(2026, 3, 16, 9, 0)),
        ("monday", madrid(2026, 3, 16, 9, 0)),
        ("wednesday", madrid(2026, 3, 18, 9, 0)),
        ("next wednesday", madrid(2026, 3, 18, 9, 0)),
        ("this wednesday at 5pm", madrid(2026, 3, 11, 17, 0)),
        ("el viernes", madrid(2026, 3, 13, 9, 0)),
        ("el viernes a las 17:00", madrid(2026, 3, 13, 17, 0)),
        ("viernes por la tarde", madrid(2026, 3, 13, 15, 0)),
        ("viernes por la tarde a las 5", madrid(2026, 3, 13, 17, 0)),
        ("el próximo lunes a las 9", madrid(2026, 3, 16, 9, 0)),
        ("el lunes que viene", madrid(2026, 3, 16, 9, 0)),
        ("el miércoles", madrid(2026, 3, 18, 9, 0)),
        ("17:00 el viernes", madrid(2026, 3, 13, 17, 0)),
        # dates: day first
        ("25/12", madrid(2026, 12, 25, 9, 0)),
        ("25/12 at 14:00", madrid(2026, 12, 25, 14, 0)),
        ("25/12/2026 18:00", madrid(2026, 12, 25, 18, 0)),
        ("25/12/26", madrid(2026, 12, 25, 9, 0)),
        ("12/25", madrid(2026, 12, 25, 9, 0)),
        ("03/04", madrid(2026, 4, 3, 9, 0)),
        ("25.12.", madrid(2026, 12, 25, 9, 0)),
        ("25.12.2026", madrid(2026, 12, 25, 9, 0)),
        ("2026-12-25", madrid(2026, 12, 25, 9, 0)),
        ("2026-12-25 14:00", madrid(2026, 12, 25, 14, 0)),
        ("2026-12-25T14:00", madrid(2026, 12, 25, 14, 0)),
        ("25 de diciembre", madrid(2026, 12, 25, 9, 0)),
        ("el 25 de diciembre a las 10", madrid(2026, 12, 25, 10, 0)),
        ("dec 25 at 5pm", madrid(2026, 12, 25, 17, 0)),
        ("25th december", madrid(2026, 12, 25, 9, 0)),
        ("11/03", madrid(2027, 3, 11, 9, 0)),  # today's 09:00 has passed: next year
        ("12/03", madrid(2026, 3, 12, 9, 0)),
        # times alone: today if still ahead, else tomorrow
        ("at 5pm", madrid(2026, 3, 11, 17, 0)),
        ("at 17:00", madrid(2026, 3, 11, 17, 0)),
        ("17:00", madrid(2026, 3, 11, 17, 0)),
        ("at 09:00", madrid(2026, 3, 12, 9, 0)),  # zero-padded: 24-hour, so tomorrow
        ("at 11:00", madrid(2026, 3, 11, 23, 0)),
        ("at 5", madrid(2026, 3, 11, 17, 0)),
        ("at 8", madrid(2026, 3, 11, 20, 0)),  # 08:00 is past, 20:00 is not
        ("at 11", madrid(2026, 3, 11, 23, 0)),
        ("a las 5", madrid(2026, 3, 11, 17, 0)),
        ("a las 5 de la tarde", madrid(2026, 3, 11, 17, 0)),
        ("at noon", madrid(2026, 3, 11, 12, 0)),
        ("at midnight", madrid(2026, 3, 12, 0, 0)),
        ("hoy a las 17", madrid(2026, 3, 11, 17, 0)),
        ("in the morning", madrid(2026, 3, 12, 9, 0)),
        ("in the evening", madrid(2026, 3, 11, 20, 0)),
    ],
)
def test_parse_moment(text: str, expected: datetime) -> None:
    assert parse_moment(text, NOW, MADRID) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "8",  # eight o'clock? eight minutes?
        "20",
        "2h",
        "yesterday",
        "ayer",
        "in 0 minutes",
        "in -2 hours",
        "in 400 days",
        "in 99999 hours",
        "today at 09:00",  # already past
        "this morning at 9am",
        "2025-12-25",
        "25/12/2025",
        "25/12/2030",  # beyond MAX_AHEAD
        "31/02",
        "29/02",  # no 29 February within a year of 2026-03-11
        "2026-13-01",
        "25.12",  # a time (invalid), not a date: dates with dots need a year or final dot
        "25:00",
        "tomorrow at 25:00",
        "13pm tomorrow",
        "friday friday",
        "tomorrow banana",
        "x" * 500,
    ],
)
def test_parse_moment_rejects(text: str) -> None:
    assert parse_moment(text, NOW, MADRID) is None


def test_this_morning_is_gone_after_noon() -> None:
    afternoon = madrid(2026, 3, 11, 13, 0)
    assert parse_moment("this morning", afternoon, MADRID) is None
    assert parse_moment("esta mañana", afternoon, MADRID) is None


@pytest.mark.parametrize(
    ("local_now", "expected"),
    [
        ((2026, 3, 11, 2, 0), (2026, 3, 11, 20, 0)),  # small hours: this coming evening
        ((2026, 3, 11, 18, 59), (2026, 3, 11, 20, 0)),
        ((2026, 3, 11, 19, 0), (2026, 3, 11, 20, 0)),
        ((2026, 3, 11, 19, 1), (2026, 3, 11, 20, 1)),  # past 19:00: in one hour
        ((2026, 3, 11, 21, 30), (2026, 3, 11, 22, 30)),
        ((2026, 3, 11, 23, 30), (2026, 3, 12, 0, 30)),
    ],
)
def test_tonight_rule(
    local_now: tuple[int, int, int, int, int], expected: tuple[int, int, int, int, int]
) -> None:
    now = madrid(*local_now)
    assert parse_moment("tonight", now, MADRID) == madrid(*expected)
    assert moment_for_preset(Preset.TONIGHT, now, MADRID) == madrid(*expected)


def test_tomorrow_after_midnight_means_after_sleeping() -> None:
    small_hours = madrid(2026, 3, 12, 1, 30)  # Thursday 01:30
    assert parse_moment("tomorrow", small_hours, MADRID) == madrid(2026, 3, 12, 9, 0)
    assert parse_moment("mañana por la mañana", small_hours, MADRID) == madrid(2026, 3, 12, 9)
    assert moment_for_preset(Preset.TOMORROW_MORNING, small_hours, MADRID) == madrid(
        2026, 3, 12, 9, 0
    )
    awake = madrid(2026, 3, 12, 4, 0)
    assert parse_moment("tomorrow", awake, MADRID) == madrid(2026, 3, 13, 9, 0)


def test_a_bare_hour_after_its_evening_reading_rolls_to_tomorrow_morning() -> None:
    late = madrid(2026, 3, 11, 21, 30)
    assert parse_moment("a las 8", late, MADRID) == madrid(2026, 3, 12, 8, 0)
    assert parse_moment("at 5", late, MADRID) == madrid(2026, 3, 12, 17, 0)


# ------------------------------------------------------------------- DST


def test_tomorrow_morning_across_spring_forward() -> None:
    # Saturday 2024-03-09 12:00 PST; clocks go forward that night.
    now = utc(2024, 3, 9, 20)
    la = "America/Los_Angeles"
    assert parse_moment("tomorrow morning", now, la) == utc(2024, 3, 10, 16)  # 09:00 PDT
    assert moment_for_preset(Preset.TOMORROW_MORNING, now, la) == utc(2024, 3, 10, 16)
    assert parse_moment("tonight", now, la) == utc(2024, 3, 10, 4)  # 20:00 PST
    assert parse_moment("in 3 days", now, la) == utc(2024, 3, 12, 19)  # 12:00 PDT
    assert parse_moment("in 24 hours", now, la) == utc(2024, 3, 10, 20)  # elapsed time
    assert parse_moment("tomorrow at 2:30am", now, la) == utc(2024, 3, 10, 10)  # 03:00 PDT


def test_moments_across_fall_back() -> None:
    # Saturday 2024-10-26 12:00 CEST in Berlin; clocks go back that night.
    now = utc(2024, 10, 26, 10)
    berlin = "Europe/Berlin"
    assert parse_moment("tomorrow at 02:30", now, berlin) == utc(2024, 10, 27, 0, 30)
    assert parse_moment("tomorrow morning", now, berlin) == utc(2024, 10, 27, 8)  # 09:00 CET
    assert parse_moment("in 2 days", now, berlin) == utc(2024, 10, 28, 11)  # 12:00 CET
    assert moment_for_preset(Preset.TOMORROW_MORNING, now, berlin) == utc(2024, 10, 27, 8)


def test_moments_in_lord_howe_and_kathmandu() -> None:
    # Lord Howe springs forward 30 minutes at 02:00 on 2024-10-06.
    now = utc(2024, 10, 5, 1)  # Saturday 11:30 (+10:30)
    assert parse_moment("tomorrow at 2:15am", now, "Australia/Lord_Howe") == utc(
        2024, 10, 5, 15, 30
    )
    assert parse_moment("tomorrow morning", now, "Australia/Lord_Howe") == utc(2024, 10, 5, 22)
    kathmandu_now = utc(2024, 6, 1, 6, 15)  # 12:00 (+05:45)
    assert parse_moment("tonight", kathmandu_now, "Asia/Kathmandu") == utc(2024, 6, 1, 14, 15)


def test_fixed_offset_zone() -> None:
    now = utc(2026, 3, 11, 12)  # 09:00 in UTC-03:00
    assert parse_moment("tonight", now, "UTC-03:00") == utc(2026, 3, 11, 23)


def test_same_words_in_a_new_zone_mean_a_new_instant() -> None:
    assert parse_moment("tomorrow morning", NOW, MADRID) == utc(2026, 3, 12, 8)
    assert parse_moment("tomorrow morning", NOW, "America/New_York") == utc(2026, 3, 12, 13)


# --------------------------------------------------------------- presets


@pytest.mark.parametrize(
    ("preset", "expected"),
    [
        (Preset.IN_1_HOUR, NOW + timedelta(hours=1)),
        (Preset.IN_3_HOURS, NOW + timedelta(hours=3)),
        (Preset.TONIGHT, madrid(2026, 3, 11, 20, 0)),
        (Preset.TOMORROW_MORNING, madrid(2026, 3, 12, 9, 0)),
    ],
)
def test_presets(preset: Preset, expected: datetime) -> None:
    assert moment_for_preset(preset, NOW, MADRID) == expected


def test_preset_values_are_stable_callback_data() -> None:
    assert [p.value for p in Preset] == ["in_1_hour", "in_3_hours", "tonight", "tomorrow_morning"]
    assert Preset("tonight") is Preset.TONIGHT


def test_naive_now_raises() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_moment("tomorrow", datetime(2026, 3, 11, 10), MADRID)
    with pytest.raises(ValueError, match="aware"):
        moment_for_preset(Preset.TONIGHT, datetime(2026, 3, 11, 10), MADRID)


# ------------------------------------------------------- property tests

ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
_zones = st.sampled_from([*ZONES, "UTC+05:45", "UTC-03:30", "UTC+14:00"])
_nows = st.datetimes(datetime(1990, 1, 1), datetime(2037, 12, 31), timezones=st.just(UTC))
_VOCABULARY = [
    "in", "en", "an", "a", "hour", "hours", "horas", "min", "days", "dias", "week", "half",
    "and", "y", "media", "tonight", "tomorrow", "manana", "mañana", "por", "la", "tarde",
    "noche", "morning", "evening", "at", "a las", "on", "next", "this", "el", "friday",
    "viernes", "lunes", "sunday", "today", "hoy", "pasado", "dec", "diciembre", "de",
    "0", "1", "2", "5", "8", "9", "11", "12", "13", "24", "25", "29", "31", "99999",
    "12/25", "25/12", "29/02", "31/12/2037", "2037-12-31", "9999-12-31", "0001-01-01",
    "25.12.", "5pm", "12am", "8:30", "23:59", "00:00", "noon", "midnight", "1.5", "pm", "am",
]  # fmt: skip
_phrases = st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=6).map(" ".join)


def _assert_valid(result: datetime | None, now: datetime) -> None:
    if result is not None:
        assert result.tzinfo is UTC
        assert now < result <= now + MAX_AHEAD


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), _nows, _zones)
def test_parse_moment_never_raises_on_any_text(text: str, now: datetime, zone: str) -> None:
    _assert_valid(parse_moment(text, now, zone), now)


@settings(max_examples=400, deadline=None)
@given(_phrases, _nows, _zones)
def test_parse_moment_never_raises_on_plausible_phrases(
    text: str, now: datetime, zone: str
) -> None:
    _assert_valid(parse_moment(text, now, zone), now)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(list(Preset)), _nows, _zones)
def test_presets_are_always_soon_and_in_the_future(
    preset: Preset, now: datetime, zone: str
) -> None:
    moment = moment_for_preset(preset, now, zone)
    assert now < moment <= now + timedelta(days=2)
