"""Wall-clock times of day and the instants at which they happen.

Everything a user chooses ("08:30 every day") is a wall-clock time in their
own zone; everything the scheduler stores is an aware UTC instant. The
conversions live here so that daylight-saving transitions are handled in one
place, with one set of rules:

* a time inside a skipped hour (spring forward) happens at the first instant
  after the gap — 02:30 on Berlin's spring-forward night fires at 03:00;
* a time inside a repeated hour (fall back) happens once, at its first
  occurrence (fold=0);
* a local date that never existed (Samoa skipped 30 December 2011) gets no
  occurrence, so a daily message never fires twice on one local date.

The current time is always passed in; nothing here reads the clock.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from flows.zones import zone_for_key

__all__ = [
    "QUIET_END",
    "QUIET_START",
    "at_local",
    "defer_past_quiet_hours",
    "format_local_time",
    "in_quiet_hours",
    "local_date",
    "local_now",
    "next_occurrence",
    "parse_time_of_day",
]

#: Default quiet window: nothing unrequested is sent between these local times.
QUIET_START = time(22, 0)
QUIET_END = time(7, 0)

# Longest stretch of dates searched for an occurrence: a full week of weekdays
# plus slack for a matching date that was skipped by the tz database.
_SEARCH_DAYS = 16


# ---------------------------------------------------------------------- helpers


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def _wall(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def local_now(now: datetime, zone_key: str) -> datetime:
    """``now`` as an aware datetime on the user's wall clock ("08:42 for you?")."""
    _require_aware(now, "now")
    return now.astimezone(zone_for_key(zone_key))


def local_date(now: datetime, zone_key: str) -> date:
    """The user's calendar date at ``now``: the per-day key for daily messages."""
    return local_now(now, zone_key).date()


def at_local(day: date, local: time, zone_key: str) -> datetime:
    """The UTC instant at which the zone's wall clock shows ``day`` ``local``.

    A repeated wall time resolves to its first occurrence; a skipped one to the
    first instant after the gap. Never naive arithmetic: every wall time is
    checked against the zone's rules, so it is safe across any transition.
    """
    if local.tzinfo is not None:
        raise ValueError("local must be a naive wall-clock time")
    zone = zone_for_key(zone_key)
    wall = datetime.combine(day, local)
    readings = [wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1)]
    real = [instant for instant in readings if _wall(instant, zone) == wall]
    if real:
        return min(real)
    return _end_of_gap(min(readings), max(readings), wall, zone)


def _end_of_gap(before: datetime, after: datetime, wall: datetime, zone: tzinfo) -> datetime:
    """The transition instant of the gap containing ``wall``.

    ``before`` reads earlier than ``wall`` and ``after`` later; the first
    instant whose reading is past ``wall`` is where the clock jumped. Offsets
    change on whole seconds, so a binary search over whole seconds is exact.
    """
    base = before.replace(microsecond=0)
    low, high = 0, math.ceil((after - base).total_seconds())
    while high - low > 1:
        middle = (low + high) // 2
        if _wall(base + timedelta(seconds=middle), zone) > wall:
            high = middle
        else:
            low = middle
    return base + timedelta(seconds=high)


def next_occurrence(
    local: time,
    zone_key: str,
    after: datetime,
    weekdays: frozenset[int] | None = None,
) -> datetime:
    """The first instant strictly after ``after`` when the zone's clock shows ``local``.

    Each local date (restricted to ``weekdays``, Monday=0, when given) has at
    most one occurrence, resolved as in :func:`at_local`; a date the zone
    skipped entirely, or whose only reading lands on the next date, has none.
    Returns an aware UTC datetime. Changing zone is just a call with the new key.
    Raises ValueError for a naive ``after``, an unknown key or bad ``weekdays``.
    """
    _require_aware(after, "after")
    if weekdays is not None and (not weekdays or not weekdays <= frozenset(range(7))):
        raise ValueError(f"weekdays must be a non-empty subset of 0..6, got {set(weekdays)}")
    zone = zone_for_key(zone_key)
    local = local.replace(tzinfo=None)
    first_day = _wall(after, zone).date() - timedelta(days=1)
    for offset in range(_SEARCH_DAYS):
        day = first_day + timedelta(days=offset)
        if weekdays is not None and day.weekday() not in weekdays:
            continue
        instant = at_local(day, local, zone_key)
        if instant > after and _wall(instant, zone).date() == day:
            return instant
    raise ValueError(f"no occurrence of {local} in {zone_key} after {after}")  # pragma: no cover


# ------------------------------------------------------------------ quiet hours


def in_quiet_hours(local: time, start: time = QUIET_START, end: time = QUIET_END) -> bool:
    """Whether a wall time falls in [start, end), a window that may span midnight.

    ``start == end`` means no quiet window at all.
    """
    local = local.replace(tzinfo=None)
    start, end = start.replace(tzinfo=None), end.replace(tzinfo=None)
    if start < end:
        return start <= local < end
    if start > end:
        return local >= start or local < end
    return False


def defer_past_quiet_hours(
    due_utc: datetime,
    zone_key: str,
    start: time = QUIET_START,
    end: time = QUIET_END,
) -> datetime:
    """Move an instant that lands in the user's quiet window to the window's end.

    The end is the next time the local clock shows ``end`` (DST-safe); instants
    outside the window come back unchanged, in UTC. Callers skip this for
    messages the user explicitly asked to receive at night.
    """
    _require_aware(due_utc, "due_utc")
    due_utc = due_utc.astimezone(UTC)
    if not in_quiet_hours(local_now(due_utc, zone_key).time(), start, end):
        return due_utc
    return next_occurrence(end, zone_key, due_utc)


# --------------------------------------------------------------------- display


def format_local_time(t: time) -> str:
    """24-hour "HH:MM"; the message copy decides any other style."""
    return f"{t.hour:02d}:{t.minute:02d}"


# --------------------------------------------------------------------- parsing

_NOON = frozenset({"noon", "midday", "mediodia", "medio dia", "12 noon", "12 del mediodia"})
_MIDNIGHT = frozenset({"midnight", "medianoche", "media noche", "12 midnight"})
_PREFIX = re.compile(
    r"^(?:at|around|about|a las|a la|sobre las|sobre la|hacia las|hacia la|las|la|@)\s*"
)
_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
}  # fmt: skip
_HOUR_WORD = re.compile(r"^(" + "|".join(_HOUR_WORDS) + r")\b")
_AM = re.compile(
    r"a\s?\.?\s?m\.?|de la manana|de la madrugada|in the morning|en la manana|por la manana"
)
_PM = re.compile(r"p\s?\.?\s?m\.?|de la tarde|in the afternoon|in the evening|en la tarde")
_NIGHT = re.compile(r"de la noche|at night|en la noche|por la noche")
_MIDDAY = re.compile(r"del mediodia")
_CLOCK = re.compile(
    r"(?P<compact>\d{3,4})(?!\d)"
    r"|(?P<hour>\d{1,2})(?!\d)"
    r"(?:\s*(?:[:.]|h)\s*(?P<minute>\d{2})|\s+y\s+(?P<past>media|cuarto)|\s+menos\s+cuarto)?"
)
_HOURS_WORD = re.compile(r"(?:hrs|hs|h|uhr|oclock|o clock|en punto)")


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    text = text.replace("'", "").replace("’", "")
    return " ".join(text.split()).strip(" ,!?.")


def parse_time_of_day(text: str) -> time | None:
    """Read a wall-clock time the way people type it, or None.

    Accepts 24-hour forms ("8:30", "08.30", "8h30", "20h", "2000"), 12-hour
    forms ("8pm", "8:30 p.m.", "12am" = 00:00), words ("noon", "medianoche"),
    Spanish day parts ("8 de la tarde" = 20:00, "9 de la noche" = 21:00,
    "8 y media"), and a leading "at"/"a las". A bare hour is 24-hour ("8" is
    08:00). Rejects out-of-range values, "13pm", seconds and anything else.
    """
    if len(text) > 60:
        return None
    s = _normalise(text)
    if s in _NOON:
        return time(12, 0)
    if s in _MIDNIGHT:
        return time(0, 0)
    prefix = _PREFIX.match(s)
    if prefix is not None:
        s = s[prefix.end() :]
    if s in _NOON:
        return time(12, 0)
    if s in _MIDNIGHT:
        return time(0, 0)
    word = _HOUR_WORD.match(s)
    if word is not None:
        s = str(_HOUR_WORDS[word.group(1)]) + s[word.end() :]
    clock = _CLOCK.match(s)
    if clock is None:
        return None
    hour, minute = _clock_value(clock)
    rest = s[clock.end() :].strip()
    hours_word = _HOURS_WORD.match(rest)
    if hours_word is not None:
        rest = rest[hours_word.end() :].strip()
    qualifier = _qualifier(rest)
    if qualifier is None:
        return None
    if word is not None and qualifier == "" and hours_word is None and prefix is None:
        return None  # "once" or "eight" alone is a word, not a time
    return _apply_qualifier(hour, minute, qualifier)


def _clock_value(clock: re.Match[str]) -> tuple[int, int]:
    compact = clock.group("compact")
    if compact is not None:
        return int(compact[:-2]), int(compact[-2:])
    hour = int(clock.group("hour"))
    if clock.group("minute") is not None:
        return hour, int(clock.group("minute"))
    past = clock.group("past")
    if past == "media":
        return hour, 30
    if past == "cuarto":
        return hour, 15
    if clock.group(0).endswith("menos cuarto"):
        return hour - 1 if hour > 0 else -1, 45
    return hour, 0


def _qualifier(rest: str) -> str | None:
    """Which day-part marker follows the number: "am", "pm", "night", "midday", ""."""
    if not rest:
        return ""
    for name, pattern in (("am", _AM), ("pm", _PM), ("night", _NIGHT), ("midday", _MIDDAY)):
        if pattern.fullmatch(rest):
            return name
    return None


def _apply_qualifier(hour: int, minute: int, qualifier: str) -> time | None:
    if not 0 <= minute <= 59:
        return None
    if qualifier == "":
        return time(hour, minute) if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    if qualifier == "am":
        return time(hour % 12, minute)
    if qualifier == "pm":
        return time(hour % 12 + 12, minute)
    if qualifier == "midday":
        return time(12 if hour == 12 else hour + 12, minute) if hour <= 3 or hour == 12 else None
    # "de la noche": 9 → 21:00, 12 → midnight, 1–5 are the small hours.
    if hour == 12:
        return time(0, minute)
    return time(hour + 12 if hour >= 6 else hour, minute)
