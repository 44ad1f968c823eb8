"""Follow-up moments: "tomorrow morning", "en 2 horas", "el viernes a las 17:00".

A goal follow-up is one future instant the user picks, either with a button
(:class:`Preset`) or in words (:func:`parse_moment`). Words are read in the
user's zone and the result is an aware UTC instant strictly in the future, or
None — the caller then asks again rather than guessing.

Rules, in the order people are most likely to trip over them:

* **Tonight / this evening / today / esta noche**: 20:00 local today if that
  is at least an hour away; otherwise (it is already past 19:00) one hour from
  now. "This morning" and "this afternoon" follow the same rule but give None
  once that part of the day (ending 12:00 / 19:00) is over.
* **Day parts**: morning 09:00, afternoon 15:00, evening or night 20:00. A day
  without a time ("tomorrow", "friday", "25/12") means its morning, 09:00.
* **Tomorrow after midnight**: before 04:00 local, "tomorrow" means the day
  that starts when the user wakes up, i.e. the current local date.
* **Weekdays**: "friday", "on friday" and "next friday" all mean the coming
  Friday, never today; "this friday" may mean today if the time is still ahead.
* **Dates** are day-first: "25/12", "25/12/2026", "25.12.", "25 de diciembre",
  "dec 25", and ISO "2026-12-25 14:00". "12/25" is read month-first only
  because day-first is impossible. Without a year, the next such date.
* **A bare hour** ("at 5", "a las 8", no am/pm or day part) is read as 17:00
  for 1–6 and as written for 7–11; if that reading is already past today, the
  other twelve-hour reading is tried before moving on to tomorrow.
* **Durations**: minutes and hours are elapsed time ("in 2 hours" is exactly
  two hours); days and weeks keep the wall-clock time ("in 3 days" is the same
  local time three dates later, whatever DST does in between).
* Nothing further ahead than :data:`MAX_AHEAD` is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum, StrEnum

from flows.times import at_local, local_now, parse_time_of_day

__all__ = [
    "AFTERNOON",
    "DAY_ROLLOVER",
    "DEFAULT_TIME",
    "EVENING",
    "MAX_AHEAD",
    "MORNING",
    "Preset",
    "moment_for_preset",
    "parse_moment",
]

MORNING = time(9, 0)
AFTERNOON = time(15, 0)
EVENING = time(20, 0)
#: Time used for a day given without one ("tomorrow", "friday", "25/12").
DEFAULT_TIME = MORNING
#: Before this local time, "tomorrow" still means the date that is starting.
DAY_ROLLOVER = time(4, 0)
#: Follow-ups further ahead than this are refused rather than scheduled.
MAX_AHEAD = timedelta(days=366)

_SOON = timedelta(hours=1)
_LATER = timedelta(hours=3)


class Preset(StrEnum):
    """The follow-up buttons; values are stable for callback data."""

    IN_1_HOUR = "in_1_hour"
    IN_3_HOURS = "in_3_hours"
    TONIGHT = "tonight"
    TOMORROW_MORNING = "tomorrow_morning"


class _Part(Enum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


_PART_TIME = {_Part.MORNING: MORNING, _Part.AFTERNOON: AFTERNOON, _Part.EVENING: EVENING}
# When "this <part>" stops making sense; None: it always does (tonight → in an hour).
_PART_END: dict[_Part, time | None] = {
    _Part.MORNING: time(12, 0),
    _Part.AFTERNOON: time(19, 0),
    _Part.EVENING: None,
}


# ----------------------------------------------------------------------- presets


def moment_for_preset(preset: Preset, now: datetime, zone_key: str) -> datetime:
    """The instant a follow-up button stands for; always in the future."""
    now = _utc(now)
    if preset is Preset.IN_1_HOUR:
        return now + _SOON
    if preset is Preset.IN_3_HOURS:
        return now + _LATER
    local = local_now(now, zone_key)
    if preset is Preset.TONIGHT:
        tonight = _later_today(_Part.EVENING, now, local.date(), zone_key)
        return tonight if tonight is not None else now + _SOON  # evening has no end
    return at_local(_tomorrow(local), MORNING, zone_key)


def _utc(now: datetime) -> datetime:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC)


def _tomorrow(local: datetime) -> date:
    if local.time() < DAY_ROLLOVER:
        return local.date()
    return local.date() + timedelta(days=1)


def _later_today(part: _Part, now: datetime, today: date, zone_key: str) -> datetime | None:
    """The "tonight" rule for any part of today; see the module docstring."""
    target = at_local(today, _PART_TIME[part], zone_key)
    if target >= now + _SOON:
        return target
    end = _PART_END[part]
    if end is None or local_now(now, zone_key).time() < end:
        return now + _SOON
    return None


# -------------------------------------------------------------------- normalising


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[,;!?¿¡\"()]", " ", text)
    text = re.sub(r"(?<=\d)t(?=\d)", " ", text)  # ISO "2026-12-25T14:00"
    text = text.replace("@", " at ")
    text = re.sub(r"(?<=[a-z])\.$", "", text.strip())
    return " ".join(text.split())


# ---------------------------------------------------------------------- durations

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "uno": 1,
    "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4,
    "five": 5, "cinco": 5, "six": 6, "seis": 6, "seven": 7, "siete": 7,
    "eight": 8, "ocho": 8, "nine": 9, "nueve": 9, "ten": 10, "diez": 10,
    "eleven": 11, "once": 11, "twelve": 12, "doce": 12,
    "fifteen": 15, "quince": 15, "twenty": 20, "veinte": 20,
    "thirty": 30, "treinta": 30, "forty": 40, "cuarenta": 40,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "unos": 3, "unas": 3,
}  # fmt: skip
_UNITS = {
    "minutes": ("m", "min", "mins", "minute", "minutes", "minuto", "minutos"),
    "hours": ("h", "hr", "hrs", "hour", "hours", "hora", "horas"),
    "days": ("d", "day", "days", "dia", "dias"),
    "weeks": ("w", "wk", "wks", "week", "weeks", "semana", "semanas"),
}
_SHORT_UNITS = frozenset({"m", "h", "d", "w"})
_UNIT_OF = {alias: unit for unit, aliases in _UNITS.items() for alias in aliases}
_NUMBER = r"\d{1,4}(?:[.,]\d{1,2})?|" + "|".join(
    sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)
)
_UNIT = "|".join(sorted(_UNIT_OF, key=len, reverse=True))


def _amount_pattern(index: int) -> str:
    return (
        rf"(?:(?P<n{index}>{_NUMBER})\s*(?P<u{index}>{_UNIT})"
        rf"|(?P<h{index}>half an?|media)\s+(?:hour|hora))"
    )


_DURATION = re.compile(
    r"(?P<lead>in|en|dentro de|within|after|tras)?\s*"
    + _amount_pattern(1)
    + r"(?P<half>\s+(?:and a half|y media))?"
    + r"(?:\s+(?:and\s+|y\s+)?"
    + _amount_pattern(2)
    + r")?"
    + r"(?:\s+(?:from now|later|desde ahora|mas tarde))?"
)


def _amount(match: re.Match[str], n: str, u: str, h: str) -> tuple[float, str] | None:
    if match.group(h) is not None:
        return 0.5, "hours"
    number = match.group(n)
    if number is None:
        return None
    value = float(_NUMBER_WORDS.get(number, 0) or number.replace(",", "."))
    return value, _UNIT_OF[match.group(u)]


def _parse_duration(s: str, now: datetime, zone_key: str) -> datetime | None:
    match = _DURATION.fullmatch(s)
    if match is None:
        return None
    first = _amount(match, "n1", "u1", "h1")
    if first is None:
        return None
    unit_word = match.group("u1")
    if match.group("lead") is None and unit_word in _SHORT_UNITS:
        return None  # without "in", "2h" could be a time of day as well ("20h")
    parts = [first]
    second = _amount(match, "n2", "u2", "h2")
    if second is not None:
        parts.append(second)
    if match.group("half") is not None:
        parts.append((0.5, first[1]))
    elapsed = timedelta()
    days = 0
    for value, unit in parts:
        if value <= 0 or value > MAX_AHEAD.days * 24 * 60:
            return None
        if unit in {"days", "weeks"} and value == int(value):
            days += int(value) * (7 if unit == "weeks" else 1)
        else:
            elapsed += timedelta(**{unit: value})
    if days > MAX_AHEAD.days or elapsed > MAX_AHEAD:
        return None
    moment = now
    if days:
        local = local_now(now, zone_key)
        moment = at_local(
            local.date() + timedelta(days=days), local.time().replace(tzinfo=None), zone_key
        )
    return moment + elapsed


# --------------------------------------------------------------------- phrases


@dataclass(frozen=True)
class _Day:
    dates: tuple[date, ...]
    part: _Part | None = None
    this_part: bool = False  # "tonight", "this morning": a part of today
    is_today: bool = False  # "today": with nothing else, means later today


@dataclass(frozen=True)
class _Clock:
    value: time
    bare_hour: bool  # "5", "a las 8:30": no am/pm, the twelve-hour reading is open
    lone_number: bool  # "8", "20", "2h": could as well be a count of minutes or hours


_WEEKDAYS = {
    "monday": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tue": 1, "tues": 1, "martes": 1,
    "wednesday": 2, "wed": 2, "weds": 2, "miercoles": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "jueves": 3,
    "friday": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "sat": 5, "sabado": 5,
    "sunday": 6, "sun": 6, "domingo": 6,
}  # fmt: skip
_MONTHS = {
    "january": 1, "jan": 1, "enero": 1, "ene": 1,
    "february": 2, "feb": 2, "febrero": 2,
    "march": 3, "mar": 3, "marzo": 3,
    "april": 4, "apr": 4, "abril": 4, "abr": 4,
    "may": 5, "mayo": 5,
    "june": 6, "jun": 6, "junio": 6,
    "july": 7, "jul": 7, "julio": 7,
    "august": 8, "aug": 8, "agosto": 8, "ago": 8,
    "september": 9, "sep": 9, "sept": 9, "septiembre": 9, "setiembre": 9,
    "october": 10, "oct": 10, "octubre": 10,
    "november": 11, "nov": 11, "noviembre": 11,
    "december": 12, "dec": 12, "diciembre": 12, "dic": 12,
}  # fmt: skip


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_END = r"(?=\s|$)"
_PARTS = (
    (_Part.MORNING, r"(?:in the |this )?morning|(?:por|en|a|de) la manana"),
    (_Part.AFTERNOON, r"(?:in the |this )?afternoon|(?:por|en|a|de) la tarde|tarde"),
    (
        _Part.EVENING,
        r"(?:in the |this )?evening|(?:at |this )?night|(?:por|en|a|de) la noche|noche",
    ),
)
_PART_PATTERNS = tuple((part, re.compile(f"(?:{pattern}){_END}")) for part, pattern in _PARTS)
_THIS_PART = re.compile(
    r"(?:(?P<evening>tonight|tonite|esta noche)"
    r"|(?:this|esta) (?P<part>morning|afternoon|evening|manana|tarde))" + _END
)
_PART_WORDS = {
    "morning": _Part.MORNING,
    "manana": _Part.MORNING,
    "afternoon": _Part.AFTERNOON,
    "tarde": _Part.AFTERNOON,
    "evening": _Part.EVENING,
}
_RELATIVE_DAY = re.compile(
    r"(?:(?P<after>(?:the )?day after tomorrow|pasado manana)"
    r"|(?P<tomorrow>tomorrow|tmrw|tmr|tomorow|manana)"
    r"|(?P<today>today|hoy|later today|mas tarde hoy))" + _END
)
_WEEKDAY = re.compile(
    r"(?:(?P<mod>on|this|next|el|este|el proximo|proximo|el siguiente|on next|this coming)\s+)?"
    rf"(?P<day>{_alternatives(_WEEKDAYS)})"
    r"(?:\s+(?:que viene|proximo))?" + _END
)
_ISO_DATE = re.compile(r"(?:(?:on|el)\s+)?(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _END)
_NUMERIC_DATE = re.compile(
    r"(?:(?:on|el|the)\s+)?(?P<a>\d{1,2})"
    r"(?:/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?|\.(?P<b2>\d{1,2})\.(?P<y2>\d{4}|\d{2})?)" + _END
)
_NAMED_DATE = re.compile(
    r"(?:(?:on|el|the)\s+)?(?:"
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:de|of))?\s+(?P<m>{_alternatives(_MONTHS)})"
    rf"|(?P<m2>{_alternatives(_MONTHS)})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?:\s+(?:de\s+)?(?P<y>\d{4}))?" + _END
)
_LATER_WORDS = frozenset({"later", "later on", "mas tarde", "luego", "despues", "in a while"})
_BARE_HOUR = re.compile(
    r"(?:(?:at|around|about|by|a las|a la|sobre las|sobre la|hacia las|hacia la|como a las)\s+)?"
    r"(?P<hour>[1-9]|1[01])(?:\s*[:.h]\s*[0-5]\d)?(?:\s*(?:h|oclock|o clock|en punto))?"
)


def _valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value + 2000 if value < 100 else value


def _date_candidates(day: int, month: int, year: int | None, today: date) -> tuple[date, ...]:
    # Only this year and the next can be within MAX_AHEAD; others are never built.
    years = (year,) if year is not None else (today.year, today.year + 1)
    found = (_valid_date(y, month, day) for y in years if today.year <= y <= today.year + 1)
    return tuple(d for d in found if d is not None)


def _match_date(s: str, today: date) -> tuple[tuple[date, ...], str] | None:
    iso = _ISO_DATE.match(s)
    if iso is not None:
        found = _date_candidates(int(iso["d"]), int(iso["m"]), int(iso["y"]), today)
        return found, s[iso.end() :]
    numeric = _NUMERIC_DATE.match(s)
    if numeric is not None:
        first, second = int(numeric["a"]), int(numeric["b"] or numeric["b2"])
        year = _year(numeric["y"] or numeric["y2"])
        found = _date_candidates(first, second, year, today)
        if not found and numeric["b"] is not None:
            found = _date_candidates(second, first, year, today)  # "12/25": only one reading
        return found, s[numeric.end() :]
    named = _NAMED_DATE.match(s)
    if named is not None:
        month = _MONTHS[named["m"] or named["m2"]]
        day = int(named["d"] or named["d2"])
        return _date_candidates(day, month, _year(named["y"]), today), s[named.end() :]
    return None


def _match_day(s: str, local: datetime) -> tuple[_Day, str] | None:
    today = local.date()
    this_part = _THIS_PART.match(s)
    if this_part is not None:
        part = _Part.EVENING if this_part["evening"] else _PART_WORDS[this_part["part"]]
        return _Day((today,), part, this_part=True), s[this_part.end() :]
    relative = _RELATIVE_DAY.match(s)
    if relative is not None:
        if relative["today"]:
            return _Day((today,), is_today=True), s[relative.end() :]
        tomorrow = _tomorrow(local)
        if relative["after"]:
            tomorrow += timedelta(days=1)
        return _Day((tomorrow,)), s[relative.end() :]
    weekday = _WEEKDAY.match(s)
    if weekday is not None:
        ahead = (_WEEKDAYS[weekday["day"]] - today.weekday()) % 7
        dates = [today + timedelta(days=ahead or 7)]
        if ahead == 0 and weekday["mod"] in {"this", "este"}:
            dates.insert(0, today)
        return _Day(tuple(dates)), s[weekday.end() :]
    found = _match_date(s, today)
    if found is not None:
        return _Day(found[0]), found[1]
    return None


def _match_part(s: str) -> tuple[_Part, str] | None:
    for part, pattern in _PART_PATTERNS:
        match = pattern.match(s)
        if match is not None:
            return part, s[match.end() :]
    return None


def _read_clock(s: str) -> _Clock | None:
    value = parse_time_of_day(s)
    if value is None:
        return None
    return _Clock(
        value,
        bare_hour=_BARE_HOUR.fullmatch(s) is not None,
        lone_number=re.fullmatch(r"\d{1,4}(?:\s*h)?", s) is not None,
    )


def _split_clock(s: str) -> tuple[_Clock, str] | None:
    """The longest leading run of words that reads as a time, and the rest."""
    words = s.split()
    for end in range(len(words), 0, -1):
        clock = _read_clock(" ".join(words[:end]))
        if clock is not None:
            return clock, " ".join(words[end:])
    return None


@dataclass(frozen=True)
class _Phrase:
    day: _Day | None
    part: _Part | None
    clock: _Clock | None


def _parse_phrase(s: str, local: datetime) -> _Phrase | None:
    """[day] [part] [time], or time [day] [part]; every word must be used."""
    day_first = _phrase_from(s, local, clock_first=False)
    if day_first is not None:
        return day_first
    return _phrase_from(s, local, clock_first=True)


def _phrase_from(s: str, local: datetime, *, clock_first: bool) -> _Phrase | None:
    clock: _Clock | None = None
    if clock_first:
        split = _split_clock(s)
        if split is None:
            return None
        clock, s = split
    day: _Day | None = None
    matched_day = _match_day(s, local)
    if matched_day is not None:
        day, s = matched_day[0], matched_day[1].strip()
    part = day.part if day is not None else None
    matched_part = _match_part(s)
    if matched_part is not None and (part is None or part is matched_part[0]):
        part, s = matched_part[0], matched_part[1].strip()
    if not clock_first and s:
        clock = _read_clock(s)
        if clock is None:
            return None
        s = ""
    if s or (day is None and part is None and clock is None):
        return None
    if day is None and part is None and clock is not None and clock.lone_number:
        return None  # a lone "8", "20" or "2h" is too ambiguous to schedule
    return _Phrase(day, part, clock)


# ------------------------------------------------------------------- resolving


def _readings(clock: _Clock, part: _Part | None) -> list[tuple[time, int]]:
    """Candidate wall times (with a day shift) in order of preference."""
    value = clock.value
    hour = value.hour
    if part is None:
        if not clock.bare_hour:
            return [(value, 0)]
        afternoon = value.replace(hour=hour + 12)
        return [(afternoon, 0), (value, 0)] if hour <= 6 else [(value, 0), (afternoon, 0)]
    if part is _Part.MORNING:
        return [(value, 0)]
    if clock.bare_hour and (part is _Part.AFTERNOON or hour >= 6):
        value = value.replace(hour=hour + 12)
    if part is _Part.EVENING and value.hour < 6:
        return [(value, 1)]  # "tonight at 1" is the small hours after tonight
    return [(value, 0)]


def _resolve(phrase: _Phrase, now: datetime, local: datetime, zone_key: str) -> datetime | None:
    today = local.date()
    day, part, clock = phrase.day, phrase.part, phrase.clock
    if clock is None and day is not None and (day.this_part or day.is_today):
        return _later_today(part or _Part.EVENING, now, today, zone_key)
    dates = day.dates if day is not None else (today, today + timedelta(days=1))
    if clock is not None:
        readings = _readings(clock, part)
    else:
        readings = [(_PART_TIME[part] if part is not None else DEFAULT_TIME, 0)]
    for candidate in dates:
        for wall, shift in readings:
            instant = at_local(candidate + timedelta(days=shift), wall, zone_key)
            if instant > now:
                return instant
    return None


def parse_moment(text: str, now: datetime, zone_key: str) -> datetime | None:
    """A follow-up moment typed by the user, as a future UTC instant, or None.

    ``now`` must be aware and ``zone_key`` a stored zone key (ValueError
    otherwise: those are programming errors). Never raises because of the text:
    anything not understood, in the past, or further ahead than
    :data:`MAX_AHEAD` is None. See the module docstring for the rules.
    """
    now = _utc(now)
    if len(text) > 120:
        return None
    s = _normalise(text)
    if not s:
        return None
    local = local_now(now, zone_key)
    if s in _LATER_WORDS:
        return now + _LATER
    moment = _parse_duration(s, now, zone_key)
    if moment is None:
        phrase = _parse_phrase(s, local)
        if phrase is None:
            return None
        moment = _resolve(phrase, now, local, zone_key)
    if moment is None or moment <= now or moment - now > MAX_AHEAD:
        return None
    return moment
