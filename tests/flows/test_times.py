"""Times of day and their next occurrence, including every DST corner we know of."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.times import (
    at_local,
    defer_past_quiet_hours,
    format_local_time,
    in_quiet_hours,
    local_date,
    local_now,
    next_occurrence,
    parse_time_of_day,
)
from flows.zones import zone_for_key


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# ------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:30", time(8, 30)),
        ("08:30", time(8, 30)),
        ("8.30", time(8, 30)),
        ("8h30", time(8, 30)),
        ("8 h 30", time(8, 30)),
        ("20h", time(20, 0)),
        ("20 h", time(20, 0)),
        ("20hs", time(20, 0)),
        ("8pm", time(20, 0)),
        ("8 pm", time(20, 0)),
        ("8PM", time(20, 0)),
        ("8.30pm", time(20, 30)),
        ("8:30 p.m.", time(20, 30)),
        ("8:30 a.m.", time(8, 30)),
        ("8 a. m.", time(8, 0)),
        ("12am", time(0, 0)),
        ("12pm", time(12, 0)),
        ("12:15 am", time(0, 15)),
        ("noon", time(12, 0)),
        ("Midday", time(12, 0)),
        ("mediodía", time(12, 0)),
        ("midnight", time(0, 0)),
        ("medianoche", time(0, 0)),
        ("20:00", time(20, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("2000", time(20, 0)),
        ("0830", time(8, 30)),
        ("830", time(8, 30)),
        ("8", time(8, 0)),
        ("20", time(20, 0)),
        ("8 de la mañana", time(8, 0)),
        ("8 de la manana", time(8, 0)),
        ("3 de la madrugada", time(3, 0)),
        ("8 de la tarde", time(20, 0)),
        ("9 de la noche", time(21, 0)),
        ("12 de la noche", time(0, 0)),
        ("1 del mediodía", time(13, 0)),
        ("a las 8", time(8, 0)),
        ("a las 8:30", time(8, 30)),
        ("a las 8 de la tarde", time(20, 0)),
        ("a la una", time(1, 0)),
        ("a las ocho", time(8, 0)),
        ("ocho de la noche", time(20, 0)),
        ("eight pm", time(20, 0)),
        ("8 y media", time(8, 30)),
        ("8 y cuarto", time(8, 15)),
        ("7 menos cuarto de la tarde", time(18, 45)),
        ("at 7pm", time(19, 0)),
        ("at 7", time(7, 0)),
        ("8 o'clock", time(8, 0)),
        ("7 in the evening", time(19, 0)),
        ("  8:30  ", time(8, 30)),
        ("8:30.", time(8, 30)),
    ],
)
def test_parse_time_of_day_accepts(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "25:00",
        "24:00",
        "2400",
        "8:75",
        "8:5",
        "13pm",
        "0am",
        "0 pm",
        "20 de la tarde",
        "8:30:15",
        "words",
        "tomorrow",
        "once",
        "eight",
        "8 hours",
        "-8",
        "8:30 tomorrow",
        "123456",
        "8" * 100,
    ],
)
def test_parse_time_of_day_rejects(text: str) -> None:
    assert parse_time_of_day(text) is None


def test_every_minute_round_trips_through_format_and_parse() -> None:
    for minute in range(24 * 60):
        t = time(minute // 60, minute % 60)
        assert parse_time_of_day(format_local_time(t)) == t


@pytest.mark.parametrize(
    ("t", "text"), [(time(8, 30), "08:30"), (time(0, 0), "00:00"), (time(23, 5, 59), "23:05")]
)
def test_format_local_time(t: time, text: str) -> None:
    assert format_local_time(t) == text


@given(st.text(max_size=30))
def test_parse_time_of_day_never_raises(text: str) -> None:
    result = parse_time_of_day(text)
    assert result is None or (result.second == 0 and result.microsecond == 0)


# ------------------------------------------------------------ next_occurrence


@pytest.mark.parametrize(
    ("local", "zone", "after", "expected"),
    [
        # Europe/Berlin spring forward 2024-03-31 02:00 CET → 03:00 CEST: 02:30 fires at 03:00.
        (time(2, 30), "Europe/Berlin", utc(2024, 3, 30, 12), utc(2024, 3, 31, 1, 0)),
        (time(2, 0), "Europe/Berlin", utc(2024, 3, 30, 12), utc(2024, 3, 31, 1, 0)),
        (time(3, 0), "Europe/Berlin", utc(2024, 3, 30, 12), utc(2024, 3, 31, 1, 0)),
        (time(1, 59), "Europe/Berlin", utc(2024, 3, 30, 12), utc(2024, 3, 31, 0, 59)),
        (time(8, 0), "Europe/Berlin", utc(2024, 3, 30, 12), utc(2024, 3, 31, 6, 0)),
        # Europe/Berlin fall back 2024-10-27 03:00 CEST → 02:00 CET: 02:30 fires once, first.
        (time(2, 30), "Europe/Berlin", utc(2024, 10, 26, 12), utc(2024, 10, 27, 0, 30)),
        (time(2, 30), "Europe/Berlin", utc(2024, 10, 27, 0, 30), utc(2024, 10, 28, 1, 30)),
        (time(2, 30), "Europe/Berlin", utc(2024, 10, 27, 0, 45), utc(2024, 10, 28, 1, 30)),
        (time(8, 0), "Europe/Berlin", utc(2024, 10, 26, 12), utc(2024, 10, 27, 7, 0)),
        # America/Los_Angeles spring forward 2024-03-10 02:00 PST → 03:00 PDT.
        (time(2, 30), "America/Los_Angeles", utc(2024, 3, 9, 20), utc(2024, 3, 10, 10, 0)),
        (time(8, 0), "America/Los_Angeles", utc(2024, 3, 9, 20), utc(2024, 3, 10, 15, 0)),
        # America/Los_Angeles fall back 2024-11-03 02:00 PDT → 01:00 PST.
        (time(1, 30), "America/Los_Angeles", utc(2024, 11, 2, 20), utc(2024, 11, 3, 8, 30)),
        (time(1, 30), "America/Los_Angeles", utc(2024, 11, 3, 8, 30), utc(2024, 11, 4, 9, 30)),
        (time(1, 30), "America/Los_Angeles", utc(2024, 11, 3, 9, 0), utc(2024, 11, 4, 9, 30)),
        # Australia/Lord_Howe moves by 30 minutes: +10:30 ↔ +11:00.
        # Spring forward 2024-10-06 02:00 → 02:30: 02:15 fires at 02:30 (+11).
        (time(2, 15), "Australia/Lord_Howe", utc(2024, 10, 5), utc(2024, 10, 5, 15, 30)),
        (time(2, 30), "Australia/Lord_Howe", utc(2024, 10, 5), utc(2024, 10, 5, 15, 30)),
        (time(9, 0), "Australia/Lord_Howe", utc(2024, 10, 5), utc(2024, 10, 5, 22, 0)),
        # Fall back 2024-04-07 02:00 → 01:30: 01:45 fires at its first occurrence (+11).
        (time(1, 45), "Australia/Lord_Howe", utc(2024, 4, 6), utc(2024, 4, 6, 14, 45)),
        (time(1, 45), "Australia/Lord_Howe", utc(2024, 4, 6, 14, 45), utc(2024, 4, 7, 15, 15)),
        (time(9, 0), "Australia/Lord_Howe", utc(2024, 4, 6), utc(2024, 4, 6, 22, 30)),
        # Asia/Kathmandu is +05:45 all year.
        (time(8, 0), "Asia/Kathmandu", utc(2024, 4, 6), utc(2024, 4, 6, 2, 15)),
        (time(8, 0), "Asia/Kathmandu", utc(2024, 4, 6, 2, 15), utc(2024, 4, 7, 2, 15)),
        # America/Santiago changes at midnight: 2024-09-08 00:00 → 01:00.
        (time(0, 30), "America/Santiago", utc(2024, 9, 7, 12), utc(2024, 9, 8, 4, 0)),
        (time(0, 0), "America/Santiago", utc(2024, 9, 7, 12), utc(2024, 9, 8, 4, 0)),
        # …and back on 2024-04-07 00:00 → 2024-04-06 23:00: 23:30 on the 6th fires once.
        (time(23, 30), "America/Santiago", utc(2024, 4, 6, 12), utc(2024, 4, 7, 2, 30)),
        (time(23, 30), "America/Santiago", utc(2024, 4, 7, 2, 30), utc(2024, 4, 8, 3, 30)),
        # America/Havana springs forward at midnight: 2024-03-10 00:00 → 01:00.
        (time(0, 30), "America/Havana", utc(2024, 3, 9, 12), utc(2024, 3, 10, 5, 0)),
        # Pacific/Apia skipped 2011-12-30 entirely: that date gets no occurrence.
        (time(9, 0), "Pacific/Apia", utc(2011, 12, 29, 20), utc(2011, 12, 30, 19, 0)),
        (time(0, 0), "Pacific/Apia", utc(2011, 12, 29, 12), utc(2011, 12, 30, 10, 0)),
        # Fixed offsets never shift.
        (time(9, 0), "UTC+05:30", utc(2024, 3, 30, 12), utc(2024, 3, 31, 3, 30)),
        (time(9, 0), "UTC-03:00", utc(2024, 3, 30, 11, 59), utc(2024, 3, 30, 12, 0)),
        (time(9, 0), "UTC-03:00", utc(2024, 3, 30, 12, 0), utc(2024, 3, 31, 12, 0)),
        (time(0, 0), "UTC+00:00", utc(2024, 2, 28, 23, 59), utc(2024, 2, 29, 0, 0)),
    ],
)
def test_next_occurrence(local: time, zone: str, after: datetime, expected: datetime) -> None:
    result = next_occurrence(local, zone, after)
    assert result == expected
    assert result.tzinfo is UTC


def test_next_occurrence_is_strictly_after() -> None:
    eight = utc(2024, 6, 1, 6, 0)  # 08:00 in Berlin
    assert next_occurrence(time(8), "Europe/Berlin", eight) == utc(2024, 6, 2, 6, 0)
    assert next_occurrence(time(8), "Europe/Berlin", eight - timedelta(microseconds=1)) == eight


def test_next_occurrence_accepts_any_aware_after() -> None:
    tokyo_after = datetime(2024, 6, 1, 15, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Tokyo"))
    assert next_occurrence(time(8), "Europe/Berlin", tokyo_after) == utc(2024, 6, 2, 6, 0)


def test_weekday_restriction() -> None:
    friday_noon = utc(2024, 3, 29, 11)  # Friday 12:00 in Berlin
    weekdays = frozenset({0, 2})  # Monday, Wednesday
    first = next_occurrence(time(9), "Europe/Berlin", friday_noon, weekdays)
    assert first == utc(2024, 4, 1, 7, 0)  # Monday 09:00 CEST, after the DST change
    second = next_occurrence(time(9), "Europe/Berlin", first, weekdays)
    assert second == utc(2024, 4, 3, 7, 0)  # Wednesday
    third = next_occurrence(time(9), "Europe/Berlin", second, weekdays)
    assert third == utc(2024, 4, 8, 7, 0)  # next Monday


def test_weekday_restriction_includes_today_when_still_ahead() -> None:
    monday_early = utc(2024, 4, 1, 5)  # Monday 07:00 in Berlin
    assert next_occurrence(time(9), "Europe/Berlin", monday_early, frozenset({0})) == utc(
        2024, 4, 1, 7
    )


@pytest.mark.parametrize("weekdays", [frozenset(), frozenset({7}), frozenset({-1, 2})])
def test_bad_weekdays_raise(weekdays: frozenset[int]) -> None:
    with pytest.raises(ValueError, match="weekdays"):
        next_occurrence(time(9), "Europe/Berlin", utc(2024, 1, 1), weekdays)


def test_naive_after_raises() -> None:
    with pytest.raises(ValueError, match="aware"):
        next_occurrence(time(9), "Europe/Berlin", datetime(2024, 1, 1))


def test_unknown_zone_raises() -> None:
    with pytest.raises(ValueError, match="unknown time zone key"):
        next_occurrence(time(9), "Mars/Olympus_Mons", utc(2024, 1, 1))


def test_zone_change_is_just_a_new_call() -> None:
    after = utc(2024, 6, 1, 12)
    berlin = next_occurrence(time(8), "Europe/Berlin", after)
    assert berlin == utc(2024, 6, 2, 6, 0)
    # The user moves to New York before the Berlin message fires.
    new_york = next_occurrence(time(8), "America/New_York", after)
    assert new_york == utc(2024, 6, 2, 12, 0)
    kathmandu = next_occurrence(time(8), "Asia/Kathmandu", after)
    assert kathmandu == utc(2024, 6, 2, 2, 15)


def test_at_local() -> None:
    assert at_local(date(2024, 3, 31), time(2, 30), "Europe/Berlin") == utc(2024, 3, 31, 1)
    assert at_local(date(2024, 10, 27), time(2, 30), "Europe/Berlin") == utc(2024, 10, 27, 0, 30)
    assert at_local(date(2024, 7, 1), time(12), "UTC+05:45") == utc(2024, 7, 1, 6, 15)
    with pytest.raises(ValueError, match="naive"):
        at_local(date(2024, 7, 1), time(12, tzinfo=UTC), "Europe/Berlin")


# ----------------------------------------------------------- local helpers


def test_local_now_and_local_date() -> None:
    now = utc(2024, 6, 1, 22, 30)
    assert local_now(now, "Europe/Berlin") == datetime(
        2024, 6, 2, 0, 30, tzinfo=zone_for_key("Europe/Berlin")
    )
    assert local_now(now, "Europe/Berlin").utcoffset() == timedelta(hours=2)
    assert local_date(now, "Europe/Berlin") == date(2024, 6, 2)
    assert local_date(now, "America/Los_Angeles") == date(2024, 6, 1)
    assert local_date(now, "UTC-03:00") == date(2024, 6, 1)
    assert local_date(now, "Asia/Kathmandu") == date(2024, 6, 2)
    with pytest.raises(ValueError, match="aware"):
        local_date(datetime(2024, 6, 1), "Europe/Berlin")


# --------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("local", "quiet"),
    [
        (time(21, 59), False),
        (time(22, 0), True),
        (time(23, 59), True),
        (time(0, 0), True),
        (time(6, 59), True),
        (time(7, 0), False),
        (time(12, 0), False),
    ],
)
def test_in_quiet_hours_default_window(local: time, quiet: bool) -> None:
    assert in_quiet_hours(local) is quiet


def test_in_quiet_hours_custom_windows() -> None:
    assert in_quiet_hours(time(14), start=time(13), end=time(15))
    assert not in_quiet_hours(time(15), start=time(13), end=time(15))
    assert not in_quiet_hours(time(3), start=time(13), end=time(15))
    assert not in_quiet_hours(time(3), start=time(7), end=time(7))


@pytest.mark.parametrize(
    ("due", "zone", "expected"),
    [
        # 23:30 in Berlin (summer) → 07:00 the next morning.
        (utc(2024, 6, 1, 21, 30), "Europe/Berlin", utc(2024, 6, 2, 5, 0)),
        # 03:00 in Berlin → 07:00 the same morning.
        (utc(2024, 6, 2, 1, 0), "Europe/Berlin", utc(2024, 6, 2, 5, 0)),
        # Not quiet: unchanged.
        (utc(2024, 6, 2, 8, 0), "Europe/Berlin", utc(2024, 6, 2, 8, 0)),
        (utc(2024, 6, 1, 19, 59), "Europe/Berlin", utc(2024, 6, 1, 19, 59)),
        # Spring-forward night: 07:00 CEST is 05:00 UTC, not 06:00.
        (utc(2024, 3, 30, 23, 30), "Europe/Berlin", utc(2024, 3, 31, 5, 0)),
        # Fall-back night, inside the repeated hour: 07:00 CET is 06:00 UTC.
        (utc(2024, 10, 27, 1, 30), "Europe/Berlin", utc(2024, 10, 27, 6, 0)),
        (utc(2024, 6, 1, 18, 0), "Asia/Kathmandu", utc(2024, 6, 2, 1, 15)),
        (utc(2024, 6, 2, 3, 0), "UTC-03:00", utc(2024, 6, 2, 10, 0)),
    ],
)
def test_defer_past_quiet_hours(due: datetime, zone: str, expected: datetime) -> None:
    assert defer_past_quiet_hours(due, zone) == expected


def test_defer_past_custom_quiet_hours() -> None:
    due = utc(2024, 6, 1, 12, 30)  # 14:30 in Berlin
    assert defer_past_quiet_hours(due, "Europe/Berlin", time(14), time(15)) == utc(2024, 6, 1, 13)


# ---------------------------------------------------------- property tests

ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
FIXED = ["UTC+05:45", "UTC-03:30", "UTC+14:00", "UTC-12:00", "UTC+00:00"]
MINUTE = timedelta(minutes=1)


def _wall(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone)


def _oracle(local: time, zone_key: str, after: datetime, days: int) -> datetime | None:
    """Walk the clock minute by minute: the slow, obviously-right answer.

    Since 1990 every offset and every transition falls on a whole minute, so a
    wall time is reached either exactly on a minute (its first reading has
    fold=0) or is jumped over between two consecutive minutes.
    """
    zone = zone_for_key(zone_key)
    instant = after.astimezone(UTC).replace(second=0, microsecond=0) + MINUTE
    previous = _wall(instant - MINUTE, zone).replace(tzinfo=None)
    for _ in range(days * 24 * 60):
        reading = _wall(instant, zone)
        wall = reading.replace(tzinfo=None)
        target = datetime.combine(wall.date(), local)
        if (wall == target and reading.fold == 0) or previous < target < wall:
            return instant
        previous = wall
        instant += MINUTE
    return None


@st.composite
def _near_transition(draw: st.DrawFn) -> tuple[str, time, datetime]:
    """A zone, a local time and an `after` placed around a real offset change."""
    zone_key = draw(st.sampled_from(ZONES))
    zone = zone_for_key(zone_key)
    start = draw(st.datetimes(datetime(1990, 1, 1), datetime(2036, 12, 31))).replace(tzinfo=UTC)
    offset = start.astimezone(zone).utcoffset()
    transition = None
    for day in range(1, 400, 7):
        probe = start + timedelta(days=day)
        if probe.astimezone(zone).utcoffset() != offset:
            low, high = probe - timedelta(days=7), probe
            while high - low > MINUTE:
                middle = (low + (high - low) / 2).replace(second=0, microsecond=0)
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            transition = high
            break
    if transition is None:
        transition = start
    wall = transition.astimezone(zone).replace(second=0, microsecond=0, tzinfo=None)
    local = (wall + timedelta(minutes=draw(st.integers(-120, 120)))).time()
    after = transition - timedelta(minutes=draw(st.integers(-180, 60 * 30)))
    return zone_key, local, after


_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
_afters = st.datetimes(datetime(1990, 1, 1), datetime(2037, 12, 31), timezones=st.just(UTC))
_anywhere = st.tuples(st.sampled_from(ZONES + FIXED), _times, _afters)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_anywhere, _near_transition()))
def test_next_occurrence_matches_a_minute_by_minute_walk(
    case: tuple[str, time, datetime],
) -> None:
    zone_key, local, after = case
    result = next_occurrence(local, zone_key, after)
    assert result > after
    assert result - after <= timedelta(days=3)
    assert result == _oracle(local, zone_key, after, days=3)
    reading = result.astimezone(zone_for_key(zone_key))
    assert reading.fold == 0
    if reading.time() != local:
        # Skipped: the wall clock jumped from before `local` to after it.
        just_before = (result - timedelta(seconds=1)).astimezone(reading.tzinfo)
        assert just_before.replace(tzinfo=None) < datetime.combine(reading.date(), local)
        assert reading.time() > local


@settings(max_examples=60, deadline=None)
@given(st.one_of(_anywhere, _near_transition()))
def test_next_occurrence_fires_once_per_local_date(case: tuple[str, time, datetime]) -> None:
    zone_key, local, after = case
    first = next_occurrence(local, zone_key, after)
    second = next_occurrence(local, zone_key, first)
    assert local_date(second, zone_key) > local_date(first, zone_key)
    # Any `after` between the two gives the second; the first is never repeated.
    assert next_occurrence(local, zone_key, first + (second - first) / 2) == second


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(_anywhere, _near_transition()),
    st.frozensets(st.integers(0, 6), min_size=1),
)
def test_weekday_restriction_picks_the_first_matching_daily_occurrence(
    case: tuple[str, time, datetime], weekdays: frozenset[int]
) -> None:
    zone_key, local, after = case
    restricted = next_occurrence(local, zone_key, after, weekdays)
    daily = next_occurrence(local, zone_key, after)
    for _ in range(16):
        if local_date(daily, zone_key).weekday() in weekdays:
            break
        daily = next_occurrence(local, zone_key, daily)
    assert restricted == daily
    assert restricted - after <= timedelta(days=8)


@settings(max_examples=50, deadline=None)
@given(st.sampled_from(ZONES + FIXED), _afters)
def test_deferred_instants_are_never_quiet(zone_key: str, due: datetime) -> None:
    deferred = defer_past_quiet_hours(due, zone_key)
    assert deferred >= due
    assert deferred - due <= timedelta(hours=10)
    local = local_now(deferred, zone_key).time()
    assert not in_quiet_hours(local)
