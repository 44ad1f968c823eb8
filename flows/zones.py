"""Time-zone keys: turning what a person types into a zone we can store.

A user's zone is stored as a plain string so it survives the database and
tz-database upgrades unchanged. Two shapes exist:

* an IANA key such as ``"Europe/Berlin"`` — preferred, because it follows the
  region's daylight-saving rules for years to come;
* a fixed offset ``"UTC+05:30"`` / ``"UTC-03:00"`` / ``"UTC+00:00"`` for people
  who answer with an offset. It never shifts for daylight saving, which is
  exactly what such an answer says.

Abbreviations (EST, CET, IST…) are never resolved to a key on their own: they
are ambiguous and name one half of a daylight-saving pair, so they only ever
produce candidates the person confirms. UTC and GMT are the exception; they
mean the same fixed offset everywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, timedelta, timezone, tzinfo

__all__ = [
    "MAX_CANDIDATES",
    "ZoneAnswer",
    "fixed_offset_key",
    "is_fixed_offset_key",
    "resolve_zone",
    "zone_for_key",
    "zone_label",
]

#: Ambiguous answers never offer more choices than fit in a row of buttons.
MAX_CANDIDATES = 5

_FIXED_KEY = re.compile(r"UTC([+-])(\d{2}):(\d{2})")
_MIN_OFFSET = -12 * 60
_MAX_OFFSET = 14 * 60
_UTC_KEY = "UTC+00:00"


@dataclass(frozen=True)
class ZoneAnswer:
    """What a free-text zone answer resolved to.

    ``key`` is set when the answer was unambiguous. ``candidates`` holds a few
    IANA keys to offer as buttons when it was not (a country with several
    zones, an abbreviation, a city name shared by two places). Both empty means
    the answer was not understood.
    """

    key: str | None = None
    candidates: tuple[str, ...] = ()
    is_fixed_offset: bool = False


# --------------------------------------------------------------------------- keys


def is_fixed_offset_key(key: str) -> bool:
    """Whether ``key`` is a well-formed, in-range ``UTC±HH:MM`` key."""
    return _fixed_offset_minutes(key) is not None


def fixed_offset_key(minutes: int) -> str:
    """The canonical key for an offset east of UTC, in minutes.

    Raises ValueError outside -12:00..+14:00 or for minutes other than
    00/15/30/45, the only ones civil time has used in living memory.
    """
    if not _MIN_OFFSET <= minutes <= _MAX_OFFSET or minutes % 15:
        raise ValueError(f"not a usable UTC offset: {minutes} minutes")
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _fixed_offset_minutes(key: str) -> int | None:
    match = _FIXED_KEY.fullmatch(key)
    if match is None:
        return None
    sign, hours, mins = match.groups()
    total = int(hours) * 60 + int(mins)
    value = -total if sign == "-" else total
    if not _MIN_OFFSET <= value <= _MAX_OFFSET or value % 15:
        return None
    if value == 0 and sign == "-":
        return None  # only "UTC+00:00" is canonical
    return value


@functools.lru_cache(maxsize=512)
def zone_for_key(key: str) -> tzinfo:
    """The tzinfo for a stored key; ValueError if the key is not usable.

    Cached because the scheduler asks for the same handful of zones on every
    tick and ZoneInfo construction reads the tz database.
    """
    minutes = _fixed_offset_minutes(key)
    if minutes is not None:
        if minutes == 0:
            return UTC
        return timezone(timedelta(minutes=minutes), key)
    if not key or key != key.strip() or key not in _available_keys():
        raise ValueError(f"unknown time zone key: {key!r}")
    try:
        return zoneinfo.ZoneInfo(key)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(f"unknown time zone key: {key!r}") from exc


def zone_label(key: str) -> str:
    """A short human name for a key: the city, or the offset itself.

    "Europe/Berlin" → "Berlin", "America/Argentina/Buenos_Aires" → "Buenos Aires",
    "UTC+05:30" → "UTC+05:30". Copy around it decides any further wording.
    """
    if is_fixed_offset_key(key):
        return key
    return key.rsplit("/", 1)[-1].replace("_", " ")


# ------------------------------------------------------------------ the tz index

# Backward-compatible links people still type, mapped to the key the tz database
# now considers canonical, so that one place is always stored under one key.
_RENAMED: dict[str, str] = {
    "Africa/Asmera": "Africa/Asmara",
    "Africa/Timbuktu": "Africa/Bamako",
    "America/Atka": "America/Adak",
    "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
    "America/Catamarca": "America/Argentina/Catamarca",
    "America/Cordoba": "America/Argentina/Cordoba",
    "America/Ensenada": "America/Tijuana",
    "America/Fort_Wayne": "America/Indiana/Indianapolis",
    "America/Godthab": "America/Nuuk",
    "America/Indianapolis": "America/Indiana/Indianapolis",
    "America/Jujuy": "America/Argentina/Jujuy",
    "America/Knox_IN": "America/Indiana/Knox",
    "America/Louisville": "America/Kentucky/Louisville",
    "America/Mendoza": "America/Argentina/Mendoza",
    "America/Montreal": "America/Toronto",
    "America/Porto_Acre": "America/Rio_Branco",
    "America/Santa_Isabel": "America/Tijuana",
    "America/Shiprock": "America/Denver",
    "Asia/Ashkhabad": "Asia/Ashgabat",
    "Asia/Calcutta": "Asia/Kolkata",
    "Asia/Chongqing": "Asia/Shanghai",
    "Asia/Chungking": "Asia/Shanghai",
    "Asia/Dacca": "Asia/Dhaka",
    "Asia/Harbin": "Asia/Shanghai",
    "Asia/Istanbul": "Europe/Istanbul",
    "Asia/Kashgar": "Asia/Urumqi",
    "Asia/Katmandu": "Asia/Kathmandu",
    "Asia/Macao": "Asia/Macau",
    "Asia/Rangoon": "Asia/Yangon",
    "Asia/Saigon": "Asia/Ho_Chi_Minh",
    "Asia/Tel_Aviv": "Asia/Jerusalem",
    "Asia/Thimbu": "Asia/Thimphu",
    "Asia/Ujung_Pandang": "Asia/Makassar",
    "Asia/Ulan_Bator": "Asia/Ulaanbaatar",
    "Atlantic/Faeroe": "Atlantic/Faroe",
    "Europe/Belfast": "Europe/London",
    "Europe/Kiev": "Europe/Kyiv",
    "Europe/Nicosia": "Asia/Nicosia",
    "Europe/Tiraspol": "Europe/Chisinau",
    "Europe/Uzhgorod": "Europe/Kyiv",
    "Europe/Zaporozhye": "Europe/Kyiv",
    "Pacific/Ponape": "Pacific/Pohnpei",
    "Pacific/Samoa": "Pacific/Pago_Pago",
    "Pacific/Truk": "Pacific/Chuuk",
    "US/Alaska": "America/Anchorage",
    "US/Arizona": "America/Phoenix",
    "US/Central": "America/Chicago",
    "US/Eastern": "America/New_York",
    "US/Hawaii": "Pacific/Honolulu",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
}

# Areas whose keys are legacy aliases for other keys; they never name a city.
_LEGACY_AREAS = frozenset({"Brazil", "Canada", "Chile", "Etc", "Mexico", "SystemV", "US"})


@functools.lru_cache(maxsize=1)
def _available_keys() -> frozenset[str]:
    # "localtime" is the server's own zone and "Factory" a placeholder: never a user's.
    return frozenset(zoneinfo.available_timezones()) - {"localtime", "Factory"}


def _canonical(key: str) -> str:
    target = _RENAMED.get(key)
    if target is not None and target in _available_keys():
        return target
    return key


@functools.lru_cache(maxsize=1)
def _full_key_index() -> dict[str, str]:
    """Normalised "area/location" → key, for people who type the key itself."""
    index: dict[str, str] = {}
    for key in _available_keys():
        if "/" in key and not key.startswith("Etc/"):
            index[_normalise(key)] = _canonical(key)
    return index


@functools.lru_cache(maxsize=1)
def _city_index() -> dict[str, tuple[str, ...]]:
    """Normalised last component ("new york") → the canonical keys using it."""
    found: dict[str, set[str]] = {}
    for key in _available_keys():
        if "/" not in key or key.split("/", 1)[0] in _LEGACY_AREAS:
            continue
        city = _normalise(key.rsplit("/", 1)[1])
        found.setdefault(city, set()).add(_canonical(key))
    return {city: tuple(sorted(keys)) for city, keys in found.items()}


# ----------------------------------------------------------------- normalisation


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _normalise(text: str) -> str:
    """Case-, accent-, underscore- and spacing-insensitive form of a name."""
    text = _strip_accents(text).casefold()
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[_\-.,;:()!?\"]", " ", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.split())


_PREFIXES = (
    "i am in ",
    "im in ",
    "i live in ",
    "i am from ",
    "im from ",
    "i am near ",
    "near ",
    "from ",
    "in ",
    "estoy en ",
    "vivo en ",
    "soy de ",
    "cerca de ",
    "en ",
    "hora de ",
    "horario de ",
    "zona horaria de ",
)
_SUFFIXES = (" time zone", " timezone", " time", " hora", " horario")


def _strip_phrasing(text: str) -> str:
    for prefix in _PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    return text.strip()


# ----------------------------------------------------------------------- offsets

_OFFSET = re.compile(
    r"(?:utc|gmt|z)?\s*([+-])\s*(\d{1,4})(?:\s*(?:[:h])\s*(\d{2})|\s*[.,]\s*(\d{1,2}))?\s*(?:h|hrs?)?"
)
_DECIMAL_MINUTES = {"5": 30, "25": 15, "50": 30, "75": 45}


def _parse_offset(text: str) -> str | None:
    """Read "UTC+2", "gmt -05:00", "+5:30", "UTC+5.5", "UTC+0545" as "UTC±HH:MM"."""
    text = text.casefold().replace("−", "-").replace("–", "-").strip()
    if text in {"utc", "gmt", "z", "utc0", "gmt0", "utc 0", "gmt 0", "zulu"}:
        return _UTC_KEY
    if text in {"etc/utc", "etc/gmt", "etc/uct", "etc/zulu", "etc/gmt0"}:
        return _UTC_KEY
    posix = re.fullmatch(r"etc/gmt([+-])(\d{1,2})", text)
    if posix is not None:
        # Etc/GMT+5 is five hours *behind* UTC: the POSIX sign is inverted.
        text = ("-" if posix.group(1) == "+" else "+") + posix.group(2)
    match = _OFFSET.fullmatch(text)
    if match is None:
        return None
    sign, digits, colon_minutes, fraction = match.groups()
    if colon_minutes is not None or fraction is not None:
        if len(digits) > 2:
            return None
        hours = int(digits)
        if colon_minutes is not None:
            minutes = int(colon_minutes)
        elif fraction in {"00", "15", "30", "45", "0"}:
            # ".30" is minutes as written on many signs; ".5"/".75" are decimal hours.
            minutes = int(fraction)
        elif fraction in _DECIMAL_MINUTES:
            minutes = _DECIMAL_MINUTES[fraction]
        else:
            return None
    elif len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    if minutes >= 60:
        return None
    total = hours * 60 + minutes
    try:
        return fixed_offset_key(-total if sign == "-" else total)
    except ValueError:
        return None


# ------------------------------------------------------------------ alias tables

_US = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Anchorage",
)

# Abbreviations: always candidates, most likely meaning first.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "est": ("America/New_York",),
    "edt": ("America/New_York",),
    "et": ("America/New_York",),
    "eastern": ("America/New_York",),
    "cst": ("America/Chicago", "Asia/Shanghai", "America/Havana"),
    "cdt": ("America/Chicago", "America/Havana"),
    "ct": ("America/Chicago",),
    "central": ("America/Chicago",),
    "mst": ("America/Denver", "America/Phoenix"),
    "mdt": ("America/Denver",),
    "mt": ("America/Denver", "America/Phoenix"),
    "mountain": ("America/Denver", "America/Phoenix"),
    "pst": ("America/Los_Angeles",),
    "pdt": ("America/Los_Angeles",),
    "pt": ("America/Los_Angeles",),
    "pacific": ("America/Los_Angeles",),
    "akst": ("America/Anchorage",),
    "akdt": ("America/Anchorage",),
    "hst": ("Pacific/Honolulu",),
    "ast": ("America/Halifax", "America/Puerto_Rico", "Asia/Riyadh"),
    "adt": ("America/Halifax",),
    "nst": ("America/St_Johns",),
    "ndt": ("America/St_Johns",),
    "cet": ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"),
    "cest": ("Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam"),
    "mez": ("Europe/Berlin",),
    "mesz": ("Europe/Berlin",),
    "eet": ("Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Kyiv", "Africa/Cairo"),
    "eest": ("Europe/Athens", "Europe/Helsinki", "Europe/Bucharest", "Europe/Kyiv"),
    "wet": ("Europe/Lisbon", "Atlantic/Canary"),
    "bst": ("Europe/London", "Asia/Dhaka"),
    "ist": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "msk": ("Europe/Moscow",),
    "jst": ("Asia/Tokyo",),
    "kst": ("Asia/Seoul",),
    "hkt": ("Asia/Hong_Kong",),
    "sgt": ("Asia/Singapore",),
    "pht": ("Asia/Manila",),
    "wib": ("Asia/Jakarta",),
    "pkt": ("Asia/Karachi",),
    "npt": ("Asia/Kathmandu",),
    "aest": ("Australia/Sydney", "Australia/Brisbane"),
    "aedt": ("Australia/Sydney",),
    "acst": ("Australia/Adelaide", "Australia/Darwin"),
    "acdt": ("Australia/Adelaide",),
    "awst": ("Australia/Perth",),
    "nzst": ("Pacific/Auckland",),
    "nzdt": ("Pacific/Auckland",),
    "sast": ("Africa/Johannesburg",),
    "brt": ("America/Sao_Paulo",),
    "clt": ("America/Santiago",),
    "cot": ("America/Bogota",),
    "vet": ("America/Caracas",),
}

# Cities that are not tz-database locations, and countries. A tuple with more
# than one key is a place spanning several zones (or a name shared by places).
_ALIASES: dict[str, tuple[str, ...]] = {}


def _alias(key: str | tuple[str, ...], *names: str) -> None:
    keys = (key,) if isinstance(key, str) else key
    for name in names:
        normalised = _normalise(name)
        if _ALIASES.get(normalised, keys) != keys:  # pragma: no cover - table typo guard
            raise ValueError(f"alias {name!r} defined twice")
        _ALIASES[normalised] = keys


_alias(
    "America/New_York",
    "New York City", "NYC", "NY", "Nueva York", "Boston", "Washington", "Washington DC",
    "DC", "Washington D.C.", "Miami", "Atlanta", "Philadelphia", "Filadelfia", "Orlando",
    "Pittsburgh", "Baltimore", "Charlotte", "Florida", "East Coast",
)  # fmt: skip
_alias(
    "America/Chicago",
    "Dallas", "Houston", "Austin", "San Antonio", "New Orleans", "Nueva Orleans",
    "Minneapolis", "St Louis", "Saint Louis", "Nashville", "Kansas City", "Texas",
)  # fmt: skip
_alias("America/Denver", "Salt Lake City", "Albuquerque", "Colorado")
_alias("America/Phoenix", "Arizona", "Tucson")
_alias(
    "America/Los_Angeles",
    "San Francisco", "SF", "Seattle", "San Diego", "Portland", "Las Vegas", "Sacramento",
    "Silicon Valley", "California", "LA", "Los Ángeles", "West Coast",
)  # fmt: skip
_alias("America/Anchorage", "Alaska")
_alias("Pacific/Honolulu", "Hawaii", "Hawái")
_alias("America/Toronto", "Montreal", "Ottawa", "Quebec", "Ontario")
_alias("America/Edmonton", "Calgary", "Alberta")
_alias("America/Vancouver", "British Columbia")
_alias(
    "Europe/Berlin",
    "Munich", "München", "Múnich", "Hamburg", "Hamburgo", "Frankfurt", "Fráncfort",
    "Cologne", "Köln", "Colonia", "Düsseldorf", "Stuttgart", "Leipzig", "Dresden",
    "Berlín", "Germany", "Alemania", "Deutschland",
)  # fmt: skip
_alias(
    "Europe/Madrid",
    "Barcelona", "Valencia", "Sevilla", "Seville", "Málaga", "Bilbao", "Zaragoza",
    "Granada", "Spain", "España",
)  # fmt: skip
_alias(
    "Europe/Rome",
    "Milan", "Milano", "Milán", "Florence", "Firenze", "Florencia", "Naples", "Napoli",
    "Nápoles", "Venice", "Venezia", "Venecia", "Turin", "Torino", "Bologna", "Bolonia",
    "Roma", "Italy", "Italia",
)  # fmt: skip
_alias(
    "Europe/London",
    "Manchester", "Edinburgh", "Edimburgo", "Glasgow", "Birmingham", "Liverpool", "Leeds",
    "Bristol", "Cardiff", "Belfast", "Londres", "UK", "U.K.", "United Kingdom", "Great Britain",
    "Britain", "England", "Scotland", "Wales", "Reino Unido", "Inglaterra", "Escocia",
    "Gales", "Gran Bretaña",
)  # fmt: skip
_alias("Europe/Dublin", "Cork", "Galway", "Ireland", "Irlanda")
_alias("Europe/Kyiv", "Kiev", "Kyiv", "Kiew", "Ukraine", "Ucrania")
_alias("Europe/Moscow", "St Petersburg", "Saint Petersburg", "San Petersburgo", "Moscú")
_alias(
    "Asia/Shanghai",
    "Beijing", "Pekín", "Pekin", "Shenzhen", "Guangzhou", "Cantón", "Hangzhou", "Chengdu",
    "China",
)  # fmt: skip
_alias(
    "Asia/Kolkata",
    "Mumbai", "Bombay", "Delhi", "New Delhi", "Nueva Delhi", "Bangalore", "Bengaluru",
    "Chennai", "Madras", "Hyderabad", "Pune", "Calcutta", "India",
)  # fmt: skip
_alias(
    "Asia/Tokyo",
    "Osaka", "Kyoto", "Yokohama", "Nagoya", "Sapporo", "Tokio", "Japan", "Japón",
)  # fmt: skip
_alias("Africa/Johannesburg", "Cape Town", "Ciudad del Cabo", "Pretoria", "Durban",
       "South Africa", "Sudáfrica")  # fmt: skip
_alias("Africa/Cairo", "El Cairo", "Egypt", "Egipto")
_alias("America/Mexico_City", "Ciudad de México", "CDMX", "DF", "Guadalajara", "Puebla")
_alias(("America/Bogota",), "Medellín", "Cali", "Barranquilla", "Cartagena", "Colombia")
_alias("America/Guayaquil", "Quito", "Ecuador")
_alias("America/Costa_Rica", "San José", "San Jose", "Costa Rica")
_alias("America/Panama", "Ciudad de Panamá", "Panama City", "Panamá")
_alias("America/Havana", "La Habana", "Habana", "Cuba")
_alias("America/Sao_Paulo", "Rio de Janeiro", "Río de Janeiro", "Rio", "Brasília",
       "Brasilia", "Belo Horizonte")  # fmt: skip
_alias("America/Guatemala", "Ciudad de Guatemala", "Guatemala City", "Guatemala")
_alias("America/El_Salvador", "San Salvador", "El Salvador")
_alias("America/Tegucigalpa", "Honduras")
_alias("America/Managua", "Nicaragua")
_alias("America/Santo_Domingo", "Dominican Republic", "República Dominicana")
_alias("America/Puerto_Rico", "Puerto Rico")
_alias("America/Lima", "Peru", "Perú")
_alias("America/Argentina/Buenos_Aires", "Argentina", "Rosario")
_alias("America/Santiago", "Chile", "Valparaíso")
_alias("America/Caracas", "Venezuela", "Maracaibo")
_alias("America/Montevideo", "Uruguay")
_alias("America/Asuncion", "Paraguay")
_alias("America/La_Paz", "Bolivia", "Santa Cruz de la Sierra")
_alias("Asia/Kathmandu", "Nepal", "Katmandú")
_alias("Europe/Paris", "París", "France", "Francia", "Lyon", "Marseille", "Marsella")
_alias("Europe/Zurich", "Geneva", "Ginebra", "Genève", "Basel", "Bern", "Berna",
       "Switzerland", "Suiza")  # fmt: skip
_alias("Europe/Stockholm", "Estocolmo", "Sweden", "Suecia")
_alias("Europe/Athens", "Atenas", "Greece", "Grecia")
_alias("Europe/Warsaw", "Varsovia", "Krakow", "Cracovia", "Poland", "Polonia")
_alias("Europe/Lisbon", "Lisboa", "Porto", "Oporto", "Portugal")
_alias("Europe/Amsterdam", "Ámsterdam", "Rotterdam", "Netherlands", "Holland",
       "Holanda", "Países Bajos")  # fmt: skip
_alias("Europe/Brussels", "Bruselas", "Antwerp", "Belgium", "Bélgica")
_alias("Europe/Vienna", "Viena", "Wien", "Austria")
_alias("Europe/Prague", "Praga", "Czech Republic", "Czechia", "Chequia")
_alias("Europe/Budapest", "Hungary", "Hungría")
_alias("Europe/Bucharest", "Bucarest", "Romania", "Rumania", "Rumanía")
_alias("Europe/Copenhagen", "Copenhague", "Denmark", "Dinamarca")
_alias("Europe/Oslo", "Norway", "Noruega")
_alias("Europe/Helsinki", "Finland", "Finlandia")
_alias("Europe/Istanbul", "Estambul", "Turkey", "Türkiye", "Turquía", "Ankara")
_alias("Asia/Jerusalem", "Jerusalén", "Tel Aviv", "Israel")
_alias("Atlantic/Reykjavik", "Iceland", "Islandia")
_alias("Asia/Seoul", "Seúl", "South Korea", "Korea", "Corea", "Corea del Sur")
_alias("Asia/Singapore", "Singapur")
_alias("Asia/Manila", "Philippines", "Filipinas")
_alias("Asia/Bangkok", "Thailand", "Tailandia")
_alias("Asia/Ho_Chi_Minh", "Saigon", "Hanoi", "Vietnam")
_alias("Asia/Karachi", "Lahore", "Islamabad", "Pakistan", "Pakistán")
_alias("Asia/Dhaka", "Bangladesh")
_alias("Asia/Colombo", "Sri Lanka")
_alias("Asia/Tehran", "Teherán", "Iran", "Irán")
_alias("Asia/Dubai", "Abu Dhabi", "UAE", "United Arab Emirates", "Emiratos Árabes Unidos")
_alias("Asia/Riyadh", "Saudi Arabia", "Arabia Saudita", "Arabia Saudí", "Jeddah")
_alias("Asia/Taipei", "Taiwan", "Taiwán")
_alias("Asia/Kuala_Lumpur", "Malaysia", "Malasia")
_alias("Africa/Lagos", "Abuja", "Nigeria")
_alias("Africa/Nairobi", "Kenya", "Kenia")
_alias("Africa/Casablanca", "Rabat", "Morocco", "Marruecos")
_alias("Pacific/Auckland", "Wellington", "New Zealand", "Nueva Zelanda")
_alias("Australia/Sydney", "Canberra")
_alias(_US, "USA", "US", "U.S.", "U.S.A.", "United States", "United States of America", "America",
       "Estados Unidos", "EEUU", "EE UU", "EUA")  # fmt: skip
_alias(
    ("America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Vancouver",
     "America/Halifax"),
    "Canada", "Canadá",
)  # fmt: skip
_alias(
    ("America/Mexico_City", "America/Cancun", "America/Chihuahua", "America/Hermosillo",
     "America/Tijuana"),
    "Mexico", "México", "Méjico",
)  # fmt: skip
_alias(
    ("America/Sao_Paulo", "America/Manaus", "America/Cuiaba", "America/Rio_Branco",
     "America/Noronha"),
    "Brazil", "Brasil",
)  # fmt: skip
_alias(
    ("Australia/Sydney", "Australia/Brisbane", "Australia/Adelaide", "Australia/Darwin",
     "Australia/Perth"),
    "Australia",
)  # fmt: skip
_alias(
    ("Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk",
     "Asia/Vladivostok"),
    "Russia", "Rusia",
)  # fmt: skip
_alias(("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"), "Indonesia")
# Names shared by well-known places in different zones.
_alias(("America/Puerto_Rico", "America/Argentina/San_Juan"), "San Juan")
_alias(("Europe/Madrid", "America/Argentina/Cordoba"), "Córdoba", "Cordoba")


# ------------------------------------------------------------------------ resolve


def _answer(keys: tuple[str, ...]) -> ZoneAnswer:
    usable = tuple(k for k in dict.fromkeys(keys) if k in _available_keys())
    if len(usable) == 1:
        return ZoneAnswer(key=usable[0])
    return ZoneAnswer(candidates=usable[:MAX_CANDIDATES])


def _lookup_name(name: str) -> ZoneAnswer | None:
    if not name:
        return None
    aliased = _ALIASES.get(name)
    if aliased is not None:
        return _answer(aliased)
    full = _full_key_index().get(name)
    if full is not None:
        return ZoneAnswer(key=full)
    cities = _city_index().get(name)
    if cities is not None:
        return _answer(cities)
    return None


def resolve_zone(text: str) -> ZoneAnswer:
    """Understand a typed zone answer without ever guessing between places.

    Tried in order: an offset ("UTC+2", "-03", "+5:30"), an abbreviation
    (candidates only), the alias table of cities and countries, an IANA key in
    any case/spacing, and the last component of any IANA key ("new york").
    "Berlin, Germany" is tried whole and then part by part.
    """
    if len(text) > 200:
        return ZoneAnswer()
    # Offsets need their punctuation, so they are read before names are normalised.
    offset = _parse_offset(_strip_phrasing(" ".join(text.casefold().replace("'", "").split())))
    if offset is not None:
        return ZoneAnswer(key=offset, is_fixed_offset=True)
    name = _strip_phrasing(_normalise(text))
    abbreviation = _ABBREVIATIONS.get(name)
    if abbreviation is not None:
        usable = tuple(k for k in abbreviation if k in _available_keys())
        return ZoneAnswer(candidates=usable[:MAX_CANDIDATES])
    found = _lookup_name(name)
    if found is not None:
        return found
    if "," in text:
        for part in text.split(","):
            found = _lookup_name(_strip_phrasing(_normalise(part)))
            if found is not None:
                return found
    return ZoneAnswer()
