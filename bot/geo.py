"""A shared location to a time zone, offline, with the tz polygon data `timezonefinder` ships."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _finder() -> Any:
    # Imported on first use: it loads numpy and polygon data most processes never need.
    from timezonefinder import TimezoneFinder

    return TimezoneFinder(in_memory=False)


def zone_at(latitude: float, longitude: float) -> str | None:
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    zone: str | None = _finder().timezone_at(lng=longitude, lat=latitude)
    return zone


async def zone_at_async(latitude: float, longitude: float) -> str | None:
    """The lookup reads files; keep it off the event loop."""
    return await asyncio.to_thread(zone_at, latitude, longitude)
