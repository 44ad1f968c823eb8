"""Zone keys: what people type, what gets stored, and what the scheduler loads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import zones
from flows.zones import (
    ZoneAnswer,
    fixed_offset_key,
    is_fixed_offset_key,
    resolve_zone,
    zone_for_key,
    zone_label,
)

US_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # IANA keys in any case and spacing
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("  EUROPE / BERLIN ", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america/new_york", "America/New_York"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("US/Pacific", "America/Los_Angeles"),
        # tz-database city names
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Kathmandu", "Asia/Kathmandu"),
        ("Lord Howe", "Australia/Lord_Howe"),
        ("lord_howe", "Australia/Lord_Howe"),
        ("Buenos Aires", "America/Argentina/Buenos_Aires"),
        ("Zürich", "Europe/Zurich"),
        ("St. John's", "America/St_Johns"),
        ("Port au Prince", "America/Port-au-Prince"),
        ("Bogotá", "America/Bogota"),
        ("Asunción", "America/Asuncion"),
        ("Mexico City", "America/Mexico_City"),
        ("La Paz", "America/La_Paz"),
        ("Havana", "America/Havana"),
        ("Montevideo", "America/Montevideo"),
        ("Caracas", "America/Caracas"),
        ("Lima", "America/Lima"),
        ("Santiago", "America/Santiago"),
        ("Dublin", "Europe/Dublin"),
        ("Melbourne", "Australia/Melbourne"),
        ("Brisbane", "Australia/Brisbane"),
        ("Perth", "Australia/Perth"),
        ("Auckland", "Pacific/Auckland"),
        ("Lagos", "Africa/Lagos"),
        ("Nairobi", "Africa/Nairobi"),
        ("Cairo", "Africa/Cairo"),
        ("Kolkata", "Asia/Kolkata"),
        ("Monterrey", "America/Monterrey"),
        ("Panama", "America/Panama"),
        ("Calcutta", "Asia/Kolkata"),
        ("Kyiv", "Europe/Kyiv"),
        # alias table: cities
        ("San Francisco", "America/Los_Angeles"),
        ("Seattle", "America/Los_Angeles"),
        ("Boston", "America/New_York"),
        ("Washington", "America/New_York"),
        ("Miami", "America/New_York"),
        ("Atlanta", "America/New_York"),
        ("Dallas", "America/Chicago"),
        ("Houston", "America/Chicago"),
        ("Montreal", "America/Toronto"),
        ("Munich", "Europe/Berlin"),
        ("Hamburg", "Europe/Berlin"),
        ("Barcelona", "Europe/Madrid"),
        ("Valencia", "Europe/Madrid"),
        ("Sevilla", "Europe/Madrid"),
        ("Milan", "Europe/Rome"),
        ("Florence", "Europe/Rome"),
        ("Manchester", "Europe/London"),
        ("Edinburgh", "Europe/London"),
        ("Glasgow", "Europe/London"),
        ("Cork", "Europe/Dublin"),
        ("Kiev", "Europe/Kyiv"),
        ("St Petersburg", "Europe/Moscow"),
        ("Saint Petersburg", "Europe/Moscow"),
        ("Beijing", "Asia/Shanghai"),
        ("Shenzhen", "Asia/Shanghai"),
        ("Mumbai", "Asia/Kolkata"),
        ("Delhi", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("Osaka", "Asia/Tokyo"),
        ("Kyoto", "Asia/Tokyo"),
        ("Cape Town", "Africa/Johannesburg"),
        ("Guadalajara", "America/Mexico_City"),
        ("Medellín", "America/Bogota"),
        ("Medellin", "America/Bogota"),
        ("Quito", "America/Guayaquil"),
        ("San José", "America/Costa_Rica"),
        ("Panamá", "America/Panama"),
        # alias table: Spanish spellings
        ("Nueva York", "America/New_York"),
        ("Londres", "Europe/London"),
        ("Ciudad de México", "America/Mexico_City"),
        ("CDMX", "America/Mexico_City"),
        ("Múnich", "Europe/Berlin"),
        ("Pekín", "Asia/Shanghai"),
        ("Tokio", "Asia/Tokyo"),
        ("Moscú", "Europe/Moscow"),
        ("Ginebra", "Europe/Zurich"),
        ("Estocolmo", "Europe/Stockholm"),
        ("Atenas", "Europe/Athens"),
        ("Varsovia", "Europe/Warsaw"),
        ("Lisboa", "Europe/Lisbon"),
        ("Roma", "Europe/Rome"),
        ("Berlín", "Europe/Berlin"),
        ("París", "Europe/Paris"),
        # countries with one zone
        ("Germany", "Europe/Berlin"),
        ("Alemania", "Europe/Berlin"),
        ("France", "Europe/Paris"),
        ("Francia", "Europe/Paris"),
        ("Spain", "Europe/Madrid"),
        ("España", "Europe/Madrid"),
        ("UK", "Europe/London"),
        ("United Kingdom", "Europe/London"),
        ("England", "Europe/London"),
        ("Ireland", "Europe/Dublin"),
        ("Italy", "Europe/Rome"),
        ("Italia", "Europe/Rome"),
        ("Japan", "Asia/Tokyo"),
        ("Japón", "Asia/Tokyo"),
        ("India", "Asia/Kolkata"),
        ("Colombia", "America/Bogota"),
        ("Peru", "America/Lima"),
        ("Perú", "America/Lima"),
        ("Argentina", "America/Argentina/Buenos_Aires"),
        ("Chile", "America/Santiago"),
        ("Venezuela", "America/Caracas"),
        ("Nepal", "Asia/Kathmandu"),
        # phrasing around the name
        ("I'm in Berlin", "Europe/Berlin"),
        ("vivo en Madrid", "Europe/Madrid"),
        ("Berlin, Germany", "Europe/Berlin"),
        ("Valencia, España", "Europe/Madrid"),
        ("London time", "Europe/London"),
    ],
)
def test_names_resolve_to_one_key(text: str, key: str) -> None:
    assert resolve_zone(text) == ZoneAnswer(key=key)


@pytest.mark.parametrize(
    ("text", "first", "size"),
    [
        ("USA", "America/New_York", 5),
        ("United States", "America/New_York", 5),
        ("Estados Unidos", "America/New_York", 5),
        ("Canada", "America/Toronto", 5),
        ("Mexico", "America/Mexico_City", 5),
        ("México", "America/Mexico_City", 5),
        ("Brazil", "America/Sao_Paulo", 5),
        ("Brasil", "America/Sao_Paulo", 5),
        ("Australia", "Australia/Sydney", 5),
        ("Russia", "Europe/Moscow", 5),
        ("Córdoba", "Europe/Madrid", 2),
        ("San Juan", "America/Puerto_Rico", 2),
    ],
)
def test_places_with_several_zones_give_candidates(text: str, first: str, size: int) -> None:
    answer = resolve_zone(text)
    assert answer.key is None
    assert not answer.is_fixed_offset
    assert answer.candidates[0] == first
    assert len(answer.candidates) == size


def test_us_answer_offers_the_mainland_zones() -> None:
    assert resolve_zone("usa").candidates == US_ZONES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EST", ("America/New_York",)),
        ("edt", ("America/New_York",)),
        ("PST", ("America/Los_Angeles",)),
        ("pacific time", ("America/Los_Angeles",)),
        ("CST", ("America/Chicago", "Asia/Shanghai", "America/Havana")),
        ("MST", ("America/Denver", "America/Phoenix")),
        ("IST", ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem")),
    ],
)
def test_abbreviations_are_only_ever_candidates(text: str, expected: tuple[str, ...]) -> None:
    assert resolve_zone(text) == ZoneAnswer(candidates=expected)


@pytest.mark.parametrize("text", ["CET", "cest"])
def test_central_european_abbreviation_offers_several_countries(text: str) -> None:
    answer = resolve_zone(text)
    assert answer.key is None
    assert answer.candidates[0] == "Europe/Berlin"
    assert "Europe/Madrid" in answer.candidates


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("UTC", "UTC+00:00"),
        ("GMT", "UTC+00:00"),
        ("utc", "UTC+00:00"),
        ("UTC+0", "UTC+00:00"),
        ("UTC-00:00", "UTC+00:00"),
        ("UTC+2", "UTC+02:00"),
        ("utc +02:00", "UTC+02:00"),
        ("GMT-5", "UTC-05:00"),
        ("+5:30", "UTC+05:30"),
        ("-03", "UTC-03:00"),
        ("UTC+5.5", "UTC+05:30"),
        ("UTC+5,5", "UTC+05:30"),
        ("UTC+5.30", "UTC+05:30"),
        ("UTC+5.75", "UTC+05:45"),
        ("UTC+0545", "UTC+05:45"),
        ("+530", "UTC+05:30"),
        ("UTC−3", "UTC-03:00"),
        ("UTC+14", "UTC+14:00"),
        ("UTC-12", "UTC-12:00"),
        ("UTC+12:45", "UTC+12:45"),
        ("I'm in UTC-3", "UTC-03:00"),
        ("Etc/GMT+5", "UTC-05:00"),
        ("Etc/UTC", "UTC+00:00"),
    ],
)
def test_offsets_become_fixed_offset_keys(text: str, key: str) -> None:
    assert resolve_zone(text) == ZoneAnswer(key=key, is_fixed_offset=True)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "blah",
        "Atlantis",
        "5",
        "UTC+15",
        "UTC-13",
        "UTC+14:15",
        "UTC-12:30",
        "UTC+5:20",
        "UTC+5.4",
        "UTC+05:60",
        "+",
        "UTC+",
        "Europe/Atlantis",
        "localtime",
        "Factory",
        "x" * 500,
    ],
)
def test_unknown_answers_resolve_to_nothing(text: str) -> None:
    assert resolve_zone(text) == ZoneAnswer()


@pytest.mark.parametrize(
    ("key", "offset"),
    [
        ("UTC+05:30", timedelta(hours=5, minutes=30)),
        ("UTC-03:00", timedelta(hours=-3)),
        ("UTC+00:00", timedelta(0)),
        ("UTC+05:45", timedelta(hours=5, minutes=45)),
        ("UTC-12:00", timedelta(hours=-12)),
        ("UTC+14:00", timedelta(hours=14)),
    ],
)
def test_fixed_offset_keys_load_as_that_offset(key: str, offset: timedelta) -> None:
    assert zone_for_key(key).utcoffset(datetime(2024, 7, 1)) == offset
    assert is_fixed_offset_key(key)


def test_iana_keys_load_with_their_rules() -> None:
    berlin = zone_for_key("Europe/Berlin")
    assert datetime(2024, 1, 15, tzinfo=berlin).utcoffset() == timedelta(hours=1)
    assert datetime(2024, 7, 15, tzinfo=berlin).utcoffset() == timedelta(hours=2)


def test_zone_lookups_are_cached() -> None:
    assert zone_for_key("Asia/Kathmandu") is zone_for_key("Asia/Kathmandu")


@pytest.mark.parametrize(
    "key",
    [
        "",
        "Nowhere/Land",
        "europe/berlin",
        " Europe/Berlin",
        "UTC+5:30",
        "utc+05:30",
        "UTC+15:00",
        "UTC+05:20",
        "UTC-00:00",
        "localtime",
        "../../etc/passwd",
        "/etc/localtime",
    ],
)
def test_unknown_keys_raise_value_error(key: str) -> None:
    with pytest.raises(ValueError, match="unknown time zone key"):
        zone_for_key(key)


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("Europe/Berlin", "Berlin"),
        ("America/New_York", "New York"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("Australia/Lord_Howe", "Lord Howe"),
        ("UTC+05:30", "UTC+05:30"),
        ("UTC+00:00", "UTC+00:00"),
    ],
)
def test_zone_label(key: str, label: str) -> None:
    assert zone_label(key) == label


@pytest.mark.parametrize(
    ("minutes", "key"),
    [(0, "UTC+00:00"), (330, "UTC+05:30"), (-180, "UTC-03:00"), (840, "UTC+14:00")],
)
def test_fixed_offset_key(minutes: int, key: str) -> None:
    assert fixed_offset_key(minutes) == key


@pytest.mark.parametrize("minutes", [-735, 845, 20, 7])
def test_fixed_offset_key_rejects_unusable_offsets(minutes: int) -> None:
    with pytest.raises(ValueError, match="UTC offset"):
        fixed_offset_key(minutes)


def test_every_key_in_the_hand_written_tables_exists() -> None:
    """A typo in the tables would silently drop an answer; catch it here."""
    tables = [*zones._ALIASES.values(), *zones._ABBREVIATIONS.values()]
    keys = {key for table in tables for key in table} | set(zones._RENAMED.values())
    for key in sorted(keys):
        assert zone_for_key(key) is not None, key


def test_every_candidate_list_fits_the_keyboard() -> None:
    tables = [*zones._ALIASES.values(), *zones._ABBREVIATIONS.values()]
    assert all(1 <= len(keys) <= zones.MAX_CANDIDATES for keys in tables)


@given(st.integers(min_value=-48, max_value=56).map(lambda quarter: quarter * 15))
def test_every_fixed_offset_round_trips(minutes: int) -> None:
    key = fixed_offset_key(minutes)
    assert resolve_zone(key) == ZoneAnswer(key=key, is_fixed_offset=True)
    assert zone_for_key(key).utcoffset(datetime(2030, 1, 1, tzinfo=UTC)) == timedelta(
        minutes=minutes
    )


@settings(max_examples=300)
@given(st.text(max_size=40))
def test_resolve_zone_never_raises_and_only_returns_loadable_keys(text: str) -> None:
    answer = resolve_zone(text)
    assert answer.key is None or not answer.candidates
    for key in (answer.key, *answer.candidates):
        if key is not None:
            zone_for_key(key)
    assert answer.is_fixed_offset == (answer.key is not None and is_fixed_offset_key(answer.key))


@settings(max_examples=200)
@given(st.sampled_from(sorted(zones._city_index())))
def test_every_tz_city_name_resolves(city: str) -> None:
    answer = resolve_zone(city)
    assert answer.key is not None or answer.candidates
