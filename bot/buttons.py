"""Button data on the wire: `v1:<flow>:<action>:<ref>`, at most 64 bytes, strictly parsed.

Anyone can send any callback data to a bot, so a press is only a claim: it is parsed here
and then checked by the turn against the pressing user's own state before anything changes.
"""

from __future__ import annotations

import re

from flows.core import Chose

PREFIX = "v1"
MAX_BYTES = 64
_NAME = r"[a-z][a-z0-9_]{0,23}"
_REF = r"[A-Za-z0-9_./:+\-]{0,40}"
_PATTERN = re.compile(rf"{PREFIX}:({_NAME}):({_NAME}):({_REF})")


class ButtonDataError(ValueError):
    """A flow built a button whose data Telegram would refuse."""


def encode(flow: str, action: str, ref: str = "") -> str:
    data = f"{PREFIX}:{flow}:{action}:{ref}"
    if len(data.encode()) > MAX_BYTES or not _PATTERN.fullmatch(data):
        raise ButtonDataError(f"button data does not fit the format: {flow}/{action}")
    return data


def decode(data: str | None) -> Chose | None:
    """The press as an event, or None for data we never issued (old format, forged, empty)."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    match = _PATTERN.fullmatch(data)
    if match is None:
        return None
    flow, action, ref = match.groups()
    return Chose(action=action, ref=ref, flow=flow)
